"""Consistency checks of the dev7 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.dev7.check_gold
(or .venv/bin/python evals/dev7/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves dev5, dev6, the blind sets
and this one), with split "dev7", the blind sets' consult-only rule, and
``build_dev7.py`` rebuilding every deck and org file byte for byte. Two readers are widened,
for this set only, before the shared checker runs:

- deck lines: a PPTX slide's speaker notes are read too, one line per notes paragraph, after
  the slide's shapes (Brackenfold keeps part of its content in the notes);
- roster roles: besides dev5's CSV, YAML and Markdown-table rosters, a nested JSON export
  (``positions[].title``), a Markdown org chart of nested bullets ("- Role — team, tier:
  ...") and an XLSX sheet with a "Role" column.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from openpyxl import load_workbook
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev5 import check_gold as shared  # noqa: E402

HERE = Path(__file__).resolve().parent
_BULLET = re.compile(r"^\s*- (.+?) \u2014 [^,]+, (?:core|extended):")
_base_deck_lines = shared.deck_lines
_base_roster_roles = shared.roster_roles


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


def roster_roles(org: Path) -> list[str]:
    for path in sorted(org.rglob("*")):
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "positions" in data:
                return [p["title"] for p in data["positions"]]
        if path.suffix == ".xlsx":
            sheet = load_workbook(path, read_only=True).worksheets[0]
            rows = list(sheet.iter_rows(values_only=True))
            col = list(rows[0]).index("Role")
            return [str(r[col]) for r in rows[1:] if r[col]]
        if path.suffix == ".md":
            roles = [
                m.group(1)
                for line in path.read_text(encoding="utf-8").splitlines()
                if (m := _BULLET.match(line))
            ]
            if roles:
                return roles
    return _base_roster_roles(org)


shared.deck_lines = deck_lines
shared.roster_roles = roster_roles
# The brief for this set also kept "without" out of gap sentences; the shared count reads it
# too (its message still lists the eight older words).
shared.NO_WORDS = re.compile(r"\b(no|not|only|lack\w*|missing|manual\w*|none|never|without)\b")


def main() -> int:
    return shared.main(HERE, "dev7", "build_dev7.py", consult_only=True)


if __name__ == "__main__":
    sys.exit(main())
