# mypy: disable-error-code="union-attr,arg-type,assignment"
"""Build the blind6 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/blind6/build_blind6.py

Writes, under ``evals/blind6/<name>/``, each case's deck and its ``org/`` folder:

- ``hollinsbrook-care``: PDF (fpdf2) in the shape of a slide deck exported to PDF: 16:9 pages,
  headline sentences as titles, section-divider pages, and multi-column text and tables drawn
  line by line across their columns, so that a text reader meets them interleaved;
- ``ravensworth-athletic``: PPTX (python-pptx) in a designer's style: question titles in free
  text boxes, "PART" divider slides, a hub-and-spoke diagram of grouped shapes and connectors,
  coded initiatives, a bar layout of shapes whose values are separate text boxes, a
  match-clock timeline, and speaker notes holding part of the content;
- ``corvane-aerotechnic``: PPTX in a consultancy's style: action titles in title placeholders,
  a "From -> To" table, workstream charters as native tables, a Gantt of bars under month
  labels, source lines and a "Draft for discussion" sticker.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX files, a fixed creation date (and so a fixed file ID) in the PDF, and org text held as
literal strings below.

This is a BLIND set (split "blind6"): nothing is ever tuned on it. See evals/blind6/README.md.
"""

from __future__ import annotations

import csv
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
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 2, 11, 9, 45, 0)
FIXED_W3C = "2027-02-11T09:45:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 9, 30, 16, 5, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

TITLE_SLIDE, TITLE_ONLY, BLANK = 0, 5, 6
WHITE = RGBColor(0xFF, 0xFF, 0xFF)


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


# =========================================================================== PPTX kit


def new_deck() -> PresentationType:
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    return prs


def write_lines(
    frame,
    lines: Sequence[str],
    size: int | None = None,
    bold: bool = False,
    color: RGBColor | None = None,
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
                run.font.color.rgb = color


def text_box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: int = 16,
    bold: bool = False,
    color: RGBColor | None = None,
):
    """A free text box on a slide's (or a group's) shape tree."""
    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    write_lines(box.text_frame, lines, size, bold, color)
    return box


def panel(
    shapes,
    kind,
    left: float,
    top: float,
    width: float,
    height: float,
    fill: RGBColor | None,
    lines: Sequence[str] = (),
    size: int = 12,
    bold: bool = False,
    color: RGBColor | None = None,
    outline: RGBColor | None = None,
):
    """A filled autoshape; its own text frame holds ``lines`` (empty for a plain panel)."""
    shp = shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
    if fill is None:
        shp.fill.background()
    else:
        shp.fill.solid()
        shp.fill.fore_color.rgb = fill
    if outline is None:
        shp.line.fill.background()
    else:
        shp.line.color.rgb = outline
        shp.line.width = Pt(1.25)
    if lines:
        write_lines(shp.text_frame, lines, size, bold, color)
    else:
        shp.text_frame.text = ""
    return shp


def native_table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    top: float,
    widths: Sequence[float],
    left: float = 0.6,
    size: int = 12,
    row_h: float = 0.42,
    header_fill: RGBColor | None = None,
) -> None:
    tbl_shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(int(Inches(row_h) * len(rows))),
    )
    for c, w in enumerate(widths):
        tbl_shape.table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = tbl_shape.table.cell(r, c)
            cell.text = value
            if r == 0 and header_fill is not None:
                cell.fill.solid()
                cell.fill.fore_color.rgb = header_fill
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0


def notes(slide: Slide, lines: Sequence[str]) -> None:
    """Speaker notes, one paragraph a line."""
    frame = slide.notes_slide.notes_text_frame
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line


def background(slide: Slide, rgb: RGBColor) -> None:
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = rgb


def save(prs: PresentationType, path: Path, author: str, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.title = title
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# =========================================================================== PDF kit (fpdf2)
# Hollinsbrook's deck reaches the Board as a PDF exported from slides: 16:9 pages of
# 960 x 540 pt. A thin plum rule runs across the top, a section tag sits above a headline
# sentence, and a footer line and the page number sit at the foot. Text in columns and in
# tables is written line by line across the columns, as a slide export often does, so a text
# reader meets the columns interleaved. Core Helvetica only (Latin-1 text).

PAGE_W, PAGE_H = 960.0, 540.0
MARGIN = 48.0
BODY_W = PAGE_W - 2 * MARGIN
PLUM = (84, 38, 88)
ROSE = (214, 120, 120)
STONE = (244, 240, 236)
INK = (33, 33, 33)
GREY = (110, 110, 110)
CARE_FOOTER = "Hollinsbrook Care Trust  |  Closer Care 2030  |  Board of Trustees, 14 October 2027"


class SlideExportPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="pt", format=(PAGE_H, PAGE_W))
        self.set_auto_page_break(False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("Microsoft PowerPoint for Microsoft 365")
        self.set_creator("Microsoft PowerPoint for Microsoft 365")
        self.set_author("Hollinsbrook Care Trust")

    # ---------------------------------------------------------------- text primitives
    def wrap(self, text: str, width: float, size: float, style: str = "") -> list[str]:
        """Greedy word wrap to ``width`` points at the given font (the lines a slide shows)."""
        self.set_font("helvetica", style, size)
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if self.get_string_width(trial) <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        return lines

    def put(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        style: str = "",
        color: tuple[int, int, int] = INK,
    ) -> None:
        self.set_font("helvetica", style, size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.cell(0, size * 1.2, text)

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 15,
        style: str = "",
        color: tuple[int, int, int] = INK,
        leading: float = 1.3,
    ) -> float:
        """A wrapped paragraph; returns the y under it."""
        for line in self.wrap(text, width, size, style):
            self.put(x, y, line, size, style, color)
            y += size * leading
        return y

    def bullets(
        self,
        items: Sequence[str],
        y: float,
        x: float = MARGIN,
        width: float = BODY_W,
        size: float = 15,
        gap: float = 7,
        numbered: bool = False,
    ) -> float:
        for n, item in enumerate(items, start=1):
            if numbered:
                self.set_fill_color(*PLUM)
                self.rect(x, y + 1, 18, 18, style="F")
                self.put(x + 4.5 if n < 10 else x + 1, y + 1.5, str(n), 12, "B", (255, 255, 255))
            else:
                self.set_fill_color(*ROSE)
                self.rect(x + 3, y + size * 0.45, 6, 6, style="F")
            y = self.para(x + 28, y, width - 28, item, size) + gap
        return y

    def columns(
        self,
        cols: Sequence[Sequence[tuple[str, float, str]]],
        x: float,
        y: float,
        col_w: float,
        gutter: float = 24,
        leading: float = 1.3,
        heads: Sequence[tuple[int, int, int]] | None = None,
    ) -> float:
        """Columns of (text, size, style) paragraphs, written line by line ACROSS the columns
        (row-major), as a slide export does with a multi-column text frame."""
        laid: list[list[tuple[str, float, str]]] = []
        for col in cols:
            lines: list[tuple[str, float, str]] = []
            for text, size, style in col:
                if not text:
                    lines.append(("", size, style))
                    continue
                for line in self.wrap(text, col_w, size, style):
                    lines.append((line, size, style))
            laid.append(lines)
        depth = max(len(c) for c in laid)
        row_y = y
        for i in range(depth):
            size_here = max((c[i][1] for c in laid if i < len(c)), default=14)
            for c, lines in enumerate(laid):
                if i < len(lines) and lines[i][0]:
                    text, size, style = lines[i]
                    color = PLUM if "B" in style else INK
                    self.put(x + c * (col_w + gutter), row_y, text, size, style, color)
            row_y += size_here * leading
        return row_y

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        y: float,
        size: float = 13,
        x: float = MARGIN,
        pad: float = 6,
    ) -> float:
        """A table whose cells wrap; each table row is written line by line across its cells,
        so a wrapped cell interleaves with its neighbours in extracted text."""
        for r, row in enumerate(rows):
            style = "B" if r == 0 else ""
            wrapped = [
                self.wrap(v, w - 2 * pad, size, style) for v, w in zip(row, widths, strict=False)
            ]
            depth = max(len(w) for w in wrapped)
            height = depth * size * 1.25 + 2 * pad
            if r == 0:
                self.set_fill_color(*PLUM)
                self.rect(x, y, sum(widths), height, style="F")
            elif r % 2 == 0:
                self.set_fill_color(*STONE)
                self.rect(x, y, sum(widths), height, style="F")
            for i in range(depth):
                cx = x
                for lines, w in zip(wrapped, widths, strict=False):
                    if i < len(lines):
                        color = (255, 255, 255) if r == 0 else INK
                        self.put(cx + pad, y + pad + i * size * 1.25, lines[i], size, style, color)
                    cx += w
            y += height
        return y

    # ---------------------------------------------------------------- page furniture
    def cover(self, lines: Sequence[tuple[str, float, str]]) -> None:
        self.add_page()
        self.set_fill_color(*PLUM)
        self.rect(0, 0, PAGE_W, PAGE_H, style="F")
        self.set_fill_color(*ROSE)
        self.rect(MARGIN, 150, 90, 6, style="F")
        y = 175.0
        for text, size, style in lines:
            y = self.para(MARGIN, y, 760, text, size, style, (255, 255, 255), 1.25) + 10

    def divider(self, number: str, name: str, strap: str) -> None:
        self.add_page()
        self.set_fill_color(*STONE)
        self.rect(0, 0, PAGE_W, PAGE_H, style="F")
        self.set_fill_color(*PLUM)
        self.rect(0, 0, 300, PAGE_H, style="F")
        self.put(60, 200, number, 96, "B", (255, 255, 255))
        self.put(340, 215, name, 40, "B", PLUM)
        self.para(340, 275, 560, strap, 18, "", INK)
        self.footer_line()

    def content(self, tag: str, headline: str) -> float:
        """Top rule, section tag, headline sentence; returns the y under the headline."""
        self.add_page()
        self.set_fill_color(*PLUM)
        self.rect(0, 0, PAGE_W, 8, style="F")
        self.put(MARGIN, 28, tag, 11, "B", ROSE)
        y = self.para(MARGIN, 48, BODY_W, headline, 26, "B", PLUM, 1.2)
        self.footer_line()
        return y + 14

    def footer_line(self) -> None:
        self.put(MARGIN, PAGE_H - 30, CARE_FOOTER, 9, "", GREY)
        self.put(PAGE_W - MARGIN - 20, PAGE_H - 30, str(self.page_no()), 9, "B", GREY)

    def tiles(self, items: Sequence[tuple[str, str, str]], y: float) -> float:
        """Big figure, label, 'by ... from ...' line: four tiles in a row. The row is written
        line by line across the tiles."""
        n = len(items)
        gutter = 16.0
        w = (BODY_W - gutter * (n - 1)) / n
        self.set_fill_color(*STONE)
        for i in range(n):
            self.rect(MARGIN + i * (w + gutter), y, w, 118, style="F")
        cols = [[(big, 30, "B"), (label, 13, ""), (base, 11, "I")] for big, label, base in items]
        self.columns(cols, MARGIN + 12, y + 12, w - 24, gutter + 24, leading=1.35)
        return y + 118 + 18


