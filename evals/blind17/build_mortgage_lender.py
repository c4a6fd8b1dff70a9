"""Build the blind17 case ``mortgage-lender``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx (``evals/dev16/_build.py`` imports python-pptx). reportlab is not in the project's
lock, so use the separate venv:

    /tmp/rl/bin/python evals/blind17/build_mortgage_lender.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold (metric twins of Arial, Google
Docs' default face), embedded from ``/usr/share/fonts/truetype/liberation/`` (Debian's
``fonts-liberation``).

Writes, under ``evals/blind17/mortgage-lender/`` (or ``<out-folder>/mortgage-lender/``), every
file of the case but ``gold.json``:

- ``Keys Sooner 2029-2030 - Board paper BD-28-117.pdf``: a building society's board paper for
  rebuilding its mortgage journey, written as "slides in a document" in Google Docs and
  downloaded as PDF: 18 landscape A4 pages, one page break per "slide"; the Info dictionary
  carries only Title, Producer "Skia/PDF m121", Creator "Google Docs Renderer" and one fixed
  date. Each page opens with its heading as a bold paragraph; body text flows and wraps as a
  word processor wraps it (each wrapped line its own text object); bullets are Google Docs'
  "●" typed in front of the item's first line; tables are ruled grids drawn row by row, cell
  by cell, so cells on one baseline read as one line; the KPI tiles on page 3 are a two-row
  table (the targets as big numbers in the first row, a three-line label in each cell of the
  second); the roadmap on page 12 is a table of workstreams by sprint blocks with a merged
  "stage" row and a "Later" column; a footer and a page number on every page.
- ``org/``: the establishment as an HR system's CSV export (``people/establishment.csv``:
  UTF-8 with a byte-order mark, CRLF line ends, Position / Reports To / Department / Summary of
  role), the Underwriting Committee's terms of reference (DOCX), the Mortgage Change Board's
  charter, an extract of the recognition agreement with the staff union, the Customer Panel's
  terms, the systems and data inventory, the measures file, servicing team notes (text), the
  Consumer Duty and vulnerability notes and the intermediary distribution notes.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
with a fixed date and a fixed Info dictionary for the PDF, fixed core properties, ZIP times and
sorted entries for the DOCX (through ``evals/dev16/_build.py``), the CSV from fixed rows, and
the text files as literal strings. It never touches ``gold.json``. It refuses to save a deck
whose text runs off a page or out of its table cell.

This is a BLIND case (split "blind17").
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "mortgage-lender"
DECK = "Keys Sooner 2029-2030 - Board paper BD-28-117.pdf"
TITLE = "Keys Sooner 2029-2030 - Board paper BD/28/117"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "Arial"
BOLD = "Arial-Bold"

W, H = landscape(A4)
LEFT = 50.0
RIGHT = W - 50.0
TOP = H - 52.0
BOTTOM = 50.0
WIDTH = RIGHT - LEFT

Color = tuple[float, float, float]
INK: Color = (0.13, 0.13, 0.13)
HEAD: Color = (0.05, 0.23, 0.37)
GREY: Color = (0.4, 0.4, 0.4)
RULE: Color = (0.62, 0.62, 0.62)
TINT: Color = (0.9, 0.94, 0.97)
GOLD: Color = (0.99, 0.95, 0.83)

STAMP = Stamp((2028, 12, 6, 14, 30, 0), "2028-12-06T14:30:00Z")
PDF_DATE = "D:20281206143015+00'00'"
FOOTER = "Lindmere Building Society · Keys Sooner 2029-2030 · Board paper BD/28/117"
PROBLEMS: list[str] = []  # text off the page or out of its cell: the builder refuses to save


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap, as a word processor wraps a paragraph."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if stringWidth(trial, font, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    for s in lines:
        if stringWidth(s, font, size) > width + 0.01:
            PROBLEMS.append(f"a word wider than its box: {s!r}")
    return lines


# =========================================================================== the document


@dataclass
class Cell:
    text: str
    span: int = 1
    bold: bool = False


@dataclass
class Table:
    widths: list[float]
    rows: list[list[Cell]]
    size: float = 9.5
    header: bool = True  # the first row bold on a tint
    pad: float = 5.0
    fills: dict[int, Color] = field(default_factory=dict)  # row index -> fill


class Doc:
    """A reportlab canvas that writes pages the way Google Docs downloads a document as PDF."""

    def __init__(self, path: Path) -> None:
        _fonts()
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=SANS,
            initialFontSize=11,
        )
        self.c.setTitle(TITLE)
        self.c.setCreator("Google Docs Renderer")
        self.c.setProducer("Skia/PDF m121")
        info = self.c._doc.info

        def _format(document: Any) -> bytes:
            fields = {
                "Title": PDFString(TITLE),
                "Producer": PDFString("Skia/PDF m121"),
                "Creator": PDFString("Google Docs Renderer"),
                "CreationDate": PDFDate(ts=document._timeStamp, dateFormatter=lambda *_: PDF_DATE),
                "ModDate": PDFDate(ts=document._timeStamp, dateFormatter=lambda *_: PDF_DATE),
            }
            return PDFDictionary(fields).format(document)

        info.format = _format
        self.page = 0
        self.y = TOP

    # ---------------------------------------------------------------- text
    def line(self, x: float, y: float, s: str, font: str, size: float, color: Color) -> None:
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textOut(s)
        self.c.drawText(t)

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            PROBLEMS.append(f"page {self.page}: runs off the page at {self.y - height:.0f}")

    def space(self, pts: float) -> None:
        self.y -= pts

    def heading(self, text: str, size: float = 21.0) -> None:
        """The page's heading: a bold paragraph (Google Docs' Heading 1 in bold)."""
        self.need(size * 1.3)
        self.y -= size
        self.line(LEFT, self.y, text, BOLD, size, HEAD)
        self.y -= size * 0.55

    def para(
        self,
        text: str,
        size: float = 11.0,
        bold: bool = False,
        color: Color = INK,
        after: float = 6.0,
        indent: float = 0.0,
    ) -> None:
        font = BOLD if bold else SANS
        lead = size * 1.32
        lines = wrap(text, font, size, WIDTH - indent)
        self.need(lead * len(lines))
        for s in lines:
            self.y -= lead
            self.line(LEFT + indent, self.y, s, font, size, color)
        self.y -= after

    def bullets(
        self, items: list[str], size: float = 11.0, glyph: str = "●", after: float = 3.0
    ) -> None:
        """Google Docs' bulleted list: the glyph and the item's first line in one text object,
        later lines indented to the text."""
        lead = size * 1.32
        for item in items:
            lines = wrap(item, SANS, size, WIDTH - 22)
            self.need(lead * len(lines))
            for k, s in enumerate(lines):
                self.y -= lead
                if k == 0:
                    t = self.c.beginText(LEFT + 6, self.y)
                    t.setFont(SANS, size * 0.8)
                    t.setFillColorRGB(*INK)
                    t.textOut(glyph)
                    t.moveCursor(16, 0)
                    t.setFont(SANS, size)
                    t.textOut(s)
                    self.c.drawText(t)
                else:
                    self.line(LEFT + 22, self.y, s, SANS, size, INK)
            self.y -= after
        self.y -= 3

    def numbered(self, items: list[str], size: float = 11.0, after: float = 3.0) -> None:
        """A numbered list: "1." and the item's first line in one text object."""
        lead = size * 1.32
        for n, item in enumerate(items, start=1):
            lines = wrap(item, SANS, size, WIDTH - 22)
            self.need(lead * len(lines))
            for k, s in enumerate(lines):
                self.y -= lead
                if k == 0:
                    t = self.c.beginText(LEFT + 4, self.y)
                    t.setFont(SANS, size)
                    t.setFillColorRGB(*INK)
                    t.textOut(f"{n}.")
                    t.moveCursor(18, 0)
                    t.textOut(s)
                    self.c.drawText(t)
                else:
                    self.line(LEFT + 22, self.y, s, SANS, size, INK)
            self.y -= after
        self.y -= 3

    def steps(self, items: list[str], size: float = 11.0) -> None:
        """Lines typed without a list style (the launch-relative steps)."""
        for item in items:
            self.para(item, size, after=3.0, indent=6)

    # ---------------------------------------------------------------- tables
    def table(self, tab: Table) -> None:
        """A ruled grid: rows top to bottom, each cell's wrapped lines drawn in turn."""
        lead = tab.size * 1.28
        x0 = LEFT
        layout: list[tuple[list[tuple[Cell, float, float, list[str]]], float]] = []
        for r, row in enumerate(tab.rows):
            col = 0
            cells = []
            for cell in row:
                x = x0 + sum(tab.widths[:col])
                w = sum(tab.widths[col : col + cell.span])
                bold = cell.bold or (tab.header and r == 0)
                font = BOLD if bold else SANS
                lines = wrap(cell.text, font, tab.size, w - 2 * tab.pad) if cell.text else []
                cells.append((cell, x, w, lines))
                col += cell.span
            if col != len(tab.widths):
                PROBLEMS.append(f"page {self.page}: a table row spans {col} columns")
            height = max([len(c[3]) for c in cells] + [1]) * lead + 2 * tab.pad
            layout.append((cells, height))
        total = sum(h for _, h in layout)
        self.need(total)
        top = self.y
        for r, (cells, height) in enumerate(layout):
            fill = tab.fills.get(r, TINT if tab.header and r == 0 else None)
            if fill is not None:
                self.c.setFillColorRGB(*fill)
                self.c.rect(x0, top - height, sum(tab.widths), height, fill=1, stroke=0)
            for cell, x, _w, lines in cells:
                bold = cell.bold or (tab.header and r == 0)
                font = BOLD if bold else SANS
                y = top - tab.pad
                for s in lines:
                    y -= lead
                    self.line(x + tab.pad, y + lead * 0.22, s, font, tab.size, INK)
            self.c.setStrokeColorRGB(*RULE)
            self.c.setLineWidth(0.75)
            self.c.line(x0, top, x0 + sum(tab.widths), top)
            for _cell, x, w, _lines in cells:
                self.c.line(x, top, x, top - height)
                self.c.line(x + w, top, x + w, top - height)
            top -= height
        self.c.line(x0, top, x0 + sum(tab.widths), top)
        self.y = top - 10

    def tiles(self, targets: list[str], labels: list[list[str]]) -> None:
        """The KPI tiles: a two-row table, the targets as big bold numbers in the first row and
        a three-line label (measure, baseline, by-when) in each cell of the second."""
        n = len(targets)
        w = WIDTH / n
        big, small = 26.0, 10.0
        h1, h2 = 46.0, 3 * small * 1.3 + 16
        self.need(h1 + h2)
        top = self.y
        self.c.setFillColorRGB(*GOLD)
        self.c.rect(LEFT, top - h1, WIDTH, h1, fill=1, stroke=0)
        for k, s in enumerate(targets):
            if stringWidth(s, BOLD, big) > w - 16:
                PROBLEMS.append(f"tile target too wide: {s!r}")
            self.line(LEFT + k * w + 10, top - 34, s, BOLD, big, HEAD)
        for k, lab in enumerate(labels):
            y = top - h1 - 6
            for j, s in enumerate(lab):
                if stringWidth(s, BOLD if j == 0 else SANS, small) > w - 16:
                    PROBLEMS.append(f"tile label too wide: {s!r}")
                y -= small * 1.3
                self.line(LEFT + k * w + 10, y, s, BOLD if j == 0 else SANS, small, INK)
        self.c.setStrokeColorRGB(*RULE)
        self.c.setLineWidth(0.75)
        for y in (top, top - h1, top - h1 - h2):
            self.c.line(LEFT, y, RIGHT, y)
        for k in range(n + 1):
            self.c.line(LEFT + k * w, top, LEFT + k * w, top - h1 - h2)
        self.y = top - h1 - h2 - 10

    # ---------------------------------------------------------------- pages
    def start(self) -> None:
        self.page += 1
        self.y = TOP

    def finish(self) -> None:
        self.c.setStrokeColorRGB(*RULE)
        self.c.setLineWidth(0.5)
        self.c.line(LEFT, 34, RIGHT, 34)
        self.line(LEFT, 22, FOOTER, SANS, 8, GREY)
        number = str(self.page)
        self.line(RIGHT - stringWidth(number, SANS, 8), 22, number, SANS, 8, GREY)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()


