# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev15 case ``tidewater-freight``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev15/build_tidewater_freight.py [out]

Writes, under ``evals/dev15/tidewater-freight/`` (or ``<out>/tidewater-freight/``):

- ``clear-run-operating-strategy.pptx``: a road freight and warehousing company's 30-month
  operating strategy in the style of a product-led plan, a 4:3 PPTX of 17 slides. Goals are
  written as four BETS ("Bet n: If we ..., then ... - we will know by ..."), each bet slide
  with "What we will build / change", "Signals we watch" and an "Owner:" bar; a NON-GOALS
  slide; an ASSUMPTIONS TO TEST table (three rows are the pilot's pass marks); a KPI table
  Metric | Today | Target | By; a roadmap of horizontal swim lanes drawn as text boxes over
  month columns "M1" ... "M30", phases as a band of boxes, gates as "Checkpoint" diamonds with
  label boxes, and "M1 = January 2028." once, in the roadmap's footnote.
- ``org/``: a semicolon-delimited CSV roster (UTF-8 with a byte-order mark, CRLF line ends,
  some "What they own" cells quoted and holding a line break and a semicolon), the steering
  group's charter, a systems overview, a metrics handbook, a depot fact sheet and an email.

Re-running it rewrites every file byte for byte (fixed ZIP entry times and document dates in
the PPTX through ``evals.dev13.build_dev13.save``; the text files are literal strings, the
CSV written as bytes). It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev15"): the engine may be tuned on it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
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
CASE = "tidewater-freight"
DECK = "clear-run-operating-strategy.pptx"

# =========================================================================== the deck (PPTX 4:3)
# A haulier's operating strategy written like a product team's: bets, non-goals, assumptions.
# Navy, teal and amber on white; Trebuchet MS titles, Arial text; an eyebrow, a footer, "n / 17".

TW_W, TW_H = 10.0, 7.5
NAVY = (22, 40, 66)
TEAL = (0, 122, 120)
AMBER = (236, 160, 0)
PALE = (222, 239, 237)
SAND = (245, 242, 235)
INK = (34, 34, 34)
GREY = (112, 112, 112)
LINE = (200, 205, 210)
HEAD = "Trebuchet MS"
FONT = "Arial"
TOTAL = 17
FOOT = "Tidewater Freight  \u00b7  Clear Run  \u00b7  Leadership offsite, 16 November 2027"


def tw_page(prs: PresentationType, eyebrow: str, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 0.14, TW_H, NAVY)
    text_box(slide.shapes, 0.45, 0.28, 8.0, 0.3, [eyebrow], 10, True, TEAL, FONT)
    text_box(slide.shapes, 0.45, 0.55, 9.2, 0.7, [title], 24, True, NAVY, HEAD)
    text_box(slide.shapes, 0.45, 7.05, 7.8, 0.3, [FOOT], 8, False, GREY, FONT)
    text_box(
        slide.shapes,
        8.6,
        7.05,
        1.0,
        0.3,
        [f"{number} / {TOTAL}"],
        9,
        True,
        GREY,
        FONT,
        PP_ALIGN.RIGHT,
    )
    return slide


def tw_list(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: float,
    color: tuple[int, int, int] = INK,
    space: float = 8,
) -> None:
    rich_box(
        slide.shapes,
        left,
        top,
        width,
        height,
        [[(line, False, color)] for line in lines],
        size,
        FONT,
        space,
    )


def tight_box(shapes, left, top, width, height, text, size, bold, color, fill=None, align=None):
    """A one-paragraph box with no inner margins (month labels, roadmap bars, phase boxes)."""
    if fill is None:
        box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    else:
        box = shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(left), Inches(top), Inches(width), Inches(height)
        )
        box.fill.solid()
        box.fill.fore_color.rgb = rgb(fill)
        box.line.fill.background()
    frame = box.text_frame
    frame.margin_left = frame.margin_right = Inches(0.03)
    frame.margin_top = frame.margin_bottom = Inches(0.0)
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    para = frame.paragraphs[0]
    para.text = text
    para.alignment = PP_ALIGN.CENTER if align is None else align
    for run in para.runs:
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = FONT
        run.font.color.rgb = rgb(color)
    return box


def tw_bet(
    prs: PresentationType,
    number: int,
    slide_no: int,
    name: str,
    bet: str,
    items: Sequence[tuple[str, str | None]],
    signals: Sequence[str],
    owner: str,
) -> None:
    s = tw_page(prs, f"BET {number} OF 4", name, slide_no)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.45, 1.35, 9.15, 1.15, PALE)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.45, 1.35, 0.08, 1.15, TEAL)
    rich_box(
        s.shapes,
        0.65,
        1.4,
        8.85,
        1.05,
        [[(f"Bet {number}: ", True, TEAL), (bet, False, NAVY)]],
        14,
        FONT,
    )
    text_box(s.shapes, 0.45, 2.7, 5.6, 0.35, ["What we will build / change"], 13, True, NAVY, HEAD)
    paragraphs = []
    for text, lead in items:
        runs = [("\u25b8  ", True, AMBER), (text, False, INK)]
        if lead:
            runs.append((f"  [{lead}]", False, GREY))
        paragraphs.append(runs)
    rich_box(s.shapes, 0.45, 3.1, 5.6, 3.2, paragraphs, 11.5, FONT, 7)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.3, 2.7, 3.3, 3.6, SAND)
    text_box(s.shapes, 6.45, 2.78, 3.0, 0.35, ["Signals we watch"], 13, True, NAVY, HEAD)
    tw_list(s, 6.45, 3.2, 3.0, 3.0, [f"\u2022  {x}" for x in signals], 11, INK, 7)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.45, 6.45, 9.15, 0.45, NAVY)
    rich_box(
        s.shapes,
        0.6,
        6.49,
        8.9,
        0.38,
        [[("Owner: ", True, AMBER), (owner, False, WHITE)]],
        12,
        FONT,
    )


