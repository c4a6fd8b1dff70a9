"""Consistency checks of the dev28 case ``theatre-productivity`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_theatre_productivity.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev28/check_theatre_productivity.py
    /tmp/rl/bin/python evals/dev28/check_theatre_productivity.py --dump   (deck lines by slide)
    /tmp/rl/bin/python evals/dev28/check_theatre_productivity.py --org    (roster rows, org sentences)

``--dump`` and ``--org`` also run under ``.venv/bin/python``; the checks' rebuild does not.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev28``, split "dev28") with
``build_theatre_productivity.py`` as the builder, "core" the core tier and "consult" the consult
tier: the gold's fields, every label on its slide or in an org sentence, the roster, owners on
it and core, consult-only roles owning nothing, forbidden terms in neither deck nor org, and the
rebuild byte for byte. Deck lines are dev13's: pypdf's text of each PDF page, one line per line,
normalised; gold "slide" is the PDF page. One departure: the gold carries ``gap_blocks`` (a
field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so
the field list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with openpyxl from ``org/people/establishment.xlsx``: sheet "Posts" (Post
  title / Division / Reports to / Band), one post a row; a post whose Division is "Consulted
  only" is consult tier, every other post core;
- org sentences: dev15's reader (Markdown, text, DOCX) plus an XLSX reader: each Posts row's
  cells joined by spaces, and each Remits row as "Post title. Remit";
- checks of the roster's form: exactly the sheets "Posts" and "Remits" with their headers, 18
  to 22 posts, unique, the same posts in the same order on both sheets, every remit written,
  every "Reports to" a post on the sheet (or the Trust Board; "-" for the two consulted posts),
  two consult posts, at least two pairs of near-namesake posts, and the theatre users' group's
  terms of reference in Markdown with a chair who is on the roster;
- checks of the deck's form, as Keynote exports a 16:9 deck to PDF: 14 to 22 pages of 1920 x
  1080 pt, Creator "Keynote", Producer "macOS Version 14... Quartz PDFContext"; the KPI table
  read as four text columns (all ten measures, then the header and all baselines, then the
  targets, then the by-when cells) with every KPI in the measure column; the waterfall's values
  and labels as loose lines of their own;
- checks of the clock: "our year runs April to March; M1 = April" said exactly once; the
  horizon stated in three ways that agree (the cover's "April 2029 to June 2031", "27 months,
  from M1 2029/30 to M3 2031/32", "the end of Q1 2031/32") and equal to the gold's, counted
  with month 0 = April 2029; the roadmap's nine financial quarters in order; each phase's
  label on the roadmap giving its gold start and end months; the phases named without dates on
  the plan-on-a-page slide; Gate 2 undated on the roadmap and dated only in its acceptance
  criteria; a "2031/32 onwards" box that is not part of the horizon;
- checks of the gold's shape for this case: 15 to 25 deck actions in at least five forms (by
  the slide they sit on), three or more on slides whose titles are headlines; the pilot named
  with its place and unit on its own slide only and by the place alone on its also-slides; a
  bracketed owner on the first-90-days slide that is not a roster title; 15 or more remit
  owners; two or more vague visions; 6 to 10 gaps stated in at least three org files of three
  kinds; two or more false-gap groups; 5 to 10 forbidden terms, in no raw org file either;
  2 to 4 scenario segments, each in the deck.

It never runs the planner.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "theatre-productivity"
DECK = "theatres-first-trust-board-29-march-2029.pdf"
ROSTER = Path("people") / "establishment.xlsx"
TUG = Path("governance") / "theatre-users-group-terms-of-reference.md"
POSTS_HEAD = ["Post title", "Division", "Reports to", "Band"]
REMITS_HEAD = ["Post title", "Remit"]
CONSULTED = "Consulted only"
BANDS = {"VSM", "Consultant", "8d", "8c", "8b", "8a", "7", "6", "n/a"}
SIZE = (1920.0, 1080.0)
PRODUCER = re.compile(r"macOS Version 14[\d.]* \(Build \w+\) Quartz PDFContext")
CLOCK = "our year runs april to march; m1 = april."
START_YEAR = 2029  # month 0 = April 2029, the first day of M1 2029/30

# pages by their role
WATERFALL_PAGE = 3
AMBITION_PAGE = 4
PLAN_PAGE = 5
KPI_PAGE = 11
PILOT_PAGE = 12
ROADMAP_PAGE = 13
GATES_PAGE = 14
FIRST_90_PAGE = 16
ASKS_PAGE = 20
# the form of the deck's own actions, by the page they sit on
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    12: "pilot steps",
    14: "acceptance criteria",
    15: "risk mitigations",
    16: "first 90 days",
    17: "what changes on monday",
    20: "asks of the board",
}
# slide titles that are headlines or metaphors, not "Roadmap" or "Actions"
HEADLINES = {
    "every minute on the list",
    "ready for surgery",
    "day case by default, and a hub nobody borrows",
    "people in theatres",
    "one version of the truth",
    "prove it on one set of lists",
    "what each phase must prove",
    "what could stop us",
    "clearing the runway: m1 to m3 2029/30",
    "what changes on monday 9 april 2029",
}
PILOT_FULL = "stennington hospital's orthopaedic lists"
QUARTERS = [f"q{q} {y}" for y in ("29/30", "30/31") for q in range(1, 5)] + ["q1 31/32"]
WATERFALL = ["240", "-22", "-26", "-14", "-8", "170"]
GRADE_WORDS = {"head", "of", "and", "the", "manager", "director", "lead", "chief", "officer"}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def _workbook(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as rows of strings (an empty cell as "")."""
    wb = load_workbook(path, read_only=True)
    out = {
        ws.title: [
            ["" if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)
        ]
        for ws in wb.worksheets
    }
    wb.close()
    return out


