# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev11 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/dev11/build_dev11.py

Writes, under ``evals/dev11/<name>/``, each case's deck and its ``org/`` folder:

- ``varne-courts``: an A4 portrait board paper as Word exports it to PDF (fpdf2, core
  Times): numbered paragraphs with side headings in the left margin, measures as sentences,
  a "Lead:" at the end of every commitment, the stage table printed across a portrait page
  (turned 90 degrees) and a risks table whose cells wrap; roster as a Word table (DOCX);
- ``gannow-pike-construction``: a 16:9 PPTX for a contractor's executive board: priority
  columns with their owner at the foot, KPI tiles (target first, then the label, then the
  baseline), a Gantt chart of shapes over an M1-M18 month strip with phase bands and gate
  diamonds, a first-90-days table by week bands, a risk heat map whose mitigations sit in a
  separate list, an org chart of shapes, and speaker notes; roster as an XLSX with a title
  block and merged function cells;
- ``brackenholt-young-plants``: a 4:3 PPTX for a family nursery's board: a 2x2 grid of
  priorities, a "who leads" table, the six measures as six small native column charts, a
  timeline whose dates are tick labels apart from the phase brackets, a checklist of the
  first 90 days, and risks and mitigations as two parallel text boxes; roster as YAML.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
OOXML files (the workbooks embedded in charts included), a fixed creation date in the PDF,
org text held as literal strings.

This is a DEVELOPMENT set (split "dev11"): the engine may be tuned on it. See
evals/dev11/README.md.
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

from docx import Document
from docx.shared import Pt as DocxPt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 9, 20, 8, 30, 0)
FIXED_W3C = "2027-09-20T08:30:00Z"
FIXED_DT = dt.datetime(2027, 9, 20, 8, 30, 0)
FIXED_PDF_DATE = dt.datetime(2027, 10, 6, 16, 45, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)
BLANK = 6


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document dates; a package
    embedded in it (a chart's workbook) is rewritten the same way."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", body)
            elif info.filename.endswith((".xlsx", ".docx", ".pptx")):
                body = normalize_zip(body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# =========================================================================== PPTX kit


def new_deck(width: float, height: float) -> PresentationType:
    prs = Presentation()
    prs.slide_width = Inches(width)
    prs.slide_height = Inches(height)
    return prs


def rgb(color: tuple[int, int, int]) -> RGBColor:
    return RGBColor(*color)


def write_lines(
    frame,
    lines: Sequence[str],
    size: float | None = None,
    bold: bool = False,
    color: tuple[int, int, int] | None = None,
    font: str | None = None,
    align=None,
    italic: bool = False,
) -> None:
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        if align is not None:
            para.alignment = align
        for run in para.runs:
            if size is not None:
                run.font.size = Pt(size)
            run.font.bold = bold
            run.font.italic = italic
            if color is not None:
                run.font.color.rgb = rgb(color)
            if font is not None:
                run.font.name = font


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
    font: str | None = None,
    align=None,
    italic: bool = False,
):
    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    write_lines(box.text_frame, lines, size, bold, color, font, align, italic)
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
    font: str | None = None,
    line_color: tuple[int, int, int] | None = None,
):
    shape = shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(color)
    if line_color is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = rgb(line_color)
    if lines:
        write_lines(shape.text_frame, lines, size, bold, text_color, font)
    else:
        shape.text_frame.text = ""
    return shape


def table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    top: float,
    left: float,
    size: float = 12,
    row_h: float = 0.4,
    head_fill: tuple[int, int, int] | None = None,
    font: str | None = None,
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
            if r == 0 and head_fill is not None:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(head_fill)
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0
                    if font is not None:
                        run.font.name = font
    return shape


def notes(slide: Slide, lines: Sequence[str]) -> None:
    write_lines(slide.notes_slide.notes_text_frame, lines)


