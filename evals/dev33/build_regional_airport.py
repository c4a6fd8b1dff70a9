"""Build the dev33 case ``regional-airport``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl, lxml):

    .venv/bin/python evals/dev33/build_regional_airport.py [out]

Writes, under ``evals/dev33/regional-airport/`` (or ``<out>/regional-airport/``):

- ``Gate to Gate - Board 21 September 2027.pptx``: Esterham Airport's operations and passenger
  plan for FY28 to FY30 (30 months from 1 October 2027), a 16:9 deck (12192000 x 6858000 EMU)
  as POWERPOINT FOR MAC saves one made from the company's corporate template: ``docProps/app.xml``
  naming "Microsoft Macintosh PowerPoint" 16.0000 with the slide titles, a core part with the
  author, the last editor and fixed dates, the template's renamed layouts ("EA Cover", "EA
  Title and Content", "EA Title Only", ...), a theme called "Esterham Airport 2026", title
  placeholders on every slide, PowerPoint's shape names ("Title 1", "TextBox 4", "Rounded
  Rectangle 7", "Table 9", "Diagram 3") with an ``a16:creationId`` on each, and speaker notes
  on five slides. The roadmap (slide 14) is a SMARTART process diagram (Basic Chevron
  Process): a ``p:graphicFrame`` named "Diagram N" whose ``dgm:relIds`` point at the five
  diagram parts PowerPoint writes, ``ppt/diagrams/data1.xml`` (the data model: one point per
  chevron with its text, the transitions, the presentation points and the connections),
  ``layout1.xml``, ``quickStyle1.xml``, ``colors1.xml`` and the cached drawing
  ``drawing1.xml`` (``dsp:`` shapes with the same text, which the data model names through its
  ``dsp:dataModelExt``). The chevrons carry the horizon names and no dates; the dates are in
  financial-year quarters on slide 15.
- ``org/``: the organisation chart as a Word table (``people/``), the steering group's terms,
  the consultative committee's constitution extract and the union agreement extract
  (``governance/``), the systems inventory as an Excel workbook (``systems/``), the measure
  definitions as CSV (``measures/``), the Pier C fact sheet, the assistance service note, the
  handling licences summary and an email about the CT lane quote (``context/``), the data
  retention schedule and the stand defect procedure (``policies/``).

Re-running it rewrites every file byte for byte: the PPTX, DOCX and XLSX are saved by their
libraries and rewritten with sorted ZIP entries at one fixed time, with fixed document
properties; the text files are literal strings. It never touches ``gold.json``. This is a
DEVELOPMENT case (split "dev33").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from lxml import etree
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu
from pptx.util import Pt as PPt

HERE = Path(__file__).resolve().parent
CASE = "regional-airport"
DECK = "Gate to Gate - Board 21 September 2027.pptx"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
NS_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
NS_A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
FONT = "Calibri"
NAVY = RGBColor(0x0B, 0x2A, 0x4A)
SKY = RGBColor(0x1C, 0x7C, 0xB8)
AMBER = RGBColor(0xD9, 0x8C, 0x1F)
GREY = RGBColor(0x5F, 0x6B, 0x78)
PALE = RGBColor(0xE8, 0xF1, 0xF8)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
INK = RGBColor(0x1A, 0x1F, 0x29)
FOOTER = "Esterham Airport \u00b7 Gate to Gate \u00b7 Board, 21 September 2027 \u00b7 Commercial in confidence"
TEMPLATE_LAYOUTS = {
    "Title Slide": "EA Cover",
    "Title and Content": "EA Title and Content",
    "Section Header": "EA Divider",
    "Title Only": "EA Title Only",
    "Blank": "EA Blank",
}
SLIDE_W, SLIDE_H = 12192000, 6858000


def emu(inches: float) -> Emu:
    return Emu(int(round(inches * EMU)))


def guid(*parts: object) -> str:
    """A GUID in braces, the same on every build (PowerPoint writes them upper-case)."""
    return (
        "{"
        + str(uuid.uuid5(uuid.NAMESPACE_URL, "esterham/" + "/".join(map(str, parts)))).upper()
        + "}"
    )


# =========================================================================== drawing helpers


def _style_run(run, size: float, bold: bool, italic: bool, color: RGBColor) -> None:
    run.font.size = PPt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.name = FONT
    run.font.color.rgb = color


def _bullet(paragraph, kind: str | None, size: float) -> None:
    """PowerPoint's own bullet XML on a text-box paragraph: a bullet character or an
    auto-number (whose numbers are not in the text)."""
    if kind is None:
        return
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "285750")
    ppr.set("indent", "-285750")
    font = etree.SubElement(ppr, qn("a:buFont"))
    font.set("typeface", "Arial" if kind == "bullet" else "+mj-lt")
    if kind == "bullet":
        etree.SubElement(ppr, qn("a:buChar")).set("char", "\u2022")
    else:
        etree.SubElement(ppr, qn("a:buAutoNum")).set("type", "arabicPeriod")


Line = str | tuple  # "text" or (text, {options})


def fill_frame(
    tf,
    lines: Sequence[Line],
    size: float = 14,
    *,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor = INK,
    bullet: str | None = None,
    align=None,
    after: float = 4,
) -> None:
    tf.word_wrap = True
    first = True
    for line in lines:
        opts: dict = {}
        if isinstance(line, tuple):
            line, opts = line
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        run = p.add_run()
        run.text = line
        _style_run(
            run,
            opts.get("size", size),
            opts.get("bold", bold),
            opts.get("italic", italic),
            opts.get("color", color),
        )
        _bullet(p, opts.get("bullet", bullet), opts.get("size", size))
        if align is not None:
            p.alignment = align
        p.space_after = PPt(opts.get("after", after))


def text(slide, x, y, w, h, lines: Sequence[Line], size: float = 14, **kw):
    box = slide.shapes.add_textbox(emu(x), emu(y), emu(w), emu(h))
    fill_frame(box.text_frame, lines, size, **kw)
    return box


def panel(
    slide,
    x,
    y,
    w,
    h,
    color: RGBColor,
    lines: Sequence[Line] = (),
    size: float = 12,
    shape=MSO_SHAPE.ROUNDED_RECTANGLE,
    **kw,
):
    sp = slide.shapes.add_shape(shape, emu(x), emu(y), emu(w), emu(h))
    sp.fill.solid()
    sp.fill.fore_color.rgb = color
    sp.line.fill.background()
    sp.shadow.inherit = False
    tf = sp.text_frame
    tf.vertical_anchor = MSO_ANCHOR.TOP
    tf.margin_left = tf.margin_right = emu(0.12)
    tf.margin_top = tf.margin_bottom = emu(0.08)
    if lines:
        fill_frame(tf, lines, size, **kw)
    return sp


def table(
    slide,
    x,
    y,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    size: float = 11,
    row_h: float = 0.36,
):
    frame = slide.shapes.add_table(
        len(rows), len(widths), emu(x), emu(y), emu(sum(widths)), emu(row_h * len(rows))
    )
    tab = frame.table
    for k, w in enumerate(widths):
        tab.columns[k].width = emu(w)
    for r, row in enumerate(rows):
        tab.rows[r].height = emu(row_h)
        for c, value in enumerate(row):
            cell = tab.cell(r, c)
            cell.text_frame.word_wrap = True
            para = cell.text_frame.paragraphs[0]
            run = para.add_run()
            run.text = value
            _style_run(run, size, r == 0, False, WHITE if r == 0 else INK)
            cell.margin_left = cell.margin_right = emu(0.08)
            cell.margin_top = cell.margin_bottom = emu(0.04)
    return frame


def title(slide, words: str, size: float = 28) -> None:
    ph = slide.shapes.title
    ph.left, ph.top, ph.width, ph.height = emu(0.6), emu(0.55), emu(12.1), emu(0.8)
    ph.text_frame.text = ""
    ph.text_frame.word_wrap = True
    run = ph.text_frame.paragraphs[0].add_run()
    run.text = words
    _style_run(run, size, True, False, NAVY)
    ph.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT


def frame(slide, eyebrow: str, number: int) -> None:
    """The template's furniture as the authors typed it: the section eyebrow, the footer and
    the page number, free text boxes on every content slide."""
    text(slide, 0.6, 0.25, 6.0, 0.3, [eyebrow], 10, bold=True, color=SKY)
    text(slide, 0.6, 7.0, 10.0, 0.3, [FOOTER], 8, color=GREY)
    text(slide, 12.2, 7.0, 0.6, 0.3, [str(number)], 8, color=GREY, align=PP_ALIGN.RIGHT)


def body(slide, lines: Sequence[Line], x=0.6, y=1.55, w=7.4, h=4.6, size: float = 16) -> None:
    """The layout's content placeholder (bullets come from the master)."""
    ph = slide.placeholders[1]
    ph.left, ph.top, ph.width, ph.height = emu(x), emu(y), emu(w), emu(h)
    fill_frame(ph.text_frame, lines, size, after=8)


# =========================================================================== the slides


def s01(s) -> None:
    panel(s, 0, 0, 13.333, 7.5, NAVY, shape=MSO_SHAPE.RECTANGLE)
    ph = s.shapes.title
    ph.left, ph.top, ph.width, ph.height = emu(0.8), emu(2.2), emu(11.5), emu(1.3)
    run = ph.text_frame.paragraphs[0].add_run()
    run.text = "Gate to Gate"
    _style_run(run, 54, True, False, WHITE)
    ph.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = emu(0.8), emu(3.5), emu(11.5), emu(0.7)
    fill_frame(
        sub.text_frame,
        ["Operations and passenger plan, FY28 to FY30"],
        24,
        color=WHITE,
        align=PP_ALIGN.LEFT,
    )
    text(s, 0.8, 0.7, 6.0, 0.4, ["ESTERHAM AIRPORT"], 14, bold=True, color=AMBER)
    text(
        s,
        0.8,
        5.2,
        11.0,
        0.9,
        [
            "Board of Directors \u00b7 21 September 2027",
            "Presented by the Chief Operating Officer",
        ],
        14,
        color=WHITE,
    )


