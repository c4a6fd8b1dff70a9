# mypy: disable-error-code="union-attr,arg-type,assignment"
"""Build the blind8 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/blind8/build_blind8.py

Writes, under ``evals/blind8/<name>/``, each case's deck and its ``org/`` folder:

- ``merrow-navigation``: PDF (fpdf2) in the shape of a Google Slides export: 16:9 pages of
  720 x 405 pt on white, drawn bullets, tiles with the label above the number, a roadmap
  table with its phases as rows and relative timings (Year 1, Months 0-12) anchored once;
- ``brackenholt-timber``: PPTX built of grouped shapes: SmartArt-like cards, tiles, KPI rows
  made of shapes, a Gantt chart of bars on a month axis, a hierarchy of boxes;
- ``hollin-pest``: PPTX in a dark presenter theme: statement headlines, numbered outlines
  with sub-points as indented paragraphs, a native scorecard table with a status column and
  a vertical timeline of waves with calendar quarters.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX and DOCX files, a fixed creation date (and so a fixed file ID) in the PDF, and org text
held as literal strings below.

This is a BLIND set (split "blind8"): nothing is ever tuned on it. See evals/blind8/README.md.
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
from collections.abc import Mapping, Sequence
from pathlib import Path

from docx import Document
from docx.shared import Pt as DocxPt
from fpdf import FPDF
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 8, 24, 9, 10, 0)
FIXED_W3C = "2027-08-24T09:10:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 10, 12, 14, 5, 0, tzinfo=dt.UTC)
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


def new_deck() -> PresentationType:
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    return prs


Para = str | tuple[str, int]


def write_lines(
    frame,
    lines: Sequence[Para],
    size: int | None = None,
    bold: bool = False,
    color: RGBColor | None = None,
) -> None:
    """Paragraphs into a text frame; an item (text, level) is an indented sub-point."""
    frame.word_wrap = True
    for i, item in enumerate(lines):
        text, level = (item, 0) if isinstance(item, str) else item
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = text
        para.level = level
        for run in para.runs:
            if size is not None:
                run.font.size = Pt(size - 2 * level)
            run.font.bold = bold and level == 0
            if color is not None:
                run.font.color.rgb = color


def text_box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[Para],
    size: int = 16,
    bold: bool = False,
    color: RGBColor | None = None,
):
    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    write_lines(box.text_frame, lines, size, bold, color)
    return box


def shape(
    shapes,
    kind,
    left: float,
    top: float,
    width: float,
    height: float,
    fill: RGBColor | None,
    lines: Sequence[Para] = (),
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
        shp.line.width = Pt(1)
    if lines:
        write_lines(shp.text_frame, lines, size, bold, color)
    else:
        shp.text_frame.text = ""
    return shp


def native_table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    left: float,
    top: float,
    widths: Sequence[float],
    row_h: float = 0.45,
    size: int = 12,
    fills: dict[tuple[int, int], RGBColor] | None = None,
    colors: dict[tuple[int, int], RGBColor] | None = None,
    default_color: RGBColor | None = None,
):
    """A native table with a bold header row; one paragraph a cell."""
    gf = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(int(Inches(row_h) * len(rows))),
    )
    table = gf.table
    for c, w in enumerate(widths):
        table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            for run in cell.text_frame.paragraphs[0].runs:
                run.font.size = Pt(size)
                run.font.bold = r == 0
                color = (colors or {}).get((r, c), default_color)
                if color is not None:
                    run.font.color.rgb = color
            if fills and (r, c) in fills:
                cell.fill.solid()
                cell.fill.fore_color.rgb = fills[(r, c)]
    return table


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


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# =========================================================================== Merrow Navigation
# The Trust's deck reaches the Trustees as a PDF exported from Google Slides: 16:9 pages of
# 720 x 405 pt on white, a title at the top left in the theme's sans, bullets drawn as dots
# (sub-points as dashes), tiles whose label sits above the number, and a roadmap table with
# the phases as rows. Core fonts only (Latin-1 text).

SW, SH = 720.0, 405.0
SM = 36.0
CANAL = (14, 84, 110)
CANAL_PALE = (226, 238, 242)
REED = (96, 140, 62)
DARK = (33, 33, 33)
MID = (95, 99, 104)
LINE = (200, 205, 210)
WHITE_T = (255, 255, 255)
MERROW_FOOT = (
    "Merrow Navigation Trust  \u00b7  Open Water 2031  \u00b7  Board of Trustees, 21 October 2027"
)


class SlidesPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="pt", format=(SH, SW))
        self.set_auto_page_break(False)
        self.set_margins(SM, SM, SM)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("Skia/PDF m121 Google Docs Renderer")
        self.set_creator("Google Slides")
        self.set_author("Merrow Navigation Trust")

    def wrap(self, text: str, width: float, size: float, style: str = "") -> list[str]:
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
        color: tuple[int, int, int] = DARK,
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
        size: float = 13,
        style: str = "",
        color: tuple[int, int, int] = DARK,
        leading: float = 1.3,
    ) -> float:
        for line in self.wrap(text, width, size, style):
            self.put(x, y, line, size, style, color)
            y += size * leading
        return y

    def slide(self, title: str) -> float:
        self.add_page()
        self.set_fill_color(*CANAL)
        self.rect(0, 0, 8, SH, style="F")
        y = self.para(SM, 22, SW - 2 * SM, title, 22, "B", CANAL, 1.15)
        self.put(SM, SH - 22, MERROW_FOOT, 7, "", MID)
        self.put(SW - SM - 8, SH - 22, str(self.page_no()), 7, "", MID)
        return y + 10

    def bullets(
        self,
        items: Sequence[str | tuple[str, int]],
        x: float,
        y: float,
        width: float,
        size: float = 12.5,
        gap: float = 4,
    ) -> float:
        """Bullets drawn as dots (level 0) and dashes (level 1) beside the text."""
        for item in items:
            text, level = (item, 0) if isinstance(item, str) else item
            indent = x + 16 * level
            fs = size - 1.5 * level
            mark_y = y + fs * 0.62
            if level == 0:
                self.set_fill_color(*CANAL)
                self.ellipse(indent, mark_y - 2, 4, 4, style="F")
            else:
                self.set_draw_color(*MID)
                self.line(indent, mark_y, indent + 6, mark_y)
            style = "B" if level == 0 and text.endswith(":") else ""
            y = self.para(indent + 12, y, width - 12 - 16 * level, text, fs, style) + gap
        return y

    def tile(self, x: float, y: float, w: float, h: float, lines: Sequence[str]) -> None:
        """A tile: label above the number, a caption under it."""
        self.set_fill_color(*CANAL_PALE)
        self.rect(x, y, w, h, style="F")
        self.set_fill_color(*REED)
        self.rect(x, y, w, 3, style="F")
        label, number, caption = lines
        yy = self.para(x + 10, y + 12, w - 20, label, 10, "B", MID, 1.2)
        self.put(x + 10, yy + 2, number, 28, "B", CANAL)
        self.para(x + 10, yy + 40, w - 20, caption, 9.5, "", DARK, 1.2)

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        x: float,
        y: float,
        size: float = 10,
        pad: float = 5,
    ) -> float:
        """A ruled table, each row's cells written cell by cell (top to bottom in a cell)."""
        for n, row in enumerate(rows):
            style = "B" if n == 0 else ""
            wrapped = [
                self.wrap(v, w - 2 * pad, size, style) for v, w in zip(row, widths, strict=True)
            ]
            depth = max(len(w) for w in wrapped)
            height = depth * size * 1.25 + 2 * pad
            if n == 0:
                self.set_fill_color(*CANAL)
                self.rect(x, y, sum(widths), height, style="F")
            else:
                self.set_draw_color(*LINE)
                self.line(x, y + height, x + sum(widths), y + height)
            cx = x
            for lines, w in zip(wrapped, widths, strict=True):
                for i, line in enumerate(lines):
                    color = WHITE_T if n == 0 else DARK
                    self.put(cx + pad, y + pad + i * size * 1.25, line, size, style, color)
                cx += w
            y += height
        return y


