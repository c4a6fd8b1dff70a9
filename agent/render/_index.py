"""Read-only lookups over a Plan that every renderer needs (pure, no I/O).

Week spans follow the roadmap convention: 0-based week offsets from the plan start,
end exclusive, so ``task_weeks["T1"] == [0, 4]`` runs in weeks 1-4.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.context import Role
from schemas.plan import Phase, Plan, RaciRow, Task, Vision

from ._text import HORIZON_ORDER, LAYER_ORDER, RACI_ORDER, months_label, weeks_label


@dataclass
class RoleInvolvement:
    """Everything one role is named on, by RACI letter and ownership."""

    name: str
    owns: list[Task] = field(default_factory=list)
    accountable: list[Task] = field(default_factory=list)
    responsible: list[Task] = field(default_factory=list)  # R but not the owner
    consulted: list[Task] = field(default_factory=list)
    informed: list[Task] = field(default_factory=list)
    layers: dict[str, str] = field(default_factory=dict)  # layer -> letter

    @property
    def empty(self) -> bool:
        return not (
            self.owns
            or self.accountable
            or self.responsible
            or self.consulted
            or self.informed
            or self.layers
        )


class PlanIndex:
    def __init__(self, plan: Plan, org_roles: list[Role] | None = None) -> None:
        self.plan = plan
        self.org_roles = {r.name: r for r in org_roles or []}
        self.tasks = {t.id: t for t in plan.tasks}
        self.visions = {v.id: v for v in plan.visions}
        self.scenarios = {s.id: s for s in plan.scenarios}
        self.raci: dict[str, RaciRow] = {}
        for row in plan.raci:
            self.raci.setdefault(row.item, row)
        self.plan_roles = {r.name: r for r in plan.roles}
        self._phase_of: dict[str, Phase] = {}
        for phase in plan.roadmap.phases:
            for tid in phase.task_ids:
                self._phase_of.setdefault(tid, phase)
        self._keys: dict[str, tuple[int, int, int]] = {}  # sort_key by task id
        self._in_order: list[Task] | None = None
        self.dependents: dict[str, list[str]] = {t.id: [] for t in plan.tasks}
        for t in plan.tasks:
            for dep in t.depends_on:
                self.dependents.setdefault(dep, []).append(t.id)

    # --- tasks -------------------------------------------------------------

    def span(self, task_id: str) -> tuple[int, int] | None:
        """[start, end) weeks from task_weeks, else the task's phase, else None."""
        weeks = self.plan.roadmap.task_weeks.get(task_id)
        if weeks and len(weeks) >= 2:
            start, end = int(weeks[0]), int(weeks[1])
            return start, max(end, start + 1)
        if weeks and len(weeks) == 1:
            return int(weeks[0]), int(weeks[0]) + 1
        phase = self._phase_of.get(task_id)
        if phase is not None:
            return phase.start_week, max(phase.end_week, phase.start_week + 1)
        return None

    def months(self) -> bool:
        """True when the plan runs on the deck's clock for more than a year: count months."""
        roadmap = self.plan.roadmap
        ends = [p.end_week for p in roadmap.phases] + [
            w[-1] for w in roadmap.task_weeks.values() if w
        ]
        return roadmap.clock == "deck" and max([roadmap.horizon_weeks or 0, *ends]) > 52

    def period(self, span: tuple[int, int] | None) -> str:
        """A week span as the reader counts it: 'weeks 1–4', or 'months 1–6' on a long deck clock."""
        if span is None:
            return "not scheduled"
        return months_label(span) if self.months() else weeks_label(span)

    def phase(self, task_id: str) -> Phase | None:
        return self._phase_of.get(task_id)

    def sort_key(self, task: Task) -> tuple[int, int, int]:
        """Roadmap order: start week, horizon, then numeric id."""
        if (key := self._keys.get(task.id)) is None:
            span = self.span(task.id)
            start = span[0] if span else 10**6
            key = self._keys[task.id] = (start, _horizon_rank(task.horizon), id_number(task.id))
        return key

    def ordered(self, tasks: list[Task]) -> list[Task]:
        # Every role's section orders the whole plan again: that order is sorted once.
        if tasks is self.plan.tasks:
            if self._in_order is None:
                self._in_order = sorted(tasks, key=self.sort_key)
            return list(self._in_order)
        return sorted(tasks, key=self.sort_key)

    def by_layer(self) -> dict[str, list[Task]]:
        out: dict[str, list[Task]] = {layer: [] for layer in LAYER_ORDER}
        for t in self.plan.tasks:
            out.setdefault(str(t.layer), []).append(t)
        return {k: self.ordered(v) for k, v in out.items()}

    def letters(self, item: str) -> dict[str, str]:
        row = self.raci.get(item)
        return dict(row.assignments) if row else {}

    def with_letter(self, item: str, letter: str) -> list[str]:
        return [role for role, x in self.letters(item).items() if x == letter]

    def accountable(self, item: str) -> str | None:
        found = self.with_letter(item, "A")
        return found[0] if found else None

    def consult(self, task: Task) -> list[str]:
        """RACI C for the task, then task.consulted, without duplicates or the owner."""
        seen: list[str] = []
        for role in [*self.with_letter(task.id, "C"), *task.consulted]:
            if role not in seen and role != task.owner_role:
                seen.append(role)
        return seen

    def visions_of(self, task: Task) -> list[Vision]:
        return [self.visions[v] for v in task.vision_ids if v in self.visions]

    # --- roles -------------------------------------------------------------

    def role_names(self) -> list[str]:
        """Every role the plan names: plan.roles order, then newcomers as first seen."""
        names: list[str] = [r.name for r in self.plan.roles]
        for t in self.plan.tasks:
            names.append(t.owner_role)
            names.extend(t.consulted)
        for row in self.plan.raci:
            names.extend(row.assignments)
        return list(dict.fromkeys(names))

    def involved_roles(self) -> list[str]:
        return [n for n in self.role_names() if not self.involvement(n).empty]

    def matrix_roles(self) -> list[str]:
        """Roles that hold a RACI letter anywhere, core tier first, in plan order."""
        named = {role for row in self.plan.raci for role in row.assignments}
        ordered = [n for n in self.role_names() if n in named]
        return sorted(ordered, key=lambda n: 0 if self.tier(n) != "extended" else 1)

    def tier(self, name: str) -> str | None:
        if name in self.org_roles:
            return self.org_roles[name].tier
        if name in self.plan_roles:
            return self.plan_roles[name].tier
        return None

    def team(self, name: str) -> str | None:
        if name in self.org_roles and self.org_roles[name].team:
            return self.org_roles[name].team
        if name in self.plan_roles:
            return self.plan_roles[name].team
        return None

    def in_roster(self, name: str) -> bool:
        """Known to the org context (org_roles when given, else the plan's roles)."""
        return name in (self.org_roles or self.plan_roles)

    def involvement(self, name: str) -> RoleInvolvement:
        inv = RoleInvolvement(name)
        for t in self.ordered(self.plan.tasks):
            letters = self.letters(t.id)
            letter = letters.get(name)
            if t.owner_role == name:
                inv.owns.append(t)
            elif letter == "A":
                inv.accountable.append(t)
            elif letter == "R":
                inv.responsible.append(t)
            elif letter == "C" or name in t.consulted:
                inv.consulted.append(t)
            elif letter == "I":
                inv.informed.append(t)
        for layer in LAYER_ORDER:
            letter = self.letters(f"layer:{layer}").get(name)
            if letter:
                inv.layers[layer] = letter
        return inv

    def first_moves(self, name: str, limit: int = 3) -> tuple[list[Task], Task | None]:
        """What a role starts on Monday: its foundational tasks with nothing to wait for.

        Returns (ready, next_blocked): up to ``limit`` ready foundational tasks in
        roadmap order, and when none is ready the first foundational task it owns
        (whose dependencies it should chase instead).
        """
        own = [t for t in self.ordered(self.plan.tasks) if t.owner_role == name]
        foundational = [t for t in own if t.horizon == "foundational"]
        ready = [t for t in foundational if not [d for d in t.depends_on if d in self.tasks]]
        if ready:
            return ready[:limit], None
        return [], (foundational[0] if foundational else None)

    def first_week(self) -> int:
        starts = [span[0] for t in self.plan.tasks if (span := self.span(t.id))]
        return min(starts, default=0)

    def consulted_at_start(self, name: str) -> list[Task]:
        """Tasks starting in the plan's first week that need this role's input."""
        first = self.first_week()
        return [
            t
            for t in self.ordered(self.plan.tasks)
            if name in self.consult(t) and (span := self.span(t.id)) and span[0] == first
        ]

    def layer_owner(self, layer: str) -> str | None:
        return self.accountable(f"layer:{layer}")


def letter_rank(letter: str) -> int:
    return RACI_ORDER.index(letter) if letter in RACI_ORDER else len(RACI_ORDER)


def _horizon_rank(horizon: str) -> int:
    return HORIZON_ORDER.index(horizon) if horizon in HORIZON_ORDER else len(HORIZON_ORDER)


def id_number(task_id: str) -> int:
    digits = "".join(ch for ch in task_id if ch.isdigit())
    return int(digits) if digits else 0
