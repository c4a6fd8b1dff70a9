"""More slide shapes any industry uses for its own plan: lettered phases with their work and
gate nested under them, a table of waves, a workstream slide written as a plain column, due
dates inline in a first-90-days list, an undated numbered list, a pilot slide whose criteria
follow a sentence label. The wording here is made up for the tests."""

from __future__ import annotations

import pytest

from agent.knowledge import timeline
from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit

Line = str | tuple[str, int]  # text, or (text, outline level)


def _deck(
    slides: list[tuple[str, list[Line]]],
    *,
    bullets: bool | None = False,
    tables: dict[int, list[list[str]]] | None = None,
) -> Deck:
    units = []
    for n, (title, lines) in enumerate(slides, start=1):
        prov = Provenance(file="deck.pptx", slide=n)
        blocks = [Block(kind=BlockKind.title, text=title, source=prov)]
        for i, line in enumerate(lines):
            text, level = (line, 0) if isinstance(line, str) else line
            blocks.append(
                Block(
                    kind=BlockKind.body,
                    text=text,
                    order=i + 1,
                    level=level,
                    bullet=bullets,
                    source=prov,
                )
            )
        if tables and n in tables:
            rows = tables[n]
            blocks.append(
                Block(
                    kind=BlockKind.table,
                    text="\n".join(" | ".join(r) for r in rows),
                    rows=rows,
                    order=len(lines) + 1,
                    source=prov,
                )
            )
        units.append(Unit(number=n, kind="slide", title=title, blocks=blocks))
    return Deck(path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=units)


COVER = ("Harbour Freight 2029", ["Board paper, January 2027"])


def test_lettered_phases_keep_the_work_and_gate_nested_under_them() -> None:
    slide = (
        "How we get there",
        [
            "DELIVERY",
            "Page 7 of 12",
            "Phase A · Mobilise: January to April 2027",
            ("Crane contracts signed; yard survey complete", 1),
            ("Gate: Investment Review 1, end of April 2027", 1),
            "Phase B · Prove it: May to December 2027",
            ("Two automated cranes live on berth 4", 1),
            ("Gate: scale go/no-go, December 2027", 1),
            "Phase C · Scale: 2028",
            ("Berths 1-3 converted", 1),
            "Harbour Freight · Confidential",
        ],
    )
    plan = read_deck_plan(_deck([COVER, slide]))
    assert [p.name.split(" ·")[0] for p in plan.phases] == ["Phase A", "Phase B", "Phase C"]
    a, b, c = plan.phases
    assert a.start_week == 0 and round(a.end_week) == 17 and b.end_week <= c.start_week + 0.1
    assert a.gate and "Investment Review 1" in a.gate
    texts = [x.text for x in plan.commitments if x.kind == "phase_item"]
    assert "Two automated cranes live on berth 4" in texts
    assert not any("Page 7" in t or "Confidential" in t for t in texts)


def test_a_table_of_waves_gives_phases_their_dates_work_and_decisions() -> None:
    table = [
        ["Wave", "When", "Scope", "Decision at the end"],
        ["Wave 0 · Set-up", "January - March 2027", "Data model, hiring", "DP1 (March 2027): go"],
        ["Wave 1 · Trial", "April 2027 - March 2028", "Two depots end to end", "DP2: scale"],
        ["Wave 2 · Scale", "April 2028 - March 2029", "Every depot", "Annual review"],
    ]
    slides = [COVER, ("Three waves and two decisions", ["PLAN"])]
    plan = read_deck_plan(_deck(slides, tables={2: table}))
    assert [p.name for p in plan.phases] == ["Wave 0 · Set-up", "Wave 1 · Trial", "Wave 2 · Scale"]
    assert round(plan.phases[-1].end_week - plan.phases[0].start_week) == 117
    assert plan.phases[0].gate == "DP1 (March 2027): go"
    assert any(x.text == "Two depots end to end" for x in plan.commitments)


def test_a_workstream_slide_written_as_a_plain_column_is_its_initiatives() -> None:
    slides = [
        COVER,
        (
            "Workstream B · Faster turnarounds",
            [
                "Standing berth windows with our ten largest lines",
                "A shared gate-appointment system for every haulier",
                "Customs pre-clearance for all reefer boxes",
                "Four night-shift planners in the control room",
            ],
        ),
    ]
    got = [c for c in read_deck_plan(_deck(slides)).commitments if c.kind == "initiative"]
    assert len(got) == 4 and all(c.pillar for c in got)


def test_a_big_figure_over_its_caption_is_not_a_workstream_item() -> None:
    slides = [
        COVER,
        (
            "Workstream C · Energy",
            ["Shore power at every berth", "€2.1m", "a year saved on diesel alone", "40%"],
        ),
    ]
    titles = [c.title for c in read_deck_plan(_deck(slides)).commitments]
    assert not any("diesel alone" in t for t in titles)


def test_due_dates_written_inline_date_each_first_90_days_item() -> None:
    slides = [
        COVER,
        (
            "Our first 90 days",
            [
                "By 15 January: appoint the programme director and the four leads",
                "By 28 February: place the order for two automated cranes",
                "By 31 March: hold Investment Review 1",
            ],
        ),
    ]
    got = [c for c in read_deck_plan(_deck(slides)).commitments if c.kind == "milestone"]
    assert [c.title.split()[0] for c in got] == ["Appoint", "Place", "Hold"]
    assert got[0].end_week is not None and got[0].end_week < 3
    assert got[-1].end_week is not None and 12 < got[-1].end_week < 14


def test_an_undated_numbered_first_100_days_list_is_one_milestone_per_item() -> None:
    slides = [
        COVER,
        (
            "The first 100 days",
            [
                "04 | NEXT STEPS",
                "1. Appoint the workstream leads and an interim Head of Berth Planning & Yard",
                "2. Agree the baseline: every vessel call in 2025-2026",
                "3. Start recruiting the four night-shift planners",
            ],
        ),
    ]
    got = [c for c in read_deck_plan(_deck(slides)).commitments if c.kind == "milestone"]
    assert [c.title.split()[0] for c in got] == ["Appoint", "Agree", "Start"]
    assert max(c.end_week or 0 for c in got) <= 100 / 7 + 0.01


def test_a_first_90_days_list_dated_by_one_window_is_one_milestone_per_numbered_item() -> None:
    """ "Mobilise, October to December 2027" over items numbered in drawn squares ("3 Sign
    ..."): each item is a milestone inside that window, on the plan's clock (the plan starts
    in July 2027, so the window is its second quarter), not one run of text. A figure that
    opens a line of an unnumbered list is the item's own."""
    slides = [
        ("Harbour Freight 2029", ["Board paper, January 2027", "Plan July 2027 to June 2030"]),
        (
            "The first 90 days",
            [
                "MOBILISE, OCTOBER TO DECEMBER 2027",
                "1 Appoint the pilot lead and a remote operations trainer.",
                "2 Agree the baselines for the seven measures with Performance.",
                "3 Book simulator time for the first 16 crane drivers.",
            ],
        ),
    ]
    got = [c for c in read_deck_plan(_deck(slides)).commitments if c.kind == "milestone"]
    assert [c.title.split()[0] for c in got] == ["Appoint", "Agree", "Book"], got
    assert all((c.start_week or 0) >= 12 and (c.end_week or 99) <= 27 for c in got), got
    figures = (
        "Our first 100 days",
        [
            "12 New depot managers trained in the new rostering tool",
            "Recruit the four night-shift planners for the pilot depot",
        ],
    )
    got = read_deck_plan(_deck([COVER, figures], bullets=True)).commitments
    assert any(c.title.startswith("12 New depot managers") for c in got), got


def test_a_workstream_page_with_sub_headings_and_long_items_is_still_its_initiatives() -> None:
    """A PDF page under a "WORKSTREAM: ..." eyebrow: sub-headings ("Deviations", "CAPA") over
    plain lines, one of them long. The sub-headings are no items and do not outvote them."""
    detail = (
        "Resolve: deviations that close, and stay closed",
        [
            "WORKSTREAM: RESOLVE",
            "Deviations",
            "Triage every deviation within one working day of being raised",
            "Eight trained root-cause investigators, one per area",
            "CAPA",
            "Seal and label lines 4 to 9 to case and pallet: line 4 at the December 2027 "
            "shutdown, lines 5 to 7 in August 2028 and lines 8 and 9 in December 2028, each "
            "after its validation",
            "Trend reviews by line and product every quarter",
        ],
    )
    titles = [c.title for c in read_deck_plan(_deck([COVER, detail])).commitments]
    for opening in ("Triage every deviation", "Eight trained", "Seal and label", "Trend reviews"):
        assert any(t.startswith(opening) for t in titles), (opening, titles)
    assert not any(t in ("Deviations", "CAPA") for t in titles), titles


def test_two_column_headings_over_their_items_make_every_item_an_initiative() -> None:
    """ "Route and dock planning" and "Fleet and stores" head two columns of three plain lines:
    six initiatives, not one card of the second heading and its first line."""
    detail = (
        "Transport: plan the fleet, not just the route",
        [
            "PROGRAMME 3",
            "Route and dock planning",
            "Fleet and stores",
            "Route planning software at all four sites, replacing spreadsheet planning",
            "Dock door slots booked from the warehouse system",
            "Backhaul: collect from suppliers on the way back from stores",
            "Trailers leaving at least 85% full by cube",
            "Delivery windows agreed with every store and reviewed each quarter",
            "Tracking units fitted to every trailer",
        ],
    )
    titles = [c.title for c in read_deck_plan(_deck([COVER, detail])).commitments]
    for opening in ("Route planning", "Dock door", "Backhaul", "Trailers", "Delivery", "Tracking"):
        assert any(t.startswith(opening) for t in titles), (opening, titles)
    assert not any(t.startswith("Fleet and stores") for t in titles), titles


def test_a_pilot_slide_names_the_pilot_and_lists_its_criteria_under_a_sentence_label() -> None:
    slides = [
        COVER,
        (
            "Pilot: Berth 4 night operations",
            [
                "May to December 2027 · two automated cranes while berths 1-3 run as today",
                "The pilot is accepted when",
                "the port authority has approved the crane safety case",
                "32 moves per crane hour are sustained on night shifts",
                "no lost-time injury on the berth",
            ],
        ),
    ]
    plan = read_deck_plan(_deck(slides))
    assert plan.pilot is not None and plan.pilot.name == "Berth 4 night operations"
    marked = [c for c in plan.commitments if c.pilot]
    assert len(marked) == 1 and "two automated cranes" in marked[0].text
    gate = next(c for c in plan.commitments if c.kind == "gate")
    assert "32 moves per crane hour" in gate.text and "no lost-time injury" in gate.text
    items = [c.text for c in plan.commitments if c.kind == "phase_item"]
    assert not any("32 moves" in t for t in items)


def test_due_date_labels() -> None:
    jan = timeline.deadline("By 15 January", start_year=2027)
    assert jan is not None and jan.absolute and round(jan.end, 2) == round(15 / 7, 2)
    day = timeline.deadline("by day 30", start_year=None)
    assert day is not None and not day.absolute and round(day.end, 2) == round(30 / 7, 2)
    assert timeline.deadline("By the board", start_year=2027) is None
    assert timeline.deadline("March", start_year=2027) is None  # a bare month is a column label


def test_a_gates_slide_says_what_each_gate_decides() -> None:
    roadmap = (
        "Roadmap",
        [
            "Phase 1 · Design: January to June 2027",
            "Phase 2 · Trial at berth 4: July 2027 to June 2028",
            "Phase 3 · Scale: July 2028 to June 2029",
        ],
    )
    gates = (
        "Gates and what each one decides",
        [
            "Gate 1 · June 2027",
            "Release trial capital",
            "Gate 2 · June 2028",
            "Go / no-go for scale",
            "Every trial criterion met for eight weeks",
            "The Port Board takes every gate decision.",
        ],
    )
    phases = read_deck_plan(_deck([COVER, roadmap, gates])).phases
    assert phases[0].gate == "Release trial capital"
    assert phases[1].gate == "Go / no-go for scale; Every trial criterion met for eight weeks"


def test_each_risk_is_the_line_its_mitigation_answers() -> None:
    slide = (
        "Risks and mitigations",
        [
            ("Crane delivery slips", 0),
            ("Mitigation: contractual dates with damages", 1),
            ("The trial berth is needed for a new line's calls in the peak", 0),
            ("Mitigation: keep berth 5 as the back-up trial berth", 1),
        ],
    )
    risks = [c for c in read_deck_plan(_deck([COVER, slide])).commitments if c.kind == "risk"]
    assert [r.title for r in risks] == [
        "Mitigate crane delivery slips",
        "Mitigate the trial berth is needed for a new line's calls in the peak",
    ]


def test_enabler_and_programme_slides_named_by_their_eyebrow_list_commitments() -> None:
    enablers = (
        "Data and systems we depend on",
        [
            "08 · ENABLERS",
            "Crane telemetry from all 14 cranes fed into the control room",
            "Berth schedules cleaned and signed off before each terminal goes live",
            "A gate booking portal for every haulier",
        ],
    )
    programme = (
        "Quayside: faster, safer turnarounds",
        [
            "PROGRAMME 2",
            "A remote-operation desk for every two cranes",
            "Lashing crews trained on the new twistlocks",
            "Night shifts rostered to the vessel forecast",
        ],
    )
    got = read_deck_plan(_deck([COVER, enablers, programme])).commitments
    titles = [c.title for c in got if c.kind == "initiative"]
    assert any(t.startswith("Crane telemetry") for t in titles), titles
    assert any(t.startswith("Berth schedules cleaned") for t in titles), titles
    assert any(t.startswith("Lashing crews trained") for t in titles), titles