def build_merrow() -> SlidesPDF:
    pdf = SlidesPDF()
    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*CANAL)
    pdf.rect(0, 0, SW, SH, style="F")
    pdf.set_fill_color(*REED)
    pdf.rect(0, 300, SW, 6, style="F")
    pdf.put(SM + 10, 90, "MERROW NAVIGATION TRUST", 13, "B", (190, 222, 232))
    pdf.put(SM + 10, 118, "Open Water 2031", 40, "B", WHITE_T)
    pdf.put(SM + 10, 172, "A three-year plan for our canals, locks and reservoirs", 16, "", WHITE_T)
    pdf.put(
        SM + 10, 200, "Board of Trustees, 21 October 2027  \u00b7  Paper T/27/44", 12, "", WHITE_T
    )
    pdf.put(SM + 10, 220, "Presented by the Director of Waterways", 12, "", WHITE_T)

    # 2 executive summary
    y = pdf.slide("Open Water 2031 at a glance")
    tiles = [
        ["Lock availability, boating season", "98%", "by October 2030, from 93.1%"],
        ["Stoppages over 48 hours", "15 a year", "by March 2031, from 41"],
        ["Licensed boats at the spring count", "97%", "by March 2030, from 91.5%"],
        ["Volunteer hours given", "160,000", "a year by March 2031, from 118,000"],
    ]
    for i, t in enumerate(tiles):
        pdf.tile(SM + i * 164, y, 152, 108, t)
    pdf.bullets(
        [
            "Four Currents carry 13 initiatives over three years, in three phases: Now, Next and "
            "Later.",
            "Project Heron tests lock sensors and volunteer lock-keeping on the Hadley Flight in "
            "Year 1.",
            "We ask the Trustees to approve Open Water 2031 and release \u00a33.6m for the Now "
            "phase.",
        ],
        SM,
        y + 124,
        SW - 2 * SM,
    )

    # 3 current state
    y = pdf.slide("Where the waterway stands in 2027")
    pdf.bullets(
        [
            "142 miles of canal, 188 locks, 36 aqueducts and 9 reservoirs across Merrowshire and "
            "the Wyre valley.",
            "In 2026/27 our locks were open for boating on 93.1% of the days of the season.",
            "41 closures lasted longer than two days; the longest, at Edgecote, lasted 19 days.",
            "141 of the 188 locks are in condition grade B or better.",
            "2,930 boats are on our register; 8.5% of the boats seen at the spring count were "
            "unlicensed.",
            "1,140 volunteers gave 118,000 hours; 62% of them joined before 2020.",
            "The towpath drew 6.2 million visits; 42% of its length is rated poor.",
        ],
        SM,
        y,
        SW - 2 * SM,
        gap=5,
    )

    # 4 context
    y = pdf.slide("What is changing around the canal")
    col = (SW - 2 * SM - 24) / 2
    pdf.put(SM, y, "Weather and water", 13, "B", REED)
    pdf.bullets(
        [
            "Summer droughts in 2025 and 2026 closed the Wyre summit for 47 days.",
            "Heavier winter rain caused three embankment slips in 2026.",
            "The 2027 reservoir safety guidance asks for telemetry on every large reservoir.",
        ],
        SM,
        y + 22,
        col,
    )
    pdf.put(SM + col + 24, y, "Money and people", 13, "B", REED)
    pdf.bullets(
        [
            "The Waterways Grant falls by 12% in real terms by 2031.",
            "Boating on our canals is up 6% since 2023; hire fleets book out by May.",
            "Volunteering nationally has shifted to short, flexible roles.",
        ],
        SM + col + 24,
        y + 22,
        col,
    )

    # 5 quotes
    y = pdf.slide("What we heard in the summer listening tour")
    quotes = [
        (
            '"We sat at the bottom of Hadley for six hours waiting for a fitter."',
            "Hire boat skipper",
        ),
        ('"I would give more time if I could book my own shifts."', "Volunteer lock-keeper, Wyre"),
        ('"We find a broken paddle when a boater rings us, never before."', "Bank ranger, Hadley"),
        ('"The towpath by Merrow Basin is a mud bath from October."', "Cyclist, towpath survey"),
    ]
    for q, who in quotes:
        y = pdf.para(SM + 10, y, SW - 2 * SM - 20, q, 14, "I", DARK, 1.25)
        y = pdf.para(SM + 10, y + 1, 400, who, 10, "B", REED) + 9

    # 6 north star
    y = pdf.slide("Our north star")
    pdf.set_fill_color(*CANAL_PALE)
    pdf.rect(SM, y, SW - 2 * SM, 90, style="F")
    pdf.put(SM + 14, y + 10, "The waterway we want", 11, "B", MID)
    pdf.para(
        SM + 14,
        y + 30,
        SW - 2 * SM - 28,
        "Living waterways, open to everyone and cared for by many hands.",
        20,
        "B",
        CANAL,
    )
    y2 = y + 106
    pdf.set_fill_color(*REED)
    pdf.rect(SM, y2, SW - 2 * SM, 90, style="F")
    pdf.put(SM + 14, y2 + 10, "How we will know", 11, "B", WHITE_T)
    pdf.para(
        SM + 14,
        y2 + 30,
        SW - 2 * SM - 28,
        "Bring all 188 locks to condition grade B or better by March 2031.",
        20,
        "B",
        WHITE_T,
    )

    # 7 currents 1 and 2
    y = pdf.slide("Four Currents: the structures and the boats")
    pdf.bullets(
        [
            "Current 1, Sound Structures:",
            ("Aim: fewer and shorter stoppages, found before a boater finds them.", 1),
            ("1.1 Fit gate and paddle sensors to 60 locks on the busiest flights", 1),
            ("1.2 Record principal inspections on tablets straight into Waymark", 1),
            ("1.3 Reline the Edgecote culvert and regrade the Fallow Moor embankment", 1),
            ("1.4 Extend FlowWatch telemetry to Tarnley, Edgecote and Fallow Moor reservoirs", 1),
            "Current 2, Every Boat Counted:",
            ("Aim: every boat on the water licensed and known to us.", 1),
            ("2.1 Log boat sightings on the Tillerbook app during the spring count", 1),
            ("2.2 Offer online licence renewal by direct debit", 1),
            ("2.3 Send a reminder 30 days before a licence lapses", 1),
        ],
        SM,
        y,
        SW - 2 * SM,
        size=13,
        gap=2.5,
    )

    # 8 currents 3 and 4
    y = pdf.slide("Four Currents: the people and the towpath")
    pdf.bullets(
        [
            "Current 3, Volunteers at the Heart:",
            ("Aim: more volunteers, giving more hours, in roles they choose.", 1),
            ("3.1 Recruit and train 150 volunteer lock-keepers", 1),
            ("3.2 Move lock-keeper shift booking into VolunteerLink", 1),
            ("3.3 Start a volunteer ranger team in each of the five areas", 1),
            "Current 4, Towpaths for All:",
            ("Aim: a towpath people can use all year.", 1),
            ("4.1 Resurface 18 miles of towpath on the Wyre line", 1),
            ("4.2 Replace the five faulty visitor counters and add eight more", 1),
            ("4.3 Text stoppage notices to boaters within an hour of a closure", 1),
        ],
        SM,
        y,
        SW - 2 * SM,
        size=13,
        gap=2.5,
    )

    # 9 KPIs
    y = pdf.slide("How we will measure progress")
    pdf.table(
        [
            ["Measure", "2026/27", "Target", "By", "Owner"],
            [
                "Lock availability in the boating season",
                "93.1%",
                "98%",
                "Oct 2030",
                "Head of Asset Management",
            ],
            [
                "Stoppages lasting over 48 hours",
                "41",
                "15 a year",
                "Mar 2031",
                "Head of Asset Management",
            ],
            [
                "Principal inspections completed on time",
                "64%",
                "100%",
                "Mar 2030",
                "Head of Asset Management",
            ],
            [
                "Licensed boats at the spring count",
                "91.5%",
                "97%",
                "Mar 2030",
                "Head of Boating and Licensing",
            ],
            [
                "Volunteer hours given a year",
                "118,000",
                "160,000",
                "Mar 2031",
                "Head of Volunteering",
            ],
            ["Towpath rated good or fair", "58%", "80%", "Mar 2031", "Towpath and Visitor Manager"],
        ],
        [250, 62, 66, 66, 204],
        SM,
        y,
        size=10.5,
    )

    # 10 roadmap: phases as rows
    y = pdf.slide("Roadmap: Now, Next, Later")
    y = pdf.table(
        [
            ["Phase", "When", "What happens", "Gate at the end"],
            [
                "Now",
                "Year 1, Months 0-12",
                "Heron on the Hadley Flight; inspection tablets; lock operations course; "
                "online licence renewal",
                "Gate 1, Month 12: the Heron go/no-go",
            ],
            [
                "Next",
                "Year 2, Months 12-24",
                "Sensors to 60 locks; Edgecote culvert; reservoir telemetry; 150 lock-keepers",
                "Gate 2, Month 24: release of the Later phase",
            ],
            [
                "Later",
                "Year 3, Months 24-36",
                "Wyre towpath resurfaced; visitor counters; every lock at grade B or better",
                "Close-out review, Month 36",
            ],
        ],
        [70, 110, 290, 178],
        SM,
        y,
        size=10.5,
    )
    pdf.para(
        SM,
        y + 12,
        SW - 2 * SM,
        "Year 1 starts on 1 April 2028; months are counted from that date.",
        11,
        "I",
        MID,
    )

    # 11 pilot
    y = pdf.slide("Pilot: Project Heron on the Hadley Flight")
    pdf.bullets(
        [
            "Where: the 14 locks of the Hadley Flight, from Hadley Basin to Summit Lock.",
            "When: Months 3 to 12 of Year 1.",
            "What: gate and paddle sensors on all 14 locks, and volunteer lock-keepers on the "
            "flight every day of the season.",
            "Success criteria:",
            ("The flight's locks open on 97% or more of season days", 1),
            ("Sensors report on 95% of days", 1),
            ("40 volunteer lock-keepers trained and on the rota", 1),
            ("A fault found by a sensor reaches a bank ranger within 2 hours", 1),
            "Go/no-go at Gate 1 in Month 12: the Open Water Programme Board decides; a go takes "
            "sensors to 60 locks in Year 2.",
        ],
        SM,
        y,
        SW - 2 * SM,
        size=12.5,
        gap=3,
    )

    # 12 first 100 days
    y = pdf.slide("The first 100 days")
    left = [
        "Appoint the Open Water Programme Lead",
        "Hold the first Open Water Programme Board",
        "Agree the 2026/27 baselines for the six measures",
        "Order the Heron sensors for the Hadley Flight",
        "Survey mobile signal along the Hadley Flight",
    ]
    right = [
        "Apply for scheduled monument consent for locks 4, 5 and 9",
        "Open consultation with UNISON on lock-keeper rotas",
        "Run the first lock operations course for volunteers",
        "Buy 24 tablets for the inspecting engineers",
        "Book the Edgecote culvert contractor for winter 2029/30",
    ]
    col = (SW - 2 * SM - 24) / 2
    pdf.bullets(left, SM, y, col, size=12)
    pdf.bullets(right, SM + col + 24, y, col, size=12)

    # 13 investment
    y = pdf.slide("Investment: \u00a39.8m over three years")
    y = pdf.table(
        [
            ["Current", "Now", "Next", "Later", "Total"],
            ["Sound Structures", "\u00a31.9m", "\u00a32.6m", "\u00a31.0m", "\u00a35.5m"],
            ["Every Boat Counted", "\u00a30.3m", "\u00a30.2m", "\u00a30.1m", "\u00a30.6m"],
            ["Volunteers at the Heart", "\u00a30.4m", "\u00a30.3m", "\u00a30.2m", "\u00a30.9m"],
            ["Towpaths for All", "\u00a30.6m", "\u00a30.8m", "\u00a30.9m", "\u00a32.3m"],
            ["Programme team", "\u00a30.4m", "\u00a30.1m", "\u00a30.0m", "\u00a30.5m"],
        ],
        [220, 90, 90, 90, 90],
        SM,
        y,
        size=11,
    )
    pdf.bullets(
        [
            "Funded by the Canal & Heritage Fund grant (\u00a32.4m), the Waterways Grant "
            "(\u00a34.6m) and our own reserves and appeals (\u00a32.8m).",
            "Avoided emergency repairs are worth about \u00a30.9m a year from Year 3.",
        ],
        SM,
        y + 14,
        SW - 2 * SM,
        size=12,
    )

    # 14 risks
    y = pdf.slide("Risks and how we will handle them")
    pdf.table(
        [
            ["Risk", "Mitigation"],
            [
                "Monument consent delays lock works",
                "Apply in the first 100 days and agree a class consent with Historic England",
            ],
            [
                "New volunteers drift away",
                "Pair each new lock-keeper with an experienced mentor for the first season",
            ],
            [
                "Sensors drop out where signal is weak",
                "Install LoRaWAN gateways on the Hadley Flight",
            ],
            [
                "The winter window is too short for the culvert",
                "Book the contractor a year ahead and line the culvert in two winters",
            ],
            [
                "The heritage grant must be spent by March 2030",
                "Bring the heritage lock works forward into the Next phase",
            ],
        ],
        [250, 398],
        SM,
        y,
        size=11,
    )

    # 15 governance
    y = pdf.slide("Governance")
    pdf.bullets(
        [
            "Sponsor: the Director of Waterways, who chairs the Open Water Programme Board.",
            "The Programme Board meets monthly, takes the gates and the Heron go/no-go, and "
            "releases funds within the budget the Trustees approve.",
            "The Trustees' Waterways Committee reviews progress each quarter.",
            "Each Current has a lead from the Board's members.",
            "UNISON and the Boaters' Forum are consulted before changes that affect them.",
        ],
        SM,
        y,
        SW - 2 * SM,
        gap=6,
    )

    # 16 asks
    y = pdf.slide("What we ask of the Trustees today")
    pdf.bullets(
        [
            "Approve Open Water 2031 and its six measures.",
            "Release \u00a33.6m for the Now phase.",
            "Confirm the Director of Waterways as sponsor.",
        ],
        SM,
        y + 10,
        SW - 2 * SM,
        size=16,
        gap=12,
    )
    return pdf


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Brackenholt Timber
# An in-house deck made of grouped shapes, as a designer builds one by hand: every card, tile
# and KPI row is a group of a panel and text boxes, the levers are SmartArt-like cards with
# their initiatives as indented sub-points, the roadmap is a Gantt chart of bars on a month
# axis (Months 0 to 24, anchored once to a calendar month), and governance is a hierarchy of
# boxes. Titles are free text boxes; there are no tables.

PINE = RGBColor(0x23, 0x4D, 0x3A)
SAWDUST = RGBColor(0xF3, 0xEA, 0xD7)
RESIN = RGBColor(0xC8, 0x8A, 0x2E)
BARK = RGBColor(0x5A, 0x46, 0x36)
CHALK = RGBColor(0xFB, 0xF8, 0xF2)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
CHAR = RGBColor(0x2B, 0x2B, 0x2B)
BRACKENHOLT_FOOT = (
    "Brackenholt Timber Ltd  /  Straight Grain 2029  /  Board of Directors, 8 September 2027"
)


def mill_slide(prs: PresentationType, title: str, strap: str = "") -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    background(slide, CHALK)
    group = slide.shapes.add_group_shape()
    shape(group.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 0.35, 7.5, PINE)
    text_box(group.shapes, 0.7, 0.35, 11.8, 0.8, [title], 28, True, PINE)
    if strap:
        text_box(group.shapes, 0.7, 1.05, 11.8, 0.45, [strap], 15, False, BARK)
    footer = slide.shapes.add_group_shape()
    text_box(footer.shapes, 0.7, 7.0, 10.0, 0.3, [BRACKENHOLT_FOOT], 9, False, BARK)
    text_box(footer.shapes, 12.3, 7.0, 0.6, 0.3, [str(len(prs.slides))], 9, True, BARK)
    return slide


