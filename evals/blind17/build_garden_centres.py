"""Build the blind17 case ``garden-centres``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl, lxml):

    .venv/bin/python evals/blind17/build_garden_centres.py [out]

Writes, under ``evals/blind17/garden-centres/`` (or ``<out>/garden-centres/``):

- ``Growing Right 2029-31 - Board 15 Jan 2029.pptx``: the two-year plan of a fictional chain of
  36 garden centres (Wrenfield Garden Centres) for planned replenishment of live plants,
  click-and-collect, a live-plant waste programme, the Green Card app, rotas and nursery
  deliveries; a 16:9 deck as PowerPoint for the web saves it: ``docProps/app.xml`` naming
  "Microsoft Office PowerPoint" 16.0000 with no editing time, ``ppt/revisionInfo.xml`` whose one
  client carries the web app's ``vWet`` version, ``a16:creationId`` on every shape and
  ``p14:creationId`` on every slide, no thumbnail and no printer settings; titles in title
  placeholders; KPI tiles and context tiles as group shapes; the roadmap a native table of
  four-week trading periods with merged header and phase cells and an "FY31 and after" column;
  risks in a native table; speaker notes on two slides.
- ``org/``: the chain's own files: the head office structure (XLSX with a merged title row and a
  hidden column), the buying committee's terms of reference and the programme charter
  (Markdown), the systems and data inventory and the centre facts (Markdown), the measures
  (TSV), the colleague forum's agreement extract (text) and the supplier advisory group's note
  (DOCX).

Re-running it rewrites every file byte for byte: the OOXML packages through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates), the deck's entries in a
fixed order (``[Content_Types].xml``, ``_rels/.rels``, then sorted), the text files as literal
strings. It never touches ``gold.json``.
"""

from __future__ import annotations

import io
import re
import sys
import uuid
import zipfile
from pathlib import Path

from docx import Document
from lxml import etree
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "garden-centres"
DECK = "Growing Right 2029-31 - Board 15 Jan 2029.pptx"
STAMP = Stamp((2029, 1, 9, 16, 24, 50), "2029-01-09T16:24:50Z")
ORG_STAMP = Stamp((2028, 12, 14, 10, 5, 12), "2028-12-14T10:05:12Z")
IDS = uuid.UUID("5b0f3a52-8d1e-4c2b-9a77-3e6f2d41c905")  # namespace of the creation ids

FONT = "Aptos"
FOREST = RGBColor(0x1F, 0x4D, 0x2B)
LEAF = RGBColor(0x4E, 0x8A, 0x3E)
MOSS = RGBColor(0xEA, 0xF2, 0xE3)
CLAY = RGBColor(0xB4, 0x57, 0x2E)
INK = RGBColor(0x1E, 0x2A, 0x22)
GREY = RGBColor(0x5E, 0x6B, 0x62)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
SAND = RGBColor(0xF6, 0xF1, 0xE6)

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
REV_NS = "http://schemas.microsoft.com/office/powerpoint/2015/10/main"
REV_REL = "http://schemas.microsoft.com/office/2015/10/relationships/revisionInfo"
REV_TYPE = "application/vnd.ms-powerpoint.revisioninfo+xml"

FOOTER = "Wrenfield Garden Centres \u00b7 Growing Right 2029\u201331 \u00b7 Board, 15 January 2029"

Line = str | tuple[str, float, bool, RGBColor, bool]


# =========================================================================== deck helpers


def _style(run, size: float, bold: bool, color: RGBColor) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = FONT
    run.font.color.rgb = color


def _bullet(paragraph) -> None:
    """A bullet as PowerPoint writes one: a round bullet in Arial with a hanging indent."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "228600")
    ppr.set("indent", "-228600")
    font = etree.SubElement(ppr, f"{{{A}}}buFont")
    font.set("typeface", "Arial")
    font.set("panose", "020B0604020202020204")
    char = etree.SubElement(ppr, f"{{{A}}}buChar")
    char.set("char", "\u2022")


def fill(tf, lines: list[Line], size: float, color: RGBColor = INK, bullets: bool = False) -> None:
    """Write ``lines`` into a text frame, one paragraph each; a line is a string or a tuple
    (text, size, bold, color, bullet)."""
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        if isinstance(line, tuple):
            text, sz, bold, col, bul = line
        else:
            text, sz, bold, col, bul = line, size, False, color, bullets
        run = p.add_run()
        run.text = text
        _style(run, sz, bold, col)
        if bul:
            _bullet(p)
        if i:
            p.space_before = Pt(4)


def box(shapes, x, y, w, h, lines: list[Line], size=14.0, color=INK, bullets=False, bg=None):
    shape = shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    if bg is not None:
        shape.fill.solid()
        shape.fill.fore_color.rgb = bg
    fill(shape.text_frame, lines, size, color, bullets)
    return shape


def head(text: str, size: float = 14, color: RGBColor = FOREST) -> Line:
    return (text, size, True, color, False)


def quiet(text: str, size: float = 11) -> Line:
    return (text, size, False, GREY, False)


def bullet(text: str, size: float = 14, color: RGBColor = INK) -> Line:
    return (text, size, False, color, True)


def title(slide, text: str, eyebrow: str) -> None:
    """The slide's title in its title placeholder, and an eyebrow above it."""
    ph = slide.shapes.title
    ph.left, ph.top, ph.width, ph.height = Inches(0.55), Inches(0.5), Inches(12.2), Inches(0.8)
    ph.text_frame.text = ""
    fill(ph.text_frame, [(text, 30, True, FOREST, False)], 30)
    ph.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    ph.text_frame.vertical_anchor = MSO_ANCHOR.TOP
    box(slide.shapes, 0.55, 0.18, 9.0, 0.35, [(eyebrow.upper(), 11, True, CLAY, False)])


def footer(slide, n: int) -> None:
    box(slide.shapes, 0.55, 7.05, 9.0, 0.3, [quiet(FOOTER, 9)])
    b = box(slide.shapes, 11.75, 7.05, 1.0, 0.3, [(str(n), 10, True, GREY, False)])
    b.text_frame.paragraphs[0].alignment = PP_ALIGN.RIGHT


def tile(shapes, x, y, w, h, big: str, label: list[str], bg=MOSS, big_color=FOREST) -> None:
    """A tile as a group: a rounded rectangle, the big number, and a label box of one or two
    lines (the second in grey)."""
    group = shapes.add_group_shape()
    rect = group.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h)
    )
    rect.fill.solid()
    rect.fill.fore_color.rgb = bg
    rect.line.fill.background()
    rect.shadow.inherit = False
    rect.adjustments[0] = 0.08
    box(group.shapes, x + 0.15, y + 0.1, w - 0.3, 0.6, [(big, 28, True, big_color, False)])
    lines: list[Line] = [(label[0], 13, True, INK, False)]
    lines += [quiet(t, 11) for t in label[1:]]
    box(group.shapes, x + 0.15, y + 0.72, w - 0.3, h - 0.8, lines)


def table(shapes, x, y, widths: list[float], rows: list[list[str]], size=11.0, row_h=0.36):
    """A native table; a cell "<<" is merged into the cell on its left."""
    shape = shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(x),
        Inches(y),
        Inches(sum(widths)),
        Inches(row_h * len(rows)),
    )
    tbl = shape.table
    for j, cw in enumerate(widths):
        tbl.columns[j].width = Inches(cw)
    for i, row in enumerate(rows):
        tbl.rows[i].height = Inches(row_h)
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            if text == "<<":
                continue
            span = 1
            while j + span < len(row) and row[j + span] == "<<":
                span += 1
            if span > 1:
                cell.merge(tbl.cell(i, j + span - 1))
            cell.text_frame.text = ""
            strong = i == 0 or j == 0
            color = WHITE if i == 0 else INK
            fill(cell.text_frame, [(text, size, strong, color, False)], size)
            cell.margin_left = cell.margin_right = Inches(0.05)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            cell.fill.solid()
            cell.fill.fore_color.rgb = FOREST if i == 0 else (MOSS if j == 0 else WHITE)
    return shape


