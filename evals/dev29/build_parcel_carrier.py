"""Build the dev29 case ``parcel-carrier``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/dev29/build_parcel_carrier.py [out]

Writes, under ``evals/dev29/parcel-carrier/`` (or ``<out>/parcel-carrier/``):

- ``Network Plan 2028-30 - Board 14 Mar 2028 v6.pptx``: a regional parcel carrier's operations
  plan for its hub and 14 depots in Ireland and Great Britain over trading years 2028/29 and
  2029/30 (trading weeks 1 to 104), a 16:9 deck as PowerPoint for Mac saves it:
  ``docProps/app.xml`` naming "Microsoft Macintosh PowerPoint" 16.0000 (Widescreen, fonts,
  theme and slide titles in ``TitlesOfParts``), the Office Theme's layouts stretched to
  12192000 x 6858000 EMU, titles in title placeholders, ZIP entries in name order. The
  roadmap (slide 13) draws each phase as a grouped shape, a chevron with a text box under it;
  the KPIs (slide 11) and the risks (slide 15) are native tables.
- ``org/``: the managers' contact cards as a vCard 4.0 file (``people/managers.vcf``: one
  VCARD per post, CRLF, lines folded at 75 octets, commas and semicolons escaped, FN, N,
  TITLE, ROLE holding the plan tier, ORG with a unit, RELATED;TYPE=manager pointing at the
  manager's UID, NOTE holding the remit), the steering group's terms of reference, the drivers'
  recognition agreement extract, the depot health and safety committee's constitution, the
  systems and data inventory, the measures register (CSV, CRLF), the depot network, training
  and certification, and a saved email about peak 2027.

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the text files as literal strings. It never
touches ``gold.json``. This is a DEVELOPMENT case (split "dev29").
"""

from __future__ import annotations

import csv
import io
import sys
import uuid
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "parcel-carrier"
DECK = "Network Plan 2028-30 - Board 14 Mar 2028 v6.pptx"
STAMP = Stamp((2028, 3, 10, 17, 42, 18), "2028-03-10T17:42:18Z")

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
WIDE, HIGH = 12192000, 6858000

NAVY = RGBColor(0x12, 0x2B, 0x4A)
ORANGE = RGBColor(0xE8, 0x6A, 0x1C)
INK = RGBColor(0x22, 0x26, 0x2B)
GREY = RGBColor(0x6A, 0x71, 0x7A)
PALE = RGBColor(0xF3, 0xE3, 0xD6)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
FONT = "Arial"
FOOTER = "Ardglen Parcels \u00b7 Network Plan 2028\u20132030 \u00b7 Commercial in confidence"

# =========================================================================== small helpers


def _runs(p, text: str, size: float, bold: bool, color: RGBColor) -> None:
    run = p.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = FONT
    run.font.color.rgb = color


def _bullet(p) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", "228600")
    ppr.set("indent", "-228600")
    font = ppr.makeelement(f"{{{NS_A}}}buFont", {"typeface": "Arial"})
    ppr.append(font)
    ppr.append(ppr.makeelement(f"{{{NS_A}}}buChar", {"char": "\u2022"}))


Para = tuple[str, float, bool, RGBColor, bool]  # text, size, bold, colour, bullet


def para(
    text: str, size: float = 14, bold: bool = False, color: RGBColor = INK, bullet: bool = False
) -> Para:
    return (text, size, bold, color, bullet)


def box(shapes, x: float, y: float, w: float, h: float, paras: Sequence[Para], align=None):
    """A text box, one paragraph per entry."""
    tb = shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    frame = tb.text_frame
    frame.word_wrap = True
    for i, (text, size, bold, color, bullet) in enumerate(paras):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if bullet:
            _bullet(p)
        if i:
            p.space_before = Pt(5)
        if align is not None:
            p.alignment = align
        _runs(p, text, size, bold, color)
    return tb


def title(slide, text: str, eyebrow: str, n: int) -> None:
    """The title placeholder, an eyebrow above it and the footer."""
    shape = slide.shapes.title
    shape.left, shape.top = Inches(0.6), Inches(0.55)
    shape.width, shape.height = Inches(12.1), Inches(0.85)
    frame = shape.text_frame
    frame.vertical_anchor = MSO_ANCHOR.TOP
    p = frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    _runs(p, text, 28, True, NAVY)
    box(slide.shapes, 0.6, 0.22, 8.0, 0.35, [para(eyebrow.upper(), 10, True, ORANGE)])
    box(slide.shapes, 0.6, 7.02, 9.0, 0.3, [para(FOOTER, 8, False, GREY)])
    box(slide.shapes, 12.0, 7.02, 0.7, 0.3, [para(str(n), 9, True, GREY)], PP_ALIGN.RIGHT)


def rect(shapes, x: float, y: float, w: float, h: float, fill: RGBColor, kind=None):
    shape = shapes.add_shape(
        kind or MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h)
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = fill
    shape.line.fill.background()
    return shape


def table(slide, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]]):
    shape = slide.shapes.add_table(
        len(rows), len(widths), Inches(x), Inches(y), Inches(sum(widths)), Inches(0.42 * len(rows))
    )
    tab = shape.table
    for j, w in enumerate(widths):
        tab.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        tab.rows[i].height = Inches(0.42)
        for j, value in enumerate(row):
            cell = tab.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.07)
            frame = cell.text_frame
            frame.word_wrap = True
            p = frame.paragraphs[0]
            _runs(p, value, 12 if i == 0 else 11.5, i == 0, WHITE if i == 0 else INK)
    return tab


