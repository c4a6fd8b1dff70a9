"""The roadmap's clock: a deck that states its window but names no phases runs as long as the
deck's plan, in the method's phases laid across that window."""

from __future__ import annotations

from typing import Any, cast

from agent.planning.records import TaskRecord
from agent.planning.roadmap import PHASE_NAMES, build_roadmap


def _task(tid: str, horizon: str, *deps: str, **extra: Any) -> TaskRecord:
    return cast(TaskRecord, {"id": tid, "horizon": horizon, "depends_on": list(deps), **extra})


def test_a_stated_window_without_phases_spreads_the_methods_phases_across_it() -> None:
    tasks = [
        _task("T1", "foundational"),
        _task("T2", "quick_win", "T1"),
        _task("T3", "aspirational", "T2"),
        _task("T4", "quick_win", weeks=[60.0, 70.0]),  # a commitment the deck dates itself
    ]
    roadmap = build_roadmap(tasks, [], 104)
    assert roadmap["clock"] == "method"  # the phases are the method's, and it says so
    assert roadmap["horizon_weeks"] == 104
    spans = [(p["name"], p["start_week"], p["end_week"]) for p in roadmap["phases"]]
    assert spans == [
        (PHASE_NAMES["foundational"], 0, 26),
        (PHASE_NAMES["quick_win"], 26, 52),
        (PHASE_NAMES["aspirational"], 52, 104),
    ]
    weeks = roadmap["task_weeks"]
    assert weeks["T1"] == [0, 6] and weeks["T2"] == [26, 30] and weeks["T3"] == [52, 60]
    assert weeks["T4"] == [60, 70]


def test_without_a_window_the_method_keeps_its_own_weeks() -> None:
    roadmap = build_roadmap([_task("T1", "foundational"), _task("T2", "quick_win", "T1")], [], None)
    assert roadmap["horizon_weeks"] == 10 and roadmap["clock"] == "method"
