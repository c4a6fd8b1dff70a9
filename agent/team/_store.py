"""Run records and events in Postgres, so every API process and worker sees the same runs.

``PostgresRunStore`` is the web service's ``RunStore`` with its records and events moved
into the team database; run folders (uploads, outputs) stay on the storage path every
process reaches. A run's record is its ``RunRecord`` as JSON in ``groundwork_runs``; its
events are numbered rows in ``groundwork_run_events``, so a client reconnecting to another
API process (``Last-Event-ID``) continues where it was. Whoever saves a record adds the
event and a ``NOTIFY`` in the same transaction; every API process ``LISTEN``s and wakes the
streams of that run (no polling, except a slow safety net for a dropped listener).

Writes never take an older record over a newer one (``updated``), and a worker's writes
only update: a run deleted through the API is not brought back by its worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import shutil
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, cast

from agent.errors import RunNotFoundError
from agent.record import (
    FOLLOW_QUIET_POLLS,
    FOLLOW_SAFETY_POLL,
    SETTLED,
    RunRecord,
    stream_ends,
)
from agent.team._db import NOTIFY_CHANNEL, Database, connect
from agent.web import RUN_ID, Event, EventData, RunStore, event_data

if TYPE_CHECKING:
    from psycopg.types.json import Jsonb


class _RunRow(TypedDict):
    """The parameters of the run-record upsert and update statements."""

    id: str
    status: str
    created: float
    updated: float
    record: Jsonb
    bump: int
    expect: list[str] | None


log = logging.getLogger("groundwork.team")


_UPSERT = """
INSERT INTO groundwork_runs AS r (id, status, created, updated, last_seq, record)
VALUES (%(id)s, %(status)s, %(created)s, %(updated)s, %(bump)s, %(record)s)
ON CONFLICT (id) DO UPDATE
   SET status = EXCLUDED.status, updated = EXCLUDED.updated, record = EXCLUDED.record,
       last_seq = r.last_seq + %(bump)s
 WHERE r.updated <= EXCLUDED.updated
RETURNING last_seq
"""
_UPDATE = """
UPDATE groundwork_runs
   SET status = %(status)s, updated = %(updated)s, record = %(record)s,
       last_seq = last_seq + %(bump)s
 WHERE id = %(id)s AND updated <= %(updated)s AND status = ANY(%(expect)s)
RETURNING last_seq
"""
ANY_STATUS = ["queued", "running", "paused", "done", "failed"]
# The settling event of the state the row already holds, overtaken by a later write (a step's
# progress sent after the run was saved done): it is still added, with the row's record.
_SETTLE_OVERTAKEN = """
UPDATE groundwork_runs SET last_seq = last_seq + 1
 WHERE id = %(id)s AND status = %(status)s AND updated > %(updated)s
