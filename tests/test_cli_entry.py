"""The console script runs ``groundwork extract FILE`` without the command line's imports,
and answers exactly as the command line does (output, errors, exit codes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent.cli_entry import extract_args

ENTRY = "import sys; sys.argv[0] = 'groundwork'; from agent.cli_entry import main; main()"
CLI = "import sys; sys.argv[0] = 'groundwork'; from agent.cli import main; main()"
PROBE = """
import sys
sys.argv = ["groundwork", *sys.argv[1:]]
from agent.cli_entry import main
main()
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in {"typer", "agent", "rich"})))
"""


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pptx import Presentation

    folder = tmp_path_factory.mktemp("deck")
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Grow repeat purchases"
    slide.placeholders[1].text = "Launch the loyalty pilot in Q3"
    deck.save(str(folder / "deck.pptx"))
    (folder / "notes.txt").write_text("plain text, not a deck\n")
    return folder / "deck.pptx"


def run(code: str, args: list[str], cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "100"},
        timeout=120,
    )
    return done.returncode, done.stdout, done.stderr


FAST = [
    ["extract", "deck.pptx"],
    ["extract", "deck.pptx", "-f", "json"],
    ["extract", "--format=json", "deck.pptx"],
    ["extract", "deck.pptx", "--format", "markdown", "--time-limit", "30s", "--memory-limit", "2G"],
    ["extract", "deck.pptx", "--max-bytes", "100"],  # too large for that: the error line
    ["extract", "notes.txt"],  # not a deck
    ["extract", "missing.pptx"],
    ["extract", "deck.pptx", "--time-limit", "soon"],  # the budget's error
]
TYPER = [
    ["extract"],
    ["extract", "--help"],
    ["extract", "deck.pptx", "--format", "xml"],
    ["extract", "deck.pptx", "-fjson"],
    ["extract", "deck.pptx", "--max-bytes", "lots"],
    ["extract", "deck.pptx", "other.pptx"],
    ["extract", "--", "deck.pptx"],
    ["extract", "deck.pptx", "--nope"],
    ["extract", "deck.pptx", "-f", "json", "-f", "markdown"],
    ["--help"],
]


def test_which_arguments_take_the_short_way() -> None:
    assert all(extract_args(args) is not None for args in FAST)
    assert all(extract_args(args) is None for args in TYPER)


@pytest.mark.parametrize("args", FAST + TYPER, ids=" ".join)
def test_the_console_script_answers_as_the_command_line(deck: Path, args: list[str]) -> None:
    assert run(ENTRY, args, deck.parent) == run(CLI, args, deck.parent)


def test_extract_loads_neither_typer_nor_the_command_line(deck: Path) -> None:
    code, out, _ = run(PROBE, ["extract", "deck.pptx"], deck.parent)
    assert code == 0 and "Grow repeat purchases" in out
    loaded = set(out.splitlines()[-1].split())
    assert "agent.cli_entry" in loaded
    assert not {m for m in loaded if m == "agent.cli" or m.split(".")[0] in {"typer", "rich"}}
