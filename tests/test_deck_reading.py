"""The deck's own plan, read from slide structures any industry uses: pillar detail slides and
their benefits, from/to slides, diagram step numbers; and the org's admitted weaknesses."""

from __future__ import annotations

import re
from pathlib import Path

from agent.context._extract import find_absences
from agent.knowledge.constraints import find_statements
from agent.planning.commitments import pillar_goals
from agent.planning.deck_plan import read_deck_plan
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit
from tests.decks import goal as _vision
from tests.decks import slide_deck as _deck
from tests.decks import table_block

SLIDES: list[tuple[str, list[str]]] = [
    ("Acme 2028 Strategy", ["Board proposal"]),
    (
        "Our three strategic pillars",
        [
            "Each pillar answers one pain point on the shop floor",
            "Smart Maintenance",
            "Sensors and forecasting move maintenance from reactive to predictive",
            "Vision Inspection",
            "Cameras and defect detection replace fatigued manual inspection",
            "Smart Scheduling",
            "A digital twin and optimisation cut rush-order response time",
        ],
    ),
    (
        "Pillar 1 · Smart Maintenance",
        [
            "Install vibration sensors on 40 critical presses at the first plant",
            "Route alerts automatically to the maintenance planners as work orders",
            "Unplanned downtime falls as failures are caught early",
        ],
    ),
    (
        "Pillar 2 · Vision Inspection",
        [
            "Deploy line cameras at the three final inspection stations",
            "Send suspected defects to a human review station for confirmation",
        ],
    ),
    ("Pillar 2 expected benefits", ["Inspection miss rate falls from 5% to 2%, rework falls"]),
    ("Pillar 3 · Smart Scheduling", ["Build a digital twin of the assembly lines and orders"]),
    (
        "Pillar 4 · Brand shift",
        [
            "OLD POSITIONING",
            "Stores as pure distribution with no emotional tie to guests",
            "NEW POSITIONING",
            "Stores become social hubs for the neighbourhood every evening",
        ],
    ),
]


def test_a_benefits_slide_counts_for_the_pillar_its_number_names() -> None:
    plan = read_deck_plan(_deck(SLIDES))
    assert plan.pillars == ["Smart Maintenance", "Vision Inspection", "Smart Scheduling"]
    assert "miss rate" in plan.pillar_text["Vision Inspection"]
    assert "miss rate" not in plan.pillar_text["Smart Maintenance"]


def test_a_pillars_work_serves_the_measured_goal_its_slides_speak_of() -> None:
    plan = read_deck_plan(_deck(SLIDES))
    visions = [
        _vision("V1", "Inspection miss rate from 5% to 2% by 2028", 9),
        _vision("V2", "Unplanned downtime from 120 hours to 70 hours by 2028", 9),
        _vision("V3", "Be the most trusted maker in the region", 1),
    ]
    goals = pillar_goals(plan, visions)
    assert goals.get("Vision Inspection") == ["V1"]
    assert goals.get("Smart Maintenance") == ["V2"]
    assert "V3" not in {g for ids in goals.values() for g in ids}  # no number: not a measure


def test_the_state_left_behind_on_a_from_to_slide_is_not_work() -> None:
    titles = [c.title for c in read_deck_plan(_deck(SLIDES)).commitments]
    assert not any(t.startswith("Stores as pure distribution") for t in titles)
    # what the new positioning says will be so is no work either
    assert not any(t.startswith("Stores become social hubs") for t in titles)


def test_diagram_step_numbers_are_not_commitments() -> None:
    slides = [
        ("Execution roadmap year 1: four quarterly milestones", ["1", "2", "Q1", "3"]),
        ("Pillar 1 · Stores", ["Open ten pilot stores in the southern region next spring"]),
    ]
    titles = [c.title for c in read_deck_plan(_deck(slides)).commitments]
    assert not [t for t in titles if not any(ch.isalpha() for ch in t)]


def test_lines_under_a_known_issues_heading_are_limitations() -> None:
    from agent.context._documents import read_document
    from agent.context._extract import extract_facts

    text = (
        "# Store systems\n\n- **POS**: one vendor, owned by IT.\n\n## What does not work yet\n\n"
        "- Franchise stores send their sales to HQ once a week as a file upload.\n"
    )
    data = text.encode("utf-8")
    doc = read_document(Path("systems.md"), "systems.md", data, max_bytes=len(data) + 1)
    facts = extract_facts(doc)
    said = [a for a in facts.absences if "once a week" in a.text]
    assert said and said[0].kind == "limitation"


def test_a_noun_end_is_not_a_deadline_and_generic_absences_stay_apart() -> None:
    assert find_statements("Store count: stores trading at month end, owned and franchise.") == []
    assert find_statements("Extended support for the ERP ends in March 2029.")
    first = find_absences("We have no regional distribution hub outside the east.")
    second = find_absences("There is no franchise training academy yet.")
    assert first and second and first[0].text != second[0].text


def test_a_first_wave_that_proves_the_model_is_the_pilot() -> None:
    slides = [
        ("Brand launch strategy", ["A new mountain lodge brand"]),
        (
            "Opening cadence",
            [
                "Wave 1: 2 lodges → Wave 2: 6 → Wave 3: 12, validated in stages before scaling",
                "2027 Wave 1",
                "Single-lodge model proven",
                "2028 Wave 2",
                "Partner-built lodges",
            ],
        ),
    ]
    plan = read_deck_plan(_deck(slides))
    assert plan.pilot is not None and plan.pilot.name == "Wave 1"
    marked = [c for c in plan.commitments if c.pilot]
    assert len(marked) == 1 and "Wave 1" in marked[0].text and "Wave 2" not in marked[0].title[:7]


def test_a_pillar_slide_laid_out_as_cards_yields_one_initiative_per_card() -> None:
    slides = [
        (
            "Pillar 1 · Tactic C: Membership that brings guests back",
            [
                "From one-off visits to a lasting relationship",
                "Layer 1 · Points",
                "Purchases earn points in real time, redeemable for samples and merchandise",
                "Layer 2 · Referral Loops",
                "Refer-a-friend coupons and shareable posters drive member-led acquisition",
            ],
        )
    ]
    titles = [c.title for c in read_deck_plan(_deck(slides, bullets=False)).commitments]
    assert any(t.startswith("Points: Purchases earn points") for t in titles)
    assert any(t.startswith("Referral Loops: Refer-a-friend") for t in titles)


def test_a_design_principle_card_is_a_note_and_a_colon_name_is_not_doubled() -> None:
    slides = [
        (
            "Pillar 2 · Vision Inspection",
            [
                "Cameras on every line, people on every verdict",
                "Defect Triage:",
                "Images of suspected defects are routed to the line's quality inspector",
                "Key design principle:",
                "The model only pre-screens suspected defects; the final verdict stays with people",
            ],
        )
    ]
    titles = [c.title for c in read_deck_plan(_deck(slides, bullets=False)).commitments]
    assert any(t.startswith("Defect Triage: Images of suspected") for t in titles), titles
    assert not any("::" in t or "principle" in t.lower() for t in titles), titles


