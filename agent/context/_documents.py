"""Read one org-context file into a ``Document``: its text plus typed blocks with exact spans.

Every block's ``text`` is ``document.text[start:end]``, so a chunk built from
consecutive blocks is a real slice of the document and its character span can be
shown to a reader. Formats:

- ``.md``/``.markdown``/``.txt``: parsed here, line by line (ATX and setext headings,
  pipe tables, bullets with continuation lines, paragraphs); the text is the file.
- ``.csv``/``.tsv``/``.xlsx``/``.ods``: one ``record`` block per row, rendered
  ``column: value; column: value``; an address book (``.vcf``) one per contact card and a
  directory export (``.ldif``) one per entry, by ``_contacts``; an org chart drawn in
  diagrams.net (``.drawio``) or in Visio (``.vsdx``) one per box, by ``_diagrams``.
- ``.yaml``/``.yml``/``.json``: lists of mappings become records; anything else is
  rendered as YAML, one section per top-level key.
- ``.html``/``.htm``: a saved web page (an intranet "Who's who"), rewritten as Markdown by
  ``_html`` and read as Markdown; the text is that Markdown. An email (``.eml``) likewise:
  its subject and its HTML body (else its text body), by ``_office``.
- ``.pptx``/``.pdf``/``.docx``: through ``extractors.extract_document``; the text is
  the extracted blocks joined in reading order (slide/page titles become headings).
"""

from __future__ import annotations

import bisect
import csv
import functools
import hashlib
import io
import itertools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from agent.context._lexicon import PERSON_COLUMNS, ROLE_COLUMNS, normalize_header
from agent.errors import CorruptFileError, FileTooLargeError, NoTextError, UnsupportedFormatError

BlockKind = Literal["heading", "para", "bullet", "table", "record"]

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".dot", ".gv"}
TABLE_SUFFIXES = {".csv", ".tsv", ".xlsx", ".ods"}
# Files read a row per record by a reader that also says which records it left out
ROW_SUFFIXES = {".vcf", ".ldif", ".drawio", ".vsdx", ".xml"}
DATA_SUFFIXES = {".yaml", ".yml", ".json"}
EXTRACTOR_SUFFIXES = {".pptx", ".pdf", ".docx"}
OFFICE_TEXT_SUFFIXES = {".odt", ".rtf"}
PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".eml"}
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES
    | TABLE_SUFFIXES
    | ROW_SUFFIXES
    | DATA_SUFFIXES
    | EXTRACTOR_SUFFIXES
    | PAGE_SUFFIXES
    | OFFICE_TEXT_SUFFIXES
)
MAX_TABLE_ROWS = 100_000  # an org spreadsheet, not a data dump


@dataclass
class Block:
    kind: BlockKind
    text: str
    start: int
    end: int
    level: int = 0  # heading depth 1..6, or bullet indent level 0..
    heading: tuple[str, ...] = ()  # heading path this block sits under (a heading includes itself)
    rows: list[list[str]] | None = None  # table cells, header row first
    fields: dict[str, str] | None = None  # a structured record (CSV row, YAML mapping)
    row: int = 0  # a record's row in its file (1 = the header row), or item number in a list
    sheet: str = ""  # a workbook's sheet the record is a row of, when it has several