# =========================================================================== the pages


def p01_cover(d: Doc) -> None:
    d.start()
    d.space(70)
    d.heading("Keys Sooner 2029-2030", 34)
    d.space(4)
    d.para(
        "Rebuilding how we lend, from first application to completion and beyond",
        17,
        color=GREY,
        after=26,
    )
    d.para(
        "Lindmere Building Society · Board of Directors, 13 December 2028 · "
        "Paper BD/28/117 · For decision",
        12,
        bold=True,
    )
    d.para(
        "Presented by Helen Marwood, Chief Operating Officer, and Daniel Okoro, "
        "Head of Mortgage Change",
        12,
        after=18,
    )
    d.para(
        "The plan runs for 26 three-week sprints, from Monday 5 February 2029 to "
        "Sunday 4 August 2030.",
        12,
    )
    d.para("Confidential: for the Board and the Executive Committee only.", 10, color=GREY)
    d.finish()


def p02_why_now(d: Doc) -> None:
    d.start()
    d.heading("Why we must change now")
    d.para(
        "Figures are for the 2028 calendar year unless stated. They describe where we are; "
        "the targets are on page 9.",
        11,
        color=GREY,
        after=8,
    )
    d.bullets(
        [
            "We lent £756m to 3,940 households in 2028; brokers brought us £612m of it (81%).",
            "A broker waited 19 working days, on average, between sending us a full case and "
            "receiving our offer.",
            "One case in three (34%) needed at least one document chased by e-mail or telephone.",
            "Every valuation meant a surveyor's visit; in October 2028 the first free appointment "
            "was 11 working days away.",
            "Underwriters worked from documents sent by e-mail, and a case passed through an "
            "underwriter's hands 2.7 times on average.",
            "312 borrowers were more than three months in arrears at 30 September 2028, 0.9% of "
            "our 31,800 mortgages.",
            "Our first Consumer Duty board report (July 2028) could not show that customers in "
            "vulnerable circumstances get outcomes as good as other customers.",
        ]
    )
    d.para("What brokers and the market tell us", 12, bold=True, color=HEAD, after=2)
    d.bullets(
        [
            "In 2019 our offers went out in 9 working days; the rate rises of 2022 and 2023 and "
            "twice the number of remortgage cases undid that.",
            "Brokers tell us the largest lenders now return most remortgage offers within two "
            "working days.",
            "Whatever we change, the Board's risk appetite keeps lending above 90% loan-to-value "
            "below 12% of each quarter's completions.",
        ]
    )
    d.finish()


