"""The plan's semantic rules (beyond the schema): one object per rule, its check and its repair
side by side. Adding a rule is adding one object to ``RULES`` and its test.

``check(state, org)`` runs every rule and lists the violations, in ``RULES`` order; rules of
one scope next to each other (``TaskRule``, ``RaciRowRule``) are run subject by subject, so a
task's violations stay together. ``agent.planning.repair.repair`` hands each violation back to
the rule that found it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from agent.engines.rules.method import BROAD
from agent.knowledge import remit as owners
from agent.planning.assemble import HORIZON_ORDER, LAYER_ORDER
from agent.planning.records import RoadmapRecord, TaskRecord, source_record
from agent.planning.roadmap import find_cycle, topological_order
from agent.state import PlanState
from schemas.context import OrgContext
from schemas.plan import Vision

if TYPE_CHECKING:
    from agent.planning.repair import Repair

_OBSERVABLE = re.compile(
    r"\b(is|are|has|have|shows?|lists?|published|signed|live|measured|reported|running|agreed|"
    r"documented|recorded|completed|in use|syncs?|reaches|exists?|chosen|presented|written|"
    r"available|above|below|falls|expired)\b"
    # a threshold one can check: "Acceptance met: key equipment connectivity >=65%"
    r"|(?:[<>≤≥]=?|\bat\s+least|\bat\s+most|\bunder|\bover|\bwithin)\s*[$£€]?\d",
    re.I,
)


@dataclass(frozen=True)
class Violation:
    code: str
    message: str
    item: str = ""
    repairable: bool = True


class PlanFacts:
    """The plan state as the rules read it: tasks, visions, roster and RACI rows, indexed once."""

    def __init__(self, state: PlanState, org: OrgContext) -> None:
        self.state = state
        self.org = org
        self.tasks: list[TaskRecord] = state.get("tasks", [])
        self.visions: list[Vision] = state.get("visions", [])
        self.notes: dict[str, str] = state.get("layer_notes", {})
        self.roster = {r.name for r in org.roles}
        self.tiers = {r.name: r.tier for r in org.roles}
        self.ids = {t["id"] for t in self.tasks}
        self.vision_ids = {v.id for v in self.visions}
        self.rows: dict[str, dict[str, str]] = {
            r["item"]: r["assignments"] for r in state.get("raci", [])
        }
        self.roadmap: RoadmapRecord | None = state.get("roadmap")

    @cached_property
    def by_id(self) -> dict[str, TaskRecord]:
        # The first task with an id wins, as a linear search would find it.
        found: dict[str, TaskRecord] = {}
        for task in self.tasks:
            found.setdefault(task["id"], task)
        return found


class Rule:
    """A rule over the whole plan. ``repair`` fixes one of its violations, where it can."""

    codes: ClassVar[tuple[str, ...]]  # the violation codes it reports
    scope: ClassVar[str] = "plan"

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        raise NotImplementedError

    def repair(self, violation: Violation, work: Repair) -> None:
        """Unrepairable by default: the violation stays in the plan's warnings."""


class TaskRule(Rule):
    """A rule about one task at a time."""

    scope = "task"

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        for task in plan.tasks:
            yield from self.check_task(task, plan)

    def check_task(self, task: TaskRecord, plan: PlanFacts) -> Iterator[Violation]:
        raise NotImplementedError


class RaciRowRule(Rule):
    """A rule about one RACI row (a task or a layer) at a time."""

    scope = "raci_row"

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        for item, assign in plan.rows.items():
            yield from self.check_row(item, assign, plan)

    def check_row(self, item: str, assign: dict[str, str], plan: PlanFacts) -> Iterator[Violation]:
        raise NotImplementedError


# --------------------------------------------------------------------------- scenarios, visions


class AtMostThreeScenarios(Rule):
    codes = ("too_many_scenarios",)

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        if len(plan.state.get("scenarios", [])) > 3:
            yield Violation("too_many_scenarios", "more than three scenarios")


