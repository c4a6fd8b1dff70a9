# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev14 case ``skyline-islands``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev14/build_skyline_islands.py [out-folder]

Writes, under ``evals/dev14/skyline-islands/`` (or ``<out-folder>/skyline-islands/``):

- ``every-island-on-time-okrs-2028-2030.pptx``: a regional turboprop airline's 2028-2030
  operating strategy written as OKRs, 16:9, 15 slides. Each objective slide states
  "Objective n: ..." with key results "KRn.m ..." as sentences (metric, baseline, target,
  date; one of them without a date) and its initiatives, some with a "Lead:" line; an
  "OKRs on a page" slide restates the key results in short without dates; the roadmap is a
  grid of twelve calendar quarters (2028-2030) with three phase bars (Taxi, Climb, Cruise),
  four lanes of bars and gate diamonds "G1"-"G3" explained in a legend.
- ``org/``: an indented org chart in plain text (indentation = reporting line, a
  ``[core]`` / ``[extended]`` / ``[consult]`` marker after the title, "— remit: ..."), a
  steering-group terms of reference, a systems inventory as a Markdown table, the key-result
  measure definitions, an email from the Head of Engineering and Maintenance and the Lusk
  outstation fact sheet.

Re-running it rewrites every file byte for byte (the OOXML helpers of
``evals/dev13/build_dev13.py`` fix the ZIP entry times and document dates). It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev14"): the engine may be tuned on it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.build_dev13 import (  # noqa: E402
    BLANK,
    WHITE,
    filled,
    new_deck,
    notes,
    rich_box,
    save,
    table,
    text_box,
    write_text,
)

HERE = Path(__file__).resolve().parent
CASE = "skyline-islands"
DECK = "every-island-on-time-okrs-2028-2030.pptx"

# =========================================================================== deck (PPTX 16:9)
# Navy, sky blue and a sunrise orange; Gill Sans MT titles, Calibri text.

SK_W, SK_H = 13.333, 7.5
SK_NAVY = (14, 42, 77)
SK_SKY = (63, 145, 204)
SK_SUN = (238, 146, 40)
SK_MIST = (232, 240, 247)
SK_SAND = (247, 243, 235)
SK_INK = (33, 37, 43)
SK_GREY = (108, 116, 126)
SK_HEAD = "Gill Sans MT"
SK_FONT = "Calibri"
SK_FOOT = "Skyline Islands Airways  \u00b7  Every Island, On Time  \u00b7  Board of Directors, 6 December 2027"
SK_PAGES = 15


def sk_page(prs: PresentationType, eyebrow: str, title: str, number: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, SK_W, 0.12, SK_NAVY)
    text_box(slide.shapes, 0.6, 0.32, 9, 0.3, [eyebrow.upper()], 10, True, SK_SKY, SK_HEAD)
    text_box(slide.shapes, 0.6, 0.6, 12.1, 0.7, [title], 27, False, SK_NAVY, SK_HEAD)
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0.6, 1.32, 0.9, 0.05, SK_SUN)
    text_box(slide.shapes, 0.6, 7.08, 10, 0.3, [SK_FOOT], 8, False, SK_GREY, SK_FONT)
    text_box(
        slide.shapes,
        11.6,
        7.08,
        1.1,
        0.3,
        [f"{number} / {SK_PAGES}"],
        9,
        True,
        SK_GREY,
        SK_FONT,
        PP_ALIGN.RIGHT,
    )
    return slide


def sk_objective(
    prs: PresentationType,
    number: int,
    slide_no: int,
    title: str,
    owner: str,
    krs: Sequence[str],
    why: str,
    initiatives: Sequence[tuple[str, str | None]],
) -> None:
    s = sk_page(
        prs, f"OKRs  \u00b7  Objective {number} of 4", f"Objective {number}: {title}", slide_no
    )
    text_box(s.shapes, 0.6, 1.6, 6.0, 0.4, ["Key results"], 15, True, SK_NAVY, SK_HEAD)
    rich_box(
        s.shapes,
        0.6,
        2.05,
        6.0,
        3.2,
        [
            [(f"KR{number}.{i}", True, SK_SUN), ("  " + kr, False, SK_INK)]
            for i, kr in enumerate(krs, start=1)
        ],
        13,
        SK_FONT,
        9,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 5.35, 6.0, 1.05, SK_MIST)
    text_box(s.shapes, 0.75, 5.42, 5.7, 0.95, [why], 11, False, SK_GREY, SK_FONT, italic=True)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 7.0, 1.6, 0.04, 4.8, SK_SKY)
    text_box(s.shapes, 7.3, 1.6, 5.5, 0.4, ["Initiatives"], 15, True, SK_NAVY, SK_HEAD)
    paragraphs = []
    for text, lead in initiatives:
        paragraphs.append([("\u25aa  ", True, SK_SKY), (text, False, SK_INK)])
        if lead:
            paragraphs.append([("     Lead: ", True, SK_SUN), (lead, False, SK_GREY)])
    rich_box(s.shapes, 7.3, 2.05, 5.5, 4.4, paragraphs, 12, SK_FONT, 5)
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.6,
        6.55,
        12.15,
        0.4,
        SK_NAVY,
        [f"Objective owner: {owner}"],
        11,
        True,
        WHITE,
        SK_FONT,
    )


