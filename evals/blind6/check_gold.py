"""Consistency checks of the blind6 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.blind6.check_gold
(or .venv/bin/python evals/blind6/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves every deck-grounded set), with
split "blind6", ``build_blind6.py`` rebuilding every deck and org file byte for byte, and the
blind sets' rule: consult-only roles are named, on the roster and own no work (in no remit
owner, accountable or layer list). It never runs the planner.

Three readings are widened for this set's material, here and not in dev5's checker:

- a PPTX slide's lines include its speaker notes (one line a notes paragraph), because one
  deck keeps part of its content there;
- the roster may be a JSON export (``positions`` with ``role``), a Markdown structure chart
  (``- **Role** (Team: ...; Tier: ...)`` bullets, indented by reporting line) or a CSV with a
  ``Role`` column among others;
- org sentences include the string values of JSON files, so that forbidden terms are looked
  for there too.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pptx import Presentation  # noqa: E402

import evals.dev5.check_gold as base  # noqa: E402

HERE = Path(__file__).resolve().parent
_dev5_deck_lines = base.deck_lines
_dev5_org_sentences = base.org_sentences
_dev5_roster_roles = base.roster_roles
_CHART_ENTRY = re.compile(r"^\s*- \*\*(.+?)\*\* \(Team: [^;]+; Tier: \w+\)")


def deck_lines(path: Path) -> dict[int, list[str]]:
    """dev5's lines, and for a PPTX each slide's speaker notes after its shapes."""
    out = _dev5_deck_lines(path)
    if path.suffix.lower() == ".pptx":
        for n, slide in enumerate(Presentation(str(path)).slides, start=1):
            if slide.has_notes_slide:
                paras = slide.notes_slide.notes_text_frame.paragraphs
                out[n].extend(base.normalize(p.text) for p in paras if p.text.strip())
    return out


def _json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


def org_sentences(org: Path) -> list[str]:
    sentences = _dev5_org_sentences(org)
    for path in sorted(org.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for text in _json_strings(data):
            for piece in re.split(r"(?<=[.!?])\s+", text):
                if piece.strip():
                    sentences.append(base.normalize(piece))
    return sentences


def roster_roles(org: Path) -> list[str]:
    for path in sorted(org.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "positions" in data:
            return [p["role"] for p in data["positions"]]
    for path in sorted(org.rglob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        roles = [m.group(1) for m in map(_CHART_ENTRY.match, lines) if m]
        if roles:
            return roles
    return _dev5_roster_roles(org)


base.deck_lines = deck_lines
base.org_sentences = org_sentences
base.roster_roles = roster_roles


if __name__ == "__main__":
    sys.exit(base.main(HERE, "blind6", "build_blind6.py", consult_only=True))
