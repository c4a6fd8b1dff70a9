"""Consistency checks of the dev30 case ``outpatients-trust`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_outpatients_trust.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev30/check_outpatients_trust.py
    /tmp/rl/bin/python evals/dev30/check_outpatients_trust.py --dump   (deck lines by page, roster)
    /tmp/rl/bin/python evals/dev30/check_outpatients_trust.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev30``, split "dev30") with
``build_outpatients_trust.py`` as the builder, "core" the core tier and "consult" the consult
tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; the
gold's "slide" is the PDF page (the slide number printed bottom right). The gold carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list
predates), so the field list the shared checks compare with is that list plus ``gap_blocks``,
checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with openpyxl from ``org/people/outpatients-structure.xlsx``: its one sheet,
  the header Post / Care group / Reports to / Responsible for in row 1, every row under it down
  to the first row without a post; a row whose "Reports to" is "Consulted only" is consult tier,
  every other core;
- org sentences: ``_checks.org_sentences`` with a reader for ``.xlsx`` (each non-empty row of
  every sheet, its cells joined by spaces, as ``_checks`` reads a TSV);
- checks of the roster's form: one sheet; the header row frozen (``freeze_panes`` "A2", and a
  frozen pane with ``ySplit`` 1 in the sheet's XML); the header in bold; 18 to 22 posts, none
  twice; every "Reports to" a post, the Trust Board or "Consulted only"; the two consulted rows
  are the gold's consult-only roles, in the care group of consulted bodies; at least two remits
  send the reader to terms of reference that are in ``org/governance``;
- checks of the deck's form, as PowerPoint for Microsoft 365 on Windows exports a 16:9 deck:
  ``%PDF-1.7`` and the ``%µµµµ`` comment, no "ReportLab" left in the file; Creator and Producer
  "Microsoft® PowerPoint® for Microsoft 365", CreationDate and ModDate the same fixed date;
  ``/Lang`` en-GB; 20 pages of 960 x 540 pt; every font an ArialMT or Arial-BoldMT subset with a
  six-letter prefix other than reportlab's; every page after the cover ends with its number;
- the roadmap (page 13), a Gantt drawn as shapes without grid lines: nothing on the page is
  stroked and no filled rectangle inside the chart is thinner than 2 pt; ten column heads, each
  a quarter's months over its year, in order from "Oct-Dec 2027" to "Jan-Mar 2030"; the phase
  row is three chevrons (filled paths) across the top, each holding one phase name, and each
  gold phase's months are read off its chevron's span of columns (month 0 = October 2027, a
  column three months); every bar is a filled rectangle holding exactly one label, and every
  workstream name at the left sits on a row of bars; the "Beyond March 2030" note lies below
  the chart, outside its columns;
- the clock: "The programme runs from 1 October 2027 to 31 March 2030" once in the deck, on page
  12; the dated phases of page 12 ("Foundations (Oct 2027 - Jun 2028)", "Scale (Jul 2028 - Sep
  2029)", "Embed (from Oct 2029 onwards)") give the gold phases, "onwards" ending with the
  programme; the horizon agrees with the clock line, the cover's "2027-2030", the chart's last
  column and the closing line ("by 31 March 2030, the end of 2029/30"); the contract line (the
  licence runs to 2034) is on page 3 and sets nothing; page 4 names the three phases with no
  date; Gate 2's heading has no date on pages 12 and 15 and its date is in its criteria; the
  first specialty's steps count from its go-live ("GL - 60 days" ... "GL + 16 weeks") and a
  mitigation counts from Sextant's ("L-90 days");
- the KPI table (page 11): Measure / 2026/27 baseline / Target / By when, every KPI vision a row
  ending with its by-when, some written with their day; "-" for the vague one;
- the pilot: named with its place and unit ("dermatology at St Aldhelm's") on its own page
  only, as "St Aldhelm's" or "the first specialty" on its also-slides; "pilot" nowhere;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms, at least
  three on pages whose titles are headlines; at least two vague visions; 2 to 4 scenario
  segments on deck lines, none in the "Not in this programme" list; 6 to 10 gaps stated in at
  least three org files of three kinds; at least two false-gap groups; 5 to 10 forbidden terms;
  15 or more ``remit_owners`` entries, every key in the deck or the org folder, every KPI
  covered; the near-namesake posts told apart; the keyword traps kept; the first-90-days leads
  in brackets that the roster calls otherwise mapped to the roster's post; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader
from pypdf.generic import ContentStream

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, namesakes_told_apart, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "outpatients-trust"
ROSTER = Path("people") / "outpatients-structure.xlsx"
HEAD = ["Post", "Care group", "Reports to", "Responsible for"]
CONSULTED = "Consulted only"
CONSULTED_GROUP = "Consulted bodies (not posts)"
OUTSIDE = {"Trust Board", CONSULTED}

PAGES = 20
SIZE = (960.0, 540.0)
CREATOR = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
CREATED = "D:20270907161842+01'00'"
FONT = re.compile(r"^/([A-Z]{6})\+(ArialMT|Arial-BoldMT)$")
KPI_PAGE, CLOCK_PAGE, ROADMAP_PAGE, PILOT_PAGE, GATES_PAGE = 11, 12, 13, 14, 15
PHASES_PAGE, CONTEXT_PAGE, SCOPE_PAGE, RISK_PAGE, FIRST_90_PAGE, CLOSE_PAGE = 4, 3, 5, 16, 17, 20

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# the chart's columns, in order, and the months each spans from October 2027 (month 0)
QUARTERS = [
    "oct-dec 2027",
    "jan-mar 2028",
    "apr-jun 2028",
    "jul-sep 2028",
    "oct-dec 2028",
    "jan-mar 2029",
    "apr-jun 2029",
    "jul-sep 2029",
    "oct-dec 2029",
    "jan-mar 2030",
]
DATE = re.compile(
    r"\b(20\d\d|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec) 20\d\d)\b"
)
BY_WHEN = re.compile(r"(?:(\d{1,2}) )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) 20\d\d$")

# deck-action forms by page, and the pages whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    14: "first-specialty step",
    15: "gate criterion",
    16: "risk mitigation",
    17: "first 90 days",
    18: "what changes on Monday",
}
HEADLINE_PAGES = {14, 15, 16, 17, 18}
NAMESAKES = [
    ("Chief Digital Information Officer", "Chief Clinical Information Officer"),
    ("Medical Secretariat Manager", "Medical Workforce Manager"),
    ("Medicine Care Group Director", "Surgery Care Group Director"),
    ("Head of Patient Access", "Head of Patient Experience"),
]
GRADE_WORDS = {"chief", "head", "of", "manager", "director", "officer", "lead", "for", "the"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("train and accredit", "Head of Learning and Education"),
    ("pifu pathway and its end date", "Head of Business Intelligence"),
    ("overdue follow-ups", "Head of Business Intelligence"),
    ("fit 20 clinic rooms", "Chief Digital Information Officer"),
    ("speech recognition", "Chief Digital Information Officer"),
    ("virtual clinic sessions to consultant job plans", "Chief Medical Officer"),
    ("hazard log", "Chief Medical Officer"),
]
# the first-90-days leads in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "head of access": "Head of Patient Access",
    "cdio": "Chief Digital Information Officer",
    "ccio": "Chief Clinical Information Officer",
    "dermatology lead": "Dermatology Clinical Lead",
    "medical staffing manager": "Medical Workforce Manager",
    "secretarial services manager": "Medical Secretariat Manager",
    "head of bi": "Head of Business Intelligence",
}
ACCOUNTABLE = {"Chief Executive", "Chief Operating Officer", "Chief Finance Officer"}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (XLSX)


def sheet_rows(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet's rows as text, trailing empty cells and rows dropped."""
    wb = load_workbook(path)
    sheets: dict[str, list[list[str]]] = {}
    for ws in wb.worksheets:
        rows: list[list[str]] = []
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v).strip() for v in row]
            while cells and not cells[-1]:
                cells.pop()
            rows.append(cells)
        while rows and not rows[-1]:
            rows.pop()
        sheets[ws.title] = rows
    return sheets


