"""Build the dev27 case ``offshore-wind``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev27/build_offshore_wind.py [out]

Writes, under ``evals/dev27/offshore-wind/`` (or ``<out>/offshore-wind/``):

- ``Condition First 2027-2030 - supervisory board 2027-09.pptx``: the operations and
  maintenance strategy of a fictional Dutch-Danish operator of four North Sea wind farms, a
  16:9 deck as WPS Presentation saves it: ``docProps/app.xml`` naming "WPS Presentation",
  ``docProps/custom.xml`` with WPS's ``KSOProductBuildVer`` and ``ICV`` properties, titles in
  title placeholders except on two slides (the clock slide and the first-string slide), where
  the title is a plain text box; KPI tiles as separate text boxes (a big-number box above a
  label box, never grouped); the roadmap a native table of campaign seasons and winter
  programmes with a "2030 and beyond" column; risks in a native table; speaker notes on three
  slides.
- ``org/``: the operator's own files: the HR system's position export
  (``people/positions.xml``), the marine coordination charter and the programme board's terms
  (Markdown), the systems and data register (Markdown), the O&M indicators (a TSV export of the
  reporting warehouse), a works council procedure note and a note on the Danish authorities
  (plain text), the Vlierhaven base note (Markdown) and the technician competence procedure
  (DOCX).

Re-running it rewrites every file byte for byte: the OOXML packages through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates; the deck's entries sorted,
``[Content_Types].xml`` first), the text files as literal strings. It never touches
``gold.json``. This is a DEVELOPMENT case (split "dev27").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "offshore-wind"
DECK = "Condition First 2027-2030 - supervisory board 2027-09.pptx"
STAMP = Stamp((2027, 9, 6, 16, 24, 52), "2027-09-06T16:24:52Z")

EMU = 914400
FONT = "Arial"
NAVY = RGBColor(0x0B, 0x2E, 0x4F)
TEAL = RGBColor(0x00, 0x7C, 0x89)
GREY = RGBColor(0x5A, 0x63, 0x6B)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
PALE = RGBColor(0xE8, 0xF1, 0xF3)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>0</TotalTime><Words>0</Words><Application>WPS Presentation</Application>"
    "<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>0</Paragraphs>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "<AppVersion>12.0000</AppVersion></Properties>"
)
CUSTOM_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
    "<vt:lpwstr>1033-12.2.0.13431</vt:lpwstr></property>"
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
    "<vt:lpwstr>6F2B1C0D8E4A4F27B1A35D0C9E7F4A21_13</vt:lpwstr></property></Properties>"
)
CUSTOM_CT = (
    '<Override PartName="/docProps/custom.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
)
CUSTOM_REL = (
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/custom-properties" Target="docProps/custom.xml"/>'
)


def emu(inches: float) -> Emu:
    return Emu(int(round(inches * EMU)))


# =========================================================================== deck helpers


def _style(run, size: float, bold: bool, color: RGBColor) -> None:
    run.font.size = Emu(int(size * 12700))
    run.font.bold = bold
    run.font.name = FONT
    run.font.color.rgb = color


def _bullet(paragraph, char: str = "\u2022") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "228600")
    ppr.set("indent", "-228600")
    bufont = etree.SubElement(ppr, f"{{{A}}}buFont")
    bufont.set("typeface", FONT)
    buchar = etree.SubElement(ppr, f"{{{A}}}buChar")
    buchar.set("char", char)


def fill_frame(tf, lines, size: float, color: RGBColor = NAVY, *, bullets: bool = False) -> None:
    """Write ``lines`` into a text frame, one paragraph each. A line is a string or a tuple
    (text, size, bold, color, bullet); ``bullets`` gives every plain line a bullet."""
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
            p.space_before = Emu(int(4 * 12700))


def box(slide, x, y, w, h, lines, size: float = 14, color=NAVY, *, bullets=False, fill=None):
    shape = slide.shapes.add_textbox(emu(x), emu(y), emu(w), emu(h))
    if fill is not None:
        shape.fill.solid()
        shape.fill.fore_color.rgb = fill
    fill_frame(shape.text_frame, lines, size, color, bullets=bullets)
    return shape


def title(slide, text: str, eyebrow: str) -> None:
    """A title in the slide's title placeholder, placed for 16:9, and an eyebrow above it."""
    box(slide, 0.6, 0.25, 9.0, 0.35, [(eyebrow, 11, True, TEAL, False)])
    ph = slide.shapes.title
    ph.left, ph.top, ph.width, ph.height = emu(0.6), emu(0.55), emu(12.1), emu(0.85)
    ph.text_frame.text = ""
    fill_frame(ph.text_frame, [(text, 28, True, NAVY, False)], 28)
    ph.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    ph.text_frame.vertical_anchor = MSO_ANCHOR.TOP


def title_box(slide, text: str, eyebrow: str) -> None:
    """A title drawn as a plain text box (no placeholder), as on the two slides built on
    WPS's blank layout."""
    box(slide, 0.6, 0.25, 9.0, 0.35, [(eyebrow, 11, True, TEAL, False)])
    box(slide, 0.6, 0.55, 12.1, 0.85, [(text, 28, True, NAVY, False)])


def footer(slide, n: int) -> None:
    box(
        slide,
        0.6,
        7.05,
        10.0,
        0.3,
        [
            (
                "Havmark Offshore Wind \u00b7 Condition First 2027\u20132030 \u00b7 Board in confidence",
                8,
                False,
                GREY,
                False,
            )
        ],
    )
    b = box(slide, 11.9, 7.05, 0.8, 0.3, [(str(n), 9, True, GREY, False)])
    b.text_frame.paragraphs[0].alignment = PP_ALIGN.RIGHT


def table(slide, x, y, w, rows, widths, size: float = 11, row_h: float = 0.42):
    shape = slide.shapes.add_table(
        len(rows), len(rows[0]), emu(x), emu(y), emu(w), emu(row_h * len(rows))
    )
    tbl = shape.table
    for j, cw in enumerate(widths):
        tbl.columns[j].width = emu(cw)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text_frame.text = ""
            head = i == 0 or j == 0
            fill_frame(cell.text_frame, [(text, size, head, NAVY, False)], size)
            cell.fill.solid()
            cell.fill.fore_color.rgb = PALE if head else WHITE
    return shape