def p03_on_a_page(d: Doc) -> None:
    d.start()
    d.heading("Keys Sooner on a page")
    d.para("Our ambition", 12, bold=True, color=HEAD, after=0)
    d.para(
        "To be the lender a broker thinks of first and a borrower would choose again.",
        15,
        after=8,
    )
    d.para("How we get there", 12, bold=True, color=HEAD, after=0)
    d.para("Three stages, one after the other: Build the rails → First brokers → Everyone.")
    d.para(
        "Four pillars: one application, every document once · days, not weeks · brokers back "
        "in the fast lane · no borrower left on hold.",
        after=10,
    )
    d.para("Four numbers the Board will see at every sprint review", 12, bold=True, color=HEAD)
    d.tiles(
        ["7 days", "85%", "60%", "90%"],
        [
            ["Application to offer", "19 working days in 2028", "by the end of S20"],
            ["Applications complete first time", "41% in 2028", "by the end of S20"],
            [
                "Remortgages valued automatically",
                "None in 2028; eligible cases",
                "by the end of S24",
            ],
            ["Arrears plans agreed in 10 days", "46% in 2028", "by the end of S22"],
        ],
    )
    d.para(
        "S = sprint: three weeks each, counted from Monday 5 February 2029 (page 10).",
        9.5,
        color=GREY,
    )
    d.finish()


def p04_moments(d: Doc) -> None:
    d.start()
    d.heading("Three moments we are rebuilding")
    d.para(
        "Everything in Keys Sooner is judged by what it does for these three people.",
        color=GREY,
        after=8,
    )
    d.numbered(
        [
            "A broker sending us a remortgage case for a borrower whose fixed rate ends in the "
            "next six months.",
            "A first-time buyer applying to us direct, online, in the evening, with a deposit "
            "gifted by family.",
            "A borrower who rings the servicing team because they cannot make next month's "
            "payment.",
        ],
        12,
        after=6,
    )
    d.space(6)
    d.para("Not in scope", 12, bold=True, color=HEAD, after=2)
    d.bullets(
        [
            "Buy-to-let and let-to-buy lending",
            "Later-life lending and retirement interest-only mortgages",
            "Product transfers for existing borrowers (a separate change, planned for 2031)",
            "Self-build and shared ownership",
            "Savings, current accounts and the branch counter",
        ]
    )
    d.finish()


def _pillar(d: Doc, title: str, goal: str, build: list[str], tail: tuple[str, list[str]]) -> None:
    d.start()
    d.heading(title)
    d.para(goal, 12, color=HEAD, after=8)
    d.para("What we will build", 12, bold=True, color=HEAD, after=2)
    d.bullets(build)
    d.para(tail[0], 12, bold=True, color=HEAD, after=2)
    for s in tail[1]:
        d.para(s, after=4)
    d.finish()


def p05_pillar1(d: Doc) -> None:
    _pillar(
        d,
        "Pillar 1 · One application, every document once",
        "Goal: by the end of S20, 85% of applications reach us complete at the first "
        "submission, from 41% in 2028.",
        [
            "Launch a direct online application with document upload for first-time buyers and "
            "home movers.",
            "Read payslips, P60s and bank statements automatically and match them to the figures "
            "in the application.",
            "Publish one document list for each type of case, and stop asking for anything the "
            "list does not name.",
            "Offer open banking income checks to applicants who choose them, once the "
            "Underwriting Committee agrees.",
            "Tell the applicant and the broker by text or e-mail when a document is received, "
            "checked or missing.",
        ],
        (
            "Why it matters",
            [
                "A chased document costs us a day and the broker an afternoon. Complete cases "
                "are the cheapest route to faster offers."
            ],
        ),
    )


def p06_pillar2(d: Doc) -> None:
    _pillar(
        d,
        "Pillar 2 · Days, not weeks",
        "Goal: a full application becomes an offer in 7 working days by the end of S20, from "
        "19 working days in 2028.",
        [
            "Use an automated valuation model (AVM) for remortgages up to 75% loan-to-value; a "
            "surveyor visits the rest.",
            "Build the underwriter workbench: the case, its documents, the rules' results and "
            "the notes on one screen.",
            "Move the affordability rules out of the spreadsheet calculator and into the "
            "Quillon decision engine.",
            "Licence every underwriter on the workbench before they decide a live case on it.",
            "Send a case that passes every rule to one underwriter, not two.",
        ],
        (
            "Measured by",
            [
                "Cut the cases an underwriter touches more than twice from 58% to 20% by the end "
                "of S24.",
                "Value 60% of eligible remortgages by AVM by the end of S24.",
            ],
        ),
    )


def p07_pillar3(d: Doc) -> None:
    _pillar(
        d,
        "Pillar 3 · Brokers back in the fast lane",
        "Goal: 95% of decisions in principle returned to brokers within 60 seconds by the end "
        "of S16, from next-day replies today.",
        [
            "Open the new broker portal: a decision in principle in under a minute, and documents "
            "uploaded with the case.",
            "Show brokers the live status of every case and the name of the colleague who "
            "holds it.",
            "Pay procuration fees within five working days of completion, instead of at the "
            "month end.",
            "Switch off the e-mail inbox for broker packs once every firm can upload.",
            "Ask brokers for a net score every quarter and publish what we change because of it.",
        ],
        ("Measured by", ["Lift the broker net score from +12 to +40 by the end of S26."]),
    )


def p08_pillar4(d: Doc) -> None:
    _pillar(
        d,
        "Pillar 4 · No borrower left on hold",
        "Ambition: to be the society people in difficulty are glad they called.",
        [
            "Record a customer's vulnerability once, with their agreement, on their mortgage "
            "account for every colleague to see.",
            "Replace the paper income and expenditure form with a digital one the servicing "
            "team completes during the call.",
            "Build a watchlist of borrowers whose fixed rate ends within six months and whose "
            "payment would rise by more than 20%.",
            "Ring every borrower on the watchlist before their rate ends and offer a review of "
            "their options.",
        ],
        (
            "Measured by",
            [
                "By the end of S22, 90% of borrowers in arrears have an agreed plan within 10 "
                "working days of first contact, from 46%.",
                "By the end of S16, every customer on the Support Register has their needs "
                "recorded on their mortgage account.",
            ],
        ),
    )