def s02(s) -> None:
    frame(s, "AGENDA", 2)
    title(s, "What this paper covers")
    text(
        s,
        0.6,
        1.6,
        7.5,
        4.8,
        [
            "Where we are today",
            "What we are aiming for",
            "Who the plan is for",
            "Five pillars",
            "The pilot",
            "How we will know",
            "Roadmap, timing and gates",
            "Risks and the first 90 days",
            "Partners, governance and the decisions we ask for",
        ],
        18,
        bullet="number",
        after=6,
    )


def s03(s) -> None:
    frame(s, "CONTEXT", 3)
    title(s, "Where we are today")
    text(
        s,
        0.6,
        1.55,
        6.6,
        3.6,
        [
            "Summer mornings are the pinch point: 42% of our departing passengers fly between "
            "06:00 and 09:00 from May to September.",
            "Handlers still tell us about a broken air bridge or ground power unit by writing it "
            "in a book.",
            "Passengers who need assistance wait longest when they are dropped at the forecourt, "
            "180 metres from the assistance point.",
            "Shops and bars tell us what they sold a month after they sold it.",
        ],
        15,
        bullet="bullet",
        after=10,
    )
    tiles = [
        ("4.6m", "passengers in FY27, seven in ten of them on leisure trips"),
        ("31%", "of departing passengers queued more than 10 minutes at security in August 2026"),
        ("68%", "of flights left on time in FY27"),
        ("6.1", "bags in every 1,000 mishandled in FY27"),
    ]
    for k, (big, label) in enumerate(tiles):
        x = 7.6 + (k % 2) * 2.7
        y = 1.6 + (k // 2) * 1.8
        panel(
            s,
            x,
            y,
            2.5,
            1.6,
            PALE,
            [(big, {"size": 30, "bold": True, "color": NAVY}), (label, {"size": 11})],
        )
    text(
        s,
        0.6,
        5.5,
        12.0,
        1.2,
        [
            "In 2019 we handled a record 5.2 million passengers.",
            "Dunmarsh Airport now screens 90% of its passengers in under 10 minutes.",
            "Our planning permission limits night flights to 2,600 a year.",
        ],
        11,
        italic=True,
        color=GREY,
        after=2,
    )


def s04(s) -> None:
    frame(s, "AMBITION", 4)
    title(s, "Our north star and four goals")
    panel(
        s,
        0.6,
        1.55,
        12.1,
        1.3,
        NAVY,
        [
            (
                "Every passenger through Esterham on time, with their bags, and glad they came back.",
                {"size": 24, "bold": True, "color": WHITE},
            ),
        ],
    )
    text(
        s,
        0.6,
        3.2,
        12.1,
        3.2,
        [
            "Be the easiest airport in the North of England to travel through.",
            "95% of departing passengers through security in under 10 minutes by March 2030.",
            "80% of departures off stand on time by summer 2029.",
            "Halve mishandled bags by the end of FY29.",
        ],
        18,
        bullet="number",
        after=10,
    )


def s05(s) -> None:
    frame(s, "FOCUS", 5)
    title(s, "Who this plan is for")
    cards = [
        (
            "Families on the early-morning departure wave",
            "06:00 to 09:00 departures from May to September: big bags, children, the first flight "
            "of the day.",
        ),
        (
            "Passengers who need assistance",
            "3,900 pre-booked assistance requests a month in summer, met at the drop-off zone, the "
            "car parks or the check-in hall.",
        ),
        (
            "An aircraft turning round on a pier stand",
            "The 35 to 50 minutes between on-blocks and off-blocks, shared by the airline, the "
            "handler, fuel, catering and us.",
        ),
        (
            "Passengers arriving by car",
            "Drop-off, the short-stay and mid-stay car parks and the shuttle: 58% of our "
            "passengers come by car.",
        ),
    ]
    for k, (head, line) in enumerate(cards):
        x = 0.6 + (k % 2) * 4.1
        y = 1.55 + (k // 2) * 2.35
        panel(
            s,
            x,
            y,
            3.9,
            2.15,
            PALE,
            [(head, {"size": 15, "bold": True, "color": NAVY}), (line, {"size": 12})],
        )
    panel(
        s,
        9.0,
        1.55,
        3.7,
        4.5,
        WHITE,
        [
            ("Not in this plan", {"size": 14, "bold": True, "color": NAVY}),
            ("Esterham Cargo and the freight apron", {"bullet": "bullet", "size": 12}),
            ("General aviation and the flying club", {"bullet": "bullet", "size": 12}),
            ("The business aviation terminal", {"bullet": "bullet", "size": 12}),
            ("Passport control, which Border Force runs", {"bullet": "bullet", "size": 12}),
            (
                "The rail shuttle to Esterham Central, which the county council runs",
                {"bullet": "bullet", "size": 12},
            ),
        ],
        12,
    )


PILLARS = [
    ("1", "Through security", "Lead: Head of Security"),
    ("2", "Turnarounds on time", "Lead: Head of Airside Operations"),
    ("3", "Bags that arrive", "Lead: Baggage Operations Manager"),
    ("4", "Help from kerb to gate", "Lead: Passenger Services Manager"),
    ("5", "Income that pays for it", "Lead: Head of Property and Retail"),
]


def s06(s) -> None:
    frame(s, "STRATEGY", 6)
    title(s, "Five pillars")
    for k, (num, name, lead) in enumerate(PILLARS):
        x = 0.6 + k * 2.45
        panel(
            s,
            x,
            1.8,
            2.3,
            3.2,
            NAVY if k % 2 == 0 else SKY,
            [
                (f"Pillar {num}", {"size": 12, "color": AMBER, "bold": True}),
                (name, {"size": 18, "bold": True, "color": WHITE}),
                (lead, {"size": 11, "color": WHITE}),
            ],
        )
    text(
        s,
        0.6,
        5.4,
        12.0,
        0.8,
        [
            "Each pillar has one lead on the Steering Group; the pillar slides that follow list "
            "what each will do."
        ],
        13,
        color=GREY,
    )


def pillar(
    s, number: int, eyebrow: str, heading: str, goals: Sequence[str], work: Sequence[str], lead: str
) -> None:
    frame(s, eyebrow, number)
    title(s, heading)
    body(s, list(work), size=15)
    panel(
        s, 8.4, 1.6, 4.3, 2.6, PALE, [(g, {"size": 15, "bold": True, "color": NAVY}) for g in goals]
    )
    text(s, 8.4, 4.5, 4.3, 0.8, [lead], 12, italic=True, color=GREY)


def s07(s) -> None:
    pillar(
        s,
        7,
        "PILLAR 1",
        "Through security",
        [
            "Goal: 95% of departing passengers through security in under 10 minutes by March 2030",
        ],
        [
            "Replace lanes 3 to 6 in the Main Security Hall with four CT lanes, so liquids and "
            "laptops stay in bags",
            "Certify 120 security officers on the CT lanes before they open",
            "Roster security officers to the forecast show-up profile, hour by hour, from the "
            "summer 2028 season",
            "Publish live security queue times on the website and the departures screens",
        ],
        "Lead: Head of Security, with the Security Systems Manager",
    )


def s08(s) -> None:
    pillar(
        s,
        8,
        "PILLAR 2",
        "Turnarounds on time",
        [
            "Goal: 80% of departures off stand within 15 minutes of schedule by summer 2029",
        ],
        [
            "Record every turnaround milestone in Wayline, from on-blocks to off-blocks",
            "Agree a turnaround standard with both ground handlers and write it into their "
            "licences when they renew",
            "Report each handler's turnaround times against the same month last year",
            "Log stand equipment faults straight into Plinth from the apron",
        ],
        "Lead: Head of Airside Operations",
    )


def s09(s) -> None:
    pillar(
        s,
        9,
        "PILLAR 3",
        "Bags that arrive",
        [
            "Goal: halve mishandled bags to 3.5 per 1,000 departing passengers by the end of FY29",
        ],
        [
            "Upgrade the sortation controls in Baggage Hall 1, so a bag whose tag is not read "
            "goes to the manual coding desk once, not three times",
            "Share mishandled-bag figures with each handler every week",
            "Move the late-bag drop from check-in zone C to the baggage hall door",
        ],
        "Lead: Baggage Operations Manager",
    )


def s10(s) -> None:
    pillar(
        s,
        10,
        "PILLAR 4",
        "Help from kerb to gate",
        [
            "Goal: 98% of pre-booked assistance passengers met within 10 minutes by Q4 FY29",
        ],
        [
            "Move assistance bookings from the provider's spreadsheet into Wayline, so the "
            "assistance team sees each flight's bookings",
            "Put assistance call points at the drop-off zone and both car park shuttle stops",
            "Add quiet-route signs from the check-in hall to the gate rooms",
        ],
        "Lead: Passenger Services Manager",
    )


def s11(s) -> None:
    pillar(
        s,
        11,
        "PILLAR 5",
        "Income that pays for it",
        [
            "Aim: grow what each passenger spends with us",
            "Goal: \u00a312.80 of non-aeronautical income per passenger in FY30",
        ],
        [
            "Move the drop-off zone into the short-stay car park, level 0, with a free first "
            "10 minutes",
            "Relaunch pre-booked parking with prices that move with demand",
            "Collect concession sales daily through a till feed into Stratum, instead of "
            "monthly returns",
        ],
        "Lead: Head of Property and Retail, with the Car Parks and Ground Transport Manager",
    )


def s12(s) -> None:
    frame(s, "PILOT", 12)
    title(s, "Pier C first")
    panel(
        s,
        0.6,
        1.55,
        12.1,
        1.25,
        NAVY,
        [
            (
                "From 26 March 2028, the first day of the summer 2028 season, we run the whole plan "
                "for turnarounds and boarding on Pier C, the eight-gate south pier (gates 30 to 37), "
                "before we touch Piers A and B.",
                {"size": 16, "bold": True, "color": WHITE},
            ),
        ],
    )
    text(
        s,
        0.6,
        3.0,
        6.2,
        3.5,
        [
            ("What we will do there", {"bold": True, "color": NAVY, "size": 15}),
            (
                "Fit tablets for both handlers' turnaround coordinators on the eight stands",
                {"bullet": "number"},
            ),
            ("Trial self-boarding gates at gate rooms 31 to 34", {"bullet": "number"}),
            (
                "Hold a turnaround review with each airline's station manager every Monday",
                {"bullet": "number"},
            ),
            ("Report to the Steering Group every month of the season", {"bullet": "number"}),
        ],
        14,
        after=8,
    )
    text(
        s,
        7.2,
        3.0,
        5.5,
        3.5,
        [
            ("Why here", {"bold": True, "color": NAVY, "size": 15}),
            (
                "Two airlines, both handlers and 19 departures a day in summer.",
                {"bullet": "bullet"},
            ),
            (
                "No air bridges to work around: passengers walk out to the aircraft.",
                {"bullet": "bullet"},
            ),
            (
                "The pilot runs for the whole summer 2028 season: 26 March to 28 October 2028, "
                "31 weeks.",
                {"bullet": "bullet"},
            ),
        ],
        14,
        after=8,
    )


KPI_ROWS = [
    ["Measure", "FY27 baseline", "Target", "By when"],
    ["Departing passengers through security in under 10 minutes", "71%", "95%", "Q4 FY30"],
    ["Departures off stand within 15 minutes of schedule", "68%", "80%", "Summer 2029 season"],
    ["Bags mishandled per 1,000 departing passengers", "6.1", "3.5", "FY29"],
    ["Pre-booked assistance passengers met within 10 minutes", "82%", "98%", "Q4 FY29"],
    ["Stand equipment faults fixed within 4 hours", "58%", "90%", "Q2 FY30"],
    ["Non-aeronautical income per passenger", "\u00a311.20", "\u00a312.80", "FY30"],
    ["Car park income booked online in advance", "44%", "65%", "FY30"],
    [
        "Passengers rating their visit good or excellent",
        "79%",
        "Higher",
        "To be set after the first full year of the new survey",
    ],
]


def s13(s) -> None:
    frame(s, "MEASURES", 13)
    title(s, "How we will know")
    table(s, 0.6, 1.55, [5.6, 1.7, 1.5, 3.3], KPI_ROWS, 12, row_h=0.5)
    text(
        s,
        0.6,
        6.3,
        12.0,
        0.5,
        ["Baselines are for FY27, April 2026 to March 2027."],
        11,
        italic=True,
        color=GREY,
    )


# the SmartArt chevrons: (first line, second line); the model ids are fixed GUIDs
CHEVRONS = [
    ("Horizon 1", "Fix the basics"),
    ("Horizon 2", "Prove it on Pier C"),
    ("Horizon 3", "Roll out across the terminal"),
    ("Beyond", "Pier D and the terminal extension"),
]
DIAGRAM_RIDS = {"dm": "rId90", "lo": "rId91", "qs": "rId92", "cs": "rId93", "dsp": "rId94"}
DIAGRAM_BOX = (0.6, 2.0, 12.1, 2.6)  # inches: x, y, w, h of the graphic frame


def s14(s) -> None:
    frame(s, "ROADMAP", 14)
    title(s, "Roadmap: three horizons")
    x, y, w, h = DIAGRAM_BOX
    sid = max(int(el.get("id")) for el in s.shapes._spTree.iter(qn("p:cNvPr"))) + 1
    xml = (
        f'<p:graphicFrame xmlns:p="{NS_P}" xmlns:a="{NS_A}" xmlns:r="{NS_R}">'
        f'<p:nvGraphicFramePr><p:cNvPr id="{sid}" name="Diagram {sid - 1}"/>'
        f"<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>"
        f'<p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></p:xfrm>'
        f'<a:graphic><a:graphicData uri="{NS_DGM}"><dgm:relIds xmlns:dgm="{NS_DGM}" '
        f'r:dm="{DIAGRAM_RIDS["dm"]}" r:lo="{DIAGRAM_RIDS["lo"]}" r:qs="{DIAGRAM_RIDS["qs"]}" '
        f'r:cs="{DIAGRAM_RIDS["cs"]}"/></a:graphicData></a:graphic></p:graphicFrame>'
    )
    s.shapes._spTree.append(etree.fromstring(xml))
    text(
        s,
        0.6,
        1.45,
        12.0,
        0.5,
        [
            "Each horizon hands over to the next at a Steering Group review; the timing is on the "
            "next slide."
        ],
        14,
        color=GREY,
    )
    text(
        s,
        0.6,
        5.0,
        12.0,
        1.4,
        [
            ("Gates", {"bold": True, "color": NAVY}),
            "Gate 1 closes Horizon 1. Gate 2 is the Pier C go/no-go. Gate 3 closes the plan.",
        ],
        13,
        after=4,
    )


WORKSTREAMS = [
    ["Workstream", "From", "To"],
    ["Security lanes and rosters", "Q3 FY28", "Q2 FY30"],
    ["Turnarounds and stands", "Q4 FY28", "Q4 FY30"],
    ["Baggage controls", "Q1 FY29", "Q3 FY30"],
    ["Assistance", "Q3 FY28", "Q4 FY29"],
    ["Car parks and retail", "Q2 FY29", "Q4 FY30"],
]


def s15(s) -> None:
    frame(s, "TIMING", 15)
    title(s, "When each horizon runs")
    text(
        s,
        0.6,
        1.5,
        12.1,
        1.2,
        [
            "Our financial year runs from 1 April to 31 March and takes the name of the year in "
            "which it ends: FY28 is April 2027 to March 2028.",
            "This plan runs for 30 months, from 1 October 2027 to 31 March 2030.",
        ],
        15,
        after=6,
    )
    table(
        s,
        0.6,
        2.9,
        [2.2, 3.2],
        [
            ["Horizon", "Quarters"],
            ["Horizon 1", "Q3 and Q4 FY28"],
            ["Horizon 2", "Q1 to Q4 FY29"],
            ["Horizon 3", "Q1 to Q4 FY30"],
            ["Beyond", "FY31 onwards"],
        ],
        13,
        row_h=0.45,
    )
    text(s, 6.6, 2.5, 6.0, 0.4, ["Workstreams run across the horizons"], 13, bold=True, color=NAVY)
    table(s, 6.6, 2.9, [3.0, 1.5, 1.5], WORKSTREAMS, 12, row_h=0.42)
    text(
        s,
        0.6,
        5.6,
        12.1,
        0.9,
        [
            "Pier C runs through the summer 2028 season; the ground handling licences renew on "
            "1 November 2028.",
        ],
        12,
        italic=True,
        color=GREY,
    )


def s16(s) -> None:
    frame(s, "GATES", 16)
    title(s, "Three gates")
    gates = [
        (
            "Gate 1 \u00b7 End of Horizon 1, March 2028",
            [
                "Security queue baseline published from QueueSense",
                "CT lane order placed",
                "Wi-Fi and tablets working on all eight Pier C stands",
                "Unite consultation on the new security rosters closed",
            ],
        ),
        (
            "Gate 2 \u00b7 Pier C go/no-go",
            [
                "Turnaround milestones recorded in Wayline for 95% of Pier C departures for eight "
                "weeks running",
                "Four CT lanes in passenger service in the Main Security Hall",
                "Self-boarding gates used by 60% of passengers at gate rooms 31 to 34",
                "Evidence to the Steering Group meeting of 9 November 2028, which decides whether "
                "Pier C's way of working goes to Piers A and B",
            ],
        ),
        (
            "Gate 3 \u00b7 Close-out, March 2030",
            [
                "Every measure on the measures slide reported from Stratum for FY30",
                "Lessons and the Beyond list handed to the next business plan",
            ],
        ),
    ]
    for k, (head, criteria) in enumerate(gates):
        x = 0.6 + k * 4.1
        panel(s, x, 1.55, 3.9, 0.6, NAVY, [(head, {"size": 13, "bold": True, "color": WHITE})])
        text(s, x, 2.25, 3.9, 4.3, list(criteria), 12, bullet="bullet", after=6)


RISK_ROWS = [
    ["Risk", "Likelihood", "Impact", "What we will do"],
    [
        "CT lanes arrive after the summer 2028 season",
        "Medium",
        "High",
        "Place the CT lane order by 15 December 2027, allowing for the supplier's 40-week lead "
        "time",
    ],
    [
        "Handlers decline to record milestones before their licences renew",
        "Medium",
        "High",
        "Sign a pilot agreement with Skyway Handling and Corrie Aviation for Pier C; the "
        "standard goes into both licences from 1 November 2028",
    ],
    [
        "Sortation controls work stalls while the baggage systems post is empty",
        "High",
        "Medium",
        "Hire a baggage controls engineer on a 12-month contract while we recruit",
    ],
    [
        "Local residents object to the drop-off move",
        "Medium",
        "Medium",
        "Take the drop-off plan to the Airport Consultative Committee before anything changes "
        "on the forecourt",
    ],
    [
        "Security officers reject the new rosters",
        "Low",
        "High",
        "Open the consultation in October 2027 so it closes before the summer 2028 rosters are "
        "published",
    ],
]


def s17(s) -> None:
    frame(s, "RISKS", 17)
    title(s, "Risks and what we will do about them")
    table(s, 0.6, 1.55, [4.0, 1.3, 1.1, 5.7], RISK_ROWS, 12, row_h=0.8)


def s18(s) -> None:
    frame(s, "FIRST 90 DAYS", 18)
    title(s, "Pushback: our first 90 days")
    text(s, 0.6, 1.45, 12.0, 0.5, ["Done by 31 December 2027"], 14, bold=True, color=AMBER)
    text(
        s,
        0.6,
        2.0,
        12.1,
        4.8,
        [
            "Publish the security queue baseline from the QueueSense feed (Data & Insight)",
            "Survey Wi-Fi coverage on the Pier C stands and order the access points (Head of IT)",
            "Clean the stand asset register in Plinth: 212 items on 34 stands (Engineering)",
            "Open the 60-day consultation with Unite on the new security rosters (Head of People)",
            "Agree the turnaround milestones and what each one means with both handlers "
            "(Airside Standards)",
            "Sign the CT lane order with Scanmere (Security Systems)",
            "Keep the Wayline turnaround history in Stratum from now on, before the 90-day purge "
            "takes it (Data & Insight)",
            "Brief the Airport Consultative Committee on the drop-off move (Car Parks)",
        ],
        15,
        bullet="number",
        after=7,
    )


def s19(s) -> None:
    frame(s, "PARTNERS", 19)
    title(s, "The partners we need")
    table(
        s,
        0.6,
        1.55,
        [3.4, 4.2, 4.5],
        [
            ["Partner", "What they do here", "What changes for them"],
            [
                "Skyway Handling and Corrie Aviation",
                "Ground handling for all our airlines",
                "Turnaround milestones on tablets on Pier C from March 2028",
            ],
            [
                "Our airlines",
                "Fly from Esterham; station managers on site",
                "A weekly turnaround review on Pier C",
            ],
            [
                "Ablecare",
                "Runs the assistance service under contract to us",
                "Bookings seen by our duty managers in Wayline",
            ],
            [
                "Concessionaires (14 shops, bars and restaurants)",
                "Trade in the terminal",
                "A daily till feed in place of the monthly return",
            ],
            ["Border Force", "Passport control on arrival", "No change; outside this plan"],
        ],
        12,
        row_h=0.6,
    )


def s20(s) -> None:
    frame(s, "GOVERNANCE", 20)
    title(s, "How we will run it")
    text(
        s,
        0.6,
        1.6,
        12.1,
        4.8,
        [
            "The Chief Operating Officer is executive sponsor and chairs the Gate to Gate "
            "Steering Group.",
            "The Steering Group meets monthly, takes the go/no-go at each gate and can move money "
            "between pillars within the approved budget.",
            "The Programme Manager runs a weekly delivery meeting with the pillar leads.",
            "The Board receives a quarterly report and approves any change to the total budget.",
            "We consult the Airport Consultative Committee, the Airline Operators Committee and "
            "Unite; they advise, they do not lead work.",
        ],
        16,
        bullet="bullet",
        after=10,
    )


def s21(s) -> None:
    frame(s, "DECISIONS", 21)
    title(s, "What we ask of the Board today")
    text(
        s,
        0.6,
        1.6,
        12.1,
        3.0,
        [
            "Approve Gate to Gate and its 30-month plan.",
            "Approve \u00a314.6m of capital and \u00a32.1m of operating cost over FY28 to FY30.",
            "Delegate the go/no-go at each gate to the Chief Operating Officer as executive "
            "sponsor.",
        ],
        18,
        bullet="number",
        after=12,
    )
    table(
        s,
        0.6,
        4.2,
        [6.0, 2.0],
        [
            ["Capital by pillar", "\u00a3m"],
            ["Through security (four CT lanes)", "9.8"],
            ["Turnarounds on time (Pier C tablets, Wi-Fi, self-boarding)", "1.9"],
            ["Bags that arrive (sortation controls)", "1.6"],
            ["Help from kerb to gate and income (drop-off, call points)", "1.3"],
        ],
        12,
        row_h=0.4,
    )


def s22(s) -> None:
    frame(s, "LATER", 22)
    title(s, "Beyond FY30")
    text(
        s,
        0.6,
        1.6,
        12.1,
        3.5,
        [
            "Pier D, four more stands, once passenger numbers pass 6 million a year",
            "A terminal extension on the east side",
            "Replacing the hold baggage screening machines when their support ends in 2032",
            "Renewing the car park management contract in 2031",
        ],
        16,
        bullet="bullet",
        after=10,
    )
    text(
        s,
        0.6,
        5.4,
        12.1,
        0.6,
        ["Nothing on this slide is in the budget we ask for today."],
        14,
        italic=True,
        color=GREY,
    )


@dataclass(frozen=True)
class SlideSpec:
    make: Callable
    layout: str
    notes: str = ""


SLIDES = [
    SlideSpec(s01, "EA Cover"),
    SlideSpec(s02, "EA Title Only"),
    SlideSpec(
        s03,
        "EA Title Only",
        "Queue figures come from the QueueSense feed for the Main Security Hall.\n"
        "The 2019 record is there for scale; it is not a target of this plan.",
    ),
    SlideSpec(s04, "EA Title Only"),
    SlideSpec(s05, "EA Title Only"),
    SlideSpec(s06, "EA Title Only"),
    SlideSpec(s07, "EA Title and Content"),
    SlideSpec(s08, "EA Title and Content"),
    SlideSpec(s09, "EA Title and Content"),
    SlideSpec(s10, "EA Title and Content"),
    SlideSpec(s11, "EA Title and Content"),
    SlideSpec(s12, "EA Title Only"),
    SlideSpec(
        s13,
        "EA Title Only",
        "The passenger survey moves to a new supplier in FY28, so the satisfaction target waits "
        "for its first full year.",
    ),
    SlideSpec(
        s14,
        "EA Title Only",
        "The Beyond chevron shows the Board where this leads; nothing in it is funded by this "
        "plan.",
    ),
    SlideSpec(
        s15,
        "EA Title Only",
        "Horizon 2 is the longest because the summer season and the licence renewal both fall "
        "inside it.\n"
        "The workstream dates overlap the horizons on purpose: security work starts at once and "
        "finishes in FY30.",
    ),
    SlideSpec(s16, "EA Title Only"),
    SlideSpec(s17, "EA Title Only"),
    SlideSpec(
        s18,
        "EA Title Only",
        "Each lead reports to the Programme Manager every Friday; the Steering Group sees the "
        "whole list in January.",
    ),
    SlideSpec(s19, "EA Title Only"),
    SlideSpec(s20, "EA Title Only"),
    SlideSpec(s21, "EA Title Only"),
    SlideSpec(s22, "EA Title Only"),
]
SMARTART_SLIDE = 14


# =========================================================================== the SmartArt parts


def _node_ids(k: int) -> dict[str, str]:
    return {
        key: guid("dgm", k, key)
        for key in (
            "node",
            "par",
            "sib",
            "cxn",
            "pres",
            "space",
            "presOf",
            "presParOf",
            "spaceParOf",
        )
    }


DOC_ID = guid("dgm", "doc")
DOC_PRES = guid("dgm", "doc", "pres")
LAYOUT_URN = "urn:microsoft.com/office/officeart/2005/8/layout/chevron1"
STYLE_URN = "urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"
COLORS_URN = "urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _dgm_text(first: str, second: str) -> str:
    return (
        "<dgm:t><a:bodyPr/><a:lstStyle/>"
        f'<a:p><a:r><a:rPr lang="en-GB" b="1" dirty="0"/><a:t>{escape(first)}</a:t></a:r></a:p>'
        f'<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>{escape(second)}</a:t></a:r></a:p>'
        "</dgm:t>"
    )


EMPTY_T = '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t>'


def diagram_data() -> str:
    pts = [
        f'<dgm:pt modelId="{DOC_ID}" type="doc"><dgm:prSet loTypeId="{LAYOUT_URN}" '
        f'loCatId="process" qsTypeId="{STYLE_URN}" qsCatId="simple" csTypeId="{COLORS_URN}" '
        f'csCatId="accent1" phldr="0"/><dgm:spPr/>{EMPTY_T}</dgm:pt>'
    ]
    cxns = []
    n = len(CHEVRONS)
    for k, (first, second) in enumerate(CHEVRONS):
        ids = _node_ids(k)
        pts.append(
            f'<dgm:pt modelId="{ids["node"]}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>'
            f"{_dgm_text(first, second)}</dgm:pt>"
        )
        pts.append(
            f'<dgm:pt modelId="{ids["par"]}" type="parTrans" cxnId="{ids["cxn"]}"><dgm:prSet/>'
            f"<dgm:spPr/>{EMPTY_T}</dgm:pt>"
        )
        pts.append(
            f'<dgm:pt modelId="{ids["sib"]}" type="sibTrans" cxnId="{ids["cxn"]}"><dgm:prSet/>'
            f"<dgm:spPr/>{EMPTY_T}</dgm:pt>"
        )
        cxns.append(
            f'<dgm:cxn modelId="{ids["cxn"]}" srcId="{DOC_ID}" destId="{ids["node"]}" '
            f'srcOrd="{k}" destOrd="0" parTransId="{ids["par"]}" sibTransId="{ids["sib"]}"/>'
        )
    pts.append(
        f'<dgm:pt modelId="{DOC_PRES}" type="pres"><dgm:prSet presAssocID="{DOC_ID}" '
        f'presName="Name0" presStyleCnt="0"><dgm:presLayoutVars><dgm:dir/>'
        f'<dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/></dgm:presLayoutVars>'
        f"</dgm:prSet><dgm:spPr/></dgm:pt>"
    )
    for k in range(n):
        ids = _node_ids(k)
        pts.append(
            f'<dgm:pt modelId="{ids["pres"]}" type="pres"><dgm:prSet presAssocID="{ids["node"]}" '
            f'presName="parTxOnly" presStyleLbl="node1" presStyleIdx="{k}" presStyleCnt="{n}">'
            f'<dgm:presLayoutVars><dgm:chMax val="0"/><dgm:chPref val="0"/>'
            f'<dgm:bulletEnabled val="1"/></dgm:presLayoutVars></dgm:prSet><dgm:spPr/></dgm:pt>'
        )
        cxns.append(
            f'<dgm:cxn modelId="{ids["presOf"]}" type="presOf" srcId="{ids["node"]}" '
            f'destId="{ids["pres"]}" srcOrd="0" destOrd="0" presId="{LAYOUT_URN}"/>'
        )
        cxns.append(
            f'<dgm:cxn modelId="{ids["presParOf"]}" type="presParOf" srcId="{DOC_PRES}" '
            f'destId="{ids["pres"]}" srcOrd="{2 * k}" destOrd="0" presId="{LAYOUT_URN}"/>'
        )
        if k < n - 1:
            pts.append(
                f'<dgm:pt modelId="{ids["space"]}" type="pres"><dgm:prSet '
                f'presAssocID="{ids["sib"]}" presName="parTxOnlySpace" presStyleCnt="0"/>'
                f"<dgm:spPr/></dgm:pt>"
            )
            cxns.append(
                f'<dgm:cxn modelId="{ids["spaceParOf"]}" type="presParOf" srcId="{DOC_PRES}" '
                f'destId="{ids["space"]}" srcOrd="{2 * k + 1}" destOrd="0" presId="{LAYOUT_URN}"/>'
            )
    return (
        XML_HEAD
        + f'<dgm:dataModel xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}">'
        + "<dgm:ptLst>"
        + "".join(pts)
        + "</dgm:ptLst>"
        + "<dgm:cxnLst>"
        + "".join(cxns)
        + "</dgm:cxnLst>"
        + "<dgm:bg/><dgm:whole/>"
        + '<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
        + f'<dsp:dataModelExt xmlns:dsp="{NS_DSP}" relId="{DIAGRAM_RIDS["dsp"]}" '
        + f'minVer="{NS_DGM}"/></a:ext></dgm:extLst></dgm:dataModel>'
    )


def diagram_drawing() -> str:
    _, _, w, h = DIAGRAM_BOX
    n = len(CHEVRONS)
    gap = 0.1
    cw = (w + (n - 1) * 0.45 - (n - 1) * gap) / n  # chevrons overlap by their point
    ch = min(h, 1.5)
    y = (h - ch) / 2
    shapes = []
    for k, (first, second) in enumerate(CHEVRONS):
        ids = _node_ids(k)
        x = k * (cw - 0.45 + gap)
        accent = "accent2" if first == "Beyond" else "accent1"
        shapes.append(
            f'<dsp:sp modelId="{ids["pres"]}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/>'
            f"<dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr>"
            f'<a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(cw)}" cy="{emu(ch)}"/>'
            f'</a:xfrm><a:prstGeom prst="chevron"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:schemeClr val="{accent}"><a:hueOff val="0"/><a:satOff val="0"/>'
            f'<a:lumOff val="0"/><a:alphaOff val="0"/></a:schemeClr></a:solidFill>'
            f'<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
            f'<a:schemeClr val="lt1"><a:hueOff val="0"/><a:satOff val="0"/><a:lumOff val="0"/>'
            f'<a:alphaOff val="0"/></a:schemeClr></a:solidFill><a:prstDash val="solid"/>'
            f'<a:miter lim="800000"/></a:ln><a:effectLst/></dsp:spPr>'
            f'<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
            f'<a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
            f'<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
            f'<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style>'
            f'<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" '
            f'lIns="76200" tIns="25400" rIns="25400" bIns="25400" numCol="1" spcCol="1270" '
            f'anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
            f'<a:p><a:pPr marL="0" lvl="0" indent="0" algn="ctr" defTabSz="889000">'
            f'<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef>'
            f'<a:spcAft><a:spcPct val="35000"/></a:spcAft><a:buNone/></a:pPr>'
            f'<a:r><a:rPr lang="en-GB" sz="2000" b="1" kern="1200" dirty="0"/>'
            f"<a:t>{escape(first)}</a:t></a:r></a:p>"
            f'<a:p><a:pPr marL="0" lvl="0" indent="0" algn="ctr" defTabSz="889000">'
            f'<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef>'
            f'<a:spcAft><a:spcPct val="35000"/></a:spcAft><a:buNone/></a:pPr>'
            f'<a:r><a:rPr lang="en-GB" sz="1400" kern="1200" dirty="0"/>'
            f"<a:t>{escape(second)}</a:t></a:r></a:p></dsp:txBody>"
            f'<dsp:txXfrm><a:off x="{emu(x + 0.45)}" y="{emu(y)}"/>'
            f'<a:ext cx="{emu(cw - 0.9)}" cy="{emu(ch)}"/></dsp:txXfrm></dsp:sp>'
        )
    return (
        XML_HEAD
        + f'<dsp:drawing xmlns:dgm="{NS_DGM}" xmlns:dsp="{NS_DSP}" xmlns:a="{NS_A}">'
        + '<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/>'
        + "</dsp:nvGrpSpPr><dsp:grpSpPr/>"
        + "".join(shapes)
        + "</dsp:spTree></dsp:drawing>"
    )


def diagram_layout() -> str:
    """The Basic Chevron Process layout definition, as PowerPoint copies it into the file."""
    return XML_HEAD + (
        f'<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="{LAYOUT_URN}">'
        '<dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="process" pri="12000"/>'
        "</dgm:catLst><dgm:sampData><dgm:dataModel><dgm:ptLst>"
        '<dgm:pt modelId="0" type="doc"/><dgm:pt modelId="1"><dgm:prSet phldr="1"/></dgm:pt>'
        '<dgm:pt modelId="2"><dgm:prSet phldr="1"/></dgm:pt>'
        '<dgm:pt modelId="3"><dgm:prSet phldr="1"/></dgm:pt></dgm:ptLst><dgm:cxnLst>'
        '<dgm:cxn modelId="4" srcId="0" destId="1" srcOrd="0" destOrd="0"/>'
        '<dgm:cxn modelId="5" srcId="0" destId="2" srcOrd="1" destOrd="0"/>'
        '<dgm:cxn modelId="6" srcId="0" destId="3" srcOrd="2" destOrd="0"/></dgm:cxnLst>'
        "<dgm:bg/><dgm:whole/></dgm:dataModel></dgm:sampData>"
        "<dgm:styleData><dgm:dataModel><dgm:ptLst>"
        '<dgm:pt modelId="0" type="doc"/><dgm:pt modelId="1"/><dgm:pt modelId="2"/>'
        "</dgm:ptLst><dgm:cxnLst>"
        '<dgm:cxn modelId="3" srcId="0" destId="1" srcOrd="0" destOrd="0"/>'
        '<dgm:cxn modelId="4" srcId="0" destId="2" srcOrd="1" destOrd="0"/>'
        "</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel></dgm:styleData>"
        '<dgm:layoutNode name="Name0"><dgm:varLst><dgm:dir/><dgm:animLvl val="lvl"/>'
        '<dgm:resizeHandles val="exact"/></dgm:varLst>'
        '<dgm:choose name="Name1"><dgm:if name="Name2" func="var" arg="dir" op="equ" '
        'val="norm"><dgm:alg type="lin"/></dgm:if><dgm:else name="Name3"><dgm:alg type="lin">'
        '<dgm:param type="linDir" val="fromR"/></dgm:alg></dgm:else></dgm:choose>'
        '<dgm:shape xmlns:r="' + NS_R + '" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/>'
        '<dgm:constrLst><dgm:constr type="w" for="ch" forName="parTxOnly" refType="w"/>'
        '<dgm:constr type="h" for="ch" forName="parTxOnly" refType="w" refFor="ch" '
        'refForName="parTxOnly" fact="0.4"/>'
        '<dgm:constr type="w" for="ch" forName="parTxOnlySpace" refType="w" refFor="ch" '
        'refForName="parTxOnly" fact="-0.1"/>'
        '<dgm:constr type="primFontSz" for="ch" forName="parTxOnly" op="equ" val="65"/>'
        "</dgm:constrLst><dgm:ruleLst/>"
        '<dgm:forEach name="Name4" axis="ch" ptType="node">'
        '<dgm:layoutNode name="parTxOnly" styleLbl="node1"><dgm:varLst><dgm:chMax val="0"/>'
        '<dgm:chPref val="0"/><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/>'
        '<dgm:shape xmlns:r="' + NS_R + '" type="chevron" r:blip=""><dgm:adjLst/></dgm:shape>'
        '<dgm:presOf axis="desOrSelf" ptType="node"/><dgm:constrLst>'
        '<dgm:constr type="h" refType="w" op="equ" fact="0.4"/>'
        '<dgm:constr type="lMarg" refType="primFontSz" fact="0.3"/>'
        '<dgm:constr type="rMarg" refType="primFontSz" fact="0.1"/></dgm:constrLst>'
        '<dgm:ruleLst><dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst>'
        "</dgm:layoutNode>"
        '<dgm:forEach name="Name5" axis="followSib" ptType="sibTrans" cnt="1">'
        '<dgm:layoutNode name="parTxOnlySpace"><dgm:alg type="sp"/>'
        '<dgm:shape xmlns:r="' + NS_R + '" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/>'
        "<dgm:constrLst/><dgm:ruleLst/></dgm:layoutNode></dgm:forEach></dgm:forEach>"
        "</dgm:layoutNode></dgm:layoutDef>"
    )


def diagram_style() -> str:
    labels = "".join(
        f'<dgm:styleLbl name="{name}"><dgm:scene3d><a:camera prst="orthographicFront"/>'
        '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/>'
        '<dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
        '<a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl>'
        for name in ("node0", "node1", "lnNode1", "vennNode1", "sibTrans2D1", "bgShp")
    )
    return XML_HEAD + (
        f'<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="{STYLE_URN}">'
        '<dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/>'
        '</dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/>'
        '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d>' + labels + "</dgm:styleDef>"
    )


def diagram_colors() -> str:
    def label(name: str, fill: str, line: str, text: str) -> str:
        return (
            f'<dgm:styleLbl name="{name}"><dgm:fillClrLst meth="repeat">'
            f'<a:schemeClr val="{fill}"/></dgm:fillClrLst><dgm:linClrLst meth="repeat">'
            f'<a:schemeClr val="{line}"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/>'
            f'<dgm:txFillClrLst meth="repeat"><a:schemeClr val="{text}"/></dgm:txFillClrLst>'
            f"<dgm:txEffectClrLst/></dgm:styleLbl>"
        )

    return XML_HEAD + (
        f'<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" uniqueId="{COLORS_URN}">'
        '<dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/>'
        "</dgm:catLst>"
        + label("node0", "accent1", "lt1", "lt1")
        + label("node1", "accent1", "lt1", "lt1")
        + label("lnNode1", "accent1", "lt1", "lt1")
        + label("sibTrans2D1", "accent1", "accent1", "lt1")
        + label("bgShp", "accent1", "accent1", "dk1")
        + "</dgm:colorsDef>"
    )


DIAGRAM_PARTS = {
    "data1.xml": (
        "dm",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData",
        "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
        diagram_data,
    ),
    "layout1.xml": (
        "lo",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramLayout",
        "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml",
        diagram_layout,
    ),
    "quickStyle1.xml": (
        "qs",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramQuickStyle",
        "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml",
        diagram_style,
    ),
    "colors1.xml": (
        "cs",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramColors",
        "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml",
        diagram_colors,
    ),
    "drawing1.xml": (
        "dsp",
        "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
        "application/vnd.ms-office.drawingml.diagramDrawing+xml",
        diagram_drawing,
    ),
}


# =========================================================================== the package


CORE_XML = (
    XML_HEAD
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Gate to Gate</dc:title><dc:creator>Claire Oduya</dc:creator>"
    "<cp:lastModifiedBy>Rachel Ingham</cp:lastModifiedBy><cp:revision>63</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2027-07-05T08:12:40Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-09-14T17:46:03Z</dcterms:modified>'
    "</cp:coreProperties>"
)


def app_xml(titles: list[str], words: int, paragraphs: int, notes: int) -> str:
    parts = "".join(
        f"<vt:lpstr>{escape(t)}</vt:lpstr>"
        for t in ["Calibri", "Arial", "Esterham Airport 2026", *titles]
    )
    return XML_HEAD + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><TotalTime>1874</TotalTime>'
        f"<Words>{words}</Words><Application>Microsoft Macintosh PowerPoint</Application>"
        f"<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paragraphs}"
        f"</Paragraphs><Slides>{len(titles)}</Slides><Notes>{notes}</Notes>"
        "<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>"
        '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used'
        "</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant>"
        "<vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant>"
        f"<vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(titles) + 3}" baseType="lpstr">{parts}'
        "</vt:vector></TitlesOfParts><Company>Esterham Airport Limited</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    )


def _creation_ids(xml: bytes, slide_no: int) -> bytes:
    """PowerPoint gives every shape an ``a16:creationId``; add one (fixed) to each."""
    root = etree.fromstring(xml)
    for cnv in root.iter(f"{{{NS_P}}}cNvPr"):
        if cnv.get("id") == "1":
            continue
        ext_lst = etree.SubElement(cnv, f"{{{NS_A}}}extLst")
        ext = etree.SubElement(ext_lst, f"{{{NS_A}}}ext")
        ext.set("uri", "{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}")
        cid = etree.SubElement(ext, f"{{{NS_A16}}}creationId", nsmap={"a16": NS_A16})
        cid.set("id", guid("shape", slide_no, cnv.get("id")))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])
    return out.getvalue()


