# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev13 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/dev13/build_dev13.py [out-folder]

Writes, under ``evals/dev13/<name>/`` (or the folder given), each case's deck and its
``org/`` folder (every file but ``gold.json``):

- ``brightwater-cinemas``: a cinema chain's two-year strategy as a 16:9 PPTX: a "strategy on
  a page" slide (ambition band, four pillar columns, a measures strip, a half-year strip)
  followed by supporting pages; a roadmap of half-year columns (H1 2028 ... H2 2029) with
  phase chevrons, a swimlane of bars per pillar and gate diamonds "G1 end H1 2028" ...; risks
  as cards. Roster: a JSON export from the HR system.
- ``corran-mountain``: a ski and mountain resort's 24-month plan as Keynote exports it to PDF
  (1920 x 1080 pt, every line a positioned run, labels and values separate runs): a swimlane
  roadmap over a Month 1 ... Month 24 axis in three stages ("Month 1-6", "Month 7-15",
  "Month 16-24"), gates "M6", "M15", "M24", and one sentence anchoring Month 1 to a date.
  Roster: role profiles in a Word document.
- ``fennick-linen``: a commercial laundry's three-year operating plan as a 4:3 PPTX for a
  board: initiatives in native tables with a "Lead" column, a roadmap table with one column
  per financial year (FY2028/29 ... FY2030/31) and a gate row, a native chart of capital by
  year. Roster: a tab-separated directory export.

Re-running it rewrites every file byte for byte: fixed ZIP entry times and document dates in
the PPTX and DOCX files, a fixed creation date in the PDF, and the text files as literal
strings. It never touches any ``gold.json``.

This is a DEVELOPMENT set (split "dev13"): the engine may be tuned on it. See
evals/dev13/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.shared import Pt as DocxPt
from fpdf import FPDF
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2028, 1, 10, 9, 0, 0)
FIXED_W3C = "2028-01-10T09:00:00Z"
FIXED_PDF_DATE = dt.datetime(2028, 2, 28, 17, 41, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)
BLANK = 6
WHITE = (255, 255, 255)


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", body)
            elif info.filename.endswith(".xlsx"):
                body = normalize_zip(body)  # a chart's embedded workbook
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.lstrip("\n"), encoding="utf-8")


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


def rich_box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    paragraphs: Sequence[Sequence[tuple[str, bool, tuple[int, int, int]]]],
    size: float,
    font: str,
    space_after: float = 0,
):
    """A text box whose paragraphs are made of runs (text, bold, colour)."""
    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    for i, runs in enumerate(paragraphs):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if space_after:
            para.space_after = Pt(space_after)
        for text, bold, color in runs:
            run = para.add_run()
            run.text = text
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.name = font
            run.font.color.rgb = rgb(color)
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
    text_color: tuple[int, int, int] = WHITE,
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
    head_text: tuple[int, int, int] = WHITE,
    font: str | None = None,
    body_fill: tuple[int, int, int] | None = None,
    head_h: float | None = None,
    first_col_bold: bool = False,
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
                    run.font.bold = r == 0 or (first_col_bold and c == 0)
                    if r == 0 and head_fill is not None:
                        run.font.color.rgb = rgb(head_text)
                    if font is not None:
                        run.font.name = font
    return shape


def notes(slide: Slide, lines: Sequence[str]) -> None:
    slide.notes_slide.notes_text_frame.text = "\n".join(lines)


def save(prs: PresentationType, path: Path, author: str, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.title = title
    prs.core_properties.revision = 4
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# =========================================================================== Brightwater (PPTX 16:9)
# A cinema chain's strategy: one dense "strategy on a page" slide up front, then supporting
# pages. Charcoal, gold and velvet red; Century Gothic titles, Segoe UI text.

BW_W, BW_H = 13.333, 7.5
BW_CHAR = (34, 34, 40)
BW_GOLD = (214, 162, 28)
BW_RED = (146, 27, 46)
BW_CREAM = (247, 242, 233)
BW_GREY = (118, 118, 126)
BW_INK = (30, 30, 34)
BW_HEAD = "Century Gothic"
BW_FONT = "Segoe UI"
BW_FOOT = "Brightwater Cinemas  |  Full House 2029  |  Executive Board, 14 November 2027"


def bw_page(prs: PresentationType, kicker: str, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(slide.shapes, 0.55, 0.3, 8, 0.3, [kicker.upper()], 10, True, BW_GOLD, BW_HEAD)
    text_box(slide.shapes, 0.55, 0.58, 12.2, 0.7, [title], 26, True, BW_CHAR, BW_HEAD)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.55, 1.3, 1.1, 0.06, BW_RED)
    text_box(slide.shapes, 0.55, 7.05, 9, 0.3, [BW_FOOT], 8, False, BW_GREY, BW_FONT)
    text_box(
        slide.shapes, 12.2, 7.05, 0.6, 0.3, [str(number)], 9, True, BW_GREY, BW_FONT, PP_ALIGN.RIGHT
    )
    return slide


def bw_pillar(
    prs: PresentationType,
    number: int,
    slide_no: int,
    name: str,
    aim: str,
    why: Sequence[str],
    lead: str,
    items: Sequence[tuple[str, str | None]],
    measures: str,
) -> None:
    s = bw_page(prs, f"Pillar {number} of 4", name, slide_no)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.55, 1.6, 4.1, 5.2, BW_CREAM)
    text_box(s.shapes, 0.75, 1.75, 3.7, 1.2, [aim], 15, True, BW_RED, BW_HEAD)
    text_box(s.shapes, 0.75, 3.0, 3.7, 2.6, why, 11.5, False, BW_INK, BW_FONT)
    rich_box(
        s.shapes,
        0.75,
        5.9,
        3.7,
        0.4,
        [[("Pillar lead: ", True, BW_RED), (lead, False, BW_INK)]],
        11,
        BW_FONT,
    )
    text_box(s.shapes, 5.0, 1.6, 7.8, 0.4, ["What we will do"], 15, True, BW_CHAR, BW_HEAD)
    paragraphs = []
    for text, who in items:
        paragraphs.append([("\u25a0  ", True, BW_GOLD), (text, False, BW_INK)])
        if who:
            paragraphs.append([("     Lead: ", True, BW_RED), (who, False, BW_GREY)])
    rich_box(s.shapes, 5.0, 2.1, 7.8, 4.2, paragraphs, 13, BW_FONT, 6)
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        5.0,
        6.4,
        7.8,
        0.45,
        BW_CHAR,
        [f"Measured by: {measures}"],
        11,
        False,
        WHITE,
        BW_FONT,
    )


