"""Build the dev17 case ``harrowgate-museums``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl, python-docx and
python-pptx. reportlab is not in the project's lock, so use (or make) a separate venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev17/build_harrowgate_museums.py [out-folder]

Writes, under ``evals/dev17/harrowgate-museums/`` (or ``<out-folder>/harrowgate-museums/``),
every file of the case but ``gold.json``:

- ``doors-open-strategy-2029-2032.pdf``: a city museums trust's three-year strategy as a PDF
  exported from Apple Keynote, imitated with reportlab's canvas in core Helvetica: 17 pages of
  1920 x 1080 pt (16:9), no slide numbers, big display type, a small upper-case letter-spaced
  "kicker" ("03  PRIORITY 1") above every title, so the title is never the page's first line.
  The text is written the way Keynote's export writes it: every line of every text box is its
  own text object at its own position (no line-advance operator), so a line that shares a
  baseline with the line drawn just before it (a bullet and its text, a table row's cells)
  is read with it; bullets are separate "•" glyphs drawn left of their text, and wrapped
  bullet text continues on the next line at the text's indent; "big number" builds (a huge
  figure over a small caption, four side by side); two-column slides whose right column is
  drawn before the left (Keynote's z-order), so the raw text order is not the reading order;
  a section divider with two big words; a full-bleed image placeholder (a filled rectangle)
  with a one-line quote; the roadmap drawn as a timeline (year bands, four phase bars with
  their names above and their month spans inside, milestone circles with labels, four gate
  diamonds); the KPI slide as a drawn table (rules and text, no table object): Measure /
  Today / Target, plus one tile with a target and its date. The Producer and Creator are
  Keynote's.
- ``org/``: the roster as an HTML intranet page saved from the Trust's SharePoint "Who's who"
  (``people/who-we-are.html``: head, style and script blocks, a nav bar, breadcrumbs, an h2
  per department with role cards ``<div class="card">`` of an h3 title, a "Reports to: ... |
  Programme involvement: ..." line and a list of responsibilities; one department as an HTML
  table Role | Team | Involvement | Remit; HTML entities; a footer with "Page last updated"
  and a cookie notice), the Programme Board's terms of reference, a systems and data note,
  measure definitions, a summary of the management agreement with the City Council, a summary
  of the national funder's agreement, a volunteer policy extract, a Quarry Lane fact sheet,
  the learning team's year in review and an email from the Unison branch.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, and the text files as literal strings (through
``evals/dev16/_build.py``). It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev17").
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "harrowgate-museums"
DECK = "doors-open-strategy-2029-2032.pdf"

W, H = 1920.0, 1080.0
LEFT = 120.0
RIGHT = W - 120.0

PAPER = colors.Color(250 / 255, 248 / 255, 244 / 255)
INK = colors.Color(29 / 255, 29 / 255, 31 / 255)
ACCENT = colors.Color(138 / 255, 28 / 255, 43 / 255)
MUTED = colors.Color(108 / 255, 108 / 255, 112 / 255)
PANEL = colors.Color(238 / 255, 232 / 255, 224 / 255)
RULE = colors.Color(190 / 255, 184 / 255, 176 / 255)
BAR = colors.Color(214 / 255, 196 / 255, 178 / 255)
DEEP = colors.Color(52 / 255, 58 / 255, 64 / 255)
WHITE = colors.white

SANS = "Helvetica"
BOLD = "Helvetica-Bold"

# =========================================================================== drawing kit


def _pdf_string(text: str) -> str:
    out = []
    for b in text.encode("cp1252"):
        if b in (0x5C, 0x28, 0x29):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return "".join(out)


def _num(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def width(text: str, font: str, size: float, tc: float = 0.0) -> float:
    return stringWidth(text, font, size) + tc * len(text)


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Greedy word wrap by the font's own widths."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        trial = word if not line else f"{line} {word}"
        if width(trial, font, size) <= limit or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


class Slide:
    """One Keynote page. Every text line is its own text object (BT ... Tj ET at an absolute
    position), written in drawing order, as Keynote's PDF export writes it."""

    def __init__(self, c: rl_canvas.Canvas, background: colors.Color = PAPER) -> None:
        self.c = c
        c.setFillColor(background)
        c.rect(0, 0, W, H, fill=1, stroke=0)

    # ------------------------------------------------------------------ text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = SANS,
        size: float = 32,
        color: colors.Color = INK,
        align: str = "left",
        tc: float = 0.0,
    ) -> None:
        w = width(s, font, size, tc)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        spacing = f"{_num(tc)} Tc " if tc else ""
        reset = " 0 Tc" if tc else ""
        self.c._code.append(
            f"BT {spacing}1 0 0 1 {_num(x)} {_num(y)} Tm ({_pdf_string(s)}) Tj{reset} ET"
        )

    def lines(
        self,
        x: float,
        y: float,
        text: str,
        limit: float,
        font: str = SANS,
        size: float = 32,
        color: colors.Color = INK,
        leading: float = 1.22,
        align: str = "left",
    ) -> float:
        """A wrapped paragraph from baseline ``y`` down; returns the next baseline."""
        for line in wrap(text, font, size, limit):
            self.text(x, y, line, font, size, color, align)
            y -= size * leading
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        limit: float,
        size: float = 32,
        color: colors.Color = INK,
        gap: float = 16.0,
        indent: float = 42.0,
        bullet_color: colors.Color = ACCENT,
        font: str = SANS,
    ) -> float:
        """Bullets as separate glyphs left of their text; wrapped text keeps the indent."""
        for item in items:
            self.text(x, y, "\u2022", SANS, size, bullet_color)
            y = self.lines(x + indent, y, item, limit - indent, font, size, color)
            y -= gap
        return y

    def kicker(self, label: str, color: colors.Color = ACCENT) -> None:
        self.text(LEFT, 968, label, BOLD, 22, color, tc=3.0)

    def title(self, text: str, size: float = 76, color: colors.Color = INK) -> float:
        return self.lines(LEFT, 868, text, RIGHT - LEFT, BOLD, size, color, leading=1.1)

    # ------------------------------------------------------------------ shapes
    def rect(self, x, y, w, h, fill=None, stroke=None, line=1.5, radius=0.0) -> None:
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(line)
        if radius:
            c.roundRect(
                x, y, w, h, radius, fill=int(fill is not None), stroke=int(stroke is not None)
            )
        else:
            c.rect(x, y, w, h, fill=int(fill is not None), stroke=int(stroke is not None))

    def rule(self, x1, y1, x2, y2, color=RULE, line=1.5) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(line)
        self.c.line(x1, y1, x2, y2)

    def circle(self, x, y, r, fill=ACCENT, stroke=None) -> None:
        self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
            self.c.setLineWidth(3)
        self.c.circle(x, y, r, fill=1, stroke=int(stroke is not None))

    def diamond(self, x, y, r, fill=INK) -> None:
        p = self.c.beginPath()
        p.moveTo(x, y + r)
        p.lineTo(x + r, y)
        p.lineTo(x, y - r)
        p.lineTo(x - r, y)
        p.close()
        self.c.setFillColor(fill)
        self.c.drawPath(p, fill=1, stroke=0)


# =========================================================================== pages