def save(prs: PresentationType, path: Path, author: str, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.title = title
    prs.core_properties.revision = 3
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# =========================================================================== PDF kit
# Varne's deck is a board paper written in Word and saved as PDF: A4 portrait, core Times,
# a protective marking and the paper's reference at the top of every page, numbered
# paragraphs with short side headings in the left margin (on the same line as a paragraph's
# first line), lettered lists, a wrapped risks table and one landscape table printed across
# a portrait page.

A4_W, A4_H = 210.0, 297.0
SIDE_X = 16.0
NUM_X = 48.0
TEXT_X = 58.0
BODY_R = 192.0
INK = (20, 20, 20)
VARNE_NAVY = (24, 44, 84)
VARNE_GREY = (236, 236, 240)
VARNE_PAGES = 17


class PaperPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(16, 15, 18)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("Microsoft: Print To PDF")
        self.set_creator("Microsoft Word - VCSB 27-41 Swifter Justice 2032 v7")
        self.set_author("Varne Courts Service, Programme Office")
        self.cursor = 0.0

    # ---- primitives
    def put(self, x: float, y: float, w: float, text: str, size: float, style: str = "") -> None:
        self.set_font("times", style, size)
        if self.get_string_width(text) > w:
            raise ValueError(f"line too wide for {w} mm: {text!r}")
        self.set_xy(x, y)
        # fpdf reads a negative x from the page's right edge; on the turned stage-table page
        # the table starts left of the page's own origin, so the x is set as it is.
        self.x = x
        self.cell(w, size * 0.42, text)

    def wrap(self, text: str, width: float, size: float, style: str = "") -> list[str]:
        self.set_font("times", style, size)
        lines: list[str] = []
        current = ""
        for word in text.split(" "):
            trial = f"{current} {word}".strip()
            if self.get_string_width(trial) <= width:
                current = trial
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        return lines

    def header(self) -> None:
        self.set_text_color(*VARNE_NAVY)
        self.put(A4_W / 2 - 10, 7, 20, "OFFICIAL", 9, "B")
        if self.page_no() > 1:
            self.put(A4_W - 44, 7, 28, "VCSB 27/41", 9)
        self.set_text_color(*INK)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_text_color(90, 90, 90)
        self.put(
            16, A4_H - 12, 130, "Swifter Justice 2032 | Courts Service Board, 14 October 2027", 8.5
        )
        self.put(A4_W - 44, A4_H - 12, 28, f"Page {self.page_no()} of {VARNE_PAGES}", 8.5)
        self.put(A4_W / 2 - 10, A4_H - 7, 20, "OFFICIAL", 9, "B")
        self.set_text_color(*INK)

    # ---- document parts
    def section(self, number: str, title: str) -> None:
        self.add_page()
        self.set_text_color(*VARNE_NAVY)
        self.put(SIDE_X, 22, 176, f"{number}.  {title}", 14, "B")
        self.set_draw_color(*VARNE_NAVY)
        self.line(SIDE_X, 29.5, BODY_R, 29.5)
        self.set_text_color(*INK)
        self.cursor = 35.0

    def side(self, label: str) -> None:
        self.set_text_color(*VARNE_NAVY)
        self.put(SIDE_X, self.cursor, NUM_X - SIDE_X - 3, label, 9.5, "B")
        self.set_text_color(*INK)

    def para(self, number: str, text: str, side: str | None = None, size: float = 11) -> None:
        lines = self.wrap(text, BODY_R - TEXT_X, size)
        if side:
            self.side(side)
        self.put(NUM_X, self.cursor, TEXT_X - NUM_X, number, size)
        for line in lines:
            self.put(TEXT_X, self.cursor, BODY_R - TEXT_X, line, size)
            self.cursor += size * 0.47
        self.cursor += 2.6

    def subhead(self, text: str) -> None:
        self.cursor += 1.0
        self.set_text_color(*VARNE_NAVY)
        self.put(NUM_X, self.cursor, BODY_R - NUM_X, text, 11.5, "B")
        self.set_text_color(*INK)
        self.cursor += 7.0

    def item(self, label: str, text: str, size: float = 11) -> None:
        lines = self.wrap(text, BODY_R - TEXT_X - 8, size)
        self.put(TEXT_X, self.cursor, 8, label, size)
        for line in lines:
            self.put(TEXT_X + 8, self.cursor, BODY_R - TEXT_X - 8, line, size)
            self.cursor += size * 0.47
        self.cursor += 1.6

    def quote(self, text: str, who: str) -> None:
        for line in self.wrap(f'"{text}"', BODY_R - TEXT_X - 6, 11, "I"):
            self.put(TEXT_X + 4, self.cursor, BODY_R - TEXT_X - 6, line, 11, "I")
            self.cursor += 5.2
        self.put(TEXT_X + 4, self.cursor, BODY_R - TEXT_X - 6, who, 9.5)
        self.cursor += 8.0

    def shaded(self, rows: Sequence[tuple[str, str]], title: str, left_w: float = 26) -> None:
        top = self.cursor
        height = 12 + 7 * len(rows)
        self.set_fill_color(*VARNE_GREY)
        self.rect(NUM_X, top, BODY_R - NUM_X, height, style="F")
        self.set_text_color(*VARNE_NAVY)
        self.put(NUM_X + 4, top + 3, 100, title, 10.5, "B")
        self.set_text_color(*INK)
        y = top + 10
        for big, label in rows:
            self.put(NUM_X + 4, y, left_w, big, 12, "B")
            self.put(NUM_X + 4 + left_w, y, BODY_R - NUM_X - 8 - left_w, label, 10)
            y += 7
        self.cursor = top + height + 5

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        x0: float = SIDE_X,
        size: float = 10,
        line_h: float = 4.6,
    ) -> None:
        """A Word table: every cell wraps inside its column, and each visual line is drawn
        across the whole row, so an extractor reads a wrapped row's cells interleaved."""
        y = self.cursor
        for n, row in enumerate(rows):
            style = "B" if n == 0 else ""
            cells = [
                self.wrap(v, w - 3, size, style) if v else [""]
                for v, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * line_h + 2.4
            if n == 0:
                self.set_fill_color(*VARNE_NAVY)
                self.rect(x0, y, sum(widths), height, style="F")
                self.set_text_color(255, 255, 255)
            for r in range(max(len(c) for c in cells)):
                x = x0
                for lines, w in zip(cells, widths, strict=True):
                    if r < len(lines) and lines[r]:
                        self.put(x + 1.5, y + 1.2 + r * line_h, w - 3, lines[r], size, style)
                    x += w
            self.set_text_color(*INK)
            y += height
            self.set_draw_color(160, 160, 170)
            self.line(x0, y, x0 + sum(widths), y)
        self.cursor = y + 5


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Varne


def build_varne() -> PaperPDF:
    pdf = PaperPDF()

    # 1 cover
    pdf.add_page()
    pdf.set_text_color(*VARNE_NAVY)
    pdf.put(SIDE_X, 40, 176, "Varne Courts Service", 22, "B")
    pdf.set_text_color(*INK)
    pdf.put(SIDE_X, 52, 176, "Courts Service Board", 13)
    pdf.put(SIDE_X, 59, 176, "Meeting of 14 October 2027", 13)
    pdf.put(SIDE_X, 66, 176, "Paper VCSB 27/41 - Agenda item 6 - For decision", 13)
    pdf.set_draw_color(*VARNE_NAVY)
    pdf.line(SIDE_X, 80, BODY_R, 80)
    pdf.set_text_color(*VARNE_NAVY)
    pdf.put(SIDE_X, 96, 176, "Swifter Justice 2032", 32, "B")
    pdf.set_text_color(*INK)
    pdf.put(
        SIDE_X, 114, 176, "A four-year plan for Varne's courts, April 2028 to March 2032", 14, "I"
    )
    pdf.line(SIDE_X, 128, BODY_R, 128)
    pdf.put(SIDE_X, 140, 176, "Sponsor: Chief Executive", 11.5)
    pdf.put(SIDE_X, 147, 176, "Author: Swifter Justice Programme Office", 11.5)
    pdf.put(SIDE_X, 154, 176, "Date of paper: 6 October 2027", 11.5)
    pdf.set_fill_color(*VARNE_GREY)
    pdf.rect(SIDE_X, 170, 176, 22, style="F")
    pdf.put(SIDE_X + 5, 174, 166, "Purpose of the paper", 11, "B")
    pdf.put(
        SIDE_X + 5,
        181,
        166,
        "To approve the programme, the Quay Court pilot and the 2028/29 budget.",
        11,
    )

    # 2 summary
    pdf.section("1", "Summary")
    pdf.para(
        "1.1",
        "This paper asks the Board to approve Swifter Justice 2032, a four-year programme for "
        "Varne's courts. It would shorten waits in the Magistrate's Court, put every case on a "
        "digital file and let people pay, claim and ask without a trip to Quay Court.",
        side="Purpose",
    )
    pdf.para(
        "1.2",
        "Court users tell us that waiting is the worst of it. At 30 June 2027, 412 criminal "
        "cases in the Magistrate's Court had been open for more than 26 weeks, and fewer than "
        "half of the trials listed in 2026 went ahead on the day.",
        side="Problem",
    )
    pdf.para(
        "1.3",
        "The programme has four priorities (section 5), six measures (section 6) and three "
        "stages, each closed by a gate (section 7). It starts with a six-month pilot in the "
        "criminal trial lists at Quay Court (section 8).",
        side="Plan",
    )
    pdf.para(
        "1.4",
        "It costs £4.6m over four years, of which £2.9m is capital (section 10).",
        side="Cost",
    )
    pdf.para(
        "1.5",
        "The Board is asked to approve the programme, the Quay Court pilot and £1.4m for "
        "2028/29 (section 13).",
        side="Decision",
    )
    pdf.cursor += 3
    pdf.shaded(
        [
            ("16 weeks", "median wait from first appearance to trial by March 2031 (31 today)"),
            ("95%", "of cases on a complete digital file by March 2030 (22% today)"),
            ("70%", "of trials going ahead on the day listed by March 2031 (48% today)"),
            ("£4.6m", "over four years, April 2028 to March 2032"),
        ],
        "At a glance",
    )

    # 3 where we are
    pdf.section("2", "Where we are")
    pdf.para(
        "2.1",
        "Varne's courts dealt with 9,870 matters in 2026: 6,140 in the Magistrate's Court, "
        "2,310 in the Petty Debts Court and 1,420 in the Royal Court's civil and family "
        "divisions.",
        side="Volume",
    )
    pdf.para(
        "2.2",
        "At 30 June 2027 the Magistrate's Court had 1,140 open criminal cases, and 412 of them "
        "had been open for more than 26 weeks.",
        side="Backlog",
    )
    pdf.para(
        "2.3",
        "The median case waited 31 weeks between first appearance and trial, against 19 weeks "
        "in 2019.",
        side="Waiting",
    )
    pdf.para(
        "2.4",
        "Of the trials listed in 2026, 48% went ahead on the day. Most of the others were put "
        "off because a file, a witness or an interpreter was not ready.",
        side="Trials",
    )
    pdf.para(
        "2.5",
        "About one case in five is held on a digital file. The Royal Court's civil and family "
        "registries have worked in Tessera since 2019; the Magistrate's Court works from "
        "paper.",
        side="Files",
    )
    pdf.para(
        "2.6",
        "39% of fines are paid within 28 days of sentence. The rest go to the Fines Office for "
        "a payment plan or for enforcement.",
        side="Fines",
    )
    pdf.para(
        "2.7",
        "In the November 2026 court users' survey, 61% of those who replied rated their visit "
        "as good.",
        side="Users",
    )
    pdf.para(
        "2.8",
        "The service has 118 staff in two buildings, Quay Court and the Court House, and "
        "spends £11.2m a year.",
        side="Resources",
    )

    # 4 what court users told us
    pdf.section("3", "What court users told us")
    pdf.para(
        "3.1",
        "Over the summer of 2027 we spoke to witnesses, defendants, advocates, magistrates and "
        "our own staff. Five remarks stood for many others:",
        side="Listening",
    )
    pdf.quote(
        "I took two days off work to give evidence and went home both times without being called.",
        "A witness in a 2026 assault trial",
    )
    pdf.quote(
        "We are served the prosecution bundle on paper the evening before, and the pages are "
        "rarely in order.",
        "A defence advocate",
    )
    pdf.quote(
        "Half my morning goes on walking between three floors looking for files.",
        "A listing officer at Quay Court",
    )
    pdf.quote(
        "When the prison video link drops, the whole list stops and we sit and wait.",
        "A magistrate",
    )
    pdf.quote(
        "I wanted to pay my fine from my phone at ten at night, not queue at the counter in my "
        "lunch hour.",
        "A court user, November 2026 survey",
    )
    pdf.para(
        "3.2",
        "Three lessons follow: a listed date must hold; the file must be ready and in one "
        "place; and people should be able to deal with us without coming in.",
        side="Lessons",
    )

    # 5 ambition
    pdf.section("4", "Our ambition")
    top = pdf.cursor
    pdf.set_fill_color(*VARNE_GREY)
    pdf.rect(NUM_X, top, BODY_R - NUM_X, 58, style="F")
    pdf.cursor = top + 4
    pdf.side("Aim")
    pdf.put(NUM_X + 4, pdf.cursor, 130, "4.1  Our aim", 10.5, "B")
    pdf.put(NUM_X + 4, top + 11, 136, "Varne's courts will be open, swift and fair for", 15, "B")
    pdf.put(NUM_X + 4, top + 18, 136, "everyone who comes through their doors.", 15, "B")
    pdf.cursor = top + 30
    pdf.side("Commitment")
    pdf.put(NUM_X + 4, pdf.cursor, 130, "4.2  Our commitment", 10.5, "B")
    pdf.put(
        NUM_X + 4,
        top + 37,
        138,
        "By March 2031, every hearing in our courts will run from a digital case file.",
        11.5,
        "B",
    )
    pdf.put(
        NUM_X + 4,
        top + 44,
        138,
        "No paper bundle will be printed for any hearing after that date.",
        11.5,
    )
    pdf.cursor = top + 66
    pdf.para(
        "4.3",
        "For witnesses and victims: a date that holds, and a room to wait in away from the "
        "defendant.",
        side="What it means",
    )
    pdf.para("4.4", "For advocates: one file, on screen, two days before the hearing.")
    pdf.para(
        "4.5", "For our staff: less time chasing paper and more time helping people through court."
    )
    pdf.para(
        "4.6",
        "For the public: fines, small claims and questions dealt with online or by phone, at a "
        "time that suits them.",
    )

    # 6 four priorities
    pdf.section("5", "Four priorities")
    pdf.para(
        "5.1",
        "The programme rests on four priorities and one enabler. Each has a lead from the "
        "executive team, named against every commitment on the pages that follow.",
    )
    pdf.para(
        "5.2",
        "Clear the backlog. Bring the Magistrate's Court's open cases back to a number the "
        "court can hear in good time, and keep them there.",
        side="Priority 1",
    )
    pdf.para(
        "5.3",
        "One digital case file. One file for each case, shared by the court, the prosecution "
        "and the defence, from first appearance to result.",
        side="Priority 2",
    )
    pdf.para(
        "5.4",
        "Hearings that go ahead. When a hearing is listed, the people, the papers, the video "
        "link and the interpreter are ready for it.",
        side="Priority 3",
    )
    pdf.para(
        "5.5",
        "Pay, claim and ask online. Let people settle fines, bring small claims and get "
        "answers without coming to Quay Court.",
        side="Priority 4",
    )
    pdf.para(
        "5.6",
        "Skilled people. Clerks, ushers and counter staff are ready for each change before it "
        "reaches their court.",
        side="Enabler",
    )

    # 7 commitments, priorities 1 and 2
    pdf.section("5", "Four priorities: what we will do (priorities 1 and 2)")
    pdf.subhead("Priority 1 - Clear the backlog")
    pdf.para(
        "5.7",
        "We will add 120 extra sitting days a year in the Magistrate's Court in 2028/29 and "
        "2029/30, drawing on the relief magistrates' panel. Lead: Head of Listing.",
        side="Sitting days",
    )
    pdf.para(
        "5.8",
        "We will set up a case progression team of four officers, who check every trial file "
        "14 days before the hearing. Lead: Case Progression Manager.",
        side="Progression",
    )
    pdf.para(
        "5.9",
        "We will review every case open for more than 26 weeks with the prosecution and the "
        "defence by September 2028, and list it or close it. Lead: Case Progression Manager.",
        side="Old cases",
    )
    pdf.subhead("Priority 2 - One digital case file")
    pdf.para(
        "5.10",
        "We will extend Tessera to the Magistrate's Court's criminal and youth lists. "
        "Lead: Head of Digital and Information.",
        side="Tessera",
    )
    pdf.para(
        "5.11",
        "We will take prosecution files from the Law Officers' Department straight into "
        "Tessera through a secure link. Lead: Case Progression Manager.",
        side="Prosecution",
    )
    pdf.para(
        "5.12",
        "We will scan every open paper file at Quay Court into Tessera before its list goes "
        "live. Lead: Head of Digital and Information.",
        side="Scanning",
    )
    pdf.para(
        "5.13",
        "We will give every courtroom screens and a bundle viewer for the bench, the clerk and "
        "the advocates. Lead: Courts Estates Manager.",
        side="Courtrooms",
    )

    # 8 commitments, priorities 3 and 4 and the enabler
    pdf.section("5", "Four priorities: what we will do (priorities 3 and 4)")
    pdf.subhead("Priority 3 - Hearings that go ahead")
    pdf.para(
        "5.14",
        "We will fit video in courtroom 3 and the Petty Debts Court, and fund a second video "
        "room at HM Prison Varne. Lead: Courts Estates Manager.",
        side="Video",
    )
    pdf.para(
        "5.15",
        "We will book interpreters through Tessera when a case is listed, and confirm each "
        "booking 10 days before the hearing. Lead: Court User Services Manager.",
        side="Interpreters",
    )
    pdf.para(
        "5.16",
        "We will open a witness waiting room at Quay Court, apart from the public waiting "
        "area. Lead: Court User Services Manager.",
        side="Witnesses",
    )
    pdf.para(
        "5.17",
        "We will text every witness the date and time of their hearing, and again 48 hours "
        "before it. Lead: Court User Services Manager.",
    )
    pdf.subhead("Priority 4 - Pay, claim and ask online")
    pdf.para(
        "5.18",
        "We will let people pay fines and set up payment plans online through States Pay. "
        "Lead: Fines and Enforcement Manager.",
        side="Fines",
    )
    pdf.para(
        "5.19",
        "We will move Petty Debts claims under £5,000 to an online claim form, with mediation "
        "by telephone. Lead: Family and Civil Courts Manager.",
        side="Small claims",
    )
    pdf.para(
        "5.20",
        "We will answer enquiries through one telephone number and a web chat, 8.30am to 5pm "
        "on working days. Lead: Court User Services Manager.",
        side="Enquiries",
    )
    pdf.subhead("Enabler - Skilled people")
    pdf.para(
        "5.21",
        "We will train every clerk, usher and legal adviser in Tessera and in running a "
        "digital hearing before their court goes live. Lead: Learning and Development Manager.",
        side="Training",
    )

    # 9 measures
    pdf.section("6", "How we will know")
    pdf.para(
        "6.1",
        "The Board will see six measures every quarter. Each is stated below with its "
        "2026/27 baseline, its target and the date by which we expect to reach it.",
    )
    pdf.para(
        "6.2",
        "The median wait from first appearance to trial in the Magistrate's Court falls from "
        "31 weeks to 16 weeks by March 2031.",
        side="Waiting",
    )
    pdf.para(
        "6.3",
        "Criminal cases open longer than 26 weeks fall from 412 to fewer than 100 by March 2030.",
        side="Backlog",
    )
    pdf.para(
        "6.4",
        "Trials that go ahead on the day they are listed rise from 48% to 70% by March 2031.",
        side="Trials",
    )
    pdf.para(
        "6.5",
        "Cases with a complete digital file 48 hours before the hearing rise from 22% to 95% "
        "by March 2030.",
        side="Files",
    )
    pdf.para(
        "6.6",
        "Fines paid in full within 28 days of sentence rise from 39% to 65% by March 2031.",
        side="Fines",
    )
    pdf.para(
        "6.7",
        "Court users who rate their visit as good rise from 61% to 80% by March 2032.",
        side="Users",
    )
    pdf.para(
        "6.8",
        "The Programme Office compiles the measures from Tessera and the Listing Office's "
        "returns. Their definitions are set out in the performance measures note.",
        side="Source",
    )

    # 10 how the programme will run
    pdf.section("7", "How the programme will run")
    pdf.para(
        "7.1",
        "The programme runs for four years, from April 2028 to March 2032, in three stages. "
        "Each stage ends at a gate, where the Courts Service Board decides, on the Programme "
        "Board's advice, whether to go on. Our financial year runs from April to March.",
        side="Shape",
    )
    pdf.para(
        "7.2",
        "Foundations builds the listing and case progression teams, extends the Tessera "
        "contract and runs the Quay Court pilot.",
        side="Stage 1",
    )
    pdf.para(
        "7.3",
        "Digital by default takes the digital file to every list in the Magistrate's Court, "
        "puts video in every courtroom and opens the online services.",
        side="Stage 2",
    )
    pdf.para(
        "7.4",
        "Embed ends paper bundles, hands the new ways of working to the line and reviews the "
        "benefits.",
        side="Stage 3",
    )
    pdf.para(
        "7.5",
        "The stages, their financial years and their gates are set out in the table overleaf, "
        "which is printed across the page.",
        side="Table",
    )

    # 11 the stage table, printed across a portrait page
    pdf.add_page()
    cx, cy = A4_W / 2, A4_H / 2
    with pdf.rotation(90, cx, cy):
        x0, y0 = cx - A4_H / 2 + 22, cy - A4_W / 2 + 24
        pdf.set_text_color(*VARNE_NAVY)
        pdf.put(x0, y0, 250, "Table 1. Swifter Justice 2032: stages and gates", 13, "B")
        pdf.set_text_color(*INK)
        pdf.cursor = y0 + 10
        pdf.grid(
            [
                ["Stage", "Financial years", "Main work", "Gate at the end of the stage"],
                [
                    "Stage 1: Foundations",
                    "2028/29 (April 2028 - March 2029)",
                    "Listing and case progression teams in post. Tessera contract extended to "
                    "2032. Quay Court pilot, July - December 2028. Secure file link with the Law "
                    "Officers' Department.",
                    "Gate A, February 2029: Quay Court pilot go/no-go",
                ],
                [
                    "Stage 2: Digital by default",
                    "2029/30 and 2030/31 (April 2029 - March 2031)",
                    "Tessera in every Magistrate's Court list by December 2029. Video in courtroom "
                    "3 and the Petty Debts Court. Online fines and payment plans from October "
                    "2029. Online Petty Debts claims from April 2030. Witness waiting room open.",
                    "Gate B, March 2031: end of paper bundles",
                ],
                [
                    "Stage 3: Embed",
                    "2031/32 (April 2031 - March 2032)",
                    "Paper file store cleared and closed. New ways of working handed to the "
                    "line. Benefits review.",
                    "Gate C, March 2032: programme closure and benefits review",
                ],
            ],
            [44, 48, 110, 51],
            x0=x0,
            size=10.5,
            line_h=5.0,
        )
        pdf.put(
            x0,
            pdf.cursor + 2,
            250,
            "Financial years run from 1 April to 31 March. Gates are decided by the Courts "
            "Service Board.",
            9,
            "I",
        )

    # 12 pilot
    pdf.section("8", "The Quay Court pilot")
    pdf.para(
        "8.1",
        "Before we change the whole court, we will prove the digital file and the new listing "
        "approach on two lists at Quay Court.",
        side="Why",
    )
    pdf.para(
        "8.2",
        "The Magistrate's Court's Tuesday and Thursday criminal trial lists, heard in "
        "courtrooms 1 and 2 at Quay Court.",
        side="Where",
    )
    pdf.para(
        "8.3",
        "Six months, July to December 2028, with January to June 2028 as the baseline.",
        side="When",
    )
    pdf.para(
        "8.4",
        "Every case in the two lists runs on Tessera from first appearance; prosecution files "
        "arrive through the secure link; the case progression team checks each file 14 days "
        "ahead; interpreters are booked at listing.",
        side="What changes",
    )
    pdf.para(
        "8.5",
        "The Monday, Wednesday and Friday lists, which carry on as now and give us the comparison.",
        side="Compared with",
    )
    pdf.para("8.6", "The pilot succeeds if, over the six months:", side="Success")
    pdf.item("(a)", "90% of pilot cases have a complete digital file 48 hours before the hearing;")
    pdf.item("(b)", "65% of pilot trials go ahead on the day they are listed;")
    pdf.item("(c)", "no pilot hearing is adjourned because a file is missing;")
    pdf.item("(d)", "three advocates in four rate the digital bundle as easy to use.")
    pdf.cursor += 2
    pdf.para(
        "8.7",
        "The Programme Board will recommend, and the Courts Service Board decide, at Gate A in "
        "February 2029 whether to take the approach to every list.",
        side="Decision",
    )

    # 13 first 100 days
    pdf.section("9", "The first 100 days")
    pdf.para("9.1", "From 1 April 2028, in the programme's first 100 days, we will:", side="Start")
    for label, text in [
        ("(a)", "hold the first Swifter Justice Programme Board and adopt its terms of reference;"),
        ("(b)", "agree the 2027/28 baselines for the six measures with the Listing Office;"),
        ("(c)", "sign the extension of the Tessera contract to March 2032;"),
        ("(d)", "recruit the four case progression officers;"),
        ("(e)", "agree the 2028/29 relief sitting days with the Presiding Judge;"),
        ("(f)", "agree the secure file link with the Law Officers' Department;"),
        ("(g)", "open consultation with the PCS branch on the case progression team's duties;"),
        ("(h)", "survey the video rooms at Quay Court and HM Prison Varne;"),
        ("(i)", "brief the Court Users' Group on the Quay Court pilot;"),
        ("(j)", "scope the States Pay link with the Treasury's digital team."),
    ]:
        pdf.item(label, text)
    pdf.cursor += 3
    pdf.para(
        "9.2",
        "The Programme Director will report progress on each of these to the Programme Board "
        "in July 2028.",
        side="Report",
    )

    # 14 costs
    pdf.section("10", "Costs and funding")
    pdf.para("10.1", "The programme costs £4.6m over four years:", side="Cost")
    pdf.grid(
        [
            ["Item (£000)", "2028/29", "2029/30", "2030/31", "2031/32", "Total"],
            ["Tessera extension, licences and scanning", "520", "610", "240", "90", "1,460"],
            ["Courtroom screens and video", "180", "560", "120", "-", "860"],
            ["Case progression team (four posts)", "190", "195", "200", "205", "790"],
            ["Relief sitting days", "150", "150", "-", "-", "300"],
            ["Online fines and claims", "90", "310", "140", "-", "540"],
            ["Training", "60", "80", "70", "30", "240"],
            ["Programme Office", "210", "90", "70", "40", "410"],
            ["Total", "1,400", "1,995", "840", "365", "4,600"],
        ],
        [70, 21, 21, 21, 21, 22],
        x0=NUM_X - 12,
    )
    pdf.para(
        "10.2",
        "Capital of £2.9m (Tessera, screens and video, online services) is sought from the "
        "Justice Capital Fund; the rest is met from the service's budget.",
        side="Funding",
    )
    pdf.para(
        "10.3",
        "The case progression posts continue after 2032 at about £210,000 a year, paid for by "
        "the sitting days they save.",
        side="After 2032",
    )

    # 15 risks
    pdf.section("11", "Risks")
    pdf.para("11.1", "The main risks, their rating and how we will manage them:", side="Risks")
    pdf.grid(
        [
            ["Risk", "Rating", "How we will manage it", "Owner"],
            [
                "The Law Officers' Department's system cannot send files to Tessera when the "
                "pilot starts.",
                "Red",
                "Run the pilot on PDF files loaded by the case progression team, and build the "
                "link by Gate A.",
                "Head of Digital and Information",
            ],
            [
                "Magistrates cannot cover the extra sitting days.",
                "Amber",
                "Agree the 2028/29 sitting pattern with the Presiding Judge by January 2028 and "
                "use the relief panel.",
                "Head of Listing",
            ],
            [
                "Staff see the case progression team as more work with no more people.",
                "Amber",
                "Consult the PCS branch before recruiting, and fund all four posts in full.",
                "Swifter Justice Programme Director",
            ],
            [
                "The Tessera supplier raises its price when the contract is extended.",
                "Amber",
                "Agree a fixed price to 2032 through States Procurement before signing.",
                "Head of Finance",
            ],
            [
                "People who are not online are left behind as services move online.",
                "Green",
                "Keep the counter at Quay Court open, and offer help with online forms in the "
                "waiting area.",
                "Court User Services Manager",
            ],
        ],
        [56, 16, 68, 36],
    )

    # 16 governance
    pdf.section("12", "Governance")
    pdf.para(
        "12.1",
        "The Chief Executive is the senior responsible owner and chairs the Swifter Justice "
        "Programme Board, which meets monthly.",
        side="Sponsor",
    )
    pdf.para(
        "12.2",
        "The Programme Board's members are the Programme Director (secretary), the Head of "
        "Listing, the Case Progression Manager, the Head of Digital and Information, the Court "
        "User Services Manager and the Head of Finance.",
        side="Members",
    )
    pdf.para(
        "12.3",
        "The Presiding Judge of the Magistrate's Court is invited for listing items and is "
        "consulted on anything that affects judicial time; judicial decisions remain the "
        "judiciary's.",
        side="Judiciary",
    )
    pdf.para(
        "12.4",
        "The Courts Service Board takes each gate decision on the Programme Board's "
        "recommendation and sees the six measures every quarter.",
        side="Gates",
    )
    pdf.para(
        "12.5",
        "The Court Users' Group is consulted on the pilot design and before each stage; the "
        "PCS branch is consulted on any change to staff duties.",
        side="Consultation",
    )
    pdf.para(
        "12.6",
        "The Programme Director reports progress, risks and the measures to the Programme "
        "Board each month.",
        side="Reporting",
    )

    # 17 decisions sought
    pdf.section("13", "Decisions sought")
    pdf.para("13.1", "The Board is asked to:", side="Decisions")
    pdf.item("(a)", "approve Swifter Justice 2032 and its four priorities;")
    pdf.item("(b)", "approve the Quay Court pilot from July 2028;")
    pdf.item("(c)", "release £1.4m for 2028/29 and support the capital bid of £2.9m;")
    pdf.item("(d)", "note the risks in section 11 and the first gate in February 2029.")
    pdf.cursor += 10
    pdf.put(TEXT_X, pdf.cursor, 120, "Chief Executive", 11, "B")
    pdf.put(TEXT_X, pdf.cursor + 6, 120, "6 October 2027", 11)
    return pdf


# =========================================================================== Gannow Pike
# A contractor's executive board deck, 16:9: a navy title band with the title in white, an
# orange rule under it, a slide number in a small box and a confidentiality footer.

GP_NAVY = (16, 34, 66)
GP_ORANGE = (255, 122, 0)
GP_GREY = (236, 239, 243)
GP_MID = (120, 130, 145)
GP_DARK = (30, 30, 30)
GP_FONT = "Arial"
GP_FOOTER = "Build Right 2029  |  Executive Board, 29 November 2027  |  Commercial in confidence"


def gp_page(prs: PresentationType, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 0.95, GP_NAVY)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0.95, 13.333, 0.06, GP_ORANGE)
    text_box(slide.shapes, 0.45, 0.17, 11.6, 0.65, [title], 26, True, (255, 255, 255), GP_FONT)
    text_box(slide.shapes, 0.45, 7.05, 9.5, 0.3, [GP_FOOTER], 9, False, GP_MID, GP_FONT)
    filled(
        slide.shapes,
        MSO_SHAPE.RECTANGLE,
        12.55,
        7.02,
        0.45,
        0.32,
        GP_ORANGE,
        [str(number)],
        10,
        True,
        (255, 255, 255),
        GP_FONT,
    )
    return slide


