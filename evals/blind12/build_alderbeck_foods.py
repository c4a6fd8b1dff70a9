"""Build the blind12 case ``alderbeck-foods``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx (reportlab is not in the project's lock; ``/tmp/rl`` is such a venv):

    /tmp/rl/bin/python evals/blind12/build_alderbeck_foods.py [out-folder]

Writes, under ``evals/blind12/alderbeck-foods/`` (or ``<out-folder>/alderbeck-foods/``),
every file of the case but ``gold.json``:

- ``right-first-time-board-28mar2028.pdf``: a chilled-food manufacturer's operations plan as
  a designer's Figma frames come out of "Export as PDF": 16 pages of 1920 x 1080 pt, every
  text layer positioned absolutely and every line of a multi-line layer its own text object,
  small letter-spaced all-caps kickers above the headings (drawn with character spacing),
  huge numbers in tiles, cards as rounded rectangles in two to four columns, a KPI table
  drawn as text layers over rules, a roadmap of horizontal bars over a month axis with gate
  diamonds. Layers are written card by card (a column's lines before the next column's).
  Creator and Producer "Figma". DejaVu Sans and Sans Bold from
  ``/usr/share/fonts/truetype/dejavu/`` stand in for the designer's typeface.
- ``org/``: the roster as an OpenDocument spreadsheet written as LibreOffice Calc saves one
  (``people/factory-roles.ods``: a "Roles" sheet with a title row, a blank row, a header and
  one row a role; a "Lists" sheet of drop-down values), the steering group's terms of
  reference, an extract of the union recognition agreement (DOCX), the Works Committee's
  constitution, the systems and data inventory, the measure definitions, the Marwood site
  profile, a summary of the customers' codes of practice, the workforce summary and an
  email from the council's environmental health team.

Re-running it rewrites every file byte for byte: reportlab's invariant mode for the PDF,
fixed ZIP times and document dates for the ODS and the DOCX, literal strings for the text
files. It never touches ``gold.json``. This is a BLIND case (split "blind12").
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "alderbeck-foods"
DECK = "right-first-time-board-28mar2028.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

W, H = 1920.0, 1080.0
PAGES = 16

Color = tuple[float, float, float]


def _hex(code: str) -> Color:
    return tuple(int(code[k : k + 2], 16) / 255 for k in (0, 2, 4))  # type: ignore[return-value]


GREEN = _hex("0F3D2E")
GREEN_2 = _hex("1F6B4F")
ACCENT = _hex("E8743B")
CARD = _hex("F1F4EF")
LINE = _hex("D5DDD3")
INK = _hex("15201B")
GREY = _hex("65706A")
WHITE: Color = (1.0, 1.0, 1.0)
PALE = _hex("CFE3D8")

FOOTER = "Alderbeck Foods · Right First Time · Board of Directors, 28 March 2028"


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(SANS, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


# =========================================================================== Figma-like layers


class Frame:
    """One Figma frame (a PDF page): positions are Figma's, from the frame's top left."""

    def __init__(self, c: rl_canvas.Canvas) -> None:
        self.c = c

    def text(
        self,
        x: float,
        top: float,
        words: str,
        size: float,
        font: str = SANS,
        color: Color = INK,
        space: float = 0.0,
        width: float | None = None,
        align: str = "left",
    ) -> None:
        """One text layer of one line: ``top`` is the layer's top edge; ``space`` is Figma's
        letter spacing in points; ``width`` the box the line must fit."""
        measured = stringWidth(words, font, size) + space * max(len(words) - 1, 0)
        if width is not None and measured > width + 0.5:
            raise ValueError(f"line too wide ({measured:.0f} > {width:.0f}): {words!r}")
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        baseline = H - top - size * 0.93
        if align == "right":
            x -= measured
        elif align == "center":
            x -= measured / 2
        c.drawString(x, baseline, words, charSpace=space)

    def lines(
        self,
        x: float,
        top: float,
        rows: list[str],
        size: float,
        font: str = SANS,
        color: Color = INK,
        lead: float = 1.3,
        width: float | None = None,
    ) -> float:
        """A multi-line text layer as Figma exports it: one text object per line. Returns the
        top of the next line."""
        for row in rows:
            self.text(x, top, row, size, font, color, width=width)
            top += size * lead
        return top

    def box(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        fill: Color,
        radius: float = 24,
        stroke: Color | None = None,
    ) -> None:
        c = self.c
        c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(2)
        c.roundRect(x, H - top - h, w, h, radius, stroke=1 if stroke else 0, fill=1)

    def rule(self, x0: float, top: float, x1: float, color: Color = LINE, width: float = 2) -> None:
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(width)
        c.line(x0, H - top, x1, H - top)

    def vline(self, x: float, top: float, bottom: float, color: Color, dash: bool = False) -> None:
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(2)
        if dash:
            c.setDash(8, 8)
        c.line(x, H - top, x, H - bottom)
        c.setDash()

    def dot(self, x: float, top: float, r: float, fill: Color) -> None:
        c = self.c
        c.setFillColorRGB(*fill)
        c.circle(x, H - top, r, stroke=0, fill=1)

    def diamond(self, x: float, top: float, r: float, fill: Color) -> None:
        c = self.c
        c.setFillColorRGB(*fill)
        p = c.beginPath()
        y = H - top
        p.moveTo(x, y + r)
        p.lineTo(x + r, y)
        p.lineTo(x, y - r)
        p.lineTo(x - r, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def page(self, n: int, kicker: str, heading: str, sub: str | None = None) -> None:
        """The frame's background, kicker, heading, subheading and footer."""
        c = self.c
        c.setFillColorRGB(*WHITE)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        self.box(100, 84, 12, 12, ACCENT, radius=6)
        self.text(124, 80, kicker, 20, BOLD, ACCENT, space=5, width=1200)
        self.text(100, 118, heading, 56, BOLD, INK, width=1720)
        if sub:
            self.text(100, 194, sub, 26, SANS, GREY, width=1720)
        self.rule(100, 1004, 1820, LINE, 1.5)
        self.text(100, 1020, FOOTER, 17, SANS, GREY)
        self.text(1820, 1020, f"{n:02d} / {PAGES}", 17, BOLD, GREY, align="right")


# =========================================================================== the pages


