"""Consistency checks of the dev8 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.dev8.check_gold
(or .venv/bin/python evals/dev8/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves dev5, dev6, the blind sets
and this one), with split "dev8", the blind sets' consult-only rule, and
``build_dev8.py`` rebuilding every deck and org file byte for byte. One reader is widened, for
this set only, before the shared checker runs: deck lines also hold a PPTX slide's speaker
notes, one line per notes paragraph, after the slide's shapes (Hallam & Rowe keeps its
pilot's success criteria in the notes). The rosters (CSV, YAML, Markdown table) are read by
dev5's own reader.

It never runs the planner.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

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


shared.deck_lines = deck_lines
# The brief for this set also kept "without" out of gap sentences; the shared count reads it
# too (its message still lists the eight older words).
shared.NO_WORDS = re.compile(r"\b(no|not|only|lack\w*|missing|manual\w*|none|never|without)\b")


def main() -> int:
    return shared.main(HERE, "dev8", "build_dev8.py", consult_only=True)


if __name__ == "__main__":
    sys.exit(main())
