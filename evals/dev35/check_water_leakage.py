"""Consistency checks of the dev35 case ``water-leakage`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl):

    .venv/bin/python evals/dev35/check_water_leakage.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--dump --org`` adds the org sentences; ``--org`` alone prints the roster rows and the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, pointed at this folder (``evals/dev35``, split "dev35") with
``build_water_leakage.py`` as the builder, which the shared checks run into a temporary folder
and compare byte for byte. The deck is read with dev13's ``deck_lines`` (one line per
paragraph of every shape in XML order, table cells row by row, then the speaker notes). What
is this case's own:

- the roster, read from ``org/people/programme-posts-export.xlsx`` with openpyxl: a PeopleHub
  export whose first row is a run stamp and whose second row is the header (Post ref / Post
  title / Directorate / Reports to / Programme involvement / Status / Responsibilities); the
  tier is the "Programme involvement" cell in lower case ("core" or "consult");
- org sentences: ``_checks.org_sentences`` with an XLSX reader (each row's cells joined by
  spaces) and a CSV reader (each row's cells joined by spaces) added;
- the deck's form as PowerPoint for Windows saves it (app.xml, widescreen, a title
  placeholder on every slide, native tables, speaker notes on a few slides);
- its clock (horizons named without dates on one slide and dated only in the roadmap table
  by regulatory year, a half-year split inside a cell, a "Next price review (2030-35)" column,
  a gate dated only by its criteria, the contact centre contract's end date and the pilot's
  own length elsewhere), its pilot (named in full once, later by the town alone), its scope
  list, its deck actions' forms;
- the gold's own spread: remit owners with keyword traps, near-namesakes told apart, the
  consult-only rows, the vacant post, gaps across org files of different kinds, false gaps,
  forbidden terms, scenarios, vague visions.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "water-leakage"
ROSTER = Path("people") / "programme-posts-export.xlsx"
HEAD = [
    "Post ref",
    "Post title",
    "Directorate",
    "Reports to",
    "Programme involvement",
    "Status",
    "Responsibilities",
]
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
HORIZONS = ["horizon 1: find and fix", "horizon 2: prevent", "horizon 3: predict"]
YEARS = ["2027/28", "2028/29", "2029/30"]
OUTSIDE = "next price review (2030-35)"
DATED = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|\b20\d\d\b|\bq[1-4]\b"
)
PILOT_FULL = "the hallowford dma cluster"
GRADE = {"head", "of", "and", "the", "manager", "director", "lead", "chair", "engineer"}
GRADE |= {"convenor", "officer"}
ACTION_FORMS = {
    6: "pillar",
    7: "pillar",
    8: "pillar",
    9: "pillar",
    12: "pilot steps",
    13: "gate criteria",
    14: "first 90 days",
    15: "risk mitigations",
}
# keyword traps: a task, the post whose title shares its word, and an owner by remit
TRAPS = [
    ("57 faulty district meters", "Metering Manager", "Smart Network Manager"),
    ("low-pressure complaint", "Network Control Manager", "Pressure Management Engineer"),
    ("brief clearcall advisers", "Operational Training Manager", "Contact Centre Contract Manager"),
    ("night detection teams", "Leakage Modelling Lead", "Leakage Detection Manager"),
]


# =========================================================================== org readers


def _xlsx_rows(path: Path) -> list[list[str]]:
    wb = load_workbook(path, read_only=True)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = ["" if c is None else str(c) for c in row]
            if any(cells):
                rows.append(cells)
    wb.close()
    return rows


def xlsx_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in _xlsx_rows(path) if row != HEAD]


def csv_parts(path: Path) -> list[str]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    return [" ".join(row) for row in rows[1:] if row]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": xlsx_parts, ".csv": csv_parts})


def roster_rows(org: Path) -> list[dict[str, str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = _xlsx_rows(path)
    if HEAD not in rows:
        return []
    start = rows.index(HEAD)
    return [dict(zip(HEAD, r, strict=False)) for r in rows[start + 1 :]]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r["Post title"], r["Programme involvement"].lower()) for r in roster_rows(org)]


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    rows = _xlsx_rows(org / ROSTER)
    if not rows or not rows[0][0].startswith("PeopleHub export") or rows[1] != HEAD:
        errors.append("roster: not a PeopleHub export with a run stamp above the header")
    posts = roster_rows(org)
    if not 18 <= len(posts) <= 24:
        errors.append(f"roster: {len(posts)} posts (18 to 24)")
    if any(not all(r.get(h) for h in HEAD) for r in posts):
        errors.append("roster: a row without seven filled cells")
    consult = [r["Post title"] for r in posts if r["Programme involvement"] == "Consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consult rows {consult}")
    if any(
        "leads no company work" not in r["Responsibilities"]
        for r in posts
        if r["Post title"] in consult
    ):
        errors.append("roster: a consulted row does not say it leads no company work")
    vacant = [r["Post title"] for r in posts if r["Status"] == "Vacant"]
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    if vacant != ["Leakage Modelling Lead"] or set(vacant) & owners:
        errors.append(f"roster: vacant posts {vacant} (one, owning no gold work)")
    return errors


# =========================================================================== the deck's form


def _ph_title(root: Any) -> str:
    for sp in root.iter(f"{{{P}}}sp"):
        ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is not None and ph.get("type") in {"title", "ctrTitle"}:
            return normalize(
                " ".join(
                    "".join(t.text or "" for t in p.iter(f"{{{A}}}t")) for p in sp.iter(f"{{{A}}}p")
                )
            )
    return ""


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(case / gold["deck"])
    infos = z.infolist()
    names = [i.filename for i in infos]
    if names != sorted(names) or len({i.date_time for i in infos}) != 1:
        errors.append("package: entries not sorted or not at one fixed time")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Microsoft Office PowerPoint</Application>" not in app or "16.0000" not in app:
        errors.append("app.xml does not name PowerPoint for Windows 16")
    if "<PresentationFormat>Widescreen</PresentationFormat>" not in app:
        errors.append("app.xml: not Widescreen")
    if any("printerSettings" in n for n in names):
        errors.append("package: Mac printer settings present")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not widescreen 12192000 x 6858000")
    if b'name="Office Theme"' not in z.read("ppt/theme/theme1.xml"):
        errors.append("theme is not the Office Theme")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 16 <= len(slides) <= 20:
        errors.append(f"{len(slides)} slides (16 to 20)")
    titles: dict[int, str] = {}
    tables = 0
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        titles[k] = _ph_title(root)
        if not titles[k]:
            errors.append(f"slide {k}: no title placeholder")
        tables += len(list(root.iter(f"{{{A}}}tbl")))
    if tables != 3:
        errors.append(f"{tables} native tables (KPIs, roadmap, risks)")
    notes = [n for n in names if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", n)]
    if not 2 <= len(notes) <= 4:
        errors.append(f"speaker notes on {len(notes)} slides (2 to 4)")
    pages = deck_lines(case / gold["deck"])
    errors += clock_form(pages, titles, gold)
    errors += gold_form(case, pages, titles, gold)
    return errors


def clock_form(
    pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    named = [n for n, t in titles.items() if t == "three horizons"]
    if len(named) != 1:
        return ["clock: no 'Three horizons' slide"]
    hn = named[0]
    if [x for x in pages[hn] if x in HORIZONS] != HORIZONS:
        errors.append("clock: the three horizons are not named on their slide")
    if any(DATED.search(x) for x in pages[hn]):
        errors.append(
            "clock: the horizons slide carries a date (they are dated on the roadmap only)"
        )
    road = [n for n, t in titles.items() if t == "roadmap"]
    if len(road) != 1:
        return errors + ["clock: no roadmap slide"]
    rn = road[0]
    lines = pages[rn]
    if lines[1:5] != YEARS + [OUTSIDE]:
        errors.append(f"clock: roadmap header {lines[1:5]}")
    row = lines[lines.index("horizon") : lines.index("horizon") + 5] if "horizon" in lines else []
    if row[1:4] != [
        "horizon 1: find and fix",
        "horizon 2: prevent",
        "q1-q2: horizon 2 continues. q3-q4: horizon 3: predict",
    ]:
        errors.append(f"clock: roadmap horizon row {row}")
    for n, ls in pages.items():
        if n != rn and n != hn and any(h in x for h in HORIZONS for x in ls):
            errors.append(f"clock: a horizon named on slide {n} too")
    gate = [x for ls in pages.values() for x in ls if "two consecutive quarters" in x]
    if len(gate) != 1 or DATED.search(gate[0]):
        errors.append(f"clock: gate 2 is not dated by its criteria alone: {gate}")
    contract = [n for n, ls in pages.items() if any("31 october 2028" in x for x in ls)]
    pilot_len = [n for n, ls in pages.items() if any("36-week trial" in x for x in ls)]
    if not contract or not pilot_len:
        errors.append("clock: no contract end date or pilot length to mislead the horizon")
    if gold["horizon_months"] != 36:
        errors.append("clock: three regulatory years from April 2027 are 36 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != [(HORIZONS[0], 0, 12), (HORIZONS[1], 12, 30), (HORIZONS[2], 30, 36)]:
        errors.append(f"clock: phases {got}")
    for ph in gold["phases"]:
        if any(OUTSIDE in m or "2030-35" in m for m in ph["match"]):
            errors.append(f"clock: a phase matched on the column outside the plan: {ph}")
    return errors


def gold_form(
    case: Path, pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [n for n, ls in pages.items() if any(PILOT_FULL in x for x in ls)]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on slides {full}")
    early = [
        n for n, ls in pages.items() if n < pilot["slide"] and any("hallowford" in x for x in ls)
    ]
    if early:
        errors.append(f"pilot: Hallowford named before its slide, on {early}")
    if len(pilot["also_slides"]) < 2 or any(
        any("dma cluster" in x for x in pages[n]) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the town alone")
    scope = [n for n, ls in pages.items() if "not in this plan" in ls]
    if len(scope) != 1 or not any("sewer" in x for x in pages[scope[0]]):
        errors.append("scope: no 'Not in this plan' list")
    segments = gold["scenario_segments"]
    who = [n for n, t in titles.items() if t == "who this plan is for first"]
    if len(segments) != 3 or len(who) != 1:
        errors.append(f"scenarios: {len(segments)} segments, moments slide {who}")
    else:
        for seg in segments:
            if not any(alt in x for alt in seg for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on slide {who[0]}")
        excluded = [x for x in pages[who[0]] if "sewer" in x or "bills" in x or "retailers" in x]
        if any(alt in x for seg in segments for alt in seg for x in excluded):
            errors.append("scenarios: a segment keyword matches the 'Not in this plan' list")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    for task, trap, right in TRAPS:
        hits = [e for e in owners if any(t in task or task in t for t in e["task"])]
        if (
            not hits
            or any(trap in e["owners"] for e in hits)
            or not any(right in e["owners"] for e in hits)
        ):
            errors.append(f"keyword trap {task!r}: owners {[e['owners'] for e in hits]}")
    pairs = namesakes_told_apart(gold["roster"], gold, GRADE)
    if len(pairs) < 3:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    acc = gold["accountable"]
    if not acc or any(e["roles"] != ["Director of Water Services"] for e in acc):
        errors.append(f"accountable: {acc}")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (8 to 12)")
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
    if len(gold["gap_blocks"]) < 6:
        errors.append(f"{len(gold['gap_blocks'])} gap_blocks entries (6 or more)")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_water_leakage.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev35",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for r in roster_rows(org):
        print("  " + " | ".join(r[h] for h in HEAD))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
