# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev16 case ``rookfield-fibre``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev16/build_rookfield_fibre.py [out]

Writes, under ``evals/dev16/rookfield-fibre/`` (or ``<out>/rookfield-fibre/``):

- ``fill-the-fibre-board-strategy-2028.pptx``: a regional full-fibre operator's 30-month
  strategy (Q3 2028 to Q4 2030, calendar quarters), a 16:9 PPTX of 17 slides. Its own forms:
  a one-slide STRATEGY HOUSE (a trapezoid roof holding the purpose and the vision, four pillar
  rectangles each holding a pillar name and its initiatives, a foundation bar of enablers, all
  separate autoshapes); a ROADMAP DRAWN WITH SHAPES (chevrons for the phases labelled with
  their quarters, a milestone line with diamonds and a date-and-milestone text box above or
  below each, gates as small wave "flags" on poles with label boxes; no table); KPI "FROM -> TO"
  TILES (each a label, a baseline, an arrow shape, a target and a "by Q4 2030" date, all in
  separate text boxes); speaker notes on five slides.
- ``org/``: a nested JSON HR export (departments -> head and teams -> positions with title,
  grade, programme_role and accountabilities), the steering group's terms of reference, a
  systems and data register, KPI definitions, an exchange-area profile of the pilot, a
  build-partner contract summary and an email about the housing associations.

