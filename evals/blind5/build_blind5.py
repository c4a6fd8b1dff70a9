"""Build the blind5 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/blind5/build_blind5.py

Writes, under ``evals/blind5/<name>/``, each case's deck and its ``org/`` folder:

- ``ternbridge-housing``: PDF (fpdf2), 18 landscape A4 pages with a sidebar on the right and
  headline sentences as page titles; the roadmap is three stacked horizon blocks;
- ``larkspur-vets``: PPTX (python-pptx), 18 slides drawn entirely in free text boxes and
  shapes on blank layouts (no placeholders), label-over-number tiles, a swimlane roadmap of
  rounded rectangles under quarter labels;
- ``cairnmoor-park``: PPTX, 18 slides with placeholder headlines, number-in-circle tiles,
  native tables and a vertical stage timeline.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX files, a fixed creation date (and so a fixed file ID) in the PDF, and org text held as
literal strings below.

This is a BLIND set (split "blind5"): nothing is ever tuned on it. See evals/blind5/README.md.
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
FIXED_ZIP_TIME = (2027, 1, 20, 10, 30, 0)
FIXED_W3C = "2027-01-20T10:30:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 2, 3, 8, 15, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

TITLE, TITLE_ONLY, BLANK = 0, 5, 6
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


def shape(
    slide: Slide,
    kind,
    left: float,
    top: float,
    width: float,
    height: float,
    fill: RGBColor,
    lines: Sequence[str] = (),
    size: int = 12,
    bold: bool = False,
    color: RGBColor | None = None,
) -> None:
    """A filled autoshape; its own text frame holds ``lines`` (empty for a plain panel)."""
    shp = slide.shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
    shp.fill.solid()
    shp.fill.fore_color.rgb = fill
    shp.line.fill.background()
    if lines:
        write_lines(shp.text_frame, lines, size, bold, color)
    else:
        shp.text_frame.text = ""


def native_table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    top: float = 1.7,
    size: int = 13,
    widths: Sequence[float] | None = None,
    left: float = 0.6,
    width: float = 12.0,
) -> None:
    tbl_shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(width),
        Emu(Inches(0.45) * len(rows)),
    )
    if widths:
        for c, w in enumerate(widths):
            tbl_shape.table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = tbl_shape.table.cell(r, c)
            cell.text = value
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)


def background(slide: Slide, rgb: RGBColor) -> None:
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
# Ternbridge's plan is exported as a landscape A4 report (297 x 210 mm). Each page carries a
# teal sidebar on the RIGHT with the organization, the section and a page counter, and a
# headline sentence as its title on the left. Core Helvetica only (Latin-1 text).

A4_W, A4_H = 297.0, 210.0
SIDE_W = 56.0
SIDE_X = A4_W - SIDE_W
TEAL = (0, 92, 99)
SAND = (240, 234, 222)
INK = (28, 28, 28)
BODY_X = 16.0
BODY_W = SIDE_X - BODY_X - 12


class SidebarPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(BODY_X, 12, SIDE_W + 12)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("fpdf2")
        self.set_creator("Fixed First programme team")
        self.set_author("Ternbridge Housing Association")

    def cover_page(self, title: str, lines: Sequence[str]) -> None:
        self.add_page()
        self.set_fill_color(*TEAL)
        self.rect(0, 0, A4_W, A4_H, style="F")
        self.set_fill_color(*SAND)
        self.rect(SIDE_X, 0, SIDE_W, A4_H, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("helvetica", "B", 40)
        self.set_xy(22, 58)
        self.cell(200, 18, title)
        self.set_font("helvetica", "", 14)
        y: float = 88
        for line in lines:
            self.set_xy(22, y)
            self.multi_cell(205, 7, line)
            y = self.get_y() + 5
        self.set_text_color(*INK)

    def page_with(self, section: str, headline: str) -> float:
        """Sidebar on the right (organization, section, page counter), headline on the left;
        returns the y under the headline."""
        self.add_page()
        self.set_fill_color(*TEAL)
        self.rect(SIDE_X, 0, SIDE_W, A4_H, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("helvetica", "B", 10)
        self.set_xy(SIDE_X + 7, 14)
        self.cell(SIDE_W - 12, 5, "TERNBRIDGE HOUSING")
        self.set_font("helvetica", "", 12)
        self.set_xy(SIDE_X + 7, 30)
        self.multi_cell(SIDE_W - 12, 6, section)
        self.set_font("helvetica", "", 9)
        self.set_xy(SIDE_X + 7, A4_H - 16)
        self.cell(SIDE_W - 12, 5, f"Page {self.page_no()} of 18")
        self.set_text_color(*TEAL)
        self.set_font("helvetica", "B", 19)
        self.set_xy(BODY_X, 14)
        self.multi_cell(BODY_W, 9, headline)
        self.set_draw_color(*TEAL)
        y = self.get_y() + 3
        self.line(BODY_X, y, BODY_X + 40, y)
        self.set_text_color(*INK)
        return y + 6

    def bullets(
        self,
        lines: Sequence[str],
        top: float,
        left: float = BODY_X,
        width: float = BODY_W,
        size: int = 12,
        gap: float = 2.6,
        numbered: bool = False,
    ) -> float:
        y = top
        line_h = size * 0.5
        for i, line in enumerate(lines, start=1):
            if numbered:
                self.set_text_color(*TEAL)
                self.set_font("helvetica", "B", size)
                self.set_xy(left, y)
                self.cell(8, line_h, f"{i}")
                self.set_text_color(*INK)
            else:
                self.set_fill_color(*TEAL)
                self.ellipse(left + 0.6, y + line_h / 2 - 1.0, 2.0, 2.0, style="F")
            self.set_font("helvetica", "", size)
            self.set_xy(left + 8, y)
            self.multi_cell(width - 8, line_h, line)
            y = self.get_y() + gap
        return y

    def text(self, x: float, y: float, w: float, body: str, size: int, style: str = "") -> float:  # type: ignore[override]
        self.set_font("helvetica", style, size)
        self.set_xy(x, y)
        self.multi_cell(w, size * 0.5, body)
        return self.get_y()

    def label(self, y: float, body: str, x: float = BODY_X) -> float:
        self.set_text_color(*TEAL)
        self.set_font("helvetica", "B", 12)
        self.set_xy(x, y)
        self.cell(BODY_W, 6, body)
        self.set_text_color(*INK)
        return y + 8

    def stat_strip(self, items: Sequence[tuple[str, str]], top: float) -> float:
        """Big figure on the left of a sand bar, its caption to the right."""
        y = top
        for big, caption in items:
            self.set_fill_color(*SAND)
            self.rect(BODY_X, y, BODY_W, 15, style="F")
            self.set_text_color(*TEAL)
            self.set_font("helvetica", "B", 20)
            self.set_xy(BODY_X + 4, y + 3)
            self.cell(44, 9, big)
            self.set_text_color(*INK)
            self.set_font("helvetica", "", 11)
            self.set_xy(BODY_X + 52, y + 4.5)
            self.cell(BODY_W - 56, 6, caption)
            y += 18
        return y

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        top: float,
        size: int = 11,
    ) -> float:
        self.set_xy(BODY_X, top)
        self.set_font("helvetica", "", size)
        self.set_draw_color(180, 180, 180)
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


def save_pdf(pdf: SidebarPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------- Ternbridge Housing


def build_ternbridge() -> SidebarPDF:
    pdf = SidebarPDF()
    # 1
    pdf.cover_page(
        "Fixed First 2030",
        [
            "Ternbridge Housing Association: repairs and tenant services plan",
            "April 2027 to March 2030",
            "Board of Management, 18 February 2027 | Paper TB/27/09",
            "Prepared by the Fixed First programme team, Tern House, Wearmouth",
        ],
    )
    # 2
    y = pdf.page_with(
        "Summary", "We will fix homes faster, first time, and tell tenants where they stand"
    )
    y = pdf.stat_strip(
        [
            ("15 days", "average to complete a routine repair by March 2029, from 31"),
            ("90%", "of repairs right first time by March 2030, from 71%"),
            ("80%", "of tenants satisfied with repairs by March 2030, from 64%"),
            ("10 days", "to inspect a damp and mould report, every time, by March 2028"),
        ],
        y + 2,
    )
    pdf.bullets(
        [
            "Our repairs service is slow, and too many jobs need a second trip.",
            "Four promises to tenants: Fixed first time, Dry and warm, Easy to reach, Ready to let.",
            "Project Wren proves the model in Eastfield (2,300 homes) from January 2028.",
            "Decision sought: approve Fixed First 2030 and release £3.1m for Horizons 1 and 2.",
        ],
        y + 4,
        size=11,
    )
    # 3
    y = pdf.page_with(
        "Where we are", "Repairs take a month, and one job in four needs a second visit"
    )
    pdf.bullets(
        [
            "We own and manage 16,400 homes across Wearmouth and the Derwent valley.",
            "Operatives raised 61,800 responsive repair jobs in 2026/27.",
            "A routine repair took 31 calendar days from report to completion, on average.",
            "71% of jobs were finished at the first visit; the rest needed a return trip.",
            "Tenants reported damp or mould 1,140 times; a surveyor arrived after 23 working days on average.",
            "Two tenants in three told the October survey they were happy with their last repair.",
            "The contact centre answered 48% of calls within a minute; 14% of callers hung up.",
            "Empty homes stood for 47 days between keys returned and keys handed over.",
            "8.5% of our homes fell short of the Decent Homes Standard at 31 March 2026.",
        ],
        y,
    )
    # 4
    y = pdf.page_with("Context", "The rules are tightening, and tenants can now compare us")
    pdf.bullets(
        [
            "Awaab's Law sets legal timescales for investigating and fixing damp and mould hazards.",
            "The Regulator of Social Housing inspects landlords against the consumer standards.",
            "Tenant satisfaction measures for every large landlord are published each year.",
            "Building repair costs in the North East rose 6.1% in 2026, ahead of general inflation.",
            "One plumbing vacancy in five across the region stays open for more than three months.",
            "Rents rise by CPI plus 1% from April 2026 under the ten-year settlement.",
        ],
        y,
    )
    # 5
    y = pdf.page_with("What we heard", "Tenants and colleagues told us the same story")
    pdf.bullets(
        [
            '"I took a day off for the plumber, and he came without the part." (tenant, Eastfield)',
            '"The mould came back a month after they painted over it." (tenant, Brackley)',
            '"I rang four times and got four different answers." (tenant, Riverside)',
            '"Half my day is driving to the merchant." (plumber, Wearfield depot)',
            '"We find out a home is empty when the keys land on the desk." (lettings officer)',
        ],
        y,
    )
    # 6
    y = pdf.page_with(
        "North star", "Our north star is a home that is safe, dry and put right when it breaks"
    )
    y = pdf.text(
        BODY_X,
        y + 6,
        BODY_W,
        "Every Ternbridge tenant lives in a safe, warm home and trusts us to put things right.",
        18,
        "B",
    )
    y = pdf.text(
        BODY_X,
        y + 10,
        BODY_W,
        "By March 2029, no routine repair will take longer than 28 calendar days.",
        15,
        "B",
    )
    pdf.text(
        BODY_X,
        y + 10,
        BODY_W,
        "What tenants will notice: one visit instead of three, a time slot they can plan around,"
        " and someone who calls back.",
        12,
        "I",
    )
    # 7
    y = pdf.page_with("Our promises", "Four promises to tenants carry the plan")
    pdf.grid(
        [
            ["Promise", "What it means by 2030"],
            ["1. Fixed first time", "Nine repairs in ten finished at the first visit"],
            ["2. Dry and warm", "Every damp and mould report inspected within 10 working days"],
            ["3. Easy to reach", "Most calls answered within a minute; repairs booked online"],
            ["4. Ready to let", "Empty homes relet within four weeks of the keys coming back"],
        ],
        widths=(60, 150),
        top=y + 2,
        size=12,
    )
    # 8
    y = pdf.page_with("Promise 1: Fixed first time", "We will halve repair times by 2029")
    pdf.bullets(
        [
            "We will give every operative a stocked van, topped up overnight by our materials partner.",
            "We will move the Wearfield depot onto Kirona DRS by March 2028.",
            "We will book every routine repair into a two-hour slot at the first call.",
            "We will ask tenants for a photo of the fault so the right trade arrives with the right part.",
            "We will recruit 12 apprentice plumbers and electricians through the Ternbridge Academy.",
            "We will offer evening and Saturday appointments from Horizon 2.",
        ],
        y,
    )
    # 9
    y = pdf.page_with(
        "Promise 2: Dry and warm",
        "We will inspect every damp and mould report within 10 working days",
    )
    pdf.bullets(
        [
            "We will give damp and mould its own job type and a named case owner from the first report.",
            "We will grow the damp and mould survey team from three surveyors to six.",
            "We will fit humidity sensors in the 2,000 homes at highest risk of condensation.",
            "We will revisit every damp and mould case six weeks after the work is finished.",
            "We will complete a stock condition survey of every home by March 2029.",
        ],
        y,
    )
    # 10
    y = pdf.page_with(
        "Promise 3: Easy to reach",
        "We will answer calls within a minute and let tenants book online",
    )
    pdf.bullets(
        [
            "We will let tenants report and book 40 repair types on MyTernbridge.",
            "We will text every tenant the day before the visit and when the operative sets off.",
            "We will give contact centre advisers the DRS diary, so they book a slot during the call.",
            "We will call back every tenant who waited more than five minutes on the line.",
        ],
        y,
    )
    # 11
    y = pdf.page_with("Promise 4: Ready to let", "We will relet empty homes within four weeks")
    pdf.bullets(
        [
            "We will agree a lettable standard with the Tenants' Voice Panel.",
            "We will start void works within two days of the keys coming back.",
            "We will advertise every home on Wear Homes Choice before the works finish.",
            "We will inspect each home with the incoming tenant at sign-up.",
        ],
        y,
    )
    # 12
    y = pdf.page_with("Measures", "Eight measures the Board will see every quarter")
    y = pdf.grid(
        [
            ["Measure", "2026/27", "Target", "By"],
            ["Average days to complete a routine repair", "31", "15", "March 2029"],
            ["Repairs completed right first time", "71%", "90%", "March 2030"],
            ["Emergency repairs made safe within 24 hours", "93%", "99%", "March 2028"],
            [
                "Damp and mould reports inspected within 10 working days",
                "58%",
                "100%",
                "March 2028",
            ],
            ["Tenants satisfied with the repairs service", "64%", "80%", "March 2030"],
            ["Calls answered within 60 seconds", "48%", "85%", "March 2029"],
            ["Average days to relet an empty home", "47", "28", "March 2029"],
            ["Homes meeting the Decent Homes Standard", "91.5%", "99%", "March 2030"],
        ],
        widths=(112, 28, 28, 40),
        top=y,
    )
    pdf.text(
        BODY_X,
        y + 4,
        BODY_W,
        "Satisfaction is the tenant satisfaction measure TP02, from the October survey.",
        9,
        "I",
    )
    # 13
    y = pdf.page_with("Roadmap", "Three horizons, each closed by a gate")
    blocks = [
        (
            "Horizon 1: Fix the basics",
            "Q2 2027 to Q4 2027 (April to December 2027)",
            "Damp and mould job type live; van stock agreed; Wearfield DRS set up; baselines signed off",
            "Gate 1, December 2027: is Eastfield ready for Project Wren?",
        ),
        (
            "Horizon 2: Project Wren in Eastfield",
            "Q1 2028 to Q1 2029 (January 2028 to March 2029)",
            "Two-hour slots, photo diagnosis, stocked vans and six surveyors in Eastfield; online booking",
            "Gate 2, March 2029: go/no-go for every neighbourhood",
        ),
        (
            "Horizon 3: Every neighbourhood",
            "Q2 2029 to Q1 2030 (April 2029 to March 2030)",
            "Model rolled out to all five neighbourhoods; sensors in 2,000 homes; evening slots",
            "Close-out review, March 2030",
        ),
    ]
    for name, span, work, gate in blocks:
        pdf.set_fill_color(*SAND)
        pdf.rect(BODY_X, y, BODY_W, 38, style="F")
        pdf.set_text_color(*TEAL)
        pdf.set_font("helvetica", "B", 13)
        pdf.set_xy(BODY_X + 4, y + 3)
        pdf.cell(120, 6, name)
        pdf.set_font("helvetica", "", 10)
        pdf.set_xy(BODY_X + 4, y + 10)
        pdf.cell(150, 5, span)
        pdf.set_text_color(*INK)
        pdf.set_xy(BODY_X + 4, y + 17)
        pdf.multi_cell(BODY_W - 8, 5, work)
        pdf.set_font("helvetica", "B", 10)
        pdf.set_xy(BODY_X + 4, y + 29)
        pdf.cell(BODY_W - 8, 5, gate)
        y += 42
    # 14
    y = pdf.page_with("Pilot", "Project Wren will prove the model in Eastfield before we scale")
    y = pdf.bullets(
        [
            "Eastfield: 2,300 homes, 14 operatives, one surveyor, January 2028 to March 2029.",
            "Every Eastfield repair is booked into a two-hour slot, diagnosed from a photo and done from a stocked van.",
        ],
        y,
        size=11,
    )
    y = pdf.label(y + 2, "Success criteria")
    y = pdf.bullets(
        [
            "Routine repairs in Eastfield completed in 18 days on average for three months running",
            "85% of Eastfield repairs right first time",
            "Every Eastfield damp and mould report inspected within 10 working days",
            "Three Eastfield tenants in four satisfied with their last repair",
        ],
        y,
        size=11,
    )
    pdf.text(
        BODY_X,
        y + 4,
        BODY_W,
        "Go/no-go at Gate 2 in March 2029: the Fixed First Programme Board takes Wren to every"
        " neighbourhood, runs it for another quarter, or stops.",
        12,
        "B",
    )
    # 15
    y = pdf.page_with("First 100 days", "In the first 100 days we will set the foundations")
    pdf.bullets(
        [
            "Appoint the Fixed First Programme Manager and hold the first Programme Board in April 2027.",
            "Sign off the 2026/27 baselines for the eight measures with Finance.",
            "Create the damp and mould job type and case owner in Civica CX.",
            "Open talks with Unite on evening and Saturday appointments.",
            "Take the lettable standard to the Tenants' Voice Panel.",
            "Count van stock at all three depots and agree a van stock list with the materials partner.",
            "Write the Project Wren pilot plan with the Eastfield neighbourhood team.",
        ],
        y,
        numbered=True,
    )
    # 16
    y = pdf.page_with(
        "Investment", "£6.8m over three years, repaid by fewer return trips and faster relets"
    )
    pdf.bullets(
        [
            "Capital of £4.2m: humidity sensors £0.9m, vans and racking £1.6m, DRS and MyTernbridge £1.7m.",
            "Running costs of £2.6m over three years: three surveyors, 12 apprentices, the programme team.",
            "Benefits of £2.9m a year from 2030: fewer return visits £1.2m, rent from faster relets"
            " £1.1m, less disrepair compensation £0.6m.",
            "Horizons 1 and 2 need £3.1m, released now; Horizon 3 is released at Gate 2.",
        ],
        y,
    )
    # 17
    y = pdf.page_with("Risks", "Five risks we will manage from the first day")
    rows = [
        (
            "Unite does not agree evening and Saturday working",
            "Open talks in the first 100 days; pilot with volunteers in Eastfield",
        ),
        (
            "Plumbers leave faster than we recruit",
            "Apprentices through the Academy; a market supplement agreed in Horizon 1",
        ),
        (
            "Damp and mould cases rise once reporting is easier",
            "Six surveyors before Horizon 2; sensors to find the worst homes first",
        ),
        (
            "Wearfield's move to DRS slips",
            "Keep Wearfield out of Wren; move it in Horizon 3 at the latest",
        ),
        (
            "Northgate Heating's jobs sit outside our diary",
            "Share a daily job list with Northgate and plan the 2029 re-tender now",
        ),
    ]
    half = BODY_W / 2
    pdf.set_font("helvetica", "B", 12)
    pdf.set_xy(BODY_X, y)
    pdf.cell(half, 6, "Risk")
    pdf.set_xy(BODY_X + half, y)
    pdf.cell(half, 6, "How we will handle it")
    y += 9
    pdf.set_font("helvetica", "", 11)
    for left, right in rows:
        pdf.set_xy(BODY_X, y)
        pdf.multi_cell(half - 6, 5.5, left)
        end_left = pdf.get_y()
        pdf.set_xy(BODY_X + half, y)
        pdf.multi_cell(half, 5.5, right)
        y = max(end_left, pdf.get_y()) + 4
    # 18
    y = pdf.page_with(
        "Governance and asks", "The Board is asked to approve Fixed First and release £3.1m"
    )
    y = pdf.label(y, "How we will run it")
    y = pdf.bullets(
        [
            "Sponsor: the Executive Director of Homes and Neighbourhoods, who chairs the Programme Board.",
            "The Fixed First Programme Board meets monthly and takes Gates 1 and 2 and the Wren go/no-go.",
            "The Tenants' Voice Panel is consulted on appointment times, the lettable standard and repairs policy.",
            "The Customer Services Committee receives a quarterly report on the eight measures.",
        ],
        y,
        size=11,
    )
    y = pdf.label(y + 3, "We ask the Board to")
    pdf.bullets(
        [
            "Approve Fixed First 2030.",
            "Release £3.1m for Horizons 1 and 2.",
            "Note the talks with Unite and the consultation with the Tenants' Voice Panel.",
        ],
        y,
        size=11,
    )
    return pdf


# --------------------------------------------------------------------------- Larkspur Vets
# Designer-drawn: every slide is a blank layout; headlines, kickers, footers, tiles and the
# roadmap are free text boxes and autoshapes. No placeholder is used anywhere in the deck.

HEATHER = RGBColor(0x5B, 0x3A, 0x78)
SAGE = RGBColor(0x8F, 0xB3, 0x9A)
CHALK = RGBColor(0xF4, 0xF1, 0xF7)
PLUM = RGBColor(0x2E, 0x1C, 0x3D)
AMBER = RGBColor(0xE3, 0x9B, 0x2D)
VET_FOOTER = "Larkspur Veterinary Partners  |  Open Door 2030  |  Board of Directors, March 2027"


def vet_slide(prs: PresentationType, kicker: str, headline: str) -> Slide:
    """A heather rule on the left, a small kicker, a headline text box, a footer and n / 18."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    shape(slide, MSO_SHAPE.RECTANGLE, 0.0, 0.0, 0.18, 7.5, HEATHER)
    text_box(slide, 0.6, 0.3, 7.0, 0.4, [kicker], size=12, bold=True, color=SAGE)
    text_box(slide, 0.6, 0.7, 12.0, 0.9, [headline], size=30, bold=True, color=PLUM)
    text_box(slide, 0.6, 7.0, 9.0, 0.3, [VET_FOOTER], size=9, color=HEATHER)
    text_box(slide, 11.9, 7.0, 1.0, 0.3, [f"{len(prs.slides)} / 18"], size=9, color=HEATHER)
    return slide