OBJECTIVES = (
    (
        "Run an on-time island network",
        "Head of Operations Control",
        (
            "Departures within 15 minutes of schedule rise from 71% in 2027 to 85% by Q4 2030 "
            "(80% by Q4 2029)",
            "Turnarounds finished in 25 minutes or less at all three bases: from 58% to 90% "
            "by Q2 2029",
            "Flights cancelled for reasons within our control fall from 2.6% to 1.0% of "
            "scheduled flights by Q4 2030",
        ),
        "In 2027 nearly three departures in ten left more than 15 minutes late, and four in "
        "ten of those delays began with a late first wave out of Lusk or Brenmouth.",
        (
            (
                "Set a 25-minute turnaround standard for the ATR 72 and train every ground "
                "team to it",
                "Ground Operations Manager",
            ),
            ("Record turnaround times on tablets at Lusk and Brenmouth, as Carrick does", None),
            (
                "Staff the operations control centre from 05:00 to 23:00, with a crew "
                "controller on every shift",
                "Head of Operations Control",
            ),
            (
                "Code every delay to the IATA standard and work the ten biggest causes each week",
                "Head of Operations Control",
            ),
        ),
    ),
    (
        "Keep every aircraft fit to fly",
        "Head of Engineering and Maintenance",
        (
            "Technical dispatch reliability rises from 97.6% to 99.2% by Q4 2030",
            "Aircraft-on-ground hours away from Carrick fall from 1,140 in 2027 to under 400 "
            "in calendar 2030",
            "All 14 aircraft fly with an electronic tech log by Q2 2029 (none does today)",
        ),
        "Most of our cancellations start with a defect found away from Carrick, at a station "
        "with neither the part nor a second engineer to hand.",
        (
            (
                "Replace the paper tech log with an electronic tech log on all 14 aircraft",
                "Continuing Airworthiness Manager",
            ),
            (
                "Hold a kit of the 20 rotable parts that ground us most at Lusk and at Brenmouth",
                None,
            ),
            (
                "Qualify two more certifying engineers for the Lusk night shift",
                "Head of Engineering and Maintenance",
            ),
            (
                "Start a monthly reliability review of repeat defects, aircraft by aircraft",
                "Continuing Airworthiness Manager",
            ),
            (
                "Bring the C-checks of our three ATR 72-500s into the Carrick hangar from the "
                "contractor",
                None,
            ),
        ),
    ),
    (
        "Rosters our people can plan a life around",
        "Director of Flight Operations",
        (
            "Pilot and cabin crew duties changed within 7 days of the day flown: from 34% to "
            "15% by Q4 2029",
            "Cabin crew sickness absence comes down from 7.9% to 5.0% (date to be agreed with "
            "Unite)",
            "12 cadets from our own scheme flying the line as first officers by Q4 2030",
        ),
        "A third of pilot and cabin crew duties changed in the last week before they were "
        "flown, mostly to cover sickness and aircraft swaps.",
        (
            (
                "Agree new rostering rules with the Islands Pilots' Association: days off fixed "
                "28 days ahead, swaps by agreement",
                "Director of Flight Operations",
            ),
            (
                "Roster a standby crew at Lusk and at Brenmouth every day from May to September",
                None,
            ),
            (
                "Start a cadet scheme taking six cadets a year from September 2028",
                "Head of Training",
            ),
            ("Hold a return-to-work conversation after every cabin crew absence", None),
        ),
    ),
    (
        "Tell passengers early and put things right",
        "Customer Service Manager",
        (
            "Passengers on a flight delayed by an hour or more who get a text at least 60 "
            "minutes before the planned departure: from 22% to 90% by Q4 2029",
            "Complaints per 10,000 passengers halve, from 14.2 in 2027 to 7.0 by Q4 2030",
        ),
        "When we run late, most passengers hear it at the gate. Compensation, hotels and "
        "replacement charters cost us \u00a34.2m in 2027.",
        (
            (
                "Send delay and cancellation texts from OpsBoard through IslandRes the moment "
                "a delay is set",
                "Head of IT",
            ),
            (
                "Ask for a mobile number on every booking, travel agent and warrant bookings "
                "included",
                None,
            ),
            (
                "Let station staff book a hotel room or onward transport up to \u00a3250 "
                "without calling Carrick",
                "Customer Service Manager",
            ),
            ("Answer every complaint within 10 working days", None),
        ),
    ),
)

ONE_PAGE_KRS = (
    (
        "1.1  On-time departures (D15)  71% \u2192 85%",
        "1.2  25-minute turnarounds  58% \u2192 90%",
        "1.3  Controllable cancellations  2.6% \u2192 1.0%",
    ),
    (
        "2.1  Technical dispatch reliability  97.6% \u2192 99.2%",
        "2.2  AOG hours away from Carrick  1,140 \u2192 <400",
        "2.3  Aircraft on the electronic tech log  0 \u2192 14",
    ),
    (
        "3.1  Duties changed inside 7 days  34% \u2192 15%",
        "3.2  Cabin crew sickness absence  7.9% \u2192 5.0%",
        "3.3  Cadet first officers on the line  0 \u2192 12",
    ),
    (
        "4.1  Delayed passengers texted 60 min ahead  22% \u2192 90%",
        "4.2  Complaints per 10,000 passengers  14.2 \u2192 7.0",
    ),
)