def build_gannow() -> PresentationType:
    prs = new_deck(13.333, 7.5)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, GP_NAVY)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.8, 3.55, 2.2, 0.08, GP_ORANGE)
    text_box(s.shapes, 0.8, 0.7, 8, 0.6, ["GANNOW PIKE"], 22, True, GP_ORANGE, GP_FONT)
    text_box(s.shapes, 0.8, 2.0, 11, 1.3, ["Build Right 2029"], 54, True, (255, 255, 255), GP_FONT)
    text_box(
        s.shapes,
        0.8,
        3.85,
        11.5,
        0.6,
        ["Safer sites. Fewer defects. More made in our yard. Cleaner plant."],
        22,
        False,
        (255, 255, 255),
        GP_FONT,
    )
    text_box(
        s.shapes,
        0.8,
        5.6,
        11,
        0.9,
        [
            "Executive Board  ·  29 November 2027",
            "Presented by the Managing Director and the Operations Director",
        ],
        14,
        False,
        (200, 210, 225),
        GP_FONT,
    )

    # 2 on a page
    s = gp_page(prs, "Build Right on a page", 2)
    text_box(
        s.shapes,
        0.45,
        1.35,
        7.9,
        5.4,
        [
            "Build Right is our 18-month programme to make our sites safer, hand over better "
            "buildings, make more in our own yard and run cleaner plant.",
            "It runs from February 2028 to July 2029 in three stages: Mobilise (to April 2028), "
            "Prove (May to October 2028) and Scale (November 2028 to July 2029).",
            "We prove it at Calder Wharf first, then take it to every site.",
            "By July 2029 we aim to halve our accident frequency rate, cut defects open at "
            "handover from 9.4 to 3.0 per £1m, and build 15% of project value offsite.",
        ],
        16,
        False,
        GP_DARK,
        GP_FONT,
    )
    for i, (big, label) in enumerate(
        [
            ("18 months", "February 2028 to July 2029"),
            ("£5.8m", "over the 18 months"),
            ("4 priorities", "each with one owner"),
            ("1 pilot", "Calder Wharf, Halifax"),
        ]
    ):
        y = 1.35 + i * 1.35
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 8.9, y, 3.95, 1.15, GP_GREY)
        text_box(s.shapes, 9.05, y + 0.08, 3.7, 0.55, [big], 24, True, GP_NAVY, GP_FONT)
        text_box(s.shapes, 9.05, y + 0.65, 3.7, 0.4, [label], 12, False, GP_DARK, GP_FONT)
    notes(
        s,
        [
            "Two minutes on this slide. The asks are on slide 15.",
            "If asked about cost: £3.1m is released now for Mobilise and Prove; the rest waits "
            "for the Calder Wharf decision at G2.",
        ],
    )

    # 3 where we stand
    s = gp_page(prs, "Where we stand: 2026/27", 3)
    stats = [
        ("0.21", "RIDDOR-reportable accidents per 100,000 hours worked"),
        ("38", "near misses written up per 100,000 hours, most by our own staff"),
        ("9.4", "snags still open on handover day, per £1m of work"),
        ("4%", "of project value made offsite, mostly precast stairs"),
        ("9 of 38", "live sites with permits and diaries on Site Hub"),
        ("1.9m", "litres of diesel burned by the plant on our sites"),
    ]
    for i, (big, label) in enumerate(stats):
        x = 0.45 + (i % 3) * 4.2
        y = 1.35 + (i // 3) * 2.45
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 3.95, 2.15, GP_GREY)
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 0.08, 2.15, GP_ORANGE)
        text_box(s.shapes, x + 0.25, y + 0.2, 3.5, 0.9, [big], 40, True, GP_NAVY, GP_FONT)
        text_box(s.shapes, x + 0.25, y + 1.15, 3.55, 0.9, [label], 14, False, GP_DARK, GP_FONT)
    text_box(
        s.shapes,
        0.45,
        6.3,
        12.4,
        0.4,
        ["Turnover £262m  ·  880 staff  ·  38 live sites across Lancashire and West Yorkshire"],
        13,
        True,
        GP_MID,
        GP_FONT,
    )

    # 4 what we heard on site
    s = gp_page(prs, "What we heard on site", 4)
    voices = [
        (
            "The permit book lives in the cabin. The job's on the fifth floor.",
            "Site manager, Burnley",
        ),
        (
            "I'd report more near misses if it didn't mean finding a yellow card and a pen.",
            "Groundworker, subcontractor",
        ),
        (
            "We found 212 snags on the third floor. Half of them were the same mistake.",
            "Client's clerk of works",
        ),
        (
            "Most of the machines on my site aren't ours, and I've no idea what they burn.",
            "Plant supervisor",
        ),
    ]
    for i, (said, who) in enumerate(voices):
        x = 0.45 + (i % 2) * 6.3
        y = 1.4 + (i // 2) * 2.75
        filled(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, 6.0, 2.4, GP_GREY)
        text_box(
            s.shapes,
            x + 0.3,
            y + 0.25,
            5.4,
            1.5,
            [f"“{said}”"],
            18,
            False,
            GP_NAVY,
            GP_FONT,
            italic=True,
        )
        text_box(s.shapes, x + 0.3, y + 1.8, 5.4, 0.4, [f"— {who}"], 12, True, GP_DARK, GP_FONT)

    # 5 where we're heading
    s = gp_page(prs, "Where we're heading", 5)
    text_box(
        s.shapes,
        0.9,
        1.6,
        11.5,
        1.8,
        ["Everyone home safe, every shift, and every building one we are proud to hand over."],
        32,
        True,
        GP_NAVY,
        GP_FONT,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.9, 4.2, 11.5, 1.6, GP_GREY)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.9, 4.2, 0.1, 1.6, GP_ORANGE)
    text_box(
        s.shapes, 1.2, 4.3, 11.0, 0.4, ["OUR CLEAN-PLANT PLEDGE"], 12, True, GP_ORANGE, GP_FONT
    )
    text_box(
        s.shapes,
        1.2,
        4.75,
        11.0,
        1.0,
        [
            "By July 2029, no machine we own will burn fossil diesel: every one will run on HVO "
            "or electric power."
        ],
        20,
        False,
        GP_DARK,
        GP_FONT,
    )

    # 6 four priorities: columns, the owner at the foot of each
    s = gp_page(prs, "Four priorities", 6)
    pillars = [
        (
            "1  Safe every shift",
            [
                "Put every permit to work, briefing and site diary on Site Hub, on all 38 sites",
                "Let anyone on site report a near miss from their phone in under a minute",
                "Fit proximity sensors to every excavator and dumper we own",
            ],
            "SHEQ Director",
        ),
        (
            "2  Right first time",
            [
                "Walk every floor with the client's clerk of works before handover",
                "Log every defect on Site Hub with a photo and the trade responsible",
                "Hold a lessons review within 30 days of every handover",
            ],
            "Quality and Handover Manager",
        ),
        (
            "3  Made in our yard",
            [
                "Build riser and plant-room modules on a new line at the Brierley yard",
                "Design every project over £10m for offsite risers and stairs from RIBA stage 3",
                "Upgrade the Brierley yard's power supply to 800 kVA",
            ],
            "Offsite Manufacturing Manager",
        ),
        (
            "4  Cleaner plant",
            [
                "Switch every machine we own from diesel to HVO",
                "Write telematics reporting into our terms with our five biggest hire firms",
                "Trial two electric excavators at Calder Wharf",
            ],
            "Plant and Fleet Manager",
        ),
    ]
    for i, (name, items, owner) in enumerate(pillars):
        x = 0.45 + i * 3.15
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            1.3,
            2.95,
            0.7,
            GP_NAVY,
            [name],
            15,
            True,
            font=GP_FONT,
        )
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 2.0, 2.95, 4.1, GP_GREY)
        text_box(s.shapes, x + 0.1, 2.1, 2.75, 3.9, items, 13, False, GP_DARK, GP_FONT)
        text_box(s.shapes, x, 6.2, 2.95, 0.6, [f"Owner: {owner}"], 12, True, GP_ORANGE, GP_FONT)
    notes(
        s,
        [
            "Each owner has seen and agreed their column.",
            "The proximity sensors go on owned machines first; hired machines follow when the "
            "hire terms change.",
        ],
    )

    # 7 enablers
    s = gp_page(prs, "What makes it work: people, systems, data", 7)
    enablers = [
        (
            "People",
            [
                "Take on 30 apprentices a year through the Skills Academy",
                "Train every site manager and supervisor on Site Hub before their site goes live",
                "Add Site Hub and near-miss reporting to every site induction",
            ],
            "Skills Academy Manager",
        ),
        (
            "Systems",
            [
                "Buy an enterprise licence for Site Hub that covers every site and subcontractor",
                "Put a 5G router and a signal booster in every site compound",
            ],
            "Head of Digital Construction",
        ),
        (
            "Data",
            [
                "Feed Site Hub, telematics and defect data into PikeView every night",
                "Publish a weekly Build Right dashboard for every site",
            ],
            "Head of Digital Construction",
        ),
    ]
    for i, (name, items, owner) in enumerate(enablers):
        x = 0.45 + i * 4.2
        text_box(s.shapes, x, 1.3, 3.95, 0.5, [name.upper()], 16, True, GP_ORANGE, GP_FONT)
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.85, 3.95, 0.05, GP_NAVY)
        text_box(s.shapes, x, 2.05, 3.95, 3.6, items, 15, False, GP_DARK, GP_FONT)
        text_box(s.shapes, x, 5.9, 3.95, 0.5, [f"Owner: {owner}"], 12, True, GP_NAVY, GP_FONT)

    # 8 six measures as tiles: target first, then the label, then baseline and date
    s = gp_page(prs, "How we'll know: six measures", 8)
    tiles = [
        ("0.10", "Accident frequency rate", "RIDDOR per 100,000 hours · from 0.21 · by July 2029"),
        ("150", "Near-miss reports", "per 100,000 hours · from 38 · by July 2029"),
        ("3.0", "Defects open at handover", "per £1m of work · from 9.4 · by July 2029"),
        ("15%", "Project value built offsite", "from 4% · by July 2029"),
        ("38 of 38", "Sites running Site Hub", "from 9 · by April 2029"),
        ("6.0 t", "Plant carbon per £1m turnover", "tonnes CO2e · from 19.5 t · by July 2029"),
    ]
    for i, (big, label, small) in enumerate(tiles):
        x = 0.45 + (i % 3) * 4.2
        y = 1.35 + (i // 3) * 2.8
        grp = s.shapes.add_group_shape()
        filled(grp.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, 3.95, 2.5, GP_NAVY)
        text_box(grp.shapes, x + 0.25, y + 0.15, 3.5, 0.9, [big], 40, True, GP_ORANGE, GP_FONT)
        text_box(
            grp.shapes, x + 0.25, y + 1.1, 3.5, 0.5, [label], 16, True, (255, 255, 255), GP_FONT
        )
        text_box(
            grp.shapes, x + 0.25, y + 1.7, 3.5, 0.6, [small], 11, False, (200, 210, 225), GP_FONT
        )

    # 9 roadmap: a Gantt chart of shapes over an M1-M18 strip
    s = gp_page(prs, "Roadmap: 18 months, three stages", 9)
    gx, gw, months = 2.55, 10.35, 18
    mw = gw / months

    def mx(m: float) -> float:
        return gx + (m - 1) * mw

    for name, first, last, color in [
        ("MOBILISE", 1, 3, GP_MID),
        ("PROVE", 4, 9, GP_ORANGE),
        ("SCALE", 10, 18, GP_NAVY),
    ]:
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            mx(first),
            1.2,
            (last - first + 1) * mw - 0.03,
            0.38,
            color,
            [name],
            12,
            True,
            font=GP_FONT,
        )
    for m in range(1, months + 1):
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            mx(m),
            1.62,
            mw - 0.03,
            0.3,
            GP_GREY,
            [f"M{m}"],
            9,
            True,
            GP_NAVY,
            GP_FONT,
        )
    lanes = [
        "Safe every shift",
        "Right first time",
        "Made in our yard",
        "Cleaner plant",
        "People and systems",
        "Gates",
    ]
    for i, lane in enumerate(lanes):
        y = 2.05 + i * 0.78
        text_box(s.shapes, 0.3, y + 0.05, 2.2, 0.6, [lane], 12, True, GP_NAVY, GP_FONT)
        s.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Inches(0.3), Inches(y + 0.72), Inches(gx + gw), Inches(y + 0.72)
        )
    bars = [
        (0, 1, 3, "Site Hub licence and set-up"),
        (0, 4, 9, "Site Hub live at Calder Wharf"),
        (0, 10, 15, "Site Hub on the other 29 sites"),
        (1, 4, 9, "Quality walks at Calder Wharf"),
        (1, 10, 18, "Quality walks and lessons reviews on every site"),
        (2, 2, 9, "Yard power upgrade (30 weeks)"),
        (2, 10, 12, "Riser line: first modules"),
        (2, 13, 18, "Offsite design on every project over £10m"),
        (3, 1, 6, "HVO in every machine we own"),
        (3, 7, 9, "E-excavators at Calder Wharf"),
        (3, 10, 12, "Telematics from hire firms"),
        (4, 2, 3, "Calder Wharf training"),
        (4, 10, 15, "Site Hub training on the other 29 sites"),
    ]
    for lane, first, last, label in bars:
        y = 2.05 + lane * 0.78 + 0.12
        filled(
            s.shapes,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            mx(first),
            y,
            (last - first + 1) * mw - 0.06,
            0.48,
            (255, 214, 170) if lane % 2 else (205, 214, 230),
            [label],
            9,
            True,
            GP_DARK,
            GP_FONT,
        )
    filled(
        s.shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        mx(8),
        2.05 + 4 * 0.78 + 0.12,
        mw - 0.06,
        0.48,
        GP_ORANGE,
        ["A1"],
        8,
        True,
        font=GP_FONT,
    )
    for label, month in [("G1", 3), ("G2", 9), ("G3", 18)]:
        filled(
            s.shapes,
            MSO_SHAPE.DIAMOND,
            mx(month) + mw - 0.5,
            2.05 + 5 * 0.78 + 0.08,
            0.5,
            0.5,
            GP_ORANGE,
            [label],
            8,
            True,
            font=GP_FONT,
        )
    text_box(
        s.shapes,
        0.3,
        6.55,
        12.6,
        0.45,
        [
            "G1 Mobilised: Site Hub signed, Calder Wharf team trained   ·   G2 Calder Wharf "
            "go/no-go   ·   G3 Close-out: Build Right handed to the business   ·   A1 "
            "apprentice intake   ·   M1 = February 2028"
        ],
        9.5,
        False,
        GP_DARK,
        GP_FONT,
    )
    notes(
        s,
        [
            "Bars show when the work happens; the diamonds are the Executive Board's gates.",
            "A1 is the September 2028 apprentice intake at the Skills Academy: 30 places.",
        ],
    )

    # 10 pilot
    s = gp_page(prs, "Calder Wharf goes first", 10)
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.45,
        1.35,
        4.6,
        3.6,
        (200, 205, 212),
        ["[site photo]"],
        14,
        False,
        GP_MID,
        GP_FONT,
    )
    text_box(
        s.shapes,
        0.45,
        5.05,
        4.6,
        1.6,
        [
            "Calder Wharf, Halifax: a seven-storey office building for Wharfside Estates. £41m, "
            "on site March 2028 to May 2029."
        ],
        12,
        False,
        GP_DARK,
        GP_FONT,
        italic=True,
    )
    text_box(s.shapes, 5.4, 1.3, 7.5, 0.45, ["What we'll run there"], 17, True, GP_NAVY, GP_FONT)
    text_box(
        s.shapes,
        5.4,
        1.8,
        7.5,
        1.8,
        [
            "Site Hub for every permit, briefing, diary and defect",
            "Near-miss reporting by phone for every trade on site",
            "Floor-by-floor quality walks with the clerk of works",
            "Two electric excavators on the groundworks",
        ],
        14,
        False,
        GP_DARK,
        GP_FONT,
    )
    text_box(
        s.shapes, 5.4, 3.7, 7.5, 0.45, ["It works if, over M4–M9:"], 17, True, GP_NAVY, GP_FONT
    )
    text_box(
        s.shapes,
        5.4,
        4.2,
        7.5,
        1.8,
        [
            "Every permit and daily briefing is on Site Hub for 12 weeks running",
            "Near-miss reports reach 150 per 100,000 hours",
            "Fewer than 4 defects per £1m are open at the first floor handover",
            "The electric excavators work 80% of their booked hours",
        ],
        14,
        False,
        GP_DARK,
        GP_FONT,
    )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        5.4,
        6.15,
        7.5,
        0.6,
        GP_ORANGE,
        ["Decision: Executive Board at G2, end of October 2028 (M9)"],
        14,
        True,
        font=GP_FONT,
    )
    notes(
        s,
        [
            "Wharfside's clerk of works has agreed to take defect records from Site Hub for the "
            "pilot.",
            "We'll keep the paper permit books running alongside Site Hub for the first four "
            "weeks at Calder Wharf, until the team trusts the app.",
        ],
    )

    # 11 first 90 days: a table by week bands
    s = gp_page(prs, "First 90 days", 11)
    table(
        s,
        [
            ["Weeks 1–4", "Weeks 5–8", "Weeks 9–13"],
            [
                "Hold the first Build Right steering group\n"
                "Agree the 2026/27 baselines for all six measures\n"
                "Brief the GMB convenor and the Supply Chain Forum",
                "Sign the Site Hub enterprise licence\n"
                "Order the Brierley yard power upgrade\n"
                "Switch the Brierley fuel tanks to HVO",
                "Train the Calder Wharf site team on Site Hub\n"
                "Add the telematics clause to our plant hire terms\n"
                "Open applications for the September 2028 apprentice intake",
            ],
        ],
        [4.1, 4.1, 4.1],
        top=1.4,
        left=0.6,
        size=15,
        row_h=1.2,
        head_fill=GP_NAVY,
        font=GP_FONT,
    )
    text_box(
        s.shapes,
        0.6,
        5.9,
        12.2,
        0.5,
        ["Week 1 is the week of 7 February 2028."],
        12,
        False,
        GP_MID,
        GP_FONT,
        italic=True,
    )

    # 12 cost
    s = gp_page(prs, "What it costs", 12)
    table(
        s,
        [
            ["Item", "Mobilise and Prove (M1–M9)", "Scale (M10–M18)", "Total"],
            ["Site Hub licences and site connectivity", "£0.45m", "£0.55m", "£1.00m"],
            ["Riser module line and yard power", "£1.30m", "£0.90m", "£2.20m"],
            ["HVO premium and e-excavator hire", "£0.40m", "£0.45m", "£0.85m"],
            ["Proximity sensors for owned plant", "£0.35m", "£0.15m", "£0.50m"],
            ["Training and apprentices", "£0.25m", "£0.35m", "£0.60m"],
            ["Programme team and PikeView", "£0.35m", "£0.30m", "£0.65m"],
            ["Total", "£3.10m", "£2.70m", "£5.80m"],
        ],
        [5.2, 2.6, 2.3, 1.9],
        top=1.4,
        left=0.6,
        size=14,
        row_h=0.5,
        head_fill=GP_NAVY,
        font=GP_FONT,
    )
    text_box(
        s.shapes,
        0.6,
        5.8,
        12.2,
        0.8,
        [
            "£2.2m of this is capital (the riser line and yard power), which goes to the Pike "
            "Holdings Group Board in January 2028."
        ],
        13,
        False,
        GP_DARK,
        GP_FONT,
    )

    # 13 risks: a heat map with numbered dots and the mitigations in a separate list
    s = gp_page(prs, "Risks", 13)
    text_box(s.shapes, 0.35, 1.2, 5.5, 0.4, ["Likelihood ↑   Impact →"], 11, True, GP_MID, GP_FONT)
    heat = {
        (0, 0): (255, 226, 153),
        (0, 1): (255, 170, 100),
        (0, 2): (230, 80, 60),
        (1, 0): (200, 230, 180),
        (1, 1): (255, 226, 153),
        (1, 2): (255, 170, 100),
        (2, 0): (200, 230, 180),
        (2, 1): (200, 230, 180),
        (2, 2): (255, 226, 153),
    }
    for (row, col), color in heat.items():
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 1.05 + col * 1.6, 1.7 + row * 1.45, 1.55, 1.4, color)
    for row, label in enumerate(["High", "Medium", "Low"]):
        text_box(s.shapes, 0.3, 2.2 + row * 1.45, 0.75, 0.4, [label], 10, False, GP_DARK, GP_FONT)
    for col, label in enumerate(["Low", "Medium", "High"]):
        text_box(s.shapes, 1.3 + col * 1.6, 6.1, 1.2, 0.4, [label], 10, False, GP_DARK, GP_FONT)
    for label, row, col, dx in [
        ("R1", 0, 2, 0.2),
        ("R4", 0, 1, 0.5),
        ("R2", 1, 2, 0.2),
        ("R3", 1, 1, 0.5),
        ("R5", 2, 2, 0.5),
    ]:
        filled(
            s.shapes,
            MSO_SHAPE.OVAL,
            1.05 + col * 1.6 + dx,
            1.7 + row * 1.45 + 0.4,
            0.6,
            0.6,
            GP_NAVY,
            [label],
            10,
            True,
            font=GP_FONT,
        )
    text_box(
        s.shapes,
        6.3,
        1.3,
        6.7,
        5.5,
        [
            "R1  Subcontract operatives won't use Site Hub → Write Site Hub use into every "
            "subcontract order from M4, and train their supervisors free of charge",
            "R2  The yard power upgrade runs past 30 weeks → Hire a generator to run the riser "
            "line until the new supply is live",
            "R3  HVO supply or price → Fix an 18-month HVO contract with two suppliers",
            "R4  Site managers see Site Hub as extra admin → Drop the paper diary and the "
            "weekly report on the day a site goes live",
            "R5  Clients' clerks of works won't accept Site Hub defect records → Agree the "
            "defect record with each framework client before its first handover",
        ],
        13,
        False,
        GP_DARK,
        GP_FONT,
    )
    notes(
        s,
        [
            "R6, not on the slide: a cyber attack through a subcontractor's Site Hub login.",
            "We will turn on two-factor sign-in for every Site Hub user before the first site "
            "goes live.",
        ],
    )

    # 14 governance: an org chart of shapes
    s = gp_page(prs, "How we'll run it", 14)
    boxes = [
        (4.4, 1.3, 4.5, 0.85, ["Executive Board", "gates G1–G3 and budget"]),
        (
            4.4,
            2.55,
            4.5,
            0.85,
            ["Build Right Steering Group", "chair: Managing Director · monthly"],
        ),
        (
            4.4,
            3.8,
            4.5,
            0.85,
            ["Build Right Programme Manager", "plan, risks, measures, gate papers"],
        ),
    ]
    for x, y, w, h, lines in boxes:
        shape = filled(
            s.shapes, MSO_SHAPE.RECTANGLE, x, y, w, h, GP_NAVY, lines[:1], 14, True, font=GP_FONT
        )
        para = shape.text_frame.add_paragraph()
        para.text = lines[1]
        for run in para.runs:
            run.font.size = Pt(11)
            run.font.color.rgb = rgb((220, 228, 240))
            run.font.name = GP_FONT
    for y in (2.15, 3.4):
        s.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Inches(6.65), Inches(y), Inches(6.65), Inches(y + 0.4)
        )
    for i, owner in enumerate(
        [
            "SHEQ Director",
            "Quality and Handover Manager",
            "Offsite Manufacturing Manager",
            "Plant and Fleet Manager",
        ]
    ):
        x = 0.7 + i * 3.05
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            5.2,
            2.85,
            0.75,
            GP_GREY,
            [owner],
            12,
            True,
            GP_NAVY,
            GP_FONT,
        )
        s.shapes.add_connector(
            MSO_CONNECTOR.ELBOW, Inches(6.65), Inches(4.65), Inches(x + 1.42), Inches(5.2)
        )
    text_box(
        s.shapes,
        9.3,
        1.35,
        3.7,
        2.2,
        [
            "Consulted",
            "GMB site convenor: working hours and site rules",
            "Supply Chain Forum: subcontract terms",
        ],
        12,
        False,
        GP_DARK,
        GP_FONT,
    )

    # 15 asks
    s = gp_page(prs, "What we're asking for today", 15)
    asks = [
        "Approve Build Right 2029 and its four priorities",
        "Approve £5.8m over 18 months, with £3.1m released now for Mobilise and Prove",
        "Approve Calder Wharf as the pilot, with the go/no-go at G2 in October 2028",
        "Support the £2.2m capital request to the Pike Holdings Group Board",
    ]
    for i, ask in enumerate(asks):
        y = 1.45 + i * 1.25
        filled(
            s.shapes,
            MSO_SHAPE.OVAL,
            0.7,
            y,
            0.8,
            0.8,
            GP_ORANGE,
            [str(i + 1)],
            20,
            True,
            font=GP_FONT,
        )
        text_box(s.shapes, 1.8, y + 0.12, 10.8, 0.7, [ask], 20, False, GP_DARK, GP_FONT)
    return prs


