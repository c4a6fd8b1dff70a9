"""Consistency checks of the dev37 case ``kerbside-parking`` against its deck and org folder.

Run from the repository root with a Python that has reportlab (the checker rebuilds the deck
with its own interpreter), pypdf, python-docx and python-pptx; on the development machine:

    /tmp/rl35b/bin/python evals/dev37/check_kerbside_parking.py

(``--dump`` prints the deck lines the gold was read from, page by page, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev37``, split "dev37") with
``build_kerbside_parking.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is read with dev13's ``deck_lines`` (pypdf's text
of each page, one line per line). What is this case's own:

- the roster, read from ``org/people/hr-export-kerbside-posts.csv`` (an HR system's export):
  each row's "Job title" is a post and its "Programme role" the tier ("core" or "consulted");
- org sentences: ``_checks.org_sentences`` with a CSV reader added (each row's cells joined
  by spaces, the header left out);
- checks of the export's form (the "Job title" and "Main duties" columns, a vacant post, the
  Parking Services Manager who does not make traffic orders, one consulted non-employee);
- checks of the deck's form as Canva exports it (document information, page size 1440 x 810
  pt, each word at its own text position), of its clock (the start said once, the stage names
  on one page and the calendar-year columns with "Beyond 2030" on the roadmap, the workstream
  bars, the gate dated only by the Cabinet Member's meeting, the contract's five years), its
  pilot (named in full once, later by its letter) and its scenarios;
- checks of the gold's own spread: deck actions in several forms, remit owners and the
  keyword traps, near-namesakes told apart, gaps across org files of different forms.

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

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "kerbside-parking"
EXPORT = Path("people") / "hr-export-kerbside-posts.csv"
STAGES = ["year 1: fix the basics", "year 2: make space", "year 3: keep it moving"]
COLUMNS = ["2028", "2029", "2030", "beyond 2030"]
BARS = ["permits", "enforcement", "kerb space", "data"]
GRADE = {
    "head",
    "of",
    "and",
    "the",
    "manager",
    "director",
    "assistant",
    "lead",
    "chair",
    "officer",
    "team",
    "leader",
    "senior",
    "business",
    "partner",
}
ACTION_FORMS = {
    6: "pillar",
    7: "pillar",
    8: "pillar",
    9: "pillar",
    11: "pilot steps",
    13: "gate criteria",
    14: "risk mitigations",
    15: "first 90 days",
}


# =========================================================================== the HR export


def export_rows(org: Path) -> list[dict[str, str]]:
    path = org / EXPORT
    if not path.is_file():
        return []
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r["Job title"], r["Programme role"].strip().lower()) for r in export_rows(org)]


def csv_parts(path: Path) -> list[str]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    return [" ".join(c for c in row if c) for row in rows[1:]]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    rows = export_rows(org)
    if not rows or not {"Job title", "Main duties"} <= set(rows[0]):
        return ["export: no 'Job title' and 'Main duties' columns"]
    if not 15 <= len(rows) <= 22:
        errors.append(f"export: {len(rows)} posts (15 to 22)")
    titles = [r["Job title"] for r in rows]
    if len(set(titles)) != len(titles):
        errors.append("export: a job title appears twice")
    if not any(r["Post holder"] == "VACANT" and "Vacant since" in r["Notes"] for r in rows):
        errors.append("export: no vacant post")
    psm = [r for r in rows if r["Job title"] == "Parking Services Manager"]
    if len(psm) != 1 or "Does not make traffic orders" not in psm[0]["Main duties"]:
        errors.append("export: no Parking Services Manager who does not make traffic orders")
    consulted = [t for t, tier in roster(org) if tier == "consulted"]
    if consulted != gold["consult_only_roles"]:
        errors.append(f"export: consulted rows {consulted}")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    reader = PdfReader(str(deck))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if (meta.get("/Producer"), meta.get("/Creator"), meta.get("/Title")) != (
        "Canva",
        "Canva",
        gold["deck_title"],
    ):
        errors.append(f"pdf: document information {dict(meta)}")
    if b"ReportLab" in raw or not raw.startswith(b"%PDF-1.4"):
        errors.append("pdf: header is not as Canva writes it")
    if not 16 <= len(reader.pages) <= 20:
        errors.append(f"pdf: {len(reader.pages)} pages (16 to 20)")
    for k, page in enumerate(reader.pages, start=1):
        box = [float(v) for v in page.mediabox]
        if box != [0, 0, 1440, 810]:
            errors.append(f"pdf: page {k} is {box}, not 1920 x 1080 px at 0.75 pt")
    # each word at its own position: as many text matrices as words in a text object
    stream = b"".join(
        c.get_data() for page in reader.pages if (c := page.get_contents()) is not None
    )
    objs = re.findall(rb"BT(.*?)ET", stream, re.S)
    if not objs or any(o.count(b" Tm") != o.count(b"Tj") for o in objs):
        errors.append("pdf: words are not each placed on their own")
    pages = deck_lines(deck)
    errors += clock_form(pages, gold)
    errors += gold_form(case, pages, gold)
    return errors


def _pages_with(pages: dict[int, list[str]], text: str) -> list[int]:
    return [n for n, lines in pages.items() if any(text in x for x in lines)]


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    if _pages_with(pages, "from january 2028") != [4]:
        errors.append(f"clock: 'from january 2028' on {_pages_with(pages, 'from january 2028')}")
    named = {n for s in STAGES for n in _pages_with(pages, s)}
    if named != {4}:
        errors.append(f"clock: the stage names on pages {sorted(named)}")
    # pypdf joins the column heads, each its own text object on one baseline, into one line
    road = [n for n, lines in pages.items() if " ".join(COLUMNS) in lines]
    if len(road) != 1:
        return errors + [f"clock: calendar-year columns on pages {road}"]
    rn = road[0]
    lines = pages[rn]
    if any(s in x for s in STAGES for x in lines):
        errors.append("clock: the roadmap names the stages with their Year numbers")
    if " ".join(s.split(": ")[1] for s in STAGES) not in lines:
        errors.append("clock: the roadmap does not label its columns with the stages' names")
    if not all(b in lines for b in BARS):
        errors.append(f"clock: workstream lanes {BARS} not all on the roadmap")
    if not any("five-year contract" in x for x in lines):
        errors.append("clock: the pay-by-phone contract's own length is not on the roadmap")
    gate = _pages_with(pages, "zone f go/no-go")
    dated = _pages_with(pages, "cabinet member decision meeting of")
    if rn not in gate or len(dated) != 1 or dated[0] == rn:
        errors.append(f"clock: gate on {gate}, dated by the meeting on {dated}")
    if gold["horizon_months"] != 36:
        errors.append("clock: three calendar years from January 2028 are 36 months")
    got = [(p["match"][0], p["start_month"], p["end_month"]) for p in gold["phases"]]
    if got != [(STAGES[0], 0, 12), (STAGES[1], 12, 24), (STAGES[2], 24, 36)]:
        errors.append(f"clock: phases {got}")
    for p in gold["phases"]:
        if any(m in BARS or m in COLUMNS for m in p["match"]):
            errors.append(f"clock: a phase matched by a bar or a column: {p['match']}")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = _pages_with(pages, "zone f around chandos street and the station")
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on pages {full}")
    early = [n for n in _pages_with(pages, "zone f") if n < pilot["slide"]]
    if early:
        errors.append(f"pilot: Zone F named before its page, on {early}")
    if len(pilot["also_slides"]) < 3 or pilot["match"] != ["zone f"]:
        errors.append(f"pilot: {pilot}")
    who = _pages_with(pages, "who this plan is for first")
    segments = gold["scenario_segments"]
    if len(who) != 1 or len(segments) != 3:
        errors.append(f"scenarios: {len(segments)} segments, page {who}")
    else:
        for seg in segments:
            if not any(alt in x for alt in seg for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on page {who[0]}")
            if any("coach" in alt for alt in seg):
                errors.append("scenarios: the later group (coach operators) is a segment")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    trap = [e for e in owners if any("traffic order" in t for t in e["task"])]
    if not trap or any("Parking Services Manager" in e["owners"] for e in trap):
        errors.append("keyword trap: traffic order work given to the Parking Services Manager")
    train = [e for e in owners if any("train every civil enforcement" in t for t in e["task"])]
    if not train or any("Learning and Development Business Partner" in e["owners"] for e in train):
        errors.append("keyword trap: officers' training given to Learning and Development")
    vacant = [r["Job title"] for r in export_rows(case / "org") if r["Post holder"] == "VACANT"]
    if any(v in e["owners"] for v in vacant for e in owners):
        errors.append(f"a vacant post owns work: {vacant}")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 13:
        errors.append(f"{len(gaps)} gaps (8 to 13)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 4 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (four files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_kerbside_parking.py",
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
    print(f"##### {NAME}: roster rows ({EXPORT})")
    for r in export_rows(org):
        print(f"  [{r['Programme role']}] {r['Job title']} | {r['Main duties']} | {r['Notes']}")
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
