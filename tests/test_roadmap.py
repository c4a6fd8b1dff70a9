"""The roadmap's clock: a deck that states its window but names no phases runs as long as the
deck's plan, in the method's phases, the last running to the window's end."""

from __future__ import annotations

from typing import Any, cast

from agent.planning.records import TaskRecord
from agent.planning.roadmap import PHASE_NAMES, build_roadmap


def _task(tid: str, horizon: str, *deps: str, **extra: Any) -> TaskRecord:
    return cast(TaskRecord, {"id": tid, "horizon": horizon, "depends_on": list(deps), **extra})


TASKS = [
    _task("T1", "foundational"),
    _task("T2", "quick_win", "T1"),
    _task("T3", "aspirational", "T2"),
]


def test_a_stated_window_without_phases_runs_the_roadmap_to_the_windows_end() -> None:
    roadmap = build_roadmap([dict(t) for t in TASKS], [], 156)  # type: ignore[misc]
    assert roadmap["clock"] == "method"  # the phases are the method's, and it says so
    assert roadmap["horizon_weeks"] == 156
    spans = [(p["name"], p["start_week"], p["end_week"]) for p in roadmap["phases"]]
    assert spans == [
        (PHASE_NAMES["foundational"], 0, 6),
        (PHASE_NAMES["quick_win"], 6, 10),  # quick wins stay quick
        (PHASE_NAMES["aspirational"], 10, 156),
    ]
    assert roadmap["task_weeks"]["T3"] == [10, 18]  # each task its usual length


def test_without_aspirational_work_quick_wins_are_not_stretched_to_the_window() -> None:
    roadmap = build_roadmap([dict(t) for t in TASKS[:2]], [], 156)  # type: ignore[misc]
    assert [p["end_week"] for p in roadmap["phases"]] == [6, 10]
    assert roadmap["horizon_weeks"] == 156


def test_without_a_window_the_method_keeps_its_own_weeks() -> None:
    roadmap = build_roadmap([dict(t) for t in TASKS], [], None)  # type: ignore[misc]
    assert roadmap["horizon_weeks"] == 18
    assert roadmap["phases"][-1]["end_week"] == 18
