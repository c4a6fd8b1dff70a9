"""The plan's working records: what assembly, RACI, the roadmap, the rules and repair pass
between them while the plan is being built.

They are the JSON shape of the contract's models (``schemas.plan``) plus the planning fields
the contract does not hold (a task's ``weeks`` and ``accountable``, a gap's ``subject``), kept
as plain dicts so the workflow's checkpoints hold them as they are. ``Plan.model_validate``
checks them against the contract once, when the plan is assembled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NotRequired, TypedDict, cast

from agent.engines.base import GapDraft, TaskDraft
from agent.json_types import JSONObject

if TYPE_CHECKING:
    from agent.planning.deck_plan import DeckPlan
    from schemas.plan import Source


class SourceRecord(TypedDict):
    """``schemas.plan.Source``: where a statement sits in the deck (1-based)."""

    file: str
    slide: int | None
    page: int | None


class ContextRefRecord(TypedDict):
    """``schemas.plan.ContextRef``: the org-context passage a task cites."""

    doc: str
    chunk: int | None
    quote: str | None


class TaskFields(TypedDict):
    """A task before it is numbered: ``agent.engines.base.TaskDraft`` as a record."""

    key: str
    title: str
    description: str
    layer: str
    owner_role: str
    horizon: str
    depends_on: list[str]
    done_when: str
    context_refs: list[ContextRefRecord]
    scenario_ids: list[str]
    consulted: list[str]
    pilot: bool
    origin: str
    origin_note: str | None
    source: SourceRecord | None
    quote: str | None
    phase: str | None
    weeks: list[float] | None  # the deck's own dates, for the roadmap
    vision_ids: list[str]
    accountable: str | None  # who the deck makes accountable, for the RACI
    readies_pilot: NotRequired[bool]  # the deck's pilot waits for it (not in plan.json)


class TaskRecord(TaskFields):
    """A numbered task (``schemas.plan.Task`` plus ``weeks`` and ``accountable``)."""

    id: str
    blocked_by: NotRequired[list[str]]  # the gaps that block it, once gaps are linked


class GapRecord(TypedDict):
    """``schemas.plan.Gap``; ``subject`` is what the org's sentence is about, and
    ``restated`` the org's other sentences saying the same (each with its subject), until
    linked."""

    layer: str
    text: str
    evidence: str | None
    kind: str | None
    id: NotRequired[str]
    blocks: NotRequired[list[str]]
    subject: NotRequired[str | None]
    restated: NotRequired[list[tuple[str, str]]]


class RaciRecord(TypedDict):
    """``schemas.plan.RaciRow``: a task id or ``layer:<layer>``, and who holds which letter."""

    item: str
    assignments: dict[str, str]


class DeckPhaseRecord(TypedDict):
    """``agent.planning.deck_plan.DeckPhase`` as the roadmap reads it: a phase the deck sets."""

    name: str
    start_week: float
    end_week: float
    source: SourceRecord
    gate: str | None
    summary: str


class PhaseRecord(TypedDict):
    """``schemas.plan.Phase``: a roadmap phase; ``gate`` and ``source`` on the deck's clock."""

    name: str
    horizon: str
    start_week: int
    end_week: int
    task_ids: list[str]
    gate: NotRequired[str | None]
    source: NotRequired[SourceRecord | None]


class RoadmapRecord(TypedDict):
    """``schemas.plan.Roadmap``."""

    phases: list[PhaseRecord]
    task_weeks: dict[str, list[int]]
    horizon_weeks: int
    clock: str


class ViolationRecord(TypedDict):
    """``agent.planning.checks.Violation`` as the state holds it between validate and repair."""

    code: str
    message: str
    item: str
    repairable: bool


class DraftRecord(TypedDict):
    """What one decompose branch proposes for its vision."""

    vision_id: str
    decomposition: JSONObject  # agent.engines.base.Decomposition, as JSON


def deck_phases(plan: DeckPlan | None) -> list[DeckPhaseRecord]:
    """The phases the deck sets, as records (none without a deck plan)."""
    if plan is None:
        return []
    return [cast(DeckPhaseRecord, p.model_dump(mode="json")) for p in plan.phases]


def task_fields(draft: TaskDraft) -> TaskFields:
    data = draft.model_dump()
    return {
        "key": data["key"],
        "title": data["title"],
        "description": data["description"],
        "layer": data["layer"],
        "owner_role": data["owner_role"],
        "horizon": data["horizon"],
        "depends_on": data["depends_on"],
        "done_when": data["done_when"],
        "context_refs": data["context_refs"],
        "scenario_ids": data["scenario_ids"],
        "consulted": data["consulted"],
        "pilot": data["pilot"],
        "origin": data["origin"],
        "origin_note": data["origin_note"],
        "source": data["source"],
        "quote": data["quote"],
        "phase": data["phase"],
        "weeks": data["weeks"],
        "vision_ids": data["vision_ids"],
        "accountable": data["accountable"],
        "readies_pilot": data["readies_pilot"],
    }


def source_record(source: Source) -> SourceRecord:
    return {"file": source.file, "slide": source.slide, "page": source.page}


def gap_record(draft: GapDraft) -> GapRecord:
    data = draft.model_dump()
    return {
        "layer": data["layer"],
        "text": data["text"],
        "evidence": data["evidence"],
        "kind": data["kind"],
    }


__all__ = [
    "ContextRefRecord",
    "DeckPhaseRecord",
    "DraftRecord",
    "GapRecord",
    "PhaseRecord",
    "RaciRecord",
    "RoadmapRecord",
    "SourceRecord",
    "TaskFields",
    "TaskRecord",
    "ViolationRecord",
    "deck_phases",
    "gap_record",
    "source_record",
    "task_fields",
]