def notes(slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = text


# =========================================================================== the slides


def s01(prs, slide, n):
    slide.shapes.title.text_frame.text = ""
    head = slide.shapes.title
    head.left, head.top, head.width, head.height = (
        Inches(0.9),
        Inches(2.3),
        Inches(11.5),
        Inches(1.2),
    )
    p = head.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    _runs(p, "Network Plan 2028\u20132030", 44, True, NAVY)
    sub = slide.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = (
        Inches(0.9),
        Inches(3.5),
        Inches(11.5),
        Inches(0.7),
    )
    q = sub.text_frame.paragraphs[0]
    q.alignment = PP_ALIGN.LEFT
    _runs(q, "Fewer failed drops, smarter routes, cleaner vans", 24, False, ORANGE)
    box(slide.shapes, 0.9, 1.6, 8.0, 0.5, [para("ARDGLEN PARCELS", 14, True, ORANGE)])
    box(
        slide.shapes,
        0.9,
        4.5,
        11.0,
        1.6,
        [
            para("Operations plan for trading years 2028/29 and 2029/30", 16, True),
            para(
                "Board of directors \u00b7 14 March 2028 \u00b7 "
                "Niamh Corrigan, Chief Operating Officer",
                14,
                False,
                GREY,
            ),
            para("Commercial in confidence \u00b7 v6", 11, False, GREY),
        ],
    )


def s02(prs, slide, n):
    title(slide, "Where we stand", "01 \u00b7 Why now", n)
    tiles = [
        ("21.6m", "parcels delivered in the last twelve months, 14% more than the year before"),
        ("1 in 13", "doors where our first knock went unanswered"),
        ("2.3\u00d7", "a normal week's parcels went through Tullyvarn in peak week 2027"),
        ("11 of 497", "vans on our roads each day run on electricity"),
        ("9%", "of Kestrel handhelds are away for repair on a typical morning"),
        ("\u00a34.10", "is what each second attempt costs us"),
    ]
    for k, (big, label) in enumerate(tiles):
        x = 0.6 + (k % 3) * 4.1
        y = 1.65 + (k // 3) * 1.9
        rect(slide.shapes, x, y, 3.8, 1.7, PALE)
        box(slide.shapes, x + 0.15, y + 0.1, 3.5, 0.7, [para(big, 30, True, NAVY)])
        box(slide.shapes, x + 0.15, y + 0.85, 3.5, 0.8, [para(label, 12)])
    box(
        slide.shapes,
        0.6,
        5.55,
        12.1,
        1.3,
        [
            para(
                "Volumes have outgrown the way we plan: our routes are redrawn twice a year on "
                "RoadBook 5, and every failed knock is a second trip tomorrow.",
                15,
                True,
            ),
            para(
                "Sources: Atlas and Trakka, twelve months to February 2028; finance cost "
                "model 2027/28.",
                9,
                False,
                GREY,
            ),
        ],
    )


def s03(prs, slide, n):
    title(slide, "Three numbers that are not our targets", "01 \u00b7 Why now", n)
    box(
        slide.shapes,
        0.6,
        1.7,
        12.1,
        4.8,
        [
            para(
                "History: in 2018/19 we delivered 95.1% of parcels at the first attempt, on "
                "less than half today's volume.",
                16,
                bullet=True,
            ),
            para(
                "A competitor: Swiftline Parcels says 40% of its Irish parcels now go to a "
                "locker or a shop.",
                16,
                bullet=True,
            ),
            para(
                "A rule we work within: no driver averages more than 48 hours a week (over 17 "
                "weeks in Great Britain, four months in Ireland), and under the GB domestic "
                "drivers' hours rules, which we apply in both countries, no van driver drives "
                "more than 10 hours a day.",
                16,
                bullet=True,
            ),
            para("We quote them for context only. Our targets are on slide 11.", 14, False, GREY),
        ],
    )


def s04(prs, slide, n):
    title(slide, "Our north star", "02 \u00b7 Ambition", n)
    box(
        slide.shapes,
        0.6,
        1.6,
        12.1,
        1.3,
        [
            para(
                "Every parcel delivered first time, by a driver on a route that makes sense.",
                28,
                True,
                ORANGE,
            )
        ],
    )
    box(
        slide.shapes,
        0.6,
        3.0,
        12.1,
        1.4,
        [
            para(
                "By the end of the plan that means fewer failed knocks, more parcels waiting in "
                "lockers, routes drawn every morning and electric vans on every city route.",
                16,
            ),
            para(
                "How we get there: Ground work \u2192 Prove it \u2192 Roll out \u2192 Run it "
                "as normal",
                16,
                True,
                NAVY,
            ),
        ],
    )
    rect(slide.shapes, 0.6, 4.75, 12.1, 1.9, PALE)
    box(
        slide.shapes,
        0.8,
        4.85,
        11.7,
        1.7,
        [
            para("How we count time", 13, True, NAVY),
            para(
                "Our trading year starts in week 1, the week commencing Monday 3 April 2028; "
                "the plan covers trading years 2028/29 and 2029/30, weeks 1 to 104.",
                13,
            ),
            para("Every date from here on is a trading week (Wk).", 13),
        ],
    )


def s05(prs, slide, n):
    title(slide, "Three moments this plan is about", "02 \u00b7 Focus", n)
    box(
        slide.shapes,
        0.6,
        1.6,
        8.2,
        5.2,
        [
            para(
                "1 \u00b7 A first attempt on a rural multi-drop route when nobody is home", 15, True
            ),
            para(
                "Today: a card through the door and a second trip tomorrow. Next: the driver "
                "sends the parcel to the nearest locker from the handheld.",
                13,
            ),
            para("2 \u00b7 Peak weeks at the hub and the 14 depots", 15, True),
            para(
                "Today: volume more than doubles, routes stay as drawn and agency drivers learn "
                "them on the day. Next: routes re-planned each morning for the day's volume.",
                13,
            ),
            para("3 \u00b7 An electric van's day on a city route", 15, True),
            para(
                "From the overnight charge at the depot to the last drop, inside the range and "
                "the driver's hours.",
                13,
            ),
        ],
    )
    rect(slide.shapes, 9.1, 1.6, 3.6, 5.0, PALE)
    box(
        slide.shapes,
        9.25,
        1.7,
        3.3,
        4.8,
        [
            para("Not in scope", 14, True, NAVY),
            para("Pallet and two-person deliveries (Ardglen Freight runs those)", 12, bullet=True),
            para(
                "Customs declarations for parcels between Great Britain and Ireland",
                12,
                bullet=True,
            ),
            para("Account customers' scheduled collections", 12, bullet=True),
            para("The contact centre's move to new telephony", 12, bullet=True),
        ],
    )


def _pillar(slide, n, eyebrow, heading, goals, actions, extra=()):
    title(slide, heading, eyebrow, n)
    rect(slide.shapes, 0.6, 1.6, 12.1, 0.5 + 0.45 * len(goals), PALE)
    box(
        slide.shapes,
        0.75,
        1.65,
        11.8,
        0.45 * len(goals) + 0.4,
        [para(g, 16, True, NAVY) for g in goals],
    )
    top = 2.3 + 0.45 * len(goals)
    box(
        slide.shapes,
        0.6,
        top,
        12.1,
        6.8 - top,
        [para("What we will do", 14, True, ORANGE)]
        + [para(a, 14, bullet=True) for a in actions]
        + [para(x, 11, False, GREY) for x in extra],
    )


def s06(prs, slide, n):
    _pillar(
        slide,
        n,
        "03 \u00b7 Pillar 1 \u00b7 Routes",
        "Draw the routes every morning, not twice a year",
        ["Goal: 16.5 stops per van-hour on multi-drop routes by Wk 78, from 14.2 today."],
        [
            "Replace RoadBook 5 with the Loopline planner at all 14 depots, depot by depot.",
            "Clean the delivery-point file and geocodes for each depot before it moves.",
            "Re-plan every route each morning from the day's manifest, published to handhelds "
            "by 06:30.",
            "Teach Loopline real drop times from a year of handheld scans.",
        ],
    )


def s07(prs, slide, n):
    _pillar(
        slide,
        n,
        "03 \u00b7 Pillar 2 \u00b7 First-time delivery",
        "A locker beats a card through the door",
        [
            "Goal: cut failed first attempts from 7.7% to 4.5% of parcels by Wk 104.",
            "Goal: out-of-home deliveries to 8% of parcels by Wk 104.",
        ],
        [
            "Text and email every recipient a one-hour window on the morning of delivery.",
            "Grow the BoxHub locker network from 38 to 260 lockers, in shops and filling stations.",
            "Let drivers redirect a failed parcel to the nearest locker from the handheld.",
            "Photograph every safe-place delivery as proof, with faces and house numbers blurred.",
            "Publish failed-delivery reasons by route to every depot each week.",
        ],
    )


def s08(prs, slide, n):
    _pillar(
        slide,
        n,
        "03 \u00b7 Pillar 3 \u00b7 Handhelds and drivers",
        "Kit that works at the door",
        [
            "Our ambition for drivers: be the parcel company drivers in the north choose to "
            "work for.",
            "Goal: fewer than 2% of handhelds unavailable at start of shift by Wk 52.",
        ],
        [
            "Replace all 620 Kestrel K2 handhelds, depot by depot, with the roll-out.",
            "Give DropApp 3 an offline mode for routes with no mobile signal.",
            "Train every driver on DropApp 3 before their depot goes live.",
            "Take drivers' hours from the handheld log-on at every depot, not from paper duty "
            "sheets.",
        ],
    )


def s09(prs, slide, n):
    _pillar(
        slide,
        n,
        "03 \u00b7 Pillar 4 \u00b7 Electric vans",
        "Cleaner miles in the four cities",
        ["Goal: every route from the four city depots electric by Wk 104."],
        [
            "Lease 140 electric vans in three batches, from Wk 20.",
            "Upgrade power at the four city depots and the hub for overnight charging.",
            "Fit one overnight charger per electric van at each city depot.",
            "Put every electric van driver through the FORS eco-driving and EV modules.",
        ],
        ["City depots: Castlemoyle, Drumcallan, Kirkbrae and Ravensgill."],
    )


def s10(prs, slide, n):
    _pillar(
        slide,
        n,
        "03 \u00b7 Pillar 5 \u00b7 Peak",
        "Peak without the panic",
        ["Goal: 94% of next-day parcels delivered next day in peak 2029."],
        [
            "Book 180 agency drivers for peak by the end of Wk 24, every year.",
            "Move the peak volume plan into Atlas, with client forecasts every week from Wk 20.",
            "Run a second sort shift at Tullyvarn through the peak weeks.",
            "Give each agency driver a planned route and a trainer on their first day.",
        ],
        ["No changes to depots in Wk 33\u201339, peak. The same freeze holds in Wk 85\u201391."],
    )


KPIS = [
    ["Measure", "2027/28 baseline", "Target", "By"],
    ["First-attempt delivery rate", "92.3%", "95.5%", "Wk 104"],
    ["Out-of-home share of parcels (lockers and shops)", "1.8%", "8.0%", "Wk 104"],
    ["Stops per van-hour, multi-drop routes", "14.2", "16.5", "Wk 78"],
    ["Depots planning routes daily in Loopline", "0 of 14", "14 of 14", "Wk 78"],
    ["Handhelds unavailable at start of shift", "9.0%", "Under 2%", "Wk 52"],
    ["Electric vans in the delivery fleet", "11", "150", "Wk 104"],
    [
        "Next-day parcels delivered next day, peak weeks",
        "88.4%",
        "94.0%",
        "Peak 2029 (Wk 85\u201391)",
    ],
    ["Working-time breaches per 1,000 driver shifts", "3.1", "Under 1.0", "Wk 52"],
    ["Recipient satisfaction after delivery", "Not measured", "Improve", "To be agreed"],
]


def s11(prs, slide, n):
    title(slide, "How we will know", "04 \u00b7 Measures", n)
    tab = table(slide, 0.6, 1.55, [5.6, 2.2, 2.0, 2.3], KPIS)
    for j in range(4):
        cell = tab.cell(0, j)
        cell.fill.solid()
        cell.fill.fore_color.rgb = NAVY
    box(
        slide.shapes,
        0.6,
        6.0,
        12.1,
        0.6,
        [
            para(
                "Baselines: twelve months to February 2028 from Atlas; the peak baseline is "
                "peak 2027.",
                10,
                False,
                GREY,
            )
        ],
    )
    notes(
        slide,
        "Each measure has one owner in the measures register. Satisfaction stays on the list "
        "so that we decide how to measure it.",
    )


def s12(prs, slide, n):
    title(slide, "One depot first", "05 \u00b7 Pilot", n)
    box(
        slide.shapes,
        0.6,
        1.6,
        12.1,
        1.4,
        [
            para(
                "First at the Quarry Brae depot in Lisdrennan: its 46 multi-drop routes and 52 "
                "drivers, live from Wk 14.",
                18,
                True,
                NAVY,
            ),
            para(
                "Why Quarry Brae: town and rural routes on both sides of the border, the highest "
                "failed-attempt rate in the network (9.8%), and a depot team that asked to go "
                "first.",
                13,
            ),
        ],
    )
    box(
        slide.shapes,
        0.6,
        3.2,
        12.1,
        3.6,
        [
            para("What we will do there (GL = go-live, Wk 14)", 14, True, ORANGE),
            para(
                "GL \u2013 4 wks: load and check every delivery point in Loopline.", 14, bullet=True
            ),
            para(
                "GL \u2013 2 wks: train all 52 drivers on DropApp 3 and the new handhelds.",
                14,
                bullet=True,
            ),
            para(
                "GL: Loopline plans all 46 routes each morning; RoadBook routes kept as a "
                "fallback.",
                14,
                bullet=True,
            ),
            para(
                "GL + 6 wks: 30 BoxHub lockers live within 10 miles of the depot.", 14, bullet=True
            ),
            para("GL + 12 wks: 12 electric vans on the town routes.", 14, bullet=True),
            para("Pass marks for Gates 2 and 3 are on slide 14.", 11, False, GREY),
        ],
    )


PHASES = [
    (
        1,
        "Phase 1 \u00b7 Ground work",
        1,
        13,
        0,
        [
            "Wk 1\u201313",
            "Contracts, data, people and baselines",
            "Gate 1 by Wk 13: go for the pilot",
        ],
    ),
    (
        2,
        "Phase 2 \u00b7 Prove it at Quarry Brae",
        14,
        43,
        1,
        [
            "Wk 14\u201343",
            "Quarry Brae live from Wk 14 and through peak",
            "Gate 2: peak-ready (criteria on slide 14)",
            "Gate 3 by Wk 43: roll-out go/no-go",
        ],
    ),
    (
        3,
        "Phase 3 \u00b7 Roll out",
        40,
        78,
        0,
        [
            "Wk 40\u201378",
            "13 depots in four waves, the hub's sort plan, 140 electric vans",
            "Gate 4 by Wk 78: all 14 depots live",
        ],
    ),
    (
        4,
        "Phase 4 \u00b7 Run it as normal",
        79,
        104,
        1,
        [
            "Wk 79\u2013104",
            "Second peak on the new model; depots own it",
            "Close-out review by Wk 104",
        ],
    ),
]
LEFT, SPAN = 0.6, 12.1


def _x(week: float) -> float:
    """The left edge of a trading week on the roadmap's axis."""
    return LEFT + (week - 1) * SPAN / 104


def s13(prs, slide, n):
    title(slide, "Two trading years, four phases", "06 \u00b7 Roadmap", n)
    rect(slide.shapes, _x(1), 1.5, _x(53) - _x(1) - 0.03, 0.32, NAVY)
    rect(slide.shapes, _x(53), 1.5, _x(105) - _x(53), 0.32, NAVY)
    box(slide.shapes, _x(1), 1.5, 5.9, 0.32, [para("Trading year 2028/29", 11, True, WHITE)])
    box(slide.shapes, _x(53), 1.5, 5.9, 0.32, [para("Trading year 2029/30", 11, True, WHITE)])
    for week in (1, 13, 26, 39, 52, 65, 78, 91, 104):
        box(slide.shapes, _x(week) - 0.05, 1.86, 0.8, 0.28, [para(f"Wk {week}", 9, False, GREY)])
    for a, b in ((33, 39), (85, 91)):
        band = rect(slide.shapes, _x(a), 2.15, _x(b + 1) - _x(a), 3.3, PALE)
        band.fill.fore_color.rgb = RGBColor(0xFB, 0xEF, 0xE6)
        box(
            slide.shapes,
            _x(a) - 0.1,
            5.15,
            1.2,
            0.3,
            [para(f"Peak freeze \u00b7 Wk {a}\u2013{b}", 8, True, ORANGE)],
        )
    for _k, label, a, b, row, lines in PHASES:
        group = slide.shapes.add_group_shape()
        y = 2.25 + row * 1.5
        chev = group.shapes.add_shape(
            MSO_SHAPE.CHEVRON, Inches(_x(a)), Inches(y), Inches(_x(b + 1) - _x(a)), Inches(0.5)
        )
        chev.fill.solid()
        chev.fill.fore_color.rgb = NAVY if row == 0 else ORANGE
        chev.line.fill.background()
        frame = chev.text_frame
        frame.word_wrap = True
        _runs(frame.paragraphs[0], label, 10, True, WHITE)
        width = max(_x(b + 1) - _x(a), 2.6)
        box(
            group.shapes,
            _x(a),
            y + 0.55,
            width,
            0.9,
            [para(lines[0], 10, True, NAVY)] + [para(x, 9) for x in lines[1:]],
        )
    box(
        slide.shapes,
        0.6,
        5.55,
        7.6,
        1.3,
        [
            para(
                "Why Phases 2 and 3 overlap in Wk 40\u201343: no changes to depots in "
                "Wk 33\u201339, peak, so Quarry Brae's review runs on after the freeze while "
                "wave 1 training starts in Wk 40; otherwise the roll-out loses seven weeks.",
                10,
            )
        ],
    )
    rect(slide.shapes, 8.5, 5.55, 4.2, 1.35, PALE)
    box(
        slide.shapes,
        8.6,
        5.58,
        4.0,
        1.3,
        [
            para("Parking lot (not in this plan)", 10, True, NAVY),
            para("Sunday deliveries in the four cities", 9, bullet=True),
            para("A second hub in Great Britain", 9, bullet=True),
            para("Cargo bikes in Castlemoyle city centre", 9, bullet=True),
            para("Drones for island addresses", 9, bullet=True),
        ],
    )
    notes(
        slide,
        "Trading year 2029/30 starts in Wk 53. Phase bars are drawn to the week; the two pale "
        "bands are the peak freezes.",
    )


def s14(prs, slide, n):
    title(slide, "What good looks like at each gate", "06 \u00b7 Roadmap", n)
    left = [
        para("Gate 1 \u00b7 Go for the pilot \u00b7 Wk 13", 14, True, NAVY),
        para("Loopline contract signed and Quarry Brae's delivery points loaded.", 12, bullet=True),
        para(
            "A DPIA for safe-place photos completed and reviewed by the Data Protection Officer.",
            12,
            bullet=True,
        ),
        para(
            "The drivers' branch committee consulted on the pilot rota and handheld tracking.",
            12,
            bullet=True,
        ),
        para("Gate 2 \u00b7 Peak-ready", 14, True, NAVY),
        para(
            "Passed when Quarry Brae has planned every route in Loopline for six weeks running, "
            "no morning started short of handhelds, and failed first attempts there are under "
            "7%, by the end of Wk 30.",
            12,
            bullet=True,
        ),
        para("If not passed, Quarry Brae returns to RoadBook routes for peak.", 12, bullet=True),
    ]
    right = [
        para("Gate 3 \u00b7 Roll-out go/no-go \u00b7 Wk 43", 14, True, NAVY),
        para("Quarry Brae held 94% first-attempt delivery through peak.", 12, bullet=True),
        para(
            "Stops per van-hour there up 10% with no rise in working-time breaches.",
            12,
            bullet=True,
        ),
        para("Gate 4 \u00b7 All depots live \u00b7 Wk 78", 14, True, NAVY),
        para(
            "All 14 depots plan in Loopline every morning; all 620 handhelds replaced.",
            12,
            bullet=True,
        ),
        para("A fallback to printed routes tested at every depot.", 12, bullet=True),
    ]
    box(slide.shapes, 0.6, 1.6, 5.9, 5.2, left)
    box(slide.shapes, 6.8, 1.6, 5.9, 5.2, right)


RISKS = [
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    [
        "Drivers do not trust Loopline's routes",
        "Medium",
        "High",
        "Two drivers per depot check the first week's routes before go-live",
    ],
    [
        "Grid upgrades at city depots come late",
        "High",
        "High",
        "Keep diesel vans a further year at any depot without power",
    ],
    [
        "Handheld supply slips before peak",
        "Medium",
        "High",
        "Hold 60 spare handhelds at Tullyvarn from Wk 26",
    ],
    [
        "Too few agency drivers for peak",
        "Medium",
        "High",
        "Offer our own part-time drivers extra peak shifts from Wk 20",
    ],
    [
        "Drivers object to location tracking",
        "Medium",
        "High",
        "Agree a tracking protocol with the drivers' branch committee before go-live",
    ],
    [
        "Recipients object to photos at their door",
        "Low",
        "Medium",
        "Keep safe-place photos for 30 days, then delete them",
    ],
]


def s15(prs, slide, n):
    title(slide, "What could knock us off course", "07 \u00b7 Risks", n)
    tab = table(slide, 0.6, 1.55, [3.9, 1.3, 1.2, 5.7], RISKS)
    for j in range(4):
        cell = tab.cell(0, j)
        cell.fill.solid()
        cell.fill.fore_color.rgb = NAVY


def s16(prs, slide, n):
    title(slide, "Clearing the runway: the first 90 days (Wk 1\u201313)", "08 \u00b7 Delivery", n)
    items = [
        "Sign the Loopline contract and start loading depot data (Network Planning Mgr)",
        "Choose the new handheld and order 120 for Quarry Brae (Head of IT)",
        "Submit grid connection applications for the city depots and Tullyvarn (Property Manager)",
        "Consult the drivers' branch committee on the Quarry Brae rota (HR Director)",
        "Baseline every measure on slide 11 in Atlas (Head of Performance)",
        "Set up the programme office, RAID log and gate papers (Programme Manager)",
        "Survey 60 locker host sites around Quarry Brae (Customer Delivery Manager)",
    ]
    box(slide.shapes, 0.6, 1.6, 12.1, 5.2, [para(x, 15, bullet=True) for x in items])


def s17(prs, slide, n):
    title(slide, "What changes on Monday", "08 \u00b7 Delivery", n)
    items = [
        "Every failed attempt gets a reason code on the handheld; free text goes.",
        "Depot managers open the 07:00 huddle with yesterday's failed attempts by route.",
        "The six GB depots send drivers' duty sheets daily, not at month end.",
        "Planners stop editing routes by hand at any depot that has moved to Loopline.",
    ]
    box(slide.shapes, 0.6, 1.6, 12.1, 5.0, [para(x, 17, bullet=True) for x in items])


def s18(prs, slide, n):
    title(slide, "Who decides", "09 \u00b7 Governance", n)
    items = [
        "Sponsor: Niamh Corrigan, Chief Operating Officer, who chairs the Network Plan "
        "Steering Group.",
        "The steering group meets every four weeks and takes Gates 1 to 4.",
        "Members: network planning, the hub, both regions, customer delivery, fleet, IT and "
        "digital, people, finance.",
        "Consulted before every gate: the drivers' branch committee and the depot health and "
        "safety committee.",
        "The board hears progress each quarter and releases capital at Gate 3.",
    ]
    box(slide.shapes, 0.6, 1.6, 12.1, 5.0, [para(x, 16, bullet=True) for x in items])


def s19(prs, slide, n):
    title(slide, "What we ask of the board", "10 \u00b7 Decisions", n)
    items = [
        "Approve Network Plan 2028\u20132030: Wk 1 to Wk 104, to the end of March 2030.",
        "Release \u00a36.8m of capital for Phases 1 and 2 now, and the rest at Gate 3.",
        "Approve leases for 140 electric vans over the two trading years.",
        "Note the peak freezes in Wk 33\u201339 and Wk 85\u201391, and that the roll-out follows "
        "the first depot's results.",
    ]
    box(slide.shapes, 0.6, 1.6, 12.1, 5.0, [para(x, 18, bullet=True) for x in items])


SLIDES: list[tuple[str, Callable]] = [
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
]


def _rescale_layouts(prs) -> None:
    """The Office Theme's master and layouts, drawn for 4:3, stretched to 16:9."""
    for part in [prs.slide_master, *prs.slide_layouts]:
        for el in part._element.iter(f"{{{NS_A}}}off", f"{{{NS_A}}}ext"):
            for attr in ("x", "cx"):
                if el.get(attr) is not None:
                    el.set(attr, str(int(round(int(el.get(attr)) * WIDE / 9144000))))


def _app_xml(titles: list[str], words: int, paragraphs: int, notes_n: int) -> bytes:
    parts = ["Arial", "Calibri", "Calibri Light", "Office Theme", *titles]
    lp = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes"><TotalTime>2214</TotalTime>'
        f"<Words>{words}</Words><Application>Microsoft Macintosh PowerPoint</Application>"
        f"<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paragraphs}"
        f"</Paragraphs><Slides>{len(titles)}</Slides><Notes>{notes_n}</Notes>"
        "<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>"
        '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used'
        "</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant>"
        "<vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant>"
        f"<vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{lp}</vt:vector>'
        "</TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDE), Emu(HIGH)
    _rescale_layouts(prs)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    titles: list[str] = []
    for n, (layout, make) in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(layouts[layout])
        make(prs, slide, n)
        titles.append(slide.shapes.title.text_frame.text)
    words = paragraphs = notes_n = 0
    for slide in prs.slides:
        notes_n += slide.has_notes_slide
        for p in slide._element.iter(f"{{{NS_A}}}p"):
            text = "".join(t.text or "" for t in p.iter(f"{{{NS_A}}}t"))
            if text.strip():
                paragraphs += 1
                words += len(text.split())
    core = prs.core_properties
    core.author = "Niamh Corrigan"
    core.last_modified_by = "Aidan Faulkner"
    core.title = "Network Plan 2028-2030"
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    core.category = ""
    core.revision = 58
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = src.read(name)
            if name == "docProps/app.xml":
                body = _app_xml(titles, words, paragraphs, notes_n)
            dst.writestr(name, body)
    return normalize_zip(out.getvalue(), STAMP)


# =========================================================================== the roster (vCard)

ORG = "Ardglen Parcels Ltd"
UNION = "Northern Transport Workers' Union"
NO_LINE = "Not in Ardglen line management"
UID_NS = uuid.UUID("6f1c2a9e-3b7d-4c55-9a1e-0d4b8f2c7e31")
MAIL = "ardglen-parcels.example"
REV = "20280301T091500Z"

# key, full name, (family, given), title, org units, tier, phone, manager key or text, remit
Card = tuple[str, str, tuple[str, str], str, tuple[str, ...], str, str, str, str]
CARDS: list[Card] = [
    (
        "ceo",
        "Declan Rooney",
        ("Rooney", "Declan"),
        "Chief Executive",
        (ORG, "Executive"),
        "core",
        "+44-28-9649-6101",
        "=Board of Directors",
        "Runs Ardglen Parcels for the board. Takes the Network Plan to the board, asks for its "
        "capital and signs the van leases the board approves.",
    ),
    (
        "coo",
        "Niamh Corrigan",
        ("Corrigan", "Niamh"),
        "Chief Operating Officer",
        (ORG, "Executive"),
        "core",
        "+44-28-9649-6102",
        "ceo",
        "Executive sponsor of Network Plan 2028-2030 and chair of its steering group; takes "
        "Gates 1 to 4. Runs the hub, the 14 depots, the fleet and customer delivery through "
        "the managers who report to her.",
    ),
    (
        "fd",
        "Ciar\u00e1n Mallon",
        ("Mallon", "Ciar\u00e1n"),
        "Finance Director",
        (ORG, "Finance"),
        "extended",
        "+44-28-9649-6103",
        "ceo",
        "Budgets, capital and leases in the accounts; releases capital to the plan in the "
        "tranches the board approves. Attends the steering group for gates and budget items.",
    ),
    (
        "people",
        "Joanne Kerr",
        ("Kerr", "Joanne"),
        "People Director",
        (ORG, "People"),
        "core",
        "+44-28-9649-6104",
        "ceo",
        "HR for all staff: recruitment, pay, rota policy and employee relations, including the "
        "recognition agreement with the drivers' branch and every consultation held under it. "
        "Line manages the Learning and Development Manager.",
    ),
    (
        "pm",
        "Aidan Faulkner",
        ("Faulkner", "Aidan"),
        "Network Plan Programme Manager",
        (ORG, "Operations", "Network Plan programme office"),
        "core",
        "+44-28-9649-6105",
        "coo",
        "Remit: see the Network Plan Steering Group terms of reference (governance folder).",
    ),
    (
        "planning",
        "R\u00f3is\u00edn Devlin",
        ("Devlin", "R\u00f3is\u00edn"),
        "Network Planning Manager",
        (ORG, "Operations", "Network planning"),
        "core",
        "+44-28-9649-6106",
        "coo",
        "Route planning for all 14 depots: the route planning system, the depot planners, and "
        "the route and address reference data behind it (the delivery-point file, geocodes, "
        "access notes). Owns stops per van-hour and the count of depots planning daily.",
    ),
    (
        "hub",
        "Gareth Wylie",
        ("Wylie", "Gareth"),
        "Hub Manager, Tullyvarn",
        (ORG, "Operations", "Tullyvarn hub"),
        "core",
        "+44-28-9649-6107",
        "coo",
        "Runs the Tullyvarn hub: sortation, trunking to the depots, and the peak plan (client "
        "volume forecasts, sort capacity, agency drivers and agency labour for the hub and the "
        "depots). Owns next-day service in the peak weeks.",
    ),
    (
        "rom_ie",
        "Conor McAteer",
        ("McAteer", "Conor"),
        "Regional Operations Manager, Ireland",
        (ORG, "Operations", "Ireland region"),
        "core",
        "+44-28-9649-6108",
        "coo",
        "Line manages the eight depot managers in Northern Ireland and the Republic: daily "
        "delivery, depot staffing and every change made at those depots, including any trial "
        "run at one of them.",
    ),
    (
        "rom_gb",
        "Fiona Strachan",
        ("Strachan", "Fiona"),
        "Regional Operations Manager, Great Britain",
        (ORG, "Operations", "Great Britain region"),
        "core",
        "+44-141-496-0108",
        "coo",
        "Line manages the six depot managers in Scotland and the north of England: daily "
        "delivery, depot staffing, every change made at those depots, and the daily returns "
        "the six depots send to the hub, drivers' duty sheets included.",
    ),
    (
        "qb",
        "Martina Quinn",
        ("Quinn", "Martina"),
        "Depot Manager, Quarry Brae",
        (ORG, "Operations", "Ireland region", "Quarry Brae depot"),
        "core",
        "+44-28-9649-6110",
        "rom_ie",
        "Runs the Quarry Brae depot in Lisdrennan: 46 multi-drop routes, 52 employed drivers, "
        "two planners and the depot's 06:00 start.",
    ),
    (
        "cdm",
        "Shauna Breen",
        ("Breen", "Shauna"),
        "Customer Delivery Manager",
        (ORG, "Customer", "Delivery options"),
        "core",
        "+44-28-9649-6111",
        "coo",
        "What recipients can choose and are told: delivery notifications, safe place and "
        "neighbour options, proof of delivery, the BoxHub locker network and its host sites, "
        "and the delivery exception codes. Owns the first-attempt delivery rate, the "
        "out-of-home share and the weekly failed-delivery report to depots.",
    ),
    (
        "csm",
        "Patrick Doherty",
        ("Doherty", "Patrick"),
        "Customer Service Manager",
        (ORG, "Customer", "Contact centre"),
        "core",
        "+44-28-9649-6112",
        "coo",
        "Runs the contact centre at Carrowbeg: calls, webchat, complaints and claims for lost "
        "or damaged parcels. Owns recipient satisfaction and any survey that measures it.",
    ),
    (
        "fleet",
        "Stephen Hanna",
        ("Hanna", "Stephen"),
        "Fleet Manager",
        (ORG, "Fleet", "Vehicles"),
        "core",
        "+44-28-9649-6113",
        "coo",
        "The vans: buying and leasing them, maintenance contracts, Trakka telematics, the "
        "choice of chargers, and the move to electric vans. Owns the count of electric vans "
        "in the delivery fleet.",
    ),
    (
        "compliance",
        "Lorraine McBride",
        ("McBride", "Lorraine"),
        "Fleet Compliance Manager",
        (ORG, "Fleet", "Compliance"),
        "core",
        "+44-28-9649-6114",
        "coo",
        "Operator licences for the trunk HGVs; drivers' hours and working-time records for "
        "every driver; licence checks; and the company's FORS accreditation with the driver "
        "training it requires, the eco-driving and electric vehicle modules included. Owns "
        "working-time breaches.",
    ),
    (
        "property",
        "Eamon Gallagher",
        ("Gallagher", "Eamon"),
        "Property and Facilities Manager",
        (ORG, "Finance", "Property"),
        "core",
        "+44-28-9649-6115",
        "fd",
        "Hub and depot buildings and their leases; power supplies and grid connection "
        "applications to the network operators; building works at any site, charger "
        "installation included.",
    ),
    (
        "it",
        "Karen Moffett",
        ("Moffett", "Karen"),
        "Head of IT and Digital",
        (ORG, "IT and Digital"),
        "core",
        "+44-28-9649-6116",
        "coo",
        "Systems, integrations and devices: the Kestrel handhelds and DropApp, the links "
        "between the planning, locker and tracking systems, the Atlas platform and the network. "
        "Not the data held in any system; that belongs to the team whose work it records. Owns "
        "handheld availability.",
    ),
    (
        "insight",
        "Owen Keenan",
        ("Keenan", "Owen"),
        "Performance and Insight Manager",
        (ORG, "Finance", "Performance and insight"),
        "core",
        "+44-28-9649-6117",
        "fd",
        "Remit: see the systems and data inventory (systems folder).",
    ),
    (
        "ld",
        "Ruth Orr",
        ("Orr", "Ruth"),
        "Learning and Development Manager",
        (ORG, "People", "Learning and development"),
        "core",
        "+44-28-9649-6118",
        "people",
        "Remit: see training and certification (people folder).",
    ),
    (
        "dpo",
        "Brendan Kearney",
        ("Kearney", "Brendan"),
        "Data Protection Officer",
        (ORG, "Legal and compliance"),
        "extended",
        "+44-28-9649-6119",
        "ceo",
        "Advises on data protection law in both jurisdictions (UK GDPR and the GDPR) and "
        "reviews each DPIA before the owner of the processing signs it off.",
    ),
    (
        "union",
        "Liam Tohill",
        ("Tohill", "Liam"),
        "Chair, Drivers' Branch Committee",
        (UNION, "Ardglen drivers' branch"),
        "consult",
        "+44-28-9649-6120",
        "=" + NO_LINE,
        "Elected chair of the committee that represents Ardglen's employed drivers under the "
        "recognition agreement. Consulted before each gate and on any change to drivers' work; "
        "leads no work.",
    ),
    (
        "safety",
        "Gr\u00e1inne Nugent",
        ("Nugent", "Gr\u00e1inne"),
        "Chair, Depot Health and Safety Committee",
        (ORG, "Depot Health and Safety Committee"),
        "consult",
        "+44-28-9649-6121",
        "=" + NO_LINE,
        "Elected by depot staff to chair the joint committee for the hub and the 14 depots. "
        "Consulted before each gate and on new equipment; leads no work.",
    ),
]
TIERS = {
    "core": "Network Plan core team",
    "extended": "Network Plan extended team",
    "consult": "Consulted only - never leads work",
}


def _uid(key: str) -> str:
    return f"urn:uuid:{uuid.uuid5(UID_NS, key)}"


def _text(value: str) -> str:
    """A vCard 4.0 text value: backslash, comma, semicolon and newline escaped."""
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 6350, 3.2), never inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    out: list[bytes] = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        out.append(data[:cut])
        data = data[cut:]
        limit = 74
    out.append(data)
    return "\r\n ".join(chunk.decode("utf-8") for chunk in out) + "\r\n"


def _email(name: str) -> str:
    plain = name.replace("\u00e1", "a").replace("\u00f3", "o").replace("\u00ed", "i")
    return plain.lower().replace(" ", ".") + "@" + MAIL


def build_vcf() -> bytes:
    lines: list[str] = []
    for key, fn, (family, given), post, units, tier, tel, manager, remit in CARDS:
        lines += ["BEGIN:VCARD", "VERSION:4.0", "KIND:individual"]
        lines.append(f"UID:{_uid(key)}")
        lines.append("PRODID:-//Ardglen Parcels//People directory export 2.3//EN")
        lines.append(f"FN:{_text(fn)}")
        lines.append(f"N:{_text(family)};{_text(given)};;;")
        lines.append(f"TITLE:{_text(post)}")
        lines.append(f"ROLE:{_text(TIERS[tier])}")
        lines.append("ORG:" + ";".join(_text(u) for u in units))
        if tier != "consult":
            lines.append(f"EMAIL;TYPE=work:{_email(fn)}")
        lines.append(f"TEL;VALUE=uri;TYPE=work,voice:tel:{tel}")
        if manager.startswith("="):
            lines.append(f"RELATED;TYPE=manager;VALUE=text:{_text(manager[1:])}")
        else:
            lines.append(f"RELATED;TYPE=manager:{_uid(manager)}")
        lines.append(f"NOTE:{_text(remit)}")
        lines.append(f"REV:{REV}")
        lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines).encode("utf-8")


