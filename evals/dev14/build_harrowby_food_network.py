# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev14 case ``harrowby-food-network``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev14/build_harrowby_food_network.py [out]

Writes, under ``evals/dev14/harrowby-food-network/`` (or ``<out>/harrowby-food-network/``):

- ``beyond-the-parcel-2027-2030.pptx``: a regional food charity's three-year strategy for its
  trustees and funders, a 4:3 PPTX of 16 slides. Goals appear as big-number tiles and as a
  theory of change ("If we ... then ... so that ..."); the roadmap is a **native Gantt table**:
  a merged phase row, a merged year row, a row of financial-year quarters (Q1 ... Q4 for
  2027/28, 2028/29 and 2029/30), one row per workstream whose shaded cells mark the quarters
  when the work runs, and gate diamonds "\u25c6" in cells, explained by a legend.
- ``org/``: a Markdown "who does what" page with a section per team and a bullet per role
  (``- **Role** (core|extended|consult) \u2014 remit``), terms of reference for the trustee
  board and the operations committee, a systems inventory, measure definitions, minutes of a
  volunteer coordinators' meeting and a funder's grant-conditions letter.

Re-running it rewrites every file byte for byte (fixed ZIP entry times and document dates in
the PPTX through ``evals.dev13.build_dev13.save``; the text files are literal strings). It
never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev14"): the engine may be tuned on it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.build_dev13 import (  # noqa: E402
    BLANK,
    WHITE,
    filled,
    new_deck,
    rich_box,
    save,
    table,
    text_box,
    write_text,
)

HERE = Path(__file__).resolve().parent
CASE = "harrowby-food-network"
DECK = "beyond-the-parcel-2027-2030.pptx"

# =========================================================================== the deck (PPTX 4:3)
# A charity's strategy for trustees and funders: deep green and warm orange on cream,
# Georgia titles, Calibri text, an orange eyebrow over each title, a footer and a page number.

HF_W, HF_H = 10.0, 7.5
HF_GREEN = (31, 94, 67)
HF_ORANGE = (222, 118, 32)
HF_CREAM = (250, 246, 236)
HF_PALE = (224, 237, 228)
HF_INK = (40, 40, 40)
HF_GREY = (108, 108, 108)
HF_HEAD = "Georgia"
HF_FONT = "Calibri"
HF_FOOT = (
    "Harrowby Food Network  \u00b7  Beyond the Parcel 2027\u20132030  \u00b7  23 February 2027"
)
DIAMOND = "\u25c6"


def hf_page(prs: PresentationType, eyebrow: str, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, HF_W, 0.12, HF_GREEN)
    text_box(slide.shapes, 0.5, 0.3, 7, 0.3, [eyebrow.upper()], 10, True, HF_ORANGE, HF_FONT)
    text_box(slide.shapes, 0.5, 0.58, 9.0, 0.7, [title], 24, False, HF_GREEN, HF_HEAD)
    text_box(slide.shapes, 0.5, 7.05, 7.5, 0.3, [HF_FOOT], 8, False, HF_GREY, HF_FONT)
    text_box(
        slide.shapes, 8.9, 7.05, 0.6, 0.3, [str(number)], 9, True, HF_GREY, HF_FONT, PP_ALIGN.RIGHT
    )
    return slide


def hf_list(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: float,
    color: tuple[int, int, int] = HF_INK,
) -> None:
    """A text box of paragraphs with space after each."""
    rich_box(
        slide.shapes,
        left,
        top,
        width,
        height,
        [[(line, False, color)] for line in lines],
        size,
        HF_FONT,
        9,
    )


def hf_tiles(
    slide: Slide,
    tiles: Sequence[tuple[str, str]],
    columns: int,
    top: float,
    tile_h: float,
    fill: tuple[int, int, int],
    big_color: tuple[int, int, int],
    big_size: float,
    label_dy: float | None = None,
) -> None:
    """Big-number tiles, each a group of a box, the number and its label."""
    gap = 0.2
    width = (9.0 - gap * (columns - 1)) / columns
    for i, (big, label) in enumerate(tiles):
        col, row = i % columns, i // columns
        x = 0.5 + col * (width + gap)
        y = top + row * (tile_h + gap)
        group = slide.shapes.add_group_shape()
        filled(group.shapes, MSO_SHAPE.RECTANGLE, x, y, width, tile_h, fill)
        text_box(
            group.shapes,
            x + 0.15,
            y + 0.12,
            width - 0.3,
            0.7,
            [big],
            big_size,
            True,
            big_color,
            HF_HEAD,
        )
        text_box(
            group.shapes,
            x + 0.15,
            y + (label_dy if label_dy is not None else 0.2 + big_size / 72 * 1.3),
            width - 0.3,
            tile_h - 0.9,
            [label],
            12,
            False,
            HF_INK,
            HF_FONT,
        )


