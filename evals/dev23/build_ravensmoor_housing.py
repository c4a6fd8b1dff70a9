"""Build the dev23 case ``ravensmoor-housing``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx. reportlab is not in the project's lock, so use (or make) a separate venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev23/build_ravensmoor_housing.py [out-folder]

The deck's fonts are DejaVu Sans and DejaVu Sans Bold, embedded from
``/usr/share/fonts/truetype/dejavu/`` (Debian's ``fonts-dejavu-core``).

Writes, under ``evals/dev23/ravensmoor-housing/`` (or ``<out-folder>/ravensmoor-housing/``),
every file of the case but ``gold.json``:

- ``home-first-2031-board-27-june-2028.pdf``: a housing association's three-year service plan
  for its Board, drawn the way LibreOffice Impress exports a 16:9 deck to PDF (pages of
  28 x 15.75 cm, 793.7 x 446.5 pt; Creator "Impress", Producer "LibreOffice 7.6"), imitated
  with reportlab's canvas. Every line of text is its own text object (no paragraph flow); a
  bold lead-in and the rest of its line are two text objects on one baseline; bullet glyphs
  ("●", "–") are their own small text objects left of their line; titles sit at a fixed
  position under an eyebrow; KPI tiles are rectangles holding a big number, a label line and
  a small second line; the KPI table and the risk table are ruled lines with cell texts; the
  roadmap is coloured bars with text in them on a calendar-quarter axis (Q3 2028 to Q2 2031);
  page numbers sit bottom right.
- ``org/``: the roster as a Markdown file with a Mermaid org chart
  (``people/who-does-what.md``), the programme board's terms of reference, the tenants'
  scrutiny panel's terms, an extract of the union recognition agreement (DOCX), the systems
  and data inventory, the service measures, the districts and homes note, the repairs
  contract summary, the Ombudsman and Regulator findings and a workforce note.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, fixed core properties and ZIP times for the DOCX (through
``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev23").
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "ravensmoor-housing"
DECK = "home-first-2031-board-27-june-2028.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

CM = 72 / 2.54
W, H = 28 * CM, 15.75 * CM  # Impress's 16:9 page, 793.7 x 446.5 pt
LEFT = 1.3 * CM
RIGHT = W - 1.3 * CM

Color = tuple[float, float, float]
INK: Color = (0.13, 0.15, 0.2)
TEAL: Color = (0.0, 0.4, 0.42)
TEAL_LIGHT: Color = (0.85, 0.93, 0.93)
AMBER: Color = (0.85, 0.5, 0.05)
AMBER_LIGHT: Color = (0.99, 0.93, 0.82)
GREY: Color = (0.45, 0.47, 0.52)
RULE: Color = (0.7, 0.72, 0.76)
WHITE: Color = (1.0, 1.0, 1.0)
PHASES: list[Color] = [
    (0.35, 0.55, 0.7),
    (0.0, 0.4, 0.42),
    (0.2, 0.5, 0.3),
    (0.55, 0.4, 0.6),
]

STAMP = Stamp((2028, 6, 20, 9, 0, 0), "2028-06-20T09:00:00Z")
PAGES = 16
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


# =========================================================================== drawing helpers


class Deck:
    """A reportlab canvas with the few ways Impress writes text into its PDF export."""

    def __init__(self, path: Path) -> None:
        self.c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setCreator("Impress")
        self.c.setProducer("LibreOffice 7.6")
        self.c.setTitle("Home First 2031")
        self.c.setAuthor("Ravensmoor Homes")
        self.page = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 12,
        font: str = SANS,
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        """One line as its own text object; returns its width. ``limit`` is the width it must
        fit in (the builder refuses a line that would overflow its box)."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textLine(s)
        self.c.drawText(t)
        return width

    def centred(self, cx: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        self.text(cx - stringWidth(s, font, size) / 2, y, s, size, font, color)

    def runs(
        self,
        x: float,
        y: float,
        parts: list[tuple[str, str]],
        size: float = 12,
        color: Color = INK,
        limit: float | None = None,
    ) -> None:
        """A line made of runs (font, text), each its own text object on one baseline."""
        total = sum(stringWidth(s, f, size) for f, s in parts)
        if limit is not None and total > limit + 0.01:
            joined = "".join(s for _, s in parts)
            OVERFLOW.append(
                f"page {self.page}: line too wide ({total:.0f} > {limit:.0f}): {joined}"
            )
        for font, s in parts:
            x += self.text(x, y, s, size, font, color)

    def bullet(self, x: float, y: float, glyph: str, size: float, color: Color = TEAL) -> None:
        """A bullet glyph as its own small text object, left of its line."""
        self.text(x - size * 1.2, y + size * 0.12, glyph, size * 0.62, SANS, color)

    def item(
        self,
        x: float,
        y: float,
        lead: str,
        rest: list[str],
        size: float = 12,
        glyph: str = "●",
        leading: float = 16,
        limit: float | None = None,
    ) -> float:
        """A bulleted item: a bold lead-in and its first line's rest as two runs, then each
        further line of the rest as its own text object at the same indent. Returns the y of
        the next item."""
        width = limit if limit is not None else RIGHT - x
        self.bullet(x, y, glyph, size)
        first = [(BOLD, lead), (SANS, rest[0])] if lead else [(SANS, rest[0])]
        self.runs(x, y, first, size, limit=width)
        for line in rest[1:]:
            y -= leading
            self.text(x, y, line, size, limit=width)
        return y - leading - 4

    # ---------------------------------------------------------------- shapes
    def rect(
        self, x: float, y: float, w: float, h: float, fill: Color, stroke: Color | None = None
    ) -> None:
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.75)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def hline(
        self, x1: float, x2: float, y: float, color: Color = RULE, width: float = 0.75
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def vline(
        self, x: float, y1: float, y2: float, color: Color = RULE, width: float = 0.75
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, y1, x, y2)

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
    def start(self, eyebrow: str, title: str, subtitle: str | None = None) -> None:
        """A new page: the eyebrow, the title at its fixed position and an optional subtitle."""
        self.page += 1
        self.rect(0, H - 0.35 * CM, W, 0.35 * CM, TEAL)
        self.text(LEFT, H - 1.25 * CM, eyebrow, 9, BOLD, AMBER)
        self.text(LEFT, H - 2.15 * CM, title, 24, BOLD, TEAL, limit=RIGHT - LEFT)
        if subtitle:
            self.text(LEFT, H - 2.95 * CM, subtitle, 12, SANS, GREY, limit=RIGHT - LEFT)

    def finish(self) -> None:
        """The footer text and the page number, bottom right, then the next page."""
        if self.page > 1:
            self.text(
                LEFT,
                0.55 * CM,
                "Ravensmoor Homes · Home First 2031 · Board, 27 June 2028",
                8,
                SANS,
                GREY,
            )
            number = str(self.page)
            self.text(RIGHT - stringWidth(number, SANS, 9), 0.55 * CM, number, 9, SANS, GREY)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()


# =========================================================================== the pages


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, TEAL)
    d.rect(0, 0, 0.9 * CM, H, AMBER)
    d.text(2.2 * CM, H - 2.6 * CM, "RAVENSMOOR HOMES", 12, BOLD, AMBER_LIGHT)
    d.text(2.2 * CM, H - 5.6 * CM, "Home First 2031", 44, BOLD, WHITE)
    d.text(2.2 * CM, H - 7.0 * CM, "Repairs, damp and mould, and tenants’ voice:", 18, SANS, WHITE)
    d.text(2.2 * CM, H - 7.9 * CM, "our service plan for Q3 2028 to Q2 2031", 18, SANS, WHITE)
    d.text(
        2.2 * CM,
        3.3 * CM,
        "Board meeting, 27 June 2028 · Paper B/2028/41 · For decision",
        11,
        SANS,
        TEAL_LIGHT,
    )
    d.text(
        2.2 * CM, 2.5 * CM, "Presented by Dr Nadia Okafor, Chief Executive", 11, SANS, TEAL_LIGHT
    )
    d.text(2.2 * CM, 1.7 * CM, "Confidential until approved", 9, SANS, TEAL_LIGHT)
    d.finish()