# =========================================================================== the measures (CSV)

MEASURES = [
    [
        "Measure",
        "Definition",
        "Owner",
        "Baseline (12 months to Feb 2028)",
        "Source",
        "Notes",
    ],
    [
        "First-attempt delivery rate",
        "Parcels delivered at the first attempt as a share of parcels out for delivery that "
        "day; a redirect the recipient asks for before the van leaves counts as a first "
        "attempt.",
        "Customer Delivery Manager",
        "92.3%",
        "DropApp scans in Atlas",
        "Quarry Brae 90.2%, the lowest of the 14 depots.",
    ],
    [
        "Out-of-home share",
        "Parcels delivered to a BoxHub locker or a partner shop as a share of all parcels "
        "delivered.",
        "Customer Delivery Manager",
        "1.8%",
        "BoxHub and DropApp in Atlas",
        "38 lockers at 31 host sites, all in the four cities.",
    ],
    [
        "Stops per van-hour (multi-drop)",
        "Delivery stops made on multi-drop routes divided by van hours from depot departure "
        "to return.",
        "Network Planning Manager",
        "14.2",
        "Trakka and DropApp in Atlas",
        "",
    ],
    [
        "Depots planning daily in the route planner",
        "Depots whose routes are planned each morning from that day's manifest.",
        "Network Planning Manager",
        "0 of 14",
        "Planning log",
        "RoadBook routes are redrawn each spring and autumn.",
    ],
    [
        "Handhelds unavailable at start of shift",
        "Kestrel handhelds away for repair or faulty at 06:00 as a share of the handheld estate.",
        "Head of IT and Digital",
        "9.0%",
        "Device register",
        "620 handhelds bought in 2022.",
    ],
    [
        "Electric vans in the delivery fleet",
        "Electric vans on lease or owned and in daily delivery use.",
        "Fleet Manager",
        "11",
        "FleetWorks",
        "All 11 work from Castlemoyle.",
    ],
    [
        "Next-day service in peak weeks",
        "Next-day parcels delivered on the next working day, across the seven peak weeks.",
        "Hub Manager, Tullyvarn",
        "88.4% (peak 2027)",
        "Atlas",
        "",
    ],
    [
        "Working-time breaches per 1,000 driver shifts",
        "Shifts breaching the 48-hour average or the daily driving limit, per 1,000 shifts.",
        "Fleet Compliance Manager",
        "3.1",
        "DropApp log-on times (Ireland depots); duty sheets (GB depots)",
        "Daily duty sheets at the six Great Britain depots are kept on paper and keyed into "
        "the working-time spreadsheet at month end.",
    ],
    [
        "Recipient satisfaction after delivery",
        "To be defined.",
        "Customer Service Manager",
        "None",
        "-",
        "No survey of recipients is run today, so there is no baseline.",
    ],
    [
        "Cost per second attempt",
        "Driver, van and handling cost of a second delivery attempt.",
        "Finance Director",
        "\u00a34.10",
        "Finance cost model",
        "Updated each March.",
    ],
]