def test_a_big_numbers_caption_is_part_of_its_tile_not_a_vision() -> None:
    from agent.engines.rules.visions import find_visions

    deck = _deck(
        [
            (
                "Every plant safe. Every decision on live data.",
                [
                    "NORTH STAR",
                    "0",
                    "serious injuries",
                    "every year of the programme",
                    "Every plant certified on the new safety standard by 2028",
                ],
            )
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.lower().startswith("every year") for t in texts)
    assert any("certified" in t for t in texts)


def test_every_decision_a_recommendations_slide_asks_for_is_a_commitment() -> None:
    deck = _deck(
        [
            ("City services 2030", ["Cabinet paper"]),
            (
                "Recommendations to Cabinet",
                [
                    "Approve capital of 4M released at gates A and B",
                    "Confirm the Director of Resources as Senior Responsible Owner",
                    "Delegate the contract award to the Director of Resources",
                    "Thanks to the teams who shaped this paper",
                ],
            ),
        ]
    )
    asks = [c.text for c in read_deck_plan(deck).commitments if c.kind == "ask"]
    assert len(asks) == 3 and any(a.startswith("Delegate") for a in asks)
    assert not any("Thanks" in a for a in asks)


def _gantt_deck(pptx_path: Path) -> Deck:
    """A roadmap drawn as shapes: quarter labels in a row, phase bars placed under them."""
    from pptx import Presentation
    from pptx.util import Emu

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Roadmap 2027-2028"
    cell = 1_000_000

    def box(text: str, left: float, top: int, width: float) -> None:
        shape = slide.shapes.add_textbox(Emu(int(left)), Emu(top), Emu(int(width)), Emu(300_000))
        shape.text_frame.text = text

    for i, label in enumerate(["Q1 2027", "Q2 2027", "Q3 2027", "Q4 2027", "Q1 2028", "Q2 2028"]):
        box(label, 500_000 + i * cell, 1_500_000, cell)
    box("Phase 1: Prove the model in two stores", 500_000, 2_000_000, 2 * cell)
    box("Phase 2: Roll out to every store", 500_000 + 2 * cell, 2_500_000, 4 * cell)
    prs.save(str(pptx_path))
    from extractors import extract

    return extract(pptx_path)


def test_a_drawn_gantt_dates_each_phase_by_where_its_bar_sits(tmp_path: Path) -> None:
    deck = _gantt_deck(tmp_path / "roadmap.pptx")
    bars = [b for b in deck.units[0].blocks if b.text.startswith("Phase")]
    assert all(b.box is not None for b in bars)
    phases = {p.name.split(":")[0]: (p.start_week, p.end_week) for p in read_deck_plan(deck).phases}
    # Phase 1 under Q1-Q2 2027 (26 weeks), phase 2 under Q3 2027-Q2 2028.
    assert phases["Phase 1"] == (0.0, 26.0)
    assert phases["Phase 2"] == (26.0, 78.0)


def _month_gantt(pptx_path: Path) -> Deck:
    """The common drawn Gantt: month columns, a row label at the left, a text-less bar beside it;
    a second slide where one phase runs over two rows."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Emu

    prs = Presentation()
    cell, left0 = 1_000_000, 4_000_000

    def add(title: str, columns: list[str], rows: list[tuple[str, int, int]]) -> None:
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = title
        for i, label in enumerate(columns):
            box = slide.shapes.add_textbox(
                Emu(left0 + i * cell), Emu(1_500_000), Emu(cell), Emu(300_000)
            )
            box.text_frame.text = label
        for r, (label, first, last) in enumerate(rows):
            top = 2_000_000 + r * 400_000
            box = slide.shapes.add_textbox(Emu(300_000), Emu(top), Emu(3_500_000), Emu(380_000))
            box.text_frame.text = label
            slide.shapes.add_shape(
                MSO_SHAPE.RECTANGLE,
                Emu(left0 + first * cell),
                Emu(top + 50_000),
                Emu((last - first + 1) * cell),
                Emu(280_000),
            )

    add(
        "Pilot store: conversion January-June 2027",
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
        [("Design sign-off", 0, 0), ("Refit the shop floor", 1, 3), ("Soft opening", 5, 5)],
    )
    add(
        "Roadmap 2027-2029",
        ["H1 2027", "H2 2027", "H1 2028", "H2 2028"],
        [
            ("Wave 1: first store", 0, 0),
            ("Wave 1: two more stores", 1, 1),
            ("Wave 2: the region", 2, 3),
        ],
    )
    prs.save(str(pptx_path))
    from extractors import extract

    return extract(pptx_path)


def test_row_labels_beside_drawn_bars_are_dated_and_month_columns_are_not_work(
    tmp_path: Path,
) -> None:
    deck = _month_gantt(tmp_path / "gantt.pptx")
    assert len(deck.units[0].bars) == 3
    plan = read_deck_plan(deck)
    titles = [c.title for c in plan.commitments]
    assert not any(t in ("Jan", "Feb", "Jun") for t in titles)
    work = {c.title: (c.start_week, c.end_week) for c in plan.commitments}
    start, end = work["Refit the shop floor"]
    assert start is not None and end is not None
    assert round(start) == 4 and round(end) == 17  # February to April
    phases = {p.name.split(":")[0]: (p.start_week, p.end_week) for p in plan.phases}
    # Wave 1 runs over both of its rows: all of 2027.
    assert phases["Wave 1"] == (0.0, 52.0)


def test_goals_that_are_only_measures_are_cut_into_scenarios_by_pillar() -> None:
    from agent.engines.rules import RulesEngine
    from agent.engines.rules.scenarios import only_measures
    from schemas.context import OrgContext

    deck = _deck(
        [
            ("Grocer 2029", ["Board paper"]),
            (
                "Our three pillars",
                [
                    "Win on Fresh",
                    "Produce and bakery made in store every morning",
                    "Be Closer",
                    "A small neighbourhood format near where people live",
                    "Make it Quick",
                    "Pickup and self-checkout in every store",
                ],
            ),
            ("How we will measure progress", ["Comparable sales from 1.2% to 3.5% by 2029"]),
        ]
    )
    visions = [
        _vision("V1", "Comparable sales from 1.2% to 3.5% by 2029", 3),
        _vision("V2", "Pickup orders a week from 9,000 to 40,000 by 2029", 3),
    ]
    assert only_measures(deck, visions)
    names = [s.name for s in RulesEngine().choose_scenarios(deck, visions, OrgContext(root="org"))]
    assert names and all(n in ("Win on Fresh", "Be Closer", "Make it Quick") for n in names)


def test_a_persona_named_in_a_profile_slides_title_is_a_scenario_beside_the_pillars() -> None:
    """ "Target Guest Profile: The Harbour Weekender" names one persona; the slide's rows are
    what it is like, not personas ("Trips per year"). With goals that are only measures, the
    pillars make the other scenarios rather than a plan of one."""
    from agent.engines.rules import RulesEngine
    from schemas.context import OrgContext

    deck = _deck(
        [
            ("Harbour Inns 2029", ["Board paper"]),
            (
                "Target Guest Profile: The Harbour Weekender",
                [
                    "Who books our rooms and what makes them come back",
                    "Trips per year",
                    "3-4 short breaks, mostly booked within two weeks of arrival",
                    "Decision drivers",
                    "Sea view and a quiet room matter more than a spa or a gym",
                ],
            ),
            (
                "Our three pillars",
                [
                    "Rooms that Rest",
                    "Quiet rooms with blackout blinds and no televisions in every inn",
                    "Food from the Quay",
                    "Menus built on the morning's catch from the harbour market",
                    "Owner Partners",
                    "Four more inns run by owners under our brand standards",
                ],
            ),
            ("How we will measure progress", ["Occupancy from 58% to 70% by 2029"]),
        ]
    )
    visions = [
        _vision("V1", "Occupancy from 58% to 70% by 2029", 4),
        _vision("V2", "Average room rate from £120 to £150 by 2029", 4),
    ]
    names = [s.name for s in RulesEngine().choose_scenarios(deck, visions, OrgContext(root="org"))]
    assert names[0] == "The Harbour Weekender", names
    assert "Trips per year" not in names and "Decision drivers" not in names
    assert len(names) >= 2 and all(
        n in ("Rooms that Rest", "Food from the Quay", "Owner Partners") for n in names[1:]
    ), names


def _untitled(title: str, lines: list[str]) -> Deck:
    """A slide drawn without a title placeholder: its title is read from its largest text, which
    stays a body block."""
    prov = Provenance(file="deck.pptx", slide=1)
    blocks = [
        Block(kind=BlockKind.body, text=line, order=i, source=prov)
        for i, line in enumerate([title, *lines])
    ]
    unit = Unit(number=1, kind="slide", title=title, blocks=blocks)
    return Deck(path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=[unit])


def _harbour_goals(*lines: str) -> list[str]:
    """The goals found on one slide of a made-up harbour's plan."""
    from agent.engines.rules.visions import find_visions

    deck = _deck([("Harbour 2029", ["Board paper"]), ("Where we are going", list(lines))])
    return [v.text for v in find_visions(deck)]


def test_an_eyebrow_run_into_a_goal_is_no_part_of_it() -> None:
    """'AMBITION' set in capitals over the statement, read as one line with it."""
    texts = _harbour_goals(
        "AMBITION The harbour every skipper wants to call at",
        "By 2029, ships turned inside their window 95% of the time",
    )
    assert "The harbour every skipper wants to call at" in texts, texts
    assert not any(t.startswith("AMBITION") for t in texts), texts


def test_a_date_in_capitals_run_into_a_goal_dates_it_and_a_finding_is_no_goal() -> None:
    texts = _harbour_goals(
        "BY THE END OF H2 2029 Every ship turned inside its window at all four berths",
        "A skipper who waits more than two hours is half as likely to call again",
    )
    assert "Every ship turned inside its window at all four berths by the end of H2 2029" in texts
    assert not any("half as likely" in t for t in texts), texts


def test_a_labelled_slides_title_is_its_vision_even_without_a_title_placeholder() -> None:
    from agent.engines.rules.visions import find_visions

    statement = "The corner bakery people cross town for"
    found = [v.text for v in find_visions(_untitled(statement, ["02 · NORTH STAR"]))]
    assert found == [statement]
    # "Where we stand" describes today: its title is not a vision, however it is worded.
    today = "A loyal base in two cities and little else yet"
    assert find_visions(_untitled(today, ["02 · WHERE WE STAND"])) == []


def test_a_scenario_composed_from_a_measured_goal_is_named_by_its_subject() -> None:
    from agent.engines.rules import RulesEngine
    from schemas.context import OrgContext

    goals = [
        "Loyalty app members from 80,000 to 250,000 by December 2028",
        "Weekday breakfast visits by commuters from 1.1M to 2M by 2028",
    ]
    deck = _deck([("Cafe chain plan 2028", ["Board paper"]), ("Our goals", goals)])
    visions = [_vision(f"V{i}", g, 2) for i, g in enumerate(goals, start=1)]
    names = [s.name for s in RulesEngine().choose_scenarios(deck, visions, OrgContext(root="org"))]
    assert names, "the goals should still give scenarios"
    assert not any(re.search(r"\bfrom\b.*\bto\b|\b20\d\d\b", n) for n in names), names
    assert any(n.startswith(("Loyalty app members", "Weekday breakfast visits")) for n in names)


def test_tiles_on_a_slide_labelled_as_today_are_no_targets() -> None:
    """Figures on a 'WHERE WE STAND' slide say where things are, however a tile words its
    change ('41% more than in 2024'); the same kind of tile on the plan's own slide is a
    target."""
    deck = _deck(
        [
            ("Harbour 2029", ["Board paper"]),
            (
                "Harbour at the end of 2027",
                [
                    "WHERE WE STAND",
                    "£6.1m",
                    "spent on energy in 2027, 41% more than in 2024",
                    "58%",
                    "of our crane drivers left within the year",
                ],
            ),
            (
                "Where we are going",
                ["-30%", "energy per container moved by 2029", "from 4.1 kWh in 2027"],
            ),
        ],
        bullets=False,
    )
    metrics = [k.metric.lower() for k in read_deck_plan(deck).kpis]
    assert not [m for m in metrics if "spent on energy" in m or "crane drivers" in m], metrics
    assert [m for m in metrics if "energy per container" in m], metrics
    # A running section label over a summary that names its figures as targets: targets.
    summary = _deck(
        [
            ("Harbour 2029", ["Board paper"]),
            (
                "Executive summary",
                [
                    "MARKET INSIGHT",
                    "Three numbers that define our first-phase target",
                    "68%",
                    "Berth occupancy across the year",
                    "-30%",
                    "energy per container moved by 2029",
                ],
            ),
        ],
        bullets=False,
    )
    metrics = [k.metric.lower() for k in read_deck_plan(summary).kpis]
    assert [m for m in metrics if "berth occupancy" in m], metrics


def test_kpi_tiles_read_their_target_date_and_twin_rows() -> None:
    deck = _deck(
        [
            ("Plants 2029", ["Board paper"]),
            (
                "Executive summary",
                [
                    "Three years, one pilot",
                    "75%",
                    "Line uptime by Q4 2029",
                    "from 61% in 2026",
                    "-50%",
                    "product giveaway",
                    "2.4% -> 1.2% of pack weight by Q4 2028",
                    "-30%",
                    "unplanned stops",
                    "from 2030, at every plant",
                    "EUR 14M",
                    "capital over three years",
                    "payback 2.6 years",
                ],
            ),
        ],
        bullets=False,
    )
    deck.units[1].blocks.append(
        Block(
            kind=BlockKind.table,
            text="",
            rows=[
                ["Metric", "2026 baseline", "Target", "By when"],
                ["Product giveaway, % of declared pack weight", "2.4%", "1.2%", "Q4 2028"],
            ],
            source=Provenance(file="deck.pptx", slide=2),
        )
    )
    kpis = {k.metric: k for k in read_deck_plan(deck).kpis}
    assert kpis["Line uptime"].by == "Q4 2029" and kpis["Line uptime"].target == "75%"
    assert kpis["unplanned stops"].baseline is None  # "from 2030" is a year
    # What the plan costs its funders is the investment case, not a measure to plan work for.
    assert not [k for k in kpis if "capital" in k.lower()], list(kpis)
    # The tile and the table row are one measure: the row, with 1.2% as the target.
    giveaway = [k for k in kpis.values() if "giveaway" in k.metric.lower()]
    assert len(giveaway) == 1 and giveaway[0].target == "1.2%", giveaway


def test_a_kpi_task_cites_the_orgs_definition_of_its_measure() -> None:
    from agent.planning.commitments import kpi_tasks
    from agent.planning.deck_plan import DeckPlan, Kpi
    from schemas.context import Metric, OrgContext, Role
    from schemas.plan import Source

    source = Source(file="deck.pptx", slide=4)
    plan = DeckPlan(
        kpis=[Kpi(metric="First-pass yield", baseline="93%", target="97%", source=source)]
    )
    org = OrgContext(
        root="org",
        roles=[
            Role(name="Quality Director", responsibilities=["Runs the labs"], source="roster.csv"),
            Role(name="Plant Manager", responsibilities=["Runs the plant"], source="roster.csv"),
        ],
        metrics=[
            Metric(
                name="Scrap rate",
                definition="kg scrapped per tonne",
                owner="Quality Director",
                source="kpis.md",
            ),
            Metric(
                name="First-pass yield",
                definition="units right first time as a share of units started",
                owner="Quality Director",
                source="kpis.md",
            ),
        ],
    )
    tasks = kpi_tasks(plan, [_vision("V1", "First-pass yield from 93% to 97%", 4)], org, ["V1"])
    (task,) = tasks
    assert task.owner_role == "Quality Director"
    refs = [(r.doc, r.quote) for r in task.context_refs]
    assert refs[0] == (
        "kpis.md",
        "First-pass yield: units right first time as a share of units started",
    )
    # The owner's evidence names this measure, not another one the same role owns.
    assert any(q and q.startswith("First-pass yield: owner") for _, q in refs[1:]), refs


def test_a_method_baseline_task_cites_the_metrics_definition() -> None:
    from agent.engines.rules.method import decompose
    from schemas.context import Metric, OrgContext, Role

    org = OrgContext(
        root="org",
        roles=[
            Role(name="Head of Quality", responsibilities=["Runs the labs"], source="roster.csv"),
            Role(
                name="Chief Executive", responsibilities=["Leads the company"], source="roster.csv"
            ),
        ],
        metrics=[
            Metric(
                name="First-pass yield",
                definition="units right first time as a share of units started",
                owner="Head of Quality",
                source="kpis.md",
            )
        ],
    )
    vision = _vision("V1", "Raise first-pass yield to 97% by 2029", 2)
    tasks = decompose(vision, [], org, []).tasks
    baseline = [t for t in tasks if t.key.startswith("baseline_")]
    assert baseline, [t.title for t in tasks]
    ref = baseline[0].context_refs[0]
    assert (ref.doc, ref.quote) == (
        "kpis.md",
        "First-pass yield: units right first time as a share of units started",
    )


def test_stage_names_say_what_they_stage_and_markers_and_todays_slides_are_not_work() -> None:
    deck = _deck(
        [
            ("Depot plan 2027-2028", ["Board paper"]),
            (
                "The Cost of Standing Still",
                [
                    "1 · THE CASE FOR CHANGE",
                    "Run the old depots at 40% of capacity for two more years",
                ],
            ),
            (
                "Phase 1: Foundations (Q1-Q2 2027)",
                ["1", "Discovery", "Build the route data platform for all depots"],
            ),
        ],
        bullets=False,
    )
    titles = [c.title for c in read_deck_plan(deck).commitments]
    assert "1" not in titles and not any(t.startswith("1:") for t in titles), titles
    assert any(t.startswith("Discovery: Phase 1") for t in titles), titles
    assert not any(t.startswith("Run the old depots") for t in titles), titles


def test_a_phases_step_numbers_are_markers_and_its_drawn_bars_keep_their_dates() -> None:
    from agent.knowledge.timeline import Span
    from agent.planning._phases import PhaseRecord
    from agent.planning.deck_plan import DeckPhase, _phase_items
    from schemas.plan import Source

    src = Source(file="deck.pptx", slide=5)
    rec = PhaseRecord(key="phase 1", name="Phase 1", source=src)
    rec.items = [
        ("1", src, None),
        ("Open the first depot", src, Span(104.0, 117.0, "placed", absolute=True)),
    ]
    phase = DeckPhase(name="Phase 1", start_week=0.0, end_week=26.0, source=src)
    items = _phase_items(rec, phase, origin=104.0)  # the plan's clock starts at week 104
    assert [(c.title, c.start_week, c.end_week) for c in items] == [
        ("Open the first depot", 0.0, 13.0)
    ]


def test_where_we_are_going_is_the_plan_not_today() -> None:
    deck = _deck(
        [
            ("Network plan 2029", ["Board paper"]),
            ("Our commitments", ["WHERE WE ARE GOING"]),
        ],
        bullets=False,
    )
    deck.units[1].blocks.append(
        Block(
            kind=BlockKind.table,
            text="",
            rows=[
                ["Measure", "2026 baseline", "Target", "By"],
                ["On-time delivery", "94%", "98%", "2029"],
            ],
            source=Provenance(file="deck.pptx", slide=2),
        )
    )
    assert [k.metric for k in read_deck_plan(deck).kpis] == ["On-time delivery"]


def test_stages_dated_on_the_line_under_them_are_the_roadmap() -> None:
    deck = _deck(
        [
            ("Flow plan 2027-2029", ["Board paper, April 2027"]),
            (
                "How the plan unfolds",
                [
                    "Three stages over 24 months",
                    "Stage 1: Stabilise",
                    "April to September 2027 (months 1-6)",
                    "Stage 2: Spread",
                    "October 2027 to September 2028 (months 7-18)",
                ],
            ),
        ],
        bullets=False,
    )
    phases = {p.name: (p.start_week, p.end_week) for p in read_deck_plan(deck).phases}
    start, end = phases["Stage 1: Stabilise"]
    assert round(end - start) == 26, phases  # April to September: six months
    assert "Stage 2: Spread" in phases


def test_decision_points_and_checkpoints_are_gates() -> None:
    deck = _deck(
        [
            ("Flow plan 2027-2029", ["Board paper, April 2027"]),
            (
                "Delivery roadmap",
                [
                    "Stage 1: Stabilise (months 1-6)",
                    "Stage 2: Spread (months 7-18)",
                    "Decision point 1 (September 2027): the board decides whether to spread",
                ],
            ),
        ],
        bullets=False,
    )
    gates = [c.text for c in read_deck_plan(deck).commitments if c.kind == "gate"]
    assert any("decides whether to spread" in g for g in gates), gates


def test_a_row_of_a_table_of_goals_speaks_only_for_its_own_goal() -> None:
    from agent.engines.rules.scenarios import _composed_candidates, _likely_visions

    rows = [
        "Residents' pet licences from 20% to 90% by 2030",
        "Bulky waste collections from 30% to 85% by 2030",
        "School admissions appeals from 10% to 60% by 2030",
    ]
    deck = _deck([("City services 2030", ["Board paper"]), ("Services moved online", rows)])
    visions = [_vision(f"V{i}", g, 2) for i, g in enumerate(rows, start=1)]
    for v in visions:
        v.evidence = "table"
    candidates = _composed_candidates(deck, visions)
    # A row suggests a scenario for its own goal: the next row is news, not covered already.
    assert [_likely_visions(c, visions) for c in candidates] == [{"V1"}, {"V2"}, {"V3"}]


def test_a_pillars_work_serves_the_decks_formal_measure_first() -> None:
    plan = read_deck_plan(_deck(SLIDES))
    tile = _vision("V1", "Maintenance cost per press down 27% in the pilot", 3)
    tile.evidence = "tile"
    row = _vision("V2", "Unplanned downtime from 120 hours to 70 hours by 2028", 9)
    row.evidence = "table"
    goals = pillar_goals(plan, [tile, row])
    assert goals.get("Smart Maintenance", [])[:1] == ["V2"], goals


def test_a_goal_with_decimal_figures_is_a_target_not_a_segment() -> None:
    from agent.engines.rules.scenarios import _TARGET

    assert _TARGET.search("Cut the median time to first site activated from 7.4 to 4.5 months")
    assert not _TARGET.search("Patients on the waiting list in the evening")


def test_measured_goals_get_one_dashboard_unless_the_deck_has_one() -> None:
    from agent.engines.base import PlanningContext
    from agent.engines.rules.method import decompose
    from schemas.context import OrgContext, Role

    org = OrgContext(
        root="org",
        roles=[
            Role(name="BI Manager", responsibilities=["BI dashboards, reporting"], source="r.csv"),
            Role(name="Chief Executive", responsibilities=["Leads the company"], source="r.csv"),
        ],
    )
    vision = _vision("V1", "Raise first-pass yield to 97% by 2029", 2)
    known = PlanningContext(known_concepts=["dashboards"], deck_plan_text="Open two lines")
    got = [
        t
        for t in decompose(vision, [], org, [], planning=known).tasks
        if t.key == "measures_report"
    ]
    assert [t.owner_role for t in got] == ["BI Manager"]
    covered = PlanningContext(
        known_concepts=["dashboards"], deck_plan_text="A KPI dashboard for the board"
    )
    assert not [
        t
        for t in decompose(vision, [], org, [], planning=covered).tasks
        if t.key == "measures_report"
    ]
    # Nobody in the deck or the org speaks of dashboards or reports: no such task.
    bare = PlanningContext(known_concepts=[], deck_plan_text="Open two lines")
    assert not [
        t for t in decompose(vision, [], org, [], planning=bare).tasks if t.key == "measures_report"
    ]


def test_a_measure_line_cites_the_kpi_table_row_a_committed_sentence_its_own_slide() -> None:
    from agent.engines.rules.visions import find_visions

    deck = _deck(
        [
            ("Pillar 1: Line performance", ["OEE 61% -> 75% by Q4 2029 on every line"]),
            ("Pillar 2: Waste", ["Cut product giveaway from 2.4% to 1.2% by 2029"]),
            ("Targets", []),
        ]
    )
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["Overall equipment effectiveness (OEE)", "61%", "75%", "Q4 2029"],
        ["Product giveaway", "2.4%", "1.2%", "2029"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3))
    got = {v.text: v for v in find_visions(deck)}
    oee = next(v for t, v in got.items() if "OEE" in t)
    assert oee.source.slide == 3 and [s.slide for s in oee.also_stated] == [1]
    giveaway = next(v for t, v in got.items() if "giveaway" in t.lower())
    assert giveaway.source.slide == 2 and giveaway.also_stated == []


