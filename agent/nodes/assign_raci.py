"""Step 7: merge the deck's own tasks and the engines' drafts into numbered tasks, raise the
gaps the organization states (each blocking the tasks it touches), and build RACI rows for
tasks and layers."""

from __future__ import annotations

from agent.nodes._common import PlanState, org_of
from agent.planning.assemble import link_gaps, merge, org_gaps
from agent.planning.consultations import consultation_tasks
from agent.planning.raci import build_raci
from agent.planning.records import deck_phases, source_record


def assign_raci(state: PlanState) -> PlanState:
    org = org_of(state)
    order = [v.id for v in state.get("visions", [])]
    tasks, gaps, notes, warnings = merge(
        state.get("drafts", []),
        order,
        org,
        deck_tasks=state.get("deck_tasks", []),
        phases=deck_phases(state.get("deck_plan")),
        known_concepts=state.get("known_concepts"),
    )
    sources = {v.id: source_record(v.source) for v in state.get("visions", [])}
    for task in tasks:
        if not task["context_refs"] and not task.get("source") and task["vision_ids"]:
            # Nothing in the org's files backs it: it traces to its goal's slide instead.
            task["source"] = sources.get(task["vision_ids"][0])
    deck_plan = state.get("deck_plan")
    gaps += org_gaps(tasks, org, gaps, deck_plan.window() if deck_plan else None)
    link_gaps(tasks, gaps, org)
    tasks += consultation_tasks(tasks, gaps, org)  # what unblocks a gap that names a body
    return {
        "tasks": tasks,
        "gaps": gaps,
        "layer_notes": notes,
        "raci": build_raci(tasks, org),
        "warnings": warnings,
    }