# =========================================================================== Brackenholt
# A family nursery's board deck, 4:3: a leaf-green strip down the left edge, titles in
# Georgia, body in Calibri, the slide number as "n / 14" at the top right, no speaker notes.

BH_GREEN = (46, 102, 52)
BH_PALE = (241, 246, 236)
BH_CLAY = (188, 96, 48)
BH_DARK = (34, 40, 34)
BH_TITLE_FONT = "Georgia"
BH_FONT = "Calibri"
BH_SLIDES = 14


def bh_page(prs: PresentationType, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 0.18, 7.5, BH_GREEN)
    text_box(slide.shapes, 0.45, 0.3, 8.4, 0.8, [title], 26, False, BH_GREEN, BH_TITLE_FONT)
    text_box(
        slide.shapes,
        8.9,
        0.3,
        0.9,
        0.35,
        [f"{number} / {BH_SLIDES}"],
        10,
        False,
        (130, 140, 130),
        BH_FONT,
        PP_ALIGN.RIGHT,
    )
    text_box(
        slide.shapes,
        0.45,
        7.05,
        8,
        0.3,
        ["Brackenholt Young Plants  ·  Board, 6 September 2027"],
        9,
        False,
        (130, 140, 130),
        BH_FONT,
    )
    return slide


def kpi_chart(
    slide: Slide, x: float, y: float, title: str, base: float, target: float, fmt: str
) -> None:
    data = CategoryChartData(number_format=fmt)
    data.categories = ["2027 season", "June 2030 target"]
    data.add_series("Series 1", (base, target))
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(x), Inches(y), Inches(3.0), Inches(2.7), data
    )
    chart = frame.chart
    chart.has_title = True
    chart.chart_title.text_frame.text = title
    for para in chart.chart_title.text_frame.paragraphs:
        for run in para.runs:
            run.font.size = Pt(11)
            run.font.bold = True
            run.font.name = BH_FONT
    chart.has_legend = False
    chart.font.size = Pt(9)
    chart.font.name = BH_FONT
    chart.value_axis.visible = False
    chart.value_axis.has_major_gridlines = False
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.vary_by_categories = False
    plot.has_data_labels = True
    plot.data_labels.number_format = fmt
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    plot.data_labels.font.size = Pt(11)
    plot.data_labels.font.bold = True
    series = plot.series[0]
    series.format.fill.solid()
    series.format.fill.fore_color.rgb = rgb(BH_GREEN)
    point = series.points[0]
    point.format.fill.solid()
    point.format.fill.fore_color.rgb = rgb((170, 190, 165))