def build_brightwater() -> PresentationType:
    prs = new_deck(BW_W, BW_H)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, BW_W, BW_H, BW_CHAR)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 5.2, BW_W, 0.08, BW_GOLD)
    text_box(s.shapes, 0.9, 1.2, 10, 0.5, ["BRIGHTWATER CINEMAS"], 16, True, BW_GOLD, BW_HEAD)
    text_box(s.shapes, 0.9, 1.9, 11, 1.3, ["Full House 2029"], 54, True, WHITE, BW_HEAD)
    text_box(
        s.shapes,
        0.9,
        3.3,
        11,
        0.6,
        ["Our strategy for 2028 and 2029"],
        24,
        False,
        (235, 225, 205),
        BW_HEAD,
    )
    text_box(
        s.shapes,
        0.9,
        5.5,
        11,
        0.9,
        [
            "Executive Board  \u00b7  14 November 2027",
            "Prepared by the Strategy and Transformation Office",
        ],
        14,
        False,
        (220, 215, 205),
        BW_FONT,
    )

    # 2 summary
    s = bw_page(prs, "Summary", "The short version", 2)
    rich_box(
        s.shapes,
        0.55,
        1.65,
        8.3,
        5.2,
        [
            [("\u2014  ", True, BW_RED), (t, False, BW_INK)]
            for t in (
                "Full House 2029 is how we fill the empty seats between Monday and Thursday "
                "and make every visit easier, from booking to the last credit.",
                "It runs for two years from January 2028, in four half-years: H1 2028, "
                "H2 2028, H1 2029 and H2 2029.",
                "Four pillars carry the work: Fill the week, An easy visit, A fit estate and "
                "People on the floor.",
                "Six measures tell us whether it is working. The headline is seat occupancy "
                "across the week, up from 19% to 26%.",
                "We prove the new visit in one cinema first: the Front Row pilot at "
                "Brightwater Harbourside in H2 2028.",
                "It costs \u00a314.2m over the two years, \u00a39.6m of it capital.",
            )
        ],
        15,
        BW_FONT,
        10,
    )
    for i, (big, small) in enumerate(
        (
            ("4", "pillars"),
            ("6", "measures"),
            ("4", "half-years, four gates"),
            ("1", "pilot cinema"),
        )
    ):
        top = 1.65 + i * 1.3
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 9.4, top, 3.4, 1.1, BW_CREAM)
        text_box(s.shapes, 9.55, top + 0.1, 1.0, 0.9, [big], 36, True, BW_RED, BW_HEAD)
        text_box(s.shapes, 10.5, top + 0.35, 2.2, 0.6, [small], 13, False, BW_INK, BW_FONT)

    # 3 strategy on a page
    s = bw_page(prs, "Strategy on a page", "Full House 2029 on a page", 3)
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.55,
        1.5,
        12.25,
        0.5,
        BW_CHAR,
        ["AMBITION   The best night out in every town we serve"],
        15,
        True,
        WHITE,
        BW_HEAD,
    )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.55,
        2.05,
        12.25,
        0.45,
        BW_RED,
        [
            "BY THE END OF H2 2029   Front door to seat, food and drink in hand, in under 10 "
            "minutes at all 23 cinemas"
        ],
        12,
        True,
        WHITE,
        BW_FONT,
    )
    columns = (
        (
            "Fill the week",
            "More people on quiet days",
            ("Day-part pricing", "Weekly event screenings", "Weekday private hire"),
            "Director of Film and Programming",
        ),
        (
            "An easy visit",
            "From booking to seat without a queue",
            ("Order food in the app", "Grab-and-go counters", "New kiosks at 11 cinemas"),
            "Chief Operating Officer",
        ),
        (
            "A fit estate",
            "Screens and buildings that cost less to run",
            ("Laser in 130 screens", "Recliners in 40 screens", "Building controls at 14"),
            "Head of Estates and Projection",
        ),
        (
            "People on the floor",
            "Teams who stay and grow",
            ("One rota tool", "Induction with a buddy", "60 new shift leaders"),
            "Head of People",
        ),
    )
    for i, (name, aim, items, lead) in enumerate(columns):
        x = 0.55 + i * 3.1
        group = s.shapes.add_group_shape()
        filled(group.shapes, MSO_SHAPE.RECTANGLE, x, 2.65, 2.95, 2.55, BW_CREAM)
        text_box(group.shapes, x + 0.1, 2.7, 2.75, 0.4, [name], 14, True, BW_RED, BW_HEAD)
        text_box(group.shapes, x + 0.1, 3.08, 2.75, 0.4, [aim], 10, True, BW_CHAR, BW_FONT)
        text_box(
            group.shapes,
            x + 0.1,
            3.5,
            2.75,
            1.2,
            [f"\u2022 {t}" for t in items],
            10.5,
            False,
            BW_INK,
            BW_FONT,
        )
        text_box(group.shapes, x + 0.1, 4.8, 2.75, 0.35, [f"Lead: {lead}"], 9, True, BW_GREY)
    text_box(s.shapes, 0.55, 5.28, 3, 0.3, ["SIX MEASURES"], 9, True, BW_GOLD, BW_HEAD)
    strip = (
        "Seat occupancy 19% \u2192 26%",
        "Weekday admissions 1.1m \u2192 1.7m",
        "Spend per guest \u00a34.10 \u2192 \u00a35.10",
        "Guest NPS +31 \u2192 +45",
        "Floor staff turnover 58% \u2192 40%",
        "Energy per screen 61 \u2192 45 MWh",
    )
    for i, label in enumerate(strip):
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            0.55 + i * 2.05,
            5.55,
            1.98,
            0.5,
            (238, 230, 214),
            [label],
            9,
            True,
            BW_CHAR,
            BW_FONT,
            align=PP_ALIGN.CENTER,
        )
    for i, (half, phase) in enumerate(
        (
            ("H1 2028", "Warm-up"),
            ("H2 2028", "Main feature"),
            ("H1 2029", "Main feature"),
            ("H2 2029", "Encore"),
        )
    ):
        filled(
            s.shapes,
            MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON,
            0.55 + i * 3.1,
            6.15,
            3.0,
            0.6,
            BW_CHAR,
            [f"{half}  \u00b7  {phase}"],
            11,
            True,
            WHITE,
            BW_FONT,
            align=PP_ALIGN.CENTER,
        )
    text_box(
        s.shapes,
        0.55,
        6.78,
        12.2,
        0.3,
        ["How we work: guests first  \u00b7  one team  \u00b7  spend it as if it were ours"],
        9,
        False,
        BW_GREY,
        BW_FONT,
    )

    # 4 where we stand
    s = bw_page(prs, "Where we stand", "Brightwater at the end of 2027", 4)
    figures = (
        ("23", "cinemas and 168 screens, from Saltmouth to Kellbridge"),
        ("5.9m", "admissions in 2027, 81% of them from Friday to Sunday"),
        ("19%", "of all seats sold across the week in 2027; 48% on Saturday evenings"),
        ("\u00a38.40", "average ticket price after discounts"),
        ("\u00a34.10", "spent on food and drink by the average guest"),
        ("38 of 168", "screens show films on laser; the rest use lamp projectors bought in 2012"),
        ("58%", "of our floor staff left within the year"),
        ("\u00a36.1m", "spent on energy in 2027, 41% more than in 2024"),
    )
    for i, (big, label) in enumerate(figures):
        col, row = i % 2, i // 2
        x = 0.55 + col * 6.2
        y = 1.65 + row * 1.2
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 0.08, 0.95, BW_GOLD)
        text_box(s.shapes, x + 0.2, y, 2.0, 0.9, [big], 26, True, BW_CHAR, BW_HEAD)
        text_box(s.shapes, x + 2.3, y + 0.15, 3.7, 0.8, [label], 12, False, BW_INK, BW_FONT)
    text_box(
        s.shapes,
        0.55,
        6.55,
        12,
        0.35,
        ["Sources: ReelPOS, PeopleHub and energy invoices; the last weeks of 2027 are forecast."],
        9,
        False,
        BW_GREY,
        BW_FONT,
        italic=True,
    )

    # 5 ambition
    s = bw_page(prs, "Ambition", "Our ambition", 5)
    text_box(
        s.shapes,
        0.55,
        1.75,
        12.2,
        1.1,
        ["The best night out in every town we serve."],
        36,
        True,
        BW_RED,
        BW_HEAD,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.55, 3.2, 12.25, 1.55, BW_CREAM)
    text_box(
        s.shapes,
        0.8,
        3.35,
        11.8,
        1.3,
        [
            "By the end of H2 2029, guests at all 23 of our cinemas will get from the front "
            "door to their seat, food and drink in hand, in under 10 minutes on a Saturday "
            "evening."
        ],
        20,
        False,
        BW_CHAR,
        BW_FONT,
    )
    text_box(
        s.shapes,
        0.55,
        5.05,
        12.2,
        1.4,
        [
            "Today it takes 22 minutes at our busiest cinemas, and most of that is queueing.",
            "A guest who queues for more than 15 minutes is half as likely to come back within "
            "a month.",
        ],
        14,
        False,
        BW_GREY,
        BW_FONT,
    )

    # 6-9 pillars
    bw_pillar(
        prs,
        1,
        6,
        "Fill the week",
        "More people in our seats from Monday to Thursday",
        (
            "Four in five admissions fall between Friday and Sunday.",
            "Most screens are empty on weekday afternoons, and we pay for the buildings all week.",
        ),
        "Director of Film and Programming",
        (
            (
                "Move all 23 cinemas to day-part pricing, with a \u00a35.50 ticket for "
                "screenings that start before 5pm from Monday to Thursday",
                "Head of Pricing and Revenue",
            ),
            (
                "Programme at least one event screening a week at every cinema: live theatre, "
                "sport and quiz nights",
                "Director of Film and Programming",
            ),
            ("Rent empty screens on weekday mornings for conferences and private hire", None),
            ("Sell school and group bookings through one central team", None),
        ),
        "seat occupancy across the week; weekday admissions",
    )
    bw_pillar(
        prs,
        2,
        7,
        "An easy visit",
        "From booking to seat without a queue",
        (
            "A Saturday evening guest queues twice: once for a ticket or a kiosk, once for food.",
            "Spend per guest has been flat for three years.",
        ),
        "Chief Operating Officer",
        (
            (
                "Let guests order food and drink in the Brightwater app and collect it at a "
                "pick-up point with their ticket",
                "Head of Digital and Data",
            ),
            (
                "Replace the self-serve kiosks at 11 cinemas before their software support "
                "ends in H1 2028",
                "Head of Digital and Data",
            ),
            (
                "Rebuild the food and drink counter at the 8 busiest cinemas as a "
                "grab-and-go counter with four tills",
                "Head of Food and Drink",
            ),
            (
                "Survey 1,000 guests a month after their visit, by email and a QR code on the "
                "ticket",
                "Guest Experience Manager",
            ),
            (
                "Give every guest who needs step-free access a seat in a step-free screen, "
                "free of any swap fee",
                None,
            ),
        ),
        "food and drink spend per guest; guest net promoter score",
    )
    bw_pillar(
        prs,
        3,
        8,
        "A fit estate",
        "Screens and buildings that cost less to run and look their best",
        (
            "A lamp projector uses four times the power of a laser and each lamp costs "
            "\u00a31,100.",
            "Our energy bill rose by 41% in three years.",
        ),
        "Head of Estates and Projection",
        (
            (
                "Replace the lamp projectors in 130 screens with laser projectors",
                "Head of Estates and Projection",
            ),
            (
                "Fit reclining seats in 40 screens at the 10 cinemas with the highest "
                "weekend demand",
                None,
            ),
            (
                "Install building controls at the 14 cinemas that have none, so heating and "
                "cooling follow the screening times",
                "Head of Estates and Projection",
            ),
            ("Change every foyer and auditorium to LED lighting", None),
        ),
        "energy per screen",
    )
    bw_pillar(
        prs,
        4,
        9,
        "People on the floor",
        "Teams who stay, grow and run a great shift",
        (
            "Rotas change at a few days' notice, and new starters learn on a busy Saturday.",
            "Every leaver costs us about \u00a31,400 to replace.",
        ),
        "Head of People",
        (
            (
                "Build rotas in one scheduling tool at all 23 cinemas, published two weeks ahead",
                None,
            ),
            (
                "Give every new team member a three-shift induction with a buddy through the "
                "Brightwater Academy",
                "Learning and Development Manager",
            ),
            (
                "Offer a contract of 16 hours or more to every team member who has stayed six "
                "months",
                "Head of People",
            ),
            ("Train 60 team members as shift leaders", "Learning and Development Manager"),
            ("Ask every leaver why they are going, in a short online form", None),
        ),
        "floor staff turnover",
    )

    # 10 measures
    s = bw_page(prs, "Measures", "How we will know: six measures", 10)
    table(
        s.shapes,
        (
            ("Measure", "2027", "End H2 2028", "End H2 2029", "Owner"),
            (
                "Seat occupancy across the week",
                "19%",
                "22%",
                "26%",
                "Director of Film and Programming",
            ),
            (
                "Weekday admissions (Monday to Thursday)",
                "1.1m",
                "1.4m",
                "1.7m",
                "Head of Pricing and Revenue",
            ),
            (
                "Food and drink spend per guest",
                "\u00a34.10",
                "\u00a34.55",
                "\u00a35.10",
                "Head of Food and Drink",
            ),
            ("Guest net promoter score", "+31", "+38", "+45", "Guest Experience Manager"),
            ("Floor staff turnover", "58%", "50%", "40%", "Head of People"),
            (
                "Energy per screen (MWh a year)",
                "61",
                "55",
                "45",
                "Head of Estates and Projection",
            ),
        ),
        (4.4, 1.3, 1.6, 1.6, 3.35),
        1.65,
        0.55,
        13,
        0.62,
        BW_CHAR,
        font=BW_FONT,
        head_h=0.5,
    )
    text_box(
        s.shapes,
        0.55,
        6.3,
        12.2,
        0.6,
        [
            "Definitions, sources and owners are in the measures handbook. Admissions are "
            "counted over a whole year; the other measures over the half-year named."
        ],
        10,
        False,
        BW_GREY,
        BW_FONT,
        italic=True,
    )

    # 11 roadmap: half-year columns, phase chevrons, a swimlane per pillar, gate diamonds
    s = bw_page(prs, "Roadmap", "The road to the end of 2029", 11)
    x0, colw = 2.55, 2.55
    for i, half in enumerate(("H1 2028", "H2 2028", "H1 2029", "H2 2029")):
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x0 + i * colw,
            1.55,
            colw - 0.05,
            0.38,
            BW_CHAR,
            [half],
            12,
            True,
            WHITE,
            BW_FONT,
            align=PP_ALIGN.CENTER,
        )
    for start, span, name, color in (
        (0, 1, "Warm-up", (120, 120, 128)),
        (1, 2, "Main feature", BW_RED),
        (3, 1, "Encore", BW_GOLD),
    ):
        filled(
            s.shapes,
            MSO_SHAPE.CHEVRON if start else MSO_SHAPE.PENTAGON,
            x0 + start * colw,
            2.0,
            span * colw - 0.05,
            0.45,
            color,
            [name],
            13,
            True,
            WHITE,
            BW_HEAD,
            align=PP_ALIGN.CENTER,
        )
    lanes = (
        (
            "Fill the week",
            (
                (0, 1, "Day-part prices at 4 cinemas"),
                (1, 2, "Day-part prices at all 23"),
                (1, 3, "A weekly event screening everywhere"),
            ),
        ),
        (
            "An easy visit",
            (
                (0, 1, "New kiosks at 11 cinemas"),
                (1, 1, "App ordering at Harbourside"),
                (2, 2, "App ordering and grab-and-go at the 8 busiest"),
            ),
        ),
        (
            "A fit estate",
            (
                (0, 2, "Laser: first 40 screens"),
                (1, 2, "Building controls at 14 cinemas"),
                (2, 2, "Laser: the other 90; recliners in 40 screens"),
            ),
        ),
        (
            "People on the floor",
            (
                (0, 1, "Consult Bectu; choose the rota tool"),
                (1, 1, "Rota tool at Harbourside"),
                (2, 2, "Rota tool at all 23; 60 shift leaders trained"),
            ),
        ),
    )
    for li, (lane, bars) in enumerate(lanes):
        y = 2.6 + li * 0.9
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            0.55,
            y,
            1.9,
            0.8,
            BW_CREAM,
            [lane],
            11,
            True,
            BW_CHAR,
            BW_HEAD,
        )
        for bi, (start, span, label) in enumerate(bars):
            filled(
                s.shapes,
                MSO_SHAPE.ROUNDED_RECTANGLE,
                x0 + start * colw + 0.05,
                y + 0.03 + (bi % 2) * 0.39 if len(bars) > 2 else y + 0.2,
                span * colw - 0.15,
                0.35,
                (236, 226, 206) if bi % 2 else (226, 214, 190),
                [label],
                9.5,
                False,
                BW_INK,
                BW_FONT,
            )
    for gi in range(4):
        cx = x0 + (gi + 1) * colw - 0.05
        filled(s.shapes, MSO_SHAPE.DIAMOND, cx - 0.16, 6.2, 0.32, 0.32, BW_RED)
        text_box(
            s.shapes,
            cx - 0.8,
            6.52,
            1.0,
            0.3,
            [f"G{gi + 1}"],
            10,
            True,
            BW_RED,
            BW_FONT,
            PP_ALIGN.RIGHT,
        )
    text_box(
        s.shapes,
        0.55,
        6.2,
        1.9,
        0.7,
        ["Gates", "(see legend)"],
        10,
        True,
        BW_RED,
        BW_FONT,
    )
    legend = text_box(
        s.shapes,
        0.55,
        6.82,
        12.2,
        0.25,
        [
            "G1 end H1 2028: Warm-up done, baselines agreed, pilot ready   |   G2 end H2 2028: "
            "Front Row go/no-go   |   G3 end H1 2029: refit review   |   G4 end H2 2029: close"
        ],
        8,
        False,
        BW_CHAR,
        BW_FONT,
    )
    legend.name = "Gate legend"
    notes(
        s,
        [
            "Our half-years are calendar half-years. Each gate is taken at the Executive Board "
            "that follows the end of the half-year.",
        ],
    )

    # 12 pilot
    s = bw_page(prs, "Pilot", "Front Row: the new visit at Brightwater Harbourside", 12)
    rich_box(
        s.shapes,
        0.55,
        1.6,
        6.0,
        5.3,
        [
            [
                ("Where  ", True, BW_RED),
                ("Brightwater Harbourside, Saltmouth: 12 screens", False, BW_INK),
            ],
            [("When  ", True, BW_RED), ("H2 2028, with the decision at G2", False, BW_INK)],
            [
                ("Pilot lead  ", True, BW_RED),
                ("General Manager, Brightwater Harbourside", False, BW_INK),
            ],
            [
                ("Compared with  ", True, BW_RED),
                ("Brightwater Castlegate, Kellbridge (11 screens)", False, BW_INK),
            ],
            [("What changes at Harbourside", True, BW_CHAR)],
            [("\u2022 App ordering with a pick-up point by the screens", False, BW_INK)],
            [("\u2022 A grab-and-go counter with four tills", False, BW_INK)],
            [("\u2022 Rotas built in the new scheduling tool, two weeks ahead", False, BW_INK)],
            [("\u2022 Day-part prices on Monday to Thursday", False, BW_INK)],
            [("\u2022 Reclining seats in screens 1 to 3", False, BW_INK)],
        ],
        13,
        BW_FONT,
        6,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.9, 1.6, 5.9, 4.1, BW_CREAM)
    text_box(
        s.shapes,
        7.1,
        1.7,
        5.5,
        0.45,
        ["It works if, by the end of H2 2028:"],
        15,
        True,
        BW_RED,
        BW_HEAD,
    )
    text_box(
        s.shapes,
        7.1,
        2.25,
        5.5,
        3.4,
        [
            "\u2713 door-to-seat time on Saturday evenings is under 12 minutes (22 today)",
            "\u2713 food and drink spend per guest is 10% higher than at Castlegate",
            "\u2713 Harbourside's net promoter score is +40 or better",
            "\u2713 staff turnover at Harbourside is no worse than at Castlegate",
        ],
        13,
        False,
        BW_INK,
        BW_FONT,
    )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        6.9,
        5.85,
        5.9,
        0.9,
        BW_CHAR,
        [
            "G2 decides whether the new visit goes to the 8 busiest cinemas in H1 2029 or is "
            "changed and tried again."
        ],
        12,
        False,
        WHITE,
        BW_FONT,
    )

    # 13 first 100 days
    s = bw_page(prs, "Getting started", "Our first 100 days", 13)
    for i, (head, items) in enumerate(
        (
            (
                "Days 1 to 30",
                (
                    "Agree the 2027 baselines for all six measures \u2014 Strategy and "
                    "Transformation Lead",
                    "Open consultation with Bectu on the rota tool and rota rules \u2014 Head "
                    "of People",
                    "Order replacement kiosks for the 11 cinemas \u2014 Head of Digital and Data",
                ),
            ),
            (
                "Days 31 to 60",
                (
                    "Choose the scheduling tool and agree its feed from PeopleHub",
                    "Set day-part prices for the four test cinemas \u2014 Head of Pricing and "
                    "Revenue",
                    "Place the first laser projector order, 40 screens \u2014 Head of Estates "
                    "and Projection",
                ),
            ),
            (
                "Days 61 to 100",
                (
                    "Name the Front Row team at Harbourside \u2014 General Manager, "
                    "Brightwater Harbourside",
                    "Start the monthly guest survey by email and QR code \u2014 Guest "
                    "Experience Manager",
                    "Hold the first Full House Board review of the six measures",
                    "Brief all 23 general managers at the spring managers' day",
                ),
            ),
        )
    ):
        x = 0.55 + i * 4.12
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            1.6,
            3.95,
            0.5,
            BW_RED,
            [head],
            14,
            True,
            WHITE,
            BW_HEAD,
        )
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 2.1, 3.95, 4.7, BW_CREAM)
        text_box(
            s.shapes,
            x + 0.12,
            2.25,
            3.7,
            4.5,
            [f"{n}. {t}" for n, t in enumerate(items, start=1 + i * 3)],
            12,
            False,
            BW_INK,
            BW_FONT,
        )

    # 14 risks as cards
    s = bw_page(prs, "Risks", "What could knock us off course", 14)
    risks = (
        (
            "Bectu objects to the rota rules in the new tool",
            "Consult from the first month, try the tool at Harbourside first and publish "
            "rotas two weeks ahead, as Bectu asked in 2026.",
            "Head of People",
        ),
        (
            "Laser projector deliveries slip",
            "Order in batches of 40 and keep each lamp projector serviced until its screen "
            "switches.",
            "Head of Estates and Projection",
        ),
        (
            "Day-part prices cut revenue without filling seats",
            "Try them at four cinemas for a half-year against four that keep today's prices.",
            "Head of Pricing and Revenue",
        ),
        (
            "Distributors hold us to full prices in a film's first fortnight",
            "Apply day-part prices from a film's third week and to event screenings.",
            "Director of Film and Programming",
        ),
        (
            "App orders swamp the counter on busy nights",
            "Cap app orders in each 15-minute slot at Harbourside during the pilot.",
            "Head of Food and Drink",
        ),
    )
    for i, (risk, response, owner) in enumerate(risks):
        col, row = i % 3, i // 3
        x = 0.55 + col * 4.12
        y = 1.6 + row * 2.65
        group = s.shapes.add_group_shape()
        filled(group.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, 3.95, 2.5, BW_CREAM)
        text_box(
            group.shapes, x + 0.12, y + 0.08, 3.7, 0.3, [f"R{i + 1}"], 11, True, BW_GOLD, BW_HEAD
        )
        text_box(group.shapes, x + 0.12, y + 0.38, 3.7, 0.7, [risk], 12, True, BW_RED, BW_FONT)
        text_box(
            group.shapes, x + 0.12, y + 1.1, 3.7, 1.0, [response], 10.5, False, BW_INK, BW_FONT
        )
        text_box(
            group.shapes,
            x + 0.12,
            y + 2.12,
            3.7,
            0.3,
            [f"Owner: {owner}"],
            9.5,
            True,
            BW_GREY,
            BW_FONT,
        )

    # 15 governance and asks
    s = bw_page(prs, "Decisions", "How we will run it, and what we ask today", 15)
    text_box(s.shapes, 0.55, 1.6, 6.0, 0.4, ["How we will run it"], 16, True, BW_RED, BW_HEAD)
    text_box(
        s.shapes,
        0.55,
        2.1,
        6.0,
        4.6,
        [
            "\u2022 The Chief Executive sponsors Full House 2029 and chairs the Full House "
            "Board, which meets monthly.",
            "\u2022 The Strategy and Transformation Lead runs the programme office and reports "
            "the six measures every month.",
            "\u2022 Each gate is decided by the Executive Board on the Full House Board's "
            "recommendation.",
            "\u2022 Capital above \u00a32m goes to the board of Castle Leisure Holdings.",
            "\u2022 Bectu is consulted before any change to rotas or contracts.",
        ],
        13,
        False,
        BW_INK,
        BW_FONT,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.9, 1.6, 5.9, 5.2, BW_CHAR)
    text_box(
        s.shapes, 7.1, 1.7, 5.5, 0.4, ["We ask the Executive Board to"], 16, True, BW_GOLD, BW_HEAD
    )
    text_box(
        s.shapes,
        7.1,
        2.2,
        5.5,
        4.5,
        [
            "1. Approve Full House 2029: four pillars, six measures and four gates.",
            "2. Approve \u00a314.2m over two years, \u00a39.6m of it capital: laser projectors "
            "\u00a35.1m, seats \u00a32.9m, building controls \u00a31.6m.",
            "3. Approve Brightwater Harbourside as the Front Row pilot for H2 2028.",
            "4. Note that the rota and contract changes need consultation with Bectu.",
        ],
        13,
        False,
        WHITE,
        BW_FONT,
    )
    return prs


