# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev15 case ``kestrel-fire-rescue``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev15/build_kestrel_fire_rescue.py [out-folder]

Writes, under ``evals/dev15/kestrel-fire-rescue/`` (or ``<out-folder>/kestrel-fire-rescue/``):

- ``ready-crews-safer-homes-scorecard-2028-2032.pptx``: a county fire and rescue service's
  strategy for its Community Risk Management Plan, written as a balanced scorecard, 16:9, 16
  slides. A strategy map (four perspective bands, each a group shape holding its label and two
  objective boxes, with arrow connectors between the objectives), a native scorecard table
  (Perspective | Objective | Measure | Baseline | Target | Initiative | Lead, the perspective
  cells merged over two rows, initiatives and leads as paragraphs inside the cells), a
  Now / Next / Later roadmap board of text boxes whose only years are the column headers
  ("Now · 2028–29", "Next · 2029–30", "Later · 2030–32") with a gate at the foot of each
  column, a pilot at three on-call stations in the Haverdale district, a first-100-days board,
  risks and governance tables, a "what we will not do" slide, costs, asks and a glossary.
- ``org/``: a PPTX org chart (``people/org-chart.pptx``: one slide per directorate, rounded
  rectangles holding the role title, a "(core)" / "(extended)" / "(consult)" marker and a
  one-sentence remit as three paragraphs, elbow connectors from each manager to their
  reports), a systems inventory in prose, the scorecard measure definitions, the Scorecard
  Board's terms of reference, the Haverdale group fact sheet and an email from the Fleet and
  Equipment Manager.

Re-running it rewrites every file byte for byte (the OOXML helpers of
``evals/dev13/build_dev13.py`` fix the ZIP entry times and document dates). It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev15"): the engine may be tuned on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.build_dev13 import (  # noqa: E402
    BLANK,
    WHITE,
    filled,
    new_deck,
    notes,
    rgb,
    rich_box,
    save,
    table,
    text_box,
    write_text,
)

HERE = Path(__file__).resolve().parent
CASE = "kestrel-fire-rescue"
DECK = "ready-crews-safer-homes-scorecard-2028-2032.pptx"

# =========================================================================== deck (PPTX 16:9)
# Fire red, charcoal and amber; Arial throughout, as the Service's own template uses.

KF_W, KF_H = 13.333, 7.5
KF_RED = (166, 27, 36)
KF_CHAR = (40, 42, 48)
KF_AMBER = (236, 158, 32)
KF_PALE = (247, 240, 238)
KF_STONE = (236, 236, 232)
KF_INK = (30, 30, 34)
KF_GREY = (110, 112, 118)
KF_FONT = "Arial"
KF_FOOT = (
    "Kestrel Fire and Rescue Service  \u00b7  Ready Crews, Safer Homes  \u00b7  "
    "Fire Authority, 24 February 2028"
)
KF_PAGES = 16
BANDS = {
    "community": (166, 27, 36),
    "process": (196, 88, 34),
    "people": (46, 98, 140),
    "finance": (62, 112, 72),
}


def kf_page(prs: PresentationType, section: str, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 0.18, KF_H, KF_RED)
    text_box(slide.shapes, 0.6, 0.3, 9, 0.3, [section.upper()], 10, True, KF_RED, KF_FONT)
    text_box(slide.shapes, 0.6, 0.58, 12.1, 0.7, [title], 26, True, KF_CHAR, KF_FONT)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.3, 12.15, 0.02, KF_STONE)
    text_box(slide.shapes, 0.6, 7.08, 10, 0.3, [KF_FOOT], 8, False, KF_GREY, KF_FONT)
    text_box(
        slide.shapes,
        11.6,
        7.08,
        1.15,
        0.3,
        [f"{number} / {KF_PAGES}"],
        9,
        True,
        KF_GREY,
        KF_FONT,
        PP_ALIGN.RIGHT,
    )
    return slide


def arrow(shapes, start, end, color: tuple[int, int, int], head: bool = True, elbow=False):
    """A connector from the top of ``start`` to the bottom of ``end`` (or, for an org chart,
    from the bottom of ``start`` to the top of ``end``), glued to both shapes."""
    kind = MSO_CONNECTOR.ELBOW if elbow else MSO_CONNECTOR.STRAIGHT
    line = shapes.add_connector(kind, 0, 0, Inches(1), Inches(1))
    if head:
        line.begin_connect(start, 0)
        line.end_connect(end, 2)
    else:
        line.begin_connect(start, 2)
        line.end_connect(end, 0)
    line.line.color.rgb = rgb(color)
    line.line.width = Pt(1.75 if head else 1.25)
    if head:
        ln = line.line._get_or_add_ln()
        ln.append(ln.makeelement(qn("a:tailEnd"), {"type": "triangle", "w": "med", "len": "med"}))
    return line


def card(shapes, left, top, width, height, lines, size, fill, color, bold=False):
    """A text box with a fill: the roadmap's and the 100-day board's cards."""
    box = text_box(shapes, left, top, width, height, lines, size, bold, color, KF_FONT)
    box.fill.solid()
    box.fill.fore_color.rgb = rgb(fill)
    frame = box.text_frame
    frame.margin_left = frame.margin_right = Inches(0.1)
    frame.margin_top = frame.margin_bottom = Inches(0.05)
    if len(lines) > 1:
        for para in frame.paragraphs:
            para.space_after = Pt(9)
    return box


MAP = (
    (
        "COMMUNITY AND PUBLIC VALUE",
        "community",
        (
            ("C1", "Fewer fires and fewer people hurt by them", 0),
            ("C2", "A fire engine at your door, fast", 2),
        ),
    ),
    (
        "INTERNAL PROCESSES",
        "process",
        (
            ("P1", "Visit the homes most at risk first", 0),
            ("P2", "Inspect buildings in order of risk", 1),
        ),
    ),
    (
        "PEOPLE AND LEARNING",
        "people",
        (
            ("L2", "Competent crews with the risk information to hand", 1),
            ("L1", "On-call fire engines crewed when needed", 2),
        ),
    ),
    (
        "FINANCE AND RESOURCES",
        "finance",
        (
            ("F1", "Fire engines and kit ready for every call", 1),
            ("F2", "On-call cover that is good value", 2),
        ),
    ),
)
MAP_ARROWS = (
    ("P1", "C1"),
    ("P2", "C1"),
    ("L1", "C2"),
    ("L2", "P1"),
    ("L2", "P2"),
    ("F1", "L2"),
    ("F2", "L1"),
)

