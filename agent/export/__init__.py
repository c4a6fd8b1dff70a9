"""Exports: a plan's tasks in the tools teams work in (trackers, calendars, Gantt tools).

Public API::

    from agent.export import ExportOptions, export_plan, load_plan
    plan = load_plan("out/")                       # reads out/plan.json
    result = export_plan(plan, "jira", ExportOptions(start=date(2027, 1, 4)))
    Path("plan-jira.csv").write_bytes(result.content)

Formats (``FORMATS``): ``jira``, ``asana``, ``linear``, ``trello`` (CSV, each in its
importer's documented layout), ``github`` (JSON for ``gh`` / the REST API; publish it
with ``GitHubPublisher``), ``ics`` (iCalendar: phases, gates, pilot reviews) and
``msproject`` (Microsoft Project XML, which ProjectLibre and GanttProject open too).

Every task carries a stable external id, ``<prefix>-<task key>`` (``external_ids``): two
plans of the same deck give the same task the same id, so a re-import can update
instead of duplicating. Deck and model text is data: every CSV cell is formula-safe and
every description escaped for its target. Errors are the ``agent.errors`` tree:
``ConfigError`` for a bad option, ``RunError`` for an output folder without a plan,
``ExportError`` when GitHub refuses a request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from agent.errors import ConfigError, RunError
from schemas.plan import Plan

from ._boards import asana_csv, linear_csv, trello_csv
from ._calendar import calendar_ics
from ._github import (
    GitHubIssue,
    GitHubLabel,
    GitHubMilestone,
    GitHubPayload,
    GitHubPublisher,
    PublishReport,
    dry_run_text,
    github_payload,
)
from ._items import EPIC_CHOICES, Export, Item, Options, build, external_ids
from ._jira import jira_csv, read_jira_keys
from ._msproject import msproject_xml
from ._text import csv_cell

ExportOptions = Options

# format -> (file extension, media type, what it is for)
FORMATS: dict[str, tuple[str, str, str]] = {
    "jira": ("csv", "text/csv; charset=utf-8", "Jira CSV importer"),
    "asana": ("csv", "text/csv; charset=utf-8", "Asana CSV importer"),
    "linear": ("csv", "text/csv; charset=utf-8", "Linear importer (Linear CSV)"),
    "trello": ("csv", "text/csv; charset=utf-8", "Trello CSV layout"),
    "github": ("json", "application/json", "GitHub issues (gh / REST API)"),
    "ics": ("ics", "text/calendar; charset=utf-8", "calendar: phases, gates, pilot reviews"),
    "msproject": ("xml", "application/xml", "MS Project XML (ProjectLibre, GanttProject)"),
}


@dataclass
class ExportResult:
    """One exported file: its bytes, a file name to save it under, and its media type."""

    format: str
    content: bytes
    filename: str
    media_type: str
    export: Export

    @property
    def text(self) -> str:
        return self.content.decode("utf-8")


def load_plan(out_dir: str | Path) -> Plan:
    """The plan in an output folder (``<out>/plan.json``), validated against the contract."""
    path = Path(out_dir) / "plan.json"
    if not path.is_file():
        raise RunError(f"{out_dir}: no plan.json (run groundwork plan first)")
    try:
        return Plan.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise RunError(f"{path}: not a valid plan ({where}: {first.get('msg', '')})") from None
    except ValueError as exc:
        raise RunError(f"{path}: not a valid plan ({exc})") from None


def export_plan(
    plan: Plan,
    fmt: str,
    options: ExportOptions,
    *,
    issue_keys: dict[str, str] | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """The plan in one format. ``issue_keys`` (Jira only) fills ``Issue Key`` to update."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    export = build(plan, options)
    if fmt == "jira":
        content = jira_csv(export, issue_keys).encode("utf-8")
    elif fmt == "asana":
        content = asana_csv(export).encode("utf-8")
    elif fmt == "linear":
        content = linear_csv(export).encode("utf-8")
    elif fmt == "trello":
        content = trello_csv(export).encode("utf-8")
    elif fmt == "github":
        import json

        payload = github_payload(export)
        content = (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    elif fmt == "ics":
        content = calendar_ics(export, now)
    else:
        content = msproject_xml(export)
    ext, media_type, _ = FORMATS[fmt]
    stem = {"ics": "roadmap", "msproject": "roadmap"}.get(fmt, f"tasks-{fmt}")
    return ExportResult(fmt, content, f"{stem}.{ext}", media_type, export)


__all__ = [
    "EPIC_CHOICES",
    "FORMATS",
    "Export",
    "ExportOptions",
    "ExportResult",
    "GitHubIssue",
    "GitHubLabel",
    "GitHubMilestone",
    "GitHubPayload",
    "GitHubPublisher",
    "Item",
    "PublishReport",
    "build",
    "csv_cell",
    "dry_run_text",
    "export_plan",
    "external_ids",
    "github_payload",
    "load_plan",
    "read_jira_keys",
]
