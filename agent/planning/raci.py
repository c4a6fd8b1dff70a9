"""RACI for tasks and for the layers themselves.

Rules (DOMAIN.md): exactly one A and at least one R per row; names come from the
roster only; extended-tier roles are Consulted or Informed, never R or A.
"""

from __future__ import annotations

from agent.knowledge import remit as owners
from agent.knowledge.remit import LAYER_KEYWORDS
from agent.planning.records import RaciRecord, TaskRecord
from schemas.context import OrgContext, Role


def _core(org: OrgContext, name: str) -> Role | None:
    role = org.role(name)
    return role if role is not None and role.tier == "core" else None


def _accountable(org: OrgContext, layer: str, exclude: str) -> Role | None:
    """The layer row's Accountable: its lead, else the sponsor, else the most senior fit."""
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


def _candidates(task: TaskRecord, org: OrgContext, owner: Role | None) -> list[Role]:
    """Who may be Accountable for a task, best first: the chair for a decision the deck puts to
    its governance; else the owner's line manager; else the layer's lead; else the sponsor;
    else any more senior core role."""
    out: list[Role] = []

    def add(role: Role | None) -> None:
        if role is None or role.tier != "core" or (owner is not None and role.name == owner.name):
            return
        if all(r.name != role.name for r in out):
            out.append(role)

    accountable = task.get("accountable")
    if accountable:
        add(org.role(accountable))
    if owner is not None and owner.reports_to:
        add(org.role(owner.reports_to))
    add(owners.layer_lead(org.roles, LAYER_KEYWORDS[task["layer"]]))
    add(owners.decision_maker(org.roles, org.remits))
    add(owners.executive_sponsor(org.roles))
    add(owners.programme_owner(org.roles, org.remits))  # answers for the programme's measures
    ranked = owners.rank_roles(org.roles, LAYER_KEYWORDS[task["layer"]])
    for _, role in sorted(ranked, key=lambda sr: (-owners.seniority(sr[1]), -sr[0])):
        add(role)
    for role in sorted(org.roles, key=lambda r: -owners.seniority(r)):
        add(role)
    if owner is None or accountable:
        return out
    # Nobody answers for the work of someone more senior: a manager is not Accountable over a
    # head of function (stable: the order above holds among the rest).
    rank = owners.seniority(owner)
    return sorted(out, key=lambda r: owners.seniority(r) < rank)


def task_row(
    task: TaskRecord,
    org: OrgContext,
    tasks_by_id: dict[str, TaskRecord],
    accountable: Role | None = None,
    dependents: dict[str, list[TaskRecord]] | None = None,
) -> RaciRecord:
    assign: dict[str, str] = {}
    owner = _core(org, task["owner_role"])
    acc = accountable or next(iter(_candidates(task, org, owner)), None)
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
        if not ranked:
            # no core role's remit speaks of the layer: the programme runs the work, else the
            # most hands-on core role free of the row
            lead = owners.programme_lead(org.roles, org.remits)
            ranked = [lead] if lead is not None and lead.name not in assign else []
            ranked = ranked or sorted(
                (r for r in org.roles if r.tier == "core" and r.name not in assign),
                key=owners.seniority,
            )
        if ranked:
            assign[ranked[0].name] = "R"
        # the extended-tier role that does the work is consulted on the row
        _add(assign, task["owner_role"], "C", org)
    for name in task.get("consulted", []):
        _add(assign, name, "C", org)
    sponsor = owners.executive_sponsor(org.roles)
    _add(assign, sponsor.name if sponsor else None, "I", org)
    if dependents is None:
        dependents = _dependents(tasks_by_id)
    for other in dependents.get(task["id"], []):  # downstream owners need to know when this lands
        _add(assign, other["owner_role"], "I", org)
    return {"item": task["id"], "assignments": assign}


