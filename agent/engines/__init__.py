"""Engines: one interface (``base.Engine``), two implementations (``llm``, ``rules``).

``make_engine(config)`` picks the one ``config.resolved_engine()`` names. Both
are imported lazily: the rules engine must not pay for ``openai``, and the llm
engine must not pay for the rules playbook.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from agent.engines._usage import Meter, in_context, metered

if TYPE_CHECKING:
    from agent.config import PlanConfig
    from agent.engines.base import Engine


def make_engine(config: PlanConfig) -> Engine:
    """The engine for this run; raises ``LLMConfigError`` if ``llm`` is asked for without an endpoint."""
    if config.resolved_engine() == "llm":
        from agent.engines.llm import LLMEngine

        return LLMEngine(config)
    from agent.engines.rules import RulesEngine

    return cast("Engine", RulesEngine())


__all__ = ["Meter", "in_context", "make_engine", "metered"]
