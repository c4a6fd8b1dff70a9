"""What every node needs: its run context (config, engine, deck), typed views of the state."""

from __future__ import annotations

from agent.engines import metered
from agent.runtime import RunContext, run_context
from agent.state import PlanState
from schemas.context import OrgContext
from schemas.deck import Deck


def deck_of(state: PlanState) -> Deck:
    return state["deck"]


def org_of(state: PlanState) -> OrgContext:
    return state["org"]


__all__ = ["PlanState", "RunContext", "deck_of", "metered", "org_of", "run_context"]