def label_tiles(slide: Slide, items: Sequence[tuple[str, str, str]], top: float = 1.8) -> None:
    """Tiles whose label sits ABOVE the big number, with a 'from' line under it."""
    width = 12.0 / len(items)
    for i, (label, big, base) in enumerate(items):
        left = 0.6 + i * width
        shape(slide, MSO_SHAPE.ROUNDED_RECTANGLE, left, top, width - 0.25, 2.0, CHALK)
        text_box(slide, left + 0.15, top + 0.1, width - 0.55, 0.6, [label], size=12, color=PLUM)
        text_box(
            slide,
            left + 0.15,
            top + 0.7,
            width - 0.55,
            0.8,
            [big],
            size=40,
            bold=True,
            color=HEATHER,
        )
        text_box(slide, left + 0.15, top + 1.5, width - 0.55, 0.4, [base], size=11, color=PLUM)


def vet_lines(
    slide: Slide,
    lines: Sequence[str],
    top: float = 1.8,
    size: int = 16,
    left: float = 0.6,
    width: float = 12.0,
) -> None:
    text_box(slide, left, top, width, 7.0 - top - 0.2, lines, size=size, color=PLUM)


def move_slide(
    prs: PresentationType, number: int, question: str, answers: Sequence[str], aim: str
) -> None:
    """One move: the question as headline, 'Our answer' as noun-phrase cards, an aim band."""
    s = vet_slide(prs, f"MOVE {number}", question)
    text_box(s, 0.6, 1.65, 5.0, 0.4, ["Our answer"], size=14, bold=True, color=HEATHER)
    for i, item in enumerate(answers):
        col, row = i % 2, i // 2
        shape(
            s,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            0.6 + col * 6.1,
            2.15 + row * 1.15,
            5.9,
            1.0,
            CHALK,
            [item],
            size=14,
            color=PLUM,
        )
    shape(
        s,
        MSO_SHAPE.RECTANGLE,
        0.6,
        5.75,
        12.0,
        0.9,
        HEATHER,
        [aim],
        size=16,
        bold=True,
        color=WHITE,
    )