KPI_ROWS = [
    ["Working days from full application to offer (median)", "19", "7", "End of S20"],
    ["Applications complete at first submission", "41%", "85%", "End of S20"],
    ["Eligible remortgages valued by the AVM", "None", "60%", "End of S24"],
    ["Broker decisions in principle returned within 60 seconds", "None: next-day e-mail", "95%",
     "End of S16"],
    ["Cases an underwriter touches more than twice", "58%", "20%", "End of S24"],
    ["Borrowers in arrears with an agreed plan within 10 working days", "46%", "90%",
     "End of S22"],
    ["Support Register customers whose needs are on their mortgage account", "None", "100%",
     "End of S16"],
    ["Broker net score (quarterly broker survey)", "+12", "+40", "End of S26"],
    ["Cost to complete a mortgage", "£1,940", "£1,250", "End of S26"],
    ["Borrowers in difficulty who say we treated them fairly", "Not yet measured", "Improve",
     "To be set"],
]  # fmt: skip


def p09_measures(d: Doc) -> None:
    d.start()
    d.heading("How we will know: ten measures")
    d.para("Baselines are for 2028. S = sprint (page 10).", color=GREY, after=8)
    head = ["Measure", "2028 baseline", "Target", "By when"]
    d.table(
        Table(
            [400.0, 150.0, 90.0, WIDTH - 640.0],
            [[Cell(s) for s in head]] + [[Cell(s) for s in row] for row in KPI_ROWS],
            size=10.0,
        )
    )
    d.para(
        "Eligible: a remortgage up to 75% loan-to-value on a property our AVM supplier covers.",
        9.5,
        color=GREY,
    )
    d.finish()


def p10_clock(d: Doc) -> None:
    d.start()
    d.heading("How we count time: sprints and release trains")
    d.para("Sprint 1 begins Monday 5 February 2029; every sprint is three weeks.", 13, bold=True)
    d.para("Keys Sooner runs for 26 sprints, 78 weeks in all: S26 ends on Sunday 4 August 2030.")
    d.para(
        "Software reaches members and brokers on quarterly release trains, named by letter. A "
        "train leaves at the end of every fourth sprint:",
        after=8,
    )
    trains = "ABCDEF"
    d.table(
        Table(
            [WIDTH / 6] * 6,
            [
                [Cell(f"Train {t}") for t in trains],
                [Cell(f"end of S{4 * (k + 1)}") for k in range(6)],
            ],
            size=10.5,
        )
    )
    d.para(
        "No train leaves in S25 or S26: those two sprints are for hypercare and for handing the "
        "new journey to the teams who will run it."
    )
    d.para(
        "Change freeze: nothing is released between 19 December 2029 and 2 January 2030, so "
        "Train D leaves on Thursday 3 January 2030."
    )
    d.para(
        "Stages, gates and milestones are set in sprints throughout this paper; calendar dates "
        "are given only where a date matters to someone outside the Society.",
        color=GREY,
    )
    d.finish()


def p11_first(d: Doc) -> None:
    d.start()
    d.heading("Who goes first")
    d.para(
        "The new journey opens first for remortgage cases from Harbourline Mortgage Network's "
        "46 member firms in Lancashire and Cumbria.",
        12,
        color=HEAD,
        after=8,
    )
    d.para("Why them", 12, bold=True, color=HEAD, after=2)
    d.bullets(
        [
            "They sent us 1,720 remortgage cases in 2028, one in five of all our broker "
            "remortgages.",
            "Their compliance team already reads every case file, so problems will surface early.",
            "A remortgage has no chain and no moving date: a slow case costs a borrower a rate, "
            "not a home.",
        ]
    )
    d.para(
        "Launch day (L) is Monday 23 July 2029, the first day of S9",
        12,
        bold=True,
        color=HEAD,
        after=2,
    )
    d.steps(
        [
            "L – 6 weeks: our business development managers take the network's advisers through "
            "the portal, firm by firm.",
            "L – 3 weeks: the network's firms and advisers are loaded into the broker register "
            "and given their log-ins.",
            "L: the first remortgage cases arrive through the portal, documents and all.",
            "L + 6 weeks: review the first 150 cases with the network's compliance team and fix "
            "what they find.",
            "L + 12 weeks: agree with the network whether its purchase cases follow in the "
            "Everyone stage.",
        ]
    )
    d.finish()


ROADMAP = [
    ["Apply once", "Document list", "Upload and document reading built",
     "The network's cases upload", "Direct online application live", "Every broker uploads",
     "Open banking, if approved", "Hand over", "Product transfers online"],
    ["Decide", "Engine contract; rules in parallel", "Workbench on live cases",
     "AVM on the network's remortgages", "Single-check route",
     "AVM on all eligible remortgages", "Workbench for every case", "Hand over",
     "AVM for Scottish homes"],
    ["Brokers", "Broker register checked", "Portal built", "The network's firms live",
     "Status and fees in the portal", "Portal open to every firm", "E-mail inbox closed",
     "Quayside off", "Buy-to-let in the portal"],
    ["Borrowers", "DPIA; Support Register mapped", "Vulnerability field in MORTA",
     "Digital I&E form", "Register on every account", "Watchlist calls begin",
     "Fairness survey runs", "Hand over", "Arrears self-service app"],
]  # fmt: skip


def p12_roadmap(d: Doc) -> None:
    d.start()
    d.heading("The road to August 2030")
    d.para(
        "Three stages on the sprint clock. Later is not part of Keys Sooner: it is listed so "
        "that nobody builds it by accident.",
        color=GREY,
        after=8,
    )
    sprint = 74.0
    widths = [84.0] + [sprint] * 7 + [WIDTH - 84.0 - 7 * sprint]
    head = ["Workstream", "S1-S4", "S5-S8", "S9-S12", "S13-S16", "S17-S20", "S21-S24",
            "S25-S26", "Later"]  # fmt: skip
    rows = [[Cell(s) for s in head]]
    rows.append(
        [
            Cell("Stage", bold=True),
            Cell("Build the rails (S1-S8)", 2, True),
            Cell("First brokers (Sprints 9-16)", 2, True),
            Cell("Everyone (S17-S26)", 3, True),
            Cell("After August 2030", 1, True),
        ]
    )
    rows.append([Cell("Release train", bold=True)] + [Cell(s) for s in "ABCDEF"] + [Cell("")] * 2)
    for row in ROADMAP:
        rows.append([Cell(row[0], bold=True)] + [Cell(s) for s in row[1:]])
    gates = ["", "Gate 1", "", "Gate 2", "", "", "Gate 3", ""]
    rows.append([Cell("Gates", bold=True)] + [Cell(s, bold=True) for s in gates])
    d.table(Table(widths, rows, size=9.0, fills={1: GOLD, len(rows) - 1: TINT}))
    d.finish()


