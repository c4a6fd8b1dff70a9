"""Build the dev29 case ``football-club``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab (not in the project's lock) and
the project's own dependencies, e.g. the ``/tmp/rl`` venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev29/build_football_club.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold, embedded from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``).

Writes, under ``evals/dev29/football-club/`` (or ``<out-folder>/football-club/``), every file of
the case but ``gold.json``:

- ``tannery-lane-2030-board-pack-june-2028.pdf``: an English Championship club's two-season
  operations plan for its Board, as Canva exports a 16:9 presentation (20 pages of 1440 x 810
  pt, Canva's 1920 x 1080 px), imitated with reportlab's canvas: Creator and Producer "Canva", a
  Canva design id and brand id as Keywords, one fixed CreationDate and ModDate, version 1.4 and
  no ReportLab comment left in the file (blanked at the same length, so no offset moves); no
  page numbers. Every visual line is its own text object; a bullet and its first line share
  one; eyebrows are letter-spaced with the character-spacing operator; headline titles are
  54 pt or more. KPI tiles (big number over a label and a small line) on page 10, a KPI table
  drawn as ruled rows on page 11, phases without dates on page 12, and the roadmap on page 13 as
  a ruled table whose rows are workstreams and whose columns are periods of the club's clock
  (pre-season, matchweek ranges, the close season) with a "Beyond 2029/30" column outside the
  plan.
- ``org/``: the roster as a LibreOffice Calc spreadsheet written by hand
  (``people/club-staff.ods``: sheet "Posts" with Department / Post / Reports to / Remit, the
  department written only on the first post of each group, some remits in two paragraphs; sheet
  "Volunteer roles"), the safety and licensing charter, the Operations Board's terms of
  reference, the Supporters' Advisory Board's terms, the systems and data inventory, the measure
  definitions, the ground notes (plain text), a memo on the women's team's move and a summary of
  the Community Trust's memorandum.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
with the document information written here, the ODS with fixed ZIP times and a fixed
``meta.xml``, and the text files as literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev29").
"""

from __future__ import annotations

import sys
import zipfile
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "football-club"
DECK = "tannery-lane-2030-board-pack-june-2028.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

W, H = 1440.0, 810.0  # Canva's 1920 x 1080 px presentation
LEFT = 80.0
RIGHT = W - 80.0
PAGES = 20
CREATED = "D:20280620091544+00'00'"
KEYWORDS = "DAGk7Rw2QpM,BAFz3Ln8TcY"

Color = tuple[float, float, float]
GREEN: Color = (0.04, 0.29, 0.2)
GREEN_MID: Color = (0.12, 0.43, 0.31)
GREEN_PALE: Color = (0.89, 0.94, 0.9)
GOLD: Color = (0.96, 0.74, 0.2)
GOLD_PALE: Color = (0.99, 0.94, 0.8)
CREAM: Color = (0.985, 0.97, 0.94)
INK: Color = (0.1, 0.12, 0.12)
MUTED: Color = (0.36, 0.4, 0.38)
RULE: Color = (0.76, 0.79, 0.76)
GREY: Color = (0.86, 0.86, 0.84)
GREY_INK: Color = (0.45, 0.45, 0.43)
WHITE: Color = (1.0, 1.0, 1.0)

OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


class _Info(pdfdoc.PDFInfo):
    """Document information as Canva writes it: these keys only, one fixed date for both."""

    def format(self, document):  # noqa: A003 (reportlab's name)
        fields = {
            "Title": "Tannery Lane 2030 - Board pack June 2028",
            "Author": "Helen Stroud",
            "Keywords": KEYWORDS,
            "Creator": "Canva",
            "Producer": "Canva",
        }
        d = {k: pdfdoc.PDFString(v) for k, v in fields.items()}
        d["CreationDate"] = d["ModDate"] = pdfdoc.PDFString(CREATED)
        return pdfdoc.PDFDictionary(d).format(document)


def _canva_bytes(path: Path) -> None:
    """reportlab's header and trailer comments blanked at the same length, version 1.4."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head in (b"%PDF-1.3", b"%PDF-1.4") and b"ReportLab" in comment, (head, comment)
    blank = b"%\xe2\xe3\xcf\xd3" + b" " * (len(comment) - 5)
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    assert b"ReportLab" not in rest
    path.write_bytes(b"%PDF-1.4\n" + blank + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by the font's own widths (a single long word stays whole)."""
    lines: list[str] = []
    line = ""
    for word in s.split(" "):
        trial = f"{line} {word}" if line else word
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


# =========================================================================== the canvas