# The roadmap grid: 30 month columns from GX; lanes of bars (row inside the lane, first and
# last month, text); the phases and the checkpoints sit on the same grid.
GX, CW = 1.6, 0.27
PHASES = (
    ("Phase A \u00b7 Prove it at Normanton", 1, 9),
    ("Phase B \u00b7 Roll out to every depot", 10, 21),
    ("Phase C \u00b7 Make it the way we work", 22, 30),
)
LANES: tuple[tuple[str, tuple[tuple[int, int, int, str], ...]], ...] = (
    (
        "Bet 1 \u00b7 Route planning",
        (
            (0, 1, 3, "Pick planner"),
            (0, 4, 9, "Normanton on the planner"),
            (1, 10, 15, "Doncaster, Stoke, Goole"),
            (1, 16, 21, "Daventry, Avonmouth"),
            (0, 19, 30, "Night trunks planned as one network"),
        ),
    ),
    (
        "Bet 2 \u00b7 Proof of delivery",
        (
            (0, 1, 3, "Handhelds"),
            (0, 4, 9, "Handhelds at Normanton"),
            (0, 10, 18, "Handhelds at Stoke, Avonmouth"),
            (0, 19, 21, "Scans end"),
            (1, 13, 24, "Slot booking for the 40 largest customers"),
        ),
    ),
    (
        "Bet 3 \u00b7 Cross-dock",
        (
            (0, 2, 6, "Door plan, WMS design"),
            (0, 7, 12, "StockPilot at Normanton"),
            (0, 13, 18, "StockPilot at Doncaster"),
            (1, 10, 30, "Dock-door booking and SSCC labels at every depot"),
        ),
    ),
    (
        "Bet 4 \u00b7 Drivers",
        (
            (0, 1, 6, "Rota talks with URTU"),
            (0, 7, 30, "Fixed rotas: Normanton, then Doncaster"),
            (1, 1, 12, "Electric van trial, Daventry"),
            (1, 13, 24, "Aero kits and 53 mph limiters"),
        ),
    ),
)
CHECKPOINTS = (
    (9, "Checkpoint 1 \u00b7 M9 \u00b7 Normanton go/no-go", 2.6, 5.86, 2.6, PP_ALIGN.CENTER),
    (
        21,
        "Checkpoint 2 \u00b7 M21 \u00b7 every depot on the planner and handhelds?",
        5.0,
        5.86,
        2.3,
        PP_ALIGN.RIGHT,
    ),
    (
        30,
        "Checkpoint 3 \u00b7 M30 \u00b7 close Clear Run, hand the numbers to the depots",
        5.3,
        6.3,
        4.4,
        PP_ALIGN.RIGHT,
    ),
)


def _mx(month: int) -> float:
    return GX + (month - 1) * CW


def tw_roadmap(s: Slide) -> None:
    top = 1.35
    # alternate shading of the month columns, then the month labels
    for m in range(1, 31):
        if m % 2 == 0:
            filled(s.shapes, MSO_SHAPE.RECTANGLE, _mx(m), top, CW, 4.95, SAND)
    for m in range(1, 31):
        tight_box(s.shapes, _mx(m), top, CW, 0.25, f"M{m}", 6.5, True, GREY)
    # the phase band
    for label, a, b in PHASES:
        tight_box(
            s.shapes,
            _mx(a) + 0.01,
            top + 0.3,
            (b - a + 1) * CW - 0.02,
            0.32,
            label,
            8,
            True,
            WHITE,
            NAVY,
        )
    # the lanes
    lane_top, lane_h = top + 0.72, 0.82
    for i, (name, bars) in enumerate(LANES):
        y = lane_top + i * lane_h
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.45, y + lane_h - 0.02, 9.25, 0.01, LINE)
        tight_box(
            s.shapes, 0.45, y + 0.05, 1.1, lane_h - 0.1, name, 8.5, True, NAVY, None, PP_ALIGN.LEFT
        )
        for row, a, b, text in bars:
            tight_box(
                s.shapes,
                _mx(a) + 0.015,
                y + 0.08 + row * 0.36,
                (b - a + 1) * CW - 0.03,
                0.3,
                text,
                7,
                False,
                WHITE,
                TEAL if row == 0 else AMBER,
            )
    # checkpoints: diamonds on their own lane, each with a label box
    cp_y = lane_top + len(LANES) * lane_h + 0.05
    tight_box(s.shapes, 0.45, cp_y, 1.1, 0.4, "Checkpoints", 8.5, True, NAVY, None, PP_ALIGN.LEFT)
    for month, label, lx, ly, lw, align in CHECKPOINTS:
        x = _mx(month) + CW / 2 - 0.16
        filled(s.shapes, MSO_SHAPE.DIAMOND, x, cp_y + 0.04, 0.32, 0.32, AMBER, line_color=NAVY)
        tight_box(s.shapes, lx, ly, lw, 0.34, label, 7.5, True, NAVY, None, align)
    text_box(
        s.shapes,
        0.45,
        6.72,
        9.2,
        0.3,
        [
            "M1 = January 2028. Bars show the months in which the work runs. At each checkpoint "
            "the Steering Group decides: go, change or stop."
        ],
        8.5,
        False,
        GREY,
        FONT,
        italic=True,
    )


def tw_tiles(s: Slide, tiles: Sequence[tuple[str, str]], top: float) -> None:
    """Current-state tiles, each a group of a box, a big number and its label."""
    width, height, gap = 2.9, 1.55, 0.22
    for i, (big, label) in enumerate(tiles):
        col, row = i % 3, i // 3
        x = 0.45 + col * (width + gap)
        y = top + row * (height + gap)
        group = s.shapes.add_group_shape()
        filled(group.shapes, MSO_SHAPE.RECTANGLE, x, y, width, height, SAND)
        text_box(group.shapes, x + 0.12, y + 0.08, width - 0.24, 0.6, [big], 28, True, TEAL, HEAD)
        text_box(group.shapes, x + 0.12, y + 0.72, width - 0.24, 0.8, [label], 11, False, INK, FONT)


def tw_card(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[tuple[str, bool]],
    fill: tuple[int, int, int],
    size: float = 10,
) -> None:
    shape = filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, w, h, fill, line_color=LINE)
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = Inches(0.08)
    frame.margin_top = Inches(0.05)
    for i, (text, bold) in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = text
        para.alignment = PP_ALIGN.LEFT
        para.space_after = Pt(3)
        for run in para.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.name = FONT
            run.font.color.rgb = rgb(TEAL if bold else INK)


