"""Build the dev26 case ``grain-coop``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/dev26/build_grain_coop.py [out]

Writes, under ``evals/dev26/grain-coop/`` (or ``<out>/grain-coop/``):

- ``Bin-to-Rail-2028-2030_Board_2028-06-20_v7.pptx``: a Saskatchewan grain co-operative's
  operating plan for its 14 elevators over crop years 2028-29 and 2029-30, a 16:9 deck as
  PowerPoint 2016 saves it: ``docProps/app.xml`` naming "Microsoft Office PowerPoint" 16.0000
  (Widescreen, fonts, theme and slide titles in ``TitlesOfParts``), the Office Theme's layouts
  rescaled to 12192000 x 6858000 EMU, and a ``p14:sectionLst`` in ``ppt/presentation.xml`` with
  one section per pillar (plus an opening, a measures-and-roadmap and a delivery section). Two
  slides (pillar 1 and the first-elevator slide) carry a title placeholder filled with a
  picture and holding no text, the real title in a text box laid over it. The roadmap is a
  native table (rows = workstreams, columns = the seasons of two crop years, merged phase
  cells, a "Later" column outside the plan); the KPI table, the risks table and the
  not-in-scope slide are native too.
- ``org/``: the staff roles as a LibreOffice Calc spreadsheet written by hand
  (``people/staff.ods``: ``mimetype`` first and stored, one sheet "Staff" with a title row, an
  empty row and the header Role / Location / Reports to / Duties), a role profile, the
  delegates' council terms of reference, the steering group terms, a collective agreement
  extract, the systems and data inventory, the measure definitions, the elevator network, a
  harvest review memo and a saved email.

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the ODS with fixed entry times and dates, the text
files as literal strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split
"dev26").
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "grain-coop"
DECK = "Bin-to-Rail-2028-2030_Board_2028-06-20_v7.pptx"
ROSTER = "org/people/staff.ods"
STAMP = Stamp((2028, 6, 14, 16, 22, 6), "2028-06-14T16:22:06Z")
ODS_TIME = (2028, 6, 2, 9, 41, 12)
ODS_DATE = "2028-06-02T09:41:12"

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
WIDE, HIGH = 12192000, 6858000

GREEN = RGBColor(0x1F, 0x4E, 0x3D)
WHEAT = RGBColor(0xC8, 0x9B, 0x3C)
INK = RGBColor(0x26, 0x2B, 0x2E)
GREY = RGBColor(0x6B, 0x72, 0x78)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
FOOTER = (
    "Tamarack Prairie Grain Co-operative \u00b7 Bin to Rail 2028-2030 \u00b7 Board, 20 June 2028"
)


# =========================================================================== small helpers


def png_banner(width: int, height: int) -> bytes:
    """A plain PNG: a green band with a wheat stripe along its foot (no text in it)."""
    rows = []
    for y in range(height):
        if y >= height - 6:
            pixel = bytes((0xC8, 0x9B, 0x3C))
        else:
            shade = 0x4E - (y * 0x18) // max(height - 6, 1)
            pixel = bytes((0x1F, shade, 0x3D))
        rows.append(b"\x00" + pixel * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _bullet(paragraph, char: str = "\u2022") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "228600")
    ppr.set("indent", "-228600")
    font = etree.SubElement(ppr, f"{{{NS_A}}}buFont")
    font.set("typeface", "Arial")
    font.set("panose", "020B0604020202020204")
    font.set("pitchFamily", "34")
    font.set("charset", "0")
    etree.SubElement(ppr, f"{{{NS_A}}}buChar").set("char", char)


def text_box(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[str],
    size: float = 14,
    *,
    bold: bool = False,
    color: RGBColor = INK,
    bullets: bool = False,
    align=None,
    first_bold: bool = False,
    space: float = 4,
):
    """A text box (``txBox``) of one paragraph per line, each line one run."""
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = p.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold or (first_bold and i == 0)
        run.font.color.rgb = color
        if i:
            p.space_before = Pt(space)
        if align is not None:
            p.alignment = align
        if bullets and not (first_bold and i == 0):
            _bullet(p)
    return box


def set_title(slide, text: str, size: float = 30) -> None:
    title = slide.shapes.title
    title.text_frame.text = text
    run = title.text_frame.paragraphs[0].runs[0]
    run.font.size = Pt(size)
    run.font.bold = True
    run.font.color.rgb = GREEN
    title.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT


def picture_title(slide, text: str, image_rid: str) -> None:
    """The title placeholder filled with the banner picture and left without text; the real
    title in a text box laid over it."""
    title = slide.shapes.title
    title.left, title.top = Inches(0.45), Inches(0.3)
    title.width, title.height = Inches(12.43), Inches(1.0)
    sppr = title._element.spPr
    fill = etree.SubElement(sppr, f"{{{NS_A}}}blipFill")
    fill.set("rotWithShape", "1")
    etree.SubElement(fill, f"{{{NS_A}}}blip").set(f"{{{NS_R}}}embed", image_rid)
    etree.SubElement(etree.SubElement(fill, f"{{{NS_A}}}stretch"), f"{{{NS_A}}}fillRect")
    box = text_box(slide, 0.7, 0.42, 11.9, 0.75, [text], 30, bold=True, color=WHITE)
    box.name = "TextBox Title"


def footer(slide, number: int) -> None:
    text_box(slide, 0.45, 7.02, 10.0, 0.3, [FOOTER], 9, color=GREY)
    text_box(slide, 11.9, 7.02, 1.0, 0.3, [str(number)], 9, color=GREY, align=PP_ALIGN.RIGHT)


def table(
    slide,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    size: float = 11,
    head_size: float = 11,
    row_h: float = 0.4,
):
    shape = slide.shapes.add_table(
        len(rows), len(widths), Inches(x), Inches(y), Inches(sum(widths)), Inches(row_h * len(rows))
    )
    tab = shape.table
    for j, w in enumerate(widths):
        tab.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        tab.rows[i].height = Inches(row_h)
        for j, value in enumerate(row):
            cell = tab.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            frame = cell.text_frame
            frame.word_wrap = True
            frame.text = value
            for p in frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(head_size if i == 0 else size)
                    if i == 0:
                        r.font.bold = True
    return tab


# =========================================================================== the slides


def s01(prs, slide) -> None:
    title = slide.shapes.title
    title.text_frame.text = "Bin to Rail 2028-2030"
    r = title.text_frame.paragraphs[0].runs[0]
    r.font.size, r.font.bold, r.font.color.rgb = Pt(54), True, GREEN
    sub = slide.placeholders[1]
    sub.text_frame.text = "Tamarack Prairie Grain Co-operative Ltd."
    p = sub.text_frame.add_paragraph()
    p.text = "Our operating plan for 14 elevators, crop years 2028-29 and 2029-30"
    for q in sub.text_frame.paragraphs:
        for r in q.runs:
            r.font.size = Pt(22)
            r.font.color.rgb = INK
    text_box(
        slide,
        1.5,
        5.55,
        10.3,
        0.9,
        [
            "Board of directors \u00b7 20 June 2028 \u00b7 Agenda item 6 \u00b7 For decision",
            "Presented by Dale Ostrander, Chief Executive Officer, and "
            "Marnie Kostiuk, Vice-President, Operations",
        ],
        14,
        color=GREY,
        align=PP_ALIGN.CENTER,
    )


def s02(prs, slide) -> None:
    set_title(slide, "Why now: crop year 2027-28 in figures")
    text_box(
        slide,
        0.6,
        1.45,
        12.1,
        0.45,
        ["A big crop taken in by a network that still grades by eye and probes bins by hand."],
        16,
        bold=True,
        color=WHEAT,
    )
    table(
        slide,
        0.6,
        2.05,
        [2.4, 9.7],
        [
            ["Figure", "What it tells us"],
            ["1.46 million t", "received at our 14 elevators from 3,900 member growers"],
            ["$2.9 million", "written off on grain that heated or spoiled in our own bins"],
            ["5 of 14", "elevators where protein is read at the scale; the others send samples"],
            ["412", "formal grade disputes, 29 of them referred to the Canadian Grain Commission"],
            ["1,940", "car-days the railways charged us for cars held past free time"],
            ["31 of 96", "seasonal harvest hires who started without any grading course"],
        ],
        size=13,
        head_size=12,
        row_h=0.46,
    )
    text_box(
        slide,
        0.6,
        5.45,
        12.1,
        1.2,
        [
            "For the record: 2,130 producer cars loaded from Carrow in 1981, still our best year.",
            "Next door: Norhaven Grain's inland terminal at Ostby loads a 100-car train "
            "in under 15 hours.",
            "Source: GrainLedger and the Granary, crop year 2027-28 to 31 May 2028, annualized.",
        ],
        12,
        color=GREY,
    )
    footer(slide, 2)


def s03(prs, slide) -> None:
    set_title(slide, "Where we are headed")
    text_box(slide, 0.6, 1.5, 12.1, 0.4, ["Our north star"], 14, bold=True, color=WHEAT)
    text_box(
        slide,
        0.6,
        1.9,
        12.1,
        1.0,
        [
            "Every bushel graded fairly, kept in condition and on a rail car "
            "when the market calls for it."
        ],
        24,
        bold=True,
        color=GREEN,
    )
    text_box(
        slide,
        0.6,
        3.15,
        12.1,
        3.5,
        [
            "By 31 July 2030, the end of crop year 2029-30, we will have:",
            "every licensed bin at all 14 elevators on a live temperature cable",
            "fewer than 3,000 tonnes downgraded in storage a year",
            "95% of cars released within 24 hours of spotting",
            "six in ten deliveries booked on Harvest Hub",
            "every harvest shift crewed by trained staff",
        ],
        17,
        bullets=True,
        first_bold=True,
        space=8,
    )
    footer(slide, 3)


def s04(prs, slide) -> None:
    set_title(slide, "The plan on one page")
    text_box(slide, 0.6, 1.45, 7.2, 0.4, ["Five pillars"], 15, bold=True, color=WHEAT)
    text_box(
        slide,
        0.6,
        1.9,
        7.2,
        3.6,
        [
            "Grade it right: a machine reading on every load",
            "Keep it cool and dry: cables in every licensed bin",
            "Fill every car: order from the bins, load inside free time",
            "One window for growers: book, see and get paid on Harvest Hub",
            "Crew the harvest: trained people on every shift",
        ],
        15,
        bullets=True,
        space=10,
    )
    text_box(slide, 8.2, 1.45, 4.6, 0.4, ["Three phases, in order"], 15, bold=True, color=WHEAT)
    text_box(
        slide,
        8.2,
        1.9,
        4.6,
        2.6,
        [
            "Phase 1 \u00b7 Clear the decks",
            "Phase 2 \u00b7 Prove it at one elevator",
            "Phase 3 \u00b7 All fourteen elevators",
            "Each phase ends at a gate; nothing moves on without one.",
        ],
        15,
        space=10,
    )
    text_box(
        slide,
        0.6,
        5.75,
        12.1,
        0.9,
        [
            "Harvest freeze: nothing changes at an elevator between 1 August and 31 October.",
            "$9.8 million of capital over two crop years, $4.6 million of it in 2028-29.",
        ],
        13,
        color=GREY,
    )
    footer(slide, 4)


def s05(prs, slide) -> None:
    set_title(slide, "Not in this plan")
    text_box(
        slide,
        0.6,
        1.45,
        12.1,
        0.8,
        [
            "This plan is about our 14 elevators: grading at intake, grain in our bins, cars at "
            "our track, growers delivering to us and the people who run harvest. It is not about:"
        ],
        15,
    )
    table(
        slide,
        0.6,
        2.45,
        [3.6, 8.5],
        [
            ["Left out", "Where it is handled"],
            ["Crop inputs", "seed, fertilizer and crop protection sales at our six farm centres"],
            [
                "Grain marketing",
                "pricing, grower contracts and futures hedging on the trading desk",
            ],
            ["Growers' own farm bins", "the Farm Bin Check advice visits carry on unchanged"],
            ["Trucking", "grain hauled by contract carriers and growers' own trucks"],
            ["The Jasperton terminal proposal", "a separate paper to the board in September 2028"],
            ["The Eskell pulse cleaning plant", "its own capital plan, already approved"],
        ],
        size=13,
        head_size=12,
        row_h=0.5,
    )
    footer(slide, 5)


def s06(prs, slide, rid: str) -> None:
    picture_title(slide, "Pillar 1 \u00b7 Grade it right", rid)
    text_box(
        slide,
        0.6,
        1.5,
        12.1,
        0.5,
        ["A machine reading on every load, and a fair hearing when a grower disagrees."],
        17,
        bold=True,
        color=WHEAT,
    )
    text_box(
        slide,
        0.6,
        2.15,
        7.6,
        4.4,
        [
            "What we will do",
            "Put an NIR analyzer on every intake scale: nine more elevators by harvest 2029",
            "Send analyzer readings straight to the GrainLedger ticket, with no rekeying",
            "Calibrate every analyzer against CGC standard samples before each harvest",
            "Keep every disputed sample for 90 days and explain the grower's right to "
            "subject to inspector's grade and dockage",
        ],
        14,
        bullets=True,
        first_bold=True,
        space=9,
    )
    text_box(
        slide,
        8.6,
        2.15,
        4.2,
        3.0,
        [
            "Measured by",
            "Intake loads with an analyzer moisture and protein reading",
            "Grade and dockage disputes per 1,000 loads",
            "Grower confidence in our grading",
        ],
        13,
        bullets=True,
        first_bold=True,
        space=8,
    )
    text_box(slide, 8.6, 5.5, 4.2, 0.4, ["Lead: Grain Quality Manager"], 12, color=GREY)
    footer(slide, 6)


def s07(prs, slide) -> None:
    set_title(slide, "Pillar 2 \u00b7 Keep it cool and dry")
    text_box(
        slide,
        0.6,
        1.5,
        12.1,
        0.5,
        ["We lose more grain in our own bins than on the road."],
        17,
        bold=True,
        color=WHEAT,
    )
    text_box(
        slide,
        0.6,
        2.15,
        7.6,
        4.4,
        [
            "What we will do",
            "Cable every licensed bin at all 14 elevators for temperature and moisture",
            "Start at one elevator and learn through a full winter before we buy for the rest",
            "Set a heating alarm at a 3\u00b0C rise in seven days, answered within 24 hours",
            "Link the cables to the aeration fan controls, so fans run on readings",
            "Keep each bin's grade, tonnes and condition in GrainLedger, not on bin cards",
        ],
        14,
        bullets=True,
        first_bold=True,
        space=9,
    )
    text_box(
        slide,
        8.6,
        2.15,
        4.2,
        2.6,
        [
            "Measured by",
            "Licensed bins on a live temperature cable",
            "Tonnes downgraded in storage",
        ],
        13,
        bullets=True,
        first_bold=True,
        space=8,
    )
    text_box(slide, 8.6, 5.5, 4.2, 0.4, ["Lead: Grain Storage Coordinator"], 12, color=GREY)
    footer(slide, 7)


def s08(prs, slide) -> None:
    set_title(slide, "Pillar 3 \u00b7 Fill every car")
    text_box(
        slide,
        0.6,
        1.5,
        12.1,
        0.5,
        ["Order cars for the grain we have, and be ready when the railway spots them."],
        17,
        bold=True,
        color=WHEAT,
    )
    text_box(
        slide,
        0.6,
        2.15,
        7.6,
        4.4,
        [
            "What we will do",
            "Order cars weekly from bin inventory by grade, not from last year's shipments",
            "Post a spot plan for every car: crew, bin and loading order set before the spot",
            "Show growers the week's car allocation, producer cars included, every Thursday",
            "Claim back demurrage the railways bill in error within 30 days",
        ],
        14,
        bullets=True,
        first_bold=True,
        space=9,
    )
    text_box(
        slide,
        8.6,
        2.15,
        4.2,
        2.6,
        [
            "Measured by",
            "Cars released within 24 hours of spotting",
            "Demurrage paid to the railways",
        ],
        13,
        bullets=True,
        first_bold=True,
        space=8,
    )
    text_box(slide, 8.6, 5.5, 4.2, 0.4, ["Lead: Rail Logistics Manager"], 12, color=GREY)
    footer(slide, 8)


def s09(prs, slide) -> None:
    set_title(slide, "Pillar 4 \u00b7 One window for growers")
    text_box(
        slide,
        0.6,
        1.5,
        12.1,
        0.5,
        ["Book a delivery, see the grade and get paid without a phone call."],
        17,
        bold=True,
        color=WHEAT,
    )
    text_box(
        slide,
        0.6,
        2.15,
        7.6,
        4.4,
        [
            "What we will do",
            "Open delivery-slot booking on Harvest Hub at all 14 elevators",
            "Show tickets, grades and settlement on Harvest Hub on the day of delivery",
            "Pay cash tickets by direct deposit instead of cheque",
            "Keep the phone line and the scale house for growers who do not book online",
        ],
        14,
        bullets=True,
        first_bold=True,
        space=9,
    )
    text_box(
        slide,
        8.6,
        2.15,
        4.2,
        2.6,
        [
            "Measured by",
            "Deliveries booked on Harvest Hub",
            "Cash tickets settled within two business days",
        ],
        13,
        bullets=True,
        first_bold=True,
        space=8,
    )
    text_box(slide, 8.6, 5.5, 4.2, 0.4, ["Lead: Digital Services Lead"], 12, color=GREY)
    footer(slide, 9)


def s10(prs, slide) -> None:
    set_title(slide, "Pillar 5 \u00b7 Crew the harvest")
    text_box(
        slide,
        0.6,
        1.5,
        12.1,
        0.5,
        ["Make our elevators a place people want to come back to, harvest after harvest."],
        17,
        bold=True,
        color=WHEAT,
    )
    text_box(
        slide,
        0.6,
        2.15,
        7.6,
        4.4,
        [
            "What we will do",
            "Offer returning seasonal staff their shifts by H-60",
            "Run a two-day grading and safety course for every seasonal hire before "
            "their first shift",
            "Pool graders across the elevators of each district at peak intake",
            "Publish harvest rosters four weeks ahead",
        ],
        14,
        bullets=True,
        first_bold=True,
        space=9,
    )
    text_box(
        slide,
        0.6,
        5.7,
        7.6,
        0.5,
        ["H = 1 August, the day harvest intake opens; H-60 is 60 days before it."],
        11,
        color=GREY,
    )
    text_box(
        slide,
        8.6,
        2.15,
        4.2,
        2.0,
        ["Measured by", "Harvest shifts crewed by trained staff"],
        13,
        bullets=True,
        first_bold=True,
        space=8,
    )
    text_box(slide, 8.6, 5.5, 4.2, 0.4, ["Lead: Human Resources Manager"], 12, color=GREY)
    footer(slide, 10)


KPI_ROWS = [
    ["Measure", "2027-28 baseline", "Target", "By when"],
    ["Intake loads with an analyzer moisture and protein reading", "38%", "100%", "Harvest 2029"],
    ["Grade and dockage disputes per 1,000 loads", "7.4", "Under 3.0", "Crop year 2029-30"],
    [
        "Grower confidence in our grading",
        "Not measured",
        "Higher",
        "To be set with the delegates' council",
    ],
    ["Licensed bins on a live temperature cable", "0 of 486", "486 of 486", "Pre-harvest 2030"],
    ["Tonnes downgraded in storage", "11,800 t", "Under 3,000 t", "Crop year 2029-30"],
    ["Cars released within 24 hours of spotting", "71%", "95%", "Winter 2029-30"],
    ["Demurrage paid to the railways", "$1.31 million", "Under $0.40 million", "Crop year 2029-30"],
    ["Deliveries booked on Harvest Hub", "0%", "60%", "Harvest 2029"],
    ["Cash tickets settled within two business days", "44%", "90%", "Spring 2029"],
    ["Harvest shifts crewed by trained staff", "78%", "100%", "Harvest 2029"],
]


def s11(prs, slide) -> None:
    set_title(slide, "What good looks like")
    text_box(
        slide,
        0.6,
        1.35,
        12.1,
        0.4,
        [
            "Baselines are crop year 2027-28 (to 31 May 2028, annualized); "
            "seasons as on the roadmap."
        ],
        12,
        color=GREY,
    )
    table(slide, 0.6, 1.85, [5.6, 1.9, 2.0, 2.6], KPI_ROWS, size=12, head_size=12, row_h=0.45)
    footer(slide, 11)


def s12(prs, slide, rid: str) -> None:
    picture_title(slide, "One elevator, one winter", rid)
    text_box(
        slide,
        0.6,
        1.5,
        12.1,
        0.9,
        [
            "Cables go in first at the Halvorsen elevator's east annex: 22 steel bins, "
            "about 19,000 tonnes of canola and wheat."
        ],
        18,
        bold=True,
        color=GREEN,
    )
    text_box(
        slide,
        0.6,
        2.5,
        5.6,
        3.6,
        [
            "Why Halvorsen",
            "The annex lost 1,400 tonnes of canola to heating in 2026-27",
            "Its crew asked to go first",
            "It has a fixed wireless link and three-phase power at every bin row",
        ],
        14,
        bullets=True,
        first_bold=True,
        space=8,
    )
    text_box(
        slide,
        6.6,
        2.5,
        6.2,
        3.6,
        [
            "How we will run it",
            "Ship out the annex and survey the empty bins in November 2028",
            "Hang the cables and fit the gateway by 15 December 2028",
            "Refill the annex and compare cable readings with hand probes every week",
            "Carry the cabled bins through harvest 2029 without hand probing",
            "Report what we learned to the board at Gate 2",
        ],
        14,
        bullets=True,
        first_bold=True,
        space=8,
    )
    text_box(
        slide,
        0.6,
        6.25,
        12.1,
        0.5,
        ["What we learn here decides what we buy for the other 13 elevators."],
        13,
        color=GREY,
    )
    footer(slide, 12)


SEASONS = [
    "Harvest 2028",
    "Winter 2028-29",
    "Spring 2029",
    "Pre-harvest 2029",
    "Harvest 2029",
    "Winter 2029-30",
    "Spring 2030",
    "Pre-harvest 2030",
]
ROADMAP = [
    ["Workstream", *SEASONS, "Later (2030-31 on)"],
    [
        "Phase",
        "Phase 1 \u00b7 Clear the decks",
        "Phase 2 \u00b7 Prove it at one elevator",
        "",
        "",
        "",
        "Phase 3 \u00b7 All fourteen elevators",
        "",
        "",
        "Outside this plan",
    ],
    [
        "Grain quality testing",
        "Specify analyzers",
        "Tender and order",
        "Fit nine analyzers",
        "Calibrate all 14",
        "\u25cf Readings on every ticket",
        "Dispute review",
        "",
        "Calibrate all 14",
        "Second analyzer at the busiest elevators",
    ],
    [
        "Bin monitoring",
        "Order Halvorsen's cables",
        "Cable Halvorsen",
        "Compare with probes",
        "Compare with probes",
        "\u25cf Halvorsen through harvest",
        "Cable six elevators",
        "Cable seven elevators",
        "\u25cf All 486 bins live",
        "Fans on readings at every elevator",
    ],
    [
        "Rail car allocation",
        "Car-day baseline",
        "Weekly order from bins",
        "Spot plans at all 14",
        "",
        "\u25cf Spot plans through harvest",
        "Car allocation on Harvest Hub",
        "Demurrage claims",
        "",
        "Unit-train loading study",
    ],
    [
        "Grower portal",
        "Booking rules to the delegates' council",
        "Direct deposit; build booking",
        "Test booking with 40 growers",
        "\u25cf Booking live at all 14",
        "",
        "Settlement on the day",
        "",
        "",
        "",
    ],
    [
        "Harvest staffing",
        "Exit survey of the 2028 crew",
        "Design the two-day course",
        "",
        "Offers at H-60; two-day course",
        "\u25cf Pooled graders",
        "Review with Local 2219",
        "",
        "Offers at H-60; two-day course",
        "",
    ],
    ["Gates", "Gate 1", "", "", "", "Gate 2", "", "", "Gate 3", ""],
    ["Harvest freeze", "Freeze", "", "", "", "Freeze", "", "", "", "Freeze"],
]


def s13(prs, slide) -> None:
    set_title(slide, "Two crop years, season by season")
    text_box(
        slide,
        0.45,
        1.3,
        12.4,
        0.4,
        [
            "Crop year = 1 August to 31 July \u00b7 Month 0 = August 2028 \u00b7 Harvest = August "
            "to October, Winter = November to March, Spring = April and May, "
            "Pre-harvest = June and July"
        ],
        11,
        color=GREY,
    )
    tab = table(
        slide,
        0.45,
        1.8,
        [1.6, *([1.18] * 8), 1.35],
        ROADMAP,
        size=9,
        head_size=9.5,
        row_h=0.5,
    )
    tab.cell(1, 2).merge(tab.cell(1, 5))
    tab.cell(1, 6).merge(tab.cell(1, 8))
    text_box(
        slide,
        0.45,
        6.45,
        12.4,
        0.5,
        [
            "No system or equipment change at any elevator during a harvest freeze. "
            "The Later column is not part of this plan; it comes back to the board in July 2030."
        ],
        11,
        color=GREY,
    )
    footer(slide, 13)


def s14(prs, slide) -> None:
    set_title(slide, "Three gates, each on evidence")
    gates = [
        (
            "Gate 1 \u00b7 End of harvest 2028 \u00b7 steering group",
            [
                "Every measure has a signed-off 2027-28 baseline",
                "Cable supplier chosen by tender, prices held for all 14 elevators",
                "Halvorsen's crew briefed and its cables on order",
            ],
        ),
        (
            "Gate 2 \u00b7 Go/no-go for all fourteen elevators \u00b7 board",
            [
                "Halvorsen's cabled bins read every day from 1 January 2029 to 31 October 2029",
                "No heating found first by a hand probe in that time",
                "Booking used at all 14 elevators through harvest 2029",
                "Local 2219 and the delegates' council consulted on what changes",
            ],
        ),
        (
            "Gate 3 \u00b7 Close \u00b7 board meeting of July 2030",
            [
                "All 486 licensed bins reporting",
                "Each measure reported against its target",
                "A costed plan for the Later column",
            ],
        ),
    ]
    x = 0.6
    for head, crit in gates:
        text_box(slide, x, 1.55, 3.9, 0.8, [head], 15, bold=True, color=GREEN)
        text_box(slide, x, 2.45, 3.9, 0.4, ["Passed when:"], 13, bold=True, color=WHEAT)
        text_box(slide, x, 2.85, 3.9, 3.4, crit, 13, bullets=True, space=8)
        x += 4.1
    text_box(
        slide,
        0.6,
        6.35,
        12.1,
        0.5,
        ["The steering group takes Gates 1 and 3 under delegation; Gate 2 stays with the board."],
        12,
        color=GREY,
    )
    footer(slide, 14)


def s15(prs, slide) -> None:
    set_title(slide, "What could go out of condition")
    table(
        slide,
        0.6,
        1.5,
        [4.6, 1.4, 6.1],
        [
            ["Risk", "Likelihood", "Mitigation"],
            [
                "Cables at the first elevator read wrong in deep cold",
                "Medium",
                "Keep hand probing at the first elevator until its cables have run a winter",
            ],
            [
                "Cabling runs into harvest 2030",
                "High",
                "Install in winter and spring only; stop installs on 15 June 2030",
            ],
            [
                "Satellite links at Gorrie Siding and Nettleby drop in the cold",
                "High",
                "Fit cellular backup at Gorrie Siding and Nettleby before their cables go in",
            ],
            [
                "Growers do not book online",
                "Medium",
                "Show Harvest Hub at the winter district meetings; keep phone booking",
            ],
            [
                "Local 2219 objects to pooled graders",
                "Medium",
                "Consult Local 2219 before any roster change, with 30 days' notice",
            ],
            [
                "A short crop and fewer cars from the railways",
                "High",
                "Order from bin inventory weekly and show the allocation openly",
            ],
        ],
        size=12,
        head_size=12,
        row_h=0.62,
    )
    footer(slide, 15)


def s16(prs, slide) -> None:
    set_title(slide, "Sweeping the pit: our first 90 days")
    text_box(
        slide,
        0.6,
        1.4,
        12.1,
        0.4,
        ["August to October 2028, while harvest 2028 runs"],
        15,
        bold=True,
        color=WHEAT,
    )
    text_box(
        slide,
        0.6,
        1.95,
        12.1,
        4.4,
        [
            "Name the five pillar leads and open the program office (Chief Executive Officer)",
            "Sign off the 2027-28 baseline for every measure (Performance and Reporting Analyst)",
            "Order the first elevator's cables and tender for the other 13 "
            "(Maintenance Superintendent)",
            "Write the analyzer specification and ask three suppliers to quote "
            "(Grain Quality Manager)",
            "Take the booking rules to the delegates' council in October "
            "(Member Relations Manager)",
            "Give Local 2219 notice of the pooled-grader proposal (Human Resources Manager)",
        ],
        15,
        bullets=True,
        space=10,
    )
    text_box(
        slide,
        0.6,
        6.3,
        12.1,
        0.5,
        ["Nothing changes at an elevator until 31 October: the harvest freeze holds."],
        13,
        color=GREY,
    )
    footer(slide, 16)


def s17(prs, slide) -> None:
    set_title(slide, "Monday at the scale house")
    text_box(
        slide,
        0.6,
        1.4,
        12.1,
        0.4,
        ["What changes on Monday 6 November 2028, the first Monday after the freeze"],
        15,
        bold=True,
        color=WHEAT,
    )
    text_box(
        slide,
        0.6,
        1.95,
        12.1,
        4.4,
        [
            "Graders log every grade dispute in GrainLedger the same day, with the sample number",
            "Elevator managers post the week's spot plan in the scale house by Monday noon",
            "The car call with the railways moves to Tuesday at 10:00",
            "Bin probe readings go into GrainLedger, not onto bin cards",
        ],
        16,
        bullets=True,
        space=12,
    )
    footer(slide, 17)


def s18(prs, slide) -> None:
    set_title(slide, "Who decides")
    table(
        slide,
        0.6,
        1.5,
        [3.4, 8.7],
        [
            ["Body", "Role in Bin to Rail"],
            ["Board of directors", "Approves the plan and the capital; takes Gate 2"],
            [
                "Bin to Rail steering group",
                "Chaired by the Chief Executive Officer, our sponsor; meets monthly; "
                "takes Gates 1 and 3",
            ],
            [
                "Program office",
                "The Bin to Rail Program Manager: plan, gate papers, risk log, monthly report",
            ],
            [
                "Pillar leads",
                "Grain Quality Manager, Grain Storage Coordinator, Rail Logistics Manager, "
                "Digital Services Lead, Human Resources Manager",
            ],
            [
                "Delegates' council",
                "Consulted before any change to how growers deliver, book or are paid; "
                "it advises and does not run work",
            ],
            ["Local 2219", "Consulted before any change to shift patterns or postings"],
        ],
        size=12,
        head_size=12,
        row_h=0.6,
    )
    footer(slide, 18)


def s19(prs, slide) -> None:
    set_title(slide, "What we ask of the board today")
    text_box(
        slide,
        0.6,
        1.6,
        12.1,
        4.6,
        [
            "Approve Bin to Rail 2028-2030 and its two-crop-year roadmap",
            "Release $4.6 million of capital for crop year 2028-29, $0.9 million of it "
            "for Halvorsen",
            "Endorse Halvorsen as the first elevator",
            "Delegate Gates 1 and 3 to the steering group and keep Gate 2 with the board",
            "Note that the $5.2 million for crop year 2029-30 comes back at Gate 2",
        ],
        17,
        bullets=True,
        space=12,
    )
    footer(slide, 19)


def s20(prs, slide) -> None:
    set_title(slide, "Done by 31 July 2030")
    text_box(
        slide,
        0.6,
        1.7,
        12.1,
        3.4,
        [
            "This plan closes at the end of crop year 2029-30, before harvest 2030 opens.",
            "Two crop years, three phases, three gates, one elevator first.",
            "What comes after, in the Later column, returns to the board in July 2030.",
        ],
        20,
        space=14,
    )
    text_box(
        slide,
        0.6,
        5.6,
        12.1,
        0.8,
        ["Questions: the Bin to Rail program office, head office, Carrow"],
        14,
        color=GREY,
    )
    footer(slide, 20)


SLIDES: list[tuple[str, Callable[..., None]]] = [
    ("Title Slide", s01),
    ("Title Only", s02),
    ("Title Only", s03),
    ("Title Only", s04),
    ("Title Only", s05),
    ("Title Only", s06),
    ("Title Only", s07),
    ("Title Only", s08),
    ("Title Only", s09),
    ("Title Only", s10),
    ("Title Only", s11),
    ("Title Only", s12),
    ("Title Only", s13),
    ("Title Only", s14),
    ("Title Only", s15),
    ("Title Only", s16),
    ("Title Only", s17),
    ("Title Only", s18),
    ("Title Only", s19),
    ("Title Only", s20),
]
PICTURE_TITLES = {6: "Pillar 1 \u00b7 Grade it right", 12: "One elevator, one winter"}
SECTIONS = [
    ("Opening", "{3E5A7C21-9B4D-4F0A-8C2E-61D0A4B7F101}", [1, 2, 3, 4, 5]),
    ("Pillar 1 - Grade it right", "{8D1F4B62-2C7E-4A93-B5D0-7E4C9A1B2F02}", [6]),
    ("Pillar 2 - Keep it cool and dry", "{C4A92E17-5F3B-4D81-9E6A-0B7D3C5E8F03}", [7]),
    ("Pillar 3 - Fill every car", "{1B7E5D90-8A2C-4F64-A3B1-9C0E2D4F6A04}", [8]),
    ("Pillar 4 - One window for growers", "{5F2C8A13-6D9E-4B07-8F1A-3E5B7C9D0B05}", [9]),
    ("Pillar 5 - Crew the harvest", "{9A3D6F24-1E8B-4C52-B7D9-5F0A2E4C6D06}", [10]),
    ("Measures and roadmap", "{2E8B4C35-7A1F-4D96-9C3E-8B5D0F2A4E07}", [11, 12, 13, 14]),
    ("Delivery", "{7C5F1A46-3B9D-4E28-A6F0-1D7E3B5C9F08}", [15, 16, 17, 18, 19, 20]),
]


# =========================================================================== the package


def _rescale_layouts(prs) -> None:
    """The Office Theme's master and layouts, drawn for 4:3, stretched to 16:9 as PowerPoint
    does when the slide size changes."""
    parts = [prs.slide_master, *prs.slide_layouts]
    for part in parts:
        for el in part._element.iter(f"{{{NS_A}}}off", f"{{{NS_A}}}ext"):
            for attr in ("x", "cx"):
                if el.get(attr) is not None:
                    el.set(attr, str(int(round(int(el.get(attr)) * WIDE / 9144000))))


def _sections_xml(ids: list[int]) -> etree._Element:
    ext_lst = etree.Element(f"{{{NS_P}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{NS_P}}}ext")
    ext.set("uri", "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    lst = etree.SubElement(ext, f"{{{NS_P14}}}sectionLst", nsmap={"p14": NS_P14})
    for name, guid, slides in SECTIONS:
        sec = etree.SubElement(lst, f"{{{NS_P14}}}section")
        sec.set("name", name)
        sec.set("id", guid)
        sld = etree.SubElement(sec, f"{{{NS_P14}}}sldIdLst")
        for n in slides:
            etree.SubElement(sld, f"{{{NS_P14}}}sldId").set("id", str(ids[n - 1]))
    return ext_lst


def _app_xml(titles: list[str], words: int, paragraphs: int) -> bytes:
    parts = ["Arial", "Calibri", "Calibri Light", "Office Theme", *titles]
    lp = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes"><TotalTime>1184</TotalTime>'
        f"<Words>{words}</Words><Application>Microsoft Office PowerPoint</Application>"
        f"<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paragraphs}"
        f"</Paragraphs><Slides>{len(titles)}</Slides><Notes>0</Notes>"
        "<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>"
        '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used'
        "</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant>"
        "<vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant>"
        f"<vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{lp}</vt:vector>'
        "</TitlesOfParts><Company>Tamarack Prairie Grain Co-operative Ltd.</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDE), Emu(HIGH)
    prs.part._element.find(f"{{{NS_P}}}sldSz").attrib.pop("type", None)
    _rescale_layouts(prs)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    banner = io.BytesIO(png_banner(1243, 100))
    titles: list[str] = []
    for n, (layout, make) in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(layouts[layout])
        if n in PICTURE_TITLES:
            _, rid = slide.part.get_or_add_image_part(banner)
            make(prs, slide, rid)
            titles.append("PowerPoint Presentation")
        else:
            make(prs, slide)
            titles.append(slide.shapes.title.text_frame.text)
    ids = [int(s.get("id")) for s in prs.part._element.find(f"{{{NS_P}}}sldIdLst")]
    prs.part._element.append(_sections_xml(ids))
    words = paragraphs = 0
    for slide in prs.slides:
        for p in slide._element.iter(f"{{{NS_A}}}p"):
            text = "".join(t.text or "" for t in p.iter(f"{{{NS_A}}}t"))
            if text.strip():
                paragraphs += 1
                words += len(text.split())
    core = prs.core_properties
    core.author = "Marnie Kostiuk"
    core.last_modified_by = "Jo-Anne Fedoruk"
    core.title = "Bin to Rail 2028-2030"
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    core.category = ""
    core.revision = 37
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = _app_xml(titles, words, paragraphs)
            dst.writestr(info.filename, body)
    return normalize_zip(out.getvalue(), STAMP)


# =========================================================================== the roster (ODS)

CONSULTED = "Not in line management (consulted only)"
STAFF = [
    (
        "Chief Executive Officer",
        "Head office, Carrow",
        "Board of directors",
        "Runs the co-operative for the board. Executive sponsor of Bin to Rail: chairs its "
        "steering group, takes Gates 1 and 3 and brings Gate 2 to the board.",
    ),
    (
        "Chief Financial Officer",
        "Head office, Carrow",
        "Chief Executive Officer",
        "Finance, treasury and the capital budget; releases approved capital in tranches and "
        "values grain inventory at month end.",
    ),
    (
        "Vice-President, Operations",
        "Head office, Carrow",
        "Chief Executive Officer",
        "All 14 elevators through the two district area managers: safety, throughput, "
        "elevator budgets and readiness for harvest. Keeps the harvest freeze calendar.",
    ),
    (
        "North District Area Manager",
        "Halvorsen",
        "Vice-President, Operations",
        "Line manager of the elevator managers at Arkell, Birchell, Eskell, Halvorsen, Ingleby, "
        "Kelloe and Nettleby; sets harvest rosters and hours at those seven elevators.",
    ),
    (
        "South District Area Manager",
        "Carrow",
        "Vice-President, Operations",
        "Line manager of the elevator managers at Carrow, Dunstan Lake, Fennimore, Gorrie "
        "Siding, Jasperton, Lisdale and Marrin Creek; sets harvest rosters and hours there.",
    ),
    (
        "Elevator Manager, Halvorsen",
        "Halvorsen",
        "North District Area Manager",
        "Runs the Halvorsen elevator and its east annex: intake, loading, bin rotation, a crew "
        "of six and the seasonal hires.",
    ),
    (
        "Grain Quality Manager",
        "Head office lab, Carrow",
        "Vice-President, Operations",
        "Grading at all 14 elevators: grading standards and grader certification, the NIR "
        "analyzers and their calibration, dispute samples and referrals to the Canadian Grain "
        "Commission. Runs the head office grading lab.",
    ),
    (
        "Grain Storage Coordinator",
        "Halvorsen",
        "Vice-President, Operations",
        "Condition of grain in our bins: bin inspections, turning and aeration schedules, "
        "heating calls, and the bin temperature cables and their alarms. "
        "Covers only the North District in person; South District bins are checked by "
        "their elevator crews.",
    ),
    (
        "Grain Accounting Manager",
        "Head office, Carrow",
        "Chief Financial Officer",
        "Scale tickets, cash tickets, primary elevator receipts and settlement with growers; "
        "grower payments by cheque and direct deposit; the GrainLedger accounting module.",
    ),
    (
        "Rail Logistics Manager",
        "Head office, Carrow",
        "Vice-President, Operations",
        "Weekly car orders with CN and CPKC, the car allocation to elevators (producer cars "
        "included), the weekly car call, demurrage statements and claims.",
    ),
    (
        "Rail Operations Supervisor",
        "Carrow",
        "Rail Logistics Manager",
        "See the role profile (rail-operations-supervisor-profile.md).",
    ),
    (
        "Maintenance Superintendent",
        "Carrow",
        "Vice-President, Operations",
        "Mechanical and electrical upkeep of elevators and annexes: legs, conveyors, aeration "
        "fans, dust control. Installs new equipment, bin cables and analyzers included; runs "
        "WorkYard work orders and contractors on site.",
    ),
    (
        "IT Manager",
        "Head office, Carrow",
        "Chief Financial Officer",
        "GrainLedger platform, the Granary data warehouse and Power BI, the links to the 14 "
        "scale houses, integrations between systems, security and the hosting of Harvest Hub.",
    ),
    (
        "Digital Services Lead",
        "Head office, Carrow",
        "IT Manager",
        "Product owner of Harvest Hub: what growers can see and do on it (statements, tickets, "
        "booking, car allocation), its release plan and testing with growers.",
    ),
    (
        "Grower Services Manager",
        "Head office, Carrow",
        "Chief Executive Officer",
        "The grower phone line, service standards at the scale houses, delivery rules at the "
        "elevators and grower complaints other than grading.",
    ),
    (
        "Member Relations Manager",
        "Head office, Carrow",
        "Chief Executive Officer",
        "Secretary to the delegates' council; the annual general meeting, delegate elections, "
        "the winter district meetings and member communications.",
    ),
    (
        "Human Resources Manager",
        "Head office, Carrow",
        "Chief Executive Officer",
        "Recruitment, about 100 seasonal harvest hires a year included; pay; the collective "
        "agreement with Local 2219 and every notice to the union.",
    ),
    (
        "Training and Safety Coordinator",
        "Carrow",
        "Human Resources Manager",
        "All training at the co-op: grading and safety courses, bin entry, fall protection and "
        "forklift tickets. Keeps every course record in TrainRight.",
    ),
    (
        "Performance and Reporting Analyst",
        "Head office, Carrow",
        "Chief Financial Officer",
        "Measure definitions and baselines, the monthly performance pack and the Power BI "
        "reports drawn from the Granary.",
    ),
    (
        "Bin to Rail Program Manager",
        "Head office, Carrow",
        "Chief Executive Officer",
        "See the Bin to Rail steering group terms of reference.",
    ),
    (
        "Delegates' Council Chair",
        "Elected by the delegates",
        CONSULTED,
        "Chairs the council of 14 elected delegates. See the delegates' council terms of "
        "reference.",
    ),
    (
        "Local 2219 President",
        "Prairie Grain Handlers' Union",
        CONSULTED,
        "Speaks for the union local that represents elevator and head office lab staff.",
    ),
]

OFFICE = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)


def _cell(text: str, style: str) -> str:
    """A string cell as Calc writes it; a Duties cell with two sentences about different
    things keeps them as two paragraphs (Alt+Enter in Calc)."""
    paras = text.split(" Covers only ") if "Covers only" in text else [text]
    if len(paras) == 2:
        paras[1] = "Covers only " + paras[1]
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paras)
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string" '
        f'calcext:value-type="string">{body}</table:table-cell>'
    )


def _ods_content() -> str:
    rows = [
        '<table:table-row table:style-name="ro1">'
        + _cell("Tamarack Prairie Grain Co-operative - staff roles, June 2028", "ce1")
        + '<table:table-cell table:number-columns-repeated="3"/></table:table-row>',
        '<table:table-row table:style-name="ro1"><table:table-cell '
        'table:number-columns-repeated="4"/></table:table-row>',
        '<table:table-row table:style-name="ro1">'
        + "".join(_cell(h, "ce2") for h in ("Role", "Location", "Reports to", "Duties"))
        + "</table:table-row>",
    ]
    for role in STAFF:
        rows.append(
            '<table:table-row table:style-name="ro2">'
            + "".join(_cell(c, "ce3") for c in role)
            + "</table:table-row>"
        )
    rows.append(
        '<table:table-row table:style-name="ro1" table:number-rows-repeated="1048549">'
        '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {OFFICE} office:version="1.3">'
        '<office:automatic-styles><style:style style:name="co1" style:family="table-column">'
        '<style:table-column-properties style:column-width="2.2in"/></style:style>'
        '<style:style style:name="co2" style:family="table-column">'
        '<style:table-column-properties style:column-width="1.6in"/></style:style>'
        '<style:style style:name="co3" style:family="table-column">'
        '<style:table-column-properties style:column-width="5.4in"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
        'style:row-height="0.178in" style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties '
        'style:row-height="0.6in" style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name='
        '"Default"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>'
        '</style:style><style:style style:name="ce2" style:family="table-cell" '
        'style:parent-style-name="Default"><style:table-cell-properties '
        'fo:background-color="#dde8d0"/><style:text-properties fo:font-weight="bold"/>'
        '</style:style><style:style style:name="ce3" style:family="table-cell" '
        'style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap" '
        'style:vertical-align="top"/></style:style></office:automatic-styles>'
        "<office:body><office:spreadsheet><table:calculation-settings "
        'table:automatic-find-labels="false"/><table:table table:name="Staff" '
        'table:style-name="ta1"><table:table-column table:style-name="co1" '
        'table:default-cell-style-name="Default"/><table:table-column table:style-name="co2" '
        'table:number-columns-repeated="2" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co3" table:default-cell-style-name="Default"/>'
        + "".join(rows)
        + "</table:table><table:named-expressions/></office:spreadsheet></office:body>"
        "</office:document-content>"
    )


def build_roster() -> bytes:
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {OFFICE} office:version="1.3"><office:meta>'
        f"<meta:creation-date>2026-11-03T10:12:40</meta:creation-date>"
        f"<dc:date>{ODS_DATE}</dc:date><meta:editing-cycles>23</meta:editing-cycles>"
        "<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/"
        "e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
        "<dc:creator>Lorraine Bzdel</dc:creator>"
        '<meta:document-statistic meta:table-count="1" meta:cell-count="'
        f'{4 * (len(STAFF) + 1) + 1}" meta:object-count="0"/></office:meta>'
        "</office:document-meta>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {OFFICE} office:version="1.3"><office:styles>'
        '<style:default-style style:family="table-cell"><style:text-properties '
        'style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="en" '
        'fo:country="CA"/></style:default-style><style:style style:name="Default" '
        'style:family="table-cell"/></office:styles></office:document-styles>'
    )
    settings = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
        'office:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
        'office:version="1.3"><office:settings><config:config-item-set config:name='
        '"ooo:view-settings"><config:config-item config:name="VisibleAreaTop" '
        'config:type="int">0</config:config-item></config:config-item-set>'
        "</office:settings></office:document-settings>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    entries = [
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
        ("settings.xml", settings.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", _ods_content().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", manifest.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body, method in entries:
            info = zipfile.ZipInfo(name, date_time=ODS_TIME)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, body)
    return out.getvalue()


# =========================================================================== org text files

RAIL_PROFILE = """
# Role profile: Rail Operations Supervisor