def page_cover(s: Slide) -> None:
    s.rect(0, 0, 36, H, fill=ACCENT)
    s.text(LEFT, 700, "HARROWGATE MUSEUMS TRUST", BOLD, 26, ACCENT, tc=4.0)
    s.text(LEFT, 520, "Doors Open", BOLD, 200, INK)
    s.text(LEFT, 420, "Our strategy for September 2029 to August 2032", SANS, 48, INK)
    s.text(
        LEFT,
        200,
        "Corrick Gallery  \u00b7  Cinderhill Works  \u00b7  Fellbarrow Hall  \u00b7  Quarry Lane Collections Centre",
        SANS,
        28,
        MUTED,
    )
    s.text(
        LEFT, 150, "Board of Trustees  \u00b7  18 June 2029  \u00b7  For decision", SANS, 28, MUTED
    )


def page_numbers(s: Slide) -> None:
    s.kicker("01  WHERE WE ARE")
    s.title("Four sites, one city, 620,000 visits")
    figures = [
        ("620k", "visits a year across our four sites"),
        ("31,400", "pupils in facilitated school sessions"),
        ("38%", "of our 410,000 objects online with a picture"),
        ("\u00a33.1m", "earned income: 29% of our \u00a310.7m income"),
    ]
    col = (RIGHT - LEFT) / 4
    for i, (big, caption) in enumerate(figures):
        x = LEFT + i * col
        s.text(x, 560, big, BOLD, 116, ACCENT)
        s.lines(x, 490, caption, col - 60, SANS, 32, INK)
    s.rule(LEFT, 300, RIGHT, 300)
    s.text(
        LEFT,
        240,
        "Corrick Gallery 308,000  \u00b7  Cinderhill Works 201,000  \u00b7  Fellbarrow Hall 98,000  \u00b7  Quarry Lane 13,000",
        SANS,
        30,
        INK,
    )
    s.text(LEFT, 120, "All figures are for the year to 31 March 2029.", SANS, 24, MUTED)


def page_context(s: Slide) -> None:
    s.kicker("01  WHERE WE ARE")
    s.title("What works, and what holds us back")
    mid = LEFT + (RIGHT - LEFT) / 2 + 40
    # Keynote z-order: the right column's box was added first, so it is drawn first
    s.rect(mid - 30, 110, RIGHT - mid + 60, 620, fill=PANEL)
    s.text(mid, 680, "What holds us back", BOLD, 40, ACCENT)
    s.bullets(
        mid,
        610,
        [
            "Only 12% of our visits come from the city\u2019s most deprived neighbourhoods",
            "62% of the collection is known only from paper registers and card indexes",
            "38 of the city\u2019s 96 primary schools did not visit us last year",
            "Earned income has not grown in real terms since 2024",
            "Fellbarrow Hall\u2019s roof needs \u00a32.4m of repairs the council has not yet scheduled",
        ],
        RIGHT - mid - 20,
        size=30,
        gap=14,
    )
    s.text(LEFT, 680, "What works", BOLD, 40, INK)
    s.bullets(
        LEFT,
        610,
        [
            "Free entry at the Corrick Gallery brings 308,000 visits a year",
            "Cinderhill Works\u2019 engine days sell out every bank holiday",
            "410 volunteers gave us 38,000 hours last year",
            "78% of our members renew each year",
        ],
        mid - LEFT - 100,
        size=30,
        gap=14,
    )


def page_divider(s: Slide) -> None:
    s.rect(0, 0, W, H, fill=ACCENT)
    s.text(LEFT, 470, "Our ambition", BOLD, 180, WHITE)


def page_ambition(s: Slide) -> None:
    s.kicker("02  OUR AMBITION")
    y = s.title("Harrowgate\u2019s museums, open to everyone in the city", size=80)
    y -= 40
    s.text(LEFT, y, "By August 2032:", SANS, 40, MUTED)
    y -= 110
    s.text(LEFT, y, "750,000 visits a year,", BOLD, 96, ACCENT)
    y -= 110
    s.text(LEFT, y, "one in five of them from the city\u2019s", BOLD, 96, ACCENT)
    y -= 110
    s.text(LEFT, y, "most deprived neighbourhoods", BOLD, 96, ACCENT)
    y -= 100
    s.rule(LEFT, y, RIGHT, y)
    y -= 60
    s.text(
        LEFT,
        y,
        "Our purpose: to care for Harrowgate\u2019s collections and share them with everyone who lives here.",
        SANS,
        32,
        INK,
    )


def page_priorities(s: Slide) -> None:
    s.kicker("03  FOUR PRIORITIES")
    s.title("Four priorities, three foundations")
    pillars = [
        ("1", "Reach everyone", "More people, and more of the city, through our doors"),
        ("2", "Open the collections", "Put the stores online and on show"),
        ("3", "Learning for every child", "Every primary school in the city, every year"),
        ("4", "Pay our own way", "Earn more of what we spend"),
    ]
    col = (RIGHT - LEFT) / 4
    for i, (num, name, line) in enumerate(pillars):
        x = LEFT + i * col
        s.rect(x, 330, col - 30, 400, fill=PANEL)
        s.text(x + 30, 640, num, BOLD, 80, ACCENT)
        y = s.lines(x + 30, 540, name, col - 90, BOLD, 38, INK, leading=1.15)
        s.lines(x + 30, y - 20, line, col - 90, SANS, 28, INK)
    s.rect(LEFT, 150, RIGHT - LEFT - 30, 130, fill=DEEP)
    s.text(LEFT + 30, 230, "Foundations", BOLD, 30, WHITE)
    s.text(
        LEFT + 30,
        180,
        "Our people and volunteers  \u00b7  One set of visitor numbers  \u00b7  Buildings fit to open",
        SANS,
        30,
        WHITE,
    )


def priority_page(
    s: Slide,
    kicker: str,
    title: str,
    goal: str,
    actions: list[str],
    know: list[str],
    lead: str,
) -> None:
    s.kicker(kicker)
    y = s.title(title)
    y = s.lines(LEFT, y - 10, goal, RIGHT - LEFT, BOLD, 36, ACCENT, leading=1.2)
    top = y - 50
    split = LEFT + 1060
    # the right column's panel and text are drawn before the left column (Keynote z-order)
    s.rect(split, 90, RIGHT - split, top - 40, fill=PANEL)
    s.text(split + 40, top - 30, "How we will know", BOLD, 34, ACCENT)
    ky = top - 100
    for item in know:
        ky = s.lines(split + 40, ky, item, RIGHT - split - 80, SANS, 30, INK)
        ky -= 22
    s.lines(split + 40, 140, lead, RIGHT - split - 80, SANS, 26, MUTED)
    s.text(LEFT, top - 30, "What we will do", BOLD, 34, INK)
    s.bullets(LEFT, top - 100, actions, split - LEFT - 80, size=30, gap=14)


def page_p1(s: Slide) -> None:
    priority_page(
        s,
        "03  PRIORITY 1",
        "Reach everyone",
        "Goal: 750,000 visits a year by August 2032, one in five of them from the city\u2019s most deprived neighbourhoods",
        [
            "Launch a free Neighbours Pass at Cinderhill Works for residents of the six wards around it, January 2030",
            "Extend the Neighbours Pass to Fellbarrow Hall from September 2031 if Gate G2 says go",
            "Open the Corrick Gallery until 8pm on the first Friday of every month from October 2029",
            "Co-curate one exhibition a year with the Young People\u2019s Panel",
            "Take a postcode with every ticket sold at the door, not only online",
            "Run a quarterly doorstep postcode survey at the Corrick Gallery",
        ],
        [
            "Visits a year: 620,000 to 750,000",
            "Visits from the most deprived neighbourhoods: 12% to 20%",
        ],
        "Lead: Head of Visitor Experience",
    )


