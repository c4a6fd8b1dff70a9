"""Builds the blind15 case ``mine-electrification``: the deck and every org file, byte for byte.

Run from the repository root with the project's venv (python-pptx and lxml are all it needs):

    .venv/bin/python evals/blind15/build_mine_electrification.py            # into evals/blind15
    .venv/bin/python evals/blind15/build_mine_electrification.py /tmp/out   # into /tmp/out

It writes ``<root>/mine-electrification/`` and nothing else; ``gold.json`` is written by hand and
is not touched. The organisation, its people, sites and systems are fictional; the Safeguard
Mechanism, the Clean Energy Regulator, NGER, LGCs, ACCUs, the WHS Act 2020 (WA), the Coal Mining
Safety and Health Act 1999 (Qld) and TAFE are real and named only as context.

The deck imitates a PPTX saved by PowerPoint for the web: ``docProps/app.xml`` names "Microsoft
Office PowerPoint" (PresentationFormat "Widescreen", AppVersion 16.0000, the slide titles in
TitlesOfParts, "PowerPoint Presentation" for a slide without a title placeholder), there is no
``docProps/thumbnail.jpeg`` and no printer settings part; 16:9 (12192000 x 6858000 EMU), the
master and layouts widened to match. Most titles sit in title placeholders; three slides (4, 14
and 16) carry their title in a plain text box on the Blank layout. The roadmap (slide 12) is a
native table of workstreams by financial half-years with merged horizon cells and a "Beyond FY31"
column; the KPI tiles (slide 4) are group shapes, each a big number over a label; the KPI table
(slide 10) and the risks (slide 15) are native tables. Every ZIP entry has one fixed time and the
entries are sorted, ``[Content_Types].xml`` first.

The roster (``org/people/roster.csv``) is an HR system's export: UTF-8 with a byte-order mark,
every cell quoted, CRLF between records and bare LF line breaks inside the multi-line
"Key accountabilities" cells.

Importing it runs nothing.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
NAME = "mine-electrification"
DECK = "Powering-Down-Diesel_FY28-FY31_Board-paper-B-27-06.pptx"
ZIP_TIME = (2027, 6, 18, 16, 5, 12)
W3C = "2027-06-18T08:05:12Z"
CREATED = "2027-05-03T01:14:00Z"

NAVY = RGBColor(0x1B, 0x2A, 0x3A)
OCHRE = RGBColor(0xB4, 0x4A, 0x1E)
GREY = RGBColor(0x55, 0x5B, 0x61)
LIGHT = RGBColor(0xF3, 0xEE, 0xE8)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
FOOTER = (
    "Marralong Resources \u00b7 Powering Down Diesel FY28-FY31 \u00b7 "
    "Board paper B-27-06 \u00b7 Commercial in confidence"
)


# =========================================================================== text helpers


def _bullet(paragraph, char: str = "\u2022") -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.set("marL", str(Inches(0.25)))
    p_pr.set("indent", str(-Inches(0.25)))
    bu_font = etree.SubElement(p_pr, f"{{{A_NS}}}buFont")
    bu_font.set("typeface", "Arial")
    bu_char = etree.SubElement(p_pr, f"{{{A_NS}}}buChar")
    bu_char.set("char", char)


def _fill(frame, paras, size: float, color=NAVY, bold: bool = False, align=None) -> None:
    """Write paragraphs into a text frame. A paragraph is a string, or a tuple
    (text, options) with options among bold, size, color, bullet, space."""
    frame.word_wrap = True
    for i, para in enumerate(paras):
        text, opts = (para, {}) if isinstance(para, str) else para
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if opts.get("space"):
            p.space_before = Pt(opts["space"])
        if align is not None:
            p.alignment = align
        if opts.get("bullet"):
            _bullet(p, opts.get("char", "\u2022"))
        run = p.add_run()
        run.text = text
        run.font.size = Pt(opts.get("size", size))
        run.font.bold = opts.get("bold", bold)
        run.font.color.rgb = opts.get("color", color)


def text_box(shapes, x, y, w, h, paras, size=14, color=NAVY, bold=False, align=None):
    box = shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    _fill(box.text_frame, paras, size, color, bold, align)
    return box


def bullets(items, size: float | None = None, space: float = 6) -> list:
    out = []
    for item in items:
        opts: dict = {"bullet": True, "space": space}
        if size:
            opts["size"] = size
        out.append((item, opts))
    return out


def set_title(slide, text: str, size: float = 30) -> None:
    title = slide.shapes.title
    title.left, title.top = Inches(0.6), Inches(0.35)
    title.width, title.height = Inches(12.1), Inches(0.85)
    frame = title.text_frame
    frame.text = ""
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    p = frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    run = p.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = True
    run.font.color.rgb = NAVY


def box_title(slide, text: str) -> None:
    """A title in a plain text box, as on the three slides built on the Blank layout."""
    text_box(slide.shapes, 0.6, 0.35, 12.1, 0.85, [text], 30, NAVY, True)


def footer(slide, n: int) -> None:
    text_box(slide.shapes, 0.6, 7.05, 10.5, 0.3, [FOOTER], 9, GREY)
    text_box(slide.shapes, 11.7, 7.05, 1.0, 0.3, [str(n)], 9, GREY, False, PP_ALIGN.RIGHT)


def rule(slide, y: float = 1.22) -> None:
    line = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(0.6), Inches(y), Inches(1.2), Emu(38100)
    )
    line.fill.solid()
    line.fill.fore_color.rgb = OCHRE
    line.line.fill.background()


def table(slide, x, y, widths, rows, size=11, head_size=11, row_h=0.36):
    shape = slide.shapes.add_table(
        len(rows), len(widths), Inches(x), Inches(y), Inches(sum(widths)), Inches(row_h * len(rows))
    )
    tab = shape.table
    for c, w in enumerate(widths):
        tab.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        tab.rows[r].height = Inches(row_h)
        for c, value in enumerate(row):
            cell = tab.cell(r, c)
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            frame = cell.text_frame
            lines = value.split("\n") if value else [""]
            for i, line in enumerate(lines):
                p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                if not line:
                    continue
                run = p.add_run()
                run.text = line
                run.font.size = Pt(head_size if r == 0 else size)
                run.font.bold = r == 0
                run.font.color.rgb = WHITE if r == 0 else NAVY
            if r > 0:
                cell.fill.solid()
                cell.fill.fore_color.rgb = LIGHT if r % 2 else WHITE
            else:
                cell.fill.solid()
                cell.fill.fore_color.rgb = NAVY
    return tab


def tile(slide, x, y, number: str, label: str) -> None:
    group = slide.shapes.add_group_shape()
    big = group.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(3.8), Inches(1.05)
    )
    big.fill.solid()
    big.fill.fore_color.rgb = NAVY
    big.line.fill.background()
    frame = big.text_frame
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    _fill(frame, [number], 40, WHITE, True, PP_ALIGN.CENTER)
    label_box = group.shapes.add_textbox(Inches(x), Inches(y + 1.1), Inches(3.8), Inches(0.8))
    _fill(label_box.text_frame, [label], 13, NAVY, False, PP_ALIGN.CENTER)


# =========================================================================== the deck


def _widen(prs) -> None:
    """Widen the default 4:3 master and layouts to 16:9, as the saved deck's would be."""
    factor = 12192000 / 9144000
    for holder in [prs.slide_master, *prs.slide_layouts]:
        for shape in holder.shapes:
            if shape.left is not None and shape.width is not None:
                shape.left = int(shape.left * factor)
                shape.width = int(shape.width * factor)


