"""Vision finding on deck structure: KPI tables, in-slide labels, headings, presenter notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from agent.engines.rules.visions import find_visions, kpi_goals
from extractors import extract
from schemas.deck import Block, BlockKind, Deck
from tests.decks import slide_deck, table_block

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "strategy"


def test_kpi_table_rows_become_goals() -> None:
    rows = [
        ["Category", "Metric", "2026 Baseline", "2029 Target"],
        ["Process", "Key equipment connectivity", "31%", ">=65%"],
        ["Outcome", "Unplanned downtime reduction", "Baseline", "-42%"],
    ]
    assert kpi_goals(rows) == [
        "Key equipment connectivity from 31% to >=65% by 2029",
        "Unplanned downtime reduction: -42% by 2029",
    ]


def test_a_by_column_that_says_how_often_is_not_a_date() -> None:
    """A target held "Every year" is not one to reach "by Every year"."""
    rows = [
        ["Measure", "Baseline", "Target", "By"],
        ["Reserves as a share of income", "6.1%", "5% or more", "Every year"],
        ["Energy use per pupil", "1,060 kWh", "800 kWh", "2030/31"],
    ]
    assert kpi_goals(rows) == [
        "Reserves as a share of income from 6.1% to 5% or more, every year",
        "Energy use per pupil from 1,060 kWh to 800 kWh by 2030/31",
    ]


def test_a_kpi_table_a_pdf_flattened_is_read_whatever_its_header_case_and_units() -> None:
    from agent.knowledge.kpis import flat_kpi_rows

    text = (
        "Metric 2026 baseline Target By when Water use per unit 40 litres 31 litres Q4 2029 "
        "Energy per tonne packed 580 kWh 510 kWh Q2 2029 Scrap rate 3.4% 2.0% Q4 2028"
    )
    assert [r.goal() for r in flat_kpi_rows(text)] == [
        "Water use per unit from 40 litres to 31 litres by Q4 2029",
        "Energy per tonne packed from 580 kWh to 510 kWh by Q2 2029",
        "Scrap rate from 3.4% to 2.0% by Q4 2028",
    ]


def test_a_flattened_service_table_with_a_dated_target_column_is_read() -> None:
    from agent.knowledge.kpis import flat_kpi_rows

    text = (
        "Service Online today Target March 2030 Pest control bookings 12% 70% Bin requests 40% 85%"
    )
    assert [r.goal() for r in flat_kpi_rows(text)] == [
        "Pest control bookings from 12% to 70% by 2030",
        "Bin requests from 40% to 85% by 2030",
    ]


def test_a_kpi_row_restating_a_written_goal_with_the_same_figures_is_not_a_second_vision() -> None:
    from schemas.deck import Block, BlockKind, Deck, Provenance, Unit

    def unit(n: int, title: str, blocks: list[Block]) -> Unit:
        head = Block(kind=BlockKind.title, text=title, source=Provenance(file="d.pptx", slide=n))
        return Unit(number=n, kind="slide", title=title, blocks=[head, *blocks])

    p2, p3 = Provenance(file="d.pptx", slide=2), Provenance(file="d.pptx", slide=3)
    rows = [
        ["Metric", "2026 baseline", "Target", "By when"],
        ["First-time fix rate, all depots", "71%", "88%", "Q4 2029"],
    ]
    deck = Deck(
        path="d.pptx",
        name="d.pptx",
        sha256="0" * 64,
        kind="pptx",
        units=[
            unit(1, "Depot plan 2029", []),
            unit(
                2,
                "Pillar 1: fix it first time",
                [
                    Block(
                        kind=BlockKind.body,
                        text="Raise first-time fix 71% -> 88% by Q4 2029",
                        source=p2,
                    )
                ],
            ),
            unit(3, "KPI dashboard", [Block(kind=BlockKind.table, text="", rows=rows, source=p3)]),
        ],
    )
    texts = [v.text for v in find_visions(deck)]
    assert len([t for t in texts if "88" in t]) == 1, texts

    # Another target in overlapping words is not a restatement: the row stays a goal.
    rows[1] = ["Average days to fix a simple depot fault", "19", "7", "March 2029"]
    goal = "Half of all simple depot faults fixed on the day they are reported, by June 2030"
    deck = deck.model_copy(
        update={
            "units": [
                deck.units[0],
                unit(
                    2,
                    "Pillar 1: fix it first time",
                    [Block(kind=BlockKind.body, text=goal, source=p2)],
                ),
                unit(
                    3, "KPI dashboard", [Block(kind=BlockKind.table, text="", rows=rows, source=p3)]
                ),
            ]
        }
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Average days to fix") for t in texts), texts
    assert any(t.startswith("Half of all simple") for t in texts), texts


def _pillar_and_kpis(pillar: str, lines: list[str], rows: list[list[str]]) -> Deck:
    """A title slide, a pillar slide of goal lines and a KPI table slide."""
    from schemas.deck import Block, BlockKind, Deck, Provenance, Unit

    def unit(n: int, title: str, blocks: list[Block]) -> Unit:
        head = Block(kind=BlockKind.title, text=title, source=Provenance(file="d.pptx", slide=n))
        return Unit(number=n, kind="slide", title=title, blocks=[head, *blocks])

    p2, p3 = Provenance(file="d.pptx", slide=2), Provenance(file="d.pptx", slide=3)
    body = [Block(kind=BlockKind.body, text=t, order=i, source=p2) for i, t in enumerate(lines)]
    table = Block(kind=BlockKind.table, text="", rows=rows, source=p3)
    units = [unit(1, "Plan", []), unit(2, pillar, body), unit(3, "KPI dashboard", [table])]
    return Deck(path="d.pptx", name="d.pptx", sha256="0" * 64, kind="pptx", units=units)


def test_a_goal_restated_with_padded_figures_or_a_fiscal_half_is_one_vision() -> None:
    """A table pads its figures ("26.0 h"), a goal gives a row's target alone or its change
    as a share ("15% less"): the pillar's goal and the KPI row state one goal; so do a goal
    said twice with one figure."""
    rows = [
        ["Measure", "2028 baseline", "Target", "By when"],
        ["Average batch cycle time (charge to discharge)", "31.4 h", "26.0 h", "Q3 2031"],
        ["Energy per tonne of product (gas and power)", "1.38 MWh/t", "1.17 MWh/t", "Q3 2031"],
        ["Upland scrub area under control", "8,200 ha", "20,000 ha", "2031/32"],
        ["Batches on electronic logsheets", "0%", "100%", "Q2 2031"],
    ]
    lines = [
        "Cut the average batch cycle from 31.4 to 26 hours",
        "Bring 20,000 ha of upland scrub under control",
        "20,000 ha of upland scrub under control by 2031/32",
        "Use 15% less energy per tonne of product than in 2028",
        "Run every batch on electronic logsheets, with paper retired by Q2 2031",
    ]
    deck = _pillar_and_kpis("Pillar 2: faster batches, wilder hills", lines, rows)
    texts = [v.text for v in find_visions(deck)]
    assert len([t for t in texts if "31.4" in t]) == 1, texts
    assert len([t for t in texts if "20,000 ha" in t]) == 1, texts
    # the row's target with most of its measure's words, and its change said as a share
    assert len([t for t in texts if "nergy per tonne" in t]) == 1, texts
    assert len([t for t in texts if "logsheets" in t]) == 1, texts


def test_a_change_already_made_and_an_outside_bodys_rule_are_not_goals() -> None:
    goal = "Cut missed collections to 1 in 1,000 by 2030"
    lines = [
        goal,
        "Missed collections down from 4.1 to 2.6 per 1,000 since 2025",
        "Complaints fell by 12% since 2024",
        "The national waste regulation requires separate food collections from 2027",
    ]
    texts = [v.text for v in find_visions(_one_slide("Where we are, where we go", lines))]
    assert texts == [goal], texts


def test_a_plan_by_quarter_is_not_a_kpi_table() -> None:
    rows = [["Priority", "Q1 2027", "Q2 2027"], ["Online booking", "Fix data", "New flow live"]]
    assert kpi_goals(rows) == []


def _deck(path: Path) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "What success looks like"
    slide.placeholders[
        1
    ].text_frame.text = (
        "Raise online self-scheduling to 50% of new primary-care appointments by June 2027"
    )
    table_slide = prs.slides.add_slide(prs.slide_layouts[5])
    table_slide.shapes.title.text = "How we will measure progress"
    data = [
        ["Measure", "Baseline", "Target"],
        ["New primary-care appointments self-scheduled online", "31%", "50% by June 2027"],
        ["Likelihood to recommend", "71st percentile", "80th percentile"],
    ]
    table = table_slide.shapes.add_table(3, 3, Inches(0.5), Inches(1.5), Inches(9), Inches(2)).table
    for r, row in enumerate(data):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    north = prs.slides.add_slide(prs.slide_layouts[1])
    north.shapes.title.text = "Pillar One Methods: Four Working Rules"
    frame = north.placeholders[1].text_frame
    frame.text = "NORTH STAR"
    frame.add_paragraph().text = "A live health record for every press."
    frame.add_paragraph().text = "A daily review ensures every alarm is logged and answered"
    prs.save(str(path))
    return path


def test_table_goals_are_kept_unless_they_restate_a_written_goal(tmp_path: Path) -> None:
    texts = [v.text for v in find_visions(extract(_deck(tmp_path / "d.pptx")))]
    assert any(t.startswith("Raise online self-scheduling") for t in texts)
    assert "Likelihood to recommend from 71st percentile to 80th percentile" in texts
    assert not any(t.startswith("New primary-care appointments") for t in texts), (
        "a restated goal is kept once"
    )
    assert "A live health record for every press" in texts, (
        "a NORTH STAR label inside the slide marks the vision"
    )
    assert not any("ensures" in t for t in texts), (
        "a sentence explaining how it works is not a vision"
    )
    assert not any("Pillar One Methods" in t for t in texts), "a Title Case label is a heading"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_real_roadmap_deck() -> None:
    deck = extract(CORPUS / "Yunshu_Heavy_Industries_AI_Transformation_Roadmap_2027-2029.pptx")
    found = {v.text: v for v in find_visions(deck)}
    assert found["A digital twin for every machine"].source.slide == 12
    assert found["Manual QC miss rate from 6.2% to 2.1% by 2029"].source.slide == 37
    assert not any(t.startswith("Compared to") for t in found)


def _one_slide(title: str, lines: list[str]) -> Deck:
    from schemas.deck import Block, BlockKind, Deck, Provenance, Unit

    prov = Provenance(file="d.pptx", slide=1)
    blocks = [Block(kind=BlockKind.title, text=title, source=prov)] + [
        Block(kind=BlockKind.body, text=line, order=i + 1, source=prov)
        for i, line in enumerate(lines)
    ]
    unit = Unit(number=1, kind="slide", title=title, blocks=blocks)
    return Deck(path="d.pptx", name="d.pptx", sha256="0" * 64, kind="pptx", units=[unit])


def test_context_labels_structure_talk_and_field_labels_are_not_visions() -> None:
    goal = "Every depot will run on live data by 2029"
    assert find_visions(_one_slide("Depot network", [goal])) != []
    # The same words under a section label that says the slide describes today.
    assert find_visions(_one_slide("Depot network", ["01 · CONTEXT", goal])) == []
    # The presenter describing the deck's structure.
    talk = "Each pillar attacks one block of the loss tree by 2029"
    assert find_visions(_one_slide("Four pillars", [talk])) == []
    # A field and its value, though its first word can be a verb.
    field = "Review cadence: every plant reports to the board each month"
    assert find_visions(_one_slide("Pillar 1 benefits", [field])) == []


def test_a_targets_line_holds_one_goal_per_measure() -> None:
    line = "• Targets: own-brand share 19% -> 27% by FY2029; price perception index 94 -> 100 by FY2028"
    texts = [v.text for v in find_visions(_one_slide("Value pillar", ["Win on price", line]))]
    assert any(t.lower().startswith("own-brand share 19% -> 27%") for t in texts), texts
    assert any(t.lower().startswith("price perception index 94 -> 100") for t in texts), texts


def test_a_sequence_of_steps_and_a_calendar_entry_are_not_visions() -> None:
    steps = "Deepen the home region → Pilot a second region → Build the data platform by 2029"
    entry = "Film tie-in · summer event by 2029"
    assert find_visions(_one_slide("Our goals", [steps, entry])) == []
    # Arrows between figures are a measured change, still a goal.
    assert find_visions(_one_slide("Our goals", ["Raise repeat visits 20% -> 30% -> 40% by 2029"]))


def test_a_cards_name_goes_with_its_statement_but_a_list_label_does_not() -> None:
    lines = [
        "One front door",
        "One account for every council service by 2029",
        "Initiatives",
        "Launch a resident account with one sign-in by 2028",
        "What residents will feel",
        "Every request tracked in one place by 2029",
    ]
    texts = [v.text for v in find_visions(_one_slide("Five outcomes by 2029", lines))]
    assert "One front door: One account for every council service by 2029" in texts, texts
    # the list's label names no card; what it lists is work, dated or not (the deck's plan
    # reads it as a task)
    assert not any(t.startswith("Initiatives") for t in texts), texts
    assert not any(t.startswith("Launch a resident account") for t in texts), texts
    assert "Every request tracked in one place by 2029" in texts, texts


def test_kpi_tables_in_other_shapes_are_read() -> None:
    dated = [
        ["Measure", "2025/26", "March 2028", "March 2029"],
        ["Patients seen within four hours", "78%", "81%", "85%"],
        ["Discharges before noon", "14%", "25%", "33%"],
    ]
    assert kpi_goals(dated) == [
        "Patients seen within four hours from 78% to 85% by 2029",
        "Discharges before noon from 14% to 33% by 2029",
    ]
    okr = [
        ["Objective", "Key result", "From", "To", "By"],
        [
            "Never the reason a job is missed",
            "Platform availability, monthly",
            "99.7%",
            "99.95%",
            "Q3 FY27",
        ],
    ]
    assert kpi_goals(okr) == ["Platform availability, monthly from 99.7% to 99.95% by Q3 FY27"]


def test_a_flattened_table_headed_by_target_and_a_year_is_read() -> None:
    from agent.knowledge.kpis import flat_kpi_rows

    text = (
        "Target FY2025 Target value By Trips not run 3.8% below 1% June 2028 "
        "Pickups within the 30-minute window 84% 93% FY2029 "
        "Step-free stations 31 of 38 38 of 38 December 2029"
    )
    assert [r.goal() for r in flat_kpi_rows(text)] == [
        "Trips not run from 3.8% to below 1% by June 2028",
        "Pickups within the 30-minute window from 84% to 93% by FY2029",
        "Step-free stations from 31 of 38 to 38 of 38 by December 2029",
    ]


def test_a_kpi_table_outranks_initiative_bullets_when_the_cap_bites() -> None:
    from schemas.deck import Block, BlockKind, Provenance, Unit

    units = []
    for n in range(1, 5):  # four slides of six initiatives each: 24 candidate lines
        prov = Provenance(file="d.pptx", slide=n)
        lines = [
            f"{verb} {thing} at every {place} in the network"
            for verb, thing, place in zip(
                ["Install", "Replace", "Launch", "Build", "Deploy", "Train"],
                [
                    "vibration sensors",
                    "forklift fleets",
                    "voice picking",
                    "yard booking",
                    "route planning",
                    "team leaders",
                ][n - 1 :]
                + ["safety walks", "cycle counts", "dock doors", "night shifts"][: n - 1],
                ["depot", "warehouse", "dock", "yard", "site", "region"][::-1]
                if n % 2
                else ["region", "site", "yard", "dock", "warehouse", "depot"][::-1],
                strict=True,
            )
        ]
        # Titled as goals ("Our priorities"), not as one programme's work: the imperative lines
        # then compete for the cap.
        title = f"Our priorities, part {n}"
        blocks = [Block(kind=BlockKind.title, text=title, source=prov)] + [
            Block(kind=BlockKind.body, text=t, order=i + 1, source=prov)
            for i, t in enumerate(lines)
        ]
        units.append(Unit(number=n, kind="slide", title=title, blocks=blocks))
    prov = Provenance(file="d.pptx", slide=5)
    rows = [["Measure", "2026 baseline", "Target", "By"]] + [
        [name, f"{10 + k}%", f"{30 + k}%", "March 2029"]
        for k, name in enumerate(
            ["On-time delivery", "Pick accuracy", "Empty running", "Injury rate", "Agency hours"]
        )
    ]
    table = Block(kind=BlockKind.table, text="", rows=rows, source=prov)
    head = Block(kind=BlockKind.title, text="Our commitments", source=prov)
    units.append(Unit(number=5, kind="slide", title="Our commitments", blocks=[head, table]))
    deck = Deck(path="d.pptx", name="d.pptx", sha256="0" * 64, kind="pptx", units=units)
    texts = [v.text for v in find_visions(deck)]
    assert len(texts) == 20
    assert sum(" from " in t and "2029" in t and "%" in t for t in texts) == 5, texts


def test_an_owned_label_makes_the_title_the_statement_but_not_on_an_agenda() -> None:
    promise = "The friendliest port on the east coast to ship through."
    texts = [v.text for v in find_visions(_one_slide(promise, ["OUR PROMISE", promise]))]
    assert any("friendliest port" in t for t in texts)
    texts = [v.text for v in find_visions(_one_slide(promise, ["Our promise to shippers"]))]
    assert any("friendliest port" in t for t in texts)
    agenda = _one_slide(
        "Agenda", ["Where we stand", "Our ambition", "How we will measure progress"]
    )
    assert find_visions(agenda) == []


def test_work_on_a_programme_slide_is_not_a_goal_but_its_target_is() -> None:
    deck = _one_slide(
        "Berth operations: faster, safer turnarounds",
        [
            "PROGRAMME 2",
            "Replace the four oldest quay cranes with remote-operated ones, two at a time",
            "Cut average vessel turnaround from 30 hours to 22 hours by 2029",
        ],
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("Replace the four") for t in texts), texts
    assert any("turnaround from 30 hours" in t for t in texts), texts


def test_the_labelled_deck_lines_score_the_finder_and_the_metric_can_fail() -> None:
    """evals/visionlines: a finder that takes every line has the base rate for precision; one
    that takes none has no recall; the holdout's report carries figures only (stub finders:
    the engine never runs on the holdout here)."""
    from evals.visionlines import score

    everything = score("dev", finder=lambda _s, _r, _t: True)
    nothing = score("dev", finder=lambda _s, _r, _t: False)
    assert everything["recall"] == 1.0 and everything["precision"] < 0.5
    assert nothing["recall"] == 0.0 and nothing["errors"]
    assert score("holdout", finder=lambda _s, _r, _t: False)["errors"] == []


def test_a_roadmaps_steps_and_the_upkeep_of_measures_are_not_goals() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Our ambition",
                ["By 2029 every resident can do their business with the council online"],
            ),
            (
                "How the plan unfolds",
                [
                    "Phase 1: Foundations (April 2027 to March 2028)",
                    "Launch the resident account with sign-in for every online service",
                    "Move the contact centre onto one case system",
                    "Phase 1 gate: the Cabinet decides on the citywide launch",
                    "Phase 2: Go citywide (April 2028 to March 2029)",
                    "Open every form to the resident account by default",
                    "Close the paper application routes at all five libraries",
                ],
            ),
            (
                "How we will know",
                [
                    "Each target has one accountable director and a written definition",
                    "Charts for every measure, published to Cabinet each month",
                    "Raise the share of transactions completed online from 38% to 75% by March 2029",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert len(texts) == 2, texts
    assert texts[0].startswith("By 2029 every resident") and "from 38% to 75%" in texts[1]


def test_a_future_state_named_by_a_relative_clause_is_a_goal_a_dated_deliverable_is_not() -> None:
    north = _one_slide(
        "Our ambition",
        [
            "NORTH STAR",
            "A port whose ships are turned round in a day and whose trucks never queue at the gate",
            "No repeat safety prohibition notice at our next two inspections",
        ],
    )
    texts = [v.text for v in find_visions(north)]
    assert any(t.startswith("A port whose ships") for t in texts), texts
    assert any(t.startswith("No repeat safety") for t in texts), texts
    stores = _one_slide(
        "Stores",
        [
            "Open the first 12 stores in the new format in Kent and Sussex in 2027",
            "Raise like-for-like sales in the new format stores from 2% to 6% by 2028",
        ],
    )
    texts = [v.text for v in find_visions(stores)]
    assert not any(t.startswith("Open the first 12") for t in texts), texts
    assert any(t.startswith("Raise like-for-like") for t in texts), texts


def test_the_present_a_first_ninety_days_list_and_a_gates_terms_are_not_goals() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Who comes to our galleries today",
                ["Where we start", "We welcomed 742,000 visits last year across five venues."],
            ),
            (
                "Our first ninety days",
                [
                    "Getting started",
                    "We will publish the tender for one ticketing system for all five venues.",
                    "We will agree the baselines for all seven measures with the audiences team.",
                ],
            ),
            (
                "The pilot",
                ["We will take the plan to every venue only if, by June 2028, at the pilot site:"],
            ),
        ]
    )
    assert find_visions(deck) == []


def test_a_measure_with_the_value_it_must_reach_and_a_date_is_a_goal() -> None:
    """A KPI stated as a bound, a share or a rank with its date is a goal under any pillar
    title; a progress test ("We will know ... when") yields to the measure it restates."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Reliability", ["Unplanned outages below 3 a year per plant by end-2028"]),
            ("Our people", ["Lost-time injury rate under 0.5 by 2029"]),
            ("Scorecard", ["Patient satisfaction (Picker): 82 by 2028"]),
            ("Quality", ["Batch review turnaround: 95% within 5 days by Q4 2027"]),
            ("By 2030", ["Zero serious incidents on our sites, every year"]),
            ("Markets", ["Our share of the regional market was 12% in 2024"]),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    for start in ("Unplanned outages", "Lost-time injury", "Patient satisfaction", "Batch review"):
        assert any(t.startswith(start) for t in texts), (start, texts)
    assert any(t.startswith("Zero serious") for t in texts), texts
    assert not any("was 12%" in t for t in texts), texts