def tile(d: Deck, x: float, y: float, w: float, h: float, big: str, label: str, small: str) -> None:
    """A KPI tile: a rectangle with a big number, a label line and a small second line."""
    d.rect(x, y, w, h, TEAL_LIGHT)
    d.rect(x, y + h - 4, w, 4, TEAL)
    d.text(x + 12, y + h - 40, big, 26, BOLD, TEAL, limit=w - 24)
    d.text(x + 12, y + h - 60, label, 11, BOLD, INK, limit=w - 24)
    d.text(x + 12, y + h - 76, small, 8, SANS, GREY, limit=w - 24)


def where_we_are(d: Deck) -> None:
    d.start(
        "1 · WHERE WE ARE",
        "Where we are",
        "Figures for 2027/28 (April 2027 to March 2028) unless stated",
    )
    tiles = [
        ("19,040", "homes we let and manage", "in Aldbrook, Kesterdale and Hollins Vale"),
        ("61,300", "responsive repairs raised", "41% of them done by subcontractors"),
        ("1,184", "open damp and mould cases", "412 of them older than 90 days (31 May 2028)"),
        ("64%", "tenants satisfied with repairs", "Tenant Satisfaction Measures survey, 2027/28"),
        ("27 days", "to complete a routine repair", "average; our repairs policy promises 20 days"),
        ("22%", "of calls to us abandoned", "and 40% on Monday mornings"),
    ]
    tw, th, gap = 7.9 * CM, 2.9 * CM, 0.55 * CM
    for k, (big, label, small) in enumerate(tiles):
        col, row = k % 3, k // 3
        x = LEFT + col * (tw + gap)
        y = H - 6.4 * CM - row * (th + gap)
        tile(d, x, y, tw, th, big, label, small)
    y = 2.25 * CM
    d.item(
        LEFT + 0.5 * CM,
        y,
        "First-time fix: ",
        ["71% of in-house jobs; nobody measures it for subcontractor jobs in Hollins Vale"],
        11,
    )
    d.item(
        LEFT + 0.5 * CM,
        y - 0.6 * CM,
        "Staff: ",
        ["about 600, of whom 142 are trades operatives and 38 are contact centre advisers"],
        11,
    )
    d.finish()


def what_we_heard(d: Deck) -> None:
    d.start(
        "1 · WHERE WE ARE",
        "What tenants and our regulators told us",
        "Four messages, one theme: we are slow to fix things and hard to reach",
    )
    y = H - 4.3 * CM
    items = [
        (
            "Housing Ombudsman: ",
            [
                "severe maladministration (March 2028) on a damp",
                "case in Hollins Vale left open for 14 months",
            ],
        ),
        (
            "Regulator of Social Housing: ",
            [
                "a C2 consumer grading after its",
                "December 2027 inspection, naming repairs and damp",
            ],
        ),
        (
            "Tenants’ Scrutiny Panel: ",
            [
                "its repairs review (February 2028)",
                "found tenants ring three times to book one repair",
            ],
        ),
        (
            "Complaints: ",
            ["1,930 stage 1 complaints in 2027/28, up 38%;", "61% of them about repairs"],
        ),
        ("Our operatives: ", ["on one job in four we arrive without", "the part we need"]),
    ]
    for lead, rest in items:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 12, leading=16, limit=RIGHT - LEFT - 8.0 * CM)
    # a quote box on the right
    qx, qw = RIGHT - 7.0 * CM, 7.0 * CM
    d.rect(qx, 2.0 * CM, qw, 8.6 * CM, AMBER_LIGHT)
    qy = 9.3 * CM
    for line in [
        "“I reported the mould",
        "in my son’s bedroom",
        "in October. Nobody",
        "came until March.”",
    ]:
        d.text(qx + 0.5 * CM, qy, line, 13, BOLD, AMBER, limit=qw - 1 * CM)
        qy -= 19
    d.text(
        qx + 0.5 * CM, qy - 10, "– tenant, Moss Lane, Kesterdale", 10, SANS, INK, limit=qw - 1 * CM
    )
    d.finish()


def ambition(d: Deck) -> None:
    d.start("2 · AMBITION", "Our ambition for 2031")
    d.rect(LEFT, H - 5.0 * CM, RIGHT - LEFT, 1.8 * CM, TEAL)
    d.text(
        LEFT + 0.6 * CM,
        H - 4.25 * CM,
        "Every Ravensmoor home safe, warm and dry, with repairs done right first time.",
        15,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 1.2 * CM,
    )
    d.text(LEFT, H - 6.1 * CM, "By Q2 2031 we will:", 14, BOLD, INK)
    goals = [
        "Complete 85% of responsive repairs at the first visit, in every district",
        "Have no damp and mould case open longer than 90 days, from Q4 2029 onwards",
        "Raise tenants’ satisfaction with repairs from 64% to 80%",
        "Answer 90% of calls within 60 seconds, and let tenants book repairs online",
    ]
    y = H - 7.1 * CM
    for k, goal in enumerate(goals, start=1):
        d.rect(LEFT + 0.2 * CM, y - 5, 18, 18, AMBER)
        d.centred(LEFT + 0.2 * CM + 9, y, str(k), 11, BOLD, WHITE)
        d.text(LEFT + 1.3 * CM, y, goal, 14, SANS, INK, limit=RIGHT - LEFT - 1.3 * CM)
        y -= 0.95 * CM
    d.text(
        LEFT,
        y - 0.3 * CM,
        "And we will give tenants a real say in how their homes are looked after.",
        13,
        SANS,
        TEAL,
        limit=RIGHT - LEFT,
    )
    d.finish()