def _unzip(data: bytes) -> dict[str, bytes]:
    src = zipfile.ZipFile(io.BytesIO(data))
    return {info.filename: src.read(info.filename) for info in src.infolist()}


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    for layout in prs.slide_layouts:
        if layout.name in TEMPLATE_LAYOUTS:
            layout._element.cSld.set("name", TEMPLATE_LAYOUTS[layout.name])
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    titles: list[str] = []
    for spec in SLIDES:
        slide = prs.slides.add_slide(layouts[spec.layout])
        spec.make(slide)
        for ph in list(slide.placeholders):
            if not ph.has_text_frame or not ph.text_frame.text.strip():
                ph._element.getparent().remove(ph._element)
        titles.append(slide.shapes.title.text_frame.text)
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
    words = paragraphs = 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                for p in shape.text_frame.paragraphs:
                    if p.text.strip():
                        paragraphs += 1
                        words += len(p.text.split())
    buffer = io.BytesIO()
    prs.save(buffer)
    parts = _unzip(buffer.getvalue())
    # the template's theme name, the Mac app and core properties
    for name in list(parts):
        if name.startswith("ppt/theme/theme1"):
            parts[name] = parts[name].replace(
                b'name="Office Theme"', b'name="Esterham Airport 2026"'
            )
    parts["docProps/core.xml"] = CORE_XML.encode("utf-8")
    parts["docProps/app.xml"] = app_xml(
        titles, words, paragraphs, sum(1 for s in SLIDES if s.notes)
    ).encode("utf-8")
    for name in list(parts):
        m = re.fullmatch(r"ppt/slides/slide(\d+)\.xml", name)
        if m:
            parts[name] = _creation_ids(parts[name], int(m.group(1)))
    # the SmartArt: five diagram parts, the slide's relationships and the content types
    rels_name = f"ppt/slides/_rels/slide{SMARTART_SLIDE}.xml.rels"
    rels = parts[rels_name].decode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    new_rels = []
    new_types = []
    for part, (key, rtype, ctype, make) in DIAGRAM_PARTS.items():
        parts[f"ppt/diagrams/{part}"] = make().encode("utf-8")
        new_rels.append(
            f'<Relationship Id="{DIAGRAM_RIDS[key]}" Type="{rtype}" Target="../diagrams/{part}"/>'
        )
        new_types.append(f'<Override PartName="/ppt/diagrams/{part}" ContentType="{ctype}"/>')
    parts[rels_name] = rels.replace(
        "</Relationships>", "".join(new_rels) + "</Relationships>"
    ).encode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", "".join(new_types) + "</Types>"
    ).encode("utf-8")
    return _zip(parts)