def p01_cover(f: Frame) -> None:
    c = f.c
    c.setFillColorRGB(*GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    f.box(1320, 140, 480, 480, GREEN_2, radius=240)
    f.box(1500, 520, 320, 320, ACCENT, radius=160)
    f.text(120, 150, "BOARD OF DIRECTORS · 28 MARCH 2028", 22, BOLD, PALE, space=7)
    f.text(120, 330, "Right First Time", 140, BOLD, WHITE, width=1300)
    f.text(120, 520, "Alderbeck Foods operations plan, FY29 to FY31", 44, SANS, WHITE, width=1300)
    f.lines(
        120,
        800,
        ["Presented by Dan Okafor, Operations Director,", "and Priya Raman, Technical Director"],
        26,
        SANS,
        PALE,
        width=1200,
    )
    f.text(120, 930, "Board paper AF/B/28/07 · Confidential", 20, SANS, PALE)


def p02_where(f: Frame) -> None:
    f.page(
        2, "WHERE WE ARE", "FY28 in numbers", "April 2027 to March 2028, forecast at February 2028"
    )
    tiles = [
        ("1,712", ["people in three factories", "and the technical centre"]),
        ("41", ["production lines,", "14 of them high-care"]),
        ("£418m", ["sales, 92% of it own-label", "for three retailers"]),
        ("58%", ["average OEE on", "high-care lines"]),
        ("6.8", ["customer complaints", "per million packs"]),
        ("3", ["product withdrawals,", "two for labelling errors"]),
        ("31%", ["of hours worked", "by agency staff"]),
        ("9.5%", ["of raw materials", "ends up as waste"]),
    ]
    for k, (number, label) in enumerate(tiles):
        x = 100 + (k % 4) * 440
        top = 270 + (k // 4) * 330
        f.box(x, top, 400, 300, CARD)
        f.text(x + 36, top + 44, number, 88, BOLD, GREEN, width=340)
        f.lines(x + 36, top + 190, label, 24, SANS, INK, width=340)
    f.text(
        100,
        944,
        "Source: Prism ERP, LineSight (Kirkholme only) and site shift reports",
        18,
        SANS,
        GREY,
    )


def p03_problems(f: Frame) -> None:
    f.page(3, "WHAT GETS IN THE WAY", "Five problems we have to fix first")
    cards = [
        (
            "Paper at two factories",
            [
                "Marwood and Ellerby keep batch",
                "records on paper: 2,300 sheets a",
                "week, read by hand before release.",
            ],
        ),
        (
            "One factory in view",
            [
                "LineSight shows live stops only at",
                "Kirkholme. Elsewhere OEE is added",
                "up from shift reports, a week late.",
            ],
        ),
        (
            "Labels cause withdrawals",
            [
                "Two of our three withdrawals in",
                "FY28 were the right food in the",
                "wrong label.",
            ],
        ),
        (
            "A plan rebuilt every day",
            [
                "Each factory plans in its own spreadsheet",
                "and rebuilds it after every order change.",
            ],
        ),
        (
            "Agency cover that does not stay",
            [
                "31% of hours are worked by agency staff;",
                "44% of new permanent starters leave",
                "within 90 days.",
            ],
        ),
    ]
    for k, (title, body) in enumerate(cards):
        if k < 3:
            x, top, w = 100 + k * 586, 250, 548
        else:
            x, top, w = 100 + (k - 3) * 880, 600, 840
        f.box(x, top, w, 310, CARD)
        f.text(x + 36, top + 40, title, 30, BOLD, GREEN, width=w - 72)
        f.lines(x + 36, top + 112, body, 24, SANS, INK, width=w - 72)


def p04_ambition(f: Frame) -> None:
    c = f.c
    c.setFillColorRGB(*WHITE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    f.box(100, 84, 12, 12, ACCENT, radius=6)
    f.text(124, 80, "OUR AMBITION", 20, BOLD, ACCENT, space=5)
    f.lines(100, 130, ["Every pack right first time,", "from every line, every shift."], 72, BOLD, INK,
            lead=1.2, width=1720)  # fmt: skip
    f.text(100, 340, "Four targets the Board will hold us to", 30, SANS, GREY)
    tiles = [
        ("72%", ["high-care OEE", "by March 2031"]),
        ("98.5%", ["orders on time and in full", "by March 2030"]),
        ("15%", ["agency share of hours", "by March 2030"]),
        ("3 of 3", ["digital batch records", "at all three factories", "by December 2030"]),
    ]
    for k, (number, label) in enumerate(tiles):
        x = 100 + k * 440
        f.box(x, 420, 400, 440, GREEN if k == 0 else CARD)
        ink = WHITE if k == 0 else INK
        f.text(x + 36, 466, number, 94, BOLD, WHITE if k == 0 else GREEN, width=340)
        f.lines(x + 36, 640, label, 26, SANS, ink, width=340)
    f.text(100, 910, "Measures, baselines and targets in full on page 10", 22, SANS, GREY)
    f.rule(100, 1004, 1820, LINE, 1.5)
    f.text(100, 1020, FOOTER, 17, SANS, GREY)
    f.text(1820, 1020, f"04 / {PAGES}", 17, BOLD, GREY, align="right")


def p05_pillars(f: Frame) -> None:
    f.page(5, "THE PLAN ON A PAGE", "Four pillars, one programme")
    pillars = [
        ("PILLAR 01", ["Safe and legal,", "every batch"],
         ["Digital batch records", "Label and date-code cameras", "Electronic positive release"]),
        ("PILLAR 02", ["Lines that run"],
         ["LineSight at every factory", "Short-interval control", "Planned maintenance"]),
        ("PILLAR 03", ["Plan to the order"],
         ["One schedule for three sites", "Agreed order cut-offs", "Giveaway checked weekly"]),
        ("PILLAR 04", ["People who stay"],
         ["A flexible permanent pool", "Annualised hours", "An induction academy"]),
    ]  # fmt: skip
    for k, (label, name, items) in enumerate(pillars):
        x = 100 + k * 440
        f.box(x, 250, 400, 580, CARD)
        f.text(x + 36, 290, label, 20, BOLD, ACCENT, space=5, width=330)
        f.lines(x + 36, 340, name, 32, BOLD, GREEN, lead=1.2, width=330)
        top = 500
        for item in items:
            f.dot(x + 46, top + 14, 7, ACCENT)
            f.text(x + 66, top, item, 20, SANS, INK, width=310)
            top += 64
    f.text(
        100,
        880,
        "Enablers: Wi-Fi in high-care areas · the Alderbeck Data Hub · a programme office of two",
        24,
        SANS,
        GREY,
        width=1720,
    )


def pillar_page(
    f: Frame,
    n: int,
    kicker: str,
    heading: str,
    lead: str,
    actions: list[list[str]],
    outcomes: list[list[str]],
) -> None:
    f.page(n, kicker, heading, lead)
    f.box(100, 260, 1060, 680, CARD)
    f.text(140, 296, "What we will do", 32, BOLD, GREEN)
    top = 380
    for k, rows in enumerate(actions, start=1):
        f.dot(162, top + 22, 22, GREEN)
        f.text(162, top + 8, str(k), 24, BOLD, WHITE, align="center")
        f.lines(206, top, rows, 28, SANS, INK, width=920)
        top += 180
    f.box(1200, 260, 620, 680, GREEN)
    f.text(1240, 296, "What it will change", 32, BOLD, WHITE)
    top = 380
    for rows in outcomes:
        f.box(1240, top + 8, 10, 10, ACCENT, radius=5)
        f.lines(1266, top, rows, 26, SANS, WHITE, width=530)
        top += 150


def p06_pillar1(f: Frame) -> None:
    pillar_page(
        f,
        6,
        "PILLAR 01",
        "Safe and legal, every batch",
        "Lead: Technical Director, with the Head of Quality Systems",
        [
            ["Replace paper batch records with tablets at Marwood and",
             "Ellerby, allergen changeover checks included"],
            ["Fit label and date-code cameras to all 41 packing lines",
             "by March 2030, starting with high-care"],
            ["Release high-care batches only after an electronic",
             "sign-off by the site technical team"],
        ],
        [
            ["Digital batch records at all three", "factories by December 2030"],
            ["No product withdrawal for a labelling", "error from April 2030"],
            ["Customer complaints from 6.8 to 3.0", "per million packs by March 2031"],
        ],
    )  # fmt: skip


def p07_pillar2(f: Frame) -> None:
    pillar_page(
        f,
        7,
        "PILLAR 02",
        "Lines that run",
        "Lead: Operations Director, with the Continuous Improvement Manager",
        [
            ["Extend LineSight to Marwood's 14 lines by March 2030",
             "and Ellerby's 9 lines by December 2030"],
            ["Train 60 line leaders in short-interval control, with",
             "a two-hourly review at every line"],
            ["Put every high-care line on planned maintenance in",
             "MaintainIt, Ellerby's paper job cards included"],
        ],
        [
            ["High-care OEE from 58% to 72%", "by March 2031"],
            ["Food waste from 9.5% to 6.0% of", "raw materials by March 2031"],
        ],
    )  # fmt: skip


def p08_pillar3(f: Frame) -> None:
    pillar_page(
        f,
        8,
        "PILLAR 03",
        "Plan to the order",
        "Lead: Head of Planning and Scheduling, with the Head of Customer Accounts",
        [
            ["Schedule all three factories in one planning tool fed",
             "by Prism ERP, replacing the site spreadsheets"],
            ["Agree an 11:00 order cut-off with Whitlock's, Carrow",
             "Stores and Mercer & Hale"],
            ["Connect every checkweigher to the Data Hub and review",
             "giveaway by line every week"],
        ],
        [
            ["Orders on time and in full from", "96.1% to 98.5% by March 2030"],
            ["Giveaway from 2.4% to 1.2% of", "pack weight by March 2030"],
        ],
    )  # fmt: skip


def p09_pillar4(f: Frame) -> None:
    pillar_page(
        f,
        9,
        "PILLAR 04",
        "People who stay",
        "Lead: HR Director, with the Training and Development Manager",
        [
            ["Create a flexible pool of 120 permanent, multi-skilled",
             "operatives to cover absence and peaks"],
            ["Agree annualised hours for high-care teams with the",
             "FPWU in the Joint Negotiating Committee"],
            ["Open a 10-day induction academy at Kirkholme for",
             "new starters from all three factories"],
        ],
        [
            ["Agency share of hours from 31% to", "15% by March 2030"],
            ["New starters staying 90 days from", "56% to 80% by March 2030"],
            ["Lost-time injuries from 1.9 to 0.8 per", "100,000 hours by March 2031"],
        ],
    )  # fmt: skip


KPI_ROWS = [
    ("High-care OEE (average of the 14 high-care lines)", "58%", "72%", "March 2031"),
    ("Customer complaints per million packs", "6.8", "3.0", "March 2031"),
    ("Orders on time and in full (OTIF), all customers", "96.1%", "98.5%", "March 2030"),
    ("Giveaway (weight packed over declared weight)", "2.4%", "1.2%", "March 2030"),
    ("Product withdrawals for labelling errors", "2 a year", "0", "From April 2030"),
    ("Food waste, % of raw materials used", "9.5%", "6.0%", "March 2031"),
    ("Agency share of hours worked", "31%", "15%", "March 2030"),
    ("New starters still with us at 90 days", "56%", "80%", "March 2030"),
    ("Lost-time injuries per 100,000 hours worked", "1.9", "0.8", "March 2031"),
    ("Energy per tonne produced", "1.42 MWh", "15% lower", "To be set"),
    ("Batch records held digitally", "1 of 3 factories", "3 of 3", "December 2030"),
]
KPI_COLS = [(100, 860), (1000, 280), (1300, 220), (1540, 280)]


def p10_kpis(f: Frame) -> None:
    f.page(10, "HOW WE WILL MEASURE IT", "Eleven measures, baselines and targets")
    heads = ["MEASURE", "FY28 BASELINE", "TARGET", "BY WHEN"]
    for (x, w), head in zip(KPI_COLS, heads, strict=True):
        f.text(x, 226, head, 18, BOLD, GREY, space=4, width=w)
    f.rule(100, 262, 1820, INK, 2)
    top = 280
    for k, row in enumerate(KPI_ROWS):
        if k % 2 == 0:
            f.box(100, top - 8, 1720, 54, CARD, radius=8)
        for (x, w), cell in zip(KPI_COLS, row, strict=True):
            f.text(x + 12, top, cell, 24, BOLD if x > 100 and cell == row[2] else SANS, INK,
                   width=w - 12)  # fmt: skip
        top += 56
    f.rule(100, top, 1820, INK, 2)
    f.lines(
        100,
        top + 24,
        [
            "OEE and waste at Marwood and Ellerby are counted by hand until LineSight is installed.",
            "Reported monthly to the steering group and quarterly to the Board.",
        ],
        18,
        SANS,
        GREY,
        width=1720,
    )


MONTH0_X, MONTH_W = 420.0, 1400.0 / 36


def mx(month: float) -> float:
    return MONTH0_X + month * MONTH_W


def p11_roadmap(f: Frame) -> None:
    f.page(
        11,
        "ROADMAP",
        "Three years on our financial-year clock",
        "FY29 = April 2028 to March 2029 · month 0 = April 2028 · 36 months to March 2031",
    )
    for k, fy in enumerate(["FY29", "FY30", "FY31"]):
        f.box(mx(k * 12) + 2, 250, MONTH_W * 12 - 4, 44, PALE if k % 2 == 0 else CARD, radius=8)
        f.text(mx(k * 12 + 6), 260, fy, 20, BOLD, GREEN, space=6, align="center")
    months = ["Apr", "Jul", "Oct", "Jan"]
    for k in range(0, 37, 3):
        year = 28 + (k + 3) // 12
        label = f"{months[(k // 3) % 4]} {year}" if k < 36 else "Mar 31"
        f.text(mx(k), 310, label, 16, SANS, GREY, align="center")
        f.vline(mx(k), 340, 350, GREY)
    f.rule(MONTH0_X, 345, mx(36), GREY, 1.5)
    f.text(100, 380, "Phases", 22, BOLD, INK)
    phases = [
        (0, 6, "Phase 1 · Foundations · Apr - Sep 2028", GREEN_2),
        (6, 15, "Phase 2 · Pilot on Marwood Line 4 · Oct 2028 - Jun 2029", ACCENT),
        (15, 33, "Phase 3 · Roll out to all three factories · Jul 2029 - Dec 2030", GREEN),
        (33, 36, "Phase 4 · Embed and hand over · Jan - Mar 2031", GREEN_2),
    ]
    top = 370
    for start, end, label, color in phases:
        if end == 36:
            f.text(mx(end), top, label, 20, BOLD, INK, align="right")
        else:
            f.text(mx(start), top, label, 20, BOLD, INK)
        f.box(mx(start) + 2, top + 34, mx(end) - mx(start) - 4, 34, color, radius=17)
        top += 92
    f.text(100, 760, "Gates", 22, BOLD, INK)
    gates = [
        (6, ["Gate 1 · ready to pilot?", "September 2028"], "center"),
        (15, ["Gate 2 · go/no-go for roll-out", "June 2029"], "center"),
        (33, ["Gate 3 · roll-out complete", "December 2030"], "right"),
    ]
    for month, rows, align in gates:
        f.vline(mx(month), 360, 740, ACCENT, dash=True)
        f.diamond(mx(month), 752, 16, ACCENT)
        x = mx(month) + (24 if align == "right" else 0)
        for k, row in enumerate(rows):
            f.text(x, 784 + k * 30, row, 20, BOLD if k == 0 else SANS, INK, align=align)
    f.text(
        100,
        900,
        "Gates are decided by the steering group; spending over £1m goes to the Board",
        22,
        SANS,
        GREY,
        width=1720,
    )


def p12_pilot(f: Frame) -> None:
    f.page(
        12,
        "PILOT",
        "Pilot: Marwood, Line 4",
        "Cottage pie and lasagne · high-care · two shifts · 46 operators · October 2028 to June 2029",
    )
    f.box(100, 260, 1060, 440, CARD)
    f.text(140, 296, "What we will try", 32, BOLD, GREEN)
    top = 380
    for k, rows in enumerate(
        [
            ["Run paper and tablet batch records side by side for 4 weeks,",
             "then switch Line 4 to tablets"],
            ["Install LineSight sensors on Line 4's filler, sealer and",
             "checkweigher, and a label camera at the end of the line"],
        ],
        start=1,
    ):  # fmt: skip
        f.dot(162, top + 22, 22, GREEN)
        f.text(162, top + 8, str(k), 24, BOLD, WHITE, align="center")
        f.lines(206, top, rows, 28, SANS, INK, width=920)
        top += 140
    f.box(100, 730, 1060, 210, GREEN_2)
    f.lines(
        140,
        770,
        [
            "Why Marwood Line 4: our busiest high-care line,",
            "still on paper, and its team asked to go first.",
        ],
        28,
        SANS,
        WHITE,
        width=980,
    )
    f.box(1200, 260, 620, 680, GREEN)
    f.text(1240, 296, "Pass marks at Gate 2", 32, BOLD, WHITE)
    f.text(1240, 340, "June 2029", 24, SANS, PALE)
    top = 410
    for rows in [
        ["Line 4 OEE up from 52% to 62%", "for 8 weeks running"],
        ["Every Line 4 batch released from", "tablet records, none from paper"],
        ["No major finding on Line 4 in", "Whitlock's audit"],
        ["Line leaders and the FPWU steward", "agree the new routine works"],
    ]:
        f.box(1240, top + 8, 10, 10, ACCENT, radius=5)
        f.lines(1266, top, rows, 26, SANS, WHITE, width=530)
        top += 126


RISKS = [
    (["Wendham environmental health will not", "accept tablet records"], "Medium",
     ["Validate the digital records with Wendham", "environmental health before paper goes"]),
    (["No Wi-Fi in Marwood high-care, so", "tablets cannot sync"], "High",
     ["Install industrial Wi-Fi in Marwood", "high-care by September 2028"]),
    (["The FPWU does not agree annualised", "hours in time"], "Medium",
     ["Start JNC talks in May 2028, a year", "before roll-out"]),
    (["Carrow will not move its order", "cut-off before its agreement ends"], "Medium",
     ["Put the 11:00 cut-off into the Carrow", "renewal due in January 2030"]),
    (["Christmas peak delays the roll-out"], "High",
     ["No go-live on any line between 1 November", "and 6 January"]),
]  # fmt: skip


def p13_risks(f: Frame) -> None:
    f.page(13, "RISKS", "What could stop us, and what we will do about it")
    cols = [(100, 640), (780, 200), (1010, 810)]
    for (x, w), head in zip(cols, ["RISK", "LIKELIHOOD", "MITIGATION"], strict=True):
        f.text(x, 226, head, 18, BOLD, GREY, space=4, width=w)
    f.rule(100, 262, 1820, INK, 2)
    top = 284
    for risk, likelihood, mitigation in RISKS:
        f.lines(112, top, risk, 24, SANS, INK, width=620)
        f.box(780, top - 4, 150, 40, ACCENT if likelihood == "High" else PALE, radius=20)
        f.text(855, top + 2, likelihood, 20, BOLD, WHITE if likelihood == "High" else GREEN,
               align="center")  # fmt: skip
        f.lines(1010, top, mitigation, 24, SANS, INK, width=800)
        top += 128
        f.rule(100, top - 30, 1820, LINE, 1.5)


FIRST_90 = [
    ("Weeks 1-2", "Appoint the Right First Time programme manager and an analyst"),
    ("Weeks 1-4", "Notify Whitlock's, Carrow Stores and Mercer & Hale of the batch record change"),
    ("Weeks 2-8", "Choose the tablet batch record software from the three shortlisted suppliers"),
    ("Weeks 4-8", "Brief the Works Committee and the FPWU on the tablet and camera plans"),
    ("Weeks 6-12", "Baseline Line 4 OEE by hand for six weeks"),
    ("Week 13", "Send the first monthly measures report to the steering group"),
]


def p14_first90(f: Frame) -> None:
    f.page(14, "FIRST 90 DAYS", "April to June 2028", "What happens if the Board approves today")
    top = 270
    for k, (when, what) in enumerate(FIRST_90):
        f.box(100, top - 14, 1720, 86, CARD if k % 2 == 0 else WHITE, radius=12)
        f.text(130, top + 8, when, 24, BOLD, ACCENT, width=200)
        f.text(360, top + 6, what, 28, SANS, INK, width=1440)
        top += 104


def p15_money(f: Frame) -> None:
    f.page(15, "INVESTMENT AND GOVERNANCE", "£14.6m over three years",
           "Capital and one-off costs; benefits of £6.8m a year from FY31")  # fmt: skip
    f.box(100, 260, 520, 680, CARD)
    f.text(140, 296, "By financial year", 28, BOLD, GREEN)
    for k, (fy, amount) in enumerate([("FY29", 5.2), ("FY30", 6.1), ("FY31", 3.3)]):
        x = 160 + k * 150
        h = amount * 70
        f.box(x, 860 - h, 100, h, GREEN if k != 1 else ACCENT, radius=8)
        f.text(x + 50, 860 - h - 44, f"£{amount:.1f}m", 24, BOLD, INK, align="center")
        f.text(x + 50, 876, fy, 22, SANS, GREY, align="center")
    f.box(660, 260, 560, 680, CARD)
    f.text(700, 296, "What it pays for", 28, BOLD, GREEN)
    costs = [
        ("Digital batch records", "£2.9m"),
        ("LineSight, Marwood and Ellerby", "£4.1m"),
        ("Label and date-code cameras", "£2.4m"),
        ("Wi-Fi and networks", "£1.1m"),
        ("Planning tool", "£0.9m"),
        ("Flexible pool and academy", "£2.2m"),
        ("Programme office", "£1.0m"),
    ]
    top = 370
    for what, amount in costs:
        f.text(700, top, what, 22, SANS, INK, width=380)
        f.text(1180, top, amount, 22, BOLD, INK, align="right")
        f.rule(700, top + 44, 1180, LINE, 1)
        top += 70
    f.box(1260, 260, 560, 680, GREEN)
    f.text(1300, 296, "How we will govern it", 28, BOLD, WHITE)
    f.lines(
        1300,
        370,
        [
            "Sponsor: the Chief Executive,",
            "who chairs the steering group",
            "",
            "Steering group monthly;",
            "the Board quarterly",
            "",
            "Programme office: programme",
            "manager and one analyst",
        ],
        24,
        SANS,
        WHITE,
        width=480,
    )


def p16_asks(f: Frame) -> None:
    f.page(16, "DECISIONS", "We ask the Board to")
    asks = [
        "Approve Right First Time as the operations plan for FY29 to FY31",
        "Release £5.2m of capital for FY29",
        "Agree Marwood Line 4 as the pilot, with the pass marks on page 12",
        "Note that annualised hours will be negotiated with the FPWU first",
    ]
    top = 270
    for k, ask in enumerate(asks, start=1):
        f.box(100, top - 20, 1720, 120, CARD, radius=16)
        f.dot(170, top + 40, 30, ACCENT)
        f.text(170, top + 22, str(k), 32, BOLD, WHITE, align="center")
        f.text(230, top + 16, ask, 34, SANS, INK, width=1560)
        top += 150
    f.text(100, 900, "Next steering group: 12 April 2028", 24, BOLD, GREEN)


PAGE_BUILDERS = [
    p01_cover, p02_where, p03_problems, p04_ambition, p05_pillars, p06_pillar1, p07_pillar2,
    p08_pillar3, p09_pillar4, p10_kpis, p11_roadmap, p12_pilot, p13_risks, p14_first90,
    p15_money, p16_asks,
]  # fmt: skip


def deck_bytes() -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(
        buffer, pagesize=(W, H), invariant=1, pageCompression=1, initialFontName=SANS
    )
    c.setCreator("Figma")
    c.setProducer("Figma")
    c.setAuthor("")
    c.setSubject("")
    c.setTitle("Right First Time – Board 28 March 2028")
    frame = Frame(c)
    for build in PAGE_BUILDERS:
        build(frame)
        c.showPage()
    c.save()
    return buffer.getvalue()


# =========================================================================== the roster (ODS)

ODS_TIME = (2028, 2, 19, 10, 12, 34)
ODS_DATE = "2028-02-19T10:12:34.512000000"

ROLES_TITLE = "Right First Time: factory and programme roles (issued 19 February 2028)"
ROLES_HEAD = ["Role", "Site or function", "Programme tier", "Remit"]
ROLES = [
    ("Chief Executive", "Group", "Core",
     "Sponsor of Right First Time. Chairs the steering group and takes the gate decisions under "
     "the Board's delegation; reports to the Board on the programme."),
    ("Operations Director", "Group operations", "Core",
     "Programme director. The three factory general managers report to this role. Owns OEE and "
     "food waste across the group and leads Pillar 2 (line performance)."),
    ("Programme Manager, Right First Time", "Programme office", "Core",
     "Runs the programme office: the plan, the risk log, gate papers and the monthly measures "
     "report to the steering group; tracks benefits with Finance."),
    ("Technical Director", "Technical and food safety", "Core",
     "Food safety and legality at all three factories: HACCP, BRCGS certification and customer "
     "audits, complaints, withdrawals and recalls. Signs off any change to how critical "
     "control point records are kept. Leads Pillar 1."),
    ("Head of Quality Systems", "Technical and food safety", "Core",
     "Designs and validates batch records, paper or digital; label and date-code checks; "
     "allergen changeover checks; the positive release procedure; runs ComplaintTrack."),
    ("General Manager, Kirkholme", "Kirkholme", "Core",
     "Runs the Kirkholme factory (ready meals, 18 lines): output, safety, people and cost. "
     "Site lead for the roll-out at Kirkholme; hosts the induction academy."),
    ("General Manager, Marwood", "Marwood", "Core",
     "Runs the Marwood factory (ready meals, 14 lines): output, safety, people and cost. Leads "
     "the Line 4 pilot on site and the roll-out at Marwood."),
    ("General Manager, Ellerby", "Ellerby", "Core",
     "Runs the Ellerby factory (salads and sandwich fillings, 9 lines): output, safety, people "
     "and cost. Site lead for the roll-out at Ellerby."),
    ("Group Engineering Manager", "Engineering", "Core",
     "Maintenance strategy and MaintainIt; installs sensors, cameras and other equipment on "
     "lines; checkweighers; energy metering; manages the site engineering teams."),
    ("Continuous Improvement Manager", "Operations excellence", "Core",
     "The OEE method and the use of LineSight on the shop floor; short-interval control; "
     "changeover reduction; coaching line leaders with Training; giveaway and waste projects."),
    ("Head of Planning and Scheduling", "Supply chain", "Core",
     "Production planning and scheduling for all three factories: the weekly plan, the plan "
     "freeze and the planning tool; OTIF reporting. Leads Pillar 3."),
    ("Head of Customer Accounts", "Commercial", "Core",
     "The relationship with Whitlock's, Carrow Stores and Mercer & Hale: supply agreements, "
     "order cut-offs, notices of change to customers and the customer service desk."),
    ("IT Manager", "IT", "Core",
     "Prism ERP, the LineSight software, the Alderbeck Data Hub, networks and Wi-Fi, tablets "
     "and other devices; leads the selection of systems with the business."),
    ("HR Director", "People", "Core",
     "The workforce plan, agency contracts and agency hours, permanent recruitment, the "
     "flexible pool and shift patterns; employee relations with the FPWU and the Works "
     "Committee. Leads Pillar 4."),
    ("Training and Development Manager", "People", "Core",
     "Induction and the induction academy, line leader training, skills matrices and the "
     "training records in PeoplePlus."),
    ("Finance Director", "Finance", "Core",
     "The capital budget and its release, business cases, benefits tracking and agency spend."),
    ("Procurement Manager", "Finance", "Extended",
     "Supplier selection and contracts for equipment and software; consulted on every purchase "
     "over £50,000."),
    ("Health and Safety Manager", "Group operations", "Extended",
     "Advises the sites on health and safety, injury reporting and risk assessments for new "
     "equipment; each general manager owns safety at their site."),
    ("FPWU Senior Shop Steward", "Trade union", "Consult only",
     "Represents FPWU members at all three factories. Must be consulted on shift patterns, "
     "hours and any equipment that records individual workers; owns no programme work."),
    ("Chair, Alderbeck Works Committee", "Employee forum", "Consult only",
     "Chairs the Works Committee, which speaks for all employees, union members or not; "
     "consulted on changes to working practices, new equipment and training; owns no "
     "programme work."),
]  # fmt: skip
LISTS = [
    ("Programme tier", "Site or function"),
    ("Core", "Group"),
    ("Extended", "Group operations"),
    ("Consult only", "Programme office"),
    ("", "Kirkholme"),
    ("", "Marwood"),
    ("", "Ellerby"),
    ("", "Technical and food safety"),
    ("", "Engineering"),
    ("", "Supply chain"),
    ("", "Commercial"),
    ("", "People"),
    ("", "Finance"),
]

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)
MAX_COLS = 1024
MAX_ROWS = 1048576


def _cell(value: str, style: str | None = None, validation: str | None = None) -> str:
    attrs = ""
    if style:
        attrs += f' table:style-name="{style}"'
    if validation:
        attrs += f' table:content-validation-name="{validation}"'
    if not value:
        return f"<table:table-cell{attrs}/>"
    return (
        f'<table:table-cell{attrs} office:value-type="string" calcext:value-type="string">'
        f"<text:p>{escape(value)}</text:p></table:table-cell>"
    )


def _row(cells: list[str], used: int, style: str = "ro1") -> str:
    rest = MAX_COLS - used
    tail = f'<table:table-cell table:number-columns-repeated="{rest}"/>'
    return f'<table:table-row table:style-name="{style}">{"".join(cells)}{tail}</table:table-row>'


def _blank_rows(count: int) -> str:
    return (
        f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{count}">'
        f'<table:table-cell table:number-columns-repeated="{MAX_COLS}"/></table:table-row>'
    )


def ods_content() -> str:
    roles_rows = [
        _row([_cell(ROLES_TITLE, "ce1")], 1, "ro2"),
        _blank_rows(1),
        _row([_cell(h, "ce2") for h in ROLES_HEAD], 4),
    ]
    for role, site, tier, remit in ROLES:
        roles_rows.append(
            _row(
                [
                    _cell(role),
                    _cell(site, validation="val2"),
                    _cell(tier, validation="val1"),
                    _cell(remit, "ce3"),
                ],
                4,
                "ro3",
            )
        )
    roles_rows.append(_blank_rows(MAX_ROWS - 3 - len(ROLES)))
    lists_rows = [_row([_cell(h, "ce2") for h in LISTS[0]], 2)]
    for a, b in LISTS[1:]:
        if a:
            lists_rows.append(_row([_cell(a), _cell(b)], 2))
        else:
            lists_rows.append(_row(["<table:table-cell/>", _cell(b)], 2))
    lists_rows.append(_blank_rows(MAX_ROWS - len(LISTS)))
    last = 3 + len(ROLES)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {NS} office:version="1.3">'
        "<office:scripts/>"
        "<office:font-face-decls>"
        '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
        'style:font-family-generic="swiss" style:font-pitch="variable"/>'
        "</office:font-face-decls>"
        "<office:automatic-styles>"
        '<style:style style:name="co1" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="2.8in"/>'
        "</style:style>"
        '<style:style style:name="co2" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="1.9in"/>'
        "</style:style>"
        '<style:style style:name="co3" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="1.2in"/>'
        "</style:style>"
        '<style:style style:name="co4" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="7.5in"/>'
        "</style:style>"
        '<style:style style:name="co5" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="0.889in"/>'
        "</style:style>"
        '<style:style style:name="ro1" style:family="table-row">'
        '<style:table-row-properties style:row-height="0.178in" fo:break-before="auto" '
        'style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ro2" style:family="table-row">'
        '<style:table-row-properties style:row-height="0.25in" fo:break-before="auto" '
        'style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ro3" style:family="table-row">'
        '<style:table-row-properties style:row-height="0.522in" fo:break-before="auto" '
        'style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
        '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
        '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:background-color="#dde8c6"/>'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:wrap-option="wrap"/></style:style>'
        "</office:automatic-styles>"
        "<office:body><office:spreadsheet>"
        '<table:calculation-settings table:automatic-find-labels="false"/>'
        "<table:content-validations>"
        '<table:content-validation table:name="val1" '
        'table:condition="of:cell-content-is-in-list([$Lists.A2:.A4])" '
        'table:allow-empty-cell="true" table:display-list="unsorted" '
        f'table:base-cell-address="Roles.C4"/>'
        '<table:content-validation table:name="val2" '
        'table:condition="of:cell-content-is-in-list([$Lists.B2:.B13])" '
        'table:allow-empty-cell="true" table:display-list="unsorted" '
        f'table:base-cell-address="Roles.B4"/>'
        "</table:content-validations>"
        '<table:table table:name="Roles" table:style-name="ta1">'
        '<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co2" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co3" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        f'<table:table-column table:style-name="co5" table:number-columns-repeated="{MAX_COLS - 4}" '
        'table:default-cell-style-name="Default"/>' + "".join(roles_rows) + "</table:table>"
        '<table:table table:name="Lists" table:style-name="ta1">'
        '<table:table-column table:style-name="co2" table:number-columns-repeated="2" '
        'table:default-cell-style-name="Default"/>'
        f'<table:table-column table:style-name="co5" table:number-columns-repeated="{MAX_COLS - 2}" '
        'table:default-cell-style-name="Default"/>' + "".join(lists_rows) + "</table:table>"
        "<table:named-expressions>"
        f'<table:named-range table:name="RoleTable" table:base-cell-address="$Roles.$A$3" '
        f'table:cell-range-address="$Roles.$A$3:.$D${last}"/>'
        "</table:named-expressions>"
        "</office:spreadsheet></office:body></office:document-content>"
    )


GENERATOR = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1"


def ods_files() -> list[tuple[str, str]]:
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {NS} office:version="1.3"><office:meta>'
        f"<meta:creation-date>2028-02-12T09:41:07.220000000</meta:creation-date>"
        f"<dc:date>{ODS_DATE}</dc:date>"
        "<meta:editing-duration>PT1H52M10S</meta:editing-duration>"
        "<meta:editing-cycles>7</meta:editing-cycles>"
        f"<meta:generator>{GENERATOR}</meta:generator>"
        "<dc:title>Right First Time roles</dc:title>"
        "<meta:initial-creator>Helen Marsh</meta:initial-creator>"
        "<dc:creator>Helen Marsh</dc:creator>"
        '<meta:document-statistic meta:table-count="2" meta:cell-count="117" '
        'meta:object-count="0"/>'
        "</office:meta></office:document-meta>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {NS} office:version="1.3">'
        "<office:styles>"
        '<style:default-style style:family="table-cell">'
        '<style:paragraph-properties style:tab-stop-distance="0.5in"/>'
        '<style:text-properties style:font-name="Liberation Sans" fo:language="en" '
        'fo:country="GB"/></style:default-style>'
        '<style:style style:name="Default" style:family="table-cell"/>'
        "</office:styles>"
        "<office:automatic-styles>"
        '<style:page-layout style:name="pm1"><style:page-layout-properties '
        'style:writing-mode="lr-tb"/></style:page-layout>'
        "</office:automatic-styles>"
        "<office:master-styles>"
        '<style:master-page style:name="Default" style:page-layout-name="pm1"/>'
        "</office:master-styles>"
        "</office:document-styles>"
    )
    settings = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-settings {NS} office:version="1.3"><office:settings>'
        '<config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
        '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
        '<config:config-item config:name="ActiveTable" config:type="string">Roles'
        "</config:config-item>"
        "</config:config-item-map-entry></config:config-item-map-indexed>"
        "</config:config-item-set>"
        "</office:settings></office:document-settings>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">\n'
        ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\n'
        ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
        "</manifest:manifest>\n"
    )
    return [
        ("settings.xml", settings),
        ("content.xml", ods_content()),
        ("meta.xml", meta),
        ("styles.xml", styles),
        ("META-INF/manifest.xml", manifest),
    ]


