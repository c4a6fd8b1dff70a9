"""Step 4: at most three scenarios (segment x context), ranked on customer and business impact."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.nodes._common import PlanState, RunContext, deck_of, metered, org_of, run_context
from schemas.plan import Scenario

MAX_SCENARIOS = 3


def choose_scenarios(state: PlanState, runtime: Runtime[RunContext]) -> PlanState:
    deck = deck_of(state)
    engine = run_context(runtime, state).engine
    visions = state.get("visions", [])
    with metered() as usage:
        drafts = engine.choose_scenarios(deck, visions, org_of(state)) if visions else []
    warnings = list(usage.warnings)
    if len(drafts) > MAX_SCENARIOS:
        warnings.append(
            f"{len(drafts)} scenarios proposed; kept the first {MAX_SCENARIOS} (focus beats boiling the ocean)"
        )
        drafts = drafts[:MAX_SCENARIOS]
    known = {v.id for v in visions}
    scenarios = []
    for i, d in enumerate(drafts, start=1):
        data = d.model_dump(mode="json")
        data["vision_ids"] = [x for x in data["vision_ids"] if x in known]
        scenarios.append(Scenario.model_validate({"id": f"S{i}", **data}))
    return {"scenarios": scenarios, "warnings": warnings, "usage": usage.as_update()}
