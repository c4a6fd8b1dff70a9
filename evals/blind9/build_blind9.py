# mypy: disable-error-code="union-attr,arg-type,assignment"
"""Build the blind9 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/blind9/build_blind9.py

Writes, under ``evals/blind9/<name>/``, each case's deck and its ``org/`` folder:

- ``tarrant-railfreight``: PPTX at 4:3 built from the default template's text placeholders
  (Title and Content, Two Content, Title Only) with native tables, a two-column layout and a
  roadmap table in half-years;
- ``lindale-mills``: PDF in the shape of a Keynote export at 4:3 (1024 x 768 pt): one idea a
  page, large serif headlines, tiles with the number above the label, a roadmap of bars on a
  month count (Month 1 anchored once to a calendar month);
- ``northmere-registry``: PDF board paper on A4 landscape: a running header, numbered
  sections and paragraphs (1, 1.1, (a)), ruled tables and a roadmap in financial years.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX and XLSX files, a fixed creation date (and so a fixed file ID) in the PDFs, and org text
held as literal strings below.

This is a BLIND set (split "blind9"): nothing is ever tuned on it. See evals/blind9/README.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import textwrap
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 11, 30, 16, 20, 0)
FIXED_W3C = "2027-11-30T16:20:00Z"
FIXED_DT = dt.datetime(2027, 11, 30, 16, 20, 0)
FIXED_PDF_DATE = dt.datetime(2028, 1, 17, 11, 45, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

TITLE_SLIDE, TITLE_AND_CONTENT, TWO_CONTENT, TITLE_ONLY = 0, 1, 3, 5


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

Para = str | tuple[str, int]


def fill_frame(frame, lines: Sequence[Para], size: int | None = None) -> None:
    """Paragraphs into a placeholder's text frame; (text, level) is an indented sub-point."""
    for i, item in enumerate(lines):
        text, level = (item, 0) if isinstance(item, str) else item
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = text
        para.level = level
        if size is not None:
            for run in para.runs:
                run.font.size = Pt(size - 2 * level)


def native_table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    left: float,
    top: float,
    widths: Sequence[float],
    row_h: float = 0.4,
    size: int = 12,
    fills: dict[tuple[int, int], RGBColor] | None = None,
):
    """A native table with a bold header row; a cell's lines are its paragraphs."""
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
            frame = cell.text_frame
            for i, line in enumerate(value.split("\n")):
                para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                para.text = line
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0 or (i == 0 and "\n" in value)
            if fills and (r, c) in fills:
                cell.fill.solid()
                cell.fill.fore_color.rgb = fills[(r, c)]
    return table


