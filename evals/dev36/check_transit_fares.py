"""Consistency checks of the dev36 case ``transit-fares`` against its deck and org folder.

Run from the repository root with a Python that has reportlab (the builder needs it, and the
checks rebuild the case), python-pptx, python-docx, pypdf, lxml and openpyxl
(``/tmp/rl35b/bin/python`` on the development machine):

    /tmp/rl35b/bin/python evals/dev36/check_transit_fares.py

(``--dump`` prints the deck lines the gold was read from, page by page, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev36``, split "dev36") with
``build_transit_fares.py`` as the builder, which the shared checks run into a temporary folder
and compare byte for byte. The deck is read with dev13's ``deck_lines`` (pypdf's text, one
line per text line). What is this case's own:

- the roster, read from ``org/people/fare-forward-positions.xlsx`` with openpyxl: sheet
  "Positions", one row per position (Position No. / Position title / Department / Reports to /
  Status / Program role / Duties); the tier is the "Program role" cell in lower case ("core" or
  "consult only");
- org sentences: ``_checks.org_sentences`` with an XLSX reader added (each row's cells joined
  by spaces, every sheet);
- checks of the deck's form as LibreOffice Impress 7.6 exports a 4:3 deck (``%PDF-1.6``,
  Creator "Impress", Producer "LibreOffice 7.6", 28 x 21 cm pages, 16 to 20 pages), of its
  clock (releases named undated on one page and dated only in fiscal quarters on another, the
  fiscal year stated once, a "Future" column outside the plan, Gate B dated only by its
  criteria, the vendor's seven-year term and the pilot's 12 weeks as clocks that are not the
  plan's, workstream bars that are not releases), its pilot (named in full once, then by the
  route number alone), and the gold's spread (action forms, remit traps, gaps across files).

It never runs the planner.
"""

from __future__ import annotations

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
NAME = "transit-fares"
ROSTER = Path("people") / "fare-forward-positions.xlsx"
HEAD = [
    "Position No.",
    "Position title",
    "Department",
    "Reports to",
    "Status",
    "Program role",
    "Duties",
]
RELEASES = [
    "release 0: groundwork",
    "release 1: tap to ride",
    "release 2: fare capping",
    "release 3: accounts and passes",
]
FISCAL = re.compile(r"\bfy\d\d q[1-4]\b")
MONTHS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b"
)
ACTION_FORMS = {
    6: "pillar initiatives",
    7: "pillar initiatives",
    8: "ordered steps",
    13: "pilot steps",
    14: "gate criteria",
    15: "risk mitigations",
    16: "first 90 days",
}
FOOTER = "tessaly transit \u00b7 fare forward \u00b7"
GRADE = {"of", "and", "the", "manager", "director", "chief", "officer", "chair", "general"}


# =========================================================================== the XLSX roster


def xlsx_rows(path: Path) -> list[list[str]]:
    wb = load_workbook(path, read_only=True)
    rows: list[list[str]] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = ["" if c is None else str(c) for c in row]
            if any(cells):
                rows.append(cells)
    wb.close()
    return rows


def xlsx_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in xlsx_rows(path) if row != HEAD]


def roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    wb = load_workbook(path, read_only=True)
    rows = [
        ["" if c is None else str(c) for c in r]
        for r in wb["Positions"].iter_rows(values_only=True)
    ]
    wb.close()
    return [r for r in rows if r != HEAD and any(r)]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[1], r[5].lower()) for r in roster_rows(org)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": xlsx_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    wb = load_workbook(org / ROSTER, read_only=True)
    if wb.sheetnames != ["Positions", "Export notes"]:
        errors.append(f"roster: sheets {wb.sheetnames}")
    head = [c for c in next(wb["Positions"].iter_rows(values_only=True))]
    wb.close()
    if head != HEAD:
        errors.append(f"roster: header {head}")
    rows = roster_rows(org)
    if not 18 <= len(rows) <= 22:
        errors.append(f"roster: {len(rows)} positions (18 to 22)")
    tiers = {r[5] for r in rows}
    if tiers != {"Core", "Consult only"}:
        errors.append(f"roster: program roles {tiers}")
    vacant = [r[1] for r in rows if r[4] == "Vacant"]
    if vacant != ["Fare Policy Manager"]:
        errors.append(f"roster: vacant posts {vacant}")
    duties = {r[1]: r[6].lower() for r in rows}
    if "fare policy" in duties.get("Revenue Operations Manager", "x"):
        errors.append("roster: the Revenue Operations Manager's duties name fare policy")
    if "fare policy" not in duties.get("Budget Director", ""):
        errors.append("roster: no acting lead for fare policy")
    return errors


