"""Step 7: merge the per-vision drafts into numbered tasks and build RACI rows for tasks and layers."""

from __future__ import annotations

from typing import Any

from agent.nodes._common import org_of
from agent.planning.assemble import absence_gaps, merge
from agent.planning.raci import build_raci


def assign_raci(state: dict[str, Any]) -> dict[str, Any]:
    org = org_of(state)
    order = [v["id"] for v in state.get("visions", [])]
    tasks, gaps, notes, warnings = merge(state.get("drafts", []), order, org)
    gaps += absence_gaps(tasks, org, gaps)
    return {
        "tasks": tasks,
        "gaps": gaps,
        "layer_notes": notes,
        "raci": build_raci(tasks, org),
        "warnings": warnings,
    }
