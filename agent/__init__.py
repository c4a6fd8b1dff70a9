"""groundwork: strategy deck + organization context -> operational plan.

Public API::

    from agent import plan, PlanConfig, GroundworkError
    result = plan("deck.pptx", context="org/", out="out/", config=PlanConfig(engine="rules"))
"""

from __future__ import annotations

from typing import Any

from agent import errors as _errors
from agent.config import PlanConfig
from agent.errors import *  # noqa: F403  (the whole exception tree is public; see agent/errors.py)


def __getattr__(name: str) -> Any:
    # The workflow pulls in langgraph and chromadb; load it only when asked for.
    if name in {"plan", "resume", "RunResult"}:
        from agent import runner

        return getattr(runner, name)
    raise AttributeError(name)


# plan, resume and RunResult resolve lazily through __getattr__ above.
__all__ = ["PlanConfig", "RunResult", "plan", "resume", *_errors.__all__]  # noqa: F405