def notes(slide, lines: list[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    tf.text = lines[0]
    for line in lines[1:]:
        tf.add_paragraph().text = line


def content_slide(prs, n: int, eyebrow: str, text: str):
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # Title Only
    title(slide, text, eyebrow)
    footer(slide, n)
    return slide


# =========================================================================== the deck's text

WHY_TILES = [
    ("\u00a36.1m", "of live plants binned or written off in FY28, valued at retail"),
    ("1 in 5", "Saturday shoppers in May left without the bedding they came for (exit survey)"),
    ("212", "supplier nurseries deliver straight to our centres; most turn up when they can"),
    ("7 in 10", "plant orders are keyed after a walk round the benches"),
    ("9 of 36", "centres take click-and-collect orders, with only 40 plant lines on offer"),
    ("17 hours", "a week in each centre spent building and mending rotas"),
]
NOT_TARGETS = [
    "In FY19 we held plant waste to 9.1% of plant sales, before two drought summers undid it.",
    "The largest national chain says 96% of its bedding is on the bench when its doors open.",
    "Plant buying must stay inside the \u00a338.4m open-to-buy the Board set for FY29.",
]
STAR_TILES = [
    ("95%", ["of bedding lines on the bench at 10am, by the end of Peak FY30"]),
    ("7.5%", ["live-plant waste as a share of plant sales, by P13 FY30"]),
    ("8%", ["of plant sales ordered for click-and-collect, by P13 FY30"]),
]
PILLAR_NAMES = [
    "1 \u00b7 Plan the bench",
    "2 \u00b7 Waste less",
    "3 \u00b7 Order online, collect in centre",
    "4 \u00b7 Right people, right delivery",
]
PHASE_NAMES = ["Ground work", "First centre", "Roll-out", "Make it stick"]
MOMENTS = [
    (
        "A Saturday in May",
        "Bedding shoppers arrive from 9am; by lunchtime the best sellers are gone and the "
        "benches are half empty. This is where availability is won or lost.",
    ),
    (
        "A member orders before work",
        "A Green Card member orders a tray of bedding on the app and collects it the same day. "
        "Today only 40 plant lines can be ordered, and at 9 centres.",
    ),
    (
        "The Tuesday nursery drop",
        "Fourteen Danish trolleys arrive at 7am before the plant team starts; nobody knew they "
        "were coming, so plants wait in the car park.",
    ),
]
NOT_IN_SCOPE = [
    "Cafés and restaurants (29 of our centres have one)",
    "Aquatics and pet concessions",
    "Christmas grotto, events and workshops",
    "Garden furniture, buildings and hot tubs, and their home delivery",
]
PILLARS = [
    (
        "Pillar 1 \u00b7 Plan the bench",
        "Stop guessing what the bench needs",
        [
            "Goal: 95% of bedding lines on the bench at 10am by the end of Peak FY30 (P4 FY30), "
            "from 84% in FY28",
        ],
        [
            "Forecast each plant line by centre and week in PlantCast, from two years of EPOS "
            "sales, the weather and the season code",
            "Clean the plant item master: one code for each plant, pot size and supplier nursery, "
            "with the bench it sits on",
            "Turn forecasts into suggested orders that go to supplier nurseries automatically "
            "once a centre is live",
            "Add perennials to the forecast in P1\u2013P3 FY30, at the support centre, ready for "
            "centres after Peak",
            "Draw bench plans (planograms for the plant benches) for every centre's bedding area, "
            "refreshed each season",
        ],
        "Lead: Trading Director, with the Plant Replenishment Manager",
    ),
    (
        "Pillar 2 \u00b7 Waste less",
        "Every plant we bin, we paid for twice",
        [
            "Goal: live-plant waste down from 11.8% to 7.5% of plant sales by P13 FY30",
            "Goal: every written-off plant scanned on a handheld, at all 36 centres, by P13 FY29",
        ],
        [
            "Scan every written-off plant on a handheld with a reason code, and retire the paper "
            "waste sheets",
            "Mark down plants by age: 30% off at day 10, 50% off at day 14, then donate them to "
            "local schools or compost them",
            "Put outdoor Wi-Fi into the plant areas of the 25 centres that lack it, so handhelds "
            "work on the benches",
            "Certify every plant-area colleague in watering and plant care (the Plant Care "
            "Certificate) before their centre goes live",
        ],
        "Lead: Head of Horticulture",
    ),
    (
        "Pillar 3 \u00b7 Order online, collect in centre",
        "Order at breakfast, collect by lunch",
        [
            "Goal: click-and-collect to 8% of plant sales by P13 FY30, from 1.4% in FY28",
            "Goal: make the Green Card app the way our members like to shop with us",
        ],
        [
            "Extend click-and-collect to the whole plant range and to all 36 centres by P11, "
            "picked from the bench within two hours",
            "Show live stock by centre in the Green Card app and on the website",
            "Put the Green Card in the app, so members scan their phone at the till",
            "Send members a collect-today offer on the bedding lines a centre has too many of",
        ],
        "Lead: Ecommerce Manager, with the Loyalty & CRM Manager",
    ),
    (
        "Pillar 4 \u00b7 Right people, right delivery",
        "The right hands on the right day",
        [
            "Goal: rotas published three weeks ahead at all 36 centres by P10 FY29",
            "Goal: 90% of nursery deliveries in their booked slot by P8 FY30",
        ],
        [
            "Build rotas from the forecast of trade and deliveries in a rostering tool, not a "
            "spreadsheet",
            "Book every nursery delivery into a two-hour slot, Tuesday to Friday, 6am to 2pm",
            "Ask our 40 biggest supplier nurseries for an advance shipping notice with every "
            "delivery",
            "Count Danish trolleys in and out at every delivery, on the handheld",
        ],
        "Lead: Retail Operations Director",
    ),
]
KPI_TILES = [
    ("95%", "Bedding-plant availability at 10am", "FY28: 84% \u00b7 by P4 FY30"),
    ("7.5%", "Live-plant waste, % of plant sales", "FY28: 11.8% \u00b7 by P13 FY30"),
    ("+6%", "Plant sales LFL", "FY28: \u20131.2% \u00b7 in FY30"),
    ("8%", "Plant sales ordered for click-and-collect", "FY28: 1.4% \u00b7 by P13 FY30"),
    ("97%", "Click-and-collect orders ready at the promised time", "FY28: 78% \u00b7 by P11"),
    ("40%", "Sales scanned with the Green Card app", "FY28: 19% \u00b7 by P13 FY30"),
    (
        "90%",
        "Nursery deliveries arriving in their booked slot",
        "FY28: 62% (four-centre sample) \u00b7 by P8 FY30",
    ),
    (
        "36 of 36",
        "Centres with rotas published three weeks ahead",
        "FY28: 5 of 36 \u00b7 by P10 FY29",
    ),
    ("More", "Colleague hours on the shop floor", "No baseline yet \u00b7 to be measured in AU29"),
]
CLOCK = [
    "Our year starts on 1 March; it runs in thirteen four-week periods, P1 to P13. P13 runs "
    "to the last day of February.",
    "FY29 is the year that starts on 1 March 2029; FY30 starts on 1 March 2030.",
    "Peak = P2\u2013P4. Nothing changes in a centre during Peak: no new system, bench plan, "
    "rota pattern or delivery slot.",
    "Season codes: SP = P1\u2013P4, SU = P5\u2013P7, AU = P8\u2013P10, XM = P11\u2013P12, "
    "WN = P13; AU29 is P8\u2013P10 FY29.",
    "D-day is Monday 2 July 2029, when planned replenishment goes live at the first centre. "
    "Steps are counted in days from it: D-28 is Monday 4 June, D+14 is Monday 16 July.",
    "This plan covers FY29 and FY30: 26 periods. Anything in the FY31 column is for later and "
    "is not part of it.",
]
PILOT_STEPS = [
    (
        "D-56 \u00b7 Mon 7 May",
        "Brief the 18 nurseries that supply Hebble Bridge's bedding and agree their order files",
    ),
    (
        "D-28 \u00b7 Mon 4 June",
        "PlantCast runs in shadow: it suggests orders, the team still orders by hand, and we "
        "compare",
    ),
    ("D-7 \u00b7 Mon 25 June", "Gate 1, ready for D-day"),
    ("D-day \u00b7 Mon 2 July", "The bedding team orders from PlantCast's suggested orders"),
    (
        "D+14 \u00b7 Mon 16 July",
        "First review of availability, waste and hours against the shadow weeks",
    ),
    ("D+42 \u00b7 Mon 13 Aug", "Autumn bedding moves onto suggested orders"),
]
ROADMAP = [
    ["", "FY29", "<<", "<<", "<<", "<<", "FY30", "<<", "<<", "<<", "Later"],
    [
        "Workstream",
        "P1",
        "P2\u2013P4 \u00b7 Peak",
        "P5",
        "P6\u2013P9",
        "P10\u2013P13",
        "P1",
        "P2\u2013P4 \u00b7 Peak",
        "P5\u2013P7",
        "P8\u2013P13",
        "FY31 and after",
    ],
    [
        "Phase",
        "1 Ground work",
        "<<",
        "1 ends, 2 starts on D-day",
        "2 First centre: Hebble Bridge",
        "3 Roll-out",
        "<<",
        "<<",
        "<<",
        "4 Make it stick",
        "Not in this plan",
    ],
    [
        "Forecast and order",
        "PlantCast set up",
        "build at the support centre",
        "live at Hebble Bridge",
        "autumn bedding",
        "wave 1 (12 centres) P10; wave 2 (12) P13",
        "perennials added",
        "freeze",
        "wave 3 (11 centres) P5",
        "shrubs and trees",
        "houseplants and cut flowers",
    ],
    [
        "Waste",
        "markdown rules set",
        "no change in centres",
        "scanning at Hebble Bridge",
        "Wi-Fi and handhelds, 25 centres",
        "scanning at all 36 by P13",
        "",
        "freeze",
        "",
        "waste review each period",
        "",
    ],
    [
        "Click-and-collect and app",
        "",
        "stock feed built",
        "",
        "whole plant range at 9 centres",
        "all 36 centres by P11",
        "",
        "freeze",
        "Green Card in the app",
        "",
        "home delivery of large plants",
    ],
    [
        "Rotas",
        "tool chosen; Forum consulted",
        "no pattern change",
        "",
        "rotas from the forecast, 12 centres",
        "all 36 by P10",
        "",
        "freeze",
        "",
        "",
        "",
    ],
    [
        "Nursery deliveries",
        "Supplier Advisory Group briefed",
        "",
        "slots at Hebble Bridge",
        "",
        "slots with each wave",
        "",
        "freeze",
        "",
        "90% in slot by P8",
        "self-billing for nurseries",
    ],
    ["Gates", "", "", "G1 \u00b7 D-7", "G2 \u00b7 roll out?", "", "", "", "G3", "Close", ""],
]
PHASES_DATED = [
    ("Phase 1 \u00b7 Ground work \u00b7 P1 to P5 FY29", ""),
    ("Phase 2 \u00b7 First centre \u00b7 D-day to P9 FY29", ""),
    (
        "",
        "Phases 1 and 2 overlap in P5: Ground work closes with the D+14 review while Hebble "
        "Bridge is already live.",
    ),
    (
        "Phase 3 \u00b7 Roll-out \u00b7 P10 FY29 to P7 FY30",
        "Three waves of 12, 12 and 11 centres, none in Peak FY30",
    ),
    ("Phase 4 \u00b7 Make it stick \u00b7 P8 to P13 FY30", ""),
]
GATES = [
    (
        "Gate 1 \u00b7 Ready for D-day (D-7)",
        [
            "Passed when PlantCast's shadow orders are within 10% of the team's own for three "
            "weeks running",
            "and every Hebble Bridge plant-area colleague is trained on suggested orders",
        ],
    ),
    (
        "Gate 2 \u00b7 Roll out?",
        [
            "Passed when, over P7 to P9 FY29, Hebble Bridge's bedding availability at 10am is 93% "
            "or better and bedding waste is under 8% of bedding sales, as checked by Finance at "
            "the close of P9 FY29",
            "and the Colleague Forum has been consulted on the wave 1 rota patterns",
        ],
    ),
    (
        "Gate 3 \u00b7 All centres live (end of P7 FY30)",
        [
            "Passed when all 36 centres order bedding and perennials from suggested orders and "
            "scan every written-off plant",
        ],
    ),
    (
        "Close \u00b7 end of P13 FY30",
        ["Measures handed to business as usual; the programme team stands down"],
    ),
]
RISKS = [
    ["Risk", "Likelihood", "Mitigation"],
    [
        "R1 Smaller nurseries cannot take electronic orders",
        "High",
        "Offer nurseries without EDI a web page to confirm suggested orders; phone the top 40 "
        "every week in their first month",
    ],
    [
        "R2 A heatwave or a wet May throws the forecast",
        "Medium",
        "Feed the Met Office five-day forecast into PlantCast each morning; let the plant team "
        "override a suggested order with a reason",
    ],
    [
        "R3 Rota changes unsettle colleagues",
        "Medium",
        "No rota pattern change in Peak; consult the Colleague Forum 30 days before each wave",
    ],
    [
        "R4 Handhelds drop out on the outdoor benches",
        "Medium",
        "Keep the paper waste sheet at any centre whose outdoor Wi-Fi fails its survey, until it "
        "passes",
    ],
    [
        "R5 What works at Hebble Bridge does not work in a small centre",
        "Low",
        "Put two of our smallest centres, Netherby and Cawood Lane, in wave 1",
    ],
]
FIRST_100 = [
    "Sign the PlantCast contract and load two years of EPOS plant sales (Head of Plant "
    "Replenishment)",
    "Survey outdoor Wi-Fi at the 25 centres without it (Head of Retail Systems)",
    "Baseline every measure in the Potting Shed, period by period, from FY28 (Data & Insight "
    "Manager)",
    "Choose the rostering tool and open consultation with the Colleague Forum (Retail "
    "Operations Planning Manager)",
    "Brief the Supplier Advisory Group on delivery slots, eight weeks before the first slot "
    "(Nursery Supply Manager)",
    "Set the markdown-by-age rules and the EPOS markdown labels (Horticulture Trading Manager)",
    "Staff the programme team and hold the first Steering Group in P1 (Managing Director)",
]
MONDAY = [
    "The bedding team starts the day with PlantCast's suggested order, not a walk round the "
    "benches",
    "Every bedding plant thrown away is scanned on the handheld with a reason; the paper waste "
    "sheet is retired for bedding",
    "Bedding deliveries arrive in booked two-hour slots, Tuesday to Friday",
    "The team's rota for the week is built from the forecast of trade",
    "Problems go to the programme team's 8.15am call the same day, not to the buying office",
]
GOVERNANCE = [
    "Sponsor: the Managing Director, who chairs the Growing Right Steering Group",
    "Steering Group: meets in week 3 of every period; members: the Trading, Retail Operations, "
    "Finance and People Directors; the Programme Manager keeps the plan, the risks and the gate "
    "papers",
    "Gates 1 and 2: decided by the Steering Group under the Board's delegation; Gate 3 comes back "
    "to the Board in P7 FY30",
    "The Buying Committee agrees every change to ranges, bench plans, markdown rules and nursery "
    "terms",
    "Consulted, never deciding: the Colleague Forum (rotas, hours, training time) and the "
    "Supplier Advisory Group (delivery slots, order files, trolley rules)",
    "Measures reported every period from the Potting Shed in Power BI",
]
MONEY = [
    ("PlantCast forecasting and ordering", "\u00a30.9m"),
    ("Handhelds and outdoor Wi-Fi for 25 centres", "\u00a31.2m"),
    ("Click-and-collect and the Green Card app", "\u00a30.6m"),
    ("Rostering tool", "\u00a30.3m"),
    ("Training, the Plant Care Certificate and the programme team", "\u00a30.4m"),
]
ASKS = [
    "Approve Growing Right for FY29 and FY30",
    "Release \u00a31.4m for Phase 1 and the first centre",
    "Agree Hebble Bridge as the first centre",
    "Delegate Gates 1 and 2 to the Steering Group; Gate 3 returns to the Board in P7 FY30",
]
CLOSING = [
    "Every one of our 36 centres orders plants from a forecast, not a walk round the benches",
    "Bedding on the bench at 10am, even on a Saturday in May",
    "Plant waste down by more than a third, and every written-off plant scanned",
    "Plants ordered online and collected the same day, at every centre",
    "Rotas built from the trade we expect, three weeks ahead",
]


# =========================================================================== the slides


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[0])
    t = s.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.8), Inches(2.0), Inches(11.7), Inches(1.2)
    t.text_frame.text = ""
    fill(t.text_frame, [("Growing Right 2029\u201331", 48, True, FOREST, False)], 48)
    t.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.8), Inches(3.25), Inches(11.7), Inches(1.0)
    sub.text_frame.text = ""
    fill(
        sub.text_frame,
        [
            (
                "Planned replenishment, click-and-collect and less waste across our 36 garden "
                "centres",
                22,
                False,
                INK,
                False,
            )
        ],
        22,
    )
    sub.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    box(
        s.shapes,
        0.8,
        1.3,
        10.0,
        0.4,
        [("WRENFIELD GARDEN CENTRES \u00b7 BOARD PAPER B/29/03", 12, True, CLAY, False)],
    )
    box(
        s.shapes,
        0.8,
        4.6,
        11.0,
        1.2,
        [
            ("FY29 and FY30: 1 March 2029 to 28 February 2031", 16, True, LEAF, False),
            quiet(
                "Board meeting, 15 January 2029 \u00b7 presented by the Managing Director and the "
                "Trading Director",
                14,
            ),
        ],
    )

    # 2 why now
    s = content_slide(prs, 2, "Why now", "Why we cannot wait for another spring")
    for k, (big, label) in enumerate(WHY_TILES):
        col, row = k % 3, k // 3
        tile(s.shapes, 0.55 + col * 2.75, 1.55 + row * 2.0, 2.6, 1.85, big, [label], bg=SAND)
    box(
        s.shapes,
        9.0,
        1.55,
        3.75,
        3.85,
        [head("For the record, not targets", 14, CLAY)] + [quiet(x, 12) for x in NOT_TARGETS],
        bg=MOSS,
    )
    box(
        s.shapes,
        0.55,
        5.75,
        12.2,
        0.9,
        [
            (
                "We sell more plants than anyone in the region and throw too many of them away. "
                "The same three faults sit behind the figures: we order by eye, we record waste "
                "on paper and we plan people and deliveries by habit.",
                13,
                False,
                INK,
                False,
            )
        ],
    )

    # 3 the plan on a page
    s = content_slide(prs, 3, "The plan on a page", "One north star, four pillars, four phases")
    box(
        s.shapes,
        0.55,
        1.45,
        12.2,
        0.95,
        [
            head("Our north star", 13, CLAY),
            (
                "The right plant, fresh on the bench, whenever our customers come in.",
                24,
                True,
                FOREST,
                False,
            ),
        ],
    )
    for k, (big, labels) in enumerate(STAR_TILES):
        tile(s.shapes, 0.55 + k * 4.1, 2.55, 3.9, 1.45, big, labels)
    box(s.shapes, 0.55, 4.15, 12.2, 0.35, [head("Four pillars", 13, CLAY)])
    for k, name in enumerate(PILLAR_NAMES):
        box(s.shapes, 0.55 + k * 3.075, 4.5, 2.95, 0.6, [head(name, 13, WHITE)], bg=LEAF)
    box(s.shapes, 0.55, 5.25, 12.2, 0.35, [head("How we get there", 13, CLAY)])
    for k, name in enumerate(PHASE_NAMES):
        ch = s.shapes.add_shape(
            MSO_SHAPE.CHEVRON, Inches(0.55 + k * 3.075), Inches(5.65), Inches(2.95), Inches(0.7)
        )
        ch.fill.solid()
        ch.fill.fore_color.rgb = FOREST
        ch.line.fill.background()
        ch.text_frame.text = ""
        fill(ch.text_frame, [(name, 14, True, WHITE, False)], 14)
        ch.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER

    # 4 the moments that matter
    s = content_slide(prs, 4, "The moments that matter", "Where the plan bites")
    for k, (name, text) in enumerate(MOMENTS):
        box(
            s.shapes,
            0.55 + k * 4.1,
            1.5,
            3.9,
            2.9,
            [head(name, 16), (text, 13, False, INK, False)],
            bg=MOSS,
        )
    box(
        s.shapes,
        0.55,
        4.65,
        12.2,
        2.2,
        [head("Not in scope of Growing Right", 14, CLAY)] + [bullet(x, 13) for x in NOT_IN_SCOPE],
    )

    # 5-8 the pillars
    for k, (eyebrow, headline, goals, initiatives, lead) in enumerate(PILLARS):
        s = content_slide(prs, 5 + k, eyebrow, headline)
        box(
            s.shapes,
            0.55,
            1.45,
            12.2,
            0.45 + 0.4 * len(goals),
            [(g, 15, True, FOREST, False) for g in goals],
            bg=MOSS,
        )
        top = 1.65 + 0.45 + 0.4 * len(goals)
        box(
            s.shapes,
            0.55,
            top,
            12.2,
            6.5 - top,
            [head("What we will do", 14, CLAY)] + [bullet(x, 14) for x in initiatives],
        )
        box(s.shapes, 0.55, 6.55, 12.2, 0.4, [quiet(lead, 12)])

    # 9 measures
    s = content_slide(prs, 9, "Measures", "How we will know")
    box(
        s.shapes,
        0.55,
        1.3,
        12.2,
        0.35,
        [
            quiet(
                "Target in large type; FY28 baselines are the 13 periods to P10 FY28; by-when "
                "in our periods",
                12,
            )
        ],
    )
    for k, (big, label, sub_) in enumerate(KPI_TILES):
        col, row = k % 3, k // 3
        tile(s.shapes, 0.55 + col * 4.1, 1.75 + row * 1.75, 3.95, 1.62, big, [label, sub_])

    # 10 the clock
    s = content_slide(prs, 10, "Our trading calendar", "How we count time")
    box(s.shapes, 0.55, 1.5, 12.2, 5.3, [bullet(x, 16) for x in CLOCK])

    # 11 the first centre
    s = content_slide(prs, 11, "The first centre", "Bedding goes first")
    box(
        s.shapes,
        0.55,
        1.45,
        12.2,
        0.55,
        [
            (
                "Planned replenishment starts in one department: bedding plants at our Hebble "
                "Bridge centre, on D-day.",
                17,
                True,
                FOREST,
                False,
            )
        ],
    )
    box(
        s.shapes,
        0.55,
        2.15,
        4.6,
        4.2,
        [
            head("Why Hebble Bridge", 14, CLAY),
            (
                "Our third-busiest bedding department; outdoor Wi-Fi already covers its plant "
                "area; its plant team asked to go first",
                13,
                False,
                INK,
                False,
            ),
            head("Why after Peak", 14, CLAY),
            (
                "Autumn bedding (pansies, violas, wallflowers) is a full season in a quieter "
                "window, and Peak FY30 is left untouched",
                13,
                False,
                INK,
                False,
            ),
        ],
        bg=MOSS,
    )
    steps: list[Line] = [head("The steps, counted from D-day", 14, CLAY)]
    for when, what in PILOT_STEPS:
        steps.append((when, 13, True, FOREST, False))
        steps.append((what, 13, False, INK, False))
    box(s.shapes, 5.4, 2.15, 7.35, 4.6, steps)
    box(
        s.shapes,
        0.55,
        6.45,
        4.6,
        0.4,
        [quiet("Nothing else changes at Hebble Bridge before Gate 2.", 12)],
    )

    # 12 roadmap
    s = content_slide(prs, 12, "Roadmap", "Two years on one page")
    widths = [1.45, 0.85, 1.0, 1.0, 1.15, 1.3, 0.85, 1.0, 1.1, 1.1, 1.4]
    table(s.shapes, 0.55, 1.4, widths, ROADMAP, size=9, row_h=0.56)
    box(
        s.shapes,
        0.55,
        6.55,
        12.2,
        0.4,
        [
            quiet(
                "Columns are our four-week periods. Peak columns are a freeze: nothing goes live "
                "in a centre.",
                11,
            )
        ],
    )
    notes(
        s,
        [
            "Read the columns as periods of four weeks, not as months.",
            "The FY31 column shows what we have parked; it is not part of this plan or its budget.",
        ],
    )

    # 13 phases and gates
    s = content_slide(prs, 13, "Phases and gates", "What each gate must prove")
    left: list[Line] = [head("The four phases", 14, CLAY)]
    for name, text in PHASES_DATED:
        if name:
            left.append((name, 13, True, FOREST, False))
        if text:
            left.append((text, 12, False, INK, False))
    box(s.shapes, 0.55, 1.45, 4.9, 5.4, left, bg=MOSS)
    right: list[Line] = [head("The gates", 14, CLAY)]
    for name, lines in GATES:
        right.append((name, 13, True, FOREST, False))
        right += [(x, 12, False, INK, False) for x in lines]
    box(s.shapes, 5.65, 1.45, 7.1, 5.4, right)

    # 14 risks
    s = content_slide(prs, 14, "Risks", "What could knock us off course")
    table(s.shapes, 0.55, 1.45, [4.0, 1.3, 6.9], RISKS, size=12, row_h=0.8)

    # 15 first 100 days
    s = content_slide(
        prs, 15, "1 March to 8 June 2029 (P1 to P4 FY29)", "Breaking ground: the first 100 days"
    )
    box(
        s.shapes,
        0.55,
        1.45,
        12.2,
        5.4,
        [(f"{k}. {x}", 15, False, INK, False) for k, x in enumerate(FIRST_100, start=1)],
    )

    # 16 what changes on D-day
    s = content_slide(prs, 16, "D-day", "What changes on Monday 2 July at Hebble Bridge")
    box(s.shapes, 0.55, 1.5, 12.2, 5.3, [bullet(x, 17) for x in MONDAY])

    # 17 governance
    s = content_slide(prs, 17, "Governance", "Who decides what")
    box(s.shapes, 0.55, 1.5, 12.2, 5.3, [bullet(x, 15) for x in GOVERNANCE])

    # 18 money
    s = content_slide(prs, 18, "Investment", "What it costs and what it returns")
    tile(s.shapes, 0.55, 1.5, 3.6, 1.6, "\u00a33.4m", ["over FY29 and FY30"])
    table(
        s.shapes,
        4.45,
        1.5,
        [6.2, 2.1],
        [["Where the money goes", "FY29 and FY30"]] + [list(r) for r in MONEY],
        size=13,
        row_h=0.5,
    )
    box(
        s.shapes,
        0.55,
        4.85,
        12.2,
        1.6,
        [
            (
                "Benefit case: \u00a32.6m a year at full run rate, mostly lower waste and fuller "
                "benches (Finance's estimate, to be checked at Gate 2)",
                14,
                False,
                INK,
                False,
            ),
            ("Phase 1 and the first centre: \u00a31.4m in FY29, P1 to P9", 14, False, INK, False),
        ],
    )

    # 19 asks
    s = content_slide(prs, 19, "Decisions", "What we ask of the Board today")
    box(
        s.shapes,
        0.55,
        1.5,
        12.2,
        5.0,
        [(f"{k}. {x}", 18, False, INK, False) for k, x in enumerate(ASKS, start=1)],
    )

    # 20 close
    s = content_slide(prs, 20, "By 28 February 2031", "Where we will be at the end of P13 FY30")
    box(s.shapes, 0.55, 1.5, 12.2, 4.2, [bullet(x, 17) for x in CLOSING])
    box(
        s.shapes,
        0.55,
        5.8,
        12.2,
        0.9,
        [
            quiet(
                "Then, from FY31: houseplants, home delivery of large plants and self-billing for "
                "nurseries (not in this plan)",
                13,
            )
        ],
    )
    notes(
        s,
        [
            "Close on the date: the plan ends with P13 FY30, not with calendar 2031.",
        ],
    )

    n = len(prs.slides)
    core = prs.core_properties
    core.title = "Growing Right 2029\u201331"
    core.author = "Helen Garside"
    core.last_modified_by = "Helen Garside"
    core.revision = 27
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    buf = io.BytesIO()
    prs.save(buf)
    return normalize_zip(_as_web(buf.getvalue(), n), STAMP)