def save(prs: PresentationType, path: Path, author: str, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.title = title
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Tarrant Rail Freight
# A corporate-template deck: the default Office theme at 4:3, every slide built from its
# layout's placeholders (a title and one body, or a title and two bodies side by side), with
# native tables for the summary tiles, the measures, the roadmap, the investment and the risks.

RAIL = RGBColor(0x00, 0x3B, 0x5C)
SIGNAL = RGBColor(0xF2, 0xB7, 0x05)
PALE = RGBColor(0xDC, 0xE8, 0xEF)
GREY = RGBColor(0xEE, 0xEE, 0xEE)


def rail_slide(prs: PresentationType, layout: int, title: str, *bodies: Sequence[Para]) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    slide.shapes.title.text = title
    for idx, body in zip((1, 2), bodies, strict=False):
        fill_frame(slide.placeholders[idx].text_frame, body, 18 if layout == TWO_CONTENT else 20)
    return slide


def build_tarrant() -> PresentationType:
    prs = Presentation()  # default 4:3, 10 x 7.5 in
    # 1 title
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    slide.shapes.title.text = "Full Train 2030"
    fill_frame(
        slide.placeholders[1].text_frame,
        [
            "Tarrant Rail Freight Ltd",
            "A three-year plan, January 2028 to December 2030",
            "Board of Directors, 14 December 2027 · Paper B/27/19",
        ],
        18,
    )

    # 2 executive summary with tiles
    slide = rail_slide(prs, TITLE_ONLY, "Executive summary: fuller trains, on time, on less fuel")
    native_table(
        slide,
        [
            ["9.5bn", "88%", "92%", "-15%"],
            [
                "net tonne-km moved a year, by December 2030",
                "right-time departures from terminals, by December 2030",
                "of wagons available for traffic, by December 2030",
                "fuel per thousand gross tonne-km, by December 2030",
            ],
        ],
        0.5,
        1.7,
        [2.25, 2.25, 2.25, 2.25],
        row_h=0.9,
        size=14,
        fills={(0, c): PALE for c in range(4)},
    )
    box = slide.shapes.add_textbox(Inches(0.5), Inches(4.3), Inches(9.0), Inches(2.5))
    fill_frame(
        box.text_frame,
        [
            "Four tracks, three stages and one pilot corridor (Kestrel, Hexley to Brindmoor).",
            "£21.4m over three years; the Board is asked to release £4.2m for Stage 1.",
            "Gates in June 2028, January 2029 and June 2029; close-out in December 2030.",
        ],
        16,
    )

    # 3 current state, two columns
    rail_slide(
        prs,
        TWO_CONTENT,
        "Where we are today",
        [
            "The business",
            ("46 locomotives, 1,310 wagons and 402 drivers", 1),
            ("Six terminals and two depots, Hexley and Calder Road", 1),
            ("7.1 billion net tonne-km moved in 2026/27", 1),
            ("Aggregates 48%, intermodal 37%, metals 15% of revenue", 1),
        ],
        [
            "What holds us back",
            ("71% of trains left their terminal at the booked minute in 2026/27", 1),
            ("A wagon waited 2.3 days on average for its examination", 1),
            ("18 of every 1,000 trains were cancelled by us", 1),
            ("Drivers worked 11% of their turns on rest days", 1),
        ],
    )

    # 4 context
    rail_slide(
        prs,
        TITLE_AND_CONTENT,
        "The market around us",
        [
            "Road haulage rates rose 14% in two years as lorry drivers grew scarce",
            "Three of our five largest customers now report the carbon of every load",
            "Track access charges rise 6% from April 2028",
            "Britain's most dependable bulk freight partner",
            ("Our position in every tender since 2025", 1),
        ],
    )

    # 5 quotes
    rail_slide(
        prs,
        TITLE_AND_CONTENT,
        "Voices from the line",
        [
            '"I find out my train is late when the customer rings me." (Terminal supervisor)',
            '"My roster changes three times a week; my family plans around a guess." (Driver)',
            '"We send a good wagon to the shed because its date came up." (Wagon examiner)',
        ],
    )

    # 6 north star
    rail_slide(
        prs,
        TWO_CONTENT,
        "Our north star",
        [
            "Where we are heading",
            ("The freight operator customers choose first to take goods off the road", 1),
        ],
        [
            "How we will know",
            ("Move 9.5 billion net tonne-km a year by December 2030, up from 7.1 billion", 1),
        ],
    )

    # 7-8 tracks, two columns each
    rail_slide(
        prs,
        TWO_CONTENT,
        "Four tracks (1 of 2)",
        [
            "Track A · Right Time",
            ("Aim: trains leave when the plan says", 1),
            ("A1 Publish a terminal departure plan for every train in RailPlan", 1),
            ("A2 Fit GPS to all 46 locomotives and give Control a live map", 1),
            ("A3 Text customers an arrival estimate at departure and at any slip", 1),
        ],
        [
            "Track B · Wagons that Earn",
            ("Aim: wagons in traffic, not in the shed", 1),
            ("B1 Record wagon examinations on tablets linked to Fleetwise", 1),
            ("B2 Plan brake and wheelset work from wagon mileage", 1),
            ("B3 Open a second examination road at Hexley depot", 1),
        ],
    )
    rail_slide(
        prs,
        TWO_CONTENT,
        "Four tracks (2 of 2)",
        [
            "Track C · Crews Planned Well",
            ("Aim: rosters drivers can live by", 1),
            ("C1 Fix driver rosters 28 days ahead in CrewLink", 1),
            ("C2 Qualify 36 new drivers through the Driver Academy", 1),
            ("C3 Give 40 drivers route knowledge of the Brindmoor branch", 1),
        ],
        [
            "Track D · Lower-Carbon Haulage",
            ("Aim: less fuel for every tonne we move", 1),
            ("D1 Fit FuelSense meters to the other 28 locomotives", 1),
            ("D2 Run the Class 56 fleet on HVO from Hexley depot", 1),
            ("D3 Coach drivers on coasting and idle cut-off from FuelSense data", 1),
            "How we work: one train, one plan, one record",
            "Safety comes before punctuality, every time",
        ],
    )

    # 9 measures
    slide = rail_slide(prs, TITLE_ONLY, "Measures we will report to the Board")
    native_table(
        slide,
        [
            ["Measure", "2026/27", "Dec 2030", "Owner"],
            ["Right-time departures from terminals", "71%", "88%", "Operations Director"],
            ["Wagons available for traffic", "84%", "92%", "Fleet Engineering Director"],
            ["Company-caused cancellations per 1,000 trains", "18", "8", "Control Manager"],
            ["Fuel per thousand gross tonne-km", "4.6 litres", "3.9 litres", "Fuel Manager"],
            ["Driver turns worked on rest days", "11%", "5%", "Head of Crew Resourcing"],
            ["Lost-time injuries per 100,000 hours", "0.9", "0.4", "Head of SHE"],
        ],
        0.4,
        1.6,
        [4.0, 1.3, 1.3, 2.6],
        row_h=0.55,
        size=13,
        fills={(0, c): PALE for c in range(4)},
    )

    # 10 roadmap in half-years
    slide = rail_slide(prs, TITLE_ONLY, "Roadmap: three stages, four gates")
    halves = ["H1 2028", "H2 2028", "H1 2029", "H2 2029", "H1 2030", "H2 2030"]
    rows = [
        ["", *halves],
        ["Stage 1 · Prepare", "GPS, baselines, Kestrel set-up", "", "", "", "", ""],
        ["Stage 2 · Prove", "", "Kestrel pilot", "Tablets, 28-day rosters", "", "", ""],
        ["Stage 3 · Scale", "", "", "", "All six terminals", "HVO, FuelSense", "Close"],
        [
            "Gates",
            "Gate 1, June 2028",
            "",
            "Gate 2, January 2029: Kestrel go/no-go",
            "Gate 3, June 2029",
            "",
            "Close-out, December 2030",
        ],
    ]
    fills = {(1, 1): PALE, (2, 2): PALE, (2, 3): PALE}
    fills |= {(3, c): PALE for c in (4, 5, 6)}
    native_table(slide, rows, 0.3, 1.6, [1.6, *[1.4] * 6], row_h=0.8, size=10, fills=fills)
    box = slide.shapes.add_textbox(Inches(0.3), Inches(6.0), Inches(9.2), Inches(0.6))
    fill_frame(box.text_frame, ["H1 runs January to June, H2 July to December."], 12)

    # 11 pilot
    rail_slide(
        prs,
        TWO_CONTENT,
        "Pilot Kestrel: the Brindmoor corridor",
        [
            "What Kestrel is",
            ("July to December 2028, Hexley to Brindmoor terminal", 1),
            ("14 trains a day with live GPS and arrival texts", 1),
            ("Every Kestrel wagon examined on a tablet", 1),
            ("Drivers on 28-day rosters for the corridor", 1),
        ],
        [
            "Success criteria",
            ("Brindmoor right-time departures at 85% for three months running", 1),
            ("Tablet records for every Kestrel wagon examination", 1),
            ("Two customers say the arrival texts change how they plan", 1),
            "Go/no-go: the Full Train Board decides at Gate 2 whether Kestrel goes to all six "
            "terminals",
        ],
    )

    # 12 first 100 days
    rail_slide(
        prs,
        TITLE_AND_CONTENT,
        "The first 100 days",
        [
            "Confirm the 2026/27 baselines for the six measures",
            "Sign the GPS order for all 46 locomotives",
            "Survey mobile coverage along the Brindmoor branch",
            "Open Company Council consultation on 28-day rosters",
            "Start the first Driver Academy intake of 12 trainees",
            "Bid the Kestrel paths for the May 2028 timetable change",
            "Agree an HVO supply contract for Hexley depot",
        ],
    )

    # 13 investment
    slide = rail_slide(prs, TITLE_ONLY, "Investment")
    native_table(
        slide,
        [
            ["Track", "2028", "2029", "2030", "Total"],
            ["A · Right Time", "£2.1m", "£1.4m", "£0.6m", "£4.1m"],
            ["B · Wagons that Earn", "£1.2m", "£3.9m", "£2.6m", "£7.7m"],
            ["C · Crews Planned Well", "£0.6m", "£2.2m", "£2.3m", "£5.1m"],
            ["D · Lower-Carbon Haulage", "£0.3m", "£1.8m", "£2.4m", "£4.5m"],
            ["Total", "£4.2m", "£9.3m", "£7.9m", "£21.4m"],
        ],
        0.5,
        1.6,
        [3.4, 1.4, 1.4, 1.4, 1.4],
        size=13,
    )
    box = slide.shapes.add_textbox(Inches(0.5), Inches(4.4), Inches(9.0), Inches(1.5))
    fill_frame(
        box.text_frame,
        [
            "Payback in 2032 from fuel, wagon hire and fewer cancellations",
            "Spend above £500,000 goes to Valtor Logistics' investment committee",
        ],
        14,
    )

    # 14 risks
    slide = rail_slide(prs, TITLE_ONLY, "Risks and mitigations")
    native_table(
        slide,
        [
            ["Risk", "Mitigation"],
            [
                "Mobile coverage drops on the Brindmoor branch",
                "Store GPS positions on the locomotive and send them when back in coverage",
            ],
            [
                "Roster consultation runs long",
                "Share the Kestrel roster data with the Company Council each month",
            ],
            [
                "Class 56 engine controllers fail",
                "Buy spare controller sets from a retired fleet",
            ],
            [
                "Wagon examiners retire faster than we train",
                "Pair each new examiner with a senior examiner for a year",
            ],
        ],
        0.4,
        1.6,
        [3.6, 5.6],
        row_h=0.7,
        size=13,
    )

    # 15 governance and asks
    rail_slide(
        prs,
        TWO_CONTENT,
        "Governance and what we ask of the Board",
        [
            "Governance",
            ("The Managing Director sponsors Full Train 2030", 1),
            ("The Full Train Board meets monthly and takes the gates", 1),
            ("Each track has one lead and reports one measure", 1),
            ("The Board of Directors sees the measures each quarter", 1),
        ],
        [
            "Asks",
            ("Approve Full Train 2030 and its six measures", 1),
            ("Release £4.2m for Stage 1", 1),
            ("Note that Valtor Logistics reviews the GPS spend in February 2028", 1),
        ],
    )
    return prs


# =========================================================================== Lindale Mills
# A Keynote export: 4:3 pages of 1024 x 768 pt, one idea a page, a large serif headline at the
# top left, body text in a sans at 24 pt, tiles with the big number above its label, and a
# roadmap of bars along a count of months (Month 1 anchored once to a calendar month).

KW, KH = 1024.0, 768.0
KM = 64.0
INK = (34, 34, 40)
SOFT = (110, 110, 118)
WOOL = (244, 239, 230)
MADDER = (150, 40, 46)
INDIGO = (38, 54, 96)
WHITE_T = (255, 255, 255)


class KeynotePDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="pt", format=(KH, KW))
        self.set_auto_page_break(False)
        self.set_margins(KM, KM, KM)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("macOS Version 14.6 (Build 23G80) Quartz PDFContext")
        self.set_creator("Keynote")
        self.set_author("Lindale Mills Ltd")

    def wrap(self, text: str, width: float, size: float, family: str, style: str) -> list[str]:
        self.set_font(family, style, size)
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

    def put(self, x, y, text, size, style="", color=INK, family="helvetica") -> None:
        self.set_font(family, style, size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.cell(0, size * 1.2, text)

    def para(self, x, y, width, text, size=24, style="", color=INK, family="helvetica") -> float:
        for line in self.wrap(text, width, size, family, style):
            self.put(x, y, line, size, style, color, family)
            y += size * 1.3
        return y

    def keypage(self, headline: str, kicker: str = "") -> float:
        self.add_page()
        self.set_fill_color(*WOOL)
        self.rect(0, 0, KW, KH, style="F")
        y = 56.0
        if kicker:
            self.put(KM, y, kicker.upper(), 14, "B", MADDER)
            y += 26
        y = self.para(KM, y, KW - 2 * KM, headline, 40, "B", INK, "times")
        self.set_draw_color(*MADDER)
        self.set_line_width(2)
        self.line(KM, y + 10, KM + 80, y + 10)
        self.put(KW - KM - 20, KH - 40, str(self.page_no()), 12, "", SOFT)
        return y + 36

    def items(self, lines: Sequence[str], y: float, size: float = 24, x: float = KM) -> float:
        """Body lines, each its own paragraph with space after (Keynote's 'builds')."""
        for text in lines:
            y = self.para(x, y, KW - KM - x, text, size) + size * 0.6
        return y

    def tile(self, x, y, w, number, label, fill=INDIGO) -> None:
        self.set_fill_color(*fill)
        self.rect(x, y, w, 190, style="F")
        self.put(x + 18, y + 22, number, 54, "B", WHITE_T, "times")
        self.para(x + 18, y + 100, w - 36, label, 17, "", WHITE_T)


def build_lindale() -> KeynotePDF:
    pdf = KeynotePDF()
    # 1 title
    pdf.add_page()
    pdf.set_fill_color(*INDIGO)
    pdf.rect(0, 0, KW, KH, style="F")
    pdf.put(KM, 250, "Fine Cloth 2030", 72, "B", WHITE_T, "times")
    pdf.put(KM, 350, "Lindale Mills Ltd", 30, "", WHITE_T)
    pdf.put(KM, 400, "Our plan for April 2028 to March 2030", 24, "", WHITE_T)
    pdf.put(KM, 440, "Board of Directors  ·  9 February 2028", 20, "", (200, 206, 226))

    # 2 summary tiles
    y = pdf.keypage("Fine Cloth 2030 on one page", "Summary")
    tiles = [
        ("95%", "orders in full, in the promised week, by March 2030"),
        ("92%", "dye lots right first time, by March 2030"),
        ("82%", "loom efficiency across the sheds, by March 2030"),
        ("-28%", "water per kilo of cloth, by March 2030"),
    ]
    for i, (number, label) in enumerate(tiles):
        pdf.tile(KM + i * 228, y, 212, number, label, INDIGO if i % 2 == 0 else MADDER)
    pdf.items(
        [
            "Four threads, three parts, one pilot in Shed 3.",
            "£6.8m over 24 months; £1.6m asked for now.",
        ],
        y + 230,
    )

    # 3 current state
    y = pdf.keypage("Where the mill stands", "Today")
    pdf.items(
        [
            "184 years of worsted spinning and weaving in the Holme valley.",
            "312 people, 96 looms in three sheds, 1.9 million metres a year.",
            "In 2027, 74% of orders left complete in the week we had promised.",
            "22 of every 100 dye lots needed a re-dye or a shade correction.",
            "Our looms ran 71% of the hours we scheduled them.",
            "Each kilo we finished used 118 litres of water.",
        ],
        y,
    )

    # 4 market
    y = pdf.keypage("The cloth market has changed", "Context")
    pdf.items(
        [
            "Tailors order smaller runs: 140 metres on average, from 210 in 2022.",
            "Italian mills quote four-week delivery on stock qualities.",
            "Gas cost us £1.9m in 2027, against £0.7m in 2021.",
            "Buyers now ask for water and carbon per metre in their terms.",
        ],
        y,
    )

    # 5 quotes
    y = pdf.keypage("What we heard", "Voices")
    pdf.items(
        [
            '"The cloth is the best I buy. I just never know when it will come."',
            "(A Savile Row cutter)",
            '"A shade goes wrong on Friday and we find out on Tuesday."',
            "(Dyehouse team leader)",
            '"I walk the shed all night listening for a loom that has stopped."',
            "(Night tuner, Shed 2)",
        ],
        y,
        22,
    )

    # 6 north star
    y = pdf.keypage("Our north star", "Ambition")
    y = pdf.items(["The mill the world's best tailors ask for by name."], y, 30)
    pdf.items(
        [
            "Deliver 95% of cloth orders in full and in the promised week",
            "by March 2030, from 74% today.",
        ],
        y + 20,
        26,
    )

    # 7 threads overview
    y = pdf.keypage("Four threads", "Priorities")
    y = pdf.items(
        [
            "1  Right First Time: shades that match at the first dyeing.",
            "2  Looms That Run: every stop seen, every tuner in the right place.",
            "3  Less Water, Less Heat: metered, recovered, reused.",
            "4  Promise and Deliver: dates we set from the plan, and keep.",
        ],
        y,
    )
    pdf.items(
        [
            "Our rules: measure before we mend; craft first, machines second.",
            "English cloth, finished in the valley where it was spun.",
        ],
        y + 20,
        18,
    )

    # 8-11 one thread a page
    threads = [
        (
            "Thread 1: Right First Time",
            [
                "Replace DyeMaster v6 with a supported dyehouse system.",
                "Read every lab dip on the spectrophotometer and keep the result.",
                "Weigh dyes by automatic dispensing in the dye kitchen.",
            ],
        ),
        (
            "Thread 2: Looms That Run",
            [
                "Fit loom monitors to all 96 looms.",
                "Plan tuners' work from stoppage data, loom by loom.",
                "Train four new loom tuners beside our senior tuners.",
            ],
        ),
        (
            "Thread 3: Less Water, Less Heat",
            [
                "Meter water at the dyehouse, the scour and the finishing range.",
                "Recover heat from dyehouse effluent to warm boiler feed water.",
                "Reuse final rinse water in the scour.",
            ],
        ),
        (
            "Thread 4: Promise and Deliver",
            [
                "Set delivery weeks from the live weaving plan in Sartor.",
                "Confirm every order to the customer within two working days.",
                "Hold a weekly order-book review of planning, weaving and finishing.",
            ],
        ),
    ]
    for title, lines in threads:
        y = pdf.keypage(title, "Priorities")
        pdf.items(lines, y)

    # 12 measures
    y = pdf.keypage("How we will measure it", "Measures")
    rows = [
        ("Measure", "2027", "Month 24", "Owner"),
        ("Orders in full, in the promised week", "74%", "95%", "Planning"),
        ("Dye lots right first time", "78%", "92%", "Dyehouse"),
        ("Loom efficiency, all sheds", "71%", "82%", "Weaving"),
        ("Water per kilo of cloth finished", "118 L", "85 L", "Sustainability"),
        ("Mending minutes per 100 metres woven", "42", "25", "Finishing"),
        ("Apprentices still with us after a year", "5 of 8", "7 of 8", "HR and Skills"),
    ]
    widths = [430, 120, 140, 206]
    for n, row in enumerate(rows):
        x = KM
        style = "B" if n == 0 else ""
        for value, w in zip(row, widths, strict=True):
            pdf.put(x, y, value, 20, style, MADDER if n == 0 else INK)
            x += w
        y += 44
        pdf.set_draw_color(*SOFT)
        pdf.set_line_width(0.5)
        pdf.line(KM, y - 8, KW - KM, y - 8)

    # 13 roadmap
    y = pdf.keypage("Three parts over 24 months", "Roadmap")
    pdf.put(KM, y, "Month 1 is April 2028; Month 24 is March 2030.", 18, "", SOFT)
    y += 40
    axis_x, axis_w = KM + 40, KW - 2 * KM - 40
    per = axis_w / 24
    bars = [
        ("Part One: Set the Loom", 1, 6, "Months 1-6"),
        ("Part Two: Weave", 7, 15, "Months 7-15"),
        ("Part Three: Finish", 16, 24, "Months 16-24"),
    ]
    for i, (name, start, end, span) in enumerate(bars):
        top = y + i * 90
        pdf.set_fill_color(*(INDIGO, MADDER, INDIGO)[i])
        pdf.rect(axis_x + (start - 1) * per, top, (end - start + 1) * per, 50, style="F")
        pdf.put(axis_x + (start - 1) * per + 10, top + 6, name, 18, "B", WHITE_T)
        pdf.put(axis_x + (start - 1) * per + 10, top + 28, span, 13, "", WHITE_T)
    y += 290
    pdf.items(
        [
            "Review A at Month 6  ·  Heddle go/no-go at Month 10",
            "Review B at Month 15  ·  Close at Month 24",
        ],
        y,
        20,
    )

    # 14 pilot
    y = pdf.keypage("Heddle: the Shed 3 pilot", "Pilot")
    y = pdf.items(
        [
            "Loom monitors on the 24 rapier looms of Shed 3, Months 4 to 9.",
            "Success means:",
        ],
        y,
        22,
    )
    y = pdf.items(
        [
            "- a reason recorded for 95% of loom stops",
            "- Shed 3 loom efficiency up five points",
            "- tuners use the stoppage board at every shift handover",
        ],
        y,
        22,
        KM + 30,
    )
    pdf.items(
        [
            "At Month 10 the Fine Cloth Group decides go or no-go",
            "for Sheds 1 and 2.",
        ],
        y + 10,
        22,
    )

    # 15 first 100 days
    y = pdf.keypage("Our first 100 days", "Next")
    pdf.items(
        [
            "Fix the 2027 baselines for the six measures.",
            "Survey Wi-Fi coverage in the three weaving sheds.",
            "Open talks with the GMB on loom monitoring.",
            "Order 24 loom monitors for Shed 3.",
            "Fit a water meter on the dyehouse main.",
            "Apply for listed building consent for the heat-recovery flue.",
            "Take on the September 2028 apprentice intake.",
        ],
        y,
        22,
    )

    # 16 investment
    y = pdf.keypage("£6.8m over 24 months", "Investment")
    pdf.items(
        [
            "Right First Time £1.9m  ·  Looms That Run £2.2m",
            "Less Water, Less Heat £2.1m  ·  Promise and Deliver £0.6m",
            "Half from our own cash, half from an asset loan.",
            "Payback in under five years, mostly from gas and re-dyes.",
            "First release: £1.6m for Part One.",
        ],
        y,
    )

    # 17 risks
    y = pdf.keypage("What could go wrong", "Risks")
    pdf.items(
        [
            "GMB talks run long. So: start in Month 1 and show tuners the Heddle data first.",
            "Consent for the flue is slow. So: route the flue inside the existing chimney.",
            "Wi-Fi fails in the sheds. So: wire the Shed 3 monitors to the network.",
            "Tuners retire. So: pair each new tuner with a senior tuner for two years.",
        ],
        y,
        21,
    )

    # 18 governance and asks
    y = pdf.keypage("Governance, and our asks", "Decisions")
    pdf.items(
        [
            "The Managing Director sponsors Fine Cloth 2030 and chairs the Fine Cloth Group.",
            "The Group meets monthly and takes the reviews and the Heddle decision.",
            "The Board sees the six measures each quarter.",
            "We ask the Board to approve Fine Cloth 2030 and its six measures,",
            "to release £1.6m for Part One,",
            "and to note that the loom monitors go to the shareholders' council in May 2028.",
        ],
        y,
        21,
    )
    return pdf


# =========================================================================== Northmere Registry
# A board paper on A4 landscape (842 x 595 pt): a running header with the paper number, a
# classification and the page, numbered sections (1, 2, ...) with numbered paragraphs (1.1)
# and lettered points ((a)), ruled tables, and a roadmap by financial year (April to March).

AW, AH = 842.0, 595.0
AM = 48.0
NAVY = (16, 40, 72)
RULE = (180, 186, 196)
TEXT = (25, 25, 25)
NMR_HEAD = "NORTHMERE INTERNATIONAL SHIP REGISTRY  |  Paper NISR/B/28/03  |  Board, 24 January 2028"


class BoardPaperPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="pt", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(AM, AM, AM)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("Microsoft: Print To PDF")
        self.set_creator("Microsoft Word")
        self.set_author("Office of the Chief Executive")
        self.y_pos = 0.0

    def wrap(self, text: str, width: float, size: float, style: str = "") -> list[str]:
        self.set_font("times", style, size)
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

    def put(self, x, y, text, size=11, style="", color=TEXT) -> None:
        self.set_font("times", style, size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.cell(0, size * 1.2, text)

    def sheet(self) -> None:
        self.add_page()
        self.put(AM, 20, NMR_HEAD, 8, "", NAVY)
        self.put(AW - AM - 110, 20, f"Confidential  |  Page {self.page_no()}", 8, "", NAVY)
        self.set_draw_color(*NAVY)
        self.set_line_width(0.8)
        self.line(AM, 34, AW - AM, 34)
        self.y_pos = 50.0

    def section(self, number: str, title: str) -> None:
        self.y_pos += 6
        self.put(AM, self.y_pos, f"{number}. {title}", 14, "B", NAVY)
        self.y_pos += 24

    def para(self, number: str, text: str, indent: float = 0, size: float = 11) -> None:
        x = AM + indent
        if number:
            self.put(x, self.y_pos, number, size, "B")
        for line in self.wrap(text, AW - AM - x - 40, size):
            self.put(x + 40, self.y_pos, line, size)
            self.y_pos += size * 1.35
        self.y_pos += 3

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], size=10.0) -> None:
        x0, pad = AM, 4
        for n, row in enumerate(rows):
            style = "B" if n == 0 else ""
            wrapped = [
                self.wrap(v, w - 2 * pad, size, style) for v, w in zip(row, widths, strict=True)
            ]
            height = max(len(w) for w in wrapped) * size * 1.25 + 2 * pad
            if n == 0:
                self.set_fill_color(222, 228, 238)
                self.rect(x0, self.y_pos, sum(widths), height, style="F")
            self.set_draw_color(*RULE)
            self.set_line_width(0.5)
            self.line(x0, self.y_pos + height, x0 + sum(widths), self.y_pos + height)
            cx = x0
            for lines, w in zip(wrapped, widths, strict=True):
                for i, line in enumerate(lines):
                    self.put(cx + pad, self.y_pos + pad + i * size * 1.25, line, size, style)
                cx += w
            self.y_pos += height
        self.y_pos += 10

    def boxes(self, items: Sequence[tuple[str, str]]) -> None:
        w = (AW - 2 * AM - 3 * 12) / 4
        for i, (big, small) in enumerate(items):
            x = AM + i * (w + 12)
            self.set_draw_color(*NAVY)
            self.set_line_width(1)
            self.rect(x, self.y_pos, w, 78)
            self.put(x + 10, self.y_pos + 8, big, 22, "B", NAVY)
            yy = self.y_pos + 38
            for line in self.wrap(small, w - 20, 9.5):
                self.put(x + 10, yy, line, 9.5)
                yy += 12
        self.y_pos += 92


