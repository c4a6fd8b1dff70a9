"""``/api/runs/{run_id}/export/{format}``: the plan's tasks for a tracker, calendar or Gantt tool.

The same files as ``groundwork export`` (agent.export), made on request from the run's
plan.json: nothing is stored, so a re-plan's export is always current and keeps the
tasks' stable ids. Creating GitHub issues needs a token the service does not hold: the
route serves the JSON, and ``groundwork export --to github --repo`` publishes it.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from agent.errors import ConfigError, RunStateError
from agent.export import FORMATS, ExportOptions, export_plan, load_plan
from agent.render import next_monday
from agent.web._deps import Run
from agent.web._errors import ERRORS

router = APIRouter(prefix="/api/runs/{run_id}/export", tags=["exports"], responses=ERRORS)

ExportFormat = StrEnum("ExportFormat", {name: name for name in FORMATS})  # type: ignore[misc]


def export_links(run_id: str) -> dict[str, str]:
    """Format -> URL, for a done run's downloads."""
    return {name: f"/api/runs/{run_id}/export/{name}" for name in FORMATS}


@router.get("/{fmt}", response_class=Response)
def download_export(
    run: Run,
    fmt: ExportFormat,
    start_date: Annotated[
        date | None, Query(description="the plan's week 1 (default: next Monday)")
    ] = None,
    epics: Annotated[str, Query(description="group tasks by phase | layer | vision")] = "phase",
    id_prefix: Annotated[
        str, Query(max_length=16, description="external ids are PREFIX-<task key>")
    ] = "gw",
) -> Response:
    """The plan as a Jira/Asana/Linear/Trello CSV, GitHub issues JSON, an .ics calendar or
    MS Project XML; every task carries its stable id, so re-importing updates."""
    if run.status != "done":
        raise RunStateError(f"run {run.id} is {run.status}; no plan yet")
    if epics not in ("phase", "layer", "vision"):
        raise ConfigError("epics must be phase, layer or vision")
    plan = load_plan(Path(run.out_dir))
    options = ExportOptions(start=start_date or next_monday(), epics=epics, prefix=id_prefix)  # type: ignore[arg-type]
    result = export_plan(plan, str(fmt.value), options)
    return Response(
        result.content,
        media_type=result.media_type,
        headers={"Content-Disposition": f'attachment; filename="{result.filename}"'},
    )
