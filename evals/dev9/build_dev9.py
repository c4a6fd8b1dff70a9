# mypy: disable-error-code="attr-defined,union-attr,index,arg-type"
"""Build the dev9 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/dev9/build_dev9.py

Writes, under ``evals/dev9/<name>/``, each case's deck and its ``org/`` folder:

- ``redmarsh-ambulance``: PDF exported from slides (fpdf2, core Helvetica, 16:9) with card
  grids drawn row by row across the page, two-column pages ("Today" / "By March 2031",
  "What we heard" / "What we will do") and a chevron roadmap whose dates sit in separate
  boxes under each chevron, gates as small separate labels; roster as a semicolon-delimited
  CSV with a UTF-8 BOM, as European Excel exports it;
- ``tollgate-brewing``: PPTX laid out in native tables (priorities, KPIs, a roadmap with
  quarters as columns and one activity over merged cells, investment, risks), with part of
  the content held in the speaker notes only; roster as JSON;
- ``wheatfold-grain``: PPTX of action titles with a Stop / Start / Continue slide, priority
  cards in group shapes, a chevron roadmap with dates in separate text boxes and gates as
  diamonds, and a risks table with Likelihood, Impact and Owner; roster as Markdown bullets
  in a structure-chart style under team headings.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX files, a fixed creation date in the PDF, org text held as literal strings.

This is a DEVELOPMENT set (split "dev9"): the engine may be tuned on it. See
evals/dev9/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import textwrap
import zipfile
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 5, 3, 9, 0, 0)
FIXED_W3C = "2027-05-03T09:00:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 11, 12, 14, 0, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)
BLANK = 6


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# =========================================================================== PPTX kit


def new_deck() -> PresentationType:
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    return prs


def rgb(color: tuple[int, int, int]) -> RGBColor:
    return RGBColor(*color)


def write_lines(
    frame,
    lines: Sequence[str],
    size: float | None = None,
    bold: bool = False,
    color: tuple[int, int, int] | None = None,
) -> None:
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        for run in para.runs:
            if size is not None:
                run.font.size = Pt(size)
            run.font.bold = bold
            if color is not None:
                run.font.color.rgb = rgb(color)


def text_box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: float = 14,
    bold: bool = False,
    color: tuple[int, int, int] | None = None,
):
    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    write_lines(box.text_frame, lines, size, bold, color)
    return box


def filled(
    shapes,
    kind,
    left: float,
    top: float,
    width: float,
    height: float,
    color: tuple[int, int, int],
    lines: Sequence[str] = (),
    size: float = 12,
    bold: bool = False,
    text_color: tuple[int, int, int] = (255, 255, 255),
):
    shape = shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(color)
    shape.line.fill.background()
    if lines:
        write_lines(shape.text_frame, lines, size, bold, text_color)
    else:
        shape.text_frame.text = ""
    return shape


def table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    top: float = 1.6,
    size: float = 12,
    left: float = 0.6,
    row_h: float = 0.42,
):
    """A native table; a cell's text may hold several paragraphs (split on newlines)."""
    shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(Inches(row_h) * len(rows)),
    )
    for c, w in enumerate(widths):
        shape.table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0
    return shape


def notes(slide: Slide, lines: Sequence[str]) -> None:
    write_lines(slide.notes_slide.notes_text_frame, lines)


def save(prs: PresentationType, path: Path, author: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# =========================================================================== PDF kit
# Redmarsh's deck imitates a slide deck exported to PDF: 16:9 pages (338.67 x 190.5 mm), core
# Helvetica, a green eyebrow over a dark blue title, a footer and a page number. Card grids,
# two-column pages and the chevron roadmap are drawn one visual line at a time across the
# page, as a slide export leaves them, so a text extractor reads neighbouring cards and
# columns on shared lines.

PAGE_W, PAGE_H = 338.67, 190.5
NHS_BLUE = (0, 48, 135)
TEAL = (0, 140, 130)
MIST = (232, 240, 246)
YELLOW = (255, 184, 28)
SLATE = (90, 100, 110)
RM_FOOTER = (
    "Redmarsh Ambulance Service NHS Trust  ·  Right Care, First Time  ·  "
    "Trust Board, 25 November 2027"
)


class SlidePDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format=(PAGE_H, PAGE_W))
        self.set_auto_page_break(False)
        self.set_margins(16, 10, 16)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("fpdf2")
        self.set_creator("PowerPoint export, Redmarsh Ambulance Service NHS Trust")
        self.set_author("Redmarsh Ambulance Service NHS Trust, Strategy Unit")

    def put(self, x: float, y: float, w: float, text: str, size: float, style: str = "") -> None:
        self.set_font("helvetica", style, size)
        if self.get_string_width(text) > w:
            raise ValueError(f"line too wide for {w} mm: {text!r}")
        self.set_xy(x, y)
        self.cell(w, size * 0.45, text)

    def slide(self, eyebrow: str, title: str) -> None:
        self.add_page()
        self.set_fill_color(*NHS_BLUE)
        self.rect(0, 0, PAGE_W, 4, style="F")
        self.set_text_color(*TEAL)
        self.put(16, 10, 200, eyebrow.upper(), 8, "B")
        self.set_text_color(*NHS_BLUE)
        self.put(16, 16, 306, title, 21, "B")
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_text_color(*SLATE)
        self.put(16, PAGE_H - 9, 230, RM_FOOTER, 7)
        self.put(PAGE_W - 26, PAGE_H - 9, 10, str(self.page_no()), 8, "B")
        self.set_text_color(0, 0, 0)

    def columns(
        self,
        cols: Sequence[tuple[str, Sequence[str]]],
        top: float = 36,
        size: float = 11.5,
    ) -> None:
        """Columns side by side, drawn row by row across the page (interleaved on export)."""
        gutter = 10
        width = (306 - gutter * (len(cols) - 1)) / len(cols)
        xs = [16 + i * (width + gutter) for i in range(len(cols))]
        self.set_fill_color(*MIST)
        for x in xs:
            self.rect(x - 2, top - 3, width + 2, PAGE_H - top - 14, style="F")
        self.set_text_color(*NHS_BLUE)
        for x, (head, _) in zip(xs, cols, strict=True):
            self.put(x, top, width, head, 14, "B")
        self.set_text_color(0, 0, 0)
        visual: list[list[tuple[str, bool]]] = []
        for _, items in cols:
            rows: list[tuple[str, bool]] = []
            for item in items:
                for k, part in enumerate(item.split("\n")):
                    rows.append((part, k == 0))
                rows.append(("", False))
            visual.append(rows)
        line_h = size * 0.5
        for r in range(max(len(v) for v in visual)):
            y = top + 10 + r * line_h
            for x, rows in zip(xs, visual, strict=True):
                if r >= len(rows) or not rows[r][0]:
                    continue
                text, first = rows[r]
                if first:
                    self.set_fill_color(*TEAL)
                    self.rect(x, y + line_h * 0.3, 1.6, 1.6, style="F")
                self.put(x + 4, y, width - 6, text, size)

    def cards(
        self,
        cards: Sequence[tuple[str, Sequence[str]]],
        per_row: int,
        top: float = 36,
        height: float = 60,
        size: float = 11,
    ) -> None:
        """A grid of cards, each a bold title over a few lines; every visual row is drawn
        across the whole page, so the cards' lines interleave when the page is read."""
        gap = 6
        width = (306 - gap * (per_row - 1)) / per_row
        for start in range(0, len(cards), per_row):
            row = cards[start : start + per_row]
            y0 = top + (start // per_row) * (height + gap)
            xs = [16 + i * (width + gap) for i in range(len(row))]
            self.set_fill_color(*MIST)
            for x in xs:
                self.rect(x, y0, width, height, style="F")
                self.set_fill_color(*TEAL)
                self.rect(x, y0, width, 1.5, style="F")
                self.set_fill_color(*MIST)
            self.set_text_color(*NHS_BLUE)
            for x, (title, _) in zip(xs, row, strict=True):
                self.put(x + 4, y0 + 5, width - 8, title, 13, "B")
            self.set_text_color(0, 0, 0)
            for r in range(max(len(body) for _, body in row)):
                for x, (_, body) in zip(xs, row, strict=True):
                    if r < len(body):
                        self.put(x + 4, y0 + 14 + r * size * 0.55, width - 8, body[r], size)

    def tiles(self, items: Sequence[tuple[str, str]], top: float = 36) -> None:
        width = (306 - 6 * (len(items) - 1)) / len(items)
        xs = [16 + i * (width + 6) for i in range(len(items))]
        self.set_fill_color(*MIST)
        for x in xs:
            self.rect(x, top, width, 42, style="F")
        self.set_text_color(*NHS_BLUE)
        for x, (big, _) in zip(xs, items, strict=True):
            self.put(x + 5, top + 5, width - 10, big, 28, "B")
        self.set_text_color(0, 0, 0)
        labels = [label.split("\n") for _, label in items]
        for r in range(max(len(v) for v in labels)):
            for x, parts in zip(xs, labels, strict=True):
                if r < len(parts):
                    self.put(x + 5, top + 22 + r * 5.5, width - 10, parts[r], 10.5)

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        top: float = 36,
        size: float = 10.5,
    ) -> float:
        """A table drawn cell by cell along each row; every cell holds one line."""
        y = top
        for n, row in enumerate(rows):
            x = 16.0
            if n == 0:
                self.set_fill_color(*NHS_BLUE)
                self.rect(16, y - 1.5, sum(widths), 8, style="F")
                self.set_text_color(255, 255, 255)
            for value, w in zip(row, widths, strict=True):
                self.put(x + 2, y, w - 4, value, size, "B" if n == 0 else "")
                x += w
            self.set_text_color(0, 0, 0)
            y += 9
            self.set_draw_color(200, 200, 200)
            self.line(16, y - 2.5, 16 + sum(widths), y - 2.5)
        return y

    def chevrons(
        self,
        phases: Sequence[tuple[str, str, Sequence[str]]],
        gates: Sequence[str],
        top: float = 40,
    ) -> None:
        """Chevron shapes with the phase name inside; each phase's dates in a separate box
        under its chevron; the phase's items under the box (drawn row by row across the
        page); gate labels as small separate tags at the chevrons' right ends."""
        n = len(phases)
        width = 306 / n
        depth = 8
        for i, (name, _, _) in enumerate(phases):
            x = 16 + i * width
            pts = [
                (x, top),
                (x + width - depth, top),
                (x + width, top + 8),
                (x + width - depth, top + 16),
                (x, top + 16),
            ]
            if i:
                pts.append((x + depth, top + 8))
            self.set_fill_color(*(NHS_BLUE if i % 2 == 0 else TEAL))
            self.polygon(pts, style="F")
            self.set_text_color(255, 255, 255)
            self.put(x + depth + 4, top + 5, width - 2 * depth - 6, name, 15, "B")
        self.set_text_color(0, 0, 0)
        for i, (_, dates, _) in enumerate(phases):
            x = 16 + i * width
            self.set_draw_color(*NHS_BLUE)
            self.rect(x + 6, top + 20, width - 20, 9, style="D")
            self.put(x + 9, top + 22, width - 26, dates, 10.5, "B")
        rows = max(len(items) for _, _, items in phases)
        for r in range(rows):
            for i, (_, _, items) in enumerate(phases):
                if r < len(items):
                    x = 16 + i * width
                    self.put(x + 8, top + 36 + r * 7, width - 16, items[r], 11)
        self.set_text_color(*SLATE)
        for i, label in enumerate(gates):
            x = 16 + (i + 1) * width - 52
            self.set_fill_color(*YELLOW)
            self.rect(x, top + 66, 3, 3, style="F")
            self.put(x + 5, top + 65.5, 46, label, 8.5, "B")
        self.set_text_color(0, 0, 0)

    def lines(self, lines: Sequence[str], top: float = 36, size: float = 13) -> None:
        for i, line in enumerate(lines):
            self.put(16, top + i * size * 0.62, 306, line, size)


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Redmarsh


