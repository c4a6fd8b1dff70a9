"""``/api/orgs``: the org-context folders the server was started with."""

from __future__ import annotations

from fastapi import APIRouter, Request

from agent.web._errors import ERRORS
from agent.web._models import OrgOut, OrgsOut

router = APIRouter(prefix="/api/orgs", tags=["orgs"], responses=ERRORS)


@router.get("", response_model=OrgsOut)
def list_orgs(request: Request) -> OrgsOut:
    """The org-context folders this server was started with (``--org``)."""
    orgs = []
    for name, path in request.app.state.settings.orgs.items():
        count = sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        orgs.append(OrgOut(name=name, files=count))
    return OrgsOut(orgs=orgs)
