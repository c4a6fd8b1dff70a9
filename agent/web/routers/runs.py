"""``/api/runs``: list runs, read one, follow its events, answer, cancel, delete."""

from __future__ import annotations

from collections.abc import AsyncIterable
from typing import Annotated

from fastapi import APIRouter, Header, Query
from fastapi.sse import EventSourceResponse, ServerSentEvent

from agent.errors import RunNotFoundError
from agent.record import SETTLED, RunRecord
from agent.web._deps import Run, Service
from agent.web._errors import ERRORS
from agent.web._models import AnswersIn, RunCreated, RunOut, RunsOut
from agent.web._runs import open_questions
from agent.web._store import event_data
from agent.web.routers.downloads import downloads_for

router = APIRouter(prefix="/api/runs", tags=["runs"], responses=ERRORS)


def run_out(record: RunRecord, *, detail: bool = True) -> RunOut:
    return RunOut(
        id=record.id,
        status=record.status,
        step=record.step,
        steps_done=record.steps_done,
        error=record.error,
        questions=record.questions if record.status == "paused" else [],
        open_questions=open_questions(record) if detail else [],
        deck=record.deck_name or "deck",
        org=record.labels.get("org", ""),
        engine=str(record.config.get("engine", "auto")),
        interactive=bool(record.config.get("interactive", True)),
        attempts=record.attempts,
        created=record.created,
        updated=record.updated,
        summary=record.summary,
        downloads=downloads_for(record),
    )


@router.get("", response_model=RunsOut)
def list_runs(service: Service) -> RunsOut:
    """All runs, newest first (paused runs from before a restart included)."""
    return RunsOut(runs=[run_out(record, detail=False) for record in service.records()])


@router.get("/{run_id}", response_model=RunOut)
def get_run(run: Run) -> RunOut:
    """Status (queued, running, paused, done, failed), current step, error, questions."""
    return run_out(run)


@router.get("/{run_id}/events", response_class=EventSourceResponse)
async def run_events(
    run: Run,
    service: Service,
    after: Annotated[
        int | None,
        Query(ge=0, description="replay the events numbered above this one, then follow"),
    ] = None,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
) -> AsyncIterable[ServerSentEvent]:
    """Server-sent events: status, queued, running, step, paused (with questions), resumed,
    done, failed. Every event's data carries the run's status, step and steps done.

    Events are pushed as the run's worker reports them. Without ``after`` (or a
    Last-Event-ID header, sent by a reconnecting EventSource) the stream starts with one
    ``status`` event describing the run now, then follows it. The stream ends when the run
    is paused, done or failed: open it again after posting answers.
    """
    if after is None and (last_event_id or "").isdigit():
        after = int(str(last_event_id))
    yield ServerSentEvent(retry=2000)
    if after is None:
        after = service.store.last_seq(run.id)
        current = service.get(run.id)
        yield ServerSentEvent(event="status", id=str(after), data=event_data(current, "status"))
        if current.settled:
            return
    last: str | None = None
    async for item in service.store.follow(run.id, after):
        last = item.event
        yield ServerSentEvent(event=item.event, id=str(item.seq), data=item.data)
    if last in SETTLED:
        return
    # Settled by a write that carried no settling event: without a word on how it ended, the
    # page keeps its last state ("Queued") and reconnects to the same silence.
    try:
        current = service.get(run.id)
    except RunNotFoundError:
        return  # deleted meanwhile
    if current.settled:
        seq = service.store.last_seq(run.id)
        yield ServerSentEvent(event="status", id=str(seq), data=event_data(current, "status"))


@router.post("/{run_id}/answers", status_code=202, response_model=RunCreated)
def post_answers(run: Run, service: Service, body: AnswersIn) -> RunCreated:
    """Answer a run's clarifying questions: ``{"answers": {"V1": "..."}}``.

    A paused run resumes (empty answers keep the flags). A done run whose visions are still
    vague (``open_questions``) is answered later: it is re-planned from the vagueness step,
    reusing what it read of the deck; the run goes queued, running, then done again.
    """
    record = service.answer(run.id, body.answers)
    return RunCreated(id=record.id, status=record.status)


@router.post("/{run_id}/cancel", response_model=RunOut)
def cancel_run(run: Run, service: Service) -> RunOut:
    """Stop a queued, running or paused run. It ends ``failed`` with "cancelled by request"."""
    return run_out(service.cancel(run.id))


@router.delete("/{run_id}", status_code=204)
def delete_run(run: Run, service: Service) -> None:
    """Delete the run and all its files (a running run is stopped first)."""
    service.delete(run.id)
