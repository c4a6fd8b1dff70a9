"""Consistency checks of the dev32 case ``vehicle-rental`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_vehicle_rental.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev32/check_vehicle_rental.py
    /tmp/rl/bin/python evals/dev32/check_vehicle_rental.py --dump   (deck lines by slide, roster)
    /tmp/rl/bin/python evals/dev32/check_vehicle_rental.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev32``, split "dev32") with
``build_vehicle_rental.py`` as the builder, "core" the core tier and "consult" the consult
tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; gold
"slide" is the PDF page. The gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s
deck-grounded gold that dev13's field list predates), so the field list the shared checks
compare with is that list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library (``zipfile`` and ``xml.etree``) from the Excel
  workbook ``org/people/head-office-structure.xlsx``: the sheet "Posts", its header Job title /
  Function / Reports to / Accountabilities, then every row with a job title; shared strings and
  inline strings both read; a row whose Function is "Consultative forum" is consult tier, every
  other core;
- org sentences: ``_checks.org_sentences`` with readers for ``.xlsx`` (every non-empty row of
  every sheet, its cells joined by spaces) and ``.csv`` (each row, its cells joined by spaces);
- checks of the roster's form: the sheets "Posts" and "Vacancies" in that order, 18 to 22
  posts, none twice, each reporting to a post, the Board or "Not line-managed"; the two
  consultative rows are the gold's consult-only roles; the Vacancies sheet's two posts are on
  the Posts sheet; the near-namesakes Head of Fleet and Head of Fleet Engineering; the fleet
  policy in Markdown;
- checks of the deck's form, as PowerPoint prints a 16:9 deck to "Microsoft Print to PDF":
  ``%PDF-1.7`` and a binary comment, no trace of reportlab; a document information dictionary
  of exactly Title ("Microsoft PowerPoint - ... .pptx"), Author, Producer "Microsoft: Print To
  PDF", CreationDate and ModDate at one fixed time, and no Creator; 14 to 22 pages of 960 x
  540 pt; every page drawn top-down (``1 0 0 -1 0 540 cm`` before any text, every text matrix
  with a negative y scale); text as positioned runs (as many text-showing operators as text
  matrices, as many as the words pypdf reads from the page, so every word is its own run, and
  text objects that hold several lines); page numbers as each page's last line from page 2;
- the goal-page forms: the big-number tile row (slide 3: one tile a figure of last year,
  three tiles targets restated by visions); the goal list with asides (slide 4: every vision
  there sits on a line with a bracketed or dashed aside that its match leaves out); a context
  figure beside a goal (slide 7); two KPI rows with the same target for cars and vans, two
  visions; the budget lines and the plan's length with its cost (slide 19, no vision there);
  the KPI table (slide 11: each KPI vision's row read as measure, baseline, target, by-when;
  one row without a number and a date, the one vague KPI); the one-page summary (slide 18)
  restating goals first said earlier, never the gold slide;
- the clock, computed here from the rule the deck states (the financial year starts on 1
  March; month 0 = March 2027): each "Year N: name is FYnn, month year to month year" line of
  slide 13 turned into months and compared with the gold phases; the roadmap (slide 12)
  naming the three years without a date; the horizon the end of FY30; the electric car-club
  pilot's start (FY29 Q4) inside Year 2; the lease line "run to 2033" and the pilot's 20 weeks
  outside the window and among the not-visions;
- the pilot: "the Brackwell Saltmarsh Lane branch and its 40 city bays" on the pilot slide
  only, "Saltmarsh Lane" alone on every also-slide and on no other slide; the "Not in this
  plan" list holds no scenario keyword;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in five forms or more, three or
  more on slides whose titles are headlines; two or more vague visions; 2 to 4 scenario
  segments; 6 to 10 gaps stated in three org files or more of three kinds or more; two or more
  false-gap groups; 5 to 10 forbidden terms; 15 or more ``remit_owners`` entries, every KPI
  covered; the near-namesake posts told apart; the keyword traps kept; the first-90-days owners
  in brackets mapped to the roster's posts; ``accountable`` only the sponsor, the Chief
  Financial Officer and the Chief Executive; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

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
NAME = "vehicle-rental"
DECK = "Keys to the Kerb FY28-30 - Board 25 Feb 2027.pdf"
ROSTER = Path("people") / "head-office-structure.xlsx"
POLICY = Path("policies") / "fleet-policy.md"
HEAD = ["Job title", "Function", "Reports to", "Accountabilities"]
VACANCY_HEAD = ["Post", "Status", "Cover until filled"]
CONSULT_FUNCTION = "Consultative forum"
OUTSIDE = {"Board", "Not line-managed"}

PAGES = (14, 22)
SIZE = (960.0, 540.0)
CREATED = "D:20270218163412+00'00'"
TILE_SLIDE, GOALS_SLIDE, SCOPE_SLIDE, CONTEXT_SLIDE = 3, 4, 5, 7
KPI_SLIDE, ROADMAP_SLIDE, CLOCK_SLIDE, PILOT_SLIDE = 11, 12, 13, 14
FIRST_90_SLIDE, SUMMARY_SLIDE, COST_SLIDE = 17, 18, 19

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    14: "pilot step",
    15: "gate criterion",
    16: "risk mitigation",
    17: "first 90 days",
}
HEADLINE_SLIDES = {14, 15, 16, 17}
NAMESAKES = [
    ("Head of Fleet", "Head of Fleet Engineering"),
    ("Head of Fleet", "Fleet Allocation Manager"),
    ("Fleet Allocation Manager", "Head of Fleet Engineering"),
    ("Head of Data and Pricing", "Data Protection Officer"),
]
GRADE_WORDS = {"head", "of", "and", "manager", "director", "chief", "officer"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("telematics unit", "Head of IT"),
    ("photo inspection app", "Head of Digital Products"),
    ("daily allocation model", "Head of Data and Pricing"),
    ("electric-only bays", "EV Charging Manager"),
    ("data charter", "Head of Data and Pricing"),
]
# the first-90-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "fleet engineering manager": "Head of Fleet Engineering",
    "head of damage": "Head of Damage and Recoveries",
    "l&d manager": "Learning and Development Manager",
    "programme director": "Programme Director, Keys to the Kerb",
}
ACCOUNTABLE = {"Chief Operating Officer", "Chief Financial Officer", "Chief Executive"}
FOOTER_LINE = "greythorn vehicle rental · keys to the kerb · board, 25 february 2027 · commercial in confidence"
PILOT_UNIT = "the brackwell saltmarsh lane branch and its 40 city bays"
PILOT_PLACE = "saltmarsh lane"

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]

M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# =========================================================================== the roster (XLSX)


def _column(ref: str) -> int:
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group(0):  # type: ignore[union-attr]
        n = n * 26 + ord(ch) - 64
    return n - 1


def xlsx_sheets(path: Path) -> dict[str, list[list[str]]]:
    """Each sheet's rows, in workbook order, every cell as text (empty cells as "")."""
    z = zipfile.ZipFile(path)
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target", "") for r in rels}
    shared: list[str] = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(f"{{{M}}}si"):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{M}}}t")))
    out: dict[str, list[list[str]]] = {}
    sheets = wb.find(f"{{{M}}}sheets")
    for sheet in sheets if sheets is not None else []:
        where = target[sheet.get(f"{{{R}}}id")].lstrip("/")
        part = where if where.startswith("xl/") else f"xl/{where}"
        rows: list[list[str]] = []
        for row in ET.fromstring(z.read(part)).iter(f"{{{M}}}row"):
            cells: dict[int, str] = {}
            for c in row.findall(f"{{{M}}}c"):
                kind, v = c.get("t"), c.find(f"{{{M}}}v")
                if kind == "s" and v is not None:
                    text = shared[int(v.text or "0")]
                elif kind == "inlineStr":
                    text = "".join(t.text or "" for t in c.iter(f"{{{M}}}t"))
                else:
                    text = (v.text or "") if v is not None else ""
                cells[_column(c.get("r", "A1"))] = text
            rows.append([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
        out[sheet.get("name", "")] = rows
    return out


def roster_rows(org: Path) -> list[list[str]]:
    """The "Posts" sheet's header and every row with a job title."""
    rows = xlsx_sheets(org / ROSTER).get("Posts", [])
    return [r + [""] * (len(HEAD) - len(r)) for r in rows if r and r[0].strip()]


def roster(org: Path) -> list[tuple[str, str]]:
    if not (org / ROSTER).is_file():
        return []
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [
        (r[0].strip(), "consult" if r[1].strip() == CONSULT_FUNCTION else "core") for r in rows[1:]
    ]


def _xlsx_parts(path: Path) -> list[str]:
    return [
        " ".join(c for c in row if c)
        for rows in xlsx_sheets(path).values()
        for row in rows
        if any(row)
    ]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline=""))]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": _xlsx_parts, ".csv": _csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    names = zipfile.ZipFile(path).namelist()
    for part in ("[Content_Types].xml", "xl/workbook.xml", "docProps/core.xml", "docProps/app.xml"):
        if part not in names:
            errors.append(f"roster: no {part}")
    sheets = xlsx_sheets(path)
    if list(sheets) != ["Posts", "Vacancies"]:
        errors.append(f"roster: sheets {list(sheets)}")
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return errors + [f"roster: header {rows[:1]}"]
    posts = [r[0] for r in rows[1:]]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    for r in rows[1:]:
        if r[2] not in posts and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, neither a post nor outside")
        if not r[3].strip():
            errors.append(f"roster: {r[0]!r} has no Accountabilities")
    consult = [r[0] for r in rows[1:] if r[1] == CONSULT_FUNCTION]
    if consult != gold["consult_only_roles"] or any(
        r[2] != "Not line-managed" for r in rows[1:] if r[1] == CONSULT_FUNCTION
    ):
        errors.append(f"roster: consultative rows {consult}")
    if not {"Head of Fleet", "Head of Fleet Engineering"} <= set(posts):
        errors.append("roster: the near-namesakes Head of Fleet / Head of Fleet Engineering")
    vac = [r for r in sheets.get("Vacancies", []) if any(r)]
    if not vac or vac[0] != VACANCY_HEAD or len(vac) != 3:
        errors.append(f"roster: the Vacancies sheet is {vac}")
    elif any(r[0] not in posts for r in vac[1:]):
        errors.append("roster: a vacancy that is not a post on the Posts sheet")
    policy = org / POLICY
    if not policy.is_file() or not policy.read_text(encoding="utf-8").startswith(
        "# Fleet Policy\n"
    ):
        errors.append("roster: the fleet policy (Markdown) is missing")
    return errors