def build_northmere() -> BoardPaperPDF:
    pdf = BoardPaperPDF()
    # page 1: title block, purpose, summary
    pdf.sheet()
    pdf.put(AM, pdf.y_pos, "Clear Flag 2032", 26, "B", NAVY)
    pdf.y_pos += 34
    pdf.put(AM, pdf.y_pos, "Northmere International Ship Registry Ltd", 13, "B")
    pdf.y_pos += 18
    pdf.put(AM, pdf.y_pos, "Board of Directors, 24 January 2028. From: the Chief Executive.", 11)
    pdf.y_pos += 18
    pdf.put(
        AM, pdf.y_pos, "A four-year plan for April 2028 to March 2032 (FY2028/29 to FY2031/32)", 11
    )
    pdf.y_pos += 20
    pdf.section("1", "Purpose")
    pdf.para(
        "1.1",
        "This paper asks the Board to approve Clear Flag 2032 and to release $2.9m for its first year.",
    )
    pdf.section("2", "Summary")
    pdf.boxes(
        [
            ("1,600", "ships on the register by March 2032"),
            ("90%", "of provisional registrations within 24 hours, by March 2032"),
            ("1.5%", "port state control detention rate, by March 2032"),
            ("2 days", "to issue a seafarer endorsement, by March 2032"),
        ]
    )
    pdf.para(
        "2.1", "Four courses, three phases and one pilot (Lodestar) over four financial years."
    )
    pdf.para(
        "2.2", "Total cost $11.6m; revenue from tonnage fees rises by an expected $4.1m a year."
    )

    # page 2: where we stand, market
    pdf.sheet()
    pdf.section("3", "Where we stand")
    pdf.para(
        "3.1",
        "The register holds 1,240 ships of 31.5 million gross tonnes, run from Port Anselm with offices in London, Piraeus and Singapore.",
    )
    pdf.para(
        "3.2",
        "In FY2026/27, 38% of provisional registrations were completed inside a day of a complete file.",
    )
    pdf.para(
        "3.3",
        "Port states detained 3.1% of our ships they inspected, against 2.4% for the white-list average.",
    )
    pdf.para(
        "3.4", "A seafarer waited 11 days on average for an endorsement of a foreign certificate."
    )
    pdf.para(
        "3.5", "92 ships (7.4%) left the register in FY2026/27, most of them after a detention."
    )
    pdf.section("4", "The market")
    pdf.para(
        "4.1",
        "Five open registers compete for the same managers in Piraeus, Singapore and Hamburg.",
    )
    pdf.para(
        "4.2", "Two rival flags register a ship in a day and issue certificates electronically."
    )
    pdf.para("4.3", "Charterers now screen flags by detention record before they fix a ship.")
    pdf.para("4.4", "The quality flag for owners who cannot afford a bad inspection.")

    # page 3: what we heard, north star
    pdf.sheet()
    pdf.section("5", "What we heard")
    pdf.para(
        "5.1",
        '"We chose you for the fees and stayed for the people. Then we waited nine days for a certificate." (Fleet director, Piraeus manager)',
    )
    pdf.para(
        "5.2",
        '"We hear about a detention from the press before the ship tells us." (Flag inspector)',
    )
    pdf.para(
        "5.3",
        '"The endorsement is the last paper I need, and the one that takes longest." (Chief officer)',
    )
    pdf.section("6", "North star")
    pdf.para("6.1", "A flag that owners are proud to fly and port states wave through.")
    pdf.para("6.2", "Grow the register from 1,240 ships to 1,600 ships by March 2032.")

    # page 4: courses 1 and 2
    pdf.sheet()
    pdf.section("7", "The four courses")
    pdf.para(
        "7.1",
        "Course 1: Register in a Day. Aim: any owner, any time zone, registered within 24 hours.",
    )
    pdf.para("(a)", "Open a duty registrar desk in Singapore for the Asian working day.", 40)
    pdf.para("(b)", "Take registration files through an online owner portal.", 40)
    pdf.para("(c)", "Replace Ledger with a supported register system before June 2029.", 40)
    pdf.para(
        "7.2", "Course 2: Safer Fleet. Aim: a detention record that keeps us on the white list."
    )
    pdf.para(
        "(a)", "Inspect every ship at higher risk within 60 days of entry to the register.", 40
    )
    pdf.para("(b)", "Score each ship's detention risk from inspection and age data each month.", 40)
    pdf.para("(c)", "Receive detention notices from the port state database within a day.", 40)

    # page 5: courses 3 and 4, principles
    pdf.sheet()
    pdf.para(
        "7.3", "Course 3: Certificates Online. Aim: papers that reach the ship before it sails."
    )
    pdf.para(
        "(a)", "Issue certificates of registry as electronic certificates with QR verification.", 40
    )
    pdf.para("(b)", "Take seafarer endorsement applications online in SeaCert.", 40)
    pdf.para("(c)", "Check foreign certificates against the issuing states' online registers.", 40)
    pdf.para(
        "7.4", "Course 4: Inspectors Where the Ships Are. Aim: an inspector within a day's reach."
    )
    pdf.para("(a)", "Build a panel of 20 flag inspectors in Rotterdam, Houston and Busan.", 40)
    pdf.para("(b)", "Put inspection reports on tablets straight into InspectTrack.", 40)
    pdf.para("(c)", "Station a casualty investigator in Singapore.", 40)
    pdf.para(
        "7.5", "Principles: one ship, one file, one owner contact; safety findings outrank fees."
    )

    # page 6: measures
    pdf.sheet()
    pdf.section("8", "Measures")
    pdf.table(
        [
            ["Measure", "FY2026/27", "March 2032", "Owner"],
            [
                "Provisional registrations completed within 24 hours",
                "38%",
                "90%",
                "Registrar General",
            ],
            ["Port state control detention rate", "3.1%", "1.5%", "Director of Marine Safety"],
            ["Days to issue a seafarer endorsement", "11", "2", "Head of Seafarer Certification"],
            ["Annual flag inspections done on time", "81%", "98%", "Principal Flag Inspector"],
            ["Ships leaving the register each year", "7.4%", "4%", "Commercial Director"],
            [
                "Casualty reports closed within 90 days",
                "55%",
                "85%",
                "Casualty Investigation Manager",
            ],
        ],
        [330, 90, 100, 226],
    )
    pdf.para(
        "8.1",
        "Baselines are FY2026/27 figures from the Harbour warehouse; the Quality and Audit Manager confirms them.",
    )

    # page 7: roadmap by financial year
    pdf.sheet()
    pdf.section("9", "Roadmap")
    pdf.para(
        "9.1", "Financial years run April to March. Gates fall at the March Board of each year."
    )
    pdf.table(
        [
            ["Phase", "FY2028/29", "FY2029/30", "FY2030/31", "FY2031/32"],
            ["Phase 1: Steady the Ship", "Singapore desk, Lodestar, data feeds", "", "", ""],
            ["Phase 2: Go Digital", "", "New register system, online portal", "", ""],
            ["Phase 3: Full Ahead", "", "", "Inspector panel, e-certificates", "for all ships"],
            [
                "Gates",
                "Gate 1, March 2029: Lodestar go/no-go",
                "Gate 2, March 2030",
                "Gate 3, March 2031",
                "Close-out, March 2032",
            ],
        ],
        [170, 150, 150, 150, 126],
    )

    # page 8: pilot, first 100 days
    pdf.sheet()
    pdf.section("10", "Pilot: Lodestar")
    pdf.para(
        "10.1",
        "Lodestar issues electronic certificates to the 140 ships of two managers, Hallin Shipmanagement and Cabo Tankers, from October 2028 to February 2029.",
    )
    pdf.para("10.2", "Success criteria:")
    pdf.para("(a)", "every Lodestar ship holds its certificates electronically;", 40)
    pdf.para("(b)", "zero detentions for certificate reasons on Lodestar ships;", 40)
    pdf.para("(c)", "both managers rate the service 8 out of 10 or better.", 40)
    pdf.para(
        "10.3",
        "Go/no-go: the Clear Flag Board decides at Gate 1 in March 2029 whether e-certificates go to the whole register.",
    )
    pdf.section("11", "The first 100 days")
    pdf.para("(a)", "Appoint a permanent Head of Digital Services.", 40)
    pdf.para("(b)", "Confirm the FY2026/27 baselines for the six measures.", 40)
    pdf.para("(c)", "Issue the tender for the register system replacing Ledger.", 40)
    pdf.para("(d)", "Sign data-sharing terms with the port state control databases.", 40)
    pdf.para("(e)", "Recruit two duty registrars for the Singapore desk.", 40)
    pdf.para("(f)", "Agree the Lodestar terms with Hallin Shipmanagement and Cabo Tankers.", 40)

    # page 9: investment, risks
    pdf.sheet()
    pdf.section("12", "Investment")
    pdf.table(
        [
            ["Course", "FY28/29", "FY29/30", "FY30/31", "FY31/32", "Total"],
            ["Register in a Day", "$1.2m", "$2.6m", "$0.5m", "$0.2m", "$4.5m"],
            ["Safer Fleet", "$0.6m", "$0.8m", "$0.7m", "$0.5m", "$2.6m"],
            ["Certificates Online", "$0.8m", "$1.1m", "$0.6m", "$0.2m", "$2.7m"],
            ["Inspectors Where the Ships Are", "$0.3m", "$0.5m", "$0.6m", "$0.4m", "$1.8m"],
            ["Total", "$2.9m", "$5.0m", "$2.4m", "$1.3m", "$11.6m"],
        ],
        [220, 90, 90, 90, 90, 90],
    )
    pdf.section("13", "Risks")
    pdf.table(
        [
            ["Risk", "Mitigation"],
            [
                "Ledger fails before its replacement is live",
                "Extend the maker's support by a paid year as a fallback",
            ],
            [
                "Port states refuse electronic certificates",
                "Carry printed certificates on ships calling at those states",
            ],
            [
                "Warranted registrars are too few for the Singapore desk",
                "Seek warrants for four registrars from the Maritime Administrator",
            ],
            [
                "Contract inspectors are unavailable at peak",
                "Pay a retainer to the Rotterdam, Houston and Busan panel",
            ],
        ],
        [330, 416],
    )

    # page 10: governance, recommendations
    pdf.sheet()
    pdf.section("14", "Governance")
    pdf.para(
        "14.1",
        "The Chief Executive sponsors Clear Flag 2032 and chairs the Clear Flag Board, which meets monthly, takes the gates and the Lodestar go/no-go, and releases funds within the approved budget.",
    )
    pdf.para("14.2", "The Programme Manager runs the plan; each course has one lead.")
    pdf.para("14.3", "The Board receives the six measures each quarter.")
    pdf.section("15", "Recommendations")
    pdf.para("15.1", "The Board is asked to approve Clear Flag 2032 and its six measures.")
    pdf.para("15.2", "The Board is asked to release $2.9m for FY2028/29.")
    pdf.para(
        "15.3",
        "The Board is asked to note that the register system contract goes to the Concession Committee in June 2028.",
    )
    return pdf


