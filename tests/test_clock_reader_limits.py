"""Where this round's clock, goal, scenario, pilot and roster readers stop: each case an over-
or under-reach an independent review of them found, kept so that it stays fixed. The
sentences are invented."""

from __future__ import annotations

from agent.context._extract import _consult_only, parse_role_line
from agent.engines.rules.scenarios import choose_scenarios
from agent.engines.rules.visions import find_visions
from agent.knowledge import timeline
from agent.planning import _phases
from agent.planning.deck_plan import _past_the_plan, read_deck_plan
from tests.decks import slide_deck

COVER = ("Care Closer 2028-2031", ["Board paper, March 2028"])


def _texts(deck) -> list[str]:  # type: ignore[no-untyped-def]
    return [v.text for v in find_visions(deck)]


def test_work_that_starts_later_or_beyond_is_still_work() -> None:
    assert _past_the_plan("Later (2031+)") and _past_the_plan("Beyond FY29")
    for work in (
        "Later opening hours at the repairs hub",
        "Future-proof the repairs van fleet",
        "Beyond the city: two rural depots",
        "Free handyperson visits for tenants aged 75+",
    ):
        assert not _past_the_plan(work), work


def test_a_post_that_chairs_a_panel_or_is_consulted_is_still_a_post() -> None:
    assert not _consult_only(
        [],
        (),
        "Chairs the supplier panel and owns the procurement pipeline. Consulted on "
        "every contract over £100k.",
        name="Head of Procurement",
    )
    assert not _consult_only(
        [], (), "Leads no work on procurement; owns the delivery plan", name="Project Manager"
    )
    assert _consult_only(
        [], (), "Speaks for members. Consulted; leads no council work.", name="Staff Forum"
    )


