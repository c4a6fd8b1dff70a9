"""Roadmaps on clocks other than quarters: calendar half-years, month numbers anchored by one
line ("Month 1 is ..."), a plan's run counted from a month, markers named by their half-year
or their month number, and a phase's gate in the deck's own words. Made-up wording (issue 11,
"a roadmap on the deck's clock")."""

from __future__ import annotations

import pytest

from agent.knowledge import timeline
from agent.planning.deck_plan import read_deck_plan
from tests.decks import slide_deck, table_block

COVER = ("Open Doors 2029", ["Kittle Leisure", "Board, October 2027"])


def _plan(*slides: tuple[str, list[str]]):  # type: ignore[no-untyped-def]
    return read_deck_plan(slide_deck([COVER, *slides]))


def _phases(plan) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    return [(p.name, round(p.start_week), round(p.end_week)) for p in plan.phases]


def _gates(plan) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    return [
        (c.title, round(c.start_week), round(c.end_week))
        for c in plan.commitments
        if c.kind == "gate" and c.start_week is not None
    ]


def test_stages_on_half_years_one_written_under_each_of_its_half_years() -> None:
    plan = _plan(
        ("In short", ["The programme runs for two years from January 2028, in four half-years."]),
        (
            "Open Doors on a page",
            [
                "H1 2028 · Ready",
                "H2 2028 · Open up",
                "H1 2029 · Open up",
                "H2 2029 · Settle",
                "G1 end H1 2028: venues ready | G2 end H2 2028: trial go/no-go | "
                "G3 end H2 2029: close",
            ],
        ),
    )
    assert plan.start_year == 2028
    assert _phases(plan) == [("Ready", 0, 26), ("Open up", 26, 78), ("Settle", 78, 104)]
    gates = _gates(plan)
    assert [g[0][:2] for g in gates] == ["G1", "G2", "G3"]
    # each taken as its half-year closes, not all through it
    assert [g[1:] for g in gates] == [(24, 26), (50, 52), (102, 104)]


def test_month_numbers_anchored_by_one_line_and_markers_named_by_their_month() -> None:
    plan = _plan(
        (
            "Eighteen months, three stages",
            [
                "Month 1–4 · Clear the ground",
                "Month 5–12 · Build",
                "Month 13–18 · Hand over",
                "M4: ground review | M12: build go/no-go | M18: close",
                "Month 1 is September 2028.",
            ],
        ),
    )
    assert plan.start_year == 2028  # not the cover's 2027
    assert _phases(plan) == [("Clear the ground", 0, 17), ("Build", 17, 52), ("Hand over", 52, 78)]
    assert [g[0].split(":")[0] for g in _gates(plan)] == ["M4", "M12", "M18"]
    assert [g[2] for g in _gates(plan)] == [17, 52, 78]


def test_stages_named_in_a_summary_on_month_numbers() -> None:
    plan = _plan(
        (
            "In short",
            [
                "It runs for 18 months in three stages: Clear the ground (Month 1–4), Build "
                "(Month 5–12) and Hand over (Month 13–18)."
            ],
        ),
    )
    assert _phases(plan) == [("Clear the ground", 0, 17), ("Build", 17, 52), ("Hand over", 52, 78)]


def test_a_period_named_before_its_months_is_no_stage() -> None:
    plan = _plan(
        (
            "The road ahead",
            [
                "Prepare",
                "H1 FY29 · months 0–6",
                "Grow",
                "H2 FY29 to H1 FY30 · months 6–18",
                "Keep",
                "H2 FY30 · months 18–24",
            ],
        ),
    )
    assert [name for name, _, _ in _phases(plan)] == ["Prepare", "Grow", "Keep"]


def test_a_phase_gate_in_the_decks_words_titles_its_gate_task() -> None:
    rows = [
        ["", "FY2028/29", "FY2029/30", "FY2030/31"],
        ["Stage", "Ready", "Spread", "Settle"],
        ["Venues", "Kiosks at two venues", "Kiosks in every venue", "Old tills out"],
        [
            "Gate",
            "Gate 1 at the end of FY28/29: kiosk go/no-go",
            "Gate 2 at the end of FY29/30: spread review",
            "Gate 3 at the end of FY30/31: close",
        ],
    ]
    deck = slide_deck([COVER, ("Roadmap: three years, three stages", [])])
    deck.units[1].blocks.append(table_block(rows, 2))
    titles = [c.title for c in read_deck_plan(deck).commitments if c.kind == "gate"]
    assert titles == [
        "Gate 1 at the end of FY28/29: kiosk go/no-go",
        "Gate 2 at the end of FY29/30: spread review",
        "Gate 3 at the end of FY30/31: close",
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Month 1 is April 2028."], (2028, 13.0, None)),
        (["Day 1 is Monday 2 October 2028"], (2028, 39.0, None)),
        # a roadmap's axis counted from month 0
        (["Month 0 = 1 August 2029. Each gate is decided by the sponsor."], (2029, 91 / 3, None)),
        (["It runs for two years from January 2028, in four half-years."], (2028, 0.0, 104)),
        (["The programme runs over 30 months from October 2027."], (2027, 39.0, 130)),
        # a pilot's run, and a rise since a date, anchor no plan
        (["A six-month trial from May 2028 at one venue."], None),
        (["Visits are up 12% from January 2026, in two years."], None),
    ],
)
def test_the_line_that_anchors_a_plans_clock(
    lines: list[str], expected: tuple[int, float, int | None] | None
) -> None:
    anchored = timeline.plan_anchor(lines, lines)
    if expected is None:
        assert anchored is None
    else:
        assert anchored is not None
        assert anchored[0] == expected[0]
        assert anchored[1] == pytest.approx(expected[1])
        assert anchored[2] == expected[2]


