"""roadmap.mmd: the roadmap as a Mermaid gantt chart.

Mermaid gantt bars need calendar dates, so week offsets are laid on a start date
(a Monday by default). One section per roadmap phase, one bar per task, each task
exactly once. A task with weeks in ``roadmap.task_weeks`` gets explicit dates;
one without is placed ``after`` its dependencies (or at its phase start).
Foundational tasks are tagged ``crit``, pilots ``active``; a phase with a gate (the deck's
exit criteria) ends in a milestone. Plans longer than a year label the axis by month.
"""

from __future__ import annotations

from datetime import date, timedelta

from schemas.plan import Phase, Plan, Task

from ._index import PlanIndex
from ._text import HORIZON_LABELS, HORIZON_ORDER, mermaid_text, months_label, weeks_label

DEFAULT_TASK_WEEKS = 2


def next_monday(today: date | None = None) -> date:
    """The first Monday strictly after ``today`` (the default plan start)."""
    today = today or date.today()
    return today + timedelta(days=(7 - today.weekday()) or 7)


def mermaid_id(task_id: str) -> str:
    """Mermaid task ids: lower-case, alphanumerics only ('T3' -> 't3')."""
    return "".join(ch for ch in task_id.lower() if ch.isalnum()) or "task"


def roadmap_mermaid(plan: Plan, start_date: date, *, title: str | None = None) -> str:
    """The roadmap as Mermaid gantt source (ends with a newline)."""
    index = PlanIndex(plan)
    ends = [p.end_week for p in plan.roadmap.phases] + [
        w[-1] for w in plan.roadmap.task_weeks.values() if w
    ]
    long = max([plan.roadmap.horizon_weeks or 0, *ends]) > 52
    lines = [
        "gantt",
        f"    title {mermaid_text(title or 'Roadmap', limit=90)}",
        "    dateFormat YYYY-MM-DD",
        f"    axisFormat {'%b %Y' if long else '%d %b'}",
        "    todayMarker off",
        f"    %% week 1 starts {start_date.isoformat()}",
    ]
    placed: set[str] = set()
    sections: list[tuple[str, list[Task], Phase | None]] = []
    for phase in sorted(
        plan.roadmap.phases, key=lambda p: (p.start_week, _rank(p.horizon), p.end_week)
    ):
        tasks = [index.tasks[t] for t in phase.task_ids if t in index.tasks and t not in placed]
        placed.update(t.id for t in tasks)
        span = (phase.start_week, max(phase.end_week, phase.start_week + 1))
        label = f"{phase.name} ({months_label(span) if long else weeks_label(span)})"
        sections.append((label, index.ordered(tasks), phase))
    leftovers = [t for t in plan.tasks if t.id not in placed]
    for horizon in HORIZON_ORDER:
        tasks = [t for t in leftovers if t.horizon == horizon]
        if tasks:
            sections.append((f"{HORIZON_LABELS[horizon]} (unphased)", index.ordered(tasks), None))
    known = {t.id for t in plan.tasks}
    gates = 0
    for label, tasks, section_phase in sections:
        gate = section_phase.gate if section_phase is not None else None
        if not tasks and not gate:
            continue
        lines.append(f"    section {mermaid_text(label, limit=80)}")
        for task in tasks:
            lines.append("    " + _bar(index, task, start_date, known))
        if section_phase is not None and gate:
            gates += 1
            end = max(section_phase.end_week, section_phase.start_week + 1)
            when = (start_date + timedelta(weeks=end)).isoformat()
            name = mermaid_text(f"Gate {gates} {gate}")
            lines.append(f"    {name} :milestone, gate{gates}, {when}, 0d")
    return "\n".join(lines) + "\n"


def _bar(index: PlanIndex, task: Task, start_date: date, known: set[str]) -> str:
    tags = []
    if task.horizon == "foundational":
        tags.append("crit")
    if task.pilot:
        tags.append("active")
    name = mermaid_text(f"{task.id} {task.title}")
    weeks = index.plan.roadmap.task_weeks.get(task.id)
    span = index.span(task.id)
    if weeks:
        assert span is not None
        start, end = span
        begin = (start_date + timedelta(weeks=start)).isoformat()
        when = f"{begin}, {7 * (end - start)}d"
    else:
        deps = [mermaid_id(d) for d in task.depends_on if d in known]
        length = DEFAULT_TASK_WEEKS
        if deps:
            when = f"after {' '.join(deps)}, {7 * length}d"
        else:
            start = span[0] if span else 0
            when = f"{(start_date + timedelta(weeks=start)).isoformat()}, {7 * length}d"
    meta = ", ".join([*tags, mermaid_id(task.id), when])
    return f"{name} :{meta}"


def _rank(horizon: str) -> int:
    return HORIZON_ORDER.index(horizon) if horizon in HORIZON_ORDER else len(HORIZON_ORDER)
