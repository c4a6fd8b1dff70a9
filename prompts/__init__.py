"""Prompt templates, one file per LLM step. ``{{name}}`` placeholders are filled by ``render``.

Kept out of code so a prompt change is a reviewable text diff that CI evals gate.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

PROMPT_DIR = Path(__file__).parent
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")


@cache
def load(name: str) -> str:
    path = PROMPT_DIR / f"{name}.md"
    if not path.is_file():
        raise KeyError(f"no prompt named {name!r} in {PROMPT_DIR}")
    return path.read_text(encoding="utf-8")


def render(name: str, **values: str) -> str:
    """Fill every placeholder; a missing value is a programming error, so it raises."""
    text = load(name)
    missing = {m for m in _PLACEHOLDER.findall(text) if m not in values}
    if missing:
        raise KeyError(f"prompt {name!r} needs values for {sorted(missing)}")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def names() -> list[str]:
    return sorted(p.stem for p in PROMPT_DIR.glob("*.md"))
