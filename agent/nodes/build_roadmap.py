"""Step 8: order tasks by dependency into phases, in weeks: the deck's own phases and horizon
when it sets them, else foundational -> quick-win -> aspirational."""

from __future__ import annotations

from agent.planning.records import deck_phases
from agent.planning.roadmap import build_roadmap as schedule
from agent.state import PlanState


def build_roadmap(state: PlanState) -> PlanState:
    tasks = [t.copy() for t in state.get("tasks", [])]
    deck_plan = state.get("deck_plan")
    horizon = deck_plan.horizon_weeks if deck_plan is not None else None
    roadmap = schedule(tasks, deck_phases(deck_plan), horizon)
    return {"roadmap": roadmap, "tasks": tasks}