def hf_priority(
    prs: PresentationType,
    number: int,
    slide_no: int,
    name: str,
    aim: str,
    lead: str,
    items: Sequence[tuple[str, str, str | None]],
    measures: str,
) -> None:
    s = hf_page(prs, f"Priority {number} of 4", name, slide_no)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.5, 1.4, 9.0, 0.95, HF_PALE)
    rich_box(
        s.shapes,
        0.65,
        1.45,
        8.7,
        0.85,
        [
            [("What we want: ", True, HF_GREEN), (aim, False, HF_INK)],
            [("Priority lead: ", True, HF_GREEN), (lead, False, HF_INK)],
        ],
        13,
        HF_FONT,
        3,
    )
    text_box(s.shapes, 0.5, 2.5, 9.0, 0.4, ["What we will do"], 15, False, HF_GREEN, HF_HEAD)
    paragraphs = []
    for ref, text, who in items:
        runs = [(f"{ref}   ", True, HF_ORANGE), (text, False, HF_INK)]
        if who:
            runs.append(("  Lead: ", True, HF_GREEN))
            runs.append((who, False, HF_GREY))
        paragraphs.append(runs)
    rich_box(s.shapes, 0.5, 2.95, 9.0, 3.3, paragraphs, 13, HF_FONT, 8)
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.5,
        6.35,
        9.0,
        0.5,
        HF_GREEN,
        [f"Measured by: {measures}"],
        11,
        False,
        WHITE,
        HF_FONT,
    )


# The Gantt: quarter columns 0-11 (Q1 2027/28 ... Q4 2029/30), each row a workstream with the
# quarters it runs and the quarters that hold a gate diamond.
GANTT_PHASES = (
    ("Phase 1 \u00b7 Firm ground", 0, 2),
    ("Phase 2 \u00b7 Open shelves", 3, 7),
    ("Phase 3 \u00b7 Further reach", 8, 11),
)
GANTT_YEARS = (("2027/28", 0, 3), ("2028/29", 4, 7), ("2029/30", 8, 11))
GANTT_ROWS: tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...] = (
    ("Open Pantry pilot, Fellgate", (1, 2), (2,)),
    ("Choice model in every centre", tuple(range(4, 12)), ()),
    ("Fridges and two new centres", tuple(range(1, 9)), ()),
    ("Vans and store agreements", tuple(range(0, 8)), ()),
    ("Chilled store; FoodStock at centres", tuple(range(3, 9)), (7,)),
    ("Advice sessions; referrals in the CRM", tuple(range(0, 7)), ()),
    ("ShiftFriend, induction, centre leads", tuple(range(0, 10)), ()),
    ("Gates", (), (2, 7, 11)),
)


def _cell(cell, text: str, fill, size: float, bold: bool, color, align=PP_ALIGN.CENTER) -> None:
    cell.text = text
    cell.margin_left = cell.margin_right = Inches(0.03)
    cell.margin_top = cell.margin_bottom = Inches(0.02)
    cell.fill.solid()
    cell.fill.fore_color.rgb = RGBColor(*fill)
    for para in cell.text_frame.paragraphs:
        para.alignment = align
        for run in para.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.name = HF_FONT
            run.font.color.rgb = RGBColor(*color)


def hf_gantt(slide: Slide, top: float) -> None:
    n_rows = 3 + len(GANTT_ROWS)
    first_w, q_w = 2.4, 0.55
    shape = slide.shapes.add_table(
        n_rows,
        13,
        Inches(0.5),
        Inches(top),
        Inches(first_w + 12 * q_w),
        Emu(Inches(0.33) * n_rows),
    )
    tbl = shape.table
    tbl.first_row = True
    tbl.horz_banding = False
    tbl.columns[0].width = Inches(first_w)
    for c in range(1, 13):
        tbl.columns[c].width = Inches(q_w)
    for r in range(n_rows):
        tbl.rows[r].height = Inches(0.33)
    # header rows: phases and years are merged across their quarters
    _cell(tbl.cell(0, 0), "Phase", HF_GREEN, 10, True, WHITE, PP_ALIGN.LEFT)
    _cell(tbl.cell(1, 0), "Year", HF_GREEN, 10, True, WHITE, PP_ALIGN.LEFT)
    _cell(tbl.cell(2, 0), "Workstream", HF_GREEN, 10, True, WHITE, PP_ALIGN.LEFT)
    for label, a, b in GANTT_PHASES:
        tbl.cell(0, 1 + a).merge(tbl.cell(0, 1 + b))
        for c in range(a, b + 1):
            tbl.cell(0, 1 + c).fill.solid()
            tbl.cell(0, 1 + c).fill.fore_color.rgb = RGBColor(*HF_GREEN)
        _cell(tbl.cell(0, 1 + a), label, HF_GREEN, 9, True, WHITE)
    for label, a, b in GANTT_YEARS:
        tbl.cell(1, 1 + a).merge(tbl.cell(1, 1 + b))
        for c in range(a, b + 1):
            tbl.cell(1, 1 + c).fill.solid()
            tbl.cell(1, 1 + c).fill.fore_color.rgb = RGBColor(*HF_PALE)
        _cell(tbl.cell(1, 1 + a), label, HF_PALE, 10, True, HF_GREEN)
    for c in range(12):
        _cell(tbl.cell(2, 1 + c), f"Q{c % 4 + 1}", HF_PALE, 9, True, HF_GREEN)
    # workstream rows: shaded quarters, gate diamonds
    for r, (name, runs, gates) in enumerate(GANTT_ROWS, start=3):
        _cell(tbl.cell(r, 0), name, HF_CREAM, 8.5, name == "Gates", HF_INK, PP_ALIGN.LEFT)
        for c in range(12):
            fill = HF_ORANGE if c in runs else WHITE
            text = DIAMOND if c in gates else ""
            _cell(tbl.cell(r, 1 + c), text, fill, 11, True, HF_GREEN)