def pillars(d: Deck) -> None:
    d.start("2 · AMBITION", "Four pillars", "What we will change, and who leads it")
    cols = [
        (
            "1  Right first time",
            ["Diagnose at first contact", "and send the right trade", "with the right part"],
            ["Lead: Director of", "Property Services"],
        ),
        (
            "2  Dry homes",
            ["Find damp early, treat", "the cause, and close", "every case in 90 days"],
            ["Lead: Director of", "Property Services"],
        ),
        (
            "3  Easy to reach",
            ["One call, or a few clicks", "online, books the repair", "and its appointment"],
            ["Lead: Director of Housing", "and Communities"],
        ),
        (
            "4  Tenants in the lead",
            ["Tenants check the", "service and its figures", "every quarter"],
            ["Lead: Director of Housing", "and Communities"],
        ),
    ]
    cw, gap = 5.95 * CM, 0.45 * CM
    for k, (name, lines, lead) in enumerate(cols):
        x = LEFT + k * (cw + gap)
        top = H - 3.8 * CM
        d.rect(x, 3.4 * CM, cw, top - 3.4 * CM, TEAL_LIGHT)
        d.rect(x, top - 1.3 * CM, cw, 1.3 * CM, PHASES[k])
        d.text(x + 0.35 * CM, top - 0.85 * CM, name, 12, BOLD, WHITE, limit=cw - 0.7 * CM)
        y = top - 2.2 * CM
        for line in lines:
            d.text(x + 0.35 * CM, y, line, 10.5, SANS, INK, limit=cw - 0.7 * CM)
            y -= 15
        ly = 4.3 * CM
        for line in lead:
            d.text(x + 0.35 * CM, ly, line, 8.5, SANS, GREY, limit=cw - 0.7 * CM)
            ly -= 11
    d.text(
        LEFT,
        2.3 * CM,
        "Underpinned by: one record of every repair and damp case · trained trades and contact staff · one programme office",
        10.5,
        SANS,
        TEAL,
        limit=RIGHT - LEFT,
    )
    d.finish()


def pillar_one(d: Deck) -> None:
    d.start(
        "3 · PILLARS",
        "Pillar 1: Right first time",
        "Lead: Director of Property Services · with the Head of Responsive Repairs",
    )
    y = H - 4.3 * CM
    items = [
        (
            "Diagnose at first contact: ",
            ["give contact centre advisers a repairs diagnosis script with photos"],
        ),
        ("Van stock: ", ["stock every trades van to a common list of 180 parts by Q2 2029"]),
        ("One schedule: ", ["bring Hallam & Royd’s Hollins Vale jobs into JobFlow by Q4 2029"]),
        (
            "Link the visits: ",
            [
                "record follow-on jobs against the first order in Keystone,",
                "so that first-time fix can be counted for every job",
            ],
        ),
        (
            "A new contract: ",
            ["re-let the Hollins Vale repairs contract from April 2030, with first-time-fix terms"],
        ),
        ("Trades capacity: ", ["recruit 14 multi-skilled operatives and 4 apprentices by Q1 2030"]),
    ]
    for lead, rest in items:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 13, leading=17)
    d.finish()


def pillar_two(d: Deck) -> None:
    d.start(
        "3 · PILLARS",
        "Pillar 2: Dry homes",
        "Lead: Director of Property Services · with the Damp and Mould Lead",
    )
    y = H - 4.1 * CM
    items = [
        (
            "One case record: ",
            ["move damp and mould cases from the spreadsheet tracker into Keystone by Q1 2029"],
        ),
        (
            "Inspect quickly: ",
            [
                "inspect every new damp report within 10 working days, and every hazard within 24 hours"
            ],
        ),
        (
            "Fix the cause: ",
            ["fit continuous extract fans and loft insulation in 2,400 homes by Q2 2031"],
        ),
        (
            "Find it early: ",
            ["fit humidity sensors in the 3,000 homes most at risk, starting in Kesterdale"],
        ),
        (
            "Clear the backlog: ",
            ["a team of 12 clears the 412 cases older than 90 days by Q4 2029"],
        ),
        (
            "Look at every visit: ",
            ["housing officers and operatives check for damp at every home visit"],
        ),
        (
            "Hold back: ",
            ["pause arrears court action on any home with an open damp and mould case"],
        ),
        (
            "Know our homes: ",
            ["survey the 8,000 homes with no stock condition survey since 2016 by Q4 2030"],
        ),
    ]
    for lead, rest in items:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 12, leading=16, limit=RIGHT - LEFT - 0.6 * CM)
        y += 2
    d.finish()


def pillars_three_four(d: Deck) -> None:
    d.start(
        "3 · PILLARS",
        "Pillars 3 and 4: Easy to reach, tenants in the lead",
        "Lead: Director of Housing and Communities",
    )
    y = H - 4.0 * CM
    d.text(LEFT, y, "Pillar 3: Easy to reach", 13, BOLD, PHASES[2])
    y -= 0.75 * CM
    for lead, rest in [
        ("Online repairs: ", ["let tenants report and book repairs in MyRavensmoor by Q3 2029"]),
        ("Appointments: ", ["offer a morning, afternoon or school-run slot on the first call"]),
        (
            "Out of hours: ",
            ["bring the out-of-hours repairs line in house, on Keystone, from April 2030"],
        ),
        (
            "Contact centre: ",
            ["add 9 advisers and open 8am to 8pm on weekdays, after consultation with NTSU"],
        ),
    ]:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 12, leading=16)
        y += 2
    y -= 0.2 * CM
    d.text(LEFT, y, "Pillar 4: Tenants in the lead", 13, BOLD, PHASES[3])
    y -= 0.75 * CM
    for lead, rest in [
        (
            "Scrutiny: ",
            [
                "the Tenants’ Scrutiny Panel reviews the repairs figures every quarter and reports to the Board"
            ],
        ),
        ("Standards: ", ["rewrite the repairs standards with tenants by Q1 2029"]),
        (
            "Complaints: ",
            ["answer stage 1 complaints within 10 working days and learn from every upheld case"],
        ),
        ("District panels: ", ["set up a tenants’ repairs panel in each district by Q2 2029"]),
    ]:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 12, leading=16)
        y += 2
    d.finish()


KPI_ROWS = [
    ("Repairs completed at the first visit", "71%*", "85%", "Q2 2031"),
    ("Damp and mould cases open over 90 days", "412", "0", "Q4 2029"),
    ("Tenants satisfied with repairs (TSM)", "64%", "80%", "Q2 2031"),
    ("Average days to complete a routine repair", "27", "15", "Q4 2030"),
    ("Calls answered within 60 seconds", "58%", "90%", "Q2 2030"),
    ("Calls abandoned", "22%", "under 5%", "Q2 2030"),
    ("Repairs reported or booked online", "0%", "30%", "Q2 2031"),
    ("Homes with a stock condition survey since 2021", "58%", "100%", "Q4 2030"),
    ("Stage 1 complaints answered in 10 working days", "67%", "95%", "Q4 2029"),
    ("Repair appointments kept", "81%", "95%", "Q1 2030"),
    ("Tenants who feel listened to (TSM)", "52%", "higher", "–"),
]


