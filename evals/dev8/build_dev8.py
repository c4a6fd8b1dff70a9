# mypy: disable-error-code="attr-defined,union-attr,index,arg-type"
"""Build the dev8 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/dev8/build_dev8.py

Writes, under ``evals/dev8/<name>/``, each case's deck and its ``org/`` folder:

- ``linmere-zoo``: PPTX whose roadmap is a Gantt under month labels (Jan ... Dec over two
  years, year labels above), bars as shapes with the workstream names on the left and the
  dates only in the bar positions, phases as coloured bands, gates as diamonds; roster CSV;
- ``northvale-leisure``: PDF exported from slides (fpdf2, 16:9) with two-column "Now / Next"
  pages, a KPI table with an Owner column and a first-100-days numbered two-column grid;
  roster YAML;
- ``hallam-rowe-funeral``: PPTX of free text boxes with section tags, headline-sentence
  titles, priority cards with an icon number and a one-line aim, a "Decisions we need" slide
  and speaker notes holding the pilot's success criteria; roster as a Markdown table.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX files, a fixed creation date in the PDF, org text held as literal strings.

This is a DEVELOPMENT set (split "dev8"): the engine may be tuned on it. See
evals/dev8/README.md.
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

import yaml
from fpdf import FPDF
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 3, 1, 9, 0, 0)
FIXED_W3C = "2027-03-01T09:00:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 10, 4, 10, 30, 0, tzinfo=dt.UTC)
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
) -> None:
    shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(Inches(0.42) * len(rows)),
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


# =========================================================================== Linmere Zoo
# A design studio's deck: a dark green band with the deck name at the top left of every
# content slide, a title text box under it, a page number at the foot. The roadmap (slide 10)
# is a Gantt: year labels over 24 month labels, coloured phase bands, workstream names on the
# left and bars whose only dates are their positions; gates are diamonds with short labels.

FOREST = (30, 70, 45)
LEAF = (120, 170, 70)
SAND = (236, 228, 206)
BARK = (110, 80, 50)
INK = (40, 40, 40)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def zoo_page(prs: PresentationType, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 0.35, FOREST)
    text_box(slide.shapes, 0.5, 0.02, 6.0, 0.3, ["WILD FUTURES 2030"], 9, True, SAND)
    text_box(slide.shapes, 0.5, 0.5, 12.3, 0.8, [title], 28, True, FOREST)
    n = len(prs.slides)
    text_box(slide.shapes, 12.4, 7.0, 0.6, 0.3, [str(n)], 9, True, BARK)
    return slide


def build_linmere() -> PresentationType:
    prs = new_deck()

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, FOREST)
    text_box(s.shapes, 0.8, 1.6, 11.0, 0.5, ["LINMERE ZOOLOGICAL SOCIETY"], 16, True, SAND)
    text_box(s.shapes, 0.8, 2.2, 11.0, 1.2, ["Wild Futures 2030"], 54, True, (255, 255, 255))
    text_box(
        s.shapes,
        0.8,
        3.5,
        11.0,
        0.6,
        ["Visitor, membership, conservation and learning strategy, 2028 to 2029"],
        20,
        False,
        SAND,
    )
    text_box(
        s.shapes, 0.8, 5.8, 11.0, 0.5, ["Board of Trustees  ·  18 November 2027"], 14, False, SAND
    )

    # 2 executive summary
    s = zoo_page(prs, "Executive summary")
    tiles = [
        ("750,000", "visitors a year by December 2029, from 612,000"),
        ("75%", "of day tickets bought online before the visit, from 38%"),
        ("75%", "member renewal rate, from 61%"),
        ("30,000", "school pupils taught on site a year, from 18,400"),
    ]
    for i, (big, label) in enumerate(tiles):
        x = 0.6 + i * 3.1
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.6, 2.9, 2.2, SAND)
        text_box(s.shapes, x + 0.15, 1.7, 2.6, 0.9, [big], 36, True, FOREST)
        text_box(s.shapes, x + 0.15, 2.6, 2.6, 1.1, [label], 13, False, INK)
    text_box(
        s.shapes,
        0.6,
        4.2,
        12.0,
        2.4,
        [
            "Wild Futures 2030 makes Linmere a zoo you book ahead, join for life and come back to.",
            "Four priorities, a 24-month roadmap in three phases and a summer 2028 pilot, "
            "Project Kestrel, at the North Gate.",
            "The Board is asked to approve £5.6m over 2028 and 2029.",
        ],
        16,
    )

    # 3 current state
    s = zoo_page(prs, "Where we are: a much-loved zoo with long queues and short visits")
    facts = [
        "612,000 visitors in 2026, 41% of them in the 13 weeks of school holidays",
        "Peak-day queues at the main gate of up to 55 minutes",
        "38% of day tickets bought online before the visit",
        "61% of members renew, and most lapse at their first renewal",
        "18,400 school pupils taught on site in 2026",
        "We lead 4 European breeding programmes for threatened species",
    ]
    text_box(s.shapes, 0.6, 1.6, 12.0, 4.8, facts, 18)
    text_box(
        s.shapes,
        0.6,
        6.4,
        12.0,
        0.4,
        ["Source: gate tills, Raiser's Edge and Education Centre bookings, 2026"],
        10,
        False,
        BARK,
    )

    # 4 voices
    s = zoo_page(prs, "What we heard")
    quotes = [
        "\u201cWe queued for the best part of an hour with two small children.\u201d  A visitor",
        "\u201cI forgot to renew and nobody reminded me.\u201d  A lapsed member",
        "\u201cThe keeper talk was the highlight of the whole trip.\u201d  A Year 4 teacher",
        "\u201cOn a hot Sunday the gate team is firefighting from ten until two.\u201d  A duty manager",
    ]
    text_box(s.shapes, 0.6, 1.6, 12.0, 4.8, quotes, 18)

    # 5 north star
    s = zoo_page(prs, "Our north star")
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.7, 12.0, 1.6, SAND)
    text_box(
        s.shapes,
        0.9,
        1.9,
        11.4,
        1.2,
        ["To be the zoo that inspires every visitor to protect the wild."],
        26,
        True,
        FOREST,
    )
    text_box(
        s.shapes,
        0.9,
        3.9,
        11.4,
        1.2,
        [
            "By December 2029, 9 in 10 visitors on peak days will pass the gate within "
            "10 minutes of arriving."
        ],
        22,
        False,
        INK,
    )

    # 6 priorities overview
    s = zoo_page(prs, "Four priorities")
    pri = [
        ("1", "Book ahead, walk in", "Timed tickets bought online and a fast gate"),
        ("2", "Members for life", "Membership that renews itself and rewards return visits"),
        ("3", "Conservation at the centre", "Breeding and field work visitors can see"),
        ("4", "Learning outdoors", "Twice as many pupils taught, across the whole site"),
    ]
    for i, (num, name, aim) in enumerate(pri):
        x = 0.6 + i * 3.1
        filled(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, 1.7, 2.9, 3.4, SAND)
        text_box(s.shapes, x + 0.2, 1.8, 0.8, 0.8, [num], 40, True, LEAF)
        text_box(s.shapes, x + 0.2, 2.7, 2.5, 0.8, [name], 18, True, FOREST)
        text_box(s.shapes, x + 0.2, 3.6, 2.5, 1.3, [aim], 13, False, INK)

    # 7-8 priority detail
    detail = [
        (
            "Priorities 1 and 2: book ahead, join for life",
            [
                "1. Book ahead, walk in",
                "Replace Gatekeeper with a cloud ticketing and till platform by March 2029",
                "Sell timed day tickets online with a lower price for booking ahead",
                "Install scan-and-go lanes and Wi-Fi at the North Gate and the main gate",
                "Recruit and train a year-round gate team of 12",
            ],
            [
                "2. Members for life",
                "Move membership into the new ticketing platform with digital cards",
                "Offer monthly direct debit for every membership type",
                "Send renewal reminders by email 30, 14 and 3 days before expiry",
                "Members' early-entry mornings on the first Saturday of each month",
            ],
        ),
        (
            "Priorities 3 and 4: conservation and learning",
            [
                "3. Conservation at the centre",
                "Open the Wetlands Discovery Centre in spring 2029",
                "Lead 8 European breeding programmes by 2029, from 4",
                "Daily keeper talks at 12 enclosures, led by trained volunteers",
                "Publish an annual conservation impact report",
            ],
            [
                "4. Learning outdoors",
                "Build two outdoor classrooms by the Wetlands Discovery Centre",
                "Take school bookings online with live availability",
                "Train 20 keepers and volunteers to teach school sessions",
                "A free visit for every Linmere primary school each year",
            ],
        ),
    ]
    for title, left, right in detail:
        s = zoo_page(prs, title)
        for x, col in ((0.6, left), (6.9, right)):
            text_box(s.shapes, x, 1.6, 5.9, 0.5, [col[0]], 20, True, LEAF)
            text_box(s.shapes, x, 2.2, 5.9, 4.4, col[1:], 15, False, INK)

    # 9 KPI table
    s = zoo_page(prs, "How we will measure it")
    table(
        s,
        [
            ["Measure", "Baseline 2026", "Target", "By"],
            ["Annual visitors", "612,000", "750,000", "Dec 2029"],
            ["Share of day tickets bought online in advance", "38%", "75%", "Dec 2029"],
            ["Member renewal rate", "61%", "75%", "Dec 2029"],
            ["European breeding programmes we lead", "4", "8", "Dec 2029"],
            ["School pupils taught on site a year", "18,400", "30,000", "Dec 2029"],
            ["Peak-day entry within 10 minutes", "40%", "90%", "Dec 2029"],
        ],
        [6.0, 2.0, 2.0, 2.0],
        size=14,
    )

    # 10 roadmap: Gantt under month labels
    s = zoo_page(prs, "Roadmap, January 2028 to December 2029")
    x0, w = 2.9, 0.42
    for y_i, year in enumerate(("2028", "2029")):
        text_box(s.shapes, x0 + y_i * 12 * w, 1.3, 12 * w, 0.3, [year], 11, True, FOREST)
    for m in range(24):
        text_box(s.shapes, x0 + m * w, 1.6, w, 0.3, [MONTHS[m % 12]], 8, False, BARK)
    bands = [
        ("Foundation", 0, 3, (190, 210, 170)),
        ("Build", 3, 18, LEAF),
        ("Embed", 18, 24, FOREST),
    ]
    for name, a, b, color in bands:
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x0 + a * w,
            1.95,
            (b - a) * w,
            0.35,
            color,
            [name],
            10,
            True,
        )
    rows = [
        (
            "Ticketing and gate",
            [("Kestrel", 4, 9), ("Platform build", 3, 15), ("All gates", 15, 21)],
        ),
        ("Membership", [("Direct debit", 6, 12), ("Digital cards", 15, 20)]),
        ("Conservation", [("Wetlands Discovery Centre", 3, 16), ("Keeper talks", 16, 24)]),
        ("Learning", [("Outdoor classrooms", 9, 16), ("Online school bookings", 15, 22)]),
    ]
    for r, (stream, bars) in enumerate(rows):
        y = 2.55 + r * 0.85
        text_box(s.shapes, 0.5, y, 2.3, 0.4, [stream], 12, True, FOREST)
        for label, a, b in bars:
            filled(
                s.shapes,
                MSO_SHAPE.ROUNDED_RECTANGLE,
                x0 + a * w,
                y + 0.05 + (0.35 if label in ("Platform build",) else 0),
                (b - a) * w,
                0.3,
                BARK,
                [label],
                8,
            )
    for label, m in (
        ("G1 Design sign-off", 3),
        ("G2 Kestrel go/no-go", 9),
        ("G3 Benefits review", 24),
    ):
        filled(s.shapes, MSO_SHAPE.DIAMOND, x0 + m * w - 0.15, 6.05, 0.3, 0.3, (200, 60, 40))
        text_box(s.shapes, x0 + m * w - 0.9, 6.4, 1.8, 0.3, [label], 9, True, INK)

    # 11 pilot
    s = zoo_page(prs, "Pilot: Project Kestrel")
    text_box(
        s.shapes,
        0.6,
        1.5,
        12.0,
        0.9,
        [
            "Timed online tickets and scan-and-go lanes at the North Gate on weekends and "
            "school holidays, May to September 2028."
        ],
        17,
    )
    cols = [
        (
            "Success criteria",
            [
                "80% of North Gate visitors arrive with a timed ticket",
                "9 in 10 pass the North Gate within 10 minutes",
                "Ticket income per visitor at or above summer 2027",
            ],
        ),
        (
            "Go/no-go",
            [
                "The Steering Group reviews the results in September 2028",
                "Go: roll timed tickets out to every gate from April 2029",
                "No-go: keep walk-up sales and rework the booking flow",
            ],
        ),
    ]
    for i, (head, lines) in enumerate(cols):
        text_box(s.shapes, 0.6 + i * 6.3, 2.7, 5.9, 0.5, [head], 18, True, LEAF)
        text_box(s.shapes, 0.6 + i * 6.3, 3.3, 5.9, 3.0, lines, 15)

    # 12 first 100 days
    s = zoo_page(prs, "The first 100 days")
    text_box(
        s.shapes,
        0.6,
        1.5,
        12.0,
        5.3,
        [
            "Appoint the Wild Futures programme lead and hold the first Steering Group",
            "Confirm the 2026 baselines for the six measures",
            "Choose the ticketing platform supplier and sign the contract",
            "Agree the Kestrel lane layout with the Head of Visitor Operations",
            "Survey Wi-Fi coverage at the North Gate",
            "Submit the planning application for the Wetlands Discovery Centre",
            "Launch the £600,000 match-funding appeal",
            "Consult the Animal Welfare and Ethics Committee on the keeper talk plan",
            "Brief the Volunteers' Forum on keeper talks and school sessions",
        ],
        15,
    )

    # 13 investment
    s = zoo_page(prs, "Investment: £5.6m over two years")
    table(
        s,
        [
            ["Item", "2028", "2029", "Total"],
            ["Ticketing and till platform, gates and Wi-Fi", "£1.1m", "£0.4m", "£1.5m"],
            ["Membership and renewals", "£0.2m", "£0.1m", "£0.3m"],
            ["Wetlands Discovery Centre", "£1.4m", "£1.6m", "£3.0m"],
            ["Outdoor classrooms and learning", "£0.2m", "£0.3m", "£0.5m"],
            ["Programme team and contingency", "£0.1m", "£0.2m", "£0.3m"],
            ["Total", "£3.0m", "£2.6m", "£5.6m"],
        ],
        [6.0, 2.0, 2.0, 2.0],
        size=14,
    )

    # 14 risks
    s = zoo_page(prs, "Risks and how we will manage them")
    table(
        s,
        [
            ["Risk", "Mitigation"],
            [
                "Gatekeeper support ends before the new platform is live",
                "Run both systems side by side from October 2028",
            ],
            [
                "Planning consent for the Wetlands centre is slow",
                "Pre-application meeting with the district council in February 2028",
            ],
            ["Match funding falls short", "Phase the Wetlands fit-out so the building opens first"],
            [
                "Walk-up visitors feel turned away",
                "Keep 20% of gate capacity for walk-up tickets in 2028",
            ],
        ],
        [6.0, 6.0],
        size=14,
    )

    # 15 governance and asks
    s = zoo_page(prs, "Governance and what we ask of the Board")
    text_box(
        s.shapes,
        0.6,
        1.5,
        5.9,
        4.8,
        [
            "Governance",
            "The Chief Executive sponsors Wild Futures and chairs a monthly Steering Group",
            "The Finance and Audit Committee reviews spend each quarter",
            "The Animal Welfare and Ethics Committee and the Volunteers' Forum are consulted",
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
            "Approve Wild Futures 2030 and its four priorities",
            "Approve spend of £5.6m over 2028 and 2029",
            "Approve Project Kestrel for summer 2028",
        ],
        15,
    )
    return prs


# =========================================================================== PDF kit
# Northvale's deck imitates a slide deck exported to PDF: 16:9 pages (338.67 x 190.5 mm), core
# Helvetica, a coral eyebrow over a navy title, a footer line and a page number. Two-column
# "Now / Next" pages, tiles and tables are drawn one visual line at a time across the page,
# as a slide export leaves them, so a text extractor reads the two columns on shared lines.

PAGE_W, PAGE_H = 338.67, 190.5
NAVY = (20, 40, 90)
CORAL = (230, 95, 75)
PALE = (236, 241, 248)
GREY = (105, 105, 105)
NV_FOOTER = (
    "Northvale Leisure Trust  ·  Active Northvale 2030  ·  Board of Trustees, 7 October 2027"
)


class SlidePDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format=(PAGE_H, PAGE_W))
        self.set_auto_page_break(False)
        self.set_margins(16, 10, 16)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("fpdf2")
        self.set_creator("Keynote export, Northvale Leisure Trust")
        self.set_author("Northvale Leisure Trust")

    def put(self, x: float, y: float, w: float, text: str, size: float, style: str = "") -> None:
        self.set_font("helvetica", style, size)
        if self.get_string_width(text) > w:
            raise ValueError(f"line too wide for {w} mm: {text!r}")
        self.set_xy(x, y)
        self.cell(w, size * 0.45, text)

    def slide(self, eyebrow: str, title: str) -> None:
        self.add_page()
        self.set_text_color(*CORAL)
        self.put(16, 9, 200, eyebrow.upper(), 8, "B")
        self.set_text_color(*NAVY)
        self.put(16, 15, 306, title, 22, "B")
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_text_color(*GREY)
        self.put(16, PAGE_H - 9, 220, NV_FOOTER, 7)
        self.put(PAGE_W - 26, PAGE_H - 9, 10, str(self.page_no()), 8, "B")
        self.set_text_color(0, 0, 0)

    def columns(
        self,
        cols: Sequence[tuple[str, Sequence[str]]],
        top: float = 34,
        size: float = 11.5,
    ) -> None:
        """Columns side by side, drawn row by row across the page (interleaved on export)."""
        gutter = 10
        width = (306 - gutter * (len(cols) - 1)) / len(cols)
        xs = [16 + i * (width + gutter) for i in range(len(cols))]
        self.set_fill_color(*PALE)
        for x in xs:
            self.rect(x - 2, top - 3, width + 2, PAGE_H - top - 14, style="F")
        self.set_text_color(*NAVY)
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
                    self.set_fill_color(*CORAL)
                    self.rect(x, y + line_h * 0.3, 1.6, 1.6, style="F")
                self.put(x + 4, y, width - 6, text, size)

    def tiles(self, items: Sequence[tuple[str, str]], top: float = 34) -> None:
        width = (306 - 6 * (len(items) - 1)) / len(items)
        xs = [16 + i * (width + 6) for i in range(len(items))]
        self.set_fill_color(*PALE)
        for x in xs:
            self.rect(x, top, width, 40, style="F")
        self.set_text_color(*NAVY)
        for x, (big, _) in zip(xs, items, strict=True):
            self.put(x + 5, top + 5, width - 10, big, 28, "B")
        self.set_text_color(0, 0, 0)
        labels = [label.split("\n") for _, label in items]
        for r in range(max(len(v) for v in labels)):
            for x, parts in zip(xs, labels, strict=True):
                if r < len(parts):
                    self.put(x + 5, top + 22 + r * 5.5, width - 10, parts[r], 10.5)

    def grid(
        self, rows: Sequence[Sequence[str]], widths: Sequence[float], top: float = 34
    ) -> float:
        """A table drawn cell by cell along each row; every cell holds one line."""
        y = top
        for n, row in enumerate(rows):
            x = 16.0
            if n == 0:
                self.set_fill_color(*NAVY)
                self.rect(16, y - 1.5, sum(widths), 8, style="F")
                self.set_text_color(255, 255, 255)
            for value, w in zip(row, widths, strict=True):
                self.put(x + 2, y, w - 4, value, 10.5, "B" if n == 0 else "")
                x += w
            self.set_text_color(0, 0, 0)
            y += 9
            self.set_draw_color(200, 200, 200)
            self.line(16, y - 2.5, 16 + sum(widths), y - 2.5)
        return y

    def numbered_grid(self, items: Sequence[str], top: float = 36) -> None:
        """A numbered list in two columns (01-05 left, 06-10 right), drawn row by row."""
        half = (len(items) + 1) // 2
        for r in range(half):
            y = top + r * 24
            for c, x in enumerate((16.0, 172.0)):
                k = r + c * half
                if k >= len(items):
                    continue
                self.set_fill_color(*PALE)
                self.rect(x, y - 3, 150, 20, style="F")
                self.set_text_color(*CORAL)
                self.put(x + 3, y, 14, f"{k + 1:02d}", 18, "B")
                self.set_text_color(0, 0, 0)
                for j, part in enumerate(items[k].split("\n")):
                    self.put(x + 20, y + j * 6, 128, part, 11.5)

    def lines(self, lines: Sequence[str], top: float = 36, size: float = 13) -> None:
        for i, line in enumerate(lines):
            self.put(16, top + i * size * 0.6, 306, line, size)


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Northvale


def build_northvale() -> SlidePDF:
    pdf = SlidePDF()

    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, PAGE_W, PAGE_H, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.put(24, 50, 290, "NORTHVALE LEISURE TRUST", 14, "B")
    pdf.put(24, 62, 290, "Active Northvale 2030", 40, "B")
    pdf.put(
        24, 86, 290, "Our plan for pools, health and greener centres, April 2028 to March 2030", 15
    )
    pdf.put(24, 150, 290, "Board of Trustees  ·  7 October 2027", 12)
    pdf.set_text_color(0, 0, 0)

    # 2 executive summary
    pdf.slide("Summary", "Active Northvale 2030 on a page")
    pdf.tiles(
        [
            ("7,500", "children in swimming lessons\nby March 2030, from 5,900"),
            ("1,200", "residents a year completing\nexercise referral, from 640"),
            ("26,000", "active members by March 2030,\nfrom 21,400"),
            ("-20%", "energy use per visit\nby March 2030"),
        ]
    )
    pdf.lines(
        [
            "Three priorities: Swim for life, Move more live well, Greener leaner centres.",
            "Two horizons, Now (2028/29) and Next (2029/30), with a pilot at Carrbridge: Project Otter.",
            "The Board is asked to approve £4.2m over two years.",
        ],
        top=86,
    )

    # 3 current state, Now / Next
    pdf.slide("Where we are", "Today and what has to change")
    pdf.columns(
        [
            (
                "Now",
                [
                    "9 leisure centres and 3 pools serving 214,000\nresidents",
                    "21,400 paying members, 5,900 children in\nswimming lessons",
                    "64% of Year 6 pupils can swim 25 metres",
                    "640 residents finished an exercise referral\nin 2026/27",
                    "Energy is 19% of our running costs",
                ],
            ),
            (
                "Next",
                [
                    "Every primary school with a weekly swimming\nslot",
                    "Referral from the GP to a class in one week",
                    "One booking and membership platform",
                    "Heat pumps and pool covers at our two\nbiggest pools",
                    "Centres that cover their costs",
                ],
            ),
        ]
    )

    # 4 voices
    pdf.slide("What people told us", "Voices from our centres")
    pdf.columns(
        [
            (
                "Residents and parents",
                [
                    '"My son has been on the lesson waiting list\nsince Easter."',
                    '"The GP gave me a leaflet and I never heard\nback."',
                ],
            ),
            (
                "Staff and schools",
                [
                    '"We turn schools away because the slots are\nall gone."',
                    '"Half my shift is taking bookings over the\nphone."',
                ],
            ),
        ]
    )

    # 5 north star
    pdf.slide("Our ambition", "Where we want to be")
    pdf.set_text_color(*CORAL)
    pdf.put(16, 40, 200, "THE AMBITION", 9, "B")
    pdf.set_text_color(*NAVY)
    pdf.put(16, 48, 306, "An active Northvale, where everyone moves more, every day.", 22, "B")
    pdf.set_text_color(*CORAL)
    pdf.put(16, 80, 200, "THE COMMITMENT", 9, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.put(
        16,
        88,
        306,
        "By March 2030, every primary school in Northvale will have a weekly swimming slot at a Trust pool.",
        14,
    )

    # 6 priorities overview
    pdf.slide("The plan", "Three priorities")
    pdf.columns(
        [
            ("1  Swim for life", ["Every child leaves primary school\nable to swim"]),
            (
                "2  Move more, live well",
                ["Residents referred by their GP get\nactive and stay active"],
            ),
            (
                "3  Greener, leaner centres",
                ["Lower energy use and one platform\nfor bookings and members"],
            ),
        ]
    )

    # 7-9 priorities, Now / Next
    pri = [
        (
            "Priority 1: Swim for life",
            [
                "18 of 31 primary schools have a weekly\nswimming slot",
                "Lesson places booked by phone at each pool",
                "Progress kept on paper cards",
            ],
            [
                "Give every primary school a weekly swimming\nslot at its nearest pool",
                "Move swimming lessons to online booking\nwith progress records for parents",
                "Train 14 new swimming teachers through\nthe Northvale Academy",
            ],
        ),
        (
            "Priority 2: Move more, live well",
            [
                "GP referrals reach each centre's reception",
                "One in three referred residents finishes\nthe 12 weeks",
            ],
            [
                "Run a 12-week exercise referral with the\nthree GP practice networks",
                "Open a Wellbeing Studio at Carrbridge\nLeisure Centre",
                "Offer concession membership to everyone\nwho completes a referral",
            ],
        ),
        (
            "Priority 3: Greener, leaner centres",
            [
                "Gas boilers heat all three pools",
                "Energy read from supplier meters monthly",
                "Bookings and memberships run on Leisurehub",
            ],
            [
                "Fit air-source heat pumps and pool covers\nat Carrbridge and Eastfield",
                "Put sub-meters on every centre's heating\nand pool plant",
                "Replace Leisurehub with one booking and\nmembership platform",
            ],
        ),
    ]
    for title, now, nxt in pri:
        pdf.slide("The plan", title)
        pdf.columns([("Now", now), ("Next", nxt)])

    # 10 KPI table with an Owner column
    pdf.slide("Measures", "How we will know")
    pdf.grid(
        [
            ["Measure", "Baseline 2026/27", "Target", "By", "Owner"],
            ["Children in swimming lessons", "5,900", "7,500", "Mar 2030", "Head of Aquatics"],
            ["Year 6 pupils able to swim 25 metres", "64%", "90%", "Jul 2029", "Head of Aquatics"],
            [
                "Residents completing exercise referral",
                "640",
                "1,200 a year",
                "2029/30",
                "Health and Wellbeing Manager",
            ],
            ["Active members", "21,400", "26,000", "Mar 2030", "Head of Sales and Membership"],
            [
                "Energy use per visit (kWh)",
                "2.9",
                "2.3",
                "Mar 2030",
                "Facilities and Energy Manager",
            ],
            [
                "Cost recovery across centres",
                "84%",
                "95%",
                "2029/30",
                "Director of Finance and Resources",
            ],
        ],
        [92, 40, 34, 30, 110],
    )

    # 11 roadmap, Now / Next
    pdf.slide("Roadmap", "Now and Next, April 2028 to March 2030")
    pdf.columns(
        [
            (
                "Now  ·  April 2028 to March 2029",
                [
                    "Choose the booking platform and sign the\ncontract",
                    "Project Otter at Carrbridge, September 2028\nto February 2029",
                    "Heat pump and pool cover at Carrbridge",
                    "New Schools Swimming Agreement from\nSeptember 2028",
                    "Gate 1, March 2029: Otter go/no-go",
                ],
            ),
            (
                "Next  ·  April 2029 to March 2030",
                [
                    "Exercise referral across all three GP\nnetworks",
                    "Booking platform live at every centre by\nSeptember 2029",
                    "Heat pump and pool cover at Eastfield",
                    "Swimming slot for every primary school",
                    "Gate 2, March 2030: benefits review",
                ],
            ),
        ]
    )

    # 12 pilot
    pdf.slide("Pilot", "Project Otter at Carrbridge Leisure Centre")
    pdf.columns(
        [
            (
                "Scope",
                [
                    "Exercise referral from the Carrbridge GP\nnetwork, September 2028 to February 2029",
                    "The Wellbeing Studio and online class\nbooking",
                ],
            ),
            (
                "Success criteria",
                [
                    "60% of referred residents finish the\n12 weeks",
                    "First session within 7 days of referral",
                    "Half of finishers take a concession\nmembership",
                ],
            ),
            (
                "Go/no-go",
                [
                    "Executive Team decides in March 2029",
                    "Go: extend to all three GP networks",
                    "No-go: rework the referral route",
                ],
            ),
        ]
    )

    # 13 first 100 days, numbered two-column grid
    pdf.slide("Getting started", "The first 100 days")
    pdf.numbered_grid(
        [
            "Appoint the Active Northvale programme\nmanager",
            "Hold the first Programme Board",
            "Confirm the 2026/27 baselines for the six\nmeasures",
            "Agree the referral route with the\nCarrbridge GP network",
            "Start the booking platform procurement",
            "Commission the heat pump design for\nCarrbridge",
            "Open talks on the Schools Swimming\nAgreement with the council",
            "Recruit the first 6 trainee swimming\nteachers",
            "Consult Unite on Wellbeing Studio rotas",
            "Ask the Disability Access Forum to test\nthe booking journey",
        ]
    )

    # 14 investment
    pdf.slide("Investment", "£4.2m over two years")
    pdf.grid(
        [
            ["Item", "2028/29", "2029/30", "Total"],
            ["Heat pumps, pool covers and sub-meters", "£1.6m", "£1.2m", "£2.8m"],
            ["Booking and membership platform", "£0.4m", "£0.2m", "£0.6m"],
            ["Wellbeing Studio and exercise referral", "£0.3m", "£0.2m", "£0.5m"],
            ["Swimming teachers and programme team", "£0.1m", "£0.2m", "£0.3m"],
            ["Total", "£2.4m", "£1.8m", "£4.2m"],
        ],
        [120, 50, 50, 50],
    )

    # 15 risks
    pdf.slide("Risks", "Risks and mitigations")
    pdf.grid(
        [
            ["Risk", "Mitigation"],
            [
                "Leisurehub licence ends before the new platform is live",
                "Agree a 6-month extension with the supplier",
            ],
            ["Too few swimming teachers", "Pay trainees while they qualify; 6 places a term"],
            [
                "GP practices refer fewer residents than planned",
                "A named link worker at each GP network",
            ],
            ["Heat pump works close pools", "Schedule works in the August shutdown"],
        ],
        [150, 156],
    )

    # 16 governance and asks
    pdf.slide("Governance", "Who decides, and what we ask")
    pdf.columns(
        [
            (
                "Governance",
                [
                    "The Chief Executive sponsors the plan and\nchairs the monthly Programme Board",
                    "The Finance and Audit Committee reviews\nspend each quarter",
                    "Unite and the Disability Access Forum are\nconsulted",
                ],
            ),
            (
                "We ask the Board to",
                [
                    "Approve Active Northvale 2030",
                    "Approve £4.2m over 2028/29 and 2029/30",
                    "Approve Project Otter from September 2028",
                ],
            ),
        ]
    )
    return pdf


# =========================================================================== Hallam & Rowe
# Free text boxes on the Blank layout: a small section tag ("CONTEXT", "DIRECTION", "PLAN",
# "DELIVERY", "DECISIONS") over a headline-sentence title (a finding or a decision), a plum
# rule and a page counter. The four priorities (slide 6) are cards: an icon number in a
# circle, the priority's name, a one-line aim and its initiatives as bullets. The pilot's
# success criteria are in the speaker notes of slide 9.

PLUM = (80, 40, 80)
ROSE = (200, 150, 170)
LINEN = (245, 240, 236)
CHAR = (50, 50, 50)


def hr_page(prs: PresentationType, tag: str, headline: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    n = len(prs.slides)
    filled(
        slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, 0.6, 0.35, 1.6, 0.3, ROSE, [tag], 9, True, PLUM
    )
    text_box(slide.shapes, 0.6, 0.75, 12.0, 1.0, [headline], 24, True, PLUM)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.75, 1.2, 0.05, PLUM)
    text_box(slide.shapes, 11.9, 7.0, 1.0, 0.3, [f"{n:02d}"], 9, True, PLUM)
    return slide


def build_hallam() -> PresentationType:
    prs = new_deck()

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, PLUM)
    text_box(s.shapes, 0.8, 1.8, 11.0, 0.5, ["HALLAM & ROWE FUNERAL CARE"], 16, True, ROSE)
    text_box(s.shapes, 0.8, 2.4, 11.0, 1.2, ["Care at Every Step"], 50, True, (255, 255, 255))
    text_box(
        s.shapes, 0.8, 3.6, 11.0, 0.6, ["Our plan for January 2028 to June 2030"], 20, False, ROSE
    )
    text_box(s.shapes, 0.8, 5.9, 11.0, 0.5, ["Group Board  ·  9 December 2027"], 14, False, ROSE)

    # 2 summary
    s = hr_page(
        prs, "SUMMARY", "Families want choice and clear prices; by June 2030 we will give them both"
    )
    tiles = [
        ("95%", "of families rate their arrangement good or excellent, from 86%"),
        ("1 day", "median from first call to arrangement meeting, from 3"),
        ("2,000", "pre-paid plans sold a year, from 1,150"),
        ("£3.4m", "invested over 30 months"),
    ]
    for i, (big, label) in enumerate(tiles):
        x = 0.6 + i * 3.1
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 2.1, 2.9, 2.3, LINEN)
        text_box(s.shapes, x + 0.15, 2.2, 2.6, 0.9, [big], 34, True, PLUM)
        text_box(s.shapes, x + 0.15, 3.1, 2.6, 1.2, [label], 13, False, CHAR)
    notes(s, ["Open with the family survey: choice and price are what families asked for."])

    # 3 current state
    s = hr_page(
        prs,
        "CONTEXT",
        "We arrange 6,100 funerals a year, but families wait three days to sit down with us",
    )
    text_box(
        s.shapes,
        0.6,
        2.1,
        12.0,
        4.5,
        [
            "34 funeral homes across South Yorkshire, Derbyshire and Nottinghamshire",
            "6,100 funerals arranged in 2026/27",
            "Median of 3 working days from first call to the arrangement meeting",
            "86% of families rate their arrangement good or excellent",
            "1,150 pre-paid plans sold in 2026/27",
            "9.4 complaints per 1,000 funerals",
        ],
        17,
    )

    # 4 voices
    s = hr_page(
        prs, "CONTEXT", "Families told us they want to arrange at home and see the price first"
    )
    text_box(
        s.shapes,
        0.6,
        2.1,
        12.0,
        4.5,
        [
            "\u201cI didn't want to leave the house that week, let alone sit in an office.\u201d  A daughter, Chesterfield",
            "\u201cI had to ask three times what the total would be.\u201d  A widower, Derby",
            "\u201cThe funeral director was wonderful, but nobody rang afterwards.\u201d  A son, Rotherham",
        ],
        17,
    )

    # 5 north star
    s = hr_page(
        prs, "DIRECTION", "Our north star: care that families remember for the right reasons"
    )
    text_box(
        s.shapes,
        0.6,
        2.2,
        12.0,
        1.0,
        ["Every family feels cared for, at every step."],
        28,
        True,
        PLUM,
    )
    text_box(
        s.shapes,
        0.6,
        3.7,
        12.0,
        1.2,
        [
            "By June 2030, all 34 funeral homes will offer video arrangement meetings and "
            "publish all-inclusive prices online."
        ],
        20,
        False,
        CHAR,
    )

    # 6 priorities as cards
    s = hr_page(prs, "PLAN", "We will focus on four priorities and twelve initiatives")
    cards = [
        (
            "Arranging, your way",
            "Families arrange at home, by video or in the branch, in one meeting",
            [
                "Offer video arrangement meetings from every funeral home",
                "Publish all-inclusive prices for every funeral type online",
                "Give arrangers tablets running the FuneralPro arrangement record",
            ],
        ),
        (
            "Care of the deceased",
            "Everyone in our care is looked after to one standard",
            [
                "Open a central care centre at Hallam Road for the Sheffield homes",
                "Log every mortuary temperature check with sensors",
                "Bring all 34 homes onto one daily care checklist",
            ],
        ),
        (
            "Pre-paid plans done right",
            "Plans sold and managed to FCA rules in every home",
            [
                "Sell pre-paid plans through one FCA-compliant sales flow",
                "Authorise 60 arrangers to sell plans",
                "Move plan records into FuneralPro",
            ],
        ),
        (
            "People who care",
            "Colleagues qualified, supported and able to grieve too",
            [
                "Qualify 40 colleagues through the NAFD Diploma in Funeral Directing",
                "Call every family 6 weeks and 12 months after the funeral",
                "Set up a debrief and wellbeing service for colleagues",
            ],
        ),
    ]
    for i, (name, aim, bullets) in enumerate(cards):
        x = 0.6 + i * 3.1
        filled(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, 2.0, 2.95, 4.8, LINEN)
        filled(s.shapes, MSO_SHAPE.OVAL, x + 0.2, 2.15, 0.6, 0.6, PLUM, [str(i + 1)], 18, True)
        text_box(s.shapes, x + 0.9, 2.2, 1.95, 0.6, [name], 14, True, PLUM)
        text_box(s.shapes, x + 0.2, 2.9, 2.6, 0.9, [aim], 11, False, PLUM)
        text_box(
            s.shapes, x + 0.2, 3.9, 2.6, 2.8, [f"\u2022 {b}" for b in bullets], 11, False, CHAR
        )

    # 7 KPIs
    s = hr_page(prs, "PLAN", "Five measures will tell us whether families feel the difference")
    table(
        s,
        [
            ["Measure", "Baseline 2026/27", "Target", "By"],
            ["Families rating their arrangement good or excellent", "86%", "95%", "Jun 2030"],
            ["Median working days from first call to arrangement meeting", "3", "1", "Jun 2030"],
            ["Pre-paid plans sold a year", "1,150", "2,000", "2029/30"],
            ["Complaints per 1,000 funerals", "9.4", "5.0", "Jun 2030"],
            ["Colleagues holding the NAFD Diploma", "38%", "70%", "Jun 2030"],
        ],
        [6.6, 2.0, 1.7, 1.7],
        top=2.1,
        size=14,
    )

    # 8 roadmap
    s = hr_page(
        prs, "DELIVERY", "Three stages take us from a Derby pilot to all 34 homes by June 2030"
    )
    stages = [
        (
            "Stage 1 · Prepare",
            "January to June 2028",
            ["Programme team in post", "FuneralPro tablets for Derby", "Hallam Road consent"],
            "Gate A, June 2028: Derby ready",
        ),
        (
            "Stage 2 · Prove",
            "July 2028 to June 2029",
            [
                "Project Lantern in six Derby homes",
                "Hallam Road care centre open",
                "FCA sales flow",
            ],
            "Gate B, June 2029: Lantern go/no-go",
        ),
        (
            "Stage 3 · Spread",
            "July 2029 to June 2030",
            [
                "Video meetings in all 34 homes",
                "Plan records in FuneralPro",
                "Sensors in every mortuary",
            ],
            "Gate C, June 2030: benefits review",
        ),
    ]
    for i, (name, span, items, gate) in enumerate(stages):
        x = 0.6 + i * 4.1
        filled(
            s.shapes,
            MSO_SHAPE.CHEVRON,
            x,
            2.1,
            3.9,
            0.7,
            PLUM if i == 1 else ROSE,
            [name],
            14,
            True,
        )
        text_box(s.shapes, x, 2.95, 3.8, 0.4, [span], 13, True, PLUM)
        text_box(s.shapes, x, 3.45, 3.8, 2.0, items, 13, False, CHAR)
        text_box(s.shapes, x, 5.7, 3.8, 0.5, [gate], 12, True, PLUM)

    # 9 pilot
    s = hr_page(
        prs, "DELIVERY", "We will prove the model in six Derby homes first: Project Lantern"
    )
    text_box(
        s.shapes,
        0.6,
        2.1,
        12.0,
        3.5,
        [
            "Video arrangement meetings, tablets and online prices in our six Derby homes, "
            "September 2028 to May 2029",
            "About 900 families over nine months",
            "The Group Board takes the go/no-go in June 2029",
        ],
        17,
    )
    notes(
        s,
        [
            "Success criteria for Lantern, for the June 2029 go/no-go:",
            "95% of Derby families rate their arrangement good or excellent",
            "8 in 10 Derby families have their first meeting within one working day",
            "Complaints at or below 5 per 1,000 funerals in the six homes",
            "Every Derby arranger trained in video meetings by October 2028",
            "If two or more criteria are missed, we pause and rework before Stage 3.",
        ],
    )

    # 10 first 100 days
    s = hr_page(
        prs, "DELIVERY", "In the first 100 days we will appoint, baseline and prepare Derby"
    )
    text_box(
        s.shapes,
        0.6,
        2.1,
        12.0,
        4.7,
        [
            "1. Appoint the Care at Every Step programme director",
            "2. Hold the first monthly Programme Board",
            "3. Confirm the 2026/27 baselines for the five measures",
            "4. Apply for change of use at Hallam Road",
            "5. Renew indemnity cover to include home visits and video meetings",
            "6. Order tablets and upgrade broadband for the six Derby homes",
            "7. Publish all-inclusive prices on the website",
            "8. Enrol the first 12 colleagues on the NAFD Diploma",
            "9. Consult the Colleague Council on Lantern rotas",
            "10. Ask the Families' Advisory Panel to review the video meeting script",
        ],
        14,
    )

    # 11 investment
    s = hr_page(prs, "DELIVERY", "£3.4m over 30 months, most of it in the Hallam Road care centre")
    table(
        s,
        [
            ["Item", "2028", "2029", "2030 (to June)", "Total"],
            ["Hallam Road care centre", "£0.9m", "£0.7m", "£0.1m", "£1.7m"],
            ["Tablets, broadband and FuneralPro changes", "£0.3m", "£0.3m", "£0.1m", "£0.7m"],
            ["Mortuary sensors", "£0.1m", "£0.2m", "£0.1m", "£0.4m"],
            ["Training and the NAFD Diploma", "£0.1m", "£0.2m", "£0.1m", "£0.4m"],
            ["Programme team", "£0.1m", "£0.1m", "£0.0m", "£0.2m"],
            ["Total", "£1.5m", "£1.5m", "£0.4m", "£3.4m"],
        ],
        [5.2, 1.5, 1.5, 2.0, 1.5],
        top=2.1,
        size=13,
    )

    # 12 risks
    s = hr_page(prs, "DELIVERY", "The biggest risks are consent, regulation and colleague strain")
    pairs = [
        (
            "Hallam Road consent is refused or delayed",
            "Keep the Sheffield homes' mortuaries in use until consent",
        ),
        (
            "FCA rules change for plan sellers",
            "Quarterly review with the Compliance and Conduct Manager",
        ),
        (
            "Families in rural homes cannot join a video call",
            "Home visits stay on offer in every home",
        ),
        ("Colleague burnout during the pilot", "Back-fill Derby rotas from the Nottingham homes"),
    ]
    for i, (risk, mit) in enumerate(pairs):
        y = 2.1 + i * 1.1
        text_box(s.shapes, 0.6, y, 5.6, 0.9, [risk], 15, True, PLUM)
        text_box(s.shapes, 6.6, y, 6.0, 0.9, [f"Mitigation: {mit}"], 15, False, CHAR)

    # 13 governance
    s = hr_page(
        prs,
        "DELIVERY",
        "The Managing Director will sponsor the plan and a monthly Programme Board will run it",
    )
    text_box(
        s.shapes,
        0.6,
        2.1,
        12.0,
        4.5,
        [
            "Sponsor: the Managing Director, who chairs the Programme Board",
            "Programme Board: monthly; owns the stage gates and the risk log",
            "Group Board: approves spend above £500,000 and takes the Lantern go/no-go",
            "Consulted: the Colleague Council and the Families' Advisory Panel",
        ],
        17,
    )

    # 14 decisions
    s = hr_page(prs, "DECISIONS", "Decisions we need")
    text_box(
        s.shapes,
        0.6,
        2.1,
        12.0,
        4.5,
        [
            "Approve Care at Every Step and its four priorities",
            "Approve investment of £3.4m from January 2028 to June 2030",
            "Approve Project Lantern in the six Derby homes",
            "Approve the lease of the Hallam Road site, subject to consent",
        ],
        18,
    )
    return prs


# =========================================================================== org folders

LINMERE_ROSTER = [
    ["Role", "Team", "Tier", "Responsibilities", "Reports to"],
    [
        "Chief Executive",
        "Executive",
        "core",
        "Leads the Society; executive sponsor of Wild Futures 2030; chairs the Steering Group",
        "Board of Trustees",
    ],
    [
        "Wild Futures Programme Lead",
        "Programme Office",
        "core",
        "Runs the programme plan, risk log and gate papers; reports to the Steering Group",
        "Chief Executive",
    ],
    [
        "Director of Visitor Experience",
        "Visitor Experience",
        "core",
        "Owns ticketing, gates, catering partners and the visitor measures",
        "Chief Executive",
    ],
    [
        "Head of Visitor Operations",
        "Visitor Experience",
        "core",
        "Runs the gates, tills, queues and the seasonal gate team; leads Project Kestrel on site",
        "Director of Visitor Experience",
    ],
    [
        "Head of Membership and Supporter Care",
        "Supporters",
        "core",
        "Owns membership, renewals, direct debit and supporter care; owns the renewal rate",
        "Director of Visitor Experience",
    ],
    [
        "Curator of Animals",
        "Animals",
        "core",
        "Owns animal welfare, collection planning and keeper teams; agrees any change near animal areas",
        "Chief Executive",
    ],
    [
        "Head of Conservation",
        "Conservation",
        "core",
        "Leads breeding programmes, field projects and the Wetlands Discovery Centre content",
        "Chief Executive",
    ],
    [
        "Head of Learning",
        "Learning",
        "core",
        "Runs school sessions, the Education Centre and outdoor classrooms; owns pupil numbers",
        "Chief Executive",
    ],
    [
        "Learning and Development Manager",
        "People",
        "core",
        "Runs the Keeper Academy and all staff and volunteer training",
        "Finance Director",
    ],
    [
        "Head of Digital and Data",
        "Digital",
        "core",
        "Owns Gatekeeper, the web shop, Wi-Fi, the Linmere Data Hub and the new ticketing platform",
        "Finance Director",
    ],
    [
        "Finance Director",
        "Finance",
        "core",
        "Owns budgets, the capital plan, grant claims and the business case",
        "Chief Executive",
    ],
    [
        "Estates and Projects Manager",
        "Estates",
        "core",
        "Delivers buildings, planning applications and site works, including the Wetlands Discovery Centre",
        "Finance Director",
    ],
    [
        "Head of Marketing",
        "Marketing",
        "extended",
        "Brand, pricing campaigns and the website content",
        "Director of Visitor Experience",
    ],
    [
        "Volunteer Manager",
        "Learning",
        "extended",
        "Recruits and supports 240 volunteers",
        "Head of Learning",
    ],
    [
        "Registrar",
        "Animals",
        "extended",
        "Keeps ZIMS records, transfers and permits",
        "Curator of Animals",
    ],
    [
        "Chair, Animal Welfare and Ethics Committee",
        "Committees",
        "extended",
        "Consulted on any change that affects animals; owns no delivery work",
        "Board of Trustees",
    ],
    [
        "Chair, Volunteers' Forum",
        "Committees",
        "extended",
        "Consulted on volunteer roles; owns no delivery work",
        "Volunteer Manager",
    ],
]


def linmere_roster_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(LINMERE_ROSTER)
    return out.getvalue()


LINMERE = {
    "governance/steering-group-charter.md": doc(
        """
        # Wild Futures Steering Group: charter

        Chair: the Chief Executive, executive sponsor of Wild Futures 2030.
        Members: Director of Visitor Experience, Curator of Animals, Head of Conservation,
        Head of Learning, Finance Director, Head of Digital and Data. The Wild Futures
        Programme Lead is secretary.

        ## Decision rights

        - The Steering Group takes gates G1, G2 (the Kestrel go/no-go) and G3, and releases
          budget within the approved programme.
        - Capital spend above £250,000 needs the approval of the full Board of Trustees, which meets four times a year.
        - The Animal Welfare and Ethics Committee is consulted on any change that affects
          animals, and its chair attends when such changes are tabled.
        - The Volunteers' Forum is consulted on new volunteer roles.

        ## Cadence

        Monthly. The Finance and Audit Committee reviews programme spend each quarter.
        """
    ),
    "systems/systems-inventory.md": doc(
        """
        # Systems inventory (Digital and Data, September 2027)

        | System | Use | Notes |
        |---|---|---|
        | Gatekeeper | Ticketing and tills at both gates and the shops | Installed in 2012; its supplier ends support in December 2028. |
        | Web shop | Online day tickets | Sales reach Gatekeeper as a file each night. |
        | Raiser's Edge | Members, donors and gift aid | Renewal reminders go out by post in a batch at the start of each month. |
        | ZIMS (Species360) | Animal records | Kept by the registrar team of two, who also handle all animal transfers and permits. |
        | Sage 200 | Finance | |
        | Linmere Data Hub | Reporting warehouse (Azure SQL with Power BI), fed from Gatekeeper and Raiser's Edge | Visitor numbers are reported a week after the month ends. |
        | Site Wi-Fi | Staff and visitors | Wi-Fi reaches the North Gate and the main café, and the rest of the 60-acre site relies on a patchy 4G signal. |

        At the gate, a membership card is checked against a printed list on busy days.
        """
    ),
    "measures/metric-definitions.md": doc(
        """
        # Metric definitions

        | Metric | Definition | Owner | Baseline 2026 |
        |---|---|---|---|
        | Annual visitors | Paid and member admissions, January to December, from Gatekeeper | Director of Visitor Experience | 612,000 |
        | Online advance share | Day tickets bought online before the visit day / all day tickets | Head of Visitor Operations | 38% |
        | Member renewal rate | Memberships renewed within 60 days of expiry / memberships expiring | Head of Membership and Supporter Care | 61% |
        | Breeding programmes led | European breeding programmes with a Linmere coordinator | Head of Conservation | 4 |
        | Pupils taught on site | Pupils in a taught session, January to December | Head of Learning | 18,400 |
        | Peak-day entry within 10 minutes | Sampled arrivals on the 40 busiest days passing the gate within 10 minutes | Head of Visitor Operations | 40% |
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context for Wild Futures 2030

        Any new animal enclosure or visitor building needs planning consent from Linmere District Council, which has taken 14 to 20 weeks.
        Our zoo licence inspection falls in June 2028, and changes to animal areas in the three months before it need the agreement of the licensing authority.
        The heritage grant for the Wetlands Discovery Centre is conditional on match funding of £600,000 raised by March 2029.

        ## People

        Keepers work a rota of four days on and four days off, so a briefing reaches half the team at a time.
        Seasonal gate staff are hired from March to October on fixed-term contracts.
        The Education Centre seats 60 and is booked by schools up to two terms ahead.

        The Keeper Academy, run by the Learning and Development Manager, trains keepers,
        gate staff and volunteers all year.
        """
    ),
}

NORTHVALE_ROSTER = {
    "organisation": "Northvale Leisure Trust",
    "roles": [
        {
            "role": "Chief Executive",
            "team": "Executive",
            "tier": "core",
            "owns": ["Executive sponsor of Active Northvale 2030", "Chairs the Programme Board"],
        },
        {
            "role": "Active Northvale Programme Manager",
            "team": "Programme Office",
            "tier": "core",
            "owns": ["Programme plan, risk log and gate papers", "Reports to the Programme Board"],
        },
        {
            "role": "Director of Operations",
            "team": "Operations",
            "tier": "core",
            "owns": ["All nine centres and three pools", "Opening hours and staffing"],
        },
        {
            "role": "Head of Aquatics",
            "team": "Operations",
            "tier": "core",
            "owns": [
                "Swimming lessons, school swimming and lifeguards",
                "Owns the lesson and Year 6 swimming measures",
            ],
        },
        {
            "role": "Health and Wellbeing Manager",
            "team": "Health",
            "tier": "core",
            "owns": [
                "Exercise referral and the Wellbeing Studio",
                "Links with the GP practice networks",
                "Leads Project Otter",
            ],
        },
        {
            "role": "Head of Sales and Membership",
            "team": "Commercial",
            "tier": "core",
            "owns": [
                "Memberships, pricing proposals and concessions",
                "Owns the active members measure",
            ],
        },
        {
            "role": "Facilities and Energy Manager",
            "team": "Facilities",
            "tier": "core",
            "owns": ["Plant, heat pumps, pool covers and meters", "Owns energy use per visit"],
        },
        {
            "role": "Northvale Academy Manager",
            "team": "People",
            "tier": "core",
            "owns": ["The Northvale Academy: swimming teacher, lifeguard and staff training"],
        },
        {
            "role": "Systems and Insight Manager",
            "team": "Finance and Resources",
            "tier": "core",
            "owns": ["Leisurehub, the new booking platform and Pulse reporting"],
        },
        {
            "role": "Director of Finance and Resources",
            "team": "Finance and Resources",
            "tier": "core",
            "owns": ["Budgets, capital plan and the council contract", "Owns cost recovery"],
        },
        {
            "role": "Centre Manager, Carrbridge",
            "team": "Operations",
            "tier": "core",
            "owns": ["Carrbridge Leisure Centre and the Project Otter site"],
        },
        {
            "role": "Head of People",
            "team": "People",
            "tier": "extended",
            "owns": ["Recruitment, rotas policy and employee relations"],
        },
        {
            "role": "Marketing and Communications Manager",
            "team": "Commercial",
            "tier": "extended",
            "owns": ["Campaigns, website and member communications"],
        },
        {
            "role": "Schools Liaison Officer",
            "team": "Operations",
            "tier": "extended",
            "owns": ["Bookings and contact with primary schools"],
        },
        {
            "role": "Unite Branch Secretary",
            "team": "Staff side",
            "tier": "extended",
            "owns": ["Consulted on rotas, shift patterns and roles; owns no delivery work"],
        },
        {
            "role": "Chair, Northvale Disability Access Forum",
            "team": "Community",
            "tier": "extended",
            "owns": ["Consulted on access to centres and booking; owns no delivery work"],
        },
    ],
}

NORTHVALE = {
    "governance/programme-board-terms.md": doc(
        """
        # Active Northvale Programme Board: terms of reference

        Chair: the Chief Executive (executive sponsor). Members: Director of Operations,
        Director of Finance and Resources, Head of Aquatics, Health and Wellbeing Manager,
        Facilities and Energy Manager, Systems and Insight Manager. The Active Northvale
        Programme Manager is secretary.

        ## Decision rights

        - The Programme Board releases budget within the approved plan and takes Gate 1 (the
          Project Otter go/no-go, with the Executive Team) and Gate 2.
        - Changes to prices and opening hours need the agreement of Northvale Borough Council under the management agreement, with 90 days' notice.
        - Capital works above £150,000 go to the council's Capital Programme Board, which meets in March and September.
        - Changes to shift patterns go through the Joint Consultative Committee with Unite, which meets every two months.
        - The Disability Access Forum is consulted on access and booking changes.
        """
    ),
    "systems/systems.md": doc(
        """
        # Systems

        - Leisurehub: bookings, memberships and tills. Leisurehub runs on a server at Eastfield Leisure Centre and its licence ends in August 2029.
        - Pulse: the Trust's reporting warehouse (SQL Server and Power BI), owned by the
          Systems and Insight Manager. Pulse receives Leisurehub data once a night, and lesson and referral records reach it by spreadsheet upload.
        - Swimming lessons: progress is recorded on paper cards kept at each pool.
        - Exercise referral: GP referrals arrive as paper forms or emails to each centre's reception.
        - Energy: meters are read by the supplier once a month, so usage per centre reaches us six weeks late.
        """
    ),
    "measures/measures.md": doc(
        """
        # Measure definitions

        | Measure | Definition | Owner | Baseline 2026/27 |
        |---|---|---|---|
        | Children in swimming lessons | Children on a paid lesson course in March | Head of Aquatics | 5,900 |
        | Year 6 pupils able to swim 25 metres | Pupils assessed at 25 metres, from school swimming records | Head of Aquatics | 64% |
        | Residents completing exercise referral | Referred residents attending 10 of 12 weeks | Health and Wellbeing Manager | 640 |
        | Active members | Paying members with a visit in the last 30 days | Head of Sales and Membership | 21,400 |
        | Energy use per visit | kWh of gas and electricity / visits | Facilities and Energy Manager | 2.9 |
        | Cost recovery | Income / operating cost, all centres | Director of Finance and Resources | 84% |
        """
    ),
    "context/constraints.md": doc(
        """
        # Constraints and dependencies

        Pool time for schools is set by the borough's Schools Swimming Agreement, which runs to July 2028 and gives 18 of our 31 primary schools a weekly slot.
        The Health and Wellbeing team is three instructors, funded by a public health grant confirmed to March 2029.
        Swimming teacher vacancies stand at 9 posts, and a new teacher needs a Level 2 qualification that takes 12 weeks.
        Carrbridge Leisure Centre is a listed 1936 building, and external plant needs listed building consent.
        Eastfield pool closes for two weeks each August, the one window for plant works.

        The Northvale Academy trains swimming teachers, lifeguards and centre staff all year.
        """
    ),
}

HALLAM_ROSTER = doc(
    """
    # Care at Every Step: people

    | Role | Team | Tier | Responsibilities |
    |---|---|---|---|
    | Managing Director | Executive | core | Executive sponsor of Care at Every Step; chairs the Programme Board |
    | Care at Every Step Programme Director | Programme Office | core | Programme plan, risk log, gate papers and benefits tracking |
    | Director of Funeral Operations | Operations | core | All 34 funeral homes, arrangers and funeral directors; owns time to arrangement meeting |
    | Regional Operations Manager, Derby and Nottingham | Operations | core | The Derby and Nottingham homes; leads Project Lantern on the ground |
    | Head of Care of the Deceased | Care | core | Mortuary standards, the Hallam Road care centre and temperature checks |
    | Head of Pre-paid Plans | Plans | core | Plan sales, plan records and the relationship with Fairhaven Plan Administration; owns plans sold |
    | Compliance and Conduct Manager | Risk | core | FCA authorisation, conduct rules, the CMA price list order and complaints |
    | Head of Learning and Development | People | core | The Hallam & Rowe Academy, the NAFD Diploma and all colleague training; owns the diploma measure |
    | Head of IT and Data | Technology | core | FuneralPro, tablets, broadband, sensors and the Insight reporting warehouse |
    | Finance Director | Finance | core | Budget, capital approvals, the Hallam Road lease and the business case |
    | Head of Family Experience | Family Experience | core | Family feedback, aftercare calls and the website price pages; owns family ratings |
    | Bereavement Aftercare Coordinator | Family Experience | core | Aftercare calls at 6 weeks and 12 months |
    | Head of People | People | extended | Recruitment, rotas policy and colleague wellbeing |
    | Marketing Manager | Marketing | extended | Website, local advertising and community events |
    | Property and Facilities Manager | Finance | extended | Leases, building works and planning applications |
    | Chair, Colleague Council | Colleague Council | extended | Consulted on rotas, roles and working practices; owns no delivery work |
    | Chair, Families' Advisory Panel | Families' Advisory Panel | extended | Consulted on family-facing changes; owns no delivery work |
    """
)

HALLAM = {
    "people/care-at-every-step-people.md": HALLAM_ROSTER,
    "governance/programme-board-charter.md": doc(
        """
        # Programme Board charter

        Chair: the Managing Director, executive sponsor. Members: Director of Funeral
        Operations, Finance Director, Head of Care of the Deceased, Head of Pre-paid Plans,
        Head of IT and Data, Head of Family Experience. Secretary: the Care at Every Step
        Programme Director.

        ## Decision rights

        - The Programme Board owns Gates A and C and recommends the Lantern go/no-go (Gate B)
          to the Group Board.
        - Capital spend above £500,000 needs the approval of the Group Board, which meets every other month.
        - The Colleague Council is consulted on rotas and working practices; the Families'
          Advisory Panel on family-facing changes.
        """
    ),
    "systems/systems-and-data.md": doc(
        """
        # Systems and data

        FuneralPro runs in each of our four regions as a separate database, so a family that moves from one home to another is entered again.
        Arrangers complete the arrangement record on a paper form and type it into FuneralPro after the meeting.
        PlanVault is run by Fairhaven Plan Administration, which sends us plan records as a spreadsheet each week.
        Mortuary temperatures are written on a clipboard sheet twice a day at 29 of our 34 homes.
        Broadband at 12 rural homes runs below 10 Mbps, too slow for video calls.

        Insight, our reporting warehouse (Azure SQL and Power BI), takes a nightly copy of
        each region's FuneralPro. Video meetings use Microsoft Teams.
        """
    ),
    "measures/measure-definitions.md": doc(
        """
        # Measure definitions

        | Measure | Definition | Owner | Baseline 2026/27 |
        |---|---|---|---|
        | Family rating | Families rating the arrangement good or excellent / families responding | Head of Family Experience | 86% |
        | Time to arrangement meeting | Median working days from first call to the arrangement meeting | Director of Funeral Operations | 3 |
        | Plans sold | Pre-paid plans sold in the year | Head of Pre-paid Plans | 1,150 |
        | Complaints | Complaints per 1,000 funerals | Compliance and Conduct Manager | 9.4 |
        | NAFD Diploma | Funeral-facing colleagues holding the diploma | Head of Learning and Development | 38% |

        About one family in five returns a feedback card, so the family rating rests on a small sample.
        """
    ),
    "context/regulation-and-sites.md": doc(
        """
        # Regulation, sites and people

        Pre-paid plan sales need FCA authorisation for each seller, and 22 arrangers hold it today.
        The CMA funerals order requires a standardised price list in every home and online.
        Home visits and video meetings fall outside the scope of our professional indemnity cover, which is renewed in April 2028.
        The Hallam Road site needs change of use consent from Sheffield City Council before it can hold the deceased.
        Nine of our homes share one funeral director and a part-time arranger, so a home closes for the afternoon when they are at a funeral.
        Colleague rotas are built in a spreadsheet by each regional manager.
        The NAFD Diploma takes 18 months part-time, and the academy funds 12 places a year.

        The Hallam & Rowe Academy runs induction, arranger and diploma training all year.
        """
    ),
}


def write_org(case_dir: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the dev8 folder by default)."""
    save(
        build_linmere(),
        root / "linmere-zoo" / "wild-futures-2030-trustees.pptx",
        "Fernhill Studio for Linmere Zoological Society",
    )
    save_pdf(
        build_northvale(),
        root / "northvale-leisure" / "active-northvale-2030-board.pdf",
        "Active Northvale 2030",
    )
    save(
        build_hallam(),
        root / "hallam-rowe-funeral" / "care-at-every-step-board.pptx",
        "Hallam & Rowe Funeral Care, Strategy Office",
    )
    write_org(
        root / "linmere-zoo",
        {**LINMERE, "people/wild-futures-roster.csv": linmere_roster_csv()},
    )
    yaml_text = yaml.safe_dump(NORTHVALE_ROSTER, sort_keys=False, allow_unicode=True, width=100)
    write_org(
        root / "northvale-leisure",
        {**NORTHVALE, "people/active-northvale-roster.yaml": yaml_text},
    )
    write_org(root / "hallam-rowe-funeral", HALLAM)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