def build_deck() -> PresentationType:
    prs = new_deck(HF_W, HF_H)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, HF_W, 5.0, HF_GREEN)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 5.0, HF_W, 0.12, HF_ORANGE)
    text_box(s.shapes, 0.7, 0.8, 8.6, 0.4, ["HARROWBY FOOD NETWORK"], 16, True, HF_ORANGE, HF_FONT)
    text_box(s.shapes, 0.7, 1.6, 8.6, 1.1, ["Beyond the Parcel"], 46, False, WHITE, HF_HEAD)
    text_box(
        s.shapes, 0.7, 2.8, 8.6, 0.8, ["Our strategy for 2027 to 2030"], 24, False, WHITE, HF_HEAD
    )
    hf_list(
        s,
        0.7,
        5.45,
        8.6,
        1.3,
        [
            "For the Board of Trustees and our funders  \u00b7  23 February 2027",
            "Presented by the Chief Executive and the Director of Operations",
            "Registered charity no. 1148203",
        ],
        13,
    )

    # 2 summary
    s = hf_page(prs, "Summary", "Beyond the Parcel in one page", 2)
    hf_list(
        s,
        0.5,
        1.45,
        9.0,
        5.4,
        [
            "We have handed out emergency food since 2011. Need has more than doubled since "
            "then, and a parcel on its own is not getting people out of crisis.",
            "Beyond the Parcel is our strategy for the three years from April 2027 to March "
            "2030. Like our accounts, it follows our financial year, April to March.",
            "Four priorities carry it: Food with dignity, Rescue more surplus, More than food, "
            "and Volunteers at the heart.",
            "We will try a choice model, the Open Pantry, at our three Fellgate centres from "
            "July 2027 before it goes to every centre.",
            "Six measures will show trustees and funders whether it is working. The roadmap "
            "has three phases with a gate at the end of each.",
            "It costs \u00a31.94m over three years; \u00a31.21m of that is already promised.",
        ],
        15,
    )

    # 3 where we are today: current-state tiles (not goals)
    s = hf_page(prs, "Where we are today", "Our year in numbers, April 2025 to March 2026", 3)
    hf_tiles(
        s,
        (
            ("151,300", "food parcels handed out, each enough for three days"),
            ("7,400", "households came to one of our centres in an average month"),
            ("612 tonnes", "of surplus food collected from 41 supermarket stores"),
            ("700", "volunteers, who gave 96,000 hours between them"),
            ("26", "distribution centres in churches and community halls"),
            ("\u00a33.1m", "in income won for the 2,480 households our advisers helped"),
        ),
        2,
        1.45,
        1.6,
        HF_PALE,
        HF_GREEN,
        30,
    )

    # 4 why we must change, with a client's words
    s = hf_page(prs, "The case for change", "Why a parcel is no longer enough", 4)
    hf_list(
        s,
        0.5,
        1.45,
        5.2,
        5.3,
        [
            "Need has risen by 38% since 2022 and shows no sign of falling.",
            "Four in ten of the households we help come back again and again: four or more "
            "referrals in six months.",
            "A parcel is packed for an average family. People get food they cannot eat, "
            "cannot cook or already have at home.",
            "Supermarkets offer us more surplus than our three vans can collect.",
            "Fewer than one in five households who get food from us also see an adviser, "
            "though most of them are in debt.",
        ],
        14,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.0, 1.6, 3.5, 4.2, HF_GREEN)
    text_box(
        s.shapes,
        6.2,
        1.8,
        3.1,
        3.0,
        [
            "\u201cI came in for a tin of beans and left with someone who sorted out my council "
            "tax arrears. That was the day things started to turn.\u201d"
        ],
        15,
        False,
        WHITE,
        HF_HEAD,
        italic=True,
    )
    text_box(
        s.shapes,
        6.2,
        4.9,
        3.1,
        0.7,
        ["A client at our Calderbridge centre, 2026"],
        11,
        True,
        HF_ORANGE,
        HF_FONT,
    )

    # 5 vision and theory of change
    s = hf_page(prs, "Our vision", "Where we are heading, and how change happens", 5)
    text_box(
        s.shapes,
        0.5,
        1.4,
        9.0,
        0.9,
        ["A Harrowby district where nobody has to go hungry."],
        24,
        False,
        HF_GREEN,
        HF_HEAD,
        italic=True,
    )
    text_box(s.shapes, 0.5, 2.45, 9.0, 0.4, ["How change happens"], 14, True, HF_ORANGE, HF_FONT)
    rich_box(
        s.shapes,
        0.5,
        2.85,
        9.0,
        2.3,
        [
            [
                ("If ", True, HF_GREEN),
                (
                    "we let people choose their own food, close to home, fresh as well as tinned,",
                    False,
                    HF_INK,
                ),
            ],
            [
                ("and ", True, HF_GREEN),
                (
                    "we connect every household that needs it to debt and benefits advice,",
                    False,
                    HF_INK,
                ),
            ],
            [
                ("then ", True, HF_GREEN),
                ("fewer households will need to come back to us again and again,", False, HF_INK),
            ],
            [
                ("so that ", True, HF_GREEN),
                (
                    "going hungry in our district becomes rarer, shorter and less frightening.",
                    False,
                    HF_INK,
                ),
            ],
        ],
        14,
        HF_FONT,
        6,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.5, 5.35, 0.1, 1.2, HF_ORANGE)
    text_box(
        s.shapes,
        0.75,
        5.35,
        8.7,
        1.3,
        [
            "By March 2030, all 26 of our centres will let people choose their own food "
            "instead of taking a pre-packed parcel."
        ],
        17,
        True,
        HF_INK,
        HF_FONT,
    )

    # 6 what success looks like: goal tiles
    s = hf_page(prs, "What success looks like", "Where we will be by March 2030", 6)
    hf_tiles(
        s,
        (
            ("12,000 households a month", "supported with food, advice or both (7,400 today)"),
            ("1,400 tonnes", "of surplus food rescued each year, more than twice today's"),
            ("9 in 10", "referred households seen by an adviser within 10 working days"),
            (
                "1 in 4",
                "households needing a fourth emergency referral within six months, down from "
                "4 in 10",
            ),
        ),
        2,
        1.5,
        2.45,
        HF_CREAM,
        HF_ORANGE,
        22,
        label_dy=1.1,
    )

    # 7-10 priorities
    hf_priority(
        prs,
        1,
        7,
        "Food with dignity",
        "people choose their own food, close to home, fresh as well as tinned.",
        "Centres Manager",
        (
            (
                "1.1",
                "Run the Open Pantry pilot at the three Fellgate centres, July to December 2027.",
                "Centre Coordinator, Fellgate",
            ),
            (
                "1.2",
                "Move every centre from pre-packed parcels to the choice model in four waves "
                "from April 2028.",
                "Centres Manager",
            ),
            (
                "1.3",
                "Put a food-safe fridge and freezer in every centre that hands out fresh food.",
                None,
            ),
            (
                "1.4",
                "Agree evening or Saturday opening at the eight busiest centres with their host "
                "churches and halls.",
                None,
            ),
            (
                "1.5",
                "Open two new centres in the villages east of Moorfoot, where people travel "
                "furthest to reach us.",
                None,
            ),
        ),
        "households supported each month; fresh and chilled share of food given out",
    )
    hf_priority(
        prs,
        2,
        8,
        "Rescue more surplus",
        "more good food saved from waste, reaching centres while it is still fresh.",
        "Surplus Food Manager",
        (
            (
                "2.1",
                "Add two refrigerated vans to our fleet of three by March 2028.",
                "Surplus Food Manager",
            ),
            ("2.2", "Sign collection agreements with 40 more supermarket stores.", None),
            ("2.3", "Build a second chilled store at the Moorside warehouse.", "Warehouse Manager"),
            (
                "2.4",
                "Extend FoodStock from the warehouse to all 26 centres, so that stock is "
                "recorded where food is handed out.",
                "Warehouse Manager",
            ),
            (
                "2.5",
                "Start a same-day run that takes short-dated chilled food straight from stores "
                "to the nearest centre.",
                None,
            ),
        ),
        "surplus food rescued each year; fresh and chilled share of food given out",
    )
    hf_priority(
        prs,
        3,
        9,
        "More than food",
        "every household that needs advice gets it quickly, without being referred twice.",
        "Advice Services Manager",
        (
            (
                "3.1",
                "Hold a weekly advice session at the 12 busiest centres.",
                "Advice Services Manager",
            ),
            ("3.2", "Log every advice referral in the CRM on the day it arrives.", None),
            (
                "3.3",
                "Train 60 volunteers to run a simple benefits check with the households they meet.",
                None,
            ),
            (
                "3.4",
                "Agree one referral route with the district council's welfare team and the two "
                "largest housing associations.",
                "Chief Executive",
            ),
        ),
        "referred households seen by an adviser within 10 working days; households needing "
        "a fourth emergency referral within six months",
    )
    hf_priority(
        prs,
        4,
        10,
        "Volunteers at the heart",
        "volunteers who feel ready and valued, and who stay.",
        "Volunteer Manager",
        (
            ("4.1", "Put the rota of every centre on ShiftFriend.", "Volunteer Manager"),
            (
                "4.2",
                "Give every new volunteer a half-day induction and a buddy for their first "
                "three shifts.",
                "People and Training Officer",
            ),
            ("4.3", "Recruit a volunteer centre lead for each of the 26 centres.", None),
            (
                "4.4",
                "Ask every volunteer how it is going at three and at six months, and act on "
                "what they tell us.",
                None,
            ),
        ),
        "volunteers still active six months after their first shift",
    )

    # 11 measures
    s = hf_page(prs, "How we will know", "Six measures", 11)
    table(
        s.shapes,
        (
            ("Measure", "2025/26", "March 2028", "March 2030", "Owner"),
            (
                "Households supported each month",
                "7,400",
                "9,500",
                "12,000",
                "Centres Manager",
            ),
            (
                "Surplus food rescued each year",
                "612 t",
                "900 t",
                "1,400 t",
                "Surplus Food Manager",
            ),
            (
                "Referred households seen by an adviser within 10 working days",
                "38%",
                "70%",
                "90%",
                "Advice Services Manager",
            ),
            (
                "Households needing a fourth emergency referral within six months",
                "41%",
                "35%",
                "25%",
                "Strategy and Impact Lead",
            ),
            (
                "Fresh and chilled share of food given out (by weight)",
                "18%",
                "28%",
                "40%",
                "Warehouse Manager",
            ),
            (
                "Volunteers still active six months after their first shift",
                "54%",
                "65%",
                "75%",
                "Volunteer Manager",
            ),
        ),
        (3.6, 0.95, 1.05, 1.05, 2.35),
        1.45,
        0.5,
        11.5,
        0.62,
        HF_GREEN,
        font=HF_FONT,
        head_h=0.45,
        first_col_bold=True,
    )
    text_box(
        s.shapes,
        0.5,
        6.2,
        9.0,
        0.6,
        [
            "Baselines cover April 2025 to March 2026. Each measure's definition, source and "
            "owner are in our measure definitions."
        ],
        10,
        False,
        HF_GREY,
        HF_FONT,
        italic=True,
    )

    # 12 roadmap: a native Gantt table
    s = hf_page(prs, "Roadmap", "Three phases over 36 months", 12)
    hf_gantt(s, 1.4)
    text_box(
        s.shapes,
        0.5,
        5.5,
        9.0,
        1.5,
        [
            f"Shaded: the quarters in which the work runs.   {DIAMOND} Gate: the Programme "
            "Group decides go, change or stop.",
            f"{DIAMOND} Gate 1, end of Q3 2027/28: Open Pantry go/no-go",
            f"{DIAMOND} Gate 2, end of Q4 2028/29: review of choice and FoodStock in the first "
            "two waves of centres",
            f"{DIAMOND} Gate 3, end of Q4 2029/30: close the strategy and hand over to the next",
            "Our quarters follow the financial year: Q1 is April to June.",
        ],
        10,
        False,
        HF_INK,
        HF_FONT,
    )

    # 13 pilot
    s = hf_page(prs, "Pilot", "The Open Pantry: Fellgate, July to December 2027", 13)
    text_box(s.shapes, 0.5, 1.4, 4.3, 0.4, ["What changes"], 14, True, HF_ORANGE, HF_FONT)
    hf_list(
        s,
        0.5,
        1.85,
        4.3,
        4.2,
        [
            "Our three Fellgate centres (St Oswald's church hall, Fellgate Methodist Church "
            "and Brook Street Community Centre) swap pre-packed parcels for open shelves.",
            "Households choose their own food, up to a points allowance set by household size.",
            "Each centre gets a fridge and fresh food twice a week from the surplus rounds.",
            "An adviser is at Brook Street every Thursday afternoon.",
        ],
        12.5,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 5.1, 1.4, 4.4, 4.65, HF_PALE)
    text_box(
        s.shapes,
        5.25,
        1.5,
        4.1,
        0.4,
        ["Success criteria by December 2027"],
        14,
        True,
        HF_GREEN,
        HF_FONT,
    )
    hf_list(
        s,
        5.25,
        1.95,
        4.1,
        4.0,
        [
            "\u2713  No household waits more than 30 minutes from arriving to leaving with food",
            "\u2713  At least 8 in 10 households say they took food they will use",
            "\u2713  Food thrown away at the three centres stays under 3% by weight",
            "\u2713  At least 1 in 3 households talk to the adviser",
            "\u2713  The Fellgate volunteer team is no smaller at the end than at the start",
        ],
        12,
    )
    text_box(
        s.shapes,
        0.5,
        6.25,
        9.0,
        0.6,
        ["Gate 1 in December 2027 decides whether the choice model goes to every centre."],
        12,
        True,
        HF_GREEN,
        HF_FONT,
    )

    # 14 first 100 days
    s = hf_page(prs, "Getting started", "Our first 100 days: April to mid-July 2027", 14)
    items = (
        "1.  Agree the 2025/26 baselines for all six measures \u2014 Strategy and Impact Lead",
        "2.  Start logging every advice referral in the CRM \u2014 Advice Services Manager",
        "3.  Order the two refrigerated vans \u2014 Finance and Resources Manager",
        "4.  Fit shelves and a fridge at the three Fellgate centres",
        "5.  Agree pilot opening hours with the Fellgate church and hall committees "
        "\u2014 Centre Coordinator, Fellgate",
        "6.  Train two more people to run the FoodStock month-end \u2014 Warehouse Manager",
        "7.  Move the last seven centres onto ShiftFriend \u2014 Volunteer Manager",
        "8.  Ask the Lived Experience Panel to walk through the Open Pantry layout",
        "9.  Write to the 23 stores waiting for a collection slot \u2014 Surplus Food Manager",
        "10.  Hold the first Programme Group review of the six measures \u2014 Chief Executive",
    )
    hf_list(s, 0.5, 1.45, 9.0, 5.4, items, 13.5)

    # 15 risks
    s = hf_page(prs, "Risks", "What could go wrong, and what we will do", 15)
    table(
        s.shapes,
        (
            ("Risk", "What we will do", "Owner"),
            (
                "Host churches or halls will not agree to new opening hours",
                "Meet each host committee a term before its centre's wave; keep today's hours "
                "where a host says no",
                "Centres Manager",
            ),
            (
                "Long-serving volunteers leave over the change to choice",
                "Centre volunteers help design each layout; buddies and extra shifts in the "
                "first month",
                "Volunteer Manager",
            ),
            (
                "Surplus arrives faster than we can chill it",
                "Cap new store agreements until the second chilled store is built",
                "Surplus Food Manager",
            ),
            (
                "Grant income falls after March 2029",
                "Send three-year bids to our four largest funders by March 2028; keep three "
                "months' running costs in reserve",
                "Head of Fundraising and Partnerships",
            ),
            (
                "FoodStock depends on one person",
                "Train two more staff in the first 100 days and write the month-end steps down",
                "Warehouse Manager",
            ),
        ),
        (3.0, 4.0, 2.0),
        1.45,
        0.5,
        11,
        0.8,
        HF_GREEN,
        font=HF_FONT,
        head_h=0.42,
    )

    # 16 governance and asks
    s = hf_page(prs, "Governance and asks", "How we will run it, and what we ask of you", 16)
    text_box(s.shapes, 0.5, 1.4, 4.3, 0.4, ["How we will run it"], 14, True, HF_ORANGE, HF_FONT)
    hf_list(
        s,
        0.5,
        1.85,
        4.3,
        4.8,
        [
            "The Chief Executive sponsors Beyond the Parcel and chairs a monthly Programme "
            "Group of the four priority leads.",
            "The Operations Committee of trustees reviews the six measures every six weeks.",
            "The Programme Group takes each gate; trustees decide when a gate would change the "
            "plan or its budget.",
            "Every funder gets a report on the six measures each quarter.",
        ],
        12.5,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 5.1, 1.4, 4.4, 5.3, HF_GREEN)
    text_box(s.shapes, 5.25, 1.5, 4.1, 0.4, ["What we ask"], 14, True, HF_ORANGE, HF_FONT)
    hf_list(
        s,
        5.25,
        1.95,
        4.1,
        4.6,
        [
            "Trustees: approve Beyond the Parcel, its four priorities, six measures and three "
            "gates.",
            "Trustees: approve spending of \u00a31.94m over three years, \u00a30.73m of it "
            "still to raise.",
            "Funders: pay for the second chilled store at Moorside (\u00a3180,000).",
            "Funders: where you can, make your grants unrestricted and for three years.",
        ],
        12.5,
        WHITE,
    )
    return prs


