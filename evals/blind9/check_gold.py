"""Consistency checks of the blind9 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.blind9.check_gold
(or .venv/bin/python evals/blind9/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves every deck-grounded set), with
split "blind9", ``build_blind9.py`` rebuilding every deck and org file byte for byte in a fresh
temporary folder, and the blind sets' rule: consult-only roles are named, on the roster and own
no work (in no remit owner, accountable or layer list). It never runs the planner.

Readings widened for this set's material, here and not in dev5's checker:

- the roster may be an XLSX workbook whose sheets each hold a header row with a ``Role`` cell
  (title lines above it are skipped), a CSV whose header has ``Position Title`` or ``Role``,
  or an HTML file with a table whose header row has a ``Role`` cell;
- org sentences include the rows of XLSX sheets and of HTML tables (cells joined with " | ")
  and the other text of HTML files, so that forbidden terms are looked for there too;
- ``not_actions`` (deck lines that are no work) lie on a deck line and overlap no deck
  action's match.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import load_workbook  # noqa: E402

import evals.dev5.check_gold as base  # noqa: E402

HERE = Path(__file__).resolve().parent
_dev5_org_sentences = base.org_sentences
_dev5_check_case = base.check_case
ROLE_HEADERS = ("Role", "Position Title")


class _Tables(HTMLParser):
    """Table rows (cell texts) and the text outside tables of an HTML file."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "table":
            self._depth += 1
        elif tag == "tr":
            self._row = []
        elif tag in {"td", "th"}:
            self._cell = []

    def handle_endtag(self, tag) -> None:
        if tag == "table":
            self._depth -= 1
        elif tag in {"td", "th"} and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif not self._depth and data.strip():
            self.text.append(data.strip())


def _html(path: Path) -> _Tables:
    parser = _Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _xlsx_sheets(path: Path) -> list[list[list[str]]]:
    wb = load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    return [
        [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
        for ws in wb.worksheets
    ]


def _split(text: str) -> list[str]:
    return [base.normalize(p) for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]


def org_sentences(org: Path) -> list[str]:
    sentences = _dev5_org_sentences(org)
    for path in sorted(org.rglob("*.xlsx")):
        for sheet in _xlsx_sheets(path):
            for row in sheet:
                if any(row):
                    sentences.extend(_split(" | ".join(row)))
    for path in sorted(org.rglob("*.html")):
        parsed = _html(path)
        for text in parsed.text:
            sentences.extend(_split(text))
        for row in parsed.rows:
            sentences.extend(_split(" | ".join(row)))
    return sentences


def roster_roles(org: Path) -> list[str]:
    for path in sorted(org.rglob("*.xlsx")):
        roles: list[str] = []
        for sheet in _xlsx_sheets(path):
            top = next((i for i, row in enumerate(sheet) if "Role" in row), None)
            if top is not None:
                col = sheet[top].index("Role")
                roles.extend(row[col] for row in sheet[top + 1 :] if row[col].strip())
        if roles:
            return roles
    for path in sorted(org.rglob("*.html")):
        rows = _html(path).rows
        if rows and "Role" in rows[0]:
            col = rows[0].index("Role")
            return [row[col] for row in rows[1:] if row[col].strip()]
    for path in sorted(org.rglob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        for header in ROLE_HEADERS:
            if rows and header in rows[0]:
                col = rows[0].index(header)
                return [row[col] for row in rows[1:] if row and row[col].strip()]
    return []


def check_case(case: Path, split: str = "blind9", *, consult_only: bool = False):
    problems, info = _dev5_check_case(case, split, consult_only=consult_only)
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = base.deck_lines(case / gold["deck"])
    everything = [line for lines in deck.values() for line in lines]
    matches = [base.normalize(m) for a in gold["deck_actions"] for m in a["match"]]
    for text in gold.get("not_actions", []):
        n = base.normalize(text)
        if not any(n in line for line in everything):
            problems.append(f"not_action on no deck line: {text!r}")
        for m in matches:
            if m in n or n in m:
                problems.append(f"not_action overlaps a deck action: {text!r} / {m!r}")
    info.append(f"{len(gold.get('not_actions', []))} not_actions")
    return problems, info


base.org_sentences = org_sentences
base.roster_roles = roster_roles
base.check_case = check_case


def main() -> int:
    return base.main(HERE, "blind9", "build_blind9.py", consult_only=True)


if __name__ == "__main__":
    sys.exit(main())
