"""Consistency checks of the dev36 case ``mining-safety`` against its deck and org folder.

Run from the repository root with a Python that has reportlab (the builder needs it),
python-pptx, python-docx, openpyxl and pypdf; on the development machine:

    /tmp/rl35b/bin/python evals/dev36/check_mining_safety.py

(``--dump`` prints the deck lines the gold was read from, page by page, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev36``, split "dev36") with
``build_mining_safety.py`` as the builder, which the shared checks run into a temporary folder
and compare byte for byte. The deck is a PDF, read with dev13's ``deck_lines`` (pypdf's text of
each page, one line per line). What is this case's own:

- the roster, read from ``org/people/position-register-export.csv`` (a position register
  exported as CSV with a byte-order mark and CRLF line ends: Position No / Position title /
  Site / Reports to / Incumbent status / Programme role / Accountabilities); the tier is the
  Programme role in lower case ("core", "extended" or "consult");
- org sentences: ``_checks.org_sentences`` with a CSV reader (each row's cells joined by
  spaces) and an XLSX reader (each row of each sheet, its filled cells joined by spaces);
- checks of the deck's form as PowerPoint for Mac exports it through Quartz (document
  information of five keys only, 960 x 540 pt pages, 16 to 20 of them, text set word by word);
- checks of the deck's clock (waves named on one page and dated in programme months on
  another, "Month 0 is July 2027" said once, fiscal quarters on the roadmap with a "Beyond
  FY30" column, gate 1 dated only by its criteria, the OEM agreement running past the horizon)
  and of the gold's phases and horizon against it;
- checks of the gold's spread: the pilot named in full once, deck actions in several forms,
  remit owners with near-namesakes told apart, consult-only roles, gaps across org files of
  different forms, ``gap_blocks``, vague and executable visions.

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
NAME = "mining-safety"
ROSTER = Path("people") / "position-register-export.csv"
HEAD = [
    "Position No",
    "Position title",
    "Site",
    "Reports to",
    "Incumbent status",
    "Programme role",
    "Accountabilities",
]
INFO = {
    "/Title": "Haul Safe Run Reliable - Board paper 24 June 2027",
    "/Producer": "macOS Version 14.5 (Build 23F79) Quartz PDFContext",
    "/Creator": "Microsoft PowerPoint",
    "/CreationDate": "D:20270612063418Z00'00'",
    "/ModDate": "D:20270612063418Z00'00'",
}
WAVES = ["wave 1: make it safe", "wave 2: make it reliable", "wave 3: make it smart"]
MONTHS = re.compile(r"\bm\d{1,2}\s*-\s*m\d{1,2}\b")
PHASES = [("wave 1", 0, 10), ("wave 2", 10, 24), ("wave 3", 24, 36)]  # match[0] of each
ACTION_FORMS = {
    6: "pillar",
    7: "pillar",
    8: "pillar",
    10: "pilot steps",
    13: "gate criteria",
    14: "first 90 days",
    15: "risk mitigations",
}
GRADE = {"head", "of", "and", "the", "manager", "lead", "chief", "officer", "general"}
GRADE |= {"superintendent", "chair", "site", "elected"}


# =========================================================================== org readers


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def csv_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in _csv_rows(path)[1:]]


def xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(c) for c in row if c not in (None, "")]
            if cells:
                out.append(" ".join(cells))
    return out


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": csv_parts, ".xlsx": xlsx_parts})


def roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = _csv_rows(path)
    return [r for r in rows[1:] if r]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[1], r[5].strip().lower()) for r in roster_rows(org)]


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf") or b"\r\n" not in raw:
        errors.append("roster: not a CSV export with a byte-order mark and CRLF line ends")
    rows = _csv_rows(org / ROSTER)
    if rows[0] != HEAD:
        errors.append(f"roster: header {rows[0]}")
    body = roster_rows(org)
    if not 18 <= len(body) <= 26 or any(len(r) != 7 or not all(r) for r in body):
        errors.append(f"roster: {len(body)} rows or a row without seven filled cells")
    titles = [r[1] for r in body]
    if len(set(titles)) != len(titles):
        errors.append("roster: a title appears twice")
    if {r[5] for r in body} != {"Core", "Extended", "Consult"}:
        errors.append(f"roster: programme roles {sorted({r[5] for r in body})}")
    consult = [r[1] for r in body if r[5] == "Consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consult rows {consult}")
    vacant = [r for r in body if r[4].startswith("Vacant")]
    if len(vacant) != 1 or vacant[0][5] == "Core":
        errors.append("roster: no single vacant post outside the core")
    for a, b in [
        ("Maintenance Superintendent", "Maintenance Planning Superintendent"),
        ("Fleet Asset Manager", "Fleet Systems Superintendent"),
    ]:
        if a not in titles or b not in titles:
            errors.append(f"roster: near-namesakes {a} / {b} missing")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    raw = path.read_bytes()
    reader = PdfReader(str(path))
    meta = reader.trailer["/Info"].get_object()
    assert isinstance(meta, dict)
    info = {k: str(v) for k, v in meta.items()}
    if info != INFO:
        errors.append(f"pdf: document information {info}")
    if not 16 <= len(reader.pages) <= 20:
        errors.append(f"pdf: {len(reader.pages)} pages (16 to 20)")
    for n, page in enumerate(reader.pages, start=1):
        box = [float(v) for v in page.mediabox]
        if box != [0.0, 0.0, 960.0, 540.0]:
            errors.append(f"pdf: page {n} is {box}, not 960 x 540")
        content = page.get_contents()
        data = content.get_data() if content is not None else b""
        words = len((page.extract_text() or "").split())
        if data.count(b"BT") < words * 0.9:
            errors.append(f"pdf: page {n} not set word by word")
    if b"/FlateDecode" not in raw:
        errors.append("pdf: page streams not compressed")
    pages = deck_lines(path)
    errors += clock_form(pages, gold)
    errors += gold_form(case, pages, gold)
    return errors


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    named = [n for n, lines in pages.items() if all(any(w in x for x in lines) for w in WAVES)]
    dated = [n for n, lines in pages.items() if any(MONTHS.search(x) for x in lines)]
    if len(named) != 1 or len(dated) != 1 or named == dated:
        errors.append(f"clock: waves named on {named}, dated in programme months on {dated}")
    else:
        if any(MONTHS.search(x) or re.search(r"\b20\d\d\b", x) for x in pages[named[0]]):
            errors.append("clock: the waves' page carries dates")
        if any(w in x for w in WAVES for x in pages[dated[0]]):
            errors.append("clock: the dates page repeats the waves' names")
    start = [n for n, lines in pages.items() for x in lines if "month 0 is july 2027" in x]
    if start != dated:
        errors.append(f"clock: 'Month 0 is July 2027' on {start}, not once on the dates page")
    every = [x for lines in pages.values() for x in lines]
    road = [n for n, lines in pages.items() if any("beyond fy30" in x for x in lines)]
    if not any(len(re.findall(r"\bq[1-4]\b", x)) == 12 for n in road for x in pages[n]):
        errors.append("clock: no roadmap of twelve fiscal quarters with a Beyond FY30 column")
    gate = [x for x in every if "90 days without a high-potential incident" in x]
    if len(gate) != 1 or re.search(r"\b20\d\d\b|\bm\d", gate[0]):
        errors.append("clock: gate 1 is not dated only by its criteria")
    if not any("1 october 2027 to 30 september 2032" in x for x in every):
        errors.append("clock: the five-year OEM agreement is not stated")
    if gold["horizon_months"] != 36:
        errors.append("clock: FY28 to FY30 is 36 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != PHASES:
        errors.append(f"clock: phases {got}")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [n for n, lines in pages.items() if any("kelbarra north pit" in x for x in lines)]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on pages {full}")
    if len(pilot["also_slides"]) < 3 or any(n <= pilot["slide"] for n in pilot["also_slides"]):
        errors.append("pilot: fewer than three later pages name it short")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    if len(gold["not_actions"]) < 8:
        errors.append("fewer than eight not-actions")
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(gold["roster"], gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 14:
        errors.append(f"{len(gaps)} gaps (6 to 14)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 4 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (four files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 3 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    segs = gold["scenario_segments"]
    scope = [n for n, lines in pages.items() if "in wave 1" in lines and "not in wave 1" in lines]
    if len(scope) != 1 or not 3 <= len(segs) <= 5:
        errors.append(f"scenarios: scope page {scope}, {len(segs)} segments")
    else:
        for seg in segs:
            if not any(alt in x for alt in seg for x in pages[scope[0]]):
                errors.append(f"scenarios: {seg} not on the scope page")
        if any("marlee" in alt for seg in segs for alt in seg):
            errors.append("scenarios: Marlee Downs is out of Wave 1")
    if gold["domain"] != "operations" or gold["needs_sponsor_gap"] is not False:
        errors.append("domain or sponsor flag")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_mining_safety.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev36",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for r in roster_rows(org):
        print("  " + " | ".join(r))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
