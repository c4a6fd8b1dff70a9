"""Where a goal is said, and what a scenario is about: goals dated by month, a measure's
baseline and target on a summary page, moments labelled "Moment 1", groups a deck leaves out,
and the goal a pilot site's scenario is watched by. The sentences are invented."""

from __future__ import annotations

from agent.engines.rules.scenarios import choose_scenarios, pillar_scenarios
from agent.engines.rules.visions import find_visions
from schemas.plan import Measure, Source, Vision
from tests.decks import goal, slide_deck

COVER = ("Every Stop Matters 2028-2030", ["Board paper, March 2028"])


def test_a_goal_opened_by_a_month_and_year_is_a_dated_goal() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "What riders should be able to rely on",
                [
                    "The ferry service the coast never has to think twice about.",
                    "By October 2030, every harbour we serve will have a morning and an "
                    "evening sailing to the mainland on every weekday.",
                    "Today two harbours have an evening sailing only in summer.",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("By October 2030, every harbour") for t in texts), texts
    assert not any(t.startswith("Today two harbours") for t in texts)


def test_a_summary_page_that_gives_baseline_target_and_date_is_where_the_goal_is_said() -> None:
    """A page of key results at a glance ("Weekly boardings: 210,000 to 260,000 by Q4 2029")
    says each goal in full before the objective pages restate it: every one is cited there,
    a count as much as a percentage."""
    deck = slide_deck(
        [
            COVER,
            (
                "2028-2029 key results at a glance",
                [
                    "Punctual sailings: 74% to 90% by Q4 2029",
                    "Weekly boardings: 210,000 to 260,000 by Q4 2029",
                    "Electric vessels in service: 2 to 9 by Q4 2029",
                ],
            ),
            (
                "A service people choose",
                [
                    "Grow weekly boardings from 210,000 to 260,000 by Q4 2029.",
                    "Lift punctual sailings from 74% to 90% by Q4 2029.",
                ],
            ),
            ("A cleaner fleet", ["Grow electric vessels in service from 2 to 9 by Q4 2029."]),
        ]
    )
    found = {v.text.split(":")[0]: v.source for v in find_visions(deck)}
    for name in ("Punctual sailings", "Weekly boardings", "Electric vessels in service"):
        assert name in found, found
        assert found[name].slide == 2, (name, found[name])


def test_moments_labelled_by_number_and_what_the_plan_leaves_out() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Two moments this plan is built around",
                [
                    "Moment 1",
                    "A family adding a heat pump on a street we cannot monitor",
                    "Moment 2",
                    "The winter evening peak on streets full of home chargers",
                    "Not in this plan",
                    "New estates built by independent connection providers",
                    "Street lighting and other unmetered supplies",
                ],
            ),
        ]
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert any("heat pump" in n for n in names), names
    assert not any("independent connection" in n or "Street lighting" in n for n in names)


def test_a_scenario_list_stops_where_the_deck_says_what_is_out_of_scope() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Scenarios",
                [
                    "A commuter boarding at the harbour before 7am",
                    "A visitor with luggage changing at the interchange",
                    "Out of scope",
                    "Freight customers booking vehicle decks",
                ],
            ),
        ]
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert any("commuter" in n for n in names), names
    assert not any("Freight" in n for n in names), names