Tamarack Prairie Grain Co-operative Ltd. · Operations · Profile revised March 2028

## Purpose

Gets cars loaded and released at our elevators. Where the Rail Logistics Manager decides how
many cars we order and which elevator gets them, the Rail Operations Supervisor makes sure each
car that is spotted at our track is loaded, sealed and released on time.

## Accountabilities

- The spot plan for each elevator: which crew, which bins and in what order each car is loaded.
- Car release within the railway's free time, and the 24-hour release measure.
- Car inspection before loading, seals and the bill of lading at the track.
- Loading crews on the day, borrowed from the elevator crews through the area managers.
- Reporting each car's spot and release times to the Rail Logistics Manager daily.

## Works with

Rail Logistics Manager (car orders and allocation), the elevator managers, the North and South
District area managers, the railways' local car supervisors.
"""

COUNCIL_TOR = """
# Delegates' council: terms of reference

Adopted at the annual general meeting of 7 December 2026. Reviewed every three years.

## Who sits on it

The council is made up of the 14 delegates elected by the members, one for each elevator's
delivery point, and a chair the delegates elect from among themselves each December. The
Member Relations Manager is its secretary and keeps its minutes.

## What it does

- Speaks for member growers to the board and to management between annual general meetings.
- Reviews the co-operative's service to growers: grading, delivery, booking, payment and the
  handling of complaints.
