"""``/api/engines``: the engines this server can run, so a client offers only those."""

from __future__ import annotations

from fastapi import APIRouter, Request

from agent.web._errors import ERRORS
from agent.web._models import EngineOut, EnginesOut

router = APIRouter(prefix="/api/engines", tags=["engines"], responses=ERRORS)


@router.get("", response_model=EnginesOut)
def list_engines(request: Request) -> EnginesOut:
    """``rules`` always; ``llm`` only when the server was started with a model endpoint
    (README: "Engines"). ``default`` is what ``auto`` picks on this server."""
    config = request.app.state.settings.base_config
    llm = config.llm_configured
    return EnginesOut(
        engines=[
            EngineOut(name="rules", label="Rules (offline, no model)", available=True),
            EngineOut(
                name="llm",
                label=f"Model ({config.model})" if config.model else "Model (the server's)",
                available=llm,
            ),
        ],
        default="llm" if llm else "rules",
    )
