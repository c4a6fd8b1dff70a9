"""Step 6: cut one vision along the four layers (one parallel branch per vision, via Send)."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig

from agent.nodes._common import engine_for, usage_of
from schemas.context import ContextHit, OrgContext
from schemas.plan import Scenario, Vision


def decompose(branch: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
    engine = engine_for(branch, config, branch.get("deck_text", ""))
    vision = Vision.model_validate(branch["vision"])
    result = engine.decompose(
        vision,
        [Scenario.model_validate(s) for s in branch["scenarios"]],
        OrgContext.model_validate(branch["org"]),
        [ContextHit.model_validate(h) for h in branch["hits"]],
    )
    return {
        "drafts": [{"vision_id": vision.id, "decomposition": result.model_dump(mode="json")}],
        "usage": usage_of(engine),
    }
