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


def test_the_decks_pilot_runs_after_its_plan_and_the_plan_after_the_pilot_is_chosen() -> None:
    """The method writes the pilot plan "before the pilot starts": the deck's pilot run and its
    go/no-go wait for it, and the plan waits for the task that chooses the pilot. An edge that
    would make earlier work wait for a later horizon, or close a loop, is not added; a task
    about something else is left alone."""
    from agent.engines.base import Decomposition, TaskDraft
    from agent.planning.assemble import merge
    from agent.planning.records import DraftRecord
    from schemas.context import OrgContext

    def deck(key: str, title: str, start: float = 0, **extra: Any) -> dict[str, Any]:
        # the horizon comes from the deck's dates: week 26 is past the first quarter
        return {
            "key": key, "title": title, "description": title, "layer": "experience",
            "owner_role": "Plant Director", "horizon": "foundational", "done_when": "done",
            "origin": "deck", "weeks": [start, start + 4], **extra,
        }  # fmt: skip

    plan = TaskDraft(
        key="pilot_plan", title="Write the Xuzhou pilot plan", description="d",
        layer="process_people", owner_role="Plant Director", horizon="foundational",
        done_when="signed", readies_pilot=True,
    )  # fmt: skip
    drafts = [
        cast(
            DraftRecord,
            {"vision_id": "V1", "decomposition": Decomposition(tasks=[plan]).model_dump()},
        )
    ]
    deck_tasks = [
        deck("chosen", "Pilot plant selected (Xuzhou)", pilot=True),
        deck("run", "Pilot run & validation"),
        deck("gate", "Pilot go/no-go", depends_on=["run"]),
        deck("pick_late", "Select pilot stores for the second wave", 26),
        deck("other", "Copilot full rollout"),
        # work that names the pilot but neither chooses nor runs it keeps its own order
        deck("survey", "Pilot plant confirmed: detailed survey of the Xuzhou site"),
        # chosen again only after the go/no-go: the plan cannot wait for it (a loop)
        deck("renamed", "Nominate Changzhou as the pilot plant", depends_on=["gate"]),
    ]
    tasks, *_ = merge(drafts, ["V1"], OrgContext(root="org"), deck_tasks=deck_tasks)  # type: ignore[arg-type]
    key = {t["id"]: t["key"] for t in tasks}
    after = {t["key"]: {key[d] for d in t["depends_on"]} for t in tasks}
    assert after["pilot_plan"] == {"chosen"}  # not the later horizon's choice
    assert "pilot_plan" in after["run"] and "pilot_plan" in after["gate"]
    assert after["chosen"] == set() and after["other"] == set() and after["survey"] == set()
    assert after["renamed"] == {"gate"}


def test_the_pilot_plan_serves_the_goals_the_pilots_own_work_serves() -> None:
    """The method proposes the pilot plan for every goal (the deck names one pilot); the plan
    cites the goals the deck's pilot work serves, not all of them."""
    from agent.engines.base import Decomposition, TaskDraft
    from agent.planning.assemble import merge
    from agent.planning.records import DraftRecord
    from schemas.context import OrgContext

    plan = TaskDraft(
        key="pilot_plan", title="Write the Lakeside ward pilot plan", description="d",
        layer="process_people", owner_role="Ward Manager", horizon="foundational",
        done_when="signed", readies_pilot=True,
    )  # fmt: skip
    drafts = [
        cast(
            DraftRecord,
            {"vision_id": v, "decomposition": Decomposition(tasks=[plan]).model_dump()},
        )
        for v in ("V1", "V2", "V3", "V10")
    ]
    deck_tasks = [
        {
            "key": key,
            "title": title,
            "description": title,
            "layer": "experience",
            "owner_role": "Ward Manager",
            "horizon": "foundational",
            "done_when": "done",
            "origin": "deck",
            "vision_ids": vids,
            "pilot": pilot,
        }  # fmt: skip
        for key, title, vids, pilot in [
            ("run", "Run bedside discharge checklists on Lakeside ward", ["V10", "V2"], True),
            ("other", "Publish the visiting hours online", ["V1"], False),
        ]
    ]
    order = ["V1", "V2", "V3", "V10"]
    tasks, *_ = merge(drafts, order, OrgContext(root="org"), deck_tasks=deck_tasks)  # type: ignore[arg-type]
    (written,) = [t for t in tasks if t["key"] == "pilot_plan"]
    assert written["vision_ids"] == ["V2", "V10"]
    # a pilot run the deck links to no goal (given the first by default) narrows nothing
    deck_tasks[0]["vision_ids"] = []
    tasks, *_ = merge(drafts, order, OrgContext(root="org"), deck_tasks=deck_tasks)  # type: ignore[arg-type]
    (written,) = [t for t in tasks if t["key"] == "pilot_plan"]
    assert written["vision_ids"] == order