Re-running it rewrites every file byte for byte (fixed ZIP entry times and document dates in
the PPTX through ``evals.dev13.build_dev13.save``; the text files are literal strings, the
JSON dumped with fixed key order, written through ``evals/dev16/_build.py``). It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev16"): the engine may be tuned on it.
"""

from __future__ import annotations

import json
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
)
from evals.dev16._build import footer, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "rookfield-fibre"
DECK = "fill-the-fibre-board-strategy-2028.pptx"

# =========================================================================== the deck (PPTX 16:9)
# Plum, lime and sky on white; Gill Sans MT titles, Calibri text; an eyebrow, a footer, "n / 17".

RW, RH = 13.333, 7.5
PLUM = (58, 28, 84)
LIME = (132, 189, 0)
SKY = (0, 140, 190)
MIST = (238, 234, 243)
PALE = (229, 243, 250)
INK = (33, 33, 38)
GREY = (110, 110, 118)
LINE = (196, 190, 206)
HEAD = "Gill Sans MT"
FONT = "Calibri"
TOTAL = 17
FOOT = "Rookfield Fibre  \u00b7  Fill the Fibre  \u00b7  Board strategy day, 22 May 2028"


def page(prs: PresentationType, eyebrow: str, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, RW, 0.12, PLUM)
    text_box(slide.shapes, 0.55, 0.3, 9.0, 0.3, [eyebrow], 10, True, SKY, FONT)
    text_box(slide.shapes, 0.55, 0.56, 12.2, 0.7, [title], 26, True, PLUM, HEAD)
    footer(slide.shapes, 7.05, (0.55, 9.0, FOOT), (11.6, 1.2, f"{number} / {TOTAL}"), GREY, FONT)
    return slide


def box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    paragraphs: Sequence[tuple[str, float, bool, tuple[int, int, int]]],
    align=PP_ALIGN.LEFT,
    anchor=MSO_ANCHOR.TOP,
    kind=None,
    fill: tuple[int, int, int] | None = None,
    line: tuple[int, int, int] | None = None,
    margin: float = 0.05,
    space: float = 0,
):
    """A text box (or an autoshape when ``kind`` is given) of paragraphs (text, size, bold, colour)."""
    if kind is None:
        shape = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    else:
        shape = shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
        if fill is None:
            shape.fill.background()
        else:
            shape.fill.solid()
            shape.fill.fore_color.rgb = rgb(fill)
        if line is None:
            shape.line.fill.background()
        else:
            shape.line.color.rgb = rgb(line)
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = Inches(margin)
    frame.margin_top = frame.margin_bottom = Inches(margin)
    for i, (text, size, bold, color) in enumerate(paragraphs):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.alignment = align
        if space:
            para.space_after = Pt(space)
        run = para.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = FONT
        run.font.color.rgb = rgb(color)
    return shape


def bullets(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: float = 13,
    mark: str = "\u25aa  ",
    color: tuple[int, int, int] = INK,
    space: float = 7,
) -> None:
    paragraphs = [[(mark, True, LIME), (line, False, color)] for line in lines]
    rich_box(slide.shapes, left, top, width, height, paragraphs, size, FONT, space)


def lead_list(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    items: Sequence[tuple[str, str | None]],
    size: float = 12.5,
) -> None:
    """Initiatives, each one paragraph: a marker, the text and, when there is one, '- Lead: role'."""
    paragraphs = []
    for text, lead in items:
        runs = [("\u25b8  ", True, SKY), (text, False, INK)]
        if lead:
            runs.append((f"  \u2014 Lead: {lead}", False, GREY))
        paragraphs.append(runs)
    rich_box(slide.shapes, left, top, width, height, paragraphs, size, FONT, 8)


def pillar_slide(
    prs: PresentationType,
    number: int,
    slide_no: int,
    name: str,
    goal: str,
    items: Sequence[tuple[str, str | None]],
    why: Sequence[str],
    know: Sequence[str],
) -> Slide:
    s = page(prs, f"PILLAR {number} OF 4", name, slide_no)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.55, 1.4, 12.2, 0.75, PLUM)
    rich_box(
        s.shapes, 0.75, 1.5, 11.9, 0.6, [[("Goal: ", True, LIME), (goal, False, WHITE)]], 16, FONT
    )
    text_box(s.shapes, 0.55, 2.4, 7.6, 0.35, ["What we will do"], 15, True, PLUM, HEAD)
    lead_list(s, 0.55, 2.8, 7.6, 4.1, items)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 8.5, 2.4, 4.25, 2.1, MIST)
    text_box(s.shapes, 8.65, 2.48, 4.0, 0.35, ["Why"], 14, True, PLUM, HEAD)
    bullets(s, 8.65, 2.85, 4.0, 1.6, why, 11.5, "\u2022  ", INK, 4)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 8.5, 4.65, 4.25, 2.2, PALE)
    text_box(s.shapes, 8.65, 4.73, 4.0, 0.35, ["How we will know"], 14, True, PLUM, HEAD)
    bullets(s, 8.65, 5.1, 4.0, 1.7, know, 11.5, "\u2022  ", INK, 4)
    return s


def stat_tiles(s: Slide, tiles: Sequence[tuple[str, str]], top: float) -> None:
    """Current-state tiles: a box, a big number and a label, in three columns."""
    width, height, gap = 3.9, 1.55, 0.25
    for i, (big, label) in enumerate(tiles):
        col, row = i % 3, i // 3
        x = 0.55 + col * (width + gap)
        y = top + row * (height + gap)
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, width, height, MIST)
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 0.08, height, LIME)
        text_box(s.shapes, x + 0.25, y + 0.1, width - 0.4, 0.65, [big], 30, True, PLUM, HEAD)
        text_box(s.shapes, x + 0.25, y + 0.8, width - 0.4, 0.7, [label], 12.5, False, INK, FONT)


# ------------------------------------------------------------------ the strategy house (slide 5)

ROOF = (
    "Our purpose: fibre the Dales can count on",
    "Vision: two in five of the homes and businesses we pass live on Rookfield by Q4 2030",
)
PILLARS = (
    (
        "1  Fill the network",
        (
            "Street-by-street sales drives in every exchange area",
            "A \u00a315 social tariff",
            "A call before every contract ends",
        ),
    ),
    (
        "2  Connect every door",
        (
            "Wayleaves for the 380 blocks we cannot sell to",
            "One standard wayleave for housing associations",
            "Finish the Harlby and Wenthorpe build",
        ),
    ),
    (
        "3  Right first time",
        (
            "Book installs the moment an order is placed",
            "Survey every drop before the engineer arrives",
            "A NOC that never sleeps",
        ),
    ),
    (
        "4  Win business",
        (
            "Leased-line quotes in one working day",
            "Light every trading estate we pass",
            "Voucher projects with the Dales Digital Partnership",
        ),
    ),
)
FOUNDATION = (
    "Foundations",
    "One order-to-live link from Orbit to FieldLine  \u00b7  one wayleave record  \u00b7  "
    "engineers and build partners trained to one standard  \u00b7  numbers everyone trusts, from Lantern",
)


def house(s: Slide) -> None:
    left, width = 0.9, 11.55
    roof = box(
        s.shapes,
        left - 0.25,
        1.3,
        width + 0.5,
        1.45,
        [(ROOF[0], 15, True, LIME), (ROOF[1], 15, False, WHITE)],
        PP_ALIGN.CENTER,
        MSO_ANCHOR.MIDDLE,
        MSO_SHAPE.TRAPEZOID,
        PLUM,
        margin=0.08,
        space=4,
    )
    roof.adjustments[0] = 0.6
    pw, gap = 2.7, (width - 4 * 2.7) / 3
    for i, (name, lines) in enumerate(PILLARS):
        x = left + i * (pw + gap)
        box(
            s.shapes,
            x,
            2.95,
            pw,
            2.85,
            [(name, 14, True, PLUM)] + [(f"\u2022 {line}", 11.5, False, INK) for line in lines],
            PP_ALIGN.LEFT,
            MSO_ANCHOR.TOP,
            MSO_SHAPE.RECTANGLE,
            MIST,
            LINE,
            margin=0.12,
            space=6,
        )
    box(
        s.shapes,
        left - 0.25,
        5.95,
        width + 0.5,
        0.9,
        [(FOUNDATION[0], 13, True, LIME), (FOUNDATION[1], 11.5, False, WHITE)],
        PP_ALIGN.CENTER,
        MSO_ANCHOR.MIDDLE,
        MSO_SHAPE.RECTANGLE,
        PLUM,
        margin=0.08,
        space=2,
    )


# ------------------------------------------------------------------ the KPI tiles (slide 10)

KPI_TILES = (
    ("Take-up of premises passed", "22.6%", "40%", "by Q4 2030"),
    ("Premises passed ready for service", "88%", "97%", "by Q2 2030"),
    ("Median order to live, working days", "9.5", "5", "by Q2 2030"),
    ("Installs right first time", "86%", "95%", "by Q4 2029"),
    ("Business sites on Rookfield fibre", "1,140", "3,000", "by Q4 2030"),
    ("Monthly churn", "1.4%", "0.9%", "by Q4 2030"),
    ("Network availability", "99.91%", "99.95%", "by Q4 2029"),
    ("Net Promoter Score", "+31", "+45", "date to be set at G2"),
)


def kpi_tiles(s: Slide) -> None:
    width, height, gap = 2.9, 2.4, 0.2
    for i, (label, base, target, when) in enumerate(KPI_TILES):
        col, row = i % 4, i // 4
        x = 0.55 + col * (width + gap)
        y = 1.75 + row * (height + 0.2)
        filled(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, width, height, MIST, line_color=LINE)
        box(s.shapes, x + 0.12, y + 0.1, width - 0.24, 0.6, [(label, 12.5, True, PLUM)])
        box(
            s.shapes,
            x + 0.1,
            y + 0.8,
            1.05,
            0.7,
            [(base, 22, True, GREY)],
            PP_ALIGN.CENTER,
            MSO_ANCHOR.MIDDLE,
        )
        filled(s.shapes, MSO_SHAPE.RIGHT_ARROW, x + 1.2, y + 0.98, 0.5, 0.34, LIME)
        box(
            s.shapes,
            x + 1.75,
            y + 0.8,
            1.05,
            0.7,
            [(target, 22, True, SKY)],
            PP_ALIGN.CENTER,
            MSO_ANCHOR.MIDDLE,
        )
        box(
            s.shapes,
            x + 0.12,
            y + 1.65,
            width - 0.24,
            0.5,
            [(when, 12, False, INK)],
            PP_ALIGN.CENTER,
            MSO_ANCHOR.MIDDLE,
        )


# ------------------------------------------------------------------ the drawn roadmap (slide 11)
# 30 months across from X0 (month 0 = 1 July 2028) to X0 + 30 * MW.

X0, MW = 1.0, 11.55 / 30
QUARTERS = (
    "Q3 2028",
    "Q4 2028",
    "Q1 2029",
    "Q2 2029",
    "Q3 2029",
    "Q4 2029",
    "Q1 2030",
    "Q2 2030",
    "Q3 2030",
    "Q4 2030",
)
PHASES = (
    ("Phase 1 \u00b7 Get ready", "Q3 2028", 0, 3),
    ("Phase 2 \u00b7 Prove it in Oswick", "Q4 2028 - Q2 2029", 3, 12),
    ("Phase 3 \u00b7 Fill the footprint", "Q3 2029 - Q2 2030", 12, 24),
    ("Phase 4 \u00b7 Make it how we run", "Q3 2030 - Q4 2030", 24, 30),
)
# (month on the line, above?, date, milestone)
MILESTONES = (
    (3.5, True, "Oct 2028", "Oswick opens for orders on the live Orbit-FieldLine link"),
    (5.5, False, "Dec 2028", "Harlby and Wenthorpe build complete"),
    (7.5, True, "Feb 2029", "Social tariff on sale in every exchange area"),
    (8.5, False, "Mar 2029", "Standard wayleave signed with all three housing associations"),
    (15.5, True, "Oct 2029", "Online leased-line quotes live"),
    (18.5, False, "Jan 2030", "All 14 exchange areas on the live link"),
    (23.5, True, "Jun 2030", "Last of the 27,100 older routers replaced"),
    (24.5, False, "Jul 2030", "NOC staffed 24 hours a day, 7 days a week"),
)
# (month, flag text, label, label left, label width, alignment)
GATES = (
    (3, "G1", "G1 \u00b7 end Sep 2028 \u00b7 ready to open Oswick", 1.6, 2.3, PP_ALIGN.LEFT),
    (12, "G2", "G2 \u00b7 end Jun 2029 \u00b7 Oswick go/no-go", 5.07, 2.3, PP_ALIGN.LEFT),
    (
        24,
        "G3",
        "G3 \u00b7 end Jun 2030 \u00b7 every exchange area on the new process?",
        8.2,
        2.0,
        PP_ALIGN.RIGHT,
    ),
    (
        30,
        "G4",
        "G4 \u00b7 Dec 2030 \u00b7 close Fill the Fibre, hand the numbers to the business",
        10.55,
        2.2,
        PP_ALIGN.RIGHT,
    ),
)


def _x(month: float) -> float:
    return X0 + month * MW


def roadmap(s: Slide) -> None:
    # quarter labels over a light grid
    for i, label in enumerate(QUARTERS):
        x = _x(3 * i)
        if i % 2 == 1:
            filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.35, 3 * MW, 5.5, MIST)
        box(s.shapes, x, 1.35, 3 * MW, 0.3, [(label, 9.5, True, GREY)], PP_ALIGN.CENTER, margin=0.0)
    # the phases: a pentagon, then chevrons, each labelled with its name and quarters
    for i, (name, quarters, a, b) in enumerate(PHASES):
        kind = MSO_SHAPE.PENTAGON if i == 0 else MSO_SHAPE.CHEVRON
        box(
            s.shapes,
            _x(a),
            1.75,
            (b - a) * MW + (0.12 if i < len(PHASES) - 1 else 0.0),
            0.95,
            [(name, 10.5, True, WHITE), (quarters, 9.5, False, WHITE)],
            PP_ALIGN.CENTER,
            MSO_ANCHOR.MIDDLE,
            kind,
            PLUM if i % 2 == 0 else SKY,
            margin=0.02,
        )
    # the milestone line, a diamond per milestone and its date-and-milestone box
    filled(s.shapes, MSO_SHAPE.RECTANGLE, X0, 4.32, 30 * MW, 0.04, PLUM)
    for month, above, date, text in MILESTONES:
        cx = _x(month)
        filled(s.shapes, MSO_SHAPE.DIAMOND, cx - 0.12, 4.22, 0.24, 0.24, LIME, line_color=PLUM)
        top = 3.0 if above else 4.58
        box(
            s.shapes,
            cx - 0.55,
            top,
            1.1,
            1.1,
            [(date, 9.5, True, PLUM), (text, 9, False, INK)],
            PP_ALIGN.CENTER,
            MSO_ANCHOR.BOTTOM if above else MSO_ANCHOR.TOP,
            margin=0.01,
        )
    # the gates: a pole and a small flag, with a label box beside it
    box(s.shapes, 0.2, 5.85, 0.75, 0.3, [("Gates", 10, True, PLUM)], margin=0.0)
    for month, flag, label, lx, lw, align in GATES:
        px = _x(month)
        filled(s.shapes, MSO_SHAPE.RECTANGLE, px - 0.015, 5.75, 0.03, 0.6, PLUM)
        box(
            s.shapes,
            px - 0.46 if month == 30 else px + 0.015,
            5.75,
            0.45,
            0.3,
            [(flag, 9, True, WHITE)],
            PP_ALIGN.CENTER,
            MSO_ANCHOR.MIDDLE,
            MSO_SHAPE.WAVE,
            LIME,
            margin=0.0,
        )
        box(s.shapes, lx, 6.4, lw, 0.55, [(label, 9, True, PLUM)], align, margin=0.0)
    box(
        s.shapes,
        0.2,
        1.35,
        0.75,
        1.4,
        [("\u25c6 milestone", 8, False, GREY), ("\u2691 gate", 8, False, GREY)],
        margin=0.0,
    )


# ------------------------------------------------------------------ cards (slides 14, 15, 16)


def card(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[tuple[str, float, bool, tuple[int, int, int]]],
    fill: tuple[int, int, int] = MIST,
) -> None:
    box(
        s.shapes,
        x,
        y,
        w,
        h,
        lines,
        PP_ALIGN.LEFT,
        MSO_ANCHOR.TOP,
        MSO_SHAPE.RECTANGLE,
        fill,
        LINE,
        margin=0.1,
        space=4,
    )


FIRST_90 = (
    (
        "Sign the change order for the live Orbit-FieldLine link",
        "Head of IT Systems",
        "31 Jul 2028",
    ),
    (
        "Apply for the Market Street permit in Oswick, three months before works",
        "Wayleaves & Permits Manager",
        "15 Jul 2028",
    ),
    ("Recruit the six-person wayleave team", "Head of People", "30 Sep 2028"),
    (
        "Send the standard wayleave to Kelder Homes, Dalesway Housing and Pennine Rise Homes",
        "Wayleaves & Permits Manager",
        "31 Aug 2028",
    ),
    ("Train Oswick's 14 installers on the photo survey", "Field Training Lead", "22 Sep 2028"),
    (
        "Baseline take-up and right first time for every exchange area in Lantern",
        "Head of Programme Delivery (Fill the Fibre)",
        "31 Aug 2028",
    ),
    ("Brief the CWU on the Oswick pilot and the photo survey", "Head of People", "15 Aug 2028"),
    ("Hold the first Fill the Fibre Steering Group", "Chief Executive", "July 2028"),
)


def build_deck() -> PresentationType:
    prs = new_deck(RW, RH)

    # 1 ------------------------------------------------------------------ cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, RW, RH, PLUM)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.9, 4.35, 3.2, 0.06, LIME)
    text_box(s.shapes, 0.9, 1.2, 9.0, 0.4, ["ROOKFIELD FIBRE"], 14, True, LIME, FONT)
    text_box(s.shapes, 0.9, 1.9, 11.0, 1.3, ["Fill the Fibre"], 60, True, WHITE, HEAD)
    text_box(
        s.shapes,
        0.9,
        3.35,
        11.0,
        0.6,
        ["Our strategy for Q3 2028 to Q4 2030"],
        24,
        False,
        WHITE,
        FONT,
    )
    text_box(
        s.shapes,
        0.9,
        4.6,
        11.0,
        0.4,
        ["Board strategy day  \u00b7  Kelderby  \u00b7  22 May 2028"],
        14,
        False,
        LINE,
        FONT,
    )
    text_box(
        s.shapes,
        0.9,
        6.6,
        11.0,
        0.4,
        ["Board and leadership team only. Not for circulation."],
        10,
        False,
        LINE,
        FONT,
    )

    # 2 ------------------------------------------------------------------ the short version
    s = page(prs, "SUMMARY", "The short version", 2)
    text_box(
        s.shapes,
        0.55,
        1.45,
        12.2,
        0.6,
        ["We have built the network. The next 30 months are about filling it."],
        20,
        True,
        SKY,
        HEAD,
    )
    bullets(
        s,
        0.55,
        2.3,
        12.2,
        4.5,
        [
            "Take-up from 22.6% to 40% of the premises we pass by Q4 2030",
            "97% of premises passed ready for service by Q2 2030, by signing the blocks of flats "
            "we cannot sell to today",
            "A working line in a median 5 working days by Q2 2030, and 95% of installs right "
            "first time by Q4 2029",
            "3,000 business sites on Rookfield fibre by Q4 2030",
            "Prove it first in Oswick, opening for orders in October 2028",
            "We ask the Board today for \u00a34.2m for Phases 1 and 2",
        ],
        16,
        space=12,
    )

    # 3 ------------------------------------------------------------------ where we are
    s = page(prs, "WHERE WE ARE \u00b7 MARCH 2028", "A network built, a network half empty", 3)
    stat_tiles(
        s,
        (
            ("182,400", "premises passed in 14 exchange areas"),
            ("41,300", "live customers: 22.6% take-up"),
            ("11,200", "flats in 380 blocks passed but not ready to order"),
            ("9.5", "working days from order to a working line (median)"),
            ("86%", "of installs working at the end of the first visit"),
            ("1,140", "business sites connected today"),
        ),
        1.45,
    )
    text_box(
        s.shapes,
        0.55,
        5.2,
        12.2,
        1.0,
        [
            "Build is 94% complete. The last 11,000 premises in the plan are in Harlby and "
            "Wenthorpe and are due to finish in Q4 2028.",
            "\u00a361m of the \u00a374m build budget is spent.",
        ],
        13,
        False,
        INK,
        FONT,
    )
    notes(
        s,
        [
            "All figures are for the 12 months to March 2028 and come from Lantern.",
            "Take-up counts live home and business lines over every premises passed, "
            "ready for service or not, so it rises when we sign a block as well as when we sell.",
        ],
    )

    # 4 ------------------------------------------------------------------ what stands in the way
    s = page(prs, "WHAT STANDS IN THE WAY", "Five things hold take-up back", 4)
    problems = (
        (
            "Flats we cannot sell to",
            "11,200 flats sit behind a wayleave we have not signed. Each block takes a landlord "
            "months to agree.",
        ),
        (
            "Orders that wait",
            "An order placed in the afternoon waits for the next morning's file before anyone "
            "books the install.",
        ),
        (
            "Visits that fail",
            "One install visit in seven ends without a working line, most often for access or a "
            "blocked duct.",
        ),
        (
            "Businesses that wait for a price",
            "A leased-line quote takes 8 working days, and we lose two in five of them to faster "
            "quotes.",
        ),
        (
            "Nights without eyes",
            "Between 22:00 and 07:00 one on-call engineer watches the whole network by text "
            "message.",
        ),
    )
    for i, (head, body) in enumerate(problems):
        y = 1.45 + i * 1.1
        filled(
            s.shapes,
            MSO_SHAPE.OVAL,
            0.55,
            y + 0.1,
            0.55,
            0.55,
            LIME,
            [str(i + 1)],
            16,
            True,
            PLUM,
            FONT,
            align=PP_ALIGN.CENTER,
        )
        box(s.shapes, 1.35, y, 11.3, 1.0, [(head, 15, True, PLUM), (body, 12.5, False, INK)])

    # 5 ------------------------------------------------------------------ the strategy house
    s = page(prs, "OUR STRATEGY ON A PAGE", "Fill the Fibre: one house, four pillars", 5)
    house(s)

    # 6-9 ---------------------------------------------------------------- the pillars
    pillar_slide(
        prs,
        1,
        6,
        "Fill the network",
        "two in five of the homes and businesses we pass live on Rookfield by Q4 2030",
        (
            (
                "Run street-by-street sales drives in every exchange area, starting in Oswick",
                "Head of Consumer Sales",
            ),
            (
                "Launch a \u00a315 social tariff for households on Universal Credit or Pension "
                "Credit by February 2029",
                "Head of Consumer Sales",
            ),
            ("Pay a \u00a350 referral reward to every customer whose neighbour joins", None),
            (
                "Call every customer in month 20 of a 24-month contract, before it ends",
                "Contact Centre Manager",
            ),
            ("Publish take-up by exchange area to every team each month", None),
        ),
        (
            "Take-up is 22.6%; at 40% the network pays for itself",
            "In Kelderby, where we sold door to door in 2026, take-up is 34%",
        ),
        (
            "Take-up from 22.6% to 40% by Q4 2030",
            "Monthly churn from 1.4% to 0.9% by Q4 2030",
        ),
    )
    pillar_slide(
        prs,
        2,
        7,
        "Connect every door",
        "signed wayleaves for 300 of the 380 blocks we cannot sell to today, by Q2 2030",
        (
            ("Set up a wayleave team of six under the Wayleaves & Permits Manager", None),
            (
                "Agree one standard wayleave with Kelder Homes, Dalesway Housing and Pennine Rise "
                "Homes by March 2029",
                "Wayleaves & Permits Manager",
            ),
            ("Pay for the fire-stopping survey in every housing association block we cable", None),
            ("Scan every signed wayleave into one wayleave record", None),
            (
                "Finish the Harlby and Wenthorpe build by December 2028",
                "Head of Build Partnerships",
            ),
            ("Load the 2021-2023 as-built drawings into Atlas", "Head of IT Systems"),
        ),
        (
            "11,200 flats in 380 blocks are passed but cannot be ordered",
            "Three housing associations own 212 of those blocks",
        ),
        ("Premises passed ready for service from 88% to 97% by Q2 2030",),
    )
    pillar_slide(
        prs,
        3,
        8,
        "Right first time",
        "a working line within five working days of the order, first time",
        (
            (
                "Replace the twice-daily order file with a live link from Orbit to FieldLine",
                "Head of IT Systems",
            ),
            ("Bring Northway Networks' installs into FieldLine", "Head of Build Partnerships"),
            ("Survey every drop by photo before the install visit", "Head of Field Services"),
            (
                "Swap the 27,100 older routers for Linkbox routers the NOC can see",
                "Head of Network Operations",
            ),
            (
                "Staff the NOC 24 hours a day, 7 days a week from July 2030",
                "Head of Network Operations",
            ),
        ),
        (
            "One install visit in seven fails",
            "Orders placed after 15:00 lose a day before they are booked",
        ),
        (
            "Median order to live from 9.5 to 5 working days by Q2 2030",
            "Installs right first time from 86% to 95% by Q4 2029",
            "Network availability from 99.91% to 99.95% by Q4 2029",
        ),
    )
    s = pillar_slide(
        prs,
        4,
        9,
        "Win business",
        "every leased-line quote back to the customer within one working day by Q4 2029",
        (
            (
                "Build an online leased-line quote tool, priced from one price book",
                "Head of IT Systems",
            ),
            (
                "Light every trading estate we pass: 64 estates, about 2,300 business sites",
                "Head of Business Connectivity",
            ),
            ("Hire four business account managers", "Head of Business Connectivity"),
            (
                "Run voucher-funded projects for rural businesses with the Dales Digital "
                "Partnership",
                "Grants and Voucher Manager",
            ),
        ),
        (
            "A quote takes 8 working days today",
            "We pass 64 trading estates and serve businesses on 11 of them",
        ),
        ("Business sites on Rookfield fibre from 1,140 to 3,000 by Q4 2030",),
    )
    notes(
        s,
        [
            "The Head of Business Connectivity will also bring a wholesale option to the "
            "steering group in Q1 2029: whether we open the network to other providers.",
            "We have not decided that, and nothing in the numbers on the next slide assumes it.",
        ],
    )

    # 10 ----------------------------------------------------------------- KPI tiles
    s = page(prs, "HOW WE WILL KNOW", "Eight numbers, from today to target", 10)
    text_box(
        s.shapes,
        0.55,
        1.25,
        12.2,
        0.4,
        ["Today = the 12 months to March 2028. Definitions on slide 17."],
        12,
        False,
        GREY,
        FONT,
        italic=True,
    )
    kpi_tiles(s)
    notes(
        s,
        [
            "NPS has no date yet: we want the Oswick pilot to show how far the new install "
            "process moves it, and the Board will get a date at G2.",
            "Take-up is the number the Board should hold us to; the other seven explain it.",
        ],
    )

    # 11 ----------------------------------------------------------------- the drawn roadmap
    s = page(prs, "ROADMAP", "Four phases and four gates, Q3 2028 to Q4 2030", 11)
    roadmap(s)

    # 12 ----------------------------------------------------------------- the pilot
    s = page(prs, "PILOT", "Pilot: the Oswick exchange area", 12)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.55, 1.45, 3.7, 5.4, MIST)
    text_box(s.shapes, 0.7, 1.55, 3.4, 0.4, ["Oswick today"], 15, True, PLUM, HEAD)
    bullets(
        s,
        0.7,
        2.0,
        3.4,
        4.7,
        [
            "9,800 premises passed, 1,850 live: 18.9% take-up",
            "36 blocks of flats with 1,240 flats; 14 blocks have a signed wayleave",
            "Oswick Business Park: 112 units",
            "Every install by our own 14 engineers; no build partner",
            "Market Street is traffic-sensitive",
        ],
        12,
        "\u2022  ",
        INK,
        6,
    )
    text_box(
        s.shapes,
        4.55,
        1.45,
        4.3,
        0.6,
        ["What we will run in Oswick, October 2028 to June 2029"],
        15,
        True,
        PLUM,
        HEAD,
    )
    bullets(
        s,
        4.55,
        2.1,
        4.3,
        4.7,
        [
            "Open Oswick for orders on the live Orbit-FieldLine link in October 2028",
            "Door-knock every street in Oswick twice",
            "Sign wayleaves for all 36 Oswick blocks",
            "Offer the social tariff in Oswick first",
            "Photo-survey every Oswick drop before the install visit",
        ],
        12.5,
        "\u25b8  ",
        INK,
        8,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 9.15, 1.45, 3.6, 5.4, PLUM)
    text_box(
        s.shapes,
        9.3,
        1.55,
        3.3,
        0.6,
        ["We go on at G2 (June 2029) if:"],
        15,
        True,
        LIME,
        HEAD,
    )
    bullets(
        s,
        9.3,
        2.15,
        3.3,
        4.6,
        [
            "Oswick take-up reaches 30%",
            "Median order to live in Oswick is 6 working days or fewer",
            "At least 93% of Oswick installs are right first time",
            "30 of the 36 Oswick blocks have a signed wayleave",
        ],
        12.5,
        "\u2713  ",
        WHITE,
        8,
    )
    notes(
        s,
        [
            "Before orders open we will hold two drop-in evenings at Oswick library with the "
            "parish council, so people can see a Linkbox and book a survey.",
            "Oswick is small enough to watch every order and large enough to have blocks, "
            "a business park and a traffic-sensitive street.",
        ],
    )

    # 13 ----------------------------------------------------------------- risks
    s = page(prs, "RISKS", "What could stop us, and what we will do", 13)
    table(
        s.shapes,
        [
            ["#", "Risk", "Likelihood", "Impact", "What we will do", "Owner"],
            [
                "R1",
                "Landlords do not sign wayleaves fast enough",
                "High",
                "High",
                "Offer housing associations one standard wayleave and pay for the fire-stopping "
                "survey",
                "Wayleaves & Permits Manager",
            ],
            [
                "R2",
                "Build partners miss install slots as they move from build to connections",
                "Medium",
                "High",
                "Pay Dalecross Civils and Northway Networks per right-first-time install, not per "
                "visit",
                "Head of Build Partnerships",
            ],
            [
                "R3",
                "The Orbit-FieldLine link slips",
                "Medium",
                "High",
                "Keep the twice-daily file running until the link has run clean for 4 weeks in "
                "Oswick",
                "Head of IT Systems",
            ],
            [
                "R4",
                "Engineers resist the 24/7 NOC and new standby rotas",
                "Medium",
                "Medium",
                "Consult the CWU from October 2029, well before any rota changes",
                "Head of People",
            ],
            [
                "R5",
                "Voucher approvals slow business builds",
                "Medium",
                "Medium",
                "Submit voucher projects in batches ahead of each Digital Partnership board",
                "Grants and Voucher Manager",
            ],
            [
                "R6",
                "A national operator overbuilds us in Oswick",
                "Low",
                "High",
                "Watch build notices every quarter and move sales drives ahead of them",
                "Head of Consumer Sales",
            ],
        ],
        [0.5, 3.0, 1.1, 1.0, 4.5, 2.1],
        1.45,
        0.55,
        11,
        0.72,
        PLUM,
        WHITE,
        FONT,
        MIST,
        0.4,
    )

    # 14 ----------------------------------------------------------------- first 90 days
    s = page(prs, "FIRST 90 DAYS", "July to September 2028", 14)
    for i, (action, lead, when) in enumerate(FIRST_90):
        col, row = i % 4, i // 4
        card(
            s,
            0.55 + col * 3.1,
            1.5 + row * 2.7,
            2.95,
            2.5,
            [
                (action, 13, True, PLUM),
                (f"Lead: {lead}", 11, False, INK),
                (f"By {when}", 11, False, GREY),
            ],
        )
    notes(
        s,
        [
            "If Market Street's permit is refused, we start Oswick in the streets off the A-road "
            "and leave Market Street to Q1 2029.",
        ],
    )

    # 15 ----------------------------------------------------------------- governance
    s = page(prs, "GOVERNANCE", "How we will run Fill the Fibre", 15)
    bullets(
        s,
        0.55,
        1.5,
        6.3,
        5.3,
        [
            "Sponsor: Chief Executive, who chairs the Fill the Fibre Steering Group",
            "Programme lead: Head of Programme Delivery (Fill the Fibre)",
            "The Steering Group meets on the second Tuesday of every month",
            "At each gate the sponsor decides go, change or stop on the group's advice",
            "The Board sees the eight numbers every quarter",
        ],
        14,
        space=12,
    )
    leads = (
        ("Fill the network", "Head of Consumer Sales"),
        ("Connect every door", "Wayleaves & Permits Manager"),
        ("Right first time", "Head of Field Services"),
        ("Win business", "Head of Business Connectivity"),
    )
    text_box(s.shapes, 7.3, 1.5, 5.4, 0.4, ["Pillar leads"], 15, True, PLUM, HEAD)
    for i, (pillar, lead) in enumerate(leads):
        card(
            s,
            7.3,
            2.0 + i * 1.2,
            5.45,
            1.05,
            [(pillar, 13, True, PLUM), (lead, 12, False, INK)],
            PALE,
        )

    # 16 ----------------------------------------------------------------- cost and the ask
    s = page(prs, "THE ASK", "What it costs and what we ask today", 16)
    money = (
        ("\u00a39.6m", "over 30 months"),
        ("\u00a34.2m", "for Phases 1 and 2, to G2"),
        ("\u00a35.4m", "for Phases 3 and 4, released at G2"),
    )
    for i, (big, label) in enumerate(money):
        x = 0.55 + i * 2.2
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, 1.5, 2.05, 1.6, MIST)
        text_box(s.shapes, x + 0.15, 1.6, 1.8, 0.7, [big], 28, True, PLUM, HEAD)
        text_box(s.shapes, x + 0.15, 2.35, 1.8, 0.7, [label], 12, False, INK, FONT)
    text_box(s.shapes, 0.55, 3.4, 6.4, 0.4, ["Where the money goes"], 15, True, PLUM, HEAD)
    bullets(
        s,
        0.55,
        3.85,
        6.4,
        3.0,
        [
            "Routers and installs: \u00a33.9m",
            "Systems (the live link, the quote tool, the wayleave record): \u00a32.1m",
            "Wayleaves and build completion: \u00a31.8m",
            "Sales and the business team: \u00a31.8m",
        ],
        13,
        "\u2022  ",
        INK,
        6,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 7.4, 1.5, 5.35, 5.35, PLUM)
    text_box(s.shapes, 7.6, 1.65, 5.0, 0.5, ["We ask the Board to"], 17, True, LIME, HEAD)
    bullets(
        s,
        7.6,
        2.3,
        5.0,
        4.4,
        [
            "Approve Fill the Fibre as our strategy to Q4 2030",
            "Release \u00a34.2m for Phases 1 and 2",
            "Agree Oswick as the pilot and G2 in June 2029 as its go/no-go",
        ],
        15,
        "\u25b8  ",
        WHITE,
        14,
    )

    # 17 ----------------------------------------------------------------- definitions
    s = page(prs, "APPENDIX", "Definitions", 17)
    bullets(
        s,
        0.55,
        1.5,
        12.2,
        5.3,
        [
            "Premises passed: homes and business addresses our fibre passes in the street, ready "
            "for service or not",
            "Ready for service: a premises passed that can be ordered today",
            "Take-up: live home and business lines divided by premises passed",
            "Order to live: working days from the order to a working line",
            "Right first time: an install that is working at the end of the first visit",
            "Churn: lines that leave in a month, as a share of lines live at its start",
            "Quarters are calendar quarters: Q3 2028 is July to September 2028",
            "Today = the 12 months to March 2028; source: Lantern",
        ],
        13,
        "\u2022  ",
        INK,
        9,
    )
    return prs


# =========================================================================== the org folder

DEPARTMENTS = [
    {
        "name": "Executive Office",
        "head": {
            "title": "Chief Executive",
            "grade": "E1",
            "programme_role": "core",
            "accountabilities": [
                "Sponsor of Fill the Fibre; chairs the Fill the Fibre Steering Group.",
                "Decides each programme gate (go, change or stop) and releases each phase's "
                "budget on the Chief Financial Officer's advice.",
                "Reports the eight headline numbers to the Board every quarter.",
            ],
        },
        "teams": [
            {
                "name": "Programme Office",
                "positions": [
                    {
                        "title": "Head of Programme Delivery (Fill the Fibre)",
                        "grade": "M2",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs the Fill the Fibre plan, the risk and issue log and the "
                            "monthly Steering Group pack.",
                            "Prepares the evidence for each gate review and keeps the "
                            "programme's baselines.",
                            "Co-ordinates the Oswick pilot across sales, field, wayleaves and IT.",
                        ],
                    }
                ],
            },
            {
                "name": "Partnerships",
                "positions": [
                    {
                        "title": "Digital Partnership Liaison Officer",
                        "grade": "Secondee",
                        "programme_role": "consult",
                        "accountabilities": [
                            "Seconded two days a week from the Dales Digital Partnership.",
                            "Advises on voucher eligibility and on what the Partnership's "
                            "board will accept; does not approve projects.",
                            "Consulted before any voucher project is submitted.",
                        ],
                    }
                ],
            },
        ],
    },
    {
        "name": "Finance and Legal",
        "head": {
            "title": "Chief Financial Officer",
            "grade": "E2",
            "programme_role": "core",
            "accountabilities": [
                "Owns the budget, the capital plan and financial controls.",
                "Advises the Chief Executive on releasing each phase's budget.",
                "Approves every new tariff and price before it goes on sale.",
            ],
        },
        "teams": [
            {
                "name": "Grants and Vouchers",
                "positions": [
                    {
                        "title": "Grants and Voucher Manager",
                        "grade": "M4",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs gigabit voucher projects from application to claim, with "
                            "the Dales Digital Partnership and the three councils.",
                            "Keeps the voucher register and chases every claim before it lapses.",
                        ],
                    }
                ],
            },
            {
                "name": "Legal and Compliance",
                "positions": [
                    {
                        "title": "Data Protection Officer",
                        "grade": "M3",
                        "programme_role": "consult",
                        "accountabilities": [
                            "Keeps the record of processing and the retention schedule.",
                            "Consulted before any new use of customer data, call recordings or "
                            "photographs taken at customers' homes.",
                        ],
                    }
                ],
            },
        ],
    },
    {
        "name": "Network and Operations",
        "head": {
            "title": "Chief Operating Officer",
            "grade": "E2",
            "programme_role": "core",
            "accountabilities": [
                "Runs the network, field services and the build; deputy sponsor of Fill the Fibre.",
                "Agrees engineers' rotas and standby arrangements with the Head of People.",
            ],
        },
        "teams": [
            {
                "name": "Network Operations Centre",
                "positions": [
                    {
                        "title": "Head of Network Operations",
                        "grade": "M2",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs the NOC at Kelderby: monitoring, fault handling and planned "
                            "works across the network.",
                            "Owns network availability and the remote management of the "
                            "router fleet.",
                            "Plans NOC staffing and shift cover.",
                        ],
                    },
                    {
                        "title": "NOC Shift Lead",
                        "grade": "M5",
                        "programme_role": "extended",
                        "accountabilities": [
                            "Leads a NOC shift and hands over open faults at each change of shift.",
                        ],
                    },
                ],
            },
            {
                "name": "Field Services",
                "positions": [
                    {
                        "title": "Head of Field Services",
                        "grade": "M2",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs the 96 Rookfield install and repair engineers and the "
                            "install schedule in FieldLine.",
                            "Owns installs right first time and the time from a booked order "
                            "to a working line.",
                            "Sets the install standard that build partners' engineers work to.",
                        ],
                    },
                    {
                        "title": "Field Training Lead",
                        "grade": "M4",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs the Rookfield Field Academy at Kelderby: induction, install "
                            "standards and refresher courses for our engineers and the build "
                            "partners' engineers.",
                            "Keeps every engineer's training and accreditation record in "
                            "PeopleHub.",
                        ],
                    },
                    {
                        "title": "CWU Workplace Representative",
                        "grade": "E3 (field engineer)",
                        "programme_role": "consult",
                        "accountabilities": [
                            "Elected representative of the field engineers and NOC staff under "
                            "the CWU recognition agreement.",
                            "Consulted before changes to rotas, standby, overtime or the use of "
                            "van tracking data.",
                        ],
                    },
                ],
            },
            {
                "name": "Build and Access",
                "positions": [
                    {
                        "title": "Head of Build Partnerships",
                        "grade": "M2",
                        "programme_role": "core",
                        "accountabilities": [
                            "Manages the contracts with Dalecross Civils and Northway Networks: "
                            "build, connections, quality and payment terms.",
                            "Owns completion of the network build and the as-built records the "
                            "partners hand over.",
                        ],
                    },
                    {
                        "title": "Wayleaves & Permits Manager",
                        "grade": "M3",
                        "programme_role": "core",
                        "accountabilities": [
                            "Secures wayleaves from landlords, housing associations and private "
                            "owners, and keeps the wayleave register.",
                            "Applies for street works permits where Rookfield is the promoter "
                            "and co-ordinates the build partners' permit applications.",
                            "Leads the Connect every door pillar.",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "name": "Customer and Commercial",
        "head": {
            "title": "Chief Commercial Officer",
            "grade": "E2",
            "programme_role": "core",
            "accountabilities": [
                "Owns revenue, take-up and churn across homes and businesses.",
                "Sets the commercial plan for each exchange area.",
            ],
        },
        "teams": [
            {
                "name": "Consumer",
                "positions": [
                    {
                        "title": "Head of Consumer Sales",
                        "grade": "M2",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs door-to-door, local event and online sales to homes.",
                            "Owns the consumer tariffs, the social tariff among them, and the "
                            "referral scheme.",
                            "Leads the Fill the network pillar.",
                        ],
                    }
                ],
            },
            {
                "name": "Customer Contact",
                "positions": [
                    {
                        "title": "Contact Centre Manager",
                        "grade": "M3",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs the contact centre at Kelderby: sales calls, billing, faults "
                            "and the retention team.",
                            "Owns the Net Promoter Score survey and complaint handling.",
                        ],
                    }
                ],
            },
            {
                "name": "Business",
                "positions": [
                    {
                        "title": "Head of Business Connectivity",
                        "grade": "M2",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs business sales, leased-line quoting and business account "
                            "management.",
                            "Leads the Win business pillar and the trading estate programme.",
                        ],
                    }
                ],
            },
        ],
    },
    {
        "name": "Technology",
        "head": {
            "title": "Chief Technology Officer",
            "grade": "E2",
            "programme_role": "core",
            "accountabilities": [
                "Owns the network architecture, the router specification and the technology "
                "roadmap.",
                "Approves every change to Orbit, FieldLine and Atlas.",
            ],
        },
        "teams": [
            {
                "name": "IT Systems",
                "positions": [
                    {
                        "title": "Head of IT Systems",
                        "grade": "M2",
                        "programme_role": "core",
                        "accountabilities": [
                            "Runs Orbit, FieldLine and Atlas and the links between them.",
                            "Delivers system changes, integrations and customer-facing tools.",
                        ],
                    }
                ],
            },
            {
                "name": "Data",
                "positions": [
                    {
                        "title": "Data and Reporting Lead",
                        "grade": "M4",
                        "programme_role": "extended",
                        "accountabilities": [
                            "Builds the Lantern reports and the monthly numbers pack.",
                        ],
                    }
                ],
            },
        ],
    },
    {
        "name": "People",
        "head": {
            "title": "Head of People",
            "grade": "M1",
            "programme_role": "core",
            "accountabilities": [
                "Owns recruitment, reward and employee relations, the CWU recognition "
                "agreement among them.",
                "Leads consultation with the CWU on any change to rotas or terms.",
            ],
        },
        "teams": [],
    },
]


def hr_export() -> str:
    data = {
        "exported": "2028-05-12T08:30:00Z",
        "source": "PeopleHub position export (programme view)",
        "organisation": "Rookfield Fibre Ltd",
        "departments": DEPARTMENTS,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


TERMS = """
# Fill the Fibre Steering Group: terms of reference