def test_a_commitment_the_kpi_table_completes_with_its_date_cites_the_row() -> None:
    """A committed sentence without a when ("Cut possums to below 5% residual trap catch") is
    said most completely by its KPI row, which gives baseline, target and date: it cites the
    row and keeps its own slide as a restatement. One that says by when keeps its slide."""
    from agent.engines.rules.visions import find_visions

    deck = _deck(
        [
            ("Pests", ["Cut rats in the Harrow valley to below 5% bait take"]),
            ("Waste", ["Cut product giveaway from 2.4% to 1.2% by 2029"]),
            ("Measures", []),
        ]
    )
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["Rat bait take, Harrow valley", "11.4%", "below 5%", "June 2031"],
        ["Product giveaway", "2.4%", "1.2%", "2029"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3))
    got = find_visions(deck)
    rats = next(v for v in got if "bait" in v.text.lower())
    assert rats.source.slide == 3 and [s.slide for s in rats.also_stated] == [1]
    giveaway = next(v for v in got if "giveaway" in v.text.lower())
    assert giveaway.source.slide == 2 and giveaway.also_stated == []
    assert [v.source.slide for v in got][:2] == [3, 2]  # (in the order the deck said them)


def test_an_ambition_page_of_committed_goals_cites_the_kpi_rows_it_sums_up() -> None:
    """A page committing to three goals the KPI table sets out sums up the table: each goal
    cites its row, yet keeps its place (and id) among the deck's goals."""
    from agent.engines.rules.visions import find_visions

    deck = _deck(
        [
            (
                "Our ambition for 2031",
                [
                    "Cut the average resin batch cycle time to 26 hours by 2031",
                    "Make 92% of batches right first time by 2031",
                    "Use 15% less energy per tonne of resin by 2031",
                ],
            ),
            ("Safety first", ["Close every MOC within 30 days of startup by 2030"]),
            ("Scorecard", []),
        ]
    )
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["Average resin batch cycle time", "31 h", "26 h", "2031"],
        ["Batches right first time", "81%", "92%", "2031"],
        ["Energy per tonne of resin", "1.38 MWh/t", "1.17 MWh/t", "2031"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3))
    got = find_visions(deck)
    ambition = [v for v in got if any(s.slide == 1 for s in v.also_stated)]
    assert len(ambition) == 3 and {v.source.slide for v in ambition} == {3}
    assert [v.text for v in got][:3] == [v.text for v in ambition]  # first, as the deck said them
    moc = next(v for v in got if "MOC" in v.text)
    assert moc.source.slide == 2


def test_a_measure_line_cites_the_kpi_tile_that_sets_it_as_it_cites_a_table_row() -> None:
    """A pillar slide's measure line restated on a slide of KPI tiles (the target large, the
    metric and the baseline under it) cites the tiles, keeping the line that showed it first;
    a sentence that commits keeps its own slide."""
    from agent.engines.rules.visions import find_visions

    deck = _deck(
        [
            (
                "Reach patients faster",
                ["Front-line ambulances ready for their shift from 91% to 98% by September 2029"],
            ),
            (
                "Answer and assess",
                ["Raise 999 calls answered within 10 seconds from 71% to 92% by March 2029"],
            ),
            (
                "How we will know",
                [
                    "98%",
                    "Front-line ambulances ready for their shift",
                    "Baseline 91% by September 2029",
                    "92%",
                    "999 calls answered within 10 seconds",
                    "Baseline 71% by March 2029",
                ],
            ),
        ]
    )
    got = {v.text: v for v in find_visions(deck)}
    ready = next(v for t, v in got.items() if "ambulances" in t)
    assert ready.source.slide == 3 and [s.slide for s in ready.also_stated] == [1], got
    calls = next(v for t, v in got.items() if t.startswith("Raise 999"))
    assert calls.source.slide == 2, got
    # Each goal names the tile that measures it, in the tile's words, wherever it is cited.
    assert ready.measure is not None and ready.measure.metric == (
        "Front-line ambulances ready for their shift"
    )
    assert ready.measure.target == "98%" and ready.measure.source.slide == 3
    assert calls.measure is not None and calls.measure.metric.startswith("999 calls answered")


def test_the_state_a_from_to_slide_aims_at_is_no_task_unless_it_names_work() -> None:
    deck = _deck(
        [
            (
                "Pillar 2 · Service Renewal: from counters to companions",
                [
                    "Today",
                    "Queues at every counter for routine requests",
                    "Tomorrow",
                    "Warmth and a sense of belonging",
                    "Online booking for every routine request, with reminders",
                ],
            )
        ]
    )
    titles = [c.title for c in read_deck_plan(deck).commitments]
    assert "Warmth and a sense of belonging" not in titles  # the state aimed at, no work
    assert any(t.startswith("Online booking for every routine request") for t in titles)
    assert not any(t.startswith("Queues at every counter") for t in titles)  # left behind


def test_a_tile_whose_caption_continues_its_figure_is_a_share() -> None:
    deck = _deck(
        [
            ("Library renewal", ["Council paper"]),
            (
                "Service targets for 2028",
                [
                    "Five commitments",
                    "90%",
                    "of book requests ready for collection within 48 hours",
                    "baseline 61%",
                ],
            ),
        ],
        bullets=False,
    )
    (kpi,) = read_deck_plan(deck).kpis
    assert kpi.metric == "Share of book requests ready for collection within 48 hours"
    assert kpi.statement.startswith("90% of book requests ready for collection")


def test_a_card_sized_from_one_figure_to_another_keeps_its_name() -> None:
    deck = _deck(
        [
            (
                "Capability Build-Out",
                [
                    "Three teams grow to carry the programme",
                    "Field Service Team",
                    "10->25",
                    "Installs, repairs and customer visits",
                    "Analytics Team",
                    "4->12",
                    "Forecasts / dashboards / pricing models",
                ],
            )
        ],
        bullets=False,
    )
    titles = [c.title for c in read_deck_plan(deck).commitments]
    assert "Field Service Team 10->25: Installs, repairs and customer visits" in titles
    assert "Analytics Team 4->12: Forecasts / dashboards / pricing models" in titles
    assert not any(t.startswith(("10->25", "4->12")) for t in titles)


def test_a_standard_process_laid_out_in_timed_steps_is_one_commitment_in_order() -> None:
    deck = _deck(
        [
            (
                "Claims Handling: 10-Day Settlement Process",
                [
                    "Pillar 1 · Tactic A",
                    "One intake desk and a fixed review rhythm settle claims in ten working days",
                    "Days 1-2",
                    "Intake",
                    "Online form + photo upload",
                    "Days 6-10",
                    "Settlement",
                    "Payment within 48 hours of approval",
                    "Days 3-5",
                    "Assessment",
                    "Desk review + remote survey",
                ],
            )
        ],
        bullets=False,
    )
    (process,) = [c for c in read_deck_plan(deck).commitments if "Steps:" in c.text]
    assert process.title == "Claims Handling: 10-Day Settlement Process"
    assert process.text.startswith("One intake desk and a fixed review rhythm")
    steps = process.text.split("Steps: ", 1)[1]
    assert steps.index("Intake (Days 1-2)") < steps.index("Assessment (Days 3-5)")
    assert steps.index("Assessment (Days 3-5)") < steps.index("Settlement (Days 6-10)")


def test_a_labelled_call_to_action_on_a_closing_slide_is_the_decks_ask() -> None:
    deck = _deck(
        [
            (
                "Three things to remember about the new depots",
                [
                    "CLOSING",
                    "Smaller depots, closer to customers, open longer",
                    "Next Step (Decision Sought): sign the leases for both pilot depots and confirm the fit-out budget by March",
                ],
            )
        ],
        bullets=False,
    )
    asks = [c for c in read_deck_plan(deck).commitments if c.kind == "ask"]
    assert [a.text for a in asks] == [
        "sign the leases for both pilot depots and confirm the fit-out budget by March"
    ]


def test_work_labelled_with_its_year_happens_in_that_year_of_the_decks_clock() -> None:
    from agent.planning.deck_plan import Commitment, DeckPlan, _date_by_year_label
    from schemas.plan import Source

    src = Source(file="deck.pptx", slide=7)
    plan = DeckPlan(
        start_year=2027,
        horizon_weeks=156,
        commitments=[
            Commitment(kind="initiative", title=f"{y} · Step {k}", text="", source=src)
            for k, y in enumerate(("2027", "2028", "2029", "2031", "2027-2028"))
        ]
        + [Commitment(kind="risk", title="2028 – Regulation changes", text="", source=src)],
    )
    _date_by_year_label(plan)
    assert [(c.start_week, c.end_week) for c in plan.commitments] == [
        (0.0, 52.0),
        (52.0, 104.0),
        (104.0, 156.0),
        (None, None),  # past the deck's horizon: left to the method's clock
        (0.0, 104.0),  # a range of years runs to the end of its last
        (None, None),  # a risk labelled with a year is not work done in it
    ]


def test_work_labelled_with_a_season_alone_happens_when_the_season_comes_round() -> None:
    """ "Autumn · Harvest blend" is launched in September to November of the plan's first year
    (a plan from April: spring comes round next March); south of the equator, where the deck
    says so, autumn is March to May. A risk labelled with a season is no work done in it."""
    from agent.planning.deck_plan import Commitment, DeckPlan, _date_by_season
    from schemas.plan import Source

    src = Source(file="deck.pptx", slide=7)

    def plan(origin: float = 0.0) -> DeckPlan:
        return DeckPlan(
            start_year=2027,
            horizon_weeks=104,
            origin_week=origin,
            commitments=[
                Commitment(kind="initiative", title=f"{s} · Blend {k}", text="", source=src)
                for k, s in enumerate(("Autumn", "Spring", "Winter"))
            ]
            + [
                Commitment(
                    kind="risk", title="Summer: a heatwave closes kiosks", text="", source=src
                )
            ],
        )

    north = plan()
    _date_by_season(north, ["Four launches a year"])
    assert [(round(c.start_week or -1), round(c.end_week or -1)) for c in north.commitments] == [
        (35, 48),  # September to November
        (9, 22),  # March to May
        (48, 61),  # December to February
        (-1, -1),
    ]
    from_april = plan(origin=13.0)
    _date_by_season(from_april, ["Four launches a year"])
    assert round(from_april.commitments[1].start_week or -1) == 48  # next March
    south = plan()
    _date_by_season(south, ["Our cafés in Melbourne and Perth, Australia"])
    assert round(south.commitments[0].start_week or -1) == 9  # autumn: March to May


def test_a_gate_the_deck_names_keeps_its_name() -> None:
    from agent.planning._phases import gate_name

    assert gate_name(["Work", "Gate G2 · scale go/no-go (end of Q4 2027)", "criteria"]) == (
        "Gate G2 · scale go/no-go"
    )
    assert gate_name(["Gate 3: handover to the plants"]) == "Gate 3: handover to the plants"
    assert gate_name(["Acceptance criteria", "Gate", "G2"]) is None  # labels, no name
    assert gate_name(["Gate 2 - 3 sites open, 95% uptime"]) is None  # criteria, no name
    # A slide that names the gate it starts from first: its own gate is the last named.
    assert gate_name(["Gate G1 · pilot go", "work", "Gate G2 · scale go/no-go"]) == (
        "Gate G2 · scale go/no-go"
    )


def test_a_decks_moves_are_its_pillars() -> None:
    deck = _deck(
        [
            (
                "Three Moves",
                [
                    "How we get there",
                    "Faster Service",
                    "Shorter queues at the morning peak in every branch we run",
                    "More Branches",
                    "Twelve new branches in towns we do not serve yet today",
                    "Loyal Customers",
                    "A loyalty app that brings members back every single week",
                ],
            ),
            (
                "Faster Service",
                [
                    "A second till and a self-order kiosk in the ten busiest branches",
                    "Peak staffing: one extra server 7-10am in every branch above target",
                ],
            ),
        ],
    )
    plan = read_deck_plan(deck)
    assert plan.pillars[:1] == ["Faster Service"]
    titles = [c.title for c in plan.commitments]
    assert any(t.startswith("A second till and a self-order kiosk") for t in titles)


