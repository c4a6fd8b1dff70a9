"""Assemble plan.json from the workflow's state and check it against the contract."""

from __future__ import annotations

from agent.errors import PlanValidationError
from agent.planning.records import GapRecord, RaciRecord
from agent.state import PlanState
from schemas.context import OrgContext
from schemas.plan import Plan

# Planning fields a task carries through the workflow that the contract does not hold
# (the roadmap keeps the weeks; RACI keeps who is accountable; the pilot plan readies the pilot).
_INTERNAL = ("weeks", "accountable", "readies_pilot")


def org_of(state: PlanState) -> OrgContext:
    return state["org"]


def _valid_raci(
    rows: list[RaciRecord], warnings: list[str], gaps: list[GapRecord]
) -> list[RaciRecord]:
    """Rows repair could not make valid (a roster too thin for distinct R and A) are reported, not shipped."""
    kept = []
    for row in rows:
        letters = list(row["assignments"].values())
        if letters.count("A") == 1 and "R" in letters:
            kept.append(row)
        else:
            warnings.append(
                f"RACI row {row['item']} left out: the roster has no distinct roles to be Responsible and Accountable"
            )
    if len(kept) < len(rows):
        gaps.append(
            {
                "layer": "process_people",
                "text": "The roster names too few core roles to give every task a distinct Responsible and Accountable role.",
                "evidence": None,
                "kind": "owner",
            }
        )
    return kept


def assemble_plan(state: PlanState, engine_name: str, model: str | None) -> Plan:
    org = org_of(state)
    deck_plan = state.get("deck_plan")
    usage = state.get("usage") or {}
    warnings = list(dict.fromkeys(state.get("warnings", [])))  # keep order, drop repeats
    warnings += [f"unresolved: {v['message']}" for v in state.get("violations", [])]
    gaps = list(state.get("gaps", []))
    raci = _valid_raci(state.get("raci", []), warnings, gaps)
    data = {
        "schema_version": "1",
        "engine": {
            "name": engine_name,
            "model": model if engine_name == "llm" else None,
            "llm_calls": usage.get("llm_calls", 0),
            "prompt_tokens": usage.get("prompt_tokens", 0),
            "completion_tokens": usage.get("completion_tokens", 0),
            "cached_calls": usage.get("cached_calls", 0),
            "usage_unknown_calls": usage.get("unknown_usage_calls", 0),
            "estimated_prompt_tokens": usage.get("estimated_prompt_tokens", 0),
        },
        "sources": state.get("sources", []),
        "visions": state.get("visions", []),
        "scenarios": state.get("scenarios", []),
        "roles": [
            {"name": r.name, "team": r.team, "tier": r.tier, "source": r.source or None}
            for r in org.roles
        ],
        "tasks": [
            {k: v for k, v in t.items() if k not in _INTERNAL} for t in state.get("tasks", [])
        ],
        "raci": raci,
        "roadmap": state.get("roadmap", {}),
        "gaps": gaps,
        "warnings": warnings,
        "layer_notes": state.get("layer_notes", {}),
        "title": deck_plan.title if deck_plan else None,
        "organization": deck_plan.organization if deck_plan else None,
        "org_fit": state.get("org_fit"),
        "domain": state.get("domain"),
        "governance": [
            # the deck's own line, without the remit or cadence it was read with
            {"text": c.line or c.text, "source": c.source}
            for c in (deck_plan.governance if deck_plan else [])
        ],
    }
    try:
        return Plan.model_validate(data)
    except ValueError as exc:
        first = str(exc).splitlines()
        raise PlanValidationError(f"the plan breaks its contract: {' '.join(first[:3])}") from None