def build_redmarsh() -> SlidePDF:
    pdf = SlidePDF()

    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*NHS_BLUE)
    pdf.rect(0, 0, PAGE_W, PAGE_H, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.put(24, 48, 290, "REDMARSH AMBULANCE SERVICE NHS TRUST", 14, "B")
    pdf.put(24, 60, 290, "Right Care, First Time", 40, "B")
    pdf.put(
        24,
        84,
        290,
        "Our clinical and operational strategy, April 2028 to March 2031",
        15,
    )
    pdf.put(24, 150, 290, "Trust Board  ·  25 November 2027  ·  Paper TB/27/114", 12)
    pdf.set_text_color(0, 0, 0)

    # 2 executive summary: tiles
    pdf.slide("Executive summary", "Right Care, First Time at a glance")
    pdf.tiles(
        [
            ("35%", "calls closed by hear and treat\nby March 2031, from 14%"),
            ("28 min", "category 2 mean response\nby March 2031, from 39 min"),
            ("90%", "handovers completed within\n30 minutes by March 2030,\nfrom 52%"),
            ("150", "electric vehicles in the fleet\nby March 2031, from 24"),
        ]
    )
    pdf.lines(
        [
            "Four priorities, a 36-month roadmap in three phases, and a pilot of the clinical "
            "hub at Saltcote: Project Curlew.",
            "The Board is asked to approve capital of £21.4m over three financial years.",
        ],
        top=90,
    )

    # 3 where we are: a card grid, three cards a row
    pdf.slide("Where we are", "2026/27 in six cards")
    pdf.cards(
        [
            ("Calls", ["412,000 emergency calls answered;", "14% ended with advice by phone"]),
            (
                "Response",
                ["Category 2 mean of 39 minutes,", "against the 18-minute national", "standard"],
            ),
            (
                "Hospitals",
                [
                    "Handovers average 47 minutes;",
                    "61,000 crew hours lost at",
                    "hospital doors",
                ],
            ),
            (
                "Records",
                ["Crews carry tablets in 3 of our", "5 divisions; 61% of records", "are digital"],
            ),
            ("Fleet", ["24 of our 410 vehicles run on", "electricity"]),
            ("People", ["Paramedic vacancy rate of 11%;", "40 apprentices qualified"]),
        ],
        per_row=3,
        height=52,
    )

    # 4 today / by 2031, two columns
    pdf.slide("Where we are going", "Today and by March 2031")
    pdf.columns(
        [
            (
                "Today",
                [
                    "Hear and treat at one of our three EOCs,\nfrom 8am to midnight",
                    "Crews queue at hospital doors for up to\nthree hours on winter nights",
                    "Paper patient report forms in Northfold\nand Eastmoor",
                    "A diesel fleet and four stations with\nchargers",
                    "Paramedics recruited from universities\nand from overseas",
                ],
            ),
            (
                "By March 2031",
                [
                    "A clinician hears every lower-acuity call\nbefore a crew is sent",
                    "Every crew back on the road within\n30 minutes of arriving at hospital",
                    "Every patient record made on a tablet",
                    "150 electric vehicles and chargers at\n20 stations",
                    "Half of our new paramedics trained\nthrough our own apprenticeship",
                ],
            ),
        ]
    )

    # 5 voices, two columns
    pdf.slide("Listening", "What we heard, and what we will do")
    pdf.columns(
        [
            (
                "What we heard",
                [
                    '"We waited five hours for an ambulance Mum\ndid not need in the end."  '
                    "A caller's daughter",
                    '"I spent a whole shift in a corridor at\nMarston General."  A paramedic',
                    '"The tablet saves me twenty minutes a job,\nwhen it has signal."  '
                    "A technician",
                    '"Ask us before you change what happens when\nwe dial 999."  '
                    "A Patients' Forum member",
                ],
            ),
            (
                "What we will do",
                [
                    "A senior clinician on the line before we\nsend a crew",
                    "A 30-minute handover agreed with every\nacute trust",
                    "Tablets for every crew, with records kept\non the device when signal drops",
                    "The Patients' Forum in the design of the\nclinical hub",
                ],
            ),
        ],
        size=11,
    )

    # 6 north star
    pdf.slide("Our north star", "Purpose and promise")
    pdf.set_text_color(*TEAL)
    pdf.put(16, 42, 200, "OUR PURPOSE", 9, "B")
    pdf.set_text_color(*NHS_BLUE)
    pdf.put(
        16, 50, 306, "The right care for every patient, first time, wherever they are.", 21, "B"
    )
    pdf.set_text_color(*TEAL)
    pdf.put(16, 82, 200, "OUR PROMISE", 9, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.put(
        16,
        90,
        306,
        "By March 2031, a clinician will resolve 35 in every 100 emergency calls by phone, "
        "safely and at the first contact.",
        13,
    )

    # 7 priorities: four cards in one row
    pdf.slide("Priorities", "Four priorities")
    pdf.cards(
        [
            (
                "1  Clinical hub",
                ["Senior clinicians assess", "lower-acuity calls before", "a crew is sent"],
            ),
            ("2  Faster response", ["Rapid-response cars and", "30-minute hospital", "handovers"]),
            (
                "3  Digital, clean fleet",
                ["Tablets for every crew and", "an electric response fleet"],
            ),
            ("4  Grow our own", ["Paramedic apprenticeships", "and a career path into", "the hub"]),
        ],
        per_row=4,
        height=50,
    )

    # 8-9 initiatives, two priorities a page in two columns
    pdf.slide("Priorities 1 and 2", "Clinical hub and faster response")
    pdf.columns(
        [
            (
                "1  Clinical hub",
                [
                    "Open a clinical hub in each of our three\nEOCs, staffed by senior paramedics and GPs",
                    "Call back every category 3 and 4 caller\nwithin 30 minutes of the 999 call",
                    "Extend hear and treat to 24 hours a day\nby October 2030",
                ],
            ),
            (
                "2  Faster response",
                [
                    "Put 30 rapid-response cars on the road at\npeak hours in the three busiest sectors",
                    "Agree a 30-minute handover standard with\nall four acute trusts",
                    "Open a handover cohort area at Marston\nGeneral and at Carrow Royal",
                ],
            ),
        ]
    )
    pdf.slide("Priorities 3 and 4", "Digital crews, clean fleet, and growing our own")
    pdf.columns(
        [
            (
                "3  Digital, clean fleet",
                [
                    "Roll out ePR tablets to Northfold and\nEastmoor by March 2029",
                    "Lease 120 electric rapid-response cars\nthrough the national framework",
                    "Fit charging points at 16 more stations",
                ],
            ),
            (
                "4  Grow our own",
                [
                    "Take 60 paramedic apprentices a year with\nRedmarsh Valley University",
                    "Train 40 hub clinicians a year in remote\nassessment",
                    "Open a career path from call handler to\nhub clinician",
                ],
            ),
        ]
    )

    # 10 KPI table
    pdf.slide("Measures", "How the Board will know it is working")
    pdf.grid(
        [
            ["Measure", "Baseline 2026/27", "Target", "By"],
            ["Calls closed by hear and treat", "14%", "35%", "Mar 2031"],
            ["Category 2 mean response", "39 min", "28 min", "Mar 2031"],
            ["Handovers completed within 30 minutes", "52%", "90%", "Mar 2030"],
            ["Patient records completed on a tablet", "61%", "100%", "Mar 2029"],
            ["Electric vehicles in the fleet", "24", "150", "Mar 2031"],
            ["Paramedic apprentices qualifying a year", "40", "110", "2030/31"],
        ],
        [130, 56, 50, 50],
    )

    # 11 roadmap: chevrons, dates in boxes under them, gates as small labels
    pdf.slide("Roadmap", "Three phases over three years")
    pdf.chevrons(
        [
            (
                "Stabilise",
                "Apr 2028 - Mar 2029",
                [
                    "Project Curlew at Saltcote",
                    "ePR tablets in all five divisions",
                    "First 40 electric response cars",
                    "First 60 apprentices start",
                ],
            ),
            (
                "Extend",
                "Apr 2029 - Sep 2030",
                [
                    "Clinical hub in all three EOCs",
                    "Cohort areas at two hospitals",
                    "Chargers at 16 more stations",
                    "CAD upgrade live",
                ],
            ),
            (
                "Sustain",
                "Oct 2030 - Mar 2031",
                [
                    "Hear and treat 24 hours a day",
                    "120 electric response cars",
                    "Hand over to business as usual",
                ],
            ),
        ],
        ["G1  Curlew go/no-go", "G2  Hub extension review", "G3  Benefits review"],
    )

    # 12 pilot: three cards
    pdf.slide("Pilot", "Project Curlew: the clinical hub at Saltcote EOC")
    pdf.cards(
        [
            (
                "Scope",
                [
                    "Saltcote EOC hub and 6 rapid-",
                    "response cars in Eastmoor,",
                    "October 2028 to March 2029",
                ],
            ),
            (
                "Success criteria",
                [
                    "25% of Eastmoor calls closed",
                    "by hear and treat",
                    "Category 2 mean under 32",
                    "minutes in Eastmoor",
                    "Re-contacts within 24 hours",
                    "below 6%",
                ],
            ),
            (
                "Go/no-go",
                [
                    "The Trust Executive Committee",
                    "decides at G1 in March 2029",
                    "Go: a hub in all three EOCs",
                    "No-go: redesign the call-back",
                ],
            ),
        ],
        per_row=3,
        height=70,
    )

    # 13 first 90 days
    pdf.slide("Getting started", "The first 90 days, April to June 2028")
    pdf.lines(
        [
            "1.  Appoint the Right Care programme lead and hold the first Programme Board",
            "2.  Confirm the 2026/27 baselines for the six measures",
            "3.  Recruit 12 senior clinicians for the Saltcote hub",
            "4.  Sign handover escalation rules with the four acute trusts",
            "5.  Order the first 40 electric response cars",
            "6.  Choose the ePR supplier for Northfold and Eastmoor",
            "7.  Enrol the September 2028 cohort of 60 paramedic apprentices",
            "8.  Open consultation with UNISON on hub rotas",
            "9.  Ask the Patients' Forum to review the call-back script",
        ],
        top=36,
        size=12.5,
    )

    # 14 investment
    pdf.slide("Investment", "£21.4m of capital over three years")
    pdf.grid(
        [
            ["Item", "2028/29", "2029/30", "2030/31", "Total"],
            ["Electric vehicles and charging points", "£3.2m", "£4.1m", "£2.5m", "£9.8m"],
            ["ePR tablets and CAD upgrade", "£2.1m", "£1.4m", "£0.6m", "£4.1m"],
            ["Clinical hubs and rapid-response cars", "£1.9m", "£2.0m", "£1.0m", "£4.9m"],
            ["Apprenticeships and hub training", "£0.5m", "£0.7m", "£0.8m", "£2.0m"],
            ["Programme team and contingency", "£0.2m", "£0.2m", "£0.2m", "£0.6m"],
            ["Total", "£7.9m", "£8.4m", "£5.1m", "£21.4m"],
        ],
        [120, 40, 40, 40, 40],
    )

    # 15 risks
    pdf.slide("Risks", "What could stop us, and what we will do")
    pdf.grid(
        [
            ["Risk", "Mitigation"],
            [
                "Atlas CAD support ends during the roll-out",
                "Upgrade CAD in 2029/30, before the hub extends",
            ],
            [
                "Acute trusts cannot free cohort space in winter",
                "Hold a daily handover call with each trust's site lead",
            ],
            [
                "Too few senior clinicians apply for hub roles",
                "Offer hub shifts as rotations to paramedics in every division",
            ],
            [
                "Grid capacity delays charging at busy stations",
                "Use mobile chargers at Saltcote and Marston until 2030",
            ],
        ],
        [140, 166],
    )

    # 16 governance and asks, two columns
    pdf.slide("Governance", "How it will be run, and our asks of the Board")
    pdf.columns(
        [
            (
                "Governance",
                [
                    "Executive sponsor: the Chief Executive,\nwho chairs the Programme Board monthly",
                    "The Quality Committee reviews clinical\nsafety every quarter",
                    "UNISON and the Patients' Forum are\nconsulted before rotas or services change",
                ],
            ),
            (
                "Our asks of the Board",
                [
                    "Endorse Right Care, First Time and its\nfour priorities",
                    "Approve capital of £21.4m from 2028/29\nto 2030/31",
                    "Approve Project Curlew from October 2028",
                ],
            ),
        ]
    )
    return pdf


# =========================================================================== Tollgate
# A brewer's deck laid out in native tables: priorities (Priority / What we will do / Lead),
# KPIs, a roadmap with quarters as column headers and workstreams as rows (some cells empty,
# the phase row and one activity over merged cells), investment and risks. Part of the
# content is in the speaker notes only: the pilot's success criteria (slide 9), one
# first-90-days item (slide 10) and a fifth risk with its mitigation (slide 12).

HOP = (60, 95, 40)
MALT = (196, 140, 50)
CREAM = (250, 244, 228)
STOUT = (45, 35, 30)


def tg_page(prs: PresentationType, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 0.25, 7.5, HOP)
    text_box(slide.shapes, 0.6, 0.35, 11.5, 0.8, [title], 28, True, HOP)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.15, 2.0, 0.06, MALT)
    n = len(prs.slides)
    text_box(
        slide.shapes,
        0.6,
        7.0,
        8.0,
        0.3,
        ["Tollgate Brewing Company  |  Brewhouse to Bar"],
        9,
        False,
        STOUT,
    )
    text_box(slide.shapes, 12.3, 7.0, 0.6, 0.3, [str(n)], 9, True, HOP)
    return slide


def build_tollgate() -> PresentationType:
    prs = new_deck()

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, HOP)
    text_box(s.shapes, 0.8, 1.7, 11.0, 0.5, ["TOLLGATE BREWING COMPANY"], 16, True, CREAM)
    text_box(s.shapes, 0.8, 2.3, 11.0, 1.2, ["Brewhouse to Bar"], 54, True, (255, 255, 255))
    text_box(
        s.shapes,
        0.8,
        3.6,
        11.5,
        0.6,
        ["Our plan for the brewery, the free trade and our 40 pubs, January 2028 to December 2029"],
        18,
        False,
        CREAM,
    )
    text_box(
        s.shapes, 0.8, 5.9, 11.0, 0.5, ["Board of Directors  |  16 December 2027"], 14, False, CREAM
    )

    # 2 executive summary: tiles
    s = tg_page(prs, "The plan on a page")
    tiles = [
        ("3.2m", "cans a year filled on our own line by December 2029"),
        ("40 of 40", "pubs with Cask Marque accreditation by December 2028, from 11"),
        ("3.0%", "wet stock loss in managed pubs by December 2029, from 5.8%"),
        ("70%", "of free-trade orders placed in the app by December 2029"),
    ]
    for i, (big, label) in enumerate(tiles):
        x = 0.6 + i * 3.1
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.5, 2.9, 2.3, CREAM)
        text_box(s.shapes, x + 0.15, 1.6, 2.6, 0.9, [big], 34, True, HOP)
        text_box(s.shapes, x + 0.15, 2.5, 2.6, 1.2, [label], 13, False, STOUT)
    text_box(
        s.shapes,
        0.6,
        4.2,
        12.0,
        2.4,
        [
            "Brewhouse to Bar puts our beer in our own cans, a well-kept pint on every bar and "
            "the numbers in every manager's hands.",
            "Four priorities over eight quarters, with a pilot of new tills and stock counts in "
            "six pubs: Project Firkin.",
            "The Board is asked to approve £3.9m over 2028 and 2029.",
        ],
        16,
    )

    # 3 where we are
    s = tg_page(prs, "Where we are in 2026")
    text_box(
        s.shapes,
        0.6,
        1.5,
        12.0,
        4.8,
        [
            "86,000 hectolitres brewed, 61% of it poured in our own pubs",
            "Cans filled by a mobile canner that visits six days a month",
            "11 of our 40 pubs hold Cask Marque accreditation",
            "5.8% of beer lost between cellar delivery and the till",
            "310 free-trade customers, who order by phone and email",
            "6.1 litres of water used for every litre of beer we sell",
        ],
        18,
    )
    text_box(
        s.shapes,
        0.6,
        6.4,
        12.0,
        0.4,
        ["Sources: BrewTrak, stocktakers' reports and the 2026 Cask Marque visits"],
        10,
        False,
        STOUT,
    )

    # 4 voices
    s = tg_page(prs, "What we heard this year")
    text_box(
        s.shapes,
        0.6,
        1.5,
        12.0,
        4.8,
        [
            "\u201cThe Gold tastes different in every pub I drink in.\u201d  A regular at the Wheatsheaf",
            "\u201cI order at four on a Friday and nobody picks up.\u201d  A free-trade landlady in Harrowby",
            "\u201cThe stocktake tells me what went wrong two months ago.\u201d  A pub manager",
            "\u201cGive us our own line and the beer is in cans the week it is ready.\u201d  A brewer",
        ],
        18,
    )

    # 5 north star
    s = tg_page(prs, "Where we are heading")
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.6, 12.0, 1.5, CREAM)
    text_box(
        s.shapes,
        0.9,
        1.8,
        11.4,
        1.1,
        ["The best-kept pint in the county, from brewhouse to bar."],
        28,
        True,
        HOP,
    )
    text_box(
        s.shapes,
        0.9,
        3.7,
        11.4,
        1.2,
        [
            "By the end of 2029, every Tollgate pub will pour cask beer that passes its Cask "
            "Marque inspection at the first visit."
        ],
        20,
        False,
        STOUT,
    )

    # 6 priorities: a native table
    s = tg_page(prs, "Four priorities")
    table(
        s,
        [
            ["Priority", "What we will do", "Lead"],
            [
                "1. Brew more with less",
                "Install a canning line at the brewery by June 2028\n"
                "Cut water use to 4.0 litres per litre of beer\n"
                "Recover heat from the wort cooler to preheat brewing water",
                "Head Brewer",
            ],
            [
                "2. A perfect pint everywhere",
                "Run the cask-quality programme in all 40 pubs, with a cellar audit every quarter\n"
                "Replace cellar cooling in the 14 oldest cellars\n"
                "Take on 8 cellar apprentices a year",
                "Cask Quality Manager",
            ],
            [
                "3. Pubs that know their numbers",
                "Put one EPOS and stock system in all 40 pubs\n"
                "Count stock every week on a handheld scanner\n"
                "Send every pub manager a weekly margin report",
                "Retail Operations Manager",
            ],
            [
                "4. Win the free trade",
                "Launch a trade-sales app for free-trade customers\n"
                "Deliver next day on app orders placed by 2pm\n"
                "Visit the top 60 free-trade accounts every month",
                "Free Trade Sales Manager",
            ],
        ],
        [3.0, 6.6, 2.5],
        top=1.5,
        size=13,
        row_h=1.1,
    )

    # 7 KPI table
    s = tg_page(prs, "Six measures")
    table(
        s,
        [
            ["Measure", "Baseline 2026", "Target", "By"],
            ["Cans filled on our own line a year", "0", "3.2m", "Dec 2029"],
            ["Pubs with Cask Marque accreditation", "11 of 40", "40 of 40", "Dec 2028"],
            ["Wet stock loss in managed pubs", "5.8%", "3.0%", "Dec 2029"],
            ["Free-trade orders placed in the app", "0%", "70%", "Dec 2029"],
            ["Water per litre of beer (litres)", "6.1", "4.0", "Dec 2029"],
            ["Cellar apprentices qualified", "0", "16", "Dec 2029"],
        ],
        [6.0, 2.0, 2.0, 2.0],
        top=1.5,
        size=14,
    )

    # 8 roadmap: quarters as columns, workstreams as rows, merged cells
    s = tg_page(prs, "Roadmap, 2028 and 2029")
    quarters = [f"Q{q} {y}" for y in (2028, 2029) for q in (1, 2, 3, 4)]
    road = [
        ["Workstream", *quarters],
        ["Phase", "Set up", "", "Scale", "", "", "", "Settle", ""],
        [
            "Canning line",
            "Order the line; book the grid upgrade",
            "Install and commission",
            "First cans from our own line",
            "",
            "Second shift",
            "",
            "",
            "",
        ],
        [
            "Water and energy",
            "",
            "Sub-meter the brewhouse",
            "Heat recovery on the wort cooler",
            "",
            "Reuse rinse water in cleaning",
            "",
            "",
            "Water at 4.0 litres",
        ],
        [
            "Cask quality",
            "Audit all 40 cellars",
            "New cooling in 7 cellars",
            "New cooling in 7 more",
            "Cask Marque in all 40 pubs",
            "",
            "",
            "",
            "",
        ],
        [
            "EPOS and stock",
            "Choose the supplier",
            "",
            "Project Firkin in 6 pubs",
            "Firkin review",
            "Roll out to the other 34 pubs",
            "",
            "",
            "Weekly margin report in every pub",
        ],
        [
            "Trade app",
            "",
            "Design with 10 customers",
            "Launch to all free-trade customers",
            "",
            "Payments in the app",
            "",
            "",
            "",
        ],
        [
            "People",
            "",
            "",
            "First 8 cellar apprentices start",
            "",
            "",
            "",
            "Second 8 start",
            "",
        ],
        [
            "Gates",
            "",
            "G1 Canning line handover",
            "",
            "G2 Firkin go/no-go",
            "",
            "",
            "",
            "G3 Benefits review",
        ],
    ]
    shape = table(s, road, [1.7] + [1.35] * 8, top=1.45, size=9.5, row_h=0.6)
    tbl = shape.table
    tbl.cell(1, 1).merge(tbl.cell(1, 2))
    tbl.cell(1, 3).merge(tbl.cell(1, 6))
    tbl.cell(1, 7).merge(tbl.cell(1, 8))
    tbl.cell(5, 5).merge(tbl.cell(5, 7))

    # 9 pilot, success criteria in the notes
    s = tg_page(prs, "Pilot: Project Firkin")
    text_box(
        s.shapes,
        0.6,
        1.5,
        12.0,
        4.8,
        [
            "Six managed pubs around Harrowby: the Wheatsheaf, the Plough, the Bell, the Crown, "
            "the Drovers and the Mill",
            "New tills, weekly handheld stock counts and a weekly margin report",
            "July to December 2028",
            "The Programme Board decides go or no-go at G2 in December 2028",
        ],
        18,
    )
    notes(
        s,
        [
            "Firkin's success criteria, agreed with the Finance Director:",
            "Wet stock loss in the six pubs below 4% for three months running.",
            "A full weekly stock count takes under 45 minutes.",
            "Till and stock figures agree within 1% every week.",
            "Every Firkin manager trained on the handheld before the first count.",
        ],
    )

    # 10 first 90 days, one item in the notes
    s = tg_page(prs, "The first 90 days")
    text_box(
        s.shapes,
        0.6,
        1.5,
        12.0,
        5.2,
        [
            "Appoint the Brewhouse to Bar programme manager and hold the first Programme Board",
            "Confirm the 2026 baselines for the six measures",
            "Sign the canning line order and book the grid upgrade",
            "Audit every cellar in the estate",
            "Choose the EPOS and stock supplier",
            "Agree Firkin's six pubs with their managers",
            "Invite 10 free-trade customers to help design the app",
            "Brief the Licensees' Forum on the new tills",
        ],
        17,
    )
    notes(
        s,
        [
            "One more for the first 90 days that did not fit on the slide: enrol the first 8 "
            "cellar apprentices with Harrowby College for a September 2028 start.",
        ],
    )

    # 11 investment
    s = tg_page(prs, "Investment: £3.9m over two years")
    table(
        s,
        [
            ["Item", "2028", "2029", "Total"],
            ["Canning line and grid upgrade", "£1.45m", "£0.15m", "£1.60m"],
            ["Cellar cooling and cask quality", "£0.40m", "£0.30m", "£0.70m"],
            ["EPOS and stock system", "£0.35m", "£0.45m", "£0.80m"],
            ["Trade-sales app", "£0.20m", "£0.10m", "£0.30m"],
            ["Water and energy saving", "£0.15m", "£0.15m", "£0.30m"],
            ["Apprentices and programme team", "£0.10m", "£0.10m", "£0.20m"],
            ["Total", "£2.65m", "£1.25m", "£3.90m"],
        ],
        [6.0, 2.0, 2.0, 2.0],
        top=1.5,
        size=14,
    )

    # 12 risks, a fifth risk in the notes
    s = tg_page(prs, "Risks")
    table(
        s,
        [
            ["Risk", "Mitigation"],
            [
                "The grid upgrade for the canning line is late",
                "Keep the mobile canner booked until the line is signed off",
            ],
            [
                "Tenants decline the new tills",
                "Offer tenants the system at cost with a year's free support",
            ],
            [
                "Managers see weekly counts as extra work",
                "Handhelds cut the count to under an hour; train every manager first",
            ],
            [
                "Free-trade customers keep phoning",
                "The sales desk moves each caller into the app while on the call",
            ],
        ],
        [6.0, 6.0],
        top=1.5,
        size=14,
    )
    notes(
        s,
        [
            "A fifth risk, raised at the Finance Committee: the price of aluminium cans.",
            "Mitigation: fix the can price for 12 months with our supplier before the line starts.",
        ],
    )

    # 13 governance and asks
    s = tg_page(prs, "How we will run it, and what we ask")
    text_box(
        s.shapes,
        0.6,
        1.5,
        5.9,
        4.8,
        [
            "How we will run it",
            "The Managing Director sponsors Brewhouse to Bar and chairs a monthly Programme Board",
            "The Finance Committee reviews spend each quarter",
            "The Licensees' Forum and Unite are consulted on changes in the pubs and the brewery",
        ],
        15,
    )
    text_box(
        s.shapes,
        6.9,
        1.5,
        5.9,
        4.8,
        [
            "We ask the Board to",
            "Approve Brewhouse to Bar and its four priorities",
            "Approve £3.9m over 2028 and 2029",
            "Approve Project Firkin from July 2028",
        ],
        15,
    )
    return prs


