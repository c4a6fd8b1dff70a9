"""A board paper that never says "pillar": its priorities named in one summary sentence, each
detailed on a slide titled in other words, a first-100-days list in a plain text box, risks
and responses in two columns of one-line boxes, and its decisions under a "DECISIONS"
eyebrow (issue 11, the deck's own plan first). Made-up wording, no eval deck's sentences."""

from __future__ import annotations

from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck

SLIDES = [
    ("Clean Streets 2030", ["Northmoor Council: street cleansing strategy, 2027 to 2030"]),
    (
        "In brief",
        [
            "Three priorities: sweep on a schedule residents can see, clear fly-tips in a day, "
            "and know every street's condition.",
            "Proved in Eastgate ward from September 2027.",
        ],
    ),
    (
        "Sweep on a published schedule",
        [
            "Publish a sweeping calendar for every street on the council website.",
            "Move the mechanical sweepers onto fixed four-week rounds.",
        ],
    ),
    (
        "Fly-tips cleared within one day",
        [
            "A photo-reporting form that routes each fly-tip straight to the crew's tablet.",
            "A dedicated fly-tip crew in each of the three depots.",
        ],
    ),
    (
        "Condition of every street, known",
        ["A quarterly litter survey of every street, scored on the national grades."],
    ),
    (
        "Our first 100 days",
        [
            "Appoint the Clean Streets programme manager.",
            "Recruit the three fly-tip crews.",
            "Sign the Eastgate pilot plan with the ward councillors.",
            "Agree the survey grades with the Environment Scrutiny Committee.",
        ],
    ),
    ("Pilot: Eastgate ward", ["Runs September 2027 to March 2028 with the Eastgate crews."]),
    (
        "What could get in the way",
        [
            "RISKS",
            "Risk",
            "Response",
            "Crews cannot be recruited in time",
            "Residents ignore the published schedule",
            "Agency crews on fixed-term contracts while we recruit",
            "Leaflets with each round's dates, delivered to every door",
        ],
    ),
    (
        "What we ask of Cabinet today",
        ["DECISIONS", "Approve Clean Streets 2030.", "Release £2.1m for the first year."],
    ),
]


def _plan():  # type: ignore[no-untyped-def]
    return read_deck_plan(slide_deck(SLIDES, bullets=False))


def test_priorities_named_in_a_sentence_are_the_pillars_their_slides_detail() -> None:
    plan = _plan()
    assert plan.pillars == [
        "Sweep on a schedule residents can see",
        "Clear fly-tips in a day",
        "Know every street's condition",
    ]
    by_pillar = {c.title: c.pillar for c in plan.commitments if c.kind == "initiative"}
    assert by_pillar["Move the mechanical sweepers onto fixed four-week rounds."] == plan.pillars[0]
    assert any(p == plan.pillars[1] for p in by_pillar.values())
    assert any(p == plan.pillars[2] for p in by_pillar.values())


def test_a_first_100_days_list_without_bullet_marks_is_the_decks_milestones() -> None:
    milestones = [c.title for c in _plan().commitments if c.kind == "milestone"]
    assert "Recruit the three fly-tip crews." in milestones
    assert len(milestones) == 4


def test_risks_and_responses_read_column_by_column_are_paired() -> None:
    risks = {c.title: c.text for c in _plan().commitments if c.kind == "risk"}
    assert risks == {
        "Mitigate: Crews cannot be recruited in time": (
            "Agency crews on fixed-term contracts while we recruit"
        ),
        "Mitigate: Residents ignore the published schedule": (
            "Leaflets with each round's dates, delivered to every door"
        ),
    }


def test_decisions_under_an_eyebrow_are_the_decks_asks_short_or_long() -> None:
    asks = [c.title for c in _plan().commitments if c.kind == "ask"]
    assert asks == ["Approve Clean Streets 2030.", "Release £2.1m for the first year."]


def test_signing_the_pilot_plan_prepares_the_pilot_it_is_not_the_pilot() -> None:
    plan = _plan()
    assert plan.pilot is not None and plan.pilot.name == "Eastgate"
    piloted = [c for c in plan.commitments if c.pilot]
    assert piloted and all("pilot plan" not in c.text.lower() for c in piloted)
    assert piloted[0].source.slide == 7


def test_a_range_across_years_written_in_full_is_one_label() -> None:
    from agent.knowledge import timeline

    span = timeline.parse_label("September 2027 to August 2028", start_year=2027)
    assert span is not None and span.absolute
    assert round(span.start / timeline.WEEKS_PER_MONTH) == 8  # from the start of September
    assert round(span.end / timeline.WEEKS_PER_MONTH) == 20  # to the end of August 2028