def test_how_a_moment_is_today_and_will_be_is_no_moment_of_its_own() -> None:
    """Under each moment, "Today: ..." and "With <the plan's name>: ..." say how it is now and
    how it will be: detail of the moment above, never a scenario."""
    deck = slide_deck(
        [
            COVER,
            (
                "Three moments we are designing for",
                [
                    "A nurse collecting a pool car before the depot opens",
                    "Today: keys left in a locked box, or a wait until 8am.",
                    "With Every Stop: the car unlocks from the phone from 6am.",
                    "A visitor dropping a hire car at another harbour",
                    "Today: the car waits where it is left until someone rings round.",
                    "With Every Stop: the move list sends it where it is next booked.",
                ],
            ),
        ]
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert any("nurse collecting a pool car" in n for n in names), names
    assert not any(n.startswith(("Today", "With Every Stop")) for n in names), names


def test_the_things_a_plan_is_built_around_are_its_scenarios_not_the_line_on_how() -> None:
    """ "Four trips we plan around", the line under it saying how they are used, then the trips
    and what is out of scope."""
    deck = slide_deck(
        [
            COVER,
            (
                "Four trips we plan around",
                [
                    "We check every change against four trips",
                    "A school run from the estate to the harbour before 8am",
                    "A hospital visit from the islands on a winter weekday",
                    "A late return from the city after an evening shift",
                    "A day trip with a bicycle in the summer",
                    "Not in scope",
                    "Charter sailings booked by tour operators",
                ],
            ),
        ]
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert any(n.startswith("A school run") for n in names), names
    assert not any(n.startswith("We check") or "Charter" in n for n in names), names


def _measured(vid: str, text: str, metric: str) -> Vision:
    vision = goal(vid, text, 6)
    vision.measure = Measure(metric=metric, target="6", source=Source(file="deck.pptx", slide=6))
    return vision


def test_at_the_pilot_a_pillar_is_watched_by_the_goal_measured_there() -> None:
    """The pilot stand's scenario is measured by the goal the deck sets for that stand
    ("Median bar queue, North Stand"), when the pillar's work speaks of it; a pillar whose
    work does not keep its own measure."""
    deck = slide_deck(
        [
            COVER,
            (
                "Three pillars, one matchday",
                [
                    "1. Get in, get served",
                    "Entry, the bars and paying by card",
                    "2. Safe every time",
                    "Stewarding and the safety certificate",
                    "3. Keep them coming back",
                    "Season tickets and renewals",
                ],
            ),
            (
                "Pillar 1: Get in, get served",
                ["Put card-only tills in every bar of the ground", "Cut the half-time bar menu"],
            ),
            (
                "Pillar 2: Safe every time",
                ["Train every new steward to Level 2", "Recruit 40 more stewards"],
            ),
            ("Pillar 3: Keep them coming back", ["Offer renewals by monthly direct debit"]),
            (
                "Why the North Stand first",
                ["We pilot card-only bars first in the North Stand, on league matchdays."],
            ),
        ]
    )
    visions = [
        _measured(
            "V1", "Card payments at the bars from 50% to 95% by 2030", "Bar sales paid by card"
        ),
        _measured(
            "V2",
            "Median bar queue in the North Stand from 12 to 5",
            "Median bar queue, North Stand",
        ),
        _measured(
            "V3", "Stewards trained to Level 2 from 60% to 90%", "Stewards trained to Level 2"
        ),
    ]
    contexts = {s.name: (s.context, s.vision_ids) for s in pillar_scenarios(deck, visions)}
    served = next(v for k, v in contexts.items() if k.startswith("Get in, get served"))
    assert "measured by Median bar queue, North Stand" in served[0], contexts
    assert "V2" in served[1]
    safe = next((v for k, v in contexts.items() if k.startswith("Safe every time")), None)
    if safe is not None:
        assert "measured by Median bar queue" not in safe[0], contexts


def test_a_goal_backed_by_a_row_on_its_own_slide_is_not_also_stated_there() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Key results at a glance",
                [
                    "Punctual sailings: 74% to 90% by Q4 2029",
                    "Electric vessels in service: 2 to 9 by Q4 2029",
                    "Complaints per 1,000 sailings: 14 to 6 by Q4 2029",
                ],
            ),
        ]
    )
    for vision in find_visions(deck):
        assert vision.source not in vision.also_stated, vision


def test_a_date_a_lead_in_or_a_body_s_dated_decision_is_no_goal() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Recall by need",
                [
                    "By the end of September 2028 we will",
                    "By the end of June 2027",
                    "By September 2028 the Clinical Audit Committee will approve one protocol "
                    "for every clinic",
                    "By March 2030, every clinic will offer a routine appointment within ten "
                    "working days",
                    "By 2029 the Patient Portal will show every result within 24 hours",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith(("By the end of", "By September 2028")) for t in texts), texts
    assert any(t.startswith("By March 2030, every clinic") for t in texts), texts
    assert any(t.startswith("By 2029 the Patient Portal") for t in texts), texts


def test_year_columns_named_on_one_slide_take_the_dates_another_slide_gives() -> None:
    """ "Year 1: Connect | Year 2: Consolidate" heads a table of work with no dates; another
    slide says "Year 1 runs April 2027 to March 2028": the phases keep the names, and the
    dating sentence names none."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import table_block

    deck = slide_deck(
        [
            ("Joined Up 2027-2030", ["Board paper, February 2027"]),
            (
                "How the three years run",
                [
                    "A three-year, £9.8m programme from April 2027",
                    "Year 1 runs April 2027 to March 2028",
                    "Year 2 runs April 2028 to March 2029",
                    "Year 3 runs April 2029 to March 2030",
                ],
            ),
            ("Three years, three steps", []),
        ]
    )
    rows = [
        ["", "Year 1: Connect", "Year 2: Consolidate", "Year 3: Transform"],
        ["One record", "Live at the hub", "Live at two more sites", "Old system switched off"],
        ["Requesting", "Pilot with one network", "Digital requests in 32 practices", "In all 64"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3))
    phases = [(p.name, p.start_week, p.end_week) for p in read_deck_plan(deck).phases]
    assert [n for n, _, _ in phases] == [
        "Year 1: Connect",
        "Year 2: Consolidate",
        "Year 3: Transform",
    ]
    assert phases[1][1] == 52 and phases[2][2] == 156, phases


def test_a_stage_named_by_its_year_keeps_the_year_in_its_name() -> None:
    from agent.planning.deck_plan import read_deck_plan

    deck = slide_deck(
        [
            ("Setting Out 2027-2029", ["Council, December 2026"]),
            (
                "Three years: build, move, grow",
                [
                    "Build, move, grow",
                    "2027: Build",
                    "2028: Move",
                    "2029: Grow",
                    "Choose and build the new membership system",
                    "Members move to the new system; renewal online",
                ],
            ),
        ]
    )
    names = [p.name for p in read_deck_plan(deck).phases]
    assert names == ["2027: Build", "2028: Move", "2029: Grow"], names
