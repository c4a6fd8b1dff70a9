"""``/api/runs/{run_id}/<file>``: the plan's files, once the run is done."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from agent.errors import RunNotFoundError, RunStateError
from agent.record import RunRecord
from agent.web._deps import Run
from agent.web._errors import ERRORS
from agent.web._models import Downloads
from agent.web._runs import from_plan

router = APIRouter(prefix="/api/runs/{run_id}", tags=["downloads"], responses=ERRORS)

DOWNLOADS: dict[str, str] = {
    "report.html": "text/html; charset=utf-8",
    "report.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "plan.json": "application/json",
    "report.md": "text/markdown; charset=utf-8",
    "raci.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "raci.csv": "text/csv; charset=utf-8",
    "roadmap.mmd": "text/plain; charset=utf-8",
}


def role_files(record: RunRecord) -> list[dict[str, str]]:
    """Role name -> tasks/<slug>.md for the files the renderer wrote."""
    out_dir = Path(record.out_dir)
    tasks_dir = out_dir / "tasks"
    if not tasks_dir.is_dir():
        return []
    files = {p.stem for p in tasks_dir.glob("*.md")}
    named = from_plan(out_dir / "plan.json", "role_slugs", _role_slugs)
    url = f"/api/runs/{record.id}/tasks/"
    result = [
        {"role": role, "slug": slug, "url": url + slug}
        for role, slug in named.items()
        if slug in files
    ]
    known = {item["slug"] for item in result}
    result += [{"role": slug, "slug": slug, "url": url + slug} for slug in sorted(files - known)]
    return sorted(result, key=lambda item: item["role"].lower())


def _role_slugs(path: Path) -> dict[str, str]:
    """Role name -> its tasks file's slug, as the renderer named them."""
    try:
        from agent.render import PlanIndex, role_slugs
        from schemas.plan import Plan

        plan = Plan.model_validate_json(path.read_text("utf-8"))
        return dict(role_slugs(PlanIndex(plan).involved_roles()))
    except Exception:  # an unreadable plan still lists its files, by slug
        return {}


def downloads_for(record: RunRecord) -> Downloads:
    if record.status != "done":
        return {}
    out_dir = Path(record.out_dir)
    found: Downloads = {
        name: f"/api/runs/{record.id}/{name}" for name in DOWNLOADS if (out_dir / name).is_file()
    }
    found["tasks"] = role_files(record)
    if (out_dir / "plan.json").is_file():
        from agent.web.routers.exports import export_links

        found["exports"] = export_links(record.id)
    return found


def _file(record: RunRecord, name: str) -> FileResponse:
    if record.status != "done":
        raise RunStateError(f"run {record.id} is {record.status}; no plan yet")
    path = Path(record.out_dir) / name
    if not path.is_file():
        raise RunNotFoundError(f"{name} was not written for this run")
    return FileResponse(path, media_type=DOWNLOADS[name], filename=name)


@router.get("/report.html", response_class=FileResponse)
def download_report_html(run: Run) -> FileResponse:
    """The report to share or print: one self-contained page (no script, loads nothing)."""
    return _file(run, "report.html")


@router.get("/report.docx", response_class=FileResponse)
def download_report_docx(run: Run) -> FileResponse:
    """The same report as a Word document."""
    return _file(run, "report.docx")


@router.get("/plan.json", response_class=FileResponse)
def download_plan_json(run: Run) -> FileResponse:
    """The plan (the contract: schemas/json/plan.schema.json)."""
    return _file(run, "plan.json")


@router.get("/report.md", response_class=FileResponse)
def download_report_md(run: Run) -> FileResponse:
    """The strategist's handover report."""
    return _file(run, "report.md")


@router.get("/raci.xlsx", response_class=FileResponse)
def download_raci_xlsx(run: Run) -> FileResponse:
    """The RACI matrix as a workbook."""
    return _file(run, "raci.xlsx")


@router.get("/raci.csv", response_class=FileResponse)
def download_raci_csv(run: Run) -> FileResponse:
    """The RACI matrix as CSV."""
    return _file(run, "raci.csv")


@router.get("/roadmap.mmd", response_class=FileResponse)
def download_roadmap_mmd(run: Run) -> FileResponse:
    """The roadmap as a Mermaid gantt chart."""
    return _file(run, "roadmap.mmd")


@router.get("/tasks/{role}", response_class=FileResponse)
def download_tasks(run: Run, role: str) -> FileResponse:
    """One role's task list (tasks/<slug>.md); ``role`` is the slug or the role's name."""
    if run.status != "done":
        raise RunStateError(f"run {run.id} is {run.status}; no plan yet")
    wanted = role.strip().lower()
    for item in role_files(run):
        if wanted in (item["slug"], item["role"].lower()):
            return FileResponse(
                Path(run.out_dir) / "tasks" / f"{item['slug']}.md",
                media_type="text/markdown; charset=utf-8",
                filename=f"tasks-{item['slug']}.md",
            )
    raise RunNotFoundError(f"no task list for role {role[:80]!r} in this plan")