def build_csv() -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(MEASURES)
    return out.getvalue().encode("utf-8")


# =========================================================================== the other org files

TOR = """
# Network Plan Steering Group: terms of reference

Version 1.2, agreed by the executive team on 6 March 2028.

## Purpose

The steering group directs Network Plan 2028-2030, takes its gate decisions and keeps the plan
within the capital the board releases.

## Sponsor and chair

The Chief Operating Officer is the executive sponsor of the plan and chairs the steering
group. She takes each gate decision after hearing the members, and tells the Chief Executive
and the board the outcome within a week.

## Members

- Chief Operating Officer (chair)
- Network Plan Programme Manager (secretary)
- Network Planning Manager
- Hub Manager, Tullyvarn
- Regional Operations Manager, Ireland
- Regional Operations Manager, Great Britain
- Customer Delivery Manager
- Fleet Manager
- Head of IT and Digital
- People Director
- Finance Director (for gates and budget items)

## Programme office

The Network Plan Programme Manager is responsible for the programme office: the plan and its
trading-week calendar, the RAID log, the gate papers, the steering group's actions and the
quarterly progress report to the board.

## Meetings

The group meets every four weeks, on the Tuesday of the fourth trading week, at Tullyvarn or by
video. The chair and four members make a quorum. Papers go out on the Thursday before.

## Consulted bodies

The chair of the drivers' branch committee and the chair of the depot health and safety
committee are invited to the meeting before each gate to give their committees' views. They
are consulted; they do not lead work, hold actions or take part in the decision.

## Decisions

| Decision | Taken by | Heard first |
|---|---|---|
| Gates 1 to 4 | Chief Operating Officer | Members; both consulted committees |
| Spending within a released tranche | Chief Operating Officer | Finance Director |
| Release of a new tranche of capital | The board, on the Chief Executive's request | Steering group |
| Van leases | The board; signed by the Chief Executive | Fleet Manager, Finance Director |
"""

