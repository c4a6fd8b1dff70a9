"""What a worker does with one job: plan or resume a run, keeping its RunRecord current.

``execute`` is the whole job and knows nothing of queues or processes: the embedded server
calls it in a child process (``run_in_process``); the team worker (``agent.team``,
``groundwork worker``) calls it the same way with its own ``publish``, Postgres checkpoints
and a ``cancel`` event. Heavy modules
(the workflow, langgraph, chromadb) are imported here only when a job runs.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from agent.config import PlanConfig
from agent.errors import GroundworkError, InputError
from agent.record import RunRecord, record_path, summary_of
from agent.web._plain import plain

if TYPE_CHECKING:
    from agent.checkpointers import Checkpoints
    from agent.state import PlanState

log = logging.getLogger("groundwork.web")

Publish = Callable[[RunRecord, str], None]
CANCELLED = "cancelled by request"


@dataclass(frozen=True)
class Job:
    """One unit of work for a worker: start a run's plan, or continue it (with answers)."""

    run_id: str
    action: Literal["plan", "resume"] = "plan"
    answers: dict[str, str] | None = field(default=None)


def _config(record: RunRecord, api_key: str | None) -> PlanConfig:
    config = PlanConfig.from_dict(record.config)
    config.api_key = api_key  # never in the record: handed over in memory only
    return config


def scrub(record: RunRecord, message: str) -> str:
    """No server paths in messages a client sees."""
    run_folder = str(Path(record.out_dir).parent)
    for path, label in (
        (run_folder + os.sep, ""),
        (run_folder, ""),
        (record.context_dir, f"org {record.labels.get('org', '')}".strip()),
    ):
        if path:
            message = message.replace(path, label)
    return plain(message)


def failure_message(record: RunRecord, exc: BaseException) -> str:
    if isinstance(exc, InputError):
        try:
            same = Path(exc.path).resolve() == Path(record.deck_path).resolve()
        except OSError:
            same = False
        if same:
            return scrub(record, f"{record.deck_name or 'deck'}: {exc.reason}")
    if isinstance(exc, GroundworkError):
        return scrub(record, str(exc))
    if isinstance(exc, MemoryError):
        return "stopped: the run ran out of memory"
    reason = " ".join(str(exc).split())[:300]
    return scrub(record, f"internal error ({type(exc).__name__}): {reason}")


def execute(
    job: Job,
    record_file: Path,
    api_key: str | None,
    publish: Publish,
    *,
    checkpoints: Checkpoints | None = None,
    cancel: threading.Event | None = None,
) -> RunRecord:
    """Run ``job`` to its next settled state (paused, done or failed) and return the record.

    Every change is saved to ``record_file`` before it is published. Errors never escape:
    they become a failed record with a one-line reason. ``checkpoints`` is where LangGraph
    keeps the run (default: SQLite in the run folder); setting ``cancel`` stops the run.
    """
    from agent import runner
    from agent.checkpointers import SqliteCheckpoints

    checkpoints = checkpoints or SqliteCheckpoints()

    record = RunRecord.load(record_file)
    record.status, record.error, record.step = "running", None, None
    record.attempts += 1
    record.started = record.started or time.time()
    record.save(record_file)
    publish(record, "running")
    config = _config(record, api_key)
    out_dir = Path(record.out_dir)

    def progress(step: str, _update: PlanState) -> None:
        # The runner saved the record just before relaying the step, but the budget's child
        # may have moved on since (paused or done): a step event never announces a settled
        # run, or a page closes its stream there and misses what follows. The settling
        # event comes after this one, from here.
        current = RunRecord.load(record_file)
        if current.settled:
            current.status, current.step = "running", step
        publish(current, "step")

    try:
        started = checkpoints.started(out_dir / runner.RUN_SUBDIR, record.thread_id)
        if job.action == "resume" and started:
            if job.answers is None:
                # After a restart: a run waiting for answers stays paused; it is not answered
                # with nothing.
                pending = runner.pending_questions(out_dir, checkpoints)
                waiting = json.loads(json.dumps(pending, default=str))
                if waiting:
                    record.status, record.questions = "paused", waiting
                    record.save(record_file)
                    publish(record, "paused")
                    return record
            result = runner.resume(
                out_dir,
                answers=job.answers,
                config=config,
                progress=progress,
                cancel=cancel,
                checkpoints=checkpoints,
            )
            if result.status == "done" and not (out_dir / "plan.json").is_file():
                started = False  # it died before the first checkpoint: start over
        if not (job.action == "resume" and started):
            result = runner.plan(
                record.deck_path,
                context=record.context_dir,
                out=out_dir,
                config=config,
                progress=progress,
                deck_name=record.deck_name,
                record=record,
                cancel=cancel,
                checkpoints=checkpoints,
            )
    except Exception as exc:  # MemoryError included: one line, never a traceback
        if not isinstance(exc, GroundworkError):
            log.exception("run %s failed", record.id)
        latest = RunRecord.load(record_file) if record_file.is_file() else record
        latest.status, latest.step = "failed", None
        stopped = cancel is not None and cancel.is_set()
        latest.error = CANCELLED if stopped else failure_message(latest, exc)
        latest.finished = time.time()
        latest.save(record_file)
        publish(latest, "failed")
        return latest
    final = result.record or RunRecord.load(record_file)
    if result.status == "done":
        final.summary = summary_of(result.plan)
    final.save(record_file)
    publish(final, result.status)
    return final


def run_in_process(job: Job, runs_dir: str, api_key: str | None, events: Any) -> None:
    """A worker process's entry point: execute the job, sending events back on ``events``."""

    def publish(record: RunRecord, event: str) -> None:
        events.put((record.id, event, record.model_dump_json()))

    from agent.budget import prefer_start_method

    # The run's budget child (agent.budget) may fork from here: this process came clean from
    # the fork server, and the queue's feeder thread is the only other thread (the child
    # never touches the queue). Without this it would start a fork server of its own.
    prefer_start_method("fork")
    try:
        execute(job, record_path(Path(runs_dir) / job.run_id / "out"), api_key, publish)
    finally:
        events.close()
        events.join_thread()  # flush what is still buffered before the process exits
