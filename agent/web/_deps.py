"""Dependencies the routers share: the service, and the run named in the path."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from agent.record import RunRecord
from agent.web._runs import RunService


def get_service(request: Request) -> RunService:
    service: RunService = request.app.state.runs
    return service


Service = Annotated[RunService, Depends(get_service)]


def get_run(
    service: Service,
    run_id: Annotated[str, Path(description="the run's id (32 hex digits)")],
) -> RunRecord:
    """The run named in the path; RunNotFoundError (404) when there is none."""
    return service.get(run_id)


Run = Annotated[RunRecord, Depends(get_run)]