def kpi_table(d: Deck) -> None:
    d.start(
        "4 · MEASURES",
        "How we will measure it",
        "Baselines for 2027/28 (our financial year, April to March); targets by calendar quarter",
    )
    cols = [LEFT, LEFT + 12.2 * CM, LEFT + 16.2 * CM, LEFT + 20.2 * CM, RIGHT]
    heads = ["Measure", "Baseline 2027/28", "Target", "By"]
    top = H - 3.5 * CM
    row_h = 0.75 * CM
    d.rect(cols[0], top - row_h, RIGHT - LEFT, row_h, TEAL)
    for k, head in enumerate(heads):
        d.text(cols[k] + 6, top - row_h + 7, head, 11, BOLD, WHITE)
    y = top - row_h
    for row in KPI_ROWS:
        for k, cell in enumerate(row):
            d.text(
                cols[k] + 6,
                y - row_h + 7,
                cell,
                11,
                BOLD if k == 2 else SANS,
                INK,
                limit=cols[k + 1] - cols[k] - 12,
            )
        y -= row_h
        d.hline(LEFT, RIGHT, y)
    for x in cols:
        d.vline(x, y, top)
    d.text(
        LEFT,
        y - 0.55 * CM,
        "* In-house jobs only: subcontractor jobs do not record a first-time fix today.",
        9,
        SANS,
        GREY,
    )
    d.finish()


def costs(d: Deck) -> None:
    d.start("4 · MEASURES", "What it costs", "£14.6m over three years, Q3 2028 to Q2 2031")
    blocks = [
        (
            "£4.1m",
            "Right first time",
            ["van stock, JobFlow for", "subcontractors, 14 operatives", "and 4 apprentices"],
        ),
        (
            "£7.8m",
            "Dry homes",
            ["fans and insulation in", "2,400 homes, sensors,", "the backlog team"],
        ),
        ("£1.9m", "Easy to reach", ["online repairs, 9 advisers,", "out-of-hours line in house"]),
        (
            "£0.8m",
            "Tenants in the lead",
            ["district panels, scrutiny", "support, programme office"],
        ),
    ]
    bw, gap = 5.95 * CM, 0.45 * CM
    for k, (amount, name, lines) in enumerate(blocks):
        x = LEFT + k * (bw + gap)
        top = H - 3.7 * CM
        d.rect(x, top - 4.2 * CM, bw, 4.2 * CM, TEAL_LIGHT)
        d.text(x + 0.35 * CM, top - 1.2 * CM, amount, 26, BOLD, PHASES[k])
        d.text(x + 0.35 * CM, top - 1.95 * CM, name, 11, BOLD, INK, limit=bw - 0.7 * CM)
        yy = top - 2.65 * CM
        for line in lines:
            d.text(x + 0.35 * CM, yy, line, 9, SANS, GREY, limit=bw - 0.7 * CM)
            yy -= 13
    y = 5.2 * CM
    for line in [
        "£3.2m falls in 2028/29 and is in the budget the Board approved in February 2028.",
        "The £11.4m for 2029/30 to 2031/32 comes to the Board in each February budget round.",
        "Savings of £1.1m a year from fewer repeat visits and disrepair claims, from 2030/31.",
    ]:
        d.bullet(LEFT + 0.6 * CM, y, "–", 12, INK)
        d.text(LEFT + 0.6 * CM, y, line, 12, SANS, INK, limit=RIGHT - LEFT - 0.6 * CM)
        y -= 0.8 * CM
    d.finish()


QUARTERS = ["Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2"]


def roadmap(d: Deck) -> None:
    d.start("5 · ROADMAP", "Roadmap: Q3 2028 to Q2 2031", "Calendar quarters · month 0 = July 2028")
    x0, x1 = LEFT + 4.2 * CM, RIGHT
    qw = (x1 - x0) / 12
    top = H - 3.6 * CM
    # the calendar-quarter axis: years over quarters
    for year, first, span in ((2028, 0, 2), (2029, 2, 4), (2030, 6, 4), (2031, 10, 2)):
        d.rect(x0 + first * qw + 1, top - 0.55 * CM, span * qw - 2, 0.55 * CM, TEAL)
        d.centred(x0 + (first + span / 2) * qw, top - 0.4 * CM, str(year), 10, BOLD, WHITE)
    for k, q in enumerate(QUARTERS):
        d.centred(x0 + (k + 0.5) * qw, top - 0.95 * CM, q, 9, SANS, GREY)
    for k in range(13):
        d.vline(x0 + k * qw, 2.0 * CM, top - 1.1 * CM, (0.88, 0.89, 0.9), 0.5)

    def bar(
        row_y: float, q0: int, q1: int, lines: list[str], color: Color, size: float = 9
    ) -> None:
        bx, bw = x0 + q0 * qw + 2, (q1 - q0) * qw - 4
        bh = 0.95 * CM
        d.rect(bx, row_y - bh, bw, bh, color)
        ty = row_y - 0.38 * CM if len(lines) > 1 else row_y - 0.58 * CM
        for line in lines:
            d.text(bx + 5, ty, line, size, BOLD, WHITE, limit=bw - 8)
            ty -= size + 2

    rows = [
        (
            "Phases",
            [
                (0, 2, ["Phase 1", "Stabilise"]),
                (2, 6, ["Phase 2", "Prove it in Kesterdale"]),
                (6, 11, ["Phase 3", "Roll out to Aldbrook and Hollins Vale"]),
                (11, 12, ["Phase 4", "Embed"]),
            ],
        ),
        (
            "Right first time",
            [
                (0, 2, ["Diagnosis script,", "van stock list"]),
                (2, 6, ["Kesterdale: script, van stock,", "linked follow-on jobs"]),
                (6, 12, ["Hallam & Royd on JobFlow;", "new Hollins Vale contract from April 2030"]),
            ],
        ),
        (
            "Dry homes",
            [
                (0, 3, ["Cases into Keystone,", "backlog team starts"]),
                (3, 6, ["Backlog over 90 days", "cleared by Q4 2029"]),
                (6, 12, ["Fans and insulation in 2,400 homes;", "3,000 sensors; 8,000 surveys"]),
            ],
        ),
        (
            "Easy to reach",
            [
                (0, 4, ["Rota consultation,", "school-run slots"]),
                (4, 7, ["Online repairs", "in MyRavensmoor"]),
                (7, 12, ["Out-of-hours line in house;", "8am to 8pm on weekdays"]),
            ],
        ),
        (
            "Tenants in the lead",
            [
                (0, 3, ["New repairs standards", "with tenants"]),
                (3, 12, ["District panels; quarterly scrutiny of the repairs figures"]),
            ],
        ),
    ]
    y = top - 1.35 * CM
    for k, (label, bars) in enumerate(rows):
        d.text(LEFT, y - 0.58 * CM, label, 10, BOLD, INK)
        for q0, q1, lines in bars:
            color = PHASES[bars.index((q0, q1, lines))] if k == 0 else (0.45, 0.6, 0.62)
            bar(y, q0, q1, lines, color, 8.5 if k == 0 else 8)
        y -= 1.2 * CM
    # gates: diamonds on the axis with their labels
    gy = y - 0.15 * CM
    d.text(LEFT, gy - 0.1 * CM, "Gates", 10, BOLD, INK)
    for q_end, label in (
        (2, "G1 Dec 2028: pilot ready"),
        (6, "G2 Dec 2029: go/no-go for roll-out"),
        (11, "G3 Mar 2031: hand over"),
    ):
        gx = x0 + q_end * qw
        d.diamond(gx, gy + 3, 6, AMBER)
        lw = stringWidth(label, BOLD, 8.5)
        lx = gx + 9 if gx + 9 + lw <= RIGHT else gx - 9 - lw  # the last label sits left of its gate
        d.text(lx, gy - 0.1 * CM, label, 8.5, BOLD, AMBER)
    d.text(
        LEFT,
        1.25 * CM,
        "Our financial year runs April to March; budgets for each year are set in February.",
        8.5,
        SANS,
        GREY,
    )
    d.finish()