# =========================================================================== the org folder

TEAM_HANDBOOK = """
# Who does what at Harrowby Food Network

Kept by the People and Training Officer. Updated January 2027.

We have 45 paid staff, most of them part-time, and about 700 volunteers. This page lists the
roles that take part in Beyond the Parcel, team by team. The word in brackets is the role's
part in the strategy: **core** roles own work and decide; **extended** roles give time and
know-how when asked and are kept informed; **consult** roles are asked before decisions that
touch their area and own no work.

## Leadership

- **Chief Executive** (core) \u2014 leads the charity and reports to the Board of Trustees; sponsors Beyond the Parcel and chairs its Programme Group; looks after our relationships with the district council and our largest funders.
- **Director of Operations** (core) \u2014 runs the warehouse, the surplus food service and the centres; deputises for the Chief Executive; owns health and safety and food safety across the charity.
- **Strategy and Impact Lead** (core) \u2014 runs the programme office for Beyond the Parcel; keeps the measure definitions and the baselines; writes the monthly impact report for trustees and the quarterly reports to funders.
- **Finance and Resources Manager** (core) \u2014 budgets, grant claims and restricted funds; buys and leases vehicles and equipment; keeps our insurance, contracts and premises agreements.

## Warehouse

- **Warehouse Manager** (core) \u2014 runs the Moorside warehouse: goods in, stock, the chilled store, picking and deliveries to the centres; owns FoodStock and food hygiene at the warehouse.
- **Stock and Logistics Coordinator** (extended) \u2014 runs FoodStock day to day, plans the delivery runs to centres and closes the stock each month.

## Surplus food

- **Surplus Food Manager** (core) \u2014 signs and keeps the collection agreements with supermarket stores, plans the collection rounds and runs the van fleet and its drivers.

## Centres

- **Centres Manager** (core) \u2014 runs the 26 distribution centres and their volunteer teams through the centre leads; agrees opening hours and use of each building with its host church or hall; looks after the referral agencies that send households to us.
- **Centre Coordinator, Fellgate** (core) \u2014 runs the three Fellgate centres and their 64 volunteers; leads the Open Pantry pilot day to day.

## Advice

- **Advice Services Manager** (core) \u2014 runs the debt and benefits advice service and its six advisers; holds our debt advice permissions and the advice quality standard; owns the advice records in the CRM.
- **Senior Debt Adviser** (extended) \u2014 takes the most complex debt cases and checks the other advisers' files.

## Volunteers and people

- **Volunteer Manager** (core) \u2014 recruits, places and looks after our volunteers; owns ShiftFriend, the volunteer rota app, and volunteer recognition.
- **People and Training Officer** (core) \u2014 staff recruitment and HR; runs our training programme for staff and volunteers, from food hygiene to safeguarding and first conversations about money.

## Fundraising and partnerships

- **Head of Fundraising and Partnerships** (core) \u2014 trusts, foundations, churches and local businesses; writes our grant bids and keeps the promises we make to funders.
- **Communications Officer** (extended) \u2014 the website, social media, newsletters and press.

## Data and systems

- **Data and Systems Officer** (core) \u2014 keeps the CRM, ShiftFriend's link to it, the shared drive and our laptops; builds the reports the Strategy and Impact Lead uses.

## Consulted

- **Data Protection Officer** (consult) \u2014 provided by the Harrowby Council for Voluntary Service under a shared-service agreement; advises on any new use or sharing of client records; owns no work in the strategy.
- **Chair, Lived Experience Panel** (consult) \u2014 chairs our panel of twelve people who have used the food bank; the panel is asked about any change to what people see and how they are treated at a centre; owns no work in the strategy.

## How we work together

The leadership team meets every Monday morning. Centre leads meet their Centres Manager or
coordinator once a month, and the volunteer coordinators meet every two months. The Programme
Group meets on the first Wednesday of each month.
"""