def build_brackenholt() -> PresentationType:
    prs = new_deck(10, 7.5)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 10, 7.5, BH_PALE)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 3.2, 7.5, BH_GREEN)
    text_box(
        s.shapes,
        0.35,
        0.6,
        2.6,
        1.2,
        ["Brackenholt", "Young Plants"],
        20,
        False,
        (255, 255, 255),
        BH_TITLE_FONT,
    )
    text_box(
        s.shapes,
        0.35,
        6.4,
        2.6,
        0.6,
        ["Growers since 1962"],
        11,
        False,
        (220, 235, 215),
        BH_FONT,
        italic=True,
    )
    text_box(
        s.shapes, 3.6, 2.0, 6.0, 1.2, ["Greener Glass 2030"], 40, False, BH_GREEN, BH_TITLE_FONT
    )
    text_box(
        s.shapes,
        3.6,
        3.3,
        6.0,
        1.0,
        ["Peat-free, lower-carbon and easier to buy from"],
        18,
        False,
        BH_DARK,
        BH_FONT,
    )
    text_box(
        s.shapes,
        3.6,
        5.3,
        6.0,
        1.0,
        [
            "Board meeting, 6 September 2027",
            "A paper from the Managing Director and the Head Grower",
        ],
        13,
        False,
        BH_DARK,
        BH_FONT,
    )

    # 2 in short
    s = bh_page(prs, "In short", 2)
    text_box(
        s.shapes,
        0.45,
        1.3,
        9.0,
        5.4,
        [
            "Greener Glass 2030 is our plan for the next two and a half years, from January "
            "2028 to June 2030.",
            "By June 2030 we will grow every line peat-free, cut the gas we burn for each square "
            "metre of glass by almost 40%, double the plants each person transplants in an hour, "
            "and take most garden-centre orders online.",
            "We start with a trial in Block D at Saltfleet through the 2028 spring season, and "
            "the Board decides in August 2028 whether it goes further.",
            "It needs £3.2m over the two and a half years, £2.6m of it capital for the Family "
            "Council to approve.",
        ],
        17,
        False,
        BH_DARK,
        BH_FONT,
    )

    # 3 where we are after the 2027 season
    s = bh_page(prs, "Where we are after the 2027 season", 3)
    text_box(s.shapes, 0.45, 1.25, 4.3, 0.4, ["The business"], 16, True, BH_CLAY, BH_FONT)
    text_box(
        s.shapes,
        0.45,
        1.7,
        4.3,
        5.0,
        [
            "1,400 lines of plugs and young plants, sold to 620 garden centres and growers",
            "24 hectares of glass at Brackenholt, Saltfleet and Morley Cross",
            "£38m turnover; 310 staff all year and up to 220 more from February to June",
            "Family-owned, with no borrowing beyond the Saltfleet glasshouse loan",
        ],
        14,
        False,
        BH_DARK,
        BH_FONT,
    )
    text_box(s.shapes, 5.1, 1.25, 4.5, 0.4, ["What holds us back"], 16, True, BH_CLAY, BH_FONT)
    text_box(
        s.shapes,
        5.1,
        1.7,
        4.5,
        5.0,
        [
            "18% of our lines are grown in a peat-free mix today",
            "We burned 310 kWh of gas for each square metre of glass we heated",
            "Each person transplants about 1,150 plants an hour",
            "Orders arrive by phone, email and fax",
            "2,900 CC trolleys went missing in the 2027 season",
            "One plug in seven was thrown away before it could be sold",
        ],
        14,
        False,
        BH_DARK,
        BH_FONT,
    )

    # 4 why now
    s = bh_page(prs, "Why now", 4)
    reasons = [
        (
            "Peat",
            "Our three biggest garden-centre groups will stop buying plants grown in peat "
            "from the 2030 season.",
        ),
        ("Gas", "Our gas bill rose from £1.1m to £2.6m in four years."),
        ("Labour", "We could not fill 40 seasonal places in the spring of 2027."),
        ("Buyers", "Buyers want to order at night and at weekends, when our order desk is closed."),
    ]
    for i, (head, body) in enumerate(reasons):
        y = 1.35 + i * 1.35
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            0.45,
            y,
            1.6,
            1.1,
            BH_GREEN,
            [head],
            18,
            False,
            font=BH_TITLE_FONT,
        )
        text_box(s.shapes, 2.3, y + 0.15, 7.2, 1.0, [body], 16, False, BH_DARK, BH_FONT)

    # 5 what we are aiming for
    s = bh_page(prs, "What we are aiming for", 5)
    text_box(
        s.shapes,
        0.8,
        1.5,
        8.4,
        1.8,
        [
            "To be the grower garden centres trust most, with the lightest footprint in British "
            "horticulture."
        ],
        28,
        False,
        BH_GREEN,
        BH_TITLE_FONT,
        italic=True,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.8, 3.9, 8.4, 1.3, BH_PALE)
    text_box(
        s.shapes,
        1.0,
        4.05,
        8.0,
        1.1,
        [
            "By June 2030, every plant that leaves our nurseries will have been grown in a "
            "peat-free mix."
        ],
        18,
        True,
        BH_DARK,
        BH_FONT,
    )
    text_box(
        s.shapes,
        0.8,
        5.6,
        8.4,
        0.8,
        ["And our promise to buyers: the plants you ordered, on the day you asked for them."],
        15,
        False,
        BH_DARK,
        BH_FONT,
    )

    # 6 four priorities, a 2 x 2 grid
    s = bh_page(prs, "Four priorities", 6)
    quads = [
        (
            "Peat-free, every line",
            [
                "Move all 1,400 lines to peat-free media by the spring 2030 season",
                "Trial three peat-free mixes side by side on 40 lines in Block D",
                "Retrain every grower in watering and feeding for peat-free media",
            ],
        ),
        (
            "Heat without gas",
            [
                "Install an air-source heat pump and a 600 m³ heat store at Saltfleet",
                "Fit double thermal screens in every house at Brackenholt",
                "Meter gas and heat for every glasshouse block",
            ],
        ),
        (
            "Faster, lighter work",
            [
                "Install two transplanting robots on the Brackenholt potting line",
                "Plan labour line by line, from sowing to despatch, in GrowPlan",
                "Move Saltfleet's crop plan from its spreadsheet into GrowPlan",
            ],
        ),
        (
            "Easy to order from",
            [
                "Launch a trade web shop with live availability for garden-centre buyers",
                "Tag every CC trolley and chase unreturned trolleys within 14 days",
                "Publish availability every day instead of every Monday",
            ],
        ),
    ]
    for i, (head, items) in enumerate(quads):
        x = 0.45 + (i % 2) * 4.65
        y = 1.25 + (i // 2) * 2.85
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 4.45, 2.65, BH_PALE)
        text_box(s.shapes, x + 0.15, y + 0.1, 4.1, 0.45, [head], 16, True, BH_GREEN, BH_FONT)
        text_box(s.shapes, x + 0.15, y + 0.6, 4.15, 2.0, items, 12.5, False, BH_DARK, BH_FONT)

    # 7 who leads what
    s = bh_page(prs, "Who leads what", 7)
    table(
        s,
        [
            ["Priority", "Leads", "Working with"],
            [
                "Peat-free, every line",
                "Head Grower",
                "Technical and Compliance Manager; People and Training Manager",
            ],
            [
                "Heat without gas",
                "Engineering and Energy Manager",
                "Finance Director; Saltfleet Nursery Manager",
            ],
            [
                "Faster, lighter work",
                "Production Manager",
                "IT and Systems Manager; People and Training Manager",
            ],
            [
                "Easy to order from",
                "Sales Director",
                "Order Office Manager; Logistics and Despatch Manager; IT and Systems Manager",
            ],
            ["Plan, numbers and checkpoints", "Improvement Programme Manager", "Finance Director"],
        ],
        [2.5, 2.6, 3.95],
        top=1.35,
        left=0.45,
        size=13,
        row_h=0.75,
        head_fill=BH_GREEN,
        font=BH_FONT,
    )

    # 8 six numbers, six small column charts
    s = bh_page(prs, "Six numbers we will manage by", 8)
    charts = [
        ("Lines grown in peat-free media (%)", 18, 100, "0"),
        ("Gas per square metre of heated glass (kWh)", 310, 190, "0"),
        ("Plants transplanted per labour hour", 1150, 2400, "#,##0"),
        ("Garden-centre orders placed online (%)", 0, 60, "0"),
        ("CC trolleys lost per season", 2900, 900, "#,##0"),
        ("Plugs discarded before sale (%)", 14, 9, "0"),
    ]
    for i, (title, base, target, fmt) in enumerate(charts):
        kpi_chart(s, 0.35 + (i % 3) * 3.15, 1.15 + (i // 3) * 2.8, title, base, target, fmt)
    text_box(
        s.shapes,
        0.45,
        6.7,
        9.0,
        0.35,
        [
            "Baselines from the 2027 season; targets to be met by June 2030. Trolleys: Danish "
            "CC trolleys sent out and never returned."
        ],
        9.5,
        False,
        (110, 120, 110),
        BH_FONT,
        italic=True,
    )

    # 9 the road to June 2030: a timeline with tick labels apart from the phase brackets
    s = bh_page(prs, "The road to June 2030", 9)

    def tx(m: float) -> float:
        return 0.5 + m * 0.3

    for name, first, last, color in [
        ("PROPAGATE", 0, 8, (120, 160, 110)),
        ("GROW ON", 8, 20, BH_GREEN),
        ("HARDEN OFF", 20, 30, (28, 70, 34)),
    ]:
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            tx(first) + 0.02,
            3.3,
            tx(last) - tx(first) - 0.04,
            0.32,
            color,
            [name],
            11,
            True,
            font=BH_FONT,
        )
    line = s.shapes.add_connector(
        MSO_CONNECTOR.STRAIGHT, Inches(tx(0)), Inches(3.75), Inches(tx(30)), Inches(3.75)
    )
    line.line.width = Pt(3)
    line.line.color.rgb = rgb(BH_DARK)
    for m, label in [(0, "Jan 2028"), (8, "Sep 2028"), (20, "Sep 2029"), (30, "Jun 2030")]:
        filled(s.shapes, MSO_SHAPE.RECTANGLE, tx(m) - 0.02, 3.65, 0.04, 0.2, BH_DARK)
        text_box(
            s.shapes,
            tx(m) - 0.45,
            3.85,
            0.9,
            0.3,
            [label],
            9,
            True,
            BH_DARK,
            BH_FONT,
            PP_ALIGN.CENTER,
        )
    callouts = [
        (
            1,
            0.3,
            1.25,
            "Feb–Aug 2028",
            "Block D trial at Saltfleet: 40 lines peat-free, heat pump on Block D",
        ),
        (7, 2.0, 1.25, "Aug 2028", "Checkpoint 1: Block D verdict"),
        (12, 3.7, 1.25, "Jan 2029", "Two transplanting robots on the Brackenholt potting line"),
        (19, 5.45, 1.25, "Aug 2029", "Checkpoint 2: peat-free go-ahead for every line"),
        (29, 8.1, 1.25, "Jun 2030", "Checkpoint 3: Board review of Greener Glass"),
        (2, 0.3, 4.55, "Mar 2028", "Gas sub-meters on every block"),
        (9, 2.0, 4.55, "Oct 2028", "Trade web shop opens to the ten biggest buyers"),
        (13, 3.7, 4.55, "Feb–Jun 2029", "60% of lines peat-free for the 2029 season"),
        (
            20,
            5.45,
            4.55,
            "Sep 2029",
            "Thermal screens at Brackenholt; Saltfleet's plan moves into GrowPlan",
        ),
        (25, 7.6, 5.6, "Feb–Jun 2030", "Every line peat-free; web shop open to every buyer"),
    ]
    for m, left, top, when, what in callouts:
        dot = filled(s.shapes, MSO_SHAPE.OVAL, tx(m) - 0.07, 3.68, 0.14, 0.14, BH_CLAY)
        dot.text_frame.text = ""
        y_end = top + 1.5 if top < 3 else top
        s.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Inches(tx(m)), Inches(3.75), Inches(tx(m)), Inches(y_end)
        )
        box = text_box(s.shapes, left, top, 1.6, 1.5, [when], 10, True, BH_CLAY, BH_FONT)
        para = box.text_frame.add_paragraph()
        para.text = what
        for run in para.runs:
            run.font.size = Pt(10)
            run.font.name = BH_FONT
            run.font.color.rgb = rgb(BH_DARK)

    # 10 the pilot
    s = bh_page(prs, "Block D at Saltfleet: the trial that decides", 10)
    text_box(s.shapes, 0.45, 1.25, 4.4, 0.4, ["What we will try"], 16, True, BH_CLAY, BH_FONT)
    text_box(
        s.shapes,
        0.45,
        1.7,
        4.4,
        3.6,
        [
            "40 of our best-selling lines, grown in three peat-free mixes",
            "A 400 kW air-source heat pump heating Block D alone",
            "February to August 2028, right through the spring selling season",
            "Compared with the same 40 lines in our usual peat mix in Block C, next door",
        ],
        14,
        False,
        BH_DARK,
        BH_FONT,
    )
    text_box(s.shapes, 5.1, 1.25, 4.5, 0.4, ["It works if"], 16, True, BH_CLAY, BH_FONT)
    text_box(
        s.shapes,
        5.1,
        1.7,
        4.5,
        3.6,
        [
            "At least 92% of peat-free trays reach saleable grade, as in Block C",
            "The heat pump supplies 70% of Block D's heat from February to April",
            "Block D orders leave no more than two days later than Block C's",
            "Garden-centre complaints about Block D plants are no higher than about Block C's",
        ],
        14,
        False,
        BH_DARK,
        BH_FONT,
    )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.45,
        5.55,
        9.1,
        1.1,
        BH_GREEN,
        [
            "The Board decides at Checkpoint 1 in August 2028 whether peat-free goes to every line "
            "in 2029 and a heat pump goes into Block C."
        ],
        14,
        False,
        font=BH_FONT,
    )

    # 11 first 90 days: a checklist
    s = bh_page(prs, "Our first 90 days", 11)
    firsts = [
        "Hold the first Greener Glass steering group",
        "Set the 2027 baselines for the six numbers",
        "Order the Block D heat pump",
        "Agree the three trial mixes with our growing-media supplier",
        "Pick the 40 trial lines for Block D",
        "Put gas sub-meters on every block at Saltfleet",
        "Ask the network operator for a 2.5 MVA connection at Saltfleet",
        "Choose the trade web shop supplier",
        "Count and tag every CC trolley at all three nurseries",
        "Talk the Employee Forum through new potting-line shifts",
    ]
    text_box(
        s.shapes, 0.45, 1.35, 4.5, 5.2, [f"☐  {f}" for f in firsts[:5]], 14, False, BH_DARK, BH_FONT
    )
    text_box(
        s.shapes, 5.1, 1.35, 4.5, 5.2, [f"☐  {f}" for f in firsts[5:]], 14, False, BH_DARK, BH_FONT
    )
    text_box(
        s.shapes,
        0.45,
        6.4,
        9.0,
        0.4,
        ["From 3 January 2028"],
        11,
        False,
        (110, 120, 110),
        BH_FONT,
        italic=True,
    )

    # 12 what it costs
    s = bh_page(prs, "What it costs", 12)
    table(
        s,
        [
            ["", "2028", "2029", "Jan–Jun 2030", "Total"],
            [
                "Heat pump, heat store and Saltfleet connection",
                "£0.40m",
                "£0.90m",
                "£0.20m",
                "£1.50m",
            ],
            ["Thermal screens and gas sub-meters", "£0.15m", "£0.35m", "–", "£0.50m"],
            ["Two transplanting robots", "–", "£0.55m", "–", "£0.55m"],
            ["Peat-free media premium and trials", "£0.08m", "£0.12m", "£0.10m", "£0.30m"],
            ["Trade web shop and trolley tags", "£0.10m", "£0.12m", "£0.03m", "£0.25m"],
            ["Training and programme team", "£0.04m", "£0.04m", "£0.02m", "£0.10m"],
            ["Total", "£0.77m", "£2.08m", "£0.35m", "£3.20m"],
        ],
        [3.9, 1.2, 1.2, 1.5, 1.25],
        top=1.35,
        left=0.45,
        size=12,
        row_h=0.5,
        head_fill=BH_GREEN,
        font=BH_FONT,
    )
    text_box(
        s.shapes,
        0.45,
        5.6,
        9.0,
        0.8,
        [
            "Capital: £2.6m (heat pump, screens, robots), for the Family Council in September "
            "2027. The rest comes from the operating budget."
        ],
        13,
        False,
        BH_DARK,
        BH_FONT,
    )

    # 13 what could go wrong: two parallel boxes
    s = bh_page(prs, "What could go wrong", 13)
    text_box(s.shapes, 0.45, 1.25, 4.3, 0.4, ["What could go wrong"], 16, True, BH_CLAY, BH_FONT)
    text_box(s.shapes, 5.1, 1.25, 4.5, 0.4, ["What we'll do about it"], 16, True, BH_GREEN, BH_FONT)
    text_box(
        s.shapes,
        0.45,
        1.75,
        4.3,
        5.0,
        [
            "Peat-free plugs struggle in a cold, dark spring",
            "The Saltfleet grid upgrade takes years",
            "The robots arrive too late for the 2029 season",
            "Garden centres keep phoning their orders in",
            "Growing-media prices jump",
        ],
        14,
        False,
        BH_DARK,
        BH_FONT,
    )
    text_box(
        s.shapes,
        5.1,
        1.75,
        4.5,
        5.0,
        [
            "Keep a peat-reduced mix in reserve for 10% of lines until Checkpoint 2",
            "Size the first heat pump for Block D and apply for the full connection in month 1",
            "Order by October 2028, with a penalty for late delivery",
            "Give the ten biggest buyers a login and a visit from their account manager before "
            "launch",
            "Fix media prices for two seasons with two suppliers",
        ],
        14,
        False,
        BH_DARK,
        BH_FONT,
    )

    # 14 how we'll steer it, and what we ask
    s = bh_page(prs, "How we'll steer it, and what we ask", 14)
    text_box(s.shapes, 0.45, 1.25, 4.3, 0.4, ["Steering"], 16, True, BH_CLAY, BH_FONT)
    text_box(
        s.shapes,
        0.45,
        1.7,
        4.3,
        5.0,
        [
            "The Managing Director sponsors Greener Glass and chairs a monthly steering group "
            "(every six weeks outside the selling season)",
            "The Improvement Programme Manager runs the plan and brings the six numbers to every "
            "steering group",
            "The Board takes the three checkpoint decisions",
            "Spend over £400,000 goes to the Family Council; changes to shifts go to the Employee "
            "Forum first",
        ],
        13,
        False,
        BH_DARK,
        BH_FONT,
    )
    text_box(s.shapes, 5.1, 1.25, 4.5, 0.4, ["We ask the Board to"], 16, True, BH_CLAY, BH_FONT)
    text_box(
        s.shapes,
        5.1,
        1.7,
        4.5,
        5.0,
        [
            "Approve Greener Glass 2030 and its four priorities",
            "Approve £3.2m, and put the £2.6m of capital to the Family Council this month",
            "Approve the Block D trial at Saltfleet from February 2028",
        ],
        13,
        False,
        BH_DARK,
        BH_FONT,
    )
    return prs


