"""Figures of today beside the goals: a section labelled "WHY NOW", a title that says why the
plan must change, a goal set years ago, a page of measure definitions, a tile that counts a
past year on the ambition page. And their counterparts: a summary in the "WHY NOW" section
keeps its goals; a north star that says "wherever" is no past. The sentences are invented."""

from __future__ import annotations

from agent.engines.rules.visions import find_visions
from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck

COVER = ("Clear Water 2028-2030", ["Our plan for three years, board paper, May 2027"])


def _texts(slides: list[tuple[str, list[str]]]) -> list[str]:
    return [v.text for v in find_visions(slide_deck([COVER, *slides], bullets=False))]


def test_tiles_under_a_why_now_label_are_today_not_goals() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Customers pay online. We still send bills.",
                [
                    "01 · WHY NOW",
                    "41,000",
                    "customers in 9 supply zones",
                    "at 1 November 2026",
                    "62%",
                    "of 2026 bills paid by 30 September",
                    "18%",
                    "of 2026 payments made on our website",
                ],
            ),
            ("Our goals", ["Raise bills paid by the due date from 62% to 85% by March 2030"]),
        ],
        bullets=False,
    )
    measures = [k.statement or k.metric for k in read_deck_plan(deck).kpis]
    assert not any("2026 bills paid" in m for m in measures), measures
    assert any("85%" in v.text for v in find_visions(deck))


def test_a_summary_in_the_why_now_section_keeps_its_goals() -> None:
    texts = _texts(
        [
            (
                "Executive summary",
                [
                    "01 WHY NOW",
                    "Four numbers that define Clear Water by the end of 2030",
                    "85%",
                    "bills paid by the due date",
                    "from 62% in 2026",
                    "40%",
                    "payments made on our website",
                    "from 18%",
                ],
            ),
        ]
    )
    assert any("bills paid by the due date" in t for t in texts), texts


def test_a_why_we_must_change_page_and_a_goal_set_years_ago_are_no_goals() -> None:
    texts = _texts(
        [
            (
                "Why we must change now",
                [
                    "About 2,300 paper meter readings arrive at the depot every working day",
                    "In 2020 we set out to read every meter remotely by 2023; we reached 9%",
                    "Our neighbours read 90% of their meters remotely",
                ],
            ),
            ("Our ambition", ["Read 95% of meters remotely by March 2030"]),
        ]
    )
    assert not any("paper meter readings" in t or "set out to read" in t for t in texts), texts
    assert any(t.startswith("Read 95% of meters") for t in texts), texts


def test_a_page_of_definitions_says_what_each_measure_counts_not_a_goal() -> None:
    texts = _texts(
        [
            ("Our goals", ["Raise bills paid online from 18% to 60% by March 2030"]),
            (
                "How we measure",
                [
                    "Bills paid online: bills paid in the customer account, as a share of all bills.",
                    "Remote reads: meters read by radio, as a share of all meters read.",
                ],
            ),
        ]
    )
    assert not any("as a share of all" in t for t in texts), texts


def test_a_north_star_that_says_wherever_is_no_past_and_a_past_count_tile_is_no_goal() -> None:
    texts = _texts(
        [
            (
                "Our ambition for 2030",
                [
                    "One water service for the valley: the same standard at every works, and "
                    "water every customer can trust wherever the sample was taken",
                    "3.1m",
                    "meters read in 2025/26",
                    "95%",
                    "of meters read remotely by March 2030",
                ],
            ),
        ]
    )
    assert any(t.startswith("One water service for the valley") for t in texts), texts
    assert not any("meters read in 2025/26" in t for t in texts), texts


def test_an_aside_does_not_make_a_goal_twice_and_the_plan_saying_what_it_is_is_none() -> None:
    texts = _texts(
        [
            (
                "Where we are going",
                [
                    "70%",
                    "of bills paid online by",
                    "FY30",
                    "Clear Water is a three-year plan, FY28 to FY30, costing £9.4m.",
                ],
            ),
            (
                "Three goals for the end of FY30",
                [
                    "By the end of FY30 we will:",
                    "1 have 70% of bills paid online (stretch: 80%)",
                    "2 cut the time to fix a burst main to 6 hours by FY29 Q4 - down from 11 hours",
                    "3 read 95% of meters remotely (board-approved in May 2027)",
                ],
            ),
        ]
    )
    assert sum("bills paid online" in t for t in texts) == 1, texts
    assert not any("three-year plan" in t for t in texts), texts