AGREEMENT = """
# Recognition and procedure agreement: extract

Between Ardglen Parcels Ltd and the Northern Transport Workers' Union (NTWU), for the company's
employed drivers at the 14 depots. Signed 12 September 2025. Clauses 6 to 8 only.

## 6. The branch committee

6.1 The union's Ardglen drivers' branch elects a branch committee of seven, one member from
each pair of depots, and a chair.

6.2 The company meets the branch committee every eight weeks, and within five working days
when either side asks.

## 7. Consultation on changes to work

7.1 The branch committee must be consulted before any change to routes, start times or the
way drivers' locations are recorded, at least 30 days before the change takes effect.

7.2 The company shares with the committee the route plans, the rota and any data about drivers
that a change relies on.

## 8. Trials

8.1 A trial at one depot is a change under clause 7. The committee names two drivers from that
depot to review the trial with the depot manager each week while it runs.
"""

SAFETY = """
DEPOT HEALTH AND SAFETY COMMITTEE - CONSTITUTION (revised January 2027)

1. The committee is the joint health and safety committee for the Tullyvarn hub and the 14
depots. It has twelve members: six elected by depot and hub staff, and six nominated by the
company, among them the Fleet Compliance Manager and the Property and Facilities Manager.

2. The chair is elected by the staff members each January for a year.

3. The committee meets every six weeks and reviews accidents, near misses and depot
inspections.

4. The committee must be consulted before new equipment, a new layout or new lifting work is
brought into any depot or the hub.

5. Minutes go to the Chief Operating Officer and are posted in every depot canteen.
"""