- Proposes questions for the member survey and reports the members' view to the board.
- Hosts the winter district meetings with management.

## What it must be asked

Management must consult the delegates' council before any change to how growers deliver, book
or are paid, and give the council at least one meeting to respond.

## What it does not do

The council advises. It does not direct staff, approve budgets or own any piece of work; its
members are not employees of the co-operative.

## Meetings

Four times a year: February, April, October and the day before the annual general meeting.
"""

STEERING_TOR = """
# Bin to Rail steering group: terms of reference

Draft for the board of 20 June 2028; takes effect on approval of the plan.

## Purpose

To direct Bin to Rail 2028-2030 from August 2028 to 31 July 2030 and to decide its gates.

## Sponsor and chair

The Chief Executive Officer is the executive sponsor of Bin to Rail and chairs the steering
group. The sponsor answers to the board for the plan, its benefits and its capital.

## Members

Chief Executive Officer (chair), Chief Financial Officer, Vice-President, Operations, and the
five pillar leads: Grain Quality Manager, Grain Storage Coordinator, Rail Logistics Manager,
Digital Services Lead and Human Resources Manager. The IT Manager and the Performance and
Reporting Analyst attend. The Member Relations Manager attends when grower matters are on the
agenda.

## Decisions

- Gates 1 and 3, under the board's delegation; Gate 2 is recommended to the board.
- Release of approved capital within each crop year, with the Chief Financial Officer.
- Changes to scope, sequence or dates inside a phase.