# =========================================================================== the package


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>0</TotalTime><Words>{words}</Words>"
    "<Application>Microsoft Office PowerPoint</Application>"
    "<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paragraphs}</Paragraphs>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>"
    '<HeadingPairs><vt:vector size="6" baseType="variant">'
    "<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant>"
    "<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>"
    "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
    "<vt:variant><vt:i4>{slides}</vt:i4></vt:variant>"
    "</vt:vector></HeadingPairs>"
    '<TitlesOfParts><vt:vector size="{parts}" baseType="lpstr">'
    "<vt:lpstr>Aptos</vt:lpstr><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr>"
    "<vt:lpstr>Office Theme</vt:lpstr>{titles}</vt:vector></TitlesOfParts>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)
REVISION_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f'<p1510:revInfo xmlns:p1510="{REV_NS}"><p1510:revLst>'
    '<p1510:client id="{{A7D3C51E-02B9-4F6A-9E41-6B8D0C2F7A13}}" v="22" vWet="24" '
    'dt="2029-01-09T16:24:50.312"/>'
    "</p1510:revLst></p1510:revInfo>"
)


SP_TREE = f"{{{P}}}spTree"
XML_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _guid(*key: object) -> str:
    return "{" + str(uuid.uuid5(IDS, "/".join(map(str, key)))).upper() + "}"


