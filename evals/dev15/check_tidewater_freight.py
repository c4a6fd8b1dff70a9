"""Consistency checks of the dev15 case ``tidewater-freight`` against its deck and org folder.

Run from the repository root:  .venv/bin/python evals/dev15/check_tidewater_freight.py
(``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
with ``build_tidewater_freight.py`` as the builder. What is this case's own: a reader for the
semicolon-delimited CSV roster (UTF-8 with a byte-order mark, CRLF records, quoted cells
holding a line break and a semicolon) and checks that the roster file keeps that form. Org
sentences also take every row of a CSV file, its cells joined by spaces. The roster: the one
roster-shaped file in ``org/people/``: a semicolon CSV with "Role" and "Involvement" columns,
or one of the forms ``evals/dev13/check_gold.py`` reads (a JSON export, a Word document of
role profiles, a TSV file).

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13 import check_gold  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402


def _csv_rows(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def csv_form(path: Path) -> list[str]:
    """The roster file's own form: BOM, CRLF records, a quoted cell with a break and a ';'."""
    errors: list[str] = []
    data = path.read_bytes()
    if not data.startswith(b"\xef\xbb\xbf"):
        errors.append("roster CSV has no UTF-8 byte-order mark")
    rows = _csv_rows(path)
    if rows[0] != ["Role", "Function", "Site", "Involvement", "What they own"]:
        errors.append(f"roster CSV header differs: {rows[0]}")
    if data.count(b"\r\n") != len(rows):
        errors.append("roster CSV records do not all end in CRLF")
    if not any("\n" in r[4] and ";" in r[4] for r in rows[1:]):
        errors.append("no quoted roster cell holds both a line break and a semicolon")
    if {r[3] for r in rows[1:]} != {"core", "extended", "consult"}:
        errors.append(f"involvement values differ: {sorted({r[3] for r in rows[1:]})}")
    return errors


def _csv_parts(path: Path) -> list[str]:
    return [" ".join(row) for row in _csv_rows(path)]


def tidewater_sentences(org: Path) -> list[str]:
    return org_sentences(org, {".csv": _csv_parts})


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) from the semicolon CSV under org/people/, else as dev13 reads a roster."""
    for path in sorted((org / "people").glob("*")):
        if path.suffix.lower() != ".csv":
            continue
        rows = _csv_rows(path)
        head = rows[0]
        role, tier = head.index("Role"), head.index("Involvement")
        found = [(r[role].strip(), r[tier].strip().lower()) for r in rows[1:] if r]
        if found:
            return found
    return check_gold.roster(org)


CASE = Case(
    name="tidewater-freight",
    builder="build_tidewater_freight.py",
    roster=roster,
    org_sentences=tidewater_sentences,
    extra=lambda case: csv_form(case / "org" / "people" / "roles.csv"),
)

if __name__ == "__main__":
    sys.exit(run(CASE))