## Program office

The Bin to Rail Program Manager runs the program office: the integrated plan, the risk
log, gate papers and the monthly report to the steering group and the board. The Program
Manager keeps the action log of each meeting and chases every action to closure.

## Meetings

Monthly, on the second Tuesday; weekly during the month before each gate.
"""

AGREEMENT = """
COLLECTIVE AGREEMENT between TAMARACK PRAIRIE GRAIN CO-OPERATIVE LTD. and the PRAIRIE GRAIN
HANDLERS' UNION, LOCAL 2219
Term: 1 January 2027 to 31 December 2029

Extract provided to the Bin to Rail steering group by the Human Resources Manager.

ARTICLE 17 - HOURS OF WORK AND CHANGES TO SCHEDULES

17.01 The regular work week is 40 hours. During harvest (1 August to 31 October) an employee may
work up to 60 hours a week, with overtime as set out in Article 19.

17.04 The Employer must consult the Union before any change to shift schedules, harvest hours
or the posting of employees between elevators, and shall give the Union 30 days' written
notice of the change.

17.05 Seasonal employees are covered by this Agreement from their first shift.

ARTICLE 22 - TRAINING

22.01 The Employer pays for all training it requires, at the employee's regular rate.

22.02 The Training and Safety Coordinator keeps a record of every course an employee completes
and gives the employee a copy on request.
"""

SYSTEMS = """
# Systems and data at Tamarack Prairie

