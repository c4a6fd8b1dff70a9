"""Consistency checks of the blind15 case ``rail-signalling`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_rail_signalling.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind15/check_rail_signalling.py
    /tmp/rl/bin/python evals/blind15/check_rail_signalling.py --dump   (deck lines by slide)
    /tmp/rl/bin/python evals/blind15/check_rail_signalling.py --org    (roster rows, org sentences)

(``--dump`` and ``--org`` also run under ``.venv/bin/python``; the checks' rebuild does not.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind15``, split "blind15") with
``build_rail_signalling.py`` as the builder, "core" the core tier and "consult" the consult
tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; gold
"slide" is the PDF page, which is the slide's number. Two of the shared checks are replaced, not
dropped, and their messages are the only ones this checker sets aside:

- the gold's fields are dev13's and ``gap_blocks`` (``evals/cases/README.md``, "Deck-grounded
  gold"), which dev13's field list predates: the shared "fields differ" message is set aside
  and the fields are checked here against that list plus ``gap_blocks``;
- the deck's phases overlap where the deck says so (Wave A and Wave B run in parallel from
  January to June 2031), which the shared check reads as "phases overlap or are out of order":
  that message is set aside, and this checker requires instead that the phases start in order,
  lie inside the horizon, that the latest ends at the horizon, and that the only overlap is
  the one the deck explains (Wave A and Wave B, months 24 to 30), the Gantt page agreeing.

What is this case's own:

- the roster, read with openpyxl from ``org/people/organisation.xlsx``: sheet "Posts" (Post /
  Directorate / Line manager) gives the posts in order; a post whose Directorate ends in
  "consulted)" is consult tier, every other core; sheet "Remits" (Post / Remit) holds the
  remits, some of which point to another org file ("See ...");
- org sentences: ``_checks.org_sentences`` with a reader for ``.xlsx`` (every row of both
  sheets, its cells joined by spaces);
- checks of the roster's form: exactly the two sheets, their headers, 18 to 22 posts, the same
  posts in the same order on both sheets, every line manager a post or one of the three
  outside names, two consulted posts and they are the gold's consult-only roles, at least three
  remits that point to another document for posts the gold makes owners, and those documents
  holding the remits;
- checks of the deck's form ("Microsoft: Print To PDF" from PowerPoint): PDF 1.7, no
  "ReportLab" in the file, Producer "Microsoft: Print To PDF", Title "Microsoft PowerPoint -
  <file>.pptx", no Creator, no tagged structure (no StructTreeRoot or MarkInfo), no annotations;
  21 pages of A4 landscape, each with the 16:9 slide frame (960 x 540) scaled onto it; the
  title the first text of every content slide, larger than any other text on it; the slide
  number the last line of every page from 2, at the bottom right; the Gantt page (11) a table
  of text cells whose "X" marks agree with the gold's phases and whose "Later" column is
  outside the horizon; the horizon said three ways (cover, roadmap, the last ask page); Gate 3
  dated only in its acceptance criteria; a two-page annex of network statistics (20, 21);
- checks of the gold beyond ``_checks``: 6 to 10 gaps stated in at least three org files of
  three kinds; at least two false-gap groups; 5 to 10 forbidden terms; at least two vague
  visions; 15 to 25 deck actions in at least five forms, at least three of them on slides
  whose titles are headlines (12, 13, 16); the pilot named once with its place and length and
  later by one station's name or "the pilot section"; 2 to 4 scenario segments on deck lines
  and a "not in this plan" slide; owners by remit that tell four pairs of near-namesake posts
  apart; ``gap_blocks`` (each gap key inside an org sentence that states a gold gap, each task
  on a deck line, no task both blocked and not blocked).

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "rail-signalling"
ROSTER = Path("people") / "organisation.xlsx"
SHEETS = {"Posts": ["Post", "Directorate", "Line manager"], "Remits": ["Post", "Remit"]}
OUTSIDE_MANAGERS = {
    "Supervisory Board",
    "Elected by the employees",
    "NRSA Head of Infrastructure Authorisation",
}
PAPER = (841.89, 595.28)
SLIDES = 21
GANTT, ROADMAP, PILOT, ASKS = 11, 10, 12, 19
HALVES = ["2029 h1", "2029 h2", "2030 h1", "2030 h2", "2031 h1", "2031 h2", "2032 h1"]
HEADLINE_SLIDES = {12, 13, 16}  # titles that are headlines, not "roadmap" or "actions"
# the form of the deck's own actions on each slide
FORMS = {
    5: "pillar initiative",
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    10: "phase acceptance criteria",
    12: "pilot step",
    13: "headline list",
    14: "risk mitigation",
    15: "first 100 days",
    16: "what changes on Monday",
    19: "ask of the board",
}
NAMESAKES = [
    ("Head of Signalling Engineering", "Head of Signalling Maintenance"),
    ("Head of Traffic Management", "Traffic Management System Lead"),
    ("Head of Possession Planning", "Head of Capacity Planning"),
    ("Wave Delivery Manager, North Corridor", "Wave Delivery Manager, East-West Corridor"),
]
# the overlap the deck explains: Wave A and Wave B, January to June 2031
OVERLAP = ("wave a", "wave b", 24, 30)
# set aside from the shared checks, and checked here instead
REPLACED = ("fields differ", "phases overlap or are out of order")


# =========================================================================== the roster


def sheet_rows(org: Path) -> dict[str, list[list[str]]]:
    """Every sheet's rows, cells as text ("" for empty)."""
    path = org / ROSTER
    if not path.is_file():
        return {}
    wb = load_workbook(path, read_only=True)
    out: dict[str, list[list[str]]] = {}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v).strip() for v in row]
            if any(cells):
                rows.append(cells)
        out[ws.title] = rows
    wb.close()
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    """(post, tier) of every row of "Posts": consult when its Directorate ends "consulted)"."""
    posts = sheet_rows(org).get("Posts", [])
    if not posts or posts[0] != SHEETS["Posts"]:
        return []
    return [(r[0], "consult" if r[1].endswith("consulted)") else "core") for r in posts[1:] if r[0]]