def _phases_of(lines: list[str]):  # type: ignore[no-untyped-def]
    deck = slide_deck(
        [("Street Care 2030", ["Board paper, January 2027"]), ("Four phases", lines)],
        bullets=False,
    )
    return read_deck_plan(deck)


def test_phase_names_in_a_row_above_their_dated_columns_are_put_back_with_their_dates() -> None:
    plan = _phases_of(
        [
            "Phase A: Design",
            "Phase B: Prove at Eastgate",
            "Phase C: Roll out",
            "March to August 2027",
            "Crew contracts signed",
            "September 2027 to August 2028",
            "Eastgate live, October 2027",
            "Gate: go/no-go, August 2028",
            "September 2028 to August 2029",
            "Every ward on the new rounds",
        ]
    )
    names = [p.name for p in plan.phases]
    assert names == ["Phase A: Design", "Phase B: Prove at Eastgate", "Phase C: Roll out"]
    items = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert items["Crew contracts signed"] == "Phase A: Design"
    assert items["Every ward on the new rounds"] == "Phase C: Roll out"
    gates = [c.phase for c in plan.commitments if c.kind == "gate"]
    assert gates == ["Phase B: Prove at Eastgate"]  # the gate written under its own phase


def test_one_line_of_work_per_phase_read_row_by_row_goes_back_to_its_phase() -> None:
    plan = _phases_of(
        [
            "Stage 1: Stabilise",
            "April to September 2027 (months 1-6)",
            "Stage 2: Spread",
            "October 2027 to September 2028 (months 7-18)",
            "Eastgate pilot; crews recruited; baselines agreed",
            "Every ward on fixed rounds; litter surveys quarterly; depots re-zoned",
        ]
    )
    items = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert items["crews recruited"] == "Stage 1: Stabilise"
    assert items["litter surveys quarterly"] == "Stage 2: Spread"
    assert not any("months" in t for t in items)  # the dates are the phase's span, not work


def test_a_tile_that_counts_a_change_keeps_it_a_change_not_a_level() -> None:
    from agent.planning.commitments import _A_CHANGE

    deck = slide_deck(
        [
            ("Street Care 2030", ["Board paper, January 2027"]),
            (
                "What we will achieve by 2029",
                ["61%", "fewer missed collections", "4,000", "streets graded A"],
            ),
        ],
        bullets=False,
    )
    kpis = {k.metric: k.target for k in read_deck_plan(deck).kpis}
    assert kpis.get("missed collections") == "61% fewer", kpis
    assert _A_CHANGE.search("61% fewer") and not _A_CHANGE.search("61%")


def test_a_long_north_star_leading_its_ambition_slide_is_a_vision_a_list_of_work_is_not() -> None:
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Street Care 2030", ["Board paper, January 2027"]),
            (
                "Where we want to be",
                [
                    "Every street in Northmoor clean, safe and cared for, and every report "
                    "answered the same day by a crew that knows the ward.",
                ],
            ),
            ("Our promise", ["No resident left waiting a week for a fly-tip to be cleared."]),
            (
                "What we will achieve",
                [
                    "Three things that will be true by 2030",
                    "Lead: Director of Neighbourhood Services",
                    "Cut missed bin collections from 1.2% to 0.4% by March 2029.",
                ],
            ),
            (
                "Crews, rounds and tablets",
                [
                    "Replace the paper round sheets with tablets in every cab.",
                    "Integrate the reporting form with the crew scheduling tool.",
                    "Rebuild the sweeping rounds around ward boundaries.",
                ],
            ),
        ],
        bullets=False,
    )
    found = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Every street in Northmoor") for t in found), found
    assert any(t.startswith("No resident left waiting") for t in found), found
    assert not any(t.startswith(("Replace", "Integrate", "Rebuild")) for t in found), found
    assert any(t.startswith("Cut missed bin collections") for t in found), found
    assert not any(t.startswith(("Three things", "Lead:")) for t in found), found


def test_a_measure_named_as_a_change_is_not_reported_as_a_level() -> None:
    from agent.planning.commitments import _CHANGE_NAMED

    assert _CHANGE_NAMED.search("QC headcount reduction")
    assert not _CHANGE_NAMED.search("Reduction in missed collections per round")


def _risks_of(lines: list[str]) -> dict[str, str]:
    deck = slide_deck([("Plan 2030", ["Board paper, 2027"]), ("Risks", lines)], bullets=False)
    return {c.title: c.text for c in read_deck_plan(deck).commitments if c.kind == "risk"}


