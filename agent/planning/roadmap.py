"""Schedule tasks in dependency order, in weeks, on the deck's clock when it has one.

A deck that sets phases (Phase 1: months 0-6, Phase 2: 6-18, ...) gets a roadmap in those
phases, with their gates and its horizon (a 36-month deck gets a 36-month roadmap); each
dated commitment keeps its dates. A deck without a clock gets the method's default:
foundational -> quick win -> aspirational, in weeks. On either clock an undated task starts
when its dependencies are done and its owner has a free hand (``ROLE_WIP``), within its
phase.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from graphlib import CycleError, TopologicalSorter
from typing import Any

from agent.planning.assemble import HORIZON_ORDER, phase_horizons
from agent.planning.records import DeckPhaseRecord, PhaseRecord, RoadmapRecord, TaskRecord

DURATION_WEEKS = {"foundational": 6, "quick_win": 4, "aspirational": 8}
PILOT_WEEKS = 8
# A role carries at most this many undated tasks at once: the rest of its work in a phase
# queues behind them, so its Monday list is what it can start, not the whole phase.
ROLE_WIP = 3
# Within a phase a role takes its undated work foundations first: ownership and the
# measurement baseline, then data, then process and people, then what people see.
_FOUNDATIONS_FIRST = ("governance_measurement", "tech_data", "process_people", "experience")
PHASE_NAMES = {
    "foundational": "Phase 1: Foundations (cannot be skipped)",
    "quick_win": "Phase 2: Quick wins (prove the model)",
    "aspirational": "Phase 3: Aspirational (keep the vision alive)",
}


def topological_order(
    tasks: list[TaskRecord], rank: Callable[[TaskRecord], Any] | None = None
) -> tuple[list[str], list[str]]:
    """Return (order, ids caught in a cycle), by the stdlib's graphlib: dependencies first,
    then one task at a time, the first by ``rank`` (by default the tasks' own order) of those
    whose dependencies are placed. The tasks in or after a cycle are left out of the order."""
    ids = [t["id"] for t in tasks]
    position = {tid: i for i, tid in enumerate(ids)}
    by_id = {t["id"]: t for t in tasks}
    stuck: set[str] = set()
    while True:  # graphlib names one cycle at a time: set each aside until none is left
        keep = [t for t in ids if t not in stuck]
        try:
            order = _drain(
                {tid: [d for d in by_id[tid]["depends_on"] if d in position and d not in stuck]
                 for tid in keep},
                (lambda tid: rank(by_id[tid])) if rank else position.__getitem__,
            )  # fmt: skip
        except CycleError as exc:
            cyclic = set(exc.args[1]) if len(exc.args) > 1 else set()
            stuck = _downstream(tasks, stuck | cyclic)
            continue
        return order, [t for t in ids if t in stuck]


def _downstream(tasks: list[TaskRecord], cyclic: set[str]) -> set[str]:
    """The cycle's members and every task that waits on one of them."""
    stuck = set(cyclic)
    changed = True
    while changed:
        changed = False
        for t in tasks:
            if t["id"] not in stuck and any(d in stuck for d in t["depends_on"]):
                stuck.add(t["id"])
                changed = True
    return stuck


def _drain(graph: dict[str, list[str]], rank: Callable[[str], Any]) -> list[str]:
    """Each node once its predecessors are out, the first by ``rank`` of those ready."""
    sorter: TopologicalSorter[str] = TopologicalSorter(graph)
    sorter.prepare()
    ready: list[tuple[Any, str]] = []
    done: list[str] = []
    while sorter.is_active():
        for tid in sorter.get_ready():
            heapq.heappush(ready, (rank(tid), tid))
        _, tid = heapq.heappop(ready)
        done.append(tid)
        sorter.done(tid)
    return done


def find_cycle(tasks: list[TaskRecord]) -> list[str]:
    return topological_order(tasks)[1]


def _duration(task: TaskRecord) -> int:
    return PILOT_WEEKS if task.get("pilot") else DURATION_WEEKS[task["horizon"]]


def build_roadmap(
    tasks: list[TaskRecord],
    deck_phases: list[DeckPhaseRecord] | None = None,
    deck_horizon: int | None = None,
) -> RoadmapRecord:
    """Phases and task weeks. With the deck's phases, tasks sit in the deck's phases (a method
    task in the first phase of its horizon) and dated commitments keep their dates."""
    if deck_phases:
        return _on_deck_clock(tasks, deck_phases, deck_horizon)
    rank = {t["id"]: HORIZON_ORDER.index(t["horizon"]) for t in tasks}
    # a stated window bounds the queue as a phase's end does; without one it runs on
    weeks = _placed(tasks, rank, lambda _tid: 0, lambda _tid: deck_horizon or None)
    phases: list[PhaseRecord] = []
    for horizon in HORIZON_ORDER:
        ids = [t["id"] for t in tasks if t["horizon"] == horizon]
        if not ids:
            continue
        ids.sort(key=lambda i: (weeks[i][0], int(i[1:])))
        phases.append(
            {
                "name": PHASE_NAMES[horizon],
                "horizon": horizon,
                "start_week": min(weeks[i][0] for i in ids),
                "end_week": max(weeks[i][1] for i in ids),
                "task_ids": ids,
            }
        )
    end = max((w[1] for w in weeks.values()), default=0)
    if phases and deck_horizon and deck_horizon > end and phases[-1]["horizon"] == "aspirational":
        # The deck states its window ("Strategy 2027-2029") but names no phases: the method's
        # phases keep their weeks, quick wins stay quick, and the last runs to the window's
        # end, so the roadmap is as long as the deck's plan. The clock is still the method's.
        phases[-1]["end_week"] = deck_horizon
    if deck_horizon and deck_horizon > end:
        end = deck_horizon
    return {"phases": phases, "task_weeks": weeks, "horizon_weeks": end, "clock": "method"}


def _phase_index(task: TaskRecord, deck_phases: list[DeckPhaseRecord], horizons: list[str]) -> int:
    names = [p["name"] for p in deck_phases]
    phase_name = task.get("phase")
    if phase_name is not None and phase_name in names:
        return names.index(phase_name)
    weeks = task.get("weeks")
    if weeks:
        for i, phase in enumerate(deck_phases):
            if phase["start_week"] <= weeks[0] < phase["end_week"]:
                return i
        return len(deck_phases) - 1 if weeks[0] >= deck_phases[-1]["end_week"] else 0
    wanted = HORIZON_ORDER.index(task["horizon"])
    # The first phase of the task's horizon; failing that, the nearest earlier one.
    for i, horizon in enumerate(horizons):
        if horizon == task["horizon"]:
            return i
    earlier = [i for i, h in enumerate(horizons) if HORIZON_ORDER.index(h) <= wanted]
    return earlier[-1] if earlier else 0


def _busy(spans: list[list[int]], start: int, end: int) -> int:
    """How many of ``spans`` run at once, at most, within [start, end)."""
    points = [start, *(s for s, _ in spans if start < s < end)]
    return max(sum(1 for s, e in spans if s <= p < e) for p in points)


def _levelled(spans: list[list[int]], earliest: int, length: int, latest: int) -> int:
    """The first start from ``earliest`` at which the role has a free hand for ``length``
    weeks; never after ``latest`` (the phase's last start) unless that is before ``earliest``:
    a phase too full for one role runs its work side by side rather than past its end."""
    start = earliest
    while _busy(spans, start, start + length) >= ROLE_WIP:
        start = min(e for s, e in spans if s < start + length and e > start)
    return max(earliest, min(start, latest))


def _placed(
    tasks: list[TaskRecord],
    slot: dict[str, int],
    opens: Callable[[str], int],
    closes: Callable[[str], int | None],
) -> dict[str, list[int]]:
    """Each task's [start, end) weeks, in work order. A dated commitment keeps the deck's dates
    (after its dependencies); undated work starts when its dependencies are done, not before
    its slot ``opens``, at the first week its owner has a free hand, and never so late that it
    ends past where its slot ``closes`` (None: it runs on)."""
    by_id = {t["id"]: t for t in tasks}
    weeks: dict[str, list[int]] = {}
    held: dict[str, list[list[int]]] = {}  # each role's weeks already taken
    for tid in _work_order(tasks, slot):
        task = by_id[tid]
        after = max((weeks[d][1] for d in task["depends_on"] if d in weeks), default=0)
        spans = held.setdefault(task.get("owner_role", ""), [])
        dated = task.get("weeks")
        if dated:
            start = max(int(round(dated[0])), after)
            weeks[tid] = [start, max(int(round(dated[1])), start + 1)]
        else:
            length = _duration(task)
            end = closes(tid)
            last = end - length if end is not None else after + len(tasks) * PILOT_WEEKS
            start = _levelled(spans, max(opens(tid), after), length, last)
            weeks[tid] = [start, start + length]
        spans.append(weeks[tid])
    return weeks


def _work_order(tasks: list[TaskRecord], slot: dict[str, int]) -> list[str]:
    """Dependencies first; among tasks ready together, by phase (or horizon), the deck's dated
    work before the rest, foundations first, then in the deck's order."""

    def key(t: TaskRecord) -> tuple[int, int, int, int, int]:
        source = t.get("source")
        where = (source.get("slide") or source.get("page") or 0) if source else 0
        layer = t.get("layer")
        rank = _FOUNDATIONS_FIRST.index(layer) if layer in _FOUNDATIONS_FIRST else 0
        undated = 0 if t.get("weeks") else 1
        return (slot[t["id"]], undated, rank, where, int(t["id"][1:]))

    # a baseline that waits for data access still goes before the role's later-ranked work
    order, cyclic = topological_order(tasks, key)
    return order + cyclic


def _on_deck_clock(
    tasks: list[TaskRecord], deck_phases: list[DeckPhaseRecord], deck_horizon: int | None
) -> RoadmapRecord:
    horizons = phase_horizons(len(deck_phases))
    slot = {t["id"]: _phase_index(t, deck_phases, horizons) for t in tasks}
    for task in tasks:  # a task's horizon is its phase's
        task["horizon"] = horizons[slot[task["id"]]]
    weeks = _placed(
        tasks,
        slot,
        lambda tid: int(round(deck_phases[slot[tid]]["start_week"])),
        lambda tid: int(round(deck_phases[slot[tid]]["end_week"])),
    )
    phases: list[PhaseRecord] = []
    for i, phase in enumerate(deck_phases):
        ids = sorted((t for t in slot if slot[t] == i), key=lambda t: (weeks[t][0], int(t[1:])))
        phases.append(
            {
                "name": phase["name"],
                "horizon": horizons[i],
                "start_week": int(round(phase["start_week"])),
                "end_week": max(int(round(phase["end_week"])), int(round(phase["start_week"]))),
                "task_ids": ids,
                "gate": phase.get("gate") or None,
                "source": phase.get("source"),
            }
        )
    end = max(
        [*(w[1] for w in weeks.values()), *(p["end_week"] for p in phases), deck_horizon or 0]
    )
    return {"phases": phases, "task_weeks": weeks, "horizon_weeks": end, "clock": "deck"}