def ods_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=ODS_TIME)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        z.writestr(info, "application/vnd.oasis.opendocument.spreadsheet")
        for name, body in ods_files():
            info = zipfile.ZipInfo(name, date_time=ODS_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, body.encode("utf-8"))
    return out.getvalue()


# =========================================================================== the union agreement (DOCX)

DOCX_STAMP = Stamp(zip_time=(2026, 6, 3, 14, 0, 0), w3c="2026-06-03T14:00:00Z")


def union_docx() -> bytes:
    doc = Document()
    doc.add_heading("Recognition and Procedure Agreement: extract", level=1)
    doc.add_paragraph(
        "Between Alderbeck Foods Limited and the Food and Process Workers' Union (FPWU). "
        "Signed 2 June 2026. This extract is kept by HR for managers; the full agreement is "
        "held by the HR Director."
    )
    doc.add_heading("Clause 4: Collective matters", level=2)
    doc.add_paragraph(
        "Changes to shift patterns, contracted hours or pay structures are collective matters "
        "and must be negotiated with the FPWU through the Joint Negotiating Committee (JNC) "
        "before they are introduced at any site."
    )
    doc.add_paragraph(
        "The JNC meets every two months. An extraordinary meeting may be called by either side "
        "with 14 days' notice."
    )
    doc.add_paragraph(
        "Where agreement is not reached in the JNC, the matter goes to the disputes procedure "
        "in Clause 9, and the existing arrangement continues meanwhile."
    )
    doc.add_heading("Clause 6: New technology", level=2)
    doc.add_paragraph(
        "Equipment that can record or identify individual workers, including cameras and "
        "tablets with personal log-ins, may be introduced only after consultation with the "
        "FPWU and the Works Committee."
    )
    doc.add_paragraph(
        "Data from such equipment may not be used for individual performance management or "
        "discipline, except in a food safety investigation."
    )
    doc.add_heading("Clause 7: Agency workers", level=2)
    doc.add_paragraph(
        "The Company will offer new permanent posts first to agency workers who have worked "
        "12 weeks or more at the site."
    )
    doc.add_paragraph("The Company will report agency hours by site to the JNC at each meeting.")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Signed for the Company"
    table.rows[0].cells[1].text = "Signed for the FPWU"
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="HR",
        title="FPWU recognition agreement extract",
        revision=3,
    )