def page_p2(s: Slide) -> None:
    priority_page(
        s,
        "03  PRIORITY 2",
        "Open the collections",
        "Goal: seven in ten of our 410,000 objects online, with a picture, by August 2032",
        [
            "Key in the paper accession registers, industry and social history first",
            "Set up a second photography station at Quarry Lane by March 2030",
            "Photograph 900 objects a week: a picture and a basic record first, detail later",
            "Publish every new Curio record to Collections Online each night",
            "Train 24 volunteer tour guides for Quarry Lane by March 2031",
            "Open the stores to the public every Saturday from April 2031",
        ],
        [
            "Objects online with a record and picture: 38% to 70%",
            "Quarry Lane open every Saturday from April 2031",
        ],
        "Lead: Head of Collections & Research",
    )


def page_p3(s: Slide) -> None:
    priority_page(
        s,
        "03  PRIORITY 3",
        "Learning for every child",
        "Goal: every one of the city\u2019s 96 primary schools visits us each year by 2031/32",
        [
            "Put school bookings online by April 2030, so teachers can see free dates and book",
            "Set up a \u00a360,000 a year coach fund for the 40 schools with most pupils on free school meals",
            "Write four new KS2 sessions with teachers from six city schools",
            "Train 30 volunteer learning assistants by September 2030",
            "Send a handling box to every school that cannot come in a given year",
        ],
        [
            "Pupils in facilitated sessions: 31,400 to 45,000",
            "Primary schools visiting each year: 58 to 96",
        ],
        "Lead: Head of Learning & Communities",
    )


def page_p4(s: Slide) -> None:
    priority_page(
        s,
        "03  PRIORITY 4",
        "Pay our own way",
        "Goal: earned income from \u00a33.1m to \u00a34.4m a year, and the council\u2019s grant from 46% to 38% of our income, by August 2032",
        [
            "Rebuild the Cinderhill Works shop and caf\u00e9 beside the engine hall, open by Easter 2031",
            "Sell Fellbarrow Hall for weddings and filming: 40 bookings a year by 2031/32",
            "Move membership renewals to email and direct debit by March 2030",
            "Put contactless giving points at every site by December 2029",
            "Link the shop and caf\u00e9 tills to GateLine",
        ],
        [
            "Earned income: \u00a33.1m to \u00a34.4m",
            "Paying members: 6,800 to 10,000",
        ],
        "Lead: Head of Commercial & Enterprises",
    )


def page_quote(s: Slide) -> None:
    # a full-bleed photograph placeholder (Keynote exports a missing image as its fill)
    s.rect(0, 0, W, H, fill=DEEP)
    s.rect(0, 0, W, 300, fill=colors.Color(38 / 255, 42 / 255, 46 / 255))
    s.text(
        LEFT,
        180,
        "\u201cI never knew my grandad\u2019s lathe was here until I saw it turning.\u201d",
        BOLD,
        54,
        WHITE,
    )
    s.text(LEFT, 120, "Visitor, Cinderhill Works engine day, August 2028", SANS, 26, BAR)


def page_kpis(s: Slide) -> None:
    s.kicker("04  HOW WE WILL KNOW")
    s.title("Nine measures, one clock")
    s.text(
        LEFT,
        770,
        "Today = the year to March 2029. Targets = the 12 months to August 2032.",
        SANS,
        28,
        MUTED,
    )
    x0, x1, x2, x3 = LEFT, LEFT + 720, LEFT + 900, LEFT + 1120
    top = 720
    row_h = 58
    s.rule(x0, top, x3, top, INK, 2.5)
    s.text(x0, top - 42, "Measure", BOLD, 28, INK)
    s.text(x1, top - 42, "Today", BOLD, 28, INK)
    s.text(x2, top - 42, "2032 target", BOLD, 28, INK)
    y = top - row_h
    s.rule(x0, y, x3, y, INK, 1.5)
    rows = [
        ("Visits a year, all four sites", "620,000", "750,000"),
        ("Visits from the city\u2019s most deprived neighbourhoods", "12%", "20%"),
        ("Pupils in facilitated school sessions a year", "31,400", "45,000"),
        ("City primary schools visiting each year", "58 of 96", "96 of 96"),
        ("Objects online with a record and picture", "38%", "70%"),
        ("Earned income a year", "\u00a33.1m", "\u00a34.4m"),
        ("Paying members", "6,800", "10,000"),
        ("Volunteer hours a year", "38,000", "50,000"),
        ("Visitors who would recommend us", "91%", "set at G2"),
    ]
    for measure, today, target in rows:
        s.text(x0, y - 40, measure, SANS, 28, INK)
        s.text(x1, y - 40, today, SANS, 28, INK)
        s.text(x2, y - 40, target, BOLD, 28, ACCENT)
        y -= row_h
        s.rule(x0, y, x3, y, RULE, 1.0)
    # the tile
    tx = x3 + 60
    s.rect(tx, 330, RIGHT - tx, 390, fill=ACCENT)
    s.text(tx + 30, 650, "Open stores", BOLD, 40, WHITE)
    s.text(tx + 30, 590, "Quarry Lane open every Saturday", SANS, 28, WHITE)
    s.text(tx + 30, 440, "from", SANS, 30, WHITE)
    s.text(tx + 30, 370, "April 2031", BOLD, 52, WHITE)


MONTH_X0 = LEFT + 40
MONTH_W = (RIGHT - MONTH_X0 - 20) / 36


def _mx(month: float) -> float:
    return MONTH_X0 + month * MONTH_W


