"""Build the dev33 case ``catering-contractor``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, openpyxl and python-docx (the
project's venv lacks reportlab; the writer used ``/tmp/rl33b/bin/python``, a venv with
reportlab 5.1.0 and the project's pinned openpyxl 3.1.5, python-docx 1.2.0, python-pptx 1.0.2,
pypdf 7.1.1 and lxml 6.1.3):

    /tmp/rl33b/bin/python evals/dev33/build_catering_contractor.py [out]

Writes, under ``evals/dev33/catering-contractor/`` (or ``<out>/catering-contractor/``):

- ``Well Served 2031 - Board 14 July 2026.pdf``: Kestle Rowe's operations and technology
  strategy for FY27 to FY31 (financial years from 1 October), 21 pages of 960 x 540 pt, drawn
  the way Google Slides exports a deck to PDF: every line of text its own positioned text
  object, bullet glyphs and list numbers drawn apart from their line, a document information
  dictionary of only Producer "Skia/PDF m131" and Title (the deck's name), Liberation Sans
  subsets standing in for Arial. The KPI table, the clock table, the pilot steps and the risks
  are drawn as ruled cells, one text object per line of a cell; the roadmap is bars on a grid
  of ten half-year columns under two-line heads ("H1" over "FY27") with a "FY32+" column
  outside the plan.
- ``org/``: the posts workbook (XLSX, ``people/``), the Operations Strategy Board's terms
  (DOCX), the National Colleague Council agreement (Markdown) and the Hospital Dietetic
  Advisory Panel's terms (text) under ``governance/``, the systems inventory (Markdown) and the
  site technology survey (CSV) under ``systems/``, the measure definitions (Markdown) under
  ``measures/``, the allergen management policy (Markdown) under ``policies/``, the supply and
  distribution contracts note (Markdown), the pilot region's profile (Markdown) and an email
  from the Head of IT (text) under ``context/``.

Re-running it rewrites every file byte for byte: reportlab runs in invariant mode and its
header comment is replaced by one of the same length; the XLSX and DOCX are rewritten with
their ZIP entries sorted, at one fixed time, with fixed document dates; the text files are
literal strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev33").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CASE = "catering-contractor"
DECK_TITLE = "Well Served 2031"
DECK = "Well Served 2031 - Board 14 July 2026.pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED = dt.datetime(2026, 6, 30, 9, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")

W, H = 960, 540
INK = HexColor("#1E2B2F")
GREEN = HexColor("#2F6B4F")
SAGE = HexColor("#E6EFE9")
GREY = HexColor("#6B7178")
LINE = HexColor("#C9D1CC")
AMBER = HexColor("#B7791F")
PALE = HexColor("#F4F6F3")
WHITE = HexColor("#FFFFFF")
HATCH = HexColor("#A9C7B6")
FOOTER = "Kestle Rowe \u00b7 Well Served 2031 \u00b7 Board confidential"
TOTAL = 21
OVERFLOWS: list[str] = []  # lines wider than their box, reported once the deck is drawn

pdfmetrics.registerFont(TTFont("Arial", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Arial-Italic", str(FONT_DIR / "LiberationSans-Italic.ttf")))


class GoogleInfo(PDFInfo):
    """The document information Google Slides writes: a producer and the deck's name."""

    def format(self, document):  # noqa: ANN001, ANN201
        return PDFDictionary(
            {"Producer": PDFString("Skia/PDF m131"), "Title": PDFString(self.title)}
        ).format(document)


# =========================================================================== drawing


def _font(bold: bool, italic: bool) -> str:
    return "Arial-Bold" if bold else "Arial-Italic" if italic else "Arial"


def tx(
    c: canvas.Canvas,
    x: float,
    y: float,
    text: str,
    size: float = 13,
    *,
    bold: bool = False,
    italic: bool = False,
    color=INK,  # noqa: ANN001
    maxw: float | None = None,
    align: str = "l",
) -> None:
    """One line of text, its own text object, as Google's export positions each line."""
    font = _font(bold, italic)
    width = pdfmetrics.stringWidth(text, font, size)
    if maxw is not None and width > maxw + 0.5:
        OVERFLOWS.append(f"line too wide ({width:.0f} > {maxw:.0f}): {text!r}")
    if align == "c":
        x -= width / 2
    elif align == "r":
        x -= width
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setFillColor(color)
    t.textOut(text)
    c.drawText(t)


def lines(
    c: canvas.Canvas,
    x: float,
    y: float,
    rows: list[str],
    size: float = 13,
    *,
    lead: float | None = None,
    maxw: float = 400,
    bold: bool = False,
    italic: bool = False,
    color=INK,  # noqa: ANN001
) -> float:
    lead = lead or size * 1.32
    for row in rows:
        tx(c, x, y, row, size, bold=bold, italic=italic, color=color, maxw=maxw)
        y -= lead
    return y


def items(
    c: canvas.Canvas,
    x: float,
    y: float,
    entries: list[list[str]],
    size: float = 13,
    *,
    mark: str | None = "\u25cf",
    numbered: bool = False,
    maxw: float = 400,
    gap: float = 6,
) -> float:
    """Bulleted or numbered entries, each one or more lines; the glyph or the number is drawn
    apart from the text, as Google Slides draws list markers."""
    lead = size * 1.3
    indent = 22 if numbered else 16
    for k, entry in enumerate(entries, start=1):
        if numbered:
            tx(c, x, y, f"{k}.", size, color=GREEN, bold=True)
        elif mark:
            tx(c, x + 2, y + 1, mark, size * 0.6, color=GREEN)
        for row in entry:
            tx(c, x + indent, y, row, size, maxw=maxw - indent)
            y -= lead
        y -= gap
    return y


def frame(c: canvas.Canvas, number: int, eyebrow: str, title: str, subtitle: str = "") -> None:
    c.setFillColor(WHITE)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(GREEN)
    c.rect(0, H - 8, W, 8, stroke=0, fill=1)
    if eyebrow:
        tx(c, 48, 496, eyebrow.upper(), 10, bold=True, color=GREEN)
    tx(c, 48, 462, title, 26, bold=True, maxw=860)
    if subtitle:
        tx(c, 48, 436, subtitle, 14, color=GREY, maxw=860)
    c.setStrokeColor(LINE)
    c.setLineWidth(0.75)
    c.line(48, 34, W - 48, 34)
    tx(c, 48, 18, FOOTER, 8, color=GREY)
    tx(c, W - 48, 18, str(number), 9, color=GREY, align="r")


def box(c: canvas.Canvas, x: float, y: float, w: float, h: float, fill=SAGE, stroke=None) -> None:  # noqa: ANN001
    c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(0.75)
    c.roundRect(x, y, w, h, 6, stroke=1 if stroke is not None else 0, fill=1)


def table(
    c: canvas.Canvas,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[list[str]]],
    *,
    size: float = 11.5,
    head_size: float = 11,
    pad: float = 7,
) -> float:
    """A ruled table; each cell a list of lines, each line its own text object. The first row
    is the header. Returns the y under the table."""
    lead = size * 1.28
    c.setStrokeColor(LINE)
    c.setLineWidth(0.75)
    total = sum(widths)
    for r, row in enumerate(rows):
        height = max(len(cell) for cell in row) * lead + 2 * pad - 3
        if r == 0:
            c.setFillColor(GREEN)
            c.rect(x, y - height, total, height, stroke=0, fill=1)
        cx = x
        for cell, w in zip(row, widths, strict=True):
            ly = y - pad - (head_size if r == 0 else size) + 2
            for text in cell:
                tx(
                    c,
                    cx + pad,
                    ly,
                    text,
                    head_size if r == 0 else size,
                    bold=r == 0,
                    color=WHITE if r == 0 else INK,
                    maxw=w - 2 * pad,
                )
                ly -= lead
            cx += w
        y -= height
        c.line(x, y, x + total, y)
    return y


