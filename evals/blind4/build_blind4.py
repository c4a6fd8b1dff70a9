"""Build the blind4 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/blind4/build_blind4.py

Writes, under ``evals/blind4/<name>/``, each case's deck and its ``org/`` folder:

- ``brookfold-dairy``: PDF (fpdf2), 17 landscape A4 report pages with a coloured sidebar that
  carries the section name; the roadmap is a drawn table (one row per stage);
- ``baralla-mount-cassin``: PPTX (python-pptx), 18 slides; goals as "targets" and
  "commitments", KPI tiles, a Gantt-like roadmap of rectangles under month labels;
- ``portmoor-albion``: PPTX, 18 slides in a modern house style (dark cover and section
  slides, big-number tiles, noun-phrase initiatives, a roadmap by seasons).

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX files, a fixed creation date (and so a fixed file ID) in the PDF, and org text held as
literal strings below.

This is a BLIND set (split "blind4"): nothing is ever tuned on it. See evals/blind4/README.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
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
FIXED_ZIP_TIME = (2027, 1, 15, 12, 0, 0)
FIXED_W3C = "2027-01-15T12:00:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 2, 8, 9, 0, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

TITLE, TITLE_AND_CONTENT, TWO_CONTENT, COMPARISON, TITLE_ONLY, BLANK = 0, 1, 3, 4, 5, 6


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


# --------------------------------------------------------------------------- PPTX kit


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
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: int = 16,
    bold: bool = False,
    color: RGBColor | None = None,
) -> None:
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    write_lines(box.text_frame, lines, size, bold, color)


def cover(prs: PresentationType, title: str, subtitle: Sequence[str]) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    write_lines(slide.placeholders[1].text_frame, subtitle)
    return slide


def title_only(prs: PresentationType, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    return slide


def content_slide(prs: PresentationType, title: str, lines: Sequence[str]) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    write_lines(slide.placeholders[1].text_frame, lines, size=18)
    return slide


def box_slide(prs: PresentationType, title: str, eyebrow: str, footer: str | None = None) -> Slide:
    """A blank slide whose title is a free text box, with an eyebrow and a page counter."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    page = len(prs.slides)
    text_box(slide, 0.5, 0.2, 6.0, 0.4, [eyebrow.upper()], size=11)
    text_box(slide, 0.5, 0.6, 12.0, 0.9, [title], size=28, bold=True)
    if footer:
        text_box(slide, 0.5, 7.0, 9.0, 0.4, [footer], size=9)
    text_box(slide, 12.3, 7.0, 0.8, 0.4, [f"{page}"], size=10)
    return slide


def bullets(
    slide: Slide,
    lines: Sequence[str],
    top: float = 1.6,
    left: float = 0.6,
    size: int = 16,
    color: RGBColor | None = None,
) -> None:
    text_box(slide, left, top, 12.0 - left + 0.6, 5.3, lines, size=size, color=color)


def tiles(
    slide: Slide,
    items: Sequence[tuple[str, str]],
    top: float = 1.6,
    fill: RGBColor | None = None,
    color: RGBColor | None = None,
) -> None:
    width = 12.0 / len(items)
    for i, (big, label) in enumerate(items):
        left = 0.6 + i * width
        shape = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(width - 0.2), Inches(1.6)
        )
        shape.text_frame.text = ""
        if fill is not None:
            shape.fill.solid()
            shape.fill.fore_color.rgb = fill
        text_box(
            slide, left + 0.1, top + 0.1, width - 0.4, 0.7, [big], size=32, bold=True, color=color
        )
        text_box(slide, left + 0.1, top + 0.85, width - 0.4, 0.7, [label], size=12, color=color)


def table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    top: float = 1.6,
    size: int = 13,
    widths: Sequence[float] | None = None,
) -> None:
    shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(0.6),
        Inches(top),
        Inches(12.0),
        Emu(Inches(0.5) * len(rows)),
    )
    if widths:
        for c, w in enumerate(widths):
            shape.table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)


def columns(
    slide: Slide,
    items: Sequence[tuple[str, Sequence[str]]],
    top: float = 1.7,
    size: int = 13,
    color: RGBColor | None = None,
) -> None:
    width = 12.0 / len(items)
    for i, (head, lines) in enumerate(items):
        left = 0.6 + i * width
        text_box(slide, left, top, width - 0.2, 0.8, [head], size=16, bold=True, color=color)
        text_box(slide, left, top + 0.9, width - 0.2, 4.5, lines, size=size, color=color)


def pairs(slide: Slide, heads: tuple[str, str], rows: Sequence[tuple[str, str]]) -> None:
    text_box(slide, 0.6, 1.5, 5.8, 0.4, [heads[0]], size=14, bold=True)
    text_box(slide, 6.7, 1.5, 6.0, 0.4, [heads[1]], size=14, bold=True)
    for i, (left_text, right_text) in enumerate(rows):
        top = 2.0 + i * 0.95
        text_box(slide, 0.6, top, 5.8, 0.9, [left_text], size=13)
        text_box(slide, 6.7, top, 6.0, 0.9, [right_text], size=13)


