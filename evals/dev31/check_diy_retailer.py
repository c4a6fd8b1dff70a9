"""Consistency checks of the dev31 case ``diy-retailer`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_diy_retailer.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev31/check_diy_retailer.py
    /tmp/rl/bin/python evals/dev31/check_diy_retailer.py --dump   (deck lines by slide, roster)
    /tmp/rl/bin/python evals/dev31/check_diy_retailer.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev31``, split "dev31") with
``build_diy_retailer.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; gold
"slide" is the PDF page. The gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s
deck-grounded gold that dev13's field list predates), so the field list the shared checks
compare with is that list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library (``zipfile`` and ``xml.etree``) from the Calc
  spreadsheet ``org/people/support-centre-posts.ods``: the sheet "Posts", its header Post /
  Function / Reports to / Accountable for, then every row down to the first empty one (the
  note under the blank row is no post); a cell's text is its ``text:p`` paragraphs (spans
  opened, ``text:s`` as spaces) joined by a space, a comment (``office:annotation``) left out
  of the cell; a post whose Function is "Consultative body" is consult tier, every other core;
- org sentences: ``_checks.org_sentences`` with readers for ``.ods`` (every non-empty row of
  every sheet, its cells joined by spaces, then each cell comment) and ``.csv`` (each row, its
  cells joined by spaces);
- checks of the roster's form: ``mimetype`` the first ZIP entry, stored, the ODS media type;
  a manifest, a LibreOffice 7.6 generator in ``meta.xml``; the sheets "Posts" and "Read me";
  18 to 22 posts, none twice, each reporting to a post, the Board or "Not line-managed"; the
  two consultative rows are the gold's consult-only roles; two or more single posts whose
  title joins two remits with "and", among them the Head of Loss Prevention and Health &
  Safety; cells of several paragraphs, a bold span, a ``text:s``, a cell comment, a repeated
  empty tail of rows, and a note row after a blank row; the loss-prevention policy in Markdown;
- checks of the deck's form, as LibreOffice Impress 7.6 exports a 16:9 deck: ``%PDF-1.6``, 14
  to 22 pages of 28 x 15.75 cm, a document information dictionary of exactly Title, Author,
  Creator "Impress", Producer "LibreOffice 7.6" and the fixed CreationDate; every text object
  one line; page numbers as each page's last line from page 2; the KPI table (each KPI
  vision's row read as measure, baseline, target, by-when; one row without a numeric target
  or a fiscal by-when, the one vague KPI); the roadmap as a ruled table (thin lines, two-line
  heads "Q1" over "FY28" ... "Q4" over "FY29" and "Beyond" over "FY29"), whose phase row's
  shaded cells span the quarters each gold phase's months say, and whose Beyond column holds
  no gold phase;
- the clock, computed here from the rule the deck states (the financial year starts on the
  Sunday nearest 1 February; 4-4-5 periods; a 53rd week goes into Period 12): the deck's FY28
  and FY29 dates and weekdays, FY28's 53 weeks, each fiscal quarter's start within a week of
  the first of the calendar month the gold counts it as (month 0 = February 2028), the phases
  on the calendar slide read as quarter ranges and turned into months, the horizon said three ways
  (the title's "2028-30", "February 2028 to January 2030" once, the closing "end of FY29"),
  the phases named without dates on the plan-on-a-page slide, the peak freeze (Periods 10 to
  12 fall between late October and early February, "November to January" in the deck), Gate
  1's date only in its criteria (the close of Period 6 is Saturday 29 July 2028 and the
  programme board that reads it, the second Thursday after, Thursday 10 August 2028), and the
  distribution centre lease that must not set the window;
- the first store: "the Kelham Bridge store and its trade counter" on the first-store slide
  only, "Kelham Bridge" alone on every also-slide and nowhere else, and the word "pilot"
  nowhere in the deck; the "Not in this plan" list holds no scenario keyword;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in five forms or more, three or
  more on slides whose titles are headlines; two or more vague visions; 2 to 4 scenario
  segments; 6 to 10 gaps stated in three org files or more of three kinds or more; two or more
  false-gap groups; 5 to 10 forbidden terms; 15 or more ``remit_owners`` entries, every KPI
  covered; the near-namesake posts told apart; the keyword traps kept; the first-90-days owners
  in brackets mapped to the roster's posts, and the one line that names two posts joined by
  "and" owned by both; ``accountable`` only the sponsor, the Chief Financial Officer and the
  Chief Executive; ``gap_blocks``.

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
NAME = "diy-retailer"
DECK = "EC-28-04 Ready Every Hour - store operations plan 2028-30.pdf"
ROSTER = Path("people") / "support-centre-posts.ods"
POLICY = Path("policies") / "loss-prevention-policy.md"
HEAD = ["Post", "Function", "Reports to", "Accountable for"]
CONSULT_FUNCTION = "Consultative body"
OUTSIDE = {"Board", "Not line-managed"}
ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"

PAGES = (14, 22)
SIZE = (793.70, 446.46)
CREATED = "D:20280110164212Z"
PLAN_SLIDE, KPI_SLIDE, CLOCK_SLIDE, ROADMAP_SLIDE = 4, 11, 12, 13
FIRST_SLIDE, GATE_SLIDE, FIRST_90_SLIDE, SCOPE_SLIDE, ASKS_SLIDE = 14, 15, 17, 5, 20
GOVERNANCE_SLIDE = 19

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    14: "first-store step",
    15: "gate criterion",
    16: "risk mitigation",
    17: "first 90 days",
    18: "what changes on Monday",
}
HEADLINE_SLIDES = {14, 15, 16, 17, 18}
NAMESAKES = [
    ("Store Systems Manager", "Head of Store Operations"),
    ("Head of Trade Operations", "Head of Trade Credit"),
    ("Head of Store Operations", "Head of Trade Operations"),
]
GRADE_WORDS = {"head", "of", "and", "manager", "director", "chief", "officer"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("certify two colleagues per store to work at height", "Learning and Development Manager"),
    ("build the footfall and till forecast", "Head of Data and Insight"),
    ("clean the 11,400 open trade account records", "Head of Data and Insight"),
    ("count the 400 highest-loss lines every week", "Head of Loss Prevention and Health & Safety"),
    ("record known loss at the till", "Head of Loss Prevention and Health & Safety"),
    ("send the locker pin by text", "IT Director"),
    ("check 200 shelf edges", "Head of Pricing and Promotions"),
    ("link pricebook to the label server", "Head of Pricing and Promotions"),
    ("apply on a tablet at the counter", "Head of Trade Credit"),
]
# the first-90-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "cfo": "Chief Financial Officer",
    "facilities manager": "Head of Property and Facilities",
    "workforce planning lead": "Head of Workforce Planning",
    "head of credit": "Head of Trade Credit",
    "head of lp": "Head of Loss Prevention and Health & Safety",
    "head of h&s": "Head of Loss Prevention and Health & Safety",
    "programme director": "Programme Director, Ready Every Hour",
}
BOTH = re.compile(r"^the (head of [a-z ]+?) and the (head of [a-z ]+)$")
ACCOUNTABLE = {"Chief Operating Officer", "Chief Financial Officer", "Chief Executive"}

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


def _cell(cell: ET.Element) -> tuple[str, list[str]]:
    """(the cell's text, its paragraphs joined by a space; the paragraphs of its comment)."""
    paras = [_inline(p) for p in cell.findall(f"{{{TEXT}}}p")]
    note = [_inline(p) for p in cell.findall(f"{{{OFFICE}}}annotation/{{{TEXT}}}p")]
    return " ".join(p for p in paras if p), note


def ods_sheets(path: Path) -> dict[str, tuple[list[list[str]], list[str]]]:
    """Each sheet's rows (empty tails of rows and cells not expanded) and its cell comments."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    sheets: dict[str, tuple[list[list[str]], list[str]]] = {}
    for table in root.iter(f"{{{TABLE}}}table"):
        rows: list[list[str]] = []
        notes: list[str] = []
        for row in table.iter(f"{{{TABLE}}}table-row"):
            cells: list[str] = []
            for cell in row.findall(f"{{{TABLE}}}table-cell"):
                text, note = _cell(cell)
                repeat = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
                cells.extend([text] * (repeat if text else min(repeat, 1)))
                notes.extend(note)
            while cells and not cells[-1]:
                cells.pop()
            repeat = int(row.get(f"{{{TABLE}}}number-rows-repeated", "1"))
            rows.extend([cells] * (repeat if cells else min(repeat, 1)))
        while rows and not rows[-1]:
            rows.pop()
        sheets[table.get(f"{{{TABLE}}}name", "")] = (rows, notes)
    return sheets


def roster_rows(org: Path) -> list[list[str]]:
    """The "Posts" sheet's header and rows down to the first empty row."""
    rows = ods_sheets(org / ROSTER).get("Posts", ([], []))[0]
    out = []
    for row in rows:
        if not any(c.strip() for c in row):
            break
        out.append(row + [""] * (len(HEAD) - len(row)))
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    if not (org / ROSTER).is_file():
        return []
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [
        (r[0].strip(), "consult" if r[1].strip() == CONSULT_FUNCTION else "core") for r in rows[1:]
    ]


def _ods_parts(path: Path) -> list[str]:
    parts: list[str] = []
    for rows, notes in ods_sheets(path).values():
        parts.extend(" ".join(c for c in row if c) for row in rows if any(row))
        parts.extend(notes)
    return parts


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline=""))]


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
        meta = ET.fromstring(z.read("meta.xml"))
        gen = meta.find(f"{{{OFFICE}}}meta/{{{META}}}generator")
        if gen is None or not (gen.text or "").startswith("LibreOffice/7.6"):
            errors.append("roster: meta.xml names no LibreOffice 7.6 generator")
    sheets = ods_sheets(path)
    if list(sheets) != ["Posts", "Read me"]:
        errors.append(f"roster: sheets {list(sheets)}")
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        errors.append(f"roster: header {rows[:1]}")
        return errors
    posts = [r[0] for r in rows[1:]]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    for r in rows[1:]:
        if r[2] not in posts and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, neither a post nor outside")
        if not r[3].strip():
            errors.append(f"roster: {r[0]!r} has no Accountable for")
    consult = [r[0] for r in rows[1:] if r[1] == CONSULT_FUNCTION]
    if consult != gold["consult_only_roles"] or any(
        r[2] != "Not line-managed" for r in rows[1:] if r[1] == CONSULT_FUNCTION
    ):
        errors.append(f"roster: consultative rows {consult}")
    joined = [p for p in posts if " and " in p]
    if len(joined) < 2 or "Head of Loss Prevention and Health & Safety" not in joined:
        errors.append(f"roster: posts whose title joins two remits with 'and': {joined}")
    content = z.read("content.xml").decode("utf-8")
    for what, pattern in (
        ("a cell of several paragraphs", r"</text:p><text:p>"),
        ("a bold span", r"<text:span text:style-name=\"T1\">"),
        ("a text:s", r"<text:s/>"),
        ("a cell comment", r"<office:annotation "),
        ("a repeated empty tail of rows", r'table:number-rows-repeated="\d{6,}"'),
    ):
        if not re.search(pattern, content):
            errors.append(f"roster: no {what}")
    all_rows = sheets.get("Posts", ([], []))[0]
    after = all_rows[len(rows) :]
    if not after or after[0] or not any(after[1:]) or after[1][0] in posts:
        errors.append("roster: no note row after a blank row under the posts")
    policy = org / POLICY
    if not policy.is_file() or not policy.read_text(encoding="utf-8").startswith(
        "# Loss Prevention Policy\n"
    ):
        errors.append("roster: the loss-prevention policy (Markdown) is missing")
    return errors


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
    if meta.get("/Creator") != "Impress" or meta.get("/Producer") != "LibreOffice 7.6":
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
    errors += _first_store(pages, gold)
    errors += _scope(pages, gold)
    return errors