# =========================================================================== org folders
# ------------------------------------------------------------------ Varne

VARNE_POSTS = [
    ["Post", "Branch", "Programme involvement", "What the post answers for"],
    [
        "Chief Executive",
        "Executive",
        "Core team",
        "Senior responsible owner for Swifter Justice 2032; chairs the Programme Board; answers to "
        "the Courts Service Board for the service's performance and budget",
    ],
    [
        "Swifter Justice Programme Director",
        "Programme Office",
        "Core team",
        "Runs the programme plan, risk log and benefits register; prepares gate papers; secretary "
        "to the Programme Board; reports the six measures each quarter",
    ],
    [
        "Head of Listing",
        "Court Operations",
        "Core team",
        "Lists every hearing in the Magistrate's Court and the Royal Court; sitting days and the "
        "relief magistrates' panel; adjournments; listing practice agreed with the judiciary",
    ],
    [
        "Case Progression Manager",
        "Court Operations",
        "Core team",
        "Makes sure files, witnesses and directions are ready before trial; works with the Law "
        "Officers' Department and defence advocates on case files; reviews of old cases",
    ],
    [
        "Fines and Enforcement Manager",
        "Court Operations",
        "Core team",
        "Collects fines, costs and compensation; payment plans and enforcement; runs the Fines "
        "Office at Quay Court",
    ],
    [
        "Family and Civil Courts Manager",
        "Court Operations",
        "Core team",
        "The Royal Court's civil and family registries and the Petty Debts Court: claims, "
        "mediation and family case management",
    ],
    [
        "Court User Services Manager",
        "Court Operations",
        "Core team",
        "Public counter, telephone and email enquiries; care of witnesses and victims at court; "
        "books interpreters and intermediaries; runs the court users' survey",
    ],
    [
        "Head of Digital and Information",
        "Digital and Information",
        "Core team",
        "Tessera, the court network, video links and courtroom technology; data and reporting; "
        "information security",
    ],
    [
        "Courts Estates Manager",
        "Estates",
        "Core team",
        "Quay Court and the Court House: buildings, courtroom fit-out, waiting areas, security and "
        "the paper file store",
    ],
    [
        "Head of Finance",
        "Finance",
        "Core team",
        "Budget, business cases, capital bids to the Treasury and Resources Committee; tracks "
        "benefits with the Programme Director",
    ],
    [
        "Learning and Development Manager",
        "People",
        "Core team",
        "Training for clerks, ushers, legal advisers and counter staff; runs the Court Skills "
        "Programme and induction",
    ],
    [
        "HR Business Partner",
        "People",
        "Wider team",
        "Recruitment and job descriptions; consultation with the PCS branch on changes to duties",
    ],
    [
        "Communications Manager",
        "Executive",
        "Wider team",
        "Public information, the website, court notices and media enquiries",
    ],
    [
        "Information Governance Officer",
        "Digital and Information",
        "Wider team",
        "Data protection, records retention and disclosure",
    ],
    [
        "Procurement Adviser (States Procurement)",
        "Finance",
        "Wider team",
        "Contracts and tenders under the States' procurement rules",
    ],
    [
        "Presiding Judge, Magistrate's Court",
        "Judiciary",
        "Consult only",
        "Consulted on listing practice, sitting patterns and anything that affects how hearings "
        "are run; judicial decisions are the judiciary's alone",
    ],
    [
        "PCS Branch Secretary",
        "Staff side",
        "Consult only",
        "Consulted on any change to staff duties, hours or place of work",
    ],
    [
        "Chair, Court Users' Group",
        "Court users",
        "Consult only",
        "Speaks for advocates, the Law Officers, probation and the witness service; consulted on "
        "the pilot design and before each stage",
    ],
]