# =========================================================================== the deck's form

BT = re.compile(rb"BT (.*?) ET", re.S)
TM = re.compile(rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) Tm")
SHOW = re.compile(rb"\) ?Tj|\] ?TJ")


def _stream(reader: PdfReader, n: int) -> bytes:
    contents = reader.pages[n - 1].get_contents()
    return contents.get_data() if contents is not None else b""


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    if not re.match(rb"%PDF-1\.7\n%[\x80-\xff]{4}", raw) or b"reportlab" in raw.lower():
        errors.append("deck: not the header a print driver writes, or reportlab's traces left in")
    reader = PdfReader(str(deck))
    if not PAGES[0] <= len(reader.pages) <= PAGES[1]:
        errors.append(f"deck: {len(reader.pages)} pages ({PAGES[0]} to {PAGES[1]})")
    meta: dict[str, object] = dict(reader.metadata or {})
    if set(meta) != {"/Title", "/Author", "/Producer", "/CreationDate", "/ModDate"}:
        errors.append(f"deck: document information keys {sorted(meta)}")
    if meta.get("/Producer") != "Microsoft: Print To PDF":
        errors.append(f"deck: producer {meta.get('/Producer')!r}")
    if meta.get("/CreationDate") != CREATED or meta.get("/ModDate") != CREATED:
        errors.append("deck: CreationDate and ModDate are not the fixed print time")
    title = str(meta.get("/Title", ""))
    if not (title.startswith("Microsoft PowerPoint - ") and title.endswith(".pptx")):
        errors.append(f"deck: title {title!r} is not PowerPoint's window title")
    pages = deck_lines(deck)
    multi_line_objects = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.01 or abs(h - SIZE[1]) > 0.01:
            errors.append(f"deck: page {n} is {w} x {h}, not 960 x 540")
        stream = _stream(reader, n)
        flip = stream.find(b"1 0 0 -1 0 540 cm")
        if flip < 0 or flip > stream.find(b"BT "):
            errors.append(f"deck: page {n} is not drawn top-down")
        runs = 0
        for body in BT.findall(stream):
            tms = TM.findall(body)
            shows = len(SHOW.findall(body))
            if len(tms) != shows:
                errors.append(f"deck: page {n} has a run without its own text matrix")
                break
            if any(m[3] != b"-1" for m in tms):
                errors.append(f"deck: page {n} has a text matrix that is not top-down")
                break
            runs += shows
            if len({m[5] for m in tms}) > 1:
                multi_line_objects += 1
        words = len((page.extract_text() or "").split())
        if runs != words:
            errors.append(f"deck: page {n} has {runs} runs for {words} words")
        if n > 1 and (not pages[n] or pages[n][-1] != f"{FOOTER_LINE} {n}"):
            errors.append(f"deck: page {n}'s last line is not the footer and its number")
    if multi_line_objects < 40:
        errors.append(f"deck: only {multi_line_objects} text objects hold several lines")
    errors += _goal_forms(pages, gold)
    errors += _kpi_table(pages, gold)
    errors += _clock(pages, gold)
    errors += _pilot(pages, gold)
    errors += _scope(pages, gold)
    return errors