def _xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(path, read_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(v).strip() for v in row if v is not None and str(v).strip()]
            if cells:
                parts.append(" ".join(cells))
    wb.close()
    return parts


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": _xlsx_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    sheets = sheet_rows(org)
    if list(sheets) != list(SHEETS):
        return [f"roster: sheets {list(sheets)}, not {list(SHEETS)}"]
    for name, head in SHEETS.items():
        if sheets[name][0] != head:
            errors.append(f"roster: sheet {name} has the header {sheets[name][0]}")
        if any(len(r) != len(head) or not all(r) for r in sheets[name]):
            errors.append(f"roster: sheet {name} has a row with empty or extra cells")
    posts = [r[0] for r in sheets["Posts"][1:]]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    if [r[0] for r in sheets["Remits"][1:]] != posts:
        errors.append("roster: the Remits sheet's posts are not the Posts sheet's, in order")
    for post, _, manager in sheets["Posts"][1:]:
        if manager not in posts and manager not in OUTSIDE_MANAGERS:
            errors.append(f"roster: {post}'s line manager {manager!r} is no post")
    consult = sorted(r for r, t in roster(org) if t == "consult")
    if consult != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consulted posts {consult} are not the gold's consult-only roles")
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    pointing = [r[0] for r in sheets["Remits"][1:] if r[1].startswith("See ") and r[0] in owners]
    if len(pointing) < 3:
        errors.append(f"roster: only {pointing} point to another document for their remit")
    org_text = sentences(org)
    remit = dict((r[0], r[1]) for r in sheets["Remits"][1:])
    for post in pointing:
        section = re.search(r"terms of reference, (4\.\d)", remit[post])
        if section:
            held = f"{section.group(1)} {normalize(post)}:"
            found = any(s.startswith(held) for s in org_text)
        else:
            held = f"the {normalize(post)} runs tempora"
            found = "under tempora" in remit[post].lower() and any(held in s for s in org_text)
        if not found:
            errors.append(f"roster: the remit of {post} ({held!r}) is in no other org file")
    return errors