def _creation_ids(name: str, body: bytes) -> bytes:
    """Mark a slide as PowerPoint (desktop or web) does: an ``a16:creationId`` on every shape's
    ``cNvPr`` (not the shape tree's own) and a ``p14:creationId`` on the slide, written with
    PowerPoint's XML declaration."""
    root = etree.fromstring(body)
    shapes = [c for c in root.iter(f"{{{P}}}cNvPr") if c.getparent().getparent().tag != SP_TREE]
    for k, c_nv_pr in enumerate(shapes):
        ext_lst = etree.SubElement(c_nv_pr, f"{{{A}}}extLst")
        ext = etree.SubElement(ext_lst, f"{{{A}}}ext")
        ext.set("uri", "{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}")
        cid = etree.SubElement(ext, f"{{{A16}}}creationId", nsmap={"a16": A16})
        cid.set("id", _guid(name, k, c_nv_pr.get("id")))
    if root.tag == f"{{{P}}}sld":
        ext_lst = etree.SubElement(root, f"{{{P}}}extLst")
        ext = etree.SubElement(ext_lst, f"{{{P}}}ext")
        ext.set("uri", "{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}")
        cid = etree.SubElement(ext, f"{{{P14}}}creationId", nsmap={"p14": P14})
        cid.set("val", str(int(uuid.uuid5(IDS, name).int % 4000000000)))
    return XML_HEAD + etree.tostring(root, encoding="UTF-8")


