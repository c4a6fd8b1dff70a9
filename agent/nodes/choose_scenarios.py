"""Step 4: at most three scenarios (segment x context), ranked on customer and business impact."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig

from agent.nodes._common import deck_of, engine_for, org_of, usage_of
from schemas.plan import Vision

MAX_SCENARIOS = 3


def choose_scenarios(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
    deck = deck_of(state)
    engine = engine_for(state, config, deck.text())
    visions = [Vision.model_validate(v) for v in state.get("visions", [])]
    drafts = engine.choose_scenarios(deck, visions, org_of(state)) if visions else []
    warnings = []
    if len(drafts) > MAX_SCENARIOS:
        warnings.append(
            f"{len(drafts)} scenarios proposed; kept the first {MAX_SCENARIOS} (focus beats boiling the ocean)"
        )
        drafts = drafts[:MAX_SCENARIOS]
    known = {v.id for v in visions}
    scenarios = []
    for i, d in enumerate(drafts, start=1):
        data = d.model_dump(mode="json")
        data["vision_ids"] = [x for x in data["vision_ids"] if x in known]
        scenarios.append({"id": f"S{i}", **data})
    return {"scenarios": scenarios, "warnings": warnings, "usage": usage_of(engine)}
