"""A civil-service board paper: numbered paragraphs ("5.7 We will ..."), each item of work
closed by the post that leads it ("Lead: Head of Listing."), priorities introduced as
"Priority 1" over their name and aim, and a first-100-days list of lettered items. Made-up
wording, no eval deck's sentences (issue 11: the deck's own plan, in its words)."""

from __future__ import annotations

from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck

SLIDES = [
    ("Faster Permits 2031", ["Tarnby Borough Council", "Cabinet, 3 November 2027"]),
    (
        "3. Our ambition",
        ["3.1 By March 2031, nine in ten householder permits will be decided within eight weeks."],
    ),
    (
        "4. Three priorities",
        [
            "4.1 The programme has three priorities, each led from the management team.",
            "Priority 1",
            "4.2 Decide faster. Bring householder permits back within eight weeks.",
            "Priority 2",
            "4.3 One online case. Every application lives in one case file from start to end.",
            "Priority 3",
            "4.4 Help at the counter. People who cannot apply online still get a decision.",
        ],
    ),
    (
        "4. Three priorities: what we will do",
        [
            "Priority 1 - Decide faster",
            "4.5 We will hire two planning officers on fixed terms to clear the backlog. "
            "Lead: Head of Planning.",
            "4.6 We will check every new application for missing papers within three days.",
            "Lead: Validation Team Leader.",
            "Priority 2 - One online case",
            "4.7 We will move every open application onto the new case system. Lead:",
            "Head of Digital Services.",
            "4.8 We will let applicants see their case online.",
        ],
    ),
    (
        "6. The first 100 days",
        [
            "6.1 From 1 April 2028, in the first 100 days, we will:",
            "(a) appoint the programme manager;",
            "(b) agree the 2027/28 baselines with the planning team;",
            "(c) sign the case system contract; and",
            "(d) brief the agents' forum on the new validation checks.",
        ],
    ),
    (
        "7. Decisions sought",
        [
            "7.1 Cabinet is asked to:",
            "(a) approve Faster Permits 2031 and its three priorities;",
            "(b) release £0.6m for 2028/29; and",
            "(c) note the risks in section 5.",
        ],
    ),
]


def _plan():  # type: ignore[no-untyped-def]
    return read_deck_plan(slide_deck(SLIDES))


def test_the_priorities_are_named_by_their_word_and_number() -> None:
    plan = _plan()
    assert plan.pillars[:3] == ["Decide faster", "One online case", "Help at the counter"]
    # their names and aims are no work
    assert not [c.title for c in plan.commitments if c.title.startswith(("Priority", "Decide"))]


def test_numbered_paragraphs_are_the_decks_work_with_the_lead_it_names() -> None:
    plan = _plan()
    work = {c.title: c for c in plan.commitments if c.kind == "initiative"}
    hire = next(c for t, c in work.items() if t.startswith("Hire two planning officers"))
    assert hire.lead == "Head of Planning" and hire.pillar == "Decide faster"
    assert "Lead" not in hire.title and "4.5" not in hire.text
    check = next(c for t, c in work.items() if t.startswith("Check every new application"))
    assert check.lead == "Validation Team Leader"
    move = next(c for t, c in work.items() if t.startswith("Move every open application"))
    assert move.lead == "Head of Digital Services" and move.pillar == "One online case"
    see = next(c for t, c in work.items() if t.startswith("Let applicants see their case"))
    assert see.lead is None
    assert "Head of Planning" in plan.leads


def test_lettered_items_of_the_first_100_days_are_milestones_in_their_words() -> None:
    plan = _plan()
    firsts = [c.title for c in plan.commitments if c.kind == "milestone"]
    assert "Appoint the programme manager" in firsts, firsts
    assert "Sign the case system contract" in firsts, firsts
    assert "Brief the agents' forum on the new validation checks." in firsts, firsts


def test_the_decisions_a_paper_seeks_are_its_asks() -> None:
    asks = [c.title for c in _plan().commitments if c.kind == "ask"]
    assert "Approve Faster Permits 2031 and its three priorities" in asks, asks
    assert "Release £0.6m for 2028/29" in asks, asks


def test_a_page_of_pledges_is_work_not_goals() -> None:
    from agent.engines.rules.visions import find_visions

    texts = [v.text for v in find_visions(slide_deck(SLIDES))]
    assert any("nine in ten householder permits" in t for t in texts), texts
    assert not [t for t in texts if "We will" in t or "planning officers" in t], texts