# =========================================================================== the deck's form

BT = re.compile(rb"BT (.*?) T\* ET", re.S)
TM = re.compile(rb"1 0 0 1 ([-\d.]+) ([-\d.]+) Tm")
TF = re.compile(rb"/F\d+\+0 ([\d.]+) Tf")
TJ = re.compile(rb"\((.*)\) Tj", re.S)


def _objects(stream: bytes) -> list[tuple[float, float, float, str]]:
    """(x, y, size, text) of every text object of a page's stream, in stream order, in slide
    units (960 x 540)."""
    out = []
    for body in BT.findall(stream):
        tm, tf, tj = TM.search(body), TF.search(body), TJ.search(body)
        if tm and tf and tj:
            text = tj.group(1).replace(rb"\(", b"(").replace(rb"\)", b")")
            out.append(
                (float(tm.group(1)), float(tm.group(2)), float(tf.group(1)), text.decode("latin-1"))
            )
    return out


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    if not raw.startswith(b"%PDF-1.7\n") or b"ReportLab" in raw:
        errors.append("deck: not a PDF 1.7 header, or the file names ReportLab")
    if b"/StructTreeRoot" in raw or b"/MarkInfo" in raw or b"/Annots" in raw:
        errors.append("deck: tagged structure or annotations in the file")
    reader = PdfReader(str(deck))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Producer") != "Microsoft: Print To PDF" or "/Creator" in meta:
        errors.append(f"deck: Producer {meta.get('/Producer')!r}, Creator {meta.get('/Creator')!r}")
    title = str(meta.get("/Title", ""))
    if not (title.startswith("Microsoft PowerPoint - ") and title.endswith(".pptx")):
        errors.append(f"deck: the Title {title!r} is not the print job's")
    if len(reader.pages) != SLIDES:
        errors.append(f"deck: {len(reader.pages)} pages, {SLIDES} expected")
    pages = deck_lines(deck)
    streams = []
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - PAPER[0]) > 0.5 or abs(h - PAPER[1]) > 0.5:
            errors.append(f"deck: page {n} is {w} x {h}, not A4 landscape")
        contents = page.get_contents()
        stream = contents.get_data() if contents is not None else b""
        streams.append(stream)
        if b"n 0 0 960 540 re S" not in stream or not re.search(
            rb"\.8457\d* 0 0 \.8457\d* 15 69\.\d+ cm", stream
        ):
            errors.append(f"deck: page {n} has no 16:9 slide frame scaled onto the paper")
        objs = _objects(stream)
        if n > 1:
            if not objs or objs[0][2] < 24 or any(o[2] >= objs[0][2] for o in objs[1:]):
                errors.append(f"deck: page {n}: the title is not its first and largest text")
            lines = pages.get(n, [])
            if not lines or lines[-1] != str(n):
                errors.append(f"deck: page {n}: the slide number is not its last line")
            if not objs or objs[-1][0] < 880 or objs[-1][1] > 30:
                errors.append(f"deck: page {n}: the slide number is not bottom right")
    # the horizon, said three ways
    for n, line in ((1, "2029 to mid-2032"), (ROADMAP, "january 2029 to june 2032: 42 months")):
        if not any(line in x for x in pages.get(n, [])):
            errors.append(f"deck: slide {n} does not say {line!r}")
    if not any("by 30 june 2032" in x for x in pages.get(ASKS, [])):
        errors.append("deck: the asks slide does not close on 30 June 2032")
    if gold["horizon_months"] != 42:
        errors.append("gold: the horizon is not the deck's 42 months")
    # Gate 3 is dated only in its acceptance criteria
    road = pages.get(ROADMAP, [])
    if "gate 3" not in road or not any("no later than 30 june 2031" in x for x in road):
        errors.append("deck: Gate 3 is not dated only in its acceptance criteria")
    # the Gantt page
    errors += _gantt(streams[GANTT - 1], gold)
    # the annex
    for n, head in ((20, "annex a1"), (21, "annex a2")):
        if not pages.get(n) or not pages[n][0].startswith(head):
            errors.append(f"deck: slide {n} is not {head}")
    return errors


