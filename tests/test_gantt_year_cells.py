"""A roadmap's clock drawn or said in other ways: a PDF Gantt whose years sit centred in
filled header cells over a row of month initials, its stages drawn as bars on one row; stages
named by a season or an academic year before their colon; phases each defined by a sentence
on the slide that sets out the deck's clock. Made-up wording (issue 11)."""

from __future__ import annotations

from pathlib import Path

from agent.planning.deck_plan import read_deck_plan
from tests.decks import pdf_writer, phase_months, slide_deck


def _year_cell_gantt(tmp_path: Path) -> Path:
    """A slide saved as PDF: "Roadmap 2028/29 to 2030/31" as its title, three financial years
    each centred in a filled cell over twelve month initials, a "Later" cell past them, a row
    label and three step bars holding their names on one baseline, and overlapping workstream
    bars under them. A later page heads the first step's gate."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(960, 540))
    pdf.set_auto_page_break(False)

    text = pdf_writer(pdf, 10)

    pdf.add_page()
    text(48, 200, "Open Water 2031", 36, "B")
    text(48, 260, "Tarrow Ferries | Board | February 2028", 16)
    pdf.add_page()
    text(48, 40, "Roadmap 2028/29 to 2030/31", 26, "B")
    x0, month = 150.0, 18.0
    pdf.set_fill_color(210, 225, 240)
    for k, year in enumerate(["2028/29", "2029/30", "2030/31"]):
        pdf.rect(x0 + k * 12 * month, 90, 12 * month - 2, 22, style="F")
        text(x0 + k * 12 * month + 6 * month - 22, 94, year, 11)
    pdf.rect(x0 + 36 * month + 8, 90, 90, 22, style="F")
    text(x0 + 36 * month + 20, 94, "Later", 11)
    for i in range(36):
        text(x0 + i * month + 5, 118, "AMJJASONDJFM"[i % 12], 8)
    text(48, 144, "Delivery steps", 10, "B")
    pdf.set_fill_color(120, 160, 200)
    for name, first, last in [("Step 1: Steady", 0, 6), ("Step 2: Grow", 6, 24)] + [
        ("Step 3: Renew", 24, 36)
    ]:
        pdf.rect(x0 + first * month, 140, (last - first) * month - 2, 20, style="F")
        text(x0 + first * month + 4, 144, name, 10)
    pdf.set_fill_color(230, 200, 150)
    for row, (name, first, last) in enumerate(
        [("New ticket machines", 2, 14), ("Berth upgrades at Kell", 5, 29)]
    ):
        y = 200 + 40 * row
        pdf.rect(x0 + first * month, y, (last - first) * month, 18, style="F")
        text(x0 + first * month + 4, y + 3, name, 9)
    text(48, 480, "Bars show months from April 2028; workstreams run across the steps.", 9)
    pdf.add_page()
    text(48, 40, "Step 1 exit gate: what we need to see", 26, "B")
    text(48, 120, "Every sailing reported on the new board", 14)
    text(48, 150, "Crew rosters agreed with the union", 14)
    path = tmp_path / "open-water.pdf"
    pdf.output(str(path))
    return path


def test_a_pdf_gantt_of_years_in_filled_cells_dates_the_steps_drawn_on_one_row(
    tmp_path: Path,
) -> None:
    from extractors import extract

    deck = extract(_year_cell_gantt(tmp_path))
    # (a title dated by its years is still the title, not the biggest line of words under it)
    assert deck.units[1].title == "Roadmap 2028/29 to 2030/31"
    got = phase_months(read_deck_plan(deck))
    # each year's cell, not its label's words, is its column; the gate's page names no step
    assert got == [("Step 1: Steady", 0, 6), ("Step 2: Grow", 6, 24), ("Step 3: Renew", 24, 36)]


def test_stages_named_after_a_season_and_academic_years_open_with_the_plan() -> None:
    deck = slide_deck(
        [
            ("Open Campus", ["Ridgeway College", "Governors, December 2026"]),
            ("Our calendar", ["This plan runs from 1 April 2027 to 31 July 2029."]),
            (
                "The plan in three steps",
                [
                    "Summer 2027: Groundwork",
                    "one admissions rule agreed",
                    "Academic year 2027/28: Grow",
                    "the new portal built",
                    "Academic year 2028/29: Settle",
                    "every school on the portal",
                ],
            ),
        ]
    )
    got = phase_months(read_deck_plan(deck))
    assert [name for name, _, _ in got] == [
        "Summer 2027: Groundwork",
        "Academic year 2027/28: Grow",
        "Academic year 2028/29: Settle",
    ], got
    # the plan opens in April, before the summer: its first step takes those months too
    # (an academic year runs September to August unless the deck says otherwise)
    assert got == [(got[0][0], 0, 5), (got[1][0], 5, 17), (got[2][0], 17, 29)], got


def _clock_slide(lines: list[str]) -> list[tuple[str, int, int]]:
    deck = slide_deck(
        [
            ("Quick Lane", ["Harlow Motors", "Executive, January 2028"]),
            ("How we count time", lines),
            ("Our pillars", ["1 Faster servicing", "2 Parts on the shelf"]),
        ]
    )
    return phase_months(read_deck_plan(deck))


def test_phases_each_defined_by_a_sentence_on_the_clock_slide() -> None:
    got = _clock_slide(
        [
            "Our financial year runs from 1 March to 28 February.",
            "This plan covers 18 months: 1 March 2028 to 31 August 2029.",
            "First (fix the bays) is FY2028/29 Q1 and Q2: March to August 2028.",
            "Second (every site on one system) runs from September 2028 to August 2029.",
            "Afterwards is whatever comes after August 2029.",
        ]
    )
    assert got == [
        ("First: fix the bays", 0, 6),
        ("Second: every site on one system", 6, 18),
    ], got


def test_a_clock_slide_of_a_year_and_a_pilots_term_defines_no_phases() -> None:
    got = _clock_slide(
        [
            "Our financial year runs from 1 March to 28 February.",
            "The pilot runs from March to August 2028.",
            "The parts contract runs from September 2028 to August 2031.",
        ]
    )
    assert all(name.startswith("Phase") for name, _, _ in got), got


def test_a_pilot_is_not_named_by_the_word_that_opens_its_sentence() -> None:
    """ "Every pilot sailing is logged" names no place called "Every", however often it is
    said; the pilot the deck names ("the Kell Crossing pilot") is the pilot."""
    deck = slide_deck(
        [
            ("Open Water 2031", ["Tarrow Ferries", "Board, February 2028"]),
            ("Starting on one crossing", ["The Kell Crossing pilot runs for the summer."]),
            ("How we will know", ["Every pilot sailing is logged in the new system"]),
            ("What we check", ["Every pilot complaint is answered within a day"]),
            ("Reviews", ["Each pilot week ends with a crew huddle"]),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Kell Crossing", pilot


def test_stages_named_by_their_seasons_run_until_the_next_begins() -> None:
    deck = slide_deck(
        [
            ("Snow Sure 2030", ["Glenbrae Lifts", "Board, April 2028"]),
            ("Our seasons", ["This plan runs from June 2028 to May 2030."]),
            (
                "Four seasons of work",
                [
                    "Summer 2028: build",
                    "new gates on the main lift",
                    "Winter 2028/29: first season",
                    "gates in use on one lift",
                    "Summer 2029: fix",
                    "gates on every lift",
                ],
            ),
        ]
    )
    got = phase_months(read_deck_plan(deck))
    assert [name for name, _, _ in got] == [
        "Summer 2028: build",
        "Winter 2028/29: first season",
        "Summer 2029: fix",
    ], got
    # a summer's months, then the winter from December: each runs until the next begins
    assert [(s, e) for _, s, e in got] == [(0, 6), (6, 12), (12, 15)], got