# =========================================================================== Wheatfold
# A consultancy-style deck of action titles: every content slide's title is a full sentence
# stating a finding or a decision. A Stop / Start / Continue slide (three columns; only the
# Start items are new work), priority cards as group shapes, a KPI table, a chevron roadmap
# with the dates in separate text boxes under the chevrons and gates as diamonds with short
# labels, a named pilot (Thornby store and its 31 farms), and a native risks table with
# Likelihood, Impact, Mitigation and Owner.

BARLEY = (214, 180, 90)
SOIL = (92, 64, 40)
FIELD = (70, 110, 60)
CHAFF = (247, 242, 226)
DARK = (35, 35, 35)


def wf_page(prs: PresentationType, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(slide.shapes, 0.6, 0.4, 12.1, 1.1, [title], 24, True, SOIL)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.5, 12.1, 0.03, BARLEY)
    n = len(prs.slides)
    text_box(
        slide.shapes,
        0.6,
        7.05,
        6.0,
        0.3,
        ["Wheatfold Grain  ·  Growing Together 2030"],
        9,
        False,
        SOIL,
    )
    text_box(slide.shapes, 12.2, 7.05, 0.6, 0.3, [str(n)], 9, True, SOIL)
    return slide


def build_wheatfold() -> PresentationType:
    prs = new_deck()

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, FIELD)
    text_box(s.shapes, 0.8, 1.6, 11.5, 0.5, ["WHEATFOLD GRAIN CO-OPERATIVE"], 16, True, BARLEY)
    text_box(s.shapes, 0.8, 2.2, 11.5, 1.2, ["Growing Together 2030"], 52, True, (255, 255, 255))
    text_box(
        s.shapes,
        0.8,
        3.5,
        11.5,
        0.6,
        ["Storage, drying, marketing and members: our plan for July 2028 to June 2031"],
        19,
        False,
        CHAFF,
    )
    text_box(
        s.shapes, 0.8, 5.9, 11.0, 0.5, ["Members' Board  ·  21 October 2027"], 14, False, CHAFF
    )

    # 2 summary with tiles
    s = wf_page(
        prs,
        "Growing Together 2030 will grade every load at the gate, dry grain on our own fuel "
        "and pay members faster",
    )
    tiles = [
        ("95%", "of members paid within 14 days of a sale by June 2030"),
        ("0.5%", "of stored grain downgraded by June 2031, from 1.9%"),
        ("80%", "of drying heat from biomass by June 2031"),
        ("150", "member farms with a regenerative plan by June 2031, from 22"),
    ]
    for i, (big, label) in enumerate(tiles):
        x = 0.6 + i * 3.05
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.8, 2.85, 2.2, CHAFF)
        text_box(s.shapes, x + 0.15, 1.9, 2.6, 0.9, [big], 34, True, FIELD)
        text_box(s.shapes, x + 0.15, 2.8, 2.6, 1.1, [label], 13, False, DARK)
    text_box(
        s.shapes,
        0.6,
        4.4,
        12.0,
        2.2,
        [
            "Four priorities over three harvest years, and a pilot of silo sensors and the "
            "member portal at Thornby store with its 31 farms.",
            "The Members' Board is asked to approve £9.4m from July 2028 to June 2031.",
        ],
        16,
    )

    # 3 current state
    s = wf_page(
        prs,
        "Our stores are full and members trust us, but we find damp grain too late and pay "
        "too slowly",
    )
    text_box(
        s.shapes,
        0.6,
        1.8,
        12.0,
        4.6,
        [
            "412,000 tonnes taken in from 1,140 member farms at harvest 2026",
            "1.9% of stored grain lost value after heating in store",
            "Grading a load at intake takes 35 minutes on average",
            "Members wait 31 days on average from sale to payment",
            "Two oil-fired dryers at Hollins burn 410,000 litres in a wet year",
            "22 member farms follow a written regenerative plan",
        ],
        18,
    )

    # 4 voices
    s = wf_page(prs, "Members want to know what happens to their grain and when they will be paid")
    text_box(
        s.shapes,
        0.6,
        1.8,
        12.0,
        4.6,
        [
            "\u201cI heard my wheat was downgraded a month after I delivered it.\u201d  A member, Easby district",
            "\u201cThe payment letter comes and I still ring to ask what it is for.\u201d  A member, Thornby",
            "\u201cOn a wet August night the Hollins queue goes back to the main road.\u201d  A store manager",
            "\u201cShow me one farm near me that has made the switch and I will listen.\u201d  A young member, Marsh Lane",
        ],
        17,
    )

    # 5 north star
    s = wf_page(prs, "We have set one ambition for the co-op and one promise we can measure")
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.9, 12.0, 1.5, CHAFF)
    text_box(
        s.shapes,
        0.9,
        2.1,
        11.4,
        1.1,
        ["A co-op every grower in the county is proud to belong to."],
        28,
        True,
        FIELD,
    )
    text_box(
        s.shapes,
        0.9,
        4.0,
        11.4,
        1.2,
        [
            "By June 2031, 8 in 10 members will agree their contracts and check their payments "
            "on the member portal."
        ],
        20,
        False,
        DARK,
    )

    # 6 stop / start / continue
    s = wf_page(
        prs, "We will stop three habits, start five pieces of work and keep what members value"
    )
    cols = [
        (
            "Stop",
            [
                "Turning grain on a fixed monthly rota",
                "Posting contract statements twice a year",
                "Grading by eye when the lab queue is long",
            ],
        ),
        (
            "Start",
            [
                "Fit moisture and temperature cables in every silo",
                "Open a member portal for contracts and payments",
                "Build a biomass drying plant at Hollins",
                "Test every load at intake for moisture, protein and Hagberg",
                "Offer every member a visit from a regenerative adviser",
            ],
        ),
        (
            "Continue",
            [
                "Pooled marketing of members' wheat and barley",
                "The monthly grain market briefing",
                "Open days at each of our four stores",
            ],
        ),
    ]
    for i, (head, items) in enumerate(cols):
        x = 0.6 + i * 4.1
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            1.8,
            3.9,
            0.6,
            (SOIL, FIELD, BARLEY)[i],
            [head],
            18,
            True,
        )
        text_box(s.shapes, x, 2.55, 3.9, 4.2, [f"\u2022 {t}" for t in items], 14, False, DARK)

    # 7 priorities as group-shape cards
    s = wf_page(prs, "Four priorities turn the plan into work for every store and every member")
    cards = [
        (
            "1  Know every silo",
            [
                "Fit moisture and temperature cables in all 64 silos at our four stores",
                "Text the store manager when a silo warms by 3°C in a week",
                "Turn and aerate grain on sensor readings",
            ],
        ),
        (
            "2  Grade at the gate, pay on time",
            [
                "Put a near-infrared analyser at every store's intake",
                "Open the member portal for contracts, intake tickets and statements",
                "Pay members within 14 days of each pool sale",
            ],
        ),
        (
            "3  Dry on our own fuel",
            [
                "Build a biomass drying plant at Hollins fired by members' straw",
                "Sign five-year straw supply contracts with member farms",
                "Retire the two Hollins oil dryers after harvest 2030",
            ],
        ),
        (
            "4  Farm for the long run",
            [
                "Launch a member advisory service on regenerative practice with three advisers",
                "Run six demonstration farms, one in each district",
                "Pay £5 a tonne more for grain grown under a regenerative plan",
            ],
        ),
    ]
    for i, (name, items) in enumerate(cards):
        x = 0.6 + i * 3.05
        grp = s.shapes.add_group_shape()
        filled(grp.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, 1.8, 2.85, 4.9, CHAFF)
        text_box(grp.shapes, x + 0.12, 1.9, 2.6, 0.8, [name], 15, True, FIELD)
        text_box(
            grp.shapes, x + 0.12, 2.8, 2.6, 3.8, [f"\u2022 {t}" for t in items], 12, False, DARK
        )

    # 8 KPI table
    s = wf_page(prs, "Six measures will tell the Members' Board whether the plan is working")
    table(
        s,
        [
            ["Measure", "Baseline 2026/27", "Target", "By"],
            ["Loads graded at intake within 20 minutes", "55%", "95%", "Jun 2030"],
            ["Stored grain downgraded in store", "1.9%", "0.5%", "Jun 2031"],
            ["Share of drying heat from biomass", "0%", "80%", "Jun 2031"],
            ["Members paid within 14 days of a sale", "48%", "95%", "Jun 2030"],
            ["Contracts signed on the member portal", "0%", "80%", "Jun 2031"],
            ["Member farms with a regenerative plan", "22", "150", "Jun 2031"],
        ],
        [6.0, 2.2, 1.9, 1.9],
        top=1.8,
        size=14,
    )

    # 9 roadmap: chevrons, dates in separate boxes, gates as diamonds
    s = wf_page(
        prs,
        "We will move in three phases, one harvest year each, with a gate before the next begins",
    )
    phases = [
        (
            "Sow",
            "July 2028 - June 2029",
            [
                "Thornby pilot: sensors and portal",
                "Biomass plant design and consent",
                "Analysers at all four intakes",
            ],
        ),
        (
            "Grow",
            "July 2029 - June 2030",
            [
                "Sensors in all 64 silos",
                "Portal open to every member",
                "Biomass plant built at Hollins",
            ],
        ),
        (
            "Gather",
            "July 2030 - June 2031",
            [
                "First harvest dried on biomass",
                "Advisory service at 150 farms",
                "Oil dryers retired",
            ],
        ),
    ]
    for i, (name, dates, items) in enumerate(phases):
        x = 0.6 + i * 4.0
        kind = MSO_SHAPE.PENTAGON if i == 0 else MSO_SHAPE.CHEVRON
        filled(s.shapes, kind, x, 1.9, 4.1, 0.8, (FIELD, SOIL, BARLEY)[i], [name], 20, True)
        text_box(s.shapes, x + 0.3, 2.85, 3.4, 0.4, [dates], 13, True, SOIL)
        text_box(s.shapes, x + 0.3, 3.4, 3.5, 1.8, items, 13, False, DARK)
    for i, label in enumerate(["G1 Thornby go/no-go", "G2 Dryer handover", "G3 Members' review"]):
        x = 0.6 + (i + 1) * 4.0 - 0.25
        filled(s.shapes, MSO_SHAPE.DIAMOND, x, 5.4, 0.35, 0.35, BARLEY)
        text_box(s.shapes, x - 1.0, 5.8, 2.2, 0.4, [label], 11, True, SOIL)

    # 10 pilot
    s = wf_page(
        prs,
        "We will prove sensors and the portal at Thornby with 31 farms before we fit every store",
    )
    blocks = [
        (
            "Scope",
            [
                "Thornby store's 12 silos and the 31 farms that deliver to it",
                "October 2028 to April 2029",
            ],
        ),
        (
            "Success criteria",
            [
                "Every silo alarm answered within 24 hours",
                "25 of the 31 farms sign spring contracts on the portal",
                "Thornby farms paid within 14 days of each sale",
            ],
        ),
        (
            "Go/no-go",
            [
                "The Members' Board decides at G1 in June 2029",
                "Go: sensors in every silo and the portal for every member",
                "No-go: rework and run again at Thornby through 2029/30",
            ],
        ),
    ]
    for i, (head, items) in enumerate(blocks):
        x = 0.6 + i * 4.1
        text_box(s.shapes, x, 1.8, 3.9, 0.5, [head], 18, True, FIELD)
        text_box(s.shapes, x, 2.4, 3.9, 4.0, items, 14, False, DARK)

    # 11 first 100 days
    s = wf_page(prs, "The first 100 days set up the team, the baselines and the Thornby pilot")
    text_box(
        s.shapes,
        0.6,
        1.8,
        12.0,
        5.0,
        [
            "Appoint the Growing Together programme manager and hold the first Programme Board",
            "Confirm the 2026/27 baselines for the six measures",
            "Order sensor cables for the 12 Thornby silos",
            "Sign up the 31 Thornby farms for the pilot",
            "Choose the portal supplier and link it to GrainLedger",
            "Seek pre-application advice on the biomass plant from Wolds County Council",
            "Recruit the first two regenerative advisers",
            "Take the payment and pooling rule changes to the Members' Council",
            "Brief Unite on sensor-led turning and new intake rotas",
        ],
        16,
    )

    # 12 investment
    s = wf_page(
        prs, "The plan needs £9.4m over three harvest years, two thirds of it for the dryer"
    )
    table(
        s,
        [
            ["Item", "2028/29", "2029/30", "2030/31", "Total"],
            ["Biomass drying plant", "£1.2m", "£4.6m", "£0.5m", "£6.3m"],
            ["Silo sensors", "£0.3m", "£0.6m", "£0.1m", "£1.0m"],
            ["Intake analysers and laboratory", "£0.4m", "£0.2m", "£0.1m", "£0.7m"],
            ["Member portal and GrainLedger link", "£0.3m", "£0.2m", "£0.1m", "£0.6m"],
            ["Advisory service and demonstration farms", "£0.1m", "£0.2m", "£0.2m", "£0.5m"],
            ["Programme team and contingency", "£0.1m", "£0.1m", "£0.1m", "£0.3m"],
            ["Total", "£2.4m", "£5.9m", "£1.1m", "£9.4m"],
        ],
        [5.2, 1.7, 1.7, 1.7, 1.7],
        top=1.8,
        size=14,
    )

    # 13 risks table
    s = wf_page(
        prs,
        "A wet harvest before the new dryer is ready is our biggest risk, and every risk has an owner",
    )
    table(
        s,
        [
            ["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
            [
                "A wet harvest in 2029, before the biomass plant is ready",
                "High",
                "High",
                "Hire a mobile dryer for harvest 2029",
                "Operations Director",
            ],
            [
                "Planning consent for the biomass plant is slow",
                "Medium",
                "High",
                "Take pre-application advice in autumn 2028",
                "Energy and Engineering Manager",
            ],
            [
                "Members keep phoning instead of using the portal",
                "Medium",
                "Medium",
                "Run portal help desks at every store open day",
                "Member Services Manager",
            ],
            [
                "Straw supply falls short after a poor year",
                "Low",
                "High",
                "Keep a woodchip contract as a second fuel",
                "Energy and Engineering Manager",
            ],
            [
                "Sensor alarms swamp store staff",
                "Medium",
                "Low",
                "Set alarm limits for each crop with the laboratory",
                "Operations Director",
            ],
        ],
        [3.6, 1.3, 1.1, 3.6, 2.5],
        top=1.8,
        size=12,
        row_h=0.7,
    )

    # 14 governance and asks
    s = wf_page(
        prs, "We ask the Members' Board to approve the plan, the £9.4m and the Thornby pilot"
    )
    text_box(
        s.shapes,
        0.6,
        1.8,
        5.9,
        4.8,
        [
            "How the plan is run",
            "The Chief Executive sponsors Growing Together and chairs a monthly Programme Board",
            "The Audit and Risk Committee reviews spend every quarter",
            "The Members' Council is consulted on pooling and payment rules, and Unite on rotas",
        ],
        15,
    )
    text_box(
        s.shapes,
        6.9,
        1.8,
        5.9,
        4.8,
        [
            "We ask the Members' Board to",
            "Approve Growing Together 2030 and its four priorities",
            "Approve £9.4m from July 2028 to June 2031",
            "Approve the Thornby pilot from October 2028",
        ],
        15,
    )
    return prs


# =========================================================================== org folders

REDMARSH_ROSTER = [
    ["Role", "Team", "Tier", "Responsibilities", "Reports to"],
    [
        "Chief Executive",
        "Executive",
        "core",
        "Accountable officer; executive sponsor of Right Care, First Time; chairs the "
        "Programme Board and the Trust Executive Committee",
        "Trust Board",
    ],
    [
        "Right Care Programme Lead",
        "Programme Office",
        "core",
        "Runs the programme plan, risk log, benefits tracker and gate papers; secretary to "
        "the Programme Board",
        "Chief Executive",
    ],
    [
        "Director of Operations",
        "Operations",
        "core",
        "Owns the three Emergency Operations Centres, the five divisions, response times and "
        "hospital handover",
        "Chief Executive",
    ],
    [
        "Medical Director",
        "Clinical",
        "core",
        "Clinical safety, hear-and-treat protocols, clinical audit and the senior clinicians "
        "who staff the hub",
        "Chief Executive",
    ],
    [
        "Head of Clinical Hub",
        "Clinical",
        "core",
        "Runs hear and treat, the call-back queue and clinician rotas at the EOCs; leads "
        "Project Curlew at Saltcote",
        "Medical Director",
    ],
    [
        "Head of Emergency Operations",
        "Operations",
        "core",
        "Call handling, dispatch, category 2 response and the deployment of rapid-response cars",
        "Director of Operations",
    ],
    [
        "Head of Urgent Care Partnerships",
        "Operations",
        "core",
        "Hospital handover, cohort areas and escalation with the four acute trusts",
        "Director of Operations",
    ],
    [
        "Director of People",
        "People",
        "core",
        "Workforce plan, recruitment, shift-pattern policy and the partnership agreement "
        "with staff side",
        "Chief Executive",
    ],
    [
        "Head of Education and Training",
        "People",
        "core",
        "Runs the Redmarsh Education Academy: paramedic apprenticeships, driver training, "
        "hub clinician courses and clinical updates",
        "Director of People",
    ],
    [
        "Chief Digital and Information Officer",
        "Digital",
        "core",
        "Owns Atlas CAD, CareNote ePR and the crew tablets, HubDesk, telephony, Redmarsh "
        "Insight and IT security",
        "Chief Executive",
    ],
    [
        "Head of Performance and Analytics",
        "Digital",
        "core",
        "Publishes the Ambulance Quality Indicators and the daily performance pack from "
        "Redmarsh Insight; keeps the programme's baselines",
        "Chief Digital and Information Officer",
    ],
    [
        "Director of Finance",
        "Finance",
        "core",
        "Budgets, the capital programme, business cases, vehicle leases and the "
        "commissioning contract",
        "Chief Executive",
    ],
    [
        "Head of Fleet and Estates",
        "Fleet",
        "core",
        "Vehicles, workshops, stations and charging points; leads fleet electrification",
        "Director of Finance",
    ],
    [
        "Head of Communications",
        "Corporate",
        "extended",
        "Public, media and staff communications",
        "Chief Executive",
    ],
    [
        "Patient Safety and Experience Manager",
        "Clinical",
        "extended",
        "Incident reviews, complaints and the patient survey",
        "Medical Director",
    ],
    [
        "UNISON Branch Secretary",
        "Staff Side",
        "consultative",
        "Consulted on rotas, job changes and new ways of working; owns no delivery work",
        "Director of People",
    ],
    [
        "Chair, Patients' Forum",
        "Patient Voice",
        "consultative",
        "Consulted on any change to services that patients see; owns no delivery work",
        "Trust Board",
    ],
]


def excel_csv(rows: Sequence[Sequence[str]]) -> str:
    """A CSV as European Excel saves it: a UTF-8 BOM, ';' between cells, CRLF line ends,
    and quotes around any cell holding a comma, a semicolon or a quote."""

    def cell(value: str) -> str:
        if any(ch in value for ch in ',;"'):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "\ufeff" + "".join(";".join(cell(v) for v in row) + "\r\n" for row in rows)


REDMARSH = {
    "governance/programme-board-terms-of-reference.md": doc(
        """
        # Right Care Programme Board: terms of reference

        Approved by the Trust Board on 28 October 2027.

        ## Purpose

        The Programme Board oversees Right Care, First Time from April 2028 to March 2031.

        ## Membership

        Chair: the Chief Executive, executive sponsor of the programme. Members: Director of
        Operations, Medical Director, Director of People, Chief Digital and Information Officer,
        Director of Finance and Head of Clinical Hub. The Right Care Programme Lead is secretary.
        The UNISON Branch Secretary and the Chair of the Patients' Forum attend, to be consulted,
        when an item changes rotas or services.

        ## Decision rights

        | Decision | Who decides |
        |---|---|
        | Gates G1 to G3, including the Project Curlew go/no-go | Trust Executive Committee, chaired by the Chief Executive, on the Programme Board's recommendation |
        | Release of budget within the approved capital | Programme Board |
        | Hear-and-treat clinical protocols | Medical Director |
        | Capital schemes | Capital above £1m in a single scheme must go to the Trust Board, which meets every other month. |
        | Shift patterns | Any change to shift patterns must go through 45 days of consultation with staff side before it starts. |

        ## Cadence

        Monthly. The Quality Committee reviews the clinical safety of hear and treat every
        quarter, and the Audit and Risk Committee reviews programme spend twice a year.
        """
    ),
    "systems/systems-inventory.md": doc(
        """
        # Systems inventory (Digital, October 2027)

        | System | Use | Notes |
        |---|---|---|
        | Atlas CAD | Computer-aided dispatch in the three EOCs | Its supplier ends support for our version in September 2029. |
        | NHS Pathways | Call triage for 999 calls | Licensed nationally. |
        | HubDesk | Clinical hub call-back queue and clinical notes | Licensed for 40 clinicians at a time. |
        | CareNote ePR | Patient records on crew tablets | Runs in 3 of our 5 divisions (Carrow, Marston and Westmoor); crews in Northfold and Eastmoor complete paper patient report forms. |
        | Redmarsh Insight | Reporting warehouse (SQL Server and Power BI), fed from Atlas CAD, CareNote and ESR | CAD data loads overnight, so the morning pack shows the day before. |
        | FleetWatch | Vehicle telematics, mileage and servicing | |
        | ESR and GRS | Staff records and rosters | |
        | Integra | Finance ledger and capital register | |

        Hospital handover times come from the acute trusts' own systems and reach us a month late.

        West of Carrow, on the moor, crew tablets lose their 4G signal for up to 40 minutes of a shift.
        """
    ),
    "measures/metric-definitions.md": doc(
        """
        # Metric definitions

        | Metric | Definition | Owner | Baseline 2026/27 |
        |---|---|---|---|
        | Hear and treat rate | 999 incidents closed by telephone advice or referral / all 999 incidents, from Atlas CAD | Head of Clinical Hub | 14% |
        | Category 2 mean | Mean time from call connect to arrival for category 2 incidents | Head of Emergency Operations | 39 min |
        | Handover within 30 minutes | Arrivals at the four acute trusts handed over within 30 minutes / all arrivals | Head of Urgent Care Partnerships | 52% |
        | Digital patient records | Patient records made in CareNote / all patient records | Chief Digital and Information Officer | 61% |
        | Electric vehicles | Battery-electric vehicles on the fleet register | Head of Fleet and Estates | 24 |
        | Apprentices qualifying | Paramedic apprentices registering with the HCPC in the year | Head of Education and Training | 40 |

        The Head of Performance and Analytics publishes these each month from Redmarsh Insight.
        Patient experience comes from a postal survey that 9% of patients return.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context for Right Care, First Time

        ## Clinical hub

        The Saltcote clinical hub is staffed from 8am to midnight.
        Hear-and-treat clinicians need two years' experience after registration, and 38 of our clinicians meet that bar today.

        ## Fleet and stations

        Charging points are installed at 4 of our 22 stations.
        The grid connection at Saltcote and Marston stations caps charging at six vehicles each until the distribution network upgrade in 2030.
        Electric vehicles are ordered through the national ambulance vehicle framework, which takes orders in two windows a year, in March and September.

        ## People

        Paramedic apprentices need a university place, and Redmarsh Valley University offers 60 places a year.

        The Redmarsh Education Academy, run by the Head of Education and Training, delivers
        apprenticeships, driver training, hub clinician courses and clinical updates all year.
        """
    ),
}

TOLLGATE_ROSTER = [
    {
        "title": "Managing Director",
        "department": "Executive",
        "tier": "core",
        "accountabilities": [
            "Executive sponsor of Brewhouse to Bar",
            "Chairs the Programme Board",
            "Takes programme papers to the Board of Directors",
        ],
        "line_manager": "Board of Directors",
    },
    {
        "title": "Brewhouse to Bar Programme Manager",
        "department": "Programme Office",
        "tier": "core",
        "accountabilities": [
            "Programme plan, risk log and gate papers",
            "Secretary to the Programme Board",
        ],
        "line_manager": "Managing Director",
    },
    {
        "title": "Head Brewer",
        "department": "Brewery",
        "tier": "core",
        "accountabilities": [
            "Brewing, recipes and beer quality in the brewery",
            "The quality laboratory",
            "Water use per litre of beer",
        ],
        "line_manager": "Managing Director",
    },
    {
        "title": "Packaging and Engineering Manager",
        "department": "Brewery",
        "tier": "core",
        "accountabilities": [
            "Kegging, casking and the new canning line from order to handover",
            "Brewery plant, utilities, heat recovery and metering",
        ],
        "line_manager": "Head Brewer",
    },
    {
        "title": "Director of Pubs",
        "department": "Pubs",
        "tier": "core",
        "accountabilities": [
            "The 40-pub estate: 28 managed pubs and 12 tenancies",
            "Pub managers, area managers and tenancy agreements",
        ],
        "line_manager": "Managing Director",
    },
    {
        "title": "Retail Operations Manager",
        "department": "Pubs",
        "tier": "core",
        "accountabilities": [
            "Tills, stock control and margin in the pubs",
            "Wet stock loss",
            "Leads Project Firkin",
        ],
        "line_manager": "Director of Pubs",
    },
    {
        "title": "Cask Quality Manager",
        "department": "Pubs",
        "tier": "core",
        "accountabilities": [
            "Cellar audits, cellar cooling and line cleaning across the estate",
            "Cask Marque accreditation",
        ],
        "line_manager": "Director of Pubs",
    },
    {
        "title": "Free Trade Sales Manager",
        "department": "Sales",
        "tier": "core",
        "accountabilities": [
            "310 free-trade accounts and the sales desk",
            "Orders placed in the trade-sales app",
        ],
        "line_manager": "Managing Director",
    },
    {
        "title": "Head of IT and Data",
        "department": "IT",
        "tier": "core",
        "accountabilities": [
            "BrewTrak, pub tills and the new EPOS and stock system",
            "The trade-sales app build",
            "The Tapline reporting warehouse",
        ],
        "line_manager": "Finance Director",
    },
    {
        "title": "Training and Apprenticeships Manager",
        "department": "People",
        "tier": "core",
        "accountabilities": [
            "Runs the Tollgate Cellar School",
            "Cellar apprenticeships with Harrowby College",
            "Till and handheld training for pub teams",
        ],
        "line_manager": "Director of Pubs",
    },
    {
        "title": "Finance Director",
        "department": "Finance",
        "tier": "core",
        "accountabilities": [
            "Budgets, capital plan and business cases",
            "Beer duty and the monthly accounts",
        ],
        "line_manager": "Managing Director",
    },
    {
        "title": "Sustainability Lead",
        "department": "Brewery",
        "tier": "extended",
        "accountabilities": ["Carbon and water reporting", "Supplier sustainability"],
        "line_manager": "Head Brewer",
    },
    {
        "title": "Marketing Manager",
        "department": "Marketing",
        "tier": "extended",
        "accountabilities": ["Brands, pump clips and the supermarket range", "Pub events"],
        "line_manager": "Managing Director",
    },
    {
        "title": "Supply Chain and Logistics Manager",
        "department": "Operations",
        "tier": "extended",
        "accountabilities": ["Drays and deliveries", "Malt, hops and packaging supply"],
        "line_manager": "Finance Director",
    },
    {
        "title": "HR Business Partner",
        "department": "People",
        "tier": "extended",
        "accountabilities": ["Recruitment, contracts and employee relations"],
        "line_manager": "Finance Director",
    },
    {
        "title": "Unite Workplace Representative",
        "department": "Staff",
        "tier": "consultative",
        "accountabilities": [
            "Consulted on shifts and new ways of working in the brewery",
            "Owns no delivery work",
        ],
        "line_manager": "HR Business Partner",
    },
    {
        "title": "Chair, Licensees' Forum",
        "department": "Pubs",
        "tier": "consultative",
        "accountabilities": [
            "Consulted on changes that affect tenants and pub managers",
            "Owns no delivery work",
        ],
        "line_manager": "Director of Pubs",
    },
]

TOLLGATE = {
    "governance/programme-board-charter.md": doc(
        """
        # Brewhouse to Bar Programme Board: charter

        Chair: the Managing Director, executive sponsor of Brewhouse to Bar.
        Members: Head Brewer, Director of Pubs, Free Trade Sales Manager, Head of IT and Data,
        Finance Director. The Brewhouse to Bar Programme Manager is secretary.

        ## Decision rights

        - The Programme Board takes gates G1 (canning line handover), G2 (the Project Firkin
          go/no-go) and G3 (benefits review), and releases budget within the approved plan.
        - Capital above £150,000 must go to the Board of Directors, which meets each quarter.
        - Tenants choose their own tills under their tenancy agreement, so a change of till in a tenanted pub must be agreed with its tenant.
        - The Licensees' Forum is consulted on changes that affect pubs, and Unite on shift
          changes in the brewery.

        ## Cadence

        Monthly. The Finance Committee reviews programme spend each quarter.
        """
    ),
    "systems/systems-inventory.md": doc(
        """
        # Systems inventory (IT and Data, November 2027)

        | System | Use | Notes |
        |---|---|---|
        | BrewTrak | Brewery ERP: brew records, orders, beer duty and brewery stock | Its supplier ends support for our version in March 2029. |
        | Pub tills | Sales in the pubs | The 40 pubs run three different till systems, bought pub by pub over the years. |
        | Stocktaking | Wet and dry stock in the pubs | A visiting stocktaker counts each pub every eight weeks, and the results reach the Director of Pubs a fortnight later. |
        | Tapline | Reporting warehouse (Azure SQL and Power BI), fed from BrewTrak and the stocktakers' files | |
        | Sales desk | Free-trade orders | Free-trade orders arrive by phone and email at a sales desk of three, open weekdays from 8am to 4pm. |
        | Xero | Finance | |
        | Pub broadband | Tills and Wi-Fi | 26 of our 40 pubs connect over a domestic broadband line. |

        The brewery's mains water meter is read once a month, so water per brew is an estimate.
        """
    ),
    "measures/metric-definitions.md": doc(
        """
        # Metric definitions

        | Metric | Definition | Owner | Baseline 2026 |
        |---|---|---|---|
        | Own-line cans | Cans filled on the Tollgate line in the calendar year | Packaging and Engineering Manager | 0 |
        | Cask Marque pubs | Pubs holding current Cask Marque accreditation | Cask Quality Manager | 11 of 40 |
        | Wet stock loss | Beer delivered to a managed pub's cellar and not rung through its till / beer delivered | Retail Operations Manager | 5.8% |
        | App order share | Free-trade orders placed in the trade-sales app / all free-trade orders | Free Trade Sales Manager | 0% |
        | Water ratio | Litres of mains water per litre of beer sold | Head Brewer | 6.1 |
        | Cellar apprentices | Cellar apprentices completing the Level 2 standard | Training and Apprenticeships Manager | 0 |

        Cask Marque assessors visit each pub twice a year, and a pub that fails waits six months for its next visit.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context for Brewhouse to Bar

        The canning line needs a three-phase supply upgrade from the district network operator, quoted at 22 weeks.
        HMRC must approve the canning line as a registered packaging point before its first fill.
        The brewery's trade effluent consent from Severn Vale Water caps discharge at 180 cubic metres a day.
        Cellar cooling at 14 pubs dates from before 2012 and lets cask beer rise above 13°C on hot days.

        ## People

        The apprenticeship levy covers 8 cellar apprentices a year, and any more come out of pub budgets.

        The Tollgate Cellar School, run by the Training and Apprenticeships Manager, trains
        cellar staff and pub managers all year and holds a licence to teach Cask Marque's
        cellar course.
        """
    ),
}

WHEATFOLD_ROSTER_MD = doc(
    """
    # Growing Together 2030: who does what

    Structure chart for the programme, October 2027. Tiers: core (owns work), extended
    (consulted early, then informed), consultative (consulted only).

    ## Executive

    - **Chief Executive** — Executive · core — Executive sponsor of Growing Together 2030; chairs the Programme Board and takes gate papers to the Members' Board.
    - **Growing Together Programme Manager** — Executive · core — Runs the programme plan, risk log and gate papers, and is secretary to the Programme Board.

    ## Operations

    - **Operations Director** — Operations · core — Runs the four stores, intake, drying and storage, and owns the storage and intake measures.
    - **Store Manager, Thornby** — Operations · core — Runs Thornby store and leads the Thornby pilot on site.
    - **Store Manager, Hollins** — Operations · extended — Runs Hollins store and its dryers through harvest.
    - **Quality and Laboratory Manager** — Operations · core — Runs intake testing, the Hollins laboratory and grading disputes.
    - **Energy and Engineering Manager** — Operations · core — Owns dryers, silos and fans, and leads the biomass drying plant from design to handover.
    - **Health and Safety Advisor** — Operations · extended — Advises on silo entry, grain dust and work at height.

    ## Trading and members

    - **Head of Grain Marketing** — Trading · core — Sells members' grain through the pools and sets pool prices.
    - **Member Services Manager** — Members · core — Handles member contracts, payment queries and the member portal's take-up.
    - **Head of Agronomy and Advice** — Members · core — Leads the advisory service on regenerative practice and the demonstration farms.
    - **Communications Officer** — Members · extended — Writes the member newsletter and the market briefing.

    ## People, finance and data

    - **Training and Development Manager** — People · core — Runs the Wheatfold Skills Programme for intake, drying and laboratory staff.
    - **Finance Director** — Finance · core — Owns budgets, the capital plan, grants and the member payment runs.
    - **IT and Data Manager** — Finance · core — Owns GrainLedger, WeighPoint, the Wheatfold Data Barn and the portal build.

    ## Consulted

    - **Chair, Members' Council** — Governance · consultative — Consulted on pooling, payment and membership rules; owns no delivery work.
    - **Unite Site Representative** — Staff · consultative — Consulted on rotas and changes to store work; owns no delivery work.
    """
)

WHEATFOLD = {
    "people/growing-together-structure.md": WHEATFOLD_ROSTER_MD,
    "governance/programme-board-terms-of-reference.md": doc(
        """
        # Growing Together Programme Board: terms of reference

        Chair: the Chief Executive, executive sponsor of Growing Together 2030.
        Members: Operations Director, Finance Director, Head of Grain Marketing, Member Services
        Manager, Energy and Engineering Manager and IT and Data Manager. The Growing Together
        Programme Manager is secretary.

        ## Decision rights

        | Decision | Who decides |
        |---|---|
        | Gates G1 (Thornby go/no-go), G2 (dryer handover) and G3 (members' review) | The Members' Board, on the Chief Executive's recommendation; the Chief Executive answers for each gate paper |
        | Budget release within the approved plan | Programme Board |
        | Capital | Capital above £500,000 must go to the Members' Board, which meets six times a year. |
        | Pooling and payment rules | Any change to pooling or payment rules must go to the Members' Council before the Members' Board decides it. |

        The Members' Council and Unite are consulted; neither takes delivery work.

        ## Cadence

        Monthly. The Audit and Risk Committee reviews programme spend every quarter.
        """
    ),
    "systems/systems-inventory.md": doc(
        """
        # Systems inventory (IT and Data, September 2027)

        | System | Use | Notes |
        |---|---|---|
        | GrainLedger | Grain accounting: member contracts, pools, intake tickets and payments | Its supplier ends support for version 7 in December 2029. |
        | WeighPoint | Weighbridge software at the four stores | |
        | Hollins laboratory | Near-infrared analyser for protein and moisture, and Hagberg testing | Samples from Thornby, Easby and Marsh Lane travel to Hollins by van each evening, so members at those stores learn their grade the next day. |
        | Silo temperature cables | Grain temperature in store | Cables are fitted in 18 of our 64 silos, and store staff read them with a hand-held probe once a week. |
        | Wheatfold Data Barn | Reporting warehouse (PostgreSQL with Power BI), fed from GrainLedger and WeighPoint | |
        | Sage 200 | Finance ledger | |

        Contracts are signed on paper at the store office and keyed into GrainLedger by the member services team.
        Member payments go out in a Bacs run every second Friday.
        Mobile coverage at Marsh Lane drops to one bar inside the silo yard.
        """
    ),
    "measures/metric-definitions.md": doc(
        """
        # Metric definitions

        | Metric | Definition | Owner | Baseline 2026/27 |
        |---|---|---|---|
        | Intake grading time | Loads graded within 20 minutes of the first weighbridge ticket / all loads | Quality and Laboratory Manager | 55% |
        | Downgraded in store | Tonnes downgraded for heating, moisture or insects while in store / tonnes stored | Operations Director | 1.9% |
        | Biomass heat share | Drying heat from biomass / all drying heat | Energy and Engineering Manager | 0% |
        | Prompt payment | Member payments made within 14 days of the pool sale / all payments | Finance Director | 48% |
        | Portal contracts | Contracts signed on the member portal / all contracts | Member Services Manager | 0% |
        | Regenerative plans | Member farms with a written regenerative plan agreed with an adviser | Head of Agronomy and Advice | 22 |

        Moisture is measured at intake and again when grain leaves the store.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context for Growing Together 2030

        Harvest runs from mid-July to the end of September, and store systems are frozen for changes in those weeks.
        Drying at Hollins runs at 60 tonnes an hour, and in a wet harvest lorries queue onto the main road.
        Any new building over 15 metres high needs planning consent from Wolds County Council, which has taken 16 to 26 weeks.
        The biomass boiler needs an environmental permit from the Environment Agency before it burns straw.
        The advisory service is funded by a Farming Transition grant confirmed to March 2030.

        The Wheatfold Skills Programme, run by the Training and Development Manager, trains
        intake, drying and laboratory staff before each harvest and through the winter.
        """
    ),
}


def write_org(case_dir: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the dev9 folder by default)."""
    save_pdf(
        build_redmarsh(),
        root / "redmarsh-ambulance" / "right-care-first-time-trust-board.pdf",
        "Right Care, First Time",
    )
    save(
        build_tollgate(),
        root / "tollgate-brewing" / "brewhouse-to-bar-board.pptx",
        "Tollgate Brewing Company, Managing Director's Office",
    )
    save(
        build_wheatfold(),
        root / "wheatfold-grain" / "growing-together-2030-members-board.pptx",
        "Wheatfold Grain Co-operative, Strategy Team",
    )
    write_org(
        root / "redmarsh-ambulance",
        {**REDMARSH, "people/right-care-roster.csv": excel_csv(REDMARSH_ROSTER)},
    )
    roster_json = json.dumps(TOLLGATE_ROSTER, indent=2, ensure_ascii=False) + "\n"
    write_org(root / "tollgate-brewing", {**TOLLGATE, "people/roster.json": roster_json})
    write_org(root / "wheatfold-grain", WHEATFOLD)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
