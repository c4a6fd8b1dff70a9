"""Consistency checks of the blind20 case ``bike-share`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_bike_share.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind20/check_bike_share.py
    /tmp/rl/bin/python evals/blind20/check_bike_share.py --dump   (deck lines by slide, roster)
    /tmp/rl/bin/python evals/blind20/check_bike_share.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind20``, split "blind20") with
``build_bike_share.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; gold
"slide" is the PDF page. The gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s
deck-grounded gold that dev13's field list predates), so the field list the shared checks
compare with is that list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with openpyxl from ``org/people/org-structure.xlsx``: the sheet "Roles", its
  header Role / Team / Reports to / Owns, every row under it; a row whose Team starts with
  "Consulted" is consult tier, every other core; the sheet "Open roles" (two unfilled posts)
  is no part of the roster;
- org sentences: ``_checks.org_sentences`` with readers for ``.xlsx`` (every non-empty row of
  every sheet, its cells joined by spaces) and ``.csv`` (each row, its cells joined by spaces);
- checks of the roster's form: the sheets "Roles" and "Open roles" in that order, both headers;
  18 to 22 rows on "Roles", none twice, each reporting to a role, the Board or "Not
  line-managed"; the two "Consulted" rows are the gold's consult-only roles and report to no
  one; the near-namesakes Head of Fleet Operations and Head of Fleet Engineering; two open
  roles, "Not yet filled", on no owner list; the safety policy in Markdown;
- checks of the deck's form, as PowerPoint prints a 16:9 deck through "Microsoft: Print To
  PDF": ``%PDF-1.7`` and a binary comment, no reportlab comment; document information of
  exactly Title ("Microsoft PowerPoint - ....pptx"), Author, Creator and Producer "Microsoft:
  Print To PDF", and the fixed CreationDate and ModDate; 14 to 22 pages of 960 x 540 pt; every
  page's stream opening with the flip to 96-dpi pixels (``q 0.75 0 0 -0.75 0 540 cm``); every
  text object one run with one text matrix that flips its glyphs back; lines made of several
  runs (the goals' asides, bold lead-ins);
- checks of the goal pages: the goals slide's asides on their goal's line and inside no label;
  the big-number tile row (one tile of today, a not-vision, beside four target tiles, two of
  them the same 90% for e-bikes and e-scooters); the KPI table (every KPI one row with
  baseline, target and by-when, the one row without either the one vague KPI); context
  figures ("Today ...") beside a goal on three pillar slides; the plan's length said with its
  cost, and the budget lines, as not-visions; the summary slide after the goals slide;
- the clock, computed here: financial years start on 1 July (month 0 = July 2027); the phase
  names on the roadmap slide without dates, each plan year's FY and months on the clock slide,
  turned into months and compared with the gold phases; the overlap explained; the permits'
  2032, the van leases and the pilot's 12 weeks outside the horizon and not-visions;
- the pilot: "Carrowby's Wharfside zone and its 64 bays" on the pilot slide only, "Wharfside"
  alone on every also-slide and nowhere else; the "Not in this plan" list holds no scenario
  keyword;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in five forms or more, three or
  more on slides whose titles are headlines; two or more vague visions; 2 to 4 scenario
  segments; 6 to 10 gaps stated in three org files or more of three kinds or more; two or more
  false-gap groups; 5 to 10 forbidden terms; 15 or more ``remit_owners`` entries, every key in
  the deck or the org, every KPI covered; the near-namesake posts told apart; the keyword
  traps kept; the first-90-days owners in brackets mapped to the roster's posts, three or more
  by a title the roster spells otherwise; ``accountable`` only the sponsor and the Chief
  Financial Officer; ``gap_blocks``.

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
NAME = "bike-share"
DECK = "Street Ready 2030 - Board and investors 24 June 2027.pdf"
ROSTER = Path("people") / "org-structure.xlsx"
POLICY = Path("policies") / "safety-policy.md"
HEAD = ["Role", "Team", "Reports to", "Owns"]
OPEN_HEAD = ["Role", "Team", "Reports to", "Status"]
OUTSIDE = {"Board", "Not line-managed"}

PAGES = (14, 22)
SIZE = (960.0, 540.0)
CREATED = "D:20270621171406+01'00'"
PRODUCER = "Microsoft: Print To PDF"
FLIP = b"q 0.75 0 0 -0.75 0 540 cm"

GOALS, TILES, MOMENTS, KPI_SLIDE = 3, 4, 6, 11
PILOT_SLIDE, ROADMAP_SLIDE, CLOCK_SLIDE = 12, 13, 14
FIRST_90_SLIDE, COSTS_SLIDE, SUMMARY_SLIDE = 17, 19, 20
CONTEXT_SLIDES = (7, 9, 10)

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    12: "pilot step",
    15: "gate criterion",
    16: "risk mitigation",
    17: "first 90 days",
}
HEADLINE_SLIDES = {7, 8, 9, 10, 12, 15, 16, 17}
NAMESAKES = [
    ("Head of Fleet Operations", "Head of Fleet Engineering"),
    ("Rider Safety Lead", "Rider Support Manager"),
    ("Head of Data", "Data Protection Officer"),
]
GRADE_WORDS = {"head", "of", "and", "manager", "lead", "chief", "officer"}
# (a task key of remit_owners, the post a keyword reading would pick, wrongly)
KEYWORD_TRAPS = [
    ("fit swappable battery cradles", "Head of Fleet Operations"),
    ("battery handling", "People and Training Manager"),
    ("parking-compliance baseline", "Head of Legal and Compliance"),
    ("redraw all 912 bays as geofenced shapes", "Chief Technology Officer"),
    ("put every repair on torque", "Chief Technology Officer"),
    ("re-check every e-scooter rider's licence", "Rider Support Manager"),
    ("end-of-ride photo", "Data Protection Officer"),
    ("monthly parking report", "Head of Data"),
]
# the first-90-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "cto": "Chief Technology Officer",
    "head of legal": "Head of Legal and Compliance",
    "people manager": "People and Training Manager",
    "workshop lead": "Workshop Manager",
    "head of hse": "Head of Health, Safety and Environment",
    "programme manager": "Street Ready Programme Manager",
}
ACCOUNTABLE = {"Chief Executive", "Chief Financial Officer"}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (XLSX)


def sheets(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet's rows, each cell as text (an empty cell as ""), empty rows dropped."""
    wb = load_workbook(path, read_only=True)
    out: dict[str, list[list[str]]] = {}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if any(c.strip() for c in cells):
                rows.append(cells)
        out[ws.title] = rows
    wb.close()
    return out