def test_a_meeting_named_by_its_rhythm_under_a_governance_eyebrow_is_governance() -> None:
    slide = (
        "How the programme is run",
        [
            "GOVERNANCE",
            "Port Board · monthly",
            "Chair: Chief Executive. Decides the gates and releases capital.",
            "Berth readiness call · weekly",
            "Run by the Programme Director with the terminal managers before each go-live.",
        ],
    )
    got = [c.title for c in read_deck_plan(_deck([COVER, slide])).commitments]
    assert "Berth readiness call · weekly" in got, got


def _outcome_deck() -> Deck:
    overview = (
        "Four Outcomes",
        [
            "1",
            "One front door",
            "One account for every service the authority runs.",
            "2",
            "Records we can trust",
            "One register of addresses and published performance.",
            "3",
            "Skills & culture",
            "Service owners and digital skills across every department.",
        ],
    )
    detail = (
        "Records We Can Trust",
        [
            "OUTCOME 2",
            "One source for every address",
            "The address register is the one source for every new service",
            "A privacy impact assessment for every redesigned service before beta",
            "Publish service performance monthly from April 2028",
        ],
    )
    stages = (
        "Every service goes through the same stages",
        ["Alpha", "try options, prototype", "Public beta", "open to all, old route kept"],
    )
    deck = _deck([COVER, overview, detail, stages])
    for block in deck.units[2].blocks[3:]:
        block.bullet = True  # the items are bulleted; the eyebrow and subtitle are not
    return deck


def test_numbered_outcomes_are_pillars_and_their_bullets_whatever_their_grammar_are_work() -> None:
    plan = read_deck_plan(_outcome_deck())
    assert plan.pillars == ["One front door", "Records we can trust", "Skills & culture"]
    got = {c.title: c for c in plan.commitments if c.kind == "initiative"}
    assert any(t.startswith("The address register is the one source") for t in got), got
    assert any(t.startswith("A privacy impact assessment") for t in got), got
    assert all(c.pillar == "Records we can trust" for c in got.values())
    # What a slide draws bullets for is listed; its unbulleted subtitle is not.
    assert "One source for every address" not in got
    # A lower-case caption under a stage's name ("open to all") is no imperative.
    assert not any(t.startswith("open to all") for t in got), got


def test_a_numbered_pillar_name_finds_the_slide_that_details_it() -> None:
    overview = (
        "Three Strategic Pillars",
        [
            "Where we will win",
            "① Harbour Services",
            "Berth-side services that keep every vessel on its window.",
            "② Inland Links",
            "Rail and barge slots booked with the import boxes they carry.",
        ],
    )
    detail = (
        "Harbour Services: berth windows kept",
        ["• Publish every berth window a week ahead to each shipping line"],
    )
    plan = read_deck_plan(_deck([COVER, overview, detail]))
    found = [c for c in plan.commitments if c.title.startswith("Publish every berth window")]
    assert found and found[0].pillar == "Harbour Services", found


def test_a_tile_restating_a_kpi_row_is_one_measure() -> None:
    tile = (
        "Pillar 1 · Predictive maintenance",
        ["18%", "reduction in repair cost", "40%", "fewer breakdown call-outs"],
    )
    table = ("KPI targets for 2029", ["Where we will be"])
    rows = [
        ["KPI", "Baseline", "Target 2029"],
        ["Unit repair cost", "EUR 96k a month", "-18%"],
        ["Machines reporting live data", "31%", ">=65%"],
    ]
    plan = read_deck_plan(_deck([COVER, tile, table], tables={3: rows}))
    costs = [k for k in plan.kpis if "repair cost" in k.metric.lower()]
    assert len(costs) == 1 and costs[0].metric == "Unit repair cost", plan.kpis
    assert any("breakdown call-outs" in k.metric for k in plan.kpis)


def test_pillar_work_starts_when_the_timeline_does_that_work() -> None:
    from agent.planning.commitments import commitment_tasks
    from agent.planning.deck_plan import Commitment, DeckPhase, DeckPlan
    from schemas.context import OrgContext, Role
    from schemas.plan import Source

    src = Source(file="deck.pptx", slide=5)
    plan = DeckPlan(
        pillars=["Line Upkeep", "Camera Inspection"],
        pillar_details={
            "Line Upkeep": "Vibration sensors and work orders move upkeep from reactive to planned",
            "Camera Inspection": "Cameras and a defect model check every weld",
        },
        phases=[
            DeckPhase(name="Phase 1", start_week=0, end_week=26, source=src),
            DeckPhase(name="Phase 2", start_week=26, end_week=78, source=src),
        ],
    )
    plan.pillar_text = dict(plan.pillar_details)

    def item(
        title: str, kind: str = "phase_item", phase: str | None = None, pillar: str | None = None
    ) -> Commitment:
        return Commitment(
            kind=kind, title=title, text=title, source=src, phase=phase, pillar=pillar
        )  # type: ignore[arg-type]

    plan.commitments = [
        item("Sensor install on the pilot line", phase="Phase 1"),
        item("Camera inspection hardware", phase="Phase 2"),
        item("Defect model training", phase="Phase 2"),
        # The pillar slides' own work, undated there.
        item(
            "Mount cameras with ring lighting over each weld station",
            "initiative",
            pillar="Camera Inspection",
        ),
        item(
            "Label past defects to train the defect model", "initiative", pillar="Camera Inspection"
        ),
        item("Route alerts into work orders for the crews", "initiative", pillar="Line Upkeep"),
    ]
    org = OrgContext(
        root=".",
        roles=[Role(name="Plant Manager", tier="core", responsibilities=["the plant"], source="r")],
    )
    got = {t.title: t.phase for t in commitment_tasks(plan, [], [], org)}
    assert got["Mount cameras with ring lighting over each weld station"] == "Phase 2"
    assert got["Label past defects to train the defect model"] == "Phase 2"
    assert got["Route alerts into work orders for the crews"] == "Phase 1"


def test_a_slide_that_proves_one_unit_first_names_the_pilot_without_the_word() -> None:
    slides = [
        COVER,
        (
            "The Harbourside Loop: proving it first",
            [
                "Line 4 between the ferry terminal and the old mill, March to October 2027",
                "Contactless fares on every Line 4 bus",
                "Bus priority at 18 junctions on Quay Street",
                "Success criteria for the board checkpoint:",
                "25% of fares paid contactless within six months",
                "Line 4 punctuality of 85% or better",
            ],
        ),
    ]
    plan = read_deck_plan(_deck(slides))
    assert plan.pilot is not None and plan.pilot.name == "Harbourside Loop"
    marked = [c for c in plan.commitments if c.pilot]
    assert len(marked) == 1 and marked[0].source.slide == 2
    assert "Harbourside Loop" in marked[0].title
    gate = next(c for c in plan.commitments if c.kind == "gate")
    assert "85% or better" in gate.text
    # The object of the cue names it when the title has nothing else.
    alone = [COVER, ("Prove the Nordic region first", ["Four customers live by Q2"])]
    assert read_deck_plan(_deck(alone)).pilot.name == "Nordic region"  # type: ignore[union-attr]


def test_a_pilot_named_by_a_run_of_its_scope_is_the_unit_it_names() -> None:
    slides = [
        COVER,
        (
            "Start small",
            [
                "Pilot: general surgery, Northfield Hospital, Oak and Elm wards (40 beds), 10 weeks from 1 May 2027",
                "Discharge lounge open from 08:00",
            ],
        ),
    ]
    plan = read_deck_plan(_deck(slides))
    assert plan.pilot is not None
    assert (plan.pilot.name, plan.pilot.unit) == ("Oak and Elm", "ward")


def test_a_first_days_list_of_label_heading_sentence_keeps_each_heading_with_its_sentence() -> None:
    slides = [
        COVER,
        (
            "The first 100 days",
            [
                "Before the summer peak",
                "Weeks 1–2",
                "Owners",
                "Name the accountable lead for each workstream.",
                "Weeks 3–6",
                "Supplier",
                "Sign the cold-chain contract with the carrier.",
                "Weeks 6–10",
                "Pilot",
                "Launch the Oak ward trial on 2 May.",
            ],
        ),
    ]
    got = {c.title: c.text for c in read_deck_plan(_deck(slides)).commitments}
    assert got.get("Supplier") == "Sign the cold-chain contract with the carrier."
    assert got.get("Pilot") == "Launch the Oak ward trial on 2 May."


def test_a_tile_saying_which_way_a_row_moves_is_that_row_and_the_row_keeps_its_sign() -> None:
    tile = ("Summary", ["30%", "faster claim settlement", "Straight-through processing"])
    table = ("KPI targets for 2029", ["Where we will be"])
    rows = [
        ["KPI", "Baseline", "Target 2029"],
        ["Claim settlement efficiency", "Baseline", "+30%"],
        ["Stock held in the depots", "Baseline", "-18%"],
    ]
    plan = read_deck_plan(_deck([COVER, tile, table], tables={3: rows}))
    settle = [k for k in plan.kpis if "settlement" in k.metric.lower()]
    assert len(settle) == 1 and settle[0].target == "+30%", plan.kpis
    stock = next(k for k in plan.kpis if "Stock" in k.metric)
    assert stock.target == "-18%"


def test_a_tile_caption_in_words_is_no_baseline_and_no_card() -> None:
    slide = (
        "Pillar 2 Expected Impact: fewer errors",
        [
            "Error rate down by two thirds",
            "40%",
            "checker headcount reduction",
            "Moved to complaint follow-up",
            "93%",
            "answer accuracy on the help desk",
            "Monthly sample, with auditor notes",
        ],
    )
    split = (
        "Pillar 3 · Partner model",
        [
            "How revenue is shared",
            "70%",
            "Owner net proceeds",
            "12%",
            "Partner platform fee",
            "Charged on annual net operating income, never on asset gains",
        ],
    )
    plan = read_deck_plan(_deck([COVER, slide, split]))
    heads = next(k for k in plan.kpis if "headcount" in k.metric)
    assert heads.baseline is None and heads.target == "40%"
    titles = [c.title for c in plan.commitments]
    assert not any(t.startswith("answer accuracy") for t in titles), titles
    assert any(t.startswith("Partner platform fee 12%") for t in titles), titles


def test_cards_on_a_plan_slide_no_pillar_claims_are_its_commitments() -> None:
    context = (
        "Three shifts in the market",
        [
            "What guests want now",
            "Slow Travel",
            "Guests book longer stays and want to know the place they stay in",
            "Local Food",
            "Menus that name the farm are now expected at the top of the market",
        ],
    )
    pillars = (
        "Three Strategic Pillars",
        [
            "Where we will win",
            "Local Building",
            "Local materials and low-intervention building in every property",
            "Quiet Service",
            "A butler for every party and a curated programme of local culture",
        ],
    )
    talent = (
        "Supply Chain & Standards",
        [
            "Sourcing, training and maintenance",
            "Local Sourcing Network",
            "Each property contracts eight to twelve farms within a short drive of the site.",
            "Host Training & Accreditation",
            "New hosts complete a six-week academy programme and pass a blind assessment before serving guests.",
        ],
    )
    cadence = (
        "Delivery Assurance: A Governance Cadence",
        [
            "Monthly reviews and a yearly kickoff",
            "Monthly Regional Review",
            "Regional managers report on openings and costs, raise issues and agree the coming month's actions.",
            "Chief Executive",
            "Owns the plan and settles every question between the regions and head office.",
        ],
    )
    plan = read_deck_plan(_deck([COVER, context, pillars, talent, cadence]))
    got = {c.title.split(":")[0]: c.kind for c in plan.commitments}
    assert got.get("Host Training & Accreditation") == "initiative", got
    assert got.get("Local Sourcing Network") == "initiative", got
    assert got.get("Monthly Regional Review") == "governance", got
    assert "Slow Travel" not in got and "Chief Executive" not in got, got


def test_cards_on_a_gates_slide_are_gate_decisions() -> None:
    pillars = (
        "Two Strategic Pillars",
        [
            "Where we will win",
            "Faster Sorting",
            "Automated sorters in every depot on the network by the end of the plan",
            "Fewer Errors",
            "Scanning at every hand-off so no parcel is lost between two depots",
        ],
    )
    gates = (
        "Gates and what each one decides",
        [
            "Gate 1 · end of March 2027",
            "Release pilot capital",
            "Detailed design signed off by the design authority and the sorter supplier selected.",
            "Gate 2 · December 2027",
            "Go / no-go for the first wave",
            "Every pilot acceptance criterion met for eight consecutive weeks.",
        ],
    )
    plan = read_deck_plan(_deck([COVER, pillars, gates]))
    kinds = {c.title.split(":")[0]: c.kind for c in plan.commitments if c.source.slide == 3}
    assert kinds.get("Release pilot capital") == "gate", kinds
    assert kinds.get("Go / no-go for the first wave") == "gate", kinds