Agreed by the leadership team, 9 May 2028. Kept by the Head of Programme Delivery (Fill the
Fibre).

## Purpose

The Steering Group runs Fill the Fibre, Rookfield Fibre's strategy from July 2028 to December
2030. It keeps the four pillars on course, decides at each of the four gates whether the work
goes on, changes or stops, and reports to the Board.

## Chair and members

Chair: the Chief Executive, as sponsor of Fill the Fibre.

Members: the Chief Operating Officer, the Chief Financial Officer, the Chief Commercial Officer,
the Chief Technology Officer, the four pillar leads (Head of Consumer Sales, Wayleaves & Permits
Manager, Head of Field Services, Head of Business Connectivity) and the Head of Programme
Delivery (Fill the Fibre), who is secretary. The Head of People attends whenever an item touches
rotas, recruitment or the CWU.

## Rhythm

The group meets on the second Tuesday of each month at Kelderby. The Head of Programme Delivery
circulates the pack, with the eight numbers by exchange area, three working days before.

## Who decides what

| Decision | Decided by | Advised by |
|---|---|---|
| Gate G1 to G4: go, change or stop | Chief Executive, as chair | Steering Group |
| Releasing a phase's budget | Chief Executive | Chief Financial Officer |
| A new tariff or a price change | Chief Financial Officer | Chief Commercial Officer |
| A change of scope inside a pillar | The pillar lead, reported to the next meeting | Head of Programme Delivery (Fill the Fibre) |
| A single commitment over \u00a31m, or a change to the build plan | Board of Rookfield Fibre Ltd | Chief Executive |