# =========================================================================== the text files

STEERING = """
# Right First Time steering group: terms of reference

Approved by the Executive Committee, 6 February 2028.

## Purpose

The steering group directs the Right First Time programme (FY29 to FY31) on behalf of the
Board, holds the programme to its plan and measures, and takes the gate decisions.

## Sponsor and chair

The Chief Executive is the sponsor of Right First Time and chairs the steering group. The
Operations Director is the programme director and deputises for the chair.

## Members

- Chief Executive (chair)
- Operations Director (programme director)
- Technical Director
- HR Director
- Finance Director
- Head of Planning and Scheduling
- IT Manager
- Programme Manager, Right First Time (secretary)

The general managers of Kirkholme, Marwood and Ellerby attend for the items on their
factories. The FPWU Senior Shop Steward and the Chair of the Works Committee attend each
quarter for the people items; they are consulted and do not vote.

## Decisions

The steering group meets monthly. It takes the decisions at Gate 1, Gate 2 and Gate 3 under
authority delegated by the Board, on a paper from the programme manager.

Any single spending commitment above £1m, and any change to the total programme budget, must
be approved by the Board, which meets six times a year.

No line may stop using paper batch records until the Technical Director has signed off the
validation of its digital records.

## Reporting

The programme manager reports the eleven measures to the steering group monthly and to the
Board quarterly, from the Alderbeck Data Hub.
"""

