"""Build the dev30 case ``research-charity``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab (not in the project's lock),
python-docx and python-pptx, e.g. the ``/tmp/rl`` venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev30/build_research_charity.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold (Arial's metrics, the font of
Google Slides' "Simple Light" theme), embedded from ``/usr/share/fonts/truetype/liberation/``
(Debian's ``fonts-liberation``).

Writes, under ``evals/dev30/research-charity/`` (or ``<out-folder>/research-charity/``), every
file of the case but ``gold.json``:

- ``Closer to our supporters 2028-31 - Trustees 21 March 2028.pdf``: a UK medical research and
  support charity's three-year fundraising and volunteering strategy for its Board of Trustees,
  as Google Slides downloads a 16:9 presentation as PDF (20 pages of 720 x 405 pt, Google's
  10 x 5.625 in), imitated with reportlab's canvas: the document information holds only a Title
  (the presentation's name, which is also the file's name) and a Producer "Skia/PDF m176 Google
  Docs Renderer"; version 1.4 with Skia's binary comment and no ReportLab comment left in the
  file (blanked at the same length, so no offset moves); no page numbers, no outline. Every
  visual line is its own text object; a bullet glyph and its line's first words share one. The
  roadmap (page 13) is a Gantt drawn as filled bars and diamonds only, with no grid line and no
  stroked path at all, under two-line column heads ("Year 1" over "2028/29"), with a "Later"
  column that is not part of the plan.
- ``org/``: the roster as an HR system's JSON export (``people/roles.json``: a list of posts,
  each with post_id, title, directorate, manager_title, grade, fte and accountabilities as a
  list of strings), the fundraising governance policy (Markdown), the Supporter Panel's terms
  of reference (Markdown), the Volunteer Council's constitution (plain text), the systems and
  data inventory, the measures register, the shops and areas note (plain text) and internal
  audit's Gift Aid review (DOCX).

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
with the document information written here, the DOCX with fixed core properties and ZIP times
(``evals/dev16/_build.py``), the JSON from fixed data, and the text files as literal strings.
It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev30").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "research-charity"
TITLE = "Closer to our supporters 2028-31 - Trustees 21 March 2028"
DECK = f"{TITLE}.pdf"
PRODUCER = "Skia/PDF m176 Google Docs Renderer"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

W, H = 720.0, 405.0  # Google Slides' 16:9 page, 10 x 5.625 in
LEFT = 36.0
RIGHT = W - 36.0
PAGES = 20

# the roadmap's axis: three financial years of 144 pt (12 pt a month) and a "Later" column
AXIS_X0 = 160.0
YEAR_W = 144.0
MONTH_W = YEAR_W / 12
LATER_X0 = AXIS_X0 + 3 * YEAR_W + 8.0
LATER_W = RIGHT - LATER_X0

Color = tuple[float, float, float]
INK: Color = (0.13, 0.15, 0.18)
MUTED: Color = (0.38, 0.41, 0.45)
TEAL: Color = (0.02, 0.37, 0.4)
TEAL_MID: Color = (0.16, 0.55, 0.56)
TEAL_PALE: Color = (0.87, 0.94, 0.94)
SAND: Color = (0.97, 0.94, 0.88)
CORAL: Color = (0.88, 0.42, 0.3)
CORAL_PALE: Color = (0.99, 0.9, 0.86)
GREY_PALE: Color = (0.93, 0.93, 0.93)
GREY: Color = (0.6, 0.6, 0.6)
RULE: Color = (0.78, 0.8, 0.82)
WHITE: Color = (1.0, 1.0, 1.0)
PHASE_COLORS: list[Color] = [
    (0.36, 0.55, 0.68),
    (0.02, 0.37, 0.4),
    (0.24, 0.5, 0.33),
    (0.52, 0.38, 0.58),
]
BAR: Color = (0.62, 0.79, 0.8)
BAR_FENMARCH: Color = (0.98, 0.78, 0.66)

OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them

STAMP = Stamp((2027, 11, 24, 10, 30, 0), "2027-11-24T10:30:00Z")


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def _glyphs(s: str, font: str) -> None:
    """Refuse a character the embedded font has no glyph for (it would print as a box)."""
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    missing = sorted({ch for ch in s if ord(ch) not in face.charToGlyph})
    if missing:
        OVERFLOW.append(f"no glyph in {font} for {missing}: {s}")


class _Info(pdfdoc.PDFInfo):
    """Document information as Google's PDF download writes it: a Title and a Producer only."""

    def format(self, document):  # noqa: A003 (reportlab's name)
        fields = {"Title": TITLE, "Producer": PRODUCER}
        d = {k: pdfdoc.PDFString(v) for k, v in fields.items()}
        return pdfdoc.PDFDictionary(d).format(document)


def _skia_bytes(path: Path) -> None:
    """reportlab's header and trailer comments blanked at the same length, version 1.4 and
    Skia's binary comment line after the header."""
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
    """A reportlab canvas with the few ways Google's PDF download writes a presentation."""

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
        size: float = 11,
        font: str = SANS,
        color: Color = INK,
        limit: float | None = None,
        align: str = "left",
    ) -> float:
        """One visual line as its own text object; returns its width. ``limit`` is the width of
        its box (the builder refuses a line that overflows)."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        _glyphs(s, font)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textOut(s)
        self.c.drawText(t)
        return width

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 11,
        font: str = SANS,
        color: Color = INK,
        leading: float = 1.25,
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
        size: float = 11,
        color: Color = INK,
        glyph: str = "\u25cf",
        gap: float = 4.0,
        indent: float = 14.0,
        glyph_color: Color = TEAL_MID,
    ) -> float:
        """A list as Google's download draws one: the glyph (smaller) and the item's first line
        in one text object, each further line its own text object at the text's indent."""
        for item in items:
            first, *rest = wrap(item, SANS, size, width - indent)
            if stringWidth(first, SANS, size) > width - indent + 0.01:
                OVERFLOW.append(f"page {self.page}: bullet too wide: {first}")
            _glyphs(glyph + first, SANS)
            t = self.c.beginText(x, y)
            t.setFont(SANS, size * 0.7)
            t.setFillColorRGB(*glyph_color)
            t.textOut(glyph)
            t.setTextOrigin(x + indent, y)
            t.setFont(SANS, size)
            t.setFillColorRGB(*color)
            t.textOut(first)
            self.c.drawText(t)
            y -= size * 1.25
            for line in rest:
                self.text(x + indent, y, line, size, SANS, color, limit=width - indent)
                y -= size * 1.25
            y -= gap
        return y

    # ---------------------------------------------------------------- shapes (fills only)
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color,
    ) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.rect(x, y, w, h, fill=1, stroke=0)

    def rule(self, x1: float, x2: float, y: float, color: Color = RULE, line: float = 0.6) -> None:
        """A thin rule drawn as a filled rectangle, as Skia draws a Slides line."""
        self.rect(x1, y - line / 2, x2 - x1, line, color)

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
    def start(self, eyebrow: str, title: str, subtitle: str | None = None) -> float:
        """A content page: the eyebrow, the title (one line, in the title placeholder's place)
        and an optional subtitle; returns the baseline under them."""
        self.page += 1
        self.rect(0, H - 6, W, 6, TEAL)
        self.text(LEFT, H - 30, eyebrow, 8, BOLD, CORAL, limit=RIGHT - LEFT)
        self.text(LEFT, H - 56, title, 22, BOLD, TEAL, limit=RIGHT - LEFT)
        if subtitle:
            self.text(LEFT, H - 74, subtitle, 10.5, SANS, MUTED, limit=RIGHT - LEFT)
            return H - 96
        return H - 84

    def finish(self) -> None:
        """The charity's name bottom left on content pages (no page numbers on these slides)."""
        if self.page > 1:
            self.rect(LEFT, 17, 8, 8, TEAL_MID)
            self.text(LEFT + 13, 18.5, "Marram Lung Research", 7.5, BOLD, TEAL)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()
        _skia_bytes(self.path)


# =========================================================================== the pages


def p01_cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, TEAL)
    d.rect(0, 0, W, 10, CORAL)
    d.text(LEFT + 12, H - 66, "MARRAM LUNG RESEARCH", 10, BOLD, CORAL_PALE)
    d.text(LEFT + 12, H - 150, "Closer to our supporters", 40, BOLD, WHITE, limit=RIGHT - LEFT)
    d.text(
        LEFT + 12,
        H - 182,
        "Fundraising and volunteering strategy 2028\u20132031",
        18,
        SANS,
        WHITE,
        limit=RIGHT - LEFT,
    )
    d.text(
        LEFT + 12,
        92,
        "Board of Trustees \u00b7 21 March 2028 \u00b7 Paper T/2028/07 \u00b7 For approval",
        10,
        SANS,
        TEAL_PALE,
    )
    d.text(
        LEFT + 12,
        76,
        "Presented by Dr Imogen Tarrant, Chief Executive, and Owen Faraday,",
        10,
        SANS,
        TEAL_PALE,
    )
    d.text(LEFT + 12, 62, "Director of Fundraising and Supporter Care", 10, SANS, TEAL_PALE)
    d.finish()


