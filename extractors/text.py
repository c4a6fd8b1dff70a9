"""Markdown and plain text to a Deck: one unit (kind "section") per top-level section.

The top-level heading depth is the shallowest one used more than once (a lone ``#``
document title above ``##`` sections does not swallow the whole file). Headings become
title blocks (sub-headings keep their depth as ``level``), list items keep their nesting
level, pipe tables become table blocks, wrapped lines are joined into paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter

from agent.errors import CorruptFileError, NoTextError
from extractors._base import Source, UnitBuilder, clean_inline, nfkc, renumber, rows_text
from schemas.deck import BlockKind, Deck

HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
LIST_ITEM = re.compile(r"^(\s*)([-*+•▪◦–]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$")
FENCE = re.compile(r"^\s*(```|~~~)")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
INLINE_MARKUP = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images keep their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their label
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]


def decode(data: bytes, source: Source) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorruptFileError(source.path, f"text is not valid UTF-8 ({exc.reason})") from None
    return nfkc(text.replace("\r\n", "\n").replace("\r", "\n"))


def strip_inline(text: str) -> str:
    for pattern, repl in INLINE_MARKUP:
        text = pattern.sub(repl, text)
    return clean_inline(text)


def _split_row(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells = re.split(r"(?<!\\)\|", body)
    return [strip_inline(c.replace("\\|", "|")) for c in cells]


def _top_level(lines: list[str]) -> int | None:
    depths: Counter[int] = Counter()
    in_fence = False
    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        m = None if in_fence else HEADING.match(line)
        if m:
            depths[len(m.group(1))] += 1
    if not depths:
        return None
    ordered = sorted(depths)
    for depth in ordered:
        if depths[depth] > 1:
            return depth
    return ordered[0]


def extract_markdown(data: bytes, source: Source, *, kind: str = "md") -> Deck:
    text = HTML_COMMENT.sub("", decode(data, source)) if kind == "md" else decode(data, source)
    lines = text.split("\n")
    top = _top_level(lines) if kind == "md" else None
    units: list[UnitBuilder] = [UnitBuilder(source.name, 1, "section")]
    paragraph: list[str] = []
    list_indents: list[int] = []
    table: list[list[str]] = []
    fence: list[str] | None = None

    def unit() -> UnitBuilder:
        return units[-1]

    def flush_paragraph() -> None:
        if paragraph:
            unit().add(BlockKind.body, strip_inline(" ".join(paragraph)), bullet=False)
            paragraph.clear()

    def flush_table() -> None:
        if table:
            rows = [r for r in table if any(r)]
            if rows:
                unit().add(BlockKind.table, rows_text(rows), rows=rows)
            table.clear()

    def heading(depth: int, title: str) -> None:
        flush_paragraph()
        flush_table()
        list_indents.clear()
        title = strip_inline(title)
        if top is not None and depth <= top:
            current = unit()
            if current.blocks or current.title:
                units.append(UnitBuilder(source.name, len(units) + 1, "section"))
            unit().title = title
            unit().add(BlockKind.title, title)
        else:
            base = top if top is not None else 1
            if unit().title is None and not unit().blocks:
                unit().title = title
            unit().add(BlockKind.title, title, level=max(0, depth - base))

    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if fence is not None:
            if FENCE.match(line):
                unit().add(BlockKind.body, "\n".join(fence).strip("\n"), bullet=False)
                fence = None
            else:
                fence.append(line)
            continue
        if kind == "md" and FENCE.match(line):
            flush_paragraph()
            flush_table()
            fence = []
            continue
        stripped = line.strip()
        if not stripped:
            flush_paragraph()
            flush_table()
            continue
        m = HEADING.match(line) if kind == "md" else None
        if m:
            heading(len(m.group(1)), m.group(2))
            continue
        if (
            kind == "md"
            and paragraph
            and len(paragraph) == 1
            and SETEXT.match(line)
            and not LIST_ITEM.match(paragraph[0])
        ):
            title = paragraph.pop()
            heading(1 if line.strip().startswith("=") else 2, title)
            continue
        if kind == "md" and stripped.startswith("|"):
            flush_paragraph()
            if not TABLE_SEPARATOR.match(stripped):
                table.append(_split_row(stripped))
            continue
        if table and TABLE_SEPARATOR.match(stripped):
            continue
        flush_table()
        item = LIST_ITEM.match(line)
        if item and not (kind == "txt" and item.group(2)[0].isdigit() and paragraph):
            flush_paragraph()
            indent = len(item.group(1).expandtabs(4))
            while list_indents and indent < list_indents[-1]:
                list_indents.pop()
            if not list_indents or indent > list_indents[-1]:
                list_indents.append(indent)
            unit().add(
                BlockKind.body,
                strip_inline(item.group(3)),
                level=len(list_indents) - 1,
                bullet=True,
            )
            continue
        if list_indents and line[:1].isspace() and unit().blocks:
            last = unit().blocks[-1]
            if last.bullet:  # a lazy continuation of the list item above
                last.text = f"{last.text} {strip_inline(stripped)}"
                continue
        list_indents.clear()
        if kind == "md" and stripped.startswith(">"):
            stripped = stripped.lstrip("> ")
        paragraph.append(stripped)
    if fence is not None:
        unit().add(BlockKind.body, "\n".join(fence).strip("\n"), bullet=False)
    flush_paragraph()
    flush_table()
    built = [u.build() for u in units if u.blocks]
    if not built:
        raise NoTextError(source.path, "no text in file")
    renumber(built)  # after dropping an empty preamble
    if kind == "txt":
        for u in built:
            if u.title is None and u.blocks and len(u.blocks[0].text) <= 80:
                u.title = u.blocks[0].text
    return source.deck("md" if kind == "md" else "txt", built)


def extract_text(data: bytes, source: Source) -> Deck:
    return extract_markdown(data, source, kind="txt")
