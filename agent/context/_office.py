"""More forms an org folder holds: an OpenDocument spreadsheet as LibreOffice Calc saves it
(``.ods``), an OpenDocument text as Writer saves it (``.odt``), and an email saved as a file
(``.eml``, "who does what" sent to the programme board). Each becomes what the readers already
know: the sheets' rows, as a workbook's are; the text's headings, paragraphs, lists and tables,
as Markdown; and the message's body, as Markdown (its HTML part through ``_html``, else its
text part)."""

from __future__ import annotations

import re
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from agent.errors import CorruptFileError, FileTooLargeError, NoTextError

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_T = f"{{{_TABLE}}}"
_X = f"{{{_TEXT}}}"
# Calc writes a sheet's unused columns and rows as one cell or row repeated a million times:
# repeats are kept only while something follows them, and a sheet is read to so many cells.
_MAX_REPEAT = 1_000
_MAX_COLUMNS = 256
_MAX_CELLS = 2_000_000
_ANNOTATION = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"


def _count(el: Any, name: str) -> int:
    """A repeat or span attribute, 1 when absent or not a number, at most ``_MAX_REPEAT``."""
    try:
        return max(1, min(int(el.get(name, "1") or 1), _MAX_REPEAT))
    except ValueError:
        return 1


def _content(data: bytes, rel: str, max_bytes: int, what: str) -> Any:
    """The parsed ``content.xml`` of an OpenDocument file (no entities, no network)."""
    from lxml import etree

    from extractors.detect import open_zip

    with open_zip(rel, data, max_bytes) as archive:
        if "content.xml" not in archive.namelist():
            raise CorruptFileError(rel, f"not an OpenDocument {what} (no content.xml)")
        try:
            content = archive.read("content.xml")
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
            # a damaged entry (bad CRC, broken deflate stream) is a damaged file, said in one line
            raise CorruptFileError(rel, f"damaged OpenDocument archive ({exc})") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(rel, f"unreadable OpenDocument content ({exc.msg})") from None


def read_ods(
    data: bytes, rel: str, *, max_bytes: int, max_rows: int
) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """Every sheet's non-empty rows with their row numbers, by sheet name, in the document's
    order; a cell merged over others gives them its text, as a workbook's merged range does."""
    root = _content(data, rel, max_bytes, "spreadsheet")
    sheets: list[tuple[str, list[tuple[int, list[str]]]]] = []
    total = 0
    cells_read = 0
    for table in root.iter(f"{_T}table"):
        rows: list[tuple[int, list[str]]] = []
        spans: dict[int, tuple[int, str]] = {}  # column -> (rows it still covers, its text)
        number = 0
        for row in table.iter(f"{_T}table-row"):
            cells = _row_cells(row, spans)
            repeat = _count(row, f"{_T}number-rows-repeated")
            for _ in range(repeat if any(cells) else 1):
                number += 1
                if any(cells):
                    rows.append((number, list(cells)))
                    total += 1
                    cells_read += len(cells)
                if total > max_rows or cells_read > _MAX_CELLS:
                    raise FileTooLargeError(
                        rel,
                        f"more than {max_rows:,} rows or {_MAX_CELLS:,} cells in the spreadsheet",
                    )
            if repeat > 1 and not any(cells):
                number += repeat - 1
        if rows:
            sheets.append((str(table.get(f"{_T}name") or f"Sheet{len(sheets) + 1}"), rows))
    return sheets


def _row_cells(row: Any, spans: dict[int, tuple[int, str]]) -> list[str]:
    cells: list[str] = []
    pending = 0  # empty cells not yet written: written only when a filled one follows
    for cell in row:
        tag = cell.tag if isinstance(cell.tag, str) else ""
        if tag not in (f"{_T}table-cell", f"{_T}covered-table-cell"):
            continue
        repeat = _count(cell, f"{_T}number-columns-repeated")
        own = _cell_text(cell) if tag == f"{_T}table-cell" else ""  # read once, however repeated
        for _ in range(repeat):
            column = len(cells) + pending
            if column >= _MAX_COLUMNS:
                return cells
            text = own
            if column in spans:  # under a cell merged down over this row
                left, above = spans[column]
                text = text or above
                spans[column] = (left - 1, above)
                if left <= 1:
                    del spans[column]
            down = _count(cell, f"{_T}number-rows-spanned")
            if text and down > 1:
                spans[column] = (down - 1, text)
            if text:
                cells += [""] * pending + [text]
                pending = 0
            else:
                pending += 1
    return cells


