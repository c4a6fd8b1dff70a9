"""The plan's semantic rules (beyond the schema), as data: each violation says whether repair can fix it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agent.engines.rules.method import BROAD
from agent.planning.assemble import HORIZON_ORDER, LAYER_ORDER
from agent.planning.roadmap import find_cycle
from schemas.context import OrgContext

_OBSERVABLE = re.compile(
    r"\b(is|are|has|have|shows?|lists?|published|signed|live|measured|reported|running|agreed|"
    r"documented|recorded|completed|in use|syncs?|reaches|exists?|chosen|presented|written|"
    r"available|above|below|falls|expired)\b",
    re.I,
)


@dataclass(frozen=True)
class Violation:
    code: str
    message: str
    item: str = ""
    repairable: bool = True


def check(state: dict[str, Any], org: OrgContext) -> list[Violation]:
    out: list[Violation] = []
    tasks: list[dict[str, Any]] = state.get("tasks", [])
    visions = state.get("visions", [])
    notes: dict[str, str] = state.get("layer_notes", {})
    roster = {r.name for r in org.roles}
    tiers = {r.name: r.tier for r in org.roles}
    ids = {t["id"] for t in tasks}
    vision_ids = {v["id"] for v in visions}

    if len(state.get("scenarios", [])) > 3:
        out.append(Violation("too_many_scenarios", "more than three scenarios"))
    for vision in visions:
        for layer in LAYER_ORDER:
            has = any(vision["id"] in t["vision_ids"] and t["layer"] == layer for t in tasks)
            if not has and f"{vision['id']}:{layer}" not in notes:
                out.append(
                    Violation(
                        "layer_uncovered",
                        f"{vision['id']} has no {layer} task and no reason why",
                        vision["id"],
                    )
                )
    for vision in visions:
        # A broad rollout starts as a contained pilot (one region, unit or line).
        broad = BROAD.search(vision["text"]) or any(
            r["code"] == "universal_scope" for r in vision["vagueness"]["reasons"]
        )
        piloted = any(t.get("pilot") and vision["id"] in t["vision_ids"] for t in tasks)
        if broad and not vision["vagueness"]["vague"] and not piloted:
            out.append(
                Violation(
                    "no_pilot",
                    f"{vision['id']} implies a broad rollout but proposes no pilot",
                    vision["id"],
                )
            )
    for task in tasks:
        tid = task["id"]
        if task["owner_role"] not in roster:
            out.append(
                Violation(
                    "unknown_owner", f"{tid} owner '{task['owner_role']}' is not in the roster", tid
                )
            )
        elif tiers.get(task["owner_role"]) == "extended":
            out.append(
                Violation(
                    "extended_owner",
                    f"{tid} is owned by extended-tier role '{task['owner_role']}'",
                    tid,
                )
            )
        if not task["vision_ids"] or not set(task["vision_ids"]) <= vision_ids:
            out.append(Violation("untraced_task", f"{tid} does not trace to a known vision", tid))
        if len(task["done_when"].split()) < 5 or not _OBSERVABLE.search(task["done_when"]):
            out.append(
                Violation(
                    "unobservable_done",
                    f"{tid} done_when is not observable: '{task['done_when']}'; its owner must restate it",
                    tid,
                    repairable=False,  # flagged, never decorated into something that reads checkable
                )
            )
        if not task.get("context_refs") and not (
            task.get("origin") == "deck" and task.get("source")
        ):
            out.append(Violation("no_context_ref", f"{tid} cites no org-context passage", tid))
        for dep in task["depends_on"]:
            if dep not in ids:
                out.append(Violation("missing_dependency", f"{tid} depends on unknown {dep}", tid))
            else:
                dep_task = next(t for t in tasks if t["id"] == dep)
                if HORIZON_ORDER.index(dep_task["horizon"]) > HORIZON_ORDER.index(task["horizon"]):
                    out.append(
                        Violation(
                            "horizon_inversion",
                            f"{tid} ({task['horizon']}) depends on {dep} ({dep_task['horizon']})",
                            tid,
                        )
                    )
    cycle = find_cycle(tasks)
    if cycle:
        out.append(
            Violation(
                "dependency_cycle", f"dependency cycle among {', '.join(cycle)}", ",".join(cycle)
            )
        )

    rows = {r["item"]: r["assignments"] for r in state.get("raci", [])}
    for task in tasks:
        if task["id"] not in rows:
            out.append(Violation("raci_missing", f"no RACI row for {task['id']}", task["id"]))
    for layer in LAYER_ORDER:
        if f"layer:{layer}" not in rows:
            out.append(Violation("raci_missing", f"no RACI row for layer:{layer}", layer))
    for item, assign in rows.items():
        letters = list(assign.values())
        if letters.count("A") != 1 or "R" not in letters:
            out.append(
                Violation(
                    "raci_invalid", f"RACI row {item} needs exactly one A and at least one R", item
                )
            )
        for name, letter in assign.items():
            if name not in roster:
                out.append(
                    Violation(
                        "raci_unknown_role",
                        f"RACI row {item} names '{name}', not in the roster",
                        item,
                    )
                )
            elif tiers.get(name) == "extended" and letter in ("R", "A"):
                out.append(
                    Violation(
                        "raci_extended",
                        f"RACI row {item}: extended-tier '{name}' holds {letter}",
                        item,
                    )
                )

    roadmap = state.get("roadmap", {})
    weeks = roadmap.get("task_weeks", {})
    placed = [tid for p in roadmap.get("phases", []) for tid in p["task_ids"]]
    if sorted(placed) != sorted(ids) and tasks:
        out.append(
            Violation("roadmap_incomplete", "roadmap phases do not hold every task exactly once")
        )
    horizons = [p["horizon"] for p in roadmap.get("phases", [])]
    if horizons != sorted(horizons, key=HORIZON_ORDER.index):
        out.append(
            Violation(
                "roadmap_order",
                "roadmap phases are not ordered foundational -> quick_win -> aspirational",
            )
        )
    for task in tasks:
        for dep in task["depends_on"]:
            if dep in weeks and task["id"] in weeks and weeks[dep][1] > weeks[task["id"]][0]:
                out.append(
                    Violation(
                        "roadmap_weeks",
                        f"{task['id']} starts before its dependency {dep} ends",
                        task["id"],
                    )
                )
    return out
