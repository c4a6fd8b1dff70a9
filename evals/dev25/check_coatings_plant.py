"""Consistency checks of the dev25 case ``coatings-plant`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_coatings_plant.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev25/check_coatings_plant.py
    /tmp/rl/bin/python evals/dev25/check_coatings_plant.py --dump   (deck lines by page, roster)
    /tmp/rl/bin/python evals/dev25/check_coatings_plant.py --org    (roster rows, org sentences)

(``--dump`` and ``--org`` also run under ``.venv/bin/python``; the checks' rebuild does not.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev25``, split "dev25") with
``build_coatings_plant.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; gold
"slide" is the PDF page. The gold's fields are dev13's and ``gap_blocks`` (``evals/cases/
README.md``, "Deck-grounded gold"), which dev13's field list predates: this checker adds that
one field to the shared list and checks it itself.

What is this case's own:

- the roster, read with the standard library's ``csv`` module from ``org/people/plant-roster.csv``
  (decoded as UTF-8 with its byte-order mark): every row under the header Role / Department /
  Shift / Reports to / Remit is a role; the roster has no tier column, so a row whose Department
  is "Consulted only" is consult tier and every other row core;
- org sentences: ``_checks.org_sentences`` with a reader for ``.csv`` (each roster row's cells
  joined by spaces, as ``_checks`` reads a TSV);
- checks of the roster's form (Excel's "CSV UTF-8"): a UTF-8 byte-order mark, CRLF line ends
  only, the header, 18 to 22 roles of five cells, a cell quoted exactly when it holds a comma,
  terse remits (60 characters at most), at least three remits that point to another document
  ("See ...") for roles the gold makes owners, two "Consulted only" rows and they are the
  gold's consult-only roles;
- checks of the deck's form, as LibreOffice Impress exports a 16:9 deck to PDF: 14 to 22 pages
  of 28 x 15.75 cm, Creator "Impress", Producer "LibreOffice 7.x", PDF 1.6 and no "ReportLab"
  in the file; every text object (BT ... ET) holding one line; bold lead-ins and the rest of
  their line as two text objects on one baseline; the page number as each page's last line
  from page 2; the text grids (KPI table, risks, benchmarks): ruled, their header cells read
  one a line; the KPI table's rows holding every KPI vision, each followed by its baseline,
  target and by-when cells, the by-when a calendar quarter ("q3 2031") but for the vague KPI,
  whose cell is a dash; the roadmap's ten calendar quarters Q2 2029 to Q3 2031, its clock line,
  three gates at phase ends (Dec 2029, Dec 2030, Sep 2031) and the gold's phases on it; the
  pilot, Reactor Train 2, in the pilot page's title;
- checks of the gold beyond ``_checks``: 8 to 12 gaps, their sentences in at least three org
  files of three kinds; at least three false-gap groups; 5 to 10 forbidden terms; at least two
  vague visions; at least 12 not-actions that carry a figure and lie on no vision's line (the
  goal-like lines that are not goals); ``remit_owners`` covering every KPI and at least ten
  deck actions; six pairs of near-namesake roles that ``remit_owners`` tells apart;
  ``gap_blocks`` (each gap key inside an org sentence that states a gold gap, each task on a
  deck line, no task both blocked and not blocked).

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
from evals.dev15._checks import Case, gap_block_errors, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "coatings-plant"
ROSTER = Path("people") / "plant-roster.csv"
HEAD = ["Role", "Department", "Shift", "Reports to", "Remit"]
CONSULT_DEPT = "Consulted only"
SIZE = (793.70, 446.46)
KPI_PAGE, ROADMAP_PAGE, PILOT_PAGE = 10, 11, 12
GRIDS = {
    10: ["measure", "baseline 2028", "target", "by"],
    14: ["risk", "likelihood", "impact", "mitigation"],
    18: ["measure", "top quartile", "median", "source"],
}
QUARTERS = [f"q{q} {y}" for y in (2029, 2030, 2031) for q in (1, 2, 3, 4)][1:-1]
NAMESAKES = [
    ("Process Safety Manager", "Process Engineering Manager"),
    ("Operations Manager", "Operations Excellence Lead"),
    ("Quality Manager", "QC Laboratory Supervisor"),
    ("Maintenance Manager", "Reliability and MI Engineer"),
    ("Digital Manufacturing Lead", "IT Site Manager"),
    ("EHS Manager", "Environmental Compliance Specialist"),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def roster_rows(org: Path) -> list[list[str]]:
    text = (org / ROSTER).read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) of every row: consult for the "Consulted only" department, else core."""
    if not (org / ROSTER).is_file():
        return []
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [
        (r[0].strip(), "consult" if r[1].strip() == CONSULT_DEPT else "core")
        for r in rows[1:]
        if r and r[0].strip()
    ]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline="")) if row]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append("roster: no UTF-8 byte-order mark")
    text = raw.decode("utf-8-sig")
    if text.count("\n") != text.count("\r\n") or not text.endswith("\r\n"):
        errors.append("roster: line ends are not all CRLF")
    lines = text.split("\r\n")[:-1]
    rows = roster_rows(org)
    if rows[0] != HEAD:
        errors.append(f"roster: header {rows[0]}")
    if len(lines) != len(rows):
        errors.append("roster: a cell holds a line break")
    for line, row in zip(lines, rows, strict=False):
        if len(row) != 5:
            errors.append(f"roster: {len(row)} cells in {line!r}")
        if sum("," in c for c in row) != line.count('"') // 2:
            errors.append(f"roster: quoting is not minimal in {line!r}")
    found = roster(org)
    if not 18 <= len(found) <= 22:
        errors.append(f"roster: {len(found)} roles (18 to 22)")
    if len({r for r, _ in found}) != len(found):
        errors.append("roster: a role appears twice")
    if not any("," in r for r, _ in found):
        errors.append("roster: no role name with a comma (quoted)")
    long = [r[4] for r in rows[1:] if len(r[4]) > 60]
    if long:
        errors.append(f"roster: remits longer than 60 characters: {long}")
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    pointing = [r[0] for r in rows[1:] if "see " in r[4].lower() and r[0] in owners]
    if len(pointing) < 3:
        errors.append(f"roster: only {pointing} point to another document for their remit")
    consult = sorted(r for r, t in found if t == "consult")
    if consult != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consult rows {consult} are not the gold's consult-only roles")
    return errors