def test_the_case_for_the_money_a_list_intro_and_how_the_plan_is_run_are_not_goals() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Our ambition",
                [
                    "By 2030 every household in the valley has a fibre connection",
                    "We will ask the regional growth fund for £4m of capital towards the build",
                    "Lower fault and truck-roll costs are worth £3m a year at full run-rate by 2031",
                    "We will extend the network to every town only if, by June 2028, in Ashdale:",
                ],
            ),
            (
                "How we will run it",
                ["The programme board, which meets monthly, reviews every stage of the build"],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("By 2030 every household") for t in texts), texts
    for start in ("We will ask", "Lower fault", "We will extend", "The programme board"):
        assert not any(t.startswith(start) for t in texts), (start, texts)


def test_an_eyebrow_about_delivery_labels_no_goals_and_the_cases_sums_are_none() -> None:
    """ "HOW WE DELIVER" over the pilot, the money and the governance, "What we will try" over a
    pilot's scope and "How we will run it" over a box: labels of the route, not of goals. A sum
    on the investment case is its cost or its return, even under a word of change."""
    from agent.engines.rules.visions import find_visions as find
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Pilot: four depots in the north",
                [
                    "HOW WE DELIVER",
                    "What we will try",
                    "Route plans, van telematics and the new rota",
                ],
            ),
            (
                "The investment case",
                [
                    "HOW WE DELIVER",
                    "£4.2m",
                    "over three years",
                    "£9.1m",
                    "cash released by fewer failed drops",
                ],
            ),
            (
                "Governance",
                [
                    "HOW WE DELIVER",
                    "How we will run it",
                    "The board meets monthly and takes each gate.",
                ],
            ),
            (
                "Depots: fewer failed drops",
                [
                    "WORK PACKAGE 1: DEPOTS",
                    "What we will do",
                    "We will send every depot a daily report within 24 hours of each round",
                ],
            ),
            ("Our ambition", ["Every parcel delivered first time by 2029"]),
        ]
    )
    texts = [v.text for v in find(deck)]
    assert not any(t.startswith("We will send") for t in texts), texts
    assert any(t.startswith("Every parcel") for t in texts), texts
    for start in ("Pilot", "Route plans", "How we will", "The board", "cash released", "£"):
        assert not any(t.startswith(start) for t in texts), (start, texts)