def roster_rows(org: Path) -> list[list[str]]:
    """The "Roles" sheet: its header and rows."""
    return sheets(org / ROSTER).get("Roles", [])


def roster(org: Path) -> list[tuple[str, str]]:
    if not (org / ROSTER).is_file():
        return []
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [(r[0].strip(), "consult" if r[1].startswith("Consulted") else "core") for r in rows[1:]]


def _xlsx_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for rows in sheets(path).values() for row in rows]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline=""))]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": _xlsx_parts, ".csv": _csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    book = sheets(org / ROSTER)
    if list(book) != ["Roles", "Open roles"]:
        errors.append(f"roster: sheets {list(book)}")
        return errors
    rows = book["Roles"]
    if not rows or rows[0] != HEAD:
        errors.append(f"roster: header {rows[:1]}")
        return errors
    roles = [r[0] for r in rows[1:]]
    if not 18 <= len(roles) <= 22:
        errors.append(f"roster: {len(roles)} rows on Roles (18 to 22)")
    if len(set(roles)) != len(roles):
        errors.append("roster: a role appears twice")
    for r in rows[1:]:
        if r[2] not in roles and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, neither a role nor outside")
        if not r[3].strip():
            errors.append(f"roster: {r[0]!r} owns nothing")
    consult = [r[0] for r in rows[1:] if r[1].startswith("Consulted")]
    if consult != gold["consult_only_roles"] or any(
        r[2] != "Not line-managed" for r in rows[1:] if r[1].startswith("Consulted")
    ):
        errors.append(f"roster: consulted rows {consult}")
    for a, b in NAMESAKES[:1]:
        if a not in roles or b not in roles:
            errors.append(f"roster: near-namesakes {a!r} and {b!r} not both on the roster")
    opened = book["Open roles"]
    if not opened or opened[0] != OPEN_HEAD or len(opened) != 3:
        errors.append(f"roster: open roles {opened}")
    else:
        owners = {o for e in gold["remit_owners"] for o in e["owners"]}
        for r in opened[1:]:
            if not r[3].startswith("Not yet filled.") or r[0] in roles or r[0] in owners:
                errors.append(f"roster: open role {r[0]!r} filled, on Roles or owning work")
            if r[2] not in roles:
                errors.append(f"roster: open role {r[0]!r} reports to {r[2]!r}")
    policy = org / POLICY
    if not policy.is_file() or not policy.read_text(encoding="utf-8").startswith(
        "# Safety Policy\n"
    ):
        errors.append("roster: the safety policy (Markdown) is missing")
    return errors