Kept by the IT Manager. Last reviewed May 2028.

| System | What it does | Where it runs | Owner |
|---|---|---|---|
| GrainLedger 7 | Scale tickets, grades, cash tickets, primary elevator receipts, inventory by bin and grade, settlement | All 14 elevators and head office | Grain Accounting Manager (accounting module); IT Manager (platform) |
| The Granary | Our data warehouse, loaded nightly from GrainLedger, payroll and the car order workbook, with Power BI reports on top | Head office | IT Manager; reports by the Performance and Reporting Analyst |
| Harvest Hub | Grower portal: settlement statements, contracts and tickets from the day after delivery | Web, hosted by our supplier | Digital Services Lead |
| InfraGrain 9500 NIR analyzers | Protein and moisture at the intake scale | Arkell, Carrow, Halvorsen, Ingleby, Marrin Creek | Grain Quality Manager |
| Arkell bin cables (2016) | Temperature cables in 38 bins | Arkell | Grain Storage Coordinator |
| WorkYard | Maintenance work orders and equipment history | All elevators | Maintenance Superintendent |
| TrainRight | Course bookings and training records for every employee | All sites | Training and Safety Coordinator |
| PayWell | Payroll and time sheets | Head office | Human Resources Manager |

## Notes on what the systems can and cannot do