# =========================================================================== the roster (DOCX)

ROSTER_HEAD = [
    "Post",
    "Post holder",
    "Department",
    "Reports to",
    "Responsibilities",
    "Gate to Gate role",
]
NOT_A_POST = "Not an airport post"
ROSTER = [
    [
        "Chief Executive Officer",
        "Andrew Kettering",
        "Executive",
        "Board of Directors",
        "Runs the company for the Board; shareholder relations and the airport's relations with "
        "its largest airlines.",
        "Extended team",
    ],
    [
        "Chief Operating Officer",
        "Rachel Ingham",
        "Operations",
        "Chief Executive Officer",
        "Executive sponsor of Gate to Gate. Runs terminal, security, airside, baggage and "
        "engineering. Chairs the Gate to Gate Steering Group and takes the go/no-go at each "
        "gate.",
        "Core team",
    ],
    [
        "Chief Financial Officer",
        "Sunil Varma",
        "Finance",
        "Chief Executive Officer",
        "Budgets, capital approvals below Board level, procurement rules and the airport "
        "charges model.",
        "Extended team",
    ],
    [
        "Gate to Gate Programme Manager",
        "Claire Oduya",
        "Programme office",
        "Chief Operating Officer",
        "The programme plan, the weekly delivery meeting, the risk and issue log and reports to "
        "the Steering Group and the Board.",
        "Core team",
    ],
    [
        "Head of Terminal Operations",
        "Mark Delaney",
        "Operations",
        "Chief Operating Officer",
        "Terminal duty managers, check-in desk and gate room allocation, queue management in "
        "the check-in hall and at security (QueueSense), the boarding gates and the terminal "
        "cleaning contract.",
        "Core team",
    ],
    [
        "Head of Security",
        "Janet Pryce",
        "Security",
        "Chief Operating Officer",
        "The screening operation: 260 security officers, lane opening plans and rosters, and "
        "the airport security programme and its compliance.",
        "Core team",
    ],
    [
        "Security Systems Manager",
        "Owen Bradley",
        "Security",
        "Head of Security",
        "Security lane equipment (X-ray and CT lanes, archways, body scanners, tray return), its "
        "supplier contracts and maintenance, and the approval of each installation.",
        "Core team",
    ],
    [
        "Head of Airside Operations",
        "Priya Nair",
        "Operations",
        "Chief Operating Officer",
        "Apron and airfield operations, stand and gate planning, the Airside Operations Centre, "
        "turnaround performance and on-time departures, coaching to remote stands.",
        "Core team",
    ],
    [
        "Airside Standards Manager",
        "Gareth Lowe",
        "Operations",
        "Head of Airside Operations",
        "The ground handling licences and the service standards written into them, handler "
        "performance reports and airside safety audits.",
        "Core team",
    ],
    [
        "Baggage Operations Manager",
        "Stephen Hale",
        "Operations",
        "Head of Airside Operations",
        "The baggage hall and make-up area, the manual coding desk, mishandled-bag performance "
        "with the handlers and the baggage reconciliation process.",
        "Core team",
    ],
    [
        "Baggage Systems Engineer",
        "Vacant",
        "Engineering",
        "Head of Engineering and Asset Management",
        "Sortation controls and tag-reading software of the baggage handling system. Post "
        "vacant since February 2027; cover for breakdowns comes from Trellis Engineering.",
        "Core team",
    ],
    [
        "Head of Engineering and Asset Management",
        "Colin Reeves",
        "Engineering",
        "Chief Operating Officer",
        "Planned and reactive maintenance of the terminal, the stands (air bridges, ground "
        "power, stand guidance), the baggage handling system and the car parks; the works and "
        "asset system Plinth and its asset register; the baggage system maintenance contract.",
        "Core team",
    ],
    [
        "Head of Airport Systems",
        "Dev Chauhan",
        "Technology",
        "Chief Financial Officer",
        "Airport IT: the airport operations database Wayline, flight and gate information "
        "screens, networks and Wi-Fi in the terminal and on the apron, interfaces between "
        "systems and IT suppliers.",
        "Core team",
    ],
    [
        "Head of Data and Insight",
        "Laura Finch",
        "Technology",
        "Head of Airport Systems",
        "The Stratum data warehouse and its Power BI reports, measure definitions and "
        "baselines, the monthly performance pack and analysis of the passenger survey.",
        "Core team",
    ],
    [
        "Head of Customer Experience",
        "Nadia Karim",
        "Commercial",
        "Chief Executive Officer",
        "The passenger survey, complaints, website and app content, signs and wayfinding in the "
        "terminal.",
        "Core team",
    ],
    [
        "Passenger Services Manager",
        "Ruth Allen",
        "Operations",
        "Head of Terminal Operations",
        "Information desks, the assistance service for passengers with reduced mobility and its "
        "contract with Ablecare, assistance bookings and the accessibility report to the Civil "
        "Aviation Authority.",
        "Core team",
    ],
    [
        "Training and Compliance Manager",
        "Simon Holt",
        "People",
        "Head of People",
        "The Esterham Training Academy: security officer certification and recertification, "
        "airside driving permits, all operational training and its records.",
        "Core team",
    ],
    [
        "Head of People",
        "Karen Whitfield",
        "People",
        "Chief Executive Officer",
        "Recruitment, contracts, shift patterns and rosters policy, and relations with Unite "
        "under the recognition agreement.",
        "Core team",
    ],
    [
        "Head of Property and Retail",
        "James Carver",
        "Commercial",
        "Chief Executive Officer",
        "Shops, bars, restaurants and other concessions in the terminal: their contracts, sales "
        "reporting and concession fees; advertising; property lettings.",
        "Core team",
    ],
    [
        "Car Parks and Ground Transport Manager",
        "Aisha Begum",
        "Commercial",
        "Head of Property and Retail",
        "Car parks, the drop-off zone, pre-booked parking and its prices, the car park shuttle "
        "buses, taxis and the bus interchange.",
        "Core team",
    ],
    [
        "Head of Aviation Development",
        "Tom Ashworth",
        "Commercial",
        "Chief Executive Officer",
        "Airline relations, new routes, airport charges and their consultation with the Airline "
        "Operators Committee.",
        "Core team",
    ],
    [
        "Chair, Esterham Airport Consultative Committee",
        "Cllr Margaret Dunn",
        "Independent",
        NOT_A_POST,
        "Chairs the committee of local councils, residents and passenger representatives that "
        "the airport consults. Consulted; leads no airport work.",
        "Consulted",
    ],
    [
        "Unite Senior Representative, Security and Terminal",
        "Paul Griffiths",
        "Trade union",
        NOT_A_POST,
        "Represents security officers and terminal staff under the recognition agreement. "
        "Consulted; leads no airport work.",
        "Consulted",
    ],
    [
        "Chair, Airline Operators Committee",
        "Elena Rossi",
        "Airlines",
        NOT_A_POST,
        "Speaks for the airlines at Esterham on charges, capital works and operating changes. "
        "Consulted; leads no airport work.",
        "Consulted",
    ],
]
FIXED = dt.datetime(2027, 8, 2, 9, 30, 0)


