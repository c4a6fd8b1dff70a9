"""report.md: one readable document for the strategist.

Order: what needs the strategist first, then visions, scenarios, the plan by layer,
the roadmap, who does what, gaps and warnings, and the Monday list.
"""

from __future__ import annotations

from collections import Counter

from schemas.plan import Gap, Plan, Task, Vision

from ._index import PlanIndex, id_number
from ._roles import deck_name
from ._text import (
    HORIZON_LABELS,
    HORIZON_ORDER,
    LAYER_BLURBS,
    LAYER_LABELS,
    LAYER_ORDER,
    REASON_LABELS,
    join_and,
    md,
    plural,
    source_label,
    weeks_label,
)

GAP_KINDS = (
    ("sponsor", "Executive sponsor"),
    ("owner", "Owners"),
    ("role", "Roles"),
    ("system", "Systems"),
    ("data", "Data"),
    ("metric", "Measurement"),
)


def report_markdown(index: PlanIndex, slugs: dict[str, str], gantt: str) -> str:
    plan = index.plan
    parts = [
        _header(index),
        _summary(index),
        _visions(index),
        _scenarios(index),
        _by_layer(index),
        _roadmap(index, gantt),
        _people(index, slugs),
        _gaps(plan),
        _monday(index, slugs),
    ]
    return "\n".join(p.rstrip() + "\n" for p in parts if p)


# --- header and summary -----------------------------------------------------


def _engine_line(plan: Plan) -> str:
    e = plan.engine
    if e.name == "rules":
        return "the offline rules engine (no model calls)"
    model = f" ({md(e.model)})" if e.model else ""
    cached = f", {e.cached_calls} served from cache" if e.cached_calls else ""
    return (
        f"the LLM engine{model}: {plural(e.llm_calls, 'call')}{cached}, "
        f"{e.prompt_tokens:,} prompt + {e.completion_tokens:,} completion tokens"
    )


def _header(index: PlanIndex) -> str:
    plan = index.plan
    deck = next((s for s in plan.sources if s.kind in ("pptx", "pdf")), None)
    unit = "slide" if deck is not None and deck.kind == "pptx" else "page"
    deck_part = f"**{md(deck_name(plan))}**"
    if deck is not None:
        deck_part += f" ({plural(deck.units, unit)})"
    others = [s for s in plan.sources if s is not deck]
    ctx = f" and {plural(len(others), 'org-context document')}" if others else ""
    return (
        f"# Operational plan: {md(deck_name(plan))}\n\n"
        f"Built from {deck_part}{ctx} by {_engine_line(plan)}. "
        f"{_grounding(index)} "
        "Each role's own list is in `tasks/`; the full RACI in `raci.csv` / `raci.xlsx`; "
        "the roadmap chart in `roadmap.mmd`.\n"
    )


def _grounding(index: PlanIndex) -> str:
    plan = index.plan
    owners = list(dict.fromkeys(t.owner_role for t in plan.tasks))
    strangers = [o for o in owners if not index.in_roster(o)]
    untraced = [t.id for t in plan.tasks if not index.visions_of(t)]
    said = []
    if plan.tasks and not untraced:
        said.append("Every task traces to a vision and its slide")
    elif untraced:
        said.append(
            f"**{plural(len(untraced), 'task')} trace to no vision** ({', '.join(untraced)})"
        )
    if owners and not strangers:
        said.append("every owner is a role from your roster")
    elif strangers:
        said.append(
            f"**{plural(len(strangers), 'owner')} not in your roster** ({', '.join(md(o) for o in strangers)})"
        )
    if not said:
        return ""
    text = "; ".join(said) + "."
    return text[0].upper() + text[1:]