# =========================================================================== the slides


def s01(c: canvas.Canvas) -> None:
    c.setFillColor(GREEN)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(HexColor("#24563F"))
    c.rect(0, 0, 330, H, stroke=0, fill=1)
    tx(c, 380, 410, "KESTLE ROWE", 13, bold=True, color=SAGE)
    tx(c, 380, 340, "Well Served 2031", 46, bold=True, color=WHITE)
    tx(c, 380, 300, "Operations and technology strategy, FY27 to FY31", 20, color=WHITE)
    tx(c, 380, 210, "Board of Directors \u00b7 14 July 2026 \u00b7 Paper B3", 13, color=SAGE)
    tx(c, 380, 190, "Presented by the Chief Operating Officer", 13, color=SAGE)
    tx(c, 380, 60, "Board confidential", 10, color=SAGE)
    tx(c, 48, 60, "Contract catering and facilities services", 11, color=SAGE)


def s02(c: canvas.Canvas) -> None:
    frame(c, 2, "Summary", "Well Served 2031 in one page")
    y = lines(
        c,
        48,
        420,
        [
            "Over five financial years we will make every kitchen we run safer, better supplied",
            "and easier to work in. We start with the basics: allergen records, ordering and the",
            "tools our site teams use every day.",
        ],
        14,
        maxw=860,
    )
    tx(c, 48, y - 8, "Where we will be by the end of FY31", 12, bold=True, color=GREEN)
    tiles = [
        ("0", "serious allergen incidents", "a year, from FY28"),
        ("408", "sites ordering through StockPoint", "every site, by the end of FY29"),
        ("5.5%", "food waste", "of food purchased, by FY31"),
        ("28%", "chef and site manager turnover", "rolling 12 months, by FY30"),
    ]
    for k, (big, label, when) in enumerate(tiles):
        x = 48 + k * 218
        box(c, x, 190, 202, 150)
        tx(c, x + 16, 282, big, 40, bold=True, color=GREEN)
        tx(c, x + 16, 250, label, 11.5, maxw=176)
        tx(c, x + 16, 232, when, 11, color=GREY, maxw=176)
    items(
        c,
        48,
        160,
        [
            [
                "Investment: \u00a314.6m over five years, \u00a35.2m of it in Foundation (FY27 and FY28)."
            ],
            ["One decision today: approve Foundation and its budget (slide 21)."],
        ],
        13,
        maxw=860,
        gap=2,
    )


def s03(c: canvas.Canvas) -> None:
    frame(c, 3, "Context", "Where we start: FY25 in figures")
    tiles = [
        (
            "408",
            ["client sites: 164 schools,", "34 hospitals, 151 offices and", "59 university sites"],
        ),
        ("61m", ["meals served in FY25"]),
        ("11,240", ["colleagues, 2,130 of them chefs", "and 390 site managers"]),
        ("\u00a3612m", ["revenue in FY25,", "\u00a3478m of it catering"]),
    ]
    for k, (big, label) in enumerate(tiles):
        x = 48 + k * 218
        box(c, x, 300, 202, 116)
        tx(c, x + 16, 374, big, 30, bold=True, color=GREEN)
        lines(c, x + 16, 350, label, 11.5, maxw=176)
    items(
        c,
        48,
        262,
        [
            ["17 allergen near misses and 4 serious allergen incidents in FY25"],
            ["Food cost was 38.2% of catering revenue, up from 35.9% in FY23"],
            ["41% of chefs and site managers left us in the last 12 months"],
            ["StockPoint, our stock and ordering system, runs at 142 sites"],
        ],
        13,
        maxw=460,
        gap=8,
    )
    box(c, 540, 70, 372, 206, fill=PALE, stroke=LINE)
    tx(c, 556, 252, "For context, not targets", 13, bold=True, color=AMBER)
    lines(
        c,
        556,
        226,
        [
            "Our 2019 plan aimed for StockPoint at every site",
            "by 2021; it reached 142.",
            "The largest caterer in our market reports food",
            "waste of 4.8% of food purchased.",
            "Our longest client contract, the Whitlaw hospitals,",
            "runs to September 2034.",
            "Food inflation forecast for FY27: 4% to 6%",
            "(industry survey, May 2026).",
        ],
        11.5,
        lead=19,
        maxw=340,
    )


def s04(c: canvas.Canvas) -> None:
    frame(c, 4, "Ambition", "What we are aiming for")
    box(c, 48, 352, 864, 68)
    tx(c, 64, 398, "OUR NORTH STAR", 10, bold=True, color=GREEN)
    tx(
        c,
        64,
        372,
        "Every plate we serve is safe, fresh and cooked by a team that wants to stay.",
        19,
        bold=True,
        maxw=830,
    )
    tx(c, 48, 322, "Five goals", 14, bold=True, color=GREEN)
    items(
        c,
        48,
        296,
        [
            ["No serious allergen incident at any of our sites, in any year from FY28."],
            ["Every site ordering through StockPoint by the end of FY29."],
            ["Halve food waste, from 11% to 5.5% of food purchased, by FY31."],
            ["Be the place chefs choose to build a career."],
            [
                "Patients in all 34 of our hospitals choose their meals on the day,",
                "at the bedside, by FY30.",
            ],
        ],
        14,
        numbered=True,
        maxw=860,
        gap=8,
    )
    tx(
        c,
        48,
        70,
        "These five goals carry the eight measures on slide 11.",
        12,
        italic=True,
        color=GREY,
    )


def s05(c: canvas.Canvas) -> None:
    frame(
        c,
        5,
        "Scope",
        "Who this plan is for first",
        "Four sectors, one service each: where a failure costs a client's trust fastest",
    )
    cards = [
        (
            "Schools \u00b7 allergens",
            [
                "A primary school cook serving",
                "a child with a declared allergy,",
                "from a menu the council sets",
            ],
        ),
        (
            "Hospitals \u00b7 ward ordering",
            [
                "A ward host taking a patient's",
                "lunch choice at the bedside on",
                "the morning of the meal",
            ],
        ),
        (
            "Universities \u00b7 stock and ordering",
            [
                "A campus caf\u00e9 chef ordering for",
                "term-time peaks and for empty",
                "vacation weeks",
            ],
        ),
        (
            "Offices \u00b7 pre-order on the app",
            [
                "An office worker pre-ordering",
                "lunch on Kestle Go with the",
                "allergen filter switched on",
            ],
        ),
    ]
    for k, (head, body) in enumerate(cards):
        x = 48 + k * 218
        box(c, x, 236, 202, 176)
        tx(c, x + 14, 388, head, 11.5, bold=True, color=GREEN, maxw=178)
        lines(c, x + 14, 360, body, 12.5, maxw=178)
    tx(c, 48, 206, "Not in this plan", 13, bold=True, color=AMBER)
    items(
        c,
        48,
        182,
        [
            [
                "Cleaning, security and reception contracts: our facilities services division has its own plan"
            ],
            ["Vending and coffee machines"],
            ["Stadium and event catering"],
            ["Our two contracts in Ireland"],
            ["School meal payments, which councils run through their own systems"],
        ],
        12.5,
        maxw=860,
        gap=2,
    )