# =========================================================================== the deck's form

BT = re.compile(rb"BT (.*?) ET", re.S)
TM = re.compile(rb"1 0 0 1 ([\d.]+) ([\d.]+) Tm")
FONT = re.compile(rb"/(F\d+)\+0 [\d.]+ Tf")


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    if not raw.startswith(b"%PDF-1.6\n") or b"ReportLab" in raw:
        errors.append("deck: not a PDF 1.6 header, or the file names ReportLab")
    reader = PdfReader(str(deck))
    if not 14 <= len(reader.pages) <= 22:
        errors.append(f"deck: {len(reader.pages)} pages (14 to 22)")
    meta: dict[str, Any] = dict(reader.metadata or {})
    producer = str(meta.get("/Producer", ""))
    if meta.get("/Creator") != "Impress" or not re.fullmatch(r"LibreOffice 7\.\d", producer):
        errors.append(f"deck: creator/producer {meta.get('/Creator')!r}/{producer!r}")
    pairs = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.01 or abs(h - SIZE[1]) > 0.01:
            errors.append(f"deck: page {n} is {w} x {h}, not 28 x 15.75 cm")
        contents = page.get_contents()
        stream = contents.get_data() if contents is not None else b""
        objects = []
        for body in BT.findall(stream):
            shows = len(re.findall(rb"\) ?Tj", body))
            if shows > 1:
                errors.append(f"deck: page {n}: a text object holds {shows} lines")
            tm, font = TM.search(body), FONT.search(body)
            if shows and tm and font:
                objects.append((float(tm.group(1)), float(tm.group(2)), font.group(1)))
        for (x1, y1, f1), (x2, y2, f2) in zip(objects, objects[1:], strict=False):
            if abs(y1 - y2) < 0.01 and x2 > x1 and f1 != f2:
                pairs += 1
    if pairs < 40:
        errors.append(f"deck: only {pairs} runs sharing a baseline in another font")
    pages = deck_lines(deck)
    for n, lines in pages.items():
        if n > 1 and (not lines or lines[-1] != str(n)):
            errors.append(f"deck: page {n}: the page number is not its last line")

    # the text grids
    for n, head in GRIDS.items():
        lines = pages.get(n, [])
        at = [i for i in range(len(lines)) if lines[i : i + len(head)] == head]
        if len(at) != 1:
            errors.append(f"deck: page {n}: no grid header {head} read one cell a line")
    # the KPI table
    kpi = pages.get(KPI_PAGE, [])
    vague = {v["match"] for v in gold["visions"] if v["vague"]}
    for v in gold["visions"]:
        if v["slide"] != KPI_PAGE:
            continue
        at = [i for i, x in enumerate(kpi) if x.startswith(v["match"])]
        if len(at) != 1 or at[0] + 3 >= len(kpi):
            errors.append(f"deck: KPI {v['match']!r} is not one row of the table")
            continue
        by = kpi[at[0] + 3]
        if v["match"] in vague:
            if by != "-":
                errors.append(f"deck: vague KPI {v['match']!r} has a by-when {by!r}")
        elif not re.search(r"\bq[1-4] 20\d\d$", by):
            errors.append(f"deck: KPI {v['match']!r}: by-when {by!r} is no calendar quarter")
    kpi_visions = [v for v in gold["visions"] if v["slide"] == KPI_PAGE]
    if len(kpi_visions) != len(gold["kpis"]):
        errors.append(f"deck: {len(kpi_visions)} KPI rows, {len(gold['kpis'])} KPIs")
    # the roadmap
    road = pages.get(ROADMAP_PAGE, [])
    if [x for x in road if re.fullmatch(r"q[1-4] 20\d\d", x)] != QUARTERS:
        errors.append("deck: the roadmap's quarters are not Q2 2029 to Q3 2031")
    if "calendar quarters · month 0 = april 2029" not in road:
        errors.append("deck: the roadmap does not state its clock")
    gates = [x for x in road if x.startswith("gate ")]
    if [g.split(" · ")[1] for g in gates] != ["dec 2029", "dec 2030", "sep 2031"]:
        errors.append(f"deck: roadmap gates {gates}")
    months = {"dec 2029": 9, "dec 2030": 21, "sep 2031": 30}
    ends = [ph["end_month"] for ph in gold["phases"]]
    if [months.get(g.split(" · ")[1]) for g in gates] != ends:
        errors.append(f"deck: gates {gates} are not at the phase ends {ends}")
    for ph in gold["phases"]:
        if not all(any(m in x for x in road) for m in ph["match"]):
            errors.append(f"deck: phase not on the roadmap: {ph['match']}")
    title = pages.get(PILOT_PAGE, [""] * 3)
    if not any(x == "pilot: reactor train 2" for x in title[:3]):
        errors.append("deck: the pilot page's title does not name Reactor Train 2")
    if gold["pilot"]["slide"] != PILOT_PAGE:
        errors.append("gold: the pilot's slide is not the pilot page")
    return errors