def varne_roster_docx() -> bytes:
    document = Document()
    props = document.core_properties
    props.author = "Programme Office"
    props.last_modified_by = "Programme Office"
    props.title = "Swifter Justice 2032: posts and remits"
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.revision = 4
    document.add_heading("Swifter Justice 2032: posts and remits", level=1)
    document.add_paragraph(
        "This table lists the posts that take part in the programme. Core team posts carry "
        "programme work. Wider team posts are kept informed and asked for advice. Consult only "
        "posts are asked before decisions that touch them and take no programme tasks."
    )
    tbl = document.add_table(rows=len(VARNE_POSTS), cols=4)
    tbl.style = "Table Grid"
    for r, row in enumerate(VARNE_POSTS):
        for c, value in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = value
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = DocxPt(9.5)
                    run.font.bold = r == 0
    document.add_paragraph(
        "The Data and Performance Analyst post has been vacant since May 2027. Until it is "
        "filled, the Listing Office puts the quarterly performance return together from "
        "Tessera reports and the paper court registers."
    )
    document.add_paragraph("Programme Office, 29 September 2027")
    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue())


VARNE = {
    "governance/programme-board-terms-of-reference.md": doc(
        """
        # Swifter Justice Programme Board: terms of reference

        Agreed in draft by the Executive Team on 28 September 2027, for adoption at the
        Programme Board's first meeting.

        ## Purpose

        The Programme Board steers Swifter Justice 2032 from April 2028 to March 2032. It owns
        the programme plan, the risk log and the benefits register, and it advises the Courts
        Service Board at each gate.

        ## Membership

        - Chief Executive (chair and senior responsible owner)
        - Swifter Justice Programme Director (secretary)
        - Head of Listing
        - Case Progression Manager
        - Head of Digital and Information
        - Court User Services Manager
        - Head of Finance

        The Presiding Judge of the Magistrate's Court is invited for items on listing and
        sitting patterns. The judge attends as a consultee: the Programme Board cannot direct
        the judiciary on listing practice or on any judicial decision.

        ## Decision rights

        | Decision | Who decides | Notes |
        |---|---|---|
        | Changes within a stage up to £100,000 | Chief Executive, on the Programme Board's advice | Recorded in the change log |
        | Changes above £100,000, and every gate (A, B and C) | Courts Service Board | The Programme Board recommends |
        | Capital over £250,000 | Treasury and Resources Committee | The Committee takes capital bids at its January and July meetings |
        | Changes to court rules | Rules Committee | See the operating notes |
        | Listing practice and sitting patterns | Presiding Judge, after consultation | The Programme Board proposes |

        ## Meetings

        Monthly, on the second Tuesday. Papers go out five working days before. Quorum: the
        chair or the Programme Director, and three other members.

        ## Reporting

        The Programme Director brings the six measures, the risk log and spend against budget
        to every meeting. The Courts Service Board sees a quarterly report.
        """
    ),
    "systems/systems-register.md": doc(
        """
        # Systems register

        Kept by the Head of Digital and Information. Last reviewed in August 2027.

        | System | What it does | Where it is used | Supplier and owner | Notes |
        |---|---|---|---|---|
        | Tessera | Case management: case records, e-filing, hearing results and e-bundles | Royal Court civil and family registries, since 2019 | Calloway Legal Systems; Head of Digital and Information | Our contract runs to 31 March 2029, and extending it needs an exemption from the States' tendering rules. |
        | Criminal list workbook | The Magistrate's Court's criminal and youth lists | Listing Office, Quay Court | Head of Listing | The lists are kept in an Excel workbook that three listing officers share, and the case files are paper folders in the clerks' room. |
        | CourtLink | Cloud video for hearings | Courtrooms 1 and 2 at Quay Court and both courtrooms at the Court House | States IT | Courtroom 3 and the Petty Debts Court have no video equipment. |
        | Prison video room | Video link to HM Prison Varne | HM Prison Varne | Prison service | One room, shared with probation and legal visits, bookable in 45-minute slots from 9.30am to 4pm. |
        | States Pay | Online card payments for States departments | Tax Office, Parking Services and Planning | Treasury digital team | Any department can join by building a link to it. |
        | States Notify | Text and email reminders | Tax Office and Parking Services | Treasury digital team | Any department may use it, charged by the message. |
        | Insight | The States' reporting service, in Power BI | Every department | States IT | Tessera data loads into Insight each night. Magistrate's Court figures reach Insight as a quarterly return keyed in by the Listing Office. |
        | Fines ledger | Accounts for fines, costs and compensation | Fines Office, Quay Court | Fines and Enforcement Manager | Payments are taken at the Quay Court counter, by card over the phone, or by cheque through the post. |

        ## Other notes

        Case files from the Law Officers' Department arrive as paper bundles or as PDFs sent
        by secure email, and their case system, Sentinel, has no link to Tessera.

        The Quay Court network was installed in 2011. Public Wi-Fi reaches the ground-floor
        waiting area, and the courtrooms upstairs have a wired connection for court staff.

        Interpreters are booked by email from a list kept by Court User Services. We keep no
        record of hearings adjourned because an interpreter was unavailable.
        """
    ),
    "measures/performance-measures.md": doc(
        """
        # Performance measures: definitions

        Owned by the Swifter Justice Programme Director. Baselines are for 2026/27.

        | Measure | Definition | Source | Owner | Baseline |
        |---|---|---|---|---|
        | Median wait to trial | Weeks from first appearance to the first day of trial in the Magistrate's Court, median of trials started in the period | Criminal list workbook; Tessera from go-live | Head of Listing | 31 weeks |
        | Cases over 26 weeks | Open criminal cases in the Magistrate's Court whose first appearance was more than 26 weeks before the quarter end | Criminal list workbook | Case Progression Manager | 412 |
        | Effective trials | Trials that start on the day listed / trials listed | Court registers | Head of Listing | 48% |
        | Digital file ready | Cases whose Tessera file holds the charge, the evidence and the directions 48 hours before the hearing / cases heard | Tessera; sample audit | Case Progression Manager | 22% |
        | Fines paid in 28 days | Fines paid in full within 28 days of sentence / fines imposed | Fines ledger | Fines and Enforcement Manager | 39% |
        | Court user rating | Replies rating the visit good or very good / all replies | Court users' survey | Court User Services Manager | 61% |

        ## Notes

        - Until Tessera reaches the Magistrate's Court, file readiness there is checked by
          hand on a sample of 30 files a month.
        - The court users' survey runs for two weeks each November, on paper forms at the
          counters, and 184 people replied in 2026.
        """
    ),
    "context/operating-notes.txt": doc(
        """
        OPERATING NOTES FOR SWIFTER JUSTICE 2032
        Put together by the Programme Office from the Executive Team's briefings, September 2027.

        CALENDAR
        Varne's financial year runs from 1 April to 31 March.
        The Rules Committee sits in February, June and October, and any change to court rules, online claims in the Petty Debts Court included, has to be made at one of those sittings.
        Lay magistrates' sitting days are set a year ahead, in the rota agreed with the Presiding Judge each January.

        PEOPLE
        Any change to staff duties, hours or place of work goes to the PCS branch for at least 30 days of consultation before it takes effect.
        The Court Skills Programme, run by the Learning and Development Manager, trains new clerks, ushers and counter staff, and runs refresher days each term.

        BUILDINGS
        Quay Court is a listed building, and any change to a courtroom needs listed building consent from the Planning Department, which takes 8 to 12 weeks.

        MONEY
        The Justice Capital Fund is set by the States each autumn for the following financial year.
        """
    ),
}


# ------------------------------------------------------------------ Gannow Pike

GANNOW_ROSTER = [
    # (function, job title, Build Right role, accountable for, reports to)
    (
        "Executive",
        "Managing Director",
        "Core",
        "Runs the company; sponsor of Build Right 2029; chairs the Executive Board and the Build "
        "Right Steering Group",
        "Pike Holdings Group Board",
    ),
    (
        "Executive",
        "Operations Director",
        "Core",
        "All live sites and their project and site managers; site programmes and set-up; the order "
        "in which sites take up new ways of working",
        "Managing Director",
    ),
    (
        "Executive",
        "Commercial Director",
        "Core",
        "Tenders, valuations, subcontract orders and terms, plant hire terms, cost reporting",
        "Managing Director",
    ),
    (
        "Executive",
        "Finance Director",
        "Core",
        "Budgets, capital requests to the Group Board, cash, business cases, fuel contracts",
        "Managing Director",
    ),
    (
        "Programme",
        "Build Right Programme Manager",
        "Core",
        "Programme plan, risk log, the six measures and gate papers; secretary to the Steering "
        "Group",
        "Managing Director",
    ),
    (
        "SHEQ",
        "SHEQ Director",
        "Core",
        "Health and safety, permits to work, near-miss reporting, accident investigation and "
        "RIDDOR reporting, environment",
        "Managing Director",
    ),
    (
        "SHEQ",
        "Quality and Handover Manager",
        "Core",
        "Quality walks, inspection and test plans, defects and snagging, handover files, lessons "
        "reviews",
        "SHEQ Director",
    ),
    (
        "Production",
        "Offsite Manufacturing Manager",
        "Core",
        "The Brierley yard and its precast and module lines; offsite design standards with the "
        "design team",
        "Operations Director",
    ),
    (
        "Production",
        "Plant and Fleet Manager",
        "Core",
        "Owned plant and the hire desk; telematics; fuel, diesel and HVO; electric plant trials; "
        "proximity sensors",
        "Operations Director",
    ),
    (
        "Production",
        "Supply Chain Manager",
        "Core",
        "Subcontractor approval and onboarding; the Supply Chain Forum; subcontractor performance",
        "Commercial Director",
    ),
    (
        "Digital",
        "Head of Digital Construction",
        "Core",
        "Site Hub, COINS, PikeView and Viewpoint; site connectivity; BIM and data",
        "Finance Director",
    ),
    (
        "People",
        "Skills Academy Manager",
        "Core",
        "The Skills Academy: apprentices, site manager and supervisor training, site inductions, "
        "CSCS cards",
        "HR Manager",
    ),
    (
        "People",
        "HR Manager",
        "Extended",
        "Recruitment, employment terms, the GMB recognition agreement",
        "Managing Director",
    ),
    (
        "Pre-construction",
        "Estimating Manager",
        "Extended",
        "Tender pricing and estimating",
        "Commercial Director",
    ),
    (
        "Pre-construction",
        "Design Manager",
        "Extended",
        "Design coordination with architects and engineers; design freeze dates",
        "Operations Director",
    ),
    (
        "Pre-construction",
        "Marketing and Bid Manager",
        "Extended",
        "Bids, case studies, the website",
        "Commercial Director",
    ),
    (
        "Representatives",
        "GMB Site Convenor",
        "Consult",
        "Represents directly employed operatives; consulted on working hours, breaks, site rules "
        "and any technology that records their work",
        "-",
    ),
    (
        "Representatives",
        "Chair, Supply Chain Forum",
        "Consult",
        "Speaks for our subcontractors; consulted on subcontract terms, payment and site rules "
        "for subcontractors",
        "-",
    ),
]


def gannow_roster_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Who does what"
    wb.properties.creator = "Build Right Programme Manager"
    wb.properties.lastModifiedBy = "Build Right Programme Manager"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws["A1"] = "Gannow Pike Ltd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Build Right 2029: who does what"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = (
        "Issued by the Build Right Programme Manager, 1 November 2027. Build Right role: Core = "
        "on the programme team; Extended = kept informed and asked for input; Consult = must be "
        "consulted, takes no programme tasks."
    )
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A3:E3")
    header = ["Function", "Job title", "Build Right role", "Accountable for", "Reports to"]
    fill = PatternFill("solid", fgColor="102242")
    for c, value in enumerate(header, start=1):
        cell = ws.cell(row=5, column=c, value=value)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
    row = 6
    start = row
    previous = None
    for function, title, role, remit, reports in GANNOW_ROSTER:
        if function != previous:
            if previous is not None and row - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
            start = row
            ws.cell(row=row, column=1, value=function).alignment = Alignment(vertical="top")
            previous = function
        ws.cell(row=row, column=2, value=title)
        ws.cell(row=row, column=3, value=role)
        ws.cell(row=row, column=4, value=remit).alignment = Alignment(wrap_text=True)
        ws.cell(row=row, column=5, value=reports)
        row += 1
    if row - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
    ws.cell(
        row=row + 1,
        column=1,
        value=(
            "Note: the Carbon and Energy Lead post (Production) has been vacant since August "
            "2027. In the meantime the Plant and Fleet Manager pulls the fuel figures together "
            "each quarter from supplier invoices."
        ),
    )
    for col, width in zip("ABCDE", (18, 32, 16, 70, 26), strict=True):
        ws.column_dimensions[col].width = width
    buffer = io.BytesIO()
    wb.save(buffer)
    return normalize_zip(buffer.getvalue())


