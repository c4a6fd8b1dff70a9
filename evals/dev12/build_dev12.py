# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev12 eval set's decks, deterministically.

Run from the repository root:  .venv/bin/python evals/dev12/build_dev12.py [out-folder]

Writes, under ``evals/dev12/<name>/`` (or the folder given), each case's deck:

- ``tarnside-buses``: a regional bus operator's OKR deck as Google Slides exports it to a
  16:9 landscape PDF (fpdf2, core Helvetica): every line a positioned text run, labels and
  values in separate runs, two-column slides, objectives with numbered key results (KR1.1
  ...), initiatives with a "DRI:" each, a quarterly OKR table, a quarter grid with phase bars
  and checkpoint diamonds, and a footer on every page;
- ``wrenfield-learning-trust``: a multi-academy trust's strategy printed on A3 landscape
  (PPTX): a strategy house on one dense slide (roof, four pillars, foundations), a balanced
  scorecard of four small native tables, a roadmap as a native table with school terms as
  columns and a swimlane per pillar (phase and review-point rows with merged cells);
- ``ashwell-valley-water``: a water company's consultancy-style 16:9 PPTX: full-sentence
  action titles, "So what" callouts, source footnotes, four moves drawn as nested group
  shapes (groups in groups), a chevron roadmap with the financial-year quarters under each
  chevron and decision-gate diamonds, the measures in a native table with a RAG column, and
  an appendix of backup slides.

The org folders are plain text and Markdown, written by hand; this script never touches
them, nor any ``gold.json``. Re-running it rewrites the decks byte for byte: fixed ZIP entry
times and document dates in the PPTX files, a fixed creation date in the PDF.

This is a DEVELOPMENT set (split "dev12"): the engine may be tuned on it. See
evals/dev12/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 11, 22, 9, 0, 0)
FIXED_W3C = "2027-11-22T09:00:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 11, 29, 14, 12, 0, tzinfo=dt.UTC)
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
    align=None,
):
    shape = shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(color)
    if line_color is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = rgb(line_color)
    if lines:
        write_lines(shape.text_frame, lines, size, bold, text_color, font, align)
    else:
        shape.text_frame.text = ""
    return shape


def table(
    shapes,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    top: float,
    left: float,
    size: float = 12,
    row_h: float = 0.4,
    head_fill: tuple[int, int, int] | None = None,
    head_text: tuple[int, int, int] = (255, 255, 255),
    font: str | None = None,
    body_fill: tuple[int, int, int] | None = None,
    head_h: float | None = None,
):
    """A native table; a cell's text may hold several paragraphs (split on newlines)."""
    shape = shapes.add_table(
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
        shape.table.rows[r].height = Inches(head_h if r == 0 and head_h else row_h)
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            if r == 0 and head_fill is not None:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(head_fill)
            elif r > 0 and body_fill is not None:
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(body_fill)
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0
                    if r == 0 and head_fill is not None:
                        run.font.color.rgb = rgb(head_text)
                    if font is not None:
                        run.font.name = font
    return shape


def save(prs: PresentationType, path: Path, author: str, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.title = title
    prs.core_properties.revision = 7
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# =========================================================================== Tarnside (PDF)
# A Google Slides deck downloaded as PDF: 16:9 at 10 x 5.625 inches, every line of a text
# box a positioned run, a label and its value often separate runs, bullets drawn as dots,
# a footer and a page number on every page but the cover.

GS_W, GS_H = 254.0, 142.875
TB_PURPLE = (68, 36, 112)
TB_YELLOW = (250, 190, 20)
TB_INK = (45, 45, 52)
TB_GREY = (120, 120, 132)
TB_PALE = (243, 240, 248)
TB_FOOTER = "Tarnside Buses  ·  Every Stop Counts: OKRs 2028-2029  ·  Board, 7 December 2027"


class SlidesPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format=(GS_H, GS_W))
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("Skia/PDF m121 Google Docs Renderer")
        self.set_creator("Google Slides")
        self.set_author("")

    # ---- primitives: one positioned run per call
    def run(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10,
        style: str = "",
        color: tuple[int, int, int] = TB_INK,
    ) -> float:
        self.set_font("helvetica", style, size)
        self.set_text_color(*color)
        self.text(x, y, text)
        return x + self.get_string_width(text)

    def runs(self, x: float, y: float, parts: Sequence[tuple[str, float, str, tuple]]) -> float:
        for text, size, style, color in parts:
            x = self.run(x, y, text, size, style, color)
        return x

    def wrap(self, text: str, width: float, size: float, style: str = "") -> list[str]:
        self.set_font("helvetica", style, size)
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

    def block(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 10,
        style: str = "",
        color: tuple[int, int, int] = TB_INK,
        lead: float | None = None,
    ) -> float:
        lead = lead or size * 0.45
        for line in self.wrap(text, width, size, style):
            self.run(x, y, line, size, style, color)
            y += lead
        return y

    def dot(self, x: float, y: float, color: tuple[int, int, int] = TB_PURPLE) -> None:
        self.set_fill_color(*color)
        self.ellipse(x, y - 1.6, 1.5, 1.5, style="F")

    def bullets(
        self,
        x: float,
        y: float,
        width: float,
        items: Sequence[str],
        size: float = 10,
        gap: float = 1.8,
        color: tuple[int, int, int] = TB_INK,
    ) -> float:
        for item in items:
            self.dot(x, y)
            y = self.block(x + 4, y, width - 4, item, size, "", color) + gap
        return y

    def diamond(self, cx: float, cy: float, r: float, color: tuple[int, int, int]) -> None:
        self.set_fill_color(*color)
        self.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], style="F")

    # ---- page furniture
    def page_start(self, title: str, eyebrow: str | None = None) -> None:
        self.add_page()
        self.set_fill_color(*TB_PURPLE)
        self.rect(0, 0, 5, GS_H, style="F")
        if eyebrow:
            self.run(14, 13, eyebrow, 8, "B", TB_PURPLE)
        self.run(14, 22, title, 19, "B", TB_INK)
        self.set_fill_color(*TB_YELLOW)
        self.rect(14, 25.5, 22, 1.1, style="F")
        self.run(14, GS_H - 5, TB_FOOTER, 6.5, "", TB_GREY)
        self.run(GS_W - 12, GS_H - 5, str(self.page_no()), 7, "", TB_GREY)

    def card(self, x: float, y: float, w: float, h: float, fill=TB_PALE) -> None:
        self.set_fill_color(*fill)
        self.rect(x, y, w, h, style="F", round_corners=True, corner_radius=2)


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


def tb_objective(
    pdf: SlidesPDF,
    number: int,
    name: str,
    why: str,
    krs: Sequence[tuple[str, str, str]],
    initiatives: Sequence[tuple[str, str]],
    owner: str,
) -> None:
    pdf.page_start(name, f"OBJECTIVE {number}")
    # left column: why, owner and the key results
    pdf.block(14, 35, 92, why, 10, "I", TB_GREY, 4.6)
    pdf.runs(14, 58, [("Objective owner: ", 9, "B", TB_PURPLE), (owner, 9, "", TB_INK)])
    pdf.run(14, 68, "Key results", 11, "B", TB_PURPLE)
    y = 76.0
    for code, label, line in krs:
        pdf.card(14, y - 5, 92, 17)
        pdf.runs(17, y, [(code, 9.5, "B", TB_PURPLE), ("  " + label, 9.5, "B", TB_INK)])
        pdf.block(17, y + 5.5, 86, line, 9, "", TB_INK, 4.2)
        y += 21
    # right column: initiatives, each with its DRI
    pdf.run(122, 35, "Initiatives (what we commit to do)", 11, "B", TB_PURPLE)
    y = 43.0
    for text, dri in initiatives:
        pdf.dot(122, y)
        y = pdf.block(126, y, 114, text, 9.5, "", TB_INK, 4.4)
        pdf.runs(126, y, [("DRI: ", 8, "B", TB_PURPLE), (dri, 8, "", TB_GREY)])
        y += 6.4


