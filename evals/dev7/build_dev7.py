# mypy: disable-error-code="attr-defined,union-attr,index,arg-type"
"""Build the dev7 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/dev7/build_dev7.py

Writes, under ``evals/dev7/<name>/``, each case's deck and its ``org/`` folder:

- ``calderwick-libraries``: PDF (fpdf2) exported-from-slides style, 18 pages at 16:9 slide
  size: columns, tiles and table cells drawn line by line across the page, so that a text
  extractor reads the columns interleaved; roster as a Markdown org chart (nested bullets);
- ``brackenfold-recycling``: PPTX of free text boxes with question titles, section dividers,
  the four moves as a group of shapes joined by connectors, KPI targets as a bar layout of
  shapes with the values in separate text boxes, and speaker notes carrying part of the
  content; roster as a nested JSON export from the HR system;
- ``hartwell-vale-society``: consultancy-style PPTX, action titles in placeholders, a
  "From -> To" table, OKRs, coded initiatives and a Gantt roadmap of bar shapes under quarter
  labels; roster as an XLSX with cost centre, FTE and location columns.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX and XLSX files, a fixed creation date in the PDF, org text held as literal strings.

This is a DEVELOPMENT set (split "dev7"): the engine may be tuned on it. See
evals/dev7/README.md.
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
from openpyxl import Workbook
from openpyxl.styles import Font
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 2, 1, 9, 0, 0)
FIXED_W3C = "2027-02-01T09:00:00Z"
FIXED_DT = dt.datetime(2027, 2, 1, 9, 0, 0)
FIXED_PDF_DATE = dt.datetime(2027, 9, 3, 11, 15, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)
TITLE_ONLY, BLANK = 5, 6


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


# =========================================================================== PDF kit
# Calderwick's deck imitates a slide deck exported to PDF: 16:9 pages (338.67 x 190.5 mm),
# core Helvetica, a small eyebrow over a green title and an ochre rule, a footer line and a
# two-digit page number. Columns, tiles and table rows are drawn one visual line at a time
# across the page (the order a slide export often leaves), so a plain text extractor reads
# the columns interleaved on shared lines. Wraps are written by hand ("\n" in an item).

PAGE_W, PAGE_H = 338.67, 190.5
GREEN = (24, 72, 60)
OCHRE = (204, 140, 30)
PALE = (238, 243, 239)
GREY = (105, 105, 105)
FOOTER = "Calderwick County Council  ·  Open Shelves 2030  ·  Cabinet, 14 September 2027"


class SlidePDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format=(PAGE_H, PAGE_W))
        self.set_auto_page_break(False)
        self.set_margins(16, 10, 16)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("fpdf2")
        self.set_creator("PowerPoint export, Libraries and Archives")
        self.set_author("Calderwick Libraries and Archives")

    def fit(self, text: str, width: float) -> None:
        if self.get_string_width(text) > width:
            raise ValueError(f"line too wide for {width} mm: {text!r}")

    def put(self, x: float, y: float, w: float, text: str, size: float, style: str = "") -> None:
        self.set_font("helvetica", style, size)
        self.fit(text, w)
        self.set_xy(x, y)
        self.cell(w, size * 0.45, text)

    def slide(self, eyebrow: str, title: str) -> None:
        self.add_page()
        self.set_text_color(*OCHRE)
        self.put(16, 9, 200, eyebrow.upper(), 8, "B")
        self.set_text_color(*GREEN)
        self.put(16, 15, 306, title, 22, "B")
        self.set_draw_color(*OCHRE)
        self.set_line_width(0.8)
        self.line(16, 28, 60, 28)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_text_color(*GREY)
        self.put(16, PAGE_H - 9, 200, FOOTER, 7)
        self.put(PAGE_W - 26, PAGE_H - 9, 10, f"{self.page_no():02d}", 8, "B")
        self.set_text_color(0, 0, 0)

    def columns(
        self,
        cols: Sequence[tuple[str, Sequence[str]]],
        top: float = 36,
        size: float = 11,
        head_size: float = 13,
        panels: bool = False,
    ) -> None:
        """Columns side by side, drawn row by row across the page (interleaved on export)."""
        gutter = 8
        width = (306 - gutter * (len(cols) - 1)) / len(cols)
        xs = [16 + i * (width + gutter) for i in range(len(cols))]
        if panels:
            self.set_fill_color(*PALE)
            for x in xs:
                self.rect(x - 2, top - 3, width + 2, PAGE_H - top - 14, style="F")
        self.set_text_color(*GREEN)
        for x, (head, _) in zip(xs, cols, strict=True):
            self.put(x, top, width, head, head_size, "B")
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
                    self.set_fill_color(*OCHRE)
                    self.rect(x, y + line_h * 0.3, 1.6, 1.6, style="F")
                self.put(x + 4, y, width - 4, text, size)

    def tiles(self, items: Sequence[tuple[str, str]], top: float = 36) -> None:
        width = (306 - 6 * (len(items) - 1)) / len(items)
        xs = [16 + i * (width + 6) for i in range(len(items))]
        self.set_fill_color(*PALE)
        for x in xs:
            self.rect(x, top, width, 40, style="F")
        self.set_text_color(*GREEN)
        for x, (big, _) in zip(xs, items, strict=True):
            self.put(x + 5, top + 5, width - 10, big, 28, "B")
        self.set_text_color(0, 0, 0)
        labels = [label.split("\n") for _, label in items]
        for r in range(max(len(v) for v in labels)):
            for x, parts in zip(xs, labels, strict=True):
                if r < len(parts):
                    self.put(x + 5, top + 22 + r * 5.5, width - 10, parts[r], 10.5)

    def grid(
        self, rows: Sequence[Sequence[str]], widths: Sequence[float], top: float = 36
    ) -> float:
        """A table drawn cell by cell along each row; every cell holds one line."""
        y = top
        for n, row in enumerate(rows):
            x = 16.0
            if n == 0:
                self.set_fill_color(*GREEN)
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

    def numbered(self, lines: Sequence[str], top: float = 36, size: float = 12) -> None:
        y = top
        for n, line in enumerate(lines, start=1):
            self.set_text_color(*OCHRE)
            self.put(16, y, 10, f"{n:02d}", size, "B")
            self.set_text_color(0, 0, 0)
            self.put(30, y, 290, line, size)
            y += size * 0.62

    def note(self, y: float, text: str) -> None:
        self.set_text_color(*GREY)
        self.put(16, y, 306, text, 9, "I")
        self.set_text_color(0, 0, 0)


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Calderwick


def build_calderwick() -> SlidePDF:
    pdf = SlidePDF()
    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, PAGE_W, 118, style="F")
    pdf.set_text_color(*OCHRE)
    pdf.put(24, 24, 290, "CALDERWICK COUNTY COUNCIL  ·  LIBRARIES AND ARCHIVES", 11, "B")
    pdf.set_text_color(255, 255, 255)
    pdf.put(24, 52, 290, "Open Shelves 2030", 44, "B")
    pdf.put(24, 80, 290, "Libraries strategy and delivery plan, October 2027 to March 2030", 16)
    pdf.set_text_color(0, 0, 0)
    pdf.put(
        24, 132, 290, "Cabinet, 14 September 2027  ·  Report of the Director of Communities", 12
    )
    pdf.set_text_color(*GREY)
    pdf.put(24, 142, 290, "Key decision  ·  Open report  ·  Wards affected: all", 10)
    pdf.set_text_color(0, 0, 0)

    # 2 executive summary
    pdf.slide("Executive summary", "Open Shelves 2030 at a glance")
    pdf.tiles(
        [
            ("60 hrs", "a week at every town library,\nfrom 34 today"),
            ("+30%", "more library visits\nby 2029/30"),
            ("9,000", "children finishing the Summer\nReading Challenge"),
            ("85%", "of reservations in readers'\nhands within 7 days"),
        ]
    )
    pdf.columns(
        [
            (
                "Why now",
                [
                    "Our libraries are open less, used less and run on a library\n"
                    "system near the end of its life.",
                    "Residents told us the hours are the problem, not the libraries.",
                ],
            ),
            (
                "What we propose",
                [
                    "Four chapters of work over three financial years, from\nOctober 2027.",
                    "Cabinet is asked to approve £3.9m capital, £1.2m revenue\n"
                    "and the Project Lamplight pilot.",
                ],
            ),
        ],
        top=86,
    )

    # 3 current state
    pdf.slide("Where we are", "Libraries today: a strong network, open too little")
    pdf.columns(
        [
            (
                "Use",
                [
                    "1.41m visits in 2026/27, down from\n2.2m in 2015/16",
                    "58,700 active borrowers",
                    "5,600 children finished the 2027\nSummer Reading Challenge",
                    "22 branch libraries and two mobiles",
                ],
            ),
            (
                "Opening",
                [
                    "Town libraries open 34 hours a week\non average",
                    "Eight libraries close at 5pm every\nweekday",
                    "Three in four working residents are\nat work from 9 to 5",
                ],
            ),
            (
                "Systems and stock",
                [
                    "Galaxy 4 library system in use\nsince 2011",
                    "Real-terms stock spend down 38%\nsince 2015/16",
                    "58% of reservations arrive within\n7 days",
                ],
            ),
        ],
        panels=True,
    )

    # 4 quotes
    pdf.slide("What we heard", "What residents, staff and schools told us")
    pdf.columns(
        [
            (
                "Residents",
                [
                    '"I work in Leeds all week. By the time I\'m home,\nthe library has shut."',
                    "Parent, Hollin Bridge",
                    '"The PCs are why I come in. I did my Universal\nCredit claim on one."',
                    "Resident, Calderwick town centre",
                ],
            ),
            (
                "Staff and schools",
                [
                    '"We turn people away at five because there are\ntwo of us on."',
                    "Library assistant, Marrowby",
                    '"Half my class have never been inside a library."',
                    "Year 2 teacher, Sowerfield",
                ],
            ),
        ]
    )
    pdf.note(150, "From 2,180 responses to the Open Shelves survey, May to July 2027.")

    # 5 context
    pdf.slide("Context", "A county that is older, more rural and more online")
    pdf.columns(
        [
            (
                "People",
                [
                    "The over-75 population grows by 27% by 2035",
                    "18% of adults have very low digital skills",
                    "One household in five has no car",
                ],
            ),
            (
                "Money",
                [
                    "The service budget is £7.8m in 2027/28",
                    "The council must find £24m of savings by 2029/30",
                    "Income from fines and room hire fell 41% since 2019",
                ],
            ),
        ]
    )

    # 6 north star
    pdf.slide("Our ambition", "Where Open Shelves takes us")
    pdf.set_text_color(*OCHRE)
    pdf.put(24, 44, 290, "THE AMBITION", 9, "B")
    pdf.set_text_color(*GREEN)
    pdf.put(
        24, 52, 300, "Libraries at the heart of every Calderwick community, open to all.", 20, "B"
    )
    pdf.set_text_color(*OCHRE)
    pdf.put(24, 92, 290, "THE COMMITMENT", 9, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.put(
        24,
        100,
        300,
        "By March 2030, every one of our 14 town libraries will be open at least 60 hours a week.",
        16,
    )

    # 7 four chapters
    pdf.slide("Four chapters", "Four chapters of work")
    pdf.columns(
        [
            ("1  Open longer", ["Every town library open\nmornings, evenings and\nweekends"]),
            ("2  Every child a reader", ["Every child has a card and\nreads over the summer"]),
            ("3  Digital help nearby", ["Free digital help within\n10 miles of every home"]),
            (
                "4  One card, one catalogue",
                ["Any book in the region,\nin readers' hands in a week"],
            ),
        ],
        panels=True,
    )

    # 8-11 chapters
    chapters = [
        (
            "Chapter 1  ·  Open longer",
            [
                "Install Open+ extended access at all 14\ntown libraries, in three tranches",
                "Refit entrances with card-and-PIN door\ncontrol, CCTV and help points",
                "Retime staffed hours to cover evenings and\nSaturday afternoons",
                "Recruit a Library Friend volunteer for\nevery extended-access library",
            ],
            [
                "Town libraries open 60 hours a week,\nfrom 34 today",
                "Staffed hours kept at today's level,\nextended hours added around them",
                "Visits up by a third at Open+ libraries",
            ],
        ),
        (
            "Chapter 2  ·  Every child a reader",
            [
                "Give every Year 1 pupil a library card\nthrough their school",
                "Run the Summer Reading Challenge in every\nbranch, the mobiles and online",
                "Hand out Bookstart packs at every\n9 to 12 month health review",
                "A class visit to the library for every\nprimary school each year",
            ],
            [
                "9,000 children finishing the Summer\nReading Challenge by summer 2029",
                "Every primary school visits once a year",
            ],
        ),
        (
            "Chapter 3  ·  Digital help nearby",
            [
                "Train 40 Digital Champions among library\nstaff by March 2029",
                "Weekly drop-in digital help sessions in\nevery town library",
                "Lend 600 data-loaded tablets, each with a\nhalf-hour set-up session",
                "Replacement of the 212 public PCs and\nthe PC booking system",
            ],
            [
                "8,000 residents a year helped at digital\nhelp sessions",
                "Digital help within 10 miles of every home",
            ],
        ),
        (
            "Chapter 4  ·  One card, one catalogue",
            [
                "Move from Galaxy 4 to the Northern Libraries\nConsortium's shared Spydus system",
                "One library card valid across the\nconsortium's six authorities",
                "A second home delivery van and a daily\nreservation run",
                "Refresh the self-service kiosks at the\n14 town libraries",
            ],
            [
                "85% of reservations in readers' hands\nwithin 7 days",
                "Borrowers can use any of 180 libraries\nin the consortium",
            ],
        ),
    ]
    for title, do, change in chapters:
        pdf.slide("The four chapters", title)
        pdf.columns([("What we will do", do), ("What it will change", change)])

    # 12 KPI table
    pdf.slide("Measures", "How we will measure Open Shelves")
    end = pdf.grid(
        [
            ["Measure", "Baseline 2026/27", "Target", "By"],
            ["Average weekly opening hours, town libraries", "34", "60", "March 2030"],
            ["Physical visits to libraries a year", "1.41m", "1.83m", "2029/30"],
            ["Children finishing the Summer Reading Challenge", "5,600", "9,000", "Summer 2029"],
            ["Borrowers active in the last 12 months", "58,700", "75,000", "March 2030"],
            [
                "Residents helped at digital help sessions",
                "3,100 a year",
                "8,000 a year",
                "2029/30",
            ],
            ["Reservations delivered within 7 days", "58%", "85%", "March 2030"],
        ],
        [130, 55, 55, 66],
    )
    pdf.note(end + 4, "Baselines are 2026/27 actuals. Financial years run April to March.")

    # 13 roadmap
    pdf.slide("Roadmap", "Three horizons, October 2027 to March 2030")
    pdf.columns(
        [
            (
                "Horizon 1  ·  Foundations",
                [
                    "Oct 2027 to Mar 2028 (rest of FY2027/28)",
                    "Open+ survey of all 14 town libraries",
                    "Galaxy to Spydus migration plan agreed",
                    "Lamplight libraries refitted",
                    "Gate 1, March 2028: ready to pilot",
                ],
            ),
            (
                "Horizon 2  ·  Prove",
                [
                    "FY2028/29: Apr 2028 to Mar 2029",
                    "Project Lamplight live at two libraries",
                    "Spydus go-live, October 2028",
                    "40 Digital Champions trained",
                    "Gate 2, March 2029: Lamplight go/no-go",
                ],
            ),
            (
                "Horizon 3  ·  Scale",
                [
                    "FY2029/30: Apr 2029 to Mar 2030",
                    "Open+ at the other 12 town libraries",
                    "Second delivery van on the road",
                    "Year 1 library cards in every school",
                    "Gate 3, March 2030: benefits review",
                ],
            ),
        ],
        panels=True,
    )

    # 14 pilot
    pdf.slide("Pilot", "Project Lamplight: extended access at two libraries")
    pdf.columns(
        [
            (
                "Scope",
                [
                    "Hollin Bridge and Marrowby libraries",
                    "Open+ from 8am to 8pm, seven days\na week",
                    "April 2028 to March 2029",
                    "Staffed hours unchanged",
                ],
            ),
            (
                "Success criteria",
                [
                    "Both libraries open 60 hours a week\nor more",
                    "Visits up 25% on 2026/27",
                    "No serious safety incident in\nunstaffed hours",
                    "70% of Open+ users rate it good\nor very good",
                ],
            ),
            (
                "Go / no-go",
                [
                    "Libraries Transformation Board,\nMarch 2029",
                    "Go: Open+ at 12 more libraries\nin 2029/30",
                    "No-go: fix and re-run at the same\ntwo libraries for six months",
                ],
            ),
        ],
        panels=True,
    )

    # 15 first 100 days
    pdf.slide("First 100 days", "The first 100 days, from 1 October 2027")
    pdf.numbered(
        [
            "Appoint the Open Shelves Programme Manager and hold the first Libraries Transformation Board",
            "Set the 2026/27 baselines for every measure and publish them",
            "Open the 45-day consultation with UNISON on retimed staffed hours",
            "Survey the 14 town library entrances for Open+ door control and network points",
            "Sign the Northern Libraries Consortium membership agreement",
            "Agree a data sharing agreement with schools for Year 1 library cards",
            "Complete the data protection impact assessment for CCTV in unstaffed hours",
            "Recruit the first 10 Library Friends at Hollin Bridge and Marrowby",
            "Order the 600 tablets and their data plans",
            "Brief the Library Users' Forum and ward members on Lamplight",
        ]
    )

    # 16 investment
    pdf.slide("Investment", "What Open Shelves costs")
    end = pdf.grid(
        [
            ["£m", "2027/28", "2028/29", "2029/30", "Total"],
            ["Open+ access and building works", "0.4", "1.1", "1.3", "2.8"],
            ["Spydus migration and kiosks", "0.2", "0.5", "0.1", "0.8"],
            ["Tablets and public PCs", "0.1", "0.2", "0.0", "0.3"],
            ["Programme team and training (revenue)", "0.3", "0.5", "0.4", "1.2"],
            ["Total", "1.0", "2.3", "1.8", "5.1"],
        ],
        [130, 44, 44, 44, 44],
    )
    pdf.note(
        end + 4,
        "Capital £3.9m from the capital programme; revenue £1.2m from the transformation "
        "reserve. Net saving of £0.6m a year from 2030/31.",
    )

    # 17 risks
    pdf.slide("Risks", "What could go wrong, and what we will do")
    pdf.grid(
        [
            ["Risk", "Rating", "Mitigation"],
            [
                "UNISON opposes retimed staffed hours",
                "Medium",
                "Consult early; keep staffed hours at today's level",
            ],
            [
                "Antisocial behaviour in unstaffed hours",
                "Medium",
                "CCTV, help points and a Library Friend on call",
            ],
            [
                "Spydus move slips past Galaxy's end of support",
                "High",
                "Book the October 2028 consortium slot now",
            ],
            [
                "Network points delay the Open+ fit-out",
                "Medium",
                "Survey every entrance in the first 100 days",
            ],
            [
                "Bookstart funding ends in March 2028",
                "Low",
                "Bid to the council's public health grant",
            ],
        ],
        [110, 30, 166],
    )

    # 18 governance and asks
    pdf.slide("Governance and decisions", "How we will run it, and what Cabinet is asked to do")
    pdf.columns(
        [
            (
                "How we will govern",
                [
                    "Libraries Transformation Board, monthly,\nchaired by the Director of Communities",
                    "Programme Manager reports progress and\nbenefits each month",
                    "Gate decisions by the Board; spend above\n£500,000 goes to Cabinet",
                    "Quarterly report to Communities Scrutiny",
                ],
            ),
            (
                "Cabinet is asked to",
                [
                    "Approve Open Shelves 2030 and its four\nchapters",
                    "Approve £3.9m capital and £1.2m revenue\nover three years",
                    "Approve Project Lamplight at Hollin Bridge\nand Marrowby",
                    "Note the consultation with UNISON",
                ],
            ),
        ]
    )
    return pdf


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


# =========================================================================== Brackenfold
# Built wholly from free text boxes and shapes on the Blank layout: a question as each
# slide's title, a thin teal bar at the left of the title, "CLOSING THE LOOP" and a page
# counter at the foot, section-divider slides, the four moves as one group of shapes joined
# by connectors, KPI targets as bars with their values in separate text boxes, and speaker
# notes that carry part of the content.

SLATE = (34, 49, 63)
TEAL = (0, 128, 118)
LIME = (140, 190, 60)
MIST = (228, 236, 234)
STONE = (150, 150, 150)


class Brackenfold:
    def __init__(self) -> None:
        self.prs = new_deck()

    def page(self, question: str, kicker: str | None = None) -> Slide:
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[BLANK])
        n = len(self.prs.slides)
        filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.5, 0.45, 0.08, 0.8, TEAL)
        text_box(slide.shapes, 0.75, 0.35, 11.5, 0.9, [question], 30, True, SLATE)
        if kicker:
            text_box(slide.shapes, 0.75, 1.2, 11.5, 0.5, [kicker], 14, False, STONE)
        text_box(slide.shapes, 0.5, 7.0, 4.0, 0.3, ["CLOSING THE LOOP"], 9, True, TEAL)
        text_box(slide.shapes, 12.0, 7.0, 1.0, 0.3, [f"{n} / 22"], 9, False, STONE)
        return slide

    def divider(self, part: str, name: str, strap: str) -> Slide:
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[BLANK])
        filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, TEAL)
        text_box(slide.shapes, 1.0, 2.2, 6.0, 0.6, [part.upper()], 16, True, MIST)
        text_box(slide.shapes, 1.0, 2.8, 11.0, 1.2, [name], 44, True, (255, 255, 255))
        text_box(slide.shapes, 1.0, 4.1, 11.0, 0.6, [strap], 18, False, MIST)
        return slide

    def items(
        self, slide: Slide, lines: Sequence[str], left: float = 0.75, top: float = 1.9
    ) -> None:
        """One free text box per item, stacked, each with a small lime square beside it."""
        for i, line in enumerate(lines):
            y = top + i * 0.95
            filled(slide.shapes, MSO_SHAPE.RECTANGLE, left, y + 0.12, 0.14, 0.14, LIME)
            text_box(slide.shapes, left + 0.3, y, 11.6 - left, 0.85, [line], 16)


def build_brackenfold() -> PresentationType:
    b = Brackenfold()
    prs = b.prs

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 5.2, 7.5, SLATE)
    text_box(s.shapes, 0.6, 0.8, 4.2, 0.8, ["BRACKENFOLD", "RESOURCE RECOVERY"], 16, True, LIME)
    text_box(s.shapes, 5.8, 2.2, 7.0, 1.2, ["Closing the Loop"], 48, True, SLATE)
    text_box(s.shapes, 5.8, 3.5, 7.0, 0.9, ["Our collections, sorting and sites plan to 2030"], 20)
    text_box(s.shapes, 5.8, 5.6, 7.0, 0.5, ["Board meeting, 9 November 2027"], 14, True, TEAL)
    text_box(s.shapes, 5.8, 6.0, 7.0, 0.5, ["Paper B/27/41  ·  For decision"], 12, False, STONE)
    notes(s, ["Presented by the Chief Operating Officer. About 40 minutes with questions."])

    # 2 executive summary
    s = b.page("Closing the Loop on one page")
    for i, (big, label) in enumerate(
        [
            ("65%", "household recycling rate by December 2030"),
            ("8%", "contamination in what we collect for recycling"),
            ("40", "missed collections per 100,000, from 96"),
            ("24 t", "sorted each hour the MRF runs, from 18 t"),
        ]
    ):
        x = 0.75 + i * 3.05
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.6, 2.85, 2.0, MIST)
        text_box(s.shapes, x + 0.15, 1.7, 2.6, 0.9, [big], 40, True, TEAL)
        text_box(s.shapes, x + 0.15, 2.65, 2.6, 0.9, [label], 13)
    text_box(
        s.shapes,
        0.75,
        4.0,
        11.8,
        2.6,
        [
            "Our recycling rate has stalled at 52% and a sixth of what residents put out for "
            "recycling is rejected at the MRF.",
            "Four moves over three years: cleaner kerbside, a smarter MRF, sites people want "
            "to use and commercial recycling that pays.",
            "We start small: Project Magpie tests bin tagging and in-cab reporting on 12 "
            "Dunmere rounds from July 2028.",
        ],
        16,
    )
    notes(
        s,
        [
            "The four tiles are the December 2030 targets; the full set of six is on slide 14.",
            "Capital of £6.8m is asked for on slide 22.",
        ],
    )

    # 3 divider
    b.divider("Part 1", "The case for change", "Where we stand, what we heard, what is moving")

    # 4 current state
    s = b.page("Where are we today?", "2026/27, across our three council contracts and the MRF")
    stats = [
        ("52%", "of household waste recycled or composted across our three council contracts"),
        ("17%", "of kerbside dry recycling rejected at the MRF as contaminated"),
        ("96", "missed bins for every 100,000 lifts, against 60 in our contracts"),
        ("18 t", "sorted an hour at the MRF, on sorters installed in 2014"),
        ("410 t", "reused through the HWRC reuse shops"),
        ("38%", "of our commercial customers buy a recycling service from us"),
    ]
    for i, (big, label) in enumerate(stats):
        x = 0.75 + (i % 3) * 4.1
        y = 1.9 + (i // 3) * 2.4
        text_box(s.shapes, x, y, 3.8, 0.8, [big], 36, True, SLATE)
        text_box(s.shapes, x, y + 0.85, 3.8, 1.2, [label], 14)
    notes(s, ["All figures are 2026/27 outturns from the Cairn warehouse, checked by Finance."])

    # 5 quotes
    s = b.page(
        "What did we hear?", "Residents' panels, crew briefings and client officers, summer 2027"
    )
    quotes = [
        (
            '"Nobody tells us what we got wrong. The bin just doesn\'t get emptied."',
            "Resident, Dunmere",
        ),
        (
            '"We see the contamination at the kerb. There\'s no way to report it from the cab."',
            "Loader, Hallam Road depot",
        ),
        (
            '"The queue at the tip on a Saturday is forty minutes. I\'ve given up."',
            "Resident, Kellbeck",
        ),
        (
            '"Your missed-bin numbers are the first thing my members ask about."',
            "Client officer, Dunmere District Council",
        ),
    ]
    for i, (quote, who) in enumerate(quotes):
        x = 0.75 + (i % 2) * 6.1
        y = 1.9 + (i // 2) * 2.4
        text_box(s.shapes, x, y, 5.7, 1.3, [quote], 17, False, SLATE)
        text_box(s.shapes, x, y + 1.35, 5.7, 0.4, [who], 12, True, TEAL)

    # 6 context
    s = b.page("What is changing around us?")
    b.items(
        s,
        [
            "Weekly food waste collections are now required for every household in England.",
            "Packaging producers fund household collections through EPR payments from 2025/26.",
            "Residual waste gate fees have risen 22% since 2023.",
            "Two of our three council contracts come up for renewal by 2031.",
        ],
    )

    # 7 divider
    b.divider("Part 2", "The plan", "Where we want to be, the four moves and how we will know")

    # 8 north star
    s = b.page("Where do we want to be by 2030?")
    text_box(
        s.shapes,
        0.75,
        1.9,
        11.8,
        1.2,
        ["A region where nothing useful goes to waste."],
        32,
        True,
        TEAL,
    )
    text_box(
        s.shapes,
        0.75,
        3.6,
        11.8,
        1.2,
        [
            "By the end of 2030, all 162,000 households on our rounds will have a weekly food waste collection."
        ],
        22,
    )
    notes(
        s,
        [
            "The first line is the ambition we share with our three councils.",
            "The second is the commitment we are holding ourselves to; Dunmere's 48,000 "
            "households go first, in 2028.",
        ],
    )

    # 9 four moves: one group of shapes joined by connectors
    s = b.page("What will we change?", "Four moves, one loop")
    group = s.shapes.add_group_shape()
    hub = filled(
        group.shapes, MSO_SHAPE.OVAL, 5.4, 3.3, 2.5, 1.5, SLATE, ["Closing the Loop"], 16, True
    )
    moves = [
        (0.9, 1.8, ["Move 1  Cleaner kerbside", "Right thing, right bin, first time"]),
        (8.9, 1.8, ["Move 2  A smarter MRF", "More sorted, better bales"]),
        (0.9, 5.0, ["Move 3  Sites people want to use", "Shorter queues, more reuse"]),
        (8.9, 5.0, ["Move 4  Commercial recycling that pays", "Every business customer recycling"]),
    ]
    for x, y, lines in moves:
        box = filled(
            group.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, 3.6, 1.4, TEAL, lines, 14, False
        )
        line = group.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, 0, 0, 0, 0)
        line.begin_connect(hub, 0 if y < 3 else 2)
        line.end_connect(box, 2 if y < 3 else 0)
        line.line.color.rgb = rgb(STONE)

    # 10-13 the moves
    move_pages = [
        (
            "How do we get cleaner kerbside recycling?",
            "Move 1  ·  Cleaner kerbside",
            [
                "We will tag contaminated bins with a reason card, and write on the third tag.",
                "We will fit CrewLink in-cab tablets to all 63 collection vehicles.",
                "Crews report contamination and missed bins from the cab, with a photo.",
                "Weekly food waste collections for every household, Dunmere first.",
            ],
            [
                "Before tagging starts in Dunmere, we will rebalance the 14 Dunmere rounds so "
                "crews have time to check bins.",
                "The reason cards come in English, Polish and Romanian.",
            ],
        ),
        (
            "How does the MRF sort more, and better?",
            "Move 2  ·  A smarter MRF",
            [
                "Replacement of the two 2014 optical sorters with AI-guided units.",
                "A robotic picker on the container line.",
                "A fixed weekly maintenance window on Saturday afternoons.",
                "Sell fibre and plastic bales on quality-graded contracts.",
            ],
            ["The sorter swap needs a two-week shutdown; we will divert to Ashby MRF for it."],
        ),
        (
            "How do we make our sites places people want to use?",
            "Move 3  ·  Sites people want to use",
            [
                "A reuse shop at all nine HWRCs, run with ReNew Calder.",
                "Meet-and-greet staff at the gate to catch reusable items.",
                "Bookings in SiteSlot kept for vans and trailers; cars walk in.",
            ],
            ["Kellbeck and Scarrow get a second unloading bay in 2029."],
        ),
        (
            "How does commercial recycling pay its way?",
            "Move 4  ·  Commercial recycling that pays",
            [
                "A mixed recycling and food waste bundle for small businesses.",
                "Tonnage-based pricing from WeighPoint data on every invoice.",
                "Join Dynamics 365 customer records to WeighPoint tonnage.",
            ],
            ["Sales targets for the bundle sit with the Commercial Sales Manager."],
        ),
    ]
    for question, kicker, lines, note_lines in move_pages:
        s = b.page(question, kicker)
        b.items(s, lines)
        notes(s, note_lines)

    # 14 KPI bars: label, baseline bar and value, target bar and value, in separate shapes
    s = b.page("How will we know?", "Targets for December 2030, against 2026/27")
    kpis = [
        ("Household recycling rate across our three contracts", "52%", "65%", 0.52, 0.65),
        ("Contamination in kerbside dry recycling", "17%", "8%", 0.34, 0.16),
        ("Missed collections per 100,000 collections", "96", "40", 0.64, 0.27),
        ("Tonnes sorted per MRF operating hour", "18 t", "24 t", 0.6, 0.8),
        ("Tonnes diverted to reuse at our HWRCs", "410 t", "1,200 t", 0.27, 0.8),
        ("Commercial customers taking a recycling service", "38%", "70%", 0.38, 0.7),
    ]
    text_box(s.shapes, 6.0, 1.65, 2.0, 0.3, ["2026/27"], 10, True, STONE)
    text_box(s.shapes, 8.0, 1.65, 2.0, 0.3, ["Dec 2030"], 10, True, TEAL)
    for i, (label, base, target, wb, wt) in enumerate(kpis):
        y = 2.0 + i * 0.8
        text_box(s.shapes, 0.75, y, 5.1, 0.7, [label], 13)
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.0, y + 0.05, 5.0 * wb, 0.25, (200, 200, 200))
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.0, y + 0.35, 5.0 * wt, 0.25, TEAL)
        text_box(s.shapes, 6.1 + 5.0 * wb, y - 0.02, 1.2, 0.3, [base], 11, False, STONE)
        text_box(s.shapes, 6.1 + 5.0 * wt, y + 0.28, 1.2, 0.3, [target], 11, True, TEAL)
    notes(
        s,
        [
            "Each measure has an owner and a definition in the metric register.",
            "The recycling rate follows the WasteDataFlow definition the councils report.",
        ],
    )

    # 15 divider
    b.divider("Part 3", "Making it happen", "Timing, the pilot, the first 100 days, cost, risk")

    # 16 roadmap: crawl / walk / run
    s = b.page("When will it happen?", "Three stages from January 2028 to December 2030")
    stages = [
        (
            "Crawl",
            "January to June 2028",
            [
                "CrewLink on every vehicle",
                "Dunmere rounds rebalanced",
                "Sorter contract signed",
                "Gate: ready for Magpie (June 2028)",
            ],
        ),
        (
            "Walk",
            "July 2028 to June 2029",
            [
                "Project Magpie on 12 Dunmere rounds",
                "Optical sorters replaced",
                "Reuse shops at four HWRCs",
                "Gate: Magpie go/no-go (January 2029)",
            ],
        ),
        (
            "Run",
            "July 2029 to December 2030",
            [
                "Tagging on every round, all three contracts",
                "Weekly food waste for all households",
                "Commercial bundle on sale",
                "Gate: benefits review (December 2030)",
            ],
        ),
    ]
    for i, (name, span, lines) in enumerate(stages):
        x = 0.75 + i * 4.05
        filled(
            s.shapes, MSO_SHAPE.PENTAGON, x, 1.9, 3.9, 0.8, [TEAL, SLATE, LIME][i], [name], 22, True
        )
        text_box(s.shapes, x, 2.8, 3.8, 0.4, [span], 14, True, SLATE)
        text_box(s.shapes, x, 3.3, 3.8, 3.0, lines, 13)

    # 17 pilot
    s = b.page("Where do we start?", "Project Magpie: 12 rounds in Dunmere, July to December 2028")
    cols = [
        (
            "What we will try",
            [
                "Bin tagging with reason cards on 12 Dunmere rounds",
                "In-cab reporting of contamination and missed bins",
                "A letter and a crew visit on the third tag",
            ],
        ),
        (
            "Success looks like",
            [
                "Contamination in Dunmere's recycling down from 19% to 12%",
                "Missed collections under 50 per 100,000 on the pilot rounds",
                "Tags recorded on 95% of pilot rounds",
                "Round times within 20 minutes of today's",
            ],
        ),
        (
            "Then we decide",
            [
                "Go/no-go at the Steering Group in January 2029",
                "Go: tagging on every round from July 2029",
                "No-go: change the cards and run three more months",
            ],
        ),
    ]
    for i, (head, lines) in enumerate(cols):
        x = 0.75 + i * 4.1
        text_box(s.shapes, x, 1.9, 3.8, 0.5, [head], 16, True, TEAL)
        text_box(s.shapes, x, 2.5, 3.8, 4.0, lines, 13)
    notes(
        s,
        [
            "Magpie's 12 rounds run from the Hallam Road depot.",
            "We will also film six rounds with in-cab cameras before the pilot, for a fair "
            "baseline of round times.",
        ],
    )

    # 18 first 100 days
    s = b.page("What happens in the first 100 days?", "From 3 January 2028")
    b.items(
        s,
        [
            "Appoint the programme manager and hold the first Steering Group",
            "Lock the 2026/27 baselines in Cairn for all six measures",
            "Start talks with the GMB on tagging and in-cab reporting",
            "Order CrewLink tablets for the remaining vehicles",
            "Issue the tender for the optical sorters",
        ],
        top=1.8,
    )
    notes(
        s,
        [
            "Two things that are not on the slide but sit in the 100 days:",
            "Agree the bin tag wording with the three councils' communications teams by week 6.",
            "Sign the reuse shop licence extension with ReNew Calder.",
        ],
    )

    # 19 investment
    s = b.page("What will it cost?")
    b.items(
        s,
        [
            "£6.8m capital over three years, of which £4.1m is the MRF sorters and picker.",
            "£1.9m revenue for the programme team, training and resident communications.",
            "Payback in about four and a half years, from bale income and EPR payments.",
            "Contamination costs us £1.3m a year in rejected loads today.",
        ],
    )

    # 20 risks
    s = b.page("What could go wrong?")
    risks = [
        (
            "Crews see tagging as extra work",
            "Rebalance rounds first; agree the method with the GMB",
        ),
        ("Residents complain about tags", "Clear reason cards; a named contact in each council"),
        ("The sorter swap overruns", "Fixed-price contract; divert to Ashby MRF during the swap"),
        ("A council retenders its contract", "Share Magpie results with all three councils early"),
    ]
    text_box(s.shapes, 0.75, 1.6, 5.5, 0.4, ["Risk"], 14, True, TEAL)
    text_box(s.shapes, 6.6, 1.6, 6.0, 0.4, ["What we will do"], 14, True, TEAL)
    for i, (risk, mitigation) in enumerate(risks):
        y = 2.1 + i * 1.05
        text_box(s.shapes, 0.75, y, 5.5, 0.9, [risk], 15, True, SLATE)
        text_box(s.shapes, 6.6, y, 6.0, 0.9, [mitigation], 15)

    # 21 governance
    s = b.page("Who decides?")
    b.items(
        s,
        [
            "The Closing the Loop Steering Group meets monthly, chaired by the Chief Operating Officer.",
            "It takes each stage gate and the Magpie go/no-go.",
            "Capital above £1m goes to the group board for approval.",
            "The Joint Waste Partnership Members' Panel is consulted each quarter.",
        ],
    )

    # 22 asks
    s = b.page("What do we need from the Board?")
    b.items(
        s,
        [
            "Approve Closing the Loop and its four moves.",
            "Approve £6.8m capital and £1.9m revenue over three years.",
            "Approve Project Magpie in Dunmere from July 2028.",
        ],
    )
    return prs


# =========================================================================== Hartwell & Vale
# A consultancy's deck: action titles (whole sentences) in the Title Only layout's
# placeholder, a section tracker at the top right, a source line and a page number at the
# foot, native tables (a "From -> To" table, initiatives coded "Initiative 2.3 - ...", the
# KPI table, investment and risks), OKRs written "O1:" / "KR1.2:", and a Gantt roadmap: bars
# drawn as shapes under quarter labels, the wave names inside the top row of bars.

NAVY = (20, 36, 74)
GOLD = (196, 154, 60)
SKY = (222, 231, 245)
INK = (60, 60, 60)
SECTIONS = ("Context", "Plan", "Delivery")


def hv_slide(prs: PresentationType, title: str, section: str, source: str | None = None) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    assert slide.shapes.title is not None
    slide.shapes.title.left, slide.shapes.title.top = Inches(0.5), Inches(0.45)
    slide.shapes.title.width, slide.shapes.title.height = Inches(10.6), Inches(1.1)
    slide.shapes.title.text = title
    for para in slide.shapes.title.text_frame.paragraphs:
        para.alignment = 1
        for run in para.runs:
            run.font.size = Pt(24)
            run.font.bold = True
            run.font.color.rgb = rgb(NAVY)
    for i, name in enumerate(SECTIONS):
        on = name == section
        filled(
            slide.shapes,
            MSO_SHAPE.RECTANGLE,
            11.2 + i * 0.68,
            0.25,
            0.64,
            0.26,
            NAVY if on else SKY,
            [name],
            8,
            on,
            (255, 255, 255) if on else NAVY,
        )
    if source:
        text_box(slide.shapes, 0.5, 6.95, 9.0, 0.3, [f"Source: {source}"], 8, False, INK)
    n = len(prs.slides)
    text_box(slide.shapes, 12.3, 6.95, 0.6, 0.3, [str(n)], 9, True, NAVY)
    return slide


def hv_table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    top: float = 1.75,
    size: float = 12,
) -> None:
    shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(0.5),
        Inches(top),
        Inches(sum(widths)),
        Emu(Inches(0.45) * len(rows)),
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


def build_hartwell() -> PresentationType:
    prs = new_deck()

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    assert s.shapes.title is not None
    s.shapes.title.text = "Members First 2030"
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 6.6, 13.333, 0.9, NAVY)
    text_box(s.shapes, 0.9, 3.4, 11.5, 0.6, ["Hartwell & Vale Building Society"], 22, True, NAVY)
    text_box(
        s.shapes,
        0.9,
        4.0,
        11.5,
        0.6,
        ["Mortgage, savings and member service strategy, July 2027 to December 2029"],
        18,
    )
    text_box(
        s.shapes, 0.9, 4.8, 11.5, 0.5, ["Board strategy paper  ·  18 May 2027"], 14, True, GOLD
    )
    text_box(
        s.shapes,
        0.9,
        6.8,
        11.5,
        0.4,
        ["Prepared with Calloway Partners  ·  Strictly confidential"],
        11,
        False,
        (255, 255, 255),
    )

    # 2 executive summary
    s = hv_slide(
        prs,
        "Members First makes the Society faster to lend, easier to save with and better at helping members who need it",
        "Context",
    )
    for i, (big, label) in enumerate(
        [
            ("8 days", "median application to mortgage offer, from 19"),
            ("55%", "of members using the app, from 22%"),
            ("75%", "of complaints resolved within 3 working days"),
            ("60%", "cost-to-income ratio in 2029, from 68%"),
        ]
    ):
        x = 0.5 + i * 3.1
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.8, 2.9, 0.08, GOLD)
        text_box(s.shapes, x, 1.95, 2.9, 0.8, [big], 36, True, NAVY)
        text_box(s.shapes, x, 2.8, 2.9, 0.8, [label], 12)
    text_box(
        s.shapes,
        0.5,
        4.0,
        12.2,
        2.6,
        [
            "The Society is trusted but slow: mortgage offers take twice as long as the fastest peers.",
            "Four objectives, delivered in three waves from July 2027 to December 2029.",
            "Project Halyard proves the 8-day offer with three broker firms in 2028.",
            "The Board is asked to approve £9.2m of change spend over three years.",
        ],
        15,
    )

    # 3 current state
    s = hv_slide(
        prs,
        "Mortgage offers take 19 working days, twice as long as our fastest peers",
        "Context",
        "Society MI, 2026; peer figures from the Calloway building society benchmark, 2026",
    )
    hv_table(
        s,
        [
            ["Indicator, 2026", "Hartwell & Vale", "Peer median", "Best peer"],
            ["Working days to offer (median)", "19", "13", "9"],
            ["Share of members on the app", "22%", "41%", "63%"],
            ["Savings opened online", "31%", "58%", "81%"],
            ["Complaints closed in 3 days", "48%", "61%", "74%"],
            ["Cost:income", "68%", "62%", "54%"],
        ],
        [4.6, 2.4, 2.4, 2.4],
    )
    text_box(
        s.shapes,
        0.5,
        5.0,
        12.0,
        1.4,
        [
            "Brokers introduce 87% of our mortgage lending; their top complaint is time to offer.",
            "We have 212,000 members, 38 branches and £6.1bn of assets.",
        ],
        14,
    )

    # 4 member research
    s = hv_slide(
        prs,
        "Members value the branches but want to do routine things on their phone",
        "Context",
        "Member research with 1,640 members, March 2027; broker panel of 22 firms",
    )
    quotes = [
        (
            '"I love my branch, but I shouldn\'t have to queue to move money between accounts."',
            "Saver, 67, Lydford",
        ),
        (
            '"I chased the same case three times last week. Another lender offered in nine days."',
            "Broker, Tollgate Finance",
        ),
        (
            '"After my husband died I told my story four times to four different people."',
            "Member, Hartwell",
        ),
    ]
    for i, (quote, who) in enumerate(quotes):
        x = 0.5 + i * 4.15
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.9, 3.9, 2.8, SKY)
        text_box(s.shapes, x + 0.2, 2.05, 3.5, 2.0, [quote], 15, False, NAVY)
        text_box(s.shapes, x + 0.2, 4.1, 3.5, 0.4, [who], 11, True, GOLD)

    # 5 market context
    s = hv_slide(
        prs,
        "Rates, regulation and rivals all push the same way",
        "Context",
        "FCA; UK Finance; Calloway analysis",
    )
    for i, (head, lines) in enumerate(
        [
            (
                "Regulation",
                [
                    "The Consumer Duty asks us to evidence good outcomes, above all for members in vulnerable circumstances."
                ],
            ),
            (
                "Brokers",
                [
                    "Nine in ten UK mortgages now come through brokers, who place cases with the fastest lender."
                ],
            ),
            ("Rivals", ["App-first banks open a savings account in under five minutes."]),
        ]
    ):
        x = 0.5 + i * 4.15
        text_box(s.shapes, x, 1.9, 3.9, 0.5, [head], 16, True, GOLD)
        text_box(s.shapes, x, 2.5, 3.9, 3.0, lines, 14)

    # 6 from -> to
    s = hv_slide(
        prs,
        "Members First moves the Society from four old ways of working to four new ones",
        "Plan",
    )
    hv_table(
        s,
        [
            ["From", "\u2192", "To"],
            [
                "Three underwriting teams in three offices, each with its own queue",
                "\u2192",
                "One underwriting hub working to a single daily queue",
            ],
            [
                "Savings accounts opened in branch or by post",
                "\u2192",
                "Savings accounts opened in the app in ten minutes",
            ],
            [
                "Support needs written into free-text notes",
                "\u2192",
                "Support needs recorded once and seen by every colleague",
            ],
            [
                "Branches as counters for transactions",
                "\u2192",
                "Branches as member hubs for advice and help",
            ],
        ],
        [5.6, 0.6, 5.8],
        size=14,
    )

    # 7 north star
    s = hv_slide(prs, "Our ambition is simple to say and measured in days", "Plan")
    text_box(s.shapes, 0.5, 1.9, 12.2, 1.0, ["AMBITION"], 11, True, GOLD)
    text_box(
        s.shapes,
        0.5,
        2.3,
        12.2,
        1.2,
        ["To be the building society members trust most, in every community we serve."],
        28,
        True,
        NAVY,
    )
    text_box(s.shapes, 0.5, 4.0, 12.2, 0.4, ["HOW WE WILL HOLD OURSELVES TO IT"], 11, True, GOLD)
    text_box(
        s.shapes,
        0.5,
        4.4,
        12.2,
        1.2,
        [
            "By December 2029, 8 in 10 mortgage applications will reach an offer within 10 working days."
        ],
        20,
    )

    # 8 OKRs
    s = hv_slide(prs, "Four objectives and nine key results make Members First measurable", "Plan")
    okrs = [
        [
            "O1: Members get a mortgage decision in days, not weeks",
            "KR1.1: Median time from full application to offer falls from 19 to 8 working days by Q4 2029",
            "KR1.2: 60% of eligible remortgages valued by automated valuation by Q4 2029",
            "KR1.3: Broker satisfaction score rises from 61 to 80 by Q4 2029",
        ],
        [
            "O2: Savers can do everything on their phone",
            "KR2.1: Members registered for the app rise from 22% to 55% by Q4 2029",
            "KR2.2: 70% of new savings accounts opened digitally by Q4 2029, from 31%",
        ],
        [
            "O3: Members who need help get it first time",
            "KR3.1: Complaints resolved within 3 working days rise from 48% to 75% by Q4 2029",
            "KR3.2: A structured support-needs record for every member who discloses one, by Q2 2028",
            "KR3.3: Every member-facing colleague trained in vulnerability awareness by Q4 2028",
        ],
        [
            "O4: A leaner Society that returns more to members",
            "KR4.1: Cost-to-income ratio falls from 68% to 60% in financial year 2029",
        ],
    ]
    for i, lines in enumerate(okrs):
        x = 0.5 + (i % 2) * 6.2
        y = 1.75 + (i // 2) * 2.6
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 0.08, 2.3, GOLD)
        box = text_box(s.shapes, x + 0.2, y, 5.8, 2.4, lines, 12)
        for run in box.text_frame.paragraphs[0].runs:
            run.font.bold = True
            run.font.size = Pt(14)
            run.font.color.rgb = rgb(NAVY)

    # 9-11 initiatives
    initiative_pages = [
        (
            "Three initiatives take mortgage offers from 19 working days to 8",
            [
                [
                    "Initiative 1.1 \u2014 One underwriting hub at Vale Cross with a single daily queue",
                    "Head of Underwriting",
                    "Wave 1",
                ],
                [
                    "Initiative 1.2 \u2014 Automated valuations for remortgages up to 75% loan to value",
                    "Director of Mortgages",
                    "Wave 2",
                ],
                [
                    "Initiative 1.3 \u2014 Case tracking and document upload in BrokerLink",
                    "Head of Digital Channels",
                    "Wave 1",
                ],
            ],
        ),
        (
            "A rebuilt app and digital checks let savers open and run accounts on their phone",
            [
                [
                    "Initiative 2.1 \u2014 Rebuild of the savings app on the new mobile platform",
                    "Head of Digital Channels",
                    "Wave 1",
                ],
                [
                    "Initiative 2.2 \u2014 Digital ID and open banking checks for new savers",
                    "Head of Financial Crime",
                    "Wave 1",
                ],
                [
                    "Initiative 2.3 \u2014 App help sessions in every branch for members who want them",
                    "Head of Branch Network",
                    "Wave 2",
                ],
            ],
        ),
        (
            "Members who need help are recognised once and helped by a team built for it",
            [
                [
                    "Initiative 3.1 \u2014 A support-needs register in the member record",
                    "Head of Member Support",
                    "Wave 1",
                ],
                [
                    "Initiative 3.2 \u2014 A complaints triage team that resolves simple cases in 3 days",
                    "Head of Member Support",
                    "Wave 1",
                ],
                [
                    "Initiative 3.3 \u2014 Vulnerability training for every member-facing colleague",
                    "Head of People Development",
                    "Wave 1",
                ],
                [
                    "Initiative 4.1 \u2014 Convert 12 branches into member hubs",
                    "Head of Branch Network",
                    "Wave 2",
                ],
            ],
        ),
    ]
    for title, rows in initiative_pages:
        s = hv_slide(prs, title, "Plan")
        hv_table(s, [["Initiative", "Lead", "Wave"], *rows], [8.0, 2.8, 1.2], size=13)

    # 12 KPI table
    s = hv_slide(
        prs,
        "Seven measures, each with a 2026 baseline, a target, a date and an owner",
        "Plan",
        "Baselines from Lighthouse MI, calendar 2026; Q4 2029 is October to December 2029",
    )
    hv_table(
        s,
        [
            ["Metric", "Baseline 2026", "Target", "By", "Owner"],
            [
                "Median working days, full application to mortgage offer",
                "19",
                "8",
                "Q4 2029",
                "Head of Underwriting",
            ],
            [
                "Eligible remortgages valued by automated valuation",
                "0%",
                "60%",
                "Q4 2029",
                "Director of Mortgages",
            ],
            [
                "Broker satisfaction score (quarterly panel)",
                "61",
                "80",
                "Q4 2029",
                "Director of Mortgages",
            ],
            ["Members registered for the app", "22%", "55%", "Q4 2029", "Head of Digital Channels"],
            ["New savings accounts opened digitally", "31%", "70%", "Q4 2029", "Head of Savings"],
            [
                "Complaints resolved within 3 working days",
                "48%",
                "75%",
                "Q4 2029",
                "Head of Member Support",
            ],
            ["Cost-to-income ratio", "68%", "60%", "FY2029", "Finance Director"],
        ],
        [5.2, 1.6, 1.2, 1.2, 3.0],
        size=12,
    )

    # 13 Gantt roadmap
    s = hv_slide(
        prs,
        "A three-wave roadmap reaches full scale by the end of 2029",
        "Delivery",
    )
    quarters = [
        "Q3 27",
        "Q4 27",
        "Q1 28",
        "Q2 28",
        "Q3 28",
        "Q4 28",
        "Q1 29",
        "Q2 29",
        "Q3 29",
        "Q4 29",
    ]
    x0, qw = 2.6, 1.02
    for i, q in enumerate(quarters):
        text_box(s.shapes, x0 + i * qw, 1.6, qw, 0.3, [q], 10, True, NAVY)
    lanes = [
        (
            "",
            [
                (0, 1, "Wave 0 \u00b7 Mobilise", NAVY),
                (1, 5, "Wave 1 \u00b7 Prove", NAVY),
                (5, 10, "Wave 2 \u00b7 Scale", NAVY),
            ],
        ),
        (
            "Mortgages",
            [
                (1, 3, "Hub design and move", GOLD),
                (3, 5, "Project Halyard", GOLD),
                (5, 8, "Hub for all broker cases", GOLD),
                (6, 10, "Automated valuations", GOLD),
            ],
        ),
        (
            "Savings",
            [
                (1, 5, "App rebuild", GOLD),
                (3, 5, "Digital ID live", GOLD),
                (5, 8, "App for every saver", GOLD),
            ],
        ),
        (
            "Member support",
            [
                (2, 4, "Support-needs register", GOLD),
                (3, 6, "Triage team", GOLD),
                (4, 6, "Vulnerability training", GOLD),
            ],
        ),
        ("Branches", [(6, 10, "12 member hubs", GOLD)]),
    ]
    for row, (label, bars) in enumerate(lanes):
        y = 2.0 + row * 0.85
        if label:
            text_box(s.shapes, 0.5, y, 2.0, 0.4, [label], 12, True, NAVY)
        for k, (start, end, text, color) in enumerate(bars):
            offset = 0.38 if (row and k % 2) else 0.0
            filled(
                s.shapes,
                MSO_SHAPE.RECTANGLE,
                x0 + start * qw + 0.03,
                y + offset,
                (end - start) * qw - 0.06,
                0.34,
                color,
                [text],
                10,
                row == 0,
            )
    gates = [
        (1, "G0 Sep 2027: mobilised"),
        (5, "G1 Sep 2028: Halyard go/no-go"),
        (10, "G2 Dec 2029: benefits review"),
    ]
    for pos, gate in gates:
        filled(s.shapes, MSO_SHAPE.DIAMOND, x0 + pos * qw - 0.15, 6.35, 0.3, 0.3, GOLD)
        text_box(s.shapes, x0 + pos * qw - 1.6, 6.6, 1.9, 0.3, [gate], 9, True, NAVY)

    # 14 pilot
    s = hv_slide(
        prs,
        "Project Halyard proves the 8-day offer with three broker firms before we scale",
        "Delivery",
    )
    for i, (head, lines) in enumerate(
        [
            (
                "Scope",
                [
                    "Purchase and remortgage cases from Mercer Lane, Tollgate Finance and Brightwater Mortgages",
                    "Every Halyard case underwritten in the Vale Cross hub",
                    "April to September 2028, about 900 cases",
                ],
            ),
            (
                "Success criteria",
                [
                    "Median 8 working days from full application to offer on Halyard cases",
                    "95% of underwriting files pass quality checks",
                    "Broker satisfaction of 75 or more at the three firms",
                    "Early arrears on Halyard lending no higher than the book",
                ],
            ),
            (
                "Go / no-go",
                [
                    "Executive Committee, September 2028 (gate G1)",
                    "Go: every broker case through the hub from Q4 2028",
                    "No-go: a second Halyard run of three months",
                ],
            ),
        ]
    ):
        x = 0.5 + i * 4.15
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.8, 3.9, 0.45, NAVY, [head], 14, True)
        text_box(s.shapes, x, 2.4, 3.9, 4.0, lines, 13)

    # 15 first 100 days
    s = hv_slide(
        prs, "The first 100 days set up the hub, the register and the baselines", "Delivery"
    )
    text_box(
        s.shapes,
        0.5,
        1.8,
        12.2,
        4.9,
        [
            "1. Appoint the Members First Programme Director and hold the first Steering Committee",
            "2. Confirm the 2026 baselines for the seven measures in Lighthouse",
            "3. Agree the hub design and the move of Hartwell and Lydford cases to Vale Cross",
            "4. Consult the Staff Association on the hub and on branch roles",
            "5. Take the automated valuation proposal to the Board Risk Committee in September",
            "6. Sign the three Halyard broker firms",
            "7. Add a structured support-needs field to the member record",
            "8. Extend the open banking supplier trial beyond December 2027",
            "9. Brief the Member Council on Members First",
        ],
        15,
    )

    # 16 investment
    s = hv_slide(
        prs,
        "£9.2m of change spend over three years pays back by 2031",
        "Delivery",
        "Finance, May 2027; savings are run-rate, net of new running costs",
    )
    hv_table(
        s,
        [
            ["£m", "2027", "2028", "2029", "Total"],
            ["Mortgages: hub, BrokerLink, valuations", "0.6", "1.9", "1.1", "3.6"],
            ["Savings: app and digital checks", "0.4", "1.6", "0.6", "2.6"],
            ["Member support and training", "0.2", "0.7", "0.3", "1.2"],
            ["Branches to member hubs", "0.0", "0.3", "1.5", "1.8"],
            ["Total change spend", "1.2", "4.5", "3.5", "9.2"],
            ["Run-rate saving", "0.0", "0.8", "2.9", ""],
        ],
        [5.2, 1.5, 1.5, 1.5, 1.5],
    )

    # 17 risks
    s = hv_slide(prs, "Four risks matter most, and each has an owner", "Delivery")
    hv_table(
        s,
        [
            ["Risk", "Impact", "Mitigation", "Owner"],
            [
                "Underwriters leave rather than move offices",
                "High",
                "Hybrid working for hub underwriters; retention payments",
                "Head of Underwriting",
            ],
            [
                "Board Risk Committee declines automated valuation",
                "Medium",
                "Start at 60% LTV; back-test against 2025-26 valuations",
                "Chief Risk Officer",
            ],
            [
                "The app rebuild slips into the change freeze",
                "Medium",
                "Release by October 2028 or hold to January",
                "Chief Information Officer",
            ],
            [
                "Members see hubs as closures",
                "High",
                "12 weeks' notice and drop-in events",
                "Head of Branch Network",
            ],
        ],
        [3.8, 1.1, 4.6, 2.6],
        size=12,
    )

    # 18 governance and asks
    s = hv_slide(
        prs, "The Board is asked to approve Members First, £9.2m and Project Halyard", "Delivery"
    )
    text_box(s.shapes, 0.5, 1.8, 5.9, 0.4, ["Governance"], 16, True, GOLD)
    text_box(
        s.shapes,
        0.5,
        2.3,
        5.9,
        4.0,
        [
            "Members First Steering Committee, monthly, chaired by the Chief Operating Officer",
            "Gate decisions G0 to G2 by the Steering Committee; G1 confirmed by the Executive Committee",
            "Quarterly progress to the Board; the Member Council consulted twice a year",
        ],
        14,
    )
    text_box(s.shapes, 6.8, 1.8, 5.9, 0.4, ["The Board is asked to"], 16, True, GOLD)
    text_box(
        s.shapes,
        6.8,
        2.3,
        5.9,
        4.0,
        [
            "Approve Members First 2030 and its four objectives",
            "Approve change spend of £9.2m over 2027 to 2029",
            "Approve Project Halyard from April 2028",
        ],
        14,
    )
    return prs


# =========================================================================== org folders
# Calderwick: the roster is a Markdown org chart, nested bullets by reporting line, each
# bullet "Role — team, tier: responsibilities".

CALDERWICK_ORG: dict[str, str] = {
    "people/open-shelves-org-chart.md": doc(
        """
        # Open Shelves 2030: programme org chart

        Reporting lines as at 1 September 2027, kept by the Transformation Office. Each bullet
        reads "Role — team, tier: responsibilities". Core roles lead a chapter or sit on the
        Libraries Transformation Board; extended roles are consulted or kept informed.

        - Director of Communities — Communities Directorate, core: executive sponsor of Open Shelves 2030; chairs the Libraries Transformation Board and takes its gate decisions, including the Lamplight go/no-go; holds the libraries budget and presents the programme to Cabinet.
          - Head of Libraries and Archives — Libraries and Archives, core: head of service; owns opening hours, the branch network, stock policy and the library offer; deputy chair of the Board.
            - Open Shelves Programme Manager — Transformation Office, core: programme lead; runs the plan, the gates, the risk log and benefits tracking; secretary to the Board; owns the Project Lamplight pilot plan.
            - Library Operations Manager (North) — Libraries and Archives, core: runs the eight northern libraries, including Hollin Bridge and Marrowby; staff rotas, extended access on site and Library Friends rotas.
            - Library Operations Manager (South) — Libraries and Archives, core: runs the six southern town libraries, the branch libraries and the two mobile libraries; staff rotas and retimed hours in the south.
            - Children and Young People's Reading Lead — Reader Development, core: Summer Reading Challenge, Bookstart, class visits and library cards through schools.
            - Digital Inclusion Coordinator — Reader Development, core: Digital Champions, drop-in digital help sessions and tablet lending.
            - Stock and Collections Manager — Collections, core: stock buying, reservations, the home delivery van and the shared catalogue with the Northern Libraries Consortium.
            - Library Systems and Data Lead — Libraries and Archives, core: the library management system, self-service kiosks, Open+ software, public PCs and PC booking; visitor counts, active borrower figures and the CIPFA return.
            - Workforce Development and Training Officer — Libraries and Archives, core: the library training plan, induction, Digital Champion and Open+ training, volunteer training, run through the Libraries Learning Zone.
            - Volunteer and Friends Coordinator — Libraries and Archives, extended: recruits and supports Library Friends and reading volunteers.
          - Head of Finance, Communities — Finance, core: budget, capital programme bids, the business case and benefits sign-off.
          - Facilities and Estates Manager — Property Services, core: building works, Open+ door control fit-out, CCTV and network points at library buildings.
          - Head of ICT Service Delivery — Corporate ICT, extended: the corporate network, branch Wi-Fi lines and the council's data warehouse, Calderwick Insight.
          - Information Governance Manager — Legal and Governance, extended: data protection impact assessments, data sharing agreements and CCTV policy.
          - Communications and Engagement Manager — Communications, extended: resident communications, the Open Shelves survey and ward member briefings.

        ## Consulted bodies (outside the reporting line)

        - UNISON Branch Secretary — Trade union, extended: consulted on staffed hours, rotas and roles through the libraries consultation forum; owns no programme work.
        - Chair, Library Users' Forum — Library Users' Forum, extended: consulted on opening hours, Open+ and the offer for children; receives the quarterly report; owns no programme work.
        """
    ),
    "governance/libraries-transformation-board-terms-of-reference.md": doc(
        """
        # Libraries Transformation Board: terms of reference

        Agreed by the Communities Directorate Management Team, August 2027.

        ## Purpose
        The Board directs Open Shelves 2030, takes its gate decisions and holds the programme
        to its measures and budget.

        ## Membership
        Chair: Director of Communities (executive sponsor). Deputy chair: Head of Libraries and
        Archives. Members: Open Shelves Programme Manager (secretary), Head of Finance,
        Communities, Facilities and Estates Manager, Library Operations Managers (North and
        South), Library Systems and Data Lead. The Chair, Library Users' Forum and the UNISON
        Branch Secretary attend for consultation items.

        ## Decision rights

        | Decision | Who decides |
        |---|---|
        | Gate 1, 2 and 3 decisions and the Lamplight go/no-go | The Board, on the Chair's casting vote |
        | Spend within the approved programme budget | Director of Communities |
        | Changes to staffed opening hours | Head of Libraries and Archives, after consultation with UNISON |
        | Capital spend above £500,000 | Cabinet |

        Capital spend above £500,000 is a key decision for Cabinet, which meets monthly, and key decisions must be published on the forward plan 28 days before the meeting.

        ## Cadence
        Monthly, second Tuesday. A quarterly report goes to the Communities Scrutiny Committee.
        """
    ),
    "systems/library-systems-inventory.md": doc(
        """
        # Library systems inventory

        Owner: Library Systems and Data Lead. Updated July 2027.

        | System | What it does | Notes |
        |---|---|---|
        | Galaxy 4 (library management system) | Catalogue, loans, reservations, borrower records | In use since 2011, hosted on council servers |
        | Self-service kiosks (42) | Issue and return at 14 town libraries | Bought in 2016 |
        | Netloan | Public PC booking, 212 PCs | Runs on the corporate network |
        | SenSource visitor counters | Door counts | Fitted at 9 of the 14 town libraries |
        | Calderwick Insight | The council's data warehouse, with Power BI dashboards | Run by Corporate ICT; holds a nightly Galaxy extract |
        | Open+ (proposed) | Card-and-PIN door control, lighting and announcements for extended hours | Pilot at Hollin Bridge and Marrowby |

        ## Known limits

        - Galaxy 4 reaches end of supplier support in September 2028.
        - At the five town libraries with other counting arrangements, staff tally visits with a clicker for one sample week each quarter and the year is grossed up from those weeks.
        - The Open+ door controller needs a wired network point at each entrance, and 6 of the 14 town library entrances have one today.
        - Public Wi-Fi and the public PCs at 10 branch libraries share a single 20 Mbps business line.
        - Tablet loans are booked in an Excel log kept at Calderwick Central and emailed to branches each Monday.
        - Loan history is purged from Galaxy after 90 days under the retention schedule, so active borrower figures come from the annual CIPFA snapshot.
        """
    ),
    "performance/measure-definitions.md": doc(
        """
        # Open Shelves measures: definitions, owners and baselines

        | Measure | Definition | Owner | Baseline 2026/27 |
        |---|---|---|---|
        | Average weekly opening hours, town libraries | Published public hours a week, staffed and Open+, averaged over the 14 town libraries | Head of Libraries and Archives | 34 |
        | Physical visits to libraries a year | Door counts plus grossed-up sample weeks, all libraries and mobiles | Library Systems and Data Lead | 1.41m |
        | Children finishing the Summer Reading Challenge | Children aged 4 to 11 who read six books over the summer | Children and Young People's Reading Lead | 5,600 |
        | Borrowers active in the last 12 months | Borrowers with at least one loan in the year, from the CIPFA snapshot | Library Systems and Data Lead | 58,700 |
        | Residents helped at digital help sessions | People helped at drop-in sessions and tablet set-up sessions | Digital Inclusion Coordinator | 3,100 a year |
        | Reservations delivered within 7 days | Reservations collected or delivered within 7 days of being placed | Stock and Collections Manager | 58% |

        Summer Reading Challenge finishers are recorded on paper cards at the library desk and totalled by each branch at the end of August.

        All measures are reported quarterly to the Board from Calderwick Insight.
        """
    ),
    "service/branch-network-notes.md": doc(
        """
        # Branch network: operating notes

        Kept by the Library Operations Managers.

        The service runs 14 town libraries, 8 smaller branch libraries and two mobile libraries.
        Hollin Bridge and Marrowby, the Lamplight libraries, are in the north.

        - Marrowby library shares its building with the Marrowby Health Centre, and the lease restricts public access to the building to between 8am and 8pm.
        - Staff contracts at town libraries are built on a 34-hour opening pattern, and any change to staffed hours goes to a 45-day collective consultation with UNISON.
        - The council's lone working policy requires two members of staff on site in any library open after 6pm.
        - The home delivery van runs on Tuesdays and Thursdays with a single driver, covering reservations and the housebound service.
        - Eight town libraries close at 5pm on weekdays, and Saturday hours end at 1pm at all but Calderwick Central.
        """
    ),
    "people/workforce-and-training.md": doc(
        """
        # Library workforce and training

        The Libraries Learning Zone is the service's training function: an e-learning catalogue,
        classroom sessions at Calderwick Central and a training plan agreed each April. The
        Workforce Development and Training Officer runs it and designs Digital Champion and
        Open+ training.

        - The Workforce Development and Training Officer post is 0.6 FTE, shared with Adult Learning for the other two days.
        - The Digital Inclusion Coordinator post is funded by the UK Shared Prosperity Fund to March 2029.

        Staff turnover was 9% in 2026/27.
        """
    ),
    "partners/schools-and-partners.md": doc(
        """
        # Schools and partners

        - Bookstart packs come from BookTrust, whose grant is confirmed for 2027/28 and unconfirmed beyond March 2028.
        - School library cards need a parent's signature on a paper permission form, returned through the school office.
        - The Northern Libraries Consortium admits new members twice a year, in April and October, after a six-month data migration.
        - Health visitors hand out Bookstart packs at the 9 to 12 month review in the 11 areas where the health visiting team has agreed to do so.

        The consortium's shared Spydus catalogue covers 180 libraries in six authorities.
        """
    ),
}


# Brackenfold: the roster is a nested JSON export from the HR system (PeopleFirst).

BRACKENFOLD_POSITIONS: list[dict[str, object]] = [
    {
        "position_id": "BRR-0001",
        "title": "Chief Executive",
        "department": "Executive",
        "grade": "E1",
        "reports_to": None,
        "location": "Hallam Road",
        "programme_tier": "extended",
        "accountabilities": [
            "Leads the company and reports to the Calder Environmental group board.",
            "Kept informed of Closing the Loop through the executive team.",
        ],
    },
    {
        "position_id": "BRR-0002",
        "title": "Chief Operating Officer",
        "department": "Operations",
        "grade": "E2",
        "reports_to": "BRR-0001",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "Executive sponsor of Closing the Loop.",
            "Chairs the Closing the Loop Steering Group and takes its stage gate and Magpie go/no-go decisions.",
            "Holds the operations budget: collections, the MRF and the HWRCs.",
        ],
    },
    {
        "position_id": "BRR-0014",
        "title": "Transformation Programme Manager",
        "department": "Operations",
        "grade": "M2",
        "reports_to": "BRR-0002",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "Programme lead: the plan, the stage gates, the risk log and benefits tracking.",
            "Secretary to the Steering Group.",
            "Owns the Project Magpie pilot plan with the Depot Manager, Hallam Road.",
        ],
    },
    {
        "position_id": "BRR-0021",
        "title": "Head of Collections",
        "department": "Collections",
        "grade": "M1",
        "reports_to": "BRR-0002",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "Kerbside collection rounds for the three council contracts, crews and vehicles.",
            "Round design and rebalancing, contamination tagging and the food waste roll-out.",
            "Missed collections performance.",
        ],
    },
    {
        "position_id": "BRR-0034",
        "title": "Depot Manager, Hallam Road",
        "department": "Collections",
        "grade": "M3",
        "reports_to": "BRR-0021",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "Runs the Hallam Road depot and the Dunmere rounds, including the Magpie rounds.",
            "Daily crew briefings, round sheets and in-cab reporting on the ground.",
        ],
    },
    {
        "position_id": "BRR-0040",
        "title": "MRF Site Manager",
        "department": "Processing",
        "grade": "M2",
        "reports_to": "BRR-0002",
        "location": "Kellbeck MRF",
        "programme_tier": "core",
        "accountabilities": [
            "Runs the materials recovery facility: throughput, sorting lines, optical sorters and maintenance.",
            "Bale quality and the composition sampling of incoming loads.",
        ],
    },
    {
        "position_id": "BRR-0052",
        "title": "HWRC Services Manager",
        "department": "Sites",
        "grade": "M2",
        "reports_to": "BRR-0002",
        "location": "Scarrow",
        "programme_tier": "core",
        "accountabilities": [
            "Runs the nine household waste recycling centres, site staff and SiteSlot bookings.",
            "The reuse shops with ReNew Calder and tonnes diverted to reuse.",
        ],
    },
    {
        "position_id": "BRR-0061",
        "title": "Commercial Sales Manager",
        "department": "Commercial",
        "grade": "M2",
        "reports_to": "BRR-0001",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "Commercial waste customers, products and pricing, including the small-business bundle.",
            "Share of commercial customers taking a recycling service.",
        ],
    },
    {
        "position_id": "BRR-0070",
        "title": "Head of Digital and Data",
        "department": "Digital and Data",
        "grade": "M1",
        "reports_to": "BRR-0002",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "CrewLink, WeighPoint, SiteSlot, Dynamics 365 and their integrations.",
            "The Cairn data warehouse and Power BI reporting, baselines and the metric register.",
        ],
    },
    {
        "position_id": "BRR-0081",
        "title": "Learning and Development Manager",
        "department": "People",
        "grade": "M2",
        "reports_to": "BRR-0090",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "Runs the Brackenfold Academy: LGV driver training, WAMITAB qualifications and crew training.",
            "Training for tagging, in-cab reporting and the new sorting lines.",
        ],
    },
    {
        "position_id": "BRR-0090",
        "title": "Head of People",
        "department": "People",
        "grade": "M1",
        "reports_to": "BRR-0001",
        "location": "Hallam Road",
        "programme_tier": "extended",
        "accountabilities": [
            "HR policy, recruitment, employee relations and the Joint Negotiating Committee with the GMB.",
        ],
    },
    {
        "position_id": "BRR-0095",
        "title": "Health, Safety and Environment Manager",
        "department": "SHE",
        "grade": "M2",
        "reports_to": "BRR-0002",
        "location": "Kellbeck MRF",
        "programme_tier": "core",
        "accountabilities": [
            "Environmental permits and Environment Agency returns, health and safety, risk assessments for new methods of work.",
        ],
    },
    {
        "position_id": "BRR-0100",
        "title": "Finance Director",
        "department": "Finance",
        "grade": "E2",
        "reports_to": "BRR-0001",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "Budget, capital plan, business cases and benefits sign-off; EPR and bale income forecasts.",
        ],
    },
    {
        "position_id": "BRR-0110",
        "title": "Contracts and Client Liaison Manager",
        "department": "Contracts",
        "grade": "M2",
        "reports_to": "BRR-0001",
        "location": "Hallam Road",
        "programme_tier": "core",
        "accountabilities": [
            "The three council collection contracts: variations, notice periods, performance reports and renewals.",
            "Approval of resident materials with each council, including bin tags and reason cards.",
        ],
    },
    {
        "position_id": "BRR-0120",
        "title": "Communications Manager",
        "department": "Commercial",
        "grade": "M3",
        "reports_to": "BRR-0061",
        "location": "Hallam Road",
        "programme_tier": "extended",
        "accountabilities": [
            "Resident and customer communications, reason card wording and translations.",
        ],
    },
    {
        "position_id": "EXT-GMB",
        "title": "GMB Convenor",
        "department": "Trade union (recognised)",
        "grade": None,
        "reports_to": None,
        "location": "Hallam Road",
        "programme_tier": "extended",
        "accountabilities": [
            "Consulted on changes to rounds, methods of work and shift patterns through the Joint Negotiating Committee; owns no programme work.",
        ],
    },
    {
        "position_id": "EXT-JWP",
        "title": "Chair, Joint Waste Partnership Members' Panel",
        "department": "Joint Waste Partnership (three councils)",
        "grade": None,
        "reports_to": None,
        "location": None,
        "programme_tier": "extended",
        "accountabilities": [
            "Elected councillor chairing the three councils' members' panel; consulted each quarter on service changes; owns no programme work.",
        ],
    },
]


def brackenfold_roster() -> str:
    data = {
        "exported": "2027-10-29T07:00:00Z",
        "source": "PeopleFirst HR, positions report",
        "filter": {"programme": "Closing the Loop"},
        "positions": BRACKENFOLD_POSITIONS,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


BRACKENFOLD_ORG: dict[str, str] = {
    "people/peoplefirst-positions-export.json": brackenfold_roster(),
    "governance/steering-group-terms-of-reference.md": doc(
        """
        # Closing the Loop Steering Group: terms of reference

        ## Role
        Directs the Closing the Loop programme, takes the stage gates (end of Crawl, the Magpie
        go/no-go, end of Walk, the December 2030 benefits review) and holds the programme to
        its six measures.

        ## Members
        Chief Operating Officer (chair and executive sponsor); Transformation Programme Manager
        (secretary); Head of Collections; MRF Site Manager; HWRC Services Manager; Commercial
        Sales Manager; Head of Digital and Data; Finance Director; Contracts and Client Liaison
        Manager. The GMB Convenor attends for items on methods of work.

        ## Decision rights
        - Stage gates and the Magpie go/no-go: the Steering Group; the chair decides if members differ.
        - Spend within the approved programme budget: the Chief Operating Officer.
        - Changes to rounds that affect residents: the Head of Collections, with the Contracts and Client Liaison Manager.
        - Capital spend above £1m requires approval from the group board of Calder Environmental, which meets quarterly in March, June, September and December.

        ## Cadence
        Monthly, first Wednesday.
        """
    ),
    "systems/systems-register.md": doc(
        """
        # Systems register

        Owner: Head of Digital and Data.

        | System | Use | Notes |
        |---|---|---|
        | CrewLink | In-cab tablets: round lists, photos, contamination and missed-bin reports | Fitted to 41 of our 63 collection vehicles, and the other 22 crews report on paper round sheets handed in at the depot |
        | WasteTrack | Round planning and routing | Desktop tool used by the round planners |
        | WeighPoint | Weighbridge tickets and tonnage at the MRF and HWRCs | Feeds Cairn nightly |
        | SiteSlot | HWRC bookings for vans and trailers | Vendor-hosted |
        | Dynamics 365 | Commercial customer records, quotes and contracts | |
        | Cairn | Data warehouse on Snowflake with Power BI dashboards | Holds CrewLink, WeighPoint and finance data |
        | MRF SCADA | Line control and sorter settings | Supplier-maintained |

        ## Limits we know about

        - SiteSlot bookings sit in the vendor's own cloud database, which the vendor exports to us as a CSV file once a week.
        - Commercial customer records sit in Dynamics 365 and tonnage by customer sits in WeighPoint, and the two are matched by account name in a monthly spreadsheet.
        - Missed collections are logged by the three councils' contact centres and reach us as an emailed report each morning.
        - The Head of Digital and Data leads a team of three, one of them on a fixed-term contract to June 2028.
        """
    ),
    "performance/metric-register.md": doc(
        """
        # Metric register

        | Measure | Definition | Owner | Baseline 2026/27 |
        |---|---|---|---|
        | Household recycling rate | Household waste recycled, composted or reused as a share of household waste collected, WasteDataFlow definition, across the three contracts | Head of Collections | 52% |
        | Contamination in kerbside dry recycling | Share of kerbside dry recycling by weight rejected at the MRF | MRF Site Manager | 17% |
        | Missed collections | Missed collections per 100,000 scheduled collections | Head of Collections | 96 |
        | MRF throughput | Tonnes sorted per operating hour | MRF Site Manager | 18 t |
        | Reuse at HWRCs | Tonnes diverted to reuse shops a year | HWRC Services Manager | 410 t |
        | Commercial recycling | Share of commercial customers taking a recycling service | Commercial Sales Manager | 38% |

        Contamination is measured from a four-hour composition sample taken once a month for each contract.

        Baselines are locked in Cairn and reported to the Steering Group monthly.
        """
    ),
    "operations/collections-and-mrf-notes.md": doc(
        """
        # Collections and MRF: operating notes

        ## Collections
        We run 63 collection vehicles from two depots, Hallam Road and Scarrow, for Dunmere,
        Kellbeck and Ashby Vale councils.

        - Crews work a four-day week of 10-hour shifts agreed with the GMB, and changes to shift patterns or methods of work go through the Joint Negotiating Committee, which sits every two months.
        - LGV driver turnover was 24% in 2026/27, and agency drivers fill 11 of our 70 driver posts.

        ## MRF
        The Kellbeck MRF sorts dry recycling from all three contracts and some commercial loads.

        - The two optical sorters were installed in 2014, and the manufacturer ends parts support in December 2028.
        - The Environment Agency permit caps MRF input at 95,000 tonnes a year.
        - The MRF runs two shifts on weekdays and one on Saturday, and a night shift would need a planning variation because of noise conditions.
        """
    ),
    "contracts/council-contracts-summary.md": doc(
        """
        # Council contracts: summary

        Kept by the Contracts and Client Liaison Manager.

        | Council | Households | Contract ends |
        |---|---|---|
        | Dunmere District Council | 48,000 | March 2030 |
        | Kellbeck Borough Council | 71,000 | March 2033 |
        | Ashby Vale District Council | 43,000 | March 2031 |

        - Any change to round patterns or collection days needs 12 weeks' notice to residents under each council contract.
        - Dunmere's council decides on renewal or retender in September 2029.
        - Bin tags and reason cards must be approved by each council's communications team, a sign-off that has taken six to eight weeks.
        - The reuse shops at the HWRCs are run by the charity ReNew Calder under a licence that ends in August 2029.
        """
    ),
    "people/brackenfold-academy.md": doc(
        """
        # The Brackenfold Academy

        The Academy is our training function, run by the Learning and Development Manager: LGV
        driver training, WAMITAB qualifications for site and MRF staff, toolbox talks and crew
        training on new methods such as tagging and in-cab reporting.

        - The Academy's training yard at Hallam Road takes eight trainee drivers at a time.

        In 2026/27 the Academy trained 31 new LGV drivers and ran 410 toolbox talks.
        """
    ),
}


# Hartwell & Vale: the roster is an XLSX with cost centre, FTE and location beside role,
# team, tier and responsibilities.

HARTWELL_HEADER = [
    "Role",
    "Team",
    "Tier",
    "Responsibilities",
    "Cost centre",
    "FTE",
    "Location",
    "Reports to",
]
HARTWELL_ROSTER: list[list[object]] = [
    [
        "Chief Executive",
        "Executive",
        "extended",
        "Leads the Society and answers to the Board; kept informed of Members First through the Executive Committee.",
        "CC100",
        1.0,
        "Hartwell",
        "Board",
    ],
    [
        "Chief Operating Officer",
        "Executive",
        "core",
        "Executive sponsor of Members First. Chairs the Members First Steering Committee and takes its gate decisions; underwriting, savings operations, member support and branches report to this role; holds the change budget.",
        "CC110",
        1.0,
        "Hartwell",
        "Chief Executive",
    ],
    [
        "Members First Programme Director",
        "Transformation",
        "core",
        "Programme lead: plan, waves, gates, risk log and benefits; secretary to the Steering Committee; owns the Project Halyard pilot plan.",
        "CC420",
        1.0,
        "Hartwell",
        "Chief Operating Officer",
    ],
    [
        "Director of Mortgages",
        "Mortgages",
        "core",
        "Mortgage products, broker distribution and broker relationships; lending proposals such as automated valuation; broker satisfaction.",
        "CC200",
        1.0,
        "Hartwell",
        "Chief Executive",
    ],
    [
        "Head of Underwriting",
        "Mortgages",
        "core",
        "The underwriting teams, case queues, time to offer and underwriting quality checks; leads the move to one underwriting hub.",
        "CC210",
        1.0,
        "Vale Cross",
        "Chief Operating Officer",
    ],
    [
        "Head of Savings",
        "Savings",
        "core",
        "Savings products, account opening and servicing; the share of accounts opened digitally.",
        "CC300",
        1.0,
        "Hartwell",
        "Chief Operating Officer",
    ],
    [
        "Head of Digital Channels",
        "Digital",
        "core",
        "The savings app, the website and the BrokerLink front end; app registration and digital journeys for members and brokers.",
        "CC310",
        1.0,
        "Hartwell",
        "Chief Information Officer",
    ],
    [
        "Head of Branch Network",
        "Branches",
        "core",
        "The 38 branches, branch colleagues and opening hours; the member hub conversions and branch help sessions.",
        "CC500",
        1.0,
        "Lydford",
        "Chief Operating Officer",
    ],
    [
        "Head of Member Support",
        "Member Support",
        "core",
        "The contact centre, complaints handling and support for members in vulnerable circumstances; complaint resolution times.",
        "CC510",
        1.0,
        "Hartwell",
        "Chief Operating Officer",
    ],
    [
        "Chief Information Officer",
        "Technology",
        "core",
        "Corvus, BrokerLink, integrations, suppliers, the change calendar and IT security.",
        "CC600",
        1.0,
        "Hartwell",
        "Chief Executive",
    ],
    [
        "Head of Data and MI",
        "Technology",
        "core",
        "The Lighthouse data warehouse, management information, baselines and measure reporting, and the regulatory returns.",
        "CC610",
        1.0,
        "Hartwell",
        "Chief Information Officer",
    ],
    [
        "Head of People Development",
        "People",
        "core",
        "The Hartwell Academy: training plans, induction, the underwriting mandate programme and vulnerability training.",
        "CC700",
        0.8,
        "Hartwell",
        "Chief Executive",
    ],
    [
        "Finance Director",
        "Finance",
        "core",
        "Budget, change spend, business cases and benefits sign-off; the cost-to-income ratio.",
        "CC800",
        1.0,
        "Hartwell",
        "Chief Executive",
    ],
    [
        "Chief Risk Officer",
        "Risk",
        "core",
        "Second line of defence: risk appetite, model risk, lending policy oversight and Consumer Duty oversight; reports to the Board Risk Committee.",
        "CC810",
        1.0,
        "Hartwell",
        "Chief Executive",
    ],
    [
        "Head of Financial Crime",
        "Risk",
        "core",
        "Identity and anti-money-laundering checks on new members, fraud controls and digital ID policy.",
        "CC820",
        1.0,
        "Vale Cross",
        "Chief Risk Officer",
    ],
    [
        "Head of Marketing and Member Communications",
        "Marketing",
        "extended",
        "Member communications, branch change notices and the member magazine.",
        "CC900",
        1.0,
        "Hartwell",
        "Chief Executive",
    ],
    [
        "Chair, Member Council",
        "Member Council",
        "extended",
        "Chairs the elected panel of 24 members; consulted on changes to branches and member services; owns no programme work.",
        "",
        0.0,
        "",
        "",
    ],
    [
        "Chair, Hartwell Staff Association",
        "Staff Association",
        "extended",
        "The recognised staff association; consulted on changes to roles, locations and working patterns; owns no programme work.",
        "",
        0.0,
        "",
        "",
    ],
]


def hartwell_roster_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Members First roster"
    ws.append(HARTWELL_HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in HARTWELL_ROSTER:
        ws.append(row)
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["D"].width = 90
    wb.properties.creator = "HR Reporting, Hartwell & Vale Building Society"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buffer = io.BytesIO()
    wb.save(buffer)
    return normalize_zip(buffer.getvalue())


HARTWELL_ORG: dict[str, str] = {
    "governance/members-first-steering-committee-charter.md": doc(
        """
        # Members First Steering Committee: charter

        Approved by the Executive Committee, April 2027.

        ## Purpose
        To direct Members First 2030, take its wave gates and report progress to the Board.

        ## Membership
        Chair: Chief Operating Officer (executive sponsor). Members: Members First Programme
        Director (secretary), Director of Mortgages, Head of Underwriting, Head of Savings,
        Head of Digital Channels, Head of Member Support, Head of Branch Network, Chief
        Information Officer, Finance Director. The Chief Risk Officer attends as second line.

        ## Decision rights

        | Decision | Decided by |
        |---|---|
        | Gates G0 and G2, and wave plans | Steering Committee; the chair decides if members differ |
        | Gate G1 (Halyard go/no-go) | Steering Committee, confirmed by the Executive Committee |
        | Spend within the approved change budget | Chief Operating Officer |
        | Lending policy changes, including automated valuation | Board Risk Committee |

        Change spend is capped by the Board at £9.5m across 2027 to 2029, and any single commitment above £2m needs Board approval.

        ## Cadence
        Monthly. Quarterly report to the Board.
        """
    ),
    "systems/technology-estate.md": doc(
        """
        # Technology estate

        Owner: Chief Information Officer.

        | System | Use | Notes |
        |---|---|---|
        | Corvus | Core mortgage and savings platform, member records | On premises, supplier-supported |
        | BrokerLink | Broker portal for mortgage applications | A 2016 build on a supplier contract that runs to 31 March 2029 |
        | Hartwell app | Savings app for iOS and Android | iOS built in-house |
        | Lighthouse | Data warehouse with Power BI, nightly loads from Corvus | Run by the Data and MI team |
        | Surveyline | Valuation panel manager | Instructs physical valuations |
        | Open banking income checks | Supplier trial with Finlo | Trial ends in December 2027 |

        ## Constraints

        - Corvus posts account changes in an overnight batch, so a change made after 6pm shows on the next working day.
        - The Android app is maintained by a single contractor on a day rate, renewed every six months.
        - The IT change calendar is frozen from mid-November to mid-January each year for year-end processing.
        - Support needs that members disclose are recorded as free-text notes on the member record in Corvus, outside any reporting field.
        """
    ),
    "operations/lending-and-savings-operations.md": doc(
        """
        # Lending and savings operations

        ## Underwriting
        Underwriters sit in three offices (Hartwell, Vale Cross and Lydford), each with its own case queue in a shared mailbox.

        - The lending policy requires a physical valuation for every purchase case and for remortgages above 75% loan to value.
        - Automated valuation needs the approval of the Board Risk Committee, which meets in March, June, September and December.
        - New underwriters complete a six-month mandate programme before they sign off cases alone.

        ## Savings and member support
        - Digital identity checks that fail the automated step go to the Financial Crime team, who work from 9am to 5pm on weekdays.
        - Complaints are logged in a SharePoint list kept by each team, and the monthly Consumer Duty report is assembled from those lists by hand.
        """
    ),
    "performance/measures-handbook.md": doc(
        """
        # Members First measures handbook

        | Measure | Definition | Owner | Baseline 2026 |
        |---|---|---|---|
        | Time to offer | Median working days from full application to mortgage offer | Head of Underwriting | 19 |
        | Automated valuation share | Eligible remortgages valued by automated valuation | Director of Mortgages | 0% |
        | Broker satisfaction | Score out of 100 from the quarterly broker panel | Director of Mortgages | 61 |
        | App registration | Members registered for the app, of all members | Head of Digital Channels | 22% |
        | Digital account opening | New savings accounts opened digitally | Head of Savings | 31% |
        | Complaint resolution | Complaints resolved within 3 working days | Head of Member Support | 48% |
        | Cost-to-income ratio | Management expenses over total income, financial year | Finance Director | 68% |

        - The broker satisfaction score comes from a quarterly panel of 22 broker firms.
        - The Data and MI team of four also produces the regulatory returns, which take priority in the first ten working days of each quarter.

        Measures are reported monthly to the Steering Committee from Lighthouse.
        """
    ),
    "branches/branch-network-and-member-council.md": doc(
        """
        # Branch network and the Member Council

        The Society has 38 branches. The Member Council, 24 elected members, meets twice a year
        and is consulted on changes to branches and services.

        - Under the Society's Branch Commitment, any change to a branch's hours or services needs 12 weeks' notice to members.
        - Fourteen of the 38 branches are leased, with break clauses falling in 2028 and 2030.
        """
    ),
    "people/hartwell-academy.md": doc(
        """
        # The Hartwell Academy

        The Academy is the Society's training function, run by the Head of People Development:
        induction, the underwriting mandate programme, product and conduct training, and
        e-learning on the Academy portal.

        - Classroom courses run at head office in Hartwell, and colleagues in the 20 smallest branches travel up to 90 minutes to attend.

        The Academy delivered 2,900 training days in 2026.
        """
    ),
}


ORGS: dict[str, dict[str, str]] = {
    "calderwick-libraries": CALDERWICK_ORG,
    "brackenfold-recycling": BRACKENFOLD_ORG,
    "hartwell-vale-society": HARTWELL_ORG,
}


def write_org(case_dir: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the dev7 folder by default)."""
    save_pdf(
        build_calderwick(),
        root / "calderwick-libraries" / "open-shelves-2030-cabinet.pdf",
        "Open Shelves 2030",
    )
    save(
        build_brackenfold(),
        root / "brackenfold-recycling" / "closing-the-loop-board-2027.pptx",
        "Brackenfold Resource Recovery, Operations",
    )
    save(
        build_hartwell(),
        root / "hartwell-vale-society" / "members-first-2030-board-paper.pptx",
        "Calloway Partners for Hartwell & Vale Building Society",
    )
    for name, files in ORGS.items():
        write_org(root / name, files)
    roster = root / "hartwell-vale-society" / "org" / "people" / "members-first-roster.xlsx"
    roster.parent.mkdir(parents=True, exist_ok=True)
    roster.write_bytes(hartwell_roster_xlsx())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