def build_deck() -> PresentationType:
    prs = new_deck(SK_W, SK_H)

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, SK_W, SK_H, SK_NAVY)
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 4.9, SK_W, 0.06, SK_SUN)
    text_box(s.shapes, 0.9, 1.1, 10, 0.5, ["SKYLINE ISLANDS AIRWAYS"], 15, True, SK_SKY, SK_HEAD)
    text_box(s.shapes, 0.9, 1.75, 11.5, 1.2, ["Every Island, On Time"], 50, False, WHITE, SK_HEAD)
    text_box(
        s.shapes,
        0.9,
        3.05,
        11.5,
        0.6,
        ["Operating strategy and OKRs, 2028\u20132030"],
        24,
        False,
        (205, 222, 238),
        SK_HEAD,
    )
    text_box(
        s.shapes,
        0.9,
        5.25,
        11.5,
        1.0,
        [
            "Board of Directors  \u00b7  6 December 2027  \u00b7  For decision",
            "Prepared by the Office of the Chief Operating Officer",
        ],
        14,
        False,
        (205, 222, 238),
        SK_FONT,
    )

    # 2 summary
    s = sk_page(prs, "Summary", "The plan in brief", 2)
    rich_box(
        s.shapes,
        0.6,
        1.65,
        8.4,
        5.2,
        [
            [("\u2192  ", True, SK_SUN), (t, False, SK_INK)]
            for t in (
                "Every Island, On Time is our operating plan for the three years from January "
                "2028 to December 2030.",
                "We have written it as OKRs: four objectives, each with two or three key "
                "results that carry a baseline, a target and a date, and the initiatives we "
                "expect to move them.",
                "Reliability comes first: aircraft that leave on time and do not break down "
                "away from Carrick.",
                "The work runs in three phases, Taxi, Climb and Cruise, with a Board gate at "
                "the end of each.",
                "Everything new is tried first in the Lusk pilot, from April to September "
                "2028, before it reaches Brenmouth and the rest of the network.",
                "The plan needs \u00a39.8m over the three years, \u00a36.1m of it capital.",
            )
        ],
        15,
        SK_FONT,
        10,
    )
    for i, (big, small) in enumerate(
        (
            ("4", "objectives"),
            ("11", "key results"),
            ("3", "phases and three gates"),
            ("1", "pilot outstation"),
        )
    ):
        top = 1.65 + i * 1.3
        filled(s.shapes, MSO_SHAPE.RECTANGLE, 9.5, top, 3.25, 1.1, SK_MIST)
        text_box(s.shapes, 9.65, top + 0.1, 1.0, 0.9, [big], 36, False, SK_NAVY, SK_HEAD)
        text_box(s.shapes, 10.6, top + 0.35, 2.1, 0.6, [small], 13, False, SK_INK, SK_FONT)

    # 3 where we stand
    s = sk_page(prs, "Where we stand", "Skyline Islands Airways at the end of 2027", 3)
    figures = (
        ("14", "ATR 72 aircraft (11 -600s and 3 -500s), on average 12 years old"),
        ("1.08m", "passengers carried in 2027 on 31,400 flights"),
        ("912", "people at Carrick, Lusk and Brenmouth"),
        ("71%", "of our flights pushed back no more than 15 minutes late in 2027"),
        (
            "41%",
            "of our seats are flown under public service contracts with the Regional Government",
        ),
        ("3 of 5", "islands we serve have no year-round ferry"),
        ("\u00a34.2m", "spent in 2027 on passenger compensation, hotels and replacement charters"),
        ("19", "routes from our main base at Carrick and our outstations at Lusk and Brenmouth"),
    )
    for i, (big, label) in enumerate(figures):
        col, row = i % 2, i // 2
        x = 0.6 + col * 6.15
        y = 1.65 + row * 1.2
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 0.07, 0.95, SK_SUN)
        text_box(s.shapes, x + 0.2, y, 1.9, 0.9, [big], 26, False, SK_NAVY, SK_HEAD)
        text_box(s.shapes, x + 2.1, y + 0.12, 3.9, 0.85, [label], 12, False, SK_INK, SK_FONT)
    text_box(
        s.shapes,
        0.6,
        6.5,
        12,
        0.35,
        [
            "Sources: OpsBoard, IslandRes and the 2027 management accounts; December 2027 is forecast."
        ],
        9,
        False,
        SK_GREY,
        SK_FONT,
        italic=True,
    )

    # 4 where we are going
    s = sk_page(prs, "Where we are going", "What the islands should be able to count on", 4)
    text_box(
        s.shapes,
        0.6,
        1.7,
        12.1,
        1.1,
        ["The airline the islands never have to think twice about."],
        34,
        False,
        SK_NAVY,
        SK_HEAD,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0.6, 3.1, 0.08, 1.5, SK_SUN)
    text_box(
        s.shapes,
        0.9,
        3.1,
        11.8,
        1.5,
        [
            "By December 2030, every island we serve will have a same-day return flight to "
            "Carrick on every weekday of the year."
        ],
        21,
        False,
        SK_INK,
        SK_FONT,
    )
    text_box(
        s.shapes,
        0.6,
        4.95,
        12.1,
        1.5,
        [
            "Today Holm and Tarvey have a same-day return only from May to September.",
            "For an islander a missed flight means a night away: a hospital appointment, an "
            "exam, a day's pay.",
        ],
        14,
        False,
        SK_GREY,
        SK_FONT,
    )

    # 5 OKRs on a page
    s = sk_page(prs, "OKRs on a page", "Four objectives, eleven key results", 5)
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.6,
        1.55,
        12.15,
        0.45,
        SK_NAVY,
        ["OUR AIM   The airline the islands never have to think twice about"],
        14,
        False,
        WHITE,
        SK_HEAD,
    )
    filled(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        0.6,
        2.05,
        12.15,
        0.42,
        SK_SUN,
        ["BY DECEMBER 2030   A same-day return to Carrick from every island, every weekday"],
        12,
        True,
        WHITE,
        SK_FONT,
    )
    for i, ((title, owner, *_), krs) in enumerate(zip(OBJECTIVES, ONE_PAGE_KRS, strict=True)):
        x = 0.6 + i * 3.07
        group = s.shapes.add_group_shape()
        filled(group.shapes, MSO_SHAPE.RECTANGLE, x, 2.65, 2.95, 4.25, SK_MIST)
        text_box(group.shapes, x + 0.12, 2.72, 2.7, 0.3, [f"OBJECTIVE {i + 1}"], 9, True, SK_SKY)
        text_box(group.shapes, x + 0.12, 3.0, 2.7, 0.75, [title], 14, False, SK_NAVY, SK_HEAD)
        text_box(group.shapes, x + 0.12, 3.85, 2.7, 2.4, list(krs), 10.5, False, SK_INK, SK_FONT)
        text_box(
            group.shapes, x + 0.12, 6.3, 2.7, 0.5, [f"Owner: {owner}"], 9, True, SK_GREY, SK_FONT
        )

    # 6-9 objectives
    for n, (title, owner, krs, why, initiatives) in enumerate(OBJECTIVES, start=1):
        sk_objective(prs, n, 5 + n, title, owner, krs, why, initiatives)

    # 10 roadmap
    s = sk_page(prs, "Roadmap", "Three years, three phases, three gates", 10)
    left, lane_w, col_w = 0.6, 1.65, (12.75 - 0.6 - 1.65) / 12
    x0 = left + lane_w

    def qx(q: float) -> float:
        return x0 + q * col_w

    for y, year in enumerate(("2028", "2029", "2030")):
        filled(
            s.shapes,
            MSO_SHAPE.RECTANGLE,
            qx(4 * y) + 0.02,
            1.55,
            4 * col_w - 0.04,
            0.32,
            SK_NAVY,
            [year],
            11,
            True,
            WHITE,
            SK_FONT,
            align=PP_ALIGN.CENTER,
        )
        for q in range(4):
            text_box(
                s.shapes,
                qx(4 * y + q),
                1.9,
                col_w,
                0.28,
                [f"Q{q + 1}"],
                9,
                True,
                SK_GREY,
                SK_FONT,
                PP_ALIGN.CENTER,
            )
    for start, end, label in (
        (0, 3, "Phase 1 \u00b7 Taxi"),
        (3, 8, "Phase 2 \u00b7 Climb"),
        (8, 12, "Phase 3 \u00b7 Cruise"),
    ):
        filled(
            s.shapes,
            MSO_SHAPE.CHEVRON if start else MSO_SHAPE.PENTAGON,
            qx(start) + 0.02,
            2.22,
            (end - start) * col_w - 0.04,
            0.42,
            SK_SKY,
            [label],
            11,
            True,
            WHITE,
            SK_FONT,
            align=PP_ALIGN.CENTER,
        )
    lanes = (
        (
            "O1 On time",
            (
                (1, 3, "Lusk turnaround standard"),
                (3, 5, "Tablets at Lusk, Brenmouth"),
                (5, 8, "Control centre 05:00\u201323:00"),
                (8, 12, "Ten biggest delay causes, weekly"),
            ),
        ),
        (
            "O2 Fit to fly",
            (
                (0, 2, "CAA acceptance"),
                (2, 3, "E-tech log: Lusk"),
                (3, 6, "E-tech log: all 14 aircraft"),
                (6, 8, "Spares kits"),
                (8, 12, "-500 C-checks at Carrick"),
            ),
        ),
        (
            "O3 Rosters",
            (
                (0, 2, "Rules with the IPA"),
                (3, 4, "New rules live"),
                (2, 12, "Cadet intakes: Sep 2028, Sep 2029, Sep 2030"),
            ),
        ),
        (
            "O4 Passengers",
            (
                (1, 3, "Mobile numbers"),
                (3, 5, "Delay texts, all flights"),
                (5, 12, "Complaints answered in 10 days"),
            ),
        ),
    )
    for i, (lane, bars) in enumerate(lanes):
        y = 2.85 + i * 0.82
        filled(s.shapes, MSO_SHAPE.RECTANGLE, left, y, 12.15, 0.74, SK_SAND if i % 2 else SK_MIST)
        text_box(s.shapes, left + 0.05, y + 0.18, lane_w - 0.1, 0.4, [lane], 10, True, SK_NAVY)
        row_y = y + 0.08
        for j, (start, end, label) in enumerate(bars):
            top = row_y + (0.34 if (lane == "O3 Rosters" and j == 2) else 0)
            filled(
                s.shapes,
                MSO_SHAPE.ROUNDED_RECTANGLE,
                qx(start) + 0.03,
                top,
                (end - start) * col_w - 0.06,
                0.3,
                SK_NAVY if j % 2 == 0 else SK_SKY,
                [label],
                8,
                False,
                WHITE,
                SK_FONT,
                align=PP_ALIGN.CENTER,
            )
    for q, gate in ((3, "G1"), (8, "G2"), (12, "G3")):
        diamond = filled(
            s.shapes,
            MSO_SHAPE.DIAMOND,
            qx(q) - 0.3,
            6.1,
            0.6,
            0.55,
            SK_SUN,
            [gate],
            8,
            True,
            WHITE,
            SK_FONT,
            align=PP_ALIGN.CENTER,
        )
        frame = diamond.text_frame
        frame.word_wrap = False
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    text_box(
        s.shapes,
        left,
        6.15,
        lane_w + 2 * col_w,
        0.8,
        [
            "G1 end Q3 2028: Lusk pilot go/no-go",
            "G2 end Q4 2029: ready for Cruise?",
            "G3 end Q4 2030: close-out and the next plan",
        ],
        8,
        False,
        SK_INK,
        SK_FONT,
    )
    notes(
        s,
        [
            "Quarters are calendar quarters, so Q1 runs from January to March.",
            "Each diamond is a gate at the end of its quarter; the Board takes it at its next "
            "meeting.",
            "The cadet bar shows the three September intakes; training lasts about 18 months.",
        ],
    )

    # 11 the Lusk pilot
    s = sk_page(prs, "Pilot", "The Lusk pilot: April to September 2028", 11)
    text_box(s.shapes, 0.6, 1.6, 6.0, 0.4, ["What we try at Lusk"], 15, True, SK_NAVY, SK_HEAD)
    text_box(
        s.shapes,
        0.6,
        2.05,
        6.0,
        3.6,
        [
            "\u2022 The 25-minute turnaround standard on every Lusk departure",
            "\u2022 Turnaround times recorded on tablets, not on the load sheet",
            "\u2022 A rotable spares kit held at Lusk",
            "\u2022 A second certifying engineer on the night shift",
            "\u2022 A standby crew at Lusk every day from May",
            "\u2022 Delay texts for every passenger booked on a Lusk flight",
            "\u2022 The electronic tech log on the two aircraft that night-stop at Lusk, from July",
        ],
        12.5,
        False,
        SK_INK,
        SK_FONT,
    )
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 6.95, 1.6, 5.8, 3.9, SK_MIST)
    text_box(
        s.shapes,
        7.15,
        1.7,
        5.4,
        0.4,
        ["We call it a success if, in August and September 2028:"],
        13,
        True,
        SK_NAVY,
        SK_FONT,
    )
    text_box(
        s.shapes,
        7.15,
        2.2,
        5.4,
        3.2,
        [
            "1. 85% of Lusk departures leave within 15 minutes of schedule",
            "2. No Lusk aircraft flies empty to Carrick for want of an engineer",
            "3. AOG hours at Lusk are half those of August and September 2027",
            "4. Three in four delayed Lusk passengers get a text 60 minutes ahead",
        ],
        12.5,
        False,
        SK_INK,
        SK_FONT,
    )
    rich_box(
        s.shapes,
        0.6,
        5.75,
        12.15,
        1.1,
        [
            [
                ("Pilot lead: ", True, SK_SUN),
                ("Station Manager, Lusk", False, SK_INK),
                ("     Sponsor: ", True, SK_SUN),
                ("Chief Operating Officer", False, SK_INK),
            ],
            [
                ("Why Lusk: ", True, SK_SUN),
                (
                    "two aircraft night-stop there, six of our 19 routes touch it, and its "
                    "departures were the least punctual of our three bases in 2027 (63%).",
                    False,
                    SK_INK,
                ),
            ],
        ],
        12,
        SK_FONT,
        6,
    )

    # 12 first 90 days
    s = sk_page(prs, "First 90 days", "The first 90 days: January to March 2028", 12)
    table(
        s.shapes,
        [
            ("When", "Action", "Lead"),
            (
                "Week 2",
                "Name a measure owner for each key result and publish the 2027 baselines",
                "Head of Operational Performance",
            ),
            (
                "Week 3",
                "Submit the electronic tech log amendments to the CAA",
                "Continuing Airworthiness Manager",
            ),
            (
                "Week 4",
                "Open consultation with the Islands Pilots' Association on the new rostering rules",
                "Director of Flight Operations",
            ),
            (
                "Week 6",
                "Choose the electronic tech log supplier",
                "Head of Engineering and Maintenance",
            ),
            ("Week 6", "Order 12 tablets for the Lusk turnaround team", ""),
            ("Week 8", "Advertise for two certifying engineers based at Lusk", "Head of People"),
            (
                "Week 10",
                "Sign off the Lusk pilot plan and its success criteria",
                "Chief Operating Officer",
            ),
            ("Week 12", "Hold the first quarterly OKR review", "Chief Operating Officer"),
        ],
        (1.3, 7.35, 3.5),
        1.6,
        0.6,
        12,
        0.5,
        SK_NAVY,
        WHITE,
        SK_FONT,
    )

    # 13 risks
    s = sk_page(prs, "Risks", "What could knock us off course", 13)
    table(
        s.shapes,
        [
            ("Risk", "Likelihood", "What we will do", "Owner"),
            (
                "CAA acceptance of the electronic tech log comes late",
                "High",
                "Submit the amendments in week 3 and keep the paper log at Lusk until the CAA "
                "accepts",
                "Continuing Airworthiness Manager",
            ),
            (
                "The pilots' association rejects the new rostering rules",
                "Medium",
                "Share the roster-change figures with the association every month and try the "
                "rules at Lusk first",
                "Director of Flight Operations",
            ),
            (
                "We cannot recruit certifying engineers willing to live on Lusk",
                "High",
                "Put two Carrick mechanics through their B1 licence and pay a Lusk island "
                "allowance",
                "Head of Engineering and Maintenance",
            ),
            (
                "Winter storms close the island airports for days at a time",
                "Medium",
                "Hold a spare aircraft at Carrick on winter mornings from November to March",
                "Head of Operations Control",
            ),
            (
                "Tablets and spares kits cost more than planned",
                "Low",
                "Release money phase by phase, at each gate",
                "Finance Director",
            ),
        ],
        (3.6, 1.3, 4.95, 2.3),
        1.6,
        0.6,
        12,
        0.85,
        SK_NAVY,
        WHITE,
        SK_FONT,
        head_h=0.45,
    )

    # 14 governance
    s = sk_page(prs, "Governance", "How we will run it", 14)
    table(
        s.shapes,
        [
            ("Forum", "Who", "How often", "Decides"),
            (
                "Board of Directors",
                "Chair of the Board; the COO presents",
                "At each gate; OKR report every quarter",
                "Gate decisions and the budget",
            ),
            (
                "Operations Steering Group",
                "COO (chair), the four objective owners, Finance Director, Head of Operational "
                "Performance",
                "Monthly",
                "Recommends each gate; moves money between initiatives",
            ),
            (
                "Quarterly OKR review",
                "COO, objective owners and measure owners",
                "Every quarter",
                "Scores each key result; may change initiatives, never targets",
            ),
            (
                "Punctuality call",
                "Head of Operations Control with the station managers",
                "Every Monday",
                "The week's ten biggest delay causes and who fixes each",
            ),
        ],
        (2.6, 4.0, 2.25, 3.3),
        1.6,
        0.6,
        12,
        0.7,
        SK_NAVY,
        WHITE,
        SK_FONT,
        head_h=0.45,
        first_col_bold=True,
    )
    text_box(
        s.shapes,
        0.6,
        5.35,
        12.15,
        1.5,
        [
            "Sponsor: the Chief Operating Officer, who chairs the Operations Steering Group.",
            "We score each key result every quarter from 0.0 to 1.0; 0.7 is a good result, and "
            "a key result under 0.3 for two quarters running goes back to the Steering Group.",
            "No change goes live without a safety risk assessment signed off by the Safety and "
            "Compliance Manager.",
        ],
        12,
        False,
        SK_INK,
        SK_FONT,
    )

    # 15 asks
    s = sk_page(prs, "Decisions", "What we ask of the Board today", 15)
    text_box(
        s.shapes,
        0.6,
        1.7,
        12.1,
        4.8,
        [
            "1.  Approve Every Island, On Time: four objectives, 11 key results and three gates.",
            "2.  Approve \u00a39.8m over 2028\u20132030, of which \u00a36.1m is capital.",
            "3.  Approve the Lusk pilot from April to September 2028.",
            "4.  Note that the new rostering rules need the agreement of the Islands Pilots' "
            "Association before they take effect.",
            "5.  Take the G1 decision at the October 2028 Board.",
        ],
        17,
        False,
        SK_INK,
        SK_FONT,
    )
    return prs


