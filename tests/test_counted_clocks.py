"""More of the ways a deck counts its time and names its pilot: months from a day zero
("T0 to T+3", "We plan to sign on 3 April 2028"), chapters dated in seasons ("Winter–Spring
2027"), a roadmap cell split by quarters, a closing slide about the next plan's years, and a
pilot named by the "Where:" line of its own slide. Made-up wording (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.knowledge import timeline
from agent.planning.deck_plan import read_deck_plan
from tests.decks import pdf_writer, phase_months, slide_deck, table_block

MONTH = timeline.WEEKS_PER_MONTH


def test_waves_counted_in_months_from_a_day_zero() -> None:
    deck = slide_deck(
        [
            ("Faster Freight", ["Harrowgate Logistics", "Board, January 2029"]),
            ("Three waves", ["Wave 0: Get ready", "Wave 1: Sort", "Wave 2: Ship"]),
            (
                "Our clock",
                [
                    "Every date counts months from the day we award the contract: T0. We plan to "
                    "award it on Tuesday 6 March 2029.",
                    "Wave 0: Get ready runs from T0 to T+2.",
                    "Wave 1: Sort runs from T+2 to T+8.",
                    "Wave 2: Ship runs from T+8 to T+15, when the plan closes.",
                    "The supplier's contract runs to T+48.",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    # the waves are named by their own slide, not by the sentences that date them
    assert phase_months(plan) == [("Wave 0: Get ready", 0, 2), ("Wave 1: Sort", 2, 8)] + [
        ("Wave 2: Ship", 8, 15)
    ], phase_months(plan)
    assert plan.start_year == 2029 and round(plan.origin_week / MONTH) == 2  # March 2029


@pytest.mark.parametrize(
    ("said", "months"),
    [("Winter–Spring 2027", (-1, 5)), ("Summer to Autumn 2027", (5, 11)), ("Spring 2027", (2, 5))],
)
def test_a_run_of_seasons_runs_from_the_first_to_the_last(
    said: str, months: tuple[int, int]
) -> None:
    span = timeline.calendar_range(said, 2027)
    assert span is not None
    assert (round(span.start / MONTH), round(span.end / MONTH)) == months, span


def test_chapters_named_on_one_slide_and_dated_by_season_on_another() -> None:
    deck = slide_deck(
        [
            ("Care That Shows", ["Brookfield Vets", "Board, November 2026"]),
            (
                "Three chapters",
                ["Chapter 1: Firm footing", "Chapter 2: Go further", "Chapter 3: Show it"],
            ),
            (
                "When",
                [
                    "The plan follows the calendar: January 2027 to December 2028.",
                    "Chapter 1 Winter to Spring 2027",
                    "Chapter 2 Summer to Autumn 2027",
                    "Chapter 3 2028",
                ],
            ),
        ]
    )
    assert phase_months(read_deck_plan(deck)) == [
        ("Chapter 1: Firm footing", 0, 5),
        ("Chapter 2: Go further", 5, 12),
        ("Chapter 3: Show it", 12, 24),
    ]


def test_a_roadmap_cell_split_by_quarters_starts_the_next_horizon_inside_its_year() -> None:
    deck = slide_deck(
        [
            ("Clear Water 2030", ["Marsh Vale Water", "Board, February 2027"]),
            ("Roadmap", []),
            ("Beyond this plan: the next review period (2030-35)", ["Sensors on every main"]),
        ]
    )
    rows = [
        ["", "2027/28", "2028/29", "2029/30", "Next review (2030-35)"],
        [
            "Horizon",
            "Horizon 1: Mend",
            "Horizon 2: Guard",
            "Q1-Q2: Horizon 2 goes on. Q3-Q4: Horizon 3: Foresee",
            "Foresee everywhere, if funded",
        ],
        ["Meters", "Zone meters", "Meters in the north", "All zones metered", ""],
        ["Pressure", "Design 20 schemes", "Valves in 20 zones", "", "Valves everywhere"],
    ]
    deck.units[1].blocks.append(table_block(rows, 2))
    plan = read_deck_plan(deck)
    assert phase_months(plan) == [
        ("Horizon 1: Mend", 0, 12),
        ("Horizon 2: Guard", 12, 30),
        ("Horizon 3: Foresee", 30, 36),
    ], phase_months(plan)
    # (the closing slide's years are the next plan's: the plan runs three years)
    assert plan.horizon_weeks is not None and round(plan.horizon_weeks / MONTH) == 36


def test_a_pilot_named_by_the_where_line_of_its_own_slide() -> None:
    deck = slide_deck(
        [
            ("Faster Freight", ["Harrowgate Logistics", "Board, January 2029"]),
            (
                "Loading bays first",
                [
                    "FIRST PILOT",
                    "Where: the loading bays at Culverton depot, bays 1 to 8, for ten weeks.",
                    "1. Scan every parcel at the bay door",
                ],
            ),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Culverton" and pilot.unit == "depot", pilot


@pytest.mark.parametrize(
    ("title", "line", "name"),
    [
        ("Starting small: the Pellow Farm cluster", "Six farms share one vet rota", "Pellow Farm"),
        (
            "One region first",
            "Our pilot: the 9 branches of the Teesmoor region, from May.",
            "Teesmoor",
        ),
    ],
)
def test_a_pilot_a_headline_or_an_our_pilot_line_names(title: str, line: str, name: str) -> None:
    deck = slide_deck([("Care That Shows", ["Brookfield Vets", "Board"]), (title, [line])])
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and name in pilot.name, pilot


def _row_after_a_side_heading(tmp_path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(720, 405))
    pdf.set_auto_page_break(False)

    text = pdf_writer(pdf, 12)

    pdf.add_page()
    text(36, 150, "Care That Shows", 30, "B")
    pdf.add_page()
    text(36, 40, "Two years, three chapters", 22, "B")
    for k, (chapter, when) in enumerate(
        [
            ("Chapter 1", "Winter 2027"),
            ("Chapter 2", "Spring 2027, up to the gate in June"),
            ("Chapter 3", "2028"),
        ]
    ):
        text(48, 120 + 34 * k, chapter, 12, "B")
        text(160, 120 + 34 * k, when, 12)
    path = tmp_path / "chapters.pdf"
    pdf.output(str(path))
    return path


def test_a_row_set_back_at_the_labels_margin_is_not_the_last_rows_wrapped_line(
    tmp_path: Path,
) -> None:
    from extractors import extract

    texts = [b.text for b in extract(_row_after_a_side_heading(tmp_path)).units[1].blocks]
    assert not any("gate in June Chapter 3" in t for t in texts), texts
    assert any(t.startswith("Chapter 3") for t in texts), texts


def test_chapters_the_deck_never_dates_are_its_pillars_not_its_phases() -> None:
    """Four "Chapter N" pillars beside three dated horizons: the horizons are the roadmap."""
    deck = slide_deck(
        [
            ("Open Doors 2030", ["Fenby Libraries", "Cabinet, July 2027"]),
            (
                "Four chapters",
                ["Chapter 1: Open later", "Chapter 2: Read more", "Chapter 3: Get online"]
                + ["Chapter 4: One card"],
            ),
            (
                "Three horizons, April 2028 to March 2031",
                [
                    "Horizon 1: Groundwork (April 2028 to March 2029)",
                    "Horizon 2: Prove (April 2029 to March 2030)",
                    "Horizon 3: Scale (April 2030 to March 2031)",
                ],
            ),
        ]
    )
    names = [name for name, _, _ in phase_months(read_deck_plan(deck))]
    assert names and all(name.startswith("Horizon") for name in names), names


def test_a_phase_named_only_in_the_sentence_that_dates_it_keeps_that_name() -> None:
    """ "Phase 2" on the overview, "Phase 2: Scale runs from January to December 2029." on
    the clock slide: the sentence is the only line that names it, so the name is kept."""
    deck = slide_deck(
        [
            ("Quick Lane", ["Harlow Motors", "Executive, October 2027"]),
            ("Two phases", ["Phase 1", "Phase 2"]),
            (
                "When",
                [
                    "Phase 1: Fix runs from January to December 2028.",
                    "Phase 2: Scale runs from January to December 2029.",
                ],
            ),
        ]
    )
    names = [name for name, _, _ in phase_months(read_deck_plan(deck))]
    assert len(names) == 2 and "Scale" in names[1] and "Fix" in names[0], names


def test_the_lines_of_chapters_never_dated_stay_work_but_not_their_figures() -> None:
    deck = slide_deck(
        [
            ("Open Doors 2030", ["Fenby Libraries", "Cabinet, July 2027"]),
            (
                "Chapter 1: Open later",
                [
                    "Longer hours in every town",
                    "Keep every town library open 60 hours a week",
                    "14 libraries open today",
                ],
            ),
            (
                "Chapter 2: Read more",
                ["Reading from the cradle", "A class visit for every primary school each year"],
            ),
            ("Chapter 3: One card", ["One card for the county", "£1.2m a year spent on stock"]),
            (
                "Two horizons, April 2028 to March 2030",
                [
                    "Horizon 1: Groundwork (April 2028 to March 2029)",
                    "Horizon 2: Scale (April 2029 to March 2030)",
                ],
            ),
        ]
    )
    work = {c.text for c in read_deck_plan(deck).commitments}
    assert "Keep every town library open 60 hours a week" in work, work
    assert "A class visit for every primary school each year" in work, work
    assert not {"14 libraries open today", "£1.2m a year spent on stock"} & work, work


def test_notes_about_the_deck_the_next_plans_slide_and_a_contracts_end_are_no_work() -> None:
    deck = slide_deck(
        [
            ("Faster Freight", ["Harrowgate Logistics", "Board, January 2029"]),
            (
                "Pillar 1: Sort faster",
                [
                    "Fit scanners at every sorting belt",
                    "The Parcelnet contract ends on 30 June 2030",
                    "Lead on the board: the Director of Operations",
                    "Their bars are on the next page.",
                ],
            ),
            (
                "Beyond this plan: the next contract period (2031-35)",
                ["Sorting robots at every depot", "Drones for rural drops"],
            ),
        ]
    )
    work = {c.text for c in read_deck_plan(deck).commitments}
    assert "Fit scanners at every sorting belt" in work, work
    assert not any(
        k in t
        for t in work
        for k in ("contract ends", "Lead on the board", "next page", "robots", "Drones")
    ), work


def test_a_slide_after_a_year_inside_the_plan_and_work_naming_a_contracts_end_stay_work() -> None:
    deck = slide_deck(
        [
            ("Faster Freight 2031", ["Harrowgate Logistics", "Board, January 2029"]),
            ("After 2029: every depot", ["Fit scanners at the other six depots"]),
            ("Suppliers", ["Make sure the agency contract ends before the new rota starts"]),
        ]
    )
    work = {c.text for c in read_deck_plan(deck).commitments}
    assert "Fit scanners at the other six depots" in work, work
    assert "Make sure the agency contract ends before the new rota starts" in work, work
