"""GitHub: issues as JSON for ``gh`` or the REST API, and a publisher that creates them.

The JSON holds what the REST API takes (docs.github.com/en/rest/issues): ``labels``
(``POST /repos/{o}/{r}/labels``: name, color, description), ``milestones`` (``POST
/repos/{o}/{r}/milestones``: title, description, due_on) and ``issues`` (``POST
/repos/{o}/{r}/issues``: title, body, labels, milestone). A milestone is named by its
title, which ``gh issue create --milestone`` accepts as it is; the publisher turns titles
into the numbers the REST API wants.

Every issue body ends with a hidden marker, ``<!-- groundwork-id: gw-... -->``: the
publisher looks for it among the repository's issues and updates the issue it finds
instead of opening a second one. Bodies are Markdown with deck text escaped and every
``@`` defused, so no slide can mention (notify) a person or team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypedDict

import httpx

from agent.errors import ConfigError, ExportError

from ._items import Export, Item
from ._text import detail_lines, markdown_text


class GitHubLabel(TypedDict):
    name: str
    color: str
    description: str


class GitHubMilestone(TypedDict):
    title: str
    description: str
    due_on: str
    state: str


class GitHubIssue(TypedDict):
    """An issue to create; ``milestone`` is the milestone's title, numbered when published."""

    title: str
    body: str
    labels: list[str]
    milestone: str | None
    external_id: str
    depends_on: list[str]


class GitHubPayload(TypedDict):
    """What ``github_payload`` plans and ``publish`` creates (the ``github`` export's JSON)."""

    labels: list[GitHubLabel]
    milestones: list[GitHubMilestone]
    issues: list[GitHubIssue]


MEDIA_TYPE = "application/json"
API_URL = "https://api.github.com"
MARKER = "<!-- groundwork-id: {} -->"
_MARKER = re.compile(r"<!-- groundwork-id: ([a-z0-9_-]+) -->")
_REPO = re.compile(r"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$")

LAYER_COLOURS = {
    "experience": "1f77b4",
    "process_people": "2ca02c",
    "tech_data": "9467bd",
    "governance_measurement": "ff7f0e",
}
HORIZON_COLOURS = {"foundational": "5319e7", "quick_win": "0e8a16", "aspirational": "fbca04"}


def _label(text: str) -> str:
    return text[:50]  # GitHub's label name limit


def issue_labels(item: Item) -> list[str]:
    labels = [
        "groundwork",
        _label(f"layer: {item.layer_label}"),
        _label(f"horizon: {item.horizon_label}"),
    ]
    if item.pilot:
        labels.append("pilot")
    return labels


def issue_body(export: Export, item: Item, numbers: dict[str, int] | None = None) -> str:
    """Markdown body; with ``numbers`` (external id -> issue number) dependencies link."""
    numbers = numbers or {}
    titles = {i.external_id: i.title for i in export.items}
    lines = detail_lines(item, markdown_text, titles)
    if item.depends_on and numbers:
        linked = [f"#{numbers[d]}" for d in item.depends_on if d in numbers]
        if linked:
            lines.append("Depends on issues: " + ", ".join(linked))
    paragraphs = [line for line in lines if line]
    return "\n\n".join(paragraphs) + "\n\n" + MARKER.format(item.external_id) + "\n"


def github_payload(export: Export) -> GitHubPayload:
    """The labels, milestones and issues to create, as the REST API takes them."""
    labels: dict[str, GitHubLabel] = {
        "groundwork": {
            "name": "groundwork",
            "color": "6e7781",
            "description": "Planned by groundwork from the strategy deck",
        },
        "pilot": {
            "name": "pilot",
            "color": "d93f0b",
            "description": "A contained pilot before the broad rollout",
        },
    }
    for item in export.items:
        for name, colour in (
            (f"layer: {item.layer_label}", LAYER_COLOURS.get(item.layer, "ededed")),
            (f"horizon: {item.horizon_label}", HORIZON_COLOURS.get(item.horizon, "ededed")),
        ):
            labels.setdefault(
                _label(name), {"name": _label(name), "color": colour, "description": ""}
            )
    milestone_of = {m.name: m for m in export.milestones}
    milestones: list[GitHubMilestone] = [
        {
            "title": m.name[:255],
            "description": (f"Gate: {m.gate}\n\n" if m.gate else "")
            + f"{m.weeks} of the roadmap ({m.start.isoformat()} to {m.due.isoformat()}).",
            "due_on": f"{m.due.isoformat()}T17:00:00Z",
            "state": "open",
        }
        for m in export.milestones
    ]
    issues: list[GitHubIssue] = []
    for item in export.items:
        milestone = milestone_of.get(item.phase or "")
        issues.append(
            {
                "title": markdown_plain_title(item.title),
                "body": issue_body(export, item),
                "labels": issue_labels(item),
                "milestone": milestone.name[:255] if milestone else None,
                "external_id": item.external_id,
                "depends_on": item.depends_on,
            }
        )
    used = {name for issue in issues for name in issue["labels"]}
    return {
        "labels": [label for name, label in labels.items() if name in used],
        "milestones": milestones,
        "issues": issues,
    }