# =========================================================================== Corran (PDF)
# A Keynote deck exported to PDF: 1920 x 1080 pt, a dark theme, every line of a text box a
# positioned run, a label and its value separate runs, bullets drawn as discs, a slide
# number centred at the foot and nothing else on the page furniture.

KN_W, KN_H = 1920.0, 1080.0
KN_BG = (22, 33, 46)
KN_PANEL = (36, 52, 70)
KN_ICE = (126, 196, 235)
KN_SNOW = (244, 247, 250)
KN_MIST = (160, 176, 192)
KN_ORANGE = (242, 140, 40)
KN_GREEN = (96, 178, 120)


class KeynotePDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="pt", format=(KN_H, KN_W))
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("macOS Version 14.3 (Build 23D56) Quartz PDFContext")
        self.set_creator("Keynote")
        self.set_author("")
        self.core_fonts_encoding = "windows-1252"

    def run(self, x: float, y: float, text: str, size: float = 30, style: str = "", color=KN_SNOW):
        self.set_font("helvetica", style, size)
        self.set_text_color(*color)
        self.text(x, y, text)
        return x + self.get_string_width(text)

    def runs(self, x: float, y: float, parts) -> float:
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

    def block(self, x, y, width, text, size=30, style="", color=KN_SNOW, lead=None) -> float:
        lead = lead or size * 1.3
        for line in self.wrap(text, width, size, style):
            self.run(x, y, line, size, style, color)
            y += lead
        return y

    def disc(self, x: float, y: float, color=KN_ICE, r: float = 6) -> None:
        self.set_fill_color(*color)
        self.ellipse(x, y - r * 1.6, r * 1.6, r * 1.6, style="F")

    def bullets(self, x, y, width, items, size=30, gap=14, color=KN_SNOW) -> float:
        for item in items:
            self.disc(x, y, KN_ICE, size / 5)
            y = self.block(x + 34, y, width - 34, item, size, "", color) + gap
        return y

    def box(self, x, y, w, h, color=KN_PANEL, radius: float = 14) -> None:
        self.set_fill_color(*color)
        self.rect(x, y, w, h, style="F", round_corners=True, corner_radius=radius)

    def diamond(self, cx: float, cy: float, r: float, color) -> None:
        self.set_fill_color(*color)
        self.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], style="F")

    def slide(self, title: str, label: str | None = None) -> None:
        self.add_page()
        self.set_fill_color(*KN_BG)
        self.rect(0, 0, KN_W, KN_H, style="F")
        if label:
            self.run(110, 92, label.upper(), 22, "B", KN_ICE)
        self.run(110, 170, title, 62, "B", KN_SNOW)
        number = str(self.page_no())
        self.set_font("helvetica", "", 18)
        self.run((KN_W - self.get_string_width(number)) / 2, 1045, number, 18, "", KN_MIST)


def kn_priority(
    pdf: KeynotePDF,
    number: int,
    name: str,
    aim: str,
    context: Sequence[str],
    lead: str,
    items: Sequence[tuple[str, str | None]],
) -> None:
    pdf.slide(name, f"Priority {number}")
    pdf.block(110, 250, 560, aim, 34, "B", KN_ICE, 44)
    y = 430.0
    for line in context:
        y = pdf.block(110, y, 560, line, 24, "", KN_MIST, 32) + 18
    pdf.runs(110, 900, [("Priority lead  ", 24, "B", KN_ORANGE), (lead, 24, "", KN_SNOW)])
    pdf.box(740, 215, 1070, 760)
    pdf.run(790, 280, "What we will do", 30, "B", KN_SNOW)
    y = 350.0
    for text, who in items:
        pdf.disc(790, y, KN_ICE, 5)
        y = pdf.block(820, y, 950, text, 27, "", KN_SNOW, 36)
        if who:
            pdf.runs(820, y, [("Lead: ", 21, "B", KN_ORANGE), (who, 21, "", KN_MIST)])
            y += 36
        y += 20


