"""Consistency checks of the dev3 gold against its own decks and org folders: the blind
set's checker (evals/blind/check_gold.py), pointed at evals/dev3 (split "dev3").

Run from the repository root:  .venv/bin/python -m evals.dev3.check_gold

Runs extraction only, never the planner.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.blind.check_gold import main

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "dev3"))