def save_pdf(pdf: SlideExportPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Hollinsbrook Care


def build_hollinsbrook() -> SlideExportPDF:
    pdf = SlideExportPDF()
    # 1 cover
    pdf.cover(
        [
            ("HOLLINSBROOK CARE TRUST", 14, "B"),
            ("Closer Care 2030", 54, "B"),
            ("Our care quality and workforce plan, October 2027 to March 2030", 20, ""),
            ("Board of Trustees  |  14 October 2027  |  Paper BT/27/41", 14, ""),
            (
                "Presented by the Director of Operations and the Director of Care Quality and "
                "Nursing",
                14,
                "",
            ),
        ]
    )
    # 2 summary
    y = pdf.content(
        "EXECUTIVE SUMMARY",
        "Closer Care 2030 makes our homes safer, steadier and more open to families in 30 months",
    )
    y = pdf.tiles(
        [
            ("0.3", "medication errors per 1,000 doses", "by March 2030, from 0.9"),
            ("7.0", "falls per 1,000 bed days", "by March 2030, from 9.8"),
            ("5%", "of care hours from agencies", "by March 2029, from 17%"),
            ("14 of 14", "homes rated Good or better", "by March 2030, from 10"),
        ],
        y,
    )
    pdf.bullets(
        [
            "Four cornerstones: Safer medicines, Fewer falls, A settled workforce, Families in "
            "the loop.",
            "Project Kestrel tests eMAR and night-time acoustic monitoring at Alder House and "
            "Brook Lodge from April 2028.",
            "Three tranches from October 2027 to March 2030, each opened by the Board at a gate.",
            "We ask the Board to approve the plan and release £2.9m for Tranches 1 and 2.",
        ],
        y,
        size=14,
        gap=5,
    )
    # 3 divider
    pdf.divider(
        "01",
        "Where we stand",
        "Our homes, the people who live and work in them, and the pressures around us",
    )
    # 4 current state (two columns, interleaved)
    y = pdf.content(
        "01  WHERE WE STAND",
        "Residents are well cared for, but medicines and falls still go wrong too often",
    )
    pdf.columns(
        [
            [
                ("Our homes today", 17, "B"),
                ("14 homes in Wyvern Vale: 9 residential and 5 nursing, 742 beds.", 15, ""),
                ("", 8, ""),
                ("1,260 colleagues, 74 of them registered nurses.", 15, ""),
                ("", 8, ""),
                ("The CQC rates 10 homes Good and 4 Requires Improvement.", 15, ""),
                ("", 8, ""),
                ("Beds were filled 86% of the time in 2026/27.", 15, ""),
            ],
            [
                ("What went wrong in 2026/27", 17, "B"),
                ("0.9 medicines errors reached a resident for every 1,000 doses given.", 15, ""),
                ("", 8, ""),
                ("Residents fell 9.8 times for every 1,000 days they spent with us.", 15, ""),
                ("", 8, ""),
                ("We sent residents to A&E 412 times, 2.4 per 1,000 bed days.", 15, ""),
                ("", 8, ""),
                ("Agency staff worked 17% of care hours, and 38% of care workers left us.", 15, ""),
            ],
        ],
        MARGIN,
        y + 6,
        (BODY_W - 40) / 2,
        40,
    )
    # 5 context
    y = pdf.content(
        "01  WHERE WE STAND",
        "Pay rises faster than fees, and the rules on staffing and inspection have changed",
    )
    pdf.bullets(
        [
            "The National Living Wage rose 6.7% in April 2027; pay is 68% of our costs.",
            "Wyvern Vale Council raised its residential fee by 4.2% for 2027/28.",
            "The CQC now inspects against its single assessment framework, scoring each "
            "quality statement.",
            "Care workers recruited from overseas may no longer bring dependants to the UK.",
            "The local hospitals ran above 95% bed occupancy through the winter of 2026/27.",
            "Two new care homes with 150 beds between them opened within ten miles of Ludbury "
            "in 2026.",
        ],
        y,
    )
    # 6 quotes (two columns, interleaved)
    y = pdf.content(
        "01  WHERE WE STAND", "Residents, families and colleagues told us the same things"
    )
    pdf.columns(
        [
            [
                ('"I wait for my tablets while the nurse hunts for the chart."', 16, "I"),
                ("Resident, Brook Lodge", 12, "B"),
                ("", 10, ""),
                ('"We hear about a fall when we next visit, days later."', 16, "I"),
                ("Daughter of a resident, Ashcombe Court", 12, "B"),
            ],
            [
                (
                    '"Every night shift I cover with agency, I spend an hour showing them round."',
                    16,
                    "I",
                ),
                ("Senior carer, Holly Bank", 12, "B"),
                ("", 10, ""),
                ('"Most of the falls I review happen between 2am and 6am."', 16, "I"),
                ("Falls Prevention Lead", 12, "B"),
            ],
        ],
        MARGIN,
        y + 10,
        (BODY_W - 40) / 2,
        40,
    )
    # 7 divider
    pdf.divider(
        "02",
        "Where we are going",
        "Our north star, four cornerstones and the measures the Board will see",
    )
    # 8 north star
    y = pdf.content("02  WHERE WE ARE GOING", "Our north star")
    y = pdf.para(
        MARGIN,
        y + 10,
        BODY_W,
        "Every resident lives well, safely and as themselves.",
        30,
        "B",
        PLUM,
    )
    pdf.set_fill_color(*STONE)
    pdf.rect(MARGIN, y + 24, BODY_W, 120, style="F")
    pdf.put(MARGIN + 20, y + 38, "BY MARCH 2030", 12, "B", ROSE)
    yy = pdf.para(
        MARGIN + 20,
        y + 60,
        BODY_W - 40,
        "By March 2030, all 14 Hollinsbrook homes will be rated Good or Outstanding by the CQC.",
        20,
        "B",
        INK,
    )
    pdf.para(MARGIN + 20, yy + 6, BODY_W - 40, "Today 10 of our 14 homes hold that rating.", 14)
    # 9 cornerstones (four columns, interleaved)
    y = pdf.content("02  WHERE WE ARE GOING", "Four cornerstones carry the plan")
    col_w = (BODY_W - 3 * 24) / 4
    for i in range(4):
        pdf.set_fill_color(*STONE)
        pdf.rect(MARGIN + i * (col_w + 24) - 8, y, col_w + 16, 330, style="F")
    pdf.columns(
        [
            [
                ("1", 28, "B"),
                ("Safer medicines", 17, "B"),
                ("Errors reaching a resident down to 0.3 per 1,000 doses", 13, "I"),
                ("", 8, ""),
                ("eMAR on every round", 13, ""),
                ("A pharmacist's audit each month", 13, ""),
                ("New protocols for as-needed medicines", 13, ""),
            ],
            [
                ("2", 28, "B"),
                ("Fewer falls", 17, "B"),
                ("Falls down to 7.0 per 1,000 bed days", 13, "I"),
                ("", 8, ""),
                ("Acoustic monitoring at night", 13, ""),
                ("A falls huddle after every fall", 13, ""),
                ("Strength and balance sessions", 13, ""),
            ],
            [
                ("3", 28, "B"),
                ("A settled workforce", 17, "B"),
                ("Agency down to 5% of care hours", 13, "I"),
                ("", 8, ""),
                ("Our own relief bank", 13, ""),
                ("Self-rostering", 13, ""),
                ("A career path for senior carers", 13, ""),
            ],
            [
                ("4", 28, "B"),
                ("Families in the loop", 17, "B"),
                ("85% of families rate our communication good or very good", 13, "I"),
                ("", 8, ""),
                ("The family app in every home", 13, ""),
                ("A call within two hours", 13, ""),
                ("Care plan reviews with families", 13, ""),
            ],
        ],
        MARGIN,
        y + 12,
        col_w,
        24,
    )
    # 10 cornerstones 1 and 2 (table, interleaved when cells wrap)
    y = pdf.content(
        "02  WHERE WE ARE GOING", "Cornerstones 1 and 2: safer medicines and fewer falls"
    )
    pdf.grid(
        [
            ["Initiative", "Lead", "Lands in"],
            [
                "1.1  eMAR in all 14 homes, replacing printed MAR charts",
                "Medicines Safety Lead",
                "Tranche 2 and 3",
            ],
            [
                "1.2  A pharmacist's medicines audit in every home each month",
                "Medicines Safety Lead",
                "Tranche 1",
            ],
            [
                "1.3  Protocols for as-needed and covert medicines rewritten and signed off by GPs",
                "Director of Care Quality and Nursing",
                "Tranche 1",
            ],
            [
                "2.1  Acoustic monitoring in every bedroom from 10pm to 7am",
                "Falls Prevention Lead",
                "Tranche 2 and 3",
            ],
            [
                "2.2  A falls huddle within 24 hours of every fall",
                "Falls Prevention Lead",
                "Tranche 1",
            ],
            [
                "2.3  Strength and balance sessions three times a week in every home",
                "Falls Prevention Lead",
                "Tranche 2",
            ],
            [
                "2.4  RESTORE2 soft-signs checks on every shift, shared with the GP ward round",
                "Director of Care Quality and Nursing",
                "Tranche 2",
            ],
        ],
        [560, 220, 84],
        y,
        size=13,
    )
    # 11 cornerstones 3 and 4
    y = pdf.content(
        "02  WHERE WE ARE GOING",
        "Cornerstones 3 and 4: a settled workforce and families in the loop",
    )
    pdf.grid(
        [
            ["Initiative", "Lead", "Lands in"],
            [
                "3.1  A Hollinsbrook relief bank of 120 care workers to replace agency shifts",
                "Head of People",
                "Tranche 1 and 2",
            ],
            [
                "3.2  Self-rostering in RotaPoint for every home",
                "Head of People",
                "Tranche 2",
            ],
            [
                "3.3  A senior carer career path through the nursing associate apprenticeship",
                "Learning Centre Manager",
                "Tranche 2",
            ],
            [
                "3.4  A twelve-week buddy for every new starter",
                "Learning Centre Manager",
                "Tranche 1",
            ],
            [
                "4.1  The CareLedger Family app switched on in every home",
                "Family Liaison and Communications Manager",
                "Tranche 2",
            ],
            [
                "4.2  Families told of any fall or hospital transfer within two hours",
                "Registered managers",
                "Tranche 1",
            ],
            [
                "4.3  A care plan review with each family every six months",
                "Registered managers",
                "Tranche 2",
            ],
            [
                "4.4  The family survey twice a year, online and on paper",
                "Family Liaison and Communications Manager",
                "Tranche 2",
            ],
        ],
        [560, 220, 84],
        y,
        size=13,
    )
    # 12 KPI table
    y = pdf.content("02  WHERE WE ARE GOING", "Seven measures tell the Board whether it is working")
    y = pdf.grid(
        [
            ["Measure", "2026/27", "Target", "By"],
            [
                "Medication errors reaching a resident per 1,000 administrations",
                "0.9",
                "0.3",
                "March 2030",
            ],
            ["Falls per 1,000 occupied bed days", "9.8", "7.0", "March 2030"],
            [
                "Unplanned hospital admissions per 1,000 occupied bed days",
                "2.4",
                "1.6",
                "March 2029",
            ],
            ["Share of care hours worked by agency staff", "17%", "5%", "March 2029"],
            ["Care worker turnover in the year", "38%", "25%", "March 2030"],
            ["Families rating our communication good or very good", "58%", "85%", "March 2029"],
            ["Average occupancy across the 14 homes", "86%", "93%", "March 2030"],
        ],
        [520, 110, 110, 124],
        y,
        size=14,
    )
    pdf.para(
        MARGIN,
        y + 12,
        BODY_W,
        "Baselines are for April 2026 to March 2027. Each target is for the financial year "
        "ending in the month shown.",
        11,
        "I",
        GREY,
    )
    # 13 divider
    pdf.divider(
        "03",
        "How we get there",
        "Tranches and gates, Project Kestrel, the first 100 days, money, risks and decisions",
    )
    # 14 roadmap (table, interleaved)
    y = pdf.content("03  HOW WE GET THERE", "Three tranches, each opened by the Board at a gate")
    pdf.grid(
        [
            ["Tranche", "When", "What lands", "Gate"],
            [
                "Tranche 1: Steady the base",
                "October 2027 to March 2028",
                "Programme team and baselines; relief bank opens; falls huddles; medicines "
                "audits; Kestrel set up at two homes",
                "Gate 1, March 2028: Kestrel may start",
            ],
            [
                "Tranche 2: Prove and spread",
                "FY2028/29 (April 2028 to March 2029)",
                "Project Kestrel; eMAR and acoustic monitoring in seven homes; self-rostering; "
                "the family app",
                "Gate 2, March 2029: release of Tranche 3 funding",
            ],
            [
                "Tranche 3: Every home",
                "FY2029/30 (April 2029 to March 2030)",
                "eMAR and acoustic monitoring in all 14 homes; CareLedger in the last three "
                "homes; the CQC re-inspections",
                "Gate 3, March 2030: hand over to business as usual",
            ],
        ],
        [190, 200, 300, 174],
        y + 4,
        size=13,
    )
    # 15 pilot (two columns, interleaved)
    y = pdf.content(
        "03  HOW WE GET THERE",
        "Project Kestrel proves eMAR and night-time listening in two homes before we spread them",
    )
    y = pdf.columns(
        [
            [
                ("Scope", 17, "B"),
                ("Alder House, Ludbury (nursing, 64 beds)", 14, ""),
                ("Brook Lodge, Hensford (residential, 48 beds)", 14, ""),
                ("April to September 2028", 14, ""),
                ("MedStream eMAR on every medicines round", 14, ""),
                ("Acoustic monitoring in every bedroom, 10pm to 7am", 14, ""),
                ("A falls huddle within 24 hours of every fall", 14, ""),
            ],
            [
                ("Success criteria, September 2028", 17, "B"),
                ("Medication errors below 0.4 per 1,000 administrations", 14, ""),
                ("Night-time falls down by a quarter on April to September 2027", 14, ""),
                ("Daytime falls no higher than in 2027", 14, ""),
                ("Nine night staff in ten say the alerts help them", 14, ""),
                ("Families told of every fall within two hours", 14, ""),
            ],
        ],
        MARGIN,
        y + 4,
        (BODY_W - 40) / 2,
        40,
    )
    pdf.set_fill_color(*PLUM)
    pdf.rect(MARGIN, y + 18, BODY_W, 44, style="F")
    pdf.put(
        MARGIN + 16,
        y + 30,
        "Go/no-go: the Closer Care Board decides in October 2028 whether Kestrel spreads to "
        "five more homes.",
        15,
        "B",
        (255, 255, 255),
    )
    # 16 first 100 days
    y = pdf.content(
        "03  HOW WE GET THERE",
        "In the first 100 days we put the team, the baselines and the relief bank in place",
    )
    pdf.bullets(
        [
            "Appoint the Closer Care Programme Manager and hold the first Closer Care Board",
            "Agree the 2026/27 baselines for the seven measures with the Finance Director",
            "Sign the MedStream eMAR contract for all 14 homes",
            "Open the relief bank and recruit the first 40 relief care workers",
            "Start the 60-day consultation with the Staff Forum on self-rostering",
            "Survey bedroom Wi-Fi coverage at Alder House and Brook Lodge",
            "Write the Kestrel pilot charter with the Registered Manager of Alder House",
            "Move Ashcombe Court's care plans onto CareLedger",
        ],
        y,
        size=15,
        gap=6,
        numbered=True,
    )
    # 17 investment
    y = pdf.content(
        "03  HOW WE GET THERE",
        "£4.6m over three years, paid back by lower agency spend by FY2030/31",
    )
    y = pdf.grid(
        [
            ["", "FY2027/28", "FY2028/29", "FY2029/30", "Total"],
            [
                "Capital: eMAR devices, acoustic monitoring, Wi-Fi",
                "£0.2m",
                "£0.9m",
                "£1.0m",
                "£2.1m",
            ],
            ["Revenue: licences, relief bank, programme team", "£0.6m", "£1.2m", "£0.7m", "£2.5m"],
            ["Agency spend avoided", "£0.1m", "£1.1m", "£2.3m", "£3.5m"],
        ],
        [404, 115, 115, 115, 115],
        y + 4,
        size=14,
    )
    pdf.bullets(
        [
            "Agency spend falls by £2.3m a year at full run rate from FY2029/30.",
            "Tranche 3 funding of £1.7m is released at Gate 2.",
        ],
        y + 18,
        size=14,
    )
    # 18 risks (table, interleaved)
    y = pdf.content("03  HOW WE GET THERE", "Five risks could knock the plan off course")
    pdf.grid(
        [
            ["Risk", "Likelihood", "Mitigation"],
            [
                "Wi-Fi in older wings cannot carry acoustic monitoring",
                "High",
                "Survey coverage in the first 100 days; fund access points in Tranche 2",
            ],
            [
                "Night staff see acoustic monitoring as surveillance",
                "Medium",
                "Co-design alert rules with night staff and the Staff Forum",
            ],
            [
                "The pharmacy contract ties us to printed MAR charts until 2029",
                "Medium",
                "Agree an eMAR data feed with Wyvern Pharmacy Services at the 2028 review",
            ],
            [
                "Relief bank workers drift back to agencies",
                "Medium",
                "Pay bank shifts weekly, at the agency rate less the agency margin",
            ],
            [
                "A poor inspection mid-plan pulls managers away",
                "Low",
                "Keep a quality support team of two for homes at risk",
            ],
        ],
        [330, 110, 424],
        y + 4,
        size=13,
    )
    # 19 governance
    y = pdf.content(
        "03  HOW WE GET THERE",
        "The Closer Care Board steers the plan, and the Trustees take the gates",
    )
    pdf.bullets(
        [
            "The Director of Operations sponsors Closer Care 2030 and chairs the Closer Care "
            "Board, monthly.",
            "The Closer Care Programme Manager runs the plan, the risk log and benefits tracking.",
            "The Quality and Safety Committee reviews the medicines and falls measures each "
            "quarter.",
            "The Staff Forum and the Residents' and Relatives' Council are consulted before "
            "each gate.",
            "Trustees approve each gate and any spend above £250,000.",
        ],
        y,
    )
    # 20 asks
    y = pdf.content("03  HOW WE GET THERE", "We ask the Board of Trustees to")
    pdf.bullets(
        [
            "Approve Closer Care 2030 and its seven measures.",
            "Release £2.9m for Tranches 1 and 2.",
            "Note the consultation with the Staff Forum on self-rostering.",
            "Name a trustee to champion Families in the loop.",
        ],
        y,
        size=18,
        gap=10,
    )
    return pdf


# =========================================================================== Ravensworth Athletic
# A designer's deck: every slide on a blank layout; an eyebrow ("PART TWO  |  THE GAME PLAN"),
# a question as the title, an amber rule, a two-digit slide number top right and a footer.
# Divider slides are navy. Some content sits in the speaker notes.

NAVY = RGBColor(0x13, 0x22, 0x3F)
AMBER = RGBColor(0xF2, 0xA9, 0x00)
SKY = RGBColor(0xE8, 0xEE, 0xF6)
SLATE = RGBColor(0x55, 0x60, 0x70)
BAR_GREY = RGBColor(0xB8, 0xC0, 0xCC)
CLUB_FOOTER = (
    "Ravensworth Athletic FC  \u00b7  Full Stand 2030  \u00b7  Club Board  \u00b7  Private"
)


def club_slide(prs: PresentationType, eyebrow: str, question: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(slide.shapes, 0.6, 0.35, 9.0, 0.35, [eyebrow], size=11, bold=True, color=AMBER)
    text_box(slide.shapes, 0.6, 0.7, 11.2, 0.9, [question], size=28, bold=True, color=NAVY)
    panel(slide.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.55, 1.2, 0.06, AMBER)
    text_box(
        slide.shapes,
        12.1,
        0.35,
        0.8,
        0.4,
        [f"{len(prs.slides):02d}"],
        size=14,
        bold=True,
        color=SLATE,
    )
    text_box(slide.shapes, 0.6, 7.0, 9.0, 0.3, [CLUB_FOOTER], size=9, color=SLATE)
    return slide


def club_divider(prs: PresentationType, part: str, name: str, strap: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    background(slide, NAVY)
    text_box(slide.shapes, 0.9, 2.3, 6.0, 0.5, [part], size=16, bold=True, color=AMBER)
    text_box(slide.shapes, 0.9, 2.8, 11.0, 1.1, [name], size=48, bold=True, color=WHITE)
    text_box(slide.shapes, 0.9, 4.0, 10.0, 0.8, [strap], size=18, color=WHITE)
    return slide


def set_piece_slide(
    prs: PresentationType,
    question: str,
    initiatives: Sequence[str],
    moves: Sequence[str],
    speaker: Sequence[str],
) -> Slide:
    s = club_slide(prs, "PART TWO  |  THE GAME PLAN", question)
    text_box(s.shapes, 0.6, 1.85, 7.6, 0.4, ["What we will do"], size=14, bold=True, color=SLATE)
    for i, line in enumerate(initiatives):
        top = 2.35 + i * 1.08
        panel(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, top, 0.08, 0.85, AMBER)
        text_box(s.shapes, 0.85, top, 7.4, 0.9, [line], size=16, color=NAVY)
    panel(
        s.shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        8.75,
        1.95,
        4.0,
        4.6,
        SKY,
        ["What it moves", *moves],
        size=15,
        color=NAVY,
    )
    notes(s, speaker)
    return s


def hub_and_spoke(slide: Slide, hub: str, spokes: Sequence[tuple[str, str]]) -> None:
    """A SmartArt-like diagram drawn as ONE group: a hub circle, four spoke cards and the
    connectors between them."""
    group = slide.shapes.add_group_shape()
    cx, cy, r = 6.67, 4.3, 1.05
    hub_shape = panel(
        group.shapes, MSO_SHAPE.OVAL, cx - r, cy - r, 2 * r, 2 * r, NAVY, [hub], 18, True, WHITE
    )
    spots = [(0.7, 1.95), (8.9, 1.95), (0.7, 4.95), (8.9, 4.95)]
    for (left, top), (head, aim) in zip(spots, spokes, strict=False):
        card = panel(
            group.shapes,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            left,
            top,
            3.75,
            1.45,
            SKY,
            outline=AMBER,
        )
        write_lines(card.text_frame, [head], 16, True, NAVY)
        para = card.text_frame.add_paragraph()
        para.text = aim
        for run in para.runs:
            run.font.size = Pt(13)
            run.font.color.rgb = SLATE
        line = group.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, 0, 0, 0, 0)
        line.begin_connect(hub_shape, 1 if top < 3 else 3)
        line.end_connect(card, 3 if left > 5 else 1)
        line.line.color.rgb = AMBER
        line.line.width = Pt(2)


KPI_BARS = [
    ("Fans in their seats by kick-off", "71%", "95%", 0.71, 0.95),
    ("Average league attendance", "11,900", "16,500", 11900 / 18400, 16500 / 18400),
    ("Season tickets renewed", "74%", "88%", 0.74, 0.88),
    ("Average half-time kiosk queue", "14 min", "5 min", 14 / 15, 5 / 15),
    ("Food and drink spend per fan", "\u00a34.10", "\u00a36.50", 4.1 / 7, 6.5 / 7),
    ("Stewards holding a level 2 spectator safety qualification", "42%", "90%", 0.42, 0.90),
    ("Fans rating their matchday 8 out of 10 or better", "52%", "75%", 0.52, 0.75),
]


def kpi_bars(slide: Slide) -> None:
    """Each measure a label box on the left, a grey baseline bar over an amber target bar, and
    the two values as separate text boxes at the bars' ends."""
    left, full = 5.2, 6.2
    panel(slide.shapes, MSO_SHAPE.RECTANGLE, left, 1.82, 0.25, 0.16, BAR_GREY)
    text_box(slide.shapes, left + 0.3, 1.72, 1.4, 0.3, ["2026/27"], size=11, color=SLATE)
    panel(slide.shapes, MSO_SHAPE.RECTANGLE, left + 1.7, 1.82, 0.25, 0.16, AMBER)
    text_box(slide.shapes, left + 2.0, 1.72, 2.2, 0.3, ["2029/30 target"], size=11, color=SLATE)
    for i, (label, base, target, fb, ft) in enumerate(KPI_BARS):
        top = 2.2 + i * 0.64
        text_box(slide.shapes, 0.6, top - 0.02, 4.5, 0.6, [label], size=13, bold=True, color=NAVY)
        panel(slide.shapes, MSO_SHAPE.RECTANGLE, left, top + 0.02, full * fb, 0.22, BAR_GREY)
        panel(slide.shapes, MSO_SHAPE.RECTANGLE, left, top + 0.28, full * ft, 0.22, AMBER)
        text_box(
            slide.shapes, left + full * fb + 0.05, top - 0.04, 1.2, 0.3, [base], 11, False, SLATE
        )
        text_box(
            slide.shapes, left + full * ft + 0.05, top + 0.22, 1.2, 0.3, [target], 11, True, NAVY
        )


def build_ravensworth() -> PresentationType:
    prs = new_deck()
    # 1 title
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    background(s, NAVY)
    panel(s.shapes, MSO_SHAPE.RECTANGLE, 0.9, 1.6, 0.12, 3.6, AMBER)
    text_box(
        s.shapes, 1.3, 1.55, 10.0, 0.4, ["RAVENSWORTH ATHLETIC FOOTBALL CLUB"], 14, True, AMBER
    )
    text_box(s.shapes, 1.3, 2.05, 11.0, 1.2, ["Full Stand 2030"], 60, True, WHITE)
    text_box(
        s.shapes,
        1.3,
        3.35,
        11.0,
        0.6,
        ["A matchday and stadium plan for The Millrace, July 2027 to June 2030"],
        20,
        False,
        WHITE,
    )
    text_box(
        s.shapes,
        1.3,
        4.2,
        11.0,
        0.9,
        ["Club Board  \u00b7  23 June 2027", "Private and confidential"],
        14,
        False,
        WHITE,
    )
    # 2 summary
    s = club_slide(prs, "SUMMARY", "What are we asking for, and why now?")
    tiles = [
        ("95%", "fans in their seats by kick-off"),
        ("16,500", "average league attendance"),
        ("5 min", "half-time kiosk queue"),
        ("90%", "stewards qualified to level 2"),
    ]
    for i, (big, label) in enumerate(tiles):
        left = 0.6 + i * 3.05
        panel(s.shapes, MSO_SHAPE.RECTANGLE, left, 1.9, 2.85, 1.75, SKY)
        text_box(s.shapes, left + 0.15, 1.98, 2.6, 0.8, [big], 36, True, NAVY)
        text_box(s.shapes, left + 0.15, 2.85, 2.6, 0.7, [label], 13, False, SLATE)
    text_box(
        s.shapes,
        0.6,
        3.72,
        12.0,
        0.3,
        ["All four targets are for the 2029/30 season."],
        11,
        False,
        SLATE,
    )
    text_box(
        s.shapes,
        0.6,
        4.2,
        12.0,
        2.6,
        [
            "Full Stand 2030 fills The Millrace by getting fans in faster, feeding them at "
            "half-time, selling every seat and keeping the ground safe.",
            "Project Floodlight trials phone entry and order-to-seat in the Kiln Road End from "
            "October 2027.",
            "Today we ask the Club Board to approve the plan and release \u00a33.4m for the "
            "Pre-season and First half.",
        ],
        16,
        False,
        NAVY,
    )
    notes(
        s,
        [
            "Open with last season's attendance chart.",
            "The plan runs in three phases named after a match: Pre-season, First half and "
            "Second half.",
        ],
    )
    # 3 divider
    club_divider(
        prs,
        "PART ONE",
        "The ground we stand on",
        "Where the club is today, and what is changing around it",
    )
    # 4 current state
    s = club_slide(prs, "PART ONE  |  THE GROUND WE STAND ON", "Where are we today?")
    stats = [
        ("11,900", "fans at an average league game in 2026/27, in a ground built for 18,400"),
        ("29%", "of fans came through the turnstiles after kick-off at our last five home games"),
        ("14 min", "to reach the front of a kiosk queue at half-time, timed in March 2027"),
        ("74%", "of 2026/27 season-ticket holders bought again for 2027/28"),
        ("\u00a34.10", "spent on food and drink by each fan on a matchday"),
        ("42%", "of our 282 stewards hold a level 2 spectator safety award"),
    ]
    for i, (big, caption) in enumerate(stats):
        col, row = i % 3, i // 3
        left, top = 0.6 + col * 4.1, 1.95 + row * 2.2
        text_box(s.shapes, left, top, 3.8, 0.8, [big], 40, True, AMBER)
        text_box(s.shapes, left, top + 0.85, 3.8, 1.1, [caption], 14, False, NAVY)
    text_box(
        s.shapes,
        0.6,
        6.45,
        12.0,
        0.4,
        ["The safety certificate allows 16,900 today: the East Stand's upper tier is capped."],
        13,
        True,
        SLATE,
    )
    # 5 context
    s = club_slide(prs, "PART ONE  |  THE GROUND WE STAND ON", "What is changing around us?")
    text_box(
        s.shapes,
        0.6,
        1.9,
        12.0,
        4.8,
        [
            "The new football regulator expects clubs to consult a fan advisory board on ticket "
            "prices and the stadium.",
            "The Green Guide's sixth edition sets how fast a stand must empty; our East Stand "
            "upper tier falls short of it.",
            "Three clubs within 30 miles have moved every season ticket onto phones.",
            "Food and energy costs for our kiosks rose 11% in 2026/27.",
            "Ravensworth Parkway station opens in 2028, a twelve-minute walk from the ground.",
            "Promotion to the Championship would be worth \u00a38m or more a year in broadcast "
            "money.",
        ],
        17,
        False,
        NAVY,
    )
    # 6 quotes
    s = club_slide(prs, "PART ONE  |  THE GROUND WE STAND ON", "What did fans and staff tell us?")
    quotes = [
        (
            "\u201cI missed both goals against Castlebury queueing at the Kiln Road turnstiles.\u201d",
            "Season-ticket holder, Kiln Road End",
        ),
        (
            "\u201cBy the time I reached the front of the pie queue, the second half had started.\u201d",
            "Fan, East Stand",
        ),
        (
            "\u201cMy son uses a wheelchair, and the viewing platform is full by half past two.\u201d",
            "Parent, Disabled Supporters' Association",
        ),
        (
            "\u201cWe get our briefing at the gate, ten minutes before the doors open.\u201d",
            "Steward, North Stand",
        ),
    ]
    for i, (quote, who) in enumerate(quotes):
        col, row = i % 2, i // 2
        left, top = 0.6 + col * 6.2, 1.95 + row * 2.45
        panel(
            s.shapes,
            MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT,
            left,
            top,
            5.9,
            1.5,
            SKY,
            [quote],
            15,
            False,
            NAVY,
        )
        text_box(s.shapes, left + 0.2, top + 1.7, 5.6, 0.4, [who], 12, True, SLATE)
    # 7 divider
    club_divider(
        prs,
        "PART TWO",
        "The game plan",
        "Where we want to be by 2030, four set pieces and how we will keep score",
    )
    # 8 north star
    s = club_slide(prs, "PART TWO  |  THE GAME PLAN", "What does good look like by 2030?")
    text_box(
        s.shapes,
        0.6,
        1.9,
        12.0,
        1.6,
        [
            "A ground that feels like home to every Ravensworth fan, from the first whistle to the last train home."
        ],
        30,
        True,
        NAVY,
    )
    panel(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 4.0, 12.0, 1.9, NAVY)
    text_box(s.shapes, 0.9, 4.15, 11.4, 0.4, ["THE TEST"], 12, True, AMBER)
    text_box(
        s.shapes,
        0.9,
        4.55,
        11.4,
        0.7,
        ["By May 2030, The Millrace will hold a safety certificate for its full 18,400 capacity."],
        22,
        True,
        WHITE,
    )
    text_box(
        s.shapes, 0.9, 5.3, 11.4, 0.4, ["Today the certificate allows 16,900."], 14, False, WHITE
    )
    # 9 hub and spoke
    s = club_slide(prs, "PART TWO  |  THE GAME PLAN", "How does the plan fit together?")
    hub_and_spoke(
        s,
        "Full Stand 2030",
        [
            ("Set piece 1  \u00b7  In on time", "Every fan in their seat by kick-off"),
            ("Set piece 2  \u00b7  Fed at half-time", "Served in five minutes, or at their seat"),
            ("Set piece 3  \u00b7  Every seat sold", "16,500 at an average league game"),
            ("Set piece 4  \u00b7  Safe every week", "A full certificate and qualified stewards"),
        ],
    )
    # 10-13 set pieces
    set_piece_slide(
        prs,
        "Set piece 1: how do we get every fan in before kick-off?",
        [
            "Initiative 1.1 \u2014 Tickets and season cards on phones, read at every turnstile",
            "Initiative 1.2 \u2014 Replace the 22 oldest turnstiles in the Kiln Road End and East Stand",
            "Initiative 1.3 \u2014 Gates open 90 minutes before kick-off, with a fan zone on Millrace Square",
            "Initiative 1.4 \u2014 A matchday shuttle from Ravensworth Parkway every ten minutes",
        ],
        ["Fans in their seats by kick-off:", "71% today, 95% in 2029/30"],
        [
            "Entry is where fans feel the plan first.",
            "Any change to the entry plan goes to the Safety Advisory Group before it is used.",
            "We will agree the revised entry plan with the Safety Advisory Group by June 2028.",
        ],
    )
    set_piece_slide(
        prs,
        "Set piece 2: how do we feed 16,000 people in fifteen minutes?",
        [
            "Initiative 2.1 \u2014 Order-to-seat and click-and-collect in the club app",
            "Initiative 2.2 \u2014 Card-only express kiosks on every concourse",
            "Initiative 2.3 \u2014 A new kitchen for the Kiln Road End",
            "Initiative 2.4 \u2014 Kiosk stock counted on handheld scanners",
        ],
        [
            "Average half-time kiosk queue:",
            "14 minutes today, 5 in 2029/30",
            "Food and drink spend per fan:",
            "\u00a34.10 today, \u00a36.50 in 2029/30",
        ],
        [
            "Half-time is fifteen minutes; most fans give up after eight.",
            "The Kiln Road End kitchen needs a bigger electricity supply before it can open.",
        ],
    )
    set_piece_slide(
        prs,
        "Set piece 3: how do we sell every seat?",
        [
            "Initiative 3.1 \u2014 A season-ticket exchange, so that empty seats can be resold",
            "Initiative 3.2 \u2014 Family and under-21 prices in the North Stand",
            "Initiative 3.3 \u2014 One fan record joining ticketing, hospitality and the club shop",
            "Initiative 3.4 \u2014 A renewal window with payment in ten monthly instalments",
        ],
        [
            "Average league attendance:",
            "11,900 today, 16,500 in 2029/30",
            "Season tickets renewed:",
            "74% today, 88% in 2029/30",
        ],
        [
            "Price changes in initiatives 3.2 and 3.4 go to the Fan Advisory Board first.",
            "The exchange opens for the 2028/29 season.",
        ],
    )
    set_piece_slide(
        prs,
        "Set piece 4: how do we keep the ground safe every week?",
        [
            "Initiative 4.1 \u2014 Widen the East Stand upper-tier exits by July 2029",
            "Initiative 4.2 \u2014 A level 2 spectator safety qualification for every regular steward",
            "Initiative 4.3 \u2014 A paid core team of 60 stewards on season contracts",
            "Initiative 4.4 \u2014 Live gate counts in the control room",
        ],
        [
            "Stewards holding a level 2 qualification:",
            "42% today, 90% in 2029/30",
            "Certified capacity:",
            "16,900 today, 18,400 by May 2030",
        ],
        [
            "The East Stand works can only run in the close season, May to July.",
            "Steward briefings move from the gate to the concourse, 45 minutes before doors open.",
        ],
    )
    # 14 KPI bars
    s = club_slide(prs, "PART TWO  |  THE GAME PLAN", "How will we keep score?")
    kpi_bars(s)
    text_box(
        s.shapes,
        0.6,
        6.62,
        12.0,
        0.35,
        ["Targets are for the 2029/30 season, July 2029 to June 2030. Baselines are for 2026/27."],
        10,
        False,
        SLATE,
    )
    # 15 divider
    club_divider(
        prs,
        "PART THREE",
        "How we play it",
        "The timeline, Project Floodlight, the first 100 days, money, risks and who decides",
    )
    # 16 match clock
    s = club_slide(prs, "PART THREE  |  HOW WE PLAY IT", "When does each part land?")
    panel(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 3.15, 12.1, 0.08, NAVY)
    phases = [
        (
            0.6,
            2.2,
            "PRE-SEASON",
            "July to September 2027",
            ["Programme team in post", "Baselines agreed", "Floodlight kit in the Kiln Road End"],
        ),
        (
            2.95,
            3.7,
            "FIRST HALF",
            "October 2027 to June 2028",
            [
                "Project Floodlight, October 2027 to April 2028",
                "Level 2 course for stewards begins",
                "Season-ticket exchange built for 2028/29",
            ],
        ),
        (
            6.8,
            5.9,
            "SECOND HALF",
            "July 2028 to June 2030",
            [
                "Phone entry at every turnstile",
                "Kiln Road End kitchen opens",
                "East Stand exits widened by July 2029",
            ],
        ),
    ]
    for left, width, name, when, items in phases:
        panel(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            left,
            2.45,
            width - 0.1,
            0.55,
            SKY,
            [name],
            14,
            True,
            NAVY,
        )
        text_box(s.shapes, left, 3.45, width - 0.1, 0.4, [when], 13, True, AMBER)
        text_box(s.shapes, left, 3.9, width - 0.1, 2.0, items, 12, False, NAVY)
    for x, label in [
        (2.8, "Kick-off review, September 2027"),
        (6.65, "Half-time review, June 2028"),
        (12.45, "Full-time review, June 2030"),
    ]:
        panel(s.shapes, MSO_SHAPE.OVAL, x, 3.02, 0.32, 0.32, AMBER)
        text_box(s.shapes, x - 1.6, 1.9, 2.2, 0.4, [label], 11, True, SLATE)
    notes(
        s,
        [
            "At the Half-time review the Full Stand Board takes the Floodlight go/no-go and "
            "releases the Second half funding.",
        ],
    )
    # 17 pilot
    s = club_slide(
        prs,
        "PART THREE  |  HOW WE PLAY IT",
        "Project Floodlight: will phones and order-to-seat work in the Kiln Road End?",
    )
    boxes = [
        (
            "Where and when",
            ["Kiln Road End, 4,300 seats", "14 home league games", "October 2027 to April 2028"],
        ),
        (
            "What we try",
            [
                "Phone tickets at 8 new turnstiles",
                "Order-to-seat from the club app",
                "Live gate counts",
            ],
        ),
        (
            "We go ahead if",
            [
                "90% of Kiln Road End fans are in by kick-off",
                "Half-time orders reach the seat within 8 minutes",
                "Turnstile faults stay under 1 in 1,000 entries",
                "Kiln Road End fans rate the matchday 8 out of 10",
            ],
        ),
    ]
    for i, (head, lines) in enumerate(boxes):
        left = 0.6 + i * 4.1
        panel(s.shapes, MSO_SHAPE.RECTANGLE, left, 1.9, 3.9, 0.5, NAVY, [head], 14, True, WHITE)
        panel(s.shapes, MSO_SHAPE.RECTANGLE, left, 2.4, 3.9, 2.9, SKY, lines, 13, False, NAVY)
    panel(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.6,
        5.6,
        12.1,
        0.9,
        AMBER,
        [
            "Go/no-go at the Half-time review, June 2028: every stand in 2028/29, or fix and test again."
        ],
        15,
        True,
        NAVY,
    )
    notes(
        s,
        [
            "The Kiln Road End has the slowest entry and its own kiosks.",
            "The Supporter Liaison Officer briefs the Kiln Road End regulars before the first "
            "Floodlight game.",
        ],
    )
    # 18 first 100 days
    s = club_slide(prs, "PART THREE  |  HOW WE PLAY IT", "What happens in the first 100 days?")
    items = [
        "Appoint the Full Stand Programme Lead and hold the first Full Stand Board",
        "Agree the 2026/27 baselines with the Finance Director",
        "Order the Kiln Road End turnstiles and phone ticketing",
        "Take the Floodlight entry plan to the Safety Advisory Group",
        "Design the season-ticket exchange with the Fan Advisory Board",
        "Book the first 40 stewards onto the level 2 course",
        "Ask the network operator to quote for the Kiln Road End kitchen supply",
    ]
    for i, item in enumerate(items):
        top = 1.95 + i * 0.66
        panel(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, top + 0.08, 0.3, 0.3, None, outline=AMBER)
        text_box(s.shapes, 1.1, top, 11.4, 0.5, [item], 16, False, NAVY)
    notes(
        s,
        [
            "Owners: the Chief Executive and the Finance Director for the first two; the Head of "
            "Ticketing and Supporter Services and the Stadium and Safety Director for the next "
            "two; the Head of Ticketing and Supporter Services for the exchange; the Matchday "
            "Training Manager for the course; the Facilities and Grounds Manager for the supply.",
        ],
    )
    # 19 investment
    s = club_slide(prs, "PART THREE  |  HOW WE PLAY IT", "What will it cost, and what comes back?")
    text_box(s.shapes, 0.6, 1.9, 5.0, 0.9, ["\u00a35.2m"], 54, True, NAVY)
    text_box(s.shapes, 0.6, 2.85, 5.0, 0.5, ["over three years"], 16, False, SLATE)
    costs = [
        ("Turnstiles and phone entry", "\u00a31.6m"),
        ("Kiln Road End kitchen and kiosks", "\u00a31.4m"),
        ("East Stand exits", "\u00a31.5m"),
        ("Stewards, courses and programme team", "\u00a30.7m"),
    ]
    for i, (what, amount) in enumerate(costs):
        top = 1.95 + i * 0.85
        panel(s.shapes, MSO_SHAPE.RECTANGLE, 6.0, top, 4.6, 0.7, SKY, [what], 14, False, NAVY)
        text_box(s.shapes, 10.8, top + 0.1, 1.8, 0.5, [amount], 18, True, NAVY)
    text_box(
        s.shapes,
        0.6,
        5.5,
        12.0,
        1.2,
        [
            "Matchday income rises by \u00a32.9m a year by 2029/30.",
            "\u00a33.4m now for Pre-season and the First half; \u00a31.8m at the Half-time review.",
        ],
        15,
        False,
        NAVY,
    )
    # 20 risks
    s = club_slide(prs, "PART THREE  |  HOW WE PLAY IT", "What could go wrong?")
    panel(s.shapes, MSO_SHAPE.RECTANGLE, 0.9, 1.95, 4.4, 4.4, SKY)
    panel(s.shapes, MSO_SHAPE.RECTANGLE, 3.1, 1.95, 2.2, 2.2, RGBColor(0xF8, 0xD9, 0x8C))
    text_box(s.shapes, 0.6, 6.4, 4.8, 0.3, ["Likelihood \u2192"], 10, False, SLATE)
    text_box(s.shapes, 0.2, 1.95, 0.7, 0.3, ["Impact"], 10, False, SLATE)
    for n, (x, y) in enumerate(
        [(4.1, 2.4), (2.1, 3.1), (3.6, 3.4), (1.6, 4.6), (4.3, 4.9)], start=1
    ):
        panel(s.shapes, MSO_SHAPE.OVAL, x, y, 0.45, 0.45, NAVY, [str(n)], 12, True, WHITE)
    text_box(
        s.shapes,
        5.8,
        1.95,
        7.0,
        4.6,
        [
            "1  Turnstiles fail on a big matchday. Keep two paper-ticket lanes at each end "
            "through 2027/28.",
            "2  Some fans reject phone tickets. Offer a printed card to anyone who asks.",
            "3  The kitchen power supply arrives late. Order the supply in the first 100 days.",
            "4  Stewards leave once qualified. Season contracts with a retention payment.",
            "5  The East Stand works overrun. Schedule them in the close seasons of 2028 and 2029.",
        ],
        14,
        False,
        NAVY,
    )
    # 21 governance
    s = club_slide(prs, "PART THREE  |  HOW WE PLAY IT", "Who decides?")
    panel(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        4.2,
        1.9,
        4.9,
        0.8,
        NAVY,
        ["Club Board", "approves the plan and the funding"],
        13,
        False,
        WHITE,
    )
    panel(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        4.2,
        3.0,
        4.9,
        1.1,
        AMBER,
        [
            "Full Stand Board",
            "chaired by the Chief Executive, monthly; takes each review and the Floodlight go/no-go",
        ],
        13,
        False,
        NAVY,
    )
    panel(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        4.2,
        4.4,
        4.9,
        0.8,
        SKY,
        ["Full Stand Programme Lead", "runs the plan, the risk log and benefits tracking"],
        13,
        False,
        NAVY,
    )
    leads = [
        "Set piece 1: Head of Ticketing",
        "Set piece 2: Head of Hospitality",
        "Set piece 3: Head of Ticketing",
        "Set piece 4: Stadium and Safety Director",
    ]
    for i, lead in enumerate(leads):
        panel(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            0.6 + i * 3.05,
            5.5,
            2.9,
            0.8,
            SKY,
            [lead],
            12,
            False,
            NAVY,
        )
    text_box(
        s.shapes,
        9.5,
        1.9,
        3.3,
        2.4,
        [
            "Consulted",
            "Fan Advisory Board",
            "Disabled Supporters' Association",
            "Safety Advisory Group",
        ],
        12,
        False,
        SLATE,
    )
    notes(
        s,
        [
            "The Full Stand Board meets on the second Tuesday of each month.",
            "The Stadium and Safety Director can stop any change to the entry plan on safety grounds.",
        ],
    )
    # 22 asks
    s = club_slide(
        prs, "PART THREE  |  HOW WE PLAY IT", "What do we need from the Club Board today?"
    )
    text_box(
        s.shapes,
        0.6,
        2.0,
        12.0,
        3.5,
        [
            "Approve Full Stand 2030 and its seven measures.",
            "Release \u00a33.4m for the Pre-season and the First half.",
            "Note that changes to ticket prices go to the Fan Advisory Board first.",
        ],
        22,
        False,
        NAVY,
    )
    return prs


# =========================================================================== Corvane Aerotechnic
# A consultancy's deck: action titles in the Title Only layout's placeholder, a tracker of the
# storyline's sections at the top right, source lines under exhibits, a footer and a page
# number at the foot, native tables for the shifts, charters, KPIs, first 90 days, money and
# risks, and a Gantt of bars under month labels.

TEAL = RGBColor(0x00, 0x4E, 0x5A)
MINT = RGBColor(0xDD, 0xEE, 0xEC)
COPPER = RGBColor(0xC4, 0x62, 0x2D)
CHAR = RGBColor(0x2B, 0x2B, 0x2B)
MID = RGBColor(0x7A, 0x86, 0x8A)
TRACKER = ["Context", "Ambition", "Levers", "Roadmap", "Governance"]
MRO_FOOTER = (
    "Corvane Aerotechnic Ltd  |  Hangar Flow 2029  |  Executive Committee, 7 September 2027"
)


def mro_slide(prs: PresentationType, section: str, action_title: str, source: str = "") -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = (
        Inches(0.5),
        Inches(0.55),
        Inches(12.3),
        Inches(1.0),
    )
    title.text = action_title
    for para in title.text_frame.paragraphs:
        para.alignment = 1  # left
        for run in para.runs:
            run.font.size = Pt(24)
            run.font.bold = True
            run.font.color.rgb = TEAL
    for i, name in enumerate(TRACKER):
        text_box(
            slide.shapes,
            7.6 + i * 1.05,
            0.12,
            1.05,
            0.3,
            [name],
            9,
            name == section,
            TEAL if name == section else MID,
        )
    panel(slide.shapes, MSO_SHAPE.RECTANGLE, 0.5, 1.6, 12.3, 0.03, COPPER)
    if source:
        text_box(slide.shapes, 0.5, 6.72, 12.0, 0.3, [source], 9, False, MID)
    text_box(slide.shapes, 0.5, 7.05, 9.0, 0.3, [MRO_FOOTER], 9, False, MID)
    text_box(slide.shapes, 12.3, 7.05, 0.6, 0.3, [str(len(prs.slides))], 9, True, MID)
    return slide


MONTHS = ["Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"] * 2
GANTT_LEFT, GANTT_W = 2.9, 9.9


def m_x(month: float) -> float:
    return GANTT_LEFT + GANTT_W * month / 24


def gantt(slide: Slide) -> None:
    """Year band and month labels in their own text boxes; one row of bars per lane; gate
    diamonds with their labels in separate text boxes."""
    for start, end, year in [(0, 3, "2027"), (3, 15, "2028"), (15, 24, "2029")]:
        panel(
            slide.shapes,
            MSO_SHAPE.RECTANGLE,
            m_x(start),
            1.75,
            m_x(end) - m_x(start) - 0.02,
            0.28,
            TEAL,
            [year],
            10,
            True,
            WHITE,
        )
    for i, month in enumerate(MONTHS):
        text_box(slide.shapes, m_x(i) - 0.04, 2.05, 0.45, 0.25, [month], 8, False, MID)
    lanes = [
        (
            "Phase",
            [
                (0, 4, "Crawl: Oct 2027 to Jan 2028", COPPER),
                (4, 12, "Walk: Feb to Sep 2028", COPPER),
                (12, 24, "Run: Oct 2028 to Sep 2029", COPPER),
            ],
        ),
        (
            "A  Ready before input",
            [
                (0, 4, "30-day freeze", TEAL),
                (4, 12, "Standard packages; engineering desk", TEAL),
                (12, 24, "Every customer on the freeze", TEAL),
            ],
        ),
        (
            "B  Parts at the aircraft",
            [
                (0, 6, "Rotables supply deal", TEAL),
                (6, 15, "Forward store in Hangar 3", TEAL),
                (15, 24, "Kits staged for every check", TEAL),
            ],
        ),
        (
            "C  Paperless hangar",
            [
                (0, 7, "Exposition change", TEAL),
                (3, 9, "Hangar 3 Wi-Fi", TEAL),
                (9, 18, "AMOS mobile on every line", TEAL),
            ],
        ),
        (
            "D  Engineers on the tools",
            [
                (3, 24, "Licence programme: 30 B1 engineers", TEAL),
                (12, 24, "Hangar 3 night line", TEAL),
            ],
        ),
        ("Pilot", [(5, 11, "Project Osprey: six checks", COPPER)]),
    ]
    top = 2.4
    for name, bars in lanes:
        text_box(slide.shapes, 0.5, top + 0.02, 2.3, 0.4, [name], 11, True, CHAR)
        stacked_lane = False
        for n, (start, end, label, fill) in enumerate(bars):
            overlap = any(s < end and start < e for s, e, *_ in bars[:n])
            stacked_lane = stacked_lane or overlap
            panel(
                slide.shapes,
                MSO_SHAPE.RECTANGLE,
                m_x(start),
                top + (0.32 if overlap else 0.0),
                m_x(end) - m_x(start) - 0.03,
                0.3,
                fill,
                [label],
                9,
                False,
                WHITE,
            )
        top += 0.68 if stacked_lane else 0.5
    gates = [
        (4, "G1, Jan 2028: Osprey may start"),
        (12, "G2, Sep 2028: go/no-go for every line"),
        (24, "G3, Sep 2029: close and hand over"),
    ]
    for month, label in gates:
        panel(slide.shapes, MSO_SHAPE.DIAMOND, m_x(month) - 0.16, top + 0.1, 0.3, 0.3, COPPER)
        text_box(slide.shapes, m_x(month) - 2.3, top + 0.42, 2.4, 0.5, [label], 9, True, CHAR)


def build_corvane() -> PresentationType:
    prs = new_deck()
    # 1 title
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    background(s, TEAL)
    s.shapes.title.left, s.shapes.title.top = Inches(0.8), Inches(2.0)
    s.shapes.title.width, s.shapes.title.height = Inches(11.5), Inches(1.4)
    s.shapes.title.text = "Hangar Flow 2029"
    for run in s.shapes.title.text_frame.paragraphs[0].runs:
        run.font.size = Pt(54)
        run.font.bold = True
        run.font.color.rgb = WHITE
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.8), Inches(3.5), Inches(11.5), Inches(1.6)
    write_lines(
        sub.text_frame,
        [
            "Base maintenance turn-time programme",
            "Corvane Aerotechnic Ltd  |  Executive Committee  |  7 September 2027",
        ],
        20,
        False,
        WHITE,
    )
    panel(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        10.4,
        0.5,
        2.4,
        0.45,
        COPPER,
        ["DRAFT FOR DISCUSSION"],
        11,
        True,
        WHITE,
    )
    # 2 executive summary
    s = mro_slide(
        prs,
        "Context",
        "Hangar Flow cuts C-check turn time by more than a quarter and lifts output to 60 heavy "
        "checks a year",
    )
    panel(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        10.4,
        0.5 + 1.2,
        2.4,
        0.4,
        COPPER,
        ["DRAFT FOR DISCUSSION"],
        10,
        True,
        WHITE,
    )
    scr = [
        (
            "Situation",
            "Three hangars at Halsey Field delivered 46 heavy checks in FY2026/27 for 11 airline customers.",
        ),
        (
            "Complication",
            "Checks overrun: aircraft wait for parts, engineering answers and approvals more than they wait for work.",
        ),
        (
            "Resolution",
            "Four levers over two years, proven first in Project Osprey on Hangar 3 Line 2.",
        ),
    ]
    for i, (head, body) in enumerate(scr):
        left = 0.5 + i * 4.15
        panel(s.shapes, MSO_SHAPE.RECTANGLE, left, 2.2, 3.95, 0.45, TEAL, [head], 13, True, WHITE)
        panel(s.shapes, MSO_SHAPE.RECTANGLE, left, 2.65, 3.95, 1.55, MINT, [body], 13, False, CHAR)
    tiles = [
        ("15 days", "A320-family C-check turn time by Sep 2029"),
        ("90%", "of checks redelivered on the contracted date by Sep 2029"),
        ("95%", "of task cards signed electronically by Mar 2029"),
        ("\u00a36.8m", "investment over two years; payback in 2.1 years"),
    ]
    for i, (big, label) in enumerate(tiles):
        left = 0.5 + i * 3.1
        text_box(s.shapes, left, 4.45, 2.9, 0.7, [big], 30, True, COPPER)
        text_box(s.shapes, left, 5.15, 2.9, 0.9, [label], 12, False, CHAR)
    # 3 current state
    s = mro_slide(
        prs,
        "Context",
        "Turn time is set by waiting, not by work: 38% of a C-check's elapsed hours are waits",
        "Source: AMOS work orders, FY2026/27 (April 2026 to March 2027); time study of six "
        "C-checks, March 2027",
    )
    segments = [
        ("Hands-on work", 0.62, TEAL),
        ("Waiting for parts", 0.17, COPPER),
        ("Waiting for engineering answers", 0.09, RGBColor(0xD9, 0x8A, 0x5E)),
        ("Waiting for customer approval", 0.07, RGBColor(0xE8, 0xB0, 0x90)),
        ("Tooling and access", 0.05, MID),
    ]
    x = 0.5
    for _label, share, fill in segments:
        w = 7.4 * share
        panel(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            2.1,
            w - 0.02,
            0.7,
            fill,
            [f"{round(share * 100)}%"],
            12,
            True,
            WHITE,
        )
        x += w
    text_box(
        s.shapes,
        0.5,
        3.0,
        7.4,
        2.2,
        [f"{round(share * 100)}%  {label}" for label, share, _ in segments],
        12,
        False,
        CHAR,
    )
    text_box(
        s.shapes,
        8.4,
        2.0,
        4.4,
        4.6,
        [
            "46 heavy checks left our three hangars in FY2026/27.",
            "A320-family C-checks took 21 days on average, door to door.",
            "58% of checks went back to the customer on the date in the contract.",
            "Licensed engineers booked 61% of their paid hours to aircraft tasks.",
            "An aircraft waited 310 hours for parts in an average check.",
        ],
        14,
        False,
        CHAR,
    )
    # 4 market
    s = mro_slide(
        prs,
        "Context",
        "Demand for narrowbody heavy checks in Europe will outrun hangar capacity to 2030",
        "Source: Corvane market model, June 2027; airline fleet plans",
    )
    text_box(
        s.shapes,
        0.5,
        1.95,
        12.0,
        4.5,
        [
            "European narrowbody heavy-check demand grows about 5% a year to 2030.",
            "Two hangars in Northern Europe closed in 2026, taking 30 check slots a year with them.",
            "Airlines now book C-check slots 18 months ahead, and penalise late redelivery by the day.",
            "Licensed B1 engineers earn 14% more at airlines than in independent MROs.",
            "Engine shop visits, not airframe checks, drive margins at the largest MROs.",
        ],
        16,
        False,
        CHAR,
    )
    # 5 quotes
    s = mro_slide(prs, "Context", "Customers and engineers describe the same bottlenecks")
    quotes = [
        (
            "\u201cWe hear about findings late, then wait two days for a quote.\u201d",
            "Technical representative, Skyrova",
        ),
        ("\u201cHalf my shift is walking to Building 7 and back.\u201d", "B1 engineer, Hangar 3"),
        (
            "\u201cThe work package keeps growing after the aircraft has landed.\u201d",
            "Production planner",
        ),
        (
            "\u201cA signature missing on card 212 held the aircraft for a night.\u201d",
            "Certifying engineer, Hangar 1",
        ),
    ]
    for i, (quote, who) in enumerate(quotes):
        col, row = i % 2, i // 2
        left, top = 0.5 + col * 6.2, 2.0 + row * 2.3
        panel(s.shapes, MSO_SHAPE.RECTANGLE, left, top, 0.08, 1.6, COPPER)
        text_box(s.shapes, left + 0.25, top, 5.6, 1.1, [quote], 17, False, CHAR)
        text_box(s.shapes, left + 0.25, top + 1.15, 5.6, 0.4, [who], 11, True, MID)
    # 6 from -> to
    s = mro_slide(
        prs, "Ambition", "Six shifts move us from a hangar that waits to a hangar that flows"
    )
    native_table(
        s,
        [
            ["From", "", "To"],
            [
                "Work package still growing on the day of input",
                "\u2192",
                "Work package frozen 30 days before input",
            ],
            [
                "Parts picked after findings, from Building 7",
                "\u2192",
                "Kits staged at the aircraft, with a forward store in Hangar 3",
            ],
            [
                "Task cards printed and signed in ink",
                "\u2192",
                "Task cards signed on tablets in AMOS",
            ],
            [
                "Engineering queries queued by email",
                "\u2192",
                "An engineering desk on the hangar floor",
            ],
            [
                "Contractors on a quarter of licensed shifts",
                "\u2192",
                "Our own licensed engineers, grown through the academy",
            ],
            [
                "Additional work approved by email and phone",
                "\u2192",
                "Additional work approved in a customer portal within 24 hours",
            ],
        ],
        1.95,
        [5.6, 0.6, 6.1],
        left=0.5,
        size=14,
        row_h=0.6,
        header_fill=TEAL,
    )
    # 7 north star
    s = mro_slide(prs, "Ambition", "Our ambition")
    text_box(
        s.shapes,
        0.5,
        1.95,
        12.3,
        1.5,
        ["The hangar European operators book first, and the place engineers build their careers."],
        28,
        True,
        TEAL,
    )
    panel(s.shapes, MSO_SHAPE.RECTANGLE, 0.5, 3.9, 12.3, 1.7, MINT)
    text_box(s.shapes, 0.8, 4.05, 11.8, 0.4, ["MEASURED AS"], 11, True, COPPER)
    text_box(
        s.shapes,
        0.8,
        4.45,
        11.8,
        0.6,
        ["By September 2029, we will redeliver 60 heavy checks a year from our three hangars."],
        22,
        True,
        CHAR,
    )
    text_box(s.shapes, 0.8, 5.1, 11.8, 0.4, ["FY2026/27: 46 checks."], 13, False, CHAR)
    # 8 levers overview
    s = mro_slide(prs, "Levers", "Four levers attack the waits, each with one owner")
    levers = [
        (
            "A  Ready before input",
            "Freeze the scope early, agree it with the customer and answer engineering queries on the floor.",
            "Production Planning Manager",
        ),
        (
            "B  Parts at the aircraft",
            "Stage kits before the aircraft arrives and bring the store to Hangar 3.",
            "Head of Materials and Logistics",
        ),
        (
            "C  Paperless hangar",
            "Sign task cards on tablets and approve additional work online.",
            "Head of IT and Data",
        ),
        (
            "D  Engineers on the tools",
            "Grow our own licensed engineers and run a full night line in Hangar 3.",
            "Base Maintenance Manager",
        ),
    ]
    for i, (head, body, owner) in enumerate(levers):
        left = 0.5 + i * 3.1
        panel(s.shapes, MSO_SHAPE.RECTANGLE, left, 1.95, 2.95, 0.6, TEAL, [head], 14, True, WHITE)
        text_box(s.shapes, left, 2.7, 2.95, 2.6, [body], 14, False, CHAR)
        text_box(s.shapes, left, 5.4, 2.95, 0.7, ["Owner", owner], 11, False, MID)
    # 9 charters A and B
    s = mro_slide(
        prs,
        "Levers",
        "Levers A and B: the scope is fixed and the parts are waiting before the aircraft lands",
    )
    native_table(
        s,
        [
            ["#", "Initiative", "Owner", "Start", "Finish"],
            [
                "A1",
                "Freeze the work package 30 days before input",
                "Production Planning Manager",
                "Oct 2027",
                "Jan 2028",
            ],
            [
                "A2",
                "Hold an input meeting with each customer 10 days before arrival",
                "Customer Programme Manager",
                "Nov 2027",
                "Mar 2028",
            ],
            [
                "A3",
                "Build standard work packages for the top 20 A320 task groups",
                "Technical Services Manager",
                "Jan 2028",
                "Sep 2028",
            ],
            [
                "A4",
                "Set up an engineering desk on the hangar floor, answering within four hours",
                "Technical Services Manager",
                "Feb 2028",
                "Jun 2028",
            ],
            [
                "B1",
                "Stage kits at the aircraft 48 hours before input",
                "Head of Materials and Logistics",
                "Feb 2028",
                "Sep 2028",
            ],
            [
                "B2",
                "Open a forward store in Hangar 3",
                "Head of Materials and Logistics",
                "Apr 2028",
                "Dec 2028",
            ],
            [
                "B3",
                "Agree 24-hour supply of the 40 most-used rotables with Aerostock",
                "Head of Materials and Logistics",
                "Oct 2027",
                "Mar 2028",
            ],
        ],
        1.95,
        [0.6, 6.4, 3.1, 1.1, 1.1],
        left=0.5,
        size=12,
        row_h=0.5,
        header_fill=TEAL,
    )
    # 10 charters C and D
    s = mro_slide(
        prs,
        "Levers",
        "Levers C and D: paper leaves the hangar and our own engineers fill the shifts",
    )
    native_table(
        s,
        [
            ["#", "Initiative", "Owner", "Start", "Finish"],
            [
                "C1",
                "Roll out AMOS mobile with electronic sign-off to every hangar line",
                "Head of IT and Data",
                "Feb 2028",
                "Mar 2029",
            ],
            [
                "C2",
                "Revise the exposition for electronic signatures and gain CAA approval",
                "Compliance Monitoring Manager",
                "Oct 2027",
                "Apr 2028",
            ],
            [
                "C3",
                "Install Wi-Fi in Hangar 3 and the wheel and brake shop",
                "Head of IT and Data",
                "Jan 2028",
                "Jun 2028",
            ],
            [
                "C4",
                "Launch a customer portal for approving additional work",
                "Commercial Director",
                "Jul 2028",
                "Mar 2029",
            ],
            [
                "D1",
                "Put 30 B1 engineers through the academy's licence programme",
                "Training Manager",
                "Jan 2028",
                "Sep 2029",
            ],
            [
                "D2",
                "Run Hangar 3 nights as a full second line",
                "Base Maintenance Manager",
                "Oct 2028",
                "Sep 2029",
            ],
            [
                "D3",
                "Replace contract engineers with our own as they qualify",
                "Head of People",
                "Apr 2028",
                "Sep 2029",
            ],
            [
                "D4",
                "Book engineers' hours to tasks on tablets",
                "Base Maintenance Manager",
                "Oct 2028",
                "Mar 2029",
            ],
        ],
        1.95,
        [0.6, 6.4, 3.1, 1.1, 1.1],
        left=0.5,
        size=12,
        row_h=0.5,
        header_fill=TEAL,
    )
    # 11 KPIs
    s = mro_slide(
        prs,
        "Levers",
        "Seven KPIs, each with one owner, go to the Steering Committee every month",
        "Baselines: FY2026/27 (April 2026 to March 2027), from AMOS and the finance ledger",
    )
    native_table(
        s,
        [
            ["KPI", "Owner", "Baseline", "Target", "By"],
            [
                "A320-family C-check turn time (days)",
                "Base Maintenance Manager",
                "21",
                "15",
                "Sep 2029",
            ],
            [
                "Checks redelivered on the contracted date",
                "Production Planning Manager",
                "58%",
                "90%",
                "Sep 2029",
            ],
            [
                "Task cards signed electronically",
                "Technical Services Manager",
                "0%",
                "95%",
                "Mar 2029",
            ],
            [
                "Hours per check waiting for parts",
                "Head of Materials and Logistics",
                "310",
                "120",
                "Sep 2029",
            ],
            ["Licensed engineer utilisation", "Base Maintenance Manager", "61%", "75%", "Sep 2029"],
            [
                "Repeat defects within 30 days of redelivery, per check",
                "Compliance Monitoring Manager",
                "4.1",
                "2.0",
                "Sep 2029",
            ],
            [
                "Base maintenance revenue (\u00a3m a year)",
                "Finance Director",
                "64",
                "82",
                "FY2029/30",
            ],
        ],
        1.95,
        [5.2, 3.4, 1.2, 1.2, 1.3],
        left=0.5,
        size=13,
        row_h=0.52,
        header_fill=TEAL,
    )
    # 12 Gantt
    s = mro_slide(
        prs, "Roadmap", "Crawl, walk, run: two years from the first pilot check to every line"
    )
    gantt(s)
    # 13 pilot
    s = mro_slide(
        prs,
        "Roadmap",
        "Project Osprey proves the model on six checks in Hangar 3 before it goes to every line",
    )
    cols = [
        (
            "Scope",
            [
                "Hangar 3, Line 2",
                "Six A320-family C-checks, March to August 2028",
                "Two customers: Skyrova and Baltair",
                "30-day freeze, staged kits and tablets on the line",
            ],
        ),
        (
            "Success criteria",
            [
                "Turn time of 17 days or fewer on four of the six checks",
                "Every check redelivered on the contracted date",
                "Parts waits under 150 hours a check",
                "Repeat defects no higher than today",
                "Engineers rate the tablets 7 out of 10 or better",
            ],
        ),
        (
            "Decision rule",
            [
                "Go/no-go at G2, September 2028:",
                "the Steering Committee takes the Osprey model to every line, or repeats the pilot in Hangar 1.",
            ],
        ),
    ]
    for i, (head, lines) in enumerate(cols):
        left = 0.5 + i * 4.15
        panel(s.shapes, MSO_SHAPE.RECTANGLE, left, 1.95, 3.95, 0.5, TEAL, [head], 14, True, WHITE)
        text_box(s.shapes, left, 2.6, 3.95, 3.6, lines, 13, False, CHAR)
    # 14 first 90 days
    s = mro_slide(
        prs,
        "Roadmap",
        "The first 90 days set up the PMO, the baseline and the approvals Osprey needs",
    )
    native_table(
        s,
        [
            ["Weeks", "Action", "Owner"],
            [
                "1-2",
                "Appoint the Hangar Flow Programme Manager and stand up the PMO",
                "Chief Operating Officer",
            ],
            [
                "2-4",
                "Baseline the seven KPIs from FY2026/27 AMOS data",
                "Hangar Flow Programme Manager",
            ],
            [
                "3-6",
                "Submit the exposition change for electronic sign-off to the CAA",
                "Compliance Monitoring Manager",
            ],
            [
                "4-8",
                "Agree the 30-day freeze with Skyrova and Baltair for the Osprey checks",
                "Commercial Director",
            ],
            ["4-10", "Survey Hangar 3 for Wi-Fi and the forward store", "Head of IT and Data"],
            ["6-12", "Open consultation with Unite on the Hangar 3 night line", "Head of People"],
            [
                "8-12",
                "Select the first 10 B1 trainees for the licence programme",
                "Training Manager",
            ],
        ],
        1.95,
        [1.0, 7.6, 3.7],
        left=0.5,
        size=13,
        row_h=0.52,
        header_fill=TEAL,
    )
    # 15 investment
    s = mro_slide(
        prs,
        "Roadmap",
        "\u00a36.8m over two years pays back in 2.1 years",
        "Source: Corvane finance, business case v3, August 2027",
    )
    native_table(
        s,
        [
            ["\u00a3m", "FY2027/28", "FY2028/29", "FY2029/30", "Total"],
            ["Tablets, AMOS mobile licences and Wi-Fi", "0.6", "1.1", "0.2", "1.9"],
            ["Forward store and kitting", "0.3", "1.2", "0.1", "1.6"],
            ["Licence programme and retention", "0.4", "0.9", "0.8", "2.1"],
            ["Programme team", "0.3", "0.5", "0.4", "1.2"],
            ["Added margin from 14 more checks a year", "0.0", "1.4", "3.6", "5.0"],
        ],
        1.95,
        [5.6, 1.6, 1.6, 1.6, 1.6],
        left=0.5,
        size=13,
        row_h=0.5,
        header_fill=TEAL,
    )
    text_box(
        s.shapes,
        0.5,
        5.3,
        12.0,
        1.0,
        ["\u00a33.1m is requested now for Crawl and Walk; \u00a33.7m follows at G2."],
        15,
        True,
        CHAR,
    )
    # 16 risks
    s = mro_slide(prs, "Governance", "Five risks need action now, and each has an owner")
    native_table(
        s,
        [
            ["Risk", "Impact", "Mitigation", "Owner"],
            [
                "CAA approval of electronic sign-off takes longer than planned",
                "High",
                "Submit in the first 90 days; run Osprey on printed cards if approval slips",
                "Compliance Monitoring Manager",
            ],
            [
                "Customers resist the 30-day freeze",
                "High",
                "Price late additions at a premium; write the freeze into renewals from 2028",
                "Commercial Director",
            ],
            [
                "Licensed engineers leave for airlines",
                "Medium",
                "Two-year retention terms for engineers on the licence programme",
                "Head of People",
            ],
            [
                "Hangar 3 fire-suppression works overlap Osprey",
                "Medium",
                "Start Osprey in March 2028, after the works finish",
                "Hangar Flow Programme Manager",
            ],
            [
                "Unite rejects the night-line shift pattern",
                "Medium",
                "Consult in the first 90 days; trial the pattern for 12 weeks",
                "Head of People",
            ],
        ],
        1.95,
        [3.8, 1.0, 5.0, 2.5],
        left=0.5,
        size=12,
        row_h=0.6,
        header_fill=TEAL,
    )
    # 17 governance
    s = mro_slide(
        prs,
        "Governance",
        "A Steering Committee chaired by the COO takes the gates; the PMO keeps a weekly rhythm",
    )
    rows = [
        (
            "Steering Committee",
            "Chaired by the Chief Operating Officer, monthly. Takes G1 to G3 and the Osprey go/no-go; releases funds.",
        ),
        (
            "Programme office",
            "The Hangar Flow Programme Manager: weekly tracker, risk log, benefits.",
        ),
        (
            "Lever owners",
            "A Production Planning Manager; B Head of Materials and Logistics; C Head of IT and Data; D Base Maintenance Manager.",
        ),
        (
            "Compliance",
            "The Compliance Monitoring Manager signs off every change to procedures and the exposition.",
        ),
        ("Consulted", "Unite Senior Convenor; Certifying Staff Forum."),
    ]
    for i, (head, body) in enumerate(rows):
        top = 1.95 + i * 0.92
        panel(s.shapes, MSO_SHAPE.RECTANGLE, 0.5, top, 3.0, 0.78, TEAL, [head], 14, True, WHITE)
        panel(s.shapes, MSO_SHAPE.RECTANGLE, 3.55, top, 9.25, 0.78, MINT, [body], 13, False, CHAR)
    # 18 decisions
    s = mro_slide(prs, "Governance", "Decisions requested from the Executive Committee today")
    text_box(
        s.shapes,
        0.5,
        2.0,
        12.0,
        3.5,
        [
            "1.  Endorse Hangar Flow 2029 and its seven KPIs.",
            "2.  Release \u00a33.1m for Crawl and Walk.",
            "3.  Mandate the Chief Operating Officer to open consultation with Unite on the Hangar "
            "3 night line.",
        ],
        20,
        False,
        CHAR,
    )
    return prs


# =========================================================================== org folders
# Each case's org/ folder as the organization would keep it. Text is stored verbatim.


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


# --------------------------------------------------------------------------- Hollinsbrook org
# The roster is an export from the Trust's HR system (PeopleFirst HR) as JSON.

HOLLINSBROOK_POSITIONS = [
    (
        "HB-P0001",
        "Chief Executive",
        "Executive",
        "extended",
        "CE1",
        "Board of Trustees",
        "Hollinsbrook House, Ludbury",
        "Leads the Trust and answers to the Board of Trustees for its care, finances and reputation; kept informed of Closer Care 2030 through the executive team.",
    ),
    (
        "HB-P0002",
        "Director of Operations",
        "Executive",
        "core",
        "D1",
        "HB-P0001",
        "Hollinsbrook House, Ludbury",
        "Executive sponsor of Closer Care 2030. Chairs the Closer Care Board and takes its gate recommendations to the Trustees; decides the Kestrel go/no-go; runs the 14 homes through the two area managers; holds the homes' budgets, occupancy and hospital admissions.",
    ),
    (
        "HB-P0003",
        "Director of Care Quality and Nursing",
        "Executive",
        "core",
        "D1",
        "HB-P0001",
        "Hollinsbrook House, Ludbury",
        "Nominated Individual registered with the CQC. Leads clinical governance, nursing practice, medicines safety and falls prevention; owns the care quality measures and the homes' readiness for inspection; signs off clinical protocols with the GP practices; decides on monitoring in residents' bedrooms.",
    ),
    (
        "HB-P0010",
        "Closer Care Programme Manager",
        "Transformation",
        "core",
        "M2",
        "HB-P0002",
        "Hollinsbrook House, Ludbury",
        "Runs the Closer Care plan, its tranches and gates, the risk log and benefits tracking; secretary to the Closer Care Board; owns the Project Kestrel pilot plan with the Area Manager, North.",
    ),
    (
        "HB-P0020",
        "Area Manager, North",
        "Operations",
        "core",
        "M2",
        "HB-P0002",
        "Alder House, Ludbury",
        "Line manages the registered managers of the seven northern homes, Alder House and Brook Lodge among them; co-owns the Kestrel pilot plan; sets the standard for telling families about falls and hospital transfers.",
    ),
    (
        "HB-P0021",
        "Area Manager, South",
        "Operations",
        "extended",
        "M2",
        "HB-P0002",
        "Crayminster House, Crayminster",
        "Line manages the registered managers of the seven southern homes; plans the spread of Closer Care to them in Tranche 3.",
    ),
    (
        "HB-P0030",
        "Registered Manager, Alder House",
        "Homes",
        "core",
        "M1",
        "HB-P0020",
        "Alder House, Ludbury",
        "Registered manager of Alder House (nursing, 64 beds): runs the home day to day, its rota, care plans, medicines rounds and contact with families; leads Project Kestrel inside the home.",
    ),
    (
        "HB-P0040",
        "Medicines Safety Lead",
        "Care Quality",
        "core",
        "M1",
        "HB-P0003",
        "Hollinsbrook House, Ludbury",
        "Pharmacy technician. Owns the medicines policy, the monthly medicines audits, reviews of medication errors and the clinical design of eMAR; the link with Wyvern Pharmacy Services and the GP practices on prescribing.",
    ),
    (
        "HB-P0041",
        "Falls Prevention Lead",
        "Care Quality",
        "core",
        "M1",
        "HB-P0003",
        "Hollinsbrook House, Ludbury",
        "Physiotherapist. Owns the falls pathway: falls huddles, post-fall reviews, strength and balance sessions, the alert rules for acoustic monitoring and the falls measure.",
    ),
    (
        "HB-P0050",
        "Head of Digital and Information",
        "Digital",
        "core",
        "M3",
        "HB-P0002",
        "Hollinsbrook House, Ludbury",
        "Runs the Trust's systems and network: CareLedger, RotaPoint, SafeLog, MedStream eMAR, the homes' Wi-Fi, the Hollinsbrook Insight data warehouse and its Power BI dashboards; leads data protection for systems.",
    ),
    (
        "HB-P0060",
        "Finance Director",
        "Finance",
        "core",
        "D1",
        "HB-P0001",
        "Hollinsbrook House, Ludbury",
        "Budgets, the business case and benefits accounting; agency spend reporting; agrees baselines with the programme; approves spend within a released tranche up to £250,000 with the Director of Operations.",
    ),
    (
        "HB-P0061",
        "Procurement and Contracts Manager",
        "Finance",
        "extended",
        "M1",
        "HB-P0060",
        "Hollinsbrook House, Ludbury",
        "Supplier contracts and tenders: Wyvern Pharmacy Services, the agency framework, MedStream, CareLedger and the acoustic monitoring supplier.",
    ),
    (
        "HB-P0070",
        "Head of People",
        "People",
        "core",
        "M3",
        "HB-P0001",
        "Hollinsbrook House, Ludbury",
        "Recruitment, the relief bank, agency bookings policy, rostering policy, retention and turnover, visas and right to work; leads consultation with the Staff Forum.",
    ),
    (
        "HB-P0071",
        "Learning Centre Manager",
        "People",
        "core",
        "M1",
        "HB-P0070",
        "Learning Centre, Ludbury",
        "Runs the Hollinsbrook Learning Centre, the Trust's training function: induction, the Care Certificate, medicines competency, moving and handling, the nursing associate apprenticeship and the buddy scheme; keeps training records in CareSkills Online.",
    ),
    (
        "HB-P0080",
        "Family Liaison and Communications Manager",
        "Engagement",
        "extended",
        "M1",
        "HB-P0002",
        "Hollinsbrook House, Ludbury",
        "Communication with families: the CareLedger Family app, the family survey, the newsletter and website; supports the Residents' and Relatives' Council.",
    ),
    (
        "HB-P0090",
        "Estates and Facilities Manager",
        "Estates",
        "extended",
        "M1",
        "HB-P0060",
        "Hollinsbrook House, Ludbury",
        "Buildings, maintenance, leases and alterations across the 14 homes; fits nurse call and acoustic monitoring hardware with the Head of Digital and Information.",
    ),
    (
        "HB-P0100",
        "Chair, Staff Forum",
        "Staff Forum",
        "extended",
        "elected",
        "Staff Forum",
        "Holly Bank, Tenbridge",
        "Elected chair of the Staff Forum, which the Trust consults on changes to shift patterns, job roles and any monitoring that records staff at work. Consulted on the programme; takes no part in running it.",
    ),
    (
        "HB-P0101",
        "Chair, Residents' and Relatives' Council",
        "Residents' and Relatives' Council",
        "extended",
        "elected",
        "Residents' and Relatives' Council",
        "Brook Lodge, Hensford",
        "Elected chair of the Council of residents and family members, consulted on changes to daily life, visiting, monitoring in bedrooms and how families are kept informed.",
    ),
]


def hollinsbrook_roster_json() -> str:
    data = {
        "export": {
            "system": "PeopleFirst HR",
            "report": "Positions with programme tier: Closer Care 2030",
            "generated": "2027-09-28T07:00:00Z",
            "generated_by": "HR Systems, Hollinsbrook House",
            "note": "Tier is the Closer Care tier: core = leads a cornerstone or sits on the Closer Care Board; extended = contributes, advises or is consulted.",
        },
        "positions": [
            {
                "position_id": pid,
                "role": role,
                "team": team,
                "tier": tier,
                "grade": grade,
                "reports_to": reports,
                "base": base,
                "fte": 1.0,
                "status": "filled" if pid != "HB-P0010" else "to be appointed",
                "responsibilities": resp,
            }
            for pid, role, team, tier, grade, reports, base, resp in HOLLINSBROOK_POSITIONS
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


HOLLINSBROOK_ORG: dict[str, str] = {
    "people/peoplefirst-positions-export.json": hollinsbrook_roster_json(),
    "governance/closer-care-board-terms-of-reference.md": doc(
        """
        # Closer Care Board: terms of reference

        Approved by the executive team on 2 September 2027; reviewed each April.

        ## Purpose

        The Closer Care Board steers Closer Care 2030 for the Trust. It tracks the seven
        measures, manages the programme's risks, recommends each gate to the Board of Trustees
        and decides whether Project Kestrel spreads to more homes.

        ## Membership

        - Chair: Director of Operations (executive sponsor of Closer Care 2030)
        - Deputy chair: Director of Care Quality and Nursing
        - Secretary: Closer Care Programme Manager
        - Area Manager, North and Area Manager, South
        - Finance Director, Head of People, Head of Digital and Information
        - Medicines Safety Lead and Falls Prevention Lead, for their cornerstones
        - Attending to be consulted: Chair, Staff Forum and Chair, Residents' and Relatives'
          Council

        ## Decision rights

        | Decision | Decided by | Consulted |
        |---|---|---|
        | Gate recommendations, Gates 1 to 3 | Closer Care Board, chaired by the Director of Operations; the Board of Trustees approves | Staff Forum; Residents' and Relatives' Council |
        | Kestrel go/no-go (October 2028) | Director of Operations, on the Closer Care Board's advice | Registered Manager, Alder House; Staff Forum |
        | Clinical protocols for medicines, falls and soft signs | Director of Care Quality and Nursing | GP practices; Medicines Safety Lead; Falls Prevention Lead |
        | Spend within a released tranche, up to £250,000 | Finance Director with the Director of Operations | Procurement and Contracts Manager |
        | Capital spend above £250,000 | Board of Trustees | Finance Director |
        | Shift patterns and job roles | Head of People, after consultation | Staff Forum |
        | Monitoring in residents' bedrooms | Director of Care Quality and Nursing | Residents' and Relatives' Council; Staff Forum |

        ## Meetings and reporting

        The Closer Care Board meets on the first Thursday of each month. It is quorate with the
        chair or deputy chair and four members. The Quality and Safety Committee of the Board of
        Trustees receives the medicines and falls measures each quarter.

        The Board of Trustees meets six times a year, and capital spend above £250,000 waits
        for its next meeting.

        Acoustic monitoring in a resident's bedroom needs the resident's written agreement or a
        recorded best-interests decision, room by room.
        """
    ),
    "systems/systems-register.md": doc(
        """
        # Systems register

        Kept by the Head of Digital and Information. Last reviewed August 2027.

        | System | What it does | Where it runs | Owner |
        |---|---|---|---|
        | CareLedger | Digital care records: care plans, daily notes, risk assessments, the family app (CareLedger Family) | 11 homes | Head of Digital and Information |
        | MedStream eMAR | Electronic medicines administration records on handheld devices | Alder House and Brook Lodge (trial) | Medicines Safety Lead |
        | RotaPoint | Rostering, shift swaps and timesheets | The five nursing homes | Head of People |
        | SafeLog | Incident reporting: falls, medication errors, safeguarding concerns | All 14 homes | Director of Care Quality and Nursing |
        | PeopleFirst HR | HR records, payroll, right to work | Trust-wide | Head of People |
        | CareSkills Online | E-learning and training records | Trust-wide | Learning Centre Manager |
        | Hollinsbrook Insight | Data warehouse (Azure SQL) with Power BI dashboards for occupancy, incidents, staffing and finance | Trust-wide | Head of Digital and Information |
        | NHS Capacity Tracker | Daily bed vacancies reported to the NHS | All 14 homes | Area managers |
        | Nurse call | Call bells and pendant alarms | All 14 homes | Estates and Facilities Manager |

        ## Notes on the estate

        - CareLedger digital care records run in 11 of the 14 homes; Ashcombe Court, Tenbridge
          Mews and Holly Bank keep care plans in ring binders.
        - MedStream eMAR runs at Alder House and Brook Lodge under a trial licence that ends on
          31 March 2028.
        - The other 12 homes record medicines rounds on printed MAR charts that Wyvern Pharmacy
          Services sends each month.
        - SafeLog incident reports reach Hollinsbrook Insight as a weekly CSV export on Mondays.
        - Home Wi-Fi was fitted for residents' lounges and offices; bedroom corridors in seven of
          the 14 homes sit outside its range.

        ## Contracts

        The Wyvern Pharmacy Services contract runs to September 2029, and ending it earlier
        costs £96,000. CareLedger is licensed per bed, so the three homes still on ring binders
        can be added at the current rate. MedStream has quoted for all 14 homes on a three-year
        term.
        """
    ),
    "performance/closer-care-measures.md": doc(
        """
        # Closer Care 2030: measure definitions

        Agreed by the Closer Care Board. Baselines are for April 2026 to March 2027. Each
        measure has one owner, who reports it to the Board every month.

        | Measure | Definition | Owner | Baseline | Source |
        |---|---|---|---|---|
        | Medication errors reaching a resident per 1,000 administrations | Errors recorded in SafeLog that reached a resident, per 1,000 doses given | Medicines Safety Lead | 0.9 | SafeLog; MAR charts and eMAR |
        | Falls per 1,000 occupied bed days | Falls recorded in SafeLog, per 1,000 days a bed was occupied | Falls Prevention Lead | 9.8 | SafeLog; NHS Capacity Tracker |
        | Unplanned hospital admissions per 1,000 occupied bed days | Emergency transfers that led to an admission | Director of Care Quality and Nursing | 2.4 | Home transfer logs |
        | Share of care hours worked by agency staff | Agency care hours over all care hours worked | Head of People | 17% | RotaPoint; agency invoices |
        | Care worker turnover in the year | Care workers who left, over the average number employed | Head of People | 38% | PeopleFirst HR |
        | Families rating our communication good or very good | From the family survey | Family Liaison and Communications Manager | 58% | Family survey |
        | Average occupancy across the 14 homes | Occupied bed days over available bed days | Director of Operations | 86% | NHS Capacity Tracker |

        ## How the figures are gathered

        Hospital admissions are counted from each home's transfer log; Wyvern Vale NHS Trust
        shares its admission figures with us twice a year.

        The family survey goes out once a year, in November, on paper, and about one family in
        five replies.

        Dashboards for every measure sit in Hollinsbrook Insight and are refreshed each night,
        apart from the agency share, which follows the monthly invoice run.
        """
    ),
    "operations/home-operations-notes.md": doc(
        """
        # How our homes run day to day

        Notes for new managers, kept by the area managers. Updated July 2027.

        Each home has a registered manager, a deputy, senior carers on every shift and, in the
        five nursing homes, a registered nurse on every shift. Handover happens at 7am, 2pm and
        9pm. GP practices run a weekly ward round in every home under the Enhanced Health in Care
        Homes arrangements, and the community pharmacy team visits each quarter.

        Families hear of a fall or a hospital transfer by a phone call from the nurse or senior
        carer on shift, and the call is noted on the paper handover sheet.

        Night checks are made every two hours by torch, and acoustic monitoring is fitted in six
        rooms at Alder House.

        Three homes, Crayminster House, Tenbridge Mews and Holly Bank, are leased from Severn
        Estates until 2034, and any alteration needs the landlord's written consent.

        The Red Bag scheme runs in every home: a resident going to hospital takes their
        medicines, care summary and belongings in one bag, and it comes back with them.
        """
    ),
    "people/workforce-notes.md": doc(
        """
        # Workforce notes

        Kept by the Head of People. Figures at 31 August 2027.

        We employ 1,260 people: 74 registered nurse posts, 980 care workers and senior carers,
        and housekeeping, kitchen, maintenance and office staff. Care workers work 12-hour or
        8-hour shifts.

        - The nine residential homes draw up their rotas on a whiteboard and photograph them to
          the area manager on Fridays; RotaPoint holds the rotas of the five nursing homes.
        - Agency shifts are booked by phone with four agencies, and the finance team matches
          invoices to timesheets each month.
        - Nineteen of our 74 nurse posts are filled by agency nurses on rolling four-week
          bookings.
        - Changes to shift patterns and job roles go to a 60-day consultation with the Staff
          Forum.

        Overseas recruitment brought 64 care workers to the Trust in 2024 and 2025; the Head of
        People keeps their visa records in PeopleFirst HR.
        """
    ),
    "people/learning-centre.md": doc(
        """
        # The Hollinsbrook Learning Centre

        The Learning Centre is the Trust's training function, run by the Learning Centre
        Manager with two trainers and a team of practice educators in the homes. It delivers
        induction and the Care Certificate to every new care worker, yearly medicines
        competency checks, moving and handling, dementia care and end-of-life care, and keeps
        every colleague's record in CareSkills Online.

        The Learning Centre at Ludbury seats 16, and Wyvern College takes eight Hollinsbrook
        staff a year onto the nursing associate apprenticeship.

        Practice educators run short sessions on shift in every home, and the Centre will train
        staff on eMAR and acoustic monitoring as each home goes live.
        """
    ),
    "people/staff-forum-and-council.md": doc(
        """
        # Staff Forum and Residents' and Relatives' Council

        ## Staff Forum

        Twenty elected colleagues, at least one from each home, with an elected chair. The Trust
        consults the Forum on shift patterns, job roles, pay structures and any monitoring that
        records staff at work. The Forum gives its view; the decision stays with management.

        ## Residents' and Relatives' Council

        Residents and family members from every home, with an elected chair, meeting every two
        months. The Trust consults the Council on daily life in the homes, visiting, monitoring
        in bedrooms and how families are kept informed.
        """
    ),
}


# --------------------------------------------------------------------------- Ravensworth org
# The roster is the club's structure chart kept as nested Markdown bullets: indentation shows
# reporting lines; each entry names the role, its team and tier, then its responsibilities.

RAVENSWORTH_ORG: dict[str, str] = {
    "people/club-structure.md": doc(
        """
        # Ravensworth Athletic FC: club structure for Full Stand 2030

        Kept by the Club Secretary's office; last updated 1 June 2027. Each entry gives the
        role, its team and its Full Stand tier, then what the role is responsible for.
        Indentation shows who reports to whom. Tier: core = leads a set piece or sits on the Full
        Stand Board; extended = contributes, advises or is consulted.

        - **Chief Executive** (Team: Executive; Tier: core): executive sponsor of Full Stand 2030; chairs the Full Stand Board and takes its reviews and the Floodlight go/no-go; holds the club's operating budget; reports to the Club Board.
          - **Full Stand Programme Lead** (Team: Programme Office; Tier: core): runs the plan, its phases and reviews, the risk log and benefits tracking; secretary to the Full Stand Board; owns the Project Floodlight pilot plan with the Head of Ticketing and Supporter Services.
          - **Stadium and Safety Director** (Team: Stadium and Safety; Tier: core): the club's Safety Officer under the safety certificate; owns ground safety, the entry plan, the stewarding plan, certified capacity and the link with the Safety Advisory Group; can stop any change on safety grounds; leads Set piece 4.
            - **Head of Stewarding** (Team: Stadium and Safety; Tier: core): Deputy Safety Officer; recruits, deploys and briefs stewards; keeps the steward rota and steward qualifications with the Matchday Training Manager; runs the control room and gate counts on matchdays.
            - **Facilities and Grounds Manager** (Team: Stadium and Safety; Tier: extended): buildings, turnstile hardware, power supplies, kitchen fabric and the East Stand works; manages contractors and the network operator.
          - **Head of Ticketing and Supporter Services** (Team: Supporter Services; Tier: core): ticketing, season tickets and renewals, price proposals, the season-ticket exchange, turnstile access control and the ticket office; leads Set pieces 1 and 3.
            - **Supporter Liaison Officer** (Team: Supporter Services; Tier: extended): the link between the club and supporters' groups on matchdays and between games; briefs fans on changes.
          - **Head of Hospitality and Catering** (Team: Commercial; Tier: core): kiosks, Millrace Kitchens, hospitality suites and matchday catering staff; kiosk stock, prices and queues; leads Set piece 2.
          - **Commercial Director** (Team: Commercial; Tier: extended): sponsorship, the club shop, hospitality sales and partner deals; owns matchday income targets with the Finance Director.
          - **Head of Digital and Data** (Team: Digital; Tier: core): the club app, the website, stadium Wi-Fi, FanBase CRM, the Terrace data warehouse and its dashboards; system links and the protection of fans' data.
          - **Finance Director** (Team: Finance; Tier: core): budgets, the business case, benefits accounting, capital spend and the borrowing facility; agrees baselines with the programme.
          - **Head of People** (Team: People; Tier: extended): recruitment, contracts and pay for staff and casual workers, steward and catering contracts among them.
            - **Matchday Training Manager** (Team: People; Tier: core): runs the Matchday Skills School, the club's training function: the level 2 spectator safety qualification, food hygiene, induction and matchday briefings; keeps training records.
          - **Head of Communications** (Team: Communications; Tier: extended): club announcements, the matchday programme, social media and the press; tells fans about changes.
          - **Club Secretary** (Team: Football Administration; Tier: extended): league rules, the safety certificate application with the Stadium and Safety Director, board papers and club governance.
        - **Chair, Fan Advisory Board** (Team: Fan Advisory Board; Tier: extended): elected chair of the Fan Advisory Board, which the club consults on ticket prices, seating, the stadium and matchday changes; consulted, and holds no role in running the plan.
        - **Chair, Disabled Supporters' Association** (Team: Disabled Supporters' Association; Tier: extended): consulted on access, the viewing platforms, accessible entry and facilities, and on any change to how disabled fans enter or are served.
        """
    ),
    "governance/full-stand-board-terms-of-reference.md": doc(
        """
        # Full Stand Board: terms of reference

        Agreed by the Club Board on 12 May 2027.

        **Chair:** Chief Executive (executive sponsor). **Secretary:** Full Stand Programme Lead.
        **Members:** Stadium and Safety Director, Head of Ticketing and Supporter Services, Head
        of Hospitality and Catering, Head of Digital and Data, Finance Director, Head of
        Stewarding. **Consulted before each review:** Chair, Fan Advisory Board; Chair, Disabled
        Supporters' Association.

        The Board meets on the second Tuesday of each month, and weekly on matchday weeks during
        Project Floodlight.

        ## Decision rights

        1. Phase reviews (Kick-off, Half-time and Full-time) and the Floodlight go/no-go: the
           Full Stand Board, chaired by the Chief Executive, who decides.
        2. Release of Second half funding: the Chief Executive on the Full Stand Board's
           recommendation, within the budget the Club Board approved.
        3. Any change to the entry plan, stewarding plan or capacity: the Stadium and Safety
           Director, who may stop a change on safety grounds.
        4. Ticket prices and seating: the Head of Ticketing and Supporter Services proposes, the
           Chief Executive decides after the Fan Advisory Board has been consulted.
        5. Spend up to £100,000 within an approved phase: the Finance Director; above that, the
           Chief Executive.

        ## Money

        The club's borrowing facility with Northgate Bank is capped at £3m, and £1.8m of it is
        drawn.
        """
    ),
    "systems/club-systems.md": doc(
        """
        # Club systems

        Kept by the Head of Digital and Data, June 2027.

        | System | Used for | Owner |
        |---|---|---|
        | Ticketgate | Ticketing, season tickets, turnstile access control, the ticket office | Head of Ticketing and Supporter Services |
        | Eventmaster | Hospitality bookings and the conference diary | Head of Hospitality and Catering |
        | FanBase CRM | Club membership, the club shop's online customers and fan emails | Head of Digital and Data |
        | Ravensworth app | Club news, match tickets on phones, the club shop | Head of Digital and Data |
        | Terrace | The club's data warehouse (Snowflake), with dashboards for ticketing, retail and matchday income | Head of Digital and Data |
        | TillPoint | Kiosk and bar tills | Head of Hospitality and Catering |
        | Sage 200 | Finance | Finance Director |
        | CCTV and control room | Ground cameras, gate counts and radio | Stadium and Safety Director |

        Twenty-two of the 48 turnstiles, all in the Kiln Road End and the East Stand, read paper
        barcodes and date from 2011.

        The Ticketgate contract runs to June 2029, and ending it earlier costs £210,000.

        Season tickets sit in Ticketgate and hospitality bookings in Eventmaster, and the two are
        matched by email address in a spreadsheet before each season.

        Kiosk tills send their sales to Sage 200 as a nightly file from the till supplier.

        Public Wi-Fi covers the Main Stand concourse and the hospitality suites; the Kiln Road
        End, East Stand and North Stand concourses sit outside it.
        """
    ),
    "performance/full-stand-measures.md": doc(
        """
        # Full Stand 2030: measures

        Baselines are for the 2026/27 season; targets for 2029/30. Each measure has one owner.

        | Measure | How it is counted | Owner | 2026/27 |
        |---|---|---|---|
        | Fans in their seats by kick-off | Turnstile entries before kick-off over all entries, league games | Head of Ticketing and Supporter Services | 71% |
        | Average league attendance | Tickets scanned at league games, averaged over the season | Head of Ticketing and Supporter Services | 11,900 |
        | Season tickets renewed | Holders who renew, over last season's holders | Head of Ticketing and Supporter Services | 74% |
        | Average half-time kiosk queue | Minutes from joining a queue to being served, timed at every kiosk at five games | Head of Hospitality and Catering | 14 minutes |
        | Food and drink spend per fan | Kiosk and bar takings over attendance, league games | Head of Hospitality and Catering | £4.10 |
        | Stewards holding a level 2 spectator safety qualification | Qualified stewards over stewards who worked a game in the season | Head of Stewarding | 42% |
        | Fans rating their matchday 8 out of 10 or better | From the supporter survey | Head of Communications | 52% |

        The Terrace dashboards show ticketing and kiosk figures the morning after each game.

        The supporter survey runs once a season, in April, and about 1,900 fans reply.

        The club's data analyst is shared with the commercial department, three days a week.
        """
    ),
    "operations/matchday-operations-notes.md": doc(
        """
        # Matchday operations

        Notes kept by the Head of Hospitality and Catering and the Head of Stewarding.

        Gates open 75 minutes before kick-off. The Millrace has 31 kiosks and four bars across
        the Main Stand, East Stand, North Stand and Kiln Road End, staffed by about 140 casual
        catering workers on a league matchday.

        - Kiosk supervisors count stock with clipboards after each match and email the counts to
          the Head of Hospitality and Catering on Mondays.
        - Catering rotas are drawn up by each kiosk supervisor on paper and texted to staff on the
          Wednesday before a game.
        - The Kiln Road End kitchen runs on a 63-amp supply, and the network operator quotes a
          14-month lead time for a larger one.
        - Metro Buses runs four matchday shuttles from Ravensworth station, leaving 90, 75, 60
          and 45 minutes before kick-off.

        Stewards are briefed at their gate before doors open. Lost children are taken to the
        Main Stand reception.
        """
    ),
    "safety/ground-safety-notes.md": doc(
        """
        # Ground safety notes

        Kept by the Stadium and Safety Director. The general safety certificate is issued by
        Ravensworth Borough Council on the advice of the Safety Advisory Group (council, police,
        fire, ambulance and the Sports Grounds Safety Authority's inspector).

        The safety certificate caps the East Stand at 3,700 of its 5,200 seats until the
        upper-tier exits are widened.

        The Safety Advisory Group meets four times a year, and changes to the entry plan reach it
        at least 28 days before they take effect.

        Stewards are casual staff paid by the match; 118 of the 282 on the books worked five or
        more games last season.

        The control room holds CCTV of every turnstile bank and concourse, and gate counts from
        Ticketgate reach it every 30 seconds on a matchday.
        """
    ),
    "people/matchday-skills-school.md": doc(
        """
        # The Matchday Skills School

        The Skills School is the club's training function, run by the Matchday Training Manager
        from the Main Stand education suite. It trains stewards for the level 2 spectator safety
        qualification, catering staff in food hygiene and allergen rules, and gives every
        matchday worker an induction and a briefing pack. Training records are kept in the
        Skills School's tracker.

        The Skills School runs one level 2 spectator safety course at a time, for 16 stewards
        over six Saturdays.
        """
    ),
    "fans/fan-advisory-board.md": doc(
        """
        # Fan Advisory Board

        Set up in 2026 under the new football regulator's code. Twelve members: supporters'
        trust, season-ticket holders, away fans, the Disabled Supporters' Association, young
        fans and women's football supporters, with an elected chair.

        Changes to ticket prices and seating go to the Fan Advisory Board, which meets four
        times a season, for a 30-day consultation.

        The Board gives its view in writing; the club publishes its response. The Board takes no
        decisions for the club.
        """
    ),
}


# --------------------------------------------------------------------------- Corvane org
# The roster is the positions register exported from the HR spreadsheet, with extra columns.

CORVANE_POSITIONS = [
    (
        "CA-001",
        "Managing Director",
        "Executive",
        "E1",
        "extended",
        "Aerovane Group CEO",
        "Halsey Field",
        "1.0",
        "Leads Corvane Aerotechnic and answers to the Aerovane Group board; kept informed of Hangar Flow through the Executive Committee.",
    ),
    (
        "CA-002",
        "Chief Operating Officer",
        "Executive",
        "E2",
        "core",
        "CA-001",
        "Halsey Field",
        "1.0",
        "Executive sponsor of Hangar Flow 2029. Chairs the Hangar Flow Steering Committee and takes gates G1 to G3 and the Osprey go/no-go; releases programme funds; runs base and line maintenance, planning, materials and technical services.",
    ),
    (
        "CA-010",
        "Hangar Flow Programme Manager",
        "Transformation Office",
        "M3",
        "core",
        "CA-002",
        "Halsey Field",
        "1.0",
        "Runs the programme office: the plan, the weekly tracker, the risk log and benefits; secretary to the Steering Committee; owns the Project Osprey pilot plan with the Base Maintenance Manager.",
    ),
    (
        "CA-020",
        "Base Maintenance Manager",
        "Base Maintenance",
        "M4",
        "core",
        "CA-002",
        "Hangars 1-3",
        "1.0",
        "Part-145 nominated person for base maintenance. Runs the three hangars, shifts and crews; deploys certifying engineers; owns check turn time, engineer utilisation and the Hangar 3 night line; leads Lever D.",
    ),
    (
        "CA-021",
        "Production Planning Manager",
        "Base Maintenance",
        "M3",
        "core",
        "CA-020",
        "Halsey Field",
        "1.0",
        "The hangar slot plan, check planning, work package build and freeze, input meetings and on-time redelivery; leads Lever A.",
    ),
    (
        "CA-022",
        "Customer Programme Manager",
        "Base Maintenance",
        "M2",
        "extended",
        "CA-021",
        "Halsey Field",
        "1.0",
        "The customer's single contact during a check: input meetings, findings, quotes for additional work and approvals; redelivery paperwork.",
    ),
    (
        "CA-030",
        "Technical Services Manager",
        "Engineering",
        "M3",
        "core",
        "CA-002",
        "Halsey Field",
        "1.0",
        "Engineering data and task cards, AMOS work package templates, standard work packages, engineering queries and repair designs, and the task card sign-off records.",
    ),
    (
        "CA-040",
        "Head of Materials and Logistics",
        "Supply Chain",
        "M4",
        "core",
        "CA-002",
        "Building 7",
        "1.0",
        "Stores, kitting, the rotables pool and suppliers, the AOG desk, forward stores and parts waits; leads Lever B.",
    ),
    (
        "CA-050",
        "Compliance Monitoring Manager",
        "Quality",
        "M4",
        "core",
        "CA-001",
        "Halsey Field",
        "1.0",
        "Part-145 compliance monitoring: audits, findings, repeat defect reviews, the Maintenance Organisation Exposition and all approvals from the CAA; signs off every change to procedures.",
    ),
    (
        "CA-060",
        "Head of IT and Data",
        "IT",
        "M4",
        "core",
        "CA-002",
        "Halsey Field",
        "1.0",
        "AMOS and AMOS mobile, tablets, networks and hangar Wi-Fi, the Runway data warehouse and Power BI, and the build of the customer portal; leads Lever C.",
    ),
    (
        "CA-070",
        "Finance Director",
        "Finance",
        "E2",
        "core",
        "CA-001",
        "Halsey Field",
        "1.0",
        "Budgets, the business case and benefits, revenue and margin reporting, and capital requests to the Aerovane Group.",
    ),
    (
        "CA-080",
        "Head of People",
        "People",
        "M4",
        "core",
        "CA-001",
        "Halsey Field",
        "1.0",
        "Recruitment, contract engineers, retention and pay, shift patterns and negotiation with Unite under the collective agreement.",
    ),
    (
        "CA-081",
        "Training Manager",
        "Corvane Training Academy",
        "M3",
        "core",
        "CA-080",
        "Academy, Building 2",
        "1.0",
        "Runs the Corvane Training Academy, the company's training function and a Part-147 organisation: type courses, the B1 licence programme, human factors, and training on AMOS mobile and tablets; keeps training and authorisation records.",
    ),
    (
        "CA-090",
        "Commercial Director",
        "Commercial",
        "E2",
        "extended",
        "CA-001",
        "Halsey Field",
        "1.0",
        "Customer contracts, slot sales, prices for additional work, renewals and the customer portal's commercial terms.",
    ),
    (
        "CA-100",
        "Health, Safety and Environment Manager",
        "HSE",
        "M2",
        "extended",
        "CA-002",
        "Halsey Field",
        "1.0",
        "Hangar safety, the fire-suppression works, tow-tractor routes and environmental permits.",
    ),
    (
        "CA-110",
        "Line Maintenance Manager",
        "Line Maintenance",
        "M3",
        "extended",
        "CA-002",
        "Six line stations",
        "1.0",
        "Six line stations; defect handovers from line to base; Tracman records.",
    ),
    (
        "CA-120",
        "Unite Senior Convenor",
        "Employee Representatives",
        "Rep",
        "extended",
        "Unite",
        "Hangars 1-3",
        "0.5",
        "Represents Unite members in base maintenance; consulted on shift patterns, working practices and monitoring of work under the collective agreement.",
    ),
    (
        "CA-121",
        "Chair, Certifying Staff Forum",
        "Certifying Staff Forum",
        "Rep",
        "extended",
        "Certifying Staff Forum",
        "Hangars 1-3",
        "0.2",
        "Elected chair of the forum of licensed certifying engineers; consulted on task card formats, sign-off methods and human factors.",
    ),
]


CORVANE_ORG: dict[str, str] = {
    "people/positions-register.csv": csv_text(
        [
            "Position ID",
            "Role",
            "Team",
            "Grade",
            "Tier",
            "Reports to",
            "Location",
            "FTE",
            "Responsibilities",
        ],
        CORVANE_POSITIONS,
    ),
    "governance/hangar-flow-steering-committee-charter.md": doc(
        """
        # Hangar Flow Steering Committee: charter

        Approved by the Executive Committee, 20 July 2027.

        ## Role

        The Steering Committee directs Hangar Flow 2029, takes its gates and the Project Osprey
        go/no-go, releases funds within the approved envelope and resolves issues the lever
        owners escalate.

        ## Members

        - Chief Operating Officer (chair and executive sponsor)
        - Hangar Flow Programme Manager (secretary)
        - Base Maintenance Manager, Production Planning Manager, Technical Services Manager
        - Head of Materials and Logistics, Head of IT and Data
        - Finance Director, Head of People, Training Manager
        - Compliance Monitoring Manager (in attendance, with a veto on anything that affects
          the Part-145 approval)
        - Consulted before each gate: Unite Senior Convenor; Chair, Certifying Staff Forum

        ## Decision rights

        | Decision | Who decides | Who is consulted |
        |---|---|---|
        | Gates G1, G2 and G3 | Steering Committee; the Chief Operating Officer decides | Unite Senior Convenor; Certifying Staff Forum |
        | Osprey go/no-go | Chief Operating Officer at G2 | Base Maintenance Manager; Compliance Monitoring Manager |
        | Release of funds within the approved envelope | Chief Operating Officer with the Finance Director | Programme Manager |
        | Changes to procedures and the exposition | Compliance Monitoring Manager | Certifying Staff Forum |
        | Shift patterns | Head of People, after consultation | Unite Senior Convenor |
        | Customer contract terms, the freeze among them | Commercial Director | Production Planning Manager |

        ## Rhythm

        Monthly Steering Committee; weekly lever owners' meeting run by the programme office;
        a one-page tracker to the Executive Committee each month.

        Capital requests above £500,000 go to the Aerovane Group investment committee, which
        sits in March and September.
        """
    ),
    "systems/it-systems-inventory.md": doc(
        """
        # IT systems inventory

        Kept by the Head of IT and Data. Reviewed June 2027.

        | System | Purpose | Users | Notes |
        |---|---|---|---|
        | AMOS | Maintenance and engineering system: planning, work packages, task cards, rotables, stores transactions | Base maintenance, planning, stores, technical services | On-premises, version 24.6 |
        | AMOS mobile | Task cards and sign-off on tablets | Hangar floor | 40 concurrent licences |
        | Tracman | Line maintenance records | Six line stations | Runs alongside AMOS |
        | Kardex carousels | Automated storage of consumables and expendables in Building 7 | Stores | Own stock software |
        | Runway | Data warehouse (Azure Synapse) with Power BI reports on checks, hours, parts and revenue | Management, finance | Loaded from AMOS each night |
        | Q-Pulse | Quality management: audits, findings, occurrence reports, authorisations | Quality, training | |
        | Door access | Clocking in and out at hangar doors | All staff | |
        | SAP Business One | Finance, purchasing, invoicing | Finance, supply chain | |

        ## Known limits

        - Line stations record their work in Tracman, and defects raised on the line reach AMOS
          in a nightly batch.
        - AMOS mobile is licensed for 40 concurrent users, against 220 certifying and support
          staff on the hangar floors.
        - Hangar Wi-Fi reaches Hangars 1 and 2; Hangar 3 and the wheel and brake shop run on
          wired terminals at the workbenches.
        - Consumables and expendables sit in the Kardex carousels, whose stock counts reach AMOS
          each Monday.
        - The monthly KPI pack is built in Excel by two report writers in Finance from Runway
          extracts.
        """
    ),
    "performance/kpi-dictionary.md": doc(
        """
        # Hangar Flow KPI dictionary

        Owned by the Hangar Flow Programme Manager. Baselines are for FY2026/27 (April 2026 to
        March 2027).

        | KPI | Definition | Owner | Baseline | Source |
        |---|---|---|---|---|
        | A320-family C-check turn time | Calendar days from aircraft input to redelivery, C-checks on A319, A320 and A321 | Base Maintenance Manager | 21 days | AMOS |
        | Checks redelivered on the contracted date | Heavy checks handed back on or before the date in the contract, over all heavy checks | Production Planning Manager | 58% | AMOS; contracts |
        | Task cards signed electronically | Task cards closed with an electronic signature, over all task cards | Technical Services Manager | 0% | AMOS mobile |
        | Hours per check waiting for parts | Hours a task stood at "awaiting parts", summed per check | Head of Materials and Logistics | 310 | AMOS |
        | Licensed engineer utilisation | Hours booked to aircraft tasks over paid hours, licensed engineers | Base Maintenance Manager | 61% | AMOS; door access |
        | Repeat defects within 30 days of redelivery, per check | Defects on the same system raised within 30 days of redelivery | Compliance Monitoring Manager | 4.1 | Q-Pulse; Tracman |
        | Base maintenance revenue | Invoiced base maintenance revenue in the financial year | Finance Director | £64m | SAP Business One |

        Runway refreshes each KPI nightly except utilisation, which follows the weekly match of
        clocked hours to task bookings.
        """
    ),
    "operations/base-maintenance-notes.md": doc(
        """
        # Base maintenance: how a check runs today

        Notes by the Base Maintenance Manager and the Production Planning Manager, May 2027.

        Three hangars: Hangar 1 and Hangar 2 each hold one narrowbody line; Hangar 3 holds two
        lines (Line 1 and Line 2). Day shift runs 06:00 to 18:00, nights 18:00 to 06:00, four on
        and four off.

        Customers send work package requests by email as PDF and Excel files, and planners key
        the tasks into AMOS.

        The work package freeze is 7 days before input under most customer contracts, and the
        Baltair and Nordwing contracts allow additions up to the day of input.

        Work packs are printed from AMOS, signed in ink on the hangar floor and scanned into the
        records archive by Technical Records within five days of redelivery.

        Kits are picked from the main store in Building 7, a 12-minute tow-tractor trip from
        Hangar 3.

        Engineers' clocked hours come from the door-access system and are matched to AMOS task
        bookings by the planning team once a week.

        Hangar 3 closes for fire-suppression works from 8 January to 18 February 2028.

        The pool agreement with Aerostock Pool Services covers A320 rotables to December 2029,
        and leaving earlier costs €420,000.
        """
    ),
    "people/workforce-and-licences.md": doc(
        """
        # Workforce and licences

        Kept by the Head of People with the Base Maintenance Manager. Figures at 31 July 2027.

        Base maintenance employs 410 people: licensed B1 and B2 engineers, mechanics,
        inspectors, planners, storemen and support staff.

        - Ninety-six of the 128 licensed engineer posts are filled by our own staff, and 22
          licensed engineers are contractors on three-month terms.
        - Night shift in Hangar 3 runs with 14 engineers, half the day-shift complement.
        - Changes to shift patterns are negotiated with Unite under the 2025 collective
          agreement, which runs to March 2029 and sets 45 days' consultation.

        Licensed engineers receive a retention payment after three years' service.
        """
    ),
    "quality/part-145-approvals.md": doc(
        """
        # Part-145 approval and the exposition

        Corvane holds a UK Part-145 approval from the CAA for base maintenance of the A320
        family and the ATR 72. The Compliance Monitoring Manager keeps the Maintenance
        Organisation Exposition and runs the audit programme in Q-Pulse.

        A change to task card formats or sign-off methods needs a revision of the Maintenance
        Organisation Exposition, which the CAA approves in about 90 days.

        Certifying staff authorisations are issued by the Compliance Monitoring Manager after
        the Academy's assessment.
        """
    ),
    "people/corvane-training-academy.md": doc(
        """
        # Corvane Training Academy

        The Academy is Corvane's training function and a Part-147 approved training
        organisation, run by the Training Manager with six instructors in Building 2. It runs
        A320-family and ATR 72 type courses, the B1 licence programme for mechanics, human
        factors and continuation training, and training on AMOS mobile. Training records sit in
        Q-Pulse.

        The Academy runs eight A320 type courses a year, with 12 seats on each.
        """
    ),
}


ORGS = {
    "hollinsbrook-care": HOLLINSBROOK_ORG,
    "ravensworth-athletic": RAVENSWORTH_ORG,
    "corvane-aerotechnic": CORVANE_ORG,
}


def write_org(case_dir: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the blind6 folder by default)."""
    save_pdf(
        build_hollinsbrook(),
        root / "hollinsbrook-care" / "closer-care-2030.pdf",
        "Closer Care 2030",
    )
    save(
        build_ravensworth(),
        root / "ravensworth-athletic" / "full-stand-2030-club-board.pptx",
        "Ravensworth Athletic FC",
        "Full Stand 2030",
    )
    save(
        build_corvane(),
        root / "corvane-aerotechnic" / "hangar-flow-2029-exco.pptx",
        "Corvane Aerotechnic Ltd",
        "Hangar Flow 2029",
    )
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