def page_roadmap(s: Slide) -> None:
    s.kicker("05  ROADMAP")
    s.title("36 months, four phases, four gates")
    # year bands
    years = [
        (0, 12, "Year 1  \u00b7  Sep 2029 \u2013 Aug 2030"),
        (12, 24, "Year 2  \u00b7  Sep 2030 \u2013 Aug 2031"),
        (24, 36, "Year 3  \u00b7  Sep 2031 \u2013 Aug 2032"),
    ]
    for i, (a, b, label) in enumerate(years):
        s.rect(_mx(a), 720, _mx(b) - _mx(a) - 4, 50, fill=PANEL if i % 2 == 0 else BAR)
        s.text(_mx(a) + 16, 735, label, BOLD, 24, INK)
    for m in range(0, 37, 3):
        s.rule(_mx(m), 712, _mx(m), 70, RULE, 0.8)
    # phase bars: the name above, the span inside
    phases = [
        (0, 4, "Phase 1  \u00b7  Get ready", "Sep \u2013 Dec 2029"),
        (4, 16, "Phase 2  \u00b7  Prove it at Cinderhill", "Jan \u2013 Dec 2030"),
        (16, 30, "Phase 3  \u00b7  Open every door", "Jan 2031 \u2013 Feb 2032"),
        (30, 36, "Phase 4  \u00b7  Make it how we work", "Mar \u2013 Aug 2032"),
    ]
    y = 660
    for a, b, name, span in phases:
        if b == 36:  # no room above the last bar: its name sits left of it, on its row
            s.text(_mx(a) - 14, y - 36, name, BOLD, 26, INK, align="right")
        else:
            s.text(_mx(a) + 4, y + 12, name, BOLD, 26, INK)
        s.rect(_mx(a), y - 46, _mx(b) - _mx(a) - 4, 38, fill=ACCENT)
        s.text(_mx(a) + 14, y - 35, span, SANS, 22, WHITE)
        y -= 66
    # milestones
    line_y = 260
    s.rule(_mx(0), line_y, _mx(36), line_y, INK, 2.5)
    milestones = [
        (1, "Oct 2029", "First Friday lates begin at the Corrick", True),
        (4, "Jan 2030", "Neighbours Pass opens at Cinderhill", False),
        (7, "Apr 2030", "School bookings online", True),
        (12, "Sep 2030", "Quarry Lane\u2019s first open Saturday", False),
        (19, "Apr 2031", "Quarry Lane open every Saturday; new Cinderhill shop", True),
        (24, "Sep 2031", "Neighbours Pass at Fellbarrow Hall", False),
    ]
    for m, date, label, above in milestones:
        x = _mx(m)
        s.circle(x, line_y, 13, fill=WHITE, stroke=ACCENT)
        if above:
            s.lines(x - 10, line_y + 70, label, 250, SANS, 20, INK, leading=1.15)
            s.text(x - 10, line_y + 100, date, BOLD, 22, ACCENT)
        else:
            s.text(x - 10, line_y - 50, date, BOLD, 22, ACCENT)
            s.lines(x - 10, line_y - 80, label, 250, SANS, 20, INK, leading=1.15)
    # gates
    gates = [
        (4, "G1  \u00b7  Dec 2029", "ready to pilot?"),
        (16, "G2  \u00b7  Dec 2030", "Neighbours Pass go/no-go"),
        (30, "G3  \u00b7  Feb 2032", "every site on the new way?"),
        (36, "G4  \u00b7  Aug 2032", "close and hand over"),
    ]
    for m, label, question in gates:
        x = _mx(m)
        s.diamond(x, 95, 16, INK)
        if m == 36:  # the last gate's label sits above it, right-aligned, clear of G3's
            s.text(x + 16, 150, label, BOLD, 22, INK, align="right")
            s.text(x + 16, 124, question, SANS, 20, INK, align="right")
        else:
            s.text(x + 24, 95, label, BOLD, 22, INK)
            s.text(x + 24, 68, question, SANS, 20, INK)
    s.text(
        LEFT,
        28,
        "Month 0 = September 2029. Gates are decided by the Doors Open Programme Board.",
        SANS,
        22,
        MUTED,
    )


def page_pilot(s: Slide) -> None:
    s.kicker("06  THE PILOT")
    s.title("The Neighbours Pass at Cinderhill Works")
    s.lines(
        LEFT,
        770,
        "January to November 2030: free entry for Cinderhill\u2019s neighbours, tested at one site before we take it further.",
        RIGHT - LEFT,
        SANS,
        32,
        MUTED,
    )
    split = LEFT + 1040
    # right column drawn first
    s.rect(split, 110, RIGHT - split, 560, fill=PANEL)
    s.text(split + 40, 610, "Pass marks at Gate G2", BOLD, 34, ACCENT)
    s.bullets(
        split + 40,
        540,
        [
            "12,000 Neighbours Passes issued",
            "3 in 10 pass holders visit twice or more",
            "Cinderhill visits from the six wards up from 15% to 25%",
            "Cinderhill ticket income at least 95% of 2029\u2019s",
        ],
        RIGHT - split - 80,
        size=28,
        gap=14,
    )
    s.text(LEFT, 610, "What we will test", BOLD, 34, INK)
    s.bullets(
        LEFT,
        540,
        [
            "Free entry for residents of Saltley Bank, Holmfield, Brickhouse, Canal Side, St Anne\u2019s and Netherby",
            "The pass issued in GateLine at the door, by postcode, from Saturday 5 January 2030",
            "An engine demonstration and a family trail every Saturday",
            "Ten community groups in the six wards bring their members",
            "The Programme Board decides at Gate G2 in December 2030",
        ],
        split - LEFT - 80,
        size=30,
        gap=14,
    )


def page_risks(s: Slide) -> None:
    s.kicker("07  RISKS")
    s.title("What could go wrong, and what we will do")
    x0, x1 = LEFT, LEFT + 760
    top = 770
    s.text(x0, top, "Risk", BOLD, 28, MUTED)
    s.text(x1, top, "What we will do", BOLD, 28, MUTED)
    y: float = top - 24
    risks = [
        (
            "Free passes cut Cinderhill\u2019s ticket income",
            "Review income monthly; stop the pass at Gate G2 if income falls below 95% of 2029\u2019s",
        ),
        (
            "Quarry Lane\u2019s fire certificate caps visitors at 40",
            "Timed tickets in GateLine for every open Saturday; ask for a new fire risk assessment by March 2030",
        ),
        (
            "Volunteers seen to replace paid staff",
            "Agree a volunteer role charter with Unison before the learning assistants start",
        ),
        (
            "Fellbarrow Hall\u2019s roof is not funded",
            "Ask the council for a decision by February 2030; plan weddings around the scaffold",
        ),
        (
            "Digitisation falls behind",
            "Publish a picture and a basic record first, and add detail later",
        ),
        (
            "National funding falls after March 2032",
            "Build our 2032\u201335 funding bid on the Doors Open numbers",
        ),
    ]
    for risk, answer in risks:
        s.rule(x0, y, RIGHT, y, RULE, 1.0)
        ry = s.lines(x0, y - 40, risk, x1 - x0 - 60, BOLD, 28, INK)
        ay = s.lines(x1, y - 40, answer, RIGHT - x1, SANS, 28, INK)
        y = min(ry, ay) - 14


def page_first100(s: Slide) -> None:
    s.kicker("08  OUR FIRST 100 DAYS")
    s.title("Our first 100 days")
    s.text(LEFT, 770, "3 September to 11 December 2029", SANS, 36, MUTED)
    half = (RIGHT - LEFT) / 2
    items_left = [
        "Appoint the Doors Open Programme Manager",
        "Hold the first Programme Board on Monday 8 October 2029",
        "Start First Friday lates at the Corrick Gallery on 5 October",
        "Build the Neighbours Pass in GateLine and test it at the Cinderhill door",
        "Choose a school bookings tool",
    ]
    items_right = [
        "Open consultation with Unison on Saturday rotas at Cinderhill",
        "Agree the volunteer role charter with Unison",
        "Count visitors by postcode at the Corrick for two weeks to set the baseline",
        "Ask the City Council for a decision on Fellbarrow Hall\u2019s roof",
        "Bring G1 to the Programme Board in December 2029",
    ]
    s.bullets(LEFT, 680, items_left, half - 60, size=34, gap=26)
    s.bullets(LEFT + half, 680, items_right, half - 20, size=34, gap=26)


def page_ask(s: Slide) -> None:
    s.kicker("09  THE ASK")
    s.title("We ask the trustees to:")
    y = s.bullets(
        LEFT,
        700,
        [
            "Approve Doors Open as the Trust\u2019s strategy to August 2032",
            "Release \u00a31.9m from the designated development fund for phases 1 and 2",
            "Agree the Neighbours Pass at Cinderhill Works as our pilot, with Gate G2 in December 2030 as its go/no-go",
            "Note that the Director & Chief Executive sponsors Doors Open and chairs its Programme Board",
        ],
        RIGHT - LEFT,
        size=40,
        gap=28,
    )
    s.rule(LEFT, y - 10, RIGHT, y - 10)
    s.text(
        LEFT,
        y - 70,
        "Phases 3 and 4 (\u00a32.6m) come back to the Board with the G2 decision.",
        SANS,
        30,
        MUTED,
    )


