"""A contract, licence, lease or funding term that ends on a date: a gap for a plan that runs
past that date (renew, extend or replace it), none for a plan that ends first, and none for a
sentence read without a plan (labellers read "the framework agreement runs to 2030" as no gap).
"""

from __future__ import annotations

from agent.context import find_absences
from agent.knowledge.constraints import term_end
from agent.planning.assemble import org_gaps
from agent.planning.deck_plan import DeckPlan
from schemas.context import OrgContext


def test_the_end_of_a_term_is_read_however_it_is_said() -> None:
    for said, ends in (
        (
            "The laundry contract with St Ivo's runs to March 2030.",
            ("The laundry contract", "2030-03"),
        ),
        (
            "Our reading-scheme licences run until August 2029",
            ("Our reading-scheme licences", "2029-08"),
        ),
        (
            "The lottery funding agreement is confirmed to 2029",
            ("The lottery funding agreement", "2029-12"),
        ),
        ("Support for the old ticket gates ends in June 2027", ("Support", "2027-06")),
    ):
        assert term_end(said) == ends, said
    # no end: signed on a date, renewed already, a season with no year, awarded to someone
    for said in (
        "We signed the cleaning contract in March 2025.",
        "The depot lease was renewed to 2035 at the same rent.",
        "Seasonal contracts run from December to April.",
        "The contract was awarded to Harlow Fleet in 2024.",
    ):
        assert term_end(said) is None, said


def _org(*sentences: str) -> OrgContext:
    absences = [a for s in sentences for a in find_absences(s, source="contracts.md")]
    return OrgContext(root=".", absences=absences)


def test_a_term_ending_inside_the_plan_is_a_constraint_to_plan_around() -> None:
    org = _org(
        "The laundry contract with St Ivo's runs to March 2030.",
        "The depot lease runs to 2036.",
    )
    found = [a for a in org.absences if a.until]
    assert [a.until for a in found] == ["2030-03", "2036-12"]
    # a plan from April 2028 for three years ends in March 2031: the laundry contract ends
    # inside it, the lease after it
    plan = DeckPlan(start_year=2028, origin_week=13.0, horizon_weeks=156)
    gaps = org_gaps([], org, [], plan.window())
    assert [g["evidence"] for g in gaps] == [
        "contracts.md: The laundry contract with St Ivo's runs to March 2030."
    ]
    assert gaps[0]["kind"] == "constraint" and "renew, extend or replace it" in gaps[0]["text"]
    # a plan that ends first, or a deck that sets no clock, raises neither
    assert org_gaps([], org, [], DeckPlan(start_year=2027, horizon_weeks=104).window()) == []
    assert org_gaps([], org, [], DeckPlan().window()) == []
    assert org_gaps([], org, [], None) == []


def test_a_term_that_binds_more_than_its_date_is_a_constraint_whatever_the_plan() -> None:
    org = _org("The ticketing contract runs to June 2029, and ending it earlier costs £90,000.")
    assert [a.until for a in org.absences] == [None]
    assert len(org_gaps([], org, [], None)) == 1


def test_read_without_a_plan_a_term_end_alone_is_no_gap() -> None:
    from evals.orgstatements import engine_reader

    assert engine_reader("The laundry contract with St Ivo's runs to March 2030.") == []
    binding = "The ticketing contract runs to June 2029, and ending it earlier costs £90,000."
    assert engine_reader(binding) == ["constraint"]


def test_an_option_held_until_a_date_ends_then() -> None:
    # a unit held on option, or an option to take a site, lapses on its date
    held = term_end("A second yard at Carrow Quay is held on option until 30 April 2030.")
    assert held is not None and held[0].endswith("held on option") and held[1] == "2030-04"
    assert term_end("The trust has an option on the old bus depot until 2031.") == (
        "The trust has an option",
        "2031-12",
    )
    # options in the plain sense end nothing
    assert term_end("The options were debated at every board until 2029.") is None
