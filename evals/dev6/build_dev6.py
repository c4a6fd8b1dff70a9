"""Build the dev6 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/dev6/build_dev6.py

Writes, under ``evals/dev6/<name>/``, each case's deck and its ``org/`` folder:

- ``maerlow-port``: PDF (fpdf2, drawn as 16 landscape slide pages with a dark header band,
  two-column pages and a roadmap table whose rows are years; there is no PPTX original);
- ``ashworth-kell-law``: PPTX (python-pptx), 18 slides: section-divider slides, a "What good
  looks like" 2x2 grid of shapes, KPI tiles as grouped shapes, no speaker notes;
- ``wealdmoor-fire``: PPTX, 16 slides, public sector: ambitions and commitments, a KPI table
  with "Current" and "2029" columns, a timeline drawn as chevron shapes with dates under each.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX files, a fixed creation date (and so a fixed file ID) in the PDF, and org text held as
literal strings below.

This is a DEVELOPMENT set (split "dev6"): the engine may be tuned on it. See
evals/dev6/README.md.
"""

from __future__ import annotations

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
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 1, 15, 10, 0, 0)
FIXED_W3C = "2027-01-15T10:00:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 3, 18, 8, 30, 0, tzinfo=dt.UTC)
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
# (the helpers of evals/dev5/build_dev5.py, plus grouped tiles, a 2x2 grid, dividers and chevrons)


def new_deck() -> PresentationType:
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    return prs


def write_lines(frame, lines: Sequence[str], size: int | None = None, bold: bool = False) -> None:
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        for run in para.runs:
            if size is not None:
                run.font.size = Pt(size)
            run.font.bold = bold


def text_box(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: int = 16,
    bold: bool = False,
) -> None:
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    write_lines(box.text_frame, lines, size, bold)


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
    """Title and Content layout: the bullets go into the body placeholder."""
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    write_lines(slide.placeholders[1].text_frame, lines)
    return slide


def two_content(
    prs: PresentationType, title: str, left: Sequence[str], right: Sequence[str]
) -> Slide:
    """Two Content layout: a heading line, then bullets, in each placeholder."""
    slide = prs.slides.add_slide(prs.slide_layouts[TWO_CONTENT])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    write_lines(slide.placeholders[1].text_frame, left, size=18)
    write_lines(slide.placeholders[2].text_frame, right, size=18)
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


def bullets(slide: Slide, lines: Sequence[str], top: float = 1.6, left: float = 0.6) -> None:
    text_box(slide, left, top, 12.0 - left + 0.6, 5.3, lines, size=16)


def tiles(slide: Slide, items: Sequence[tuple[str, str]], top: float = 1.6) -> None:
    width = 12.0 / len(items)
    for i, (big, label) in enumerate(items):
        left = 0.6 + i * width
        shape = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(width - 0.2), Inches(1.6)
        )
        shape.text_frame.text = ""
        text_box(slide, left + 0.1, top + 0.1, width - 0.4, 0.7, [big], size=30, bold=True)
        text_box(slide, left + 0.1, top + 0.85, width - 0.4, 0.7, [label], size=12)


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


def columns(slide: Slide, items: Sequence[tuple[str, Sequence[str]]], top: float = 1.7) -> None:
    width = 12.0 / len(items)
    for i, (head, lines) in enumerate(items):
        left = 0.6 + i * width
        text_box(slide, left, top, width - 0.2, 0.8, [head], size=15, bold=True)
        text_box(slide, left, top + 0.9, width - 0.2, 4.5, lines, size=12)


def pairs(slide: Slide, heads: tuple[str, str], rows: Sequence[tuple[str, str]]) -> None:
    text_box(slide, 0.6, 1.5, 5.8, 0.4, [heads[0]], size=14, bold=True)
    text_box(slide, 6.7, 1.5, 6.0, 0.4, [heads[1]], size=14, bold=True)
    for i, (left_text, right_text) in enumerate(rows):
        top = 2.0 + i * 0.95
        text_box(slide, 0.6, top, 5.8, 0.9, [left_text], size=13)
        text_box(slide, 6.7, top, 6.0, 0.9, [right_text], size=13)


def prose_box(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    paragraphs: Sequence[str],
    size: int = 16,
) -> None:
    """A rounded rectangle whose own text frame carries sentences (Ravensholt's house style)."""
    shape = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(width), Inches(height)
    )
    write_lines(shape.text_frame, paragraphs, size)