def _sheets(org: Path) -> dict[str, list[list[str]]]:
    return _workbook(org / ROSTER)


def roster(org: Path) -> list[tuple[str, str]]:
    """(post title, tier) of every row of the Posts sheet, in order."""
    if not (org / ROSTER).is_file():
        return []
    rows = _sheets(org).get("Posts", [])
    if not rows or rows[0] != POSTS_HEAD:
        return []
    return [
        (r[0].strip(), "consult" if r[1].strip() == CONSULTED else "core")
        for r in rows[1:]
        if r and r[0].strip()
    ]


def _xlsx_parts(path: Path) -> list[str]:
    """Each Posts row's cells joined by spaces; each Remits row as "Post title. Remit"."""
    sheets = _workbook(path)
    parts = [" ".join(c for c in r if c) for r in sheets.get("Posts", [])[1:]]
    parts += [f"{r[0]}. {r[1]}" for r in sheets.get("Remits", [])[1:] if len(r) >= 2]
    return parts


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": _xlsx_parts})


def _per_file(org: Path) -> dict[str, list[str]]:
    """The org sentences of each file, by its path under ``org/``: the shared reader walks a
    folder, so each file is read from a temporary copy of the folder that holds it alone."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        rel = path.relative_to(org)
        with tempfile.TemporaryDirectory() as tmp:
            one = Path(tmp) / "org"
            (one / rel).parent.mkdir(parents=True)
            shutil.copy(path, one / rel)
            if path.suffix == ".xlsx":
                # the XLSX reader finds the workbook where the roster lives
                out[str(rel)] = [
                    n
                    for part in _xlsx_parts(one / rel)
                    for s in re.split(r"(?<=[.!?])\s+", part)
                    if (n := normalize(s))
                ]
            else:
                out[str(rel)] = sentences(one)
    return out


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    sheets = _sheets(org)
    if list(sheets) != ["Posts", "Remits"]:
        return [f"roster: sheets are {list(sheets)}, not Posts and Remits"]
    posts, remits = sheets["Posts"], sheets["Remits"]
    if posts[0] != POSTS_HEAD:
        errors.append(f"roster: Posts header {posts[0]}")
    if remits[0] != REMITS_HEAD:
        errors.append(f"roster: Remits header {remits[0]}")
    titles = [r[0] for r in posts[1:]]
    if not 18 <= len(titles) <= 22:
        errors.append(f"roster: {len(titles)} posts (18 to 22)")
    if len(set(titles)) != len(titles):
        errors.append("roster: a post appears twice")
    if [r[0] for r in remits[1:]] != titles:
        errors.append("roster: the Remits sheet does not list the Posts in the same order")
    if any(len(r) < 2 or len(r[1]) < 40 for r in remits[1:]):
        errors.append("roster: a remit is missing or too short")
    for title, division, reports, band in (r[:4] for r in posts[1:]):
        if division == CONSULTED:
            if reports != "-":
                errors.append(f"roster: consulted post {title!r} reports to {reports!r}")
        elif reports not in titles and reports != "Trust Board":
            errors.append(f"roster: {title!r} reports to {reports!r}, not a post")
        if band not in BANDS:
            errors.append(f"roster: {title!r} has band {band!r}")
    consult = [t for t, tier in roster(org) if tier == "consult"]
    if len(consult) != 2:
        errors.append(f"roster: consulted posts {consult}")
    words = {t: set(t.lower().replace(",", "").split()) - GRADE_WORDS for t in titles}
    pairs = [
        (a, b)
        for i, a in enumerate(titles)
        for b in titles[i + 1 :]
        if len(words[a] & words[b]) >= 2 or (words[a] & words[b] and a.split()[:2] == b.split()[:2])
    ]
    if len(pairs) < 2:
        errors.append(f"roster: near-namesake pairs {pairs} (two or more)")
    tug = org / TUG
    if not tug.is_file():
        errors.append("no theatre users' group terms of reference in Markdown")
    else:
        m = re.search(r"^- Chair: (.+)$", tug.read_text(encoding="utf-8"), re.M)
        if not m or m.group(1).strip() not in titles:
            errors.append("the theatre users' group's chair is not a post on the roster")
    return errors


# =========================================================================== the clock


def month(m: int, fy: str) -> int:
    """The end of financial month ``m`` of the year ``fy`` ("29/30" or "2029/30"), counted in
    months from month 0 = April 2029: M1 29/30 ends at 1, M12 29/30 at 12, M3 31/32 at 27."""
    first = int(fy.split("/")[0][-2:]) + 2000
    return (first - START_YEAR) * 12 + m


def phase_span(label: str) -> tuple[int, int] | None:
    """(start, end) months of a roadmap phase label "(m1-m6 29/30)" or "(m7 29/30 - m6 30/31)"."""
    m = re.search(r"\(m(\d+)-m(\d+) (\d\d/\d\d)\)", label)
    if m:
        return month(int(m.group(1)), m.group(3)) - 1, month(int(m.group(2)), m.group(3))
    m = re.search(r"\(m(\d+) (\d\d/\d\d) - m(\d+) (\d\d/\d\d)\)", label)
    if m:
        return month(int(m.group(1)), m.group(2)) - 1, month(int(m.group(3)), m.group(4))
    return None


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    said = [n for n, lines in pages.items() for x in lines if CLOCK in x]
    if said != [AMBITION_PAGE]:
        errors.append(f"the clock statement is on pages {said}, not once on {AMBITION_PAGE}")
    horizon = gold["horizon_months"]
    text = "\n".join(x for lines in pages.values() for x in lines)
    # three statements of the horizon, which must agree
    if "april 2029 to june 2031" not in "\n".join(pages[1]):
        errors.append("the cover does not say April 2029 to June 2031")
    m = re.search(r"over (\d+) months, from m1 (\d{4}/\d\d) to m(\d+) (\d{4}/\d\d)", text)
    if not m:
        errors.append("no 'over N months, from M1 ... to M.. ...' statement")
    else:
        months, start, end_m, end_fy = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
        if month(1, start) - 1 != 0 or month(end_m, end_fy) != months or months != horizon:
            errors.append(f"the months statement gives {months}, gold horizon {horizon}")
    m = re.search(r"closes at the end of q(\d) (\d{4}/\d\d)", text)
    if not m or month(int(m.group(1)) * 3, m.group(2)) != horizon:
        errors.append("the closing line's quarter does not end at the horizon")
    # the roadmap: quarters in order, phases dated, gate 2 undated, the later box
    road = pages[ROADMAP_PAGE]
    if [x for x in road if re.fullmatch(r"q[1-4] \d\d/\d\d", x)] != QUARTERS:
        errors.append("the roadmap's quarters are not Q1 29/30 to Q1 31/32")
    if month(3 * int(QUARTERS[-1][1]), QUARTERS[-1][3:]) != horizon:
        errors.append("the roadmap's last quarter does not end at the horizon")
    labels = [
        x for x in road if " (" in x and x.split(" (")[0] in {"stabilise", "build", "sustain"}
    ]
    spans = [phase_span(x) for x in labels]
    want = [(p["start_month"], p["end_month"]) for p in gold["phases"]]
    if spans != want:
        errors.append(f"roadmap phase labels {labels} give {spans}, gold {want}")
    for p, label in zip(gold["phases"], labels, strict=False):
        if not any(m in label for m in p["match"]):
            errors.append(f"phase {p['match']} is not the roadmap's {label!r}")
    plan = pages[PLAN_PAGE]
    for name in ("stabilise", "build", "sustain"):
        if name not in plan:
            errors.append(f"phase {name!r} is not named on its own on page {PLAN_PAGE}")
    if any(re.search(r"\bm\d", x) for x in plan):
        errors.append(f"page {PLAN_PAGE} dates something in financial months")
    gate2 = [x for x in road if x.startswith("gate 2")]
    if len(gate2) != 1 or re.search(r"\bm\d|q\d", gate2[0]):
        errors.append(f"gate 2 on the roadmap: {gate2} (one line, no date)")
    gates = pages[GATES_PAGE]
    if "gate 2 · build complete" not in gates or not any(
        x.startswith("passed when, at the end of m6 30/31") for x in gates
    ):
        errors.append("gate 2's date is not in its acceptance criteria")
    if month(6, "30/31") != gold["phases"][1]["end_month"]:
        errors.append("gate 2's criteria do not close the second phase")
    if "2031/32 onwards" not in road or "after this plan:" not in road:
        errors.append("no '2031/32 onwards' box after the plan on the roadmap")
    for x in ("a fifth hub", "robot-assisted"):
        if x not in gold["not_actions"]:
            errors.append(f"the later box's {x!r} is not a not-action")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if not 14 <= len(reader.pages) <= 22:
        errors.append(f"{len(reader.pages)} pages (14 to 22)")
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Keynote" or not PRODUCER.fullmatch(str(meta.get("/Producer"))):
        errors.append(f"creator/producer {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if not str(meta.get("/CreationDate", "")).startswith("D:2029"):
        errors.append(f"creation date {meta.get('/CreationDate')!r}")
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != SIZE:
            errors.append(f"page {n} is {w} x {h}, not 1920 x 1080")
    pages = deck_lines(deck)

    # the KPI table as four text columns, read one after another
    kpi = pages[KPI_PAGE]
    heads = ["measure", "baseline 2028/29", "target", "by when"]
    at = [kpi.index(h) if h in kpi else -1 for h in heads]
    if -1 in at or at != sorted(at) or any(b - a != 11 for a, b in zip(at, at[1:], strict=False)):
        errors.append(f"KPI columns: headers at {at} (each followed by ten cells)")
    else:
        measures = kpi[at[0] + 1 : at[1]]
        when = kpi[at[3] + 1 : at[3] + 11]
        for k in gold["kpis"]:
            if not any(k in x for x in measures):
                errors.append(f"KPI {k!r} is not in the measure column")
        dated = sum(bool(re.search(r"\bm\d+|q\d|go-live", x)) for x in when)
        if dated != 9:
            errors.append(f"{dated} by-when cells hold a date (nine expected)")

    # the waterfall's loose labels
    wf = pages[WATERFALL_PAGE]
    if [x for x in wf if x in WATERFALL] != WATERFALL:
        errors.append("the waterfall's values are not loose lines of their own, in order")
    for label in ("late start", "gaps between", "early finish", "cancelled on"):
        if label not in wf:
            errors.append(f"waterfall label {label!r} is not a line of its own")
    return errors + clock_form(pages, gold)


# =========================================================================== the gold's shape


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / DECK)
    org = case / "org"
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"deck actions in forms {sorted(forms)} (five or more)")
    titles = {n: lines[1] for n, lines in pages.items() if len(lines) > 1}
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINES]
    if len(headline) < 3:
        errors.append(f"{len(headline)} deck actions on headline slides (three or more)")

    pilot = gold["pilot"]
    full = [n for n, lines in pages.items() if any(PILOT_FULL in x for x in lines)]
    if full != [pilot["slide"]]:
        errors.append(f"the pilot is named in full on pages {full}, not only {pilot['slide']}")
    for n in pilot["also_slides"]:
        if n <= pilot["slide"]:
            errors.append(f"pilot also-slide {n} comes before the pilot slide")
        if not any("stennington" in x for x in pages[n]):
            errors.append(f"pilot also-slide {n} does not name the place")

    names = {r.lower() for r in gold["roster"]}
    brackets = [m.group(1) for x in pages[FIRST_90_PAGE] if (m := re.search(r"\(([^)]+)\)\s*$", x))]
    other = [b for b in brackets if b not in names]
    if len(brackets) < 6 or not other:
        errors.append(f"first-90-days owners {brackets}: none named unlike the roster")
    owned = [
        a
        for a in actions
        if a["slide"] == FIRST_90_PAGE
        and any(b in x for x in pages[FIRST_90_PAGE] for b in other for m in a["match"] if m in x)
    ]
    if not owned:
        errors.append("no deck action carries a bracketed owner named unlike the roster")

    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit owners (15 or more)")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    if len(gold["consult_only_roles"]) != 2:
        errors.append("consult-only roles are not two")

    per_file = _per_file(org)
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    holders: set[str] = set()
    for gap in gold["gaps"]:
        where = {f for f, said in per_file.items() if any(gap[0] in s for s in said)}
        if len(where) != 1:
            errors.append(f"gap {gap[0]!r} is in files {sorted(where)}")
        holders |= where
    if len(holders) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = []
    for p in org.rglob("*"):
        if p.is_file():
            b = p.read_bytes()
            texts.append(b.decode("utf-8", "ignore").lower())
            if b.startswith(b"PK"):
                z = zipfile.ZipFile(io.BytesIO(b))
                texts += [
                    z.read(x).decode("utf-8").lower() for x in z.namelist() if x.endswith("xml")
                ]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file: {term!r}")
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    deck_text = [x for lines in pages.values() for x in lines]
    for seg in segs:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"scenario segment {alt!r} is not in the deck")
    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_theatre_productivity.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev28",
)


def show_org() -> None:
    org = HERE / NAME / "org"
    sheets = _sheets(org)
    for name, rows in sheets.items():
        print(f"--- {name}")
        for row in rows:
            print("  " + " | ".join(row))
    print(f"--- roster: {roster(org)}")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        show_org()
        sys.exit(0)
    sys.exit(run(CASE))