# =========================================================================== Tarrant org
# The roster is an XLSX workbook from the HR system, one sheet per department, each with a
# title line, a blank row and a header row (Role, Tier, Base, Remit).

TARRANT_PEOPLE: dict[str, list[tuple[str, str, str, str]]] = {
    "Executive": [
        (
            "Managing Director",
            "core",
            "Hexley",
            "Sponsor of Full Train 2030. Chairs the Full Train Board, takes its gates and the "
            "Kestrel go/no-go, and releases programme funds within the budget the Board of "
            "Directors approves. Answers to Valtor Logistics for spend above its limit.",
        ),
        (
            "Finance Director",
            "core",
            "Hexley",
            "Budgets, investment cases, the capital plan and papers to Valtor Logistics' "
            "investment committee; benefits accounting for Full Train.",
        ),
        (
            "Full Train Programme Manager",
            "core",
            "Hexley",
            "Secretary of the Full Train Board. Keeps the plan, the risk log and the baselines "
            "of the six measures; coordinates the Kestrel corridor across departments.",
        ),
    ],
    "Operations": [
        (
            "Operations Director",
            "core",
            "Hexley",
            "Train running across the six terminals and both depots; terminal managers report "
            "here. Owns the right-time departure measure.",
        ),
        (
            "Head of Train Planning",
            "core",
            "Hexley",
            "The working timetable: bids paths to the infrastructure manager at each timetable "
            "change, writes locomotive and wagon diagrams, and sets terminal dwell allowances "
            "in RailPlan.",
        ),
        (
            "Control Manager",
            "core",
            "Hexley",
            "Runs the 24-hour Control room: live running, disruption, the hourly position "
            "report and decisions to cancel or retime. Owns the company-caused cancellations "
            "measure.",
        ),
        (
            "Terminal Manager, Brindmoor",
            "extended",
            "Brindmoor",
            "Loading, shunting and despatch at Brindmoor terminal; host terminal of the Kestrel "
            "corridor.",
        ),
        (
            "Customer Service Manager",
            "extended",
            "Hexley",
            "Daily running advice to customers, delay notices, arrival advice and late-delivery "
            "claims; keeps the customer contact list for every flow.",
        ),
    ],
    "Engineering": [
        (
            "Fleet Engineering Director",
            "core",
            "Calder Road",
            "Entity in Charge of Maintenance for locomotives and wagons: maintenance regimes, "
            "vehicle records in Fleetwise, overhaul contracts and spares for the Class 56 and "
            "Class 66 fleets. Owns the wagon availability measure.",
        ),
        (
            "Wagon Maintenance Manager, Hexley",
            "extended",
            "Hexley",
            "Wagon examinations, the examination roads and the examiners at Hexley and Calder "
            "Road; brake and wheelset work.",
        ),
        (
            "Fuel and Environment Manager",
            "extended",
            "Calder Road",
            "Fuel buying and depot fuelling, FuelSense readings, HVO trials and emissions "
            "reporting to customers. Owns the fuel measure.",
        ),
    ],
    "People and Safety": [
        (
            "Head of Crew Resourcing",
            "core",
            "Hexley",
            "Driver and ground-staff links, rosters and rest-day cover in CrewLink. Owns the "
            "rest-day working measure.",
        ),
        (
            "Driver Standards Manager",
            "extended",
            "Hexley",
            "Runs the Driver Academy: trainee drivers, route knowledge, competence assessment "
            "and driving-technique coaching.",
        ),
        (
            "HR Business Partner",
            "extended",
            "Hexley",
            "Recruitment, terms and conditions, and the formal side of Company Council "
            "consultation.",
        ),
        (
            "Head of Safety, Health and Environment",
            "core",
            "Hexley",
            "The safety management system, risk assessments, incident investigation and "
            "reporting to the regulator. Owns the lost-time injury measure.",
        ),
        (
            "Company Council Chair (ASLEF)",
            "consultative",
            "Hexley",
            "Elected chair of the drivers' Company Council. Consulted on rosters, links, route "
            "work and equipment that records a driver's work; owns no programme work.",
        ),
    ],
    "Digital and Data": [
        (
            "Head of Digital and Data",
            "core",
            "Hexley",
            "RailPlan, CrewLink, Fleetwise, WagonTrak, FuelSense and the Signalbox warehouse; "
            "locomotive GPS, mobile data and tablets.",
        ),
        (
            "Data Protection Officer",
            "consultative",
            "Hexley",
            "Advises on personal data, including location data and forward-facing camera "
            "footage that identify drivers. Consulted; owns no programme work.",
        ),
    ],
}


