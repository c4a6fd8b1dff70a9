"""Consistency checks of the dev22 case ``northgate-fulfilment`` against its deck and org folder.

Run from the repository root with a Python that has reportlab (the builder needs it), pypdf,
openpyxl, python-docx and python-pptx, e.g. the ``/tmp/rl`` venv of ``build_northgate_fulfilment.py``:

    /tmp/rl/bin/python evals/dev22/check_northgate_fulfilment.py

(``--dump`` prints the deck lines the gold was read from, page by page, and the roster; ``--org``
adds the org sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev22``, split "dev22") with
``build_northgate_fulfilment.py`` as the builder. The deck is a PDF, so its lines are dev13's:
pypdf's text of each page, one line per line as the paragraphs wrapped. What is this case's own:

- the roster, read from ``org/people/network-roles.xlsx``: the sheet named "Roles" (never the
  hidden "Old structure 2027" sheet, nor "Notes"), the header row whose first cell is "Role"
  (under a merged title row and a merged "As at" row), then every row under it with a role, in
  sheet order; the tier is the "Tier" cell, lower-cased. Vacant posts are on the roster;
- org sentences: ``_checks.org_sentences`` plus an XLSX reader: every row of the visible sheets,
  its non-empty cells joined by spaces (the Roles sheet's rows, the Notes sheet's paragraphs);
  the hidden sheet is not read;
- the roster's form: a merged title over the header's columns and a merged "As at" row; the
  header Role | Site / function | Tier | Remit | Status; panes frozen under it; 16 to 20 roles,
  exactly two "Consult only" and two "Vacant"; a second sheet "Old structure 2027" that is
  hidden and whose posts are on no roster; a third sheet "Notes" of free text; fixed created
  and modified dates (the builder's stamp);
- the deck's form: every page US Letter portrait (612 x 792 pt), 9 to 11 pages, a page number
  as the page's first line (pypdf reads the footer first); the title and the "Prepared for ...
  Date" line on page 1; "Q:" and "A:" paragraphs on the FAQ page; the appendix tables' headers
  (Measure / Baseline / Target / By when; Phase / Dates; Risk / Rating / Mitigation / Owner);
  DejaVu fonts embedded; the producer Google Docs'.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from openpyxl import load_workbook
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "northgate-fulfilment"
ROSTER = Path("people") / "network-roles.xlsx"
HEAD = ["Role", "Site / function", "Tier", "Remit", "Status"]
LETTER = (612.0, 792.0)
STAMPED = datetime(2028, 11, 3, 15, 12, 44)  # the builder's XLSX stamp


# ------------------------------------------------------------------ the roster and the XLSX reader


def _header_row(ws) -> int:
    for r in range(1, ws.max_row + 1):
        if ws.cell(row=r, column=1).value == "Role":
            return r
    raise ValueError("no header row")


def roster_rows(org: Path) -> list[dict[str, str]]:
    ws = load_workbook(org / ROSTER)["Roles"]
    head = _header_row(ws)
    names = [ws.cell(row=head, column=c).value for c in range(1, ws.max_column + 1)]
    rows = []
    for r in range(head + 1, ws.max_row + 1):
        values = [ws.cell(row=r, column=c).value for c in range(1, ws.max_column + 1)]
        if not values[0]:
            continue
        rows.append({str(k): str(v or "").strip() for k, v in zip(names, values, strict=True)})
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(row["Role"], row["Tier"].lower()) for row in roster_rows(org)]


def _xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows(values_only=True):
            cells = [str(v).strip() for v in row if v is not None and str(v).strip()]
            if cells:
                parts.append(" ".join(cells))
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".xlsx": _xlsx_parts})


# ------------------------------------------------------------------ the roster's form


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    wb = load_workbook(org / ROSTER)
    if wb.sheetnames != ["Roles", "Old structure 2027", "Notes"]:
        errors.append(f"xlsx: sheets {wb.sheetnames}")
        return errors
    ws, old, notes = (wb[n] for n in wb.sheetnames)
    head = _header_row(ws)
    merged = {str(m) for m in ws.merged_cells.ranges}
    if head != 3 or merged != {"A1:E1", "A2:E2"}:
        errors.append(f"xlsx: header row {head}, merged {sorted(merged)}")
    if not str(ws["A2"].value).startswith("As at "):
        errors.append("xlsx: no 'As at' subtitle")
    if [ws.cell(row=head, column=c).value for c in range(1, 6)] != HEAD:
        errors.append("xlsx: header is not Role | Site / function | Tier | Remit | Status")
    if ws.freeze_panes is None or int(re.sub(r"\D", "", ws.freeze_panes)) != head + 1:
        errors.append(f"xlsx: panes frozen at {ws.freeze_panes}")
    rows = roster_rows(org)
    tiers = [r["Tier"] for r in rows]
    status = [r["Status"] for r in rows]
    if not 16 <= len(rows) <= 20:
        errors.append(f"xlsx: {len(rows)} roles")
    if tiers.count("Consult only") != 2 or status.count("Vacant") != 2:
        errors.append(f"xlsx: tiers {tiers}, status {status}")
    if not all(r["Remit"] for r in rows):
        errors.append("xlsx: a role without a remit")
    if ws.sheet_state != "visible" or old.sheet_state != "hidden" or notes.sheet_state != "visible":
        errors.append("xlsx: sheet states are not visible / hidden / visible")
    old_posts = {old.cell(row=r, column=1).value for r in range(3, old.max_row + 1)}
    if len(old_posts) < 8 or old_posts & {r["Role"] for r in rows}:
        errors.append(f"xlsx: old-structure posts {sorted(map(str, old_posts))}")
    if notes.max_row < 4 or notes.max_column != 1:
        errors.append("xlsx: the Notes sheet is not one column of text")
    props = wb.properties
    if props.created != STAMPED or props.modified != STAMPED:
        errors.append(f"xlsx: dates {props.created} / {props.modified}")
    return errors


# ------------------------------------------------------------------ the deck's form


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    path = case / gold["deck"]
    reader = PdfReader(str(path))
    n = len(reader.pages)
    if not 9 <= n <= 11:
        errors.append(f"deck: {n} pages (9 to 11)")
    for k, page in enumerate(reader.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        if size != LETTER:
            errors.append(f"deck: page {k} is {size}, not US Letter portrait")
        fonts = {
            str(f["/BaseFont"]).split("+")[-1]
            for f in (cast(Any, page["/Resources"]).get("/Font") or {}).values()
        }
        if not fonts or not all(f.startswith("DejaVuSans") for f in fonts):
            errors.append(f"deck: page {k} fonts {fonts}")
    pages = deck_lines(path)
    for k, lines in pages.items():
        if not lines or lines[0] != str(k):
            errors.append(f"deck: page {k} does not carry its number")
    first = pages[1]
    if first[1] != "fulfilment 2030" or not any(
        line.startswith("prepared for:") and "date:" in line for line in first
    ):
        errors.append("deck: page 1 has no title or no 'Prepared for / Date' line")
    qa = [line for lines in pages.values() for line in lines if line.startswith(("q: ", "a: "))]
    if len(qa) < 12:
        errors.append(f"deck: {len(qa)} Q/A lines")
    text = "\n".join(line for lines in pages.values() for line in lines)
    for head in ("appendix a. measures", "by when", "appendix b. phased plan", "mitigation"):
        if head not in text:
            errors.append(f"deck: no {head!r}")
    prose = sum(1 for k in range(1, 7) for line in pages.get(k, []) if len(line) > 70)
    if prose < 140:
        errors.append(f"deck: only {prose} full prose lines on pages 1-6")
    if "Google Docs" not in str(reader.metadata.get("/Producer", "") if reader.metadata else ""):
        errors.append("deck: the producer is not Google Docs'")
    return errors


def extra(case: Path) -> list[str]:
    return roster_form(case / "org") + deck_form(case)


CASE = Case(
    name=NAME,
    builder="build_northgate_fulfilment.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev22",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