def test_a_pillar_named_in_its_eyebrow_is_read_and_a_labelled_imperative_bullet_kept() -> None:
    deck = _deck(
        [
            (
                "Win on Service",
                [
                    "PILLAR: SERVICE",
                    "Service is why members stay with a mutual",
                    "Callback within two hours for every complaint, logged in the CRM",
                    "Cut waiting times: fewer hand-offs, one named handler per claim",
                ],
            )
        ],
    )
    titles = [c.title for c in read_deck_plan(deck).commitments]
    assert any(t.startswith("Callback within two hours") for t in titles)
    assert any(t.startswith("Cut waiting times: fewer hand-offs") for t in titles)


def test_the_line_under_a_commitments_label_is_what_the_slide_commits_to() -> None:
    deck = _deck(
        [
            (
                "Pillar 2 · Easy Visits",
                [
                    "Booking, arrival and follow-up without a phone call",
                    "Book",
                    "online, any time",
                    "Commitments",
                    "Online booking live in every clinic by the end of 2028; reminders by text",
                ],
            )
        ],
        bullets=False,
    )
    titles = [c.title for c in read_deck_plan(deck).commitments]
    assert any(
        t.startswith("Online booking live in every clinic by the end of 2028") for t in titles
    )


def test_subtitles_that_are_not_pillars_and_reports_that_ask_nothing_make_no_work() -> None:
    deck = _deck(
        [
            (
                "Governance and cadence",
                [
                    "Objective: clear decision rights",
                    "Steering committee meets monthly to review progress and risks",
                ],
            ),
            (
                "Pilot results",
                ["Next steps (done): we piloted the app and decided to approve the budget early"],
            ),
            (
                "Order handling process",
                [
                    "One desk for every order, from booking to delivery, in two weeks",
                    "Days 1-3",
                    "Booking",
                    "Order taken online",
                    "Month 2",
                    "Review",
                    "Monthly check of late orders",
                    "Days 4-10",
                    "Delivery",
                    "Van route planned overnight",
                ],
            ),
        ],
    )
    plan = read_deck_plan(deck)
    assert not [c for c in plan.commitments if c.kind in ("initiative", "ask")]