# =========================================================================== the deck


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    if not raw.startswith(b"%PDF-1.6"):
        errors.append("deck: not PDF 1.6 as LibreOffice 7.6 writes it")
    reader = PdfReader(str(deck))
    info: dict[str, Any] = dict(reader.metadata or {})
    if info.get("/Producer") != "LibreOffice 7.6" or info.get("/Creator") != "Impress":
        errors.append(f"deck: producer/creator {info.get('/Producer')!r} {info.get('/Creator')!r}")
    if not str(info.get("/CreationDate", "")).startswith("D:20270511"):
        errors.append("deck: creation date is not the fixed one")
    if not 16 <= len(reader.pages) <= 20:
        errors.append(f"deck: {len(reader.pages)} pages (16 to 20)")
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w / h - 4 / 3) > 0.01:
            errors.append(f"deck: page {n} is not 4:3 ({w} x {h})")
    if b"LiberationSans" not in raw:
        errors.append("deck: no Liberation Sans subset")
    pages = deck_lines(deck)
    errors += clock_form(pages, gold)
    errors += gold_form(case, pages, gold)
    return errors


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    named = {n for n, lines in pages.items() if all(r in lines for r in RELEASES)}
    if len(named) != 1:
        return [f"clock: the four releases named together on pages {sorted(named)}"]
    rn = named.pop()
    body = [x for x in pages[rn] if not x.startswith(FOOTER)]
    if any(FISCAL.search(x) or MONTHS.search(x) or re.search(r"\b20\d\d\b", x) for x in body):
        errors.append(f"clock: the releases page {rn} carries a date")
    if not any(x.startswith("future:") for x in pages[rn]):
        errors.append("clock: no Future column beside the releases")
    cal = [n for n, lines in pages.items() if "release calendar" in lines]
    if len(cal) != 1:
        return errors + ["clock: no release calendar page"]
    cn = cal[0]
    for k in range(4):
        at = pages[cn].index(f"release {k}") if f"release {k}" in pages[cn] else -1
        if at < 0 or not FISCAL.search(pages[cn][at + 1]):
            errors.append(f"clock: release {k} not dated in fiscal quarters on page {cn}")
    rows = pages[cn][pages[cn].index("ends with") + 1 :] if "ends with" in pages[cn] else []
    if not rows or any(MONTHS.search(x) for x in rows if not x.startswith(FOOTER)):
        errors.append("clock: the release calendar names a month")
    if any(r in pages[cn] for r in RELEASES):
        errors.append("clock: the release calendar repeats the release names")
    every = [x for lines in pages.values() for x in lines]
    said = [x for x in every if "fiscal year runs july 1 to june 30" in x]
    if len(said) != 1:
        errors.append("clock: the fiscal year is not stated exactly once")
    if not any("seven years" in x for x in every) or not any("runs 12 weeks" in x for x in every):
        errors.append("clock: the vendor's term or the pilot's length is missing")
    gate_b = [
        n for n, lines in pages.items() if any(x.startswith("gate b: go/no-go") for x in lines)
    ]
    if len(gate_b) != 1:
        errors.append("clock: Gate B not stated once")
    else:
        head = next(x for x in pages[gate_b[0]] if x.startswith("gate b: go/no-go"))
        if FISCAL.search(head) or "30 straight days" not in " ".join(pages[gate_b[0]]):
            errors.append("clock: Gate B dated in its heading or without its criteria")
    road = [n for n, lines in pages.items() if "roadmap by workstream" in lines]
    if len(road) != 1:
        errors.append("clock: no roadmap page")
    else:
        lines = pages[road[0]]
        if not all(w in lines for w in ("devices", "back office", "customer", "equity")):
            errors.append("clock: workstream bars missing")
        if any(x.startswith("release ") for x in lines) or "future" not in lines:
            errors.append("clock: roadmap names releases or lacks the Future column")
    if gold["horizon_months"] != 36:
        errors.append("clock: FY2028 to FY2030 is 36 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    want = list(zip(RELEASES, [0, 6, 15, 24], [6, 15, 24, 36], strict=True))
    if got != want:
        errors.append(f"clock: phases {got}")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [
        n for n, lines in pages.items() if any("eastgate-civic center corridor" in x for x in lines)
    ]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on pages {full}")
    early = [
        n
        for n, lines in pages.items()
        if n < pilot["slide"] and any("route 31" in x for x in lines)
    ]
    if early or len(pilot["also_slides"]) < 3:
        errors.append(f"pilot: named before its page {early} or too few later pages")
    if any(any("eastgate-civic" in x for x in pages[n]) for n in pilot["also_slides"]):
        errors.append("pilot: later pages should name the route alone")
    later = [n for n, lines in pages.items() if "later, not in this plan" in lines]
    if len(later) != 1 or "paratransit riders" not in pages[later[0]]:
        errors.append("scenarios: no 'later' list naming paratransit riders")
    segs = gold["scenario_segments"]
    who = [n for n, lines in pages.items() if "who we are designing for first" in lines]
    if len(segs) != 3 or len(who) != 1:
        errors.append(f"scenarios: {len(segs)} segments, pages {who}")
    else:
        for seg in segs:
            if not any(alt in x for alt in seg for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on page {who[0]}")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 6:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    all_owners = {o for e in owners for o in e["owners"]}
    if "Revenue Operations Manager" in {
        o for e in owners for o in e["owners"] if any("fare cap" in t for t in e["task"])
    }:
        errors.append("remit: fare caps given to the Revenue Operations Manager")
    if "Revenue Operations Manager" not in all_owners:
        errors.append("remit: the Revenue Operations Manager owns nothing (it owns cash work)")
    pairs = namesakes_told_apart(gold["roster"], gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    brackets = [x for lines in pages.values() for x in lines if re.search(r"\([a-z ]+\)$", x)]
    if len(brackets) < 6:
        errors.append(f"{len(brackets)} first-90-day lines with a lead in brackets")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (8 to 12)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 5 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (five files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if gold["consult_only_roles"] != ["Chair, Rider Advisory Committee"]:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 3 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_transit_fares.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=extra,
    folder=HERE,
    split="dev36",
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