class EveryLayerCovered(Rule):
    """Each vision has a task in every layer, or a note saying why not; repair fills the
    missing layers from the method."""

    codes = ("layer_uncovered",)

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        for vision in plan.visions:
            for layer in LAYER_ORDER:
                has = any(vision.id in t["vision_ids"] and t["layer"] == layer for t in plan.tasks)
                if not has and f"{vision.id}:{layer}" not in plan.notes:
                    yield Violation(
                        "layer_uncovered",
                        f"{vision.id} has no {layer} task and no reason why",
                        vision.id,
                    )

    def repair(self, violation: Violation, work: Repair) -> None:
        layer = violation.message.split(" has no ")[1].split(" task")[0]  # the message above
        work.missing_layers.setdefault(violation.item, set()).add(layer)


class BroadRolloutHasPilot(Rule):
    """A broad rollout starts as a contained pilot (one region, unit or line)."""

    codes = ("no_pilot",)

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        for vision in plan.visions:
            broad = BROAD.search(vision.text) or any(
                r.code == "universal_scope" for r in vision.vagueness.reasons
            )
            piloted = any(t.get("pilot") and vision.id in t["vision_ids"] for t in plan.tasks)
            if broad and not vision.vagueness.vague and not piloted:
                yield Violation(
                    "no_pilot",
                    f"{vision.id} implies a broad rollout but proposes no pilot",
                    vision.id,
                )

    def repair(self, violation: Violation, work: Repair) -> None:
        work.pilots.append(violation.item)


# --------------------------------------------------------------------------- tasks


class OwnerOnCoreRoster(TaskRule):
    """The owner is a role of the roster, and not an extended-tier one."""

    codes = ("unknown_owner", "extended_owner")

    def check_task(self, task: TaskRecord, plan: PlanFacts) -> Iterator[Violation]:
        tid = task["id"]
        if task["owner_role"] not in plan.roster:
            yield Violation(
                "unknown_owner", f"{tid} owner '{task['owner_role']}' is not in the roster", tid
            )
        elif plan.tiers.get(task["owner_role"]) == "extended":
            yield Violation(
                "extended_owner",
                f"{tid} is owned by extended-tier role '{task['owner_role']}'",
                tid,
            )

    def repair(self, violation: Violation, work: Repair) -> None:
        task = work.by_id.get(violation.item)
        if task is None:
            return
        roles = work.org.roles
        if violation.code == "unknown_owner":
            wanted = task["owner_role"]
            role = owners.best_role(
                roles, [*wanted.lower().split(), *task["title"].lower().split()[:6]]
            )
            role = role or owners.best_role(
                roles, [task["layer"].replace("_", " ")], min_score=0.01
            )
            role = role or next((r for r in roles if r.tier == "core"), None)
            if role is not None:
                task["owner_role"] = role.name
                work.gap(
                    task["layer"],
                    f"The role '{wanted}' proposed for {task['id']} ({task['title']}) does not exist in the roster; "
                    f"assigned to {role.name} until the organization names one.",
                    "role",
                )
        else:
            ext = task["owner_role"]
            role = owners.best_role(roles, task["title"].lower().split()[:8])
            if role is not None:
                task["owner_role"] = role.name
                task["consulted"] = [ext, *[c for c in task.get("consulted", []) if c != ext]]
                work.warnings.append(
                    f"{task['id']}: extended-tier '{ext}' moved to Consulted; {role.name} owns it"
                )


class TracedToVision(TaskRule):
    """Every task traces to a vision of the deck; repair drops unknown ids, then the tasks
    left with none."""

    codes = ("untraced_task",)

    def check_task(self, task: TaskRecord, plan: PlanFacts) -> Iterator[Violation]:
        if not task["vision_ids"] or not set(task["vision_ids"]) <= plan.vision_ids:
            yield Violation(
                "untraced_task", f"{task['id']} does not trace to a known vision", task["id"]
            )

    def repair(self, violation: Violation, work: Repair) -> None:
        work.drop_untraced = True
        task = work.by_id.get(violation.item)
        if task is not None:
            known = {x.id for x in work.state.get("visions", [])}
            task["vision_ids"] = [x for x in task["vision_ids"] if x in known]


class ObservableDone(TaskRule):
    """done_when says what someone can see. Flagged, never decorated into something that
    reads checkable: its owner must restate it."""

    codes = ("unobservable_done",)

    def check_task(self, task: TaskRecord, plan: PlanFacts) -> Iterator[Violation]:
        if len(task["done_when"].split()) < 5 or not _OBSERVABLE.search(task["done_when"]):
            yield Violation(
                "unobservable_done",
                f"{task['id']} done_when is not observable: '{task['done_when']}'; its owner must restate it",
                task["id"],
                repairable=False,
            )


