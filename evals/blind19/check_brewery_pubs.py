"""Consistency checks of the blind19 case ``brewery-pubs`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_brewery_pubs.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind19/check_brewery_pubs.py
    /tmp/rl/bin/python evals/blind19/check_brewery_pubs.py --dump   (deck lines by slide, roster)
    /tmp/rl/bin/python evals/blind19/check_brewery_pubs.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind19``, split "blind19") with
``build_brewery_pubs.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; gold
"slide" is the PDF page. The gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s
deck-grounded gold that dev13's field list predates), so the field list the shared checks
compare with is that list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library (``zipfile`` and ``xml.etree``) from the Calc
  spreadsheet ``org/people/operating-structure.ods``: the sheet "Structure", whose first row is
  a title merged over the four columns, then the header Role / Department / Reports to / Remit,
  then every row down to the first empty one (the note under the blank row is no post); a
  cell's text is its ``text:p`` paragraphs (spans opened, ``text:s`` as spaces) joined by a
  space; a row whose Department is "Consultative body" is consult tier, every other core;
- org sentences: ``_checks.org_sentences`` with readers for ``.ods`` (every non-empty row of
  every sheet, its cells joined by spaces) and ``.csv`` (each row, its cells joined by spaces);
- checks of the roster's form: ``mimetype`` the first ZIP entry, stored, the ODS media type; a
  manifest, a LibreOffice 7.5 generator in ``meta.xml``; the sheets "Structure" and "Changes";
  the merged title row (``number-columns-spanned`` and covered cells) above the header; 18 to 22
  rows, none twice, each reporting to a post, the Board of Directors or "Not line-managed";
  the two consultative rows are the gold's consult-only roles; single posts whose one title
  joins two remits with "and" (the Head of Food and Beverage, the Head of Estates and
  Compliance); cells of several paragraphs, a bold span, a ``text:s``, a repeated empty tail of
  rows and a note row after a blank row; the "Changes" sheet naming the old titles the deck
  still uses in brackets; the licensing and safeguarding policy in Markdown;
- checks of the deck's form, as LibreOffice Impress 7.5 exports a 16:9 deck: ``%PDF-1.6`` and
  no reportlab comment, 14 to 22 pages of 28 x 15.75 cm, a document information dictionary of
  exactly Title, Author, Creator "Impress", Producer "LibreOffice 7.5" and the fixed
  CreationDate; every text object one line; page numbers as each page's last line from page 2;
  the KPI table (each KPI vision's row read as measure, baseline, target, by-when; exactly one
  row without a numeric target or a period by-when, the one vague KPI); the roadmap as a ruled
  table (thin lines, two-line heads "P1-P2" over "FY29" ... "P11-P13" over "FY30" and "Later"
  over "FY31 on"), whose phase row's shaded cells span the periods each gold phase's months say,
  and whose Later column holds no gold phase;
- the clock, computed here from the rule the deck states (thirteen four-week periods from the
  Monday after the first Sunday in October; a year named by the calendar year it ends in): the
  deck's FY29 and FY30 dates, FY29's 53 weeks, each phase's dates on the clock slide, each phase
  boundary rounded to the nearest first of a month and counted from October 2028 (month 0) to
  the gold's months; the horizon said three ways (the title's "2028-30", "October 2028 to
  September 2030" once, the closing "end of FY30") and 24 months; the phases named without
  dates on the plan-on-a-page slide; the Christmas freeze (P3 and P4 fall between late November
  and late January in both years); the gate "at the end of P6" dated only in its criteria (the
  close of P6 FY29 is Sunday 18 March 2029, the Programme Board that reads it the first Thursday
  after); the brewery lease line, which must not set the window;
- the first house: "the Wheatsheaf at Askerby and its kitchen" on one slide only, the first that
  names it, "Wheatsheaf" alone or "the first house" on every later slide that names it (the
  gold's pilot slide and also-slides exactly), go-live on the first day of P5 FY29 and its last step (L+8 weeks) the day
  after P6 closes, and the word "pilot" nowhere in the deck; the "Out of scope for Well Kept"
  list holds no scenario keyword, and every scenario segment is among the four scenes;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in five forms or more, three or
  more on slides whose titles are headlines; two or more vague visions; 2 to 4 scenario
  segments; 6 to 10 gaps stated in three org files or more of three kinds or more; two or more
  false-gap groups; 5 to 10 forbidden terms; 15 or more ``remit_owners`` entries, each key in
  the deck or the org folder, every KPI covered; the near-namesake posts told apart; the
  keyword traps kept; the first-100-days owners in brackets mapped to the roster's posts (some
  by a title the roster spells otherwise), and the one line that names two posts joined by
  "and" owned by both; ``accountable`` only the sponsor, the Managing Director and the Finance
  Director; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import csv
import datetime as dt
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
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import (  # noqa: E402
    Case,
    gap_block_errors,
    namesakes_told_apart,
    run,
    sentences_by_file,
)

HERE = Path(__file__).resolve().parent
NAME = "brewery-pubs"
DECK = "OB-28-61 Well Kept 2028-30 - Operating Board 14 September 2028.pdf"
ROSTER = Path("people") / "operating-structure.ods"
POLICY = Path("policies") / "licensing-and-safeguarding-policy.md"
HEAD = ["Role", "Department", "Reports to", "Remit"]
TITLE_ROW = "Harrowgill Brewery & Inns: operating structure, September 2028"
CONSULT_DEPARTMENT = "Consultative body"
OUTSIDE = {"Board of Directors", "Not line-managed"}
ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"
JOINED_POSTS = {"Head of Food and Beverage", "Head of Estates and Compliance"}

PAGES = (14, 22)
SIZE = (793.70, 446.46)
CREATED = "D:20280912161840+01'00'"
PLAN_SLIDE, SCOPE_SLIDE, KPI_SLIDE, CLOCK_SLIDE, ROADMAP_SLIDE = 4, 5, 11, 12, 13
FIRST_SLIDE, GATE_SLIDE, FIRST_100_SLIDE, GOVERNANCE_SLIDE, ASKS_SLIDE = 14, 15, 17, 19, 20

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    14: "first-house step",
    15: "gate criterion",
    16: "risk mitigation",
    17: "first 100 days",
    18: "what changes on Monday",
}
HEADLINE_SLIDES = {14, 15, 16, 17, 18}
NAMESAKES = [
    ("Head of Pub Operations", "Head of Brewery Operations"),
    ("Head of Free Trade", "Trade Desk Manager"),
    ("Head of People", "People Systems Manager"),
]
GRADE_WORDS = {"head", "of", "and", "manager", "director", "the"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("report beer yield for every pub each period", "Data and Reporting Manager"),
    ("train two cellar champions in every pub", "Learning and Development Manager"),
    ("challenge 25 check", "Learning and Development Manager"),
    ("plan every pub and brewery rota in rotaline", "Head of Technology"),
    ("every kitchen records waste by dish and reason", "Data and Reporting Manager"),
    ("each account sees its own prices and discounts", "Head of Technology"),
    ("delivery runs planned from portal orders", "Trade Desk Manager"),
]
# the first-100-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "head of it": "Head of Technology",
    "head of estates": "Head of Estates and Compliance",
    "head of f&b": "Head of Food and Beverage",
    "cellar services lead": "Cellar Services Manager",
    "programme manager": "Well Kept Programme Manager",
    "fd": "Finance Director",
}
OLD_TITLES = {"Head of IT", "Head of Estates", "Cellar Services Lead"}
BOTH = re.compile(r"^the (head of [a-z ]+?) and the (head of [a-z ]+)$")
ACCOUNTABLE = {"Operations Director", "Managing Director", "Finance Director"}
FULL_NAME = "the wheatsheaf at askerby and its kitchen"
SHORT_NAMES = ("wheatsheaf", "first house")
MOMENTS_HEAD = "where the plan bites: four everyday scenes"
SCOPE_HEAD = "out of scope for well kept"

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


# =========================================================================== the roster (ODS)


def _inline(el: ET.Element) -> str:
    """The text of a paragraph: spans opened, ``text:s`` as its count of spaces, a tab and a
    line break as a space."""
    out = [el.text or ""]
    for child in el:
        tag = child.tag.split("}")[1]
        if tag == "s":
            out.append(" " * int(child.get(f"{{{TEXT}}}c", "1")))
        elif tag in {"tab", "line-break"}:
            out.append(" ")
        elif tag != "annotation":
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def ods_sheets(path: Path) -> dict[str, list[list[str]]]:
    """Each sheet's rows, cells as text (covered cells skipped, empty tails not expanded)."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    sheets: dict[str, list[list[str]]] = {}
    for table in root.iter(f"{{{TABLE}}}table"):
        rows: list[list[str]] = []
        for row in table.iter(f"{{{TABLE}}}table-row"):
            cells: list[str] = []
            for cell in row.findall(f"{{{TABLE}}}table-cell"):
                paras = [_inline(p) for p in cell.findall(f"{{{TEXT}}}p")]
                text = " ".join(p for p in paras if p)
                repeat = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
                cells.extend([text] * (repeat if text else min(repeat, 1)))
            while cells and not cells[-1]:
                cells.pop()
            repeat = int(row.get(f"{{{TABLE}}}number-rows-repeated", "1"))
            rows.extend([cells] * (repeat if cells else min(repeat, 1)))
        while rows and not rows[-1]:
            rows.pop()
        sheets[table.get(f"{{{TABLE}}}name", "")] = rows
    return sheets


