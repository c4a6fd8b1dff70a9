"""Deterministic repairs for the violations checks.py finds. What cannot be repaired is reported."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agent.engines.base import PlanningContext, TaskDraft
from agent.engines.rules.method import decompose as method_decompose
from agent.knowledge import remit as owners
from agent.planning.assemble import HORIZON_ORDER
from agent.planning.checks import Violation
from agent.planning.commitments import planning_for
from agent.planning.raci import build_raci
from agent.planning.roadmap import build_roadmap, topological_order
from schemas.context import ContextHit, OrgContext
from schemas.plan import Scenario, Vision


def _roster_ref(org: OrgContext, name: str) -> dict[str, Any] | None:
    role = org.role(name)
    if role is None or role.source == "deck":
        return None  # a role the deck names: the task traces to its slide instead
    duties = "; ".join(role.responsibilities) or (role.team or "listed in the roster")
    return {"doc": role.source or "roster", "chunk": None, "quote": f"{role.name}: {duties}"[:220]}


def repair(state: dict[str, Any], org: OrgContext, violations: list[Violation]) -> dict[str, Any]:
    """Return the updated tasks, raci, roadmap, gaps and warnings."""
    tasks = [dict(t) for t in state["tasks"]]
    gaps = list(state.get("gaps", []))
    warnings: list[str] = []
    by_id = {t["id"]: t for t in tasks}
    codes = {v.code for v in violations}

    def gap(layer: str, text: str, kind: str, evidence: str | None = None) -> None:
        if all(g["text"] != text for g in gaps):
            gaps.append({"layer": layer, "text": text, "evidence": evidence, "kind": kind})

    for v in violations:
        task = by_id.get(v.item)
        if v.code == "unknown_owner" and task is not None:
            wanted = task["owner_role"]
            role = owners.best_role(
                org.roles, [*wanted.lower().split(), *task["title"].lower().split()[:6]]
            )
            role = role or owners.best_role(
                org.roles, [task["layer"].replace("_", " ")], min_score=0.01
            )
            role = role or next((r for r in org.roles if r.tier == "core"), None)
            if role is not None:
                task["owner_role"] = role.name
                gap(
                    task["layer"],
                    f"The role '{wanted}' proposed for {task['id']} ({task['title']}) does not exist in the roster; "
                    f"assigned to {role.name} until the organization names one.",
                    "role",
                )
        elif v.code == "extended_owner" and task is not None:
            ext = task["owner_role"]
            role = owners.best_role(org.roles, task["title"].lower().split()[:8])
            if role is not None:
                task["owner_role"] = role.name
                task["consulted"] = [ext, *[c for c in task.get("consulted", []) if c != ext]]
                warnings.append(
                    f"{task['id']}: extended-tier '{ext}' moved to Consulted; {role.name} owns it"
                )
        elif v.code == "untraced_task" and task is not None:
            known = {x["id"] for x in state.get("visions", [])}
            task["vision_ids"] = [x for x in task["vision_ids"] if x in known]
        elif v.code == "no_context_ref" and task is not None:
            ref = _roster_ref(org, task["owner_role"])
            if ref:
                task["context_refs"] = [ref]
            elif task["vision_ids"]:
                sources = {x["id"]: x["source"] for x in state.get("visions", [])}
                task["source"] = sources.get(task["vision_ids"][0])
        elif v.code == "missing_dependency" and task is not None:
            task["depends_on"] = [d for d in task["depends_on"] if d in by_id]
            warnings.append(f"{task['id']}: dropped dependencies on tasks that do not exist")
        elif v.code == "horizon_inversion" and task is not None:
            for dep in task["depends_on"]:
                d = by_id.get(dep)
                if d and HORIZON_ORDER.index(d["horizon"]) > HORIZON_ORDER.index(task["horizon"]):
                    warnings.append(
                        f"{dep} moved to {task['horizon']}: {task['id']} cannot start without it"
                    )
                    d["horizon"] = task["horizon"]

    if "dependency_cycle" in codes:
        _, cyclic = topological_order(tasks)
        while cyclic:
            last = by_id[cyclic[-1]]
            cut = [d for d in last["depends_on"] if d in cyclic]
            last["depends_on"] = [d for d in last["depends_on"] if d not in cut[:1]]
            warnings.append(f"{last['id']}: removed dependency on {cut[0]} to break a cycle")
            _, cyclic = topological_order(tasks)

    fills: dict[str, tuple[Callable[[TaskDraft], bool], str]] = {}
    layers: dict[str, set[str]] = {}
    for v in violations:
        if v.code == "layer_uncovered":
            layers.setdefault(v.item, set()).add(v.message.split(" has no ")[1].split(" task")[0])
    for vid, missing in layers.items():
        fills[vid] = (
            _in_layers(missing),
            f"the engine proposed nothing for {', '.join(sorted(missing))}",
        )
    for v in violations:
        if v.code == "no_pilot":
            fills[v.item] = (_is_pilot, "a broad rollout had no pilot")
    if fills:
        tasks = _fill_from_playbook(state, org, tasks, fills, warnings)

    if "untraced_task" in codes:
        kept = [t for t in tasks if t["vision_ids"]]
        for t in tasks:
            if not t["vision_ids"]:
                warnings.append(
                    f"{t['id']} ({t['title']}) removed: it traces to no vision in the deck"
                )
        tasks = kept
        ids = {t["id"] for t in tasks}
        for t in tasks:
            t["depends_on"] = [d for d in t["depends_on"] if d in ids]

    return {
        "tasks": tasks,
        "raci": build_raci(tasks, org),
        "roadmap": build_roadmap(
            tasks,
            (state.get("deck_plan") or {}).get("phases"),
            (state.get("deck_plan") or {}).get("horizon_weeks"),
        ),
        "gaps": gaps,
        "warnings": warnings,
    }


def _in_layers(missing: set[str]) -> Callable[[TaskDraft], bool]:
    return lambda draft: str(draft.layer) in missing


def _is_pilot(draft: TaskDraft) -> bool:
    return draft.pilot or draft.key.startswith("rollout_")


def _fill_from_playbook(
    state: dict[str, Any],
    org: OrgContext,
    tasks: list[dict[str, Any]],
    wanted: dict[str, tuple[Callable[[TaskDraft], bool], str]],
    warnings: list[str],
) -> list[dict[str, Any]]:
    """Add the rules playbook's tasks a vision is missing (``wanted``: vision id -> which, why)."""
    visions = {v["id"]: Vision.model_validate(v) for v in state.get("visions", [])}
    scenarios = [Scenario.model_validate(s) for s in state.get("scenarios", [])]
    hits = state.get("hits", {})
    by_key = {t.get("key"): t for t in tasks if t.get("key")}
    next_id = max((int(t["id"][1:]) for t in tasks), default=0) + 1
    for vid, (which, why) in wanted.items():
        vision = visions.get(vid)
        if vision is None:
            continue
        vision_hits = [ContextHit.model_validate(h) for h in hits.get(vid, [])]
        planning = PlanningContext.model_validate(planning_for(state, vid))
        for draft in method_decompose(vision, scenarios, org, vision_hits, planning=planning).tasks:
            if not which(draft):
                continue
            if draft.key in by_key:
                existing = by_key[draft.key]
                if vid not in existing["vision_ids"]:
                    existing["vision_ids"].append(vid)
                continue
            data = draft.model_dump()
            data.update(id=f"T{next_id}", vision_ids=[vid], depends_on=[], _deps=draft.depends_on)
            next_id += 1
            tasks.append(data)
            by_key[draft.key] = data
        for t in tasks:
            if "_deps" in t:
                t["depends_on"] = [
                    by_key[k]["id"]
                    for k in t.pop("_deps")
                    if k in by_key and by_key[k]["id"] != t["id"]
                ]
        warnings.append(f"{vid}: {why}; filled from the playbook")
    return tasks