def test_goals_dated_on_the_plans_own_clock_are_dated() -> None:
    """ "By the end of Month 24, ..." leads a goal as "By 2029, ..." does; a measure table
    whose target column is headed "By M24" dates its rows by it, and "by M24" is a deadline."""
    from agent.engines.rules.vagueness import assess
    from agent.engines.rules.visions import find_visions
    from tests.decks import table_block

    ambition = (
        "Where we are headed",
        [
            "AMBITION",
            "A harbour town people choose in every season.",
            "By the end of Month 24, eight in ten ferry tickets will be bought before the day.",
        ],
    )
    deck = slide_deck([COVER, ambition, ("Four numbers we steer by", [])])
    rows = [
        ["Measure", "Today", "By M12", "By M24", "Owner"],
        ["Ferry tickets bought ahead", "22%", "50%", "80%", "Head of Sales"],
        ["Sailings on time", "81%", "88%", "95%", "Marine Manager"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3))
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("By the end of Month 24, eight in ten") for t in texts), texts
    kpi = next(t for t in texts if t.startswith("Sailings on time"))
    assert kpi.endswith("by M24"), kpi
    assert not assess(kpi).vague
    assert not assess("Ferry tickets bought ahead from 22% to 80% at the end of Month 24").vague


def _table_plan(rows: list[list[str]], *lines: str):  # type: ignore[no-untyped-def]
    deck = slide_deck([COVER, ("Roadmap", list(lines))])
    deck.units[1].blocks.append(table_block(rows, 2, order=len(lines) + 1))
    return read_deck_plan(deck)


@pytest.mark.parametrize(
    ("rows", "lines", "expected"),
    [
        (  # phases keyed by number, marked under half-year columns, a gate row below
            [
                ["", "H1 2028", "H2 2028", "H1 2029", "H2 2029", "H1 2030", "H2 2030"],
                ["Phase 1 · Foundations", "●", "●", "", "", "", ""],
                ["Phase 2 · Scale up", "", "", "●", "●", "●", ""],
                ["Phase 3 · Run", "", "", "", "", "", "●"],
                ["Gate", "", "G1 pilot go/no-go", "", "", "G2 network ready", "G3 close"],
            ],
            [],
            [
                ("Phase 1 · Foundations", 0, 52),
                ("Phase 2 · Scale up", 52, 130),
                ("Phase 3 · Run", 130, 156),
            ],
        ),
        (  # stages in words under a "Stage" header, their work written in financial years
            [
                ["Stage", "FY2028/29", "FY2029/30", "FY2030/31", "FY2031/32"],
                ["Stabilise", "One case ledger for every office", "", "", ""],
                ["Modernise", "", "Move case files online", "Retire the paper register", ""],
                ["Grow", "", "", "", "Open two new ports of registry"],
            ],
            [],
            [("Stabilise", 0, 52), ("Modernise", 52, 156), ("Grow", 156, 208)],
        ),
        (  # month numbers as columns, anchored by one line
            [
                ["", "Month 1-6", "Month 7-12", "Month 13-18", "Month 19-24"],
                ["Phase 1 Groundwork", "■", "■", "", ""],
                ["Phase 2 Weave", "", "", "■", ""],
                ["Phase 3 Finish", "", "", "", "■"],
            ],
            ["Month 1 is March 2028."],
            [("Phase 1 Groundwork", 0, 52), ("Phase 2 Weave", 52, 78), ("Phase 3 Finish", 78, 104)],
        ),
    ],
)
def test_phases_marked_across_period_columns(
    rows: list[list[str]], lines: list[str], expected: list[tuple[str, int, int]]
) -> None:
    plan = _table_plan(rows, *lines)
    assert _phases(plan) == expected
    items = [(c.title, c.phase, c.start_week) for c in plan.commitments if c.kind == "phase_item"]
    assert all(title not in "●■" for title, _, _ in items)  # the marks are no work


def test_a_gantt_rows_work_is_dated_by_its_column_and_its_gates_close_their_phase() -> None:
    plan = _table_plan(
        [
            ["Stage", "FY2028/29", "FY2029/30", "FY2030/31", "FY2031/32"],
            ["Stabilise", "One case ledger for every office", "", "", ""],
            ["Modernise", "", "Move case files online", "Retire the paper register", ""],
            ["Grow", "", "", "", "Open two new ports of registry"],
            ["Decision", "Board review of the ledger", "", "Online-only go/no-go", ""],
        ]
    )
    items = {c.title: (c.phase, c.start_week) for c in plan.commitments if c.kind == "phase_item"}
    assert items["Retire the paper register"] == ("Modernise", 104.0)
    assert items["Move case files online"] == ("Modernise", 52.0)
    gates = {c.text: (c.phase, c.end_week) for c in plan.commitments if c.kind == "gate"}
    assert gates["Board review of the ledger"] == ("Stabilise", 52.0)
    assert gates["Online-only go/no-go"] == ("Modernise", 156.0)


def test_workstreams_across_period_columns_are_work_not_phases() -> None:
    plan = _table_plan(
        [
            ["Workstream", "H1 2028", "H2 2028", "H1 2029"],
            ["Fleet", "Overhaul 12 locomotives", "Fit telematics to the fleet", ""],
            ["Terminals", "Survey the Wakefield site", "", "Open the Goole hub"],
        ]
    )
    assert plan.phases == [] or all("Fleet" not in p.name for p in plan.phases)
    dated = {c.title: c.start_week for c in plan.commitments if c.start_week is not None}
    assert any("Goole hub" in t for t in dated)


