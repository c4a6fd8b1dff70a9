"""Consistency checks of the dev10 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.dev10.check_gold
(or .venv/bin/python evals/dev10/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves dev5, dev6, dev8, dev9, the
blind sets and this one), with split "dev10", the blind sets' consult-only rule, and
``build_dev10.py`` rebuilding every deck and org file byte for byte in a fresh temporary
folder. Three of its readers are widened, for this set only, before the shared checker runs:

- deck lines also hold each PPTX slide's speaker-notes paragraphs, one line per paragraph,
  after the slide's shapes (Kingsmead keeps presenter script there);
- org sentences also read Word documents (each paragraph, and each table row as its cells
  joined by " | ") and workbooks (each row of each sheet, its non-empty cells joined by
  " | "), besides dev5's Markdown, text, YAML and CSV;
- the roster reader reads a Word table with Role and Tier columns (Fjordvik), a workbook
  whose header row (Role, Tier) sits under a title block, with the team merged down its
  column (Kingsmead), and YAML nested by team, ``teams: [{name, roles: [{role, ...}]}]``
  (Ferrowatt).

The absence-word count also counts "without".

``--dump`` prints every case's deck lines, slide by slide, as the checker reads them (the
extraction the gold was written from).

It never runs the planner.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import docx
import openpyxl
import yaml
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev5 import check_gold as shared  # noqa: E402

HERE = Path(__file__).resolve().parent
_base_deck_lines = shared.deck_lines


def deck_lines(path: Path) -> dict[int, list[str]]:
    """dev5's lines, plus each PPTX slide's speaker-notes paragraphs."""
    out = _base_deck_lines(path)
    if path.suffix.lower() == ".pptx":
        for n, slide in enumerate(Presentation(str(path)).slides, start=1):
            if slide.has_notes_slide:
                paras = slide.notes_slide.notes_text_frame.paragraphs
                out[n] = out.get(n, []) + [
                    shared.normalize(p.text) for p in paras if p.text.strip()
                ]
    return out


def _docx_parts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for grid in document.tables:
        for row in grid.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return parts


def _xlsx_rows(path: Path) -> list[list[str]]:
    book = openpyxl.load_workbook(str(path))
    rows: list[list[str]] = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            rows.append(["" if v is None else str(v) for v in row])
    return rows


def org_sentences(org: Path) -> list[str]:
    """dev5's splitting of Markdown, text and YAML files (table rows stay whole,
    hard-wrapped prose is unwrapped, YAML is dedented first), and Word and Excel files read
    paragraph by paragraph and row by row."""
    parts: list[str] = []
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix in {".md", ".txt", ".yaml", ".yml"}:
            text = path.read_text(encoding="utf-8")
            if suffix in {".yaml", ".yml"}:
                text = "\n".join(line.strip() for line in text.splitlines())
            parts.extend(re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n"))
        elif suffix == ".docx":
            parts.extend(_docx_parts(path))
        elif suffix == ".xlsx":
            parts.extend(" | ".join(c for c in row if c) for row in _xlsx_rows(path))
    pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
    return [n for n in (shared.normalize(p) for p in pieces) if n]


def _header_roles(rows: list[list[str]]) -> list[str] | None:
    """Roles under the first row that names both a Role and a Tier column."""
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row]
        if "Role" in cells and "Tier" in cells:
            col = cells.index("Role")
            return [r[col].strip() for r in rows[i + 1 :] if len(r) > col and r[col].strip()]
    return None


def roster_roles(org: Path) -> list[str]:
    """The roles of the one roster file: a Word table, a workbook under a title block, or
    YAML nested by team."""
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix == ".docx":
            for grid in docx.Document(str(path)).tables:
                rows = [[cell.text for cell in row.cells] for row in grid.rows]
                roles = _header_roles(rows)
                if roles:
                    return roles
        elif suffix == ".xlsx":
            roles = _header_roles(_xlsx_rows(path))
            if roles:
                return roles
        elif suffix in {".yaml", ".yml"}:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "teams" in data:
                return [r["role"] for team in data["teams"] for r in team["roles"]]
    return []


shared.deck_lines = deck_lines
shared.org_sentences = org_sentences
shared.roster_roles = roster_roles
shared.NO_WORDS = re.compile(r"\b(no|not|only|lack\w*|missing|manual\w*|none|never|without)\b")


def dump() -> None:
    for case in sorted(p for p in HERE.iterdir() if (p / "org").is_dir()):
        deck = next(p for p in case.iterdir() if p.suffix in {".pdf", ".pptx"})
        print(f"##### {case.name}: {deck.name}")
        for n, lines in deck_lines(deck).items():
            print(f"=== {n}")
            for line in lines:
                print(f"  {line}")
        print(f"--- roster: {roster_roles(case / 'org')}")
        if "--org" in sys.argv:
            for sentence in org_sentences(case / "org"):
                print(f"  org: {sentence}")


def main() -> int:
    return shared.main(HERE, "dev10", "build_dev10.py", consult_only=True)


if __name__ == "__main__":
    if "--dump" in sys.argv:
        dump()
        sys.exit(0)
    sys.exit(main())