SCORECARD = (
    (
        "Perspective",
        "Objective",
        "Measure",
        "Baseline (2026\u201327)",
        "Target",
        "Initiative",
        "Lead",
    ),
    (
        "Community and public value",
        "C1  Fewer fires and fewer people hurt by them",
        "Accidental dwelling fires per 10,000 dwellings",
        "12.9",
        "10.5 by 2031\u201332",
        "Rebuild the household risk model from IRS, council and health data",
        "Performance and Risk Manager",
    ),
    (
        "",
        "C2  A fire engine at your door, fast",
        "Average time for the first fire engine to reach a dwelling fire",
        "9 min 48 s",
        "8 min 45 s by 2031\u201332",
        "Mobilise the nearest available fire engine by AVLS in Joint Fire Control",
        "Joint Fire Control Manager",
    ),
    (
        "Internal processes",
        "P1  Visit the homes most at risk first",
        "Home fire safety visits to high and very high risk households",
        "1,380 a year",
        "6,000 a year by 2029\u201330",
        "Open referral routes with adult social care, the ambulance service and the housing "
        "associations\nTrain on-call crews to deliver home fire safety visits on drill nights",
        "Head of Prevention\nto be named",
    ),
    (
        "",
        "P2  Inspect buildings in order of risk",
        "High-risk premises audited by their due date",
        "54%",
        "95% by 2030\u201331",
        "Re-score all 11,400 premises in FireSafe Manager on the new premises risk model\n"
        "Train wholetime crews to carry out fire safety checks at lower-risk premises",
        "Head of Protection\nHead of Protection",
    ),
    (
        "People and learning",
        "L1  On-call fire engines crewed when needed",
        "On-call first-appliance availability (county average)",
        "71.3%",
        "88% by 2031\u201332 (80% by 2029\u201330)",
        "Offer pay-for-availability contracts at every on-call station\n"
        "Recruit on-call firefighters in two intakes a year",
        "Area Manager, On-Call\nto be named",
    ),
    (
        "",
        "L2  Competent crews with the risk information to hand",
        "Firefighters in date on every core competence",
        "78%",
        "95% by 2029\u201330",
        "Record every firefighter's competence in one digital system, on-call stations "
        "included\nReplace the mobile data terminals on all 41 frontline fire engines",
        "Head of Training and Development\nHead of ICT",
    ),
    (
        "Finance and resources",
        "F1  Fire engines and kit ready for every call",
        "Days a frontline fire engine is off the run for defects, per engine per year",
        "11.2",
        "6.0 by 2030\u201331",
        "Replace 12 of our oldest pumping appliances\nFit AVLS to the 27 on-call fire engines",
        "Fleet and Equipment Manager\nto be named",
    ),
    (
        "",
        "F2  On-call cover that is good value",
        "Cost of on-call cover per available fire-engine hour",
        "to be set in 2028\u201329",
        "to be agreed at Gate 1",
        "Cost each on-call station's cover hour by hour from ReadyRota and payroll",
        "Head of Finance",
    ),
)

ROADMAP = (
    (
        "Now \u00b7 2028\u201329",
        (
            "Haverdale on-call pilot at Haverdale Bridge, Kirkby Moss and Stennet",
            "Pay-for-availability contract terms agreed with the FBU",
            "AVLS fitted to the 27 on-call fire engines",
            "Household risk model rebuilt and top-band households listed",
            "All 11,400 premises re-scored in FireSafe Manager",
            "First six new pumping appliances ordered",
        ),
        "\u25c6 Gate 1 \u00b7 Haverdale pilot go/no-go; F2 target set",
    ),
    (
        "Next \u00b7 2029\u201330",
        (
            "Pay-for-availability contracts offered at all 22 on-call stations",
            "AVLS mobilising live in Joint Fire Control",
            "Referral routes live with all five partners",
            "Wholetime crews carry out fire safety checks at lower-risk premises",
            "New MDTs on all 41 frontline fire engines",
            "Digital competence records at every station",
        ),
        "\u25c6 Gate 2 \u00b7 mid-plan review of every scorecard target",
    ),
    (
        "Later \u00b7 2030\u201332",
        (
            "Second six pumping appliances in service",
            "Two on-call recruit intakes a year, every year",
            "Every top-band household visited in the previous 24 months",
            "Consultation on the next CRMP",
        ),
        "\u25c6 Gate 3 \u00b7 close-out and the CRMP 2032\u20132036",
    ),
)


