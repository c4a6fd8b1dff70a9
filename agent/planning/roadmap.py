"""Schedule tasks into horizon phases, in dependency order, in weeks."""

from __future__ import annotations

from typing import Any

from agent.planning.assemble import HORIZON_ORDER

DURATION_WEEKS = {"foundational": 6, "quick_win": 4, "aspirational": 8}
PILOT_WEEKS = 8
PHASE_NAMES = {
    "foundational": "Phase 1: Foundations (cannot be skipped)",
    "quick_win": "Phase 2: Quick wins (prove the model)",
    "aspirational": "Phase 3: Aspirational (keep the vision alive)",
}


def topological_order(tasks: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Return (order, ids left in a cycle). Ties keep the tasks' own order."""
    ids = [t["id"] for t in tasks]
    deps = {t["id"]: [d for d in t["depends_on"] if d in ids] for t in tasks}
    done: list[str] = []
    remaining = list(ids)
    while remaining:
        ready = [i for i in remaining if all(d in done for d in deps[i])]
        if not ready:
            return done, remaining
        done.append(ready[0])
        remaining.remove(ready[0])
    return done, []


def find_cycle(tasks: list[dict[str, Any]]) -> list[str]:
    return topological_order(tasks)[1]


def build_roadmap(tasks: list[dict[str, Any]]) -> dict[str, Any]:
    order, cyclic = topological_order(tasks)
    by_id = {t["id"]: t for t in tasks}
    weeks: dict[str, list[int]] = {}
    for tid in order + cyclic:
        task = by_id[tid]
        start = max((weeks[d][1] for d in task["depends_on"] if d in weeks), default=0)
        end = start + (PILOT_WEEKS if task.get("pilot") else DURATION_WEEKS[task["horizon"]])
        weeks[tid] = [start, end]
    phases = []
    for horizon in HORIZON_ORDER:
        ids = [t["id"] for t in tasks if t["horizon"] == horizon]
        if not ids:
            continue
        ids.sort(key=lambda i: (weeks[i][0], int(i[1:])))
        phases.append(
            {
                "name": PHASE_NAMES[horizon],
                "horizon": horizon,
                "start_week": min(weeks[i][0] for i in ids),
                "end_week": max(weeks[i][1] for i in ids),
                "task_ids": ids,
            }
        )
    return {"phases": phases, "task_weeks": weeks}
