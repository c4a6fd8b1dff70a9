"""Per-step usage: what model calls one workflow step made, whatever else runs beside it,
and what the engine had to drop or flag in the answers (the step's warnings).

One engine serves the whole run, so its running totals mix steps and parallel branches.
A step opens ``metered()``; the LLM client adds every call and token to the meters of
the context it runs in (``contextvars``), so parallel decompose branches, each in its own
copied context, count only their own calls. Work a step hands to a thread pool keeps the
step's meter when submitted through ``in_context``.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class Meter:
    """Calls and tokens counted while the meter was open; thread-safe."""

    llm_calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    unknown_usage_calls: int = 0  # answers that came without a usage block
    estimated_prompt_tokens: int = 0  # our own estimate of what was sent
    warnings: list[str] = field(default_factory=list)  # what the engine dropped or flagged
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        with self._lock:
            for key, value in counts.items():
                setattr(self, key, getattr(self, key) + int(value))

    def as_update(self) -> dict[str, int]:
        """The counts as the state's ``usage`` reducer sums them."""
        with self._lock:
            return {
                "llm_calls": self.llm_calls,
                "cached_calls": self.cached_calls,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
                "unknown_usage_calls": self.unknown_usage_calls,
                "estimated_prompt_tokens": self.estimated_prompt_tokens,
            }


_METERS: contextvars.ContextVar[tuple[Meter, ...]] = contextvars.ContextVar(
    "groundwork_usage_meters", default=()
)


@contextmanager
def metered() -> Iterator[Meter]:
    """Count the model usage of the enclosed block (nested meters all count)."""
    meter = Meter()
    token = _METERS.set((*_METERS.get(), meter))
    try:
        yield meter
    finally:
        _METERS.reset(token)


def record(**counts: int) -> None:
    """Add counts to every meter open in the current context."""
    for meter in _METERS.get():
        meter.add(**counts)


def note(warning: str) -> None:
    """A warning for the plan from inside an engine: the step that opened the meter reports it."""
    meters = _METERS.get()
    if meters:
        with meters[-1]._lock:
            meters[-1].warnings.append(warning)


def in_context(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn`` bound to a copy of the caller's context, for ``pool.map``/``submit``."""

    ctx = contextvars.copy_context()

    def bound(*args: Any, **kwargs: Any) -> T:
        # A context can be entered by one thread at a time: each call runs in its own copy.
        return ctx.copy().run(fn, *args, **kwargs)

    return bound


__all__ = ["Meter", "in_context", "metered", "note", "record"]