PAGES = [
    page_cover,
    page_numbers,
    page_context,
    page_divider,
    page_ambition,
    page_priorities,
    page_p1,
    page_p2,
    page_p3,
    page_p4,
    page_quote,
    page_kpis,
    page_roadmap,
    page_pilot,
    page_risks,
    page_first100,
    page_ask,
]


def deck_bytes() -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle("Doors Open")
    c.setAuthor("Harrowgate Museums Trust")
    c.setCreator("Keynote")
    c.setProducer("macOS Version 14.6.1 (Build 23G93) Quartz PDFContext")
    for draw in PAGES:
        draw(Slide(c))
        c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== org folder

WHO_WE_ARE = """
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Microsoft SharePoint">
<title>Who&rsquo;s who &ndash; The Hub &ndash; Harrowgate Museums Trust</title>
<link rel="stylesheet" href="who-we-are_files/hub-theme.css">
<style>
  body { font-family: "Segoe UI", Arial, sans-serif; margin: 0; color: #1d1d1f; background: #faf8f4; }
  .topnav { background: #8a1c2b; padding: 0 24px; }
  .topnav a { color: #fff; display: inline-block; padding: 14px 12px; text-decoration: none; }
  .breadcrumbs { font-size: 13px; padding: 10px 24px; color: #6c6c70; }
  main { max-width: 1100px; margin: 0 auto; padding: 0 24px 48px; }
  h2 { border-bottom: 2px solid #8a1c2b; padding-bottom: 6px; margin-top: 40px; }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 16px; }
  .card { background: #fff; border: 1px solid #e0dad2; border-radius: 6px; padding: 14px 18px; }
  .card h3 { margin: 0 0 4px; font-size: 17px; }
  .meta { font-size: 13px; color: #6c6c70; margin: 0 0 8px; }
  table.roles { border-collapse: collapse; width: 100%; background: #fff; }
  table.roles th, table.roles td { border: 1px solid #e0dad2; padding: 8px 10px; text-align: left; vertical-align: top; }
  footer { font-size: 12px; color: #6c6c70; border-top: 1px solid #e0dad2; padding: 16px 24px; }
  #cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; background: #343a40; color: #fff; padding: 12px 24px; }
</style>
<script>
  window._hubConfig = { site: "hub", page: "who-we-are", tenant: "harrowgatemuseums" };
  function acceptCookies() {
    document.cookie = "hub_cookies=accepted; max-age=31536000; path=/";
    var banner = document.getElementById("cookie-banner");
    if (banner) { banner.style.display = "none"; }
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (document.cookie.indexOf("hub_cookies=accepted") !== -1) { acceptCookies(); }
  });
</script>
</head>
<body>
<nav class="topnav" aria-label="Main">
  <a href="/sites/hub/SitePages/Home.aspx">The Hub</a>
  <a href="/sites/hub/SitePages/News.aspx">News</a>
  <a href="/sites/hub/SitePages/Policies.aspx">Policies &amp; procedures</a>
  <a href="/sites/hub/SitePages/Who-we-are.aspx" aria-current="page">Who&rsquo;s who</a>
  <a href="/sites/hub/SitePages/Doors-Open.aspx">Doors Open</a>
  <a href="/sites/hub/SitePages/IT-help.aspx">IT help</a>
</nav>
<div class="breadcrumbs">The Hub &rsaquo; Our organisation &rsaquo; Who&rsquo;s who</div>
<main>
<h1>Who&rsquo;s who</h1>
<p>This page lists the roles in Harrowgate Museums Trust and in the partners we work with, and each role&rsquo;s part in Doors Open, our strategy for September 2029 to August 2032. <strong>Core</strong> roles lead and deliver programme work; <strong>Extended</strong> roles contribute and are kept informed; <strong>Consult only</strong> roles are asked for their view before decisions and do not take on programme work.</p>
<p>Names and phone extensions are in the staff directory. To change an entry, email the Doors Open Programme Manager.</p>

<h2 id="directorate">Directorate &amp; Resources</h2>
<div class="cards">
  <div class="card">
    <h3>Director &amp; Chief Executive</h3>
    <p class="meta">Reports to:&nbsp;Board of Trustees | Programme involvement: Core</p>
    <ul>
      <li>Leads the Trust and answers to the Board of Trustees for its performance.</li>
      <li>Sponsor of Doors Open; chairs the Doors Open Programme Board and decides each gate.</li>
      <li>Releases each phase&rsquo;s budget from the designated development fund, within the sum the trustees approve.</li>
      <li>Holds the relationship with Harrowgate City Council and the Arts &amp; Heritage Council, and signs our funding bids.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Doors Open Programme Manager</h3>
    <p class="meta">Reports to:&nbsp;Director &amp; Chief Executive | Programme involvement: Core</p>
    <ul>
      <li>Runs the Doors Open plan, risk log and budget tracker day to day.</li>
      <li>Secretary to the Programme Board: prepares gate papers and the monthly numbers pack.</li>
      <li>Tracks the nine Doors Open measures and reports them to the Board of Trustees each quarter.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Head of Finance &amp; Resources</h3>
    <p class="meta">Reports to:&nbsp;Director &amp; Chief Executive | Programme involvement: Core</p>
    <ul>
      <li>Budgets, designated funds, management accounts and the annual data return to the Arts &amp; Heritage Council.</li>
      <li>People: recruitment, HR policy, payroll and employee relations, including consultation with Unison.</li>
      <li>Buildings and safety: the link with the council on repairs and capital works, fire risk assessments and health and safety at all four sites.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Digital &amp; Data Manager</h3>
    <p class="meta">Reports to:&nbsp;Head of Finance &amp; Resources | Programme involvement: Core</p>
    <ul>
      <li>Looks after GateLine, TillPoint, VolunteerBase and our other systems, and manages the contract with Tinplate Digital for the website and Collections Online.</li>
      <li>Builds the Weekly Numbers report and the visitor data behind the Doors Open measures.</li>
      <li>The Trust&rsquo;s data protection lead.</li>
    </ul>
  </div>
</div>

<h2 id="collections">Collections &amp; Research</h2>
<div class="cards">
  <div class="card">
    <h3>Head of Collections &amp; Research</h3>
    <p class="meta">Reports to:&nbsp;Director &amp; Chief Executive | Programme involvement: Core</p>
    <ul>
      <li>Care, documentation and research of the collection of about 410,000 objects, and the Trust&rsquo;s Museum Accreditation.</li>
      <li>Leads Doors Open priority 2, Open the collections, including the digitisation programme.</li>
      <li>Approves loans in and out and the exhibition programme&rsquo;s object lists.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Collections Information Manager</h3>
    <p class="meta">Reports to:&nbsp;Head of Collections &amp; Research | Programme involvement: Core</p>
    <ul>
      <li>Runs Curio, our collections management system, and sets its documentation standards.</li>
      <li>Manages the documentation backlog: keying in the paper registers, photography and the nightly publication of records to Collections Online.</li>
      <li>Manages the collections photographer and the digitisation volunteers&rsquo; work.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Quarry Lane Collections Centre Manager</h3>
    <p class="meta">Reports to:&nbsp;Head of Collections &amp; Research | Programme involvement: Core</p>
    <ul>
      <li>Runs the Quarry Lane Collections Centre: its five stores, security, environment and pest monitoring.</li>
      <li>Public access to Quarry Lane: open days, store tours and research visits.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Senior Curator, Industry &amp; Social History</h3>
    <p class="meta">Reports to:&nbsp;Head of Collections &amp; Research | Programme involvement: Extended</p>
    <ul>
      <li>Curates the industrial and social history collections shown at Cinderhill Works.</li>
      <li>Advises on the content of engine demonstrations, trails and the new KS2 sessions.</li>
    </ul>
  </div>
</div>

<h2 id="visitor-experience">Visitor Experience</h2>
<div class="cards">
  <div class="card">
    <h3>Head of Visitor Experience</h3>
    <p class="meta">Reports to:&nbsp;Director &amp; Chief Executive | Programme involvement: Core</p>
    <ul>
      <li>Front of house at the Corrick Gallery, Cinderhill Works and Fellbarrow Hall: opening hours, admissions, events and accessibility.</li>
      <li>Visitor research: the exit survey, postcode counts and the reach of our audiences across the city.</li>
      <li>Leads Doors Open priority 1, Reach everyone, including First Friday lates and the Neighbours Pass.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Site Manager, Cinderhill Works</h3>
    <p class="meta">Reports to:&nbsp;Head of Visitor Experience | Programme involvement: Core</p>
    <ul>
      <li>Runs Cinderhill Works day to day: front-of-house rotas, admissions and the safety of engine demonstrations.</li>
      <li>Runs the Neighbours Pass pilot on site, from the door to the Saturday programme.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Site Manager, Fellbarrow Hall</h3>
    <p class="meta">Reports to:&nbsp;Head of Visitor Experience | Programme involvement: Extended</p>
    <ul>
      <li>Runs Fellbarrow Hall and its park day to day, including the winter closure of the house.</li>
      <li>Supports weddings, filming and events at the Hall with the commercial team.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Volunteer Coordinator</h3>
    <p class="meta">Reports to:&nbsp;Head of Visitor Experience | Programme involvement: Core</p>
    <ul>
      <li>Recruits, inducts and trains our 410 volunteers and keeps their records and rotas in VolunteerBase.</li>
      <li>Writes volunteer role descriptions and reports volunteer hours.</li>
      <li>Recruits and trains new volunteer roles for Doors Open: tour guides and learning assistants.</li>
    </ul>
  </div>
</div>

<h2 id="learning">Learning &amp; Communities</h2>
<div class="cards">
  <div class="card">
    <h3>Head of Learning &amp; Communities</h3>
    <p class="meta">Reports to:&nbsp;Director &amp; Chief Executive | Programme involvement: Core</p>
    <ul>
      <li>Leads learning for schools, families and communities at all four sites.</li>
      <li>Leads Doors Open priority 3, Learning for every child.</li>
      <li>Works with the Young People&rsquo;s Panel and with community partners in the city&rsquo;s wards.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Schools Programme Manager</h3>
    <p class="meta">Reports to:&nbsp;Head of Learning &amp; Communities | Programme involvement: Core</p>
    <ul>
      <li>Plans and delivers facilitated school sessions and the learning team&rsquo;s timetable.</li>
      <li>School bookings, the coach fund and the handling boxes.</li>
      <li>Writes new sessions with teachers and counts pupils and schools.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Community Engagement Officer</h3>
    <p class="meta">Reports to:&nbsp;Head of Learning &amp; Communities | Programme involvement: Extended</p>
    <ul>
      <li>Works with community groups in the six wards around Cinderhill Works and across the city.</li>
      <li>Brings groups to the Neighbours Pass Saturdays and gathers their feedback.</li>
    </ul>
  </div>
</div>

<h2 id="commercial">Commercial &amp; Development</h2>
<p>Harrowgate Museums Enterprises Ltd, our trading company, runs the shops, caf&eacute;s and venue hire and gives its profits to the Trust.</p>
<table class="roles">
  <thead>
    <tr><th>Role</th><th>Team</th><th>Involvement</th><th>Remit</th></tr>
  </thead>
  <tbody>
    <tr>
      <td>Head of Commercial &amp; Enterprises</td>
      <td>Commercial</td>
      <td>Core</td>
      <td>Shops, caf&eacute;s, venue hire, weddings and filming; managing director of Harrowgate Museums Enterprises Ltd; leads Doors Open priority 4, Pay our own way, and owns the earned income target.</td>
    </tr>
    <tr>
      <td>Membership &amp; Supporter Care Manager</td>
      <td>Development</td>
      <td>Core</td>
      <td>The membership scheme, renewals and Gift Aid; donations at our sites, including contactless giving points; supporter care.</td>
    </tr>
    <tr>
      <td>Marketing &amp; Audiences Manager</td>
      <td>Marketing</td>
      <td>Core</td>
      <td>Campaigns, what&rsquo;s on, press and social media; the website&rsquo;s content; audience profile reports from GateLine postcodes.</td>
    </tr>
    <tr>
      <td>Development Manager (Trusts &amp; Grants)</td>
      <td>Development</td>
      <td>Extended</td>
      <td>Applications to charitable trusts and foundations, and drafting the Arts &amp; Heritage Council funding bid for the Director.</td>
    </tr>
  </tbody>
</table>

<h2 id="consult">People we consult</h2>
<p>These roles are not Trust staff or do not manage programme work. We ask for their view before decisions that affect them.</p>
<div class="cards">
  <div class="card">
    <h3>Unison Branch Representative</h3>
    <p class="meta">Reports to:&nbsp;Unison Harrowgate City branch | Programme involvement: Consult only</p>
    <ul>
      <li>Represents Unison members at the Trust; consulted on rotas, working hours and the use of volunteers.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Client Officer, Culture (Harrowgate City Council)</h3>
    <p class="meta">Reports to:&nbsp;Head of Culture &amp; Leisure, Harrowgate City Council | Programme involvement: Consult only</p>
    <ul>
      <li>The council&rsquo;s officer for the management agreement: opening hours, building works, the annual grant.</li>
    </ul>
  </div>
  <div class="card">
    <h3>Young People&rsquo;s Panel Chair</h3>
    <p class="meta">Reports to:&nbsp;Young People&rsquo;s Panel (elected each September) | Programme involvement: Consult only</p>
    <ul>
      <li>Speaks for the panel of 14 to 25 year olds on exhibitions and programmes for young people.</li>
    </ul>
  </div>
</div>
</main>
<footer>
  <p>Page last updated 14 May 2029 by the Doors Open Programme Manager. Content owner: Directorate.</p>
  <p>&copy; Harrowgate Museums Trust. Registered charity 1098817.</p>
</footer>
<div id="cookie-banner" role="dialog" aria-label="Cookies">
  <p>The Hub uses cookies to remember your settings and to count page visits. <a href="/sites/hub/SitePages/Cookies.aspx">Read about cookies</a> <button type="button" onclick="acceptCookies()">Accept</button></p>
</div>
</body>
</html>
"""