QUARTERS = [
    "Q4 27",
    "Q1 28",
    "Q2 28",
    "Q3 28",
    "Q4 28",
    "Q1 29",
    "Q2 29",
    "Q3 29",
    "Q4 29",
    "Q1 30",
    "Q2 30",
    "Q3 30",
]
LANE_LEFT, LANE_WIDTH = 2.5, 10.4


def q_x(quarter: float) -> float:
    return LANE_LEFT + LANE_WIDTH * quarter / len(QUARTERS)


def swimlane(slide: Slide) -> None:
    """Quarter labels in their own text boxes above; one row per lane of rounded bars; gates."""
    for i, label in enumerate(QUARTERS):
        text_box(slide, q_x(i), 1.6, 0.85, 0.3, [label], size=10, bold=True, color=HEATHER)
    lanes = [
        (
            "Waves",
            [
                (0, 2, "Wave 1: Foundations (Q4 2027 to Q1 2028)"),
                (2, 6, "Wave 2: Project Heron in the Solent (Q2 2028 to Q1 2029)"),
                (6, 12, "Wave 3: Every practice (Q2 2029 to Q3 2030)"),
            ],
            HEATHER,
        ),
        (
            "Booking and triage",
            [
                (0, 2, "App booking built for all types"),
                (2, 6, "Triage line and protected slots in 5 Solent practices"),
                (6, 12, "Triage line and online booking group-wide"),
            ],
            SAGE,
        ),
        (
            "Nurse clinics",
            [
                (1, 3, "Clinic diary in RoboVet"),
                (3, 6, "Nurse-led clinics in Heron practices"),
                (6, 12, "Nurse-led clinics in all 24 practices"),
            ],
            SAGE,
        ),
        (
            "Clinical quality",
            [
                (0, 4, "Antibiotic formulary and audit baseline"),
                (4, 12, "Monthly M&M rounds; RCVS accreditation visits"),
            ],
            SAGE,
        ),
        (
            "Our vets",
            [
                (0, 3, "Four-day rota agreed"),
                (3, 12, "Graduate programme intakes each September"),
            ],
            SAGE,
        ),
    ]
    for r, (name, bars, colour) in enumerate(lanes):
        top = 2.0 + r * 0.78
        text_box(slide, 0.5, top + 0.1, 1.9, 0.5, [name], size=12, bold=True, color=PLUM)
        for start, end, label in bars:
            shape(
                slide,
                MSO_SHAPE.ROUNDED_RECTANGLE,
                q_x(start) + 0.03,
                top,
                q_x(end) - q_x(start) - 0.06,
                0.62,
                colour,
                [label],
                size=10,
                color=WHITE if colour == HEATHER else PLUM,
            )
    gates = [
        (2, "Gate A, March 2028: ready for Heron"),
        (6, "Gate B, March 2029: go/no-go"),
        (12, "Gate C, September 2030: close-out"),
    ]
    for q, label in gates:
        shape(
            slide,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            q_x(q) - 1.1,
            6.0,
            1.9,
            0.6,
            AMBER,
            [label],
            size=9,
            bold=True,
            color=PLUM,
        )