def s06(c: canvas.Canvas) -> None:
    frame(c, 6, "The plan", "Three phases, one direction")
    cols = [
        (
            "Foundation",
            [
                "Fix the basics: allergen records,",
                "ordering and kit at the sites we",
                "already run well.",
                "Prove it on one region's campuses",
                "before anywhere else.",
                "Ends at Gate 1.",
            ],
        ),
        (
            "Acceleration",
            [
                "Take what worked to every region",
                "and every sector.",
                "Hospitals move from paper menu",
                "cards to bedside ordering.",
                "Ends at Gate 2.",
            ],
        ),
        (
            "Scale",
            [
                "Run the new way everywhere.",
                "Close the old paper routes and",
                "lock in the savings.",
            ],
        ),
    ]
    for k, (name, body) in enumerate(cols):
        x = 48 + k * 292
        box(c, x, 130, 276, 280)
        c.setFillColor(GREEN)
        c.rect(x, 370, 276, 40, stroke=0, fill=1)
        tx(c, x + 16, 383, name, 18, bold=True, color=WHITE)
        lines(c, x + 16, 340, body, 13.5, lead=21, maxw=248)
    tx(
        c,
        48,
        96,
        "The dates of each phase are on slide 12; the roadmap is on slide 13.",
        12,
        italic=True,
        color=GREY,
    )


def pillar(
    c: canvas.Canvas,
    number: int,
    eyebrow: str,
    title: str,
    why: list[str],
    what: list[list[str]],
    lead: str,
    *,
    numbered: bool = False,
) -> None:
    frame(c, number, eyebrow, title)
    box(c, 48, 80, 250, 340)
    tx(c, 64, 396, "Why it matters", 13, bold=True, color=GREEN)
    lines(c, 64, 370, why, 12.5, lead=19, maxw=222)
    tx(c, 330, 410, "What we will do", 13, bold=True, color=GREEN)
    items(c, 330, 384, what, 13, numbered=numbered, maxw=582, gap=9)
    tx(c, 330, 56, lead, 11.5, italic=True, color=GREY)


def s07(c: canvas.Canvas) -> None:
    pillar(
        c,
        7,
        "Pillar 1 \u00b7 Allergens and food safety",
        "Safe food, every plate",
        [
            "Four serious allergen incidents",
            "in FY25. Each one put a child",
            "or a patient at risk, and two",
            "reached a client's board.",
            "",
            "Three of the four involved a",
            "local special: a dish cooked on",
            "site that no central record held.",
        ],
        [
            [
                "Put every dish we serve, local specials included, on MenuLink",
                "with its 14 allergens",
            ],
            [
                "Replace paper allergen folders with one allergen sheet printed",
                "from MenuLink at every site",
            ],
            ["Digital HACCP checks on SafeKitchen in every kitchen,", "not only in our hospitals"],
            [
                "Train every chef and site manager on the new allergen process",
                "through the Culinary Academy",
            ],
            [
                "Investigate every allergen near miss within 48 hours and share",
                "the lesson with all sites",
            ],
            [
                "One national patient menu for our hospitals, with a free-from",
                "choice at every meal",
            ],
        ],
        "Pillar lead: Head of Food Safety",
    )


def s08(c: canvas.Canvas) -> None:
    pillar(
        c,
        8,
        "Pillar 2 \u00b7 Purchasing, stock and ordering",
        "Order to plate",
        [
            "266 of our sites still order",
            "from a spreadsheet, by email.",
            "",
            "Food cost rose from 35.9% to",
            "38.2% of catering revenue in",
            "two years; a third of the rise",
            "is waste and off-list buying.",
        ],
        [
            [
                "Roll StockPoint out to the 266 sites still ordering on spreadsheets,",
                "region by region",
            ],
            [
                "Load our core list of 1,450 products into StockPoint, with each",
                "supplier's allergen specification",
            ],
            [
                "Move every site to two deliveries a week once the new",
                "distribution contract starts",
            ],
            [
                "Weekly stock counts on StockPoint at every site, replacing the",
                "month-end paper count",
            ],
            [
                "Track food waste by weight at every site, by dish, and report it",
                "monthly from Larder",
            ],
        ],
        "Pillar lead: Head of Procurement and Supply Chain",
        numbered=True,
    )


def s09(c: canvas.Canvas) -> None:
    pillar(
        c,
        9,
        "Pillar 3 \u00b7 Chefs and site managers",
        "Kitchens people want to work in",
        [
            "41% of our chefs and site",
            "managers left in the last",
            "12 months. Agency chefs cost",
            "us \u00a311.4m in FY25.",
            "",
            "Leavers name rotas changed at",
            "short notice and no route to",
            "a head chef's job.",
        ],
        [
            [
                "A chef career path from kitchen assistant to executive chef, with",
                "pay steps agreed each April",
            ],
            ["Rotas published three weeks ahead on RotaRight at every site"],
            [
                "A new site manager role that combines catering and facilities",
                "duties at our smaller sites",
            ],
            [
                "Exit interviews for every chef who leaves, read monthly by the",
                "regional operations directors",
            ],
            ["Recruit 120 apprentice chefs a year through the Culinary Academy", "from FY28"],
        ],
        "Pillar lead: Chief People Officer",
    )


def s10(c: canvas.Canvas) -> None:
    pillar(
        c,
        10,
        "Pillar 4 \u00b7 Site technology and the site app",
        "Digital sites",
        [
            "Our systems are good where",
            "they run; too few kitchens",
            "can reach them.",
            "",
            "Kestle Go takes 12% of orders",
            "at the offices and campuses",
            "where it is open.",
        ],
        [
            ["A rugged tablet in every kitchen for StockPoint, SafeKitchen", "and MenuLink"],
            ["Wi-Fi or a 4G router in every kitchen that has no signal today"],
            [
                "Open Kestle Go pre-order and the allergen filter at every office",
                "and university site",
            ],
            [
                "Bedside ordering on tablets for patient meals at the 21 hospitals",
                "still on paper menu cards",
            ],
            ["One daily feed from StockPoint, Tillmaster and SafeKitchen", "into Larder"],
        ],
        "Pillar lead: Head of IT, until a Head of Site Technology is appointed",
    )


def s11(c: canvas.Canvas) -> None:
    frame(c, 11, "Measures", "How we will measure it")
    rows = [
        [["Measure"], ["FY25 baseline"], ["Target"], ["By when"]],
        [["Serious allergen incidents a year"], ["4"], ["0"], ["Every year from FY28"]],
        [["Sites ordering through StockPoint"], ["142 of 408"], ["408 of 408"], ["End of FY29"]],
        [["Food cost as a share of catering revenue"], ["38.2%"], ["35.5%"], ["FY30"]],
        [["Food waste as a share of food purchased (by weight)"], ["11.0%"], ["5.5%"], ["FY31"]],
        [["Chef and site manager turnover, rolling 12 months"], ["41%"], ["28%"], ["FY30"]],
        [["Office and university orders placed on Kestle Go"], ["12%"], ["40%"], ["H2 FY29"]],
        [
            ["Hospitals taking patient meal choices at the bedside"],
            ["13 of 34"],
            ["34 of 34"],
            ["FY30"],
        ],
        [
            ["Client satisfaction (annual client survey)"],
            ["First survey in FY27"],
            ["Higher"],
            ["To be agreed"],
        ],
    ]
    y = table(c, 48, 420, [420, 160, 130, 154], rows, size=12.5, head_size=12, pad=8)
    tx(
        c,
        48,
        y - 20,
        "Baselines are FY25 (October 2024 to September 2025) unless stated. Each measure's owner is named in the",
        10.5,
        italic=True,
        color=GREY,
        maxw=864,
    )
    tx(
        c,
        48,
        y - 34,
        "measure definitions; figures come from Larder.",
        10.5,
        italic=True,
        color=GREY,
    )