SYSTEMS = """
# Systems and data inventory

Kept by IT and Digital with the teams that own each system's data. Last reviewed February 2028.

## Route planning

- **RoadBook 5** (since 2016) holds each depot's fixed routes. Planners redraw them each spring
  and autumn and adjust them by hand between times. RoadBook 5 runs only on one planning PC in
  each depot, and a route can be changed only by re-importing the route file overnight.
- **Loopline**, a cloud route planner, was chosen in January 2028 after a desk trial with the
  planners of two depots. The contract is with Finance for signature.
- The delivery-point file (2.9 million addresses with geocodes and access notes) belongs to
  network planning and is refreshed from the postal address files each quarter.

## Handhelds and the driver app

- **Kestrel K2** handhelds: 620 devices bought in 2022, one per driver and 123 spares, repaired
  by the supplier at its own workshop.
- **DropApp 2** runs on every handheld: scans, signatures, safe-place photos, log-on and
  log-off times and GPS positions. Positions logged by the handhelds are not retained beyond
  30 days, under our GDPR retention schedule.

## Lockers and notifications

- **BoxHub** runs our 38 lockers at 31 host sites. BoxHub has no link to DropApp: a driver
  cannot send a failed parcel to a locker from the handheld.
- **Notify** sends the day-before text and email to recipients, from the tracking system.

## Vehicles

- **Trakka** telematics is fitted to every van and trunk vehicle: location, speed, idling and
  harsh braking, into Atlas each night.
- **FleetWorks** holds the fleet list, leases, services and defects.

## Data and reporting

- **Atlas** is our data warehouse. It takes scans, routes, telematics, contact-centre cases and
  finance figures every night.
- **Lookout** dashboards sit on Atlas: the weekly performance pack, depot league tables and
  the board scorecard.
- The Performance and Insight Manager is responsible for the weekly performance pack, the
  baseline of every measure in the measures register and the Lookout dashboards, and agrees
  each measure's definition with its owner.

## Contact centre

- **ContactDesk** handles calls, webchat, complaints and claims at Carrowbeg.
"""

