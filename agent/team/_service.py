"""The API side of team mode: a ``RunService`` that only records, enqueues and reads.

``groundwork serve --database-url`` runs the same app as the embedded server; only the
service differs. Its runs live in Postgres (``PostgresRunStore``), its jobs go to
procrastinate (``PostgresJobQueue``), and it runs nothing itself: workers do. It recovers
nothing at startup either: the queue keeps jobs across restarts, and workers put back the
jobs of workers that died. Several API processes can serve the same database at once.
"""

from __future__ import annotations

import time

from agent.errors import RunStateError
from agent.record import RunRecord
from agent.team._db import Database, ensure_schema
from agent.team._queue import PostgresJobQueue
from agent.team._store import PostgresRunStore
from agent.web import CANCELLED, RunService, WebSettings

CANCEL_WAIT = 30.0  # seconds a running run's worker gets to record its stop


class TeamRunService(RunService):
    """Runs in the team database; work for workers on any machine."""

    store: PostgresRunStore
    jobs: PostgresJobQueue

    def __init__(self, settings: WebSettings, url: str) -> None:
        database = Database(url)
        super().__init__(
            settings,
            jobs=PostgresJobQueue(url),
            store=PostgresRunStore(settings.runs_dir, database),
        )
        self.url = url

    def start(self) -> None:
        ensure_schema(self.url)
        self.store.runs_dir.mkdir(parents=True, exist_ok=True)
        self.jobs.start()
        self.sweep()

    def stop(self) -> None:
        self.jobs.stop()
        self.store.close()

    def cancel(self, run_id: str) -> RunRecord:
        """Stop a queued, running or paused run; it ends failed with the reason."""
        record = self.store.get(run_id)
        if record.status in ("done", "failed"):
            raise RunStateError(f"run {run_id} is already {record.status}")
        self.jobs.cancel(run_id)
        if record.status != "running":
            record.status, record.step, record.error = "failed", None, CANCELLED
            record.finished = time.time()
            if self.store.save_if(record, "failed", expect=("queued", "paused")):
                return record
        # A worker runs it: it stops the run and records that (never written over here).
        settled = self._wait_settled(run_id, CANCEL_WAIT)
        if settled.settled or self.jobs.running(run_id):
            return settled
        # No worker holds it any more (it died meanwhile) and an aborted job is not retried.
        settled.status, settled.step, settled.error = "failed", None, CANCELLED
        settled.finished = time.time()
        self.store.save_if(settled, "failed", expect=("queued", "running"))
        return self.store.get(run_id)


def team_service(settings: WebSettings) -> TeamRunService:
    """The service for ``settings`` with a database URL (``settings.database_url``)."""
    assert settings.database_url is not None
    return TeamRunService(settings, settings.database_url.get_secret_value())
