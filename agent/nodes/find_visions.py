"""Step 2: find the deck's vision statements, each traced to its slide or page."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.guard import INSTRUCTION_LIKE, MAX_VISIONS, addressed_to_tool
from agent.nodes._common import PlanState, RunContext, deck_of, metered, run_context


def find_visions(state: PlanState, runtime: Runtime[RunContext]) -> PlanState:
    deck = deck_of(state)
    with metered() as usage:
        drafts = run_context(runtime, state).engine.find_visions(deck)
    warnings = list(usage.warnings)
    kept = []
    for draft in drafts:
        # Deck text is data: a sentence addressed to the agent is never a vision, whoever proposed it.
        if INSTRUCTION_LIKE.search(draft.text) or addressed_to_tool(draft.text):
            where = (
                f"slide {draft.source.slide}" if draft.source.slide else f"page {draft.source.page}"
            )
            warnings.append(
                f"{deck.name} {where}: ignored text that reads as instructions to the tool"
            )
            continue
        kept.append(draft)
    if len(kept) > MAX_VISIONS:  # the same cap whatever the engine
        warnings.append(f"{len(kept)} visions found; kept the first {MAX_VISIONS}")
        kept = kept[:MAX_VISIONS]
    if not kept:
        warnings.append(f"{deck.name}: no vision statements found; the plan is empty")
    return {
        "vision_drafts": kept,
        "warnings": warnings,
        "usage": usage.as_update(),
    }