SYSTEMS = """
# Systems and data

Harrowgate Museums Trust. Kept by the Digital & Data Manager; last reviewed April 2029. This
note says what each system does, where it runs, and what it cannot do today.

## GateLine: tickets, membership and bookings

GateLine sells admission tickets at Cinderhill Works and Fellbarrow Hall, our two charging
sites, and the timed tickets for open days at Quarry Lane. It also runs the membership scheme
(6,800 paying members at March 2029), event bookings and Gift Aid declarations. GateLine went
live in April 2026.

Entry to the Corrick Gallery is free and unticketed, so GateLine holds no record of who visits
the gallery. GateLine asks for a postcode only when tickets are bought online; tickets sold at
the door carry none, and 58% of Cinderhill Works tickets are sold at the door. Ticket sales
from before April 2026 stayed in the old ticketing system and were not carried across to
GateLine, so we cannot compare visitor postcodes before and after 2026.

Renewal reminders go to members as posted letters with a paper direct debit mandate, and 41%
of members have given us an email address.

## TillPoint: shops and cafés

TillPoint runs the tills in the shops at the Corrick Gallery and Cinderhill Works and in both
cafés. It does not talk to GateLine, so what a member spends in our shops and cafés cannot be
seen. Fellbarrow Hall has a seasonal tea kiosk, open April to October, and no café; the kiosk
takes payment on a standalone card reader.

## Donations

Contactless donation points are installed at the Corrick Gallery alone. At Cinderhill Works
and Fellbarrow Hall visitors give through cash boxes, which are emptied and counted weekly.

## Curio: the collection

Curio is our collections management system. The collections team uses it at all four sites
for accessions, locations, loans, condition checks and exhibitions. Of the 410,000 objects in
the collection, about 156,000 have a full Curio record with at least one photograph, and those
records are published to Collections Online each night. The other 254,000 are recorded in the
paper accession registers and card indexes kept at Quarry Lane, written between 1891 and 1998,
and have never been keyed in. We have one photography station, at Quarry Lane, and one
collections photographer, who photographs about 300 objects a week.

## Website and Collections Online

Tinplate Digital builds and hosts harrowgatemuseums.org.uk and Collections Online under a
support contract of 12 days a year; the Trust employs no software developers of its own.
Changes beyond those 12 days are quoted and paid for one at a time.

## Counting visits

Door counters at the public entrances of the Corrick Gallery, Cinderhill Works and Fellbarrow
Hall count every visit, and Quarry Lane visits are counted from GateLine's timed tickets. The
Weekly Numbers report in Power BI shows visits, tickets, members, donations and shop and café
takings by site every Monday morning.

## Visitor survey

Front-of-house volunteers run the exit survey on tablets for two weeks in February and two
weeks in August, about 1,600 responses a year. Survey responses are kept for 24 months and then
deleted under our retention schedule, so nothing from before 2027 survives.

## School bookings

Schools book their visits by emailing the learning inbox. The learning administrator types each
booking into a shared Outlook calendar by hand, and teachers cannot see free dates or book for
themselves.

## Wi-Fi and mobile signal

Public Wi-Fi is available at the Corrick Gallery only. The mobile signal in the engine hall at
Cinderhill Works is weak. At Fellbarrow Hall the network reaches the ticket desk and the estate
office but not the house itself.

## VolunteerBase

VolunteerBase holds every volunteer's record, roles, training and rota, and volunteers log
their hours in it. The Volunteer Coordinator runs it.

## Quarry Lane environment

Environmental data loggers are fitted in two of Quarry Lane's five stores, A and B. In stores C,
D and E, temperature and humidity are read from dial hygrometers once a week and written in a
log book.

## Finance and people

Sage holds the accounts and BrightPay runs payroll for the Trust and for Harrowgate Museums
Enterprises Ltd. HR records are kept in Sage HR.
"""


