"""The shareable report (report.md/.html/.docx), self-contained role files, and one escaper per
target, each fuzzed over odd strings and checked by a real parser of that target."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document as open_docx
from markdown_it import MarkdownIt
from openpyxl import Workbook, load_workbook

from agent.render import render_plan
from agent.render._report import fold_by_vision
from agent.render._text import cell, docx_text, html_text, md, mermaid_text, one_line, xlsx_text
from schemas.plan import Plan
from tests.plan_fixture import sample_grounded_plan, sample_org_roles, sample_plan

START = date(2027, 1, 4)

ODD = [
    "a | b || c",
    "[click](javascript:alert(1)) ![img](x.png)",
    "`code` and ``` a fence",
    "<script>alert(1)</script>",
    "<img src=x onerror=window.__pwned=1>",
    "Revenue >= 5% and churn <= 10% -> up",
    "# heading",
    "## not a heading",
    "key: value; next # hash #1 #name;",
    "\"double\" 'single' “curly” ‘quotes’",
    "line one\nline two\r\nline three\u2028four",
    "עברית RTL text مرحبا بالعالم",
    "emoji 🚀 👩‍💻 🇳🇴",
    "=SUM(A1:A2)",
    "+1 555",
    "-1",
    "@cmd|' /C calc'!A0",
    "ctrl\x00chars\x07here\x1b[31m",
    "%% a comment %%{init: {}}%%",
    'click t1 href "javascript:alert(1)"',
    "gantt",
    "section sneaky",
    "2027-01-01 launch",
    "&amp; &lt;b&gt; &#60; &#x3C;",
    "*bold* _it_ ~~strike~~ __u__",
    "1. item",
    "- item",
    "+ item",
    "> quote",
    "---",
    "===",
    "\\back\\slash\\",
    "\u202eRLO override\u202c and \u2066isolate\u2069",
    "tab\there",
    "{brace} (paren) [bracket]",
    "   padded   ",
    "",
]


# --- one escaper per target, checked by a parser of that target ------------------------------


def _md_text(tokens: list) -> tuple[str, set[str]]:  # type: ignore[type-arg]
    """Text content of inline tokens and the markup token types found."""
    text, kinds = [], set()
    for tok in tokens:
        for child in tok.children or []:
            if child.type in ("text", "code_inline"):
                text.append(child.content)
            elif child.type == "softbreak":
                text.append("\n")
            else:
                kinds.add(child.type)
    return "".join(text), kinds


@pytest.mark.parametrize("odd", ODD)
def test_md_is_inert_in_paragraphs_cells_and_line_starts(odd: str) -> None:
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    expected = one_line(odd)
    if not expected:
        assert md(odd) == ""
        return
    # at the start of a line: no heading, list, quote, rule or HTML block
    tokens = parser.parse(md(odd))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], odd
    text, kinds = _md_text(tokens)
    assert text == expected and not kinds, (odd, md(odd), kinds)
    # inside a line and inside a table cell
    text, kinds = _md_text(parser.parse("x " + md(odd)))
    assert text == "x " + expected and not kinds
    tokens = parser.parse(f"| h | k |\n|---|---|\n| {md(odd)} | y |\n")
    cells = [t for t in tokens if t.type == "inline"]
    assert len(cells) == 4, (odd, md(odd))  # two headers, two cells: the pipe did not split
    text, kinds = _md_text([cells[2]])
    assert text == expected and not kinds


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("odd", ODD)
def test_html_text_round_trips_as_text_and_attribute(odd: str) -> None:
    page = _Collect()
    page.feed(f'<p title="{html_text(odd)}">{html_text(odd)}</p>')
    page.close()
    assert page.tags == ["p"], odd
    assert "".join(page.text) == one_line(odd)
    assert page.attrs == [("title", one_line(odd))]


# Mermaid's gantt lexer (packages/mermaid/src/diagrams/gantt/parser/gantt.jison), in rule
# order; jison takes the first rule that matches. Tokens we must never produce are "bad".
_GANTT_RULES = [
    (r"%%\{", "bad"),
    (r"accTitle\s*:\s*", "bad"),
    (r"accDescr\s*[:{]\s*", "bad"),
    (r"%%(?!\{)[^\n]*", None),
    (r"[^}]%+[^\n]*", None),
    (r"\n+", "NL"),
    (r"\s+", None),
    (r"#[^\n]*", None),
    (r'href[\s]+"', "bad"),
    (r"call[\s]+", "bad"),
    (r"click[\s]+", "bad"),
    (r"gantt", "gantt"),
    (r"dateFormat\s[^#\n;]+", "dateFormat"),
    (r"inclusiveEndDates", "bad"),
    (r"topAxis", "bad"),
    (r"axisFormat\s[^#\n;]+", "axisFormat"),
    (r"tickInterval\s[^#\n;]+", "bad"),
    (r"includes\s[^#\n;]+", "bad"),
    (r"excludes\s[^#\n;]+", "bad"),
    (r"todayMarker\s[^\n;]+", "todayMarker"),
    (r"weekday\s[^#\n;]+", "bad"),
    (r"\d\d\d\d-\d\d-\d\d", "bad"),
    (r"title\s[^#\n;]+", "title"),
    (r"accDescription\s[^#\n;]+", "bad"),
    (r"section\s[^#:\n;]+", "section"),
    (r"[^#:\n;]+", "taskTxt"),
    (r":[^#\n;]+", "taskData"),
    (r":", "bad"),
    (r".", "bad"),
]
_GANTT = [(re.compile(p, re.I), kind) for p, kind in _GANTT_RULES]


def gantt_tokens(source: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(source):
        for rule, kind in _GANTT:
            m = rule.match(source, pos)
            if m and m.end() > pos:
                if kind is not None:
                    out.append((kind, m.group()))
                pos = m.end()
                break
    return out


@pytest.mark.parametrize("odd", ODD)
def test_mermaid_text_survives_the_gantt_lexer(odd: str) -> None:
    name = mermaid_text(odd)
    source = (
        "gantt\n    title "
        + mermaid_text(odd, limit=90)
        + "\n    dateFormat YYYY-MM-DD\n    section "
        + name
        + "\n    "
        + name
        + " :t1, 2027-01-04, 7d\n"
    )
    kinds = [k for k, _ in gantt_tokens(source) if k != "NL"]
    assert kinds == ["gantt", "title", "dateFormat", "section", "taskTxt", "taskData"], (odd, name)
    tokens = dict((k, v) for k, v in gantt_tokens(source) if k != "NL")
    assert tokens["taskTxt"].strip() == name and tokens["section"] == f"section {name}"
    assert "```" not in source and "%%" not in name
    if odd.strip():
        assert name != "untitled"


def test_mermaid_keeps_comparisons_readable() -> None:
    assert mermaid_text("Revenue >= 5% and churn <= 10%") == "Revenue ≥ 5% and churn ≤ 10%"
    assert ")=" not in mermaid_text("x >= y")
    assert mermaid_text("Phase 1: Foundations") == "Phase 1∶ Foundations"


@pytest.mark.parametrize("odd", ODD)
def test_csv_cell_is_never_a_formula(odd: str) -> None:
    buf = io.StringIO()
    csv.writer(buf).writerow([cell(odd), "next"])
    (value, after), *_ = list(csv.reader(io.StringIO(buf.getvalue())))
    assert after == "next"
    assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert value.removeprefix("'") == one_line(odd)


@pytest.mark.parametrize("odd", ODD)
def test_xlsx_and_docx_text_are_stored_as_written(odd: str, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    c = sheet.cell(row=1, column=1)
    c.value = xlsx_text(odd)
    c.data_type = "s"
    book.save(tmp_path / "x.xlsx")
    back = load_workbook(tmp_path / "x.xlsx").active
    assert back is not None
    assert (back.cell(row=1, column=1).value or "") == one_line(odd)
    if one_line(odd):
        assert back.cell(row=1, column=1).data_type == "s"  # text, never a formula
    doc = open_docx()
    doc.add_paragraph().add_run(docx_text(odd))
    doc.save(tmp_path / "x.docx")
    assert open_docx(tmp_path / "x.docx").paragraphs[0].text == one_line(odd)


def test_fold_by_vision() -> None:
    notes = [
        "V2 is too vague to execute as written; see its questions",
        "V9: its date comes from the slide title 'X'",
        "V3 is too vague to execute as written; see its questions",
        "Hidden slide 11 was not used",
        "V10: its date comes from the slide title 'X'",
        "V14 is too vague to execute as written; see its questions",
        "V1 and V2 share a metric",
    ]
    assert fold_by_vision(notes) == [
        "Each of V2, V3 and V14 is too vague to execute as written; see its questions",
        "V9 and V10: its date comes from the slide title 'X'",
        "Hidden slide 11 was not used",
        "V1 and V2 share a metric",
    ]


# --- the report's content ------------------------------------------------------------------


@pytest.fixture
def grounded(tmp_path: Path) -> Path:
    out = tmp_path / "grounded"
    render_plan(sample_grounded_plan(), out, org_roles=sample_org_roles(), start_date=START)
    return out


def _section(report: str, title: str) -> str:
    """The text under a report's "## <title>" heading, up to the next one."""
    return report.split(f"## {title}")[1].split("\n## ")[0]


