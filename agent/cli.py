"""Command line: parse arguments, call the library, format output. No logic lives here.

Every command turns a GroundworkError into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from agent.errors import GroundworkError

app = typer.Typer(
    name="groundwork",
    help="Turn a strategy deck plus your organization's context into an operational plan.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
context_app = typer.Typer(
    help="Index and query an organization's context folder.", no_args_is_help=True
)
app.add_typer(context_app, name="context")

out = Console()
err = Console(stderr=True)


@app.command()
def extract(
    deck: Annotated[
        Path, typer.Argument(help="PPTX or PDF (type read from the bytes, not the name)")
    ],
    format: Annotated[str, typer.Option("--format", "-f", help="json | markdown")] = "markdown",
    max_bytes: Annotated[
        int | None, typer.Option(help="refuse files (or ZIP contents) larger than this")
    ] = None,
) -> None:
    """Extract a deck's text with structure and provenance.

    Example: groundwork extract examples/northwind/deck.pptx --format json
    """
    from extractors import extract as extract_deck
    from extractors import to_markdown

    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    result = extract_deck(deck, **kwargs)
    if format == "json":
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    elif format == "markdown":
        sys.stdout.write(to_markdown(result))
    else:
        raise typer.BadParameter("--format must be json or markdown")


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    """Console-script entry point: one line per error, never a traceback."""
    try:
        app(standalone_mode=False)
    except GroundworkError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise SystemExit(2) from None
    except typer.Abort:
        err.print("aborted")
        raise SystemExit(130) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise SystemExit(130) from None
    except (typer.BadParameter, typer.Exit) as exc:
        if isinstance(exc, typer.Exit):
            raise SystemExit(exc.exit_code) from None
        err.print(f"error: {exc}")
        raise SystemExit(2) from None
    except Exception as exc:  # click usage errors and anything unexpected: still one line
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            raise SystemExit(exc.exit_code) from None
        err.print(f"error: internal error ({type(exc).__name__}): {' '.join(str(exc).split())}")
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