def test_gate_cards_headed_by_their_number_are_gates_with_their_pass_marks() -> None:
    """ "Gate 1" alone over when it falls, then its pass marks as bullets (one bullet wrapped
    onto a line of its own by the PDF): each card is one gate, in the deck's words, and its
    bullets are its criteria, not work."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            COVER,
            (
                "Two Strategic Pillars",
                [
                    "Faster Sorting",
                    "Automated sorters in every depot on the network by the end of the plan",
                    "Fewer Errors",
                    "Scanning at every hand-off so no parcel is lost between two depots",
                ],
            ),
            (
                "Gates and pass marks",
                [
                    "Gate 1",
                    "At the spring review",
                    "(after week 11)",
                    "• Two depots sorting on the new line since week 1",
                    "• Sorter design seen by the Health and",
                    "Safety Committee at its March meeting",
                    "Gate 2",
                    "Go/no-go for every depot",
                    "• Mis-sorts under 0.5% for ten weeks",
                ],
            ),
        ],
        marked=True,
    )
    gates = [(c.title, c.criteria) for c in read_deck_plan(deck).commitments if c.source.slide == 3]
    assert gates == [
        (
            "Gate 1: At the spring review (after week 11)",
            "Two depots sorting on the new line since week 1; Sorter design seen by the Health"
            " and Safety Committee at its March meeting",
        ),
        ("Gate 2: Go/no-go for every depot", "Mis-sorts under 0.5% for ten weeks"),
    ], gates


def test_phases_dated_on_their_own_line_own_the_work_under_them_and_their_gate() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "How the plan unfolds",
                [
                    "Phase 1: Foundations (April 2027 to March 2028)",
                    "Launch the resident account with sign-in for every online service",
                    "Phase 1 gate: the Cabinet decides on the citywide launch",
                    "Phase 2: Go citywide (April 2028 to March 2029)",
                    "Close the paper application routes at all five libraries",
                ],
            )
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert [p.name.split(" (")[0] for p in plan.phases] == [
        "Phase 1: Foundations",
        "Phase 2: Go citywide",
    ]
    assert plan.phases[0].gate == "the Cabinet decides on the citywide launch"
    work = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert work == {
        "Launch the resident account with sign-in for every online service": plan.phases[0].name,
        "Close the paper application routes at all five libraries": plan.phases[1].name,
    }


def test_phases_named_in_a_row_over_quarter_columns_own_the_cells_under_them() -> None:
    from tests.decks import slide_deck, table_block

    deck = slide_deck([("Two years, three chapters", ["Roadmap"])])
    rows = [
        ["", "Q2 2027", "Q3 2027", "Q4 2027", "Q1 2028", "Q2 2028"],
        ["Chapter", "Getting ready", "", "Trying it at the depot", "", "Opening up"],
        ["Ticketing", "Tender", "Contract signed", "Live at the depot", "", "Live everywhere"],
        ["Decisions", "", "Ready? (September)", "", "Go/no-go (March)", ""],
    ]
    deck.units[0].blocks.append(table_block(rows, 1, order=2))
    plan = read_deck_plan(deck)
    assert [(p.name, p.gate) for p in plan.phases] == [
        ("Getting ready", "Ready? (September)"),
        ("Trying it at the depot", "Go/no-go (March)"),
        ("Opening up", None),
    ]
    assert plan.phases[0].end_week - plan.phases[0].start_week == pytest.approx(26, abs=1)
    work = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert work["Ticketing: Live at the depot"] == "Trying it at the depot", work


def test_a_roadmap_table_of_quarter_columns_without_phases_dates_each_cell_by_its_column() -> None:
    from tests.decks import slide_deck, table_block

    # The phases come from another slide (chevrons); the table's cells are the work, each
    # dated by its quarter, and a piece written across merged cells by all of them.
    deck = slide_deck(
        [
            ("Harbour Mills 2028-2029", ["Board paper"]),
            (
                "Roadmap",
                ["Phase 1: Stabilise (Jan to Jun 2028)", "Phase 2: Scale (Jul 2028 to Dec 2029)"],
            ),
            ("Eight quarters, three workstreams", []),
        ]
    )
    quarters = [f"Q{q} {y}" for y in (2028, 2029) for q in (1, 2, 3, 4)]
    rows = [
        ["Workstream", *quarters],
        [
            "Maintenance",
            "Tag the 40 critical assets",
            "",
            "Fit sensors on line 2",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "Quality",
            "",
            "",
            "Pilot inline inspection",
            "",
            "Roll inline inspection out",
            "",
            "",
            "",
        ],
        ["People", "", "Recruit apprentices", "Recruit apprentices", "", "", "", "", ""],
        ["Budget", "", "1.2m", "0.8m", "", "", "", "", ""],
    ]
    deck.units[2].blocks.append(table_block(rows, 3, order=2))
    plan = read_deck_plan(deck)
    work = {c.text: (str(c.phase), c.start_week, c.end_week) for c in plan.commitments}
    assert work["Maintenance: Tag the 40 critical assets"][1:] == (0, 13), work
    assert "Stabilise" in work["Maintenance: Tag the 40 critical assets"][0]
    assert "Scale" in work["Maintenance: Fit sensors on line 2"][0]
    # two bars of one workstream in different quarters are two pieces of work
    assert work["Quality: Pilot inline inspection"][1:] == (26, 39)
    assert work["Quality: Roll inline inspection out"][1:] == (52, 65)
    assert work["People: Recruit apprentices"][1:] == (13, 39)  # merged over Q2 and Q3
    assert not any(c.title in ("Maintenance", "Quality", "People") for c in plan.commitments)
    assert not any("1.2m" in c.text for c in plan.commitments)


def test_a_phase_dated_in_fiscal_quarters_and_in_months_takes_the_months() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Right First Time", ["Quality plan, FY28 to FY30", "April 2027 to March 2030"]),
            (
                "Four steps to March 2030",
                [
                    "Step 1: Prepare",
                    "Q1 to Q3 FY28",
                    "April to December 2027",
                    "Electronic records validated",
                    "Readiness gate, December 2027",
                    "Step 2: Pilot",
                    "Q4 FY28 to Q1 FY29",
                    "January to June 2028",
                    "Line 4 on electronic records",
                    "Go/no-go, June 2028",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert plan.start_year == 2027
    # weeks from the plan's own start (April 2027)
    assert [(p.name, p.start_week, p.end_week, p.gate) for p in plan.phases] == [
        ("Step 1: Prepare", 0.0, 39.0, "Readiness gate"),
        ("Step 2: Pilot", 39.0, 65.0, "Go/no-go"),
    ]
    work = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert work == {
        "Electronic records validated": "Step 1: Prepare",
        "Line 4 on electronic records": "Step 2: Pilot",
    }


def test_first_person_commitments_are_the_decks_work_its_goals_and_measures_are_not() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "We will know and welcome every visitor",
                [
                    "Promise one",
                    "We will replace the two ticketing systems with one ticketing and CRM system.",
                    "We’ll put a scanner at every entrance.",
                    "We will be the most visited museums in the north.",
                    "We'll be the museum the region is proud of.",
                    "We will know this is working when half of all visits are booked online.",
                ],
            ),
            (
                "Our first ninety days",
                [
                    "We will publish the tender for one ticketing system.",
                    "We will open consultation with the Staff Council on rotas.",
                ],
            ),
        ],
        bullets=False,
    )
    got = {(c.kind, c.title) for c in read_deck_plan(deck).commitments}
    assert (
        "initiative",
        "Replace the two ticketing systems with one ticketing and CRM system.",
    ) in got
    assert ("initiative", "Put a scanner at every entrance.") in got, got  # said "We'll"
    assert ("milestone", "Publish the tender for one ticketing system.") in got
    assert ("milestone", "Open consultation with the Staff Council on rotas.") in got
    assert not any(
        "most visited" in t or "know this is working" in t or "proud" in t for _, t in got
    ), got


def test_a_work_list_heading_makes_its_noun_phrases_work_until_the_next_heading() -> None:
    """Under "What we will do" or "Our commitments" every line is the deck's work, whatever its
    grammar ("Roll-out of ...", "Twin-lift spreaders on ..."); under "What it delivers" none is."""
    slide = (
        "Depots: fewer failed drops",
        [
            "WORKSTREAM 1: DEPOTS",
            "What we will do",
            "Roll-out of route planning to all nine depots.",
            "Electric vans for the two city-centre depots, from 2028.",
            "We will retrain every driver on the new handheld.",
            "What it delivers",
            "Fewer failed first deliveries on every round.",
            "First-time delivery from 88% today to 96% by 2029.",
        ],
    )
    pledges = (
        "Ambition 2: safer rounds",
        [
            "Our commitments",
            "A refreshed risk assessment for every round, built from incident data.",
        ],
    )
    titles = [c.title for c in read_deck_plan(_deck([COVER, slide, pledges])).commitments]
    for start in (
        "Roll-out of route planning",
        "Electric vans",
        "retrain every driver",
        "A refreshed risk",
    ):
        assert any(start.lower() in t.lower() for t in titles), (start, titles)
    assert not any(t.startswith(("Fewer failed", "First-time delivery", "What")) for t in titles), (
        titles
    )


def test_asks_opened_on_a_governance_slide_are_asks_and_the_opening_is_none() -> None:
    slide = (
        "Governance and decisions today",
        [
            "A programme board chaired by the Chief Executive meets monthly.",
            "We ask the Trust Board to",
            "Approve the plan.",
            "Approve £3.2m over three years and release £0.9m for stage 1.",
            "Members are asked to",
            "Endorse the depot plan.",
        ],
    )
    got = [(c.kind, c.title) for c in read_deck_plan(_deck([COVER, slide])).commitments]
    asks = [t for k, t in got if k == "ask"]
    assert any(t.startswith("Approve £3.2m") for t in asks), got
    assert any(t.startswith("Endorse the depot plan") for t in asks), got
    assert not any("asked to" in t or t.startswith("We ask") for _, t in got), got


def test_asks_put_to_a_named_body_are_asks_under_the_first_90_days_too() -> None:
    """ "Cabinet is asked to" over numbered asks is the asks slide; "Decisions asked of the
    Board" under a first-90-days list opens asks there, and the list above keeps its work."""
    cabinet = (
        "Recommendations",
        [
            "Cabinet is asked to",
            "1. Approve the waste strategy for 2028-2031",
            "2. Delegate each gate decision to the Corporate Director",
        ],
    )
    first = (
        "Our first 90 days",
        [
            "Appoint the programme office by 14 February",
            "Order six crane lorries by 31 March",
            "Every area manager is asked to:",
            "Review the backlog of open repairs in their patch by June 2030",
            "Decisions asked of the Board, 24 January 2030",
            "1. Approve the plan for FY30 to FY32",
            "2. Release £7.4m of capital for FY30 and FY31",
        ],
    )
    got = [(c.kind, c.title) for c in read_deck_plan(_deck([COVER, cabinet, first])).commitments]
    asks = [t for k, t in got if k == "ask"]
    for start in ("Approve the waste", "Delegate each gate", "Approve the plan", "Release £7.4m"):
        assert any(t.startswith(start) for t in asks), (start, got)
    work = [t for k, t in got if k != "ask"]
    assert any(t.startswith("Order six crane") for t in work), got
    # a line that asks the deck's own managers for work is no ask of a governing body
    assert any(t.startswith("Review the backlog") for t in work), got
    assert not any(t.startswith(("Approve", "Release", "Decisions")) for t in work), got


def test_a_kpi_on_the_plan_on_a_page_is_cited_where_the_kpi_slide_defines_it() -> None:
    """A plan on a page repeats each KPI in its pillar rows; the KPI slide later defines it
    with its baseline and years. The KPI cites the KPI slide and keeps the page it was also
    stated on; a one-word measure ("Total sales") is not the longer "Share of sales ordered
    online" of another row."""
    page = ("Plan on a page", ["One plan, three pillars"])
    kpis = ("KPIs: baselines and targets", ["Owners report monthly"])
    tables = {
        2: [
            ["Pillar", "Key actions", "KPI", "Baseline", "Target", "By"],
            [
                "Order your way",
                "Account prices online",
                "Share of sales ordered online",
                "6%",
                "18%",
                "Jan-33",
            ],
            ["Stock", "Cycle counts", "Stock record accuracy", "93%", "98.5%", "Jan-32"],
        ],
        3: [
            ["Measure", "Baseline (FY29)", "FY32 target", "Owner"],
            ["Total sales", "£418m", "£540m", "Finance Director"],
            ["Share of sales ordered online", "6.2%", "18.0%", "Head of Digital"],
            ["Stock record accuracy", "93.1%", "98.5%", "Head of Supply"],
        ],
    }
    plan = read_deck_plan(_deck([COVER, page, kpis], tables=tables))
    got = {k.metric: (k.source.slide, [a.slide for a in k.also]) for k in plan.kpis}
    assert got["Share of sales ordered online"] == (3, [2]), got
    assert got["Stock record accuracy"] == (3, [2]), got
    assert got["Total sales"] == (3, []), got


