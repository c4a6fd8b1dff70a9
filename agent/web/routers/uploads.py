"""``POST /api/runs``: upload a deck and an org context; the run is queued at once.

Included with the upload body limit (``max_body_size``); every other route keeps the small
default. Only cheap checks happen in the request (size, type from the bytes, ZIP safety):
the deck is read in the run's job.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, UploadFile
from fastapi.responses import JSONResponse

from agent.web._deps import Service
from agent.web._errors import ERRORS
from agent.web._models import RunCreated

router = APIRouter(prefix="/api/runs", tags=["runs"], responses=ERRORS)


@router.post("", status_code=201, response_model=RunCreated)
def create_run(
    service: Service,
    deck: Annotated[
        UploadFile, File(description="the strategy deck: PPTX or PDF (read by content)")
    ],
    org: Annotated[
        str | None, Form(description="name of a configured org folder (GET /api/orgs)")
    ] = None,
    org_zip: Annotated[UploadFile | None, File(description="or the org context as a ZIP")] = None,
    engine: Annotated[Literal["auto", "llm", "rules"], Form()] = "auto",
    interactive: Annotated[bool, Form(description="pause to ask about vague visions")] = True,
) -> JSONResponse:
    """Start a run: a deck plus an org context. Returns the run id; follow its events."""
    zip_given = org_zip is not None and bool(org_zip.filename)
    record = service.create(
        deck.file,
        deck.filename,
        org=org or None,
        org_zip=org_zip.file if org_zip is not None and zip_given else None,
        org_zip_filename=org_zip.filename if org_zip is not None else None,
        engine=engine,
        interactive=interactive,
    )
    return JSONResponse(
        {"id": record.id, "status": record.status},
        status_code=201,
        headers={"Location": f"/api/runs/{record.id}"},
    )