def s12(c: canvas.Canvas) -> None:
    frame(c, 12, "The clock", "How we count time in this plan")
    lines(
        c,
        48,
        420,
        [
            "Our financial year runs from 1 October to 30 September: FY27 is October 2026 to September 2027.",
            "We plan in half-years: H1 is October to March, H2 is April to September.",
            "This plan covers five financial years, FY27 to FY31: 1 October 2026 to 30 September 2031.",
        ],
        13.5,
        lead=22,
        maxw=864,
    )
    rows = [
        [["Phase"], ["From"], ["To"], ["Closes with"]],
        [["Foundation"], ["H1 FY27"], ["H2 FY28"], ["Gate 1"]],
        [["Acceleration"], ["H1 FY29"], ["H1 FY30"], ["Gate 2"]],
        [["Scale"], ["H2 FY30"], ["H2 FY31"], ["The end of the plan"]],
    ]
    table(c, 48, 340, [200, 120, 120, 180], rows, size=13, head_size=12, pad=8)
    box(c, 700, 90, 212, 250, fill=PALE, stroke=LINE)
    tx(c, 714, 316, "One overlap, and why", 12.5, bold=True, color=AMBER)
    lines(
        c,
        714,
        292,
        [
            "Acceleration starts early in",
            "school kitchens, in H2 FY28.",
            "School kitchens can only be",
            "fitted out in the summer",
            "holiday, and tablets take 14",
            "weeks to arrive. So the second",
            "wave of school kitchens is",
            "ordered in H2 FY28 and fitted",
            "in August 2028, before Gate 1.",
            "Gate 1 still closes Foundation.",
        ],
        11.5,
        lead=19,
        maxw=186,
    )
    tx(
        c,
        48,
        96,
        "Workstreams run across phases; the bars on the roadmap are work, not phases.",
        12,
        italic=True,
        color=GREY,
        maxw=620,
    )


HALVES = [(h, fy) for fy in ("FY27", "FY28", "FY29", "FY30", "FY31") for h in ("H1", "H2")]


def s13(c: canvas.Canvas) -> None:
    frame(c, 13, "Roadmap", "Roadmap: FY27 to FY31")
    left, col, top = 170, 64, 430
    for k, (h, fy) in enumerate(HALVES):
        x = left + k * col
        c.setFillColor(SAGE if k % 2 == 0 else PALE)
        c.rect(x, 60, col, top - 60, stroke=0, fill=1)
        tx(c, x + col / 2, top - 16, h, 11, bold=True, color=GREEN, align="c")
        tx(c, x + col / 2, top - 30, fy, 10, color=GREY, align="c")
    bx = left + 10 * col + 6
    c.setFillColor(WHITE)
    c.setStrokeColor(LINE)
    c.setDash(3, 3)
    c.rect(bx, 60, 908 - bx, top - 60, stroke=1, fill=0)
    c.setDash()
    tx(c, (bx + 908) / 2, top - 16, "FY32+", 11, bold=True, color=GREY, align="c")
    tx(c, (bx + 908) / 2, top - 30, "Beyond this plan", 8.5, color=GREY, align="c")

    def bar(row_y: float, start: float, end: float, label: str, fill=GREEN, ink=WHITE) -> None:  # noqa: ANN001
        x0 = left + start * col + 2
        x1 = left + end * col - 2
        c.setFillColor(fill)
        c.roundRect(x0, row_y, x1 - x0, 16, 4, stroke=0, fill=1)
        if label:
            tx(c, x0 + 6, row_y + 4.5, label, 9, bold=True, color=ink, maxw=x1 - x0 - 10)

    for label, at in [("Pilot review", 1.5), ("Gate 1", 4.0), ("Gate 2", 7.0)]:
        gx = left + at * col
        c.setFillColor(AMBER)
        p = c.beginPath()
        p.moveTo(gx, 390)
        p.lineTo(gx + 6, 384)
        p.lineTo(gx, 378)
        p.lineTo(gx - 6, 384)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        tx(c, gx + 9, 380.5, label, 8.5, bold=True, color=AMBER)
    # the phase band
    tx(c, 48, 350, "Phases", 11, bold=True)
    bar(346, 0, 4, "Foundation")
    bar(346, 3, 4, "", fill=HATCH)
    tx(c, left + 3 * col + 6, 335, "early start", 8, italic=True, color=GREY)
    bar(346, 4, 7, "Acceleration")
    bar(346, 7, 10, "Scale")
    lanes = [
        (
            "Allergens",
            [(0, 3, "MenuLink allergen records", 0), (2, 6, "Allergen sheet at every site", 1)],
        ),
        (
            "StockPoint",
            [
                (0, 2, "First region", 0),
                (2, 5, "Wave 1: offices, universities", 1),
                (3, 7, "Wave 2: schools, hospitals", 0),
            ],
        ),
        ("Deliveries", [(0, 3, "Distribution tender", 0), (3, 10, "Two deliveries a week", 1)]),
        ("Kestle Go", [(1, 4, "Offices", 0), (2, 6, "Universities", 1)]),
        ("Hospitals", [(4, 8, "Bedside ordering: 21 hospitals", 0)]),
        ("People", [(1, 10, "Chef career path", 0), (4, 7, "Site manager role", 1)]),
        ("Kit", [(1, 7, "Tablets, Wi-Fi and 4G", 0)]),
    ]
    y = 298
    for name, bars in lanes:
        tx(c, 48, y + 12, name, 11, bold=True)
        for start, end, label, level in bars:
            bar(y + 8 - level * 18, start, end, label, fill=WHITE, ink=INK)
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.9)
            x0 = left + start * col + 2
            c.roundRect(x0, y + 8 - level * 18, (end - start) * col - 4, 16, 4, stroke=1, fill=0)
        y -= 28 if max(b[3] for b in bars) == 0 else 38
    lines(
        c,
        bx + 6,
        298,
        ["Replace", "Tillmaster", "tills", "", "Facilities", "contracts", "onto", "StockPoint"],
        9,
        lead=12,
        maxw=80,
        color=GREY,
    )
    tx(
        c,
        48,
        44,
        "Bars are workstreams, not phases. Diamonds mark a decision of the Operations Strategy Board.",
        10,
        italic=True,
        color=GREY,
    )


def s14(c: canvas.Canvas) -> None:
    frame(c, 14, "First region", "First region: the university campuses of Ashdene Vale")
    lines(
        c,
        48,
        412,
        [
            "We start with the 14 catering sites on the three university campuses in our",
            "Ashdene Vale region: 9 caf\u00e9s, 3 food halls and 2 residence kitchens.",
        ],
        15,
        lead=22,
        maxw=864,
    )
    tx(c, 48, 350, "Why there", 13, bold=True, color=GREEN)
    items(
        c,
        48,
        326,
        [
            ["StockPoint already runs at 4 of the 14 sites, so the region has people who know it"],
            ["The three universities have asked for the allergen filter in Kestle Go"],
            ["The Easter vacation gives us a quiet week to switch ordering over"],
            ["One regional operations director runs every site in the region"],
        ],
        13,
        maxw=520,
        gap=6,
    )
    box(c, 600, 120, 312, 226, fill=PALE, stroke=LINE)
    tx(c, 616, 322, "How long it runs", 13, bold=True, color=AMBER)
    lines(
        c,
        616,
        298,
        [
            "The pilot runs for six months,",
            "January to June 2027, across the",
            "spring and summer terms.",
            "It does not change the five-year",
            "plan: the other regions follow",
            "in Acceleration.",
        ],
        12.5,
        lead=20,
        maxw=282,
    )
    tx(
        c,
        48,
        100,
        "Pilot lead: Regional Operations Director (Ashdene Vale)",
        12,
        italic=True,
        color=GREY,
    )