def test_risk_cells_read_row_by_row_and_mitigation_lines_keep_their_own_pairing() -> None:
    by_row = _risks_of(
        [
            "Risk",
            "Response",
            "Crews cannot be recruited in time",
            "Hire agency crews on fixed terms while we recruit",
            "Residents ignore the schedule",
            "Deliver a leaflet with each round's dates to every door",
        ]
    )
    assert by_row["Mitigate: Crews cannot be recruited in time"].startswith("Hire agency crews")
    labelled = _risks_of(
        [
            "Supplier fails to deliver the tablets",
            "Mitigation: a second supplier on the framework",
            "Crews resist the new rounds",
            "Mitigation: rounds designed with the crew leads",
        ]
    )
    assert labelled == {
        "Mitigate supplier fails to deliver the tablets": "a second supplier on the framework",
        "Mitigate crews resist the new rounds": "rounds designed with the crew leads",
    }


def test_a_decision_rule_and_its_criteria_are_one_gate_and_a_chair_is_no_gate() -> None:
    """ "We will roll out ... only if, by <date>, at <site>:" with one criterion a line, and "The
    board will decide go or no-go in <month>", are the pilot's gate (one, with its criteria);
    a sentence saying who chairs the body that takes the go/no-go is governance, not a gate."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Our ambition", ["By 2029 every parcel arrives on the day we promise"]),
            (
                "Trying it in Leeds first",
                [
                    "We will roll out to every depot only if, by March 2028, at Leeds:",
                    "first-time delivery is at 94% or better;",
                    "cost per parcel is flat or lower.",
                    "The programme board will decide go or no-go in March 2028.",
                    "Hire 40 couriers for the Leeds depot before the peak season",
                ],
            ),
            (
                "Governance",
                [
                    "Our COO chairs the programme board, which meets monthly and takes the go/no-go",
                ],
            ),
        ],
        bullets=False,
    )
    gates = [c for c in read_deck_plan(deck).commitments if c.kind == "gate"]
    assert len(gates) == 1, [(g.title, g.source.slide) for g in gates]
    gate = gates[0]
    assert gate.source.slide == 2 and gate.title.startswith("Go/no-go: Roll out to every depot")
    assert "94% or better" in gate.text and "flat or lower" in gate.text
    assert "decide go or no-go in March 2028" in gate.text


def test_a_rule_that_ends_at_only_if_takes_its_tests_from_the_lines_under_it() -> None:
    """A pilot's steps, then "We extend the trial to every ward only if" on a line of its own
    and one test a line: the report to the board is a step of the work, and the rule with its
    tests is the pilot's one gate, its first test in its title."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Our ambition", ["By 2029 every patient leaves hospital on the day we promise"]),
            (
                "One ward first",
                [
                    "The discharge lounge opens first on Heron ward, from May 2027 to October 2027.",
                    "How the trial runs",
                    "Brief every nurse on Heron ward in the first fortnight",
                    "Order transport home the day before discharge",
                    "Hold a weekly review of each delayed discharge with the ward sister",
                    "Report to the Hospital Board in October 2027 on extending the trial",
                    "We extend the trial to every ward only if",
                    "nine in ten patients leave before noon",
                    "readmissions within 30 days do not rise",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    titles = [c.title for c in plan.commitments if c.kind == "initiative"]
    assert "Report to the Hospital Board in October 2027 on extending the trial" in titles
    gates = [c for c in plan.commitments if c.kind == "gate"]
    assert len(gates) == 1, [(g.title, g.source.slide) for g in gates]
    gate = gates[0]
    assert gate.title.startswith("Go/no-go: Extend the trial to every ward only if nine in ten")
    assert gate.text.endswith("before noon; readmissions within 30 days do not rise"), gate.text


def test_work_that_names_its_month_happens_then() -> None:
    """ "Report to the board in October 2027", "... from January 2028" and "... by June 2028"
    are dated by their own words on the deck's clock (a plan from April 2027); work due by a
    month ends then, whatever follows it ("for delivery from July 2029"); a year alone,
    a date before the plan opens, or work the deck already dated is left as it is. A gate so
    dated is no phase's gate."""
    from agent.planning.deck_plan import (
        Commitment,
        DeckPhase,
        DeckPlan,
        _assign_phases,
        _date_by_own_words,
    )
    from schemas.plan import Source

    src = Source(file="deck.pptx", slide=4)
    said = [
        ("initiative", "Report to the Hospital Board in October 2027 on extending the trial"),
        ("initiative", "Open the second lounge from January 2028"),
        ("gate", "We go to every ward only if delays halve by June 2028"),
        ("initiative", "Order 12 new beds by September 2028, for delivery from July 2029"),
        ("initiative", "Name the ward leads by April 2027"),
        ("initiative", "Halve delayed discharges by 2029/30"),
        ("initiative", "Repeat the audit first run in March 2026"),
        ("risk", "Winter pressure in December 2027 closes the lounge"),
    ]
    plan = DeckPlan(
        start_year=2027,
        horizon_weeks=104,
        origin_week=13.0,
        phases=[DeckPhase(name="Year 1", start_week=0, end_week=52, source=src)],
        commitments=[Commitment(kind=k, title=t, text=t, source=src) for k, t in said]
        + [
            Commitment(
                kind="initiative",
                title="Train the porters in May 2027",
                text="Train the porters in May 2027",
                source=src,
                start_week=40.0,
                end_week=44.0,
            )
        ],
    )
    _date_by_own_words(plan)
    _assign_phases(plan)
    weeks = [
        (round(c.start_week), round(c.end_week)) if c.start_week is not None else None
        for c in plan.commitments
    ]
    assert weeks == [(26, 30), (39, 43), (59, 65), (72, 78), (0, 4), None, None, None, (40, 44)]
    assert [c.phase for c in plan.commitments[:3]] == ["Year 1", "Year 1", None]


def test_a_first_ninety_days_list_without_bullets_reads_every_verb_of_getting_started() -> None:
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    items = [
        "Extend the scheduling licence to the two new depots with the vendor.",
        "Write the validation plan with the quality lead.",
        "Schedule the conveyor work into the August shutdown.",
        "Negotiate the new shift pattern with the works council.",
        "Train the twelve depot supervisors.",
    ]
    deck = slide_deck([("The first 90 days", items)], bullets=False)
    found = [c.text for c in read_deck_plan(deck).commitments if c.kind == "milestone"]
    assert found == [i.rstrip(".") for i in items], found


def test_a_plan_table_flattened_into_lines_gives_one_initiative_a_row() -> None:
    """A PDF flattens "Initiative | Scope | Owner | By" into one line of column names, then one
    line a row: each row is an initiative in the deck's words, the header none."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    rows = [
        "Route planning Dynamic routes for all 40 vans Transport Manager March 2028",
        "Depot scanners Handheld scanners at the three depots IT Lead June 2028",
        "Driver training Every driver trained on the new app Head of People September 2028",
    ]
    deck = slide_deck(
        [
            ("Our ambition", ["By 2029 every parcel arrives on the day we promise"]),
            (
                "Deliver: the depot programme",
                ["WORKSTREAM: DELIVER", "Initiative Scope Owner By", *rows],
            ),
        ],
        bullets=False,
    )
    found = [c.text for c in read_deck_plan(deck).commitments if c.source.slide == 2]
    assert found == rows, found


def test_a_risk_table_answered_how_we_will_manage_it_gives_the_answers_as_work() -> None:
    """ "Risk | Rating | How we will manage it | Owner": the answer column is the work, and a
    risk told as a sentence keeps its capitals and loses its full stop in the task's title."""
    from tests.decks import table_block

    deck = slide_deck([("Plan 2030", ["Board paper, 2027"]), ("Risks", ["What could go wrong"])])
    rows = [
        ["Risk", "Rating", "How we will manage it", "Owner"],
        [
            "The Tessera supplier raises its price when the contract is extended.",
            "Amber",
            "Agree a fixed price to 2032 through States Procurement before signing.",
            "Head of Finance",
        ],
        ["Sitting days", "Red", "Use the relief panel of magistrates", "Head of Listing"],
    ]
    deck.units[1].blocks.append(table_block(rows, 2))
    risks = {c.title: c.text for c in read_deck_plan(deck).commitments if c.kind == "risk"}
    assert risks == {
        "Mitigate the risk: The Tessera supplier raises its price when the contract is extended": (
            "Agree a fixed price to 2032 through States Procurement before signing."
        ),
        "Mitigate sitting days": "Use the relief panel of magistrates",
    }, risks


def test_a_pilot_named_with_an_article_is_run_where_the_deck_names_it() -> None:
    """ "Pilot: the new returns flow for women's denim in Austria": its first word names
    nothing, so work later in the deck that says "the pilot" ("Sign the carrier contract
    before the pilot") is not the pilot's; the pilot slide is where it runs."""
    deck = slide_deck(
        [
            ("Fit for Keeps 2031", ["Board, January 2029"]),
            (
                "Pilot: the new returns flow for women's denim in Austria",
                ["1 September 2029 to 31 January 2030", "Austria is 11% of our orders"],
            ),
            (
                "Our first 90 days",
                ["Sign the carrier contract before the pilot", "Hire two graders for Grünhelm"],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.pilot is not None and plan.pilot.source.slide == 2, plan.pilot
    assert [c.source.slide for c in plan.commitments if c.pilot] == [2]


def test_a_year_range_counted_inclusively_does_not_outrun_phases_that_open_mid_year() -> None:
    """ "Biosecurity plan 2029-2032" counted year by year is four years; phases from July 2029
    to June 2032 say the plan runs three."""
    deck = slide_deck(
        [
            ("Holding the line: biosecurity plan 2029-2032", ["Council, 26 June 2029"]),
            (
                "Three phases",
                [
                    "Phase 1: Set up",
                    "Phase 2: Prove it",
                    "Phase 3: Go region-wide",
                    "July 2029 to June 2030",
                    "July 2030 to June 2031",
                    "July 2031 to June 2032",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert plan.phases and max(p.end_week for p in plan.phases) <= 157, plan.phases
    assert plan.horizon_weeks is not None and plan.horizon_weeks <= 157, plan.horizon_weeks


def test_a_capital_request_to_support_and_a_sum_to_note_are_asks_a_plain_note_is_none() -> None:
    # The readers back a later request and take note of money or a decision that comes back to
    # them: both are their decisions. A note that only informs asks them nothing.
    deck = slide_deck(
        [
            ("Harbour Works 2030", ["Port board paper, March 2027"]),
            (
                "What we ask the Port Board to do",
                [
                    "Approve Harbour Works 2030 and its three-year roadmap.",
                    "Support the £6.4m quay capital request at the Board in June 2027.",
                    "Note that the £3.1m for year two comes to next year's budget round.",
                    "Note that $2.4M for the ferry berth will be requested at the next gate.",
                    "Note that talks with the pilots' association open in April 2027.",
                    "Note that closing the old ferry office will come back to the Board as a key decision.",
                    "Amend the berthing bylaw so that cruise calls can be booked online.",
                    "The Harbour Master, as executive sponsor, chairs the programme board.",
                ],
            ),
        ]
    )
    asks = [c.title for c in read_deck_plan(deck).commitments if c.kind == "ask"]
    assert any(a.startswith("Support the £6.4m quay capital request") for a in asks), asks
    assert any(a.startswith("Note that the £3.1m for year two") for a in asks), asks
    assert any(a.startswith("Note that $2.4M for the ferry berth") for a in asks), asks
    assert any(a.startswith("Amend the berthing bylaw") for a in asks), asks
    assert any(a.startswith("Note that closing the old ferry office") for a in asks), asks
    assert not any("pilots' association" in a or "sponsor" in a for a in asks), asks


def test_a_slide_titled_we_ask_the_body_to_holds_the_asks() -> None:
    deck = slide_deck(
        [
            ("Open Libraries 2030", ["Library service plan, 2027 to 2030"]),
            (
                "We ask the Trust Board to:",
                [
                    "1. Approve Open Libraries 2030 as the service plan for 2027 to 2030",
                    "2. Release the first-year budget of £1.2m",
                    "3. Delegate decisions between reviews to the Head of Libraries",
                ],
            ),
        ],
        bullets=False,
    )
    asks = [c.title for c in read_deck_plan(deck).commitments if c.kind == "ask"]
    assert len(asks) == 3 and asks[1] == "Release the first-year budget of £1.2m", asks


def test_a_slide_that_asks_the_body_for_its_decisions_holds_the_asks() -> None:
    """ "We ask the Board for three decisions today" opens the asks as "We ask the Board to"
    does; it is none of them."""
    deck = slide_deck(
        [
            ("Harbour Renewal 2031", ["Port operations plan, 2028 to 2031"]),
            (
                "We ask the Port Board for three decisions today",
                [
                    "Approve Harbour Renewal 2031 and its five measures.",
                    "Approve £12.6m over three years for the quay works.",
                    "Confirm the Harbour Master as sponsor of the programme.",
                ],
            ),
        ],
        bullets=False,
    )
    asks = [c.title for c in read_deck_plan(deck).commitments if c.kind == "ask"]
    assert len(asks) == 3 and asks[1].startswith("Approve £12.6m over three years"), asks


def test_governance_structure_is_no_task_a_rhythm_or_a_decision_over_work_is() -> None:
    """On a governance slide, who sponsors, who sits, when the board meets and what gates it
    takes, who is heard and where capital goes say how the plan is governed: they are kept as
    the plan's governance, not tasks. A rhythm named as an event and a sign-off over a piece of
    the plan's work are tasks."""
    deck = slide_deck(
        [
            ("Our ambition", ["By 2030 every ferry sails within five minutes of its time"]),
            (
                "Governance and who decides",
                [
                    "Sponsor: Priya Nair, Chief Executive, who answers to the Board for the plan.",
                    "The delivery board meets every four weeks and takes Gates 1 to 3.",
                    "Members: fleet, ports, finance and customer service",
                    "The crew council is heard before each gate.",
                    "Capital over £2m goes to the group investment committee.",
                    "Timetable call · weekly: port managers go through every late sailing",
                    "Marine Safety Group: chaired by the Fleet Director; signs off the safety case before each route change",
                    "Pillar leads: the Fleet Director, the Head of Ports and the Head of Customer Service",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    kept = [c.title for c in plan.governance]
    assert any(t.startswith("Sponsor: Priya Nair") for t in kept), kept
    assert any(t.startswith("The delivery board meets") for t in kept), kept
    assert any(t.startswith("The crew council is heard") for t in kept), kept
    assert any(t.startswith("Capital over £2m") for t in kept), kept
    work = [c.title for c in plan.commitments if c.kind == "governance"]
    assert any(t.startswith("Timetable call") for t in work), work
    safety = next(c for c in plan.commitments if c.title.startswith("Marine Safety Group"))
    assert safety.kind == "governance" and "Pillar leads" not in safety.text, safety
    assert not any(t.startswith(("Sponsor", "The delivery board", "Capital")) for t in work), work


def _sponsor_over_a_board():  # type: ignore[no-untyped-def]
    """A governance slide: the sponsor's sentence over a board's line with its cadence."""
    return slide_deck(
        [
            ("Our ambition", ["By 2030 every ferry sails within five minutes of its time"]),
            (
                "Governance and who decides",
                [
                    "Sponsor: Priya Nair, Chief Executive, who answers to the Board for the plan.",
                    "Delivery Board: chaired by the Fleet Director; fortnightly in season.",
                ],
            ),
        ],
        bullets=False,
    )


def test_the_plans_governance_quotes_the_decks_line_as_written() -> None:
    """The sponsor's line is quoted as the deck wrote it, without the cadence the reader took
    from the line below it."""
    from agent.planning.plan import assemble_plan
    from schemas.context import OrgContext

    plan = read_deck_plan(_sponsor_over_a_board())
    state = {"org": OrgContext(root="org"), "deck_plan": plan}
    quoted = [g.text for g in assemble_plan(state, "rules", None).governance]  # type: ignore[arg-type]
    assert "Sponsor: Priya Nair, Chief Executive, who answers to the Board for the plan." in quoted
    assert not any("fortnightly" in q for q in quoted if q.startswith("Sponsor")), quoted


def test_a_governance_line_survives_a_checkpoint() -> None:
    """A resumed run reads the deck's plan back from its checkpoint: the line a governance
    statement was judged and quoted by comes back with it."""
    from agent.planning.deck_plan import DeckPlan

    plan = read_deck_plan(_sponsor_over_a_board())
    back = DeckPlan.model_validate_json(plan.model_dump_json())
    assert [c.line for c in back.governance] == [c.line for c in plan.governance]
    assert all(c.line for c in back.governance), back.governance


def test_a_risk_register_with_a_rating_column_pairs_each_risk_with_its_mitigation() -> None:
    """A register read column by column with a rating column between ("Risk", the risks,
    "Rating", the ratings, "Mitigation", the answers) pairs the risks with the answers in
    order; a risk wrapped onto two lines is one; an answer is the risk's work, not an
    initiative of its own as well."""
    deck = slide_deck(
        [
            ("Our ambition", ["By 2030 every ferry sails within five minutes of its time"]),
            (
                "Risks: what could stop us",
                [
                    "Risk",
                    "Storms close the harbour for a week",
                    "We cannot hire enough deckhands",
                    "No reliable sailing log at",
                    "Kelport",
                    "Rating",
                    "High",
                    "Medium",
                    "Medium",
                    "Mitigation",
                    "Agree a relief berth at Tarn Quay with the port authority",
                    "Recruit 12 deckhands through the sea cadets",
                    "Run the paper and digital logs side by side for a month",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    risks = {c.title: c.text for c in plan.commitments if c.kind == "risk"}
    assert risks == {
        "Mitigate: Storms close the harbour for a week": "Agree a relief berth at Tarn Quay with "
        "the port authority",
        "Mitigate: We cannot hire enough deckhands": "Recruit 12 deckhands through the sea cadets",
        "Mitigate: No reliable sailing log at Kelport": "Run the paper and digital logs side by "
        "side for a month",
    }, risks
    assert not [c.title for c in plan.commitments if c.kind == "initiative"], plan.commitments


def test_on_a_pdf_the_pilot_is_the_first_work_of_its_own_page() -> None:
    """A PDF's pages have no slide number: the first work on the page that names the pilot
    outright is the pilot, not a step on a later page that mentions it and is dated earlier."""
    from agent.planning.deck_plan import Commitment, DeckPlan, Pilot, _mark_pilot
    from schemas.plan import Source

    def page(n: int) -> Source:
        return Source(file="paper.pdf", page=n)

    own = Commitment(
        kind="initiative",
        title="Open Brackley's clinics for online booking in May 2028",
        text="Open Brackley's clinics for online booking in May 2028",
        source=page(6),
        section="Pilot: the Brackley district",
        start_week=30.0,
        end_week=34.0,
    )
    later = Commitment(
        kind="milestone",
        title="Send the two Brackley pilot clinics a weekly list of free slots",
        text="Send the two Brackley pilot clinics a weekly list of free slots",
        source=page(9),
        start_week=5.0,
        end_week=7.0,
    )
    plan = DeckPlan(commitments=[own, later])
    pilot = Pilot(name="Brackley", unit="district", text=own.text, source=page(6))
    _mark_pilot(plan, pilot)
    assert own.pilot and not later.pilot


def test_work_dated_by_its_own_words_gives_no_phase_to_the_rest_of_its_pillar() -> None:
    """ "Overhaul all 16 units by December 2030" sits in Phase 3 by its own date; the pillar's
    undated "Keep a float of spare engines" does not follow it there. A timeline's item of
    the pillar still gives the pillar's first phase."""
    from agent.engines.base import Horizon, TaskDraft
    from agent.planning.commitments import _phase_by_timeline
    from agent.planning.deck_plan import DeckPhase, DeckPlan
    from schemas.plan import Source

    src = Source(file="deck.pptx", slide=3)

    def task(key: str, title: str, phase: str | None = None) -> TaskDraft:
        return TaskDraft(
            key=key,
            title=title,
            description=title,
            layer="process_people",
            owner_role="Fleet Engineer",
            horizon=Horizon.foundational,
            done_when="done",
            origin="deck",
            phase=phase,
        )

    plan = DeckPlan(
        phases=[
            DeckPhase(name=f"Phase {n}", start_week=52.0 * (n - 1), end_week=52.0 * n, source=src)
            for n in (1, 2, 3)
        ]
    )
    overhaul = task("overhaul", "Overhaul all 16 units by December 2030", "Phase 3")
    spares = task("spares", "Keep a float of spare doors and engines at both depots")
    pillar_of = {"overhaul": "Fleet", "spares": "Fleet"}
    _phase_by_timeline([overhaul, spares], plan, pillar_of, {"overhaul"})
    assert spares.phase is None
    timeline = task("timeline", "Fleet renewal begins", "Phase 2")
    _phase_by_timeline(
        [overhaul, spares, timeline], plan, {**pillar_of, "timeline": "Fleet"}, {"overhaul"}
    )
    assert spares.phase == "Phase 2"


def test_the_steps_a_pilot_slide_lists_run_while_the_pilot_does() -> None:
    """ "... opens first to patients of Heron ward, from October 2027 to March 2028", then how
    the pilot runs: the pilot and its undated steps run October to March on the plan's clock,
    not in its first weeks (the steps start with it); a step that names its own month keeps it."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Our ambition", ["By 2030 nine in ten patients go home on the day we promise"]),
            ("Where we start", ["This plan runs from April 2027 to March 2030."]),
            (
                "Starting small: one ward first",
                [
                    "PILOT",
                    "The discharge lounge opens first to patients of Heron ward, from October"
                    " 2027 to March 2028.",
                    "How the pilot runs",
                    "Brief every nurse on Heron ward about the lounge",
                    "Order transport home the day before discharge",
                    "Hold a weekly review of each delayed discharge with the ward sister",
                    "Report to the Hospital Board in March 2028 on opening the lounge to all",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    weeks = {c.title.split()[0]: (c.start_week, c.end_week) for c in plan.commitments}
    assert plan.pilot is not None and plan.pilot.name == "Heron"
    assert weeks["Pilot"] == (26.0, 52.0), weeks
    for step in ("Brief", "Order", "Hold"):
        assert weeks[step] == (26.0, 32.0), (step, weeks)
    assert round(weeks["Report"][0] or -1) == 48


def test_a_pillar_slide_belongs_to_the_pillar_its_eyebrow_names_not_to_its_title() -> None:
    """ "PILLAR 2 · QUICKER TURNAROUNDS" over the title "Every minute at the gate counts": the
    slide's work is the second pillar's, by the name the eyebrow gives, not a pillar of its
    own named after the title; so is a slide whose eyebrow comes last and whose title shares
    another pillar's words."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Our ambition", ["By 2030 every flight leaves on time from our three airports"]),
            (
                "Three pillars, one airline",
                [
                    "THE PLAN ON A PAGE",
                    "1",
                    "Crews on time",
                    "Rosters people can live with.",
                    "2",
                    "Quicker turnarounds",
                    "Board, fuel and clean in 35 minutes.",
                    "3",
                    "Spares where they are needed",
                    "The right part at the right stand.",
                ],
            ),
            (
                "Every minute at the gate counts",
                [
                    "PILLAR 2 · QUICKER TURNAROUNDS",
                    "What we will do",
                    "Board every flight from both doors at the four busiest gates.",
                    "Hire 20 more ramp agents for the morning peak.",
                    "Agree fuelling slots with the fuel farm at each airport.",
                ],
            ),
            (
                "Crews on time need parts on time",
                [
                    "What we will do",
                    "Stock a spare wheel and brake set at each outstation.",
                    "Order engine parts two weeks ahead of every planned check.",
                    "Hire six more stores clerks for the night shift.",
                    "PILLAR 3 · SPARES WHERE THEY ARE NEEDED",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert "Quicker turnarounds" in plan.pillars, plan.pillars
    work = [c for c in plan.commitments if c.source.slide == 3]
    assert work and {c.pillar for c in work} == {"Quicker turnarounds"}, [
        (c.title, c.pillar) for c in work
    ]
    # (the eyebrow read last, as a PDF may, beats a title that shares another pillar's words)
    spares = [c for c in plan.commitments if c.source.slide == 4]
    assert spares and {c.pillar for c in spares} == {"Spares where they are needed"}, [
        (c.title, c.pillar) for c in spares
    ]


def test_a_bar_named_in_two_words_is_not_titled_with_its_phase() -> None:
    """ "Supplier Benchmarking" under "Phase 3 (Months 12-30)" is titled as the deck names
    it (its phase is said beside it), while a bare stage says whose it is."""
    from agent.planning.deck_plan import _item_title

    assert _item_title("Supplier Benchmarking", "Phase 3 (Months 12-30)") == (
        "Supplier Benchmarking"
    )
    assert _item_title("Network Rollout", "Wave 2 · Scale") == "Network Rollout"
    assert _item_title("Alpha", "Tenant repairs service") == "Alpha: Tenant repairs service"
    assert _item_title("Discovery", "Phase 1: Foundations") == "Discovery: Phase 1: Foundations"


def test_a_bar_of_two_words_is_owned_as_it_was_with_its_phase() -> None:
    """ "Owner-built validation" under "Wave 1" keeps a title without its wave, but is still
    owned by the role whose remit "opens each wave", not by whoever the two words alone fall
    to."""
    from agent.planning.commitments import commitment_tasks
    from agent.planning.deck_plan import Commitment, DeckPhase, DeckPlan
    from schemas.context import OrgContext, Role
    from schemas.plan import Source

    src = Source(file="deck.pptx", slide=9)
    plan = DeckPlan(
        phases=[DeckPhase(name="Wave 1", start_week=0, end_week=52, source=src)],
        commitments=[
            Commitment(
                kind="phase_item",
                title="Owner-built validation",
                text="Owner-built validation",
                source=src,
                section="Wave 1",
                start_week=0,
                end_week=30,
                phase="Wave 1",
            )
        ],
    )
    org = OrgContext(
        root="org",
        roles=[
            Role(
                name="Director, Butler Academy", tier="core", responsibilities=["butler training"]
            ),
            Role(name="Founder & CEO", tier="core", responsibilities=["opens each wave"]),
        ],
    )
    tasks = commitment_tasks(plan, [], [], org)
    assert [(t.title, t.owner_role) for t in tasks] == [("Owner-built validation", "Founder & CEO")]
