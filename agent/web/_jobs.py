"""Jobs: the queue of plan and resume work, the processes that do it, and recovery.

``JobQueue`` is the interface the API uses: ``submit``, ``cancel``, ``start``, ``stop``. The
embedded default is ``LocalJobQueue``: a bounded pool of worker slots in the server, each
running one job at a time in its own process (so runs use the cores, and whatever a run
allocates is returned to the system when it ends). Processes come from a fork server that
has the workflow imported once, so a job starts in milliseconds. A Postgres-backed queue
(``agent.team``: ``groundwork worker``) takes its place behind the same interface; the
work itself is ``agent.web._worker.execute``.

Recovery after a restart (``recover``): paused, done and failed runs stay as they are;
queued runs are queued again; a run that was running when the server stopped is retried
once (``max_retries``) from its last checkpoint, and marked failed with the reason after
that, never re-queued forever. A worker process that dies under a live server (killed by
the system for memory, say) fails its run with the reason.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import threading
from multiprocessing.process import BaseProcess
from typing import Any, Literal, Protocol

from agent.record import RunRecord
from agent.web._store import RunStore
from agent.web._worker import CANCELLED, Job, run_in_process

log = logging.getLogger("groundwork.web")

# Imported once in the fork server: every job's process starts with them loaded.
PRELOAD = ["agent._warm"]


class JobQueue(Protocol):
    """Where the API hands work to workers."""

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def submit(self, job: Job) -> None: ...

    def cancel(self, run_id: str) -> bool:
        """Stop the run's job if it is queued or running; True when there was one."""
        ...


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def _warm_up() -> None:
    """Start the fork server (and its imports) now, not when the first user uploads."""
    try:
        from multiprocessing import forkserver

        forkserver.ensure_running()
    except Exception:  # the first job starts it instead
        log.debug("fork server warm-up failed", exc_info=True)


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return f"stopped: the worker process was killed by {name}{hint}"
    return f"stopped: the worker process exited with code {exitcode}"


class LocalJobQueue:
    """``workers`` slots, one worker process per running job, in the server's machine."""

    def __init__(self, store: RunStore, *, workers: int, api_key: str | None) -> None:
        self.store = store
        self.workers = max(1, workers)
        self._api_key = api_key
        self._ctx: Any = None
        self._events: Any = None
        self._pending: queue.Queue[Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._queued: dict[str, int] = {}  # run id -> jobs waiting for it
        self._running: dict[str, BaseProcess] = {}  # run id -> its process
        self._cancelled: set[str] = set()
        self._threads: list[threading.Thread] = []
        self._stopping = False

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        if self._threads:
            return
        self._stopping = False
        self._ctx = _context()
        if self._ctx.get_start_method() == "forkserver":
            threading.Thread(target=_warm_up, name="groundwork-warm-up", daemon=True).start()
        self._events = self._ctx.Queue()
        pump = threading.Thread(target=self._pump, name="groundwork-events", daemon=True)
        pump.start()
        self._threads.append(pump)
        for n in range(self.workers):
            slot = threading.Thread(target=self._slot, name=f"groundwork-slot-{n}", daemon=True)
            slot.start()
            self._threads.append(slot)

    def stop(self) -> None:
        """Stop taking jobs and stop running ones; their checkpoints let the next start resume.

        A run stopped this way is queued again for the next start, and the stop does not count
        against its one automatic retry (that is for crashes)."""
        self._stopping = True
        for _ in range(self.workers):
            self._pending.put(None)
        with self._lock:
            running = dict(self._running)
        for process in running.values():
            process.terminate()
        for process in running.values():
            process.join(5)

        def requeue(record: RunRecord) -> bool:
            if record.status != "running":
                return False
            record.status, record.attempts = "queued", max(0, record.attempts - 1)
            return True

        for run_id in running:
            self.store.update(run_id, requeue, "queued")
        if self._events is not None:
            self._events.put(None)
        for thread in self._threads:
            thread.join(5)
        self._threads = []

    # -- the interface ---------------------------------------------------------------------

    def submit(self, job: Job) -> None:
        with self._lock:
            self._cancelled.discard(job.run_id)
            self._queued[job.run_id] = self._queued.get(job.run_id, 0) + 1
        self._pending.put(job)

    def cancel(self, run_id: str) -> bool:
        with self._lock:
            process = self._running.get(run_id)
            waiting = self._queued.get(run_id, 0) > 0
            if process is None and not waiting:
                return False
            self._cancelled.add(run_id)
        if process is not None:
            process.kill()
        return True

    # -- inside -----------------------------------------------------------------------------

    def _pump(self) -> None:
        """Worker processes' events -> the store (which wakes the streams)."""
        while True:
            try:
                item = self._events.get()
            except (EOFError, OSError):
                return
            if item is None:
                return
            run_id, event, data = item
            try:
                self.store.publish(RunRecord.model_validate_json(data), event)
            except Exception:
                log.exception("run %s: bad event from a worker", run_id)

    def _slot(self) -> None:
        while True:
            job = self._pending.get()
            if job is None:
                return
            with self._lock:
                self._queued[job.run_id] = self._queued.get(job.run_id, 1) - 1
                if self._queued[job.run_id] <= 0:
                    del self._queued[job.run_id]
                if job.run_id in self._cancelled:
                    continue
            try:
                self._run(job)
            except Exception:  # never let a slot die
                log.exception("run %s: unexpected failure starting its worker", job.run_id)

    def _run(self, job: Job) -> None:
        process = self._ctx.Process(
            target=run_in_process,
            args=(job, str(self.store.runs_dir), self._api_key, self._events),
            name=f"groundwork-run-{job.run_id[:8]}",
            daemon=True,
        )
        with self._lock:
            if job.run_id in self._cancelled:
                return
            process.start()
            self._running[job.run_id] = process
        process.join()
        with self._lock:
            self._running.pop(job.run_id, None)
            cancelled = job.run_id in self._cancelled
        if not self._stopping:  # a server shutdown re-queues the run instead (stop())
            self._settle(job.run_id, process.exitcode, cancelled)

    def _settle(self, run_id: str, exitcode: int | None, cancelled: bool) -> None:
        """After the process ended: a run it left unsettled failed, with the reason why."""

        def fail(record: RunRecord) -> bool:
            if record.status != "running" and not (cancelled and record.status == "queued"):
                return False  # settled, answered (queued again), or cancelled by the API already
            record.status, record.step = "failed", None
            record.error = CANCELLED if cancelled else _death(exitcode)
            return True

        self.store.update(run_id, fail, "failed")


def recover(store: RunStore, jobs: JobQueue, records: list[RunRecord], *, max_retries: int) -> None:
    """Put a restarted server's unsettled runs back to work, at most ``max_retries`` times."""
    for record in sorted(records, key=lambda r: r.created):
        if record.settled:
            store.publish(record, record.status)
            continue
        if record.status == "queued":
            action: Literal["plan", "resume"] = (
                "resume" if record.attempts or record.answers else "plan"
            )
            store.publish(record, "queued")
            jobs.submit(Job(record.id, action, record.answers or None))
            continue
        # running when the previous server process stopped
        if record.attempts > max_retries:
            record.status, record.step = "failed", None
            record.error = (
                f"stopped {record.attempts} times while running (server restart or crash); "
                "not retried again"
            )
            store.save(record, "failed")
            continue
        record.status = "queued"
        store.save(record, "resumed")
        jobs.submit(Job(record.id, "resume", None))
    log.debug("recovered %d run(s) in %s (pid %d)", len(records), store.runs_dir, os.getpid())
