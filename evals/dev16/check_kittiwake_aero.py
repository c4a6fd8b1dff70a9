"""Consistency checks of the dev16 case ``kittiwake-aero`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_kittiwake_aero.py``):

    /tmp/rl/bin/python evals/dev16/check_kittiwake_aero.py
    (``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev16``) and split "dev16", with
``build_kittiwake_aero.py`` as the builder, "core" the only core tier and "consult only" the
only consult tier. Deck lines are pypdf's lines of each page, as dev13 reads a PDF: the A3 pack
writes each page's text top to bottom, so its two columns interleave and every wrapped line is
a line of its own.

What is this case's own:

- the roster, read from the XLSX RACI matrix ``org/people/raci-matrix.xlsx``: the sheet "Roles"
  (header row Role / Department / Programme involvement / Remit, one role per row, in sheet
  order) is the roster; the sheet "RACI" has programme activities in rows and the roles as
  column headers (the header row is the one whose second cell is "Programme activity");
- checks of that workbook: every RACI column header is a role on the Roles sheet and every role
  has a column, every cell is empty or one of R / A / C / I, each activity has exactly one A,
  consult-only roles hold only C or I, and extended roles are never R or A;
- org sentences also take every row of every sheet of an XLSX file, its non-empty cells joined
  by spaces;
- the deck is 14 to 18 pages of A3 landscape, and "PQ1 = April-June 2029" is on exactly one page.

It never runs the planner.
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

RACI = Path("people") / "raci-matrix.xlsx"
DECK = "release-on-time-a3-pack-2029-2031.pdf"
LETTERS = {"R", "A", "C", "I"}


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(str(path), read_only=True, data_only=True)
    parts: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [_text(v) for v in row if _text(v)]
            if cells:
                parts.append(" ".join(cells))
    return parts


def kittiwake_sentences(org: Path) -> list[str]:
    return org_sentences(org, {".xlsx": _xlsx_parts})


def _roles_sheet(path: Path) -> list[tuple[str, str, str, str]]:
    ws = load_workbook(str(path), read_only=True, data_only=True)["Roles"]
    rows = [[_text(v) for v in r] for r in ws.iter_rows(values_only=True)]
    head = rows[0]
    idx = [head.index(h) for h in ("Role", "Department", "Programme involvement", "Remit")]
    return [tuple(r[i] for i in idx) for r in rows[1:] if r and r[idx[0]]]  # type: ignore[misc]


def _raci_sheet(path: Path) -> tuple[list[str], list[tuple[str, list[str]]]]:
    ws = load_workbook(str(path), read_only=True, data_only=True)["RACI"]
    rows = [[_text(v) for v in r] for r in ws.iter_rows(values_only=True)]
    for n, row in enumerate(rows):
        if len(row) > 1 and row[1] == "Programme activity":
            roles = [c for c in row[2:] if c]
            body = [
                (r[1], (r[2 : 2 + len(roles)] + [""] * len(roles))[: len(roles)])
                for r in rows[n + 1 :]
                if len(r) > 1 and r[1]
            ]
            return roles, body
    return [], []


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, involvement) from the Roles sheet of org/people/raci-matrix.xlsx."""
    path = org / RACI
    if not path.is_file():
        return []
    return [(role, tier.lower()) for role, _, tier, _ in _roles_sheet(path)]


def extra(case: Path) -> list[str]:
    errors: list[str] = []
    path = case / "org" / RACI
    roles = _roles_sheet(path)
    tiers = {r: t.lower() for r, _, t, _ in roles}
    if {t for t in tiers.values()} != {"core", "extended", "consult only"}:
        errors.append(f"involvement values differ: {sorted(set(tiers.values()))}")
    if not all(remit for *_, remit in roles):
        errors.append("a role on the Roles sheet has no remit")
    columns, activities = _raci_sheet(path)
    if not columns:
        errors.append("no RACI header row with 'Programme activity'")
    for col in columns:
        if col not in tiers:
            errors.append(f"RACI column is not a role on the Roles sheet: {col!r}")
    for role in tiers:
        if role not in columns:
            errors.append(f"role has no RACI column: {role!r}")
    for activity, cells in activities:
        if any(c and c not in LETTERS for c in cells):
            errors.append(f"RACI cell not R/A/C/I in {activity!r}: {cells}")
        if cells.count("A") != 1:
            errors.append(f"RACI activity without exactly one A: {activity!r}")
        for col, c in zip(columns, cells, strict=True):
            tier = tiers.get(col)
            if tier == "consult only" and c not in {"", "C", "I"}:
                errors.append(f"consult-only role {col!r} is {c} in {activity!r}")
            if tier == "extended" and c in {"R", "A"}:
                errors.append(f"extended role {col!r} is {c} in {activity!r}")
    if len(activities) < 10:
        errors.append(f"only {len(activities)} RACI activities")
    if not 15 <= len(roles) <= 22:
        errors.append(f"{len(roles)} roles (15 to 22)")

    deck = case / DECK
    reader = PdfReader(str(deck))
    if not 14 <= len(reader.pages) <= 18:
        errors.append(f"{len(reader.pages)} pages (14 to 18)")
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if not (abs(w - 1190.55) < 1 and abs(h - 841.89) < 1):
            errors.append(f"page {n} is not A3 landscape: {w} x {h}")
    clock = [
        n
        for n, lines in deck_lines(deck).items()
        if any("pq1 = april-june 2029" in x for x in lines)
    ]
    if len(clock) != 1:
        errors.append(f"'PQ1 = April-June 2029' on pages {clock}, not once")
    return errors


CASE = Case(
    name="kittiwake-aero",
    builder="build_kittiwake_aero.py",
    roster=roster,
    org_sentences=kittiwake_sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=extra,
    folder=Path(__file__).resolve().parent,
    split="dev16",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
