"""Team mode: many API processes and workers on one Postgres database.

    groundwork serve  --database-url postgresql://... [--chroma-url http://...]   # API only
    groundwork worker --database-url postgresql://... [--concurrency N]           # runs jobs

Without a database URL nothing here is imported and groundwork runs as it always has (one
process, SQLite checkpoints, run records in files). With one:

- run records and their events live in Postgres (``PostgresRunStore``), so every API process
  lists, follows and answers every run;
- plan and resume jobs go through procrastinate (``PostgresJobQueue`` on the API side,
  ``run_worker`` on the worker side): Postgres only, no broker to run;
- LangGraph checkpoints go to Postgres (``agent.checkpointers.PostgresCheckpoints``), so any
  worker continues any run: a pause answered hours later through another API process, or
  a run whose worker died mid-step;
- uploads and outputs stay in run folders on a storage path every process mounts at the
  same place (``--runs-dir``); the LLM response cache lives there too.

Public API::

    from agent.team import WorkerSettings, run_worker, team_service, ensure_schema

- ``team_service(settings)``: the web service's ``RunService`` for ``settings.database_url``.
- ``run_worker(WorkerSettings(url, concurrency=2))``: a worker, until SIGTERM.
- ``ensure_schema(url, upgrade=False)``: create (or, with ``upgrade``, migrate) the tables.
- ``PostgresRunStore``, ``PostgresJobQueue``, ``TeamRunService``, ``Database``: the parts.
"""

from __future__ import annotations

from agent.team._db import Database, check_url, describe, ensure_schema, queue_schema_version
from agent.team._queue import QUEUE, TASK, PostgresJobQueue
from agent.team._service import TeamRunService, team_service
from agent.team._store import PostgresRunStore
from agent.team._worker import RunWorker, WorkerSettings, run_worker

__all__ = [
    "QUEUE",
    "TASK",
    "Database",
    "PostgresJobQueue",
    "PostgresRunStore",
    "RunWorker",
    "TeamRunService",
    "WorkerSettings",
    "check_url",
    "describe",
    "ensure_schema",
    "queue_schema_version",
    "run_worker",
    "team_service",
]
