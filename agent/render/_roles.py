"""tasks/<role-slug>.md: one role's own list, readable without the rest of the plan.

The file is often downloaded or forwarded on its own, so it links nowhere: the goal a
task serves is quoted with its slide, the deck's own words and the method's reason are
inline, and other roles are named, not linked.
"""

from __future__ import annotations

from schemas.plan import Phase, Plan, Task

from ._index import PlanIndex
from ._text import (
    HORIZON_LABELS,
    LAYER_LABELS,
    RACI_LABELS,
    join_and,
    layer_blurb,
    md,
    md_code,
    one_line,
    plural,
    source_label,
)


def deck_name(plan: Plan) -> str:
    """The deck's file name: the first pptx/pdf source, else the first vision's file."""
    for src in plan.sources:
        if src.kind in ("pptx", "pdf"):
            return src.path.replace("\\", "/").rsplit("/", 1)[-1]
    for vision in plan.visions:
        return vision.source.file.replace("\\", "/").rsplit("/", 1)[-1]
    return "the strategy deck"


def report_title(plan: Plan) -> str:
    """'<organization>: <deck title>'; the deck's file name only when the plan has no title."""
    org, title = one_line(plan.organization), one_line(plan.title)
    if title and org and org.casefold() not in title.casefold():
        return f"{org}: {title}"
    if title:
        return title
    if org:
        return f"{org}: operational plan for {deck_name(plan)}"
    return f"Operational plan: {deck_name(plan)}"