def test_a_timelines_stage_names_in_one_row_of_shapes_take_the_dates_under_them() -> None:
    """Chevrons named "Prepare", "Pilot in the north", "Scale-up" side by side, then each
    column's dates, work and gate: three phases on the deck's clock."""
    prov = Provenance(file="deck.pptx", slide=2)

    def line(text: str, box: tuple[int, int, int, int] | None = None) -> Block:
        return Block(kind=BlockKind.body, text=text, box=box, source=prov)

    names = [("Prepare", 0), ("Pilot in the north", 1), ("Scale-up", 2)]
    blocks = [Block(kind=BlockKind.title, text="Our timeline", source=prov)]
    blocks += [
        line(n, (500_000 + i * 3_700_000, 1_700_000, 3_600_000, 1_100_000)) for n, i in names
    ]
    blocks += [
        line(t)
        for t in (
            "October 2027 to March 2028",
            "Referral form built",
            "Gate: ready to pilot, March 2028",
            "April to December 2028",
            "Risk-ordered visits in two districts",
            "Go/no-go, December 2028",
            "January to December 2029",
            "Every district on risk-ordered visits",
            "Decision points:",
            "Board approval of the business case, June 2027",
            "Source: Finance team analysis, May 2027",
        )
    ]
    cover = Unit(
        number=1,
        kind="slide",
        title="Prevent first 2029",
        blocks=[
            Block(
                kind=BlockKind.title,
                text="Prevent first 2029",
                source=Provenance(file="deck.pptx", slide=1),
            )
        ],
    )
    deck = Deck(
        path="deck.pptx",
        name="deck.pptx",
        sha256="0" * 64,
        kind="pptx",
        units=[cover, Unit(number=2, kind="slide", title="Our timeline", blocks=blocks)],
    )
    plan = read_deck_plan(deck)
    phases = [(p.name, p.start_week, p.end_week) for p in plan.phases]
    assert [n for n, _, _ in phases] == ["Prepare", "Pilot in the north", "Scale-up"], phases
    assert phases[0][1] < phases[1][1] < phases[2][1] and phases[1][1] >= phases[0][2] - 1
    # Each column's gate is its stage's gate (the sponsor is Accountable for it), and its
    # work is the stage's, not a loose line of the slide.
    gates = [p.gate for p in plan.phases]
    assert gates[0] and "ready to pilot" in gates[0] and gates[1] and "Go/no-go" in gates[1]
    assert gates[2] is None, gates
    # The slide's closing lines ("Decision points:", a source) are no stage's work.
    last = [c.text for c in plan.commitments if c.phase and c.phase.startswith("Scale")]
    assert not any("Decision points" in t or t.startswith("Source") for t in last), last


def test_a_trial_staged_without_the_word_pilot_is_the_pilot_named_by_its_title() -> None:
    """ "What we will try" over the scope and "Go to the whole network if" over the criteria:
    the slide stages the pilot; its title names it ("Project Beacon")."""
    trial = (
        "Project Beacon: four depots in the north",
        [
            "What we will try",
            "Go to the whole network if",
            "Four northern depots, January to September 2028.",
            "Route plans and the new rota, together.",
            "90% of rounds finished on time.",
        ],
    )
    plan = read_deck_plan(_deck([COVER, trial]))
    assert plan.pilot is not None and plan.pilot.name == "Project Beacon", plan.pilot
    titles = [c.title for c in plan.commitments]
    assert not any(t.startswith("Go to the whole network") for t in titles), titles


@pytest.mark.parametrize(
    ("title", "name"), [("The Harrowby trial", "Harrowby"), ("Kelso Street pilot", "Kelso Street")]
)
def test_a_slide_titled_by_its_trial_names_the_pilot(title: str, name: str) -> None:
    """A slide whose whole title is the trial ("The Harrowby trial", with only an eyebrow
    saying PILOT) names the pilot, however often other slides mention a different place."""
    other = ("Where we start", ["Open the new desk at Marlow first, then at Fenby."])
    trial = (title, ["PILOT", "Where: the north slope, from the top station down.", "Lead: Ops"])
    plan = read_deck_plan(_deck([COVER, other, trial]))
    assert plan.pilot is not None and plan.pilot.name == name, plan.pilot


def test_a_short_line_that_opens_with_a_verb_of_work_is_no_heading() -> None:
    """The bundled example's governance slide says "Make data-driven decisions a way of life"
    with no full stop: a line of work, not a heading that opens or closes a list."""
    from pathlib import Path

    from extractors import extract

    deck = extract(Path(__file__).resolve().parents[1] / "examples/northwind-health/strategy.pptx")
    titles = [c.title for c in read_deck_plan(deck).commitments]
    assert any(t.startswith("Make data-driven decisions") for t in titles), titles


def test_a_rule_to_extend_a_lease_stages_no_pilot() -> None:
    fleet = ("Fleet Renewal", ["Extend the lease if utilisation stays above 80% in 2027."])
    assert read_deck_plan(_deck([COVER, fleet])).pilot is None


@pytest.mark.parametrize(
    ("cover", "org", "title"),
    [
        (
            [
                "Community Risk and Prevention Plan, October 2027 to December 2029",
                "Eastvale Fire and Rescue Service",
                "Report to the Fire Authority, 22 June 2027 | Agenda item 7",
            ],
            "Eastvale Fire and Rescue Service",
            "Community Risk and Prevention Plan, October 2027 to December 2029",
        ),
        (
            ["Tolland Pharma, Marsh Lane site: quality plan, FY28 to FY30", "Board, 3 May 2027"],
            "Tolland Pharma",
            "Marsh Lane site: quality plan, FY28 to FY30",
        ),
        (
            ["Clinical Operations Strategy 2027-2029", "Pellworth Biologics · Clinical Operations"],
            "Pellworth Biologics",
            "Clinical Operations Strategy 2027-2029",
        ),
        # A slogan, a presenter and a marking are no organization, and the deck names none
        # of them again.
        (
            ["Operational Excellence: Building a Better Business", "Sarah Jones", "For Discussion"],
            None,
            "Operational Excellence: Building a Better Business",
        ),
    ],
)
def test_the_cover_names_the_organization_not_an_addressee_or_a_meeting(
    cover: list[str], org: str | None, title: str
) -> None:
    """A cover's name line, or the name that opens its title, is the organization; the body
    a paper goes to ("Report to the Fire Authority, 22 June 2027") and a meeting are not."""
    footer = f"{org} | Page 2" if org else "Page 2"
    plan = read_deck_plan(_deck([("Cover", cover), ("Summary", ["One line of summary.", footer])]))
    assert (plan.organization, plan.title) == (org, title)


def test_a_pledge_slide_commits_in_any_verb_and_in_the_passive() -> None:
    """ "We will photograph ..." is a pledge though no list of work verbs holds "photograph";
    on a slide that pledges, "Rights ... will be cleared ..." is one too. A hope, a need, a
    state or the deck's test of success is none."""
    slide = (
        "Our collection, open to everyone online",
        [
            "Promise three",
            "We will photograph and publish 9,000 more objects in two years.",
            "Rights in recent works will be cleared with artists before we publish.",
            "Object records will be known to be complete by 2029.",
            "We will need two more photographers for the studio.",
            "We will know this is working when 20,000 objects can be seen online.",
        ],
    )
    _read_as_work(
        slide,
        work=("Photograph and publish 9,000", "Rights in recent works will be cleared"),
        not_work=("Object records", "Need two more", "Know this is working", "We will"),
    )


def _read_as_work(
    slide: tuple[str, list[Line]], work: tuple[str, ...], not_work: tuple[str, ...]
) -> None:
    """Each of ``work`` opens a commitment's title on this slide; none of ``not_work`` does."""
    titles = [c.title for c in read_deck_plan(_deck([COVER, slide])).commitments]
    for said in work:
        assert any(t.startswith(said) for t in titles), (said, titles)
    for said in not_work:
        assert not any(t.startswith(said) for t in titles), (said, titles)


def test_a_footnote_dating_two_phases_in_one_run_of_text_gives_two_phases() -> None:
    """A PDF's footnote under a roadmap table: "Phase 1: Foundations runs July 2027 to March
    2028. Phase 2: Pilot runs April to December 2028." is two phases, each on its dates."""
    roadmap = (
        "Roadmap",
        [
            "Phase 1: Foundations runs July 2027 to March 2028. Phase 2: Pilot runs April to "
            "December 2028.",
            "Phase 3: Whole network runs January 2029 to June 2030.",
        ],
    )
    cover = ("Harbour Freight 2029", ["Plan July 2027 to June 2030"])
    phases = read_deck_plan(_deck([cover, roadmap])).phases
    got = [(p.name.split(":")[0], round(p.start_week), round(p.end_week)) for p in phases]
    assert [g[0] for g in got] == ["Phase 1", "Phase 2", "Phase 3"], got
    assert got[0][2] <= got[1][1] + 1 and got[1][2] <= got[2][1] + 1, got


def test_values_forecasts_and_states_are_no_pledge() -> None:
    """Review fold: "We will always put patients first", "We will lose 40 engineers",
    "Customers will be delighted" state a value, a forecast and an outcome, not work; "We will,
    subject to funding, open ..." is the opening, without its hedge."""
    slide = (
        "What we will do in 2027",
        [
            "We will replace the ticketing system by March 2028.",
            "We will always put patients first in everything we do.",
            "We will lose about 40 engineers through retirement by 2029.",
            "We will not close any branch before 2028.",
            "Customers will be delighted by the new service.",
            "Some services will be disrupted during the migration weekend.",
            "We will, subject to funding, open two new depots in the north.",
            "All duty managers will be trained in the new rota by March.",
        ],
    )
    _read_as_work(
        slide,
        work=("Replace the ticketing", "Open two new depots", "All duty managers will be trained"),
        not_work=("Always put", "Lose about", "Not close", "Customers will", "Some services"),
    )


@pytest.mark.parametrize(
    ("label", "months"),
    [
        ("Spring 2028", (15, 17)),  # March to May 2028, counted from January 2027
        ("Winter 2027/28", (12, 14)),
        ("Late 2027", (9, 12)),
        ("mid-2028", (17, 20)),
        ("2027/28", (4, 15)),  # a financial year from April
        ("the 2027/28 season", (8, 19)),
        ("Academic year 2027-28", (9, 20)),
        ("FY2027/28", (4, 15)),
    ],
)
def test_seasons_parts_of_a_year_and_split_years_are_dates(
    label: str, months: tuple[int, int]
) -> None:
    span = timeline.calendar_range(label, 2027)
    assert span is not None, label
    got = (
        round(span.start / timeline.WEEKS_PER_MONTH) + 1,
        round(span.end / timeline.WEEKS_PER_MONTH),
    )
    assert got == months, (label, got)


def test_phases_dated_by_split_years_follow_each_other() -> None:
    roadmap = (
        "Roadmap",
        [
            "Phase 1: Foundations (2027/28)",
            "Phase 2: Scale (2028/29)",
            "Phase 3: Embed (2029/30)",
        ],
    )
    cover = ("Harbour Freight 2030", ["Plan April 2027 to March 2030"])
    phases = read_deck_plan(_deck([cover, roadmap])).phases
    got = [(round(p.start_week), round(p.end_week)) for p in phases]
    assert len(got) == 3 and got[0][0] == 0, got
    assert all(abs(a[1] - b[0]) <= 1 for a, b in zip(got, got[1:], strict=False)), got


def test_short_imperatives_on_a_pillar_slide_are_its_work_and_a_title_cased_label_is_not() -> None:
    """Review fold: "Recruit 40 nurses" on a workstream slide is work, though short; "Scale
    Across Sites" in title case labels a group."""
    slide = (
        "Workstream B · People",
        [
            "Scale Across Sites",
            "Recruit 40 nurses",
            "Open the staff academy",
            "Launch the member app",
        ],
    )
    _read_as_work(
        slide,
        work=("Recruit 40 nurses", "Open the staff academy", "Launch the member app"),
        not_work=("Scale Across Sites",),
    )


def test_coded_initiatives_under_a_work_heading_on_a_question_slide_are_the_work() -> None:
    """ "Set piece 1: how do we ...?" over "What we will do" and "Initiative 1.1 — ..." lines:
    the heading is no answer to the question, and each coded line is an initiative, in the
    deck's words without its code."""
    slide = (
        "Set piece 1: how do we get every visitor in before the show?",
        [
            "What we will do",
            "Initiative 1.1 — Tickets and passes on phones, read at every gate",
            "Initiative 1.2 — Replace the 22 oldest turnstiles in the north stand",
            "Initiative 1.3 — A shuttle from the station every ten minutes",
            "What it moves",
            "Visitors in their seats on time:",
            "71% today, 95% in 2029/30",
        ],
    )
    plan = read_deck_plan(_deck([COVER, slide]))
    titles = [c.title for c in plan.commitments if c.kind == "initiative"]
    assert titles == [
        "Tickets and passes on phones, read at every gate",
        "Replace the 22 oldest turnstiles in the north stand",
        "A shuttle from the station every ten minutes",
    ], titles


def test_a_first_100_days_list_under_a_question_keeps_every_imperative() -> None:
    """The list's first line is no answer to "What happens in the first 100 days?", and a
    verb outside the usual list ("Order", "Book", "Ask") still opens an item of it."""
    slide = (
        "What happens in the first 100 days?",
        [
            "Appoint the programme lead and hold the first programme board",
            "Agree the 2026/27 baselines with the Finance Director",
            "Order the north stand turnstiles and phone ticketing",
            "Book the first 40 stewards onto the level 2 course",
            "Ask the network operator to quote for the kitchen supply",
            "In the meantime the ticket office stays open",
        ],
    )
    plan = read_deck_plan(_deck([COVER, slide]))
    titles = [c.title for c in plan.commitments if c.kind == "milestone"]
    assert [t.split()[0] for t in titles] == ["Appoint", "Agree", "Order", "Book", "Ask"], titles
    from agent.knowledge.verbs import imperative_item
    from agent.planning.deck_plan import _ITEM_CODE

    assert not any(
        imperative_item(t)
        for t in ("Only the board can approve spend", "Phase 2 starts in March", "Week 1 review")
    )
    assert _ITEM_CODE.sub("", "FY28: Launch the app") == "FY28: Launch the app"
    assert _ITEM_CODE.sub("", "2.5 – 3.0% margin") == "2.5 – 3.0% margin"


