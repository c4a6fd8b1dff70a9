"""Build the dev30 case ``ski-resort``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev30/build_ski_resort.py [out]

Writes, under ``evals/dev30/ski-resort/`` (or ``<out>/ski-resort/``):

- ``B4_Every_Run_Counts_2028-2030_v7.pptx``: Ardle Mountain Company's board paper for Glen Ardle, a
  Scottish ski area, as POWERPOINT 2016 ON WINDOWS saves a 16:9 deck made from the Office theme:
  ``docProps/app.xml`` naming "Microsoft Office PowerPoint", AppVersion 16.0000, "Widescreen",
  the fonts, the theme and every slide title in TitlesOfParts; no Mac printer settings; the
  slide size 12192000 x 6858000 without a ``type``; the theme's layouts widened to 16:9; a
  title placeholder on every slide ("Title Slide", "Title and Content" and "Title Only"
  layouts), bullets from the body placeholder, text boxes, rectangles and native tables named
  as PowerPoint names them ("TextBox N", "Rectangle N", "Table N"), runs in en-GB. The roadmap
  is a native table (rows = workstreams, columns = seasons with two-line heads, "Winter" over
  "2028/29"); the KPI slide is eight tiles (a big number over a label); a "Not in this plan"
  list; speaker notes on two slides.
- ``org/``: the company's posts as a plain CSV (``people/posts.csv``: post, team, reports_to,
  remit; UTF-8, LF, cells with a comma quoted), the health and safety (lift operations)
  charter and the programme board's terms of reference in Markdown, the systems and data
  inventory and the measure definitions in Markdown, the workforce and training notes as a
  Word document, the water, energy and planning note and a supplier's email as text, and a
  profile of the mountain in Markdown.

Re-running it rewrites every file byte for byte: the PPTX and the DOCX through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates) and a last rewrite of the
PPTX package (app.xml, core.xml, printer settings) that keeps the entry order; the text files
as literal strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev30").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt as DocxPt
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "ski-resort"
DECK = "B4_Every_Run_Counts_2028-2030_v7.pptx"
STAMP = Stamp((2028, 5, 19, 16, 48, 22), "2028-05-19T16:48:22Z")
CREATED = "2028-04-24T08:31:09Z"
DOC_STAMP = Stamp((2028, 5, 11, 10, 5, 40), "2028-05-11T10:05:40Z")

NAVY = RGBColor(0x1B, 0x2A, 0x41)
ICE = RGBColor(0x3A, 0x7C, 0xA5)
PALE = RGBColor(0xE8, 0xF1, 0xF7)
RED = RGBColor(0xC0, 0x39, 0x2B)
GREY = RGBColor(0x5F, 0x6B, 0x76)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

WIDE = 12192000
TALL = 6858000
FOOTER = "Ardle Mountain Company Ltd \u00b7 Board paper B4 \u00b7 Every Run Counts"

# =========================================================================== deck helpers


def _lang(run) -> None:
    """The run's language first, as PowerPoint writes it (``lang="en-GB" dirty="0"``)."""
    rpr = run._r.get_or_add_rPr()
    rpr.set("lang", "en-GB")
    rpr.set("dirty", "0")


def _style(run, size: float, bold: bool, color: RGBColor | None) -> None:
    _lang(run)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


Para = str | tuple[str, float, bool]


def fill_frame(
    tf,
    paras: Sequence[Para],
    size: float,
    bold: bool = False,
    color: RGBColor | None = NAVY,
    align=None,
    space: float = 0,
) -> None:
    """Write paragraphs into a text frame: a string in ``size``/``bold``, or a tuple with its
    own size and weight."""
    for i, item in enumerate(paras):
        text, sz, bd = item if isinstance(item, tuple) else (item, size, bold)
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        if align is not None:
            p.alignment = align
        if space and i:
            p.space_before = Pt(space)
        run = p.add_run()
        run.text = text
        _style(run, sz, bd, color)


def text_box(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[Para],
    size: float,
    bold: bool = False,
    color: RGBColor | None = NAVY,
    align=None,
    space: float = 0,
):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    fill_frame(tf, paras, size, bold, color, align, space)
    return box


def rect(slide, x: float, y: float, w: float, h: float, fill: RGBColor, rounded: bool = False):
    shape = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE if rounded else MSO_SHAPE.RECTANGLE,
        Inches(x),
        Inches(y),
        Inches(w),
        Inches(h),
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = fill
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


def label_rect(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    fill: RGBColor,
    paras: Sequence[Para],
    size: float,
    color: RGBColor = WHITE,
):
    """A rectangle holding its own text (as a user types into a shape)."""
    shape = rect(slide, x, y, w, h, fill, rounded=True)
    tf = shape.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.TOP
    fill_frame(tf, paras, size, False, color, PP_ALIGN.LEFT, 4)
    return shape


def set_title(slide, text: str, size: float = 30) -> None:
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = (
        Inches(0.6),
        Inches(0.3),
        Inches(12.1),
        Inches(0.95),
    )
    tf = title.text_frame
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    run = p.add_run()
    run.text = text
    _style(run, size, True, NAVY)


def footer(slide, n: int) -> None:
    text_box(slide, 0.6, 7.0, 8.0, 0.3, [FOOTER], 9, color=GREY)
    text_box(slide, 12.0, 7.0, 0.75, 0.3, [str(n)], 9, color=GREY, align=PP_ALIGN.RIGHT)


def bullets(
    slide,
    items: Sequence[Para],
    size: float,
    top: float = 1.4,
    height: float = 5.4,
    left: float = 0.6,
    width: float = 12.1,
    space: float = 6,
):
    """The body placeholder of a "Title and Content" slide, moved and filled: each item a
    paragraph with the master's bullet."""
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = (
        Inches(left),
        Inches(top),
        Inches(width),
        Inches(height),
    )
    fill_frame(body.text_frame, items, size, False, NAVY, None, space)
    return body


def table(
    slide,
    rows: Sequence[Sequence[Sequence[str]]],
    x: float,
    y: float,
    widths: Sequence[float],
    height: float,
    size: float,
    head_size: float,
):
    """A native table; every cell a list of paragraphs (a head cell may hold two)."""
    shape = slide.shapes.add_table(
        len(rows), len(widths), Inches(x), Inches(y), Inches(sum(widths)), Inches(height)
    )
    tab = shape.table
    for j, w in enumerate(widths):
        tab.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        for j, paras in enumerate(row):
            cell = tab.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            tf = cell.text_frame
            tf.word_wrap = True
            head = i == 0
            color = WHITE if head else NAVY
            for k, text in enumerate(paras):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                run = p.add_run()
                run.text = text
                bold = head or j == 0
                _style(run, head_size if head else size, bold, color)
    return shape


