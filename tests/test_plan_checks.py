"""The plan's rule registry (agent/planning/checks.py): each rule finds what it names on a small
plan broken on purpose, and its repair fixes it where it can. A new rule adds a case here."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from agent.planning.checks import RULES, PlanFacts, Rule, Violation, check
from agent.planning.repair import repair
from schemas.context import OrgContext, Role
from schemas.plan import Scenario, Vision

LAYERS = ("experience", "process_people", "tech_data", "governance_measurement")
ORG = OrgContext(
    root="org",
    roles=[
        Role(name="Head of CRM", team="Marketing", responsibilities=["lifecycle journeys"]),
        Role(name="Data Lead", team="Data", responsibilities=["customer data platform"]),
        Role(name="Privacy Officer", tier="extended", source="roster.csv"),
    ],
)


def scenario(n: int) -> Scenario:
    return Scenario(
        id=f"S{n}",
        name=f"Scenario {n}",
        segment="lapsed buyers",
        context="email, mobile",
        customer_impact="high",
        business_impact="medium",
        vision_ids=["V1"],
    )


def clean_plan() -> dict[str, Any]:
    """One measurable vision, a task per layer, a RACI row per task and layer, one phase."""
    tasks = [
        {
            "id": f"T{i}",
            "title": f"Set up the {layer} work",
            "layer": layer,
            "owner_role": "Head of CRM" if i % 2 else "Data Lead",
            "horizon": "foundational",
            "vision_ids": ["V1"],
            "depends_on": [],
            "done_when": "The weekly repeat-rate report is published to the team",
            "context_refs": [{"doc": "roster.csv", "chunk": 0, "quote": "Head of CRM"}],
        }
        for i, layer in enumerate(LAYERS, start=1)
    ]
    rows = [t["id"] for t in tasks] + [f"layer:{layer}" for layer in LAYERS]
    return {
        "visions": [
            Vision.model_validate(
                {
                    "id": "V1",
                    "text": "Raise the 90-day repeat rate from 18% to 25% by Q4 2026",
                    "source": {"file": "deck.pptx", "slide": 2},
                    "vagueness": {"vague": False, "score": 0.1, "reasons": []},
                }
            )
        ],
        "scenarios": [scenario(1)],
        "tasks": tasks,
        "raci": [{"item": r, "assignments": {"Head of CRM": "A", "Data Lead": "R"}} for r in rows],
        "roadmap": {
            "phases": [
                {"horizon": "foundational", "task_ids": [t["id"] for t in tasks]},
            ],
            "task_weeks": {t["id"]: [0, 6] for t in tasks},
        },
        "layer_notes": {},
        "gaps": [],
    }


def task(state: dict[str, Any], tid: str) -> dict[str, Any]:
    return next(t for t in state["tasks"] if t["id"] == tid)


def _cycle(s: dict[str, Any]) -> None:
    task(s, "T1")["depends_on"] = ["T2"]
    task(s, "T2")["depends_on"] = ["T1"]


def _inversion(s: dict[str, Any]) -> None:
    task(s, "T2")["horizon"] = "aspirational"
    task(s, "T1")["depends_on"] = ["T2"]


def _late_start(s: dict[str, Any]) -> None:
    task(s, "T1")["depends_on"] = ["T2"]
    s["roadmap"]["task_weeks"]["T1"] = [2, 6]


def _four_scenarios(s: dict[str, Any]) -> None:
    s["scenarios"] = [scenario(i) for i in range(1, 5)]


def _no_experience(s: dict[str, Any]) -> None:
    s["tasks"] = [t for t in s["tasks"] if t["layer"] != "experience"]
    s["raci"] = [r for r in s["raci"] if r["item"] != "T1"]
    s["roadmap"]["phases"][0]["task_ids"].remove("T1")


def _broad(s: dict[str, Any]) -> None:
    s["visions"][0].text = "Roll out the repeat-purchase program in every region by 2026"


def _set(tid: str, **fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda s: task(s, tid).update(fields)


def _raci(item: str, assignments: dict[str, str]) -> Callable[[dict[str, Any]], None]:
    def change(s: dict[str, Any]) -> None:
        next(r for r in s["raci"] if r["item"] == item)["assignments"] = assignments

    return change


# code -> (how to break the clean plan, the violation's item, whether repair() fixes it here)
CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, bool]] = {
    "too_many_scenarios": (_four_scenarios, "", False),
    "layer_uncovered": (_no_experience, "V1", False),  # filled from the method: test_plan_rules
    "no_pilot": (_broad, "V1", False),  # filled from the method: test_plan_rules
    "unknown_owner": (_set("T1", owner_role="Chief Vibes Officer"), "T1", True),
    "extended_owner": (_set("T1", owner_role="Privacy Officer", title="Data consent"), "T1", True),
    "untraced_task": (_set("T3", vision_ids=["V1", "V9"]), "T3", True),
    "unobservable_done": (_set("T2", done_when="improve things"), "T2", False),
    "no_context_ref": (_set("T4", context_refs=[]), "T4", True),
    "missing_dependency": (_set("T1", depends_on=["T99"]), "T1", True),
    "horizon_inversion": (_inversion, "T1", True),
    "dependency_cycle": (_cycle, "T1,T2", True),
    "raci_missing": (lambda s: s["raci"].pop(0), "T1", True),
    "raci_invalid": (_raci("T1", {"Head of CRM": "R"}), "T1", True),
    "raci_unknown_role": (_raci("T1", {"Head of CRM": "A", "Nobody": "R"}), "T1", True),
    "raci_extended": (_raci("T1", {"Head of CRM": "A", "Privacy Officer": "R"}), "T1", True),
    "roadmap_incomplete": (lambda s: s["roadmap"]["phases"][0]["task_ids"].pop(), "", True),
    "roadmap_order": (
        lambda s: s["roadmap"]["phases"].insert(0, {"horizon": "aspirational", "task_ids": []}),
        "",
        True,
    ),
    "roadmap_weeks": (_late_start, "T1", True),
}


def test_the_clean_plan_breaks_no_rule() -> None:
    assert check(clean_plan(), ORG) == []


def test_every_code_has_one_rule_and_a_case_here() -> None:
    codes = [code for rule in RULES for code in rule.codes]
    assert len(codes) == len(set(codes)), "two rules report the same code"
    assert set(codes) == set(CASES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_rule_finds_its_violation_and_repairs_it(code: str) -> None:
    breaks, item, repaired = CASES[code]
    state = clean_plan()
    breaks(state)
    found = check(state, ORG)
    mine = [v for v in found if v.code == code]
    assert mine and mine[0].item == item, found
    rule = next(r for r in RULES if code in r.codes)
    assert [v for v in rule.check(_facts(state)) if v.code == code] == mine  # on its own too
    if repaired:
        state.update(repair(copy.deepcopy(state), ORG, found))
        assert not [v for v in check(state, ORG) if v.code == code]


def _facts(state: dict[str, Any]) -> PlanFacts:
    return PlanFacts(state, ORG)


def test_a_tasks_violations_stay_together_in_rule_order() -> None:
    state = clean_plan()
    task(state, "T1").update(owner_role="Nobody", done_when="tbd", depends_on=["T99"])
    task(state, "T2").update(owner_role="Nobody")
    codes = [(v.item, v.code) for v in check(state, ORG) if v.item in ("T1", "T2")]
    assert codes[:4] == [
        ("T1", "unknown_owner"),
        ("T1", "unobservable_done"),
        ("T1", "missing_dependency"),
        ("T2", "unknown_owner"),
    ]


def test_unrepairable_violations_say_so_and_repair_leaves_them() -> None:
    state = clean_plan()
    task(state, "T2")["done_when"] = "improve things"
    found = check(state, ORG)
    assert [v.repairable for v in found] == [False]
    state.update(repair(state, ORG, found))
    assert task(state, "T2")["done_when"] == "improve things"  # flagged, never decorated


def test_a_new_rule_is_one_object() -> None:
    class NoEmptyTitle(Rule):
        codes = ("empty_title",)

        def check(self, plan: Any) -> Any:
            for t in plan.tasks:
                if not t["title"].strip():
                    yield Violation("empty_title", f"{t['id']} has no title", t["id"])

        def repair(self, violation: Violation, work: Any) -> None:
            work.by_id[violation.item]["title"] = "Untitled task"

    rules = (*RULES, NoEmptyTitle())
    state = clean_plan()
    task(state, "T3")["title"] = " "
    found = check(state, ORG, rules)
    assert [v.code for v in found] == ["empty_title"]
    assert task({"tasks": repair(state, ORG, found, rules)["tasks"]}, "T3")["title"] == (
        "Untitled task"
    )


def test_two_separate_cycles_are_both_found_and_both_broken() -> None:
    state = clean_plan()
    task(state, "T1")["depends_on"], task(state, "T2")["depends_on"] = ["T2"], ["T1"]
    task(state, "T3")["depends_on"], task(state, "T4")["depends_on"] = ["T4"], ["T3"]
    found = [v for v in check(state, ORG) if v.code == "dependency_cycle"]
    assert [v.item for v in found] == ["T1,T2,T3,T4"]
    state.update(repair(copy.deepcopy(state), ORG, found))
    assert not [v for v in check(state, ORG) if v.code == "dependency_cycle"]
    assert sum("to break a cycle" in w for w in state["warnings"]) == 2


def test_a_task_owned_by_a_role_still_to_be_named_traces_to_its_slide_not_to_the_method() -> None:
    # Another business's org folder: the method names placeholder owners, no org file backs them,
    # so the task cites its vision's slide, never a "method" document no one can open.
    org = OrgContext(
        root="org",
        roles=[Role(name="Programme lead (to be named)", source="method", responsibilities=["x"])],
    )
    state = clean_plan()
    task(state, "T4").update(owner_role="Programme lead (to be named)", context_refs=[])
    found = [v for v in check(state, org) if v.code == "no_context_ref"]
    assert [v.item for v in found] == ["T4"]
    state.update(repair(copy.deepcopy(state), org, found))
    repaired = task(state, "T4")
    assert repaired["context_refs"] == []
    assert repaired["source"]["slide"] == 2
    assert not [v for v in check(state, org) if v.code == "no_context_ref"]


def test_a_layer_the_method_cannot_fill_either_gets_a_note_not_silence() -> None:
    state = clean_plan()
    _no_experience(state)
    found = [v for v in check(state, ORG) if v.code == "layer_uncovered"]
    assert found
    state.update(repair(copy.deepcopy(state), ORG, found))
    filled = any(t["layer"] == "experience" and "V1" in t["vision_ids"] for t in state["tasks"])
    assert filled or "the method has none to add" in state["layer_notes"].get("V1:experience", "")
    assert not [v for v in check(state, ORG) if v.code == "layer_uncovered"]


def test_a_done_when_that_states_a_threshold_is_observable() -> None:
    """ "Acceptance met: presses reporting live data >=65%" can be checked; "Acceptance met:
    better data everywhere" cannot."""
    for done, flagged in (
        ("Acceptance met: Presses reporting live data >=65%.", False),
        ("Acceptance met: pick accuracy at least 99.5% on the pilot lines.", False),
        ("Acceptance met: better data for everyone everywhere.", True),
    ):
        state = clean_plan()
        state["tasks"][0]["done_when"] = done
        codes = {v.code for v in check(state, ORG) if v.item == "T1"}
        assert ("unobservable_done" in codes) is flagged, (done, codes)
