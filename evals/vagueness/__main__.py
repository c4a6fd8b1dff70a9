"""``python -m evals.vagueness [--json] [PATH]``: score the rules detector on the labelled set."""

from __future__ import annotations

import sys

from evals._labelled import print_report
from evals.vagueness import format_report, score


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    paths = [a for a in args if a != "--json"]
    report = score(path=paths[0] if paths else None)
    return print_report(report, format_report, as_json=as_json)


if __name__ == "__main__":
    raise SystemExit(main())