def tarrant_people_xlsx() -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for dept, rows in TARRANT_PEOPLE.items():
        ws = wb.create_sheet(dept)
        ws.append([f"Tarrant Rail Freight: {dept}, Full Train 2030 tiers (HR export, 29 Nov 2027)"])
        ws.append([])
        ws.append(["Role", "Tier", "Base", "Remit"])
        for cell in ws[3]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        ws.column_dimensions["A"].width = 36
        ws.column_dimensions["D"].width = 90
    wb.properties.creator = "Tarrant Rail Freight HR"
    wb.properties.lastModifiedBy = "Tarrant Rail Freight HR"
    wb.properties.title = "Full Train 2030: people by department"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buffer = io.BytesIO()
    wb.save(buffer)
    return normalize_zip(buffer.getvalue())


TARRANT_ORG: dict[str, str | bytes] = {
    "people/full-train-people.xlsx": b"",  # filled in by main(), as bytes
    "governance/full-train-board-terms.md": doc(
        """
        # Full Train Board: terms of reference

        Agreed by the Executive on 30 November 2027, for the Board of Directors of
        14 December 2027.

        ## Chair and sponsor

        The Managing Director sponsors Full Train 2030 and chairs the Full Train Board. The
        Full Train Programme Manager is its secretary.

        ## Members

        - Managing Director (chair)
        - Operations Director
        - Fleet Engineering Director
        - Head of Crew Resourcing
        - Head of Safety, Health and Environment
        - Head of Digital and Data
        - Finance Director

        ## Decision rights

        - The Full Train Board takes Gates 1 to 3, the Kestrel go/no-go at Gate 2 and the
          close-out review.
        - The Full Train Board releases programme funds within the budget the Board of
          Directors approves.
        - Spend above £500,000 on one contract needs the approval of Valtor Logistics, whose
          investment committee sits in February and August.
        - Track leads decide the order of work inside their track.

        ## Consultation

        The Company Council Chair is consulted before changes to rosters, links, route work and
        equipment that records a driver's work. The Data Protection Officer is consulted before
        any use of location data or camera footage that identifies a driver. Both advise and
        own no programme work.

        ## Standing

        The Terminal Manager post at Brindmoor is held on an interim basis until a permanent
        appointment in April 2028.

        ## Cadence

        Monthly at Hexley; the Board of Directors sees the six measures each quarter.
        """
    ),
    "systems/systems-inventory.md": doc(
        """
        # Systems inventory

        Kept by the Head of Digital and Data, November 2027.

        | System | What it does | Notes |
        |---|---|---|
        | RailPlan | Train plans, paths, locomotive and wagon diagrams | Cloud service since 2023 |
        | CrewLink | Driver and ground-staff rosters and links | CrewLink rosters are built in four-week blocks and fixed 7 days before each block starts. |
        | Fleetwise | Maintenance records, regimes and work orders for locomotives and wagons | Wagon examination findings are written on paper exam cards and typed into Fleetwise at the end of each shift. |
        | WagonTrak | Wagon locations and loads | WagonTrak records a wagon's location when its train departs a terminal, and positions between terminals come from drivers' calls to Control. |
        | FuelSense | Fuel flow meters on locomotives | FuelSense meters are fitted to 18 of our 46 locomotives, and fuel for the rest is estimated from weekly depot tank dips. |
        | Signalbox | The company's data warehouse (Azure SQL, 2024) with Power BI dashboards | Signalbox loads from RailPlan and CrewLink each Monday at 03:00. |
        | Control log | Control room log of incidents and decisions | Kept by the Control Manager |

        - The engine controllers of the 12 Class 56 locomotives went out of their maker's
          support in 2022.
        - Terminal staff use company phones; the depots have Wi-Fi.
        """
    ),
    "performance/measure-definitions.md": doc(
        """
        # Full Train measures: definitions and baselines

        Baselines are the 2026/27 financial year (April to March). Kept in Signalbox by the Head
        of Digital and Data; the Full Train Programme Manager keeps the baseline pack.

        | Measure | Definition | Owner | Baseline |
        |---|---|---|---|
        | Right-time departures from terminals | Trains leaving the terminal within a minute of the booked time / trains run | Operations Director | 71% |
        | Wagons available for traffic | Wagons fit to run at 06:00 / wagons on the fleet | Fleet Engineering Director | 84% |
        | Company-caused cancellations | Trains cancelled for company reasons per 1,000 trains planned | Control Manager | 18 |
        | Fuel per thousand gross tonne-km | Litres of fuel / thousand gross tonne-km hauled | Fuel and Environment Manager | 4.6 litres |
        | Driver turns on rest days | Driver turns worked on rest days / turns worked | Head of Crew Resourcing | 11% |
        | Lost-time injuries | Injuries with a day or more off work per 100,000 hours worked | Head of Safety, Health and Environment | 0.9 |

        Right-time departure is written by the terminal shunter on a paper train sheet and keyed
        in the next morning.

        Wagon availability is counted at 06:00 each day, so a wagon released at 07:00 counts as
        stopped for the whole day.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context

        Tarrant Rail Freight Ltd has been owned by Valtor Logistics since 2020. It runs about
        260 trains a week for aggregates, intermodal and metals customers from six terminals,
        with depots at Hexley and Calder Road.

        - Paths on the Brindmoor branch are fixed at the December and May timetable changes,
          and a change between them takes 12 weeks through the infrastructure manager.
        - Mobile coverage on the Brindmoor branch drops out for 14 miles between Ashby Cutting
          and Carr Lane.
        - HVO is delivered to Calder Road; Hexley depot's fuel tank holds diesel at present.
        """
    ),
    "people/workforce-note.md": doc(
        """
        # Workforce note

        From the HR Business Partner and the Driver Standards Manager, November 2027.

        - Changes to driver rosters or links need 30 days' consultation through the Company
          Council.
        - A trainee driver takes 14 months to qualify, and learning a new route takes a
          qualified driver six weeks.
        - Nine of our 31 wagon examiners reach retirement age by 2030.
        - Forward-facing camera footage is viewed for incident investigation after the Data
          Protection Officer signs off each request.
        - The Driver Academy at Hexley runs two intakes of 12 trainees a year.
        - Drivers work from Hexley and Calder Road in eight links.
        """
    ),
}