def test_stage_names_in_a_row_over_their_dated_columns_are_the_phases() -> None:
    """ "PRE-SEASON", "FIRST HALF", "SECOND HALF" side by side, then each column's dates and
    work, under reviews dated on their own lines: each name takes its column's dates."""
    slide = (
        "When does each part land?",
        [
            "Kick-off review, September 2027",
            "Half-time review, June 2028",
            "PRE-SEASON",
            "FIRST HALF",
            "SECOND HALF",
            "July to September 2027",
            "Programme team in post",
            "October 2027 to June 2028",
            "Level 2 course for stewards begins",
            "July 2028 to June 2030",
            "Phone entry at every turnstile",
        ],
    )
    cover = ("Harbour Stadium 2030", ["A matchday plan, July 2027 to June 2030"])
    plan = read_deck_plan(_deck([cover, slide]))
    assert [p.name for p in plan.phases] == ["PRE-SEASON", "FIRST HALF", "SECOND HALF"]
    weeks = [(round(p.start_week), round(p.end_week)) for p in plan.phases]
    assert weeks == [(0, 13), (13, 52), (52, 156)], weeks
    items = {c.title: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert items["Level 2 course for stewards begins"] == "FIRST HALF", items


def test_a_numbered_risk_and_its_response_on_one_line() -> None:
    slide = (
        "What could go wrong?",
        [
            "1 Turnstiles fail on a big matchday. Keep two paper-ticket lanes at each end.",
            "2 Stewards leave once qualified. Season contracts with a retention payment.",
        ],
    )
    plan = read_deck_plan(_deck([COVER, slide]))
    risks = [(c.title, c.text) for c in plan.commitments if c.kind == "risk"]
    assert risks == [
        ("Mitigate: Turnstiles fail on a big matchday", "Keep two paper-ticket lanes at each end"),
        (
            "Mitigate: Stewards leave once qualified",
            "Season contracts with a retention payment",
        ),
    ], risks


def test_phases_side_by_side_in_a_table_are_read_a_column_each() -> None:
    rows = [
        ["Horizon 1 · Foundations", "Horizon 2 · Prove", "Horizon 3 · Scale"],
        [
            "Oct 2027 to Mar 2028",
            "FY2028/29: Apr 2028 to Mar 2029",
            "FY2029/30: Apr 2029 to Mar 2030",
        ],
        ["Survey of all 14 branches", "Pilot live at two branches", "The other 12 branches"],
        [
            "Gate 1, March 2028: ready to pilot",
            "Gate 2, March 2029: go/no-go",
            "Gate 3, March 2030: review",
        ],
    ]
    plan = read_deck_plan(
        _deck([COVER, ("Three horizons, October 2027 to March 2030", [])], tables={2: rows})
    )
    assert [p.name for p in plan.phases] == rows[0]
    assert [p.gate for p in plan.phases] == rows[3]
    assert [round(p.end_week) for p in plan.phases] == [26, 78, 130]


def test_stages_dated_on_their_own_lines_make_the_clock_and_take_their_dated_gates() -> None:
    """A Gantt's bands "Crawl: Oct 2027 to Jan 2028" ..., under a title that is no roadmap
    word, with gates that name their number and date: the stages are the phases, the plan
    starts with the first (no window in the titles), and gate G1 closes the first stage."""
    cover = ("Hangar Flow 2029", ["Corvane Ltd | Executive Committee | 7 September 2027"])
    slide = (
        "Crawl, walk, run: two years from the first check to every line",
        [
            "Crawl: Oct 2027 to Jan 2028",
            "Walk: Feb to Sep 2028",
            "Run: Oct 2028 to Sep 2029",
            "30-day freeze",
            "G1, Jan 2028: the pilot may start",
            "G2, Sep 2028: go/no-go for every line",
            "G3, Sep 2029: close and hand over",
        ],
    )
    plan = read_deck_plan(_deck([cover, slide]))
    assert [p.name.split(":")[0] for p in plan.phases] == ["Crawl", "Walk", "Run"]
    assert round(plan.phases[0].start_week) == 0 and round(plan.phases[-1].end_week) == 104
    assert [p.gate for p in plan.phases] == [
        "G1, Jan 2028: the pilot may start",
        "G2, Sep 2028: go/no-go for every line",
        "G3, Sep 2029: close and hand over",
    ]


def test_pillars_under_the_decks_own_word_are_found_and_detailed_by_number() -> None:
    """ "Four cornerstones: A, B, C, D." with slides titled "Cornerstones 1 and 2: ..."; and an
    overview coded "Set piece 1 · In on time" ... with slides titled "Set piece 2: ...?". A
    sentence counting other things ("Two customers: X and Y.") names no pillars."""
    plan = read_deck_plan(
        _deck(
            [
                COVER,
                (
                    "Summary",
                    [
                        "Two customers: Skyrova and Baltair.",
                        "Our four cornerstones: Safer medicines, Fewer falls, A settled workforce, Families in the loop.",
                    ],
                ),
                ("Four cornerstones carry the plan", ["Safer medicines", "Fewer falls"]),
                (
                    "Cornerstones 3 and 4: a settled workforce and families in the loop",
                    ["Recruit a relief bank of 120 care workers"],
                ),
            ]
        )
    )
    assert plan.pillars == [
        "Safer medicines",
        "Fewer falls",
        "A settled workforce",
        "Families in the loop",
    ]
    work = [c for c in plan.commitments if c.kind == "initiative"]
    assert work and work[0].pillar == "A settled workforce", [(c.title, c.pillar) for c in work]
    coded = read_deck_plan(
        _deck(
            [
                COVER,
                ("Four set pieces", ["Set piece 1 · In on time", "Set piece 2 · Fed at half-time"]),
                (
                    "Set piece 2: how do we feed everyone at half-time?",
                    ["What we will do", "Initiative 2.1 — Card-only kiosks on every concourse"],
                ),
                (
                    "Set piece 1: how do we get everyone in?",
                    ["What we will do", "Initiative 1.1 — Phone tickets at every turnstile"],
                ),
            ]
        )
    )
    assert coded.pillars == ["Set piece 1 · In on time", "Set piece 2 · Fed at half-time"]
    assert {c.title: c.pillar for c in coded.commitments if c.kind == "initiative"} == {
        "Card-only kiosks on every concourse": "Set piece 2 · Fed at half-time",
        "Phone tickets at every turnstile": "Set piece 1 · In on time",
    }


def test_every_imperative_of_a_priority_card_is_an_initiative() -> None:
    """Cards of a priority, its aim and three initiatives each: verbs the usual lists lack
    ("Sell", "Log", "Authorise", "Qualify") and any imperative before its object ("Call every
    family ...") are work, on a slide where most lines open with a verb of work."""
    slide = (
        "We will focus on two priorities and six initiatives",
        [
            "1",
            "Pre-paid plans done right",
            "Plans sold and managed to the rules in every home",
            "Sell pre-paid plans through one compliant sales flow",
            "Authorise 60 arrangers to sell plans",
            "Move plan records into the arrangement system",
            "2",
            "People who care",
            "Colleagues qualified, supported and able to grieve too",
            "Qualify 40 colleagues through the diploma",
            "Call every family 6 weeks and 12 months after the funeral",
            "Log every mortuary temperature check with sensors",
        ],
    )
    plan = read_deck_plan(_deck([COVER, slide]))
    firsts = sorted(c.title.split()[0] for c in plan.commitments if c.kind == "initiative")
    assert firsts == ["Authorise", "Call", "Log", "Move", "Qualify", "Sell"], firsts


def test_an_organization_named_in_capitals_over_the_cover_title_is_the_organization() -> None:
    cover = (
        "Active Northvale 2030",
        [
            "NORTHVALE LEISURE TRUST",
            "Our plan for pools, health and greener centres, April 2028 to March 2030",
            "Board of Trustees · 7 October 2027",
        ],
    )
    plan = read_deck_plan(_deck([cover, ("Summary", ["Northvale Leisure Trust runs six pools"])]))
    assert plan.organization == "Northvale Leisure Trust"


def test_stage_names_a_pdf_reads_as_one_line_take_the_dated_columns_under_them() -> None:
    """A PDF reads chevrons set side by side as one line ("Stabilise Extend Sustain"), then
    each column: its dates in a box below, its work, and a gate marker named by its number
    ("G1 Pilot go/no-go"). Each name takes its column; each marker is its phase's gate."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Right care 2028-2031", ["Board paper, November 2027"]),
            (
                "Three phases over three years",
                [
                    "ROADMAP",
                    "Stabilise Extend Sustain",
                    "Apr 2028 - Mar 2029",
                    "Open the clinical hub",
                    "G1 Pilot go/no-go",
                    "Apr 2029 - Sep 2030",
                    "Cohort areas at two hospitals",
                    "G2 Hub extension review",
                    "Oct 2030 - Mar 2031",
                    "Hand over to business as usual",
                    "G3 Benefits review",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert [(p.name, p.gate) for p in plan.phases] == [
        ("Stabilise", "G1 Pilot go/no-go"),
        ("Extend", "G2 Hub extension review"),
        ("Sustain", "G3 Benefits review"),
    ]
    assert [round(p.end_week - p.start_week) for p in plan.phases] == [52, 78, 26]
    work = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert work == {
        "Open the clinical hub": "Stabilise",
        "Cohort areas at two hospitals": "Extend",
        "Hand over to business as usual": "Sustain",
    }, work


def test_speaker_notes_of_first_days_risk_and_pilot_slides_add_what_did_not_fit() -> None:
    """Notes say what the slide had no room for: one more first-90-days item after a label, a
    further risk and its mitigation, the pilot's success criteria under their label. The rest
    of a presenter's script, and notes on other slides, are no commitments."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Brewhouse to Bar 2028-2029", ["Board paper, November 2027"]),
            (
                "The first 90 days",
                [
                    "Appoint the programme manager and hold the first board",
                    "Audit every cellar in the estate",
                    "Choose the till and stock supplier",
                ],
            ),
            ("Risks", ["Grid upgrade is late", "Mitigation: keep the mobile canner booked"]),
            (
                "Pilot: Project Firkin",
                [
                    "Six managed pubs around Harrowby",
                    "July to December 2028",
                    "The Programme Board decides go or no-go at G2 in December 2028",
                    "About 900 customers over six months",
                ],
            ),
            ("Our brewery today", ["We brew 40,000 barrels a year"]),
        ]
    )
    notes = {
        2: "Thank the board for its time.\nOne more that did not fit: enrol the first 8 "
        "apprentices with the college for a September 2028 start.",
        3: "A further risk, raised at the Finance Committee: the price of aluminium cans.\n"
        "Mitigation: fix the can price for 12 months before the line starts.",
        4: "Firkin's success criteria, agreed with the Finance Director:\n"
        "Wet stock loss below 4% for three months running.\n"
        "Every manager trained on the handheld before the first count.",
        5: "Fit new cooling in every cellar, if the board asks about it.",
    }
    for n, text in notes.items():
        prov = Provenance(file="deck.pptx", slide=n)
        deck.units[n - 1].blocks.append(Block(kind=BlockKind.notes, text=text, source=prov))
    plan = read_deck_plan(deck)
    texts = {c.kind + ": " + c.text for c in plan.commitments}
    assert (
        "milestone: Enrol the first 8 apprentices with the college for a September 2028 start"
        in texts
    ), texts
    assert "risk: fix the can price for 12 months before the line starts." in texts, texts
    assert any(c.title == "Mitigate the price of aluminium cans" for c in plan.commitments)
    gate = next(c for c in plan.commitments if c.kind == "gate")
    assert "Every manager trained on the handheld" in gate.text, gate.text
    assert not any("Thank" in t or "cooling" in t for t in texts), texts
    # who takes the go/no-go, and how big the pilot is, are no work of the pilot
    assert not any("decides go" in t or "About 900" in t for t in texts), texts


def test_work_the_notes_say_is_not_on_the_slide_is_the_slides_work() -> None:
    """ "Not on the slide: from February 2030 we will open a drop-in ..." on a priority's slide,
    and "And one that is not on the slide: we will write to all 640 tutors ..." under the
    first 100 days: each is that slide's work, in the note's words. A note that says nothing
    is off the slide, or pledges no work, is none."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Every Student Connected", ["University Executive Board, June 2029"]),
            ("Known and supported", ["Goal: every new student has a named tutor"]),
            ("Our first 100 days", ["Appoint the programme director", "Publish the plan"]),
            ("Voice and belonging", ["Goal: students shape their course"]),
        ]
    )
    notes = {
        2: "Priority 1 is the heart of the plan.\nNot on the slide: from February 2030 we will "
        "open a wellbeing drop-in in the coastal library three afternoons a week.",
        3: "And one that is not on the slide: we will write to all 640 personal tutors in "
        "September 2029.",
        4: "Not on the slide: we will be proud of this.\nWe will open a student hub next year.",
    }
    for n, text in notes.items():
        prov = Provenance(file="deck.pptx", slide=n)
        deck.units[n - 1].blocks.append(Block(kind=BlockKind.notes, text=text, source=prov))
    got = {(c.source.slide, c.text) for c in read_deck_plan(deck).commitments}
    assert (
        2,
        "Open a wellbeing drop-in in the coastal library three afternoons a week "
        "(from February 2030)",
    ) in got, got
    assert (3, "Write to all 640 personal tutors in September 2029") in got, got
    assert not any(n == 4 for n, _ in got), got


def test_a_priorities_table_cell_of_several_pieces_of_work_gives_one_commitment_each() -> None:
    """A native table's cell read as one run ("Install a canning line ... 2028 Cut water use
    ... Recover heat ..."): one commitment per piece; a name after a preposition stays whole."""
    from agent.engines.rules.visions import find_visions
    from agent.knowledge.verbs import split_work_run
    from tests.decks import slide_deck, table_block

    assert split_work_run("Partner with Open Reach on fibre to every depot") == [
        "Partner with Open Reach on fibre to every depot"
    ]
    deck = slide_deck([("Brewhouse to Bar 2028-2029", ["Board paper"]), ("Four priorities", [])])
    rows = [
        ["Priority", "What we will do", "Lead"],
        [
            "1. Brew more with less",
            "Install a canning line at the brewery by June 2028 Cut water use to 4.0 litres per "
            "litre of beer Recover heat from the wort cooler to preheat brewing water",
            "Head Brewer",
        ],
    ]
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    plan = read_deck_plan(deck)
    work = [c.text for c in plan.commitments if c.kind == "initiative"]
    assert work == [
        "Install a canning line at the brewery by June 2028",
        "Cut water use to 4.0 litres per litre of beer",
        "Recover heat from the wort cooler to preheat brewing water",
    ], work
    assert {c.lead for c in plan.commitments if c.kind == "initiative"} == {"Head Brewer"}
    # the column headed as the deck's work holds no goals
    assert not any("canning" in v.text or "wort" in v.text for v in find_visions(deck))


