"""Clocks counted in a deck's own periods: numbered release trains and their initials, a
school year's half-terms, a split financial year's months, stages dated in brackets or
after their period's label, and pilots staged on a kind of case or on a pilot slide."""

from __future__ import annotations

from agent.knowledge import timeline
from agent.knowledge.kpis import column_kpi_rows
from agent.planning import _phases
from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck, table_block


def test_numbered_periods_are_read_by_the_initials_the_deck_writes_for_them() -> None:
    defined = timeline.defined_numbered(
        [
            "Release train 1 starts Monday 10 January 2028; every train runs ten weeks.",
            "Nine trains, RT1 to RT9. Gates fall at the end of RT2 and RT4.",
        ]
    )
    assert {d[0] for d in defined} == {"train", "rt"}
    with timeline.numbered(defined):
        rt5 = timeline.parse_label("RT5", start_year=2028)
        train5 = timeline.parse_label("Train 5", start_year=2028)
        spaced = timeline.parse_label("RT 5", start_year=2028)
        assert rt5 is not None and spaced is not None and train5 is not None
        assert (rt5.start, rt5.end) == (train5.start, train5.end) == (spaced.start, spaced.end)
        run = timeline.parse_label("RT1 to RT9", start_year=2028)
        assert run is not None and run.end - run.start == 90
    # initials the deck never writes with a number are no period
    defined = timeline.defined_numbered(
        ["Our season 14 starts on 2 March 2027; every season runs six weeks"]
    )
    assert [d[0] for d in defined] == ["season"]


def test_a_school_years_half_terms_and_a_financial_years_months() -> None:
    def months(label: str, start_year: int) -> tuple[float, float]:
        span = timeline.parse_label(label, start_year=start_year)
        assert span is not None, label
        return (
            round(span.start / timeline.WEEKS_PER_MONTH),
            round(span.end / timeline.WEEKS_PER_MONTH),
        )

    # from January of the first year: Autumn 1 is September-October, Summer 2 June-August
    assert months("Autumn 1 to Autumn 2 2028/29", 2028) == (8, 12)
    assert months("Spring 1 to Summer 2 2028/29", 2028) == (12, 20)
    assert months("Summer 2 2030/31", 2028) == (41, 44)
    # M1 is April unless the deck's financial year starts elsewhere
    assert months("M4 2029/30", 2029) == (6, 7)
    assert months("M1-M6 29/30", 2029) == (3, 9)
    assert months("M7 29/30 - M6 30/31", 2029) == (9, 21)
    # a plan's own month with no year stays the plan's
    span = timeline.parse_label("M4", start_year=2029)
    assert span is not None and not span.absolute


def test_stages_dated_in_brackets_in_one_row_and_dotted_after_their_periods_label() -> None:
    assert _phases._per_phase(
        "Phase Prepare (M1-M3 29/30) Prove (M4 29/30 - M9 29/30) Spread (M10 29/30 - M6 30/31)"
    ) == ["Prepare (M1-M3 29/30)", "Prove (M4 29/30 - M9 29/30)", "Spread (M10 29/30 - M6 30/31)"]
    # a sentence with brackets is no row of stages
    assert len(_phases._per_phase("We start (as agreed) and then review (quarterly) it.")) == 1
    deck = slide_deck(
        [
            ("Connect 2028", ["Board paper"]),
            (
                "How we count time",
                ["Release train 1 starts Monday 10 January 2028; every train runs ten weeks."],
            ),
            (
                "Four phases",
                [
                    "Trains 1-2 · Foundations · 10 January to 28 May 2028",
                    "Trains 3-4 · Prove it on one product · 29 May to 15 October 2028",
                    "Trains 5-7 · Scale to every branch · 16 October 2028 to 13 May 2029",
                ],
            ),
        ]
    )
    phases = read_deck_plan(deck).phases
    assert len(phases) == 3
    assert all(
        w in p.name for p, w in zip(phases, ("Foundations", "Prove it", "Scale"), strict=True)
    )
    # ten-week trains: months 0-4.6, 4.6-9.2 and 9.2-16.1 of the plan
    ends = [p.end_week for p in phases]
    assert all(abs(a - b) <= 3 for a, b in zip(ends, (20, 40, 70), strict=True)), ends
    assert phases[0].start_week == 0