def p13_gates(d: Doc) -> None:
    d.start()
    d.heading("What good looks like at each gate")
    d.para("Gate 1 · end of S8 · Rails ready", 12, bold=True, color=HEAD, after=2)
    d.bullets(
        [
            "The decision engine has run the affordability rules beside the spreadsheet on 200 "
            "cases, with the same outcome every time.",
            "Twenty of the network's advisers have each uploaded a full case, and no document "
            "was lost.",
            "Six licensed underwriters have decided live cases on the workbench.",
        ],
        after=2,
    )
    d.para("Milestone · end of S12", 12, bold=True, color=HEAD, after=2)
    d.bullets(
        ["Automated valuations on the network's remortgages up to 75% loan-to-value."], after=2
    )
    d.para("Gate 2 · Open the doors to every broker", 12, bold=True, color=HEAD, after=2)
    d.bullets(
        [
            "At least 400 of the network's remortgage cases have been through the new journey.",
            "Offers issued within 10 working days on 80% of them, with no rise in cases failed "
            "at the quality check.",
            "The Underwriting Committee has compared the first 100 AVM values with a surveyor's "
            "figure.",
            "The Mortgage Change Board signs the gate off on Friday 4 January 2030, the last "
            "working day of S16.",
        ],
        after=2,
    )
    d.para("Gate 3 · end of S26 · Handed over", 12, bold=True, color=HEAD, after=2)
    d.bullets(
        [
            "Quayside is switched off and no broker pack arrives by e-mail.",
            "The servicing team runs the watchlist, the digital income and expenditure form and "
            "the vulnerability record as business as usual.",
        ],
        after=2,
    )
    d.finish()


RISKS = [
    ["The AVM declines more of our properties than Rowanfield forecast", "Medium",
     "Keep two panel surveyors on call-off for remortgages the model cannot value."],
    ["Underwriters read the workbench's case counts as a personal target", "High",
     "Agree with Concordia before the workbench goes live that its figures are reported by "
     "team, never by person."],
    ["A vulnerability record is used in ways the customer did not expect", "Medium",
     "Record only what the customer agrees we may record, and review each record every "
     "12 months."],
    ["The Underwriting Committee does not approve open banking", "Medium",
     "Let document reading carry the 85% goal on its own; treat open banking as a bonus."],
    ["Brokers outside the network keep e-mailing packs once the portal opens to all", "High",
     "Give every firm a named contact in broker support for its first ten cases."],
]  # fmt: skip


def p14_risks(d: Doc) -> None:
    d.start()
    d.heading("What could trip us")
    d.para("Five risks the Mortgage Change Board reviews at every sprint review.", color=GREY)
    d.table(
        Table(
            [250.0, 74.0, WIDTH - 324.0],
            [[Cell(s) for s in ("Risk", "Likelihood", "What we will do")]]
            + [[Cell(s) for s in row] for row in RISKS],
            size=10.0,
        )
    )
    d.finish()


def p15_runway(d: Doc) -> None:
    d.start()
    d.heading("Clearing the runway: the first 90 days")
    d.para(
        "S1 to S4, Monday 5 February to Sunday 29 April 2029. Each item has one owner.",
        color=GREY,
        after=8,
    )
    d.numbered(
        [
            "Name a product owner for each pillar and publish the sprint calendar to S26 "
            "(Head of Mortgage Change)",
            "Sign the Quillon decision engine contract and stand up its test environment "
            "(Head of Technology)",
            "Check every firm on the broker register against the FCA register "
            "(Broker Support Manager)",
            "Take the open banking proposal to the Underwriting Committee (Lending Policy Manager)",
            "Sign the network's service agreement, with its volumes and service levels "
            "(Intermediary Relationship Manager)",
            "Open consultation with Concordia on the shared underwriting queue (Head of People)",
            "Start the data protection impact assessment for vulnerability records "
            "(Data Protection Officer)",
            "Agree the AVM's confidence levels and monthly accuracy report with Rowanfield "
            "(Valuations Panel Manager)",
            "Take the new offer letter and the new arrears letters to the Customer Panel "
            "(Consumer Duty Manager)",
        ],
        after=4,
    )
    d.finish()


def p16_monday(d: Doc) -> None:
    d.start()
    d.heading("What changes on Monday 5 February")
    d.para("Some things do not need to wait for new systems.", color=GREY, after=8)
    d.bullets(
        [
            "Underwriters work one shared queue, oldest case first, instead of a queue for each "
            "broker firm.",
            "Every broker pack that arrives by e-mail has a named case owner by noon the next "
            "working day.",
            "The servicing team rings a borrower within two working days of a first missed "
            "payment.",
            "Offers go out the same day the underwriter approves the case, not after the "
            "overnight run.",
        ],
        12,
        after=6,
    )
    d.finish()


def p17_governance(d: Doc) -> None:
    d.start()
    d.heading("Who decides")
    d.bullets(
        [
            "Sponsor: Helen Marwood, Chief Operating Officer, who chairs the Mortgage Change "
            "Board.",
            "The Mortgage Change Board meets at every sprint review and takes Gates 1 and 2 once "
            "the Board delegates them.",
            "The Underwriting Committee, chaired by the Chief Risk Officer, owns lending policy, "
            "the affordability rules and underwriting mandates.",
            "Concordia is consulted before any change to how underwriters or servicing "
            "colleagues work or are measured.",
            "The Customer Panel sees every new customer letter before it is used; it advises and "
            "does not approve.",
            "The Board Risk Committee sees the risk appetite report every quarter; Internal "
            "Audit reviews the programme at Gate 2.",
        ],
        after=5,
    )
    d.para("Programme office", 12, bold=True, color=HEAD, after=2)
    d.para(
        "Daniel Okoro, Head of Mortgage Change, runs the programme office, the sprint calendar "
        "and the gate reports."
    )
    d.finish()


def p18_asks(d: Doc) -> None:
    d.start()
    d.heading("What we ask of the Board")
    d.para("The money", 12, bold=True, color=HEAD, after=2)
    d.bullets(
        [
            "£9.6m over 26 sprints: £3.9m for S1-S16 and £5.7m for S17-S26.",
            "About 60% is the decision engine, the portal and the workbench; the rest is people, "
            "training and the AVM.",
            "From 2031 we expect costs £2.6m a year lower, from the cost to complete a mortgage "
            "and fewer re-keyed cases.",
        ]
    )
    d.para("We ask the Board to", 12, bold=True, color=HEAD, after=2)
    d.numbered(
        [
            "Approve Keys Sooner 2029-2030 and its three stages.",
            "Release £3.9m for Build the rails and First brokers (S1-S16).",
            "Agree that the network's remortgage cases go first.",
            "Delegate Gates 1 and 2 to the Mortgage Change Board; Gate 3 comes back to the Board.",
            "Note that the remaining £5.7m comes to the Board with the Gate 2 report in "
            "January 2030.",
        ]
    )
    d.space(6)
    d.para("Keys Sooner closes at the end of S26, Sunday 4 August 2030.", 12, bold=True)
    d.finish()