## Consultation and approvals outside the group

Any change to field engineers' rotas, standby or the use of van tracking data in performance
reviews must be consulted on with the CWU, with 30 days' notice under the recognition agreement.
The Head of People leads those talks, and the CWU Workplace Representative is invited to the
Steering Group whenever a rota item is on the agenda.

The Data Protection Officer must be consulted before photographs taken at customers' homes, call
recordings or door-to-door sales records are used in a new way.

The Dales Digital Partnership must approve every voucher project before build starts, and its
board sits every other month. The Digital Partnership Liaison Officer advises on each project
before it is submitted.

## Reporting

After each meeting the Head of Programme Delivery sends a one-page note to the leadership team.
The Chief Executive reports the eight numbers to the Board every quarter and each gate decision
at the next Board meeting.
"""

SYSTEMS = """
# Systems and data register

Kept by the Head of IT Systems. Reviewed April 2028.

## Orbit (customers, orders and billing)

Orbit holds every customer, order, contract and bill, for homes and for businesses. Customers
order on the website or through the contact centre, and both create the order in Orbit. Orders
pass from Orbit to FieldLine in a CSV file at 06:00 and 15:00, so an order placed after 15:00
waits until the next morning to be booked. Orbit records each customer's contract end date, and
the retention team works from an Orbit report every Monday.

