"""Renderers: every output file, its content, escaping of deck text, and all-or-nothing writes."""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from agent.errors import PlanValidationError
from agent.render import (
    atomic_write_bytes,
    atomic_write_text,
    render_plan,
    roadmap_mermaid,
    role_slugs,
    slugify,
)
from schemas.plan import Plan
from tests.plan_fixture import sample_org_roles, sample_plan

START = date(2027, 1, 4)  # a Monday
LAYERS = ("experience", "process_people", "tech_data", "governance_measurement")
REPORT_SECTIONS = (
    "## Executive summary",
    "## What the deck commits to",
    "## Scenarios",
    "## Plan by layer",
    "## Roadmap",
    "## Who does what",
    "### RACI for the layers",
    "## Gaps and warnings",
    "### Warnings",
    "## Next Monday",
    "## Appendix A: the goals in detail",
    "## Appendix B: layer coverage",
)


@pytest.fixture
def plan() -> Plan:
    return sample_plan()


@pytest.fixture
def out(tmp_path: Path, plan: Plan) -> Path:
    target = tmp_path / "run" / "out"
    render_plan(plan, target, org_roles=sample_org_roles(), start_date=START)
    return target


def plain(text: str) -> str:
    """Rendered Markdown with escapes removed and whitespace collapsed, for containment checks."""
    return " ".join(text.replace("\\", "").replace("&lt;", "<").split())


def flat(text: str) -> str:
    return " ".join(text.split())


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


# --- files ----------------------------------------------------------------------------------


def test_all_files_written(tmp_path: Path, plan: Plan) -> None:
    target = tmp_path / "out"
    paths = render_plan(plan, target, org_roles=sample_org_roles(), start_date=START)
    names = {str(p.relative_to(target)) for p in paths}
    assert {
        "plan.json",
        "report.md",
        "report.html",
        "report.docx",
        "raci.csv",
        "raci.xlsx",
        "roadmap.mmd",
    } <= names
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    task_files = sorted(n for n in names if n.startswith("tasks/"))
    assert task_files == sorted(f"tasks/{p.name}" for p in (target / "tasks").glob("*.md"))
    assert len(task_files) == 15  # every role in the fixture is named somewhere
    assert list(tmp_path.iterdir()) == [target], "staging directory left behind"


def test_plan_json_validates_and_round_trips(out: Path, plan: Plan) -> None:
    loaded = Plan.model_validate_json((out / "plan.json").read_text(encoding="utf-8"))
    assert loaded == plan


def test_invalid_plan_is_refused_and_nothing_written(tmp_path: Path, plan: Plan) -> None:
    broken = plan.model_copy(update={"scenarios": plan.scenarios * 2})  # 6 > the 3 allowed
    with pytest.raises(PlanValidationError, match="plan.json would not validate"):
        render_plan(broken, tmp_path / "out", start_date=START)
    assert list(tmp_path.iterdir()) == []


# --- report.md ------------------------------------------------------------------------------


def test_report_has_every_section_and_vision(out: Path, plan: Plan) -> None:
    report = (out / "report.md").read_text(encoding="utf-8")
    positions = [report.index(section) for section in REPORT_SECTIONS]
    assert positions == sorted(positions), "sections out of order"
    text = plain(report)
    for vision in plan.visions:
        assert f"### {vision.id}" in report
        assert flat(vision.text) in text
    assert "slide 5" in report and "too vague to execute" in report
    v2 = next(v for v in plan.visions if v.id == "V2")
    for question in v2.vagueness.questions:
        assert question in text
    assert v2.vagueness.suggested_rewrite and v2.vagueness.suggested_rewrite in text
    for reason in v2.vagueness.reasons:
        assert reason.message in text
    for scenario in plan.scenarios:
        assert scenario.name in text
    for task in plan.tasks:
        assert f"**{task.id}**" in report
    for gap in plan.gaps:
        assert flat(gap.text) in text
    for warning in plan.warnings:
        assert warning in text
    assert "```mermaid\ngantt\n" in report
    assert "Engine:** rules; 0 model calls, 0 tokens" in report


