"""The ``groundwork`` console script.

``groundwork extract FILE`` with its plain options runs from here without importing the
command line (agent.cli: typer, the pydantic adapters typer builds for every option, the
run configuration), which was most of what a one-deck extraction waited for (bench/
extract.py, whole command). Everything else (other commands, ``--help``, anything this
does not read exactly as typer would) goes to ``agent.cli.main``; so do the errors, which
print as every command's do.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemas.deck import Deck

# extract's options that take a value, and the parameter each sets
_OPTIONS = {
    "--format": "format",
    "-f": "format",
    "--max-bytes": "max_bytes",
    "--time-limit": "time_limit",
    "--memory-limit": "memory_limit",
}


def extract_args(argv: list[str]) -> dict[str, str] | None:
    """``extract``'s arguments when ``argv`` is ``extract FILE`` and options this reads as
    typer does (each at most once, a valid --format and --max-bytes); else None."""
    if not argv or argv[0] != "extract":
        return None
    found: dict[str, str] = {}
    rest = argv[1:]
    while rest:
        arg = rest.pop(0)
        if not arg.startswith("-"):
            if "deck" in found or not arg:
                return None
            found["deck"] = arg
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        key = _OPTIONS.get(name)
        if key is None or key in found:
            return None
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        if value.startswith("-"):
            return None
        found[key] = value
    if "deck" not in found or found.get("format", "markdown") not in ("json", "markdown"):
        return None
    if not found.get("max_bytes", "1").isascii() or not found.get("max_bytes", "1").isdigit():
        return None
    return found


def extract_deck(
    deck: Path, max_bytes: int | None, time_limit: str | None, memory_limit: str | None
) -> Deck:
    """The deck's extract, under the run budget (a child process, agent.budget)."""
    from agent.budget import Budget, run_with_budget
    from extractors import extract

    budget = Budget.from_env(time_limit, memory_limit)
    if max_bytes:
        return run_with_budget(extract, deck, budget=budget, what="extraction", max_bytes=max_bytes)
    return run_with_budget(extract, deck, budget=budget, what="extraction")


def write_deck(result: Deck, format: str) -> None:
    if format == "json":
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        from extractors import to_markdown

        sys.stdout.write(to_markdown(result))


def main() -> None:
    """Console-script entry point."""
    args = extract_args(sys.argv[1:])
    if args is None:
        from agent.cli import main as cli_main

        cli_main()
        return
    try:
        result = extract_deck(
            Path(args["deck"]),
            int(args["max_bytes"]) if "max_bytes" in args else None,
            args.get("time_limit"),
            args.get("memory_limit"),
        )
        write_deck(result, args.get("format", "markdown"))
    except (Exception, KeyboardInterrupt) as exc:
        from agent.cli import exit_for

        exit_for(exc)
