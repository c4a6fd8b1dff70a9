"""Step 10: assemble plan.json from the state, validate it against the contract, write every output."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig

from agent.errors import PlanValidationError
from agent.nodes._common import org_of, plan_config
from schemas.plan import Plan


def assemble_plan(state: dict[str, Any], engine_name: str, model: str | None) -> Plan:
    org = org_of(state)
    usage = state.get("usage") or {}
    warnings = list(dict.fromkeys(state.get("warnings", [])))  # keep order, drop repeats
    warnings += [f"unresolved: {v['message']}" for v in state.get("violations", [])]
    data = {
        "schema_version": "1",
        "engine": {
            "name": engine_name,
            "model": model if engine_name == "llm" else None,
            "llm_calls": usage.get("llm_calls", 0),
            "prompt_tokens": usage.get("prompt_tokens", 0),
            "completion_tokens": usage.get("completion_tokens", 0),
            "cached_calls": usage.get("cached_calls", 0),
        },
        "sources": state.get("sources", []),
        "visions": [
            {
                k: v[k]
                for k in (
                    "id",
                    "text",
                    "source",
                    "vagueness",
                    "original_text",
                    "answers",
                    "evidence",
                )
                if k in v
            }
            for v in state.get("visions", [])
        ],
        "scenarios": state.get("scenarios", []),
        "roles": [
            {"name": r.name, "team": r.team, "tier": r.tier, "source": r.source or None}
            for r in org.roles
        ],
        "tasks": state.get("tasks", []),
        "raci": state.get("raci", []),
        "roadmap": state.get("roadmap", {}),
        "gaps": state.get("gaps", []),
        "warnings": warnings,
        "layer_notes": state.get("layer_notes", {}),
    }
    try:
        return Plan.model_validate(data)
    except ValueError as exc:
        first = str(exc).splitlines()
        raise PlanValidationError(f"the plan breaks its contract: {' '.join(first[:3])}") from None


def render(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
    from agent.render import render_plan

    cfg = plan_config(state, config)
    plan = assemble_plan(state, cfg.resolved_engine(), cfg.model)
    paths = render_plan(plan, state["out_dir"], org_roles=org_of(state).roles)
    return {"plan": plan.model_dump(mode="json"), "outputs": [str(p) for p in paths]}