def test_a_halving_a_count_in_millions_and_a_level_held_from_a_year_are_targets() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Customers", ["Two million households on a flexible tariff by 2030"]),
            ("Complaints", ["Complaints upheld by the regulator cut by half by 2028"]),
            ("Returns", ["Return on equity of at least 12% from 2029"]),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    for start in ("Two million households", "Complaints upheld", "Return on equity"):
        assert any(t.startswith(start) for t in texts), (start, texts)


def test_a_dated_deliverable_on_a_programme_slide_is_its_work() -> None:
    """On a slide whose lines are the programme's work, "Replace ... by Q3 2027" is work: the
    date alone does not make it a goal; a line that carries its measure still is one."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Programme 2: Fleet",
                [
                    "Replace 120 diesel vans at the Leeds depot with electric vans by Q3 2027",
                    "Install 60 chargers across the three depots",
                    "Train every driver on the new vans",
                    "Cut fleet emissions from 9,000 to 4,000 tonnes by 2028",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("Replace 120") for t in texts), texts
    assert any(t.startswith("Cut fleet emissions") for t in texts), texts


def test_a_north_star_named_with_a_relative_that_is_no_presenter_remark() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Our ambition",
                [
                    "Journeys that feel easy: buy once, travel anywhere on the network, and pay the fairest fare",
                    "Note that these figures exclude the airport link",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Journeys that feel easy") for t in texts), texts
    assert not any(t.startswith("Note that") for t in texts), texts


def test_goal_headings_shares_in_words_forecasts_and_deliverables_named_as_nouns() -> None:
    """ "What winning looks like" and "What we are aiming for" head goals; "half of" and "nine in
    ten" are target values; "By 2030 ..." about the world on a slide about today is a forecast;
    "Roll-out of ..." on a workstream slide is its work."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("What winning looks like", ["Revenue per engineer of £180k by FY2029, up from £140k"]),
            ("Ambition", ["Half of our apprentices recruited from the county by 2030"]),
            ("The picture today", ["By 2030 one household in three will rent privately"]),
            (
                "WORKSTREAM B: DEPOTS",
                ["Roll-out of paperless job cards to all depots by summer 2027"],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Revenue per engineer") for t in texts), texts
    assert any(t.startswith("Half of our apprentices") for t in texts), texts
    assert not any(t.startswith(("By 2030 one household", "Roll-out of")) for t in texts), texts


def test_a_slide_about_the_market_or_rivals_heads_no_goals() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("What the market looks like", ["Competitors will double online sales by 2028"]),
            ("What success looks like", ["Online sales of £40m a year by 2029, from £12m"]),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("Competitors") for t in texts), texts
    assert any(t.startswith("Online sales") for t in texts), texts


def test_a_risks_slide_states_no_goal_but_a_goal_about_risk_does() -> None:
    """A risk and its mitigation, however phrased, are no goal ("Risk Mitigation: Crane
    drivers reject remote operation. Consult early ..."); a slide whose goal is to reduce a
    risk still states one."""
    from agent.engines.rules.visions import find_visions
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Risks and how we will handle them",
                [
                    "Risk Mitigation: Crane drivers reject remote operation. Consult early "
                    "through the joint committee; simulator training open to every driver.",
                    "Hauliers resist the slot charge so that bookings fall by 20% in 2029.",
                ],
            ),
            (
                "Reduce the risk of fire in every home",
                ["Cut accidental dwelling fires from 410 to 300 a year by March 2029."],
            ),
        ],
        bullets=False,
    )
    found = [(v.text, v.source.slide if v.source else None) for v in find_visions(deck)]
    assert not any(slide == 1 for _, slide in found), found
    assert any("410 to 300" in text for text, _ in found), found


def test_a_footnote_on_how_a_figure_was_reached_is_no_goal() -> None:
    from agent.engines.rules.visions import find_visions
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Pillar 1 Expected Impact: Before vs. After",
                [
                    "Downtime and repair cost both fall; trial data extrapolated",
                    "42%",
                    "reduction in downtime",
                    "Pilot scope: 40 presses at the north plant · Mar-Aug 2027 trial "
                    "data extrapolated · full coverage of 120 key assets by 2029",
                ],
            ),
            (
                "Targets",
                ["Cut unplanned downtime on key assets from 9% to 5% by 2029."],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("Pilot scope") for t in texts), texts
    assert any("9% to 5%" in t for t in texts), texts