# =========================================================================== org folder

ORG_CHART = """
SKYLINE ISLANDS AIRWAYS: ORGANISATION CHART FOR EVERY ISLAND, ON TIME
Kept by the Head of People. Updated 20 November 2027.

Indentation shows who reports to whom. Programme tier after each title: [core] = core team,
[extended] = kept informed and consulted early, [consult] = must be consulted, owns no work.

Chief Executive Officer [extended] — remit: runs the airline for the Board; receives the monthly OKR report.
    Chief Operating Officer [core] — remit: sponsors Every Island, On Time; chairs the Operations Steering Group; owns the OKR set and takes each gate to the Board.
        Head of Operational Performance [core] — remit: runs the OKR cycle: baselines, the monthly scorecard, the quarterly OKR review and the gate papers.
        Director of Flight Operations [core] — remit: nominated person for flight operations; pilot and cabin crew numbers, rostering policy, fuel policy and flight data monitoring; leads talks with the Islands Pilots' Association.
            Crew Rostering and Planning Manager [core] — remit: builds the pilot and cabin crew rosters in RosterPoint; standby cover, swaps and roster changes.
            Cabin Services Manager [extended] — remit: leads the 140 cabin crew at the three bases; cabin standards.
        Head of Operations Control [core] — remit: runs the operations control centre at Carrick: flight watch, disruption recovery, delay coding and the daily punctuality report.
        Ground Operations Manager [core] — remit: turnarounds, ground handling and ground equipment at Carrick, Lusk and Brenmouth.
            Station Manager, Lusk [core] — remit: runs the Lusk outstation and its 38 staff; leads the Lusk pilot on site.
            Station Manager, Brenmouth [extended] — remit: runs the Brenmouth outstation and its 26 staff.
        Head of Engineering and Maintenance [core] — remit: accountable for the Part-145 maintenance organisation: the Carrick hangar, line maintenance at all three bases, certifying staff, stores and spares.
            Continuing Airworthiness Manager [core] — remit: runs the CAMO: the maintenance programme, the technical log and records, the reliability programme, and airworthiness approvals from the CAA.
        Head of Training [core] — remit: type ratings, recurrent and line training, cabin crew and ground training, engineering apprentices and the cadet scheme; keeps every training record in Coursebook.
        Safety and Compliance Manager [core] — remit: the safety management system, compliance monitoring, safety risk assessments for every change, and day-to-day contact with the CAA.
        Customer Service Manager [core] — remit: the contact centre and station customer service; delay and cancellation messages, compensation and complaints.
    Chief Commercial Officer [extended] — remit: network and schedule, fares, sales, and the public service contracts with the Regional Government.
    Finance Director [core] — remit: budgets, capital cases, aircraft leases and the monthly management accounts.
    Head of People [core] — remit: recruitment, contracts, pay, absence management, and the formal consultation with Unite and the Islands Pilots' Association.
    Head of IT [core] — remit: IslandRes, OpsBoard, RosterPoint, TechTrack, Skyline Insight and the network at all three bases; the links between them and the data behind the OKR scorecard.

Bodies we consult (outside the reporting line):
Chair, Islands Pilots' Association [consult] — remit: represents our 96 pilots; consulted on rostering rules, flight time limitations and the cadet scheme's terms.
Unite Branch Secretary [consult] — remit: represents cabin crew, ground staff and engineers; consulted on working patterns, absence policy and allowances.
"""

