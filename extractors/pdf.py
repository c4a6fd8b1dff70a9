"""PDF to a Deck with pypdf: one unit per page, cleaned into paragraphs and bullets.

Cleanup, in order: NFKC (ligatures, full-width forms), letter-spaced headings closed up
("N O R T H  S T A R" -> "NORTH STAR"), lines repeated on most pages near the page edges
removed (headers, footers, page numbers; digits compared as one symbol) and so are short
lines carrying their own page's counter ("06 / 38"), the largest-font
line(s) near the top taken as the page title, then wrapped lines rejoined: a hyphen at a
line end joins the next line (dropped before a lowercase letter, kept before an uppercase
letter or digit), a line without closing punctuation followed by a lowercase start joins
it, and bullet glyphs start new list items whose level comes from their indentation.

Images are never walked: only text operators are read, so image-heavy exports stay fast.
"""

from __future__ import annotations

import bisect
import dataclasses
import io
import itertools
import logging
import math
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from agent.errors import CorruptFileError, EncryptedFileError, NoTextError
from agent.knowledge.verbs import opens_with_work
from extractors._base import (
    BULLET,
    FIELD_LABEL,
    Source,
    UnitBuilder,
    add_warning,
    clean_inline,
    nfkc,
    rows_text,
    short_reason,
    wordy,
)
from schemas.deck import BlockKind, Deck, Unit

# "1. ...", "a) ...", and a designer's zero-padded "01 Appoint ..." (a number box beside its item)
NUMBERED = re.compile(r"^(?:(\d{1,2}|[a-zA-Z])[.)]\s+(?=\S)|0[1-9]\s+(?=[A-Z][a-z]))")
_COUNTED = re.compile(r"^(\d{1,2})\s+(?=[A-Z][a-z])")
SENTENCE_END = re.compile(r"[.!?:;。！？…]['\"”’)\]]*$")
DIGITS = re.compile(r"\d+")
MIN_PAGES_FOR_BOILERPLATE = 3
EDGE_LINES = 3
EDGE_FRACTION = 0.12
TITLE_SIZE_RATIO = 1.2
TITLE_ZONE = 0.4  # a title sits in the top 40% of the page
MAX_TITLE_CHARS = 160
INDENT_TOLERANCE = 6.0  # points
WRAPPED_LINE_CHARS = 35
# A narrow column's lines run shorter ("21 km of original pipe from Castle" / "Wharf, which
# ..."): inside a paragraph already wrapped, a full line of at least this many characters goes on.
NARROW_LINE_CHARS = 25
NARROW_COLUMN_CHARS = 48  # ... in a column whose fullest line is shorter than this
# A big number with its unit ("7 days", "9 of 9"), set larger than the title on a dashboard
# page: a figure, never the page's title (a year that opens a title is no figure).
BIG_NUMBER = re.compile(  # (not a numbered heading: "5. Four priorities")
    r"^(?!(?:19|20)\d\d\b|\d{1,2}\.\s+[A-Z][a-z])(?:[<>≤≥]=?)?[-+~$€£]?\d[\d.,]*\s*(?:%|[A-Za-z]+)?"
    r"(?:\s+\w+){0,2}\s*$"
)
# A row of a table drawn as text ends on a figure or a date; the next row starts afresh.
# ... and a date or span closing a line, bracketed or not: "(rest of FY2027/28)"
_ENDS_ON_FIGURE = re.compile(r"(?:\d[\d.,]*\s*(?:%|k|m|bn)?|(?:19|20)\d\d(?:/\d\d)?)\)?$", re.I)
WRAP_FILL = 0.8  # a wrapped line fills most of its box's width
# "Privacy Officer - consent and HIPAA": a label, a dash or colon, a description. Two such
# lines in a row are items of a list (a roster, a glossary), never one wrapped sentence.
LABELLED_LINE = re.compile(r"^[A-Z][\w&/,.'() ]{1,60}?\s(?:-|–|—|--)\s\S|^[A-Z][\w&/ ]{1,40}:\s\S")


@dataclass
class Line:
    text: str
    x: float | None = None
    y: float | None = None
    size: float = 0.0
    rows: list[list[str]] | None = None  # a table drawn as text: its header row, then its rows
    bold: bool = False  # every piece of it set in a bold face
    turned: bool = False  # on a page drawn turned a quarter (a landscape table): page axes swapped
    # the pieces of a row drawn apart on one baseline and read as one line: (text, x, y, size)
    parts: list[tuple[str, float | None, float | None, float]] | None = None
    notes: bool = False  # a notes page's speaker notes, under the slide drawn above them


# -- pypdf's log output becomes Deck.warnings instead of stray stderr lines ---------------


class _CaptureHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        sink = getattr(self.local, "sink", None)
        if sink is not None:
            try:
                message = " ".join(record.getMessage().split())
            except Exception:
                return
            if message and message not in sink:
                sink.append(message)


_CAPTURE = _CaptureHandler()
logging.getLogger("pypdf").addHandler(_CAPTURE)  # also keeps logging's last-resort stderr quiet


@contextmanager
def _captured_pypdf_messages() -> Iterator[list[str]]:
    sink: list[str] = []
    previous = getattr(_CAPTURE.local, "sink", None)
    _CAPTURE.local.sink = sink
    try:
        yield sink
    finally:
        _CAPTURE.local.sink = previous


# -- opening ---------------------------------------------------------------------------


def open_pdf(data: bytes, source: Source) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:
        raise CorruptFileError(source.path, f"corrupt PDF ({short_reason(exc)})") from None
    if reader.is_encrypted:
        try:
            result = reader.decrypt("")  # owner-password-only files open with an empty one
        except DependencyError:
            raise EncryptedFileError(
                source.path, "encrypted PDF needs the 'cryptography' package to open"
            ) from None
        except Exception as exc:
            raise EncryptedFileError(
                source.path, f"password-protected PDF (unsupported encryption: {short_reason(exc)})"
            ) from None
        if result == PasswordType.NOT_DECRYPTED:
            raise EncryptedFileError(
                source.path, "password-protected PDF: remove the password and try again"
            )
    return reader


def extract_pdf(data: bytes, source: Source, *, remove_repeated: bool = True) -> Deck:
    """``remove_repeated=False`` keeps running headers/footers (the bench measures with it)."""
    with _captured_pypdf_messages() as messages:
        reader = open_pdf(data, source)
        try:
            page_count = len(reader.pages)
        except Exception as exc:
            raise CorruptFileError(
                source.path, f"corrupt PDF page tree ({short_reason(exc)})"
            ) from None
        if page_count == 0:
            raise NoTextError(source.path, "PDF has no pages")
        warnings: list[str] = []
        pages: list[list[Line]] = []
        heights: list[float | None] = []
        drawn: list[list[tuple[float, float, float, float]]] = []
        failed = 0
        for index in range(page_count):
            bars: list[tuple[float, float, float, float]] = []
            drawn.append(bars)
            try:
                page = reader.pages[index]
                lines = _page_lines(page, bars)
                heights.append(_page_height(page, turned=any(ln.turned for ln in lines)))
                pages.append(lines)
            except Exception as exc:  # one bad page is an empty unit, not a failed document
                failed += 1
                add_warning(
                    warnings, f"page {index + 1}: text could not be read ({short_reason(exc)})"
                )
                pages.append([])
                if len(heights) <= index:
                    heights.append(None)
    if failed == page_count:
        raise CorruptFileError(source.path, "corrupt PDF: no page could be read")
    if not any(line.text for lines in pages for line in lines):
        raise NoTextError(
            source.path, "no extractable text (scanned or image-only PDF): OCR it first"
        )
    if messages:  # pypdf's own repair notes, summarised rather than echoed
        add_warning(
            warnings,
            f"damaged PDF structure was repaired on read ({len(messages)} notes; first: "
            f"{messages[0][:100]})",
        )
    # A notes page is one of many: an export of notes pages frames every slide the same way.
    # A report with a framed box on a page or two keeps its text as the page's own.
    noted = sum(any(ln.notes for ln in lines) for lines in pages)
    if noted and noted < max(3, 0.6 * page_count):
        pages = [
            [dataclasses.replace(ln, notes=False) if ln.notes else ln for ln in lines]
            for lines in pages
        ]
    if remove_repeated:
        remove_boilerplate(pages, heights)
        remove_page_counters(pages)
    units = [
        build_page(source.name, number, lines, height, bars)
        for number, (lines, height, bars) in enumerate(
            zip(pages, heights, drawn, strict=True), start=1
        )
    ]
    return source.deck("pdf", units, warnings)


def _page_height(page: object, *, turned: bool = False) -> float | None:
    """The page's height as its text reads: its width when the text runs up the page."""
    try:
        box = page.mediabox  # type: ignore[attr-defined]
        if turned:
            return abs(float(box.right) - float(box.left)) or None
        return abs(float(box.top) - float(box.bottom)) or None
    except Exception:
        return None


# -- lines from pypdf's text visitor ----------------------------------------------------


def _page_lines(
    page: object, bars: list[tuple[float, float, float, float]] | None = None
) -> list[Line]:
    frames: list[tuple[float, float, float, float]] = []
    fills: list[tuple[float, float, float, float]] = []
    dots: list[Box] = []
    lines = _top_down(_dotted(_drawn_lines(page, bars, frames, fills, dots), dots))
    slide = _notes_page(lines, frames, page)
    if slide is not None:
        # PowerPoint's "Notes Pages": the slide drawn small in a frame, its notes under it.
        # The slide is read as a page of its own; the notes become the unit's notes.
        bottom = slide[1]
        drawn = [ln for ln in lines if (ln.y or 0.0) >= bottom - 2.0]
        inner = [f for f in frames if f != slide and _inside(f, slide)]
        read = in_columns(by_boxes(drawn, inner, slide[2]) if inner else drawn)
        under = [ln for ln in lines if (ln.y or 0.0) < bottom - 2.0]
        return read + [
            ln if _PAGE_NUMBER.fullmatch(ln.text.strip()) else dataclasses.replace(ln, notes=True)
            for ln in under
        ]
    if frames and not any(ln.turned for ln in lines):
        read = in_columns(by_boxes(lines, frames, _page_width(page)))
        # a printed sheet's grid, where the page's text finds no table of its own (cells
        # wrapped onto several lines, merged down a pillar's rows, a Gantt's filled months);
        # a table the text finds (an A3 report's drawn What / Who / When) is kept as read
        if any(ln.rows for ln in read):
            return read
        ruled = ruled_grid(lines, frames, fills)
        return read if ruled is None else ruled
    return in_columns(lines)


