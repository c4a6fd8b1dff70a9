"""render_plan: every output file for one plan, written all-or-nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import ValidationError

from agent.errors import PlanValidationError
from agent.guard import defuse_plan
from schemas.context import Role
from schemas.plan import Plan

from . import _xlsx
from ._atomic import StagedOutput
from ._index import PlanIndex
from ._mermaid import next_monday, roadmap_mermaid
from ._raci import raci_csv
from ._report import build_report
from ._roles import deck_name, role_tasks_markdown
from ._text import one_line, role_slugs

PLAN_JSON = "plan.json"
REPORT_MD = "report.md"
REPORT_HTML = "report.html"
REPORT_DOCX = "report.docx"
RACI_CSV = "raci.csv"
RACI_XLSX = "raci.xlsx"
ROADMAP_MMD = "roadmap.mmd"
TASKS_DIR = "tasks"


def plan_json(plan: Plan) -> str:
    """plan.json text, after checking it reads back as a valid Plan."""
    text = plan.model_dump_json(indent=2)
    try:
        Plan.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise PlanValidationError(f"plan.json would not validate: {where}: {first['msg']}") from exc
    return text + "\n"


def render_plan(
    plan: Plan,
    out_dir: str | Path,
    *,
    org_roles: list[Role] | None = None,
    start_date: date | None = None,
) -> list[Path]:
    """Write plan.json, report.md/.html/.docx, tasks/<role>.md, raci.csv/.xlsx and roadmap.mmd.

    Everything is rendered into a staging directory beside ``out_dir`` first; only
    when all files are ready are they moved in (``plan.json`` last). On any failure
    ``out_dir`` is left as it was. ``tasks/`` is replaced as a whole; other files in
    ``out_dir`` (caches, checkpoints) are kept.

    ``org_roles`` (the roster from the org context) adds teams and responsibilities
    to the role files and marks owners that are not in the roster. ``start_date`` is
    the Monday of week 1 for the Mermaid chart (default: next Monday).

    Returns the written paths: plan.json, report.md, report.html, report.docx, raci.csv,
    raci.xlsx, roadmap.mmd, then tasks/<slug>.md in role order.
    """
    # The writers load python-docx and friends; only a render needs them.
    from ._docx import docx_bytes
    from ._html import html_document
    from ._markdown import markdown_document

    plan, _ = defuse_plan(
        plan
    )  # no sentence addressed to the tool reaches a file, whoever wrote it
    json_text = plan_json(plan)
    start = start_date or next_monday()
    index = PlanIndex(plan, org_roles)
    roles = index.involved_roles()
    slugs = role_slugs(roles)
    gantt = roadmap_mermaid(
        plan, start, title=f"Roadmap: {one_line(plan.title) or deck_name(plan)}"
    )

    with StagedOutput(out_dir, replace_dirs=(TASKS_DIR,)) as stage:
        stage.write_text(PLAN_JSON, json_text)
        report = build_report(index, slugs, gantt)  # once, for the three formats
        stage.write_text(REPORT_MD, markdown_document(report))
        stage.write_text(REPORT_HTML, html_document(report))
        stage.write_bytes(REPORT_DOCX, docx_bytes(report))
        stage.write_text(RACI_CSV, raci_csv(plan, index))
        _xlsx.write_raci_xlsx(plan, stage.path(RACI_XLSX), index)
        stage.write_text(ROADMAP_MMD, gantt)
        for role in roles:
            stage.write_text(
                f"{TASKS_DIR}/{slugs[role]}.md", role_tasks_markdown(index, role, slugs)
            )
        return stage.commit(last=(PLAN_JSON,))