def build_deck() -> PresentationType:
    prs = new_deck(TW_W, TW_H)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, TW_W, TW_H, NAVY)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.8, 4.25, 2.2, 0.07, AMBER)
    text_box(s.shapes, 0.8, 1.0, 8.4, 0.4, ["TIDEWATER FREIGHT"], 15, True, AMBER, FONT)
    text_box(s.shapes, 0.8, 1.6, 8.4, 1.1, ["Clear Run"], 50, True, WHITE, HEAD)
    text_box(
        s.shapes,
        0.8,
        2.75,
        8.4,
        1.2,
        ["Operating strategy 2028\u20132030: four bets, our non-goals and a 30-month roadmap"],
        20,
        False,
        (214, 226, 236),
        HEAD,
    )
    tw_list(
        s,
        0.8,
        4.6,
        8.4,
        1.8,
        [
            "Leadership offsite, Goole  \u00b7  16 November 2027",
            "Presented by the Managing Director and the Operations Director",
            "Draft 3, for the leadership team",
        ],
        13,
        (214, 226, 236),
        6,
    )

    # 2 summary
    s = tw_page(prs, "SUMMARY", "Clear Run in one minute", 2)
    tw_list(
        s,
        0.45,
        1.4,
        6.3,
        5.5,
        [
            "Customers judge us on one thing: did the whole load turn up in the slot we "
            "promised? In the year to September 2027, more than one in ten did not.",
            "Clear Run is 30 months of work, counted M1 to M30, written as four bets. Each bet "
            "says what we will build or change, the signals we watch and who owns it.",
            "Every bet is tried first at one depot: Normanton, our busiest cross-dock, from M4 "
            "to M9.",
            "The headline number is on-time-in-full, from 88.6% to 96% by M24. Five more "
            "numbers sit beside it.",
            "We have written down our non-goals too, so that the bets get the people and the "
            "money.",
            "It costs \u00a36.8m over 30 months, \u00a34.1m of it capital: handhelds, the route "
            "planner, StockPilot at two cross-docks, dock doors and aerodynamic kits.",
        ],
        13,
        INK,
        9,
    )
    for i, (big, small) in enumerate(
        (("4", "bets"), ("6", "numbers"), ("3", "checkpoints"), ("1", "pilot depot"))
    ):
        y = 1.45 + i * 1.35
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 7.1, y, 2.5, 1.15, PALE)
        text_box(s.shapes, 7.25, y + 0.05, 1.0, 0.8, [big], 36, True, TEAL, HEAD)
        text_box(s.shapes, 8.1, y + 0.38, 1.45, 0.5, [small], 13, False, NAVY, FONT)

    # 3 where we are today (current state, not goals)
    s = tw_page(prs, "WHERE WE ARE TODAY", "The business in the year to September 2027", 3)
    tw_tiles(
        s,
        (
            ("6", "depots: Goole, Doncaster, Normanton, Stoke, Daventry and Avonmouth"),
            ("412", "vehicles: 238 tractor units, 131 rigids and 43 vans"),
            ("1.9m", "drops delivered, for 520 customers"),
            ("88.6%", "of deliveries on time and in full, as the depots count it"),
            ("38", "driver vacancies; agency drivers cover about one shift in nine"),
            ("\u00a314.3m", "spent on diesel, 19% of our costs"),
        ),
        1.45,
    )
    tw_list(
        s,
        0.45,
        5.1,
        9.15,
        1.8,
        [
            "Routes are planned in spreadsheets at all six depots.",
            "Proof of delivery is on paper at three of them.",
            "The WMS runs where we store goods, not where we cross-dock them.",
        ],
        13,
        NAVY,
        4,
    )

    # 4 vision
    s = tw_page(prs, "VISION", "Where we're heading", 4)
    text_box(
        s.shapes,
        0.45,
        1.45,
        9.15,
        0.9,
        ["Freight you never have to chase."],
        30,
        True,
        TEAL,
        HEAD,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.45, 2.55, 9.15, 1.35, NAVY)
    text_box(
        s.shapes,
        0.7,
        2.68,
        8.7,
        1.15,
        [
            "By the end of M30, every customer will see the signed proof of delivery for every "
            "drop in TideTrack within 15 minutes of the driver leaving site."
        ],
        17,
        True,
        WHITE,
        FONT,
    )
    text_box(s.shapes, 0.45, 4.2, 9.0, 0.4, ["What that means"], 14, True, NAVY, HEAD)
    tw_list(
        s,
        0.45,
        4.65,
        9.15,
        2.2,
        [
            "For customers: one booking, one live arrival time, one proof of delivery.",
            "For drivers: a plan that works first time and a rota they can plan a life around.",
            "For Tidewater: fewer empty miles, fewer litres per mile, fewer disputed invoices.",
        ],
        13,
        INK,
        8,
    )

    # 5-8 the bets
    tw_bet(
        prs,
        1,
        5,
        "One plan for every wheel",
        "If we plan every route and trunk in one route planner instead of six spreadsheets, "
        "then more loads arrive in their booked slot \u2014 we will know by on-time-in-full "
        "rising from 88.6% to 96% by M24.",
        (
            (
                "Choose one route planner for all six depots and connect it to Roadbook orders",
                "Head of IT and Data",
            ),
            (
                "Plan Normanton's routes in the planner from M4, keeping the spreadsheet as a "
                "fallback for four weeks",
                "Depot General Manager, Normanton",
            ),
            (
                "Feed Fleetwatch positions into the planner so that arrival times update every "
                "five minutes",
                None,
            ),
            (
                "Plan the night trunks between depots as one network, matching backloads to "
                "empty legs",
                None,
            ),
            (
                "Write one OTIF definition for every depot: in full, and inside the customer's "
                "booked slot",
                "Head of Transport Planning",
            ),
        ),
        (
            "Share of the day's routes built in the planner",
            "Slot misses by cause, per depot, every week",
            "Empty running on the night trunks",
        ),
        "Head of Transport Planning",
    )
    tw_bet(
        prs,
        2,
        6,
        "Proof in minutes, not days",
        "If every driver takes proof of delivery on a handheld and customers book their slots "
        "in TideTrack, then fewer customers chase us and fewer invoices are disputed \u2014 we "
        "will know by drops with electronic proof of delivery rising from 41% to 100% by M21.",
        (
            (
                "Put a handheld with DropSign in every cab at Normanton, Stoke and Avonmouth",
                "Head of IT and Data",
            ),
            (
                "Send each proof of delivery to TideTrack the moment the driver closes the drop",
                None,
            ),
            (
                "Switch on slot booking in TideTrack for our 40 largest customers",
                "Customer Services Manager",
            ),
            (
                "Stop batch-scanning paper delivery notes at Goole once a depot has run on "
                "handhelds for eight weeks",
                None,
            ),
            (
                "Settle invoice disputes from the proof of delivery in TideTrack, not the paper "
                "file",
                "Finance Director",
            ),
        ),
        (
            "Drops whose proof of delivery is in TideTrack within 15 minutes",
            "\u2018Where is my delivery?\u2019 calls per 1,000 drops",
            "Invoices disputed for want of a proof of delivery",
        ),
        "Customer Services Manager",
    )
    tw_bet(
        prs,
        3,
        7,
        "A cross-dock that flows",
        "If our two cross-dock hubs scan every pallet in StockPilot and book every trunk to a "
        "door, then pallets stop waiting on the floor \u2014 we will know by cross-dock dwell "
        "time falling from 9.5 hours to 4 hours by M18.",
        (
            (
                "Extend StockPilot to the Doncaster and Normanton cross-docks, with a scan at "
                "every door",
                "Warehouse Operations Manager",
            ),
            ("Book every inbound trunk to a dock door and a 30-minute window", None),
            (
                "Put an SSCC barcode label on every pallet at the first depot that handles it",
                None,
            ),
            (
                "Mark out and light the Normanton marshalling lanes before StockPilot goes live "
                "there",
                "Depot General Manager, Normanton",
            ),
        ),
        (
            "Pallets still on the floor at 06:00",
            "Trunks waiting more than 30 minutes for a door",
            "Mis-sorted pallets per 10,000",
        ),
        "Warehouse Operations Manager",
    )
    tw_bet(
        prs,
        4,
        8,
        "Drivers who stay, and drive well",
        "If drivers get rotas they can plan a life around and one-to-one coaching instead of "
        "league tables, then more of them stay and each burns less fuel \u2014 we will know by "
        "driver turnover falling from 31% to 20% and tractor fuel economy rising from 8.1 to "
        "8.9 mpg.",
        (
            (
                "Agree fixed four-on, four-off rotas at Normanton and Doncaster with URTU",
                "Head of People",
            ),
            (
                "Open a driver academy that trains 24 new Class 1 drivers a year, each with a "
                "mentor for 12 weeks",
                "Driver Training Manager",
            ),
            (
                "Coach every driver once a month on their Fleetwatch driving-style score, one "
                "to one",
                None,
            ),
            (
                "Run the eight electric vans at Daventry to M12, then decide whether to order "
                "30 more",
                None,
            ),
            (
                "Fit aerodynamic kits to the 64 oldest tractor units and set their limiters to "
                "53 mph",
                "Fleet Engineering Manager",
            ),
        ),
        (
            "Drivers leaving in their first six months",
            "Agency share of driver shifts",
            "Idling minutes per shift",
        ),
        "Head of People",
    )

    # 9 non-goals
    s = tw_page(prs, "WHAT WE WILL NOT DO", "NON-GOALS", 9)
    text_box(
        s.shapes,
        0.45,
        1.35,
        9.15,
        0.6,
        [
            "Things we have chosen to leave out of Clear Run. If one of these starts to creep "
            "back in, the Steering Group says no."
        ],
        13,
        False,
        GREY,
        FONT,
        italic=True,
    )
    for i, (head, body) in enumerate(
        (
            (
                "Electrifying the tractor fleet.",
                "The van trial at Daventry is our only electric work until M30.",
            ),
            (
                "Building our own route planner or our own proof-of-delivery app.",
                "We buy both and change our ways of working to fit them.",
            ),
            ("Replacing Roadbook.", "It stays our TMS for the life of Clear Run."),
            (
                "Opening a seventh depot, or bidding for warehouse contracts that would need one.",
                "Growth waits until the six depots run on one plan.",
            ),
            (
                "Publishing driver league tables from Fleetwatch scores.",
                "Scores are for one-to-one coaching.",
            ),
            (
                "Chasing temperature-controlled work.",
                "We have neither the fleet nor the accreditations, and Clear Run will not buy "
                "them.",
            ),
        )
    ):
        y = 2.05 + i * 0.8
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.45, y, 0.5, 0.62, AMBER, ["\u2715"], 16, True)
        rich_box(
            s.shapes,
            1.1,
            y,
            8.5,
            0.7,
            [[(head, True, NAVY)], [(body, False, INK)]],
            12,
            FONT,
        )

    # 10 assumptions to test
    s = tw_page(prs, "WHAT HAS TO BE TRUE", "ASSUMPTIONS TO TEST", 10)
    text_box(
        s.shapes,
        0.45,
        1.3,
        9.15,
        0.5,
        [
            "Each assumption has a test and a month by which we need the answer. Rows marked "
            "\u2605 are the pilot's pass marks at Checkpoint 1."
        ],
        11,
        False,
        GREY,
        FONT,
        italic=True,
    )
    table(
        s.shapes,
        (
            ("#", "We assume", "How we test it", "Answer by"),
            (
                "A1 \u2605",
                "Normanton planners will accept the planner's routes: 90% of routes leave "
                "unedited by week 8 of the pilot",
                "Run the planner beside the spreadsheet for four weeks, then on its own",
                "M9",
            ),
            (
                "A2 \u2605",
                "Drivers will use the handheld at every drop: 98% of Normanton drops have an "
                "electronic proof of delivery",
                "Daily DropSign report by driver, read out at the morning brief",
                "M9",
            ),
            (
                "A3 \u2605",
                "Fixed rotas will keep Normanton overtime at or below today's 6.5 hours a "
                "driver a week",
                "Compare pilot overtime with the same weeks of 2027",
                "M9",
            ),
            (
                "A4",
                "The route planner saves at least 4% of diesel on planned routes",
                "Compare litres per drop at Normanton with Stoke over the pilot",
                "M9",
            ),
            (
                "A5",
                "Big customers want to book their own slots: 25 of the 40 largest book in "
                "TideTrack every week",
                "Offer slot booking to ten customers first, chosen with the Customer User Group",
                "M18",
            ),
            (
                "A6",
                "An electric van can run a Daventry multi-drop day on one winter charge",
                "Log each trial van's charge on return to the depot through its first winter",
                "M12",
            ),
        ),
        (0.6, 4.1, 3.55, 0.9),
        1.9,
        0.45,
        10.5,
        0.68,
        NAVY,
        font=FONT,
        head_h=0.38,
        first_col_bold=True,
    )

    # 11 KPIs
    s = tw_page(prs, "SIX NUMBERS", "How we'll keep score", 11)
    table(
        s.shapes,
        (
            ("Metric", "Today", "Target", "By"),
            ("On-time-in-full, one definition, all depots", "88.6%", "96%", "M24"),
            ("Drops with electronic proof of delivery", "41%", "100%", "M21"),
            ("Cross-dock dwell time, door to door", "9.5 h", "4 h", "M18"),
            ("Empty running on night trunks", "27%", "19%", "M30"),
            ("Driver turnover, rolling 12 months", "31%", "20%", "To be agreed with URTU"),
            ("Tractor fuel economy", "8.1 mpg", "8.9 mpg", "M30"),
        ),
        (4.6, 1.3, 1.3, 1.95),
        1.45,
        0.45,
        13,
        0.58,
        NAVY,
        font=FONT,
        head_h=0.45,
        first_col_bold=True,
    )
    text_box(
        s.shapes,
        0.45,
        5.75,
        9.15,
        0.9,
        [
            "Today = the 12 months to September 2027, as each depot reports it. Definitions "
            "and owners are in the metrics handbook."
        ],
        10,
        False,
        GREY,
        FONT,
        italic=True,
    )
    notes(
        s,
        [
            "The OTIF baseline will move when we re-cut it on one definition; expect it to fall "
            "before it rises.",
            "Driver turnover has no date yet because the rota talks with URTU set the pace.",
        ],
    )

    # 12 roadmap: swim lanes over month columns
    s = tw_page(
        prs, "ROADMAP \u00b7 M1\u2013M30", "Three phases, four lanes, three checkpoints", 12
    )
    tw_roadmap(s)

    # 13 pilot
    s = tw_page(prs, "PILOT", "Pilot depot: Normanton, M4 to M9", 13)
    text_box(s.shapes, 0.45, 1.35, 4.4, 0.35, ["Why Normanton"], 13, True, NAVY, HEAD)
    tw_list(
        s,
        0.45,
        1.75,
        4.4,
        1.9,
        [
            "Our busiest cross-dock: about 2,100 pallets cross its 18 doors every night.",
            "Proof of delivery is on paper, so the gain from handhelds is easy to see.",
            "74 drivers and a depot team that asked to go first.",
        ],
        11.5,
        INK,
        5,
    )
    text_box(s.shapes, 0.45, 3.75, 4.4, 0.35, ["What changes there"], 13, True, NAVY, HEAD)
    tw_list(
        s,
        0.45,
        4.15,
        4.4,
        2.2,
        [
            "\u25b8  Routes from the planner, with the spreadsheet as a four-week fallback",
            "\u25b8  A handheld in all 58 Normanton vehicles",
            "\u25b8  StockPilot on the cross-dock from M7",
            "\u25b8  Fixed four-on, four-off rotas, if URTU agrees",
        ],
        11.5,
        INK,
        5,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 5.15, 1.35, 4.45, 4.6, PALE)
    text_box(s.shapes, 5.3, 1.45, 4.2, 0.6, ["We pass Checkpoint 1 (M9) if"], 13, True, TEAL, HEAD)
    tw_list(
        s,
        5.3,
        2.0,
        4.2,
        3.8,
        [
            "\u2714  the three pass marks on the Assumptions slide (A1, A2, A3) are met;",
            "\u2714  Normanton OTIF, on the new definition, is at or above 94% for the last "
            "eight weeks;",
            "\u2714  Normanton loses no more drivers than in the same six months of 2027.",
        ],
        12,
        INK,
        10,
    )
    rich_box(
        s.shapes,
        0.45,
        6.3,
        9.15,
        0.4,
        [
            [
                ("Pilot lead: ", True, TEAL),
                ("Depot General Manager, Normanton", False, INK),
                ("     Sponsor: ", True, TEAL),
                ("Managing Director", False, INK),
            ]
        ],
        12,
        FONT,
    )

    # 14 first 90 days: three columns of cards
    s = tw_page(prs, "FIRST 90 DAYS", "The first 90 days: M1 to M3", 14)
    columns = (
        (
            "Weeks 1\u20134",
            (
                (
                    "Set up the Clear Run Steering Group and publish the checkpoint dates",
                    "Programme Manager, Clear Run",
                ),
                (
                    "Give URTU formal notice of the rota proposal for Normanton and Doncaster",
                    "Head of People",
                ),
                ("Ask Fleetwatch to keep trip history for 25 months", None),
            ),
        ),
        (
            "Weeks 5\u20138",
            (
                (
                    "Agree one OTIF definition and re-cut the 2027 baseline for every depot",
                    "Head of Transport Planning",
                ),
                (
                    "Trial two route planners on four weeks of Normanton's orders and sign with "
                    "one",
                    "Head of IT and Data",
                ),
                (
                    "Order 120 more handhelds and extend the lease past 180 devices",
                    "Finance Director",
                ),
            ),
        ),
        (
            "Weeks 9\u201313",
            (
                (
                    "Walk the Normanton cross-dock with StockPilot and draw the door plan",
                    "Warehouse Operations Manager",
                ),
                ("Apply to the network operator for the Daventry supply upgrade", None),
                (
                    "Brief all 74 Normanton drivers on the pilot, with their URTU rep in the room",
                    "Depot General Manager, Normanton",
                ),
            ),
        ),
    )
    for c, (head, cards) in enumerate(columns):
        x = 0.45 + c * 3.1
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.35, 2.95, 0.4, NAVY, [head], 12, True)
        for r, (action, owner) in enumerate(cards):
            lines = [(action, False)]
            if owner:
                lines.append((f"Owner: {owner}", True))
            tw_card(s, x, 1.9 + r * 1.65, 2.95, 1.5, lines, WHITE, 10.5)

    # 15 risks: one card per risk
    s = tw_page(prs, "RISKS", "What could sink a bet, and what we'll do", 15)
    risks = (
        (
            "R1  URTU rejects fixed rotas at Doncaster",
            "What we'll do: share the Normanton pilot figures with the branch first, and keep "
            "today's rotas at any depot without an agreement.",
            "Head of People",
        ),
        (
            "R2  Planners drift back to their spreadsheets",
            "What we'll do: make the Normanton workbook read-only after the four-week fallback; "
            "planners walk through the planner's routes at the daily call.",
            "Head of Transport Planning",
        ),
        (
            "R3  StockPilot go-live at Normanton collides with the Christmas peak",
            "What we'll do: no go-live in the six weeks before Christmas; the printed manifests "
            "stay at the doors until the first clean week.",
            "Warehouse Operations Manager",
        ),
        (
            "R4  The Daventry supply upgrade takes longer than the van trial",
            "What we'll do: hold the trial at eight vans and charge overnight, so the decision "
            "at M12 does not wait for the upgrade.",
            "Fleet Engineering Manager",
        ),
        (
            "R5  Customers ignore slot booking",
            "What we'll do: design it with the Customer User Group and switch it on for ten "
            "customers before the other 30.",
            "Customer Services Manager",
        ),
    )
    for i, (risk, answer, owner) in enumerate(risks):
        tw_card(
            s,
            0.45,
            1.35 + i * 1.1,
            9.15,
            1.0,
            [(risk, True), (answer, False), (f"Owner: {owner}", False)],
            SAND,
            10.5,
        )

    # 16 governance and asks
    s = tw_page(prs, "GOVERNANCE AND ASKS", "Who decides, and what we ask of you today", 16)
    text_box(s.shapes, 0.45, 1.35, 5.0, 0.35, ["How Clear Run is run"], 13, True, NAVY, HEAD)
    tw_list(
        s,
        0.45,
        1.8,
        5.0,
        5.0,
        [
            "Sponsor: the Managing Director, who chairs the Clear Run Steering Group and "
            "decides each checkpoint.",
            "The Steering Group (the four bet owners, the Operations Director, the Finance "
            "Director and the Programme Manager) meets on the first Tuesday of every month.",
            "Each bet owner brings their numbers and signals; the Programme Manager keeps the "
            "assumptions log and the roadmap.",
            "URTU is consulted before any change to rotas, shift patterns or how Fleetwatch "
            "data about a driver is used.",
            "The board of Tidewater Holdings approves any single capital item over \u00a3500,000.",
        ],
        11.5,
        INK,
        8,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 5.75, 1.35, 3.85, 5.4, NAVY)
    text_box(
        s.shapes, 5.95, 1.5, 3.5, 0.4, ["We ask the leadership team to"], 13, True, AMBER, HEAD
    )
    tw_list(
        s,
        5.95,
        2.0,
        3.5,
        4.6,
        [
            "Back the four bets, the six numbers and the three checkpoints.",
            "Release \u00a32.2m for Phase A.",
            "Hold us to the non-goals, even when a customer asks.",
            "Lend one planner and one shift manager from every depot to Normanton for a week "
            "each during the pilot.",
        ],
        12,
        WHITE,
        10,
    )

    # 17 glossary and sources (no work here)
    s = tw_page(prs, "APPENDIX", "Words we use, and our sources", 17)
    rich_box(
        s.shapes,
        0.45,
        1.35,
        9.15,
        5.5,
        [
            [(term, True, TEAL), (meaning, False, INK)]
            for term, meaning in (
                (
                    "OTIF: ",
                    "on time (inside the booked slot) and in full (every pallet, undamaged).",
                ),
                (
                    "ePOD: ",
                    "electronic proof of delivery: photo, signature, time and place, "
                    "taken on the handheld.",
                ),
                (
                    "Cross-dock: ",
                    "pallets come in on one trunk and leave on another without going into storage.",
                ),
                ("Trunk: ", "a night run between two of our depots."),
                (
                    "Backload: ",
                    "a load collected for the return leg, so the truck does not come back empty.",
                ),
                (
                    "Empty running: ",
                    "kilometres driven with no load, as a share of all trunk kilometres.",
                ),
                (
                    "Dwell time: ",
                    "hours from a pallet's scan in at one door to its scan out at another.",
                ),
                ("Mn: ", "month n of Clear Run."),
                ("Checkpoint: ", "where the Steering Group decides go, change or stop."),
                (
                    "Sources: ",
                    "Roadbook, Fleetwatch and the depots' OTIF spreadsheets, 12 "
                    "months to September 2027; fuel from the bunker and fuel-card invoices.",
                ),
            )
        ],
        12,
        FONT,
        7,
    )
    return prs