def test_outcomes_not_targets_and_a_context_sentence_keep_the_goals() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Outcomes, not targets",
                [
                    "Every tenant lives in a warm, dry home by 2031",
                    "For context, the national average is 78%.",
                    "No family waits more than 8 weeks for a repair by 2030",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert any(t.startswith("Every tenant lives") for t in texts)
    assert any(t.startswith("No family waits") for t in texts)


def test_a_pilot_or_a_saving_in_the_summary_sets_no_length() -> None:
    for said in (
        "We start with a six-month pilot from 1 May 2028 in two wards.",
        "We will save £2m over two financial years from April 2028.",
    ):
        deck = slide_deck(
            [("Care Closer 2028-2031", [said]), ("Roadmap", ["Phase 1: Build (2028)"])]
        )
        assert read_deck_plan(deck).horizon_weeks == 208, said


def test_phases_that_overlap_a_little_are_still_the_phases() -> None:
    deck = slide_deck(
        [
            ("Care Closer 2028-2029", ["Board paper"]),
            (
                "Roadmap",
                [
                    "Discover: January to June 2028",
                    "Build: April to December 2028",
                    "Run: January to December 2029",
                ],
            ),
        ]
    )
    assert len(read_deck_plan(deck).phases) == 3


def test_a_goal_lists_asides_and_labelled_goals_stay_apart() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Warm homes",
                [
                    "Targets",
                    "2,000 homes insulated by 2030",
                    "Budget: £2.4m capital over three years from the housing revenue account",
                    "Owner-occupiers: 1,500 homes brought to EPC C by 2031",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert not any(t.startswith("Budget") for t in texts)
    assert any(t.startswith("Owner-occupiers: 1,500 homes") for t in texts)


def test_a_season_inside_one_year_and_a_financial_year_said_too() -> None:
    assert timeline.fiscal_year(["Our racing season runs from March to November."]) is None
    both = [
        "Our concert season runs from September to June.",
        "Our financial year runs April to March.",
    ]
    assert timeline.fiscal_year(both) == (4, 1)
    assert timeline.fiscal_year(list(reversed(both))) == (4, 1)


def test_phases_dated_by_months_keep_their_end_past_the_window() -> None:
    deck = slide_deck(
        [
            ("Care Closer", ["A two-year plan, April 2028 to March 2030"]),
            (
                "Roadmap",
                [
                    "Phase 1: Build (April 2028 to December 2029)",
                    "Phase 2: Handover (January 2030 to May 2030)",
                ],
            ),
        ]
    )
    assert round(read_deck_plan(deck).phases[-1].end_week) > 104


def test_days_before_a_colon_are_milestones_and_names_are_not_work() -> None:
    assert _phases._stage_of("12 May 2028: Board decision", 2028) is None
    assert _phases._stage_of("2029: Half the fleet electric", 2028) is not None
    assert _phases._CRITERIA_TAIL.sub("", "Phase 1 (2028): Agree acceptance criteria") == (
        "Phase 1 (2028): Agree acceptance criteria"
    )
    deck = slide_deck(
        [
            ("Care Closer 2028-2030", ["Board paper"]),
            ("Three years", ["Year 1 2028", "Year 2 2029", "Year 1: hire 20 nurses for the hub"]),
        ]
    )
    assert not [p for p in read_deck_plan(deck).phases if "nurses" in p.name]


def test_goals_beside_gates_or_before_a_match_are_goals() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Our 2031 goals and the go/no-go points",
                ["Cut repair waits from 20 days to 8 days by 2030"],
            ),
            (
                "Matchdays",
                ["Before every home match", "Queues at every kiosk under five minutes by 2030"],
            ),
            (
                "Goals",
                [
                    "Become a net zero council by 2035",
                    "Goals",
                    "Halve emissions from our fleet by 2030",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert any(t.startswith("Cut repair waits") for t in texts)
    assert any("Queues at every kiosk" in t for t in texts)
    assert any(t.startswith("Become a net zero council") for t in texts)


def test_places_named_in_ing_and_times_named_with_a_weekday() -> None:
    deck = slide_deck([COVER, ("Kettering depot: proving it first", ["Four vans and their crews"])])
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Kettering depot"
    deck = slide_deck(
        [COVER, ("Where we start", ["We stream first on Thursday Evenings at the Corn Exchange"])]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is None or "Evenings" not in pilot.name


def test_moment_labels_and_section_numbers_and_a_heading_of_who_designed_it() -> None:
    deck = slide_deck(
        [
            COVER,
            ("Our ambition", ["Every report fixed within a week, 95% by 2030"]),
            (
                "Three moments this plan is about",
                [
                    "01 · FOCUS",
                    "1 · A resident renewing a parking permit online",
                    "2 · A tenant reporting a broken boiler at night",
                    "3 · A parent applying for a school place",
                ],
            ),
        ],
        bullets=False,
    )
    chosen = choose_scenarios(deck, [])
    names = [s.name for s in chosen]
    assert names[0] == "A resident renewing a parking permit online"
    assert "FOCUS" not in " ".join(names)
    # no goal to serve and no signal: the reason says where the scenario comes from, no more
    assert not any(s.rationale.endswith(("; ", ";")) for s in chosen), chosen


def test_a_numbered_list_of_counts_keeps_its_numbers() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "What we will build",
                [
                    "1 New hospital for the east of the county by 2031",
                    "2 Community diagnostic centres open by 2029",
                    "3 Urgent treatment centres open seven days a week by 2030",
                ],
            ),
        ],
        bullets=False,
    )
    assert any(t.startswith("2 Community diagnostic centres") for t in _texts(deck))


def test_a_quarter_range_into_the_next_year_and_one_off_events() -> None:
    with timeline.fiscal((2, 0)):
        span = timeline.parse_label("FY28 Q4-Q1", start_year=2028)
    assert span is not None and span.end > span.start
    assert timeline.defined_periods(["Each year the review takes place in March."]) == ()
    assert timeline.defined_periods(["The festival is held in July, 2029."]) == ()
    assert timeline.defined_periods(["The summer festival runs in July."]) == (("festival", 7, 7),)


def test_a_budget_line_sets_no_window_and_a_sponsor_line_naming_a_post_keeps_it() -> None:
    deck = slide_deck(
        [
            ("Care Closer", ["Board paper"]),
            ("Why", ["Waits are long."]),
            ("What", ["Every patient seen in a week"]),
            ("Money", ["This plan covers the 2028/29 budget: April 2028 to March 2029."]),
            ("Roadmap", ["Phase 1: Fix (2028)", "Phase 2: Grow (2029)"]),
        ]
    )
    assert read_deck_plan(deck).horizon_weeks != 52
    kept = parse_role_line("Sponsor: Director of Finance, who holds the budget", source="p.md")
    assert kept is not None


def test_a_second_review_of_the_fold() -> None:
    """Forms a second review found the fold had narrowed too far, or not far enough."""
    from agent.context._extract import _comma_posts
    from agent.knowledge.kpis import tiles

    # a row of big numbers under capital labels is a row of tiles, not page numbers
    row = ["85%", "CALLS ANSWERED IN 3 MINUTES", "12", "NEW COMMUNITY HUBS", "40", "WARDS COVERED"]
    assert len(tiles(row)) == 3
    # a plan's length said with its cost is still its length
    deck = slide_deck([("Care Closer", ["This £12m plan runs for three years from April 2028."])])
    assert read_deck_plan(deck).horizon_weeks == 156
    # a day before a colon dates a milestone, however many digits it has
    assert _phases._stage_of("14 July 2028: Contract signed", 2028) is None
    # a bare lane head past the plan is no work; a figure that is no period keeps work
    assert _past_the_plan("Deferred") and _past_the_plan("On hold")
    assert not _past_the_plan("Future-proof 40 vans")
    # two senior posts each titled in full are two
    assert _comma_posts("Chief Nurse and Medical Director") == ["Chief Nurse", "Medical Director"]
    assert _consult_only([], (), "Leads no work; consulted on the plan", name="Carers Forum")
    assert not _consult_only([], (), "Consulted on pay.", name="Head of Union Relations")


def test_a_second_review_of_the_fold_on_decks() -> None:
    deck = slide_deck(
        [
            COVER,
            (
                "Warm homes",
                [
                    "Goals",
                    "2,000 homes insulated by 2030",
                    "Lead officer: Head of Housing Standards",
                ],
            ),
            (
                "Where we want to be",
                [
                    "1 Every home warm and dry by 2031",
                    "2 Every repair done in a week",
                    "3 Every tenant heard",
                ],
            ),
        ],
        bullets=False,
    )
    texts = _texts(deck)
    assert not any(t.startswith("Lead officer") for t in texts)
    assert any(t.startswith("Every home warm and dry") for t in texts)
    deck = slide_deck(
        [COVER, ("Starting Small: one district first", ["Four wards and their teams"])]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is None or "Starting" not in pilot.name
    deck = slide_deck(
        [
            COVER,
            ("Our ambition", ["Every request answered in a day, 95% by 2030"]),
            (
                "Who we designed the new service for",
                [
                    "Parking",
                    "A resident renewing a permit on their phone",
                    "Housing",
                    "A tenant reporting a broken boiler at night",
                ],
            ),
        ],
        bullets=False,
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert names[0].startswith("Parking") and names[1].startswith("Housing"), names
    deck = slide_deck(
        [
            COVER,
            (
                "Pillar 2: data we can trust",
                [
                    "What we will do",
                    "Recruit two roles by May 2028: the Data Manager and the Data Analyst",
                    "Call every lapsed customer within a week",
                    "Leads: Trade counter referrals; Web enquiries",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert not [c for c in plan.commitments if c.lead and "Data Manager" in c.lead]
    assert not [c for c in plan.commitments if c.lead and "referrals" in c.lead]


def test_cards_headed_by_group_and_service_under_a_line_that_counts_them() -> None:
    """ "Four sectors, one service each: where a failure costs a client's trust fastest" over
    cards headed "Schools · allergens", "Hospitals · ward ordering": the cards are the
    scenarios, the line that counts them is none."""
    deck = slide_deck(
        [
            COVER,
            ("Our ambition", ["Every meal safe and on time, 99% by 2031"]),
            (
                "Who this plan is for first",
                [
                    "Four sectors, one service each: where a failure costs a client's trust",
                    "Schools · allergens",
                    "A primary school cook serving a child with a declared allergy",
                    "Hospitals · ward ordering",
                    "A ward host taking a patient's lunch choice at the bedside",
                    "Offices · pre-order on the app",
                    "An office worker pre-ordering lunch with the allergen filter on",
                ],
            ),
        ],
        bullets=False,
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert not any(n.startswith("Four sectors") for n in names), names
    assert any(n.startswith("Schools") for n in names), names