PAGES = [
    p01_cover,
    p02_why_now,
    p03_on_a_page,
    p04_moments,
    p05_pillar1,
    p06_pillar2,
    p07_pillar3,
    p08_pillar4,
    p09_measures,
    p10_clock,
    p11_first,
    p12_roadmap,
    p13_gates,
    p14_risks,
    p15_runway,
    p16_monday,
    p17_governance,
    p18_asks,
]


def build_deck(path: Path) -> None:
    PROBLEMS.clear()
    d = Doc(path)
    for page in PAGES:
        page(d)
    if PROBLEMS:
        raise SystemExit("deck not saved:\n" + "\n".join(PROBLEMS))
    d.save()
    _skia_marks(path)


def _skia_marks(path: Path) -> None:
    """reportlab's marks rewritten in place at their own length (the xref offsets stay
    right): the header as PDF 1.4 with Skia's binary comment, the trailer's comment blanked."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head.startswith(b"%PDF-1.") and b"ReportLab" in comment, (head, comment)
    binary = b"%\xe2\xe3\xcf\xd3"
    comment = binary + b" " * (len(comment) - len(binary))
    head = b"%PDF-1.4" + b" " * (len(head) - len(b"%PDF-1.4"))
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    assert b"ReportLab" not in rest
    path.write_bytes(head + b"\n" + comment + b"\n" + rest)


# =========================================================================== the roster (CSV)

ESTABLISHMENT = [
    ("Chief Executive", "Board of Directors", "Executive Office",
     "Leads the Society and its Executive Committee, and answers to the Board for the "
     "corporate plan."),
    ("Chief Operating Officer", "Chief Executive", "Operations",
     "Runs mortgage operations, servicing, underwriting, intermediary distribution, digital, "
     "technology and change. Sponsor of Keys Sooner and chair of the Mortgage Change Board; "
     "takes its gate decisions once the Board delegates them."),
    ("Chief Risk Officer", "Chief Executive", "Risk",
     "Second-line oversight of credit, conduct and operational risk. Chairs the Underwriting "
     "Committee and reports against the risk appetite to the Board Risk Committee."),
    ("Head of Mortgage Change", "Chief Operating Officer", "Mortgage Change",
     "Runs the Keys Sooner programme office: the sprint calendar, release trains, product "
     "owners, gate reports and budget tracking."),
    ("Head of Mortgage Operations", "Chief Operating Officer", "Mortgage Operations",
     "Leads the processing team for new lending, from a full application to completion: "
     "document checks and the document checklist, case ownership, offers, completions and the "
     "cost of each completed mortgage."),
    ("Head of Mortgage Servicing", "Chief Operating Officer", "Mortgage Servicing",
     "Leads the servicing team for existing borrowers: payments, redemptions, arrears and "
     "collections, payment plans, income and expenditure assessments, and the rate-maturity "
     "watchlist of borrowers whose fixed rates are ending."),
    ("Head of Underwriting", "Chief Operating Officer", "Underwriting",
     "Leads the 24 underwriters: case decisions, the referral queue, how work is allocated and "
     "underwriting service times. Business owner of the underwriter workbench."),
    ("Underwriting Standards Manager", "Chief Risk Officer", "Credit Risk",
     "See the Underwriting Committee terms of reference, section 6."),
    ("Lending Policy Manager", "Chief Risk Officer", "Credit Risk",
     "See the Underwriting Committee terms of reference, section 5."),
    ("Valuations Panel Manager", "Head of Mortgage Operations", "Mortgage Operations",
     "Manages the panel of surveyors and the automated valuation contract with Rowanfield "
     "Valuation Data: instructions, fees, accuracy reports and the supplier relationship."),
    ("Intermediary Relationship Manager", "Chief Operating Officer", "Intermediary Distribution",
     "Leads the six business development managers in the field and the Society's agreements "
     "with networks and mortgage clubs, including their volumes and service levels. Owns the "
     "quarterly broker survey."),
    ("Intermediary Support Manager", "Intermediary Relationship Manager",
     "Intermediary Distribution",
     "Runs the broker support desk and keeps the broker register: firm records, FCA "
     "permissions, adviser log-ins and procuration fee payments."),
    ("Head of Digital", "Chief Operating Officer", "Digital",
     "Owns the website, the member app, the direct online application and the broker portal "
     "as products, including the decision in principle service."),
    ("Head of Technology", "Chief Operating Officer", "Technology",
     "Runs MORTA, the Society's infrastructure, integrations and technology suppliers, and "
     "releases software to live."),
    ("Head of Data and MI", "Head of Technology", "Technology",
     "Runs the Beck data warehouse and the Power BI reports built on it, and publishes the "
     "monthly Board measures pack."),
    ("Data Protection Officer", "Chief Risk Officer", "Compliance",
     "Advises on data protection law, signs off data protection impact assessments and keeps "
     "the record of processing."),
    ("Customer Vulnerability Lead", "Head of Mortgage Servicing", "Mortgage Servicing",
     "Owns the Vulnerable Customers Standard, the Support Register and the specialist support "
     "team of four, and advises colleagues on individual cases."),
    ("Consumer Duty Manager", "Chief Operating Officer", "Customer Outcomes",
     "Runs outcome testing under the FCA Consumer Duty, prepares the Board's annual Consumer "
     "Duty report and runs the customer surveys. Secretary to the Customer Panel."),
    ("Learning and Competence Manager", "Head of People", "People",
     "Runs the Training and Competence scheme and the Lindmere Learning platform: induction, "
     "product training and competence checks for processing, servicing and broker support "
     "colleagues. Underwriters' licences sit with Credit Risk."),
    ("Head of People", "Chief Executive", "People",
     "Leads HR: recruitment, pay, working patterns, employee relations and the Society's "
     "recognition agreement with Concordia."),
    ("Concordia Branch Secretary", "", "Recognised union (consulted)",
     "Elected lay representative of Concordia, the recognised union for staff up to manager "
     "grade, with facility time. Consulted under the recognition agreement; holds no programme "
     "role."),
    ("Customer Panel Chair", "", "Customer Panel (consulted)",
     "A member of the Society appointed by the Board to chair the Customer Panel of twelve "
     "members. Not an employee; the Panel advises and does not approve."),
]  # fmt: skip


def establishment_csv() -> bytes:
    """The HR system's export: UTF-8 with a byte-order mark, CRLF, minimal quoting."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Position", "Reports To", "Department", "Summary of role"])
    writer.writerows(ESTABLISHMENT)
    return out.getvalue().encode("utf-8-sig")


# =========================================================================== the DOCX


def _sorted_zip(data: bytes) -> bytes:
    """The package's entries with ``[Content_Types].xml`` first and the rest sorted."""
    src = zipfile.ZipFile(io.BytesIO(data))
    infos = sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in infos:
            dst.writestr(info, src.read(info.filename))
    return out.getvalue()


