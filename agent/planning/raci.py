"""RACI for tasks and for the layers themselves.

Rules (DOMAIN.md): exactly one A and at least one R per row; names come from the
roster only; extended-tier roles are Consulted or Informed, never R or A.
"""

from __future__ import annotations

from typing import Any

from agent.knowledge import remit as owners
from agent.knowledge.remit import LAYER_KEYWORDS
from schemas.context import OrgContext, Role


def _core(org: OrgContext, name: str) -> Role | None:
    role = org.role(name)
    return role if role is not None and role.tier == "core" else None


def _accountable(org: OrgContext, layer: str, exclude: str) -> Role | None:
    lead = owners.layer_lead(org.roles, LAYER_KEYWORDS[layer])
    if lead is not None and lead.name != exclude:
        return lead
    sponsor = owners.executive_sponsor(org.roles)
    if sponsor is not None and sponsor.name != exclude and sponsor.tier == "core":
        return sponsor
    ranked = [
        r for _, r in owners.rank_roles(org.roles, LAYER_KEYWORDS[layer]) if r.name != exclude
    ]
    if ranked:
        return max(ranked, key=owners.seniority)
    core = [r for r in org.roles if r.tier == "core" and r.name != exclude]
    return max(core, key=owners.seniority) if core else None


def _add(assign: dict[str, str], name: str | None, letter: str, org: OrgContext) -> None:
    if not name or name in assign or org.role(name) is None:
        return
    role = org.role(name)
    if role is not None and role.tier == "extended" and letter in ("R", "A"):
        letter = "C"
    assign[role.name if role else name] = letter


def task_row(
    task: dict[str, Any], org: OrgContext, tasks_by_id: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    assign: dict[str, str] = {}
    owner = _core(org, task["owner_role"])
    acc = _accountable(org, task["layer"], owner.name if owner else "")
    if owner is not None:
        assign[owner.name] = "R"
    if acc is not None:
        assign[acc.name] = "A"
    if "R" not in assign.values():
        # The owner is not a core role; the next core role that fits the layer does the work.
        ranked = [
            r
            for _, r in owners.rank_roles(org.roles, LAYER_KEYWORDS[task["layer"]])
            if r.name not in assign
        ]
        if ranked:
            assign[ranked[0].name] = "R"
    for name in task.get("consulted", []):
        _add(assign, name, "C", org)
    sponsor = owners.executive_sponsor(org.roles)
    _add(assign, sponsor.name if sponsor else None, "I", org)
    for other in tasks_by_id.values():  # downstream owners need to know when this lands
        if task["id"] in other.get("depends_on", []):
            _add(assign, other["owner_role"], "I", org)
    return {"item": task["id"], "assignments": assign}


def layer_row(layer: str, tasks: list[dict[str, Any]], org: OrgContext) -> dict[str, Any]:
    assign: dict[str, str] = {}
    in_layer = [t for t in tasks if t["layer"] == layer]
    lead = owners.layer_lead(org.roles, LAYER_KEYWORDS[layer]) or _accountable(org, layer, "")
    if lead is not None:
        assign[lead.name] = "A"
    for task in in_layer:
        owner = _core(org, task["owner_role"])
        if owner is not None and owner.name not in assign:
            assign[owner.name] = "R"
    if "R" not in assign.values():
        ranked = [
            r
            for _, r in owners.rank_roles(org.roles, LAYER_KEYWORDS[layer])
            if r.name not in assign
        ]
        fallback = (
            ranked[0]
            if ranked
            else next((r for r in org.roles if r.tier == "core" and r.name not in assign), None)
        )
        if fallback is not None:
            assign[fallback.name] = "R"
    for task in in_layer:
        for name in task.get("consulted", []):
            _add(assign, name, "C", org)
    sponsor = owners.executive_sponsor(org.roles)
    _add(assign, sponsor.name if sponsor else None, "I", org)
    return {"item": f"layer:{layer}", "assignments": assign}


def build_raci(tasks: list[dict[str, Any]], org: OrgContext) -> list[dict[str, Any]]:
    by_id = {t["id"]: t for t in tasks}
    rows = [task_row(t, org, by_id) for t in tasks]
    rows += [layer_row(layer, tasks, org) for layer in LAYER_KEYWORDS]
    return rows