GANNOW = {
    "governance/steering-group-charter.md": doc(
        """
        # Build Right Steering Group: charter

        Version 0.3, November 2027. Owner: Build Right Programme Manager.

        ## Why it exists

        The Steering Group runs Build Right 2029 between Executive Board gates. It agrees the
        plan, clears blockers between functions and decides what goes to the Executive Board.

        ## Who sits on it

        Chair: Managing Director (programme sponsor).

        Members: Operations Director, SHEQ Director, Commercial Director, Finance Director, Head
        of Digital Construction, and the Build Right Programme Manager as secretary. Pillar
        owners attend for their items.

        ## What it decides

        - The programme plan, and any change to it inside the approved budget.
        - Which sites follow Calder Wharf onto Site Hub, and in what order.
        - What goes to the Executive Board at G1, G2 and G3. The Executive Board, chaired by the
          Managing Director, takes the gate decisions and releases each tranche of budget.

        ## Limits

        - Capital over £500,000 needs the approval of the Pike Holdings Group Board, which meets every other month.
        - Changes to working hours, breaks or site rules for directly employed operatives go to the GMB under our 2019 recognition agreement, with 28 days' notice before they start.
        - Changes to subcontract terms are talked through with the Supply Chain Forum before they are issued.

        ## Rhythm

        Monthly, on the first Thursday, at Brierley. Pillar owners send a one-page update three
        days before.
        """
    ),
    "systems/systems-and-data.md": doc(
        """
        # Systems and data

        Kept by the Head of Digital Construction. Updated October 2027.

        ## COINS

        Our ERP: job costing, valuations, subcontract payments, purchase orders and payroll for
        staff. Every project has a COINS job number from the tender stage onwards.

        ## Site Hub

        A cloud app for permits to work, daily briefings, site diaries, inspections and snag
        lists. It is in use on the 9 sites we have started since January 2027; the other 29 live sites keep permits, briefings and diaries in carbon-copy books that the site administrator files each week.
        Our licence is priced per site, and an enterprise licence that covers subcontractors
        has been quoted.

        ## PikeView

        Our reporting warehouse. COINS, Site Hub and HR data load into a SQL database every
        night, with Power BI dashboards on top. Every project manager has a PikeView login.

        ## Viewpoint

        Drawing and document management for design-and-build jobs. On traditional contracts the architect keeps the drawing register and we receive drawings by email.

        ## Plant telematics

        The 142 machines we own report hours, idling and fuel through their makers' telematics
        portals, which the Plant and Fleet Manager checks each week. Hired machines, about three in five of those on a typical site, send us nothing.

        ## Near misses

        Near misses are written on yellow cards, posted in a box in the welfare cabin and typed into a spreadsheet by the site administrator on Fridays.

        ## Site connectivity

        Twelve of our sites share one 4G router per compound, and on concrete frames the signal above the third floor comes and goes.

        ## Defects

        Defects at handover are logged by each client's clerk of works on the client's own forms, and we key them into PikeView from the PDFs they send us.
        """
    ),
    "measures/kpi-definitions.md": doc(
        """
        # Build Right measures: definitions

        ### Accident frequency rate

        RIDDOR-reportable accidents x 100,000 / hours worked, rolling 12 months, our own staff
        and subcontractors together. Owner: SHEQ Director. Baseline 2026/27: 0.21.

        Subcontract hours come from the gate-entry turnstiles at the 14 sites that have them, and are estimated from the weekly labour returns everywhere else.

        ### Near-miss reports

        Near misses reported x 100,000 / hours worked. Owner: SHEQ Director. Baseline 2026/27:
        38.

        ### Defects open at handover

        Defects open on the day of practical completion, per £1m of contract value. Owner:
        Quality and Handover Manager. Baseline 2026/27: 9.4.

        ### Project value built offsite

        Value of components made in our yard or bought in as assembled modules / project value.
        Owner: Offsite Manufacturing Manager. Baseline 2026/27: 4%.

        ### Sites running Site Hub

        Live sites using Site Hub for permits, briefings and diaries. Owner: Head of Digital
        Construction. Baseline: 9 of 38.

        ### Plant carbon per £1m turnover

        Tonnes CO2e from fuel burned by owned and hired plant / £m turnover. Owner: Plant and
        Fleet Manager. Baseline 2026/27: 19.5 t.
        """
    ),
    "context/site-realities.md": doc(
        """
        # Things to know before you plan anything on our sites

        Notes from the Operations Director's team for the Build Right programme, October 2027.

        - We have 38 live sites. Most run for 12 to 24 months, so a site that starts on Site Hub in 2029 may close before the programme ends.
        - Framework clients' contracts fix the defect forms they use, and a change to those forms needs the client's written agreement.
        - The CITB grant pays towards up to 30 apprentices a year at our current levy.
        - Under its planning consent the Brierley yard can work from 7am to 7pm on weekdays and from 8am to 1pm on Saturdays.
        - The Skills Academy at Brierley, run by the Skills Academy Manager, trains apprentices, site managers and supervisors, and runs every site induction.
        - Site managers move to a new project every year or two, so training stays with people rather than sites.
        """
    ),
    "context/yard-power-email.txt": doc(
        """
        From: Jo Marsh (Offsite Manufacturing Manager)
        To: Build Right Programme Manager
        Cc: Finance Director
        Date: 4 October 2027
        Subject: Brierley yard power for the riser line

        Hi,

        A quick summary of where we are on power for the riser line.

        The yard has a 400 kVA supply today. The riser line needs 800 kVA with the welding bays and the overhead crane running at once.
        Northern Grid has quoted 30 weeks from order for the upgrade, plus about £180k for the new substation.

        We could run the first modules on a hired generator, at about £9k a month in hire and fuel.

        Thanks,
        Jo

        Jo Marsh
        Offsite Manufacturing Manager, Gannow Pike Ltd
        """
    ),
}


# ------------------------------------------------------------------ Brackenholt

BRACKENHOLT_TEAM = doc(
    """
    # Greener Glass 2030: who's who
    # involvement: core = on the programme team and given tasks; wider = kept in the loop;
    # consult = asked before decisions that touch them, never given tasks.
    organisation: Brackenholt Young Plants Ltd
    updated: 2027-08-30
    departments:
      Leadership:
        - role: Managing Director
          involvement: core
          looks_after:
            - Sponsors Greener Glass 2030 and chairs its steering group
            - Signs off spend up to £400,000
            - Sits on the Board with the family non-executives
        - role: Improvement Programme Manager
          involvement: core
          looks_after:
            - Runs the Greener Glass plan, the risk list and the checkpoint papers
            - Brings the six numbers to every steering group
        - role: Finance Director
          involvement: core
          looks_after:
            - Budgets, cash and capital cases to the Family Council
            - Grants and energy contracts
      Growing:
        - role: Head Grower
          involvement: core
          looks_after:
            - Crop plans and growing media for all three nurseries
            - Peat-free trials and mixes
            - Crop quality, plug losses and biological control
        - role: Saltfleet Nursery Manager
          involvement: core
          looks_after:
            - Day-to-day running of the Saltfleet nursery and its staff, Blocks A to F
            - Saltfleet's sowing and sticking plan
        - role: Production Manager
          involvement: core
          looks_after:
            - Sowing, sticking, transplanting and potting lines at all three nurseries
            - Labour planning and line speeds
        - role: Engineering and Energy Manager
          involvement: core
          looks_after:
            - Boilers, heating pipes, thermal screens and the climate computers
            - Electrical supply, gas and power use
            - Upkeep of the potting-line machines and robots
      Sales and despatch:
        - role: Sales Director
          involvement: core
          looks_after:
            - Garden-centre and grower accounts and the account managers
            - Prices and the availability list
        - role: Order Office Manager
          involvement: core
          looks_after:
            - The order office, order entry into GrowPlan and buyers' queries
            - Credit notes and complaints
        - role: Logistics and Despatch Manager
          involvement: core
          looks_after:
            - Despatch and hauliers
            - CC trolleys, shelves and trolley returns
      Support:
        - role: IT and Systems Manager
          involvement: core
          looks_after:
            - GrowPlan, Bench, the website and the networks
            - Links to the climate computers; data and reports
        - role: People and Training Manager
          involvement: core
          looks_after:
            - Recruitment, seasonal staff included
            - The Grower Academy and training records
            - Shift patterns, with the Employee Forum
        - role: Technical and Compliance Manager
          involvement: wider
          looks_after:
            - Plant health and plant passports
            - Buyers' audits and crop protection records
        - role: Marketing Manager
          involvement: wider
          looks_after:
            - Catalogue, trade shows and the website's content
        - role: Health and Safety Adviser
          involvement: wider
          looks_after:
            - Risk assessments, machine guarding and first aid
      Consulted:
        - role: Employee Forum Chair
          involvement: consult
          looks_after:
            - Speaks for staff on shifts, pay and conditions
        - role: Chair, Family Council
          involvement: consult
          looks_after:
            - Speaks for the family shareholders on investment and direction
    """
)

BRACKENHOLT = {
    "people/team.yaml": BRACKENHOLT_TEAM,
    "governance/how-we-decide.md": doc(
        """
        # How we decide things at Brackenholt

        Written by the Managing Director for the Greener Glass 2030 team, August 2027.

        We are a family business, and some decisions sit with the family, some with the Board
        and some with the steering group. This note sets out which.

        **The Board** (the Managing Director, the Finance Director, the Sales Director, the
        Head Grower and two family non-executives) approves the plan, takes the three
        checkpoint decisions and reviews the six numbers every quarter.

        **The Family Council** approves any single project costing more than £400,000. It meets in March, June, September and December, and its papers go out a month ahead.

        **The Greener Glass steering group** is chaired by the Managing Director, with the
        Improvement Programme Manager as secretary and the priority leads as members. It
        decides anything inside the approved budget and plan.

        **The Employee Forum** hears any change to shift patterns before it is put to staff, and it meets on the first Tuesday of each month.

        **Seasonal staff** come to us through a licensed scheme operator, and our quota for the next season is set each January.
        """
    ),
    "systems/systems-notes.md": doc(
        """
        # Systems at Brackenholt: notes for the Greener Glass team

        IT and Systems Manager, August 2027

        ## GrowPlan

        Our nursery ERP: crop plans, sowing and sticking schedules, stock, orders, invoices and
        despatch notes. It runs the plan at Brackenholt and Morley Cross. Saltfleet plans its sowing and sticking in an Excel workbook, which the Saltfleet Nursery Manager updates on Fridays and emails round.

        ## Bench

        Power BI reports built on a nightly copy of GrowPlan: sales by line, stock cover,
        losses and despatch on time. Every manager has a login.

        ## Orders and availability

        Orders reach the order office by phone, email and, from four long-standing garden centres, fax.
        Availability goes out to buyers as a PDF every Monday morning, and by Thursday a third of it has usually sold.
        Our website is a brochure site with the catalogue on it, and it takes no orders.

        ## ClimaCore

        Climate computers control heating, vents, screens and irrigation in every house at
        Brackenholt and Saltfleet. At Morley Cross the growers set heating and vents by hand on each house's panel.

        ## Energy

        Gas is metered once for each nursery, so the heat used by a single block is an estimate.
        The Saltfleet grid connection is 1 MVA. Heat pumps for Blocks C and D together would need 2.5 MVA, and the network operator's last quote for that was 14 months.

        ## Wi-Fi

        Wi-Fi covers the offices, packing sheds and despatch yards at all three nurseries, but the glasshouses are out of range for handheld scanners.
        """
    ),
    "measures/numbers-we-track.md": doc(
        """
        # Numbers we track

        - **Peat-free lines**: lines grown in a peat-free mix / all lines in the catalogue. Head Grower. 2027 season: 18%.
        - **Gas per square metre**: kWh of gas burned / m² of glass heated, January to December. Engineering and Energy Manager. 2027: 310 kWh.
        - **Transplanting rate**: plants transplanted / labour hours on the transplanting lines. Production Manager. 2027: 1,150. Labour is booked to the nursery, so the hours on each line are worked out from the shift rota.
        - **Online orders**: garden-centre orders placed online / all orders. Sales Director. 2027: 0%.
        - **Trolleys lost**: CC trolleys sent out and not back by the end of the season. Logistics and Despatch Manager. 2027: 2,900. Trolleys are counted by hand at each nursery on the last Friday of the month, and the counts reach the Logistics and Despatch Manager the following week.
        - **Plugs discarded**: plugs thrown away before sale / plugs sown. Head Grower. 2027: 14%.
        """
    ),
    "context/season-notes.txt": doc(
        """
        SEASON NOTES
        From the Head Grower and the Production Manager, for the Greener Glass plan. August 2027.

        The selling season runs from February to June, and nearly two thirds of the year's sales go out in those five months.

        Our growing-media supplier makes two peat-free mixes at volume; a third mix would be on a 16-week lead time.

        Our peat-free trials so far have covered 6 lines at Brackenholt, over the 2026 spring season.

        The Grower Academy, run by the People and Training Manager, trains new growers and pickers before each season and holds winter courses on crop protection and watering.

        Plant passports for every trolley are printed from GrowPlan at despatch.
        """
    ),
}


def write_org(case_dir: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the dev11 folder by default)."""
    save_pdf(
        build_varne(),
        root / "varne-courts" / "swifter-justice-2032-vcsb-27-41.pdf",
        "VCSB 27/41 Swifter Justice 2032",
    )
    save(
        build_gannow(),
        root / "gannow-pike-construction" / "build-right-2029-exec-board.pptx",
        "Gannow Pike Ltd, Build Right Programme",
        "Build Right 2029",
    )
    save(
        build_brackenholt(),
        root / "brackenholt-young-plants" / "greener-glass-2030-board.pptx",
        "Brackenholt Young Plants Ltd",
        "Greener Glass 2030",
    )
    write_org(root / "varne-courts", {**VARNE, "people/posts-and-remits.docx": varne_roster_docx()})
    write_org(
        root / "gannow-pike-construction",
        {**GANNOW, "people/build-right-who-does-what.xlsx": gannow_roster_xlsx()},
    )
    write_org(root / "brackenholt-young-plants", BRACKENHOLT)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