def pilot(d: Deck) -> None:
    d.start(
        "5 · ROADMAP",
        "Pilot: Kesterdale, January to December 2029",
        "Brackenfield and Moss Lane first (1,450 homes), then the whole district (5,600 homes)",
    )
    lx, lw = LEFT, 13.8 * CM
    rx, rw = LEFT + 14.3 * CM, RIGHT - LEFT - 14.3 * CM
    y = H - 4.1 * CM
    d.text(lx, y, "Why Kesterdale", 13, BOLD, TEAL)
    y -= 0.7 * CM
    for line in [
        "the most open damp and mould cases (486)",
        "in-house trades already on JobFlow",
        "a tenants’ panel already meets there",
    ]:
        d.bullet(lx + 0.5 * CM, y, "–", 11, INK)
        d.text(lx + 0.5 * CM, y, line, 11, SANS, INK, limit=lw - 0.5 * CM)
        y -= 0.6 * CM
    y -= 0.3 * CM
    d.text(lx, y, "What we will do", 13, BOLD, TEAL)
    y -= 0.7 * CM
    for line in [
        "Diagnosis script and van stock live in Kesterdale from January 2029",
        "Sensors in 600 Brackenfield and Moss Lane homes by March 2029",
        "Follow-on jobs linked in Keystone for every Kesterdale order",
        "Review the figures each month with the Kesterdale tenants’ panel",
    ]:
        d.bullet(lx + 0.5 * CM, y, "●", 11)
        d.text(lx + 0.5 * CM, y, line, 11, SANS, INK, limit=lw - 0.5 * CM)
        y -= 0.6 * CM
    # pass marks box
    d.rect(rx, 2.0 * CM, rw, H - 6.0 * CM, AMBER_LIGHT)
    py = H - 4.8 * CM
    d.text(rx + 0.4 * CM, py, "Pass marks for Gate 2", 13, BOLD, AMBER, limit=rw - 0.8 * CM)
    py -= 0.8 * CM
    for lines in [
        ["First-time fix of 80% or more in", "Kesterdale, three months running"],
        ["No Kesterdale damp and mould", "case older than 90 days"],
        ["Satisfaction with repairs of 72%", "or more in Kesterdale (text survey)"],
    ]:
        d.bullet(rx + 0.8 * CM, py, "●", 11, AMBER)
        for line in lines:
            d.text(rx + 0.8 * CM, py, line, 11, SANS, INK, limit=rw - 1.2 * CM)
            py -= 15
        py -= 10
    d.finish()


RISKS = [
    (
        ["Hallam & Royd will not move to JobFlow", "before their contract ends"],
        "High / Medium",
        ["Make JobFlow a condition of the new Hollins", "Vale contract from April 2030"],
    ),
    (
        ["We cannot recruit multi-skilled operatives", "in a tight local labour market"],
        "High / High",
        ["Grow our own: 4 apprentices a year, and a", "market supplement agreed with NTSU"],
    ),
    (
        ["The damp backlog grows faster than", "the team can clear it"],
        "Medium / High",
        ["Buy in damp surveys from a framework", "contractor if open cases pass 1,300"],
    ),
    (
        ["Money for 2029/30 onwards is not", "approved in February 2029"],
        "Medium / High",
        ["Place no Phase 3 orders before Gate 2"],
    ),
    (
        ["The new contact centre rota is not", "agreed with NTSU"],
        "Medium / Medium",
        ["Keep today’s rota until it is agreed;", "open consultation in July 2028"],
    ),
]


def risks(d: Deck) -> None:
    d.start("6 · DELIVERY", "Risks and what we will do about them")
    cols = [LEFT, LEFT + 10.2 * CM, LEFT + 13.9 * CM, RIGHT]
    top = H - 3.0 * CM
    head_h = 0.75 * CM
    d.rect(LEFT, top - head_h, RIGHT - LEFT, head_h, TEAL)
    for k, head in enumerate(["Risk", "Likelihood / impact", "What we will do"]):
        d.text(
            cols[k] + 6,
            top - head_h + 7,
            head,
            11 if k != 1 else 8.5,
            BOLD,
            WHITE,
            limit=cols[k + 1] - cols[k] - 12,
        )
    y = top - head_h
    row_h = 1.45 * CM
    for risk, rating, answer in RISKS:
        ty = y - 0.55 * CM
        for line in risk:
            d.text(cols[0] + 6, ty, line, 11, SANS, INK, limit=cols[1] - cols[0] - 12)
            ty -= 14
        d.text(cols[1] + 6, y - 0.55 * CM, rating, 10, SANS, INK, limit=cols[2] - cols[1] - 12)
        ty = y - 0.55 * CM
        for line in answer:
            d.text(cols[2] + 6, ty, line, 11, SANS, INK, limit=cols[3] - cols[2] - 12)
            ty -= 14
        y -= row_h
        d.hline(LEFT, RIGHT, y)
    for x in cols:
        d.vline(x, y, top)
    d.finish()


def first_90_days(d: Deck) -> None:
    d.start("6 · DELIVERY", "The first 90 days: July to September 2028")
    rows = [
        ("Appoint a permanent Damp and Mould Lead", "Director of Property Services"),
        ("Open the Home First programme office and name the pillar leads", "Chief Executive"),
        (
            "Open consultation with NTSU on the contact centre rota and the supplement",
            "Head of People",
        ),
        ("Agree the pilot plan with the Kesterdale tenants’ panel", "Tenant Engagement Manager"),
        (
            "Issue the van stock list and order stock for the Kesterdale vans",
            "Head of Responsive Repairs",
        ),
        ("Agree 40 more JobFlow licences with Tessera Software", "Head of ICT and Data"),
        (
            "Write to every household with an open damp case: a named contact and a date",
            "Damp and Mould Lead",
        ),
        (
            "Take the draft repairs standards to the Tenants’ Scrutiny Panel",
            "Director of Housing and Communities",
        ),
    ]
    top = H - 3.1 * CM
    cols = [LEFT, LEFT + 1.0 * CM, LEFT + 17.6 * CM, RIGHT]
    d.text(cols[1], top, "Action", 11, BOLD, TEAL)
    d.text(cols[2], top, "Lead", 11, BOLD, TEAL)
    y = top - 0.35 * CM
    d.hline(LEFT, RIGHT, y, TEAL, 1.2)
    for k, (action, lead) in enumerate(rows, start=1):
        ty = y - 0.62 * CM
        d.text(cols[0] + 4, ty, str(k), 11, BOLD, AMBER)
        d.text(cols[1], ty, action, 11, SANS, INK, limit=cols[2] - cols[1] - 8)
        d.text(cols[2], ty, lead, 10, SANS, GREY, limit=cols[3] - cols[2])
        y -= 0.95 * CM
        d.hline(LEFT, RIGHT, y)
    d.finish()