DEPOTS = """
# Depot network

Ardglen Parcels delivers from the Tullyvarn hub and 14 depots. Parcels for the six Great
Britain depots are trunked on the overnight ferry. Figures are for a normal week in February
2028.

| Site | Region | Type | Daily routes | Employed drivers | Supply (kVA) | Network operator |
|---|---|---|---|---|---|---|
| Tullyvarn hub | Ireland | Hub | - | - | 800 | NIE Networks |
| Quarry Brae, Lisdrennan | Ireland | Town and rural | 46 | 52 | 100 | NIE Networks |
| Castlemoyle | Ireland | City | 42 | 47 | 250 | NIE Networks |
| Drumcallan | Ireland | City | 38 | 41 | 200 | ESB Networks |
| Portcarra | Ireland | Town and rural | 31 | 34 | 100 | NIE Networks |
| Ardnavar | Ireland | Rural | 29 | 31 | 80 | NIE Networks |
| Kilbrannagh | Ireland | Town and rural | 33 | 36 | 100 | ESB Networks |
| Glenbrackan | Ireland | Rural | 27 | 29 | 80 | ESB Networks |
| Rathkeel | Ireland | Town and rural | 30 | 33 | 100 | ESB Networks |
| Kirkbrae | Great Britain | City | 30 | 34 | 200 | SP Energy Networks |
| Ravensgill | Great Britain | City | 26 | 29 | 200 | Electricity North West |
| Stranmore | Great Britain | Town and rural | 36 | 39 | 100 | SP Energy Networks |
| Dunmorrow | Great Britain | Rural | 34 | 36 | 80 | SP Energy Networks |
| Haughend | Great Britain | Town and rural | 33 | 35 | 100 | Electricity North West |
| Ellisfield | Great Britain | Town and rural | 35 | 38 | 100 | Electricity North West |

## Notes

Quarry Brae's drivers cross the border on 11 of its 46 routes. The supply at Quarry
Brae supports only six chargers until NIE Networks reinforces it.

The 11 electric vans we run today all work from Castlemoyle, which has 12 chargers.

Each depot has a depot manager, planners, a yard supervisor and the employed drivers; agency
drivers join for the peak weeks through Roadstaff.
"""

