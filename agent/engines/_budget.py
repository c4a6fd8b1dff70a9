"""Prompt sizes: an estimate of tokens that errs high, and packing data into what is left.

A local model with an 8k window (llama.cpp, Ollama) silently drops the start of a prompt
that does not fit, system prompt included. So every request is sized before it is sent:
``PlanConfig.context_tokens`` is the window, ``PlanConfig.answer_tokens()`` is reserved for
the answer (sent as ``max_tokens``), and the rest is the prompt's.

No tokenizer is bundled (each model has its own), so the estimate is from UTF-8 bytes:
English prose runs about 4 bytes per token, tagged data and JSON about 3, CJK about 3 per
character-token. Dividing by 3 keeps the estimate at or above the real count for all of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam

BYTES_PER_TOKEN = 3.0
MESSAGE_OVERHEAD = 4  # role and separators, per chat message
REQUEST_OVERHEAD = 3  # the assistant's reply primer
# Room kept in every prompt for one validation-feedback message (prompts/output_repair.md
# plus a one-line error summary) or the truncation notice.
FEEDBACK_RESERVE = 200


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text.encode("utf-8")) / BYTES_PER_TOKEN)


def message_tokens(messages: Iterable[ChatCompletionMessageParam]) -> int:
    """Estimated prompt tokens of a chat request's messages."""
    total = REQUEST_OVERHEAD
    for message in messages:
        total += MESSAGE_OVERHEAD + estimate_tokens(str(message.get("content") or ""))
    return total


def take(lines: list[str], budget: int) -> tuple[list[str], int]:
    """The leading lines that fit in ``budget`` tokens (one per line for the newline), and their cost."""
    kept: list[str] = []
    used = 0
    for line in lines:
        cost = estimate_tokens(line) + 1
        if used + cost > budget:
            break
        kept.append(line)
        used += cost
    return kept, used


def clip(text: str, tokens: int) -> str:
    """``text`` cut to about ``tokens`` tokens, at a word boundary, marked with an ellipsis."""
    limit = int(tokens * BYTES_PER_TOKEN)
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    cut = raw[: max(0, limit - 3)].decode("utf-8", "ignore")
    space = cut.rfind(" ")
    if space > len(cut) // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


__all__ = ["FEEDBACK_RESERVE", "clip", "estimate_tokens", "message_tokens", "take"]
