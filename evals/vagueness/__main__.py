"""``python -m evals.vagueness [--json] [PATH]``: score the rules detector on the labelled set."""

from __future__ import annotations

import sys

from evals._labelled import report_main
from evals.vagueness import format_report, score


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    usage = "usage: python -m evals.vagueness [--json] [PATH]   (PATH: a JSON Lines set)"
    return report_main(lambda path: score(path=path), format_report, args, usage)


if __name__ == "__main__":
    raise SystemExit(main())