GrainLedger cannot take readings from any analyzer or sensor: graders key the grade, dockage,
moisture and protein by hand.

The analyzers run only at Arkell, Carrow, Halvorsen, Ingleby and Marrin Creek; the other nine
elevators use a moisture meter and send protein samples to the head office lab.

The Arkell cable readings are taken with a handheld reader and kept on paper bin cards at the
elevator.

Harvest Hub is not yet able to book delivery slots; growers phone the scale house.

The Granary holds seven crop years of tickets and grades, and the monthly performance pack is
built from it in Power BI.
"""

MEASURES = """
# Measure definitions for Bin to Rail

Kept by the Performance and Reporting Analyst. Baselines are crop year 2027-28 (1 August 2027
to 31 May 2028, annualized) from GrainLedger and the Granary unless stated.

| Measure | Definition | Owner | Baseline 2027-28 |
|---|---|---|---|
| Intake loads with an analyzer moisture and protein reading | Loads received whose ticket carries an analyzer reading, as a share of all loads received | Grain Quality Manager | 38% |
| Grade and dockage disputes per 1,000 loads | Disputes a grower lodges in writing or at the scale, per 1,000 loads received | Grain Quality Manager | 7.4 |
| Grower confidence in our grading | Share of members who agree that our grading is fair, from the grading question of the member survey; the question is being written with the delegates' council | Member Relations Manager | first survey February 2029 |
| Licensed bins on a live temperature cable | Licensed bins whose cables are read automatically at least every hour; Arkell's hand-read cables do not count | Grain Storage Coordinator | 0 of 486 |
| Tonnes downgraded in storage | Tonnes that lost a grade or were written off while in our bins | Grain Storage Coordinator | 11,800 t |
| Cars released within 24 hours of spotting | Cars released to the railway within 24 hours of the spot, as a share of cars spotted | Rail Operations Supervisor | 71% |
| Demurrage paid to the railways | Demurrage and car-hire charges paid, after claims | Rail Logistics Manager | $1.31 million |
| Deliveries booked on Harvest Hub | Loads received that were booked on Harvest Hub, as a share of all loads | Digital Services Lead | 0% |
| Cash tickets settled within two business days | Cash tickets paid within two business days of delivery | Grain Accounting Manager | 44% |
| Harvest shifts crewed by trained staff | Harvest shifts at the scale, probe or leg worked by people who hold the grading and safety course | Human Resources Manager | 78% |

