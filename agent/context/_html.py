"""An HTML page (an intranet "Who's who" saved from SharePoint or Confluence, a governance
page) rewritten as the Markdown it would be: headings, paragraphs, nested lists, tables and
definition lists, so the Markdown reader and the roster outline read it as they read a
``.md`` file.

Only the page's content is kept. Scripts, styles, forms and the page's chrome (navigation,
footer, cookie notice, breadcrumbs, anything hidden) are dropped: they are not what the
organization says about itself. The markup is parsed by lxml, which neither fetches nor
resolves anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from agent.context._lexicon import normalize_header
from agent.errors import CorruptFileError

Element = Any  # an lxml element (lxml ships no type stubs here)

_DROP = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "canvas",
        "iframe",
        "object",
        "embed",
        "nav",
        "footer",
        "form",
        "button",
        "select",
        "textarea",
        "input",
        "dialog",
    ]
)
_CHROME_ROLE = frozenset({"navigation", "banner", "contentinfo", "search", "dialog"})
_CHROME_NAME = re.compile(r"cookie|breadcrumb|skip-?link|sr-only|visually-hidden", re.I)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$)", re.I
)
# class names pages hide things with ("hidden", Bootstrap's "d-none", "invisible")
_HIDDEN_CLASS = frozenset({"hidden", "is-hidden", "d-none", "invisible", "hide"})
_HEADING = {f"h{n}": n for n in range(1, 7)}
_BLOCK = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "aside",
        "blockquote",
        "figure",
        "figcaption",
        "address",
        "pre",
        "center",
        "details",
        "summary",
        "hr",
    ]
)
_DEEPEST = 120  # nesting past this is read as flat text (lxml caps the tree's depth too)


def html_to_markdown(page: str, rel: str) -> str:
    """The page's content (already decoded) as Markdown text; raises CorruptFileError when
    it is not HTML."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    # lxml refuses a decoded string that still declares its encoding (XHTML's first line)
    page = re.sub(r"^\s*<\?xml[^>]*\?>", "", page)
    try:
        root = lxml.html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise CorruptFileError(rel, "not a readable HTML page") from exc
    writer = _Writer()
    body = root.find("body")
    writer.block(root if body is None else body, depth=0)
    return writer.text()


def _words(text: str | None) -> str:
    # nbsp and every run of white space is one space, as a browser shows it
    return " ".join((text or "").replace("\xa0", " ").split())


def _skipped(el: Element) -> bool:
    tag = getattr(el, "tag", None)
    if not isinstance(tag, str):  # a comment or processing instruction the parser kept
        return True
    if tag.lower() in _DROP:
        return True
    get = el.get
    if get("hidden") is not None or (get("aria-hidden") or "").lower() == "true":
        return True
    if (get("role") or "").lower() in _CHROME_ROLE:
        return True
    if _CHROME_NAME.search(f"{get('class') or ''} {get('id') or ''}"):
        return True
    if _HIDDEN_CLASS.intersection((get("class") or "").lower().split()):
        return True
    return bool(_HIDDEN_STYLE.search(get("style") or ""))