class Deck:
    """A reportlab canvas with the few ways Canva's PDF export writes a presentation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path), pagesize=(W, H), invariant=1, pageCompression=1, initialFontName=SANS
        )
        self.c._doc.info = _Info()
        self.page = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 22,
        font: str = SANS,
        color: Color = INK,
        limit: float | None = None,
        align: str = "left",
        track: float = 0.0,
    ) -> float:
        """One visual line as its own text object; returns its width. ``limit`` is the width of
        its box (the builder refuses a line that overflows); ``track`` is character spacing."""
        width = stringWidth(s, font, size) + track * max(len(s) - 1, 0)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        if track:
            t.setCharSpace(track)
        t.setFillColorRGB(*color)
        t.textOut(s)
        if track:
            t.setCharSpace(0)  # Tc outlives the text object: reset it, as Canva does
        self.c.drawText(t)
        return width

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 22,
        font: str = SANS,
        color: Color = INK,
        leading: float = 1.3,
    ) -> float:
        """A wrapped paragraph from baseline ``y`` down, a line per text object; returns the
        baseline after it."""
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, limit=width)
            y -= size * leading
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        width: float,
        size: float = 22,
        color: Color = INK,
        glyph: str = "\u2022",
        gap: float = 12.0,
        indent: float = 28.0,
        glyph_color: Color = GOLD,
    ) -> float:
        """A list as Canva writes it: the glyph and the item's first line in one text object,
        each further line its own text object at the text's indent."""
        for item in items:
            first, *rest = wrap(item, SANS, size, width - indent)
            if stringWidth(first, SANS, size) > width - indent + 0.01:
                OVERFLOW.append(f"page {self.page}: bullet too wide: {first}")
            t = self.c.beginText(x, y)
            t.setFont(SANS, size)
            t.setFillColorRGB(*glyph_color)
            t.textOut(glyph)
            t.setTextOrigin(x + indent, y)
            t.setFillColorRGB(*color)
            t.textOut(first)
            self.c.drawText(t)
            y -= size * 1.3
            for line in rest:
                self.text(x + indent, y, line, size, SANS, color, limit=width - indent)
                y -= size * 1.3
            y -= gap
        return y

    # ---------------------------------------------------------------- shapes
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None = None,
        stroke: Color | None = None,
        radius: float = 0.0,
        line: float = 1.5,
        dash: tuple[float, float] | None = None,
    ) -> None:
        c = self.c
        c.saveState()
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(line)
            if dash is not None:
                c.setDash(*dash)
        f, s = int(fill is not None), int(stroke is not None)
        if radius:
            c.roundRect(x, y, w, h, radius, fill=f, stroke=s)
        else:
            c.rect(x, y, w, h, fill=f, stroke=s)
        c.restoreState()

    def circle(self, x: float, y: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.circle(x, y, r, fill=1, stroke=0)

    def rule(self, x1: float, x2: float, y: float, color: Color = RULE, line: float = 1.0) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(line)
        self.c.line(x1, y, x2, y)

    def diamond(self, cx: float, cy: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        p = self.c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    # ---------------------------------------------------------------- page furniture
    def start(self, eyebrow: str, headline: list[str], size: float = 56) -> float:
        """A content page: cream ground, the gold bar and letter-spaced eyebrow, the headline
        title one text object per line; returns the baseline under the headline."""
        self.page += 1
        self.rect(0, 0, W, H, CREAM)
        self.rect(LEFT, 742, 56, 6, GOLD)
        self.text(LEFT + 72, 738, eyebrow.upper(), 15, BOLD, GREEN_MID, track=2.4)
        y = 668.0
        for line in headline:
            self.text(LEFT, y, line, size, BOLD, GREEN, limit=RIGHT - LEFT)
            y -= size * 1.08
        return y - 14

    def finish(self) -> None:
        """The club's mark bottom left on content pages (Canva pages carry no numbers)."""
        if self.page > 1:
            self.circle(LEFT + 8, 38, 8, GREEN)
            self.text(LEFT + 24, 33, "MARLBECK ROVERS FC", 12, BOLD, GREEN, track=1.5)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()
        _canva_bytes(self.path)


# =========================================================================== the pages


def p01_cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, GREEN)
    d.circle(1250, 700, 330, GREEN_MID)
    d.rect(0, 0, 24, H, GOLD)
    d.text(
        120,
        640,
        "MARLBECK ROVERS FOOTBALL CLUB · OPERATIONS PLAN 2028\u20132030",
        20,
        BOLD,
        GOLD,
        track=3.0,
    )
    d.text(120, 480, "Tannery Lane 2030", 108, BOLD, WHITE, limit=1200)
    d.text(120, 400, "Matchday, membership and community operations plan", 36, SANS, WHITE)
    d.text(120, 352, "for the 2028/29 and 2029/30 seasons", 36, SANS, WHITE)
    d.text(
        120,
        190,
        "Board of Directors · 27 June 2028 · Paper B/28/17 · For decision",
        22,
        SANS,
        GOLD_PALE,
    )
    d.text(120, 156, "Presented by Helen Stroud, Chief Operating Officer", 22, SANS, GOLD_PALE)
    d.text(120, 96, "Confidential: for board members only", 16, SANS, GREEN_PALE)
    d.finish()


def stat(d: Deck, x: float, y: float, w: float, number: str, label: list[str]) -> None:
    """A context figure: a big number over two label lines in a pale card."""
    d.rect(x, y, w, 190, WHITE, radius=14)
    d.text(x + 24, y + 118, number, 50, BOLD, GREEN_MID, limit=w - 48)
    ly = y + 80
    for line in label:
        d.text(x + 24, ly, line, 17, SANS, INK, limit=w - 48)
        ly -= 24


def p02_context(d: Deck) -> None:
    d.start("Where we start", ["The 2027/28 season in numbers"])
    figures = [
        ("17,420", ["average home league crowd,", "73% of our 24,000 seats"]),
        ("11,200", ["season-ticket holders; 81% of", "them renewed for 2028/29"]),
        ("42p", ["of every concourse pound", "still taken in cash"]),
        ("14 min", ["median half-time wait at the", "Kellaway Stand's busiest kiosks"]),
        ("1 in 9", ["ticket-holders still outside", "the turnstiles at kick-off"]),
        ("6 of 23", ["home league games short of", "the stewards our plan requires"]),
        ("1,850", ["Rovers Women's average crowd", "at Hobb's Meadow"]),
        ("3,400", ["people a week in Community", "Trust programmes"]),
    ]
    w, gap = 302.0, 24.0
    for i, (number, label) in enumerate(figures):
        x = LEFT + (i % 4) * (w + gap)
        y = 340 if i < 4 else 128
        stat(d, x, y, w, number, label)
    d.text(
        LEFT,
        92,
        "Source: club records for the 2027/28 league season; Community Trust register, May 2028.",
        15,
        SANS,
        MUTED,
    )
    d.finish()


def p03_why_now(d: Deck) -> None:
    y = d.start("Why now", ["Four reasons we cannot wait", "another season"], size=54)
    reasons = [
        (
            "Safety.",
            "The SGSA inspector's letter of March 2028 names queues of up to 27 minutes at the "
            "Foundry Road End turnstiles.",
        ),
        (
            "Cost.",
            "Cash costs us £186,000 a season to count, bank and insure, and three kiosks ran out "
            "of change in April.",
        ),
        (
            "Renewals.",
            "87% of holders renewed three seasons ago; 81% did this year. Most who left named the "
            "renewal process, not the price.",
        ),
        (
            "The women's team.",
            "The league's ground criteria for 2029/30 rule out Hobb's Meadow, which has no "
            "broadcast gantry.",
        ),
    ]
    y -= 10
    for n, (lead, body) in enumerate(reasons, start=1):
        d.circle(LEFT + 20, y + 8, 20, GREEN)
        d.text(LEFT + 20, y + 1, str(n), 22, BOLD, WHITE, align="center")
        d.text(LEFT + 60, y, lead, 22, BOLD, GREEN)
        y = d.para(LEFT + 60, y - 30, body, 760, 21) - 14
    bx, bw = 980.0, 380.0
    d.rect(bx, 120, bw, 420, GOLD_PALE, radius=16)
    d.text(bx + 28, 496, "WORTH KNOWING", 15, BOLD, GREEN_MID, track=2.0)
    notes = [
        "Our record crowd, 31,862 against Ashbourne United, came in the FA Cup in 1957, "
        "before all-seating.",
        "Kingsfold City took 96% of concourse payments by card in 2027/28.",
        "The General Safety Certificate caps Tannery Lane at 24,000 and the Kellaway upper "
        "tier at 3,100.",
    ]
    ny = 452.0
    for note in notes:
        ny = d.para(bx + 28, ny, note, bw - 56, 19) - 16
    d.finish()


def p04_ambition(d: Deck) -> None:
    y = d.start("Our ambition", ["A Tannery Lane every supporter wants to come back to"], size=46)
    d.text(LEFT, y - 16, "By the last home game of 2029/30 we will:", 26, BOLD, GREEN_MID)
    goals = [
        "Take 95% of concourse sales by card or phone, with a cash help point in every stand",
        "Get 97% of ticket-holders through the turnstiles by kick-off",
        "Deploy the full stewarding plan at every home game, with 90% of stewards qualified "
        "to Level 2",
        "Renew 88% of season tickets for 2030/31",
        "Average 5,000 at Marlbeck Rovers Women home league games, all played at Tannery Lane",
    ]
    gy = y - 78
    for n, goal in enumerate(goals, start=1):
        d.circle(LEFT + 18, gy + 8, 18, GOLD)
        d.text(LEFT + 18, gy + 1, str(n), 20, BOLD, GREEN, align="center")
        gy = d.para(LEFT + 54, gy, goal, 1220, 24) - 14
    d.rect(LEFT, 66, RIGHT - LEFT, 70, GREEN, radius=12)
    d.text(
        LEFT + 30,
        92,
        "And we will make Tannery Lane the home of women's football in the county.",
        26,
        BOLD,
        WHITE,
    )
    d.finish()


def p05_pillars(d: Deck) -> None:
    d.start("How we get there", ["Four pillars, one matchday"])
    pillars = [
        ("1", "Get in, get served", ["Entry, the concourses and", "paying without cash"]),
        ("2", "Safe every time", ["Stewarding, training and the", "General Safety Certificate"]),
        ("3", "Keep them coming back", ["Season tickets, renewals", "and membership"]),
        ("4", "One club, one ground", ["Marlbeck Rovers Women at", "Tannery Lane; the Trust"]),
    ]
    w, gap = 302.0, 24.0
    for i, (n, name, lines) in enumerate(pillars):
        x = LEFT + i * (w + gap)
        d.rect(x, 190, w, 360, GREEN if i % 2 == 0 else GREEN_MID, radius=18)
        d.text(x + 28, 470, n, 64, BOLD, GOLD)
        d.text(x + 28, 400, name, 22, BOLD, WHITE, limit=w - 40)
        ly = 356.0
        for line in lines:
            d.text(x + 28, ly, line, 19, SANS, GREEN_PALE, limit=w - 48)
            ly -= 26
    d.para(
        LEFT,
        134,
        "Underpinned by one record per supporter in SeatLedger and every matchday's figures in "
        "Dugout within 48 hours.",
        1280,
        21,
        SANS,
        MUTED,
    )
    d.finish()


def pillar_page(d: Deck, eyebrow: str, title: str, items: list[str], measures: list[str]) -> None:
    y = d.start(eyebrow, [title])
    d.bullets(LEFT, y - 8, items, 900, 22)
    bx, bw = 1030.0, 330.0
    d.rect(bx, 150, bw, 380, GREEN_PALE, radius=16)
    d.text(bx + 26, 490, "MEASURED BY", 15, BOLD, GREEN_MID, track=2.0)
    my = 446.0
    for m in measures:
        my = d.para(bx + 26, my, m, bw - 52, 20, BOLD, GREEN) - 12
    d.finish()


def p06_pillar1(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 1 · Entry and the concourse",
        "Get in, get served",
        [
            "Reopen the four mothballed turnstiles at the Foundry Road End from MW1",
            "Replace the Foundry Road End's 14 turnstiles with barcode and contactless readers "
            "in close season 2029",
            "Take the concourses cashless, the Kellaway Stand first",
            "Have every kiosk cashless before the first home game of 2029/30",
            "Fit card terminals to the 16 kiosks that take cash only",
            "Offer kiosk staff contracts for a full season of at least 20 matchdays",
            "Test every new reader and till with disabled supporters before it goes live",
            "Send TillPoint sales to Dugout by kiosk and by quarter-hour",
        ],
        [
            "Half-time kiosk wait",
            "Concourse sales paid by card or phone",
            "Spend per head",
            "Entry by kick-off",
        ],
    )


def p07_pillar2(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 2 · Stewarding and safety",
        "Safe every time",
        [
            "Recruit 60 new stewards before MW1 of 2029/30 and keep a reserve list of 25",
            "Put every new steward through the Level 2 Certificate in Spectator Safety within "
            "their first 12 matchdays",
            "Move the steward roster and training records into one rostering system by MW30",
            "Take every change to turnstiles, stewarding numbers and concourses to the Safety "
            "Advisory Group before it is made",
            "Write a stewarding plan for women's matches at Tannery Lane, with the Kellaway and "
            "Wharfside stands open",
        ],
        ["Full stewarding plan deployed", "Stewards holding Level 2"],
    )


def p08_pillar3(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 3 · Season tickets and membership",
        "Keep them coming back",
        [
            "Merge the 3,900 duplicate supporter records in SeatLedger before renewals open",
            "Offer season-ticket renewal by monthly direct debit, in ten payments",
            "Consult the Supporters' Advisory Board on price bands before they are published",
            "Open 2029/30 renewals at MW30 and close them at MW42; 2030/31 renewals run to the "
            "same clock",
            "Call every season-ticket holder who has not renewed two weeks before the window "
            "closes",
            "Let holders pass on seats they cannot use through a ticket exchange in Rovers+",
        ],
        ["Season tickets renewed", "Matchday experience score"],
    )


def p09_pillar4(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 4 · Women's team and Community Trust",
        "One club, one ground",
        [
            "Stage three Marlbeck Rovers Women league games at Tannery Lane in 2028/29, then "
            "every home league game in 2029/30",
            "Ask the league to fix women's home games on Sundays when the men play away",
            "Move women's ticket sales from Fixtur into SeatLedger by pre-season 2029",
            "Give 2,000 free tickets a season to local primary schools through the Community Trust",
            "Give the Trust's matchday collectors contactless collection tins",
        ],
        ["Average crowd, Rovers Women", "Weekly participants in Trust programmes"],
    )


KPI_TILES = [
    ("6 min", "half-time kiosk wait, Kellaway Stand", "median · from 14 min · by MW30 2028/29"),
    ("95%", "concourse sales paid by card or phone", "from 58% · by MW46 2029/30"),
    ("97%", "ticket-holders in by kick-off", "from 89% · by MW46 2029/30"),
    ("88%", "season tickets renewed", "from 81% · for 2030/31"),
    ("5,000", "average crowd, Rovers Women", "from 1,850 · 2029/30 home league games"),
    ("Higher", "matchday experience score", "from 7.1 out of 10"),
]


def p10_tiles(d: Deck) -> None:
    d.start("The scoreboard", ["Six numbers the Board will see"])
    w, h, gap = 408.0, 210.0, 28.0
    for i, (big, label, small) in enumerate(KPI_TILES):
        x = LEFT + (i % 3) * (w + gap)
        y = 330 if i < 3 else 92
        d.rect(x, y, w, h, WHITE, radius=16)
        d.rect(x, y + h - 10, w, 10, GOLD)
        d.text(x + 26, y + 104, big, 74, BOLD, GREEN, limit=w - 52)
        d.text(x + 26, y + 62, label, 19, BOLD, INK, limit=w - 52)
        d.text(x + 26, y + 34, small, 16, SANS, MUTED, limit=w - 52)
    d.finish()


KPI_ROWS = [
    ("Median half-time kiosk wait, Kellaway Stand (min)", "14", "6", "MW30, 2028/29"),
    ("Median half-time kiosk wait, whole ground (min)", "12", "7", "MW46, 2029/30"),
    ("Concourse sales paid by card or phone", "58%", "95%", "MW46, 2029/30"),
    ("Concourse spend per head, league matchdays", "£4.10", "£5.00", "2029/30 season"),
    ("Ticket-holders through the turnstiles by kick-off", "89%", "97%", "MW46, 2029/30"),
    (
        "Home league games with the full stewarding plan deployed",
        "17 of 23",
        "23 of 23",
        "Every home game of 2029/30",
    ),
    ("Stewards holding the Level 2 Certificate in Spectator Safety", "64%", "90%", "MW1, 2029/30"),
    ("Season tickets renewed", "81%", "88%", "2030/31 renewals, by MW42 2029/30"),
    ("Average crowd, Marlbeck Rovers Women home league games", "1,850", "5,000", "2029/30 season"),
    ("Weekly participants in Community Trust programmes", "3,400", "4,500", "May 2030"),
    ("Matchday experience score (post-match survey, out of 10)", "7.1", "Higher", "\u2013"),
]


def p11_kpi_table(d: Deck) -> None:
    d.start("Measures", ["How we will keep score"])
    cols = [LEFT, LEFT + 640, LEFT + 820, LEFT + 980]
    widths = [620.0, 160.0, 140.0, 300.0]
    top, row_h = 590.0, 40.0
    d.rect(LEFT, top - 44, RIGHT - LEFT, 44, GREEN)
    for x, w, head in zip(
        cols, widths, ["Measure", "2027/28 baseline", "Target", "By when"], strict=True
    ):
        d.text(x + 12, top - 29, head, 17, BOLD, WHITE, limit=w)
    y = top - 44
    for i, row in enumerate(KPI_ROWS):
        if i % 2 == 1:
            d.rect(LEFT, y - row_h, RIGHT - LEFT, row_h, GREEN_PALE)
        for x, w, cell in zip(cols, widths, row, strict=True):
            font = BOLD if x == cols[2] else SANS
            d.text(x + 12, y - 26, cell, 17, font, INK, limit=w)
        y -= row_h
        d.rule(LEFT, RIGHT, y)
    d.text(
        LEFT,
        64,
        "Baselines are for the 2027/28 season (Hobb's Meadow for the women's team). "
        "MW = matchweek; our clock is on the roadmap.",
        15,
        SANS,
        MUTED,
    )
    d.finish()


def p12_phases(d: Deck) -> None:
    d.start("The plan in phases", ["Four phases, two seasons"])
    phases = [
        (
            "Phase 1",
            "Bedding in",
            "Extra turnstiles open, new stewarding numbers, cashless kit tested at cup games",
        ),
        (
            "Phase 2",
            "Kellaway first",
            "Cashless in one stand, renewals reworked, the women's first games at Tannery Lane",
        ),
        (
            "Phase 3",
            "Close-season build",
            "New readers at the Foundry Road End, terminals in every kiosk, the pitch renovated",
        ),
        ("Phase 4", "Whole ground", "Everything live at every home game, for both teams"),
    ]
    w, gap = 302.0, 24.0
    for i, (tag, name, body) in enumerate(phases):
        x = LEFT + i * (w + gap)
        d.rect(x, 200, w, 340, WHITE, radius=18)
        d.rect(x, 470, w, 70, GREEN if i < 3 else GREEN_MID, radius=18)
        d.rect(x, 470, w, 20, GREEN if i < 3 else GREEN_MID)
        d.text(x + 24, 497, tag.upper(), 17, BOLD, GOLD, track=2.0)
        d.text(x + 24, 420, name, 27, BOLD, GREEN, limit=w - 40)
        d.para(x + 24, 376, body, w - 48, 20)
    d.text(
        LEFT,
        140,
        "Three gates. At each one the Operations Board decides to go on, fix or stop.",
        23,
        BOLD,
        GREEN_MID,
    )
    d.text(
        LEFT, 100, "The roadmap overleaf puts each phase on our matchday clock.", 20, SANS, MUTED
    )
    d.finish()


ROADMAP_PERIODS = [
    ("Pre-season", "2028"),
    ("2028/29", "MW1\u2013MW11"),
    ("2028/29", "MW12\u2013MW46"),
    ("Close season", "2029"),
    ("2029/30", "pre-season\u2013MW23"),
    ("2029/30", "MW24\u2013MW46"),
    ("Beyond", "2029/30"),
]
# the phase row: (name, first column, last column), columns 1..7 after the workstream column
ROADMAP_PHASES = [
    ("Bedding in", 1, 2),
    ("Kellaway first", 3, 3),
    ("Close-season build", 4, 4),
    ("Whole ground", 5, 6),
    ("Next plan", 7, 7),
]
DOT = "\u25cf"
ROADMAP_ROWS = [
    (
        "Entry and turnstiles",
        [
            "4 turnstiles reopened",
            DOT,
            "Design to the SAG",
            "14 new readers fitted",
            DOT,
            DOT,
            "Safe standing, Foundry Road End",
        ],
    ),
    (
        "Cashless concourse",
        [
            "Offline terminals ordered",
            "Tests at cup games",
            "Kellaway live; upper tier by MW30",
            "All 38 kiosks fitted",
            "Whole ground live",
            DOT,
            "Cashless hospitality bars",
        ],
    ),
    (
        "Stewarding",
        [
            "30 recruits",
            DOT,
            "Rostering system by MW30",
            "Level 2 courses",
            "Reserve list of 25",
            DOT,
            "\u2013",
        ],
    ),
    (
        "Season tickets",
        [
            "",
            "Duplicates merged",
            "2029/30 renewals MW30\u2013MW42",
            "Direct debit live",
            "Ticket exchange",
            "2030/31 renewals MW30\u2013MW42",
            "New ticketing contract, 2031",
        ],
    ),
    (
        "Women's team",
        [
            "",
            "Fixtures agreed",
            "3 league games at Tannery Lane",
            "Pitch renovated",
            "All home league games",
            DOT,
            "Hobb's Meadow to the Trust",
        ],
    ),
    (
        "Community Trust",
        ["", "Schools list", "Free school tickets", "", DOT, DOT, "\u2013"],
    ),
]


def p13_roadmap(d: Deck) -> None:
    d.start("Roadmap", ["The road to May 2030"])
    d.text(
        LEFT,
        598,
        "Our clock: pre-season starts Monday 3 July 2028; Matchweek 1 is the weekend of "
        "5 August 2028; a season is 46 matchweeks, the last in early May.",
        16,
        SANS,
        INK,
        limit=RIGHT - LEFT,
    )
    first_w = 190.0
    col_w = (RIGHT - LEFT - first_w) / 7
    lefts = [LEFT + first_w + i * col_w for i in range(7)]
    top = 570.0
    # header
    d.rect(LEFT, top - 50, RIGHT - LEFT, 50, GREEN)
    d.rect(lefts[6], top - 50, col_w, 50, GREY_INK)
    d.text(LEFT + 10, top - 31, "Workstream", 15, BOLD, WHITE)
    for x, (a, b) in zip(lefts, ROADMAP_PERIODS, strict=True):
        d.text(x + 8, top - 21, a, 14, BOLD, WHITE, limit=col_w - 12)
        d.text(x + 8, top - 40, b, 14, BOLD, WHITE, limit=col_w - 12)
    # the beyond column: grey, dashed
    body_top, phase_h, row_h, gate_h = top - 50, 40.0, 52.0, 34.0
    body_h = phase_h + row_h * len(ROADMAP_ROWS) + gate_h
    d.rect(lefts[6], body_top - body_h, col_w, body_h, GREY)
    d.rect(lefts[6], body_top - body_h, col_w, body_h, None, GREY_INK, line=1.2, dash=(5, 3))
    # the phase row
    y = body_top
    d.text(LEFT + 10, y - 26, "Phase", 15, BOLD, GREEN)
    for name, first, last in ROADMAP_PHASES:
        x0, x1 = lefts[first - 1], lefts[last - 1] + col_w
        fill = GREY_INK if first == 7 else (GREEN_MID if first % 2 else GREEN)
        d.rect(x0 + 3, y - phase_h + 5, x1 - x0 - 6, phase_h - 10, fill, radius=8)
        d.text(x0 + 10, y - 26, name, 14, BOLD, WHITE, limit=x1 - x0 - 16)
    y -= phase_h
    d.rule(LEFT, RIGHT, y)
    for name, cells in ROADMAP_ROWS:
        d.text(LEFT + 10, y - 22, name, 15, BOLD, INK, limit=first_w - 16)
        for x, cell in zip(lefts, cells, strict=True):
            if cell == DOT:
                d.text(x + col_w / 2, y - 31, DOT, 16, SANS, GREEN_MID, align="center")
            elif cell:
                cy = y - 20
                for line in wrap(cell, SANS, 13, col_w - 14):
                    d.text(
                        x + 7,
                        cy,
                        line,
                        13,
                        SANS,
                        INK if x < lefts[6] else GREY_INK,
                        limit=col_w - 12,
                    )
                    cy -= 15
        y -= row_h
        d.rule(LEFT, RIGHT, y)
    # the gates row: a diamond at the end of the period the gate closes
    d.text(LEFT + 10, y - 23, "Gates", 15, BOLD, GREEN)
    for label, col, frac in (("G1", 2, 0.9), ("G2", 3, 0.85), ("G3", 6, 0.9)):
        cx = lefts[col - 1] + col_w * frac
        d.diamond(cx, y - gate_h / 2, 10, GOLD)
        d.text(cx - 18, y - 22, label, 13, BOLD, GREEN, align="right")
    y -= gate_h
    d.rule(LEFT, RIGHT, y, GREEN, 1.5)
    gates = [
        "Gate 1: at the October international break, which falls after MW11",
        "Gate 2: go/no-go for the whole ground",
        "Gate 3: MW46 of 2029/30",
    ]
    gx = LEFT
    for g in gates:
        d.diamond(gx + 7, 104, 7, GOLD)
        gx += 22 + d.text(gx + 20, 98, g, 15, SANS, INK) + 28
    d.text(
        LEFT,
        70,
        "Beyond 2029/30 holds ideas for the next plan; none of it is funded here.",
        15,
        SANS,
        MUTED,
    )
    d.finish()


def p14_pilot(d: Deck) -> None:
    y = d.start("Our first stand", ["Kellaway first"])
    d.text(
        LEFT,
        y - 4,
        "Our first cashless stand is the Kellaway Stand's lower tier, on league matchdays.",
        27,
        BOLD,
        GREEN_MID,
    )
    d.para(
        LEFT,
        y - 44,
        "Why there: seven kiosks, our longest half-time queues, 2,900 season-ticket holders, and "
        "cabling already laid in the 2026 refit.",
        1280,
        21,
        SANS,
        INK,
    )
    d.text(
        LEFT,
        y - 106,
        "Go-live (GL) is our first home league match after the October international break.",
        21,
        BOLD,
        INK,
    )
    steps = [
        ("GL \u2013 8 weeks", "Order 30 card terminals that work offline"),
        ("GL \u2013 4 weeks", "Train the Kellaway kiosk teams on the new tills"),
        ("GL \u2013 2 weeks", "Write to the 2,900 Kellaway season-ticket holders"),
        (
            "GL",
            "Kellaway kiosks take card and phone only; one help point takes cash and sells "
            "prepaid cards",
        ),
        ("GL + 5 home games", "Volunteers time half-time queues at four kiosks"),
        ("GL + 10 home games", "Report to the Operations Board; the upper tier joins by MW30"),
    ]
    sy = y - 160
    d.rule(LEFT + 230, LEFT + 230, sy + 20)
    for tag, body in steps:
        d.rect(LEFT, sy - 12, 210, 36, GREEN, radius=10)
        d.text(LEFT + 14, sy, tag, 18, BOLD, WHITE, limit=186)
        d.circle(LEFT + 236, sy + 6, 6, GOLD)
        d.text(LEFT + 256, sy, body, 21, SANS, INK, limit=RIGHT - LEFT - 256)
        sy -= 50
    d.finish()


def p15_gates(d: Deck) -> None:
    y = d.start("Gates and pass marks", ["What good looks like"])
    gates = [
        (
            "Gate 1",
            "At the October international break (after MW11)",
            [
                "Four reopened turnstiles in use at the Foundry Road End since MW1",
                "Offline card terminals tested at two cup or friendly games",
                "Kellaway plan seen by the Safety Advisory Group at its September meeting",
                "Full stewarding plan deployed at five of the first six home games",
            ],
        ),
        (
            "Gate 2",
            "Go/no-go for the whole ground",
            [
                "Median half-time wait in the Kellaway of 8 minutes or less over 10 home games",
                "90% or more of Kellaway sales by card or phone",
                "No kiosk closed by a payment failure for more than 10 minutes",
                "2029/30 renewals at 84% or more when the window closes at MW42",
                "Decided on 24 April 2029, after MW42",
            ],
        ),
        (
            "Gate 3",
            "MW46 of 2029/30",
            [
                "Every measure reported for a full season",
                "Cashless, readers and rostering handed over to business as usual",
                "Lessons and the next plan to the Board in May 2030",
            ],
        ),
    ]
    w, gap = 408.0, 28.0
    for i, (tag, when, criteria) in enumerate(gates):
        x = LEFT + i * (w + gap)
        d.rect(x, 80, w, y - 80, WHITE, radius=16)
        d.diamond(x + 36, y - 40, 14, GOLD)
        d.text(x + 62, y - 48, tag, 28, BOLD, GREEN)
        cy = d.para(x + 24, y - 90, when, w - 48, 19, BOLD, GREEN_MID) - 8
        d.bullets(x + 24, cy, criteria, w - 48, 18, gap=8, indent=22)
    d.finish()


RISKS = [
    (
        "The card network drops at half-time",
        "Medium",
        "High",
        "Buy terminals that store payments offline for two hours; keep one cash till per stand "
        "in 2028/29",
    ),
    (
        "Older supporters feel shut out by cashless",
        "High",
        "Medium",
        "Put a cash-to-card help point in every stand; sell prepaid matchday cards at the ticket "
        "office",
    ),
    (
        "The SAG asks for changes to the new turnstiles",
        "Low",
        "High",
        "Take the design to the SAG's September 2028 meeting; place no order before it has "
        "commented",
    ),
    (
        "Stewards leave mid-season",
        "Medium",
        "High",
        "Pay a £10 a match retention bonus to stewards who work 18 or more home games",
    ),
    (
        "The pitch cannot take the extra women's games",
        "Medium",
        "Medium",
        "Agree a pitch plan with the Head Groundsman before fixtures are requested",
    ),
]


def p16_risks(d: Deck) -> None:
    d.start("Risks", ["Where it could go wrong"])
    cols = [LEFT, LEFT + 440, LEFT + 590, LEFT + 740]
    widths = [420.0, 140.0, 140.0, 540.0]
    top = 580.0
    d.rect(LEFT, top - 44, RIGHT - LEFT, 44, GREEN)
    for x, w, head in zip(
        cols, widths, ["Risk", "Likelihood", "Impact", "What we will do"], strict=True
    ):
        d.text(x + 12, top - 29, head, 17, BOLD, WHITE, limit=w)
    y = top - 44
    for i, row in enumerate(RISKS):
        row_h = 82.0
        if i % 2 == 1:
            d.rect(LEFT, y - row_h, RIGHT - LEFT, row_h, GREEN_PALE)
        for x, w, cell in zip(cols, widths, row, strict=True):
            cy = y - 28
            for line in wrap(cell, SANS, 18, w - 20):
                d.text(x + 12, cy, line, 18, SANS, INK, limit=w - 20)
                cy -= 23
        y -= row_h
        d.rule(LEFT, RIGHT, y)
    d.finish()


def p17_first_100(d: Deck) -> None:
    y = d.start("First 100 days · 3 July to 10 October 2028", ["Before the first whistle"])
    left = [
        "Sign the offline card terminal contract (Finance Director)",
        "Reopen four turnstiles at the Foundry Road End for MW1 (Stadium Manager)",
        "Cut the Kellaway half-time menu and set up pre-pouring (Head of Catering)",
        "Put the Kellaway cashless plan to the Safety Advisory Group (Safety Officer)",
        "Start recruiting the first 30 new stewards (Stewarding Coordinator)",
    ]
    right = [
        "Find and merge duplicate supporter records in SeatLedger (Head of Ticketing)",
        "Set up the Operations Board and its fortnightly report (COO)",
        "Agree three women's games at Tannery Lane with the league (Club Secretary)",
        "Brief the Supporters' Advisory Board on cashless at its August meeting (Supporter "
        "Liaison Officer)",
    ]
    d.bullets(LEFT, y - 10, left, 610, 21, glyph="\u25a0", gap=14)
    d.bullets(LEFT + 660, y - 10, right, 620, 21, glyph="\u25a0", gap=14)
    d.finish()


def p18_monday(d: Deck) -> None:
    y = d.start("From Monday 3 July", ["What changes on Monday"])
    items = [
        "Steward applications open online on the club website, not only by phone",
        "The safety office scans every steward's Level 2 certificate into one training file",
        "Kellaway kiosk stock is ordered for the nine-item half-time menu",
        "The Operations Board meets, and then every other Monday in season",
    ]
    w, gap = 626.0, 28.0
    for i, item in enumerate(items):
        x = LEFT + (i % 2) * (w + gap)
        top = y - 10 - (i // 2) * 200
        d.rect(x, top - 170, w, 170, WHITE, radius=16)
        d.text(x + 28, top - 60, "\u2192", 40, BOLD, GOLD)
        d.para(x + 92, top - 56, item, w - 120, 23, BOLD, GREEN)
    d.finish()


def p19_governance(d: Deck) -> None:
    y = d.start("Governance", ["The team sheet"])
    lines = [
        "Sponsor: Daniel Asante, Chief Executive, who answers to the Board for Tannery Lane 2030.",
        "Operations Board: chaired by Helen Stroud, Chief Operating Officer; fortnightly in "
        "season, monthly in the close season. The Safety Officer, the Finance Director, the "
        "heads of catering and ticketing, the women's team's general manager and the Community "
        "Trust's chief executive sit on it.",
        "Gates 1 and 3 are the Operations Board chair's. Gate 2 is the Board's, or the Chief "
        "Executive's if the Board delegates it.",
        "The Safety Officer can stop any change that touches the General Safety Certificate.",
        "We consult, and they advise: the Supporters' Advisory Board (prices, renewals, paying "
        "on matchdays) and the Safety Advisory Group (turnstiles, stewarding, concourses).",
    ]
    d.bullets(LEFT, y - 6, lines, 860, 20, gap=12)
    bx, bw = 1010.0, 350.0
    d.rect(bx, 110, bw, 420, GREY, radius=16)
    d.text(bx + 26, 490, "NOT IN THIS PLAN", 15, BOLD, GREY_INK, track=2.0)
    out = [
        "Hospitality lounges, conferences and non-matchday events",
        "The club shop and online store",
        "The academy and the first team's football operations",
        "Away travel for our own supporters",
    ]
    d.bullets(bx + 26, 446, out, bw - 52, 19, glyph="\u2013", glyph_color=GREY_INK, gap=10)
    d.finish()


def p20_asks(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, GREEN)
    d.rect(LEFT, 742, 56, 6, GOLD)
    d.text(LEFT + 72, 738, "DECISIONS", 15, BOLD, GOLD, track=2.4)
    d.text(LEFT, 668, "What we ask of the Board", 56, BOLD, WHITE)
    asks = [
        "Approve Tannery Lane 2030 for the 2028/29 and 2029/30 seasons.",
        "Release £1.4m for 2028/29, within the budget approved in May 2028.",
        "Note £1.2m for 2029/30, to come with next year's budget.",
        "Agree the Kellaway Stand as our first cashless stand.",
        "Delegate Gate 2, go/no-go for the whole ground, to the Chief Executive.",
    ]
    y = 570.0
    for n, ask in enumerate(asks, start=1):
        d.circle(LEFT + 18, y + 8, 18, GOLD)
        d.text(LEFT + 18, y + 1, str(n), 20, BOLD, GREEN, align="center")
        d.text(LEFT + 54, y, ask, 25, SANS, WHITE, limit=1220)
        y -= 58
    d.text(
        LEFT,
        200,
        "Everything in this plan is done by the last home game of 2029/30, in early May 2030.",
        25,
        BOLD,
        GOLD,
    )
    d.text(LEFT, 120, "Questions to Helen Stroud, Chief Operating Officer", 18, SANS, GREEN_PALE)
    d.circle(LEFT + 8, 38, 8, GOLD)
    d.text(LEFT + 24, 33, "MARLBECK ROVERS FC", 12, BOLD, GOLD, track=1.5)
    d.c.showPage()


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for page in (
        p01_cover,
        p02_context,
        p03_why_now,
        p04_ambition,
        p05_pillars,
        p06_pillar1,
        p07_pillar2,
        p08_pillar3,
        p09_pillar4,
        p10_tiles,
        p11_kpi_table,
        p12_phases,
        p13_roadmap,
        p14_pilot,
        p15_gates,
        p16_risks,
        p17_first_100,
        p18_monday,
        p19_governance,
        p20_asks,
    ):
        page(d)
    if d.page != PAGES:
        raise ValueError(f"{d.page} pages, {PAGES} expected")
    if OVERFLOW:
        raise ValueError("\n".join(OVERFLOW))
    d.save()


# =========================================================================== the org folder

ORG_TEXT: dict[str, str] = {
    "governance/safety-and-licensing-charter.md": """
# Safety and Licensing Charter

Marlbeck Rovers Football Club. Approved by the Board of Directors on 14 March 2028; reviewed
every close season by the Safety Officer.

## Section 1: What this charter is for

Tannery Lane is a designated sports ground. Marlbeck Borough Council issues the club's General
Safety Certificate under the Safety of Sports Grounds Act 1975, and the Sports Grounds Safety
Authority (SGSA) inspects how the council oversees it. This charter says who at the club holds
each safety duty. It follows the Guide to Safety at Sports Grounds and the EFL's regulations on
ground safety, and it binds every post in the club, whatever its department.

## Section 2: Who holds what

- **Safety Officer.** Named in the certificate. Writes the stewarding plan and sets the number
  of stewards in each area for every men's first-team match; signs off any change to ingress,
  turnstiles or concourses; keeps the ingress counts the certificate requires; speaks for the
  club at the Safety Advisory Group and to the SGSA inspector.
- **Deputy Safety Officer.** Runs the control room, the CCTV and the incident log on matchdays.
  Is the Safety Officer, with the same duties, for every Marlbeck Rovers Women match and every
  other event at Tannery Lane, and writes the stewarding plan for those.
- **Stadium Operations Manager.** Keeps the physical safety systems in order: turnstiles, exit
  gates, public address zones and emergency lighting, with their maintenance records.
- **Stewarding and Volunteers Coordinator.** Finds and rosters the stewards the Safety Officer
  asks for.

## Section 3: Training

The Safety Officer owns all steward and safety training: the induction every new steward
completes before working a match, the Level 2 Certificate in Spectator Safety, and the refresher
every steward attends in pre-season. The People Manager's induction for employees covers
employment matters only.

Steward training records and Level 2 certificates are kept on paper in the safety office, filed
by steward surname.

## Section 4: The Safety Advisory Group

The Safety Advisory Group must be consulted before any change to turnstiles, stewarding numbers
or the layout of a concourse. It meets four times a year, in September, December, March and June,
and its papers go to members 15 working days before each meeting.

The group advises the council. Its members take part in no decision of the club and do no work
for the club; the Safety Officer keeps its minutes with the certificate file.

## Section 5: Limits in the certificate

The certificate sets the capacity of Tannery Lane at 24,000 seats. The Kellaway upper tier is
capped at 3,100 until its new public address zones are certified.

## Section 6: Stopping a change

The Safety Officer can stop any change that affects the certificate, whatever its sponsor has
agreed, and reports the stop to the Chief Operating Officer the same day.
""",
    "governance/operations-board-terms-of-reference.md": """
# Operations Board: terms of reference

Agreed by the Chief Executive on 16 June 2028, for Tannery Lane 2030 (the plan for the 2028/29
and 2029/30 seasons).

## Purpose

The Operations Board runs Tannery Lane 2030 from week to week: it tracks the work, takes the
decisions delegated to it and tells the Board of Directors how the plan is going.

## Sponsor

The Chief Executive is the senior sponsor of Tannery Lane 2030 and answers to the Board of
Directors for it.

## Chair and members

- Chair: Chief Operating Officer.
- Members: Safety Officer, Finance Director, Head of Hospitality and Catering, Head of Ticketing
  and Membership, Women's Team General Manager, Community Trust Chief Executive.
- Other posts attend when their work is on the agenda.

The Supporters' Advisory Board and the Safety Advisory Group are consulted by the members whose
work they advise on. They are not members and do not vote.

## Meetings

Every other Monday in season and monthly in the close season, with papers by the Friday before.
The matchday report for each home game comes from the Dugout dashboards within 48 hours.

## Decisions

- Gate 1 and Gate 3: the chair, on the members' advice.
- Gate 2 (go/no-go for the whole ground): reserved to the Board of Directors, which may delegate
  it to the Chief Executive.
- Spending within the approved budget; a change of more than £50,000 goes to the Chief
  Executive.

## Reporting

A one-page report to each monthly meeting of the Board of Directors, drawn from Dugout.
""",
    "governance/supporters-advisory-board-terms.md": """
# Supporters' Advisory Board: terms of reference

The Supporters' Advisory Board (SAB) is how Marlbeck Rovers meets its supporters in a structured
way, as the EFL's regulations expect of every club. Its chair is elected by the members of the
Marlbeck Rovers Supporters' Trust for two seasons at a time.

## Members

Twelve supporters: two season-ticket holders from each of the four stands, one from the disabled
supporters' association, one from the women's team's supporters' club, one from the away travel
club, and the chair.

## What the club must consult it on

The Supporters' Advisory Board must be consulted at least 20 working days before new
season-ticket prices or renewal terms are published.

The club also consults it on any change to how supporters pay on matchdays, and on the women's
team's move to Tannery Lane.

## How it works

The SAB advises and the club decides. Its members are volunteers and are never given club work
to do.

## Meetings

Four a season, in August, November, February and April, at Tannery Lane. The Supporter Liaison
Officer sends the papers and keeps the minutes.
""",
    "systems/systems-and-data.md": """
# Systems and data at Marlbeck Rovers

Kept by the IT and Data Manager; last reviewed on 12 June 2028. Every system has a business
owner, who decides how it is used, and a technical contact, who is the IT and Data Manager
unless stated.

## SeatLedger: ticketing, membership and supporter records

Business owner: Head of Ticketing and Membership.

SeatLedger sells season tickets, memberships and match tickets, holds the supporter record of
every buyer and sends the access list to the turnstiles before each match. It is the club's
supporter database: about 41,000 supporters have bought from us in the last three seasons.

SeatLedger has no direct debit option, so season-ticket instalments are arranged through
Crestline Finance and SeatLedger sees the first payment alone.

## Gatewise: access control

Business owners: Stadium Operations Manager (readers, turnstiles and the server) and Safety
Officer (the counts).

Gatewise runs the 64 turnstiles in use around the ground. The four at the Foundry Road End's
south-west corner were taken out of use in 2021 and are kept serviced.

Turnstile counts are not retained beyond 28 days on the Gatewise server, so the safety office
prints each match's counts for the certificate file.

## TillPoint: kiosk tills

Business owner: Head of Hospitality and Catering; TillPoint's supplier supports the tills on
matchdays.

TillPoint runs the tills in all 38 concourse kiosks and in the hospitality bars. Card terminals
are fitted at 22 of the 38 kiosks; the other 16 are cash only.

TillPoint cannot split a kiosk's sales by half or by quarter-hour, because it reports one total
per kiosk per matchday.

## Dugout: reporting warehouse

Business owner: IT and Data Manager.

Dugout is the club's reporting warehouse (Azure SQL) with Power BI dashboards on top. It loads
SeatLedger every night and TillPoint every Monday, and it feeds the monthly board report and the
Operations Board's matchday report.

## Network

The club Wi-Fi only covers the hospitality suites, the media area and the offices; the
concourses have none. The Kellaway concourse was cabled to each of its kiosks in the 2026 refit.

## Rovers+ app and website

Business owner: Head of Digital. Rovers+ holds supporters' tickets in a wallet and sends
matchday notices; the website takes applications for jobs and volunteer roles.

## Fixtur: women's team tickets

Business owner: Women's Team General Manager, until the move to Tannery Lane.

Tickets for Marlbeck Rovers Women are sold on Fixtur, which is not yet linked to SeatLedger, and
buyers' details stay in Fixtur.

## Post-match survey

Business owner: Supporter Services Manager. After every home league match a survey goes by
email to 2,000 ticket buyers drawn from SeatLedger; it asks for a matchday score out of 10 and
its answers load into Dugout.

## Steward records

The steward roster and steward training records are described in the club staff file and in
the Safety and Licensing Charter.
""",
    "measures/metric-definitions.md": """
# Matchday and membership measures

The measures the Operations Board tracks for Tannery Lane 2030, each with one owner. Baselines
are for the 2027/28 league season (23 home league games).

| Measure | How it is counted | Owner | 2027/28 baseline |
|---|---|---|---|
| Median half-time kiosk wait | Minutes from joining a queue to being served, timed with stopwatches by Queue Counter volunteers at four Kellaway kiosks and at one kiosk in each other stand | Head of Hospitality and Catering | Kellaway Stand 14 min; whole ground 12 min |
| Concourse sales paid by card or phone | Card and phone takings over all concourse takings, from TillPoint | Head of Hospitality and Catering | 58% |
| Concourse spend per head | Concourse takings over the crowd scanned in, league matchdays | Head of Hospitality and Catering | £4.10 |
| Ticket-holders through the turnstiles by kick-off | Gatewise entries before kick-off over tickets issued in SeatLedger | Safety Officer | 89% |
| Home league games with the full stewarding plan deployed | Games where the stewards on duty met the Safety Officer's numbers in every area | Safety Officer | 17 of 23 |
| Stewards holding the Level 2 Certificate in Spectator Safety | Stewards on the roster on 1 August who hold the certificate | Safety Officer | 64% |
| Season tickets renewed | Holders of one season who renew for the next before the window closes | Head of Ticketing and Membership | 81% (for 2028/29) |
| Average crowd, Marlbeck Rovers Women home league games | Scanned attendance, from Fixtur until the move | Women's Team General Manager | 1,850 at Hobb's Meadow |
| Weekly participants in Community Trust programmes | Different people attending in a term-time week, from the Trust's register | Community Trust Chief Executive | 3,400 |
| Matchday experience score | Mean answer out of 10 in the post-match survey | Supporter Services Manager | 7.1 |

The Operations Board sees every measure from Dugout, except the queue times, which the Head of
Hospitality and Catering enters from the volunteers' tally sheets.
""",
    "context/tannery-lane-ground-notes.txt": """
TANNERY LANE: GROUND NOTES
Kept by the Stadium Operations Manager. Updated June 2028.

Tannery Lane holds 24,000, all seated, in four stands.

Kellaway Stand (west): 7,400 seats, lower tier 4,300 and upper tier 3,100.
Main reception, ticket office, sensory room and control room. 11 kiosks, 7 on the
lower concourse and 4 on the upper.

Foundry Road End (south, the home end): 6,200 seats. 9 kiosks. 14 turnstiles
in use and four more out of use since 2021.

Wharfside Stand (east): 7,100 seats, with the family area. 12 kiosks.

Colliers' End (north): 3,300 seats for away supporters. 6 kiosks.

History. Opened in 1911. The record crowd, 31,862 against Ashbourne United in the
FA Cup fifth round, came in 1957. All-seated since 1996. The Kellaway Stand was
rebuilt in 2004 and its concourse refitted in 2026.

Pitch. Hybrid grass, laid in 2023. The Head Groundsman's rule is that the pitch can
take no more than three matches in seven days, and it is renovated for four weeks
from the last home game each May.

Hobb's Meadow. The women's team's home since 2017: a council ground four miles
from Tannery Lane, holding 3,000.
""",
    "context/women-team-move-note.md": """
# Moving Marlbeck Rovers Women to Tannery Lane

Note from the Women's Team General Manager to the Operations Board, 2 June 2028.

## Why

The league's ground criteria for the 2029/30 season ask for a ground that Hobb's Meadow is not.
Tannery Lane meets them, and our crowds at the three Tannery Lane games we staged in 2025 and
2026 were four times our Hobb's Meadow average.

## What is agreed so far

- Three league games at Tannery Lane in 2028/29, then all 11 home league games in 2029/30.
- The Kellaway and Wharfside stands open for women's games, 14,500 seats in all.
- The Deputy Safety Officer is the Safety Officer for women's games and writes their
  stewarding plan.
- The Club Secretary asks the league for every fixture and kick-off time.
- Ticket sales move to SeatLedger, run by Ticketing and Membership, before 2029/30.

## The women's season

September to May: 22 league games, 11 of them at home, plus cup ties.
""",
    "context/community-trust-memorandum-summary.md": """
# Community Trust memorandum: summary

Marlbeck Rovers Community Trust is a registered charity with its own trustees. This summary of
the memorandum of understanding between the Trust and the club was written by the Community
Trust Chief Executive for the Operations Board in June 2028.

## What the Trust does

Schools football and PE, holiday courses, walking football, disability football, and health
programmes with the local NHS trust. The Trust's register counts 3,400 different people in a
term-time week.

## What the club gives

- Office space in the Wharfside Stand and use of the training pitches.
- Up to 2,000 match tickets a season for local schools, issued by the ticket office from lists
  the Trust sends.
- Two matchday collections a season for the Trust, made by Trust volunteers.

## Who decides

The Trust's programmes, staff and funding are decided by its trustees and run by the Community
Trust Chief Executive. The club's Chief Executive sits on the trustee board as the club's
nominee.
""",
}


# =========================================================================== the roster (ODS)

ODS_TIME = (2028, 6, 12, 16, 41, 8)
ODS_DATE = "2028-06-12T16:41:08.214000000"
ODS_CREATED = "2026-08-03T10:12:40.517000000"
GENERATOR = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1"
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
CONSULTED = "Not line-managed: consulted only"

POST_HEAD = ["Department", "Post", "Reports to", "Remit"]
# (department, post, reports to, remit paragraphs); the department is written on the first
# post of its group only, as the sheet has always been kept
POSTS: list[tuple[str, str, str, list[str]]] = [
    (
        "Executive",
        "Chief Executive",
        "Board of Directors",
        [
            "Runs the club for the Board of Directors.  Senior sponsor of Tannery Lane 2030: "
            "answers to the Board for it and takes the decisions the Board delegates, such as "
            "Gate 2."
        ],
    ),
    (
        "",
        "Chief Operating Officer",
        "Chief Executive",
        [
            "Matchday operations, the stadium, safety, catering, ticketing and supporter services "
            "report through the COO. Chairs the Operations Board and takes Gates 1 and 3 of "
            "Tannery Lane 2030 (see the Operations Board's terms of reference)."
        ],
    ),
    (
        "",
        "Finance Director",
        "Chief Executive",
        [
            "Budgets and forecasts; the cash office and the banking of matchday takings; the "
            "contracts with the card acquirer and payment providers. Any purchase over £25,000 "
            "goes through the Finance Director."
        ],
    ),
    (
        "",
        "Club Secretary",
        "Chief Executive",
        [
            "The club's compliance with the EFL's regulations and the women's league's rules. "
            "Makes every fixture, kick-off time and ground request to the EFL and to the women's "
            "league, for both teams; player registrations."
        ],
    ),
    (
        "Safety and Stadium",
        "Safety Officer",
        "Chief Operating Officer",
        [
            "Named in the General Safety Certificate: the stewarding plan and numbers for men's "
            "first-team matches, steward training and qualifications, the ingress counts, and the "
            "club's dealings with the Safety Advisory Group and the SGSA.",
            "See the Safety and Licensing Charter, sections 2 to 4.",
        ],
    ),
    (
        "",
        "Deputy Safety Officer",
        "Safety Officer",
        [
            "Runs the matchday control room, the CCTV and the incident log. Safety Officer for "
            "Marlbeck Rovers Women matches and other events at Tannery Lane, with their "
            "stewarding plans."
        ],
    ),
    (
        "",
        "Stewarding and Volunteers Coordinator",
        "Safety Officer",
        [
            "Recruits stewards and matchday volunteers and fills each match's deployment to the "
            "Safety Officer's numbers; pays stewards' matchday fees and bonuses through the "
            "casual payroll file.",
            "The steward roster relies on a spreadsheet on the Coordinator's laptop, and stewards "
            "confirm by text message.",
        ],
    ),
    (
        "",
        "Stadium Operations Manager",
        "Chief Operating Officer",
        [
            "Turnstiles, gates and the Gatewise readers; the fabric of the stands, concourses and "
            "kiosks; cabling, power and utilities; contractors on site and the close-season works "
            "programme."
        ],
    ),
    (
        "",
        "Head Groundsman",
        "Stadium Operations Manager",
        [
            "The hybrid pitch at Tannery Lane and the training pitches: decides how many matches "
            "the pitch can take and when it is renovated."
        ],
    ),
    (
        "Supporters and Commercial",
        "Head of Ticketing and Membership",
        "Chief Operating Officer",
        [
            "Season tickets, memberships and match tickets, with their price bands and the "
            "renewal campaign; SeatLedger and the supporter records in it; the access lists sent "
            "to the turnstiles; the ticket office."
        ],
    ),
    (
        "",
        "Supporter Services Manager",
        "Head of Ticketing and Membership",
        [
            "The supporter contact centre (phone, email and web chat), complaints and refunds, "
            "the matchday help points and the post-match survey."
        ],
    ),
    (
        "",
        "Supporter Liaison Officer",
        "Chief Operating Officer",
        [
            "The link between the club and its supporters that the EFL requires: supporters' "
            "groups, fans' forums and away travel, and the Supporters' Advisory Board's meetings, "
            "papers and minutes. Complaints go to the Supporter Services Manager."
        ],
    ),
    (
        "",
        "Disability Access Officer",
        "Chief Operating Officer",
        [
            "Accessible seating, the sensory room, the access statement and the yearly access "
            "audit; tests every new matchday service with disabled supporters before it goes "
            "live."
        ],
    ),
    (
        "",
        "Head of Hospitality and Catering",
        "Chief Operating Officer",
        [
            "The concourse kiosks and the hospitality suites: menus, stock, kiosk staffing "
            "rotas, till operation and TillPoint's set-up; the premises licence conditions for "
            "the bars."
        ],
    ),
    (
        "Business Services",
        "Head of Digital",
        "Chief Executive",
        ["The Rovers+ app, the website, email and social channels, and the app's ticket wallet."],
    ),
    (
        "",
        "IT and Data Manager",
        "Finance Director",
        [
            "Network, Wi-Fi, devices and user accounts; data protection and the records of "
            "processing; the Dugout reporting warehouse and its Power BI dashboards; the links "
            "between systems."
        ],
    ),
    (
        "",
        "People Manager",
        "Finance Director",
        [
            "Employment contracts, the casual staff payroll, right-to-work checks, the staff "
            "handbook and the induction of new employees.",
            "Steward and volunteer recruitment is the Stewarding and Volunteers Coordinator's, "
            "and steward qualifications are the Safety Officer's.",
        ],
    ),
    (
        "Women's Team and Community",
        "Women's Team General Manager",
        "Chief Operating Officer",
        [
            "Runs Marlbeck Rovers Women off the pitch: matchday planning with the Deputy Safety "
            "Officer, travel, the move from Hobb's Meadow to Tannery Lane and building the "
            "women's crowds. Women's tickets stay on Fixtur until Ticketing and Membership takes "
            "them into SeatLedger."
        ],
    ),
    (
        "",
        "Community Trust Chief Executive",
        "Trustees of the Community Trust",
        [
            "Leads Marlbeck Rovers Community Trust, a separate charity: its schools, health and "
            "disability programmes, the schools' free-tickets scheme and the Trust's matchday "
            "collections. Works with the club under a memorandum of understanding."
        ],
    ),
    (
        "Consulted bodies (not club staff)",
        "Supporters' Advisory Board Chair",
        CONSULTED,
        [
            "Chairs the Supporters' Advisory Board, which the club consults on season-ticket "
            "prices, renewal terms and how supporters pay on matchdays. Advises; does not decide "
            "or take on club work."
        ],
    ),
    (
        "",
        "Safety Advisory Group Chair",
        CONSULTED,
        [
            "Chairs Marlbeck Borough Council's Safety Advisory Group for Tannery Lane, which is "
            "consulted on the certificate and on any change to capacity, turnstiles, stewarding "
            "or concourses. The council, not the group, issues the certificate."
        ],
    ),
]

VOLUNTEER_HEAD = ["Volunteer role", "Where", "Contact post", "Matchdays", "Notes"]
VOLUNTEERS = [
    (
        "Matchday Ambassador",
        "All concourses",
        "Stewarding and Volunteers Coordinator",
        "Every home game",
        "Helps supporters find seats, toilets and help points. About 25 a match from a list of 40.",
    ),
    (
        "Queue Counter",
        "Kellaway concourse and one kiosk in each other stand",
        "Head of Hospitality and Catering",
        "Home league games",
        "Times half-time queues with a stopwatch and a tally sheet.",
    ),
    (
        "Sensory Room Helper",
        "Kellaway Stand",
        "Disability Access Officer",
        "Every home game",
        "Two a match, trained by the Disability Access Officer.",
    ),
    (
        "Trust Collector",
        "Outside the turnstiles",
        "Community Trust Chief Executive",
        "Two collections a season",
        "Trust volunteers with collection tins.",
    ),
    (
        "Heritage Tour Guide",
        "Tannery Lane, non-matchdays",
        "Supporter Liaison Officer",
        "None",
        "Saturday tours when the men play away.",
    ),
]

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _para(text: str) -> str:
    """One ``text:p`` as Calc writes it: a run of spaces after the first as ``text:s``."""
    out, i = [], 0
    while i < len(text):
        if text[i] == " " and i + 1 < len(text) and text[i + 1] == " ":
            j = i
            while j < len(text) and text[j] == " ":
                j += 1
            n = j - i - 1
            out.append(" " + ("<text:s/>" if n == 1 else f'<text:s text:c="{n}"/>'))
            i = j
        else:
            out.append(escape(text[i]))
            i += 1
    return f"<text:p>{''.join(out)}</text:p>"


def _cell(paragraphs: list[str], style: str | None = None) -> str:
    if not paragraphs or paragraphs == [""]:
        return (
            "<table:table-cell/>"
            if style is None
            else f'<table:table-cell table:style-name="{style}"/>'
        )
    st = f' table:style-name="{style}"' if style else ""
    body = "".join(_para(p) for p in paragraphs)
    return (
        f'<table:table-cell{st} office:value-type="string" calcext:value-type="string">'
        f"{body}</table:table-cell>"
    )


def _row(cells: list[str], style: str = "ro1") -> str:
    return f'<table:table-row table:style-name="{style}">{"".join(cells)}</table:table-row>'


def _blank_row(width: int) -> str:
    return _row([f'<table:table-cell table:number-columns-repeated="{width}"/>'])


def _content_xml() -> str:
    styles = (
        "<office:automatic-styles>"
        '<style:style style:name="co1" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="1.611in"/>'
        "</style:style>"
        '<style:style style:name="co2" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="2.361in"/>'
        "</style:style>"
        '<style:style style:name="co3" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="1.944in"/>'
        "</style:style>"
        '<style:style style:name="co4" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="6.25in"/>'
        "</style:style>"
        '<style:style style:name="ro1" style:family="table-row">'
        '<style:table-row-properties style:row-height="0.178in" fo:break-before="auto" '
        'style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ro2" style:family="table-row">'
        '<style:table-row-properties style:row-height="0.65in" fo:break-before="auto" '
        'style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="true" style:writing-mode="lr-tb"/>'
        "</style:style>"
        '<style:style style:name="ce1" style:family="table-cell" '
        'style:parent-style-name="Default"><style:text-properties fo:font-size="12pt" '
        'fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce2" style:family="table-cell" '
        'style:parent-style-name="Default"><style:table-cell-properties '
        'fo:background-color="#d9ead3"/><style:text-properties fo:font-weight="bold"/>'
        "</style:style>"
        '<style:style style:name="ce3" style:family="table-cell" '
        'style:parent-style-name="Default"><style:table-cell-properties '
        'style:vertical-align="top" fo:wrap-option="wrap"/></style:style>'
        "</office:automatic-styles>"
    )
    posts = [
        _row(
            [
                _cell(["Marlbeck Rovers Football Club: posts and remits, June 2028"], "ce1"),
                '<table:table-cell table:number-columns-repeated="3"/>',
            ]
        ),
        _blank_row(4),
        _row([_cell([h], "ce2") for h in POST_HEAD]),
    ]
    for dept, post, reports, remit in POSTS:
        cells = [
            _cell([dept], "ce3"),
            _cell([post], "ce3"),
            _cell([reports], "ce3"),
            _cell(remit, "ce3"),
        ]
        posts.append(_row(cells, "ro2" if len(remit) > 1 else "ro1"))
    posts.append(_blank_row(4))
    posts.append(
        _row(
            [
                _cell(
                    [
                        "Remits in more detail: the Safety and Licensing Charter and the Operations "
                        "Board's terms of reference."
                    ]
                ),
                '<table:table-cell table:number-columns-repeated="3"/>',
            ]
        )
    )
    vols = [_row([_cell([h], "ce2") for h in VOLUNTEER_HEAD])]
    for row in VOLUNTEERS:
        vols.append(_row([_cell([c], "ce3") for c in row]))
    sheet1 = (
        '<table:table table:name="Posts" table:style-name="ta1">'
        '<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co2" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co3" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        + "".join(posts)
        + "</table:table>"
    )
    sheet2 = (
        '<table:table table:name="Volunteer roles" table:style-name="ta1">'
        '<table:table-column table:style-name="co2" table:number-columns-repeated="3" '
        'table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        + "".join(vols)
        + "</table:table>"
    )
    return (
        _HEAD
        + f'<office:document-content {_NS} office:version="1.3">'
        + "<office:scripts/>"
        + "<office:font-face-decls>"
        + '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation '
        + 'Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
        + "</office:font-face-decls>"
        + styles
        + "<office:body><office:spreadsheet>"
        + '<table:calculation-settings table:automatic-find-labels="false" '
        + 'table:use-regular-expressions="false" table:use-wildcards="true"/>'
        + sheet1
        + sheet2
        + "<table:named-expressions/>"
        + "</office:spreadsheet></office:body></office:document-content>"
    )


def _styles_xml() -> str:
    return (
        _HEAD
        + f'<office:document-styles {_NS} office:version="1.3">'
        + "<office:font-face-decls>"
        + '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation '
        + 'Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
        + "</office:font-face-decls>"
        + "<office:styles>"
        + '<style:default-style style:family="table-cell">'
        + '<style:paragraph-properties style:tab-stop-distance="0.5in"/>'
        + '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" '
        + 'fo:language="en" fo:country="GB"/></style:default-style>'
        + '<style:style style:name="Default" style:family="table-cell"/>'
        + "</office:styles>"
        + "<office:automatic-styles>"
        + '<style:page-layout style:name="pm1"><style:page-layout-properties '
        + 'style:writing-mode="lr-tb"/></style:page-layout>'
        + "</office:automatic-styles>"
        + "<office:master-styles>"
        + '<style:master-page style:name="Default" style:page-layout-name="pm1"/>'
        + "</office:master-styles></office:document-styles>"
    )


def _meta_xml() -> str:
    cells = 3 + 4 + 4 * len(POSTS) + 1 + 5 * (len(VOLUNTEERS) + 1)
    return (
        _HEAD
        + f'<office:document-meta {_NS} office:version="1.3"><office:meta>'
        + f"<meta:creation-date>{ODS_CREATED}</meta:creation-date>"
        + f"<dc:date>{ODS_DATE}</dc:date>"
        + "<meta:editing-duration>PT3H41M12S</meta:editing-duration>"
        + "<meta:editing-cycles>27</meta:editing-cycles>"
        + f"<meta:generator>{GENERATOR}</meta:generator>"
        + "<dc:title>Club staff: posts and remits</dc:title>"
        + "<meta:initial-creator>Karen Lowe</meta:initial-creator>"
        + "<dc:creator>Karen Lowe</dc:creator>"
        + f'<meta:document-statistic meta:table-count="2" meta:cell-count="{cells}" '
        + 'meta:object-count="0"/>'
        + "</office:meta></office:document-meta>"
    )


def _settings_xml() -> str:
    return (
        _HEAD
        + f'<office:document-settings {_NS} office:version="1.3"><office:settings>'
        + '<config:config-item-set config:name="ooo:view-settings">'
        + '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
        + '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
        + '<config:config-item config:name="ActiveTable" config:type="string">Posts'
        + "</config:config-item>"
        + "</config:config-item-map-entry></config:config-item-map-indexed>"
        + "</config:config-item-set></office:settings></office:document-settings>"
    )


def _manifest_xml() -> str:
    entries = [
        ("/", ODS_MIME, ' manifest:version="1.3"'),
        ("manifest.rdf", "application/rdf+xml", ""),
        ("styles.xml", "text/xml", ""),
        ("content.xml", "text/xml", ""),
        ("meta.xml", "text/xml", ""),
        ("settings.xml", "text/xml", ""),
    ]
    body = "".join(
        f' <manifest:file-entry manifest:full-path="{p}"{extra} manifest:media-type="{m}"/>\n'
        for p, m, extra in entries
    )
    return (
        _HEAD
        + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        + ' manifest:version="1.3">\n'
        + body
        + "</manifest:manifest>"
    )


def _manifest_rdf() -> str:
    return (
        _HEAD
        + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        + '<rdf:Description rdf:about="content.xml"><rdf:type rdf:resource="http://docs.oasis-'
        + 'open.org/ns/office/1.2/meta/odf#ContentFile"/></rdf:Description>'
        + '<rdf:Description rdf:about=""><ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/'
        + 'office/1.2/meta/pkg#" rdf:resource="content.xml"/></rdf:Description>'
        + '<rdf:Description rdf:about=""><rdf:type rdf:resource="http://docs.oasis-open.org/ns/'
        + 'office/1.2/meta/pkg#Document"/></rdf:Description>'
        + "</rdf:RDF>"
    )


def staff_ods() -> bytes:
    """The roster spreadsheet: ``mimetype`` first and stored, then the parts in name order."""
    parts = {
        "META-INF/manifest.xml": _manifest_xml(),
        "content.xml": _content_xml(),
        "manifest.rdf": _manifest_rdf(),
        "meta.xml": _meta_xml(),
        "settings.xml": _settings_xml(),
        "styles.xml": _styles_xml(),
    }
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=ODS_TIME)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        z.writestr(info, ODS_MIME)
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ODS_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name].encode("utf-8"))
    return out.getvalue()


# =========================================================================== build


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/people/club-staff.ods"] = staff_ods()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