def card(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    head: str,
    body: Sequence[Para],
    fill: RGBColor = SAWDUST,
    band: RGBColor = RESIN,
    size: int = 13,
):
    """A SmartArt-like card: a group of a panel, a coloured band with the heading and a body."""
    group = shapes.add_group_shape()
    shape(group.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, left, top, width, height, fill)
    shape(group.shapes, MSO_SHAPE.RECTANGLE, left, top, width, 0.5, band, [head], 14, True, WHITE)
    if body:
        text_box(
            group.shapes,
            left + 0.12,
            top + 0.6,
            width - 0.24,
            height - 0.7,
            body,
            size,
            False,
            CHAR,
        )
    return group


def label_tile(
    shapes, left: float, top: float, width: float, label: str, number: str, caption: str
):
    """A tile grouped from a panel and three text boxes: label above the number."""
    group = shapes.add_group_shape()
    shape(group.shapes, MSO_SHAPE.RECTANGLE, left, top, width, 2.0, WHITE, outline=RESIN)
    text_box(group.shapes, left + 0.15, top + 0.12, width - 0.3, 0.5, [label], 13, True, BARK)
    text_box(group.shapes, left + 0.15, top + 0.6, width - 0.3, 0.8, [number], 36, True, PINE)
    text_box(group.shapes, left + 0.15, top + 1.4, width - 0.3, 0.5, [caption], 11, False, CHAR)
    return group


