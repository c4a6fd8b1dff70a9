"""groundwork: strategy deck + organization context -> operational plan.

Public API::

    from agent import plan, PlanConfig, GroundworkError
    result = plan("deck.pptx", context="org/", out="out/", config=PlanConfig(engine="rules"))
"""

from __future__ import annotations

from typing import Any

from agent.config import PlanConfig
from agent.errors import (
    ContextError,
    CorruptFileError,
    EncryptedFileError,
    FileTooLargeError,
    GroundworkError,
    InputError,
    LLMConfigError,
    LLMError,
    LLMResponseError,
    LLMUnavailableError,
    NoTextError,
    PlanValidationError,
    RunError,
    UnsupportedFormatError,
)


def __getattr__(name: str) -> Any:
    # The workflow pulls in langgraph and chromadb; load it only when asked for.
    if name in {"plan", "resume", "RunResult"}:
        from agent import runner

        return getattr(runner, name)
    raise AttributeError(name)


__all__ = [
    "ContextError",
    "CorruptFileError",
    "EncryptedFileError",
    "FileTooLargeError",
    "GroundworkError",
    "InputError",
    "LLMConfigError",
    "LLMError",
    "LLMResponseError",
    "LLMUnavailableError",
    "NoTextError",
    "PlanConfig",
    "PlanValidationError",
    "RunError",
    "RunResult",
    "UnsupportedFormatError",
    "plan",
    "resume",
]