BOARD = """
# Doors Open Programme Board: terms of reference

Agreed by the senior management team on 21 May 2029, to take effect if the Board of Trustees
approves Doors Open on 18 June 2029. Kept by the Doors Open Programme Manager.

## Purpose

The Programme Board runs Doors Open, the Trust's strategy from September 2029 to August 2032.
It keeps the four priorities on course, decides at each of the four gates whether the work goes
on, changes or stops, and reports to the Board of Trustees.

## Chair and members

Chair: the Director & Chief Executive, as sponsor of Doors Open.

Members: the Head of Finance & Resources, the Head of Collections & Research, the Head of Visitor
Experience, the Head of Learning & Communities, the Head of Commercial & Enterprises and the
Digital & Data Manager. The Doors Open Programme Manager is secretary.

The Young People's Panel Chair attends when an item about young people's programmes is on the
agenda. The Unison Branch Representative is invited whenever an item touches rotas, working
hours or volunteers' roles.

## Rhythm

The Board meets on the second Monday of each month at the Corrick Gallery; its first meeting
is on Monday 8 October 2029. The Programme Manager circulates the pack, with the nine measures
by site, three working days before.

## Who decides what

| Decision | Decided by | Advised by |
|---|---|---|
| Gates G1 to G4: go, change or stop | Director & Chief Executive, as chair | Programme Board |
| Releasing a phase's budget from the designated development fund, within the sum the trustees approved | Director & Chief Executive | Head of Finance & Resources |
| The strategy, the annual budget and any spend beyond the sum approved | Board of Trustees | Director & Chief Executive |
| Admission prices and free-entry schemes at a charging site | Board of Trustees | Head of Commercial & Enterprises, Head of Visitor Experience |
| A change of scope inside a priority | The priority lead, reported to the next meeting | Doors Open Programme Manager |

## Consultation and consents outside the Board

A change to any site's public opening hours needs the written agreement of Harrowgate City
Council under the management agreement, and the council asks for eight weeks' notice.

Rotas for front-of-house and learning staff, including Saturday, evening and bank holiday
working, must be consulted on with Unison, with 28 days' notice, before they change. The Head of
Finance & Resources leads those talks.

Fellbarrow Hall is listed Grade I: fixings, signage, cabling or lighting in the house need
listed building consent from the city's conservation officer, which takes eight to ten weeks.

Exhibitions and programmes for people aged 14 to 25 are taken to the Young People's Panel before
they are agreed.

## Reporting

After each meeting the Programme Manager sends a one-page note to all staff on the Hub. The
Director & Chief Executive reports the nine measures to the Board of Trustees each quarter and
each gate decision at its next meeting.
"""


MEASURES = """
# Doors Open measure definitions

Kept by the Doors Open Programme Manager. Baselines are for the year to 31 March 2029; targets
are for the 12 months to 31 August 2032.

| Measure | Definition | Source | Owner | Baseline | Target |
|---|---|---|---|---|---|
| Visits a year, all four sites | Visits counted at the public entrances, plus Quarry Lane timed tickets | Door counters, GateLine, Weekly Numbers | Head of Visitor Experience | 620,000 | 750,000 |
| Visits from the city's most deprived neighbourhoods | Share of visits whose postcode lies in the most deprived fifth of the city's neighbourhoods (national deprivation index) | GateLine postcodes at the charging sites, the Corrick doorstep postcode count | Head of Visitor Experience | 12% | 20% |
| Pupils in facilitated school sessions a year | Pupils in a session led by our staff or learning volunteers, at a site or in school | Learning bookings calendar | Schools Programme Manager | 31,400 | 45,000 |
| City primary schools visiting each year | Harrowgate primary schools (96) with at least one facilitated session in the school year | Learning bookings calendar | Schools Programme Manager | 58 of 96 | 96 of 96 |
| Objects online with a record and picture | Objects with a Curio record and at least one photograph published on Collections Online, as a share of 410,000 | Curio | Collections Information Manager | 38% | 70% |
| Earned income a year | Admissions, shops, cafés, venue hire and membership, net of VAT | Sage, TillPoint, GateLine | Head of Commercial & Enterprises | £3.1m | £4.4m |
| Paying members | Memberships in force on the last day of the month | GateLine | Membership & Supporter Care Manager | 6,800 | 10,000 |
| Volunteer hours a year | Hours logged by volunteers | VolunteerBase | Volunteer Coordinator | 38,000 | 50,000 |
| Visitors who would recommend us | Exit survey respondents answering 9 or 10 to "How likely are you to recommend us?" | Exit survey | Head of Visitor Experience | 91% | to be set at G2 |

The recommend measure has no target yet: the survey changes in 2030, and the Programme Board
will set the target at G2 from the new survey's first year.

The council's grant was 46% of our £10.7m income in 2028/29: £4.9m from Harrowgate City Council,
£1.6m from the Arts & Heritage Council, £3.1m earned and £1.1m from fundraising and other
sources.
"""