def build_deck() -> PresentationType:
    prs = new_deck(KF_W, KF_H)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, KF_W, KF_H, KF_CHAR)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 0.45, KF_H, KF_RED)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.9, 4.75, 2.2, 0.06, KF_AMBER)
    text_box(
        s.shapes,
        0.9,
        1.0,
        11,
        0.5,
        ["KESTREL FIRE AND RESCUE SERVICE"],
        15,
        True,
        KF_AMBER,
        KF_FONT,
    )
    text_box(s.shapes, 0.9, 1.65, 11.5, 1.2, ["Ready Crews, Safer Homes"], 48, True, WHITE, KF_FONT)
    text_box(
        s.shapes,
        0.9,
        2.95,
        11.5,
        1.0,
        ["Our balanced scorecard for the Community Risk Management Plan 2028\u20132032"],
        22,
        False,
        (214, 214, 218),
        KF_FONT,
    )
    text_box(
        s.shapes,
        0.9,
        5.05,
        11.5,
        1.0,
        [
            "Kestrel Fire Authority  \u00b7  24 February 2028  \u00b7  Item 7, for decision",
            "Presented by the Deputy Chief Fire Officer",
        ],
        14,
        False,
        (214, 214, 218),
        KF_FONT,
    )

    # 2 contents
    s = kf_page(prs, "Contents", "What this paper covers", 2)
    items = (
        "The plan in brief",
        "Where we stand",
        "What we are aiming for",
        "Strategy map",
        "The scorecard",
        "Now, next, later",
        "The Haverdale on-call pilot",
        "Our first 100 days",
        "Risks",
        "How we will govern it",
        "What we will not do",
        "What it costs",
        "Decisions for the Fire Authority",
    )
    text_box(
        s.shapes,
        0.6,
        1.65,
        6.0,
        5.2,
        [f"{i:>2}   {t}" for i, t in enumerate(items[:7], start=1)],
        16,
        False,
        KF_INK,
        KF_FONT,
    )
    text_box(
        s.shapes,
        6.8,
        1.65,
        6.0,
        5.2,
        [f"{i:>2}   {t}" for i, t in enumerate(items[7:], start=8)]
        + ["", "Appendix: glossary and sources"],
        16,
        False,
        KF_INK,
        KF_FONT,
    )

    # 3 summary
    s = kf_page(prs, "Summary", "The plan in brief", 3)
    rich_box(
        s.shapes,
        0.6,
        1.6,
        8.5,
        5.3,
        [
            [("\u25b8  ", True, KF_RED), (t, False, KF_INK)]
            for t in (
                "Ready Crews, Safer Homes is how we will deliver the Community Risk Management "
                "Plan 2028\u20132032 that the Fire Authority adopted in December 2027.",
                "We have written it as a balanced scorecard: eight objectives in four "
                "perspectives, each with a measure, a baseline, a target, the initiatives "
                "that move it and a lead.",
                "Our aim for 2032: every household in the top band of our risk model visited "
                "in the previous 24 months.",
                "On-call availability is the biggest single threat to our response, so most of "
                "the money and effort in the first year goes there.",
                "Every change to on-call working is tried first in the Haverdale on-call pilot, "
                "at three stations, before it reaches the other 19.",
                "The work is laid out as Now, Next and Later, with a gate at the end of each.",
                "The plan needs \u00a314.2m over four years, \u00a38.9m of it capital.",
            )
        ],
        14,
        KF_FONT,
        9,
    )
    for i, (big, small) in enumerate(
        (
            ("8", "objectives in four perspectives"),
            ("13", "initiatives with a lead or a lead to name"),
            ("3", "gates, one at the end of each column"),
            ("3", "on-call stations in the pilot"),
        )
    ):
        top = 1.6 + i * 1.32
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 9.5, top, 3.25, 1.12, KF_PALE)
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 9.5, top, 0.07, 1.12, KF_RED)
        text_box(s.shapes, 9.7, top + 0.12, 1.0, 0.9, [big], 34, True, KF_RED, KF_FONT)
        text_box(s.shapes, 10.6, top + 0.28, 2.1, 0.7, [small], 12, False, KF_INK, KF_FONT)

    # 4 where we stand
    s = kf_page(prs, "Where we stand", "Kestrel Fire and Rescue Service in 2026\u201327", 4)
    figures = (
        ("31", "fire stations: 6 wholetime, 3 day-crewed and 22 on-call"),
        ("41", "frontline fire engines, 27 of them crewed by on-call firefighters"),
        ("6,812", "incidents attended in 2026\u201327, four in ten of them false alarms"),
        ("412", "accidental dwelling fires in 2026\u201327, and five people died in fires at home"),
        (
            "71%",
            "of the time, on average, the first fire engine at an on-call station was ready to send",
        ),
        ("284", "on-call firefighters in post against an establishment of 352"),
        (
            "4,100",
            "home fire safety visits in 2026\u201327, a third of them to high-risk households",
        ),
        ("54%", "of high-risk premises were audited on time under the inspection programme"),
    )
    for i, (big, label) in enumerate(figures):
        col, row = i % 2, i // 2
        x = 0.6 + col * 6.15
        y = 1.6 + row * 1.18
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 5.95, 1.0, KF_PALE)
        text_box(s.shapes, x + 0.15, y + 0.08, 1.75, 0.85, [big], 28, True, KF_RED, KF_FONT)
        text_box(s.shapes, x + 1.95, y + 0.14, 3.9, 0.8, [label], 12, False, KF_INK, KF_FONT)
    text_box(
        s.shapes,
        0.6,
        6.4,
        12.1,
        0.5,
        [
            "Sources: IRS returns, ReadyRota, SafeHomes and FireSafe Manager for 2026\u201327, "
            "through Kestrel Insight; establishment at 31 March 2027."
        ],
        9,
        False,
        KF_GREY,
        KF_FONT,
        italic=True,
    )

    # 5 vision
    s = kf_page(prs, "Our aim", "What we are aiming for", 5)
    text_box(
        s.shapes,
        0.6,
        1.7,
        12.1,
        1.1,
        ["A Kestrel where fire is rare and help is always close."],
        34,
        True,
        KF_RED,
        KF_FONT,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 3.1, 0.09, 1.45, KF_AMBER)
    text_box(
        s.shapes,
        0.95,
        3.1,
        11.8,
        1.45,
        [
            "By March 2032, every household in the top band of our household risk model will "
            "have had a home fire safety visit in the previous 24 months."
        ],
        21,
        False,
        KF_INK,
        KF_FONT,
    )
    text_box(
        s.shapes,
        0.6,
        4.95,
        12.1,
        1.6,
        [
            "Today about 38% of the 9,600 top-band households have had a visit in the last two "
            "years.",
            "Most people who die in fires at home in Kestrel live alone, are over 75 or smoke, "
            "and most of them had never met us.",
        ],
        14,
        False,
        KF_GREY,
        KF_FONT,
    )

    # 6 strategy map
    s = kf_page(prs, "Strategy map", "How the eight objectives connect", 6)
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.6,
        1.48,
        12.15,
        0.44,
        KF_CHAR,
        ["OUR AIM   A Kestrel where fire is rare and help is always close"],
        14,
        True,
        WHITE,
        KF_FONT,
    )
    slots = (3.1, 6.4, 9.7)
    boxes = {}
    for i, (label, key, objectives) in enumerate(MAP):
        y = 2.05 + i * 1.23
        color = BANDS[key]
        group = s.shapes.add_group_shape()
        filled(group.shapes, MSO_SHAPE.RECTANGLE, 0.6, y, 12.15, 1.1, KF_STONE)
        filled(
            group.shapes,
            MSO_SHAPE.RECTANGLE,
            0.6,
            y,
            2.3,
            1.1,
            color,
            [label],
            11,
            True,
            WHITE,
            KF_FONT,
        )
        for code, title, slot in objectives:
            boxes[code] = filled(
                group.shapes,
                MSO_SHAPE.ROUNDED_RECTANGLE,
                slots[slot],
                y + 0.18,
                2.95,
                0.74,
                WHITE,
                [f"{code}  {title}"],
                11,
                True,
                color,
                KF_FONT,
                line_color=color,
            )
    for start, end in MAP_ARROWS:
        arrow(s.shapes, boxes[start], boxes[end], KF_CHAR)
    notes(
        s,
        [
            "Read from the bottom up: money and kit let our people and our processes deliver "
            "what the public sees.",
            "Each objective has one row in the scorecard on the next slide.",
        ],
    )

    # 7 scorecard
    s = kf_page(prs, "The scorecard", "Eight objectives, eight measures, thirteen initiatives", 7)
    shape = table(
        s.shapes,
        SCORECARD,
        (1.25, 1.75, 2.05, 0.95, 1.2, 3.35, 1.6),
        1.45,
        0.6,
        9,
        0.62,
        KF_CHAR,
        WHITE,
        KF_FONT,
        head_h=0.4,
    )
    tbl = shape.table
    for r in (1, 3, 5, 7):
        tbl.cell(r, 0).merge(tbl.cell(r + 1, 0))
        key = ("community", "process", "people", "finance")[(r - 1) // 2]
        cell = tbl.cell(r, 0)
        cell.fill.solid()
        cell.fill.fore_color.rgb = rgb(BANDS[key])
        for para in cell.text_frame.paragraphs:
            for run in para.runs:
                run.font.bold = True
                run.font.color.rgb = rgb(WHITE)

    # 8 roadmap: Now / Next / Later
    s = kf_page(prs, "Roadmap", "Now, next, later", 8)
    col_w, gap = 3.95, 0.15
    for c, (head, items, gate) in enumerate(ROADMAP):
        x = 0.6 + c * (col_w + gap)
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            1.5,
            col_w,
            0.5,
            (KF_RED, KF_AMBER, KF_GREY)[c],
            [head],
            16,
            True,
            WHITE,
            KF_FONT,
            align=PP_ALIGN.CENTER,
        )
        for j, item in enumerate(items):
            card(s.shapes, x, 2.12 + j * 0.66, col_w, 0.58, [item], 11, KF_PALE, KF_INK)
        card(s.shapes, x, 6.15, col_w, 0.55, [gate], 11, KF_CHAR, WHITE, bold=True)
    text_box(
        s.shapes,
        0.6,
        6.75,
        12.1,
        0.3,
        ["\u25c6 A gate sits at the end of each column; the Scorecard Board takes it."],
        9,
        False,
        KF_GREY,
        KF_FONT,
        italic=True,
    )

    # 9 pilot
    s = kf_page(prs, "Pilot", "The Haverdale on-call pilot", 9)
    text_box(
        s.shapes,
        0.6,
        1.55,
        6.1,
        0.4,
        ["What we try at the three stations"],
        15,
        True,
        KF_CHAR,
        KF_FONT,
    )
    text_box(
        s.shapes,
        0.6,
        2.0,
        6.1,
        3.6,
        [
            "\u2022 Pay-for-availability contracts, offered to every firefighter at the three "
            "stations",
            "\u2022 Availability booked in ReadyRota at least 14 days ahead",
            "\u2022 A shared crewing pool: a firefighter from one station can crew a "
            "neighbour's fire engine",
            "\u2022 AVLS on the three stations' fire engines",
            "\u2022 Home fire safety visits by on-call crews on drill nights",
            "\u2022 Competence recorded digitally instead of in the station folder",
        ],
        12.5,
        False,
        KF_INK,
        KF_FONT,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.95, 1.55, 5.8, 3.95, KF_PALE)
    text_box(
        s.shapes,
        7.15,
        1.65,
        5.4,
        0.4,
        ["We call it a success if, over its last three months:"],
        13,
        True,
        KF_RED,
        KF_FONT,
    )
    text_box(
        s.shapes,
        7.15,
        2.15,
        5.4,
        3.3,
        [
            "1. The three stations' first fire engines are available 85% of the time or more",
            "2. Kirkby Moss's fire engine is crewed on weekdays from 07:00 to 18:00 at least "
            "half the time",
            "3. On-call crews at the three stations complete 300 home fire safety visits",
            "4. Nobody at the three stations is paid less than before for the same hours of cover",
        ],
        12.5,
        False,
        KF_INK,
        KF_FONT,
    )
    rich_box(
        s.shapes,
        0.6,
        5.75,
        12.15,
        1.2,
        [
            [
                ("Pilot lead: ", True, KF_RED),
                ("Group Manager, Haverdale District", False, KF_INK),
                ("     Sponsor: ", True, KF_RED),
                ("Deputy Chief Fire Officer", False, KF_INK),
            ],
            [
                ("Why Haverdale: ", True, KF_RED),
                (
                    "its three on-call stations had the lowest availability in the county in "
                    "2026\u201327 (58%, 49% and 63%), and they cover 21,400 people along the "
                    "Haver valley.",
                    False,
                    KF_INK,
                ),
            ],
            [
                ("How long: ", True, KF_RED),
                (
                    "nine months in the Now column, from the first pay-for-availability contract "
                    "to Gate 1.",
                    False,
                    KF_INK,
                ),
            ],
        ],
        12,
        KF_FONT,
        5,
    )

    # 10 first 100 days
    s = kf_page(prs, "First 100 days", "Our first 100 days", 10)
    columns = (
        (
            "By day 30",
            (
                "Confirm the baseline and name a measure owner for every scorecard measure "
                "(Performance and Risk Manager)",
                "Open formal consultation with the FBU on pay-for-availability contracts "
                "(Head of People)",
                "Appoint the Haverdale pilot team and its on-call support officer (Group "
                "Manager, Haverdale District)",
            ),
        ),
        (
            "By day 60",
            (
                "Sign off the Haverdale pilot plan and its success criteria (Deputy Chief Fire "
                "Officer)",
                "Book the AVLS mobilising change into the ControlWorks release (Joint Fire "
                "Control Manager)",
                "Order AVLS units for the 27 on-call fire engines",
                "Renew the referral data sharing agreement with Kestrel County Council adult "
                "social care (Head of Prevention)",
            ),
        ),
        (
            "By day 100",
            (
                "Open the first on-call recruit intake in the Haverdale district (Area Manager, "
                "On-Call)",
                "Place the order for the first six pumping appliances (Fleet and Equipment "
                "Manager)",
                "Hold the first quarterly scorecard review (Deputy Chief Fire Officer)",
            ),
        ),
    )
    for c, (head, actions) in enumerate(columns):
        x = 0.6 + c * 4.1
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            x,
            1.5,
            3.95,
            0.45,
            KF_CHAR,
            [head],
            14,
            True,
            WHITE,
            KF_FONT,
        )
        card(s.shapes, x, 2.05, 3.95, 4.75, list(actions), 12, KF_PALE, KF_INK)

    # 11 risks
    s = kf_page(prs, "Risks", "What could stop us", 11)
    table(
        s.shapes,
        [
            ("Risk", "Likelihood", "What we will do", "Owner"),
            (
                "The FBU and the Service cannot agree pay-for-availability terms",
                "Medium",
                "Open consultation in the first 30 days and run the Haverdale pilot on "
                "voluntary contracts",
                "Head of People",
            ),
            (
                "New on-call firefighters leave within two years",
                "High",
                "Give every recruit a station mentor and pay for availability from their first day",
                "Area Manager, On-Call",
            ),
            (
                "The AVLS mobilising change misses its ControlWorks release",
                "Medium",
                "Book the change by day 60 and keep mobilising on status messages until it is live",
                "Joint Fire Control Manager",
            ),
            (
                "Chassis lead times delay the new pumping appliances",
                "High",
                "Order the first six in the first year and keep the four reserve fire engines on "
                "the run",
                "Fleet and Equipment Manager",
            ),
            (
                "Partners refer fewer households than we plan for",
                "Medium",
                "Review referrals with each partner every quarter and target visits from the "
                "household risk model",
                "Head of Prevention",
            ),
        ],
        (3.7, 1.2, 4.95, 2.3),
        1.55,
        0.6,
        12,
        0.85,
        KF_CHAR,
        WHITE,
        KF_FONT,
        head_h=0.45,
    )

    # 12 governance
    s = kf_page(prs, "Governance", "How we will govern it", 12)
    table(
        s.shapes,
        [
            ("Forum", "Who", "How often", "Decides"),
            (
                "Kestrel Fire Authority",
                "18 elected members; the Chief Fire Officer reports",
                "Quarterly scorecard report; each gate",
                "The budget, and any change to a scorecard target",
            ),
            (
                "Scorecard Board",
                "Deputy Chief Fire Officer (chair), the three directors, Head of Finance, "
                "Performance and Risk Manager",
                "Monthly",
                "Each gate's go/no-go; moves money between initiatives within the approved total",
            ),
            (
                "Quarterly scorecard review",
                "Objective leads and measure owners",
                "Every quarter",
                "Rates each measure red, amber or green; may change initiatives, never targets",
            ),
            (
                "On-call availability call",
                "Area Manager, On-Call with the district group managers",
                "Every Monday",
                "The week's gaps in on-call cover and who fills each",
            ),
        ],
        (2.6, 4.0, 2.25, 3.3),
        1.55,
        0.6,
        12,
        0.72,
        KF_CHAR,
        WHITE,
        KF_FONT,
        head_h=0.45,
        first_col_bold=True,
    )
    text_box(
        s.shapes,
        0.6,
        5.4,
        12.15,
        1.5,
        [
            "Sponsor: the Deputy Chief Fire Officer, who chairs the Scorecard Board and decides "
            "each gate.",
            "The Chair of the Fire Authority's Scrutiny Committee sees every gate paper before "
            "the Scorecard Board meets.",
            "Each measure has one owner, named in the measure definitions, who reports it in "
            "Kestrel Insight by the seventh working day of the month.",
        ],
        12,
        False,
        KF_INK,
        KF_FONT,
    )

    # 13 what we will not do
    s = kf_page(prs, "Boundaries", "What we will not do", 13)
    lines = (
        "We will not close or merge any fire station during this plan.",
        "We will not cut wholetime posts to pay for on-call contracts.",
        "We will not replace ControlWorks before its contract ends in 2033.",
        "We will not charge businesses for fire safety audits or advice.",
        "We will not widen emergency medical response beyond the two stations that "
        "co-respond today.",
        "We will not lower the inspection frequency for sleeping-risk premises.",
    )
    for i, line in enumerate(lines):
        y = 1.6 + i * 0.86
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, y, 12.15, 0.72, KF_PALE)
        text_box(s.shapes, 0.75, y + 0.08, 0.6, 0.6, ["\u2715"], 22, True, KF_RED, KF_FONT)
        text_box(s.shapes, 1.4, y + 0.14, 11.2, 0.5, [line], 15, False, KF_INK, KF_FONT)

    # 14 costs
    s = kf_page(prs, "Resources", "What it costs", 14)
    table(
        s.shapes,
        [
            ("What", "Capital", "Revenue over four years"),
            ("12 pumping appliances, in two orders of six", "\u00a36.6m", "\u2013"),
            ("AVLS for 27 fire engines and new MDTs for 41", "\u00a31.4m", "\u00a30.2m"),
            ("Competence recording system", "\u00a30.4m", "\u00a30.4m"),
            ("Fire behaviour unit at the Ashby Lane training centre", "\u00a30.5m", "\u2013"),
            ("Pay-for-availability contracts above today's on-call pay", "\u2013", "\u00a33.6m"),
            ("Four prevention advocates and one risk analyst", "\u2013", "\u00a31.1m"),
            ("Total", "\u00a38.9m", "\u00a35.3m"),
        ],
        (6.6, 2.3, 3.25),
        1.55,
        0.6,
        13,
        0.55,
        KF_CHAR,
        WHITE,
        KF_FONT,
        head_h=0.45,
    )
    text_box(
        s.shapes,
        0.6,
        6.2,
        12.1,
        0.6,
        ["The plan needs \u00a314.2m over four years; money is released gate by gate."],
        13,
        True,
        KF_CHAR,
        KF_FONT,
    )

    # 15 asks
    s = kf_page(prs, "Decisions", "Decisions for the Fire Authority today", 15)
    text_box(
        s.shapes,
        0.6,
        1.7,
        12.1,
        4.8,
        [
            "1.  Adopt Ready Crews, Safer Homes as the delivery plan for the CRMP 2028\u20132032.",
            "2.  Approve \u00a314.2m over four years, \u00a38.9m of it capital, released gate by "
            "gate.",
            "3.  Approve the Haverdale on-call pilot at Haverdale Bridge, Kirkby Moss and Stennet.",
            "4.  Note that pay-for-availability contracts need consultation with the FBU before "
            "any firefighter moves to them.",
            "5.  Receive the scorecard every quarter at the Fire Authority meeting.",
        ],
        17,
        False,
        KF_INK,
        KF_FONT,
    )

    # 16 glossary and sources
    s = kf_page(prs, "Appendix", "Glossary and sources", 16)
    text_box(
        s.shapes,
        0.6,
        1.6,
        12.1,
        5.2,
        [
            "AVLS: automatic vehicle location system, which shows Joint Fire Control where each "
            "fire engine is.",
            "CRMP: Community Risk Management Plan, the Service's statutory plan for the risks in "
            "its area.",
            "MDT: mobile data terminal, the screen in the cab that shows the incident and the "
            "risk information.",
            "On-call (retained) firefighter: lives or works near the station and answers the "
            "alerter when called.",
            "Pay-for-availability: an on-call contract that pays for hours of cover booked, "
            "not a retainer plus call-outs.",
            "RBIP: risk-based inspection programme.",
            "Sources: IRS returns to the Home Office; ReadyRota; SafeHomes; FireSafe Manager; "
            "Fleetbase; the 2027\u201328 budget book.",
        ],
        13,
        False,
        KF_INK,
        KF_FONT,
    )
    return prs