## FieldLine (field scheduling)

FieldLine schedules every install and repair visit for our own engineers and for Dalecross
Civils, and engineers close each job on the FieldLine app with photographs. Northway Networks
books its installs in its own scheduling tool and emails us a daily list, so its jobs reach
FieldLine a day late and are counted by hand. FieldLine keeps job photographs for six months.

## Atlas (network inventory and maps)

Atlas is our GIS and network inventory: ducts, poles, chambers, cables, splitters and every
premises passed with its ready-for-service status. As-built records for the 2021 to 2023 build
came from the build partners as PDF drawings and were never loaded into Atlas, so for about
38,000 premises the route of the drop is known only from those drawings.

## NetSight (network monitoring) and the routers

NetSight monitors every OLT, aggregation switch and core router and raises alarms in the NOC at
Kelderby. The NOC is staffed from 07:00 to 22:00, seven days a week; between 22:00 and 07:00
alarms go by text message to one on-call engineer. Remote diagnostics reach only the 14,200
Linkbox routers issued since March 2026, and the NOC cannot see inside the 27,100 older routers.

## Wayleaves

We have no wayleave management system: requests, landlord contacts and chasers sit in one
shared spreadsheet kept by the Wayleaves & Permits Manager. Signed wayleave agreements are kept
as paper originals in the safe at Kelderby, and about 400 signed before 2025 have never been
scanned.