def build_deck() -> tuple[bytes, list[str | None], int]:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    _widen(prs)
    title_slide, title_only, blank = (prs.slide_layouts[i] for i in (0, 5, 6))
    titles: list[str | None] = []
    notes = 0

    def slide_with_title(text: str):
        slide = prs.slides.add_slide(title_only)
        set_title(slide, text)
        titles.append(text)
        return slide

    def slide_with_box_title(text: str):
        slide = prs.slides.add_slide(blank)
        box_title(slide, text)
        titles.append(None)
        return slide

    # 1 ------------------------------------------------------------------ title
    s = prs.slides.add_slide(title_slide)
    s.shapes.title.left, s.shapes.title.top = Inches(0.9), Inches(2.0)
    s.shapes.title.width, s.shapes.title.height = Inches(11.5), Inches(1.3)
    s.shapes.title.text_frame.text = ""
    _fill(s.shapes.title.text_frame, ["Powering Down Diesel"], 48, NAVY, True, PP_ALIGN.LEFT)
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.9), Inches(3.4), Inches(11.5), Inches(2.2)
    sub.text_frame.text = ""
    _fill(
        sub.text_frame,
        [
            ("Decarbonisation and Electrification Plan FY28-FY31", {"size": 26, "color": OCHRE}),
            ("Board of Directors \u00b7 24 June 2027 \u00b7 Paper B-27-06", {"space": 18}),
            ("Presented by Ross Petrakis, Chief Operating Officer", {"space": 4}),
            ("Marralong Resources Limited \u00b7 Commercial in confidence", {"space": 4}),
        ],
        18,
        GREY,
        False,
        PP_ALIGN.LEFT,
    )
    titles.append("Powering Down Diesel")

    # 2 ------------------------------------------------------------------ why now
    s = slide_with_title("Why now: diesel is our largest emissions line")
    rule(s)
    text_box(
        s.shapes,
        0.6,
        1.45,
        12.1,
        4.9,
        bullets(
            [
                "318 million litres of diesel went through our bowsers in FY26; 71% of it fed "
                "the haul trucks.",
                "That diesel made 83% of our 1.04 Mt CO2-e Scope 1 footprint; the gas turbines "
                "at the Yindarra power station made the rest.",
                "Yindarra, Mount Cowan and Gidgee Creek are each a Safeguard facility, and "
                "their baselines decline 4.9% a year to FY30.",
                "Diesel cost us A$1.31 a litre delivered in FY26, after fuel tax credits: "
                "A$417 million, up 22% on FY24.",
                "Between FY22 and FY26 we cut Scope 1 intensity 9% with payload and idle-time "
                "work; those savings are banked and will not repeat.",
                "A Pilbara neighbour has run 11 km of trolley line since 2025 and reports 94% "
                "line availability.",
            ],
            space=10,
        ),
        18,
    )
    text_box(
        s.shapes,
        0.6,
        6.45,
        12.1,
        0.4,
        [
            "Sources: NGER reports FY24 to FY26; Safeguard baseline determinations; site fuel "
            "and finance records."
        ],
        10,
        GREY,
    )
    footer(s, 2)

    # 3 ------------------------------------------------------------------ ambition
    s = slide_with_title("Our ambition")
    rule(s)
    text_box(s.shapes, 0.6, 1.45, 12.1, 0.4, ["NORTH STAR"], 12, OCHRE, True)
    text_box(
        s.shapes, 0.6, 1.8, 12.1, 0.7, ["Mine and move our ore on electricity, not diesel."], 28
    )
    text_box(
        s.shapes,
        0.6,
        2.65,
        7.4,
        3.6,
        [("By the end of FY31 we will:", {"bold": True})]
        + bullets(
            [
                "cut Scope 1 emissions at our three Safeguard facilities by a third, from 1.04 "
                "to 0.70 Mt CO2-e",
                "burn 26% less diesel than in FY26: 235 ML instead of 318 ML",
                "put 14 km of loaded haul ramp under trolley line at Yindarra and Mount Cowan",
                "take 70% of our WA site electricity from renewable sources, from FY30 on",
            ],
            space=8,
        ),
        17,
    )
    text_box(
        s.shapes,
        8.3,
        2.65,
        4.4,
        3.6,
        [
            ("How we get there: Prove, Scale, Embed.", {"bold": True}),
            (
                "We prove each technology in one place before we spend to scale it, and we "
                "embed it in how the sites run before we call it done.",
                {"space": 8},
            ),
            (
                "We will not buy offsets to meet these targets; ACCUs only cover our Safeguard "
                "shortfall while we build.",
                {"space": 14, "color": GREY},
            ),
        ],
        15,
    )
    footer(s, 3)

    # 4 ------------------------------------------------------------------ tiles
    s = slide_with_box_title("FY31 in six numbers")
    text_box(
        s.shapes,
        0.6,
        1.15,
        12.1,
        0.4,
        ["Targets for 30 June 2031 unless a tile says otherwise"],
        14,
        GREY,
    )
    tiles = [
        ("0.70 Mt", "Scope 1 emissions, three Safeguard facilities (FY26: 1.04 Mt CO2-e)"),
        ("235 ML", "Diesel burned, mines and railway (FY26: 318 ML)"),
        ("14 km", "Loaded haul ramp under trolley line (FY26: none)"),
        ("70%", "Renewable share of WA site electricity, from FY30 (FY26: 6%)"),
        ("50%", "Site light vehicles that are battery-electric, by H2 FY30 (FY26: 2%)"),
        ("100%", "Diesel litres captured automatically, by H1 FY29 (FY26: 38%)"),
    ]
    for i, (number, label) in enumerate(tiles):
        tile(s, 0.6 + (i % 3) * 4.15, 1.8 + (i // 3) * 2.55, number, label)
    footer(s, 4)

    # 5-9 --------------------------------------------------------------- pillars
    pillars = [
        (
            "Pillar 1 \u00b7 Electric haulage",
            "Loaded trucks climbing out of the pits burn most of our diesel. Trolley-assist "
            "lets the grid push them up the ramp.",
            "Goal: 14 km of loaded haul ramp under trolley line at Yindarra and Mount Cowan by "
            "H2 FY31.",
            [
                "Prove trolley-assist on one Yindarra ramp first, with the first 18 trucks "
                "(slide 11)",
                "Retrofit 42 of our 240 t haul trucks at Yindarra and Mount Cowan with "
                "pantographs and trolley-ready drives",
                "Extend trolley line to the Yindarra West and Mount Cowan North ramps, 10.8 km "
                "more, in Horizon 2",
                "Draw every new ramp in the FY29 and later mine plans with trolley-ready "
                "grades, widths and clearances",
            ],
            "OEM data: trolley-assist cuts diesel on a loaded climb by up to 90% while the "
            "truck is on the line.",
        ),
        (
            "Pillar 2 \u00b7 Renewable power",
            "The Yindarra gas turbines make all of our WA power today, and trolley lines and "
            "chargers will nearly double the load.",
            "Goal: 70% of WA site electricity from renewable sources in FY30 and FY31.",
            [
                "Sign a 15-year power purchase agreement for 150 MW of wind and solar "
                "connected to our Yindarra-Mount Cowan network",
                "Build a 60 MW / 120 MWh battery at the Yindarra power station to carry the "
                "trolley load and the evening solar drop",
                "Keep two gas turbines for firming, and retire GT1, the oldest, once the "
                "battery is commissioned",
                "Surrender LGCs for all of Gidgee Creek's grid electricity from FY29",
            ],
            "Gidgee Creek buys from the Queensland grid, so its renewable share is bought, not "
            "built, and sits outside the 70%.",
        ),
        (
            "Pillar 3 \u00b7 Electric light fleet",
            "540 light vehicles, most of them diesel utes, run around the clock between "
            "camps, workshops and pits.",
            "Goal: half of our site light vehicles battery-electric by H2 FY30.",
            [
                "Replace diesel utes with mine-spec battery-electric utes as each lease ends, "
                "starting with Yindarra's camp-to-pit runs",
                "Install 96 chargers at workshops, go-lines and the three camps",
                "Fit every battery-electric ute with site telematics, beacons and isolation "
                "labels before it enters a pit",
                "Write a battery fire response procedure with each site's emergency response team",
            ],
            "Light vehicles burn about 4% of our diesel, but they are where every employee "
            "will see the change first.",
        ),
        (
            "Pillar 4 \u00b7 Every litre counted",
            "We cannot cut what we cannot see: 62% of our diesel litres are still written "
            "down by hand.",
            "Goal: 100% of diesel litres captured automatically at the bowser or fuel truck by "
            "H1 FY29.",
            [
                "Extend automated fuel management to Mount Cowan, Gidgee Creek, every fuel "
                "truck and the Port Brennan rail refuelling point",
                "Tag every haul truck, locomotive and light vehicle so that each litre lands "
                "against an asset",
                "Load fuel, power and tonnes moved into the data warehouse daily and publish a "
                "diesel-per-tonne view for each site",
                "Move the Safeguard and NGER calculations off the emissions spreadsheet before "
                "the FY29 NGER report",
            ],
            "Fuel tax credits are claimed on the same litres, so better records also protect "
            "about A$60 million a year of credits.",
        ),
        (
            "Pillar 5 \u00b7 A workforce ready for the electric mine",
            "We want Marralong to be where Australia's electric mining workforce is trained.",
            "Goals: 320 haul truck operators qualified on trolley-assist by H2 FY30, and 110 "
            "HV-qualified electrical maintainers in FY30.",
            [
                "Qualify every operator on trolley-assist through a verification of competency "
                "before they drive under the line",
                "Sponsor 40 electrical apprentices and HV upskilling for our electricians with "
                "a regional TAFE",
                "Load trolley-line, substation and charger maintenance strategies into the CMMS "
                "before each asset is energised",
                "Agree new duties, allowances and rosters through the enterprise agreement's "
                "consultation clause",
                "Ask crews every quarter how confident they are working with electric equipment",
            ],
            "Our electricians are 46 of the 110 we will need; the rest we train, because the "
            "Pilbara market will not supply them.",
        ),
    ]
    for k, (title, key, goal, items, note) in enumerate(pillars, start=5):
        s = slide_with_title(title)
        rule(s)
        text_box(s.shapes, 0.6, 1.4, 12.1, 0.75, [key], 17, GREY)
        goal_box = s.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(0.6), Inches(2.2), Inches(12.1), Inches(0.7)
        )
        goal_box.fill.solid()
        goal_box.fill.fore_color.rgb = LIGHT
        goal_box.line.fill.background()
        goal_box.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        _fill(goal_box.text_frame, [goal], 17, NAVY, True)
        text_box(
            s.shapes,
            0.6,
            3.1,
            12.1,
            3.2,
            [("What we will do", {"bold": True, "color": OCHRE})] + bullets(items, space=7),
            16,
        )
        text_box(s.shapes, 0.6, 6.45, 12.1, 0.45, [note], 11, GREY)
        footer(s, k)

    # 10 ----------------------------------------------------------------- KPI table
    s = slide_with_title("How we will measure it")
    rule(s)
    text_box(
        s.shapes,
        0.6,
        1.35,
        12.1,
        0.4,
        ["Baselines are FY26 actuals. By when = the end of that financial year or half-year."],
        13,
        GREY,
    )
    table(
        s,
        0.6,
        1.85,
        [6.1, 2.2, 2.2, 1.6],
        [
            ["Measure", "FY26 baseline", "Target", "By when"],
            [
                "Scope 1 emissions, three Safeguard facilities",
                "1.04 Mt CO2-e",
                "0.70 Mt CO2-e",
                "FY31",
            ],
            ["Diesel burned, mines and railway", "318 ML", "235 ML", "FY31"],
            ["Loaded haul ramp under trolley line", "0 km", "14 km", "H2 FY31"],
            ["Renewable share of WA site electricity", "6%", "70%", "FY30"],
            ["Site light vehicles that are battery-electric", "2% (11 of 540)", "50%", "H2 FY30"],
            ["Diesel litres captured automatically", "38%", "100%", "H1 FY29"],
            ["Haul truck operators qualified on trolley-assist", "0", "320", "H2 FY30"],
            ["HV-qualified electrical maintainers", "46", "110", "FY30"],
            [
                "Crew confidence in electric equipment (quarterly pulse survey)",
                "Not yet measured",
                "Rising",
                "\u2013",
            ],
        ],
        size=13,
        head_size=13,
        row_h=0.44,
    )
    text_box(
        s.shapes,
        0.6,
        6.4,
        12.1,
        0.5,
        [
            "Scope 1 is as reported under NGER for the three Safeguard facilities; the "
            "railway's diesel counts in the diesel measure but not in those facilities."
        ],
        11,
        GREY,
    )
    footer(s, 10)

    # 11 ----------------------------------------------------------------- pilot
    s = slide_with_title("Warrigal first")
    rule(s)
    text_box(
        s.shapes,
        0.6,
        1.4,
        12.1,
        0.8,
        [
            "Trolley-assist on the Warrigal ramp at Yindarra: 3.2 km loaded uphill from South "
            "Pit to the ROM pad, about 420 truck climbs a day."
        ],
        18,
        NAVY,
        True,
    )
    text_box(
        s.shapes,
        0.6,
        2.25,
        5.2,
        3.9,
        [
            (
                "Why here: our steepest and busiest loaded ramp, 2 km from the power station, "
                "in a pit that runs past FY40.",
                {},
            ),
            ("E = energisation, planned for May 2028. Steps count from E.", {"space": 12}),
            (
                "Pass marks: line availability of 92% or better, 30% less diesel per loaded "
                "climb, and ramp cycle time no worse than today.",
                {"space": 12, "bold": True},
            ),
        ],
        15,
    )
    text_box(
        s.shapes,
        6.2,
        2.25,
        6.5,
        4.2,
        bullets(
            [
                "E-180 days: freeze the line design and the ramp's traffic management plan",
                "E-120 days: retrofit the first 18 trucks and bench-test their pantographs in "
                "the workshop",
                "E-90 days: consult the site's Safety and Health Representatives on the "
                "standard work and exclusion zones",
                "E-30 days: qualify the first 60 operators through verification of competency",
                "E: energise the line, day shift only for the first four weeks",
                "E+6 months: hand the evidence pack to Gate 1",
            ],
            space=7,
        ),
        15,
    )
    footer(s, 11)

    # 12 ----------------------------------------------------------------- roadmap
    s = slide_with_title("The road to FY31")
    rule(s)
    text_box(
        s.shapes,
        0.6,
        1.3,
        12.1,
        0.4,
        [
            "Financial years run July to June: H1 = July to December, H2 = January to June. "
            "Month 0 = 1 July 2027."
        ],
        12,
        GREY,
    )
    grid = """
Workstream|H1 FY28|H2 FY28|H1 FY29|H2 FY29|H1 FY30|H2 FY30|H1 FY31|H2 FY31|Beyond FY31
Horizon|Horizon 1: Prove|||Horizon 2: Scale|||Horizon 3: Embed||Later, not in this plan
Electric haulage|Design, order|Build; energise Yindarra|Run and measure|Design West and North \
ramps|Mount Cowan transformer|Energise West ramp|Energise North ramp|14 km live|Gidgee Creek study
Renewable power|PPA tender|Sign PPA; order battery|Build battery|Wind, solar and battery \
online|70% renewable|70% renewable|Retire GT1|Hold 70%|Second PPA
Electric light fleet|Charger design|First 40 utes|Chargers at camps|Replace as leases \
end|Replace as leases end|50% battery-electric|||Light trucks and buses
Fuel and energy data|Mount Cowan fuel bays|Gidgee Creek; fuel trucks|100% captured|Reporting \
off spreadsheet|||||
People and maintenance|EA consultation|First 60 operators|HV upskilling|Apprentices start||320 \
operators; 110 HV maintainers|||
Gates|||\u25c6 Gate 1|||\u25c6 Gate 2||\u25c6 Gate 3|
"""
    rows = [line.split("|") for line in grid.strip().split("\n")]
    tab = table(s, 0.35, 1.8, [1.6] + [1.24] * 8 + [1.12], rows, size=10, head_size=11, row_h=0.6)
    tab.cell(1, 1).merge(tab.cell(1, 3))
    tab.cell(1, 4).merge(tab.cell(1, 6))
    tab.cell(1, 7).merge(tab.cell(1, 8))
    for c in (1, 4, 7):
        cell = tab.cell(1, c)
        cell.fill.solid()
        cell.fill.fore_color.rgb = OCHRE
        for run in cell.text_frame.paragraphs[0].runs:
            run.font.color.rgb = WHITE
            run.font.bold = True
    s.notes_slide.notes_text_frame.text = (
        "Read the columns as half-years of our financial year: H1 FY29 is July to December "
        "2028. The Beyond FY31 column is shown for context only; it is not part of this plan "
        "or its budget."
    )
    notes += 1
    footer(s, 12)

    # 13 ----------------------------------------------------------------- gates
    s = slide_with_title("What good looks like at each gate")
    rule(s)
    gates = [
        (
            "Gate 1 \u00b7 end of Horizon 1: Prove (FY28 to H1 FY29)",
            [
                "Six months of Yindarra line data, reported to the December 2028 steering "
                "committee, that meet the pass marks",
                "Automated fuel capture live at all three mines",
                "PPA signed and the battery ordered",
                "Trolley duties agreed with the union delegates' committee under the "
                "enterprise agreement",
            ],
        ),
        (
            "Gate 2 \u00b7 end of Horizon 2: Scale (H2 FY29 to FY30)",
            [
                "Yindarra West line energised and the Mount Cowan transformer in service",
                "Renewable share at 70% or better for two quarters running",
                "Half of site light vehicles battery-electric",
                "Horizon 3 capital approved by the Board",
            ],
        ),
        (
            "Gate 3 \u00b7 close of Horizon 3: Embed (FY31)",
            [
                "All KPIs reported from the data warehouse, not from spreadsheets",
                "Trolley and charger maintenance carried in site budgets and in the CMMS",
                "Handover to the site General Managers; program office closed by 30 June 2031",
            ],
        ),
    ]
    for i, (head, items) in enumerate(gates):
        x = 0.6 + i * 4.1
        head_box = s.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(x), Inches(1.5), Inches(3.9), Inches(0.85)
        )
        head_box.fill.solid()
        head_box.fill.fore_color.rgb = NAVY
        head_box.line.fill.background()
        head_box.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        _fill(head_box.text_frame, [head], 14, WHITE, True)
        text_box(s.shapes, x, 2.45, 3.9, 4.0, bullets(items, space=8), 14)
    text_box(
        s.shapes,
        0.6,
        6.45,
        12.1,
        0.4,
        [
            "Each gate is decided by the Electrification Steering Committee: go, go with conditions, hold or stop."
        ],
        12,
        GREY,
    )
    footer(s, 13)

    # 14 ----------------------------------------------------------------- scope
    s = slide_with_box_title("Where we are not going (yet)")
    text_box(
        s.shapes,
        0.6,
        1.4,
        5.9,
        5.2,
        [("In this plan", {"bold": True, "color": OCHRE})]
        + bullets(
            [
                "Loaded haul ramps at Yindarra and Mount Cowan: trolley-assist",
                "Light vehicles on site roads and camp runs at all three mines: "
                "battery-electric utes",
                "Every bowser and fuel truck, and the rail refuelling point: automated fuel "
                "capture",
                "Power for the WA sites: wind, solar and a battery through the PPA",
            ],
            space=9,
        ),
        16,
    )
    text_box(
        s.shapes,
        6.8,
        1.4,
        5.9,
        5.2,
        [("Not in this plan", {"bold": True, "color": OCHRE})]
        + bullets(
            [
                "Mainline locomotives on Marralong Rail: the rail fleet plan takes them up "
                "from FY32",
                "Port Brennan's stackers, reclaimers and ship loaders, already on electric drives",
                "Contractor-owned mining fleets at Gidgee Creek",
                "Trolley-assist at Gidgee Creek: its ramps are too short to pay back on the "
                "current mine plan",
                "Battery-electric haul trucks: we will watch the OEM trials and decide after FY31",
                "Exploration drilling and fly-in fly-out flights",
            ],
            space=9,
        ),
        16,
    )
    footer(s, 14)

    # 15 ----------------------------------------------------------------- risks
    s = slide_with_title("What could knock us off course")
    rule(s)
    table(
        s,
        0.6,
        1.5,
        [4.4, 1.3, 6.4],
        [
            ["Risk", "Likelihood", "Mitigation"],
            [
                "Trolley-line and substation equipment arrives late for a May 2028 energisation",
                "Medium",
                "Hold a second energisation window in August 2028, and put delay damages in the "
                "supply contract",
            ],
            [
                "The 132 kV line to Mount Cowan runs out of capacity",
                "High",
                "Build the second 132/33 kV transformer at Mount Cowan before its trolley line, "
                "and charge light vehicles off-peak",
            ],
            [
                "Crews do not trust working under live overhead lines",
                "Medium",
                "Co-design exclusion zones and standard work with the Safety and Health "
                "Representatives before energisation",
            ],
            [
                "The PPA developer misses its grid connection date",
                "Medium",
                "Keep GT1 in service until the wind and solar farms have run for 90 days",
            ],
            [
                "Fuel data stays partial because contractors' fuel trucks are not tagged",
                "Low",
                "Make tagging a condition of the fuel supply contract renewal in FY28",
            ],
            [
                "A battery fire in a workshop or camp",
                "Low",
                "Park and charge battery-electric utes outside buildings, 10 m apart, with "
                "thermal cameras over the go-lines",
            ],
        ],
        size=13,
        head_size=13,
        row_h=0.7,
    )
    footer(s, 15)

    # 16 ----------------------------------------------------------------- 90 days
    s = slide_with_box_title("Clearing the runway: the first 90 days")
    text_box(s.shapes, 0.6, 1.15, 12.1, 0.4, ["1 July to 30 September 2027"], 14, GREY)
    items = [
        "Stand up the program office, the integrated schedule and the risk register "
        "(Electrification Program Manager)",
        "Place the catenary and substation orders for Yindarra (Electrical Engineering Manager)",
        "Issue the PPA tender to four shortlisted wind and solar developers (Energy Manager)",
        "Open enterprise agreement consultation on trolley-assist duties with the union "
        "delegates' committee (Employee Relations Manager)",
        "Start automated fuel management installation at Mount Cowan's fuel bays "
        "(Energy and Emissions Reporting Lead)",
        "Survey the first site's ramp for line clearances, drainage and blast exclusion "
        "(Mine Planning Superintendent)",
        "Copy HaulView's ramp cycle records for FY26 and FY27 into the data warehouse before "
        "they roll off",
        "Sign off the FY26 baseline of every measure with the Chief Financial Officer",
    ]
    numbered = [(f"{i}. {t}", {"space": 8}) for i, t in enumerate(items, start=1)]
    text_box(s.shapes, 0.6, 1.7, 12.1, 5.2, numbered, 16)
    footer(s, 16)

    # 17 ----------------------------------------------------------------- Monday
    s = slide_with_title("What changes on Monday")
    rule(s)
    text_box(s.shapes, 0.6, 1.35, 12.1, 0.4, ["From Monday 5 July 2027"], 14, GREY)
    text_box(
        s.shapes,
        0.6,
        1.9,
        12.1,
        4.6,
        bullets(
            [
                "No tag, no fuel: every diesel fill at Yindarra is keyed to an asset tag",
                "Site GMs report diesel litres per tonne moved at each Monday production meeting",
                "No diesel light vehicle is leased or renewed without a battery-electric "
                "option costed first",
                "The first site's pre-start meetings show crews the trolley-line design and "
                "take their questions",
                "Every capital request over A$5 million states its diesel and Scope 1 effect",
            ],
            space=12,
        ),
        19,
    )
    footer(s, 17)

    # 18 ----------------------------------------------------------------- governance
    s = slide_with_title("Who decides")
    rule(s)
    text_box(
        s.shapes,
        0.6,
        1.45,
        12.1,
        5.2,
        bullets(
            [
                "Executive sponsor: the Chief Operating Officer, who chairs the Electrification "
                "Steering Committee.",
                "The committee meets monthly, decides each gate and approves changes over A$5 "
                "million within the approved capital.",
                "Members: Chief Financial Officer, the three site General Managers, General "
                "Manager Rail and Port, Energy Manager, Health and Safety Manager; the "
                "Electrification Program Manager is secretary.",
                "Safety and Health Representatives and the union delegates' committee are "
                "consulted before changes to work near HV, rosters or duties. They advise; "
                "they do not approve or own actions.",
                "The Board approves each horizon's capital; its Sustainability Committee "
                "reviews progress every quarter.",
                "Site General Managers deliver at their sites; the program office holds the "
                "schedule, risks and gate evidence.",
            ],
            space=10,
        ),
        17,
    )
    footer(s, 18)

    # 19 ----------------------------------------------------------------- asks
    s = slide_with_title("What we ask of the Board")
    rule(s)
    text_box(
        s.shapes,
        0.6,
        1.45,
        12.1,
        1.3,
        [
            "Investment: A$612 million of capital over FY28 to FY31 (Horizon 1 A$188m, Horizon "
            "2 A$301m, Horizon 3 A$123m). The PPA is an operating contract, not capital.",
            (
                "Expected savings: about A$140 million a year in diesel and Safeguard costs "
                "from FY31, at FY26 prices.",
                {"space": 6, "color": GREY},
            ),
        ],
        16,
    )
    asks = [
        "Approve Powering Down Diesel and its FY28-FY31 roadmap.",
        "Release A$188 million of Horizon 1 capital, including A$74 million for the Yindarra "
        "trolley line and substation.",
        "Authorise the Chief Financial Officer to sign a 15-year PPA within the limits set out "
        "in this paper.",
        "Note that the Electrification Steering Committee decides the gates, and that Horizon 2 "
        "and Horizon 3 capital will return to the Board.",
    ]
    text_box(
        s.shapes,
        0.6,
        3.0,
        12.1,
        3.6,
        [("The Board is asked to:", {"bold": True, "color": OCHRE})]
        + [(f"{i}. {t}", {"space": 9}) for i, t in enumerate(asks, start=1)],
        17,
    )
    s.notes_slide.notes_text_frame.text = (
        "Horizon 1 capital: trolley line, substation and truck retrofits at Yindarra A$74m; "
        "battery deposit A$41m; fuel management A$9m; chargers and first utes A$22m; "
        "Mount Cowan transformer design and long-lead items A$42m."
    )
    notes += 1
    footer(s, 19)

    # 20 ----------------------------------------------------------------- close
    s = slide_with_title("By the end of FY31")
    rule(s)
    text_box(
        s.shapes,
        0.6,
        1.6,
        12.1,
        4.6,
        [
            "On 30 June 2031 our trucks climb the main ramps at Yindarra and Mount Cowan on "
            "electricity, half of our utes charge overnight, and every litre of diesel is "
            "counted.",
            (
                "The plan runs 48 months, from 1 July 2027 to 30 June 2031. What comes after "
                "FY31 is a new decision for the Board.",
                {"space": 16},
            ),
            (
                "Contact: Kirra Hollins, Electrification Program Manager",
                {"space": 30, "size": 14, "color": GREY},
            ),
        ],
        22,
    )
    footer(s, 20)

    props = prs.core_properties
    props.title = "Powering Down Diesel: Decarbonisation and Electrification Plan FY28-FY31"
    props.author = "Kirra Hollins"
    props.last_modified_by = "Ross Petrakis"
    props.comments = ""
    props.revision = 14
    props.subject = "Board paper B-27-06"
    props.keywords = ""
    props.category = ""
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue(), titles, notes


