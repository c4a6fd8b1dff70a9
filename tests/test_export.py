"""Exports (agent.export, `groundwork export`, GET /api/runs/{id}/export/{format}).

Each file is parsed back and checked against the shape its importer documents (the
columns and conventions cited in agent/export/_jira.py, _boards.py, _github.py,
_calendar.py, _msproject.py); MS Project XML goes through MPXJ, the reader ProjectLibre and
GanttProject use, and back; GitHub issues are created against a local fake API (loopback);
re-exports keep every task's id.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from typer.testing import CliRunner

from agent.cli import app
from agent.export import (
    FORMATS,
    ExportOptions,
    GitHubPublisher,
    build,
    export_plan,
    external_ids,
    github_payload,
    read_jira_keys,
)
from schemas.plan import Plan
from tests.conftest import SavedPlans
from tests.plan_fixture import sample_grounded_plan

START = date(2027, 1, 4)  # a Monday
OPTIONS = ExportOptions(start=START)
FORMULA = ("=", "+", "-", "@", "\t", "\r")
HOSTILE_TITLE = '=HYPERLINK("http://evil.example","click") @octocat [pay|http://evil] {code}'


def hostile_plan() -> Plan:
    """The grounded fixture, with stable keys and deck text that tries every injection."""
    data = sample_grounded_plan().model_dump(mode="json")
    for task in data["tasks"]:
        task["key"] = f"fixture_{task['id'].lower()}"
    data["tasks"][1]["title"] = HOSTILE_TITLE
    data["tasks"][2]["description"] = "+cmd|' /C calc'!A0\nsecond line\t@SUM(1,2)"
    data["tasks"][0]["done_when"] = "-2+3 matched; see [link|http://evil] and !img.png!"
    data["visions"][0]["text"] = "@channel lift bookings | =1+1 \\\\ to 35%"
    return Plan.model_validate(data)


@pytest.fixture
def plan() -> Plan:
    return hostile_plan()


def rows_of(text: str) -> list[list[str]]:
    assert text.endswith("\r\n"), "RFC 4180 line ends"
    return list(csv.reader(io.StringIO(text)))


def no_formulas(rows: list[list[str]]) -> None:
    for row in rows[1:]:
        for value in row:
            assert not value.lstrip(" ").startswith(FORMULA), value


# -- Jira -----------------------------------------------------------------------------------


def test_jira_csv_has_the_importers_shape(plan: Plan) -> None:
    text = export_plan(plan, "jira", OPTIONS).text
    rows = rows_of(text)
    header, body = rows[0], rows[1:]
    assert "Summary" in header and all(len(r) == len(header) for r in body)  # every comma
    col = {name: header.index(name) for name in header}  # first of a repeated column
    labels_at = [i for i, h in enumerate(header) if h == "Labels"]
    blocks_at = [i for i, h in enumerate(header) if h == "Blocks"]
    assert len(labels_at) >= 4 and blocks_at
    types = [r[col["Issue Type"]] for r in body]
    assert set(types) == {"Epic", "Task"}
    assert types == sorted(types, key=lambda t: t != "Epic"), "epics first, then their tasks"
    by_number = {r[col["Issue Id"]]: r for r in body}
    assert len(by_number) == len(body)
    epics = {r[col["Issue Id"]] for r in body if r[col["Issue Type"]] == "Epic"}
    export = build(plan, OPTIONS)
    ids = external_ids(plan)
    task_rows = {r[col["External ID"]]: r for r in body if r[col["Issue Type"]] == "Task"}
    assert set(task_rows) == set(ids.values())
    for task in plan.tasks:
        row = task_rows[ids[task.id]]
        assert row[col["Parent"]] in epics
        item = export.by_id[ids[task.id]]
        assert date.fromisoformat(row[col["Due Date"]]) == item.due  # yyyy-MM-dd
        assert item.due.weekday() == 4  # a Friday
        labels = [row[i] for i in labels_at if row[i]]
        assert all(" " not in label for label in labels)  # Jira labels hold no spaces
        assert ids[task.id] in labels and str(task.layer) in labels
        description = row[col["Description"]]
        assert "Done when:" in description and "groundwork id: " + ids[task.id] in description
        for dep in task.depends_on:  # the predecessor's row blocks this one
            blocked = {task_rows[ids[dep]][i] for i in blocks_at}
            assert row[col["Issue Id"]] in blocked
    deck_task = next(t for t in plan.tasks if t.origin == "deck" and t.quote)
    quoted = task_rows[ids[deck_task.id]][col["Description"]]
    assert "slide" in quoted and deck_task.quote.split()[0] in quoted  # the vision's words
    no_formulas(rows)
    descriptions = "\n".join(r[col["Description"]] for r in body)  # Summary is plain text
    assert "[pay|http" not in descriptions and "\\[link\\|http://evil\\]" in descriptions
    assert "!img.png!" not in descriptions and "\\!img.png\\!" in descriptions


def test_jira_keys_from_an_export_make_the_reimport_update(plan: Plan) -> None:
    ids = list(external_ids(plan).values())
    exported = "Summary,Issue key,Issue id,Labels,Labels\r\n" + "".join(
        f"Task {n},NW-{n},{1000 + n},groundwork,{ident}\r\n" for n, ident in enumerate(ids[:3], 1)
    )
    keys = read_jira_keys(exported)
    assert keys == {ids[0]: "NW-1", ids[1]: "NW-2", ids[2]: "NW-3"}
    rows = rows_of(export_plan(plan, "jira", OPTIONS, issue_keys=keys).text)
    col = {h: rows[0].index(h) for h in rows[0]}
    filled = {r[col["External ID"]]: r[col["Issue Key"]] for r in rows[1:]}
    assert {k: v for k, v in filled.items() if v} == keys
    with pytest.raises(Exception, match="Issue key"):
        read_jira_keys("Summary,Labels\r\nx,y\r\n")


# -- Asana, Linear, Trello --------------------------------------------------------------------


def test_asana_csv_columns_dates_and_dependencies(plan: Plan) -> None:
    rows = rows_of(export_plan(plan, "asana", OPTIONS).text)
    header = rows[0]
    documented = ["Name", "Description", "Section", "Assignee", "Collaborators"]
    assert header[:7] == [*documented, "Start Date", "Due Date"]  # Asana's column order
    col = {h: header.index(h) for h in header}
    names = [r[0] for r in rows[1:]]
    assert len(set(names)) == len(names) and all("," not in n for n in names)
    seen: set[str] = set()
    for row in rows[1:]:
        for due in (row[col["Start Date"]], row[col["Due Date"]]):
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", due)  # MM/DD/YYYY
            datetime.strptime(due, "%m/%d/%Y")
        deps = [d for d in row[col["Dependencies"]].split(",") if d]
        assert set(deps) <= seen, "a task's dependencies sit on earlier rows"
        seen.add(row[0])
    with_deps = [r for r in rows[1:] if r[col["Dependencies"]]]
    assert len(with_deps) == sum(1 for t in plan.tasks if t.depends_on)
    no_formulas(rows)


def test_linear_csv_is_what_the_linear_importer_reads(plan: Plan) -> None:
    rows = rows_of(export_plan(plan, "linear", OPTIONS).text)
    header = rows[0]
    # The fields linear-import's LinearCsvImporter declares for a Linear CSV export.
    declared = ["Title", "Description", "Status", "Estimate", "Priority", "Project", "Assignee"]
    declared += ["Labels", "Created", "Completed", "Archived"]
    assert set(declared) <= set(header)
    col = {h: header.index(h) for h in header}
    for row in rows[1:]:
        assert row[col["Priority"]] in {"No priority", "Urgent", "High", "Medium", "Low"}
        assert row[col["Archived"]] == ""  # archived rows are skipped by the importer
        labels = row[col["Labels"]].split(", ")
        assert all(labels) and all("," not in label for label in labels)
        assert row[col["Project"]]
    hostile = next(r for r in rows[1:] if "octocat" in r[col["Title"]])
    assert hostile[col["Title"]].startswith("'=")  # formula-safe, words kept
    description = "\n".join(r[col["Description"]] for r in rows[1:])
    assert "@channel" not in description and "\\[link" in description  # Markdown escaped
    no_formulas(rows)


def test_trello_csv_has_the_trello_export_layout(plan: Plan) -> None:
    rows = rows_of(export_plan(plan, "trello", OPTIONS).text)
    header = rows[0]
    assert {"Card Name", "Card Description", "Labels", "Due Date", "List Name", "Archived"} <= set(
        header
    )
    col = {h: header.index(h) for h in header}
    colours = {"green", "yellow", "orange", "red", "purple", "blue", "sky", "lime", "pink", "black"}
    lists = {r[col["List Name"]] for r in rows[1:]}
    assert lists == {p.name for p in plan.roadmap.phases}
    for row in rows[1:]:
        for label in row[col["Labels"]].split(", "):
            name, colour = re.fullmatch(r"(.+) \((\w+)\)", label).groups()  # type: ignore[union-attr]
            assert colour in colours and name
        datetime.fromisoformat(row[col["Due Date"]].replace("Z", "+00:00"))
        assert row[col["Archived"]] == "false"
    no_formulas(rows)


# -- GitHub ---------------------------------------------------------------------------------


def test_github_json_has_issues_labels_and_a_milestone_per_phase(plan: Plan) -> None:
    payload = json.loads(export_plan(plan, "github", OPTIONS).content)
    assert [m["title"] for m in payload["milestones"]] == [p.name for p in plan.roadmap.phases]
    for milestone in payload["milestones"]:
        datetime.strptime(milestone["due_on"], "%Y-%m-%dT%H:%M:%SZ")
    assert any("Gate:" in m["description"] for m in payload["milestones"])
    label_names = {label["name"] for label in payload["labels"]}
    for label in payload["labels"]:
        assert re.fullmatch(r"[0-9a-f]{6}", label["color"]) and len(label["name"]) <= 50
    milestones = {m["title"] for m in payload["milestones"]}
    assert len(payload["issues"]) == len(plan.tasks)
    for issue in payload["issues"]:
        assert set(issue["labels"]) <= label_names
        assert any(name.startswith("layer: ") for name in issue["labels"])
        assert any(name.startswith("horizon: ") for name in issue["labels"])
        assert issue["milestone"] in milestones
        assert f"<!-- groundwork-id: {issue['external_id']} -->" in issue["body"]
        assert not re.search(r"@[A-Za-z0-9]", issue["title"] + issue["body"])  # no mentions
    assert any("pilot" in issue["labels"] for issue in payload["issues"])


class FakeGitHub(BaseHTTPRequestHandler):
    """The few REST endpoints the publisher uses, in memory, for one repository."""

    state: dict[str, Any] = {}

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _send(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _authorized(self) -> bool:
        self.state["auth"].append(self.headers.get("Authorization"))
        if self.headers.get("Authorization") != "Bearer test-token":
            self._send(401, {"message": "Bad credentials"})
            return False
        return True

    def do_GET(self) -> None:
        if not self._authorized():
            return
        path, _, query = self.path.partition("?")
        kind = path.rsplit("/", 1)[-1]
        items = self.state[kind]
        page = int(dict(p.split("=") for p in query.split("&") if "=" in p).get("page", 1))
        size = 2  # small pages, so the Link header is followed
        chunk = items[(page - 1) * size : page * size]
        headers = {}
        if page * size < len(items):
            headers["Link"] = f'<http://{self.headers["Host"]}{path}?page={page + 1}>; rel="next"'
        self._send(200, chunk, headers)

    def do_POST(self) -> None:
        if not self._authorized():
            return
        data = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        kind = self.path.rsplit("/", 1)[-1]
        self.state["calls"].append(("POST", kind))
        if kind == "issues":
            data["number"] = len(self.state["issues"]) + 1
        elif kind == "milestones":
            data["number"] = len(self.state["milestones"]) + 1
        self.state[kind].append(data)
        self._send(201, data)

    def do_PATCH(self) -> None:
        if not self._authorized():
            return
        data = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        number = int(self.path.rsplit("/", 1)[-1])
        self.state["calls"].append(("PATCH", number))
        issue = next(i for i in self.state["issues"] if i["number"] == number)
        issue.update(data)
        self._send(200, issue)


@pytest.fixture
def fake_github() -> Iterator[str]:
    FakeGitHub.state = {"labels": [], "milestones": [], "issues": [], "calls": [], "auth": []}
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeGitHub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_github_publisher_creates_then_updates_against_a_local_fake(
    plan: Plan, fake_github: str
) -> None:
    export = build(plan, OPTIONS)
    payload = github_payload(export)
    publisher = GitHubPublisher("acme/launch", "test-token", api_url=fake_github)
    first = publisher.publish(payload, export)
    state = FakeGitHub.state
    assert len(first.created) == len(plan.tasks) and not first.updated
    assert first.milestones_created == len(plan.roadmap.phases)
    assert len(state["issues"]) == len(plan.tasks)
    assert all(issue["milestone"] in {1, 2, 3} for issue in state["issues"])  # numbers, not titles
    dependent = next(t for t in plan.tasks if t.depends_on)
    body = next(i["body"] for i in state["issues"] if external_ids(plan)[dependent.id] in i["body"])
    assert re.search(r"Depends on issues: #\d+", body)
    # A re-plan re-exported: the same ids update the same issues, nothing is duplicated.
    again = publisher.publish(github_payload(build(plan, OPTIONS)), build(plan, OPTIONS))
    publisher.close()
    assert not again.created and len(again.updated) == len(plan.tasks)
    assert len(state["issues"]) == len(plan.tasks)
    assert again.labels_created == 0 and again.milestones_created == 0
    assert set(state["auth"]) == {"Bearer test-token"}
    bad = GitHubPublisher("acme/launch", "wrong", api_url=fake_github)
    with pytest.raises(Exception, match="HTTP 401") as caught:
        bad.publish(payload, export)
    assert "wrong" not in str(caught.value)  # the token never reaches a message
    bad.close()


# -- calendar -------------------------------------------------------------------------------


def test_ics_is_rfc5545_with_gates_and_pilot_reviews(plan: Plan) -> None:
    from icalendar import Calendar

    raw = export_plan(plan, "ics", OPTIONS).content
    cal = Calendar.from_ical(raw)
    assert str(cal["VERSION"]) == "2.0" and cal["PRODID"]
    events = list(cal.walk("VEVENT"))
    summaries = [str(e["SUMMARY"]) for e in events]
    assert sum(s.startswith("Gate: ") for s in summaries) == len(plan.roadmap.phases)
    pilots = [t for t in plan.tasks if t.pilot]
    assert pilots and sum(s.startswith("Pilot review: ") for s in summaries) == len(pilots)
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    for event in events:
        assert event["DTSTAMP"] and event["DTSTART"]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert isinstance(start, date) and not isinstance(start, datetime)  # all-day
        assert end > start
    gate = next(e for e in events if str(e["SUMMARY"]).startswith("Gate: Pilot"))
    assert "25%" in str(gate["DESCRIPTION"]) and gate.decoded("DTSTART").weekday() == 4
    # A strict hand check of the bytes: CRLF everywhere, no line over 75 octets.
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR"
    # Re-exported later: same UIDs (calendars update the events instead of doubling them).
    later = Calendar.from_ical(
        export_plan(plan, "ics", OPTIONS, now=datetime.now(UTC) + timedelta(days=9)).content
    )
    assert [str(e["UID"]) for e in later.walk("VEVENT")] == uids


# -- MS Project -----------------------------------------------------------------------------

NS = {"p": "http://schemas.microsoft.com/project"}


def test_msproject_xml_rebuilds_the_dependency_graph(plan: Plan) -> None:
    xml = export_plan(plan, "msproject", OPTIONS).content
    root = etree.fromstring(xml)
    assert root.tag == "{http://schemas.microsoft.com/project}Project"
    tasks = root.findall("p:Tasks/p:Task", NS)
    by_uid = {t.findtext("p:UID", namespaces=NS): t for t in tasks}
    assert len(by_uid) == len(tasks)
    ids = external_ids(plan)
    uid_of = {}
    for task in tasks:
        notes = task.findtext("p:Notes", default="", namespaces=NS)
        found = re.search(r"groundwork id: (\S+)", notes)
        if found:
            uid_of[found.group(1)] = task.findtext("p:UID", namespaces=NS)
    rebuilt = {
        ident: {
            link.findtext("p:PredecessorUID", namespaces=NS)
            for link in by_uid[uid].findall("p:PredecessorLink", NS)
        }
        for ident, uid in uid_of.items()
    }
    for task in plan.tasks:
        assert rebuilt[ids[task.id]] == {uid_of[ids[d]] for d in task.depends_on}
    for link in root.iterfind(".//p:PredecessorLink", NS):
        assert link.findtext("p:Type", namespaces=NS) == "1"  # finish-to-start
    milestones = [t for t in tasks if t.findtext("p:Milestone", namespaces=NS) == "1"]
    assert len(milestones) == len(plan.roadmap.phases)


def test_msproject_xml_round_trips_through_mpxj(plan: Plan, tmp_path: Path) -> None:
    """MPXJ reads the file as ProjectLibre and GanttProject do, and gives the plan back."""
    pytest.importorskip("mpxj", reason="mpxj (dev extra) reads MS Project files")
    pytest.importorskip("jpype", reason="JPype1 (dev extra) runs MPXJ")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime for MPXJ")
    path = tmp_path / "roadmap.xml"
    path.write_bytes(export_plan(plan, "msproject", OPTIONS).content)
    reader = Path(__file__).with_name("mpxj_read.py")
    done = subprocess.run(  # its own process: no JVM inside the test runner
        [sys.executable, str(reader), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    read = json.loads(done.stdout)
    export = build(plan, OPTIONS)
    by_name = {t["name"]: t for t in read["tasks"]}
    for item in export.items:
        task = by_name[item.title]
        assert task["start"][:10] == item.start.isoformat()
        assert task["finish"][:10] == item.due.isoformat()
        assert task["duration_days"] == item.duration_days
        assert task["resources"] == [item.owner_role]
        wanted = {export.by_id[d].title for d in item.depends_on}
        assert set(task["predecessors"]) == wanted
    gates = [t for t in read["tasks"] if t["milestone"]]
    assert sorted(t["name"] for t in gates) == sorted(
        f"Gate: {p.name}" for p in plan.roadmap.phases
    )
    summaries = [t for t in read["tasks"] if t["summary"] and t["outline"] == 1]
    assert len(summaries) == len(export.epics)
    assert set(read["resources"]) == {t.owner_role for t in plan.tasks}


# -- stable ids -----------------------------------------------------------------------------


def test_ids_do_not_depend_on_task_numbers_or_order(plan: Plan) -> None:
    data = plan.model_dump(mode="json")
    renumber = {t["id"]: f"T{len(data['tasks']) - n}" for n, t in enumerate(data["tasks"])}
    for task in data["tasks"]:
        task["id"] = renumber[task["id"]]
        task["depends_on"] = [renumber[d] for d in task["depends_on"]]
    data["tasks"].reverse()
    for row in data["raci"]:
        row["item"] = renumber.get(row["item"], row["item"])
    for phase in data["roadmap"]["phases"]:
        phase["task_ids"] = [renumber[t] for t in phase["task_ids"]]
    data["roadmap"]["task_weeks"] = {
        renumber[k]: v for k, v in data["roadmap"]["task_weeks"].items()
    }
    for gap in data["gaps"]:
        gap["blocks"] = [renumber[t] for t in gap["blocks"]]
    replanned = Plan.model_validate(data)
    before = {t.title: i for t, i in zip(plan.tasks, external_ids(plan).values(), strict=True)}
    after = {
        t.title: i for t, i in zip(replanned.tasks, external_ids(replanned).values(), strict=True)
    }
    assert before == after
    for fmt in ("jira", "asana", "linear", "trello", "github", "msproject"):
        content = export_plan(replanned, fmt, OPTIONS).text  # every file carries the ids
        assert all(ident in content for ident in after.values()), fmt


@pytest.fixture(scope="module")
def two_plans_of_one_deck(saved_plans: SavedPlans) -> tuple[Plan, Plan]:
    """The example deck planned twice: without answers, then re-planned with them (each
    planned once per session: test_plan_rules reads both)."""
    from agent import PlanConfig
    from agent.runner import load_answers

    root = Path(__file__).resolve().parent.parent / "examples" / "northwind-health"
    plans = []
    for answers in (None, load_answers(root / "answers.yaml")):
        out = saved_plans.folder(
            root / "strategy.pptx",
            context=root / "org",
            config=PlanConfig(engine="rules", interactive=False),
            answers=answers,
        )
        plans.append(Plan.model_validate_json((out / "plan.json").read_text(encoding="utf-8")))
    return plans[0], plans[1]


def test_replanning_the_same_deck_keeps_the_ids_of_the_same_tasks(
    two_plans_of_one_deck: tuple[Plan, Plan],
) -> None:
    first, second = two_plans_of_one_deck
    ids_1 = {t.key: i for t, i in zip(first.tasks, external_ids(first).values(), strict=True)}
    ids_2 = {t.key: i for t, i in zip(second.tasks, external_ids(second).values(), strict=True)}
    shared = set(ids_1) & set(ids_2)
    assert len(shared) >= 0.5 * min(len(ids_1), len(ids_2)), "the re-plan shares most tasks"
    assert all(ids_1[k] == ids_2[k] for k in shared)
    assert len(set(ids_2.values())) == len(second.tasks)  # unique within a plan
    # The same task keeps its id in the exported files too (Jira's External ID column).
    col_rows = [rows_of(export_plan(p, "jira", OPTIONS).text) for p in (first, second)]
    found = []
    for rows in col_rows:
        at = rows[0].index("External ID")
        found.append({r[at] for r in rows[1:]})
    assert {ids_1[k] for k in shared} <= found[0] & found[1]


# -- CLI ------------------------------------------------------------------------------------


@pytest.fixture
def out_dir(tmp_path: Path, plan: Plan) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "plan.json").write_text(plan.model_dump_json(indent=2), encoding="utf-8")
    return out


def cli(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(app, list(args), env=env)


def test_cli_writes_each_format_atomically_into_the_output_folder(out_dir: Path) -> None:
    for fmt in FORMATS:
        result = cli("export", str(out_dir), "--to", fmt, "--start-date", "2027-01-04")
        assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (out_dir / "exports").iterdir())
    assert written == sorted(
        ["roadmap.ics", "roadmap.xml"]
        + [f"tasks-{f}.{e}" for f, (e, _, _) in FORMATS.items() if f not in ("ics", "msproject")]
    )
    stdout = cli(
        "export", str(out_dir), "--to", "linear", "--out", "-", "--start-date", "2027-01-04"
    )
    assert stdout.exit_code == 0 and stdout.stdout.startswith("ID,Team,Title")


def test_cli_dry_run_prints_and_writes_nothing(out_dir: Path) -> None:
    result = cli("export", str(out_dir), "--to", "github", "--repo", "acme/launch", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Would create in acme/launch" in result.stdout
    assert f"{len(hostile_plan().tasks)} issue(s), 3 milestone(s)" in result.stdout
    jira = cli("export", str(out_dir), "--to", "jira", "--dry-run", "--start-date", "2027-01-04")
    assert jira.exit_code == 0 and "Would write tasks-jira.csv" in jira.stdout
    assert "gw-fixture_t1" in jira.stdout
    assert not (out_dir / "exports").exists()


def test_cli_refuses_bad_input_in_one_line(
    out_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from agent.cli import main

    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    monkeypatch.delenv("GH_TOKEN", raising=False)
    cases = [
        (["export", str(out_dir), "--to", "xls"], "--to must be one of"),
        (["export", str(out_dir), "--to", "jira", "--start-date", "2027-02-30"], "YYYY-MM-DD"),
        (["export", str(tmp_path / "nowhere"), "--to", "jira"], "no plan.json"),
        (["export", str(out_dir), "--to", "jira", "--epics", "sprint"], "--epics must be"),
        (["export", str(out_dir), "--to", "github", "--repo", "acme/launch"], "GITHUB_TOKEN"),
    ]
    for args, message in cases:
        monkeypatch.setattr(sys, "argv", ["groundwork", *args])
        with pytest.raises(SystemExit) as exited:
            main()
        stderr = capsys.readouterr().err
        assert exited.value.code == 2, (args, stderr)
        assert message in stderr and "Traceback" not in stderr
        assert len(stderr.strip().splitlines()) <= 3, stderr
    # And once through the installed entry point, in its own process.
    done = subprocess.run(
        [sys.executable, "-m", "agent.cli", "export", str(tmp_path / "nowhere"), "--to", "ics"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2 and "no plan.json" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (out_dir / "exports").exists()


def test_cli_publishes_to_github_with_a_token(out_dir: Path, fake_github: str) -> None:
    env = {"GITHUB_TOKEN": "test-token"}
    args = ["export", str(out_dir), "--to", "github", "--repo", "acme/launch"]
    result = cli(*args, "--api-url", fake_github, env=env)
    assert result.exit_code == 0, result.output
    assert f"{len(hostile_plan().tasks)} issue(s) created, 0 updated" in result.stdout
    again = cli(*args, "--api-url", fake_github, env=env)
    assert f"0 issue(s) created, {len(hostile_plan().tasks)} updated" in again.stdout
    assert "test-token" not in result.output + again.output


# -- web ------------------------------------------------------------------------------------


def test_web_export_route_serves_every_format(tmp_path: Path, plan: Plan) -> None:
    from fastapi.testclient import TestClient

    from agent.config import PlanConfig
    from agent.record import RunRecord, record_path
    from agent.web import WebSettings, create_app

    runs_dir = tmp_path / "runs"
    run_id = uuid.uuid4().hex
    out = runs_dir / run_id / "out"
    out.mkdir(parents=True)
    (out / "plan.json").write_text(plan.model_dump_json(), encoding="utf-8")
    RunRecord(thread_id=run_id, status="done", out_dir=str(out), finished=time.time()).save(
        record_path(out)
    )
    settings = WebSettings(
        runs_dir=runs_dir,
        orgs={},
        token=None,
        workers=1,
        base_config=PlanConfig(engine="rules"),
        allowed_hosts=["testserver"],
    )
    with TestClient(create_app(settings)) as client:
        run = client.get(f"/api/runs/{run_id}").json()
        assert set(run["downloads"]["exports"]) == set(FORMATS)
        for fmt in FORMATS:
            response = client.get(f"/api/runs/{run_id}/export/{fmt}?start_date=2027-01-04")
            assert response.status_code == 200, response.text
            assert response.headers["content-disposition"].startswith("attachment; filename=")
            assert (
                response.content == export_plan(plan, fmt, OPTIONS, now=None).content
                or fmt == "ics"
            )
        bad = client.get(f"/api/runs/{run_id}/export/xls")
        assert bad.status_code == 400 and set(bad.json()) == {"error"}  # the app maps 422 to 400
        missing = client.get(f"/api/runs/{'0' * 32}/export/jira")
        assert missing.status_code == 404
