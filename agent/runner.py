"""Run the workflow: start a plan, pause for clarification, resume (even in a new process).

Each run keeps its state in ``<out>/.groundwork/run/``: ``run.json`` (its ``RunRecord``:
inputs, thread id, status, current step, questions, the configuration without the API key;
the one status record, which the web service reads too) and ``checkpoints.sqlite``
(LangGraph's SqliteSaver). The configuration, the engine and the key reach the nodes through the run
context (agent/runtime.py), which LangGraph never checkpoints; ``resume`` rebuilds it from
``run.json`` plus the environment. Outputs are written only by the render step, atomically;
a run that fails on bad input leaves nothing.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command

from agent.config import PlanConfig
from agent.errors import ContextError, InputError, RunError
from agent.record import RUN_SUBDIR, RunRecord
from agent.runtime import RunContext
from schemas.plan import Plan

Progress = Callable[[str, dict[str, Any]], None]
REPLAN_FROM = "assess_vagueness"  # where answers given after the plan was written take effect
STEPS_REUSED = ("extract", "read_deck_plan", "find_visions")  # what such a re-plan keeps


@dataclass
class RunResult:
    status: str  # "done" | "paused"
    out_dir: Path
    run_dir: Path
    plan: Plan | None = None
    questions: list[dict[str, Any]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    record: RunRecord | None = None


def run_dir_for(path: str | Path) -> Path:
    """Accept either the output folder or its run folder."""
    p = Path(path)
    if (p / "run.json").is_file():
        return p
    if (p / RUN_SUBDIR / "run.json").is_file():
        return p / RUN_SUBDIR
    raise RunError(f"{p}: no groundwork run here (expected {RUN_SUBDIR}/run.json)")


@contextmanager
def _graph(run_dir: Path) -> Iterator[Any]:
    from agent.graph import build_graph

    conn = sqlite3.connect(run_dir / "checkpoints.sqlite", check_same_thread=False)
    try:
        yield build_graph(checkpointer=SqliteSaver(conn))
    finally:
        conn.close()


def _drive(
    graph: Any,
    payload: Any,
    run_config: dict[str, Any],
    context: RunContext,
    progress: Progress | None,
    record: RunRecord,
    run_dir: Path,
) -> list[dict[str, Any]]:
    """Stream the graph, recording and reporting each finished step; return interrupt
    payloads, if it paused."""
    questions: list[dict[str, Any]] = []
    for chunk in graph.stream(payload, run_config, context=context, stream_mode="updates"):
        for step, update in chunk.items():
            if step == "__interrupt__":
                questions.extend(_questions(update))
                continue
            record.set_step(step)
            record.save(run_dir / "run.json")
            if progress is not None:
                progress(step, update if isinstance(update, dict) else {})
    return questions


def _finish(
    graph: Any,
    run_dir: Path,
    record: RunRecord,
    run_config: dict[str, Any],
    questions: list[dict[str, Any]],
) -> RunResult:
    out_dir = Path(record.out_dir)
    record.step = None
    if questions:
        record.status = "paused"
        record.questions = json.loads(json.dumps(questions, default=str))
        record.save(run_dir / "run.json")
        return RunResult("paused", out_dir, run_dir, questions=questions, record=record)
    values = graph.get_state(run_config).values
    record.status, record.questions, record.error = "done", [], None
    record.finished = time.time()
    record.save(run_dir / "run.json")
    plan = Plan.model_validate(values["plan"]) if values.get("plan") else None
    return RunResult(
        "done",
        out_dir,
        run_dir,
        plan=plan,
        outputs=list(values.get("outputs", [])),
        record=record,
    )


def _run_config(record: RunRecord, config: PlanConfig) -> dict[str, Any]:
    # Only the thread id: LangGraph copies configurable values into checkpoint metadata.
    return {
        "configurable": {"thread_id": record.thread_id},
        "max_concurrency": max(1, config.max_concurrency),
        "recursion_limit": 100,
    }


def plan(
    deck: str | Path,
    *,
    context: str | Path,
    out: str | Path,
    config: PlanConfig | None = None,
    answers: dict[str, Any] | None = None,
    progress: Progress | None = None,
    deck_name: str | None = None,
    record: RunRecord | None = None,
) -> RunResult:
    """Plan from a deck and an org-context folder into ``out``. May return ``status="paused"``.

    ``deck_name`` is the name the plan cites (e.g. an upload's original file name) when the
    file on disk is named otherwise. ``record`` continues a record the caller made (the web
    service's queued run: its id and labels are kept); it is updated in place at every step.
    """
    config = config or PlanConfig.from_env()
    deck_path, context_dir, out_dir = (
        Path(deck).resolve(),
        Path(context).resolve(),
        Path(out).resolve(),
    )
    if not deck_path.is_file():
        raise InputError(deck, "no such file")
    if not context_dir.is_dir():
        raise ContextError(f"{context}: org-context folder not found")
    created_out = not out_dir.exists()
    run_dir = out_dir / RUN_SUBDIR
    if config.cache_dir is None:  # a re-run into the same folder replays cached model answers
        config = replace(config, cache_dir=str(out_dir / ".groundwork" / "llm-cache"))
    if config.llm_log is None:  # one line per model request: sizes and outcomes, no content
        config = replace(config, llm_log=str(run_dir / "llm-calls.jsonl"))
    # A resumed run keeps its engine, whatever the environment says then.
    config = replace(config, engine=config.resolved_engine())
    run_context = RunContext.build(config)  # a misconfigured engine fails here, before any write
    run_dir.mkdir(parents=True, exist_ok=True)
    record = record if record is not None else RunRecord(thread_id=uuid.uuid4().hex)
    record.deck_path, record.context_dir, record.out_dir = (
        str(deck_path),
        str(context_dir),
        str(out_dir),
    )
    record.config = config.to_dict()  # never the API key
    record.deck_name = deck_name or record.deck_name or deck_path.name
    record.status, record.step, record.steps_done, record.error = "running", None, [], None
    record.started = record.started or time.time()
    record.save(run_dir / "run.json")
    payload = {
        "deck_path": str(deck_path),
        "context_dir": str(context_dir),
        "out_dir": str(out_dir),
        "run_dir": str(run_dir),
        "answers": answers or {},
        "deck_name": record.deck_name,
    }
    run_config = _run_config(record, config)
    try:
        with _graph(run_dir) as graph:
            questions = _drive(graph, payload, run_config, run_context, progress, record, run_dir)
            return _finish(graph, run_dir, record, run_config, questions)
    except (InputError, ContextError):
        # Bad input: nothing to resume and nothing worth keeping.
        shutil.rmtree(out_dir if created_out else run_dir, ignore_errors=True)
        raise
    finally:
        run_context.close()


def resume(
    run: str | Path,
    *,
    answers: dict[str, Any] | None = None,
    config: PlanConfig | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Continue a paused or interrupted run without redoing finished steps.

    On a finished run, ``answers`` to visions it left vague re-plan it from the vagueness
    step, reusing the deck's extraction and visions (see ``_replan``).
    """
    run_dir = run_dir_for(run)
    record = RunRecord.load(run_dir / "run.json")
    # run.json never holds the key; GROUNDWORK_* limits set now (a longer timeout) apply.
    stored = PlanConfig.from_dict({**record.config, **PlanConfig.env_numbers()})
    stored.api_key = (config.api_key if config else None) or PlanConfig.from_env().api_key
    run_config = _run_config(record, stored)
    with _graph(run_dir) as graph:
        snapshot = graph.get_state(run_config)
        if not snapshot.next:
            if answers:  # answered later: re-plan from the vagueness step with them
                return _replan(graph, run_dir, record, stored, run_config, answers, progress)
            return _finish(graph, run_dir, record, run_config, [])
        waiting = any(getattr(t, "interrupts", ()) for t in snapshot.tasks)
        if waiting:
            # An empty dict would read as an empty map of interrupt ids (nothing resumed, the
            # run pauses again); "no answers" is a value the node reads as none given.
            payload: Any = Command(resume=answers or [])
            record.answers.update({str(k): str(v) for k, v in (answers or {}).items()})
        else:
            payload = None  # crashed mid-run: continue from the last checkpoint
        record.status, record.questions, record.error = "running", [], None
        record.save(run_dir / "run.json")
        context = RunContext.build(stored, deck=_checkpointed_deck(snapshot.values))
        try:
            questions = _drive(graph, payload, run_config, context, progress, record, run_dir)
        finally:
            context.close()
        return _finish(graph, run_dir, record, run_config, questions)


def _replan(
    graph: Any,
    run_dir: Path,
    record: RunRecord,
    config: PlanConfig,
    run_config: dict[str, Any],
    answers: dict[str, Any],
    progress: Progress | None,
) -> RunResult:
    """A finished plan answered later: fork the run's history just before assess_vagueness
    with all answers so far, and run from there.

    Reading the deck, its own plan and its visions are reused from the checkpoint (nothing is
    extracted or found again); the vagueness step applies the answers and does not pause for
    the visions left unanswered (their flags stay); everything downstream of the visions is
    planned again, with a model's unchanged requests answered from the run's cache.
    """
    fork = next((s for s in graph.get_state_history(run_config) if s.next == (REPLAN_FROM,)), None)
    if fork is None:
        raise RunError(f"{record.out_dir}: this run has no checkpoint to re-plan from")
    given = {str(k): str(v) for k, v in answers.items()}
    merged = {**(fork.values.get("answers") or {}), **record.answers, **given}
    forked = graph.update_state(fork.config, {"answers": merged}, as_node=STEPS_REUSED[-1])
    branch = {**run_config, "configurable": forked["configurable"]}
    record.answers = {**record.answers, **given}
    record.status, record.questions, record.error, record.finished = "running", [], None, None
    record.step, record.steps_done = STEPS_REUSED[-1], list(STEPS_REUSED)
    record.save(run_dir / "run.json")
    context = RunContext.build(
        replace(config, interactive=False), deck=_checkpointed_deck(fork.values)
    )
    try:
        questions = _drive(graph, None, branch, context, progress, record, run_dir)
    finally:
        context.close()
    # The branch is now the thread's newest checkpoint: the plain thread config reads it.
    return _finish(graph, run_dir, record, run_config, questions)


def _checkpointed_deck(values: dict[str, Any]) -> Any:
    """The deck a resumed run already extracted, for its rebuilt run context."""
    if not values.get("deck"):
        return None
    from schemas.deck import Deck

    return Deck.model_validate(values["deck"])


def pending_questions(run: str | Path) -> list[dict[str, Any]]:
    """The clarification questions a paused run is waiting on, read back from its checkpoint."""
    run_dir = run_dir_for(run)
    record = RunRecord.load(run_dir / "run.json")
    with _graph(run_dir) as graph:
        snapshot = graph.get_state(_run_config(record, PlanConfig.from_dict(record.config)))
    questions: list[dict[str, Any]] = []
    for task in snapshot.tasks:
        questions.extend(_questions(getattr(task, "interrupts", ())))
    return questions


def _questions(interrupts: Any) -> list[dict[str, Any]]:
    """The visions an ``interrupt`` from assess_vagueness asks about."""
    found: list[dict[str, Any]] = []
    for item in interrupts:
        value = getattr(item, "value", item)
        if isinstance(value, dict):
            found.extend(value.get("visions", []))
    return found


def load_answers(path: str | Path) -> dict[str, Any]:
    """Answers file: YAML or JSON mapping vision id (or text) -> answer, or a list of {id|vision, answer}."""
    import yaml

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RunError(f"{p}: answers file not found") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RunError(f"{p}: not a YAML or JSON answers file ({type(exc).__name__})") from None
    if isinstance(data, list):
        data = {
            str(item.get("id") or item.get("vision")): item.get("answer")
            for item in data
            if isinstance(item, dict)
        }
    if not isinstance(data, dict) or not data:
        raise RunError(f"{p}: expected a mapping of vision id or text to answer")
    return {str(k): v for k, v in data.items() if v not in (None, "")}
