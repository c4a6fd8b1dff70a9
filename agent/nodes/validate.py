"""Step 9: check the plan's semantic rules; route to a bounded repair loop or on to render."""

from __future__ import annotations

from typing import Literal

from langgraph.runtime import Runtime

from agent.nodes._common import PlanState, RunContext, org_of, run_context
from agent.planning.checks import check


def validate(state: PlanState) -> PlanState:
    found = check(state, org_of(state))
    return {
        "violations": [
            {"code": v.code, "message": v.message, "item": v.item, "repairable": v.repairable}
            for v in found
        ]
    }


def route_after_validate(
    state: PlanState, runtime: Runtime[RunContext]
) -> Literal["repair", "render"]:
    repairable = [v for v in state.get("violations", []) if v["repairable"]]
    if repairable and state.get("repairs", 0) < run_context(runtime, state).config.max_repairs:
        return "repair"
    return "render"
