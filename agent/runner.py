"""Run the workflow: start a plan, pause for clarification, resume (even in a new process).

Each run keeps its state in ``<out>/.groundwork/run/``: ``run.json`` (its ``RunRecord``:
inputs, thread id, status, current step, questions, the configuration without the API key;
the one status record, which the web service reads too) and ``checkpoints.sqlite``
(LangGraph's SqliteSaver; with a team database, its ``PostgresSaver``: agent.checkpointers;
large values once each in ``blobs/``, agent/checkpoints.py). The configuration, the engine
and the key reach the nodes through the run context (agent/runtime.py), which LangGraph
never checkpoints; ``resume`` rebuilds it from
``run.json`` plus the environment. Outputs are written only by the render step, atomically;
a run that fails on bad input leaves nothing.

Every run executes under its budget (``agent.budget``: a wall-time limit and a memory
ceiling from the config), in a child process the parent can stop; the run context is built
in that child. A new plan into a folder that already holds a run sets the previous run's
state aside first and puts it back if the new run fails, so a failed re-plan never costs
the previous run (or its pause) anything. A run is done only when its outputs exist;
``resume`` re-runs whatever is missing.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from langgraph.types import Command

from agent.budget import run_with_budget
from agent.checkpointers import Checkpoints, SqliteCheckpoints, for_record
from agent.config import PlanConfig
from agent.errors import ContextError, GroundworkError, InputError, RunError
from agent.files import remove_stale
from agent.record import RUN_SUBDIR, Question, RunRecord, summary_of
from agent.runtime import RunContext
from agent.state import STATE_FORMAT, PlanInput, PlanState
from extractors import display_path
from schemas.plan import Plan

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig

    from schemas.deck import Deck

# Called after each finished step with the step's name and the state update it returned.
Progress = Callable[[str, PlanState], None]
REPLAN_FROM = "assess_vagueness"  # where answers given after the plan was written take effect
STEPS_REUSED = ("extract", "read_deck_plan", "find_visions")  # what such a re-plan keeps
PREVIOUS_PREFIX = "run.previous-"  # a previous run's state, set aside while a re-plan runs
# Imported before a run's child starts, so that children share them instead of each paying.
PRELOAD = (
    "agent.graph",
    "agent.context",
    "agent.render",
    "extractors.pptx",
    "extractors.pdf",
    "extractors.docx",
)


# Runs this process has started: from its second on, the parent also loads what a plan reads
# (agent._warm: Chroma's import, the knowledge files, the embedding model), so that every
# later child forks with them instead of paying for them again (measured on the example from a
# warm parent: about 0.7 CPU-s per run). The CLI's one run never pays it up front: a deck that
# fails early still fails fast.
_started = 0


def _preload(config: PlanConfig, checkpoints: Checkpoints) -> tuple[str, ...]:
    global _started
    _started += 1
    llm = ("agent.engines.llm",) if config.resolved_engine() == "llm" else ()
    warm = ("agent._warm",) if _started > 1 else ()
    return PRELOAD + checkpoints.preload + llm + warm


@dataclass
class RunResult:
    status: str  # "done" | "paused"
    out_dir: Path
    run_dir: Path
    plan: Plan | None = None
    questions: list[Question] = field(default_factory=list)
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
def _graph(run_dir: Path, checkpoints: Checkpoints) -> Iterator[Any]:
    from agent.graph import build_graph

    with checkpoints.open(run_dir) as saver:
        yield build_graph(checkpointer=saver)


def _drive(
    graph: Any,
    payload: Any,
    run_config: RunnableConfig,
    context: RunContext,
    progress: Progress | None,
    record: RunRecord,
    run_dir: Path,
) -> list[Question]:
    """Stream the graph, recording and reporting each finished step; return interrupt
    payloads, if it paused."""
    questions: list[Question] = []
    for chunk in graph.stream(payload, run_config, context=context, stream_mode="updates"):
        for step, update in chunk.items():
            if step == "__interrupt__":
                questions.extend(_questions(update))
                continue
            if step.startswith("__"):
                # "__metadata__" ({"cached": True}): a branch a resumed run replayed from its
                # saved writes (a worker that died mid-step), not a step
                continue
            record.set_step(step)
            record.save(run_dir / "run.json")
            if progress is not None:
                progress(step, _values(update) if isinstance(update, dict) else {})
    return questions


def _finish(
    graph: Any,
    run_dir: Path,
    record: RunRecord,
    run_config: RunnableConfig,
    questions: list[Question],
) -> RunResult:
    out_dir = Path(record.out_dir)
    record.step = None
    if questions:
        record.status = "paused"
        record.questions = json.loads(json.dumps(questions, default=str))
        record.save(run_dir / "run.json")
        return RunResult("paused", out_dir, run_dir, questions=questions, record=record)
    values = _values(graph.get_state(run_config).values)
    if not _complete(values):
        raise RunError(f"{out_dir}: the run ended without writing its outputs; run it again")
    plan = Plan.model_validate(values["plan"]) if values.get("plan") else None
    record.status, record.questions, record.error = "done", [], None
    record.summary = summary_of(plan)  # a done record on disk is whole: read it any time
    record.finished = time.time()
    record.save(run_dir / "run.json")
    return RunResult(
        "done",
        out_dir,
        run_dir,
        plan=plan,
        outputs=list(values.get("outputs", [])),
        record=record,
    )


def _run_config(record: RunRecord, config: PlanConfig) -> RunnableConfig:
    # Only the thread id: LangGraph copies configurable values into checkpoint metadata.
    return {
        "configurable": {"thread_id": record.thread_id},
        "max_concurrency": config.parallel(),
        "recursion_limit": 100,
    }


def _values(values: dict[str, Any]) -> PlanState:
    """State the graph hands back (a checkpoint's values, a step's update) as what it is: every
    key is one a step of this graph wrote, and the checkpointer validated its models back
    (agent/checkpoints.py)."""
    return cast(PlanState, values)


def _complete(values: PlanState) -> bool:
    """A run is done when its plan was rendered and every output it wrote is still there."""
    outputs = values.get("outputs") or []
    return bool(values.get("plan")) and bool(outputs) and all(Path(p).is_file() for p in outputs)


def check_deck_path(deck: str | Path) -> Path:
    """The deck, resolved; an InputError saying what the path is when it is not a regular file."""
    from extractors.detect import not_a_regular_file

    problem = not_a_regular_file(deck)
    if problem:
        raise InputError(display_path(str(deck)), problem)
    return Path(deck).resolve()


def plan(
    deck: str | Path,
    *,
    context: str | Path,
    out: str | Path,
    config: PlanConfig | None = None,
    answers: dict[str, str] | None = None,
    progress: Progress | None = None,
    deck_name: str | None = None,
    record: RunRecord | None = None,
    cancel: Any = None,
    checkpoints: Checkpoints | None = None,
) -> RunResult:
    """Plan from a deck and an org-context folder into ``out``. May return ``status="paused"``.

    ``deck_name`` is the name the plan cites (e.g. an upload's original file name) when the
    file on disk is named otherwise. ``record`` continues a record the caller made (the web
    service's queued run: its id and labels are kept); it is updated in place. The run
    executes under ``config``'s budget (``time_limit``, ``memory_limit``); ``cancel`` (a
    ``threading.Event``) stops it. Raises BudgetExceededError / RunCancelledError then.
    ``checkpoints`` is where LangGraph saves the run (default: SQLite in the run folder).
    """
    config = config or PlanConfig.from_env()
    checkpoints = checkpoints or SqliteCheckpoints()
    deck_path = check_deck_path(deck)
    context_dir, out_dir = Path(context).resolve(), Path(out).resolve()
    if not context_dir.is_dir():
        raise ContextError(f"{display_path(str(context))}: org-context folder not found")
    try:
        str(out_dir).encode("utf-8")
    except UnicodeEncodeError:  # the run's index and checkpoints need a UTF-8 path
        raise RunError(
            f"{display_path(str(out))}: output folder name is not valid UTF-8; choose another"
        ) from None
    created_out = not out_dir.exists()
    run_dir = out_dir / RUN_SUBDIR
    if config.cache_dir is None:  # a re-run into the same folder replays cached model answers
        config = replace(config, cache_dir=str(out_dir / ".groundwork" / "llm-cache"))
    if config.llm_log is None:  # one line per model request: sizes and outcomes, no content
        config = replace(config, llm_log=str(run_dir / "llm-calls.jsonl"))
    # A resumed run keeps its engine, whatever the environment says then.
    config = replace(config, engine=config.resolved_engine())
    RunContext.build(config).close()  # a misconfigured engine fails here, before any write
    run_dir.mkdir(parents=True, exist_ok=True)
    remove_stale(run_dir.parent, PREVIOUS_PREFIX)  # set aside by a re-plan that was killed
    previous = _set_aside(run_dir)
    given = record
    record = record.model_copy(deep=True) if record is not None else RunRecord()
    if given is None:
        record.thread_id = uuid.uuid4().hex
    record.state_format = STATE_FORMAT
    # The record is JSON: a name that is not UTF-8 is kept in its \xNN form there, and the
    # real path travels to the run beside it.
    record.deck_path, record.context_dir, record.out_dir = (
        display_path(str(deck_path)),
        display_path(str(context_dir)),
        str(out_dir),
    )
    inputs: PlanInput = {"deck_path": str(deck_path), "context_dir": str(context_dir)}
    record.config = config.to_dict()  # never the API key
    record.deck_name = deck_name or record.deck_name or display_path(deck_path.name)
    record.answers = {str(k): str(v) for k, v in (answers or {}).items()}
    record.status, record.step, record.steps_done, record.error = "running", None, [], None
    record.started = record.started or time.time()
    record.checkpoints = checkpoints.kind
    record.save(run_dir / "run.json")
    try:
        result: RunResult = run_with_budget(
            _start,
            run_dir,
            record,
            config,
            answers or {},
            inputs,
            checkpoints,
            budget=config.budget(),
            progress=progress,
            cancel=cancel,
            preload=_preload(config, checkpoints),
        )
    except BaseException as exc:
        if previous is not None:
            _restore(run_dir, previous)  # the previous run stays as it was, resumable
        elif isinstance(exc, InputError | ContextError):
            # Bad input: nothing to resume and nothing worth keeping.
            shutil.rmtree(out_dir if created_out else run_dir, ignore_errors=True)
        else:
            _mark_failed(run_dir, exc)
        raise
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)
    _hand_back(given, result)
    return result


def _hand_back(given: RunRecord | None, result: RunResult) -> None:
    """The caller's record, updated in place as it was before runs moved to a child."""
    if given is not None and result.record is not None:
        for name in type(given).model_fields:
            setattr(given, name, getattr(result.record, name))
        result.record = given


def _start(
    run_dir: Path,
    record: RunRecord,
    config: PlanConfig,
    answers: dict[str, str],
    inputs: PlanInput,
    checkpoints: Checkpoints,
    progress: Progress | None = None,
) -> RunResult:
    """The run itself (in the budget's child process): from START to done or a pause."""
    run_config = _run_config(record, config)
    context = RunContext.build(config)
    try:
        checkpoints.clear(run_dir, record.thread_id)  # a shared store may hold an old attempt
        with _graph(run_dir, checkpoints) as graph:
            payload: PlanInput = {**_payload(record, run_dir, answers), **inputs}
            questions = _drive(graph, payload, run_config, context, progress, record, run_dir)
            return _finish(graph, run_dir, record, run_config, questions)
    finally:
        context.close()


def _payload(record: RunRecord, run_dir: Path, answers: dict[str, str]) -> PlanInput:
    return {
        "deck_path": record.deck_path,
        "context_dir": record.context_dir,
        "out_dir": record.out_dir,
        "run_dir": str(run_dir),
        "answers": answers,
        "deck_name": record.deck_name or display_path(Path(record.deck_path).name),
    }


def _set_aside(run_dir: Path) -> Path | None:
    """Move a previous run's state files (not its index, a cache) into a sibling folder."""
    state = [p for p in run_dir.iterdir() if p.is_file() and not p.name.startswith(".")]
    if not any(p.name == "run.json" for p in state):
        for p in state:  # no run here, only debris of one that never started
            p.unlink(missing_ok=True)
        return None
    aside = run_dir.parent / f"{PREVIOUS_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
    aside.mkdir()
    for p in state:
        os.replace(p, aside / p.name)
    return aside


def _restore(run_dir: Path, aside: Path) -> None:
    for p in run_dir.iterdir():
        if p.is_file():
            p.unlink(missing_ok=True)
    for p in aside.iterdir():
        os.replace(p, run_dir / p.name)
    shutil.rmtree(aside, ignore_errors=True)


def _mark_failed(run_dir: Path, exc: BaseException) -> None:
    """A stopped or failed run says so in its record (resume may still continue it)."""
    path = run_dir / "run.json"
    if not path.is_file():
        return
    with contextlib.suppress(OSError, ValueError):
        current = RunRecord.load(path)
        if current.status in {"done", "paused"}:
            return
        current.status, current.step = "failed", None
        current.error = str(exc) if isinstance(exc, GroundworkError) else type(exc).__name__
        current.save(path)


def resume(
    run: str | Path,
    *,
    answers: dict[str, str] | None = None,
    config: PlanConfig | None = None,
    progress: Progress | None = None,
    cancel: Any = None,
    checkpoints: Checkpoints | None = None,
) -> RunResult:
    """Continue a paused or interrupted run without redoing finished steps.

    A run counts as done only when its outputs exist: a run that stopped before its first
    checkpoint, or whose outputs are gone, is run again from its recorded inputs.
    ``answers`` (a mapping, possibly empty) answers a pause; None or {} keeps the flags.

    On a finished run, ``answers`` to visions it left vague re-plan it from the vagueness
    step, reusing the deck's extraction and visions (see ``_replan``).
    """
    run_dir = run_dir_for(run)
    record = RunRecord.load(run_dir / "run.json")
    checkpoints = for_record(record.checkpoints, checkpoints)
    # run.json never holds the key; GROUNDWORK_* limits set now (a longer timeout) apply.
    stored = PlanConfig.from_dict({**record.config, **PlanConfig.env_numbers()})
    stored.api_key = (config.api_key if config else None) or PlanConfig.from_env().api_key
    limits = config or (PlanConfig.from_env() if _budget_in_env() else None)
    if limits is not None:  # the caller's (or the environment's) limits apply to this attempt
        stored.time_limit, stored.memory_limit = limits.time_limit, limits.memory_limit
    try:
        return run_with_budget(
            _continue,
            run_dir,
            record,
            stored,
            answers,
            checkpoints,
            budget=stored.budget(),
            progress=progress,
            cancel=cancel,
            preload=_preload(stored, checkpoints),
        )
    except BaseException as exc:
        _mark_failed(run_dir, exc)
        raise


def _continue(
    run_dir: Path,
    record: RunRecord,
    config: PlanConfig,
    answers: dict[str, str] | None,
    checkpoints: Checkpoints,
    progress: Progress | None = None,
) -> RunResult:
    """resume's work (in the budget's child process)."""
    run_config = _run_config(record, config)
    with _graph(run_dir, checkpoints) as graph:
        stale = record.state_format < STATE_FORMAT  # saved by an older groundwork
        snapshot = None if stale else graph.get_state(run_config)
        payload: Any
        if snapshot is not None and not snapshot.next and _complete(_values(snapshot.values)):
            if answers:  # answered later: re-plan from the vagueness step with them
                return _replan(graph, run_dir, record, config, run_config, answers, progress)
            return _finish(graph, run_dir, record, run_config, [])
        if snapshot is None or not snapshot.next:
            # No checkpoint yet, outputs that never landed, or checkpoints in an older state
            # layout: run again from the inputs, on a fresh thread so reducers do not add to
            # the old state.
            if stale:  # every answer given so far goes in; its questions were asked already
                record.answers.update({str(k): str(v) for k, v in (answers or {}).items()})
                config = replace(config, interactive=False)
            record.thread_id, record.state_format = uuid.uuid4().hex, STATE_FORMAT
            run_config = _run_config(record, config)
            payload, deck = _payload(record, run_dir, dict(record.answers)), None
        else:
            pending = [i for t in snapshot.tasks for i in getattr(t, "interrupts", ())]
            if pending:
                # Addressed by interrupt id: LangGraph reads a bare dict as a map of interrupt
                # ids, and an empty one ("skip, keep the flags") would match nothing and pause
                # again forever.
                payload = Command(resume={i.id: dict(answers or {}) for i in pending})
                record.answers.update({str(k): str(v) for k, v in (answers or {}).items()})
            else:
                payload = None  # crashed mid-run: continue from the last checkpoint
            deck = _checkpointed_deck(_values(snapshot.values))
        record.status, record.questions, record.error = "running", [], None
        record.save(run_dir / "run.json")
        context = RunContext.build(config, deck=deck)
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
    run_config: RunnableConfig,
    answers: dict[str, str],
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
    branch: RunnableConfig = {**run_config, "configurable": forked["configurable"]}
    record.answers = {**record.answers, **given}
    record.status, record.questions, record.error, record.finished = "running", [], None, None
    record.step, record.steps_done = STEPS_REUSED[-1], list(STEPS_REUSED)
    record.save(run_dir / "run.json")
    context = RunContext.build(
        replace(config, interactive=False), deck=_checkpointed_deck(_values(fork.values))
    )
    try:
        questions = _drive(graph, None, branch, context, progress, record, run_dir)
    finally:
        context.close()
    # The branch is now the thread's newest checkpoint: the plain thread config reads it.
    return _finish(graph, run_dir, record, run_config, questions)


def _budget_in_env() -> bool:
    return any(os.environ.get(k) for k in ("GROUNDWORK_TIME_LIMIT", "GROUNDWORK_MEMORY_LIMIT"))


def _checkpointed_deck(values: PlanState) -> Deck | None:
    """The deck a resumed run already extracted, for its rebuilt run context."""
    return values.get("deck") or None


def pending_questions(run: str | Path, checkpoints: Checkpoints | None = None) -> list[Question]:
    """The clarification questions a paused run is waiting on, read back from its checkpoint."""
    run_dir = run_dir_for(run)
    record = RunRecord.load(run_dir / "run.json")
    checkpoints = for_record(record.checkpoints, checkpoints)
    with _graph(run_dir, checkpoints) as graph:
        snapshot = graph.get_state(_run_config(record, PlanConfig.from_dict(record.config)))
    questions: list[Question] = []
    for task in snapshot.tasks:
        questions.extend(_questions(getattr(task, "interrupts", ())))
    return questions


def _questions(interrupts: Any) -> list[Question]:
    """The visions an ``interrupt`` from assess_vagueness asks about (its ``Clarify`` value)."""
    found: list[Question] = []
    for item in interrupts:
        value = getattr(item, "value", item)
        if isinstance(value, dict):
            found.extend(value.get("visions", []))
    return found


def load_answers(path: str | Path) -> dict[str, str]:
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
    return {str(k): answer_text(v) for k, v in data.items() if v not in (None, "")}


def answer_text(value: object) -> str:
    """An answer file's value as the text it answers with: a list's items joined by spaces."""
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)