def s15(c: canvas.Canvas) -> None:
    frame(
        c,
        15,
        "First region",
        "Ashdene Vale: the first six months",
        "Months of the pilot, counted from M0, the first month of the spring term",
    )
    rows = [
        [["Month"], ["Step"], ["Lead"]],
        [
            ["M0"],
            ["Fit StockPoint and a tablet in all 14 campus kitchens"],
            ["Head of Operational Systems"],
        ],
        [
            ["M0\u2013M1"],
            ["Move every campus dish onto MenuLink with its 14 allergens"],
            ["Menu Data Manager"],
        ],
        [
            ["M1"],
            ["Open Kestle Go pre-order with the allergen filter at the 9 caf\u00e9s"],
            ["Site App Product Manager"],
        ],
        [
            ["M1\u2013M4"],
            ["Weekly stock counts on StockPoint, compared with the old paper count"],
            ["Regional Operations Director"],
        ],
        [["M2"], ["Weigh food waste by dish at the 3 food halls"], ["Head of Sustainability"]],
        [
            ["M5"],
            ["Survey campus customers and the universities' catering leads"],
            ["Regional Operations Director"],
        ],
        [
            ["M6"],
            ["Pilot review: go or no-go for Wave 1 of StockPoint"],
            ["Chief Operating Officer"],
        ],
    ]
    y = table(c, 48, 410, [90, 540, 234], rows, size=12.5, head_size=12, pad=8)
    tx(c, 48, y - 22, "M0 is January 2027.", 11, italic=True, color=GREY)


def s16(c: canvas.Canvas) -> None:
    frame(c, 16, "Decisions", "What good looks like")
    box(c, 48, 70, 420, 360)
    tx(c, 64, 404, "Ashdene Vale pilot review", 14, bold=True, color=GREEN)
    tx(c, 64, 386, "Go or no-go for Wave 1", 11.5, italic=True, color=GREY)
    items(
        c,
        64,
        358,
        [
            [
                "Every campus dish on MenuLink with its allergens,",
                "checked by the Head of Food Safety",
            ],
            ["Stock counts on StockPoint within 2% of the paper", "count for 8 weeks running"],
            ["Food waste at the food halls down by a fifth", "against January"],
            ["At least 30% of caf\u00e9 orders placed on Kestle Go"],
        ],
        12.5,
        maxw=390,
        gap=8,
    )
    box(c, 492, 70, 420, 360)
    tx(c, 508, 404, "Gate 1: leaving Foundation", 14, bold=True, color=GREEN)
    tx(c, 508, 386, "Go or no-go for Acceleration", 11.5, italic=True, color=GREY)
    items(
        c,
        508,
        358,
        [
            ["StockPoint live at 250 sites or more"],
            ["No serious allergen incident in the last 12 months"],
            ["Every kitchen using the allergen sheet printed", "from MenuLink"],
            ["A signed distribution contract that allows two", "deliveries a week"],
            ["A Head of Site Technology in post"],
            ["Decided by the Operations Strategy Board at its", "meeting of 21 September 2028"],
        ],
        12.5,
        maxw=390,
        gap=7,
    )


def s17(c: canvas.Canvas) -> None:
    frame(c, 17, "Risks", "What could go wrong, and what we will do")
    rows = [
        [["Risk"], ["Likelihood"], ["Impact"], ["Mitigation"]],
        [
            ["Tablets arrive late for the", "school summer holiday"],
            ["Medium"],
            ["High"],
            ["Order wave 2 tablets in H2 FY28, a half-year", "ahead of fitting"],
        ],
        [
            ["Delivery days cannot change", "under the current contract"],
            ["High"],
            ["Medium"],
            [
                "Open the distribution tender in H1 FY27 so a",
                "new contract can start on 1 April 2028",
            ],
        ],
        [
            ["Chefs see StockPoint as", "more paperwork"],
            ["Medium"],
            ["High"],
            ["Site champions in every region, trained first", "by the Culinary Academy"],
        ],
        [
            ["Dietitians object to the", "national patient menu"],
            ["Low"],
            ["High"],
            [
                "Take every hospital menu change to the Hospital",
                "Dietetic Advisory Panel eight weeks ahead",
            ],
        ],
        [
            ["Local specials escape the", "allergen records"],
            ["Medium"],
            ["High"],
            ["No dish is served unless it is printed on the", "day's MenuLink allergen sheet"],
        ],
    ]
    table(c, 48, 420, [230, 100, 90, 444], rows, size=12, head_size=12, pad=8)


def s18(c: canvas.Canvas) -> None:
    frame(c, 18, "First 90 days", "October to December 2026: the first 90 days")
    items(
        c,
        48,
        412,
        [
            ["Appoint a Head of Site Technology (Chief People Officer)"],
            ["Publish the FY25 baseline of all eight measures from Larder (Head of Insight)"],
            [
                "Issue the distribution tender to replace the Brakeway contract (Head of Procurement)"
            ],
            ["Order tablets for the 14 Ashdene Vale campus kitchens (Head of IT)"],
            ["Write the allergen sheet standard for every site (Food Safety Lead)"],
            [
                "Consult the National Colleague Council on the new site manager role (Chief People Officer)"
            ],
            [
                "Book allergen process sessions for Ashdene Vale chefs at the Culinary Academy (Head of Learning)"
            ],
            ["Set up the Operations Strategy Board and its monthly meeting (Programme Director)"],
        ],
        13.5,
        numbered=True,
        maxw=864,
        gap=11,
    )


def s19(c: canvas.Canvas) -> None:
    frame(
        c,
        19,
        "Priorities",
        "Now / Next / Later",
        "Where our attention goes. Not a timetable: the dates are on slides 12 and 13.",
    )
    cols = [
        (
            "Now",
            ["Allergen records", "The first region: Ashdene Vale", "Baselines for every measure"],
        ),
        (
            "Next",
            [
                "StockPoint everywhere",
                "A new distribution contract",
                "Bedside ordering in hospitals",
            ],
        ),
        (
            "Later",
            [
                "Kestle Go in every office and university",
                "Replace the Tillmaster tills",
                "Facilities contracts onto StockPoint",
            ],
        ),
    ]
    for k, (name, body) in enumerate(cols):
        x = 48 + k * 292
        box(c, x, 110, 276, 290)
        tx(c, x + 16, 368, name, 22, bold=True, color=GREEN)
        items(c, x + 16, 330, [[b] for b in body], 13, maxw=248, gap=14)


def s20(c: canvas.Canvas) -> None:
    frame(c, 20, "Governance", "Who decides, and who we consult")
    lines(
        c,
        48,
        416,
        [
            "The Chief Operating Officer is executive sponsor of Well Served 2031 and chairs the Operations Strategy Board.",
            "The Operations Strategy Board meets monthly. It decides the pilot review, Gate 1 and Gate 2, and releases",
            "each phase's budget within the envelope the Board of Directors approves.",
            "Members: the three Managing Directors, the Chief Financial Officer, the Chief People Officer, the Head of",
            "Food Safety, the Head of IT and the Programme Director, Well Served.",
        ],
        13,
        lead=21,
        maxw=864,
    )
    tx(c, 48, 290, "We consult before we decide", 13, bold=True, color=GREEN)
    items(
        c,
        48,
        266,
        [
            [
                "the National Colleague Council, on any change to rotas, job roles or the staffing of a site"
            ],
            ["the Hospital Dietetic Advisory Panel, on any change to a hospital patient menu"],
        ],
        13,
        maxw=864,
        gap=6,
    )
    lines(
        c,
        48,
        196,
        [
            "Neither body leads work in this plan.",
            "The Board of Directors receives a report each quarter and approves each phase's budget.",
            "Each pillar lead reports progress to the Programme Director every month.",
        ],
        13,
        lead=22,
        maxw=864,
    )


