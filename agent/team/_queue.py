"""The job queue: procrastinate on the team database.

Every plan or resume of a run is one procrastinate job of the task ``groundwork.run`` on the
queue ``groundwork``, with the run's id as both its ``lock`` (two jobs of one run never run at
the same time, whatever the number of workers) and its ``queueing_lock`` (at most one job of
a run waits in the queue). ``PostgresJobQueue`` is the API side of it: the web service's
``JobQueue`` whose ``submit`` defers a job and whose ``cancel`` cancels a waiting job or asks
a running one to abort. Workers (``agent.team._worker``) run the jobs.
"""

from __future__ import annotations

import logging
from typing import Any, Literal, TypedDict

from agent.team._db import database_error
from agent.web import Job

log = logging.getLogger("groundwork.team")

TASK = "groundwork.run"
QUEUE = "groundwork"


class JobArgs(TypedDict):
    """A queued job's arguments, as procrastinate stores them (JSON)."""

    run_id: str
    action: Literal["plan", "resume"]
    answers: dict[str, str] | None


def job_kwargs(job: Job) -> JobArgs:
    return {"run_id": job.run_id, "action": job.action, "answers": job.answers}


def defer(app: Any, job: Job) -> bool:
    """Queue ``job``; False when a job of that run is already waiting (it will do the work:
    it reads the run's record, answers included, when it starts)."""
    from procrastinate import exceptions

    deferrer = app.configure_task(TASK, queue=QUEUE, lock=job.run_id, queueing_lock=job.run_id)
    try:
        deferrer.defer(**job_kwargs(job))
    except exceptions.AlreadyEnqueued:
        return False
    return True


def connector(url: str, *, asynchronous: bool) -> Any:
    """procrastinate's psycopg connector for ``url`` (its own pool, keepalives on)."""
    import procrastinate

    from agent.team._db import KEEPALIVES

    if asynchronous:
        return procrastinate.PsycopgConnector(
            conninfo=url, kwargs=dict(KEEPALIVES), min_size=1, max_size=4
        )
    return procrastinate.SyncPsycopgConnector(
        conninfo=url, kwargs=dict(KEEPALIVES), min_size=1, max_size=4
    )


class PostgresJobQueue:
    """The web service's job queue in team mode: jobs go to the database, workers take them."""

    def __init__(self, url: str) -> None:
        import procrastinate

        self.url = url
        self.app = procrastinate.App(connector=connector(url, asynchronous=False))
        self._open = False

    def __repr__(self) -> str:
        return "PostgresJobQueue()"

    def start(self) -> None:
        if not self._open:
            try:
                self.app.open()
            except Exception as exc:
                raise database_error(exc, self.url) from None
            self._open = True

    def stop(self) -> None:
        if self._open:
            self.app.close()
            self._open = False

    def submit(self, job: Job) -> None:
        self.start()
        if not defer(self.app, job):
            log.info("run %s: a job is already waiting for it", job.run_id)

    def cancel(self, run_id: str) -> bool:
        """Cancel the run's waiting job, or ask its running one to abort (the worker running
        it stops the run and records it). True when there was one."""
        self.start()
        found = False
        for item in self.app.job_manager.list_jobs(queue=QUEUE, lock=run_id):
            if item.id is None or item.status not in ("todo", "doing"):
                continue
            found |= self.app.job_manager.cancel_job_by_id(item.id, abort=item.status == "doing")
        return found

    def running(self, run_id: str) -> bool:
        """True while a worker holds a job of the run."""
        self.start()
        jobs = self.app.job_manager.list_jobs(queue=QUEUE, lock=run_id, status="doing")
        return bool(jobs)