def post_rows(org: Path) -> list[list[str]]:
    """The posts: every row under the header down to the first row without a post."""
    if not (org / ROSTER).is_file():
        return []
    sheets = list(sheet_rows(org / ROSTER).values())
    if len(sheets) != 1 or not sheets[0] or sheets[0][0] != HEAD:
        return []
    out: list[list[str]] = []
    for r in sheets[0][1:]:
        r = (r + [""] * 4)[:4]
        if not r[0]:
            break
        out.append(r)
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    """(post, tier) of every row: consult for the bodies consulted only, else core."""
    return [(r[0], "consult" if r[2] == CONSULTED else "core") for r in post_rows(org)]


def _xlsx_parts(path: Path) -> list[str]:
    return [
        " ".join(c for c in row if c)
        for rows in sheet_rows(path).values()
        for row in rows
        if any(row)
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": _xlsx_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    wb = load_workbook(path)
    if len(wb.worksheets) != 1:
        errors.append(f"roster: {len(wb.worksheets)} sheets (one)")
    ws = wb.worksheets[0]
    if ws.freeze_panes != "A2":
        errors.append(f"roster: freeze_panes {ws.freeze_panes!r}, not the header row")
    with zipfile.ZipFile(path) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    if not re.search(r'<pane [^>]*ySplit="1"[^>]*state="frozen"', sheet_xml):
        errors.append("roster: no frozen pane under the header row in the sheet's XML")
    if not all(c.font is not None and c.font.b for c in ws[1]):
        errors.append("roster: the header row is not bold")
    rows = post_rows(org)
    names = [r[0] for r in rows]
    if not 18 <= len(names) <= 22:
        errors.append(f"roster: {len(names)} posts (18 to 22)")
    if len(set(names)) != len(names):
        errors.append("roster: a post appears twice")
    for r in rows:
        if r[2] not in names and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, no post")
        if not r[3]:
            errors.append(f"roster: {r[0]!r} has nothing it is responsible for")
    consult = [r[0] for r in rows if r[2] == CONSULTED]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted-only rows {consult} are not the gold's")
    if any(r[1] != CONSULTED_GROUP for r in rows if r[2] == CONSULTED):
        errors.append("roster: a consulted-only row outside the consulted bodies")
    pointers = [r[3] for r in rows if "terms of reference" in r[3]]
    found = {p.name for p in (org / "governance").glob("*-terms-of-reference.md") if p.is_file()}
    if len(pointers) < 2 or len(found) < 2:
        errors.append("roster: fewer than two remits kept in terms of reference in org/")
    return errors


# =========================================================================== the deck's runs

Run = tuple[str, float, float, float]  # text, x, y, size


def page_runs(page: Any) -> list[Run]:
    """Every text run of a page: its normalised text, where it starts and its size."""
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((normalize(text), round(x, 1), round(y, 1), round(size * tm[0], 1)))

    page.extract_text(visitor_text=visit)
    return runs


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def page_shapes(page: Any, reader: PdfReader) -> tuple[list[Box], list[Box], int]:
    """The filled rectangles and filled paths of a page (as boxes in page space) and the
    number of stroking operators, read from its content stream."""
    ops = ContentStream(page.get_contents(), reader).operations
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    rects: list[Box] = []
    paths: list[Box] = []
    strokes = 0
    pending_rects: list[Box] = []
    pending_pts: list[tuple[float, float]] = []

    def at(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = ctm
        return a * x + c * y + e, b * x + d * y + f

    for operands, op in ops:
        name = op.decode("latin-1") if isinstance(op, bytes) else str(op)
        if name == "q":
            stack.append(list(ctm))
        elif name == "Q":
            ctm = stack.pop() if stack else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        elif name == "cm":
            a2, b2, c2, d2, e2, f2 = (float(v) for v in operands)
            a, b, c, d, e, f = ctm
            ctm = [
                a2 * a + b2 * c,
                a2 * b + b2 * d,
                c2 * a + d2 * c,
                c2 * b + d2 * d,
                e2 * a + f2 * c + e,
                e2 * b + f2 * d + f,
            ]
        elif name == "re":
            x, y, w, h = (float(v) for v in operands)
            (x0, y0), (x1, y1) = at(x, y), at(x + w, y + h)
            pending_rects.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        elif name in {"m", "l"}:
            pending_pts.append(at(float(operands[0]), float(operands[1])))
        elif name in {"f", "F", "f*"}:
            rects.extend(pending_rects)
            if pending_pts:
                xs = [p[0] for p in pending_pts]
                ys = [p[1] for p in pending_pts]
                paths.append((min(xs), min(ys), max(xs), max(ys)))
            pending_rects, pending_pts = [], []
        elif name in {"S", "s", "B", "B*", "b", "b*"}:
            strokes += 1
            pending_rects, pending_pts = [], []
        elif name == "n":
            pending_rects, pending_pts = [], []
    return rects, paths, strokes


def _inside(run: Run, box: Box, pad: float = 1.0) -> bool:
    _, x, y, _ = run
    return box[0] - pad <= x <= box[2] + pad and box[1] - pad <= y <= box[3] + pad


def _month(word: str, year: str) -> int:
    """Months from October 2027 (month 0) to the start of the named month."""
    return (int(year) - 2027) * 12 + MONTHS.index(word[:3]) - 9


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    data = path.read_bytes()
    if not data.startswith(b"%PDF-1.7\n%\xb5\xb5\xb5\xb5") or b"ReportLab" in data:
        errors.append("deck: not PDF 1.7 with PowerPoint's binary comment, or ReportLab named")
    reader = PdfReader(str(path))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Creator") != CREATOR or meta.get("/Producer") != CREATOR:
        errors.append(f"deck: creator/producer {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if meta.get("/CreationDate") != CREATED or meta.get("/ModDate") != CREATED:
        errors.append("deck: CreationDate/ModDate are not the fixed date")
    root: Any = reader.trailer["/Root"]
    if str(root.get("/Lang")) != "en-GB":
        errors.append("deck: the catalogue's /Lang is not en-GB")
    if len(reader.pages) != PAGES:
        errors.append(f"deck: {len(reader.pages)} pages, {PAGES} expected")
    pages = deck_lines(path)
    fonts: set[str] = set()
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != SIZE:
            errors.append(f"deck: page {n} is {w} x {h}")
        res: Any = page["/Resources"]
        for f in res.get("/Font", {}).values():
            fonts.add(str(f.get_object()["/BaseFont"]))
        if n > 1 and not pages[n][-1].endswith(f" {n}"):
            errors.append(f"deck: page {n} does not end with its number")
    bad = [f for f in fonts if not FONT.match(f) or f.startswith("/AAAAAA")]
    if bad or len(fonts) != 2:
        errors.append(f"deck: fonts {sorted(fonts)} (two Arial subsets, PowerPoint's prefixes)")
    errors += _roadmap(reader, gold)
    errors += _clock(pages, gold)
    errors += _kpi_table(pages, gold)
    errors += _pilot(pages, gold)
    return errors


def _roadmap(reader: PdfReader, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    page = reader.pages[ROADMAP_PAGE - 1]
    runs = page_runs(page)
    rects, paths, strokes = page_shapes(page, reader)
    if strokes:
        errors.append(f"roadmap: {strokes} stroked paths (a Gantt without grid lines has none)")
    # the phase row: chevrons (filled paths of five or six points) across the top
    chevrons = sorted((p for p in paths if p[1] > 400 and p[2] - p[0] > 100), key=lambda p: p[0])
    if len(chevrons) != 3:
        return errors + [f"roadmap: {len(chevrons)} chevrons in the phase row (three)"]
    x0, x1 = chevrons[0][0], chevrons[-1][2] + 2
    colw = (x1 - x0) / len(QUARTERS)
    # the column heads: a quarter's months over its year, one column each
    heads = sorted(
        (r for r in runs if r[0] in {"oct-dec", "jan-mar", "apr-jun", "jul-sep"}),
        key=lambda r: r[1],
    )
    years = sorted((r for r in runs if re.fullmatch(r"20\d\d", r[0])), key=lambda r: r[1])
    labels = []
    for k, (head, year) in enumerate(zip(heads, years, strict=False)):
        if not 6 <= head[2] - year[2] <= 16 or abs(head[1] - year[1]) > 12:
            errors.append(f"roadmap: column head {head[0]!r} has no year under it")
        if not x0 + k * colw <= head[1] < x0 + (k + 1) * colw:
            errors.append(f"roadmap: column head {head[0]!r} is not in column {k}")
        labels.append(f"{head[0]} {year[0]}")
    if labels != QUARTERS:
        errors.append(f"roadmap: column heads {labels}")
    # each gold phase read off its chevron
    spans: dict[str, tuple[int, int]] = {}
    for box in chevrons:
        inside = [r for r in runs if _inside(r, box)]
        if len(inside) != 1:
            errors.append(f"roadmap: a chevron holds {[r[0] for r in inside]}")
            continue
        first = round((box[0] - x0) / colw)
        after = round((box[2] + 2 - x0) / colw)
        spans[inside[0][0]] = (3 * first, 3 * after)
    for ph in gold["phases"]:
        hit = [spans[m] for m in ph["match"] if m in spans]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"roadmap: phase {ph['match']} spans {hit} on the chart")
    if (
        len(spans) != len(gold["phases"])
        or max((e for _, e in spans.values()), default=0) != (gold["horizon_months"])
    ):
        errors.append("roadmap: the chevrons do not cover the phases and the horizon")
    # bars: filled rectangles, each holding exactly one label; rows named at the left
    top_bar = 370.0
    bars = [b for b in rects if x0 - 1 <= b[0] and b[2] <= x1 + 1 and 60 < b[1] < top_bar]
    for b in bars:
        inside = [r for r in runs if _inside(r, b)]
        if len(inside) != 1:
            errors.append(f"roadmap: a bar at {b[:2]} holds {[r[0] for r in inside]}")
    if len(bars) < 15:
        errors.append(f"roadmap: {len(bars)} bars")
    lowest = min((b[1] for b in bars), default=0.0)
    names = [r for r in runs if r[1] < x0 - 8 and lowest < r[2] < top_bar and r[3] == 10]
    for r in names:
        if not any(b[1] <= r[2] <= b[3] for b in bars):
            errors.append(f"roadmap: workstream {r[0]!r} has no bar on its row")
    if len(names) < 6:
        errors.append(f"roadmap: {len(names)} workstreams")
    thin = [b for b in rects if x0 <= b[0] <= x1 and 60 < b[1] < 450 and (b[3] - b[1]) < 2]
    if thin or any(b[2] - b[0] < 2 for b in rects):
        errors.append("roadmap: a rule drawn as a thin rectangle inside the chart")
    # the note after the horizon, below the chart's rows
    note = [r for r in runs if r[0].startswith("beyond march 2030")]
    if len(note) != 1 or note[0][2] >= lowest:
        errors.append("roadmap: no 'Beyond March 2030' note below the chart")
    return errors


def _clock(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    clock = "the programme runs from 1 october 2027 to 31 march 2030"
    where = [n for n, lines in pages.items() for x in lines if clock in x]
    if where != [CLOCK_PAGE]:
        errors.append(f"clock: the window is stated on pages {where}, not once on page 12")
    horizon = _month("mar", "2030") + 1
    if gold["horizon_months"] != horizon:
        errors.append(f"clock: horizon {gold['horizon_months']}, the window gives {horizon}")
    # the dated phases of page 12
    dated = {}
    for x in pages[CLOCK_PAGE]:
        m = re.match(r"phase \d · (\w+) \((\w{3}) (20\d\d) - (\w{3}) (20\d\d)\)$", x)
        if m:
            dated[m[1]] = (_month(m[2], m[3]), _month(m[4], m[5]) + 1)
        m = re.match(r"phase \d · (\w+) \(from (\w{3}) (20\d\d) onwards\)$", x)
        if m:
            dated[m[1]] = (_month(m[2], m[3]), horizon)
    for ph in gold["phases"]:
        hit = [dated[m] for m in ph["match"] if m in dated]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"clock: phase {ph['match']} is dated {hit} on page 12")
    # the horizon said four ways, and a contract line that sets nothing
    said = {
        1: "outpatient transformation programme 2027-2030",
        CLOCK_PAGE: "31 march 2030, the last day of the 2029/30",
        CLOSE_PAGE: "by 31 march 2030, the end of 2029/30",
        ROADMAP_PAGE: "beyond march 2030 (not in this programme)",
    }
    for n, words in said.items():
        if not any(words in x for x in pages[n]):
            errors.append(f"horizon: {words!r} not on page {n}")
    if "booking system licence runs to 2034" not in " ".join(pages[CONTEXT_PAGE]):
        errors.append("clock: the contract line (licence to 2034) is not on page 3")
    if any("2034" in x for x in pages[CLOCK_PAGE]):
        errors.append("clock: the licence's 2034 on the clock page")
    # phases named without dates on page 4
    named = pages[PHASES_PAGE]
    for ph in gold["phases"]:
        if not any(m in x for m in ph["match"] for x in named):
            errors.append(f"phases page: {ph['match']} not named on page {PHASES_PAGE}")
    if any(DATE.search(x) for x in named):
        errors.append("phases page: a date on the page that names the phases without dates")
    # Gate 2: no date in its heading on pages 12 and 15; the date in its criteria
    clock_page = pages[CLOCK_PAGE]
    g2 = [i for i, x in enumerate(clock_page) if x.startswith("gate 2")]
    if len(g2) != 1 or DATE.search(clock_page[g2[0] + 1]):
        errors.append("gates: Gate 2 is dated on page 12")
    gates = pages[GATES_PAGE]
    i2 = [i for i, x in enumerate(gates) if x.startswith("gate 2")]
    i3 = [i for i, x in enumerate(gates) if x.startswith("gate 3")]
    if len(i2) != 1 or len(i3) != 1 or DATE.search(gates[i2[0] + 1]):
        errors.append("gates: Gate 2's heading is missing or dated on page 15")
    elif not any("all met by 31 march 2029" in x for x in gates[i2[0] + 2 : i3[0]]):
        errors.append("gates: Gate 2's date is not in its criteria")
    # dates relative to a go-live
    steps = [x for x in pages[PILOT_PAGE] if re.match(r"gl( [-+] \d+ (days|weeks))? ", x)]
    if len(steps) < 5 or not any(x.startswith("gl + ") for x in steps):
        errors.append(f"clock: {len(steps)} first-specialty steps counted from the go-live")
    if not any("l-90 days" in x for x in pages[RISK_PAGE]):
        errors.append("clock: no mitigation counted from Sextant's go-live (L-90 days)")
    return errors


def _kpi_table(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[KPI_PAGE]
    if "measure 2026/27 baseline target by when" not in lines:
        errors.append("kpi table: no header Measure / 2026/27 baseline / Target / By when")
    kpis = [v for v in gold["visions"] if v["slide"] == KPI_PAGE]
    days = 0
    for v in kpis:
        row = [x for x in lines if x.startswith(v["match"])]
        if len(row) != 1:
            errors.append(f"kpi table: {v['match']!r} is not one row")
            continue
        m = BY_WHEN.search(row[0])
        undated = row[0].endswith(" higher -")
        if v["vague"] != undated or (not undated and m is None):
            errors.append(f"kpi table: {v['match']!r} by-when (vague {v['vague']})")
        days += bool(m and m[1])
    if len(kpis) != len(gold["kpis"]) or not 3 <= days < len(kpis):
        errors.append(f"kpi table: {len(kpis)} KPI rows, {days} by-whens written with a day")
    return errors


def _pilot(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    unit = "dermatology at st aldhelm's"
    named = [n for n, lines in pages.items() if any(unit in x for x in lines)]
    pilot = gold["pilot"]
    if named != [pilot["slide"]] or pilot["slide"] != PILOT_PAGE:
        errors.append(f"pilot: named with its unit on pages {named}, gold says {pilot['slide']}")
    for n in pilot["also_slides"]:
        text = " ".join(pages[n])
        if ("st aldhelm's" not in text and "first specialty" not in text) or unit in text:
            errors.append(f"pilot: page {n} does not name it by the place or as the first one")
    mentions = [
        n
        for n, lines in pages.items()
        if n != PILOT_PAGE and any("st aldhelm's" in x or "first specialty" in x for x in lines)
    ]
    if mentions != sorted(pilot["also_slides"]):
        errors.append(f"pilot: mentioned on pages {mentions}, also_slides {pilot['also_slides']}")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("pilot: the deck says 'pilot'")
    return errors


# =========================================================================== the gold's own checks


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read as the shared checks read the whole folder."""
    return sentences_by_file(org, sentences)


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
    if sum(a["slide"] in HEADLINE_PAGES for a in actions) < 3:
        errors.append("gold: fewer than three deck actions on headline-titled pages")
    for n in HEADLINE_PAGES:
        title = pages[n][1]
        if title in {"roadmap", "actions", "next steps"}:
            errors.append(f"gold: page {n}'s title {title!r} is no headline")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")

    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"gold: {len(segs)} scenario segments (2 to 4)")
    scope = pages[SCOPE_PAGE]
    out_of_scope = scope[scope.index("not in this programme") + 1 : -1]
    for seg in segs:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"gold: scenario keyword {alt!r} is on no deck line")
            if any(alt in x for x in out_of_scope):
                errors.append(f"gold: scenario keyword {alt!r} is in the not-in-scope list")

    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 10:
        errors.append(f"gold: {len(gaps)} gaps (6 to 10)")
    per_file = _file_sentences(org)
    files = {f for f, ss in per_file.items() for gap in gaps for a in gap for s in ss if a in s}
    folders = {Path(f).parts[0] for f in files}
    suffixes = {Path(f).suffix for f in files}
    if len(files) < 3 or len(folders) < 3 or len(suffixes) < 2:
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
    for a, b in NAMESAKES:
        if a not in roles or b not in roles:
            errors.append(f"gold: near-namesakes {a!r} / {b!r} not both on the roster")
        elif (a, b) not in told and (b, a) not in told:
            errors.append(f"gold: remit_owners never tell {a!r} from {b!r}")
    for key, wrong in KEYWORD_TRAPS:
        hits = [e for e in entries if key in e["task"]]
        if len(hits) != 1 or wrong in hits[0]["owners"] or wrong not in roles:
            errors.append(f"gold: keyword trap {key!r} / {wrong!r} not kept")
        elif not any(key in x for x in deck_text):
            errors.append(f"gold: keyword trap {key!r} is on no deck line")
    keys = [k for e in entries for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")

    # the first 90 days: leads in brackets, some by a title the roster spells otherwise
    items = [
        re.match(r"▪ (.+) \(([^)]+)\)$", x) for x in pages[FIRST_90_PAGE] if x.startswith("▪ ")
    ]
    lower = {r.lower(): r for r in roles}
    mapped = 0
    for m in items:
        if m is None:
            errors.append("gold: a 90-day item without a lead in brackets")
            continue
        item, title = m[1], m[2]
        post = lower.get(title) or BRACKET_TITLES.get(title)
        if post is None or post not in roles:
            errors.append(f"gold: bracketed lead {title!r} maps to no post")
            continue
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if not owners or not any(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
        mapped += title not in lower
    if len(items) < 6 or mapped < 4:
        errors.append(f"gold: {len(items)} bracketed 90-day items, {mapped} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(f"gold: accountable {r!r} is neither sponsor, chair nor budget")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_outpatients_trust.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev30",
)


def dump_org() -> None:
    """The roster's rows, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    for name, rows in sheet_rows(org / ROSTER).items():
        print(f"--- {ROSTER}, sheet {name!r}:")
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