def s21(c: canvas.Canvas) -> None:
    frame(c, 21, "Investment", "What it costs, and what we ask of the Board")
    rows = [
        [["Phase"], ["Capital"], ["Operating"], ["Total"]],
        [["Foundation (FY27 and FY28)"], ["\u00a33.1m"], ["\u00a32.1m"], ["\u00a35.2m"]],
        [["Acceleration (FY29 and H1 FY30)"], ["\u00a33.4m"], ["\u00a32.3m"], ["\u00a35.7m"]],
        [["Scale (H2 FY30 and FY31)"], ["\u00a31.6m"], ["\u00a32.1m"], ["\u00a33.7m"]],
        [["Five years"], ["\u00a38.1m"], ["\u00a36.5m"], ["\u00a314.6m"]],
    ]
    table(c, 48, 420, [270, 110, 110, 110], rows, size=12.5, head_size=12, pad=8)
    tx(c, 48, 218, "We ask the Board to", 13, bold=True, color=GREEN)
    items(
        c,
        48,
        194,
        [
            ["Approve Well Served 2031 as our operations and technology strategy for FY27 to FY31"],
            [
                "Approve the Foundation budget of \u00a35.2m, released by the chair of the Operations Strategy Board"
            ],
            [
                "Note that the Acceleration and Scale budgets come back to the Board at Gate 1 and Gate 2"
            ],
        ],
        13,
        numbered=True,
        maxw=864,
        gap=8,
    )


SLIDES = [
    s01,
    s02,
    s03,
    s04,
    s05,
    s06,
    s07,
    s08,
    s09,
    s10,
    s11,
    s12,
    s13,
    s14,
    s15,
    s16,
    s17,
    s18,
    s19,
    s20,
    s21,
]
RL_HEAD = b"%\x93\x8c\x8b\x9e ReportLab Generated PDF document (opensource)"
RL_DIGEST = b"% ReportLab generated PDF document -- digest (opensource)\n"


def build_deck() -> bytes:
    assert len(SLIDES) == TOTAL
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1, pdfVersion=(1, 4))
    c._doc.info = GoogleInfo()
    c.setTitle(DECK_TITLE)
    for draw in SLIDES:
        draw(c)
        c.showPage()
    c.save()
    if OVERFLOWS:
        raise ValueError("\n".join(OVERFLOWS))
    data = buf.getvalue()
    if data.count(RL_HEAD) != 1:
        raise ValueError("reportlab's header comment changed")
    head = b"%\xe2\xe3\xcf\xd3"
    data = data.replace(RL_HEAD, head + b" " * (len(RL_HEAD) - len(head)))
    # the trailer's comment sits after the cross-reference table, so dropping it moves no offset
    if data.count(RL_DIGEST) != 1:
        raise ValueError("reportlab's trailer comment changed")
    return data.replace(RL_DIGEST, b"")


# =========================================================================== zip packages


