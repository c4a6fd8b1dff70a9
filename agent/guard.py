"""What any engine's answer must satisfy before it enters the plan, and the text filter.

Engines propose; nothing they write is trusted. The same caps hold whatever the engine
(at most ``MAX_VISIONS`` visions, ``MAX_TASKS_PER_VISION`` tasks per vision), and every
sentence a deck or a model wrote passes ``defuse`` before it reaches a file people read:
a sentence addressed to the tool ("ignore previous instructions...") is dropped, whoever
wrote it. Escaping for each output format (Markdown, Mermaid, HTML, spreadsheets) is the
renderers' job (agent/render); ``defuse_plan`` runs first, in ``render_plan``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from schemas.plan import Plan

T = TypeVar("T")

MAX_VISIONS = 20
MAX_TASKS_PER_VISION = 20  # a deck-grounded vision needs ~16; a runaway model writes 40+
MAX_QUESTIONS = 4
GAP_KINDS = ("system", "data", "owner", "sponsor", "metric", "role", "constraint")
REMOVED = "(removed: text addressed to the tool)"

INSTRUCTION_LIKE = re.compile(
    r"\b(?:ignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding)"
    r"|disregard (?:all |any |the )?(?:previous|prior|above|earlier|instructions|rules)"
    r"|forget (?:all |everything|your|previous|prior)"
    r"|system prompt|new instructions|(?:reveal|print|repeat) (?:the |your )?(?:prompt|instructions)"
    r"|you are (?:now )?an? (?:ai|assistant|model|language model|chatbot)"
    r"|assign (?:every|all) tasks?|write (?:the )?output to|override (?:the |all |your )?"
    r"(?:rules|instructions|roles|schema|owners?)|jailbreak|do anything now)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def capped(tasks: list[T], layer: Callable[[T], str], limit: int = MAX_TASKS_PER_VISION) -> list[T]:
    """At most ``limit`` tasks, taken round-robin across layers so no layer loses its work."""
    if len(tasks) <= limit:
        return tasks
    by_layer: dict[str, list[int]] = {}
    for i, task in enumerate(tasks):
        by_layer.setdefault(layer(task), []).append(i)
    kept: set[int] = set()
    queues = list(by_layer.values())
    while len(kept) < limit:
        for queue in queues:
            if queue and len(kept) < limit:
                kept.add(queue.pop(0))
    return [t for i, t in enumerate(tasks) if i in kept]


def addressed_to_tool(text: str | None) -> bool:
    """True when ``text`` reads as instructions to the tool rather than plan content."""
    return bool(text) and bool(INSTRUCTION_LIKE.search(text or ""))


def defuse(text: str | None) -> str | None:
    """``text`` without its sentences addressed to the tool; ``REMOVED`` if nothing is left."""
    if not text or not INSTRUCTION_LIKE.search(text):
        return text
    kept = [s for s in _SENTENCE.split(text) if s.strip() and not INSTRUCTION_LIKE.search(s)]
    return " ".join(kept).strip() or REMOVED


def defuse_plan(plan: Plan) -> tuple[Plan, int]:
    """The plan with every deck- or model-written sentence addressed to the tool removed.

    Returns the plan and how many strings changed. Ids, roles, enums and numbers are not
    free text and are left alone.
    """
    changed = 0

    def walk(value: Any, key: str = "", parent: str = "") -> Any:
        nonlocal changed
        if isinstance(value, dict):
            return {k: walk(v, k, key) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key, parent) for v in value]
        if isinstance(value, str) and key not in _NOT_TEXT and (key, parent) not in _NAMES:
            clean = defuse(value)
            if clean != value:
                changed += 1
            return clean
        return value

    data = walk(plan.model_dump(mode="json"))
    if not changed:
        return plan, 0
    return Plan.model_validate(data), changed


# Role and engine names are the roster's and ours; a scenario's or phase's name is prose.
_NAMES = frozenset({("name", "roles"), ("name", "engine")})

# Keys whose strings are identifiers, names from the roster, enums or paths, not prose.
_NOT_TEXT = frozenset(
    {
        "id",
        "key",
        "item",
        "owner_role",
        "consulted",
        "vision_ids",
        "scenario_ids",
        "depends_on",
        "blocked_by",
        "blocks",
        "task_ids",
        "layer",
        "horizon",
        "tier",
        "kind",
        "code",
        "customer_impact",
        "business_impact",
        "file",
        "doc",
        "path",
        "sha256",
        "schema_version",
        "team",
        "source",
        "model",
        "origin",
        "clock",
        "verdict",
    }
)


__all__ = [
    "GAP_KINDS",
    "INSTRUCTION_LIKE",
    "MAX_QUESTIONS",
    "MAX_TASKS_PER_VISION",
    "MAX_VISIONS",
    "REMOVED",
    "addressed_to_tool",
    "capped",
    "defuse",
    "defuse_plan",
]
