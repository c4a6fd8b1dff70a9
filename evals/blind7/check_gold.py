"""Consistency checks of the blind7 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.blind7.check_gold
(or .venv/bin/python evals/blind7/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves every deck-grounded set), with
split "blind7", ``build_blind7.py`` rebuilding every deck and org file byte for byte, and the
blind sets' rule: consult-only roles are named, on the roster and own no work (in no remit
owner, accountable or layer list). It never runs the planner.

Three readings are widened for this set's material, here and not in dev5's checker:

- a PPTX slide's lines include its speaker notes (one line a notes paragraph), because one
  deck keeps part of its content there;
- the roster may be an XLSX workbook (the first sheet with a ``Role`` header cell), a YAML file
  with a ``roles:`` list of mappings with ``role`` (found among other YAML files), or a TSV
  with a ``Role`` column;
- org sentences include the rows of TSV files and of every XLSX sheet (cells joined with
  " | "), so that forbidden terms are looked for there too.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import yaml  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from pptx import Presentation  # noqa: E402

import evals.dev5.check_gold as base  # noqa: E402

HERE = Path(__file__).resolve().parent
_dev5_deck_lines = base.deck_lines
_dev5_org_sentences = base.org_sentences


def deck_lines(path: Path) -> dict[int, list[str]]:
    """dev5's lines, and for a PPTX each slide's speaker notes after its shapes."""
    out = _dev5_deck_lines(path)
    if path.suffix.lower() == ".pptx":
        for n, slide in enumerate(Presentation(str(path)).slides, start=1):
            if slide.has_notes_slide:
                paras = slide.notes_slide.notes_text_frame.paragraphs
                out[n].extend(base.normalize(p.text) for p in paras if p.text.strip())
    return out


def _xlsx_rows(path: Path) -> dict[str, list[list[str]]]:
    """Sheet name -> rows of cell text (empty cells as "")."""
    book = load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    return {
        sheet.title: [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
        for sheet in book.worksheets
    }


def _tsv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t"))


def org_sentences(org: Path) -> list[str]:
    sentences = _dev5_org_sentences(org)
    rows: list[list[str]] = []
    for path in sorted(org.rglob("*.tsv")):
        rows.extend(_tsv_rows(path))
    for path in sorted(org.rglob("*.xlsx")):
        for sheet_rows in _xlsx_rows(path).values():
            rows.extend(sheet_rows)
    for row in rows:
        for piece in re.split(r"(?<=[.!?])\s+", " | ".join(row)):
            if piece.strip():
                sentences.append(base.normalize(piece))
    return sentences


def roster_roles(org: Path) -> list[str]:
    for path in sorted(org.rglob("*.xlsx")):
        for sheet_rows in _xlsx_rows(path).values():
            if sheet_rows and "Role" in sheet_rows[0]:
                col = sheet_rows[0].index("Role")
                return [row[col] for row in sheet_rows[1:] if row[col]]
    for path in sorted(org.rglob("*.tsv")):
        table = _tsv_rows(path)
        if table and "Role" in table[0]:
            col = table[0].index("Role")
            return [row[col] for row in table[1:] if row]
    for path in sorted([*org.rglob("*.yaml"), *org.rglob("*.yml")]):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("roles"), list):
            return [entry["role"] for entry in data["roles"]]
    return []


base.deck_lines = deck_lines
base.org_sentences = org_sentences
base.roster_roles = roster_roles


if __name__ == "__main__":
    sys.exit(base.main(HERE, "blind7", "build_blind7.py", consult_only=True))