def governance(d: Deck) -> None:
    d.start("6 · DELIVERY", "How we will run it")
    y = H - 3.6 * CM
    for lead, rest in [
        ("Sponsor: ", ["Dr Nadia Okafor, Chief Executive, Senior Responsible Owner"]),
        (
            "Home First Programme Board: ",
            [
                "chaired by the Chief Executive, meets monthly; the three directors,",
                "the programme manager, and the Tenants’ Scrutiny Panel Chair as an observer",
            ],
        ),
        (
            "Gates: ",
            [
                "G1 December 2028, G2 December 2029, G3 March 2031; the Programme Board",
                "decides each gate and reports its decision to the Board",
            ],
        ),
        (
            "Board: ",
            ["sets each year’s budget in February and hears the scrutiny panel every quarter"],
        ),
        (
            "Assurance: ",
            [
                "a quarterly report to the Audit and Risk Committee; our TSM results go",
                "to the Regulator each June",
            ],
        ),
    ]:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 12.5, leading=17)
    d.finish()


def asks(d: Deck) -> None:
    d.start("7 · DECISIONS", "What we ask the Board to decide today")
    y = H - 3.9 * CM
    for k, line in enumerate(
        [
            "Approve Home First 2031 as our service plan to June 2031",
            "Release £3.2m for Phase 1 and the Kesterdale pilot from the 2028/29 budget",
            "Agree Kesterdale as the pilot district, and the pass marks for Gate 2",
            "Note that the £11.4m for 2029/30 to 2031/32 will come in each February budget round",
            "Delegate the gate decisions to the Home First Programme Board",
        ],
        start=1,
    ):
        d.rect(LEFT, y - 6, 22, 22, TEAL)
        d.centred(LEFT + 11, y, str(k), 12, BOLD, WHITE)
        d.text(LEFT + 1.2 * CM, y, line, 14, SANS, INK, limit=RIGHT - LEFT - 1.2 * CM)
        y -= 1.15 * CM
    d.text(
        LEFT,
        2.0 * CM,
        "Contact: Owen Pryce, Home First Programme Manager · owen.pryce@ravensmoorhomes.org.uk",
        9,
        SANS,
        GREY,
    )
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    d = Deck(path)
    for page in (
        cover,
        where_we_are,
        what_we_heard,
        ambition,
        pillars,
        pillar_one,
        pillar_two,
        pillars_three_four,
        kpi_table,
        costs,
        roadmap,
        pilot,
        risks,
        first_90_days,
        governance,
        asks,
    ):
        page(d)
    assert d.page == PAGES, d.page
    if OVERFLOW:
        raise ValueError("\n".join(OVERFLOW))
    d.save()


# =========================================================================== the org folder

ORG_TEXT: dict[str, str] = {}

ORG_TEXT["people/who-does-what.md"] = """
# Who does what: Home First 2031

This chart shows the posts that run Home First 2031 and whom they report to, as at June 2028.
Each box gives the post's remit in the programme. The programme office keeps it up to date;
the names of postholders are in the staff directory, not here.

```mermaid
flowchart TD
  subgraph CEO_OFFICE["Chief Executive's Office"]
    CEO["Chief Executive<br/>Remit: Senior Responsible Owner for Home First 2031; chairs the Home First Programme Board; decides each gate"]
    PM["Home First Programme Manager<br/>Remit: programme office, plan, risk log, gate reports and benefits tracking<br/>Team: Strategy and Performance"]
    RAM["Regulation and Assurance Manager<br/>Remit: consumer standards self-assessment, returns to the Regulator, the TSM survey and its results<br/>Team: Strategy and Performance"]
  end
  subgraph PROPERTY["Property Services"]
    DPS["Director of Property Services<br/>Remit: responsive repairs, damp and mould, planned works and the trades team"]
    HRR["Head of Responsive Repairs<br/>Remit: in-house trades team and operatives, van stock, first-time fix, repairs standards and priorities<br/>Team: Repairs"]
    RSM["Repairs Scheduling Manager<br/>Remit: JobFlow scheduling, appointments, operatives' diaries, the repairs admin team<br/>Team: Repairs"]
    DML["Damp and Mould Lead<br/>Remit: damp and mould cases, inspections, treatment, the backlog team, humidity sensors<br/>Team: Repairs"]
    HAM["Head of Asset Management<br/>Remit: stock condition surveys, AssetBase, planned works, extract fans, ventilation and insulation programmes<br/>Team: Assets"]
    SCM["Supply Chain and Contracts Manager<br/>Remit: repairs subcontracts and frameworks, tendering, contract performance, parts supply<br/>Team: Assets"]
  end
  subgraph HOUSING["Housing and Communities"]
    DHC["Director of Housing and Communities<br/>Remit: contact centre, tenancy, income, tenant engagement and complaints"]
    HCC["Head of Customer Contact<br/>Remit: contact centre, call handling, out-of-hours repairs line, advisers' scripts and rota<br/>Team: Customer Contact"]
    HTN["Head of Tenancy and Neighbourhoods<br/>Remit: housing officers, tenancy visits, estate services in the three districts<br/>Team: Neighbourhoods"]
    INC["Income Manager<br/>Remit: rent collection, arrears, court action for arrears<br/>Team: Neighbourhoods"]
    TEM["Tenant Engagement Manager<br/>Remit: supports the Tenants' Scrutiny Panel and the district tenants' panels, tenant involvement<br/>Team: Engagement"]
    CLM["Complaints and Learning Manager<br/>Remit: complaints handling, Housing Ombudsman cases, the Complaint Handling Code self-assessment, learning from complaints<br/>Team: Engagement"]
  end
  subgraph RESOURCES["Finance and Resources"]
    DFR["Director of Finance and Resources<br/>Remit: budget, capital programme, ICT, people and procurement rules"]
    ICT["Head of ICT and Data<br/>Remit: Keystone, JobFlow, CallPoint, MyRavensmoor and Lantern; data quality and reporting<br/>Team: ICT"]
    HOP["Head of People<br/>Remit: recruitment, apprentices, the Ravensmoor Academy's training, consultation with NTSU<br/>Team: People"]
  end
  subgraph CONSULTED["Consulted"]
    TSP["Tenants' Scrutiny Panel Chair<br/>Remit: consulted on repairs standards, service changes and the quarterly figures"]
    NTSU["NTSU Branch Secretary<br/>Remit: consulted on rotas, working hours, pay supplements and changes to jobs"]
  end
  CEO --> PM
  CEO --> RAM
  CEO --> DPS
  CEO --> DHC
  CEO --> DFR
  DPS --> HRR
  DPS --> RSM
  DPS --> DML
  DPS --> HAM
  DPS --> SCM
  DHC --> HCC
  DHC --> HTN
  DHC --> INC
  DHC --> TEM
  DHC --> CLM
  DFR --> ICT
  DFR --> HOP
  CEO -.- TSP
  HOP -.- NTSU
  classDef consult fill:#eee
  class TSP,NTSU consult
```

Consult only (they are consulted and never own programme work):

- Tenants' Scrutiny Panel Chair
- NTSU Branch Secretary

Vacancies: the Damp and Mould Lead post has been vacant since April 2028, and the Head of Asset Management is covering the damp and mould caseload until it is filled.
"""

