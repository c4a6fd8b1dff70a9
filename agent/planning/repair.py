"""Deterministic repairs for the violations checks.py finds. What cannot be repaired is reported.

Each violation goes back to the rule that found it (``Rule.repair``, in agent/planning/checks.py),
in the order found; what a rule asks of the whole plan (tasks from the method, dropping tasks
that trace to nothing) happens once after that, in ``Repair.finish``.
"""

from __future__ import annotations

from collections.abc import Callable

from agent.engines.base import TaskDraft
from agent.engines.rules.method import decompose as method_decompose
from agent.knowledge.packs import foreign_terms
from agent.planning.checks import RULES, Rule, Violation
from agent.planning.commitments import planning_for
from agent.planning.raci import build_raci
from agent.planning.records import GapRecord, TaskRecord, deck_phases, task_fields
from agent.planning.roadmap import build_roadmap
from agent.state import PlanState
from schemas.context import OrgContext


class Repair:
    """The plan being repaired: copies of its tasks and gaps, the warnings the repairs write."""

    def __init__(self, state: PlanState, org: OrgContext) -> None:
        self.state = state
        self.org = org
        self.tasks = [t.copy() for t in state["tasks"]]
        self.gaps: list[GapRecord] = list(state.get("gaps", []))
        self.warnings: list[str] = []
        self.by_id = {t["id"]: t for t in self.tasks}
        self.missing_layers: dict[str, set[str]] = {}  # vision id -> layers to fill
        self.pilots: list[str] = []  # vision ids that need a pilot
        self.drop_untraced = False
        self.notes: dict[str, str] = dict(state.get("layer_notes", {}))

    def gap(self, layer: str, text: str, kind: str, evidence: str | None = None) -> None:
        if all(g["text"] != text for g in self.gaps):
            self.gaps.append({"layer": layer, "text": text, "evidence": evidence, "kind": kind})

    def finish(self) -> None:
        """Plan-wide repairs, in this order: fill from the method, then drop untraced tasks."""
        fills: dict[str, tuple[Callable[[TaskDraft], bool], str]] = {}
        for vid, missing in self.missing_layers.items():
            fills[vid] = (
                _in_layers(missing),
                f"the engine proposed nothing for {', '.join(sorted(missing))}",
            )
        for vid in self.pilots:
            fills[vid] = (_is_pilot, "a broad rollout had no pilot")
        if fills:
            self.tasks = _fill_from_method(self.state, self.org, self.tasks, fills, self.warnings)
        # A layer the method has nothing for either is said so, not left silent.
        for vid, missing in self.missing_layers.items():
            for layer in sorted(missing):
                if not any(vid in t["vision_ids"] and t["layer"] == layer for t in self.tasks):
                    self.notes[f"{vid}:{layer}"] = (
                        f"No {layer.replace('_', ' & ')} work of its own is linked to {vid}, and "
                        "the method has none to add: the shared tasks elsewhere in this plan "
                        "carry it."
                    )
        if self.drop_untraced:
            for t in self.tasks:
                if not t["vision_ids"]:
                    self.warnings.append(
                        f"{t['id']} ({t['title']}) removed: it traces to no vision in the deck"
                    )
            self.tasks = [t for t in self.tasks if t["vision_ids"]]
            ids = {t["id"] for t in self.tasks}
            for t in self.tasks:
                t["depends_on"] = [d for d in t["depends_on"] if d in ids]

    def result(self) -> PlanState:
        deck_plan = self.state.get("deck_plan")
        horizon = deck_plan.horizon_weeks if deck_plan is not None else None
        return {
            "tasks": self.tasks,
            "raci": build_raci(self.tasks, self.org),
            "roadmap": build_roadmap(self.tasks, deck_phases(deck_plan), horizon),
            "gaps": self.gaps,
            "warnings": self.warnings,
            "layer_notes": self.notes,
        }


def repair(
    state: PlanState,
    org: OrgContext,
    violations: list[Violation],
    rules: tuple[Rule, ...] = RULES,
) -> PlanState:
    """Return the updated tasks, raci, roadmap, gaps and warnings."""
    by_code: dict[str, Rule] = {}
    for rule in rules:
        for code in rule.codes:
            by_code.setdefault(code, rule)
    work = Repair(state, org)
    for violation in violations:
        found_by = by_code.get(violation.code)
        if found_by is not None:
            found_by.repair(violation, work)
    work.finish()
    return work.result()


def _in_layers(missing: set[str]) -> Callable[[TaskDraft], bool]:
    return lambda draft: str(draft.layer) in missing


def _is_pilot(draft: TaskDraft) -> bool:
    return draft.pilot or draft.key.startswith("rollout_")


def _fill_from_method(
    state: PlanState,
    org: OrgContext,
    tasks: list[TaskRecord],
    wanted: dict[str, tuple[Callable[[TaskDraft], bool], str]],
    warnings: list[str],
) -> list[TaskRecord]:
    """Add the method's tasks a vision is missing (``wanted``: vision id -> which, why)."""
    visions = {v.id: v for v in state.get("visions", [])}
    scenarios = state.get("scenarios", [])
    hits = state.get("hits", {})
    by_key = {t["key"]: t for t in tasks if t.get("key")}
    # (a state rebuilt from a saved plan.json does not know them: nothing to judge by)
    known = state.get("known_concepts")
    next_id = max((int(t["id"][1:]) for t in tasks), default=0) + 1
    pending: dict[str, list[str]] = {}  # a new task's id -> the keys it depends on
    for vid, (which, why) in wanted.items():
        vision = visions.get(vid)
        if vision is None:
            continue
        planning = planning_for(state, vid)
        for draft in method_decompose(
            vision, scenarios, org, hits.get(vid, []), planning=planning
        ).tasks:
            if not which(draft) or (
                known is not None
                and foreign_terms(
                    f"{draft.title} {draft.description} {draft.done_when}", set(known)
                )
            ):
                continue  # (a template word neither the deck nor the org uses stays out here too)
            if draft.key in by_key:
                existing = by_key[draft.key]
                if vid not in existing["vision_ids"]:
                    existing["vision_ids"].append(vid)
                continue
            data: TaskRecord = {
                **task_fields(draft),
                "id": f"T{next_id}",
                "vision_ids": [vid],
                "depends_on": [],
            }
            pending[data["id"]] = draft.depends_on
            next_id += 1
            tasks.append(data)
            by_key[draft.key] = data
        for t in tasks:
            if t["id"] in pending:
                t["depends_on"] = [
                    by_key[k]["id"]
                    for k in pending.pop(t["id"])
                    if k in by_key and by_key[k]["id"] != t["id"]
                ]
        warnings.append(f"{vid}: {why}; filled from the method (the deck left it out)")
    return tasks