def build_roster() -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    props = doc.core_properties
    props.author = "Karen Whitfield"
    props.last_modified_by = "Karen Whitfield"
    props.title = "Organisation chart"
    props.created = FIXED
    props.modified = FIXED
    props.revision = 12
    props.comments = ""
    doc.add_heading("Esterham Airport Limited: organisation chart, August 2027", level=1)
    doc.add_paragraph(
        "Posts that lead or advise on Gate to Gate, the operations and passenger plan. The last "
        "column says each post's part in the programme: the core team owns work, the extended "
        "team is kept informed, and the three bodies we consult advise but lead no work."
    )
    tab = doc.add_table(rows=1, cols=len(ROSTER_HEAD))
    tab.style = "Table Grid"
    for k, head in enumerate(ROSTER_HEAD):
        cell = tab.rows[0].cells[k]
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        run.font.size = Pt(9)
    for row in ROSTER:
        cells = tab.add_row().cells
        for k, value in enumerate(row):
            cells[k].text = ""
            run = cells[k].paragraphs[0].add_run(value)
            run.font.size = Pt(9)
    widths = [Cm(5.0), Cm(3.0), Cm(2.6), Cm(4.0), Cm(9.6), Cm(2.5)]
    for row in tab.rows:
        for k, cell in enumerate(row.cells):
            cell.width = widths[k]
    doc.add_paragraph("Esterham Airport Limited \u00b7 People team \u00b7 issued 2 August 2027")
    buffer = io.BytesIO()
    doc.save(buffer)
    return _zip(_unzip(buffer.getvalue()))