def _sections(report: str) -> list[str]:
    return [line for line in report.splitlines() if line.startswith("## ")]


def test_title_uses_organization_and_deck_title(grounded: Path, tmp_path: Path) -> None:
    report = (grounded / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Northwind Health: Digital Front Door 2027\n")
    html = (grounded / "report.html").read_text(encoding="utf-8")
    assert "<title>Northwind Health: Digital Front Door 2027</title>" in html
    doc = open_docx(grounded / "report.docx")
    assert doc.paragraphs[0].text == "Northwind Health: Digital Front Door 2027"
    assert doc.core_properties.title == "Northwind Health: Digital Front Door 2027"
    # the file name only when the plan has no title
    render_plan(sample_plan(), tmp_path / "old", start_date=START)
    old = (tmp_path / "old" / "report.md").read_text(encoding="utf-8")
    assert old.startswith("# Operational plan: northwind-digital-front-door.pptx\n")


def test_report_opens_with_a_one_page_summary_and_keeps_detail_in_appendices(
    grounded: Path,
) -> None:
    report = (grounded / "report.md").read_text(encoding="utf-8")
    assert _sections(report) == [
        "## Executive summary",
        "## What the deck commits to",
        "## Scenarios",
        "## What the method added, and why",
        "## Roadmap",
        "## Who does what",
        "## Gaps and warnings",
        "## Next Monday",
        "## Appendix A: the goals in detail",
        "## Appendix B: layer coverage",
    ]
    summary = _section(report, "Executive summary")
    assert len(summary.splitlines()) <= 30  # one page
    assert "3 commitments in its own words (slides 3, 7–8)" in summary
    assert "3 years (36 months) on the deck's own clock" in summary
    assert "customer experience pack" in summary
    main, appendix = report.split("## Appendix A")
    assert "Questions for you" not in main and "Suggested rewrite" not in main
    assert "### V2 ⚠" in appendix and "Questions for you" in appendix


def test_deck_commitments_come_first_with_slides_and_quotes(grounded: Path) -> None:
    report = (grounded / "report.md").read_text(encoding="utf-8")
    deck = _section(report, "What the deck commits to")
    rows = [line for line in deck.splitlines() if line.startswith("| **T")]
    assert [r.split("**")[1] for r in rows] == ["T1", "T9", "T5"]  # slide order 3, 7, 8
    assert "| Link web sessions to patient records before personalizing | " in deck
    assert "northwind-digital-front-door.pptx, slide 7" in deck
    method = _section(report, "What the method added, and why")
    shared = "The deck names no owner or decision forum for the booking journey"
    assert method.count(shared) == 1  # one note for T2 and T4, folded
    block = method.split(shared)[1].split("\n- ")[0]
    assert "**T2**" in block and "**T4**" in block
    assert "T1 " not in method and "**T5**" not in method


def test_roadmap_on_the_decks_clock_with_gates(grounded: Path) -> None:
    report = (grounded / "report.md").read_text(encoding="utf-8")
    road = _section(report, "Roadmap")
    assert "On the deck's own clock: 3 years (36 months)" in road
    assert "| Pilot: Puget Sound | months 1–6 | Online share of new-patient bookings ≥ 25%" in road
    assert "| Run: every patient moment | months 19–36 | none stated |" in road
    gantt = (grounded / "roadmap.mmd").read_text(encoding="utf-8")
    assert "axisFormat %b %Y" in gantt
    assert ":milestone, gate1, 2027-07-05, 0d" in gantt  # end of week 26
    assert "Referral-to-consult conversion ≥ 60%" in gantt  # '>=' survives
    assert ")=" not in gantt


def test_gaps_quote_their_evidence_and_name_the_tasks_they_block(grounded: Path) -> None:
    report = (grounded / "report.md").read_text(encoding="utf-8")
    gaps = _section(report, "Gaps and warnings")
    line = next(x for x in gaps.splitlines() if x.startswith("- **G1 "))
    assert "Segment is keyed on anonymous ID" in line
    assert "Blocks T9 (Send referral status" in line and "T11 (" in line


def test_org_mismatch_is_said_at_the_top(tmp_path: Path) -> None:
    plan = sample_grounded_plan().model_copy(deep=True)
    data = plan.model_dump(mode="json")
    data["org_fit"] = {
        "score": 0.04,
        "verdict": "mismatch",
        "reason": "The org folder describes a hospital; the deck is a tea chain's launch",
        "shared": [],
    }
    render_plan(Plan.model_validate(data), tmp_path, start_date=START)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    head = report.split("## Executive summary")[0]
    assert "does not fit this deck" in head and "describes a hospital" in head
    assert "was not used" in head and "from the deck alone" in head
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.index('class="callout warning"') < html.index('id="executive-summary"')


def test_repeated_notes_are_folded(tmp_path: Path) -> None:
    data = sample_plan().model_dump(mode="json")
    note = "Deferred until {v} is restated with a metric, a target and a date."
    data["layer_notes"] = {f"{v}:experience": note.format(v=v) for v in ("V1", "V2", "V3")}
    data["warnings"] = [
        f"{v} is too vague to execute as written; see its questions" for v in ("V1", "V2")
    ]
    render_plan(Plan.model_validate(data), tmp_path, start_date=START)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert report.count("is restated with a metric") == 1
    assert "- **V1, V2, V3 · Experience:** Deferred until each of them is restated" in report
    assert "- Each of V1 and V2 is too vague to execute as written; see its questions" in report


# --- role files stand alone ----------------------------------------------------------------


def test_role_files_link_nowhere_and_quote_what_they_need(grounded: Path) -> None:
    files = list((grounded / "tasks").glob("*.md"))
    assert files
    for path in files:
        body = path.read_text(encoding="utf-8")
        assert not re.search(r"\]\(", body), f"{path.name} has a link"
        assert "Northwind Health: Digital Front Door 2027" in body
    it = (grounded / "tasks" / "it-integration-manager.md").read_text(encoding="utf-8")
    assert (
        "**From the deck:** “Referral status flows from Epic to Salesforce within the hour” (northwind-digital-front-door.pptx, slide 7)"
        in it
    )
    assert "serves V3: “Grow orthopedic consult volume" in it and "slide 7" in it
    assert "**Blocked by:** G1: No identity resolution" in it
    assert "gate: Referral-to-consult conversion >= 60%" in it
    assert "months 7–12" in it
    vp = (grounded / "tasks" / "vp-digital-experience.md").read_text(encoding="utf-8")
    assert "**Added by the method:** The deck names no owner or decision forum" in vp


# --- report.html ---------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.classes: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for key, value in attrs:
            if key in ("href", "src", "action", "xlink:href", "srcset", "data", "poster"):
                self.urls.append(value or "")
            if key.startswith("on"):
                self.urls.append(f"handler {key}")
            if key == "class":
                self.classes += (value or "").split()
            if key == "id":
                self.ids.append(value or "")


def test_report_html_is_self_contained(grounded: Path) -> None:
    html = (grounded / "report.html").read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert all(u.startswith("#") for u in page.urls), page.urls  # in-page anchors only
    assert "default-src 'none'" in html and "@media print" in html and "break-before: page" in html
    assert "url(" not in html and "@import" not in html
    assert len(set(page.ids)) == len(page.ids), "duplicate ids"
    plan = sample_grounded_plan()
    assert page.classes.count("bar") == len(plan.tasks)  # one SVG bar per task
    assert page.classes.count("gate") == 2
    for role in {t.owner_role for t in plan.tasks}:
        assert f">{role} (" in html  # a section per role
    assert "RACI for every task" in html and 'class="letter raci-A"' in html


def test_report_docx_has_sections_raci_and_roadmap_tables(grounded: Path) -> None:
    doc = open_docx(grounded / "report.docx")
    headings = [
        p.text for p in doc.paragraphs if p.style is not None and p.style.name.startswith("Heading")
    ]
    for wanted in (
        "Executive summary",
        "What the deck commits to",
        "What the method added, and why",
        "Roadmap",
        "Who does what",
        "RACI for every task",
        "Each role's list",
        "Gaps and warnings",
        "Next Monday",
        "Appendix A: the goals in detail",
    ):
        assert wanted in headings, wanted
    plan = sample_grounded_plan()
    assert any(h.startswith("IT Integration Manager") for h in headings)
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in doc.tables}
    raci = next(t for h, t in tables.items() if h[:2] == ("Item", "Title"))
    roles = [c.text for c in raci.rows[0].cells][2:]
    got = {}
    for row in raci.rows[1:]:
        cells = [c.text for c in row.cells]
        got[cells[0]] = {r: x for r, x in zip(roles, cells[2:], strict=True) if x}
    assert got == {r.item: r.assignments for r in plan.raci}
    schedule = next(t for h, t in tables.items() if h == ("Task", "Owner", "Phase", "When"))
    assert len(schedule.rows) == len(plan.tasks) + 1
    assert any("gate: Online share" in c.text for r in schedule.rows for c in r.cells)
    assert doc.sections[-1].page_width < doc.sections[-1].page_height  # back to portrait


