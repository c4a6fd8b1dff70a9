"""A plan's clock said in words: phases named in a summary sentence with their dates in
brackets (calendar months or financial-year quarters), and school terms as a roadmap's
columns ("Aut 2028", "Spr 2029"). Made-up wording (issue 11)."""

from __future__ import annotations

import pytest

from agent.knowledge import timeline
from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck


def _phases(summary: str) -> list[tuple[str, float, float]]:
    deck = slide_deck(
        [
            ("Better Buses 2029", ["Harbour Coaches", "Board, November 2027"]),
            ("In one page", [summary]),
            ("Our pillars", ["1 Reliable", "2 Simple fares"]),
        ]
    )
    return [(p.name, p.start_week, p.end_week) for p in read_deck_plan(deck).phases]


def test_phases_named_with_their_months_in_a_summary_sentence() -> None:
    got = _phases(
        "The plan runs from January 2028 to December 2029 in three phases: Stabilise (January "
        "to June 2028), Expand (July 2028 to June 2029) and Embed (July to December 2029)."
    )
    assert [name for name, _, _ in got] == ["Stabilise", "Expand", "Embed"]
    assert got[0][1] == 0 and 25 <= got[0][2] <= 27
    assert 100 <= got[-1][2] <= 105


def test_phases_dated_by_financial_year_quarters() -> None:
    got = _phases(
        "Three moves over 24 months, from April 2028 to March 2030: Prepare (Q1 FY28/29), "
        "Build (Q2 FY28/29 to Q4 FY28/29) and Scale (Q1 and Q4 FY29/30)."
    )
    assert [name for name, _, _ in got] == ["Prepare", "Build", "Scale"]
    assert got[0][1:] == (0, 13)  # the plan starts in April, with its first quarter
    assert got[-1][2] == 104


def test_a_sentence_with_one_dated_name_names_no_phases() -> None:
    assert _phases("We open the new depot (March 2028) before the summer timetable.") == []


@pytest.mark.parametrize(
    ("label", "months"),
    [("Aut 2028", (9, 12)), ("Spr 2029", (13, 15)), ("summer term 2029", (16, 19))],
)
def test_school_terms_are_their_months(label: str, months: tuple[int, int]) -> None:
    span = timeline.calendar_range(label, 2028)
    assert span is not None
    first, last = months
    assert span.start == pytest.approx((first - 1) * timeline.WEEKS_PER_MONTH)
    assert span.end == pytest.approx(last * timeline.WEEKS_PER_MONTH)


def test_an_action_title_is_about_its_first_clause() -> None:
    """'Six measures ...; two are red today' is a KPI slide, not one about today."""
    from tests.decks import table_block

    deck = slide_deck(
        [
            ("Better Buses 2029", ["Harbour Coaches"]),
            ("Six measures will tell the board whether we are on track; two are red today", []),
        ]
    )
    deck.units[1].blocks.append(
        table_block(
            [
                ["Measure", "Unit", "2026/27", "Target, March 2030", "Status"],
                ["Buses on time", "%", "78%", "88%", "Red"],
                ["Lost mileage", "%", "3.1%", "1.0%", "Amber"],
            ],
            2,
        )
    )
    assert [k.metric for k in read_deck_plan(deck).kpis] == ["Buses on time", "Lost mileage"]
