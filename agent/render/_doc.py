"""A small document model: the report's content once, written as Markdown, HTML and Word.

The report builder (``_report.py``) says *what* the report contains with these blocks;
each writer (``_markdown.py``, ``_html.py``, ``_docx.py``) decides how it looks and does
its own target's escaping, in one place. Text in a block is always plain text (deck words,
model words and ours alike); emphasis and links are properties of a ``Span``, never
markup inside a string, so no deck text can turn into markup in any target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Target = Literal["md", "html", "docx"]
ALL_TARGETS: frozenset[Target] = frozenset(("md", "html", "docx"))


@dataclass(frozen=True)
class Span:
    """A run of plain text with its emphasis; ``href`` links a sibling file (Markdown),
    ``anchor`` a place in the same document (HTML)."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None
    anchor: str | None = None


Inline = list[Span]


def inline(*parts: str | Span | Inline | None) -> Inline:
    """Plain strings, spans and span lists joined into one inline run (None is skipped)."""
    out: Inline = []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, str):
            if part:
                out.append(Span(part))
        elif isinstance(part, Span):
            out.append(part)
        else:
            out.extend(part)
    return out


def b(text: str) -> Span:
    return Span(text, bold=True)


def i(text: str) -> Span:
    return Span(text, italic=True)


def code(text: str) -> Span:
    return Span(text, code=True)


def join(items: list[Inline], sep: str = ", ", last: str | None = None) -> Inline:
    """Inline runs joined by ``sep`` (and ``last`` before the final one, e.g. ' and ')."""
    out: Inline = []
    for n, item in enumerate(items):
        if n:
            out.append(Span(last if last is not None and n == len(items) - 1 else sep))
        out.extend(item)
    return out


def plain_text(runs: Inline) -> str:
    return "".join(s.text for s in runs)


@dataclass
class Heading:
    level: int
    text: Inline
    anchor: str | None = None


@dataclass
class Para:
    text: Inline


@dataclass
class Item:
    text: Inline
    children: list[Inline] = field(default_factory=list)


@dataclass
class ListBlock:
    items: list[Item]
    ordered: bool = False


@dataclass
class Table:
    header: list[str]
    rows: list[list[Inline]]
    # a hint for HTML/Word: "matrix" centres short cells (RACI letters)
    kind: Literal["plain", "matrix"] = "plain"


@dataclass
class Quote:
    text: Inline


@dataclass
class Callout:
    """A boxed notice at the top of a section (``warning`` for what the reader must not miss)."""

    title: str
    text: Inline
    level: Literal["warning", "note"] = "warning"


@dataclass
class Chart:
    """The roadmap chart: Mermaid source in Markdown, an SVG in HTML, a table in Word."""

    mermaid: str
    rows: list[ChartRow]
    phases: list[ChartPhase]
    total_weeks: int
    unit: Literal["week", "month"]


@dataclass
class ChartRow:
    label: str
    start: int
    end: int
    phase: str | None
    horizon: str
    pilot: bool
    owner: str
    when: str


@dataclass
class ChartPhase:
    name: str
    start: int
    end: int
    gate: str | None


@dataclass
class PageBreak:
    pass


Block = Heading | Para | ListBlock | Table | Quote | Callout | Chart | PageBreak


@dataclass
class Only:
    """Blocks that belong in some targets only (the RACI matrix is a separate file next to
    report.md, but part of the HTML and Word reports)."""

    targets: frozenset[Target]
    blocks: list[Block | Only]


Part = Block | Only


@dataclass
class Document:
    title: str
    subtitle: Inline
    blocks: list[Block | Only] = field(default_factory=list)

    def add(self, *blocks: Block | Only) -> None:
        self.blocks.extend(blocks)

    def for_target(self, target: Target) -> list[Block]:
        """The blocks one writer renders, in order, with ``Only`` resolved."""
        return _flatten(self.blocks, target)


def _flatten(blocks: list[Block | Only], target: Target) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Only):
            if target in block.targets:
                out.extend(_flatten(block.blocks, target))
        else:
            out.append(block)
    return out