def _summary(index: PlanIndex) -> str:
    plan = index.plan
    vague = [v for v in plan.visions if v.vagueness.vague]
    layers = Counter(str(t.layer) for t in plan.tasks)
    horizons = Counter(str(t.horizon) for t in plan.tasks)
    pilots = [t.id for t in plan.tasks if t.pilot]
    weeks = _total_weeks(index)
    owners = {t.owner_role for t in plan.tasks}
    lines = ["## Summary", ""]
    vague_part = (
        f", {len(vague)} too vague to execute as written ({', '.join(v.id for v in vague)})"
        if vague
        else ", all clear enough to execute"
    )
    lines.append(f"- **Visions:** {len(plan.visions)} found{vague_part}.")
    if plan.scenarios:
        lines.append(
            f"- **Scenarios:** {len(plan.scenarios)} of at most 3: "
            + "; ".join(f"{s.id} {md(s.name)}" for s in plan.scenarios)
            + "."
        )
    else:
        lines.append("- **Scenarios:** none chosen.")
    lines.append(
        f"- **Tasks:** {len(plan.tasks)}; "
        + " · ".join(f"{LAYER_LABELS[layer]} {layers.get(layer, 0)}" for layer in LAYER_ORDER)
        + "; "
        + " · ".join(f"{HORIZON_LABELS[h]} {horizons.get(h, 0)}" for h in HORIZON_ORDER)
        + "."
    )
    road = f"- **Roadmap:** {plural(len(plan.roadmap.phases), 'phase')}"
    road += f" over {plural(weeks, 'week')}" if weeks else ""
    road += f"; pilots: {', '.join(pilots)}." if pilots else "."
    lines.append(road)
    lines.append(
        f"- **People:** {plural(len(owners), 'role')} own tasks; "
        f"{plural(len(index.involved_roles()), 'role')} named in the plan."
    )
    kinds = Counter(g.kind or "other" for g in plan.gaps)
    gap_part = f"{len(plan.gaps)}"
    if kinds:
        gap_part += " (" + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ")"
    lines.append(f"- **Gaps:** {gap_part}. **Warnings:** {len(plan.warnings)}.")
    e = plan.engine
    model = f", model {md(e.model)}" if e.model else ""
    lines.append(
        f"- **Engine:** {e.name}{model}; {plural(e.llm_calls, 'model call')}, "
        f"{e.prompt_tokens + e.completion_tokens:,} tokens"
        + (f", {e.cached_calls} from cache" if e.cached_calls else "")
        + "."
    )
    todo = _before_handover(index, vague)
    if todo:
        lines += ["", "**Before you hand this over:**", ""]
        lines += [f"{i}. {item}" for i, item in enumerate(todo, start=1)]
    return "\n".join(lines) + "\n"


def _before_handover(index: PlanIndex, vague: list[Vision]) -> list[str]:
    plan = index.plan
    todo = []
    for v in vague:
        todo.append(
            f"Answer {plural(len(v.vagueness.questions), 'question')} on {v.id} "
            f"(“{md(_short(v.text))}”); its tasks are provisional until then."
        )
    for v in plan.visions:
        if not v.vagueness.vague and v.vagueness.questions:
            todo.append(
                f"Also answer {plural(len(v.vagueness.questions), 'question')} on {v.id} "
                "(not blocking; it sharpens the tasks)."
            )
    sponsor = [g for g in plan.gaps if (g.kind or "") == "sponsor"]
    if sponsor:
        todo.append("Find an executive sponsor beyond marketing: " + md(sponsor[0].text))
    missing = _missing_cells(index)
    if missing:
        todo.append(
            "Cover or explain the empty layers: "
            + ", ".join(f"{v} · {LAYER_LABELS[layer]}" for v, layer in missing)
            + "."
        )
    others = [g for g in plan.gaps if (g.kind or "") != "sponsor"]
    if others:
        todo.append(
            f"Close or accept {plural(len(others), 'gap')} against your organization (see Gaps)."
        )
    if plan.tasks:
        todo.append(
            "Send each role its file from `tasks/` and walk the owners through Next Monday."
        )
    return todo


# --- visions ----------------------------------------------------------------


def _visions(index: PlanIndex) -> str:
    plan = index.plan
    lines = ["## Visions", ""]
    if not plan.visions:
        return "\n".join([*lines, "No vision statements were found in the deck.", ""])
    for v in plan.visions:
        score = v.vagueness.score
        verdict = (
            "**too vague to execute as written**"
            if v.vagueness.vague
            else "clear enough to execute"
        )
        lines += [f"### {v.id}{' ⚠' if v.vagueness.vague else ''}", ""]
        lines += [f"> {md(v.text)}", ""]
        where = source_label(v.source) + (f" ({v.evidence})" if v.evidence else "")
        lines.append(f"Source: {md(where)} · vagueness {score:.2f}: {verdict}")
        served = [
            t.id for t in sorted(plan.tasks, key=lambda t: id_number(t.id)) if v.id in t.vision_ids
        ]
        scen = [s.id for s in plan.scenarios if v.id in s.vision_ids]
        lines.append(
            f"Served by: {', '.join(served) or 'no task yet'}"
            + (f" · scenarios: {', '.join(scen)}" if scen else "")
        )
        lines.append("")
        if v.original_text and v.original_text != v.text:
            lines += [f"Originally on the slide: “{md(v.original_text)}”", ""]
        if v.answers:
            lines += ["**Your answers so far:**", ""]
            lines += [f"- {md(a)}" for a in v.answers] + [""]
        if v.vagueness.reasons:
            title = "Why it is vague" if v.vagueness.vague else "Watch out"
            lines += [f"**{title}:**", ""]
            for r in v.vagueness.reasons:
                label = REASON_LABELS.get(r.code, r.code.replace("_", " ").capitalize())
                evidence = f" (“{md(r.evidence)}”)" if r.evidence else ""
                lines.append(f"- **{md(label)}**: {md(r.message)}{evidence}")
            lines.append("")
        if v.vagueness.questions:
            lines += ["**Questions for you:**", ""]
            lines += [f"{i}. {md(q)}" for i, q in enumerate(v.vagueness.questions, start=1)]
            lines.append("")
        if v.vagueness.suggested_rewrite:
            lines += ["**Suggested rewrite:**", "", f"> {md(v.vagueness.suggested_rewrite)}", ""]
    return "\n".join(lines)