# =========================================================================== org chart (PPTX)

TIER_FILL = {"core": (252, 236, 234), "extended": (242, 242, 240), "consult": (232, 240, 248)}
TIER_LINE = {"core": KF_RED, "extended": KF_GREY, "consult": (46, 98, 140)}

# Each directorate: its slide title, then boxes (key, role, tier, remit, column, row, parent).
ORG = (
    (
        "Chief Fire Officer's Office",
        (
            (
                "cfo",
                "Chief Fire Officer",
                "extended",
                "Head of paid service: leads the Service for the Fire Authority, signs the CRMP "
                "and the annual statement of assurance, and receives the quarterly scorecard.",
                1.5,
                0,
                None,
            ),
            (
                "dcfo",
                "Deputy Chief Fire Officer",
                "core",
                "Sponsors Ready Crews, Safer Homes, chairs the Scorecard Board, decides each "
                "gate and line-manages the three directors.",
                1.5,
                1,
                "cfo",
            ),
            (
                "prm",
                "Performance and Risk Manager",
                "core",
                "Keeps the scorecard and its baselines, the IRS returns to the Home Office, the "
                "household and premises risk models, the Kestrel Insight dashboards and the gate "
                "papers.",
                0.5,
                2,
                "dcfo",
            ),
            (
                "comms",
                "Communications and Engagement Manager",
                "extended",
                "Runs on-call recruitment campaigns, the public consultation on the CRMP and "
                "the Service's media work.",
                2.5,
                2,
                "dcfo",
            ),
        ),
    ),
    (
        "Service Delivery Directorate",
        (
            (
                "acfo_sd",
                "Assistant Chief Fire Officer, Service Delivery",
                "core",
                "Runs the 31 stations and operational response, and answers to the Fire "
                "Authority for response times and fire-engine availability.",
                1.5,
                0,
                None,
            ),
            (
                "amoc",
                "Area Manager, On-Call",
                "core",
                "Owns on-call availability, contracts, recruitment and retention across the 22 "
                "on-call stations, and leads the on-call support officers.",
                0,
                1,
                "acfo_sd",
            ),
            (
                "gmh",
                "Group Manager, Haverdale District",
                "core",
                "Runs the eight stations of the Haverdale district and leads the Haverdale "
                "on-call pilot on the ground.",
                1.5,
                1,
                "acfo_sd",
            ),
            (
                "jfc",
                "Joint Fire Control Manager",
                "core",
                "Runs Two Counties Fire Control for Kestrel and Tamsey: 999 call handling, "
                "mobilising, ControlWorks and the availability board.",
                3,
                1,
                "acfo_sd",
            ),
            (
                "ocso",
                "On-Call Support Officers",
                "extended",
                "Work with the on-call stations on rotas, drill nights, recruit induction and "
                "daytime cover.",
                0,
                2,
                "amoc",
            ),
            (
                "smhb",
                "Station Manager, Haverdale Bridge",
                "extended",
                "Manages Haverdale Bridge, Kirkby Moss and Stennet stations day to day, with "
                "their watch managers and drill nights.",
                1.5,
                2,
                "gmh",
            ),
        ),
    ),
    (
        "Prevention and Protection Directorate",
        (
            (
                "acfo_cr",
                "Assistant Chief Fire Officer, Community Risk",
                "core",
                "Leads prevention and protection and answers to the Fire Authority for the home "
                "fire safety and inspection programmes.",
                1.5,
                0,
                None,
            ),
            (
                "hprev",
                "Head of Prevention",
                "core",
                "Runs home fire safety visits, the Safe and Well advocates, the referral "
                "partnerships with health, social care and housing, and SafeHomes.",
                0.5,
                1,
                "acfo_cr",
            ),
            (
                "hprot",
                "Head of Protection",
                "core",
                "Runs business fire safety: the risk-based inspection programme, audits and "
                "enforcement under the Fire Safety Order, building consultations and FireSafe "
                "Manager.",
                2.5,
                1,
                "acfo_cr",
            ),
            (
                "csp",
                "Community Safety Partnerships Officer",
                "extended",
                "Keeps the data sharing agreements and the day-to-day contact with the "
                "referral partners.",
                0.5,
                2,
                "hprev",
            ),
        ),
    ),
    (
        "Corporate Services Directorate",
        (
            (
                "dcs",
                "Director of Corporate Services",
                "core",
                "Leads finance, people, ICT, fleet, training and estates, and holds the "
                "corporate risk register.",
                1.5,
                0,
                None,
            ),
            (
                "fin",
                "Head of Finance",
                "core",
                "Sets the budget and the medium-term financial plan, runs the capital programme "
                "and pays on-call firefighters for their cover and call-outs.",
                0,
                1,
                "dcs",
            ),
            (
                "hr",
                "Head of People",
                "core",
                "Owns HR policy, recruitment, contracts and absence, and the Service's side of "
                "the joint negotiating procedure with the FBU.",
                1,
                1,
                "dcs",
            ),
            (
                "ict",
                "Head of ICT",
                "core",
                "Runs the network, ReadyRota, SafeHomes, FireSafe Manager and the other "
                "business systems, the mobile data terminals and the links to ControlWorks.",
                2,
                1,
                "dcs",
            ),
            (
                "fleet",
                "Fleet and Equipment Manager",
                "core",
                "Runs the 41 frontline and four reserve fire engines, the workshop at Kestrel "
                "HQ, Fleetbase and the vehicle replacement programme.",
                3,
                1,
                "dcs",
            ),
            (
                "train",
                "Head of Training and Development",
                "core",
                "Runs the Ashby Lane training centre, the on-call initial course, maintenance "
                "of competence and the competence records in SkillTrack.",
                1,
                2,
                "hr",
            ),
            (
                "estates",
                "Estates Manager",
                "extended",
                "Looks after the 31 stations, headquarters and the training centre, and their "
                "building works.",
                0,
                2,
                "fin",
            ),
        ),
    ),
    (
        "Bodies we consult",
        (
            (
                "fbu",
                "FBU Brigade Secretary",
                "consult",
                "Represents wholetime, on-call and control staff, and is consulted on contracts, "
                "rotas, crewing and duty systems.",
                0,
                0,
                None,
            ),
            (
                "scrutiny",
                "Chair, Fire Authority Scrutiny Committee",
                "consult",
                "Elected member who scrutinises the CRMP's delivery and is consulted before each "
                "gate decision.",
                1.5,
                0,
                None,
            ),
            (
                "dpo",
                "Data Protection Officer",
                "consult",
                "Advises on data sharing with partners and on the household risk model, and is "
                "consulted before any new data source is used.",
                3,
                0,
                None,
            ),
        ),
    ),
)