def tile(d: Deck, x: float, y: float, w: float, h: float, big: str, label: str, small: str) -> None:
    """A figure tile: a big figure over a label and a small line."""
    d.rect(x, y, w, h, TEAL_PALE)
    d.rect(x, y + h - 3, w, 3, TEAL_MID)
    d.text(x + 10, y + h - 30, big, 22, BOLD, TEAL, limit=w - 20)
    d.text(x + 10, y + h - 46, label, 9.5, BOLD, INK, limit=w - 20)
    d.text(x + 10, y + h - 59, small, 8, SANS, MUTED, limit=w - 20)


def p02_where_we_are(d: Deck) -> None:
    y = d.start(
        "1 \u00b7 WHERE WE ARE",
        "Where we are",
        "2027/28, the year to 31 March 2028",
    )
    tiles = [
        ("\u00a338.6m", "income in 2027/28", "\u00a314.9m of it from our 120 shops"),
        ("18,400", "people who give to us every month", "two in five of them are over 70"),
        ("1 in 10", "monthly gifts that began on our website", "the rest by phone, post or street"),
        ("\u00a31.9m", "Gift Aid we were owed and did not claim", "four years to March 2028"),
        ("1 in 7", "Saturday shifts with nobody on the rota", "2,900 shop volunteers, nine areas"),
        ("212,000", "records with no source for a permission", "of 640,000 in Pennant"),
    ]
    tw, th, gap = 208.0, 76.0, 12.0
    for k, (big, label, small) in enumerate(tiles):
        col, row = k % 3, k // 3
        tile(d, LEFT + col * (tw + gap), y - th - row * (th + gap), tw, th, big, label, small)
    d.para(
        LEFT,
        92,
        "Legacies brought in \u00a37.4m from 212 estates: nearly one pound in five of our income.",
        RIGHT - LEFT,
        10,
        SANS,
        INK,
    )
    d.para(
        LEFT,
        66,
        "Source: 2027/28 management accounts, Pennant and the shops\u2019 paper rotas; "
        "the Gift Aid figure is internal audit\u2019s estimate (November 2027).",
        RIGHT - LEFT,
        8,
        SANS,
        MUTED,
    )
    d.finish()


def p03_why_now(d: Deck) -> None:
    y = d.start("1 \u00b7 WHERE WE ARE", "Why now: four pressures at once")
    items = [
        "Pennant, our supporter database since 2011, loses its supplier\u2019s support "
        "in December 2029.",
        "Our 2027 data protection review found we cannot show where 212,000 marketing "
        "permissions came from, which the ICO expects us to be able to do.",
        "The Code of Fundraising Practice, set by the Fundraising Regulator, expects a "
        "request to stop contact to be honoured; we took longer than 28 days on 1 in 6.",
        "The Charity Commission\u2019s guidance to trustees (CC20) asks boards to show "
        "that they control fundraising and protect the charity\u2019s name.",
        "Shop managers tell us they spend five hours a week chasing volunteers to fill rotas.",
    ]
    d.bullets(LEFT, y - 6, items, 400, 10.5, gap=7)
    bx, bw = 470.0, RIGHT - 470.0
    d.rect(bx, 70, bw, 246, SAND)
    d.rect(bx, 313, bw, 3, CORAL)
    d.text(bx + 12, 292, "For context, not targets", 11, BOLD, CORAL, limit=bw - 24)
    yy = 268.0
    for line in [
        "Our best Christmas appeal was in 2016, when it raised \u00a32.1m.",
        "Another national health charity now starts 70% of its new monthly gifts online.",
        "Our head office lease runs to 2035, and Pennant\u2019s server sits in its basement.",
    ]:
        yy = d.para(bx + 12, yy, line, bw - 24, 10, SANS, INK) - 10
    d.finish()


def p04_ambition(d: Deck) -> None:
    y = d.start("2 \u00b7 AMBITION", "Where we want to be")
    d.rect(LEFT, y - 34, RIGHT - LEFT, 40, TEAL)
    d.text(
        LEFT + 14,
        y - 19,
        "Every supporter finds it easy to give to Marram, and every volunteer is glad to "
        "give us their time.",
        11.5,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 28,
    )
    y -= 58
    d.text(LEFT, y, "By the end of Year 3 (March 2031) we will:", 11.5, BOLD, INK)
    goals = [
        "Have 30,000 people giving every month by direct debit",
        "Claim Gift Aid on 95% of eligible gifts within three months",
        "Fill 95 of every 100 shop shifts, in all nine shop areas",
        "Hear from 2,000 people that they have left us a gift in their will",
    ]
    y -= 20
    for k, goal in enumerate(goals, start=1):
        d.rect(LEFT + 2, y - 4, 14, 14, CORAL)
        d.text(LEFT + 9, y, str(k), 9, BOLD, WHITE, align="center")
        d.text(LEFT + 24, y, goal, 11, SANS, INK, limit=RIGHT - LEFT - 24)
        y -= 19
    d.text(
        LEFT,
        y - 4,
        "We will also make volunteering with Marram something people recommend to their friends.",
        10.5,
        SANS,
        INK,
        limit=RIGHT - LEFT,
    )
    # the four phases, named without dates
    d.text(LEFT, 96, "How we get there, in four phases:", 10, BOLD, MUTED)
    names = ["Clear the ground", "Prove it in one area", "Roll out", "Make it how we work"]
    bw = (RIGHT - LEFT - 3 * 10) / 4
    for k, name in enumerate(names):
        x = LEFT + k * (bw + 10)
        d.rect(x, 42, bw, 40, PHASE_COLORS[k])
        d.text(x + 10, 66, f"Phase {k + 1}", 8.5, BOLD, WHITE, limit=bw - 20)
        d.text(x + 10, 52, name, 10.5, BOLD, WHITE, limit=bw - 20)
        if k < 3:
            d.text(x + bw + 1.5, 58, "\u2192", 8, BOLD, MUTED)
    d.finish()