def notes(slide, lines: list[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    tf.text = lines[0]
    for line in lines[1:]:
        tf.add_paragraph().text = line


# =========================================================================== the deck


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width = Emu(12192000)
    prs.slide_height = Emu(6858000)
    cover, title_only, blank = prs.slide_layouts[0], prs.slide_layouts[5], prs.slide_layouts[6]
    n = 0

    def new(layout):
        nonlocal n
        n += 1
        s = prs.slides.add_slide(layout)
        if n > 1:
            footer(s, n)
        return s

    # 1 cover
    s = new(cover)
    ph = s.shapes.title
    ph.left, ph.top, ph.width, ph.height = emu(0.8), emu(2.0), emu(11.7), emu(1.3)
    fill_frame(ph.text_frame, [("Condition First 2027\u20132030", 44, True, NAVY, False)], 44)
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = emu(0.8), emu(3.4), emu(11.7), emu(1.6)
    fill_frame(
        sub.text_frame,
        [
            (
                "From calendar to condition: operations and maintenance of our four North Sea farms",
                20,
                False,
                TEAL,
                False,
            ),
            (
                "Havmark Offshore Wind \u00b7 Supervisory board, 14 September 2027 \u00b7 item 6",
                14,
                False,
                GREY,
                False,
            ),
            ("Presented by the Chief Operating Officer", 14, False, GREY, False),
        ],
        20,
    )

    # 2 why now
    s = new(title_only)
    title(
        s,
        "Why now: we sail to turbines that are fine, and miss the ones that are not",
        "CONTEXT \u00b7 2026 FIGURES",
    )
    stats = [
        ("95.8%", "of the hours in 2026 our turbines could generate"),
        ("6.4", "times a turbine stopped without warning in 2026, on average"),
        ("6 in 100", "service visits were prompted by what the turbine told us"),
        ("2.3", "boat transfers for every job we closed last year"),
        ("31%", "of CTV sailings in winter 26/27 came back with the job not done"),
        ("\u20ac38.4m", "spent on calendar service visits in 2026"),
    ]
    for k, (big, cap) in enumerate(stats):
        x = 0.6 + (k % 3) * 4.1
        y = 1.7 + (k // 3) * 2.0
        box(s, x, y, 3.8, 0.8, [(big, 32, True, TEAL, False)])
        box(s, x, y + 0.8, 3.8, 0.9, [(cap, 13, False, NAVY, False)])
    box(
        s,
        0.6,
        5.8,
        12.1,
        0.9,
        [
            (
                "72% of our main-bearing failures since 2022 showed in the vibration data 60 days or "
                "more before the turbine stopped.",
                13,
                True,
                NAVY,
                False,
            ),
            (
                "In 2014 Hvidsand Rev was the first Danish farm to pass 97% availability in its first "
                "full year.",
                12,
                False,
                GREY,
                False,
            ),
        ],
    )

    # 3 ambition
    s = new(title_only)
    title(s, "Where we are going", "AMBITION")
    box(
        s,
        0.6,
        1.6,
        12.1,
        1.5,
        [
            ("Our north star", 14, True, TEAL, False),
            (
                "The North Sea's most dependable wind fleet: we fix turbines before they fail, and send "
                "people offshore only when the sea and the data say so.",
                24,
                True,
                NAVY,
                False,
            ),
        ],
    )
    box(
        s,
        0.6,
        3.4,
        12.1,
        2.0,
        [
            ("Three promises", 14, True, TEAL, False),
            (
                "To the owners: more megawatt-hours from the turbines they already have",
                16,
                False,
                NAVY,
                True,
            ),
            (
                "To our technicians: fewer wasted days at sea, and the reason for every job",
                16,
                False,
                NAVY,
                True,
            ),
            ("To the vessel crews: fewer transfers in rough water", 16, False, NAVY, True),
        ],
    )
    box(
        s,
        0.6,
        5.7,
        12.1,
        0.6,
        [
            (
                "For scale: a neighbouring operator reports 98.4% availability on a farm of the same "
                "age as Brakkebank.",
                12,
                False,
                GREY,
                False,
            ),
        ],
    )

    # 4 the clock (title as a text box)
    s = new(blank)
    title_box(s, "How we count time: campaigns and winters", "THE CLOCK OF THIS PLAN")
    box(
        s,
        0.6,
        1.6,
        12.1,
        4.0,
        [
            "A campaign season runs from April to September: calm enough for heavy work, drone "
            "flights and walk-to-work from the SOV.",
            "A winter programme runs from October to March: short days, high seas, CTV access only "
            "on good days.",
            "We name them by year: Campaign 28 is April to September 2028; Winter 28/29 is October "
            "2028 to March 2029.",
            "Month 0 is October 2027. The plan runs 30 months, to 31 March 2030.",
            "Gates fall at the end of each campaign, when a season's evidence is in.",
        ],
        17,
        bullets=True,
    )
    box(
        s,
        0.6,
        5.8,
        12.1,
        0.8,
        [
            (
                "Under our heavy-lift frame agreement there is no jack-up work from November to "
                "February.",
                13,
                False,
                GREY,
                False,
            ),
        ],
    )
    notes(
        s,
        [
            "Seasons, not quarters: the sea decides when offshore work can be done, so the plan's "
            "phases follow the seasons.",
            "Month 0 = 1 October 2027, the first day of Winter 27/28.",
        ],
    )

    # 5-8 the four pillars
    pillars = [
        (
            "See it coming: condition monitoring on every turbine",
            "PILLAR 1 OF 4 \u00b7 CONDITION MONITORING",
            ["Goal: 40% of maintenance visits triggered by condition by the end of Campaign 29"],
            [
                "Choose and contract one condition monitoring platform for all four farms "
                "(working name Tidewatch)",
                "Stream 10-minute SCADA data and vibration spectra from all 290 turbines into "
                "Tidewatch",
                "Retrofit online vibration monitoring on the 47 Hvidsand Rev turbines",
                "Raise Ankerpunt work orders from condition alerts, each with a priority and a "
                "due date",
            ],
            "Lead: Head of Asset Performance",
        ),
        (
            "Right boat, right day: vessels and marine coordination",
            "PILLAR 2 OF 4 \u00b7 VESSELS AND MARINE COORDINATION",
            [
                "Goal: 1.6 technician transfers per completed work order by the end of Campaign 29",
                "Goal: 15% less marine gas oil per turbine visit by the end of Campaign 29 "
                "(2026: 410 litres)",
                "And a calmer, safer offshore day for every crew",
            ],
            [
                "Plan CTV and SOV work 14 days ahead from one weather and work forecast",
                "Run one 24/7 marine coordination centre at Vlierhaven for all four farms",
                "Replace the paper transfer books with a digital transfer log on every vessel",
                "Re-tender the CTV charters for 2029 around condition-led work",
            ],
            "Lead: Marine Coordination Centre Manager",
        ),
        (
            "Parts on the quay: spares from one base",
            "PILLAR 3 OF 4 \u00b7 SPARE PARTS LOGISTICS",
            ["Goal: 92% of critical spares on the quay within 48 hours by the end of Winter 28/29"],
            [
                "Hold the critical spares for all four farms at the Vlierhaven base",
                "Bring the Thyborg spares count into Ankerpunt and retire the spreadsheet",
                "Agree 48-hour call-off terms with our three main suppliers",
                "Stage parts on the quay the evening before, against the next day's work list",
            ],
            "Lead: Materials Logistics Manager",
        ),
        (
            "Eyes on the blades, hands certified",
            "PILLAR 4 OF 4 \u00b7 BLADE INSPECTION AND GWO",
            [
                "Goal: a drone inspection for every turbine each year from Campaign 29",
                "Goal: every technician's GWO certificates in date from Winter 28/29",
            ],
            [
                "Fly a drone inspection of every blade once a year, launched from the SOV",
                "Grade leading-edge erosion on one scale and plan repairs from the grades",
                "Run GWO refresher training in-house at the Vlierhaven training centre",
                "Check contractor technicians' GWO records in WINDA before they sail",
            ],
            "Lead: Blade Integrity Engineer, with the Training and Competence Lead",
        ),
    ]
    for head, eyebrow, goals, inits, lead in pillars:
        s = new(title_only)
        title(s, head, eyebrow)
        box(
            s,
            0.6,
            1.55,
            12.1,
            0.5 + 0.4 * len(goals),
            [(g, 15, True, NAVY, False) for g in goals],
            fill=PALE,
        )
        y = 2.3 + 0.4 * len(goals)
        box(s, 0.6, y, 12.1, 0.4, [("What we will do", 13, True, TEAL, False)])
        box(s, 0.6, y + 0.4, 12.1, 2.6, inits, 15, bullets=True)
        box(s, 0.6, 6.45, 12.1, 0.4, [(lead, 12, True, GREY, False)])

    # 9 scenarios and scope
    s = new(title_only)
    title(s, "Where the change bites", "FOCUS")
    box(
        s,
        0.6,
        1.6,
        7.2,
        4.6,
        [
            ("Three situations this plan is about", 14, True, TEAL, False),
            (
                "SOV rotations at Zeewolk and Brakkebank: work lists built from alerts, not the "
                "calendar",
                15,
                False,
                NAVY,
                True,
            ),
            (
                "Winter CTV days at Skarvgrund and Hvidsand Rev: sail only when sea and alert agree",
                15,
                False,
                NAVY,
                True,
            ),
            (
                "Blade leading edges in the campaign season: drone first, rope access second",
                15,
                False,
                NAVY,
                True,
            ),
        ],
    )
    box(
        s,
        8.2,
        1.6,
        4.5,
        4.6,
        [
            ("Not in scope", 14, True, TEAL, False),
            ("Offshore substations and export cables", 13, False, GREY, True),
            ("The onshore grid connection and landfall", 13, False, GREY, True),
            ("Repowering or life extension of Hvidsand Rev", 13, False, GREY, True),
            ("The port authority's own cargo quays at Vlierhaven", 13, False, GREY, True),
        ],
        fill=PALE,
    )

    # 10 KPI tiles: a big-number box above a label box, never grouped
    s = new(title_only)
    title(s, "What we will measure", "KPIs")
    box(
        s,
        0.6,
        1.35,
        12.1,
        0.4,
        [
            (
                "Eight measures, each with its 2026 baseline and the season it is due",
                13,
                False,
                GREY,
                False,
            ),
        ],
    )
    tiles = [
        (
            "98.0%",
            "Time-based availability, four farms",
            "Baseline 95.8% (2026) \u00b7 by the end of Campaign 29",
        ),
        (
            "4.5",
            "Unplanned stops per turbine-year",
            "Baseline 6.4 (2026) \u00b7 by the end of Winter 29/30",
        ),
        (
            "40%",
            "Maintenance visits triggered by condition",
            "Baseline 6% (2026) \u00b7 by the end of Campaign 29",
        ),
        (
            "1.6",
            "Technician transfers per completed work order",
            "Baseline 2.3 (2026) \u00b7 by the end of Campaign 29",
        ),
        (
            "92%",
            "Critical spares on the quay within 48 hours",
            "Baseline 61% (2026) \u00b7 by the end of Winter 28/29",
        ),
        (
            "100%",
            "Turbines with a drone blade inspection each year",
            "Baseline 35% (2026) \u00b7 from Campaign 29",
        ),
        (
            "100%",
            "Technicians with in-date GWO certificates",
            "Baseline 88% (January 2027) \u00b7 from Winter 28/29",
        ),
        (
            "Higher",
            "Technicians' confidence in the offshore roster",
            "Baseline: 2027 staff survey \u00b7 target to be agreed with the ondernemingsraad",
        ),
    ]
    for k, (big, label, base) in enumerate(tiles):
        x = 0.6 + (k % 4) * 3.05
        y = 1.9 + (k // 4) * 2.5
        box(s, x, y, 2.85, 0.85, [(big, 34, True, TEAL, False)], fill=PALE)
        box(
            s,
            x,
            y + 0.85,
            2.85,
            1.4,
            [(label, 13, True, NAVY, False), (base, 10, False, GREY, False)],
            fill=PALE,
        )

    # 11 roadmap: a native table of seasons, phases named without dates
    s = new(title_only)
    title(s, "The road to March 2030", "ROADMAP")
    rows = [
        [
            "Workstream",
            "Winter 27/28",
            "Campaign 28",
            "Winter 28/29",
            "Campaign 29",
            "Winter 29/30",
            "2030 and beyond",
        ],
        [
            "Condition monitoring",
            "\u25cf tender, contract",
            "\u25cf first string",
            "\u25cf Hvidsand Rev retrofit",
            "\u25cf all 290 turbines",
            "\u25cf hand over",
            "Balance of plant monitoring",
        ],
        [
            "Vessels and coordination",
            "\u25cf 24/7 desk",
            "\u25cf 14-day plans",
            "\u25cf CTV re-tender",
            "\u25cf new charters",
            "\u25cf",
            "",
        ],
        [
            "Spares",
            "\u25cf Thyborg count",
            "\u25cf call-off terms",
            "\u25cf one base",
            "\u25cf",
            "\u25cf",
            "",
        ],
        [
            "Blades and drones",
            "\u25cf approvals",
            "\u25cf Dutch farms",
            "\u25cf grading scale",
            "\u25cf all four farms",
            "",
            "Blade replacement study",
        ],
        [
            "People and GWO",
            "\u25cf refresher places",
            "\u25cf alert training",
            "\u25cf in-house refreshers",
            "\u25cf",
            "\u25cf",
            "",
        ],
        [
            "Phase",
            "Prepare",
            "Prove at Brakkebank",
            "Fix and train",
            "Fleet-wide",
            "Hand over to the farms",
            "Not in this plan",
        ],
        ["Gates", "", "Gate 1", "", "Gate 2", "Close-out review", ""],
    ]
    table(s, 0.6, 1.6, 12.1, rows, [2.1, 1.6, 1.7, 1.7, 1.7, 1.65, 1.65], 10, 0.6)
    box(
        s,
        0.6,
        6.55,
        12.1,
        0.4,
        [
            (
                "\u25cf = work in that season. Seasons as defined on slide 4.",
                10,
                False,
                GREY,
                False,
            ),
        ],
    )
    notes(
        s,
        [
            "The last column is where the work goes next; it is not part of this plan or its "
            "budget.",
        ],
    )

    # 12 phases, dated
    s = new(title_only)
    title(s, "Five phases, two gates", "PHASES")
    box(
        s,
        0.6,
        1.6,
        12.1,
        3.6,
        [
            ("Winter 27/28: Prepare \u00b7 October 2027 to March 2028", 16, True, NAVY, True),
            (
                "Campaign 28: Prove at Brakkebank \u00b7 April to September 2028",
                16,
                True,
                NAVY,
                True,
            ),
            ("Winter 28/29: Fix and train \u00b7 October 2028 to March 2029", 16, True, NAVY, True),
            ("Campaign 29: Fleet-wide \u00b7 April to September 2029", 16, True, NAVY, True),
            (
                "Winter 29/30: Hand over to the farms \u00b7 October 2029 to March 2030",
                16,
                True,
                NAVY,
                True,
            ),
        ],
    )
    box(
        s,
        0.6,
        5.0,
        12.1,
        1.3,
        [
            (
                "Gate 1, at the end of Campaign 28: is the first string better on condition than on "
                "the calendar?",
                14,
                False,
                NAVY,
                False,
            ),
            (
                "Gate 2: go or no-go for condition-led service contracts on all four farms",
                14,
                False,
                NAVY,
                False,
            ),
        ],
    )

    # 13 what good looks like at each gate (acceptance criteria)
    s = new(title_only)
    title(s, "What good looks like at each gate", "ACCEPTANCE CRITERIA")
    box(
        s,
        0.6,
        1.6,
        5.9,
        4.9,
        [
            ("Gate 1 passes when", 15, True, TEAL, False),
            (
                "No main-bearing or gearbox stop on the string that Tidewatch did not warn of",
                13,
                False,
                NAVY,
                True,
            ),
            (
                "At least 30 of the string's visits raised by condition, not the calendar",
                13,
                False,
                NAVY,
                True,
            ),
            ("Every Dutch-farm technician trained on the alert screens", 13, False, NAVY, True),
            (
                "The Thyborg spares held in Ankerpunt, with no spreadsheet left",
                13,
                False,
                NAVY,
                True,
            ),
        ],
        fill=PALE,
    )
    box(
        s,
        6.8,
        1.6,
        5.9,
        4.9,
        [
            ("Gate 2 passes when", 15, True, TEAL, False),
            (
                "Alerts raised in Tidewatch for all 290 turbines through Campaign 29, to 30 September "
                "2029",
                13,
                False,
                NAVY,
                True,
            ),
            (
                "The 47 Hvidsand Rev turbines sending vibration data since April 2029",
                13,
                False,
                NAVY,
                True,
            ),
            ("Drone inspections flown at all four farms", 13, False, NAVY, True),
            (
                "The 2030 service contracts re-scoped to condition-led work, ready to sign",
                13,
                False,
                NAVY,
                True,
            ),
        ],
        fill=PALE,
    )

    # 14 the first string (title as a text box)
    s = new(blank)
    title_box(s, "Eleven turbines, one string, one summer", "CAMPAIGN 28")
    box(
        s,
        0.6,
        1.55,
        12.1,
        1.2,
        [
            (
                "We start on array string C4 at Brakkebank: 11 turbines, commissioned in 2016.",
                17,
                True,
                NAVY,
                False,
            ),
            (
                "Why this string: the most main-bearing alarms in the fleet in 2026 (14), SOV access "
                "all summer, and a crew that asked to go first.",
                13,
                False,
                GREY,
                False,
            ),
        ],
    )
    box(
        s,
        0.6,
        3.0,
        12.1,
        0.4,
        [
            (
                "G is the day Tidewatch goes live on the string, planned for 1 April 2028",
                13,
                True,
                TEAL,
                False,
            ),
        ],
    )
    box(
        s,
        0.6,
        3.4,
        12.1,
        3.0,
        [
            "G \u2212 4 weeks: agree alarm thresholds for main bearings, gearboxes and generators",
            "G: Tidewatch live on the 11 turbines; calendar service carries on",
            "G + 2 weeks: first weekly alert review with the site crew",
            "G + 8 weeks: stop the calendar service on the string; visits on condition only",
            "G + 26 weeks: compare stops and visits with strings C3 and C5 for Gate 1",
        ],
        14,
        bullets=True,
    )
    notes(
        s,
        [
            "The string's calendar service is not stopped until eight weeks of alerts have been "
            "reviewed.",
        ],
    )

    # 15 risks
    s = new(title_only)
    title(s, "Risks and what we do about them", "RISKS")
    table(
        s,
        0.6,
        1.6,
        12.1,
        [
            ["Risk", "Likelihood", "Mitigation"],
            [
                "R1 Too many false alerts swamp the engineers",
                "High",
                "Start with three fault types; tune thresholds weekly for the first eight weeks",
            ],
            [
                "R2 The ondernemingsraad's advice on rosters comes after March 2028",
                "Medium",
                "Share roster options with the ondernemingsraad by 30 November 2027",
            ],
            [
                "R3 No approval to fly drones beyond sight at the Danish farms",
                "Medium",
                "Inspect the Danish farms' blades by rope access in Campaign 28",
            ],
            [
                "R4 SOV day-rates rise for 2029",
                "Medium",
                "Fix a 2029 option on the Havmark Tern charter before March 2028",
            ],
            [
                "R5 Zeelog drops fault history older than 13 months",
                "High",
                "Copy the Zeelog archive into Kompas every month from October 2027",
            ],
        ],
        [4.6, 1.3, 6.2],
        12,
        0.75,
    )

    # 16 first 90 days
    s = new(title_only)
    title(s, "Casting off: our first 90 days", "OCTOBER TO DECEMBER 2027")
    box(
        s,
        0.6,
        1.6,
        12.1,
        5.0,
        [
            "Name the programme manager and the workstream leads (Chief Operating Officer)",
            "Issue the tender for the condition monitoring platform (Head of Asset Performance)",
            "Set up the 24/7 desk rota at Vlierhaven and take over the Thyborg night watch "
            "(Marine Coordination Manager)",
            "Count every spare at Thyborg and load the count into Ankerpunt (Materials Logistics "
            "Manager)",
            "Book GWO refresher places for the 58 certificates that lapse before April 2028 "
            "(Training Lead)",
            "Apply for approval to fly drones beyond visual line of sight at the Danish farms "
            "(Blade Integrity Engineer)",
            "Ask the ondernemingsraad for its advice on condition-led rosters (HR Business Partner)",
        ],
        15,
        bullets=True,
    )

    # 17 what changes on Monday
    s = new(title_only)
    title(s, "What changes on Monday morning", "FOR THE PEOPLE WHO DO THE WORK")
    box(
        s,
        0.6,
        1.6,
        12.1,
        4.8,
        [
            "Technicians: tomorrow's job list by 18:00, with the reason each turbine is on it",
            "Site managers: review condition alerts every morning at 07:30 with the coordination "
            "centre",
            "CTV masters: log every transfer on the tablet, not in the paper book",
            "Stores: pick parts for condition work orders before calendar ones",
            "Nobody sails to a turbine with nothing wrong because the calendar says so",
        ],
        16,
        bullets=True,
    )

    # 18 governance
    s = new(title_only)
    title(s, "Who decides", "GOVERNANCE")
    box(
        s,
        0.6,
        1.6,
        12.1,
        4.8,
        [
            "Sponsor: the Chief Operating Officer, who chairs the Condition First programme board",
            "The programme board meets monthly: asset performance, asset management, both site "
            "managers, marine, materials, training, HSE, IT and OT",
            "The chair decides Gate 1 and Gate 2; the supervisory board receives every gate report",
            "Consulted before each gate: the ondernemingsraad and the vessel crews' safety "
            "committee",
            "Monthly scorecard from Kompas; quarterly report to the supervisory board",
            "Authorities kept informed: the Inspectorate SZW for the Dutch farms, the Danish Energy "
            "Agency for the Danish farms",
        ],
        15,
        bullets=True,
    )

    # 19 asks of the board
    s = new(title_only)
    title(s, "What we ask of the supervisory board", "DECISIONS TODAY")
    box(
        s,
        0.6,
        1.6,
        12.1,
        3.4,
        [
            "Approve Condition First 2027\u20132030 as Havmark's maintenance strategy",
            "Release \u20ac7.4m for Winter 27/28 and Campaign 28",
            "Agree Brakkebank as the farm where we prove it first",
            "Delegate Gate 1 and Gate 2 to the Chief Operating Officer",
        ],
        17,
        bullets=True,
    )
    box(
        s,
        0.6,
        5.4,
        12.1,
        0.9,
        [
            (
                "By 31 March 2030, the end of Winter 29/30, all four farms are maintained on "
                "condition.",
                17,
                True,
                TEAL,
                False,
            ),
        ],
    )

    buf = io.BytesIO()
    core = prs.core_properties
    core.title = "Condition First 2027\u20132030"
    core.author = "Havmark Offshore Wind"
    core.last_modified_by = "Havmark Offshore Wind"
    core.revision = 14
    prs.save(buf)
    return normalize_zip(_as_wps(buf.getvalue(), n), STAMP)


def _as_wps(data: bytes, slides: int) -> bytes:
    """Rewrite python-pptx's package as WPS Presentation saves it: its own app.xml, a
    custom.xml with WPS's build properties, the entries sorted ([Content_Types].xml first)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: src.read(name) for name in src.namelist()}
    count = sum(1 for p in parts if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", p))
    parts["docProps/app.xml"] = APP_XML.format(slides=slides, notes=count).encode("utf-8")
    parts["docProps/custom.xml"] = CUSTOM_XML.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = ct.replace("</Types>", CUSTOM_CT + "</Types>").encode()
    rels = parts["_rels/.rels"].decode("utf-8")
    parts["_rels/.rels"] = rels.replace(
        "</Relationships>", CUSTOM_REL + "</Relationships>"
    ).encode()
    names = ["[Content_Types].xml"] + sorted(p for p in parts if p != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            dst.writestr(zipfile.ZipInfo(name, date_time=STAMP.zip_time), parts[name])
    return out.getvalue()


# =========================================================================== the roster (XML)

POSITIONS = [
    (
        "POS-1000",
        "Managing Director",
        "Management",
        "",
        "Supervisory board",
        "Runs Havmark Offshore Wind Operations for the owners of the four farms and reports to the "
        "supervisory board; signs contracts above EUR 5 million.",
        "Extended",
    ),
    (
        "POS-1010",
        "Chief Operating Officer",
        "Operations",
        "POS-1000",
        "Managing Director",
        "Accountable for the safe operation and maintenance of Zeewolk, Brakkebank, Skarvgrund and "
        "Hvidsand Rev. Sponsor of the Condition First programme and chair of its programme board; "
        "takes the programme's gate decisions under the supervisory board's delegation and "
        "releases its budget.",
        "Core",
    ),
    (
        "POS-1011",
        "Programme Manager, Condition First",
        "Programme Office",
        "POS-1010",
        "Chief Operating Officer",
        "Runs the Condition First plan, its risk log, the 90-day plans and the gate reports, and "
        "keeps the workstreams in step. Owns no asset, vessel or store.",
        "Core",
    ),
    (
        "POS-1020",
        "Head of Asset Performance",
        "Asset Performance",
        "POS-1010",
        "Chief Operating Officer",
        "Owns how the turbines perform in service: time-based availability and unplanned stops, "
        "the SCADA data of all four farms and the Zeelog historian that stores it, and the "
        "condition monitoring service (alarm rules, alert review, fault diagnosis). Chooses and "
        "contracts condition monitoring tools.",
        "Core",
    ),
    (
        "POS-1021",
        "Condition Monitoring Engineer",
        "Asset Performance",
        "POS-1020",
        "Head of Asset Performance",
        "Analyses vibration spectra, SCADA trends and oil samples; sets and tunes the alarm "
        "thresholds for main bearings, gearboxes and generators; specifies vibration sensors for "
        "retrofit.",
        "Core",
    ),
    (
        "POS-1030",
        "Head of Asset Management",
        "Asset Management",
        "POS-1010",
        "Chief Operating Officer",
        "Owns the maintenance strategy and the maintenance plans in Ankerpunt: service intervals, "
        "task lists, work order types and priorities, and the rules that turn findings into work "
        "orders. Manages the turbine service agreements with the manufacturers, their renewal in "
        "2030 included.",
        "Core",
    ),
    (
        "POS-1031",
        "Blade Integrity Engineer",
        "Asset Management",
        "POS-1030",
        "Head of Asset Management",
        "Owns blade inspection and the blade repair plan: the inspection contracts (drone and rope "
        "access), the erosion grading scale, repair priorities, and the aviation approvals that "
        "drone work offshore needs.",
        "Core",
    ),
    (
        "POS-1040",
        "Site Manager, Dutch Farms",
        "Site Operations",
        "POS-1010",
        "Chief Operating Officer",
        "Leads the technicians of Zeewolk and Brakkebank and the maintenance work done there, day "
        "by day; agrees the SOV workscope with the marine coordination centre; leads any trial of "
        "a new maintenance practice on a Dutch farm.",
        "Core",
    ),
    (
        "POS-1041",
        "Site Manager, Danish Farms",
        "Site Operations",
        "POS-1010",
        "Chief Operating Officer",
        "Leads the technicians of Skarvgrund and Hvidsand Rev and the CTV-based work from "
        "Thyborg, day by day; holds the farms' site permits for maintenance work.",
        "Core",
    ),
    (
        "POS-1050",
        "Marine Coordination Centre Manager",
        "Marine",
        "POS-1010",
        "Chief Operating Officer",
        "See the Marine Coordination Charter, section 3.",
        "Core",
    ),
    (
        "POS-1051",
        "Marine Logistics Manager",
        "Marine",
        "POS-1010",
        "Chief Operating Officer",
        "See the Marine Coordination Charter, section 4.",
        "Core",
    ),
    (
        "POS-1060",
        "Materials Logistics Manager",
        "Supply Chain",
        "POS-1010",
        "Chief Operating Officer",
        "Owns spare parts and consumables for all four farms: the Vlierhaven warehouse and the "
        "Thyborg store, stock records in the Ankerpunt stores module, supplier call-off terms, and "
        "the quay from store to vessel.",
        "Core",
    ),
    (
        "POS-1061",
        "Procurement Manager",
        "Supply Chain",
        "POS-1000",
        "Managing Director",
        "Runs tenders above EUR 250,000 with the budget holder and keeps the contract templates; "
        "holds no budget and manages no supplier day to day.",
        "Extended",
    ),
    (
        "POS-1070",
        "Training and Competence Lead",
        "People and Competence",
        "POS-1010",
        "Chief Operating Officer",
        "Owns technicians' competence: GWO certification (Basic Safety Training, Advanced Rescue "
        "Training, Blade Repair), refresher planning, the Vlierhaven training centre, the Certa "
        "training records and the technician competence procedure.",
        "Core",
    ),
    (
        "POS-1071",
        "HR Business Partner, Operations",
        "People and Competence",
        "POS-1010",
        "Chief Operating Officer",
        "Advises the operations managers on rosters, shift patterns, offshore rotations and "
        "working-time rules; prepares requests for advice and consent to the ondernemingsraad; "
        "recruits for operations.",
        "Core",
    ),
    (
        "POS-1080",
        "HSE Manager",
        "HSE",
        "POS-1010",
        "Chief Operating Officer",
        "Owns the safety management system, incident reporting and investigation, the safety "
        "rules for personnel transfer, and contact with the Inspectorate SZW and the Danish "
        "Working Environment Authority.",
        "Core",
    ),
    (
        "POS-1090",
        "Head of IT and OT",
        "IT",
        "POS-1000",
        "Managing Director",
        "Runs the networks, servers, offshore communication links and OT security of the farms' "
        "control systems; hosts business systems for their owners and owns none of their data.",
        "Core",
    ),
    (
        "POS-1091",
        "Data and Reporting Lead",
        "IT",
        "POS-1090",
        "Head of IT and OT",
        "Runs Kompas, the data warehouse, and its dashboards; builds the monthly operations "
        "scorecard from the data owners' sources; owns no source system.",
        "Core",
    ),
    (
        "POS-1100",
        "Finance Business Partner, Operations",
        "Finance",
        "POS-1000",
        "Managing Director",
        "Budgets, forecasts and business cases for operations; tracks programme spend.",
        "Extended",
    ),
    (
        "POS-1200",
        "Chair, Ondernemingsraad",
        "Ondernemingsraad",
        "",
        "",
        "Elected chair of the works council of Havmark Offshore Wind Operations B.V.; gives the "
        "council's advice and consent under the Works Councils Act. Consulted; takes on no "
        "programme work.",
        "Consult only",
    ),
    (
        "POS-1201",
        "Chair, Vessel Crews' Safety Committee",
        "Marine",
        "",
        "",
        "See the Marine Coordination Charter, section 6.",
        "Consult only",
    ),
]


def positions_xml() -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<positionExport xmlns="urn:hrflow:export:positions:2" system="HRflow 9.4" '
        'exported="2027-08-30T07:12:00+02:00" '
        'company="Havmark Offshore Wind Operations B.V. / Havmark Offshore Wind Operations A/S" '
        'scope="Operations and maintenance, programme Condition First">',
    ]
    for pid, name, unit, ref, boss, remit, tier in POSITIONS:
        kind = "representative" if tier == "Consult only" else "employee"
        out.append(f'  <position id="{pid}" type="{kind}" status="filled">')
        out.append(f"    <title>{escape(name)}</title>")
        out.append(f"    <unit>{escape(unit)}</unit>")
        if ref:
            out.append(f'    <reportsTo ref="{ref}">{escape(boss)}</reportsTo>')
        elif boss:
            out.append(f"    <reportsTo>{escape(boss)}</reportsTo>")
        else:
            out.append("    <reportsTo/>")
        out.append(f"    <remit>{escape(remit)}</remit>")
        out.append(f'    <customField name="ConditionFirstRole">{tier}</customField>')
        out.append("  </position>")
    out.append("</positionExport>")
    return "\n".join(out) + "\n"


# =========================================================================== other org files

CHARTER = """
# Marine Coordination Charter

Havmark Offshore Wind Operations. Version 3.2, approved by the Chief Operating Officer on
12 June 2027. Applies to Zeewolk, Brakkebank, Skarvgrund and Hvidsand Rev.

## 1. Purpose

Every person and vessel that goes to one of our farms is planned, tracked and brought home by
the marine coordination centre. This charter says who does what at sea.

## 2. Where we coordinate from

The marine coordination centre at the Vlierhaven port base is staffed around the clock, all
year, and watches all four farms.

The Thyborg desk runs only from 06:00 to 20:00; between 20:00 and 06:00 the Danish farms are
watched from Vlierhaven by telephone to the Thyborg harbour master.

## 3. Marine Coordination Centre Manager

The Marine Coordination Centre Manager runs the centre and the Thyborg desk, and owns:

- the daily and 14-day vessel and work plans for the CTVs and the SOV, built with the site
  managers;
- the go or no-go for each transfer on the day, against the transfer limits set by the HSE
  Manager;
- personnel-on-board records and transfer records in SeaDesk, and the transfer log on every
  vessel;
- the first call in an emergency at sea, until the coastguard takes over.

## 4. Marine Logistics Manager

The Marine Logistics Manager owns the vessels we hire and what they cost:

- the charters of the six CTVs and of the SOV Havmark Tern, their options, day-rates and
  re-tenders;
- vessel performance reviews with the charter companies;
- bunkering and marine gas oil, and the fuel figures per vessel.

## 5. Records

Transfer records (who boarded which turbine, at what time, in what sea state) are kept on paper
in each CTV's logbook and typed into SeaDesk by the crew on Fridays.

SeaDesk holds vessel positions from AIS and the personnel-on-board list for every farm.

## 6. Vessel Crews' Safety Committee

The committee brings together the masters and crew representatives of our charter companies
and the SOV. It is chaired by a master elected each year and meets every two months.

The committee is consulted before any change to transfer procedures, vessel schedules that
change crew working hours, or the equipment crews use at a transfer. It gives advice; it owns
no work and no budget of Havmark.

## 7. Escalation

Disagreements between the centre and a site manager go to the Chief Operating Officer the same
day.
"""

BOARD_TERMS = """
# Condition First programme board: terms of reference

Agreed 30 August 2027.

## Sponsor and chair

The Chief Operating Officer is the sponsor of Condition First and chairs the programme board.
The supervisory board delegates the programme's gate decisions and the release of its approved
budget to the chair.

## Members

Programme Manager, Condition First (secretary); Head of Asset Performance; Head of Asset
Management; Site Manager, Dutch Farms; Site Manager, Danish Farms; Marine Coordination Centre
Manager; Marine Logistics Manager; Materials Logistics Manager; Training and Competence Lead;
HSE Manager; Head of IT and OT.

## Cadence

Monthly, and at each gate. The Data and Reporting Lead presents the Kompas scorecard.

## Consultation

Before each gate the Programme Manager asks the Chair, Ondernemingsraad and the Chair, Vessel
Crews' Safety Committee for their views and records them in the gate report. Neither body is a
member, and neither takes actions from the board.
"""

SYSTEMS = """
# Systems and data register (operations)

Kept by the Head of IT and OT with each system's owner. Last review: July 2027.

| System | What it does | Owner of the data | Where |
|---|---|---|---|
| Turbine SCADA (per farm) | 10-minute and event data from each turbine | Head of Asset Performance | each farm's control room |
| Zeelog | historian for SCADA data of all four farms | Head of Asset Performance | Vlierhaven data centre |
| Ankerpunt | maintenance management (CMMS): maintenance plans, work orders, stores module | Head of Asset Management (plans, work orders); Materials Logistics Manager (stores) | cloud |
| SeaDesk | marine coordination: vessel positions, personnel on board, transfer records | Marine Coordination Centre Manager | cloud |
| Kompas | data warehouse and dashboards; the monthly operations scorecard | Data and Reporting Lead | Vlierhaven data centre |
| Certa | training records and certificate expiry for employed technicians | Training and Competence Lead | cloud |

## Condition data today

Zeewolk, Brakkebank and Skarvgrund turbines carry the manufacturer's drive-train vibration
sensors; their spectra are downloaded from the manufacturer's portal once a week.

The 47 turbines at Hvidsand Rev have no online vibration monitoring; their gearboxes are checked
by oil samples taken twice a year.

Ten-minute SCADA values are not retained beyond 13 months in Zeelog, so a fault's history from
two winters ago is gone.

## Connections

Ankerpunt and Kompas exchange work orders nightly. Zeelog feeds Kompas a daily availability
figure per farm.
"""

INDICATORS = [
    ["Indicator", "Definition", "Owner", "Baseline 2026", "Source", "Note"],
    [
        "Time-based availability",
        "Hours a turbine could generate / hours in the period, per IEC 61400-26-1, four farms",
        "Head of Asset Performance",
        "95.8%",
        "Zeelog, Kompas",
        "",
    ],
    [
        "Unplanned stops per turbine-year",
        "Stops not in a maintenance plan, per turbine per year",
        "Head of Asset Performance",
        "6.4",
        "Zeelog",
        "",
    ],
    [
        "Condition-triggered visits",
        "Maintenance visits raised from a condition finding / all maintenance visits",
        "Head of Asset Management",
        "6%",
        "Ankerpunt",
        "Condition-triggered visits are not yet flagged in Ankerpunt; the 2026 figure is a hand "
        "count of 412 work orders.",
    ],
    [
        "Transfers per completed work order",
        "Technician transfers to a turbine / work orders closed",
        "Marine Coordination Centre Manager",
        "2.3",
        "SeaDesk, Ankerpunt",
        "",
    ],
    [
        "Critical spares within 48 hours",
        "Critical spares on the quay within 48 hours of the order / critical spares ordered",
        "Materials Logistics Manager",
        "61%",
        "Ankerpunt stores",
        "",
    ],
    [
        "Drone blade inspection coverage",
        "Turbines with a drone inspection of all three blades in the year / all turbines",
        "Blade Integrity Engineer",
        "35%",
        "inspection reports",
        "",
    ],
    [
        "GWO certificates in date",
        "Technicians whose GWO certificates are all in date / all technicians",
        "Training and Competence Lead",
        "88% (January 2027)",
        "Certa",
        "",
    ],
    [
        "Marine gas oil per turbine visit",
        "Litres of marine gas oil / turbine visits",
        "Marine Logistics Manager",
        "410 litres",
        "bunker receipts",
        "The CTVs have no fuel meters that report to Kompas; fuel is read from bunker receipts "
        "once a month.",
    ],
    [
        "Roster confidence",
        "Share of technicians who agree the offshore roster lets them plan their lives",
        "HR Business Partner, Operations",
        "2027 survey",
        "staff survey",
        "",
    ],
]

WORKS_COUNCIL = """
ONDERNEMINGSRAAD HAVMARK OFFSHORE WIND OPERATIONS B.V.
How operations brings a change to the works council
Note by the HR Business Partner, Operations, 21 April 2027

The ondernemingsraad represents the employees of the Dutch company, the technicians of Zeewolk
and Brakkebank and the staff at Vlierhaven included.

The ondernemingsraad must be consulted before any change to technicians' rosters, shift
patterns or offshore rotations is decided, and its consent is required under article 27 of the
Works Councils Act (WOR).

A request for advice or consent goes to the chair in writing, with the reasons, the options
looked at and what it means for staff. The council answers within six weeks; in the summer
recess (mid-July to mid-August) the clock stops.

The Danish company has its own cooperation committee (samarbejdsudvalg), which is told of the
same changes for Skarvgrund and Hvidsand Rev staff.

The council does not run projects or own actions in them; it advises and consents.
"""

DANISH_NOTE = """
Note: working at the Danish farms (Skarvgrund and Hvidsand Rev)
From the Site Manager, Danish Farms, 3 July 2027

The Danish Energy Agency (Energistyrelsen) holds the licences of both farms and receives our
operation and maintenance plan for each farm every January.

Work on the turbines follows the Danish Working Environment Authority's rules; transfers follow
our own transfer procedure, which is the same at all four farms.

Havmark cannot fly drones beyond visual line of sight at Skarvgrund or Hvidsand Rev until the
Danish Civil Aviation and Railway Authority approves it; the application is not yet made.

CTVs for the Danish farms sail from Thyborg harbour, 38 km from Skarvgrund.
"""

VLIERHAVEN = """
# Vlierhaven port base: vessels and spares

## The base

Havmark leases quay 7 and the warehouse behind it at Vlierhaven from the port authority. The
warehouse holds main-bearing and gearbox spares, blade repair kits and consumables for all
farms. The marine coordination centre and the training centre are in the same building.

## Vessels

Six crew transfer vessels (CTVs) are chartered from two charter companies: four sail from
Vlierhaven to Zeewolk and Brakkebank, two from Thyborg to Skarvgrund and Hvidsand Rev.

The SOV Havmark Tern works Zeewolk and Brakkebank from April to October on a walk-to-work
gangway, with 40 technicians on board in two-week rotations.

The CTVs have no fuel meters that report to Kompas; fuel is read from bunker receipts once a
month.

## Spares

The Thyborg store relies on a spreadsheet kept by the harbour storeman; the Ankerpunt stores
module only covers the Vlierhaven warehouse.

Critical spares are those on the Head of Asset Management's critical list (main bearings,
pitch motors, converter modules, yaw brakes).
"""

COMPETENCE = [
    ("h", "Technician competence procedure"),
    ("p", "Havmark Offshore Wind Operations. Procedure HR-OPS-07, issue 5, May 2027."),
    ("h2", "1. Owner"),
    (
        "p",
        "The Training and Competence Lead owns this procedure, plans all technician training "
        "and runs the Vlierhaven training centre.",
    ),
    ("h2", "2. Certificates every technician needs"),
    (
        "p",
        "Every technician who goes offshore holds in-date GWO Basic Safety Training (first "
        "aid, manual handling, fire awareness, working at heights, sea survival). Technicians "
        "who lead a team also hold GWO Advanced Rescue Training. Blade technicians hold GWO "
        "Blade Repair.",
    ),
    (
        "p",
        "GWO certificates are valid for 24 months. Refresher courses are booked by the "
        "Training and Competence Lead three months before a certificate lapses.",
    ),
    ("h2", "3. Records"),
    (
        "p",
        "Certa holds each employed technician's certificates and expiry dates and sends "
        "reminders to the technician and the site manager.",
    ),
    (
        "p",
        "Certa only covers employed technicians: certificates of contractor technicians are "
        "checked by hand against WINDA at the quay each morning.",
    ),
    ("h2", "4. Training centre"),
    (
        "p",
        "The Vlierhaven training centre is GWO-accredited for Basic Safety Training "
        "refreshers and has a sea survival pool agreement with the port's fire service.",
    ),
]


def competence_docx() -> bytes:
    doc = Document()
    for kind, text in COMPETENCE:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.font.size = Pt(11)
    table_ = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table_.rows[0].cells, ["Module", "Valid for", "Who"], strict=True):
        cell.text = text
    for row in [
        ["GWO Basic Safety Training", "24 months", "every offshore technician"],
        ["GWO Advanced Rescue Training", "24 months", "team leaders"],
        ["GWO Blade Repair", "24 months", "blade technicians"],
    ]:
        cells = table_.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return ooxml_bytes(
        doc,
        STAMP,
        title="Technician competence procedure",
        author="Training and Competence Lead",
        last_modified_by="Training and Competence Lead",
        revision=5,
    )


def tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def build(root: Path) -> None:
    case = root / CASE
    write_files(
        case,
        {
            DECK: build_deck(),
            "org/people/positions.xml": positions_xml(),
            "org/governance/marine-coordination-charter.md": CHARTER,
            "org/governance/condition-first-programme-board.md": BOARD_TERMS,
            "org/systems/systems-and-data-register.md": SYSTEMS,
            "org/measures/o-and-m-indicators.tsv": tsv(INDICATORS),
            "org/context/ondernemingsraad-procedure.txt": WORKS_COUNCIL,
            "org/context/danish-farms-note.txt": DANISH_NOTE,
            "org/context/vlierhaven-base.md": VLIERHAVEN,
            "org/context/technician-competence-procedure.docx": competence_docx(),
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