# =========================================================================== systems (XLSX)

SYSTEMS_HEAD = ["System", "Used for", "Where it runs", "Owner", "Notes"]
SYSTEMS = [
    [
        "Wayline",
        "Airport operations database (AODB): flight schedule, stand and gate "
        "allocation, actual times",
        "Airside Operations Centre, terminal duty office",
        "Head of Airport Systems",
        "Supplied by Corvin Systems. Has a field for every turnaround milestone; handlers enter "
        "on-blocks and off-blocks today.",
    ],
    [
        "QueueSense",
        "Security queue measurement",
        "Main Security Hall",
        "Head of Terminal Operations",
        "Sensors over the Main Security Hall queue only; the Fast Track lane and the staff search "
        "point are not measured.",
    ],
    [
        "Security lanes 1 to 6",
        "Conventional X-ray screening lanes",
        "Main Security Hall",
        "Security Systems Manager",
        "Lanes 3 to 6 reach the end of their support in March 2029. Lane 7 is Fast Track.",
    ],
    [
        "Baggage handling system",
        "Sortation of departing bags from check-in to make-up",
        "Baggage Hall 1",
        "Head of Engineering and Asset Management",
        "Trellis Engineering's maintenance contract covers mechanical and electrical breakdowns; "
        "software changes to the sortation controls are outside it and are priced as "
        "variations.",
    ],
    [
        "Plinth",
        "Works orders, planned maintenance and the asset register",
        "Engineering",
        "Head of Engineering and Asset Management",
        "Holds 4,180 assets; stand equipment is registered stand by stand.",
    ],
    [
        "Stratum",
        "Data warehouse with Power BI reports",
        "Technology",
        "Head of Data and Insight",
        "Loads Wayline, QueueSense, Gatepost and the finance ledger every night.",
    ],
    [
        "Gatepost",
        "Car park barriers, number-plate recognition and the pre-booking site",
        "All car parks and the drop-off zone",
        "Car Parks and Ground Transport Manager",
        "Prices on the pre-booking site are set by hand each week.",
    ],
    [
        "Concession sales",
        "Sales by shop, bar and restaurant",
        "Property and Retail",
        "Head of Property and Retail",
        "Concessionaires send their sales once a month on our spreadsheet template, by the 10th "
        "of the following month.",
    ],
    [
        "Skillhub",
        "Training records and certificates",
        "Esterham Training Academy",
        "Training and Compliance Manager",
        "Holds every security officer's certification and recertification dates.",
    ],
]