def _top_down(lines: list[Line]) -> list[Line]:
    """Two boxes drawn out of reading order, the lower first (a timeline's dates inside the bar
    drawn before the name over it; a label drawn after the box beside it on its baseline): the
    pair read top down, left to right. Only next-door lines close together swap, so columns
    and pages drawn in their own order stay as they are."""
    out = list(lines)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if a.x is None or a.y is None or b.x is None or b.y is None or a.rows or b.rows:
            i += 1
            continue
        size = max(a.size, b.size, 1.0)
        above = 0.3 * size < b.y - a.y <= 2.5 * size and abs(b.x - a.x) <= 2 * size
        beside = abs(b.y - a.y) <= 0.3 * size and b.x < a.x - 2 * size
        if above or beside:
            out[i], out[i + 1] = b, a
            i += 2
        else:
            i += 1
    return out


def _dotted(lines: list[Line], dots: list[Box]) -> list[Line]:
    """Lines with a bullet drawn as a dot just left of them (a slide exported with its bullets
    as shapes) read as the list items they are: "• " before the text."""
    if len(dots) < 2:
        return lines
    # dots by their centre's height, so each line looks only at the few beside it
    placed = sorted((y + h / 2, x + w) for x, y, w, h in dots)
    middles = [m for m, _ in placed]
    out = []
    for ln in lines:
        if ln.x is not None and ln.y is not None and not BULLET.match(ln.text):
            size = max(ln.size, 1.0)
            lo = bisect.bisect_left(middles, ln.y - 0.3 * size)
            hi = bisect.bisect_right(middles, ln.y + 0.9 * size)
            if any(ln.x - 3.0 * size <= right <= ln.x - 0.3 for _, right in placed[lo:hi]):
                ln = dataclasses.replace(ln, text=f"• {ln.text}")
        out.append(ln)
    return out


_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?", re.I)


def _notes_page(lines: list[Line], frames: list[Box], page: object) -> Box | None:
    """The slide's frame on a notes page: a portrait page, a 4:3 to 16:9 frame most of the
    page wide in its upper part with lines inside, and lines of notes under it."""
    width, height = _page_width(page), _page_height(page)
    if not width or not height or height <= width or any(ln.turned for ln in lines):
        return None
    for frame in frames:
        x, y, w, h = frame
        if not (0.6 * width <= w <= width and 1.2 <= w / max(h, 1.0) <= 1.9):
            continue
        if y < 0.35 * height:
            continue  # a frame low on the page is a box of the page's own
        inside = [ln for ln in lines if ln.y is not None and y - 2.0 <= ln.y <= y + h]
        under = [
            ln
            for ln in lines
            if ln.y is not None and ln.y < y - 2.0 and not _PAGE_NUMBER.fullmatch(ln.text.strip())
        ]
        if len(inside) >= 2 and under:
            return frame
    return None


# -- a sheet printed with its gridlines ------------------------------------------------------

_GRID_LEAST = 40  # outlined cells a printed sheet has at least (a slide's drawn table has fewer)
_SQUARE = 40.0  # points: the side of the squares cells are indexed by
_CROWDED = 200  # cells on one square: more is no printed sheet
_MARK = "■"  # a cell filled in colour with no text: a Gantt's bar, read as the table's mark