STEERING_TOR = """
# Operations Steering Group: terms of reference

Agreed by the Executive Committee on 22 November 2027.

## 1. Purpose

The Operations Steering Group steers Every Island, On Time for the Board of Skyline Islands
Airways. It owns the OKR set as a whole and advises the Board at each gate.

## 2. Members

- Chief Operating Officer (chair and programme sponsor)
- Director of Flight Operations
- Head of Engineering and Maintenance
- Head of Operations Control
- Customer Service Manager
- Finance Director
- Head of Operational Performance (secretary)

The Safety and Compliance Manager attends every meeting and may stop any change on safety
grounds.

## 3. Meetings

The group meets on the second Tuesday of every month at Carrick, with a video link for Lusk and
Brenmouth. Papers go out five working days before. Once a quarter the meeting becomes the
quarterly OKR review, at which each measure owner scores their key result.

## 4. Who decides

| Decision | Decided by | Recommended by |
|---|---|---|
| Gate go/no-go | Board of Directors | Chief Operating Officer, on the group's advice |
| Moving money between initiatives within the approved total | Operations Steering Group | Finance Director |
| Adding or dropping an initiative | Operations Steering Group | The objective owner |
| Changing a key result's target | Board of Directors | Chief Operating Officer |
| Rostering rules | Director of Flight Operations, after consultation | Crew Rostering and Planning Manager |

## 5. Consultation

Any change to the rostering rules in the pilots' agreement must be put to the Islands Pilots'
Association, which has 60 days to respond before the change can take effect.

Changes to the working patterns of cabin crew, ground staff and engineers are discussed with
Unite at the monthly joint consultative committee, which the Head of People chairs.
"""

