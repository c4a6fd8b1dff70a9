"""Consistency checks of the dev37 case ``bakery-oee`` against its deck and org folder.

Run from the repository root with a Python that has reportlab (the builder needs it, and the
shared checks rebuild the case with the interpreter that runs this file), openpyxl,
python-docx, python-pptx, pypdf and lxml; the writer used ``/tmp/rl35b/bin/python``:

    /tmp/rl35b/bin/python evals/dev37/check_bakery_oee.py

(``--dump`` prints the deck lines the gold was read from, page by page, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev37``, split "dev37") with
``build_bakery_oee.py`` as the builder, which the shared checks run into a temporary folder
and compare byte for byte. The deck is read with dev13's ``deck_lines`` (pypdf's text, one
line per text run). What is this case's own:

- the roster, read with openpyxl from ``org/people/operations-positions-export.xlsx`` (sheet
  "Positions": Position / Department / Site / Reports to / Responsibilities / Programme role);
  the tier is the Programme role in lower case ("core", "informed", "consulted");
- org sentences: ``_checks.org_sentences`` with an XLSX reader (every row of every sheet, its
  cells joined by spaces) and a CSV reader (every row, its cells joined by spaces);
- the deck's form as PowerPoint for Windows exports it (Producer and Creator, 960 x 540 pt,
  16 to 20 pages, a PDF 1.7 header, page numbers), the clock (phases named undated on the
  strategy page and dated on the roadmap's month columns, a "Later" column after the last
  month, the 12-week contract, the gate dated only in its criteria, workstream rows), the
  pilot named in full once, the scope page and the gold's own spread (actions in several
  forms, near-namesakes told apart, gaps across files of several forms, ``gap_blocks``).

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
NAME = "bakery-oee"
ROSTER = Path("people") / "operations-positions-export.xlsx"
HEAD = ["Position", "Department", "Site", "Reports to", "Responsibilities", "Programme role"]
PPT = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
MONTHS = [
    f"{m}-{y}"
    for y in ("28", "29")
    for m in ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
][:18]
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b|\b20\d\d\b|\b[a-z]{3}-\d\d\b"
)
PHASES = ["stabilise", "standardise", "scale"]
ACTION_FORMS = {
    6: "pilot steps",
    7: "pillar",
    8: "pillar",
    9: "pillar",
    10: "pillar",
    13: "rollout steps",
    14: "gate criteria",
    15: "risk mitigations",
    16: "first 90 days",
}
GRADE = {"head", "of", "and", "the", "manager", "director", "lead", "chief", "executive"}
GRADE |= {"senior", "representative", "committee", "joint", "operations", "group"}


# =========================================================================== the org folder


def xlsx_rows(path: Path) -> list[list[str]]:
    wb = load_workbook(path, read_only=True)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if any(cells):
                rows.append(cells)
    wb.close()
    return rows


def xlsx_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in xlsx_rows(path)]


def csv_parts(path: Path) -> list[str]:
    return [" ".join(row) for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8")))]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": xlsx_parts, ".csv": csv_parts})


def roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    wb = load_workbook(path, read_only=True)
    rows = [
        ["" if v is None else str(v) for v in row]
        for row in wb["Positions"].iter_rows(values_only=True)
    ]
    wb.close()
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    return [(r[0].strip(), r[5].strip().lower()) for r in rows[1:] if r and r[0]]


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return [f"roster: header {rows[:1]}"]
    body = rows[1:]
    if not 18 <= len(body) <= 24:
        errors.append(f"roster: {len(body)} positions (18 to 24)")
    if any(len(r) != 6 or not all(r) for r in body):
        errors.append("roster: a row without six filled cells")
    tiers = [t for _, t in roster(org)]
    if set(tiers) != {"core", "informed", "consulted"}:
        errors.append(f"roster: tiers {sorted(set(tiers))}")
    consult = [p for p, t in roster(org) if t == "consulted"]
    if sorted(consult) != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consulted rows {consult}")
    vacant = [r[0] for r in body if r[4].startswith("Vacant")]
    if vacant != ["Continuous Improvement Manager"]:
        errors.append(f"roster: vacant posts {vacant}")
    posts = [r[0] for r in body]
    for a, b in [
        ("Technical Services Manager", "Group Technical Manager"),
        ("Customer Service Manager", "Customer Account Manager, Bramwells"),
        ("Health and Safety Manager", "Joint Health and Safety Committee"),
    ]:
        if a not in posts or b not in posts:
            errors.append(f"roster: near-namesakes {a!r} / {b!r} missing")
    return errors


# =========================================================================== the deck


def deck_form(case: Path, gold: dict[str, Any], pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    raw = path.read_bytes()
    if not raw.startswith(b"%PDF-1.7"):
        errors.append("deck: not a PDF 1.7 header")
    reader = PdfReader(str(path))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Producer") != PPT or meta.get("/Creator") != PPT:
        errors.append(f"deck: producer/creator {meta.get('/Producer')!r} {meta.get('/Creator')!r}")
    if not str(meta.get("/CreationDate", "")).startswith("D:2027"):
        errors.append("deck: no fixed 2027 creation date")
    if not 16 <= len(reader.pages) <= 20:
        errors.append(f"deck: {len(reader.pages)} pages (16 to 20)")
    for n, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        if (float(box.width), float(box.height)) != (960.0, 540.0):
            errors.append(f"deck: page {n} is not 960 x 540 pt")
        if n > 1 and str(n) not in pages[n]:
            errors.append(f"deck: page {n} has no page number")
    return errors


def _find(pages: dict[int, list[str]], text: str) -> list[int]:
    return [n for n, lines in pages.items() if any(text in x for x in lines)]


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    if gold["horizon_months"] != 18:
        errors.append("clock: January 2028 to June 2029 is 18 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != [("stabilise", 0, 4), ("standardise", 4, 12), ("scale", 12, 18)]:
        errors.append(f"clock: phases {got}")
    strategy = [n for n, lines in pages.items() if "how we will get there: three phases" in lines]
    roadmap = [n for n, lines in pages.items() if "jan-28" in lines]
    if len(strategy) != 1 or len(roadmap) != 1:
        return errors + [f"clock: strategy pages {strategy}, roadmap pages {roadmap}"]
    sn, rn = strategy[0], roadmap[0]
    if [x for x in pages[sn] if x in PHASES] != PHASES:
        errors.append("clock: the three phases are not named on the strategy page")
    if [x for x in pages[sn] if MONTH.search(x)]:
        errors.append("clock: a date on the strategy page (phases must be dated on the roadmap)")
    lines = pages[rn]
    months = [x for x in lines if re.fullmatch(r"[a-z]{3}-\d\d", x)]
    if months != MONTHS:
        errors.append(f"clock: roadmap month columns {months}")
    quarters = [x for x in lines if re.fullmatch(r"q\d 20\d\d", x)]
    if len(quarters) != 6:
        errors.append(f"clock: quarter heads {quarters}")
    if "later" not in lines or lines.index("later") != lines.index("jun-29") + 1:
        errors.append("clock: no 'Later' column after the last month")
    if [x for x in lines if x in PHASES] != PHASES:
        errors.append("clock: the phases are not filled cells of the roadmap")
    for stream in ["people", "equipment", "data", "food safety"]:
        if stream not in lines:
            errors.append(f"clock: no workstream row {stream!r}")
    if not any("12-week" in x for n in _find(pages, "12-week") for x in pages[n]):
        errors.append("clock: no 12-week contract")
    gate2 = [x for lines_ in pages.values() for x in lines_ if x.startswith("gate 2")]
    if not gate2 or any(MONTH.search(x) for x in gate2):
        errors.append(f"clock: gate 2 should be dated only by its criteria {gate2}")
    if not any("holds 75% oee for eight weeks" in x for x in gate2):
        errors.append("clock: gate 2's criterion is not on its line")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = _find(pages, "line 3, the bread line at cottesby bakery")
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on pages {full}")
    early = [n for n in _find(pages, "line 3") if n < pilot["slide"]]
    if early:
        errors.append(f"pilot: Line 3 named before the pilot page, on {early}")
    if len(pilot["also_slides"]) < 4 or any(
        any("the bread line at cottesby" in x for x in pages[n]) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later pages should name the line alone")
    scope = _find(pages, "not in this plan")
    if len(scope) != 1:
        return errors + ["scope: no 'Not in this plan' page"]
    if _find(pages, "wetherden bakery is not in stabilise") != scope:
        errors.append("scope: Wetherden is not left out of the first phase on the scope page")
    for seg in gold["scenario_segments"]:
        if not any(alt in x for alt in seg for x in pages[scope[0]]):
            errors.append(f"scenarios: {seg} not on page {scope[0]}")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    pairs = namesakes_told_apart(gold["roster"], gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    for task, wrong in [
        ("change request", "Customer Account Manager, Bramwells"),
        ("plc downtime codes", "Group Technical Manager"),
        ("tablet sign-off", "Technical Services Manager"),
        ("short-dated complaint", "Customer Account Manager, Bramwells"),
        ("train 120 line operators", "Head of People"),
        ("smed workshops", "Continuous Improvement Manager"),
    ]:
        hit = [e for e in owners if task in e["task"]]
        if not hit or any(wrong in e["owners"] for e in hit):
            errors.append(f"remit: {task!r} must not go to {wrong!r}")
    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (6 to 12)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 5 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (five files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    if [e["roles"] for e in gold["accountable"]] != [["Operations Director"]] * len(
        gold["accountable"]
    ):
        errors.append("accountable: every governance decision is the Operations Director's")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return (
        roster_form(case / "org", gold)
        + deck_form(case, gold, pages)
        + clock_form(pages, gold)
        + gold_form(case, pages, gold)
        + blocks
    )


CASE = Case(
    name=NAME,
    builder="build_bakery_oee.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consulted"}),
    extra=extra,
    folder=HERE,
    split="dev37",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
