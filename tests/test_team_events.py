"""A follower of a run's events (team mode on a real PostgreSQL, and the local store) stops
after the event that settled the run, not on a settled status read ahead of it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from agent.record import RunRecord
from agent.team._db import Database, ensure_schema
from agent.team._store import PostgresRunStore

pytestmark = pytest.mark.server


async def _follow(store: PostgresRunStore, run_id: str, after: int) -> list[str]:
    return [e.event async for e in store.follow(run_id, after)]


def test_a_follower_waits_for_the_settling_event(tmp_path: Path, postgres_server: object) -> None:
    url = postgres_server.url  # type: ignore[attr-defined]
    ensure_schema(url)
    store = PostgresRunStore(tmp_path / "runs", Database(url))
    record = RunRecord(status="running")
    store.save(record, "running")
    store.publish(record, "step")
    # A status written ahead of its event (no event with it): the run reads paused, the
    # newest event is a step.
    record.status = "paused"
    store.save(record)

    async def scenario() -> list[str]:
        store.bind_loop(asyncio.get_running_loop())  # notifications wake the follower
        follower = asyncio.create_task(_follow(store, record.id, 0))
        await asyncio.sleep(1.0)
        assert not follower.done()  # still following: no settling event yet
        done = record.model_copy(update={"status": "done"})
        store.save(done, "done")
        return await asyncio.wait_for(follower, 30)

    assert asyncio.run(scenario()) == ["running", "step", "done"]
    store.close()


def test_a_settling_event_overtaken_by_a_later_write_still_ends_a_team_stream(
    tmp_path: Path, postgres_server: object
) -> None:
    """The team store's twin of the local store's case below: the done event, older than a
    step's write that overtook it, is still added, with the row's record."""
    url = postgres_server.url  # type: ignore[attr-defined]
    ensure_schema(url)
    store = PostgresRunStore(tmp_path / "runs", Database(url))
    record = RunRecord(status="running")
    store.save(record, "running")  # the API creates the run's row
    done = record.model_copy(update={"status": "done", "updated": record.updated + 1})
    late_step = done.model_copy(update={"updated": done.updated + 1, "step": "render"})
    store.publish(late_step, "step")
    store.publish(done, "done")  # older than the step's write

    async def scenario() -> list[str]:
        store.bind_loop(asyncio.get_running_loop())
        return await asyncio.wait_for(_follow(store, record.id, 0), 10)

    assert asyncio.run(scenario()) == ["running", "step", "done"]
    assert store.get(record.id).updated == late_step.updated  # the newer record stays
    # an event that is not the recorded state's, arriving late, is still dropped
    store.publish(record.model_copy(update={"status": "running"}), "running")
    assert [e.event for e in store._events_after(record.id, 0)[0]] == ["running", "step", "done"]
    store.close()


def test_a_local_follower_waits_for_the_settling_event_too(tmp_path: Path) -> None:
    from agent.web import RunStore

    store = RunStore(tmp_path / "runs")
    record = RunRecord(status="running")
    store.publish(record, "running")
    store.publish(record, "step")
    ahead = record.model_copy(update={"status": "paused", "updated": record.updated + 1})
    store.publish(ahead, None)  # the status taken ahead of its event

    async def scenario() -> list[str]:
        store.bind_loop(asyncio.get_running_loop())
        follower = asyncio.create_task(_follow(store, record.id, 0))  # type: ignore[arg-type]
        await asyncio.sleep(0.5)
        assert not follower.done()
        store.publish(
            ahead.model_copy(update={"status": "done", "updated": ahead.updated + 1}), "done"
        )
        return await asyncio.wait_for(follower, 30)

    assert asyncio.run(scenario()) == ["running", "step", "done"]


def test_a_settling_event_overtaken_by_a_later_write_still_ends_the_stream(
    tmp_path: Path,
) -> None:
    """The run saved done, then a step's progress written after it (sent from another thread),
    then the done event itself, older than that write: it still settles the followers."""
    from agent.web import RunStore

    store = RunStore(tmp_path / "runs")
    record = RunRecord(status="running")
    store.publish(record, "running")
    done = record.model_copy(update={"status": "done", "updated": record.updated + 1})
    late_step = done.model_copy(update={"updated": done.updated + 1})
    store.publish(late_step, "step")
    store.publish(done, "done")  # older than the step's write

    async def scenario() -> list[str]:
        store.bind_loop(asyncio.get_running_loop())
        return await asyncio.wait_for(_follow(store, record.id, 0), 5)  # type: ignore[arg-type]

    assert asyncio.run(scenario()) == ["running", "step", "done"]
    # an event that is not the recorded state's, arriving late, is still dropped
    store.publish(record.model_copy(update={"status": "running"}), "running")
    assert [e.event for e in store._events_after(record.id, 0)[0]] == ["running", "step", "done"]