ORG_TEXT["governance/home-first-programme-board-terms-of-reference.md"] = """
# Home First Programme Board: terms of reference

Approved by the Executive Team, 6 June 2028. To be reviewed at Gate 1.

## Purpose

The Programme Board directs Home First 2031, our plan for repairs, damp and mould, contact
and tenants' voice. It is accountable to the Board of Ravensmoor Homes.

## Chair and members

- Chair: the Chief Executive, who is the programme's Senior Responsible Owner.
- Members: the Director of Property Services, the Director of Housing and Communities, the
  Director of Finance and Resources and the Home First Programme Manager.
- Observer: the Chair of the Tenants' Scrutiny Panel.
- Secretary: the Home First Programme Manager.

## What it decides

- Each gate decision (G1, G2, G3), on a gate report from the Programme Manager, once the
  Board has delegated them.
- Changes to the plan within the approved budget.
- The Programme Board may approve spending of up to £250,000 within the approved budget; anything larger goes to the Board.

## Money and the financial year

Our financial year runs from 1 April to 31 March. The Board sets each year's budget in February for the year starting in April. Only the 2028/29 budget of Home First is approved; nothing after March 2029 is committed yet.

## Meetings

Monthly, and quorate with the chair and two directors. Papers are sent five working days
before the meeting. The Programme Board reports to the Board after each gate and to the
Audit and Risk Committee each quarter.
"""

ORG_TEXT["governance/tenants-scrutiny-panel-terms.md"] = """
# Tenants' Scrutiny Panel: terms of reference (extract)

The Tenants' Scrutiny Panel is a group of tenants who check how well Ravensmoor Homes runs
its services and report to the Board. It was set up in 2014.

- The panel has 11 tenant members, chosen by open invitation for three years at a time.
- Five members live in Aldbrook and six in Kesterdale; none live in Hollins Vale.
- The panel must be consulted before any change to the repairs standards, appointment times or repair priorities goes to the Board.
- The panel meets every six weeks, and its papers must reach members ten working days before a meeting.
- The panel chooses two subjects to review each year; its 2028/29 reviews are already set (anti-social behaviour and lettings).
- The Tenant Engagement Manager supports the panel and pays members' travel and childcare costs.

District tenants' panels: Kesterdale has a tenants' panel that has met monthly since 2022. Aldbrook's panel stopped meeting in 2026 and there has never been one in Hollins Vale.
"""

ORG_TEXT["systems/systems-and-data.md"] = """
# Systems and data: what we run and what it can and cannot do

Owner: Head of ICT and Data. Last reviewed May 2028.

## Keystone (housing management system)

Keystone, from Orbis Housing Software, has been our housing management system since 2019. It holds every tenancy, rent account and repair order for all 19,040 homes, and the income team's arrears cases.

- A follow-on job is raised in Keystone as a new order, with no link to the first one, so we cannot count first-time fix from Keystone.
- Damp and mould cases are not held in Keystone: the Repairs team keeps them in a shared spreadsheet tracker, one row per case.
- Orbis releases Keystone upgrades twice a year, in March and September; a change to the repairs module has to wait for one of those releases.
- Keystone records when a repair order was raised, not when the tenant first reported the problem.

## JobFlow (repairs scheduling)

JobFlow, from Tessera Software, schedules the in-house trades team's jobs and appointments and runs on the operatives' handheld devices.

- JobFlow is used in Aldbrook and Kesterdale only.
- Hallam & Royd, who carry out all responsive repairs in Hollins Vale, are sent orders by email and return paper job sheets.
- The repairs admin team keys the completion dates from those job sheets into Keystone, usually three to five working days after the job.
- Our JobFlow licence covers 140 users and all 140 are in use; more users need a change to the Tessera contract, which can be made at its anniversary on 1 October each year.
- JobFlow keeps appointment history for 24 months and then deletes it.
- JobFlow offers all-day, morning and afternoon slots; a school-run slot has never been set up.

## CallPoint (contact centre telephony)

CallPoint carries every call to our 0300 number during opening hours, with call queues, recordings and wallboards.

- Call recordings are kept for 90 days only.
- CallPoint does not pass the caller's number to Keystone, so advisers look up each tenant by hand.
- Out of hours (6pm to 8am, weekends and bank holidays), calls go to Careline North, an answering service that cannot see Keystone and emails job details to the repairs admin team each morning.
- The Careline North contract runs to 31 March 2030 and ending it early would cost a fee of £85,000.

## MyRavensmoor (tenant portal)

MyRavensmoor lets tenants see their rent balance, pay rent and update their contact details; 6,900 tenants have an account.

- Repairs cannot be reported or booked in MyRavensmoor, because the portal has no connection to JobFlow.

## AssetBase (stock condition)

AssetBase holds our stock condition data and the planned works programme.

- The last stock condition survey covered 58% of homes between 2021 and 2023; the other 42%, about 8,000 homes, have had no survey since 2016.
- AssetBase does not record ventilation, so we do not know which homes have working extract fans.

## Humidity sensors

We have 40 humidity sensors from a 2027 trial on the Castlegate flats in Aldbrook, supplied by Airsafe Monitoring.

- Airsafe keeps the sensor readings for 12 months, and they cannot be exported into Lantern.
- The sensors report over the mobile network, and the lower floors of the four Moss Lane tower blocks get no mobile signal.
- Before a sensor is fitted in a home, our Data Protection Officer must approve a data protection impact assessment and the tenant must agree in writing.

## Lantern (reporting)

Lantern is our reporting database: it is fed each night from Keystone, JobFlow and CallPoint, and each directorate has its own Power BI dashboards.

- Lantern takes nothing from the damp and mould tracker or from Hallam & Royd's job sheets.

## Surveys

Northfield Research runs our Tenant Satisfaction Measures (TSM) perception survey each year: 1,400 tenants by phone, between October and December.

- The TSM sample is too small to report results by district.
- After each in-house repair JobFlow sends the tenant a text survey; Hallam & Royd's jobs in Hollins Vale get no survey.
"""

