"""``python -m evals.remits [dev|holdout] [--json]``: score the owner choice by remit."""

from __future__ import annotations

import json
import sys

from evals.remits import format_report, score


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    split = next((a for a in args if not a.startswith("--")), "dev")
    report = score(split)
    if "--json" in args:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