def test_counted_pillar_heads_name_the_pillars_and_a_slide_of_two_gives_each_its_own_work() -> None:
    """ "1 Clinical hub" over a line that a PDF wraps, "2 Faster response" ...: the four
    pillars; on "Priorities 1 and 2" each heading's work is that pillar's, not the first's."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Right care 2028-2031", ["Board paper, November 2027"]),
            (
                "Four priorities",
                [
                    "1 Clinical hub",
                    "Senior clinicians assess lower-acuity calls before a crew is sent",
                    "2 Faster response",
                    "Rapid-response cars and",
                    "30-minute hospital handovers",
                    "3 Digital, clean fleet",
                    "Tablets for every crew and an electric response fleet",
                    "4 Grow our own",
                    "Paramedic apprenticeships and a career path into the hub",
                ],
            ),
            (
                "Clinical hub and faster response",
                [
                    "PRIORITIES 1 AND 2",
                    "1 Clinical hub",
                    "Open a clinical hub in each of our three control rooms",
                    "Call back every category 3 and 4 caller within 30 minutes",
                    "2 Faster response",
                    "Put 30 rapid-response cars on the road at peak hours",
                    "Agree a 30-minute handover standard with all four acute trusts",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert plan.pillars == [
        "Clinical hub",
        "Faster response",
        "Digital, clean fleet",
        "Grow our own",
    ]
    work = {c.text: c.pillar for c in plan.commitments if c.kind == "initiative"}
    assert work.get("Open a clinical hub in each of our three control rooms") == "Clinical hub", (
        work
    )
    assert work.get("Put 30 rapid-response cars on the road at peak hours") == "Faster response"
    assert not any(t.startswith(("1 Clinical hub", "2 Faster response")) for t in work), work


def test_review_cases_two_word_stage_names_year_column_tables_and_names_in_cells() -> None:
    """Found by an independent review of the readers above: "Quick Wins" over its dates and
    "Scale Up" over the next stay two names; a KPI table with years across is no roadmap;
    a cell's run is not cut inside a name ("Open University", "Buy Now Pay Later")."""
    from agent.knowledge.verbs import split_work_run
    from agent.planning._phases import _dated_columns, _headers_over_columns
    from schemas.plan import Source

    lines = ["Quick Wins", "Jan to Jun 2028", "Appoint the lead", "Scale Up", "Jul to Dec 2028"]
    assert _headers_over_columns(lines, [0] * len(lines), 2028)[0][0] == "Quick Wins"
    kpis = [
        ["Measure", "2026", "2027", "2028"],
        ["Customer satisfaction", "Baseline survey", "Above sector average", "Top quartile"],
    ]
    assert _dated_columns(kpis, Source(file="deck.pptx", slide=3), 2026) == []
    for cell in (
        "Partner with schools using Open University courses for every apprentice",
        "Offer every member Buy Now Pay Later at the till in all stores",
    ):
        assert split_work_run(cell) == [cell]


def test_a_pilot_dated_on_its_slide_counts_from_the_first_phase_when_no_title_dates_the_plan() -> (
    None
):
    """No window in the titles: the plan starts with its first phase (October 2027). The pilot
    slide's "November to December 2027" is then weeks 4-13 of the plan, not weeks 44-52 of
    the calendar year."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Eastgate care plan", ["Board paper, September 2027"]),
            (
                "Roadmap",
                [
                    "Crawl: Oct 2027 to Jan 2028",
                    "Walk: Feb to Sep 2028",
                    "Run: Oct 2028 to Sep 2029",
                ],
            ),
            (
                "Pilot at Eastgate",
                [
                    "November to December 2027",
                    "Test the new rota on two wards",
                    "Success criteria:",
                    "No rise in agency shifts",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert plan.phases and plan.phases[0].start_week == 0
    work = next(c for c in plan.commitments if c.text == "Test the new rota on two wards")
    assert work.start_week is not None and 3 <= work.start_week <= 6, work
    gate = next(
        c for c in plan.commitments if c.kind == "gate" and c.section == "Pilot at Eastgate"
    )
    assert gate.end_week is not None and 11 <= gate.end_week <= 15, gate


@pytest.mark.parametrize(
    "rows",
    [
        [
            ["Stage", "When", "What we will do", "Gate"],
            ["Mobilise", "Jan to Jun 2028", "Appoint the lead", "G1: design signed off"],
            ["Prove", "Jul 2028 to Jun 2029", "Pilot at Holm quarry", "G2: go/no-go"],
            ["Roll out", "Jul 2029 to Dec 2030", "All six quarries", "G3: benefits review"],
        ],
        [
            ["", "Mobilise", "Prove", "Roll out"],
            ["When", "Jan to Jun 2028", "Jul 2028 to Jun 2029", "Jul 2029 to Dec 2030"],
            ["Work", "Appoint the lead", "Pilot at Holm quarry", "All six quarries"],
            ["Gate", "G1: design signed off", "G2: go/no-go", "G3: benefits review"],
        ],
    ],
    ids=["stages-down", "stages-across"],
)
def test_a_native_table_of_stages_named_in_the_decks_words_gives_the_phases(
    rows: list[list[str]],
) -> None:
    """ "Stage | When | What we will do | Gate" with stages called "Mobilise", "Prove", "Roll
    out" (no "Phase 1"), down the rows or across the columns: three phases with their dates,
    work and gates. A wave's coded rows ("3a", "3b") under a "Wave" header are no phases."""
    from tests.decks import slide_deck, table_block

    deck = slide_deck([("Quarry plan 2028-2030", ["Board paper"]), ("Roadmap", [])])
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    plan = read_deck_plan(deck)
    assert [(p.name, round(p.start_week), round(p.end_week)) for p in plan.phases] == [
        ("Mobilise", 0, 26),
        ("Prove", 26, 78),
        ("Roll out", 78, 156),
    ]
    assert plan.phases[1].gate == "G2: go/no-go"
    work = {c.text: c.phase for c in plan.commitments if c.kind == "phase_item"}
    assert work["Pilot at Holm quarry"] == "Prove", work


def test_a_waves_coded_rows_are_no_phases() -> None:
    from tests.decks import slide_deck, table_block

    deck = slide_deck([("Plants 2028-2029", ["Board paper"]), ("Plant by plant", [])])
    rows = [
        ["Wave", "Plant", "Window", "Note"],
        ["3a", "Kessel", "Q1-Q2 2028", "MES already live"],
        ["3b", "Tiel", "Q3 2028", "SAP PM already in use"],
    ]
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    assert read_deck_plan(deck).phases == []