def _rezip(data: bytes) -> bytes:
    """An Office package rewritten with sorted entries at one fixed time, document dates fixed."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = src.read(name)
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    r"\g<1>2026-06-30T09:00:00Z\g<3>",
                    text,
                )
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, body)
    return out.getvalue()


# =========================================================================== the roster


POSTS: list[tuple[str, str, str, str, str]] = [
    (
        "Chief Executive",
        "Group",
        "Chair of the Board",
        "Core",
        "Leads the company and chairs the Executive Committee. Owns client relationships at group "
        "level and the annual plan.",
    ),
    (
        "Chief Operating Officer",
        "Group",
        "Chief Executive",
        "Core",
        "Executive sponsor of Well Served 2031. Chairs the Operations Strategy Board and decides "
        "go or no-go at each phase gate and at the pilot review; releases each phase's budget "
        "within the envelope the Board approves. The three Managing Directors report to this post.",
    ),
    (
        "Chief Financial Officer",
        "Finance",
        "Chief Executive",
        "Core",
        "Budgets, forecasts and investment cases. Owns food cost reporting and the food cost "
        "measure; signs off the savings case at each gate.",
    ),
    (
        "Chief People Officer",
        "People",
        "Chief Executive",
        "Core",
        "Recruitment, pay, job roles and employee relations. Leads consultation with the National "
        "Colleague Council; owns the chef career path, the turnover measure and the rota policy.",
    ),
    (
        "Programme Director, Well Served",
        "Group",
        "Chief Operating Officer",
        "Core",
        "Runs the programme office: the plan, the risk log, the monthly report to the Operations "
        "Strategy Board and its secretariat. Holds no budget of its own.",
    ),
    (
        "Managing Director, Education",
        "Education",
        "Chief Operating Officer",
        "Core",
        "School and university contracts and the operations of every school and campus site, "
        "through the regional operations directors.",
    ),
    (
        "Managing Director, Healthcare",
        "Healthcare",
        "Chief Operating Officer",
        "Core",
        "Hospital contracts with NHS trusts and private hospitals, and the operations of all 34 "
        "hospital sites.",
    ),
    (
        "Managing Director, Workplace",
        "Workplace",
        "Chief Operating Officer",
        "Core",
        "Office restaurant contracts and the operations of every office site.",
    ),
    (
        "Regional Operations Director, Ashdene Vale",
        "Education",
        "Managing Director, Education",
        "Core",
        "Runs all 63 sites in the Ashdene Vale region, whatever their sector: site managers, "
        "staffing, stock counts and site readiness for any change.",
    ),
    (
        "Head of Food Safety",
        "Quality",
        "Chief Operating Officer",
        "Core",
        "Food safety and allergen policy, HACCP standards, site audits, allergen incident "
        "investigation and liaison with environmental health officers. Sets the standard for the "
        "allergen sheet every site uses.",
    ),
    (
        "Head of Health and Safety",
        "Quality",
        "Chief Operating Officer",
        "Core",
        "Workplace health and safety: accident reporting, risk assessments for kitchen equipment, "
        "manual handling and fire safety. Not food safety.",
    ),
    (
        "Head of Menu Development",
        "Culinary",
        "Chief Operating Officer",
        "Core",
        "Menus and recipes for every sector, nutrition standards, and the hospital patient menus "
        "written with the trusts' dietitians.",
    ),
    (
        "Menu Data Manager",
        "Culinary",
        "Head of Menu Development",
        "Core",
        "Keeps MenuLink, our recipe database: every recipe, its ingredients and its 14 allergens. "
        "Loads new dishes and local specials and prints the allergen sheets sites use.",
    ),
    (
        "Head of Procurement and Supply Chain",
        "Procurement",
        "Chief Financial Officer",
        "Core",
        "Supplier and distribution contracts, the approved product list and supplier allergen "
        "specifications, delivery days and order cut-offs. Runs tenders.",
    ),
    (
        "Head of Operational Systems",
        "Operations",
        "Chief Operating Officer",
        "Core",
        "Owns StockPoint, SafeKitchen and RotaRight and rolls them out to sites: set-up, site "
        "training on the system, and support.",
    ),
    (
        "Stock Accounting Manager",
        "Finance",
        "Chief Financial Officer",
        "Core",
        "Month-end stock valuation in the ledger and the audit of year-end stock-takes. Does not "
        "run site ordering or StockPoint.",
    ),
    (
        "Head of IT",
        "Technology",
        "Chief Financial Officer",
        "Core",
        "Networks, devices, integrations and technology suppliers. Covers the Head of Site "
        "Technology's remit while that post is vacant.",
    ),
    (
        "Head of Site Technology",
        "Technology",
        "Head of IT",
        "Core",
        "Kitchen tablets, Wi-Fi and 4G at sites, and till hardware. Vacant since March 2026.",
    ),
    (
        "Site App Product Manager",
        "Technology",
        "Head of IT",
        "Core",
        "Kestle Go, the site app: pre-order, payment and the allergen filter, at office and "
        "university sites.",
    ),
    (
        "Head of Data and Insight",
        "Technology",
        "Chief Financial Officer",
        "Core",
        "Larder, our data warehouse, and its Power BI reports. Baselines and monthly figures for "
        "every Well Served measure; data feeds into Larder.",
    ),
    (
        "Head of Learning and Culinary Academy",
        "People",
        "Chief People Officer",
        "Core",
        "Our training lead: the Culinary Academy, apprenticeships, allergen and food safety "
        "training for chefs and site managers, and Kestle Learn.",
    ),
    (
        "Head of Hospitality and Events",
        "Workplace",
        "Managing Director, Workplace",
        "Core",
        "Boardroom dining, conferences and events at office sites. No part in hospital catering.",
    ),
    (
        "Head of Patient Dining",
        "Healthcare",
        "Managing Director, Healthcare",
        "Core",
        "Ward service in our hospitals: ward hosts, patient meal ordering and meal delivery to "
        "wards, and the patient dining measures.",
    ),
    (
        "Head of Sustainability",
        "Group",
        "Chief Operating Officer",
        "Core",
        "Carbon and food waste: the food waste measure, waste weighing at sites and the waste "
        "contractor.",
    ),
    (
        "Chair, National Colleague Council",
        "Colleague Council",
        "Not a company post",
        "Consult",
        "Elected by colleagues; the Council must be consulted on rotas, job roles and site "
        "staffing.",
    ),
    (
        "Chair, Hospital Dietetic Advisory Panel",
        "Client panel",
        "Not a company post",
        "Consult",
        "Chairs the panel of the client trusts' dietitians, consulted on hospital patient menus.",
    ),
]


def build_roster() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Posts"
    ws.append(["Post", "Division", "Reports to", "Tier", "Responsibilities"])
    for post in POSTS:
        ws.append(list(post))
    ws.append([])
    ws.append(
        [
            "Tier: Core posts may own work in Well Served 2031. Consult rows are bodies we "
            "consult; they lead no work."
        ]
    )
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="2F6B4F")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDE", (40, 16, 30, 10, 90), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    old = wb.create_sheet("Changes")
    old.append(["Date", "Change"])
    old.append(["2026-03-13", "Head of Site Technology left; the Head of IT covers the remit."])
    old.append(["2026-04-01", "Head of Catering Standards renamed Head of Menu Development."])
    wb.properties.creator = "People Team"
    wb.properties.lastModifiedBy = "People Team"
    wb.properties.title = "Posts and responsibilities"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


# =========================================================================== the board's terms


def build_terms() -> bytes:
    doc = Document()
    styles = doc.styles
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Operations Strategy Board: terms of reference", level=1)
    doc.add_paragraph("Approved by the Executive Committee on 9 June 2026. Review: June 2027.")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "The Operations Strategy Board steers Well Served 2031 for the Board of Directors. It "
        "decides what the Board of Directors has delegated to it and reports to it each quarter."
    )
    doc.add_heading("2. Chair and sponsor", level=2)
    doc.add_paragraph(
        "The Chief Operating Officer is the executive sponsor of Well Served 2031 and chairs the "
        "Operations Strategy Board. The chair has the casting vote."
    )
    doc.add_heading("3. Members", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Member"
    table.rows[0].cells[1].text = "Role on the board"
    for member, role in [
        ("Chief Operating Officer", "Chair and executive sponsor"),
        ("Managing Director, Education", "Member"),
        ("Managing Director, Healthcare", "Member"),
        ("Managing Director, Workplace", "Member"),
        ("Chief Financial Officer", "Member"),
        ("Chief People Officer", "Member"),
        ("Head of Food Safety", "Member"),
        ("Head of IT", "Member"),
        ("Programme Director, Well Served", "Secretary, no vote"),
    ]:
        cells = table.add_row().cells
        cells[0].text = member
        cells[1].text = role
    doc.add_heading("4. Decisions", level=2)
    for text in [
        "The go or no-go decision at the pilot review, at Gate 1 and at Gate 2.",
        "The release of each phase's budget, within the envelope the Board of Directors approves.",
        "Changes to the scope of a pillar.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("5. Consultation", level=2)
    doc.add_paragraph(
        "Before it decides a change to rotas, job roles or the staffing of a site, the board "
        "hears the National Colleague Council's view. Before it decides a change to a hospital "
        "patient menu, it hears the Hospital Dietetic Advisory Panel. Neither body is a member "
        "and neither leads work."
    )
    doc.add_heading("6. Meetings", level=2)
    doc.add_paragraph(
        "Monthly, on the third Thursday. Papers go out five working days before. Each pillar "
        "lead reports progress against the plan; the Head of Data and Insight brings the "
        "measures from Larder."
    )
    cp = doc.core_properties
    cp.author = "Programme Office"
    cp.last_modified_by = "Programme Office"
    cp.title = "Operations Strategy Board terms of reference"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue())


# =========================================================================== text files


def build_survey() -> str:
    rows = [
        [
            "Region",
            "Sites",
            "Schools",
            "Hospitals",
            "Offices",
            "University sites",
            "StockPoint live",
            "School kitchens without Wi-Fi or signal",
        ],
        ["Brennock", "71", "30", "6", "29", "6", "22", "17"],
        ["Ashdene Vale", "63", "24", "4", "21", "14", "19", "12"],
        ["Sturley", "68", "29", "7", "24", "8", "25", "18"],
        ["Corrow", "74", "33", "6", "25", "10", "27", "21"],
        ["Whitlaw", "66", "25", "8", "24", "9", "24", "15"],
        ["Brindlecombe", "66", "23", "3", "28", "12", "25", "13"],
        ["Total", "408", "164", "34", "151", "59", "142", "96"],
    ]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    return buf.getvalue()


SYSTEMS = """
# Systems and data inventory

Kept by the Head of IT. Last reviewed 2 June 2026.

## Stock and ordering

**StockPoint** (Ordena, hosted) is our stock and ordering system: product list, orders to
suppliers, deliveries received and stock counts. StockPoint runs at 142 of our 408 sites. The
other 266 sites order from a spreadsheet order sheet that the site manager emails to the
distributor each week. Their stock is counted on paper at month end.

## Menus, recipes and allergens

**MenuLink** is our recipe database: every central recipe with its ingredients and its 14
allergens, used by every site through the web. It prints menus and allergen sheets. Dishes a
site creates itself (local specials) are not in MenuLink; see the allergen management policy.

## Tills and the site app

**Tillmaster** EPOS tills run at every site that takes payment (office, university and
hospital retail outlets). Tillmaster tills keep line-level sales for 100 days; Larder receives
only daily totals per site.

**Kestle Go** is our site app for customers at office and university sites: pre-order,
payment and an allergen filter. It is open at 61 sites today.

## Food safety

**SafeKitchen** records HACCP checks (fridge and probe temperatures, cooling, cleaning) on a
tablet. SafeKitchen runs only at our 34 hospitals; every other kitchen records its HACCP checks
in a paper diary kept in the kitchen.

## Hospitals

At 21 of our 34 hospitals, patient meal choices are taken on paper menu cards the day before
and typed into the kitchen's production sheet. The other 13 use bedside ordering on ward
tablets.

## People

**RotaRight** holds rotas, clocking in and holiday at every site. **Kestle Learn** is the
learning system of the Culinary Academy.

