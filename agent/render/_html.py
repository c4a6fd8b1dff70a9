"""report.html: the report as one self-contained, printable web page.

Inline CSS only: no script, no font, no image or stylesheet from anywhere, and a
Content-Security-Policy that forbids loading anything, so the file reads the same
offline, attached to an e-mail or printed. The roadmap is an inline SVG chart. Every
text passes through ``html_text`` (the one HTML escaper) exactly once, here.
"""

from __future__ import annotations

import re

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
    plain_text,
)
from ._text import html_text, slugify

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d5d9e0; --band: #f3f5f8; --accent: #1f3864;
  --found: #1f3864; --quick: #2e75b6; --asp: #9dc3e6; --warn-bg: #fff4e5; --warn: #8a4b00; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 48px; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 .3em; color: var(--accent); }
h2 { font-size: 1.4em; margin: 1.8em 0 .5em; padding-bottom: .2em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.12em; margin: 1.4em 0 .4em; }
p { margin: .5em 0; }
h1, h2, h3, p, li, blockquote, figcaption, .callout { overflow-wrap: anywhere; }
.subtitle { color: var(--muted); }
nav.toc { background: var(--band); border-radius: 6px; padding: 10px 16px; margin: 16px 0; }
nav.toc ol { margin: 0; padding-left: 1.3em; columns: 2; }
a { color: #1a55a3; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .92em;
  background: var(--band); padding: 0 .25em; border-radius: 3px; }
blockquote { margin: .6em 0; padding: .3em 1em; border-left: 4px solid var(--line); color: #333; }
.callout { border: 1px solid #e0a84f; background: var(--warn-bg); border-radius: 6px; padding: 10px 14px; margin: 14px 0; }
.callout strong:first-child { color: var(--warn); }
.callout.note { border-color: var(--line); background: var(--band); }
.callout.note strong:first-child { color: var(--ink); }
.table-wrap { overflow-x: auto; margin: .6em 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--band); font-weight: 600; }
table.matrix { width: auto; font-size: .82em; }
table.matrix th.role { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; vertical-align: bottom; min-width: 2em; }
table.matrix td.letter { text-align: center; font-weight: 600; min-width: 2em; }
td.raci-A { background: #1f3864; color: #fff; }
td.raci-R { background: #2e75b6; color: #fff; }
td.raci-C { background: #9dc3e6; }
td.raci-I { background: #deebf7; }
ul, ol { padding-left: 1.4em; }
li { margin: .2em 0; }
li > ul { margin: .2em 0; color: #333; }
figure.chart { margin: .8em 0 1.2em; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart figcaption { color: var(--muted); font-size: .9em; }
.chart text { font-family: inherit; }
footer { margin-top: 3em; color: var(--muted); font-size: .85em; border-top: 1px solid var(--line); padding-top: .6em; }
.page-break { height: 0; }
@media (max-width: 700px) {
  body { padding: 14px; font-size: 14px; }
  nav.toc ol { columns: 1; }
}
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li, figure, .callout, blockquote { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .page-break { break-before: page; page-break-before: always; }
  td.raci-A, td.raci-R, td.raci-C, td.raci-I, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  figure.chart svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


class _Anchors:
    """Unique ids for headings."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, text: str, wanted: str | None = None) -> str:
        base = wanted or slugify(text, limit=50) or "section"
        anchor, n = base, 1
        while anchor in self.used:
            n += 1
            anchor = f"{base}-{n}"
        self.used.add(anchor)
        return anchor


def html_inline(runs: Inline) -> str:
    out = []
    for span in runs:
        text = html_text(span.text)
        lead = " " if span.text[:1].isspace() else ""
        trail = " " if span.text[-1:].isspace() and text else ""
        if text:
            if span.code:
                text = f"<code>{text}</code>"
            if span.bold:
                text = f"<strong>{text}</strong>"
            if span.italic:
                text = f"<em>{text}</em>"
            if span.anchor:
                text = f'<a href="#{html_text(span.anchor)}">{text}</a>'
        out.append(lead + text + trail)
    return "".join(out)


def _table(block: Table) -> str:
    matrix = block.kind == "matrix"
    head = []
    for n, h in enumerate(block.header):
        cls = ' class="role"' if matrix and n >= 2 else ""
        head.append(f'<th scope="col"{cls}>{html_text(h)}</th>')
    rows = []
    for row in block.rows:
        cells = []
        for n, c in enumerate(row):
            text = plain_text(c).strip()
            if matrix and n >= 2:
                cls = f"letter raci-{text}" if text in ("R", "A", "C", "I") else "letter"
                cells.append(f'<td class="{cls}">{html_text(text)}</td>')
            else:
                cells.append(f"<td>{html_inline(c)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cls = "matrix" if matrix else "plain"
    return (
        f'<div class="table-wrap"><table class="{cls}"><thead><tr>{"".join(head)}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def html_block(block: Block, anchors: _Anchors) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 2), 6)
        anchor = anchors.make(plain_text(block.text), block.anchor)
        return f'<h{level} id="{html_text(anchor)}">{html_inline(block.text)}</h{level}>'
    if isinstance(block, Para):
        return f"<p>{html_inline(block.text)}</p>"
    if isinstance(block, Quote):
        return f"<blockquote>{html_inline(block.text)}</blockquote>"
    if isinstance(block, Callout):
        return (
            f'<div class="callout {block.level}" role="note"><strong>{html_text(block.title)}</strong> '
            f"{html_inline(block.text)}</div>"
        )
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = []
        for item in block.items:
            children = ""
            if item.children:
                children = (
                    "<ul>" + "".join(f"<li>{html_inline(c)}</li>" for c in item.children) + "</ul>"
                )
            items.append(f"<li>{html_inline(item.text)}{children}</li>")
        return f"<{tag}>{''.join(items)}</{tag}>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Chart):
        from ._chart import roadmap_svg

        return roadmap_svg(block)
    if isinstance(block, PageBreak):
        return '<div class="page-break"></div>'
    raise TypeError(f"no HTML for {type(block).__name__}")


def html_document(doc: Document) -> str:
    anchors = _Anchors()
    blocks = doc.for_target("html")
    body = [html_block(b, anchors) for b in blocks]
    toc = []
    for block, html in zip(blocks, body, strict=True):
        if isinstance(block, Heading) and block.level == 2:
            match = re.search(r'id="([^"]+)"', html)
            if match:
                toc.append(f'<li><a href="#{match.group(1)}">{html_inline(block.text)}</a></li>')
    nav = f'<nav class="toc" aria-label="Contents"><ol>{"".join(toc)}</ol></nav>' if toc else ""
    title = html_text(doc.title)
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="generator" content="groundwork">\n'
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>{title}</h1><p class="subtitle">{html_inline(doc.subtitle)}</p></header>\n'
        f"{nav}\n<main>\n" + "\n".join(body) + "\n</main>\n"
        "<footer>Made by groundwork from the deck and the organization's own context. "
        "Deck text is quoted as written.</footer>\n</body>\n</html>\n"
    )