UWC_SECTIONS: list[tuple[str, list[str]]] = [
    ("1. Purpose", [
        "The Underwriting Committee owns the Society's lending policy and the rules by which "
        "mortgage applications are assessed and decided, within the risk appetite set by the "
        "Board.",
    ]),
    ("2. Membership", [
        "Chair: the Chief Risk Officer. Members: the Head of Underwriting, the Lending Policy "
        "Manager, the Underwriting Standards Manager and the Head of Mortgage Operations. A "
        "non-executive director of the Board Risk Committee attends twice a year.",
        "The Lending Policy Manager is secretary to the Committee.",
    ]),
    ("3. Meetings", [
        "The Committee meets on the second Tuesday of each month. It is quorate with the Chair "
        "and two members.",
    ]),
    ("4. Decisions reserved to the Committee", [
        "Any change to the lending policy, the affordability rules and stress rate, income "
        "multiples and loan-to-value limits.",
        "The valuation policy, including when an automated valuation may be used in place of a "
        "surveyor's inspection.",
        "Underwriting mandates: the loan sizes and case types each licence level may decide.",
    ]),
    ("5. Lending Policy Manager", [
        "The Lending Policy Manager writes and maintains the lending policy and the "
        "affordability rules, including the affordability calculator and the stress rate, and "
        "the valuation policy that says when an automated valuation may be used.",
        "The Lending Policy Manager brings every proposed change to the Committee with its "
        "evidence, and tells underwriters and brokers when a change takes effect.",
    ]),
    ("6. Underwriting Standards Manager", [
        "The Underwriting Standards Manager issues, renews and withdraws the Underwriting "
        "Licence, the Society's certificate that an underwriter may decide cases at a given "
        "mandate level, and sets the assessment each underwriter passes to hold it.",
        "No underwriter decides a case without a current licence. The Underwriting Standards "
        "Manager also runs the monthly file reviews and reports their results to the Committee.",
    ]),
    ("7. Matters before the Committee", [
        "Open banking income verification is not yet permitted under the lending policy; in "
        "October 2028 the Committee asked for a proposal with evidence from a limited number of "
        "cases.",
    ]),
    ("8. Reporting", [
        "Minutes go to the Board Risk Committee. The Chair reports on lending against the risk "
        "appetite each quarter.",
    ]),
]  # fmt: skip