def ruled_grid(lines: list[Line], frames: list[Box], bars: list[Box]) -> list[Line] | None:
    """A spreadsheet printed with its gridlines (a plan on a page, a Gantt of filled month
    cells): every cell outlined, a merged cell one larger outline. Each line belongs to the
    smallest cell round it; the cells' rows are read as tables, each under the first row of
    labels in a run of rows as wide as it (the rows over it, a banner or a note, are lines of
    their own). A cell filled in colour with no text is marked, so a Gantt's row says which
    month columns it runs in. None when the frames are no grid."""
    cells = sorted({(round(x, 1), round(y, 1), round(w, 1), round(h, 1)) for x, y, w, h in frames})
    cells = [c for c in cells if c[2] >= 4 and c[3] >= 4]
    if len(cells) < _GRID_LEAST:
        return None
    lefts = sorted({round(c[0]) for c in cells})
    tops = sorted({round(c[1] + c[3]) for c in cells}, reverse=True)
    # a grid: cells share their columns' left edges and their rows' top edges
    per_left = Counter(round(c[0]) for c in cells)
    per_top = Counter(round(c[1] + c[3]) for c in cells)
    if sum(n >= 4 for n in per_left.values()) < 3 or sum(n >= 3 for n in per_top.values()) < 4:
        return None
    # Cells indexed by the squares of the page they cover: a line's cell, or a cell's
    # container, is looked for among the few cells on its square, not among all of them.
    buckets: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    for c in cells:
        for bx in range(int((c[0] - 2) // _SQUARE), int((c[0] + c[2]) // _SQUARE) + 1):
            for by in range(int((c[1] - 2) // _SQUARE), int((c[1] + c[3]) // _SQUARE) + 1):
                buckets.setdefault((bx, by), []).append(c)
                if len(buckets[(bx, by)]) > _CROWDED:
                    return None  # cells piled on one another: no sheet a person prints

    def around(x: float, y: float) -> list[tuple[float, float, float, float]]:
        return buckets.get((int(x // _SQUARE), int(y // _SQUARE)), [])

    # a sheet's cells tile it, none inside another (an A3 report's boxes hold their tables)
    nested = 0
    for o in cells:
        nested += any(
            c != o and _inside(o, c, slack=0.5) for c in around(o[0] + o[2] / 2, o[1] + o[3] / 2)
        )
        if nested > 2:
            return None
    area = (
        min(c[0] for c in cells),
        min(c[1] for c in cells),
        max(c[0] + c[2] for c in cells),
        max(c[1] + c[3] for c in cells),
    )
    placed = [ln for ln in lines if ln.x is not None and ln.y is not None]
    inside = [
        ln
        for ln in placed
        if area[0] - 2 <= ln.x <= area[2] and area[1] - 2 <= ln.y <= area[3]  # type: ignore[operator]
    ]
    if len(inside) < 0.5 * len(placed):
        return None  # boxes round a few lines, not a sheet printed whole
    held: dict[tuple[float, float, float, float], list[Line]] = {c: [] for c in cells}
    taken: set[int] = set()  # the lines a cell holds; the rest are read as lines of their own
    for ln in inside:
        assert ln.x is not None and ln.y is not None
        home = min(
            (
                c
                for c in around(ln.x, ln.y)
                if c[0] - 2 <= ln.x <= c[0] + c[2] and c[1] - 2 <= ln.y <= c[1] + c[3]
            ),
            key=lambda c: c[2] * c[3],
            default=None,
        )
        if home is not None:
            held[home].append(ln)
            taken.add(id(ln))
    col = {x: i for i, x in enumerate(lefts)}
    row = {y: i for i, y in enumerate(tops)}
    grid: list[list[str]] = [["" for _ in lefts] for _ in tops]
    spans: dict[tuple[int, int], int] = {}  # a merged cell's row and first column -> its last
    filled = {(round(b[0]), round(b[1] + b[3]), round(b[2])) for b in bars}
    for c, cell_lines in held.items():
        text = _cell_text(cell_lines, c)
        if not text and (round(c[0]), round(c[1] + c[3]), round(c[2])) in filled:
            text = _MARK
        r, k = row[round(c[1] + c[3])], col[round(c[0])]
        grid[r][k] = f"{grid[r][k]} {text}".strip() if grid[r][k] else text
        spans[(r, k)] = bisect.bisect_left(lefts, round(c[0] + c[2]) - 1) - 1
    return _grid_lines(grid, spans, [ln for ln in lines if id(ln) not in taken], area, tops)


def _cell_text(cell_lines: list[Line], cell: tuple[float, float, float, float]) -> str:
    """A cell's lines in reading order: a line wrapped to the next runs on; a short line
    before one that starts a new item ("Open a trade account ..." over "Put 12 ...") ends it."""
    ordered = sorted(cell_lines, key=lambda ln: (-(ln.y or 0.0), ln.x or 0.0))
    text = ""
    for previous, ln in zip([None, *ordered], ordered, strict=False):
        if previous is None:
            text = ln.text
            continue
        ends = (previous.x or 0.0) + _ems(previous.text) * previous.size
        short = ends < cell[0] + 0.7 * cell[2]
        text += "; " if short and ln.text[:1].isupper() else " "
        text += ln.text
    return text


def _grid_lines(
    grid: list[list[str]],
    spans: dict[tuple[int, int], int],
    outside: list[Line],
    area: tuple[float, float, float, float],
    tops: list[int],
) -> list[Line]:
    """The sheet's rows as lines and a table: the first row of labels (every cell of it a
    short label, or a run of dated column heads, "Feb-30" ... "Jan-33") heads a table of every
    row under it; a row over it is a line, its cells in order, and a cell merged across the
    dated columns says which ("Phase 1 · Fix the basics (Feb-30 – Jul-30)")."""
    out: list[Line] = [ln for ln in outside if (ln.y or 0.0) > area[3]]
    left = area[0]
    kept = [(i, cells) for i, cells in enumerate(grid) if any(cells)]
    start = next((n for n, (_, cells) in enumerate(kept) if _heads(cells)), None)
    head = kept[start][1] if start is not None else None
    for i, cells in kept[: start if start is not None else len(kept)]:
        said: list[str] = []
        spanned: list[str] = []  # cells merged across the dated columns: a line each
        for k, text in enumerate(cells):
            end = spans.get((i, k), k)
            dated = head is not None and all(_DATED_HEAD.fullmatch(head[j]) for j in (k, end))
            if text and head is not None and end > k and dated:
                spanned.append(f"{text} ({_month_year(head[k])} – {_month_year(head[end])})")
            elif text:
                said.append(text)
        for text in [" ".join(said)] * bool(said) + spanned:
            out.append(Line(text, left, float(tops[i]), 0.0))
    after: list[tuple[int, list[str]]] = []  # rows under the table that are no part of it
    if start is not None and head is not None:
        rows = [list(cells) for _, cells in kept[start:]]
        # Rows at the foot with one cell filled each, a cell merged across the sheet
        # ("Decisions asked of the Board" over its numbered asks, or a note of a sentence or
        # more), are lines under the table, not rows of it.
        width = len(rows[0])

        def merged(n: int) -> bool:
            """A row of one cell merged across most of the sheet (a note, a heading)."""
            filled = [k for k, t in enumerate(rows[n]) if t]
            if len(filled) != 1:
                return False
            k = filled[0]
            return spans.get((kept[start + n][0], k), k) - k + 1 >= max(2, width // 2)

        foot = len(rows)
        while foot > 1 and merged(foot - 1):
            foot -= 1
        lone = next((t for t in rows[-1] if t), "")
        if len(rows) - foot >= 2 or len(rows) - foot == 1 and len(lone.split()) >= 6:
            after, rows = kept[start + foot :], rows[:foot]
        width = max(k for r in rows for k, t in enumerate(r) if t) + 1
        rows = [r[:width] for r in rows]
        out.append(Line(" ".join(t for t in rows[0] if t), left, None, 0.0, rows=rows))
    out += [Line(next(t for t in cells if t), left, float(tops[i]), 0.0) for i, cells in after]
    out += [ln for ln in outside if (ln.y or 0.0) <= area[3]]
    return out


def _heads(cells: list[str]) -> bool:
    filled = [t for t in cells if t]
    if len(filled) < 3 or _MARK in filled:
        return False
    if all(len(t.split()) <= 4 and not re.search(r"\d", t) for t in filled):
        return True  # "Pillar | Objective | Key actions | KPI | Baseline | ..."
    # "Measure | Baseline (FY29) | FY30 | FY32 target": years head columns of their own; a
    # banner merged over them ("Financial year | FY30 ... | FY31 ...") heads nothing
    if all(len(t.split()) <= 4 and _label(t) for t in filled) and len(filled) >= 0.8 * len(cells):
        return any(not re.search(r"\d", t) for t in filled)
    dated = sum(bool(_DATED_HEAD.fullmatch(t)) for t in filled)
    return dated >= 6 and dated >= 0.8 * len(filled)  # "Workstream | Feb-30 | Mar-30 | ..."


def _label(cell: str) -> bool:
    """A column head's words: any figure in it dates the column ("Baseline (FY29)", "FY32
    target"), as a value's would not ("£418m", "17,600")."""
    return all(_DATED_HEAD.fullmatch(w.strip("()")) for w in cell.split() if re.search(r"\d", w))


_SHORT_MONTH = re.compile(r"(?P<m>[A-Za-z]{3,9})[-' ](?P<y>\d{2})")


def _month_year(head: str) -> str:
    """A column head as a date a reader says: Excel's "Feb-30" is "Feb 2030"."""
    m = _SHORT_MONTH.fullmatch(head.strip())
    return f"{m.group('m')} 20{m.group('y')}" if m else head


_DATED_HEAD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*[-\s']?\d{2,4}|[QH][1-4]\s?(?:FY)?\s?\d{2,4}|"
    r"FY\s?\d{2,4}|(?:19|20)\d\d|M\d{1,2}|W\d{1,2}",
    re.I,
)


def _hidden_layers(page: object) -> set[str]:
    """The page's names (in its /Properties) for the layers the document shows off by default
    (a designer's "Notes for proof" layer exported from InDesign): their text is no part of
    what a reader sees."""
    try:
        root = page.pdf.trailer["/Root"]  # type: ignore[attr-defined]
        config = root["/OCProperties"]["/D"]
        off = {o.idnum for o in config.get("/OFF", []) if hasattr(o, "idnum")}
        if not off:
            return set()
        props = page["/Resources"].get("/Properties")  # type: ignore[index]
        if props is None:
            return set()
        return {
            str(name)
            for name, ref in props.get_object().items()
            if getattr(ref, "idnum", None) in off
        }
    except Exception:  # no layers, or a malformed /OCProperties: every text is shown
        return set()


class _Layers:
    """pypdf's operator visitor that follows marked content (BDC/BMC ... EMC): ``off`` while
    inside a layer that is hidden by default; every operator is passed on to ``inner``."""

    def __init__(self, hidden: set[str], inner: object | None) -> None:
        self.hidden = hidden
        self.inner = inner
        self.stack: list[bool] = []

    @property
    def off(self) -> bool:
        return any(self.stack)

    def __call__(self, op: bytes, args: list[object], cm: list[float], tm: object) -> None:
        if op == b"BDC":
            hidden = len(args) >= 2 and str(args[0]) == "/OC" and str(args[1]) in self.hidden
            if len(self.stack) < 64:
                self.stack.append(hidden)
        elif op == b"BMC" and len(self.stack) < 64:
            self.stack.append(False)
        elif op == b"EMC" and self.stack:
            self.stack.pop()
        if self.inner is not None and not self.off:
            self.inner(op, args, cm, tm)  # type: ignore[operator]


def _page_width(page: object) -> float | None:
    try:
        return float(page.mediabox.width)  # type: ignore[attr-defined]
    except Exception:
        return None


def _drawn_lines(
    page: object,
    bars: list[tuple[float, float, float, float]] | None,
    frames: list[tuple[float, float, float, float]],
    fills: list[tuple[float, float, float, float]] | None = None,
    dots: list[Box] | None = None,
) -> list[Line]:
    # Two passes: the pieces with their places first, then lines. A piece that starts at a
    # left edge other pieces on the page also start at, right of the text before it, begins a
    # column (a PDF drawn one visual line at a time across the page); so does one far right
    # of where the text before it ends.
    pieces: list[
        tuple[str, float | None, float | None, float, bool, bool]
    ] = []  # text, x, y, size, new line, bold
    fresh = [True]

    def visit(text: str, cm: list[float], tm: list[float], font: object, font_size: float) -> None:
        if not text:
            return
        bold = _bold(font)
        for i, piece in enumerate(text.split("\n")):
            if i:
                fresh[0] = True
            if not piece:
                continue
            x, y, scale, runs_up = _position(cm, tm)
            pieces.append((piece, x, y, (font_size or 0.0) * scale, fresh[0], bold))
            up.append(runs_up * len(piece.strip()))
            fresh[0] = False

    up: list[int] = []
    shapes = _FilledRectangles(bars, frames, fills) if bars is not None else None
    layers = _Layers(_hidden_layers(page), shapes)

    def shown(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not layers.off:
            visit(text, cm, tm, font, size)

    page.extract_text(  # type: ignore[attr-defined]
        visitor_text=shown if layers.hidden else visit,
        visitor_operand_before=layers if layers.hidden else shapes,
    )
    if dots is not None and shapes is not None:
        dots.extend(shapes.dots)
    turned = sum(n for n in up if n > 0) > 2 * sum(-n for n in up if n < 0)
    if turned:
        # A landscape table set on a portrait page, turned a quarter: its rows and columns
        # are read in its own frame, as a reader turning the page would (x up the page, y
        # from the page's right edge), and so is every other piece of the page.
        # (the running header and footer, set the usual way, stay where they are: at the
        # page's top and bottom edges as it reads turned)
        width = _page_height(page, turned=True) or 0.0
        pieces = [
            (t, y, width - x, size, n, b) if x is not None and y is not None and u > 0 else piece
            for piece, u in zip(pieces, up, strict=True)
            for t, x, y, size, n, b in (piece,)
        ]
    starts = Counter(round(x) for t, x, _y, _s, _n, _b in pieces if x is not None and t.strip())
    edges = {x for x, n in starts.items() if n >= 3}
    lines: list[Line] = []
    current: list[str] = []
    state: dict[str, float | None] = {
        "x": None,
        "y": None,
        "size": 0.0,
        "last_x": None,
        "last_ems": None,
    }
    bold = [True]

    def finish() -> None:
        text = clean_inline(fix_letter_spacing(nfkc("".join(current))))
        if text:
            lines.append(
                Line(
                    text,
                    state["x"],
                    state["y"],
                    state["size"] or 0.0,
                    bold=bold[0],
                    turned=turned,
                )
            )
        current.clear()
        state.update(x=None, y=None, size=0.0, last_x=None, last_ems=None)
        bold[0] = True

    for text, x, y, size, new_line, heavy in pieces:
        if new_line:
            finish()
        if text.strip():
            if state["x"] is not None and _next_column(state, current, x, y, size, edges, text):
                finish()
            elif (
                turned
                and state["y"] is not None
                and y is not None
                and abs(y - state["y"]) > size * 0.6
            ):
                finish()  # pypdf marks no new line in a turned frame: the baseline does
            if state["x"] is None:
                state.update(x=x, y=y)
            bold[0] = bold[0] and heavy
            state.update(last_x=x, last_ems=_ems(text))
            state["size"] = max(state["size"] or 0.0, size)
        current.append(text)
    finish()
    return lines


Box = tuple[float, float, float, float]  # left, bottom, width, height in page space


def _inside(inner: Box, outer: Box, slack: float = 2.0) -> bool:
    return (
        outer[0] - slack <= inner[0]
        and inner[0] + inner[2] <= outer[0] + outer[2] + slack
        and outer[1] - slack <= inner[1]
        and inner[1] + inner[3] <= outer[1] + outer[3] + slack
    )


def _boxes(frames: list[Box], width: float) -> list[Box]:
    """The boxes a page is laid out in (an A3 report's numbered boxes, cards with borders):
    outlined rectangles a fifth of the page wide or more, not inside another (a box's header
    strip, a table's cells), nor a border round most of the page. [] unless two of them
    stand side by side, which a page read line by line across would run together."""
    wide = [f for f in frames if f[2] >= 0.2 * width and f[3] >= 24.0 and f[2] < 0.9 * width]
    boxes = [b for b in wide if not any(o != b and _inside(b, o) for o in wide)]
    side_by_side = any(
        a[0] + a[2] <= b[0] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
        for a in boxes
        for b in boxes
    )
    return boxes if side_by_side else []


def by_boxes(lines: list[Line], frames: list[Box], width: float | None) -> list[Line]:
    """A page laid out in boxes, read a box at a time: a column of boxes top to bottom, then
    the next column, each box's lines together. A PDF draws such a page a line at a time
    across it, so "1. Background" and "4. Root causes" beside it would read as one line.
    Lines above every box (a title bar) come first, and the rest after, as drawn."""
    boxes = _boxes(frames, width or 0.0) if width else []
    if not boxes:
        return lines
    columns = sorted({round(b[0] / 20.0) for b in boxes})
    order = sorted(
        range(len(boxes)),
        key=lambda k: (columns.index(round(boxes[k][0] / 20.0)), -(boxes[k][1] + boxes[k][3])),
    )
    top = max(b[1] + b[3] for b in boxes)
    head: list[Line] = []
    held: list[list[Line]] = [[] for _ in boxes]
    rest: list[Line] = []
    for ln in lines:
        if ln.x is None or ln.y is None:
            rest.append(ln)
            continue
        home = next(
            (
                k
                for k in order
                if boxes[k][0] - 2 <= ln.x <= boxes[k][0] + boxes[k][2]
                and boxes[k][1] - 2 <= ln.y <= boxes[k][1] + boxes[k][3]
            ),
            None,
        )
        if home is not None:
            held[home].append(ln)
        elif ln.y > top:
            head.append(ln)
        else:
            rest.append(ln)
    return head + [ln for k in order for ln in held[k]] + rest


_BOLD_FACE = re.compile(r"bold|black|heavy|semibold|demi", re.I)

EMU_PER_POINT = 12_700
MAX_BARS = 400  # filled rectangles kept per page: a chart's bars, not a hostile file's thousands
# outlined rectangles and the fills read with them: a printed sheet outlines every cell (a
# 36-month Gantt, 40 rows: 1,500), not a hostile file's tens of thousands
MAX_FRAMES = 3000
_FILLS = frozenset({b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_NO_FILL = frozenset({b"n"})
_PATH = frozenset({b"m", b"l", b"c", b"v", b"y"})
_STROKES = frozenset({b"S", b"s", b"B", b"B*", b"b", b"b*"})


class _FilledRectangles:
    """pypdf's operator visitor: the rectangles a page fills in a colour other than white (a
    roadmap's bars, drawn as ``re`` then ``f``), in page space, kept in ``bars``."""

    def __init__(
        self,
        bars: list[tuple[float, float, float, float]],
        frames: list[tuple[float, float, float, float]] | None = None,
        fills: list[tuple[float, float, float, float]] | None = None,
    ) -> None:
        self.bars = bars
        self.frames = frames if frames is not None else []  # rectangles outlined: boxes
        self.fills = fills if fills is not None else []  # every one filled, to MAX_FRAMES
        self.pending: list[tuple[float, float, float, float]] = []
        self.white = False
        self.saved: list[bool] = []  # the fill colour's state under each q ... Q
        self.dots: list[Box] = []  # small round shapes filled in ink: bullets drawn as dots
        self.path: list[tuple[float, float]] = []  # the points of the path being built

    def _outlined(self) -> None:
        if len(self.frames) < MAX_FRAMES:
            self.frames.extend(self.pending[: MAX_FRAMES - len(self.frames)])

    def _dot(self) -> None:
        if self.path and not self.white and len(self.dots) < MAX_FRAMES:
            xs, ys = [p[0] for p in self.path], [p[1] for p in self.path]
            w, h = max(xs) - min(xs), max(ys) - min(ys)
            if _bullet_sized(w, h):
                self.dots.append((min(xs), min(ys), w, h))
        self.path.clear()

    def __call__(self, op: bytes, args: list[object], cm: list[float], tm: object) -> None:
        if op in _PATH and len(args) in (2, 4, 6) and len(self.path) < 64:
            try:
                a, _b, _c, d, e, f = (float(v) for v in cm)
                points = [float(v) for v in args]  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return
            self.path += [
                (a * x + e, d * y + f) for x, y in zip(points[::2], points[1::2], strict=True)
            ]
            return
        if op in _FILLS:
            self._dot()
        elif op in _STROKES or op in _NO_FILL:
            self.path.clear()
        if op == b"re" and len(args) == 4:
            try:
                x, y, w, h = (float(a) for a in args)  # type: ignore[arg-type]
                a, b, c, d, e, f = (float(v) for v in cm)
            except (TypeError, ValueError):
                return
            if abs(b) > 1e-6 or abs(c) > 1e-6:
                return  # turned or skewed: no bar of an upright chart
            x0, x1 = sorted((a * x + e, a * (x + w) + e))
            y0, y1 = sorted((d * y + f, d * (y + h) + f))
            self.pending.append((x0, y0, x1 - x0, y1 - y0))
        elif op in _FILLS:
            if not self.white and len(self.bars) < MAX_BARS:
                self.bars.extend(self.pending[: MAX_BARS - len(self.bars)])
            if not self.white and len(self.pending) == 1:
                # a bullet drawn as a small filled square ("re" then "f"), as a dot is drawn
                x, y, w, h = self.pending[0]
                if _bullet_sized(w, h) and len(self.dots) < MAX_FRAMES:
                    self.dots.append((x, y, w, h))
            if not self.white and len(self.fills) < MAX_FRAMES:
                self.fills.extend(self.pending[: MAX_FRAMES - len(self.fills)])
            if op in _STROKES:
                self._outlined()
            self.pending.clear()
        elif op in _STROKES:
            self._outlined()
            self.pending.clear()
        elif op in _NO_FILL:
            self.pending.clear()
        elif op == b"q":
            self.saved.append(self.white)
        elif op == b"Q":
            self.white = self.saved.pop() if self.saved else False
        elif op in (b"rg", b"g", b"k"):
            try:
                values = [float(v) for v in args]  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return
            # white is 1 in grey and RGB, and no ink at all in CMYK
            self.white = bool(values) and (
                all(v >= 0.95 for v in values) if op != b"k" else all(v <= 0.05 for v in values)
            )


def _bullet_sized(w: float, h: float) -> bool:
    """A drawn shape the size of a bullet: a dot or a square of 1.5 to 9 points."""
    return 1.5 <= w <= 9.0 and 1.5 <= h <= 9.0 and abs(w - h) <= 1.5


def _emu_box(x: float, y: float, w: float, h: float, height: float) -> tuple[int, int, int, int]:
    """A box on the page (left, bottom, width, height in points, PDF space: y up) as a slide's
    shapes are placed: left, top, width, height in EMU, top down."""
    return (
        round(x * EMU_PER_POINT),
        round((height - y - h) * EMU_PER_POINT),
        round(w * EMU_PER_POINT),
        round(h * EMU_PER_POINT),
    )


def _place(
    text: str, x: float | None, y: float | None, size: float, height: float | None
) -> tuple[int, int, int, int] | None:
    """A line's left, top, estimated width and height on the page, in EMU, top down."""
    if x is None or y is None or height is None or size <= 0:
        return None
    return _emu_box(x, y, _ems(text) * size, size, height)


def _bars(
    drawn: list[tuple[float, float, float, float]], height: float | None
) -> list[tuple[int, int, int, int]]:
    """The page's filled rectangles that could be a chart's bars, top down, in EMU: not the
    page's background, a rule or a dot."""
    if height is None:
        return []
    return [
        _emu_box(x, y, w, h, height)
        for x, y, w, h in drawn
        if w >= 4 and h >= 4 and h <= 0.5 * height
    ]


def _bold(font: object) -> bool:
    """Whether pypdf's font dictionary names a bold face ("/Times-Bold", "/ABCDEF+Arial,Bold")."""
    try:
        name = font.get("/BaseFont") if font is not None else None  # type: ignore[attr-defined]
    except Exception:
        return False
    return bool(name and _BOLD_FACE.search(str(name)))


def _side_heading(row: list[Line]) -> bool:
    """A run-in side heading: a few words in bold in the margin ("Sitting days"), the
    paragraph it names beside it in the body face ("5.7 We will add 120 extra sitting days
    ..."). The heading is a line of its own, not the paragraph's first words."""
    head, rest = row[0], row[1:]
    return (
        head.bold
        and not any(ln.bold for ln in rest)
        and 1 <= len(head.text.split()) <= 5
        and not head.text.rstrip().endswith((".", ",", ";"))
        and head.x is not None
        and all(ln.x is not None and ln.x > head.x for ln in rest)
        and _prose(" ".join(ln.text for ln in rest))
    )


def _headline_beside(row: list[Line]) -> bool:
    """A page's headline with small print set on its baseline to the right ("A3-1 · Hangar
    turn time ..." beside "Owner: Head of Base Maintenance · Issue 2.1"): the headline is a
    line of its own, not run together with the small print."""
    head = min(row, key=lambda ln: ln.x or 0.0)
    rest = [ln for ln in row if ln is not head]
    return (
        len(head.text.split()) >= 3
        and head.x is not None
        and all(ln.x is not None and ln.x > head.x for ln in rest)
        and all(head.size >= 1.6 * ln.size for ln in rest)
    )


def _prose(text: str) -> bool:
    return len(text.split()) >= 3 and not re.fullmatch(r"[\d\s.,%£$€+–-]+", text)


def in_columns(lines: list[Line]) -> list[Line]:
    """Columns of prose drawn one visual line at a time across the page, read a column at a
    time: where consecutive baselines carry two or more pieces of prose side by side, each
    column's lines come together, left column first, so that an item wrapped inside its
    column reads as one. A table's rows (a piece that is a figure or a word or two) are left
    as they are."""
    lines = _rows_first(lines)
    out: list[Line] = []
    i = 0
    looked = 0  # lines up to here make no grid: none is looked for among them again
    while i < len(lines):
        grid = _grid_at(lines, i) if i >= looked else None
        if grid is not None and grid[2] is None:
            looked, grid = grid[0], None
        if grid is not None:
            end, rows, by_column = grid
            first = lines[i]
            if rows is not None:
                out.append(Line(" ".join(rows[0]), first.x, first.y, first.size, rows=rows))
            else:
                out += by_column or []
            i = end
            continue
        band = _band(lines, i)
        if band is None:
            # not prose side by side (a table's row, a tile's figure and label): one line, as
            # the row reads across the page
            row = _row_at(lines, i)
            if len(row) > 1 and _side_heading(row):
                out.append(row[0])
                i += 1
                row = row[1:]
            elif len(row) > 1 and _headline_beside(row):
                headline = min(row, key=lambda ln: ln.x or 0.0)
                out.append(headline)
                i += 1
                row = [ln for ln in row if ln is not headline]
            first = row[0]
            out.append(
                Line(
                    " ".join(ln.text for ln in row),
                    first.x,
                    first.y,
                    max(ln.size for ln in row),
                    parts=[(ln.text, ln.x, ln.y, ln.size) for ln in row],
                )
                if len(row) > 1
                else first
            )
            i += len(row)
            continue
        end, starts = band
        for start in starts:
            band_lines = lines[i:end]
            numbered = _numbered_starts(band_lines, starts)
            out += [ln for ln in band_lines if _home_column(ln, starts, numbered) == start]
        i = end
    return out


def _rows_first(lines: list[Line]) -> list[Line]:
    """A table drawn a cell at a time (Word's and LibreOffice's PDF export), read a row at a
    time. Where a cell wraps ("Baseline" over "2026/27"), the next cell starts back up on the
    row's first baseline; each run of cells that does so is put in row order (top to bottom,
    then left to right), so that a row's cells stand side by side as they do on the page."""
    out: list[Line] = []
    i = 0
    looked = 0  # lines up to here were scanned under a header and left: not scanned again
    # lines up to here lie in a column run that makes no table drawn a column at a time: a run
    # from a line further down it ends where this one does, so it makes none either (one scan
    # per column, not one per line: a hostile page's long column stays linear)
    run_looked = 0
    while i < len(lines):
        end, ordered = _under_header(lines, i) if i >= looked else (i + 1, None)
        if ordered is not None:
            out += ordered
            i = end
            continue
        baselines = _column_run(lines, i) if i >= run_looked else None
        columns = _drawn_by_columns(lines, i, baselines) if baselines is not None else None
        if columns is not None:
            start, end, ordered = columns
            out += lines[i:start] + ordered
            i = end
            continue
        if baselines is not None:
            run_looked = i + len(baselines)
        looked = max(looked, end)
        end, returned = _cell_run(lines, i)
        run = lines[i:end]
        if returned:
            step = max(run[0].size * 0.5, 1.0)  # one quantum for the run: its rows' baselines
            run.sort(key=lambda ln: (-round((ln.y or 0.0) / step), ln.x or 0.0))
        out += run
        i = max(end, i + 1)
    return out


def _column_run(lines: list[Line], k: int) -> list[float]:
    """The baselines of the lines from k down one left edge, each a row's step below the last."""
    first = lines[k]
    if first.x is None or first.y is None or first.rows:
        return []
    ys = [first.y]
    m = k + 1
    while m < len(lines):
        ln = lines[m]
        if ln.x is None or ln.y is None or ln.rows or abs(ln.x - first.x) > 4.0:
            break
        if not 0 < ys[-1] - ln.y <= 3.0 * max(ln.size, 1.0):
            break
        ys.append(ln.y)
        m += 1
    return ys


def _drawn_by_columns(
    lines: list[Line], i: int, ys: list[float]
) -> tuple[int, int, list[Line]] | None:
    """A table drawn a whole column at a time (a design tool's text boxes: the measures top
    to bottom, then their baselines beside them, then the targets): three or more runs down
    their own left edges, each starting back up on the first one's header and keeping its
    rows' baselines. ``ys`` is ``_column_run(lines, i)``, read once by the caller. Returns
    (where the table starts, where it ends, its lines in row order); the lines from i to the
    start come first, as they are."""
    end = i + len(ys)
    if len(ys) < 4 or end >= len(lines):
        return None
    first, nxt = lines[i], lines[end]
    size = max(first.size, 1.0)
    if nxt.x is None or nxt.y is None or first.x is None or nxt.x <= first.x + 2 * size:
        return None
    start = next((s for s, y in enumerate(ys) if abs(y - nxt.y) <= 0.5 * size), None)
    if start is None or len(ys) - start < 4:
        return None  # a header and three rows at least
    rows = ys[start:]
    runs = [(i + start, end)]
    k = end
    while k < len(lines):
        more = _column_run(lines, k)
        x, last_x = lines[k].x, lines[runs[-1][0]].x
        if (
            x is None
            or last_x is None
            or x <= last_x + 2 * size
            or len(more) != len(rows)
            or any(abs(a - b) > 0.5 * size for a, b in zip(more, rows, strict=True))
        ):
            break
        runs.append((k, k + len(more)))
        k += len(more)
    if len(runs) < 3:
        return None
    table = lines[i + start : k]
    # each column headed by a label of a word or a few ("Baseline 2028/29"), not a tile's
    # figure over its caption ("38%" over "Late deliveries"): tiles are read a column at a time
    if not all(lines[a].text[:1].isalpha() and len(lines[a].text.split()) <= 4 for a, _ in runs):
        return None
    # a table's cells, not columns of prose: short, and one column of figures or words alone
    if any(len(ln.text.split()) > 8 for ln in table):
        return None
    if not any(all(len(ln.text.split()) <= 3 for ln in lines[a + 1 : b]) for a, b in runs):
        return None
    ordered = sorted(
        table,
        key=lambda ln: (
            min(range(len(rows)), key=lambda r: abs(rows[r] - (ln.y or 0.0))),
            ln.x or 0.0,
        ),
    )
    return i + start, k, ordered


def _under_header(lines: list[Line], i: int) -> tuple[int, list[Line] | None]:
    """(end, lines in row order) when line i opens a table's header (three labels or more on
    one baseline) and the lines after it, however drawn (a column of wrapped cells at a time,
    a cell set mid-row), each start under one of its labels, below it; (i + 1, None) when no
    table starts there. A cell is a column's lines a line apart; it belongs to the row whose
    first cell it stands beside (the first cell's top line within its height), or else to the
    row above it; rows are read top down, a row's cells left to right."""
    header = _row_at(lines, i)
    if len(header) < 3 or any(
        ln.x is None or ln.y is None or len(ln.text.split()) > 6 for ln in header
    ):
        return i + 1, None
    starts = sorted(ln.x for ln in header if ln.x is not None)
    top = min(ln.y for ln in header if ln.y is not None)
    size = max(ln.size for ln in header)

    def column(ln: Line) -> int | None:
        return next((k for k, x in enumerate(starts) if abs((ln.x or 0.0) - x) <= 4.0), None)

    j = i + len(header)
    cells: list[tuple[int, list[Line]]] = []  # (column, its lines top down)
    while j < len(lines):
        ln = lines[j]
        k = column(ln) if ln.x is not None else None
        if (
            k is None
            or ln.y is None
            or ln.rows
            or ln.y >= top - 0.5 * size
            or abs(ln.size - size) > 1.0
        ):
            break
        last = cells[-1] if cells else None
        above = last[1][-1].y if last else None
        if last and last[0] == k and above is not None and 0 < above - ln.y <= 1.8 * size:
            last[1].append(ln)  # the cell's wrapped line
        else:
            cells.append((k, [ln]))
        j += 1
    anchors = sorted(
        {cell[0].y for k, cell in cells if k == 0 and cell[0].y is not None}, reverse=True
    )
    slack = 0.5 * size
    ys = [ln.y for ln in lines[i + len(header) : j]]
    if (
        not anchors
        or j == i + len(header)
        or all(
            a is not None and b is not None and b <= a + slack for a, b in itertools.pairwise(ys)
        )
    ):
        # (drawn a row at a time already: nothing to put right; the caller does not scan
        # these lines again, so a long page costs one pass)
        return j, None
    rows: list[list[tuple[int, list[Line]]]] = [[] for _ in anchors]
    descending = [-y for y in anchors]  # ascending, for bisect
    for k, cell in cells:
        high, low = cell[0].y or 0.0, cell[-1].y or 0.0
        first = bisect.bisect_left(descending, -(high + slack))  # the highest within reach
        if first < len(anchors) and anchors[first] >= low - slack:
            r = first  # a row's first cell stands within the cell's height
        else:
            r = max(bisect.bisect_right(descending, -(high - slack)) - 1, 0)  # the row above
        rows[r].append((k, cell))
    ordered = list(lines[i : i + len(header)])
    for anchor, row in zip(anchors, rows, strict=True):
        # a cell set mid-row starts above the row's first line: it is read on that line
        placed = [
            ln if (ln.y or 0.0) <= anchor else dataclasses.replace(ln, y=anchor)
            for _, cell in row
            for ln in cell
        ]
        ordered += sorted(placed, key=lambda ln: (-round((ln.y or 0.0) / slack), ln.x or 0.0))
    return j, ordered


def _cell_run(lines: list[Line], i: int) -> tuple[int, bool]:
    """(end, returned) of the run of table cells from line i: each line beside the one before
    on its baseline, under it in the same cell (a wrapped line), back up on the row's top
    baseline in a column to the right (the next cell of a row whose cell wrapped), or at the
    row's left edge below everything before (the next row). ``returned``: some cell went back
    up, so the run is not in reading order."""
    first = lines[i]
    if first.x is None or first.y is None:
        return i + 1, False
    left, top, lowest = first.x, first.y, first.y
    returned = False
    rows = 0  # rows begun after the first
    j = i + 1
    while j < len(lines):
        prev, ln = lines[j - 1], lines[j]
        if ln.x is None or ln.y is None or prev.x is None or prev.y is None or ln.rows:
            break
        if abs(ln.size - first.size) > 0.5:
            break  # a table's cells share one size; a tile's figure stands larger than its label
        size = max(ln.size, prev.size, 1.0)
        if abs(ln.y - prev.y) <= 0.5 * size and ln.x > prev.x:
            pass  # the next cell on the same baseline
        elif 0 < prev.y - ln.y <= 1.6 * size and abs(ln.x - prev.x) <= 4.0:
            pass  # a cell's wrapped line
        elif (
            abs(ln.y - top) <= 0.5 * size
            and ln.x > prev.x
            and ln.y > prev.y
            and prev.y >= top - 1.8 * size
        ):
            # back up to the row's top, one column right, from a cell wrapped onto one more
            # line (a list drawn whole, then the list beside it, climbs further: no cell)
            returned = True
        elif abs(ln.x - left) <= 4.0 and ln.y < lowest - 0.5 * size:
            top = ln.y  # the next row
            rows += 1
        else:
            break
        lowest = min(lowest, ln.y)
        j += 1
    # (a table has rows: two lists side by side, each of a line or two, are no table)
    return j, returned and rows > 0


def _grid_at(
    lines: list[Line], i: int
) -> tuple[int, list[list[str]] | None, list[Line] | None] | None:
    """A grid drawn as text from line i, if one starts there: a header row of three or more
    short labels (or figures), then lines whose pieces start under the labels' columns, up to a
    line that runs past its column or a wide gap. Returns (end, rows, column_lines):

    - a table when its rows line up: a line with a piece in the first column opens a row, one
      without continues the row above it (a cell wrapped onto the next line);
    - otherwise (rows = None) columns of cards whose items start where they fall ("Scope",
      "Success criteria", "Go / no-go"; tiles of a figure over its label): column_lines holds
      each column's lines, left column first, to be read a column at a time;
    - (end, None, None): lines up to ``end`` were looked at and make no grid; the caller does
      not look among them again, so a long hostile page stays linear (a grid whose header
      starts among them is then read as lines, row by row across the page)."""
    header = _row_at(lines, i)
    if len(header) < 2 or any(ln.x is None or ln.y is None for ln in header):
        return None
    # Two columns are read as cards only ("Now · April 2028 to March 2029" beside "Next ·
    # ..."), headed by longer labels; a table needs three or more short ones.
    # (one label of a wider table may run longer: "Gate at the end of the stage")
    most = 8 if len(header) == 2 else 4
    sizes = sorted(len(ln.text.split()) for ln in header)
    if len(header) >= 4 and sizes[-1] <= 8 and sizes[-2] <= most:
        most = 8
    if not all(
        1 <= len(ln.text.split()) <= most
        and not ln.text.endswith((".", ":"))
        and (ln.text[:1].isalnum() or ln.text in ("#", "№"))  # "#": a numbered rows column
        for ln in header
    ):
        return None
    starts = sorted(float(ln.x or 0.0) for ln in header)
    if any(b - a < 3 * header[0].size for a, b in itertools.pairwise(starts)):
        return None
    columns = len(starts)

    def column(ln: Line) -> int | None:
        assert ln.x is not None
        k = max((c for c, x in enumerate(starts) if x <= ln.x + 4.0), default=None)
        if k is None:
            return None
        right = starts[k + 1] if k + 1 < columns else None
        # a piece that runs well into the next column is no cell of this one
        if right is not None and ln.x + _ems(ln.text) * ln.size * 0.75 > right + 2 * ln.size:
            return None
        return k

    rows: list[list[str]] = [[ln.text for ln in sorted(header, key=lambda ln: ln.x or 0.0)]]
    placed: list[tuple[int, Line]] = [(column(ln) or 0, ln) for ln in header]
    carded = False  # a line the grid's rows cannot explain: cards, not a table
    lonely = 0  # rows that open with one cell: a table has at most one (a section label)
    j = i + len(header)
    last_y = header[0].y
    step: float | None = None
    row_gap: float | None = None  # the least gap between two rows' first lines
    header_size = max(ln.size for ln in header)
    body_size: float | None = None  # the rows' type size, from the first row under the header
    while j < len(lines):
        row = _row_at(lines, j)
        if any(ln.x is None or ln.y is None for ln in row):
            break
        assert last_y is not None and row[0].y is not None
        gap = last_y - row[0].y
        size = max(ln.size for ln in row)
        if gap > 3.5 * size and (gap > 5 * size if step is None else gap > 1.3 * step):
            break  # a gap wider than any row's (a slide's grid sets them wide): it has ended
        cells = [column(ln) for ln in row]
        if any(c is None for c in cells) or not _one_cell_each(row, cells):
            break
        if body_size is not None and len(rows) > 2 and size < body_size - 0.5:
            break  # a note in smaller type under the table ("NSS: the survey of July")
        if body_size is None and len(rows) >= 2:
            body_size = size
        wrapped = gap <= 1.45 * size  # a line step, not a row's: a cell wrapped onto it
        if wrapped and len(rows) == 1 and 0 not in cells:
            # the header's labels wrapped ("Baseline" over "2026/27")
            for ln, c in zip(row, cells, strict=True):
                assert c is not None
                rows[0][c] = f"{rows[0][c]} {ln.text}".strip()
            last_y = row[0].y
            j += len(row)
            continue
        lead = next((ln.text for ln, c in zip(row, cells, strict=True) if c == 0), None)
        if (
            wrapped
            and row_gap is not None
            and gap <= 0.8 * row_gap
            and lead is not None
            and (lead[:1] == "(" or lead[:1].islower())
        ):
            # the first cell's wrapped line ("within 10 working days"), nearer the line above
            # than the table's rows are to each other (cards set their items a line apart)
            pass
        elif lead is not None:
            carded = carded or lead[:1].islower()  # a wrapped line read as a row
            lonely += len(row) == 1
            if len(rows) > 1 or abs(size - header_size) <= 0.5:
                # rows apart: a header set larger (a tile's figure) tells nothing of them
                row_gap = gap if row_gap is None else min(row_gap, gap)
            rows.append([""] * columns)
        elif len(rows) == 1:
            break  # nothing under the first label: no grid
        for ln, c in zip(row, cells, strict=True):
            assert c is not None
            rows[-1][c] = f"{rows[-1][c]} {ln.text}".strip()
            placed.append((c, ln))
        step = step if step is not None else gap  # a slide's grid may set its rows wide apart
        last_y = row[0].y
        j += len(row)
    if len(rows) < 3 or sum(sum(bool(c) for c in r) >= 2 for r in rows[1:]) < 2:
        return j, None, None
    by_column = [ln for k in range(columns) for c, ln in placed if c == k]
    if (
        columns == 2
        and all(_TWO_COLUMN_HEAD.match(h) for h in rows[0])
        and all(r[0] and r[1] for r in rows[1:])
    ):
        # "Risk | Mitigation", "Measure | Target": a table's header over its rows, not two cards
        return j, rows, []
    if columns == 2:
        # Cards of prose (items of three words or more, a word or two wrapped under them);
        # a label beside its figure ("Visits a year | 900,000") stays a row across the page.
        pieces = [ln for _, ln in placed[len(header) :]]
        prose = sum(len(ln.text.split()) >= 3 for ln in pieces)
        return (j, None, by_column) if pieces and prose >= 0.6 * len(pieces) else (j, None, None)
    if carded or lonely > 1:
        return j, None, by_column
    return j, rows, []


# The headers of a two-column table: a thing and what is done about it or where it must get.
_TWO_COLUMN_HEAD = re.compile(
    r"^(?:(?:key\s+)?(?:risks?|issues?|threats?|challenges?|measures?|metrics?|kpis?|actions?|"
    r"tasks?|decisions?|milestones?|deliverables?)|mitigations?|(?:our\s+)?responses?|"
    r"owners?|leads?|targets?|by\s+when|when|who|due|deadline|controls?)$",
    re.I,
)


def _one_cell_each(row: list[Line], cells: list[int | None]) -> bool:
    """Every piece of a row in a column of its own, but for a cell wrapped onto two lines set
    above and below the row's baseline ("Lift Maintenance" over "Manager" beside "86%"): the
    pieces of one column then stand one over the other."""
    for c in set(cells):
        stacked = [ln for ln, k in zip(row, cells, strict=True) if k == c]
        ys = [ln.y for ln in stacked if ln.y is not None]
        if len(stacked) > 1 and (
            len(ys) < len(stacked)
            or any(a - b < 0.5 * min(ln.size for ln in stacked) for a, b in itertools.pairwise(ys))
        ):
            return False
    return True


def _same_row(a: Line, b: Line) -> bool:
    return a.y is not None and b.y is not None and abs(a.y - b.y) <= max(a.size, b.size, 1.0) * 0.5


def _row_at(lines: list[Line], i: int) -> list[Line]:
    """Line i and the lines after it on the same baseline."""
    row = [lines[i]]
    while i + len(row) < len(lines) and _same_row(lines[i], lines[i + len(row)]):
        row.append(lines[i + len(row)])
    return row


def _column_of(line: Line, starts: list[float]) -> float | None:
    if line.x is None:
        return None
    near = min(starts, key=lambda s: abs(s - line.x))  # type: ignore[operator]
    return near if abs(near - line.x) <= 4.0 else None


def _numbered_starts(band: list[Line], starts: list[float]) -> set[float]:
    """The columns, by their start, that hold numbered items ("06 Commission ...")."""
    return {
        c
        for ln in band
        if _NUMBERED_ITEM.match(ln.text) and (c := _column_of(ln, starts)) is not None
    }


def _home_column(line: Line, starts: list[float], numbered: set[float]) -> float | None:
    """The column a line starts at; else the numbered column whose item's text it continues,
    indented past the number ("06 Commission the heat pump design for" over "Carrbridge"). A
    column of labels beside their rows ("Jan 2028 – Dec 2028" beside "Horizon 1 ...") holds
    no numbered item, so a line set in past it belongs to no column."""
    start = _column_of(line, starts)
    if start is not None or line.x is None:
        return start
    left = [s for s in starts if s <= line.x + 4.0]
    return max(left) if left and max(left) in numbered else None


_NUMBERED_ITEM = re.compile(r"\(?\d{1,2}[.)]?\s+[A-Z]")


def _band(lines: list[Line], i: int) -> tuple[int, list[float]] | None:
    """(end, column starts) of a run of prose columns beginning at line i, if one does."""
    if i + 1 >= len(lines) or not _same_row(lines[i], lines[i + 1]):
        return None
    starts: list[float] = []
    numbered: set[float] = set()  # _numbered_starts(lines[i:j], starts), kept as j grows
    j = i
    while j < len(lines):
        row = _row_at(lines, j)
        if len(row) >= 2:
            if not all(_prose(ln.text) for ln in row) or any(ln.x is None for ln in row):
                break
            known = len(starts)
            for ln in row:
                if not starts or _column_of(ln, starts) is None:
                    starts.append(ln.x)  # type: ignore[arg-type]
            if len(starts) != known:  # a new column may take lines from another's
                numbered = _numbered_starts(lines[i:j], starts)
        elif not starts or _home_column(row[0], starts, numbered) is None:
            break  # a line that belongs to no column ends the band
        j += len(row)
        numbered |= _numbered_starts(row, starts)
    if len(starts) < 2 or j - i < 3:
        return None
    return j, sorted(starts)


# How far right of where the last piece would end the next must start to be another column's:
# wider than any word space or kerning a renderer leaves, narrower than a column gutter.
COLUMN_GAP_EMS = 1.5


def _ems(text: str) -> float:
    """A generous estimate of a run's width in ems (capitals and figures wide, spaces narrow):
    generous, so that a piece that follows on the same line is never taken for a column."""
    return sum(
        0.8 if c.isupper() or c.isdigit() else 0.3 if c in " .,;:'|!il" else 0.6 for c in text
    )


def _next_column(
    state: dict[str, float | None],
    current: list[str],
    x: float | None,
    y: float | None,
    size: float,
    edges: set[int],
    text: str = "",
) -> bool:
    """Whether a piece placed at (x, y) starts a new column: on the line's baseline, well right
    of where the last piece ends (a PDF drawn line by line across columns, as some slide
    exporters write it, would otherwise read as one line: "Install Open+ at all 14 Town
    libraries open 60 hours a week")."""
    last, base, width = state["last_x"], state["y"], state["last_ems"]
    if x is None or y is None or last is None or base is None or width is None or size <= 0:
        return False
    gap = x - (last + width * size)
    if _MARKER.fullmatch("".join(current).strip()) and gap <= 3 * size:
        return False  # "01" in its own box: the item beside it is its text
    if abs(y - base) > size * 0.5:
        # off the baseline with no new line marked: a cell in a smaller type set beside the
        # row ("96%", then "Lift Maintenance" raised above it) is a piece of its own; a value
        # in the label's own type beside it ("Household", "71% dual-income ...") reads on;
        # so is one drawn far left of the last piece (a master's logo at the top right, then
        # the slide's eyebrow at the left on a baseline a little lower)
        return (gap > COLUMN_GAP_EMS * size and abs(size - (state["size"] or size)) >= 2.0) or x < (
            state["x"] or last
        ) - 2 * size
    if x < last - 2 * size:
        return True  # drawn after a piece to its right on the baseline: a box of its own
    # far right of the text before it, or at a left edge other lines start at, clear of it
    # (the width is a generous guess: a long cell's text may seem to run past the next
    # column's edge, which a piece drawn on its own at that edge still starts)
    # (a PDF that draws each word on its own puts words of two rows at one x by chance,
    # "Yard cranes ..." over "Yard crane ...": a word in lower case there goes on with the
    # line; a table's cell opens with a capital or a figure)
    return gap > COLUMN_GAP_EMS * size or (
        round(x) in edges and x - last > 2 * size and not text[:1].islower()
    )


_MARKER = re.compile(r"\(?\d{1,2}[.)]?|[•▪●■◆–-]")


def _position(cm: list[float], tm: list[float]) -> tuple[float | None, float | None, float, int]:
    """(x, y, scale) of a piece on the page, and +1 when its baseline runs up the page (turned
    a quarter anticlockwise), -1 when it runs across, 0 when the matrices cannot say."""
    try:
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
    except (TypeError, IndexError):
        return None, None, 1.0, 0
    up = 1 if b > 0 and abs(b) > 4 * abs(a) else -1
    try:
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        e = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        f = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        return float(e), float(f), math.sqrt(abs(a * d - b * c)), up
    except (TypeError, ValueError, IndexError):
        return None, None, 1.0, up


def fix_letter_spacing(text: str) -> str:
    """Close up letter-spaced words: 'N O R T H  S T A R' -> 'NORTH STAR' (words split on 2+ spaces)."""
    if "  " not in text and not re.search(r"(?:\b\w ){3,}\w\b", text):
        return text
    segments = re.split(r"( {2,})", text)
    out = []
    for segment in segments:
        tokens = segment.split(" ")
        if (
            len(tokens) >= 3
            and all(0 < len(t) <= 2 for t in tokens)
            and sum(len(t) == 1 for t in tokens) >= 0.5 * len(tokens)
        ):
            out.append("".join(tokens))
        elif segment.startswith("  "):
            out.append(" ")
        else:
            out.append(segment)
    return "".join(out)


# -- headers and footers ----------------------------------------------------------------


def _key(text: str) -> str:
    return DIGITS.sub("#", " ".join(text.lower().split()))


def _edge_indexes(lines: list[Line], height: float | None) -> set[int]:
    """Lines in the top/bottom margin band; without positions, the first and last few lines."""
    edges: set[int] = set()
    for i, line in enumerate(lines):
        if height and line.y is not None:
            if line.y < height * EDGE_FRACTION or line.y > height * (1 - EDGE_FRACTION):
                edges.add(i)
        elif i < EDGE_LINES or i >= len(lines) - EDGE_LINES:
            edges.add(i)
    return edges


def remove_boilerplate(pages: list[list[Line]], heights: list[float | None]) -> list[str]:
    """Drop edge lines that repeat on most pages; returns the removed keys."""
    with_text = [i for i, lines in enumerate(pages) if lines]
    if len(with_text) < MIN_PAGES_FOR_BOILERPLATE:
        return []
    edges = {i: _edge_indexes(pages[i], heights[i]) for i in with_text}
    counts: Counter[str] = Counter()
    for i in with_text:
        counts.update({_key(pages[i][j].text) for j in edges[i]})
    threshold = max(MIN_PAGES_FOR_BOILERPLATE, math.ceil(0.5 * len(with_text)))
    repeated = {key for key, n in counts.items() if n >= threshold}
    if not repeated:
        return []
    for i in with_text:
        pages[i] = [
            line
            for j, line in enumerate(pages[i])
            if not (j in edges[i] and _key(line.text) in repeated)
        ]
    return sorted(repeated)


# A zero-padded section number before a title's words ("03 Pillar 4 · Knowledge ...").
_SECTION_NUMBER = re.compile(r"^(0[1-9])\s+(?=[A-Za-z])")
# A section tag with the slide counter ("01 MARKET INSIGHT 06 / 38"): the counter is the
# page's own number out of the deck's pages. At most this many words beside it.
COUNTER_LINE_WORDS = 8


def remove_page_counters(pages: list[list[Line]]) -> int:
    """Drop the short lines that carry their own page's counter ("06 / 38" on page 6 of 38):
    a running header whose section name changes every few pages, so it repeats on too few
    pages to be removed as boilerplate. Returns how many lines went."""
    count = len(pages)
    if count < MIN_PAGES_FOR_BOILERPLATE:
        return 0

    def counters(i: int, lines: list[Line]) -> set[int]:
        own = re.compile(rf"(?<![\d/.,])0*{i + 1}\s*/\s*0*{count}(?![\d/.,%])")
        out = set()
        for j, line in enumerate(lines):
            if (m := own.search(line.text)) is not None:
                # ("I N S I G H T": letters spaced out are one word)
                rest = re.sub(
                    r"\b(\w) (?=\w\b)", r"\1", line.text[: m.start()] + line.text[m.end() :]
                )
                if len(rest.split()) <= COUNTER_LINE_WORDS:
                    out.add(j)
        return out

    marked = [counters(i, lines) for i, lines in enumerate(pages)]
    # (a deck that numbers its slides does so on most of them: "2 / 3 of the sites" on page 2
    # of 3 is a fraction)
    if sum(bool(m) for m in marked) < 0.5 * count:
        return 0
    for i, lines in enumerate(pages):
        pages[i] = [line for j, line in enumerate(lines) if j not in marked[i]]
    return sum(len(m) for m in marked)


# -- paragraphs, bullets, title ---------------------------------------------------------


# A period in a title ("Roadmap 2028/29 to 2030/31", "Plan 2028-2031") reads as a word: a
# title dated by its years is still mostly words, where a KPI ("RMB 5.84B") is not.
_TITLE_PERIOD = re.compile(
    r"\b(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?\b|\b(?:FY|Q[1-4]|H[12])\s?\d{2,4}\b", re.I
)


def _title_lines(lines: list[Line], height: float | None) -> list[int]:
    """Indexes of the consecutive largest-font lines near the top, if clearly larger than the body."""
    body = _body_size(lines)
    if body is None:
        return []
    candidates = [
        i
        for i, line in enumerate(lines)
        if line.size >= body * TITLE_SIZE_RATIO
        and wordy(_TITLE_PERIOD.sub("year", line.text))
        and not BIG_NUMBER.match(line.text)
        and (height is None or line.y is None or line.y >= height * (1 - TITLE_ZONE))
    ]
    if not candidates:
        return []
    largest = max(lines[i].size for i in candidates)
    first = next(i for i in candidates if lines[i].size >= largest * 0.95)
    chosen = [first]
    for j in range(first + 1, len(lines)):
        same = abs(lines[j].size - lines[first].size) <= 0.05 * lines[first].size
        # (a big figure set as large as the title, "≥65%" under it, is a tile's, not the title's)
        if same and not BIG_NUMBER.match(lines[j].text):
            chosen.append(j)
        else:
            break
    if sum(len(lines[i].text) for i in chosen) > MAX_TITLE_CHARS:
        return []
    return chosen


def _body_size(lines: list[Line]) -> float | None:
    """The size most of the page's text is set in (by characters), or None when fewer than
    two lines have a size."""
    sized = [line for line in lines if line.size > 0]
    if len(sized) < 2:
        return None
    weights: Counter[float] = Counter()
    for line in sized:
        weights[round(line.size, 1)] += len(rows_text(line.rows) if line.rows else line.text)
    return weights.most_common(1)[0][0]


def _indent_levels(lines: list[Line]) -> dict[float, int]:
    xs = sorted({round(line.x, 1) for line in lines if line.x is not None})
    levels: dict[float, int] = {}
    level, anchor = -1, None
    for x in xs:
        if anchor is None or x - anchor > INDENT_TOLERANCE:
            level += 1
            anchor = x
        levels[x] = level
    return levels


# A bullet OCR read as a lone "e" off a scanned page, before a line of work ("e Replace the
# paper worksheets ..."); before anything else a lone "e" is a word ("e Milano", Italian "and").
_OCR_E = re.compile(r"^e\s+(?=[A-Z][a-z])")


def _bullet(text: str) -> re.Match[str] | None:
    m = BULLET.match(text)
    if m is None and (e := _OCR_E.match(text)) and opens_with_work(text[e.end() :]):
        return e
    return m


def join_lines(
    previous: str, line: str, *, wrapped: bool = False, follows: bool = False
) -> str | None:
    """``previous`` continued by ``line``, or None when ``line`` starts a new paragraph.

    ``wrapped``: the previous line ran long in the same font, so an unpunctuated end
    continues even before a capital ("...gaps in \"Vision" / "Inspection\" (-20 pts)").
    ``follows``: the line sits right under the previous one in the same type, so one that
    stopped on a word needing more ("... design for" / "Carrbridge") goes on.
    """
    if not previous or not line:
        return None
    first = line[0]
    if previous[-1] in "-–" and len(previous) >= 2 and previous[-2].isalnum():
        if previous[-1] == "-" and previous[-2].isalpha() and first.islower():
            return previous[:-1] + line  # infra-\nstructure -> infrastructure
        if first.isupper() or first.isdigit() or first.islower():
            return previous + line  # Asia-\nPacific, 2027-\n2029 keep the dash
        return None
    if _LIST_ITEM.match(line):
        return None  # "10 Ask the Forum ..." after a long "09 Consult ...": the next item
    if not SENTENCE_END.search(previous) and (
        first.islower()
        or wrapped
        or follows
        and _DANGLING.search(previous)
        or _HANGING.search(previous)
    ):
        return previous + " " + line
    return None


# "10 Ask ...", "• Fit ...", "Gate 1: ...", "Phase 2 — ...": an item or a label of its own
_LIST_ITEM = re.compile(rf"{_NUMBERED_ITEM.pattern}|[•▪●■◆]\s|[A-Z][a-z]+\s\d{{1,2}}\s?[:—–-]\s")
# A line stopped on a word no heading ends on ("... Prove (May to October 2028) and" /
# "Scale (November 2028 to July 2029).") goes on, whatever the next line looks like;
_HANGING_WORDS = r"and|or|the|an?|of|with|than"
_HANGING = re.compile(rf"\s(?:{_HANGING_WORDS})$", re.I)
# one stopped on a word a heading may end on too ("Commission the heat pump design for",
# "90% handovers completed within") goes on only to the line that follows it on the page.
_DANGLING = re.compile(rf"\s(?:{_HANGING_WORDS}|within|to|from|by|for|per|in|at|under|over)$", re.I)


def _line_steps(lines: list[Line]) -> dict[float, float]:
    """The closest step down from one line to the next seen twice or more at each font size:
    how far apart a wrapped paragraph's lines are set on this page."""
    seen: dict[float, Counter[float]] = {}
    for a, b in itertools.pairwise(lines):
        if a.y is None or b.y is None or a.x is None or b.x is None or abs(a.size - b.size) >= 0.5:
            continue
        step = round(a.y - b.y, 1)
        # (rows of cards set apart by more than two of their heights are no paragraph's lines)
        if 0 < step <= LOOSE_LEADING * max(a.size, 1.0) and abs(a.x - b.x) <= 4.0:
            seen.setdefault(round(a.size, 1), Counter())[step] += 1
    return {
        size: min(st for st, n in counts.items() if n >= 2)
        for size, counts in seen.items()
        if any(n >= 2 for n in counts.values())
    }


def _running(paragraph: str, line: str) -> bool:
    """The paragraph ran onto ``line`` from a line above, and reads as prose (a sentence ended
    inside it, or a clause after a comma): a wrapped one, not an item of a list or a bar's
    label run together with the next."""
    return (
        len(paragraph) > len(line) + 1
        and paragraph.endswith(line)
        and _PROSE_BREAK.search(paragraph) is not None
    )


_PROSE_BREAK = re.compile(r"[a-z)][.;] [A-Z]|, [a-z]")


def _spaced(previous: Line, line: Line, steps: dict[float, float]) -> bool:
    if previous.y is None or line.y is None:
        return False
    step = steps.get(round(previous.size, 1))
    if step is None:
        # no wrapped paragraph at this size to measure by: a line set where the last began,
        # more than two of its heights below, is the next card or row ("Wave 2 ..." under
        # "Wave 1 ..."); a cell set apart to the side may still finish its row
        return (
            previous.x is not None
            and line.x is not None
            and abs(previous.x - line.x) <= 2.0
            and abs(previous.size - line.size) < 0.5
            and previous.y - line.y > LOOSE_LEADING * max(line.size, 1.0)
        )
    return previous.y - line.y > 1.4 * step


LOOSE_LEADING = 2.5


def build_page(
    file: str,
    number: int,
    lines: list[Line],
    height: float | None,
    drawn: list[tuple[float, float, float, float]] | None = None,
) -> Unit:
    unit = UnitBuilder(file, number, "page")
    notes = [line for line in lines if line.notes]
    lines = [line for line in lines if not line.notes]
    upright = not any(line.turned for line in lines)
    if drawn and upright:
        unit.bars = _bars(drawn, height)
    title_idx = _title_lines(lines, height)
    if title_idx:
        title = ""
        for i in title_idx:
            title = join_lines(title, lines[i].text) or (
                f"{title} {lines[i].text}".strip() if title else lines[i].text
            )
        # "03 Pillar 4 · ...": a section's number set on the title's line, as the slide's
        # eyebrow is, numbers the section; the title is what follows it
        section_no = _SECTION_NUMBER.match(title)
        if section_no is not None:
            unit.add(BlockKind.body, section_no.group(1))
            title = title[section_no.end() :]
        unit.title = title
        unit.add(BlockKind.title, title)
    body = [line for i, line in enumerate(lines) if i not in set(title_idx)]
    # "1 Appoint ...", "2 Agree ...": a number drawn before each item, counting 1, 2, 3 ...
    counted = [(ln, int(m.group(1))) for ln in body if (m := _COUNTED.match(ln.text))]
    numbers = [n for _, n in counted]
    counting = len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))
    listed = {id(ln) for ln, _ in counted} if counting else set()
    # "8. What could go wrong" set large and bold under a memo's prose: a section's heading,
    # not the eighth item of a list
    common = _body_size(body)
    numbered_items = {
        id(ln)
        for ln in body
        if NUMBERED.match(ln.text) and not (ln.bold and common and ln.size >= common * 1.25)
    } | listed
    bullets = [line for line in body if _bullet(line.text) or id(line) in numbered_items]
    levels = _indent_levels(bullets)
    paragraphs: list[tuple[str, int, bool]] = []
    tables: dict[int, list[list[str]]] = {}  # paragraph index -> the table that stands there
    single: dict[int, Line] = {}  # paragraph index -> the one line it is, where it is one
    last: Line | None = None
    steps = _line_steps(body)
    # A fields box ("Job title:", "Grade:" down the left, their values beside them): a value
    # level with a label is a field of its own, never the wrap of the value above it.
    labelled_at: list[float] = []
    for k, line in enumerate(body):
        if line.y is None or not FIELD_LABEL.match(line.text[:1].upper() + line.text[1:]):
            continue
        labelled_at.append(line.y)
        above = body[k - 1] if k else None
        if (
            above is not None
            and above.y is not None
            and above.x is not None
            and line.x is not None
            and abs(above.x - line.x) <= 1.0
            and len(above.text) <= 40
            and not above.text.endswith((".", ":"))
        ):
            labelled_at.append(above.y)  # a label wrapped over two lines: its first line too
    # The longest line set at each left edge and size: a line wraps only when it fills its box.
    widest: dict[tuple[float, float], int] = {}
    for line in body:
        key = (round(line.x or 0.0), round(line.size, 1))
        widest[key] = max(widest.get(key, 0), len(line.text))
    for line in body:
        previous_line, last = last, line
        text = line.text
        if line.rows:
            tables[len(paragraphs)] = line.rows
            paragraphs.append((text, 0, False))
            last = None
            continue
        match = _bullet(text)
        numbered = id(line) in numbered_items
        if match or numbered:
            level = levels.get(round(line.x, 1), 0) if line.x is not None else 0
            paragraphs.append((text[match.end() :] if match else text, level, True))
            continue
        if previous_line is None and paragraphs and len(paragraphs) - 1 in tables:
            single[len(paragraphs)] = line
            paragraphs.append((text, 0, False))  # the line under a table starts a paragraph
            continue
        parallel = (
            previous_line is not None
            and LABELLED_LINE.match(previous_line.text) is not None
            and LABELLED_LINE.match(text) is not None
        )
        # a line in the same type drawn above the one before it and right of where it starts
        # (the next box's label, read after the last line of the box to its left) never goes
        # on from it
        drawn_above = (
            previous_line is not None
            and line.y is not None
            and previous_line.y is not None
            and line.x is not None
            and previous_line.x is not None
            and not line.turned
            and abs(line.size - previous_line.size) < 0.5
            and line.x > previous_line.x + 2.0 * max(line.size, 1.0)
            and 0.5 * max(line.size, 1.0)
            < line.y - previous_line.y
            < 2.0 * max(line.size, 1.0)  # (a column's top, far above, may go on from the last)
        )
        if paragraphs and not parallel and not drawn_above:
            wrapped = (
                previous_line is not None
                and (
                    len(previous_line.text) >= WRAPPED_LINE_CHARS
                    or len(previous_line.text) >= NARROW_LINE_CHARS
                    and _running(paragraphs[-1][0], previous_line.text)
                    and widest.get((round(previous_line.x or 0.0), round(previous_line.size, 1)), 0)
                    < NARROW_COLUMN_CHARS
                    and line.x is not None
                    and previous_line.x is not None
                    and abs(line.x - previous_line.x) <= 2.0  # on down the same column
                )
                and abs(previous_line.size - line.size) < 0.5
                # (a line set far left of the last, under the row's label, is the next row)
                and not (
                    line.x is not None
                    and previous_line.x is not None
                    and line.x < previous_line.x - 6.0 * max(line.size, 1.0)
                )
                and len(previous_line.text)
                >= WRAP_FILL
                * widest.get((round(previous_line.x or 0.0), round(previous_line.size, 1)), 0)
                and not (_ENDS_ON_FIGURE.search(previous_line.text) and text[:1].isupper())
                # a wider gap than the page's closest lines: the next item, not a wrap
                and not _spaced(previous_line, line, steps)
                # two pieces of work one under the other ("Text patients when ..." over "Give
                # every driver ..."): the next item of a list, however full the first line ran
                and not (opens_with_work(paragraphs[-1][0]) and opens_with_work(text))
                and not (
                    len(labelled_at) >= 3
                    and line.y is not None
                    and any(abs(line.y - y) <= max(line.size, 1.0) * 0.5 for y in labelled_at)
                    and not FIELD_LABEL.match(text)
                )
            )
            # right under a line stopped on "for" or "within", a figure ("30 minutes by ...")
            # or a line set in past the item's number ("06 Commission ... for" over
            # "Carrbridge") goes on; a table's next row, set where the last began, does not
            follows = (
                previous_line is not None
                and previous_line.bold == line.bold
                and not _spaced(previous_line, line, steps)
                and (
                    bool(re.match(r"[\d£$€]", text))
                    or line.x is not None
                    and previous_line.x is not None
                    and line.x > previous_line.x + 2.0
                )
            )
            joined = join_lines(paragraphs[-1][0], text, wrapped=wrapped, follows=follows)
            if joined is not None:
                paragraphs[-1] = (joined, paragraphs[-1][1], paragraphs[-1][2])
                single.pop(len(paragraphs) - 1, None)  # two lines now: no one place
                continue
        single[len(paragraphs)] = line
        paragraphs.append((text, 0, False))
    for k, (text, level, bullet) in enumerate(paragraphs):
        if k in tables:
            unit.add(BlockKind.table, rows_text(tables[k]), rows=tables[k])
            continue
        one = single.get(k) if upright else None
        place = _place(one.text, one.x, one.y, one.size, height) if one is not None else None
        parts = (
            [
                (t, box)
                for t, x, y, size in one.parts
                if (box := _place(t, x, y, size, height)) is not None
            ]
            if one is not None and one.parts
            else None
        )
        unit.add(
            BlockKind.body,
            text,
            level=level,
            bullet=bullet or None,
            place=place,
            parts=parts or None,
        )
    if (
        unit.title is None
        and paragraphs
        and 0 not in tables
        and not paragraphs[0][2]
        and len(paragraphs[0][0]) <= 80
    ):
        unit.title = paragraphs[0][0]
    if notes:
        unit.add(BlockKind.notes, _notes_text(notes))
    return unit.build()


def _notes_text(lines: list[Line]) -> str:
    """Speaker notes as their paragraphs: a line a line-step under the one before runs on
    (a word broken at a hyphen joined), a wider gap starts the next paragraph."""
    out: list[str] = []
    previous: Line | None = None
    for line in lines:
        near = (
            previous is not None
            and previous.y is not None
            and line.y is not None
            and 0 < previous.y - line.y <= 1.6 * max(line.size, previous.size, 1.0)
        )
        if near and out:
            out[-1] = join_lines(out[-1], line.text) or f"{out[-1]} {line.text}"
        else:
            out.append(line.text)
        previous = line
    return "\n".join(out)
