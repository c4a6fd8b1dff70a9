"""Step 2: find the deck's vision statements, each traced to its slide or page."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig

from agent.nodes._common import deck_of, engine_for, usage_of


def find_visions(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
    deck = deck_of(state)
    engine = engine_for(state, config, deck.text())
    drafts = engine.find_visions(deck)
    warnings = [] if drafts else [f"{deck.name}: no vision statements found; the plan is empty"]
    return {
        "vision_drafts": [
            {"id": f"V{i}", **d.model_dump(mode="json")} for i, d in enumerate(drafts, start=1)
        ],
        "warnings": warnings,
        "usage": usage_of(engine),
    }
