"""Consistency checks of the blind21 case ``university-library`` against its deck and org folder.

Run from the repository root with a Python that has reportlab (the rebuild runs the builder with
the checker's own interpreter), pypdf, openpyxl, python-docx and python-pptx:

    /tmp/rl/bin/python evals/blind21/check_university_library.py

(``--dump`` prints the deck lines the gold was read from, page by page, and the roster;
``--org`` prints the roster's rows and the org sentences; both together print all three.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind21``, split "blind21") with
``build_university_library.py`` as the builder: the gold's labels on real deck lines of the
pages they name, its gaps inside real org sentences, no false-gap term in a gap's sentence, the
forbidden terms in neither deck nor org, the roster equal to the establishment's posts, owners
on the roster and core, the consulted bodies never owners, and a byte-for-byte rebuild. The
gold also carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that
dev13's field list predates), so the field list the shared checks compare with is that list
plus ``gap_blocks``, checked with ``_checks.gap_block_errors``. Deck lines are dev13's: pypdf's
text of each PDF page, one line per line, normalised; "slide" in the gold is the PDF page.

What is this case's own:

- the roster, read with openpyxl from ``org/people/establishment.xlsx``: its one sheet, the
  header Post / Section / Reports To / Grade / Responsibilities, then section headings (a
  capitalised name in the first cell, merged across the five columns, the other cells empty:
  not posts) and post rows; a post whose "Reports To" is "Consulted only" is consult tier,
  every other post core;
- org sentences: ``_checks.org_sentences`` with two more readers, XLSX (every row of every
  sheet, its cells joined by spaces) and CSV (the same);
- checks of the roster's form: one sheet, the header, 18 to 22 posts, at least five merged
  section headings that are not posts, every "Reports To" a post on the sheet, the
  Vice-Chancellor or "Consulted only", no post reporting to itself through others, the two
  consulted rows exactly the gold's consult-only roles, the near-namesakes "Head of
  Collections" and "Head of Special Collections" both posts, under different managers, and
  told apart by the gold's remit owners;
- checks of the deck's form, as Google Slides exports a 16:9 presentation to PDF: PDF 1.4,
  an Info dictionary of Title and Producer only, no ReportLab marks, 16 to 20 pages of
  720 x 405 pt; the executive summary and the why-now page under the eyebrow "01 · WHY NOW"
  (the why-now title a headline, its tiles' captions each naming a year, no vision citing it);
  four pillar pages with the eyebrow "PILLAR n" and the labelled parts TODAY, GOAL, AIM or
  AMBITION, WHAT WE WILL DO and one "Lead:" naming a director on the roster, two of them with
  the aim's label read at the end of the goal's line; the pilot page ("05 · PILOT", a title
  without "pilot", a "We will" line with "WHY HOLLINSIDE" read at its end, STEPS numbered 1 to
  4, WHAT GOOD LOOKS LIKE); the roadmap's three academic years and gates named by date only;
  the gates page ("06 · GATES", "What 'ready' means") with Gate 1 to 3 heads and the codes
  G2.1 to G2.4 each read at the end of the line above its own; the first 90 days as "01" to
  "08" each with a lead in brackets on the next line, and the page number drawn in the bottom
  right corner; the moments page with "Today:" and "With Library 2030:" lines; the appendix's
  "How we measure" definitions;
- checks of the gold's form: 15 to 25 deck actions, from at least two pillar pages, the pilot
  steps, the gate criteria, the first 90 days and the risk mitigations; pillar lines owned by
  posts under the pillar's lead; the bracketed owners of the first 90 days (two spelled
  otherwise on the roster) owning their items; the parts that are not work (TODAY, the reasons
  under WHY HOLLINSIDE, the pass marks, the definitions, the goal-like lines of "Worth knowing")
  in ``not_actions``; at least 15 remit-owner entries; 6 to 12 gaps stated in at least three org
  files of different kinds; at least two false-gap groups; 5 to 10 forbidden terms; 2 to 4
  scenario segments, each on the moments page; the phases on the roadmap.

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
from evals.dev15._checks import (  # noqa: E402
    Case,
    gap_block_errors,
    namesakes_told_apart,
    run,
    sentences_by_file,
)

HERE = Path(__file__).resolve().parent
NAME = "university-library"
DECK = "Library 2030 - University Executive Board - 9 June 2027.pdf"
ROSTER = Path("people") / "establishment.xlsx"
HEAD = ["Post", "Section", "Reports To", "Grade", "Responsibilities"]
CONSULTED = "Consulted only"
OUTSIDE = {"Vice-Chancellor", CONSULTED}
NAMESAKES = ("Head of Collections", "Head of Special Collections")
GRADE_WORDS = {"head", "of", "and", "manager", "director", "officer"}

PAGES = (16, 20)
SIZE = (720.0, 405.0)
SUMMARY, WHY_NOW, AMBITION = 2, 3, 4
PILLARS = (5, 6, 7, 8)
MOMENTS, KPI, ROADMAP, PILOT, GATES = 9, 10, 11, 12, 13
RISKS, FIRST_90, ASKS, APPENDIX = 14, 15, 17, 18
PLACE = "hollinside"
YEARS = ["2027/28", "2028/29", "2029/30"]
# the first-90-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "programme manager": "Library 2030 Programme Manager",
    "access and building manager": "Access and Building Services Manager",
}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (XLSX)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def sheet_rows(path: Path) -> dict[str, list[list[str]]]:
    """Each sheet's rows, every cell as text (empty cells as "")."""
    wb = load_workbook(path)
    return {
        ws.title: [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
        for ws in wb.worksheets
    }


def post_rows(org: Path) -> list[list[str]]:
    """The rows under the header that hold a post (all five cells), section headings left out."""
    sheets = sheet_rows(org / ROSTER)
    rows = next(iter(sheets.values())) if sheets else []
    if not rows or rows[0] != HEAD:
        return []
    return [r for r in rows[1:] if len(r) == 5 and all(c.strip() for c in r)]


def roster(org: Path) -> list[tuple[str, str]]:
    """(post, tier) of every post row: consult for the bodies consulted only, else core."""
    return [(r[0], "consult" if r[2] == CONSULTED else "core") for r in post_rows(org)]


def _xlsx_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for rows in sheet_rows(path).values() for row in rows]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline=""))]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": _xlsx_parts, ".csv": _csv_parts})