# --- scenarios --------------------------------------------------------------


def _scenarios(index: PlanIndex) -> str:
    plan = index.plan
    lines = ["## Scenarios", ""]
    if not plan.scenarios:
        return "\n".join([*lines, "No scenario was chosen; the plan is not focused yet.", ""])
    lines += [
        "At most three, chosen so that together they stress as much of the organization as "
        "possible. Segment × the context that brought the customer in.",
        "",
        "| | Scenario | Segment | Context | Customer impact | Business impact | Visions |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in plan.scenarios:
        lines.append(
            f"| {s.id} | {md(s.name)} | {md(s.segment)} | {md(s.context)} | "
            f"{s.customer_impact} | {s.business_impact} | {', '.join(s.vision_ids)} |"
        )
    lines.append("")
    why = [s for s in plan.scenarios if s.rationale]
    if why:
        lines += ["**Why these:**", ""]
        for s in why:
            src = f" ({md(source_label(s.source))})" if s.source else ""
            lines.append(f"- **{s.id}**: {md(s.rationale)}{src}")
        lines.append("")
    return "\n".join(lines)


# --- plan by layer ----------------------------------------------------------


def _missing_cells(index: PlanIndex) -> list[tuple[str, str]]:
    missing = []
    for v in index.plan.visions:
        for layer in LAYER_ORDER:
            has_task = any(v.id in t.vision_ids and t.layer == layer for t in index.plan.tasks)
            if not has_task and f"{v.id}:{layer}" not in index.plan.layer_notes:
                missing.append((v.id, layer))
    return missing


def _by_layer(index: PlanIndex) -> str:
    plan = index.plan
    lines = ["## Plan by layer", ""]
    if plan.visions:
        lines += [
            "A vision is operational when every layer has an owner and a task, or a stated "
            "reason it needs none.",
            "",
            "| Vision | " + " | ".join(LAYER_LABELS[layer] for layer in LAYER_ORDER) + " |",
            "|---|" + "---|" * len(LAYER_ORDER),
        ]
        for v in plan.visions:
            cells = []
            for layer in LAYER_ORDER:
                ids = [
                    t.id
                    for t in index.ordered(plan.tasks)
                    if v.id in t.vision_ids and t.layer == layer
                ]
                if ids:
                    cells.append(", ".join(ids))
                elif f"{v.id}:{layer}" in plan.layer_notes:
                    cells.append("not needed (see note)")
                else:
                    cells.append("**missing**")
            lines.append(f"| {v.id} | " + " | ".join(cells) + " |")
        lines.append("")
        if plan.layer_notes:
            lines += ["Why some layers need nothing:", ""]
            for key, note in sorted(plan.layer_notes.items()):
                vid, _, layer = key.partition(":")
                label = LAYER_LABELS.get(layer, layer)
                lines.append(f"- **{md(vid)} · {md(label)}**: {md(note)}")
            lines.append("")
    for layer, tasks in index.by_layer().items():
        if layer not in LAYER_LABELS:
            continue
        lines += [f"### {LAYER_LABELS[layer]}: {LAYER_BLURBS[layer]}", ""]
        row = f"layer:{layer}"
        acc = index.accountable(row)
        resp = index.with_letter(row, "R")
        if acc or resp:
            who = []
            if acc:
                who.append(f"accountable **{md(acc)}**")
            if resp:
                who.append("responsible " + join_and([md(r) for r in resp]))
            lines += ["Layer " + "; ".join(who) + ".", ""]
        else:
            lines += ["**No one holds this layer in the RACI.**", ""]
        if not tasks:
            lines += ["No task in this layer.", ""]
            continue
        lines += [
            "| Task | Owner | Horizon | Weeks | Depends on | Done when |",
            "|---|---|---|---|---|---|",
        ]
        for t in tasks:
            lines.append(_task_row(index, t))
        lines.append("")
    return "\n".join(lines)


def _task_row(index: PlanIndex, t: Task) -> str:
    title = f"**{t.id}** {md(t.title)}" + (" (pilot)" if t.pilot else "")
    deps = ", ".join(t.depends_on) or "none"
    return (
        f"| {title} | {md(t.owner_role)} | {HORIZON_LABELS.get(str(t.horizon), str(t.horizon))} | "
        f"{weeks_label(index.span(t.id))} | {deps} | {md(t.done_when)} |"
    )


# --- roadmap ----------------------------------------------------------------


def _total_weeks(index: PlanIndex) -> int:
    ends = [p.end_week for p in index.plan.roadmap.phases]
    ends += [span[1] for t in index.plan.tasks if (span := index.span(t.id))]
    return max(ends, default=0)


def critical_chain(index: PlanIndex) -> list[Task]:
    """The dependency chain that ends last: what sets the plan's end date."""
    memo: dict[str, list[Task]] = {}

    def chain(tid: str, seen: frozenset[str]) -> list[Task]:
        if tid in memo:
            return memo[tid]
        task = index.tasks[tid]
        deps = [d for d in task.depends_on if d in index.tasks and d not in seen]
        best: list[Task] = []
        for d in deps:
            c = chain(d, seen | {tid})
            if not best or _end(index, c[-1]) > _end(index, best[-1]):
                best = c
        memo[tid] = [*best, task]
        return memo[tid]

    scheduled = [t for t in index.plan.tasks if index.span(t.id)]
    if not scheduled:
        return []
    last = max(scheduled, key=lambda t: (_end(index, t), -len(t.depends_on)))
    return chain(last.id, frozenset())


def _end(index: PlanIndex, task: Task) -> int:
    span = index.span(task.id)
    return span[1] if span else -1


def _roadmap(index: PlanIndex, gantt: str) -> str:
    plan = index.plan
    lines = ["## Roadmap", ""]
    phases = sorted(plan.roadmap.phases, key=lambda p: (p.start_week, p.end_week))
    if phases:
        lines += ["| Phase | Horizon | Weeks | Tasks |", "|---|---|---|---|"]
        for p in phases:
            span = (p.start_week, max(p.end_week, p.start_week + 1))
            lines.append(
                f"| {md(p.name)} | {HORIZON_LABELS.get(str(p.horizon), str(p.horizon))} | "
                f"{weeks_label(span)} | {', '.join(p.task_ids) or 'none'} |"
            )
        lines.append("")
    else:
        lines += ["No phases were planned.", ""]
    chain = critical_chain(index)
    if len(chain) > 1:
        lines += [
            "Longest dependency chain (it sets the end date; protect it): "
            + " → ".join(f"{t.id} ({md(t.owner_role)})" for t in chain)
            + f", ending in week {_end(index, chain[-1])}.",
            "",
        ]
    pilots = [t for t in plan.tasks if t.pilot]
    if pilots:
        lines += [
            "Pilots contain risk and produce the evidence for wider rollout: "
            + "; ".join(f"{t.id} {md(t.title)}" for t in pilots)
            + ".",
            "",
        ]
    lines += [
        "Red bars are foundational (cannot be skipped); highlighted bars are pilots. "
        "Dates assume the plan starts on the first Monday shown.",
        "",
        "```mermaid",
        gantt.rstrip(),
        "```",
        "",
    ]
    return "\n".join(lines)


# --- people -----------------------------------------------------------------


def _people(index: PlanIndex, slugs: dict[str, str]) -> str:
    plan = index.plan
    lines = ["## Who does what", "", "### RACI for the layers", ""]
    if any(index.letters(f"layer:{layer}") for layer in LAYER_ORDER):
        lines += [
            "| Layer | Accountable | Responsible | Consulted | Informed |",
            "|---|---|---|---|---|",
        ]
        for layer in LAYER_ORDER:
            row = f"layer:{layer}"
            cells = [", ".join(md(r) for r in index.with_letter(row, x)) or "none" for x in "ARCI"]
            if cells[0] == "none":
                cells[0] = "**nobody**"
            lines.append(f"| {LAYER_LABELS[layer]} | " + " | ".join(cells) + " |")
        lines += [
            "",
            "Accountable owns the outcome and signs off (exactly one); Responsible does the work; "
            "Consulted is asked before decisions; Informed hears about progress. "
            "The task-by-role matrix is in `raci.csv` and `raci.xlsx`.",
            "",
        ]
    else:
        lines += ["**No RACI rows for the layers.**", ""]
    roles = index.involved_roles()
    if roles:
        lines += [
            "### Task lists by role",
            "",
            "| Role | Team | Tier | Owns | Signs off | Consulted on | Informed on | File |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for name in roles:
            inv = index.involvement(name)
            signs = len(inv.accountable) + sum(
                1 for t in inv.owns if index.accountable(t.id) == name
            )
            mark = "" if index.in_roster(name) else " (not in roster)"
            lines.append(
                f"| {md(name)}{mark} | {md(index.team(name) or '')} | {index.tier(name) or ''} | "
                f"{len(inv.owns)} | {signs} | {len(inv.consulted)} | {len(inv.informed)} | "
                f"[tasks/{slugs[name]}.md](tasks/{slugs[name]}.md) |"
            )
        lines.append("")
    unused = [r.name for r in plan.roles if r.name not in roles and r.tier == "core"]
    if unused:
        lines += [
            "Core-team roles with nothing in this plan: "
            + ", ".join(md(n) for n in unused)
            + ". Check that nobody was forgotten.",
            "",
        ]
    return "\n".join(lines)


# --- gaps and warnings ------------------------------------------------------


def _gaps(plan: Plan) -> str:
    lines = ["## Gaps and warnings", "", "### What the organization lacks", ""]
    if not plan.gaps:
        lines += ["No gap found against the organization's context.", ""]
    known = dict(GAP_KINDS)
    groups: dict[str, list[Gap]] = {}
    for g in plan.gaps:
        kind = g.kind if (g.kind or "") in known else "other"
        groups.setdefault(kind or "other", []).append(g)
    order = [k for k, _ in GAP_KINDS] + ["other"]
    for kind in order:
        if kind not in groups:
            continue
        lines += [f"**{known.get(kind, 'Other')}**", ""]
        for g in groups[kind]:
            ev = f" Evidence: {md(g.evidence)}" if g.evidence else ""
            lines.append(f"- **{LAYER_LABELS.get(str(g.layer), str(g.layer))}:** {md(g.text)}{ev}")
        lines.append("")
    lines += ["### Warnings", ""]
    if plan.warnings:
        lines += [f"- {md(w)}" for w in plan.warnings]
    else:
        lines.append("None.")
    lines.append("")
    return "\n".join(lines)


# --- next Monday ------------------------------------------------------------


def _monday(index: PlanIndex, slugs: dict[str, str]) -> str:
    lines = [
        "## Next Monday",
        "",
        "The first foundational tasks per role: nothing else has to finish before they start.",
        "",
    ]
    entries: list[tuple[int, str, list[str]]] = []
    waiting: list[str] = []
    owners = list(dict.fromkeys(t.owner_role for t in index.ordered(index.plan.tasks)))
    for role in owners:
        ready, blocked = index.first_moves(role)
        link = f"[{md(role)}](tasks/{slugs[role]}.md)" if role in slugs else md(role)
        if ready:
            start = min((index.span(t.id) or (0, 1))[0] for t in ready)
            items = [
                f"  - **{t.id} {md(t.title)}** ({weeks_label(index.span(t.id))}). "
                f"Done when: {md(t.done_when)}"
                for t in ready
            ]
            entries.append((start, link, items))
        elif blocked is not None:
            deps = [index.tasks[d] for d in blocked.depends_on if d in index.tasks]
            waiting.append(
                f"- {link}: {blocked.id} {md(blocked.title)} waits on "
                + join_and([f"{d.id} ({md(d.owner_role)})" for d in deps])
                + "; agree its inputs with them now."
            )
    if not entries and not waiting:
        return "\n".join([*lines, "No foundational task is owned yet.", ""])
    for _, link, items in sorted(entries, key=lambda e: e[0]):
        lines.append(f"- {link}")
        lines += items
    if waiting:
        lines += ["", "Waiting on someone else, so prepare:", ""]
        lines += waiting
    asked = [(r, index.consulted_at_start(r)) for r in index.involved_roles()]
    asked = [(r, ts) for r, ts in asked if ts]
    if asked:
        lines += ["", "Asked for input that week (Consulted on tasks starting now):", ""]
        for role, ts in asked:
            link = f"[{md(role)}](tasks/{slugs[role]}.md)" if role in slugs else md(role)
            lines.append(f"- {link}: " + "; ".join(f"{t.id} ({md(t.owner_role)})" for t in ts))
    rest = [r for r in owners if not index.first_moves(r)[0] and index.first_moves(r)[1] is None]
    if rest:
        lines += [
            "",
            "No foundational task for "
            + join_and([md(r) for r in rest])
            + "; their work starts with the quick wins in the roadmap.",
        ]
    lines.append("")
    return "\n".join(lines)


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