def org_box(shapes, left, top, role, tier, remit):
    box = shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(2.95), Inches(1.45)
    )
    box.fill.solid()
    box.fill.fore_color.rgb = rgb(TIER_FILL[tier])
    box.line.color.rgb = rgb(TIER_LINE[tier])
    box.line.width = Pt(1.25)
    frame = box.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = Inches(0.08)
    frame.margin_top = frame.margin_bottom = Inches(0.05)
    for i, (text, size, bold, italic, color) in enumerate(
        (
            (role, 11, True, False, KF_CHAR),
            (f"({tier})", 9, False, True, TIER_LINE[tier]),
            (remit, 8.5, False, False, KF_INK),
        )
    ):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.alignment = PP_ALIGN.CENTER
        run = para.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.italic = italic
        run.font.name = KF_FONT
        run.font.color.rgb = rgb(color)
    return box


def build_org_chart() -> PresentationType:
    prs = new_deck(KF_W, KF_H)
    total = len(ORG)
    for n, (directorate, roles) in enumerate(ORG, start=1):
        s = prs.slides.add_slide(prs.slide_layouts[BLANK])
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, KF_W, 0.1, KF_RED)
        text_box(s.shapes, 0.5, 0.3, 10, 0.55, [directorate], 24, True, KF_CHAR, KF_FONT)
        text_box(
            s.shapes,
            0.5,
            0.85,
            12.3,
            0.6,
            [
                "Ready Crews, Safer Homes: programme roles. Kept by the Head of People; "
                "updated 8 February 2028.",
                "Tier under each title: (core) core team; (extended) kept informed and "
                "consulted early; (consult) must be consulted, owns no work.",
            ],
            10,
            False,
            KF_GREY,
            KF_FONT,
        )
        text_box(
            s.shapes,
            11.5,
            7.05,
            1.3,
            0.3,
            [f"{n} / {total}"],
            9,
            True,
            KF_GREY,
            KF_FONT,
            PP_ALIGN.RIGHT,
        )
        placed = {}
        for key, role, tier, remit, col, row, _parent in roles:
            left = 0.55 + col * 3.1
            top = 1.7 + row * 1.85
            placed[key] = org_box(s.shapes, left, top, role, tier, remit)
        tree = s.shapes._spTree
        for key, _role, _tier, _remit, _col, _row, parent in roles:
            if parent is not None:
                line = arrow(s.shapes, placed[parent], placed[key], KF_GREY, head=False, elbow=True)
                tree.remove(line._element)
                tree.insert(2, line._element)  # behind the boxes
    return prs