def build_systems() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Systems"
    ws.append(SYSTEMS_HEAD)
    for row in SYSTEMS:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDE", (22, 40, 30, 34, 70), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    wb.properties.creator = "Dev Chauhan"
    wb.properties.lastModifiedBy = "Dev Chauhan"
    wb.properties.created = dt.datetime(2027, 6, 14, 10, 5, 0)
    wb.properties.modified = dt.datetime(2027, 8, 30, 15, 41, 0)
    wb.properties.title = "Systems inventory"
    buffer = io.BytesIO()
    wb.save(buffer)
    parts = _unzip(buffer.getvalue())
    # openpyxl stamps the save time as the modified date: put the fixed one back
    parts["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
        rb"\g<1>2027-08-30T15:41:00Z\g<2>",
        parts["docProps/core.xml"],
    )
    return _zip(parts)


# =========================================================================== measures (CSV)

MEASURES_HEAD = ["Measure", "Definition", "Source", "Owner", "FY27 baseline"]
MEASURES = [
    [
        "Departing passengers through security in under 10 minutes",
        "Share of departing passengers whose time from joining the queue to leaving the lane is "
        "under 10 minutes, all lanes",
        "QueueSense via Stratum",
        "Head of Security",
        "71%",
    ],
    [
        "Departures off stand within 15 minutes of schedule",
        "Departures whose actual off-blocks time is within 15 minutes of the scheduled time",
        "Wayline via Stratum",
        "Head of Airside Operations",
        "68%",
    ],
    [
        "Bags mishandled per 1,000 departing passengers",
        "Bags reported delayed, damaged or lost by the airlines, per 1,000 departing passengers",
        "Airline reports, monthly",
        "Baggage Operations Manager",
        "6.1",
    ],
    [
        "Pre-booked assistance passengers met within 10 minutes",
        "Share of pre-booked assistance passengers met within 10 minutes of arriving at an "
        "assistance point",
        "Ablecare monthly return",
        "Passenger Services Manager",
        "82%",
    ],
    [
        "Stand equipment faults fixed within 4 hours",
        "Faults on air bridges, ground power and stand guidance closed within 4 hours of being "
        "reported",
        "Plinth",
        "Head of Engineering and Asset Management",
        "58%",
    ],
    [
        "Non-aeronautical income per passenger",
        "Retail, food and drink, car parks, advertising and property income divided by passengers",
        "Finance ledger",
        "Head of Property and Retail",
        "\u00a311.20",
    ],
    [
        "Car park income booked online in advance",
        "Share of car park income from bookings made on the pre-booking site",
        "Gatepost",
        "Car Parks and Ground Transport Manager",
        "44%",
    ],
    [
        "Passengers rating their visit good or excellent",
        "Share of surveyed departing passengers rating their visit 4 or 5 out of 5; target to be "
        "set after the first full year of the new survey",
        "Passenger survey",
        "Head of Customer Experience",
        "79%",
    ],
]