def build_corran() -> KeynotePDF:
    pdf = KeynotePDF()

    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*KN_BG)
    pdf.rect(0, 0, KN_W, KN_H, style="F")
    pdf.set_fill_color(*KN_PANEL)
    pdf.polygon(
        [(0, 1080), (520, 560), (820, 800), (1240, 380), (1920, 1000), (1920, 1080)], style="F"
    )
    pdf.set_fill_color(*KN_SNOW)
    pdf.polygon([(1240, 380), (1150, 470), (1210, 450), (1270, 490), (1330, 462)], style="F")
    pdf.run(140, 230, "CORRAN MOUNTAIN RESORT", 30, "B", KN_ICE)
    pdf.run(140, 370, "Higher Ground", 120, "B", KN_SNOW)
    pdf.run(140, 450, "A two-year plan for the mountain", 44, "", KN_SNOW)
    pdf.run(140, 560, "Board away day  \u00b7  6 March 2028", 30, "", KN_MIST)
    pdf.run(140, 606, "Managing Director and Programme Manager", 26, "", KN_MIST)

    # 2 summary
    pdf.slide("Higher Ground in one minute", "Summary")
    pdf.bullets(
        110,
        280,
        1700,
        (
            "Higher Ground is our plan to keep the lifts turning, make snow whenever the "
            "weather opens a window, and give people a reason to come up the hill in summer.",
            "It runs for 24 months in three stages: Base camp (Month 1\u20136), First ascent "
            "(Month 7\u201315) and Summit (Month 16\u201324).",
            "Two winters fall inside it. In the first we prove the new snowmaking on the "
            "Lochan run.",
            "Four priorities, six numbers to steer by, and three gates: M6, M15 and M24.",
            "It needs \u00a36.8m, \u00a35.9m of it capital. The reservoir also goes to the "
            "shareholders.",
        ),
        34,
        26,
    )

    # 3 the mountain today
    pdf.slide("The mountain today", "Where we start")
    figures = (
        ("171", "days open in 2026/27: 104 for skiing, 67 for summer visitors"),
        ("118,000", "skier days in winter 2026/27, against 151,000 in 2022/23"),
        ("86%", "of planned lift hours ran; the Coire chair lost 19 days to its gearbox"),
        ("41,000", "summer visits, most of them to the Summit caf\u00e9"),
        ("34%", "of last winter's seasonal crew came back this winter"),
        ("2.9 kWh", "to make one cubic metre of snow with our 18 older guns"),
        ("7.1", "out of 10, the average score guests wrote on our survey cards"),
        ("\u00a39.2m", "turnover in 2026/27, 78% of it earned in winter"),
    )
    for i, (big, label) in enumerate(figures):
        col, row = i % 2, i // 2
        x = 110 + col * 870
        y = 300 + row * 170
        pdf.run(x, y, big, 56, "B", KN_ICE)
        pdf.block(x + 290, y - 24, 520, label, 24, "", KN_SNOW, 31)
    pdf.run(
        110,
        990,
        "Figures for the 2026/27 season from Peakline, LiftLog and our payroll.",
        18,
        "",
        KN_MIST,
    )

    # 4 vision
    pdf.slide("Where we are going", "Ambition")
    pdf.run(110, 330, "A mountain people come back to, in every season.", 58, "B", KN_ICE)
    pdf.box(110, 420, 1700, 250)
    pdf.run(160, 500, "By the end of Month 24, nine in ten lift passes will be", 44, "", KN_SNOW)
    pdf.run(160, 560, "bought online before the day of skiing.", 44, "", KN_SNOW)
    pdf.run(
        160,
        630,
        "One number everyone on the hill can see on the board in the crew room.",
        24,
        "I",
        KN_MIST,
    )
    pdf.run(
        110,
        780,
        "Today one pass in five is bought online; the rest are bought at the windows on the morning.",
        28,
        "",
        KN_MIST,
    )

    # 5 four priorities
    pdf.slide("Four priorities", "Plan")
    for i, (name, aim, lead) in enumerate(
        (
            (
                "Lifts that run",
                "Every lift turning whenever the wind allows",
                "Lift Maintenance Manager",
            ),
            (
                "Snow we can count on",
                "Snow made in every cold window, for less power",
                "Snowmaking and Pistes Manager",
            ),
            (
                "A mountain for every season",
                "Reasons to come up the hill all year",
                "Summer Operations Manager",
            ),
            (
                "A crew that comes back",
                "Seasonal staff who return, housed and trained",
                "People and Seasonal Recruitment Manager",
            ),
        )
    ):
        x = 110 + i * 430
        pdf.box(x, 240, 400, 640)
        pdf.run(x + 30, 310, str(i + 1), 72, "B", KN_ORANGE)
        y = pdf.block(x + 30, 400, 340, name, 34, "B", KN_SNOW, 42)
        y = pdf.block(x + 30, y + 20, 340, aim, 24, "", KN_MIST, 31)
        pdf.run(x + 30, 800, "Lead", 20, "B", KN_ORANGE)
        pdf.block(x + 30, 836, 340, lead, 20, "", KN_SNOW, 26)

    # 6-9 priorities
    kn_priority(
        pdf,
        1,
        "Lifts that run",
        "Every lift turning whenever the wind allows",
        (
            "Lift faults cost us 14% of planned lift hours last winter.",
            "The Coire chair carries half our skiers above the Mid Station.",
        ),
        "Lift Maintenance Manager",
        (
            ("Overhaul the Coire chair gearbox before Winter 1", "Lift Maintenance Manager"),
            ("Fit vibration and temperature sensors to the drives of all seven lifts", None),
            (
                "Keep a stock of critical spares for the three chairlifts on the mountain",
                "Lift Maintenance Manager",
            ),
            (
                "Train four more lift technicians to the Level 3 standard",
                "Training and Safety Manager",
            ),
            ("Record every lift fault in LiftLog on a tablet at the drive station", None),
        ),
    )
    kn_priority(
        pdf,
        2,
        "Snow we can count on",
        "Snow made in every cold window, for less power",
        (
            "Our 18 older guns need a snowmaker to walk the line and start each one.",
            "A cold night missed in the early season can cost us a week of skiing.",
        ),
        "Snowmaking and Pistes Manager",
        (
            (
                "Replace the 18 older snow guns on the Lochan and Braes runs with 24 automatic "
                "fan guns",
                "Snowmaking and Pistes Manager",
            ),
            (
                "Build a 40,000 m\u00b3 snowmaking reservoir at Allt Beag",
                "Mountain Operations Director",
            ),
            (
                "Plan each snowmaking night from a 72-hour forecast of temperature and humidity",
                None,
            ),
            (
                "Meter the power the snowmaking plant uses, separately from the rest of the site",
                None,
            ),
        ),
    )
    kn_priority(
        pdf,
        3,
        "A mountain for every season",
        "Reasons to come up the hill all year",
        (
            "In summer the mountain earns a fifth of what it earns in winter.",
            "Most guests still queue at a window for a pass on the morning.",
        ),
        "Summer Operations Manager",
        (
            (
                "Open a 7 km blue mountain-bike trail from the top of the Coire chair, with "
                "bikes carried on the chair",
                "Summer Operations Manager",
            ),
            ("Open the Summit caf\u00e9 every day of the year, weather allowing", None),
            (
                "Sell every pass, lesson and hire online, cheaper the earlier you book",
                "Digital and Ticketing Lead",
            ),
            (
                "Put RFID gates on all seven lifts and swap barcode cards for reusable RFID cards",
                "Digital and Ticketing Lead",
            ),
            (
                "Text every guest the day after their visit to ask for a score out of 10",
                "Guest Services Manager",
            ),
        ),
    )
    kn_priority(
        pdf,
        4,
        "A crew that comes back",
        "Seasonal staff who return, housed and trained",
        (
            "Two in three of our winter crew do not return for a second season.",
            "Crew who come back need half the training of new starters.",
        ),
        "People and Seasonal Recruitment Manager",
        (
            (
                "Offer 40 of the winter crew a year-round contract that carries them through "
                "the summer",
                "People and Seasonal Recruitment Manager",
            ),
            (
                "Add 36 staff beds by converting the Braes bothy and leasing a house in Corran "
                "village",
                "Finance and Commercial Director",
            ),
            (
                "Run a five-day induction week for every seasonal starter, with lift operator "
                "certification",
                "Training and Safety Manager",
            ),
            ("Pay a \u00a3400 bonus to crew who come back for a second winter", None),
        ),
    )

    # 10 six numbers: a drawn grid of runs
    pdf.slide("Six numbers we will steer by", "Measures")
    cols = (110, 820, 1060, 1290, 1500)
    heads = ("Measure", "Today", "By M12", "By M24", "Owner")
    pdf.set_fill_color(*KN_PANEL)
    pdf.rect(100, 232, 1720, 62, style="F")
    for x, h in zip(cols, heads, strict=True):
        pdf.run(x, 274, h, 26, "B", KN_ICE)
    rows = (
        (
            "Lift availability in opening hours",
            "86%",
            "92%",
            "96%",
            ("Lift Maintenance", "Manager"),
        ),
        (
            "Skier days per winter",
            "118,000",
            "130,000",
            "150,000",
            ("Mountain Operations", "Director"),
        ),
        ("Summer visits", "41,000", "55,000", "70,000", ("Summer Operations", "Manager")),
        (
            "Snowmaking energy per cubic metre",
            "2.9 kWh",
            "2.4 kWh",
            "2.1 kWh",
            ("Snowmaking and Pistes", "Manager"),
        ),
        (
            "Seasonal crew who return",
            "34%",
            "45%",
            "55%",
            ("People and Seasonal", "Recruitment Manager"),
        ),
        (
            "Guest satisfaction score (out of 10)",
            "7.1",
            "7.7",
            "8.3",
            ("Guest Services", "Manager"),
        ),
    )
    y = 360.0
    for label, today, m12, m24, owner in rows:
        pdf.run(cols[0], y, label, 28, "", KN_SNOW)
        pdf.run(cols[1], y, today, 28, "", KN_SNOW)
        pdf.run(cols[2], y, m12, 28, "", KN_SNOW)
        pdf.run(cols[3], y, m24, 28, "B", KN_ORANGE)
        pdf.run(cols[4], y - 12, owner[0], 20, "", KN_MIST)
        pdf.run(cols[4], y + 14, owner[1], 20, "", KN_MIST)
        pdf.set_draw_color(*KN_PANEL)
        pdf.set_line_width(1.5)
        pdf.line(100, y + 40, 1820, y + 40)
        y += 100
    pdf.run(
        110,
        990,
        "Winter measures are read at the end of each winter; summer visits over the summer before.",
        20,
        "",
        KN_MIST,
    )

    # 11 roadmap: a swimlane over a Month 1-24 axis
    pdf.slide("24 months, three stages", "Roadmap")
    left, month_w = 400.0, 58.0

    def mx(month: float) -> float:
        return left + (month - 1) * month_w

    for start, end, label, color in (
        (1, 6, "Month 1\u20136  \u00b7  Base camp", (70, 90, 112)),
        (7, 15, "Month 7\u201315  \u00b7  First ascent", (40, 104, 150)),
        (16, 24, "Month 16\u201324  \u00b7  Summit", (30, 140, 170)),
    ):
        pdf.set_fill_color(*color)
        pdf.rect(mx(start), 215, (end - start + 1) * month_w - 4, 52, style="F")
        pdf.run(mx(start) + 14, 250, label, 22, "B", KN_SNOW)
    for m in range(1, 25):
        pdf.set_font("helvetica", "", 15)
        pdf.run(
            mx(m) + (month_w - pdf.get_string_width(str(m))) / 2 - 2, 298, str(m), 15, "", KN_MIST
        )
    for start, end, label in ((7, 12, "Winter 1"), (19, 24, "Winter 2")):
        pdf.set_fill_color(30, 46, 64)
        pdf.rect(mx(start), 310, (end - start + 1) * month_w - 4, 590, style="F")
        pdf.run(mx(start) + 10, 890, label, 18, "I", KN_ICE)
    lanes = (
        (
            "Lifts",
            (
                (2, 5, "Coire gearbox overhaul"),
                (4, 10, "Drive sensors, all 7 lifts"),
                (7, 15, "Level 3 training for 4 technicians"),
                (11, 14, "LiftLog on tablets"),
            ),
        ),
        (
            "Snow",
            (
                (1, 6, "8 fan guns ordered and fitted"),
                (3, 12, "Reservoir planning application"),
                (7, 12, "Lochan trial"),
                (16, 22, "Braes fan guns; Allt Beag reservoir"),
            ),
        ),
        (
            "All-season",
            (
                (4, 7, "Online sales"),
                (10, 18, "RFID gates on 7 lifts"),
                (13, 15, "Bike trail build"),
                (16, 21, "Bike trail open; caf\u00e9 all year", 0),
            ),
        ),
        (
            "Crew",
            (
                (3, 6, "Year-round contracts"),
                (7, 8, "Induction"),
                (8, 18, "36 staff beds"),
                (19, 20, "Induction"),
            ),
        ),
    )
    for li, (lane, bars) in enumerate(lanes):
        y = 330 + li * 140
        pdf.box(110, y, 270, 120, KN_PANEL, 10)
        pdf.run(130, y + 70, lane, 28, "B", KN_SNOW)
        for bi, (start, end, label, *row) in enumerate(bars):
            top = y + (row[0] if row else bi % 2) * 62
            pdf.box(mx(start) + 2, top + 4, (end - start + 1) * month_w - 8, 50, (62, 90, 118), 8)
            pdf.run(mx(start) + 12, top + 36, label, 18, "", KN_SNOW)
    for month, label in ((6, "M6"), (15, "M15"), (24, "M24")):
        cx = mx(month) + month_w - 2
        pdf.diamond(cx, 925, 16, KN_ORANGE)
        pdf.run(cx - 20, 968, label, 20, "B", KN_ORANGE)
    pdf.run(110, 935, "Gates", 22, "B", KN_ORANGE)
    pdf.run(
        110,
        1008,
        "M6: base camp review  |  M15: Lochan trial decision, Braes and reservoir go/no-go  |  "
        "M24: close",
        18,
        "",
        KN_SNOW,
    )
    pdf.run(1500, 110, "Month 1 is April 2028.", 24, "B", KN_ICE)

    # 12 pilot
    pdf.slide("The Lochan trial", "Pilot")
    y = 270.0
    for label, value in (
        ("Where", "The Lochan run, from the Base Station to Lochan Top"),
        ("When", "Winter 1, Month 7\u201312; decision at M15"),
        ("Trial lead", "Snowmaking and Pistes Manager"),
        ("Compared with", "The Braes run, on the older guns, the same winter"),
    ):
        pdf.runs(110, y, [(f"{label}  ", 28, "B", KN_ORANGE), (value, 28, "", KN_SNOW)])
        y += 56
    pdf.run(110, y + 30, "What we change", 30, "B", KN_ICE)
    pdf.bullets(
        110,
        y + 90,
        820,
        (
            "8 automatic fan guns on the Lochan run, run from the control room",
            "Each night planned from the 72-hour forecast",
            "The snowmaking plant's power metered on its own",
        ),
        26,
        16,
    )
    pdf.box(1000, 240, 810, 560)
    pdf.run(1040, 300, "It has worked if, over Winter 1:", 30, "B", KN_ICE)
    pdf.bullets(
        1040,
        370,
        730,
        (
            "the Lochan run is open for skiing on 85 days or more (61 in 2026/27)",
            "each cubic metre of snow takes 2.3 kWh or less",
            "snowmaker hours on the run fall by half",
            "we stay inside our water abstraction licence",
        ),
        26,
        16,
    )
    pdf.box(110, 840, 1700, 120, (40, 104, 150))
    pdf.run(
        150,
        912,
        "At M15 the Mountain Board decides whether fan guns go on the Braes run and the reservoir is built.",
        26,
        "B",
        KN_SNOW,
    )

    # 13 first 100 days: week, action and lead as runs on one baseline
    pdf.slide("The first 100 days", "Getting going")
    items = (
        (
            "Wk 1",
            "Sign the order for 8 fan guns (20-week lead time)",
            "Snowmaking and Pistes Manager",
        ),
        ("Wk 1", "Order the Coire chair gearbox parts", "Lift Maintenance Manager"),
        (
            "Wk 2",
            "Open talks with the GMB on year-round contracts",
            "People and Seasonal Recruitment Manager",
        ),
        (
            "Wk 3",
            "Submit the Allt Beag reservoir planning application",
            "Mountain Operations Director",
        ),
        ("Wk 4", "Agree the 2026/27 baselines for all six numbers", "Programme Manager"),
        (
            "Wk 6",
            "Apply to SEPA to vary the water abstraction licence",
            "Mountain Operations Director",
        ),
        ("Wk 8", "Choose the RFID gate supplier", "Digital and Ticketing Lead"),
        ("Wk 10", "Start the Coire chair gearbox overhaul", ""),
        ("Wk 12", "Hold the first Mountain Board review of the six numbers", "Managing Director"),
        ("Wk 14", "Advertise Winter 1 crew posts with year-round offers", ""),
    )
    y = 270.0
    for week, action, lead in items:
        pdf.run(110, y, week, 26, "B", KN_ORANGE)
        pdf.run(250, y, action, 26, "", KN_SNOW)
        if lead:
            pdf.run(1330, y, lead, 22, "", KN_MIST)
        y += 66

    # 14 risks: "If" and "Then we" columns
    pdf.slide("What could go wrong", "Risks")
    pdf.run(110, 260, "If ...", 28, "B", KN_ORANGE)
    pdf.run(860, 260, "... then we", 28, "B", KN_ICE)
    risks = (
        (
            "the fan guns arrive too late for Winter 1",
            "order in week 1, and keep the 18 older guns serviced for one more winter",
        ),
        (
            "the National Park Authority refuses the reservoir",
            "run the Lochan trial on today's water and come back with a smaller design",
        ),
        (
            "Winter 1 brings little snow",
            "budget for a 90-day season; summer income from the trail does not depend on snow",
        ),
        (
            "the power supply cannot carry the fan guns and the lifts together",
            "make snow at night while the lifts are stopped, and ask for a quote to raise the "
            "supply",
        ),
        (
            "the GMB opposes year-round contracts",
            "make them voluntary, and agree the hours with the GMB before we advertise",
        ),
    )
    y = 340.0
    for risk, then in risks:
        top = y
        y1 = pdf.block(110, y, 680, risk, 26, "", KN_SNOW, 34)
        y2 = pdf.block(860, top, 940, then, 26, "", KN_SNOW, 34)
        y = max(y1, y2) + 34

    # 15 governance and asks
    pdf.slide("How we will run it, and what we ask", "Decisions")
    pdf.run(110, 270, "Running it", 30, "B", KN_ICE)
    pdf.bullets(
        110,
        330,
        820,
        (
            "The Managing Director sponsors Higher Ground and chairs the Mountain Board: "
            "monthly in winter, every six weeks in summer.",
            "The Programme Manager runs the plan day to day and reports the six numbers.",
            "The Mountain Board decides each gate; capital above \u00a3500,000 goes to the "
            "shareholders.",
            "We consult the GMB on contracts and shift patterns, and Corran Community Council "
            "on the reservoir and the trail.",
        ),
        24,
        16,
    )
    pdf.box(1000, 240, 810, 720)
    pdf.run(1040, 300, "We ask the Board to", 30, "B", KN_ORANGE)
    pdf.bullets(
        1040,
        370,
        730,
        (
            "approve Higher Ground: four priorities, six numbers, three gates",
            "approve \u00a36.8m over 24 months, \u00a35.9m of it capital: fan guns \u00a32.2m, "
            "reservoir \u00a32.1m, RFID gates \u00a30.7m, staff beds \u00a30.9m",
            "approve the Lochan trial for Winter 1",
            "agree to put the reservoir to the shareholders' meeting",
        ),
        24,
        16,
    )
    return pdf


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Fennick (PPTX 4:3)
# A commercial laundry's board deck at 4:3 (10 x 7.5 in): a board-paper reference on every
# slide, Franklin Gothic titles and Tahoma text, initiatives in native tables with a "Lead"
# column, a roadmap table with a column per financial year, a native chart of capital.

