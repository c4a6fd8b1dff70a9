"""The plan seen by a tracker: tasks with stable external ids, dates, epics and milestones.

Every exporter reads these items, never the plan's own ids: a task's ``T12`` changes when
a re-plan adds or drops work, its external id (``gw-<key>``) does not, so an import of
the re-exported file can find what the last one created. Dates come from the roadmap's
0-based, end-exclusive week spans on a start date the user gives: week ``w`` starts on
``start + 7w`` (a Monday when the start is one) and a task ending at week ``e`` is due
on the Friday of week ``e``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from agent.errors import ConfigError
from agent.render import HORIZON_LABELS, LAYER_LABELS, PlanIndex, one_line, slugify, source_label
from schemas.plan import Phase, Plan, Task

EpicBy = Literal["phase", "layer", "vision"]
EPIC_CHOICES: tuple[str, ...] = ("phase", "layer", "vision")
DEFAULT_PREFIX = "gw"
DEFAULT_WEEKS = 2  # a task with no weeks anywhere in the roadmap

_KEY_UNSAFE = re.compile(r"[^a-z0-9_]+")
_PREFIX_OK = re.compile(r"^[a-z][a-z0-9]{0,15}$")


@dataclass(frozen=True)
class Options:
    """What the user chose: the plan's start date, how to group epics, the id prefix.

    ``prefix`` keeps two plans apart in one tracker (``--id-prefix nw``): ids are
    ``<prefix>-<task key>``.
    """

    start: date
    epics: EpicBy = "phase"
    prefix: str = DEFAULT_PREFIX

    def __post_init__(self) -> None:
        if self.epics not in EPIC_CHOICES:
            raise ConfigError(
                f"--epics must be one of {', '.join(EPIC_CHOICES)}, not {self.epics!r}"
            )
        if not _PREFIX_OK.match(self.prefix):
            raise ConfigError(
                f"--id-prefix must be 1-16 lower-case letters or digits, starting with a letter "
                f"(got {self.prefix[:40]!r})"
            )


@dataclass
class Epic:
    """A group of tasks: one roadmap phase, one layer or one vision."""

    external_id: str
    name: str
    summary: str  # one paragraph: the gate, the weeks, the vision's words
    start: date
    due: date
    task_ids: list[str] = field(default_factory=list)


@dataclass
class Milestone:
    """A roadmap phase as a dated milestone with its gate (the deck's exit criteria)."""

    external_id: str
    name: str
    horizon: str
    gate: str | None
    gate_source: str | None
    start: date
    due: date  # the gate: the Friday of the phase's last week
    weeks: str


@dataclass
class Item:
    """One task, ready for any tracker. Text fields are plain, one line, not yet escaped."""

    task: Task
    external_id: str
    title: str
    description: str
    done_when: str
    owner_role: str
    consult: list[str]
    layer: str
    layer_label: str
    horizon: str
    horizon_label: str
    phase: str | None
    epic: Epic
    start: date
    due: date
    weeks: str
    duration_days: int  # working days, five a week
    depends_on: list[str]  # external ids, in the plan's order
    why: str  # the deck's words with their slide, or the method's reason
    visions: list[tuple[str, str, str]]  # (vision id, its words, where the deck says it)
    blocked_by: list[str]  # "G3: No identity resolution ..."
    pilot: bool
    origin: str


@dataclass
class Export:
    """The items of one plan, topologically ordered (every task after what it depends on)."""

    plan: Plan
    options: Options
    items: list[Item]
    epics: list[Epic]
    milestones: list[Milestone]
    title: str

    @property
    def by_id(self) -> dict[str, Item]:
        return {item.external_id: item for item in self.items}


def week_start(start: date, week: int) -> date:
    return start + timedelta(days=7 * week)


def week_due(start: date, end_week: int) -> date:
    """The Friday (start + 4 days) of the last week of a [start, end) span."""
    return start + timedelta(days=7 * max(end_week - 1, 0) + 4)


def key_of(task: Task) -> str:
    """The task's stable key; a task without one is keyed by its layer and title."""
    if task.key:
        return _KEY_UNSAFE.sub("_", task.key.lower()).strip("_")[:80] or "task"
    text = one_line(task.title).lower()
    digest = hashlib.sha1(f"{task.layer}|{text}".encode()).hexdigest()[:8]
    return f"{slugify(text, 40).replace('-', '_')}_{digest}"


def external_ids(plan: Plan, prefix: str = DEFAULT_PREFIX) -> dict[str, str]:
    """Task id -> stable external id. Duplicate keys (never in a valid plan) get -2, -3."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for task in plan.tasks:
        base = f"{prefix}-{key_of(task)}"
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        used.add(candidate)
        ids[task.id] = candidate
    return ids


def _topological(plan: Plan, index: PlanIndex) -> list[Task]:
    """Roadmap order, except that every task comes after the tasks it depends on."""
    ordered = index.ordered(list(plan.tasks))
    known = {t.id for t in ordered}
    placed: set[str] = set()
    out: list[Task] = []
    visiting: set[str] = set()

    def place(task: Task) -> None:
        if task.id in placed or task.id in visiting:  # a cycle is the validator's to report
            return
        visiting.add(task.id)
        for dep in task.depends_on:
            if dep in known and dep not in placed:
                place(index.tasks[dep])
        visiting.discard(task.id)
        placed.add(task.id)
        out.append(task)

    for task in ordered:
        place(task)
    return out


def _span(index: PlanIndex, task: Task) -> tuple[int, int]:
    span = index.span(task.id)
    if span is not None:
        return span
    starts = [index.span(dep) for dep in task.depends_on]
    begin = max((s[1] for s in starts if s), default=0)
    return begin, begin + DEFAULT_WEEKS


def working_days(start: date, due: date) -> int:
    days = 0
    day = start
    while day <= due:
        days += day.weekday() < 5
        day += timedelta(days=1)
    return max(days, 1)


def _epic_groups(plan: Plan, index: PlanIndex, options: Options) -> dict[str, tuple[str, str]]:
    """Task id -> (epic key, epic name) for the chosen grouping."""
    groups: dict[str, tuple[str, str]] = {}
    for task in plan.tasks:
        if options.epics == "layer":
            groups[task.id] = (f"layer_{task.layer}", LAYER_LABELS.get(task.layer, task.layer))
        elif options.epics == "vision":
            vid = task.vision_ids[0]
            vision = index.visions.get(vid)
            words = one_line(vision.text if vision else vid)
            groups[task.id] = (f"vision_{vid.lower()}", f"{vid}: {words}")
        else:
            phase = index.phase(task.id)
            name = phase.name if phase else HORIZON_LABELS.get(task.horizon, task.horizon)
            groups[task.id] = (f"phase_{slugify(name, 40).replace('-', '_')}", one_line(name))
    return groups


def _milestones(plan: Plan, options: Options) -> list[Milestone]:
    out: list[Milestone] = []
    used: set[str] = set()
    for phase in plan.roadmap.phases:
        base = f"{options.prefix}-phase_{slugify(phase.name, 40).replace('-', '_')}"
        ident, n = base, 1
        while ident in used:
            n += 1
            ident = f"{base}-{n}"
        used.add(ident)
        end = max(phase.end_week, phase.start_week + 1)
        out.append(
            Milestone(
                external_id=ident,
                name=one_line(phase.name),
                horizon=str(phase.horizon),
                gate=one_line(phase.gate) or None,
                gate_source=source_label(phase.source) if phase.source else None,
                start=week_start(options.start, phase.start_week),
                due=week_due(options.start, end),
                weeks=_weeks(phase),
            )
        )
    return out


def _weeks(phase: Phase) -> str:
    first, last = phase.start_week + 1, max(phase.end_week, phase.start_week + 1)
    return f"week {first}" if first == last else f"weeks {first}-{last}"


def build(plan: Plan, options: Options) -> Export:
    """Everything an exporter needs from one plan (pure: no I/O)."""
    index = PlanIndex(plan)
    ids = external_ids(plan, options.prefix)
    groups = _epic_groups(plan, index, options)
    gaps = {g.id: g for g in plan.gaps if g.id}
    epics: dict[str, Epic] = {}
    items: list[Item] = []
    for task in _topological(plan, index):
        begin, end = _span(index, task)
        start = week_start(options.start, begin)
        due = week_due(options.start, end)
        epic_key, epic_name = groups[task.id]
        epic = epics.get(epic_key)
        if epic is None:
            epic = epics[epic_key] = Epic(
                external_id=f"{options.prefix}-epic_{epic_key}",
                name=epic_name,
                summary="",
                start=start,
                due=due,
            )
        epic.task_ids.append(task.id)
        epic.start, epic.due = min(epic.start, start), max(epic.due, due)
        phase = index.phase(task.id)
        visions = [
            (v.id, one_line(v.original_text or v.text), source_label(v.source))
            for v in index.visions_of(task)
        ]
        if task.origin == "deck" and task.quote:
            where = source_label(task.source) if task.source else "the deck"
            why = f"The deck commits to it ({where}): “{one_line(task.quote)}”"
        elif task.origin_note:
            why = f"Added by the method: {one_line(task.origin_note)}"
        else:
            why = "Added by the method to deliver the visions below."
        blocked = []
        for gid in task.blocked_by:
            gap = gaps.get(gid)
            blocked.append(f"{gid}: {one_line(gap.text)}" if gap else gid)
        items.append(
            Item(
                task=task,
                external_id=ids[task.id],
                title=one_line(task.title),
                description=one_line(task.description),
                done_when=one_line(task.done_when),
                owner_role=one_line(task.owner_role),
                consult=[one_line(r) for r in index.consult(task)],
                layer=str(task.layer),
                layer_label=LAYER_LABELS.get(task.layer, task.layer),
                horizon=str(task.horizon),
                horizon_label=HORIZON_LABELS.get(task.horizon, task.horizon),
                phase=one_line(phase.name) if phase else (one_line(task.phase) or None),
                epic=epic,
                start=start,
                due=due,
                weeks=(f"week {begin + 1}" if end - begin <= 1 else f"weeks {begin + 1}-{end}"),
                duration_days=working_days(start, due),
                depends_on=[ids[d] for d in task.depends_on if d in ids],
                why=why,
                visions=visions,
                blocked_by=blocked,
                pilot=task.pilot,
                origin=task.origin,
            )
        )
    milestones = _milestones(plan, options)
    gate_of = {m.name: m for m in milestones}
    for epic in epics.values():
        parts = [
            f"{len(epic.task_ids)} task(s), {epic.start.isoformat()} to {epic.due.isoformat()}."
        ]
        milestone = gate_of.get(epic.name)
        if milestone and milestone.gate:
            parts.append(f"Gate: {milestone.gate}")
        epic.summary = " ".join(parts)
    title = one_line(plan.title or plan.organization or "groundwork plan")
    return Export(
        plan=plan,
        options=options,
        items=items,
        epics=list(epics.values()),
        milestones=milestones,
        title=title,
    )
