"""Consistency checks of the dev6 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.dev6.check_gold
(or .venv/bin/python evals/dev6/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves both sets), with split "dev6"
and ``build_dev6.py`` rebuilding every deck and org file byte for byte. It never runs the
planner.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev5.check_gold import main  # noqa: E402

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(main(HERE, "dev6", "build_dev6.py"))