WORKS_COMMITTEE = """
# Alderbeck Works Committee: constitution (summary)

The Works Committee is the information and consultation body for all employees of Alderbeck
Foods, whether or not they are members of the FPWU. Each factory elects four members and the
technical centre one; the members elect a chair for two years.

The Company must consult the Works Committee before any change to working practices that
affects more than one department at a site, and before new equipment is brought onto a
production floor.

The committee meets monthly at each site and as a full committee every quarter. Its members
are given paid time to attend; papers go out five working days before each meeting.

The committee cannot negotiate pay, hours or shift patterns: those belong to the JNC with the
FPWU.
"""

SYSTEMS = """
# Systems and data inventory

Alderbeck Foods, February 2028. Kept by the IT Manager; updated for the Right First Time
business case.

## Prism ERP

Prism ERP runs at all three factories and at head office: sales orders, stock, purchasing,
recipes and specifications, and invoicing. Orders from all three retailers arrive by EDI into
Prism. Prism holds the order book but has no scheduling module, so production plans are
built outside it. Prism keeps order and despatch history for seven years.

## LineSight (line monitoring)

LineSight is installed at Kirkholme only, on all 18 lines. It takes stops, speeds and counts
from sensors on fillers, sealers and checkweighers and works out OEE for every shift.

Marwood and Ellerby have no line monitoring. Line leaders write stops on the paper shift
report, and the site's continuous improvement lead types them into a spreadsheet each week
to work out OEE.

The LineSight licence covers 20 lines; any line beyond that needs the next licence tier,
which the supplier prices per line.

LineSight keeps detailed stop data for 13 months and weekly summaries after that.

## Batch records

Batch records (critical control points, cooking and chilling temperatures, metal detection
checks, allergen changeover checks and cleaning sign-off) are kept on paper at Marwood and
Ellerby. Kirkholme moved to electronic batch records in LineSight in 2025.

At Marwood and Ellerby the paper sheets are filed in the site technical office and scanned at
month end; the scanned copies are not searchable. Positive release at those two sites depends
on a technician reading every sheet before the pallet leaves.

## Label and date-code checks

Camera label verification is fitted on six of Kirkholme's lines. Every other line relies on a
visual check of the label and date code by the line leader at start-up and every hour. There
is no label verification at Marwood or Ellerby.

## Checkweighers

Every packing line has a checkweigher. At Kirkholme they report to LineSight. At Marwood and
Ellerby the checkweighers are not networked: each keeps its own data for 30 days, after which
it is overwritten, and giveaway is sampled by hand twice a shift.

## Maintenance

MaintainIt, our maintenance management system, runs at Kirkholme and Marwood. Ellerby's
engineers use paper job cards, and Ellerby's planned maintenance is a wall chart in the
engineering office.

## Planning

Each factory's weekly production plan is built in Excel by the site planner from an export of
the Prism order book. There are three separate workbooks and nobody sees the three factories
in one view. We have no finite scheduling tool.

## Networks and devices

Kirkholme has industrial Wi-Fi throughout. There is no Wi-Fi in the high-care areas at
Marwood or Ellerby; the wired network there reaches the offices and the despatch bays only.
The company has 40 rugged tablets, all at Kirkholme.

## The Alderbeck Data Hub

The Alderbeck Data Hub is our data warehouse (SQL Server with Power BI reports). It takes
nightly loads from Prism ERP, LineSight, PeoplePlus and ComplaintTrack. The IT Manager's team
of four runs it, one of them a full-time report developer.

## People systems

PeoplePlus holds HR records, training records and certificates for all permanent staff, and
TimeCard terminals clock permanent staff in and out at all three sites.

Agency workers are not in PeoplePlus or TimeCard. Their hours are known only from the three
agencies' weekly invoices, and their training is signed for on paper sheets kept at each
site.

## Complaints

Customer complaints arrive through the retailers' portals and are logged in ComplaintTrack by
the central technical team. Each complaint is traced to its batch: at Kirkholme from
LineSight, at Marwood and Ellerby by hand from paper records, which takes two days on
average.

## Energy

Electricity and gas are metered per site, not per line or per product. Ellerby's meters are
read monthly by the supplier.
"""

