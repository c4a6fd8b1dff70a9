"""Consistency checks of the blind16 case ``airline-mro`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; ``/tmp/rl`` has reportlab, pypdf, openpyxl, python-docx and python-pptx), since the
rebuild check runs the builder with the interpreter that runs this file:

    /tmp/rl/bin/python evals/blind16/check_airline_mro.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--dump --org``
    adds the org sentences and the roster rows)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind16``, split "blind16") with
``build_airline_mro.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised. Gold
"slide" is the PDF page.

What is this case's own:

- the roster, read with openpyxl from ``org/people/posts.xlsx``: one sheet whose first two rows
  are a two-level header (``Post`` merged over A1:A2, a group heading merged over B1:C1 with
  ``Department`` and ``Reports to`` under it in row 2, ``Accountabilities`` merged over D1:D2);
  every row from row 3 down to the first empty Post cell is a post; a post whose Department
  says "consulted only" is consult tier, every other post core (the sheet has no tier column);
- org sentences: ``_checks.org_sentences`` with an XLSX reader added (every non-empty row of
  the sheet, its cells joined by spaces);
- the ``gap_blocks`` field (which dev13's field list predates) through ``_checks``'
  ``gap_block_errors``;
- checks of the roster's form: the three merged ranges and the header cells, 18 to 22 posts,
  no post twice, two consult-only posts, an accountabilities cell for every post, every
  "Reports to" either a post of the sheet or outside the organisation for the consult posts
  and the Board, a note under the table; the CAMO's exposition extract in Markdown;
- checks of the deck's form: 19 pages of 28 x 15.75 cm, Creator "Impress" and Producer
  "LibreOffice 7.x", every text object holding one line, bold lead-ins and the rest of their
  line as text objects on one baseline in two fonts, each content page's title the largest
  text on it (26 pt), the KPI table's header and rows, the Gantt page's increments PI 1 to
  PI 8 in order with the "Backlog beyond PI 8" column after them and shaded cells, the
  horizon said three ways that agree (cover, Gantt clock, closing line, KPI footnote), and the
  word "pilot" used only in "pilot reports".

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "airline-mro"
DECK = "hangar-digital-2027-2029-board-21-june-2027.pdf"
ROSTER = Path("people") / "posts.xlsx"
CAME = Path("governance") / "came-extract-part-0-and-1.md"
PAGES = 19
SIZE = (793.70, 446.46)
KPI_PAGE = 11
GANTT_PAGE = 12
TITLE_SIZE = 26.0
MERGES = {"A1:A2", "B1:C1", "D1:D2"}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the XLSX roster


def _rows(path: Path) -> list[list[str]]:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    return [
        ["" if v is None else str(v).strip() for v in row]
        for row in ws.iter_rows(min_row=1, max_col=4, values_only=True)
    ]


def posts(org: Path) -> list[list[str]]:
    """Every row from row 3 down to the first empty Post cell."""
    out = []
    for row in _rows(org / ROSTER)[2:]:
        if not row[0]:
            break
        out.append(row)
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    if not (org / ROSTER).is_file():
        return []
    return [(r[0], "consult" if "consulted only" in r[1].lower() else "core") for r in posts(org)]


def _xlsx_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in _rows(path) if any(row)]


sentences = partial(org_sentences, extra={".xlsx": _xlsx_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    wb = load_workbook(org / ROSTER)
    if len(wb.worksheets) != 1:
        errors.append(f"roster: {len(wb.worksheets)} sheets, one expected")
    ws = wb.worksheets[0]
    merged = {str(r) for r in ws.merged_cells.ranges}
    if merged != MERGES:
        errors.append(f"roster: merged ranges {sorted(merged)}, expected {sorted(MERGES)}")
    rows = _rows(org / ROSTER)
    if rows[0][0] != "Post" or rows[0][3] != "Accountabilities" or not rows[0][1]:
        errors.append(f"roster: header row 1 is {rows[0]}")
    if rows[0][2] or rows[1][0] or rows[1][3]:
        errors.append("roster: a merged-away header cell holds a value")
    if rows[1][1:3] != ["Department", "Reports to"]:
        errors.append(f"roster: header row 2 is {rows[1]}")
    found = posts(org)
    names = [r[0] for r in found]
    if not 18 <= len(names) <= 22:
        errors.append(f"roster: {len(names)} posts (18 to 22)")
    if len(set(names)) != len(names):
        errors.append("roster: a post appears twice")
    consult = [r[0] for r in found if "consulted only" in r[1].lower()]
    if len(consult) != 2:
        errors.append(f"roster: consult-only posts are {consult}")
    for r in found:
        if not r[3]:
            errors.append(f"roster: {r[0]} has no accountabilities")
        if r[2] not in names and r[0] not in consult and r[2] != "Board of Directors":
            errors.append(f"roster: {r[0]} reports to {r[2]!r}, not a post of the sheet")
    after = rows[2 + len(found) :]
    if not any("consulted only" in " ".join(r).lower() for r in after):
        errors.append("roster: no note under the table")
    came = org / CAME
    if not came.is_file() or "Continuing Airworthiness Management Exposition" not in (
        came.read_text(encoding="utf-8")
    ):
        errors.append("org: no CAME extract in Markdown")
    return errors


# =========================================================================== the deck's form

BT = re.compile(rb"BT (.*?) ET", re.S)
RECT = re.compile(rb"re f")


def _runs(page: Any) -> list[tuple[str, float, float, float, str]]:
    """(text, x, y, size, font) of every text object pypdf reports on a page."""
    runs: list[tuple[str, float, float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            runs.append((text.strip(), float(tm[4]), float(tm[5]), float(size), name))

    page.extract_text(visitor_text=visit)
    return runs


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    meta: dict[str, object] = dict(reader.metadata or {})
    producer = str(meta.get("/Producer", ""))
    if meta.get("/Creator") != "Impress" or not re.fullmatch(r"LibreOffice 7\.\d", producer):
        errors.append(f"creator/producer are {meta.get('/Creator')!r}/{producer!r}")
    pages = deck_lines(deck)
    pairs = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.01 or abs(h - SIZE[1]) > 0.01:
            errors.append(f"page {n} is {w} x {h}, not 28 x 15.75 cm")
        contents = page.get_contents()
        stream = contents.get_data() if contents is not None else b""
        for body in BT.findall(stream):
            shows = len(re.findall(rb"\) ?Tj", body))
            if shows > 1:
                errors.append(f"page {n}: a text object holds {shows} lines")
        runs = _runs(page)
        for (_, x1, y1, _, f1), (_, x2, y2, _, f2) in zip(runs, runs[1:], strict=False):
            if abs(y1 - y2) < 0.01 and x2 > x1 and f1 != f2:
                pairs += 1
        if n > 1:
            biggest = max(runs, key=lambda r: r[3])
            if biggest[3] != TITLE_SIZE or normalize(biggest[0]) != pages[n][1]:
                errors.append(f"page {n}: the largest text is not the title: {biggest[:1]}")
            if pages[n][-1] != str(n):
                errors.append(f"page {n}: the page number is not its last line")
    if pairs < 30:
        errors.append(f"only {pairs} runs sharing a baseline in another font")

    kpi = pages[KPI_PAGE]
    heads = ["measure", "baseline 2026", "target", "by"]
    if kpi[3:7] != heads:
        errors.append(f"KPI table header is {kpi[3:7]}")
    if sum(1 for x in kpi if re.fullmatch(r"pi [1-8]", x)) != 9:
        errors.append("KPI table: not nine rows with a PI as their by-when")

    gantt = pages[GANTT_PAGE]
    pis = [x for x in gantt if re.fullmatch(r"pi \d", x)]
    if pis != [f"pi {k}" for k in range(1, 9)]:
        errors.append(f"Gantt increments are {pis}")
    elif gantt.index("backlog beyond pi 8") != gantt.index("pi 8") + 1:
        errors.append("Gantt: the backlog column does not follow PI 8")
    gantt_contents = reader.pages[GANTT_PAGE - 1].get_contents()
    gantt_stream = gantt_contents.get_data() if gantt_contents is not None else b""
    shaded = len(RECT.findall(gantt_stream))
    if shaded < 40:
        errors.append(f"Gantt: only {shaded} shaded cells")

    # the horizon, said four ways that must agree
    start = date(2027, 9, 6)
    end = start + timedelta(weeks=96) - timedelta(days=1)
    said = {
        1: "programme increments pi 1 to pi 8: september 2027 to july 2029",
        GANTT_PAGE: "pi 1 starts 6 september 2027 · pi 1 to pi 8 is 96 weeks",
        KPI_PAGE: f"pi 8 ends {end.day} {end.strftime('%B').lower()} {end.year}",
        19: "all four pillars complete by the end of pi 8, in july 2029.",
    }
    for n, text in said.items():
        if not any(text in x for x in pages[n]):
            errors.append(f"page {n} does not state the horizon as {text!r}")
    words = [x for lines in pages.values() for x in lines if "pilot" in x]
    if any("pilot" in x.replace("pilot reports", "") for x in words):
        errors.append("the deck says 'pilot' other than in 'pilot reports'")
    return errors


def gap_blocks(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    pages = deck_lines(case / DECK)
    deck_text = [x for lines in pages.values() for x in lines]
    return gap_block_errors(gold, sentences(case / "org"), deck_text)


def dump_roster(case: Path) -> None:
    if "--org" in sys.argv:
        for row in posts(case / "org"):
            print(f"  # {' | '.join(row)}")


CASE = Case(
    name=NAME,
    builder="build_airline_mro.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case) + gap_blocks(case),
    folder=HERE,
    split="blind16",
)

if __name__ == "__main__":
    code = run(CASE)
    if "--dump" in sys.argv:
        dump_roster(HERE / NAME)
    sys.exit(code)