def _under(post: str, rows: list[list[str]]) -> set[str]:
    """Every post that reports to ``post``, directly or through others."""
    found: set[str] = set()
    todo = [post]
    while todo:
        boss = todo.pop()
        for r in rows:
            if r[2] == boss and r[0] not in found:
                found.add(r[0])
                todo.append(r[0])
    return found


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    wb = load_workbook(org / ROSTER)
    if len(wb.worksheets) != 1:
        errors.append(f"roster: {len(wb.worksheets)} sheets")
    ws = wb.worksheets[0]
    rows = [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
    if not rows or rows[0] != HEAD:
        return errors + [f"roster: header {rows[0] if rows else None}"]
    posts = post_rows(org)
    names = [r[0] for r in posts]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    if len(set(names)) != len(names):
        errors.append("roster: a post appears twice")
    merged = {str(m) for m in ws.merged_cells.ranges}
    headings = []
    for k, r in enumerate(rows[1:], start=2):
        if r[0] in names:
            continue
        if any(c for c in r[1:]) or not r[0] or r[0] != r[0].upper():
            errors.append(f"roster: row {k} is neither a post nor a section heading: {r}")
        elif f"A{k}:E{k}" not in merged:
            errors.append(f"roster: section heading {r[0]!r} not merged across A:E")
        else:
            headings.append(r[0])
    if len(headings) < 5:
        errors.append(f"roster: {len(headings)} section headings (five or more)")
    if set(headings) & set(gold["roster"]):
        errors.append("roster: a section heading is in the gold roster")
    for r in posts:
        if r[2] not in names and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, no post")
        if r[0] in _under(r[0], posts):
            errors.append(f"roster: {r[0]!r} reports to itself")
    consulted = sorted(r[0] for r in posts if r[2] == CONSULTED)
    if consulted != sorted(gold["consult_only_roles"]) or len(consulted) != 2:
        errors.append(f"roster: consulted rows {consulted} are not the gold's")
    boss = {r[0]: r[2] for r in posts}
    a, b = NAMESAKES
    if a not in boss or b not in boss or boss[a] == boss[b]:
        errors.append(f"roster: near-namesakes {NAMESAKES} missing or under one manager")
    elif (a, b) not in namesakes_told_apart(names, gold, GRADE_WORDS):
        errors.append(f"gold: remit owners do not tell {a!r} from {b!r}")
    return errors


# =========================================================================== the deck's form


def _find(lines: list[str], pattern: str) -> list[int]:
    return [i for i, x in enumerate(lines) if re.search(pattern, x)]


def _number_positions(deck: Path, page_no: int) -> list[tuple[float, float]]:
    """Where the page's own number is drawn (x, y from the bottom left), as pypdf sees it."""
    spots: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip() == str(page_no):
            spots.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    PdfReader(str(deck)).pages[page_no - 1].extract_text(visitor_text=visit)
    return spots


def deck_form(case: Path, gold: dict[str, Any], posts: list[list[str]]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    if deck.name != DECK:
        errors.append(f"deck is {deck.name!r}")
    raw = deck.read_bytes()
    if not raw.startswith(b"%PDF-1.4") or b"ReportLab" in raw:
        errors.append("deck: not a PDF 1.4 header, or reportlab's marks left")
    reader = PdfReader(str(deck))
    info: dict[str, Any] = dict(reader.metadata or {})
    if set(info) != {"/Title", "/Producer"} or "Google Docs Renderer" not in str(
        info.get("/Producer")
    ):
        errors.append(f"deck: Info is {dict(info)}")
    if str(info.get("/Title")) != deck.stem:
        errors.append("deck: Info title is not the presentation's name")
    n = len(reader.pages)
    if not PAGES[0] <= n <= PAGES[1]:
        errors.append(f"deck: {n} pages ({PAGES[0]} to {PAGES[1]})")
    for k, page in enumerate(reader.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        if size != SIZE:
            errors.append(f"deck: page {k} is {size}")
    pages = deck_lines(deck)
    cited = {v["slide"] for v in gold["visions"]}
    cited |= {s for v in gold["visions"] for s in v.get("also_slides", [])}
    not_work = gold["not_actions"]

    def covered(line: str) -> bool:
        return any(t in line for t in not_work)

    # executive summary and why now, one section
    if pages[SUMMARY][:2] != ["01 · why now", "executive summary"]:
        errors.append(f"deck: page {SUMMARY} is not the executive summary under 01 · WHY NOW")
    if sum(SUMMARY in v.get("also_slides", []) for v in gold["visions"]) < 4:
        errors.append("gold: fewer than four visions restated on the executive summary")
    why = pages[WHY_NOW]
    if why[0] != "01 · why now" or "context" in why[1] or len(why[1].split()) < 5:
        errors.append(f"deck: page {WHY_NOW} is not a why-now page with a headline title")
    tiles = _find(why, r"^[£\d][\d,.]*[%k]?[a-z]")
    if len(tiles) < 5:
        errors.append(f"deck: {len(tiles)} why-now tiles")
    for i in tiles:
        caption = " ".join(why[i : i + 2])
        if not re.search(r"20\d\d", caption):
            errors.append(f"deck: why-now tile without a year: {caption!r}")
        if not covered(why[i]):
            errors.append(f"gold: why-now tile not in not_actions: {why[i]!r}")
    if WHY_NOW in cited:
        errors.append("gold: a vision cites the why-now page")

    # the pillar pages, in labelled parts
    lead_of: dict[int, str] = {}
    tabs = 0
    for k, p in enumerate(PILLARS, start=1):
        lines = pages[p]
        if lines[0] != f"pillar {k}":
            errors.append(f"deck: page {p} eyebrow {lines[0]!r}")
        for part in ("today", "goal", "what we will do"):
            if part not in lines:
                errors.append(f"deck: page {p} has no {part.upper()} part")
        aims = _find(lines, r"(^| )(aim|ambition)$")
        if len(aims) != 1:
            errors.append(f"deck: page {p} aim labels {aims}")
        elif lines[aims[0]] not in {"aim", "ambition"}:
            tabs += 1
        leads = [x for x in lines if x.startswith("lead: ")]
        title = {r[0].lower(): r[0] for r in posts}.get(leads[0][6:], "") if leads else ""
        if len(leads) != 1 or not title.startswith("Director of"):
            errors.append(f"deck: page {p} leads {leads}")
        else:
            lead_of[p] = title
        if "today" in lines and "goal" in lines:
            for x in lines[lines.index("today") + 1 : lines.index("goal")]:
                if not covered(x):
                    errors.append(f"gold: TODAY line not in not_actions: {x!r}")
    if tabs != 2:
        errors.append(f"deck: {tabs} aim labels read at the end of the goal line (two)")

    # the pilot page
    lines = pages[PILOT]
    if lines[0] != "05 · pilot" or "pilot" in lines[1]:
        errors.append(f"deck: page {PILOT} eyebrow or title {lines[:2]}")
    why_at = _find(lines, rf". why {PLACE}$")
    if len(why_at) != 1 or not any(x.startswith("we will open") for x in lines[: why_at[0]]):
        errors.append("deck: WHY label not read at the end of the 'We will' line")
    if "steps" not in lines or "what good looks like" not in lines:
        errors.append("deck: pilot page without STEPS or WHAT GOOD LOOKS LIKE")
    else:
        s, g = lines.index("steps"), lines.index("what good looks like")
        if [x[:3] for x in lines[s + 1 : g]] != ["1. ", "2. ", "3. ", "4. "]:
            errors.append(f"deck: pilot steps {lines[s + 1 : g]}")
        if not lines[g - 1].endswith("at gate 1"):
            errors.append("deck: the last step does not report at Gate 1")
        for x in lines[why_at[0] + 1 : s] + lines[g + 1 : -1] if why_at else []:
            if not covered(x):
                errors.append(f"gold: pilot reason or pass mark not in not_actions: {x!r}")

    # the roadmap and the gates
    lines = pages[ROADMAP]
    if not all(y in lines for y in YEARS):
        errors.append("deck: the roadmap's academic years")
    gates = re.findall(r"gate (\d) · ([a-z]+ 20\d\d) board", " ".join(lines))
    if [g[0] for g in gates] != ["1", "2", "3"]:
        errors.append(f"deck: roadmap gates {gates}")
    for ph in gold["phases"]:
        if not any(m in x for m in ph["match"] for x in lines):
            errors.append(f"phase not on the roadmap: {ph['match']}")
    lines = pages[GATES]
    if lines[:2] != ["06 · gates", "what 'ready' means"]:
        errors.append(f"deck: gates page {lines[:2]}")
    for k, (_, when) in enumerate(gates, start=1):
        if not _find(lines, rf"^gate {k} · {when} · "):
            errors.append(f"deck: no head 'Gate {k} · {when} · ...' on the gates page")
    for k in range(1, 5):
        at = _find(lines, rf"\bg2\.{k}$")
        if len(at) != 1 or lines[at[0]] == f"g2.{k}":
            errors.append(f"deck: code G2.{k} not read at the end of a line")
    if _find(lines, r"^g2\.\d"):
        errors.append("deck: a gate code read at the start of its own line")

    # the first 90 days
    lines = pages[FIRST_90]
    items = _find(lines, r"^0[1-8] (?!·)")
    if [lines[i][:2] for i in items] != [f"0{k}" for k in range(1, 9)]:
        errors.append(f"deck: first-90-days items {[lines[i][:2] for i in items]}")
    roles = {r[0].lower(): r[0] for r in posts}
    entries = gold["remit_owners"]
    retitled = 0
    for i in items:
        m = re.fullmatch(r"\(([^)]+)\)", lines[i + 1]) if i + 1 < len(lines) else None
        if not m:
            errors.append(f"deck: first-90-days item without a lead in brackets: {lines[i]!r}")
            continue
        post = roles.get(m.group(1)) or BRACKET_TITLES.get(m.group(1), "")
        retitled += m.group(1) in BRACKET_TITLES
        owners = [e["owners"] for e in entries if any(t in lines[i] for t in e["task"])]
        if post not in roles.values() or not any(post in o for o in owners):
            errors.append(f"gold: {lines[i]!r} is not owned by its bracketed lead {post!r}")
    if retitled != len(BRACKET_TITLES):
        errors.append(f"deck: {retitled} bracketed leads spelled otherwise than the roster")
    spots = _number_positions(deck, FIRST_90)
    if len(spots) != 1 or spots[0][0] < SIZE[0] - 34 or spots[0][1] > 24:
        errors.append(f"deck: the page number of page {FIRST_90} is not in its corner: {spots}")

    # moments, the appendix, the goal-like lines
    lines = pages[MOMENTS]
    if len(_find(lines, r"^today: ")) < 3 or len(_find(lines, r"^with library 2030: ")) < 3:
        errors.append("deck: the moments page lacks Today: / With Library 2030: lines")
    segments = gold["scenario_segments"]
    if not 2 <= len(segments) <= 4:
        errors.append(f"gold: {len(segments)} scenario segments (2 to 4)")
    for seg in segments:
        for term in seg:
            if not any(term in x for x in lines):
                errors.append(f"gold: scenario term {term!r} not on the moments page")
    lines = pages[APPENDIX]
    if lines[:2] != ["appendix", "how we measure"]:
        errors.append(f"deck: appendix {lines[:2]}")
    defs = _find(lines, r"^[a-z0-9 /'-]+: ")
    if len(defs) < 6:
        errors.append(f"deck: {len(defs)} definitions in the appendix")
    for i in defs:
        if not covered(lines[i]) or not any(t in lines[i] for t in gold["not_visions"]):
            errors.append(f"gold: definition not in not_actions and not_visions: {lines[i]!r}")
    lines = pages[AMBITION]
    if "worth knowing" in lines:
        for x in lines[lines.index("worth knowing") + 1 : -1]:
            if not covered(x):
                errors.append(f"gold: goal-like line not in not_actions: {x!r}")
    else:
        errors.append("deck: no 'Worth knowing' box")
    return errors


# =========================================================================== the gold's form


def gold_form(case: Path, gold: dict[str, Any], posts: list[list[str]]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"gold: {len(actions)} deck actions (15 to 25)")
    by_page: dict[int, int] = {}
    for a in actions:
        by_page[a["slide"]] = by_page.get(a["slide"], 0) + 1
    if sum(p in by_page for p in PILLARS) < 2:
        errors.append("gold: deck actions from fewer than two pillar pages")
    for p in (PILOT, GATES, RISKS, FIRST_90):
        if p not in by_page:
            errors.append(f"gold: no deck action on page {p}")

    # pillar lines are owned by posts under the pillar's lead
    lead_line = {p: next(x for x in pages[p] if x.startswith("lead: ")) for p in PILLARS}
    titles = {r[0].lower(): r[0] for r in posts}
    entries = gold["remit_owners"]
    for a in actions:
        if a["slide"] not in PILLARS:
            continue
        lead = titles.get(lead_line[a["slide"]][6:], "")
        under = _under(lead, posts)
        for alt in a["match"]:
            owners = {o for e in entries if any(t in alt for t in e["task"]) for o in e["owners"]}
            if not owners:
                errors.append(f"gold: pillar line {alt!r} matches no remit owner entry")
            elif not owners & under:
                errors.append(f"gold: pillar line {alt!r} owned outside {lead!r}: {owners}")
    if len(entries) < 15:
        errors.append(f"gold: {len(entries)} remit owner entries (15 or more)")
    tasks = " ".join(t for e in gold["accountable"] for t in e["task"])
    for word in ("gate 1", "gate 2", "gate 3", "go/no-go", "approve", "release"):
        if word not in tasks:
            errors.append(f"gold: no accountable entry for {word!r}")

    # gaps, false gaps, forbidden terms
    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 12:
        errors.append(f"gold: {len(gaps)} gaps (6 to 12)")
    by_file = sentences_by_file(case / "org", sentences)
    kinds = {
        Path(f).suffix
        for f, said in by_file.items()
        if any(alt in s for gap in gaps for alt in gap for s in said)
    }
    if len(kinds) < 3:
        errors.append(f"gold: gaps stated in files of {sorted(kinds)} only")
    if len(gold["false_gaps"]) < 2:
        errors.append("gold: fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if gold["horizon_months"] != 36 or gold["needs_sponsor_gap"] is not False:
        errors.append("gold: horizon or sponsor gap")
    deck_text = [x for lines in pages.values() for x in lines]
    return errors + gap_block_errors(gold, sentences(case / "org"), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    posts = post_rows(case / "org")
    return (
        roster_form(case / "org", gold)
        + deck_form(case, gold, posts)
        + gold_form(case, gold, posts)
    )


CASE = Case(
    name=NAME,
    builder="build_university_library.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind21",
)


def dump_org() -> None:
    """The roster's rows, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    for sheet, rows in sheet_rows(org / ROSTER).items():
        print(f"--- {ROSTER} [{sheet}]:")
        for row in rows:
            print("  " + " | ".join(row))
    print(f"--- roster: {roster(org)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    if "--dump" in sys.argv and "--org" in sys.argv:
        print("##### roster rows")
        org = HERE / NAME / "org"
        for sheet, rows in sheet_rows(org / ROSTER).items():
            print(f"--- {ROSTER} [{sheet}]:")
            for row in rows:
                print("  " + " | ".join(row))
    sys.exit(run(CASE))
