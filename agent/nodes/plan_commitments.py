"""Step 5b: the deck's own commitments as owned tasks, in its words, with their slides.

Engine-independent: whichever engine decomposes the visions, it fills only what these leave
out.
"""

from __future__ import annotations

from agent.nodes._common import PlanState, org_of
from agent.planning.commitments import commitment_tasks
from agent.planning.deck_plan import DeckPlan
from agent.planning.records import task_fields


def plan_commitments(state: PlanState) -> PlanState:
    plan = state.get("deck_plan") or DeckPlan()
    visions = state.get("visions", [])
    if not visions:
        return {"deck_tasks": []}
    scenarios = state.get("scenarios", [])
    tasks = commitment_tasks(plan, visions, scenarios, org_of(state))
    return {"deck_tasks": [task_fields(t) for t in tasks]}