# =========================================================================== Lindale org
# The roster is a comma-separated export from the HR system, with employee ids and grades.

LINDALE_STAFF = [
    (
        "LM0001",
        "Managing Director",
        "100 Board",
        "D1",
        "core",
        "Sponsor of Fine Cloth 2030; chairs the Fine Cloth Group, takes its reviews and the "
        "Heddle go/no-go and releases funds within the budget the Board approves.",
    ),
    (
        "LM0107",
        "Mill Manager",
        "200 Production",
        "M1",
        "core",
        "Runs the mill floor from top to cloth: spinning, dyeing, weaving and finishing; shift "
        "patterns and manning across the departments.",
    ),
    (
        "LM0233",
        "Dyehouse Manager",
        "210 Dyehouse",
        "M2",
        "core",
        "Dyeing of loose wool, tops, yarn and piece; recipes, re-dyes and the dye kitchen; "
        "DyeMaster. Owns the right-first-time dyeing measure. Interim holder.",
    ),
    (
        "LM0241",
        "Colour Lab Supervisor",
        "210 Dyehouse",
        "S1",
        "extended",
        "Lab dips, shade standards and passing shades against the customer's standard on the "
        "ShadeVision spectrophotometer.",
    ),
    (
        "LM0310",
        "Weaving Shed Manager",
        "220 Weaving",
        "M2",
        "core",
        "The three weaving sheds: warps, looms, weavers and tuners. Owns loom efficiency.",
    ),
    (
        "LM0322",
        "Head Loom Tuner",
        "220 Weaving",
        "S1",
        "extended",
        "The tuners' rota, loom setting and repair, and bringing on trainee tuners at the "
        "loom side.",
    ),
    (
        "LM0405",
        "Finishing and Perching Manager",
        "230 Finishing",
        "M2",
        "extended",
        "Scouring, milling, cropping and pressing; perching and mending. Owns mending minutes.",
    ),
    (
        "LM0450",
        "Production Planning Manager",
        "240 Planning",
        "M2",
        "core",
        "The order book, the weaving plan and the delivery week promised on each order in "
        "Sartor. Owns orders in full in the promised week.",
    ),
    (
        "LM0460",
        "Customer Services Manager",
        "300 Sales",
        "S1",
        "extended",
        "Order acknowledgements, bunches and samples, and despatch advice to merchants and "
        "tailors.",
    ),
    (
        "LM0512",
        "Head of Engineering",
        "400 Engineering",
        "M1",
        "core",
        "Boilers, steam, compressed air, the effluent plant, electrical and building services, "
        "and planned maintenance of the machinery.",
    ),
    (
        "LM0520",
        "Sustainability and Compliance Manager",
        "400 Engineering",
        "M2",
        "core",
        "Water and energy use, the trade effluent consent, environmental permits and cloth "
        "certifications. Owns the water measure.",
    ),
    (
        "LM0601",
        "IT and Systems Manager",
        "500 Finance and IT",
        "M2",
        "core",
        "Sartor, DyeMaster, ShadeVision, ShedWatch, the Bobbin warehouse, the mill network and "
        "Wi-Fi.",
    ),
    (
        "LM0650",
        "Finance Director",
        "500 Finance and IT",
        "D1",
        "core",
        "Budgets, cash, the asset loan and papers to the shareholders' council.",
    ),
    (
        "LM0702",
        "HR and Skills Manager",
        "600 People",
        "M2",
        "extended",
        "Recruitment, apprentices, the Weaving School and the mending certificate; the formal "
        "side of talks with the GMB. Owns apprentice retention.",
    ),
    (
        "LM0710",
        "Purchasing Manager",
        "500 Finance and IT",
        "S1",
        "extended",
        "Wool tops, dyestuffs, chemicals, spares and machinery purchase orders.",
    ),
    (
        "LM0801",
        "Sales Director",
        "300 Sales",
        "D2",
        "extended",
        "Merchants, tailors and export agents; prices and terms.",
    ),
    (
        "LM0901",
        "GMB Senior Steward",
        "600 People",
        "H3",
        "consultative",
        "Senior steward of the GMB. Consulted on shifts, working practices and equipment that "
        "records an operator's work; owns no programme work.",
    ),
    (
        "LM0950",
        "Heritage Buildings Adviser",
        "900 External",
        "EXT",
        "consultative",
        "Conservation architect retained by the mill. Consulted on any change to the listed "
        "buildings; owns no programme work.",
    ),
]


