"""The plan contract (plan.json), DESIGN.md section 3.

Field names are fixed; new fields may be added, none removed or renamed.
Enumerations are lower-case strings.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION: Literal["1"] = "1"


class Layer(StrEnum):
    experience = "experience"
    process_people = "process_people"
    tech_data = "tech_data"
    governance_measurement = "governance_measurement"


class Horizon(StrEnum):
    foundational = "foundational"
    quick_win = "quick_win"
    aspirational = "aspirational"


# The order plans present them in: the enums above are the one source of both.
LAYERS: tuple[str, ...] = tuple(layer.value for layer in Layer)
HORIZONS: tuple[str, ...] = tuple(horizon.value for horizon in Horizon)


Impact = Literal["low", "medium", "high"]
RaciLetter = Literal["R", "A", "C", "I"]

REASON_CODES = (
    "no_metric",
    "no_target",
    "no_deadline",
    "no_owner",
    "no_audience",
    "universal_scope",
    "buzzword",
    "vanity_metric",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class EngineInfo(_Model):
    name: Literal["llm", "rules"]
    model: str | None = None
    llm_calls: int = Field(default=0, ge=0)
    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    cached_calls: int = Field(
        default=0, ge=0, description="responses served from the on-disk cache"
    )
    usage_unknown_calls: int = Field(
        default=0,
        ge=0,
        description="answers the endpoint sent without token counts: the token totals miss them",
    )
    estimated_prompt_tokens: int = Field(
        default=0, ge=0, description="groundwork's own estimate of every prompt it sent"
    )


class SourceFile(_Model):
    path: str
    sha256: str
    kind: Literal["pptx", "pdf", "md", "txt", "docx", "csv", "yaml", "json"]
    units: int = Field(ge=0, description="slides or pages (sections for text documents)")


class Source(_Model):
    file: str
    slide: int | None = Field(default=None, ge=1)
    page: int | None = Field(default=None, ge=1)


class VaguenessReason(_Model):
    code: str = Field(
        description="no_metric | no_target | no_deadline | no_owner | no_audience | universal_scope | buzzword | vanity_metric | ..."
    )
    message: str
    evidence: str | None = None


class Vagueness(_Model):
    vague: bool
    score: float = Field(ge=0.0, le=1.0)
    reasons: list[VaguenessReason] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    suggested_rewrite: str | None = None


class Measure(_Model):
    """The deck's KPI row or tile that measures a goal, in the deck's words."""

    metric: str
    baseline: str | None = None
    target: str
    by: str | None = None
    source: Source


class Vision(_Model):
    id: str = Field(pattern=r"^V\d+$")
    text: str
    source: Source
    vagueness: Vagueness
    # additions
    original_text: str | None = Field(
        default=None, description="the deck's words before clarification answers"
    )
    answers: list[str] = Field(
        default_factory=list, description="strategist's clarification answers"
    )
    evidence: str | None = Field(
        default=None, description="where it was found: title, body, notes, table"
    )
    also_stated: list[Source] = Field(
        default_factory=list,
        description="other slides or pages that state the same goal (source is the formal one)",
    )
    measure: Measure | None = Field(
        default=None,
        description="the deck's KPI row or tile that measures this goal (metric, baseline, "
        "target, by when), where the deck sets one",
    )


class Scenario(_Model):
    id: str = Field(pattern=r"^S\d+$")
    name: str
    segment: str
    context: str
    customer_impact: Impact
    business_impact: Impact
    vision_ids: list[str] = Field(default_factory=list)
    rationale: str | None = None
    source: Source | None = None


class RoleEntry(_Model):
    name: str
    team: str | None = None
    tier: Literal["core", "extended"]
    source: str | None = None


class ContextRef(_Model):
    doc: str
    chunk: int | None = None
    quote: str | None = None


class Task(_Model):
    id: str = Field(pattern=r"^T\d+$")
    title: str
    description: str
    layer: Layer
    owner_role: str
    horizon: Horizon
    vision_ids: list[str] = Field(min_length=1)
    scenario_ids: list[str] = Field(default_factory=list)
    depends_on: list[str] = Field(default_factory=list)
    done_when: str
    context_refs: list[ContextRef] = Field(default_factory=list)
    consulted: list[str] = Field(
        default_factory=list, description="roles to consult (mirrors RACI C)"
    )
    pilot: bool = Field(
        default=False, description="true for a contained pilot before a broad rollout"
    )
    key: str | None = Field(
        default=None, description="stable pattern key; the same key from two visions is one task"
    )
    origin: Literal["deck", "method"] = Field(
        default="method",
        description="deck: a commitment the deck makes, in its words; method: added by the method",
    )
    origin_note: str | None = Field(
        default=None, description="for method tasks: what the deck left out that this task fills"
    )
    source: Source | None = Field(
        default=None, description="the slide or page of the deck commitment the task comes from"
    )
    quote: str | None = Field(
        default=None, description="the deck's own words for the commitment (origin deck)"
    )
    phase: str | None = Field(default=None, description="the deck's phase or gate it belongs to")
    blocked_by: list[str] = Field(
        default_factory=list, description="ids of gaps (G1...) that block this task"
    )


class RaciRow(_Model):
    item: str = Field(description='a task id, or "layer:<layer>"')
    assignments: dict[str, RaciLetter]

    @model_validator(mode="after")
    def _one_accountable(self) -> RaciRow:
        letters = list(self.assignments.values())
        if letters.count("A") != 1:
            raise ValueError(
                f"RACI row {self.item!r} must have exactly one A, has {letters.count('A')}"
            )
        if "R" not in letters:
            raise ValueError(f"RACI row {self.item!r} must have at least one R")
        return self


class Phase(_Model):
    name: str
    horizon: Horizon
    start_week: int = Field(ge=0)
    end_week: int = Field(ge=0)
    task_ids: list[str] = Field(default_factory=list)
    gate: str | None = Field(
        default=None, description="the deck's exit criteria for the phase, in its words"
    )
    source: Source | None = Field(default=None, description="where the deck sets out the phase")

    @model_validator(mode="after")
    def _ordered(self) -> Phase:
        if self.end_week < self.start_week:
            raise ValueError(
                f"phase {self.name!r} ends (week {self.end_week}) before it starts (week {self.start_week})"
            )
        return self


class Roadmap(_Model):
    phases: list[Phase] = Field(default_factory=list)
    task_weeks: dict[str, list[int]] = Field(
        default_factory=dict,
        description="task id -> [start_week, end_week], consistent with depends_on",
    )
    horizon_weeks: int | None = Field(
        default=None,
        ge=0,
        description="the roadmap's length: the deck's own horizon when it states one",
    )
    clock: Literal["deck", "method"] = Field(
        default="method",
        description="deck: phases and horizon come from the deck; method: default horizons",
    )


class Gap(_Model):
    layer: Layer
    text: str
    evidence: str | None = None
    kind: str | None = Field(
        default=None,
        description="system | data | owner | sponsor | metric | role | constraint | ...",
    )
    id: str | None = Field(default=None, pattern=r"^G\d+$")
    blocks: list[str] = Field(
        default_factory=list, description="ids of the tasks this gap blocks until it is closed"
    )


class DeckStatement(_Model):
    """A line of the deck, quoted, with where it is."""

    text: str
    source: Source


class OrgFit(_Model):
    """How well the organization's context fits the deck (same business, same domain)."""

    score: float = Field(ge=0.0, le=1.0)
    verdict: Literal["fits", "partial", "mismatch", "none"] = Field(
        description="mismatch: the context belongs to another business; none: no context"
    )
    reason: str
    shared: list[str] = Field(
        default_factory=list, description="distinctive terms deck and context share"
    )


class DomainInfo(_Model):
    """Which knowledge packs planned the method's part, and the words that chose them."""

    packs: list[str] = Field(default_factory=list)
    evidence: dict[str, list[str]] = Field(default_factory=dict)


class Plan(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    engine: EngineInfo
    sources: list[SourceFile] = Field(default_factory=list)
    visions: list[Vision] = Field(default_factory=list)
    scenarios: list[Scenario] = Field(default_factory=list, max_length=3)
    roles: list[RoleEntry] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    raci: list[RaciRow] = Field(default_factory=list)
    roadmap: Roadmap = Field(default_factory=Roadmap)
    gaps: list[Gap] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    layer_notes: dict[str, str] = Field(
        default_factory=dict, description='"<vision id>:<layer>" -> why that layer needs no task'
    )
    title: str | None = Field(default=None, description="the deck's own title")
    organization: str | None = Field(default=None, description="the organization the deck is for")
    org_fit: OrgFit | None = None
    domain: DomainInfo | None = None
    governance: list[DeckStatement] = Field(
        default_factory=list,
        description="how the deck says the plan is governed (its sponsor, bodies, cadence, "
        "decision rights, who is consulted), quoted: the RACI follows it; no task repeats it",
    )
