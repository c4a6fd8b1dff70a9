"""A Deck as readable Markdown: one heading per unit, bullets by level, tables, notes."""

from __future__ import annotations

from extractors._base import rows_text
from schemas.deck import Block, BlockKind, Deck, Unit

_UNIT_LABEL = {"slide": "Slide", "page": "Page", "section": "Section"}


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def markdown_table(rows: list[list[str]]) -> list[str]:
    """Rows as a Markdown table: the first row its header, short rows padded."""
    width = max(len(r) for r in rows)
    padded = [[_cell(c) for c in r] + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in padded[1:]]
    return lines


def _block(unit: Unit, block: Block) -> list[str]:
    indent = "  " * block.level
    if block.kind is BlockKind.title:
        if block.text == unit.title and block.level == 0:
            return []
        return [f"{'#' * min(6, 3 + block.level)} {block.text}", ""]
    if block.kind is BlockKind.table and block.rows:
        return [*markdown_table(block.rows), ""]
    if block.kind is BlockKind.chart:
        text = block.text
        if block.rows:
            data = rows_text(block.rows)
            text = text[: -len(data)] if data and text.endswith(data) else text
        labels = " · ".join(line for line in text.split("\n") if line.strip())
        head = f"**Chart: {labels}**" if labels else "**Chart**"
        return [head, "", *(markdown_table(block.rows) if block.rows else []), ""]
    if block.kind is BlockKind.image_alt:
        return [f"{indent}[image: {block.text}]", ""]
    text = " ".join(block.text.split()) if block.kind is not BlockKind.body else block.text
    if unit.kind == "slide" or block.bullet:
        return [f"{indent}- {text}"]
    return [text, ""]


def to_markdown(deck: Deck) -> str:
    """Readable structure: ``## Slide 3: Title``, bullets indented by level, tables as
    Markdown tables, notes under ``> Notes:``, hidden slides marked."""
    out = [f"# {deck.name}", ""]
    for unit in deck.units:
        label = _UNIT_LABEL.get(unit.kind, unit.kind.title())
        heading = f"## {label} {unit.number}"
        if unit.title:
            heading += f": {' '.join(unit.title.split())}"
        if unit.hidden:
            heading += " (hidden)"
        out += [heading, ""]
        notes = [b for b in unit.blocks if b.kind is BlockKind.notes]
        previous_bullet = False
        for block in unit.blocks:
            if block.kind is BlockKind.notes:
                continue
            lines = _block(unit, block)
            is_bullet = bool(lines) and lines[-1].lstrip().startswith("- ")
            if previous_bullet and not is_bullet and lines:
                out.append("")
            out += lines
            previous_bullet = is_bullet
        if previous_bullet:
            out.append("")
        if notes:
            out.append("> Notes:")
            for block in notes:
                out.append(f"> {'  ' * block.level}{block.text}")
            out.append("")
    if deck.warnings:
        out += ["---", "", "Warnings:", ""]
        out += [f"- {w}" for w in deck.warnings]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