MEASURES = """
# Right First Time measure definitions

Owner of this handbook: Programme Manager, Right First Time. FY28 baselines are the forecast
at February 2028.

| Measure | Definition | Owner | FY28 baseline | Source |
|---|---|---|---|---|
| High-care OEE | Availability x performance x quality on the 14 high-care lines, averaged by planned hours | Operations Director | 58% | LineSight (Kirkholme); shift reports (Marwood, Ellerby) |
| Customer complaints per million packs | Complaints logged in ComplaintTrack divided by packs despatched, in millions | Technical Director | 6.8 | ComplaintTrack, Prism ERP |
| Orders on time and in full (OTIF) | Order lines delivered in the booked slot and in full quantity, as a share of order lines | Head of Planning and Scheduling | 96.1% | Prism ERP, customers' scorecards |
| Giveaway | Weight packed above declared weight, as a share of declared weight | Continuous Improvement Manager | 2.4% | Checkweighers |
| Product withdrawals for labelling errors | Withdrawals and recalls whose root cause is a wrong label or date code | Technical Director | 2 a year | Technical incident log |
| Food waste | Food thrown away, as a share of raw materials used by weight | Operations Director | 9.5% | Site waste records |
| Agency share of hours worked | Agency hours as a share of all hours worked on production | HR Director | 31% | Agency invoices, TimeCard |
| New starters still with us at 90 days | Permanent starters still employed 90 days after starting | HR Director | 56% | PeoplePlus |
| Lost-time injuries | Injuries causing one shift or more off work, per 100,000 hours | Operations Director | 1.9 | Accident book, TimeCard |
| Energy per tonne | Electricity and gas used per tonne of finished product | Group Engineering Manager | 1.42 MWh | Supplier meter reads |
| Batch records held digitally | Factories whose batch records are kept digitally for every line | Technical Director | 1 of 3 | Site technical managers |

## Notes on the data

OEE at Marwood and Ellerby is worked out by hand from shift reports, and those two sites do
not record minor stops under five minutes.

Food waste is weighed only at Kirkholme; Marwood and Ellerby estimate it from the skip
collections each month.

The 90-day measure covers permanent starters only; agency workers who leave are not tracked.

Giveaway at Marwood and Ellerby comes from hand samples, twice a shift, because the
checkweighers there are not networked.

The energy target has not been set: the Board asked for a site energy review first.
"""

