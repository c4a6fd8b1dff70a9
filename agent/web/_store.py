"""Runs on disk and their live events: one folder per run, the RunRecord as its only status.

Layout of ``<runs_dir>/<id>/`` (``id`` is 32 random hex digits, also the run's LangGraph
thread; nothing a client sends is ever used as a path)::

    deck.pptx|pdf   the uploaded deck, named by the type read from its bytes
    org/            the org context, when it was uploaded as a ZIP
    out/            the plan's outputs; out/.groundwork/run/run.json is the RunRecord
                    (written by whoever changes the run: the API or the worker running it)

Events are pushed: whoever saves a record publishes an event, and every open stream of that
run wakes up (no polling). The event log lives in memory; after a restart a stream starts
from the run's state.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
import shutil
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NotRequired, TypedDict

from agent.errors import RunNotFoundError
from agent.json_types import JSONObject
from agent.record import (
    FOLLOW_QUIET_POLLS,
    FOLLOW_SAFETY_POLL,
    SETTLED,
    RunRecord,
    RunStatus,
    record_path,
    stream_ends,
)

log = logging.getLogger("groundwork.web")

RUN_ID = re.compile(r"^[0-9a-f]{32}$")
OUT = "out"
ORG = "org"


@dataclass
class Event:
    seq: int
    event: str
    data: EventData


class EventData(TypedDict):
    """What every event says: the run's status, step and steps done (plus questions or error)."""

    type: str
    id: str
    status: RunStatus
    step: str | None
    steps_done: list[str]
    questions: NotRequired[list[JSONObject]]
    error: NotRequired[str | None]


def event_data(record: RunRecord, event: str) -> EventData:
    """What every event says: the run's status, step and steps done (plus questions or error)."""
    data: EventData = {
        "type": event,
        "id": record.id,
        "status": record.status,
        "step": record.step,
        "steps_done": list(record.steps_done),
    }
    if record.status == "paused":
        data["questions"] = record.questions
    if record.status == "failed":
        data["error"] = record.error
    return data


@dataclass
class _Live:
    record: RunRecord
    events: list[Event] = field(default_factory=list)
    waiters: set[asyncio.Event] = field(default_factory=set)
    size: tuple[float, int] | None = None  # (record.updated, bytes) of the last measure