def headline_slide(prs: PresentationType, headline: str, kicker: str) -> Slide:
    """Ravensholt's free layout: a small kicker line over a sentence-case headline, no counter."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(slide, 0.6, 0.3, 8.0, 0.4, [kicker], size=12)
    text_box(slide, 0.6, 0.7, 12.0, 0.9, [headline], size=30, bold=True)
    return slide


def save(prs: PresentationType, path: Path, author: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# --------------------------------------------------------------------------- PDF kit (fpdf2)
# Maerlow's deck is drawn straight to PDF as 16:9 pages (338.67 x 190.5 mm), in core
# Helvetica (Latin-1 text). Unlike dev5's Kelderby, each page has a dark header band holding
# the section label and the title in white, most content pages are two columns with a rule
# between them, and the page number sits alone at the bottom right.

PAGE_W, PAGE_H = 338.67, 190.5
TEAL = (0, 70, 80)
SAND = (236, 230, 214)
GREY = (110, 110, 110)


class BandPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format=(PAGE_H, PAGE_W))
        self.set_auto_page_break(False)
        self.set_margins(16, 12, 16)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("fpdf2")
        self.set_creator("Port of Maerlow Authority, Strategy and Planning")
        self.set_author("Port of Maerlow Authority, Strategy and Planning")

    def cover_page(self, title: str, lines: Sequence[str]) -> None:
        self.add_page()
        self.set_fill_color(*TEAL)
        self.rect(0, 0, 120, PAGE_H, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("helvetica", "B", 13)
        self.set_xy(14, 20)
        self.cell(100, 8, "PORT OF MAERLOW AUTHORITY")
        self.set_text_color(*TEAL)
        self.set_font("helvetica", "B", 38)
        self.set_xy(135, 60)
        self.cell(190, 18, title)
        self.set_text_color(0, 0, 0)
        self.set_font("helvetica", "", 14)
        y: float = 86
        for line in lines:
            self.set_xy(135, y)
            self.multi_cell(190, 7, line)
            y = self.get_y() + 4

    def band_page(self, title: str, section: str) -> None:
        """A dark band across the top: section label, then the title, both in white."""
        self.add_page()
        self.set_fill_color(*TEAL)
        self.rect(0, 0, PAGE_W, 26, style="F")
        self.set_text_color(190, 215, 215)
        self.set_font("helvetica", "B", 9)
        self.set_xy(16, 5)
        self.cell(200, 5, section.upper())
        self.set_text_color(255, 255, 255)
        self.set_font("helvetica", "B", 21)
        self.set_xy(16, 11)
        self.cell(300, 11, title)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_text_color(*GREY)
        self.set_font("helvetica", "", 8)
        self.set_xy(PAGE_W - 30, PAGE_H - 10)
        self.cell(14, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def list_block(
        self, x: float, y: float, w: float, lines: Sequence[str], size: int = 12, gap: float = 3
    ) -> float:
        self.set_font("helvetica", "", size)
        line_h = size * 0.5
        for line in lines:
            self.set_draw_color(*TEAL)
            self.set_line_width(0.6)
            self.line(x, y + line_h / 2, x + 3, y + line_h / 2)
            self.set_line_width(0.2)
            self.set_xy(x + 6, y)
            self.multi_cell(w - 6, line_h, line)
            y = self.get_y() + gap
        return y

    def two_columns(
        self,
        left: tuple[str, Sequence[str]],
        right: tuple[str, Sequence[str]],
        top: float = 36,
        size: int = 12,
    ) -> None:
        """Left column drawn first, then a vertical rule, then the right column."""
        for x, (head, lines) in ((16, left), (176, right)):
            self.set_text_color(*TEAL)
            self.set_font("helvetica", "B", 14)
            self.set_xy(x, top)
            self.cell(146, 7, head)
            self.set_text_color(0, 0, 0)
            self.list_block(x, top + 11, 146, lines, size=size)
            if x == 16:
                self.set_draw_color(180, 180, 180)
                self.line(168, top, 168, PAGE_H - 20)

    def numbered(self, lines: Sequence[str], top: float = 38, size: int = 13) -> None:
        y = top
        for n, line in enumerate(lines, start=1):
            self.set_fill_color(*SAND)
            self.rect(16, y - 1, 9, 8, style="F")
            self.set_font("helvetica", "B", size)
            self.set_xy(16, y)
            self.cell(9, 6, str(n), align="C")
            self.set_font("helvetica", "", size)
            self.set_xy(30, y)
            self.multi_cell(290, size * 0.5, line)
            y = self.get_y() + 4

    def tiles(self, items: Sequence[tuple[str, str]], top: float = 34) -> None:
        width = 306 / len(items)
        for i, (big, label) in enumerate(items):
            x = 16 + i * width
            self.set_fill_color(*SAND)
            self.rect(x, top, width - 6, 34, style="F")
            self.set_text_color(*TEAL)
            self.set_font("helvetica", "B", 28)
            self.set_xy(x + 5, top + 4)
            self.cell(width - 16, 13, big)
            self.set_text_color(0, 0, 0)
            self.set_font("helvetica", "", 10)
            self.set_xy(x + 5, top + 20)
            self.multi_cell(width - 16, 5, label)

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        top: float = 36,
        size: int = 11,
    ) -> float:
        self.set_xy(16, top)
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

    def pair_rows(
        self, heads: tuple[str, str], rows: Sequence[tuple[str, str]], top: float = 36
    ) -> None:
        """Risk and mitigation side by side, each pair starting at the same height."""
        self.set_text_color(*TEAL)
        self.set_font("helvetica", "B", 13)
        self.set_xy(16, top)
        self.cell(130, 7, heads[0])
        self.set_xy(156, top)
        self.cell(160, 7, heads[1])
        self.set_text_color(0, 0, 0)
        self.set_font("helvetica", "", 11)
        y = top + 11
        for left_text, right_text in rows:
            self.set_xy(16, y)
            self.multi_cell(132, 5.5, left_text)
            end_left = self.get_y()
            self.set_xy(156, y)
            self.multi_cell(166, 5.5, right_text)
            y = max(end_left, self.get_y()) + 5

    def note(self, y: float, text: str, size: int = 10) -> None:
        self.set_text_color(*GREY)
        self.set_font("helvetica", "I", size)
        self.set_xy(16, y)
        self.multi_cell(306, size * 0.5, text)
        self.set_text_color(0, 0, 0)

    def statement(self, y: float, text: str, size: int, bold: bool = False) -> float:
        self.set_font("helvetica", "B" if bold else "", size)
        self.set_xy(24, y)
        self.multi_cell(290, size * 0.5, text)
        return self.get_y()


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------- Port of Maerlow


def build_maerlow() -> BandPDF:
    pdf = BandPDF()
    # 1
    pdf.cover_page(
        "Berth to Gate 2030",
        [
            "Port of Maerlow Authority: container terminal operations plan, July 2027 to June 2030",
            "Maerlow Container Terminal (MCT)",
            "Board of the Port Authority, 14 April 2027 | Paper B/27/06",
        ],
    )
    # 2
    pdf.band_page("Berth to Gate 2030 on one page", "Executive summary")
    pdf.tiles(
        [
            ("30", "gross crane moves an hour, from 22"),
            ("45 min", "average truck turn time, from 78"),
            ("92%", "of vessels on their berth window"),
            ("20%", "of boxes leaving by rail, from 11%"),
        ]
    )
    pdf.two_columns(
        (
            "The case in brief",
            [
                "MCT handled 1.12 million TEU in 2026, close to what its quay and yard were built for.",
                "Four work packages: Quay, Yard, Gate and Rail.",
                "Proved on Berth 2 and yard blocks C and D (Project Kittiwake) from April 2028.",
                "The whole terminal by June 2030.",
            ],
        ),
        (
            "What we ask today",
            [
                "Approve Berth to Gate 2030 and a capital envelope of £46.8m.",
                "Release £9.4m for Phase 1.",
            ],
        ),
        top=76,
        size=11,
    )
    # 3
    pdf.band_page("The terminal in 2026", "Where we start")
    pdf.two_columns(
        (
            "Volumes and assets",
            [
                "1.12 million TEU handled in 2026 across 612 vessel calls.",
                "Three berths on 960 m of quay, dredged to 14.5 m.",
                "Six ship-to-shore (STS) cranes and 22 straddle carriers.",
                "A yard of 14,800 ground slots in eight blocks, A to H, with 420 reefer plugs.",
                "Four trains a day to the Midlands, run by Northline Rail Freight.",
            ],
        ),
        (
            "How the terminal performed",
            [
                "Cranes averaged 22 moves an hour across all calls.",
                "71% of vessels were berthed within the window agreed with their line.",
                "A truck spent 78 minutes on the terminal on average, gate in to gate out.",
                "41% of trucks arrived with a booked slot.",
                "Each container was moved 0.62 times in the yard before it left.",
                "11% of containers left the terminal by rail.",
                "Lost-time injuries ran at 2.4 per million hours worked.",
            ],
        ),
    )
    # 4
    pdf.band_page("The market around us", "Context")
    pdf.list_block(
        16,
        38,
        306,
        [
            "Two of our three deep-sea lines will deploy 14,000 TEU ships on the services calling Maerlow from spring 2028.",
            "Container volumes through the region's ports are forecast to grow by 3.5% a year to 2032.",
            "Two competing terminals within 120 km are adding berths, one of them from 2029.",
            "Regional haulage firms report one driver post in eight vacant; hauliers choose the ports that turn trucks fastest.",
            "Government freight policy favours rail: grants of up to £40 per container moved by rail instead of road.",
        ],
        size=13,
        gap=4,
    )
    # 5
    pdf.band_page("What we heard", "Listening to lines, hauliers and our people")
    pdf.two_columns(
        (
            "From shipping lines and hauliers",
            [
                '"We plan our Maerlow calls around the berth you give us on Thursday, and it changes on Sunday." Network planner, deep-sea line',
                '"A slot means nothing if the queue on Dock Road is an hour long." Haulier with 40 trucks',
                '"Your rail terminal is the best on the coast when the train leaves on time." Rail freight customer',
            ],
        ),
        (
            "From our own people",
            [
                '"Half my shift is spent waiting for a straddle." STS crane driver, Berth 3',
                '"The yard plan lives in the checkers\' heads." Yard supervisor',
                '"Give us the tools and the training before you give us the targets." Unite dock branch',
            ],
        ),
    )
    # 6
    pdf.band_page("Where we are heading", "North star")
    y = pdf.statement(
        48,
        "A terminal where every ship, every truck and every box moves when we said it would.",
        22,
    )
    y = pdf.statement(
        y + 12,
        "Handle 1.5 million TEU a year across our existing three berths by June 2030, without a new quay.",
        17,
        bold=True,
    )
    pdf.statement(
        y + 12,
        "What a haulier will notice: a booked slot, a green light at the gate, and out again inside the hour.",
        13,
    )
    # 7
    pdf.band_page("Quay: more moves from every crane hour", "Work package 1: Quay")
    pdf.two_columns(
        (
            "What we will do",
            [
                "Roll-out of the Navis N4 berth and vessel planning modules to all three berths.",
                "A berth window agreed with each line 14 days ahead and confirmed 72 hours before arrival.",
                "We will retrofit remote-control operation to STS cranes 3 to 6: two cranes in 2028, two in 2029.",
                "Twin-lift spreaders on the four newest cranes.",
                "We will send every line a berth productivity report within 24 hours of each call.",
            ],
        ),
        (
            "What it delivers",
            [
                "Fewer crane minutes lost waiting for straddle carriers.",
                "A gross crane rate of 27 moves an hour on Berth 2 during the pilot.",
                "Measured by gross crane rate: from 22 today to 30 moves an hour by June 2030.",
            ],
        ),
    )
    # 8
    pdf.band_page("Yard: a stack we can find our way around", "Work package 2: Yard")
    pdf.two_columns(
        (
            "What we will do",
            [
                "Container positions confirmed by DGPS on every straddle carrier and written to Navis N4 as each box is set down.",
                "A yard block plan that stacks import boxes by expected collection day.",
                "Replacement of the nine straddle carriers older than 15 years with hybrid units, from 2029.",
                "We will extend the private LTE network from blocks A to D to the whole yard.",
                "Condition-based maintenance of straddle carriers from Maximo work orders and engine data.",
            ],
        ),
        (
            "What it delivers",
            [
                "Straddle carrier availability of 90% on every shift.",
                "Boxes found first time, on the first lift.",
                "Yard re-handles down from 0.62 to 0.35 per container.",
            ],
        ),
    )
    # 9
    pdf.band_page("Gate: in and out inside the hour", "Work package 3: Gate")
    pdf.two_columns(
        (
            "What we will do",
            [
                "Booking made mandatory for every laden import collection from April 2029, with a charge for unbooked trucks.",
                "OCR portals on gate lanes 7 to 12, so every lane reads plates and container numbers.",
                "A holding area for 60 trucks off Dock Road, opened with the city council.",
                "We will open the gate until 02:00 on weekdays, once the operating hours are varied.",
                "Slot and gate data shared with hauliers through the MaerNet port community system.",
            ],
        ),
        (
            "What it delivers",
            [
                "85% of trucks arriving with a booked slot by December 2028.",
                "Average truck turn time from 78 to 45 minutes.",
                "No queue of trucks on Dock Road at the morning peak.",
            ],
        ),
    )
    # 10
    pdf.band_page("Rail: more boxes off the road", "Work package 4: Rail")
    pdf.two_columns(
        (
            "What we will do",
            [
                "Six trains a day by 2030, up from four, with Northline Rail Freight.",
                "Extension of the rail sidings from 550 m to 775 m to take full-length trains.",
                "Rail planning in Navis N4, so the boxes for a train are stacked together 24 hours ahead.",
                "We will hold a monthly rail performance review with Northline.",
            ],
        ),
        (
            "What it needs",
            [
                "Network Rail timetable bids for December 2028 and May 2029.",
                "Rail grants claimed for every eligible box.",
                "Containers leaving by rail: from 11% to 20% by June 2030.",
            ],
        ),
    )
    # 11
    pdf.band_page("Measures and targets", "KPIs")
    pdf.grid(
        [
            ["Measure", "2026", "Target", "By when"],
            ["Gross crane rate (moves per crane hour)", "22", "30", "June 2030"],
            ["Average truck turn time, gate in to gate out (minutes)", "78", "45", "June 2030"],
            ["Vessels berthed within the agreed window", "71%", "92%", "March 2029"],
            ["Trucks arriving with a booked slot", "41%", "85%", "December 2028"],
            ["Yard re-handles per container", "0.62", "0.35", "June 2030"],
            ["Containers leaving the terminal by rail", "11%", "20%", "June 2030"],
            ["Lost-time injury frequency rate (per million hours)", "2.4", "1.0", "June 2030"],
        ],
        widths=(160, 40, 40, 66),
        size=12,
    )
    # 12
    pdf.band_page("Roadmap: three phases, four years of the calendar", "Roadmap")
    y = pdf.grid(
        [
            ["Year", "Phase", "Quay and yard", "Gate and rail", "Decision"],
            [
                "2027 (from July)",
                "Phase 1: Foundations",
                "Navis N4 upgrade signed; DGPS fitted",
                "OCR lanes 7 to 12 ordered",
                "-",
            ],
            [
                "2028",
                "Phase 2: Kittiwake pilot",
                "Remote cranes 3 and 4 on Berth 2",
                "Truck holding area open",
                "Gate 2 (December): go/no-go",
            ],
            [
                "2029",
                "Phase 3: Whole terminal",
                "Remote cranes 5 and 6; LTE yard-wide",
                "Mandatory booking from April",
                "Gate 3 (September): mid-point",
            ],
            [
                "2030 (to June)",
                "Phase 3: Whole terminal",
                "Hybrid straddle carriers in service",
                "Sixth daily train",
                "Close-out review (June 2030)",
            ],
        ],
        widths=(38, 56, 78, 66, 68),
        size=11,
    )
    pdf.note(
        y + 6,
        "Phase 1: Foundations runs July 2027 to March 2028. Phase 2: Kittiwake pilot runs April to December 2028.",
    )
    pdf.note(
        y + 13,
        "Phase 3: Whole terminal runs January 2029 to June 2030. Gate 1 (March 2028) starts the pilot.",
    )
    # 13
    pdf.band_page("Project Kittiwake: Berth 2 and yard blocks C and D", "Pilot")
    pdf.two_columns(
        (
            "Scope, April to December 2028",
            [
                "Berth 2 and yard blocks C and D, with the three lines that call at Berth 2.",
                "Remote-controlled cranes 3 and 4, DGPS positions and the new berth window process.",
                "Two crews of remote operators, each trained on the simulator first.",
            ],
        ),
        (
            "Success criteria, October to December 2028",
            [
                "Gross crane rate of 27 moves an hour or more on Berth 2 for 12 weeks in a row.",
                "Re-handles in blocks C and D at 0.45 per container or fewer.",
                "Trucks collecting from blocks C and D turned in under 55 minutes.",
                "Zero lost-time injuries linked to remote operation.",
                "Go/no-go at Gate 2: the Programme Board decides in December 2028.",
            ],
        ),
        size=11,
    )
    # 14
    pdf.band_page("The first 90 days", "Mobilise, July to September 2027")
    pdf.numbered(
        [
            "Appoint the Project Kittiwake lead and a remote operations trainer.",
            "Agree the 2026 baselines for the seven measures with Performance & Insight.",
            "Sign the Navis N4 upgrade contract and fix the cut-over window.",
            "Open consultation with the Unite dock branch on remote crane operation and crewing.",
            "Apply to the electricity network operator for the substation upgrade.",
            "Apply to the city council to vary the gate's operating hours.",
            "Publish the slot charge proposal to hauliers for eight weeks' comment.",
            "Book simulator time for the first 16 crane drivers.",
        ],
        size=12,
    )
    # 15
    pdf.band_page("Investment case", "Investment")
    pdf.two_columns(
        (
            "Capital, 2027 to 2030",
            [
                "Remote-control retrofit of four STS cranes: £18.6m",
                "Nine hybrid straddle carriers: £13.5m",
                "Navis N4 upgrade, DGPS and private LTE: £6.2m",
                "OCR lanes, holding area and gate works: £5.1m",
                "Rail siding extension: £3.4m",
                "Total £46.8m, of which £9.4m in Phase 1",
            ],
        ),
        (
            "Benefits and payback",
            [
                "Benefits worth £11.2m a year at full run-rate from 2030: more calls across the same quay, less overtime, fewer re-handles.",
                "Payback in 4.2 years.",
                "Funded from £22.0m of reserves and £24.8m of new borrowing.",
            ],
        ),
    )
    # 16
    pdf.band_page("Risks and how we will handle them", "Risks")
    pdf.pair_rows(
        ("Risk", "Mitigation"),
        [
            (
                "Crane drivers and the union reject remote operation.",
                "Consult early through the Joint Negotiating Committee; simulator training open to every driver.",
            ),
            (
                "The Navis N4 cut-over disrupts vessel operations.",
                "Cut over in February, our quietest month, with the vendor on site and a rehearsed fallback.",
            ),
            (
                "Substation capacity holds back the new straddle carriers.",
                "Choose hybrid units that run on the existing supply until the upgrade.",
            ),
            (
                "Hauliers resist the slot charge.",
                "Eight weeks' comment, a charge-free period to March 2029, and slots released every 30 minutes.",
            ),
            (
                "Larger ships bunch when the lines' schedules slip.",
                "Berth windows confirmed 72 hours ahead and a weekly berth call with each line.",
            ),
        ],
    )
    # 17
    pdf.band_page("Governance and decisions", "Governance and asks")
    pdf.two_columns(
        (
            "How we will run it",
            [
                "Berth to Gate Programme Board, chaired by the Director of Port Operations: monthly, and at each gate.",
                "Any single contract above £2m referred to the Finance and Audit Committee.",
                "Progress reported to the Port Authority Board every quarter.",
                "The Unite dock branch consulted through the Joint Negotiating Committee.",
            ],
        ),
        (
            "What we ask of the Board today",
            [
                "Approve Berth to Gate 2030.",
                "Release £9.4m for Phase 1.",
                "Approve new borrowing of £24.8m.",
                "Note the consultation with the Unite dock branch.",
            ],
        ),
    )
    return pdf


# --------------------------------------------------------------------------- PPTX additions


def group_tiles(slide: Slide, items: Sequence[tuple[str, str]], top: float = 1.7) -> None:
    """Each KPI tile is one grouped shape: a rectangle, the big number and its label."""
    width = 12.2 / len(items)
    for i, (big, label) in enumerate(items):
        left = 0.55 + i * width
        group = slide.shapes.add_group_shape()
        panel = group.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(left), Inches(top), Inches(width - 0.2), Inches(1.9)
        )
        panel.text_frame.text = ""
        number = group.shapes.add_textbox(
            Inches(left + 0.1), Inches(top + 0.15), Inches(width - 0.4), Inches(0.8)
        )
        write_lines(number.text_frame, [big], size=28, bold=True)
        caption = group.shapes.add_textbox(
            Inches(left + 0.1), Inches(top + 1.0), Inches(width - 0.4), Inches(0.8)
        )
        write_lines(caption.text_frame, [label], size=12)


def grid_2x2(slide: Slide, cells: Sequence[tuple[str, str]], top: float = 1.6) -> None:
    """Four rectangles in two rows; each holds a bold heading paragraph and one sentence."""
    for i, (head, body) in enumerate(cells):
        row, col = divmod(i, 2)
        shape = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE,
            Inches(0.6 + col * 6.1),
            Inches(top + row * 2.75),
            Inches(5.9),
            Inches(2.55),
        )
        frame = shape.text_frame
        frame.word_wrap = True
        frame.paragraphs[0].text = head
        for run in frame.paragraphs[0].runs:
            run.font.size = Pt(20)
            run.font.bold = True
        para = frame.add_paragraph()
        para.text = body
        for run in para.runs:
            run.font.size = Pt(15)


def tagged_slide(prs: PresentationType, title: str, tag: str) -> Slide:
    """Ashworth Kell's house style: the Title Only layout's placeholder for the headline, a
    section tag at the top right and a confidentiality line at the foot; no page counter."""
    slide = title_only(prs, title)
    text_box(slide, 9.3, 0.1, 3.8, 0.4, [tag], size=10)
    text_box(slide, 0.5, 7.05, 8.0, 0.35, ["Ashworth Kell LLP | Strictly confidential"], size=9)
    return slide


def divider(prs: PresentationType, number: str, name: str, strap: str) -> Slide:
    """A section-divider slide: a full-bleed panel, a big section number and its name."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    panel = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(0), Inches(0), Inches(13.333), Inches(7.5)
    )
    panel.text_frame.text = ""
    text_box(slide, 0.9, 2.2, 3.0, 1.4, [number], size=72, bold=True)
    text_box(slide, 0.9, 3.7, 11.0, 0.9, [name], size=36, bold=True)
    text_box(slide, 0.9, 4.7, 11.0, 0.6, [strap], size=16)
    return slide


