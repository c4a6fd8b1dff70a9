"""Word (.docx) to a Deck for org-context documents: headings, paragraphs, list levels, tables.

Like Markdown, one unit (kind "section") per top-level heading; body order is kept by
walking the document body's paragraphs and tables as they appear.
"""

from __future__ import annotations

import io
import re
from collections import Counter

import docx
from docx.oxml.ns import qn

from agent.errors import CorruptFileError, NoTextError
from extractors._base import (
    Source,
    UnitBuilder,
    clean_inline,
    nfkc,
    renumber,
    rows_text,
    short_reason,
)
from schemas.deck import BlockKind, Deck

HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d)$", re.I)
W_P, W_TBL = qn("w:p"), qn("w:tbl")


def _text(paragraph_elm: object) -> str:
    parts: list[str] = []
    for node in paragraph_elm.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):  # type: ignore[attr-defined]
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        else:
            parts.append(" ")
    return clean_inline(nfkc("".join(parts)))


def _style_name(paragraph: object, styles: dict[str, str]) -> str:
    ppr = paragraph.find(qn("w:pPr"))  # type: ignore[attr-defined]
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    style_id = style.get(qn("w:val")) if style is not None else None
    return styles.get(style_id or "", style_id or "")


def _heading_depth(name: str) -> int | None:
    if name.lower() == "title":
        return 0
    m = HEADING_STYLE.match(name.strip())
    return int(m.group(1)) if m else None


def _list_level(paragraph: object, style_name: str) -> int | None:
    ppr = paragraph.find(qn("w:pPr"))  # type: ignore[attr-defined]
    num = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num is not None:
        ilvl = num.find(qn("w:ilvl"))
        try:
            return int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
        except (TypeError, ValueError):
            return 0
    if "list" in style_name.lower():
        m = re.search(r"(\d)$", style_name)
        return int(m.group(1)) - 1 if m else 0
    return None


def _table_rows(tbl: object) -> list[list[str]]:
    rows: list[list[str]] = []
    for tr in tbl.iterchildren(qn("w:tr")):  # type: ignore[attr-defined]
        row = []
        for tc in tr.iterchildren(qn("w:tc")):
            texts = [_text(p) for p in tc.iter(qn("w:p"))]
            row.append(" ".join(t for t in texts if t))
        rows.append(row)
    return rows


def extract_docx(data: bytes, source: Source) -> Deck:
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise CorruptFileError(
            source.path, f"corrupt Word document ({short_reason(exc)})"
        ) from None
    styles: dict[str, str] = {}
    for style in document.styles:
        try:
            styles[style.style_id] = style.name or style.style_id
        except Exception:
            continue
    body = document.element.body
    items: list[tuple[str, object, str]] = []
    depths: Counter[int] = Counter()
    for child in body.iterchildren():
        if child.tag == W_P:
            name = _style_name(child, styles)
            depth = _heading_depth(name)
            if depth is not None and _text(child):
                depths[depth] += 1
            items.append(("p", child, name))
        elif child.tag == W_TBL:
            items.append(("tbl", child, ""))
    top = next((d for d in sorted(depths) if depths[d] > 1), min(depths) if depths else None)
    units = [UnitBuilder(source.name, 1, "section")]
    for kind, elm, name in items:
        if kind == "tbl":
            rows = _table_rows(elm)
            if any(any(c for c in r) for r in rows):
                units[-1].add(BlockKind.table, rows_text(rows), rows=rows)
            continue
        text = _text(elm)
        if not text:
            continue
        depth = _heading_depth(name)
        if depth is not None:
            if top is not None and depth <= top:
                if units[-1].blocks:
                    units.append(UnitBuilder(source.name, len(units) + 1, "section"))
                units[-1].title = text
                units[-1].add(BlockKind.title, text)
            else:
                if units[-1].title is None and not units[-1].blocks:
                    units[-1].title = text
                units[-1].add(BlockKind.title, text, level=max(0, depth - (top or 0)))
            continue
        level = _list_level(elm, name)
        units[-1].add(BlockKind.body, text, level=level or 0, bullet=level is not None)
    built = renumber([u.build() for u in units if u.blocks])
    if not built:
        raise NoTextError(source.path, "no text in Word document")
    return source.deck("docx", built)