The Training and Safety Coordinator supplies the course records behind the last measure from
TrainRight.
"""

NETWORK = """
# Our elevator network, crop year 2028-29

Fourteen elevators in two districts, on two rail lines. Licensed storage 212,400 t in 486
licensed bins. Head office and the grading lab are at Carrow.

| Elevator | District | Rail | Licensed bins | Scale-house link |
|---|---|---|---|---|
| Arkell | North | Tamarack Subdivision (CN) | 38 | Fibre |
| Birchell | North | Tamarack Subdivision (CN) | 30 | Fixed wireless |
| Carrow | South | Marrin Subdivision (CPKC) | 54 | Fibre |
| Dunstan Lake | South | Marrin Subdivision (CPKC) | 28 | Fixed wireless |
| Eskell | North | Tamarack Subdivision (CN) | 26 | Fixed wireless |
| Fennimore | South | Marrin Subdivision (CPKC) | 32 | Fibre |
| Gorrie Siding | South | Marrin Subdivision (CPKC) | 24 | Satellite |
| Halvorsen | North | Tamarack Subdivision (CN) | 40 (18 house, 22 east annex) | Fixed wireless |
| Ingleby | North | Tamarack Subdivision (CN) | 36 | Fibre |
| Jasperton | South | Marrin Subdivision (CPKC) | 52 | Fibre |
| Kelloe | North | Tamarack Subdivision (CN) | 30 | Fixed wireless |
| Lisdale | South | Marrin Subdivision (CPKC) | 34 | Fixed wireless |
| Marrin Creek | South | Marrin Subdivision (CPKC) | 38 | Fibre |
| Nettleby | North | Tamarack Subdivision (CN) | 24 | Satellite |