TRAINING = """
# Training and certification

## Who owns what

The Learning and Development Manager is responsible for the Tullyvarn training academy,
induction for every new starter, handheld and DropApp training, planner training on the route
planning system, and the network of 28 driver trainers (two at each depot).

Training that FORS or the operator licences require is held by the Fleet Compliance Manager,
who keeps those records: the FORS driver modules (eco-driving, vulnerable road users and the
electric vehicle module), Driver CPC for the trunk HGV drivers and the yearly licence checks.

## The academy

The academy at Tullyvarn has three classrooms and a yard with a practice van. New drivers
spend two days there before their first route, and a trainer rides with them on their first
three days at the depot.

## Records

Course bookings and completions are kept in the learning system, LearnTrack, which sends a
monthly list to each depot manager.
"""

EMAIL = """
From: Gareth Wylie <gareth.wylie@ardglen-parcels.example>
To: Niamh Corrigan <niamh.corrigan@ardglen-parcels.example>
Cc: Aidan Faulkner <aidan.faulkner@ardglen-parcels.example>
Date: Mon, 19 Feb 2028 08:12:44 +0000
Subject: Peak 2027 review - what I need for 2028

Niamh,

Before the plan goes to the board, here is what peak 2027 taught us at the hub.

Peak week was 2.3 times a normal week, and next-day service across the seven peak weeks came
in at 88.4%. The sorter ran 22 hours a day for nine days at its 19,500 parcels an hour.

The peak plan still relies on a spreadsheet that I keep, fed by client forecasts that arrive by
email in whatever shape each client likes.

Roadstaff have told us that agency drivers for peak must be booked by the end of Wk 24 of the
trading year, or they cannot promise the numbers.

Agency drivers who got a planned route and a trainer on their first day did far better than
those sent out with a RoadBook printout.

Happy to go through it on Thursday.

Gareth

Gareth Wylie
Hub Manager, Tullyvarn
Ardglen Parcels Ltd
"""


def build(root: Path) -> None:
    case = root / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/managers.vcf": build_vcf(),
        "org/people/training-and-certification.md": TRAINING,
        "org/governance/network-plan-steering-group-terms-of-reference.md": TOR,
        "org/governance/ntwu-recognition-agreement-extract.md": AGREEMENT,
        "org/governance/depot-health-and-safety-committee.txt": SAFETY,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/network-measures.csv": build_csv(),
        "org/context/depot-network.md": DEPOTS,
        "org/context/email-2028-02-19-peak-2027-review.txt": EMAIL,
    }
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