def roster_rows(org: Path) -> list[list[str]]:
    """The "Structure" sheet's header and rows down to the first empty row after it."""
    rows = ods_sheets(org / ROSTER).get("Structure", [])
    start = next((k for k, r in enumerate(rows) if r == HEAD), None)
    if start is None:
        return []
    out = []
    for row in rows[start:]:
        if not any(c.strip() for c in row):
            break
        out.append(row + [""] * (len(HEAD) - len(row)))
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    if not (org / ROSTER).is_file():
        return []
    rows = roster_rows(org)
    return [
        (r[0].strip(), "consult" if r[1].strip() == CONSULT_DEPARTMENT else "core")
        for r in rows[1:]
    ]


def _ods_parts(path: Path) -> list[str]:
    return [
        " ".join(c for c in row if c)
        for rows in ods_sheets(path).values()
        for row in rows
        if any(row)
    ]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(c for c in row if c) for row in csv.reader(io.StringIO(text, newline=""))]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".ods": _ods_parts, ".csv": _csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    if (
        not infos
        or infos[0].filename != "mimetype"
        or infos[0].compress_type != zipfile.ZIP_STORED
        or z.read("mimetype") != ODS_TYPE.encode()
    ):
        errors.append("roster: mimetype is not the first, stored ZIP entry of an ODS")
    names = {i.filename for i in infos}
    for part in ("META-INF/manifest.xml", "content.xml", "meta.xml", "styles.xml"):
        if part not in names:
            errors.append(f"roster: no {part}")
    if "meta.xml" in names:
        gen = ET.fromstring(z.read("meta.xml")).find(f"{{{OFFICE}}}meta/{{{META}}}generator")
        if gen is None or not (gen.text or "").startswith("LibreOffice/7.5"):
            errors.append("roster: meta.xml names no LibreOffice 7.5 generator")
    sheets = ods_sheets(path)
    if list(sheets) != ["Structure", "Changes"]:
        errors.append(f"roster: sheets {list(sheets)}")
    first = sheets.get("Structure", [[]])[0]
    if first != [TITLE_ROW] or sheets["Structure"][1] != HEAD:
        errors.append("roster: the title row and then the header are not the sheet's first rows")
    content = z.read("content.xml").decode("utf-8")
    if not re.search(
        r'table:number-columns-spanned="4"[^>]*>.*?</table:table-cell>'
        r'<table:covered-table-cell table:number-columns-repeated="3"/>',
        content,
    ):
        errors.append("roster: the title is not one cell merged over the four columns")
    rows = roster_rows(org)
    if not rows:
        return [*errors, "roster: no header row"]
    posts = [r[0] for r in rows[1:]]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} rows (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a role appears twice")
    for r in rows[1:]:
        if r[2] not in posts and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, neither a post nor outside")
        if not r[3].strip():
            errors.append(f"roster: {r[0]!r} has no remit")
    consult = [r[0] for r in rows[1:] if r[1] == CONSULT_DEPARTMENT]
    if consult != gold["consult_only_roles"] or any(
        r[2] != "Not line-managed" for r in rows[1:] if r[1] == CONSULT_DEPARTMENT
    ):
        errors.append(f"roster: consultative rows {consult}")
    joined = {p for p in posts if " and " in p}
    if not joined >= JOINED_POSTS:
        errors.append(f"roster: single posts joining two remits with 'and': {sorted(joined)}")
    for what, pattern in (
        ("a cell of several paragraphs", r"</text:p><text:p>"),
        ("a bold span", r"<text:span text:style-name=\"T1\">"),
        ("a text:s", r"<text:s/>"),
        ("a repeated empty tail of rows", r'table:number-rows-repeated="\d{6,}"'),
    ):
        if not re.search(pattern, content):
            errors.append(f"roster: no {what}")
    all_rows = sheets.get("Structure", [])
    after = all_rows[1 + len(rows) :]
    if not after or after[0] or len(after) < 2 or not after[1] or after[1][0] in posts:
        errors.append("roster: no note row after a blank row under the posts")
    changes = " ".join(c for row in sheets.get("Changes", []) for c in row)
    for old in sorted(OLD_TITLES):
        if old + " " not in changes or old in posts:
            errors.append(f"roster: the old title {old!r} is not recorded as changed")
    policy = org / POLICY
    if not policy.is_file() or not policy.read_text(encoding="utf-8").startswith(
        "# Licensing and Safeguarding Policy\n"
    ):
        errors.append("roster: the licensing and safeguarding policy (Markdown) is missing")
    return errors


# =========================================================================== the clock


def fy_start(fy: int) -> dt.date:
    """The first day of FY``fy`` (named by the calendar year it ends in): the Monday after the
    first Sunday in October of the year before."""
    d = dt.date(2000 + fy - 1, 10, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=1)


def period_start(fy: int, p: int) -> dt.date:
    return fy_start(fy) + dt.timedelta(weeks=4 * (p - 1))


def period_end(fy: int, p: int) -> dt.date:
    """The last day (a Sunday) of period ``p``; P13 runs to the day before the next year."""
    if p == 13:
        return fy_start(fy + 1) - dt.timedelta(days=1)
    return period_start(fy, p + 1) - dt.timedelta(days=1)


MONTH0 = dt.date(2028, 10, 1)


def month_of(d: dt.date) -> int:
    """Months from October 2028 (month 0) to the first of the month nearest ``d``."""
    first = dt.date(d.year, d.month, 1)
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    near = first if (d - first) <= (nxt - d) else nxt
    return (near.year - MONTH0.year) * 12 + near.month - MONTH0.month


def _day(d: dt.date) -> str:
    return f"{d.strftime('%A').lower()} {d.day} {d.strftime('%B').lower()} {d.year}"


# =========================================================================== the deck's form

BT = re.compile(rb"BT (.*?) ET", re.S)
RECT = re.compile(rb"([\d.]+) ([\d.]+) ([\d.]+) rg\s+n ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f\*")
LINE = re.compile(rb"n ([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S")
Placed = tuple[str, float, float]  # normalised text, x, y


def placed_text(reader: PdfReader, n: int) -> list[Placed]:
    """Page ``n``'s text objects with the point their text matrix puts them at."""
    out: list[Placed] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            out.append((normalize(text), float(tm[4]), float(tm[5])))

    reader.pages[n - 1].extract_text(visitor_text=visit)
    return out


def _stream(reader: PdfReader, n: int) -> bytes:
    contents = reader.pages[n - 1].get_contents()
    return contents.get_data() if contents is not None else b""


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    if not raw.startswith(b"%PDF-1.6\n%") or b"ReportLab" in raw:
        errors.append("deck: not the header Impress writes, or reportlab's comments left in")
    reader = PdfReader(str(deck))
    if not PAGES[0] <= len(reader.pages) <= PAGES[1]:
        errors.append(f"deck: {len(reader.pages)} pages ({PAGES[0]} to {PAGES[1]})")
    meta: dict[str, object] = dict(reader.metadata or {})
    if set(meta) != {"/Title", "/Author", "/Creator", "/Producer", "/CreationDate"}:
        errors.append(f"deck: document information keys {sorted(meta)}")
    if meta.get("/Creator") != "Impress" or meta.get("/Producer") != "LibreOffice 7.5":
        errors.append(f"deck: creator/producer {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if meta.get("/CreationDate") != CREATED:
        errors.append(f"deck: CreationDate {meta.get('/CreationDate')!r}")
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.01 or abs(h - SIZE[1]) > 0.01:
            errors.append(f"deck: page {n} is {w} x {h}, not 28 x 15.75 cm")
        for body in BT.findall(_stream(reader, n)):
            if len(re.findall(rb"\) ?Tj", body)) > 1:
                errors.append(f"deck: page {n} has a text object of several lines")
                break
    pages = deck_lines(deck)
    for n, lines in pages.items():
        if n > 1 and (not lines or lines[-1] != str(n)):
            errors.append(f"deck: page {n}'s number is not its last line")
    errors += _kpi_table(pages, gold)
    errors += _roadmap(reader, gold)
    errors += _clock(pages, gold)
    errors += _first_house(pages, gold)
    errors += _scope(pages, gold)
    return errors


BY_WHEN = re.compile(r"^fy(29|30) p(\d{1,2})$")


def _kpi_table(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    if {v["slide"] for v in kpi_visions} != {KPI_SLIDE}:
        return [f"kpi: KPI visions not all on the KPI table's slide {KPI_SLIDE}"]
    lines = pages[KPI_SLIDE]
    if lines[3:7] != ["measure", "fy28 baseline", "target", "by when"]:
        errors.append(f"kpi: table head {lines[3:7]}")
    blank = []
    for v in kpi_visions:
        at = [i for i, x in enumerate(lines) if v["match"] in x]
        if len(at) != 1 or at[0] + 3 >= len(lines):
            errors.append(f"kpi: {v['match']!r} is not one row of the table")
            continue
        base, target, when = lines[at[0] + 1 : at[0] + 4]
        if not re.search(r"\d", base):
            errors.append(f"kpi: {v['match']!r} has no baseline")
        m = BY_WHEN.match(when)
        numeric, dated = bool(re.search(r"\d", target)), bool(m and 1 <= int(m.group(2)) <= 13)
        if not numeric and not dated:
            blank.append(v["match"])
        elif not numeric or not dated:
            errors.append(f"kpi: {v['match']!r} has a target without a by-when or the reverse")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(blank) != 1 or blank != vague:
        errors.append(f"kpi: rows without a target and by-when {blank}; vague KPIs {vague}")
    return errors


HEADS = ["p1-p2", "p3-p4", "p5-p6", "p7-p10", "p11-p13"] * 2 + ["later"]
YEARS = ["fy29"] * 5 + ["fy30"] * 5 + ["fy31 on"]


def column_months(k: int) -> tuple[int, int]:
    """Months (from October 2028) at the start and the end of roadmap column ``k`` (0-9)."""
    fy = int(YEARS[k][2:])
    first, last = (int(p) for p in HEADS[k].replace("p", "").split("-"))
    return month_of(period_start(fy, first)), month_of(period_end(fy, last) + dt.timedelta(days=1))


def _roadmap(reader: PdfReader, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    placed = placed_text(reader, ROADMAP_SLIDE)
    head_y = max((y for t, _, y in placed if t == "p1-p2"), default=0.0)
    heads = [(t, x, y) for t, x, y in placed if t in set(HEADS) and abs(y - head_y) < 0.1]
    years = [(t, x, y) for t, x, y in placed if t in set(YEARS) and head_y - 20 < y < head_y]
    if [t for t, _, _ in heads] != HEADS or [t for t, _, _ in years] != YEARS:
        errors.append(f"roadmap: heads {[t for t, _, _ in heads]} over {[t for t, _, _ in years]}")
        return errors
    for (_, hx, _), (_, yx, _) in zip(heads, years, strict=True):
        if abs(hx - yx) > 40:
            errors.append("roadmap: a head's period and year are not one column")
    stream = _stream(reader, ROADMAP_SLIDE)
    lines = LINE.findall(stream)
    if len(lines) < 60:
        errors.append(f"roadmap: only {len(lines)} ruled lines")
    vertical = sorted({round(float(x1), 1) for x1, y1, x2, y2 in lines if x1 == x2})
    cols = []
    for _, x, _ in heads:
        left = max((v for v in vertical if v <= x), default=None)
        right = min((v for v in vertical if v > x), default=None)
        if left is None or right is None:
            return [*errors, "roadmap: a head outside the ruled lines"]
        cols.append((left, right))
    phase_fill = [
        (float(x), float(y), float(w), float(h))
        for r, g, b, x, y, w, h in RECT.findall(stream)
        if (r, g, b) == (b".42", b".2", b".08") and float(h) < 30 and float(y) < head_y - 20
    ]
    found = []
    for x, y, w, h in sorted(phase_fill):
        span = [j for j, (a, b) in enumerate(cols) if a >= x - 2 and b <= x + w + 2]
        label = [t for t, tx, ty in placed if x <= tx <= x + w and y <= ty <= y + h]
        if not span or len(label) != 1:
            errors.append(f"roadmap: a phase cell at x={x:.0f} without one label or column")
            continue
        if span[-1] >= 10:
            errors.append(f"roadmap: phase cell {label} in the Later column")
            continue
        found.append((label[0], column_months(span[0])[0], column_months(span[-1])[1]))
    phases = gold["phases"]
    want = [(ph["match"], ph["start_month"], ph["end_month"]) for ph in phases]
    if len(found) != len(want):
        errors.append(f"roadmap: phase cells {found}, gold phases {want}")
    for (name, start, end), (match, s, e) in zip(found, want, strict=False):
        if name not in match or (start, end) != (s, e):
            errors.append(
                f"roadmap: cell {name!r} spans months {start}-{end}; gold {match} {s}-{e}"
            )
    later = cols[-1]
    inside = [t for t, tx, ty in placed if later[0] < tx < later[1] and ty < head_y - 20]
    for ph in phases:
        if any(m in t for m in ph["match"] for t in inside):
            errors.append(f"roadmap: gold phase {ph['match']} in the Later column")
    if not inside or not any("lease" in t for t in inside):
        errors.append("roadmap: the Later column holds nothing, or not the lease")
    gate = [(t, tx) for t, tx, ty in placed if t.startswith("gate:")]
    if len(gate) != 1 or not cols[2][0] < gate[0][1] < cols[2][1]:
        errors.append(f"roadmap: the gate is not one cell in the P5-P6 FY29 column: {gate}")
    return errors


PHASE_LINE = re.compile(r"^([a-z -]+) \(fy(\d\d) p(\d{1,2}) ?- ?(?:fy(\d\d) )?p(\d{1,2})\)$")


def _clock(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = "\n".join(x for lines in pages.values() for x in lines)
    clock = " ".join(pages[CLOCK_SLIDE])
    f29, f30, f31 = fy_start(29), fy_start(30), fy_start(31)
    if (f30 - f29).days // 7 != 53 or (f31 - f30).days // 7 != 52:
        errors.append("clock: FY29 is not 53 weeks or FY30 not 52")
    for said in (
        "our year is thirteen four-week periods, starting on the monday after the first sunday "
        "in october.",
        f"fy29 runs from {_day(f29)} to {_day(f30 - dt.timedelta(days=1))}.",
        "fy29 has 53 weeks; the extra week goes into p13.",
        f"fy30 runs from {_day(f30)} to {_day(f31 - dt.timedelta(days=1))}.",
        "a year takes the name of the calendar year it ends in",
    ):
        if said not in clock:
            errors.append(f"clock: {said!r} is not on the clock slide")
    # the horizon, said three ways
    horizon = gold["horizon_months"]
    if horizon != 24 or month_of(f31) != horizon:
        errors.append(f"clock: horizon {horizon}; FY30 ends at month {month_of(f31)}")
    if text.count("october 2028 to september 2030") != 1:
        errors.append("clock: 'October 2028 to September 2030' is not in the deck once")
    if "well kept 2028-30" not in pages[1]:
        errors.append("clock: the title's 2028-30 is missing")
    if not any(x.startswith("by the end of fy30") for x in pages[ASKS_SLIDE]):
        errors.append("clock: the closing 'by the end of FY30' is missing")
    # the phases: dated on the clock slide, named without dates on the plan slide
    lines = pages[CLOCK_SLIDE]
    for ph in gold["phases"]:
        at = [k for k, x in enumerate(lines) if x == ph["match"][0]]
        hit = PHASE_LINE.match(ph["match"][0])
        if len(at) != 1 or hit is None:
            errors.append(f"clock: phase {ph['match'][0]!r} is not one line of the clock slide")
            continue
        fy1, p1 = int(hit.group(2)), int(hit.group(3))
        fy2, p2 = int(hit.group(4) or hit.group(2)), int(hit.group(5))
        start, end = period_start(fy1, p1), period_end(fy2, p2)
        if lines[at[0] + 1] != f"{_day(start)} to {_day(end)}":
            errors.append(f"clock: {ph['match'][0]!r} is dated {lines[at[0] + 1]!r}")
        months = (month_of(start), month_of(end + dt.timedelta(days=1)))
        if months != (ph["start_month"], ph["end_month"]):
            errors.append(f"clock: {ph['match'][0]!r} is months {months} by the clock")
        name = hit.group(1)
        if name not in pages[PLAN_SLIDE] or name != ph["match"][1]:
            errors.append(f"clock: phase {name!r} is not named alone on slide {PLAN_SLIDE}")
    if any(re.search(r"fy\d\d|\bp\d|20\d\d", x) for x in pages[PLAN_SLIDE][2:-2]):
        errors.append(f"clock: slide {PLAN_SLIDE} dates something")
    # the Christmas trading freeze, P3-P4 of each year
    for fy in (29, 30):
        p3, p4 = period_start(fy, 3), period_end(fy, 4)
        if not dt.date(p3.year, 11, 24) <= p3 <= dt.date(p3.year, 12, 7):
            errors.append(f"clock: P3 FY{fy} starts {p3}, not late November or early December")
        if not dt.date(p4.year, 1, 18) <= p4 <= dt.date(p4.year, 1, 31):
            errors.append(f"clock: P4 FY{fy} ends {p4}, not late January")
    if (
        "no go-live, till change or install in any pub in p3-p4: from late november or early "
        "december to late january." not in clock
    ):
        errors.append("clock: the freeze sentence is missing")
    # the gate at the end of P6: its date in its criteria only
    p6 = period_end(29, 6)
    board = p6 + dt.timedelta(days=1)
    while board.weekday() != 3:
        board += dt.timedelta(days=1)
    gate = " ".join(pages[GATE_SLIDE])
    if f"to {_day(p6)}" not in gate or f"on {_day(board)}" not in gate:
        errors.append(f"gate: its criteria do not say {_day(p6)} and {_day(board)}")
    if "meets on the first thursday after each period closes" not in " ".join(
        pages[GOVERNANCE_SLIDE]
    ):
        errors.append("gate: the governance slide does not say when the Programme Board meets")
    names = "january|february|march|april|may|june|july|august|september|october|november|december"
    for n, lines in pages.items():
        if n == GATE_SLIDE:
            continue
        for x in lines:
            if ("gate" in x or "end of p6" in x) and re.search(names, x):
                errors.append(f"gate: a date outside its criteria on slide {n}: {x!r}")
    # the lease that must not set the window
    lease = [x for x in pages[2] if "lease runs to march 2034" in x]
    if not lease or not any(lease[0] in t or t in lease[0] for t in gold["not_visions"]):
        errors.append("clock: the lease line is missing or not a not-vision")
    if month_of(dt.date(2034, 3, 31)) <= horizon:
        errors.append("clock: the lease ends inside the horizon")
    return errors


def _first_house(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [n for n, lines in pages.items() if any(FULL_NAME in x for x in lines)]
    short = [n for n, lines in pages.items() if any(s in x for s in SHORT_NAMES for x in lines)]
    if len(full) != 1 or not short or full[0] != short[0]:
        errors.append(f"first house: named in full on {full}, first named on {short[:1]}")
    if sorted([pilot["slide"], *pilot["also_slides"]]) != short:
        errors.append(
            f"first house: named on {short}; gold {pilot['slide']} {pilot['also_slides']}"
        )
    if pilot["slide"] != FIRST_SLIDE or pilot["match"] != list(SHORT_NAMES):
        errors.append(f"first house: gold pilot {pilot['match']} on {pilot['slide']}")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("first house: the deck says 'pilot'")
    live = period_start(29, 5)
    if f"goes live on {_day(live)} (l)" not in " ".join(pages[FIRST_SLIDE]):
        errors.append(f"first house: go-live is not {_day(live)}, the first day of P5 FY29")
    if live + dt.timedelta(weeks=8) != period_end(29, 6) + dt.timedelta(days=1):
        errors.append("first house: L+8 weeks is not the day after P6 closes")
    if "l+8 weeks:" not in pages[FIRST_SLIDE] or "l-12 weeks:" not in pages[FIRST_SLIDE]:
        errors.append("first house: its steps are not dated from go-live")
    return errors


def _scope(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[SCOPE_SLIDE]
    if SCOPE_HEAD not in lines or MOMENTS_HEAD not in lines:
        return [f"scope: no scenes or out-of-scope list on slide {SCOPE_SLIDE}"]
    cut = lines.index(SCOPE_HEAD)
    moments = lines[lines.index(MOMENTS_HEAD) + 1 : cut]
    items = [x for x in lines[cut + 1 :] if x != "●"][:-2]
    if len(items) < 4:
        errors.append(f"scope: {len(items)} lines in the not-in-scope list")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if any(alt in x for x in items):
                errors.append(f"scope: scenario keyword {alt!r} is in the not-in-scope list")
        if not any(alt in x for alt in seg for x in moments):
            errors.append(f"scope: scenario segment {seg} is not among the four scenes")
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
        if re.search(r"\b(roadmap|actions|next steps|plan|pilot)\b", title):
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
    for post in JOINED_POSTS:
        if not any(post in e["owners"] for e in entries):
            errors.append(f"gold: the single post {post!r} owns nothing")

    # the first 100 days: owners in brackets, some by a title the roster spells otherwise,
    # one line naming two posts joined by "and" whose titles share their last word
    items = [m for x in pages[FIRST_100_SLIDE] if (m := re.fullmatch(r"(.+) \(([^)]+)\)", x))]
    lower = {r.lower(): r for r in roles}
    mapped = both = 0
    for m in items:
        item, title = m.group(1), m.group(2)
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if not owners:
            errors.append(f"gold: {item!r} matches no remit_owners entry")
        joint = BOTH.match(title)
        if joint:
            posts = [lower.get(joint.group(1)), lower.get(joint.group(2))]
            if None in posts or joint.group(1).split()[-1] != joint.group(2).split()[-1]:
                errors.append(f"gold: the joint owners {title!r} are not two namesake posts")
            elif not any(all(p in o for p in posts) for o in owners):
                errors.append(f"gold: {item!r} is not owned by both {title!r}")
            both += 1
            continue
        if title in lower:
            post = lower[title]
        else:
            post = BRACKET_TITLES.get(title, "")
            if post not in roles:
                errors.append(f"gold: bracketed owner {title!r} maps to no post")
                continue
            mapped += 1
        if owners and not any(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
    if len(items) < 8 or mapped < 3 or both != 1:
        errors.append(f"gold: {len(items)} bracketed items, {mapped} retitled, {both} joint")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(f"gold: accountable {r!r} is neither sponsor, MD nor FD")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_brewery_pubs.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind19",
)


def dump_org() -> None:
    """The roster's rows, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    print(f"--- {ROSTER}:")
    for row in roster_rows(org):
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