MARWOOD = """
MARWOOD FACTORY PROFILE
Prepared for the Right First Time pilot, February 2028

Marwood makes chilled ready meals for Whitlock's and Carrow Stores: 14 lines, 5 of them in
high-care, 520 people on two shifts, five days a week plus a Saturday morning shift in
November and December.

Line 4 is a high-care line for cottage pie and lasagne: one filler, one tray sealer, a
checkweigher, a metal detector and a sleever. 46 operators over two shifts. OEE was 52% in
the six weeks to 30 January 2028, counted by hand from shift reports.

Line 4 is stopped for a full deep clean every Saturday night; installation work on the line
can only be done in that window or in the August shutdown week.

Engineering: two electrical engineer posts have been vacant since September 2027, and the
site has no controls engineer able to fit and set up line sensors.

The site technical office has three technicians who read and file the paper batch records.

The internet link is a single 100 Mb line shared by the offices and despatch.

The high-care changing rooms hold 60 people at a time, which limits how many can be
trained at once on the floor.
"""

CUSTOMERS = """
# What our customers require: summary for Right First Time

Prepared by the Head of Customer Accounts, January 2028. Our three customers buy 92% of what
we make, all of it under their own labels.

## Whitlock's

Whitlock's requires 12 weeks' notice of any change to how critical control point records are
kept, and may send its own auditor to the first week of a new system. Its technical audit is
announced and takes place each October.

## Carrow Stores

Under our current supply agreement, Carrow Stores may amend orders until 14:00 on the day
before despatch. The agreement runs to 31 January 2030, and an earlier cut-off needs Carrow's
written agreement before then.

## Mercer & Hale

Mercer & Hale audits once a year without notice and does not accept scanned records as
originals.

## All three

All three customers require BRCGS certification at grade A or above at every factory that
supplies them. Each has a code of practice for labelling that we must follow.
"""