# =========================================================================== the gold's own rules


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read by the same readers, one file at a time."""
    return sentences_by_file(org, sentences, keep_folders=False)


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]

    if not 8 <= len(gold["gaps"]) <= 12:
        errors.append(f"gold: {len(gold['gaps'])} gaps (8 to 12)")
    per_file = _file_sentences(org)
    files = {
        name
        for name, ss in per_file.items()
        for gap in gold["gaps"]
        for alt in gap
        if any(alt in s for s in ss)
    }
    kinds = {Path(f).suffix for f in files}
    if len(files) < 3 or len(kinds) < 3:
        errors.append(f"gold: gaps stated in {sorted(files)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 3:
        errors.append("gold: fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")

    # goal-like lines that are not goals: a figure, on no vision's line
    vision_lines = {
        x
        for v in gold["visions"]
        for x in pages.get(v["slide"], [])
        if v["match"] in x or any(a in x for a in v.get("alternatives", []))
    }
    lookalikes = [
        t
        for t in gold["not_actions"]
        if re.search(r"\d", t) and not any(t in x for x in vision_lines)
    ]
    if len(lookalikes) < 12:
        errors.append(f"gold: only {len(lookalikes)} goal-like not-actions with a figure")
    if len(lookalikes) <= len([v for v in gold["visions"] if not v["vague"]]):
        errors.append("gold: the goal-like lines are not more than the real goals")

    # owners by remit
    keys = [k for e in gold["remit_owners"] for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")
    covered = [a for a in gold["deck_actions"] if any(k in m for m in a["match"] for k in keys)]
    if len(covered) < 10:
        errors.append(f"gold: remit_owners cover {len(covered)} deck actions (at least 10)")
    roles = {r for r, _ in roster(org)}
    for a, b in NAMESAKES:
        if a not in roles or b not in roles:
            errors.append(f"gold: near-namesakes {a!r} / {b!r} not both on the roster")
        told = any(
            (a in e["owners"]) != (b in e["owners"])
            for e in gold["remit_owners"]
            if a in e["owners"] or b in e["owners"]
        )
        if not told:
            errors.append(f"gold: remit_owners never tell {a!r} from {b!r}")

    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_coatings_plant.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev25",
)


def dump_org() -> None:
    """The roster's rows, cell by cell, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
