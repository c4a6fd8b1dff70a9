"""Consistency checks of the dev33 case ``catering-contractor`` against its deck and org folder.

Run from the repository root with a Python that has reportlab besides the project's packages
(the builder needs it, and the shared checks rebuild the case with this same interpreter):

    /tmp/rl33b/bin/python evals/dev33/check_catering_contractor.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev33``, split "dev33") with
``build_catering_contractor.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is a PDF, read with dev13's ``deck_lines`` (pypdf's
text of each page, one line per line: here one line per positioned text object). What is this
case's own:

- the roster, read from ``org/people/posts-and-responsibilities.xlsx`` with openpyxl: sheet
  "Posts", columns Post / Division / Reports to / Tier / Responsibilities; a row is a post when
  its Tier is "Core" or "Consult" (the note row under the table is not);
- org sentences: ``_checks.org_sentences`` with an XLSX reader (every non-empty row of every
  sheet, its cells joined by spaces) and a CSV reader (every row, cells joined by spaces);
- checks of the deck's form as Google Slides exports a PDF (``%PDF-1.4``, a document
  information dictionary of only Producer "Skia/PDF m1xx" and Title, 960 x 540 pt pages, 18 to
  24 of them), of its clock (financial years from 1 October, the horizon stated in years and in
  dates, the phases named on one slide and dated in half-years on another, the overlap said
  with its reason, ten half-year columns and a "FY32+" column on the roadmap, Gate 1 dated only
  in its criteria, the pilot's own six months, the Now / Next / Later slide undated), its pilot
  (named in full once, by the region alone after, never before), its scope list, its deck
  actions' forms;
- checks of the gold's own spread: remit owners, near-namesakes told apart, keyword traps,
  bracketed titles the roster spells otherwise, gaps across org files of different kinds,
  false gaps, forbidden terms, scenarios, the vague share, ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "catering-contractor"
ROSTER = Path("people") / "posts-and-responsibilities.xlsx"
HEAD = ["Post", "Division", "Reports to", "Tier", "Responsibilities"]
TIERS = {"Core": "core", "Consult": "consult"}
HALVES = [f"{h} {fy}" for fy in ("fy27", "fy28", "fy29", "fy30", "fy31") for h in ("h1", "h2")]
PILOT_FULL = "university campuses of ashdene vale"
PILOT_SHORT = "ashdene vale"
ACTION_FORMS = {
    7: "pillar bullets",
    8: "pillar numbered list",
    9: "pillar bullets",
    10: "pillar bullets",
    15: "pilot steps table",
    16: "acceptance criteria",
    17: "risk mitigations",
    18: "first 90 days with owners in brackets",
}
GRADE = {"head", "of", "and", "the", "manager", "director", "chief", "officer", "chair"}
GRADE |= {"managing", "regional", "programme", "national", "hospital"}
BRACKETS = {
    "(head of insight)": "Head of Data and Insight",
    "(head of procurement)": "Head of Procurement and Supply Chain",
    "(food safety lead)": "Head of Food Safety",
    "(head of learning)": "Head of Learning and Culinary Academy",
    "(programme director)": "Programme Director, Well Served",
}
KEYWORD_TRAPS = {
    # a post whose title shares a word with work its remit does not hold
    "Head of Hospitality and Events": ["bedside ordering", "patient menu"],
    "Stock Accounting Manager": ["stockpoint", "stock counts"],
    "Head of Health and Safety": ["allergen", "haccp"],
    "Menu Data Manager": ["national patient menu"],
}


# =========================================================================== the org folder


def _xlsx_rows(path: Path) -> list[tuple[str, list[str]]]:
    wb = load_workbook(path, read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v).strip() for v in row]
            if any(cells):
                out.append((ws.title, cells))
    wb.close()
    return out


def xlsx_parts(path: Path) -> list[str]:
    return [" ".join(c for c in cells if c) for _, cells in _xlsx_rows(path) if cells[:5] != HEAD]


def csv_parts(path: Path) -> list[str]:
    rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8")))
    return [" ".join(row) for row in rows if row]


def roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    return [
        c[:5] for sheet, c in _xlsx_rows(path) if sheet == "Posts" and len(c) >= 4 and c[3] in TIERS
    ]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(c[0], TIERS[c[3]]) for c in roster_rows(org)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": xlsx_parts, ".csv": csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    wb = load_workbook(org / ROSTER)
    if wb.sheetnames != ["Posts", "Changes"]:
        errors.append(f"workbook: sheets {wb.sheetnames}")
    ws = wb["Posts"]
    head = [c.value for c in ws[1]]
    if head != HEAD:
        errors.append(f"workbook: header {head}")
    rows = roster_rows(org)
    if not 20 <= len(rows) <= 28:
        errors.append(f"workbook: {len(rows)} posts (20 to 28)")
    if any(not all(c) for c in rows):
        errors.append("workbook: a post row with an empty cell")
    posts = [c[0] for c in rows]
    if len(set(posts)) != len(posts):
        errors.append("workbook: a post appears twice")
    consult = [c[0] for c in rows if c[3] == "Consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"workbook: consult rows {consult}")
    for c in rows:
        if (c[3] == "Consult") != (c[2] == "Not a company post"):
            errors.append(f"workbook: {c[0]} reports to {c[2]!r}")
    notes = [cells for sheet, cells in _xlsx_rows(org / ROSTER) if sheet == "Posts"]
    if not any("lead no work" in cells[0] for cells in notes if cells[0] not in posts):
        errors.append("workbook: no note row that the consult rows lead no work")
    vacant = [c[0] for c in rows if "vacant since" in c[4].lower()]
    if vacant != ["Head of Site Technology"]:
        errors.append(f"workbook: vacant posts {vacant}")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    raw = path.read_bytes()
    if not raw.startswith(b"%PDF-1.4\n%") or b"ReportLab" in raw:
        errors.append("pdf: header is not a plain %PDF-1.4 with a binary comment")
    reader = PdfReader(str(path))
    info = dict(reader.metadata or {})
    if set(info) != {"/Producer", "/Title"}:
        errors.append(f"pdf: document information {sorted(info)} (Google writes Producer, Title)")
    if not re.fullmatch(r"Skia/PDF m1\d\d", str(info.get("/Producer", ""))):
        errors.append(f"pdf: producer {info.get('/Producer')!r}")
    if info.get("/Title") != gold["deck_title"]:
        errors.append(f"pdf: title {info.get('/Title')!r}")
    if not 18 <= len(reader.pages) <= 24:
        errors.append(f"pdf: {len(reader.pages)} pages (18 to 24)")
    for k, page in enumerate(reader.pages, start=1):
        box = [float(v) for v in page.mediabox]
        if box != [0.0, 0.0, 960.0, 540.0]:
            errors.append(f"pdf: page {k} is {box}")
    pages = deck_lines(path)
    errors += clock_form(pages, gold)
    errors += gold_form(case, pages, gold)
    return errors


def _body(lines: list[str]) -> list[str]:
    """A slide's lines without its footer (which carries the deck's name and year)."""
    return [x for x in lines if not x.startswith("kestle rowe \u00b7")]


def _find(pages: dict[int, list[str]], needle: str) -> list[int]:
    return [n for n, lines in pages.items() if any(needle in x for x in lines)]


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    every = [x for lines in pages.values() for x in lines]
    for said in [
        "operations and technology strategy, fy27 to fy31",
        "our financial year runs from 1 october to 30 september",
        "this plan covers five financial years, fy27 to fy31: 1 october 2026 to 30 september 2031.",
        "h1 is october to march, h2 is april to september",
    ]:
        if not any(said in x for x in every):
            errors.append(f"clock: not stated: {said!r}")
    if gold["horizon_months"] != 60:
        errors.append("clock: five financial years from October 2026 are 60 months")
    expected = [("foundation", 0, 24), ("acceleration", 24, 42), ("scale", 42, 60)]
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != expected:
        errors.append(f"clock: phases {got}")
    named = _find(pages, "three phases, one direction")
    dated = [
        n
        for n, lines in pages.items()
        if any(x.startswith("foundation h1 fy27 h2 fy28") for x in lines)
    ]
    if len(named) != 1 or len(dated) != 1 or named == dated:
        errors.append(f"clock: phases named on {named}, dated on {dated}")
    elif any(re.search(r"\bh[12] fy\d\d\b|20\d\d", x) for x in _body(pages[named[0]])):
        errors.append("clock: the slide that names the phases also dates them")
    if dated and not (
        any("one overlap, and why" in x for x in pages[dated[0]])
        and any("summer" in x for x in pages[dated[0]])
    ):
        errors.append("clock: the overlap is not explained beside the phase dates")
    road = [n for n, lines in pages.items() if "roadmap: fy27 to fy31" in lines]
    if len(road) != 1:
        return errors + [f"clock: roadmap on {road}"]
    rl = _body(pages[road[0]])
    heads = [f"{a} {b}" for a, b in zip(rl, rl[1:], strict=False) if re.fullmatch(r"h[12]", a)]
    if heads != HALVES:
        errors.append(f"clock: roadmap heads {heads}")
    if "fy32+" not in rl or "beyond this plan" not in rl:
        errors.append("clock: no FY32+ column beyond the plan")
    if any(re.search(r"20\d\d|\bm\d\b", x) for x in rl):
        errors.append("clock: a date in the roadmap diagram")
    if "early start" not in rl or not any("not phases" in x for x in rl):
        errors.append("clock: no early-start mark or no 'bars are not phases' legend")
    gate_dated = _find(pages, "21 september 2028")
    criteria = _find(pages, "gate 1: leaving foundation")
    if gate_dated != criteria or len(criteria) != 1:
        errors.append(f"clock: Gate 1 dated on {gate_dated}, criteria on {criteria}")
    if _find(pages, "the pilot runs for six months") != [gold["pilot"]["slide"]]:
        errors.append("clock: the pilot's own length is not on its slide")
    nnl = [n for n, lines in pages.items() if "now / next / later" in lines]
    if len(nnl) != 1 or any(re.search(r"20\d\d|\bfy\d\d\b", x) for x in _body(pages[nnl[0]])):
        errors.append(f"clock: Now / Next / Later slide {nnl} missing or dated")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    if _find(pages, PILOT_FULL) != [pilot["slide"]]:
        errors.append(f"pilot: named in full on {_find(pages, PILOT_FULL)}")
    early = [n for n in _find(pages, PILOT_SHORT) if n < pilot["slide"]]
    if early:
        errors.append(f"pilot: the region named before the pilot slide, on {early}")
    if len(pilot["also_slides"]) < 3 or any(
        any(PILOT_FULL in x for x in pages[n]) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the region alone")
    if len(_find(pages, "not in this plan")) != 1:
        errors.append("scope: no 'not in this plan' list")
    segments = gold["scenario_segments"]
    who = _find(pages, "who this plan is for first")
    if not 3 <= len(segments) <= 4 or len(who) != 1:
        errors.append(f"scenarios: {len(segments)} segments, slide {who}")
    else:
        for seg in segments:
            if not any(alt in x for alt in seg for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on slide {who[0]}")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 6:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    for post, words in KEYWORD_TRAPS.items():
        if post not in posts:
            errors.append(f"keyword trap post missing: {post}")
        for e in owners:
            if post in e["owners"] and any(w in t for t in e["task"] for w in words):
                errors.append(f"keyword trap: {post} owns {e['task']}")
        if not any(any(w in t for t in e["task"] for w in words) for e in owners):
            errors.append(f"keyword trap {post}: no remit entry for {words}")
    every = [x for lines in pages.values() for x in lines]
    for bracket, post in BRACKETS.items():
        line = [x for x in every if bracket in x]
        spelled = bracket.strip("()")
        if len(line) != 1 or post not in posts or any(p.lower() == spelled for p in posts):
            errors.append(f"bracket {bracket}: lines {line}")
        elif not any(any(t in line[0] for t in e["task"]) and post in e["owners"] for e in owners):
            errors.append(f"bracket {bracket}: no remit entry owned by {post}")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 14:
        errors.append(f"{len(gaps)} gaps (8 to 14)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 5 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (five files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if sorted(gold["consult_only_roles"]) != [
        "Chair, Hospital Dietetic Advisory Panel",
        "Chair, National Colleague Council",
    ]:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    for e in gold["accountable"]:
        if e["roles"] != ["Chief Operating Officer"]:
            errors.append(f"accountable: {e['task']} -> {e['roles']}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    blocked = {g for entry in gold["gap_blocks"] for g in entry["gap"]}
    if len(gold["gap_blocks"]) < 6 or not blocked:
        errors.append(f"{len(gold['gap_blocks'])} gap_blocks entries (6 or more)")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_catering_contractor.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev33",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
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