def _vision_lines(v: dict[str, Any], lines: list[str]) -> list[str]:
    alts = [v["match"], *v.get("alternatives", [])]
    return [x for x in lines if any(a in x for a in alts)]


def _goal_forms(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    visions = gold["visions"]
    not_visions = gold["not_visions"]
    # the tile row: one figure of last year beside three targets
    lines = pages[TILE_SLIDE]
    big = [i for i, x in enumerate(lines) if re.fullmatch(r"[\d.]+(m|%| hrs)", x)]
    if len(big) != 4:
        errors.append(f"tiles: {len(big)} big numbers on slide {TILE_SLIDE}")
    else:
        today = [i for i in big if "last year" in lines[i + 1]]
        if len(today) != 1 or lines[today[0] + 1] not in not_visions:
            errors.append("tiles: the figure of last year is not one tile and a not-vision")
        for i in big:
            if i in today:
                continue
            label = " ".join(lines[i + 1 : i + 3])
            if not re.search(r"by (fy\d\d|february 20\d\d)", label):
                errors.append(f"tiles: target tile {lines[i]!r} has no by-when")
            if not any(
                TILE_SLIDE in v.get("also_slides", []) and _vision_lines(v, [lines[i + 1]])
                for v in visions
            ):
                errors.append(f"tiles: target tile {lines[i]!r} restates no vision")
    # the goal list: every vision on the goals slide carries an aside its match leaves out
    on_goals = [v for v in visions if v["slide"] == GOALS_SLIDE]
    if len(on_goals) != 5:
        errors.append(f"goal list: {len(on_goals)} visions on slide {GOALS_SLIDE}")
    for v in on_goals:
        line = next(x for x in pages[GOALS_SLIDE] if v["match"] in x)
        aside = re.search(r"\(([^)]+)\)$| - (.+)$", line)
        if not aside:
            errors.append(f"goal list: {v['match']!r} has no aside")
            continue
        said = aside.group(1) or aside.group(2)
        for alt in [v["match"], *v.get("alternatives", [])]:
            if said in alt or alt in said:
                errors.append(f"goal list: {alt!r} takes in the aside {said!r}")
    # a context figure beside a goal on one slide
    context = [t for t in not_visions if t.startswith("today 31% of returns")]
    if not context or not any(context[0] in x for x in pages[CONTEXT_SLIDE]):
        errors.append(f"context: no context figure among the not-visions on slide {CONTEXT_SLIDE}")
    if not any(v["slide"] == CONTEXT_SLIDE for v in visions):
        errors.append(f"context: no goal on slide {CONTEXT_SLIDE} beside the context figure")
    # the budget lines and the plan's length with its cost: no goal, no KPI
    for text in (
        "a three-year plan, fy28 to fy30, costing £11.2m",
        "£4.6m capital in fy28; £1.1m a year running cost from fy29",
    ):
        if not any(text in x for x in pages[COST_SLIDE]) or text not in not_visions:
            errors.append(f"cost: {text!r} is not on slide {COST_SLIDE} or not a not-vision")
        if text not in gold["not_actions"]:
            errors.append(f"cost: {text!r} is not a not-action")
    if any(v["slide"] == COST_SLIDE or COST_SLIDE in v.get("also_slides", []) for v in visions):
        errors.append(f"cost: a vision cites slide {COST_SLIDE}")
    # the one-page summary: goals said earlier, never the gold slide
    restated = [v for v in visions if SUMMARY_SLIDE in v.get("also_slides", [])]
    if len(restated) < 5 or any(v["slide"] >= SUMMARY_SLIDE for v in restated):
        errors.append(f"summary: {len(restated)} visions restated on slide {SUMMARY_SLIDE}")
    if any(v["slide"] == SUMMARY_SLIDE for v in visions):
        errors.append(f"summary: a vision's gold slide is the summary, slide {SUMMARY_SLIDE}")
    for v in visions:
        if _vision_lines(v, pages[SUMMARY_SLIDE]) and SUMMARY_SLIDE not in v.get("also_slides", []):
            errors.append(f"summary: {v['match']!r} is restated there but not an also-slide")
    return errors


KPI_ROW = re.compile(
    r"^(.+?) (\+?[\d.]+(?:%| hrs)?) (under [\d.]+%|[\d.]+(?:%| hrs)|higher) "
    r"(fy\d\d q[1-4]|to be agreed)$"
)


def _kpi_table(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    """The KPI table reads one row a line (its cells are text boxes on one baseline, which
    pypdf joins): measure, baseline, target, by-when."""
    errors: list[str] = []
    lines = pages[KPI_SLIDE]
    if "measure fy27 baseline target by when" not in lines:
        errors.append("kpi: no table head Measure / FY27 baseline / Target / By when")
    rows: dict[str, tuple[str, str, str]] = {}
    for kpi in gold["kpis"]:
        at = [m for x in lines if kpi in x and (m := KPI_ROW.match(x))]
        if len(at) != 1:
            errors.append(f"kpi: {kpi!r} is not one row of the table")
            continue
        rows[kpi] = (at[0].group(2), at[0].group(3), at[0].group(4))
    blank = [k for k, (_, t, w) in rows.items() if not re.search(r"\d", t) and w == "to be agreed"]
    half = [
        k for k, (_, t, w) in rows.items() if bool(re.search(r"\d", t)) != (w != "to be agreed")
    ]
    if half:
        errors.append(f"kpi: rows with a target but no by-when or the reverse {half}")
    vague = [
        k for k in gold["kpis"] if any(k in v["match"] and v["vague"] for v in gold["visions"])
    ]
    if len(blank) != 1 or blank != vague:
        errors.append(f"kpi: rows without a target and by-when {blank}; vague KPIs {vague}")
    same = [k for k, (_, t, _) in rows.items() if t == "78%"]
    if sorted(same) != ["time on rent, cars", "time on rent, vans"]:
        errors.append(f"kpi: the two rows with the same target are {same}")
    matches = {v["match"] for v in gold["visions"] for k in same if k in v["match"]}
    if len(matches) != 2:
        errors.append("kpi: the two rows with the same target are not two visions")
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
YEAR_LINE = re.compile(
    r"^(year [123]: [a-z ]+) is fy(\d\d), ([a-z]+) (20\d\d) to ([a-z]+) (20\d\d)$"
)


def month_index(month: str, year: int) -> int:
    """Months from March 2027 (month 0) to the first day of ``month`` ``year``."""
    return (year - 2027) * 12 + MONTHS.index(month) - 2


def fy_quarter_start(fy: int, q: int) -> int:
    """Months from March 2027 to the first day of quarter ``q`` of FY``fy`` (FY28 starts then)."""
    return (fy - 28) * 12 + (q - 1) * 3


def _clock(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = "\n".join(x for lines in pages.values() for x in lines)
    clock = pages[CLOCK_SLIDE]
    if "our financial year starts on 1 march: fy28 = march 2027 to february 2028" not in clock:
        errors.append("clock: the financial year's start is not stated on the clock slide")
    found = []
    for x in clock:
        m = YEAR_LINE.match(x)
        if not m:
            continue
        name, fy = m.group(1), int(m.group(2))
        start = month_index(m.group(3), int(m.group(4)))
        end = month_index(m.group(5), int(m.group(6))) + 1
        if (start, end) != (fy_quarter_start(fy, 1), fy_quarter_start(fy + 1, 1)):
            errors.append(f"clock: {x!r} is not FY{fy} by the 1 March rule")
        found.append((name, start, end))
    want = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if found != want:
        errors.append(f"clock: the years on slide {CLOCK_SLIDE} are {found}; gold {want}")
    road = [x for x in pages[ROADMAP_SLIDE] if not x.startswith(FOOTER_LINE)]
    for name, _, _ in want:
        if name not in road:
            errors.append(f"clock: {name!r} is not named on the roadmap")
    if any(re.search(r"\bfy\d\d\b|\b20\d\d\b", x) for x in road):
        errors.append("clock: the roadmap dates its years")
    if gold["horizon_months"] != fy_quarter_start(31, 1) or "the plan ends with fy30" not in text:
        errors.append(f"clock: horizon {gold['horizon_months']}, the plan ends with FY30")
    overlap = re.search(r"electric car-club pilot starts in fy(\d\d) q(\d)", text)
    if not overlap:
        errors.append("clock: the overlap sentence is missing")
    else:
        at = fy_quarter_start(int(overlap.group(1)), int(overlap.group(2)))
        y2, y3 = gold["phases"][1], gold["phases"][2]
        if not y2["start_month"] <= at < y2["end_month"] or at >= y3["start_month"]:
            errors.append(f"clock: the electric pilot starts at month {at}, not inside Year 2")
    lease = [t for t in gold["not_visions"] if "leases run to 2033" in t]
    if not lease or 2027 + gold["horizon_months"] // 12 >= 2033:
        errors.append("clock: the lease line is not a not-vision, or 2033 is inside the plan")
    if not any("the pilot runs 20 weeks" in t for t in gold["not_visions"]):
        errors.append("clock: the pilot's 20 weeks is not a not-vision")
    return errors


def _pilot(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    named = [n for n, lines in pages.items() if any(PILOT_UNIT in x for x in lines)]
    if named != [pilot["slide"]] or pilot["slide"] != PILOT_SLIDE:
        errors.append(f"pilot: named with its unit on {named}, gold {pilot['slide']}")
    alone = sorted(
        n for n, lines in pages.items() if n != PILOT_SLIDE and any(PILOT_PLACE in x for x in lines)
    )
    if alone != sorted(pilot["also_slides"]):
        errors.append(f"pilot: {PILOT_PLACE!r} alone on {alone}, gold {pilot['also_slides']}")
    if pilot["match"] != [PILOT_PLACE]:
        errors.append(f"pilot: match {pilot['match']}")
    return errors


def _scope(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[SCOPE_SLIDE]
    if "not in this plan" not in lines:
        return [f"scope: no 'Not in this plan' list on slide {SCOPE_SLIDE}"]
    cut = lines.index("not in this plan")
    items = [x for x in lines[cut + 1 :] if "·" not in x and not x.isdigit()]
    if len(items) < 5:
        errors.append(f"scope: {len(items)} lines in the not-in-scope list")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if any(alt in x for x in items):
                errors.append(f"scope: scenario keyword {alt!r} is in the not-in-scope list")
        if not any(alt in x for alt in seg for x in lines[:cut]):
            errors.append(f"scope: scenario {seg[0]!r} is not among the three moments")
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
        if re.search(r"\b(roadmap|actions|next steps|plan)\b", title):
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
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")

    # the first 90 days: owners in brackets, some by a title the roster spells otherwise
    items = [m for x in pages[FIRST_90_SLIDE] if (m := re.fullmatch(r"• (.+) \(([^)]+)\)", x))]
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
                errors.append(f"gold: accountable {r!r} is neither sponsor, CFO nor CEO")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_vehicle_rental.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev32",
)


def dump_org() -> None:
    """The roster's rows, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    for sheet, rows in xlsx_sheets(org / ROSTER).items():
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
    sys.exit(run(CASE))