def test_pillars_side_by_side_take_their_own_columns_line() -> None:
    """Three numbered heads in a row, each column with its line under it (a PDF or a grid of
    shapes reads row by row): each pillar's line is its column's, never the next head."""
    deck = _deck(
        [
            COVER,
            (
                "Three priorities",
                [
                    "1. Quicker turns",
                    "2. Greener yards",
                    "3. Safer crews",
                    "Every ship turned inside its window",
                    "Half the diesel burned on the quay",
                    "No lost-time injury on any shift",
                    "Lead: Head of Operations",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.pillars == ["Quicker turns", "Greener yards", "Safer crews"]
    assert plan.pillar_details == {
        "Quicker turns": "Every ship turned inside its window",
        "Greener yards": "Half the diesel burned on the quay",
        "Safer crews": "No lost-time injury on any shift",
    }
    # One under the other, each head's line still follows it.
    stacked = read_deck_plan(
        _deck(
            [
                COVER,
                (
                    "Three priorities",
                    [
                        "1. Quicker turns",
                        "Every ship turned inside its window",
                        "2. Greener yards",
                        "Half the diesel burned on the quay",
                        "3. Safer crews",
                        "No lost-time injury on any shift",
                    ],
                ),
            ]
        )
    )
    assert stacked.pillar_details["Greener yards"] == "Half the diesel burned on the quay"


def test_pillar_scenarios_say_what_each_pillar_does_and_a_slide_of_today_is_no_scenario() -> None:
    from agent.engines.rules import RulesEngine
    from agent.engines.rules.scenarios import names_scenarios
    from schemas.context import OrgContext
    from tests.decks import goal

    deck = _deck(
        [
            COVER,
            (
                "Where we start",
                [
                    "The terminal today",
                    "Ships waited 14 hours on average last year, against 9 hours in 2022, "
                    "and 86% of planned crane hours ran",
                ],
            ),
            ("Our pillars", ["Quicker turns", "Greener yards"]),
            (
                "Pillar 1: Quicker turns",
                ["Re-plan the berth windows with the two big lines"],
            ),
            (
                "Pillar 2: Greener yards",
                ["Replace the diesel straddle carriers with electric ones"],
            ),
            ("How we will measure it", ["Crane moves an hour from 22 to 30 by 2029"]),
        ],
        bullets=True,
    )
    assert not names_scenarios(deck)  # "The terminal today" describes where things stand
    visions = [goal("V1", "Crane moves an hour from 22 to 30 by 2029", 6)]
    chosen = RulesEngine().choose_scenarios(deck, visions, OrgContext(root="org"))
    segments = {s.name: s.segment for s in chosen}
    assert "The terminal today" not in segments
    assert "straddle carriers" in segments["Greener yards"], segments


def test_what_a_pillar_slide_says_above_its_repeated_work_label_is_no_work() -> None:
    """Each pillar's slide: its outcome, the facts that make the case and its lead, then
    "What we will do" (the same label on every such slide, which a footer would also be) over
    the work. The work is read; the outcome and the facts are not."""

    def pillar(n: int, name: str, facts: list[str], work: list[str]) -> tuple[str, list[Line]]:
        return (
            name,
            [f"PRIORITY {n}", *facts, "What we will do", *work, "Lead:", "Head of Terminal"],
        )

    deck = _deck(
        [
            COVER,
            ("Three priorities", ["1. Quicker turns", "2. Greener yards", "3. Safer crews"]),
            pillar(
                1,
                "Quicker turns",
                [
                    "Ships waited 14 hours at anchor in a bad week last winter.",
                    "The two big lines carry half of what we handle.",
                ],
                [
                    "Re-plan the berth windows with the two big lines",
                    "Put a berth planner on every shift",
                ],
            ),
            pillar(
                2,
                "Greener yards",
                ["Our straddle carriers burn four million litres of diesel a year."],
                ["Replace the diesel straddle carriers with electric ones"],
            ),
            pillar(
                3,
                "Safer crews",
                ["Most injuries happen during lashing in the dark."],
                ["Fit floodlights to every lashing platform on the quay"],
            ),
        ]
    )
    texts = [c.text for c in read_deck_plan(deck).commitments]
    assert "Re-plan the berth windows with the two big lines" in texts
    assert "Replace the diesel straddle carriers with electric ones" in texts
    assert "Fit floodlights to every lashing platform on the quay" in texts
    assert not any(
        fact in t
        for t in texts
        for fact in ("waited 14 hours", "carry half", "four million litres", "injuries happen")
    ), texts


def test_a_lead_label_on_every_slide_still_names_each_items_lead() -> None:
    """'Lead:' over a role under every item, on slide after slide: as often as a footer, but
    each names the lead of the work above it."""

    def pillar(name: str, items: list[tuple[str, str]]) -> tuple[str, list[Line]]:
        return (name, [line for work, lead in items for line in (work, "Lead:", lead)])

    deck = _deck(
        [
            COVER,
            ("Three priorities", ["1. Quicker turns", "2. Greener yards", "3. Safer crews"]),
            pillar(
                "Quicker turns",
                [
                    ("Re-plan the berth windows with the two big lines", "Head of Planning"),
                    ("Put a berth planner on every shift", "Head of Terminal"),
                ],
            ),
            pillar(
                "Greener yards",
                [("Replace the diesel straddle carriers with electric ones", "Head of Terminal")],
            ),
            pillar(
                "Safer crews",
                [("Fit floodlights to every lashing platform on the quay", "Head of Terminal")],
            ),
        ]
    )
    leads = {c.text: c.lead for c in read_deck_plan(deck).commitments}
    assert leads["Re-plan the berth windows with the two big lines"] == "Head of Planning"
    assert leads["Fit floodlights to every lashing platform on the quay"] == "Head of Terminal"


def test_a_pilot_called_by_another_name_is_the_pilot_quoted_as_the_deck_says_it() -> None:
    """ "Pathfinder: Kelder depot", "the Ashby trailblazer", "Two test sites": the sector's
    other names for a pilot name it as "pilot" does; the deck's own line is what is quoted."""
    from tests.decks import slide_deck

    for line, name in (
        ("Pathfinder: Kelder depot", "Kelder depot"),
        ("We start with the Ashby trailblazer before any other branch", "Ashby"),
        ("Proof of concept at Harwood Mill, with the night shift", "Harwood Mill"),
    ):
        deck = slide_deck(
            [
                ("Fewer failed drops by 2029", ["Board paper"]),
                ("How we will prove it", [line, "Scale to all depots if it works"]),
            ]
        )
        pilot = read_deck_plan(deck).pilot
        assert pilot is not None and pilot.name == name, (line, pilot)
        assert pilot.text == line and pilot.source.slide == 2
    # a trial of a product, not of the plan, is no pilot
    deck = slide_deck([("Quality 2029", ["Run the clinical trial of the new dressing"])])
    assert read_deck_plan(deck).pilot is None


@pytest.mark.parametrize(
    ("line", "name", "unit"),
    [
        ("We will trial the new rota at Harrowgate depot from March 2027.", "Harrowgate", "depot"),
        ("A 12-week test-and-learn at the Kirkby store before any rollout.", "Kirkby", "store"),
        ("Kirkby store goes first, from April 2027, then the other 40 stores.", "Kirkby", "store"),
        ("Parking permits go into public beta in Zone C first.", "Zone C", "site"),
        ("Dunmore is our lighthouse site for the new model.", "Dunmore", "site"),
        ("The checklist will be piloted at Harrow Road depot in 2027.", "Harrow Road", "depot"),
        ("The app will be trialled with 500 members in Bristol before launch.", "Bristol", "site"),
        ("Soft launch at the Harbour hotel in June 2027, then the rest.", "Harbour", "hotel"),
        ("Wave 0 (pilot): Harbour hotel, June 2027", "Harbour hotel", "hotel"),
        ("Go-live at Corby DC first, then the other six DCs.", "Corby DC", "site"),
        ("Kelder depot is the pathfinder.", "Kelder", "depot"),
        ("We will test the new handhelds in Ashby first.", "Ashby", "site"),
        (
            "Sensors go in first at the Marrow Creek terminal's north shed.",
            "Marrow Creek",
            "terminal",
        ),
        ("First with 600 members in Dunholt, from week 2 to week 9.", "Dunholt", "site"),
        ("We start on feeder line 7 at Ostmark: 40 sensors, fitted in 2019.", "Ostmark", "site"),
    ],
)
def test_a_pilot_staged_in_a_practitioners_other_words_is_the_pilot(
    line: str, name: str, unit: str
) -> None:
    """Trialled, piloted, tested first, soft-launched or gone live first at a named place, or
    a place the deck calls its lighthouse or pathfinder: the pilot, quoted from its slide."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Double revenue by 2030", ["Board paper"]),
            ("Where we start", [line, "Then every site, if it works"]),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.pilot is not None, line
    assert (plan.pilot.name, plan.pilot.unit) == (name, unit)
    assert plan.pilot.text == line and plan.pilot.source.slide == 2
    assert any(c.pilot and c.source.slide == 2 for c in plan.commitments)


@pytest.mark.parametrize(
    "line",
    [
        "Cases listed for trial at Quay Court are heard within 20 weeks.",  # a court's trial
        "A phase II trial at Dunmore Infirmary enrols 300 patients.",  # a sponsor's study
        "Test the fire alarms at Ashby Park every week.",  # a test, not tried first
        "We trial in March 2027 and scale in 2028.",  # a date is no place
        "We were the first in Wales to open a late clinic.",  # a record, not a trial
        "Start First Friday lates at the Tolly Gallery.",  # a name, not first somewhere
        "Share pilot boarding times with the Harbour Office.",  # a ship's pilot
    ],
)
def test_a_trial_in_another_sense_or_at_no_place_is_no_pilot(line: str) -> None:
    from tests.decks import slide_deck

    deck = slide_deck([("Double revenue by 2030", ["Board paper"]), ("Plan", [line])])
    assert read_deck_plan(deck).pilot is None


@pytest.mark.parametrize(
    ("lines", "weeks"),
    [
        (
            ["Horizon 1 (0-12 months): fix the basics", "Horizon 2 (12-24 months): grow"],
            [(0, 52), (52, 104)],
        ),
        (["Year 1: build the platform", "Year 2: roll out to all regions"], [(0, 52), (52, 104)]),
        (["Now (2027): fix", "Next (2028): grow", "Later (2029+): lead"], None),
        (["Crawl (2027): two stores", "Walk (2028): 40 stores"], [(0, 52), (52, 104)]),
        (
            ["Short term (0-1 year): stabilise", "Medium term (1-3 years): modernise"],
            [(0, 52), (52, 156)],
        ),
        # stages given only their length run one after another
        (["Stage 1 (6 months): discovery", "Stage 2 (12 months): delivery"], [(0, 26), (26, 78)]),
        (
            ["Mobilise (3 months): appoint the team", "Deliver (two years): build"],
            [(0, 13), (13, 117)],
        ),
    ],
)
def test_a_roadmaps_stages_on_relative_or_bracketed_clocks_keep_their_time(
    lines: list[str], weeks: list[tuple[int, int]] | None
) -> None:
    """'Year 1: ...', 'Horizon 2 (12-24 months): ...', 'Now (2027): ...', 'Medium term (1-3
    years): ...': each stage keeps its time, as a phase or as a dated stage of work."""
    from tests.decks import slide_deck

    deck = slide_deck([("Strategy 2027-2030", ["Board paper, November 2026"]), ("Roadmap", lines)])
    plan = read_deck_plan(deck)
    spans = [(round(p.start_week), round(p.end_week)) for p in plan.phases] or [
        (round(c.start_week or 0), round(c.end_week or 0))
        for c in plan.commitments
        if c.kind == "stage"
    ]
    assert len(spans) == len(lines), (lines, spans)
    if weeks is not None:
        assert spans == weeks
    assert spans == sorted(spans) and all(a < b for a, b in spans)


def test_a_slide_of_measures_said_one_per_line_gives_its_kpi_rows() -> None:
    """'NPS from +12 to +40 by 2028', 'Staff turnover: 32% → 20% by 2029', 'On-time delivery
    92% (2025) → 98% (2028)' under 'How we will measure success' are the deck's KPIs."""
    from tests.decks import slide_deck

    lines = [
        "NPS from +12 to +40 by 2028",
        "Staff turnover: 32% → 20% by 2029",
        "On-time delivery 92% (2025) → 98% (2028)",
        "Phase 1 runs from 2027 to 2028",  # dates, not a measure's figures
        "Reduce food waste by 30% by 2027",  # a change by a share
    ]
    deck = slide_deck(
        [("Strategy 2027-2030", ["Board paper"]), ("How we will measure success", lines)]
    )
    kpis = [(k.metric, k.baseline, k.target, k.by) for k in read_deck_plan(deck).kpis]
    assert kpis == [
        ("NPS", "+12", "+40", "2028"),
        ("Staff turnover", "32%", "20%", "2029"),
        ("On-time delivery", "92%", "98%", "2028"),
        ("Food waste", None, "-30%", "2027"),
    ]
    # The same lines on a slide that is not about measures are no KPI table.
    deck = slide_deck([("Strategy 2027-2030", ["Board paper"]), ("Our people", lines[1:2])])
    assert read_deck_plan(deck).kpis == []


@pytest.mark.parametrize(
    ("title", "line", "said"),
    [
        (
            "How we decide",
            "Go/no-go at the end of June 2027: the Board decides on Phase 2",
            "the Board decides on Phase 2",
        ),
        (
            "Decision points",
            "Decision point: the Board approves scale-up in June 2027",
            "the Board approves scale-up in June 2027",
        ),
        (
            "Checkpoints",
            "Checkpoint (June 2027): pilot results reviewed by the steering group",
            "pilot results reviewed by the steering group",
        ),
        (
            "Gates",
            "Gate 1 (June 2027): the Board decides on Phase 2",
            "the Board decides on Phase 2",
        ),
        (
            "Review points",
            "Review point 1, June 2027: continue, change or stop",
            "Review point 1, June 2027: continue, change or stop",
        ),
    ],
)
def test_a_gate_said_whole_on_a_slide_of_decisions_closes_its_phase(
    title: str, line: str, said: str
) -> None:
    """A decision point, checkpoint, review point or go/no-go written on one line of a slide
    given to decisions is the gate at the end of the first phase, in the deck's words."""
    from tests.decks import slide_deck

    roadmap = ["Phase 1 (Jan-Jun 2027): build", "Phase 2 (Jul 2027-Jun 2028): scale"]
    deck = slide_deck(
        [("Strategy 2027-2028", ["Board paper"]), ("Roadmap", roadmap), (title, [line])]
    )
    plan = read_deck_plan(deck)
    assert plan.phases[0].gate == said
    gates = [c for c in plan.commitments if c.kind == "gate"]
    assert len(gates) == 1 and gates[0].end_week == 26


def test_a_roadmap_of_dated_stages_alone_is_the_decks_clock() -> None:
    """'2027: Foundations', '2028: Grow', '2029-2030: Sustain' and nothing else on the roadmap:
    the plan's phases are those stages over their years, and a stage that only names itself is
    its phase, not a task of its own."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Strategy 2027-2030", ["Board paper, November 2026"]),
            ("Roadmap", ["2027: Foundations", "2028: Grow", "2029-2030: Sustain"]),
        ]
    )
    plan = read_deck_plan(deck)
    assert [(p.name, round(p.start_week), round(p.end_week)) for p in plan.phases] == [
        # (named by their years, as the deck names them)
        ("2027: Foundations", 0, 52),
        ("2028: Grow", 52, 104),
        ("2029-2030: Sustain", 104, 208),
    ]
    assert not [c for c in plan.commitments if c.kind == "stage"]
    # Overlapping bars on a chart are work, not the plan's phases.
    deck = slide_deck(
        [
            ("Strategy 2027-2030", ["Board paper, November 2026"]),
            ("Roadmap", ["2027-2028: New booking system", "2028: Train every team"]),
        ]
    )
    assert read_deck_plan(deck).phases == []


def test_pillars_named_with_their_work_on_one_line_give_that_work() -> None:
    """'1. Full halls: dynamic pricing and a subscription for under-30s': with no slide of its
    own, the pillar's work is the line that names it, as a task of that pillar."""
    from tests.decks import slide_deck

    lines = [
        "1. Full halls: dynamic pricing and a subscription for under-30s",
        "2. Every child: free schools concerts in all 40 primary schools",
        "3. A sustainable orchestra: a pay settlement and a new endowment fund",
    ]
    deck = slide_deck([("Strategy 2027-2030", ["Board paper"]), ("Three priorities", lines)])
    plan = read_deck_plan(deck)
    assert plan.pillars == ["Full halls", "Every child", "A sustainable orchestra"]
    work = [(c.pillar, c.text) for c in plan.commitments if c.kind == "initiative"]
    assert work == [
        ("Full halls", "Dynamic pricing and a subscription for under-30s"),
        ("Every child", "Free schools concerts in all 40 primary schools"),
        ("A sustainable orchestra", "A pay settlement and a new endowment fund"),
    ]
    # A pillar with a slide of its own keeps that slide's work, not its description too.
    deck = slide_deck(
        [
            ("Strategy 2027-2030", ["Board paper"]),
            ("Three priorities", lines),
            ("Full halls", ["Launch a subscription for under-30s", "Price every seat by demand"]),
        ]
    )
    halls = [c.text for c in read_deck_plan(deck).commitments if c.pillar == "Full halls"]
    assert "Dynamic pricing and a subscription for under-30s" not in halls


@pytest.mark.parametrize(
    "line",
    [
        "Donor fatigue: phase the endowment appeal",
        "Donor fatigue → phase the endowment appeal",
        "Donor fatigue – we will phase the endowment appeal",
    ],
)
def test_a_risk_answered_by_a_verb_that_names_things_too_is_mitigation_work(line: str) -> None:
    from tests.decks import slide_deck

    deck = slide_deck([("Strategy 2027-2030", ["Board paper"]), ("Risks", [line])])
    risks = [c for c in read_deck_plan(deck).commitments if c.kind == "risk"]
    assert [(r.title.lower(), r.text) for r in risks] in (
        [("mitigate donor fatigue", "phase the endowment appeal")],
        [("mitigate: donor fatigue", "phase the endowment appeal")],
    )


def test_a_ships_pilot_is_no_pilot_the_place_proved_first_is() -> None:
    """A shipping deck speaks of the pilots who bring ships in ("Share pilot boarding times
    with the port office", "pilotage dues"): none of that is the plan's pilot, which the deck
    stages in its own words ("Prove it first at Kessling, on the weekly loop")."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Cleaner ships by 2030", ["Board paper"]),
            (
                "Speed and arrival",
                [
                    "Share pilot boarding times with the Harbour Office, so ships slow at sea",
                    "Cut pilotage waiting by a third",
                ],
            ),
            ("Shore power", ["Prove it first at Kessling, on the weekly loop"]),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Kessling" and pilot.source.slide == 3


def test_the_slide_that_stages_the_pilot_in_other_words_gives_its_steps_not_its_reasons() -> None:
    """A slide titled as a headline ("One shed, one wet season") that stages the pilot ("Sensors
    go in first at ...") and lists how it runs: its steps are the pilot's work, the reasons for
    the place are not."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Dry Stores 2028-2030", ["Board, June 2028"]),
            (
                "One shed, one wet season",
                [
                    "Sensors go in first at the Marrow Creek terminal's north shed.",
                    "Why Marrow Creek",
                    "The shed lost 300 tonnes of grain to damp in 2026",
                    "How we will run it",
                    "1. Fit the sensors and the gateway by 15 December 2028",
                    "2. Compare sensor readings with hand checks every week",
                    "Carry the shed through the wet season without hand checks",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.pilot is not None and plan.pilot.name == "Marrow Creek"
    work = [c.text for c in plan.commitments if c.source.slide == 2]
    assert any(t.startswith("Fit the sensors") for t in work), work  # (its list's number goes)
    assert any("Carry the shed" in t for t in work), work
    assert not any("lost 300 tonnes" in t for t in work), work


def test_an_app_store_is_no_shop_and_a_count_of_posts_is_no_post() -> None:
    """A streaming deck's "app stores" name no retail store; "the five pillar leads: ..." in a
    members' paragraph names a group of posts, not a post called "five pillar leads"."""
    from agent.context._extract import _valid_name
    from agent.knowledge.packs import Vocabulary

    assert not Vocabulary("Both app stores approved the build; the App-Store fees").mentions(
        "store"
    )
    assert Vocabulary("Open two stores in the city").mentions("store")
    for group in ("five pillar leads", "14 practitioners", "all site managers"):
        assert not _valid_name(group), group
    for post in ("Three Rivers Manager", "Head of Operations", "Site Managers"):
        assert _valid_name(post), post


def test_who_the_plan_is_for_names_its_scenarios_and_a_tables_caption_is_no_goal() -> None:
    """A slide "Who the first season is for, and who it is not" lists the deck's own segments:
    they are its scenarios. A KPI slide's caption ("Season 1 targets · baselines from the old
    app where one exists") says what the columns hold; it is no goal, and no scenario."""
    from agent.engines.rules import RulesEngine
    from agent.engines.rules.scenarios import names_scenarios
    from agent.engines.rules.visions import find_visions
    from schemas.context import OrgContext
    from tests.decks import goal

    deck = _deck(
        [
            COVER,
            (
                "Who the first season is for, and who it is not",
                [
                    "Season-ticket holders moving to the app at launch",
                    "Commuters signing up on a phone on match night",
                    "Lapsed subscribers won back at cup time",
                ],
            ),
            (
                "What good looks like",
                [
                    "Season 1 targets · baselines from the old app where one exists",
                    "Reach 40,000 paid subscriptions by June 2029",
                ],
            ),
        ],
        bullets=True,
    )
    assert names_scenarios(deck)
    visions = [goal("V1", "Reach 40,000 paid subscriptions by June 2029", 3)]
    chosen = RulesEngine().choose_scenarios(deck, visions, OrgContext(root="org"))
    assert any("Commuters signing up" in s.name for s in chosen), [s.name for s in chosen]
    found = [v.text for v in find_visions(deck)]
    assert not any("baselines from" in t for t in found), found


def test_a_peers_stated_plan_and_a_kpi_legend_are_no_goals() -> None:
    """ "Northway Lines says 30% of its fleet will burn methanol by 2030" is a peer's figure; "Target
    in large type. Baselines are FY26 unless stated" is how a KPI slide is read. Neither is a
    goal of the deck's; its own commitment beside them is."""
    from agent.engines.rules.visions import find_visions

    deck = _deck(
        [
            COVER,
            (
                "Why now",
                ["Northway Lines says 30% of its fleet will burn methanol by 2030"],
            ),
            (
                "Scoreboard",
                [
                    "Target in large type. Baselines are FY26 unless stated",
                    "Plug in on 95% of calls at berths that offer shore power by 2030",
                ],
            ),
        ],
        bullets=True,
    )
    found = [v.text for v in find_visions(deck)]
    assert not any("Northway" in t or "large type" in t for t in found), found
    assert any("Plug in on 95%" in t for t in found), found


def test_every_without_a_figure_restates_a_row_at_100_percent_and_a_baseline_note_is_no_goal() -> (
    None
):
    """ "Every night shift crewed by trained staff" on the ambition page is the KPI row "Night
    shifts crewed by trained staff: 78% -> 100%" said in words: one goal, cited at the row. The
    row's note "Baselines are crop year 2027-28, annualized" is no goal."""
    from agent.engines.rules.visions import find_visions
    from tests.decks import table_block

    deck = _deck(
        [
            COVER,
            ("Our ambition", ["Every night shift crewed by trained staff"]),
            ("Scoreboard", ["Baselines are crop year 2027-28 (annualized)"]),
        ],
        bullets=True,
    )
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["Night shifts crewed by trained staff", "78%", "100%", "Harvest 2029"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3))
    found = find_visions(deck)
    crewed = [v for v in found if "crewed" in v.text.lower()]
    assert len(crewed) == 1, [v.text for v in found]
    assert not any(v.text.startswith("Baselines are") for v in found), [v.text for v in found]


def test_a_tiles_day_under_its_figure_dates_it_not_the_baselines_season_in_the_heading() -> None:
    """Tiles under a heading that names the baselines' season ("baselines from the 2027-28
    season") and each dated by a day under its figure ("by 30 June 2029", "from L-0 (1
    September 2028)"): each target holds by its own day, not by 2027."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Stream 2029", ["Board, April 2028"]),
            (
                "What good looks like",
                [
                    "Targets · baselines from the old app (2027-28 season) where one exists",
                    "60,000",
                    "Active paid subscriptions",
                    "Baseline 0 (new) · by 30 June 2029",
                    "< 1%",
                    "Video start failures",
                    "Baseline 3.1% · from L-0 (1 September 2028)",
                ],
            ),
        ]
    )
    by = {k.metric: k.by for k in read_deck_plan(deck).kpis}
    assert by.get("Active paid subscriptions") == "30 June 2029", by
    assert by.get("Video start failures") == "1 September 2028", by


def test_a_title_that_stages_one_unit_first_names_the_pilot_whatever_else_it_says() -> None:
    """ "One market first: the Loyalty Pass in Iceland": a title that stages one unit first is
    a plan slide, though "market" would make it a market review; its other part is the pilot,
    not a later line that says "first ... on" a product."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Grow the club by 2030", ["Board paper"]),
            (
                "One market first: the Loyalty Pass in Iceland",
                ["Two seasons, for the 9,000 members in Iceland only"],
            ),
            ("First 90 days", ["Week 4: first member panel on Loyalty Pass prices"]),
        ]
    )
    pilot = read_deck_plan(deck).pilot
    assert pilot is not None and pilot.name == "Loyalty Pass in Iceland", pilot
    assert pilot.source.slide == 2


def test_a_tile_dated_on_the_decks_own_clock_holds_by_that_period() -> None:
    """ "Baseline 3.1M (Dec 2026) · by end of Sprint 22", where the deck numbers its sprints
    from a day: the target holds by the end of Sprint 22, not by the baseline's 2026."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Tidepool 2027", ["Board, February 2027"]),
            ("Clock", ["Sprint 14 starts on Tuesday 2 March 2027; every sprint runs six weeks."]),
            (
                "How we will know",
                [
                    "Targets in large type; baseline and by-when under each label",
                    "3.5M",
                    "Monthly active players",
                    "Baseline 3.1M (Dec 2026) · by end of Sprint 22",
                ],
            ),
        ]
    )
    by = {k.metric: k.by for k in read_deck_plan(deck).kpis}
    assert by.get("Monthly active players") == "end of Sprint 22", by


def test_where_a_text_speaks_of_app_stores_a_bare_store_is_theirs_unless_a_shop_is_said() -> None:
    """ "App store rating, both stores", "submit the beta build to both stores": the bare
    "stores" are the app stores; so is "the green-bean store" beside "our data store". A shop
    said as one ("our stores", "store managers") still counts."""
    from agent.knowledge.packs import Vocabulary

    assert not Vocabulary(
        "App store rating, both stores; submit the build to both stores"
    ).mentions("store")
    assert not Vocabulary("The Silo is our data store; the green-bean store holds 40 t").mentions(
        "store"
    )
    assert Vocabulary("App store rating up; store managers run the tills").mentions("store")
    assert Vocabulary("Open two stores in the city").mentions("store")


def test_a_pilot_at_a_depot_or_an_office_keeps_its_units_whole_name() -> None:
    """ "de" and "of" join a place's name only before another capital ("Isle of Wight"):
    "Pilot at Northfield depot" is not a pilot at "Northfield de"."""
    from agent.planning.deck_plan import read_deck_plan
    from tests.decks import slide_deck

    for line, name, unit in (
        ("Pilot at Northfield depot from January", "Northfield", "depot"),
        ("We pilot at the Leeds office first", "Leeds", "office"),
        ("Pilot at the Isle of Wight depot", "Isle of Wight", "depot"),
        ("1 · Pilot: Northfield depot, Jan-Jun 2028", "Northfield", "depot"),
    ):
        deck = slide_deck([("Plan 2029", ["Board paper"]), ("Phases", [line, "Jan to Jun 2028"])])
        pilot = read_deck_plan(deck).pilot
        assert pilot is not None and (pilot.name, pilot.unit) == (name, unit), (line, pilot)


def test_a_stage_table_with_from_and_to_columns_runs_each_stage_to_its_end() -> None:
    """ "Stage | From | To | Closes with": a stage runs from the start of its "From" period to
    the end of its "To" period ("H1 2028" to "H2 2029": two years), not its first half alone,
    and the plan's horizon ends where the last stage does."""
    from tests.decks import slide_deck, table_block

    deck = slide_deck([("Kitchens 2028-2031", ["Board paper"]), ("The clock", [])])
    rows = [
        ["Stage", "From", "To", "Closes with"],
        ["Groundwork", "H1 2028", "H2 2029", "Gate 1"],
        ["Spread", "H1 2030", "H1 2031", "Gate 2"],
        ["Settle", "H2 2031", "H2 2031", "the end of the plan"],
    ]
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    plan = read_deck_plan(deck)
    assert [(p.name, round(p.start_week), round(p.end_week)) for p in plan.phases] == [
        ("Groundwork", 0, 104),
        ("Spread", 104, 182),
        ("Settle", 182, 208),
    ]


def test_a_wave_table_in_the_plans_own_months_dates_the_waves_and_drops_the_wave_past_it() -> None:
    """ "Wave | Areas | Build | Stage gate" with builds in the plan's months ("M3-M8", M1 the
    first) and a last row "Beyond M18 | Not in this plan": three waves from month 2 to 8, 8 to
    13 and 13 to 18, and no fourth, however a roadmap elsewhere draws it."""
    from tests.decks import slide_deck, table_block

    deck = slide_deck(
        [
            ("Fibre for the Vale", ["Board paper, M1 to M18"]),
            ("Wave table", []),
            ("Wave 4: the hill farms, if our subsidy bid succeeds in 2028", ["Later"]),
        ]
    )
    rows = [
        ["Wave", "Areas", "Build", "Stage gate"],
        ["Wave 1", "Ashby, Colby", "M3-M8", "Gate 1"],
        ["Wave 2", "Dunford", "M9-M13", "Gate 2"],
        ["Wave 3", "Elton, Fenby", "M14-M18", "Gate 3"],
        ["Wave 4", "Hill farms", "Beyond M18", "Not in this plan"],
    ]
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    plan = read_deck_plan(deck)
    months = [(p.name, round(p.start_week / 4.333), round(p.end_week / 4.333)) for p in plan.phases]
    assert months == [("Wave 1", 2, 8), ("Wave 2", 8, 13), ("Wave 3", 13, 18)], months


def test_a_mobilisation_numbered_0_before_the_waves_is_the_plans_first_phase() -> None:
    """ "Sprint 0: mobilise" named beside "Wave 1" to "Wave 3", whose table dates the waves from
    M3: the mobilisation runs from the start to Wave 1, though it is of another family."""
    from tests.decks import slide_deck, table_block

    deck = slide_deck(
        [
            ("Fibre for the Vale", ["Board paper, M1 to M18"]),
            (
                "How we will build: Sprint 0, then three waves",
                [
                    "Sprint 0: mobilise",
                    "contracts, stock and the surveys that cannot wait",
                    "Wave 1: prove the model",
                    "two towns, the pilot first",
                    "Wave 2: scale the towns",
                    "the larger towns on the proven method",
                    "Wave 3: finish the build",
                    "the smaller areas and the handover",
                ],
            ),
            ("Wave table", []),
        ]
    )
    rows = [
        ["Wave", "Areas", "Build", "Stage gate"],
        ["Wave 1", "Ashby, Colby", "M3-M8", "Gate 1"],
        ["Wave 2", "Dunford", "M9-M13", "Gate 2"],
        ["Wave 3", "Elton, Fenby", "M14-M18", "Gate 3"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3, order=2))
    plan = read_deck_plan(deck)
    months = [(p.name, round(p.start_week / 4.333), round(p.end_week / 4.333)) for p in plan.phases]
    assert months[0] == ("Sprint 0: mobilise", 0, 2), months
    assert [m[0].split(":")[0] for m in months] == ["Sprint 0", "Wave 1", "Wave 2", "Wave 3"]