# --------------------------------------------------------------------------- Ashworth Kell LLP


def build_ashworth() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Clearer Counsel 2030",
        [
            "Ashworth Kell LLP: client service and knowledge management plan, May 2027 to April 2030",
            "Partnership Board, 9 March 2027 | For decision",
        ],
    )
    # 2
    s = tagged_slide(prs, "Clearer Counsel at a glance", "SUMMARY")
    group_tiles(
        s,
        [
            ("+50", "client NPS, from +31"),
            ("60 of 60", "key clients with an agreed service plan"),
            ("85%", "of matters billed within 10% of estimate"),
            ("95%", "of precedents in date"),
            ("115 days", "lock-up, from 142"),
        ],
    )
    text_box(
        s,
        0.6,
        4.0,
        12.0,
        2.8,
        [
            "Three shifts: Know the client, No surprises on price, Know-how that works.",
            "Proved first with six key clients of our Banking & Finance group in London and Leeds (Project Lantern) from January 2028.",
            "The firm-wide roll-out follows from October 2028.",
            "We ask the Board to approve the plan and £7.9m over three years.",
        ],
        size=16,
    )
    # 3
    divider(
        prs, "01", "Where we stand", "The firm, the market, and what clients and colleagues told us"
    )
    # 4
    s = tagged_slide(prs, "A strong practice that clients find hard to read", "01 | WHERE WE STAND")
    text_box(s, 0.6, 1.5, 5.9, 0.5, ["The firm in 2026/27"], size=16, bold=True)
    text_box(
        s,
        0.6,
        2.0,
        5.9,
        4.8,
        [
            "Fee income of £186m in the year to April 2027, from 96 partners and 412 lawyers in six offices.",
            "Our 60 key clients brought in 48% of fees.",
            "Client NPS stood at +31, from 214 client interviews.",
            "54% of our 3,900 precedents were past their review date.",
            "Lock-up averaged 142 days.",
            "We lost two of the nine panel re-tenders we faced in 2026.",
        ],
        size=14,
    )
    text_box(s, 6.9, 1.5, 5.9, 0.5, ["The market"], size=16, bold=True)
    text_box(
        s,
        6.9,
        2.0,
        5.9,
        4.8,
        [
            "General counsel ask for fixed or capped fees on a growing share of their work.",
            "Panels are consolidating: a client that kept 12 firms in 2020 keeps seven today.",
            "Generative drafting tools are changing what clients will pay for routine documents.",
            "Three of our competitors have merged in the last two years.",
        ],
        size=14,
    )
    # 5
    s = tagged_slide(prs, "What we heard", "01 | WHERE WE STAND")
    text_box(s, 0.6, 1.5, 5.9, 0.5, ["From clients"], size=16, bold=True)
    text_box(
        s,
        0.6,
        2.0,
        5.9,
        4.8,
        [
            '"We get a different answer depending on which office picks up the phone." General counsel, listed retailer',
            '"The bill was fair. It was also twice the estimate, and nobody told us." Head of legal, housing association',
        ],
        size=15,
    )
    text_box(s, 6.9, 1.5, 5.9, 0.5, ["From our people"], size=16, bold=True)
    text_box(
        s,
        6.9,
        2.0,
        5.9,
        4.8,
        [
            '"I spend an hour finding the precedent and ten minutes using it." Senior associate, Real Estate',
            '"Client care is what partners do on Friday afternoons." Partner, Corporate',
        ],
        size=15,
    )
    # 6
    divider(prs, "02", "Where we are going", "Our ambition, what good looks like, and three shifts")
    # 7
    s = tagged_slide(prs, "Our ambition", "02 | WHERE WE ARE GOING")
    text_box(
        s,
        0.8,
        1.8,
        11.6,
        1.4,
        ["Our ambition is to be the firm our clients call first with their hardest problem."],
        size=26,
    )
    text_box(
        s,
        0.8,
        3.6,
        11.6,
        1.2,
        ["Keep all 14 of the panel appointments that come up for re-tender before April 2030."],
        size=20,
        bold=True,
    )
    text_box(
        s,
        0.8,
        5.0,
        11.6,
        1.0,
        ["Fourteen panels, worth £52m of fees a year, are re-tendered in the next three years."],
        size=14,
    )
    # 8
    s = tagged_slide(prs, "What good looks like", "02 | WHERE WE ARE GOING")
    grid_2x2(
        s,
        [
            (
                "Know the client",
                "Success looks like every key client reviewed each year by a partner outside the team, with a service plan the client has signed up to.",
            ),
            (
                "No surprises on price",
                "Success looks like an estimate on every new matter, and a call to the client before the bill goes past it.",
            ),
            (
                "Know-how that works",
                "Success looks like the right precedent found in minutes, up to date and the same in every office.",
            ),
            (
                "Our people",
                "Success looks like client service and know-how counted in every lawyer's annual review alongside hours billed.",
            ),
        ],
    )
    # 9
    s = tagged_slide(prs, "Shift 1: Know the client", "02 | THREE SHIFTS")
    text_box(
        s,
        0.6,
        1.6,
        12.0,
        5.2,
        [
            "Client service plans agreed with each of our 60 key clients and reviewed with them every six months.",
            "We will run client listening reviews, each led by a partner outside the relationship team: 80 a year from 2028.",
            "A named client service partner and a relationship team for every key client.",
            "Roll-out of InterAction relationship data to all fee earners, cleaned for the 60 key clients first.",
            "A panel re-tender desk that starts work 12 months before each re-tender date.",
        ],
        size=17,
    )
    # 10
    s = tagged_slide(prs, "Shift 2: No surprises on price", "02 | THREE SHIFTS")
    table(
        s,
        [
            ["Initiative", "What it means", "Lead", "By"],
            [
                "Matter budgets in Aderant",
                "Every matter over £25k opened with a phase-by-phase budget held in Aderant",
                "Head of Pricing & Legal Project Management",
                "January 2028",
            ],
            [
                "Estimate alerts",
                "The matter partner alerted when recorded time reaches 75% of the estimate",
                "Director of IT",
                "April 2028",
            ],
            [
                "Pricing desk",
                "Fixed and capped fee quotes above £50k checked by the pricing desk before they go out",
                "Head of Pricing & Legal Project Management",
                "From September 2027",
            ],
            [
                "Legal project management course",
                "Every partner and senior associate through the two-day course",
                "Head of Learning & Development",
                "April 2029",
            ],
        ],
        widths=(2.6, 5.0, 2.8, 1.6),
        size=13,
    )
    text_box(
        s,
        0.6,
        5.6,
        12.0,
        0.8,
        ["We will know it is working when clients stop finding out about overruns from the bill."],
        size=15,
    )
    # 11
    s = tagged_slide(prs, "Shift 3: Know-how that works", "02 | THREE SHIFTS")
    text_box(
        s,
        0.6,
        1.6,
        12.0,
        5.2,
        [
            "We will review and re-issue our 600 most used precedents by December 2028, practice by practice.",
            "One know-how library in iManage, with the Leeds precedents moved into it.",
            "Roll-out of Atlas know-how search to every office.",
            "A generative drafting assistant for first drafts of standard documents, used under the firm's AI policy and each client's terms.",
            "Know-how time recorded to its own code and counted in every lawyer's annual review.",
        ],
        size=17,
    )
    # 12
    s = tagged_slide(prs, "How we will measure it", "02 | MEASURES")
    table(
        s,
        [
            ["Measure", "Baseline (2026/27)", "Target", "By"],
            ["Client net promoter score (client listening reviews)", "+31", "+50", "April 2030"],
            [
                "Key clients with a service plan agreed with the client",
                "13 of 60",
                "60 of 60",
                "April 2029",
            ],
            ["Matters billed within 10% of the estimate given", "58%", "85%", "April 2030"],
            ["Precedents within their review date", "46%", "95%", "December 2028"],
            ["Average lock-up (days of WIP and debtors)", "142", "115", "April 2030"],
            [
                "Know-how searches answered within five minutes (fee earner survey)",
                "38%",
                "75%",
                "April 2030",
            ],
        ],
        widths=(6.4, 2.2, 1.7, 1.7),
        size=14,
    )
    # 13
    s = tagged_slide(prs, "Three stages to April 2030", "HOW WE DELIVER")
    stages = [
        (
            "Stage 1: Lay the ground",
            "May to December 2027",
            [
                "Client service partners named",
                "Pricing desk open",
                "Aderant upgrade scoped",
                "Gate 1, December 2027: Lantern ready",
            ],
        ),
        (
            "Stage 2: Lantern",
            "January to September 2028",
            [
                "Six Lantern clients on service plans",
                "Matter budgets live in Banking & Finance",
                "Banking precedents re-issued",
                "Gate 2, September 2028: go/no-go",
            ],
        ),
        (
            "Stage 3: Whole firm",
            "October 2028 to April 2030",
            [
                "Service plans for all 60 key clients",
                "Matter budgets in every practice",
                "Atlas search in every office",
                "Close-out review, April 2030",
            ],
        ),
    ]
    for i, (name, dates, items) in enumerate(stages):
        left = 0.6 + i * 4.1
        box = s.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(left), Inches(1.6), Inches(3.9), Inches(1.1)
        )
        write_lines(box.text_frame, [name], size=18, bold=True)
        text_box(s, left, 2.8, 3.9, 0.5, [dates], size=14, bold=True)
        text_box(s, left, 3.4, 3.9, 3.2, items, size=13)
    # 14
    s = tagged_slide(prs, "Project Lantern: six key clients in Banking & Finance", "HOW WE DELIVER")
    text_box(s, 0.6, 1.5, 5.9, 0.5, ["What we will try"], size=16, bold=True)
    text_box(
        s,
        0.6,
        2.0,
        5.9,
        4.8,
        [
            "Six key clients of the Banking & Finance group, served from London and Leeds, January to September 2028.",
            "Service plans, matter budgets with estimate alerts, and the re-issued banking precedents, together.",
            "About 140 new matters over the nine months.",
        ],
        size=14,
    )
    text_box(s, 6.9, 1.5, 5.9, 0.5, ["Go to the whole firm if"], size=16, bold=True)
    text_box(
        s,
        6.9,
        2.0,
        5.9,
        4.8,
        [
            "Service plans agreed with all six clients by March 2028.",
            "90% of Lantern matters billed within 10% of their estimate.",
            "Every banking precedent within its review date.",
            "Client listening scores of +45 or better from the six clients.",
            "The Client Service Board takes the go/no-go in September 2028.",
        ],
        size=14,
    )
    # 15
    s = tagged_slide(prs, "The first 90 days", "HOW WE DELIVER")
    text_box(
        s,
        0.6,
        1.6,
        12.0,
        5.2,
        [
            "Appoint the programme director and hold the first Client Service Board (May 2027).",
            "Agree the 2026/27 baselines for the six measures with Data & Insight.",
            "Name a client service partner for each of the 60 key clients.",
            "Brief the Partners' Council on know-how time recording and client service in annual reviews.",
            "Choose the six Lantern clients with the Head of Banking & Finance.",
            "Scope the Aderant upgrade and matter budgeting with the vendor.",
            "Start the precedent review in Banking & Finance and Real Estate.",
        ],
        size=17,
    )
    # 16
    s = tagged_slide(prs, "The investment case", "HOW WE DELIVER")
    group_tiles(
        s,
        [
            ("£7.9m", "over three years"),
            ("£13.8m", "cash released by 27 fewer lock-up days"),
            ("£2.1m", "a year less written off on overruns"),
            ("2.6 years", "payback"),
        ],
    )
    text_box(
        s,
        0.6,
        4.0,
        12.0,
        2.8,
        [
            "Aderant upgrade and matter budgeting: £3.1m.",
            "Atlas search and one iManage library: £1.6m.",
            "Drafting assistant licences: £1.2m.",
            "Two knowledge lawyers and a pricing analyst: £1.4m.",
            "Client listening reviews and training: £0.6m.",
        ],
        size=14,
    )
    # 17
    s = tagged_slide(prs, "Risks and mitigations", "HOW WE DELIVER")
    table(
        s,
        [
            ["Risk", "Mitigation"],
            [
                "Partners see client listening reviews as a judgement on them.",
                "Reviews led by peers, shared with the relationship partner first, and kept out of pay decisions for the first year.",
            ],
            [
                "Fee earners keep matter budgets in their own spreadsheets.",
                "Budgets required at matter opening in Aderant; the pricing desk helps with the first ones.",
            ],
            [
                "Clients object to AI-drafted documents.",
                "Client terms checked before use; a lawyer signs off every draft.",
            ],
            [
                "The precedent review stalls in busy months.",
                "Knowledge lawyers own the review; partners sign off in batches.",
            ],
        ],
        widths=(5.0, 7.0),
        size=14,
    )
    # 18
    s = tagged_slide(prs, "Governance and decisions today", "HOW WE DELIVER")
    text_box(s, 0.6, 1.5, 5.9, 0.5, ["How we will run it"], size=16, bold=True)
    text_box(
        s,
        0.6,
        2.0,
        5.9,
        4.8,
        [
            "A Client Service Board chaired by the Managing Partner meets monthly and takes each stage gate.",
            "The Partnership Board approves any spend above the £7.9m envelope.",
            "The Partners' Council is consulted on changes to annual reviews and time recording.",
        ],
        size=14,
    )
    text_box(s, 6.9, 1.5, 5.9, 0.5, ["We ask the Partnership Board to"], size=16, bold=True)
    text_box(
        s,
        6.9,
        2.0,
        5.9,
        4.8,
        [
            "Approve Clearer Counsel 2030.",
            "Approve £7.9m over three years and release £2.2m for Stage 1.",
            "Ask each practice head to name a knowledge partner by June 2027.",
        ],
        size=14,
    )
    return prs