def build_measures() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(MEASURES_HEAD)
    writer.writerows(MEASURES)
    return "\ufeff" + out.getvalue()


# =========================================================================== text files

STEERING = """
# Gate to Gate Steering Group: terms of reference

Approved by the Executive Committee, 26 July 2027.

## Purpose

The Steering Group directs Gate to Gate, the operations and passenger plan for FY28 to FY30,
within the budget the Board approves.

## Chair and sponsor

The Chief Operating Officer is the executive sponsor of Gate to Gate and chairs the Steering
Group. The chair takes the go/no-go at each gate after hearing the members.

## Members

- Chief Operating Officer (chair)
- Gate to Gate Programme Manager (secretary)
- Head of Terminal Operations
- Head of Security
- Head of Airside Operations
- Head of Engineering and Asset Management
- Head of Airport Systems
- Head of Property and Retail
- Head of People

The Chief Financial Officer attends when money is moved between pillars.

## Cadence

Monthly, on the second Thursday. The Programme Manager circulates the pack five working days
before. The Board receives a quarterly report from the chair.

## Decisions

- Go/no-go at each of the three gates.
- Moving money between pillars within the approved budget.
- Accepting a change to a pillar's scope.

Training for every operational change is planned with the Esterham Training Academy, which
the Training and Compliance Manager runs; the Academy's plan is a standing item.
"""

ACC = """
ESTERHAM AIRPORT CONSULTATIVE COMMITTEE
Constitution (extract), as revised March 2026

3. Membership
The Committee has 18 members: councillors of the county council and the three district
councils around the airport, residents' associations, a passenger representative and a
representative of disabled passengers. Its Chair is independent of the airport.

5. Matters on which the airport will consult
5.1 Any change to the forecourt, the drop-off arrangements or access to the car parks must be
put to the Committee before it is made, and the Committee's view reported to the Board.
5.2 The airport will consult the Committee on its noise action plan, on night flying and on
its surface access strategy.

6. Meetings
The Committee meets four times a year, in March, June, September and December. Papers go
out 21 days before each meeting.
"""

UNITE = """
# Recognition agreement between Esterham Airport Limited and Unite (extract)

Signed 14 May 2024. Covers security officers, terminal staff and baggage hall staff.

## 4. Consultation

4.1 The company recognises Unite for collective bargaining for the staff above.

4.2 Any change to security officers' shift patterns or rosters needs at least 60 days'
consultation with Unite before it takes effect.

4.3 Where new equipment changes how a job is done, the company and Unite agree the training
before the equipment is used.

## 5. Representatives

The Unite Senior Representative, Security and Terminal, is given paid time for consultation
meetings and sits on the joint consultative forum.
"""

PIER_C = """
# Pier C fact sheet

Pier C is the south pier, opened in 2019: eight stands (30 to 37), each with its own gate
room (gates 30 to 37), for narrow-body aircraft up to the size of an A321.

- No air bridges: passengers walk out to the aircraft from each gate room.
- Fixed ground power on all eight stands; stand guidance on stands 30 to 33 only.
- Two airlines fly from Pier C in summer; both handlers work there.
- 19 departures a day at the summer peak, 11 in winter.

## Communications

Apron Wi-Fi covers stands 1 to 22 on Piers A and B. The eight Pier C stands (30 to 37) and
the remote stands (40 to 45) have no Wi-Fi coverage; handlers there use radios.

Mobile coverage on the south apron is patchy in the gate rooms at the end of the pier.
"""

ASSISTANCE = """
# Assistance service: how it works today

Ablecare runs the assistance service for passengers with reduced mobility under a contract
with us that runs to March 2031. The Passenger Services Manager manages the contract.

Airlines pass each pre-booked request to Ablecare by email. Ablecare keeps pre-booked
assistance requests in a spreadsheet at its desk in the check-in hall, and our duty managers
see them only when they ring the desk.

There are two assistance points: one in the check-in hall and one in the short-stay car park.

Ablecare reports the share of passengers met within 10 minutes to us once a month.
"""

LICENCES = """
GROUND HANDLING LICENCES - SUMMARY
Prepared by the Airside Standards Manager, June 2027

Handlers licensed at Esterham:
  - Skyway Handling: passenger and ramp handling for five airlines
  - Corrie Aviation: passenger and ramp handling for four airlines

Term. Both licences run until 31 October 2028 and their service standards cannot be reopened
before then without both handlers' agreement.

Service standards in the current licences cover safety, staffing at check-in and the
first-bag and last-bag times. They do not mention turnaround milestones.

Renewal. New licences start on 1 November 2028. The tender documents go out in March 2028.
"""

EMAIL = """
From: Owen Bradley <owen.bradley@esterhamairport.co.uk>
To: Rachel Ingham <rachel.ingham@esterhamairport.co.uk>
Cc: Janet Pryce <janet.pryce@esterhamairport.co.uk>
Date: Monday 23 August 2027 11:04
Subject: CT lanes - Scanmere quote

Rachel,

Scanmere's quote for four CT lanes to replace lanes 3 to 6 came in on Friday: GBP 9.4m
installed, with a seven-year support contract.

Two things for the plan. Scanmere quotes a lead time of 40 weeks from a signed order to lanes
ready for acceptance tests. They install only between November and March, outside our summer
peak, because two lanes have to close at a time while they work.

The lanes also need approval of the installation before they go into passenger service; the
approval visit takes about three weeks to arrange.

Owen
Security Systems Manager
"""

RETENTION = """
# Data retention schedule (operations systems)

Reviewed by the Head of Airport Systems, April 2027.

| System | Record | Kept for |
|---|---|---|
| Wayline | Flight schedule and stand plan | 7 years |
| Wayline | Actual turnaround times (on-blocks, off-blocks and each milestone) | 90 days |
| QueueSense | Queue counts and times | 13 months |
| Gatepost | Number-plate reads | 30 days |
| Terminal CCTV | Recordings | 31 days |

Wayline keeps actual turnaround times for 90 days; older records are purged automatically
every night.

Stratum keeps whatever it loads for 7 years.
"""

DEFECTS = """
# Stand equipment defects: reporting procedure

Issue 4, January 2026. Owner: Head of Engineering and Asset Management.

1. Any handler or airline who finds a fault on an air bridge, fixed ground power, stand
   guidance or a stand light reports it to the Airside Operations Centre by radio.
2. Handlers record stand equipment faults on paper in the Stand Defect Book at the Airside
   Operations Centre, and an engineering planner types them into Plinth the next working day.
3. The Airside Operations Centre withdraws the stand if the fault is unsafe.
4. Engineering closes the works order in Plinth when the fault is fixed; the time to fix is
   measured from the entry in the book.
"""

ORG_TEXT = {
    "org/governance/gate-to-gate-steering-group-terms.md": STEERING,
    "org/governance/airport-consultative-committee-constitution-extract.txt": ACC,
    "org/governance/unite-recognition-agreement-extract.md": UNITE,
    "org/context/pier-c-fact-sheet.md": PIER_C,
    "org/context/assistance-service-note.md": ASSISTANCE,
    "org/context/ground-handling-licences-summary.txt": LICENCES,
    "org/context/email-2027-08-23-ct-lanes-quote.txt": EMAIL,
    "org/policies/data-retention-schedule.md": RETENTION,
    "org/policies/stand-defect-reporting-procedure.md": DEFECTS,
}


def write(path: Path, body: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, str):
        path.write_bytes(body.lstrip("\n").encode("utf-8"))
    else:
        path.write_bytes(body)


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/esterham-organisation-chart-august-2027.docx": build_roster(),
        "org/systems/operations-systems-inventory.xlsx": build_systems(),
        "org/measures/gate-to-gate-measure-definitions.csv": build_measures(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
