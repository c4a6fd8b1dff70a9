"""The report document as Markdown (GitHub-flavoured: tables, a Mermaid block)."""

from __future__ import annotations

from ._doc import (
    Block,
    Callout,
    Chart,
    Document,
    Heading,
    Inline,
    ListBlock,
    PageBreak,
    Para,
    Quote,
    Table,
)
from ._text import md, md_code, md_inline, md_line_start


def markdown_inline(runs: Inline) -> str:
    """Spans as Markdown: every text escaped (``md_inline``), emphasis and links added here.

    A span keeps one space where its text began or ended with whitespace, so runs join
    as written; block markers are escaped once, at the start of the assembled line.
    """
    out = []
    for span in runs:
        core = md_code(span.text) if span.code else md_inline(span.text)
        if core:
            if span.bold:
                core = f"**{core}**"
            if span.italic:
                core = f"_{core}_"
            if span.href:
                core = f"[{core}]({span.href})"
        lead = " " if span.text[:1].isspace() else ""
        trail = " " if span.text[-1:].isspace() and core else ""
        out.append(lead + core + trail)
    return md_line_start("".join(out))


def _cell(runs: Inline) -> str:
    return markdown_inline(runs) or " "


def markdown_block(block: Block) -> str:
    if isinstance(block, Heading):
        return "#" * block.level + " " + markdown_inline(block.text)
    if isinstance(block, Para):
        return markdown_inline(block.text)
    if isinstance(block, Quote):
        return "> " + markdown_inline(block.text)
    if isinstance(block, Callout):
        return f"> **{md(block.title)}** " + markdown_inline(block.text)
    if isinstance(block, ListBlock):
        lines = []
        for n, item in enumerate(block.items, start=1):
            marker = f"{n}." if block.ordered else "-"
            lines.append(f"{marker} {markdown_inline(item.text)}")
            lines += [f"  - {markdown_inline(child)}" for child in item.children]
        return "\n".join(lines)
    if isinstance(block, Table):
        lines = [
            "| " + " | ".join(md(h) for h in block.header) + " |",
            "|" + "---|" * len(block.header),
        ]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
        return "\n".join(lines)
    if isinstance(block, Chart):
        return "```mermaid\n" + block.mermaid.rstrip() + "\n```"
    if isinstance(block, PageBreak):
        return ""
    raise TypeError(f"no Markdown for {type(block).__name__}")


def markdown_document(doc: Document) -> str:
    """The whole document: a '#' title, the subtitle paragraph, then every block."""
    parts = [f"# {md(doc.title)}", markdown_inline(doc.subtitle)]
    parts += [markdown_block(b) for b in doc.for_target("md")]
    return "\n\n".join(p for p in parts if p) + "\n"