# =========================================================================== org texts

SYSTEMS = """
# Systems we run

Head of ICT, January 2028. Written for the Scorecard Board, system by system, in plain words.

## Mobilising and control

Two Counties Fire Control at Tamsey Road takes the 999 calls for Kestrel and for Tamsey Fire and
Rescue Service on ControlWorks, the mobilising system the two services bought together in 2023
on a ten-year contract. ControlWorks proposes the fire engines to send from each address's
pre-determined attendance and from the status each engine last reported. The supplier builds
changes to the mobilising rules into two releases a year, in April and October, and a change
must be booked with it four months before the release it is meant for.

AVLS units are fitted to the 14 wholetime and day-crewed fire engines, and their positions show
on the control room map; the 27 on-call fire engines report their position by status message
over the radio.

## On-call availability

ReadyRota is where on-call firefighters book their availability, on the phone app or on the
station terminal, at all 22 on-call stations and the three day-crewed ones. ReadyRota sends
availability to ControlWorks every 15 minutes, so the availability board in control can show an
engine as available for up to a quarter of an hour after its crew has dropped below four.
ReadyRota keeps every booking since 2021, and Kestrel Insight reads it each night.

## Fire engines and risk information

Every frontline fire engine carries a mobile data terminal (MDT) with the incident details, the
site-specific risk information for about 2,300 premises, hydrants and open water, and the
chemical data sheets. The MDTs take new risk information over station Wi-Fi while the engine
stands in its bay, and station Wi-Fi reaches the appliance bay at 9 of the 22 on-call stations.

Fleetbase is the fleet management system. It plans every service, test and inspection, logs each
defect with the time it was reported and cleared, and shows which engines are off the run.

## Incident recording

Crews complete the incident record in the Home Office Incident Recording System (IRS) from the
station terminal after each incident, and the Performance and Risk team checks every dwelling
fire record each month before the quarterly return.

## Prevention and protection

SafeHomes is our prevention case system. It books home fire safety visits, records what was
fitted and advised, and holds the risk score of every household we have visited. Partner
referrals reach the prevention team as emails and web forms, and two administrators key them into
SafeHomes, clearing about 60 a day.

FireSafe Manager holds the premises register for business fire safety, with the audit history and
the enforcement notices for 11,400 premises. 3,900 of those premises carry a risk score, set in
2019 under the old scoring method, and the risk-based inspection programme draws its list from
them.

## People, training and pay

SkillTrack holds the competence records, e-learning and assessments for wholetime firefighters
and control staff, and flags each competence 60 days before it falls out of date. On-call
firefighters record their competence in paper training folders kept at each station, which the
training centre checks when it audits a station.

PeopleHub holds HR records, absence and payroll; on-call firefighters claim their call-outs and
drill nights through it every month.

## Reporting

Kestrel Insight is our data warehouse, with Power BI dashboards on top. It loads IRS, ReadyRota,
SafeHomes, FireSafe Manager, Fleetbase and PeopleHub data every night, and the availability
dashboard is ready by 07:00.
"""