def _as_web(data: bytes, slides: int) -> bytes:
    """Rewrite python-pptx's package as PowerPoint for the web saves a deck: its app.xml, a
    revision-info part naming the web client, creation ids, no thumbnail, no printer settings."""
    src = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: src.read(name) for name in src.namelist()}
    del parts["docProps/thumbnail.jpeg"]
    del parts["ppt/printerSettings/printerSettings1.bin"]
    for rels in ("_rels/.rels", "ppt/_rels/presentation.xml.rels"):
        parts[rels] = re.sub(
            rb'<Relationship [^>]*Target="[^"]*(?:thumbnail|printerSettings)[^"]*"/>',
            b"",
            parts[rels],
        )
    parts["ppt/_rels/presentation.xml.rels"] = parts["ppt/_rels/presentation.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rId900" Type="{REV_REL}" Target="revisionInfo.xml"/>'
        "</Relationships>".encode(),
    )
    types = parts["[Content_Types].xml"]
    types = re.sub(rb'<Default Extension="(?:bin|jpeg)"[^>]*/>', b"", types)
    types = types.replace(
        b"</Types>",
        f'<Override PartName="/ppt/revisionInfo.xml" ContentType="{REV_TYPE}"/></Types>'.encode(),
    )
    parts["[Content_Types].xml"] = types
    parts["ppt/revisionInfo.xml"] = REVISION_XML.encode("utf-8")
    for name in list(parts):
        if re.fullmatch(r"ppt/slides/slide\d+\.xml", name):
            parts[name] = _creation_ids(name, parts[name])

    slide_xml = [parts[f"ppt/slides/slide{k}.xml"].decode("utf-8") for k in range(1, slides + 1)]
    texts = [t for body in slide_xml for t in re.findall(r"<a:t>([^<]*)</a:t>", body)]
    paragraphs = sum(len(re.findall(r"<a:p>|<a:p ", body)) for body in slide_xml)
    titles = []
    for body in slide_xml:
        root = etree.fromstring(body.encode("utf-8"))
        for sp in root.iter(f"{{{P}}}sp"):
            ph = sp.find(f"{{{P}}}nvSpPr/{{{P}}}nvPr/{{{P}}}ph")
            if ph is not None and ph.get("type") in {"title", "ctrTitle"}:
                titles.append("".join(t.text or "" for t in sp.iter(f"{{{A}}}t")))
    notes = sum(1 for p in parts if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", p))
    esc = [t.replace("&", "&amp;") for t in titles]
    parts["docProps/app.xml"] = APP_XML.format(
        words=sum(len(t.split()) for t in texts),
        paragraphs=paragraphs,
        slides=slides,
        notes=notes,
        parts=4 + len(titles),
        titles="".join(f"<vt:lpstr>{t}</vt:lpstr>" for t in esc),
    ).encode("utf-8")
    first = ["[Content_Types].xml", "_rels/.rels"]
    names = first + sorted(p for p in parts if p not in first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            dst.writestr(zipfile.ZipInfo(name, date_time=STAMP.zip_time), parts[name])
    return out.getvalue()


# =========================================================================== the roster (XLSX)

ROSTER_TITLE = "Wrenfield Garden Centres \u00b7 Head office structure \u00b7 January 2029"
ROSTER_HEAD = ["Post", "Function", "Reports to", "Cost centre", "Programme role", "Remit"]
POSTS = [
    (
        "Managing Director",
        "Executive",
        "Board",
        "HO-100",
        "Core",
        "Runs the business and reports to the Board. Sponsor of Growing Right and chair of its "
        "Steering Group; takes the gate decisions the Board delegates.",
    ),
    (
        "Finance Director",
        "Finance",
        "Managing Director",
        "HO-110",
        "Core",
        "Budgets, capital and the management accounts; agrees the open-to-buy with the Trading "
        "Director; releases programme funds at each gate and checks the figures put to each gate.",
    ),
    (
        "Trading Director",
        "Trading",
        "Managing Director",
        "HO-200",
        "Core",
        "All buying and merchandising. Accountable for plant sales and margin, including "
        "like-for-like plant sales. Chairs the Buying Committee.",
    ),
    (
        "Retail Operations Director",
        "Retail Operations",
        "Managing Director",
        "HO-300",
        "Core",
        "Runs the 36 centres through four regional managers: opening hours, service standards, "
        "centre managers, and the picking of click-and-collect orders in centres, including "
        "whether orders are ready at the promised time.",
    ),
    (
        "People Director",
        "People",
        "Managing Director",
        "HO-400",
        "Core",
        "Contracts, pay, HR policy and the PeopleFirst system; the relationship with the "
        "Colleague Forum; the training budget, spent through the Learning & Development Manager.",
    ),
    (
        "Head of Plant Buying",
        "Trading",
        "Trading Director",
        "HO-210",
        "Core",
        "Plant ranges by season, new nursery listings, nursery terms and cost prices, the plant "
        "open-to-buy, and the bench plans (planograms) for every plant area.",
    ),
    (
        "Plant Replenishment Manager",
        "Trading",
        "Trading Director",
        "HO-220",
        "Core",
        "Order quantities and stock levels for live plants in every centre, and bedding-plant "
        "availability. Further remit in the Buying Committee terms of reference, section 4.",
    ),
    (
        "Horticulture Trading Manager",
        "Trading",
        "Trading Director",
        "HO-230",
        "Core",
        "Plant prices and promotions. Further remit in the Buying Committee terms of reference, "
        "section 4.",
    ),
    (
        "Head of Horticulture",
        "Retail Operations",
        "Retail Operations Director",
        "HO-310",
        "Core",
        "Plant quality and care in all 36 centres: watering, bench hygiene and plant age checks. "
        "Sets and awards the Plant Care Certificate, our own qualification for plant-area "
        "colleagues. Owns the record of live plants written off and the live-plant waste measure.",
    ),
    (
        "Retail Operations Planning Manager",
        "Retail Operations",
        "Retail Operations Director",
        "HO-320",
        "Core",
        "The labour model, rota patterns and rostering for every centre; publishes rotas and "
        "reports colleague hours by task. Leads consultation with the Colleague Forum on any "
        "change to rota patterns, with the People Director.",
    ),
    (
        "Loss Prevention Manager",
        "Retail Operations",
        "Retail Operations Director",
        "HO-330",
        "Core",
        "Theft, till fraud and security, and the stock loss from crime in the management "
        "accounts. Plants that die or are thrown away are recorded by horticulture, not by loss "
        "prevention.",
    ),
    (
        "Supply Chain Manager",
        "Supply Chain",
        "Retail Operations Director",
        "HO-500",
        "Core",
        "The distribution centre at Sandholme and the trunking fleet: hard goods, sundries, "
        "compost and furniture to centres. Live plants travel from nurseries straight to centres "
        "and are the Nursery Supply Manager's.",
    ),
    (
        "Nursery Supply Manager",
        "Trading",
        "Head of Plant Buying",
        "HO-240",
        "Core",
        "Deliveries from supplier nurseries straight to centres. Further remit in the Buying "
        "Committee terms of reference, section 4.",
    ),
    (
        "Head of Retail Systems",
        "IT",
        "Finance Director",
        "HO-600",
        "Core",
        "StoreLine EPOS and back office, handhelds, centre networks and Wi-Fi, the change "
        "calendar, and the links between StoreLine and other systems.",
    ),
    (
        "Data & Insight Manager",
        "IT",
        "Finance Director",
        "HO-610",
        "Core",
        "The Potting Shed data warehouse and its Power BI reports; the period KPI pack and the "
        "baselines of every measure the Board sees. Does not own the plant forecast or the plant "
        "item master.",
    ),
    (
        "Ecommerce Manager",
        "Customer",
        "Trading Director",
        "HO-700",
        "Core",
        "The Leafcart website, the Green Card app as a product, the online range and "
        "click-and-collect ordering, and the stock shown online.",
    ),
    (
        "Loyalty & CRM Manager",
        "Customer",
        "Trading Director",
        "HO-710",
        "Core",
        "The Green Card scheme: membership, points, member offers and the card itself, plastic "
        "or in the app; member data and marketing permissions.",
    ),
    (
        "Learning & Development Manager",
        "People",
        "People Director",
        "HO-410",
        "Core",
        "Induction, system training for new tools and the GrowLearn system; books training time "
        "with centre managers. Plant care content and the Plant Care Certificate are set by the "
        "Head of Horticulture.",
    ),
    (
        "Programme Manager, Growing Right",
        "Programme",
        "Managing Director",
        "HO-120",
        "Core",
        "The Growing Right plan, risk and issue log, gate papers and the period report to the "
        "Steering Group.",
    ),
    (
        "Chair, Colleague Forum",
        "Colleague Forum",
        "-",
        "-",
        "Consult only",
        "Elected by colleagues. Consulted on rota patterns, hours, pay structures and training "
        "time; holds no actions.",
    ),
    (
        "Chair, Supplier Advisory Group",
        "Supplier Advisory Group",
        "-",
        "-",
        "Consult only",
        "Elected by member nurseries. Consulted on delivery slots, order files, trolley rules "
        "and payment terms; holds no actions.",
    ),
]
ROSTER_NOTE = (
    "Note: the two chairs are elected by their groups and are not employed posts. Regional "
    "managers and centre managers are listed in the centres' own structures."
)


def roster_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Head office"
    ws["A1"] = ROSTER_TITLE
    ws["A1"].font = Font(name="Aptos", size=14, bold=True, color="1F4D2B")
    ws.merge_cells("A1:F1")
    ws.row_dimensions[1].height = 24
    for j, name in enumerate(ROSTER_HEAD, start=1):
        c = ws.cell(row=2, column=j, value=name)
        c.font = Font(name="Aptos", bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4D2B")
    for i, row in enumerate(POSTS, start=3):
        for j, value in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=value)
            c.font = Font(name="Aptos", size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top")
    note_row = 3 + len(POSTS) + 1
    ws.cell(row=note_row, column=1, value=ROSTER_NOTE).font = Font(
        name="Aptos", size=9, italic=True
    )
    for col, width in zip("ABCDEF", (34, 18, 26, 11, 14, 90), strict=True):
        ws.column_dimensions[col].width = width
    ws.column_dimensions["D"].hidden = True
    ws.freeze_panes = "A3"
    return ooxml_bytes(
        wb,
        ORG_STAMP,
        creator="Sunita Rowe",
        lastModifiedBy="Sunita Rowe",
        title="Head office structure",
    )


# =========================================================================== the org's text files

BUYING_COMMITTEE = """
# Buying Committee: terms of reference

Version 4, approved by the Board on 12 September 2028. Owner: Trading Director.

## 1. Purpose

The Buying Committee decides what we sell, where it sits in the centre and on what terms we buy
it. It meets in week 2 of every trading period and keeps a decision log.

## 2. Chair and members

- Chair: Trading Director
- Members: Head of Plant Buying; Plant Replenishment Manager; Horticulture Trading Manager;
  Nursery Supply Manager; Ecommerce Manager; Finance Director
- In attendance when their items are discussed: Head of Horticulture; Retail Operations Director

## 3. What the committee decides

- Ranges by season, and the listing or delisting of a supplier nursery
- Bench plans (planograms) for plant areas, and any change to them between seasons
- Markdown rules for live plants and hard goods
- Nursery terms: cost prices, delivery days, order files and trolley rules

## 4. Who does what between meetings

The committee's members carry these remits between meetings. Where the head office structure
says "further remit in the Buying Committee terms of reference", this is the section it means.

- The Plant Replenishment Manager owns the plant item master (one code for each plant, pot size
  and supplier nursery) and the plant sales history that order quantities are set from. The
  forecast for live plants and its settings will be theirs too.
- The Horticulture Trading Manager sets the markdown rules for live plants: when a plant is
  reduced, by how much, and its end-of-life route (donation or compost). The EPOS markdown
  labels follow those rules.
- The Nursery Supply Manager runs deliveries from supplier nurseries straight to centres:
  delivery days and slots, how orders reach each nursery (EDI, email file or telephone),
  delivery notes and advance shipping notices, and the Danish trolley pool and its returns.
- The Head of Plant Buying agrees nursery terms and cost prices and brings new listings.

## 5. Consultation

The Supplier Advisory Group is consulted before the committee changes anything that affects
nurseries' work: delivery days and slots, order files, trolley rules. It advises; the committee
decides.

## 6. Quorum and records

Three members including the chair. The decision log is kept by the Trading Director's office
and read at the next meeting.
"""

CHARTER = """
# Growing Right: programme charter

Draft for the Board of 15 January 2029, prepared by the Programme Manager, Growing Right.

## Sponsor

The Managing Director is the sponsor of Growing Right. She chairs the Growing Right Steering
Group and answers to the Board for the programme.

## Steering Group

- Chair: Managing Director
- Members: Trading Director; Retail Operations Director; Finance Director; People Director
- Secretary: Programme Manager, Growing Right
- Meets in week 3 of every trading period, after the period's figures are published.
- Decides Gate 1 and Gate 2 under delegation from the Board; Gate 3 goes to the Board.

## Programme team

- Programme Manager, Growing Right: plan, risk and issue log, gate papers, period report
- Workstream leads, as named in the structure: Plant Replenishment Manager (forecast and order);
  Head of Horticulture (waste and plant care); Ecommerce Manager (click-and-collect and app);
  Retail Operations Planning Manager (rotas); Nursery Supply Manager (nursery deliveries)
- Data: the Data & Insight Manager keeps the baselines and the period measures in the Potting
  Shed.

## Consultation

The Colleague Forum and the Supplier Advisory Group are consulted as their agreements set out.
Neither owns actions in the programme plan.

## Budget

The Board is asked for £3.4m over FY29 and FY30, released gate by gate by the Finance Director
on the Steering Group's decision.
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Head of Retail Systems. Last reviewed: November 2028.

## EPOS and back office

- StoreLine EPOS runs on every till in all 36 centres (212 tills) and feeds the StoreLine back
  office, where stock, orders and price changes are kept.
- Most plant orders, about seven in ten, are keyed by hand after a walk round the benches; the
  rest are standing orders. There is no demand forecast for live plants.
- StoreLine keeps item sales by centre for 104 weeks; older sales are not retained beyond 104
  weeks at item level, only as department totals.
- Hard goods are replenished from the Sandholme distribution centre by StoreLine's own
  reorder-point rules.

## Handhelds and networks

- Every centre has eight handheld terminals running StoreLine Mobile for stock counts, price
  checks and receiving.
- Outdoor Wi-Fi only covers the plant areas of 11 centres; at the other 25 the handhelds work
  indoors only.
- Changes to centre systems follow the change calendar, which the Head of Retail Systems keeps.

## Data and reporting

- The Potting Shed is our data warehouse (Azure SQL), loaded nightly from StoreLine, Leafcart,
  the Green Card scheme and PeopleFirst. Reports and the period KPI pack are built in Power BI.
  Owner: Data & Insight Manager.

## Online and loyalty

- Leafcart runs the website and click-and-collect ordering. Owner: Ecommerce Manager.
- The Green Card app (iOS and Android) lets members see their points and offers and find a
  centre.
- The Green Card app cannot show stock by centre: it reads the website's product list, which
  carries prices but not stock.
- The Green Card scheme has 284,000 members; member records sit in the Potting Shed. Owner:
  Loyalty & CRM Manager.

## People systems

- PeopleFirst holds contracts, hours and pay for all 1,840 colleagues. Owner: People Director.
- GrowLearn is our learning system: courses, induction and training records. Owner: Learning &
  Development Manager.

## Nursery ordering

- Orders reach supplier nurseries by EDI, by an emailed order file or by telephone, depending on
  the nursery. The Nursery Supply Manager keeps the list.
"""

CENTRES = """
# Our centres: facts for FY28

Prepared by the Retail Operations Director's office, December 2028. Figures marked FY28 are for
the 13 periods to the end of P10 FY28 (a moving year to 5 December 2028).

## The estate

- 36 garden centres in the North of England and the Midlands, in four regions of nine.
- 29 centres have a café or restaurant; 14 host an aquatics or pet concession.
- Sales FY28: £136.2m, of which live plants £51.7m (38%).
- 1,840 colleagues, plus about 410 seasonal colleagues from March to June.

## Click-and-collect

- Click-and-collect runs only at 9 of our 36 centres, with 40 plant lines online (patio
  planters and bedding packs); the rest of the plant range is not sold online.
- Orders are picked by the centre's customer service team from the shop floor.

## Rotas

- Each centre's rota relies on a spreadsheet built by the centre manager every week, from last
  year's pattern.
- Rotas are published to colleagues between one and three weeks ahead; five centres publish
  three weeks ahead.

## Hebble Bridge

- Hebble Bridge is our third-busiest centre for bedding plants (FY28 bedding sales £1.9m).
- Outdoor Wi-Fi covers its whole plant area, which has 46 benches.
- Its plant team of nine volunteered to go first with planned replenishment.

## Smaller centres

- Netherby and Cawood Lane are our two smallest centres by plant sales, each under £0.5m.
"""

FORUM = """
COLLEAGUE FORUM AGREEMENT (2026): EXTRACT ON CONSULTATION
Wrenfield Garden Centres Ltd and the Colleague Forum
Agreed 3 June 2026. Extract made for the Growing Right programme, December 2028.

1. The Colleague Forum represents all colleagues in the centres, the distribution centre and
head office. It has 18 elected members and an elected chair.

2. The Colleague Forum must be consulted before any change to rota patterns, for at least 30
days, and its views are recorded in the decision.

3. The Forum is also consulted on changes to contracted hours, pay structures and the time
set aside for training.

4. The Forum advises. It does not run projects, manage colleagues or own actions in any plan.

5. Meetings are held every period. Extraordinary meetings may be called by the chair or by
the People Director on 10 days' notice.
"""

MEASURES_HEAD = ["Measure", "Definition", "Owner", "FY28 baseline", "Source", "Reported"]
MEASURES = [
    [
        "Bedding-plant availability at 10am",
        "Share of bedding lines on the centre's bench plan with stock on the bench at the 10am "
        "check.",
        "Plant Replenishment Manager",
        "84%",
        "Centre 10am check, keyed into the back office",
        "Every period",
    ],
    [
        "Live-plant waste",
        "Plants written off (dead, damaged or thrown away) at retail value, as a share of plant "
        "sales. Write-offs are kept on paper waste sheets at each centre and keyed into the back "
        "office once a week.",
        "Head of Horticulture",
        "11.8%",
        "StoreLine back office",
        "Every period",
    ],
    [
        "Plant sales LFL",
        "Plant sales growth against the same periods of the year before, centres open in both "
        "years.",
        "Trading Director",
        "-1.2%",
        "Potting Shed",
        "Every period",
    ],
    [
        "Click-and-collect share of plant sales",
        "Plant sales ordered online for collection, as a share of all plant sales.",
        "Ecommerce Manager",
        "1.4%",
        "Leafcart and StoreLine",
        "Every period",
    ],
    [
        "Click-and-collect orders ready on time",
        "Orders ready at the collection point by the promised time.",
        "Retail Operations Director",
        "78% (9 centres)",
        "Leafcart",
        "Every period",
    ],
    [
        "Green Card app share of sales",
        "Sales where the member's card was scanned from the app, as a share of all sales.",
        "Loyalty & CRM Manager",
        "19%",
        "Potting Shed",
        "Every period",
    ],
    [
        "Nursery deliveries in booked slot",
        "Nursery deliveries arriving within their booked two-hour slot.",
        "Nursery Supply Manager",
        "62% (four-centre sample, P9 FY28)",
        "Goods-in log",
        "Every period from P5 FY29",
    ],
    [
        "Rotas published three weeks ahead",
        "Centres whose rota for a week is published to colleagues 21 days or more before it.",
        "Retail Operations Planning Manager",
        "5 of 36",
        "Centre returns",
        "Every period",
    ],
    [
        "Colleague hours on the shop floor",
        "Hours spent serving customers and caring for stock, as a share of hours paid.",
        "Retail Operations Planning Manager",
        "To be set in AU29",
        "Rostering tool",
        "From AU29",
    ],
]

SAG_PARAGRAPHS = [
    ("Supplier Advisory Group: purpose and membership", "Title"),
    ("Note agreed at the Group's meeting of 9 October 2028.", None),
    ("Purpose", "Heading 1"),
    (
        "The Supplier Advisory Group gives our supplier nurseries a voice in how we order, receive "
        "and pay for plants. It is consulted by the Buying Committee and by the Growing Right "
        "programme; it advises and never decides.",
        None,
    ),
    ("Members", "Heading 1"),
    (
        "Nine nurseries elected by all supplier nurseries for two years, and a chair elected by "
        "the nine. The Nursery Supply Manager attends as secretary.",
        None,
    ),
    ("What the Group is consulted on", "Heading 1"),
    ("Delivery days and slots at our centres.", "List Bullet"),
    ("Order files and how orders are sent.", "List Bullet"),
    ("Danish trolley rules, deposits and returns.", "List Bullet"),
    ("Payment terms.", "List Bullet"),
    ("What nurseries can do today", "Heading 1"),
    (
        "Only 14 of our 212 supplier nurseries can send an advance shipping notice; the rest send "
        "a paper delivery note with the lorry.",
        None,
    ),
    ("Notice", "Heading 1"),
    (
        "Any change to delivery days, slots or order files needs eight weeks' notice to the "
        "Supplier Advisory Group, which is consulted before it is made.",
        None,
    ),
]


def measures_tsv() -> str:
    rows = [MEASURES_HEAD, *MEASURES]
    return "".join("\t".join(r) + "\n" for r in rows)


def sag_docx() -> bytes:
    doc = Document()
    for text, style in SAG_PARAGRAPHS:
        doc.add_paragraph(text, style=style) if style else doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        ORG_STAMP,
        author="Nursery Supply Manager",
        last_modified_by="Nursery Supply Manager",
        title="Supplier Advisory Group: purpose and membership",
        revision=2,
    )


def build(root: Path) -> None:
    case = root / CASE
    write_files(
        case,
        {
            DECK: build_deck(),
            "org/people/head-office-structure.xlsx": roster_xlsx(),
            "org/governance/buying-committee-terms-of-reference.md": BUYING_COMMITTEE,
            "org/governance/growing-right-programme-charter.md": CHARTER,
            "org/systems/systems-and-data-inventory.md": SYSTEMS,
            "org/context/centre-facts-fy28.md": CENTRES,
            "org/context/colleague-forum-agreement-extract.txt": FORUM,
            "org/context/supplier-advisory-group-note.docx": sag_docx(),
            "org/measures/growing-right-measures.tsv": measures_tsv(),
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
