"""``groundwork worker``: takes plan and resume jobs from the team database and runs them.

A worker is a procrastinate worker (``concurrency`` jobs at a time) whose one task,
``groundwork.run``, calls the web service's unit of work (``agent.web.execute``) with Postgres
checkpoints and a ``publish`` that writes the run's record and events to the database. The
run itself executes in a child process under its budget (``agent.budget``), started from a
fork server the worker warms up with the workflow imported.

What keeps runs safe when processes die:

- **Heartbeats and stalled jobs (procrastinate).** Every worker records a heartbeat; each
  worker also looks, every ``stalled_after / 3`` seconds, for jobs held by a worker whose
  heartbeat is older than ``stalled_after`` and puts them back in the queue. Another worker
  takes the job and continues the run from its last checkpoint; finished steps (and finished
  branches of a step) are not run again, and model answers already received are read from
  the response cache on the storage path. As in the embedded server, a run interrupted this
  way is retried once (``max_retries``), then marked failed with the reason.
- **A lease per run.** While a worker runs a run it holds a Postgres advisory lock on it
  (a session lock: it ends when the worker's connection does, so a dead worker releases it).
  A retried job waits for the lease, so two workers never run one run at once.
- **Graceful stops.** On SIGTERM the worker stops taking jobs, lets running ones finish for
  ``shutdown_grace`` seconds, then stops them and puts them back in the queue without
  spending their retry (as a server restart does in the embedded mode).
- **Lost jobs.** A run left queued or running with no job in the queue for a minute (an API
  process that died between saving a run and queueing it) is queued again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.checkpointers import PostgresCheckpoints
from agent.errors import RunNotFoundError
from agent.record import RunRecord, record_path
from agent.team._db import Database, advisory_lock, connect, describe, ensure_schema
from agent.team._queue import QUEUE, TASK, connector, job_kwargs
from agent.team._store import PostgresRunStore
from agent.web import Job, execute

log = logging.getLogger("groundwork.team")

LEASE_NAMESPACE = 0x67726E65  # advisory lock class for run leases ("grne")
LOST_AFTER = 60.0  # seconds a queued run may go without a job before it is queued again
ABORT_POLL = 0.25  # seconds between looks at a job's abort request


class Requeue(Exception):  # noqa: N818 (a signal to the queue, not an error)
    """The worker is stopping: the job goes back to the queue (procrastinate retries it)."""


@dataclass
class WorkerSettings:
    """What ``groundwork worker`` runs with."""

    url: str = field(repr=False)
    concurrency: int = 2
    stalled_after: float = 30.0  # seconds without a heartbeat before a worker's jobs are retried
    max_retries: int = 1  # automatic continuations of a run whose worker died
    shutdown_grace: float = 10.0  # seconds running jobs get to finish on SIGTERM
    name: str = field(default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}")

    @property
    def heartbeat(self) -> float:
        return max(0.5, self.stalled_after / 3)


class RunWorker:
    """What one worker process does with a ``groundwork.run`` job."""

    def __init__(self, settings: WorkerSettings, store: PostgresRunStore, api_key: str | None):
        self.settings = settings
        self.store = store
        self.api_key = api_key
        self.checkpoints = PostgresCheckpoints(settings.url)

    @contextlib.contextmanager
    def lease(self, run_id: str) -> Any:
        """Hold the run's advisory lock (waiting for it) on a connection of its own."""
        conn = connect(self.settings.url)
        try:
            lock_key = conn.execute("SELECT hashtext(%s)", (run_id,)).fetchone()[0]
            advisory_lock(conn, LEASE_NAMESPACE, lock_key)
            yield
        finally:
            conn.close()  # releases the lock

    def _settle(self, record: RunRecord, status: str, error: str | None, event: str) -> None:
        record.status, record.step, record.error = status, None, error  # type: ignore[assignment]
        record.updated = time.time()
        if status == "failed":
            record.finished = time.time()
        if Path(record.out_dir).parent.is_dir():
            record.save(record_path(record.out_dir))
        self.store.publish(record, event)

    def run(self, context: Any, job: Job) -> None:
        with self.lease(job.run_id):
            try:
                record = self.store.get(job.run_id)
            except RunNotFoundError:
                log.info("run %s was deleted: nothing to do", job.run_id)
                return
            if record.status == "running":
                # The worker that ran it stopped answering; the queue gave the job to us.
                if record.attempts > self.settings.max_retries:
                    self._settle(
                        record,
                        "failed",
                        f"stopped {record.attempts} times while running (its worker died); "
                        "not retried again",
                        "failed",
                    )
                    return
                log.warning("run %s: continuing it after its worker stopped", job.run_id)
                job = Job(job.run_id, "resume", job.answers)
            elif record.status != "queued":
                log.info("run %s is %s: nothing to do", job.run_id, record.status)
                return
            out_dir = Path(record.out_dir)
            if not out_dir.parent.is_dir():
                self._settle(
                    record,
                    "failed",
                    "this worker cannot reach the run's folder: mount the storage path at "
                    "the same place on every machine",
                    "failed",
                )
                return
            record_file = record_path(out_dir)
            record.save(record_file)  # the working copy the runner reads and updates
            run_dir = record_file.parent
            if job.action == "plan" and self.checkpoints.started(run_dir, record.thread_id):
                job = Job(job.run_id, "resume", job.answers)  # retried after its first step
            self._execute(context, job, record_file)

    def _execute(self, context: Any, job: Job, record_file: Path) -> None:
        from procrastinate.job_context import AbortReason

        cancel, finished = threading.Event(), threading.Event()

        def watch() -> None:  # an abort request (cancel, or the worker stopping) stops the run
            while not finished.wait(ABORT_POLL):
                if context.should_abort():
                    cancel.set()
                    return

        def stopping() -> bool:
            return cancel.is_set() and context.abort_reason() == AbortReason.SHUTDOWN

        def publish(record: RunRecord, event: str) -> None:
            if event == "failed" and stopping():
                return  # not failed: it goes back to the queue below
            self.store.publish(record, event)

        watcher = threading.Thread(target=watch, name=f"abort-{job.run_id[:8]}", daemon=True)
        watcher.start()
        try:
            final = execute(
                job,
                record_file,
                self.api_key,
                publish,
                checkpoints=self.checkpoints,
                cancel=cancel,
            )
        finally:
            finished.set()
        if stopping():
            final.attempts = max(0, final.attempts - 1)  # a stop is not a crash
            self._settle(final, "queued", None, "queued")
            raise Requeue(f"worker {self.settings.name} is stopping")