def p05_moments(d: Deck) -> None:
    y = d.start(
        "2 \u00b7 AMBITION",
        "Four moments this strategy is about",
        "Everything we change should make one of these better; if it does not, it waits.",
    )
    moments = [
        (
            "Starting a monthly gift online",
            "A supporter sets up a monthly direct debit on our website and hears from us "
            "within ten days.",
        ),
        (
            "Filling a Saturday shift",
            "A shop volunteer sees the gaps in next week\u2019s rota on their phone and picks "
            "up or swaps a shift.",
        ),
        (
            "Signing up to Retail Gift Aid at the till",
            "A donor signs one declaration in a shop, and every bag they bring after that is "
            "tagged to them.",
        ),
        (
            "Telling us about a gift in a will",
            "A supporter or an executor tells us about a gift in a will, and we record it "
            "within five working days.",
        ),
    ]
    cw, ch, gap = 318.0, 78.0, 12.0
    for k, (head, body) in enumerate(moments):
        x = LEFT + (k % 2) * (cw + gap)
        top = y - (k // 2) * (ch + gap)
        d.rect(x, top - ch, cw, ch, TEAL_PALE)
        d.rect(x, top - 3, cw, 3, TEAL_MID)
        d.text(x + 10, top - 26, str(k + 1), 18, BOLD, CORAL)
        d.text(x + 34, top - 22, head, 11, BOLD, TEAL, limit=cw - 44)
        d.para(x + 34, top - 40, body, cw - 44, 9.5, SANS, INK)
    d.rect(LEFT, 34, RIGHT - LEFT, 62, SAND)
    d.text(LEFT + 12, 80, "Not in this strategy", 10, BOLD, CORAL)
    left = ["Major donors, trusts and corporate partners", "Challenge events and marathon places"]
    right = [
        "Selling donated goods through online marketplaces",
        "Research grant rounds and our support line",
    ]
    d.bullets(LEFT + 12, 64, left, 300, 9.5, gap=2, glyph_color=CORAL)
    d.bullets(LEFT + 330, 64, right, 310, 9.5, gap=2, glyph_color=CORAL)
    d.finish()


def pillar(
    d: Deck, eyebrow: str, title: str, items: list[str], measures: list[str], lead: str = ""
) -> None:
    """A pillar page: a headline title, an optional lead line, what we will do, and a band at
    the foot with how we will know (one measure a line, in two columns)."""
    y = d.start(eyebrow, title)
    if lead:
        d.text(LEFT, y, lead, 11, BOLD, CORAL, limit=RIGHT - LEFT)
        y -= 22
    d.text(LEFT, y, "What we will do", 10, BOLD, MUTED)
    d.bullets(LEFT, y - 20, items, RIGHT - LEFT, 11, gap=9)
    d.rect(LEFT, 36, RIGHT - LEFT, 62, TEAL_PALE)
    d.text(LEFT + 12, 82, "How we will know", 10, BOLD, TEAL)
    half = (len(measures) + 1) // 2
    for k, group in enumerate((measures[:half], measures[half:])):
        if group:
            d.bullets(LEFT + 12 + k * 318, 64, group, 306, 9.5, gap=3, glyph="\u25a0")
    d.finish()


def p06_pillar1(d: Deck) -> None:
    pillar(
        d,
        "3 \u00b7 PILLAR 1 \u00b7 MONTHLY GIVING",
        "A monthly gift as easy to start as a phone contract",
        [
            "Move every supporter record from Pennant into Tidewell, our new CRM, going live "
            "in February 2029",
            "Let supporters set up a monthly direct debit on our website, straight into Tidewell",
            "Call every new monthly giver to thank them within ten days of their first gift",
            "Let supporters change, pause or stop their gift online, without phoning us",
            "Re-let the face-to-face fundraising contract when it ends in March 2029, paying "
            "only for gifts still live at 12 months",
        ],
        [
            "Active monthly givers by direct debit",
            "New monthly gifts started online",
            "Days from an online gift to its first collection",
        ],
    )


def p07_pillar2(d: Deck) -> None:
    pillar(
        d,
        "3 \u00b7 PILLAR 2 \u00b7 GIFT AID",
        "Every eligible pound of Gift Aid, claimed on time",
        [
            "Claim Gift Aid every month from Tidewell, not each quarter from a spreadsheet",
            "Keep the recording of every spoken Gift Aid declaration for as long as HMRC can "
            "ask to hear it",
            "Make a back-claim to HMRC for the Gift Aid we missed on 2024/25 to 2027/28 gifts, "
            "before 31 March 2029",
            "Scan a Retail Gift Aid card at every till, so each bag of donated goods is tagged "
            "to its donor",
            "Put every shop manager through the Retail Gift Aid refresher by the end of Year 1",
        ],
        [
            "Eligible gifts with Gift Aid claimed within three months",
            "Shop donors signed up to Retail Gift Aid",
        ],
    )


def p08_pillar3(d: Deck) -> None:
    pillar(
        d,
        "3 \u00b7 PILLAR 3 \u00b7 VOLUNTEERS IN OUR SHOPS",
        "A rota volunteers can see, swap and trust",
        [
            "Choose one rostering app for all 120 shops, used on volunteers\u2019 own phones "
            "or a shop tablet",
            "Move every shop\u2019s paper sign-in sheets and rotas into the app, area by area",
            "Give every new volunteer a first shift within two weeks of applying",
            "Start in one shop area, and take the app to the other eight only after six "
            "months there",
            "Thank volunteers for their hours each quarter, from the app\u2019s own records",
        ],
        [
            "Shop shifts left unfilled",
            "New volunteers still active after three months",
        ],
    )


def p09_pillar4(d: Deck) -> None:
    pillar(
        d,
        "3 \u00b7 PILLAR 4 \u00b7 GIFTS IN WILLS",
        "Gifts in wills, handled as carefully as they are given",
        [
            "Record every legacy notification in Tidewell within five working days of it "
            "reaching us",
            "Offer a free will-writing service to supporters each spring and autumn",
            "Write to every executor within ten working days, with one named contact",
            "Ask supporters in the annual supporter survey whether they have left us a gift "
            "in their will",
        ],
        [
            "People who have told us of a gift in their will",
            "Legacy notifications recorded within five working days",
        ],
        lead="We want to be the lung charity people think of first when they write a will.",
    )


def p10_pillar5(d: Deck) -> None:
    pillar(
        d,
        "3 \u00b7 PILLAR 5 \u00b7 DATA",
        "Data we can stand behind",
        [
            "Trace a source for the 212,000 marketing permissions, or stop marketing to "
            "those records",
            "Publish one retention schedule, and delete the supporter and volunteer records "
            "it does not let us keep",
            "Answer every subject access request within one month",
            "Act on every Fundraising Preference Service request within 28 days",
            "Train every member of staff and every shop volunteer in data protection each year",
        ],
        ["Subject access requests answered within one month"],
    )


KPI_ROWS = [
    ("Active monthly givers by direct debit", "18,400", "30,000", "End of Year 3 (March 2031)"),
    ("New monthly gifts started online", "9%", "60%", "Year 2 (2029/30)"),
    (
        "Days from an online monthly gift to its first collection",
        "24 days",
        "10 days",
        "Before the Christmas appeal 2029",
    ),
    (
        "Eligible gifts with Gift Aid claimed within three months",
        "71%",
        "95%",
        "End of Year 2 (March 2030)",
    ),
    ("Shop donors signed up to Retail Gift Aid", "31%", "45%", "Year 3 (2030/31)"),
    ("Shop shifts left unfilled", "14%", "5%", "End of Year 3 (March 2031)"),
    ("New volunteers still active after three months", "58%", "75%", "Year 3 (2030/31)"),
    (
        "People who have told us of a gift in their will",
        "1,150",
        "2,000",
        "End of Year 3 (March 2031)",
    ),
    (
        "Legacy notifications recorded within five working days",
        "Not recorded",
        "95%",
        "End of Year 2 (March 2030)",
    ),
    ("Subject access requests answered within one month", "62%", "100%", "Year 1 (2028/29)"),
    ("Volunteers who would recommend us to a friend", "Not measured", "Higher", "\u2013"),
]
KPI_COLS = [LEFT, 350.0, 438.0, 516.0]


def p11_measures(d: Deck) -> None:
    y = d.start(
        "4 \u00b7 MEASURES",
        "How trustees will know it is working",
        "Baselines are for 2027/28; each measure\u2019s owner and definition are in the "
        "measures register",
    )
    heads = ["Measure", "2027/28 baseline", "Target", "By when"]
    widths = [KPI_COLS[1] - KPI_COLS[0], 84.0, 74.0, RIGHT - KPI_COLS[3]]
    y -= 2
    d.rect(LEFT, y - 6, RIGHT - LEFT, 20, TEAL)
    for x, head, w in zip(KPI_COLS, heads, widths, strict=True):
        d.text(x + 6, y, head, 9, BOLD, WHITE, limit=w - 8)
    y -= 6
    for k, row in enumerate(KPI_ROWS):
        top = y
        y -= 21
        if k % 2:
            d.rect(LEFT, y, RIGHT - LEFT, 21, GREY_PALE)
        for x, cell, w in zip(KPI_COLS, row, widths, strict=True):
            font = BOLD if x == LEFT else SANS
            d.text(x + 6, top - 14, cell, 9, font, INK, limit=w - 8)
    d.rule(LEFT, RIGHT, y, TEAL, 0.8)
    d.finish()


def p12_fenmarch(d: Deck) -> None:
    y = d.start("5 \u00b7 WHERE WE START", "Fenmarch goes first")
    d.para(
        LEFT,
        y,
        "Volunteer rostering starts in the 14 shops of the Fenmarch area, with their 212 "
        "volunteers and 14 shop managers.",
        430,
        11.5,
        BOLD,
        TEAL,
    )
    d.text(
        LEFT,
        y - 34,
        "Go-live (GL) is Monday 5 March 2029; six months in Fenmarch before any other area.",
        9.5,
        SANS,
        MUTED,
        limit=440,
    )
    steps = [
        ("GL \u2013 12 weeks", "Agree the shift rules with the Volunteer Council"),
        ("GL \u2013 8 weeks", "Load the 212 volunteers from the sign-in sheets into the app"),
        ("GL \u2013 4 weeks", "Train the 14 shop managers and two volunteer leads in each shop"),
        ("GL \u2013 2 weeks", "A tablet on mobile data in each Fenmarch shop without broadband"),
        (
            "GL",
            "Every Fenmarch shift offered and swapped in the app; paper rotas kept as a fallback",
        ),
        ("GL + 6 weeks", "Paper rotas withdrawn if fewer than 1 in 20 shifts fell back to paper"),
        ("GL + 26 weeks", "Results to the Year 2 half-year review"),
    ]
    yy = y - 60
    for when, what in steps:
        d.rect(LEFT, yy - 4, 4, 14, CORAL)
        d.text(LEFT + 10, yy, when, 9.5, BOLD, CORAL, limit=76)
        d.text(LEFT + 90, yy, what, 9.5, SANS, INK, limit=370)
        yy -= 21
    bx, bw = 500.0, RIGHT - 500.0
    d.rect(bx, 110, bw, y - 100, SAND)
    d.text(bx + 12, y - 6, "Why Fenmarch", 10.5, BOLD, CORAL, limit=bw - 24)
    d.bullets(
        bx + 12,
        y - 26,
        [
            "The most unfilled shifts of our nine areas: 19% in 2027/28",
            "Every shop already on ShopTill",
            "An area manager who asked to go first",
        ],
        bw - 24,
        9.5,
        gap=4,
        glyph_color=CORAL,
    )
    d.rect(bx, 56, bw, 44, TEAL_PALE)
    d.para(
        bx + 12,
        86,
        "In Fenmarch: unfilled shifts from 19% to 8% by GL + 26 weeks.",
        bw - 24,
        9.5,
        BOLD,
        TEAL,
    )
    d.finish()


def _m(month: float) -> float:
    """The x of a month on the roadmap's axis (month 0 = April 2028)."""
    return AXIS_X0 + month * MONTH_W


def bar(
    d: Deck,
    y: float,
    start: float,
    end: float,
    label: str,
    fill: Color = BAR,
    color: Color = INK,
    height: float = 15.0,
    size: float = 7.0,
) -> None:
    """A workstream bar from ``start`` to ``end`` (months) with its label inside it."""
    x0, x1 = _m(start) + 0.75, _m(end) - 0.75
    d.rect(x0, y, x1 - x0, height, fill)
    d.text(x0 + 3, y + (height - size) / 2 + 1, label, size, SANS, color, limit=x1 - x0 - 5)


def p13_roadmap(d: Deck) -> None:
    d.start("6 \u00b7 ROADMAP", "Three years on a page")
    # column heads: two lines each, "Year n" over the financial year
    heads = [("Year 1", "2028/29"), ("Year 2", "2029/30"), ("Year 3", "2030/31")]
    top = 318.0
    for k, (name, years) in enumerate(heads):
        x = AXIS_X0 + k * YEAR_W + 4
        d.text(x, top, name, 9.5, BOLD, TEAL)
        d.text(x, top - 11, years, 8.5, SANS, MUTED)
    d.rect(LATER_X0, 44, LATER_W, top - 44 + 14, GREY_PALE)
    d.text(LATER_X0 + 6, top, "Later", 9.5, BOLD, GREY)
    d.text(LATER_X0 + 6, top - 11, "not in this plan", 8.5, SANS, GREY)

    # the phase row
    y = 266.0
    d.text(LEFT, y + 12, "Phases", 8.5, BOLD, INK)
    phases = [
        (0, 6, "Phase 1", "Clear the ground", "Apr\u2013Sep 2028"),
        (6, 18, "Phase 2", "Prove it in Fenmarch", "Oct 2028\u2013Sep 2029"),
        (18, 24, "Phase 3", "Roll out", "Oct 2029\u2013Mar 2030"),
        (24, 36, "Phase 4", "Make it how we work", "2030/31 onwards"),
    ]
    for k, (a, b, name, what, when) in enumerate(phases):
        x0, x1 = _m(a) + 0.75, _m(b) - 0.75
        d.rect(x0, y, x1 - x0, 34, PHASE_COLORS[k])
        d.text(x0 + 4, y + 24, name, 7.5, BOLD, WHITE, limit=x1 - x0 - 6)
        d.text(x0 + 4, y + 14, what, 7, BOLD, WHITE, limit=x1 - x0 - 6)
        d.text(x0 + 4, y + 4, when, 6.5, SANS, WHITE, limit=x1 - x0 - 6)

    # the gate row
    y = 250.0
    d.text(LEFT, y - 2, "Gates", 8.5, BOLD, INK)
    d.diamond(_m(6), y + 1, 5, CORAL)
    d.text(_m(6) + 8, y - 2, "Gate 1", 7, BOLD, CORAL)
    d.diamond(_m(18), y + 1, 5, CORAL)
    d.text(
        _m(18) + 8, y - 2, "Gate 2 \u00b7 Year 2 half-year review (October 2029)", 7, BOLD, CORAL
    )
    d.diamond(_m(36), y + 1, 5, CORAL)
    d.text(_m(36) - 8, y - 12, "Close \u00b7 March 2031", 7, BOLD, CORAL, align="right")

    # the workstream rows
    rows: list[tuple[str, list[tuple[float, float, str]]]] = [
        (
            "Supporter CRM",
            [
                (0, 6, "Contract Tidewell"),
                (6, 10, "Migrate"),
                (10, 16, "Pennant read-only"),
            ],
        ),
        (
            "Monthly giving online",
            [
                (10, 19, "Online direct debit into Tidewell"),
                (19, 36, "Welcome calls; change or pause a gift online"),
            ],
        ),
        (
            "Gift Aid",
            [
                (3, 11, "Back-claim to HMRC"),
                (11, 36, "Monthly claims from Tidewell; Retail Gift Aid card at every till"),
            ],
        ),
        (
            "Shop rotas",
            [
                (0, 6, "Choose the app"),
                (11, 18, "Fenmarch live"),
                (18, 24, "Eight more areas"),
                (24, 36, "All 120 shops on the app"),
            ],
        ),
        (
            "Gifts in wills",
            [
                (10, 18, "Notifications in Tidewell"),
                (18, 36, "Will-writing offer each spring and autumn"),
            ],
        ),
        (
            "Data protection",
            [
                (0, 6, "Suppress 212,000"),
                (6, 12, "Retention applied"),
                (12, 36, "Yearly data protection training for all"),
            ],
        ),
    ]
    y = 218.0
    for name, bars in rows:
        d.text(LEFT, y + 4.5, name, 8.5, BOLD, INK, limit=AXIS_X0 - LEFT - 6)
        for first, last, label in bars:
            fill = BAR_FENMARCH if label == "Fenmarch live" else BAR
            bar(d, y, first, last, label, fill)
        y -= 24
    # the milestone before the Christmas appeal, on the monthly giving row
    d.diamond(_m(19), 218 - 24 + 7.5, 4.5, TEAL)
    # the Later column: ideas, not bars
    yy = 224.0
    for line in [
        "Ideas for our next",
        "strategy, not funded:",
        "",
        "Weekly lottery",
        "Online shop",
        "Supporter self-service",
        "portal",
    ]:
        if line:
            d.text(LATER_X0 + 6, yy, line, 7.5, SANS, GREY, limit=LATER_W - 10)
        yy -= 11
    d.text(
        LEFT,
        58,
        "Milestone (the diamond on Monthly giving online): live before the Christmas appeal 2029.",
        8,
        SANS,
        INK,
        limit=RIGHT - LEFT,
    )
    d.text(
        LEFT,
        44,
        "Years run April to March: Year 1 is 1 April 2028 to 31 March 2029, and the plan "
        "ends on 31 March 2031.",
        8,
        SANS,
        MUTED,
        limit=LATER_X0 - LEFT - 6,
    )
    d.finish()


def p14_gates(d: Deck) -> None:
    y = d.start("6 \u00b7 ROADMAP", "What good looks like at each gate")
    cols = [
        (
            "Gate 1 \u00b7 Ready to build",
            None,
            [
                "Tidewell contract signed and the migration plan agreed",
                "The 212,000 records without a permission source kept out of every appeal",
                "A rostering app chosen and the shift rules drafted with the Volunteer Council",
                "All three signed off by the Finance and Risk Committee on 28 September 2028",
            ],
        ),
        (
            "Gate 2 \u00b7 Go for every shop",
            "Year 2 half-year review (October 2029)",
            [
                "Fenmarch\u2019s unfilled shifts at 8% or below for three months running",
                "Nine in ten Fenmarch volunteers have used the app",
                "Gift Aid claimed monthly from Tidewell since go-live, with no HMRC query open",
                "Online monthly giving tested end to end, ready before the Christmas appeal 2029",
            ],
        ),
        (
            "Close",
            "End of Year 3 (March 2031)",
            [
                "All 120 shops on the app for at least three months",
                "Every measure reported from Tidewell through Lumen",
                "Each measure handed to its owner\u2019s annual plan",
            ],
        ),
    ]
    cw, gap = 204.0, 12.0
    for k, (head, when, items) in enumerate(cols):
        x = LEFT + k * (cw + gap)
        d.rect(x, 96, cw, y - 90, TEAL_PALE)
        d.rect(x, y - 20, cw, 26, TEAL)
        d.text(x + 10, y - 11, head, 10.5, BOLD, WHITE, limit=cw - 20)
        yy = y - 40
        if when:
            d.text(x + 10, yy, when, 8.5, BOLD, CORAL, limit=cw - 20)
            yy -= 18
        d.bullets(x + 10, yy, items, cw - 20, 9, gap=6, glyph="\u25a0")
    d.finish()


RISKS = [
    (
        "Tidewell go-live slips past February 2029",
        "Medium",
        "High",
        [
            "Keep Pennant running to go-live + 6 months;",
            "run the Christmas appeal 2028 on Pennant",
        ],
    ),
    (
        "Older volunteers will not use an app",
        "High",
        "Medium",
        [
            "A shop tablet and a named volunteer lead in",
            "every shop; paper rotas as a fallback for six weeks",
        ],
    ),
    (
        "HMRC questions the back-claim",
        "Low",
        "High",
        ["Have our auditors check the back-claim before", "it goes to HMRC"],
    ),
    (
        "People in vulnerable circumstances sign up online",
        "Low",
        "High",
        [
            "Follow the Code of Fundraising Practice in the online",
            "form and every welcome call; flagged cases go to",
            "the Head of Supporter Care",
        ],
    ),
    (
        "Shop managers run out of time during roll-out",
        "Medium",
        "Medium",
        [
            "Two areas a month at most, and no area goes live",
            "in November or December",
        ],
    ),
]


def p15_risks(d: Deck) -> None:
    y = d.start("7 \u00b7 RISKS", "What could knock us off course")
    cols = [LEFT, 300.0, 366.0, 432.0]
    heads = ["Risk", "Likelihood", "Impact", "What we will do"]
    limits = [258.0, 62.0, 62.0, RIGHT - 432.0 - 8]
    d.rect(LEFT, y - 6, RIGHT - LEFT, 20, TEAL)
    for x, head, w in zip(cols, heads, limits, strict=True):
        d.text(x + 6, y, head, 9, BOLD, WHITE, limit=w)
    y -= 6
    for risk, likely, impact, answer in RISKS:
        height = 12 * len(answer) + 10
        top = y
        y -= height
        d.rule(LEFT, RIGHT, y)
        d.text(cols[0] + 6, top - 14, risk, 9, BOLD, INK, limit=limits[0])
        d.text(cols[1] + 6, top - 14, likely, 9, SANS, INK, limit=limits[1])
        d.text(cols[2] + 6, top - 14, impact, 9, SANS, INK, limit=limits[2])
        yy = top - 14
        for line in answer:
            d.text(cols[3] + 6, yy, line, 9, SANS, INK, limit=limits[3])
            yy -= 12
    d.finish()


def p16_first_90(d: Deck) -> None:
    y = d.start(
        "8 \u00b7 FIRST 90 DAYS",
        "Clearing the runway: April to June 2028",
        "Eight things done by the end of June 2028, each with one lead",
    )
    items = [
        "Sign the Tidewell contract and name the migration lead (Head of Digital and Data)",
        "Publish one retention schedule for supporter and volunteer records (DPO)",
        "Set up the programme office, the risk log and the gate calendar (Programme Lead)",
        "Walk the 14 Fenmarch shops with their managers and count every shift (Head of Shops)",
        "Ask HMRC to confirm the back-claim period and evidence (Income Processing Manager)",
        "See three rostering apps demonstrated and choose one (Volunteer Services Manager)",
        "Take the online direct debit form to the Supporter Panel (Head of Individual Giving)",
        "Move legacy notifications into one log ready for Tidewell (Legacy Administration Manager)",
    ]
    d.bullets(LEFT, y - 4, items, RIGHT - LEFT, 10.5, gap=10.5, glyph="\u25a0", glyph_color=CORAL)
    d.finish()


def p17_monday(d: Deck) -> None:
    y = d.start(
        "8 \u00b7 FIRST 90 DAYS",
        "What changes on Monday 3 April 2028",
        "Before any system changes, five habits start on the first day of Year 1",
    )
    items = [
        "No appeal or mailing goes to a record with no permission source",
        "Every spoken Gift Aid declaration is read from the script and logged the same day",
        "Shop managers note each unfilled shift on a one-page sheet every Saturday",
        "Every legacy notification is logged within five working days of arriving",
        "Subject access requests go to the Information Governance Manager the day they arrive",
    ]
    d.bullets(LEFT, y - 6, items, RIGHT - LEFT, 11.5, gap=14)
    d.finish()


def p18_governance(d: Deck) -> None:
    y = d.start("9 \u00b7 GOVERNANCE", "Who decides, and who we ask")
    rows = [
        ("Sponsor", "Dr Imogen Tarrant, Chief Executive, senior responsible owner"),
        (
            "Closer Programme Board",
            "Chaired by the Chief Executive, monthly; the three directors and the "
            "Transformation Programme Manager",
        ),
        ("Finance and Risk Committee", "Trustees, every quarter; takes Gate 1"),
        ("Board of Trustees", "Takes Gate 2 and the close, and each year\u2019s budget"),
        (
            "We ask, they never decide",
            "The Supporter Panel sees anything supporters will see; the Volunteer Council is "
            "consulted on anything about shifts or volunteer records",
        ),
        ("Reporting", "One page of measures to every Programme Board meeting, from Lumen"),
    ]
    for head, body in rows:
        d.rule(LEFT, RIGHT, y + 14)
        d.text(LEFT, y, head, 10, BOLD, TEAL, limit=170)
        y = d.para(LEFT + 180, y, body, RIGHT - LEFT - 180, 10, SANS, INK) - 12
    d.rule(LEFT, RIGHT, y + 14)
    d.finish()


def p19_money(d: Deck) -> None:
    y = d.start("10 \u00b7 MONEY", "What it costs and what it brings back")
    big = [
        ("\u00a34.8m", "over three years"),
        ("\u00a32.1m", "in Year 1 (2028/29)"),
        ("\u00a31.7m", "in Year 2 (2029/30)"),
        ("\u00a31.0m", "in Year 3 (2030/31)"),
    ]
    cw, gap = 153.0, 12.0
    for k, (num, label) in enumerate(big):
        x = LEFT + k * (cw + gap)
        d.rect(x, y - 60, cw, 60, TEAL_PALE if k else TEAL)
        ink = WHITE if k == 0 else TEAL
        d.text(x + 10, y - 30, num, 22, BOLD, ink, limit=cw - 20)
        d.text(x + 10, y - 48, label, 9.5, SANS, WHITE if k == 0 else INK, limit=cw - 20)
    d.bullets(
        LEFT,
        y - 90,
        [
            "Tidewell costs \u00a3310,000 a year on a five-year contract to March 2034.",
            "Year 1 is in the 2028/29 budget trustees approved in February 2028; Years 2 "
            "and 3 come back in each year\u2019s budget round.",
            "The business case expects \u00a32.6m a year more from Gift Aid and monthly "
            "giving by Year 3.",
        ],
        RIGHT - LEFT,
        10.5,
        gap=8,
    )
    d.finish()


def p20_asks(d: Deck) -> None:
    y = d.start("11 \u00b7 DECISIONS", "What we ask of trustees today")
    asks = [
        "Approve Closer to our supporters, our strategy to the end of Year 3 (31 March 2031)",
        "Release \u00a32.1m for Year 1 (2028/29)",
        "Agree the Fenmarch area as the first shop area for rostering",
        "Delegate Gate 1 to the Finance and Risk Committee",
        "Note that Years 2 and 3 come back in each year\u2019s budget round",
    ]
    yy = y - 4
    for k, ask in enumerate(asks, start=1):
        d.rect(LEFT, yy - 5, 16, 16, CORAL)
        d.text(LEFT + 8, yy, str(k), 9.5, BOLD, WHITE, align="center")
        d.text(LEFT + 26, yy, ask, 11.5, SANS, INK, limit=RIGHT - LEFT - 26)
        yy -= 28
    d.rect(LEFT, 60, RIGHT - LEFT, 34, TEAL)
    d.text(
        LEFT + 14,
        73,
        "Everything in this strategy is done by the end of Year 3: 31 March 2031.",
        11.5,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 28,
    )
    d.text(LEFT, 40, "Contact: Priya Lomax, Transformation Programme Manager", 8.5, SANS, MUTED)
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for page in (
        p01_cover,
        p02_where_we_are,
        p03_why_now,
        p04_ambition,
        p05_moments,
        p06_pillar1,
        p07_pillar2,
        p08_pillar3,
        p09_pillar4,
        p10_pillar5,
        p11_measures,
        p12_fenmarch,
        p13_roadmap,
        p14_gates,
        p15_risks,
        p16_first_90,
        p17_monday,
        p18_governance,
        p19_money,
        p20_asks,
    ):
        page(d)
    if d.page != PAGES:
        raise ValueError(f"{d.page} pages, {PAGES} expected")
    if OVERFLOW:
        raise ValueError("\n".join(OVERFLOW))
    d.save()


# =========================================================================== the org folder


def _post(
    post_id: str,
    title: str,
    directorate: str,
    manager: str | None,
    grade: str,
    fte: float,
    accountabilities: list[str],
) -> dict[str, object]:
    """One post as the HR system (PeopleHub) exports it."""
    return {
        "post_id": post_id,
        "title": title,
        "directorate": directorate,
        "manager_title": manager,
        "grade": grade,
        "fte": fte,
        "accountabilities": accountabilities,
    }


EXEC = "Executive Office"
FUND = "Fundraising and Supporter Care"
RETAIL = "Retail and Volunteering"
FIN = "Finance and Resources"
CONSULTED = "Consultative bodies (not staff)"

ROLES: list[dict[str, object]] = [
    _post(
        "MLR-P001",
        "Chief Executive",
        EXEC,
        "Chair of Trustees (not an employee)",
        "Executive",
        1.0,
        [
            "Leads the charity and answers to the Board of Trustees for its performance and "
            "its fundraising.",
            "Sponsor and senior responsible owner of Closer to our supporters; chairs the Closer "
            "Programme Board.",
            "Takes the gate decisions the Board of Trustees delegates, and brings the others to "
            "the Board with a recommendation.",
            "Line manages the three directors and the Transformation Programme Manager.",
        ],
    ),
    _post(
        "MLR-P002",
        "Transformation Programme Manager",
        EXEC,
        "Chief Executive",
        "Manager (Band 6)",
        1.0,
        [
            "Runs the Closer programme office: the plan, the risk log, the gate calendar and the "
            "monthly highlight report.",
            "Prepares the evidence for each gate for the Finance and Risk Committee and the "
            "Board of Trustees.",
            "Tracks the programme budget with the Director of Finance and Resources.",
            "Owns no fundraising, shop or data process: the work itself sits with the "
            "directorates.",
        ],
    ),
    _post(
        "MLR-P003",
        "Director of Fundraising and Supporter Care",
        FUND,
        "Chief Executive",
        "Director",
        1.0,
        [
            "Accountable for voluntary income: monthly giving, appeals, gifts in wills and "
            "supporter care.",
            "Makes sure the directorate follows the Code of Fundraising Practice (see the "
            "Fundraising Governance Policy).",
            "Line manages the Head of Individual Giving, the Head of Legacy Giving and the Head "
            "of Supporter Care.",
        ],
    ),
    _post(
        "MLR-P004",
        "Head of Individual Giving",
        FUND,
        "Director of Fundraising and Supporter Care",
        "Head of service",
        1.0,
        [
            "Monthly giving: recruiting new monthly givers through the website, phone, post and "
            "face-to-face fundraising, and the welcome programme that keeps them giving.",
            "Appeals, including the Christmas appeal, which launches in the first week of "
            "November each year.",
            "Manages the face-to-face and telephone fundraising agencies and their contracts.",
            "Owns what the online donation forms say and ask; how the forms work sits with the "
            "Head of Digital and Data.",
            "Reports active monthly givers and monthly gifts started online to the Programme "
            "Board.",
        ],
    ),
    _post(
        "MLR-P005",
        "Head of Legacy Giving",
        FUND,
        "Director of Fundraising and Supporter Care",
        "Head of service",
        0.8,
        [
            "Promotes gifts in wills: the free will-writing service, legacy mailings and talks "
            "to supporter groups.",
            "Looks after supporters who have told us they have left, or plan to leave, a gift in "
            "their will.",
            "Does not handle estates: legacy notifications and estate administration sit with "
            "the Legacy Administration Manager in Finance and Resources.",
        ],
    ),
    _post(
        "MLR-P006",
        "Head of Supporter Care",
        FUND,
        "Director of Fundraising and Supporter Care",
        "Head of service",
        1.0,
        [
            "Runs the supporter care team: the phone line, email, post and web enquiries, 9am "
            "to 5pm on weekdays.",
            "Records supporters' requests to change, pause or stop a gift and to change how we "
            "contact them.",
            "Named lead for fundraising complaints and for Fundraising Preference Service "
            "requests (Fundraising Governance Policy, section 5).",
            "Makes the welcome calls to new monthly givers, to the script the Head of Individual "
            "Giving owns.",
            "Takes Gift Aid declarations by phone, reading the script the Income Processing "
            "Manager keeps.",
        ],
    ),
    _post(
        "MLR-P007",
        "Director of Retail and Volunteering",
        RETAIL,
        "Chief Executive",
        "Director",
        1.0,
        [
            "Accountable for the 120 shops, their income and costs, and for volunteering across "
            "the charity.",
            "Line manages the Head of Retail Operations, the Volunteer Engagement Manager and "
            "the Volunteer Services Manager.",
        ],
    ),
    _post(
        "MLR-P008",
        "Head of Retail Operations",
        RETAIL,
        "Director of Retail and Volunteering",
        "Head of service",
        1.0,
        [
            "Runs the 120 shops through nine area managers: opening hours, staffing, stock, "
            "sales and shop standards.",
            "Shop managers draw up their shop's rota and report unfilled shifts to their area "
            "manager each quarter.",
            "Business owner of ShopTill, the till system, including how Retail Gift Aid cards "
            "are taken at the till.",
            "Agrees any change to how a shop runs from day to day.",
        ],
    ),
    _post(
        "MLR-P009",
        "Area Manager, Fenmarch",
        RETAIL,
        "Head of Retail Operations",
        "Manager (Band 5)",
        1.0,
        [
            "Manages the 14 shops of the Fenmarch area and their shop managers.",
            "Leads day-to-day change in the Fenmarch shops: rotas, opening hours and shop "
            "standards.",
        ],
    ),
    _post(
        "MLR-P010",
        "Volunteer Engagement Manager",
        RETAIL,
        "Director of Retail and Volunteering",
        "Manager (Band 5)",
        1.0,
        [
            "Recruits volunteers for shops and events: adverts, volunteer fairs and the "
            "volunteering pages of the website.",
            "Thanks and recognises volunteers: long-service awards, the quarterly volunteer "
            "newsletter and Volunteers' Week.",
            "Runs the annual volunteer survey and reports what volunteers tell us.",
            "Secretary to the Volunteer Council, without a vote.",
        ],
    ),
    _post(
        "MLR-P011",
        "Volunteer Services Manager",
        RETAIL,
        "Director of Retail and Volunteering",
        "Manager (Band 5)",
        1.0,
        [
            "Keeps the shops' volunteer records: application forms, sign-in sheets, hours, "
            "references and DBS checks where a role needs one.",
            "Sets the rules for shop shifts (cover, swaps, lone working) with the Head of Retail "
            "Operations, after consulting the Volunteer Council.",
            "Business owner of the volunteer rostering app once it is chosen.",
            "Inducts new shop volunteers: their first shift, a buddy and the volunteer handbook.",
        ],
    ),
    _post(
        "MLR-P012",
        "Director of Finance and Resources",
        FIN,
        "Chief Executive",
        "Director",
        1.0,
        [
            "Accountable for finance, Gift Aid, legacy administration, digital and data, "
            "information governance and people.",
            "Releases programme money within the budget the trustees approve, up to \u00a3250,000 "
            "at a time.",
            "Line manages the Income Processing Manager, the Legacy Administration Manager, the "
            "Head of Digital and Data, the Information Governance Manager and the People and "
            "Learning Manager.",
        ],
    ),
    _post(
        "MLR-P013",
        "Income Processing Manager",
        FIN,
        "Director of Finance and Resources",
        "Manager (Band 5)",
        1.0,
        [
            "Banks every donation and runs the monthly direct debit collections through our "
            "Bacs bureau.",
            "Prepares and sends Gift Aid claims to HMRC through Charities Online, and answers "
            "HMRC's questions about them.",
            "Runs the Retail Gift Aid scheme (see the Fundraising Governance Policy, section 6).",
            "Keeps the script for spoken Gift Aid declarations.",
        ],
    ),
    _post(
        "MLR-P014",
        "Legacy Administration Manager",
        FIN,
        "Director of Finance and Resources",
        "Manager (Band 5)",
        1.0,
        [
            "Records every legacy notification and administers each estate until the gift is "
            "received.",
            "Deals with executors and solicitors, and keeps the legacy income forecast.",
        ],
    ),
    _post(
        "MLR-P015",
        "Head of Digital and Data",
        FIN,
        "Director of Finance and Resources",
        "Head of service",
        1.0,
        [
            "Business systems: Pennant, the move to Tidewell, the website and its donation "
            "forms, and the links between systems.",
            "Runs Lumen, our reporting warehouse, and the Power BI dashboards built on it.",
            "Technical owner of the volunteer rostering app and the shop tablets.",
            "Buys and manages software and IT suppliers within the approved budget.",
        ],
    ),
    _post(
        "MLR-P016",
        "Supporter Data Manager",
        FIN,
        "Head of Digital and Data",
        "Manager (Band 5)",
        1.0,
        [
            "Keeps supporter data clean in Pennant, and then in Tidewell: duplicates, addresses, "
            "deceased records and suppressions.",
            "Traces where each marketing permission came from and records its source.",
            "Pulls the data for every appeal and mailing and applies the suppression lists.",
            "Moves the supporter data from Pennant to Tidewell, under the Head of Digital and "
            "Data.",
        ],
    ),
    _post(
        "MLR-P017",
        "Information Governance Manager",
        FIN,
        "Director of Finance and Resources",
        "Manager (Band 6)",
        1.0,
        [
            "The charity's Data Protection Officer under UK GDPR.",
            "Keeps the record of processing, the retention schedule and the data protection "
            "impact assessments.",
            "Answers subject access requests and other requests from people using their data "
            "rights.",
            "Advises on the lawful basis for using supporter and volunteer data; does not hold "
            "or change supporter records.",
            "Reports personal data breaches to the ICO.",
        ],
    ),
    _post(
        "MLR-P018",
        "People and Learning Manager",
        FIN,
        "Director of Finance and Resources",
        "Manager (Band 5)",
        1.0,
        [
            "Staff recruitment, contracts and employee relations.",
            "Learning for staff and volunteers on Learnhub, our learning platform, including the "
            "data protection module everyone must complete each year.",
            "Trains staff in a new system before it goes live, with the system's business owner.",
        ],
    ),
    _post(
        "MLR-C001",
        "Supporter Panel Chair",
        CONSULTED,
        None,
        "Volunteer office holder",
        0.0,
        [
            "Chairs the Supporter Panel, twelve supporters who see anything supporters will see "
            "before it is used (see the Panel's terms of reference).",
            "The Panel is consulted: it approves nothing and owns no work.",
        ],
    ),
    _post(
        "MLR-C002",
        "Volunteer Council Chair",
        CONSULTED,
        None,
        "Volunteer office holder",
        0.0,
        [
            "Chairs the Volunteer Council, elected by shop volunteers in the nine areas.",
            "The Council is consulted on shifts, volunteer records and recognition; it owns no "
            "work (see its constitution).",
        ],
    ),
]


def roles_json() -> str:
    """The HR system's export: a list of posts, two-space indent, ASCII only (its escapes)."""
    return json.dumps(ROLES, indent=2, ensure_ascii=True)


ORG_TEXT: dict[str, str] = {
    "governance/fundraising-governance-policy.md": """
# Fundraising Governance Policy

Marram Lung Research. Approved by the Board of Trustees on 7 December 2027. Policy owner:
Director of Fundraising and Supporter Care. Next review: December 2029.

## 1. Purpose

This policy says how Marram Lung Research raises money responsibly and who answers for it. We
are registered with the Fundraising Regulator and follow the Code of Fundraising Practice. Our
trustees use the Charity Commission's guidance on their duties in fundraising (CC20) to oversee
this policy.

## 2. Who answers for what

- **Board of Trustees:** sets the fundraising strategy, approves each year's budget and takes
  the programme gates it has not delegated.
- **Finance and Risk Committee:** three trustees; meets every quarter; reviews fundraising
  risk, complaints and our annual return to the Fundraising Regulator.
- **Chief Executive:** sponsor and senior responsible owner of the Closer to our supporters
  programme, and chair of the Closer Programme Board.
- **Closer Programme Board:** meets monthly; the Chief Executive (chair), the three directors
  and the Transformation Programme Manager, who keeps its papers.

## 3. Decisions and limits

| Decision | Who takes it |
|---|---|
| Gate 1 of Closer to our supporters | Finance and Risk Committee, when the Board delegates it |
| Gate 2 and the programme's close | Board of Trustees, on the Chief Executive's recommendation |
| Releasing money within an approved budget | Director of Finance and Resources, up to £250,000 at a time |
| A new supplier contract | See below |

Any contract worth more than £100,000 over its life must be approved by the Finance and Risk
Committee before it is signed.

## 4. Consulted bodies

The Supporter Panel and the Volunteer Council are consulted; they never own, approve or deliver
work. The Supporter Panel's terms of reference and the Volunteer Council's constitution say when
each must be asked.

## 5. Complaints and contact preferences

The Head of Supporter Care is the named lead for fundraising complaints. Every complaint is
logged on the day it arrives and answered within 10 working days. The Head of Supporter Care
also acts on every request that reaches us through the Fundraising Preference Service within 28
days and records the suppression.

## 6. Gift Aid and Retail Gift Aid

The Income Processing Manager owns our Gift Aid claims and the rules of the Retail Gift Aid
scheme, including the declaration wording and the annual Retail Gift Aid refresher that every
shop manager must pass before taking declarations. Spoken Gift Aid declarations are taken by the
supporter care team, reading a script the Income Processing Manager keeps.

## 7. Supporters in vulnerable circumstances

Any fundraiser, caller or shop colleague who thinks a supporter may not be able to make a free
and informed decision stops the ask and flags it to the Head of Supporter Care.

## 8. Training

Every fundraiser and supporter care adviser completes the fundraising compliance module on
Learnhub each year; the People and Learning Manager reports completion to the Finance and Risk
Committee every quarter.

## 9. Agencies

The Head of Individual Giving approves every fundraising agency's scripts before they are used
and listens to a sample of the agencies' calls each month.
""",
    "governance/supporter-panel-terms.md": """
# Supporter Panel: terms of reference

Agreed by the Closer Programme Board on 16 January 2028.

## Who sits on it

Twelve supporters: six who give every month, three who have told us about a gift in their will
and three who volunteer in our shops. Members serve for two years. The Panel elects its chair
from among its members.

## What it does

- Reads and comments on anything supporters will see before it is used: donation forms, appeal
  letters, welcome call scripts, gifts-in-wills leaflets and the supporter survey.
- The Panel must see any new or changed ask to supporters at least 15 working days before it is
  used.
- Meets six times a year, online or at head office; papers go out a week before.

## What it does not do

The Panel is consulted. It approves nothing, holds no budget and owns no work. Its comments go
to the post that owns the item, which records what it changed and why.

## Support

The Head of Individual Giving's team provides the Panel's secretary.
""",
    "governance/volunteer-council-constitution.txt": """
THE VOLUNTEER COUNCIL OF MARRAM LUNG RESEARCH
CONSTITUTION

Adopted 14 June 2025; amended 9 October 2027.

1 NAME AND PURPOSE

1.1 The Volunteer Council is the voice of the charity's volunteers in our shops and at our
events.

1.2 It speaks for volunteers to the Director of Retail and Volunteering and to the Chief
Executive.

2 MEMBERS

2.1 Eighteen volunteers, two elected by the volunteers of each of the nine shop areas, serve
for two years.

2.2 The Council elects a Chair and a Vice-Chair each October.

3 SECRETARY

3.1 The Volunteer Engagement Manager is secretary to the Council and has no vote.

4 WHAT THE COUNCIL IS CONSULTED ON

4.1 Shifts: the Council must be consulted before any change to how shifts are offered, swapped
or recorded in our shops, and has 30 days to give its view.

4.2 Volunteer records: what we keep about volunteers, and for how long.

4.3 Recognition: awards, thanks and Volunteers' Week.

5 WHAT THE COUNCIL DOES NOT DO

5.1 The Council is consulted. It does not manage staff or volunteers, hold a budget, or own or
deliver any of the charity's work.

6 MEETINGS

6.1 The Council meets four times a year. Papers are sent ten working days before each meeting.
A meeting needs six members present.
""",
    "systems/systems-and-data.md": """
# Systems and data

Kept by the Head of Digital and Data. Last reviewed on 29 February 2028.

## What we run

| System | What it does | Business owner | Technical owner |
|---|---|---|---|
| Pennant | Supporter database since 2011: supporters, gifts, direct debits, Gift Aid declarations, marketing permissions and contact preferences | Director of Fundraising and Supporter Care | Head of Digital and Data |
| Tidewell | The supporter CRM chosen in January 2028 to replace Pennant | Director of Fundraising and Supporter Care | Head of Digital and Data |
| Website and donation forms | One-off and monthly gifts, event entries and volunteer applications | Head of Individual Giving (what the forms say) | Head of Digital and Data |
| Harbour Bacs Services | Our Bacs bureau: collects direct debits on the 1st and the 15th of each month | Income Processing Manager | Income Processing Manager |
| ShopTill | Shop tills and sales, and Retail Gift Aid card scanning | Head of Retail Operations | Head of Digital and Data |
| CallStream | The supporter care phone line and its call recording | Head of Supporter Care | Head of Digital and Data |
| Lumen | Our reporting warehouse: it loads Pennant and ShopTill every night, and the finance, fundraising and retail dashboards are built on it in Power BI | Director of Finance and Resources | Head of Digital and Data |
| Learnhub | Learning platform for staff and volunteers | People and Learning Manager | People and Learning Manager |
| Legacy log | A spreadsheet of legacy pledges, notifications and estates | Legacy Administration Manager | Legacy Administration Manager |

## What our systems cannot do today

- Online gifts arrive from the website as a daily file, which the supporter care team loads into
  Pennant by hand each morning.
- Pennant cannot take a direct debit set up online: a monthly gift made on the website is keyed
  as if it were a paper form, and its first collection comes about 24 days later.
- Call recordings on CallStream are not retained beyond 90 days, so a Gift Aid declaration made
  by phone has no recording after three months.
- Pennant has no place to record a legacy pledge or an estate, so both live in the legacy log.
- Pennant holds 640,000 supporter records; the source of the marketing permission is not yet
  recorded for 212,000 of them.
- Lumen only covers Pennant and ShopTill: volunteer hours, legacy cases and call data are not
  loaded into it.

## Changes already agreed

- Tidewell: five years at £310,000 a year, to March 2034; the contract is ready to sign once
  the Finance and Risk Committee has approved it.
- Pennant's supplier ends its support in December 2029. Pennant's server sits in the basement of
  head office, whose lease runs to 2035.
- Every new system is set up with its training on Learnhub before it goes live.
""",
    "measures/metric-definitions.md": """
# Measures register

Each measure has one owner, who reports it to the Closer Programme Board every month. Baselines
are for 2027/28 (1 April 2027 to 31 March 2028), our financial year.

| Measure | How we count it | Owner | 2027/28 baseline | Where it comes from |
|---|---|---|---|---|
| Active monthly givers by direct debit | Supporters with a direct debit collected in the last two months, counted on the last day of the month | Head of Individual Giving | 18,400 | Pennant, through Lumen |
| New monthly gifts started online | Share of new monthly gifts whose first instruction came through the website | Head of Individual Giving | 9% | Pennant source codes |
| Days from an online monthly gift to its first collection | Median calendar days from the web form to the first collection by our Bacs bureau | Income Processing Manager | 24 days | Bureau reports, matched to Pennant |
| Eligible gifts with Gift Aid claimed within three months | Share of gifts from UK taxpayers with a valid declaration that are claimed within three months of the gift | Income Processing Manager | 71% | The Gift Aid claim workbook |
| Shop donors signed up to Retail Gift Aid | Share of donated-goods bags tagged to a donor with a Retail Gift Aid declaration, in shops on ShopTill | Head of Retail Operations | 31% | ShopTill |
| Shop shifts left unfilled | Share of planned shop shifts with nobody on them | Head of Retail Operations | 14% | Paper rotas, counted by the area managers each quarter |
| New volunteers still active after three months | Share of new shop volunteers who still work a shift in their third month | Volunteer Services Manager | 58% | Sign-in sheets, sampled in 30 shops |
| People who have told us of a gift in their will | Living supporters who have told us they have left us a gift in their will | Head of Legacy Giving | 1,150 | Legacy log |
| Legacy notifications recorded within five working days | Share of notifications recorded within five working days of reaching us | Legacy Administration Manager | Not recorded | Legacy log, from April 2028 |
| Subject access requests answered within one month | Share of requests answered within the one month UK GDPR allows | Information Governance Manager | 62% (42 of 68) | Request log |
| Volunteers who would recommend us to a friend | Not yet defined | Volunteer Engagement Manager | Not measured | Annual volunteer survey, from 2029 |

## Notes

- No target has been set for volunteers who would recommend us: the survey question is still
  being written with the Volunteer Council.
- Unfilled shifts were counted for Saturdays only until January 2028.
- The Programme Board's one-page report is drawn from Lumen for the measures Lumen holds.
""",
    "context/shops-and-areas.txt": """
MARRAM LUNG RESEARCH
OUR SHOPS AND SHOP AREAS
Head of Retail Operations, February 2028

We run 120 shops in nine areas. Each area has an area manager; each shop has a paid shop manager
and about 24 volunteers. Shops open from 9.30am to 5pm, Monday to Saturday.

AREA                SHOPS   VOLUNTEERS   UNFILLED SHIFTS 2027/28
Fenmarch               14          212   19%
Carrow Vale            15          371   12%
City of Cressbury      13          334   11%
Dunmere                12          268   15%
Eastling               12          287   13%
Greyholm               14          349   14%
Hollinmoor             13          318   12%
Linnet Coast           12          402   16%
Wexcombe               15          359   13%
All areas             120        2,900   14%

TILLS
ShopTill runs only in 96 of our 120 shops: the 24 shops of the Dunmere and Linnet Coast areas
still use stand-alone tills that cannot read a Retail Gift Aid card.

FENMARCH
All 14 Fenmarch shops use ShopTill. Four of them (Oldwick, Pollerton, Saxby Street and
Ferrybridge Road) have no broadband, and their managers use their own phones for email.

ROTAS
Every shop manager draws up the rota on paper and keeps it, with the volunteers' sign-in sheets,
in the back office.

CHRISTMAS
No shop changes how it works in November or December, our busiest trading months.

VOLUNTEERS
Most of our shop volunteers are retired; about two in five are over 70.
""",
}


def gift_aid_review_docx() -> bytes:
    """Internal audit's Gift Aid review: headings, paragraphs and one table."""
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Internal audit report IA/2027/05: Gift Aid", level=1)
    doc.add_paragraph(
        "Prepared for the Finance and Risk Committee, November 2027. Auditor: Tamsin Groves, "
        "internal audit shared service."
    )
    doc.add_paragraph(
        "Scope: Gift Aid on cash and direct debit gifts, and Retail Gift Aid, for 2024/25 to "
        "2027/28 (to the end of October 2027, projected to March 2028)."
    )
    doc.add_paragraph(
        "Summary: we estimate that about £1.9m of Gift Aid was owed to the charity on gifts in "
        "those years and was not claimed."
    )
    doc.add_heading("Findings", level=2)
    for text in [
        "1. Gift Aid declarations taken by phone are kept on paper in the supporter care office, "
        "filed by month; 1,840 of them were never keyed into Pennant.",
        "2. The quarterly claim relies on a spreadsheet built by hand from Pennant exports, which "
        "takes the Income Processing Manager about six days each quarter.",
        "3. HMRC accepts a claim up to four years after the end of the accounting period in which "
        "the gift was made: Gift Aid on gifts made in 2024/25 can be claimed until 31 March "
        "2029, and Gift Aid on gifts made in 2023/24 cannot be claimed after 31 March 2028.",
        "4. In the shops on ShopTill, 31% of donated-goods bags are tagged to a donor with a "
        "Retail Gift Aid declaration.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("Gift Aid owed and not claimed (estimate)", level=2)
    rows = [
        ("Gifts made in", "Estimated Gift Aid not claimed"),
        ("2024/25", "£0.46m"),
        ("2025/26", "£0.49m"),
        ("2026/27", "£0.47m"),
        ("2027/28 (projected)", "£0.48m"),
        ("Total", "£1.90m"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (a, b) in enumerate(rows):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    doc.add_heading("Management response", level=2)
    doc.add_paragraph(
        "Agreed. The Income Processing Manager will make a back-claim for 2024/25 to 2027/28 "
        "before 31 March 2029, and will move the monthly claim to Tidewell once it is live."
    )
    return ooxml_bytes(
        doc,
        STAMP,
        title="Internal audit report IA/2027/05: Gift Aid",
        author="Tamsin Groves",
        last_modified_by="Tamsin Groves",
        revision=3,
    )


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = dict(ORG_TEXT)
    files["people/roles.json"] = roles_json()
    files["context/gift-aid-review-2027.docx"] = gift_aid_review_docx()
    write_files(case / "org", files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