class CitesContext(TaskRule):
    """A task cites an org-context passage, or traces to its slide (a deck task; a method
    task whose owner no org file names); repair cites the owner's roster entry."""

    codes = ("no_context_ref",)

    def check_task(self, task: TaskRecord, plan: PlanFacts) -> Iterator[Violation]:
        role = plan.org.role(task["owner_role"])
        unbacked = role is not None and role.source in ("deck", "method")
        if not task.get("context_refs") and not (
            task.get("source") and (task.get("origin") == "deck" or unbacked)
        ):
            yield Violation(
                "no_context_ref", f"{task['id']} cites no org-context passage", task["id"]
            )

    def repair(self, violation: Violation, work: Repair) -> None:
        task = work.by_id.get(violation.item)
        if task is None:
            return
        role = work.org.role(task["owner_role"])
        if role is not None and role.source not in ("deck", "method"):
            duties = "; ".join(role.responsibilities) or (role.team or "listed in the roster")
            quote = f"{role.name}: {duties}"[:220]
            task["context_refs"] = [{"doc": role.source or "roster", "chunk": None, "quote": quote}]
        elif task["vision_ids"]:
            # A role the deck names, or one still to be named (no roster, or another
            # business's): the task traces to its vision's slide instead.
            sources = {x.id: source_record(x.source) for x in work.state.get("visions", [])}
            task["source"] = sources.get(task["vision_ids"][0])


class DependenciesKnownAndEarlier(TaskRule):
    """A task depends only on tasks that exist, none of them on a later horizon."""

    codes = ("missing_dependency", "horizon_inversion")

    def check_task(self, task: TaskRecord, plan: PlanFacts) -> Iterator[Violation]:
        tid = task["id"]
        for dep in task["depends_on"]:
            if dep not in plan.ids:
                yield Violation("missing_dependency", f"{tid} depends on unknown {dep}", tid)
                continue
            dep_task = plan.by_id[dep]
            if HORIZON_ORDER.index(dep_task["horizon"]) > HORIZON_ORDER.index(task["horizon"]):
                yield Violation(
                    "horizon_inversion",
                    f"{tid} ({task['horizon']}) depends on {dep} ({dep_task['horizon']})",
                    tid,
                )

    def repair(self, violation: Violation, work: Repair) -> None:
        task = work.by_id.get(violation.item)
        if task is None:
            return
        if violation.code == "missing_dependency":
            task["depends_on"] = [d for d in task["depends_on"] if d in work.by_id]
            work.warnings.append(f"{task['id']}: dropped dependencies on tasks that do not exist")
            return
        for dep in task["depends_on"]:  # horizon_inversion: the dependency moves earlier
            d = work.by_id.get(dep)
            if d and HORIZON_ORDER.index(d["horizon"]) > HORIZON_ORDER.index(task["horizon"]):
                work.warnings.append(
                    f"{dep} moved to {task['horizon']}: {task['id']} cannot start without it"
                )
                d["horizon"] = task["horizon"]


class AcyclicDependencies(Rule):
    """No dependency cycle; repair cuts one dependency of a task in the cycle until none is left."""

    codes = ("dependency_cycle",)

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        cycle = find_cycle(plan.tasks)
        if cycle:
            yield Violation(
                "dependency_cycle", f"dependency cycle among {', '.join(cycle)}", ",".join(cycle)
            )

    def repair(self, violation: Violation, work: Repair) -> None:
        _, cyclic = topological_order(work.tasks)
        while cyclic:
            last = work.by_id[cyclic[-1]]
            cut = [d for d in last["depends_on"] if d in cyclic]
            last["depends_on"] = [d for d in last["depends_on"] if d not in cut[:1]]
            work.warnings.append(f"{last['id']}: removed dependency on {cut[0]} to break a cycle")
            _, cyclic = topological_order(work.tasks)


# --------------------------------------------------------------------------- RACI


class RaciRowForEveryItem(Rule):
    """Every task and every layer has a RACI row (repair rebuilds the RACI in any case)."""

    codes = ("raci_missing",)

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        for task in plan.tasks:
            if task["id"] not in plan.rows:
                yield Violation("raci_missing", f"no RACI row for {task['id']}", task["id"])
        for layer in LAYER_ORDER:
            if f"layer:{layer}" not in plan.rows:
                yield Violation("raci_missing", f"no RACI row for layer:{layer}", layer)