def test_stages_named_and_dated_inline_own_the_work_listed_under_them() -> None:
    """ "Now · April 2028 to March 2029" over its list and its gate, then "Next · ..." over
    its own: each line is that stage's work, and each gate keeps the deck's name."""
    plan = _plan(
        (
            "Now and Next, April 2028 to March 2030",
            [
                "ROADMAP",
                "Now · April 2028 to March 2029",
                "Choose the ticketing system and sign the contract",
                "Solar panels on the Eastgate roof",
                "Gate 1, March 2029: ticketing go/no-go",
                "Next · April 2029 to March 2030",
                "Ticketing live at every venue by September 2029",
                "Solar panels on the Northgate roof",
                "Gate 2, March 2030: benefits review",
            ],
        ),
    )
    phase_of = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert phase_of.get("Solar panels on the Eastgate roof", "").startswith("Now"), phase_of
    assert phase_of.get("Solar panels on the Northgate roof", "").startswith("Next"), phase_of
    assert [t for t, _, _ in _gates(plan)] == [
        "Gate 1, March 2029: ticketing go/no-go",
        "Gate 2, March 2030: benefits review",
    ], _gates(plan)


def test_a_gate_listed_under_its_stage_keeps_the_decks_name() -> None:
    """ "Gate 3: Year 3 review" under the last stage's work names that stage's gate task, not
    a made-up "Spread gate: go/no-go sign-off"."""
    plan = _plan(
        (
            "Roadmap: Fix, Prove, Spread",
            [
                "The programme starts on 1 April 2028",
                "Months 0–6 · Fix",
                "Project Heron at the north depot",
                "Fill the night dispatch rota",
                "Gate 1: Heron go/no-go, Month 6",
                "Months 7–18 · Prove",
                "Route planning at all four depots",
                "Driver app live at every depot",
                "Gate 2: Prove review, Month 18",
                "Months 19–36 · Spread",
                "Electric vans at the east depot",
                "ISO 14001 at all four depots",
                "Gate 3: Year 3 review",
            ],
        ),
    )
    titles = [t for t, _, _ in _gates(plan)]
    assert titles == [
        "Gate 1: Heron go/no-go, Month 6",
        "Gate 2: Prove review, Month 18",
        "Gate 3: Year 3 review",
    ], titles


def test_stages_listed_over_a_charts_rows_do_not_take_the_rows_as_their_work() -> None:
    """Three stages named one under the other head a chart: the rows under the last are the
    chart's, not that stage's work."""
    plan = _plan(
        (
            "24 months, three stages",
            [
                "ROADMAP",
                "Month 1–6 · Set up",
                "Month 7–15 · Prove",
                "Month 16–24 · Spread",
                "Lifts",
                "Gearbox overhaul",
                "Drive sensors on all lifts",
                "Online sales",
                "Month 1 is April 2028.",
            ],
        ),
    )
    assert not [c.text for c in plan.commitments if c.phase and "Spread" in c.phase], [
        (c.kind, c.text, c.phase) for c in plan.commitments
    ]


def test_a_phase_named_again_with_its_year_is_its_label_not_a_task() -> None:
    """A pillar's page heads its openings "H1 2029 · Open up", "Settle (2029)": those heads
    name the roadmap's phases with their dates; the work under them stays work."""
    plan = _plan(
        ("In short", ["The programme runs for two years from January 2028, in four half-years."]),
        (
            "Open Doors on a page",
            ["H1 2028 · Ready", "H2 2028 · Open up", "H1 2029 · Open up", "H2 2029 · Settle"],
        ),
        (
            "Pillar three: three-year opening cadence",
            [
                "Open the Riverside venue",
                "Open the Castlegate venue",
                "H1 2029 · Open up",
                "Settle (2029)",
                "Ready 2028",
            ],
        ),
    )
    assert _phases(plan) == [("Ready", 0, 26), ("Open up", 26, 78), ("Settle", 78, 104)]
    texts = [c.text for c in plan.commitments]
    assert "Open the Castlegate venue" in texts
    assert not [t for t in texts if t in ("H1 2029 · Open up", "Settle (2029)", "Ready 2028")]


def test_a_roadmap_of_dated_paragraphs_is_the_decks_clock() -> None:
    """A board paper writes its roadmap as paragraphs, each opening with its phase's dates
    and name ("From April 2028 to March 2029 — Ready. ..."): those are the phases, months
    counted from the first. Dated paragraphs that overlap are no sequence of phases."""
    roadmap = (
        "Roadmap",
        [
            "From April 2028 to March 2029 — Ready. Every venue moves onto one booking system.",
            "Gate 1, March 2029. The board decides whether the trial goes wider.",
            "From April 2029 to December 2029 — Open up. The other venues follow.",
            "From January 2030 to September 2030 — Settle. The changes become normal business.",
        ],
    )
    summary = ("In short", ["A thirty-month programme, from April 2028 to September 2030."])
    plan = _plan(summary, roadmap)
    assert _phases(plan) == [("Ready", 0, 52), ("Open up", 52, 91), ("Settle", 91, 130)]
    overlapping = (
        "Roadmap",
        [
            "From April 2028 to March 2030 — Ready. Every venue moves onto one booking system.",
            "From April 2029 to December 2029 — Open up. The other venues follow.",
        ],
    )
    plan = _plan(summary, overlapping)
    assert [p[0] for p in _phases(plan)] != ["Ready", "Open up"]


