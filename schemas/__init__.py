"""The contracts: the extracted deck, the organization's context, and the plan (plan.json).

Everything else reads these models; the JSON Schema files under ``schemas/json/`` are
generated from them (``python -m schemas.generate``) and a test checks they are current.
"""

from schemas.context import ContextHit, Metric, OrgContext, Role, System, SystemAbsence
from schemas.deck import Block, BlockKind, Deck, Provenance, Unit
from schemas.plan import (
    SCHEMA_VERSION,
    ContextRef,
    DomainInfo,
    EngineInfo,
    Gap,
    Horizon,
    Impact,
    Layer,
    OrgFit,
    Phase,
    Plan,
    RaciLetter,
    RaciRow,
    Roadmap,
    RoleEntry,
    Scenario,
    Source,
    SourceFile,
    Task,
    Vagueness,
    VaguenessReason,
    Vision,
)

__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "BlockKind",
    "ContextHit",
    "ContextRef",
    "Deck",
    "DomainInfo",
    "EngineInfo",
    "Gap",
    "Horizon",
    "Impact",
    "Layer",
    "Metric",
    "OrgContext",
    "OrgFit",
    "Phase",
    "Plan",
    "Provenance",
    "RaciLetter",
    "RaciRow",
    "Roadmap",
    "Role",
    "RoleEntry",
    "Scenario",
    "Source",
    "SourceFile",
    "System",
    "SystemAbsence",
    "Task",
    "Unit",
    "Vagueness",
    "VaguenessReason",
    "Vision",
]