RETURNING last_seq, record
"""


class PostgresRunStore(RunStore):
    """Runs whose records and events live in the team database; folders under ``runs_dir``."""

    def __init__(self, runs_dir: Path, database: Database) -> None:
        super().__init__(runs_dir)
        self.db = database
        self._waiters: dict[str, set[asyncio.Event]] = {}
        self._sizes: dict[str, tuple[float, int]] = {}
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def bind_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Streams wait on ``loop``; notifications from other processes wake them."""
        super().bind_loop(loop)
        if self._listener is None:
            self._stop.clear()
            self._listener = threading.Thread(
                target=self._listen, name="groundwork-listen", daemon=True
            )
            self._listener.start()

    def close(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.join(5)
            self._listener = None
        self.db.close()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                with connect(self.db.url) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self._wake(None)  # whatever happened while not listening is read again
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            self._wake(note.payload)
            except Exception:
                if self._stop.is_set():
                    return
                log.warning("lost the database notifications; reconnecting", exc_info=True)
                self._stop.wait(1.0)

    def _wake(self, run_id: str | None) -> None:
        if self._loop is None:
            return
        with self._lock:
            if run_id is None:
                waiters = [w for group in self._waiters.values() for w in group]
            else:
                waiters = list(self._waiters.get(run_id, ()))
        for waiter in waiters:
            with contextlib.suppress(RuntimeError):  # the loop closed (shutdown)
                self._loop.call_soon_threadsafe(waiter.set)

    # -- records ---------------------------------------------------------------------------

    def load_all(self) -> list[RunRecord]:
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        return self.records()

    def get(self, run_id: str) -> RunRecord:
        if RUN_ID.match(run_id):
            with self.db.connection() as conn:
                row = conn.execute(
                    "SELECT record FROM groundwork_runs WHERE id = %s", (run_id,)
                ).fetchone()
            if row is not None:
                return RunRecord.model_validate(row[0])
        raise RunNotFoundError(f"no run {run_id[:40]!r}")

    def records(self) -> list[RunRecord]:
        with self.db.connection() as conn:
            rows = conn.execute(
                "SELECT record FROM groundwork_runs ORDER BY created DESC"
            ).fetchall()
        return [RunRecord.model_validate(row[0]) for row in rows]

    def _write(
        self,
        record: RunRecord,
        event: str | None,
        *,
        expect: list[str] | None,
        settles_late: bool = False,
    ) -> bool:
        """Insert or update the run's row (with ``expect``: update only while its status is one
        of those) and add the event, in one transaction. False when nothing was written.
        ``settles_late``: a settling event older than the row still settles what it holds."""
        from psycopg.types.json import Jsonb

        params: _RunRow = {
            "id": record.id,
            "status": record.status,
            "created": record.created,
            "updated": record.updated,
            "record": Jsonb(record.model_dump(mode="json")),
            "bump": 1 if event else 0,
            "expect": expect,
        }
        with self.db.connection() as conn, conn.transaction():
            row = conn.execute(_UPSERT if expect is None else _UPDATE, params).fetchone()
            if row is None and settles_late and event == record.status and event in SETTLED:
                settled = conn.execute(_SETTLE_OVERTAKEN, params).fetchone()
                if settled is not None:
                    row, record = settled, RunRecord.model_validate(settled[1])
            if row is None:
                return False
            if event:
                conn.execute(
                    "INSERT INTO groundwork_run_events (run_id, seq, event, data) "
                    "VALUES (%s, %s, %s, %s)",
                    (record.id, row[0], event, Jsonb(event_data(record, event))),
                )
                conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, record.id))
        return True

    def save(self, record: RunRecord, event: str | None = None) -> None:
        """Create or update the run's record (the API's writes), then announce ``event``."""
        record.updated = time.time()
        self._write(record, event, expect=None)

    def save_if(self, record: RunRecord, event: str | None, *, expect: tuple[str, ...]) -> bool:
        record.updated = time.time()
        return self._write(record, event, expect=list(expect))

    def publish(self, record: RunRecord, event: str | None) -> None:
        """A worker's write: the run's state now. Never re-creates a deleted run, and an older
        state (a late event) never replaces a newer one; only the event that settles the state
        the row holds is added even when late, so followers do not wait for it in vain."""
        self._write(record, event, expect=ANY_STATUS, settles_late=True)

    def update(
        self, run_id: str, change: Callable[[RunRecord], bool], event: str | None = None
    ) -> RunRecord | None:
        """Read, ``change`` and save the run's record under a row lock."""
        from psycopg.types.json import Jsonb

        with self.db.connection() as conn, conn.transaction():
            row = conn.execute(
                "SELECT record FROM groundwork_runs WHERE id = %s FOR UPDATE", (run_id,)
            ).fetchone()
            if row is None:
                return None
            record = RunRecord.model_validate(row[0])
            if not change(record):
                return record
            record.updated = time.time()
            seq = conn.execute(
                "UPDATE groundwork_runs SET status = %s, updated = %s, record = %s, "
                "last_seq = last_seq + %s WHERE id = %s RETURNING last_seq",
                (
                    record.status,
                    record.updated,
                    Jsonb(record.model_dump(mode="json")),
                    1 if event else 0,
                    run_id,
                ),
            ).fetchone()[0]
            if event:
                conn.execute(
                    "INSERT INTO groundwork_run_events (run_id, seq, event, data) "
                    "VALUES (%s, %s, %s, %s)",
                    (run_id, seq, event, Jsonb(event_data(record, event))),
                )
                conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, run_id))
        return record

    def forget(self, run_id: str) -> None:
        with self.db.connection() as conn:
            conn.execute("DELETE FROM groundwork_runs WHERE id = %s", (run_id,))
            conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, run_id))
        shutil.rmtree(self.folder(run_id), ignore_errors=True)
        self._sizes.pop(run_id, None)

    def stale(self, older_than: float) -> list[RunRecord]:
        """Queued or running runs no queue job holds, untouched for ``older_than`` seconds
        (an API process died between saving a run and queueing its job, say)."""
        with self.db.connection() as conn:
            rows = conn.execute(
                """
                SELECT r.record FROM groundwork_runs r
                 WHERE r.status IN ('queued', 'running') AND r.updated < %s
                   AND NOT EXISTS (
                       SELECT 1 FROM procrastinate_jobs j
                        WHERE j.lock = r.id AND j.status IN ('todo', 'doing'))
                """,
                (time.time() - older_than,),
            ).fetchall()
        return [RunRecord.model_validate(row[0]) for row in rows]

    # -- events ----------------------------------------------------------------------------

    def last_seq(self, run_id: str) -> int:
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT last_seq FROM groundwork_runs WHERE id = %s", (run_id,)
            ).fetchone()
        return int(row[0]) if row else 0

    def _settled(self, run_id: str) -> bool:
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT status FROM groundwork_runs WHERE id = %s", (run_id,)
            ).fetchone()
        return row is None or row[0] in SETTLED

    def _events_after(self, run_id: str, seq: int) -> tuple[list[Event], bool]:
        with self.db.connection() as conn:
            row = conn.execute(
                "SELECT status, last_seq FROM groundwork_runs WHERE id = %s", (run_id,)
            ).fetchone()
            if row is None:
                return [], True  # deleted while someone followed it
            status, last = row
            if seq > last:  # a client of another database: replay all
                seq = 0
            rows = conn.execute(
                "SELECT seq, event, data FROM groundwork_run_events "
                "WHERE run_id = %s AND seq > %s ORDER BY seq",
                (run_id, seq),
            ).fetchall()
            newest = conn.execute(
                "SELECT event FROM groundwork_run_events WHERE run_id = %s AND seq = %s",
                (run_id, last),
            ).fetchone()
        # The JSON event_data() made, read back.
        events = [
            Event(int(s), str(e), cast(EventData, d if isinstance(d, dict) else json.loads(d)))
            for s, e, d in rows
        ]
        return events, stream_ends(status, newest[0] if newest else None)

    async def follow(self, run_id: str, after: int) -> AsyncIterator[Event]:
        waiter = asyncio.Event()
        with self._lock:
            self._waiters.setdefault(run_id, set()).add(waiter)
        quiet = 0
        try:
            while True:
                waiter.clear()  # before reading: a notification in between sets it again
                events, settled = await asyncio.to_thread(self._events_after, run_id, after)
                for item in events:
                    after = item.seq
                    yield item
                if settled:
                    return
                quiet = 0 if events else quiet + 1
                if quiet > FOLLOW_QUIET_POLLS and await asyncio.to_thread(self._settled, run_id):
                    return  # settled by a write that carried no settling event
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(waiter.wait(), FOLLOW_SAFETY_POLL)
        finally:
            with self._lock:
                group = self._waiters.get(run_id)
                if group is not None:
                    group.discard(waiter)
                    if not group:
                        del self._waiters[run_id]

    # -- retention -------------------------------------------------------------------------

    def _size(self, run_id: str) -> int:
        # Measured again only when the run's record file changed (a worker writes it at every
        # step): a sweep costs a stat per run, not a walk of every folder.
        try:
            changed = self.record_file(run_id).stat().st_mtime
        except OSError:
            changed = 0.0
        cached = self._sizes.get(run_id)
        if cached and cached[0] == changed:
            return cached[1]
        total = super()._size(run_id)
        self._sizes[run_id] = (changed, total)
        return total
