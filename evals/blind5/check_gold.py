"""Consistency checks of the blind5 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.blind5.check_gold
(or .venv/bin/python evals/blind5/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves every deck-grounded set), with
split "blind5", ``build_blind5.py`` rebuilding every deck and org file byte for byte, and the
blind sets' rule: consult-only roles are named, on the roster and own no work (in no remit
owner, accountable or layer list). It never runs the planner.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev5.check_gold import main  # noqa: E402

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(main(HERE, "blind5", "build_blind5.py", consult_only=True))
