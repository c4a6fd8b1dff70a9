"""What the labelled sets (vagueness, org statements, remits) share: reading JSON Lines rows
and printing a report as text or JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def jsonl_rows(path: Path, fields: set[str]) -> list[dict[str, Any]]:
    """One dict per non-empty line, in file order. ValueError on a line that is not JSON, lacks
    one of ``fields``, or repeats an id."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
        missing = fields - set(row)
        if missing:
            raise ValueError(f"{path}:{lineno}: missing {', '.join(sorted(missing))}")
        if row["id"] in seen:
            raise ValueError(f"{path}:{lineno}: duplicate id {row['id']}")
        seen.add(row["id"])
        rows.append(row)
    return rows


def print_report(
    report: dict[str, Any], format_report: Callable[[dict[str, Any]], str], *, as_json: bool
) -> int:
    text = json.dumps(report, indent=2) if as_json else format_report(report)
    sys.stdout.write(text + "\n")
    return 0


def report_main(
    make_report: Callable[[str | None], dict[str, Any]],
    format_report: Callable[[dict[str, Any]], str],
    args: list[str],
    usage: str,
) -> int:
    """Run one labelled set's command: ``--help`` prints ``usage``; a bad split, path or file
    is one line on stderr and exit code 2, never a traceback."""
    if "--help" in args or "-h" in args:
        sys.stdout.write(usage.strip() + "\n")
        return 0
    given = next((a for a in args if not a.startswith("--")), None)
    try:
        report = make_report(given)
    except (ValueError, OSError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    return print_report(report, format_report, as_json="--json" in args)


def split_main(
    score: Callable[[str], dict[str, Any]],
    format_report: Callable[[dict[str, Any]], str],
    argv: list[str] | None = None,
) -> int:
    """``python -m evals.<set> [SPLIT] [--json]`` for a set with development and held-out
    splits (default: dev)."""
    args = list(sys.argv[1:] if argv is None else argv)
    usage = "usage: python -m evals.<set> [SPLIT] [--json]   (SPLIT: dev by default)"
    return report_main(lambda split: score(split or "dev"), format_report, args, usage)