# =========================================================================== the org folder

ROLES = (
    (
        "Managing Director",
        "Executive",
        "Goole",
        "core",
        "Runs Tidewater Freight and answers to the board of Tidewater Holdings.\n"
        "Sponsor of Clear Run; chairs the Clear Run Steering Group and decides each checkpoint.",
    ),
    (
        "Operations Director",
        "Operations",
        "Goole",
        "core",
        "Runs the six depots through their general managers and owns on-time-in-full. Deputises "
        "for the Managing Director on Clear Run.",
    ),
    (
        "Programme Manager, Clear Run",
        "Change",
        "Goole",
        "core",
        "Runs the Clear Run programme office: the roadmap, the assumptions log, checkpoint packs "
        "and the monthly report to the Steering Group.",
    ),
    (
        "Finance Director",
        "Finance",
        "Goole",
        "core",
        "Budgets, capital requests, leases and the fuel contract.\n"
        "Customer billing and credit control; keeps the invoice dispute log.",
    ),
    (
        "Commercial Director",
        "Commercial",
        "Goole",
        "extended",
        "Customer contracts, tenders and rate reviews. Looks after the 40 largest accounts.",
    ),
    (
        "Customer Services Manager",
        "Commercial",
        "Goole",
        "core",
        "Runs the customer service desk and the batch scanning of paper delivery notes. Product "
        "owner of TideTrack, the customer portal. Owns the electronic proof of delivery measure.",
    ),
    (
        "Head of Transport Planning",
        "Transport",
        "Doncaster",
        "core",
        "Route planning and night trunking across the six depots, the planners at each depot and "
        "backloads.\nOwns empty running; sets the planning rules every depot follows.",
    ),
    (
        "Senior Transport Planner, Normanton",
        "Transport",
        "Normanton",
        "extended",
        "Builds Normanton's daily routes and keeps its planning workbook. Super-user for the pilot.",
    ),
    (
        "Depot General Manager, Normanton",
        "Operations",
        "Normanton",
        "core",
        "Runs Normanton depot and its cross-dock: 74 drivers and 41 warehouse staff. Leads the "
        "Clear Run pilot at Normanton.",
    ),
    (
        "Depot General Manager, Avonmouth",
        "Operations",
        "Avonmouth",
        "extended",
        "Runs Avonmouth depot and the port shuttle work.",
    ),
    (
        "Warehouse Operations Manager",
        "Warehousing",
        "Daventry",
        "core",
        "Contract warehousing at Goole, Stoke and Daventry and the cross-docks at Doncaster and "
        "Normanton.\nBusiness owner of StockPilot; owns cross-dock dwell time.",
    ),
    (
        "Fleet Engineering Manager",
        "Fleet",
        "Doncaster",
        "core",
        "The 412 vehicles and 610 trailers: maintenance, MOTs, the workshops at Doncaster and "
        "Stoke.\nFleetwatch units, fuel cards, depot charging and the electric van trial; owns "
        "fuel economy.",
    ),
    (
        "Head of IT and Data",
        "IT",
        "Goole",
        "core",
        "Roadbook, StockPilot, DropSign and the handhelds, TideTrack, the Fleetwatch feed and the "
        "Tidewater Data Hub. Buys, connects and looks after every system.",
    ),
    (
        "Business Intelligence Analyst",
        "IT",
        "Goole",
        "extended",
        "Builds the Power BI reports on the Data Hub, the weekly OTIF pack among them.",
    ),
    (
        "Head of People",
        "People",
        "Goole",
        "core",
        "Recruitment, HR policy, pay and employee relations.\n"
        "Leads the talks with URTU; owns driver turnover and absence.",
    ),
    (
        "Driver Training Manager",
        "People",
        "Doncaster",
        "core",
        "Driver CPC, inductions for new drivers, the driver academy and one-to-one coaching from "
        "Fleetwatch driving-style scores. Keeps every driver's training record.",
    ),
    (
        "Health, Safety and Compliance Manager",
        "Compliance",
        "Goole",
        "extended",
        "Operator licence, drivers' hours and tachograph analysis, DVSA checks and site safety.",
    ),
    (
        "URTU Branch Secretary",
        "Union (external)",
        "All depots",
        "consult",
        "Represents the URTU members among our drivers at all six depots.\n"
        "Consulted on rotas, shift patterns and any use of telematics data about a driver; owns "
        "no Clear Run work.",
    ),
    (
        "Chair, Customer User Group",
        "Customers (external)",
        "External",
        "consult",
        "Chairs the group of twelve customers who use TideTrack most.\n"
        "Asked before any change customers will see in TideTrack; owns no Clear Run work.",
    ),
)