def _cell_text(cell: Any) -> str:
    """A cell's paragraphs, one line each; Calc's run of spaces (``text:s``) and tabs kept. A
    comment on the cell (``office:annotation``) is no part of its value."""
    lines = [
        _inline(p)
        for p in cell.iter(f"{_X}p", f"{_X}h")
        if not any(a.tag == _ANNOTATION for a in p.iterancestors())
    ]
    return "\n".join(line.strip() for line in lines if line.strip())


def _inline(el: Any) -> str:
    out = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{_X}s":
            out.append(" " * min(_count(child, f"{_X}c"), 100))
        elif tag in (f"{_X}tab", f"{_X}line-break"):
            out.append(" ")
        elif tag not in (_ANNOTATION, f"{_X}note"):  # a comment or a footnote is no text
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


# --------------------------------------------------------------------------- text document

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _one_line(cell: str) -> str:
    """A table cell's paragraphs on one line: "; " between them, a space after a full stop."""
    return re.sub(r"(?<=[.;:!?])\n", " ", cell).replace("\n", "; ").replace("|", "/")


def odt_to_markdown(data: bytes, rel: str, *, max_bytes: int, max_rows: int) -> str:
    """A Writer document as Markdown: headings at their outline level, paragraphs, list items
    as bullets indented by their depth, tables as Markdown tables (a cell spanning rows gives
    them its text; a cell's paragraphs and list items kept apart with "; " on the row's one
    line). Comments and footnotes are no text. What it writes is capped: a small file whose
    cells repeat and span cannot grow past the folder's byte budget."""
    from extractors.render import markdown_table

    root = _content(data, rel, max_bytes, "text document")
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise CorruptFileError(rel, "not an OpenDocument text document (no office:text)")
    lines: list[str] = []
    budget = {"rows": 0, "cells": 0, "chars": 0}

    def spend(text: str, *, rows: int = 0, cells: int = 0) -> None:
        budget["rows"] += rows
        budget["cells"] += cells
        budget["chars"] += len(text)
        if budget["rows"] > max_rows or budget["cells"] > _MAX_CELLS or budget["chars"] > max_bytes:
            raise FileTooLargeError(
                rel, f"more than {max_rows:,} table rows or {max_bytes:,} characters of text"
            )

    def add(line: str) -> None:
        spend(line)
        lines.append(line)

    def items(lst: Any, depth: int) -> None:
        for item in lst:
            if item.tag != f"{_X}list-item":
                continue
            own = [p for p in item if p.tag in (f"{_X}p", f"{_X}h")]
            if text := " ".join(_inline(p).strip() for p in own).strip():
                add(f"{'  ' * depth}- {text}")
            for sub in item:
                if sub.tag == f"{_X}list":
                    items(sub, depth + 1)

    def table(tbl: Any) -> None:
        rows: list[list[str]] = []
        spans: dict[int, tuple[int, str]] = {}
        for row in _direct_rows(tbl):
            cells = [_one_line(c) for c in _row_cells(row, spans)]
            spend("".join(cells), rows=1, cells=len(cells))
            if any(cells):
                rows.append(cells)
        if rows:
            lines.extend([*markdown_table(rows), ""])

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == f"{_X}h":
                level = min(max(_count(child, f"{_X}outline-level"), 1), 6)
                add("")
                add(f"{'#' * level} {_inline(child).strip()}")
                add("")
            elif tag == f"{_X}p":
                if text := _inline(child).strip():
                    add(text)
                    add("")
            elif tag == f"{_X}list":
                items(child, 0)
                add("")
            elif tag == f"{_T}table":
                table(child)
            elif tag in (f"{_X}section", f"{_X}soft-page-break") or tag.startswith(_OFFICE):
                walk(child)

    walk(body)
    return "\n".join(lines).strip() + "\n"