def test_lines_under_an_end_state_heading_are_goals_and_the_work_under_it_is_not() -> None:
    """ "What good looks like", "Three things that will be true in 2030", OKRs: the heading
    sets the lines under it as end states, measured or all-embracing, whatever their grammar;
    a verb of work under it is still work, and a key result that names work is a task."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "What good looks like at the front desk",
                [
                    "Every enquiry is logged and answered within two working days",
                    "Seven in ten tenants rate the repair they had as good",
                    "Buy 30 handheld devices for the repairs team",
                ],
            ),
            (
                "Objectives and key results 2027",
                [
                    "O1: Tenants trust us to fix things properly",
                    "KR1.1: Repeat repair visits down to 8% of jobs",
                    "KR1.2: Publish a repairs charter for every estate",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert any("answered within two working days" in t for t in texts), texts
    assert any("Seven in ten tenants" in t for t in texts), texts
    assert any("trust us to fix things" in t for t in texts), texts
    assert any("Repeat repair visits down to 8%" in t for t in texts), texts
    assert not any("handheld devices" in t for t in texts), texts
    assert not any("repairs charter" in t for t in texts), texts


def test_tiles_with_the_label_above_the_figure_are_read_and_the_usual_way_round_still_is() -> None:
    from agent.knowledge.kpis import tiles

    above = tiles(
        ["2030 targets", "Registered volunteers", "1,200", "Homes insulated", "45% of stock"]
    )
    assert [(t.label, t.value) for t in above] == [
        ("Registered volunteers", "1,200"),
        ("Homes insulated", "45% of stock"),
    ]
    below = tiles(
        ["Our 2030 targets", "1,200", "registered volunteers", "45%", "of homes insulated"]
    )
    assert [(t.value, t.label) for t in below] == [
        ("1,200", "registered volunteers"),
        ("45%", "of homes insulated"),
    ]


def test_an_end_state_heading_does_not_make_goals_of_findings_audiences_work_or_table_rows() -> (
    None
):
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("Target audience", ["Ages 25-40, mostly commuters (58% of base)"]),
            ("Goal 2: Faster repairs", ["Van stock for two trades on 40 routes"]),
            ("Repairs: we are missing the promise at three of five depots", ["First-time fix 71%"]),
            (
                "2030 targets",
                ["Measure 2026 baseline Target By", "Repairs fixed first time 71% 90% 2030"],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any("commuters" in t or "Van stock" in t or "First-time fix 71%" in t for t in texts)
    assert not any(t.startswith("Measure 2026") for t in texts), texts


def test_a_timelines_stages_over_their_spans_are_not_label_first_tiles() -> None:
    from agent.knowledge.kpis import tiles

    stages = [
        "Three stages: Prepare -> Prove -> Spread",
        "0-6 months",
        "Agree the scope with the board and appoint the team",
        "Prove",
        "6-12 months",
        "Run the trial at one depot and measure it against the others",
    ]
    labels = [t.label for t in tiles(stages)]
    assert "Prove" not in labels and not any(label.startswith("Three stages") for label in labels)


def test_a_divider_a_gates_rule_and_a_trials_work_are_not_goals_and_a_question_labels_one() -> None:
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            ("The plan", ["PART 2", "Where we want to be, the three moves and how we will know"]),
            (
                "Streets people want to walk",
                ["Where do we want to be by 2031?", "Streets people want to walk"],
            ),
            (
                "Where do we begin?",
                [
                    "Project Heron: two wards in Eastgate, April to September 2028",
                    "We will count footfall on both wards for a month before we start",
                    "Go: every ward from April 2029",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any("three moves" in t for t in texts), texts
    assert not any(t.startswith("Go:") or "every ward from April" in t for t in texts), texts
    assert not any("count footfall" in t for t in texts), texts
    assert any(t.startswith("Streets people want to walk") for t in texts), texts


def test_a_kpi_table_kept_one_row_a_line_reads_to_its_footnote() -> None:
    from agent.knowledge.kpis import flat_kpi_rows

    text = (
        "Measure Baseline Target By\n"
        "Volunteers active in the last 12 months 410 600 March 2030\n"
        "Residents helped at advice sessions 2,100 a year 5,000 a year 2029/30\n"
        "Children in the holiday club 300 800 Summer 2029\n"
        "Baselines are 2026/27 actuals."
    )
    assert [r.goal() for r in flat_kpi_rows(text)] == [
        "Volunteers active in the last 12 months from 410 to 600 by March 2030",
        "Residents helped at advice sessions from 2,100 a year to 5,000 a year by 2029/30",
        "Children in the holiday club from 300 to 800 by Summer 2029",
    ]


def test_kpi_tables_read_by_what_their_columns_hold() -> None:
    """A column of words names the measures even when headed "Target"; "2026/27" before the
    target is the baseline; "Timing" holds the dates, said once ("by Q4 FY27")."""
    from agent.knowledge.kpis import kpi_rows

    goals = [
        r.goal()
        for r in kpi_rows(
            [
                ["Target", "FY2025", "Target value", "By"],
                ["Bus on-time performance (0-5 minutes late)", "71%", "85%", "June 2030"],
                ["Scheduled bus trips not operated", "3.8%", "below 1%", "June 2028"],
            ]
        )
    ]
    assert goals == [
        "Bus on-time performance (0-5 minutes late) from 71% to 85% by June 2030",
        "Scheduled bus trips not operated from 3.8% to below 1% by June 2028",
    ], goals
    goals = [
        r.goal()
        for r in kpi_rows(
            [
                ["Measure", "2026/27", "Target", "Timing"],
                ["Falls per 1,000 occupied bed days", "9.8", "7.0", "by March 2030"],
            ]
        )
    ]
    assert goals == ["Falls per 1,000 occupied bed days from 9.8 to 7.0 by March 2030"], goals
    words_for_targets = [
        ["KPI", "Baseline", "Target"],
        ["Lost-time injuries", "4", "Zero"],
        ["Serious complaints", "400", "Halve"],
        ["On-time starts", "71%", "90%"],
    ]
    assert len(kpi_rows(words_for_targets)) == 3  # "Zero" and "Halve" are values too


def test_a_kpi_tables_measure_cells_are_no_goals_of_their_own() -> None:
    deck = slide_deck([("Cover", ["Northwind plan 2028"]), ("What we will measure", [])])
    deck.units[1].blocks.append(
        table_block(
            [
                ["Goal", "Baseline (FY26)", "Target", "Timing"],
                ["Grow marketing-sourced pipeline", "$31M", "$45M", "by Q4 FY27"],
                ["Lift self-serve trial-to-paid conversion", "6%", "10%", "by Q3 FY27"],
            ],
            2,
        )
    )
    texts = [v.text for v in find_visions(deck)]
    assert "Grow marketing-sourced pipeline" not in texts, texts
    assert "Grow marketing-sourced pipeline from $31M to $45M by Q4 FY27" in texts, texts


def test_quotations_overview_names_definitions_and_todays_practice_are_no_goals() -> None:
    deck = slide_deck(
        [
            ("Cover", ["Harbour plan 2030"]),
            (
                "What people told us",
                [
                    '"Give us the tools and the training before you give us the targets." Unite dock branch'
                ],
            ),
            ("Open Shelves 2030 at a glance", ["Open Shelves 2030 at a glance"]),
            (
                "Arrival prediction",
                ["Definition: departures from 1 minute early to 5 minutes late by 2029"],
            ),
            (
                "Swimming for every child",
                ["Now", "Gas boilers heat all three pools by 2029", "Next"],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not [t for t in texts if "tools" in t or "glance" in t or "Definition" in t], texts
    assert not [t for t in texts if "Gas boilers" in t], texts


def test_action_titles_about_the_plans_parts_are_no_goals() -> None:
    """Consultancy action titles that say what the slide holds, over a storyline tracker
    ("Context", "Ambition", "Levers"): parts counted, risks, who takes the gates, a detail
    slide of coded parts, a roadmap's own title."""
    tracker = ["Context", "Ambition", "Levers", "Roadmap"]
    deck = slide_deck(
        [
            ("Cover", ["Hangar plan 2029"]),
            ("Four levers attack the waits, each with one owner", tracker),
            ("Seven KPIs, each with one owner, go to the board every month", tracker),
            ("Five risks need action now, and each has an owner", tracker),
            ("A Steering Committee chaired by the COO takes the gates", tracker),
            ("Levers A and B: the scope is fixed and the parts are waiting", tracker),
            (
                "Crawl, walk, run: two years from the first check to every line",
                [
                    *tracker,
                    "Crawl: Oct 2027 to Jan 2028",
                    "Walk: Feb to Sep 2028",
                    "Run: Oct 2028 to Sep 2029",
                ],
            ),
            ("Where we will be", ["Cut C-check turn time from 21 to 15 days by September 2029"]),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert texts == ["Cut C-check turn time from 21 to 15 days by September 2029"], texts


def test_a_running_footer_and_todays_figure_on_a_goal_slide_are_no_goals() -> None:
    """On "What does good look like by 2030?" the north star and its test are goals; the
    footer every slide carries and "Today the certificate allows 16,900." are not."""
    footer = "Ravenholt Town FC · North Stand 2030 · Club Board · Private"
    deck = slide_deck(
        [
            ("North Stand 2030", ["Club Board, October 2027", footer]),
            ("Where we are", ["Crowds average 14,200", footer]),
            (
                "What does good look like by 2030?",
                [
                    "A ground that feels like home to every fan, from the first whistle on",
                    "THE TEST",
                    "By May 2030, the ground will hold a safety certificate for 18,400 fans.",
                    "Today the certificate allows 16,900.",
                    footer,
                ],
            ),
            ("Our plan", ["Rebuild the North Stand roof", footer]),
            ("Risks", ["Steel prices rise before the contract is signed", footer]),
            ("Our asks", ["Approve the design budget", footer]),
        ],
        bullets=False,
    )
    for unit in deck.units:  # titles in text boxes, as a designer's deck has them
        unit.blocks[0].kind = BlockKind.body
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("By May 2030, the ground will hold") for t in texts), texts
    assert not any("Today" in t or "Club Board · Private" in t for t in texts), texts


def test_a_month_range_dates_the_plan_whatever_year_range_a_data_slide_names() -> None:
    from agent.knowledge import timeline

    start, weeks, origin = timeline.plan_window(
        ["Patient flow plan, April 2027 to March 2029", "2025/26 in numbers"]
    )
    assert start == 2027 and weeks is not None and 100 <= weeks <= 106
    assert round(origin / timeline.WEEKS_PER_MONTH) == 3  # from April


def test_todays_figure_on_a_where_we_are_slide_does_not_stand_in_for_the_kpi_row() -> None:
    """ "6.1 litres of water used for every litre of beer we sell" under "Where we are in 2026"
    is today's figure: no goal, and the KPI row "Water per litre of beer | 6.1 | 4.0" stays."""
    deck = slide_deck(
        [
            ("Brewhouse to Bar 2028-2029", ["Board paper, November 2027"]),
            (
                "Where we are in 2026",
                [
                    "86,000 hectolitres brewed, 61% of it poured in our own pubs",
                    "6.1 litres of water used for every litre of beer we sell",
                ],
            ),
            ("Six measures", []),
        ]
    )
    rows = [
        ["Measure", "Baseline 2026", "Target", "By"],
        ["Water per litre of beer (litres)", "6.1", "4.0", "Dec 2029"],
        ["Cellar apprentices qualified", "0", "16", "Dec 2029"],
    ]
    deck.units[2].blocks.append(table_block(rows, 3, order=2))
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("6.1 litres") for t in texts), texts
    assert any(t.startswith("Water per litre of beer") for t in texts), texts