def notes(slide, paras: Sequence[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    for i, text in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        run = p.add_run()
        run.text = text
        _lang(run)


def widen(prs) -> None:
    """Stretch the Office theme's 4:3 master and layouts to 16:9, as PowerPoint does when the
    slide size is changed: every x offset and width times 4/3."""
    parts = [prs.slide_master, *prs.slide_layouts]
    for part in parts:
        for xfrm in part._element.iter(qn("a:xfrm")):
            off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
            off.set("x", str(round(int(off.get("x")) * 4 / 3)))
            ext.set("cx", str(round(int(ext.get("cx")) * 4 / 3)))
    prs.slide_width = Emu(WIDE)
    prs.slide_height = Emu(TALL)
    size = prs.part._element.find(qn("p:sldSz"))
    size.attrib.pop("type", None)


# =========================================================================== the deck

TITLES: list[str] = []


def new_slide(prs, layout: str, title: str, size: float = 30):
    lay = next(x for x in prs.slide_layouts if x.name == layout)
    slide = prs.slides.add_slide(lay)
    TITLES.append(title)
    if layout == "Title Slide":
        return slide
    set_title(slide, title, size)
    footer(slide, len(prs.slides))
    return slide


def slide_title(prs) -> None:
    s = new_slide(prs, "Title Slide", "Every Run Counts")
    title = s.shapes.title
    title.left, title.top, title.width, title.height = (
        Inches(0.9),
        Inches(2.2),
        Inches(11.5),
        Inches(1.3),
    )
    fill_frame(title.text_frame, ["Every Run Counts"], 54, True, NAVY, PP_ALIGN.LEFT)
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = (
        Inches(0.9),
        Inches(3.55),
        Inches(11.5),
        Inches(1.3),
    )
    fill_frame(
        sub.text_frame,
        [
            ("Our plan for Glen Ardle, 2028\u20132030", 26, False),
            ("Board of Directors \u00b7 23 May 2028 \u00b7 Paper B4", 16, False),
        ],
        20,
        False,
        GREY,
        PP_ALIGN.LEFT,
        6,
    )
    rect(s, 0.9, 2.05, 1.6, 0.08, RED)
    text_box(
        s,
        0.9,
        6.6,
        11.0,
        0.4,
        ["Ardle Mountain Company Ltd \u00b7 Commercial in confidence"],
        11,
        color=GREY,
    )


def slide_summary(prs) -> None:
    s = new_slide(prs, "Title and Content", "The short version")
    bullets(
        s,
        [
            "Two winters and the summers around them to put Glen Ardle on a sound footing: "
            "gates, prices, snow and the pass.",
            "Straight onto the hill: RFID gates on all ten lifts by the first lift of winter "
            "2029/30.",
            "The right price for the day: \u00a341 of lift ticket revenue per skier visit in "
            "the 2029/30 season.",
            "More snow for every kilowatt-hour: 2.0 kWh per cubic metre of snow in the 2029/30 "
            "season.",
            "The pass in your pocket: 6,500 season passes sold for 2029/30.",
            "We start on one lift, and go to the other nine only if the February half-term of "
            "2029 says we should.",
            "Today we ask the Board for \u00a32.9m for the summer 2028 build.",
        ],
        19,
        space=8,
    )


def slide_why(prs) -> None:
    s = new_slide(prs, "Title Only", "Why now: the snow is less certain, the bill is not")
    figures = [
        ("\u00a31.21m", "spent on electricity in 2027/28, against \u00a30.58m three years earlier"),
        ("41 days", "of 2026/27 when thaw kept the Home Run shut"),
        (
            "3 in 4",
            "of our day visitors still pay at the ticket office window on the morning they ski",
        ),
        ("22 min", "the 10:00 wait at the foot of the Lochan chairlift on a February Saturday"),
    ]
    for k, (big, caption) in enumerate(figures):
        x = 0.6 + k * 3.05
        rect(s, x, 1.45, 2.85, 2.55, PALE)
        text_box(s, x + 0.15, 1.6, 2.6, 0.9, [big], 36, True, ICE)
        text_box(s, x + 0.15, 2.55, 2.6, 1.35, [caption], 14, color=NAVY)
    text_box(s, 0.6, 4.3, 12.1, 0.4, ["For the record"], 16, True, RED)
    text_box(
        s,
        0.6,
        4.75,
        12.1,
        1.6,
        [
            "Our best winter was 2018/19: 212,000 skier visits.",
            "Glenbruar went hands-free in 2025 and reports a fifth more pass holders since.",
            "SEPA lets us draw no more than 180,000 m\u00b3 from the Allt Ardle in a season.",
        ],
        16,
        space=6,
    )
    text_box(
        s,
        0.6,
        6.45,
        12.1,
        0.4,
        [
            "Figures: the Summit data warehouse and the ski patrol's snow log; the 2027/28 "
            "season unless stated."
        ],
        10,
        color=GREY,
    )
    notes(
        s,
        [
            "The 22-minute wait is a stopwatch figure: we time the Lochan queue by hand on six "
            "Saturdays a season.",
            "Glenbruar's figure is from its own annual review; we have not checked it.",
        ],
    )


def slide_ambition(prs) -> None:
    s = new_slide(prs, "Title and Content", "Where we want to be")
    text_box(s, 0.6, 1.3, 12.1, 0.35, ["Our ambition"], 13, True, RED)
    text_box(
        s,
        0.6,
        1.65,
        12.1,
        0.9,
        ["A mountain that opens whenever there is snow to ski, and pays its own way."],
        22,
        True,
        ICE,
    )
    text_box(s, 0.6, 2.65, 12.1, 0.4, ["By the end of the 2029/30 season we will:"], 17, True)
    bullets(
        s,
        [
            "get guests onto the hill without stopping at a window: RFID gates on all ten "
            "lifts by the first lift of winter 2029/30",
            "cut the Saturday queue at the Lochan chairlift to 8 minutes by February 2030",
            "raise lift ticket revenue per skier visit from \u00a334.60 to \u00a341 in the "
            "2029/30 season",
            "make snow with 2.0 kWh per cubic metre, down from 2.9, in the 2029/30 season",
            "keep the beginner area open 95 days in the 2029/30 season, up from 58",
            "sell 6,500 season passes for 2029/30, up from 4,120",
        ],
        17,
        top=3.05,
        height=3.2,
        space=4,
    )
    text_box(
        s,
        0.6,
        6.35,
        12.1,
        0.5,
        ["And we will be the easiest mountain in Scotland to get onto."],
        18,
        True,
        NAVY,
    )


def pillar(
    prs,
    n: int,
    name: str,
    lead: str,
    items: Sequence[str],
    who: str,
    goals: str,
    extra: str | None = None,
) -> None:
    s = new_slide(prs, "Title and Content", f"Pillar {n} \u00b7 {name}")
    text_box(s, 0.6, 1.2, 12.1, 0.4, [lead], 14, True, RED)
    bullets(s, items, 17, top=1.65, height=3.25, width=7.6, space=6)
    label_rect(
        s, 8.55, 1.7, 4.15, 2.9, PALE, [("Who it is for", 14, True), (who, 14, False)], 14, NAVY
    )
    label_rect(s, 0.6, 5.2, 12.1, 1.0, ICE, [(goals, 17, True)], 17)
    if extra:
        text_box(s, 0.6, 6.35, 12.1, 0.4, [extra], 12, color=GREY)


def slide_pillars(prs) -> None:
    pillar(
        prs,
        1,
        "Straight onto the hill",
        "Lift access \u00b7 Lead: Mountain Operations Director",
        [
            "Fit RFID gates to all ten lifts, two to four lanes at each lift base",
            "Replace paper and barcode tickets with a reusable RFID card (\u00a35 deposit, "
            "refunded at any till)",
            "Train all 46 lift attendants on the gates before their lift goes live",
            "Reconcile gate reads with PisteTill sales every week",
            "Time the queue at every lift base from the gate reads, not by stopwatch",
        ],
        "Saturday mornings at the Lochan chairlift, when 40% of the day's riders arrive "
        "before 10:30.",
        "Goal: average Saturday queue at the Lochan chairlift down to 8 minutes by February 2030",
    )
    pillar(
        prs,
        2,
        "The right price for the day",
        "Dynamic lift pricing \u00b7 Lead: Commercial Director",
        [
            "Price day tickets by date and by how the day is selling, between a published "
            "floor of \u00a329 and a ceiling of \u00a362",
            "Build the demand forecast from three seasons of ticket sales and lift scans",
            "Sell dated day tickets online until 08:00 on the day, cheapest for those who buy "
            "early",
            "Keep fixed prices for under-12s, over-70s and the Strathardle residents' ticket",
        ],
        "Weekend day visitors from the Central Belt, who decide on the Friday night whether "
        "to drive up.",
        "Goals: \u00a341 lift ticket revenue per skier visit in 2029/30; 60% of day tickets "
        "bought online before the day by Easter 2030",
    )
    pillar(
        prs,
        3,
        "More snow for every kilowatt-hour",
        "Snowmaking energy \u00b7 Lead: Mountain Operations Director",
        [
            "Replace the 22 oldest fan guns with low-energy guns, lower mountain first",
            "Bring the 18 upper fan guns under automatic control",
            "Fit sub-meters to the pump house and the three compressors",
            "Move snowmaking into the night tariff hours, 22:00 to 07:00",
            "Make snow only at a wet-bulb of \u22122.5 \u00b0C or colder, and log every "
            "night's kWh and cubic metres",
        ],
        "Snowmaking nights on the Home Run and the beginner area, November to January.",
        "Goals: 2.0 kWh per cubic metre of snow in 2029/30; the beginner area open 95 days in "
        "2029/30",
    )
    pillar(
        prs,
        4,
        "The pass in your pocket",
        "Season-pass app \u00b7 Lead: Commercial Director",
        [
            "Launch the Ardle Pass app on 1 September 2029: the pass, lift status, the snow "
            "report and queue times",
            "Let pass holders renew in the app and pay by monthly direct debit",
            "Book ski school lessons and rental in the app",
            "Load a friend's day ticket onto a pass holder's card from the app",
        ],
        "Season pass holders at renewal time, and on the hill on a busy Saturday.",
        "Goals: 6,500 season passes sold for 2029/30; 70% of pass holders using the app on "
        "the hill by Easter 2030",
        "App downloads are not a measure we will report.",
    )


TILES = [
    ("8 min", "Average Saturday queue, Lochan chairlift", "from 22 min \u00b7 by February 2030"),
    ("60%", "Day tickets bought online before the day", "from 24% \u00b7 by Easter 2030"),
    (
        "\u00a341",
        "Lift ticket revenue per skier visit",
        "from \u00a334.60 \u00b7 2029/30 season",
    ),
    ("2.0 kWh", "Snowmaking energy per cubic metre of snow", "from 2.9 kWh \u00b7 2029/30 season"),
    ("95 days", "Days the beginner area is open", "from 58 days \u00b7 2029/30 season"),
    ("6,500", "Season passes sold", "from 4,120 \u00b7 for 2029/30, by 30 November 2029"),
    ("70%", "Pass holders using the app on the hill", "from 0% \u00b7 by Easter 2030"),
    ("Higher", "Guest satisfaction after a visit", "from 7.1 out of 10 \u00b7 target to follow"),
]


def slide_tiles(prs) -> None:
    s = new_slide(prs, "Title Only", "How we will know")
    text_box(
        s,
        0.6,
        1.15,
        12.1,
        0.4,
        ["Targets in large type; baselines are the 2027/28 season"],
        14,
        color=GREY,
    )
    for k, (big, label, line) in enumerate(TILES):
        x = 0.6 + (k % 4) * 3.05
        y = 1.7 + (k // 4) * 2.6
        rect(s, x, y, 2.85, 2.4, PALE)
        text_box(s, x + 0.15, y + 0.1, 2.6, 0.85, [big], 36, True, ICE)
        text_box(s, x + 0.15, y + 1.0, 2.6, 1.3, [(label, 14, True), (line, 11, False)], 14)


STAGES = [
    (
        "Summer 2028: build",
        "Fit the first gates, set the price rules, meter the snowmaking, choose the app developer.",
    ),
    (
        "Winter 2028/29: first season",
        "Coire Fionn on gates; dated online prices at weekends; kWh per cubic metre every week.",
    ),
    (
        "Summer 2029: learn and fix",
        "Gates on the other nine lifts, new fan guns, the app built and launched.",
    ),
    (
        "Winter 2029/30 onwards",
        "Every lift on gates, every day priced by date, the app on the hill; the plan closes "
        "with the season review in May.",
    ),
]


def slide_clock(prs) -> None:
    s = new_slide(prs, "Title Only", "Two winters and the summers around them")
    text_box(
        s,
        0.6,
        1.3,
        12.1,
        2.2,
        [
            "Our season runs from the first lift in December to Easter Monday. Easter Monday "
            "falls on 2 April in 2029 and on 22 April in 2030.",
            "This plan covers the 2028/29 and 2029/30 winter seasons and the summers around "
            "them: June 2028 to May 2030.",
            "Summers are for building and fixing; winters are for running and learning. Nothing "
            "that touches a lift's gates, tills or prices is changed in the middle of a season.",
        ],
        17,
        space=10,
    )
    for k, (name, what) in enumerate(STAGES):
        x = 0.6 + k * 3.05
        fill = ICE if k % 2 else NAVY
        label_rect(s, x, 3.65, 2.85, 2.9, fill, [(name, 16, True), (what, 13, False)], 13)


ROADMAP: list[list[list[str]]] = [
    [
        ["Workstream"],
        ["Summer", "2028"],
        ["Winter", "2028/29"],
        ["Summer", "2029"],
        ["Winter", "2029/30"],
        ["Beyond this plan", "Summer 2030 on"],
    ],
    [
        ["Stage"],
        ["Build"],
        ["First season"],
        ["Learn and fix"],
        ["Onwards, to the season review in May"],
        ["Later: not funded"],
    ],
    [
        ["Lift access (RFID gates)"],
        ["\u25a0 Gates and fibre at Coire Fionn"],
        ["\u25a0 Coire Fionn on gates"],
        ["\u25a0 Gates at the other nine lifts"],
        ["\u25a0 All ten lifts on gates"],
        ["Hand scanners retired"],
    ],
    [
        ["Dynamic pricing"],
        ["\u25a0 Price rules, floor and ceiling"],
        ["\u25a0 Dated prices at weekends"],
        ["\u25a0 Review the floor and ceiling"],
        ["\u25a0 Every day priced by date"],
        ["Season passes priced by date"],
    ],
    [
        ["Snowmaking energy"],
        ["\u25a0 Sub-meters; night tariff"],
        ["\u25a0 kWh per cubic metre every week"],
        ["\u25a0 22 new fan guns; upper guns automated"],
        ["\u25a0 2.0 kWh per cubic metre"],
        ["Reservoir study"],
    ],
    [
        ["Season-pass app"],
        ["\u25a0 Developer chosen"],
        ["\u25a0 Built and tested with 200 pass holders"],
        ["\u25a0 Launched 1 September 2029; renewals open"],
        ["\u25a0 The app on the hill"],
        ["\u2013"],
    ],
    [
        ["People"],
        ["\u25a0 Gate procedure and training plan"],
        ["\u25a0 Coire Fionn team trained"],
        ["\u25a0 All 46 lift attendants trained"],
        ["\u25a0 Refreshers before each lift opens"],
        ["\u2013"],
    ],
    [
        ["Gates"],
        [""],
        ["\u25c6 Gate 1: after the February half-term week of 2029"],
        ["\u25c6 Gate 2: before the first lift of 2029/30"],
        [""],
        [""],
    ],
]


def slide_roadmap(prs) -> None:
    s = new_slide(prs, "Title Only", "Roadmap: what happens in which season")
    table(s, ROADMAP, 0.6, 1.3, [1.9, 2.15, 2.15, 2.15, 2.15, 1.6], 5.1, 11, 12)
    text_box(
        s,
        0.6,
        6.6,
        12.1,
        0.35,
        [
            "The last column is shown for context only: it is not funded in this paper and is "
            "not part of this plan."
        ],
        10,
        color=GREY,
    )


def slide_first_lift(prs) -> None:
    s = new_slide(prs, "Title and Content", "One lift first, then the other nine")
    text_box(
        s,
        0.6,
        1.25,
        12.1,
        1.3,
        [
            (
                "The first gates go on the Coire Fionn chairlift: four lanes at its base "
                "station, live from the first lift of winter 2028/29.",
                18,
                True,
            ),
            (
                "Why this lift: one loading point, a queue we can see from the lift hut, and "
                "more pass holders than any other lift (38% of riders in our February 2028 hand "
                "count).",
                15,
                False,
            ),
        ],
        18,
        space=6,
    )
    bullets(
        s,
        [
            "Fit four gate lanes and a card reader at the base station by 31 October 2028",
            "Rewrite the lift's evacuation plan with the gates fitted, and drill it before "
            "opening day",
            "Keep a lift attendant beside each lane for the first three weekends",
            "Count riders by hand for ten days and compare the count with the gate reads",
            "Sell RFID cards from the car park kiosk as well as the ticket office",
        ],
        17,
        top=2.7,
        height=3.8,
        space=6,
    )
    notes(
        s,
        [
            "We chose Coire Fionn over the Lochan chairlift because a failure there would not "
            "close the main way up the mountain."
        ],
    )


def slide_gate(prs) -> None:
    s = new_slide(prs, "Title and Content", "What good looks like at half-term")
    text_box(
        s,
        0.6,
        1.2,
        12.1,
        0.9,
        [
            ("Gate 1: after the February half-term week of 2029", 20, True),
            (
                "Read at a programme board on Monday 26 February 2029, on the figures for "
                "Saturday 10 to Sunday 18 February 2029:",
                14,
                False,
            ),
        ],
        16,
    )
    bullets(
        s,
        [
            "95% of riders through the Coire Fionn gates without a lift attendant stepping in",
            "Gate reads within 1% of PisteTill sales for the week",
            "No stop of the chair longer than 10 minutes caused by the gates",
            "Dated online day tickets on sale for every weekend since the first lift",
            "Snowmaking kWh per cubic metre reported every week since December",
        ],
        16,
        top=2.2,
        height=2.6,
        space=3,
    )
    label_rect(
        s,
        0.6,
        4.95,
        5.9,
        1.85,
        PALE,
        [
            ("If all five are met", 14, True),
            (
                "We order gates for the other nine lifts and release the summer 2029 money. If "
                "any is missed, Coire Fionn runs alone to Easter and we come back to the Board "
                "in May 2029.",
                13,
                False,
            ),
        ],
        13,
        NAVY,
    )
    label_rect(
        s,
        6.8,
        4.95,
        5.9,
        1.85,
        PALE,
        [
            ("Gate 2: before the first lift of 2029/30", 14, True),
            (
                "All ten lifts tested on gates, an evacuation drill on every gated lift, the app "
                "live and the 2029/30 prices loaded in PisteTill, all by 30 November 2029.",
                13,
                False,
            ),
        ],
        13,
        NAVY,
    )


RISKS = [
    [["Risk"], ["Likelihood"], ["Mitigation"]],
    [
        ["Gates arrive late from Nordgate"],
        ["Medium"],
        ["Order by 31 July 2028; keep the hand scanners working all of winter 2028/29"],
    ],
    [
        ["The radio link to Coire Fionn drops in high winds"],
        ["High"],
        [
            "Run fibre to the Coire Fionn base station in summer 2028; the gates hold reads "
            "offline for 72 hours"
        ],
    ],
    [
        ["Guests read dynamic prices as price rises"],
        ["High"],
        [
            "Publish the floor and the ceiling; keep the fixed children's, over-70s' and "
            "residents' prices"
        ],
    ],
    [
        ["A poor snow year hides the energy saving"],
        ["Medium"],
        ["Judge energy per cubic metre, not per season, and report it weekly"],
    ],
    [
        ["Night snowmaking disturbs Ardle Bridge"],
        ["Medium"],
        [
            "Keep the guns nearest Ardle Bridge silent from 23:00 to 06:00; brief the "
            "community council each November"
        ],
    ],
    [
        ["Patrollers unsure how to evacuate a gated lift"],
        ["Low"],
        ["Consult the ski patrol staff association, then drill each gated lift before it opens"],
    ],
]


def slide_risks(prs) -> None:
    s = new_slide(prs, "Title Only", "What could knock us off the piste")
    table(s, RISKS, 0.6, 1.35, [3.9, 1.5, 6.7], 5.3, 13, 14)


FIRST_90 = [
    "Sign the gate and card contract with Nordgate by 31 July 2028 (Finance Director)",
    "Survey all ten lift bases for gate lanes (Lift Engineer)",
    "Order the fibre run to the Coire Fionn base station (IT Manager)",
    "Set the price calendar rules, floor and ceiling for 2028/29 (Head of Pricing)",
    "Fit sub-meters to the pump house and compressors (Estates Manager)",
    "Agree the night tariff with our electricity supplier (Estates Manager)",
    "Write the gate procedure and the lift attendant training plan (Lift Ops Manager)",
    "Consult the ski patrol staff association on evacuating a gated lift (Head of Ski Patrol)",
    "Choose the app developer and a test group of 200 pass holders (Head of Digital)",
]


def slide_first_90(prs) -> None:
    s = new_slide(prs, "Title and Content", "First tracks: our first 90 days")
    text_box(
        s, 0.6, 1.15, 12.1, 0.4, ["June to August 2028 \u00b7 owner in brackets"], 14, color=GREY
    )
    bullets(s, FIRST_90, 16, top=1.6, height=5.2, space=3)


def slide_monday(prs) -> None:
    s = new_slide(prs, "Title and Content", "What changes on Monday")
    bullets(
        s,
        [
            "Every price change goes through the Head of Revenue and Pricing, and nobody else",
            "The snowmaking night log records kWh and cubic metres for every shift",
            "Lift attendant competence sign-offs go into Skillbook, not the paper folder in the "
            "lift office",
            "New ticket products are set up in PisteTill by the ticketing team only",
            "The snow report and lift status go on the website by 08:00 every morning",
            "Every Friday the programme manager sends the programme board one page on the plan",
        ],
        18,
        top=1.45,
        space=8,
    )


def slide_governance(prs) -> None:
    s = new_slide(prs, "Title and Content", "Who decides")
    bullets(
        s,
        [
            "Sponsor: the Chief Executive, who chairs the Every Run Counts programme board",
            "Members: the Finance Director, the Commercial Director, the Mountain Operations "
            "Director and the Head of Digital and IT; the programme manager is its secretary",
            "The programme board meets on the first Wednesday of every month and takes Gates 1 "
            "and 2; the Board hears of each within a week",
            "The Health and Safety Committee sees every gated lift's evacuation drill before "
            "that lift opens to the public",
            "We consult the ski patrol staff association and the Strathardle Community Council; "
            "neither runs any part of this plan",
        ],
        18,
        top=1.45,
        space=10,
    )


COSTS = [
    [["Capital and one-off costs"], ["Summer 2028"], ["Summer 2029"], ["Total"]],
    [["RFID gates, lanes and cards"], ["\u00a31.10m"], ["\u00a30.62m"], ["\u00a31.72m"]],
    [["Fan guns, sub-meters and controls"], ["\u00a30.86m"], ["\u00a31.24m"], ["\u00a32.10m"]],
    [["Fibre to Coire Fionn and the network"], ["\u00a30.21m"], ["\u2013"], ["\u00a30.21m"]],
    [["Ardle Pass app"], ["\u00a30.38m"], ["\u00a30.09m"], ["\u00a30.47m"]],
    [["Programme, training and contingency"], ["\u00a30.35m"], ["\u00a30.15m"], ["\u00a30.50m"]],
    [["Total"], ["\u00a32.90m"], ["\u00a32.10m"], ["\u00a35.00m"]],
]


def slide_costs(prs) -> None:
    s = new_slide(prs, "Title Only", "What it costs")
    table(s, COSTS, 0.6, 1.4, [5.2, 2.3, 2.3, 2.3], 4.2, 15, 15)
    text_box(
        s,
        0.6,
        5.9,
        12.1,
        0.8,
        [
            "The summer 2029 money is released only if Gate 1 is passed.",
            "Running costs (the app, the card stock, the PisteTill module) are in the "
            "2029/30 budget, not in this paper.",
        ],
        14,
        space=4,
    )


def slide_scope(prs) -> None:
    s = new_slide(prs, "Title and Content", "Not in this plan")
    bullets(
        s,
        [
            "Summer visitors: the mountain bike trails and sightseeing rides in summer",
            "Race clubs: training lanes and the Strathardle Ski Club's winter league",
            "School groups' weekday packages",
            "Accommodation and the campervan park",
            "Replacing the Meall Ban T-bar (its own paper, autumn 2029)",
        ],
        19,
        top=1.45,
        space=10,
    )


def slide_asks(prs) -> None:
    s = new_slide(prs, "Title and Content", "What we ask of the Board today")
    bullets(
        s,
        [
            "Approve Every Run Counts, 2028\u20132030, and its four pillars",
            "Release \u00a32.9m for the summer 2028 build",
            "Agree that Coire Fionn goes first, with the order for the other nine lifts held "
            "until Gate 1",
            "Delegate Gates 1 and 2 to the programme board, chaired by the Chief Executive",
        ],
        19,
        top=1.45,
        height=3.6,
        space=10,
    )
    label_rect(
        s,
        0.6,
        5.4,
        12.1,
        1.0,
        NAVY,
        [
            (
                "We will bring the last of these measures to the Board at the end of May 2030, "
                "when this plan closes.",
                17,
                True,
            )
        ],
        17,
    )


def app_xml(titles: Sequence[str], slides: int, notes_count: int) -> bytes:
    fonts = ["Arial", "Calibri", "Calibri Light"]
    parts = [*fonts, "Office Theme", *titles]
    lpstr = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><TotalTime>1864</TotalTime><Words>1912</Words>'
        "<Application>Microsoft Office PowerPoint</Application>"
        "<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>268</Paragraphs>"
        f"<Slides>{slides}</Slides><Notes>{notes_count}</Notes><HiddenSlides>0</HiddenSlides>"
        "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>"
        '<vt:vector size="6" baseType="variant">'
        "<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(fonts)}</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>"
        "</vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{lpstr}</vt:vector>'
        "</TitlesOfParts><Company>Ardle Mountain Company Ltd</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


PRINTER = "ppt/printerSettings/printerSettings1.bin"


def finish_pptx(data: bytes, titles: Sequence[str], notes_count: int) -> bytes:
    """The last rewrite of the package, as PowerPoint 2016 on Windows leaves it: its own
    app.xml, a created date before the modified one, no Mac printer settings."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if name == PRINTER:
                continue
            body = src.read(name)
            if name == "docProps/app.xml":
                body = app_xml(titles, len(titles), notes_count)
            elif name == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                    rb"\g<1>" + CREATED.encode() + rb"\g<2>",
                    body,
                )
            elif name == "ppt/_rels/presentation.xml.rels":
                body = re.sub(rb"<Relationship [^>]*printerSettings[^>]*/>", b"", body)
            elif name == "[Content_Types].xml":
                body = re.sub(rb'<Default Extension="bin"[^>]*/>', b"", body)
            fixed = zipfile.ZipInfo(name, date_time=STAMP.zip_time)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def build_deck() -> bytes:
    TITLES.clear()
    prs = Presentation()
    widen(prs)
    slide_title(prs)
    slide_summary(prs)
    slide_why(prs)
    slide_ambition(prs)
    slide_pillars(prs)
    slide_tiles(prs)
    slide_clock(prs)
    slide_roadmap(prs)
    slide_first_lift(prs)
    slide_gate(prs)
    slide_risks(prs)
    slide_first_90(prs)
    slide_monday(prs)
    slide_governance(prs)
    slide_costs(prs)
    slide_scope(prs)
    slide_asks(prs)
    notes_count = sum(1 for s in prs.slides if s.has_notes_slide)
    data = ooxml_bytes(
        prs,
        STAMP,
        title="Every Run Counts",
        subject="Board paper B4",
        author="Mairi Fraser",
        last_modified_by="Calum Reid",
        revision=7,
        comments="",
        keywords="",
    )
    return finish_pptx(data, TITLES, notes_count)


# =========================================================================== the org folder

POSTS = [
    (
        "Chief Executive",
        "Executive",
        "Board of Directors",
        "Leads Ardle Mountain Company. Sponsor of Every Run Counts and chair of its programme "
        "board; answers to the Board for the plan, its gates and its budget.",
    ),
    (
        "Commercial Director",
        "Executive",
        "Chief Executive",
        "Everything guests buy: lift tickets and passes, pricing, the snowsports school, rental "
        "and retail, food and beverage, marketing. Owns guest satisfaction and the post-visit "
        "survey.",
    ),
    (
        "Finance Director",
        "Executive",
        "Chief Executive",
        "Budgets, cash, capital spending and the accounts. Signs supplier contracts over "
        "\u00a350,000 and releases programme money stage by stage once the programme board "
        "agrees. Line manages IT and estates.",
    ),
    (
        "Mountain Operations Director",
        "Mountain Operations",
        "Chief Executive",
        "Everything on the hill: lifts, snowmaking and grooming, ski patrol. Duty holder for "
        "lift safety under the Health and Safety (Lift Operations) Charter. Decides each "
        "morning which lifts and runs open, and owns days open.",
    ),
    (
        "Lift Operations Manager",
        "Mountain Operations",
        "Mountain Operations Director",
        "Runs the ten lifts day to day: opening checks, loading and unloading, lift "
        "attendants' rotas and queue control at every lift base. Owns lift ride counts and "
        "queue times. Lift attendant training and competence: see the charter.",
    ),
    (
        "Lift Engineering Manager",
        "Mountain Operations",
        "Mountain Operations Director",
        "Keeps the lifts safe to run: annual inspections, summer overhauls, drives, electrics "
        "and controls. Designs, fits or supervises anything fixed in a lift station or its "
        "loading area, whoever supplies it.",
    ),
    (
        "Snowmaking and Grooming Manager",
        "Mountain Operations",
        "Mountain Operations Director",
        "The snowmaking plan and crews, the fan guns, lances and pump house, the water "
        "abstraction returns, and the six piste machines. Owns snowmaking energy per cubic "
        "metre and keeps the snowmaking night log.",
    ),
    (
        "Head of Ski Patrol",
        "Mountain Operations",
        "Mountain Operations Director",
        "Safety on the open runs: snow stability and avalanche assessments, first aid and "
        "casualty recovery, run closures, the lift evacuation teams and each lift's evacuation "
        "plan, the daily snow and weather log.",
    ),
    (
        "Energy and Estates Manager",
        "Estates",
        "Finance Director",
        "Electricity supply contracts and tariffs, the grid connection, every meter and "
        "sub-meter, the standby generators, the buildings, roads and car parks.",
    ),
    (
        "Head of Digital and IT",
        "Digital and IT",
        "Finance Director",
        "IT systems and the network, including the fibre ring and radio links; PisteTill, "
        "RentDesk, Skillbook and the Summit data warehouse; suppliers and integrations. "
        "Product owner of the Ardle Pass app.",
    ),
    (
        "Digital Marketing Manager",
        "Guest and Commercial",
        "Commercial Director",
        "The website, the snow report and webcam pages, email and social media, campaigns for "
        "tickets and passes; app store listings and launch messages, but not the app itself.",
    ),
    (
        "Head of Revenue and Pricing",
        "Guest and Commercial",
        "Commercial Director",
        "Sets the price of every lift ticket, pass and lesson; the price calendar, offers and "
        "discounts; the ticket revenue forecast. Owns lift ticket revenue per skier visit.",
    ),
    (
        "Ticketing and Guest Services Manager",
        "Guest and Commercial",
        "Commercial Director",
        "The ticket office and guest desk, online shop orders, season pass sales and renewals, "
        "card and pass issue, refunds. Reconciles ticket sales with lift access each week. "
        "Owns skier visits, season passes sold and the online share of day tickets.",
    ),
    (
        "Snowsports School Manager",
        "Snowsports",
        "Commercial Director",
        "Ski and snowboard lessons, the children's Snow Club, the lesson booking diary, "
        "instructor recruitment, and instructors' BASI qualifications and training days.",
    ),
    (
        "Rental and Retail Manager",
        "Rental and Retail",
        "Commercial Director",
        "The rental fleet of skis, boards, boots and helmets, boot fitting, the base shop and "
        "RentDesk.",
    ),
    (
        "Food and Beverage Manager",
        "Food and Beverage",
        "Commercial Director",
        "The Base Lodge restaurant and the Sgurr Caf\u00e9 at the Lochan top station: menus, "
        "stock, staff and tills.",
    ),
    (
        "People and Training Manager",
        "People",
        "Chief Executive",
        "Recruitment, contracts and pay for about 260 seasonal and 70 year-round staff; "
        "induction for every starter; the company training plan and Skillbook, the training "
        "records system. Relations with the ski patrol staff association.",
    ),
    (
        "Health and Safety Manager",
        "Safety",
        "Chief Executive",
        "The safety management system, risk assessments, incident records and RIDDOR reports, "
        "audits; secretary of the Health and Safety Committee. Advises on lift safety but does "
        "not run the lifts.",
    ),
    (
        "Programme Manager, Every Run Counts",
        "Programme office",
        "Chief Executive",
        "Runs the programme office: plan, roadmap, risk log, gate packs and reports to the "
        "programme board. Owns no workstream.",
    ),
    (
        "Chair, Glen Ardle Ski Patrol Staff Association",
        "Consulted bodies",
        "Not line-managed (consulted only)",
        "Speaks for the patrollers. Consulted on patrol duties, rotas and lift evacuation; owns "
        "no company work.",
    ),
    (
        "Chair, Strathardle Community Council",
        "Consulted bodies",
        "Not line-managed (consulted only)",
        "The statutory community council for Strathardle. Consulted on planning matters and on "
        "night working near Ardle Bridge; owns no company work.",
    ),
]


def _csv_cell(text: str) -> str:
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def posts_csv() -> str:
    rows = [("post", "team", "reports_to", "remit"), *POSTS]
    return "".join(",".join(_csv_cell(c) for c in row) + "\n" for row in rows)


CHARTER = """
# Health and Safety (Lift Operations) Charter

Ardle Mountain Company Ltd. Approved by the Board on 14 September 2027; next review September 2029.

## Purpose

This charter says who is responsible for the safe running of our ten lifts. The two chairlifts
fall under the Cableway Installations Regulations 2018; all ten lifts fall under the Health and
Safety at Work etc. Act 1974 and the Provision and Use of Work Equipment Regulations 1998. The
Health and Safety Executive is our enforcing authority.

## Duty holder

The Mountain Operations Director is the duty holder for lift safety and decides whether a lift
opens each day. A lift that the Mountain Operations Director has closed stays closed until the
Mountain Operations Director reopens it.

## Who does what

- **Lift Operations Manager.** Runs the lifts and writes the loading and unloading procedure
  for each lift. Owns lift attendant training and competence: a lift attendant may work a lift
  once the Lift Operations Manager has signed them off as competent on that lift, and the
  sign-off is renewed each season. The People and Training Manager books the training days and
  keeps the company training plan, but the competence sign-off is the Lift Operations Manager's.
- **Lift Engineering Manager.** All engineering on the lifts. Any equipment fitted in a lift
  station or its loading area, including gates, barriers, screens and their cabling, is
  designed, fitted or supervised by the Lift Engineering Manager and inspected before the lift
  runs with the public, whoever the supplier is.
- **Head of Ski Patrol.** Writes each lift's evacuation plan with the Lift Operations Manager
  and leads the evacuation teams. Every lift has an evacuation drill before it opens for the
  season, and again after any change to its loading area.
- **Health and Safety Manager.** Keeps the lift risk assessments and incident records, reports
  under RIDDOR and audits this charter each summer.

## Consultation

The Glen Ardle Ski Patrol Staff Association must be consulted before any change to lift
evacuation procedures or to patrol duties, and has 21 days to reply. The association's chair
attends the Health and Safety Committee as an observer and takes no actions.

## Health and Safety Committee

Chaired by the Mountain Operations Director; the Health and Safety Manager is its secretary.
It meets monthly in the season and every two months in summer. It sees the evacuation drill of
every new or changed lift before that lift opens to the public, and reviews every lift incident.
"""

BOARD_TERMS = """
# Every Run Counts programme board: terms of reference

Annex 2 to Board paper B4, 23 May 2028.

## Purpose

The programme board runs Every Run Counts, our plan for the 2028/29 and 2029/30 seasons, for
the Board of Directors.

## Sponsor and chair

The Chief Executive is the sponsor of Every Run Counts and chairs the programme board. The
Chief Executive answers to the Board for the plan, its gates and its budget.

## Members

- Chief Executive (chair)
- Finance Director
- Commercial Director
- Mountain Operations Director
- Head of Digital and IT

The Programme Manager, Every Run Counts, is secretary and keeps the plan, the risk log and the
gate packs. Workstream leads attend when their work is on the agenda.

## Workstreams and leads

| Workstream | Lead | With |
|---|---|---|
| Lift access (RFID gates) | Mountain Operations Director | Lift Engineering Manager, Lift Operations Manager, Ticketing and Guest Services Manager |
| Dynamic pricing | Head of Revenue and Pricing | Ticketing and Guest Services Manager |
| Snowmaking energy | Snowmaking and Grooming Manager | Energy and Estates Manager |
| Season-pass app | Head of Digital and IT | Ticketing and Guest Services Manager, Snowsports School Manager |

## Decisions

The programme board decides Gate 1 and Gate 2 (go or no-go), changes of scope within the
approved budget, and the release of each stage's money, which the Finance Director then
releases. The Board of Directors is told of every gate decision within a week.

## Meetings

First Wednesday of each month at the Base Lodge, and at any time the chair calls one for a gate.
Papers go out five working days before.

## Consultation

The Glen Ardle Ski Patrol Staff Association and the Strathardle Community Council are consulted
through the routes set out in the lift operations charter and in the planning conditions. Neither
is a member of the programme board or owns any of its work.
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Head of Digital and IT. Last updated 2 May 2028.

## PisteTill (ticketing and tills)

PisteTill sells every lift ticket, pass and lesson at the ticket office, the guest desk and the
online shop, and runs the tills in the restaurants, rental and the shop. Business owner: the
Ticketing and Guest Services Manager; prices are entered by the Head of Revenue and Pricing.

PisteTill cannot price a ticket by date: each ticket type carries one price for the whole
season, so a different price on a different day means a new ticket type. The supplier's dated
pricing module is quoted at £38,000 plus £6,500 a year. The online shop sells a day ticket for
any day of the season at the one price.

## Lift access today

Lift attendants check paper and barcode tickets by eye and with 14 hand scanners. The hand
scanners keep each scan on the handset, and scans are not retained beyond 14 days, when the
handset writes over them; they are never copied to PisteTill or Summit. Lift rides are not
counted anywhere as a result, and queue times are timed by stopwatch on six Saturdays a season.

## Summit data warehouse and Power BI

Summit is our data warehouse, built in 2024 and run by the Head of Digital and IT. Every night
it loads PisteTill sales, RentDesk rentals, the weather log and the snowmaking night log (typed
in each week). Reports are in Power BI: the weekly trading report, the season report and the
Board's figures all come from it. Ticket sales in Summit go back to the 2021/22 season.

## SnowLogic (snowmaking control)

SnowLogic runs only at the Home Run and the beginner area, where 24 fan guns and 10 lances
are controlled from the pump house; the 18 upper fan guns on the Spout and Ridge runs are
started, set and stopped by hand by the snowmaking crew. Business owner: the Snowmaking and
Grooming Manager.

## RentDesk (rental)

RentDesk holds the rental fleet, fittings and returns, and takes rental bookings online for a
given date. Business owner: the Rental and Retail Manager.

## Ski school bookings

Lessons are sold as PisteTill tickets, but the ski school's booking diary (who teaches which
lesson, when and where) relies on a spreadsheet kept by the school office on its own PC.
Business owner: the Snowsports School Manager.

## Skillbook (training records)

Skillbook holds every starter's induction, the company training plan and staff certificates.
Business owner: the People and Training Manager.

## Network

The fibre ring links the Base Lodge, the ticket office, the pump house and the Lochan
chairlift's base and top stations. The Coire Fionn base station is not yet on the fibre ring: it
runs on a radio link from the Lochan top station that drops in winds over 60 mph.

## Website and snow report

The website, the snow report and the webcams are run by the Digital Marketing Manager on a hosted
content system; the snow report is written each morning from the ski patrol's log.
"""

MEASURES = """
# Measure definitions, 2028

Each measure has one owner, who answers for its definition and its figure. Figures are reported
from the Summit data warehouse in Power BI unless the definition says otherwise. Baselines are
the 2027/28 season (first lift 9 December 2027, last day Easter Monday 17 April 2028).

## Skier visits

One person on the hill on one day with a valid ticket or pass. Owner: Ticketing and Guest
Services Manager. 2027/28: 168,400.

## Average Saturday queue, Lochan chairlift

Minutes from joining the queue to boarding at 10:00 on a Saturday, averaged over the season.
Owner: Lift Operations Manager. 2027/28: 22 minutes, timed by stopwatch on six Saturdays; from
gate reads once the Lochan chairlift has gates.

## Day tickets bought online before the day

Adult and child day tickets paid for in the online shop before the day they are used, as a share
of all day tickets. Owner: Ticketing and Guest Services Manager. 2027/28: 24%.

## Lift ticket revenue per skier visit

Lift ticket and pass revenue, net of VAT, divided by skier visits. Owner: Head of Revenue and
Pricing. 2027/28: £34.60.

## Snowmaking energy per cubic metre of snow

Electricity used by the pump house, compressors and guns, divided by the cubic metres of snow
made (from the pump house water meter at the usual conversion). Owner: Snowmaking and Grooming
Manager. 2027/28: 2.9 kWh per cubic metre, worked out from the main meter (see the energy note).

## Days the beginner area is open

Days on which the beginner area's two carpets run for the public. Owner: Mountain Operations
Director. 2027/28: 58 days.

## Season passes sold

Adult, youth and child season passes sold for a season by 30 November before it. Owner: Ticketing
and Guest Services Manager. For 2027/28: 4,120.

## Pass holders using the app on the hill

Season pass holders who open the Ardle Pass app on the hill on at least one day, as a share of
all pass holders. Owner: Head of Digital and IT. Baseline: 0% (the app launches in 2029).

## Guest satisfaction after a visit

Average answer, out of 10, to "How was your day at Glen Ardle?" in the post-visit email survey.
Owner: Commercial Director. 2027/28: 7.1. The target will be set after winter 2028/29.
"""

ENERGY = """
WATER, ENERGY AND PLANNING: NOTE FOR THE PROGRAMME BOARD
Prepared by the Energy and Estates Manager, 9 May 2028

1. Electricity

We buy electricity on a fixed-price contract that runs to 30 September 2028. A night tariff
(22:00 to 07:00) can be added when the contract is renewed. Our grid connection at the Base
Lodge substation is 1.6 MVA.

The pump house and the three compressors have no sub-meter, so snowmaking electricity is
worked out each month from the main meter at the Base Lodge substation, less an estimate for
the buildings.

2. Water

Snowmaking water comes from the Allt Ardle under our SEPA licence under the Controlled
Activities Regulations. We may abstract no more than 180,000 m3 in a season, and only between
1 November and 15 March. The Snowmaking and Grooming Manager sends the monthly returns to SEPA.

3. Planning

Under condition 14 of the 2016 planning permission for the lower snowmaking system, fan guns
within 800 m of the houses at Ardle Bridge may not run between 23:00 and 06:00. Seven of the
Home Run guns are within that distance.

The Strathardle Community Council is a consultee on our planning applications. We brief it each
November on the coming snowmaking season.
"""

MOUNTAIN = """
# Glen Ardle at a glance

A profile of the ski area for new board members and managers. Updated April 2028.

## The mountain

Glen Ardle lies at the head of Strathardle, about two and a half hours by road from Edinburgh
and Glasgow. The base is at 620 m and the top of the Lochan chairlift at 1,080 m. Our season runs
from the first lift in December, when there is enough snow, to Easter Monday. Over the last five
winters we opened on 104 days a season on average.

## The ten lifts

| Lift | Type | Notes |
|---|---|---|
| Lochan chairlift | fixed-grip quad | base to the Lochan top station; the main way up |
| Coire Fionn chairlift | fixed-grip quad | opened 1998; one loading point |
| Meall Ban T-bar | T-bar | upper mountain |
| Spout T-bar | T-bar | upper mountain |
| Ridge T-bar | T-bar | upper mountain |
| Home Run tow | button tow | lower mountain |
| Burn tow | button tow | lower mountain |
| Sgurr tow | button tow | from the Lochan top station |
| Beginner carpet 1 | carpet | the beginner area at the base |
| Beginner carpet 2 | carpet | the beginner area at the base |

## Guests

We had 168,400 skier visits in 2027/28 and 4,120 season pass holders. Most day visitors drive up
from the Central Belt on the morning they ski. Our nearest rival, Glenbruar, is an hour to the
east.

## Food, rental and lessons

The Base Lodge restaurant and the Sgurr Café at the Lochan top station; a rental shop of 1,400
pairs of skis and 300 boards; a ski and snowboard school with about 40 instructors in the season.

## Neighbours

The village of Ardle Bridge sits below the car park, and its nearest houses are within a few
hundred metres of the Home Run. Strathardle Community Council covers the glen.
"""

EMAIL = """
From: Ingrid Solberg <ingrid.solberg@nordgate-access.example>
To: Fraser Gow <fraser.gow@glenardle.example>
Cc: Ewan Baird <ewan.baird@glenardle.example>
Date: Tue, 18 Apr 2028 14:22:05 +0100
Subject: RE: Glen Ardle - RFID gates, quote 28-0417

Hi Fraser,

Thanks for the call this morning. The figures we discussed:

- Gates for all ten lifts, 31 lanes in all, with readers, cabling kits and 40,000 RFID cards:
  quote 28-0417 attached, valid to 31 July 2028.
- Our lead time is 14 weeks from a signed order. For gates working at Coire Fionn from
  31 October, we need the order by 25 July.
- Each gate keeps its reads for 72 hours if its link to PisteTill drops, and sends them on when
  the link is back.
- During the changeover, each lane reads RFID cards; barcode tickets go through a staffed lane
  with a hand scanner.
- Our engineers fit the gates under the supervision of your lift engineer, as your charter asks;
  Ewan has our method statement.

Best regards,
Ingrid

Ingrid Solberg
Account Manager, UK and Ireland
Nordgate Access AS
"""


def workforce_docx() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = DocxPt(11)
    doc.add_heading("Workforce and training notes, 2028", level=1)
    doc.add_paragraph(
        "Prepared by the People and Training Manager for the Every Run Counts programme board, "
        "May 2028."
    )
    doc.add_heading("Who works at Glen Ardle", level=2)
    doc.add_paragraph(
        "About 70 people work for us all year and about 260 more join us for the winter. "
        "Seasonal contracts start on 1 December or on the first lift, whichever is later, and "
        "end on Easter Monday."
    )
    tab = doc.add_table(rows=1, cols=3)
    for cell, text in zip(tab.rows[0].cells, ["Team", "All year", "Winter only"], strict=True):
        cell.text = text
    for row in [
        ("Lift operations", "15", "31"),
        ("Snowmaking and grooming", "9", "8"),
        ("Ski patrol", "6", "8"),
        ("Snowsports school", "4", "36"),
        ("Rental and retail", "5", "42"),
        ("Food and beverage", "8", "78"),
        ("Ticketing and guest services", "6", "34"),
        ("Other teams", "17", "23"),
    ]:
        cells = tab.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_heading("Training", level=2)
    doc.add_paragraph(
        "The People and Training Manager owns the company training plan and runs a one-day "
        "induction for every starter. Induction, certificates and training days are recorded in "
        "Skillbook. The training budget for 2028/29 is £86,000."
    )
    doc.add_paragraph(
        "Lift attendants: the 46 lift attendants (15 all year, 31 in winter) are trained on each "
        "lift by the lift supervisors, and the Lift Operations Manager signs off their competence "
        "under the lift operations charter. Lift attendants' competence records are kept on "
        "paper in the lift office, one folder per attendant."
    )
    doc.add_paragraph(
        "Instructors: the Snowsports School Manager recruits instructors, checks their BASI "
        "qualifications and runs their training days before the season."
    )
    doc.add_paragraph(
        "Ski patrol: our 14 patrollers are members of the Glen Ardle Ski Patrol Staff "
        "Association. Their first-aid and avalanche training is arranged by the Head of Ski "
        "Patrol."
    )
    doc.add_heading("Recruitment for winter 2028/29", level=2)
    doc.add_paragraph(
        "Seasonal recruitment opens on 1 September 2028; offers go out in October. Returning "
        "staff are offered their post first."
    )
    return ooxml_bytes(
        doc,
        DOC_STAMP,
        author="Morag Lindsay",
        last_modified_by="Morag Lindsay",
        title="Workforce and training notes, 2028",
        revision=3,
        comments="",
    )


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/posts.csv": posts_csv(),
        "org/governance/health-and-safety-lift-operations-charter.md": CHARTER,
        "org/governance/every-run-counts-programme-board-terms-of-reference.md": BOARD_TERMS,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/measure-definitions-2028.md": MEASURES,
        "org/context/workforce-and-training-notes-2028.docx": workforce_docx(),
        "org/context/water-energy-and-planning-note.txt": ENERGY,
        "org/context/glen-ardle-at-a-glance.md": MOUNTAIN,
        "org/context/email-2028-04-18-nordgate-quote.txt": EMAIL,
    }


def build(root: Path) -> None:
    case = root / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), **org_files()}
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
