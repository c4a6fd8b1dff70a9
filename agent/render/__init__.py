"""Renderers: a Plan into the files people read.

Public API::

    from agent.render import render_plan
    paths = render_plan(plan, "out/", org_roles=context.roles, start_date=date(2027, 1, 4))

``render_plan`` writes plan.json, report.md, tasks/<role>.md, raci.csv, raci.xlsx
and roadmap.mmd all-or-nothing. The single renderers return text (or write one
workbook) for callers that need one output, e.g. the web service. The atomic write
helpers are reusable by any code that writes files users read.
"""

from __future__ import annotations

from ._atomic import StagedOutput, atomic_write_bytes, atomic_write_text
from ._index import PlanIndex
from ._mermaid import next_monday, roadmap_mermaid
from ._plan import plan_json, render_plan
from ._raci import RaciMatrix, raci_csv, raci_matrix
from ._report import report_markdown
from ._roles import role_tasks_markdown
from ._text import (
    HORIZON_LABELS,
    LAYER_LABELS,
    md,
    one_line,
    role_slugs,
    slugify,
    source_label,
)
from ._xlsx import write_raci_xlsx

__all__ = [
    "HORIZON_LABELS",
    "LAYER_LABELS",
    "PlanIndex",
    "RaciMatrix",
    "StagedOutput",
    "atomic_write_bytes",
    "atomic_write_text",
    "md",
    "next_monday",
    "one_line",
    "plan_json",
    "raci_csv",
    "raci_matrix",
    "render_plan",
    "report_markdown",
    "role_slugs",
    "role_tasks_markdown",
    "roadmap_mermaid",
    "slugify",
    "source_label",
    "write_raci_xlsx",
]