def _csv_cell(value: str) -> str:
    if any(ch in value for ch in ';"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def roles_csv() -> bytes:
    """The roster as the HR system exports it: semicolons, a BOM, CRLF between records."""
    header = ("Role", "Function", "Site", "Involvement", "What they own")
    rows = [header, *ROLES]
    text = "".join(";".join(_csv_cell(c) for c in row) + "\r\n" for row in rows)
    return b"\xef\xbb\xbf" + text.encode("utf-8")


CHARTER = """
# Clear Run Steering Group: charter

Agreed by the leadership team, 2 November 2027. Kept by the Programme Manager, Clear Run.

## Purpose

The Steering Group runs Clear Run, the operating strategy for 2028 to 2030. It keeps the four
bets on course, decides at each checkpoint whether the work goes on, changes or stops, and
protects the non-goals.

## Chair and members

Chair: the Managing Director, as sponsor of Clear Run.

Members: the Operations Director, the Finance Director, the four bet owners (Head of Transport
Planning, Customer Services Manager, Warehouse Operations Manager, Head of People) and the
Programme Manager, Clear Run, who is secretary. The Head of IT and Data attends for any item
that touches a system. Depot general managers attend when their depot's roll-out is discussed.

## Rhythm

The group meets on the first Tuesday of each month at Goole, for two hours. Each bet owner
brings the bet's number, its signals and the assumptions being tested. The Programme Manager
circulates the pack two working days before.

## Who decides what

| Decision | Decided by | Advised by |
|---|---|---|
| Checkpoint: go, change or stop | Managing Director, as chair | Steering Group |
| Releasing a phase's budget | Managing Director | Finance Director |
| A change of scope inside a bet | The bet owner, reported to the next meeting | Programme Manager, Clear Run |
| Moving money between bets inside an approved phase budget | Finance Director | the bet owners affected |
| A single capital item over \u00a3500,000, or any change to the non-goals | Board of Tidewater Holdings | Managing Director |

The board of Tidewater Holdings meets quarterly, and a capital item above \u00a3500,000 waits for
its next meeting.

## Consultation

URTU must be given 45 days' notice and consulted before any change to drivers' rotas, shift
patterns or the use of telematics data in a driver's assessment. The Head of People leads those
talks; the URTU Branch Secretary is invited to the Steering Group whenever a rota item is on
the agenda.

The Chair of the Customer User Group is asked for the group's view before any change customers
will see in TideTrack, and before slot booking is offered more widely.

## Reporting

After each meeting the Programme Manager sends a one-page note to the leadership team. At
each checkpoint the Managing Director reports the decision and the six numbers to the board of
Tidewater Holdings.
"""

SYSTEMS = """
# How our systems fit together

Kept by the Head of IT and Data. Reviewed October 2027.

## Roadbook (transport management system)

Roadbook has been our TMS since 2016. The 40 largest customers send orders into it by EDI;
the rest email them and the customer service desk keys them in. Roadbook holds every
consignment, prices it and raises the invoice. Roadbook and Fleetwatch keep separate vehicle
lists, and the traffic office re-keys every change of registration or trailer into both.

## Route planning

At 14:00 Roadbook prints the next day's orders for each depot. Each depot's planners then build
tomorrow's routes in their own Excel workbook, by postcode and from what they know of the
customers. The Stoke workbook carries macros that one planner wrote and still maintains.

## Fleetwatch (telematics)

Fleetwatch units are fitted to all 412 vehicles. They report position, speed, idling, harsh
braking and fuel used every two minutes and give each driver a driving-style score, which the
Driver Training Manager uses for coaching. Fleetwatch keeps trip history for 90 days; after
that, monthly totals per vehicle are all that remain. Planners see where vehicles are on a
separate Fleetwatch screen.

## Handhelds and DropSign (proof of delivery)

Drivers at Goole, Doncaster and Daventry take proof of delivery on Zebra handhelds running
DropSign: a photo, a signature, the time and the GPS position. At Normanton, Stoke and
Avonmouth the customer signs a paper delivery note, which the driver hands in at the end of the
shift, and the notes travel to Goole each week to be scanned in batches by the customer service
desk. 171 of the 180 handhelds on the current lease are in use, and the lease runs to March
2029.

## TideTrack (customer portal)

TideTrack lets customers follow their consignments, download proofs of delivery and invoices,
and raise queries; 312 customer accounts use it. A DropSign proof of delivery reaches TideTrack
overnight. A paper one reaches TideTrack once the batch scan is done, on average four working
days after the delivery. Slot booking was built into TideTrack in 2025 and is switched on for
two customers.

## StockPilot (warehouse management system)

StockPilot runs at Goole, Stoke and Daventry, the three sites where we store goods for
customers, and is licensed per site. At the Doncaster and Normanton cross-docks, pallets are
checked against printed manifests and ticked off with a pen at the door.

## Tidewater Data Hub

The Data Hub is our data warehouse, an Azure SQL database loaded each night from Roadbook,
StockPilot, Fleetwatch and PeopleDesk. The Business Intelligence Analyst builds the Power BI
reports on it, the weekly OTIF pack among them.

## PeopleDesk (HR and payroll)

PeopleDesk holds contracts, pay, absence and every driver's training record, Driver CPC hours
included. Driver rotas are kept in a spreadsheet at each depot and pinned to the drivers'
noticeboard every Thursday for the week after.
"""

METRICS = """
# Metrics handbook: the six Clear Run numbers

Kept by the Programme Manager, Clear Run. Each metric has one owner, who reports it to the
Steering Group every month.

| Metric | How it is counted | Source | Owner | Today (12 months to September 2027) |
|---|---|---|---|---|
| On-time-in-full | Deliveries that arrive inside the booked slot with every pallet, undamaged, as a share of all deliveries | Depot OTIF spreadsheets, to move to the Data Hub | Operations Director | 88.6% |
| Drops with electronic proof of delivery | Drops with a DropSign record as a share of all drops | DropSign, Roadbook | Customer Services Manager | 41% |
| Cross-dock dwell time | Median hours from a pallet's arrival at a cross-dock door to its departure | StockPilot once live; a stopwatch study until then | Warehouse Operations Manager | 9.5 hours |
| Empty running on night trunks | Kilometres run empty as a share of all trunk kilometres between depots | Fleetwatch, Roadbook | Head of Transport Planning | 27% |
| Driver turnover | Drivers who left in the last 12 months as a share of the average number employed | PeopleDesk | Head of People | 31% |
| Tractor fuel economy | Miles per gallon across all tractor units, from fuel drawn and miles driven | Fuel cards, bunker records, Fleetwatch | Fleet Engineering Manager | 8.1 mpg |

## Notes

Each depot works out OTIF in its own spreadsheet, and Stoke and Avonmouth count a delivery as on
time when it arrives on the booked day rather than inside the booked slot. The 88.6% is the
average of the six depots' own figures.

Dwell time at the two cross-docks comes from a two-week stopwatch study each spring.

Driver turnover counts employed drivers; agency drivers are outside it.

Fuel economy covers the 238 tractor units. Rigids and vans are reported in litres per 100 km
in the fleet report.
"""

FACT_SHEET = """
NORMANTON DEPOT: FACT SHEET
Tidewater Freight Ltd. Prepared for the Clear Run pilot, October 2027.

Address: Whitwood Lane, Normanton, West Yorkshire WF6
Opened: 2009; cross-dock added 2016
Depot General Manager: in post since 2021

People
  74 drivers (61 Class 1, 13 Class 2), 41 warehouse and cross-dock staff, six in the traffic
  office, two of them planners. URTU has 58 members at the depot; the rep drives Class 1 on
  nights.

Vehicles
  31 tractor units, 22 rigids and 5 vans: 58 in all. 96 trailers.

Cross-dock
  18 dock doors. About 2,100 pallets cross the dock each night, Sunday to Thursday, and up to
  3,000 in the weeks before Christmas. Wi-Fi in the cross-dock covers only doors 1 to 10. The
  yard holds 22 trailers, and on Sunday nights inbound trunks queue on Whitwood Lane.

Planning
  The two planners build the next day's routes each afternoon in the Normanton planning
  workbook. Drivers collect a printed run sheet at the traffic office window.

Proof of delivery
  Paper delivery notes, handed in at the end of each shift and bagged for Goole on Fridays.

Rotas
  A rolling rota, set each Thursday for the following week. Overtime averaged 6.5 hours a
  driver a week in the year to September 2027.

Customers
  Building merchants, two grocery suppliers' ambient lines and the port import work out of
  Goole, which is trunked to Normanton for delivery across West Yorkshire.
"""

EMAIL = """
From: Fleet Engineering Manager
To: Finance Director
Cc: Operations Director; Head of IT and Data
Date: Tuesday 26 October 2027, 16:12
Subject: RE: Daventry e-vans - where we are before the offsite

Hi both,

Short version for the offsite pack.

The eight vans have done about 61,000 miles between them since the trial started in March.
Energy per mile is roughly a third of what the diesel vans cost on the same rounds. Two vans
were off the road for five weeks this summer waiting on a part from the manufacturer, which
the drivers have not forgotten.

We haven't had a winter yet. The manufacturer's own figure is 30% less range below 5 degrees,
which would still cover every Daventry round except Northampton 3.

The real problem is power. The four 22 kW posts share the depot's 200 kVA supply with the
warehouse, and at night, with the forklift chargers on as well, we're at the limit. The network
operator has quoted 14 months and \u00a386,000 to upgrade the Daventry supply, and the clock
starts when we pay the deposit.

So if we want more than eight vans at Daventry inside Clear Run, the application has to go in
early, probably before we know whether the vans are worth it. I'd rather pay the deposit and
lose it than wait.

Happy to talk it through before the 16th.

Fleet Engineering Manager
Tidewater Freight, Doncaster
"""


def write_org(org: Path) -> None:
    people = org / "people" / "roles.csv"
    people.parent.mkdir(parents=True, exist_ok=True)
    people.write_bytes(roles_csv())
    write_text(org / "governance" / "clear-run-steering-group-charter.md", CHARTER)
    write_text(org / "systems" / "how-our-systems-fit-together.md", SYSTEMS)
    write_text(org / "measures" / "metrics-handbook.md", METRICS)
    write_text(org / "context" / "normanton-depot-fact-sheet.txt", FACT_SHEET)
    write_text(org / "context" / "email-2027-10-26-daventry-evans.txt", EMAIL)


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root / CASE``."""
    case = root / CASE
    save(build_deck(), case / DECK, "Tidewater Freight", "Clear Run")
    write_org(case / "org")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