## Street works

Our build partners raise their permit applications in Street Manager under their own accounts,
and Rookfield sees them only in the weekly list each partner sends. The Wayleaves & Permits
Manager applies in Street Manager for works where Rookfield itself is the promoter.

## Contact centre

CallPath carries every call to the contact centre at Kelderby, which is open from 08:00 to
20:00, Monday to Saturday. Call recordings are deleted after 90 days under our retention
schedule. Customers reach us by phone and email; there is no webchat or messaging channel.

## Business quoting

Leased-line quotes are priced by hand from an Excel price book, and the business team has no
online quoting or ordering tool. Every quote needs a survey of the route in Atlas first.

## Vouchers

The voucher register is an Excel workbook kept by the Grants and Voucher Manager, with a row for
every premises in a voucher project and the date its claim falls due.

## Lantern (data warehouse and reports)

Lantern is our data warehouse: a Snowflake database loaded each night from Orbit, FieldLine,
Atlas and NetSight, with Power BI reports built on it by the Data and Reporting Lead. The
monthly numbers pack, take-up by exchange area among them, comes from Lantern.

## PeopleHub (HR)

PeopleHub holds contracts, pay, absence and every engineer's training and accreditation record.
"""

METRICS = """
# KPI definitions

Kept by the Head of Programme Delivery (Fill the Fibre). Each number has one owner, who reports
it to the Steering Group every month.

