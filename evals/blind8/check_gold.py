"""Consistency checks of the blind8 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.blind8.check_gold
(or .venv/bin/python evals/blind8/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves every deck-grounded set), with
split "blind8", ``build_blind8.py`` rebuilding every deck and org file byte for byte in a fresh
temporary folder, and the blind sets' rule: consult-only roles are named, on the roster and own
no work (in no remit owner, accountable or layer list). It never runs the planner.

Three readings are widened for this set's material, here and not in dev5's checker:

- a PPTX slide's lines include its speaker notes (one line a notes paragraph);
- the roster may be a JSON file with a ``posts`` list of objects with ``post``, a DOCX table
  whose header row has a ``Role`` cell, or a CSV with any of the delimiters ``;``, ``|``, tab
  or comma whose header has ``Job title`` or ``Role``;
- org sentences include the string values of JSON files, the paragraphs and table rows of DOCX
  files (cells joined with " | ") and the rows of CSV files read with their own delimiter, so
  that forbidden terms are looked for there too.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from docx import Document  # noqa: E402
from pptx import Presentation  # noqa: E402

import evals.dev5.check_gold as base  # noqa: E402

HERE = Path(__file__).resolve().parent
_dev5_deck_lines = base.deck_lines
_dev5_org_sentences = base.org_sentences
ROLE_HEADERS = ("Role", "Job title")


def deck_lines(path: Path) -> dict[int, list[str]]:
    """dev5's lines, and for a PPTX each slide's speaker notes after its shapes."""
    out = _dev5_deck_lines(path)
    if path.suffix.lower() == ".pptx":
        for n, slide in enumerate(Presentation(str(path)).slides, start=1):
            if slide.has_notes_slide:
                paras = slide.notes_slide.notes_text_frame.paragraphs
                out[n].extend(base.normalize(p.text) for p in paras if p.text.strip())
    return out


def _csv_rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text else ""
    delimiter = max([";", "|", "\t", ","], key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _docx_parts(path: Path) -> tuple[list[str], list[list[list[str]]]]:
    """Paragraphs outside tables, and each table as rows of cell text."""
    document = Document(io.BytesIO(path.read_bytes()))
    paras = [p.text for p in document.paragraphs if p.text.strip()]
    tables = [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables]
    return paras, tables


def _json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


def _split(text: str) -> list[str]:
    return [base.normalize(p) for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]


def org_sentences(org: Path) -> list[str]:
    sentences = _dev5_org_sentences(org)
    for path in sorted(org.rglob("*.csv")):
        for row in _csv_rows(path):
            sentences.extend(_split(" | ".join(row)))
    for path in sorted(org.rglob("*.json")):
        for text in _json_strings(json.loads(path.read_text(encoding="utf-8"))):
            sentences.extend(_split(text))
    for path in sorted(org.rglob("*.docx")):
        paras, tables = _docx_parts(path)
        for text in paras:
            sentences.extend(_split(text))
        for table in tables:
            for row in table:
                sentences.extend(_split(" | ".join(row)))
    return sentences


def roster_roles(org: Path) -> list[str]:
    for path in sorted(org.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("posts"), list):
            return [entry["post"] for entry in data["posts"]]
    for path in sorted(org.rglob("*.docx")):
        for table in _docx_parts(path)[1]:
            if table and "Role" in table[0]:
                col = table[0].index("Role")
                return [row[col] for row in table[1:] if row[col].strip()]
    for path in sorted(org.rglob("*.csv")):
        rows = _csv_rows(path)
        for header in ROLE_HEADERS:
            if rows and header in rows[0]:
                col = rows[0].index(header)
                return [row[col] for row in rows[1:] if row and row[col].strip()]
    return []


base.deck_lines = deck_lines
base.org_sentences = org_sentences
base.roster_roles = roster_roles


def main() -> int:
    return base.main(HERE, "blind8", "build_blind8.py", consult_only=True)


if __name__ == "__main__":
    sys.exit(main())