TRUSTEE_TERMS = """
# Board of Trustees: terms of reference

Approved by the Board, September 2025.

## Role

The Board of Trustees is responsible in law for Harrowby Food Network. It sets the strategy,
approves the annual budget and the reserves policy, and appoints the Chief Executive.

## Meetings

The Board meets four times a year, in March, June, September and December. Eight trustees
serve at present; five make a quorum.

## Matters reserved to the Board

- Approving the strategy and any change to its priorities or measures.
- Approving the annual budget, and any spending of more than \u00a325,000 outside it.
- Signing or ending a lease, or opening or closing a centre.
- Accepting a grant with conditions that bind the charity for more than one year.

## Beyond the Parcel

Gate decisions are taken by the Programme Group, chaired by the Chief Executive, and reported
to the Board at its next meeting. The Board decides a gate itself only when the Programme Group
proposes to change the plan or its approved budget. The Chief Executive answers to the Board for
the strategy as a whole.

## Committees

The Operations Committee and the Finance and Audit Committee report to the Board after each of
their meetings.
"""

OPS_COMMITTEE_TERMS = """
# Operations Committee and Programme Group: terms of reference

Approved by the Board of Trustees, January 2027.

## Operations Committee

Members: three trustees, one of whom chairs, the Chief Executive and the Director of
Operations. The Strategy and Impact Lead is secretary.

The committee meets every six weeks. It reviews the six Beyond the Parcel measures, the risk
register, food safety and health and safety, and it recommends to the Board any change to the
budget.

## Programme Group

Chair: the Chief Executive, as sponsor of Beyond the Parcel.

Members: the Director of Operations, the four priority leads (Centres Manager, Surplus Food
Manager, Advice Services Manager, Volunteer Manager), the Finance and Resources Manager and the
Strategy and Impact Lead, who keeps the programme plan.

It meets on the first Wednesday of each month.

| Decision | Who decides | Advised by |
|---|---|---|
| A gate: go, go with changes, or stop | Chief Executive, as chair of the Programme Group | Programme Group |
| Moving money between priorities, within the approved budget | Chief Executive | Finance and Resources Manager |
| A change of scope within a priority | Programme Group | the priority lead |
| A change to the plan, the measures or the budget | Board of Trustees | Operations Committee |

The Chair of the Lived Experience Panel is asked for the panel's view before any change to how
a centre works for the people who use it.
"""