@dataclass
class Document:
    path: str  # relative to the org folder, POSIX separators
    kind: str  # md | txt | csv | tsv | xlsx | ods | vcf | ldif | drawio | vsdx | odt | rtf | yaml | json | html | eml | pptx | pdf | docx
    sha256: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # rows a reader left out on purpose (a supplier's card in an address book), each said
    skipped_rows: list[str] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return Path(self.path).stem


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes, path: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFormatError(path, "binary content in a text file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _as_markdown(suffix: str, data: bytes, rel: str, *, max_bytes: int) -> str:
    """The Markdown a saved page (``.html``), an email (``.eml``), a Writer document
    (``.odt``) or a Rich Text one (``.rtf``) would be."""
    if suffix == ".eml":
        from agent.context._office import email_to_markdown

        return email_to_markdown(data, rel)
    if suffix == ".rtf":
        from agent.context._office import rtf_to_markdown

        return rtf_to_markdown(data, rel)
    if suffix == ".odt":
        from agent.context._office import odt_to_markdown

        return odt_to_markdown(data, rel, max_bytes=max_bytes, max_rows=MAX_TABLE_ROWS)
    from agent.context._html import html_to_markdown

    return html_to_markdown(decode_text(data, rel), rel)


def read_document(path: Path, rel: str, data: bytes, *, max_bytes: int) -> Document:
    """Parse ``data`` (the bytes of ``path``) into a Document; raises InputError subclasses."""
    suffix = path.suffix.lower()
    digest = sha256_bytes(data)
    if suffix in TEXT_SUFFIXES:
        text = decode_text(data, rel)
        sheet = _sheet_rows(text)
        if sheet is not None:
            # Excel's "Save as Unicode Text" (and "Text (Tab delimited)") writes a sheet as a
            # .txt: a table of rows, read as a .tsv is
            doc = _records_document(rel, "tsv", digest, sheet)
        else:
            doc = Document(rel, "md" if suffix in {".md", ".markdown"} else "txt", digest, text)
            doc.blocks = parse_markdown(text, plain=doc.kind == "txt")
            _outline_records(doc)
    elif suffix in {".csv", ".tsv"}:
        rows = _read_delimited(decode_text(data, rel), tab=suffix == ".tsv")
        doc = _records_document(rel, suffix[1:], digest, rows)
    elif suffix == ".xlsx":
        hidden: list[str] = []
        doc = _workbook_document(
            rel, digest, _read_xlsx(data, rel, max_bytes=max_bytes, hidden=hidden)
        )
        doc.warnings += [
            f"{rel}, sheet '{title}': not read (hidden in the workbook)" for title in hidden
        ]
    elif suffix in ROW_SUFFIXES:
        # an address book, a directory export or a drawn org chart: a row per card, entry
        # or box, and a warning for each one its reader leaves out on purpose
        rows, skipped = _row_reader(suffix)(data, rel)
        doc = _records_document(rel, suffix[1:], digest, rows)
        doc.skipped_rows = skipped
    elif suffix == ".ods":
        from agent.context._office import read_ods

        sheets = read_ods(data, rel, max_bytes=max_bytes, max_rows=MAX_TABLE_ROWS)
        doc = _workbook_document(rel, digest, sheets, kind="ods")
    elif suffix in DATA_SUFFIXES:
        doc = _data_document(rel, suffix, digest, decode_text(data, rel))
    elif suffix in PAGE_SUFFIXES | OFFICE_TEXT_SUFFIXES:
        # a saved page, an email or a Writer document, read as the Markdown it would be
        kind = {".eml": "eml", ".odt": "odt", ".rtf": "rtf"}.get(suffix, "html")
        doc = Document(rel, kind, digest, _as_markdown(suffix, data, rel, max_bytes=max_bytes))
        doc.blocks = parse_markdown(doc.text)
        _outline_records(doc)
    elif suffix in EXTRACTOR_SUFFIXES:
        doc = _extracted_document(path, rel, data, digest, max_bytes=max_bytes)
    else:
        raise UnsupportedFormatError(rel, f"unsupported file type {suffix or '(no extension)'}")
    if not doc.text.strip() or not doc.blocks:
        raise NoTextError(rel, "no text")
    return doc


def _row_reader(
    suffix: str,
) -> Callable[[bytes, str], tuple[list[tuple[int, list[str]]], list[str]]]:
    """The reader of a ``ROW_SUFFIXES`` file, imported only when one is read."""
    if suffix == ".vcf":
        from agent.context._contacts import read_vcards

        return read_vcards
    if suffix == ".ldif":
        from agent.context._contacts import read_ldif

        return read_ldif
    if suffix == ".xml":
        from agent.context._office import read_xml_records

        return read_xml_records
    from agent.context._diagrams import read_drawio, read_vsdx

    return read_vsdx if suffix == ".vsdx" else read_drawio


# --------------------------------------------------------------------- Markdown / text


def _outline_records(doc: Document) -> None:
    """A roster written as an outline (a nested list, role cards, a text org chart, one role's
    profile): each role becomes a record in place of the lines that state it, so it is read as a table's row is."""
    from agent.context._outline import role_profile, roster_outline

    # ... or a file that is one role's profile, in a folder of such files
    profile = role_profile(doc.text)
    roles = roster_outline(doc.text) or ([profile] if profile is not None else [])
    if not roles:
        return
    offsets = [0]
    for line in doc.text.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    spans = [(offsets[r.first], offsets[r.last + 1], r) for r in roles]
    # the department items the roles are listed under are said by the records' Team
    groups = {(offsets[r.group], offsets[r.group + 1]) for r in roles if r.group is not None}
    taken = [(start, end) for start, end, _ in spans] + sorted(groups)
    kept = [
        b for b in doc.blocks if not any(b.start < end and b.end > start for start, end in taken)
    ]
    records = [
        Block("record", render_record(r.fields), start, end, fields=r.fields, row=r.first + 1)
        for start, end, r in spans
    ]
    doc.blocks = sorted(kept + records, key=lambda b: b.start)


_ATX = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^[ \t]*(=+|-+)[ \t]*$")
_BULLET = re.compile(r"^([ \t]*)(?:[-*+•▪‣◦]|\d{1,3}[.)]|[a-z][.)])[ \t]+\S")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")


def _is_plain_heading(line: str, next_line: str | None) -> bool:
    """Headings in .txt files: short ALL-CAPS lines, or short lines ending with a colon."""
    stripped = line.strip()
    if not stripped or len(stripped) > 90 or _BULLET.match(line):
        return False
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper >= 0.8 and len(stripped.split()) <= 14:
        return True
    return stripped.endswith(":") and len(stripped.split()) <= 8 and next_line is not None


def _is_group_heading(line: str, next_line: str | None) -> bool:
    """Plain text: a short unindented line with no end punctuation, over an indented block."""
    stripped = line.strip()
    if not stripped or line[0].isspace() or next_line is None or not next_line.strip():
        return False
    if not next_line[0].isspace() or _BULLET.match(line):
        return False
    return len(stripped.split()) <= 8 and not stripped.endswith((".", ",", ";", ":", "!", "?"))


def _split_row(line: str) -> list[str]:
    cells = line.strip()
    if cells.startswith("|"):
        cells = cells[1:]
    if cells.endswith("|") and not cells.endswith("\\|"):
        cells = cells[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", cells)]


# The words a hard-wrapped line may end on mid-sentence: the next line carries on its item.
_RUNS_ON_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "as",
        "is",
        "are",
        "was",
        "be",
        "our",
        "their",
        "its",
        "his",
        "her",
        "this",
        "these",
        "those",
    ]
)