def test_report_next_monday_lists_ready_foundational_tasks(out: Path, plan: Plan) -> None:
    report = (out / "report.md").read_text(encoding="utf-8")
    monday = report[report.index("## Next Monday") :]
    ready = [
        t for t in plan.tasks if t.horizon == "foundational" and not t.depends_on
    ]  # T1, T2, T4
    assert {t.id for t in ready} == {"T1", "T2", "T4"}
    for task in ready:
        assert f"**{task.id} " in monday
        assert f"tasks/{slugify(task.owner_role)}.md" in monday
    assert "T3 " in monday and "waits on T1" in monday  # blocked foundational task
    assert "T5 " not in monday  # quick wins do not start on Monday


def test_report_layer_coverage_flags_missing_layers(tmp_path: Path, plan: Plan) -> None:
    notes = {k: v for k, v in plan.layer_notes.items() if not k.startswith("V3:")}
    render_plan(plan.model_copy(update={"layer_notes": notes}), tmp_path, start_date=START)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "| V3 | **missing** |" in report
    assert "Cover or explain the empty layers: V3 · Experience" in report


def _table_rows(markdown: str) -> list[list[str]]:
    """Markdown tables as lists of rows; a row's cell count ignores escaped pipes."""
    tables: list[list[str]] = []
    current: list[str] = []
    for line in [*markdown.splitlines(), ""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def test_report_tables_survive_pipes_newlines_and_markup(tmp_path: Path, plan: Plan) -> None:
    hostile = "Own the | funnel\n<script>alert(1)</script> [click](javascript:x) **now**"
    scenarios = [plan.scenarios[0].model_copy(update={"name": hostile, "context": "a|b\nc"})]
    tasks = [plan.tasks[0].model_copy(update={"title": hostile}), *plan.tasks[1:]]
    changed = plan.model_copy(update={"scenarios": scenarios, "tasks": tasks})
    render_plan(changed, tmp_path, start_date=START)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    for table in _table_rows(report):
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in table}
        assert len(widths) == 1, f"broken table: {table}"
    assert "<script>" not in report
    prose = re.sub(r"```mermaid\n.*?```", "", report, flags=re.S)  # a code block is inert
    assert "[click](javascript" not in prose
    assert "`" not in report.split("```mermaid")[1].split("```")[0]  # cannot close the fence
    assert "\\[click\\]" in report and "\\*\\*now\\*\\*" in report
    role_file = (tmp_path / "tasks" / "data-engineering-lead.md").read_text(encoding="utf-8")
    assert "<script>" not in role_file and "Own the \\| funnel" in role_file


# --- tasks/<role>.md ------------------------------------------------------------------------


def test_every_owner_gets_its_tasks_with_why_done_when_and_dependencies(
    out: Path, plan: Plan
) -> None:
    tasks = {t.id: t for t in plan.tasks}
    visions = {v.id: v for v in plan.visions}
    for owner in {t.owner_role for t in plan.tasks}:
        path = out / "tasks" / f"{slugify(owner)}.md"
        assert path.is_file(), owner
        body = path.read_text(encoding="utf-8")
        text = plain(body)
        assert body.startswith(f"# {owner}: your tasks")
        for task in (t for t in plan.tasks if t.owner_role == owner):
            block = plain(body[body.index(f"### {task.id} ·") :].split("\n### ")[0])
            assert flat(task.title) in block
            assert flat(task.description) in block
            assert f"Done when:** {flat(task.done_when)}" in block
            for vid in task.vision_ids:
                assert flat(visions[vid].text) in block
                assert f"slide {visions[vid].source.slide}" in block
            for dep in task.depends_on:
                assert f"{dep} {flat(tasks[dep].title)}" in block
                assert tasks[dep].owner_role in block
            if not task.depends_on:
                assert "nothing; can start now" in block
            for role in task.consulted:
                assert role in block.split("Consult:**")[1].split("**")[0]
            if not task.consulted:
                assert "Consult:**" not in block and "nobody named" not in block
            assert "Accountable:**" in block
            assert "weeks" in block or "week" in block
        assert "Done when" in text


