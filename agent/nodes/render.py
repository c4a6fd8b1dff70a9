"""Step 10: assemble plan.json from the state, validate it against the contract, write every output."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.nodes._common import PlanState, RunContext, org_of, run_context
from agent.planning.plan import assemble_plan


def render(state: PlanState, runtime: Runtime[RunContext]) -> PlanState:
    from agent.render import render_plan

    engine = run_context(runtime, state).engine.info()  # the model actually asked, not the setting
    plan = assemble_plan(state, engine.name, engine.model)
    paths = render_plan(plan, state["out_dir"], org_roles=org_of(state).roles)
    return {"plan": plan, "outputs": [str(p) for p in paths]}
