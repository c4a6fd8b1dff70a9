"""``python -m evals.vagueness [--json] [PATH]``: score the rules detector on the labelled set."""

from __future__ import annotations

import json
import sys

from evals.vagueness import format_report, score


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    paths = [a for a in args if a != "--json"]
    report = score(path=paths[0] if paths else None)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