def lindale_staff_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(
        ["Employee ID", "Position Title", "Cost Centre", "Grade", "Fine Cloth Tier", "Role Summary"]
    )
    writer.writerows(LINDALE_STAFF)
    return buffer.getvalue()


LINDALE_ORG: dict[str, str | bytes] = {
    "people/hr-export-positions.csv": lindale_staff_csv(),
    "governance/fine-cloth-group-terms.md": doc(
        """
        # Fine Cloth Group: terms of reference

        Agreed by the Directors on 19 January 2028.

        ## Chair

        The Managing Director sponsors Fine Cloth 2030 and chairs the Fine Cloth Group. The
        Production Planning Manager keeps its papers.

        ## Members

        Managing Director, Mill Manager, Dyehouse Manager, Weaving Shed Manager, Production
        Planning Manager, Head of Engineering, Sustainability and Compliance Manager, IT and
        Systems Manager and Finance Director.

        ## Decisions

        - The Group takes Reviews A and B, the Heddle go/no-go at Month 10 and the close, and
          releases funds within the budget the Board approves.
        - Investment above £300,000 needs the approval of the family shareholders' council,
          which meets in May and November.
        - Thread owners decide the order of work in their thread.

        ## Consultation

        The GMB Senior Steward is consulted before changes to shifts, working practices and
        equipment that records an operator's work. The Heritage Buildings Adviser is consulted
        before changes to the listed buildings. Both advise; neither owns programme work.

        ## Standing

        The Dyehouse Manager post has been held on an interim basis since September 2027.
        """
    ),
    "systems/mill-systems.md": doc(
        """
        # Mill systems

        Kept by the IT and Systems Manager, January 2028.

        - Sartor ERP: orders, stock, the weaving plan, despatch and invoicing. Sartor sets every
          delivery week from a fixed six-week lead time per cloth quality.
        - DyeMaster v6: dye recipes and batch records. DyeMaster v6 has been out of its maker's
          support since 2021 and runs on a Windows 7 PC in the dye kitchen.
        - ShadeVision: the colour lab's spectrophotometer software. Lab dip results are kept as
          signed cards in the colour lab.
        - ShedWatch: loom monitoring, counting picks and stops on the 32 looms of Shed 1 since
          2019. Loom stoppages in Sheds 2 and 3 are written on the tuners' clipboards and
          totalled each Friday.
        - Bobbin: the mill's data warehouse with Power BI reports. Bobbin loads from Sartor each
          night, and DyeMaster and ShedWatch data sit outside it.
        """
    ),
    "performance/measure-definitions.md": doc(
        """
        # Fine Cloth measures

        Baselines are calendar 2027. Reported from Bobbin by the IT and Systems Manager.

        | Measure | Definition | Owner | 2027 |
        |---|---|---|---|
        | Orders in full, in the promised week | Orders despatched complete in the promised week / orders despatched | Production Planning Manager | 74% |
        | Dye lots right first time | Lots passed at the first dyeing / lots dyed | Dyehouse Manager | 78% |
        | Loom efficiency | Loom running hours / scheduled loom hours, all sheds | Weaving Shed Manager | 71% |
        | Water per kilo of cloth | Litres of water drawn / kilos of cloth finished | Sustainability and Compliance Manager | 118 L |
        | Mending minutes | Minutes of mending per 100 metres woven | Finishing and Perching Manager | 42 |
        | Apprentice retention | Apprentices still employed a year after starting | HR and Skills Manager | 5 of 8 |

        Water use is read each Friday from one borehole meter that covers the whole mill.

        Re-dyes ordered by phone are keyed into DyeMaster at the end of the week.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context

        Lindale Mills Ltd is a family-owned worsted mill in the Holme valley, spinning, dyeing,
        weaving and finishing cloth for tailors and merchants at home and abroad.

        - The trade effluent consent caps discharge to the sewer at 650 cubic metres a day.
        - Four of the six mill buildings are Grade II listed, and changes to their roofs or
          walls need listed building consent, which takes 8 to 13 weeks.
        - Wi-Fi covers the offices and the dyehouse, and the weaving sheds are out of range.
        - Steam comes from two gas boilers installed in 2011.
        """
    ),
    "people/workforce-note.md": doc(
        """
        # Workforce note

        From the HR and Skills Manager, January 2028.

        - Changes to shift patterns, or to equipment that records an operator's work, need six
          weeks' consultation with the GMB.
        - Three of our five loom tuners are over 60, and a tuner takes two years to train.
        - Perching and mending work days, Monday to Friday, while weaving runs two shifts.
        - 11 of our 23 menders hold the mill's mending certificate.
        - The Weaving School trains weavers, menders and apprentices on six looms in Shed 1.
        """
    ),
}


# =========================================================================== Northmere org
# The roster is a wiki page exported as HTML: a heading, a note on tiers and one table
# (Role, Office, Tier, Remit).