def register(app: Any) -> None:
    """Add the ``groundwork.run`` task to a procrastinate app."""
    from procrastinate import RetryStrategy

    @app.task(
        name=TASK,
        queue=QUEUE,
        pass_context=True,
        retry=RetryStrategy(max_attempts=1000, retry_exceptions={Requeue}),
    )
    def run(context: Any, run_id: str, action: str, answers: dict[str, str] | None = None) -> None:
        worker: RunWorker = context.additional_context["groundwork"]
        worker.run(context, Job(run_id, "resume" if action == "resume" else "plan", answers))


async def _reap(app: Any, store: PostgresRunStore, settings: WorkerSettings) -> None:
    """Put back in the queue the jobs of workers that stopped answering, and lost runs."""
    while True:
        await asyncio.sleep(settings.heartbeat)
        try:
            stalled = await app.job_manager.get_stalled_jobs(
                queue=QUEUE, seconds_since_heartbeat=settings.stalled_after
            )
            for item in stalled:
                try:
                    await app.job_manager.retry_job(item)
                except Exception:  # another worker put it back first
                    continue
                run_id = item.task_kwargs.get("run_id", "?")
                log.warning("run %s: its worker stopped answering; job queued again", run_id)
            for record in await asyncio.to_thread(store.stale, LOST_AFTER):
                again = record.attempts or record.answers
                job = Job(record.id, "resume" if again else "plan", dict(record.answers) or None)
                deferrer = app.configure_task(
                    TASK, queue=QUEUE, lock=record.id, queueing_lock=record.id
                )
                with contextlib.suppress(Exception):  # already queued meanwhile
                    await deferrer.defer_async(**job_kwargs(job))
                    log.warning("run %s had no job: queued again", record.id)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.warning("looking for stalled jobs failed; trying again", exc_info=True)


def _warm_up(checkpoints: PostgresCheckpoints) -> None:
    """Start the fork server runs' children come from, with what a run loads loaded once."""
    from multiprocessing import forkserver

    from agent import budget, runner

    ctx = multiprocessing.get_context("forkserver")
    preload = {*budget.PRELOAD, *runner.PRELOAD, "agent._warm", *checkpoints.preload}
    ctx.set_forkserver_preload(sorted(preload))
    with contextlib.suppress(Exception):  # the first job starts it instead
        forkserver.ensure_running()


async def _main(settings: WorkerSettings, api_key: str | None, ready: Any) -> None:
    import procrastinate

    loop = asyncio.get_running_loop()
    # procrastinate runs sync tasks in the loop's default executor: one thread per job slot.
    loop.set_default_executor(
        ThreadPoolExecutor(max_workers=settings.concurrency + 4, thread_name_prefix="groundwork")
    )
    store = PostgresRunStore(Path.cwd(), Database(settings.url, max_size=settings.concurrency + 2))
    worker = RunWorker(settings, store, api_key)
    app = procrastinate.App(connector=connector(settings.url, asynchronous=True))
    register(app)
    try:
        async with app.open_async():
            reaper = asyncio.create_task(_reap(app, store, settings), name="groundwork-reaper")
            if ready is not None:
                ready()
            try:
                await app.run_worker_async(
                    queues=[QUEUE],
                    name=settings.name,
                    concurrency=settings.concurrency,
                    wait=True,
                    update_heartbeat_interval=settings.heartbeat,
                    stalled_worker_timeout=settings.stalled_after,
                    shutdown_graceful_timeout=settings.shutdown_grace,
                    additional_context={"groundwork": worker},
                    delete_jobs="successful",
                    install_signal_handlers=True,
                )
            finally:
                reaper.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reaper
    finally:
        store.close()


def run_worker(settings: WorkerSettings, *, api_key: str | None = None, ready: Any = None) -> None:
    """Run a worker until SIGTERM/SIGINT: set up the database if needed, then take jobs.
    ``ready()`` is called once the worker listens for jobs."""
    ensure_schema(settings.url)
    checkpoints = PostgresCheckpoints(settings.url)
    _warm_up(checkpoints)
    log.info(
        "worker %s: %d job(s) at a time from %s",
        settings.name,
        settings.concurrency,
        describe(settings.url),
    )
    asyncio.run(_main(settings, api_key, ready))