SYSTEMS = """
# Systems inventory

Head of IT, 1 December 2027. One row for each system the programme touches.

| System | What it does | Where it runs | Notes |
|---|---|---|---|
| IslandRes | Reservations, check-in and departure control | All three bases, the contact centre and the website | IslandRes holds a mobile number for 38% of bookings; travel agent bookings and the Regional Government's travel warrants arrive with the agency's phone number instead. Its messaging module sends texts, which we use today for schedule changes made weeks ahead. |
| OpsBoard | Movement control and flight watch for the operations control centre | Carrick | OpsBoard keeps the delay codes of each flight for 90 days and then rolls them up into daily totals. The turnaround app runs on tablets at Carrick; at Lusk and Brenmouth the dispatcher writes the times on the load sheet and phones them to operations control. |
| RosterPoint | Crew rostering for 96 pilots and 140 cabin crew | Carrick, used by all three bases | RosterPoint builds the monthly rosters and checks every duty against our flight time limitations scheme. It logs each roster change with its reason. |
| TechTrack | Maintenance planning, component lives and technical records (CAMO and Part-145) | Carrick hangar | TechTrack plans every check and holds the maintenance programme for all 14 aircraft. Every aircraft carries a paper technical log; the records clerks at Carrick type each page into TechTrack when the aircraft is next at Carrick. |
| Skyline Insight | Our reporting layer: a data warehouse with Power BI dashboards | Cloud | Skyline Insight loads IslandRes, OpsBoard, RosterPoint and TechTrack data each night and publishes the punctuality dashboard by 06:00. |
| PeopleFirst | HR records, absence and payroll | Head office, Carrick | Line managers record each absence on the day it starts. |
| Coursebook | Training records and e-learning | All three bases | Coursebook holds every training record and reminds staff 60 days before a licence, rating or check runs out. |
| FDM service | Flight data monitoring from the quick access recorders, run for us by AeroSight | All 14 aircraft | The Director of Flight Operations reviews the flight data events each month with the pilots' safety representative. |
"""