Gorrie Siding and Nettleby have no broadband: their scale houses run on a satellite link that
drops out in deep cold.

Our operations policy sets a harvest freeze: no system or equipment change is made at an
elevator between 1 August and 31 October.

Each district has its own area manager; the Vice-President, Operations holds both.
"""

REVIEW = """
TAMARACK PRAIRIE GRAIN CO-OPERATIVE LTD.
Harvest 2027 review - summary for the management team
From: Marnie Kostiuk, Vice-President, Operations
Date: 9 February 2028

What went well
We took in 1.46 million tonnes, our second-largest harvest, with no lost-time injury. Arkell and
Carrow turned trucks in under 20 minutes at peak.

What did not
Canola heated in the Halvorsen east annex in January and again in March. By the time a hand
probe found it, 1,400 tonnes had to be sold as sample grade.
Grade disputes rose to 412. Dispute samples are not retained beyond 30 days, so several
complaints raised at the annual general meeting had nothing left to re-test.
Thirty-one seasonal hires started without a grading course; most of them were hired after
20 July.

What we will change
Bring the harvest hiring forward, put analyzers at the scale, and cable the bins, starting with
one elevator. These go to the board as one plan in June.
"""

EMAIL = """
From: Kerry Lachance <klachance@tamarackprairie.ca>
To: Marnie Kostiuk <mkostiuk@tamarackprairie.ca>
Cc: Bin to Rail program office <bintorail@tamarackprairie.ca>
Date: Thu, 18 May 2028 16:47:03 -0600
Subject: Car orders for the plan - how we do it today

Marnie,

You asked how the weekly car order works today, for the board paper.

Car ordering relies on a spreadsheet kept by me and one clerk: every Monday we take last year's
shipments for the same week, adjust by feel for what the elevator managers tell us on the
phone, and put the order in with CN and CPKC by Tuesday noon. The allocation to elevators,
producer cars included, goes out by email on Thursday.

The workbook feeds the Granary overnight, so the car-day and demurrage figures in the
performance pack are good. What it does not do is look at what is actually in the bins.

Happy to walk the steering group through it.

Kerry
Rail Logistics Manager
"""

ORG_TEXT: dict[str, str | bytes] = {
    "org/people/rail-operations-supervisor-profile.md": RAIL_PROFILE,
    "org/governance/delegates-council-terms-of-reference.md": COUNCIL_TOR,
    "org/governance/bin-to-rail-steering-group-terms.md": STEERING_TOR,
    "org/governance/local-2219-agreement-article-17-extract.txt": AGREEMENT,
    "org/systems/systems-and-data.md": SYSTEMS,
    "org/measures/measure-definitions.md": MEASURES,
    "org/context/elevator-network-2028-29.md": NETWORK,
    "org/context/harvest-2027-review.txt": REVIEW,
    "org/context/email-2028-05-18-car-orders.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), ROSTER: build_roster()}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