def _dependents(tasks_by_id: dict[str, TaskRecord]) -> dict[str, list[TaskRecord]]:
    """Task id -> the tasks that depend on it, in task order (one pass, not one per task)."""
    out: dict[str, list[TaskRecord]] = {}
    for other in tasks_by_id.values():
        for dep in dict.fromkeys(other.get("depends_on", [])):
            out.setdefault(dep, []).append(other)
    return out


def share_cap(tasks: int, core_roles: int) -> int:
    """No role Accountable for more than about a third of the tasks, unless the roster is too
    small to spread them (DOMAIN.md: one accountable owner per goal, not one for everything)."""
    if core_roles <= 2:
        return tasks
    return max(1, -(-tasks // 3))


def accountables(tasks: list[TaskRecord], org: OrgContext) -> dict[str, Role | None]:
    """The Accountable role per task: each task's best candidate, then the busiest roles hand
    their least specific rows to the next candidate until none holds more than the cap.
    Decisions the deck puts to its governance stay with the chair."""
    core = [r for r in org.roles if r.tier == "core"]
    cap = share_cap(len(tasks), len(core))
    # The candidates depend only on the task's layer, owner and stated accountable: work them
    # out once per combination (a long deck has thousands of tasks and a few dozen of those).
    memo: dict[tuple[str | None, str, str], list[Role]] = {}
    options: dict[str, list[Role]] = {}
    for t in tasks:
        key = (t.get("accountable"), t["owner_role"], t["layer"])
        if key not in memo:
            memo[key] = _candidates(t, org, _core(org, t["owner_role"]))
        options[t["id"]] = memo[key]
    fixed = {t["id"] for t in tasks if t.get("accountable")}
    # A role whose stated duty is to decide on the work is Accountable for it, and keeps it.
    decide = owners.deciders(org.roles)
    for t in tasks:
        if t["id"] in fixed:
            continue
        decider = decide(f"{t.get('title') or ''} {t.get('quote') or ''}")
        if decider is not None and decider.name != t["owner_role"]:
            options[t["id"]] = [decider, *(r for r in options[t["id"]] if r.name != decider.name)]
            fixed.add(t["id"])
    chosen: dict[str, Role | None] = {
        tid: (opts[0] if opts else None) for tid, opts in options.items()
    }
    load: dict[str, list[str]] = {}
    for tid, role in chosen.items():
        if role is not None:
            load.setdefault(role.name, []).append(tid)
    by_id = {t["id"]: t for t in tasks}

    def manages(name: str, tid: str) -> bool:
        owner = org.role(by_id[tid]["owner_role"])
        line = org.role(owner.reports_to) if owner is not None and owner.reports_to else None
        return line is not None and line.name == name

    for name in sorted(load, key=lambda n: -len(load[n])):
        # The busiest role keeps the decisions, the work of those who report to it and its
        # first rows; the rest go to the next candidate of each task that still has room.
        shed = [t for t in reversed(load[name]) if t not in fixed]
        for tid in sorted(shed, key=lambda t: manages(name, t)):
            if len(load[name]) <= cap:
                break
            opts = options[tid]
            here = next((k for k, r in enumerate(opts) if r.name == name), len(opts))
            alt = next((r for r in opts[here + 1 :] if len(load.get(r.name, [])) < cap), None)
            if alt is not None:
                load[name].remove(tid)
                load.setdefault(alt.name, []).append(tid)
                chosen[tid] = alt
    return chosen


def layer_row(layer: str, tasks: list[TaskRecord], org: OrgContext) -> RaciRecord:
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


def build_raci(tasks: list[TaskRecord], org: OrgContext) -> list[RaciRecord]:
    by_id = {t["id"]: t for t in tasks}
    chosen = accountables(tasks, org)
    dependents = _dependents(by_id)
    rows = [task_row(t, org, by_id, chosen.get(t["id"]), dependents) for t in tasks]
    rows += [layer_row(layer, tasks, org) for layer in LAYER_KEYWORDS]
    return rows