def build_tarnside() -> SlidesPDF:
    pdf = SlidesPDF()

    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*TB_PURPLE)
    pdf.rect(0, 0, GS_W, GS_H, style="F")
    pdf.set_fill_color(*TB_YELLOW)
    pdf.rect(18, 74, 40, 1.6, style="F")
    pdf.run(18, 28, "TARNSIDE BUSES", 13, "B", TB_YELLOW)
    pdf.run(18, 54, "Every Stop Counts", 38, "B", (255, 255, 255))
    pdf.run(18, 67, "Our OKRs for 2028 and 2029", 18, "", (255, 255, 255))
    pdf.run(18, 92, "Board meeting  ·  7 December 2027", 12, "", (225, 215, 240))
    pdf.run(
        18,
        100,
        "Presented by the Managing Director and the Transformation Lead",
        11,
        "",
        (225, 215, 240),
    )
    pdf.run(18, 126, "Tarnside Buses Ltd, a Wolds Travel Group company", 8, "", (190, 175, 215))

    # 2 summary
    pdf.page_start("Every Stop Counts in one page", "SUMMARY")
    y = pdf.block(
        14,
        38,
        128,
        "Every Stop Counts is how we get Tarnshire back on the bus. For the two years from "
        "January 2028 to December 2029 we set four objectives and six key results (KRs), and "
        "we score each KR every quarter.",
        11,
        "",
        TB_INK,
        5.2,
    )
    y = pdf.block(
        14,
        y + 3,
        128,
        "It runs in three phases: Fix the basics (January to September 2028), Roll out "
        "(October 2028 to June 2029) and Grow (July to December 2029), with a Board "
        "checkpoint at the end of each.",
        11,
        "",
        TB_INK,
        5.2,
    )
    y = pdf.block(
        14,
        y + 3,
        128,
        "We start on one route: the Route 7 pilot from Kelder depot, April to September "
        "2028, before we touch the rest of the network.",
        11,
        "",
        TB_INK,
        5.2,
    )
    pdf.block(
        14,
        y + 3,
        128,
        "Each initiative has one DRI (directly responsible individual). The Managing "
        "Director sponsors the programme and the Transformation Lead runs it.",
        11,
        "",
        TB_INK,
        5.2,
    )
    for i, (big, small) in enumerate(
        [
            ("4 objectives", "6 key results, scored quarterly"),
            ("24 months", "January 2028 to December 2029"),
            ("£11.1m", "over the two years, £8.7m of it capital"),
            ("1 pilot", "Route 7, Kelder to Marsden Cross"),
        ]
    ):
        top = 34 + i * 22
        pdf.card(156, top, 84, 18)
        pdf.run(161, top + 8, big, 15, "B", TB_PURPLE)
        pdf.run(161, top + 14, small, 8.5, "", TB_INK)

    # 3 where we are
    pdf.page_start("Where we are: 2027 in numbers", "STARTING POINT")
    figures = [
        ("212", "buses, 61 routes and 5 depots"),
        ("391,000", "trips a week in autumn 2027 (462,000 in autumn 2019)"),
        ("78%", "of departures left their timing point on time (year to September 2027)"),
        ("3.1%", "of scheduled kilometres were not run; two thirds for want of a driver"),
        ("1 in 4", "drivers left us in the year to September 2027"),
        ("13", "battery-electric buses, all at Kelder"),
        ("81%", "of those asked in the autumn 2027 county survey were satisfied overall"),
        ("£48m", "turnover in 2026/27, 38% of it from concessionary and council payments"),
    ]
    for i, (big, label) in enumerate(figures):
        col, rank = i % 2, i // 2
        x = 14 + col * 118
        yy = 42 + rank * 21
        pdf.run(x, yy, big, 17, "B", TB_PURPLE)
        pdf.block(x + 32, yy - 3, 80, label, 9.5, "", TB_INK, 4.4)
    pdf.run(
        14,
        128,
        "Sources: BusTrack, FareBox and RunCutter extracts, October 2027; Tarnshire County "
        "Council bus passenger survey, autumn 2027.",
        7,
        "I",
        TB_GREY,
    )

    # 4 what is in the way
    pdf.page_start("What is getting in the way", "STARTING POINT")
    pdf.run(14, 36, "What passengers and drivers told us", 11, "B", TB_PURPLE)
    quotes = [
        ('"The 7 is either two at once or none for forty minutes."', "Passenger, Marsden Cross"),
        (
            '"I do a 6am start, a four-hour break and finish at 8pm. My kids never see me."',
            "Driver, Eastwick depot",
        ),
        ('"The app tells me a bus is due when it left the depot late."', "Passenger, Pellham"),
    ]
    y = 45.0
    for text, who in quotes:
        y = pdf.block(14, y, 104, text, 10, "I", TB_INK, 4.6)
        pdf.run(14, y, who, 8, "", TB_GREY)
        y += 9
    pdf.run(132, 36, "What the numbers say", 11, "B", TB_PURPLE)
    pdf.bullets(
        132,
        45,
        108,
        [
            "Split shifts make up 46% of driver duties; most of our leavers worked them.",
            "Running times on the 14 busiest routes were last set in 2019, before the "
            "Kelder Road works.",
            "A third of the time lost on Route 7 is spent at six junctions on Kelder Road.",
            "Our oldest buses at Eastwick are 17 years old and fail their annual test "
            "twice as often as the fleet average.",
        ],
        10,
    )

    # 5 north star
    pdf.page_start("Our North Star", "WHERE WE ARE GOING")
    pdf.card(14, 34, 226, 30, (248, 244, 228))
    pdf.block(
        20,
        45,
        214,
        "A bus network that Tarnshire can set its watch by, and is proud to use.",
        17,
        "B",
        TB_PURPLE,
        7.5,
    )
    pdf.run(14, 76, "What that means by the end of 2029", 11, "B", TB_PURPLE)
    pdf.block(
        14,
        85,
        226,
        "By December 2029, every town in Tarnshire with more than 5,000 people will have "
        "a bus at least every 20 minutes between 7am and 7pm, Monday to Saturday.",
        12,
        "",
        TB_INK,
        5.6,
    )
    pdf.block(
        14,
        104,
        226,
        "Today 4 of the county's 11 towns of that size have one: Kelder, Eastwick, "
        "Marsden Cross and Thornby.",
        10,
        "I",
        TB_GREY,
        4.6,
    )

    # 6 OKRs at a glance
    pdf.page_start("2028-2029 OKRs at a glance", "OBJECTIVES AND KEY RESULTS")
    glance = [
        (
            "O1  Buses that turn up",
            [
                ("KR1.1", "On-time departures: 78% to 88% by Q4 2029"),
                ("KR1.2", "Lost mileage: 3.1% to 1.0% by Q4 2029"),
            ],
        ),
        (
            "O2  A network people choose",
            [
                ("KR2.1", "Weekly passenger journeys: 391,000 to 450,000 by Q4 2029"),
                ("KR2.2", "Passenger satisfaction: 81% to 90% by Q4 2029"),
            ],
        ),
        (
            "O3  Drivers who stay",
            [
                ("KR3.1", "Driver turnover: 26% to 12% by Q4 2029"),
            ],
        ),
        (
            "O4  A cleaner fleet",
            [
                ("KR4.1", "Zero-emission buses in service: 13 to 45 by Q4 2029"),
            ],
        ),
    ]
    for i, (objective, krs) in enumerate(glance):
        col, rank = i % 2, i // 2
        x = 14 + col * 116
        yy = 36 + rank * 44
        pdf.card(x, yy, 110, 38)
        pdf.run(x + 4, yy + 8, objective, 11.5, "B", TB_PURPLE)
        ky = yy + 17
        for code, text in krs:
            pdf.runs(x + 4, ky, [(code, 9.5, "B", TB_PURPLE), ("   " + text, 9.5, "", TB_INK)])
            ky += 8
    pdf.run(
        14,
        128,
        "Q4 2029 = October to December 2029. Baselines are the year to September 2027 "
        "(KR2.1: autumn 2027 count; KR2.2: autumn 2027 survey).",
        7,
        "I",
        TB_GREY,
    )

    # 7-10 the four objectives
    tb_objective(
        pdf,
        1,
        "Buses that turn up",
        "Passengers forgive a slow bus more readily than one that does not come. Reliability "
        "comes first, and everything else in this deck depends on it.",
        [
            (
                "KR1.1",
                "On-time departures",
                "Raise on-time departures from 78% to 88% of timetabled departures by Q4 2029.",
            ),
            (
                "KR1.2",
                "Lost mileage",
                "Cut lost mileage from 3.1% to 1.0% of scheduled kilometres by Q4 2029.",
            ),
        ],
        [
            (
                "Re-time the 14 busiest routes to the running times BusTrack records, from the "
                "October 2028 timetable change.",
                "Head of Scheduling",
            ),
            (
                "Put a headway controller on every route that runs every 12 minutes or better, "
                "from 6am to 8pm.",
                "Head of Network Control",
            ),
            (
                "Agree bus priority at 22 junctions with Tarnshire County Council under the "
                "Enhanced Partnership.",
                "Commercial Director",
            ),
            (
                "Keep 12% of buses at every depot as engineering spares, so a failed bus is "
                "replaced within 30 minutes.",
                "Head of Engineering",
            ),
        ],
        "Operations Director",
    )
    tb_objective(
        pdf,
        2,
        "A network people choose",
        "People come back to the bus when it is frequent, easy to pay for and honest about "
        "when it will arrive.",
        [
            (
                "KR2.1",
                "Weekly passenger journeys",
                "Grow weekly passenger journeys from 391,000 to 450,000 by Q4 2029 (autumn count).",
            ),
            (
                "KR2.2",
                "Passenger satisfaction",
                "Lift passenger satisfaction from 81% to 90% satisfied overall by Q4 2029.",
            ),
        ],
        [
            (
                "Run the nine core routes every 20 minutes or better from 7am to 7pm, from the "
                "September 2029 timetable.",
                "Head of Scheduling",
            ),
            (
                "Bring in tap-on, tap-off contactless with daily and weekly capping on every "
                "bus by September 2028.",
                "Commercial Director",
            ),
            (
                "Show live departure times for every stop in the Tarnside app by March 2029.",
                "Head of Data and Systems",
            ),
            (
                "Survey 600 passengers on board every quarter, alongside the county's survey.",
                "Customer Experience Manager",
            ),
        ],
        "Commercial Director",
    )
    tb_objective(
        pdf,
        3,
        "Drivers who stay",
        "Every driver who leaves costs us about £9,000 to replace and a month of lost "
        "mileage. Keeping drivers is cheaper than finding them.",
        [
            (
                "KR3.1",
                "Driver turnover",
                "Bring driver turnover down from 26% to 12% a year by Q4 2029.",
            ),
        ],
        [
            (
                "Replace split shifts with straight duties for 70% of driver duties by June 2029.",
                "Operations Director",
            ),
            (
                "Train 150 new drivers through the Tarnside Driver Academy, in cohorts of 12.",
                "Driver Academy Manager",
            ),
            (
                "Give every new driver a named mentor for their first 12 weeks on the road.",
                "Driver Academy Manager",
            ),
            (
                "Hold an exit interview with every driver who leaves, and a stay interview at "
                "six months' service.",
                "Head of People",
            ),
        ],
        "Operations Director",
    )
    tb_objective(
        pdf,
        4,
        "A cleaner fleet",
        "Our oldest diesels are our least reliable buses and the ones that pass closest to "
        "schools. Replacing them helps O1 as much as the air.",
        [
            (
                "KR4.1",
                "Zero-emission buses in service",
                "Grow zero-emission buses in service from 13 to 45 by Q4 2029.",
            ),
        ],
        [
            ("Bid for government zero-emission bus funding by March 2028.", "Finance Director"),
            (
                "Order 32 battery-electric buses for Eastwick by September 2028, for delivery "
                "from July 2029.",
                "Head of Engineering",
            ),
            (
                "Install overnight chargers for 32 buses at Eastwick depot by June 2029.",
                "Head of Engineering",
            ),
            (
                "Train every Eastwick driver to drive an electric bus before the first one "
                "arrives.",
                "Driver Academy Manager",
            ),
        ],
        "Head of Engineering",
    )

    # 11 quarterly OKR table
    pdf.page_start("Quarterly OKR targets", "HOW WE SCORE")
    cols = [
        ("Key result", 70),
        ("Baseline", 24),
        ("Q2 2028", 22),
        ("Q4 2028", 22),
        ("Q2 2029", 22),
        ("Q4 2029", 22),
        ("DRI", 44),
    ]
    rows = [
        ["KR1.1 On-time departures", "78%", "80%", "83%", "86%", "88%", "Operations Director"],
        ["KR1.2 Lost mileage", "3.1%", "2.6%", "2.0%", "1.4%", "1.0%", "Operations Director"],
        [
            "KR2.1 Weekly passenger journeys",
            "391,000",
            "-",
            "412,000",
            "-",
            "450,000",
            "Commercial Director",
        ],
        [
            "KR2.2 Passenger satisfaction",
            "81%",
            "82%",
            "84%",
            "87%",
            "90%",
            "Customer Experience Manager",
        ],
        ["KR3.1 Driver turnover", "26%", "24%", "20%", "16%", "12%", "Head of People"],
        [
            "KR4.1 Zero-emission buses in service",
            "13",
            "13",
            "13",
            "13",
            "45",
            "Head of Engineering",
        ],
    ]
    x0, y = 14.0, 36.0
    pdf.set_fill_color(*TB_PURPLE)
    pdf.rect(x0, y, sum(w for _, w in cols), 9, style="F")
    x = x0
    for head, w in cols:
        pdf.run(x + 2, y + 6, head, 9, "B", (255, 255, 255))
        x += w
    y += 9
    for n, row in enumerate(rows):
        if n % 2 == 0:
            pdf.set_fill_color(*TB_PALE)
            pdf.rect(x0, y, sum(w for _, w in cols), 10, style="F")
        x = x0
        for value, (_, w) in zip(row, cols, strict=True):
            pdf.run(x + 2, y + 6.5, value, 8.8, "B" if value == row[0] else "", TB_INK)
            x += w
        y += 10
    pdf.block(
        14,
        y + 8,
        226,
        "Each quarter the DRI scores every KR from 0.0 to 1.0 against that quarter's target. "
        "0.7 or better is on track; below 0.4 goes to the next monthly check-in with a "
        "recovery plan. KR2.1 is counted in spring and autumn only.",
        9,
        "",
        TB_INK,
        4.4,
    )

    # 12 roadmap
    pdf.page_start("Roadmap: eight quarters, three phases, three checkpoints", "ROADMAP")
    quarters = [
        "Q1 2028",
        "Q2 2028",
        "Q3 2028",
        "Q4 2028",
        "Q1 2029",
        "Q2 2029",
        "Q3 2029",
        "Q4 2029",
    ]
    gx, qw = 48.0, 24.5
    for i, q in enumerate(quarters):
        pdf.set_fill_color(*(TB_PALE if i % 2 == 0 else (233, 228, 242)))
        pdf.rect(gx + i * qw, 32, qw, 86, style="F")
        pdf.run(gx + i * qw + 4, 37, q, 8.5, "B", TB_PURPLE)
    for name, start, end, color in [
        ("FIX THE BASICS", 0, 3, TB_PURPLE),
        ("ROLL OUT", 3, 6, (112, 76, 160)),
        ("GROW", 6, 8, (150, 120, 190)),
    ]:
        pdf.set_fill_color(*color)
        pdf.rect(gx + start * qw + 0.5, 40, (end - start) * qw - 1, 7, style="F")
        pdf.run(gx + start * qw + 5, 45, name, 8.5, "B", (255, 255, 255))
    lanes = [
        (
            "O1 Turn up",
            [
                ("Route 7 pilot", 1, 3, 0),
                ("Re-time 14 routes", 3, 5, 0),
                ("Bus priority, 22 junctions", 2, 6, 1),
            ],
        ),
        (
            "O2 Choose",
            [
                ("Contactless capping", 1, 3, 0),
                ("Live times in app", 3, 5, 1),
                ("20-minute core network", 6, 8, 0),
            ],
        ),
        ("O3 Stay", [("Academy cohorts of 12", 0, 8, 0), ("Straight duties", 3, 6, 1)]),
        (
            "O4 Cleaner",
            [
                ("Funding bid", 0, 1, 0),
                ("Order 32 buses", 2, 3, 1),
                ("Eastwick chargers", 3, 6, 0),
                ("Buses arrive", 6, 8, 1),
            ],
        ),
    ]
    ly = 52.0
    for lane, bars in lanes:
        pdf.run(14, ly + 5, lane, 8.5, "B", TB_INK)
        row_y = ly
        for text, start, end, k in bars:
            yy = row_y + k * 8
            pdf.set_fill_color(*TB_YELLOW)
            pdf.rect(gx + start * qw + 1, yy, (end - start) * qw - 2, 6.4, style="F")
            pdf.run(gx + start * qw + 2.5, yy + 4.5, text, 7.2, "", TB_INK)
        ly += 16.5
    for label, pos in [("CP1", 3), ("CP2", 6), ("CP3", 8)]:
        pdf.diamond(gx + pos * qw, 43.5, 3.4, TB_YELLOW)
        pdf.run(gx + pos * qw - 3, 31, label, 7.5, "B", TB_INK)
    pdf.run(
        14,
        124,
        "CP1 October 2028: Route 7 pilot go/no-go  ·  CP2 June 2029: 20-minute core network "
        "go/no-go  ·  CP3 December 2029: close-out and 2030 OKRs",
        8,
        "",
        TB_INK,
    )
    pdf.run(
        14,
        129.5,
        "Checkpoints are decided at the Board meeting that follows them.",
        7,
        "I",
        TB_GREY,
    )

    # 13 pilot
    pdf.page_start("Pilot: Route 7, Kelder to Marsden Cross", "PILOT")
    pdf.run(14, 35, "Where and when", 10.5, "B", TB_PURPLE)
    y = pdf.block(
        14,
        41,
        104,
        "Route 7 and 7A, run from Kelder depot: 46 stops, 11 buses in service, a bus every "
        "12 minutes. From the April 2028 timetable change to the end of September 2028.",
        9.5,
        "",
        TB_INK,
        4.4,
    )
    pdf.run(14, y + 4, "What changes", 10.5, "B", TB_PURPLE)
    y = pdf.bullets(
        14,
        y + 10,
        104,
        [
            "A re-timed timetable built from BusTrack running times",
            "A headway controller for Route 7 from 6am to 8pm",
            "Bus priority at the six Kelder Road junctions",
            "Straight duties for the Route 7 drivers who volunteer for them",
            "Live departure times at all 46 stops and in the Tarnside app",
        ],
        9.5,
        1.2,
    )
    pdf.run(14, y + 3, "Compared with", 10.5, "B", TB_PURPLE)
    pdf.block(
        14,
        y + 9,
        104,
        "Route 12 from Eastwick, a similar corridor left as it is.",
        9.5,
        "",
        TB_INK,
        4.4,
    )
    pdf.card(130, 31, 110, 62)
    pdf.run(134, 39, "It works if, by the end of September 2028:", 10.5, "B", TB_PURPLE)
    pdf.bullets(
        134,
        47,
        102,
        [
            "on-time departures on Route 7 reach 85% (71% today)",
            "lost mileage on Route 7 stays under 1.5%",
            "Route 7 carries 5% more passengers than in autumn 2027",
            "sickness absence among Route 7 drivers is no higher than in 2027",
        ],
        9.5,
        1.6,
    )
    pdf.card(130, 98, 110, 24, (248, 244, 228))
    pdf.run(134, 106, "Decision at CP1 (Board, 10 October 2028):", 9.5, "B", TB_INK)
    pdf.block(
        134,
        112,
        102,
        "roll the package out to the other 13 busiest routes, run Route 7 for another "
        "quarter, or stop.",
        9.5,
        "",
        TB_INK,
        4.4,
    )

    # 14 first 90 days
    pdf.page_start("First 90 days: January to March 2028", "GETTING STARTED")
    first = [
        (
            "Wk 1",
            "Hold the first monthly OKR check-in and confirm a DRI for every KR",
            "Transformation Lead",
        ),
        (
            "Wk 2",
            "Open talks with Unite on straight duties for Route 7 volunteers",
            "Operations Director",
        ),
        ("Wk 2-6", "Agree the 2027 baseline for all six key results", "Head of Data and Systems"),
        (
            "Wk 3",
            "Register the re-timed Route 7 timetable with the Traffic Commissioner",
            "Head of Scheduling",
        ),
        (
            "Wk 4",
            "Apply to Wolds Electricity Networks for the Eastwick grid connection",
            "Head of Engineering",
        ),
        ("Wk 6", "Submit the zero-emission bus funding bid", "Finance Director"),
        (
            "Wk 8",
            "Sign the Kelder Road bus priority schedule with the County Council",
            "Commercial Director",
        ),
        ("Wk 9", "Start the first Driver Academy cohort of 12", "Driver Academy Manager"),
        ("Wk 12", "Route 7 pilot readiness review", "Transformation Lead"),
    ]
    y = 37.0
    for week, text, dri in first:
        pdf.run(14, y, week, 9.5, "B", TB_PURPLE)
        pdf.run(34, y, text, 9.5, "", TB_INK)
        pdf.run(190, y, dri, 8.5, "", TB_GREY)
        pdf.set_draw_color(220, 214, 232)
        pdf.line(14, y + 3, 240, y + 3)
        y += 9.6

    # 15 costs
    pdf.page_start("What it costs", "INVESTMENT")
    cost_cols = [("Item", 104), ("2028", 26), ("2029", 26), ("Total", 26)]
    cost_rows = [
        ["32 battery-electric buses, net of grant", "£1.9m", "£4.5m", "£6.4m"],
        ["Eastwick chargers and grid connection", "£0.8m", "£1.5m", "£2.3m"],
        ["Driver Academy: two more instructors, two training buses", "£0.5m", "£0.4m", "£0.9m"],
        ["Bus priority, our share of 22 junctions", "£0.2m", "£0.2m", "£0.4m"],
        ["Live times in the app, headway control and data", "£0.3m", "£0.2m", "£0.5m"],
        ["Programme team and on-board survey", "£0.3m", "£0.3m", "£0.6m"],
        ["Total", "£4.0m", "£7.1m", "£11.1m"],
    ]
    x0, y = 14.0, 36.0
    pdf.set_fill_color(*TB_PURPLE)
    pdf.rect(x0, y, 182, 9, style="F")
    x = x0
    for head, w in cost_cols:
        pdf.run(x + 2, y + 6, head, 9, "B", (255, 255, 255))
        x += w
    y += 9
    for row in cost_rows:
        x = x0
        bold = "B" if row[0] == "Total" else ""
        for value, (_, w) in zip(row, cost_cols, strict=True):
            pdf.run(x + 2, y + 6.5, value, 9, bold, TB_INK)
            x += w
        pdf.set_draw_color(220, 214, 232)
        pdf.line(x0, y + 10, x0 + 182, y + 10)
        y += 10
    pdf.block(
        14,
        y + 7,
        226,
        "Capital is £8.7m (buses and chargers). The grant assumed is 60% of the price gap "
        "between an electric and a diesel bus. Savings of about £0.6m a year in fuel and "
        "maintenance start once the Eastwick buses are in service.",
        9,
        "",
        TB_INK,
        4.4,
    )

    # 16 risks
    pdf.page_start("Risks and how we will handle them", "RISKS")
    risk_cols = [("Risk", 70), ("L", 10), ("I", 10), ("What we will do", 100), ("DRI", 36)]
    risk_rows = [
        [
            "Unite does not agree straight duties",
            "M",
            "H",
            "Start with Route 7 volunteers and share the pilot's sickness and overtime figures",
            "Operations Director",
        ],
        [
            "Eastwick grid connection is late",
            "H",
            "H",
            "Apply in week 4; keep the 13 Kelder buses and 6 of the new ones charging at Kelder",
            "Head of Engineering",
        ],
        [
            "County committee delays bus priority",
            "M",
            "M",
            "Re-time Route 7 anyway; take the six junctions to committee in March 2028",
            "Commercial Director",
        ],
        [
            "Too few recruits for the Academy",
            "M",
            "H",
            "Recruit in the local jobcentres and from our own conductors and cleaners",
            "Head of People",
        ],
        [
            "Zero-emission funding bid fails",
            "L",
            "H",
            "Lease 16 buses instead of buying 32, and reset KR4.1 at CP1",
            "Finance Director",
        ],
    ]
    x0, y = 14.0, 34.0
    pdf.set_fill_color(*TB_PURPLE)
    pdf.rect(x0, y, 226, 9, style="F")
    x = x0
    for head, w in risk_cols:
        pdf.run(x + 2, y + 6, head, 9, "B", (255, 255, 255))
        x += w
    y += 9
    for row in risk_rows:
        cells = [pdf.wrap(v, w - 4, 8.5) for v, (_, w) in zip(row, risk_cols, strict=True)]
        height = max(len(c) for c in cells) * 4.2 + 4
        x = x0
        for lines, (_, w) in zip(cells, risk_cols, strict=True):
            for k, line in enumerate(lines):
                pdf.run(x + 2, y + 5.5 + k * 4.2, line, 8.5, "", TB_INK)
            x += w
        pdf.set_draw_color(220, 214, 232)
        pdf.line(x0, y + height, x0 + 226, y + height)
        y += height
    pdf.run(14, y + 6, "L = likelihood, I = impact: H high, M medium, L low.", 7, "I", TB_GREY)

    # 17 governance
    pdf.page_start("How we will run it", "GOVERNANCE")
    pdf.bullets(
        14,
        38,
        110,
        [
            "Sponsor: the Managing Director, who chairs the monthly OKR check-in and makes "
            "the call at each checkpoint.",
            "The Transformation Lead runs the programme, keeps the OKR scorecard and writes "
            "the checkpoint papers.",
            "Every initiative has one DRI. A DRI who is off track brings a recovery plan to "
            "the check-in.",
            "The Board scores the KRs every quarter and ratifies each checkpoint decision.",
            "Capital over £1m goes to the Wolds Travel Group Investment Committee.",
        ],
        10,
        2.4,
    )
    pdf.card(134, 34, 106, 80)
    pdf.run(139, 43, "Rhythm", 11, "B", TB_PURPLE)
    for i, (when, what) in enumerate(
        [
            ("Weekly", "Depot stand-ups on lost mileage"),
            ("Monthly", "OKR check-in, first Tuesday"),
            ("Quarterly", "KR scoring at the Board"),
            ("Checkpoints", "October 2028, June 2029, December 2029"),
        ]
    ):
        pdf.run(139, 54 + i * 13, when, 9.5, "B", TB_INK)
        pdf.run(139, 59.5 + i * 13, what, 9.5, "", TB_INK)

    # 18 asks
    pdf.page_start("What we ask of the Board today", "DECISIONS")
    asks = [
        "Approve Every Stop Counts: four objectives and six key results for 2028-2029.",
        "Approve £11.1m over 2028 and 2029, and support the £8.7m capital request to the "
        "Wolds Travel Group Investment Committee.",
        "Approve Route 7 as the pilot, April to September 2028.",
        "Note that straight duties need agreement with Unite before they start.",
    ]
    y = 40.0
    for i, ask in enumerate(asks, start=1):
        pdf.run(14, y, str(i), 16, "B", TB_YELLOW)
        y = pdf.block(26, y, 200, ask, 12, "", TB_INK, 5.6) + 7
    return pdf