SYSTEMS = """
# Systems inventory

Kept by the Data and Systems Officer. Last reviewed December 2026.

## FoodStock (warehouse stock)

FoodStock records every pallet and case that comes into the Moorside warehouse, its use-by
date and where it goes. FoodStock is installed on the two PCs in the Moorside warehouse office,
and the stock on each centre's shelves is counted by eye every Friday. The Stock and Logistics
Coordinator is the one person who knows how to run the FoodStock month-end and add a new product
code.

## The CRM

Our CRM is Salesforce, given to us free under its nonprofit programme and set up in 2023. The
advice team records every case in it: the household, the debts, the benefits checked, the
outcome and the income gained. The advice team uses it well, and the quarterly advice figures
come straight out of it. Referrals for debt and benefits advice arrive by email, and each
adviser keeps their own in their inbox until the first appointment is booked.

## Centre records

Centre leads record each household visit, its size and the referral agency on a tablet form
that feeds a shared spreadsheet. At nine centres each visit is written on a paper sign-in sheet,
and the centre lead posts the sheets to the office at the end of the month.

## ShiftFriend (volunteer rota app)

ShiftFriend runs the volunteer rota at 19 centres; the other seven keep a paper list on the hall
noticeboard and a WhatsApp group. Volunteers like its reminders, and it records the hours each
volunteer gives.

## Reporting

The Strategy and Impact Lead builds the monthly impact report for trustees in Excel from the
shared spreadsheet, FoodStock and the CRM.

## Vans and premises

We have three vans, two of them refrigerated, based at Moorside. Our three vans run 14
collection rounds a week between them, and 23 stores that have offered us surplus are on a
waiting list until a round has room. The Moorside warehouse is leased until 2034 and passed its
food hygiene inspection with a rating of 5 in 2026.
"""

