"""Consistency checks of the dev34 case ``housing-repairs`` against its deck and org folder.

Run from the repository root with a Python that has reportlab (the builder needs it, and the
shared checks rebuild the case with this interpreter), python-pptx, python-docx and pypdf:

    /tmp/rl34a/bin/python evals/dev34/check_housing_repairs.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--dump --org`` adds the org sentences; ``--org`` prints the roster rows and org sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev34``, split "dev34") with
``build_housing_repairs.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is read with dev13's ``deck_lines`` (pypdf's text,
one line per text line of a page). What is this case's own:

- the roster, read from ``org/people/staff-directory.md``: the one Markdown table whose header
  is Post / Team / Reports to / Programme role / Responsible for; "Core" rows are tier "core",
  "Consulted" rows tier "consult";
- checks of the deck's form as PowerPoint for Windows saves a PDF: 16 to 20 pages of 960 x 540
  pt, Creator and Producer "Microsoft(R) PowerPoint(R) for Microsoft 365", one fixed creation
  date, a catalog marked as tagged with a language and a structure tree root, text lines
  with real spaces;
- checks of the clock: the stage names undated on the stages slide and on the roadmap, the
  roadmap's bars (the builder's ``STAGES``) equal to the gold's phases, workstream bars that
  overlap the stages, month letters on the roadmap and a "Beyond 2030" column, milestones in
  financial quarters that all fall inside the horizon and never name the gate, the gate's
  date only on the gate slide, the pilot's own length (26 weeks) only on the pilot slide;
- checks of the pilot (named in full once, later by the district alone), the scenarios (on
  the focus slide, never in the "Not in this plan" list), the deck actions' forms, the gold's
  spread (near-namesakes told apart, the ambiguous "(Compliance)" bracket, the vacant post
  owning nothing, gaps across files of several kinds, false gaps, vague visions).

It never runs the planner.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "housing-repairs"
BUILDER = "build_housing_repairs.py"
DIRECTORY = Path("people") / "staff-directory.md"
HEAD = ["Post", "Team", "Reports to", "Programme role", "Responsible for"]
TIERS = {"Core": "core", "Consulted": "consult"}
PRODUCER = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
MONTHS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|\bq[1-4]\b|\b20\d\d/\d\d\b"
)
SLIDES = {
    "goals": 3,
    "focus": 4,
    "stages": 5,
    "kpis": 10,
    "pilot": 11,
    "roadmap": 12,
    "milestones": 13,
    "gate": 14,
    "risks": 15,
    "first90": 16,
}
ACTION_FORMS = {
    6: "pillar",
    7: "pillar",
    8: "pillar",
    9: "pillar",
    11: "pilot steps",
    13: "milestones",
    14: "gate criteria",
    15: "risk mitigations",
    16: "first 90 days",
}
GRADE = {"head", "of", "and", "the", "manager", "director", "lead", "chair", "executive"}
GRADE |= {"chief", "convenor", "branch"}


# =========================================================================== roster


def roster_rows(org: Path) -> list[list[str]]:
    path = org / DIRECTORY
    if not path.is_file():
        return []
    rows: list[list[str]] = []
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            inside = False if rows else inside
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells == HEAD:
            inside = True
            continue
        if inside and not set("".join(cells)) <= set("-: "):
            rows.append(cells)
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(c[0], TIERS.get(c[3], c[3].lower())) for c in roster_rows(org)]


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    rows = roster_rows(org)
    if not 16 <= len(rows) <= 22:
        errors.append(f"directory: {len(rows)} posts (16 to 22)")
    if any(len(c) != 5 or not all(c) for c in rows):
        errors.append("directory: a row without five filled cells")
    if any(c[3] not in TIERS for c in rows):
        errors.append("directory: a programme role other than Core or Consulted")
    posts = [c[0] for c in rows]
    if len(set(posts)) != len(posts):
        errors.append("directory: a post appears twice")
    vacant = [c[0] for c in rows if "vacant" in c[4]]
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    owners |= {r for e in gold["accountable"] for r in e["roles"]}
    for layers in gold["expected_layers"].values():
        for names in layers.values():
            owners |= set(names)
    if len(vacant) != 1 or vacant[0] in owners:
        errors.append(f"directory: the vacant post {vacant} should be one and own no work")
    return errors


# =========================================================================== the deck


def _pages(case: Path, gold: dict[str, Any]) -> dict[int, list[str]]:
    return deck_lines(case / gold["deck"])


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    reader = PdfReader(str(case / gold["deck"]))
    if not 16 <= len(reader.pages) <= 20:
        errors.append(f"{len(reader.pages)} pages (16 to 20)")
    for n, page in enumerate(reader.pages, start=1):
        box = [float(v) for v in page.mediabox]
        if box != [0.0, 0.0, 960.0, 540.0]:
            errors.append(f"page {n}: media box {box}, not PowerPoint's 16:9")
    meta: Any = reader.metadata or {}
    if meta.get("/Producer") != PRODUCER or meta.get("/Creator") != PRODUCER:
        errors.append("metadata: Creator and Producer are not PowerPoint for Microsoft 365's")
    if meta.get("/CreationDate") != meta.get("/ModDate") or not str(
        meta.get("/CreationDate", "")
    ).startswith("D:2027"):
        errors.append("metadata: no fixed 2027 creation date")
    root: Any = reader.trailer["/Root"]
    mark = root.get("/MarkInfo")
    if mark is None or not bool(mark.get_object().get("/Marked")):
        errors.append("catalog: not marked as tagged")
    if root.get("/Lang") != "en-GB" or "/StructTreeRoot" not in root:
        errors.append("catalog: no language or structure tree root")
    pages = _pages(case, gold)
    spaced = sum(1 for lines in pages.values() for x in lines if " " in x)
    if spaced < 150:
        errors.append(f"only {spaced} deck lines hold a space")
    return errors


def _builder() -> Any:
    spec = importlib.util.spec_from_file_location("build_housing_repairs", HERE / BUILDER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _quarter_months(q: int, fy: int) -> tuple[int, int]:
    """Months (from April 2027 = 0) of financial quarter ``q`` of the year starting April
    ``fy``."""
    start = (fy - 2027) * 12 + (q - 1) * 3
    return start, start + 3


def clock(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pages = _pages(case, gold)
    build = _builder()
    horizon = gold["horizon_months"]
    if horizon != 36:
        errors.append(f"horizon {horizon}, the plan runs three financial years (36 months)")
    bars = [(label.lower(), a, b) for label, a, b in build.STAGES]
    phases = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if bars != phases:
        errors.append(f"gold phases {phases} differ from the roadmap's bars {bars}")
    stage_names = [b[0] for b in bars]
    for key in ("stages", "roadmap"):
        lines = pages[SLIDES[key]]
        for name in stage_names:
            hits = [x for x in lines if name in x]
            if not hits or any(MONTHS.search(x) for x in hits):
                errors.append(f"{key} slide: {name!r} missing or dated on its own line")
    if any(
        name in x
        for n, ls in pages.items()
        for x in ls
        for name in stage_names
        if n not in {SLIDES["stages"], SLIDES["roadmap"]}
    ):
        errors.append("a stage name outside the stages and roadmap slides")
    if not any(
        a < s_end and b > s_start
        for _, a, b in build.WORKSTREAMS
        for _, s_start, s_end in build.STAGES
        if not (s_start <= a and b <= s_end)
    ):
        errors.append("no workstream bar crosses a stage boundary")
    road = pages[SLIDES["roadmap"]]
    if sum(1 for x in road if re.fullmatch(r"[amjsondf]", x)) != 36:
        errors.append("roadmap: not 36 month letters")
    if "beyond 2030" not in road:
        errors.append("roadmap: no 'Beyond 2030' column")
    ms = pages[SLIDES["milestones"]]
    quarters = [m for x in ms for m in re.findall(r"\bq([1-4]) (20\d\d)/\d\d\b", x)]
    if len(quarters) < 6:
        errors.append(f"milestones: {len(quarters)} financial quarters")
    for q, fy in quarters:
        a, b = _quarter_months(int(q), int(fy))
        if not (a >= 0 and b <= horizon):
            errors.append(f"milestones: Q{q} {fy} outside the horizon")
    if any("gate" in x for x in ms):
        errors.append("milestones: the gate is dated in the milestone table")
    gate_date = [n for n, ls in pages.items() if any("31 december 2027" in x for x in ls)]
    if gate_date != [SLIDES["gate"]]:
        errors.append(f"the gate's date is on slides {gate_date}")
    weeks = [n for n, ls in pages.items() if any("26 weeks" in x for x in ls)]
    if weeks != [SLIDES["pilot"]]:
        errors.append(f"the pilot's own length is on slides {weeks}")
    return errors


def content(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pages = _pages(case, gold)
    pilot = gold["pilot"]
    full = [n for n, ls in pages.items() if any("wexley district voids pilot" in x for x in ls)]
    if full != [pilot["slide"]] or pilot["slide"] != SLIDES["pilot"]:
        errors.append(f"pilot: named in full on slides {full}")
    if len(pilot["also_slides"]) < 3 or any(
        any("wexley district" in x for x in pages[n]) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the district alone")
    focus = pages[SLIDES["focus"]]
    out = focus[focus.index("not in this plan") + 1 :] if "not in this plan" in focus else []
    if len([x for x in out if x != "\u2022"]) < 5:
        errors.append("focus: no 'Not in this plan' list")
    inside = focus[: focus.index("not in this plan")] if out else focus
    segments = gold["scenario_segments"]
    if len(segments) != 3:
        errors.append(f"{len(segments)} scenario segments (three tenant situations)")
    for seg in segments:
        if not any(alt in x for alt in seg for x in inside):
            errors.append(f"scenario {seg} not on the focus slide")
        if any(alt in x for alt in seg for x in out):
            errors.append(f"scenario {seg} in the 'Not in this plan' list")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 6:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 3 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    kpi_lines = pages[SLIDES["kpis"]]
    for kpi in gold["kpis"]:
        if not any(kpi in x for x in kpi_lines):
            errors.append(f"kpi {kpi!r} not on the KPI table")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 3:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    bracket = [x for x in pages[SLIDES["first90"]] if x.endswith("(compliance)")]
    if len(bracket) != 1 or not any(
        any(t in bracket[0] for t in e["task"]) and e["owners"] == ["Regulatory Compliance Manager"]
        for e in owners
    ):
        errors.append("the '(Compliance)' line is not owned by the Regulatory Compliance Manager")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 13:
        errors.append(f"{len(gaps)} gaps (8 to 13)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 5 or len({Path(f).suffix for f in files}) < 4:
        errors.append(f"gaps stated in {sorted(files)} (five files or more, four forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if sorted(gold["consult_only_roles"]) != [
        "Chair, Tenants' Scrutiny Panel",
        "Unite Branch Convenor (Marlcroft Repairs)",
    ]:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    if gold["needs_sponsor_gap"] or gold["mismatch"]:
        errors.append("the case has a sponsor and its own org folder")
    return errors


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in _pages(case, gold).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return (
        roster_form(case / "org", gold)
        + deck_form(case, gold)
        + clock(case, gold)
        + content(case, gold)
        + blocks
    )


CASE = Case(
    name=NAME,
    builder=BUILDER,
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev34",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({DIRECTORY})")
    for cells in roster_rows(org):
        print("  " + " | ".join(cells))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