def test_a_gantt_table_dated_by_a_row_of_years_over_a_row_of_quarters() -> None:
    """A native Gantt table: a "Phase" row of names each merged over its quarters, a "Year" row
    of financial years each merged over four quarters ("2027/28", "", "", ""), a row of
    quarters, gates marked "◆" and explained by legend lines. "Q1 2027/28" is April to June
    2027: a split year is a financial year."""
    assert timeline.calendar_range("Q1 2027/28", 2027) == timeline.Span(
        13.0, 26.0, "Q1 2027/28", absolute=True
    )
    blank = [""] * 4
    rows = [
        ["Phase", "Phase 1 · Ready", "", "", "Phase 2 · Open up", "", "", "", "", *blank[:3]],
        ["Year", "2027/28", "", "", "", "2028/29", "", "", ""],
        ["Workstream", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"],
        ["Booking system", "", "", "", "", "", "", "", ""],
        ["Gates", "", "", "◆", "", "", "", "", "◆"],
    ]
    rows = [r[:9] for r in rows]
    deck = slide_deck(
        [
            COVER,
            ("In short", ["Two years from April 2027, on our financial year."]),
            (
                "Roadmap",
                [
                    "◆ Gate 1, end of Q3 2027/28: trial go/no-go",
                    "◆ Gate 2, end of Q4 2028/29: close",
                ],
            ),
        ]
    )
    deck.units[2].blocks.append(table_block(rows, 3, order=3))
    plan = read_deck_plan(deck)
    assert _phases(plan) == [("Phase 1 · Ready", 0, 39), ("Phase 2 · Open up", 39, 104)]
    gates = [g[0] for g in _gates(plan)]
    assert gates and gates[0].startswith("Gate 1, end of Q3 2027/28: trial go/no-go")
    assert not [g for g in gates if g.strip() == "◆"]


def test_a_plan_counted_in_its_own_quarters_is_read_on_its_clock() -> None:
    """ "PQ1-PQ2", "PQ3-PQ6", "PQ7-PQ10": plan quarters, thirteen weeks each; "PQ1 = April-June
    2029" anchors them to the calendar."""
    assert timeline.parse_label("PQ1-PQ2") == timeline.Span(0, 26, "PQ1-PQ2")
    assert timeline.parse_label("PQ7-PQ10") == timeline.Span(78, 130, "PQ7-PQ10")
    span = timeline.find_span("Phase 2 · Extend to both hangars (PQ3-PQ6)")
    assert span is not None and (span.start, span.end) == (26, 78)
    anchor = timeline.plan_anchor(["PQ1 = April-June 2029. Each PQ is a plan quarter."], [])
    assert anchor == (2029, 13.0, None)


def test_a_financial_half_with_its_months_named_is_those_months() -> None:
    """ "H1 FY29 Jul-Dec 2028" on a July year: the months named say which half it is, not the
    calendar's first half of 2029."""
    span = timeline.calendar_range("H1 FY29 Jul-Dec 2028", 2028)
    assert span is not None and (span.start, span.end) == (26.0, 52.0), span
    span = timeline.calendar_range("H2 FY29 Jan-Jun 2029", 2028)
    assert span is not None and (span.start, span.end) == (52.0, 78.0), span


def test_a_plan_dated_from_one_quarter_to_another_runs_between_them() -> None:
    """ "Our strategy for Q3 2028 to Q4 2030" on the cover: the plan starts in July 2028 and
    runs thirty months (a "24-month contract" elsewhere says nothing of it)."""
    assert timeline.plan_window(["Our strategy for Q3 2028 to Q4 2030"]) == (2028, 130, 26.0)


def test_a_phase_dated_by_its_quarters_keeps_them_over_a_milestones_month_below() -> None:
    """Phases named over their quarters ("Phase 4 · Make it how we run" over "Q3 2030 - Q4
    2030"), then the milestones, each a month over its line ("Oct 2028"): the last phase runs
    in its own quarters, not in the first milestone's month."""
    axis = [f"Q{q} {y}" for y in (2028, 2029, 2030) for q in (1, 2, 3, 4)][2:]
    deck = slide_deck(
        [
            ("Fill the Fibre", ["Our strategy for Q3 2028 to Q4 2030"]),
            (
                "Four phases and four gates, Q3 2028 to Q4 2030",
                [
                    *axis,
                    "Phase 1 · Get ready",
                    "Q3 2028",
                    "Phase 2 · Prove it in Oswick",
                    "Q4 2028 - Q2 2029",
                    "Phase 3 · Fill the footprint",
                    "Q3 2029 - Q2 2030",
                    "Phase 4 · Make it how we run",
                    "Q3 2030 - Q4 2030",
                    "Oct 2028",
                    "Oswick opens for orders on the live link",
                ],
            ),
        ],
        bullets=False,
    )
    phases = {p.name: (p.start_week, p.end_week) for p in read_deck_plan(deck).phases}
    assert phases["Phase 4 · Make it how we run"] == (104.0, 130.0), phases


def test_a_range_from_a_quarter_to_a_month_keeps_both_ends() -> None:
    span = timeline.calendar_range("Q1 2028 - March 2029", 2028)
    assert span is not None and (span.start, span.end) == (0.0, 65.0), span


def test_a_drawn_bars_dates_written_under_its_name_say_when_it_runs() -> None:
    """A phase's bar drawn in the wrong place for the axis (its name set at the bar's left,
    not its ends), with "Aug 2029 - Jan 2030" written under the name: the written months are
    its span."""
    from agent.planning import _phases
    from schemas.plan import Source

    lines = [
        "Phase 1 Foundations",
        "Aug 2029 - Jan 2030",
        "Phase 2 Pilot at the coast campus",
        "Feb 2030 - Jan 2031",
    ]
    wrong = {
        "Phase 1 Foundations": timeline.Span(40.0, 42.0, "placed", True),
        "Phase 2 Pilot at the coast campus": timeline.Span(30.0, 40.0, "placed", True),
    }
    reading = _phases.read_slide(
        "Roadmap", lines, [], Source(file="d.pdf", page=11), 2029, 10, wrong
    )
    spans = {r.name: (r.span.start, r.span.end) for r in reading.records if r.span}
    assert spans == {
        "Phase 1 Foundations": pytest.approx((30.333, 56.333), abs=0.01),
        "Phase 2 Pilot at the coast campus": pytest.approx((56.333, 108.333), abs=0.01),
    }, spans


def test_a_financial_year_is_read_as_the_deck_defines_it_and_only_then() -> None:
    said = ["Our year", "FY29 runs March 2028 to February 2029; month 0 is March 2028."]
    definition = timeline.fiscal_year(said)
    assert definition == (3, 1)
    assert timeline.fiscal_year(["FY2029 runs April 2029 to March 2030."]) == (4, 0)
    assert timeline.fiscal_year(["Revenue grew 9% in FY29."]) is None

    def months(label: str) -> tuple[float, float] | None:
        span = timeline.parse_label(label, start_year=2028)
        return None if span is None else (round(span.start / 4.333), round(span.end / 4.333))

    assert months("H1 FY29") == (12, 18)  # no definition: the calendar year 2029
    with timeline.fiscal(definition):
        assert months("H1 FY29") == (2, 8)  # March to August 2028
        assert months("Q4 FY29") == (11, 14)  # December 2028 to February 2029
        assert months("FY30") == (14, 26)
        assert months("2029/30") == (14, 26)  # a split year is the deck's own year too
    assert months("FY30") == (24, 36)  # the definition holds only while the deck is read


def test_a_split_financial_year_defined_by_the_deck_and_a_bracketed_year_beside_months() -> None:
    definition = timeline.fiscal_year(["FY2029/30 = February 2029 to January 2030."])
    assert definition == (2, 1)  # a short label names the split year's second: FY30

    def months(text: str) -> tuple[int, int] | None:
        span = timeline.calendar_range(text, 2029)
        return None if span is None else (round(span.start / 4.333), round(span.end / 4.333))

    with timeline.fiscal(definition):
        assert months("FY2030/31") == (13, 25)  # February 2030 to January 2031
        assert months("2030/31") == (13, 25)
        # the months say when; the financial year in brackets only which year they fall in
        assert months("Feb – Jun 2029 (FY2029/30)") == (1, 6)
        assert months("FY30") == (1, 13)  # FY2029/30
    assert months("2030/31") == (15, 27)  # no definition: a split year starts in April
    assert months("Apr 2029 – FY2031") == (3, 36)  # a year not in brackets is the range's end


def test_a_financial_year_defined_in_a_set_aside_glossary_still_dates_the_labels() -> None:
    from agent.knowledge.appendix import without_appendix
    from schemas.deck import Block, BlockKind, Deck, Provenance, Unit

    def unit(n: int, section: str, lines: list[str]) -> Unit:
        prov = Provenance(file="d.pptx", slide=n)
        blocks = [
            Block(kind=BlockKind.title if i == 0 else BlockKind.body, text=t, source=prov)
            for i, t in enumerate(lines)
        ]
        return Unit(number=n, kind="slide", title=lines[0], section=section, blocks=blocks)

    deck = Deck(
        path="d.pptx",
        name="d.pptx",
        sha256="0" * 64,
        kind="pptx",
        units=[
            unit(1, "Plan", ["Roadmap", "Phase 1: H1 FY29", "Phase 2: H2 FY29"]),
            unit(2, "Appendix", ["Glossary", "FY29 runs March 2028 to February 2029"]),
        ],
    )
    kept, note = without_appendix(deck)
    assert [u.number for u in kept.units] == [1] and note
    assert kept.clock == ["FY29 runs March 2028 to February 2029"]


def test_a_us_fiscal_year_named_by_its_end_and_dates_written_month_first() -> None:
    """A US state's fiscal year runs July to June and is named by the year it ends in
    ("FY2029 = 07/01/2028 to 06/30/2029"); its phases are dated month first ("01/01/2029 –
    09/30/2029") and its gates "Sept. 30, 2029": the roadmap opens in July 2028."""
    deck = slide_deck(
        [
            ("Open Road 2031", ["Commissioner briefing, 06/12/2028"]),
            (
                "Roadmap: three state fiscal years, FY2029 to FY2031",
                [
                    "The state fiscal year runs July 1 to June 30: FY2029 = 07/01/2028 to "
                    "06/30/2029",
                    "Phase 1 Stabilize and prepare",
                    "07/01/2028 – 12/31/2028",
                    "Phase 2 Pilot in the Capitol Region",
                    "01/01/2029 – 09/30/2029",
                    "Phase 3 Statewide rollout",
                    "10/01/2029 – 12/31/2030",
                    "Gate 2 · Go/no-go for statewide rollout · Sept. 30, 2029",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert (plan.start_year, round(plan.origin_week)) == (2028, 26), plan
    # a split year ("FY2029/30") names the year it starts in, whatever the deck's definition
    with timeline.fiscal((2, 1)):
        assert timeline.plan_window(["Our plan for FY2029/30 to FY2031/32"])[::2] == (2029, 0.0)
    assert _phases(plan) == [
        ("Phase 1 Stabilize and prepare", 0, 26),  # weeks from July 2028
        ("Phase 2 Pilot in the Capitol Region", 26, 65),
        ("Phase 3 Statewide rollout", 65, 130),
    ], _phases(plan)


@pytest.mark.parametrize(
    ("texts", "day_first", "span"),
    [
        (["07/01/2028 – 12/31/2028"], False, (26.0, 52.0)),  # month first, as the deck writes
        (["01/07/2028 – 31/12/2028"], True, (26.0, 52.0)),  # day first
        (["Sept. 30, 2029"], True, (86.7, 91.0)),  # a day between a month and its year
    ],
)
def test_numeric_dates_are_read_in_the_decks_own_order(
    texts: list[str], day_first: bool, span: tuple[float, float]
) -> None:
    assert timeline.day_first(texts) is day_first
    assert timeline.fiscal_year(["FY2029 = 07/01/2028 to 06/30/2029"]) == (7, 1)
    with timeline.date_order(day_first):
        got = timeline.calendar_range(texts[0], 2028)
    assert got is not None and (round(got.start, 1), round(got.end, 1)) == span, got


@pytest.mark.parametrize(
    "text",
    ["The programme runs from 01/09/2028 to 31/08/2030", "FY29 runs 1 July 2028 to 30 June 2029"],
)
def test_a_dates_year_and_the_next_dates_day_are_no_year_range(text: str) -> None:
    """ "2028 to 31/08/2030" and "2028 to 30 June" are two dates, not the years 2028 to 2031."""
    assert timeline.plan_window([text])[1] != 208 and timeline.plan_window([text])[1] != 156


def test_periods_the_deck_defines_by_their_months_date_its_columns() -> None:
    """A season table whose seasons the deck defines ("lambing = February to April, summer
    grazing = May to September, housing = October to January"): each column runs its own
    months, not a calendar year; the phases over them keep the deck's months; and a "Later"
    column past the plan is no part of it, nor is its work."""
    plan = _table_plan(
        [
            [
                "Workstream",
                "Lambing 2029",
                "Summer grazing 2029",
                "Housing 2029-30",
                "Lambing 2030",
                "Later (2030-31 on)",
            ],
            [
                "Phase",
                "Phase 1 · Get ready",
                "Phase 2 · Prove it on one farm",
                "",
                "",
                "outside this plan",
            ],
            [
                "Flock records",
                "Tag every ewe",
                "Weigh lambs at weaning",
                "",
                "",
                "Sell breeding data",
            ],
        ],
        "Month 0 = February 2029 · lambing = February to April, summer grazing = May to "
        "September, housing = October to January",
    )
    assert _phases(plan) == [
        ("Phase 1 · Get ready", 0, 13),
        ("Phase 2 · Prove it on one farm", 13, 65),
    ], _phases(plan)
    assert not any("breeding data" in c.text for c in plan.commitments)
    assert plan.horizon_weeks is None or plan.horizon_weeks <= 66


def test_timeline_reads_defined_periods_day_ranges_and_a_stated_clock() -> None:
    said = ["harvest = August to October, winter = November to March, T1 = January to April"]
    defined = timeline.defined_periods(said)
    assert ("harvest", 8, 10) in defined and ("winter", 11, 3) in defined
    with timeline.periods(defined):
        winter = timeline.parse_label("Winter 2028-29", start_year=2028)
        assert winter is not None and (round(winter.start), round(winter.end)) == (43, 65)
        assert timeline.parse_label("T1 2029", start_year=2028) is not None
    # without the deck's definition, "harvest 2028" is no period at all
    assert timeline.parse_label("Harvest 2028", start_year=2028) is None
    # a range of days, one year for both ends, to the day
    span = timeline.calendar_range("3 July to 25 August 2028", 2028)
    assert span is not None and (round(span.start), round(span.end)) == (26, 34)
    assert timeline.calendar_range("May 4 to August 1, 2028", 2028) is not None
    # one line anchoring the months and giving the length is the plan's clock
    clock = timeline.stated_clock(["Month 0 = May 2028 · 14 months, to the final in June 2029"])
    assert clock is not None and clock[0] == 2028 and clock[2] == 61
    assert timeline.stated_clock(["Month 1 is May 2028; the pilot lasts 9 months"]) is None


def test_a_phase_dated_by_its_first_month_runs_to_the_next_and_a_stated_overlap_stays() -> None:
    """ "Phase 2 · Trials / from October 2027" runs until Phase 3 opens, not one month; a
    countdown line ("L-120 to L-31") under a phase's name is only dates; a phase the deck says
    runs alongside the one before keeps its own start."""
    plan = _plan(
        (
            "Roadmap · phases and gates",
            [
                "Phase 1 · Get ready",
                "April to September 2027",
                "Phase 2 · Trials",
                "from October 2027",
                "Phase 3 · Full fleet",
                "July 2028 to September 2029",
            ],
        ),
    )
    assert _phases(plan)[1] == ("Phase 2 · Trials", 26, 65), _phases(plan)
    plan = _plan(
        (
            "Roadmap · four phases",
            [
                "Phase 1 · Build",
                "L-120 to L-31",
                "4 May to 1 August 2028",
                "Phase 2 · Beta",
                "L-60 to L-7",
                "3 July to 25 August 2028",
                "Phase 3 · Launch",
                "September 2028",
                "The beta runs alongside the last build sprint.",
            ],
        ),
    )
    build, beta, _launch = _phases(plan)
    assert beta[1] < build[2] < beta[2], _phases(plan)


def test_counts_from_the_decks_own_day_date_its_phases_and_set_its_clock() -> None:
    """ "Opening Day: Saturday 12 April 2031" and "O-18 is eighteen months before it": the
    phases dated "O-18 to O-12" are months from that day, and "Month 0 = O-18 (October 2029) ·
    30 months ..." is the plan's clock over the cover's year range, though the same line says
    "one month" later on."""
    plan = _plan(
        (
            "Why now",
            [
                "Opening Day: Saturday 12 April 2031",
                "Every date counts from Opening Day: O-18 is eighteen months before it.",
            ],
        ),
        (
            "Phases and gates",
            [
                "Phase 1 · Fit out · O-18 to O-12",
                "Phase 2 · Trial opening · O-12 to O-6",
                "Phase 3 · Open · O-6 to O+3",
                "Phase 4 · Settle · O+2 to O+12",
                "Settle starts at O+2 while Open runs to O+3: Open and Settle overlap.",
            ],
        ),
        (
            "Roadmap",
            [
                "Month 0 = O-18 (October 2029) · 30 months to O+12 (April 2032) · later = not in "
                "this plan Fit-out staff stay for one month."
            ],
        ),
    )
    months = [
        (n, round(a / timeline.WEEKS_PER_MONTH), round(b / timeline.WEEKS_PER_MONTH))
        for n, a, b in _phases(plan)
    ]
    assert [m[1:] for m in months] == [(0, 6), (6, 12), (12, 21), (20, 30)], months
    assert plan.horizon_weeks is not None and 130 <= plan.horizon_weeks <= 133  # O+12: 12 April
    # a letter the deck never counts with twice is no clock; nor is a day with no year
    assert timeline.defined_anchors(["Opening Day: 12 April 2031", "grade B-2 steel"]) == ()
    assert timeline.defined_anchors(["H = 1 August", "H-60 and H-30"]) == ()
    # counts beyond 36 with no unit said are days ("L-120")
    (days,) = timeline.defined_anchors(["L-0 (1 September 2028)", "L-120 to L-31", "L-60"])
    assert days[3] == 1 / 7


def test_numbered_periods_of_a_stated_length_date_the_plan() -> None:
    """ "Sprint 30 starts on Monday 6 September 2027; every sprint runs three weeks": "Sprints
    30-31" is the six weeks from 6 September, "the end of Sprint 33" its last day, and "Sprint
    30 to Sprint 37" the plan's horizon."""
    said = ["Sprint 30 starts on Monday 6 September 2027; every sprint runs three weeks."]
    defined = timeline.defined_numbered(said)
    assert defined and defined[0][:2] == ("sprint", 30), defined
    with timeline.numbered(defined):
        span = timeline.parse_label("Sprints 30-31", start_year=2027)
        assert span is not None and round(span.end - span.start) == 6
        end = timeline.calendar_spans("by the end of Sprint 33", 2027)
        assert end and end[0].start == end[0].end == span.start + 12
        _year, horizon, origin = timeline.plan_window(["Sprint 30 to Sprint 37"])
        assert horizon == 24 and round(origin) == round(span.start)
    # a numbered period with no length said is none
    assert timeline.defined_numbered(["Wave 3 starts on 6 September 2027"]) == ()


def test_stages_under_the_decks_names_for_its_periods_are_its_phases() -> None:
    """ "Winter 27/28: Prepare · October 2027 to March 2028": a stage named under the deck's
    own name for its period, and dated, as each of five lines is; the slide's phases."""
    plan = _plan(
        (
            "Five phases, two gates",
            [
                "Winter 27/28: Prepare · October 2027 to March 2028",
                "Campaign 28: Prove it at one farm · April to September 2028",
                "Winter 28/29: Fix and train · October 2028 to March 2029",
                "Gate 1, at the end of Campaign 28: is the first string better?",
            ],
        ),
    )
    assert [n for n, _a, _b in _phases(plan)] == [
        "Winter 27/28: Prepare · October 2027 to March 2028",
        "Campaign 28: Prove it at one farm · April to September 2028",
        "Winter 28/29: Fix and train · October 2028 to March 2029",
    ], _phases(plan)
    assert [b - a for _n, a, b in _phases(plan)] == [26, 26, 26]


def test_numbered_phases_win_over_stages_read_off_a_charts_columns() -> None:
    """A countdown chart's columns read as stages ("Build", "Build + Beta", "Beta", "Launch")
    on one slide, the deck's "Phase 1 · Build" ... "Phase 4 · Season 1" on a later one: as
    many either way, the numbered phases are the plan's."""
    from agent.planning import _phases
    from schemas.plan import Source

    here = Source(file="deck.pptx", slide=3)

    def record(key: str, name: str, at: float, seen: int) -> _phases.PhaseRecord:
        return _phases.PhaseRecord(
            key=key, name=name, source=here, span=timeline.Span(at, at + 4, name), first_seen=seen
        )

    chart = _phases.Reading(
        records=[
            record(k, k.title(), 4.0 * i, 300 + i)
            for i, k in enumerate(["build", "build + beta", "beta", "launch"])
        ]
    )
    named = _phases.Reading(
        records=[
            record(f"phase {i + 1}", f"Phase {i + 1} · {n}", 4.0 * i, 900 + i)
            for i, n in enumerate(["Build", "Beta", "Launch", "Season 1"])
        ]
    )
    kept = _phases.merge([chart, named], 0.0)
    assert [r.name for r in kept] == [
        "Phase 1 · Build",
        "Phase 2 · Beta",
        "Phase 3 · Launch",
        "Phase 4 · Season 1",
    ]


def test_the_charts_first_period_label_under_the_last_phase_is_not_its_date() -> None:
    """A chart lists "Phase 3 · Worldwide" undated, right over its first period label
    ("Sprint 14", "Sprint 15", ...): that label is the chart's axis, not the phase's dates,
    which a later slide gives ("Sprints 19 to 22")."""
    plan = _plan(
        ("Clock", ["Sprint 14 starts on Tuesday 2 March 2027; every sprint runs six weeks."]),
        (
            "Roadmap",
            [
                "Phase 1 · Set up · Sprints 14-15",
                "Phase 2 · Prove it · Sprints 16-18",
                "Phase 3 · Worldwide",
                *[f"Sprint {n}" for n in range(14, 23)],
            ],
        ),
        (
            "Phases and gates",
            [
                "Phase 1 · Set up",
                "Sprints 14 and 15",
                "Phase 2 · Prove it",
                "Sprints 16 to 18",
                "Phase 3 · Worldwide",
                "Sprints 19 to 22",
            ],
        ),
    )
    assert [(a, b) for _n, a, b in _phases(plan)] == [(0, 12), (12, 30), (30, 54)], _phases(plan)


def test_a_line_that_sets_the_decks_clock_is_no_work() -> None:
    """ "Opening Day: Saturday 12 April 2031: every date counts from Opening Day" read as a
    labelled line of work sets the clock; it is no task. "Fit out the hall by O-6" is one."""
    from agent.planning.deck_plan import Commitment, _no_work
    from schemas.plan import Source

    def line(text: str) -> Commitment:
        return Commitment(
            kind="initiative", title=text[:80], text=text, source=Source(file="d.pptx", slide=2)
        )

    said = "Opening Day: Saturday 12 April 2031: every date counts from Opening Day"
    assert _no_work(line(said), None)
    assert _no_work(line("Season 14 starts on Tuesday 2 March 2027; seasons run six weeks"), None)
    assert not _no_work(line("Fit out the hall by O-6"), None)


def test_a_bullet_that_opens_with_the_verb_stage_is_work_not_a_phase() -> None:
    """ "Stage three ... games at the ground in 2028/29" is an initiative on a pillar's slide,
    not a phase named "Stage three" whose items are the slide's other bullets."""
    plan = _plan(
        (
            "Pillar 2 · Home of the team",
            [
                "Stage three county league fixtures at Mill Field in 2028/29, then every home "
                "fixture in 2029/30",
                "Ask the county board to move home fixtures to Saturday afternoons",
                "Sell fixture tickets through the club shop till from August 2028",
            ],
        ),
    )
    kinds = {c.title[:20]: c.kind for c in plan.commitments}
    assert kinds.get("Stage three county l") == "initiative", kinds
    assert "phase_item" not in kinds.values(), kinds
    assert not [p for p in plan.phases if "three" in p.name.lower()], plan.phases


@pytest.mark.parametrize(
    "line",
    [
        "Phase 2 · Grow (Q1 2028 - Q2 2029)",
        "Year 1 (2027/28) proves the model, Year 2 (2028/29) scales it across every ward",
        "Phase one runs from Jan 2028 to Jun 2028",
        "Phase two runs from April 2029 to March 2030 across every depot and the hub",
        "Phase 2 from April 2029 to March 2030 we move every depot onto the new planner",
    ],
)
def test_a_line_that_names_a_phase_under_a_generic_title_still_heads_it(line: str) -> None:
    from agent.planning._phases import _heads_a_phase

    assert _heads_a_phase(line)


def test_a_line_that_names_the_plans_phases_in_turn_makes_no_slide_a_phase() -> None:
    """A scope slide under a generic title says "Year 1 (2027/28) proves the model, Year 2
    (2028/29) scales it": the sentence sums the plan up. The slide's scope and limits ("Three
    services move online", "Spending may not rise above £4m a year") are not Year 1's work."""
    plan = read_deck_plan(
        slide_deck(
            [
                ("Front Door 2027-2029", ["Cabinet, March 2027"]),
                (
                    "What this strategy covers",
                    [
                        "This strategy covers 2027 to 2029, two plan years from April 2027.",
                        "Year 1 (2027/28) proves the model, and Year 2 (2028/29) scales it.",
                        "Three services move online, one at a time.",
                        "Spending may not rise above £4m in any plan year.",
                    ],
                ),
            ]
        )
    )
    items = [c.title for c in plan.commitments if c.kind == "phase_item"]
    assert not items, items


def test_a_task_ends_in_the_month_its_done_when_names() -> None:
    """A bar drawn to the end of month 2 ends at week 8.67, written as week 9: the roadmap says
    "months 1–2" as the done-when says "by month 2", not "months 1–3". A bar that ends part way
    through month 10 runs to month 10 in both."""
    from agent.render._text import months_label

    assert timeline.months_of(0, 8.67) == (1, 2)
    assert months_label((2, 9)) == "months 1–2"
    assert months_label((0, 26)) == "months 1–6"
    assert months_label((26, 78)) == "months 7–18"
    assert months_label((17, 22)) == "month 5"  # month 5 starts at week 17.33
    assert timeline.months_of(26, 41) == (7, 10)
    assert months_label((4, 13)) == "months 2–3"  # week 4 is month 2's start (4.33), rounded


def test_a_slide_of_measures_names_no_phase_by_a_school_year() -> None:
    """Tiles on a measures slide whose labels open with a school year ("Year 3 spelling ...
    from 64% · by Summer 2 2030/31") are measures, not phases "Year 3" and "Year 9" with the
    other tiles' figures ("4 pts", "Higher") as their work."""
    plan = _plan(
        (
            "How we will know",
            [
                "Six measures the governors see every half-term · baselines are 2027/28",
                "12%",
                "Persistent absence, all schools from 19.5% · by Summer 2 2030/31",
                "88%",
                "Year 3 spelling at expected standard from 64% · by Summer 2 2030/31",
                "70%",
                "Year 9 maths at expected standard from 51% · by Summer 2 2030/31",
                "4 pts",
                "Free school meals attendance gap from 7.9 pts · by Summer 2 2030/31",
                "Higher",
                "Carers who say we listen from 61% · target to agree with the carers' panel",
            ],
        ),
    )
    assert not [c for c in plan.commitments if c.kind == "phase_item"], plan.commitments
    assert not [p for p in plan.phases if p.name.lower().startswith("year")], plan.phases


def test_a_period_named_without_its_year_is_a_marker_not_work() -> None:
    for marker in ["Autumn 2", "Spring term", "summer", "March", "Q3"]:
        assert timeline.period_only(marker), marker
    for work in ["Autumn 2 open the new reading room", "Spring clean the archive", "Marchmont"]:
        assert not timeline.period_only(work), work


def test_a_handout_page_with_the_measures_and_the_roadmap_is_read_for_phases() -> None:
    """A handout prints several slides on a page, so the measures slide's title heads a page
    that also says "ROADMAP" over the phases: the page is still read for them. A page of
    measures alone is not."""
    from agent.planning.deck_plan import _measures_only, _Slide

    measures = [
        "MEASURES",
        "Year 3 spelling at expected standard from 64% · by Summer 2 2030/31",
        "Members served within a week from 61% · by March 2030",
    ]
    roadmap = ["ROADMAP", "24 months, three phases", "Phase 1: Prepare", "Oct 2027 - Mar 2028"]
    deck = slide_deck(
        [
            COVER,
            ("How we will know it is working", measures + roadmap),
            ("How we will know", measures),
        ]
    )
    handout, alone = (_Slide(deck, u, set(), set()) for u in deck.units[1:])
    assert not _measures_only(handout)
    assert _measures_only(alone)