MEASURES = """
# Measure definitions: Beyond the Parcel

Kept by the Strategy and Impact Lead. Each measure has one owner, who reports it to the
Operations Committee every six weeks.

## Households supported each month

Distinct households given food, advice or both in a calendar month, averaged over the year.
Source: centre records and the CRM. Owner: Centres Manager. Baseline 2025/26: 7,400.

## Surplus food rescued each year

Tonnes of surplus food collected from stores and food businesses and given out or passed on
to other charities, over the financial year. Source: FoodStock. Owner: Surplus Food Manager.
Baseline 2025/26: 612 tonnes.

## Referred households seen by an adviser within 10 working days

Share of households referred for advice whose first appointment takes place within 10
working days of the referral. Source: the CRM. Owner: Advice Services Manager. Baseline
2025/26: 38%.

## Households needing a fourth emergency referral within six months

Share of households given emergency food who receive a fourth referral within six months of
their first. Source: centre records. Owner: Strategy and Impact Lead. Baseline 2025/26: 41%.

## Fresh and chilled share of food given out

Fresh and chilled food as a share, by weight, of all food given out at the centres. Source:
FoodStock. Owner: Warehouse Manager. Baseline 2025/26: 18%.

## Volunteers still active six months after their first shift

Share of new volunteers who are still doing shifts six months after their first one. Source:
ShiftFriend. Owner: Volunteer Manager. Baseline 2025/26: 54%.
"""