def _gantt(stream: bytes, gold: dict[str, Any]) -> list[str]:
    """The Gantt table's X marks, read by position: each workstream's half-years."""
    errors: list[str] = []
    objs = _objects(stream)
    heads = {}
    for x, y, _, text in objs:
        if normalize(text) in HALVES:
            heads[normalize(text)] = (x + 20, y)
        if text.startswith("Later:"):
            heads["later"] = (x + 40, y)
    if list(heads) != [*HALVES, "later"]:
        return [f"deck: the Gantt header is {list(heads)}"]
    columns = [heads[k][0] for k in [*HALVES, "later"]]
    top = heads[HALVES[0]][1]
    rows = {round(y, 1): normalize(t) for x, y, _, t in objs if x < 60 and y < top - 20}
    marks: dict[str, set[int]] = {}
    for x, y, _, text in objs:
        if text != "X":
            continue
        row = rows.get(round(y, 1))
        if row is None:
            errors.append(f"deck: an X on the Gantt page in no row ({x}, {y})")
            continue
        col = min(range(len(columns)), key=lambda i: abs(columns[i] - x))
        marks.setdefault(row, set()).add(col)

    def months(prefix: str) -> tuple[int, int]:
        cols = {c for r, cs in marks.items() if r.startswith(prefix) for c in cs}
        return (6 * min(cols), 6 * (max(cols) + 1)) if cols else (-1, -1)

    # a phase's rows: the workstreams named by its first match up to the colon ("wave a")
    expected = {
        p["match"][0].split(":")[0]: (p["start_month"], p["end_month"]) for p in gold["phases"]
    }
    for prefix in expected:
        if months(prefix) != expected[prefix]:
            errors.append(f"deck: the Gantt gives {prefix} months {months(prefix)}")
    later = [r for r, cs in marks.items() if 7 in cs]
    if len(later) != 1 or not later[0].startswith("wave c"):
        errors.append(f"deck: the Gantt's Later column holds {later}")
    if any(p["match"][0].startswith("wave c") for p in gold["phases"]):
        errors.append("gold: Wave C, outside the horizon, is a phase")
    return errors


# =========================================================================== the gold's own rules


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read by the same readers, one file at a time."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(path, Path(tmp) / path.name)
            out[str(path.relative_to(org))] = sentences(Path(tmp))
    return out