MEASURES = """
# How we measure the key results

Head of Operational Performance, December 2027. Each key result has one measure owner, who
reports it in Skyline Insight by the fifth working day of each month.

KR1.1 On-time departures
- Definition: scheduled departures that leave the stand within 15 minutes of the published time, over all scheduled departures flown.
- Source: OpsBoard.
- Measure owner: Head of Operations Control.
- 2027: 71% (December forecast).

KR1.2 Turnarounds in 25 minutes
- Definition: turnarounds from on-blocks to off-blocks of 25 minutes or less, over all scheduled turnarounds at Carrick, Lusk and Brenmouth.
- Source: OpsBoard.
- Measure owner: Ground Operations Manager.
- 2027: 58%.

KR1.3 Controllable cancellations
- Definition: scheduled flights cancelled for technical, crew or handling reasons, over all scheduled flights; weather and air traffic control are left out.
- Source: OpsBoard.
- Measure owner: Head of Operations Control.
- 2027: 2.6%.

KR2.1 Technical dispatch reliability
- Definition: departures with no technical delay over 15 minutes and no technical cancellation, over all departures.
- Source: TechTrack and OpsBoard.
- Measure owner: Continuing Airworthiness Manager.
- 2027: 97.6%.

KR2.2 AOG hours away from Carrick
- Definition: hours an aircraft stands unserviceable at an airport other than Carrick, waiting for a part or a certifying engineer.
- Source: TechTrack.
- Measure owner: Head of Engineering and Maintenance.
- 2027: 1,140 hours.

KR2.3 Aircraft on the electronic tech log
- Definition: aircraft whose technical log is kept electronically and accepted by the CAA.
- Measure owner: Continuing Airworthiness Manager.
- 2027: none of the 14.

KR3.1 Duties changed inside 7 days
- Definition: pilot and cabin crew duties changed within 7 days of the day flown, over all duties rostered.
- Source: RosterPoint.
- Measure owner: Crew Rostering and Planning Manager.
- 2027: 34%.

KR3.2 Cabin crew sickness absence
- Definition: days lost to sickness over days rostered, cabin crew only.
- Source: PeopleFirst.
- Measure owner: Head of People.
- 2027: 7.9%.

KR3.3 Cadet first officers on the line
- Definition: first officers who joined through our cadet scheme and have passed their final line check.
- Source: Coursebook.
- Measure owner: Head of Training.
- 2027: the scheme starts in September 2028.

KR4.1 Delayed passengers texted an hour ahead
- Definition: passengers booked on a flight delayed by 60 minutes or more who receive a text at least 60 minutes before the published departure time, over all passengers booked on such flights.
- Source: the IslandRes message log matched to OpsBoard delay times.
- Measure owner: Customer Service Manager.
- 2027: 22%, from a sample of 400 delayed passengers in October.

KR4.2 Complaints per 10,000 passengers
- Definition: written complaints received, over passengers flown, times 10,000.
- Source: the contact centre's case log.
- Measure owner: Customer Service Manager.
- 2027: 14.2.
"""