def test_role_file_sections_for_accountable_consulted_and_informed(out: Path) -> None:
    analytics = (out / "tasks" / "director-of-analytics.md").read_text(encoding="utf-8")
    signoff = analytics.split("## You sign off on (Accountable)")[1].split("\n## ")[0]
    assert "T1 " in signoff and "T9 " in signoff
    assert "## You also work on (Responsible)" in analytics and "T10 " in analytics
    informed = analytics.split("## Kept informed on")[1].split("\n## ")[0]
    assert "T11 " in informed
    assert (
        "Tech & data** (which systems must talk to each other, and what is missing): Accountable"
        in analytics
    )
    privacy = (out / "tasks" / "privacy-officer.md").read_text(encoding="utf-8")
    consulted = privacy.split("## Consulted on")[1].split("\n## ")[0]
    assert {"T1 ", "T4 ", "T11 "} <= {t for t in ("T1 ", "T4 ", "T11 ") if t in consulted}
    assert "extended team" in privacy
    assert "Owns HIPAA privacy policy" in privacy  # responsibilities from org_roles
    assert "Expect to be asked for input on T1" in privacy  # consulted on a week-1 task
    # T3 waits on T1, so the Director of Analytics prepares instead of starting
    assert "waits on T1 Link Segment" in analytics


def test_owner_missing_from_roster_is_marked(tmp_path: Path, plan: Plan) -> None:
    tasks = [
        plan.tasks[0].model_copy(update={"owner_role": "Chief Growth Hacker"}),
        *plan.tasks[1:],
    ]
    render_plan(plan.model_copy(update={"tasks": tasks}), tmp_path, org_roles=sample_org_roles())
    role_file = (tmp_path / "tasks" / "chief-growth-hacker.md").read_text(encoding="utf-8")
    assert "is not in the organization's roster" in role_file
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "1 owner not in your roster** (Chief Growth Hacker)" in report
    assert "Chief Growth Hacker (not in roster)" in report


def test_role_slugs_are_ascii_unique_and_order_independent() -> None:
    names = ["R&D Lead", "R/D  Lead", "Directrice de l'Expérience", "CON", "***", "Ops"]
    slugs = role_slugs(names)
    assert slugs == role_slugs(list(reversed(names)))
    assert len(set(slugs.values())) == len(names)
    assert slugs["Directrice de l'Expérience"] == "directrice-de-l-experience"
    assert {slugs["R&D Lead"], slugs["R/D  Lead"]} == {"r-d-lead", "r-d-lead-2"}
    assert slugs["CON"] == "con-role" and slugs["***"] == "role"
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) for s in slugs.values())


# --- raci.csv / raci.xlsx -------------------------------------------------------------------


def _csv(out: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO((out / "raci.csv").read_text(encoding="utf-8"))))


def test_raci_csv_rows_are_tasks_and_layers_with_one_accountable(out: Path, plan: Plan) -> None:
    header, *rows = _csv(out)
    assert header[:3] == ["item", "title", "layer"]
    roles = header[3:]
    assert len(roles) == len(set(roles)) == 15
    items = [row[0] for row in rows]
    assert items == [t.id for t in plan.tasks] + [f"layer:{layer}" for layer in LAYERS]
    raci = {r.item: r.assignments for r in plan.raci}
    for row in rows:
        letters = row[3:]
        assert len(letters) == len(roles)
        assert letters.count("A") == 1, row
        assert "R" in letters
        assert set(letters) <= {"R", "A", "C", "I", ""}
        assert {r: x for r, x in zip(roles, letters, strict=True) if x} == raci[row[0]]
    t11 = next(row for row in rows if row[0] == "T11")
    assert t11[1].startswith("'=")  # a spreadsheet must not read deck text as a formula


