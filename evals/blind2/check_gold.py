"""Consistency checks of the second blind set's gold against its own deck and org folder:
the first set's checker (evals/blind/check_gold.py), pointed at evals/blind2 (split "blind2").

Run from the repository root:  .venv/bin/python -m evals.blind2.check_gold
"""

from __future__ import annotations

import sys
from pathlib import Path

from evals.blind.check_gold import main

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "blind2"))