FN_W, FN_H = 10.0, 7.5
FN_TEAL = (0, 84, 97)
FN_LIME = (132, 186, 58)
FN_PALE = (230, 241, 242)
FN_INK = (33, 37, 41)
FN_GREY = (112, 118, 124)
FN_HEAD = "Franklin Gothic Medium"
FN_FONT = "Tahoma"


def fn_page(prs: PresentationType, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 0.18, FN_H, FN_TEAL)
    text_box(
        slide.shapes,
        0.45,
        0.22,
        7,
        0.3,
        ["FENNICK LINEN SERVICES  \u00b7  CLEAN FLOW"],
        9,
        True,
        FN_LIME,
        FN_FONT,
    )
    text_box(slide.shapes, 0.45, 0.5, 9.2, 0.7, [title], 24, False, FN_TEAL, FN_HEAD)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.45, 1.18, 9.1, 0.03, FN_LIME)
    text_box(
        slide.shapes,
        6.5,
        7.08,
        3.1,
        0.3,
        [f"Board paper FLS/B/28/04  \u00b7  {number}"],
        8,
        False,
        FN_GREY,
        FN_FONT,
        PP_ALIGN.RIGHT,
    )
    return slide


def fn_priority(
    prs: PresentationType,
    number: int,
    slide_no: int,
    name: str,
    outcome: str,
    lead: str,
    rows: Sequence[tuple[str, str, str, str]],
) -> None:
    s = fn_page(prs, f"Priority {number}: {name}", slide_no)
    rich_box(
        s.shapes,
        0.45,
        1.35,
        9.1,
        0.9,
        [
            [("Outcome: ", True, FN_TEAL), (outcome, False, FN_INK)],
            [("Priority lead: ", True, FN_TEAL), (lead, False, FN_INK)],
        ],
        12,
        FN_FONT,
        4,
    )
    table(
        s.shapes,
        (("#", "Initiative", "Lead", "Done by"), *rows),
        (0.5, 5.3, 2.1, 1.2),
        2.35,
        0.45,
        11,
        0.78,
        FN_TEAL,
        font=FN_FONT,
        head_h=0.4,
    )


def build_fennick() -> PresentationType:
    prs = new_deck(FN_W, FN_H)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, FN_W, 4.6, FN_TEAL)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 4.6, FN_W, 0.1, FN_LIME)
    text_box(s.shapes, 0.7, 0.9, 8.6, 0.4, ["Fennick Linen Services"], 18, True, FN_LIME, FN_FONT)
    text_box(s.shapes, 0.7, 1.6, 8.6, 1.1, ["Clean Flow"], 48, False, WHITE, FN_HEAD)
    text_box(
        s.shapes,
        0.7,
        2.7,
        8.6,
        0.9,
        ["Our operating plan for FY2028/29 to FY2030/31"],
        22,
        False,
        WHITE,
        FN_HEAD,
    )
    text_box(
        s.shapes,
        0.7,
        5.1,
        8.6,
        1.2,
        [
            "Board of Directors  \u00b7  23 February 2028",
            "Board paper FLS/B/28/04  \u00b7  For decision",
            "Presented by the Managing Director and the Operations Director",
        ],
        13,
        False,
        FN_INK,
        FN_FONT,
    )

    # 2 summary
    s = fn_page(prs, "Summary", 2)
    text_box(
        s.shapes,
        0.45,
        1.4,
        9.1,
        5.5,
        [
            "1.  Clean Flow is our three-year plan to get the right linen to every ward on "
            "time, to use less water and gas for every kilogram we wash, and to keep our "
            "people safe.",
            "2.  It covers FY2028/29 to FY2030/31. Our financial year runs from April to March.",
            "3.  There are three stages, one a year: Stabilise, Automate and Extend, with a "
            "gate at the end of each year.",
            "4.  Three priorities carry the work: Right linen, right ward; Lean, clean plants; "
            "Safe, skilled people.",
            "5.  We start by tagging St Brannoc's linen with RFID at our Ashby plant in FY2028/29.",
            "6.  The plan needs \u00a311.4m of capital over the three years.",
        ],
        14,
        False,
        FN_INK,
        FN_FONT,
    )

    # 3 where we are
    s = fn_page(prs, "Where we are in FY2027/28", 3)
    tiles = (
        ("4 plants", "Ashby, Dunmere, Kilnford and Port Allan; 780 people"),
        ("52,000 t", "of linen washed this year, 71% of it for hospitals"),
        ("31 + 240", "hospitals and hotels on contract"),
        ("91.2%", "of ward orders arrived complete and inside their delivery slot"),
        ("9.8 litres", "of water for every kilogram we washed"),
        ("14%", "of the linen we put into hospitals never came back to us"),
        ("2.4", "lost-time injuries for every 100,000 hours worked"),
        ("\u00a362m", "turnover this year (forecast)"),
    )
    for i, (big, label) in enumerate(tiles):
        col, row = i % 2, i // 2
        x = 0.45 + col * 4.6
        y = 1.45 + row * 1.35
        group = s.shapes.add_group_shape()
        filled(group.shapes, MSO_SHAPE.RECTANGLE, x, y, 4.45, 1.2, FN_PALE)
        text_box(group.shapes, x + 0.12, y + 0.1, 4.2, 0.5, [big], 22, True, FN_TEAL, FN_HEAD)
        text_box(group.shapes, x + 0.12, y + 0.62, 4.2, 0.55, [label], 11, False, FN_INK, FN_FONT)

    # 4 ambition
    s = fn_page(prs, "Our ambition", 4)
    text_box(
        s.shapes,
        0.45,
        1.5,
        9.1,
        1.2,
        ["Linen that hospitals and hotels never have to think about."],
        28,
        False,
        FN_TEAL,
        FN_HEAD,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.45, 3.0, 0.08, 1.3, FN_LIME)
    text_box(
        s.shapes,
        0.7,
        3.0,
        8.8,
        1.4,
        [
            "By the end of FY2030/31, all 31 hospitals we serve will be on automatic top-ups "
            "sized from what each ward really uses."
        ],
        18,
        True,
        FN_INK,
        FN_FONT,
    )
    text_box(
        s.shapes,
        0.45,
        4.8,
        9.1,
        1.6,
        [
            "Today wards order by phone and email, and a ward that runs short borrows from "
            "the ward next door.",
            "Hotels keep their fixed weekly deliveries.",
        ],
        13,
        False,
        FN_GREY,
        FN_FONT,
    )

    # 5 priorities overview
    s = fn_page(prs, "Three priorities", 5)
    for i, (name, aim, lead) in enumerate(
        (
            (
                "Right linen, right ward",
                "Every ward gets what it uses, in its slot, without phoning us",
                "Head of Customer Service",
            ),
            (
                "Lean, clean plants",
                "A third less water and a quarter less gas per kilogram",
                "Engineering Manager",
            ),
            (
                "Safe, skilled people",
                "Fewer injuries and new starters who stay past 90 days",
                "HR Manager",
            ),
        )
    ):
        x = 0.45 + i * 3.07
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            1.5,
            2.95,
            0.9,
            FN_TEAL,
            [f"{i + 1}. {name}"],
            15,
            True,
            WHITE,
            FN_HEAD,
        )
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 2.4, 2.95, 3.6, FN_PALE)
        text_box(s.shapes, x + 0.12, 2.55, 2.7, 2.2, [aim], 14, False, FN_INK, FN_FONT)
        text_box(s.shapes, x + 0.12, 5.1, 2.7, 0.8, [f"Lead: {lead}"], 11, True, FN_TEAL, FN_FONT)
    text_box(
        s.shapes,
        0.45,
        6.25,
        9.1,
        0.6,
        ["The initiatives under each priority are on the next three pages, each with its lead."],
        11,
        False,
        FN_GREY,
        FN_FONT,
        italic=True,
    )

    # 6-8 priorities with initiative tables
    fn_priority(
        prs,
        1,
        6,
        "Right linen, right ward",
        "every ward gets what it uses, in its delivery slot, without phoning us.",
        "Head of Customer Service",
        (
            (
                "1.1",
                "Tag all hospital linen with RFID and read every cage at dispatch and on return",
                "IT and Systems Manager",
                "FY2029/30",
            ),
            (
                "1.2",
                "Put all 31 hospitals on automatic top-ups sized from each ward's use",
                "Head of Customer Service",
                "FY2030/31",
            ),
            (
                "1.3",
                "Replace phone and email orders with an online ward portal",
                "To be agreed",
                "FY2028/29",
            ),
            (
                "1.4",
                "Re-plan the delivery routes from Ashby and Dunmere around fixed ward slots",
                "Logistics Manager",
                "FY2028/29",
            ),
            (
                "1.5",
                "Agree a linen-loss clause with every hospital when its contract renews",
                "Finance Director",
                "FY2030/31",
            ),
        ),
    )
    fn_priority(
        prs,
        2,
        7,
        "Lean, clean plants",
        "a third less water and a quarter less gas for every kilogram we wash.",
        "Engineering Manager",
        (
            ("2.1", "Recycle rinse water at all four plants", "Engineering Manager", "FY2029/30"),
            (
                "2.2",
                "Fit heat recovery to the tunnel washer discharge at Ashby and Dunmere",
                "Engineering Manager",
                "FY2028/29",
            ),
            ("2.3", "Replace the Kilnford tunnel washer", "Operations Director", "FY2029/30"),
            (
                "2.4",
                "Meter water and gas on every washer and dryer at all four plants",
                "To be agreed",
                "FY2028/29",
            ),
            (
                "2.5",
                "Record every rewash by its reason on the finishing lines",
                "Quality and Infection Control Manager",
                "FY2028/29",
            ),
        ),
    )
    fn_priority(
        prs,
        3,
        8,
        "Safe, skilled people",
        "fewer injuries, and new starters who stay past their first 90 days.",
        "HR Manager",
        (
            (
                "3.1",
                "Fit cage tippers and lifting aids in the four soiled-sort areas",
                "Health and Safety Manager",
                "FY2029/30",
            ),
            (
                "3.2",
                "Report near misses on a phone app and review them weekly in every plant",
                "Health and Safety Manager",
                "FY2028/29",
            ),
            (
                "3.3",
                "Give every new starter a buddy and a skills passport through the Fennick "
                "Skills School",
                "Training Coordinator",
                "FY2028/29",
            ),
            (
                "3.4",
                "Hold a stay conversation with every starter at 30 and 60 days",
                "To be agreed",
                "FY2028/29",
            ),
            (
                "3.5",
                "Move all four plants onto one shift pattern",
                "Operations Director",
                "FY2029/30",
            ),
        ),
    )

    # 9 measures
    s = fn_page(prs, "Six measures", 9)
    table(
        s.shapes,
        (
            ("Measure", "Baseline FY2027/28", "End FY2029/30", "End FY2030/31", "Owner"),
            ("Delivered in full and on time", "91.2%", "95.0%", "98.0%", "Logistics Manager"),
            ("Water per kilogram washed", "9.8 l", "8.0 l", "6.5 l", "Engineering Manager"),
            ("Gas per kilogram washed", "1.42 kWh", "1.25 kWh", "1.05 kWh", "Engineering Manager"),
            (
                "Rewash rate",
                "6.1%",
                "4.5%",
                "3.5%",
                "Quality and Infection Control Manager",
            ),
            ("Hospital linen losses", "14%", "11%", "8%", "Head of Customer Service"),
            (
                "Lost-time injury rate (per 100,000 hours)",
                "2.4",
                "1.6",
                "1.0",
                "Health and Safety Manager",
            ),
        ),
        (3.0, 1.35, 1.3, 1.3, 2.15),
        1.45,
        0.45,
        11,
        0.62,
        FN_TEAL,
        font=FN_FONT,
        head_h=0.55,
        first_col_bold=True,
    )
    text_box(
        s.shapes,
        0.45,
        6.0,
        9.1,
        0.8,
        [
            "Definitions and sources: measure definitions, Clean Flow programme office. "
            "Losses are items issued to a hospital that are neither returned nor written off "
            "by agreement."
        ],
        9.5,
        False,
        FN_GREY,
        FN_FONT,
        italic=True,
    )

    # 10 roadmap: a table with a column per financial year
    s = fn_page(prs, "Roadmap: three years, three stages", 10)
    table(
        s.shapes,
        (
            ("", "FY2028/29", "FY2029/30", "FY2030/31"),
            ("Stage", "Stabilise", "Automate", "Extend"),
            (
                "Service",
                "Ward portal live\nRFID pilot at Ashby for St Brannoc's\nNew routes from Ashby "
                "and Dunmere",
                "RFID on every hospital contract washed at Ashby and Dunmere\nAutomatic top-ups "
                "for 12 hospitals",
                "Automatic top-ups for all 31 hospitals\nLoss clauses as contracts renew",
            ),
            (
                "Plants",
                "Heat recovery at Ashby and Dunmere\nMeters on every washer and dryer\nRewash "
                "recorded by reason",
                "Rinse water recycled at all four plants\nNew Kilnford tunnel washer",
                "Heat recovery at Port Allan",
            ),
            (
                "People",
                "Near-miss app\nBuddies and skills passports",
                "Cage tippers and lifting aids\nOne shift pattern",
                "Shift leaders from our own teams",
            ),
            (
                "Gate",
                "Gate 1 at the end of FY28/29: RFID go/no-go",
                "Gate 2 at the end of FY29/30: top-ups for all hospitals go/no-go",
                "Gate 3 at the end of FY30/31: close and hand over",
            ),
        ),
        (1.1, 2.67, 2.67, 2.66),
        1.4,
        0.45,
        10,
        0.5,
        FN_TEAL,
        font=FN_FONT,
        head_h=0.4,
        first_col_bold=True,
    )
    text_box(
        s.shapes,
        0.45,
        6.55,
        9.1,
        0.4,
        ["Each gate is taken at the first Board meeting after the year closes."],
        9.5,
        False,
        FN_GREY,
        FN_FONT,
        italic=True,
    )

    # 11 pilot
    s = fn_page(prs, "Pilot: tagged linen for St Brannoc's", 11)
    rich_box(
        s.shapes,
        0.45,
        1.4,
        4.5,
        5.4,
        [
            [
                ("Where: ", True, FN_TEAL),
                ("St Brannoc's University Hospital (46 wards), washed at Ashby", False, FN_INK),
            ],
            [
                ("When: ", True, FN_TEAL),
                ("six months inside FY2028/29; decision at Gate 1", False, FN_INK),
            ],
            [("Pilot lead: ", True, FN_TEAL), ("Plant Manager, Ashby", False, FN_INK)],
            [
                ("Compared with: ", True, FN_TEAL),
                ("St Aelred's Hospital, also washed at Ashby, untagged", False, FN_INK),
            ],
            [("What changes", True, FN_TEAL)],
            [("\u2022 RFID tags on 120,000 items of St Brannoc's linen", False, FN_INK)],
            [("\u2022 Readers on the Ashby dispatch and return docks", False, FN_INK)],
            [("\u2022 Automatic top-ups on 20 wards", False, FN_INK)],
            [("\u2022 The ward portal on the other 26 wards", False, FN_INK)],
        ],
        12,
        FN_FONT,
        5,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 5.2, 1.4, 4.35, 4.2, FN_PALE)
    text_box(s.shapes, 5.35, 1.5, 4.1, 0.4, ["Success criteria"], 15, True, FN_TEAL, FN_HEAD)
    text_box(
        s.shapes,
        5.35,
        2.0,
        4.1,
        3.5,
        [
            "a. Stock-outs on the 20 pilot wards fall by 80%",
            "b. St Brannoc's linen losses are 9% or less",
            "c. 99.5% of tags are read at dispatch and on return",
            "d. Ashby's cost per kilogram does not rise",
        ],
        12,
        False,
        FN_INK,
        FN_FONT,
    )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        5.2,
        5.75,
        4.35,
        1.05,
        FN_TEAL,
        ["Gate 1 decides whether RFID goes to every hospital contract at Ashby and Dunmere."],
        11,
        False,
        WHITE,
        FN_FONT,
    )

    # 12 first 100 days
    s = fn_page(prs, "The first 100 days", 12)
    table(
        s.shapes,
        (
            ("By day", "Action", "Lead"),
            (
                "10",
                "Agree the FY2027/28 baselines for the six measures",
                "Programme Manager, Clean Flow",
            ),
            ("15", "Start the 45-day consultation with Usdaw on one shift pattern", "HR Manager"),
            (
                "20",
                "Sign the RFID tag and reader contract for the St Brannoc's pilot",
                "IT and Systems Manager",
            ),
            ("30", "Agree the 20 pilot wards with St Brannoc's", "Head of Customer Service"),
            (
                "45",
                "Give Severn Water notice of the heat recovery change at Ashby",
                "Engineering Manager",
            ),
            ("60", "Fit water and gas meters to the Ashby tunnel washer and dryers", ""),
            ("75", "Launch the near-miss app in all four plants", "Health and Safety Manager"),
            ("90", "Go out to tender for the Kilnford tunnel washer", "Operations Director"),
            (
                "100",
                "Hold the first Steering Group review of the six measures",
                "Managing Director",
            ),
        ),
        (0.8, 5.6, 2.7),
        1.4,
        0.45,
        11,
        0.5,
        FN_TEAL,
        font=FN_FONT,
        head_h=0.4,
    )

    # 13 risks: a bold risk paragraph, then its response
    s = fn_page(prs, "Risks and how we will handle them", 13)
    risks = (
        (
            "Hospitals keep tagged linen in their own stores, so it reads as lost.",
            "Read tags at the ward trolley bays as well as our docks, and share the reads with "
            "each hospital every month.",
        ),
        (
            "Usdaw rejects one shift pattern for all four plants.",
            "Consult early and keep the new pattern voluntary at Kilnford for the first year.",
        ),
        (
            "The Kilnford tunnel washer fails before its replacement arrives.",
            "Hold spares for its controller and move Kilnford's hotel work to Port Allan if it "
            "stops.",
        ),
        (
            "St Brannoc's retenders its contract in FY2029/30 and we lose it.",
            "Put the pilot results in our tender and offer the top-ups as standard.",
        ),
        (
            "Severn Water changes the terms of our discharge permit.",
            "Give notice early and share the new discharge readings with them every month.",
        ),
    )
    paragraphs = []
    for risk, response in risks:
        paragraphs.append([(risk, True, FN_TEAL)])
        paragraphs.append([("Response: ", True, FN_INK), (response, False, FN_INK)])
    rich_box(s.shapes, 0.45, 1.4, 9.1, 5.5, paragraphs, 12, FN_FONT, 5)

    # 14 capital
    s = fn_page(prs, "What it costs", 14)
    data = CategoryChartData()
    data.categories = ["FY2028/29", "FY2029/30", "FY2030/31"]
    data.add_series("Capital, \u00a3m", (4.2, 5.1, 2.1))
    frame = s.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(0.45), Inches(1.4), Inches(5.2), Inches(4.6), data
    )
    chart = frame.chart
    chart.has_legend = False
    chart.has_title = True
    chart.chart_title.text_frame.text = "Capital by year, \u00a3m (total \u00a311.4m)"
    plot = chart.plots[0]
    plot.has_data_labels = True
    plot.data_labels.font.size = Pt(12)
    plot.series[0].format.fill.solid()
    plot.series[0].format.fill.fore_color.rgb = rgb(FN_TEAL)
    text_box(
        s.shapes,
        5.9,
        1.5,
        3.7,
        4.6,
        [
            "Largest items",
            "Kilnford tunnel washer \u00a33.6m",
            "Water recycling, four plants \u00a32.8m",
            "RFID tags and readers \u00a32.0m",
            "Heat recovery, three plants \u00a31.7m",
            "Cage tippers and lifting aids \u00a30.8m",
            "Meters and ward portal \u00a30.5m",
        ],
        12,
        False,
        FN_INK,
        FN_FONT,
    )

    # 15 governance and decisions
    s = fn_page(prs, "Governance and the decisions we seek", 15)
    text_box(
        s.shapes,
        0.45,
        1.4,
        9.1,
        2.6,
        [
            "The Managing Director sponsors Clean Flow and chairs its Steering Group every "
            "quarter.",
            "The Programme Manager, Clean Flow runs a monthly programme board with the three "
            "priority leads.",
            "This Board takes each gate on the Steering Group's advice; capital above "
            "\u00a3750,000 also needs the approval of Harlow Services Group.",
            "Usdaw is consulted on any change to shift patterns or staffing levels, and the "
            "Customer Reference Group on changes to ordering and delivery.",
        ],
        12,
        False,
        FN_INK,
        FN_FONT,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.45, 4.2, 9.1, 2.6, FN_PALE)
    text_box(
        s.shapes,
        0.6,
        4.3,
        8.8,
        2.4,
        [
            "The Board is asked to:",
            "(a) approve Clean Flow: three priorities, six measures and three gates;",
            "(b) approve \u00a311.4m of capital over three years, \u00a34.2m of it in FY2028/29;",
            "(c) approve the St Brannoc's RFID pilot at Ashby;",
            "(d) note the consultation with Usdaw on one shift pattern.",
        ],
        12,
        False,
        FN_INK,
        FN_FONT,
    )
    return prs