def markdown_plain_title(title: str) -> str:
    """Issue titles are plain text, but GitHub still turns @name into a mention."""
    return re.sub(r"@(?=[A-Za-z0-9])", "@\u200b", title)[:256]


def dry_run_text(payload: GitHubPayload, repo: str | None = None) -> str:
    """What a publish would create, one line each (nothing is sent anywhere)."""
    where = repo or "the repository"
    lines = [
        f"Would create in {where} (issues already there with the same groundwork id "
        "are updated instead):"
    ]
    for label in payload["labels"]:
        lines.append(f"  label      {label['name']}")
    for milestone in payload["milestones"]:
        lines.append(f"  milestone  {milestone['title']} (due {milestone['due_on'][:10]})")
    for issue in payload["issues"]:
        where_to = f" -> {issue['milestone']}" if issue["milestone"] else ""
        lines.append(f"  issue      {issue['title']} [{issue['external_id']}]{where_to}")
    lines.append(
        f"{len(payload['issues'])} issue(s), {len(payload['milestones'])} milestone(s), "
        f"{len(payload['labels'])} label(s)."
    )
    return "\n".join(lines) + "\n"


@dataclass
class PublishReport:
    created: list[str] = field(default_factory=list)  # external ids
    updated: list[str] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)
    labels_created: int = 0
    milestones_created: int = 0


class GitHubPublisher:
    """Creates (or updates) the issues of an export in one repository.

    ``client`` is the seam for tests: an ``httpx.Client`` whose base URL points at a local
    fake server. The token is sent as a header and never logged or written.
    """

    def __init__(
        self,
        repo: str,
        token: str,
        *,
        api_url: str = API_URL,
        client: httpx.Client | None = None,
        timeout: float = 30.0,
    ) -> None:
        if not _REPO.match(repo):
            raise ConfigError(f"--repo must be OWNER/NAME, not {repo[:80]!r}")
        if not token:
            raise ConfigError(
                "creating GitHub issues needs a token: set GITHUB_TOKEN (or GH_TOKEN)"
            )
        self.repo = repo
        self._client = client or httpx.Client(base_url=api_url.rstrip("/"), timeout=timeout)
        self._headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "groundwork-export",
        }

    def close(self) -> None:
        self._client.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._client.request(method, path, headers=self._headers, **kwargs)
        except httpx.HTTPError as exc:
            raise ExportError(f"GitHub {method} {path}: {type(exc).__name__}") from None
        if response.status_code >= 400:
            try:
                reason = str(response.json().get("message", ""))[:200]
            except ValueError:
                reason = response.text[:200]
            raise ExportError(f"GitHub {method} {path}: HTTP {response.status_code} {reason}")
        return response

    def _all(self, path: str, params: dict[str, str]) -> list[dict[str, Any]]:
        """Every page of a list endpoint (follows the Link header's rel="next"): the API's JSON."""
        out: list[dict[str, Any]] = []
        url: str | None = path
        query: dict[str, str] | None = {**params, "per_page": "100"}
        for _ in range(100):  # 10,000 items at most: bounded on purpose
            if url is None:
                break
            response = self._call("GET", url, params=query)
            out.extend(response.json())
            url = response.links.get("next", {}).get("url")
            query = None  # the next URL carries its own query
        return out

    def publish(self, payload: GitHubPayload, export: Export) -> PublishReport:
        repo = f"/repos/{self.repo}"
        report = PublishReport()
        have_labels = {label["name"] for label in self._all(f"{repo}/labels", {})}
        for label in payload["labels"]:
            if label["name"] not in have_labels:
                self._call("POST", f"{repo}/labels", json=label)
                report.labels_created += 1
        milestones = {
            m["title"]: int(m["number"]) for m in self._all(f"{repo}/milestones", {"state": "all"})
        }
        for milestone in payload["milestones"]:
            if milestone["title"] not in milestones:
                made = self._call("POST", f"{repo}/milestones", json=milestone).json()
                milestones[milestone["title"]] = int(made["number"])
                report.milestones_created += 1
        existing: dict[str, int] = {}
        for there in self._all(f"{repo}/issues", {"state": "all", "labels": "groundwork"}):
            if "pull_request" in there:
                continue
            found = _MARKER.search(there.get("body") or "")
            if found:
                existing.setdefault(found.group(1), int(there["number"]))
        items = export.by_id
        for issue in payload["issues"]:  # topological: dependencies have numbers already
            ident = issue["external_id"]
            body = issue_body(export, items[ident], report.numbers)
            data = {
                "title": issue["title"],
                "body": body,
                "labels": issue["labels"],
                "milestone": milestones.get(issue["milestone"]) if issue["milestone"] else None,
            }
            if ident in existing:
                self._call("PATCH", f"{repo}/issues/{existing[ident]}", json=data)
                report.updated.append(ident)
                report.numbers[ident] = existing[ident]
            else:
                made = self._call("POST", f"{repo}/issues", json=data).json()
                report.created.append(ident)
                report.numbers[ident] = int(made["number"])
        return report