# =========================================================================== Wrenfield (A3 PPTX)
# A trust's strategy as the central team prints it: A3 landscape slides, dense, a strategy
# house on one page (roof, ridge, pillars, foundations, base), then supporting pages. Each
# pillar in the house is a group holding a header group and a body group.

A3_W, A3_H = 16.54, 11.69
WF_TEAL = (0, 98, 105)
WF_CORAL = (226, 104, 74)
WF_SLATE = (38, 56, 80)
WF_PALE = (232, 243, 243)
WF_SAND = (250, 244, 232)
WF_INK = (35, 38, 45)
WF_GREY = (115, 120, 128)
WF_HEAD = "Trebuchet MS"
WF_FONT = "Verdana"
WF_FOOTER = "Strong Schools, Bright Futures 2028-2031  ·  Trust Board, 4 July 2028  ·  For approval"


def wf_page(prs: PresentationType, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(
        slide.shapes, 0.6, 0.35, 8, 0.35, ["WRENFIELD LEARNING TRUST"], 11, True, WF_TEAL, WF_HEAD
    )
    text_box(slide.shapes, 0.6, 0.7, 15.3, 0.8, [title], 30, True, WF_SLATE, WF_HEAD)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.5, 15.34, 0.05, WF_CORAL)
    text_box(slide.shapes, 0.6, 11.15, 12, 0.35, [WF_FOOTER], 10, False, WF_GREY, WF_FONT)
    text_box(
        slide.shapes,
        14.4,
        11.15,
        1.55,
        0.35,
        [f"Page {number}"],
        10,
        False,
        WF_GREY,
        WF_FONT,
        PP_ALIGN.RIGHT,
    )
    return slide


def wf_pillar_group(
    shapes,
    x: float,
    y: float,
    w: float,
    h: float,
    number: str,
    name: str,
    goal: str,
    items: Sequence[str],
    lead: str,
) -> None:
    outer = shapes.add_group_shape()
    head = outer.shapes.add_group_shape()
    filled(head.shapes, MSO_SHAPE.RECTANGLE, x, y, w, 0.95, WF_TEAL)
    filled(
        head.shapes,
        MSO_SHAPE.OVAL,
        x + 0.12,
        y + 0.17,
        0.6,
        0.6,
        WF_CORAL,
        [number],
        16,
        True,
        (255, 255, 255),
        WF_HEAD,
        align=PP_ALIGN.CENTER,
    )
    text_box(
        head.shapes, x + 0.8, y + 0.1, w - 0.9, 0.8, [name], 15, True, (255, 255, 255), WF_HEAD
    )
    body = outer.shapes.add_group_shape()
    filled(body.shapes, MSO_SHAPE.RECTANGLE, x, y + 0.95, w, h - 0.95, WF_PALE)
    text_box(body.shapes, x + 0.1, y + 1.05, w - 0.2, 0.9, [goal], 11, True, WF_SLATE, WF_FONT)
    text_box(
        body.shapes,
        x + 0.1,
        y + 1.95,
        w - 0.2,
        h - 2.6,
        [f"• {t}" for t in items],
        12,
        False,
        WF_INK,
        WF_FONT,
    )
    text_box(
        body.shapes,
        x + 0.1,
        y + h - 0.55,
        w - 0.2,
        0.45,
        [f"Lead: {lead}"],
        10.5,
        True,
        WF_CORAL,
        WF_FONT,
    )