FISCAL = re.compile(r"^(end of fy29|fy2[89] q[1-4]|fy2[89] \(full year\))$")


def _kpi_table(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    if {v["slide"] for v in kpi_visions} != {KPI_SLIDE}:
        errors.append(f"kpi: KPI visions not all on the KPI table's slide {KPI_SLIDE}")
        return errors
    lines = pages[KPI_SLIDE]
    if lines[3:7] != ["measure", "fy27 baseline", "target", "by when"]:
        errors.append(f"kpi: table head {lines[3:7]}")
    blank = []
    for v in kpi_visions:
        at = [i for i, x in enumerate(lines) if x.startswith(v["match"])]
        if len(at) != 1 or at[0] + 3 >= len(lines):
            errors.append(f"kpi: {v['match']!r} is not one row of the table")
            continue
        base, target, when = lines[at[0] + 1 : at[0] + 4]
        if not re.search(r"\d", base):
            errors.append(f"kpi: {v['match']!r} has no baseline")
        numeric, dated = bool(re.search(r"\d", target)), bool(FISCAL.match(when))
        if not numeric and not dated:
            blank.append(v["match"])
        elif not numeric or not dated:
            errors.append(f"kpi: {v['match']!r} has a target without a by-when or the reverse")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(blank) != 1 or blank != vague:
        errors.append(f"kpi: rows without a target and by-when {blank}; vague KPIs {vague}")
    return errors


QUARTERS = [f"q{q}" for q in range(1, 5)] * 2 + ["beyond"]
YEARS = ["fy28"] * 4 + ["fy29"] * 4 + ["fy29"]


def quarter_month(fy: int, q: int) -> int:
    """Months from February 2028 (month 0) to the start of quarter ``q`` of FY``fy``."""
    return (fy - 28) * 12 + (q - 1) * 3


def _roadmap(reader: PdfReader, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    placed = placed_text(reader, ROADMAP_SLIDE)
    heads = [(t, x, y) for t, x, y in placed if t in {"q1", "q2", "q3", "q4", "beyond"}]
    years = [(t, x, y) for t, x, y in placed if t in {"fy28", "fy29"}]
    if [t for t, _, _ in heads] != QUARTERS or [t for t, _, _ in years] != YEARS:
        errors.append(f"roadmap: heads {[t for t, _, _ in heads]} over {[t for t, _, _ in years]}")
        return errors
    if any(
        abs(h[2] - heads[0][2]) > 0.1 or y[2] >= h[2] for h, y in zip(heads, years, strict=True)
    ):
        errors.append("roadmap: a head is not two lines, quarter over year")
    stream = _stream(reader, ROADMAP_SLIDE)
    lines = LINE.findall(stream)
    if len(lines) < 60:
        errors.append(f"roadmap: only {len(lines)} ruled lines")
    vertical = sorted({round(float(x1), 1) for x1, y1, x2, y2 in lines if x1 == x2})
    # the columns: the ruled lines either side of each head
    cols = []
    for _, x, _ in heads:
        left = max((v for v in vertical if v <= x), default=None)
        right = min((v for v in vertical if v > x), default=None)
        if left is None or right is None:
            errors.append("roadmap: a head outside the ruled lines")
            return errors
        cols.append((left, right))
    phase_fill = [
        (float(x), float(y), float(w), float(h))
        for r, g, b, x, y, w, h in RECT.findall(stream)
        if (r, g, b) == (b".06", b".33", b".22")
        and float(h) < 28
        and float(w) < 600
        and float(y) < heads[0][2] - 20
    ]
    found = []
    for x, y, w, h in sorted(phase_fill):
        span = [j for j, (a, b) in enumerate(cols) if a >= x - 2 and b <= x + w + 2]
        label = [t for t, tx, ty in placed if x <= tx <= x + w and y <= ty <= y + h]
        if not span or len(label) != 1:
            errors.append(f"roadmap: a phase cell at x={x:.0f} without one label or column")
            continue
        a, b = span[0], span[-1]
        start = quarter_month(int(YEARS[a][2:]), int(QUARTERS[a][1]))
        end = quarter_month(int(YEARS[b][2:]), int(QUARTERS[b][1])) + 3
        found.append((label[0], start, end))
    phases = gold["phases"]
    want = [(ph["match"], ph["start_month"], ph["end_month"]) for ph in phases]
    if len(found) != len(want):
        errors.append(f"roadmap: phase cells {found}, gold phases {want}")
    for (name, start, end), (match, s, e) in zip(found, want, strict=False):
        if name not in match or (start, end) != (s, e):
            errors.append(
                f"roadmap: cell {name!r} spans months {start}-{end}; gold {match} {s}-{e}"
            )
    beyond = cols[-1]
    inside = [t for t, tx, ty in placed if beyond[0] < tx < beyond[1] and ty < heads[0][2] - 20]
    for ph in phases:
        if any(m in t for m in ph["match"] for t in inside):
            errors.append(f"roadmap: gold phase {ph['match']} in the Beyond column")
    if not inside:
        errors.append("roadmap: nothing in the Beyond column")
    return errors


def fy_start(fy: int) -> dt.date:
    """The first day of FY``fy``: the Sunday nearest 1 February of 20``fy``."""
    first = dt.date(2000 + fy, 2, 1)
    return min(
        (first + dt.timedelta(days=k) for k in range(-3, 4)),
        key=lambda d: (d.weekday() != 6, abs((d - first).days)),
    )


def _day(d: dt.date) -> str:
    return f"{d.strftime('%A').lower()} {d.day} {d.strftime('%B').lower()} {d.year}"


PHASE_LINE = re.compile(
    r"^([a-z-]+) \((fy2\d) (q[1-4]|h[12])(?: ?- ?(?:(fy2\d) )?(q[1-4]|h[12]))?\)$"
)


def _range(m: re.Match[str]) -> tuple[int, int]:
    """Months of a phase's quarter (or half-year) range, as the deck writes it."""

    def bounds(fy: str, part: str) -> tuple[int, int]:
        f = int(fy[2:])
        if part.startswith("h"):
            s = quarter_month(f, 1 if part == "h1" else 3)
            return s, s + 6
        s = quarter_month(f, int(part[1]))
        return s, s + 3

    start, end = bounds(m.group(2), m.group(3))
    if m.group(5):
        end = bounds(m.group(4) or m.group(2), m.group(5))[1]
    return start, end


def _clock(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = "\n".join(x for lines in pages.values() for x in lines)
    clock = " ".join(pages[CLOCK_SLIDE])
    f28, f29, f30 = fy_start(28), fy_start(29), fy_start(30)
    weeks = (f29 - f28).days // 7
    if weeks != 53 or "has 53 weeks, the extra week in period 12" not in clock:
        errors.append(f"clock: FY28 has {weeks} weeks; the deck says otherwise")
    for said in (
        f"fy28 starts on {_day(f28)}",
        f"fy29 runs from {_day(f29)} to {_day(f30 - dt.timedelta(days=1))}",
        "starts on the sunday nearest 1 february; each quarter is 13 weeks in a 4-4-5 pattern",
    ):
        if said not in clock:
            errors.append(f"clock: {said!r} is not on the calendar slide")
    # each fiscal quarter starts within a week of the month the gold counts it as
    for fy, start in ((28, f28), (29, f29)):
        for q in range(1, 5):
            d = start + dt.timedelta(weeks=13 * (q - 1))
            m = quarter_month(fy, q)
            month = dt.date(2028 + (1 + m) // 12, (1 + m) % 12 + 1, 1)
            if abs((d - month).days) > 7:
                errors.append(f"clock: Q{q} FY{fy} starts {d}, not near {month} (month {m})")
    horizon = gold["horizon_months"]
    if horizon != 24 or quarter_month(30, 1) != horizon:
        errors.append(f"clock: horizon {horizon}, the plan ends with FY29 (24 months)")
    if text.count("february 2028 to january 2030") != 1:
        errors.append("clock: 'February 2028 to January 2030' is not in the deck once")
    if "store operations plan 2028-30" not in pages[1]:
        errors.append("clock: the title's 2028-30 is missing")
    if not any("at the end of fy29, in february 2030" in x for x in pages[ASKS_SLIDE]):
        errors.append("clock: the closing 'end of FY29' is missing")
    # the phases: dated on the calendar slide, named without dates on the plan slide
    lines = pages[CLOCK_SLIDE]
    for ph in gold["phases"]:
        hits = [h for x in lines if (h := PHASE_LINE.match(x)) and x == ph["match"][0]]
        if len(hits) != 1:
            errors.append(f"clock: phase {ph['match'][0]!r} is not one line of the calendar slide")
            continue
        if _range(hits[0]) != (ph["start_month"], ph["end_month"]):
            errors.append(f"clock: {ph['match'][0]!r} is months {_range(hits[0])} by the clock")
        name = hits[0].group(1)
        if name not in pages[PLAN_SLIDE]:
            errors.append(f"clock: phase {name!r} is not named alone on slide {PLAN_SLIDE}")
    if any(re.search(r"fy2\d|20\d\d", x) for x in pages[PLAN_SLIDE] if "phase" in x):
        errors.append(f"clock: slide {PLAN_SLIDE} dates its phases")
    # the peak freeze, Periods 10 to 12, "November to January"
    for start, nxt in ((f28, f29), (f29, f30)):
        p10 = start + dt.timedelta(weeks=39)
        if not (dt.date(p10.year, 10, 28) <= p10 <= dt.date(p10.year, 11, 4)):
            errors.append(f"clock: Period 10 starts {p10}, not about November")
        if not (dt.date(nxt.year, 1, 28) <= nxt - dt.timedelta(days=1) <= dt.date(nxt.year, 2, 4)):
            errors.append(f"clock: Period 12 ends {nxt}, not about the end of January")
    if (
        "no go-lives from period 10 to period 12, which in calendar terms is november to january"
        not in clock
    ):
        errors.append("clock: the freeze sentence is missing")
    # Gate 1: its date in its criteria only
    p6_close = f28 + dt.timedelta(weeks=26) - dt.timedelta(days=1)
    after = p6_close + dt.timedelta(days=1)
    thursdays = [
        after + dt.timedelta(days=k)
        for k in range(14)
        if (after + dt.timedelta(days=k)).weekday() == 3
    ]
    board = thursdays[1]
    gate = " ".join(pages[GATE_SLIDE])
    if f"to {_day(p6_close)}" not in gate or f"on {_day(board)}" not in gate:
        errors.append(f"gate 1: its criteria do not say {_day(p6_close)} and {_day(board)}")
    if p6_close.month != 7 or "second thursday after each period close" not in text:
        errors.append("gate 1: the Period 6 close is not the end of July, or no board rule")
    months = "january|february|march|april|may|june|july|august|september|october|november|december"
    for n, lines in pages.items():
        if n == GATE_SLIDE:
            continue
        for x in lines:
            dated = ("gate 1" in x or "period 6 close" in x) and re.search(months, x)
            if dated and n != GOVERNANCE_SLIDE:  # the Board hears the result in September
                errors.append(f"gate 1: a date outside its criteria on slide {n}: {x!r}")
    # the lease that must not set the window
    if "the aireby distribution centre lease runs to 2036." not in text:
        errors.append("clock: the lease line is missing")
    if not any("lease runs to 2036" in t for t in gold["not_visions"]):
        errors.append("clock: the lease line is not a not-vision")
    return errors


def _first_store(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    unit = "kelham bridge store and its trade counter"
    named = [n for n, lines in pages.items() if unit in " ".join(lines)]
    pilot = gold["pilot"]
    if named != [pilot["slide"]] or pilot["slide"] != FIRST_SLIDE:
        errors.append(f"first store: named with its unit on {named}, gold {pilot['slide']}")
    alone = sorted(
        n for n, lines in pages.items() if n != FIRST_SLIDE and "kelham bridge" in " ".join(lines)
    )
    if alone != sorted(pilot["also_slides"]):
        errors.append(f"first store: Kelham Bridge alone on {alone}, gold {pilot['also_slides']}")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("first store: the deck says 'pilot'")
    return errors


def _scope(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[SCOPE_SLIDE]
    if "not in this plan" not in lines:
        return [f"scope: no 'Not in this plan' list on slide {SCOPE_SLIDE}"]
    items = [x for x in lines[lines.index("not in this plan") + 1 :] if x != "●"][:-2]
    if len(items) < 4:
        errors.append(f"scope: {len(items)} lines in the not-in-scope list")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if any(alt in x for x in items):
                errors.append(f"scope: scenario keyword {alt!r} is in the not-in-scope list")
            if not any(alt in x for x in lines[: lines.index("not in this plan")]):
                errors.append(f"scope: scenario keyword {alt!r} is not among the four moments")
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

    # the first 90 days: owners in brackets, some by a title the roster spells otherwise,
    # one line naming two posts joined by "and"
    items = [m for x in pages[FIRST_90_SLIDE] if (m := re.fullmatch(r"(.+) \(([^)]+)\)", x))]
    lower = {r.lower(): r for r in roles}
    mapped = both = 0
    for m in items:
        item, title = m.group(1), m.group(2)
        joint = BOTH.match(title)
        if joint:
            posts = [lower.get(joint.group(1)), lower.get(joint.group(2))]
            owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
            if None in posts or not any(all(p in o for p in posts) for o in owners):
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
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if owners and not any(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
    if len(items) < 8 or mapped < 3 or both != 1:
        errors.append(f"gold: {len(items)} bracketed items, {mapped} retitled, {both} joint")

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
    builder="build_diy_retailer.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev31",
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