def build_brackenholt() -> PresentationType:
    prs = new_deck()
    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    background(s, PINE)
    g = s.shapes.add_group_shape()
    shape(g.shapes, MSO_SHAPE.RECTANGLE, 0.8, 1.2, 0.18, 4.2, RESIN)
    text_box(g.shapes, 1.2, 1.2, 11.0, 0.6, ["BRACKENHOLT TIMBER LTD"], 18, True, SAWDUST)
    text_box(g.shapes, 1.2, 1.9, 11.0, 1.3, ["Straight Grain 2029"], 54, True, WHITE)
    text_box(
        g.shapes,
        1.2,
        3.3,
        11.0,
        1.8,
        [
            "Modernising our two sawmills, Months 0 to 24",
            "Board of Directors, 8 September 2027",
            "Paper BT-27-18, from the Chief Operating Officer",
        ],
        18,
        False,
        SAWDUST,
    )

    # 2 executive summary
    s = mill_slide(
        prs,
        "Straight Grain 2029 in one page",
        "More timber from every log, drier boards, a safer yard",
    )
    for i, (label, number, caption) in enumerate(
        [
            ("Log-to-sawn recovery", "52%", "by December 2029, from 48.5%"),
            ("Kiln degrade", "2.0%", "by December 2029, from 4.8%"),
            ("Saw line availability", "88%", "by December 2029, from 78%"),
            ("Yard vehicle incidents", "10", "in 2029, from 27 in 2026"),
        ]
    ):
        label_tile(s.shapes, 0.7 + i * 3.05, 1.7, 2.85, label, number, caption)
    g = s.shapes.add_group_shape()
    shape(g.shapes, MSO_SHAPE.RECTANGLE, 0.7, 4.0, 12.0, 2.7, SAWDUST)
    text_box(
        g.shapes,
        0.9,
        4.1,
        11.6,
        2.5,
        [
            "Four levers and 12 initiatives over 24 months, costing \u00a36.2m.",
            "Project Alder proves log scanning and optimising on Kelda Mill's K2 line from "
            "Month 3.",
            "We ask the Board to approve the programme and release \u00a32.7m for Stage 1 and "
            "Alder.",
        ],
        16,
        False,
        CHAR,
    )

    # 3 current state: six SmartArt-like cards
    s = mill_slide(prs, "Where our mills stand after 2026")
    facts = [
        ("Two mills", ["Brackenholt (Cumbria) and Kelda (North Yorkshire), 236 staff."]),
        ("Logs in", ["412,000 cubic metres of spruce and pine roundwood bought in 2026."]),
        (
            "Timber out",
            [
                "201,000 cubic metres of sawn timber shipped; the rest became chips, "
                "sawdust and bark."
            ],
        ),
        ("From each log", ["48.5% of every cubic metre left the mill as sawn timber."]),
        ("After drying", ["4.8% of dried boards were downgraded for splits, warp or wet pockets."]),
        (
            "In the yard",
            [
                "27 incidents between loaders, lorries and people; 31% of logs waited "
                "more than eight weeks."
            ],
        ),
    ]
    for i, (head, body) in enumerate(facts):
        card(s.shapes, 0.7 + (i % 3) * 4.05, 1.6 + (i // 3) * 2.65, 3.85, 2.45, head, body, size=14)

    # 4 context
    s = mill_slide(prs, "The market is moving our way, costs are moving against us")
    card(
        s.shapes,
        0.7,
        1.6,
        5.9,
        5.1,
        "Demand",
        [
            "The UK imports four-fifths of the sawn softwood it uses.",
            "Timber-frame housebuilders want more strength-graded C24.",
            "Fencing and pallet demand has been flat since 2024.",
        ],
        band=PINE,
        size=15,
    )
    card(
        s.shapes,
        6.8,
        1.6,
        5.9,
        5.1,
        "Costs",
        [
            "Electricity at both mills costs 38% more than in 2023.",
            "Roundwood prices rose 11% in 2027 as the spruce harvest dipped.",
            "Nordvik Wood AB expects each of its mills to fund half of its own investment.",
        ],
        band=BARK,
        size=15,
    )

    # 5 quotes
    s = mill_slide(prs, "Voices from the mill floor and the yard")
    for i, (quote, who) in enumerate(
        [
            (
                "\u201cI set the saw pattern by eye. Some days the log wins.\u201d",
                "Sawyer, Kelda K2",
            ),
            (
                "\u201cWe only find the wet boards when the customer rings.\u201d",
                "Kiln operator, Kelda",
            ),
            ("\u201cYour C24 is good when we can get it.\u201d", "Timber-frame customer"),
            ("\u201cI wait an hour to tip at Kelda on a Monday.\u201d", "Log haulier"),
        ]
    ):
        g = s.shapes.add_group_shape()
        shape(
            g.shapes,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            0.7 + (i % 2) * 6.1,
            1.6 + (i // 2) * 2.6,
            5.9,
            2.4,
            WHITE,
            outline=RESIN,
        )
        text_box(
            g.shapes, 0.9 + (i % 2) * 6.1, 1.75 + (i // 2) * 2.6, 5.5, 1.4, [quote], 18, False, PINE
        )
        text_box(
            g.shapes, 0.9 + (i % 2) * 6.1, 3.3 + (i // 2) * 2.6, 5.5, 0.5, [who], 12, True, BARK
        )

    # 6 north star
    s = mill_slide(prs, "Our north star")
    g = s.shapes.add_group_shape()
    shape(g.shapes, MSO_SHAPE.OVAL, 0.9, 1.7, 2.2, 2.2, RESIN, ["Why"], 24, True, WHITE)
    text_box(
        g.shapes,
        3.4,
        2.1,
        9.2,
        1.6,
        ["Every log used to its fullest, by people who go home safe."],
        26,
        True,
        PINE,
    )
    g = s.shapes.add_group_shape()
    shape(g.shapes, MSO_SHAPE.OVAL, 0.9, 4.3, 2.2, 2.2, PINE, ["What"], 24, True, WHITE)
    text_box(
        g.shapes,
        3.4,
        4.7,
        9.2,
        1.6,
        [
            "Ship 240,000 cubic metres of sawn timber in calendar year 2029 from the same "
            "log intake."
        ],
        26,
        True,
        PINE,
    )

    # 7 levers
    s = mill_slide(prs, "Four levers, twelve initiatives")
    levers = [
        (
            "A. Smart Headrig",
            [
                "Aim: more sawn timber from each log.",
                ("A1 Install 3D log scanners and optimising software on both headrigs", 1),
                ("A2 Replace the K2 headrig controls at Kelda", 1),
                ("A3 Train every sawyer to run the optimiser", 1),
            ],
        ),
        (
            "B. Kiln Control",
            [
                "Aim: every board dried right first time.",
                ("B1 Bring Kelda's six kilns onto KilnMaster", 1),
                ("B2 Fit in-kiln moisture probes to all 14 kilns", 1),
                ("B3 Sort boards by moisture before they are stacked", 1),
            ],
        ),
        (
            "C. Safe Yard",
            [
                "Aim: people and machines kept apart.",
                ("C1 Fence pedestrian walkways through both log yards", 1),
                ("C2 Fit telematics and proximity alarms to all 38 yard machines", 1),
                ("C3 Book lorries into timed tipping slots", 1),
            ],
        ),
        (
            "D. Forest to Mill",
            [
                "Aim: the right logs, fresh, at the right mill.",
                ("D1 Record the forest compartment of every load in LogGate", 1),
                ("D2 Agree three-year supply contracts for 75% of intake", 1),
                ("D3 Measure each log at intake with a log scanner at Brackenholt", 1),
            ],
        ),
    ]
    for i, (head, body) in enumerate(levers):
        card(
            s.shapes,
            0.7 + (i % 2) * 6.1,
            1.5 + (i // 2) * 2.75,
            5.9,
            2.6,
            head,
            body,
            band=PINE if i % 2 == 0 else RESIN,
            size=14,
        )

    # 8 KPIs as grouped rows of shapes
    s = mill_slide(prs, "Six measures, one baseline year", "Baselines are for calendar 2026")
    heads = ["Measure", "2026", "Target", "By", "Owner"]
    xs = [0.7, 4.9, 6.4, 7.9, 9.4]
    ws = [4.1, 1.4, 1.4, 1.4, 3.3]
    g = s.shapes.add_group_shape()
    for x, w, h in zip(xs, ws, heads, strict=True):
        shape(g.shapes, MSO_SHAPE.RECTANGLE, x, 1.7, w, 0.5, PINE, [h], 13, True, WHITE)
    rows = [
        ("Log-to-sawn recovery", "48.5%", "52%", "Dec 2029", "Mill Managers"),
        ("Kiln degrade", "4.8%", "2.0%", "Dec 2029", "Kiln and Drying Manager"),
        ("Saw line availability", "78%", "88%", "Dec 2029", "Maintenance and Engineering"),
        ("Logs held over eight weeks", "31%", "10%", "Jun 2029", "Wood Supply Manager"),
        ("Yard vehicle incidents", "27", "10 a year", "Dec 2029", "Head of Health and Safety"),
        (
            "Electricity per cubic metre sawn",
            "41 kWh",
            "34 kWh",
            "Dec 2029",
            "Energy and Environment",
        ),
    ]
    for r, row in enumerate(rows):
        g = s.shapes.add_group_shape()
        top = 2.3 + r * 0.7
        for x, w, value in zip(xs, ws, row, strict=True):
            shape(
                g.shapes,
                MSO_SHAPE.RECTANGLE,
                x,
                top,
                w,
                0.6,
                SAWDUST if r % 2 == 0 else WHITE,
                [value],
                13,
                x == xs[0],
                CHAR,
            )

    # 9 Gantt roadmap
    s = mill_slide(prs, "Roadmap: three stages over 24 months", "Month 0 is January 2028")
    axis = s.shapes.add_group_shape()
    x0, span = 3.2, 9.4  # inches for 24 months
    for m in range(0, 25, 3):
        text_box(axis.shapes, x0 + span * m / 24 - 0.25, 1.55, 0.6, 0.3, [f"M{m}"], 10, True, BARK)
    stages = [
        ("Stage 1: Stabilise, Months 0-6", 0, 6, RESIN),
        ("Stage 2: Scale, Months 6-15", 6, 15, PINE),
        ("Stage 3: Sustain, Months 15-24", 15, 24, BARK),
    ]
    band = s.shapes.add_group_shape()
    for name, a, b, col in stages:
        shape(
            band.shapes,
            MSO_SHAPE.RECTANGLE,
            x0 + span * a / 24,
            1.9,
            span * (b - a) / 24,
            0.45,
            col,
            [name],
            11,
            True,
            WHITE,
        )
    bars = [
        (
            "A. Smart Headrig",
            [
                ("Alder on K2", 3, 9),
                ("Scanners at Brackenholt", 9, 15),
                ("Optimiser tuning", 15, 24),
            ],
        ),
        ("B. Kiln Control", [("Kelda kilns onto KilnMaster", 2, 10), ("Moisture probes", 10, 18)]),
        (
            "C. Safe Yard",
            [("Walkways", 0, 6), ("Telematics and alarms", 4, 12), ("Tipping slots", 12, 18)],
        ),
        (
            "D. Forest to Mill",
            [("LogGate compartments", 0, 6), ("Supply contracts", 6, 15), ("Log scanner", 15, 24)],
        ),
    ]
    for r, (lever, items) in enumerate(bars):
        g = s.shapes.add_group_shape()
        top = 2.6 + r * 0.85
        text_box(g.shapes, 0.7, top, 2.4, 0.5, [lever], 13, True, PINE)
        for name, a, b in items:
            shape(
                g.shapes,
                MSO_SHAPE.ROUNDED_RECTANGLE,
                x0 + span * a / 24 + 0.03,
                top,
                span * (b - a) / 24 - 0.06,
                0.5,
                SAWDUST,
                [name],
                10,
                False,
                CHAR,
                outline=RESIN,
            )
    gates = s.shapes.add_group_shape()
    for label, m in [
        ("G1 M3: Alder starts", 3),
        ("G2 M9: Alder go/no-go", 9),
        ("G3 M15: Stage 3 opens", 15),
        ("Close-out M24", 24),
    ]:
        x = x0 + span * m / 24
        shape(gates.shapes, MSO_SHAPE.DIAMOND, x - 0.15, 6.05, 0.3, 0.3, RESIN)
        text_box(gates.shapes, x - 0.9, 6.4, 1.8, 0.5, [label], 10, True, BARK)

    # 10 pilot
    s = mill_slide(
        prs, "Pilot: Project Alder on Kelda Mill's K2 line", "Months 3 to 9, April to October 2028"
    )
    card(
        s.shapes,
        0.7,
        1.7,
        5.9,
        4.9,
        "What Alder does",
        [
            "3D scanning of every log on the K2 infeed.",
            "Optimising software sets the saw pattern for each log.",
            "New K2 headrig controls replace the 2004 set.",
            "Eight sawyers trained on the optimiser before go-live.",
        ],
        band=PINE,
        size=15,
    )
    card(
        s.shapes,
        6.8,
        1.7,
        5.9,
        4.9,
        "Success criteria",
        [
            "Recovery on K2 of 50.5% or better over eight weeks",
            "Scanner uptime of 97% or better",
            "Every K2 sawyer signed off on the optimiser",
            "K2 throughput at least equal to the 2026 average",
            "Go/no-go at Gate 2 (Month 9): the Steering Group decides; a go takes scanning to "
            "Brackenholt.",
        ],
        band=RESIN,
        size=15,
    )

    # 11 first 100 days (a checklist of shapes)
    s = mill_slide(prs, "The first 100 days from January 2028")
    items = [
        "Appoint the Straight Grain Programme Manager",
        "Hold the first Straight Grain Steering Group",
        "Choose the log scanner and optimiser supplier",
        "Survey Kelda's yard and sawline for Wi-Fi",
        "Renew the 14 forklift certificates that expire before June 2028",
        "Agree the 2026 baselines for the six measures",
        "Open consultation with Unite on telematics and K2 shifts",
        "Ask the network operator to quote for a supply upgrade at Kelda",
        "Start recording the forest compartment of each load in LogGate",
        "Load Kelda's kiln schedules into KilnMaster",
    ]
    for i, item in enumerate(items):
        g = s.shapes.add_group_shape()
        left = 0.8 + (i // 5) * 6.1
        top = 1.7 + (i % 5) * 1.0
        shape(g.shapes, MSO_SHAPE.RECTANGLE, left, top + 0.1, 0.3, 0.3, WHITE, outline=PINE)
        text_box(g.shapes, left + 0.45, top, 5.4, 0.8, [item], 14, False, CHAR)

    # 12 investment as a stacked bar of shapes
    s = mill_slide(prs, "Investment: \u00a36.2m over 24 months")
    g = s.shapes.add_group_shape()
    parts = [
        ("Smart Headrig \u00a32.9m", 2.9, PINE),
        ("Kiln Control \u00a31.4m", 1.4, RESIN),
        ("Safe Yard \u00a30.9m", 0.9, BARK),
        ("Forest to Mill \u00a30.6m", 0.6, RGBColor(0x8A, 0xA3, 0x6B)),
        ("Programme and training \u00a30.4m", 0.4, RGBColor(0x9E, 0x9E, 0x9E)),
    ]
    x = 0.7
    for _name, amount, col in parts:
        w = 12.0 * amount / 6.2
        shape(g.shapes, MSO_SHAPE.RECTANGLE, x, 1.8, w, 1.0, col)
        x += w
    text_box(g.shapes, 0.7, 3.0, 12.0, 1.6, [p[0] for p in parts], 14, False, CHAR)
    text_box(
        s.shapes,
        0.7,
        4.9,
        12.0,
        1.6,
        [
            "Nordvik Wood AB funds half; the other half comes from our own cash flow.",
            "Each point of recovery is worth about \u00a3640,000 a year at 2027 prices.",
        ],
        15,
        False,
        PINE,
    )

    # 13 risks
    s = mill_slide(prs, "What could go wrong, and what we will do")
    risks = [
        (
            "The optimiser cuts K2 throughput",
            "Run the optimiser in advisory mode for the first four weeks",
        ),
        (
            "Kelda's power supply limits new kit",
            "Fit variable-speed drives on the K2 infeed to free capacity",
        ),
        (
            "Saw doctors retire before the new saws arrive",
            "Take on two saw doctor apprentices in 2028",
        ),
        ("Roundwood prices rise again", "Fix prices in three-year supply contracts"),
        (
            "Telematics meets resistance on the shop floor",
            "Agree the data rules with Unite before fitting",
        ),
    ]
    for i, (risk, mitigation) in enumerate(risks):
        g = s.shapes.add_group_shape()
        top = 1.6 + i * 1.05
        shape(g.shapes, MSO_SHAPE.RECTANGLE, 0.7, top, 5.6, 0.9, SAWDUST, [risk], 14, True, BARK)
        shape(g.shapes, MSO_SHAPE.RIGHT_ARROW, 6.4, top + 0.2, 0.5, 0.5, RESIN)
        shape(
            g.shapes,
            MSO_SHAPE.RECTANGLE,
            7.0,
            top,
            5.7,
            0.9,
            WHITE,
            [mitigation],
            14,
            False,
            CHAR,
            outline=PINE,
        )

    # 14 governance: a hierarchy of boxes
    s = mill_slide(prs, "Who decides")
    g = s.shapes.add_group_shape()
    shape(
        g.shapes,
        MSO_SHAPE.RECTANGLE,
        4.4,
        1.6,
        4.6,
        0.8,
        BARK,
        ["Board of Directors: approves stages and budget"],
        13,
        True,
        WHITE,
    )
    shape(
        g.shapes,
        MSO_SHAPE.RECTANGLE,
        4.4,
        2.8,
        4.6,
        1.1,
        PINE,
        [
            "Straight Grain Steering Group",
            ("Chair: Chief Operating Officer, the sponsor", 1),
            ("Monthly; takes the gates and the Alder go/no-go", 1),
        ],
        13,
        True,
        WHITE,
    )
    for i, name in enumerate(["Lever A lead", "Lever B lead", "Lever C lead", "Lever D lead"]):
        shape(
            g.shapes,
            MSO_SHAPE.RECTANGLE,
            0.9 + i * 3.0,
            4.4,
            2.7,
            0.7,
            SAWDUST,
            [name],
            13,
            True,
            PINE,
        )
    text_box(
        s.shapes,
        0.9,
        5.4,
        11.6,
        1.4,
        [
            "The Programme Manager runs the plan and the risk log and is secretary to the Steering Group.",
            "Unite and the employee safety representative are consulted before changes that affect "
            "working practices.",
        ],
        13,
        False,
        CHAR,
    )

    # 15 asks
    s = mill_slide(prs, "Decisions we ask of the Board")
    for i, ask in enumerate(
        [
            "Approve Straight Grain 2029 and its six measures.",
            "Release \u00a32.7m for Stage 1 and Project Alder.",
            "Put the Brackenholt scanner to the Nordvik investment board in March 2028.",
        ]
    ):
        g = s.shapes.add_group_shape()
        shape(
            g.shapes,
            MSO_SHAPE.OVAL,
            0.9,
            1.8 + i * 1.5,
            0.9,
            0.9,
            RESIN,
            [str(i + 1)],
            20,
            True,
            WHITE,
        )
        text_box(g.shapes, 2.1, 1.95 + i * 1.5, 10.4, 0.9, [ask], 20, False, PINE)
    return prs


# =========================================================================== Hollin Pest
# A presenter's deck in a dark theme, as exported from Keynote to PowerPoint: a statement
# headline on every slide, a small section label with a number ("03 / Today"), numbered
# outlines whose sub-points are indented paragraphs, a scorecard in a native table with a
# status column, and the roadmap as a vertical timeline of waves dated in calendar quarters.

NIGHT = RGBColor(0x14, 0x17, 0x1C)
SLATE2 = RGBColor(0x24, 0x29, 0x31)
LIME = RGBColor(0xB5, 0xD3, 0x3D)
AMBER = RGBColor(0xF0, 0xA2, 0x02)
MIST = RGBColor(0xD6, 0xDB, 0xE0)
SNOW = RGBColor(0xFF, 0xFF, 0xFF)
HOLLIN_FOOT = "HOLLIN PEST SERVICES   Sentinel 2030   Board, 23 November 2027"


def night_slide(prs: PresentationType, section: str, headline: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    background(slide, NIGHT)
    n = len(prs.slides)
    text_box(slide.shapes, 0.8, 0.35, 8.0, 0.35, [f"{n:02d} / {section}"], 11, True, LIME)
    text_box(slide.shapes, 0.8, 0.7, 11.7, 1.3, [headline], 30, True, SNOW)
    text_box(slide.shapes, 0.8, 7.0, 9.0, 0.3, [HOLLIN_FOOT], 8, False, MIST)
    return slide


def build_hollin() -> PresentationType:
    prs = new_deck()
    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    background(s, NIGHT)
    shape(s.shapes, MSO_SHAPE.RECTANGLE, 0.8, 2.2, 1.4, 0.08, LIME)
    text_box(s.shapes, 0.8, 2.45, 11.5, 1.4, ["Sentinel 2030"], 60, True, SNOW)
    text_box(
        s.shapes,
        0.8,
        3.9,
        11.5,
        2.0,
        [
            "Hollin Pest Services Ltd",
            "Our plan for January 2028 to June 2030",
            "Board of Directors, 23 November 2027",
        ],
        20,
        False,
        MIST,
    )

    # 2 summary: four headline figures, one paragraph each
    s = night_slide(
        prs, "In short", "Faster to the door, watching every contract site, with fewer poisons"
    )
    for i, (fig, text) in enumerate(
        [
            ("90%", "of residential call-outs attended within 24 hours, by June 2030"),
            ("60%", "of commercial contract sites monitored remotely, by June 2030"),
            ("-40%", "rodenticide used per contract site, by June 2030"),
            ("\u00a315m", "of contract revenue a year, by June 2030"),
        ]
    ):
        shape(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            0.8 + i * 3.0,
            2.3,
            2.8,
            2.2,
            SLATE2,
            [fig, text],
            15,
            False,
            SNOW,
        )
    text_box(
        s.shapes,
        0.8,
        4.9,
        11.7,
        1.9,
        [
            "Four moves, three waves, one pilot: Project Sentry at the Leeds branch from July "
            "2028.",
            "The Board is asked to approve Sentinel 2030 and release \u00a31.1m for Wave 1.",
        ],
        16,
        False,
        MIST,
    )

    # 3 today
    s = night_slide(prs, "Today", "A good business that still runs on the phone and the clipboard")
    text_box(
        s.shapes,
        0.8,
        2.2,
        11.7,
        4.6,
        [
            "9 branches from Teesside to Sheffield, 71 field technicians and a contact centre "
            "in Wakefield.",
            "38,400 residential call-outs in 2026/27; 54% were attended within a day.",
            "2,700 commercial contracts: food premises, warehouses, housing associations and "
            "schools.",
            "\u00a311.2m of contract revenue and \u00a34.3m from one-off jobs in 2026/27.",
            "81% of contracts renewed at their anniversary.",
            "38% of new technicians left within their first year.",
        ],
        17,
        False,
        MIST,
    )

    # 4 market
    s = night_slide(prs, "Market", "Demand is rising and the rules on rodenticides are tightening")
    text_box(
        s.shapes,
        0.8,
        2.2,
        5.6,
        4.6,
        [
            "Demand",
            ("Rat call-outs across the North rose 23% between 2022 and 2026.", 1),
            ("Food retailers now ask for remote monitoring in their tenders.", 1),
            ("Two national firms opened depots in Leeds and Sheffield in 2027.", 1),
        ],
        18,
        True,
        SNOW,
    )
    text_box(
        s.shapes,
        6.9,
        2.2,
        5.6,
        4.6,
        [
            "Rules",
            (
                "The stewardship regime is under review, with tighter outdoor use expected from "
                "2029.",
                1,
            ),
            ("Insurers ask contract customers for digital service records.", 1),
            ("Technician wages rose 9% in 2027.", 1),
        ],
        18,
        True,
        SNOW,
    )

    # 5 quotes
    s = night_slide(prs, "Voices", "What customers and technicians told us this autumn")
    for i, (quote, who) in enumerate(
        [
            (
                "\u201cI rang on Friday night and got a message machine until Monday.\u201d",
                "Householder, Harrogate",
            ),
            (
                "\u201cThe auditor wanted last year's trap records and we had a box of carbon "
                "copies.\u201d",
                "Food factory manager",
            ),
            (
                "\u201cI drive forty miles to check boxes that are empty.\u201d",
                "Technician, Leeds branch",
            ),
            ("\u201cTell me when you are coming, not just the day.\u201d", "Landlord, Sheffield"),
        ]
    ):
        text_box(
            s.shapes,
            0.8 + (i % 2) * 6.0,
            2.1 + (i // 2) * 2.4,
            5.6,
            2.2,
            [quote, (who, 1)],
            18,
            False,
            MIST,
        )

    # 6 north star
    s = night_slide(prs, "North star", "Where we are heading")
    text_box(
        s.shapes,
        0.8,
        2.3,
        11.7,
        1.2,
        ["The first call for anyone who finds a pest, anywhere in the North."],
        28,
        True,
        LIME,
    )
    text_box(
        s.shapes,
        0.8,
        3.8,
        11.7,
        1.2,
        ["Grow contract revenue from \u00a311.2m to \u00a315m a year by June 2030."],
        28,
        True,
        SNOW,
    )
    text_box(
        s.shapes,
        0.8,
        5.3,
        11.7,
        1.0,
        ["The first line is our purpose; the second is the commitment we will be held to."],
        14,
        False,
        MIST,
    )

    # 7 moves 1 and 2
    s = night_slide(prs, "Moves", "Move 1 and Move 2: answer faster, watch every site")
    text_box(
        s.shapes,
        0.8,
        2.1,
        11.7,
        4.8,
        [
            "1. Same-Day Response: every householder seen within a day.",
            ("1.1 Take bookings online and by phone until 20:00, seven days a week", 1),
            ("1.2 Route technicians from ServiceTrak by postcode and skill", 1),
            ("1.3 Text the customer a two-hour arrival window", 1),
            "2. Connected Contracts: sensors that tell us where to go.",
            ("2.1 Fit TrapSense sensors at 1,600 commercial contract sites", 1),
            ("2.2 Send sensor alerts straight to the technician's ServiceTrak app", 1),
            ("2.3 Give contract customers an online record of every visit and catch", 1),
        ],
        18,
        True,
        SNOW,
    )

    # 8 moves 3 and 4
    s = night_slide(prs, "Moves", "Move 3 and Move 4: treat with care, keep our technicians")
    text_box(
        s.shapes,
        0.8,
        2.1,
        11.7,
        4.8,
        [
            "3. Careful Treatment: fewer poisons, every use justified.",
            ("3.1 Record rodenticide use per site in ServiceTrak", 1),
            ("3.2 Switch permanent outdoor baiting to monitored traps", 1),
            ("3.3 Audit one environmental risk assessment per technician each quarter", 1),
            "4. Technicians First: grow and keep our people.",
            ("4.1 Open a trainee technician scheme of 12 a year", 1),
            ("4.2 Pair every new technician with a field mentor for six months", 1),
            ("4.3 Move on-call to a rota agreed with the Technicians' Forum", 1),
        ],
        18,
        True,
        SNOW,
    )

    # 9 scorecard
    s = night_slide(prs, "Scorecard", "Six numbers the Board will see every quarter")
    status = {"On watch": AMBER, "Behind": RGBColor(0xE0, 0x4F, 0x4F), "On track": LIME}
    rows = [
        ["Measure", "2026/27", "June 2030", "Owner", "Status"],
        [
            "Residential call-outs attended within 24 hours",
            "54%",
            "90%",
            "Contact Centre Manager",
            "Behind",
        ],
        [
            "Residential jobs closed at the first visit",
            "61%",
            "75%",
            "Operations Director",
            "On watch",
        ],
        [
            "Contract sites with remote monitoring",
            "6%",
            "60%",
            "Head of Commercial Contracts",
            "Behind",
        ],
        [
            "Rodenticide per contract site a year",
            "4.1 kg",
            "2.5 kg",
            "Technical and Compliance Manager",
            "On watch",
        ],
        [
            "Contracts renewed at anniversary",
            "81%",
            "90%",
            "Head of Commercial Contracts",
            "On watch",
        ],
        ["New technicians leaving within a year", "38%", "20%", "HR Manager", "Behind"],
    ]
    fills = {(0, c): SLATE2 for c in range(5)}
    fills.update({(r, c): NIGHT for r in range(1, 7) for c in range(4)})
    colors = {(0, c): LIME for c in range(5)}
    for r in range(1, 7):
        fills[(r, 4)] = status[rows[r][4]]
        colors[(r, 4)] = NIGHT
    native_table(
        s,
        rows,
        0.8,
        2.1,
        [4.9, 1.3, 1.3, 3.2, 1.1],
        row_h=0.62,
        size=13,
        fills=fills,
        colors=colors,
        default_color=SNOW,
    )

    # 10 roadmap: vertical timeline of waves
    s = night_slide(prs, "Roadmap", "Three waves over 30 months")
    shape(s.shapes, MSO_SHAPE.RECTANGLE, 3.05, 2.1, 0.05, 4.7, LIME)
    waves = [
        (
            "Q1 2028 - Q3 2028",
            "Wave 1: Foundations",
            "Evening bookings; ServiceTrak routing; per-site rodenticide records; trainee scheme "
            "opens. Gate A, September 2028: Sentry go/no-go.",
        ),
        (
            "Q4 2028 - Q3 2029",
            "Wave 2: Connect",
            "TrapSense to 800 sites; alerts in the app; online visit records; on-call rota. "
            "Gate B, September 2029: Wave 3 release.",
        ),
        (
            "Q4 2029 - Q2 2030",
            "Wave 3: Extend",
            "TrapSense to 1,600 sites; monitored traps replace outdoor baiting. Close-out review, "
            "June 2030.",
        ),
    ]
    for i, (when, name, what) in enumerate(waves):
        top = 2.1 + i * 1.6
        text_box(s.shapes, 0.8, top, 2.1, 0.5, [when], 13, True, AMBER)
        shape(s.shapes, MSO_SHAPE.OVAL, 2.95, top + 0.08, 0.25, 0.25, LIME)
        text_box(s.shapes, 3.5, top, 9.0, 1.5, [name, (what, 1)], 18, True, SNOW)

    # 11 pilot
    s = night_slide(
        prs, "Pilot", "Project Sentry: 120 contract sites around Leeds, July to December 2028"
    )
    text_box(
        s.shapes,
        0.8,
        2.1,
        5.6,
        4.7,
        [
            "The test",
            ("TrapSense sensors at 120 contract sites served by the Leeds branch", 1),
            ("Alerts go to the technician's app, and visits follow the alerts", 1),
            ("Customers see every visit and catch online", 1),
        ],
        18,
        True,
        SNOW,
    )
    text_box(
        s.shapes,
        6.9,
        2.1,
        5.6,
        4.7,
        [
            "Success criteria",
            ("Sensors online on 95% of days", 1),
            ("Routine visits per site down 30%", 1),
            ("Every Sentry site passes its customer's audit", 1),
            ("Eight in ten Sentry customers would renew", 1),
            "Go/no-go",
            (
                "At Gate A in September 2028 the Sentinel Board decides whether TrapSense goes to "
                "800 sites.",
                1,
            ),
        ],
        18,
        True,
        SNOW,
    )

    # 12 first 90 days
    s = night_slide(prs, "First 90 days", "What happens between January and March 2028")
    text_box(
        s.shapes,
        0.8,
        2.1,
        11.7,
        4.8,
        [
            "Appoint the Sentinel Programme Lead and hold the first Sentinel Board",
            "Agree the 2026/27 baselines for the six scorecard measures",
            "Sign the TrapSense order for the 120 Sentry sites",
            "Survey mobile signal at the Leeds contract sites",
            "Merge duplicate customer records between CallPoint and ServiceTrak",
            "Open consultation with the Technicians' Forum on evening work and on-call",
            "Recruit the first 12 trainee technicians",
            "Move the Leeds branch vans onto Vantrack",
        ],
        17,
        False,
        MIST,
    )

    # 13 investment
    s = night_slide(prs, "Investment", "\u00a33.4m over 30 months, paid back in year three")
    native_table(
        s,
        [
            ["Move", "Wave 1", "Wave 2", "Wave 3", "Total"],
            ["Same-Day Response", "\u00a30.35m", "\u00a30.20m", "\u00a30.05m", "\u00a30.60m"],
            ["Connected Contracts", "\u00a30.30m", "\u00a30.90m", "\u00a30.80m", "\u00a32.00m"],
            ["Careful Treatment", "\u00a30.10m", "\u00a30.10m", "\u00a30.10m", "\u00a30.30m"],
            ["Technicians First", "\u00a30.25m", "\u00a30.15m", "\u00a30.10m", "\u00a30.50m"],
        ],
        0.8,
        2.1,
        [4.0, 1.9, 1.9, 1.9, 1.9],
        row_h=0.55,
        size=14,
        fills={(r, c): SLATE2 if r == 0 else NIGHT for r in range(5) for c in range(5)},
        default_color=SNOW,
    )
    text_box(
        s.shapes,
        0.8,
        5.3,
        11.7,
        1.4,
        [
            "Fewer routine visits free about 9,000 technician hours a year once 1,600 sites are "
            "monitored.",
        ],
        15,
        False,
        MIST,
    )

    # 14 risks
    s = night_slide(prs, "Risks", "Five risks we will manage")
    text_box(
        s.shapes,
        0.8,
        2.1,
        11.7,
        4.8,
        [
            "Sensors lose signal in basements",
            ("Mitigation: use TrapSense's LoRa gateway at sites with weak signal", 1),
            "Technicians see sensors as a threat to their jobs",
            ("Mitigation: redeploy freed hours to new contracts and agree this with the Forum", 1),
            "Evening bookings outrun technician capacity",
            ("Mitigation: open evenings branch by branch as trainees qualify", 1),
            "Stewardship rules change mid-programme",
            ("Mitigation: move outdoor baiting to monitored traps ahead of the rules", 1),
            "Customer records stay duplicated",
            ("Mitigation: one customer number across CallPoint and ServiceTrak", 1),
        ],
        16,
        True,
        SNOW,
    )

    # 15 governance and asks
    s = night_slide(prs, "Governance and asks", "How we will run it, and what we ask today")
    text_box(
        s.shapes,
        0.8,
        2.1,
        5.6,
        4.7,
        [
            "Governance",
            ("The Managing Director sponsors Sentinel 2030 and chairs the Sentinel Board", 1),
            ("The Sentinel Board meets monthly, takes Gates A and B and the Sentry go/no-go", 1),
            ("The Programme Lead reports to it and keeps the risk log", 1),
            ("The Technicians' Forum is consulted on rotas and working practices", 1),
        ],
        17,
        True,
        SNOW,
    )
    text_box(
        s.shapes,
        6.9,
        2.1,
        5.6,
        4.7,
        [
            "Asks",
            ("Approve Sentinel 2030 and its scorecard", 1),
            ("Release \u00a31.1m for Wave 1", 1),
            ("Note that Tarrock Capital will review Wave 2 funding in September 2028", 1),
        ],
        17,
        True,
        SNOW,
    )
    notes(s, ["Gate B also asks the owners to confirm the Wave 3 budget."])
    return prs


# =========================================================================== org folders
# Each case's org/ folder as the organization would keep it. Text is stored verbatim.

# --------------------------------------------------------------------------- Merrow org
# The roster is a JSON export of the Trust's establishment ("posts": post, directorate, tier,
# reports_to, remit), as its HR system writes it.

MERROW_POSTS = [
    (
        "Chief Executive",
        "Executive",
        "core",
        "Board of Trustees",
        "Leads the Trust and answers to the Board of Trustees; signs the annual plan and the "
        "Trust's grant agreements.",
    ),
    (
        "Director of Waterways",
        "Waterways",
        "core",
        "Chief Executive",
        "Executive sponsor of Open Water 2031. Chairs the Open Water Programme Board, takes its "
        "gates and the Heron go/no-go, and releases programme funds within the budget the "
        "Trustees approve. Runs the five waterway areas, engineering and asset management.",
    ),
    (
        "Open Water Programme Lead",
        "Programme Office",
        "core",
        "Director of Waterways",
        "Runs the Open Water plan, its phases and gates, the risk log and benefits tracking; "
        "secretary to the Programme Board; owns the Heron pilot plan with the Area Operations "
        "Manager, Hadley and Wyre.",
    ),
    (
        "Head of Asset Management",
        "Waterways",
        "core",
        "Director of Waterways",
        "Owns the asset register in Waymark, the principal inspection programme, lock condition "
        "grades and the works programme for locks, culverts, embankments and aqueducts. Owns the "
        "lock availability, stoppage and inspection measures and leads Current 1.",
    ),
    (
        "Area Operations Manager, Hadley and Wyre",
        "Waterways",
        "core",
        "Director of Waterways",
        "Runs the Hadley and Wyre area: bank rangers, lock-keepers, stoppages and the response to "
        "faults. Leads Project Heron on the Hadley Flight.",
    ),
    (
        "Principal Reservoir Engineer",
        "Waterways",
        "core",
        "Head of Asset Management",
        "Supervising engineer for the Trust's nine reservoirs under the Reservoirs Act; owns "
        "FlowWatch telemetry, water levels and the reservoir works.",
    ),
    (
        "Head of Boating and Licensing",
        "Boating",
        "core",
        "Director of Waterways",
        "Owns boat licensing and moorings in Tillerbook, the spring boat count, licence "
        "enforcement and renewals. Owns the licensed boats measure and leads Current 2.",
    ),
    (
        "Head of Volunteering",
        "Volunteering",
        "core",
        "Chief Executive",
        "Recruits, places and supports volunteers; runs VolunteerLink and the volunteer group "
        "leaders. Owns the volunteer hours measure and leads Current 3.",
    ),
    (
        "Towpath and Visitor Manager",
        "Waterways",
        "core",
        "Director of Waterways",
        "Owns towpath condition, resurfacing schemes, towpath counters and visitor information, "
        "including stoppage notices. Owns the towpath measure and leads Current 4.",
    ),
    (
        "Head of Digital and Data",
        "Finance and Resources",
        "core",
        "Finance Director",
        "Runs the Trust's IT, the Wharf data warehouse and its Power BI dashboards, CanalMap, "
        "networks and the connection of sensors and tablets to our systems.",
    ),
    (
        "Finance Director",
        "Finance and Resources",
        "core",
        "Chief Executive",
        "Budgets, the business case, grant claims and benefits; agrees the baseline of each "
        "measure with the programme; approves spending within a released budget.",
    ),
    (
        "Learning and Development Manager",
        "People",
        "extended",
        "Head of People",
        "Runs the Towpath Learning Centre, the Trust's training function for staff and "
        "volunteers: the lock operations course, first aid, inspection and supervisor training; "
        "keeps training records in VolunteerLink and the HR system.",
    ),
    (
        "Head of People",
        "People",
        "extended",
        "Chief Executive",
        "Recruitment, contracts, rotas policy and succession; leads consultation with UNISON.",
    ),
    (
        "Head of Heritage and Consents",
        "Waterways",
        "extended",
        "Director of Waterways",
        "Heritage advice and the Trust's applications for scheduled monument consent, listed "
        "building consent and planning permission.",
    ),
    (
        "Procurement and Contracts Manager",
        "Finance and Resources",
        "extended",
        "Finance Director",
        "Runs tenders and the works contractor framework; buys equipment and services.",
    ),
    (
        "Fundraising and Grants Manager",
        "Fundraising",
        "extended",
        "Chief Executive",
        "Appeals and grant bids, and reporting to funders including the Canal & Heritage Fund.",
    ),
    (
        "UNISON Branch Secretary",
        "UNISON branch",
        "consultative",
        "UNISON branch members",
        "Elected secretary of the UNISON branch, which the Trust consults on changes to staff "
        "duties, rotas and working hours. Consulted on the programme; takes no part in running it.",
    ),
    (
        "Chair of the Boaters' Forum",
        "Boaters' Forum",
        "consultative",
        "Boaters' Forum",
        "Chairs the forum of boaters and boating businesses the Trust consults on licence terms, "
        "stoppages and notices. Consulted; owns no programme work.",
    ),
]


def merrow_posts_json() -> str:
    data = {
        "organisation": "Merrow Navigation Trust",
        "export": "Establishment export from the HR system, 4 October 2027",
        "tiers": {
            "core": "sits on the Open Water Programme Board or leads a Current",
            "extended": "contributes, advises or supports",
            "consultative": "consulted before decisions that affect its members; owns no work",
        },
        "posts": [
            {"post": p, "directorate": d, "tier": t, "reports_to": r, "remit": m}
            for p, d, t, r, m in MERROW_POSTS
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


MERROW_ORG: dict[str, str | bytes] = {
    "people/posts.json": merrow_posts_json(),
    "governance/open-water-programme-board-terms.md": doc(
        """
        # Open Water Programme Board: terms of reference

        Agreed by the Executive Team on 29 September 2027, for the Board of Trustees of
        21 October 2027.

        ## Sponsor and chair

        The Director of Waterways is the executive sponsor of Open Water 2031 and chairs the
        Programme Board. The Open Water Programme Lead is its secretary.

        ## Members

        - Director of Waterways (chair)
        - Head of Asset Management (Current 1)
        - Head of Boating and Licensing (Current 2)
        - Head of Volunteering (Current 3)
        - Towpath and Visitor Manager (Current 4)
        - Head of Digital and Data
        - Finance Director
        - Area Operations Manager, Hadley and Wyre (while Project Heron runs)

        ## Decision rights

        - The Programme Board takes Gate 1 (the Heron go/no-go), Gate 2 and the close-out
          review, and releases programme funds within the budget the Trustees approve.
        - Any capital scheme above £500,000 needs the approval of the full Board of Trustees,
          which meets four times a year.
        - The Canal & Heritage Fund grant of £2.4m is restricted to heritage structures and must
          be spent by 31 March 2030.
        - The Trustees' Waterways Committee reviews progress each quarter.
        - Each Current lead decides the order of work inside the Current.

        ## Consultation

        The UNISON Branch Secretary and the Chair of the Boaters' Forum are consulted before
        changes that affect staff or boaters. They advise; they hold no decision rights and own
        no programme work.

        ## Cadence

        Monthly, on the second Tuesday. Papers go out five working days ahead.
        """
    ),
    "systems/systems-register.md": doc(
        """
        # Systems register

        Kept by the Head of Digital and Data. Last reviewed 15 September 2027.

        ## Waymark (asset management)

        Waymark is the Trust's asset management system: the asset register of 4,800 structures,
        condition grades, inspection records and the works programme. Engineers record
        principal inspections on paper forms, and the forms are scanned into Waymark six to ten
        weeks after the visit.

        ## Lock gate sensors

        Gate and paddle sensors are fitted at 9 of our 188 locks, all of them on the Easby
        Flight. They report to a supplier portal that the Easby bank rangers check each morning.

        ## Tillerbook (boat licensing and moorings)

        Tillerbook holds every boat licence, mooring permit and payment, and the licence
        renewal letters. Boat sightings from the spring count are written on clipboards and
        typed into Tillerbook by two licensing officers over the summer. Direct debit licence
        payments are collected by a bureau, Paybridge, and reach Tillerbook three working days
        later.

        ## VolunteerLink (volunteer management)

        VolunteerLink holds the records of 1,140 volunteers, their roles, hours and training.
        Lock-keeper shifts are arranged by each volunteer group leader in WhatsApp groups,
        outside VolunteerLink.

        ## FlowWatch (reservoir and feeder telemetry)

        FlowWatch telemetry reaches 6 of the 9 reservoirs; Tarnley, Edgecote and Fallow Moor are
        read by a reservoir keeper once a week. Alarms go to the duty engineer by text.

        ## Wharf (data warehouse) and dashboards

        Wharf is the Trust's reporting warehouse, built in 2025 on Azure SQL, with Power BI
        dashboards for the Executive Team and each area. It draws on Waymark, Tillerbook,
        VolunteerLink and the finance system. Wharf is refreshed once a week, early on Monday
        morning.

        ## Other systems

        - CanalMap: the Trust's GIS of the network, structures and land.
        - Sage Intacct: finance and purchasing.
        - Dynamics 365: supporter and customer contact records.
        - PeopleFirst: HR and payroll.
        """
    ),
    "performance/measures-handbook.md": doc(
        """
        # Measures handbook

        Definitions of the Trust's six headline measures. Baselines are for 2026/27 (April to
        March). Kept by the Head of Digital and Data in Wharf.

        | Measure | Definition | Owner | Baseline 2026/27 | Source |
        |---|---|---|---|---|
        | Lock availability in the boating season | Lock-days open for boating / lock-days in the season (March to October) | Head of Asset Management | 93.1% | Waymark stoppage log |
        | Stoppages lasting over 48 hours | Unplanned closures of a lock or length that last more than 48 hours, per year | Head of Asset Management | 41 | Waymark stoppage log |
        | Principal inspections completed on time | Principal inspections done in the month they fall due / inspections due | Head of Asset Management | 64% | Waymark |
        | Licensed boats at the spring count | Boats seen at the spring count with a valid licence / boats seen | Head of Boating and Licensing | 91.5% | Tillerbook |
        | Volunteer hours given a year | Hours logged by volunteers in VolunteerLink | Head of Volunteering | 118,000 | VolunteerLink |
        | Towpath rated good or fair | Towpath length rated good or fair / length surveyed | Towpath and Visitor Manager | 58% | Towpath condition survey |

        ## Notes on the data

        - Five of the twelve automatic towpath counters have been faulty since spring 2026, so
          visit figures for those lengths are estimates.
        - The towpath condition survey walks a third of the network each year, so each length is
          rated once every three years.
        - Lock condition grades run from A (as new) to E (unsafe); 141 of the 188 locks were at
          grade B or better in September 2027.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context

        A note for the Open Water Programme Board, September 2027.

        ## The network

        The Trust looks after 142 miles of the Merrow and Wyre canals, 188 locks, 36 aqueducts,
        9 reservoirs and the feeders between them, in five areas. It took over the waterway
        from the state in 2013 and is funded by the Waterways Grant, boat licences, moorings,
        property income and supporters.

        ## Working on the water

        - In-channel works are confined to the winter stoppage window from 1 November to
          15 March.
        - 41 of our locks are scheduled monuments, and work on them needs scheduled monument
          consent from Historic England, which takes about 16 weeks.
        - Mobile phone signal on the Hadley Flight drops out below lock 7.
        - The Hadley Flight carries 4,100 boat passages a season and is the Trust's busiest
          flight.

        ## Funding

        The Waterways Grant is fixed until March 2031 and falls in real terms. Appeals raised
        £1.2m in 2026/27.
        """
    ),
    "people/workforce-and-volunteering.md": doc(
        """
        # Workforce and volunteering notes

        From the Head of People and the Head of Volunteering, September 2027.

        ## Staff

        - The Trust employs 212 staff, 96 of them on the bank: bank rangers, lock-keepers and
          craft teams.
        - Changes to the rotas of lock-keepers and bank rangers need 30 days' consultation with
          UNISON.
        - Two of our five area engineers retire during 2028.

        ## Volunteers

        - A volunteer lock-keeper must complete the lock operations course and hold a first aid
          certificate before a first shift, and the course runs in March and September.
        - The Towpath Learning Centre at Merrow Basin, run by the Learning and Development
          Manager, trains staff and volunteers and keeps their training records.
        - 62% of our volunteers joined before 2020.
        """
    ),
}


# --------------------------------------------------------------------------- Brackenholt org
# The roster is a Word document the HR team keeps: a title block, then a table with Role,
# Department, Site, Tier and Responsibilities.

BRACKENHOLT_ROLES = [
    (
        "Managing Director",
        "Executive",
        "Both mills",
        "core",
        "Runs the company and answers to the board of Nordvik Wood AB; approves the annual budget "
        "and puts capital requests to the Nordvik investment board.",
    ),
    (
        "Chief Operating Officer",
        "Operations",
        "Both mills",
        "core",
        "Executive sponsor of Straight Grain 2029. Chairs the Straight Grain Steering Group, takes "
        "its gates and the Alder go/no-go, and releases programme funds within the budget the "
        "Board approves. Runs both mills, wood supply and engineering.",
    ),
    (
        "Straight Grain Programme Manager",
        "Operations",
        "Brackenholt",
        "core",
        "Runs the Straight Grain plan, its stages and gates, the risk log and benefits tracking; "
        "secretary to the Steering Group; owns the Alder pilot plan with the Mill Manager, Kelda.",
    ),
    (
        "Mill Manager, Brackenholt",
        "Operations",
        "Brackenholt",
        "core",
        "Runs Brackenholt Mill: sawlines, kilns, yard and dispatch; owns recovery and throughput at "
        "Brackenholt and leads Lever A there.",
    ),
    (
        "Mill Manager, Kelda",
        "Operations",
        "Kelda",
        "core",
        "Runs Kelda Mill: the K1 and K2 sawlines, kilns, yard and dispatch; owns recovery and "
        "throughput at Kelda and leads Project Alder on the K2 line.",
    ),
    (
        "Kiln and Drying Manager",
        "Operations",
        "Both mills",
        "core",
        "Owns drying at both mills: kiln schedules, KilnMaster, moisture testing and stacking. "
        "Owns the kiln degrade measure and leads Lever B.",
    ),
    (
        "Maintenance and Engineering Manager",
        "Engineering",
        "Both mills",
        "core",
        "Owns planned maintenance in Maintain360, the saw doctors and the saw shop, sawline "
        "controls and MillView SCADA, and capital installations. Owns the saw line availability "
        "measure.",
    ),
    (
        "Head of Health and Safety",
        "Health and Safety",
        "Both mills",
        "core",
        "Owns the safety management system, SafeRecord, yard traffic rules, risk assessments and "
        "incident investigation. Owns the yard vehicle incidents measure and leads Lever C.",
    ),
    (
        "Wood Supply Manager",
        "Wood Supply",
        "Both mills",
        "core",
        "Buys roundwood, manages supply contracts and hauliers, runs LogGate and log intake, and "
        "owns the yard stock measure. Leads Lever D.",
    ),
    (
        "Head of IT and Data",
        "Finance and IT",
        "Brackenholt",
        "core",
        "Runs Forestline ERP, the Heartwood data warehouse and its dashboards, networks and Wi-Fi, "
        "and the links between plant systems and Heartwood.",
    ),
    (
        "Finance Director",
        "Finance and IT",
        "Brackenholt",
        "core",
        "Budgets, the business case and benefits; agrees the baseline of each measure with the "
        "programme; prepares capital requests for Nordvik.",
    ),
    (
        "Learning and Skills Manager",
        "People",
        "Brackenholt",
        "extended",
        "Runs the Brackenholt Skills Hub, the company's training function: induction, forklift and "
        "loader certificates, sawyer and kiln operator training, apprenticeships; keeps training "
        "records in SkillPath.",
    ),
    (
        "HR Business Partner",
        "People",
        "Both mills",
        "extended",
        "Recruitment, contracts, shift patterns and the recognition agreement with Unite; leads "
        "consultation with Unite.",
    ),
    (
        "Quality and Grading Manager",
        "Quality",
        "Both mills",
        "extended",
        "Strength grading, grading machine certification, customer complaints and the quality of "
        "dried timber.",
    ),
    (
        "Sales and Customer Service Manager",
        "Commercial",
        "Brackenholt",
        "extended",
        "Sells sawn timber, fencing and pallet wood; owns the order book and customer service.",
    ),
    (
        "Energy and Environment Manager",
        "Operations",
        "Both mills",
        "extended",
        "Environmental permits, energy use and supply, the biomass boilers and co-product sales; "
        "owns the electricity measure.",
    ),
    (
        "Unite Convenor",
        "Unite",
        "Both mills",
        "consultative",
        "Senior steward of Unite, which the company consults on shift patterns, working practices "
        "and equipment that records work. Consulted; owns no programme work.",
    ),
    (
        "Employee Safety Representative",
        "Health and Safety Committee",
        "Both mills",
        "consultative",
        "Elected safety representative on the Health and Safety Committee; consulted on yard "
        "layout, walkways, alarms and safety procedures. Owns no programme work.",
    ),
]


def brackenholt_roles_docx() -> bytes:
    document = Document()
    document.core_properties.author = "Brackenholt Timber HR"
    document.core_properties.last_modified_by = "Brackenholt Timber HR"
    document.core_properties.title = "Straight Grain 2029: roles"
    document.core_properties.revision = 1
    document.add_heading("Straight Grain 2029: roles and tiers", level=1)
    document.add_paragraph(
        "Issued by HR on 28 August 2027. Tier: core = sits on the Straight Grain Steering Group "
        "or leads a lever; extended = contributes or advises; consultative = consulted, owns "
        "no work."
    )
    header = ["Role", "Department", "Site", "Tier", "Responsibilities"]
    table = document.add_table(rows=1 + len(BRACKENHOLT_ROLES), cols=len(header))
    table.style = "Table Grid"
    for c, text in enumerate(header):
        cell = table.cell(0, c)
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
    for r, row in enumerate(BRACKENHOLT_ROLES, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
            for run in table.cell(r, c).paragraphs[0].runs:
                run.font.size = DocxPt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue())


BRACKENHOLT_ORG: dict[str, str | bytes] = {
    "people/straight-grain-roles.docx": b"",  # filled in by main(), as bytes
    "governance/steering-group-charter.md": doc(
        """
        # Straight Grain Steering Group: charter

        Agreed by the Executive on 21 August 2027, for the Board of Directors of
        8 September 2027.

        ## Sponsor and chair

        The Chief Operating Officer is the sponsor of Straight Grain 2029 and chairs the
        Steering Group. The Straight Grain Programme Manager is its secretary.

        ## Members

        - Chief Operating Officer (chair)
        - Mill Manager, Brackenholt and Mill Manager, Kelda
        - Kiln and Drying Manager (Lever B)
        - Maintenance and Engineering Manager
        - Head of Health and Safety (Lever C)
        - Wood Supply Manager (Lever D)
        - Head of IT and Data
        - Finance Director

        ## Decision rights

        - The Steering Group takes Gates 1 to 3, the Alder go/no-go at Gate 2 and the close-out
          review, and releases funds within the budget the Board approves.
        - Capital spending above £400,000 goes to the investment board of Nordvik Wood AB, which
          meets in March and September.
        - Lever leads decide the order of work inside their lever.

        ## Consultation

        The Unite Convenor and the Employee Safety Representative are consulted before changes
        to working practices, shifts, yard layout and equipment that records work. They advise
        and own no programme work.

        ## Cadence

        Monthly, alternating between the two mills.
        """
    ),
    "systems/mill-systems.md": doc(
        """
        # Mill systems

        Kept by the Head of IT and Data, August 2027.

        - **Forestline ERP**: orders, stock, dispatch, invoicing and purchasing for both mills.
        - **Heartwood**: the company's data warehouse (SQL Server, 2024) with Power BI
          dashboards for sales, stock and recovery. Heartwood loads from Forestline each night at
          02:00, and MillView and KilnMaster data sit outside it.
        - **MillView SCADA**: sawline controls and stoppage logging at both mills. MillView keeps
          sawline stoppage records for 30 days and then overwrites them.
        - **KilnMaster v4**: kiln control. KilnMaster controls the 8 kilns at Brackenholt Mill;
          the 6 kilns at Kelda Mill are run from a paper schedule by the kiln operator.
        - **Maintain360**: the maintenance management system. Maintain360 holds the planned
          maintenance of Brackenholt Mill, while Kelda's fitters keep their work orders on a
          whiteboard and in a spreadsheet.
        - **LogGate**: the weighbridge and log intake system at both mills. The LogGate
          weighbridge records the weight of each lorry, and log volume is estimated from a
          conversion factor of 1.09 tonnes per cubic metre.
        - **SafeRecord**: incidents, near misses, risk assessments and audits.
        - **SkillPath**: training records and certificate expiry dates.
        - **Yard machines**: Telematics is fitted to 11 of the 38 forklifts and log loaders.
        - **Sawline controls**: The K2 headrig at Kelda dates from 2004 and runs on a Siemens S5
          controller, which its maker stopped supporting in 2020.
        - **Moisture testing**: Kiln operators test 20 boards per charge with a handheld
          moisture meter and write the readings in the kiln log book.
        """
    ),
    "performance/kpi-definitions.md": doc(
        """
        # Straight Grain measures: definitions

        Baselines are calendar 2026. Kept in Heartwood by the Head of IT and Data.

        | Measure | Definition | Owner | Baseline 2026 |
        |---|---|---|---|
        | Log-to-sawn recovery | Cubic metres of sawn timber produced / cubic metres of roundwood sawn | Mill Manager, Brackenholt and Mill Manager, Kelda | 48.5% |
        | Kiln degrade | Dried volume downgraded or rejected after drying / dried volume | Kiln and Drying Manager | 4.8% |
        | Saw line availability | Hours a sawline runs / scheduled hours | Maintenance and Engineering Manager | 78% |
        | Logs held over eight weeks | Share of yard log stock older than eight weeks at month end | Wood Supply Manager | 31% |
        | Yard vehicle incidents | Collisions and near collisions between yard machines, lorries and people | Head of Health and Safety | 27 |
        | Electricity per cubic metre sawn | kWh drawn by both mills / cubic metres sawn | Energy and Environment Manager | 41 kWh |

        Recovery is worked out each month from LogGate tonnes and Forestline shipments, so it
        mixes logs bought in one month with timber sawn in another.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context

        Brackenholt Timber Ltd has been part of Nordvik Wood AB since 2019. It runs two sawmills,
        Brackenholt in Cumbria (two sawlines, 8 kilns) and Kelda in North Yorkshire (sawlines K1
        and K2, 6 kilns), with 236 staff.

        - Kelda Mill's environmental permit limits sawing to 06:00-22:00 on weekdays and
          07:00-13:00 on Saturdays.
        - The electricity supply to Kelda Mill is capped at 1.6 MVA, and the network operator
          quotes 14 months for an upgrade.
        - Wi-Fi at Kelda Mill reaches the office and the saw shop, and the log yard and sawline
          are out of range.
        - Long-term supply contracts cover 55% of our roundwood intake, and the rest is bought on
          the spot market month by month.
        - Both mills saw Sitka spruce, Norway spruce and Scots pine from forests within 80 miles.
        """
    ),
    "people/workforce-notes.md": doc(
        """
        # Workforce notes

        From the HR Business Partner and the Learning and Skills Manager, August 2027.

        - Changes to shift patterns, or equipment that records an operator's work, need 45 days'
          consultation with Unite.
        - Two of our three saw doctors are over 60, and a saw doctor apprenticeship takes three
          years.
        - Forklift operator certificates for 14 of our 52 drivers expire before June 2028.
        - The Brackenholt Skills Hub trains sawyers, kiln operators and drivers at both mills and
          runs the apprenticeships.
        - Kelda works two shifts; Brackenholt works two shifts and a Saturday morning.
        """
    ),
}


# --------------------------------------------------------------------------- Hollin org
# The roster is a semicolon-separated CSV from the payroll system's team list.

HOLLIN_TEAM = [
    (
        "Managing Director",
        "Executive",
        "Wakefield",
        "core",
        "Sponsor of Sentinel 2030; chairs the Sentinel Board, takes Gates A and B and the Sentry "
        "go/no-go, and releases programme funds within the budget the Board of Directors approves. "
        "Answers to the owners, Tarrock Capital.",
    ),
    (
        "Operations Director",
        "Operations",
        "Wakefield",
        "core",
        "Runs the nine branches and the field technicians; owns first-visit resolution, routing and "
        "branch performance; leads Move 1 with the Contact Centre Manager.",
    ),
    (
        "Sentinel Programme Lead",
        "Programme",
        "Wakefield",
        "core",
        "Runs the Sentinel plan, waves and gates, the risk log and benefits tracking; secretary to "
        "the Sentinel Board; owns the Sentry pilot plan with the Branch Manager, Leeds.",
    ),
    (
        "Branch Manager, Leeds",
        "Operations",
        "Leeds",
        "core",
        "Runs the Leeds branch and its 11 technicians and leads Project Sentry at the branch's "
        "contract sites.",
    ),
    (
        "Contact Centre Manager",
        "Customer Service",
        "Wakefield",
        "core",
        "Runs the contact centre, bookings, CallPoint and customer messages; owns the 24-hour "
        "attendance measure.",
    ),
    (
        "Head of Commercial Contracts",
        "Commercial",
        "Wakefield",
        "core",
        "Sells and renews commercial contracts, sets contract prices and service levels, and owns "
        "the remote monitoring and renewal measures. Leads Move 2.",
    ),
    (
        "Technical and Compliance Manager",
        "Technical",
        "Wakefield",
        "core",
        "Owns treatment methods, rodenticide stewardship, environmental risk assessments, COSHH "
        "and audits; owns the rodenticide measure and leads Move 3.",
    ),
    (
        "Head of IT and Data",
        "Finance and IT",
        "Wakefield",
        "core",
        "Runs ServiceTrak, CallPoint, the Burrow data warehouse and its dashboards, the TrapSense "
        "integration and the company's devices and networks.",
    ),
    (
        "Finance Director",
        "Finance and IT",
        "Wakefield",
        "core",
        "Budgets, the business case and benefits; agrees each measure's baseline with the "
        "programme; prepares investment requests for Tarrock Capital.",
    ),
    (
        "HR Manager",
        "People",
        "Wakefield",
        "core",
        "Recruitment, retention, contracts, rotas policy and the Technicians' Forum agreement; owns "
        "the new-technician retention measure and leads Move 4.",
    ),
    (
        "Technical Training Manager",
        "People",
        "Wakefield",
        "extended",
        "Runs the Hollin Training Centre, the company's training function: the RSPH Level 2 course, "
        "the trainee technician scheme, field mentoring and refresher training; keeps training "
        "records in ServiceTrak.",
    ),
    (
        "Fleet and Facilities Manager",
        "Operations",
        "Wakefield",
        "extended",
        "Vans, Vantrack tracking, fuel cards, depots and stores.",
    ),
    (
        "Purchasing and Stores Manager",
        "Operations",
        "Wakefield",
        "extended",
        "Buys products, traps and sensors; manages rodenticide stock and stock sheets.",
    ),
    (
        "Marketing Manager",
        "Commercial",
        "Wakefield",
        "extended",
        "Website, online booking pages, search and local advertising for residential work.",
    ),
    (
        "Customer Insight Analyst",
        "Customer Service",
        "Wakefield",
        "extended",
        "Customer surveys, complaints analysis and the monthly customer report from Burrow.",
    ),
    (
        "Branch Manager, Sheffield",
        "Operations",
        "Sheffield",
        "extended",
        "Runs the Sheffield branch; first branch for evening working after Leeds.",
    ),
    (
        "Technicians' Forum Representative",
        "Technicians' Forum",
        "Leeds",
        "consultative",
        "Elected representative of the Technicians' Forum, which the company consults on rotas, "
        "on-call, evening work and working practices. Consulted; owns no programme work.",
    ),
    (
        "Wildlife Stewardship Adviser",
        "External adviser",
        "Harrogate",
        "consultative",
        "Independent ecologist retained to advise on non-target species and rodenticide "
        "stewardship. Consulted on treatment changes; owns no programme work.",
    ),
]


def hollin_team_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(["Job title", "Function", "Base", "Tier", "Remit"])
    writer.writerows(HOLLIN_TEAM)
    return buffer.getvalue()


HOLLIN_ORG: dict[str, str | bytes] = {
    "people/team-list.csv": hollin_team_csv(),
    "governance/sentinel-board-terms.md": doc(
        """
        # Sentinel Board: terms of reference

        Agreed by the Leadership Team on 2 November 2027, for the Board of Directors of
        23 November 2027.

        ## Sponsor and chair

        The Managing Director is the sponsor of Sentinel 2030 and chairs the Sentinel Board. The
        Sentinel Programme Lead is its secretary.

        ## Members

        - Managing Director (chair)
        - Operations Director
        - Contact Centre Manager
        - Head of Commercial Contracts
        - Technical and Compliance Manager
        - HR Manager
        - Head of IT and Data
        - Finance Director
        - Branch Manager, Leeds (while Project Sentry runs)

        ## Decision rights

        - The Sentinel Board takes Gate A (the Sentry go/no-go), Gate B and the close-out review
          and releases funds within the budget the Board of Directors approves.
        - Investment above £150,000 needs approval from our owners, Tarrock Capital, at their
          quarterly review.
        - Contract prices are fixed for the contract year, and 70% of our contracts renew
          between January and March.

        ## Consultation

        The Technicians' Forum Representative and the Wildlife Stewardship Adviser are consulted
        before changes to rotas, working practices and treatments; they own no programme work.
        """
    ),
    "systems/systems-and-data.md": doc(
        """
        # Systems and data

        Kept by the Head of IT and Data, October 2027.

        ## ServiceTrak (field service management)

        ServiceTrak schedules every job, holds customer and site records, and runs the
        technician app on company phones. ServiceTrak takes residential bookings from 08:00 to
        18:00 on weekdays, and calls at other times go to an answering service that takes a
        message for the next working day. At 4 of our 9 branches, technicians write commercial
        site reports on carbon-copy pads, and the branch office types them up.

        ## CallPoint (contact centre)

        CallPoint handles calls, call recording and callbacks at Wakefield. CallPoint and
        ServiceTrak hold phone numbers in different formats, and 22% of repeat callers end up
        with a second customer record.

        ## TrapSense (remote monitoring)

        TrapSense sensors sit in bait boxes and traps and report catches and activity.
        TrapSense is live at 160 of our 2,700 contract sites, and its alerts arrive as emails in
        the branch inbox. TrapSense sensors report over mobile data, and 14% of the Leeds
        contract sites are basements with weak signal.

        ## Burrow (data warehouse)

        Burrow is our reporting warehouse on Azure with Power BI dashboards for branches, the
        Board and contract customers' quarterly reports. Burrow copies ServiceTrak each Sunday
        night.

        ## Vantrack (vehicle tracking)

        The 71 leased vans report to Vantrack, while the 18 vans we own carry trackers from an
        earlier supplier with its own portal.

        ## Other systems

        - Xero: accounts and purchasing.
        - BreatheHR: HR records and holidays.
        """
    ),
    "performance/scorecard-definitions.md": doc(
        """
        # Scorecard definitions

        Baselines are for 2026/27 (April to March), from Burrow unless stated.

        | Measure | Definition | Owner | Baseline |
        |---|---|---|---|
        | Residential call-outs attended within 24 hours | Residential jobs attended within 24 hours of the first call / residential jobs | Contact Centre Manager | 54% |
        | Residential jobs closed at the first visit | Residential jobs closed with no return visit / residential jobs | Operations Director | 61% |
        | Contract sites with remote monitoring | Contract sites with live TrapSense sensors / contract sites | Head of Commercial Contracts | 6% |
        | Rodenticide per contract site a year | Kilograms of rodenticide bait used at contract sites / contract sites | Technical and Compliance Manager | 4.1 kg |
        | Contracts renewed at anniversary | Contracts renewed at their anniversary / contracts due | Head of Commercial Contracts | 81% |
        | New technicians leaving within a year | Technicians who leave within 12 months of joining / technicians who joined | HR Manager | 38% |

        ## Notes

        - Rodenticide use is recorded per van each month from stock sheets, rather than per
          site.
        - Customer satisfaction is surveyed by text message after one residential job in ten.
        """
    ),
    "context/operating-note.md": doc(
        """
        # Operating note

        Hollin Pest Services Ltd, owned by Tarrock Capital since 2023. Nine branches from
        Teesside to Sheffield, 71 field technicians, a contact centre in Wakefield and the
        Hollin Training Centre in Wakefield.

        - Every outdoor use of anticoagulant rodenticide needs a documented environmental risk
          assessment under the stewardship regime.
        - Sensors in food premises need sign-off from the site's food safety manager and ten
          days' notice before fitting.
        - The Leeds branch manager post has been held on an interim basis since October 2027.
        - Residential demand peaks from September to December.
        """
    ),
    "people/workforce-and-forum.md": doc(
        """
        # Workforce and the Technicians' Forum

        From the HR Manager and the Technical Training Manager, October 2027.

        - Changes to on-call duties or evening working need 28 days' consultation with the
          Technicians' Forum.
        - A new technician must hold the RSPH Level 2 Award before working alone, and the course
          and supervised practice take 12 weeks.
        - The Hollin Training Centre runs the RSPH course, refresher days and the field mentor
          programme for all nine branches.
        - 38% of new technicians left within their first year in 2026/27.
        """
    ),
}


ORGS: dict[str, Mapping[str, str | bytes]] = {
    "merrow-navigation": MERROW_ORG,
    "brackenholt-timber": BRACKENHOLT_ORG,
    "hollin-pest": HOLLIN_ORG,
}


def write_org(case_dir: Path, files: Mapping[str, str | bytes]) -> None:
    for rel, body in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the blind8 folder by default)."""
    save_pdf(
        build_merrow(),
        root / "merrow-navigation" / "open-water-2031-trustees.pdf",
        "Open Water 2031",
    )
    save(
        build_brackenholt(),
        root / "brackenholt-timber" / "straight-grain-2029-board.pptx",
        "Brackenholt Timber Ltd",
        "Straight Grain 2029",
    )
    save(
        build_hollin(),
        root / "hollin-pest" / "sentinel-2030-board.pptx",
        "Hollin Pest Services Ltd",
        "Sentinel 2030",
    )
    BRACKENHOLT_ORG["people/straight-grain-roles.docx"] = brackenholt_roles_docx()
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