def wf_pillar_detail(
    slide: Slide, x: float, number: str, name: str, goal: str, rows: Sequence[tuple[str, str, str]]
) -> None:
    filled(
        slide.shapes,
        MSO_SHAPE.RECTANGLE,
        x,
        1.85,
        7.5,
        0.8,
        WF_TEAL,
        [f"Pillar {number}  ·  {name}"],
        18,
        True,
        (255, 255, 255),
        WF_HEAD,
    )
    text_box(slide.shapes, x, 2.8, 7.5, 1.0, [goal], 13, False, WF_SLATE, WF_FONT, italic=True)
    table(
        slide.shapes,
        [("What we will do", "Who leads", "By when"), *rows],
        (4.4, 1.9, 1.2),
        3.95,
        x,
        12.5,
        1.1,
        WF_SLATE,
        font=WF_FONT,
        head_h=0.45,
    )


def build_wrenfield() -> PresentationType:
    prs = new_deck(A3_W, A3_H)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, A3_W, A3_H, WF_SLATE)
    filled(s.shapes, MSO_SHAPE.ISOSCELES_TRIANGLE, 9.6, 2.2, 5.6, 2.2, WF_CORAL)
    for k in range(4):
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 9.95 + k * 1.3, 4.6, 0.9, 2.9, WF_TEAL)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 9.6, 7.65, 5.6, 0.55, WF_PALE)
    text_box(s.shapes, 1.0, 1.6, 8, 0.6, ["WRENFIELD LEARNING TRUST"], 20, True, WF_CORAL, WF_HEAD)
    text_box(
        s.shapes,
        1.0,
        3.0,
        8.3,
        2.6,
        ["Strong Schools,", "Bright Futures"],
        54,
        True,
        (255, 255, 255),
        WF_HEAD,
    )
    text_box(
        s.shapes,
        1.0,
        5.9,
        8.3,
        1.0,
        ["Our trust strategy, September 2028 to August 2031"],
        20,
        False,
        (255, 255, 255),
        WF_FONT,
    )
    text_box(
        s.shapes,
        1.0,
        8.7,
        8.3,
        1.2,
        [
            "Trust Board, 4 July 2028",
            "Paper 6 of 9, for approval. Presented by the Chief Executive Officer",
        ],
        14,
        False,
        (200, 215, 225),
        WF_FONT,
    )
    text_box(
        s.shapes,
        1.0,
        10.6,
        14,
        0.4,
        ["Eleven academies in the Wrenfield valley: eight primary and three secondary"],
        11,
        False,
        (170, 190, 205),
        WF_FONT,
    )

    # 2 strategy on a page: the house
    s = wf_page(prs, "Strategy on a page", 2)
    filled(s.shapes, MSO_SHAPE.ISOSCELES_TRIANGLE, 0.6, 1.75, 15.34, 2.15, WF_CORAL)
    text_box(
        s.shapes,
        4.2,
        2.55,
        8.1,
        0.35,
        ["OUR PROMISE"],
        12,
        True,
        (255, 255, 255),
        WF_HEAD,
        PP_ALIGN.CENTER,
    )
    text_box(
        s.shapes,
        3.6,
        2.9,
        9.3,
        0.95,
        [
            "Every Wrenfield child leaves us a confident, curious learner, ready for the "
            "next step and for life."
        ],
        14,
        True,
        (255, 255, 255),
        WF_FONT,
        PP_ALIGN.CENTER,
    )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.6,
        3.95,
        15.34,
        0.5,
        WF_SLATE,
        ["By July 2031, no child will leave a Wrenfield primary school unable to read fluently."],
        13,
        True,
        (255, 255, 255),
        WF_FONT,
        align=PP_ALIGN.CENTER,
    )
    pillars = [
        (
            "1",
            "Every child a fluent reader",
            "KS2 reading at the expected standard: 67% to 80% by July 2031",
            [
                "One phonics programme in all eight primaries",
                "Daily catch-up for every Year 1 and 2 child who falls behind",
                "Reading-age check for every Year 7 pupil",
                "A reading spine of 40 books for each year group",
            ],
            "Trust Reading Lead",
        ),
        (
            "2",
            "In school, every day",
            "Persistent absence rate: 22.4% to 13% by 2030/31",
            [
                "A call home on the first morning of every unexplained absence",
                "Attendance officers for every school",
                "A family meeting each half-term for every persistently absent pupil",
                "Each school's attendance on the head's desk every Monday",
            ],
            "Director of Inclusion and Attendance",
        ),
        (
            "3",
            "Great people who stay",
            "Teacher turnover: 17% to 10% by 2030/31",
            [
                "A trained mentor for every early career teacher",
                "Flexible working requests answered within four weeks",
                "A stay conversation with every teacher each spring",
                "Three data drops a year, down from six",
            ],
            "Head of People",
        ),
        (
            "4",
            "Sustainable schools",
            "Energy use per pupil: 1,060 to 800 kWh by 2030/31",
            [
                "LED lighting and smart meters in every school",
                "Heat pumps at Fernlea and Brook Street",
                "One energy contract for the trust",
                "Reserves held at 5% of income or more",
            ],
            "Chief Financial and Operating Officer",
        ),
    ]
    for k, (num, name, goal, items, lead) in enumerate(pillars):
        wf_pillar_group(s.shapes, 0.6 + k * 3.9, 4.6, 3.64, 4.55, num, name, goal, items, lead)
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.6,
        9.3,
        15.34,
        0.32,
        WF_SLATE,
        ["FOUNDATIONS"],
        10,
        True,
        (255, 255, 255),
        WF_HEAD,
        align=PP_ALIGN.CENTER,
    )
    for k, (name, line) in enumerate(
        [
            ("One MIS, one set of data", "All eleven schools on Arbor by September 2029"),
            ("Safeguarding first", "An annual safeguarding audit in every school"),
            ("Inclusion for every pupil", "A SEND base in each secondary by September 2030"),
            ("Money that lasts", "A balanced budget in every school, every year"),
        ]
    ):
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            0.6 + k * 3.9,
            9.66,
            3.64,
            0.85,
            WF_SAND,
            [name, line],
            10,
            False,
            WF_INK,
            WF_FONT,
            line_color=(220, 205, 180),
        )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.6,
        10.58,
        15.34,
        0.45,
        WF_TEAL,
        ["Our values:  Kind  ·  Curious  ·  Determined"],
        12,
        True,
        (255, 255, 255),
        WF_HEAD,
        align=PP_ALIGN.CENTER,
    )

    # 3 summary
    s = wf_page(prs, "Summary for trustees", 3)
    text_box(
        s.shapes,
        0.6,
        1.9,
        9.6,
        8.8,
        [
            "Strong Schools, Bright Futures is our strategy for the three school years from "
            "September 2028 to August 2031.",
            "",
            "It rests on four pillars: fluent readers, full attendance, teachers who stay and "
            "schools that cost less to run. Each pillar has one lead and at least one measure "
            "on the trust scorecard.",
            "",
            "It runs in three phases. Lay the roots covers the autumn and spring terms of "
            "2028/29; Grow runs from the summer term 2029 to the end of 2029/30; Flourish is the "
            "2030/31 school year. The Trust Board reviews progress at the end of each.",
            "",
            "We begin with Fluent by Seven, a reading pilot in Years 1 and 2 at Hollins Lane "
            "Primary Academy in the autumn and spring terms.",
            "",
            "The strategy costs £4.11m over three years. £1.31m of it would come from reserves, "
            "which stay above 5% of income throughout.",
        ],
        15,
        False,
        WF_INK,
        WF_FONT,
    )
    for k, (big, small) in enumerate(
        [
            ("4", "pillars, each with one lead"),
            ("6", "scorecard measures, reported every half-term"),
            ("3", "school years, three phases, three review points"),
            ("1", "pilot: Fluent by Seven at Hollins Lane"),
        ]
    ):
        y = 1.95 + k * 2.15
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 10.9, y, 5.04, 1.9, WF_PALE)
        text_box(s.shapes, 11.1, y + 0.1, 1.3, 1.2, [big], 44, True, WF_CORAL, WF_HEAD)
        text_box(s.shapes, 12.3, y + 0.45, 3.5, 1.2, [small], 13, False, WF_INK, WF_FONT)

    # 4 where we stand
    s = wf_page(prs, "Where we stand in 2027/28", 4)
    facts = [
        ("6,240", "pupils in eleven academies: eight primaries and three secondaries"),
        ("67%", "of Year 6 pupils reached the expected standard in reading in 2027 (national 74%)"),
        ("74%", "of Year 1 pupils passed the phonics screening check in June 2027"),
        ("22.4%", "of pupils missed one session in ten or more in 2026/27"),
        ("41", "of our 240 teachers left the trust in 2026/27"),
        ("-0.21", "was our three secondaries' Progress 8 in 2027"),
        ("1,060 kWh", "of gas and electricity used for each pupil in 2026/27"),
        ("£41.6m", "income in 2026/27, with reserves at 6.1% of income"),
    ]
    for k, (big, label) in enumerate(facts):
        col, rank = k % 2, k // 2
        x, y = 0.6 + col * 7.8, 2.0 + rank * 2.1
        filled(
            s.shapes, MSO_SHAPE.RECTANGLE, x, y, 7.5, 1.85, WF_PALE if rank % 2 == 0 else WF_SAND
        )
        text_box(s.shapes, x + 0.2, y + 0.35, 2.6, 1.0, [big], 28, True, WF_TEAL, WF_HEAD)
        text_box(s.shapes, x + 2.9, y + 0.35, 4.4, 1.3, [label], 13, False, WF_INK, WF_FONT)
    text_box(
        s.shapes,
        0.6,
        10.55,
        15,
        0.4,
        [
            "Sources: DfE performance tables 2027; trust attendance returns 2026/27; iTrent "
            "leavers report; energy bills 2026/27; audited accounts 2026/27."
        ],
        10,
        False,
        WF_GREY,
        WF_FONT,
        italic=True,
    )

    # 5 the roof
    s = wf_page(prs, "The roof: our promise for 2031", 5)
    filled(s.shapes, MSO_SHAPE.ISOSCELES_TRIANGLE, 0.6, 1.9, 15.34, 3.0, WF_CORAL)
    text_box(
        s.shapes,
        4.6,
        3.25,
        7.3,
        1.5,
        [
            "Every Wrenfield child leaves us a confident, curious learner, ready for the "
            "next step and for life."
        ],
        18,
        True,
        (255, 255, 255),
        WF_FONT,
        PP_ALIGN.CENTER,
    )
    text_box(
        s.shapes,
        0.6,
        5.3,
        15.3,
        0.5,
        ["What we will hold ourselves to"],
        16,
        True,
        WF_TEAL,
        WF_HEAD,
    )
    text_box(
        s.shapes,
        0.6,
        5.9,
        15.3,
        1.2,
        [
            "By July 2031, no child will leave a Wrenfield primary school unable to read "
            "fluently: every Year 6 pupil will read at least 90 words a minute in the "
            "trust's fluency check."
        ],
        16,
        False,
        WF_INK,
        WF_FONT,
    )
    text_box(
        s.shapes,
        0.6,
        7.5,
        15.3,
        2.6,
        [
            "Why reading: a child who cannot read fluently by eleven struggles in every subject at "
            "secondary school, and is more likely to stop coming.",
            "In the June 2028 fluency check, 79% of our Year 6 pupils read 90 words a minute or "
            "more.",
        ],
        13,
        False,
        WF_GREY,
        WF_FONT,
        italic=True,
    )

    # 6 pillars 1 and 2
    s = wf_page(prs, "Pillars 1 and 2: reading and attendance", 6)
    wf_pillar_detail(
        s,
        0.6,
        "1",
        "Every child a fluent reader",
        "Goal: KS2 reading at the expected standard rises from 67% to 80% by July 2031.",
        [
            (
                "Teach one phonics programme, Little Wandle, in all eight primaries "
                "from September 2029",
                "Trust Reading Lead",
                "Sep 2029",
            ),
            (
                "Give every Year 1 and 2 child who falls behind a daily catch-up "
                "session with a trained adult",
                "Trust Reading Lead",
                "Sep 2029",
            ),
            (
                "Check every Year 7 pupil's reading age in their first three weeks",
                "Director of Education",
                "Every Sept",
            ),
            (
                "Put every Year 7 pupil reading below the age of nine on a catch-up "
                "reading programme",
                "Director of Education",
                "Every Oct",
            ),
            (
                "Build a reading spine of 40 class books for every primary year group",
                "Trust Reading Lead",
                "Jul 2030",
            ),
        ],
    )
    wf_pillar_detail(
        s,
        8.44,
        "2",
        "In school, every day",
        "Goal: the persistent absence rate falls from 22.4% to 13% by 2030/31.",
        [
            (
                "Ring home on the first morning of every unexplained absence, in every school",
                "Director of Inclusion and Attendance",
                "Oct 2028",
            ),
            (
                "Appoint an attendance officer in each secondary and one for each "
                "pair of primaries",
                "Head of People",
                "Apr 2029",
            ),
            (
                "Meet the family of every persistently absent pupil each half-term",
                "Director of Inclusion and Attendance",
                "From Apr 2029",
            ),
            (
                "Send every headteacher their school's attendance each Monday from "
                "Wrenfield Insight",
                "Head of IT and Data",
                "Sep 2029",
            ),
        ],
    )

    # 7 pillars 3 and 4
    s = wf_page(prs, "Pillars 3 and 4: people and resources", 7)
    wf_pillar_detail(
        s,
        0.6,
        "3",
        "Great people who stay",
        "Goal: teacher turnover falls from 17% to 10% a year by 2030/31.",
        [
            (
                "Give every early career teacher a trained mentor, and keep the 10% "
                "timetable cut in their second year",
                "Wrenfield Institute Lead",
                "Sep 2028",
            ),
            (
                "Answer every flexible working request within four weeks, in every school",
                "Head of People",
                "Jan 2029",
            ),
            (
                "Hold a stay conversation with every teacher each spring term",
                "Head of People",
                "Spr 2029",
            ),
            (
                "Cut whole-school data drops from six to three a year",
                "Director of Education",
                "Sep 2029",
            ),
            (
                "Run 20 hours of subject coaching a year for every teacher",
                "Wrenfield Institute Lead",
                "Sep 2029",
            ),
        ],
    )
    wf_pillar_detail(
        s,
        8.44,
        "4",
        "Sustainable schools",
        "Goal: energy use per pupil falls from 1,060 kWh to 800 kWh by 2030/31, "
        "with reserves kept at 5% of income or more.",
        [
            (
                "Fit LED lighting and smart meters in all eleven schools",
                "Estates and Sustainability Manager",
                "Aug 2030",
            ),
            (
                "Replace the gas boilers at Fernlea and Brook Street with air-source heat pumps",
                "Estates and Sustainability Manager",
                "Aug 2030",
            ),
            (
                "Buy gas and electricity for all eleven schools through one trust contract",
                "Chief Financial and Operating Officer",
                "Apr 2029",
            ),
            (
                "Set every school's budget to balance in year, with reserves at 5% "
                "of income or more",
                "Chief Financial and Operating Officer",
                "Each year",
            ),
        ],
    )

    # 8 foundations
    s = wf_page(prs, "Foundations: what holds the house up", 8)
    for k, (name, commit, who) in enumerate(
        [
            (
                "One MIS, one set of data",
                "Move the seven SIMS schools onto Arbor, so all eleven share one MIS by September "
                "2029. Attendance, reading checks and behaviour are then recorded once, the same way.",
                "Head of IT and Data",
            ),
            (
                "Safeguarding first",
                "Run a safeguarding audit in every school each year, and report the findings to the "
                "Trust Board each summer term.",
                "Director of Education",
            ),
            (
                "Inclusion for every pupil",
                "Open a SEND resource base in each secondary by September 2030, with places for "
                "pupils from our primaries first.",
                "Director of Inclusion and Attendance",
            ),
            (
                "Money that lasts",
                "Publish one trust scorecard to the Trust Board every half-term, with each school's "
                "budget position beside its measures.",
                "Strategy Delivery Lead",
            ),
        ]
    ):
        x = 0.6 + (k % 2) * 7.84
        y = 1.95 + (k // 2) * 4.4
        grp = s.shapes.add_group_shape()
        filled(grp.shapes, MSO_SHAPE.RECTANGLE, x, y, 7.5, 4.1, WF_SAND, line_color=(220, 205, 180))
        filled(
            grp.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            y,
            7.5,
            0.75,
            WF_SLATE,
            [name],
            16,
            True,
            (255, 255, 255),
            WF_HEAD,
        )
        text_box(grp.shapes, x + 0.2, y + 1.0, 7.1, 2.2, [commit], 14, False, WF_INK, WF_FONT)
        text_box(
            grp.shapes, x + 0.2, y + 3.4, 7.1, 0.5, [f"Lead: {who}"], 13, True, WF_CORAL, WF_FONT
        )

    # 9 scorecard
    s = wf_page(prs, "Our scorecard: six measures, four perspectives", 9)
    quads = [
        (
            "Pupils and learning",
            [
                ("KS2 reading at the expected standard", "67% (2027)", "80%", "July 2031"),
                ("Year 1 phonics check pass rate", "74% (2027)", "88%", "June 2031"),
                ("Progress 8 score, three secondaries", "-0.21 (2027)", "+0.10", "2031 results"),
            ],
        ),
        (
            "Attendance and belonging",
            [
                ("Persistent absence rate", "22.4% (2026/27)", "13%", "2030/31"),
            ],
        ),
        (
            "Our people",
            [
                ("Teacher turnover", "17% (2026/27)", "10%", "2030/31"),
            ],
        ),
        (
            "Resources and sustainability",
            [
                ("Energy use per pupil", "1,060 kWh (2026/27)", "800 kWh", "2030/31"),
                ("Reserves as a share of income", "6.1% (2026/27)", "5% or more", "Every year"),
            ],
        ),
    ]
    for k, (perspective, rows) in enumerate(quads):
        x = 0.6 + (k % 2) * 7.84
        y = 1.9 + (k // 2) * 4.5
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            y,
            7.5,
            0.6,
            WF_TEAL,
            [perspective],
            15,
            True,
            (255, 255, 255),
            WF_HEAD,
        )
        table(
            s.shapes,
            [("Measure", "Baseline", "Target", "By"), *rows],
            (3.2, 1.7, 1.15, 1.45),
            y + 0.75,
            x,
            12.5,
            0.75,
            WF_PALE,
            WF_SLATE,
            WF_FONT,
            head_h=0.45,
        )
    text_box(
        s.shapes,
        0.6,
        10.6,
        15.3,
        0.4,
        [
            "Reported to the Trust Board every half-term by the Strategy Delivery Lead. "
            "Definitions: scorecard-definitions in the trust handbook."
        ],
        10,
        False,
        WF_GREY,
        WF_FONT,
        italic=True,
    )

    # 10 roadmap
    s = wf_page(prs, "Three-year roadmap, term by term", 10)
    terms = [
        "Aut 2028",
        "Spr 2029",
        "Sum 2029",
        "Aut 2029",
        "Spr 2030",
        "Sum 2030",
        "Aut 2030",
        "Spr 2031",
        "Sum 2031",
    ]
    grid = [
        ["", *terms],
        ["Phase", "Lay the roots", "", "Grow", "", "", "", "Flourish", "", ""],
        [
            "Review points",
            "",
            "RP1 March 2029: Fluent by Seven go/no-go",
            "",
            "",
            "",
            "RP2 July 2030: mid-point review",
            "",
            "",
            "RP3 July 2031: close and next strategy",
        ],
        [
            "1 Fluent readers",
            "Fluent by Seven pilot at Hollins Lane",
            "Pilot runs; mock phonics check",
            "Train staff in the other seven primaries",
            "Little Wandle in all eight primaries\nYear 7 reading-age checks",
            "",
            "Reading spine in every class",
            "",
            "",
            "",
        ],
        [
            "2 Every day",
            "First-morning calls in all 11 schools",
            "",
            "Attendance officers in post\nFamily meetings each half-term",
            "Weekly attendance from Insight",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "3 People who stay",
            "Consult on flexible working",
            "First stay conversations",
            "",
            "Data drops cut to three\nCoaching for every teacher",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "4 Sustainable schools",
            "CIF bids in for heat pumps",
            "One energy contract from April 2029",
            "LED and meters: first six schools",
            "",
            "",
            "Heat pumps at Fernlea and Brook Street\nLED and meters: all 11 schools",
            "",
            "",
            "",
        ],
        [
            "Foundations",
            "Sign the Arbor contract",
            "",
            "Move 7 schools to Arbor over the summer",
            "One MIS in all 11 schools",
            "",
            "",
            "SEND bases in all 3 secondaries",
            "",
            "",
        ],
    ]
    shape = table(s.shapes, grid, (1.9, *([1.49] * 9)), 1.9, 0.6, 10, 0.9, WF_SLATE, font=WF_FONT)
    tbl = shape.table
    tbl.cell(1, 1).merge(tbl.cell(1, 2))
    tbl.cell(1, 3).merge(tbl.cell(1, 6))
    tbl.cell(1, 7).merge(tbl.cell(1, 9))
    for c, color in [(1, WF_CORAL), (3, WF_TEAL), (7, WF_SLATE)]:
        cell = tbl.cell(1, c)
        cell.fill.solid()
        cell.fill.fore_color.rgb = rgb(color)
        for para in cell.text_frame.paragraphs:
            para.alignment = PP_ALIGN.CENTER
            for run in para.runs:
                run.font.bold = True
                run.font.size = Pt(13)
                run.font.color.rgb = rgb((255, 255, 255))
    for c in (2, 6, 9):
        cell = tbl.cell(2, c)
        cell.fill.solid()
        cell.fill.fore_color.rgb = rgb(WF_SAND)
        for para in cell.text_frame.paragraphs:
            for run in para.runs:
                run.font.bold = True
    tbl.rows[0].height = Inches(0.5)
    tbl.rows[1].height = Inches(0.55)
    text_box(
        s.shapes,
        0.6,
        10.35,
        15.3,
        0.7,
        [
            "Terms: autumn runs from September to December, spring from January to Easter, "
            "summer from Easter to late July. Lay the roots is September 2028 to Easter 2029; "
            "Grow is Easter 2029 to August 2030; Flourish is September 2030 to August 2031.",
        ],
        10,
        False,
        WF_GREY,
        WF_FONT,
        italic=True,
    )

    # 11 pilot
    s = wf_page(prs, "The pilot: Fluent by Seven at Hollins Lane", 11)
    left = [
        ("Where", "Hollins Lane Primary Academy, Years 1 and 2: four classes, 118 pupils."),
        ("When", "The autumn and spring terms of 2028/29, from 5 September 2028 to 28 March 2029."),
        (
            "What changes",
            "Little Wandle replaces Read Write Inc in Years 1 and 2. The lowest "
            "fifth of readers get a daily 10-minute catch-up with a trained "
            "teaching assistant. Fluency is checked every fortnight and recorded "
            "in Arbor.",
        ),
        (
            "Compared with",
            "Brook Street Primary Academy, a school with a similar intake that "
            "keeps its current phonics teaching.",
        ),
    ]
    y = 1.95
    for head, text in left:
        text_box(s.shapes, 0.6, y, 2.4, 0.5, [head], 15, True, WF_TEAL, WF_HEAD)
        text_box(s.shapes, 3.0, y, 5.6, 1.9, [text], 14, False, WF_INK, WF_FONT)
        y += 1.9
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 9.0, 1.95, 6.94, 5.4, WF_PALE)
    text_box(
        s.shapes,
        9.2,
        2.1,
        6.5,
        0.5,
        ["It has worked if, by 28 March 2029:"],
        15,
        True,
        WF_SLATE,
        WF_HEAD,
    )
    text_box(
        s.shapes,
        9.2,
        2.85,
        6.5,
        4.4,
        [
            "• 85% or more of Year 1 pass the mock phonics check (72% in March 2028)",
            "• 70% of Year 2 read 90 words a minute (52% in March 2028)",
            "• nine in ten planned catch-up sessions take place",
            "• Hollins Lane staff score their workload no worse than in autumn 2028",
        ],
        15,
        False,
        WF_INK,
        WF_FONT,
    )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        9.0,
        7.6,
        6.94,
        2.4,
        WF_CORAL,
        [
            "Review point 1, Trust Board, 27 March 2029",
            "Take Fluent by Seven to the other seven primaries from the summer term 2029, run it "
            "for one more term at Hollins Lane, or stop.",
        ],
        14,
        False,
        (255, 255, 255),
        WF_FONT,
    )

    # 12 first 100 days
    s = wf_page(prs, "The first 100 days: autumn term 2028", 12)
    halves = [
        (
            "First half-term: 1 September to 20 October",
            [
                "Launch Fluent by Seven at Hollins Lane in the first week of term (Trust Reading "
                "Lead)",
                "Train Hollins Lane's Year 1 and 2 staff in Little Wandle on the 1 September INSET "
                "day (Wrenfield Institute Lead)",
                "Start first-morning calls for every unexplained absence in all eleven schools "
                "(Director of Inclusion and Attendance)",
                "Hold the first Strategy Delivery Group (Chief Executive Officer)",
                "Agree the 2026/27 baselines for the six scorecard measures (Head of IT and Data)",
            ],
        ),
        (
            "Second half-term: 31 October to 8 December",
            [
                "Sign the Arbor contract for the seven SIMS schools (Head of IT and Data)",
                "Advertise the two secondary attendance officer posts (Head of People)",
                "Consult staff and the recognised unions on the flexible working policy (Head of "
                "People)",
                "Submit Condition Improvement Fund bids for the Fernlea and Brook Street heat "
                "pumps (Estates and Sustainability Manager)",
                "Present the first half-termly scorecard to the Trust Board (Strategy Delivery "
                "Lead)",
            ],
        ),
    ]
    for k, (head, items) in enumerate(halves):
        x = 0.6 + k * 7.84
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            1.95,
            7.5,
            0.7,
            WF_TEAL,
            [head],
            14,
            True,
            (255, 255, 255),
            WF_HEAD,
        )
        lines: list[str] = []
        for n, t in enumerate(items, start=1 + 5 * k):
            lines += [f"{n}.  {t}", ""]
        text_box(s.shapes, x, 2.85, 7.5, 7.5, lines, 15, False, WF_INK, WF_FONT)

    # 13 cost and funding
    s = wf_page(prs, "What it costs and how we pay for it", 13)
    table(
        s.shapes,
        [
            ("Area", "2028/29", "2029/30", "2030/31", "Total"),
            ("Reading: licences, books, catch-up staff", "£0.24m", "£0.26m", "£0.20m", "£0.70m"),
            ("Attendance officers (five posts)", "£0.30m", "£0.30m", "£0.30m", "£0.90m"),
            ("Mentoring time and coaching", "£0.25m", "£0.28m", "£0.28m", "£0.81m"),
            ("LED lighting, smart meters, heat pumps", "£0.35m", "£0.90m", "£0.15m", "£1.40m"),
            ("One MIS: Arbor migration and training", "£0.12m", "£0.14m", "£0.04m", "£0.30m"),
            ("Total", "£1.26m", "£1.88m", "£0.97m", "£4.11m"),
        ],
        (6.2, 1.6, 1.6, 1.6, 1.6),
        1.95,
        0.6,
        15,
        0.75,
        WF_SLATE,
        font=WF_FONT,
    )
    text_box(
        s.shapes,
        0.6,
        7.2,
        12.6,
        2.6,
        [
            "Funded by: £1.90m from the central top-slice already in the budget; £0.90m from "
            "Condition Improvement Fund bids for the two heat pumps; £1.31m from reserves.",
            "Reserves stay at 5.2% of income or more in every year of the plan.",
        ],
        14,
        False,
        WF_INK,
        WF_FONT,
    )

    # 14 risks
    s = wf_page(prs, "Risks we are managing", 14)
    table(
        s.shapes,
        [
            ("Risk", "Likelihood", "Impact", "What we will do", "Lead"),
            (
                "Heads see one phonics programme as a loss of their school's say",
                "Medium",
                "High",
                "Pilot first, and let every head visit Hollins Lane before RP1",
                "Director of Education",
            ),
            (
                "Attendance officer posts are hard to fill",
                "Medium",
                "Medium",
                "Offer term-time contracts and train our own support staff for the role",
                "Head of People",
            ),
            (
                "Condition Improvement Fund bids fail",
                "High",
                "Medium",
                "Fit Fernlea first from reserves; bid again in December 2029",
                "Estates and Sustainability Manager",
            ),
            (
                "The move to Arbor disrupts attendance records",
                "Low",
                "High",
                "Migrate over the summer holiday and keep SIMS read-only until December 2029",
                "Head of IT and Data",
            ),
            (
                "Falling rolls at two primaries cut income",
                "Medium",
                "High",
                "Review admission numbers and staffing each spring",
                "Chief Financial and Operating Officer",
            ),
        ],
        (4.1, 1.5, 1.3, 5.6, 2.84),
        1.95,
        0.6,
        13.5,
        1.25,
        WF_SLATE,
        font=WF_FONT,
        head_h=0.5,
    )

    # 15 governance and decisions
    s = wf_page(prs, "Governance, and the decisions we ask for today", 15)
    text_box(s.shapes, 0.6, 1.95, 7.4, 0.5, ["How we will govern it"], 17, True, WF_TEAL, WF_HEAD)
    text_box(
        s.shapes,
        0.6,
        2.6,
        7.4,
        7.8,
        [
            "• The Trust Board approves the strategy and its budget, and sees the scorecard every "
            "half-term.",
            "• The Chief Executive Officer sponsors the strategy, chairs the fortnightly Strategy "
            "Delivery Group and takes the decision at each review point, reporting it to the Trust "
            "Board.",
            "• The Strategy Delivery Lead runs the programme and keeps the scorecard.",
            "• Pillar leads report on their pillar at every Strategy Delivery Group.",
            "• Local governing bodies are consulted on their own school's part of the plan.",
        ],
        15,
        False,
        WF_INK,
        WF_FONT,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 8.5, 1.95, 7.44, 8.3, WF_SAND, line_color=(220, 205, 180))
    text_box(
        s.shapes, 8.75, 2.1, 7.0, 0.5, ["The Trust Board is asked to"], 17, True, WF_CORAL, WF_HEAD
    )
    text_box(
        s.shapes,
        8.75,
        2.75,
        7.0,
        7.3,
        [
            "1. Approve Strong Schools, Bright Futures for 2028 to 2031.",
            "2. Approve £1.31m from reserves over the three years.",
            "3. Approve Fluent by Seven at Hollins Lane as the pilot for the autumn and spring "
            "terms of 2028/29.",
            "4. Note that the trust will consult the recognised unions on flexible working before "
            "January 2029.",
        ],
        16,
        False,
        WF_INK,
        WF_FONT,
    )
    return prs