def _direct_rows(table: Any) -> list[Any]:
    """A table's own rows, its header rows among them; not the rows of a table nested in a
    cell (those are the cell's text)."""
    groups = {f"{_T}table-header-rows", f"{_T}table-rows", f"{_T}table-row-group"}
    out: list[Any] = []
    for child in table:
        if child.tag == f"{_T}table-row":
            out.append(child)
        elif child.tag in groups:
            out.extend(_direct_rows(child))
    return out


# --------------------------------------------------------------------------- email


def email_to_markdown(data: bytes, rel: str) -> str:
    """The message as Markdown: its subject as the heading, then its HTML body rewritten by
    ``_html`` (a roster sent as a table stays a table), or its plain-text body. Attachments
    are not read, and nothing the message links to is fetched."""
    from agent.context._html import html_to_markdown

    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # a header the parser cannot take
        raise CorruptFileError(rel, f"not a readable email ({type(exc).__name__})") from None
    if not isinstance(message, EmailMessage) or not message.keys():
        raise CorruptFileError(rel, "not an email: no headers")
    subject = " ".join(str(message.get("Subject", "") or "").split())
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        raise NoTextError(rel, "an email with no text body")
    try:
        content = body.get_content()
    except Exception as exc:  # an unknown charset or a broken transfer encoding
        raise CorruptFileError(rel, f"unreadable email body ({type(exc).__name__})") from None
    if not isinstance(content, str):
        raise NoTextError(rel, "an email with no text body")
    if body.get_content_subtype() == "html":
        text = html_to_markdown(_without_quotes(content), rel)
    else:
        # A reply's quoted lines ("> On 3 March ... wrote:") are the earlier message, which
        # this one answers: a role or duty listed there may be one it has since replaced.
        text = re.sub(r"(?m)^>.*(?:\n|$)", "", content)
    return f"# {subject}\n\n{text}" if subject else text


# The earlier message a reply quotes, as mail programs mark it in HTML.
_QUOTED = re.compile(
    r"(?:^|\s)(?:gmail_quote|quoted?|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader)(?:\s|$)",
    re.I,
)


def _without_quotes(page: str) -> str:
    """The HTML body without the earlier message it quotes (a ``blockquote``, or a block a
    mail program marks as the quote), for the same reason as the text body's "> " lines."""
    from lxml import etree, html

    try:
        root = html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return page
    for el in list(root.iter("blockquote", "div", "section")):
        if el.tag == "blockquote" or _QUOTED.search(el.get("class") or ""):
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
    return html.tostring(root, encoding="unicode")


# A form's grid of fields: "role_3", "Role Row3", "remit.3" are row 3's "role" and "remit".
_FIELD_CELL = re.compile(r"^(?P<column>.*?[A-Za-z])[\s_.-]*(?:row\s*)?(?P<row>\d{1,4})$", re.I)
_MAX_FIELDS = 20_000


def read_form_rows(data: bytes) -> list[tuple[int, list[str]]]:
    """A filled PDF form laid out as a grid of text fields (a team register whose cells are
    fields): its rows, the header first (numbered 0), each field's value as the form holds it
    (a plain text extraction of the page shows only the printed grid, empty). Empty when the
    PDF has no such grid: fewer than two columns or two filled rows. Check boxes and other
    fields are not cells."""
    import io
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged form's warnings are ours
    try:
        fields = PdfReader(io.BytesIO(data)).get_fields() or {}
    except Exception:  # a damaged form is read as its pages' text, by the extractor
        return []
    columns: list[str] = []
    grid: dict[int, dict[str, str]] = {}
    for name, field in list(fields.items())[:_MAX_FIELDS]:
        cell = _FIELD_CELL.match(str(name))
        value = field.get("/V") if isinstance(field, dict) else None
        if cell is None or field.get("/FT") != "/Tx" or not isinstance(value, str):
            continue
        column = " ".join(re.sub(r"[_.]", " ", cell.group("column")).split()).capitalize()
        if column not in columns:
            columns.append(column)
        if value.strip():
            grid.setdefault(int(cell.group("row")), {})[column] = " ".join(value.split())
    if len(columns) < 2 or len(grid) < 2:
        return []
    return [(0, columns), *((n, [grid[n].get(c, "") for c in columns]) for n in sorted(grid))]


