"""What every node needs: the run's configuration, its engine, typed views of the state."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig

from agent.config import PlanConfig
from agent.engines.base import Engine
from schemas.context import OrgContext
from schemas.deck import Deck


def plan_config(state: dict[str, Any], config: RunnableConfig | None) -> PlanConfig:
    cfg = PlanConfig.from_dict(state.get("config") or {})
    secret = ((config or {}).get("configurable") or {}).get("api_key")
    if secret:  # the key travels in the run config, never in checkpointed state
        cfg.api_key = secret
    elif cfg.api_key is None:
        cfg.api_key = PlanConfig.from_env().api_key
    return cfg


def engine_for(state: dict[str, Any], config: RunnableConfig | None, deck_text: str = "") -> Engine:
    cfg = plan_config(state, config)
    if cfg.resolved_engine() == "rules":
        from agent.engines.rules import RulesEngine

        return RulesEngine(deck_text=deck_text)
    from agent.engines import make_engine

    return make_engine(cfg)


def usage_of(engine: Engine) -> dict[str, Any]:
    return engine.info().model_dump()


def deck_of(state: dict[str, Any]) -> Deck:
    return Deck.model_validate(state["deck"])


def org_of(state: dict[str, Any]) -> OrgContext:
    return OrgContext.model_validate(state["org"])