def build_larkspur() -> PresentationType:
    prs = new_deck()
    # 1
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    background(s, PLUM)
    shape(s, MSO_SHAPE.OVAL, 9.4, 1.2, 3.2, 3.2, HEATHER)
    text_box(s, 0.8, 2.0, 9.0, 1.2, ["Open Door 2030"], size=54, bold=True, color=WHITE)
    text_box(
        s,
        0.8,
        3.4,
        9.0,
        1.8,
        [
            "Larkspur Veterinary Partners: access and clinical care plan",
            "October 2027 to September 2030",
            "Board of Directors  |  9 March 2027",
        ],
        size=18,
        color=WHITE,
    )
    # 2
    s = vet_slide(prs, "EXECUTIVE SUMMARY", "Open Door on one page")
    label_tiles(
        s,
        [
            ("Offered an appointment within 48 hours", "90%", "by June 2029, from 62%"),
            ("Consultations led by our nurses", "20%", "by September 2030, from 9%"),
            ("Highest-priority antibiotics", "2%", "of courses by June 2029, from 6.8%"),
            ("Vets leaving each year", "14%", "by September 2030, from 24%"),
        ],
    )
    vet_lines(
        s,
        [
            "Clients wait too long to be seen, our vets are stretched, and our nurses do less than they are trained for.",
            "Four moves, each framed as a question the Board asked us last autumn.",
            "Project Heron tests the model in five Solent practices from April 2028.",
            "Decision sought: approve Open Door 2030 and £2.4m for Waves 1 and 2.",
        ],
        top=4.1,
        size=15,
    )
    # 3
    s = vet_slide(prs, "WHERE WE ARE", "2026/27 in figures")
    vet_lines(
        s,
        [
            "24 first-opinion small-animal practices across Hampshire, Dorset and Wiltshire.",
            "188 vets, 312 registered veterinary nurses and 402,000 consultations in the year.",
            "62% of clients who asked for a consultation were given one within two days.",
            "Nurses saw 9 in every 100 patients booked for a consultation.",
            "6.8% of antibiotic courses we dispensed were from the highest-priority classes.",
            "24% of our vets left during the year; 31 vet posts are covered by locums.",
            "41,600 pets belong to the Pet Health Club.",
            "Clients rated their visit 4.3 out of 5 on average.",
        ],
        size=17,
    )
    # 4
    s = vet_slide(
        prs,
        "THE WORLD AROUND US",
        "The profession is short of vets, and clients are asking harder questions",
    )
    vet_lines(
        s,
        [
            "The UK has around 1,000 fewer vets than practices want to employ.",
            "The CMA's review of veterinary services expects practices to publish prices for common treatments.",
            "Since September 2023 the RCVS 'under care' guidance allows some prescribing after a remote consultation.",
            "Three corporate groups have opened practices within five miles of 11 of ours since 2024.",
            "Vet nurses in the UK say they are under-used: the BVNA survey puts it at two in three.",
        ],
        top=2.0,
    )
    # 5
    s = vet_slide(prs, "WHAT WE HEARD", "Clients and colleagues in their own words")
    quotes = [
        ('"My dog was limping on Monday and the first slot was Thursday."', "Client, Ringwood"),
        (
            '"I trained for three years to give injections and cut claws."',
            "Registered veterinary nurse, Totton",
        ),
        ('"Every evening I stay an hour to write up the day."', "Vet, Lymington"),
        (
            '"The phone rings while I\'m checking a client in, so both of them wait."',
            "Receptionist, Hythe",
        ),
    ]
    for i, (quote, who) in enumerate(quotes):
        col, row = i % 2, i // 2
        shape(
            s,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            0.6 + col * 6.1,
            1.9 + row * 2.4,
            5.9,
            2.1,
            CHALK,
            [quote, who],
            size=15,
            color=PLUM,
        )
    # 6
    s = vet_slide(prs, "NORTH STAR", "Where Open Door takes us")
    text_box(
        s,
        0.8,
        2.0,
        11.5,
        1.3,
        ["Every pet in our care seen sooner, by the right person, and treated well."],
        size=30,
        color=HEATHER,
    )
    text_box(
        s,
        0.8,
        3.7,
        11.5,
        1.0,
        [
            "By September 2030, every Larkspur practice will hold RCVS General Practice accreditation."
        ],
        size=22,
        bold=True,
        color=PLUM,
    )
    text_box(
        s,
        0.8,
        5.0,
        11.5,
        1.0,
        ["Today 16 of our 24 practices hold it; eight are accredited at Core Standards."],
        size=15,
        color=PLUM,
    )
    # 7
    s = vet_slide(prs, "FOUR MOVES", "Four questions, four moves")
    moves = [
        ("Move 1", "Can every client be seen within 48 hours?"),
        ("Move 2", "What if our nurses ran more of the clinic?"),
        ("Move 3", "How do we know our care is good?"),
        ("Move 4", "Will our vets stay?"),
    ]
    for i, (name, question) in enumerate(moves):
        left = 0.6 + i * 3.05
        shape(s, MSO_SHAPE.ROUNDED_RECTANGLE, left, 2.0, 2.85, 3.4, CHALK)
        text_box(s, left + 0.15, 2.15, 2.55, 0.5, [name], size=14, bold=True, color=SAGE)
        text_box(s, left + 0.15, 2.7, 2.55, 2.4, [question], size=20, bold=True, color=PLUM)
    # 8-11
    move_slide(
        prs,
        1,
        "Can every client be seen within 48 hours?",
        [
            "Online booking for every appointment type in the Larkspur app",
            "A shared triage line staffed by registered veterinary nurses",
            "Protected same-day slots every morning in every practice",
            "Repeat prescription requests handled through the app within a day",
        ],
        "Nine clients in ten offered an appointment within 48 hours by June 2029",
    )
    move_slide(
        prs,
        2,
        "What if our nurses ran more of the clinic?",
        [
            "Nurse-led clinics for weight, dental checks, post-op checks and boosters",
            "Schedule 3 training for 40 nurses through the Larkspur Academy",
            "A nurse clinic diary in RoboVet in every practice",
            "Consult types recorded from a fixed list in every practice",
        ],
        "One consultation in five led by a registered veterinary nurse by September 2030",
    )
    move_slide(
        prs,
        3,
        "How do we know our care is good?",
        [
            "A group antibiotic formulary with culture before second-line drugs",
            "Clinical audit of dental anaesthesia, neutering and antibiotic use",
            "Monthly morbidity and mortality rounds in every practice",
            "An RCVS accreditation visit for each of the eight Core Standards practices",
        ],
        "Highest-priority antibiotics down to 2% of courses by June 2029",
    )
    move_slide(
        prs,
        4,
        "Will our vets stay?",
        [
            "A four-day rota option for every vet who wants one",
            "A two-year graduate programme with a named mentor",
            "Two protected CPD days a year on top of the RCVS requirement",
            "Clinical notes written up by a nurse during the consult",
        ],
        "Vet turnover down to 14% a year by September 2030",
    )
    # 12
    s = vet_slide(prs, "MEASURES", "How the Board will know it is working")
    native_table(
        s,
        [
            ["Measure", "Baseline 2026/27", "Target", "By when"],
            ["Clients offered an appointment within 48 hours", "62%", "90%", "June 2029"],
            ["Consultations led by a registered veterinary nurse", "9%", "20%", "September 2030"],
            ["Highest-priority antibiotics as a share of courses", "6.8%", "2%", "June 2029"],
            ["Vet turnover in the year", "24%", "14%", "September 2030"],
            ["Pets in the Pet Health Club", "41,600", "55,000", "September 2030"],
            ["Average client rating of a visit (out of 5)", "4.3", "4.7", "September 2030"],
            ["Dental anaesthetics with a complete monitoring record", "57%", "95%", "March 2029"],
        ],
        top=1.8,
        size=14,
        widths=(6.0, 2.0, 1.6, 2.4),
    )
    # 13
    s = vet_slide(prs, "ROADMAP", "Three waves over three years")
    swimlane(s)
    # 14
    s = vet_slide(prs, "PILOT", "Project Heron: five Solent practices, April 2028 to March 2029")
    text_box(
        s,
        0.6,
        1.8,
        5.8,
        4.5,
        [
            "Scope",
            "Lymington, Totton, Hythe, Ringwood and New Milton: 38 vets, 61 nurses.",
            "Triage line, protected morning slots, nurse-led clinics and the antibiotic formulary together.",
            "The Client Care Centre takes all five practices' calls from April 2028.",
        ],
        size=15,
        color=PLUM,
    )
    text_box(
        s,
        6.8,
        1.8,
        5.8,
        4.5,
        [
            "Success criteria",
            "85% of Heron clients offered an appointment within 48 hours",
            "Nurses lead 15% of Heron consultations",
            "Highest-priority antibiotics below 3% of Heron courses",
            "Average visit rating of 4.5 or better in Heron practices",
        ],
        size=15,
        color=PLUM,
    )
    shape(
        s,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        0.6,
        5.6,
        12.0,
        1.0,
        AMBER,
        [
            "Go/no-go at Gate B in March 2029: the Open Door Board takes Heron to every practice, extends it by a quarter, or stops."
        ],
        size=15,
        bold=True,
        color=PLUM,
    )
    # 15
    s = vet_slide(prs, "FIRST 100 DAYS", "What happens between October 2027 and mid-January 2028")
    vet_lines(
        s,
        [
            "1  Appoint the Open Door Programme Lead and hold the first Open Door Board.",
            "2  Agree the 2026/27 baselines for all seven measures with Finance.",
            "3  Put the four-day rota and on-call changes to the Vets' Forum.",
            "4  Publish the group antibiotic formulary.",
            "5  Build the fixed consult-type list into RoboVet.",
            "6  Sign the Heron pilot charter with the five Solent practice managers.",
            "7  Enrol the first 12 nurses on Schedule 3 training.",
        ],
        size=17,
    )
    # 16
    s = vet_slide(prs, "INVESTMENT", "£4.1m over three years, paid back in under three")
    label_tiles(
        s,
        [
            ("Capital, Waves 1 to 3", "£1.6m", "app, telephony, RoboVet work"),
            ("Running costs over three years", "£2.5m", "triage nurses, Academy, mentors"),
            ("Benefit a year from 2030", "£1.9m", "fewer locum days, more consults"),
            ("Asked for now", "£2.4m", "Waves 1 and 2"),
        ],
    )
    vet_lines(
        s,
        [
            "Locum spend fell £0.9m a year at practices that ran four-day rotas in the 2025 trial.",
            "Wave 3 funding is released at Gate B.",
        ],
        top=4.2,
        size=15,
    )
    # 17
    s = vet_slide(prs, "RISKS", "What could stop us, and what we will do")
    risks = [
        (
            "Vets see nurse-led clinics as a threat to their caseload",
            "Design the clinic list with the Vets' Forum; vets keep every diagnosis",
        ),
        (
            "The triage line adds a step clients dislike",
            "Measure the rating of triaged calls in Heron from the first week",
        ),
        (
            "The five Teleos practices cannot join the app",
            "Move them onto RoboVet in Wave 2, before Wave 3 starts",
        ),
        (
            "Nurses leave for higher-paid referral hospitals",
            "A clinical nurse grade and pay step for Schedule 3 nurses",
        ),
        (
            "Antibiotic cuts worry clients with sick pets",
            "Client leaflets written with the Group Clinical Director",
        ),
    ]
    text_box(s, 0.6, 1.7, 5.8, 0.4, ["Risk"], size=14, bold=True, color=HEATHER)
    text_box(s, 6.7, 1.7, 6.0, 0.4, ["What we will do"], size=14, bold=True, color=HEATHER)
    for i, (risk, action) in enumerate(risks):
        top = 2.2 + i * 0.9
        text_box(s, 0.6, top, 5.8, 0.85, [risk], size=13, color=PLUM)
        text_box(s, 6.7, top, 6.0, 0.85, [action], size=13, color=PLUM)
    # 18
    s = vet_slide(prs, "GOVERNANCE AND ASKS", "Who decides, and what we ask today")
    text_box(
        s,
        0.6,
        1.8,
        6.2,
        4.8,
        [
            "How we will run it",
            "Sponsor: the Chief Operating Officer, who chairs the Open Door Board.",
            "The Open Door Board meets monthly and decides Gates A, B and C and the Heron go/no-go.",
            "The Vets' Forum is consulted on rotas, on-call and clinical protocols.",
            "The Board of Directors sees the seven measures each quarter.",
        ],
        size=14,
        color=PLUM,
    )
    text_box(
        s,
        7.1,
        1.8,
        5.6,
        4.8,
        [
            "We ask the Board to",
            "Approve Open Door 2030.",
            "Release £2.4m for Waves 1 and 2.",
            "Note the consultation with the Vets' Forum.",
        ],
        size=14,
        color=PLUM,
    )
    return prs


# --------------------------------------------------------------------------- Cairnmoor Park
# Headlines sit in the Title Only layout's placeholder; a numbered circle marks each section;
# tiles are circles with the figure inside and the caption beside; tables are native.

MOSS = RGBColor(0x3F, 0x5E, 0x3A)
PEAT = RGBColor(0x5A, 0x43, 0x32)
BRACKEN = RGBColor(0xC0, 0x6A, 0x2B)
MIST_GREY = RGBColor(0xEC, 0xEF, 0xEA)
PARK_FOOTER = (
    "Cairnmoor National Park Authority - Room to Roam 2030 - Authority meeting 26 March 2027"
)