def phases_form(gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    phases = gold["phases"]
    horizon = gold["horizon_months"]
    starts = [p["start_month"] for p in phases]
    if starts != sorted(starts) or starts[0] != 0:
        errors.append(f"gold: phases do not start in order from month 0: {starts}")
    if max(p["end_month"] for p in phases) != horizon or phases[-1]["end_month"] != horizon:
        errors.append("gold: the last phase does not end at the horizon")
    overlaps = []
    for i, a in enumerate(phases):
        for b in phases[i + 1 :]:
            lo, hi = max(a["start_month"], b["start_month"]), min(a["end_month"], b["end_month"])
            if lo < hi:
                overlaps.append((a["match"][0], b["match"][0], lo, hi))
    if [(a[:6], b[:6], lo, hi) for a, b, lo, hi in overlaps] != [OVERLAP]:
        errors.append(f"gold: phase overlaps {overlaps}, the deck explains only {OVERLAP}")
    return errors


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]

    if set(gold) != FIELDS | {"gap_blocks"}:
        errors.append(f"gold: fields {sorted(set(gold) ^ (FIELDS | {'gap_blocks'}))} differ")
    errors += phases_form(gold)
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"gold: {len(gold['gaps'])} gaps (6 to 10)")
    per_file = _file_sentences(org)
    files = {
        name
        for name, ss in per_file.items()
        for gap in gold["gaps"]
        for alt in gap
        if any(alt in s for s in ss)
    }
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gold: gaps stated in {sorted(files)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("gold: fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")

    # the deck's own actions, in their forms
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"gold: {len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"]) for a in actions}
    if None in forms or len(forms) < 5:
        errors.append(f"gold: deck actions in the forms {forms}")
    if sum(a["slide"] in HEADLINE_SLIDES for a in actions) < 3:
        errors.append("gold: fewer than three deck actions on headline slides")
    for n in HEADLINE_SLIDES:
        head = pages.get(n, [""])[0]
        if any(w in head for w in ("roadmap", "action", "pilot")):
            errors.append(f"deck: slide {n}'s title {head!r} is not a headline")

    # the pilot: named once with its place and length, then by a station or "the pilot section"
    pilot = gold["pilot"]
    named = [
        n for n, lines in pages.items() if any("38 km section between lutovar" in x for x in lines)
    ]
    if named != [pilot["slide"]]:
        errors.append(f"gold: the pilot is named with its place and length on {named}")
    if len(pilot["also_slides"]) < 3 or pilot["slide"] in pilot["also_slides"]:
        errors.append("gold: the pilot's later mentions are too few")

    # scenarios the deck is about, and the groups it is not
    if not 2 <= len(gold["scenario_segments"]) <= 4:
        errors.append(f"gold: {len(gold['scenario_segments'])} scenario segments (2 to 4)")
    for seg in gold["scenario_segments"]:
        if not all(any(alt in x for x in deck_text) for alt in seg):
            errors.append(f"gold: scenario segment {seg} not on deck lines")
    if not any(lines and lines[0] == "not in this plan" for lines in pages.values()):
        errors.append("deck: no 'not in this plan' slide")

    # owners by remit
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
    keys = [k for e in gold["remit_owners"] for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi or kpi in k for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")

    # gap_blocks
    org_all = sentences(org)
    stated = {s for s in org_all for gap in gold["gaps"] for alt in gap if alt in s}
    if not gold.get("gap_blocks"):
        errors.append("gold: no gap_blocks")
    for entry in gold.get("gap_blocks", []):
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for alt in entry["gap"]:
            if not any(alt in s for s in stated):
                errors.append(f"gap_blocks: {alt!r} is in no sentence stating a gold gap")
        if not entry["blocks"] or not entry["not_blocks"]:
            errors.append(f"gap_blocks: {entry['gap'][0]!r} without blocks and not_blocks")
        for key in ("blocks", "not_blocks"):
            for item in entry[key]:
                for alt in item:
                    if not any(alt in x for x in deck_text):
                        errors.append(f"gap_blocks {key}: {alt!r} not in the deck")
        blocked = {a for item in entry["blocks"] for a in item}
        if any(a in blocked for item in entry["not_blocks"] for a in item):
            errors.append(f"gap_blocks: {entry['gap'][0]!r} blocks and not-blocks one task")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_rail_signalling.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind15",
)


def main() -> int:
    """The shared checks (but the two replaced above), this case's own, and the rebuild."""
    case = HERE / NAME
    if not (case / "gold.json").is_file():
        print(f"{NAME}: no gold.json")
        return 1
    shared, free, n = _checks.check_case(case, CASE)
    errors = [e for e in shared if not e.startswith(REPLACED)]
    errors += extra(case)
    if errors:
        print(f"{NAME}: {len(errors)} problem(s)")
        for e in errors:
            print(f"  - {e}")
    else:
        print(f"{NAME}: ok ({free} of {n} gap sentences free of absence words)")
    rebuild = _checks.check_rebuild(CASE)
    for e in rebuild:
        print(f"  - {e}")
    print("rebuild: " + ("differs" if rebuild else "ok"))
    return 1 if errors or rebuild else 0


def dump_org() -> None:
    """The roster's rows, sheet by sheet, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    for name, rows in sheet_rows(org).items():
        print(f"--- sheet {name} ({ROSTER}):")
        for row in rows:
            print("  " + " | ".join(row))
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--dump" in sys.argv:
        _checks.dump(CASE)
        sys.exit(0)
    if "--org" in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(main())