MEASURES = """
# Scorecard measures: definitions and owners

Performance and Risk Manager, February 2028. Each measure has one owner, who reports it in
Kestrel Insight by the seventh working day of the month. Baselines are for 2026-27.

C1 Accidental dwelling fires per 10,000 dwellings
- Definition: accidental fires in dwellings recorded in IRS in the year, over the dwellings on the two councils' council tax lists, times 10,000.
- Source: IRS and the council tax base.
- Measure owner: Head of Prevention.
- Baseline: 12.9 (412 fires).

C2 Average time for the first fire engine to reach a dwelling fire
- Definition: from the time Joint Fire Control answers the 999 call to the time the first fire engine books in attendance, averaged over all dwelling fires in the year.
- Source: ControlWorks, checked against IRS.
- Measure owner: Assistant Chief Fire Officer, Service Delivery.
- Baseline: 9 minutes 48 seconds.

P1 Home fire safety visits to high and very high risk households
- Definition: completed visits in the year to households SafeHomes scores high or very high.
- Source: SafeHomes.
- Measure owner: Head of Prevention.
- Baseline: 1,380.

P2 High-risk premises audited by their due date
- Definition: audits of premises scored high or very high completed by the date the risk-based inspection programme set for them, over all such audits due in the year.
- Source: FireSafe Manager.
- Measure owner: Head of Protection.
- Baseline: 54%.

L1 On-call first-appliance availability
- Definition: hours in which the first fire engine at an on-call station had a crew of four or more, including a qualified driver and an officer in charge, over all hours, averaged across the 22 on-call stations.
- Source: ReadyRota.
- Measure owner: Area Manager, On-Call.
- Baseline: 71.3%.

L2 Firefighters in date on every core competence
- Definition: operational firefighters whose breathing apparatus, incident command, casualty care, driving and working at height competences are all in date, over all operational firefighters.
- Source: SkillTrack for wholetime and control staff; for on-call firefighters, the station training folders, counted by hand each quarter.
- Measure owner: Head of Training and Development.
- Baseline: 78%.

F1 Days off the run for defects
- Definition: days a frontline fire engine stood off the run for a mechanical or equipment defect, over the number of frontline fire engines.
- Source: Fleetbase.
- Measure owner: Fleet and Equipment Manager.
- Baseline: 11.2 days per engine.

F2 Cost of on-call cover per available fire-engine hour
- Definition: on-call pay, training and support costs over the hours on-call fire engines were available.
- Source: PeopleHub and ReadyRota.
- Measure owner: Head of Finance.
- Baseline: to be set in 2028-29.
"""