def test_any_deck_text_renders_in_every_format(tmp_path: Path) -> None:
    data = sample_grounded_plan().model_dump(mode="json")
    for n, odd in enumerate(ODD):
        task = data["tasks"][n % len(data["tasks"])]
        task["title"] = f"{task['title']} {odd}"
        task["quote"] = odd or None
        data["visions"][n % 3]["text"] += " " + odd
    data["title"] = "<img src=x onerror=window.__pwned=1> Plan >= 2027 | `x`"
    data["organization"] = "R&D \u202e=cmd|' /C calc'!A0"
    data["gaps"][0]["text"] = "\n".join(ODD)
    data["warnings"] += ODD
    data["governance"] = [
        {"text": odd, "source": {"file": "deck.pptx", "slide": 9}} for odd in ODD if odd
    ]
    plan = Plan.model_validate(data)
    render_plan(plan, tmp_path, org_roles=sample_org_roles(), start_date=START)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "<img" not in report and "<script" not in report
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert all(u.startswith("#") for u in page.urls)
    doc = open_docx(tmp_path / "report.docx")
    assert doc.paragraphs[0].text == "R&D =cmd|' /C calc'!A0: " + one_line(data["title"])
    kinds = [k for k, _ in gantt_tokens((tmp_path / "roadmap.mmd").read_text()) if k != "NL"]
    assert "bad" not in kinds
    assert kinds.count("taskTxt") == kinds.count("taskData")
    rows = list(csv.reader(io.StringIO((tmp_path / "raci.csv").read_text(encoding="utf-8"))))
    assert all(not c.startswith(("=", "+", "-", "@")) for r in rows for c in r)