def test_raci_xlsx_has_matrix_sheets_styles_and_legend(out: Path) -> None:
    wb = load_workbook(out / "raci.xlsx")
    assert wb.sheetnames == ["Tasks", "Layers", "Legend"]
    header, *rows = _csv(out)
    tasks, layers = wb["Tasks"], wb["Layers"]
    for ws, expected in ((tasks, rows[:-4]), (layers, rows[-4:])):
        values = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
        assert values[0] == header
        expected = [[c[1:] if c.startswith("'=") else c for c in r] for r in expected]
        assert values[1:] == expected
        assert all(c.font.bold for c in ws[1])
        assert ws.freeze_panes == "D2"
        assert ws.column_dimensions["B"].width >= 40
        rules = [r for cf in ws.conditional_formatting for r in cf.rules]
        assert sorted(r.formula[0] for r in rules) == ['"A"', '"C"', '"I"', '"R"']
    t11 = next(r for r in tasks.iter_rows(min_row=2) if r[0].value == "T11")
    assert t11[1].data_type == "s" and str(t11[1].value).startswith("=Personalize")
    legend = [r for r in wb["Legend"].iter_rows(min_row=2, max_row=5, values_only=True)]
    assert [r[0] for r in legend] == ["R", "A", "C", "I"]


# --- roadmap.mmd ----------------------------------------------------------------------------

_TASK_LINE = re.compile(r"^    (?P<name>[^:]+) :(?P<meta>[^#;]+)$")


def check_gantt(source: str, task_ids: list[str]) -> dict[str, list[str]]:
    """Structural check of a Mermaid gantt; returns mermaid id -> its metadata parts."""
    lines = source.splitlines()
    assert lines[0] == "gantt"
    assert any(line.strip().startswith("dateFormat ") for line in lines)
    bars: dict[str, list[str]] = {}
    for line in lines[1:]:
        stripped = line.strip()
        if not stripped or stripped.startswith("%%"):
            continue
        keyword = stripped.split(" ", 1)[0]
        if keyword in {"title", "dateFormat", "axisFormat", "todayMarker", "excludes"}:
            continue
        if keyword == "section":
            assert not re.search(r"[:#;]", stripped), line
            continue
        match = _TASK_LINE.match(line)
        assert match, f"not a task line: {line!r}"
        parts = [p.strip() for p in match["meta"].split(",")]
        tags = [p for p in parts if p in {"crit", "active", "done", "milestone"}]
        rest = parts[len(tags) :]
        assert len(rest) == 3, line  # id, start (date or 'after ...'), duration
        mid, start, duration = rest
        assert re.fullmatch(r"[a-z][a-z0-9]*", mid), line
        assert mid not in bars, f"task {mid} twice"
        assert re.fullmatch(r"\d+d", duration), line
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}|after( [a-z][a-z0-9]*)+", start), line
        bars[mid] = rest
    assert sorted(bars) == sorted(t.lower() for t in task_ids)
    for mid, (_, start, _) in bars.items():
        if start.startswith("after"):
            for ref in start.split()[1:]:
                assert ref in bars and ref != mid, f"{mid} after unknown {ref}"
    return bars


def test_roadmap_mmd_is_a_valid_gantt_with_dates_from_task_weeks(out: Path, plan: Plan) -> None:
    source = (out / "roadmap.mmd").read_text(encoding="utf-8")
    bars = check_gantt(source, [t.id for t in plan.tasks])
    assert bars["t1"][1:] == ["2027-01-04", "28d"]  # weeks [0, 4)
    assert bars["t3"][1:] == ["2027-02-01", "14d"]  # weeks [4, 6)
    assert bars["t11"][1:] == ["2027-03-01", "42d"]
    assert "Baseline∶ ＃1 KPI dashboard； holdout design :crit, t3," in source
    assert source.count("    section ") == len(plan.roadmap.phases)
    assert source in (out / "report.md").read_text(encoding="utf-8")


def test_roadmap_without_task_weeks_uses_after_dependencies(plan: Plan) -> None:
    roadmap = plan.roadmap.model_copy(update={"task_weeks": {}, "phases": []})
    source = roadmap_mermaid(plan.model_copy(update={"roadmap": roadmap}), START)
    bars = check_gantt(source, [t.id for t in plan.tasks])
    assert bars["t11"][1] == "after t1 t3 t4"
    assert bars["t1"][1] == "2027-01-04"


# --- atomicity ------------------------------------------------------------------------------


