"""Run the workflow: start a plan, pause for clarification, resume (even in a new process).

Each run keeps its state in ``<out>/.groundwork/run/``: ``run.json`` (inputs, thread id,
status, the configuration without the API key) and ``checkpoints.sqlite`` (LangGraph's
SqliteSaver). The configuration, the engine and the key reach the nodes through the run
context (agent/runtime.py), which LangGraph never checkpoints; ``resume`` rebuilds it from
``run.json`` plus the environment. Outputs are written only by the render step, atomically;
a run that fails on bad input leaves nothing.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
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
from agent.render._atomic import atomic_write_text
from agent.runtime import RunContext
from schemas.plan import Plan

Progress = Callable[[str, dict[str, Any]], None]
RUN_SUBDIR = Path(".groundwork") / "run"


@dataclass
class RunResult:
    status: str  # "done" | "paused"
    out_dir: Path
    run_dir: Path
    plan: Plan | None = None
    questions: list[dict[str, Any]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)


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
) -> list[dict[str, Any]]:
    """Stream the graph, reporting each finished step; return interrupt payloads, if it paused."""
    questions: list[dict[str, Any]] = []
    for chunk in graph.stream(payload, run_config, context=context, stream_mode="updates"):
        for step, update in chunk.items():
            if step == "__interrupt__":
                questions.extend(_questions(update))
            elif progress is not None:
                progress(step, update if isinstance(update, dict) else {})
    return questions


def _finish(
    graph: Any,
    run_dir: Path,
    meta: dict[str, Any],
    run_config: dict[str, Any],
    questions: list[dict[str, Any]],
) -> RunResult:
    out_dir = Path(meta["out_dir"])
    if questions:
        meta["status"] = "paused"
        atomic_write_text(run_dir / "run.json", json.dumps(meta, indent=2))
        return RunResult("paused", out_dir, run_dir, questions=questions)
    values = graph.get_state(run_config).values
    meta["status"] = "done"
    atomic_write_text(run_dir / "run.json", json.dumps(meta, indent=2))
    plan = Plan.model_validate(values["plan"]) if values.get("plan") else None
    return RunResult("done", out_dir, run_dir, plan=plan, outputs=list(values.get("outputs", [])))


def _run_config(meta: dict[str, Any], config: PlanConfig) -> dict[str, Any]:
    # Only the thread id: LangGraph copies configurable values into checkpoint metadata.
    return {
        "configurable": {"thread_id": meta["thread_id"]},
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
) -> RunResult:
    """Plan from a deck and an org-context folder into ``out``. May return ``status="paused"``.

    ``deck_name`` is the name the plan cites (e.g. an upload's original file name) when the
    file on disk is named otherwise.
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
    meta = {
        "thread_id": uuid.uuid4().hex,
        "deck_path": str(deck_path),
        "context_dir": str(context_dir),
        "out_dir": str(out_dir),
        "config": config.to_dict(),
        "status": "running",
    }
    atomic_write_text(run_dir / "run.json", json.dumps(meta, indent=2))
    payload = {
        "deck_path": str(deck_path),
        "context_dir": str(context_dir),
        "out_dir": str(out_dir),
        "run_dir": str(run_dir),
        "answers": answers or {},
        "deck_name": deck_name or deck_path.name,
    }
    run_config = _run_config(meta, config)
    try:
        with _graph(run_dir) as graph:
            questions = _drive(graph, payload, run_config, run_context, progress)
            return _finish(graph, run_dir, meta, run_config, questions)
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
    """Continue a paused or interrupted run without redoing finished steps."""
    run_dir = run_dir_for(run)
    meta = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    # run.json never holds the key; GROUNDWORK_* limits set now (a longer timeout) apply.
    stored = PlanConfig.from_dict({**meta["config"], **PlanConfig.env_numbers()})
    stored.api_key = (config.api_key if config else None) or PlanConfig.from_env().api_key
    run_config = _run_config(meta, stored)
    with _graph(run_dir) as graph:
        snapshot = graph.get_state(run_config)
        if not snapshot.next:
            return _finish(graph, run_dir, meta, run_config, [])
        waiting = any(getattr(t, "interrupts", ()) for t in snapshot.tasks)
        if waiting:
            payload: Any = Command(resume=answers or {})
        else:
            payload = None  # crashed mid-run: continue from the last checkpoint
        context = RunContext.build(stored, deck=_checkpointed_deck(snapshot.values))
        try:
            questions = _drive(graph, payload, run_config, context, progress)
        finally:
            context.close()
        return _finish(graph, run_dir, meta, run_config, questions)


def _checkpointed_deck(values: dict[str, Any]) -> Any:
    """The deck a resumed run already extracted, for its rebuilt run context."""
    if not values.get("deck"):
        return None
    from schemas.deck import Deck

    return Deck.model_validate(values["deck"])


def pending_questions(run: str | Path) -> list[dict[str, Any]]:
    """The clarification questions a paused run is waiting on, read back from its checkpoint."""
    run_dir = run_dir_for(run)
    meta = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    with _graph(run_dir) as graph:
        snapshot = graph.get_state(_run_config(meta, PlanConfig.from_dict(meta["config"])))
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