# =========================================================================== Ashwell (PPTX)
# A consultancy-style executive committee deck: every title a full sentence (an action
# title), a section tracker at the top right, "So what" callouts, source footnotes, the
# four moves as nested groups, a chevron roadmap, a RAG table and backup slides.

AV_NAVY = (0, 40, 85)
AV_BLUE = (0, 122, 180)
AV_SKY = (225, 239, 248)
AV_INK = (33, 37, 41)
AV_GREY = (110, 118, 128)
AV_RULE = (190, 200, 210)
AV_TITLE = "Georgia"
AV_FONT = "Arial"
AV_FOOTER = (
    "Ashwell Valley Water  |  Watertight 2030  |  Executive Committee, 13 September "
    "2027  |  Strictly confidential"
)
AV_SECTIONS = ("Context", "Ambition", "Plan", "Delivery", "Appendix")
RAG = {"Red": (200, 30, 30), "Amber": (245, 170, 0), "Green": (0, 140, 70)}


def av_page(
    prs: PresentationType, title: str, number: int, section: str, source: str | None = None
) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    tracker = text_box(
        slide.shapes,
        8.4,
        0.12,
        4.5,
        0.3,
        ["  |  ".join(AV_SECTIONS)],
        8,
        False,
        AV_GREY,
        AV_FONT,
        PP_ALIGN.RIGHT,
    )
    for run in tracker.text_frame.paragraphs[0].runs:
        run.font.bold = False
    text_box(slide.shapes, 0.5, 0.42, 12.3, 1.0, [title], 21, False, AV_NAVY, AV_TITLE)
    line = slide.shapes.add_connector(
        MSO_CONNECTOR.STRAIGHT, Inches(0.5), Inches(1.45), Inches(12.83), Inches(1.45)
    )
    line.line.color.rgb = rgb(AV_BLUE)
    line.line.width = Pt(1.5)
    text_box(slide.shapes, 0.5, 0.14, 3, 0.3, [section.upper()], 8, True, AV_BLUE, AV_FONT)
    if source:
        text_box(slide.shapes, 0.5, 6.62, 11.5, 0.4, [source], 8, False, AV_GREY, AV_FONT)
    text_box(slide.shapes, 0.5, 7.05, 10.5, 0.3, [AV_FOOTER], 8, False, AV_GREY, AV_FONT)
    text_box(
        slide.shapes,
        12.3,
        7.05,
        0.55,
        0.3,
        [str(number)],
        9,
        False,
        AV_GREY,
        AV_FONT,
        PP_ALIGN.RIGHT,
    )
    return slide