COORDINATORS_MINUTES = """
# Volunteer coordinators' meeting: minutes

Wednesday 20 January 2027, Moorside warehouse meeting room, 6.30pm

Present: Volunteer Manager (chair), Centres Manager, Centre Coordinator (Fellgate), coordinators
from eleven centres. Notes: Volunteer Manager.

## 1. The Open Pantry

The Centre Coordinator (Fellgate) explained the plan for the Open Pantry. The Fellgate
coordinators were keen, but worried about the queue on the first mornings and asked for extra
volunteers for the first month. Opening hours are part of each centre's licence with its church
or hall, so any change has to go to the host's committee first, and most of those committees
meet every two months. The Centres Manager will write to the three Fellgate hosts this month.

## 2. Fresh food

Only six of the 26 centres have a fridge we can use; the rest hand out chilled food on the day it
arrives or send it back to Moorside. Calderbridge said the yoghurt and salad go first and people
ask for more.

## 3. Rotas

ShiftFriend is working well at the centres that use it, and the reminders have cut no-shows.
The coordinators at the paper-rota centres would like help moving across before the summer.

## 4. Training

Forty-two volunteers did the food hygiene course in the autumn. The People and Training Officer
will run a session on talking to people about money in March.

## Next meeting

Wednesday 17 March 2027, same place.
"""

GRANT_LETTER = """
CALDER VALLEY COMMUNITY FOUNDATION
12 Wharf Street, Calderbridge

4 December 2026

To: Chief Executive, Harrowby Food Network
Cc: Finance and Resources Manager; Head of Fundraising and Partnerships

Grant CVCF/2026/118: Food and Advice Together

Dear Chief Executive,

I am pleased to confirm that our trustees have awarded Harrowby Food Network a grant of
\u00a3360,000 over three years from April 2027, for advice at your centres and for two
refrigerated vans.

The grant is paid quarterly in advance against the budget below.

- Advice sessions at centres (adviser salaries): \u00a3210,000
- Two refrigerated vans (purchase and livery): \u00a396,000
- Running the vans (fuel, insurance, servicing): \u00a354,000

Conditions of the grant:

1. Any change of more than 10% between the budget lines above must have the Foundation's written
agreement before the money is spent.
2. You will send us a short report each quarter on the households you support and the advice
they receive, within 30 days of the quarter's end.
3. The vans carry the Foundation's name alongside yours.

We look forward to working with you, and our grants officer will visit in the spring.

Yours sincerely,

Grants Director
Calder Valley Community Foundation
"""


def write_org(org: Path) -> None:
    write_text(org / "people" / "team-handbook.md", TEAM_HANDBOOK)
    write_text(org / "governance" / "trustee-board-terms-of-reference.md", TRUSTEE_TERMS)
    write_text(
        org / "governance" / "operations-committee-terms-of-reference.md", OPS_COMMITTEE_TERMS
    )
    write_text(org / "systems" / "systems-inventory.md", SYSTEMS)
    write_text(org / "measures" / "measure-definitions.md", MEASURES)
    write_text(org / "context" / "volunteer-coordinators-meeting-2027-01.md", COORDINATORS_MINUTES)
    write_text(org / "context" / "calder-foundation-grant-conditions.txt", GRANT_LETTER)


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root / CASE``."""
    case = root / CASE
    save(build_deck(), case / DECK, "Harrowby Food Network", "Beyond the Parcel")
    write_org(case / "org")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