def _fail_midway(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the xlsx writer leave a partial file and then fail."""

    def broken(plan: Plan, path: str | Path, index: object = None) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr("agent.render._xlsx.write_raci_xlsx", broken)


def test_failure_midway_leaves_a_new_out_dir_absent(
    tmp_path: Path, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_midway(monkeypatch)
    with pytest.raises(OSError, match="disk full"):
        render_plan(plan, tmp_path / "out", start_date=START)
    assert list(tmp_path.iterdir()) == []


def test_failure_midway_leaves_an_existing_out_dir_untouched(
    out: Path, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(out)
    _fail_midway(monkeypatch)
    changed = plan.model_copy(update={"warnings": ["a new warning"]})
    with pytest.raises(OSError):
        render_plan(changed, out, start_date=START)
    assert snapshot(out) == before
    assert [p.name for p in out.parent.iterdir()] == ["out"], "staging directory left behind"


def test_rerender_replaces_files_drops_stale_roles_and_keeps_other_files(
    out: Path, plan: Plan
) -> None:
    cache = out / ".groundwork" / "llm-cache" / "entry.json"
    cache.parent.mkdir(parents=True)
    cache.write_text("{}")
    old_report = (out / "report.md").read_text(encoding="utf-8")
    # HR & Training Partner drops out of the plan entirely
    hr = "HR & Training Partner"
    raci = [
        r.model_copy(update={"assignments": {k: v for k, v in r.assignments.items() if k != hr}})
        for r in plan.raci
    ]
    tasks = [
        t.model_copy(update={"consulted": [c for c in t.consulted if c != hr]}) for t in plan.tasks
    ]
    roles = [r for r in plan.roles if r.name != hr]
    changed = plan.model_copy(
        update={"raci": raci, "tasks": tasks, "roles": roles, "warnings": ["re-rendered"]}
    )
    paths = render_plan(changed, out, start_date=START)
    report = (out / "report.md").read_text(encoding="utf-8")
    assert report != old_report and "- re-rendered" in report
    assert not (out / "tasks" / "hr-training-partner.md").exists()
    assert sorted(p.name for p in (out / "tasks").iterdir()) == sorted(
        p.name for p in paths if p.parent.name == "tasks"
    )
    assert cache.read_text() == "{}"
    assert Plan.model_validate_json((out / "plan.json").read_text()) == changed
    assert [p.name for p in out.parent.iterdir()] == ["out"]


def test_renders_an_empty_plan(tmp_path: Path) -> None:
    paths = render_plan(Plan(engine={"name": "rules"}), tmp_path / "o", start_date=START)  # type: ignore[arg-type]
    names = sorted(p.name for p in paths)
    assert names == [
        "plan.json",
        "raci.csv",
        "raci.xlsx",
        "report.docx",
        "report.html",
        "report.md",
        "roadmap.mmd",
    ]
    assert (tmp_path / "o" / "tasks").is_dir()
    assert "No vision statements were found" in (tmp_path / "o" / "report.md").read_text()
    assert (tmp_path / "o" / "roadmap.mmd").read_text().startswith("gantt\n")


def test_atomic_write_helpers(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "notes.md"
    atomic_write_text(target, "one\n")
    assert target.read_text() == "one\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.chmod(target, 0o600)
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # an existing file keeps its mode
    assert [p.name for p in target.parent.iterdir()] == ["notes.md"]


def test_a_goal_shows_the_kpi_row_that_measures_it(tmp_path: Path, plan: Plan) -> None:
    """A goal worded on a pillar slide names, under it, the KPI row or tile that measures it,
    in the deck's words and with its own slide; deck text stays data."""
    from schemas.plan import Measure, Source

    v1 = plan.visions[0]
    v1.measure = Measure(
        metric="Calls answered in 10 s <b>|</b>",
        baseline="71%",
        target="92%",
        by="H2 2028/29",
        source=Source(file="deck.pptx", slide=10),
    )
    render_plan(plan, tmp_path / "out", org_roles=sample_org_roles(), start_date=START)
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert (
        "Measured by: Calls answered in 10 s <b>|</b>: 71% → 92% by H2 2028/29 (deck.pptx, slide 10)"
        in plain(report)
    )
    assert "<b>" not in report
