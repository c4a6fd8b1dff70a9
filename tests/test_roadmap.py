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


def _phase(name: str, start: int, end: int) -> Any:
    return {"name": name, "start_week": start, "end_week": end, "source": None, "gate": None}


def _work(tid: str, owner: str, layer: str = "experience", **extra: Any) -> TaskRecord:
    return _task(tid, "foundational", owner_role=owner, layer=layer, **extra)


def _most_at_once(roadmap: Any, ids: list[str]) -> int:
    spans = [roadmap["task_weeks"][i] for i in ids]
    return max(sum(1 for s, e in spans if s <= w < e) for w in range(200))


def test_a_role_carries_three_undated_tasks_at_once_and_queues_the_rest_in_its_phase() -> None:
    """Five undated tasks of one role in a year-long phase do not all start on Monday: three
    run, the others start as those end. Another role's work does not wait for them."""
    tasks = [_work(f"T{i}", "Content Director") for i in range(1, 6)]
    tasks.append(_work("T6", "Revenue Director"))
    roadmap = build_roadmap(tasks, [_phase("Wave 1", 0, 52), _phase("Wave 2", 52, 104)], 104)
    weeks = roadmap["task_weeks"]
    assert _most_at_once(roadmap, ["T1", "T2", "T3", "T4", "T5"]) == 3
    assert [weeks[t][0] for t in ("T1", "T2", "T3", "T4", "T5")] == [0, 0, 0, 6, 6]
    assert weeks["T6"] == [0, 6]
    assert all(weeks[t][1] <= 52 for t in weeks)  # still in Wave 1


def test_a_role_takes_its_foundations_first_and_otherwise_the_decks_order() -> None:
    """Ownership and baselines, then data, then process, then what people see; within a layer,
    slide order. The deck's dated work keeps its dates and takes its share of the role's hands."""
    src = [{"file": "d.pptx", "slide": n, "page": None} for n in (9, 4, 2, 7, 5)]
    tasks = [
        _work("T1", "Ops Director", "experience", source=src[0]),
        _work("T2", "Ops Director", "experience", source=src[1]),
        _work("T3", "Ops Director", "process_people", source=src[2]),
        _work("T4", "Ops Director", "governance_measurement", source=src[3]),
        _work("T5", "Ops Director", "tech_data", source=src[4], weeks=[0, 10]),
    ]
    roadmap = build_roadmap(tasks, [_phase("Phase 1", 0, 26), _phase("Phase 2", 26, 52)], 52)
    weeks = roadmap["task_weeks"]
    assert weeks["T5"] == [0, 10]  # dated: kept
    assert weeks["T4"][0] == weeks["T3"][0] == 0  # foundations first, beside the dated work
    assert weeks["T2"][0] == 6 and weeks["T1"][0] == 6  # slide 4 and slide 9 queue behind
    assert _most_at_once(roadmap, ["T1", "T2", "T3", "T4", "T5"]) == 3


def test_a_phase_too_full_for_one_role_runs_its_work_side_by_side_not_past_its_end() -> None:
    tasks = [_work(f"T{i}", "Plant Manager") for i in range(1, 8)]
    roadmap = build_roadmap(tasks, [_phase("Pilot", 0, 12), _phase("Scale", 12, 40)], 40)
    weeks = roadmap["task_weeks"]
    assert all(weeks[t][1] <= 12 for t in weeks)  # nothing spills into Scale
    assert [weeks[t][0] for t in sorted(weeks, key=lambda t: int(t[1:]))] == [0, 0, 0, 6, 6, 6, 6]


def test_a_queued_task_still_waits_for_its_dependencies() -> None:
    tasks = [_work(f"T{i}", "Plant Manager") for i in range(1, 4)]
    tasks.append(_work("T4", "Plant Manager", depends_on=["T1"]))
    tasks.append(_work("T5", "Quality Director", depends_on=["T4"]))
    roadmap = build_roadmap(tasks, [_phase("Phase 1", 0, 52), _phase("Phase 2", 52, 80)], 80)
    weeks = roadmap["task_weeks"]
    assert weeks["T4"][0] >= weeks["T1"][1] and weeks["T5"][0] >= weeks["T4"][1]


def test_on_the_methods_clock_a_role_queues_too_foundations_before_quick_wins() -> None:
    tasks = [_work(f"T{i}", "Marketing Lead") for i in range(1, 5)]
    tasks.append(_task("T5", "quick_win", owner_role="Marketing Lead", layer="experience"))
    roadmap = build_roadmap(tasks, [], 52)
    weeks = roadmap["task_weeks"]
    assert [weeks[f"T{i}"][0] for i in range(1, 6)] == [0, 0, 0, 6, 6]
    assert _most_at_once(roadmap, list(weeks)) == 3
    assert roadmap["clock"] == "method"


def test_on_the_methods_clock_the_decks_own_dates_still_hold() -> None:
    """A deck without phases may still date a piece of work ("wait-time display design,
    January to March"): its done-when says "by month 3", so the roadmap keeps those weeks,
    and the role's other work queues around them."""
    tasks = [
        _work("T1", "Telehealth Manager", weeks=[0, 13]),
        _work("T2", "Telehealth Manager"),
        _work("T3", "Telehealth Manager"),
        _work("T4", "Telehealth Manager"),
    ]
    roadmap = build_roadmap(tasks, [], 52)
    weeks = roadmap["task_weeks"]
    assert weeks["T1"] == [0, 13]
    assert sorted(weeks[t][0] for t in ("T2", "T3", "T4")) == [0, 0, 6]
    assert roadmap["clock"] == "method"