def test_pilots_staged_on_a_kind_of_case_first_and_where_work_starts_on_a_pilot_slide() -> None:
    deck = slide_deck(
        [
            ("Fast claims 2028", ["Board paper"]),
            (
                "One claim type first",
                [
                    "We prove automatic approval first on small roof repair claims from our "
                    "home customers, settled by the Leeds claims centre.",
                ],
            ),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and (pilot.name, pilot.unit) == ("small roof repair claims", "segment")
    deck = slide_deck(
        [
            ("Faster theatres", ["Board paper"]),
            (
                "Try it on one ward first",
                [
                    "PILOT",
                    "One ward, one shift",
                    "The new rota starts on Corby Hospital's night shift:",
                ],
            ),
        ],
        bullets=False,
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Corby Hospital"
    deck = slide_deck(
        [
            ("Faster theatres", ["Board paper"]),
            (
                "Try it on one ward first",
                ["PILOT", "One ward", "The new rota starts at St Ebba's."],
            ),
        ],
        bullets=False,
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "St Ebba's"  # the place's own name, kept whole
    deck = slide_deck(
        [
            ("Arrive on time", ["Board paper"]),
            ("The first school", ["First: Year 7 at Oakfield Academy, Wrexby"]),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name.startswith("Oakfield Academy")


def test_a_kpi_table_read_one_column_after_another() -> None:
    lines = [
        "Measure",
        "Orders shipped on time",
        "Returns back in stock in 48 hours",
        "Pick rate per hour",
        "Baseline 2027",
        "88%",
        "61%",
        "92",
        "Target",
        "97%",
        "85%",
        "120",
        "By when",
        "Q4 2029",
        "Q2 2029",
        "Q4 2029",
        "Baselines are 2027 actuals.",
    ]
    rows = column_kpi_rows(lines, 2028)
    assert [(r.metric, r.baseline, r.target, r.by) for r in rows] == [
        ("Orders shipped on time", "88%", "97%", "Q4 2029"),
        ("Returns back in stock in 48 hours", "61%", "85%", "Q2 2029"),
        ("Pick rate per hour", "92", "120", "Q4 2029"),
    ]
    # two names joined on one line: no cell can be paired with its row
    joined = [lines[0], f"{lines[1]} {lines[2]}", *lines[3:]]
    assert column_kpi_rows(joined, 2028) == []


def test_a_column_of_parked_work_is_past_the_plan() -> None:
    for header in ("Parked for after RT9", "After Season 22", "Deferred", "On hold"):
        assert _phases._BEYOND.search(header), header
    for header in ("RT9", "Season 22", "After-sales", "Q4 2029"):
        assert not _phases._BEYOND.search(header), header


def test_goals_on_the_decks_own_periods_and_whole_populations_have_deadlines_and_targets() -> None:
    from agent.engines.rules.vagueness import assess

    for goal in (
        "Every new claim in all three units registered in Claimhub by the end of RT7",
        "All 12 depots taking orders in Routeplan by the end of Autumn 2 2029/30",
        "No patient waiting over 40 weeks for surgery by M12 30/31",
        "Repairs closed within 5 days from 61% to 85% by End of PI 4",
    ):
        result = assess(goal)
        assert not result.vague, (goal, [r.code for r in result.reasons])
    for goal in (
        "Every customer gets a seamless experience by 2028",
        "No customer left behind by 2028",
    ):
        assert assess(goal).vague, goal


def test_the_decks_clock_phases_gates_and_milestones_are_no_goals() -> None:
    from agent.engines.rules.visions import find_visions

    assert timeline.sets_clock("Our year runs April to March; M1 = April.")
    assert timeline.sets_clock("Our school year runs in six half-terms.")
    assert not timeline.sets_clock("Our year ahead runs on three priorities.")
    deck = slide_deck(
        [
            ("Fast claims 2028-2029", ["Board paper"]),
            ("Our goal", ["Every claim paid within 10 days by 2029"]),
            (
                "Phases and gates",
                [
                    "Four phases: Trains 1–2 · Groundwork · 10 January to 28 May 2028",
                    "Trains 3–4 · Prove it on roofs · 29 May to 15 October 2028",
                    "Milestone, end of RT5: the old claim history loaded into Claimhub",
                    "Gate C: go or no-go for every branch",
                    "80% of roof claims paid within 24 hours for six weeks running",
                    "Close-out review, end of RT9: benefits handed to the claims director",
                ],
            ),
            (
                "Gates",
                [
                    "Gate 2 · Go for every school",
                    "Year 8 late arrivals at the first school 4 points below Year 9's",
                    "Phase 3 · Every school",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert texts == ["Every claim paid within 10 days by 2029"], texts


def test_the_groups_a_plan_is_about_are_its_scenarios_and_the_case_for_change_is_not() -> None:
    from agent.engines.rules.scenarios import choose_scenarios

    deck = slide_deck(
        [
            ("Late no more", ["Board paper"]),
            (
                "Where we start: the 2027/28 year",
                [
                    "WHY NOW one pupil in five missed a week of lessons",
                    "18 days lost a year by each late-arriving pupil",
                    "3 in 10 Year 2 children read below their age in June 2028",
                ],
            ),
            (
                "Who this plan is for",
                [
                    "Three moments this plan is about",
                    "1 Year 6 pupils in their last term at primary school",
                    "2 Nursery children starting to count",
                    "3 Young carers whose lateness rises each winter",
                    "Not in this plan",
                    "Adult learning",
                ],
            ),
        ],
        bullets=False,
    )
    names = [s.name for s in choose_scenarios(deck, [])]
    assert names and all(n.startswith(("Year 6", "Nursery", "Young carers")) for n in names), names


def test_a_go_live_code_the_deck_dates_counts_its_pilots_steps() -> None:
    texts = [
        "GL is Monday 7 August 2028, when the first branch switches over.",
        "GL - 8 weeks: connect the four repair partners to Claimhub",
        "GL - 4 weeks: run fraud scores in shadow on every roof claim",
        "GL + 4 weeks: the fraud team reviews every automatic payment",
    ]
    defined = timeline.defined_anchors(texts)
    assert [d[0] for d in defined] == ["gl"] and defined[0][3] == 1.0  # counted in weeks
    with timeline.anchors(defined):
        before, after = (
            timeline.calendar_spans("GL - 8 weeks", 2028)[0],
            timeline.calendar_spans("GL + 4 weeks", 2028)[0],
        )
        assert round(after.start - before.start) == 12
    deck = slide_deck(
        [
            ("Fast claims 2028", ["Board paper"]),
            (
                "One claim type first",
                [
                    "We prove automatic approval first on small roof repair claims from our "
                    "home customers, settled by the Leeds claims centre.",
                    "Why roofs: 12,000 claims a year and clear cover.",
                    *texts,
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    steps = [c for c in plan.commitments if c.pilot and c.kind == "milestone"]
    assert [c.text.split()[0] for c in steps] == ["Connect", "Run", "The"], steps
    assert not any(c.text.startswith("Why roofs") for c in plan.commitments)


def test_a_unit_whose_name_says_its_length_is_dated_by_one_instance() -> None:
    """ "Licence Year 1 (LY1) is 2031/32" with "a licence year runs July to June": "LY3" is
    July 2033 to June 2034. "Roundweek 1 is the weekend of 7 September 2030" with "RW =
    roundweek": a week each, counted afresh in the year written beside it."""
    defined = timeline.defined_numbered(
        [
            "The licence runs 1 July 2031 to 30 June 2036; Licence Year 1 (LY1) is 2031/32.",
            "A licence year runs July to June. Phase 2 runs LY2-LY3.",
        ]
    )
    assert {d[0] for d in defined} == {"licence year", "ly"}
    with timeline.numbered(defined):
        ly3 = timeline.parse_label("LY3", start_year=2031)
        assert ly3 is not None
        months = timeline.WEEKS_PER_MONTH
        assert (round(ly3.start / months), round(ly3.end / months)) == (30, 42)
        run = timeline.parse_label("LY2-LY3", start_year=2031)
        assert run is not None and run.end - run.start == 104
    defined = timeline.defined_numbered(
        ["Roundweek 1 is the weekend of 7 September 2030.", "RW = roundweek, as on the fixtures."]
    )
    assert {d[0] for d in defined} == {"roundweek", "rw"}
    with timeline.numbered(defined):
        first = timeline.calendar_spans("RW10, 2030/31", 2030)
        second = timeline.calendar_spans("2031/32 RW10", 2030)
        assert first and second
        assert round(second[0].start - first[0].start) == 52  # the same round a year on
    # a bare "Year 1" counts from the plan's start, not the deck's own unit
    assert timeline.defined_numbered(["Year 1 is 2031/32; year 2 is 2032/33"]) == ()


def test_a_last_phase_that_runs_onwards_ends_with_the_plan() -> None:
    deck = slide_deck(
        [
            ("Rail Renewal", ["Our plan runs LY1 to LY5."]),
            (
                "Three phases",
                [
                    "The licence runs 1 July 2031 to 30 June 2036; Licence Year 1 (LY1) is 2031/32.",
                    "A licence year runs July to June.",
                    "Phase 1 · Survey: LY1. Drones and track records.",
                    "Phase 2 · Trial: LY2-LY3, on one line.",
                    "Phase 3 · Renew: LY4 onwards, on every line.",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    spans = [(round(p.start_week), round(p.end_week)) for p in plan.phases]
    assert spans == [(0, 52), (52, 156), (156, 260)], spans


def test_weeks_past_ninety_nine_and_a_freeze_line_on_the_roadmap() -> None:
    span = timeline.find_span("Phase 4 · Steady state: Wk 66-104")
    assert span is not None and (span.start, span.end) == (65, 104)
    span = timeline.find_span("the plan covers weeks 1 to 104")
    assert span is not None and span.end == 104
    deck = slide_deck(
        [
            (
                "Two years, two phases",
                [
                    "Phase 1 · Build",
                    "Wk 1-52",
                    "Phase 2 · Run",
                    "Wk 53-104",
                    "No releases to the tills in Wk 20-24, the sale.",
                    "Why Phases 1 and 2 meet in Wk 52: the winter timetable starts then.",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert not [c for c in plan.commitments if c.text.startswith(("No releases", "Why"))]


def test_goals_dated_in_weeks_and_work_done_in_a_system_are_measurable() -> None:
    from agent.engines.rules.vagueness import assess

    assert not assess("Cut late deliveries from 6.1% to 3.0% of orders by Wk 96").vague
    assert not assess("All nine branches invoicing on Ledgerline by the end of LY2").vague
    assert assess("Better invoicing across the branches").vague


def test_background_pointers_clock_notes_and_list_leads_are_no_goals() -> None:
    from agent.engines.rules.visions import find_visions

    assert timeline.sets_clock("Licence Year 1 (LY1) is 2031/32.")
    assert timeline.sets_clock(
        "The financial year begins with week 1 (w/c 6 January 2031), as the tills count it."
    )
    assert timeline.sets_clock("Every date below is a sales week.")
    deck = slide_deck(
        [
            ("Faster bakeries 2031-2032", ["Board paper"]),
            (
                "Why this, why now",
                [
                    "Background: the old ovens ran at 70% in 2019, before the merger.",
                    "A rival: the Millstone group sells one loaf in three through vending.",
                    "These figures are shown for context only. The measures are on page 4.",
                ],
            ),
            (
                "Where we are going",
                [
                    "By the end of the plan we will:",
                    "Cut late deliveries from 6.1% to 3.0% of orders by Wk 96",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Cut late deliveries") for t in texts), texts
    for said in (
        "Background",
        "A rival",
        "These figures",
        "By the end of the plan we will",
    ):
        assert not any(t.startswith(said) for t in texts), (said, texts)


def test_the_first_of_its_kind_the_deck_names_is_its_pilot() -> None:
    deck = slide_deck(
        [
            ("Cashless wards 2031", ["Board paper"]),
            (
                "Elm first",
                ["Our first paperless ward is Elm Ward's day unit."],
            ),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Elm Ward"


def test_a_slides_source_line_and_a_tiles_figure_are_no_scenarios() -> None:
    from agent.engines.rules.scenarios import _good_deck_item

    assert not _good_deck_item("Source: ward records for 2030; the visitor survey, May 2031")
    assert not _good_deck_item("9 minmedian wait at the front desk of Elm Ward")
    assert not _good_deck_item("31pin every pound spent at the cafés by card")
    assert _good_deck_item("1. Visitors arriving after the evening meal, wanting a coffee")


def test_a_window_written_with_its_days_is_the_plans() -> None:
    start, weeks, origin = timeline.plan_window(["The programme runs 1 July 2031 to 30 June 2036."])
    assert (start, weeks, round(origin / timeline.WEEKS_PER_MONTH)) == (2031, 260, 6)
    # a contract's term written so is not the plan's window
    said = ["Council strategy 2030-2034", "The waste contract runs 1 April 2030 to 31 March 2040."]
    assert timeline.plan_window(said) == (2030, 260, 0.0)


def test_what_the_clock_readers_leave_alone() -> None:
    """Lines the new readers must not take: goals and work dated by a bare year or week of the
    plan, a calendar year beside a numbered train, a note's label, a count that is no range,
    a first priority, a possessive that is the name, an ordinal audience, a post's remit."""
    from agent.context._extract import _HEADCOUNT
    from agent.engines.rules.scenarios import _good_deck_item
    from agent.engines.rules.vagueness import assess

    for line in (
        "Retire the paper notes by Year 3: 2032/33",
        "Go live on all wards by Week 60: 24 February 2031",
    ):
        assert not timeline.sets_clock(line), line
    defined = timeline.defined_numbered(
        ["Release train 1 starts Monday 10 January 2028; every train runs ten weeks.", "RT1-RT9"]
    )
    with timeline.numbered(defined):
        plain = timeline.calendar_spans("RT7, 2029", 2028)
        assert plain and round(min(s.start for s in plain)) in (52, 61)
        assert round(max(s.start for s in plain)) == 61  # not a year later
    said = ["Note: sales week 1 is the week commencing 6 January 2031", "SW = sales week"]
    assert {d[0] for d in timeline.defined_numbered(said)} == {"sales week", "sw"}
    for text in ("Ramp up in week 3 to 80% utilisation", "Roll out from week 2 to 40 wards"):
        assert timeline.find_span(text) is None, text
    for first, want in (
        ("Our first priority is Patient Safety.", None),
        ("We will trial the discharge lounge at St Mary's first.", "St Mary's"),
    ):
        deck = slide_deck([("Plan 2031", ["Board paper"]), ("Where we start", [first])])
        pilot = read_deck_plan(deck).pilot
        assert (pilot.name if pilot else None) == want, first
    assert _good_deck_item("2nd-year students looking for a placement in the spring")
    assert _good_deck_item("80 year-old patients discharged on a Friday evening")
    assert not _HEADCOUNT.fullmatch("1 (chairs the Executive; accountable officer)")
    assert _HEADCOUNT.fullmatch("1,200 WTE")
    assert assess("All 14 wards focusing on Quality and Safety by 2030").vague


def test_a_phase_that_runs_on_only_when_its_label_says_so() -> None:
    from agent.planning.deck_plan import _OPEN_ENDED, _READS_THE_CHART

    assert _OPEN_ENDED.search("Phase 3 · Renew: LY4 onwards, on every line.")
    assert not _OPEN_ENDED.search("Phase 3 · Scale: 2032, to every district and beyond")
    assert not _READS_THE_CHART.match("Reading the meters remotely in 40,000 homes")
    assert _READS_THE_CHART.match("Change freeze in weeks 20-24")


def test_names_under_a_label_that_counts_the_pillars_are_no_goals() -> None:
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Bakeries 2031", ["Board paper"]),
            (
                "Our ambition",
                [
                    "Fresh bread in every village by 2033, from 40% of villages today",
                    "Four pillars",
                    "1 Bake nearer: ovens where the vans start",
                    "2 Fewer loaves wasted",
                    "3 Cut van miles per loaf from 2.1 to 1.4 by 2033",
                    "4 People who stay",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Fresh bread in every village") for t in texts), texts
    assert any("van miles" in t for t in texts), texts  # a figure of its own: a goal
    for name in ("Bake nearer", "Fewer loaves wasted", "People who stay"):
        assert not any(name in t for t in texts), (name, texts)


def test_tiles_in_grams_and_against_a_rival_are_measures_not_work() -> None:
    deck = slide_deck(
        [
            ("Lighter parcels 2031", ["Board paper"]),
            (
                "How we will keep score",
                [
                    "Target in large type · baselines are 2030",
                    "90 g",
                    "Packaging per parcel Baseline 140 g · by 2032",
                    "Above Crumbwell",
                    "Customer satisfaction score Baseline 7.1 · date to be set",
                    "60%",
                    "Parcels in reusable boxes Baseline 12% · by 2032",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    targets = {k.metric: k.target for k in plan.kpis}
    assert targets.get("Packaging per parcel") == "90 g", targets
    assert targets.get("Customer satisfaction score") == "Above Crumbwell", targets
    assert not [c for c in plan.commitments if c.kind == "initiative"], plan.commitments


def test_a_peer_named_by_its_kind_and_a_tiles_baseline_are_no_goals() -> None:
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Faster ferries 2031", ["Board paper"]),
            (
                "On time, every time",
                [
                    "For reference: one rival ferry line says 97% of its sailings leave on time.",
                    "An NHS trust reports 40% fewer falls with the same rota.",
                    "Sailings on time from 88% to 95% by 2032",
                    "Baseline 2 in all of 2030 · target to be agreed with the port",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Sailings on time") for t in texts), texts
    for said in ("For reference", "An NHS trust", "Baseline 2"):
        assert not any(t.startswith(said) for t in texts), (said, texts)
    from agent.engines.rules.visions import _NOT_A_GOAL

    for line in (
        "For reference: one rival ferry line says 97% of its sailings leave on time",
        "A nearby RFA reports 70% of its lifeboats on station within ten minutes",
        "Baseline 2 in all of 2030 · target to be agreed with the port",
    ):
        assert _NOT_A_GOAL.search(line), line
    assert not _NOT_A_GOAL.search("A hospital that says yes to every patient by 2032")


def test_a_pilot_where_the_first_new_things_go_or_a_named_place_that_goes_first() -> None:
    """ "The first tills go live at Bow Street" names where the work starts; "Harwick goes
    first" over "shift booking starts in the 9 shops of the Harwick area" names a place by its
    own capitals (not "Safety goes first", which names no place)."""
    deck = slide_deck(
        [
            ("Faster tills 2030", ["Board paper"]),
            ("Where we start", ["The first tills go live at Bow Street in May."]),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Bow Street"
    deck = slide_deck(
        [
            ("Closer to our volunteers", ["Trustees, March 2028"]),
            (
                "Harwick goes first",
                ["Shift booking starts in the 9 shops of the Harwick area."],
            ),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Harwick"
    deck = slide_deck(
        [
            ("Safe hands 2030", ["Board paper"]),
            ("Safety goes first", ["We invest in Safety before anything else."]),
        ]
    )
    assert read_deck_plan(deck).pilot is None


def test_a_pointer_to_the_goals_after_a_clause_is_no_goal() -> None:
    """ "Their ovens are newer; our own 2030 vending target is on page 4" says where the goal
    is; the goal is the line on that page."""
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Faster bakeries 2031-2032", ["Board paper"]),
            (
                "Our ambition",
                [
                    "Their ovens are newer; our own 2030 vending target is on page 4.",
                    "Our mix differs from theirs: our own vending target is on page 11.",
                    "Cut late deliveries from 6.1% to 3.0% of orders by 2031",
                ],
            ),
        ]
    )
    assert [v.text for v in find_visions(deck)] == [
        "Cut late deliveries from 6.1% to 3.0% of orders by 2031"
    ]


def test_a_slide_that_labels_its_goals_keeps_its_tagline_and_descriptions_out() -> None:
    """A pillar slide: a headline under the title, "Goal" over two targets, then "What we will
    do". A card of the overview: "Headline goal" over a target, then a line describing the
    pillar. The targets are the goals; the headline and the description are not. The names
    under "Three phases" are phases."""
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Green spaces 2030", ["Board paper, June 2028"]),
            (
                "Our ambition",
                [
                    "Every park clean, safe and open",
                    "Three phases",
                    "Stabilise: fix the booking records first",
                    "Spread: the same way of working in every park",
                ],
            ),
            (
                "The programme",
                [
                    "1. Clean parks",
                    "Headline goal",
                    "Toilet checks passed: 95% by March 2030",
                    "A ranger and volunteers in the five biggest parks.",
                ],
            ),
            (
                "Pillar 2 · Open when people come",
                [
                    "Gates open before the school run",
                    "Goal",
                    "By March 2030, 90% of parks open at 7am every day.",
                    "What we will do",
                    "Give every keyholder a rota three weeks ahead.",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Toilet checks passed") for t in texts), texts
    assert any(t.startswith("By March 2030, 90% of parks") for t in texts), texts
    for said in ("Gates open before", "A ranger and volunteers", "Stabilise", "Spread"):
        assert not any(t.startswith(said) for t in texts), (said, texts)


def test_an_ambition_page_that_sums_up_the_table_cites_the_table() -> None:
    """An ambition page lists four goals, two as commitments and two as measure lines, each set
    out again in the table of measures with its baseline: all four cite the table's row and
    keep the ambition page as where they are also said."""
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Clear water 2031", ["Board, March 2028"]),
            (
                "Our ambition",
                [
                    "By 2031 we will:",
                    "Answer 95% of customer calls within 30 seconds by March 2031",
                    "Cut supply cuts over 3 hours to under 5 a month by September 2029",
                    "Bursts fixed within 24 hours: 90% by 2030",
                    "Bills right first time: 98% by March 2030",
                ],
            ),
            ("How we will know", ["Measures, baselines and targets"]),
        ]
    )
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["Customer calls answered within 30 seconds", "70%", "95%", "2030/31 Q4"],
        ["Supply cuts over 3 hours a month", "14", "under 5", "2029/30 Q2"],
        ["Bursts fixed within 24 hours", "64%", "90%", "2030/31 Q2"],
        ["Bills right first time", "91%", "98%", "2029/30 Q4"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3, order=2))
    found = find_visions(deck)
    assert len(found) == 4 and all(v.source.slide == 3 for v in found), [
        (v.source.slide, v.text) for v in found
    ]


def test_a_goal_said_in_words_or_as_a_change_is_its_tables_row() -> None:
    """ "Seven in ten new drivers still with us after a year" is the row "New drivers still
    with us after a year: 54% -> 70%"; "1,500 more members using the app" is the row "Members
    using the app: 2,500 -> 4,000". Each is one goal, cited at the row and said on the
    ambition page too."""
    from agent.engines.rules.visions import find_visions

    deck = slide_deck(
        [
            ("Good jobs 2031", ["Board, March 2028"]),
            (
                "Our ambition",
                [
                    "Five goals for 2031",
                    "Seven in ten new drivers still with us after a year by July 2031",
                    "1,500 more members using the app by 2030/31",
                ],
            ),
            ("How we will measure it", ["Measures, baselines and targets"]),
        ]
    )
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["New drivers still with us after a year", "54%", "70%", "July 2031"],
        ["Members using the app", "2,500", "4,000", "2030/31"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3, order=2))
    found = find_visions(deck)
    assert len(found) == 2, [v.text for v in found]
    assert all(v.source.slide == 3 and [a.slide for a in v.also_stated] == [2] for v in found)


def test_plan_years_over_a_gantt_are_dated_by_the_calendar_they_name() -> None:
    """ "Year 1 2027/28" over a drawn Gantt's first column is April 2027 to March 2028: a bar
    under it is dated by the calendar, as under "2027/28" alone. Elsewhere such a label still
    names a phase: it is no bare time label."""
    inch = 91440

    def box(x: float, y: float, w: float) -> tuple[int, int, int, int]:
        return (int(x * inch), int(y * inch), int(w * inch), int(3 * inch))

    for head in ("Year {n} {fy}", "Year {n} ({fy})"):
        axis = [
            (head.format(n=n, fy=fy), box(20 * n, 10, 20))
            for n, fy in ((1, "2027/28"), (2, "2028/29"), (3, "2029/30"))
        ]
        spans = _phases.placed_spans([*axis, ("Open the new front door", box(20, 20, 10))], 2027)
        bar = spans["Open the new front door"]
        assert bar.absolute and (bar.start, bar.end) == (13.0, 39.0), head
    assert timeline.parse_label("Year 1 (2027/28)", start_year=2027) is None
