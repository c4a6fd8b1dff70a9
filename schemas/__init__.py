"""The contracts: the extracted deck, the organization's context, and the plan (plan.json).

Everything else reads these models; the JSON Schema files under ``schemas/json/`` are
generated from them (``python -m schemas.generate``) and a test checks they are current.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each name loads its own module on first use: `groundwork extract` needs only the deck
# model, and the plan and context models cost a tenth of its start-up.
_MODULE = {
    **dict.fromkeys(("Block", "BlockKind", "Deck", "Provenance", "Unit"), "schemas.deck"),
    **dict.fromkeys(
        ("ContextHit", "Metric", "OrgContext", "Role", "System", "SystemAbsence"), "schemas.context"
    ),
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'schemas' has no attribute {name!r}")
    value = getattr(importlib.import_module(_MODULE.get(name, "schemas.plan")), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