# --------------------------------------------------------------------------- Wealdmoor Fire and Rescue Service

WFRS_FOOTER = "Prevent First | Wealdmoor Fire and Rescue Service | Fire Authority, 22 June 2027"


def strip_slide(prs: PresentationType, title: str) -> Slide:
    """Wealdmoor's style: a red strip down the left edge, the title as a free text box, a
    footer line and 'Page n' at the bottom right."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    page = len(prs.slides)
    strip = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(0), Inches(0), Inches(0.25), Inches(7.5)
    )
    strip.text_frame.text = ""
    text_box(slide, 0.6, 0.35, 12.0, 0.9, [title], size=28, bold=True)
    text_box(slide, 0.6, 7.0, 9.0, 0.35, [WFRS_FOOTER], size=9)
    text_box(slide, 11.6, 7.0, 1.4, 0.35, [f"Page {page}"], size=9)
    return slide


def chevrons(slide: Slide, steps: Sequence[tuple[str, Sequence[str]]], top: float = 1.9) -> None:
    """A timeline of chevron shapes, the phase name inside each, dates and milestones under it."""
    width = 12.2 / len(steps)
    for i, (name, under) in enumerate(steps):
        left = 0.55 + i * width
        shape = slide.shapes.add_shape(
            MSO_SHAPE.CHEVRON, Inches(left), Inches(top), Inches(width - 0.05), Inches(1.2)
        )
        write_lines(shape.text_frame, [name], size=18, bold=True)
        text_box(slide, left + 0.3, top + 1.4, width - 0.6, 3.4, under, size=13)


def build_wealdmoor() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Prevent First",
        [
            "Community Risk and Prevention Plan, October 2027 to December 2029",
            "Wealdmoor Fire and Rescue Service",
            "Report to the Fire Authority, 22 June 2027 | Agenda item 7",
        ],
    )
    # 2
    s = strip_slide(prs, "Prevent First in summary")
    tiles(
        s,
        [
            ("45", "accidental dwelling fires per 100,000 people, from 58"),
            ("10 days", "from referral to a Safe and Well visit, from 34"),
            ("75%", "of Safe and Well visits to high-risk homes"),
            ("95%", "of high-risk premises audited on time"),
        ],
    )
    text_box(
        s,
        0.6,
        3.6,
        12.0,
        3.0,
        [
            "Four ambitions and the commitments that deliver them.",
            "Piloted in the Eastmarsh district from April 2028; county-wide from January 2029.",
            "Members are asked to endorse the plan and £2.9m of invest-to-save funding.",
        ],
        size=17,
    )
    # 3
    s = strip_slide(prs, "Wealdmoor today")
    text_box(
        s,
        0.6,
        1.5,
        12.0,
        5.3,
        [
            "We attended 8,412 incidents in 2026/27, 1,204 of them fires.",
            "There were 612 accidental fires in people's homes: 58 for every 100,000 residents.",
            "Six people died in fires at home, and 25 were seriously injured.",
            "We carried out 9,800 Safe and Well visits; 44% were to households scored high risk.",
            "A high-risk household referred by a partner waited 34 days on average for a visit.",
            "61% of high-risk premises were audited by their due date.",
            "14 of our 24 fire stations are crewed by on-call firefighters.",
        ],
        size=17,
    )
    # 4
    s = strip_slide(prs, "Our county is changing")
    text_box(
        s,
        0.6,
        1.5,
        12.0,
        5.3,
        [
            "By 2030, one resident in four will be over 65.",
            "Two-thirds of the people who died in fires at home in the last five years were over 65 and lived alone.",
            "Houses in multiple occupation in Eastmarsh have doubled since 2018.",
            "Fires started by e-bike and e-scooter batteries rose from 9 in 2022 to 41 in 2026.",
            "Our core funding has fallen by 11% in real terms since 2016.",
        ],
        size=17,
    )
    # 5
    s = strip_slide(prs, "What we heard")
    text_box(
        s,
        0.6,
        1.5,
        12.0,
        0.8,
        [
            "1,140 people answered our public consultation; 81% supported putting prevention where the risk is highest."
        ],
        size=16,
        bold=True,
    )
    text_box(
        s,
        0.6,
        2.5,
        12.0,
        4.3,
        [
            '"We want to do more prevention, but the paperwork comes home with us." On-call firefighter, Holbeck',
            '"My mother\'s carers noticed the heater. Nobody knew who to tell." Resident, Eastmarsh',
            '"Our referrals go into a mailbox and we never hear back." Adult social care team manager',
        ],
        size=16,
    )
    # 6
    s = strip_slide(prs, "Our vision")
    text_box(
        s,
        0.8,
        1.8,
        11.6,
        1.3,
        ["A Wealdmoor where everyone is safe from fire in their own home."],
        size=28,
    )
    text_box(
        s,
        0.8,
        3.5,
        11.6,
        1.3,
        [
            "By March 2029, every household on the high-risk register will have had a Safe and Well visit within the previous 24 months."
        ],
        size=20,
        bold=True,
    )
    # 7
    s = strip_slide(prs, "Four ambitions")
    grid = [
        (
            "Ambition 1: Safer homes",
            "Fewer fires start in people's homes, and fewer people are hurt when they do.",
        ),
        (
            "Ambition 2: Highest risk first",
            "Our ambition is that the people most likely to die in a fire are the people we see first.",
        ),
        (
            "Ambition 3: Partners who refer, and hear back",
            "Every carer, nurse and housing officer knows how to refer, and hears what happened.",
        ),
        (
            "Ambition 4: Buildings safe to use",
            "Our ambition is that the buildings where people sleep and work are inspected when their risk says so.",
        ),
    ]
    for i, (head, body) in enumerate(grid):
        row, col = divmod(i, 2)
        box = s.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE,
            Inches(0.6 + col * 6.1),
            Inches(1.5 + row * 2.7),
            Inches(5.9),
            Inches(2.5),
        )
        write_lines(box.text_frame, [head, body], size=16)
    # 8
    s = strip_slide(prs, "Ambition 1: Safer homes")
    text_box(s, 0.6, 1.4, 12.0, 0.5, ["Our commitments"], size=16, bold=True)
    text_box(
        s,
        0.6,
        1.9,
        12.0,
        4.9,
        [
            "We will fit or test smoke alarms on every Safe and Well visit, with sensory alarms for people who are deaf or hard of hearing.",
            "Roll-out of Safe and Well visits by on-call crews at all 14 on-call stations.",
            "We will run an e-bike and e-scooter battery safety drive with retailers and housing providers each autumn.",
            "Heater checks and fire-retardant bedding for the people we judge most at risk.",
        ],
        size=16,
    )
    # 9
    s = strip_slide(prs, "Ambition 2: Highest risk first")
    text_box(s, 0.6, 1.4, 12.0, 0.5, ["Our commitments"], size=16, bold=True)
    text_box(
        s,
        0.6,
        1.9,
        12.0,
        4.9,
        [
            "We will rebuild the high-risk register every quarter from health data, partner referrals and our own incident history.",
            "Risk scoring of every referral on the day it arrives, with high-risk households visited within 10 days.",
            "We will move Safe and Well visits from booked appointments to a list ordered by risk.",
            "Six more home safety technicians, working evenings and Saturdays as well as weekdays.",
        ],
        size=16,
    )
    # 10
    s = strip_slide(prs, "Ambition 3: Partners who refer, and hear back")
    text_box(s, 0.6, 1.4, 12.0, 0.5, ["Our commitments"], size=16, bold=True)
    text_box(
        s,
        0.6,
        1.9,
        12.0,
        4.9,
        [
            "An online referral form for partners that feeds CFRMIS directly.",
            "We will tell every referring partner the outcome of the visit within five working days.",
            "Data sharing agreements with adult social care, both NHS trusts and the three largest housing associations.",
            "Fire risk awareness training for 600 carers and housing officers a year.",
        ],
        size=16,
    )
    # 11
    s = strip_slide(prs, "Ambition 4: Buildings safe to use")
    text_box(s, 0.6, 1.4, 12.0, 0.5, ["Our commitments"], size=16, bold=True)
    text_box(
        s,
        0.6,
        1.9,
        12.0,
        4.9,
        [
            "A refreshed risk-based inspection programme, built from a new premises list.",
            "We will audit every high-rise residential building in the county every year.",
            "Four more fire safety inspectors qualified to Level 4 by the end of 2029.",
            "Audits recorded on tablets in CFRMIS Mobile, on site.",
        ],
        size=16,
    )
    # 12
    s = strip_slide(prs, "How we will measure progress")
    table(
        s,
        [
            ["Measure", "Current", "2029"],
            ["Accidental dwelling fires per 100,000 population", "58", "45"],
            ["Deaths and serious injuries in accidental dwelling fires", "31", "20"],
            ["Safe and Well visits delivered to high-risk households", "44%", "75%"],
            ["Days from referral to visit for high-risk households", "34", "10"],
            ["Partner referrals given an outcome within five working days", "12%", "90%"],
            ["High-risk premises audited by their due date", "61%", "95%"],
        ],
        widths=(8.0, 2.0, 2.0),
        size=15,
    )
    text_box(
        s,
        0.6,
        5.5,
        12.0,
        0.6,
        ["Current: the year to March 2027. 2029: the calendar year January to December 2029."],
        size=12,
    )
    # 13
    s = strip_slide(prs, "Our timeline")
    chevrons(
        s,
        [
            (
                "Prepare",
                [
                    "October 2027 to March 2028",
                    "Online referral form built",
                    "Holbeck crews trained",
                    "Gate: ready to pilot, March 2028",
                ],
            ),
            (
                "Pilot in Eastmarsh",
                [
                    "April to December 2028",
                    "Risk-ordered visits in Eastmarsh and Holbeck",
                    "Go/no-go, December 2028",
                ],
            ),
            (
                "County-wide",
                [
                    "January to December 2029",
                    "All 24 stations on risk-ordered visits",
                    "Quarterly register rebuilds",
                    "Year-end review, December 2029",
                ],
            ),
        ],
    )
    # 14
    s = strip_slide(prs, "The Eastmarsh pilot")
    text_box(
        s,
        0.6,
        1.4,
        12.0,
        1.4,
        [
            "Eastmarsh and Holbeck station areas, April to December 2028: 31,000 households, about 2,300 of them on the high-risk register.",
        ],
        size=16,
    )
    text_box(
        s, 0.6, 2.7, 12.0, 0.5, ["We go county-wide if, by December 2028:"], size=16, bold=True
    )
    text_box(
        s,
        0.6,
        3.2,
        12.0,
        3.6,
        [
            "80% of high-risk households referred in the pilot are visited within 10 days.",
            "Every referring partner hears the outcome within five working days.",
            "Holbeck on-call crews complete 20 visits a month with no loss of appliance availability.",
            "The Prevention Programme Board takes the go/no-go in December 2028.",
        ],
        size=16,
    )
    # 15
    s = strip_slide(prs, "Our first 90 days")
    text_box(
        s,
        0.6,
        1.5,
        12.0,
        5.3,
        [
            "Appoint the Prevent First programme manager and hold the first Prevention Programme Board.",
            "Agree the 2026/27 baselines with Performance and Risk Intelligence.",
            "Open talks with the FBU on Safe and Well visits by on-call crews.",
            "Sign a data sharing agreement with adult social care that covers home care packages.",
            "Build the online referral form and test it with Eastmarsh partners.",
            "Train Holbeck on-call crews in Safe and Well visits.",
        ],
        size=17,
    )
    # 16
    s = strip_slide(prs, "Investment and return")
    table(
        s,
        [
            ["Item", "2027 to 2029"],
            ["Six home safety technicians", "£1.1m"],
            ["Online referral form and mobile Safe and Well in CFRMIS", "£0.7m"],
            ["Smoke alarms and sensory alarms", "£0.6m"],
            ["Fire safety inspector training", "£0.3m"],
            ["Community risk model rebuild", "£0.2m"],
            ["Total, from the prevention reserve", "£2.9m"],
        ],
        widths=(9.0, 3.0),
        size=15,
    )
    text_box(
        s,
        0.6,
        5.4,
        12.0,
        1.2,
        [
            "A fire prevented in a home avoids about £41,000 of cost to society; 130 fewer fires a year would return the £2.9m within a year of full roll-out.",
        ],
        size=14,
    )
    # 17
    s = strip_slide(prs, "Risks and mitigations")
    table(
        s,
        [
            ["Risk", "Mitigation"],
            [
                "On-call crews have too little time for visits.",
                "Visits on drill nights and weekends, paid at the on-call rate; technicians take the rest.",
            ],
            [
                "Partners are slow to sign data sharing agreements.",
                "Start with adult social care in the first 90 days; the Safeguarding Lead brokers the rest.",
            ],
            [
                "The high-risk register goes stale between rebuilds.",
                "Quarterly rebuilds, with partner referrals added the day they arrive.",
            ],
            [
                "Newly qualified inspectors leave for the private sector.",
                "A two-year retention agreement for inspectors trained at our cost.",
            ],
        ],
        widths=(5.0, 7.0),
        size=14,
    )
    # 18
    s = strip_slide(prs, "Governance and what we ask of members")
    text_box(s, 0.6, 1.4, 5.9, 0.5, ["Governance"], size=16, bold=True)
    text_box(
        s,
        0.6,
        1.9,
        5.9,
        4.9,
        [
            "The Prevention Programme Board, chaired by the Deputy Chief Fire Officer, meets monthly and takes each gate.",
            "Progress reported every quarter to the Community Safety Scrutiny Committee.",
            "The FBU consulted through the Joint Consultative Committee.",
        ],
        size=15,
    )
    text_box(s, 6.9, 1.4, 5.9, 0.5, ["Members are asked to"], size=16, bold=True)
    text_box(
        s,
        6.9,
        1.9,
        5.9,
        4.9,
        [
            "Endorse Prevent First.",
            "Approve £2.9m from the prevention reserve.",
            "Note the consultation with the FBU.",
        ],
        size=15,
    )
    return prs


# --------------------------------------------------------------------------- org folders
# Each case's org/ folder as the organization would keep it. Text is stored verbatim.


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


MAERLOW_ORG: dict[str, str] = {
    "people/berth-to-gate-roster.yaml": doc(
        """
        # Berth to Gate 2030: programme roster
        # Kept by the Strategy and Planning office. Tier: core = leads a work package or sits on
        # the Berth to Gate Programme Board; extended = contributes, advises or is consulted.
        programme: Berth to Gate 2030
        terminal: Maerlow Container Terminal
        updated: 2027-04-02
        roles:
          - role: Director of Port Operations
            team: Executive Team
            tier: core
            responsibilities: "Executive sponsor of Berth to Gate 2030. Accountable for the container terminal, the marine services and the operations budget; chairs the Berth to Gate Programme Board and takes its gate decisions; reports to the Chief Executive and the Port Authority Board."
          - role: Berth to Gate Programme Manager
            team: Strategy and Planning
            tier: core
            responsibilities: "Programme lead. Runs the plan, the phase gates, the RAID log and the benefits tracker; secretary to the Programme Board; owns the Project Kittiwake pilot plan with the Terminal Operations Manager."
          - role: Terminal Operations Manager
            team: Terminal Operations
            tier: core
            responsibilities: "Runs quay and yard operations on all four shifts: crane gangs, straddle carrier drivers, checkers and shift managers. Owns gross crane rate, crewing and the operating procedures for remote crane operation."
          - role: Head of Vessel Planning
            team: Vessel Planning
            tier: core
            responsibilities: "Owns the berth plan, berth windows, stowage and vessel planning for every call, and the daily berth meeting. Owns berth window adherence with the Commercial Manager, Shipping Lines."
          - role: Yard Planning Manager
            team: Vessel Planning
            tier: core
            responsibilities: "Owns the yard block plan, stacking rules, container position accuracy and re-handles; plans the yard for rail and for import collections."
          - role: Gate & Landside Manager
            team: Landside
            tier: core
            responsibilities: "Runs the gate, the vehicle booking system, the truck holding area and relations with hauliers; owns truck turn time, booked-slot share and the slot charge."
          - role: Rail Operations Manager
            team: Landside
            tier: core
            responsibilities: "Runs rail planning and the interface with Northline Rail Freight and Network Rail: train plans, timetable bids, rail grants and the rail share of containers."
          - role: Head of Engineering
            team: Engineering
            tier: core
            responsibilities: "Maintains the ship-to-shore cranes, straddle carriers, reefer plugs and power network; owns Maximo, equipment availability, the crane retrofit, new equipment and the substation."
          - role: Head of Terminal Systems
            team: Terminal Systems
            tier: core
            responsibilities: "Owns Navis N4, SlotLink, the OCR gate portals, DGPS, the private LTE network and their integrations with MaerNet; runs system upgrades and cut-overs."
          - role: Performance & Insight Manager
            team: Strategy and Planning
            tier: core
            responsibilities: "Owns Harbourview, the terminal data warehouse, the Power BI terminal dashboards, measure definitions and baselines, and the monthly performance pack to the Executive Team."
          - role: Head of Health, Safety & Environment
            team: HSE
            tier: core
            responsibilities: "Owns safety management, risk assessments for new ways of working, the lost-time injury frequency rate and environmental permits; signs off safe systems of work before go-live."
          - role: Commercial Manager, Shipping Lines
            team: Commercial
            tier: extended
            responsibilities: "Manages terminal service agreements with the shipping lines, berth window agreements and line productivity reporting; consulted on anything that changes what lines are promised."
          - role: Port Skills Academy Manager
            team: Port Skills Academy
            tier: extended
            responsibilities: "Runs the Port Skills Academy: induction, crane and straddle carrier licences, simulator training, remote-operation certificates and refresher training for every operational grade."
          - role: Finance Business Partner, Operations
            team: Finance
            tier: extended
            responsibilities: "Business partner to Port Operations: capital plan, business cases, benefits tracking, borrowing headroom and the operations budget."
          - role: HR Business Partner, Operations
            team: People
            tier: extended
            responsibilities: "Advises on crewing, shift patterns, job content and redeployment; prepares papers for the Joint Negotiating Committee."
          - role: Unite Dock Branch Secretary
            team: Unite the Union, Maerlow Docks Branch
            tier: extended
            responsibilities: "Represents dock workers at the Joint Negotiating Committee; consulted on crewing, shift patterns, job content and new technology that changes work. Not a manager of the Authority."
        """
    ),
    "people/port-skills-academy.md": doc(
        """
        # Port Skills Academy

        The Port Skills Academy trains every operational grade at Maerlow. It runs induction,
        crane and straddle carrier licences, banksman and lashing courses, refresher training and
        assessment, and keeps each worker's licences in the Academy training register. The
        Academy Manager reports to the Head of Health, Safety & Environment.

        ## Courses and capacity

        | Course | Length | Places a year |
        |---|---|---|
        | Ship-to-shore crane licence | 6 weeks | 12 |
        | Straddle carrier licence | 3 weeks | 30 |
        | Remote crane operation certificate | 4 weeks, simulator then live | 16 |
        | Checker and yard control | 1 week | 24 |

        ## The crane simulator

        The crane simulator at the Academy is shared with the Port of Ellesby and is ours on
        Tuesdays and Wednesdays. 8 of our 64 crane drivers hold the remote-operation certificate,
        all of them from the 2025 trial on crane 2.
        """
    ),
    "people/joint-negotiating-committee.md": doc(
        """
        # Joint Negotiating Committee

        The Authority recognises Unite the Union for dock workers at Maerlow. The Joint
        Negotiating Committee brings together the Director of Port Operations, the HR Business
        Partner, Operations and six Unite representatives led by the Unite Dock Branch Secretary.
        It meets every two months, and within ten working days when either side asks.

        Under the 2019 collective agreement, changes to crewing, shift patterns or job content go
        to the Joint Negotiating Committee for 90 days' consultation before they start.

        The agreement also covers the introduction of new technology: the Authority shares its
        plans with the branch at the design stage, and any role that changes is offered training
        at the Authority's cost.
        """
    ),
    "governance/programme-board-terms-of-reference.md": doc(
        """
        # Berth to Gate Programme Board: terms of reference

        Approved by the Executive Team, 28 March 2027, subject to the Port Authority Board's
        approval of Berth to Gate 2030.

        ## Purpose

        To direct Berth to Gate 2030 from July 2027 to June 2030 and hold the work package leads
        to the approved plan and envelope.

        ## Membership

        - Chair: Director of Port Operations (executive sponsor)
        - Berth to Gate Programme Manager (programme lead and secretary)
        - Terminal Operations Manager, Head of Vessel Planning, Yard Planning Manager
        - Gate & Landside Manager, Rail Operations Manager
        - Head of Engineering, Head of Terminal Systems, Performance & Insight Manager
        - Head of Health, Safety & Environment
        - In attendance: Finance Business Partner, Operations; HR Business Partner, Operations;
          Commercial Manager, Shipping Lines

        Quorum: the Chair and four members. The Board meets monthly and at each gate.

        ## Decision rights

        | Decision | Decided by | Before deciding |
        |---|---|---|
        | Phase gates (Gate 1, Gate 2, Gate 3, close-out) | Programme Board; the Chair decides if members differ | Finance and HSE papers |
        | Project Kittiwake go/no-go | Programme Board | Safe system of work signed by the Head of Health, Safety & Environment |
        | Order in which berths, blocks and lanes move | Programme Board | Terminal Operations Manager, Head of Vessel Planning |
        | Spend within the approved envelope | Director of Port Operations | Finance Business Partner, Operations |
        | Any single contract above £2m | Finance and Audit Committee of the Port Authority Board | Procurement |
        | New borrowing and spend above the envelope | Port Authority Board | Finance and Audit Committee |
        | Changes to crewing, shift patterns or job content | Director of Port Operations | Joint Negotiating Committee consultation |
        | Port charges, including a slot charge | Port Authority Board | Published for comment to port users |

        ## Finance

        The Authority's harbour revision order sets its borrowing limit at £40m, of which £21.5m
        is already drawn; raising the limit takes a new order from the Department for Transport,
        about 12 months.

        ## Reporting

        The Programme Board reports to the Executive Team monthly and to the Port Authority
        Board every quarter.
        """
    ),
    "systems/terminal-systems-inventory.md": doc(
        """
        # Terminal systems inventory

        Kept by Terminal Systems. Last reviewed February 2027.

        | System | What it does | Owner | Notes |
        |---|---|---|---|
        | Navis N4 3.8 | Terminal operating system: vessel, yard, gate and rail inventory and work instructions | Head of Terminal Systems | Vendor support for version 3.8 ends in December 2028. The berth and vessel planning modules are licensed and unused. |
        | SlotLink | Vehicle booking system for hauliers: slots in 30-minute windows | Gate & Landside Manager | SlotLink's contract runs to March 2030, and leaving earlier carries an exit fee of £340,000. |
        | OCR gate portals | Plate and container number reading at the gate | Head of Terminal Systems | OCR portals read plates and container numbers on gate lanes 1 to 6; lanes 7 to 12 are clerked from the booth by gate staff. |
        | MaerNet | Port community system shared with lines, agents, hauliers and Border Force: pre-advice, customs release, holds | Port of Maerlow Authority, IT | Messages to and from Navis N4 every five minutes. |
        | Maximo | Maintenance management for cranes, straddle carriers, reefer plugs and buildings | Head of Engineering | Work orders raised on tablets in the workshop. |
        | Harbourview | Terminal data warehouse (Azure SQL), loaded nightly from Navis N4, SlotLink, Maximo and MaerNet | Performance & Insight Manager | Feeds the Power BI terminal dashboards and the monthly performance pack. |
        | Private LTE network | Data to straddle carriers, cranes and handhelds | Head of Terminal Systems | The private LTE network covers the quay and yard blocks A to D; drivers in blocks E to H work by voice radio. |
        | Crane control systems | PLCs and condition data on the six STS cranes | Head of Engineering | Crane PLC data sits on the crane maker's portal and is downloaded by Engineering as a CSV file once a month. |

        ## Yard inventory accuracy

        Container positions in the yard are taken from the straddle carrier driver's keyed
        entry, and a checker walks each block at the start of every shift to correct them.
        """
    ),
    "performance/terminal-measures.md": doc(
        """
        # Terminal measures

        Definitions used in the monthly performance pack. Baselines are calendar 2026.

        | Measure | Definition | Owner | 2026 baseline |
        |---|---|---|---|
        | Gross crane rate | Container moves (including hatch covers) divided by crane hours from first lift to last lift of each call, averaged over all calls | Terminal Operations Manager | 22 |
        | Truck turn time | Mean minutes from gate-in to gate-out for every truck visit | Gate & Landside Manager | 78 |
        | Berth window adherence | Calls berthed within four hours of the window agreed with the line, as a share of calls | Head of Vessel Planning | 71% |
        | Booked-slot share | Truck visits with a SlotLink booking, as a share of truck visits | Gate & Landside Manager | 41% |
        | Yard re-handles | Unproductive moves of a container in the yard, per container that leaves the terminal | Yard Planning Manager | 0.62 |
        | Rail share | Containers leaving by rail, as a share of containers leaving | Rail Operations Manager | 11% |
        | LTIFR | Lost-time injuries per million hours worked, employees and contractors | Head of Health, Safety & Environment | 2.4 |

        ## Notes on measurement

        - Truck turn time runs from the gate-in OCR read to gate-out, so the queue on Dock Road
          before the gate sits outside the measure.
        - Berth windows are agreed by email and recorded by Vessel Planning against each call.
        - The pack is published on the tenth working day of the month.
        """
    ),
    "operations/quay-yard-and-landside-notes.md": doc(
        """
        # Quay, yard and landside: notes for the programme

        Prepared by the Terminal Operations Manager, the Head of Engineering and the Gate &
        Landside Manager, March 2027.

        ## Berth planning

        The weekly berth plan is drawn up in a spreadsheet on the Vessel Planning shared drive
        and emailed to the lines each Thursday. Changes after Thursday are agreed by phone with
        each line's network planner.

        ## Equipment

        - Six STS cranes: cranes 1 and 2 (2009), cranes 3 and 4 (2014), cranes 5 and 6 (2019).
        - 22 straddle carriers; nine of them are older than 15 years.
        - Spare parts for the nine older straddle carriers come from one supplier in Tampere
          with a lead time of ten weeks.
        - The terminal substation is rated at 11 MVA, and the network operator's earliest
          connection date for an upgrade is 2031.

        ## Gate and landside

        The terminal's planning permission limits gate opening to 06:00 to 22:00; a variation
        goes to the city council's planning committee and takes about 16 weeks.

        Northline Rail Freight operates the rail terminal under a lease that runs to 2032, and
        train paths are set in the Network Rail timetable twice a year, in December and May.

        ## People

        The Head of Terminal Systems post is held by an interim contractor until the permanent
        appointee starts in January 2028.
        """
    ),
}


ASHWORTH_ORG: dict[str, str] = {
    "people/clearer-counsel-team.md": doc(
        """
        # Clearer Counsel 2030: programme team

        Kept by the programme office. Core = sits on the Client Service Board or leads a shift;
        extended = contributes, advises or is consulted.

        | Role | Team | Tier | Responsibilities |
        |---|---|---|---|
        | Managing Partner | Management | core | Executive sponsor of Clearer Counsel 2030. Runs the firm day to day for the Partnership Board; chairs the Client Service Board; holds the programme envelope. |
        | Clearer Counsel Programme Director | Programme Office | core | Programme lead. Runs the plan, the stage gates, the RAID log and benefits tracking; secretary to the Client Service Board; owns the Project Lantern plan with the Head of Banking & Finance. |
        | Director of Client Relationships | Clients & Markets | core | Owns the key client programme: client service partners, client service plans, client listening reviews, panel re-tenders and the quality of relationship data in InterAction. |
        | Head of Pricing & Legal Project Management | Clients & Markets | core | Runs the pricing desk and legal project management: fee estimates, fixed and capped fee quotes, matter budgets and estimate alerts; owns the matters-within-estimate measure. |
        | Director of Knowledge | Knowledge | core | Leads the professional support lawyers and the knowledge team; owns the precedent library, its review cycle, Atlas know-how content and the firm's know-how policy. |
        | Knowledge Operations Lead | Knowledge | core | Runs the precedent review calendar, the know-how taxonomy and the iManage know-how workspaces; reports precedent currency each month. |
        | Head of Banking & Finance | Banking & Finance practice | core | Leads the Banking & Finance practice in London and Leeds; partner lead for Project Lantern and its six clients. |
        | Director of IT | IT | core | Owns Aderant, iManage, InterAction, Atlas and the drafting assistant; runs upgrades, integrations and the IT change calendar. |
        | Head of Data & Insight | Finance | core | Owns Clarion, the firm's data warehouse, the Power BI dashboards, measure definitions and baselines, and the monthly management pack. |
        | Finance Director | Finance | core | Owns billing, cash collection, lock-up, write-offs and the firm budget; approves business cases and benefits. |
        | Head of Real Estate | Real Estate practice | extended | Leads the Real Estate practice; owns its precedents and its share of the precedent review. |
        | Head of Learning & Development | People | extended | Runs the Ashworth Kell Academy: induction, the legal project management course, client service skills and training on new systems for lawyers and business services staff. |
        | Head of Risk & Compliance | Risk | extended | Compliance officer for legal practice. Owns engagement terms, the firm's AI policy, client confidentiality and conflicts; approves new uses of client documents. |
        | Client Listening Manager | Clients & Markets | extended | Schedules client listening interviews, manages the Halford Research contract and reports client NPS by practice and by key client. |
        | HR Director | People | extended | Owns annual reviews, the associate competency framework and role changes for business services staff. |
        | Chair, Partners' Council | Partners' Council | extended | Elected by the partners. Represents partners to management; consulted on changes to time recording, client allocation and the partner scorecard. Holds no management role. |
        """
    ),
    "people/ashworth-kell-academy.md": doc(
        """
        # The Ashworth Kell Academy

        The Academy is the firm's learning and development function, run by the Head of
        Learning & Development with four learning designers. It owns the firm's training
        catalogue, the learning platform (Cornerstone) and training records for CPD.

        ## Programmes relevant to Clearer Counsel

        - Legal project management: a two-day course, run eight times a year for up to 20
          people each time.
        - Client service skills for senior associates, with the Clients & Markets team.
        - System training for Aderant, iManage and Atlas, face to face and on Cornerstone.

        Academy courses are booked through Cornerstone and counted towards each lawyer's
        development plan.
        """
    ),
    "people/partners-council.md": doc(
        """
        # Partners' Council

        The Partners' Council is elected by the partners every two years and represents them to
        the Managing Partner and the Partnership Board. It is consulted on any change to time
        recording, client allocation or the partner scorecard, and meets every two months; its
        next meeting is on 14 July 2027.

        Changes to the partner scorecard need a 75% vote of the partners at the annual meeting
        in June, under the LLP agreement.

        The Council gives its view in writing; the decision stays with the Partnership Board or
        the partners in meeting.
        """
    ),
    "governance/client-service-board-terms-of-reference.md": doc(
        """
        # Client Service Board: terms of reference

        Approved by the Partnership Board, 9 February 2027.

        ## Purpose

        To direct Clearer Counsel 2030 from May 2027 to April 2030 and hold its leads to the
        approved plan and envelope.

        ## Membership

        - Chair: Managing Partner (executive sponsor)
        - Clearer Counsel Programme Director (secretary)
        - Director of Client Relationships, Head of Pricing & Legal Project Management
        - Director of Knowledge, Director of IT, Head of Data & Insight, Finance Director
        - Head of Banking & Finance (for the Lantern stage)
        - In attendance: Head of Risk & Compliance, Head of Learning & Development

        The Board meets monthly and at each stage gate.

        ## Decision rights

        - Stage gates and the Project Lantern go/no-go: the Client Service Board; the Chair
          decides if members differ.
        - Spend within the approved envelope: the Managing Partner, advised by the Finance
          Director.
        - Spend above the envelope: the Partnership Board.
        - Use of client documents by the drafting assistant: the Head of Risk & Compliance,
          client by client.
        - Changes to time recording or the partner scorecard: the Partnership Board and, for the
          scorecard, the partners in meeting, after the Partners' Council is consulted.
        - Which clients join Lantern: the Head of Banking & Finance with the Director of Client
          Relationships.

        ## Reporting

        The Board reports to the Partnership Board every quarter.
        """
    ),
    "systems/practice-systems-inventory.md": doc(
        """
        # Practice systems inventory

        Kept by IT. Last reviewed January 2027.

        | System | What it does | Owner | Notes |
        |---|---|---|---|
        | Aderant Expert 8.2 | Practice management: matter opening, time recording, billing, WIP and debtors | Director of IT | Aderant Expert 8.2 reaches the end of vendor support in October 2028, and the move to Aderant's cloud edition takes about nine months. |
        | iManage Work 10 | Document and email management for every matter | Director of IT | The Leeds office works on its own iManage instance, carried over from the 2025 merger with Petherick & Co, until the migration booked for the summer of 2028. |
        | InterAction | Client relationship management: contacts, relationships, events | Director of Client Relationships | Contact records are updated by secretaries when a partner forwards an email signature; 38% of key-client contacts carry a job title more than two years old. |
        | Atlas | Know-how portal and search on SharePoint, indexing the shared know-how workspaces in iManage | Director of Knowledge | Launched in London in 2025. |
        | Clarion | Data warehouse (Azure SQL) loaded nightly from Aderant and InterAction | Head of Data & Insight | Feeds the Power BI dashboards and the monthly management pack. |
        | Quillon | Generative drafting assistant, licensed for 40 users in a trial | Director of IT | Used under the firm's AI policy. |
        | Cornerstone | Learning platform and CPD records | Head of Learning & Development | |

        ## Change calendar

        The IT change calendar closes for the last two weeks of December and the first two weeks
        of May, at the financial year end.
        """
    ),
    "knowledge/know-how-and-precedents.md": doc(
        """
        # Know-how and precedents: how it works today

        Note from the Director of Knowledge, February 2027.

        The firm holds about 3,900 precedents across nine practice groups. Each has an owner
        partner and a review date. Review dates for precedents are tracked by the Knowledge
        Operations Lead in a spreadsheet, and owners are reminded each quarter.

        Precedents in the Disputes and Real Estate groups sit in partners' personal iManage
        folders, outside the shared know-how workspace that Atlas searches.

        We have 14 professional support lawyers across nine practice groups. Banking & Finance
        has one professional support lawyer, shared with Restructuring, three days a week.

        Know-how work is recorded to the general non-chargeable code ADMIN-GEN, alongside
        holiday cover and office moves.

        ## Client terms

        The terms of engagement of 11 of our 60 key clients require their written approval
        before their documents are processed by an AI tool.
        """
    ),
    "performance/client-and-finance-measures.md": doc(
        """
        # Client and finance measures

        Definitions used in the monthly management pack. Baselines are the financial year to
        30 April 2027, estimated from ten months.

        | Measure | Definition | Owner | Baseline |
        |---|---|---|---|
        | Client NPS | Net promoter score from client listening interviews in the year | Client Listening Manager | +31 |
        | Key client service plans | Key clients with a written service plan that the client has agreed, out of 60 | Director of Client Relationships | 13 of 60 |
        | Matters within estimate | Matters closed in the year whose billed fees were within 10% of the last estimate given to the client | Head of Pricing & Legal Project Management | 58% |
        | Precedent currency | Precedents within their review date, as a share of all precedents | Knowledge Operations Lead | 46% |
        | Lock-up | WIP days plus debtor days, averaged over the year | Finance Director | 142 |
        | Know-how search success | Fee earners answering yes to 'did you find what you needed within five minutes', twice-yearly survey | Director of Knowledge | 38% |

        ## Notes on measurement

        - Client listening interviews are run by Halford Research under a contract for 80
          interviews a year, renewed each April by the finance team by hand.
        - 214 interviews were held in 2026/27, including 134 paid for by the practices.
        - Five panel re-tenders fall due between May 2027 and April 2028, three of them for key
          clients.
        - The Head of Data & Insight is on parental leave from July 2027 to March 2028, covered
          by an agency contractor two days a week.
        - The pricing desk is two analysts, both in London and working London hours.
        - Matter budgets are kept in Excel workbooks on each team's shared drive, and Aderant
          holds the estimate as a single figure typed in at matter opening.
        """
    ),
}


WEALDMOOR_ROSTER = [
    (
        "Chief Fire Officer",
        "Service Leadership Team",
        "extended",
        "Head of paid service, accountable to the Fire Authority for the whole service; signs the Community Risk Management Plan and reports to members. Kept informed of Prevent First through the Service Leadership Team.",
    ),
    (
        "Deputy Chief Fire Officer",
        "Service Leadership Team",
        "core",
        "Executive sponsor of Prevent First. Directs prevention, protection and response; chairs the Prevention Programme Board and takes its gate decisions; holds the prevention and protection budgets.",
    ),
    (
        "Prevent First Programme Manager",
        "Service Improvement",
        "core",
        "Programme lead. Runs the plan, the phase gates, the risk log and benefits tracking; secretary to the Prevention Programme Board; owns the Eastmarsh pilot plan with the Station Manager, Eastmarsh and Holbeck.",
    ),
    (
        "Group Manager, Prevention",
        "Prevention",
        "core",
        "Leads Safe and Well visits, the home safety technicians and the Prevention Hub; owns visit standards, the risk-ordered visit list, smoke alarm supply and home fire safety campaigns with Communications.",
    ),
    (
        "Group Manager, Protection",
        "Protection",
        "core",
        "Leads business fire safety: the risk-based inspection programme, audits of high-risk premises and high-rise residential buildings, enforcement and the fire safety inspectors.",
    ),
    (
        "Group Manager, On-Call",
        "Response",
        "core",
        "Leads the 14 on-call stations: crewing, appliance availability, drill nights and on-call contracts; agrees what prevention work on-call crews take on.",
    ),
    (
        "Station Manager, Eastmarsh and Holbeck",
        "Response",
        "core",
        "Manages Eastmarsh (wholetime) and Holbeck (on-call) fire stations; station lead for the Eastmarsh pilot and for Safe and Well visits by their crews.",
    ),
    (
        "Community Safety Partnerships Manager",
        "Prevention",
        "core",
        "Manages partner referrals, referral pathways and feedback to partners; negotiates data sharing agreements with the Information Governance Officer; runs fire risk awareness training for carers and housing officers.",
    ),
    (
        "Head of Performance and Risk Intelligence",
        "Service Improvement",
        "core",
        "Owns Beacon, the service's data warehouse, the Power BI performance dashboards, the high-risk register, the community risk model contract, measure definitions and baselines, and returns to the Home Office.",
    ),
    (
        "ICT Systems Manager",
        "ICT",
        "core",
        "Owns CFRMIS and CFRMIS Mobile, the online forms platform, appliance and station tablets and their connectivity; runs system changes and integrations.",
    ),
    (
        "Head of Training and Development",
        "Training and Development",
        "extended",
        "Runs the Wealdmoor Fire Training Centre and FireSkills, the e-learning and competence recording system: Safe and Well training for crews and technicians, fire safety inspector qualifications and drill-night packages for on-call stations.",
    ),
    (
        "Safeguarding Lead",
        "Prevention",
        "extended",
        "Leads safeguarding for adults and children at risk; advises on referrals that raise safeguarding concerns and sits on the county's safeguarding boards.",
    ),
    (
        "Information Governance Officer",
        "Legal and Governance",
        "extended",
        "Data protection officer. Advises on and registers data sharing agreements and data protection impact assessments; consulted before any new use of personal data.",
    ),
    (
        "Director of Finance and Treasurer",
        "Finance",
        "extended",
        "Section 112 officer. Owns the budget, the medium-term financial plan, the reserves and the invest-to-save business cases.",
    ),
    (
        "Head of Communications and Engagement",
        "Communications",
        "extended",
        "Runs public safety campaigns, public consultation, leaflets and translations, and communication with staff.",
    ),
    (
        "FBU Brigade Secretary",
        "Fire Brigades Union",
        "extended",
        "Represents firefighters and control staff; consulted through the Joint Consultative Committee on changes to duties, contracts and ways of working. Not a manager of the service.",
    ),
    (
        "Chair, Community Safety Scrutiny Committee",
        "Fire Authority",
        "extended",
        "Elected member of the Fire Authority who chairs its Community Safety Scrutiny Committee; receives the quarterly progress report and is consulted on changes to prevention policy. Holds no executive role.",
    ),
]


WEALDMOOR_ORG: dict[str, str] = {
    "people/prevent-first-roster.csv": csv_text(
        ["Role", "Department", "Tier", "Responsibilities"], WEALDMOOR_ROSTER
    ),
    "people/training-centre.md": doc(
        """
        # Wealdmoor Fire Training Centre

        The Training Centre at Stanbury runs firefighter development, incident command,
        breathing apparatus and driving courses, Safe and Well training for crews and home
        safety technicians, and fire safety qualifications. Competence is recorded in FireSkills,
        which also delivers e-learning packages to every station.

        ## Prevention and protection courses

        | Course | Length | Who |
        |---|---|---|
        | Safe and Well visits | 2 days, then three observed visits | Wholetime and on-call crews, technicians |
        | Fire safety inspector, Level 4 Diploma | 18 months, part-time | Protection staff |
        | Fire safety auditor, Level 3 Certificate | 6 months | Protection staff |

        A new fire safety inspector takes about 18 months to qualify to the Level 4 Diploma.

        ## On-call stations

        On-call firefighters are contracted for two hours of training a week, on drill night.
        The Training Centre sends each on-call station a drill-night package every month through
        FireSkills.
        """
    ),
    "people/consultation-and-members.md": doc(
        """
        # Consultation with staff and members

        ## The Fire Brigades Union

        The service recognises the FBU for firefighters and control staff. Changes to on-call
        duties go to the Joint Consultative Committee with the FBU, which meets quarterly. The
        next meeting is on 16 September 2027.

        ## The Fire Authority

        The Fire Authority's 17 members are councillors appointed by the county and the two
        unitary councils. Its Community Safety Scrutiny Committee receives a progress report on
        prevention and protection every quarter and is consulted on changes to prevention
        policy. The Authority sets the budget and the precept each February.
        """
    ),
    "governance/prevention-programme-board-terms-of-reference.md": doc(
        """
        # Prevention Programme Board: terms of reference

        Agreed by the Service Leadership Team, 1 June 2027, subject to the Fire Authority
        endorsing Prevent First.

        ## Membership

        - Chair: Deputy Chief Fire Officer (executive sponsor)
        - Prevent First Programme Manager (secretary)
        - Group Manager, Prevention; Group Manager, Protection; Group Manager, On-Call
        - Community Safety Partnerships Manager; Head of Performance and Risk Intelligence;
          ICT Systems Manager
        - Station Manager, Eastmarsh and Holbeck (for the pilot)
        - In attendance: Director of Finance and Treasurer; Information Governance Officer;
          Head of Training and Development

        The Board meets monthly and at each gate.

        ## Decision rights

        | Decision | Decided by | Before deciding |
        |---|---|---|
        | Phase gates and the Eastmarsh go/no-go | Prevention Programme Board; the Chair decides if members differ | Performance and Risk Intelligence evidence pack |
        | Spend within the approved £2.9m | Deputy Chief Fire Officer | Director of Finance and Treasurer |
        | Spend above £2.9m, use of other reserves | Fire Authority | Director of Finance and Treasurer |
        | Changes to on-call duties | Deputy Chief Fire Officer | Joint Consultative Committee with the FBU |
        | New data sharing agreements | Deputy Chief Fire Officer | Information Governance Officer and a data protection impact assessment |
        | Changes to prevention policy | Fire Authority | Community Safety Scrutiny Committee |
        """
    ),
    "systems/systems-and-data-register.md": doc(
        """
        # Systems and data register

        Kept by ICT and Performance and Risk Intelligence. Last reviewed April 2027.

        | System or data | What it is for | Owner | Notes |
        |---|---|---|---|
        | CFRMIS | Prevention and protection casework: Safe and Well visits, referrals, premises, audits, enforcement | ICT Systems Manager | Hosted on the service's own servers. |
        | CFRMIS Mobile | Recording visits and audits on tablets | ICT Systems Manager | CFRMIS Mobile is licensed for 14 tablets, held by the protection inspectors. |
        | Incident Recording System (IRS) | National incident records returned to the Home Office | Head of Performance and Risk Intelligence | Every incident recorded by the officer in charge within 72 hours. |
        | Beacon | Data warehouse (SQL Server) loaded nightly from CFRMIS, IRS and the mobilising system | Head of Performance and Risk Intelligence | Feeds the Power BI performance dashboards. |
        | High-risk register | Households scored high risk from health data, partner referrals and incident history | Head of Performance and Risk Intelligence | The high-risk register is rebuilt once a year, in October, when the Exeter data file of residents over 65 arrives from the NHS. |
        | Community risk model | Risk of fire by small area, used to plan prevention and cover | Head of Performance and Risk Intelligence | The community risk model was built by Harwell University in 2023 from 2021 census data, and its next rebuild is booked for autumn 2028. |
        | Appliance tablets | Mobile data terminals on every appliance | ICT Systems Manager | Appliance tablets connect to CFRMIS over the station Wi-Fi, and the 4G upgrade for appliances is scheduled for 2029. |

        ## Data sharing

        Our data sharing agreement with adult social care covers referrals made by social
        workers; people receiving home care packages fall outside it.
        """
    ),
    "prevention/prevention-and-protection-notes.md": doc(
        """
        # Prevention and protection: how the work is done today

        Note from the Group Manager, Prevention and the Group Manager, Protection, May 2027.

        ## Safe and Well

        Partner referrals reach the Prevention Hub by email and phone, and two administrators key
        them into CFRMIS between 9am and 5pm on weekdays. Visits are booked as appointments in
        the order referrals arrive.

        Nine home safety technicians cover the county, working weekdays from 8am to 4pm.

        On-call crews complete Safe and Well forms on paper, and the station manager scans them
        to the Prevention Hub each Friday.

        Smoke alarms come through a regional framework capped at 6,000 alarms a year, and the
        framework ends in March 2029.

        Safe and Well leaflets are printed in English, Polish and Urdu; Romanian is now the
        second most spoken language in Eastmarsh.

        ## Protection

        The premises list behind the risk-based inspection programme comes from the 2019
        business rates extract. We employ 14 fire safety inspectors and six auditors.
        """
    ),
    "performance/prevention-measures.md": doc(
        """
        # Prevention and protection measures

        Definitions used in the quarterly performance report. Current values are for the year
        to 31 March 2027.

        | Measure | Definition | Owner | Current |
        |---|---|---|---|
        | Accidental dwelling fires | Accidental fires in dwellings recorded in IRS, per 100,000 residents (mid-year population estimate) | Group Manager, Prevention | 58 |
        | Deaths and serious injuries | Fatal and serious (hospital) casualties in accidental dwelling fires | Group Manager, Prevention | 31 |
        | High-risk share of visits | Safe and Well visits to households on the high-risk register, as a share of all visits | Group Manager, Prevention | 44% |
        | Referral to visit | Mean days from a referral's receipt to the visit, for high-risk households | Community Safety Partnerships Manager | 34 |
        | Referral outcome feedback | Partner referrals whose outcome was sent to the referrer within five working days | Community Safety Partnerships Manager | 12% |
        | High-risk premises audited on time | High-risk premises audited by their due date, as a share of those due | Group Manager, Protection | 61% |

        ## Notes on measurement

        - The quarterly performance report is assembled in Excel from IRS and CFRMIS exports by
          one analyst over four days.
        - National comparisons come from the Home Office fire statistics, published each
          autumn.
        - The Head of Performance and Risk Intelligence post is covered by an acting-up analyst
          until the permanent appointment in February 2028.
        """
    ),
}


ORGS: dict[str, dict[str, str]] = {
    "maerlow-port": MAERLOW_ORG,
    "ashworth-kell-law": ASHWORTH_ORG,
    "wealdmoor-fire": WEALDMOOR_ORG,
}


def write_org(case_dir: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the dev6 folder by default)."""
    save_pdf(
        build_maerlow(),
        root / "maerlow-port" / "berth-to-gate-2030.pdf",
        "Berth to Gate 2030",
    )
    save(
        build_ashworth(),
        root / "ashworth-kell-law" / "clearer-counsel-2030-partnership-board.pptx",
        "Ashworth Kell LLP, Clients & Markets",
    )
    save(
        build_wealdmoor(),
        root / "wealdmoor-fire" / "prevent-first-fire-authority.pptx",
        "Wealdmoor Fire and Rescue Service",
    )
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