class _Writer:
    """Markdown lines built from a walk of the tree; inline text gathers into the open line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.open: list[str] = []  # the inline text of the line being built
        self.prefix = ""  # a list item's marker, put before the line's text

    def text(self) -> str:
        self.flush()
        out: list[str] = []
        for line in self.lines:  # one blank line between blocks, none at the ends
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip("\n") + "\n"

    def flush(self, *, gap: bool = True) -> None:
        words = _words(" ".join(self.open))
        self.open = []
        if words:
            self.lines.append(self.prefix + words)
            self.prefix = " " * len(self.prefix)  # the item's later lines are its continuation
            if gap and not self.lines[-1].lstrip().startswith(("- ", "1. ")):
                self.lines.append("")

    def inline(self, text: str | None) -> None:
        if text and text.strip(" \t\r\n"):
            self.open.append(text)
        elif text and self.open:
            self.open.append(" ")

    def block(self, el: Element, depth: int, lists: int = 0) -> None:
        """Write ``el``'s content: its text, then each child and the text after it."""
        self.inline(getattr(el, "text", None))
        for child in el:
            if not _skipped(child):
                self.element(child, depth + 1, lists)
            self.inline(child.tail)

    def element(self, el: Element, depth: int, lists: int) -> None:
        tag = el.tag.lower()
        if depth > _DEEPEST:
            self.inline(" ".join(el.itertext()))
        elif tag == "br":
            self.flush(gap=False)
        elif tag in _HEADING:
            self.flush()
            title = _words(" ".join(_visible_text(el)))
            if title:
                self.lines += [f"{'#' * _HEADING[tag]} {title}", ""]
        elif tag in {"ul", "ol", "menu"}:
            self.flush()
            for number, item in enumerate(_children(el, "li"), 1):
                marker = f"{number}. " if tag == "ol" else "- "
                self.flush(gap=False)
                self.prefix = "  " * lists + marker
                self.block(item, depth + 1, lists + 1)
                self.flush(gap=False)
                self.prefix = ""
            self.lines.append("")
        elif tag == "table":
            self.flush()
            self.table(el, depth, lists)
        elif tag == "dl":
            self.flush()
            self.definitions(el)
        elif tag in _BLOCK or tag in {"li", "dd", "dt", "td", "th", "tr", "tbody", "thead"}:
            self.flush()
            key = _field_class(el)
            if key is not None and not re.match(r"\s*[\w /&'-]{1,40}:", "".join(el.itertext())):
                self.inline(f"{key}: ")  # <p class="role">Head of People</p> on a person's card
            self.block(el, depth, lists)
            self.flush()
        else:  # inline markup: span, a, strong, em, abbr, time ...
            self.block(el, depth, lists)

    def table(self, el: Element, depth: int, lists: int) -> None:
        rows = [r for r in el.iter("tr") if _owner_table(r) is el]
        headed = bool(rows) and (
            rows[0].getparent().tag.lower() == "thead"
            or all(c.tag.lower() == "th" for c in _children(rows[0], "td", "th"))
        )
        # (each cell is walked once, at its depth: a layout table's cells are never also
        # read as a grid's, so tables nested in tables cost their size, not 2 ** depth)
        grid = (
            [[_cell(c, depth + 1) for c in _children(r, "td", "th")] for r in rows]
            if headed
            else []
        )
        grid = [row for row in grid if any(row)]
        if not grid or len(grid[0]) < 2:
            # a layout table: its cells are blocks of the page, in reading order
            for row in rows:
                for cell in _children(row, "td", "th"):
                    self.block(cell, depth + 1, lists)
                    self.flush()
            return
        width = max(len(row) for row in grid)
        for i, row in enumerate(grid):
            cells = row + [""] * (width - len(row))
            self.lines.append("| " + " | ".join(cells) + " |")
            if i == 0:
                self.lines.append("|" + " --- |" * width)
        self.lines.append("")

    def definitions(self, el: Element) -> None:
        term = ""
        for child in _children(el, "dt", "dd"):
            words = _words(" ".join(_visible_text(child)))
            if child.tag.lower() == "dt":
                term = words
            elif words:
                self.lines += [f"{term}: {words}" if term else words, ""]


def _field_class(el: Element) -> str | None:
    """The roster field a block's class names on a person's card ("role", "job-title",
    "team"), as the key a card's line would carry; None for any other class."""
    for name in (el.get("class") or "").split():
        key = normalize_header(name.replace("-", " ").replace("_", " "))
        if key in _CARD_ROLE:
            return "Role"
        if key in _CARD_TEAM:
            return "Team"
    return None


# (not "name": a card's name is its holder's; not "title": a page's blocks use it too)
_CARD_ROLE = frozenset({"role", "job title", "role title", "position", "post", "job role"})
_CARD_TEAM = frozenset({"team", "department", "directorate", "unit", "division"})


def _children(el: Element, *tags: str) -> Iterator[Element]:
    """``el``'s direct children with these tags, looking through wrappers (tbody, div)."""
    for child in el:
        if _skipped(child):
            continue
        tag = child.tag.lower()
        if tag in tags:
            yield child
        elif tag in {"tbody", "thead", "tfoot", "div", "span"} and "table" not in tags:
            yield from _children(child, *tags)


def _owner_table(row: Element) -> Element:
    parent = row.getparent()
    while parent is not None and parent.tag.lower() != "table":
        parent = parent.getparent()
    return parent


def _visible_text(el: Element) -> Iterator[str]:
    if getattr(el, "text", None):
        yield el.text
    for child in el:
        if not _skipped(child):
            if child.tag.lower() == "br":
                yield " "
            yield from _visible_text(child)
        if child.tail:
            yield child.tail


def _cell(cell: Element, depth: int) -> str:
    # a cell's lines (<br>, paragraphs) are kept apart with "; " on the table's one line
    parts: list[str] = []
    writer = _Writer()
    writer.block(cell, depth=depth)
    for line in writer.text().splitlines():
        words = line.strip().removeprefix("- ").strip()
        if words:
            parts.append(words)
    return "; ".join(parts).replace("|", "/")