def park_slide(prs: PresentationType, section: str, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    shape(
        slide,
        MSO_SHAPE.OVAL,
        12.25,
        0.25,
        0.75,
        0.75,
        MOSS,
        [section],
        size=14,
        bold=True,
        color=WHITE,
    )
    text_box(slide, 0.6, 7.05, 10.0, 0.3, [PARK_FOOTER], size=9, color=PEAT)
    return slide


def circle_tiles(slide: Slide, items: Sequence[tuple[str, str]], top: float = 1.8) -> None:
    """A circle holding the figure, its caption in a text box to the right; two per row."""
    for i, (big, caption) in enumerate(items):
        col, row = i % 2, i // 2
        left = 0.7 + col * 6.2
        y = top + row * 1.55
        shape(
            slide,
            MSO_SHAPE.OVAL,
            left,
            y,
            1.35,
            1.35,
            BRACKEN,
            [big],
            size=18,
            bold=True,
            color=WHITE,
        )
        text_box(slide, left + 1.55, y + 0.3, 4.4, 0.9, [caption], size=14, color=PEAT)


def park_lines(slide: Slide, lines: Sequence[str], top: float = 1.8, size: int = 17) -> None:
    text_box(slide, 0.7, top, 11.9, 6.9 - top, lines, size=size, color=PEAT)


def mission_slide(
    prs: PresentationType, number: str, name: str, lines: Sequence[str], aim: str
) -> None:
    s = park_slide(prs, number, name)
    shape(
        s,
        MSO_SHAPE.RECTANGLE,
        0.7,
        1.65,
        11.9,
        0.8,
        MIST_GREY,
        [aim],
        size=16,
        bold=True,
        color=MOSS,
    )
    park_lines(s, lines, top=2.75, size=16)


def build_cairnmoor() -> PresentationType:
    prs = new_deck()
    # 1
    s = prs.slides.add_slide(prs.slide_layouts[TITLE])
    assert s.shapes.title is not None
    s.shapes.title.text = "Room to Roam 2030"
    write_lines(
        s.placeholders[1].text_frame,
        [
            "Cairnmoor National Park Authority: visitor management and nature recovery plan, July 2027 to December 2029",
            "National Park Authority meeting, 26 March 2027 | Item 7",
        ],
        size=18,
    )
    # 2
    s = park_slide(prs, "01", "Room to Roam at a glance")
    circle_tiles(
        s,
        [
            ("9,000 ha", "of deep peat under restoration by December 2029, from 4,200 ha"),
            ("15%", "of visitors arriving by bus, bike or on foot by December 2029, from 9%"),
            ("90%", "of rights of way easy to use by December 2029, from 78%"),
            ("150", "farms in nature recovery agreements by December 2029, from 64"),
        ],
    )
    park_lines(
        s,
        [
            "More people than ever come to Cairnmoor, and they come to the same few valleys by car.",
            "Four missions: Room for people, Room for nature, Paths that last, Room for a living.",
            "Project Curlew trials the visitor plan in the Glenrigg valley through 2028.",
            "The Authority is asked to approve the plan and £2.7m for Stages 1 and 2.",
        ],
        top=5.0,
        size=14,
    )
    # 3
    s = park_slide(prs, "02", "Cairnmoor in 2026")
    park_lines(
        s,
        [
            "Visitors spent 3.9 million days in the park; 91% of them came by car.",
            "Glenrigg's three car parks, 340 spaces in all, were full by 10am on 46 days.",
            "The valley road was shut by verge parking on 9 days, twice for an ambulance.",
            "4,200 of our 17,800 hectares of deep peat are being restored.",
            "Of 1,960 km of public rights of way, 78% passed the last condition survey.",
            "61% of minor planning applications were decided within eight weeks.",
            "Firefighters attended 37 moorland fires, 22 of them started by barbecues or campfires.",
            "64 farms hold a Farming in Protected Landscapes agreement.",
        ],
    )
    # 4
    s = park_slide(prs, "03", "What is changing around the park")
    park_lines(
        s,
        [
            "Visitor days in the park are 24% above 2019, and two-thirds of the rise is in Glenrigg.",
            "A single post about the Glenrigg falls was shared 1.2 million times in 2025.",
            "Springs are drier: the Met Office counts twice as many high fire-danger days as in the 2000s.",
            "The UK has committed to protect 30% of its land for nature by 2030.",
            "Our core grant from Defra has fallen by 38% in real terms since 2010.",
        ],
    )
    # 5
    s = park_slide(prs, "04", "Voices from the moor")
    voices = [
        ('"On a sunny Sunday I cannot get my tractor down my own lane."', "Farmer, Glenrigg"),
        ('"We drove an hour and found nowhere to park, so we left."', "Visitor from Carlisle"),
        ('"I pick up more disposable barbecues than litter."', "Seasonal ranger"),
        ('"The bus is why I can still live here without a car."', "Resident, Hallbeck"),
    ]
    for i, (quote, who) in enumerate(voices):
        col, row = i % 2, i // 2
        text_box(s, 0.7 + col * 6.1, 1.9 + row * 2.2, 5.8, 2.0, [quote, who], size=17, color=PEAT)
    # 6
    s = park_slide(prs, "05", "Our north star")
    text_box(
        s,
        0.7,
        2.0,
        11.9,
        1.3,
        ["A park where people and nature both have room to thrive."],
        size=30,
        color=MOSS,
    )
    text_box(
        s,
        0.7,
        3.6,
        11.9,
        1.2,
        [
            "By December 2029, no day of the year on which the Glenrigg valley road is shut by verge parking."
        ],
        size=22,
        bold=True,
        color=PEAT,
    )
    # 7
    s = park_slide(prs, "06", "Four missions")
    missions = [
        ("Room for people", "Spread visitors across the park and get more of them out of cars"),
        ("Room for nature", "Restore the deep peat and keep fire off the moor"),
        ("Paths that last", "Rights of way that are open, signed and easy to use"),
        ("Room for a living", "Farms paid to recover nature, and planning that keeps pace"),
    ]
    for i, (name, line) in enumerate(missions):
        col, row = i % 2, i // 2
        shape(
            s,
            MSO_SHAPE.RECTANGLE,
            0.7 + col * 6.1,
            1.8 + row * 2.4,
            5.8,
            2.1,
            MIST_GREY,
            [name, line],
            size=16,
            color=MOSS,
        )
    # 8
    mission_slide(
        prs,
        "07",
        "Mission 1: Room for people",
        [
            "Pre-booked parking at Glenrigg on summer weekends and bank holidays",
            "A Moorbus every 30 minutes from Hallbeck station on weekends, April to October",
            "Live car park occupancy on the Authority website and road signs at Hallbeck",
            "Clearways on the valley road, agreed with the county highway authority",
            "Extend visitor counters to the 40 busiest access points",
        ],
        "Aim: 15% of visitors arriving by bus, bike or on foot by December 2029",
    )
    # 9
    mission_slide(
        prs,
        "08",
        "Mission 2: Room for nature",
        [
            "Re-wet 4,800 more hectares of deep peat with the Cairnmoor Peat Partnership",
            "A barbecue and campfire byelaw for the open moor, May to September",
            "Ranger fire patrols on every high fire-danger day",
            "Peat depth and water table monitoring at 60 sites",
        ],
        "Aim: 9,000 hectares of deep peat under restoration by December 2029",
    )
    # 10
    mission_slide(
        prs,
        "09",
        "Mission 3: Paths that last",
        [
            "Survey the whole rights of way network every two years",
            "Stone-pitch the worst 12 km of eroded path on the Glenrigg horseshoe",
            "Train 80 volunteer path wardens through the Learning Hub",
            "Report a path problem from a phone, with a photo and a map pin",
        ],
        "Aim: 90% of rights of way easy to use by December 2029",
    )
    # 11
    mission_slide(
        prs,
        "10",
        "Mission 4: Room for a living",
        [
            "Nature recovery agreements for 150 farms, with payments for results",
            "A farm adviser for the upland commons",
            "Pre-application advice for farm and rural business buildings within ten working days",
            "Clear the backlog of 140 planning enforcement cases",
        ],
        "Aim: 80% of minor planning applications decided within eight weeks by December 2029",
    )
    # 12
    s = park_slide(prs, "11", "Measures and targets")
    native_table(
        s,
        [
            ["Measure", "Baseline (2026)", "Target", "By"],
            ["Deep peat under restoration (hectares)", "4,200", "9,000", "December 2029"],
            ["Visitors arriving by bus, bike or on foot", "9%", "15%", "December 2029"],
            ["Glenrigg car parks full before 10am (days a year)", "46", "15", "December 2029"],
            ["Rights of way easy to use", "78%", "90%", "December 2029"],
            [
                "Minor planning applications decided within eight weeks",
                "61%",
                "80%",
                "December 2029",
            ],
            ["Moorland fires started by barbecues or campfires", "22", "8", "December 2029"],
            ["Farms in nature recovery agreements", "64", "150", "December 2029"],
        ],
        top=1.7,
        size=14,
        widths=(6.4, 2.0, 1.5, 2.1),
        left=0.7,
        width=12.0,
    )
    # 13
    s = park_slide(prs, "12", "The route: three stages and three gates")
    stages = [
        (
            "Stage 1: Get ready",
            "Months 1-6\nJuly to December 2027",
            "Booking system chosen, clearway order drafted, byelaw consultation opened, baselines signed off. Gate 1 (December 2027): ready for Curlew?",
        ),
        (
            "Stage 2: Project Curlew",
            "Months 7-18\nJanuary to December 2028",
            "Pre-booked parking, Moorbus every 30 minutes and live occupancy in Glenrigg; 1,600 ha re-wetted. Gate 2 (December 2028): go/no-go for the other valleys",
        ),
        (
            "Stage 3: Park-wide",
            "Months 19-30\nJanuary to December 2029",
            "Booking at Langstrath and High Force, byelaw in force, 150 farm agreements. Gate 3 (December 2029): close-out and next plan",
        ),
    ]
    for i, (name, span, body) in enumerate(stages):
        top = 1.7 + i * 1.75
        shape(
            s,
            MSO_SHAPE.RECTANGLE,
            0.7,
            top,
            3.0,
            1.55,
            MOSS,
            [name, *span.split("\n")],
            size=13,
            color=WHITE,
        )
        shape(s, MSO_SHAPE.ISOSCELES_TRIANGLE, 3.8, top + 0.55, 0.35, 0.35, BRACKEN)
        text_box(s, 4.3, top + 0.1, 8.3, 1.4, [body], size=14, color=PEAT)
    # 14
    s = park_slide(prs, "13", "Project Curlew: the Glenrigg valley in 2028")
    text_box(
        s,
        0.7,
        1.7,
        5.8,
        4.0,
        [
            "What we will try",
            "Pre-booked parking at all three Glenrigg car parks on summer weekends.",
            "A Moorbus every 30 minutes from Hallbeck station.",
            "Two more seasonal rangers and live occupancy signs at Hallbeck.",
        ],
        size=15,
        color=PEAT,
    )
    text_box(
        s,
        6.8,
        1.7,
        5.8,
        4.0,
        [
            "Curlew succeeds if",
            "The valley road is kept clear on every summer weekend",
            "Glenrigg car parks are full before 10am on fewer than 20 days",
            "12% of Glenrigg visitors arrive by bus, bike or on foot",
            "Seven residents in ten support the scheme in the autumn survey",
        ],
        size=15,
        color=PEAT,
    )
    shape(
        s,
        MSO_SHAPE.RECTANGLE,
        0.7,
        5.75,
        11.9,
        0.9,
        BRACKEN,
        [
            "Go/no-go at Gate 2, December 2028: the Room to Roam Board extends Curlew to Langstrath and High Force, repeats it for a season, or ends it."
        ],
        size=14,
        bold=True,
        color=WHITE,
    )
    # 15
    s = park_slide(prs, "14", "The first 100 days")
    park_lines(
        s,
        [
            "Appoint the Room to Roam Programme Manager and hold the first Room to Roam Board.",
            "Agree the 2026 baselines for the seven measures.",
            "Choose a parking booking system for Glenrigg.",
            "Open the consultation on the barbecue and campfire byelaw.",
            "Take the clearway proposal to the Local Access Forum and the county highway authority.",
            "Sign the Moorbus timetable for 2028 with the operator.",
            "Recruit the two extra Glenrigg seasonal rangers for 2028.",
        ],
        size=16,
    )
    # 16
    s = park_slide(prs, "15", "What it costs")
    native_table(
        s,
        [
            ["Item", "Stage 1", "Stage 2", "Stage 3", "Total"],
            ["Parking booking, signs and counters", "£0.2m", "£0.4m", "£0.3m", "£0.9m"],
            ["Moorbus service", "-", "£0.3m", "£0.4m", "£0.7m"],
            ["Peat re-wetting (with partners)", "£0.3m", "£0.9m", "£1.1m", "£2.3m"],
            ["Path repair and volunteers", "£0.1m", "£0.3m", "£0.4m", "£0.8m"],
            ["Programme team and rangers", "£0.1m", "£0.1m", "£0.2m", "£0.4m"],
            ["Total", "£0.7m", "£2.0m", "£2.4m", "£5.1m"],
        ],
        top=1.7,
        size=14,
        left=0.7,
        width=11.9,
    )
    park_lines(
        s,
        [
            "Parking income of about £0.6m a year at full roll-out pays for the Moorbus.",
            "Peat re-wetting is 70% funded by partners and grant.",
        ],
        top=5.2,
        size=14,
    )
    # 17
    s = park_slide(prs, "16", "Risks and mitigations")
    native_table(
        s,
        [
            ["Risk", "Mitigation"],
            [
                "Residents fear parking moves into the villages",
                "Resident permits in Glenrigg and Hallbeck before Curlew starts",
            ],
            [
                "The byelaw takes longer than a season to confirm",
                "A voluntary barbecue ban with landowners from 2028",
            ],
            [
                "Peat grant is awarded year by year",
                "Bid for a multi-year award; keep a shovel-ready list of sites",
            ],
            ["Moorbus funding ends", "Fund the Moorbus from parking income from 2029"],
            [
                "Too few contractors for stone pitching",
                "Book the 2028 and 2029 seasons in one contract",
            ],
        ],
        top=1.7,
        size=14,
        left=0.7,
        width=11.9,
        widths=(5.4, 6.5),
    )
    # 18
    s = park_slide(prs, "17", "Governance and decisions")
    park_lines(
        s,
        [
            "Sponsor: the Chief Executive, who chairs the Room to Roam Board.",
            "The Room to Roam Board meets monthly and decides Gates 1, 2 and 3 and the Curlew go/no-go.",
            "The Local Access Forum and the Farmers' Liaison Group are consulted before any change to access or grazing.",
            "Members receive a progress report at each Authority meeting.",
            "Members are asked to:",
            "approve Room to Roam 2030;",
            "approve £2.7m for Stages 1 and 2;",
            "note the byelaw consultation.",
        ],
        size=16,
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


TERNBRIDGE_ORG: dict[str, str] = {
    "people/fixed-first-team.md": doc(
        """
        # Fixed First 2030: who does what

        Kept by the Fixed First programme team, Tern House. Tier: core = leads a promise or sits
        on the Fixed First Programme Board; extended = contributes, advises or is consulted.

        | Role | Team | Tier | Responsibilities |
        |---|---|---|---|
        | Chief Executive | Executive Team | extended | Head of the association; answers to the Board of Management for the business plan and regulatory standing. Kept informed of Fixed First through the Executive Team. |
        | Executive Director of Homes and Neighbourhoods | Executive Team | core | Executive sponsor of Fixed First 2030. Chairs the Fixed First Programme Board and takes its gate decisions; holds the repairs, voids and neighbourhood budgets. |
        | Fixed First Programme Manager | Transformation | core | Runs the plan, the horizons and gates, the risk log and the benefits tracker; secretary to the Programme Board; owns the Project Wren pilot plan with the Neighbourhood Manager, Eastfield. |
        | Head of Repairs | Ternbridge Property Services | core | Leads the in-house repairs team of 210 operatives at the Riverside, Brackley and Wearfield depots; right first time, van stock, trades recruitment, operative working patterns and the materials partner contract in use. |
        | Repairs Planning and Scheduling Manager | Ternbridge Property Services | core | Kirona DRS scheduling, appointment slots, the planners and the daily job diary; moves depots onto DRS. |
        | Damp and Mould Lead | Ternbridge Property Services | core | Damp and mould case management, the surveyors, inspection and remedy timescales under Awaab's Law, follow-up visits and humidity sensors. |
        | Head of Customer Contact | Customer Services | core | The contact centre, call answering, call-backs, repair reporting by phone and web, and appointment texts. |
        | Voids and Lettings Manager | Neighbourhoods | core | Empty homes from keys returned to new tenancy, the lettable standard, void works with Property Services, adverts on Wear Homes Choice and sign-ups. |
        | Head of Asset Management | Assets | core | Stock condition surveys, Keystone asset data, the Decent Homes Standard, planned investment and component replacement. |
        | Head of Data and Digital | Digital | core | Civica CX, Kirona DRS and Job Manager, MyTernbridge, telephony, the Lighthouse data warehouse and Power BI reporting. |
        | Director of Finance | Finance | core | Capital and revenue budgets, the business plan, benefits tracking, baselines for financial measures and rent loss from empty homes. |
        | Neighbourhood Manager, Eastfield | Neighbourhoods | core | Leads the Eastfield neighbourhood team and its 2,300 homes; tenant contact for Project Wren. |
        | Head of Tenant Engagement | Customer Services | extended | The tenant satisfaction survey, complaints learning, the Tenants' Voice Panel secretariat and tenant communications. |
        | Learning and Development Manager | People | extended | Runs the Ternbridge Academy: apprenticeships, trade upskilling, damp and mould awareness, contact centre induction and course records. |
        | Procurement and Contracts Manager | Finance | extended | Tenders and contract management for the materials partner, Northgate Heating, void clearance and sensors. |
        | Health, Safety and Compliance Manager | Assets | extended | Gas, electrical, fire, water and asbestos safety; compliance records and the building safety case. |
        | Chair, Tenants' Voice Panel | Tenants' Voice Panel | extended | Speaks for tenants. The Panel is consulted on the repairs policy, appointment times, the lettable standard and service standards; it takes no operational decisions. |
        | Unite Convenor, Property Services | Unite | extended | Represents operatives. Consulted through the Joint Negotiating Committee on working hours, rotas, pay supplements and the collective agreement. |
        """
    ),
    "governance/fixed-first-programme-board-terms-of-reference.md": doc(
        """
        # Fixed First Programme Board: terms of reference

        Approved by the Executive Team, January 2027.

        ## Purpose

        The Programme Board directs Fixed First 2030 for the Board of Management: it sets
        priorities across the four promises, decides the horizon gates and the Project Wren
        go/no-go, and holds the programme budget within the sums the Board has released.

        ## Members

        Executive Director of Homes and Neighbourhoods (chair), Fixed First Programme Manager
        (secretary), Head of Repairs, Head of Customer Contact, Voids and Lettings Manager,
        Head of Data and Digital and Director of Finance. Other managers attend for their items.

        ## Decision rights

        - Gate 1, Gate 2 and the Project Wren go/no-go: the Programme Board; the chair decides
          when members differ.
        - Spend within the released budget: the Executive Director of Homes and Neighbourhoods,
          up to £250,000 an item, after the Director of Finance has seen it.
        - Spend above £250,000 an item, and any release for Horizon 3: the Board of Management.
        - Changes to the repairs policy, appointment times or the lettable standard: the Board
          of Management, after the Tenants' Voice Panel has been consulted.
        - Changes to operatives' hours or rotas: the Joint Negotiating Committee with Unite.

        ## Cadence

        Monthly, in the first week. The Board of Management meets five times a year, in
        February, April, July, September and December.
        """
    ),
    "systems/housing-systems-register.md": doc(
        """
        # Housing systems register

        Kept by the Head of Data and Digital. Reviewed December 2026.

        | System | What it does | Owner | Notes |
        |---|---|---|---|
        | Civica CX | Housing management: tenancies, rent, repairs orders, voids, complaints | Head of Data and Digital | |
        | Kirona DRS | Dynamic scheduling of repairs appointments | Repairs Planning and Scheduling Manager | Schedules the Riverside and Brackley depots; the Wearfield depot books its jobs in a paper diary kept by its planner. |
        | Kirona Job Manager | Operatives' mobile app for job details, photos and closure codes | Head of Repairs | Job photos are retained for 30 days, then deleted. |
        | MyTernbridge | Tenant portal and app: rent account, repair reporting, messages | Head of Customer Contact | Tenants can book 14 repair types; other requests arrive as a web form that an adviser re-keys into Civica CX. |
        | Keystone | Asset management and stock condition data | Head of Asset Management | |
        | Mitel contact centre | Telephony, queues and call recording | Head of Customer Contact | Licensed for 38 adviser seats; the licence renews in November 2028. |
        | Lighthouse | Data warehouse (Azure SQL) with Power BI dashboards; loads Civica CX, DRS and Keystone each night | Head of Data and Digital | Feeds the quarterly Board report and the neighbourhood dashboards. |
        | Ternbridge Academy learning system | Course bookings and training records | Learning and Development Manager | |

        ## Notes

        Keystone holds survey data for 62% of homes inspected in the last five years; the other
        homes carry data cloned from similar homes of the same age and type.
        """
    ),
    "performance/fixed-first-measures.md": doc(
        """
        # Fixed First measures: definitions, owners and baselines

        | Measure | Definition | Owner | Source | 2026/27 |
        |---|---|---|---|---|
        | Average days to complete a routine repair | Calendar days from report to completion, routine priority | Head of Repairs | Civica CX | 31 |
        | Repairs completed right first time | Jobs closed at the first visit over all jobs closed | Head of Repairs | Job Manager closure codes | 71% |
        | Emergency repairs made safe within 24 hours | Emergency jobs made safe within 24 hours of the report | Repairs Planning and Scheduling Manager | Civica CX | 93% |
        | Damp and mould reports inspected within 10 working days | Reports with a surveyor's inspection within 10 working days | Damp and Mould Lead | Damp and mould tracker | 58% |
        | Tenants satisfied with the repairs service | TSM TP02, share satisfied | Head of Tenant Engagement | October survey | 64% |
        | Calls answered within 60 seconds | Calls answered within 60 seconds over calls offered | Head of Customer Contact | Mitel | 48% |
        | Average days to relet an empty home | Calendar days from keys returned to new tenancy start | Voids and Lettings Manager | Civica CX | 47 |
        | Homes meeting the Decent Homes Standard | Homes meeting the standard at 31 March | Head of Asset Management | Keystone | 91.5% |

        ## Notes on measurement

        - Right first time is read from operatives' closure codes, and a supervisor checks a
          sample of 5% of jobs each month.
        - The tenant satisfaction survey runs once a year, in October, by telephone; it drew
          1,900 replies in 2026.
        - The damp and mould tracker is a spreadsheet kept by the Damp and Mould Lead and
          emailed to the Executive Team each Friday.
        """
    ),
    "operations/repairs-operating-notes.md": doc(
        """
        # Repairs and voids: operating notes

        From the Head of Repairs and the Voids and Lettings Manager, January 2027.

        Damp and mould reports are logged in Civica CX as a general repair under job code
        GEN-01, and the Damp and Mould Lead picks them out of a weekly report each Monday.

        Three damp and mould surveyors cover all 16,400 homes, and each can inspect about 12
        homes a week.

        Van stock is counted by hand each quarter and recorded in a spreadsheet at the Riverside
        depot.

        Nine of the 46 plumber posts are filled by agency plumbers at £38 an hour.

        Gas servicing and heating repairs are carried out by Northgate Heating under a contract
        that runs to September 2029; leaving earlier carries an exit fee of £410,000.

        Void clearance is contracted to Clearway, which works to a five-working-day clearance
        standard.

        The contact centre opens 8am to 6pm on weekdays; after hours, emergency calls go to
        Careline North, which emails the night's jobs to the planners at 7am.
        """
    ),
    "people/collective-agreement-and-tenant-voice.md": doc(
        """
        # The collective agreement and the Tenants' Voice Panel

        Operatives work 8am to 4.30pm, Monday to Friday, under the 2019 collective agreement
        with Unite. Evening or Saturday appointments need a variation agreed at the Joint
        Negotiating Committee, which meets every two months.

        Any change to the repairs policy, appointment times or the rechargeable repairs list
        goes to the Tenants' Voice Panel for 28 days before the Board of Management decides.
        The Panel's 12 members are tenants elected from the five neighbourhoods; it meets
        monthly and its views are published on MyTernbridge.
        """
    ),
    "people/ternbridge-academy.md": doc(
        """
        # Ternbridge Academy

        The Ternbridge Academy is the association's training function, run by the Learning and
        Development Manager with three trade assessors. It runs the apprenticeship programme
        with Wearmouth College, trade upskilling, damp and mould awareness for operatives and
        neighbourhood staff, and contact centre induction. Training records sit in the
        Academy's learning system.

        Apprentices join each September; the Academy took on eight in 2026.
        """
    ),
}


LARKSPUR_ROSTER = [
    (
        "Chief Executive Officer",
        "Executive",
        "extended",
        "Leads the group and answers to the Board of Directors for its results; kept informed of Open Door through the Executive.",
    ),
    (
        "Chief Operating Officer",
        "Executive",
        "core",
        "Executive sponsor of Open Door 2030. Chairs the Open Door Board and takes its gate decisions; runs the practices through the regional operations directors; holds the practice budgets.",
    ),
    (
        "Open Door Programme Lead",
        "Transformation",
        "core",
        "Runs the plan, the waves and gates, the risk log and benefits tracking; secretary to the Open Door Board; owns the Project Heron pilot plan with the Regional Operations Director, South.",
    ),
    (
        "Group Clinical Director",
        "Clinical",
        "core",
        "Clinical standards across the group: the antibiotic formulary, clinical audit, morbidity and mortality rounds, RCVS Practice Standards accreditation and clinical protocols.",
    ),
    (
        "Head of Nursing",
        "Clinical",
        "core",
        "Registered veterinary nurses: nurse-led clinics, the nurse clinic diary, Schedule 3 work, nurse grades and the triage nurses' clinical standards.",
    ),
    (
        "Regional Operations Director, South",
        "Operations",
        "core",
        "Runs the 11 southern practices including the five Solent practices; practice managers, rotas in use, appointment templates and practice performance.",
    ),
    (
        "Practice Manager, Lymington",
        "Operations",
        "core",
        "Runs the Lymington practice, the lead practice of Project Heron; local rota, reception and the appointment diary.",
    ),
    (
        "Client Care Centre Manager",
        "Client Care",
        "core",
        "The Client Care Centre in Southampton: phone answering for the practices it serves, the triage line, booking and repeat prescription requests.",
    ),
    (
        "Head of Digital and Data",
        "Digital",
        "core",
        "RoboVet, the Larkspur app, telephony, the Tailwind data warehouse and Power BI reporting; moves acquired practices onto RoboVet.",
    ),
    (
        "Pet Health Club Manager",
        "Client Care",
        "core",
        "The Pet Health Club plans, membership numbers, plan benefits and PetPlanner.",
    ),
    (
        "Finance Director",
        "Finance",
        "core",
        "Capital and running budgets, locum spend, benefits tracking and baselines for financial measures.",
    ),
    (
        "Head of People",
        "People",
        "core",
        "Recruitment, contracts, the four-day rota option, pay grades, vet retention and exit interviews.",
    ),
    (
        "Larkspur Academy Lead",
        "People",
        "extended",
        "Runs the Larkspur Academy: the graduate programme and mentors, CPD, Schedule 3 places, reception and client care training.",
    ),
    (
        "Clinical Audit and Quality Lead",
        "Clinical",
        "extended",
        "Runs the clinical audit programme, collects audit results, prepares practices for RCVS assessment visits.",
    ),
    (
        "Procurement and Pharmacy Manager",
        "Finance",
        "extended",
        "Medicines wholesaler contract, stock lists, the formulary in the pharmacy system and equipment purchasing.",
    ),
    (
        "Marketing and Communications Manager",
        "Client Care",
        "extended",
        "Client communications, practice web pages, published prices, client leaflets and the visit survey.",
    ),
    (
        "Chair, Vets' Forum",
        "Vets' Forum",
        "extended",
        "Speaks for the group's vets. The Forum is consulted on rotas, on-call duties and clinical protocols; it takes no operational decisions.",
    ),
    (
        "Data Protection Officer",
        "Legal",
        "extended",
        "Advises on client and pet data, call recordings and data sharing; consulted on any new use of client records.",
    ),
]


LARKSPUR_ORG: dict[str, str] = {
    "people/open-door-roster.csv": csv_text(
        ("Role", "Team", "Tier", "Responsibilities"), LARKSPUR_ROSTER
    ),
    "governance/open-door-board-terms-of-reference.md": doc(
        """
        # Open Door Board: terms of reference

        Agreed by the Executive, February 2027.

        The Open Door Board directs Open Door 2030 for the Board of Directors. It sets the order
        of work across the four moves, decides Gates A, B and C and the Project Heron go/no-go,
        and holds the programme budget within the sums the Board of Directors has released.

        Members: Chief Operating Officer (chair), Open Door Programme Lead (secretary), Group
        Clinical Director, Head of Nursing, Regional Operations Director, South, Client Care
        Centre Manager, Head of Digital and Data and Finance Director.

        | Decision | Who decides | Who is consulted first |
        |---|---|---|
        | Gates A, B and C; the Heron go/no-go | Open Door Board; the chair decides when members differ | Vets' Forum, for changes to clinical work |
        | Spend within the released budget | Chief Operating Officer, up to £150,000 an item | Finance Director |
        | Spend above £150,000 an item; release of Wave 3 funds | Board of Directors | Open Door Board |
        | Clinical protocols and the antibiotic formulary | Group Clinical Director | Vets' Forum |
        | Rotas and on-call duties | Head of People with the regional operations directors | Vets' Forum |
        | New uses of client records or call recordings | Chief Operating Officer | Data Protection Officer |

        The Board meets monthly. The Board of Directors meets every two months.
        """
    ),
    "systems/practice-systems-register.md": doc(
        """
        # Practice systems register

        Kept by the Head of Digital and Data, January 2027.

        | System | Use | Owner | Notes |
        |---|---|---|---|
        | RoboVet | Practice management: appointments, clinical records, charging, dispensing | Head of Digital and Data | Runs at 19 of the 24 practices. |
        | Teleos | Practice management at the five practices bought in 2025 | Head of Digital and Data | Their appointments reach Tailwind as a weekly export. |
        | Larkspur app | Client booking, pet records, reminders | Head of Digital and Data | Books vaccinations and nail clips; every other appointment type is booked by phone. |
        | Gamma Horizon | Telephony at the Client Care Centre and the practices | Client Care Centre Manager | Call recordings are kept for 30 days. |
        | Tailwind | Group data warehouse (Snowflake) with Power BI; loads RoboVet each night | Head of Digital and Data | |
        | PetPlanner | Pet Health Club memberships and direct debits | Pet Health Club Manager | Matched to RoboVet by client number once a week. |
        | VetSurvey | Visit rating survey sent by email after each visit | Marketing and Communications Manager | About 14% of clients reply. |
        | Learnify | Larkspur Academy learning platform and CPD records | Larkspur Academy Lead | |

        The Larkspur app is built and run by Pawprint Digital, whose contract includes 15
        development days a quarter.
        """
    ),
    "performance/open-door-measures.md": doc(
        """
        # Open Door measures: definitions, owners and baselines

        | Measure | Definition | Owner | Source | 2026/27 |
        |---|---|---|---|---|
        | Clients offered an appointment within 48 hours | Requests offered a slot within 48 hours of the request | Client Care Centre Manager | RoboVet and Teleos diaries | 62% |
        | Consultations led by a registered veterinary nurse | Nurse consultations over all consultations | Head of Nursing | RoboVet | 9% |
        | Highest-priority antibiotics as a share of courses | HPCIA courses over all antibiotic courses | Group Clinical Director | RoboVet dispensing | 6.8% |
        | Vet turnover in the year | Vets leaving over average vet headcount | Head of People | HR records | 24% |
        | Pets in the Pet Health Club | Active memberships at year end | Pet Health Club Manager | PetPlanner | 41,600 |
        | Average client rating of a visit | Mean score out of 5 | Marketing and Communications Manager | VetSurvey | 4.3 |
        | Dental anaesthetics with a complete monitoring record | Audited dental anaesthetics with a full record | Clinical Audit and Quality Lead | Clinical audit | 57% |

        In 11 practices the consultation type is typed as free text, so nurse consultations are
        counted from the logged-in user.

        Teleos practices send their antibiotic figures in a spreadsheet each quarter.
        """
    ),
    "clinical/clinical-governance-notes.md": doc(
        """
        # Clinical governance notes

        From the Group Clinical Director and the Clinical Audit and Quality Lead, January 2027.

        - Sixteen practices hold RCVS General Practice accreditation; eight are accredited at
          Core Standards level, and an assessment visit is booked about six months ahead.
        - Clinical audit results are recorded on paper forms in theatre and typed into a
          spreadsheet by the Clinical Audit and Quality Lead at the end of each month.
        - Schedule 3 training for nurses is run by Solent Veterinary College, which offers
          Larkspur twelve places a year.
        - The medicines wholesaler contract with Vetwell Supplies runs to March 2029; leaving
          earlier carries an exit fee of £180,000.
        """
    ),
    "operations/practice-operations-notes.md": doc(
        """
        # Practice operations notes

        From the Regional Operations Directors, February 2027.

        The Client Care Centre answers calls for 9 of the 24 practices; the other 15 practices
        take their calls at reception.

        The Client Care Centre is staffed from 8am to 6pm on weekdays and from 9am to 1pm on
        Saturdays.

        Thirty-one of our 188 vet posts are covered by locums, at an average of £620 a day.

        Registered veterinary nurses' contracts set their consulting work at up to a quarter
        of their hours; a change to contracted duties goes to 45 days' consultation with each
        nurse.
        """
    ),
    "people/vets-forum.md": doc(
        """
        # The Vets' Forum

        Every Larkspur vet may stand for the Vets' Forum; eight are elected each year. The
        Forum is consulted for 30 days on any change to rotas, on-call duties or clinical
        protocols, and its written view goes to the Open Door Board with the proposal.
        """
    ),
    "people/larkspur-academy.md": doc(
        """
        # Larkspur Academy

        The Larkspur Academy is the group's training function, run by the Larkspur Academy
        Lead. It runs the two-year graduate programme and its mentors, CPD for vets and nurses,
        reception and client care training, and books Schedule 3 places. Records are kept in
        Learnify.
        """
    ),
}


CAIRNMOOR_ORG: dict[str, str] = {
    "people/room-to-roam-roster.yaml": doc(
        """
        # Room to Roam 2030 roster. Kept by the programme office, Hallbeck.
        # tier: core = leads a mission or sits on the Room to Roam Board; extended = contributes or is consulted.
        roles:
          - role: Chief Executive
            team: Leadership Team
            tier: core
            responsibilities: Executive sponsor of Room to Roam 2030; chairs the Room to Roam Board and takes its gate decisions; answers to the Authority's members.
          - role: Director of Conservation and Visitor Services
            team: Leadership Team
            tier: core
            responsibilities: Leads rangers, access, nature recovery and farming; holds the conservation and visitor budgets; deputises for the Chief Executive on the Board.
          - role: Room to Roam Programme Manager
            team: Programme Office
            tier: core
            responsibilities: Runs the plan, the stages and gates, the risk log and benefits tracking; secretary to the Room to Roam Board; owns the Project Curlew plan with the Glenrigg Visitor Management Officer.
          - role: Head of Ranger Service
            team: Visitor Services
            tier: core
            responsibilities: Full-time and seasonal rangers, patrols, fire patrols, the ranger logbook, volunteer rangers and wild camping.
          - role: Visitor Management Officer, Glenrigg
            team: Visitor Services
            tier: core
            responsibilities: Day-to-day visitor management in the Glenrigg valley; parking, resident liaison and the Project Curlew trial on the ground.
          - role: Peatland Programme Manager
            team: Nature Recovery
            tier: core
            responsibilities: The Cairnmoor Peat Partnership, peat re-wetting contracts, peat monitoring sites and peat grant bids.
          - role: Head of Access and Rights of Way
            team: Access
            tier: core
            responsibilities: The rights of way network, condition surveys, path repair, the path team, volunteer path wardens and the countryside access management system.
          - role: Head of Planning
            team: Planning
            tier: core
            responsibilities: Planning applications, pre-application advice, enforcement and planning policy.
          - role: Farming and Land Manager
            team: Nature Recovery
            tier: core
            responsibilities: Farm grants and nature recovery agreements, the farm advisers and the upland commons.
          - role: Sustainable Transport Officer
            team: Visitor Services
            tier: core
            responsibilities: The Moorbus, bus operators, cycle routes and the clearway proposal with the county highway authority.
          - role: Head of Finance and Resources
            team: Resources
            tier: core
            responsibilities: Budgets, the Defra grant, capital, parking income and benefits tracking.
          - role: GIS and Data Manager
            team: Resources
            tier: core
            responsibilities: ArcGIS, visitor counters, the Fellsight data warehouse and Power BI reports, the Authority website's live data.
          - role: Estates and Car Parks Manager
            team: Resources
            tier: extended
            responsibilities: Authority car parks, parking machines and booking, toilets and visitor buildings.
          - role: Learning and Volunteering Manager
            team: Visitor Services
            tier: extended
            responsibilities: Runs the Cairnmoor Learning Hub, which trains rangers, volunteers and path wardens, and keeps training records.
          - role: Communications and Engagement Manager
            team: Resources
            tier: extended
            responsibilities: Website, social media, resident surveys, byelaw consultation publicity and visitor messaging.
          - role: Chair, Local Access Forum
            team: Local Access Forum
            tier: extended
            responsibilities: Chairs the statutory Local Access Forum, which advises the Authority on public access and is consulted on access changes; it takes no operational decisions.
          - role: Chair, Farmers' Liaison Group
            team: Farmers' Liaison Group
            tier: extended
            responsibilities: Speaks for the park's farmers and commoners; consulted on grazing, access over farmland and farm grant schemes.
        """
    ),
    "governance/room-to-roam-board-terms-of-reference.md": doc(
        """
        # Room to Roam Board: terms of reference

        Approved by the Authority, January 2027.

        The Board steers Room to Roam 2030 for the Authority. It decides Gates 1, 2 and 3 and
        the Project Curlew go/no-go, sets priorities across the four missions, and holds the
        programme budget within the sums the Authority has approved.

        Members: the Chief Executive (chair), the Director of Conservation and Visitor Services,
        the Room to Roam Programme Manager (secretary), the Head of Ranger Service, the Peatland
        Programme Manager, the Head of Access and Rights of Way, the Head of Planning and the
        Head of Finance and Resources.

        Decision rights:

        - Gates and the Curlew go/no-go: the Board, with the chair deciding when members differ.
        - Spend within the approved budget: the Chief Executive, up to £100,000 an item.
        - Spend above £100,000 an item: the Authority's Performance and Resources Committee.
        - Byelaws and traffic orders: the Authority in full session.
        - Changes to public access: the Board, after the Local Access Forum has been consulted.

        The Board meets monthly.
        """
    ),
    "systems/data-and-systems.md": doc(
        """
        # Data and systems

        Kept by the GIS and Data Manager, December 2026.

        | System | What it holds | Owner | Notes |
        |---|---|---|---|
        | ArcGIS | Park maps, rights of way, peat sites, farm holdings | GIS and Data Manager | |
        | CAMS | Countryside access management: path problems, furniture, surveys | Head of Access and Rights of Way | |
        | Visitor counters (Eco-Counter) | Walkers and cyclists at counted access points | GIS and Data Manager | Counters sit at 11 of the 40 busiest access points, and a ranger downloads their data once a month. |
        | Ranger logbook | Patrol notes, incidents, car park counts | Head of Ranger Service | A shared Excel workbook, filled in at the end of each shift. |
        | Uniform | Planning applications and enforcement | Head of Planning | Hosted by Ashdale District Council under a shared service agreement that runs to 2030. |
        | Fellsight | Data warehouse (Azure) with Power BI; loads ArcGIS, CAMS, Uniform and the counters | GIS and Data Manager | Feeds the Authority's quarterly performance report. |
        | Parking machines | Pay-and-display at nine Authority car parks | Estates and Car Parks Manager | Four of the nine take cards; the other five take coins. |

        Across the open moor mobile coverage is patchy; in the Glenrigg valley 4G reaches the
        village car park and the dam.
        """
    ),
    "performance/room-to-roam-measures.md": doc(
        """
        # Room to Roam measures: definitions, owners and 2026 baselines

        | Measure | Definition | Owner | Source | 2026 |
        |---|---|---|---|---|
        | Deep peat under restoration | Hectares re-wetted or under a restoration contract | Peatland Programme Manager | ArcGIS | 4,200 |
        | Visitors arriving by bus, bike or on foot | Share of visitors in the summer visitor survey | Sustainable Transport Officer | Visitor survey | 9% |
        | Glenrigg car parks full before 10am | Days a year all three car parks are full at the 10am count | Visitor Management Officer, Glenrigg | Ranger logbook | 46 |
        | Rights of way easy to use | Share of surveyed paths passing the ease-of-use test | Head of Access and Rights of Way | CAMS | 78% |
        | Minor planning applications decided within eight weeks | Minor applications decided in eight weeks or an agreed extension | Head of Planning | Uniform | 61% |
        | Moorland fires started by barbecues or campfires | Fires with that cause in the fire service's records | Head of Ranger Service | Fire service reports | 22 |
        | Farms in nature recovery agreements | Holdings with a signed agreement | Farming and Land Manager | Grant records | 64 |

        Car park occupancy is counted by rangers at 10am and 2pm on weekends from April to
        September.

        Rights of way are surveyed on a five-year cycle, a fifth of the network each year.
        """
    ),
    "operations/visitor-and-land-notes.md": doc(
        """
        # Visitor and land management notes

        From the Director of Conservation and Visitor Services, February 2027.

        - The Moorbus runs on summer Sundays and bank holidays, paid for by the county council
          until October 2028.
        - Seasonal rangers are contracted from Easter to the end of September.
        - Peat restoration work is confined to September to March, outside the ground-nesting
          bird season.
        - Peat restoration is funded by the Nature for Climate Peatland Grant, awarded a year at
          a time; the current award ends in March 2028.
        - The path team is four people, and stone for path repair is lifted by helicopter from
          a single contractor booked each autumn.
        - Farming in Protected Landscapes grants end in March 2028, and the successor scheme has
          yet to be announced.
        - Two and a half of the eleven planning officer posts are held by agency planners.
        """
    ),
    "governance/consultation-and-byelaws.md": doc(
        """
        # Consultation, byelaws and borrowing

        Byelaws on barbecues, fires or camping need the confirmation of the Secretary of State,
        which usually takes 12 to 18 months from the Authority's decision.

        The Local Access Forum meets three times a year and is consulted on any change to
        public access arrangements.

        Capital above £250,000 needs Defra's agreement under the grant memorandum.
        """
    ),
    "people/learning-hub.md": doc(
        """
        # Cairnmoor Learning Hub

        The Learning Hub is the Authority's training function, run by the Learning and
        Volunteering Manager. It trains rangers, volunteer rangers and path wardens in
        navigation, first aid, fire awareness and path maintenance, and keeps training records.
        """
    ),
}


ORGS = {
    "ternbridge-housing": TERNBRIDGE_ORG,
    "larkspur-vets": LARKSPUR_ORG,
    "cairnmoor-park": CAIRNMOOR_ORG,
}


def write_org(case_dir: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the blind5 folder by default)."""
    save_pdf(
        build_ternbridge(),
        root / "ternbridge-housing" / "fixed-first-2030.pdf",
        "Fixed First 2030",
    )
    save(
        build_larkspur(),
        root / "larkspur-vets" / "open-door-2030-board.pptx",
        "Larkspur Veterinary Partners",
    )
    save(
        build_cairnmoor(),
        root / "cairnmoor-park" / "room-to-roam-2030.pptx",
        "Cairnmoor National Park Authority",
    )
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
