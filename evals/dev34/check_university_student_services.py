"""Consistency checks of the dev34 case ``university-student-services`` against its deck and org folder.

Run from the repository root with a Python that has reportlab as well as pypdf, python-docx
and python-pptx (the checker's rebuild runs the builder with the same interpreter; the writer
used ``/tmp/rl34b/bin/python``):

    /tmp/rl34b/bin/python evals/dev34/check_university_student_services.py

(``--dump`` prints the deck lines the gold was read from, page by page, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev34``, split "dev34") with
``build_university_student_services.py`` as the builder, which the shared checks run into a
temporary folder and compare byte for byte. The deck is a PDF and is read with dev13's
``deck_lines`` (pypdf's text of each page, one line per line). What is this case's own:

- the roster, read from ``org/people/one-desk-position-holders.csv``, an HR system's export:
  a report line ABOVE the header, then Position Title / Post Holder / Department / Campus /
  Reports To / Programme Role / Responsibilities, quoted cells with commas, CRLF line ends, a
  blank line and an "End of report" trailer; the tier is the Programme Role, lower-cased
  ("core team" or "consult only");
- org sentences: ``_checks.org_sentences`` with a CSV reader added (each post's row, its
  cells joined by spaces; the report line and the trailer are no sentences);
- checks of the export's form, of the deck's form as Keynote exports a PDF (page size,
  document information, page count), of its clock (phases named on the plan-on-a-page and
  dated only on the calendar page, gates dated only on the governance page, a "Beyond 2029"
  column, the Parley licence's own term stated and outside the horizon), of the pilot (named
  in full once, then by the faculty alone) and of the gold's own spread (deck action forms,
  remit owners, near-namesakes told apart, bracketed owners the roster spells otherwise,
  gaps across files of different kinds, gap_blocks, false gaps, forbidden terms, vagueness).

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
NAME = "university-student-services"
ROSTER = Path("people") / "one-desk-position-holders.csv"
HEAD = [
    "Position Title",
    "Post Holder",
    "Department",
    "Campus",
    "Reports To",
    "Programme Role",
    "Responsibilities",
]
PHASES = [
    ("summer 2027: foundations", 0, 6),
    ("academic year 2027/28: build", 6, 18),
    ("academic year 2028/29: embed", 18, 30),
]
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b"
)
FOOTER = "pellworth university \u00b7 one desk, any hour"
GATE_DATES = ["16 june 2027", "15 march 2028", "13 june 2029"]
ACTION_FORMS = {
    6: "pillar",
    7: "pillar",
    8: "pillar",
    9: "pillar",
    13: "pilot steps",
    14: "gate criteria",
    15: "risk mitigations",
    16: "first 90 days",
}
GRADE = {"head", "of", "and", "the", "manager", "director", "officer", "students", "union"}
GRADE |= {"president", "vice", "chancellor", "pro"}
BRACKETS = {
    "(registrar)": "Academic Registrar",
    "(planning and bi)": "Head of Planning and Business Intelligence",
    "(dpo)": "Data Protection Officer",
    "(head of wellbeing)": "Head of Wellbeing and Counselling",
}


# =========================================================================== the HR export


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = _rows(path)
    start = next((k for k, r in enumerate(rows) if r == HEAD), None)
    if start is None:
        return []
    out = []
    for r in rows[start + 1 :]:
        if len(r) != len(HEAD):
            break
        out.append(r)
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[0], r[5].strip().lower()) for r in roster_rows(org)]


def csv_parts(path: Path) -> list[str]:
    if path.name != ROSTER.name:
        return [" ".join(r) for r in _rows(path)]
    return [" ".join(r) for r in roster_rows(path.parents[1])]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append("export: not CRLF line ends throughout")
    rows = _rows(org / ROSTER)
    if not rows or not rows[0] or not rows[0][0].startswith("Cedarline HR - Report"):
        errors.append("export: no report line above the header")
    if len(rows) < 2 or rows[1] != HEAD:
        errors.append("export: the header is not the second line")
    if not rows[-1] or not rows[-1][0].startswith("End of report"):
        errors.append("export: no trailer")
    posts = roster_rows(org)
    if not 18 <= len(posts) <= 22:
        errors.append(f"export: {len(posts)} posts (18 to 22)")
    if any(not all(c.strip() for c in r) for r in posts):
        errors.append("export: a row with an empty cell")
    if not any("," in r[6] for r in posts) or b'"' not in raw:
        errors.append("export: no quoted cell holding commas")
    consult = [r[0] for r in posts if r[5] == "Consult only"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"export: consulted rows {consult}")
    for r in posts:
        if (r[5] == "Consult only") != (r[4] == "Not a University post"):
            errors.append(f"export: {r[0]} reports to {r[4]!r}")
    return errors


# =========================================================================== the deck


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    reader = PdfReader(str(path))
    info: Any = reader.metadata or {}
    if info.get("/Creator") != "Keynote" or info.get("/Producer") != (
        "macOS Version 14 Quartz PDFContext"
    ):
        errors.append(f"pdf: creator/producer {info.get('/Creator')!r} {info.get('/Producer')!r}")
    if not str(info.get("/CreationDate", "")).startswith("D:2027011"):
        errors.append("pdf: no fixed January 2027 creation date")
    if not 16 <= len(reader.pages) <= 20:
        errors.append(f"pdf: {len(reader.pages)} pages (16 to 20)")
    for k, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        if (float(box.width), float(box.height)) != (1920.0, 1080.0):
            errors.append(f"pdf: page {k} is not 1920 x 1080")
    pages = deck_lines(path)
    errors += clock_form(pages, gold)
    errors += gold_form(case, pages, gold)
    return errors


def _slide_with(pages: dict[int, list[str]], text: str) -> list[int]:
    return [n for n, lines in pages.items() if any(text in x for x in lines)]


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    if gold["horizon_months"] != 30:
        errors.append("clock: February 2027 to July 2029 is 30 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != PHASES:
        errors.append(f"clock: phases {got}")
    named = {name: _slide_with(pages, name) for name, _, _ in PHASES}
    plan = [n for n, lines in pages.items() if "the plan on a page" in lines]
    if len(plan) != 1 or any(v != plan for v in named.values()):
        errors.append(f"clock: phase names not on the plan-on-a-page alone {named}")
    elif any(MONTH.search(x) for x in pages[plan[0]] if not x.startswith(FOOTER)):
        errors.append("clock: a month on the plan-on-a-page (its dates belong to the calendar)")
    cal = [n for n, lines in pages.items() if "our calendar" in lines]
    if len(cal) != 1:
        return errors + ["clock: no calendar page"]
    c = pages[cal[0]]
    for said in [
        "our academic year runs from 1 august to 31 july.",
        "this plan runs from 1 february 2027 to 31 july 2029",
        "we call the rest of 2026/27 summer 2027",
        "runs for five years, to january 2032",
    ]:
        if not any(said in x for x in c):
            errors.append(f"clock: the calendar does not say {said!r}")
    gov = [n for n, lines in pages.items() if "governance" in lines]
    for d in GATE_DATES:
        where = _slide_with(pages, d)
        if where != gov or len(gov) != 1:
            errors.append(f"clock: gate date {d!r} on pages {where}, governance on {gov}")
    road = [n for n, lines in pages.items() if "beyond 2029" in lines]
    if len(road) != 1 or not all(g in pages[road[0]] for g in ["gate 1", "gate 2", "gate 3"]):
        errors.append(f"clock: roadmap with a Beyond 2029 column and three gates on {road}")
    elif any(MONTH.search(x) for x in pages[road[0]] if not x.startswith(FOOTER)):
        errors.append("clock: a month on the roadmap")
    for ph in gold["phases"]:
        if any(m in ("beyond 2029", "2029") for m in ph["match"]):
            errors.append(f"clock: a phase matched on the Beyond column {ph['match']}")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    full = _slide_with(pages, "faculty of health and social care")
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on pages {full}")
    early = [n for n in _slide_with(pages, "health and social care") if n < pilot["slide"]]
    if early:
        errors.append(f"pilot: the faculty named before the pilot page, on {early}")
    if len(pilot["also_slides"]) < 3 or pilot["match"] != ["health and social care"]:
        errors.append("pilot: later pages should name the faculty alone, three or more")
    moments = [n for n, lines in pages.items() if "who we are designing for first" in lines]
    segments = gold["scenario_segments"]
    if len(moments) != 1 or not 3 <= len(segments) <= 4:
        errors.append(f"scenarios: {len(segments)} segments, moments page {moments}")
    else:
        lines = pages[moments[0]]
        cut = lines.index("not in this plan") if "not in this plan" in lines else len(lines)
        for seg in segments:
            if not any(alt in x for alt in seg for x in lines[:cut]):
                errors.append(f"scenarios: {seg} not among the moments")
            if any(alt in x for alt in seg for x in lines[cut:]):
                errors.append(f"scenarios: {seg} in the not-in-this-plan list")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(gold["roster"], gold, GRADE)
    if len(pairs) < 2 or ("Head of Digital Experience", "Head of Digital Learning") not in pairs:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    lectern = [e for e in owners if any("lectern" in t for t in e["task"])]
    if not lectern or any(e["owners"] != ["Head of Digital Learning"] for e in lectern):
        errors.append("the Lectern module-page link is not the Head of Digital Learning's alone")
    every = [x for lines in pages.values() for x in lines]
    for bracket, post in BRACKETS.items():
        line = [x for x in every if bracket in x]
        if len(line) != 1 or post not in gold["roster"]:
            errors.append(f"bracket {bracket} on {len(line)} lines, or {post} not on the roster")
        elif not any(any(t in line[0] for t in e["task"]) and post in e["owners"] for e in owners):
            errors.append(f"the {bracket} line has no remit entry owned by {post}")
    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (6 to 12)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 2:
        errors.append(f"gaps stated in {sorted(files)} (three files or more, two forms)")
    blocked = [e for e in gold["gap_blocks"]]
    if len(blocked) < 6:
        errors.append(f"{len(blocked)} gap_blocks entries (6 or more)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if sorted(gold["consult_only_roles"]) != [
        "Students' Union President",
        "Students' Union Vice-President (Education)",
    ]:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    # keyword traps: posts whose titles share a word with work they do not own
    for e in owners:
        trapped = {"Staff Wellbeing Adviser", "Head of Organisational Development"} & set(
            e["owners"]
        )
        if trapped:
            errors.append(f"keyword trap: {e['task'][0]!r} owned by {sorted(trapped)}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_university_student_services.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev34",
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