## Data and reporting

**Larder** is our data warehouse (Azure SQL), with Power BI reports for finance, operations
and food safety. It is owned by the Head of Data and Insight and takes nightly feeds from
StockPoint, RotaRight, the finance ledger and Tillmaster.

## Sites and connectivity

96 school kitchens have no Wi-Fi and no usable mobile signal in the kitchen; the site survey
(site-technology-survey-2026.csv) lists them by region. Most hospital and office kitchens use
the client's guest Wi-Fi.
"""

MEASURES = """
# Well Served 2031: measure definitions

Owned by the Head of Data and Insight. Every figure is reported monthly from Larder unless
stated. Baselines are FY25 (1 October 2024 to 30 September 2025).

| Measure | Definition | Owner | FY25 baseline |
|---|---|---|---|
| Serious allergen incidents | Incidents where a customer or patient was served an allergen they had declared, graded serious by the Head of Food Safety | Head of Food Safety | 4 |
| Sites ordering through StockPoint | Sites whose every food order in the month went through StockPoint | Head of Operational Systems | 142 |
| Food cost | Food purchases as a share of catering revenue, from the ledger | Chief Financial Officer | 38.2% |
| Food waste | Food thrown away as a share of food purchased, by weight | Head of Sustainability | 11.0% (estimated from 40 sites that weigh waste) |
| Chef and site manager turnover | Leavers in the last 12 months over the average number in post | Chief People Officer | 41% |
| Kestle Go share of orders | Orders placed on Kestle Go as a share of all orders at office and university sites where it is open | Site App Product Manager | 12% |
| Bedside ordering | Hospitals where patient meal choices are taken at the bedside on the day | Head of Patient Dining | 13 of 34 |
| Client satisfaction | Annual client survey score | Managing Directors | No survey yet; the first runs in FY27 |

Food waste today is weighed at 40 sites only; the FY25 baseline is an estimate from those
sites.
"""

ALLERGENS = """
# Allergen management policy (extract)

Issued by the Head of Food Safety. Version 6, March 2026.

## 1. Scope

This policy applies to every kitchen we run. It covers the 14 allergens named in food law and
any other ingredient a customer or patient declares.

## 2. Central dishes

Every central recipe is held in MenuLink with its ingredients and allergens. Sites print the
day's allergen information from MenuLink.

## 3. Local specials

Allergen details of local specials (dishes a site cooks that are not on MenuLink) are written
by hand on paper allergen sheets and kept in the kitchen's allergen folder. The site manager
signs each sheet.

## 4. Declared allergies

In schools, the council or the academy trust tells us which children have a declared allergy;
the cook keeps the list in the kitchen. In hospitals, the ward host records it on the patient's
menu card.

## 5. Incidents and near misses

Every allergen incident or near miss is reported to the Head of Food Safety the same day.

## 6. Training

Every chef and site manager completes allergen training with the Culinary Academy each year;
the Head of Learning and Culinary Academy keeps the records in Kestle Learn.
"""

COUNCIL = """
# National Colleague Council: consultation agreement (summary)

Agreed between Kestle Rowe and the National Colleague Council, 1 February 2025.

## Who the Council is

Twelve colleagues elected from the regions, with a chair elected from among them. The Council
does not negotiate pay; it is consulted on how work is organised.

## What must come to the Council

- The company will consult the Council for at least 30 days before it changes rota patterns,
  job roles or the staffing of a site.
- A new job role is not advertised until that consultation has closed.
- Changes at a single site affecting fewer than five colleagues go to the regional forum
  instead.

## What the Council does not do

The Council gives its view; it does not lead or deliver company work, and it does not hold a
budget.
"""

PANEL = """
HOSPITAL DIETETIC ADVISORY PANEL - TERMS (as agreed with our client trusts, 2024)

Members: one dietitian from each client NHS trust and private hospital group, with a chair
elected by the members.

The Panel advises Kestle Rowe on the nutrition and texture of hospital patient menus.

The Panel must be consulted at least eight weeks before any change to a patient menu in one of
our hospitals.

The Panel does not approve budgets and does not run any part of our service; its members work
for the client trusts.

Meetings: quarterly, and by email between meetings when a menu change is proposed.
"""

CONTRACTS = """
# Supply and distribution contracts: what binds us

Kept by the Head of Procurement and Supply Chain. Updated 4 June 2026.

## Distribution

Our distribution contract with Brakeway Foodservice is fixed until 31 March 2028: delivery days
and order cut-offs cannot change before then. Brakeway delivers three times a week to most
sites and once a week to our smallest schools. A tender for the contract after March 2028 has
to be issued at least twelve months before it starts.

## Devices

Tandem Devices supplies our rugged kitchen tablets under a framework to 2029. Tandem Devices
quotes a lead time of 14 weeks from order to delivery for the rugged kitchen tablets.

## Systems

StockPoint is licensed from Ordena per site, so each new site adds a licence. MenuLink and
Kestle Go are licensed for every site already.

## Client contracts

Our client contracts run for three to seven years. The longest, with the Whitlaw hospitals,
runs to September 2034.
"""

ASHDENE = """
# Ashdene Vale region: profile

Prepared for the Well Served pilot. June 2026.

The Ashdene Vale region has 63 sites: 24 schools, 4 hospitals, 21 offices and 14 university
sites. The Regional Operations Director, Ashdene Vale runs all of them.

## The three universities

| University | Campus sites | Kind |
|---|---|---|
| University of Ashdene | 7 | 5 cafes, 1 food hall, 1 residence kitchen |
| Ashdene Vale Institute of Technology | 4 | 2 cafes, 1 food hall, 1 residence kitchen |
| St Cuthlin's College | 3 | 2 cafes, 1 food hall |

StockPoint is live at 4 of the 14 campus sites. Kestle Go takes payment at all 9 cafes;
pre-order and the allergen filter are not yet switched on there.

## Term dates, 2026/27

Spring term: 11 January to 26 March 2027. Easter vacation: 29 March to 16 April 2027. Summer
term: 19 April to 18 June 2027.
"""

EMAIL = """
From: Head of IT
To: Programme Director, Well Served
Date: Thu, 21 May 2026 16:42
Subject: Site technology for Well Served

Hi,

Before the Board paper goes, a few things on kit.

The Head of Site Technology post has been vacant since March 2026. I am covering the remit
alongside my own, which is fine for running what we have but not for a tablet roll-out to
several hundred kitchens. We should recruit before Foundation gets going.

Tablets: Tandem need 14 weeks from order, so anything for the summer holidays has to be
ordered by April at the latest.

The daily feed into Larder from SafeKitchen does not exist yet; StockPoint, RotaRight and
Tillmaster already feed it nightly.

Thanks,
Head of IT
"""

ORG_TEXT = {
    "org/systems/systems-inventory.md": SYSTEMS,
    "org/measures/measure-definitions.md": MEASURES,
    "org/policies/allergen-management-policy.md": ALLERGENS,
    "org/governance/national-colleague-council-agreement.md": COUNCIL,
    "org/governance/hospital-dietetic-advisory-panel.txt": PANEL,
    "org/context/supply-and-distribution-contracts.md": CONTRACTS,
    "org/context/ashdene-vale-region-profile.md": ASHDENE,
    "org/context/email-2026-05-21-site-technology.txt": EMAIL,
}


def write(path: Path, body: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, str):
        path.write_text(body.lstrip("\n"), encoding="utf-8", newline="\n")
    else:
        path.write_bytes(body)


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/posts-and-responsibilities.xlsx": build_roster(),
        "org/governance/operations-strategy-board-terms.docx": build_terms(),
        "org/systems/site-technology-survey-2026.csv": build_survey(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
