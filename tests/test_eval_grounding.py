"""The deck-grounded metrics (issue 11) on a small hand-made plan for a factory AI roadmap.

The fixture plan does what a practitioner expects: the deck's own commitments as tasks,
owners by remit, the COO Accountable for the phase gate, a 36-month roadmap in the deck's
phases with the named pilot, gaps from the org's sentences, no foreign-template words.
It scores 1 on every metric; each mutation breaks one thing on purpose and the metric
that should catch it must drop.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from evals import metrics as m
from schemas.plan import Plan

ROSTER = [
    "Chief Operating Officer",
    "Quality Director",
    "Maintenance Manager",
    "IT Director",
    "Plant Manager Xuzhou",
    "Data Manager",
    "HR Director",
]

GOLD: dict[str, Any] = {
    "deck": "roadmap.pptx",
    "twin": "roadmap.pdf",
    "visions": [
        {"match": "qc miss rate", "slide": 5, "vague": False},
        {"match": "unplanned downtime", "slide": 6, "vague": False},
    ],
    "roster": ROSTER,
    "deck_actions": [
        {"match": ["62 key assets", "key asset list"], "slide": 33},
        {"match": ["sensor and edge-gateway vendors", "edge gateway vendor"], "slide": 33},
        {"match": ["pmo", "program management office"], "slide": 33},
        {"match": ["historical failure data"], "slide": 33},
    ],
    # Lines of the deck that are no work: a design rule, a diagram's flow.
    "not_actions": ["no model ships without a human", "sensor data -> edge -> cloud"],
    "remit_owners": [
        {"task": ["qc miss", "vision inspection"], "owners": ["Quality Director"]},
        {"task": ["predictive maintenance", "key assets"], "owners": ["Maintenance Manager"]},
    ],
    "accountable": [{"task": ["go/no-go", "phase 1 gate"], "roles": ["Chief Operating Officer"]}],
    "gaps": [["english only", "translat"], ["paper"]],
    "acceptable_gaps": [["sponsor"]],
    "false_gaps": [["training"], ["data warehouse"]],
    "gap_blocks": [
        {"gap": ["english only"], "blocks": [["train line operators"]], "not_blocks": [["pmo"]]},
        {
            "gap": ["kept on paper"],
            "blocks": [["vision inspection"], ["furnace relining"]],  # no such task: not judged
            "not_blocks": [["62 key assets"], ["edge-gateway vendors"]],
        },
    ],
    "forbidden_terms": ["customer data platform", "segment", "consent", "content variant"],
    "horizon_months": 36,
    "phases": [
        {"match": ["phase 1", "pilot validation"], "start_month": 0, "end_month": 6},
        {"match": ["phase 2", "scale"], "start_month": 6, "end_month": 18},
        {"match": ["phase 3"], "start_month": 18, "end_month": 36},
    ],
    "pilot": {"match": ["xuzhou"], "slide": 30},
    "mismatch": False,
    "kpis": ["qc miss rate", "unplanned downtime"],
}

# (id, title, layer, owner, accountable, horizon, visions, origin, slide, quote, passage, pilot)
TASKS = [
    ("T1", "Finalize the list of 62 key assets", "tech_data", "Maintenance Manager",
     "Chief Operating Officer", "foundational", ["V2"], "deck", 33,
     "Finalize the list of 62 key assets", "The maintenance plan covers 62 key assets", False),
    ("T2", "Select sensor and edge-gateway vendors", "tech_data", "IT Director",
     "Plant Manager Xuzhou", "foundational", ["V2"], "deck", 33,
     "Select sensor and edge-gateway vendors", "IT runs vendor selection for sensors", False),
    ("T3", "Stand up the PMO", "governance_measurement", "Chief Operating Officer",
     "Quality Director", "foundational", ["V1", "V2"], "deck", 33,
     "Stand up the PMO", "The COO chairs the PMO steering group", False),
    ("T4", "Cleanse historical failure data", "tech_data", "Data Manager", "IT Director",
     "foundational", ["V2"], "deck", 33, "Cleanse historical failure data",
     "Failure data since 2019 sits in the CMMS", False),
    ("T5", "Pilot vision inspection at the Xuzhou plant", "process_people", "Quality Director",
     "Plant Manager Xuzhou", "quick_win", ["V1"], "deck", 30, "Pilot: Xuzhou plant, line 3",
     "Xuzhou line 3 runs final inspection by hand", True),
    ("T6", "Phase 1 gate: go/no-go review before scaling", "governance_measurement",
     "Plant Manager Xuzhou", "Chief Operating Officer", "quick_win", ["V1", "V2"], "method",
     None, None, "Gate reviews are chaired by the COO", False),
    ("T7", "Train line operators on the new inspection station", "process_people",
     "HR Director", "Quality Director", "quick_win", ["V1"], "method", None, None,
     "HR owns operator training and certification", False),
    ("T8", "Predictive maintenance on key assets across plants", "experience",
     "Maintenance Manager", "Chief Operating Officer", "aspirational", ["V2"], "deck", 34,
     "Predictive maintenance on all key assets", "Maintenance schedules for key assets", False),
    ("T9", "Baseline the QC miss rate per line", "governance_measurement", "Quality Director",
     "Plant Manager Xuzhou", "foundational", ["V1"], "method", None, None,
     "QC miss rate: defects found by customers over defects found", False),
]  # fmt: skip
PHASES = [  # name, horizon, start week, end week (36 months = 156 weeks)
    ("Phase 1: Pilot validation", "foundational", 0, 26),
    ("Phase 2: Scale to three plants", "quick_win", 26, 78),
    ("Phase 3: Group rollout", "aspirational", 78, 156),
]


def good_plan() -> dict[str, Any]:
    tasks, raci = [], []
    weeks = {h: [s, e] for _, h, s, e in PHASES}
    for tid, title, layer, owner, acc, horizon, vids, origin, slide, quote, passage, pilot in TASKS:
        tasks.append(
            {
                "id": tid,
                "title": title,
                "description": f"{title}, as the roadmap sets out.",
                "layer": layer,
                "owner_role": owner,
                "horizon": horizon,
                "vision_ids": vids,
                "done_when": "The steering group signs off the result",
                "context_refs": [{"doc": "operations.md", "chunk": 0, "quote": passage}],
                "pilot": pilot,
                "origin": origin,
                "origin_note": None if origin == "deck" else "the deck leaves this out",
                "source": {"file": "roadmap.pptx", "slide": slide} if slide else None,
                "quote": quote,
            }
        )
        raci.append({"item": tid, "assignments": {owner: "R", acc: "A"}})
    for layer in m.LAYERS:
        raci.append(
            {"item": f"layer:{layer}", "assignments": {"IT Director": "R", "Data Manager": "A"}}
        )
    return {
        "schema_version": "1",
        "engine": {"name": "rules"},
        "title": "Factory AI Roadmap 2027-2029",
        "organization": "Yunshu Heavy Industries",
        "visions": [
            {
                "id": "V1",
                "text": "Cut the QC miss rate from 3.2% to 1.0% by 2029",
                "source": {"file": "roadmap.pptx", "slide": 5},
                "vagueness": {"vague": False, "score": 0.1},
            },
            {
                "id": "V2",
                "text": "Reduce unplanned downtime on key assets by 30% by 2029",
                "source": {"file": "roadmap.pptx", "slide": 6},
                "vagueness": {"vague": False, "score": 0.1},
            },
        ],
        "scenarios": [
            {
                "id": "S1",
                "name": "Xuzhou plant, final inspection",
                "segment": "final inspection line",
                "context": "Xuzhou plant, line 3",
                "customer_impact": "medium",
                "business_impact": "high",
                "vision_ids": ["V1"],
            }
        ],
        "roles": [{"name": r, "tier": "core"} for r in ROSTER],
        "tasks": tasks,
        "raci": raci,
        "roadmap": {
            "phases": [
                {
                    "name": name,
                    "horizon": horizon,
                    "start_week": start,
                    "end_week": end,
                    "task_ids": [t["id"] for t in tasks if t["horizon"] == horizon],
                }
                for name, horizon, start, end in PHASES
            ],
            "task_weeks": {t["id"]: weeks[t["horizon"]] for t in tasks},
            "horizon_weeks": 156,
            "clock": "deck",
        },
        "gaps": [
            {
                "id": "G1",
                "layer": "process_people",
                "text": "Work instructions are English only; the line staff need a translation",
                "kind": "constraint",
                "blocks": ["T7"],
            },
            {
                "id": "G2",
                "layer": "tech_data",
                "text": "Inspection records at Xuzhou are kept on paper",
                "kind": "data",
                "blocks": ["T5"],
            },
        ],
        "org_fit": {"score": 0.8, "verdict": "fits", "reason": "same plants and systems"},
    }


ORG_TERMS = ["MES", "SCADA", "CMMS", "Scrap rate"]  # what a mismatched plan must not borrow
GROUNDING = [k for k in m.GROUNDING_METRICS if k not in ("pdf_parity", "pdf_precision")]


def grounding(plan: Any, gold: dict[str, Any] = GOLD, **kwargs: Any) -> dict[str, float]:
    result = m.compute_metrics(plan, gold, org_terms=ORG_TERMS, **kwargs)
    return {k: float(v) for k, v in result.items() if k in GROUNDING and v is not None}


def test_the_grounded_plan_scores_one_on_every_metric() -> None:
    plan = good_plan()
    Plan.model_validate(plan)
    scores = grounding(plan)
    # The method fills what the deck leaves out: a third of the tasks are its own.
    assert scores.pop("deck_task_share") == pytest.approx(6 / 9)
    assert scores.pop("horizon_match") == pytest.approx(156 / m.WEEKS_PER_MONTH / 36)
    assert scores == dict.fromkeys(set(GROUNDING) - {"deck_task_share", "horizon_match"}, 1.0)
    assert m.foreign_template_rate(plan, GOLD) == 0.0
    core = m.compute_metrics(plan, GOLD)
    for name in ("owner_grounding", "raci_validity", "roadmap_validity", "traceability"):
        assert core[name] == 1.0, name


def test_every_gated_metric_is_na_without_its_gold_field() -> None:
    plan = good_plan()
    result = m.compute_metrics(plan, {"visions": [], "roster": ROSTER})
    gated = {k for k, field in m.GATES.items() if field is not None}
    assert {k for k in gated if result[k] is not None} == set()
    # Plan-only metrics are always scored, never a free pass for an empty plan.
    empty = {"schema_version": "1", "engine": {"name": "rules"}}
    assert m.accountable_concentration(empty) == 0.0
    assert m.citation_support(empty) == 0.0
    for name in ("deck_action_coverage", "deck_task_share", "remit_owner_match"):
        assert getattr(m, name)(empty, GOLD) == 0.0, name
    assert m.template_free(empty, GOLD) == 0.0
    assert m.horizon_match(empty, GOLD) == 0.0
    assert m.pilot_named(empty, GOLD) is False


# --------------------------------------------------------------------------- mutations


def _shuffle_owners(plan: dict[str, Any]) -> None:
    owners = [t["owner_role"] for t in plan["tasks"]]
    for task, owner in zip(plan["tasks"], owners[1:] + owners[:1], strict=True):
        task["owner_role"] = owner


def _remove_deck_tasks(plan: dict[str, Any]) -> None:
    kept = {t["id"] for t in plan["tasks"] if t["origin"] != "deck"}
    plan["tasks"] = [t for t in plan["tasks"] if t["id"] in kept]
    plan["raci"] = [r for r in plan["raci"] if r["item"] in kept or r["item"].startswith("layer:")]


def _insert_forbidden_term(plan: dict[str, Any]) -> None:
    plan["tasks"][6]["title"] = "Define the line operators segment by behaviour and context"


def _squash_roadmap(plan: dict[str, Any]) -> None:
    roadmap = plan["roadmap"]
    scale = 24 / roadmap["horizon_weeks"]
    for phase in roadmap["phases"]:
        phase["start_week"] = round(phase["start_week"] * scale)
        phase["end_week"] = round(phase["end_week"] * scale)
        phase["name"] = phase["name"].split(":")[0]
    roadmap["task_weeks"] = {
        k: [round(a * scale), round(b * scale)] for k, (a, b) in roadmap["task_weeks"].items()
    }
    roadmap["horizon_weeks"] = 24
    roadmap["clock"] = "method"


def _invent_gaps(plan: dict[str, Any]) -> None:
    plan["gaps"] += [
        {"layer": "tech_data", "text": "No customer data platform", "kind": "system"},
        {"layer": "process_people", "text": "No role is responsible for training", "kind": "owner"},
    ]


def _block_by_shared_words(plan: dict[str, Any]) -> None:
    """The paper-records gap blocks the tasks that share its words, not the one it bears on."""
    plan["gaps"][1]["blocks"] = ["T1", "T2"]


def _flip_org_fit(plan: dict[str, Any]) -> None:
    plan["org_fit"] = {"score": 0.1, "verdict": "mismatch", "reason": "another business"}


def _concentrate_accountability(plan: dict[str, Any]) -> None:
    for row in plan["raci"]:
        if not row["item"].startswith("layer:"):
            owner = next(r for r, letter in row["assignments"].items() if letter == "R")
            row["assignments"] = {owner: "R", "Data Manager": "A"}
            if owner == "Data Manager":
                row["assignments"] = {owner: "R", "IT Director": "A"}


def _rotate_accountable(plan: dict[str, Any]) -> None:
    rows = [r for r in plan["raci"] if not r["item"].startswith("layer:")]
    for row in rows:
        row["assignments"] = {
            r: ("C" if letter == "A" else letter) for r, letter in row["assignments"].items()
        }
        owner = next(r for r, letter in row["assignments"].items() if letter == "R")
        row["assignments"]["HR Director" if owner != "HR Director" else "Data Manager"] = "A"


def _move_the_pilot(plan: dict[str, Any]) -> None:
    plan["tasks"][4]["title"] = "Pilot vision inspection at one plant"
    plan["tasks"][4]["description"] = "Pilot at one plant first."
    plan["tasks"][4]["quote"] = "Pilot at one plant"


def _cite_unrelated_passages(plan: dict[str, Any]) -> None:
    for task in plan["tasks"]:
        task["context_refs"] = [{"doc": "roster.csv", "chunk": 0, "quote": "Head office address"}]


def _every_line_a_task(plan: dict[str, Any]) -> None:
    """A reader that makes a task of every line of the deck: its rules and diagrams too."""
    lines = ["No model ships without a human review", "Sensor data -> edge -> cloud"]
    for i, (line, like) in enumerate(zip(lines, ("T4", "T7"), strict=True)):
        tid = f"T{10 + i}"
        task = next(t for t in plan["tasks"] if t["id"] == like)
        row = next(r for r in plan["raci"] if r["item"] == like)
        refs = [{"doc": "operations.md", "chunk": 0, "quote": line}]
        plan["tasks"].append(
            {**copy.deepcopy(task), "id": tid, "title": line, "quote": line, "context_refs": refs}
            | {"origin": "deck"}
        )
        plan["raci"].append({**copy.deepcopy(row), "item": tid})


def _drop_a_kpi_vision(plan: dict[str, Any]) -> None:
    plan["visions"][1]["text"] = "Be the most reliable manufacturer in the region"


MUTATIONS = {
    "owners shuffled": (_shuffle_owners, {"remit_owner_match"}),
    "deck tasks removed": (
        _remove_deck_tasks,
        {"deck_action_coverage", "deck_task_share", "pilot_named", "remit_owner_match"},
    ),
    "forbidden term inserted": (_insert_forbidden_term, {"template_free"}),
    "roadmap squashed to 24 weeks": (_squash_roadmap, {"horizon_match", "phase_match"}),
    "gaps invented": (_invent_gaps, {"gap_precision", "false_gap_free", "template_free"}),
    "gap blocks the wrong tasks": (_block_by_shared_words, {"gap_blocking"}),
    "org_fit flipped": (_flip_org_fit, {"mismatch_flagged"}),
    "one role Accountable for everything": (
        _concentrate_accountability,
        {"accountable_concentration", "accountable_match"},
    ),
    "wrong role Accountable": (
        _rotate_accountable,
        {"accountable_match", "accountable_concentration"},
    ),
    "pilot not named": (_move_the_pilot, {"pilot_named"}),
    "citations of unrelated passages": (_cite_unrelated_passages, {"citation_support"}),
    "a KPI lost": (_drop_a_kpi_vision, {"kpi_recall"}),
    "every deck line a task": (_every_line_a_task, {"non_work_excluded"}),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_each_mutation_drops_the_metric_that_should_catch_it(name: str) -> None:
    mutate, expected = MUTATIONS[name]
    good = grounding(good_plan())
    plan = good_plan()
    mutate(plan)
    scores = grounding(plan)
    dropped = {k for k, v in scores.items() if v < good[k] - 1e-9}
    assert dropped >= expected, (name, scores)
    # Breaking one thing must not be read as breaking everything.
    assert len(dropped) <= len(expected) + 1, (name, dropped)


def test_squashed_roadmap_scores_the_ratio_of_horizons() -> None:
    plan = good_plan()
    _squash_roadmap(plan)
    assert m.horizon_match(plan, GOLD) == pytest.approx((24 / m.WEEKS_PER_MONTH) / 36)
    assert m.phase_match(plan, GOLD) == 0.0  # the method's clock: none of the deck's phases
    plan["roadmap"]["clock"] = "deck"
    # "Phase 1" is still named, but ends after 4 weeks instead of 6 months: no phase fits.
    assert m.phase_match(plan, GOLD) == 0.0
    assert m.diagnose(plan, GOLD)["phase_mismatches"][0]["found"] == [("Phase 1", 0.0, 0.9)]
    plan["roadmap"]["horizon_weeks"] = None  # falls back to the latest end week
    assert m.plan_horizon_weeks(plan) == 24
    # A roadmap three times longer than the deck's is as wrong as one three times shorter.
    plan = good_plan()
    plan["roadmap"]["horizon_weeks"] = 3 * 156
    assert m.horizon_match(plan, GOLD) == pytest.approx(1 / 3, abs=0.01)


def test_the_methods_phases_are_not_the_decks_whatever_their_names() -> None:
    plan = good_plan()
    assert m.phase_match(plan, GOLD) == 1.0
    plan["roadmap"]["clock"] = "method"  # same names and weeks, but the method's phases
    assert m.phase_match(plan, GOLD) == 0.0


def test_owners_by_remit_need_a_matching_task() -> None:
    gold = dict(GOLD, remit_owners=[{"task": ["furnace relining"], "owners": ["Plant Manager"]}])
    assert m.remit_owner_match(good_plan(), gold) == 0.0
    plan = good_plan()
    plan["tasks"][8]["owner_role"] = "Data Manager"  # one of two QC tasks by the wrong role
    assert m.remit_owner_match(plan, GOLD) == pytest.approx((0.5 + 1.0) / 2)
    entries = m.diagnose(plan, GOLD, org_terms=ORG_TERMS)["remit_mismatches"]
    assert entries[0]["owners"] == [("T5", "Quality Director"), ("T9", "Data Manager")]


def test_gold_phrases_match_from_a_word_start_only() -> None:
    # "gate c" once matched "mitigate cyber" and judged a risk task as a gate decision.
    assert m.names("mitigate cyber attack", "cyber") and m.names("certified operators", "certif")
    assert not m.names("mitigate cyber attack", "gate c")
    assert not m.names("mitigate billing errors", "gate b")
    plan = good_plan()
    plan["tasks"][0]["title"] = "Mitigate cyber attack during the migration"
    gold = dict(GOLD, accountable=[{"task": ["gate c"], "roles": ["Chief Operating Officer"]}])
    assert m.accountable_entries(plan, gold)[0]["accountable"] == []


def test_a_task_due_before_a_gate_is_not_the_gate_decision() -> None:
    # "before the phase 1 gate" dates the work; the gate's decision stays the chair's.
    plan = good_plan()
    plan["tasks"][3]["title"] = "Cleanse historical failure data before the phase 1 gate"
    assert m.accountable_match(plan, GOLD) == 1.0
    assert not m.names_decision("cleanse the data before the phase 1 gate", "phase 1 gate")
    assert m.names_decision("recommend the line for scale-up at phase 1 gate", "phase 1 gate")
    # the same task named as the decision itself is judged, and its Accountable is wrong
    plan["tasks"][3]["title"] = "Phase 1 gate: cleanse historical failure data"
    assert m.accountable_match(plan, GOLD) == 0.5


def test_accountable_concentration_allows_a_third_and_a_single_core_role() -> None:
    plan = good_plan()
    load = m.accountable_load(plan)
    assert load["top"][1] == 3 and load["rows"] == 9 and load["allowed"] == pytest.approx(1 / 3)
    _concentrate_accountability(plan)
    assert m.accountable_concentration(plan) == pytest.approx(1 - (8 / 9 - 1 / 3))
    for role in plan["roles"][1:]:
        role["tier"] = "extended"
    assert m.accountable_concentration(plan) == 1.0  # one core role: it carries everything


def test_foreign_terms_are_whole_words_any_case_plural_allowed() -> None:
    plan = good_plan()
    plan["scenarios"][0]["segment"] = "Segmentation of inspection lines"
    assert m.template_free(plan, GOLD) == 1.0  # "segmentation" is not "segment"
    plan["scenarios"][0]["context"] = "Customer Data Platforms at the plant"
    assert m.foreign_template_rate(plan, GOLD) == pytest.approx(1 / 12)
    assert m.diagnose(plan, GOLD)["foreign_terms"] == ["S1: customer data platform"]
    plan["gaps"][0]["text"] = "No CONSENT records"
    assert m.foreign_template_rate(plan, GOLD) == pytest.approx(2 / 12)


def test_a_template_plan_scores_zero_deck_share_and_is_not_template_free() -> None:
    from tests.test_eval_metrics import perfect_plan

    template = perfect_plan()  # a personalization template: journeys, segments, consent
    template["tasks"][0]["title"] = "Define the new patients segment by behaviour"
    template["gaps"].append({"layer": "tech_data", "text": "No customer data platform"})
    assert m.deck_task_share(template, GOLD) == 0.0
    assert m.deck_action_coverage(template, GOLD) == 0.0
    assert m.template_free(template, GOLD) < 1.0
    assert m.horizon_match(template, GOLD) < 0.2  # 20 weeks for a 36-month deck


def test_pilot_must_cite_the_slide_that_names_it() -> None:
    plan = good_plan()
    plan["tasks"][4]["source"] = {"file": "roadmap.pptx", "slide": 12}
    assert m.pilot_named(plan, GOLD) is False
    assert m.pilot_named(plan, dict(GOLD, pilot={**GOLD["pilot"], "also_slides": [3, 12]}))
    plan["tasks"][4]["source"] = None  # no citation: naming the pilot is enough
    assert m.pilot_named(plan, GOLD) is True
    plan["tasks"][4]["pilot"] = False
    assert m.pilot_named(plan, GOLD) is False


def test_gap_precision_counts_unlisted_and_false_gaps() -> None:
    plan = good_plan()
    plan["gaps"].append({"layer": "governance_measurement", "text": "No executive sponsor"})
    assert m.gap_precision(plan, GOLD) == 1.0  # acceptable either way
    plan["gaps"].append({"layer": "tech_data", "text": "No MES at the Wuhan plant"})
    assert m.gap_precision(plan, GOLD) == pytest.approx(3 / 4)
    assert m.false_gap_free(plan, GOLD) is True
    plan["gaps"].append({"layer": "tech_data", "text": "No data warehouse (translation pending)"})
    assert m.gap_precision(plan, GOLD) == pytest.approx(3 / 5)  # a false gap is never "ok"
    assert m.false_gap_free(plan, GOLD) is False
    assert (
        "[false] No data warehouse (translation pending)"
        in m.diagnose(plan, GOLD)["imprecise_gaps"]
    )
    assert m.gap_precision({"gaps": []}, GOLD) == 0.0  # the gold expects gaps
    assert "gap_precision" not in {
        k for k, v in m.compute_metrics(plan, {"gaps": [["x"]]}).items() if v is not None
    }


def test_gap_blocking_judges_blocks_and_blocked_by() -> None:
    plan = good_plan()
    assert m.gap_blocking(plan, GOLD) == 1.0
    plan["gaps"][1]["blocks"] = []
    assert m.gap_blocking(plan, GOLD) == pytest.approx((1 + 2 / 3) / 2)
    plan["tasks"][4]["blocked_by"] = ["G2"]  # the task side of the link counts too
    assert m.gap_blocking(plan, GOLD) == 1.0
    plan["tasks"][0]["blocked_by"] = ["G2"]
    assert m.gap_blocking(plan, GOLD) == pytest.approx((1 + 2 / 3) / 2)
    assert m.diagnose(plan, GOLD)["gap_block_mismatches"][0]["wrong"] == [
        "not_blocks: 62 key assets"
    ]
    plan["gaps"] = plan["gaps"][:1]  # a gold gap not raised blocks nothing
    assert m.gap_blocking(plan, GOLD) == pytest.approx(0.5)
    assert m.gap_blocking(plan, {k: v for k, v in GOLD.items() if k != "gap_blocks"}) is None


def test_mismatch_case_needs_the_flag_and_no_borrowed_org_terms() -> None:
    gold = dict(GOLD, mismatch=True)
    plan = good_plan()
    assert m.mismatch_flagged(plan, gold, ORG_TERMS) is False  # not flagged
    _flip_org_fit(plan)
    assert m.mismatch_flagged(plan, gold, ORG_TERMS) is True  # flagged, borrows nothing
    plan["tasks"][8]["description"] = "Baseline the scrap rate from the CMMS"
    assert m.mismatch_flagged(plan, gold, ORG_TERMS) is False  # borrows the org's system
    assert m.diagnose(plan, gold, org_terms=ORG_TERMS)["org_fit"]["borrowed"] == [
        "T9: CMMS",
        "T9: Scrap rate",
    ]
    for task in plan["tasks"]:
        task["title"] = task["description"] = "Plan from the deck alone"
    assert m.mismatch_flagged(plan, gold, ORG_TERMS) is True
    assert m.mismatch_flagged(plan, GOLD, ORG_TERMS) is False  # crying mismatch on a fit


def test_citation_support_uses_the_quote_then_the_org_chunk() -> None:
    plan = good_plan()
    for task in plan["tasks"]:
        for ref in task["context_refs"]:
            ref["quote"] = None
    assert m.citation_support(plan) == 0.0  # nothing to read: unsupported
    passages = {("operations.md", 0): "Key assets, sensors, vendors, failure data, PMO"}
    score = m.citation_support(plan, passages=passages)
    assert 0 < score < 1
    passages = {("operations.md", 0): " ".join(t[1] + " " + (t[9] or "") for t in TASKS)}
    assert m.citation_support(plan, passages=passages) == 1.0
    # Stems, not strings: "inspections" supports "inspection", "failures" supports "failure".
    assert m.content_stems("Inspections and failures") == m.content_stems("inspection failure")


def test_kpi_recall_reads_visions_and_original_text() -> None:
    plan = good_plan()
    _drop_a_kpi_vision(plan)
    assert m.kpi_recall(plan, GOLD) == 0.5
    assert m.diagnose(plan, GOLD)["missing_kpis"] == ["unplanned downtime"]
    plan["visions"][1]["original_text"] = "Unplanned downtime: 6% -> 4% by 2029"
    assert m.kpi_recall(plan, GOLD) == 1.0
    # A goal worded otherwise carries the KPI when the row that measures it is its measure.
    plan["visions"][1]["original_text"] = None
    plan["visions"][1]["measure"] = {"metric": "Unplanned stops", "target": "4%"}
    assert m.kpi_recall(plan, GOLD) == 0.5
    plan["visions"][1]["measure"]["metric"] = "Unplanned downtime, % of planned time"
    assert m.kpi_recall(plan, GOLD) == 1.0


def test_pdf_parity_pairs_visions_one_to_one_and_counts_kpis() -> None:
    pptx = [
        "Cut the QC miss rate from 3.2% to 1.0% by 2029",
        "Reduce unplanned downtime on key assets by 30% by 2029",
        "Order delivery cycle from 45 to 30 days",
        "Energy per tonne down 12% by 2029",
        "Scrap rate under 2% at every plant",
    ]
    assert m.pdf_parity(pptx, list(pptx), GOLD["kpis"]) == 1.0
    # Line breaks and bullets of a PDF export do not matter; a lost row does.
    pdf = ["• Cut the QC miss\nrate from 3.2% to 1.0% by 2029", *pptx[1:4]]
    assert m.pdf_parity(pptx, pdf) == pytest.approx(4 / 5)
    # Table fragments glued into one "vision" pair with one row at most.
    glued = ["Build Timeline Acceptance Criteria Data " + " ".join(pptx)]
    assert m.pdf_parity(pptx, glued, GOLD["kpis"]) < 0.3
    assert m.pdf_parity([], pdf) == 0.0
    assert m.pdf_parity([{"text": pptx[0]}], [{"text": "x", "original_text": pptx[0]}]) == 1.0


def test_parity_is_in_means_only_where_the_runner_measured_it() -> None:
    plan = good_plan()
    assert m.compute_metrics(plan, GOLD)["pdf_parity"] is None
    assert m.compute_metrics(plan, GOLD, parity=0.75)["pdf_parity"] == 0.75
    assert m.compute_metrics(plan, GOLD, twin_precision=0.5)["pdf_precision"] == 0.5
    no_twin = {k: v for k, v in GOLD.items() if k != "twin"}
    assert m.compute_metrics(plan, no_twin, parity=0.75)["pdf_parity"] is None
    assert m.compute_metrics(plan, no_twin, twin_precision=0.5)["pdf_precision"] is None


def test_pdf_precision_sees_what_parity_cannot() -> None:
    """A PDF that keeps every goal but also reads a running header and a chart's axis as
    goals has full parity and lower precision."""
    pdf = [
        {"id": "V1", "text": "Cut the QC miss rate from 3.2% to 1.0% by 2029"},
        {"id": "V2", "text": "Reduce unplanned downtime on key assets by 30% by 2029"},
    ]
    assert m.pdf_precision(pdf, GOLD) == 1.0
    assert m.pdf_parity([v["text"] for v in pdf], pdf) == 1.0
    junk = [
        *pdf,
        {"id": "V3", "text": "02 OPERATIONS I N S I G H T 07 / 38"},
        {"id": "V4", "text": "Output (t) Energy (MWh): 6000"},
    ]
    assert m.pdf_parity([v["text"] for v in pdf], junk) == 1.0
    assert m.pdf_precision(junk, GOLD) == 0.5


def test_metrics_do_not_mutate_their_inputs() -> None:
    plan, gold = good_plan(), copy.deepcopy(GOLD)
    before = copy.deepcopy(plan)
    m.compute_metrics(plan, gold, org_terms=ORG_TERMS)
    m.diagnose(plan, gold, org_terms=ORG_TERMS)
    assert plan == before and gold == GOLD