def test_stages_named_over_their_spans_are_the_decks_phases() -> None:
    deck = _deck(
        [
            ("Route 2030", ["Board paper", "January 2027"]),
            (
                "The road ahead",
                [
                    "Three stages over 24 months",
                    "Stabilise",
                    "H1 FY27 · months 0–6",
                    "Grow",
                    "months 6–18",
                    "Extend",
                    "months 18–24",
                    "Fix the basics, then grow the network, then extend to new regions.",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert [(p.name, p.start_week, p.end_week) for p in plan.phases] == [
        ("Stabilise", 0.0, 26.0),
        ("Grow", 26.0, 78.0),
        ("Extend", 78.0, 104.0),
    ]


def test_a_timeline_that_starts_before_the_decks_own_date_is_flagged() -> None:
    from agent.planning.deck_plan import DeckPlan, stale_clock

    deck = _deck([("Growth Plan", ["Prepared for the board", "July 2026", "March 2026 draft"])])
    assert read_deck_plan(deck).dated_year == 2026
    warning = stale_clock(DeckPlan(start_year=2025, horizon_weeks=156, dated_year=2026))
    assert warning is not None and "starts in 2025" in warning and "(2026)" in warning
    assert stale_clock(DeckPlan(start_year=2027, horizon_weeks=156, dated_year=2026)) is None
    assert stale_clock(DeckPlan(start_year=2025, horizon_weeks=156)) is None  # undated deck


def test_a_flattened_kpi_table_headed_by_a_short_fiscal_year_is_read() -> None:
    from agent.knowledge.kpis import flat_kpi_rows

    rows = flat_kpi_rows(
        "Measure FY27 baseline Target By Batch records right first time 71% 95% March 2029 "
        "Overdue corrective actions 86 Under 10 September 2028 "
        "Packaging lines serialised 3 of 9 9 of 9 December 2028"
    )
    assert [(r.metric, r.baseline, r.target, r.by) for r in rows] == [
        ("Batch records right first time", "71%", "95%", "March 2029"),
        ("Overdue corrective actions", "86", "Under 10", "September 2028"),
        ("Packaging lines serialised", "3 of 9", "9 of 9", "December 2028"),
    ]


def test_kpi_rows_a_pdf_kept_one_per_line_keep_the_figures_in_their_names() -> None:
    from agent.knowledge.kpis import flat_kpi_rows

    rows = flat_kpi_rows(
        "Measure FY27 baseline Target By\n"
        "Deviations closed within 30 days 62% 90% March 2029\n"
        "Batch records right first time 71% 95% March 2029"
    )
    assert [(r.metric, r.baseline, r.target, r.by) for r in rows] == [
        ("Deviations closed within 30 days", "62%", "90%", "March 2029"),
        ("Batch records right first time", "71%", "95%", "March 2029"),
    ]


def test_question_titles_are_read_by_the_line_that_answers_them() -> None:
    """ "When does it land?", "Where do we begin?", "How do we make depots safer?": the line
    under the question names the slide (a timeline over its stages, a codenamed trial, one
    move of the plan), and the question still says what kind of slide it is."""
    deck = _deck(
        [
            ("Depots that work 2030", ["Northvale Transport · board paper · 3 March 2027"]),
            ("What will we change?", ["Move 1 Safer depots", "Move 2 Fewer empty miles"]),
            (
                "How do we make depots safer?",
                [
                    "Move 1 · Safer depots",
                    "We will fit reversing cameras to all 140 tippers",
                    "A marshal at every depot gate from 6am",
                ],
            ),
            (
                "When does it land?",
                [
                    "Three stages from April 2028 to March 2030",
                    "Prepare",
                    "April to September 2028",
                    "Cameras ordered",
                    "Prove",
                    "October 2028 to June 2029",
                    "Project Wren at two depots",
                    "Spread",
                    "July 2029 to March 2030",
                    "Every depot on the new routine",
                ],
            ),
            (
                "Where do we begin?",
                [
                    "Project Wren: two depots in Northfield, October 2028 to March 2029",
                    "What we will try",
                    "Marshals and cameras at Northfield East and West",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert [p.name for p in plan.phases] == ["Prepare", "Prove", "Spread"]
    assert plan.start_year == 2028
    assert plan.pilot is not None and plan.pilot.name == "Project Wren"
    cameras = next(c for c in plan.commitments if "reversing cameras" in c.text)
    assert cameras.pillar and "Safer depots" in cameras.pillar


def test_a_codenamed_trial_under_an_action_title_and_initiatives_placed_in_waves() -> None:
    """ "Project Kite proves next-day repairs at two depots before we scale" over its scope and
    success criteria names the pilot; a table of initiatives with a Lead and a Wave column is
    the initiatives, each with its lead, not a table of the waves."""
    from tests.decks import table_block

    deck = _deck(
        [
            ("Fixed first 2030", ["Northgate Homes · board paper · 4 May 2027"]),
            (
                "Wave 1 · Prove",
                ["July 2028 to June 2029", "Project Kite at two depots", "Gate: scale decision"],
            ),
            (
                "Project Kite proves next-day repairs at two depots before we scale",
                ["Scope", "Two depots in Eastfield", "Success criteria", "80% fixed next day"],
            ),
            ("Three initiatives make repairs quicker", []),
        ]
    )
    deck.units[3].blocks.append(
        table_block(
            [
                ["Initiative", "Lead", "Wave"],
                ["Initiative 1.1 — One repairs desk for both depots", "Head of Repairs", "Wave 1"],
                [
                    "Initiative 1.2 — Van stock for the ten commonest jobs",
                    "Stores Manager",
                    "Wave 2",
                ],
                [
                    "Initiative 1.3 — Texts to tenants when the van is on its way",
                    "Head of Digital",
                    "Wave 1",
                ],
            ],
            4,
        )
    )
    plan = read_deck_plan(deck)
    assert plan.pilot is not None and plan.pilot.name == "Project Kite"
    tabled = [c for c in plan.commitments if c.source.slide == 4]
    assert [c.lead for c in tabled if c.kind == "initiative"] == [
        "Head of Repairs",
        "Stores Manager",
        "Head of Digital",
    ], [(c.kind, c.title, c.lead) for c in tabled]


def test_a_gantt_under_month_labels_takes_its_phases_from_the_bands_over_the_months() -> None:
    """Months (Jan ... Dec) under year labels, coloured bands naming the phases, bars with no
    dates of their own and gate markers: the bands are the phases on the calendar, each gate
    belongs to the phase it closes, and a row label with the word "gate" is no gate."""
    emu = 91440
    prov = Provenance(file="deck.pptx", slide=2)

    def box(text: str, x: float, y: float, w: float, h: float = 3) -> Block:
        return Block(
            kind=BlockKind.body,
            text=text,
            box=(int(x * emu), int(y * emu), int(w * emu), int(h * emu)),
            source=prov,
        )

    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    blocks = [
        Block(kind=BlockKind.title, text="Roadmap, January 2028 to December 2029", source=prov)
    ]
    blocks += [box("2028", 30, 12, 48), box("2029", 78, 12, 48)]
    blocks += [box(m, 30 + 4 * i, 16, 4) for i, m in enumerate(months * 2)]
    blocks += [box("Prepare", 30, 20, 12), box("Prove", 42, 20, 48), box("Spread", 90, 20, 36)]
    blocks += [box("Tickets and gate", 5, 26, 22), box("New booking site", 42, 26, 30)]
    blocks += [box("G1 Design sign-off", 36, 60, 12), box("G2 Trial go/no-go", 84, 60, 12)]
    cover = Unit(
        number=1,
        kind="slide",
        title="Wild ways 2030",
        blocks=[Block(kind=BlockKind.title, text="Wild ways 2030", source=prov)],
    )
    chart = Unit(number=2, kind="slide", title=blocks[0].text, blocks=blocks)
    deck = Deck(
        path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=[cover, chart]
    )
    plan = read_deck_plan(deck)
    assert [(p.name, p.start_week, p.end_week) for p in plan.phases] == [
        ("Prepare", 0.0, 13.0),
        ("Prove", 13.0, 65.0),
        ("Spread", 65.0, 104.0),
    ]
    assert plan.phases[0].gate and "G1" in plan.phases[0].gate
    assert not any(p.gate and "Tickets" in p.gate for p in plan.phases)


def test_a_school_year_in_a_measure_is_not_a_phase_of_the_plan() -> None:
    deck = _deck(
        [
            ("Swim for all 2029", ["Eastvale Leisure · board paper · 2 May 2027"]),
            (
                "How we will measure it",
                [
                    "Measure Baseline Target By",
                    "Year 6 pupils able to swim 25 metres 64% 90% July 2029",
                    "Year 11 students in a sports club 30% 45% July 2029",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert not any("pupils" in p.name or "students" in p.name for p in plan.phases), plan.phases


def test_a_timelines_rows_open_with_their_dates_and_a_gate_read_beside_an_item_is_a_gate() -> None:
    """A vertical timeline: each row's dates, then its phase ("Jan 2028 – Dec 2028 Horizon 1 —
    Fix the foundations"); a PDF that reads a gate beside the last item as one line still
    gives the phase its gate."""
    deck = _deck(
        [
            ("Healthy fish 2030", ["Board paper, November 2027"]),
            (
                "Roadmap",
                [
                    "Jan 2028 – Dec 2028 Horizon 1 — Fix the foundations",
                    "Cameras at the three pilot sites",
                    "Nets over five years old replaced Gate 1: Skerry go/no-go, December 2028",
                    "Jan 2029 – Jun 2030 Horizon 2 — Prove it at every site",
                    "Cameras at all 14 sea sites",
                    "Gate 2: Roll-out review, June 2030",
                    "Jul 2030 – Dec 2030 Horizon 3 — Make it the way we farm",
                    "Hand over to the farming areas",
                    "Gate 3: Benefits review, December 2030",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert [(p.name, p.start_week, p.end_week) for p in plan.phases] == [
        ("Horizon 1 — Fix the foundations", 0.0, 52.0),
        ("Horizon 2 — Prove it at every site", 52.0, 130.0),
        ("Horizon 3 — Make it the way we farm", 130.0, 156.0),
    ]
    assert plan.phases[0].gate and "Skerry" in plan.phases[0].gate
    titles = {c.title for c in plan.commitments}
    assert "Nets over five years old replaced" in titles


def test_stages_in_months_from_the_start_open_where_the_month_before_ends() -> None:
    """ "Months 0–6 · Stabilise", "Months 7–18 · Standardise": stages named after their months,
    counted from 1 after the first; month 7 opens where month 6 ends."""
    prov = Provenance(file="deck.pptx", slide=2)
    lines = [
        ("The programme starts on 1 April 2028", 0),
        ("Months 0–6 · Stabilise", 0),
        ("Project Kestrel at Dunmere", 1),
        ("Gate 1: Kestrel go/no-go, Month 6", 1),
        ("Months 7–18 · Standardise", 0),
        ("Containment in all 22 halls", 1),
        ("Months 19–36 · Scale", 0),
        ("Heat export from Ashby Park", 1),
    ]
    title = "Roadmap: Stabilise, Standardise, Scale"
    blocks = [Block(kind=BlockKind.title, text=title, source=prov)] + [
        Block(kind=BlockKind.body, text=t, level=lv, bullet=True, order=i + 1, source=prov)
        for i, (t, lv) in enumerate(lines)
    ]
    cover = _deck([("Steady power 2031", ["Board paper, December 2027"])]).units[0]
    deck = Deck(
        path="deck.pptx",
        name="deck.pptx",
        sha256="0" * 64,
        kind="pptx",
        units=[cover, Unit(number=2, kind="slide", title=title, blocks=blocks)],
    )
    plan = read_deck_plan(deck)
    assert [(p.start_week, p.end_week) for p in plan.phases] == [
        (0.0, 26.0),
        (26.0, 78.0),
        (78.0, 156.0),
    ]
    assert [p.name.split("· ")[-1] for p in plan.phases] == ["Stabilise", "Standardise", "Scale"]


def test_banners_over_a_drawn_gantts_quarters_are_its_phases_and_each_bar_is_work_in_one() -> None:
    """ "Now", "Next", "Later" drawn over the quarter labels, bars of work under them dated only
    by where they sit: the banners are the phases, and each bar is work in the phase it
    overlaps most (a bar across two starts in the first)."""
    emu = 91440
    prov = Provenance(file="deck.pptx", slide=2)

    def box(text: str, x: float, y: float, w: float, h: float = 3) -> Block:
        return Block(
            kind=BlockKind.body,
            text=text,
            box=(int(x * emu), int(y * emu), int(w * emu), int(h * emu)),
            source=prov,
        )

    quarters = ["Q3 2028", "Q4 2028", "Q1 2029", "Q2 2029", "Q3 2029", "Q4 2029"]
    blocks = [Block(kind=BlockKind.title, text="Roadmap", source=prov)]
    blocks += [box("Now", 30, 10, 24), box("Next", 54, 10, 24), box("Later", 78, 10, 24)]
    blocks += [box(q, 30 + 12 * i, 16, 12) for i, q in enumerate(quarters)]
    blocks += [box("Box office", 5, 22, 20), box("Choose the ticketing system", 30, 22, 12)]
    blocks += [box("New system live", 54, 22, 12), box("Youth theatres in two towns", 30, 28, 48)]
    blocks += [box("Heat pumps installed", 78, 34, 24)]
    cover = Unit(
        number=1,
        kind="slide",
        title="Open house 2030",
        blocks=[
            Block(kind=BlockKind.title, text="Open house 2030", source=prov),
            Block(kind=BlockKind.body, text="Trustees, 1 May 2028", source=prov),
        ],
    )
    chart = Unit(number=2, kind="slide", title="Roadmap", blocks=blocks)
    deck = Deck(
        path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=[cover, chart]
    )
    plan = read_deck_plan(deck)
    assert [p.name for p in plan.phases] == ["Now", "Next", "Later"]
    spans = [(p.end_week - p.start_week) for p in plan.phases]
    assert all(abs(s - 26) <= 1 for s in spans), spans
    phase_of = {c.text: c.phase for c in plan.commitments if c.source.slide == 2 and c.text}
    assert phase_of.get("Choose the ticketing system") == "Now"
    assert phase_of.get("New system live") == "Next"
    assert phase_of.get("Youth theatres in two towns") == "Now"
    assert phase_of.get("Heat pumps installed") == "Later"


def test_two_pieces_of_work_read_as_one_line_a_risks_named_mitigation_and_short_first_days_items() -> (
    None
):
    """A PDF reads two boxes side by side as one line ("Count sea lice ... Treat lice ..."):
    two initiatives. "Winter storm damage: check moorings after every gale" on a risks slide is
    the work that answers the risk. "Appoint the main-house contractor" on a first-90-days list
    is an item, not a heading."""
    deck = _deck(
        [
            ("Healthy fish 2030", ["Board paper, November 2027"]),
            (
                "Priorities 1 and 2",
                [
                    "1 Healthier fish",
                    "Count sea lice with underwater cameras at every sea site Treat lice with "
                    "fresh water before any medicine",
                    "2 Secure pens",
                    "Replace every net older than five years",
                ],
            ),
            (
                "Risks",
                [
                    "Winter storm damage",
                    "Algal bloom",
                    "Winter storm damage: check moorings after every gale over 20 m/s",
                    "Algal bloom: fit plankton and oxygen sensors at the ten most exposed sites",
                ],
            ),
            (
                "Our first 90 days",
                [
                    "Appoint the programme manager for the plan",
                    "Choose the ticketing system supplier",
                    "Appoint the main-house contractor",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    titles = {c.title for c in plan.commitments}
    assert "Count sea lice with underwater cameras at every sea site" in titles
    assert "Treat lice with fresh water before any medicine" in titles
    risks = {c.title: c.text for c in plan.commitments if c.kind == "risk"}
    assert risks.get("Mitigate winter storm damage") == (
        "check moorings after every gale over 20 m/s"
    )
    assert "Mitigate algal bloom" in risks
    assert {"Choose the ticketing system supplier", "Appoint the main-house contractor"} <= titles


def test_year_columns_of_a_kpi_table_from_the_plans_first_year_are_milestones() -> None:
    """ "Measure | 2027 | 2028 | 2029 | 2030 target" in a plan from January 2028: the measure
    stands at its 2027 figure; 2028 and 2029 are milestones on the way."""
    rows = [
        ["Measure", "2027", "2028", "2029", "2030 target"],
        ["Farmed fish escaped", "3,100", "0", "0", "0"],
        ["Economic feed conversion ratio", "1.31", "1.28", "1.24", "1.20"],
    ]
    deck = _deck(
        [
            ("Healthy fish 2030", ["Board paper, November 2027"]),
            ("Roadmap, January 2028 to December 2030", ["Horizon 1 from January 2028"]),
            ("How we will measure it", []),
        ]
    )
    deck.units[2].blocks.append(table_block(rows, 3))
    plan = read_deck_plan(deck)
    found = {k.metric: (k.baseline, k.target) for k in plan.kpis}
    assert found["Farmed fish escaped"] == ("3,100", "0")
    assert found["Economic feed conversion ratio"] == ("1.31", "1.20")


def test_items_under_a_week_range_are_items_and_an_owner_in_brackets_closes_one() -> None:
    """A 90-day list in week ranges, each over three items of work: nine items, dated by their
    range; a PDF line of two items whose owners stand in brackets is two items; a name over its
    detail ("Go to market for sorters" over "Tender issued ...") stays one."""
    deck = _deck(
        [
            ("Steady power 2031", ["Board paper, December 2027"]),
            (
                "The first 90 days",
                [
                    "Weeks 1–4",
                    "Appoint the programme director",
                    "Hold the first programme board",
                    "Weeks 5–8",
                    "Install containment in Dunmere halls 1 and 2",
                    "Map the order-to-live workflow with sales and billing",
                    "Weeks 9–13",
                    "Go to market for sorters",
                    "Tender issued to three shortlisted sorter suppliers",
                ],
            ),
            (
                "The first 100 days",
                [
                    "Appoint a fish-health data lead (Head of Fish Health)",
                    "Ask the grid company for connection dates (Technical Manager) Agree the "
                    "weekly site report with the forum (Licensing Manager)",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    titles = [c.title for c in plan.commitments if c.source.slide == 2]
    assert "Hold the first programme board" in titles
    assert "Map the order-to-live workflow with sales and billing" in titles
    assert not any(t.startswith("Install containment") and "Map" in t for t in titles)
    assert not any(t.startswith("Tender issued") for t in titles), titles
    # (each item's owner in brackets is its lead, taken off the title)
    later = {c.title: c.lead for c in plan.commitments if c.source.slide == 3}
    assert later.get("Ask the grid company for connection dates") == "Technical Manager", later
    assert later.get("Agree the weekly site report with the forum") == "Licensing Manager", later


def test_pillars_go_on_over_a_second_slide_and_the_first_heading_is_a_pillar() -> None:
    """ "Priorities 1 and 2" then "Priorities 3 and 4": four pillars, each with the line under
    its counted name; on a "Four priorities" slide whose first line is the first pillar's name,
    that name is a pillar too."""
    deck = _deck(
        [
            ("Healthy fish 2030", ["Board paper, November 2027"]),
            (
                "Priorities 1 and 2",
                [
                    "1 Healthier fish",
                    "Fewer lice, fewer treatments, more fish alive at harvest.",
                    "2 Secure pens",
                    "Every net and mooring fit for the worst winter storm.",
                ],
            ),
            (
                "Priorities 3 and 4",
                [
                    "3 Better feed, less diesel",
                    "More salmon from every tonne of feed, and quiet barges.",
                    "4 Open books",
                    "Anyone can see how our fish are doing, site by site.",
                ],
            ),
        ],
        bullets=False,
    )
    plan = read_deck_plan(deck)
    assert plan.pillars == [
        "Healthier fish",
        "Secure pens",
        "Better feed, less diesel",
        "Open books",
    ]
    assert plan.pillar_details["Secure pens"].startswith("Every net and mooring")
    other = _deck(
        [
            ("Steady power 2031", ["Board paper, December 2027"]),
            (
                "Four priorities",
                [
                    "Efficient power and cooling",
                    "Fit hot-aisle containment in all 22 data halls of the four sites",
                    "Fast onboarding and remote hands",
                    "Cut onboarding to 10 working days with one order-to-live workflow",
                    "Grid and heat",
                    "Secure a 40 MVA grid connection for the Eastholm site this year",
                ],
            ),
        ],
        bullets=False,
    )
    assert read_deck_plan(other).pillars[:1] == ["Efficient power and cooling"]


def test_a_named_pilot_gets_a_pilot_plan_unless_the_deck_writes_one() -> None:
    """The deck names its pilot but not how it will be run: the method adds one pilot plan
    (who runs it, what it is compared with, what evidence decides), owned by the programme
    lead and said to be the method's; a deck with its own pilot charter gets none, and a deck
    with no named pilot gets none."""
    from agent.engines.base import PlanningContext
    from agent.engines.rules.method import decompose
    from schemas.context import OrgContext, Role

    org = OrgContext(
        root="org",
        roles=[
            Role(name="Programme Lead", responsibilities=["Runs the programme plan"], source="r"),
            Role(name="Chief Executive", responsibilities=["Sponsors the plan"], source="r"),
        ],
    )
    vision = _vision("V1", "Raise first-pass yield to 97% by 2029", 2)

    def plans(planning: PlanningContext) -> list[object]:
        return [
            t
            for t in decompose(vision, [], org, [], planning=planning).tasks
            if t.key == "pilot_plan"
        ]

    named = plans(PlanningContext(pilot="Project Skerry", deck_plan_text="Open two lines"))
    assert len(named) == 1
    task = named[0]
    assert "Project Skerry pilot plan" in task.title and "go/no-go" not in task.title
    assert task.owner_role == "Programme Lead" and task.origin == "method" and task.origin_note
    written = PlanningContext(
        pilot="Project Skerry", deck_plan_text="Agree the Skerry pilot charter with the sites"
    )
    assert not plans(written)
    assert not plans(PlanningContext(deck_plan_text="Open two lines"))


def test_the_data_task_names_only_systems_the_org_lists() -> None:
    """The customer-experience pack's data task says where the data lives from the org's own
    inventory; with no platform of a kind listed it names none ("the customer data platform
    (none listed)" is a concept neither the deck nor the org mentions), and its holdout task
    speaks of no churn a cinema never wrote of."""
    from agent.engines.base import PlanningContext
    from agent.engines.rules.method import decompose
    from schemas.context import OrgContext, Role, System

    org = OrgContext(
        root="org",
        roles=[Role(name="Head of Digital", responsibilities=["Runs the app"], source="r.csv")],
        systems=[System(name="Seatbook", category="crm", description="bookings and guests")],
    )
    vision = _vision("V1", "Every guest orders food in the app by the end of 2029", 2)
    planning = PlanningContext(packs=["core", "customer_experience"])
    tasks = decompose(vision, [], org, [], planning=planning).tasks
    data = next(t for t in tasks if t.key.startswith("data_access"))
    assert "Seatbook" in data.description
    text = " ".join(f"{t.title} {t.description} {t.done_when}" for t in tasks).lower()
    assert "customer data platform" not in text and "data warehouse" not in text
    assert "churn" not in text

    bare = decompose(vision, [], org.model_copy(update={"systems": []}), [], planning=planning)
    data = next(t for t in bare.tasks if t.key.startswith("data_access"))
    assert "the systems that hold it today" in data.description
    text = " ".join(f"{t.title} {t.description} {t.done_when}" for t in bare.tasks).lower()
    assert "customer data platform" not in text and "data warehouse" not in text


def test_a_pilots_particulars_under_their_labels_are_not_its_work() -> None:
    deck = _deck(
        [
            ("Cleaner Rounds 2030", ["Harbour Laundry", "Board, March 2028"]),
            (
                "Pilot: tagged towels at the Quay Hotel",
                [
                    "Where: the Quay Hotel (212 rooms), washed at Eastgate",
                    "When: four months inside FY2028/29; decision at Gate 1",
                    "Pilot lead: Plant Manager, Eastgate",
                    "Compared with: the Mill Hotel, also washed at Eastgate, untagged",
                    "What changes",
                    "Tags on 9,000 towels and sheets",
                    "Readers on the Eastgate dispatch dock",
                    "Success criteria",
                    "a. Towel losses fall by half",
                    "b. No rise in rewash",
                ],
            ),
        ]
    )
    work = [c.title for c in read_deck_plan(deck).commitments if c.kind == "phase_item"]
    assert any("Tags on 9,000 towels" in t for t in work)
    assert any("Readers on the Eastgate dispatch dock" in t for t in work)
    for label in ("When:", "Pilot lead:", "Compared with:", "What changes"):
        assert not any(t.startswith(label) for t in work), (label, work)


def test_how_a_measure_is_counted_how_the_plan_is_tried_and_a_stages_dates_are_no_goals() -> None:
    texts = _harbour_goals(
        "Every ship turned inside its window at all four berths by 2029",
        "Berth waits are counted in spring and autumn only",
        "We prove it at the North Quay first, then take it to every berth",
        "The programme rests on three priorities and one enabler",
        "Scale (November 2028 to July 2029)",
        "The Harbour Programme Manager runs the plan and brings the four numbers to every board",
    )
    assert texts == ["Every ship turned inside its window at all four berths by 2029"], texts


def test_a_kept_reading_is_a_copy_and_a_changed_deck_is_read_again() -> None:
    deck = _deck(SLIDES)
    first = read_deck_plan(deck)
    assert first.pillars
    first.pillars.clear()  # a caller changing its copy changes no later reading
    assert read_deck_plan(deck).pillars
    renamed = Deck.model_validate_json(
        deck.model_dump_json().replace("Smart Maintenance", "Predictive Upkeep")
    )
    assert read_deck_plan(renamed).pillars[0] == "Predictive Upkeep"
    assert read_deck_plan(deck).pillars[0] == "Smart Maintenance"


def test_a_whole_split_into_named_shares_is_one_commitment() -> None:
    slides = [
        (
            "Pillar 2 · Lending Mix Model",
            [
                "How every new pound of lending is divided",
                "Home loans 55%",
                "Fixed rates up to ten years for first-time buyers in the region",
                "Small business 30%",
                "Working capital lines decided locally within five days",
                "Green retrofit 15%",
                "Loans for insulation and heat pumps, repaid through the energy saved",
                "Train every branch lender on the new mix before April",
            ],
        )
    ]
    found = [c for c in read_deck_plan(_deck(slides, bullets=False)).commitments]
    texts = [c.text for c in found]
    assert "Lending Mix Model: Home loans 55%, Small business 30%, Green retrofit 15%" in texts
    assert [c.title for c in found if "Lending Mix" in c.text] == ["Lending Mix Model"]
    # the shares' descriptions are the model's parts; the line of work stays work
    assert not any(t.startswith(("Fixed rates", "Working capital", "Loans for")) for t in texts)
    assert any(t.startswith("Train every branch lender") for t in texts), texts


def test_shares_that_are_no_whole_are_no_model() -> None:
    slides = [
        (
            "Pillar 2 · Lending Mix Model",
            [
                "Where we stand today",
                "Home loans 35%",
                "Fixed rates up to ten years for first-time buyers in the region",
                "Small business 12%",
                "Working capital lines decided locally within five days",
            ],
        )
    ]
    texts = [c.text for c in read_deck_plan(_deck(slides, bullets=False)).commitments]
    assert not any(t.startswith("Lending Mix Model:") for t in texts), texts


def test_a_day_laid_out_in_times_of_day_is_one_programme_in_time_order() -> None:
    slides = [
        (
            "Pillar 3: The Ward Day",
            [
                "A calmer day for patients, from the morning round to lights out",
                "7:00 AM",
                "Morning Round",
                "Nurse and patient agree the day's three goals at the bedside",
                "12:30 PM",
                "Therapy Hour",
                "Physiotherapists lead group mobility sessions in the day room",
                "9:30 AM",
                "Family Call",
                "A named nurse phones the family with the plan for the day",
            ],
        )
    ]
    found = read_deck_plan(_deck(slides, bullets=False)).commitments
    day = [c for c in found if c.title == "The Ward Day"]
    assert len(day) == 1, [c.title for c in found]
    text = day[0].text
    assert text.index("Morning Round") < text.index("Family Call") < text.index("Therapy Hour")
    # each step is part of the day, not a commitment of its own
    assert not any(c.title.startswith(("Morning Round", "Therapy Hour")) for c in found)


def test_what_each_party_of_a_model_does_is_no_work_of_the_deck() -> None:
    slides = [
        (
            "Pillar 3 · Shared Depot Model",
            [
                "“One depot, three partners” — costs split by use",
                "County Council",
                "Provides the land and the planning consent for the depot",
                "Haulage Partner",
                "Leases twelve electric trucks to the depot and trains their drivers",
                "Our Operations Team",
                "Agree the shared booking rules with both partners before the depot opens",
            ],
        )
    ]
    texts = [c.text for c in read_deck_plan(_deck(slides)).commitments]
    assert not any(t.startswith(("Provides the land", "Leases twelve", "“One")) for t in texts)
    assert any("Agree the shared booking rules" in t for t in texts), texts


def test_decks_read_on_many_threads_each_get_their_own_plan() -> None:
    from concurrent.futures import ThreadPoolExecutor

    names = ["Alder", "Birch", "Cedar", "Elm", "Hazel", "Larch", "Maple", "Oak", "Pine", "Rowan"]
    decks = [
        Deck.model_validate_json(
            _deck(SLIDES).model_dump_json().replace("Smart Maintenance", f"{name} Upkeep")
        )
        for name in names
    ]
    with ThreadPoolExecutor(max_workers=6) as pool:
        firsts = list(pool.map(lambda d: read_deck_plan(d).pillars[0], decks * 3))
    assert firsts == [f"{name} Upkeep" for name in names] * 3


def test_a_pilot_named_as_a_trial_a_place_that_goes_first_or_a_name_with_small_words() -> None:
    def pilot_of(title: str, lines: list[str]) -> tuple[str, int | None] | None:
        slides = [("Harbour 2030", ["Our plan for the next three years"]), (title, lines)]
        pilot = read_deck_plan(_deck(slides)).pilot
        return None if pilot is None else (pilot.name, pilot.source.slide)

    # A trial staged under a title that names a place in a place, with what it will try.
    trial = ["What we will try", "Two new mixes on 30 beds", "It works if losses stay under 5%"]
    assert pilot_of("Bay C at Eastmoor: the trial that settles it", trial) == (
        "Bay C at Eastmoor",
        2,
    )
    # A named place that goes first, where the deck puts work.
    at_quay = ["Six months on one site", "Two electric cranes at Harrow Quay"]
    assert pilot_of("Harrow Quay goes first", at_quay) == ("Harrow Quay", 2)
    # A pilot said outright runs through small words to more capitals, not into a date.
    assert pilot_of("The pilot: Read by Eight at Ashby Fields", ["Two classes"]) == (
        "Read by Eight at Ashby Fields",
        2,
    )
    named = pilot_of("Our pilot: Kestrel Yard by March 2027", ["One yard"])
    assert named is not None and named[0] == "Kestrel Yard"
    # Not a pilot: what goes first in importance, and a title with no place.
    assert pilot_of("Safety goes first", ["Every shift starts with a briefing"]) is None
    invest = ["The app before the stores", "We invest in Customer Experience"]
    assert pilot_of("Customer Experience goes first", invest) is None
    # A place first with no verb, on a slide that speaks of its pilot (the eyebrow "Pilot").
    on_hall = ["Pilot", "We run the new lanes on Hall B for the winter season", "Why here"]
    assert pilot_of("Hall B first", on_hall) == ("Hall B", 2)
    # ... and not without the pilot beside it, nor a value put first.
    assert pilot_of("Hall B first", ["We run the new lanes on Hall B"]) is None
    assert pilot_of("Patients first", ["Pilot", "Every ward asks patients"]) is None
    # "Start small" stages the pilot the rest of the title names.
    small = ["Why here", "4,100 homes in one exchange area", "Pilot steps", "Survey every home"]
    assert pilot_of("Start small: the Brackley exchange area", small) == (
        "Brackley exchange area",
        2,
    )


def test_a_risk_tables_work_is_its_mitigation_column_not_what_could_happen() -> None:
    """Risk | Severity | What could happen | Mitigation: the task words meet "What" first, but
    a risk's work is the mitigation; a table without one keeps its task column."""
    deck = _deck(
        [
            ("Smart lines 2029", ["Board decision paper"]),
            ("Risks and mitigations", ["Five risks with owners"]),
        ]
    )
    rows = [
        ["Risk", "Severity", "What could happen", "Mitigation"],
        [
            "Works council objection to line data",
            "High",
            "Pilot start delayed",
            "Line-level data only; employee representatives in design reviews from week 3",
        ],
        ["Adoption on shifts", "Medium", "Tablets unused at night", "Operator champions"],
    ]
    deck.units[1].blocks.append(table_block(rows, 2))
    plan = read_deck_plan(deck)
    risks = {c.title: c.text for c in plan.commitments if c.kind == "risk"}
    assert risks["Mitigate works council objection to line data"].startswith("Line-level data")
    assert risks["Mitigate adoption on shifts"] == "Operator champions", risks


def test_a_risks_rating_on_its_own_line_is_not_the_risk_nor_its_log_number() -> None:
    """ "R4 Depots keep ordering by phone" over "Likelihood medium - impact medium" over
    "Mitigation: ...": the mitigation answers the risk, not its rating, and "R4" only counts
    it. Two risks rated alike are two risks."""
    deck = _deck(
        [
            ("Fresh Fleet 2030", ["Board decision paper"]),
            (
                "Risks and how we will handle them",
                [
                    "R1 The route planner cannot split loads",
                    "Likelihood high - impact high",
                    "Mitigation: upgrade the planner before the pilot starts.",
                    "R4 Depots keep ordering by phone",
                    "Likelihood medium - impact medium",
                    "Mitigation: name an ordering champion at every depot.",
                    "R6 Drivers leave during the change",
                    "Likelihood medium - impact medium",
                    "Mitigation: keep the night shift allowance for a year.",
                ],
            ),
        ]
    )
    risks = [c.title for c in read_deck_plan(deck).commitments if c.kind == "risk"]
    assert risks == [
        "Mitigate the route planner cannot split loads",
        "Mitigate depots keep ordering by phone",
        "Mitigate drivers leave during the change",
    ], risks


def test_now_and_next_repeated_on_every_pillar_slide_still_set_today_apart() -> None:
    """ "Now" over today's lines and "Next" over the work, on each of three pillar slides:
    repeated as they are, the labels are no footer, and today's lines are no work."""
    pillars = [
        ("Priority 1: Safe streets", "Street lights fixed within 28 days", "Fix", "lights"),
        ("Priority 2: Clean parks", "Bins emptied twice a week", "Empty", "bins"),
        ("Priority 3: Quick answers", "Calls answered by one team", "Answer", "calls"),
    ]
    slides = [("Our Town 2030", ["Three priorities", "Board paper"])]
    for title, today, verb, thing in pillars:
        slides.append(
            (
                title,
                [
                    "Now",
                    today,
                    f"Reports on {thing} kept on paper at each depot",
                    "Next",
                    f"{verb} {thing} to the new standard across every ward",
                    f"Move every report on {thing} to the online form with photos",
                ],
            )
        )
    texts = [c.text for c in read_deck_plan(_deck(slides, bullets=False)).commitments]
    assert not any(
        t.startswith(("Reports on", "Street lights fixed", "Bins emptied")) for t in texts
    )
    assert any(t.startswith("Move every report on lights") for t in texts), texts


def test_a_first_days_list_numbered_in_two_columns_reads_in_its_numbers_order() -> None:
    """ "01" to "06" drawn in two columns, read row by row ("01", "04", "02", ...): the items
    in the order of their numbers, the numbers off their titles, and an item's wrapped last
    words ("Agreement with the port") kept with it."""
    lines = [
        "01 Name the programme director",
        "04 Book the crane survey for the Harbour Road depot",
        "02 Hold the first steering group",
        "05 Open talks on the Berthing",
        "Agreement with the port",
        "03 Confirm the baselines for the four measures",
        "06 Ask the tenants' forum to test the booking journey",
    ]
    deck = _deck([("Harbour 2030", ["Board paper"]), ("The first 100 days", lines)], bullets=False)
    milestones = [c.text for c in read_deck_plan(deck).commitments if c.kind == "milestone"]
    assert milestones == [
        "Name the programme director",
        "Hold the first steering group",
        "Confirm the baselines for the four measures",
        "Book the crane survey for the Harbour Road depot",
        "Open talks on the Berthing Agreement with the port",
        "Ask the tenants' forum to test the booking journey",
    ], milestones


def test_a_tile_in_a_unit_is_the_tables_row_it_restates() -> None:
    """ "300 MWh" over "of gas a year by 2029/30, from 1,420 MWh" is the KPI table's "Gas
    burned in the building": the same figures, a word of the name in common. One measure."""
    slides = [
        ("Open House 2030", ["Board of Trustees"]),
        (
            "Open House 2030 at a glance",
            [
                "75%",
                "main-house occupancy in 2029/30, from 61%",
                "300 MWh",
                "of gas a year by 2029/30, from 1,420 MWh",
            ],
        ),
        ("Our scorecard", []),
    ]
    deck = _deck(slides, bullets=False)
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["Main-house occupancy", "61%", "75%", "2029/30"],
        ["Gas burned in the building (MWh)", "1,420", "300", "2029/30"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3))
    kpis = [(k.metric, k.tile) for k in read_deck_plan(deck).kpis]
    assert kpis == [("Main-house occupancy", False), ("Gas burned in the building (MWh)", False)]


def test_who_runs_the_decks_pilot_writes_its_plan() -> None:
    """The pilot plan is written by the role that owns the deck's pilot task (the marketing
    lead who trials the subscription), not by the programme office by default; a lead still to
    be named is no one to write it."""
    from agent.engines.base import PlanningContext
    from agent.engines.rules.method import decompose
    from schemas.context import OrgContext, Role

    org = OrgContext(
        root="org",
        roles=[
            Role(name="Programme Manager", responsibilities=["Runs the programme"], source="r.csv"),
            Role(name="Head of Audiences", responsibilities=["Ticketing, pricing"], source="r.csv"),
            Role(name="Chief Executive", responsibilities=["Leads the company"], source="r.csv"),
        ],
    )
    vision = _vision("V1", "Ticket income from £2.1m to £3.0m by 2030", 2)

    def plan_owner(pilot_owner: str | None) -> list[str]:
        planning = PlanningContext(pilot="Riverside Hall", pilot_owner=pilot_owner)
        tasks = decompose(vision, [], org, [], planning=planning).tasks
        return [t.owner_role for t in tasks if t.key == "pilot_plan"]

    assert plan_owner("Head of Audiences") == ["Head of Audiences"]
    assert plan_owner(None) == ["Programme Manager"]


def test_a_goal_on_a_numbered_line_is_read_without_its_number() -> None:
    from agent.engines.rules.visions import find_visions
    from tests.decks import slide_deck

    lines = ["1. Full halls", "2. Every child hears a live orchestra by age eleven, by 2030"]
    deck = slide_deck([("Strategy 2027-2030", ["Board paper"]), ("Our ambition", lines)])
    texts = [v.text for v in find_visions(deck)]
    assert "Every child hears a live orchestra by age eleven, by 2030" in texts
    assert not [t for t in texts if t[:1].isdigit()]


def test_a_kpi_tables_header_set_as_a_line_above_its_rows_is_its_header() -> None:
    """A PDF export may set a table's header as a line of its own over rows of figures only
    ("Measure 2026/27 March 2029 September 2030 Owner"): the rows are still KPI rows, the
    first date where each measure stands, the last where it must be. A line of other words
    above such rows heads nothing."""
    from tests.decks import slide_deck, table_block

    rows = [
        ["Missed visits", "8.1%", "6.0%", "4.0%", "Head of Care"],
        ["Staff turnover, 12 months", "29%", "24%", "18%", "People Director"],
    ]

    def kpis(header: str) -> list[tuple[str, str | None, str]]:
        deck = slide_deck(
            [
                ("Care at Home 2030", ["Ashby Home Care", "Board, January 2028"]),
                ("How we will know", ["Four measures, each with one owner.", header]),
            ]
        )
        deck.units[1].blocks.append(table_block(rows, 2, order=3))
        return [(k.metric, k.baseline, k.target) for k in read_deck_plan(deck).kpis]

    assert kpis("Measure 2026/27 March 2029 September 2030 Owner") == [
        ("Missed visits", "8.1%", "4.0%"),
        ("Staff turnover, 12 months", "29%", "18%"),
    ]
    assert kpis("Figures from the March 2027 visit audit and the HR system") == []


def test_the_pilots_association_is_no_pilot_task() -> None:
    """An airline's pilots are people: "Open talks with the Pilots' Association" and "pilot
    and cabin crew rosters" are no run of the deck's pilot, which stays the work that names
    it."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Wings 2030", ["Kestrel Air", "Board, 4 March 2028"]),
            (
                "In short",
                ["Everything new is tried first in the Kirkby pilot, before the network."],
            ),
            (
                "The first 90 days",
                [
                    "Open talks with the Pilots' Association on the new rostering rules",
                    "Publish pilot and cabin crew rosters four weeks ahead",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    assert plan.pilot is not None and plan.pilot.name == "Kirkby"
    piloted = [c.title for c in plan.commitments if c.pilot]
    assert piloted and all("Kirkby" in t for t in piloted), piloted


def test_a_pilot_slide_says_what_it_tries_where_and_when_it_counts_as_a_success() -> None:
    """ "What we try at Kirkby" heads the pilot's work; "We call it a success if, in August
    2028:" heads its go/no-go criteria; "Why Kirkby: ..." is the reason for the place, no work."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Wings 2030", ["Kestrel Air", "Board, 4 March 2028"]),
            (
                "The Kirkby pilot: April to September 2028",
                [
                    "What we try at Kirkby",
                    "A spares kit held at Kirkby",
                    "A standby crew at Kirkby every day from May",
                    "We call it a success if, in August 2028:",
                    "1. 85% of Kirkby departures leave on time",
                    "2. No aircraft waits overnight for a part",
                    "Pilot lead: Station Manager, Kirkby",
                    "Why Kirkby: two aircraft night-stop there",
                ],
            ),
        ]
    )
    plan = read_deck_plan(deck)
    titles = [c.title for c in plan.commitments]
    gates = [c for c in plan.commitments if c.kind == "gate"]
    assert gates and "85% of Kirkby departures leave on time" in gates[0].text
    # the criteria end where the slide's particulars start
    assert "Pilot lead" not in gates[0].text
    assert "A standby crew at Kirkby every day from May" in titles
    assert not [t for t in titles if "What we try" in t or t.startswith("Why Kirkby")]


def test_first_days_written_as_dated_sentences_with_their_subject_as_lead() -> None:
    """A board paper's first 100 days as sentences: "By day 20, the Programme Manager agrees
    ..." is an item due by day 20, led by the role that is its subject; an item whose subject
    is no role ("the data protection impact assessment is agreed") has no lead."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Open Doors 2030", ["Kittle Leisure", "Board, February 2028"]),
            (
                "The first 100 days, from 1 April 2028",
                [
                    "By day 10, the Chief Executive confirms the steering group's members.",
                    "By day 30, the Head of Digital and Systems signs the booking contract.",
                    "By day 45, the data protection impact assessment is agreed.",
                ],
            ),
        ]
    )
    items = [c for c in read_deck_plan(deck).commitments if c.kind == "milestone"]
    assert [(c.lead, c.text.split(" ")[1]) for c in items] == [
        ("Chief Executive", "Chief"),
        ("Head of Digital and Systems", "Head"),
        (None, "data"),
    ]
    assert [round(c.start_week or 0) for c in items] == [0, 2, 4]


def test_a_priority_page_in_prose_commits_in_the_third_person() -> None:
    """A board paper's priority page says who will do the work: "The Head of Audiences will
    set up a box-office team ..." is a commitment led by that role, "BookStage will send
    ..." one of the named system; "The Board will be glad" commits to nothing."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Open Doors 2030", ["Kittle Leisure", "Board, February 2028"]),
            (
                "Priority 1: Full houses",
                [
                    "Today each venue answers its own phone. "
                    "The Head of Audiences will set up a box-office team at the Leeds office by "
                    "March 2029. From the day each venue goes live, BookStage will send a "
                    "reminder two days before every show. The Board will be glad of it.",
                ],
            ),
        ]
    )
    items = [c for c in read_deck_plan(deck).commitments if c.kind == "initiative"]
    led = {c.title.split(" ")[0]: c.lead for c in items}
    assert led.get("Set") == "Head of Audiences"
    assert "Send" in led and led["Send"] is None
    assert not [c for c in items if "glad" in c.text]


def test_a_kpi_table_dated_by_the_plans_own_years_is_read() -> None:
    """ "Measure | Baseline 2026/27 | End of Year 1 | End of Year 3 | Measure owner": a plan
    counted in its own years dates its targets by them; the last is where the measure must be."""
    from agent.knowledge.kpis import kpi_rows

    rows = kpi_rows(
        [
            ["Measure", "Baseline 2026/27", "End of Year 1", "End of Year 3", "Measure owner"],
            ["Repairs completed right first time", "71%", "78%", "90%", "Head of Repairs"],
            ["Average re-let time, standard voids (calendar days)", "58", "45", "28", "Voids"],
        ]
    )
    assert [(r.metric, r.baseline, r.target, r.by) for r in rows] == [
        ("Repairs completed right first time", "71%", "90%", "End of Year 3"),
        ("Average re-let time, standard voids (calendar days)", "58", "28", "End of Year 3"),
    ]


def test_a_booktabs_row_a_line_keeps_its_hours_and_a_target_said_as_a_direction() -> None:
    """A scientist's deck (LaTeX booktabs: rules only, a row a line): "11 h 30 h" are the
    baseline and the target, "24 h" inside a measure's name is no value, and a row whose target
    is a direction ("71% higher", no date) is still a row, not the end of the table."""
    from agent.knowledge.kpis import flat_kpi_rows

    rows = flat_kpi_rows(
        "Measure 2027 Target By\n"
        "Severe warnings issued 24 h or more ahead 38% 80% Mar 2032\n"
        "Median lead time of severe warnings 11 h 30 h Mar 2032\n"
        "Public trust in our forecasts 71% higher –\n"
        "Baselines are for calendar 2027."
    )
    assert [(r.metric, r.baseline, r.target, r.by) for r in rows] == [
        ("Severe warnings issued 24 h or more ahead", "38%", "80%", "Mar 2032"),
        ("Median lead time of severe warnings", "11 h", "30 h", "Mar 2032"),
        ("Public trust in our forecasts", "71%", "higher", None),
    ]


def test_a_kicker_in_capitals_over_the_cover_title_does_not_name_the_deck() -> None:
    """A web tool's cover: "BOARD STRATEGY SESSION · 27 JANUARY 2028" over "Fresh Path" labels
    the meeting; a line in capitals under the name ("STUDIO OPENING & SERVICE STRATEGY") is
    the title."""
    from agent.planning.deck_plan import read_deck_plan
    from schemas.deck import Block, BlockKind, Deck, Provenance, Unit

    def cover(lines: list[str], title: str) -> Deck:
        prov = Provenance(file="deck.pptx", slide=1)
        blocks = [
            Block(kind=BlockKind.body, text=t, order=i, source=prov) for i, t in enumerate(lines)
        ]
        unit = Unit(number=1, kind="slide", title=title, blocks=blocks)
        return Deck(path="deck.pptx", name="deck.pptx", sha256="0" * 64, kind="pptx", units=[unit])

    plan = read_deck_plan(
        cover(
            ["BOARD STRATEGY SESSION · 27 JANUARY 2028", "Fresh Path", "Our plan for FY29 to FY31"],
            "Fresh Path",
        )
    )
    assert plan.title == "Our plan for FY29 to FY31"
    plan = read_deck_plan(
        cover(
            [
                "KESTREL · 2028 STUDIO OPENING STRATEGY",
                "KESTREL",
                "STUDIO OPENING & SERVICE STRATEGY",
            ],
            "KESTREL",
        )
    )
    assert plan.title == "STUDIO OPENING & SERVICE STRATEGY"


def test_tiles_with_clock_targets_baseline_lines_and_a_direction_only_target() -> None:
    """Tiles as a trust board draws them: the target large ("7:00" min:s, "92%", or only
    "Higher" where no number is agreed), the measure under it, then "Baseline ... · by ...".
    Each is a KPI with its baseline; two measures told apart only by a number stay two; a
    pillar line that restates a tile's target alone cites the tile and names its measure."""
    from agent.engines.rules.visions import find_visions

    deck = _deck(
        [
            (
                "Reach patients faster",
                ["Category 1 mean response of 7 minutes by March 2030"],
            ),
            (
                "How we will know",
                [
                    "7:00",
                    "Category 1 mean response time (min:s)",
                    "Baseline 8:41 · by H2 2029/30",
                    "30:00",
                    "Category 2 mean response time (min:s)",
                    "Baseline 41:10 · by H2 2030/31",
                    "92%",
                    "999 calls answered within 10 seconds",
                    "Baseline 71% · by H2 2028/29",
                    "Higher",
                    "Staff who feel safe from violence at work",
                    "Baseline 58% in the 2026 staff survey · target to be agreed",
                ],
            ),
        ]
    )
    kpis = {k.metric: k for k in read_deck_plan(deck).kpis}
    cat1 = kpis["Category 1 mean response time (min:s)"]
    assert (cat1.baseline, cat1.target, cat1.by) == ("8:41", "7:00", "H2 2029/30"), kpis
    assert kpis["Category 2 mean response time (min:s)"].baseline == "41:10"
    assert kpis["999 calls answered within 10 seconds"].baseline == "71%"
    safe = kpis["Staff who feel safe from violence at work"]
    assert (safe.target, safe.baseline, safe.by) == ("Higher", "58%", None)
    visions = find_visions(deck)
    line = next(v for v in visions if v.text.startswith("Category 1 mean response of 7"))
    assert line.source.slide == 2 and [s.slide for s in line.also_stated] == [1]
    assert line.measure is not None and line.measure.metric.startswith("Category 1 mean")
    assert any(v.measure and v.measure.metric.startswith("Category 2") for v in visions)


def test_a_tile_whose_label_and_small_line_read_as_one_line() -> None:
    """A design tool's export reads a tile's label and its small line as one line ("Median
    wait ... from 23 days in 2026/27 · by Semester 2 2029/30"): the label ends where the
    baseline starts; a semester names the date; a survey's measure with a baseline and a
    date is a target; the baseline's year never dates a tile that sets no target."""
    deck = _deck(
        [
            (
                "How we will know it is working",
                [
                    "5 days",
                    "Median wait for a first wellbeing appointment (working days) from 23 days"
                    " in 2026/27 · by Semester 2 2029/30",
                    "80%",
                    "Students satisfied with support (Student Support Survey) from 68% in"
                    " 2026/27 · by Semester 2 2030/31",
                    "Higher",
                    "Students who feel they belong at Northcliffe from 61% in 2026/27 · no"
                    " target yet",
                ],
            )
        ]
    )
    kpis = {k.metric: k for k in read_deck_plan(deck).kpis}
    wait = kpis["Median wait for a first wellbeing appointment (working days)"]
    assert (wait.baseline, wait.target, wait.by) == ("23", "5 days", "Semester 2 2029/30"), kpis
    survey = kpis["Students satisfied with support (Student Support Survey)"]
    assert (survey.baseline, survey.by) == ("68%", "Semester 2 2030/31")
    belong = kpis["Students who feel they belong at Northcliffe"]
    assert (belong.target, belong.by) == ("Higher", None)


def _card_slide_deck() -> Deck:
    """A pillar slide drawn as a design tool draws it: numbered cards of work (a number, the
    card's name, its work), the pillar's name and lead, then a "GOALS" label over bulleted
    goals, then more cards; a second pillar whose cards name themselves ("Records: ...")."""
    deck = _deck(
        [
            ("Four pillars, one plan", ["Busier cafés", "Closer to our regulars"]),
            (
                "Busier cafés",
                [
                    "PILLAR 1",
                    "Faster mornings",
                    "Fit a second grinder and a batch brewer in our eight busiest cafés",
                    "Lead: Operations Director",
                    "GOALS",
                    "Like-for-like café sales +5% a year, every year to Summer 2031",
                    "Food waste down from 7.9% to 4% of food bought by Summer 2030",
                    "Count what we throw away",
                    "Weigh and log food waste at close in every café, on the till",
                ],
            ),
            (
                "Closer to our regulars",
                [
                    "PILLAR 2",
                    "Records: record every tutor meeting in Unitas, in place of spreadsheets",
                    "Training: train all 640 personal tutors in the new model",
                    "Hub: open the Student Hub to all students by February 2030",
                ],
            ),
        ],
        bullets=False,
    )
    for block in deck.units[1].blocks:
        block.bullet = block.text.startswith(("Like-for-like", "Food waste"))
    return deck


def test_goals_under_a_goals_label_among_cards_are_no_work_and_named_cards_no_goals() -> None:
    from agent.engines.rules.visions import find_visions

    deck = _card_slide_deck()
    work = [c.title for c in read_deck_plan(deck).commitments]
    assert not any(t.startswith(("Like-for-like", "Food waste")) for t in work), work
    assert any("Weigh and log food waste" in t for t in work), work
    visions = [v.text for v in find_visions(deck)]
    assert not any(t.startswith(("Records:", "Training:")) for t in visions), visions
    assert any(t.startswith("Hub: open the Student Hub") for t in visions), visions
    assert any(t.startswith("Food waste down") for t in visions), visions


def test_a_north_star_tile_against_today_is_a_target_and_a_one_word_tile_another_measure() -> None:
    """ "115" over "RevPAR index vs competitive set" over "by 2029 (91 today)": the figure
    of today is its baseline, the tile a target; a dashboard's "RevPAR" at "$147" is another
    measure than the index, though one word names both."""
    deck = _deck(
        [
            ("North star", ["115", "RevPAR index vs competitive set", "by 2029 (91 today)"]),
            ("KPI Dashboard", ["2029 targets", "$147", "RevPAR", "78%", "Occupancy"]),
        ]
    )
    kpis = {k.metric: k for k in read_deck_plan(deck).kpis}
    index = kpis["RevPAR index vs competitive set"]
    assert (index.baseline, index.target, index.by) == ("91", "115", "2029"), kpis
    assert kpis["RevPAR"].target == "$147", kpis


def test_phases_end_on_the_dates_their_gates_name() -> None:
    """A roadmap's bars are a sketch; "Gate 2 · end Jan 2030" is a date the deck commits to.
    Each phase ends at its gate's month end and the next starts there; a gate dated only by
    a month it falls in ("go/no-go (January 2029)") moves nothing."""
    from agent.planning.deck_plan import DeckPhase, DeckPlan, _end_at_gates
    from schemas.plan import Source

    def plan(gates: list[str]) -> DeckPlan:
        src = Source(file="deck.pdf", page=12)
        spans = [(0.0, 17.3), (17.3, 56.3), (56.3, 95.3)]
        return DeckPlan(
            start_year=2028,
            phases=[
                DeckPhase(name=f"Phase {n}", start_week=a, end_week=b, source=src, gate=g)
                for n, ((a, b), g) in enumerate(zip(spans, gates, strict=True), start=1)
            ],
        )

    origin = 8 * 52 / 12  # month 0 = September 2028
    dated = plan(["end Jan 2029 pilot ready", "end Jan 2030 go/no-go", "end Jan 2031 done"])
    _end_at_gates(dated, origin)
    months = [(round(p.start_week * 12 / 52), round(p.end_week * 12 / 52)) for p in dated.phases]
    assert months == [(0, 5), (5, 17), (17, 29)], months
    inside = plan(["ready (June 2029)", "go/no-go (January 2030)", "review (December 2030)"])
    _end_at_gates(inside, origin)
    assert [p.end_week for p in inside.phases] == [17.3, 56.3, 95.3]


def test_a_cards_work_drawn_apart_from_its_name_is_no_goal() -> None:
    """A design tool draws a card's name and its work in two boxes ("Count what we throw
    away" over "Weigh and log food waste ..."); the deck plan reads the card as one piece of
    work, so the work line alone is no goal. A measured line on the same slide still is."""
    from agent.engines.rules.visions import find_visions

    deck = _card_slide_deck()
    work = [c.title for c in read_deck_plan(deck).commitments]
    assert any(t.startswith("Count what we throw away: Weigh") for t in work), work
    visions = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("Weigh and log") for t in visions), visions
    assert any(t.startswith("Food waste down") for t in visions), visions


def test_a_section_number_is_no_tile_and_over_a_divider_makes_no_goal() -> None:
    """ "04" over "OUR NORTH STAR" over the statement: a section's number and its label, not a
    big figure over its caption, so the statement is the deck's north star. A divider slide
    ("02", its section's name, a subtitle) states no goal."""
    from agent.engines.rules.visions import find_visions

    star = "The coffee our towns choose every day, made by people who stay."
    deck = _deck(
        [
            ("Where we are going", ["02", "Where we are going", "Our ambition and three shifts"]),
            (star, ["FULLER CUP 2031", "04", "OUR NORTH STAR", star, "BY SUMMER 2031"]),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("The coffee our towns") for t in texts), texts
    assert not any(t.startswith("Our ambition") for t in texts), texts


def test_work_shared_by_a_scenarios_goals_goes_to_who_works_on_the_scenario() -> None:
    """Procedures for a scenario are one task for every goal the scenario serves: who updates
    them is read from the scenario (returns at the returns centre), not from whichever of its
    goals planned it first (a delivery promise)."""
    from agent.engines.base import PlanningContext
    from agent.engines.rules.method import decompose
    from schemas.context import OrgContext, Role
    from schemas.plan import Scenario

    org = OrgContext(
        root=".",
        roles=[
            Role(
                name="Returns Operations Manager",
                responsibilities=["Operations of the returns centre: returns processing, restock"],
                source="r.csv",
            ),
            Role(
                name="Delivery Operations Manager",
                responsibilities=["Operations with carriers: delivery promise dates, cut-off"],
                source="r.csv",
            ),
        ],
    )
    vision = _vision(
        "V1", "Carriers deliver 97% of orders by the promise date, cut-off kept, by 2030", 2
    )
    returns = Scenario(
        id="S1",
        name="Returns restocked",
        segment="returned units",
        context="returns centre",
        customer_impact="high",
        business_impact="high",
        vision_ids=["V1"],
    )
    known = PlanningContext(
        packs=["core", "operations"],
        known_concepts=["procedures", "operators", "shift"],
        deck_plan_text="Open two lines",
    )
    got = [
        t
        for t in decompose(vision, [returns], org, [], planning=known).tasks
        if t.key.startswith("sop_update")
    ]
    assert [t.owner_role for t in got] == ["Returns Operations Manager"]


def test_tiles_dated_on_seasons_the_deck_names_by_year_not_by_the_headings_baseline_year() -> None:
    """A deck that names its seasons by year ("A campaign season runs from April to
    September"; "Campaign 29", "Winter 28/29") dates a tile "by the end of Campaign 29"; the
    year the heading gives the baselines ("each with its 2026 baseline") dates none, and a
    baseline that is a survey still to run ("Baseline: 2027 staff survey") is no figure."""
    deck = _deck(
        [
            (
                "How we count time",
                [
                    "A harvest season runs from July to October: the crews work the fields.",
                    "A winter programme runs from November to March: the sheds are rebuilt.",
                    "Harvest 28 is July to October 2028; Winter 28/29 is November 2028 to "
                    "March 2029.",
                ],
            ),
            (
                "What we will measure",
                [
                    "KPIs",
                    "Six measures, each with its 2026 baseline and the season it is due",
                    "95%",
                    "Grain dried within 24 hours of intake",
                    "Baseline 71% (2026) · by the end of Harvest 29",
                    "40%",
                    "Sheds with moisture sensors",
                    "Baseline 5% (2026) · by the end of Winter 28/29",
                    "100%",
                    "Dryers with a certified operator",
                    "Baseline 64% (2026) · from Harvest 29",
                    "Higher",
                    "Crew confidence in the shift rota",
                    "Baseline: 2027 crew survey · target to be agreed",
                ],
            ),
        ],
        bullets=False,
    )
    kpis = {k.metric: k for k in read_deck_plan(deck).kpis}
    dried = kpis["Grain dried within 24 hours of intake"]
    assert (dried.baseline, dried.target, dried.by) == ("71%", "95%", "the end of Harvest 29")
    assert kpis["Sheds with moisture sensors"].by == "the end of Winter 28/29"
    crew = kpis["Crew confidence in the shift rota"]
    assert (crew.baseline, crew.target, crew.by) == (None, "Higher", None)
    # a level held from a season on says so, and has its date
    dryers = kpis["Dryers with a certified operator"]
    assert dryers.by is None and dryers.statement.endswith("(from 64%) from Harvest 29")
    from agent.engines.rules.vagueness import assess

    assert not assess(dryers.statement).vague
    assert not assess(dried.statement).vague
    assert "no_deadline" in {r.code for r in assess(crew.statement).reasons}


def test_seasons_named_by_a_two_digit_year_are_read_where_the_deck_defines_them() -> None:
    from agent.knowledge import timeline

    defined = timeline.defined_periods(
        ["Each campaign season runs from April to September.", "Season 22 is the last one."]
    )
    assert defined == (("campaign", 4, 9),)
    with timeline.periods(defined), timeline.short_years():
        span = timeline.parse_label("Campaign 29", start_year=2027)
        assert span is not None and (span.start, span.end) == (117.0, 143.0)
        # a share or an amount after the name is no season
        assert timeline.calendar_spans("campaign 29% ahead", 2027) == []
    # a name the deck never defines is no season; nor, in a chart's cells, a short year
    with timeline.short_years():
        assert timeline.parse_label("Campaign 29", start_year=2027) is None
    with timeline.periods(defined):
        assert timeline.parse_label("Campaign 29", start_year=2027) is None
        assert timeline.parse_label("Campaign 2029", start_year=2027) is not None


def test_one_decks_numbered_periods_are_not_read_into_the_next() -> None:
    """Labels are parsed once per setting of the deck's clock: "Season 18" read for one deck
    is no date in the next deck, which numbers no seasons."""
    from agent.knowledge import timeline

    numbered = timeline.defined_numbered(
        ["Season 14 starts on Tuesday 2 March 2027; every season runs six weeks"]
    )
    with timeline.numbered(numbered):
        assert timeline.parse_label("Season 18", start_year=2027) is not None
    assert timeline.parse_label("Season 18", start_year=2027) is None


def test_a_tile_labelled_only_by_its_year_is_named_by_its_slides_chart_or_title() -> None:
    """ "62%" over "2030 target share" says when and which figure, not what it measures: the
    slide's chart whose series ends at 62 names it, with where it starts; without a chart, a
    title that states the change to the figure does. A tile that names its measure keeps it."""
    slides = [
        ("Greener Loaves 2030", ["Board paper"]),
        (
            "Rye range: wholegrain loaves",
            ["62%", "2030 target share", "40", "new bakery partners by 2029"],
        ),
        ("Oat milk cups rising from 12% to 30%", ["30%", "2029 target"]),
    ]
    deck = _deck(slides, bullets=False)
    deck.units[1].blocks.append(
        Block(
            kind=BlockKind.chart,
            text="Rye path\n | Wholegrain share of loaves sold (%)\n2026 | 21\n2028 | 40\n2030 | 62",
            rows=[
                ["", "Wholegrain share of loaves sold (%)"],
                ["2026", "21"],
                ["2028", "40"],
                ["2030", "62"],
            ],
            source=Provenance(file="deck.pptx", slide=2),
        )
    )
    kpis = {k.metric: k for k in read_deck_plan(deck).kpis}
    rye = kpis["Wholegrain share of loaves sold"]
    assert (rye.baseline, rye.target, rye.by) == ("21%", "62%", "2030"), rye
    assert rye.statement.startswith("Wholegrain share of loaves sold: 62%"), rye.statement
    oat = kpis["Oat milk cups"]
    assert (oat.baseline, oat.target, oat.by) == ("12%", "30%", "2029"), oat
    assert "new bakery partners" in kpis, list(kpis)
    assert not [m for m in kpis if "target" in m.lower()], list(kpis)


def test_a_target_table_by_group_keeps_every_group_measured_by_its_column() -> None:
    """A rollout table by market band: each row a band, the last column the measure and its
    span ("5-Yr Branch Target"). Every band is its own goal, measured by that column, and a
    target over the plan's span is dated by it: none is too vague to execute, and none is
    read as a restatement of another."""
    from agent.engines.rules.visions import find_visions

    deck = _deck([("Growth", ["Branches that pay back inside three years"]), ("Rollout", [])])
    rows = [
        ["Market Band", "Example Towns", "Branch Format", "Fit-out/Branch", "5-Yr Branch Target"],
        ["Band A", "County towns", "Full branch", "GBP 300K", "24"],
        ["Band B", "Market towns", "Compact branch", "GBP 180K", "41"],
        ["Band C", "Villages", "Counter in a shop", "GBP 40K", "65"],
    ]
    deck.units[1].blocks.append(table_block(rows, 2))
    kpis = {k.metric: k.target for k in read_deck_plan(deck).kpis}
    assert kpis == {
        "Band A, 5-Yr Branch Target": "24",
        "Band B, 5-Yr Branch Target": "41",
        "Band C, 5-Yr Branch Target": "65",
    }
    bands = [v for v in find_visions(deck) if v.text.startswith("Band ")]
    assert [v.text for v in bands] == [
        "Band A, 5-Yr Branch Target: 24",
        "Band B, 5-Yr Branch Target: 41",
        "Band C, 5-Yr Branch Target: 65",
    ]
    from agent.engines.rules.vagueness import assess

    for band in bands:
        assert not assess(band.text).vague, assess(band.text)
    # a column that says only when ("Target March 2030") names no measure to add
    from agent.knowledge.kpis import KpiRow

    assert KpiRow(
        metric="Band A", target="24", header="Target March 2030", named=False
    ).measure == ("Band A")


def test_work_a_first_days_list_says_again_is_one_commitment() -> None:
    """The first 100 days list work its pillar's slide already states ("Sign the data sharing
    agreement with the Harbour Board"): one commitment, with the fuller words. A first step
    ("Order new fenders for the east quay") is not the work it starts ("Replace the fenders
    of the east quay"): its verb differs."""
    deck = _deck(
        [
            (
                "Pillar 1: Know every berth",
                [
                    "Sign a data sharing agreement with the Harbour Board for berth bookings",
                    "Replace the fenders of the east quay before the winter storms",
                ],
            ),
            (
                "The first 100 days",
                [
                    "Sign the data sharing agreement with the Harbour Board",
                    "Order new fenders for the east quay",
                    "Hold the first steering group",
                ],
            ),
        ]
    )
    commitments = read_deck_plan(deck).commitments
    texts = [c.text for c in commitments]
    assert sum(t.startswith("Sign") for t in texts) == 1, texts
    # ... dated as the first days list dates it, on its pillar
    signed = next(c for c in commitments if c.text.startswith("Sign"))
    assert signed.end_week is not None and signed.end_week <= 100 / 7
    assert signed.pillar == "Know every berth"
    assert "Sign a data sharing agreement with the Harbour Board for berth bookings" in texts
    assert "Order new fenders for the east quay" in texts
    assert any(t.startswith("Replace the fenders") for t in texts)


def test_a_measure_labelled_by_a_letter_is_not_its_neighbours() -> None:
    """Rows of one group table measure one thing each: the Band A row's task serves the Band
    A goal, not Band B's, though their words are the same but for the letter."""
    from agent.knowledge.kpis import same_measure

    assert not same_measure("Band A, 5-Yr Branch Target", "Band B, 5-Yr Branch Target: 41")
    assert same_measure("Band A, 5-Yr Branch Target", "Band A, 5-Yr Branch Target: 24")
    assert same_measure("R&D spend", "R&D spend as a share of sales")  # (no letter label)


def test_a_dashboard_figure_a_dated_series_states_takes_its_year() -> None:
    """A dashboard tile gives a figure with no date ("RMB 410" over "Revenue per seat"); the
    projections slide states the same figure under its year ("2028" over "Revenue per seat
    RMB 410"). The tile's target is that year's. A tile no series states stays undated."""
    deck = _deck(
        [
            (
                "Scorecard",
                ["RMB 410", "Revenue per seat", "92%", "Guest satisfaction"],
            ),
            (
                "Three-year projections",
                [
                    "2028",
                    "12 theatres",
                    "Revenue per seat RMB 410",
                    "2029",
                    "20 theatres",
                    "Revenue per seat RMB 455",
                ],
            ),
        ]
    )
    kpis = {k.metric: k for k in read_deck_plan(deck).kpis}
    assert kpis["Revenue per seat"].by == "2028", kpis
    assert kpis["Revenue per seat"].statement.endswith("by 2028")
    assert kpis["Guest satisfaction"].by is None


def test_a_pilot_staged_by_its_title_is_summed_up_by_the_line_under_it() -> None:
    """ "Hall B first" over "We run the new lanes on Hall B for the winter season" and its
    steps: the pilot's own task says what the pilot is, not the title twice."""
    slides = [
        ("Harbour 2030", ["Our plan for the next three years"]),
        (
            "Hall B first",
            [
                "We run the new lanes on Hall B for the winter season",
                "The pilot runs 16 weeks, from 4 November 2029 to 23 February 2030",
                "Weeks 1–2: fit the lanes and train the officers",
                "Weeks 3–4: open the lanes to passengers",
                "Week 16: report to the board",
            ],
        ),
    ]
    plan = read_deck_plan(_deck(slides))
    titles = [c.title for c in plan.commitments if c.source.slide == 2]
    assert "Hall B first · We run the new lanes on Hall B for the winter season" in titles, titles
    assert not any(t.startswith("Hall B first · Hall B first") for t in titles), titles