def role_tasks_markdown(index: PlanIndex, role: str, slugs: dict[str, str]) -> str:
    """The Markdown task list for one role."""
    inv = index.involvement(role)
    out: list[str] = [f"# {md(role)}: your tasks", ""]
    facts = [x for x in (index.team(role),) if x]
    tier = index.tier(role)
    if tier:
        facts.append("core team" if tier == "core" else "extended team")
    if facts:
        out += [" · ".join(md(f) for f in facts), ""]
    org = index.org_roles.get(role)
    if org and org.responsibilities:
        out += [f"_Your remit today (roster):_ {md('; '.join(org.responsibilities))}", ""]
    if not index.in_roster(role):
        out += [
            f"> **Note:** {md(role)} is not in the organization's roster; "
            "confirm who holds this role before work starts.",
            "",
        ]
    counts = [
        f"own {plural(len(inv.owns), 'task')}" if inv.owns else "own no task",
        f"sign off {len(inv.accountable)} more" if inv.accountable else "",
        f"work on {len(inv.responsible)} more" if inv.responsible else "",
        f"are consulted on {len(inv.consulted)}" if inv.consulted else "",
        f"are kept informed on {len(inv.informed)}" if inv.informed else "",
    ]
    plan = index.plan
    source = (
        f"the operational plan **{md(report_title(plan))}** (from {md(deck_name(plan))})"
        if plan.title
        else f"the operational plan for **{md(deck_name(plan))}**"
    )
    out += [
        f"From {source}. You {join_and([c for c in counts if c])}. "
        "This list stands on its own; the whole plan (report.html, report.md) and the full "
        "RACI (raci.xlsx) come with it.",
        "",
    ]

    ready, blocked = index.first_moves(role)
    asked = index.consulted_at_start(role)
    if inv.owns or asked:
        out += ["## Start Monday", ""]
        if ready:
            for task in ready:
                blocked_by = _blockers(index, task)
                # no task to wait for; a gap the org has stated may still stand in the way
                wait = (
                    f"No task to wait for, but {join_and([md(g) for g in blocked_by])} "
                    f"{'stands' if len(blocked_by) == 1 else 'stand'} in the way until "
                    f"{'it is' if len(blocked_by) == 1 else 'they are'} closed or worked around."
                    if blocked_by
                    else "Nothing to wait for."
                )
                out.append(
                    f"- **{task.id} {md(task.title)}** ({index.period(index.span(task.id))}). "
                    f"{wait} Done when: {md(task.done_when)}"
                )
        elif blocked is not None:
            waits = _dep_phrases(index, blocked)
            out.append(
                f"- Your first foundational task, **{blocked.id} {md(blocked.title)}**, waits on "
                f"{join_and(waits)}. Use the week to agree inputs and the definition of done with them."
            )
        elif inv.owns:
            first = inv.owns[0]
            out.append(
                f"- Nothing foundational is yours. Your first task is **{first.id} {md(first.title)}** "
                f"({index.period(index.span(first.id))}); meanwhile, answer the consultations below."
            )
        if asked:
            out.append(
                "- Expect to be asked for input on "
                + "; ".join(
                    f"{t.id} {md(t.title)} (owner: {_link(t.owner_role, slugs)})" for t in asked
                )
                + ": these start now."
            )
        out.append("")

    if inv.owns:
        out += ["## Your tasks", "", "In roadmap order.", ""]
        # Each phase's gate once, here, not on every task of the phase.
        gated: dict[str, str] = {}
        for task in inv.owns:
            phase = _gated_phase(index, task)
            if phase is not None:
                gated.setdefault(phase.name, str(phase.gate))
        if gated:
            out += [
                f"- **{md(name)}** ends at its gate: {md(gate)}" for name, gate in gated.items()
            ]
            out.append("")
        for task in inv.owns:
            out += _task_block(index, task, role, slugs)
    if inv.accountable:
        out += ["## You sign off on (Accountable)", ""]
        out += [_task_line(index, t, "done by") for t in inv.accountable] + [""]
    if inv.responsible:
        out += ["## You also work on (Responsible)", ""]
        out += [_task_line(index, t, "owned by") for t in inv.responsible] + [""]
    if inv.consulted:
        out += [
            "## Consulted on",
            "",
            "The owner needs your input before deciding; expect to be asked early.",
            "",
        ]
        out += [_task_line(index, t, "owner") for t in inv.consulted] + [""]
    if inv.informed:
        out += ["## Kept informed on", "", "No action needed; you hear about progress.", ""]
        out += [_task_line(index, t, "owner", done=False) for t in inv.informed] + [""]
    if inv.layers:
        out += ["## Layers you hold", ""]
        for layer, letter in inv.layers.items():
            out.append(
                f"- **{LAYER_LABELS[layer]}** ({layer_blurb(layer, index.plan)}): {RACI_LABELS.get(letter, letter)}"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _blockers(index: PlanIndex, task: Task) -> list[str]:
    """The ids of the gaps that block the task: its own list and the gaps that name it."""
    named = [g.id for g in index.plan.gaps if g.id and task.id in g.blocks]
    return list(dict.fromkeys([*task.blocked_by, *named]))


def _gated_phase(index: PlanIndex, task: Task) -> Phase | None:
    """The roadmap phase the task sits in, when that phase ends at a gate."""
    phase = index.phase(task.id)
    if phase is None or not phase.gate or (task.phase or phase.name) != phase.name:
        return None
    return phase


def _task_block(index: PlanIndex, task: Task, role: str, slugs: dict[str, str]) -> list[str]:
    span = index.span(task.id)
    phase = index.phase(task.id)
    when = f"{HORIZON_LABELS.get(str(task.horizon), str(task.horizon))}, {index.period(span)}"
    phase_name = task.phase or (phase.name if phase is not None else None)
    if phase_name:
        gated = _gated_phase(index, task) is not None
        when += f" (phase: {md(phase_name)}" + ("; gate above)" if gated else ")")
    lines = [f"### {task.id} · {md(task.title)}", ""]
    lines.append(f"- **When:** {when}")
    lines.append(f"- **Layer:** {LAYER_LABELS.get(str(task.layer), str(task.layer))}")
    lines.append(f"- **What:** {md(task.description)}")
    if task.origin == "deck" and (task.quote or task.source):
        where = f" ({md(source_label(task.source))})" if task.source else ""
        words = f"“{md(task.quote)}”" if task.quote else "a commitment"
        lines.append(f"- **From the deck:** {words}{where}")
    elif task.origin_note:
        lines.append(f"- **Added by the method:** {md(task.origin_note)}")
    visions = index.visions_of(task)
    if visions:
        lines.append("- **Why:**")
        for v in visions:
            flag = ""
            if v.vagueness.vague:
                flag = (
                    " ⚠ This vision is flagged as too vague to execute; the strategist owes "
                    f"answers ({plural(len(v.vagueness.questions), 'question')} in the report). "
                    "Keep the first step small."
                )
            lines.append(f"  - serves {v.id}: “{md(v.text)}” ({md(source_label(v.source))}).{flag}")
    else:
        lines.append(f"- **Why:** serves {', '.join(task.vision_ids)}")
    scenarios = [index.scenarios[s] for s in task.scenario_ids if s in index.scenarios]
    if scenarios:
        label = "For scenario" if len(scenarios) == 1 else "For scenarios"
        lines.append(f"- **{label}:** " + "; ".join(f"{s.id} {md(s.name)}" for s in scenarios))
    if task.pilot:
        lines.append(
            "- **Pilot:** contain it (one region, unit or product line) and report evidence before widening."
        )
    lines.append(f"- **Done when:** {md(task.done_when)}")
    gaps = {g.id: g for g in index.plan.gaps if g.id}
    for gid in _blockers(index, task):
        gap = gaps.get(gid) if gid else None
        text = f"{md(gid)}: {md(gap.text)}" if gap is not None else md_code(gid or "")
        lines.append(f"- **Blocked by:** {text} (until that gap is closed)")
    if task.depends_on:
        lines.append("- **Depends on:**")
        for d in task.depends_on:
            dep = index.tasks.get(d)
            if dep is None:
                lines.append(f"  - {md_code(d)} (not in this plan)")
                continue
            owner = "you" if dep.owner_role == role else _link(dep.owner_role, slugs)
            lines.append(
                f"  - {dep.id} {md(dep.title)} (owner: {owner}; {index.period(index.span(dep.id))})"
            )
    else:
        lines.append("- **Depends on:** nothing; can start now")
    unblocks = [index.tasks[t] for t in index.dependents.get(task.id, []) if t in index.tasks]
    if unblocks:
        lines.append(
            "- **Unblocks:** "
            + "; ".join(
                f"{t.id} {md(t.title)} ({'you' if t.owner_role == role else _link(t.owner_role, slugs)})"
                for t in index.ordered(unblocks)
            )
        )
    consult = index.consult(task)
    if consult:  # like "Also responsible" and "Keep informed": no line for nobody
        lines.append("- **Consult:** " + ", ".join(_link(c, slugs) for c in consult))
    accountable = index.accountable(task.id)
    if accountable is None:
        lines.append("- **Accountable:** not assigned in the RACI; ask the plan owner")
    elif accountable == role:
        lines.append("- **Accountable:** you (you sign it off)")
    else:
        lines.append(f"- **Accountable:** {_link(accountable, slugs)} (signs it off)")
    others = [r for r in index.with_letter(task.id, "R") if r != role]
    if others:
        lines.append("- **Also responsible:** " + ", ".join(_link(r, slugs) for r in others))
    informed = index.with_letter(task.id, "I")
    if informed:
        lines.append("- **Keep informed:** " + ", ".join(_link(r, slugs) for r in informed))
    for ref in task.context_refs:
        where = ref.doc + (f" (chunk {ref.chunk})" if ref.chunk is not None else "")
        quote = f": “{md(ref.quote)}”" if ref.quote else ""
        lines.append(f"- **Grounded in:** {md(where)}{quote}")
    lines.append("")
    return lines


def _link(role: str, slugs: dict[str, str]) -> str:
    """A role, named in plain text: a link would break once the file is downloaded alone."""
    return md(role)


def _task_line(index: PlanIndex, task: Task, who: str, *, done: bool = True) -> str:
    line = (
        f"- **{task.id} {md(task.title)}**: {who} {md(task.owner_role)}; "
        f"{index.period(index.span(task.id))}."
    )
    if done:
        line += f" Done when: {md(task.done_when)}"
    return line


def _dep_phrases(index: PlanIndex, task: Task) -> list[str]:
    phrases = []
    for d in task.depends_on:
        dep = index.tasks.get(d)
        if dep is not None:
            phrases.append(f"{dep.id} {md(dep.title)} ({md(dep.owner_role)})")
    return phrases or ["its dependencies"]