# =========================================================================== org folders
# Brightwater: a JSON export from the HR system (PeopleHub) as the roster.

BW_ROSTER = (
    (
        "BW-0001",
        "Chief Executive",
        "Executive",
        "Head Office, Saltmouth",
        "Board of Castle Leisure Holdings",
        "Core",
        "Sponsors Full House 2029, chairs the Full House Board and takes its gate decisions "
        "to the Executive Board and its capital requests to Castle Leisure Holdings.",
    ),
    (
        "BW-0002",
        "Chief Operating Officer",
        "Operations",
        "Head Office, Saltmouth",
        "Chief Executive",
        "Core",
        "Runs the 23 cinemas through three regional operations managers; owns the guest visit "
        "on the day, opening hours, staffing levels and the rota rules.",
    ),
    (
        "BW-0003",
        "Finance Director",
        "Finance",
        "Head Office, Saltmouth",
        "Chief Executive",
        "Core",
        "Owns the budget, capital approvals and business cases, and the monthly programme cost "
        "report; signs off benefits.",
    ),
    (
        "BW-0014",
        "Strategy and Transformation Lead",
        "Strategy and Transformation Office",
        "Head Office, Saltmouth",
        "Chief Executive",
        "Core",
        "Runs the Full House programme office: the plan, the gate papers, the risk log, the "
        "baselines and the monthly measures report.",
    ),
    (
        "BW-0021",
        "Director of Film and Programming",
        "Film",
        "Head Office, Saltmouth",
        "Chief Executive",
        "Core",
        "Books films with distributors, sets the screening times at every cinema, and "
        "programmes event screenings and the private hire of screens.",
    ),
    (
        "BW-0025",
        "Head of Pricing and Revenue",
        "Commercial",
        "Head Office, Saltmouth",
        "Finance Director",
        "Core",
        "Sets ticket prices and offers, runs pricing tests and owns school and group sales.",
    ),
    (
        "BW-0027",
        "Head of Food and Drink",
        "Commercial",
        "Head Office, Saltmouth",
        "Chief Operating Officer",
        "Core",
        "Owns the food and drink range, counter layouts and suppliers, and spend per guest.",
    ),
    (
        "BW-0031",
        "Head of Digital and Data",
        "Digital",
        "Head Office, Saltmouth",
        "Finance Director",
        "Core",
        "Owns the Brightwater app and website, ReelPOS and the kiosks, Brightwater Insights and "
        "the data that flows between our systems.",
    ),
    (
        "BW-0036",
        "Head of Estates and Projection",
        "Estates",
        "Head Office, Saltmouth",
        "Chief Operating Officer",
        "Core",
        "Owns the buildings, projection and sound, seating refits, building controls, energy "
        "contracts and energy use.",
    ),
    (
        "BW-0041",
        "Head of People",
        "People",
        "Head Office, Saltmouth",
        "Chief Executive",
        "Core",
        "Owns recruitment, contracts and pay, the relationship with Bectu, leavers and staff "
        "turnover.",
    ),
    (
        "BW-0044",
        "Learning and Development Manager",
        "People",
        "Head Office, Saltmouth",
        "Head of People",
        "Core",
        "Runs the Brightwater Academy: inductions, e-learning, fire marshal and food safety "
        "courses, and the shift leader programme.",
    ),
    (
        "BW-0052",
        "Guest Experience Manager",
        "Operations",
        "Head Office, Saltmouth",
        "Chief Operating Officer",
        "Core",
        "Owns the guest survey and the net promoter score, complaints, and our access "
        "standards for disabled guests.",
    ),
    (
        "BW-0307",
        "General Manager, Brightwater Harbourside",
        "Cinemas",
        "Brightwater Harbourside, Saltmouth",
        "Regional Operations Manager, South",
        "Core",
        "Runs Brightwater Harbourside, its team of 64 and its budget; leads the Front Row "
        "pilot on site.",
    ),
    (
        "BW-0061",
        "Regional Operations Manager, South",
        "Operations",
        "Brightwater Castlegate, Kellbridge",
        "Chief Operating Officer",
        "Contributor",
        "Line-manages the general managers of the eight southern cinemas, Harbourside and "
        "Castlegate among them.",
    ),
    (
        "EXT-0003",
        "Bectu Branch Official",
        "Bectu (recognised trade union)",
        "Regional office",
        "",
        "Consult only",
        "Represents cinema staff under the recognition agreement and is consulted on rotas, "
        "contracts and shift patterns.",
    ),
    (
        "EXT-0007",
        "Chair, Brightwater Access Forum",
        "Access Forum (guest panel)",
        "",
        "",
        "Consult only",
        "Chairs our panel of disabled guests and carers, consulted on seating, screens and "
        "changes to booking.",
    ),
)