ORG_TEXT["measures/service-measures.md"] = """
# Service measures: definitions, owners and baselines

Baselines are for our financial year 2027/28 (1 April 2027 to 31 March 2028).

| Measure | Definition | Owner | Baseline 2027/28 | Source |
|---|---|---|---|---|
| First-time fix | Responsive repairs completed at the first visit, with no follow-on job within 30 days | Head of Responsive Repairs | 71% (in-house only) | JobFlow |
| Damp and mould cases over 90 days | Open damp and mould cases reported more than 90 days ago | Damp and Mould Lead | 412 | Spreadsheet tracker |
| Satisfaction with repairs | TSM TP02: tenants satisfied with the overall repairs service | Regulation and Assurance Manager | 64% | TSM survey |
| Days to complete a routine repair | Average calendar days from order to completion, routine priority | Head of Responsive Repairs | 27 | Keystone |
| Calls answered in 60 seconds | Calls answered by an adviser within 60 seconds of joining the queue | Head of Customer Contact | 58% | CallPoint |
| Calls abandoned | Calls ended by the caller before an adviser answers | Head of Customer Contact | 22% | CallPoint |
| Repairs booked online | Repairs reported or booked by tenants through MyRavensmoor | Head of Customer Contact | 0% | none |
| Stock condition coverage | Homes with a stock condition survey since April 2021 | Head of Asset Management | 58% | AssetBase |
| Stage 1 complaints on time | Stage 1 complaints answered within 10 working days | Complaints and Learning Manager | 67% | Resolve |
| Appointments kept | Repair appointments kept by us on the day and slot agreed | Repairs Scheduling Manager | 81% | JobFlow |
| Tenants who feel listened to | TSM TP06: tenants who feel we listen to their views and act on them | Regulation and Assurance Manager | 52% | TSM survey |

Notes:

- First-time fix is measured for in-house jobs only: Hallam & Royd's jobs record no first-time fix.
- Days to complete are counted from the order date, not the date the tenant first called.
- The age of each damp and mould case is counted from the tracker by hand each month.
- No target has been set for tenants who feel listened to; the Board will set one after the 2028 survey.
- Complaints are logged in Resolve, our complaints case tool, which the Complaints and Learning Manager runs.
"""

ORG_TEXT["context/districts-and-homes.txt"] = """
DISTRICTS AND HOMES: RAVENSMOOR HOMES, JUNE 2028

Ravensmoor Homes is a housing association with about 600 staff. We own and manage 19,040
homes in three districts: Aldbrook (7,900), Kesterdale (5,600) and Hollins Vale (5,540).

Aldbrook is our largest and most urban district. About 210 of our flats there are in blocks
with leaseholders; works to the shared parts of those blocks need Section 20 consultation
with the leaseholders, which takes at least 60 days.

Kesterdale is a former mining town. It has 486 open damp and mould cases, the most of the
three districts. The Brackenfield and Moss Lane estates (1,450 homes) were built between 1964
and 1971, and 380 of their homes are in four tower blocks with no mechanical ventilation.

Hollins Vale is rural: our homes there are spread across 31 villages and two market towns.
We have no trades depot in Hollins Vale, and all responsive repairs there are done by Hallam &
Royd Building Services from their yard in Harrowfield.

Our financial year runs from 1 April to 31 March.
"""

ORG_TEXT["context/hallam-royd-contract-summary.md"] = """
# Hollins Vale responsive repairs contract: summary

Prepared by the Supply Chain and Contracts Manager, April 2028.

- Contractor: Hallam & Royd Building Services Ltd.
- Scope: all responsive repairs and empty-home repairs to our 5,540 homes in Hollins Vale.
- Term: 1 April 2025 to 31 March 2030, with no option to extend.
- Value: about £3.1m a year.

Key terms:

- The contract sets no first-time-fix target; it measures jobs completed within priority times and complaints about the contractor.
- Its measures can be changed only at the annual review each January, and only with the contractor's agreement.
- Either party may end the contract early on six months' notice.
- Hallam & Royd's operatives do not carry a common van stock; they buy parts from local merchants job by job.

Re-letting: a new contract worth more than £5m must be tendered under the Procurement Act 2023, which takes about nine months from the tender notice to award.
"""

ORG_TEXT["context/ombudsman-and-regulator.md"] = """
# What the Housing Ombudsman and the Regulator have said

Prepared by the Regulation and Assurance Manager for the Board, June 2028.

## Housing Ombudsman

- In March 2028 the Ombudsman found severe maladministration in our handling of a damp and mould case in Hollins Vale that stayed open for 14 months.
- The Ombudsman ordered us to review how we handle damp and mould, and we must report that we have complied by 30 September 2028.
- Our Complaint Handling Code self-assessment must be published each June, and any change to our complaints policy needs the Board's approval.

## Regulator of Social Housing

- After its inspection in December 2027 the Regulator gave us a C2 consumer grading, naming repairs and damp and mould.
- The Regulator expects a written progress update from us every quarter until the grading is reviewed.
- TSM results for each year are sent to the Regulator by 30 June.

## Damp and mould hazard timescales

The hazard timescales for social landlords (Awaab's Law) require us to investigate a reported damp and mould hazard within 10 working days and to start emergency work within 24 hours. We missed these timescales in 39% of cases in the first quarter of 2028.
"""

ORG_TEXT["context/workforce-notes.md"] = """
# Workforce notes for Home First 2031

From the Head of People, May 2028.

- The trades team has 142 operatives, and 11 of its posts are vacant, most of them for plumbers and electricians.
- Recruiting an operative takes about 12 weeks from advert to start.
- The Ravensmoor Academy runs our training and trains up to six apprentices a year with Harrowfield College.
- The contact centre has 38 adviser posts; six of them are vacant.
- The contact centre opens 8am to 6pm on weekdays, with no cover at weekends.
- Contact centre advisers have had no training in diagnosing repairs.
"""

UNION_PARAGRAPHS = [
    ("Title", "Recognition and procedure agreement: extract"),
    (
        "Normal",
        "Between Ravensmoor Homes and the Northern Trades and Staff Union (NTSU). Signed 12 May 2023. Extract prepared by the Head of People for Home First 2031.",
    ),
    ("Heading 2", "Consultation"),
    (
        "Normal",
        "Any change to working hours, shift patterns or rotas must be consulted on with NTSU for at least 45 days before it is made.",
    ),
    ("Normal", "Market supplements are agreed with NTSU and reviewed every 12 months."),
    ("Heading 2", "Ways of working"),
    (
        "Normal",
        "Operatives may not be asked to work across trades until a multi-skilling agreement is signed with NTSU; none has been signed yet.",
    ),
    (
        "Normal",
        "Out-of-hours work in tenants' homes needs two operatives under the lone working rule.",
    ),
    ("Normal", "JobFlow's location tracking stays switched off under this agreement."),
    ("Heading 2", "Disputes"),
    ("Normal", "A dispute goes first to the joint consultative committee, which meets each month."),
]


def union_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for kind, text in UNION_PARAGRAPHS:
        if kind == "Title":
            doc.add_heading(text, level=0)
        elif kind == "Heading 2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Head of People",
        last_modified_by="Head of People",
        title="NTSU recognition agreement: extract",
        created=datetime(2028, 5, 20, 9, 0, 0),
        modified=datetime(2028, 5, 20, 9, 0, 0),
        revision=1,
    )


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/governance/ntsu-recognition-agreement-extract.docx"] = union_docx()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