def test_the_experience_layer_and_scenarios_speak_the_fields_words(tmp_path: Path) -> None:
    from schemas.plan import DomainInfo

    plan = sample_grounded_plan()
    plan.domain = DomainInfo(packs=["operations", "core"])
    render_plan(plan, tmp_path / "plant", org_roles=sample_org_roles(), start_date=START)
    report = (tmp_path / "plant" / "report.md").read_text(encoding="utf-8")
    assert "Experience: what the operators and engineers who use the new tools see and feel" in (
        report
    )
    assert "Site × process" in report
    assert "the customer" not in report and "Customer impact" not in report
    roles = "\n".join(
        p.read_text(encoding="utf-8") for p in (tmp_path / "plant" / "tasks").glob("*.md")
    )
    assert "what the customer sees" not in roles
    plan.domain = DomainInfo(packs=["healthcare"])
    render_plan(plan, tmp_path / "ward", org_roles=sample_org_roles(), start_date=START)
    ward = (tmp_path / "ward" / "report.md").read_text(encoding="utf-8")
    assert "what patients see and feel" in ward and "Impact on patients" in ward


def test_one_decks_goals_cite_their_slide_and_a_phase_named_with_its_span_is_not_dated_twice(
    tmp_path: Path,
) -> None:
    plan = sample_grounded_plan()
    data = plan.model_dump(mode="json")
    data["roadmap"]["phases"][0]["name"] = "Pilot Phase (Months 0-6)"
    render_plan(Plan.model_validate(data), tmp_path / "out", start_date=START)
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    goals = report.split("### Goals")[1].split("\n### ")[0]
    first = next(line for line in goals.splitlines() if line.startswith("| **V1**"))
    assert "| slide " in first and ".pptx" not in first, first
    roadmap = next(line for line in report.splitlines() if line.startswith("- **Roadmap:**"))
    assert "Pilot Phase (Months 0-6) →" in roadmap, roadmap