NORTHMERE_ROLES = [
    (
        "Chief Executive",
        "Port Anselm",
        "core",
        "Sponsor of Clear Flag 2032. Chairs the Clear Flag Board, takes its gates and the "
        "Lodestar go/no-go, and releases funds within the budget the Board approves.",
    ),
    (
        "Registrar General",
        "Port Anselm",
        "core",
        "Keeper of the register: entries, titles, mortgages, deletions, provisional and "
        "permanent registration, and the registrars' warrants. Owns registration time.",
    ),
    (
        "Duty Registrar Lead, Singapore",
        "Singapore",
        "extended",
        "Registrations and amendments lodged in Asian hours; leads the registrars in Singapore.",
    ),
    (
        "Director of Marine Safety",
        "Port Anselm",
        "core",
        "Flag state duties: oversight of the recognised organisations, the flag inspection "
        "regime and follow-up of port state control detentions. Owns the detention rate.",
    ),
    (
        "Principal Flag Inspector",
        "London",
        "extended",
        "Annual and entry flag inspections: the inspection programme, the contract inspectors "
        "and their reports. Owns inspections done on time.",
    ),
    (
        "Port State Control Liaison Officer",
        "London",
        "extended",
        "Watches port state control outcomes for the fleet, reads detention notices and works "
        "with managers on rectification.",
    ),
    (
        "Head of Seafarer Certification",
        "Piraeus",
        "core",
        "Flag endorsements of foreign certificates under STCW Regulation I/10, seafarer "
        "records and SeaCert. Owns endorsement time.",
    ),
    (
        "Casualty Investigation Manager",
        "Port Anselm",
        "extended",
        "Marine casualty investigations and their reports. Owns casualty reports closed on time.",
    ),
    (
        "Head of Digital Services",
        "London",
        "core",
        "Ledger, SeaCert, InspectTrack, the Harbour warehouse, the owner portal and electronic "
        "certificates; links to outside databases.",
    ),
    (
        "Finance Director",
        "Port Anselm",
        "core",
        "Tonnage fees and billing, budgets, the capital plan and papers to the Concession "
        "Committee.",
    ),
    (
        "Commercial Director",
        "London",
        "core",
        "Growth of the fleet: owners and managers, fee terms and keeping ships on the flag. "
        "Owns ships leaving the register.",
    ),
    (
        "Client Relationship Manager, Piraeus",
        "Piraeus",
        "extended",
        "Day-to-day contact with the Greek managers, including Hallin Shipmanagement and Cabo "
        "Tankers.",
    ),
    (
        "Legal Counsel",
        "Port Anselm",
        "extended",
        "The territory's merchant shipping law and regulations, mortgages, contracts and "
        "data-sharing terms.",
    ),
    (
        "Quality and Audit Manager",
        "Port Anselm",
        "extended",
        "The registry's quality system, internal audit, the IMO audit and the definitions and "
        "baselines of the measures.",
    ),
    (
        "People and Learning Manager",
        "Port Anselm",
        "extended",
        "Recruitment, contracts and the learning programme, including the inspector "
        "qualification course.",
    ),
    (
        "Clear Flag Programme Manager",
        "London",
        "core",
        "Secretary of the Clear Flag Board; keeps the plan, the risk log and the Lodestar plan.",
    ),
    (
        "Maritime Administrator's Liaison",
        "Port Anselm",
        "consultative",
        "The territory government's officer for shipping. Consulted on changes to registration "
        "rules, warrants and certificates; owns no programme work.",
    ),
    (
        "Seafarers' Union Liaison",
        "Piraeus",
        "consultative",
        "Represents seafarers on our ships. Consulted on certification and welfare matters; "
        "owns no programme work.",
    ),
]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def northmere_roles_html() -> str:
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in NORTHMERE_ROLES
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        "<title>Clear Flag 2032 - Roles and tiers</title></head>\n<body>\n"
        "<h1>Clear Flag 2032 - Roles and tiers</h1>\n"
        "<p>Exported from the registry wiki, 12 January 2028. Tier: core = member of the Clear "
        "Flag Board or leads a course; extended = contributes or advises; consultative = "
        "consulted, owns no work.</p>\n"
        '<table class="confluenceTable">\n'
        "<tr><th>Role</th><th>Office</th><th>Tier</th><th>Remit</th></tr>\n"
        f"{rows}\n</table>\n</body></html>\n"
    )


NORTHMERE_ORG: dict[str, str | bytes] = {
    "people/clear-flag-roles.html": northmere_roles_html(),
    "governance/clear-flag-board-terms.md": doc(
        """
        # Clear Flag Board: terms of reference

        Approved by the Board of Directors on 13 December 2027.

        ## Chair

        The Chief Executive sponsors Clear Flag 2032 and chairs the Clear Flag Board. The Clear
        Flag Programme Manager is its secretary.

        ## Members

        - Chief Executive (chair)
        - Registrar General
        - Director of Marine Safety
        - Head of Seafarer Certification
        - Head of Digital Services
        - Commercial Director
        - Finance Director

        ## Decisions

        - The Clear Flag Board takes Gates 1 to 3, the Lodestar go/no-go and the close-out, and
          releases funds within the budget the Board approves.
        - Spending above $400,000 on one contract needs approval by the territory's Concession
          Committee, which meets quarterly.
        - Course leads decide the order of work inside their course.

        ## Consultation

        The Maritime Administrator's Liaison is consulted on changes to registration rules,
        warrants and certificates, and the Seafarers' Union Liaison on certification and
        welfare. Both advise and own no programme work.

        ## Standing

        The Head of Digital Services role has been filled by a contractor since August 2027.
        """
    ),
    "systems/systems-register.md": doc(
        """
        # Systems register

        Kept by the Head of Digital Services, January 2028.

        - Ledger: the register of ships, titles and mortgages. Ledger dates from 2009, and its
          maker ends support in June 2029.
        - Certificates of registry are printed on security paper in Port Anselm and sent by
          courier, which takes four to nine days to reach an owner in Asia.
        - Harbour: the registry's data warehouse, with Power BI reports. Harbour loads from
          Ledger each Sunday.
        - InspectTrack: flag inspection records. Inspection reports from contract inspectors
          arrive as PDF files by email and are keyed into InspectTrack in Port Anselm.
        - Port state control detention notices reach us by email from the managers, a median
          of six days after the detention.
        - SeaCert: seafarer endorsements. SeaCert takes applications by email with scanned
          documents.
        """
    ),
    "performance/measure-definitions.md": doc(
        """
        # Clear Flag measures

        Baselines are FY2026/27 (April to March), from Harbour. The Quality and Audit Manager
        keeps the definitions.

        | Measure | Definition | Owner | FY2026/27 |
        |---|---|---|---|
        | Provisional registrations within 24 hours | Provisional registrations completed within 24 hours of a complete file / provisional registrations | Registrar General | 38% |
        | Detention rate | Detentions / port state inspections of our ships | Director of Marine Safety | 3.1% |
        | Endorsement time | Average days from a complete application to an endorsement | Head of Seafarer Certification | 11 days |
        | Inspections on time | Annual flag inspections done by their due date / due | Principal Flag Inspector | 81% |
        | Ships leaving the register | Ships deleted in the year / ships at the start of the year | Commercial Director | 7.4% |
        | Casualty reports on time | Casualty reports closed within 90 days / reports opened | Casualty Investigation Manager | 55% |

        Registration times are measured from the hour the complete file is logged, and files
        arriving outside Port Anselm office hours are logged the next working morning.

        Departures from the register are counted at the financial year end, and the reason for
        leaving is recorded for 40% of them.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context

        Northmere International Ship Registry Ltd runs the territory's open ship register under
        a concession from the Government of Northmere, renewed in 2025 for fifteen years. Head
        office is in Port Anselm, with offices in London, Piraeus and Singapore.

        - Provisional registration under the territory's law needs the signature of a registrar
          holding a warrant from the Maritime Administrator, and 6 of our 22 registrars hold
          one.
        - Changes to the Merchant Shipping Regulations go through the territory's Legislative
          Council, which sits in March and October.
        - White-list status is reviewed each July on three years of inspection data.
        - Electronic certificates are accepted by 31 of the 46 port states where our ships
          trade most.
        """
    ),
    "people/workforce-note.md": doc(
        """
        # Workforce note

        From the People and Learning Manager, January 2028.

        - Our 64 contract flag inspectors are paid per inspection and set their own
          availability.
        - Four of our five casualty investigators work from Port Anselm, six to twelve hours'
          flight from most casualties.
        - Changes to office hours need 30 days' consultation with staff under the territory's
          employment ordinance.
        - The inspector qualification course runs twice a year in London.
        """
    ),
}

ORGS: dict[str, Mapping[str, str | bytes]] = {
    "tarrant-railfreight": TARRANT_ORG,
    "lindale-mills": LINDALE_ORG,
    "northmere-registry": NORTHMERE_ORG,
}


def write_org(case_dir: Path, files: Mapping[str, str | bytes]) -> None:
    for rel, body in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the blind9 folder by default)."""
    save(
        build_tarrant(),
        root / "tarrant-railfreight" / "full-train-2030-board.pptx",
        "Tarrant Rail Freight Ltd",
        "Full Train 2030",
    )
    save_pdf(build_lindale(), root / "lindale-mills" / "fine-cloth-2030.pdf", "Fine Cloth 2030")
    save_pdf(
        build_northmere(),
        root / "northmere-registry" / "clear-flag-2032-board-paper.pdf",
        "Clear Flag 2032",
    )
    TARRANT_ORG["people/full-train-people.xlsx"] = tarrant_people_xlsx()
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