class RunStore:
    """The runs under ``runs_dir``: their records (cached in memory) and their event logs."""

    def __init__(self, runs_dir: Path) -> None:
        self.runs_dir = Path(runs_dir).resolve()
        self._runs: dict[str, _Live] = {}
        self._lock = threading.RLock()
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """The event loop the streams wait on (set by the app at startup)."""
        self._loop = loop

    # -- folders ---------------------------------------------------------------------------

    def folder(self, run_id: str) -> Path:
        return self.runs_dir / run_id

    def new_folder(self) -> tuple[str, Path]:
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        while True:
            run_id = secrets.token_hex(16)
            path = self.folder(run_id)
            try:
                path.mkdir()
            except FileExistsError:
                continue
            return run_id, path

    def record_file(self, run_id: str) -> Path:
        return record_path(self.folder(run_id) / OUT)

    def load_all(self) -> list[RunRecord]:
        """Read every run's record from disk (at startup); unreadable ones are skipped."""
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        found = []
        for path in sorted(self.runs_dir.iterdir()):
            if not (RUN_ID.match(path.name) and self.record_file(path.name).is_file()):
                continue
            try:
                record = RunRecord.load(self.record_file(path.name))
            except (OSError, ValueError):
                log.warning("skipping unreadable run record in %s", path)
                continue
            if record.id != path.name:
                continue
            with self._lock:
                self._runs[record.id] = _Live(record)
            found.append(record)
        return found

    # -- records ---------------------------------------------------------------------------

    def get(self, run_id: str) -> RunRecord:
        """A copy of the run's record; RunNotFoundError when there is no such run."""
        with self._lock:
            live = self._runs.get(run_id) if RUN_ID.match(run_id) else None
            if live is None:
                raise RunNotFoundError(f"no run {run_id[:40]!r}")
            return live.record.model_copy(deep=True)

    def records(self) -> list[RunRecord]:
        with self._lock:
            records = [live.record.model_copy(deep=True) for live in self._runs.values()]
        return sorted(records, key=lambda r: r.created, reverse=True)

    def save(self, record: RunRecord, event: str | None = None) -> None:
        """Persist the record, then publish ``event`` (if any) to the run's streams."""
        record.save(self.record_file(record.id))
        self.publish(record, event)

    def save_if(self, record: RunRecord, event: str | None, *, expect: tuple[str, ...]) -> bool:
        """Save ``record`` only while the run's current status is one of ``expect`` (so two
        requests racing on one run cannot both act); False when it was not."""
        with self._lock:
            live = self._runs.get(record.id)
            if live is None or live.record.status not in expect:
                return False
            self.save(record, event)
            return True

    def publish(self, record: RunRecord, event: str | None) -> None:
        """Take ``record`` as the run's state now (already on disk) and wake its streams."""
        with self._lock:
            live = self._runs.get(record.id)
            if live is None:
                live = self._runs[record.id] = _Live(record)
            elif record.updated < live.record.updated:
                if event != record.status or live.record.status != event or event not in SETTLED:
                    return  # an event that arrived late: the run has moved on since
                # The event that settles the state already recorded, overtaken by a later write
                # (a step's progress sent after the run was saved done): it still ends the
                # streams, or they wait for it in vain.
                record = live.record
            live.record = record
            if event is None:
                return
            live.events.append(Event(len(live.events) + 1, event, event_data(record, event)))
            waiters = list(live.waiters)
        if self._loop is not None:
            for waiter in waiters:
                self._loop.call_soon_threadsafe(waiter.set)

    def update(
        self, run_id: str, change: Callable[[RunRecord], bool], event: str | None = None
    ) -> RunRecord | None:
        """Read the run's record from disk, ``change`` it, and save it when ``change`` says so;
        all under the store's lock, so a run deleted meanwhile is not written back."""
        with self._lock:
            path = self.record_file(run_id)
            if run_id not in self._runs:
                return None  # deleted meanwhile
            # The file can be missing for a moment (a re-plan sets the previous record aside
            # and writes a new one): then the last state announced stands in for it.
            record = (
                RunRecord.load(path)
                if path.is_file()
                else self._runs[run_id].record.model_copy(deep=True)
            )
            if change(record):
                self.save(record, event)
            elif record.updated > self._runs[run_id].record.updated:
                # On disk but never announced (its process was killed between the two).
                self.publish(record, record.status if record.settled else None)
            return record

    def forget(self, run_id: str) -> None:
        """Delete the run's folder and everything known about it."""
        with self._lock:
            live = self._runs.pop(run_id, None)
            shutil.rmtree(self.folder(run_id), ignore_errors=True)
        if live is not None and self._loop is not None:
            for waiter in live.waiters:
                self._loop.call_soon_threadsafe(waiter.set)

    # -- events ----------------------------------------------------------------------------

    def last_seq(self, run_id: str) -> int:
        with self._lock:
            live = self._runs.get(run_id)
            return len(live.events) if live else 0

    def _events_after(self, run_id: str, seq: int) -> tuple[list[Event], bool]:
        with self._lock:
            live = self._runs.get(run_id)
            if live is None:
                return [], True  # deleted while someone followed it
            if seq > len(live.events):  # a client of an earlier server process: replay all
                seq = 0
            newest = live.events[-1].event if live.events else None
            return list(live.events[seq:]), stream_ends(live.record.status, newest)

    def _settled(self, run_id: str) -> bool:
        with self._lock:
            live = self._runs.get(run_id)
            return live is None or live.record.settled

    async def follow(self, run_id: str, after: int) -> AsyncIterator[Event]:
        """The run's events numbered above ``after``, as they happen, until it settles."""
        waiter = asyncio.Event()
        with self._lock:
            live = self._runs.get(run_id)
            if live is None:
                return
            live.waiters.add(waiter)
        quiet = 0
        try:
            while True:
                waiter.clear()  # before reading: a publish in between sets it again
                events, settled = self._events_after(run_id, after)
                for item in events:
                    after = item.seq
                    yield item
                if settled:
                    return
                quiet = 0 if events else quiet + 1
                if quiet > FOLLOW_QUIET_POLLS and self._settled(run_id):
                    return  # settled by a write that carried no settling event
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(waiter.wait(), FOLLOW_SAFETY_POLL)
        finally:
            with self._lock:
                if run_id in self._runs:
                    self._runs[run_id].waiters.discard(waiter)

    # -- retention -------------------------------------------------------------------------

    def _size(self, run_id: str) -> int:
        with self._lock:
            live = self._runs.get(run_id)
            if live is not None and live.size and live.size[0] == live.record.updated:
                return live.size[1]
        total = 0
        for path in self.folder(run_id).rglob("*"):
            try:
                if path.is_file() and not path.is_symlink():
                    total += path.stat().st_size
            except OSError:
                continue
        with self._lock:
            live = self._runs.get(run_id)
            if live is not None:
                live.size = (live.record.updated, total)
        return total

    def expired(self, max_age_days: float | None, max_bytes: int | None) -> list[str]:
        """Settled runs to delete: older than ``max_age_days``, then the oldest while all the
        runs together take more than ``max_bytes``. Queued and running runs are never chosen."""
        now = time.time()
        records = sorted(self.records(), key=lambda r: r.updated)
        doomed: list[str] = []
        if max_age_days is not None:
            cutoff = now - max_age_days * 86400
            doomed = [r.id for r in records if r.settled and r.updated < cutoff]
        if max_bytes is not None:
            sizes = {r.id: self._size(r.id) for r in records}
            total = sum(size for run_id, size in sizes.items() if run_id not in doomed)
            for record in records:
                if total <= max_bytes:
                    break
                if record.settled and record.id not in doomed:
                    doomed.append(record.id)
                    total -= sizes[record.id]
        return doomed