AGREEMENT = """
# Management agreement with Harrowgate City Council: summary

Prepared by the Head of Finance & Resources for the Doors Open planning day, April 2029. The full
agreement is in the Directorate's shared folder.

## What the agreement covers

Harrowgate City Council owns the four buildings and the collection. Since April 2019 the Trust
has run the museums and cared for the collection under a 25-year management agreement, and the
council pays the Trust an annual grant (£4.9m in 2028/29), agreed each February for the next
year.

## Who does what

- The Trust runs the sites, the collection, the learning programme and all trading.
- The council is responsible for the structure, roofs and building services of all four
  buildings.
- Entry to the Corrick Gallery stays free: the agreement allows no admission charge there.
- A change to any site's public opening hours needs the council's written agreement.
- Building works at any site, including fit-outs of shops and cafés, need the council's consent
  as landlord before they start.

## Repairs

The council's survey of 2027 found £2.4m of repairs needed to Fellbarrow Hall's roof. Fellbarrow
Hall's roof is absent from the council's capital programme for 2029/30, and the council has
said only that it will consider it again in February 2030. The roof over the engine hall at
Cinderhill Works was replaced in 2025.

## Contacts

The council's Client Officer, Culture is our day-to-day contact for the agreement and sits on
no Trust board.
"""


FUNDER = """
# Arts & Heritage Council funding agreement 2029-2032: summary

Prepared by the Development Manager (Trusts & Grants), March 2029.

- The Arts & Heritage Council funds the Trust as a Core Funded Organisation with £1.6m a year
  from April 2029 to March 2032.
- The agreement fixes our activity plan and its headline targets for those three years; a
  change to any headline target must be approved by our relationship manager before we make it.
- The annual data return (visits, audiences by postcode, learning, income) is due each June.
- Funding beyond March 2032 depends on a new application, due in autumn 2031; the national
  budget for 2032-35 has not been announced.
- The Arts & Heritage Council's relationship manager meets the Director & Chief Executive twice a
  year.
"""


VOLUNTEERS = """
# Volunteer policy: extract

From the Trust's volunteer policy, revised in 2024 and agreed with Unison. Kept by the Volunteer
Coordinator.

## 3. What volunteers do

3.1 Volunteers give their time freely, in roles that add to what paid staff do.

3.2 Volunteers may not be rostered to fill a vacant paid post or to cover a paid colleague's
shift.

3.3 Every volunteer role has a role description agreed by the Volunteer Coordinator and the
manager of the team the volunteer works with. A new kind of volunteer role is discussed with
Unison before it is advertised.

## 4. Checks and training

4.1 Volunteers who work with school groups or with young people need an enhanced DBS check
before they start, which takes four to six weeks.

4.2 Every volunteer has an induction and the training for their role, recorded in
VolunteerBase.

## 5. Expenses

5.1 Volunteers are paid their travel and lunch expenses on the day, up to £12 a day.
"""


QUARRY_LANE = """
# Quarry Lane Collections Centre: fact sheet

Kept by the Quarry Lane Collections Centre Manager. April 2029.

- A former tram depot on Quarry Lane, converted in 2011: five stores (A to E), a conservation
  studio, a photography station, a search room and a loading bay.
- Holds about 360,000 of the collection's 410,000 objects; the rest are on show or on loan.
- Opened to the public on 12 open days in 2028/29 (13,000 visits), with timed tickets in
  GateLine.
- The fire certificate allows no more than 40 members of the public in the building at one time.
- The search room seats six and is open to researchers by appointment on Tuesdays and Thursdays.
- 14 parking spaces; the number 31 bus stops at the gate every hour on Saturdays.
- Stores A and B were refitted in 2022 with mobile racking; stores C, D and E keep their 1970s
  shelving.
"""


LEARNING = """
# Learning & Communities: our year, 2028/29

From the Head of Learning & Communities' report to the Board of Trustees, May 2029.

In 2028/29 we led facilitated sessions for 31,400 pupils from 212 schools, 58 of them among the
city's 96 primary schools. Our most booked sessions are "Victorians at work" at Cinderhill Works
and "Portraits and people" at the Corrick Gallery. Fellbarrow Hall takes schools from April to
October only, because the house is closed and unheated in winter.

Free coach travel for school visits ended in July 2025, when the council closed its schools
transport grant. Since then 22 city schools have told us the coach is why they no longer come.

The learning team is six people: the Head of Learning & Communities, the Schools Programme
Manager, three learning officers and a learning administrator. Twelve learning volunteers help
with sessions, and the team sent 140 handling boxes to schools last year.

The Young People's Panel (21 members aged 14 to 25) chose the objects for "Made in Harrowgate"
at the Corrick Gallery in spring 2029.
"""


UNISON_EMAIL = """
From: Unison Branch Representative (Harrowgate Museums Trust)
To: Head of Finance & Resources
Cc: Director & Chief Executive
Date: 29 May 2029
Subject: Doors Open - Saturdays at Cinderhill and volunteer roles

Thanks for sharing the draft Doors Open deck with the branch.

Saturdays at Cinderhill: our members at Cinderhill already work one Saturday in three. If the
Neighbours Pass means more staff on Saturdays, we expect a formal consultation before any rota
changes, with the 28 days' notice in our agreement, and we would want it opened this autumn, not
in December.

Volunteers: we support the learning assistants as volunteers who help in sessions. We will not
agree to volunteers leading a school session on their own, which is paid learning officers'
work, and we ask that the volunteer role charter is agreed with the branch before any learning
assistant starts.

Regards,
Unison Branch Representative
"""


ORG_FILES: dict[str, str] = {
    "org/people/who-we-are.html": WHO_WE_ARE,
    "org/systems/systems-and-data.md": SYSTEMS,
    "org/governance/doors-open-programme-board-terms-of-reference.md": BOARD,
    "org/measures/doors-open-measure-definitions.md": MEASURES,
    "org/context/management-agreement-summary.md": AGREEMENT,
    "org/context/arts-heritage-council-funding-summary.md": FUNDER,
    "org/context/volunteer-policy-extract.md": VOLUNTEERS,
    "org/context/quarry-lane-fact-sheet.md": QUARRY_LANE,
    "org/context/learning-year-in-review-2028-29.md": LEARNING,
    "org/context/email-2029-05-29-unison-branch.txt": UNISON_EMAIL,
}


def main(root: Path = HERE) -> None:
    case = root / CASE
    write_files(case, {DECK: deck_bytes(), **ORG_FILES})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
