"""The CLI starts in a blink: importing it and printing --help loads none of the heavy stack.

bench/startup.py measures the time; this test keeps the imports that cost it out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("agent.runner", "langgraph", "chromadb", "openai", "pydantic", "rich", "numpy")

PROBE = """
import sys
sys.argv = ["groundwork", *sys.argv[1:]]
from agent.cli import main
try:
    main()
except SystemExit:
    pass
print(" ".join(sorted({m.split(".")[0] if not m.startswith("agent.") else m for m in sys.modules})))
"""


def loaded(*args: str) -> set[str]:
    # No budget: the command runs in this process (not a budget child), so its imports show.
    env = {**os.environ, "GROUNDWORK_TIME_LIMIT": "0", "GROUNDWORK_MEMORY_LIMIT": "0"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True, env=env
    )
    return set(done.stdout.splitlines()[-1].split())


def test_help_imports_nothing_heavy() -> None:
    modules = loaded("--help")
    assert "typer" in modules  # the probe really ran the CLI
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_extract_imports_only_what_extraction_needs(tmp_path: Path) -> None:
    from pptx import Presentation

    deck = Presentation()
    deck.slides.add_slide(deck.slide_layouts[1]).shapes.title.text = "Grow repeat purchases"
    deck.save(str(tmp_path / "deck.pptx"))
    modules = loaded("extract", str(tmp_path / "deck.pptx"))
    assert {"pptx", "extractors"} <= modules  # it really extracted
    workflow = set(HEAVY) - {"pydantic"}  # the deck model is pydantic; typer parses with it too
    assert not modules & workflow, sorted(modules & workflow)


def test_usage_errors_are_clicks_message_not_an_internal_error() -> None:
    """typer carries its own click: a usage error is shown as such, with click's exit code 2."""
    for args in (["extract", "--nope", "x.pptx"], ["no-such-command"]):
        done = subprocess.run(
            [sys.executable, "-m", "agent.cli", *args], capture_output=True, text=True, check=False
        )
        assert done.returncode == 2, done.stderr
        assert "internal error" not in done.stderr
        assert "Error: No such" in done.stderr
        assert "Traceback" not in done.stderr