| Metric | How it is counted | Source | Owner | Today (12 months to March 2028) |
|---|---|---|---|---|
| Take-up of premises passed | Live home and business lines divided by all premises passed, ready for service or not | Orbit, Atlas, via Lantern | Chief Commercial Officer | 22.6% |
| Premises passed ready for service | Premises passed that can be ordered today, as a share of all premises passed | Atlas | Wayleaves & Permits Manager | 88% |
| Median order to live | Median working days from the order in Orbit to a working line | Orbit, FieldLine | Head of Field Services | 9.5 working days |
| Installs right first time | Installs working at the end of the first visit, as a share of first visits | FieldLine, Northway's daily list | Head of Field Services | 86% |
| Business sites on Rookfield fibre | Business addresses with a live leased line or business fibre line | Orbit | Head of Business Connectivity | 1,140 |
| Monthly churn | Lines that leave in a month as a share of lines live at its start | Orbit | Chief Commercial Officer | 1.4% |
| Network availability | Minutes each OLT port was in service as a share of all minutes | NetSight | Head of Network Operations | 99.91% |
| Net Promoter Score | Promoters less detractors, from a text survey sent seven days after an install or a repair | Survey tool, Lantern | Contact Centre Manager | +31 |

## Notes

Right first time for Northway Networks' installs is taken from the daily list Northway emails,
keyed into FieldLine by the field services coordinators.