def uwc_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    doc.add_heading("Underwriting Committee: terms of reference", level=1)
    doc.add_paragraph(
        "Lindmere Building Society. Version 4.2, approved by the Board Risk Committee on "
        "18 September 2028. Next review September 2029."
    )
    for heading, paragraphs in UWC_SECTIONS:
        doc.add_heading(heading, level=2)
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.add_heading("Members at the date of approval", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Seat"
    table.rows[0].cells[1].text = "Holder"
    for seat, holder in (
        ("Chair", "Chief Risk Officer"),
        ("Member and secretary", "Lending Policy Manager"),
        ("Member", "Head of Underwriting"),
        ("Member", "Underwriting Standards Manager"),
        ("Member", "Head of Mortgage Operations"),
    ):
        cells = table.add_row().cells
        cells[0].text = seat
        cells[1].text = holder
    data = ooxml_bytes(
        doc,
        STAMP,
        author="Lending Policy Manager",
        title="Underwriting Committee terms of reference",
        comments="",
        revision=7,
        last_modified_by="Lending Policy Manager",
    )
    return _sorted_zip(data)


# =========================================================================== the text files

CHANGE_BOARD = """
# Mortgage Change Board: charter

Lindmere Building Society. Agreed by the Executive Committee, 4 December 2028.

## Purpose

The Mortgage Change Board steers Keys Sooner, the programme that rebuilds how the Society
lends: the online application, the underwriter workbench, the automated valuation, the broker
portal, the affordability rules in the decision engine, and the servicing team's handling of
arrears and customers in vulnerable circumstances.

## Sponsor and chair

The Chief Operating Officer is the sponsor of Keys Sooner and chairs the Board. The sponsor is
accountable to the Board of Directors for the programme's outcomes and its budget.

## Members

- Head of Mortgage Change (programme lead and secretary)
- Head of Mortgage Operations
- Head of Mortgage Servicing
- Head of Underwriting
- Head of Digital
- Head of Technology
- Intermediary Relationship Manager
- Consumer Duty Manager
- Head of People

The Lending Policy Manager attends when a change to lending policy or the affordability rules
is discussed. The Chief Risk Officer, or a delegate, attends as the second line and does not
vote.

## What the Board decides

- The contents of each release train and changes to the sprint calendar.
- The gates, once the Board of Directors has delegated them.
- Spending within the budget the Board of Directors has released.

Changes to lending policy, affordability rules, valuation policy and underwriting mandates
are decided by the Underwriting Committee, not by this Board.

## Cadence

The Board meets at every sprint review, every three weeks, starting with the review of Sprint
1. The Head of Mortgage Change circulates the gate reports five working days before a gate.

## Consultation

Concordia and the Customer Panel are consulted through the Head of People and the Consumer
Duty Manager respectively. Neither sits on this Board, and neither owns programme work.
"""

CONCORDIA = """
# Concordia recognition agreement: extract

Extract from the recognition and procedure agreement between Lindmere Building Society and
Concordia, the recognised union for staff up to manager grade (signed 2024, clauses 7 to 9).

## 7. Consultation on change

7.1 Concordia must be consulted before any change to working patterns, to how work is
allocated, or to how an individual's output is measured, and the consultation runs for at least
30 days.

7.2 The Head of People leads consultation for the Society. Concordia's Branch Secretary
responds for the union.

## 8. Information

8.1 The Society shares the business case for a change at the start of consultation.

## 9. Facility time

9.1 The Branch Secretary has two days a week of facility time.
"""

PANEL = """
# The Customer Panel: terms

The Customer Panel is twelve members of the Society, chosen to reflect our borrowers and
savers, who tell us how our products, letters and service look from the other side of the
counter. Its chair is appointed by the Board. The Consumer Duty Manager is its secretary.

## What the Panel does

- The Panel must see every new or changed customer letter, and the wording of any new
  application form, before it is used.
- It meets every six weeks; papers go to members ten working days before a meeting.
- It advises. It does not approve, and it owns no work.

## What the Panel has asked for in 2028

- Plainer arrears letters that say what help is available before they say what happens next.
- A way to tell us about a difficult time once, and not again to every colleague.
"""

SYSTEMS = """
# Systems and data: mortgage lending and servicing

Lindmere Building Society. Kept by the Head of Technology; last reviewed November 2028.

## MORTA (mortgage administration)

MORTA has run the mortgage book since 1998, on an IBM i server in the Lindmere data centre.
It holds every mortgage account: balances, rates and product end dates, payments, arrears,
notes and the offer record. Offers are produced by MORTA's overnight batch, which runs only at
02:00 on working days, so an offer approved during the day is printed and sent the next
morning. MORTA has no field for a customer's vulnerability or support needs; colleagues write
free-text notes.

## Quayside (broker portal)

Brokers submit applications through Quayside, which passes the application form to MORTA and
returns a case reference. Quayside cannot accept documents: brokers e-mail payslips, statements
and identity documents to the processing mailbox, and the processing team saves them to the
case by hand. Brokers request decisions in principle on a Quayside form; an underwriter
replies by e-mail, usually the next working day.

## Direct applications

Applicants who come to us direct apply in a branch or by telephone, with a mortgage adviser
completing the application in MORTA.

## Affordability calculator

Underwriters work out affordability in the affordability calculator, an Excel workbook kept by
the Lending Policy Manager. Quillon Decisions was chosen as the decision engine in November
2028; contract signature is planned for February 2029.

## Valuations

Surveyors on our panel inspect every property today. Rowanfield Valuation Data supplies
automated valuations under a contract signed in March 2028, and that contract only covers
properties in England and Wales. About 6% of our mortgages are secured on homes in Dumfries
and Galloway and the Scottish Borders.

## Reporting

The Beck data warehouse is loaded from MORTA and Quayside every night. The Head of Data and MI
builds the Board measures pack from it in Power BI each month.

## Learning

Lindmere Learning is the Society's learning platform; the Learning and Competence Manager
runs it.
"""

MEASURES = """
# Mortgage measures: definitions, owners and 2028 baselines

Each measure is reported in the monthly Board measures pack, built from the Beck data
warehouse. Owners are accountable for the measure's definition and its figure.

| Measure | Definition | Owner | 2028 baseline |
|---|---|---|---|
| Working days from full application to offer | Median working days from the day a case has every document on the list to the day the offer is issued | Head of Mortgage Operations | 19 |
| Applications complete at first submission | Share of applications with every listed document and no missing field when first submitted | Head of Mortgage Operations | 41% |
| Eligible remortgages valued by the AVM | Share of remortgages up to 75% loan-to-value on covered properties valued by automated valuation | Valuations Panel Manager | None |
| Decisions in principle within 60 seconds | Share of broker decisions in principle returned within 60 seconds of the request | Head of Digital | None |
| Cases touched more than twice | Share of completed cases an underwriter opened more than twice before a decision | Head of Underwriting | 58% |
| Arrears plans agreed within 10 working days | Share of borrowers in arrears with an agreed payment plan within 10 working days of first contact, from a quarterly sample of 60 files | Head of Mortgage Servicing | 46% |
| Needs recorded on the account | Share of Support Register customers whose needs are recorded on their mortgage account | Customer Vulnerability Lead | None |
| Broker net score | Net score from the quarterly broker survey, -100 to +100 | Intermediary Relationship Manager | +12 |
| Cost to complete a mortgage | Operating cost of new lending divided by completions | Head of Mortgage Operations | £1,940 |
| Treated fairly in difficulty | Share of borrowers in difficulty who say we treated them fairly, in the customer survey | Consumer Duty Manager | First survey due in 2029; a target will follow two quarters of results |

The 2028 baselines were signed off by the Chief Risk Officer's team in November 2028.
"""

SERVICING = """
Mortgage Servicing - team notes, November 2028
Kept by the Head of Mortgage Servicing.

The servicing team is 38 colleagues in Lindmere, open 8am to 6pm on weekdays and 9am to 1pm
on Saturdays. It looks after 31,800 mortgage accounts: payments, redemptions, changes of
circumstance, arrears and collections.

Arrears. When a payment is missed, MORTA adds the account to the next morning's arrears list.
A collections colleague writes on day 5 and calls from day 10. Income and expenditure
assessments are kept on paper: the form is posted to the borrower or completed by phone, then
filed in the customer's paper file, with a one-line summary in MORTA's notes.

Calls. Servicing calls are recorded on CallStore, and recordings are not retained beyond six
months.

Rate maturities. Each month the team writes to borrowers whose fixed rate ends within four
months, inviting them to choose a new product. About 820 fixed rates end each month in 2029.

Specialist support. Four colleagues in the specialist support team, led by the Customer
Vulnerability Lead, take referrals for customers in vulnerable circumstances.
"""

CONSUMER_DUTY = """
# Consumer Duty and customers in vulnerable circumstances

Lindmere Building Society. Notes kept by the Consumer Duty Manager and the Customer
Vulnerability Lead, November 2028.

## The Consumer Duty board report

The Board's first annual Consumer Duty report (July 2028) found that we could not evidence
good outcomes for customers in vulnerable circumstances, because what we know about them is
held apart from their accounts. The FCA's guidance on the fair treatment of vulnerable
customers (FG21/1) and the Consumer Duty's outcomes set the standard we report against.

## The Vulnerable Customers Standard

The Vulnerable Customers Standard (2026, revised 2028) is the Society's policy. The Customer
Vulnerability Lead owns it and reports on it to the Chief Risk Officer each quarter.

## The Support Register

The Support Register relies on a spreadsheet kept by the specialist support team. It held
1,140 customers on 31 October 2028, with the support each has asked for.

## Training

Every servicing colleague completes the "Seen and Heard" module on Lindmere Learning each year.
The Learning and Competence Manager runs it with the Customer Vulnerability Lead.

## Outcome testing

The Consumer Duty Manager samples 40 arrears cases a quarter for outcome testing and reports
the results to the Board Risk Committee.
"""

INTERMEDIARY = """
# Intermediary distribution: notes for Keys Sooner

Kept by the Intermediary Relationship Manager, November 2028.

## Where our lending comes from

Brokers brought us £612m of our £756m new lending in 2028. We deal with 1,320 broker firms on
the broker register, through three networks, four mortgage clubs and directly authorised
firms. Six business development managers cover Lancashire, Cumbria, Yorkshire and the North
East.

## Harbourline Mortgage Network

Harbourline Mortgage Network has 46 member firms in Lancashire and Cumbria and sent us 1,720
remortgage cases in 2028. Its compliance team reads every case file before submission.
Harbourline has agreed in principle to send its remortgage cases through the new portal first;
the service agreement is to be signed in the first weeks of 2029.

## Procuration fees

Procuration fees are paid to broker firms in a monthly run by the Intermediary Support
Manager's team.

## The broker survey

The Intermediary Relationship Manager runs a quarterly survey of broker firms; its net score
was +12 across 2028.
"""


def write_case(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {
        "org/people/establishment.csv": establishment_csv(),
        "org/governance/underwriting-committee-terms-of-reference.docx": uwc_docx(),
        "org/governance/mortgage-change-board-charter.md": CHANGE_BOARD,
        "org/governance/concordia-recognition-agreement-extract.md": CONCORDIA,
        "org/governance/customer-panel-terms.md": PANEL,
        "org/systems/systems-and-data.md": SYSTEMS,
        "org/measures/mortgage-measures.md": MEASURES,
        "org/context/servicing-team-notes.txt": SERVICING,
        "org/context/consumer-duty-and-vulnerability.md": CONSUMER_DUTY,
        "org/context/intermediary-distribution.md": INTERMEDIARY,
    }
    write_files(case, files)


if __name__ == "__main__":
    write_case(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