BOARD_TOR = """
# Scorecard Board: terms of reference

Agreed by the Service Leadership Team on 1 February 2028, to take effect when the Fire Authority
adopts Ready Crews, Safer Homes.

## 1. Purpose

The Scorecard Board runs Ready Crews, Safer Homes for the Service. It owns the scorecard as a
whole, decides each gate and reports to the Fire Authority every quarter.

## 2. Members

- Deputy Chief Fire Officer (chair and sponsor)
- Assistant Chief Fire Officer, Service Delivery
- Assistant Chief Fire Officer, Community Risk
- Director of Corporate Services
- Head of Finance
- Performance and Risk Manager (secretary)

Objective leads attend for their own items. The Chief Fire Officer receives the papers.

## 3. Meetings

The Board meets on the first Thursday of every month at Service Headquarters. Papers go out five
working days before. Every third meeting is the quarterly scorecard review, at which each measure
owner rates their measure red, amber or green and explains it.

## 4. Who decides

| Decision | Decided by | Recommended by |
|---|---|---|
| Gate go/no-go | Scorecard Board, the Deputy Chief Fire Officer deciding | Performance and Risk Manager, from the gate paper |
| Moving money between initiatives within the approved total | Scorecard Board | Head of Finance |
| Adding or dropping an initiative | Scorecard Board | The objective lead |
| Changing a scorecard target | Kestrel Fire Authority | Deputy Chief Fire Officer |
| Spending above the approved total | Kestrel Fire Authority | Head of Finance |

## 5. Consultation

Any change to on-call terms and conditions goes through the joint negotiating procedure with the
FBU, which allows 90 days for consultation before the change can be made.

The Chair of the Fire Authority's Scrutiny Committee receives every gate paper and may ask for a
gate to go to the full Authority.

The Data Protection Officer is consulted before the Service uses any new partner data set.
"""

HAVERDALE_FACTS = """
# Haverdale group: fact sheet

Group Manager, Haverdale District, January 2028.

- **Stations:** Haverdale Bridge, Kirkby Moss and Stennet, three on-call stations with one fire engine each; Stennet also crews a 4x4 for moorland fires.
- **Crews:** Haverdale Bridge has 12 of its 14 posts filled, Kirkby Moss 9 of 12 and Stennet 11 of 12.
- **Availability in 2026-27:** Haverdale Bridge 58%, Kirkby Moss 49% and Stennet 63% of hours with a crew of four.
- **Daytime:** seven of Kirkby Moss's nine firefighters work in Haverdale town or further away on weekdays, and its fire engine was crewed between 07:00 and 18:00 on one weekday in three in 2026-27.
- **Drill nights:** all three stations drill on Tuesday evenings, 19:00 to 21:00.
- **People:** 21,400 people live in the three station areas, 1,150 of the households are in the top band of the risk model, and the A-road along the Haver valley carries most of the group's road traffic collisions.
- **Nearest wholetime cover:** Haverdale Central, 14 to 22 minutes' drive from the three villages.
- **Routine:** the Station Manager, Haverdale Bridge holds a call with the three watch managers every Monday morning before the county availability call.
"""

FLEET_EMAIL = """
From: Fleet and Equipment Manager
To: Deputy Chief Fire Officer; Performance and Risk Manager
Date: 6 February 2028
Subject: Fleet figures for the scorecard paper

Hi both,

A few points from the workshop before the paper goes to the Authority.

Age. Twelve of our 41 frontline engines will be over 15 years old by the end of 2028-29, and
those twelve account for almost two-thirds of the defect days in Fleetbase last year. Replacing
them in two orders of six is the right call.

Workshop cover. The workshop at Kestrel HQ has four technicians and works Monday to Friday,
07:30 to 16:00, so a defect found on a Friday evening waits for Monday unless I call someone in
on overtime.

Reserve fleet. We keep four reserve engines, all kitted and on the run within two hours of a
swap, which is what keeps the defect days from showing up as lost availability.

On the good side, every engine passed its annual test in 2027, and Fleetbase has the full
service history of the fleet back to 2014.

Regards,
Fleet and Equipment Manager
"""


def write_org(org: Path) -> None:
    save(
        build_org_chart(),
        org / "people" / "org-chart.pptx",
        "Head of People",
        "Ready Crews, Safer Homes: programme roles",
    )
    write_text(org / "systems" / "systems-inventory.md", SYSTEMS)
    write_text(org / "measures" / "scorecard-measure-definitions.md", MEASURES)
    write_text(org / "governance" / "scorecard-board-terms-of-reference.md", BOARD_TOR)
    write_text(org / "context" / "haverdale-group-fact-sheet.md", HAVERDALE_FACTS)
    write_text(org / "context" / "email-fleet-and-equipment-manager-2028-02-06.txt", FLEET_EMAIL)


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root / "kestrel-fire-rescue"``."""
    case = root / CASE
    save(
        build_deck(),
        case / DECK,
        "Office of the Deputy Chief Fire Officer",
        "Ready Crews, Safer Homes",
    )
    write_org(case / "org")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
