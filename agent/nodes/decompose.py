"""Step 6: cut one vision along the four layers (one parallel branch per vision, via Send)."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.guard import MAX_TASKS_PER_VISION, capped
from agent.nodes._common import PlanState, RunContext, metered, run_context
from agent.state import DecomposeInput


def decompose(branch: DecomposeInput, runtime: Runtime[RunContext]) -> PlanState:
    engine = run_context(runtime, PlanState()).engine
    vision = branch["vision"]
    with metered() as usage:
        result = engine.decompose(
            vision, branch["scenarios"], branch["org"], branch["hits"], branch["planning"]
        )
    warnings = list(usage.warnings)
    if len(result.tasks) > MAX_TASKS_PER_VISION:  # the same cap whatever the engine
        warnings.append(
            f"{vision.id}: {len(result.tasks)} tasks proposed; kept {MAX_TASKS_PER_VISION} across the layers"
        )
        result = result.model_copy(update={"tasks": capped(result.tasks, lambda t: str(t.layer))})
    return {
        "drafts": [{"vision_id": vision.id, "decomposition": result.model_dump(mode="json")}],
        "usage": usage.as_update(),
        "warnings": warnings,
    }