def test_an_action_title_about_the_plans_route_sets_no_goals_under_it() -> None:
    """ "We will move in three phases ..." and "We will stop three habits, start five pieces of
    work ..." head the route and the work: the lines under them are no goals. "We will be the
    co-op members choose first" still heads goals."""
    deck = slide_deck(
        [
            ("Growing Together 2030", ["Members' Board, October 2027"]),
            (
                "We will move in three phases, one harvest year each",
                ["Analysers at all four intakes", "Sensors in all 64 silos"],
            ),
            (
                "We will stop three habits and start five pieces of work",
                ["Open a member portal for contracts and payments"],
            ),
            (
                "We will be the co-op every grower is proud to join",
                ["Every member paid in 14 days"],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any("intakes" in t or "silos" in t or "portal" in t for t in texts), texts
    assert any("14 days" in t for t in texts), texts


def test_a_north_star_the_deck_repeats_on_three_of_ten_slides_is_still_a_goal() -> None:
    star = "Every child in Northvale swims 25 metres by age 11 by 2030"
    slides = [("Northvale Swims 2030", [star])]
    slides += [(f"Section {n}", [f"Detail line number {n} of the plan"]) for n in range(2, 10)]
    slides[4] = ("Our vision", [star])
    slides.append(("Thank you", [star]))
    texts = [v.text for v in find_visions(slide_deck(slides))]
    assert any(t.startswith("Every child in Northvale swims") for t in texts), texts


def test_work_listed_under_each_prioritys_name_is_work_even_on_a_priorities_slide() -> None:
    """ "Four priorities", each named ("1 Full stages") over the work it holds in imperatives:
    the work is the deck's plan, not four times three goals; a goals slide whose lines are all
    imperatives keeps them as its goals."""
    deck = slide_deck(
        [
            ("Open house 2030", ["Trustees, May 2028"]),
            (
                "Four priorities",
                [
                    "1 Full stages",
                    "Produce four main-house shows a year, two of them co-productions",
                    "Tour two Studio productions a year to the valley's village halls",
                    "2 One box office",
                    "Move box office and membership onto one ticketing system",
                    "Sell £5 tickets to under-26s for every performance",
                    "Offer membership by monthly direct debit",
                ],
            ),
            (
                "Our goals for 2030",
                [
                    "Grow paid attendance to 180,000 a year by 2030",
                    "Raise earned income to 60% of turnover by 2030",
                    "Cut gas use to 300 MWh a year by 2030",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith(("Produce", "Tour", "Move", "Sell", "Offer")) for t in texts), texts
    assert any(t.startswith("Grow paid attendance") for t in texts), texts
    assert any(t.startswith("Cut gas use") for t in texts), texts


def test_a_line_of_tile_figures_without_its_labels_is_no_goal() -> None:
    """A PDF reads two tiles' figures as one line apart from their labels ("14 4 82% 92% by
    December 2030"): nothing in it says what is measured."""
    deck = slide_deck(
        [
            ("Healthy fish 2030", ["Board paper, November 2027"]),
            (
                "Executive summary",
                [
                    "Site-months above the lice limit Smolts put to sea that reach harvest",
                    "14 4 82% 92% by December 2030",
                    "Raise survival at sea to 92% by December 2030",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("14 4") for t in texts), texts
    assert any(t.startswith("Raise survival") for t in texts), texts


def test_the_steps_of_a_day_laid_out_in_times_of_day_are_no_goals() -> None:
    day = [
        "A calmer day on the ward, from the morning round to lights out",
        "7:00 AM",
        "Morning Round",
        "Every patient agrees one goal for the day with one named nurse",
        "12:30 PM",
        "Therapy Hour",
        "Every patient who can stand walks with a physiotherapist",
        "9:00 PM",
        "Quiet Ward",
        "Lights dimmed and every alarm silenced on every bay",
    ]
    texts = [
        v.text for v in find_visions(slide_deck([("Pillar 3: The Ward Day", day)], bullets=False))
    ]
    assert not any("every patient" in t.lower() or "alarm" in t for t in texts), texts
    # the same lines without their times are cards, and a card can still state a goal
    cards = [line for line in day if not line[0].isdigit()]
    texts = [
        v.text for v in find_visions(slide_deck([("Pillar 3: The Ward Day", cards)], bullets=False))
    ]
    assert any("every alarm silenced" in t for t in texts), texts


def test_a_goal_said_first_on_the_summary_page_cites_the_slide_that_makes_it() -> None:
    promise = "Every family we serve leaves us better housed, safer and heard"
    slides = [
        ("Riverside Homes 2030", ["Board paper"]),
        ("Strategy on a page", [promise, "Repairs fixed first time for 90% of homes by 2030"]),
        ("Why we exist", ["Our tenants told us what matters most"]),
        ("Our promise for 2030", [promise, "What we will hold ourselves to"]),
    ]
    goal = next(v for v in find_visions(slide_deck(slides)) if v.text.startswith("Every family"))
    assert goal.source.slide == 4 and [s.slide for s in goal.also_stated] == [2]
    # said first on a slide of its own, it stays there
    slides[1] = ("Where we are going", slides[1][1])
    goal = next(v for v in find_visions(slide_deck(slides)) if v.text.startswith("Every family"))
    assert goal.source.slide == 2


def test_a_summary_pages_short_restatement_of_the_decks_work_is_that_work_not_a_goal() -> None:
    slides = [
        ("Riverside Homes 2030", ["Board paper"]),
        (
            "Strategy on a page",
            [
                "Repairs fixed first time: 71% to 90% by 2030",
                "One repairs app for every operative",
                "A named officer for every estate",
                "Homes that stay warm and dry for every tenant",
            ],
        ),
        (
            "Pillar 1 · Repairs that stay fixed",
            [
                "Give every operative one repairs app, Totalmobile, by March 2028",
                "Name an estate officer for every estate, with a phone number on the noticeboard",
            ],
        ),
        ("Where we stand", ["31%", "of homes failed the damp survey in 2027"]),
    ]
    found = [v.text for v in find_visions(slide_deck(slides))]
    assert any(t.startswith("Repairs fixed first time") for t in found)
    assert any(t.startswith("Homes that stay warm") for t in found)  # restates no work
    assert "One repairs app for every operative" not in found
    assert "A named officer for every estate" not in found
    # a figure's caption says what the figure counts: no goal
    assert not [t for t in found if "damp survey" in t]


def test_a_row_of_tiles_read_across_is_no_goal_and_a_will_be_goal_keeps_its_slide() -> None:
    rows = [
        ["Measure", "Baseline 2026/27", "Target", "By"],
        ["Average weekly opening hours, town libraries", "34", "60", "March 2030"],
        ["Members using the app", "12%", "40%", "March 2030"],
    ]
    slides = [
        ("Open Doors 2030", ["Cabinet paper"]),
        (
            "What we will achieve",
            [
                "By March 2030, every one of our 14 town libraries will be open at least 60 hours "
                "a week",
                "60 hrs +30% 9,000 85% open a week at every town library, more library visits, "
                "more children finishing the Summer Reading Challenge by 2029/30",
            ],
        ),
        ("How we will measure it", []),
    ]
    deck = slide_deck(slides)
    deck.units[2].blocks.append(table_block(rows, 3))
    found = find_visions(deck)
    assert not [v for v in found if v.text.startswith("60 hrs")]
    # the written goal the table's row restates is cited where the deck commits to it
    goal = next(v for v in found if "will be open at least 60 hours" in v.text)
    assert goal.source.slide == 2


def test_a_numbered_first_100_days_step_is_work_not_a_goal() -> None:
    slides = [
        ("Care at Home 2030", ["Board paper"]),
        ("Our promise", ["Every client feels cared for, at every visit"]),
        (
            "In the first 100 days we will appoint, baseline and prepare Leeds",
            [
                "1. Appoint the Care at Home programme director",
                "2. Publish all-inclusive prices for every care package online",
                "3. Train every Leeds carer in the new visit app by October 2028",
            ],
        ),
    ]
    found = [v.text for v in find_visions(slide_deck(slides))]
    assert "Every client feels cared for, at every visit" in found
    assert not [t for t in found if "Appoint" in t or "Publish" in t], found


def test_what_a_past_check_found_is_where_we_start_not_a_goal() -> None:
    slides = [
        ("Reading 2031", ["Trust board"]),
        (
            "Our promise for 2031",
            [
                "By July 2031, every pupil leaves primary school reading fluently",
                "In the June 2028 reading check, 79% of our Year 6 pupils read 90 words a minute",
            ],
        ),
    ]
    found = [v.text for v in find_visions(slide_deck(slides))]
    assert any(t.startswith("By July 2031") for t in found)
    assert not [t for t in found if t.startswith("In the June 2028")], found


def test_a_stop_start_continue_slide_lists_work_not_goals() -> None:
    """Under "Start" the deck lists what it will begin doing ("Offer every member a visit from
    a regenerative adviser"): work, however aspirational its "every"; the measured goals on
    the next slide stay goals."""
    deck = slide_deck(
        [
            (
                "We will stop three habits and start five pieces of work",
                [
                    "Stop",
                    "Turning grain on a fixed monthly rota",
                    "Start",
                    "Fit moisture cables in every silo",
                    "Offer every member a visit from a regenerative adviser",
                    "Continue",
                    "The monthly grain market briefing",
                ],
            ),
            (
                "Our goals for 2031",
                [
                    "By June 2031, 8 in 10 members will agree their contracts on the portal",
                    "Member farms with a regenerative plan from 22 to 150 by June 2031",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any("Offer every member" in t for t in texts), texts
    assert any("8 in 10 members" in t for t in texts), texts


def test_under_next_an_end_state_is_a_goal_and_an_imperative_the_work_to_it() -> None:
    """Now / Next: "Put sub-meters on every centre's heating" two lines under "Next" is work;
    "Every centre heated without gas by 2030" under it is the state to come, a goal."""
    deck = slide_deck(
        [
            (
                "Priority 3: Greener, leaner centres",
                [
                    "Now",
                    "Gas boilers heat all three pools",
                    "Energy read from supplier meters monthly",
                    "Next",
                    "Every centre heated without gas by 2030",
                    "Fit air-source heat pumps at Carrbridge and Eastfield",
                    "Put sub-meters on every centre's heating and pool plant",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith(("Put sub-meters", "Fit air-source")) for t in texts), texts
    assert any("heated without gas" in t for t in texts), texts


def test_a_measure_restated_in_other_words_or_lengthened_is_one_goal() -> None:
    """The targets slide says "Calls abandoned before an answer: 14% to 5% by 2030"; the
    pillar's slide says "call abandonment falls from 14% to 5% of calls a year by 2030": one
    goal. So are the summary's short promise and the longer one that repeats it and adds its
    test."""
    deck = slide_deck(
        [
            (
                "Strategy on a page",
                ["By March 2030, no caller will wait more than ten minutes for an answer"],
            ),
            (
                "Our targets for 2030",
                [
                    "Calls abandoned before an answer: 14% to 5% by 2030",
                    "Repeat calls: 30% to 12% by 2030",
                ],
            ),
            (
                "Our promise for 2030",
                [
                    "By March 2030, no caller will wait more than ten minutes for an answer: "
                    "every call in the queue is answered or called back within the hour",
                ],
            ),
            (
                "Answer first time",
                [
                    "Our goal: call abandonment falls from 14% to 5% of calls a year by 2030, "
                    "with every caller told their place in the queue."
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert sum("abandon" in t.lower() for t in texts) == 1, texts
    assert sum("ten minutes" in t for t in texts) == 1, texts
    assert any(t.startswith("Repeat calls") for t in texts), texts


def test_a_north_stars_lead_line_is_a_goal_and_a_services_hours_are_no_measured_change(
    tmp_path: Path,
) -> None:
    """The line leading a "North star" slide names the future state, though it has no word of
    aspiration; "from 7am to 10pm" gives a service's hours, not a change of a measure, so the
    deck's led work that carries it stays work; "one that" is no "One Library" of aspiration."""
    deck = slide_deck(
        [
            (
                "Our North Star",
                [
                    "WHERE WE ARE HEADED",
                    "A ferry service the islands can plan their day around, and are proud of.",
                ],
            ),
            (
                "Sailings that run",
                [
                    "OBJECTIVE 1",
                    "Islanders forgive a late boat sooner than one that does not sail. "
                    "Reliability comes first.",
                    "Initiatives (what we commit to do)",
                    "Put a relief crew on every route that sails hourly, from 7am to 10pm.",
                    "DRI:",
                    "Head of Marine Operations",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("A ferry service the islands") for t in texts), texts
    assert not any(t.startswith(("Put a relief crew", "Islanders forgive")) for t in texts), texts


def test_a_role_ending_a_sentence_does_not_split_it_into_a_goal() -> None:
    """ "... by the Programme Delivery Lead. Definitions: ..." is one footnote, not a footnote
    and a goal opening with the verb "Lead"."""
    deck = slide_deck(
        [
            (
                "Our scorecard",
                [
                    "Reported to the Board every quarter by the Programme Delivery Lead. "
                    "Definitions: measure-definitions in the staff handbook.",
                    "Staff turnover falls from 21% to 12% by 2030",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("Lead") for t in texts), texts
    assert any("turnover" in t for t in texts), texts


def test_a_call_or_a_visit_listed_among_a_priority_s_work_is_work() -> None:
    """ "Call every member 2 weeks and 6 months after they join" sits among a priority's
    initiatives: a verb of work ("call", "visit", "survey") as much as "Qualify" or "Set up"."""
    deck = slide_deck(
        [
            (
                "We will focus on three priorities and nine initiatives",
                [
                    "PLAN",
                    "1",
                    "Joining, your way",
                    "Members join online, by phone or at the desk, in one visit",
                    "Offer online joining from every club",
                    "Publish all membership prices online",
                    "2",
                    "Members who stay",
                    "Members feel welcome from the first week",
                    "Qualify 20 instructors through the national diploma",
                    "Call every member 2 weeks and 6 months after they join",
                    "Set up a buddy scheme for new members",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("Call every member") for t in texts), texts


def test_a_trials_criteria_read_out_in_the_notes_are_no_goals() -> None:
    """The notes list what the trial is judged on, under "Success criteria for Harbour, for
    the June 2029 go/no-go:": "Every Leith adviser trained in video calls by October 2028" is
    one of them, not a goal of the strategy."""
    deck = slide_deck(
        [
            ("Harbour Mutual 2030", ["Board paper"]),
            (
                "Project Harbour",
                [
                    "DELIVERY",
                    "We will prove the model in four Leith branches first: Project Harbour",
                    "Video advice and online booking in four Leith branches, September 2028 to "
                    "May 2029",
                    "The Board takes the go/no-go in June 2029",
                ],
            ),
        ],
        bullets=False,
    )
    notes = [
        "Success criteria for Harbour, for the June 2029 go/no-go:",
        "95% of Leith members rate their advice good or excellent",
        "Every Leith adviser trained in video calls by October 2028",
    ]
    prov = deck.units[1].blocks[0].source
    deck.units[1].blocks += [
        Block(kind=BlockKind.notes, text=t, order=10 + i, source=prov) for i, t in enumerate(notes)
    ]
    texts = [v.text for v in find_visions(deck)]
    assert not any("Leith adviser trained" in t or "95% of Leith" in t for t in texts), texts


def test_a_stage_and_its_dates_ending_a_sentence_is_no_goal() -> None:
    """ "Scale (November 2028 to July 2029)." names a stage and its dates, stop or no stop."""
    deck = slide_deck(
        [
            (
                "Safe Sites on a page",
                [
                    "Scale (November 2028 to July 2029).",
                    "By July 2029 we aim to halve our accident frequency rate",
                ],
            )
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith("Scale") for t in texts), texts
    assert any("accident frequency" in t for t in texts), texts


def _okr_deck() -> Deck:
    """A strategy written as OKRs (made-up words): a page of them in short, then each
    objective with its key results in full and the initiatives under their own head."""
    return slide_deck(
        [
            ("Harbour Lines 2030", ["Kestle Ferries", "Board, 3 March 2028"]),
            (
                "Three objectives, seven key results",
                [
                    "OKRS ON A PAGE",
                    "OUR AIM The crossing people plan their week around",
                    "BY MARCH 2031 A sailing every hour from every pier, all year",
                    "1.1 Sailings on time 68% → 90%",
                    "1.2 Sailings cancelled 3.1% → 1.0%",
                ],
            ),
            (
                "Objective 1: Sail when we say we will",
                [
                    "OKRS · OBJECTIVE 1 OF 3",
                    "Key results",
                    "KR1.1 Sailings leaving within five minutes of the timetable rise from 68% "
                    "in 2027 to 90% by Q4 2030",
                    "KR1.2 Sailings cancelled for reasons we control fall from 3.1% to under "
                    "1% in calendar 2030",
                    "Initiatives",
                    "Refit the two oldest vessels in the Carrow yard over winter",
                    "Lead: Fleet Engineering Manager",
                    "Move the crew change from the pier to the depot",
                ],
            ),
        ]
    )


def test_key_results_are_goals_in_full_and_the_initiatives_under_them_are_work() -> None:
    texts = [v.text for v in find_visions(_okr_deck())]
    sources = {v.text: v.source.slide for v in find_visions(_okr_deck())}
    # each key result once, in the words its objective sets it with, cited there
    runs = [t for t in texts if "five minutes of the timetable" in t or "Sailings on time" in t]
    assert len(runs) == 1 and "by Q4 2030" in runs[0] and sources[runs[0]] == 3
    # "fall from 3.1% to under 1% in calendar 2030": a key result without "by" is one still
    assert [t for t in texts if "reasons we control" in t]
    assert not [t for t in texts if "Refit the two oldest" in t or "crew change" in t]
    # a statement its label calls the aim; a date set in capitals reads after its goal
    assert "The crossing people plan their week around" in texts
    assert "A sailing every hour from every pier, all year by March 2031" in texts


def test_what_the_plan_leaves_out_is_neither_a_goal_nor_work() -> None:
    """A non-goals slide, a "What we will not do" eyebrow and a "We will not ..." line say
    what the plan leaves out on purpose: no goal, no task."""
    from agent.planning.deck_plan import read_deck_plan

    deck = slide_deck(
        [
            ("Clear Run 2030", ["Leadership offsite, 2027"]),
            (
                "Our ambition",
                [
                    "By 2030, 98% of deliveries arrive on time and in full",
                    "We will not close or merge any depot during this plan",
                ],
            ),
            (
                "NON-GOALS",
                [
                    "Electrify the tractor fleet by 2030",
                    "Open a seventh depot and win warehouse contracts that need one",
                ],
            ),
            (
                "Boundaries",
                [
                    "WHAT WE WILL NOT DO",
                    "Build our own route planner by 2029",
                    "Publish driver league tables from telematics scores",
                ],
            ),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert texts == ["By 2030, 98% of deliveries arrive on time and in full"], texts
    work = " ".join(c.text for c in read_deck_plan(deck).commitments).lower()
    for left_out in ("tractor", "seventh depot", "route planner", "league tables", "merge"):
        assert left_out not in work, work


def test_a_plans_numbered_pledges_are_work_with_the_lead_its_next_sentence_names() -> None:
    from agent.planning.deck_plan import read_deck_plan

    deck = slide_deck(
        [
            ("Solid Ground 2031", ["Corporate Plan, 2028"]),
            (
                "3.1 Repairs done right, first time",
                [
                    "3.1.1 We will connect the housing system to the scheduling tool, so that a "
                    "repair reported by phone is booked while the tenant is on the line. The "
                    "Head of IT and Data will lead this.",
                    "3.1.2 We will give every operative a handheld that shows the home's repair "
                    "history and its known hazards.",
                    "3.1.3 We will stock every van to a standard list of the 240 parts our "
                    "operatives use most. The Damp and Mould Lead will lead this.",
                ],
            ),
        ],
        bullets=False,
    )
    assert find_visions(deck) == []
    work = {
        c.title.split(",")[0].split(" that ")[0]: c.lead for c in read_deck_plan(deck).commitments
    }
    assert work == {
        "Connect the housing system to the scheduling tool": "Head of IT and Data",
        "Give every operative a handheld": None,
        "Stock every van to a standard list of the 240 parts our operatives use most.": (
            "Damp and Mould Lead"
        ),
    }, work


def test_a_scorecard_tables_measures_are_goals_with_their_dates_in_the_target_cells() -> None:
    """A balanced scorecard: perspective, objective, measure, baseline, a target that says
    when ("6,000 a year by 2029-30", "88% by 2031-32 (80% by 2029-30)"), initiative, lead."""
    deck = slide_deck([("Ready Crews 2032", ["Fire Authority, 2028"]), ("The scorecard", [])])
    deck.units[1].blocks.append(
        table_block(
            [
                ["Perspective", "Objective", "Measure", "Baseline", "Target", "Initiative", "Lead"],
                [
                    "Community",
                    "C1 Fewer fires",
                    "Accidental dwelling fires per 10,000 dwellings",
                    "12.9",
                    "10.5 by 2031–32",
                    "Rebuild the household risk model",
                    "Performance and Risk Manager",
                ],
                [
                    "Internal processes",
                    "P1 Visit the homes most at risk first",
                    "Home fire safety visits to very high risk households",
                    "1,380 a year",
                    "6,000 a year by 2029–30",
                    "Open referral routes with adult social care",
                    "Head of Prevention",
                ],
                [
                    "People",
                    "L1 On-call engines crewed when needed",
                    "On-call first-appliance availability",
                    "71.3%",
                    "88% by 2031–32 (80% by 2029–30)",
                    "Offer pay-for-availability contracts",
                    "Area Manager, On-Call",
                ],
                [
                    "Finance",
                    "F2 On-call cover that is good value",
                    "Cost of on-call cover per available hour",
                    "to be set in 2028–29",
                    "to be agreed at Gate 1",
                    "Cost each station's cover hour",
                    "Head of Finance",
                ],
            ],
            slide=2,
        )
    )
    texts = [v.text for v in find_visions(deck)]
    assert texts[:3] == [
        "Accidental dwelling fires per 10,000 dwellings from 12.9 to 10.5 by 2031–32",
        "Home fire safety visits to very high risk households from 1,380 a year to 6,000 a year "
        "by 2029–30",
        "On-call first-appliance availability from 71.3% to 88% by 2031–32 (80% by 2029–30)",
    ], texts
    assert not any(t.lower().startswith(("to be", "88%", "10.5")) for t in texts), texts


def test_a_future_perfect_target_is_a_goal() -> None:
    """A target in the future perfect ("every home will have been surveyed") is a goal."""
    deck = slide_deck(
        [
            ("Solid Ground 2031", ["Corporate Plan, 2028"]),
            (
                "Where we want to be",
                [
                    "2.6 Our ambition for 2031",
                    "By the end of 2030/31, every home we own will have been surveyed inside and "
                    "out in the previous five years.",
                    "Since 2019 we have been surveying a fifth of our homes a year.",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert texts == [
        "By the end of 2030/31, every home we own will have been surveyed inside and out in the "
        "previous five years"
    ], texts


def test_a_goal_naming_two_kpi_rows_restates_one_and_the_other_stays_a_goal() -> None:
    deck = slide_deck(
        [
            ("Clear Run 2030", ["Leadership offsite, 2027"]),
            (
                "Bet 4: Drivers who stay",
                [
                    "Bet 4: If drivers get rotas they can plan a life around, then more of them "
                    "stay and each burns less fuel — we will know by driver turnover falling from "
                    "31% to 20% and tractor fuel economy rising from 8.1 to 8.9 mpg by M30.",
                ],
            ),
            ("How we'll keep score", []),
        ]
    )
    deck.units[2].blocks.append(
        table_block(
            [
                ["Metric", "Today", "Target", "By"],
                ["Driver turnover, rolling 12 months", "31%", "20%", "M30"],
                ["Tractor fuel economy", "8.1 mpg", "8.9 mpg", "M30"],
            ],
            slide=3,
        )
    )
    texts = [v.text for v in find_visions(deck)]
    assert len(texts) == 2 and texts[0].startswith("Bet 4: If drivers get rotas"), texts
    assert texts[1] == "Tractor fuel economy from 8.1 mpg to 8.9 mpg by M30", texts


def test_a_kpi_table_on_plan_quarters_dates_its_goals_and_a_condition_is_said_as_it_is() -> None:
    """ "By" holds plan quarters ("PQ8") or a condition ("after the Unite consultation"): the
    quarter dates the goal, which is then specific; the condition is not run after "by"."""
    from agent.engines.rules.vagueness import assess

    rows = [
        ["#", "Measure", "Baseline", "Target", "By", "Measure owner"],
        ["1", "On-time release of base checks", "58%", "90%", "PQ8", "Head of Base"],
        [
            "10",
            "Overtime share of engineer hours",
            "18%",
            "below 10%",
            "after the Unite consultation",
            "Head of People",
        ],
    ]
    goals = kpi_goals(rows)
    assert goals == [
        "On-time release of base checks from 58% to 90% by PQ8",
        "Overtime share of engineer hours from 18% to below 10% after the Unite consultation",
    ], goals
    assert not assess(goals[0]).vague


def test_a_statement_under_its_label_on_a_line_of_its_own_is_a_goal_even_on_a_page_of_work() -> (
    None
):
    """An A3's one-page plan: its phases around a "North star" label set on a line of its
    own, the statement under it. The deck says that statement is its goal."""
    deck = slide_deck(
        [
            ("Release on Time", ["A3 pack 2029-2031"]),
            (
                "The plan on one page",
                [
                    "Phase 1 · Prove it on Bay 3 (PQ1-PQ2)",
                    "Phase 2 · Extend to both hangars (PQ3-PQ6)",
                    "Phase 3 · Make it how we work (PQ7-PQ10)",
                    "North star",
                    "Every aircraft back with its operator on the day we promised, with records "
                    "that need no chasing.",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert any(t.startswith("Every aircraft back with its operator") for t in texts), texts


def test_a_purpose_or_goal_label_marks_its_statement_and_two_moves_are_two_goals() -> None:
    """ "Our purpose: ..." and "Goal: ..." say what follows is the deck's intent, figures or
    not; one sentence with two measures' moves under one date holds two goals, each dated."""
    deck = slide_deck(
        [
            ("Open Doors", ["Strategy 2029-2032"]),
            (
                "Our strategy on a page",
                [
                    "Our purpose: collections everyone in the valley can call their own",
                    "Four priorities, one plan",
                ],
            ),
            (
                "Pay our own way",
                [
                    "Goal: volunteer hours from 420 to 600 a week, and Gift Aid on tickets "
                    "from 22% to 45% of sales, by March 2031",
                    "What we will do",
                    "Recruit a volunteer coordinator",
                ],
            ),
            (
                "Reach every school",
                ["Goal: school bookings taken online for every site, from spring 2030"],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert "Collections everyone in the valley can call their own" in texts, texts
    assert "Volunteer hours from 420 to 600 a week by March 2031" in texts, texts
    assert any(t.startswith("Gift Aid on tickets from 22% to 45%") for t in texts), texts
    assert any(t.startswith("School bookings taken online") for t in texts), texts


def test_dated_work_under_a_work_list_is_work_and_a_dated_end_state_may_be_a_goal() -> None:
    """Under "What we will do", "Put giving points at every site by December 2029" is work
    with a deadline, not a goal; a line there that states an end state with its date may be
    one."""
    deck = slide_deck(
        [
            ("Open Doors", ["Strategy 2029-2032"]),
            (
                "Pay our own way",
                [
                    "Goal: earned income from £3.1m to £4.4m a year by August 2032",
                    "What we will do",
                    "Put contactless giving points at every site by December 2029",
                    "Move membership renewals to email and direct debit by March 2030",
                    "Every member renewing online by March 2031",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any(t.startswith(("Put contactless", "Move membership")) for t in texts), texts
    assert any(t.startswith("Earned income from £3.1m") for t in texts), texts


def test_review_cases_of_labels_and_paired_goals() -> None:
    """ "Purpose-built" is a word, not a label; two goals each with its own date keep their
    own; a date after the second goal's place, with no comma, is that goal's alone."""
    from agent.engines.rules.visions import _clean, _split_pair

    assert _clean("Purpose-built recycling centre open in Bangor by 2029").startswith(
        "Purpose-built"
    )
    assert _split_pair(
        "Grow earned income from £3.1m to £4.4m by 2028, and cut the council's grant from 46% "
        "to 38% by 2032."
    ) == [
        "Grow earned income from £3.1m to £4.4m by 2028",
        "cut the council's grant from 46% to 38% by 2032",
    ]
    assert _split_pair(
        "Raise recycling from 60% to 70% in Gwynedd, and cut contamination from 9% to 5% in Môn "
        "by March 2030"
    ) == [
        "Raise recycling from 60% to 70% in Gwynedd",
        "cut contamination from 9% to 5% in Môn by March 2030",
    ]
    # many moves in one line: no pair, whatever its length
    assert _split_pair("Raise income from 1 to 2, and grow " + "from 1 to 2 " * 200) != []


def test_a_kpi_table_kept_a_row_a_line_reads_bounded_and_direction_targets() -> None:
    """An OCR'd or flattened table a row a line: a target bounded by "under" or "at least"
    belongs to the target, not to the baseline's unit; "Each year" is the row's when."""
    from agent.knowledge.kpis import flat_kpi_rows

    text = "\n".join(
        [
            "Measure Baseline Target By when",
            "Lost bags per 1,000 passengers 6.1 under 3.0 March 2031",
            "Calls answered within a minute 72% at least 90% 2030/31",
            "Passengers satisfied with their trip 81% Higher Each year",
        ]
    )
    assert [r.goal() for r in flat_kpi_rows(text)] == [
        "Lost bags per 1,000 passengers from 6.1 to under 3.0 by March 2031",
        "Calls answered within a minute from 72% to at least 90% by 2030/31",
        "Passengers satisfied with their trip from 81% to Higher, each year",
    ]


def test_what_a_gate_is_judged_on_under_its_head_is_no_goal() -> None:
    """ "Gate 1 passes when" over "Every depot technician trained on the alert screens" and
    "Alerts raised for all 120 pumps through 2029": what the gate is judged on, not goals; a
    phase's line after them ends the list, and the deck's goal elsewhere stays."""
    deck = slide_deck(
        [
            ("Pumps First 2028-2030", ["Board paper"]),
            ("Our ambition", ["Cut unplanned pump stops by 40% by March 2030"]),
            (
                "What good looks like at each gate",
                [
                    "ACCEPTANCE CRITERIA",
                    "Gate 1 passes when",
                    "Every depot technician trained on the alert screens",
                    "Alerts raised for all 120 pumps through 2029, to 30 September 2029",
                    "Gate 2 · go or no-go for the other regions",
                    "At least 30 visits raised by condition, not the calendar",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert any("unplanned pump stops" in t for t in texts), texts
    assert not any(
        "technician trained" in t or "120 pumps" in t or "30 visits" in t for t in texts
    ), texts


def test_the_plans_machinery_and_what_a_slide_leaves_out_of_scope_are_no_goals() -> None:
    """ "Three phases, one gate at the end of each" and "Every pillar has one owner" say how
    the plan runs; "A VIP desk for the highest spenders" under "Not in scope" inside the slide
    is left out on purpose. The slide's measured goal stays."""
    deck = slide_deck(
        [
            ("Tidepool 2027", ["Board paper"]),
            (
                "Five pillars, one calendar",
                [
                    "Reach 3.5 million monthly players by March 2028",
                    "Three phases, one gate at the end of each",
                    "Every pillar has one owner and ships on the season train",
                    "Not in scope for 2027",
                    "A VIP desk for the highest spenders",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert any("3.5 million" in t for t in texts), texts
    assert not any("phases" in t or "pillar" in t or "VIP desk" in t for t in texts), texts


def test_a_tile_restating_a_goal_dated_on_the_decks_own_periods_is_that_goal() -> None:
    """ "3.5 million monthly players by the end of Sprint 22" and the tile "3.5M / Monthly
    active players / Baseline 3.1M · by end of Sprint 22": one goal; the sprint's number is
    when, not an amount the tile must share."""
    deck = slide_deck(
        [
            ("Tidepool 2027", ["Board paper"]),
            ("Clock", ["Sprint 14 starts on Tuesday 2 March 2027; every sprint runs six weeks."]),
            ("Grow the game", ["Goal: 3.5 million monthly players by the end of Sprint 22"]),
            (
                "How we will know",
                [
                    "Targets in large type; baseline and by-when under each label",
                    "3.5M",
                    "Monthly active players",
                    "Baseline 3.1M (Dec 2026) · by end of Sprint 22",
                ],
            ),
        ],
        bullets=False,
    )
    texts = [v.text for v in find_visions(deck)]
    assert len([t for t in texts if "monthly" in t.lower()]) == 1, texts


def test_a_target_guest_profile_names_whom_the_plan_serves_not_its_goals() -> None:
    """ "Target Guest Profile": the guests the plan is for; their age range and household
    are facts about them, not goals."""
    from tests.decks import slide_deck

    deck = slide_deck(
        [
            (
                "Target Guest Profile: The Weekend Walker",
                ["Age range", "Mostly 35-50 (58% of base)"],
            ),
            ("Target customer segments", ["Household: 64% with children under ten"]),
        ]
    )
    texts = [v.text for v in find_visions(deck)]
    assert not any("58%" in t or "64%" in t for t in texts), texts


def test_a_pdf_tile_run_together_an_axis_and_a_unit_line() -> None:
    """What a PDF export does to big numbers: a figure and its label on one line ("61% fewer
    emergency repairs"), a chart's axis ("0", "1000", ... "6000") over a legend, and a
    currency set on a line of its own under the figure ("3,800" / "RMB" / "Average rate")."""
    from agent.knowledge.kpis import tiles

    lines = [
        "42% reduction in downtime",
        "61% fewer emergency repairs",
        "Pilot data from the first plant, extrapolated",
    ]
    run = tiles(lines, "Pillar 1 expected benefits")
    assert [(t.value, t.label) for t in run] == [
        ("42%", "reduction in downtime"),
        ("61%", "fewer emergency repairs"),
    ]
    # not on a slide of today's facts, nor for counts or a numbered list, nor today's shares
    assert tiles(lines, "Why players write to us") == []
    today = ["38% lost or missing purchases", "21% progress lost after a new phone"]
    assert tiles(today, "Goal: a first reply to 90% of tickets") == []
    assert tiles(["12 pharmacies in the group", "30 months, four phases"], "Our goals") == []
    assert tiles(["1. have 60,000 subscribers", "2. answer 80% of chats"], "Our goals") == []
    axis = tiles(
        ["0", "1000", "2000", "3000", "Average rate Revenue per room", "72%", "Peak occupancy"]
    )
    assert [(t.value, t.label) for t in axis] == [("72%", "Peak occupancy")]
    unit = tiles(["3,800", "RMB", "Average rate", "Peak range RMB 2,900-5,600", "+45%", "Premium"])
    assert [(t.value, t.label) for t in unit] == [
        ("RMB 3,800", "Average rate"),
        ("+45%", "Premium"),
    ]


def test_a_pdf_tile_whose_label_runs_into_its_date_and_the_next_tile() -> None:
    """ "115" / "Rooms index vs competitors by 2029 (91 today)": the label and its date line run
    together, as a PDF sets them; the date still dates the tile. A share that opens the line
    after a tile's label is the next tile, not that tile's small print."""
    from agent.knowledge.kpis import tiles

    read = tiles(
        [
            "115",
            "Rooms index vs competitors by 2029 (91 today)",
            "+50",
            "NPS at every hotel, every quarter",
            "45% direct booking share from 28%",
        ]
    )
    assert [(t.value, t.label, t.detail) for t in read] == [
        ("115", "Rooms index vs competitors", "by 2029 (91 today)"),
        ("+50", "NPS at every hotel, every quarter", ""),
    ]


def test_a_workstreams_from_and_to_periods_are_no_baseline_and_target() -> None:
    """ "Workstream | From | To" over "Security lanes and rosters | Q3 FY28 | Q2 FY30" says when
    each stream of work runs: no measure moving from a baseline to a target, so no goal; the
    goals on their own slide stay."""
    deck = slide_deck(
        [
            ("Harbour Terminal 2030", ["Our plan for the next three years"]),
            ("Timing", ["This plan runs for 30 months, from 1 October 2027 to 31 March 2030."]),
            (
                "Our goals",
                [
                    "Cut the security queue to under 10 minutes for 90% of passengers by March 2030",
                    "Grow spend per passenger from £11.20 to £13.50 by FY30",
                ],
            ),
        ]
    )
    rows = [
        ["Workstream", "From", "To"],
        ["Security lanes and rosters", "Q3 FY28", "Q2 FY30"],
        ["Car parks and retail", "Q2 FY29", "Q4 FY30"],
        ["Baggage controls", "Q1 FY29", "Q3 FY30"],
    ]
    deck.units[1].blocks.append(table_block(rows, 2, order=2))
    texts = [v.text for v in find_visions(deck)]
    assert not any("FY28" in t or "Baggage" in t for t in texts), texts
    assert len(texts) == 2, texts


def test_a_figure_of_today_labelled_today_beside_its_goal_is_no_goal() -> None:
    """ "Today: 140 blocks of flats with a signed wayleave" under "Sign a wayleave for 600
    blocks of flats by December 2028": where the plan starts, not a second goal."""
    slides = [
        ("Fibre for the Vale", ["Our plan for the next 18 months"]),
        (
            "Our goals",
            [
                "Sign a wayleave for 600 blocks of flats by December 2028",
                "Today: 140 blocks of flats with a signed wayleave",
            ],
        ),
    ]
    texts = [v.text for v in find_visions(slide_deck(slides))]
    assert texts == ["Sign a wayleave for 600 blocks of flats by December 2028"], texts