def test_a_role_reads_each_phase_gate_once_not_on_every_task(tmp_path: Path) -> None:
    data = sample_grounded_plan().model_dump(mode="json")
    first = data["roadmap"]["phases"][0]
    mine = [t for t in data["tasks"] if t["id"] in first["task_ids"]][:3]
    for task in mine:  # one role owns three tasks of the first, gated phase
        task["owner_role"] = mine[0]["owner_role"]
    render_plan(Plan.model_validate(data), tmp_path / "out", start_date=START)
    owner = mine[0]["owner_role"]
    path = next(
        p
        for p in (tmp_path / "out" / "tasks").glob("*.md")
        if p.read_text(encoding="utf-8").startswith(f"# {owner}:")
    )
    body = path.read_text(encoding="utf-8")
    assert body.count(md(first["gate"])) == 1, body


def test_start_monday_says_when_a_stated_gap_stands_in_the_way_of_a_ready_task(
    tmp_path: Path,
) -> None:
    data = sample_grounded_plan().model_dump(mode="json")
    ready = next(t for t in data["tasks"] if t["horizon"] == "foundational" and not t["depends_on"])
    data["gaps"][0]["blocks"] = [*data["gaps"][0]["blocks"], ready["id"]]
    render_plan(Plan.model_validate(data), tmp_path / "out", start_date=START)
    owner = ready["owner_role"]
    path = next(
        p
        for p in (tmp_path / "out" / "tasks").glob("*.md")
        if p.read_text(encoding="utf-8").startswith(f"# {owner}:")
    )
    monday = _section(path.read_text(encoding="utf-8"), "Start Monday")
    line = next(ln for ln in monday.splitlines() if f"**{ready['id']} " in ln)
    gap = data["gaps"][0]["id"]
    assert "Nothing to wait for" not in line and f"{gap} stands in the way" in line, line