WORKFORCE = """
# Workforce summary, FY28

HR Director, February 2028.

| Site | Permanent staff | Agency share of hours | Line leaders |
|---|---|---|---|
| Kirkholme | 790 | 27% | 30 |
| Marwood | 520 | 33% | 22 |
| Ellerby | 330 | 38% | 12 |
| Technical centre and head office | 72 | 0% | 0 |

1,712 permanent employees. Agency staff come from three approved agencies and worked 31% of
production hours in FY28, costing £14.2m.

44% of new permanent starters leave within their first 90 days, most of them in the first
two weeks.

The Training and Development Manager and two trainers run induction at each site: half a day
in a meeting room, then shadowing on the line. There is no training room at Kirkholme large
enough for a class of 20 outside the canteen.

Induction is given in English only. Our people speak 23 first languages; agency supervisors
translate informally.

Line leaders have had no formal training in running a shift since 2022, when the last
programme ended.

The FPWU represents about 60% of production staff at Kirkholme and Marwood. Ellerby staff are
not covered by the recognition agreement; they are represented by the Works Committee only.
"""

EHO_EMAIL = """
From: Rachel Dunmore <r.dunmore@wendham.gov.example>
To: Priya Raman <priya.raman@alderbeckfoods.example>
Date: 21 February 2028 11:48
Subject: Electronic HACCP records at Marwood

Dear Priya,

Thank you for the note about moving Marwood's batch records onto tablets. As your primary
authority we are content in principle.

Before the paper HACCP records are withdrawn on any line, we will want to see the electronic
system validated and a parallel run of at least four weeks, with both sets of records kept.

Our officers must be able to read the records on site without a log-in of their own, and
print any day's records on request.

Records must be kept for at least two years after the use-by date, whatever form they are in.

Kind regards,
Rachel Dunmore
Senior Environmental Health Officer, Wendham District Council
"""


def case_files() -> dict[str, str | bytes]:
    return {
        DECK: deck_bytes(),
        "org/people/factory-roles.ods": ods_bytes(),
        "org/governance/right-first-time-steering-group-terms.md": STEERING,
        "org/governance/fpwu-recognition-agreement-extract.docx": union_docx(),
        "org/governance/works-committee-constitution.md": WORKS_COMMITTEE,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/right-first-time-measures.md": MEASURES,
        "org/context/marwood-site-profile.txt": MARWOOD,
        "org/context/customer-requirements-summary.md": CUSTOMERS,
        "org/context/workforce-summary-fy28.md": WORKFORCE,
        "org/context/email-2028-02-21-wendham-ehos.txt": EHO_EMAIL,
    }


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    write_files(root / CASE, case_files())


if __name__ == "__main__":
    main()