ENGINEERING_EMAIL = """
From: Head of Engineering and Maintenance
To: Chief Operating Officer; Head of Operational Performance
Date: 29 November 2027
Subject: Engineering input for the OKR board pack

Hi both,

Three things from the hangar before the deck goes to the Board.

Tech log. The CAA has told us it needs 26 weeks to accept the amendments to our CAME and MOE
that an electronic tech log requires. If we submit in January we should have acceptance by
July, which fits the Lusk pilot with nothing to spare.

Lusk nights. At Lusk one engineer holds the certifying authorisation on the night shift; when
she is on leave or off sick, the two aircraft that night-stop there fly empty to Carrick for
their daily check. That cost us 41 empty sectors this year.

Spares. All our rotable spares sit in the Carrick stores, and a part for an aircraft at Lusk or
Brenmouth goes out on the next scheduled flight. A kit of the twenty parts that ground us most
would cover most of the AOG hours at the outstations.

On the good side, the hangar finished every 2027 A-check on time, and TechTrack's check
planning has not let us down once this year.

Regards,
Head of Engineering and Maintenance
"""

LUSK_FACTS = """
# Lusk outstation: fact sheet

Station Manager, Lusk, November 2027.

- **Staff:** 38 people: 14 ground handlers, 6 dispatchers, 9 customer service agents, 6 engineers and 3 cleaners.
- **Aircraft:** two ATR 72-600s night-stop at Lusk, and six of our 19 routes touch it.
- **Punctuality:** 63% of Lusk departures left within 15 minutes of schedule in 2027, the lowest of our three bases.
- **Airport:** Lusk Airport belongs to Lusk Island Council. Its fire and rescue service is on duty from 07:00 to 20:30, and no ATR 72 may land or take off outside those hours.
- **Stands:** three, enough for our two aircraft and the air ambulance.
- **Ground equipment:** two tugs, a ground power unit and a de-icing rig we share with the council.
- **Weather:** Lusk loses about 11 days a year to crosswinds above the ATR's limit, mostly between November and February.
- **Routine:** the station team holds a ten-minute briefing at 06:15 every day, and the Station Manager joins the Monday punctuality call.
"""


def write_org(org: Path) -> None:
    write_text(org / "people" / "org-chart.txt", ORG_CHART)
    write_text(org / "governance" / "operations-steering-group-terms-of-reference.md", STEERING_TOR)
    write_text(org / "systems" / "systems-inventory.md", SYSTEMS)
    write_text(org / "measures" / "key-result-measures.md", MEASURES)
    write_text(org / "context" / "email-head-of-engineering-2027-11-29.txt", ENGINEERING_EMAIL)
    write_text(org / "context" / "lusk-outstation-fact-sheet.md", LUSK_FACTS)


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root / "skyline-islands"``."""
    case = root / CASE
    save(
        build_deck(), case / DECK, "Office of the Chief Operating Officer", "Every Island, On Time"
    )
    write_org(case / "org")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