def bar(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    text: str,
    fill: RGBColor,
    size: int = 10,
    shape_kind=MSO_SHAPE.RECTANGLE,
    color: RGBColor | None = None,
) -> None:
    """A filled shape whose own text frame holds a label (Gantt bars, gate diamonds)."""
    shape = slide.shapes.add_shape(
        shape_kind, Inches(left), Inches(top), Inches(width), Inches(height)
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = fill
    shape.line.fill.background()
    write_lines(shape.text_frame, [text], size, color=color or RGBColor(0xFF, 0xFF, 0xFF))


def dark(slide: Slide, rgb: RGBColor) -> None:
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = rgb


def save(prs: PresentationType, path: Path, author: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# --------------------------------------------------------------------------- PDF kit (fpdf2)
# Brookfold's plan is drawn straight to PDF as a landscape A4 report (297 x 210 mm) with a
# green sidebar on the left that carries the organization, the section number and name.
# Core Helvetica only (Latin-1 text); bullets are drawn dashes.

A4_W, A4_H = 297.0, 210.0
SIDEBAR = 62.0
GREEN = (28, 84, 52)
CREAM = (246, 241, 226)
INK = (30, 30, 30)
MAIN_X = SIDEBAR + 12
MAIN_W = A4_W - MAIN_X - 14
PDF_FOOTER = "Brookfold Dairy Co-operative | Farm to Vat 2030 | Board paper BD/27/03"


class ReportPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(MAIN_X, 12, 14)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("fpdf2")
        self.set_creator("Farm to Vat Programme Office")
        self.set_author("Farm to Vat Programme Office")

    def cover_page(self, title: str, lines: Sequence[str]) -> None:
        self.add_page()
        self.set_fill_color(*GREEN)
        self.rect(0, 0, A4_W, 70, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("helvetica", "B", 38)
        self.set_xy(20, 26)
        self.cell(250, 18, title)
        self.set_text_color(*INK)
        self.set_font("helvetica", "", 15)
        y = 90
        for line in lines:
            self.set_xy(20, y)
            self.cell(260, 8, line)
            y += 12

    def sheet(self, number: str, section: str, title: str) -> None:
        """Sidebar (organization, section number and name), then the page title."""
        self.add_page()
        self.set_fill_color(*GREEN)
        self.rect(0, 0, SIDEBAR, A4_H, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("helvetica", "B", 11)
        self.set_xy(8, 14)
        self.cell(48, 6, "BROOKFOLD DAIRY")
        self.set_font("helvetica", "B", 34)
        self.set_xy(8, 40)
        self.cell(48, 16, number)
        self.set_font("helvetica", "", 12)
        self.set_xy(8, 60)
        self.multi_cell(48, 6, section)
        self.set_text_color(*GREEN)
        self.set_font("helvetica", "B", 21)
        self.set_xy(MAIN_X, 14)
        self.cell(MAIN_W, 11, title)
        self.set_text_color(*INK)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_text_color(120, 120, 120)
        self.set_font("helvetica", "", 8)
        self.set_xy(MAIN_X, A4_H - 10)
        self.cell(160, 5, PDF_FOOTER)
        self.set_xy(A4_W - 30, A4_H - 10)
        self.cell(16, 5, f"{self.page_no()} / 17", align="R")
        self.set_text_color(*INK)

    def bullets(
        self,
        lines: Sequence[str],
        top: float = 32,
        left: float = MAIN_X,
        width: float = MAIN_W,
        size: int = 12,
        gap: float = 2.5,
    ) -> float:
        y = top
        self.set_font("helvetica", "", size)
        line_h = size * 0.5
        for line in lines:
            self.set_fill_color(*GREEN)
            self.rect(left, y + line_h / 2 - 0.4, 3, 0.8, style="F")
            self.set_xy(left + 6, y)
            self.multi_cell(width - 6, line_h, line)
            y = self.get_y() + gap
        return y

    def paragraph(
        self,
        x: float,
        y: float,
        w: float,
        text: str,
        size: int,
        bold: bool = False,
        italic: bool = False,
    ) -> float:
        style = ("B" if bold else "") + ("I" if italic else "")
        self.set_font("helvetica", style, size)
        self.set_xy(x, y)
        self.multi_cell(w, size * 0.5, text)
        return self.get_y()

    def label(self, x: float, y: float, text: str) -> float:
        self.set_text_color(*GREEN)
        self.set_font("helvetica", "B", 13)
        self.set_xy(x, y)
        self.cell(MAIN_W, 7, text)
        self.set_text_color(*INK)
        return y + 9

    def tiles(self, items: Sequence[tuple[str, str]], top: float = 32) -> None:
        width = MAIN_W / len(items)
        for i, (big, caption) in enumerate(items):
            x = MAIN_X + i * width
            self.set_fill_color(*CREAM)
            self.rect(x, top, width - 4, 34, style="F")
            self.set_text_color(*GREEN)
            self.set_font("helvetica", "B", 24)
            self.set_xy(x + 3, top + 4)
            self.cell(width - 10, 11, big)
            self.set_text_color(*INK)
            self.set_font("helvetica", "", 9)
            self.set_xy(x + 3, top + 18)
            self.multi_cell(width - 10, 4.5, caption)

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        top: float = 32,
        size: int = 11,
    ) -> float:
        self.set_xy(MAIN_X, top)
        self.set_font("helvetica", "", size)
        self.set_draw_color(170, 170, 170)
        with self.table(
            col_widths=tuple(widths),
            width=sum(widths),
            align="LEFT",
            line_height=size * 0.55,
            first_row_as_headings=True,
            text_align="LEFT",
        ) as tbl:
            for row in rows:
                r = tbl.row()
                for value in row:
                    r.cell(value)
        return self.get_y()

    def pairs(
        self, heads: tuple[str, str], rows: Sequence[tuple[str, str]], top: float = 32
    ) -> None:
        half = MAIN_W / 2
        self.set_font("helvetica", "B", 12)
        self.set_xy(MAIN_X, top)
        self.cell(half - 6, 7, heads[0])
        self.set_xy(MAIN_X + half, top)
        self.cell(half, 7, heads[1])
        self.set_font("helvetica", "", 11)
        y = top + 10
        for left_text, right_text in rows:
            self.set_xy(MAIN_X, y)
            self.multi_cell(half - 6, 5.5, left_text)
            end_left = self.get_y()
            self.set_xy(MAIN_X + half, y)
            self.multi_cell(half, 5.5, right_text)
            y = max(end_left, self.get_y()) + 5


def save_pdf(pdf: ReportPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------- Brookfold Dairy


def build_brookfold() -> ReportPDF:
    pdf = ReportPDF()
    # 1
    pdf.cover_page(
        "Farm to Vat 2030",
        [
            "Brookfold Dairy Co-operative: farm-to-processing plan, milk years 2027/28 to 2029/30",
            "April 2027 to March 2030",
            "Board of Directors and Members' Council, 16 February 2027 | Paper BD/27/03",
            "Prepared by the Farm to Vat Programme Office, Hollins Cross",
        ],
    )
    # 2
    pdf.sheet("01", "Summary", "The plan on one page")
    pdf.tiles(
        [
            ("85%", "of members' milk in Band A, from 64%"),
            ("95%", "of collections inside the agreed window"),
            ("10.1 kg", "of Cheddar from 100 litres, from 9.6"),
            ("1.05", "kg CO2e per litre of milk, from 1.21"),
        ]
    )
    pdf.bullets(
        [
            "Our members produce good milk, but value leaks between the parlour and the vat: late"
            " tankers, milk tipped at intake, and a Cheddar yield below the best creameries.",
            "Four strands of work: Cleaner milk, Smarter collection, Fuller vats and Lighter footprint.",
            "Proved on collection Round 7 (the Culm Valley, 38 farms) from January 2028, then taken"
            " to all eleven rounds from April 2029.",
            "Decision sought: approve the plan and £4.6m of capital for Stages 1 and 2.",
        ],
        top=74,
    )
    # 3
    pdf.sheet("02", "Where we stand", "Milk year 2026/27 in figures")
    pdf.bullets(
        [
            "412 member farms in Devon and Somerset supplied 541 million litres to Hollins Cross.",
            "64% of members' milk was paid at the Band A price.",
            "The pool's average somatic cell count was 228,000 cells per ml.",
            "Tankers reached the farm inside the agreed collection window on 81% of collections.",
            "Our tankers ran 6.4 km for every 1,000 litres they brought in.",
            "2.9 million litres were tipped at intake, mostly for antibiotic residues and warm milk.",
            "Hollins Cross made 9.6 kg of Cheddar from every 100 litres of milk.",
            "The 118 farms that measured their footprint averaged 1.21 kg CO2e per litre.",
            "58% of members rated the co-operative good or excellent in the autumn survey.",
        ]
    )
    # 4
    pdf.sheet("03", "Context", "The market, and what members told us")
    pdf.label(MAIN_X, 32, "The market")
    pdf.bullets(
        [
            "The UK farmgate milk price averaged 41.2p a litre in 2026, with 6p between the best"
            " and the worst contracts.",
            "Two of our four largest retail customers want a verified footprint per litre from"
            " their Cheddar suppliers by 2029.",
            "Mature Cheddar earns about £420 a tonne more than mild; 30% of our make is mature.",
            "Three neighbouring processors pay a larger quality bonus for Band A milk than we do.",
        ],
        top=41,
        size=11,
    )
    pdf.label(MAIN_X, 100, "What we heard at the autumn member meetings")
    pdf.bullets(
        [
            '"If the tanker is two hours late my milk sits warm in the tank, and I get the blame."'
            " (member, Round 4)",
            '"I find out my cell count three weeks after the problem started." (member, Round 9)',
            '"Pay us for quality and we will deliver it." (member, Round 2)',
            '"Nobody has ever told me what my milk is worth once it is cheese." (member, Round 7)',
        ],
        top=109,
        size=11,
    )
    # 5
    pdf.sheet("04", "North star", "Where we are heading")
    y = pdf.paragraph(
        MAIN_X,
        40,
        MAIN_W,
        "Every litre our members produce, valued in full from the parlour to the vat.",
        20,
        bold=True,
    )
    y = pdf.paragraph(
        MAIN_X,
        y + 12,
        MAIN_W,
        "85% of the pool in Band A and 10.1 kg of Cheddar from 100 litres, by March 2030.",
        15,
        bold=True,
    )
    pdf.paragraph(
        MAIN_X,
        y + 12,
        MAIN_W,
        "What members will notice: a tanker that arrives when we said it would, a quality result"
        " the morning after collection, and a milk price that rewards the work.",
        13,
        italic=True,
    )
    # 6
    pdf.sheet("05", "Strand 1", "Cleaner milk")
    pdf.paragraph(
        MAIN_X, 31, MAIN_W, "Aim: 85% of the pool in Band A by March 2030.", 13, bold=True
    )
    pdf.bullets(
        [
            "Send each farm its bactoscan and cell count the morning after collection, by text and on FarmLink.",
            "Fund a milking-routine visit for every farm in Band C two months running.",
            "Pay a Band A bonus of 0.5p a litre from April 2028, subject to the AGM vote.",
            "Train 120 herd workers a year in parlour hygiene at the Farm Academy.",
            "Bar-code every tanker sample so each farm's result is traced to its collection.",
        ],
        top=44,
    )
    # 7
    pdf.sheet("06", "Strand 2", "Smarter collection")
    pdf.paragraph(
        MAIN_X,
        31,
        MAIN_W,
        "Aim: 95% of collections inside a two-hour window by March 2029.",
        13,
        bold=True,
    )
    pdf.bullets(
        [
            "Re-plan all eleven rounds in Fleetwise every month from live farm volumes.",
            "Give every driver a handheld to log collection time, milk temperature and sample code.",
            "Agree a two-hour collection window with each farm and publish it on FarmLink.",
            "Replace six of the oldest tankers with 32,000-litre drawbar units.",
            "Cut tanker kilometres by planning rounds across the Dunstone and Brookfold fleets together.",
        ],
        top=44,
    )
    # 8
    pdf.sheet("07", "Strand 3", "Fuller vats")
    pdf.paragraph(
        MAIN_X, 31, MAIN_W, "Aim: 10.1 kg of Cheddar from 100 litres by March 2030.", 13, bold=True
    )
    pdf.bullets(
        [
            "Screen every tanker at intake with a rapid antibiotic test before it is tipped.",
            "Standardise the protein-to-fat ratio of the milk at every vat fill.",
            "Record each vat's yield in Dynamics at the end of every make.",
            "Fit a fines saver to vats 3 and 4 and recover curd from the whey stream.",
            "Hold a weekly yield review with the shift supervisors and the intake laboratory.",
        ],
        top=44,
    )
    # 9
    pdf.sheet("08", "Strand 4", "Lighter footprint")
    pdf.paragraph(
        MAIN_X,
        31,
        MAIN_W,
        "Aim: 1.05 kg CO2e per litre across the pool by March 2030.",
        13,
        bold=True,
    )
    pdf.bullets(
        [
            "Measure the footprint of every member farm in Agrecalc by March 2029.",
            "Offer a Farm Carbon Plan visit to the 100 farms with the highest footprint.",
            "Report a verified footprint per litre to our retail customers from milk year 2029/30.",
            "Pay a sustainability premium on the milk price once the retail premium is signed.",
        ],
        top=44,
    )
    # 10
    pdf.sheet("09", "Measures", "How we will measure progress")
    pdf.grid(
        [
            ["Measure", "2026/27", "Target", "By"],
            ["Share of the pool in Band A", "64%", "85%", "March 2030"],
            ["Pool somatic cell count ('000 per ml)", "228", "180", "March 2030"],
            ["Collections inside the agreed window", "81%", "95%", "March 2029"],
            ["Tanker km per 1,000 litres collected", "6.4", "5.2", "March 2030"],
            ["Litres rejected at intake", "2.9m", "0.8m", "March 2029"],
            ["Cheddar yield (kg per 100 litres)", "9.6", "10.1", "March 2030"],
            ["Farm footprint (kg CO2e per litre)", "1.21", "1.05", "March 2030"],
            ["Members rating us good or excellent", "58%", "75%", "March 2030"],
        ],
        widths=(95, 34, 34, 40),
    )
    # 11
    pdf.sheet("10", "Roadmap", "Three stages, three decisions")
    pdf.grid(
        [
            ["Stage", "Months", "Main work", "Decision at the end"],
            [
                "Stage 1: Groundwork",
                "Apr 2027 - Dec 2027",
                "Handhelds ordered, next-morning results, rapid tests at intake, Agrecalc for 150 farms",
                "Gate 1 (December 2027): is Round 7 ready?",
            ],
            [
                "Stage 2: Prove on Round 7",
                "Jan 2028 - Mar 2029",
                "Round 7 pilot, Band A bonus from April 2028, fines saver on vats 3 and 4",
                "Gate 2 (March 2029): go/no-go for every round",
            ],
            [
                "Stage 3: Every round",
                "Apr 2029 - Mar 2030",
                "All eleven rounds, footprint for every farm, verified footprint to retailers",
                "Close-out review (March 2030)",
            ],
        ],
        widths=(45, 38, 76, 50),
    )
    pdf.paragraph(
        MAIN_X,
        120,
        MAIN_W,
        "A milk year runs from April to March. Stage 3 starts with the 2029/30 milk year.",
        10,
        italic=True,
    )
    # 12
    pdf.sheet("11", "Pilot", "Pilot: Round 7, the Culm Valley")
    pdf.bullets(
        [
            "38 farms, 41 million litres a year, two tankers; January 2028 to March 2029.",
            "Every Round 7 farm gets handheld collection records, next-morning results and a two-hour window.",
        ],
        top=32,
    )
    pdf.label(MAIN_X, 60, "Success criteria")
    pdf.bullets(
        [
            "At least 80% of Round 7 milk in Band A for three months running",
            "93% of Round 7 collections inside the two-hour window",
            "Every Round 7 farm receives its result the morning after collection",
            "Round 7 litres rejected at intake halved against 2026/27",
        ],
        top=69,
    )
    pdf.paragraph(
        MAIN_X,
        120,
        MAIN_W,
        "Go/no-go at Gate 2 in March 2029: the Steering Group extends the model to all eleven"
        " rounds, extends the pilot by a quarter, or stops.",
        12,
        bold=True,
    )
    # 13
    pdf.sheet("12", "First 90 days", "April to June 2027")
    pdf.bullets(
        [
            "Appoint the Farm to Vat Programme Lead and hold the first Steering Group in April.",
            "Confirm the 2026/27 baselines for the eight measures with Finance and the intake laboratory.",
            "Open the consultation with the Members' Council on collection windows and the Band A bonus.",
            "Order 60 driver handhelds and agree the interface into ProMilk.",
            "Sign the Round 7 pilot charter with the 38 farms.",
            "Table the Band A bonus resolution for the September 2027 AGM.",
            "Start Agrecalc footprints for the first 150 farms.",
        ]
    )
    # 14
    pdf.sheet("13", "Investment", "What it costs and what it returns")
    pdf.bullets(
        [
            "Capital of £4.6m over Stages 1 and 2: tankers £2.1m, intake testing £0.6m, fines saver"
            " £0.9m, handhelds and systems £1.0m.",
            "Running cost of £1.3m a year, including two more Field Liaison Officers.",
            "Benefits of £5.8m a year at full run-rate: yield £3.1m, less milk tipped £1.0m, fewer"
            " tanker kilometres £0.9m, carbon premium £0.8m.",
            "Payback in 2.4 years; worth about 0.6p a litre on the members' milk price.",
        ]
    )
    # 15
    pdf.sheet("14", "Risks", "Risks and how we will handle them")
    pdf.pairs(
        ("Risk", "Mitigation"),
        [
            (
                "Members see the Band A bonus as a cut for everyone else",
                "Fund the bonus from yield gains and put it to the AGM with the Members' Council's view",
            ),
            (
                "Handhelds lose signal on the valley farms of Round 7",
                "Store-and-forward on the handheld; records upload at the next signal",
            ),
            (
                "Haulier contracts limit changes on three rounds",
                "Pilot on our own tankers; agree Fleetwise planning with Dunstone before Stage 3",
            ),
            (
                "Field Liaison Officers stretched across 412 farms",
                "Recruit two officers before Stage 2 and visit Band C farms first",
            ),
            (
                "Yield gain smaller than forecast",
                "Test the fines saver on vats 3 and 4 before buying for the other vats",
            ),
        ],
    )
    # 16
    pdf.sheet("15", "Governance", "Who decides")
    pdf.bullets(
        [
            "Sponsor: the Chief Executive, who chairs the Farm to Vat Steering Group.",
            "The Steering Group meets monthly: Chief Executive (chair), Farm to Vat Programme Lead,"
            " Head of Member Services, Hollins Cross Creamery Manager, Milk Collection & Haulage"
            " Manager and Finance Director.",
            "The Steering Group decides Gates 1 and 2 and the Round 7 go/no-go; capital above £250,000"
            " goes to the Board of Directors.",
            "The Members' Council is consulted on collection windows, the milk price formula and farm"
            " data sharing.",
            "Progress goes to the Board each quarter and to members at the AGM.",
        ]
    )
    # 17
    pdf.sheet("16", "Decisions", "What we ask of the Board")
    pdf.bullets(
        [
            "Approve Farm to Vat 2030.",
            "Approve £4.6m of capital for Stages 1 and 2.",
            "Agree to put the Band A bonus to the September 2027 AGM.",
            "Note the consultation with the Members' Council.",
        ]
    )
    return pdf


# --------------------------------------------------------------------------- Baralla Minerals

RUST = RGBColor(0xB4, 0x4A, 0x1C)
SLATE = RGBColor(0x3C, 0x46, 0x50)
OCHRE = RGBColor(0xD9, 0x9A, 0x2B)
STEEL = RGBColor(0x6E, 0x84, 0x96)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
MINE_FOOTER = "Baralla Minerals | Mount Cassin Operations | Safer Haul 2030 | Confidential"

MONTHS = [
    "Jul 27",
    "Oct 27",
    "Jan 28",
    "Apr 28",
    "Jul 28",
    "Oct 28",
    "Jan 29",
    "Apr 29",
    "Jul 29",
    "Oct 29",
    "Jan 30",
    "Apr 30",
]
GANTT_LEFT, GANTT_WIDTH = 2.6, 10.2  # inches; 36 months from July 2027


def month_x(month: float) -> float:
    return GANTT_LEFT + GANTT_WIDTH * month / 36


def gantt(slide: Slide) -> None:
    """Month labels, three phase bars, four workstream rows of bars, and gate diamonds."""
    for i, label in enumerate(MONTHS):
        text_box(slide, month_x(i * 3), 1.45, 0.85, 0.3, [label], size=10)
    phases = [
        (0, 6, "Phase 1 - Get ready (Jul-Dec 2027)"),
        (6, 18, "Phase 2 - North Pit pilot (Jan-Dec 2028)"),
        (18, 36, "Phase 3 - Scale to South Pit (Jan 2029-Jun 2030)"),
    ]
    for start, end, label in phases:
        bar(
            slide,
            month_x(start),
            1.85,
            month_x(end) - month_x(start) - 0.04,
            0.45,
            label,
            SLATE,
            size=11,
        )
    rows = [
        (
            "Critical controls",
            [
                (0, 4, "CCV tablets live (Oct 27)"),
                (4, 18, "Twelve mobile-equipment control plans rewritten"),
                (18, 36, "Field checks and ICAM in every crew"),
            ],
        ),
        (
            "Collision avoidance",
            [
                (1, 6, "Fleet 2 Level 9 fit (Aug-Dec 27)"),
                (6, 24, "Other 38 trucks and 120 light vehicles (Jan 28-Jun 29)"),
            ],
        ),
        (
            "Autonomy",
            [
                (0, 9, "LTE and haul road works (Jul 27-Mar 28)"),
                (9, 12, "Commission (Apr-Jun 28)"),
                (12, 18, "Fleet 2 autonomous (Jul-Dec 28)"),
                (18, 36, "South Pit design, roads and conversion (2029-30)"),
            ],
        ),
        (
            "People",
            [
                (0, 6, "Transition plan agreed (by Dec 27)"),
                (6, 12, "Controller training (Jan-Jun 28)"),
                (12, 24, "40 people retrained (to Jun 29)"),
            ],
        ),
    ]
    for r, (name, items) in enumerate(rows):
        top = 2.55 + r * 0.85
        text_box(slide, 0.4, top, 2.1, 0.6, [name], size=12, bold=True)
        for start, end, label in items:
            bar(
                slide,
                month_x(start),
                top,
                month_x(end) - month_x(start) - 0.04,
                0.6,
                label,
                RUST if name != "People" else STEEL,
                size=9,
            )
    gates = [
        (6, "G1 Readiness - Dec 2027"),
        (18, "G2 Go/no-go - Dec 2028"),
        (30, "G3 South Pit review - Dec 2029"),
    ]
    for month, label in gates:
        bar(slide, month_x(month) - 0.2, 6.05, 0.4, 0.4, "", OCHRE, shape_kind=MSO_SHAPE.DIAMOND)
        text_box(slide, month_x(month) - 0.9, 6.45, 2.0, 0.4, [label], size=10, bold=True)


def build_baralla() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Safer Haul 2030",
        [
            "Mount Cassin copper-gold mine: safety and autonomous haulage programme, July 2027 to June 2030",
            "Baralla Minerals | Board Safety & Sustainability Committee, 27 May 2027",
        ],
    )
    # 2
    s = box_slide(prs, "Safer Haul 2030 at a glance", "Executive summary", MINE_FOOTER)
    tiles(
        s,
        [
            ("2.5", "TRIFR by June 2030, from 4.8"),
            ("46 / 46", "haul trucks with Level 9 collision avoidance"),
            ("8", "autonomous trucks in North Pit by December 2028"),
            ("A$0.58", "haul cost per tonne-kilometre, from A$0.71"),
        ],
        fill=SLATE,
        color=WHITE,
    )
    bullets(
        s,
        [
            "Haul trucks and light vehicles share our roads, and that is where our worst incidents happen.",
            "Four focus areas: control the critical risks, separate people from haul trucks, autonomous haulage in North Pit, and skills for the autonomous mine.",
            "Fleet 2 (eight CAT 793F trucks) runs autonomously in North Pit from July 2028; South Pit follows from 2029 if Gate G2 is passed.",
            "Decision sought: endorse the programme and approve A$38m of capital for Phases 1 and 2.",
        ],
        top=3.5,
    )
    # 3
    s = title_only(prs, "Mount Cassin in FY27")
    bullets(
        s,
        [
            "We moved 42 Mt of material with 46 haul trucks across North Pit and South Pit.",
            "Our TRIFR was 4.8 per million hours worked, against 3.1 for the Baralla group.",
            "There were 11 significant potential incidents with heavy vehicles, 7 of them between a light vehicle and a haul truck.",
            "Supervisors completed 68% of scheduled critical control verifications by their due date.",
            "Our haul trucks carry Level 7 proximity detection, which warns the operator and cannot slow the truck.",
            "Haulage cost A$0.71 per tonne-kilometre, 44% of the mine's operating cost.",
            "Guardian raised 6.2 alerts for every 10,000 hours the trucks operated.",
        ],
        size=17,
    )
    # 4
    s = box_slide(prs, "The industry has moved", "Context", MINE_FOOTER)
    bullets(
        s,
        [
            "More than 1,000 autonomous haul trucks now run in Western Australia's iron ore and gold mines.",
            "Two deaths in WA surface mines in 2025 followed interactions between haul trucks and light vehicles.",
            "Operator turnover at Mount Cassin was 27% in FY27, in one of the tightest labour markets in the state.",
            "Autonomous fleets at peer sites report 15-20% more productive hours from the same trucks.",
            "The copper price is forecast at US$9,800 a tonne for FY28, against US$8,900 in FY27.",
        ],
    )
    # 5
    s = box_slide(prs, "What we heard from the crews", "Listening", MINE_FOOTER)
    columns(
        s,
        [
            (
                "Operators",
                [
                    '"At 3 am on the east ramp you are relying on the other bloke being awake."',
                    '"If the trucks drive themselves, what happens to my job?"',
                    '"The proximity alarm goes off so often we stop hearing it."',
                ],
            ),
            (
                "Supervisors",
                [
                    '"I spend Friday afternoon typing up the week\'s checklists."',
                    '"The control plans were written in Perth, not in the pit."',
                    '"Give us fewer, better checks and we will do every one."',
                ],
            ),
        ],
    )
    # 6
    s = box_slide(prs, "Our commitment and our target", "North star", MINE_FOOTER)
    text_box(
        s,
        0.8,
        1.8,
        11.5,
        1.4,
        ["Everyone goes home safe, every shift, and the trucks do the dangerous driving."],
        size=28,
    )
    text_box(
        s,
        0.8,
        3.5,
        11.5,
        0.9,
        ["Zero fatalities and a TRIFR of 2.5 or below at Mount Cassin by June 2030."],
        size=22,
        bold=True,
    )
    text_box(
        s,
        0.8,
        4.7,
        11.5,
        1.2,
        [
            "What a crew will notice: fewer checks that mean more, a truck that stops itself, and a control room doing the night driving in North Pit."
        ],
        size=16,
    )
    # 7
    s = box_slide(prs, "Control the critical risks", "Focus area 1", MINE_FOOTER)
    bullets(
        s,
        [
            "Commitment: every critical control checked, every shift, by the people who rely on it.",
            "Target: 95% of critical control verifications completed on time by December 2028.",
            "We will move critical control verifications from paper to tablets linked to INX InControl.",
            "We will rewrite the twelve critical control plans for mobile equipment with the crews who use them.",
            "We will have every superintendent do a field leadership check in the pit twice a week.",
            "We will investigate every significant potential incident with ICAM within 14 days.",
        ],
    )
    # 8
    s = box_slide(prs, "Separate people from haul trucks", "Focus area 2", MINE_FOOTER)
    bullets(
        s,
        [
            "Commitment: no light vehicle shares a haul road with a manned truck unless a system can stop the truck.",
            "Target: all 46 haul trucks at EMESRT Level 9 collision avoidance by June 2029.",
            "We will fit Level 9 collision avoidance to Fleet 2 first, then to the other 38 haul trucks.",
            "We will upgrade the proximity tags on all 120 light vehicles to work with the Level 9 system.",
            "We will close North Pit haul roads to light vehicles once autonomous haulage starts, with escorted access for survey and maintenance.",
            "We will route Guardian fatigue alerts into MineStar so the dispatcher acts within two minutes.",
        ],
    )
    # 9
    s = box_slide(prs, "Autonomous haulage in North Pit", "Focus area 3", MINE_FOOTER)
    bullets(
        s,
        [
            "Target: eight autonomous trucks in North Pit by December 2028, at 78% effective utilisation by June 2030.",
            "Commitment: nobody loses their job to autonomy; every Fleet 2 operator is offered a new role or retraining.",
            "We will convert Fleet 2's eight CAT 793F trucks to Cat MineStar Command for hauling.",
            "We will extend the site LTE network across North Pit down to the pit floor.",
            "We will build an autonomous operations centre in the mine office, staffed by controllers on every shift.",
            "We will redesign North Pit haul roads and intersections to the autonomy design standard.",
        ],
    )
    # 10
    s = box_slide(prs, "Skills for the autonomous mine", "Focus area 4", MINE_FOOTER)
    bullets(
        s,
        [
            "Target: 40 people trained as autonomy controllers, pit technicians and autonomy supervisors by June 2029.",
            "Commitment: the people who drive our trucks today run the autonomous fleet tomorrow.",
            "We will open an autonomy module at the Mount Cassin Training Centre with our RTO partner.",
            "We will agree a workforce transition plan with the AWU and the safety and health representatives before any role changes.",
            "We will assess every controller's competency before their first solo shift.",
        ],
    )
    # 11
    s = box_slide(prs, "Targets at a glance", "Measures", MINE_FOOTER)
    table(
        s,
        [
            ["Measure", "FY27 baseline", "Target", "By"],
            [
                "Total recordable injury frequency rate (per million hours)",
                "4.8",
                "2.5",
                "June 2030",
            ],
            ["Heavy vehicle significant potential incidents (per year)", "11", "3", "June 2030"],
            ["Critical control verifications on time", "68%", "95%", "December 2028"],
            ["Haul trucks with Level 9 collision avoidance", "0 of 46", "46 of 46", "June 2029"],
            ["Autonomous fleet effective utilisation", "-", "78%", "June 2030"],
            ["Haul cost per tonne-kilometre (A$)", "0.71", "0.58", "June 2030"],
            ["Fatigue events per 10,000 operating hours", "6.2", "2.0", "June 2029"],
        ],
        size=14,
        widths=[6.4, 1.9, 1.8, 1.9],
    )
    # 12
    s = box_slide(prs, "Roadmap: July 2027 to June 2030", "Roadmap", MINE_FOOTER)
    gantt(s)
    # 13
    s = box_slide(prs, "Pilot: Fleet 2 in North Pit", "Pilot", MINE_FOOTER)
    bullets(
        s,
        [
            "Scope: eight CAT 793F trucks of Fleet 2 on the North Pit east ramp, two loading units, around the clock, July to December 2028.",
            "Success criteria:",
            "Zero significant potential incidents between autonomous trucks and people or vehicles",
            "Effective utilisation of 70% or more over the last eight weeks of the pilot",
            "Payload and cycle time within 5% of the manned Fleet 1 on the same ramp",
            "Every autonomy controller assessed competent before their first solo shift",
            "Go/no-go at Gate G2 in December 2028: the Safer Haul Steering Committee decides to scale to South Pit, extend the pilot, or return Fleet 2 to manned operation.",
        ],
        size=15,
    )
    # 14
    s = box_slide(prs, "The first 90 days: July to September 2027", "Mobilise", MINE_FOOTER)
    bullets(
        s,
        [
            "Appoint the Safer Haul Programme Manager and hold the first Steering Committee in July.",
            "Notify DEMIRS of the autonomous haulage project and start the risk assessment under the code of practice.",
            "Open consultation with the AWU and the safety and health representatives on the workforce transition plan.",
            "Sign the MineStar Command contract for Fleet 2.",
            "Order Level 9 collision avoidance kits for Fleet 2.",
            "Set the FY27 baselines for the seven targets from Pitwall.",
            "Survey LTE coverage across North Pit to the pit floor.",
        ],
    )
    # 15
    s = box_slide(prs, "Investment case", "Investment", MINE_FOOTER)
    bullets(
        s,
        [
            "Phases 1 and 2 need A$38m of capital: autonomy kits and licences A$17m, collision avoidance A$9m, LTE and roads A$8m, operations centre and training A$4m.",
            "Phase 3 (South Pit) needs a further A$44m, for decision at Gate G2.",
            "Benefits of A$21m a year at full run-rate, from haul productivity, fuel and tyres, and lower injury costs.",
            "Payback of 3.6 years on the North Pit investment.",
        ],
    )
    # 16
    s = box_slide(prs, "Risks and mitigations", "Risks", MINE_FOOTER)
    pairs(
        s,
        ("Risk", "Mitigation"),
        [
            (
                "Radio dead spots on the lower benches stop autonomous trucks",
                "Survey in the first 90 days and add mesh trailers where the LTE cannot reach",
            ),
            (
                "Operators fear for their jobs and leave before the pilot",
                "Agree the transition plan with the AWU before Gate G1; offer retraining to every Fleet 2 operator",
            ),
            (
                "Fleet 2 rebuilds clash with commissioning",
                "Bring the rebuilds forward into Phase 1 with the OEM",
            ),
            (
                "Mixed traffic at the North Pit ROM pad",
                "Give autonomous trucks their own lane and tipping points at the ROM pad",
            ),
            (
                "The regulator's review takes longer than planned",
                "Notify DEMIRS in the first 90 days and share a sister site's risk assessment",
            ),
        ],
    )
    # 17
    s = box_slide(prs, "Governance", "Governance", MINE_FOOTER)
    bullets(
        s,
        [
            "Executive sponsor: the General Manager, who chairs the Safer Haul Steering Committee.",
            "The Steering Committee meets monthly: General Manager (chair), Mining Manager, Safer Haul Programme Manager, Superintendent Health & Safety, Maintenance Superintendent Mobile Equipment and Site Finance Manager.",
            "The Steering Committee decides Gates G1, G2 and G3 and the Fleet 2 go/no-go; capital above A$5m goes to the Baralla Investment Committee.",
            "The Mining Manager, as registered manager, signs off the autonomous operations safety case before any truck runs without an operator.",
            "The AWU site delegate and the elected safety and health representatives are consulted on every change to roles, rosters and safe work procedures.",
        ],
    )
    # 18
    s = box_slide(prs, "What we ask of the Committee", "Asks", MINE_FOOTER)
    bullets(
        s,
        [
            "Endorse Safer Haul 2030.",
            "Approve A$38m of capital for Phases 1 and 2.",
            "Note the DEMIRS notification and the consultation with the AWU.",
        ],
    )
    return prs


# --------------------------------------------------------------------------- Portmoor Albion

CLARET = RGBColor(0x6B, 0x12, 0x2D)
NIGHT = RGBColor(0x12, 0x16, 0x2B)
GOLD = RGBColor(0xE8, 0xB9, 0x3C)
MIST = RGBColor(0xEE, 0xEE, 0xF2)


def club_slide(prs: PresentationType, kicker: str, headline: str, night: bool = False) -> Slide:
    """Portmoor's house style: a gold kicker over a sentence-case headline, a two-digit
    page marker top right, and a night-blue background on the statement slides."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    if night:
        dark(slide, NIGHT)
    ink = WHITE if night else NIGHT
    text_box(slide, 0.6, 0.35, 8.0, 0.4, [kicker.upper()], size=12, bold=True, color=GOLD)
    text_box(slide, 0.6, 0.75, 11.0, 1.0, [headline], size=32, bold=True, color=ink)
    text_box(slide, 12.2, 0.35, 0.8, 0.4, [f"{len(prs.slides):02d}"], size=12, color=GOLD)
    return slide


def play_slide(
    prs: PresentationType, number: int, name: str, items: Sequence[str], winning: str
) -> None:
    """One play: its name, four or five initiatives as noun-phrase cards, and a band that
    says what winning looks like for this play."""
    s = club_slide(prs, f"Play {number}", name)
    for i, item in enumerate(items):
        col, row = i % 3, i // 3
        card = s.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE,
            Inches(0.6 + col * 4.05),
            Inches(1.9 + row * 1.75),
            Inches(3.85),
            Inches(1.55),
        )
        card.fill.solid()
        card.fill.fore_color.rgb = MIST
        card.line.fill.background()
        write_lines(card.text_frame, [item], 15, color=NIGHT)
    band = s.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(0.6), Inches(5.6), Inches(12.0), Inches(1.1)
    )
    band.fill.solid()
    band.fill.fore_color.rgb = CLARET
    band.line.fill.background()
    write_lines(band.text_frame, [winning], 17, bold=True, color=WHITE)


def build_portmoor() -> PresentationType:
    prs = new_deck()
    # 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    dark(s, CLARET)
    text_box(s, 0.8, 2.2, 11.5, 1.4, ["Full House"], size=60, bold=True, color=WHITE)
    text_box(
        s,
        0.8,
        3.7,
        11.5,
        1.6,
        [
            "Portmoor Albion Football Club: fan experience and commercial growth plan, seasons 2027/28 to 2029/30",
            "Club Board | 10 March 2027",
        ],
        size=20,
        color=WHITE,
    )
    # 2
    s = club_slide(prs, "The short version", "Fill the ground, fix the matchday, open all week")
    tiles(
        s,
        [
            ("21,500", "average league crowd in 2029/30"),
            ("88%", "season ticket renewal"),
            ("4 min", "half-time queue at a kiosk"),
            ("£22m", "commercial income in 2029/30"),
        ],
        top=1.9,
        fill=NIGHT,
        color=WHITE,
    )
    bullets(
        s,
        [
            "Albion Park is two-thirds full on a match day and dark on more than 300 days a year.",
            "Four plays: Every seat filled, A matchday that flows, Albion Park all week, and Partners who stay.",
            "Proved in the Riverside Stand in 2027/28, then stadium-wide from 2028/29.",
            "Today's decision: approve Full House and £7.2m of capital over three seasons.",
        ],
        top=3.8,
        size=17,
    )
    # 3
    s = club_slide(prs, "Where we are", "The 2026/27 season in numbers")
    bullets(
        s,
        [
            "League attendance averaged 17,400 in a 26,000-seat stadium.",
            "78% of season ticket holders renewed for 2026/27.",
            "The average half-time wait at a kiosk was 11 minutes.",
            "Fans spent £6.80 a head on food and drink at a league match.",
            "Commercial revenue was £14.2m: sponsorship £6.1m, hospitality £5.4m, events £2.7m.",
            "Albion Park hosted 38 events on days without a match.",
            "29% of fans came through the turnstiles in the last 15 minutes before kick-off.",
            "Matchday fans scored their day 6.9 out of 10 in the end-of-season survey.",
        ],
        top=1.9,
        size=17,
    )
    # 4
    s = club_slide(prs, "The market", "What is changing around us")
    bullets(
        s,
        [
            "Clubs in our division fill 62% of their capacity on average; the top three fill 90%.",
            "Clubs that went cashless report food and drink spend up by a fifth to a third.",
            "Partners now ask for audience and attendance data before they renew.",
            "A 12,000-seat arena opens in Portmoor city centre in 2028 and will bid for the same concerts and conferences.",
            "Broadcast income for our division is flat in cash terms until 2030.",
        ],
        top=1.9,
        size=17,
    )
    # 5
    s = club_slide(prs, "What we heard", "Fans and partners, in their own words", night=True)
    columns(
        s,
        [
            (
                "Supporters",
                [
                    '"I arrive ten minutes before kick-off because there is nothing to do inside."',
                    '"Half-time is a choice between a pie and the second half."',
                    '"I would come to more games if I could pass my seat on when I cannot."',
                ],
            ),
            (
                "Partners",
                [
                    '"We pay for the shirt and never find out who sees it."',
                    '"The lounges are great on a Saturday and empty on a Tuesday."',
                    '"Give us a reason to bring clients on a cold night in January."',
                ],
            ),
        ],
        top=2.0,
        size=15,
        color=WHITE,
    )
    # 6
    s = club_slide(prs, "What winning looks like", "Full House by 2029/30", night=True)
    text_box(
        s,
        0.8,
        2.0,
        11.5,
        1.4,
        ["A full, loud Albion Park that fans love coming to and partners queue up to be part of."],
        size=30,
        color=WHITE,
    )
    text_box(
        s,
        0.8,
        3.8,
        11.5,
        1.0,
        ["An average league crowd of 21,500 and £22m of commercial income in the 2029/30 season."],
        size=22,
        bold=True,
        color=GOLD,
    )
    text_box(
        s,
        0.8,
        5.1,
        11.5,
        1.2,
        [
            "What a fan will notice: a phone for a ticket, a pint in four minutes, a reason to come early and a reason to come back on a Tuesday."
        ],
        size=16,
        color=WHITE,
    )
    # 7
    play_slide(
        prs,
        1,
        "Every seat filled",
        [
            "Flexible season tickets: 10-match and half-season packs",
            "Ticket Exchange for every league and cup match",
            "£5 under-18 tickets in the Family Stand",
            "Season ticket renewal in the app, with monthly direct debit",
            "A first-match offer for every new postcode in the city",
        ],
        "What winning looks like: 88% of season ticket holders renewing, and an average league crowd of 21,500.",
    )
    # 8
    play_slide(
        prs,
        2,
        "A matchday that flows",
        [
            "Mobile tickets at every turnstile",
            "Cashless kiosks with order-ahead in the Albion app",
            "Twelve new serving points on the Riverside and North Terrace concourses",
            "A fan zone in the East car park from two hours before kick-off",
            "Stadium Wi-Fi in the seating bowl",
        ],
        "What winning looks like: 90% of fans inside 15 minutes before kick-off, and a 4-minute half-time queue.",
    )
    # 9
    play_slide(
        prs,
        3,
        "Albion Park all week",
        [
            "Conference and banqueting in the Legends Suite, five days a week",
            "Stadium tours and the club museum, open daily",
            "Summer concerts on the pitch",
            "Weddings and Christmas parties in the Main Stand lounges",
            "A community sports hall in the old ticket office",
        ],
        "What winning looks like: 90 event days a year by 2029/30.",
    )
    # 10
    play_slide(
        prs,
        4,
        "Partners who stay",
        [
            "A front-of-shirt and stadium naming partner from 2028/29",
            "Quarterly audience reports for every partner",
            "LED perimeter boards on all four sides of the pitch",
            "The Riverside Club: hospitality seats from 1,100 to 1,600",
        ],
        "What winning looks like: £22m of commercial income, with 90% of partners renewing.",
    )
    # 11
    s = club_slide(prs, "The scoreboard", "How we will keep score")
    table(
        s,
        [
            ["Measure", "2026/27", "Target", "Season"],
            ["Average league crowd", "17,400", "21,500", "2029/30"],
            ["Season ticket renewal rate", "78%", "88%", "2029/30"],
            ["Fans inside 15 minutes before kick-off", "71%", "90%", "2028/29"],
            ["Half-time kiosk queue (minutes)", "11", "4", "2028/29"],
            ["Food and drink spend per head (£)", "6.80", "10.50", "2029/30"],
            ["Total commercial income (£m)", "14.2", "22.0", "2029/30"],
            ["Non-matchday event days", "38", "90", "2029/30"],
            ["Matchday fan score (out of 10)", "6.9", "8.5", "2029/30"],
        ],
        top=1.9,
        size=14,
        widths=[6.0, 2.0, 2.0, 2.0],
    )
    # 12
    s = club_slide(prs, "The road to a full house", "Three seasons, three whistles")
    columns(
        s,
        [
            (
                "2027/28 | Build",
                [
                    "Riverside Stand pilot from the first home league match",
                    "Mobile tickets and cashless kiosks in the Riverside",
                    "Flexible season tickets on sale for 2028/29",
                    "Naming partner tender",
                    "Whistle 1, May 2028: Riverside go/no-go",
                ],
            ),
            (
                "2028/29 | Open up",
                [
                    "Mobile tickets and cashless at every stand",
                    "Bowl Wi-Fi and the East car park fan zone",
                    "Naming partner on the shirt and the stadium",
                    "Legends Suite open five days a week",
                    "Whistle 2, May 2029: Riverside Club capital release",
                ],
            ),
            (
                "2029/30 | Full house",
                [
                    "Riverside Club open with 1,600 hospitality seats",
                    "Summer concerts and 90 event days",
                    "Quarterly audience reports for every partner",
                    "Whistle 3, May 2030: season review and the next plan",
                ],
            ),
        ],
        top=1.9,
        size=14,
    )
    text_box(
        s,
        0.6,
        6.8,
        12.0,
        0.4,
        [
            "A season runs from 1 July to 30 June. Each whistle is an end-of-season decision by the Fan & Commercial Board."
        ],
        size=10,
        color=NIGHT,
    )
    # 13
    s = club_slide(prs, "The pilot", "The Riverside Stand pilot")
    bullets(
        s,
        [
            "Blocks R1 to R6 and the Riverside concourse, from the first home league match of August 2027 to the end of the 2027/28 season.",
            "It is a success if, over the last ten home matches:",
            "The half-time queue at Riverside kiosks is 5 minutes or less",
            "Food and drink spend per head in the Riverside reaches £9.00",
            "95% of Riverside entries are by mobile ticket with no failed scan",
            "Riverside fans score their matchday 8.0 or more",
            "Go/no-go in May 2028: the Fan & Commercial Board decides whether to go stadium-wide for 2028/29, run the Riverside for another season, or stop.",
        ],
        top=1.9,
        size=16,
    )
    # 14
    s = club_slide(prs, "First 90 days", "Before the first home match")
    bullets(
        s,
        [
            "Appoint the Full House Programme Lead and hold the first Fan & Commercial Board.",
            "Take the Riverside concourse plan to the Safety Advisory Group.",
            "Agree cashless trading and order-ahead in the Riverside with Palatine Hospitality.",
            "Switch the Riverside turnstiles to mobile tickets.",
            "Consult the Supporters' Trust and the Fan Advisory Board on flexible season tickets and 2028/29 prices.",
            "Set the 2026/27 baselines for the eight scoreboard measures.",
            "Open the tender for a front-of-shirt and stadium naming partner.",
        ],
        top=1.9,
        size=17,
    )
    # 15
    s = club_slide(prs, "The investment", "What it costs, what it brings")
    tiles(
        s,
        [
            ("£7.2m", "capital over three seasons"),
            ("£0.9m", "running cost a season"),
            ("£9.5m", "more income a year by 2029/30"),
            ("2.1", "seasons to pay back"),
        ],
        top=1.9,
        fill=CLARET,
        color=WHITE,
    )
    bullets(
        s,
        [
            "Capital: kiosks and cashless £1.9m, turnstiles and mobile ticketing £1.4m, bowl Wi-Fi £1.6m, the Riverside Club £2.3m.",
            "£3.1m of the capital falls in 2027/28.",
        ],
        top=3.9,
        size=16,
    )
    # 16
    s = club_slide(prs, "Risks", "What could go wrong, and what we will do")
    table(
        s,
        [
            ["Risk", "What we will do"],
            [
                "Fans read flexible tickets as a price rise",
                "Consult the Supporters' Trust before prices are set; keep a like-for-like season ticket",
            ],
            [
                "Palatine will not change kiosks before its contract ends",
                "Pilot with Palatine in the Riverside and write cashless into the next catering contract",
            ],
            [
                "Phones fail at the turnstiles on a full house",
                "Keep a printed-ticket lane at every stand for the first season",
            ],
            [
                "The new city arena takes the concerts",
                "Focus on conferences and banqueting, where the arena has no lounges",
            ],
            [
                "Stewards leave faster than we can train them",
                "Pay for the Matchday Academy course and offer a season bonus",
            ],
        ],
        top=1.9,
        size=13,
        widths=[5.0, 7.0],
    )
    # 17
    s = club_slide(prs, "Governance", "Who decides what")
    bullets(
        s,
        [
            "Sponsor: the Chief Executive, who chairs the Fan & Commercial Board.",
            "The Fan & Commercial Board meets monthly in season: Chief Executive (chair), Full House Programme Lead, Chief Commercial Officer, Head of Ticketing & Membership, Stadium Operations Manager and Finance Director.",
            "The Board makes the three end-of-season whistle decisions and the Riverside go/no-go; capital above £500,000 goes to the Club Board.",
            "Ticket prices and stand allocations are put to the Supporters' Trust and the Fan Advisory Board before the Club Board decides.",
            "The Safety Officer signs off every change to entry, concourses and capacity.",
        ],
        top=1.9,
        size=17,
    )
    # 18
    s = club_slide(prs, "Today's decision", "What we ask of the Club Board", night=True)
    bullets(
        s,
        [
            "Approve Full House.",
            "Approve £7.2m of capital across three seasons, £3.1m of it in 2027/28.",
            "Agree that the naming partner tender opens in August 2027.",
        ],
        top=2.0,
        size=22,
        color=WHITE,
    )
    return prs


# --------------------------------------------------------------------------- org folders
# Each case's org/ folder as the organization would keep it. Text is stored verbatim.


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


BROOKFOLD_ORG: dict[str, str] = {
    "people/farm-to-vat-team.md": doc(
        """
        # Farm to Vat 2030: programme team

        Kept by the Programme Office, Hollins Cross. Tier: core = leads a strand or sits on the
        Farm to Vat Steering Group; extended = contributes, advises or is consulted.

        | Role | Team | Tier | Responsibilities |
        |---|---|---|---|
        | Chief Executive | Executive | core | Executive sponsor of Farm to Vat 2030. Chairs the Farm to Vat Steering Group; answers to the Board of Directors for the milk price, the creamery's results and capital within delegated limits. |
        | Farm to Vat Programme Lead | Programme Office | core | Runs the plan, the stage gates, the risk log and the benefits tracker; secretary to the Steering Group; owns the Round 7 pilot plan and pilot charter with the Milk Collection & Haulage Manager. |
        | Head of Member Services | Member Services | core | Member relations, the milk supply agreement, AGM resolutions, the member survey, FarmLink content and the Field Liaison Officers. |
        | Milk Quality & Farm Standards Manager | Member Services | core | Quality bands, bactoscan and cell count results to farms, quality bonus and penalty rules, Red Tractor dairy audits, Band C farm visits. |
        | Milk Collection & Haulage Manager | Logistics | core | Tanker fleet and drivers, the eleven collection rounds, Fleetwise round planning, collection windows, haulier contracts and driver handhelds in use. |
        | Hollins Cross Creamery Manager | Processing | core | Cheddar and butter making, the vat room, cheese yield, milk standardisation, the fines saver and creamery capital projects. |
        | Intake & Laboratory Manager | Processing | core | Milk intake and tanker screening, the intake laboratory (BactoScan FC, MilkoScan), tipped milk, sample bar-coding and traceability. |
        | Farm Sustainability Lead | Member Services | core | Farm carbon footprints in Agrecalc, Farm Carbon Plan visits, verified footprint reporting to retail customers. |
        | Finance Director | Finance | core | Capital and running budgets, the milk price calculation and member payments, payback and benefits tracking, baselines for financial measures. |
        | Digital & Data Manager | IT | core | ProMilk, FarmLink, Fleetwise and Dynamics interfaces, driver handhelds, the Milkshed data warehouse and Power BI reports, the creamery network. |
        | Senior Field Liaison Officer | Member Services | extended | Leads the Field Liaison Officers; farm visits on milking routine, cell counts, tank cooling and tanker access. |
        | Farm Academy Manager | People | extended | Runs the Brookfold Farm Academy: parlour hygiene and herd worker courses, driver training, course records. |
        | Health, Safety & Environment Manager | Operations | extended | Creamery and transport safety, driver safety in farm yards, the creamery's environmental permit. |
        | People Partner | People | extended | Recruitment, driver and officer contracts, changes to shift and working patterns. |
        | Procurement Manager | Finance | extended | Tenders for tankers, handhelds and intake equipment; haulier contracts alongside the Milk Collection & Haulage Manager. |
        | Chair, Members' Council | Members' Council | extended | Speaks for member farmers. The Members' Council is consulted on the milk supply agreement, collection windows, the milk price formula and the sharing of farm data. |
        """
    ),
    "governance/steering-group-terms-of-reference.md": doc(
        """
        # Farm to Vat Steering Group: terms of reference

        Approved by the Board of Directors, January 2027.

        ## Purpose

        The Steering Group directs Farm to Vat 2030 on behalf of the Board: it sets priorities
        across the four strands, decides the stage gates and the Round 7 go/no-go, and holds
        the programme budget within the capital the Board has approved.

        ## Members

        Chief Executive (chair), Farm to Vat Programme Lead (secretary), Head of Member
        Services, Hollins Cross Creamery Manager, Milk Collection & Haulage Manager and
        Finance Director. Other managers attend for their items. The Chair of the Members'
        Council attends twice a year to give the Council's view.

        ## Decision rights

        | Decision | Decided by | Consulted first |
        |---|---|---|
        | Gate 1 and Gate 2, the Round 7 go/no-go | Steering Group; the chair decides when members differ | Members' Council (for changes that reach farms) |
        | Spend within the approved capital | Chief Executive, up to £250,000 per item | Finance Director |
        | Capital above £250,000 per item | Board of Directors | Steering Group |
        | Changes to collection windows | Milk Collection & Haulage Manager, after consultation | Members' Council |
        | Changes to the milk price formula or quality bonus | Members at the AGM, on a Board resolution | Members' Council |
        | Sharing farm-level data with customers | Board of Directors | Members' Council |

        ## Cadence

        Monthly, in the second week. The Board of Directors meets in February, May, September
        and November; an item for the Board closes three weeks before the meeting.
        """
    ),
    "systems/systems-register.md": doc(
        """
        # Systems register

        Kept by the Digital & Data Manager. Reviewed December 2026.

        | System | What it does | Owner | Notes |
        |---|---|---|---|
        | ProMilk | Milk recording, quality bands and member payments; produces the monthly milk statement | Finance Director | Collection volumes arrive from driver dockets keyed at the depot the day after collection. |
        | FarmLink | Member portal and app: statements, results, notices | Head of Member Services | Results appear on FarmLink when the monthly statement is issued. |
        | Fleetwise | Tanker round planning and scheduling | Milk Collection & Haulage Manager | Plans rounds from the seasonal route book, which reads each farm's volume in March and September. |
        | Microsoft Dynamics 365 Business Central | Creamery ERP: intake, stock, production orders, sales | Hollins Cross Creamery Manager | |
        | Intake laboratory (BactoScan FC, MilkoScan FT+) | Bactoscan, cell count, fat and protein on farm and tanker samples | Intake & Laboratory Manager | |
        | Milkshed | Data warehouse (Azure SQL) behind the Power BI reports; loads ProMilk, Dynamics and the laboratory each night | Digital & Data Manager | Feeds the monthly board pack and the quality league tables. |
        | Agrecalc | Farm carbon footprint calculator | Farm Sustainability Lead | Our licence covers 150 farms and renews in June 2028. |
        | Dunstone telematics | Vehicle tracking on the three contracted rounds | Dunstone Haulage | Dunstone shares a monthly mileage report with us. |

        ## Notes

        Drivers record collection times, milk temperatures and sample numbers on paper dockets,
        which the depot clerks key into ProMilk the following morning.

        The creamery network reaches the offices, the intake bay and the laboratory; the vat
        room and the whey plant sit outside it.
        """
    ),
    "performance/measures-and-baselines.md": doc(
        """
        # Farm to Vat measures: definitions, owners and 2026/27 baselines

        | Measure | Definition | Owner | Source | Baseline 2026/27 |
        |---|---|---|---|---|
        | Share of the pool in Band A | Litres paid at the Band A price over all litres collected, milk year | Milk Quality & Farm Standards Manager | ProMilk | 64% |
        | Pool somatic cell count | Volume-weighted average cell count, '000 per ml | Milk Quality & Farm Standards Manager | Intake laboratory | 228 |
        | Collections inside the agreed window | Collections logged within the farm's agreed window | Milk Collection & Haulage Manager | Driver dockets | 81% |
        | Tanker km per 1,000 litres | Fleet kilometres over litres collected | Milk Collection & Haulage Manager | Fleet records and Dunstone report | 6.4 |
        | Litres rejected at intake | Litres tipped after failing intake tests | Intake & Laboratory Manager | Dynamics | 2.9m |
        | Cheddar yield | kg of Cheddar at 38% moisture per 100 litres put into the vats | Hollins Cross Creamery Manager | Vat sheets | 9.6 |
        | Farm footprint | kg CO2e per litre, fat and protein corrected, Agrecalc | Farm Sustainability Lead | Agrecalc | 1.21 (118 farms) |
        | Members rating us good or excellent | Share of survey replies | Head of Member Services | Autumn member survey | 58% |

        ## Notes on measurement

        Cheddar yield is worked out each Friday from the shift supervisors' paper vat sheets,
        so a poor make shows up a week later.

        Bactoscan and cell count results reach members on the monthly milk statement, about
        twelve days after the month closes.

        The member survey goes out each October; 31% of members replied in 2026.
        """
    ),
    "operations/collection-and-intake-notes.md": doc(
        """
        # Collection and intake: operating notes

        From the Milk Collection & Haulage Manager and the Intake & Laboratory Manager, January 2027.

        - We run eleven collection rounds with 22 Brookfold tankers; rounds 3, 8 and 10 are run by
          Dunstone Haulage under a contract that runs to March 2029.
        - Dunstone's trucks carry Dunstone's own telematics, and its drivers follow Dunstone's
          schedules.
        - Six of our tankers are more than twelve years old and are due for replacement in 2028.
        - The intake laboratory has one BactoScan FC, booked for intake testing from 04:00 to
          14:00 every day.
        - Antibiotic screening at intake uses a 12-minute test kit on a sample from each tanker,
          and the tanker waits in the bay while it runs.
        - On the Culm Valley (Round 7) the mobile signal drops between Hemyock and Culmstock,
          where eleven of the 38 farms sit.
        - Four Field Liaison Officers cover 412 farms, so a farm sees an officer about once
          every nine months.
        - Vats 3 and 4 were installed in 2004; the fines saver supplier asks for a four-week
          shutdown of both vats to fit it.
        """
    ),
    "members/members-council-and-supply-agreement.md": doc(
        """
        # The Members' Council and the milk supply agreement

        The Members' Council is elected by the members, two councillors for each collection
        round. It advises the Board; it takes no operational decisions.

        Under clause 9 of the milk supply agreement, any change to collection windows, to the
        quality bands or to the use of farm data is put to the Members' Council for 60 days
        before it takes effect.

        The quality bonus is part of the milk price formula in the supply agreement. A change
        to the formula takes effect after a vote of members at the AGM, held each September,
        and members have six months' notice of a price change after the vote.

        Farm-level results stay between Brookfold and the member unless the member agrees in
        writing to share them; 140 members have signed the data-sharing consent form.

        The Council's view is given in writing and published to members on FarmLink.
        """
    ),
    "people/farm-academy.md": doc(
        """
        # Brookfold Farm Academy

        The Farm Academy is the co-operative's training arm, run by the Farm Academy Manager
        with two trainers and a panel of vets and consultants. It runs parlour hygiene, mastitis
        control and herd worker courses for member farms, and the induction and annual driver
        training for tanker drivers. Course records are kept in the Academy's learning system.

        Farm courses are held from November to February, when members can spare the time away
        from calving and silage; the Academy trained 84 herd workers in 2026.

        Driver training is run at the Hollins Cross depot, six drivers at a time.
        """
    ),
}


BARALLA_ROSTER = [
    (
        "General Manager",
        "Site Leadership Team",
        "core",
        "Executive sponsor of Safer Haul 2030. Accountable for safety, production and cost at Mount Cassin; chairs the Safer Haul Steering Committee; holds the site capital budget within Baralla's delegations.",
    ),
    (
        "Safer Haul Programme Manager",
        "Projects",
        "core",
        "Programme lead. Runs the integrated schedule, gates, risk register and benefits tracker; secretary to the Steering Committee; owns the Fleet 2 pilot plan with the Autonomy Superintendent.",
    ),
    (
        "Mining Manager",
        "Mining",
        "core",
        "Registered manager under the WHS (Mines) Regulations. Signs off principal mining hazard management plans, the traffic management plan and the autonomous operations safety case.",
    ),
    (
        "Superintendent Mine Operations",
        "Mining",
        "core",
        "Pit operations, crews and shift supervisors; dispatch of the manned fleet; light vehicle access to the pits; field leadership checks.",
    ),
    (
        "Autonomy Superintendent",
        "Mining",
        "core",
        "Autonomous haulage system (Cat MineStar Command), the autonomous operations centre and its controllers, autonomy zones, commissioning and autonomous fleet utilisation.",
    ),
    (
        "Maintenance Superintendent Mobile Equipment",
        "Maintenance",
        "core",
        "Haul truck maintenance and component rebuilds, autonomy kit and collision avoidance fit-out, light vehicle tag upgrades, fleet availability.",
    ),
    (
        "Superintendent Health & Safety",
        "HSE",
        "core",
        "Safety management system, critical control plans and verifications, ICAM investigations, TRIFR and significant potential incident reporting, fatigue management, notices to DEMIRS.",
    ),
    (
        "Technical Services Manager",
        "Technical Services",
        "core",
        "Mine planning and scheduling, haul road design and maintenance standards, the autonomy design standard for roads and intersections, survey.",
    ),
    (
        "OT & Site Systems Lead",
        "Site Systems",
        "core",
        "Site LTE network and mesh trailers, MineStar Fleet and Detect, Guardian, supervisor tablets, system integration and cyber security of operational technology.",
    ),
    (
        "Site Finance Manager",
        "Finance",
        "core",
        "Capital and operating budgets, haul cost per tonne-kilometre, the business case, benefits tracking and capital requests to the Baralla Investment Committee.",
    ),
    (
        "Mine Performance Analyst",
        "Technical Services",
        "extended",
        "Pitwall data warehouse and Power BI reports, KPI baselines and definitions, the monthly safety and production pack.",
    ),
    (
        "Training & Assessment Superintendent",
        "Mount Cassin Training Centre",
        "extended",
        "Runs the Mount Cassin Training Centre: operator and controller training, verification of competency, the haul truck simulator and the RTO partnership.",
    ),
    (
        "People & Culture Superintendent",
        "People & Culture",
        "extended",
        "Workforce planning, redeployment and retraining offers, rosters, Enterprise Agreement obligations and consultation records.",
    ),
    (
        "Contracts & Procurement Lead",
        "Supply",
        "extended",
        "OEM, autonomy and collision avoidance contracts, haulage contracts and tenders.",
    ),
    (
        "Emergency Response Coordinator",
        "HSE",
        "extended",
        "Emergency response plans for autonomy zones, emergency response team training and drills.",
    ),
    (
        "AWU Site Delegate",
        "Australian Workers' Union",
        "extended",
        "Represents AWU members at Mount Cassin. Consulted on changes to roles, rosters and the Enterprise Agreement.",
    ),
    (
        "Safety and Health Representative (elected)",
        "Mining crews",
        "extended",
        "Elected by the mining crews under the WHS Act. Consulted on hazards, risk controls and safe work procedures; may inspect workplaces and raise issues with the Mining Manager.",
    ),
]

BARALLA_ORG: dict[str, str] = {
    "people/safer-haul-roster.csv": csv_text(
        ["Role", "Team", "Tier", "Responsibilities"], BARALLA_ROSTER
    ),
    "governance/steering-committee-charter.md": doc(
        """
        # Safer Haul Steering Committee charter

        Issued by the General Manager, April 2027.

        The Steering Committee governs Safer Haul 2030 at Mount Cassin. It meets monthly and
        before each gate.

        Members: General Manager (chair), Mining Manager, Safer Haul Programme Manager
        (secretary), Superintendent Health & Safety, Maintenance Superintendent Mobile
        Equipment, Site Finance Manager. The Autonomy Superintendent and the Technical
        Services Manager attend for their items.

        ## Decision rights

        | Decision | Decided by | Consulted |
        |---|---|---|
        | Gates G1, G2 and G3, and the Fleet 2 go/no-go | Steering Committee; the chair decides where members differ | Mining Manager on safety; AWU Site Delegate and elected Safety and Health Representatives on changes to work |
        | Release of approved capital up to A$5m | General Manager | Site Finance Manager |
        | Capital above A$5m | Baralla Investment Committee | Steering Committee |
        | Autonomous operations safety case | Mining Manager, as registered manager | Superintendent Health & Safety, elected Safety and Health Representatives |
        | Changes to the traffic management plan | Mining Manager | Superintendent Mine Operations, Technical Services Manager |
        | Changes to roles and rosters | General Manager, after Enterprise Agreement consultation | AWU Site Delegate, People & Culture Superintendent |

        The Baralla Investment Committee sits in February, May, August and November; papers
        close four weeks before.
        """
    ),
    "systems/site-systems-register.md": doc(
        """
        # Mount Cassin site systems register

        Maintained by the OT & Site Systems Lead, March 2027.

        - **Cat MineStar Fleet and Detect**: dispatch, payload and cycle times for the manned
          fleet, and object detection. Our licence covers Fleet and Detect; MineStar Command
          for hauling is licensed separately, per truck.
        - **Guardian (Seeing Machines)**: fatigue and distraction monitoring in every haul truck
          cab. Alerts go to the dispatcher's radio channel and a 24-hour monitoring centre in
          Perth; the dispatcher logs each alert on a paper register at shift end.
        - **INX InControl**: incidents, hazards, investigations and critical control
          verifications. Supervisors complete verifications on paper checklists and type them
          into InControl on Friday afternoons.
        - **Proximity detection (Nexus Proximity)**: Level 7 warning units on the 46 haul trucks
          and on 120 light vehicles. The light vehicle tags need a firmware change before a
          Level 9 system can read them.
        - **Site LTE network**: private LTE across the plant, workshops and North Pit down to
          the 340 RL; benches below the 340 RL and the whole of South Pit use Wi-Fi mesh
          trailers.
        - **Pitwall**: the site data warehouse (Azure), loaded from MineStar, InControl, Guardian
          and SAP once a night; the morning report shows the previous day.
        - **SAP S/4HANA**: maintenance work orders, stores and finance for Baralla.
        - **Haul truck simulator**: one Immersive Technologies simulator at the Training Centre.
        """
    ),
    "performance/kpi-definitions.md": doc(
        """
        # Safer Haul 2030: KPI definitions

        | KPI | Definition | Owner | Source | FY27 baseline |
        |---|---|---|---|---|
        | TRIFR | Recordable injuries per million hours worked, employees and contractors, rolling 12 months | Superintendent Health & Safety | InControl | 4.8 |
        | Heavy vehicle significant potential incidents | Incidents rated SPI involving a haul truck, per year | Superintendent Health & Safety | InControl | 11 |
        | Critical control verifications on time | Scheduled verifications completed by their due date | Superintendent Health & Safety | InControl | 68% |
        | Haul trucks with Level 9 collision avoidance | Trucks commissioned with an EMESRT Level 9 system | Maintenance Superintendent Mobile Equipment | SAP equipment register | 0 of 46 |
        | Autonomous fleet effective utilisation | Hours hauling over calendar hours, autonomous trucks | Autonomy Superintendent | MineStar | none yet |
        | Haul cost per tonne-kilometre | Haulage operating cost over tonne-kilometres hauled | Site Finance Manager | SAP and MineStar | A$0.71 |
        | Fatigue events per 10,000 operating hours | Guardian fatigue events confirmed by the monitoring centre | Superintendent Health & Safety | Guardian | 6.2 |

        Haul cost per tonne-kilometre is struck each month by the Site Finance Manager, about
        three weeks after the month closes.
        """
    ),
    "operations/north-pit-readiness-notes.md": doc(
        """
        # North Pit and Fleet 2: readiness notes

        Prepared by the Technical Services Manager and the Maintenance Superintendent Mobile
        Equipment for the Steering Committee, April 2027.

        Fleet 2's eight CAT 793F trucks reach 60,000 hours between March and August 2028, when
        each is due a four-week component rebuild.

        North Pit's haul roads were built 26 m wide; the autonomy design standard asks for 30 m
        on two-way roads, and the east ramp would have to be widened at three switchbacks.

        South Pit's haulage is contracted to Marlow Earthmoving until December 2029, with its
        own trucks and operators.

        The Autonomy Superintendent is seconded from Baralla's Perth office until January 2028.

        The North Pit ROM pad is shared by the manned and the autonomous fleet, with one tipping
        point for each crusher.
        """
    ),
    "people/workforce-and-training.md": doc(
        """
        # Workforce, consultation and training

        ## Consultation

        Under clause 14 of the Mount Cassin Enterprise Agreement 2025, any change to roles,
        rosters or crew numbers is the subject of consultation with the AWU for twelve weeks
        before it is made.

        Elected safety and health representatives are consulted on every change to a safe work
        procedure and a principal mining hazard management plan, as the WHS Act requires.

        ## Mount Cassin Training Centre

        The Training Centre, run by the Training & Assessment Superintendent, trains and
        assesses every operator on site with our RTO partner, Pilbara Skills Institute. It has
        eight assessors; two of them hold the autonomy control-room units. The simulator is
        booked by new-starter courses on Mondays to Wednesdays.

        Operators work a 2-week-on, 1-week-off fly-in fly-out roster from Perth, so each crew
        can attend training in one week of three.
        """
    ),
    "regulatory/autonomy-regulatory-notes.md": doc(
        """
        # Autonomous haulage: regulatory notes

        From the Superintendent Health & Safety, March 2027.

        The WA code of practice on safe mobile autonomous mining asks for a documented risk
        assessment and notice to DEMIRS before autonomous trucks run on site. When a sister
        Baralla site gave notice in 2025, the questions from the inspectorate took fourteen
        weeks to settle.

        The autonomous operations safety case is signed by the registered manager, and the
        principal mining hazard management plan for vehicle interaction has to be revised
        before the first autonomous shift.
        """
    ),
}


PORTMOOR_ORG: dict[str, str] = {
    "people/full-house-roster.yaml": doc(
        """
        # Full House: programme roster
        # Kept by the Chief Executive's office. Tier: core = leads a play or sits on the
        # Fan & Commercial Board; extended = contributes, advises or is consulted.
        programme: Full House
        club: Portmoor Albion Football Club
        updated: 2027-02-24
        roles:
          - role: Chief Executive
            team: Executive
            tier: core
            responsibilities: "Executive sponsor of Full House. Runs the club and Albion Park for the owners; chairs the Fan & Commercial Board; holds the club's capital budget within the Club Board's delegations."
          - role: Full House Programme Lead
            team: Chief Executive's Office
            tier: core
            responsibilities: "Programme lead. Runs the plan, the end-of-season whistles, the risk log and the benefits tracker; secretary to the Fan & Commercial Board; owns the Riverside Stand pilot plan."
          - role: Chief Commercial Officer
            team: Commercial
            tier: core
            responsibilities: "Commercial income: partnerships, hospitality, events and retail; the naming partner deal; the commercial budget and targets."
          - role: Head of Ticketing & Membership
            team: Commercial
            tier: core
            responsibilities: "Season tickets and memberships, ticket pricing proposals, the Ticket Exchange, Secutix, renewals, mobile tickets and attendance reporting."
          - role: Stadium Operations Manager
            team: Stadium
            tier: core
            responsibilities: "Matchday operations: turnstiles and entry, stewarding contractor and rotas, concourses, fan zone, car parks and the matchday control room."
          - role: Safety Officer
            team: Stadium
            tier: core
            responsibilities: "Holds the general safety certificate duties for Albion Park; signs off changes to entry, concourses, capacity and event plans; liaises with the Safety Advisory Group."
          - role: Head of Hospitality & Events
            team: Commercial
            tier: core
            responsibilities: "Matchday hospitality, the Legends Suite and lounges, conferences, banqueting, weddings, concerts and stadium tours; event day bookings in Tripleseat."
          - role: Catering & Retail Manager
            team: Commercial
            tier: core
            responsibilities: "The catering contract with Palatine Hospitality, kiosks and serving points, food and drink spend per head, the club shop and online store."
          - role: Head of Data & Digital
            team: Digital
            tier: core
            responsibilities: "The Albion app, Salesforce CRM, the Terrace data warehouse and reporting, stadium Wi-Fi and the club network, integrations with Secutix, Shopify and Fortress."
          - role: Head of Partnerships
            team: Commercial
            tier: extended
            responsibilities: "Partner sales and renewals, partner audience reports, LED boards and perimeter inventory."
          - role: Finance Director
            team: Finance
            tier: core
            responsibilities: "Budgets and capital, the business case and benefits tracking, revenue reporting and the owners' capital reviews."
          - role: Matchday Academy Manager
            team: People
            tier: extended
            responsibilities: "Runs the Albion Matchday Academy: steward qualifications, kiosk and hospitality staff induction, disability awareness training and training records."
          - role: Fan Engagement Lead
            team: Chief Executive's Office
            tier: extended
            responsibilities: "Runs the Fan Engagement Standard: secretary to the Fan Advisory Board, consultation timetables and the published record of fan consultation."
          - role: Marketing & Communications Manager
            team: Commercial
            tier: extended
            responsibilities: "Ticket and membership campaigns, club channels, matchday announcements and the end-of-season fan survey."
          - role: Head of Facilities
            team: Stadium
            tier: extended
            responsibilities: "Stadium buildings and works, planning and listed building consents, contractors for kiosks, turnstiles and Wi-Fi installation."
          - role: Supporter Liaison Officer
            team: Chief Executive's Office
            tier: extended
            responsibilities: "Day-to-day link with supporters and supporter groups on matchday issues, away travel and complaints."
          - role: Chair, Portmoor Albion Supporters' Trust
            team: Supporters' Trust
            tier: extended
            responsibilities: "Speaks for the Supporters' Trust, which holds a golden share; consulted on ticket prices, stand allocations and heritage assets."
          - role: Chair, Disabled Supporters' Association
            team: Disabled Supporters' Association
            tier: extended
            responsibilities: "Speaks for disabled supporters; consulted on access, accessible seating, entry routes and matchday facilities."
        """
    ),
    "governance/fan-and-commercial-board-terms.md": doc(
        """
        # Fan & Commercial Board: terms of reference

        Agreed by the Club Board, February 2027.

        The Fan & Commercial Board runs Full House for the Club Board. Members: Chief Executive
        (chair), Full House Programme Lead (secretary), Chief Commercial Officer, Head of
        Ticketing & Membership, Stadium Operations Manager and Finance Director. The Safety
        Officer attends any item that touches entry, concourses or capacity.

        Decision rights:

        - The end-of-season whistles and the Riverside go/no-go: the Fan & Commercial Board; the
          Chief Executive decides where members differ.
        - Spend within approved capital, up to £500,000 an item: the Chief Executive.
        - Capital above £500,000: the Club Board, then the owners' consent under the shareholder
          agreement.
        - Ticket prices and stand allocations: the Club Board, after the Fan Advisory Board and
          the Supporters' Trust have been heard.
        - Changes to entry, concourses and capacity: the Safety Officer, with the Safety
          Advisory Group told beforehand.

        The Board meets monthly from July to May and reports to each Club Board meeting.
        """
    ),
    "systems/stadium-and-commercial-systems.md": doc(
        """
        # Stadium and commercial systems

        Maintained by the Head of Data & Digital, January 2027.

        | System | Use | Owner | Notes |
        |---|---|---|---|
        | Secutix | Ticketing, season tickets, memberships, Ticket Exchange | Head of Ticketing & Membership | The online renewal module is licensed from July 2028; renewals go through the ticket office and the phone line until then. |
        | Fortress access control | Turnstiles and entry counts | Stadium Operations Manager | The 14 North Terrace turnstiles date from 2009 and read printed barcodes and season cards. |
        | Salesforce CRM | Partner and hospitality pipeline, fan records | Head of Data & Digital | |
        | Terrace | Club data warehouse (Snowflake) with Power BI dashboards, loaded nightly from Secutix, Fortress, Salesforce and Shopify | Head of Data & Digital | |
        | Albion app | Match tickets, news, video | Head of Data & Digital | Built and maintained by Fieldhouse Digital on a retainer of 20 days a quarter. |
        | Shopify | Club shop and online store | Catering & Retail Manager | Orders match to Secutix accounts by email address, and about 40% of orders find a match. |
        | Tripleseat | Event and conference bookings | Head of Hospitality & Events | |
        | Simphony tills | Kiosk and bar tills | Palatine Hospitality | Palatine's own estate; the club receives kiosk sales as a weekly PDF summary. |

        Stadium Wi-Fi covers the Main Stand and Riverside concourses and the lounges. In the
        seating bowl and on the North Terrace fans rely on the mobile networks, which slow
        sharply once the crowd passes 15,000.
        """
    ),
    "performance/scoreboard-definitions.md": doc(
        """
        # Full House scoreboard: definitions and baselines

        | Measure | Definition | Owner | Source | 2026/27 |
        |---|---|---|---|---|
        | Average league crowd | Tickets scanned at league home matches, averaged | Head of Ticketing & Membership | Fortress | 17,400 |
        | Season ticket renewal rate | Holders renewing by the early-bird deadline | Head of Ticketing & Membership | Secutix | 78% |
        | Fans inside 15 minutes before kick-off | Scans before KO minus 15 over all scans | Stadium Operations Manager | Fortress | 71% |
        | Half-time kiosk queue | Average wait at sampled kiosks, mystery shoppers | Catering & Retail Manager | Palatine audit | 11 min |
        | Food and drink spend per head | Kiosk and bar sales over attendance, league matches | Catering & Retail Manager | Palatine weekly summary | £6.80 |
        | Total commercial income | Partnerships, hospitality, events and retail | Chief Commercial Officer | Finance ledger | £14.2m |
        | Non-matchday event days | Days with a paid event at Albion Park | Head of Hospitality & Events | Tripleseat | 38 |
        | Matchday fan score | Average score out of 10, end-of-season survey | Marketing & Communications Manager | Survey | 6.9 |

        Food and drink spend per head is worked out from Palatine's weekly summary, about three
        weeks after the match.
        """
    ),
    "operations/matchday-operations-notes.md": doc(
        """
        # Matchday operations notes

        From the Stadium Operations Manager and the Safety Officer, February 2027.

        The general safety certificate holds the Riverside Stand at 4,850 while its roof
        steelwork is assessed, a review due to finish in March 2028.

        Any change to entry routes, concourse layouts or capacity goes to the Safety Advisory
        Group, which meets six times a year.

        Of our 410 stewards, 240 work fewer than ten matches a season, and a third of them
        leave each year.

        Stewards are supplied by Sentinel Event Services under a contract the Stadium
        Operations Manager manages; Sentinel books its stewards from the club's rota each week.

        The East car park holds 600 cars and is let to Portmoor Park & Ride on weekdays.
        """
    ),
    "commercial/contracts-and-licences.md": doc(
        """
        # Commercial contracts and licences

        Kept by the Chief Commercial Officer, February 2027.

        | Contract or licence | Terms that matter for Full House |
        |---|---|
        | Catering: Palatine Hospitality | Runs to the end of the 2028/29 season; kiosk pricing, staffing and layout are Palatine's to set under the contract. |
        | Premises licence | Allows six concerts a year at Albion Park, each ending by 22:30. |
        | Main Stand facade | Grade II listed; signs and LED boards fixed to it need listed building consent from Portmoor City Council, usually about eight weeks. |
        | Front-of-shirt partner, Hallam Motors | Runs to the end of the 2027/28 season. |
        | Kit supplier | Runs to 2030. |

        Capital above £500,000 needs the owners' consent under the shareholder agreement; the
        owners review capital in June and December.
        """
    ),
    "people/fan-engagement-standard.md": doc(
        """
        # Fan Engagement Standard

        Adopted in 2024 and published on the club website.

        Changes to season ticket prices, stand allocations, the club crest or the stadium name
        are put to the Fan Advisory Board before they are announced. The Fan Advisory Board
        meets four times a season, in August, November, February and May.

        The Portmoor Albion Supporters' Trust holds a golden share: a sale of Albion Park or a
        change of the club's name or colours needs its written consent.

        The Disabled Supporters' Association is consulted on changes to entry routes,
        accessible seating and matchday facilities.
        """
    ),
    "people/matchday-academy.md": doc(
        """
        # Albion Matchday Academy

        The Matchday Academy is the club's training function, run by the Matchday Academy
        Manager. It delivers the Level 2 spectator safety qualification for stewards, induction
        for kiosk and hospitality staff (with Palatine), and disability awareness training for
        everyone who works a match. Training records sit in the Academy's learning system.

        Steward courses run on Tuesday evenings during the season.
        """
    ),
}

ORGS = {
    "brookfold-dairy": BROOKFOLD_ORG,
    "baralla-mount-cassin": BARALLA_ORG,
    "portmoor-albion": PORTMOOR_ORG,
}


def write_org(case_dir: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the blind4 folder by default)."""
    save_pdf(
        build_brookfold(),
        root / "brookfold-dairy" / "farm-to-vat-2030.pdf",
        "Farm to Vat 2030",
    )
    save(
        build_baralla(),
        root / "baralla-mount-cassin" / "safer-haul-2030.pptx",
        "Safer Haul Programme Office",
    )
    save(
        build_portmoor(),
        root / "portmoor-albion" / "full-house-club-board.pptx",
        "Portmoor Albion Football Club",
    )
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