class RaciRowValid(RaciRowRule):
    """Exactly one A and at least one R, roles from the roster, extended tier never R or A."""

    codes = ("raci_invalid", "raci_unknown_role", "raci_extended")

    def check_row(self, item: str, assign: dict[str, str], plan: PlanFacts) -> Iterator[Violation]:
        letters = list(assign.values())
        if letters.count("A") != 1 or "R" not in letters:
            yield Violation(
                "raci_invalid", f"RACI row {item} needs exactly one A and at least one R", item
            )
        for name, letter in assign.items():
            if name not in plan.roster:
                yield Violation(
                    "raci_unknown_role", f"RACI row {item} names '{name}', not in the roster", item
                )
            elif plan.tiers.get(name) == "extended" and letter in ("R", "A"):
                yield Violation(
                    "raci_extended", f"RACI row {item}: extended-tier '{name}' holds {letter}", item
                )


# --------------------------------------------------------------------------- roadmap


class RoadmapHoldsEveryTask(Rule):
    codes = ("roadmap_incomplete",)

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        phases = plan.roadmap.get("phases", []) if plan.roadmap else []
        placed = [tid for p in phases for tid in p["task_ids"]]
        if sorted(placed) != sorted(plan.ids) and plan.tasks:
            yield Violation(
                "roadmap_incomplete", "roadmap phases do not hold every task exactly once"
            )


class RoadmapInHorizonOrder(Rule):
    codes = ("roadmap_order",)

    def check(self, plan: PlanFacts) -> Iterator[Violation]:
        phases = plan.roadmap.get("phases", []) if plan.roadmap else []
        horizons = [p["horizon"] for p in phases]
        if horizons != sorted(horizons, key=HORIZON_ORDER.index):
            yield Violation(
                "roadmap_order",
                "roadmap phases are not ordered foundational -> quick_win -> aspirational",
            )


class StartsAfterDependencies(TaskRule):
    codes = ("roadmap_weeks",)

    def check_task(self, task: TaskRecord, plan: PlanFacts) -> Iterator[Violation]:
        weeks = plan.roadmap.get("task_weeks", {}) if plan.roadmap else {}
        for dep in task["depends_on"]:
            if dep in weeks and task["id"] in weeks and weeks[dep][1] > weeks[task["id"]][0]:
                yield Violation(
                    "roadmap_weeks",
                    f"{task['id']} starts before its dependency {dep} ends",
                    task["id"],
                )


# The rules, in the order their violations are listed (and repaired).
RULES: tuple[Rule, ...] = (
    AtMostThreeScenarios(),
    EveryLayerCovered(),
    BroadRolloutHasPilot(),
    OwnerOnCoreRoster(),
    TracedToVision(),
    ObservableDone(),
    CitesContext(),
    DependenciesKnownAndEarlier(),
    AcyclicDependencies(),
    RaciRowForEveryItem(),
    RaciRowValid(),
    RoadmapHoldsEveryTask(),
    RoadmapInHorizonOrder(),
    StartsAfterDependencies(),
)


def _groups(rules: tuple[Rule, ...]) -> Iterator[list[Rule]]:
    """Consecutive rules of one per-subject scope form a group; a plan rule is its own."""
    group: list[Rule] = []
    for rule in rules:
        if group and (rule.scope == "plan" or rule.scope != group[0].scope):
            yield group
            group = []
        group.append(rule)
    if group:
        yield group


def check(state: PlanState, org: OrgContext, rules: tuple[Rule, ...] = RULES) -> list[Violation]:
    plan = PlanFacts(state, org)
    out: list[Violation] = []
    for group in _groups(rules):
        task_rules = [r for r in group if isinstance(r, TaskRule)]
        row_rules = [r for r in group if isinstance(r, RaciRowRule)]
        if len(group) > 1 and task_rules == group:
            for task in plan.tasks:  # one task's violations together
                for task_rule in task_rules:
                    out.extend(task_rule.check_task(task, plan))
        elif len(group) > 1 and row_rules == group:
            for item, assign in plan.rows.items():
                for row_rule in row_rules:
                    out.extend(row_rule.check_row(item, assign, plan))
        else:
            for rule in group:
                out.extend(rule.check(plan))
    return out