# A table row as Word writes it in Rich Text: \trowd ... \row. Inside one, a paragraph or line
# break belongs to its cell, not to the page.
_RTF_ROW = re.compile(rb"\\trowd.*?\\row(?![a-z])", re.S)
_RTF_BREAK = re.compile(rb"\\(?:par|line|tab)(?![a-z])(?:-?\d+)? ?")


def rtf_to_markdown(data: bytes, rel: str) -> str:
    """A Rich Text document (Word's "Save as: Rich Text Format") as Markdown: its paragraphs,
    and each table a Markdown table whose first row is its header (a cell's paragraphs joined
    on the row's one line). striprtf reads the markup; control words never become text."""
    from striprtf.striprtf import rtf_to_text

    from extractors.render import markdown_table

    if not data.lstrip().startswith(b"{\\rtf"):
        raise CorruptFileError(rel, "not a Rich Text document (no {\\rtf header)")
    flat = _RTF_ROW.sub(lambda m: _RTF_BREAK.sub(b" ", m.group(0)), data)
    try:
        text = rtf_to_text(flat.decode("latin-1"), errors="replace")
    except Exception as exc:  # any failure of the parser is a corrupt file
        raise CorruptFileError(rel, f"not a readable Rich Text document ({exc})") from None
    out: list[str] = []
    table: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        cells = line.rstrip().split("|") if line.rstrip().endswith("|") else []
        if len(cells) > 2:  # "Role|Team|Remit|": two cells and more, the last one empty
            table.append([" ".join(c.split()) for c in cells[:-1]])
            continue
        if table:
            out += [*markdown_table(table), ""]
            table = []
        out.append(line.strip())
    return "\n".join(out).strip() + "\n"


_MAX_XML_RECORDS = 5_000
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-.]+")


def _label(tag: str) -> str:
    """An element's or attribute's name as a column header: "PositionTitle" -> "Position
    title", "job_title" -> "Job title"."""
    name = tag.rsplit("}", 1)[-1]
    words = [w for w in _CAMEL.split(name) if w]
    return " ".join(words).capitalize()


def _field(el: Any) -> str:
    """An element's text: its own, or its children's one after another ("; " between
    <Item>s)."""
    parts = [" ".join(t.split()) for t in el.itertext() if t.strip()]
    return "; ".join(parts)


def read_xml_records(data: bytes, rel: str) -> tuple[list[tuple[int, list[str]]], list[str]]:
    """An HR or directory system's XML export as rows: the records are the elements repeated
    under one parent whose children hold their fields (<Position> with <PositionTitle>,
    <Department>, <Responsibilities><Item>...), each child a column named after its tag and
    each attribute one too. Every such group of two records or more is read (positions and
    the consultation bodies listed apart). The parser resolves no entity and fetches nothing."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptFileError(rel, f"not well-formed XML ({exc.msg})") from None
    groups: dict[tuple[int, str], list[Any]] = {}
    for el in root.iter():
        parent = el.getparent()
        if isinstance(el.tag, str) and parent is not None and len(el):
            groups.setdefault((id(parent), el.tag), []).append(el)
    labels: list[str] = []
    rows: list[dict[str, str]] = []
    for members in groups.values():
        if len(members) < 2 or any(len(m) < 2 for m in members):
            continue  # a record carries two fields at least; a list of one is no table
        for el in members[:_MAX_XML_RECORDS]:
            row = {_label(k): " ".join(str(v).split()) for k, v in el.attrib.items()}
            row |= {_label(c.tag): _field(c) for c in el if isinstance(c.tag, str)}
            labels.extend(k for k in row if k not in labels)
            rows.append(row)
    if not rows:
        raise NoTextError(rel, "no records (no element repeated with fields of its own)")
    table = [(0, labels)] + [(n, [r.get(k, "") for k in labels]) for n, r in enumerate(rows, 1)]
    return table, []
