"""Where a run's LangGraph checkpoints live.

- ``SqliteCheckpoints`` (the default): ``checkpoints.sqlite`` in the run's own folder
  (``<out>/.groundwork/run/``), so a run folder is self-contained and ``groundwork resume``
  needs nothing else.
- ``PostgresCheckpoints(url)``: langgraph-checkpoint-postgres's ``PostgresSaver`` on the team
  database (``groundwork serve/worker --database-url``), so any worker on any machine can
  continue any run. Threads are keyed by the run's thread id.

Both keep each large value once, as a content-addressed file in the run's ``blobs/`` folder
(``agent.checkpoints.BlobSerializer``): in team mode that folder is on the shared storage
path, so the database holds hashes instead of a copy of the deck per step. Both are small
picklable values, never written anywhere (the URL may hold a password): a run's budget
child process opens its own saver from one.

    with checkpoints.open(run_dir) as saver:
        graph = build_graph(checkpointer=saver)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

SQLITE_FILE = "checkpoints.sqlite"
BLOBS = "blobs"  # large values, once each (agent.checkpoints)


class Checkpoints(Protocol):
    """A checkpoint store: opens a LangGraph saver for a run, and says whether it has one."""

    @property
    def kind(self) -> Literal["sqlite", "postgres"]:
        """What the run's record says (``RunRecord.checkpoints``)."""
        ...

    @property
    def preload(self) -> tuple[str, ...]:
        """Modules a run's child process needs for this store (imported once, up front)."""
        ...

    def open(self, run_dir: Path) -> AbstractContextManager[Any]:
        """The LangGraph checkpointer for the run whose state folder is ``run_dir``."""
        ...

    def started(self, run_dir: Path, thread_id: str) -> bool:
        """True once the run's thread has a checkpoint (it can be continued, not restarted)."""
        ...

    def clear(self, run_dir: Path, thread_id: str) -> None:
        """Forget the thread's checkpoints: a plan starts from START, never on old state."""
        ...


@dataclass(frozen=True)
class SqliteCheckpoints:
    kind: Literal["sqlite", "postgres"] = "sqlite"

    @property
    def preload(self) -> tuple[str, ...]:
        return ("langgraph.checkpoint.sqlite",)

    @contextmanager
    def open(self, run_dir: Path) -> Iterator[Any]:
        from langgraph.checkpoint.sqlite import SqliteSaver

        from agent.checkpoints import BlobSerializer

        conn = sqlite3.connect(Path(run_dir) / SQLITE_FILE, check_same_thread=False)
        try:
            yield SqliteSaver(conn, serde=BlobSerializer(Path(run_dir) / BLOBS))
        finally:
            conn.close()

    def started(self, run_dir: Path, thread_id: str) -> bool:
        return (Path(run_dir) / SQLITE_FILE).is_file()

    def clear(self, run_dir: Path, thread_id: str) -> None:
        # A re-plan sets the previous run's files aside (agent.runner): nothing to do here.
        return None


@dataclass(frozen=True)
class PostgresCheckpoints:
    url: str = field(repr=False)  # may carry a password: never printed, never saved
    kind: Literal["sqlite", "postgres"] = "postgres"

    @property
    def preload(self) -> tuple[str, ...]:
        return ("langgraph.checkpoint.postgres",)

    @contextmanager
    def open(self, run_dir: Path) -> Iterator[Any]:
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg import Connection
        from psycopg.rows import dict_row

        from agent.checkpoints import BlobSerializer

        # As PostgresSaver.from_conn_string connects, with our serializer.
        with Connection.connect(
            self.url, autocommit=True, prepare_threshold=0, row_factory=dict_row
        ) as conn:
            yield PostgresSaver(conn, serde=BlobSerializer(Path(run_dir) / BLOBS))

    def started(self, run_dir: Path, thread_id: str) -> bool:
        with self.open(run_dir) as saver:
            return saver.get_tuple({"configurable": {"thread_id": thread_id}}) is not None

    def clear(self, run_dir: Path, thread_id: str) -> None:
        with self.open(run_dir) as saver:
            saver.delete_thread(thread_id)

    def setup(self) -> None:
        """Create or migrate LangGraph's checkpoint tables (idempotent)."""
        with self.open(Path(".")) as saver:
            saver.setup()


def for_record(kind: str | None, checkpoints: Checkpoints | None) -> Checkpoints:
    """The store a run's record says it uses, when the caller gave none."""
    from agent.errors import RunError

    if checkpoints is not None:
        return checkpoints
    if kind == "postgres":
        raise RunError(
            "this run's checkpoints are in the team database: continue it through its "
            "groundwork server (or give the database URL)"
        )
    return SqliteCheckpoints()


__all__ = [
    "BLOBS",
    "SQLITE_FILE",
    "Checkpoints",
    "PostgresCheckpoints",
    "SqliteCheckpoints",
    "for_record",
]