def so_what(slide: Slide, x: float, y: float, w: float, h: float, text: str) -> None:
    box = filled(slide.shapes, MSO_SHAPE.RECTANGLE, x, y, w, h, AV_SKY, line_color=AV_BLUE)
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    para = frame.paragraphs[0]
    head = para.add_run()
    head.text = "So what: "
    head.font.bold = True
    head.font.size = Pt(13)
    head.font.color.rgb = rgb(AV_NAVY)
    head.font.name = AV_FONT
    body = para.add_run()
    body.text = text
    body.font.size = Pt(13)
    body.font.color.rgb = rgb(AV_INK)
    body.font.name = AV_FONT


def av_notes(slide: Slide, lines: Sequence[str]) -> None:
    write_lines(slide.notes_slide.notes_text_frame, lines)


def av_move(
    outer,
    x: float,
    y: float,
    w: float,
    h: float,
    number: str,
    name: str,
    items: Sequence[str],
    owner: str,
) -> None:
    move = outer.shapes.add_group_shape()
    head = move.shapes.add_group_shape()
    filled(head.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, w, 0.75, AV_NAVY)
    filled(
        head.shapes,
        MSO_SHAPE.OVAL,
        x + 0.1,
        y + 0.1,
        0.55,
        0.55,
        AV_BLUE,
        [number],
        15,
        True,
        (255, 255, 255),
        AV_FONT,
        align=PP_ALIGN.CENTER,
    )
    text_box(
        head.shapes, x + 0.72, y + 0.13, w - 0.8, 0.5, [name], 14, True, (255, 255, 255), AV_FONT
    )
    body = move.shapes.add_group_shape()
    filled(body.shapes, MSO_SHAPE.RECTANGLE, x, y + 0.8, w, h - 0.8, AV_SKY)
    lines: list[str] = []
    for item in items:
        lines += [f"• {item}", ""]
    text_box(
        body.shapes, x + 0.08, y + 0.9, w - 0.16, h - 1.55, lines[:-1], 10.5, False, AV_INK, AV_FONT
    )
    text_box(
        body.shapes,
        x + 0.08,
        y + h - 0.6,
        w - 0.16,
        0.5,
        [f"Accountable: {owner}"],
        10,
        True,
        AV_BLUE,
        AV_FONT,
    )