def _runs_on(line: str, nxt: str) -> bool:
    """A wrapped line of an item that the next line, set at the margin, carries on ("1. ...
    need eight weeks'" over "consultation with Unite under ..."): the line ends mid-sentence
    and the next opens in lower case, or the line ends on a word no sentence ends on."""
    line, nxt = line.rstrip(), nxt.strip()
    if not line or not nxt or line.endswith((".", "!", "?", ":", ";", "|")) or "|" in nxt:
        return False
    last = line.rsplit(None, 1)[-1].lower()
    return nxt[0].islower() or last in _RUNS_ON_WORDS


def parse_markdown(text: str, *, plain: bool = False) -> list[Block]:
    """Blocks of a Markdown (or plain-text) document, with exact character spans."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []  # (level, title)

    def heading_path() -> tuple[str, ...]:
        return tuple(t for _, t in path)

    def add(kind: BlockKind, first: int, last: int, **kw: Any) -> None:
        start, end = offsets[first], offsets[last + 1]
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        blocks.append(
            Block(
                kind, text[start:end], start, end, heading=kw.pop("heading", heading_path()), **kw
            )
        )

    def open_heading(level: int, title: str, first: int, last: int) -> None:
        title = _clean_inline(title)
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, title))
        add("heading", first, last, level=level)

    i, n = 0, len(lines)
    while i < n:
        line = lines[i].rstrip("\r\n")
        nxt = lines[i + 1].rstrip("\r\n") if i + 1 < n else None
        if not line.strip():
            i += 1
            continue
        if _FENCE.match(line):  # code fence: one paragraph, never parsed
            j = i + 1
            while j < n and not _FENCE.match(lines[j]):
                j += 1
            add("para", i, min(j, n - 1))
            i = j + 1
            continue
        m = _ATX.match(line)
        if m and not plain:
            open_heading(len(m.group(1)), m.group(2), i, i)
            i += 1
            continue
        if (
            not plain
            and nxt is not None
            and _SETEXT.match(nxt)
            and not _BULLET.match(line)
            and "|" not in line
        ):
            open_heading(1 if nxt.strip().startswith("=") else 2, line, i, i + 1)
            i += 2
            continue
        if "|" in line and nxt is not None and _TABLE_SEP.match(nxt):
            j = i + 2
            while j < n and lines[j].strip() and "|" in lines[j]:
                j += 1
            rows = [_split_row(lines[i])] + [_split_row(lines[k]) for k in range(i + 2, j)]
            add("table", i, j - 1, rows=rows)
            i = j
            continue
        bullet = _BULLET.match(line)
        if bullet:
            indent = len(bullet.group(1).expandtabs(4))
            j = i + 1
            while j < n:  # continuation lines: indented deeper, not a new bullet
                cont = lines[j].rstrip("\r\n")
                if not cont.strip() or _BULLET.match(cont) or _ATX.match(cont):
                    break
                if len(cont) - len(cont.lstrip()) <= indent and not _runs_on(lines[j - 1], cont):
                    break
                j += 1
            add("bullet", i, j - 1, level=indent // 2 if indent < 8 else indent // 4)
            i = j
            continue
        if plain and _is_group_heading(line, nxt):  # "Digital Services" over indented lines
            open_heading(2, line.strip(), i, i)
            i += 1
            continue
        if plain and _is_plain_heading(line, nxt):
            open_heading(
                1 if line.strip().isupper() and not line.strip().endswith(":") else 2,
                line.strip().rstrip(":"),
                i,
                i,
            )
            i += 1
            continue
        j = i + 1
        while j < n:
            cont = lines[j].rstrip("\r\n")
            if not cont.strip() or _BULLET.match(cont) or _ATX.match(cont) or _FENCE.match(cont):
                break
            if j + 1 < n and "|" in cont and _TABLE_SEP.match(lines[j + 1]):
                break
            if plain and _is_plain_heading(cont, None) and cont.strip().isupper():
                break
            j += 1
        add("para", i, j - 1)
        i = j
    return blocks


_INLINE = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def _clean_inline(text: str) -> str:
    """Strip Markdown emphasis, code ticks and links; collapse whitespace. Text with no
    marker the patterns need (``[``, ``*``, ``_``, a backtick) is only collapsed."""
    if "[" not in text and "*" not in text and "_" not in text and "`" not in text:
        return " ".join(text.split())
    text = _LINK.sub(r"\1", text)
    for _ in range(2):
        text = _INLINE.sub(r"\2", text)
    return " ".join(text.split())


# Fact extraction cleans a block once per question it asks of it: short texts are cached.
_clean_short = functools.lru_cache(maxsize=8192)(_clean_inline)


def clean_inline(text: str) -> str:
    return _clean_short(text) if len(text) <= 4096 else _clean_inline(text)


# --------------------------------------------------------------------- tables and records


def _delimiter(text: str) -> str:
    """The delimiter on which most of the first rows agree on one width of two or more cells
    (csv's quoting kept), the header row's most used one among equals; csv's sniffer when no
    delimiter cuts a row. A report's title line above the table ("Report: Positions;Run by:
    hr.reports;Run date: ...") uses its own separator, so the first line alone can mislead;
    the sniffer alone gives up on a semicolon file whose quoted cells hold line breaks, commas
    and semicolons (a spreadsheet's export in most of Europe)."""
    header = re.sub(r'"[^"]*"', "", text.lstrip().split("\n", 1)[0])
    scores: dict[str, tuple[int, int]] = {}
    for d in ",;\t|":
        rows = csv.reader(io.StringIO(text[:65536]), delimiter=d)
        widths = [len(r) for r in itertools.islice(rows, DELIMITER_ROWS) if len(r) >= 2]
        if widths:
            width = max(set(widths), key=lambda w: (widths.count(w), w))
            scores[d] = (widths.count(width), header.count(d))
    if scores:
        return max(scores, key=lambda d: scores[d])
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


DELIMITER_ROWS = 30  # the rows read to choose a delimiter


def _sheet_rows(text: str) -> list[tuple[int, list[str]]] | None:
    """The rows of a text that is a sheet saved as text: three or more rows, each cut by tabs
    into the same number of two or more cells (a tab in a note or two does not make a table);
    None for any other text."""
    if "\t" not in text or sum(1 for line in text.splitlines() if line.strip()) < 3:
        return None
    rows = _read_delimited(text, tab=True)
    counts = [len(row) for _n, row in rows]
    if min(counts, default=0) >= 2 and counts.count(counts[0]) >= 0.9 * len(counts):
        return rows
    return None


def _read_delimited(text: str, *, tab: bool) -> list[tuple[int, list[str]]]:
    """Non-empty rows with their row number in the file (so a warning can name the row)."""
    delimiter = "\t" if tab else _delimiter(text)
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    return [(n, cells) for n, row in enumerate(rows, 1) if any(cells := [c.strip() for c in row])]


def _read_xlsx(
    data: bytes, rel: str, *, max_bytes: int, hidden: list[str] | None = None
) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """Every sheet's non-empty rows with their row numbers, by sheet title, in the workbook's
    order (a RACI matrix on one sheet, the roles' remits on the next). A sheet its owner hid
    ("Old structure 2027") is not read: its title goes into ``hidden``, for a warning."""
    from openpyxl import load_workbook

    from extractors.detect import open_zip

    open_zip(rel, data, max_bytes).close()  # the decks' zip-bomb guard, before openpyxl inflates
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise CorruptFileError(
            rel, f"not a readable .xlsx workbook ({type(exc).__name__})"
        ) from exc
    sheets: list[tuple[str, list[tuple[int, list[str]]]]] = []
    total = 0
    shown = [s for s in workbook.worksheets if getattr(s, "sheet_state", "visible") == "visible"]
    for sheet in workbook.worksheets:
        if shown and sheet not in shown:
            if hidden is not None:
                hidden.append(str(sheet.title))
            continue
        merged = _merged_ranges(data, getattr(sheet, "_worksheet_path", ""))
        rows: list[tuple[int, list[str]]] = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = ["" if v is None else str(v).strip() for v in row]
            if any(cells):
                rows.append((number, cells))
                total += 1
            if total > MAX_TABLE_ROWS:
                workbook.close()
                raise FileTooLargeError(rel, f"more than {MAX_TABLE_ROWS:,} rows in the workbook")
        _fill_merged(rows, merged)
        if rows:
            sheets.append((str(sheet.title), rows))
    workbook.close()
    return sheets


def _workbook_document(
    rel: str,
    digest: str,
    sheets: list[tuple[str, list[tuple[int, list[str]]]]],
    *,
    kind: str = "xlsx",
) -> Document:
    """A workbook as one document: a sheet alone is a table of records; several are each
    headed by their title, their records marked with it so each is read as its own table."""
    if len(sheets) <= 1:
        return _records_document(rel, kind, digest, sheets[0][1] if sheets else [])
    doc = Document(rel, kind, digest, "")
    parts: list[str] = []
    offset = 0
    for title, rows in sheets:
        part = _records_document(rel, kind, digest, rows)
        doc.blocks.append(
            Block("heading", title, offset, offset + len(title), level=2, heading=(title,))
        )
        parts.append(title)
        offset += len(title) + 1
        for block in part.blocks:
            block.start += offset
            block.end += offset
            block.heading = (title,)
            block.sheet = title
            doc.blocks.append(block)
        parts.append(part.text)
        offset += len(part.text) + 1
    doc.text = "\n".join(parts)
    return doc


MAX_MERGED_FILLS = 200_000
_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _column(letters: bytes) -> int:
    n = 0
    for c in letters:
        n = n * 26 + c - 64
    return n - 1


def _merged_ranges(data: bytes, part: str) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges (first row, last row, first column, last column; rows from 1,
    columns from 0), which openpyxl's read-only mode does not expose."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read(part.lstrip("/"))
    except (KeyError, zipfile.BadZipFile, OSError):
        return []
    return [
        (int(r1), int(r2), _column(c1), _column(c2))
        for c1, r1, c2, r2 in _MERGE_CELL.findall(xml[xml.rfind(b"<sheetData") :])
    ][:MAX_TABLE_ROWS]


def _fill_merged(
    rows: list[tuple[int, list[str]]], merged: list[tuple[int, int, int, int]]
) -> None:
    """A merged cell's value down the rows it covers: a team named once over its block of
    rows belongs to each of them. A merge across columns is one cell drawn wide (a title over
    the table), so its value stays in its first column. Only the sheet's own rows are visited,
    and at most ``MAX_MERGED_FILLS`` cells in all (a hostile sheet may merge a million ranges)."""
    by_number = {number: cells for number, cells in rows}
    numbers = sorted(by_number)
    budget = MAX_MERGED_FILLS
    for first, last, left, _right in merged:
        anchor = by_number.get(first)
        if anchor is None or left >= len(anchor) or not anchor[left]:
            continue
        for number in numbers[
            bisect.bisect_left(numbers, first) : bisect.bisect_right(numbers, last)
        ]:
            budget -= 1
            if budget < 0:
                return
            cells = by_number[number]
            if not cells[left]:
                cells[left] = anchor[left]


def render_record(fields: dict[str, str]) -> str:
    return "; ".join(f"{k}: {v}" for k, v in fields.items() if v)


def _records_document(
    rel: str, kind: str, digest: str, numbered: Sequence[tuple[int, Sequence[str]]]
) -> Document:
    doc = Document(rel, kind, digest, "")
    if not numbered:
        return doc
    parts: list[str] = []
    offset = 0

    def emit(kind: BlockKind, line: str, **kw: Any) -> None:
        nonlocal offset
        doc.blocks.append(Block(kind, line, offset, offset + len(line), **kw))
        parts.append(line)
        offset += len(line) + 1

    # A title block above the header ("Kingsmead Theatre", "Establishment 2027"): lines of
    # one cell before the first row that is as wide as the table.
    first = _header_index([row for _, row in numbered])
    for _, row in numbered[:first]:
        emit("para", " ".join(c.strip() for c in row if c.strip()))
    numbered = numbered[first:]
    rows = [row for _, row in numbered]
    header = [h.strip() or f"column {i + 1}" for i, h in enumerate(rows[0])]
    for number, row in numbered[1:]:
        values = list(row) + [""] * (len(header) - len(row))
        record = {h: v.strip() for h, v in zip(header, values, strict=False) if v and v.strip()}
        if not record:
            continue
        if len(record) == 1 and len(header) > 1 and len(next(iter(record.values())).split()) >= 8:
            # a note written across the table's foot ("Note: the Carbon Lead post has been
            # vacant since August"): a sentence of the file, not a row of the table
            emit("para", next(iter(record.values())))
            continue
        emit("record", render_record(record), fields=record, row=number)
    doc.text = "\n".join(parts)
    doc.blocks.insert(0, Block("table", "", 0, 0, rows=[header] + [list(r) for r in rows[1:]]))
    return doc


TITLE_ROWS = 10  # how far down a table's header may sit under a title block


def _header_index(rows: list[Sequence[str]]) -> int:
    """The first row with two or more cells filled and at least half as many as the widest of
    the table's first rows; 0 when none fits."""
    filled = [sum(1 for c in row if c.strip()) for row in rows[: TITLE_ROWS * 5]]
    widest = max(filled, default=0)
    for i, n in enumerate(filled[:TITLE_ROWS]):
        if n >= 2 and 2 * n >= widest:
            return i
    return 0


def _fields(key: str, value: Any) -> list[tuple[str, str]]:
    """A record's field, or the fields of a mapping of plain values an API nests under it
    ("department": {"name": ..., "code": ...} -> "department", "department code";
    "programRole": {"tier": ..., "remit": ...} -> "programRole tier", ...)."""
    if (
        isinstance(value, dict)
        and value
        and all(not isinstance(v, dict | list) for v in value.values())
    ):
        # (its name is the field itself: "incumbent": {"displayName": ...} -> "incumbent")
        # (only its words: a nested flag or number, "location": {"floor": 2}, is no column a
        # roster is read by, and would pass for a tier)
        return [
            (key if normalize_header(str(k)) in _NAME_KEYS else f"{key} {k}", _stringify(v))
            for k, v in value.items()
            if isinstance(v, str)
        ]
    return [(key, _stringify(value))]


_NAME_KEYS = {"name", "display name", "full name"}


def _stringify(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_stringify(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_stringify(v)}" for k, v in value.items())
    return "" if value is None else str(value).strip()


# YAML aliases share one node however often it is referenced; walking the data expands each
# reference. A 1 KB file of nested aliases ("billion laughs") expands to billions of values.
MAX_DATA_NODES = 200_000
MAX_DATA_DEPTH = 64


def _check_expansion(data: Any, rel: str) -> None:
    """Refuse data whose expanded size (every alias followed) or depth is past the limits, or
    that refers to itself; each distinct node is counted once, so the check stays linear."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(value: Any, depth: int) -> int:
        if not isinstance(value, dict | list):
            return 1
        key = id(value)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise CorruptFileError(rel, "YAML data refers to itself (a recursive alias)")
        if depth > MAX_DATA_DEPTH:
            raise CorruptFileError(rel, f"data nested more than {MAX_DATA_DEPTH} levels deep")
        active.add(key)
        children = value.values() if isinstance(value, dict) else value
        total = 1 + sum(size(child, depth + 1) for child in children)
        active.discard(key)
        if total > MAX_DATA_NODES:
            raise CorruptFileError(
                rel,
                f"YAML aliases expand to more than {MAX_DATA_NODES:,} values (an alias bomb?)",
            )
        sizes[key] = total
        return total

    size(data, 0)


def _record_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _one_record(value: Any) -> bool:
    """A mapping of plain fields that names a role ("head: {title: ..., grade: ...}")."""
    return (
        isinstance(value, dict)
        and any(normalize_header(str(k)) in _ROLE_KEYS for k in value)
        and not any(isinstance(v, dict) for v in value.values())
    )


_ROLE_KEYS = frozenset({"title", "role", "job title", "position", "position title", "post"})


_GROUP_NAME = ("name", "title", "label")


def _group_fields(fields: dict[str, str], kind: str) -> dict[str, str]:
    """A group's fields as its records inherit them: its name under the group's kind ("teams"
    -> team: Finance), so a role's own name is never the team's."""
    kind = re.sub(r"(?<=[a-z])s$", "", kind.strip().lower()) or "group"
    named = next((k for k in fields if k.lower() in _GROUP_NAME), None)
    out = {kind: fields[named]} if named else {}
    out.update({k: v for k, v in fields.items() if k != named and k.lower() != kind})
    return out


_GROUP_KIND = re.compile(
    r"^(team|department|directorate|division|function|branch|section|unit|group|service)s?$",
    re.I,
)


def _data_document(rel: str, suffix: str, digest: str, text: str) -> Document:
    try:
        data = json.loads(text) if suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())[:160]
        raise CorruptFileError(rel, f"invalid {suffix[1:].upper()}: {reason}") from exc
    except RecursionError:
        raise CorruptFileError(rel, "data nested too deeply") from None
    _check_expansion(data, rel)
    doc = Document(rel, suffix[1:].replace("yml", "yaml"), digest, "")
    parts: list[str] = []
    offset = 0

    def emit(kind: BlockKind, line: str, heading: tuple[str, ...], **kw: Any) -> None:
        nonlocal offset
        doc.blocks.append(Block(kind, line, offset, offset + len(line), heading=heading, **kw))
        parts.append(line)
        offset += len(line) + 1

    def walk(value: Any, heading: tuple[str, ...], inherited: dict[str, str] | None = None) -> None:
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for number, item in enumerate(value, 1):
                # (one record as a group's field, "head: {title: Chief Executive, ...}" beside
                # its "teams" list, is a record of the group as its lists' are)
                # a group's head beside its lists of records ("teams: []" too): one of its
                # records, in its place
                group_of = any(_record_list(v) or v == [] for v in item.values())
                nested = {
                    str(k): v if _record_list(v) else [v]
                    for k, v in item.items()
                    if _record_list(v) or group_of and _one_record(v)
                }
                record = {
                    key: text
                    for k, v in item.items()
                    if str(k) not in nested
                    for key, text in _fields(str(k), v)
                    if text
                }
                if nested:
                    # A group holding its own records ("teams: - name: Finance, roles: [...]"):
                    # each record is read with the group's fields, its name as the group's kind.
                    group = _group_fields(record, heading[-1] if heading else "group")
                    label = next(iter(group.values()), "")
                    inner = (*heading, label) if label else heading
                    if label:
                        emit("heading", label, inner, level=len(inner))
                    for key, records in nested.items():
                        walk(records, (*inner, key), {**(inherited or {}), **group})
                    continue
                record = {
                    **{k: v for k, v in (inherited or {}).items() if k not in record},
                    **record,
                }
                if record:
                    emit("record", render_record(record), heading, fields=record, row=number)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict | list):
                    walk(item, heading)
                elif _stringify(item):
                    emit("bullet", f"- {_stringify(item)}", heading)
        elif isinstance(value, dict):
            # Records grouped under their group's name ("departments: {Growing: [roles]}"):
            # each is read with the group, named by the kind the mapping says it holds.
            kind = _GROUP_KIND.match(heading[-1]) if heading else None
            for key, item in value.items():
                title = str(key)
                if isinstance(item, dict | list):
                    emit("heading", title, (*heading, title), level=len(heading) + 1)
                    group = {kind.group(1).lower(): title} if kind and _record_list(item) else {}
                    walk(item, (*heading, title), {**(inherited or {}), **group} or None)
                elif _stringify(item):
                    emit("para", f"{title}: {_stringify(item)}", heading)
        elif _stringify(value):
            emit("para", _stringify(value), heading)

    walk(data, ())
    doc.text = "\n".join(parts)
    return doc


# --------------------------------------------------------------------- extractors (pptx/pdf/docx)


def _extracted_document(
    path: Path, rel: str, data: bytes, digest: str, *, max_bytes: int
) -> Document:
    try:
        from extractors import extract_document
    except ImportError as exc:  # the extractors package is not importable in this install
        raise UnsupportedFormatError(rel, f"no extractor available for {path.suffix}") from exc
    if path.suffix.lower() == ".pdf":
        from agent.context._office import read_form_rows

        form = read_form_rows(data)
        posts = set(ROLE_COLUMNS) - set(PERSON_COLUMNS)  # "Name" is a signatory's too
        if any(normalize_header(h) in posts for h in (form[0][1] if form else [])):
            # a register filled in as a form: its fields are the roster's rows, which the
            # page's own text (its heads, its instructions, an empty grid) does not show; a
            # grid that names no posts (a sign-off box) leaves the page read as it is
            return _records_document(rel, "pdf", digest, form)
    deck = extract_document(path, max_bytes=max_bytes)
    if deck.kind in ("docx", "pdf"):
        cards = _role_card_document(deck, rel, digest)
        if cards is not None:
            return cards
    return deck_to_document(deck, rel, digest)


def _role_card_document(deck: Any, rel: str, digest: str) -> Document | None:
    """Role profiles read as the Markdown role cards they are, a record per role: Word's (a
    heading per role over "Reports to:", "Programme involvement:", "Purpose of the role:" and
    a list of duties), and a job descriptions pack's, a page per post whose fields box a PDF
    reads label column first ("Job title:", "Directorate:", ... then their values). None when
    the document holds no such cards."""
    from agent.context._outline import LEAST, roster_outline, section_heading

    lines: list[str] = []
    for unit in deck.units:
        if unit.hidden:
            continue
        blocks = [
            (str(getattr(b.kind, "value", b.kind)), " ".join(b.text.split()), b)
            for b in sorted(unit.blocks, key=lambda b: b.order)
        ]
        blocks = [(kind, text, b) for kind, text, b in blocks if text and kind != "table"]
        boxes = _tier_boxes([text for kind, text, _ in blocks if kind != "title"])
        if len(boxes) >= 3:
            # an org chart's page: a box per post, its tier last ("Core", "Consult only")
            for title, remit, tier in boxes:
                lines += [f"## {title}", "", f"Involvement: {tier}", ""]
                lines += [f"Remit: {remit}", ""] if remit else []
            continue
        fields, used = _form_fields([text for kind, text, _ in blocks])
        post = next((v for k, v in fields if _POST_LABEL.match(k)), None)
        if post is None:
            used = set()  # a fields box that names no post is read as it stands
        if post is not None:
            # a job description's page: its post heads the card, its fields under it
            lines += [f"## {post}", "", *(f"{k}: {v}" for k, v in fields), ""]
        for n, (kind, text, block) in enumerate(blocks):
            if n in used:
                continue
            if post is not None and (kind == "title" or section_heading(text)):
                lines += [f"### {text}", ""]  # "Purpose of the job", "Key accountabilities"
            elif kind == "title":
                lines += [f"{'#' * min(6, 2 + block.level)} {text}", ""]
            elif block.bullet or block.level > 0:
                lines.append(f"{'  ' * block.level}- {_LIST_NUMBER.sub('', text)}")
            else:
                lines += [text, ""]
    text = "\n".join(lines)
    if len(roster_outline(text)) < LEAST:
        return None
    doc = Document(rel, str(deck.kind), digest, text, warnings=list(deck.warnings))
    doc.blocks = parse_markdown(text)
    _outline_records(doc)
    return doc


# The tier an org chart's box ends with, alone or after its remit ("... fund release Core").
_BOX_TIER = re.compile(r"(?:^|\s)(core|extended|consult(?:ed)? only|consulted|informed)$", re.I)
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "on", "at", "&", "a", "an"})


def _post_like(text: str) -> bool:
    """A line of a post's name in a box: a few capitalised words ("Head of Force Contact",
    "Police Federation (Ashdown"), no clause or list ("Budget, business case")."""
    words = text.split()
    if not 1 <= len(words) <= 8 or re.search(r"[,;:·]|\.$|\d", text):
        return False
    return all(w.lower() in _SMALL_WORDS or w.lstrip("(")[:1].isupper() for w in words)


def _tier_boxes(texts: list[str]) -> list[tuple[str, str, str]]:
    """An org chart's boxes read one after another, each a post's name (a line or two), its
    remit and its tier last: (post, remit, tier) per box. Lines before a box's name (the
    page's version line) are no part of it."""
    boxes: list[tuple[str, str, str]] = []
    box: list[str] = []
    for text in texts:
        m = _BOX_TIER.search(text)
        if m is None:
            box.append(text)
            continue
        rest = text[: m.start()].strip()
        box += [rest] if rest else []
        start = next((i for i, t in enumerate(box) if _post_like(t)), None)
        if start is not None:
            end = start
            while end < len(box) and _post_like(box[end]):
                end += 1
            remit = " ".join(box[end:])
            if remit or end - start == 1:
                boxes.append((" ".join(box[start:end]), remit, m.group(1)))
        box = []
    return boxes


_POST_LABEL = re.compile(r"^(?:job|post|role|position)\s+title$|^(?:post|position)$", re.I)
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def _form_fields(texts: list[str]) -> tuple[list[tuple[str, str]], set[int]]:
    """A fields box read a column at a time: three or more labels, each alone on a line, then
    as many values in the same order. The (label, value) pairs and the lines they used."""
    from extractors._base import FIELD_LABEL  # (the PDF reader's own idea of a label)

    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and FIELD_LABEL.match(texts[end]):
            end += 1
        count = end - start
        if count >= 3 and end + count <= len(texts):
            values = texts[end : end + count]
            if not any(FIELD_LABEL.match(v) for v in values):
                pairs = [(texts[start + i][:-1].strip(), values[i]) for i in range(count)]
                return pairs, set(range(start, end + count))
        start = max(end, start + 1)  # past a run of labels that pairs with nothing
    return [], set()


_LABEL_HEADING = re.compile(
    r"^(?:the\s+|our\s+)?(?:(?:core|extended|wider|project|program(?:me)?|working|steering)\s+)?"
    r"(?:team|team members|roster|people|roles|stakeholders|org(?:ani[sz]ation(?:al)?)?\s*chart)"
    r"(?:\s*\([^()]{1,40}\))?$",
    re.IGNORECASE,
)


def _label_heading(text: str) -> bool:
    """A short line that names a roster section: "Core team", "Extended team (consulted)"."""
    line = " ".join(text.split()).rstrip(":")
    return len(line) <= 60 and _LABEL_HEADING.match(line) is not None


def _under(
    heading: tuple[str, ...], levels: tuple[int, ...], depth: int, title: str
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The heading path once ``title`` at ``depth`` is reached: the headings above it stay, a
    sibling or anything deeper goes (a level skipped between them holds nothing)."""
    keep = sum(1 for level in levels if level < depth)
    return heading[:keep] + (title,), levels[:keep] + (depth,)


def deck_to_document(deck: Any, rel: str, digest: str) -> Document:
    """Flatten an extracted Deck into blocks; unit titles and title blocks become headings."""
    doc = Document(rel, str(deck.kind), digest, "", warnings=list(deck.warnings))
    parts: list[str] = []
    offset = 0

    def emit(kind: BlockKind, text: str, heading: tuple[str, ...], **kw: Any) -> None:
        nonlocal offset
        if parts:
            offset += 1  # the joining newline
        doc.blocks.append(Block(kind, text, offset, offset + len(text), heading=heading, **kw))
        parts.append(text)
        offset += len(text)

    for unit in deck.units:
        if unit.hidden:
            continue
        label = {"slide": "Slide", "page": "Page"}.get(unit.kind)
        unit_title = " ".join((unit.title or "").split())
        if label:
            root = f"{label} {unit.number}" + (f": {unit_title}" if unit_title else "")
        else:
            root = unit_title or f"Section {unit.number}"
        heading: tuple[str, ...] = (root,)
        base_level = 1
        levels: tuple[int, ...] = (base_level,)  # each heading's level, the path's
        for block in sorted(unit.blocks, key=lambda b: b.order):
            text = block.text.strip()
            if not text:
                continue
            kind = str(getattr(block.kind, "value", block.kind))
            if kind == "title":
                if " ".join(text.split()) == unit_title and len(heading) == 1:
                    emit("heading", text, heading, level=base_level)
                    continue
                depth = base_level + 1 + block.level
                heading, levels = _under(heading, levels, depth, " ".join(text.split()))
                emit("heading", text, heading, level=depth)
            elif kind == "table":
                emit("table", text, heading, rows=[list(r) for r in (block.rows or [])])
            elif kind == "notes":
                emit("para", text, (*heading, "Notes"))
            elif block.level == 0 and _label_heading(text):
                # "Extended team" as a plain line (PDFs have no heading styles): it heads the
                # lines under it, so their tier and roster context come from it.
                depth = base_level + 1
                heading, levels = _under(heading, levels, depth, " ".join(text.split()))
                emit("heading", text, heading, level=depth)
            elif block.level > 0 or (unit.kind == "slide" and kind == "body"):
                emit("bullet", text, heading, level=block.level)
            else:
                emit("para", text, heading)
    doc.text = "\n".join(parts)
    return doc