def bw_roster_json() -> str:
    records = [
        {
            "positionId": pid,
            "positionTitle": title,
            "department": dept,
            "location": loc,
            "reportsTo": boss or None,
            "programmeInvolvement": tier,
            "remit": remit,
            "status": "Filled" if not pid.startswith("EXT") else "External",
        }
        for pid, title, dept, loc, boss, tier, remit in BW_ROSTER
    ]
    data = {
        "export": {
            "system": "PeopleHub",
            "report": "Programme roles: Full House 2029",
            "generated": "2027-11-03T08:14:00Z",
            "generatedBy": "HR Systems Administrator",
            "recordCount": len(records),
            "involvementValues": {
                "Core": "owns work in the programme",
                "Contributor": "gives time and information when asked",
                "Consult only": "is consulted before decisions; owns no work",
            },
        },
        "positions": records,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


BW_GOVERNANCE = """
# Full House Board: terms of reference

Agreed by the Executive Board, October 2027.

## Purpose

The Full House Board steers Full House 2029 between gates. It tracks the six measures, clears
blockers between pillars and recommends each gate decision to the Executive Board.

## Membership

- Chair: Chief Executive (programme sponsor).
- Members: Chief Operating Officer, Finance Director, Director of Film and Programming, Head of
  Estates and Projection, Head of People, Head of Digital and Data.
- Secretary: Strategy and Transformation Lead, who runs the programme office.
- Attending when their work is on the agenda: Head of Pricing and Revenue, Head of Food and
  Drink, Guest Experience Manager, Learning and Development Manager, the General Manager of the
  pilot cinema.

## Meetings

Monthly, on the second Tuesday. Papers go out four working days before.

## Decisions

| Decision | Who decides | On whose advice |
|---|---|---|
| A gate (go, go with changes, stop) | Executive Board, with the Chief Executive making the call | Full House Board |
| Release of the next half-year's budget | Chief Executive, within the approved total | Finance Director |
| A change of scope inside a pillar | Full House Board | pillar lead |
| Capital above £2m | Board of Castle Leisure Holdings | Chief Executive |

Capital above £2m needs the approval of the Castle Leisure Holdings board, which meets in March,
June, September and December.

## Consultation

Bectu is consulted 30 days before any change to shift patterns or rota rules, under the 2021
recognition agreement. The Head of People leads that consultation.

The Brightwater Access Forum sees any seating or screen refit at the design stage; its chair
replies within three weeks.
"""

BW_SYSTEMS = """
# Systems and data at Brightwater

Kept by the Head of Digital and Data. Last reviewed October 2027.

## ReelPOS (tickets, food and drink)

ReelPOS sells tickets and food and drink at all 23 cinemas: at the counters, at the kiosks and
through our website and app. It keeps transaction detail for 13 months and monthly totals
after that.

Aggregator bookings, 31% of what we sell online, arrive in ReelPOS as one file each night, and
the guest's contact details stay with the aggregator.

## The Brightwater app and website

Pixelyard built the app and the website and hosts both under a contract that runs to the end of
2029. The app sells tickets at all 23 cinemas. Food and drink can be ordered in the app at three
cinemas, where each order prints on the counter's receipt printer.

## Brightwater Insights

Brightwater Insights is our reporting layer: Power BI reports over a nightly copy of ReelPOS and
PeopleHub, kept by the Head of Digital and Data's team. Every general manager has a weekly
cinema report from it.

## PeopleHub

PeopleHub holds contracts, pay, absence and training records for all 1,140 staff. Rotas are
built each week in a spreadsheet on each general manager's laptop and sent to the team in a
group chat.

## Building controls and energy

A building management system runs at 9 of the 23 cinemas; at the other 14 the duty manager sets
the heating and cooling on timers at the start of each day.

Energy is billed monthly for each cinema from meter readings, and half-hourly data comes from
the four largest sites.

## Projection

Screen management software runs the projectors and sound in every screen and plays the adverts
and trailers. Laser projectors for the next batch are quoted at 20 weeks from order, and the
installer fits four screens a month.
"""

BW_MEASURES = """
# Measures handbook: Full House 2029

Each measure has one owner, who reports it to the Full House Board every month.

**Seat occupancy across the week.** Tickets sold divided by seats on sale, over every screening
of the half-year. Source: ReelPOS. Owner: Director of Film and Programming. 2027: 19%.

**Weekday admissions (Monday to Thursday).** Admissions to screenings that start Monday to
Thursday, over twelve months. Source: ReelPOS. Owner: Head of Pricing and Revenue. 2027: 1.1m.

**Food and drink spend per guest.** Food and drink sales, net of VAT, divided by admissions.
Source: ReelPOS. Owner: Head of Food and Drink. 2027: £4.10.

**Guest net promoter score.** From the post-visit guest survey: the share who would recommend us
(9 or 10) less the share who would not (0 to 6). Owner: Guest Experience Manager. 2027: +31. The
guest survey goes to people who booked on our own website or app, and about 4% of them reply.

**Floor staff turnover.** Leavers among hourly-paid cinema staff over twelve months, divided by
the average number of those staff. Source: PeopleHub. Owner: Head of People. 2027: 58%.

**Energy per screen.** Electricity and gas in MWh over twelve months divided by screens open.
Source: supplier invoices. Owner: Head of Estates and Projection. 2027: 61 MWh.
"""

BW_SITE_NOTES = """
HARBOURSIDE: NOTES FROM THE SITE VISIT
Strategy and Transformation Office, Saturday 4 November 2027

Present: Strategy and Transformation Lead, General Manager (Harbourside), Head of Food and
Drink, Guest Experience Manager.

Door to seat
At 19:30 we timed 20 guests from the front door to their seat with food and drink: 22
minutes on average, 31 at worst. The kiosk queue and the counter queue were about the same
length.

Counter
Four tills, two of them used for popcorn top-ups. The counter menu has 46 lines. Hot food
comes from one oven behind the counter.

Screens and access
Screens 1 to 3 have stepped seating. The lift to the upper foyer was out of use twice in
October. Across the estate, eight cinemas have no step-free route to their upper screens.

People
Harbourside has 64 team members; 21 joined in the last six months. The GM builds the rota on
Thursday for the week starting Monday. Leavers tell the general manager why they are going if
they tell anyone, and the reason stays in the GM's own notes.

Programming
Weekday afternoons at Harbourside ran at 6% of seats sold in October. Film rental terms with
the major distributors fix the lowest ticket price we may charge in a film's first two weeks
on release.
"""

BW_KIOSK_EMAIL = """
From: Head of Digital and Data
To: Chief Operating Officer
Cc: Strategy and Transformation Lead
Date: 12 October 2027
Subject: Kiosks at the 11 cinemas

Hi both,

A heads-up for the Full House plan. The self-serve kiosks at 11 of our cinemas run ReelPOS
Kiosk 4, which the supplier supports until June 2028. After that, security patches stop and
card payments on those kiosks lose their certification.

The replacement kiosks are on a 12-week lead time from order, and each cinema needs a day with
the kiosks switched off while they are fitted.

The other 12 cinemas have the newer kiosks and are fine until 2031.

Thanks,
Head of Digital and Data
"""


# Corran: role profiles in a Word document.

CR_ROSTER = (
    (
        "Management",
        (
            (
                "Managing Director",
                "Core team",
                "Sponsors Higher Ground and chairs the Mountain Board; makes the call at each "
                "gate and takes capital requests to the shareholders.",
                "Chair of the shareholders' meeting",
            ),
            (
                "Finance and Commercial Director",
                "Core team",
                "Owns budgets and capital requests, the prices of passes, lessons and hire, "
                "staff housing as property, and the business case for the reservoir.",
                "Managing Director",
            ),
            (
                "Programme Manager",
                "Core team",
                "Runs the Higher Ground plan day to day: the plan, the risk log, the gate "
                "papers, the baselines and the monthly report of the six numbers.",
                "Managing Director",
            ),
        ),
    ),
    (
        "Mountain Operations",
        (
            (
                "Mountain Operations Director",
                "Core team",
                "Runs lifts, pistes, snowmaking and the ski patrol; owns planning applications "
                "and licences for work on the hill, and skier days.",
                "Managing Director",
            ),
            (
                "Lift Maintenance Manager",
                "Core team",
                "Keeps the seven lifts safe and running: maintenance plans, overhauls, spares, "
                "LiftLog and lift availability.",
                "Mountain Operations Director",
            ),
            (
                "Snowmaking and Pistes Manager",
                "Core team",
                "Runs snowmaking and piste grooming: the guns, pumps and water, the "
                "snowmaking nights and the energy they use.",
                "Mountain Operations Director",
            ),
            (
                "Ski Patrol Leader",
                "Supporting",
                "Leads the ski patrol: avalanche control, first aid, and closing runs in bad "
                "weather.",
                "Mountain Operations Director",
            ),
        ),
    ),
    (
        "Guests and Summer",
        (
            (
                "Guest Services Manager",
                "Core team",
                "Runs the ticket windows, the hire shop, ski school bookings and the guest survey.",
                "Finance and Commercial Director",
            ),
            (
                "Digital and Ticketing Lead",
                "Core team",
                "Owns Peakline and its web shop, online prices, pass cards and lift gates, and "
                "the resort's data and reporting.",
                "Finance and Commercial Director",
            ),
            (
                "Summer Operations Manager",
                "Core team",
                "Runs the summer season: bike trails, the Summit café, events and summer visits.",
                "Managing Director",
            ),
        ),
    ),
    (
        "People",
        (
            (
                "People and Seasonal Recruitment Manager",
                "Core team",
                "Recruits and contracts the seasonal crew, allocates staff beds, owns return "
                "rates and the relationship with the GMB.",
                "Managing Director",
            ),
            (
                "Training and Safety Manager",
                "Core team",
                "Runs inductions, lift operator certification, technician training and health "
                "and safety; keeps the training records.",
                "Managing Director",
            ),
        ),
    ),
    (
        "Consulted",
        (
            (
                "GMB Workplace Representative",
                "Consulted",
                "Represents GMB members among our staff; is consulted on contracts, hours and "
                "shift patterns.",
                "",
            ),
            (
                "Chair, Corran Community Council",
                "Consulted",
                "Speaks for Corran village; is consulted on the reservoir, the bike trail, "
                "traffic and staff housing in the village.",
                "",
            ),
        ),
    ),
)


def cr_roster_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = DocxPt(11)
    doc.add_heading("Higher Ground: role profiles", level=0)
    doc.add_paragraph(
        "Who does what in Higher Ground. Core team members own work in the plan; supporting "
        "members give time when asked; consulted roles are asked before decisions and own no "
        "work. Kept by the Programme Manager, February 2028."
    )
    for department, roles in CR_ROSTER:
        doc.add_heading(department, level=1)
        for name, tier, remit, boss in roles:
            doc.add_heading(name, level=2)
            doc.add_paragraph(f"Programme role: {tier}")
            doc.add_paragraph(f"Remit: {remit}")
            if boss:
                doc.add_paragraph(f"Reports to: {boss}")
    doc.core_properties.author = "Programme Manager"
    doc.core_properties.title = "Higher Ground: role profiles"
    doc.core_properties.revision = 3
    buffer = io.BytesIO()
    doc.save(buffer)
    return normalize_zip(buffer.getvalue())


CR_GOVERNANCE = """
# Mountain Board: remit

The Mountain Board runs Higher Ground for the Board of Corran Mountain Resort Ltd.

- **Chair:** Managing Director, who sponsors Higher Ground and makes the call at each gate.
- **Members:** Finance and Commercial Director, Mountain Operations Director, Programme Manager
  (secretary), Guest Services Manager, People and Seasonal Recruitment Manager.
- **When:** monthly from November to April, every six weeks from May to October.
- **Gates:** at M6, M15 and M24 the Mountain Board decides go, go with changes or stop, on a
  paper from the Programme Manager.
- **Money:** the Managing Director releases each stage's budget. Capital over £500,000 needs the
  approval of the shareholders' meeting, which is held in June and December.

## Who must be asked first

The GMB must be consulted before any change to seasonal contracts or shift patterns, with six
weeks' notice.

Corran Community Council is asked for its view on anything built in the glen and on staff
housing in the village; it meets on the first Monday of the month.
"""

CR_SYSTEMS = """
# How the mountain runs: systems

Digital and Ticketing Lead, January 2028.

## Peakline (tickets and tills)

Peakline runs the ticket windows, the hire shop tills, the Summit café and the ski school
diary. The Peakline web shop sells adult and child day passes at one fixed price; lessons, hire
and season passes are sold at the windows.

Passes are printed barcode cards, checked at each lift by an attendant with a hand scanner.

## LiftLog (lift maintenance)

LiftLog holds the maintenance plans, inspections and parts for all seven lifts. Lift faults are
written in the log book at each drive station and typed into LiftLog by the Lift Maintenance
Manager on Mondays.

## Snowmaking control

The control room runs the six fan guns on the Home run from the snowmaking control system; the
18 older guns on the Lochan and Braes runs are started and stopped by a snowmaker walking the
line. Two weather stations, at the Base Station and at Lochan Top, report every ten minutes to
the control room.

## Mountain Dashboard

The Mountain Dashboard is our reporting layer: Power BI over Peakline and LiftLog, refreshed
nightly, kept by the Digital and Ticketing Lead. The Mountain Board reads it every meeting.

## People systems

Sage Payroll and BreatheHR hold contracts, pay, holidays and absence for permanent and seasonal
staff.

## Connectivity and power

Wi-Fi covers the Base Station buildings. The mobile signal on the upper mountain comes and goes
above the Mid Station.

Power is metered for the whole site at the substation, and the snowmaking pumps and guns have no
meter of their own.

## Hire shop

The hire shop tracks its 900 pairs of skis and 400 snowboards on a whiteboard and a
spreadsheet.
"""

CR_MEASURES = """
# The six numbers: definitions

| Number | How it is counted | Source | Owner | 2026/27 |
|---|---|---|---|---|
| Lift availability in opening hours | Hours each lift ran, over the hours it was planned to run, all seven lifts | LiftLog | Lift Maintenance Manager | 86% |
| Skier days per winter | Passes scanned on their first lift each day, season and day passes together | Peakline | Mountain Operations Director | 118,000 |
| Summer visits | Summer café transactions and chairlift tickets, May to October | Peakline | Summer Operations Manager | 41,000 |
| Snowmaking energy per cubic metre | kWh used by snowmaking over cubic metres of snow made | Estimated from the site meter | Snowmaking and Pistes Manager | 2.9 kWh |
| Seasonal crew who return | Share of one winter's seasonal crew who work the next winter | BreatheHR | People and Seasonal Recruitment Manager | 34% |
| Guest satisfaction score | Average score out of 10 on the guest survey | Survey cards | Guest Services Manager | 7.1 |

Notes on the figures:

- The guest survey is a paper card handed out at the ticket windows, and about 300 come back
  each winter.
- Summer visits are counted from café tills and chairlift tickets; walkers who come up on foot
  go uncounted.
"""

CR_DEBRIEF = """
# Winter 2026/27 debrief: notes

Mountain Board, 2 May 2027. Notes by the Programme Manager.

## Lifts

- The Coire chair was shut on 19 days with gearbox faults.
- Gearbox spares come from the manufacturer in Austria on a 14-week lead time.
- The Training and Safety Manager certified 38 lift operators in the first week of the season;
  the certification course worked well and stays as it is.

## Crew

- Corran Lodge has 22 staff beds for a winter crew of 140.
- Seasonal contracts run from December to April, and most crew find summer work elsewhere.
- 34% of the 2025/26 crew came back.

## Snow

- The Lochan run opened on 61 days. Three cold spells in the early season came and went
  before the line could be walked and the guns started.
"""

CR_POWER_EMAIL = """
From: Mountain Operations Director
To: Managing Director; Programme Manager
Date: 19 January 2028
Subject: Power and water for the fan guns and the reservoir

Both,

Ahead of the away day, three things that shape the snowmaking plan.

Power. Our supply is a single 1.1 MVA connection, and the snowmaking pumps and the Coire chair
together run close to its limit. Raising it would need the network operator to quote, and they
say that takes about six months.

Water. SEPA licenses us to abstract up to 60,000 cubic metres a winter from the Allt Beag burn.
Filling a reservoir in autumn would need that licence varied.

Planning. The reservoir needs planning permission from the Strathcorran National Park
Authority, which consults for eight weeks and decides at its planning committee every six weeks.

Happy to talk it through.
"""


# Fennick: a tab-separated directory export.

FN_ROSTER = (
    (
        "Managing Director",
        "Executive",
        "Head office, Ashby",
        "Core",
        "Sponsors Clean Flow, chairs the Steering Group and takes gate decisions and capital "
        "requests to the Board and to Harlow Services Group.",
    ),
    (
        "Operations Director",
        "Operations",
        "Ashby",
        "Core",
        "Runs the four plants through their plant managers; owns production, shift patterns, "
        "major plant purchases and cost per kilogram.",
    ),
    (
        "Finance Director",
        "Finance",
        "Head office, Ashby",
        "Core",
        "Owns budgets and capital cases, contract pricing and renewal terms with customers.",
    ),
    (
        "Programme Manager, Clean Flow",
        "Programme office",
        "Head office, Ashby",
        "Core",
        "Runs the programme plan, the risk log, the gate papers, the baselines and the monthly "
        "measures report.",
    ),
    (
        "Head of Customer Service",
        "Customer service",
        "Head office, Ashby",
        "Core",
        "Owns hospital and hotel accounts, ward ordering and top-ups, linen losses, and the "
        "Customer Reference Group's agenda.",
    ),
    (
        "Logistics Manager",
        "Logistics",
        "Dunmere",
        "Core",
        "Plans the routes and runs the fleet of 38 vehicles; owns delivery slots and delivery "
        "in full and on time.",
    ),
    (
        "Engineering Manager",
        "Engineering",
        "Dunmere",
        "Core",
        "Maintains washers, dryers, boilers and ironers; owns water and gas use, heat recovery, "
        "water recycling and the discharge permits.",
    ),
    (
        "Plant Manager, Ashby",
        "Operations",
        "Ashby",
        "Core",
        "Runs the Ashby plant and its 260 staff; leads the St Brannoc's pilot on site.",
    ),
    (
        "Quality and Infection Control Manager",
        "Quality",
        "Ashby",
        "Core",
        "Owns decontamination standards and audits, rewash, and customer quality complaints.",
    ),
    (
        "Health and Safety Manager",
        "Health and safety",
        "Kilnford",
        "Core",
        "Owns risk assessments, accident and near-miss reporting, lifting aids and the "
        "lost-time injury rate.",
    ),
    (
        "HR Manager",
        "People",
        "Head office, Ashby",
        "Core",
        "Owns recruitment and contracts, consultation with Usdaw on shift patterns, starter "
        "retention and turnover.",
    ),
    (
        "Training Coordinator",
        "People",
        "Ashby",
        "Core",
        "Runs the Fennick Skills School: inductions, buddies, skills passports, machine "
        "training and training records.",
    ),
    (
        "IT and Systems Manager",
        "IT",
        "Head office, Ashby",
        "Core",
        "Owns LinenWorks, RouteMaster and PlantView, the network, any tagging system, and the "
        "data behind the measures.",
    ),
    (
        "Plant Manager, Kilnford",
        "Operations",
        "Kilnford",
        "Extended",
        "Runs the Kilnford plant and its 150 staff.",
    ),
    (
        "Usdaw Senior Representative",
        "Usdaw (recognised union)",
        "All plants",
        "Consult",
        "Represents members at the four plants; consulted on shift patterns, staffing levels "
        "and working practices.",
    ),
    (
        "Chair, Customer Reference Group",
        "Customers",
        "",
        "Consult",
        "Chairs the group of hospital linen managers and hotel housekeepers that is consulted "
        "on changes to ordering and delivery.",
    ),
)


def fn_roster_tsv() -> str:
    lines = ["Role\tFunction\tBase\tProgramme tier\tResponsibilities"]
    lines += ["\t".join(row) for row in FN_ROSTER]
    return "\n".join(lines) + "\n"


FN_GOVERNANCE = """
# Clean Flow Steering Group: charter

## Why it exists

The Steering Group oversees Clean Flow for the Board of Fennick Linen Services and advises the
Board on each gate.

## Who sits on it

- Managing Director (chair and sponsor)
- Operations Director
- Finance Director
- Programme Manager, Clean Flow (secretary)
- The three priority leads: Head of Customer Service, Engineering Manager, HR Manager

## How often

Quarterly, with a monthly programme board run by the Programme Manager, Clean Flow, for the
priority leads and initiative leads.

## What it decides

- It recommends each gate to the Board. The Managing Director owns the recommendation and
  presents it; the Board takes the decision at its first meeting after the financial year
  closes.
- It moves money between initiatives within the approved capital.
- Capital items above £750,000 need the approval of the board of Harlow Services Group, our
  parent.

## Who it consults

Usdaw is consulted 45 days before any change to shift patterns or staffing levels in a plant,
under the 2019 collective agreement. The HR Manager leads that consultation.

The Customer Reference Group meets twice a year; changes to ordering or delivery go to it
before they reach a customer.
"""

FN_SYSTEMS = """
# Systems register (summary)

IT and Systems Manager, January 2028.

**LinenWorks** is our ERP: customer contracts, orders, stock by customer, invoicing. Ward orders
arrive by email and phone, and the customer service team keys them into LinenWorks each
morning. Linen is counted by weighing the cages at dispatch and on return, so each ward's use is
worked out from weights.

**RouteMaster** plans the next day's routes each evening. When a ward changes its order, the
driver phones the depot.

**PlantView** is our reporting layer. It collects batch data from the tunnel washers and dryers
and shows throughput and cost per kilogram for every plant, refreshed every hour. The tunnel
washers at Ashby and Dunmere log water per batch into PlantView; at Kilnford and Port Allan water
is read from the site meter once a month.

**Utilities.** Gas is metered once per plant, and the boilers, dryers and ironers share that
meter. Rinse water goes straight to drain at all four plants.

**Tagging.** We have no RFID readers at any plant.

**Fennick Skills School** runs on Moodle and holds every course, induction and machine sign-off.

**PeopleLine** holds staff records, absence and payroll.
"""

FN_MEASURES = """
# Clean Flow measure definitions

### Delivered in full and on time
Ward and hotel orders delivered complete and inside the agreed slot, over all orders. Source:
LinenWorks and driver sign-off. Owner: Logistics Manager. FY2027/28: 91.2%.

### Water per kilogram washed
Litres of mains water over kilograms washed. Source: PlantView and site meters. Owner:
Engineering Manager. FY2027/28: 9.8 litres.

### Gas per kilogram washed
kWh of gas over kilograms washed. Source: gas bills and PlantView. Owner: Engineering Manager.
FY2027/28: 1.42 kWh.

### Rewash rate
Items sent back through the wash for stains or damage, over items finished. Owner: Quality and
Infection Control Manager. FY2027/28: 6.1%. Rewash is counted by the finishing team on a tally
sheet for each shift and entered into PlantView by the shift supervisor.

### Hospital linen losses
Items issued to hospitals that are neither returned nor written off by agreement, over items
issued. Owner: Head of Customer Service. FY2027/28: 14%. Hospitals count missing linen at their
annual stock take, and the figure reaches us at their contract review.

### Lost-time injury rate
Injuries that keep someone off work for a shift or more, per 100,000 hours worked. Owner:
Health and Safety Manager. FY2027/28: 2.4. Near misses are reported to the shift supervisor and
logged when the supervisor completes the weekly safety return.
"""

FN_PLANT_NOTES = """
PLANT NOTES FOR THE CLEAN FLOW BUSINESS CASE
Operations Director, December 2027

Ashby: two tunnel washers (2015 and 2019), 260 staff, hospital work only. The best plant on
water today.

Dunmere: one tunnel washer (2017) and six washer-extractors, hotel and hospital work.

Kilnford: the tunnel washer is 19 years old, and spares for its controller come from one
dealer in Leeds. When it stops, Kilnford's hotel work waits.

Port Allan: hotel work, mostly seasonal.

Discharge: our trade effluent permits from Severn Water set the volume and temperature of what
each plant discharges, and a change to plant that alters either needs 28 days' notice.

People: turnover in the first 90 days is 44% across the four plants, and one HR adviser covers
all four.
"""

FN_CONTRACT = """
# St Brannoc's University Hospital: contract summary

- **Service:** all ward, theatre and staff linen for 46 wards and 12 theatres, washed at Ashby.
- **Value:** £4.9m a year.
- **Term:** the St Brannoc's contract runs to March 2030, and the renewal goes out to tender in
  autumn 2029.
- **Linen ownership:** the linen is ours; the hospital pays a charge per item delivered.
- **Losses:** a loss charge applies only above 12% of issued stock, under clause 14.
- **Contacts:** the hospital's Linen Services Manager, who also sits on our Customer Reference
  Group.
"""


def write_orgs(root: Path) -> None:
    bw = root / "brightwater-cinemas" / "org"
    write_text(bw / "people" / "peoplehub-export-full-house.json", bw_roster_json())
    write_text(bw / "governance" / "full-house-board-terms.md", BW_GOVERNANCE)
    write_text(bw / "systems" / "systems-and-data.md", BW_SYSTEMS)
    write_text(bw / "measures" / "measures-handbook.md", BW_MEASURES)
    write_text(bw / "context" / "harbourside-site-visit-notes.txt", BW_SITE_NOTES)
    write_text(bw / "context" / "kiosk-support-email.txt", BW_KIOSK_EMAIL)

    cr = root / "corran-mountain" / "org"
    (cr / "people").mkdir(parents=True, exist_ok=True)
    (cr / "people" / "higher-ground-role-profiles.docx").write_bytes(cr_roster_docx())
    write_text(cr / "governance" / "mountain-board-remit.md", CR_GOVERNANCE)
    write_text(cr / "systems" / "how-the-mountain-runs.md", CR_SYSTEMS)
    write_text(cr / "measures" / "six-numbers.md", CR_MEASURES)
    write_text(cr / "context" / "winter-2026-27-debrief.md", CR_DEBRIEF)
    write_text(cr / "context" / "power-and-water-email.txt", CR_POWER_EMAIL)

    fn = root / "fennick-linen" / "org"
    write_text(fn / "people" / "clean-flow-directory.tsv", fn_roster_tsv())
    write_text(fn / "governance" / "steering-group-charter.md", FN_GOVERNANCE)
    write_text(fn / "systems" / "systems-register.md", FN_SYSTEMS)
    write_text(fn / "measures" / "measure-definitions.md", FN_MEASURES)
    write_text(fn / "context" / "plant-notes.txt", FN_PLANT_NOTES)
    write_text(fn / "context" / "st-brannocs-contract-summary.md", FN_CONTRACT)


def main(root: Path = HERE) -> None:
    """Write the three decks and their org folders under ``root`` (the dev13 folder by default)."""
    save(
        build_brightwater(),
        root / "brightwater-cinemas" / "full-house-2029-exec-board.pptx",
        "Strategy and Transformation Office",
        "Full House 2029",
    )
    save_pdf(
        build_corran(),
        root / "corran-mountain" / "higher-ground-board-away-day.pdf",
        "Higher Ground",
    )
    save(
        build_fennick(),
        root / "fennick-linen" / "clean-flow-fy2028-31-board.pptx",
        "Clean Flow Programme Office",
        "Clean Flow",
    )
    write_orgs(root)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
