"""The run context: what every node needs and no checkpoint may hold.

LangGraph hands it to each node as ``runtime.context`` (the graph's ``context_schema``);
it is never written to state, checkpoints or their metadata. It carries:

- ``config``: the run's ``PlanConfig``, API key included (the only place the key lives);
- ``engine``: the one engine for the whole run (its HTTP client, cache and what the
  endpoint turned out to support are shared by every step and branch);
- ``deck``: the run's deck, given to the engine once, by the extract step or, on resume,
  from the checkpoint.

A fresh run builds it from the caller's ``PlanConfig``; a resumed run rebuilds it from
``run.json`` (which never holds the key) plus the environment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from agent.config import PlanConfig

if TYPE_CHECKING:
    from langgraph.runtime import Runtime

    from agent.engines.base import Engine
    from agent.state import PlanState
    from schemas.deck import Deck


@dataclass
class RunContext:
    config: PlanConfig
    engine: Engine
    deck: Deck | None = field(default=None, repr=False)

    @classmethod
    def build(cls, config: PlanConfig, *, deck: Deck | None = None) -> RunContext:
        """The context for one run: the engine is built here, once."""
        from agent.engines import make_engine

        config.check()
        context = cls(config=config, engine=make_engine(config))
        if deck is not None:
            context.use_deck(deck)
        return context

    @classmethod
    def from_state(cls, state: PlanState) -> RunContext:
        """A context for a graph started without one (LangGraph Studio, ``langgraph dev``).

        Configuration comes from the environment; each node builds its own, as Studio
        gives nodes nothing to share.
        """
        return cls.build(PlanConfig.from_env(), deck=state.get("deck"))

    def use_deck(self, deck: Deck) -> None:
        self.deck = deck
        self.engine.use_deck(deck)

    def close(self) -> None:
        close = getattr(self.engine, "close", None)
        if callable(close):
            close()


def run_context(runtime: Runtime[RunContext] | None, state: PlanState) -> RunContext:
    """The node's run context; a graph run without one (Studio) gets one from state and env."""
    context = getattr(runtime, "context", None)
    if isinstance(context, RunContext):
        return context
    return RunContext.from_state(state)


__all__ = ["RunContext", "run_context"]