def _app_xml(data: bytes, titles: list[str | None], notes: int) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(data))
    slides = [n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
    words = paragraphs = 0
    for name in slides:
        root = etree.fromstring(z.read(name))
        for p in root.iter(f"{{{A_NS}}}p"):
            text = "".join(t.text or "" for t in p.iter(f"{{{A_NS}}}t"))
            if text.strip():
                paragraphs += 1
                words += len(text.split())
    parts = ["Arial", "Calibri", "Office Theme"] + [t or "PowerPoint Presentation" for t in titles]
    lpstrs = "".join(f"<vt:lpstr>{escape(p)}</vt:lpstr>" for p in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes">'
        f"<TotalTime>386</TotalTime><Words>{words}</Words>"
        "<Application>Microsoft Office PowerPoint</Application>"
        "<PresentationFormat>Widescreen</PresentationFormat>"
        f"<Paragraphs>{paragraphs}</Paragraphs><Slides>{len(titles)}</Slides>"
        f"<Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>"
        "<ScaleCrop>false</ScaleCrop>"
        '<HeadingPairs><vt:vector size="6" baseType="variant">'
        "<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant>"
        "<vt:variant><vt:i4>2</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant>"
        "<vt:variant><vt:i4>1</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(titles)}</vt:i4></vt:variant>"
        "</vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{lpstrs}'
        "</vt:vector></TitlesOfParts>"
        "<Company>Marralong Resources Limited</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def finish_package(data: bytes, titles: list[str | None], notes: int) -> bytes:
    """Rewrite python-pptx's package as PowerPoint for the web saves one: no thumbnail, no
    printer settings, its own app.xml, fixed dates, sorted entries at one fixed time."""
    src = zipfile.ZipFile(io.BytesIO(data))
    drop = {"docProps/thumbnail.jpeg", "ppt/printerSettings/printerSettings1.bin"}
    bodies: dict[str, bytes] = {}
    for name in src.namelist():
        if name in drop:
            continue
        body = src.read(name)
        if name == "_rels/.rels":
            body = re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", body)
        elif name == "ppt/_rels/presentation.xml.rels":
            body = re.sub(rb"<Relationship [^>]*printerSettings[^>]*/>", b"", body)
        elif name == "ppt/presentation.xml":
            body = body.replace(b' type="screen4x3"', b"")
        elif name == "[Content_Types].xml":
            body = re.sub(rb'<Default Extension="(?:jpeg|bin)"[^>]*/>', b"", body)
        elif name == "docProps/app.xml":
            body = _app_xml(data, titles, notes)
        elif name == "docProps/core.xml":
            body = _DATES.sub(
                lambda m: (
                    m.group(1)
                    + (CREATED if m.group(2) == b"created" else W3C).encode()
                    + m.group(3)
                ),
                body,
            )
        bodies[name] = body
    order = ["[Content_Types].xml"] + sorted(n for n in bodies if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, bodies[name])
    return out.getvalue()


# =========================================================================== the roster

ROSTER_HEAD = ["Position", "Site", "Reports to", "Key accountabilities"]
ROSTER = [
    [
        "Managing Director and CEO",
        "Perth",
        "Board of Directors",
        "Leads the company within the Board's delegations.\n"
        "Brings capital requests above A$50 million to the Board.\n"
        "Chairs the Executive Leadership Team.",
    ],
    [
        "Chief Operating Officer",
        "Perth",
        "Managing Director and CEO",
        "Safe production at Yindarra, Mount Cowan and Gidgee Creek, and at Marralong Rail and "
        "Port Brennan.\n"
        "Executive sponsor of the Powering Down Diesel program; chairs the Electrification "
        "Steering Committee and decides its gates.\n"
        "Holds the company's Scope 1 and diesel targets at executive level.",
    ],
    [
        "Chief Financial Officer",
        "Perth",
        "Managing Director and CEO",
        "Capital allocation, budgets and the investment case for each horizon.\n"
        "Signs energy and power purchase contracts within the limits the Board sets.\n"
        "Signs off emissions baselines and the Safeguard liability in the accounts.",
    ],
    ["General Manager Yindarra", "Yindarra", "Chief Operating Officer", "See site-leadership.md."],
    [
        "General Manager Mount Cowan",
        "Mount Cowan",
        "Chief Operating Officer",
        "See site-leadership.md.",
    ],
    [
        "General Manager Gidgee Creek",
        "Gidgee Creek",
        "Chief Operating Officer",
        "See site-leadership.md.",
    ],
    [
        "General Manager Rail and Port",
        "Port Brennan",
        "Chief Operating Officer",
        "Marralong Rail (412 km) and the Port Brennan export terminal.\n"
        "Locomotive fleet, the rail refuelling point and train planning.\n"
        "Stockyard, stackers, reclaimers and ship loaders.",
    ],
    [
        "Electrification Program Manager",
        "Perth",
        "Chief Operating Officer",
        "Runs the Powering Down Diesel program office: integrated schedule, budget tracking, "
        "risk register and change control.\n"
        "Prepares each gate's evidence pack and the monthly report to the Electrification "
        "Steering Committee; secretary of that committee.\n"
        "Owns the trolley line kilometres measure.\n"
        "Does not deliver works on site; site General Managers do.",
    ],
    [
        "Energy Manager",
        "Perth",
        "Chief Operating Officer",
        "Power generation and supply for the WA sites: the Yindarra power station, the 132 kV "
        "network to Mount Cowan and GridWatch.\n"
        "Buys electricity and renewable power: power purchase agreements, battery storage, and "
        "LGCs and the retail contract for Gidgee Creek.\n"
        "Owns the renewable share measure.",
    ],
    [
        "Energy and Emissions Reporting Lead",
        "Perth",
        "Chief Financial Officer",
        "NGER reporting and Safeguard Mechanism compliance for the three facilities: baselines, "
        "emissions figures and ACCU surrenders.\n"
        "Owns fuel data: FuelTrack, fuel reconciliations and the diesel and Scope 1 measures.\n"
        "Keeps the Emissions Register.",
    ],
    [
        "Electrical Engineering Manager",
        "Perth",
        "Chief Operating Officer",
        "Engineering authority for high-voltage and electrical design across the company.\n"
        "Designs, specifies and buys trolley lines, substations, transformers and charger "
        "supplies; sets the electrical standards.\n"
        "Does not manage site maintenance crews.",
    ],
    [
        "Electrical Maintenance Superintendent",
        "Yindarra and Mount Cowan",
        "General Manager Yindarra",
        "Electrical maintainers at the two WA mines; HV switching authorisations and the "
        "register of HV-qualified maintainers.\n"
        "Maintenance strategies in AssetPoint for electrical assets, trolley lines and chargers "
        "included once they are commissioned.\n"
        "Gidgee Creek has no HV-authorised electrician of its own; HV switching there is done "
        "by a contractor.",
    ],
    [
        "Mobile Equipment Fleet Manager",
        "Perth",
        "Chief Operating Officer",
        "Haul trucks, excavators and ancillary fleet at the three mines: fleet strategy, OEM "
        "contracts, rebuilds and availability.\n"
        "Trolley-capable truck retrofits (pantographs, drive upgrades) and the truck side of "
        "trolley-assist.",
    ],
    [
        "Light Vehicle Fleet Coordinator",
        "Perth",
        "Mobile Equipment Fleet Manager",
        "The light vehicle fleet at every site: the Fleetwise lease, specifications, "
        "replacements and telematics.\n"
        "Battery-electric utes and the charger network for light vehicles.",
    ],
    [
        "Mine Planning Superintendent",
        "Perth",
        "Chief Operating Officer",
        "Life-of-mine and annual mine plans for the three mines.\n"
        "Haul road and ramp design: grades, widths, clearances and drainage.",
    ],
    [
        "Health and Safety Manager",
        "Perth",
        "Chief Operating Officer",
        "The WHS management system, principal hazard management plans and risk assessments for "
        "new equipment and new ways of working.\n"
        "Emergency response standards and each site's emergency response team.\n"
        "Runs consultation with the Safety and Health Representatives on safety changes.",
    ],
    [
        "Training and Competency Manager",
        "Perth",
        "Chief Operating Officer",
        "Operator training, verification of competency (VOC) and training records in SkillsHub "
        "for every site.\n"
        "Apprenticeships and trade upskilling, HV included, with our registered training "
        "partners.",
    ],
    [
        "Employee Relations Manager",
        "Perth",
        "Managing Director and CEO",
        "The enterprise agreements at the three mines and the railway.\n"
        "Consultation with the union delegates' committee on change; rosters, allowances and "
        "classifications.\n"
        "Runs the quarterly workforce pulse survey.",
    ],
    [
        "Head of Technology and Data",
        "Perth",
        "Chief Financial Officer",
        "IT and OT networks and site systems, with the Kestrel data warehouse and Power BI "
        "reporting.\n"
        "Interfaces between AssetPoint, HaulView, FuelTrack, GridWatch and Kestrel.",
    ],
    [
        "Safety and Health Representative",
        "All sites (elected)",
        "Not applicable (elected by work groups)",
        "Consultation only: elected by their work groups under the WHS Act; consulted on "
        "hazards, risk controls and changes to work.\n"
        "May direct that unsafe work stop; holds no program actions.",
    ],
    [
        "Union Delegates' Committee",
        "All sites",
        "Not applicable (enterprise agreement body)",
        "Consultation only: the delegates of the unions party to our enterprise agreements; "
        "consulted on major change under the agreements' consultation clause.\n"
        "Holds no program actions.",
    ],
]


def roster_csv() -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(ROSTER_HEAD)
    writer.writerows(ROSTER)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


# =========================================================================== org text files

SITE_LEADERSHIP = """
# Site leadership: the General Managers' remits

Issued by the Chief Operating Officer, April 2027. The roster export from PeopleCore lists each
site General Manager with "See site-leadership.md": their remits are kept here because they
follow each site's delegations, which PeopleCore does not hold.

## General Manager Yindarra

- Accountable for safe production at Yindarra (South Pit and West Pit), the site budget and the
  Yindarra camp.
- Delivers Powering Down Diesel on site at Yindarra: access, traffic management and shutdowns
  for construction on the ramps, readiness for energising the Yindarra trolley line, and the
  first crews to work under it.
- Chairs the Yindarra Monday production meeting and reports the site's diesel litres per tonne
  moved.
- Does not run the Yindarra power station. It is operated for the Energy Manager by the Power
  Station Superintendent, who is not on the program roster.

## General Manager Mount Cowan

- Accountable for safe production at Mount Cowan, its budget and its camp.
- Delivers on site the Mount Cowan North ramp trolley line in Horizon 2, the second transformer
  works with the Energy Manager, and the Mount Cowan fuel bay works.
- Chairs the Mount Cowan Monday production meeting and reports the site's diesel litres per tonne
  moved.

## General Manager Gidgee Creek

- Site Senior Executive for Gidgee Creek under the Coal Mining Safety and Health Act 1999 (Qld).
- Accountable for safe production, the contractor pre-strip fleet, the coal haul and the site
  budget.
- Delivers at Gidgee Creek the battery-electric utes and chargers and the fuel capture works.
- Chairs the Gidgee Creek Monday production meeting and reports the site's diesel litres per
  tonne moved.
"""

STEERING_TOR = """
# Electrification Steering Committee: terms of reference

Approved by the Executive Leadership Team on 11 May 2027, to take effect when the Board approves
Powering Down Diesel.

## Purpose

The committee steers Powering Down Diesel from approval to close. It decides each gate, keeps
the program inside the capital the Board has released, and resolves issues the sites and the
program office cannot resolve between them.

## Chair and sponsor

The Chief Operating Officer is the executive sponsor of Powering Down Diesel and chairs the
committee. When the chair is absent, the Chief Financial Officer chairs.

## Members

Chief Operating Officer (chair), Chief Financial Officer, General Manager Yindarra, General
Manager Mount Cowan, General Manager Gidgee Creek, General Manager Rail and Port, Energy Manager
and Health and Safety Manager. The Electrification Program Manager is secretary and does not
vote.

## Decisions

- Gate decisions at the end of each horizon: go, go with conditions, hold or stop.
- Changes over A$5 million within the capital the Board has released. Anything that needs more
  capital goes to the Board through the Managing Director and CEO.
- The order in which ramps, sites and fleets follow the first site.

## Consultation

The committee invites Safety and Health Representatives and the union delegates' committee
whenever an item changes work near high voltage, rosters, crewing or duties. Their views are
minuted and answered in writing. They are consulted: they are not members, they do not vote and
they are given no program actions.

## Cadence and papers

Monthly, on the second Tuesday; gate meetings as the program schedule sets them. Papers go out
five working days before. The Sustainability Committee of the Board receives the committee's
report every quarter.
"""

EA_EXTRACT = """
# Consultation on change: extract from our enterprise agreements

Prepared by the Employee Relations Manager, May 2027, for the Powering Down Diesel business
case. The agreements govern; this is a summary.

Source: Marralong Yindarra and Mount Cowan Operations Enterprise Agreement 2025, clause 27
(Consultation on major change), and Marralong Gidgee Creek Enterprise Agreement 2024, clause 19,
which is in the same terms.

- Introducing new equipment or technology that changes duties, crewing or the skills a role
  needs is a major change under both agreements.
- The union delegates' committee must be consulted before any change to rosters, crewing, duties
  or allowances is introduced at a site.
- Consultation starts with written notice to the committee at least 28 days before the change,
  with the reasons, the people affected and the proposed timing.
- The committee may put forward alternatives, and the company must consider them genuinely
  before it decides. The decision remains the company's.
- Classifications: the agreements have classifications for haul truck operators and for
  electricians, with an HV allowance for electricians holding a current switching authorisation.
- The committee is consulted on the program. It is not a party to program decisions and holds
  no program actions.
"""

SYSTEMS = """
# Systems and data inventory

Owner: Head of Technology and Data. Reviewed in May 2027 for the Powering Down Diesel business
case. Each entry names the system, what it covers, who owns it and what it does not do yet.

## Maintenance and fleet

- **AssetPoint** (CMMS; the three mines, Marralong Rail and Port Brennan). Owner: Head of
  Technology and Data; each site's maintenance superintendents own its maintenance strategies.
  Work orders, maintenance strategies, task lists, spares and asset history for fixed and mobile
  plant. AssetPoint is not yet configured for trolley lines, trolley substations or vehicle
  chargers, and holds no strategies or task lists for them.
- **HaulView** (fleet management and dispatch; the three mines). Owner: Head of Technology and
  Data. Assigns trucks to loaders and dumps, and records each load's cycle time, payload, ramp
  speed and idle time. Cycle and payload records are not retained beyond 13 months, and HaulView
  keeps no archive of them.

## Fuel

- **FuelTrack** (automated fuel management). Owner: Energy and Emissions Reporting Lead. Tag
  readers on the bowsers read each asset's tag and log litres, asset and time. FuelTrack runs
  only at Yindarra, on its two fixed fuel bays; the Yindarra fuel trucks, Mount Cowan, Gidgee
  Creek and the Port Brennan rail refuelling point are not connected to it.
- **Fuel dockets.** At Mount Cowan and Gidgee Creek, and on every fuel truck, each fill is kept
  on paper dockets that the site clerks key into AssetPoint once a week.

## Power

- **GridWatch** (SCADA and historian for the Yindarra power station and the 132 kV network to
  Mount Cowan). Owner: Energy Manager. One-minute generation, load and fuel gas data, kept for
  five years.

## Emissions and reporting

- **Emissions Register.** Owner: Energy and Emissions Reporting Lead. Our NGER and Safeguard
  figures are calculated in the Emissions Register, which relies on a spreadsheet workbook kept
  by one person and checked by nobody else before submission.
- **Kestrel** (data warehouse) with **Power BI**. Owner: Head of Technology and Data. Nightly
  loads from AssetPoint, HaulView, FuelTrack, GridWatch, PeopleCore, SkillsHub and the finance
  ledger. The site production dashboards and the monthly board pack are built on Kestrel.

## People

- **PeopleCore** (HR system). Positions, reporting lines and accountabilities; the roster in
  `people/roster.csv` is its export.
- **SkillsHub** (learning management system). Owner: Training and Competency Manager. Training
  records, verification of competency results and HV switching authorisations for every
  employee and regular contractor at every site.

## Light vehicles

- **Fleetwise portal** (the lessor's portal). Owner: Light Vehicle Fleet Coordinator. Lease end
  dates, kilometres, location and fuel card use for the 540 leased light vehicles.
"""

SITES = """
# Our sites

Marralong Resources Limited mines iron ore at two open-cut mines in the Pilbara, Western
Australia, and metallurgical coal at one open-cut mine in the Bowen Basin, Queensland. Head
office is in Perth. Figures are for FY26 (1 July 2025 to 30 June 2026).

## Yindarra (iron ore, WA)

- 38 Mt of ore a year from South Pit and West Pit, with 96 haul trucks in the 240 t class.
- The Warrigal ramp climbs 3.2 km from South Pit to the ROM pad and carries about 420 loaded
  climbs a day; the West ramp is 4.1 km.
- The Yindarra power station (gas turbines GT1 to GT3, 92 MW) supplies Yindarra and, over a
  132 kV line, Mount Cowan. A 6 MW solar farm beside the Yindarra camp supplies about 6% of the
  WA sites' electricity.
- Camp of 1,150 rooms; fly-in fly-out from Perth.

## Mount Cowan (iron ore, WA)

- 22 Mt of ore a year with 64 haul trucks in the 240 t class; 140 km east of Yindarra on
  Marralong Rail.
- The North ramp is 6.7 km from the pit floor to the crusher.
- The Yindarra to Mount Cowan 132 kV line cannot carry more than 20 MW of additional load until
  a second transformer is installed at Mount Cowan.

## Gidgee Creek (metallurgical coal, Queensland)

- 6.5 Mt of coking coal a year. A mining contractor runs the pre-strip with its own fleet; our
  fleet hauls the coal. Ramps are under 1 km.
- Electricity comes from the Queensland grid under a retail contract.
- Coal goes to port on a third-party rail network under a haulage contract.

## Marralong Rail and Port Brennan (WA)

- 412 km of heavy-haul railway from Mount Cowan through Yindarra to Port Brennan, with 38
  diesel-electric locomotives refuelled at Port Brennan.
- Port Brennan's stackers, reclaimers and ship loaders run on electric drives from the port's
  grid connection.
"""

METRICS = """
# Metric definitions

Owner of this document: Energy and Emissions Reporting Lead. Baselines are FY26 actuals and are
provisional until the Chief Financial Officer signs them off.

| Measure | Definition | Owner | FY26 baseline | Source |
|---|---|---|---|---|
| Scope 1 emissions, Safeguard facilities | t CO2-e reported under NGER for Yindarra, Mount Cowan and Gidgee Creek, financial year | Energy and Emissions Reporting Lead | 1.04 Mt CO2-e | Emissions Register; NGER report |
| Diesel burned, mines and railway | ML of diesel dispensed at the three mines and the rail refuelling point, financial year | Energy and Emissions Reporting Lead | 318 ML | FuelTrack and fuel dockets |
| Loaded haul ramp under trolley line | km of loaded haul ramp with an energised trolley line in service | Electrification Program Manager | 0 km | Program report |
| Renewable share of WA site electricity | share of electricity used at Yindarra and Mount Cowan that comes from renewable generation, financial year | Energy Manager | 6% | GridWatch |
| Battery-electric share of site light vehicles | battery-electric vehicles as a share of light vehicles on site at month end | Light Vehicle Fleet Coordinator | 2% (11 of 540) | Fleetwise portal |
| Diesel litres captured automatically | share of diesel litres dispensed that FuelTrack records at the nozzle | Energy and Emissions Reporting Lead | 38% | FuelTrack; fuel dockets |
| Operators qualified on trolley-assist | haul truck operators holding a current trolley-assist verification of competency | Training and Competency Manager | 0 | SkillsHub |
| HV-qualified electrical maintainers | employees at Yindarra and Mount Cowan holding a current HV switching authorisation | Electrical Maintenance Superintendent | 46 | SkillsHub |
| Crew confidence in electric equipment | share of respondents who agree "I feel safe and confident working with electric equipment" in the quarterly pulse survey | Employee Relations Manager | not yet measured; first survey in Q1 FY28 | Pulse survey |
| Diesel litres per tonne moved | litres of diesel per tonne of material moved, by site, weekly | General Manager of each site | Yindarra 0.92; Mount Cowan 1.04; Gidgee Creek 1.31 | Fuel records; HaulView |

No target has been set for crew confidence: the Electrification Steering Committee will set one
after the first two surveys.
"""

REGULATORY = """
REGULATORY NOTES FOR POWERING DOWN DIESEL
Prepared by the Energy and Emissions Reporting Lead and the Health and Safety Manager, May 2027.
Context for the Board paper; not legal advice.

1. SAFEGUARD MECHANISM
Yindarra, Mount Cowan and Gidgee Creek each emit more than 100,000 t CO2-e a year and are
covered facilities. Their production-adjusted baselines decline by 4.9% a year to FY30. Any
emissions above a facility's baseline must be covered by surrendering ACCUs or Safeguard
Mechanism Credits to the Clean Energy Regulator. The railway is a separate facility below the
threshold.

2. NGER
We report the group's Scope 1 and Scope 2 emissions and energy under the NGER Act by 31 October
each year. Diesel is reported by the litre and by use, so each litre must be tied to an asset
class.

3. RENEWABLE ELECTRICITY
LGCs bought for Gidgee Creek's grid electricity must be surrendered in Gidgee Creek's name to
count for it. Renewable electricity for the WA sites counts only if it flows over our own
network from the contracted generators.

4. WORK HEALTH AND SAFETY
Our elected health and safety representatives keep the name Safety and Health Representatives
(SHRs) from the old Mines Safety and Inspection Act 1994. In law they are health and safety
representatives under the WHS Act 2020 (WA) and, at Gidgee Creek, site safety and health
representatives under the Coal Mining Safety and Health Act 1999 (Qld). No work near energised
overhead lines may begin at a site until its Safety and Health Representatives have been
consulted on the hazards and the controls. Each site's principal hazard management plans are
held by the Health and Safety Manager.
"""

EMAIL = """
From: Tamsin Reilly <tamsin.reilly@marralong.com.au>
To: Kirra Hollins <kirra.hollins@marralong.com.au>
Cc: Ross Petrakis <ross.petrakis@marralong.com.au>
Date: Thu, 13 May 2027 16:42:07 +0800
Subject: RE: Battery-electric utes - lease timing for the Board paper

Hi Kirra,

Short answers to your three questions.

1. Timing. The Fleetwise master lease cannot be ended early: each vehicle runs to its own end
date, and handing one back sooner costs us all of its remaining rentals. 212 of our 540 light
vehicles come off lease between now and June 2029; the other 328 end from July 2029, most of
them in FY30. That is why I would not promise more than half battery-electric before the end of
FY30.

2. Vehicles. Fleetwise will supply a mine-spec battery-electric ute (ROPS, beacons, buggy whip,
isolation points marked) from its 2028 catalogue. We have 11 on trial at Yindarra now.

3. Chargers. We need about one charger for every three utes, at the workshops, go-lines and
camps. The electrical side needs the Electrical Engineering Manager's sign-off at each site.

Happy to walk the committee through it.

Tamsin Reilly
Light Vehicle Fleet Coordinator
Marralong Resources Limited
"""

ORG_TEXT = {
    "people/site-leadership.md": SITE_LEADERSHIP,
    "governance/electrification-steering-committee-terms-of-reference.md": STEERING_TOR,
    "governance/enterprise-agreement-consultation-extract.md": EA_EXTRACT,
    "systems/systems-and-data-inventory.md": SYSTEMS,
    "context/site-profiles.md": SITES,
    "measures/metric-definitions.md": METRICS,
    "context/regulatory-notes-safeguard-and-whs.txt": REGULATORY,
    "context/email-2027-05-13-fleetwise-lease-timing.txt": EMAIL,
}


# =========================================================================== writing


def build(root: Path) -> None:
    case = root / NAME
    deck, titles, notes = build_deck()
    (case / "org" / "people").mkdir(parents=True, exist_ok=True)
    (case / DECK).write_bytes(finish_package(deck, titles, notes))
    (case / "org" / "people" / "roster.csv").write_bytes(roster_csv())
    for rel, text in ORG_TEXT.items():
        path = case / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.lstrip("\n").encode("utf-8"))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