Network availability is measured at the OLT port, so a fault at a customer's own router never
counts against it.

The Net Promoter Score survey goes by text message, and about one customer in eleven answers.
"""

OSWICK = """
OSWICK EXCHANGE AREA: PROFILE FOR THE PILOT
Prepared by the Head of Programme Delivery (Fill the Fibre), April 2028

Oswick is a market town of about 11,000 people on the A629, 14 miles west of Kelderby.

Premises passed: 9,800 (8,560 homes, 1,240 flats in 36 blocks).
Live lines: 1,850, so take-up is 18.9%.
Blocks with a signed wayleave: 14 of 36.
Kelder Homes owns 22 of the 36 blocks.
Oswick Business Park: 112 units, 9 of them on Rookfield fibre.

Installs in Oswick are done by our own 14 engineers, based at the Oswick depot on Mill Lane.
Neither build partner works in Oswick.

Kelder Homes requires a fire-stopping survey by an approved surveyor before any cabling inside
one of its blocks, and it pays for none of them.

Market Street is a traffic-sensitive street. A permit to dig in a traffic-sensitive street needs
three months' notice to the highway authority, and North Dales County Council allows no works on
the A629 through Oswick between 1 December and 2 January.

Oswick Town Council and the parish meeting both asked in 2027 for fibre to the blocks on the
Brookside estate, and the library has offered its community room for evening events.
"""

PARTNERS = """
# Build partners: contract summary

Kept by the Head of Build Partnerships. Updated March 2028.

## Dalecross Civils

Dalecross Civils built 61% of the network and now does connections in nine exchange areas. Its
engineers use FieldLine for every job. The contract runs to June 2030 and can be varied by
agreement at any quarter end.

## Northway Networks

Northway Networks built the rest and does connections in four exchange areas. The Northway
Networks contract can be reopened only at its break date, 31 March 2029, unless both sides agree.
Northway keeps its own scheduling tool, and its contract does not require it to use ours.

## How both are paid

Both partners are paid per visit, not per completed install, at the rates in schedule 4 of each
contract. A second visit to the same order is paid again.

## As-built records

Since January 2024 both partners hand over as-built records in Atlas format within 20 working
days of a street being finished. Earlier records are PDF drawings held on the shared drive.

## Quality

The Head of Field Services audits five partner installs a week against the Rookfield install
standard, and the Field Training Lead runs the standard course for every new partner engineer at
the Rookfield Field Academy.
"""

EMAIL = """
From: Wayleaves & Permits Manager
To: Head of Programme Delivery (Fill the Fibre)
Date: 18 April 2028
Subject: Housing associations - where we are before the strategy day

Three housing associations own 212 of the 380 blocks we pass but cannot sell to: Kelder Homes
(118), Dalesway Housing (61) and Pennine Rise Homes (33).

Pennine Rise has agreed in principle to a standard wayleave, subject to the wording.

Dalesway Housing's legal team takes about ten weeks to review each wayleave we send, and it
reviews them one block at a time.

Kelder Homes wants a fire-stopping survey in every block before we cable it, and says the cost
is ours.

The other 168 blocks belong to 140 private landlords and management companies. Some cannot be
traced at all; the Land Registry search costs us about a day a block.

With the team as it is (me and one officer) we sign about eight blocks a month. Six people would
give us thirty.
"""


ORG_FILES = {
    "governance/fill-the-fibre-steering-group-terms-of-reference.md": TERMS,
    "systems/systems-and-data-register.md": SYSTEMS,
    "measures/kpi-definitions.md": METRICS,
    "context/oswick-exchange-area-profile.txt": OSWICK,
    "context/build-partners-contract-summary.md": PARTNERS,
    "context/email-2028-04-18-housing-associations.txt": EMAIL,
}


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root / CASE``."""
    case = root / CASE
    save(build_deck(), case / DECK, "Rookfield Fibre", "Fill the Fibre")
    write_files(case / "org", {"people/hr-export.json": hr_export(), **ORG_FILES})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
