"""The interface every engine implements, and the draft models steps exchange.

Two implementations sit behind it: ``rules`` (deterministic, offline, the default)
and ``llm`` (any OpenAI-compatible endpoint). The workflow nodes call only this
interface, so a step never knows which engine it runs on.

Drafts are what an engine proposes; the workflow numbers, merges, validates and
repairs them into the plan contract (schemas/plan.py).
"""

from __future__ import annotations

from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from schemas.context import ContextHit, OrgContext
from schemas.deck import Deck
from schemas.plan import (
    EngineInfo,
    Horizon,
    Impact,
    Layer,
    Measure,
    Scenario,
    Source,
    Vagueness,
    Vision,
)


class _Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class VisionDraft(_Draft):
    """A statement of intent found in the deck, with where it was found."""

    text: str
    source: Source
    evidence: str | None = Field(
        default=None, description="block kind it came from: title | body | notes | table"
    )
    also_stated: list[Source] = Field(
        default_factory=list, description="other slides or pages that state the same goal"
    )
    # Set by the rules engine from the deck's KPI rows and tiles; no model is asked for it.
    measure: SkipJsonSchema[Measure | None] = None


class VisionList(_Draft):
    visions: list[VisionDraft]


class ScenarioDraft(_Draft):
    name: str
    segment: str = Field(description="behavioural segment, e.g. 'new patients'")
    context: str = Field(
        description="what brought them in right now, e.g. 'search ad, mobile, evening'"
    )
    customer_impact: Impact
    business_impact: Impact
    vision_ids: list[str] = Field(default_factory=list)
    rationale: str = ""
    source: Source | None = None


class ScenarioList(_Draft):
    scenarios: list[ScenarioDraft] = Field(max_length=3)


class ContextRefDraft(_Draft):
    doc: str
    chunk: int | None = None
    quote: str | None = None


class TaskDraft(_Draft):
    """A task proposed for one vision.

    ``key`` is stable and descriptive (``identity_resolution``); two visions that
    propose the same key get one shared task. ``depends_on`` names other keys.
    """

    key: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str
    description: str
    layer: Layer
    owner_role: str = Field(description="must be one of the roster's role names")
    horizon: Horizon
    depends_on: list[str] = Field(default_factory=list)
    done_when: str
    context_refs: list[ContextRefDraft] = Field(default_factory=list)
    scenario_ids: list[str] = Field(default_factory=list)
    consulted: list[str] = Field(default_factory=list)
    pilot: bool = False
    # What the deck itself commits to (origin "deck") or the method adds ("method", with why).
    origin: Literal["deck", "method"] = "method"
    origin_note: str | None = None
    source: Source | None = None
    quote: str | None = None
    phase: str | None = None
    weeks: list[float] | None = Field(
        default=None, description="[start, end] on the deck's clock, when the deck dates it"
    )
    vision_ids: list[str] = Field(
        default_factory=list, description="set by the planner for deck tasks; engines leave it"
    )
    accountable: str | None = Field(
        default=None, description="who must be Accountable (a go/no-go decision: the chair)"
    )
    readies_pilot: bool = Field(
        default=False,
        description="the deck's pilot cannot start before this task (its plan); the planner "
        "makes the deck's pilot tasks wait for it",
    )


class GapDraft(_Draft):
    layer: Layer
    text: str
    evidence: str | None = None
    kind: str | None = None


class Decomposition(_Draft):
    """One vision cut along the four layers."""

    tasks: list[TaskDraft] = Field(default_factory=list)
    layer_notes: dict[str, str] = Field(
        default_factory=dict, description="layer -> why this layer needs no task for this vision"
    )
    gaps: list[GapDraft] = Field(default_factory=list)


class PlanningContext(_Draft):
    """What the planner tells an engine's decompose: the knowledge packs in use, the concepts
    the deck or org mention, and what the deck's own plan already covers for this vision."""

    packs: list[str] = Field(default_factory=lambda: ["core"])
    known_concepts: list[str] = Field(default_factory=list)
    deck_plan_text: str = ""
    deck_layers: list[str] = Field(default_factory=list)
    deck_task_keys: list[str] = Field(default_factory=list)
    pilot: str | None = None
    pilot_unit: str | None = None
    pilot_owner: str | None = Field(
        default=None, description="who owns the deck's pilot task: who runs it writes its plan"
    )


@runtime_checkable
class Engine(Protocol):
    @property
    def name(self) -> Literal["llm", "rules"]: ...

    def use_deck(self, deck: Deck) -> None:
        """The run's deck, given once (by the run context) before any step needs it."""
        ...

    def find_visions(self, deck: Deck) -> list[VisionDraft]: ...

    def assess_vagueness(self, text: str, org: OrgContext | None = None) -> Vagueness: ...

    def choose_scenarios(
        self, deck: Deck, visions: list[Vision], org: OrgContext
    ) -> list[ScenarioDraft]: ...

    def decompose(
        self,
        vision: Vision,
        scenarios: list[Scenario],
        org: OrgContext,
        hits: list[ContextHit],
        planning: PlanningContext | None = None,
    ) -> Decomposition: ...

    def info(self) -> EngineInfo: ...
