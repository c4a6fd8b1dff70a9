"""Workflow state: what the steps find as their pydantic models (the deck, the org context,
the deck's plan, the visions, scenarios and retrieved passages, the plan), the planning work
as JSON-safe records (agent/planning/records.py), so checkpoints survive a restart and a new
process (agent/checkpoints.py stores the models as their JSON and validates them back).

Keys that parallel branches (decompose, one per vision) write are reducers. Configuration,
the engine and the API key are not state: they travel in the run context (agent/runtime.py).
"""

from __future__ import annotations

import operator
from typing import Annotated, TypedDict

from pydantic import BaseModel

from agent.engines.base import PlanningContext, VisionDraft
from agent.planning.deck_plan import DeckPlan
from agent.planning.records import (
    DraftRecord,
    GapRecord,
    RaciRecord,
    RoadmapRecord,
    TaskFields,
    TaskRecord,
    ViolationRecord,
)
from schemas.context import ContextHit, OrgContext
from schemas.deck import Deck
from schemas.plan import DomainInfo, OrgFit, Plan, Scenario, SourceFile, Vision

# The models state may hold, by name: the only classes a checkpoint is read back into.
# The layout of the state a checkpoint holds. A run saved under an older layout (dicts where
# models are now) is planned again from its recorded inputs instead of resumed.
STATE_FORMAT = 2

STATE_MODELS: dict[str, type[BaseModel]] = {
    model.__name__: model
    for model in (
        Deck,
        OrgContext,
        DeckPlan,
        OrgFit,
        DomainInfo,
        SourceFile,
        VisionDraft,
        Vision,
        Scenario,
        ContextHit,
        PlanningContext,
        Plan,
    )
}

USAGE_KEYS = (
    "llm_calls",
    "cached_calls",
    "prompt_tokens",
    "completion_tokens",
    "unknown_usage_calls",
    "estimated_prompt_tokens",
)


def add_usage(left: dict[str, int] | None, right: dict[str, int] | None) -> dict[str, int]:
    """Sum call and token counts written by nodes and parallel branches."""
    merged = dict(left or {})
    for key, value in (right or {}).items():
        if key in USAGE_KEYS:
            merged[key] = int(merged.get(key, 0)) + int(value or 0)
        elif value is not None:
            merged[key] = value
    return merged


class PlanInput(TypedDict, total=False):
    deck_path: str
    context_dir: str
    out_dir: str
    run_dir: str
    answers: dict[str, str]  # vision id or text -> the strategist's answer
    deck_name: str  # the name the plan cites for the deck


class PlanState(PlanInput, total=False):
    deck: Deck
    org: OrgContext  # the deck's own bodies when the org's context belongs to another business
    deck_plan: DeckPlan  # what the deck commits to
    org_fit: OrgFit
    domain: DomainInfo  # the knowledge packs in use
    known_concepts: list[str]  # pattern concepts the deck or org mentions
    deck_tasks: list[TaskFields]  # TaskDraft of each deck commitment (origin "deck")
    sources: list[SourceFile]
    vision_drafts: list[VisionDraft]  # in order: the n-th becomes vision V<n>
    visions: list[Vision]
    scenarios: list[Scenario]
    hits: dict[str, list[ContextHit]]  # vision id -> retrieved context chunks
    drafts: Annotated[list[DraftRecord], operator.add]
    tasks: list[TaskRecord]
    layer_notes: dict[str, str]
    raci: list[RaciRecord]
    roadmap: RoadmapRecord
    gaps: list[GapRecord]
    warnings: Annotated[list[str], operator.add]
    usage: Annotated[dict[str, int], add_usage]  # USAGE_KEYS -> count
    violations: list[ViolationRecord]
    repairs: int
    plan: Plan
    outputs: list[str]


class PlanOutput(TypedDict, total=False):
    plan: Plan
    outputs: list[str]
    warnings: list[str]


class DecomposeInput(TypedDict):
    """What one parallel decompose branch receives through ``Send``."""

    vision: Vision
    scenarios: list[Scenario]
    org: OrgContext
    hits: list[ContextHit]
    planning: (
        PlanningContext  # agent.planning.commitments.planning_for: packs, what the deck covers
    )