# =========================================================================== the deck's form

BT = re.compile(rb"BT (.*?) ET", re.S)
TM = re.compile(rb"(-?[\d.]+) 0 0 (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) Tm")
Placed = tuple[str, float, float]  # text, x, y (pixels from the top left)


def placed_runs(reader: PdfReader, n: int) -> list[Placed]:
    """Page ``n``'s runs with the point their text matrix puts them at."""
    out: list[Placed] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            out.append((text, float(tm[4]), float(tm[5])))

    reader.pages[n - 1].extract_text(visitor_text=visit)
    return out


def _stream(reader: PdfReader, n: int) -> bytes:
    contents = reader.pages[n - 1].get_contents()
    return contents.get_data() if contents is not None else b""


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    if gold["deck"] != DECK:
        errors.append(f"deck: named {gold['deck']!r}")
    raw = deck.read_bytes()
    if not raw.startswith(b"%PDF-1.7\n%\xb5\xb5\xb5\xb5") or b"ReportLab" in raw:
        errors.append("deck: not a PDF 1.7 header with a binary comment, or reportlab's left in")
    reader = PdfReader(str(deck))
    if not PAGES[0] <= len(reader.pages) <= PAGES[1]:
        errors.append(f"deck: {len(reader.pages)} pages ({PAGES[0]} to {PAGES[1]})")
    meta: dict[str, object] = dict(reader.metadata or {})
    keys = {"/Title", "/Author", "/Creator", "/Producer", "/CreationDate", "/ModDate"}
    if set(meta) != keys:
        errors.append(f"deck: document information keys {sorted(meta)}")
    if meta.get("/Creator") != PRODUCER or meta.get("/Producer") != PRODUCER:
        errors.append(f"deck: creator/producer {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if meta.get("/CreationDate") != CREATED or meta.get("/ModDate") != CREATED:
        errors.append(f"deck: dates {meta.get('/CreationDate')!r} {meta.get('/ModDate')!r}")
    title = str(meta.get("/Title", ""))
    if not (title.startswith("Microsoft PowerPoint - ") and title.endswith(".pptx")):
        errors.append(f"deck: title {title!r} is not a printed PowerPoint file's")
    several = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.01 or abs(h - SIZE[1]) > 0.01:
            errors.append(f"deck: page {n} is {w} x {h}, not 960 x 540")
        stream = _stream(reader, n)
        if not stream.startswith(FLIP):
            errors.append(f"deck: page {n} does not open with the flip to pixels")
        for body in BT.findall(stream):
            tms = TM.findall(body)
            if len(tms) != 1 or float(tms[0][1]) >= 0 or float(tms[0][0]) != -float(tms[0][1]):
                errors.append(f"deck: page {n} has a text object without one flipping matrix")
                break
            if len(re.findall(rb"\) ?Tj", body)) < 1:
                errors.append(f"deck: page {n} has a text object that shows nothing")
                break
        ys: dict[float, int] = {}
        for _, _, y in placed_runs(reader, n):
            ys[round(y, 1)] = ys.get(round(y, 1), 0) + 1
        several += sum(1 for k in ys.values() if k > 1)
    if several < 40:
        errors.append(f"deck: only {several} baselines hold several runs")
    pages = deck_lines(deck)
    errors += _goals(reader, pages, gold)
    errors += _tiles(pages, gold)
    errors += _kpi_table(pages, gold)
    errors += _context(pages, gold)
    errors += _money(pages, gold)
    errors += _clock(pages, gold)
    errors += _pilot(pages, gold)
    errors += _scope(pages, gold)
    return errors


ASIDES = [
    "(stretch: 97%)",
    "- down from 4.2 in fy27",
    "(see appendix b for the definition)",
    "(board-approved march 2027)",
    "- up from 5.1m last year",
]


def _labels(gold: dict[str, Any]) -> list[str]:
    out = []
    for v in gold["visions"]:
        out += [v["match"], *v.get("alternatives", [])]
    return out


def _goals(reader: PdfReader, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    """The goals slide: each aside on its goal's line, a run of its own on the goal's baseline,
    and inside no gold label; the summary slide restates the goals after it."""
    errors: list[str] = []
    lines = pages[GOALS]
    on_goals = [v for v in gold["visions"] if v["slide"] == GOALS]
    runs = placed_runs(reader, GOALS)
    for aside in ASIDES:
        hits = [x for x in lines if x.endswith(aside)]
        if len(hits) != 1 or not any(v["match"] in hits[0] for v in on_goals):
            errors.append(f"goals: aside {aside!r} is not at the end of one goal's line")
        run = [(t, y) for t, _, y in runs if t.strip().lower().replace("\u2014", "-") == aside]
        if len(run) != 1 or sum(1 for _, _, y in runs if abs(y - run[0][1]) < 0.1) < 3:
            errors.append(f"goals: aside {aside!r} is not its own run on its goal's baseline")
        for label in _labels(gold):
            if aside.strip("()- ") in label:
                errors.append(f"goals: a gold label holds the aside {aside!r}: {label!r}")
    kpi_goals = [v for v in on_goals if any(k in v["match"] for k in gold["kpis"])]
    if len(kpi_goals) < 6:
        errors.append(f"goals: {len(kpi_goals)} KPI goals stated first on slide {GOALS}")
    for v in kpi_goals:
        if SUMMARY_SLIDE not in v.get("also_slides", []) or KPI_SLIDE not in v["also_slides"]:
            errors.append(f"goals: {v['match']!r} lacks the KPI table or summary as also-slides")
    return errors


def _tiles(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    """The tile row: today's figure beside four targets, two of them the same 90%."""
    errors: list[str] = []
    lines = pages[TILES]
    bigs = [x for x in lines if re.fullmatch(r"[\d.]+[m%]", x)]
    if bigs != ["5.1m", "95%", "90%", "90%", "7.5m"]:
        errors.append(f"tiles: big numbers {bigs}")
    if "trips last year" not in lines or "trips last year" not in gold["not_visions"]:
        errors.append("tiles: today's tile is not a not-vision")
    if any("trips last year" in label for label in _labels(gold)):
        errors.append("tiles: today's tile is a gold label")
    also = [v for v in gold["visions"] if TILES in v.get("also_slides", [])]
    if len(also) != 4:
        errors.append(f"tiles: {len(also)} visions restated on the tiles (four)")
    pair = [v["match"] for v in also if "ready to ride at 7am" in v["match"]]
    if sorted(pair) != ["e-bikes ready to ride at 7am", "e-scooters ready to ride at 7am"]:
        errors.append(f"tiles: the two 90% tiles are not two visions: {pair}")
    return errors


ROW = re.compile(
    r"^(?P<measure>.+?) (?P<base>\S+(?: \(2026\))?) (?P<target>\S+) "
    r"(?P<when>(?:january|june|december) 20\d\d|fy30|to be agreed)$"
)


def _kpi_table(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    """Every KPI one row: measure, baseline, target, by-when; the one row with neither a number
    nor a date the one vague KPI; two rows with the same target of 90%."""
    errors: list[str] = []
    lines = pages[KPI_SLIDE]
    head = "measure fy27 baseline target by when"
    if head not in lines:
        return ["kpi: no table head Measure / FY27 baseline / Target / By when"]
    rows = [m for x in lines[lines.index(head) + 1 :] if (m := ROW.match(x))]
    if len(rows) != len(gold["kpis"]):
        errors.append(f"kpi: {len(rows)} table rows for {len(gold['kpis'])} KPIs")
    blank = []
    targets: dict[str, list[str]] = {}
    for kpi in gold["kpis"]:
        hits = [m for m in rows if kpi in m.group("measure")]
        if len(hits) != 1:
            errors.append(f"kpi: {kpi!r} is not one row of the table")
            continue
        m = hits[0]
        numeric = bool(re.fullmatch(r"[\d.]+[%m]?", m.group("target")))
        dated = m.group("when") != "to be agreed"
        if not re.search(r"\d", m.group("base")):
            errors.append(f"kpi: {kpi!r} has no baseline")
        if numeric and dated:
            targets.setdefault(m.group("target"), []).append(kpi)
        elif not numeric and not dated:
            blank.append(kpi)
        else:
            errors.append(f"kpi: {kpi!r} has a target without a by-when or the reverse")
    vague = [k for k in gold["kpis"] for v in gold["visions"] if k in v["match"] and v["vague"]]
    if len(blank) != 1 or blank != vague:
        errors.append(f"kpi: rows without a target and by-when {blank}; vague KPIs {vague}")
    if len(targets.get("90%", [])) != 2:
        errors.append(f"kpi: rows with the target 90% {targets.get('90%')} (two)")
    return errors


def _context(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    """A figure of today beside a goal on each of three pillar slides."""
    errors: list[str] = []
    for n in CONTEXT_SLIDES:
        today = [x for x in pages[n] if x.startswith("today ")]
        if len(today) != 1 or not any(t in today[0] for t in gold["not_visions"]):
            errors.append(f"context: slide {n}'s figure of today is not one not-vision")
        goals = [v for v in gold["visions"] if n in v.get("also_slides", []) or v["slide"] == n]
        if not goals:
            errors.append(f"context: no goal beside the figure of today on slide {n}")
        for label in _labels(gold):
            if today and label in today[0]:
                errors.append(f"context: the figure of today on slide {n} holds {label!r}")
    return errors


def _money(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    """The plan's length with its cost sets the horizon; the budget lines set no goal."""
    errors: list[str] = []
    said = "street ready 2030 is a three-year plan, fy28 to fy30, costing £8.5m."
    if said not in pages[TILES] or said not in gold["not_visions"]:
        errors.append("money: the plan's length and cost is not a not-vision on the tiles slide")
    if gold["horizon_months"] != 36:
        errors.append("money: a three-year plan is 36 months")
    budget = "£3.9m capital in fy28; £0.9m a year running cost after."
    if budget not in pages[COSTS_SLIDE] or budget not in gold["not_visions"]:
        errors.append("money: the budget line is not a not-vision")
    if any(v["slide"] == COSTS_SLIDE for v in gold["visions"]):
        errors.append("money: a vision on the costs slide")
    if any("£" in k for k in gold["kpis"]):
        errors.append("money: a KPI of money")
    return errors


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
YEAR_ROW = re.compile(r"^year ([1-3]) fy(\d\d) ([a-z]+) (20\d\d) to ([a-z]+) (20\d\d)$")


def month_of(name: str, year: int) -> int:
    """Months from July 2027 (month 0) to the start of ``name`` ``year``."""
    return (year - 2027) * 12 + MONTHS.index(name) - 6


def _clock(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    clock = pages[CLOCK_SLIDE]
    if "our financial year starts on 1 july: fy28 = july 2027 to june 2028." not in clock:
        errors.append("clock: the financial year is not defined on the clock slide")
    rows = [m for x in clock if (m := YEAR_ROW.match(x))]
    if len(rows) != 3:
        return errors + [f"clock: {len(rows)} plan-year rows on slide {CLOCK_SLIDE}"]
    phases = gold["phases"]
    for m, ph in zip(rows, phases, strict=True):
        k, fy = int(m.group(1)), int(m.group(2))
        start = month_of(m.group(3), int(m.group(4)))
        end = month_of(m.group(5), int(m.group(6))) + 1
        if fy != 27 + k or (m.group(3), int(m.group(4))) != ("july", 2000 + fy - 1):
            errors.append(f"clock: year {k} is not FY{fy} from July {2000 + fy - 1}")
        if (start, end) != (ph["start_month"], ph["end_month"]):
            errors.append(f"clock: year {k} is months {start}-{end}; gold {ph}")
        if f"year {k}" not in ph["match"][0]:
            errors.append(f"clock: gold phase {ph['match']} is not year {k}")
    road = pages[ROADMAP_SLIDE]
    named = [x for x in road if all(ph["match"][0] in x for ph in phases)]
    if len(named) != 1 or re.search(r"fy\d\d|20\d\d", named[0]):
        errors.append("clock: the phases are not named, undated, on one roadmap line")
    if any(ph["match"][0] in x for ph in phases for x in clock):
        errors.append("clock: the clock slide names a phase")
    if not any(x == "why years 1 and 2 overlap" for x in clock):
        errors.append("clock: the overlap is not explained")
    horizon_end = 2027 + gold["horizon_months"] // 12
    for said in ("council permits run to 2032.", "our van leases end in march 2029."):
        if not any(said in x for x in clock) or said not in gold["not_visions"]:
            errors.append(f"clock: {said!r} is not a not-vision on the clock slide")
    if horizon_end >= 2032:
        errors.append("clock: the permits' end falls inside the horizon")
    if "the wharfside pilot runs 12 weeks." not in gold["not_visions"]:
        errors.append("clock: the pilot's length is not a not-vision")
    return errors


def _pilot(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    unit = "carrowby's wharfside zone and its 64 bays"
    pilot = gold["pilot"]
    named = [n for n, lines in pages.items() if unit in " ".join(lines)]
    if named != [PILOT_SLIDE] or pilot["slide"] != PILOT_SLIDE or pilot["match"][0] != unit:
        errors.append(f"pilot: named with its unit on {named}, gold {pilot}")
    alone = sorted(
        n for n, lines in pages.items() if n != PILOT_SLIDE and "wharfside" in " ".join(lines)
    )
    if alone != sorted(pilot["also_slides"]) or min(alone) <= PILOT_SLIDE:
        errors.append(f"pilot: Wharfside alone on {alone}, gold {pilot['also_slides']}")
    return errors


def _scope(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[MOMENTS]
    if "not in this plan" not in lines:
        return [f"scope: no 'Not in this plan' list on slide {MOMENTS}"]
    cut = lines.index("not in this plan")
    items = [x for x in lines[cut + 1 :] if x.startswith("• ")]
    if len(items) < 4:
        errors.append(f"scope: {len(items)} lines in the not-in-scope list")
    for item in items:
        if item[2:] not in gold["not_actions"]:
            errors.append(f"scope: {item!r} is not a not-action")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if any(alt in x for x in items):
                errors.append(f"scope: scenario keyword {alt!r} is in the not-in-scope list")
        if not any(alt in x for alt in seg for x in lines[:cut]):
            errors.append(f"scope: scenario {seg} is not among the four moments")
    return errors


# =========================================================================== the gold's own checks


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]
    org = case / "org"
    said = sentences(org)

    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"gold: {len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"gold: deck actions in {sorted(forms)} (five forms or more)")
    if sum(a["slide"] in HEADLINE_SLIDES for a in actions) < 3:
        errors.append("gold: fewer than three deck actions on headline-titled slides")
    for n in HEADLINE_SLIDES:
        title = pages[n][1]
        if re.search(r"\b(roadmap|actions|next steps|initiatives)\b", title):
            errors.append(f"gold: slide {n}'s title {title!r} is no headline")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")

    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"gold: {len(segs)} scenario segments (2 to 4)")

    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 10:
        errors.append(f"gold: {len(gaps)} gaps (6 to 10)")
    per_file = sentences_by_file(org, sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for a in gap for s in ss if a in s}
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gold: gaps stated in {sorted(files)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("gold: fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")

    entries = gold["remit_owners"]
    if len(entries) < 15:
        errors.append(f"gold: {len(entries)} remit_owners entries (15 or more)")
    grounded = deck_text + said
    for e in entries:
        for key in e["task"]:
            if not any(key in x for x in grounded):
                errors.append(f"gold: remit_owners key {key!r} is in neither deck nor org")
    roles = [r for r, _ in roster(org)]
    told = namesakes_told_apart(roles, gold, GRADE_WORDS)
    for pair in NAMESAKES:
        if pair not in told:
            errors.append(f"gold: remit_owners never tell {pair[0]!r} from {pair[1]!r}")
    for key, wrong in KEYWORD_TRAPS:
        hits = [e for e in entries if key in e["task"]]
        if len(hits) != 1 or wrong in hits[0]["owners"] or wrong not in roles:
            errors.append(f"gold: keyword trap {key!r} / {wrong!r} not kept")
    keys = [k for e in entries for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi or kpi in k for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")

    # the first 90 days: owners in brackets, some by a title the roster spells otherwise
    items = [m for x in pages[FIRST_90_SLIDE] if (m := re.fullmatch(r"\d+ (.+) \(([^)]+)\)", x))]
    lower = {r.lower(): r for r in roles}
    mapped = 0
    for m in items:
        item, title = m.group(1), m.group(2)
        if title in lower:
            post = lower[title]
        else:
            post = BRACKET_TITLES.get(title, "")
            if post not in roles:
                errors.append(f"gold: bracketed owner {title!r} maps to no post")
                continue
            mapped += 1
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if not owners or not any(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
    if len(items) < 8 or mapped < 3:
        errors.append(f"gold: {len(items)} bracketed items, {mapped} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(f"gold: accountable {r!r} is neither the sponsor nor the CFO")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_bike_share.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind20",
)


def dump_org() -> None:
    """The roster's rows, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    for title, rows in sheets(org / ROSTER).items():
        print(f"--- {ROSTER} [{title}]:")
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
    sys.exit(run(CASE))