def build_ashwell() -> PresentationType:
    prs = new_deck(13.333, 7.5)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, AV_NAVY)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 5.2, 13.333, 0.08, AV_BLUE)
    text_box(
        s.shapes, 0.8, 0.8, 9, 0.5, ["Ashwell Valley Water"], 18, True, (150, 200, 235), AV_FONT
    )
    text_box(
        s.shapes, 0.8, 1.9, 11.5, 1.1, ["Watertight 2030"], 48, False, (255, 255, 255), AV_TITLE
    )
    text_box(
        s.shapes,
        0.8,
        3.1,
        11.5,
        1.2,
        ["Finding and fixing leaks faster, metering every home and keeping the water on"],
        20,
        False,
        (255, 255, 255),
        AV_FONT,
    )
    text_box(
        s.shapes,
        0.8,
        5.5,
        11.5,
        1.0,
        [
            "Executive Committee  |  13 September 2027",
            "Discussion document prepared with the Network Resilience Programme Office",
        ],
        13,
        False,
        (200, 215, 230),
        AV_FONT,
    )
    text_box(
        s.shapes, 0.8, 6.8, 6, 0.3, ["Strictly confidential"], 9, False, (150, 170, 190), AV_FONT
    )

    # 2 executive summary
    s = av_page(
        prs,
        "Watertight 2030 cuts leakage by a quarter and meters 85% of homes by "
        "March 2030, for £38.4m over 30 months",
        2,
        "Context",
        "Figures are 2026/27 outturn unless stated. FY = our financial year, April to March.",
    )
    for k, (head, lines) in enumerate(
        [
            (
                "Situation",
                [
                    "Leakage has stuck at about 68 Ml/d for three years.",
                    "Four homes in ten pay unmetered charges.",
                    "Long interruptions cost each property nearly ten minutes a year.",
                ],
            ),
            (
                "Complication",
                [
                    "Our 2029/30 commitments to Ofwat need a step change, not more of the same.",
                    "Penalties for leakage and interruptions could reach £7m a year.",
                ],
            ),
            (
                "Resolution",
                [
                    "Four moves over 30 months, from October 2027 to March 2030: Mobilise "
                    "(Q3 FY27/28), Pilot (Q4 FY27/28 to Q2 FY28/29), Roll out (Q3 FY28/29 "
                    "to Q2 FY29/30) and Sustain (Q3 and Q4 FY29/30).",
                    "We prove the approach in the Hatherley zone before we spend at scale.",
                ],
            ),
        ]
    ):
        y = 1.7 + k * 1.6
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            0.5,
            y,
            2.2,
            1.4,
            AV_NAVY,
            [head],
            15,
            True,
            (255, 255, 255),
            AV_FONT,
        )
        text_box(s.shapes, 2.9, y, 9.9, 1.45, [f"• {t}" for t in lines], 13, False, AV_INK, AV_FONT)

    # 3 leakage today
    s = av_page(
        prs,
        "Leakage has stuck at about 68 Ml/d for three years, and most of it sits "
        "in 60 of our 531 district metered areas",
        3,
        "Context",
        "Source: Annual Performance Report 2026/27, table 3A; Waterline night-flow "
        "analysis, July 2027. Ml/d = megalitres a day.",
    )
    text_box(
        s.shapes,
        0.5,
        1.7,
        6.4,
        3.6,
        [
            "• Total leakage: 70.1 Ml/d in 2022/23, 68.9 in 2023/24, 68.0 in 2024/25, 68.4 in "
            "2025/26 and 68.2 in 2026/27.",
            "• The 60 DMAs with the highest night flow lose 31 Ml/d between them: 46% of the "
            "total from 11% of the areas.",
            "• Half of those 60 DMAs are in the southern zones, on cast-iron and asbestos-cement "
            "mains.",
            "• Detected leaks took 11 working days to fix on average in 2026/27.",
        ],
        14,
        False,
        AV_INK,
        AV_FONT,
    )
    so_what(
        s,
        7.3,
        1.8,
        5.5,
        2.2,
        "more of the same will not close a 17 Ml/d gap. We have to find leaks where they "
        "are concentrated and fix them in days, not weeks.",
    )

    # 4 metering today
    s = av_page(
        prs,
        "Four homes in ten are still unmetered, and an unmetered home uses about "
        "a fifth more water",
        4,
        "Context",
        "Source: Annual Performance Report 2026/27, tables 4Q and 4R; Aquaris billing "
        "extract, June 2027.",
    )
    for k, (big, label) in enumerate(
        [
            ("61%", "of households billed on a meter in 2026/27"),
            ("124 litres", "a head a day in metered homes"),
            ("151 litres", "a head a day in unmetered homes"),
            ("141 litres", "a head a day across all homes"),
        ]
    ):
        x = 0.5 + k * 3.1
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.8, 2.9, 1.8, AV_SKY)
        text_box(s.shapes, x + 0.15, 1.9, 2.6, 0.7, [big], 26, True, AV_NAVY, AV_FONT)
        text_box(s.shapes, x + 0.15, 2.7, 2.6, 0.8, [label], 12, False, AV_INK, AV_FONT)
    so_what(
        s,
        0.5,
        4.1,
        12.3,
        1.3,
        "metering is our biggest lever on demand; it also shows us leaks on customers' "
        "own pipes that we cannot see today.",
    )

    # 5 interruptions today
    s = av_page(
        prs,
        "Bursts and long interruptions cluster in the asbestos-cement mains laid in the 1960s",
        5,
        "Context",
        "Source: Annual Performance Report 2026/27, tables 3A and 3S; FieldPro job "
        "history 2022-2027.",
    )
    text_box(
        s.shapes,
        0.5,
        1.7,
        6.4,
        3.8,
        [
            "• 4,210 mains repairs in 2026/27, 152 for every 1,000 km of main.",
            "• Each property lost an average of 9 minutes 40 seconds to interruptions over three "
            "hours.",
            "• 96 km of asbestos-cement main, 1.7% of the network, had 21% of the bursts.",
            "• Most long interruptions were on trunk mains, where a repair needs the road closed.",
        ],
        14,
        False,
        AV_INK,
        AV_FONT,
    )
    so_what(
        s,
        7.3,
        1.8,
        5.5,
        2.2,
        "replacing a short length of the worst main, and being ready to keep customers "
        "supplied during repairs, buys more than spreading renewal thinly.",
    )

    # 6 where we are headed
    s = av_page(prs, "Where we are headed", 6, "Ambition")
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.5, 1.8, 0.12, 1.6, AV_BLUE)
    text_box(
        s.shapes,
        0.85,
        1.8,
        11.8,
        1.6,
        [
            "A watertight network that our customers and our rivers can trust, today and "
            "for the next generation."
        ],
        24,
        False,
        AV_NAVY,
        AV_TITLE,
        italic=True,
    )
    text_box(
        s.shapes,
        0.85,
        3.75,
        11.8,
        0.45,
        ["What we will be able to say in March 2030"],
        14,
        True,
        AV_BLUE,
        AV_FONT,
    )
    text_box(
        s.shapes,
        0.85,
        4.25,
        11.8,
        0.9,
        [
            "By March 2030, we will fix every visible leak that a customer reports within "
            "three working days."
        ],
        17,
        False,
        AV_INK,
        AV_FONT,
    )
    text_box(
        s.shapes,
        0.85,
        5.3,
        11.8,
        0.8,
        ["Today we fix 58% of reported visible leaks within three working days."],
        12,
        False,
        AV_GREY,
        AV_FONT,
        italic=True,
    )

    # 7 four moves (nested groups)
    s = av_page(
        prs,
        "Four moves, each with one accountable head, take us from today's network "
        "to the 2030 commitments",
        7,
        "Plan",
    )
    outer = s.shapes.add_group_shape()
    moves = [
        (
            "1",
            "Find and fix faster",
            [
                "Fit acoustic loggers on the metallic and asbestos-cement mains of the 60 DMAs "
                "with the highest night flow",
                "Repair or replace the 119 DMA meters that have stopped reporting, by March 2029",
                "Add six leak repair gangs so that detected leaks are fixed within five working "
                "days",
                "Extend pressure management to 40 more DMAs",
            ],
            "Head of Leakage",
        ),
        (
            "2",
            "Meter every home",
            [
                "Fit 52,000 smart meters to unmetered homes, street by street",
                "Give every newly metered household two years of 'lower of' bills",
                "Build 40 more LoRaWAN gateways to reach the rural north",
                "Show every metered customer their daily use in My Ashwell",
            ],
            "Head of Metering",
        ),
        (
            "3",
            "Keep the water on",
            [
                "Replace the 96 km of asbestos-cement main that bursts most",
                "Move the 37 dial-up telemetry sites onto 4G, with alarms every 15 minutes",
                "Keep flow-stop kits and a tanker crew on standby at each depot",
            ],
            "Head of Network Operations",
        ),
        (
            "4",
            "Safe, clear water",
            [
                "Flush the 12 zones with the most discoloured-water contacts every year",
                "Fit online turbidity monitors to the final water at all nine treatment works",
                "Replace 3,000 lead communication pipes, starting near schools",
            ],
            "Head of Water Quality",
        ),
    ]
    for k, (num, name, items, owner) in enumerate(moves):
        av_move(outer, 0.5 + k * 3.1, 1.7, 2.95, 4.85, num, name, items, owner)

    # 8 measures with RAG
    s = av_page(
        prs,
        "Six measures will tell the Executive Committee whether we are on track; two are red today",
        8,
        "Plan",
        "Status against the glide path agreed by the Executive Committee in March "
        "2027. Source: Annual Performance Report 2026/27.",
    )
    rows = [
        ("Measure", "Unit", "2026/27", "Target, March 2030", "Status", "Owner"),
        ("Leakage, three-year average", "Ml/d", "68.2", "51.0", "Red", "Head of Leakage"),
        (
            "Per capita consumption",
            "litres a head a day",
            "141",
            "129",
            "Amber",
            "Head of Metering",
        ),
        (
            "Household meter penetration",
            "% of households billed on a meter",
            "61%",
            "85%",
            "Amber",
            "Head of Metering",
        ),
        (
            "Supply interruptions over 3 hours",
            "minutes lost per property",
            "9m 40s",
            "5m 00s",
            "Red",
            "Head of Network Operations",
        ),
        (
            "Mains repairs per 1,000 km",
            "repairs a year",
            "152",
            "120",
            "Green",
            "Head of Network Operations",
        ),
        ("Compliance risk index", "CRI score", "3.2", "1.5", "Amber", "Head of Water Quality"),
    ]
    shape = table(
        s.shapes, rows, (3.1, 2.6, 1.1, 1.7, 1.0, 2.8), 1.7, 0.5, 12, 0.52, AV_NAVY, font=AV_FONT
    )
    for r in range(1, len(rows)):
        cell = shape.table.cell(r, 4)
        cell.fill.solid()
        cell.fill.fore_color.rgb = rgb(RAG[rows[r][4]])
        for para in cell.text_frame.paragraphs:
            for run in para.runs:
                run.font.color.rgb = rgb((255, 255, 255))
                run.font.bold = True
    so_what(
        s,
        0.5,
        5.55,
        12.3,
        0.85,
        "leakage and interruptions carry the penalties, so moves 1 and 3 take half of the money.",
    )

    # 9 chevron roadmap
    s = av_page(
        prs,
        "We mobilise this autumn, prove the approach in Hatherley during 2028 and "
        "roll it out from October 2028",
        9,
        "Delivery",
        "Our financial year runs from April to March: Q3 FY27/28 is October to "
        "December 2027, Q4 FY29/30 is January to March 2030.",
    )
    stages = [
        (
            "Mobilise",
            "Q3 FY27/28",
            ["Programme Board set up", "Meter contract signed", "Hatherley loggers ordered"],
        ),
        (
            "Pilot",
            "Q4 FY27/28 - Q2 FY28/29",
            ["Hatherley pilot runs", "Pilot gangs in post", "Baselines signed off"],
        ),
        (
            "Roll out",
            "Q3 FY28/29 - Q2 FY29/30",
            ["60 priority DMAs", "Meters street by street", "AC mains replaced"],
        ),
        (
            "Sustain",
            "Q3 - Q4 FY29/30",
            ["Hand over to business as usual", "Report 2029/30 outturn"],
        ),
    ]
    widths = (2.6, 3.4, 3.6, 2.5)
    x = 0.5
    bounds = []
    for k, ((name, when, acts), w) in enumerate(zip(stages, widths, strict=True)):
        grp = s.shapes.add_group_shape()
        kind = MSO_SHAPE.PENTAGON if k == 0 else MSO_SHAPE.CHEVRON
        filled(
            grp.shapes,
            kind,
            x,
            2.3,
            w + 0.25,
            0.95,
            (AV_NAVY, AV_BLUE, AV_NAVY, AV_BLUE)[k],
            [name],
            16,
            True,
            (255, 255, 255),
            AV_FONT,
            align=PP_ALIGN.CENTER,
        )
        text_box(grp.shapes, x + 0.15, 3.35, w - 0.1, 0.4, [when], 12, True, AV_NAVY, AV_FONT)
        text_box(
            grp.shapes,
            x + 0.15,
            3.8,
            w - 0.1,
            1.6,
            [f"• {a}" for a in acts],
            11,
            False,
            AV_INK,
            AV_FONT,
        )
        x += w
        bounds.append(x)
    for label, bx in zip(("DG1", "DG2", "DG3"), bounds[:3], strict=True):
        filled(s.shapes, MSO_SHAPE.DIAMOND, bx - 0.05, 1.62, 0.5, 0.5, (245, 170, 0))
        text_box(
            s.shapes, bx - 0.2, 1.75, 0.8, 0.3, [label], 9, True, AV_NAVY, AV_FONT, PP_ALIGN.CENTER
        )
    text_box(
        s.shapes,
        0.5,
        5.55,
        12.3,
        0.9,
        [
            "DG1 December 2027: ready to start the Hatherley pilot   |   DG2 September 2028: "
            "Hatherley go/no-go   |   DG3 September 2029: hand over to business as usual",
            "Each decision gate is taken by the Executive Committee on the sponsor's "
            "recommendation.",
        ],
        11,
        False,
        AV_INK,
        AV_FONT,
    )

    # 10 pilot
    s = av_page(
        prs,
        "The Hatherley pilot will show by September 2028 whether loggers, smart "
        "meters and faster repairs together cut night flow by a quarter",
        10,
        "Delivery",
        "Night flow: the flow into a DMA between 2am and 4am, when use is "
        "lowest; most of it is leakage.",
    )
    for k, (head, text) in enumerate(
        [
            ("Where", "The Hatherley supply zone: 14 DMAs, 11,400 properties, 212 km of main."),
            ("When", "January to September 2028 (Q4 FY27/28 to Q2 FY28/29)."),
            (
                "What changes",
                "Acoustic loggers on every metallic and asbestos-cement main; smart "
                "meters for the 4,200 unmetered homes; two repair gangs kept for the "
                "zone; pressure management in six DMAs; hourly night-flow alerts in "
                "Waterline.",
            ),
            (
                "Compared with",
                "The Redbrook zone, which has had loggers since 2025 but none of the "
                "other changes.",
            ),
        ]
    ):
        y = 1.7 + k * 1.05
        text_box(s.shapes, 0.5, y, 1.8, 0.4, [head], 12, True, AV_BLUE, AV_FONT)
        text_box(s.shapes, 2.3, y, 4.9, 1.0, [text], 11, False, AV_INK, AV_FONT)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 7.5, 1.7, 5.33, 3.0, AV_SKY)
    text_box(
        s.shapes,
        7.65,
        1.8,
        5.0,
        0.4,
        ["Success criteria, by 30 September 2028"],
        13,
        True,
        AV_NAVY,
        AV_FONT,
    )
    text_box(
        s.shapes,
        7.65,
        2.25,
        5.0,
        2.4,
        [
            "• Night flow in the 14 DMAs down 25% from 2.9 Ml/d",
            "• 90% of detected leaks fixed within five working days",
            "• Smart meters send 98% of hourly reads",
            "• Fewer than 1 install in 100 leads to a complaint",
        ],
        12,
        False,
        AV_INK,
        AV_FONT,
    )
    so_what(
        s,
        7.5,
        4.85,
        5.33,
        1.6,
        "DG2 in September 2028 decides: roll out across the 60 priority DMAs, extend the "
        "pilot by a quarter, or stop.",
    )
    av_notes(
        s,
        [
            "If asked about the comparison: Redbrook is not a perfect control because it already "
            "has loggers.",
            "The Hatherley team will also run a step test every week in two DMAs to check what "
            "the loggers find.",
        ],
    )

    # 11 first 100 days
    s = av_page(
        prs,
        "In the first 100 days we set up the programme, sign the meter contract "
        "and get Hatherley ready",
        11,
        "Delivery",
        "Day 1 is Monday 4 October 2027; day 100 is Tuesday 11 January 2028.",
    )
    table(
        s.shapes,
        [
            ("By", "Action", "Owner"),
            ("13 Oct 2027", "Hold the first Watertight Programme Board", "Chief Operating Officer"),
            (
                "27 Oct 2027",
                "Agree the 2026/27 baselines for the six measures with the technical auditor",
                "Head of Regulation",
            ),
            ("3 Nov 2027", "Sign the smart meter supply and install contract", "Head of Metering"),
            ("10 Nov 2027", "Order 2,400 acoustic loggers for Hatherley", "Head of Leakage"),
            (
                "17 Nov 2027",
                "Brief Unison on the six new repair gangs and the standby rota",
                "Head of Network Operations",
            ),
            (
                "24 Nov 2027",
                "Consult the Customer Challenge Group on 'lower of' bills",
                "Head of Regulation",
            ),
            (
                "1 Dec 2027",
                "Train 20 field technicians on the loggers at the Ashwell Skills Centre",
                "Technical Training Manager",
            ),
            (
                "8 Dec 2027",
                "Write to the 4,200 unmetered Hatherley households about their meter",
                "Head of Customer Service",
            ),
            (
                "15 Dec 2027",
                "Set up night-flow alerts for the 14 Hatherley DMAs in Waterline",
                "Head of Data and Digital",
            ),
            (
                "21 Dec 2027",
                "DG1: the Executive Committee confirms the pilot is ready",
                "Chief Operating Officer",
            ),
        ],
        (1.5, 7.8, 3.0),
        1.65,
        0.5,
        11,
        0.43,
        AV_NAVY,
        font=AV_FONT,
    )

    # 12 cost
    s = av_page(
        prs,
        "Watertight 2030 costs £38.4m over 30 months; £31.9m of it is capital "
        "already in the business plan",
        12,
        "Delivery",
        "£m, nominal. Capital £31.9m, operating cost £6.5m. FY27/28 covers October 2027 "
        "to March 2028 only.",
    )
    table(
        s.shapes,
        [
            ("Move", "FY27/28", "FY28/29", "FY29/30", "Total"),
            ("1 Find and fix faster", "1.1", "4.6", "4.2", "9.9"),
            ("2 Meter every home", "0.9", "7.8", "6.7", "15.4"),
            ("3 Keep the water on", "0.6", "5.1", "4.8", "10.5"),
            ("4 Safe, clear water", "0.2", "0.8", "0.6", "1.6"),
            ("Programme office, data and training", "0.3", "0.4", "0.3", "1.0"),
            ("Total", "3.1", "18.7", "16.6", "38.4"),
        ],
        (4.4, 1.5, 1.5, 1.5, 1.5),
        1.7,
        0.5,
        13,
        0.5,
        AV_NAVY,
        font=AV_FONT,
    )
    so_what(
        s,
        0.5,
        5.5,
        12.3,
        0.9,
        "the meter contract (£15.4m) is over the £5m limit for a single contract, so it "
        "goes to the Board in November.",
    )

    # 13 risks
    s = av_page(
        prs,
        "Five risks could knock us off course; each has an owner and a mitigation",
        13,
        "Delivery",
    )
    table(
        s.shapes,
        [
            ("#", "Risk", "Rating", "Mitigation", "Owner"),
            (
                "R1",
                "Customers refuse or delay meter installs",
                "High",
                "Write two months ahead, book appointments online, and guarantee 'lower of' bills "
                "for two years",
                "Head of Customer Service",
            ),
            (
                "R2",
                "Permits and lane rental slow repairs on main roads",
                "High",
                "Repair at night on lane-rental roads; agree a permit protocol with both councils",
                "Head of Network Operations",
            ),
            (
                "R3",
                "The repair contractor framework ends in March 2029",
                "Medium",
                "Retender in Q1 FY28/29, with the option to bring six gangs in house",
                "Head of Network Operations",
            ),
            (
                "R4",
                "LoRaWAN gateway sites take too long to lease",
                "Medium",
                "Put the first gateways on our own pumping stations and reservoirs",
                "Head of Data and Digital",
            ),
            (
                "R5",
                "The technical auditor questions a change in the leakage method",
                "Low",
                "Agree any method change with the auditor before DG2",
                "Head of Regulation",
            ),
        ],
        (0.5, 3.4, 1.0, 5.0, 2.4),
        1.7,
        0.5,
        11.5,
        0.75,
        AV_NAVY,
        font=AV_FONT,
    )

    # 14 governance (nested groups)
    s = av_page(
        prs,
        "A monthly Programme Board, chaired by the Chief Operating Officer, "
        "decides between Executive Committee gates",
        14,
        "Delivery",
    )
    tree = s.shapes.add_group_shape()
    top = tree.shapes.add_group_shape()
    filled(
        top.shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        4.4,
        1.7,
        4.5,
        0.8,
        AV_NAVY,
        ["Executive Committee", "Chair: Chief Executive. Takes DG1, DG2 and DG3"],
        11,
        False,
        (255, 255, 255),
        AV_FONT,
    )
    mid = tree.shapes.add_group_shape()
    filled(
        mid.shapes,
        MSO_SHAPE.ROUNDED_RECTANGLE,
        4.4,
        2.85,
        4.5,
        0.95,
        AV_BLUE,
        [
            "Watertight Programme Board (monthly)",
            "Chair and sponsor: Chief Operating Officer. Plan, budget within limits, gate papers",
        ],
        11,
        False,
        (255, 255, 255),
        AV_FONT,
    )
    for y1, y2 in ((2.5, 2.85), (3.8, 4.05)):
        link = tree.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Inches(6.65), Inches(y1), Inches(6.65), Inches(y2)
        )
        link.line.color.rgb = rgb(AV_GREY)
    bar = tree.shapes.add_connector(
        MSO_CONNECTOR.STRAIGHT, Inches(2.125), Inches(4.05), Inches(11.275), Inches(4.05)
    )
    bar.line.color.rgb = rgb(AV_GREY)
    for k in range(4):
        drop = tree.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT,
            Inches(2.125 + k * 3.05),
            Inches(4.05),
            Inches(2.125 + k * 3.05),
            Inches(4.3),
        )
        drop.line.color.rgb = rgb(AV_GREY)
    teams = tree.shapes.add_group_shape()
    for k, (name, who) in enumerate(
        [
            ("Find and fix", "Head of Leakage"),
            ("Meter every home", "Head of Metering"),
            ("Keep the water on", "Head of Network Operations"),
            ("Safe, clear water", "Head of Water Quality"),
        ]
    ):
        filled(
            teams.shapes,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            0.7 + k * 3.05,
            4.3,
            2.85,
            0.9,
            AV_SKY,
            [name, who],
            11,
            False,
            AV_INK,
            AV_FONT,
            line_color=AV_BLUE,
        )
    text_box(
        s.shapes,
        0.7,
        5.45,
        12,
        1.0,
        [
            "The Watertight Programme Director runs the programme office and writes the gate "
            "papers. The Chief Financial Officer attends for every budget item.",
        ],
        11,
        False,
        AV_INK,
        AV_FONT,
    )

    # 15 asks
    s = av_page(prs, "We ask the Executive Committee for four decisions today", 15, "Delivery")
    for k, ask in enumerate(
        [
            "Approve Watertight 2030, its four moves and its six measures.",
            "Approve £38.4m over 30 months, and take the £15.4m meter contract to the Board in "
            "November.",
            "Approve the Hatherley zone as the pilot, January to September 2028.",
            "Confirm the Chief Operating Officer as sponsor and chair of the Programme Board.",
        ]
    ):
        y = 1.8 + k * 1.05
        filled(
            s.shapes,
            MSO_SHAPE.OVAL,
            0.6,
            y,
            0.6,
            0.6,
            AV_BLUE,
            [str(k + 1)],
            16,
            True,
            (255, 255, 255),
            AV_FONT,
            align=PP_ALIGN.CENTER,
        )
        text_box(s.shapes, 1.45, y + 0.05, 11.2, 0.8, [ask], 16, False, AV_INK, AV_FONT)

    # 16 appendix divider
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, AV_NAVY)
    text_box(
        s.shapes,
        0.8,
        3.0,
        11,
        1.0,
        ["Appendix: backup slides"],
        36,
        False,
        (255, 255, 255),
        AV_TITLE,
    )
    text_box(
        s.shapes, 12.3, 7.05, 0.55, 0.3, ["16"], 9, False, (150, 170, 190), AV_FONT, PP_ALIGN.RIGHT
    )

    # 17 backup: pilot selection
    s = av_page(
        prs,
        "Backup: Hatherley scored highest of the five zones we considered for the pilot",
        17,
        "Appendix",
        "Score out of 20: night flow per property (5), mix of main types (5), share "
        "unmetered (5), LoRaWAN coverage (5). Source: Waterline, July 2027.",
    )
    table(
        s.shapes,
        [
            ("Zone", "DMAs", "Properties", "Night flow, Ml/d", "Unmetered", "LoRaWAN", "Score"),
            ("Hatherley", "14", "11,400", "2.9", "37%", "Yes", "17"),
            ("Carnford", "19", "16,800", "3.4", "22%", "Yes", "13"),
            ("Wellsby North", "9", "6,100", "1.6", "44%", "Yes", "12"),
            ("Redbrook", "12", "9,700", "2.2", "35%", "Partly", "11"),
            ("Ashby Moor", "7", "3,900", "1.1", "58%", "No", "9"),
        ],
        (2.6, 1.2, 1.7, 2.2, 1.6, 1.5, 1.2),
        1.7,
        0.5,
        12,
        0.5,
        AV_NAVY,
        font=AV_FONT,
    )

    # 18 backup: glossary
    s = av_page(prs, "Backup: the terms used in this document", 18, "Appendix")
    table(
        s.shapes,
        [
            ("Term", "Meaning"),
            (
                "DMA",
                "District metered area: a part of the network, usually 500 to 3,000 properties, "
                "with metered inflows",
            ),
            ("Ml/d", "Megalitres (million litres) a day"),
            (
                "Per capita consumption",
                "Household use divided by the number of people, in litres a head a day",
            ),
            (
                "CRI",
                "Compliance risk index: the Drinking Water Inspectorate's score of tap-water "
                "test failures, weighted by risk",
            ),
            (
                "'Lower of' bill",
                "For two years after a meter is fitted, the customer pays the lower "
                "of the metered and the unmetered charge",
            ),
            ("LoRaWAN", "A low-power radio network that carries smart meter reads"),
            ("Lane rental", "A daily charge for working on the busiest roads at busy times"),
        ],
        (3.0, 9.3),
        1.7,
        0.5,
        12,
        0.55,
        AV_NAVY,
        font=AV_FONT,
    )
    return prs


def main(root: Path = HERE) -> None:
    """Write the three decks under ``root`` (the dev12 folder by default)."""
    save_pdf(
        build_tarnside(),
        root / "tarnside-buses" / "every-stop-counts-okrs-2028-2029.pdf",
        "Every Stop Counts - OKRs 2028-2029",
    )
    save(
        build_wrenfield(),
        root / "wrenfield-learning-trust" / "strong-schools-bright-futures-2028-2031.pptx",
        "Wrenfield Learning Trust, Central Team",
        "Strong Schools, Bright Futures 2028-2031",
    )
    save(
        build_ashwell(),
        root / "ashwell-valley-water" / "watertight-2030-exco-13-sep-2027.pptx",
        "Network Resilience Programme Office",
        "Watertight 2030",
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