def test_start_monday_names_two_gaps_in_the_way_in_the_plural(tmp_path: Path) -> None:
    data = sample_grounded_plan().model_dump(mode="json")
    ready = next(t for t in data["tasks"] if t["horizon"] == "foundational" and not t["depends_on"])
    for gap in data["gaps"][:2]:
        gap["blocks"] = [*gap["blocks"], ready["id"]]
    render_plan(Plan.model_validate(data), tmp_path / "out", start_date=START)
    owner = ready["owner_role"]
    path = next(
        p
        for p in (tmp_path / "out" / "tasks").glob("*.md")
        if p.read_text(encoding="utf-8").startswith(f"# {owner}:")
    )
    monday = _section(path.read_text(encoding="utf-8"), "Start Monday")
    line = next(ln for ln in monday.splitlines() if f"**{ready['id']} " in ln)
    first, second = data["gaps"][0]["id"], data["gaps"][1]["id"]
    assert f"{first} and {second} stand in the way until they are closed" in line, line


def test_the_decks_governance_is_quoted_under_who_does_what(tmp_path: Path) -> None:
    """The deck's lines on who sponsors, chairs and decides are quoted with their slide beside
    the RACI, in every format; a plan without them has no such section."""
    data = sample_grounded_plan().model_dump(mode="json")
    data["governance"] = [
        {
            "text": "Sponsor: the Chief Medical Officer, who answers to the Board",
            "source": {"file": "deck.pptx", "slide": 11},
        },
        {
            "text": "The steering group meets monthly and takes each gate.",
            "source": {"file": "deck.pdf", "page": 12},
        },
    ]
    render_plan(Plan.model_validate(data), tmp_path, org_roles=sample_org_roles(), start_date=START)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    people = _section(report, "Who does what")
    assert "### Governance as the deck sets it" in people
    assert "- Sponsor: the Chief Medical Officer, who answers to the Board (slide 11)" in people
    assert "- The steering group meets monthly and takes each gate. (page 12)" in people
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Governance as the deck sets it" in html and "(slide 11)" in html
    render_plan(
        sample_grounded_plan(), tmp_path / "none", org_roles=sample_org_roles(), start_date=START
    )
    assert "Governance as the deck sets it" not in (tmp_path / "none" / "report.md").read_text()
