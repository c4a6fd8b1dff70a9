"""PPTX (and .ppsx/.potx) to a Deck: python-pptx opens the package; shapes are read from the XML.

Reading the slide XML directly (instead of python-pptx's shape proxies) keeps one odd
shape from failing a slide, reaches text python-pptx does not expose (SmartArt, shapes
inside ``mc:AlternateContent``) and is several times faster than walking the proxies.

Reading order is a recursive XY-cut over the text-bearing shapes' boxes (rows first, then
columns), falling back to top-then-left with a row tolerance where boxes overlap. Groups
stay together: a group is placed by its own box and its children are ordered inside it,
with child coordinates mapped from group space to slide space.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.package import Package

from agent.errors import CorruptFileError, NoTextError
from extractors._base import (
    BULLET,
    Source,
    UnitBuilder,
    add_warning,
    clean_inline,
    rows_text,
    short_reason,
    wordy,
)
from extractors._sheet import embedded_sheet
from schemas.deck import Block, BlockKind, Deck, Unit

_FIGURE = re.compile(r"[<>≥≤~+−-]?[$£€¥]?\d[\d.,:/]*\s?(?:%|[A-Za-z]{1,4}\.?)?")
MAX_BARS = 400  # text-less shapes kept per slide: a chart's bars, not a hostile file's thousands
# Line boxes joined into paragraphs or read as a drawn table, per slide: a web tool's slide has
# tens; a hostile file's thousands are left as drawn (the pairing is quadratic).
MAX_LINE_BOXES = 300

NS = {
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
P, A, R, C, DGM, MC = (f"{{{NS[k]}}}" for k in ("p", "a", "r", "c", "dgm", "mc"))

SHAPE_TAGS = {P + "sp", P + "grpSp", P + "graphicFrame", P + "pic", P + "cxnSp", P + "contentPart"}
TITLE_TYPES = {"title", "ctrTitle"}
FIELD_PLACEHOLDERS = {"sldNum", "dt", "ftr", "hdr"}
BODY_PLACEHOLDERS = {None, "body", "obj"}
URI_TABLE = "http://schemas.openxmlformats.org/drawingml/2006/table"
URI_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
URI_DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
URI_OLE = "http://schemas.openxmlformats.org/presentationml/2006/ole"
# an embedded workbook's part: Excel.Sheet.12 (and its macro-enabled twin) is a package
_WORKBOOK_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel.sheet.macroEnabled.12",
)
SHORT_TITLE_CHARS = 120
DEFAULT_SLIDE_HEIGHT = 6858000
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)

_xpath_ph = etree.XPath("./*[1]/p:nvPr/p:ph", namespaces=NS)
_xpath_cnvpr = etree.XPath("./*[1]/p:cNvPr", namespaces=NS)


Emit = Callable[[UnitBuilder], object]


def _xml(part: Part) -> etree._Element:
    """The parsed XML of a python-pptx XmlPart (every part this module reads is one)."""
    element = getattr(part, "_element", None)
    if element is None:
        raise ValueError(f"{part.partname} is not an XML part")
    return element


@dataclass(frozen=True)
class Transform:
    """Maps a group's child coordinates to slide coordinates: slide = child * scale + offset."""

    sx: float = 1.0
    sy: float = 1.0
    tx: float = 0.0
    ty: float = 0.0

    def point(self, x: float, y: float) -> tuple[float, float]:
        return x * self.sx + self.tx, y * self.sy + self.ty

    def size(self, cx: float, cy: float) -> tuple[float, float]:
        return cx * self.sx, cy * self.sy


@dataclass
class Item:
    """A text-bearing shape (or group) with its box in slide coordinates."""

    top: float | None
    left: float | None
    height: float = 0.0
    width: float = 0.0
    emit: Emit | None = None
    children: list[Item] = field(default_factory=list)
    title_candidate: bool = False


def open_presentation(data: bytes, source: Source) -> Part:
    """The presentation part; .ppsx/.potx are accepted (python-pptx's content-type check is skipped)."""
    try:
        part = Package.open(io.BytesIO(data)).main_document_part
    except Exception as exc:
        raise CorruptFileError(
            source.path, f"corrupt or truncated PPTX ({short_reason(exc)})"
        ) from None
    if getattr(part, "_element", None) is None or part._element.tag != P + "presentation":
        raise CorruptFileError(source.path, "PPTX main part is not a presentation")
    return part


def extract_pptx(data: bytes, source: Source) -> Deck:
    prs_part = open_presentation(data, source)
    prs = _xml(prs_part)
    warnings: list[str] = []
    size = prs.find(P + "sldSz")
    slide_height = _int(size.get("cy")) if size is not None else None
    reader = SlideReader(slide_height or DEFAULT_SLIDE_HEIGHT, warnings)
    id_list = prs.find(P + "sldIdLst")
    slide_ids = [] if id_list is None else list(id_list.iterchildren(P + "sldId"))
    if not slide_ids:
        raise NoTextError(source.path, "no slides")
    sections = _sections(prs)
    units: list[Unit] = []
    for number, sld_id in enumerate(slide_ids, start=1):
        unit = UnitBuilder(source.name, number, "slide")
        unit.section = sections.get(sld_id.get("id") or "")
        try:
            slide_part = prs_part.related_part(sld_id.get(R + "id"))
            reader.read(slide_part, unit)
        except Exception as exc:  # one broken slide must not lose the deck
            add_warning(warnings, f"slide {number}: skipped ({short_reason(exc)})")
        units.append(unit.build())
    if not any(u.blocks for u in units):
        raise NoTextError(source.path, "no extractable text: text may be in pictures, OCR it first")
    _titles_by_place(units, (slide_height or DEFAULT_SLIDE_HEIGHT) * 0.02)
    return source.deck("pptx", units, warnings)


_P14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"


def _sections(prs: etree._Element) -> dict[str, str]:
    """The section each slide sits in, by slide id, when the deck is divided into sections
    (PowerPoint 2010 on keeps them in the presentation's extension list)."""
    out: dict[str, str] = {}
    for section in prs.iter(_P14 + "section"):
        name = " ".join((section.get("name") or "").split())
        for sld_id in section.iter(_P14 + "sldId"):
            if name and sld_id.get("id"):
                out.setdefault(sld_id.get("id") or "", name)
    return out


def _could_title(text: str) -> bool:
    """Short and in words: "4 min", "$5M", "12 wks" are a KPI tile's figure, however large
    its font."""
    return len(text) <= SHORT_TITLE_CHARS and wordy(text) and not _FIGURE.fullmatch(text.strip())


def _titles_by_place(units: list[Unit], tolerance: float) -> None:
    """A deck without title placeholders names each slide by its largest short text near the
    top. Most such decks put every title in one place; on a slide whose largest text is a
    statement under the title (a north star in a big font), the text in that place is the
    title. The place counts when most slides' titles stand there, three at least."""

    def place(block: Block) -> tuple[int, int]:
        assert block.box is not None
        return block.box[0], block.box[1]

    def near(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance

    chosen: list[tuple[Unit, Block]] = []
    for unit in units:
        if not unit.title or any(b.kind is BlockKind.title for b in unit.blocks):
            continue
        block = next(
            (
                b
                for b in unit.blocks
                if b.kind is BlockKind.body
                and b.box is not None
                and b.text.strip().splitlines()[:1] == [unit.title.strip()]
            ),
            None,
        )
        if block is not None:
            chosen.append((unit, block))
    if len(chosen) < 3:
        return
    # Titles in one place share their coordinates: count each place once, not each slide
    # against every other (a deck of thousands of slides).
    spots = Counter(place(b) for _, b in chosen)

    def around(p: tuple[int, int]) -> int:
        return sum(n for q, n in spots.items() if near(p, q))

    home = max(spots, key=around)
    if around(home) * 2 <= len(chosen):
        return

    def titled(block: Block) -> str:
        """The block's first line, if it could name a slide (as ``_fallback_title`` asks)."""
        text = block.text.strip().splitlines()[0] if block.text.strip() else ""
        return text if _could_title(text) else ""

    for unit, block in chosen:
        if near(place(block), home) or unit.number == 1:
            continue  # a cover names the deck in its own layout
        there = next(
            (
                b
                for b in unit.blocks
                if b.kind is BlockKind.body
                and b.box is not None
                and near(place(b), home)
                and b.box[1] < place(block)[1]  # above the big text
                and titled(b)
            ),
            None,
        )
        if there is not None:
            unit.title = titled(there)


class SlideReader:
    def __init__(self, slide_height: int, warnings: list[str]) -> None:
        self.slide_height = slide_height
        self.row_tolerance = slide_height * 0.02
        self.warnings = warnings
        self._layout_cache: dict[int, dict[tuple[str, str], etree._Element]] = {}
        self.number = 0

    # -- slide ---------------------------------------------------------------------------

    def read(self, slide_part: Part, unit: UnitBuilder) -> None:
        self.number = unit.number
        self.part = slide_part
        sld = _xml(slide_part)
        unit.hidden = sld.get("show") in ("0", "false")
        tree = sld.find(f"{P}cSld/{P}spTree")
        self.title: str | None = None
        self.title_emitted = False
        self.bars: list[tuple[int, int, int, int]] = []
        self.marks: list[tuple[float, float, float, float]] = []  # drawn bullets: top, left, h, w
        self.rules: list[tuple[float, float, float]] = []  # drawn rules: y, left, right
        items = self._items(tree, Transform(), slide_part) if tree is not None else []
        items = self._drawn_text(items)
        unit.bars = self.bars
        title_blocks: list[Emit] = []
        ordered = list(self._ordered(items))
        # The title placeholder leads the unit whatever its position.
        for item in ordered:
            if item.emit is not None and getattr(item.emit, "is_title", False):
                title_blocks.append(item.emit)
        for emit in title_blocks:
            emit(unit)
        for item in ordered:
            if item.emit is not None and not getattr(item.emit, "is_title", False):
                item.emit(unit)
        unit.title = self.title
        if unit.title is None:
            unit.title = self._fallback_title(ordered, unit)
        self._notes(slide_part, unit)

    def _fallback_title(self, ordered: list[Item], unit: UnitBuilder) -> str | None:
        """No title placeholder: a short text in the top half names the slide (it stays a body
        block); the largest font wins, then the top-most. Numbers-only labels ("01") are skipped."""
        best: tuple[float, str] | None = None
        for item in ordered:
            text = getattr(item.emit, "first_text", None)
            if not item.title_candidate or not text or not _could_title(text):
                continue
            if item.top is not None and item.top > self.slide_height * 0.5:
                continue
            size = getattr(item.emit, "font_size", 0)
            if best is None or size > best[0]:
                best = (size, text)
        return best[1] if best else None

    # -- text drawn a line a box (a web presentation tool's export) ---------------------

    def _drawn_text(self, items: list[Item]) -> list[Item]:
        """Lines drawn as boxes of their own, read as what they draw: a paragraph's wrapped
        lines one under another as the paragraph, and a grid of lines between drawn rules as a
        table (else the reading order cuts it into columns and reads it column by column)."""
        for item in items:
            if item.children:
                item.children = self._drawn_text(item.children)
        return self._drawn_table(self._joined_lines(items))

    def _joined_lines(self, items: list[Item]) -> list[Item]:
        lines = _line_boxes(items)
        if lines is None:
            return items
        taken: set[int] = set()
        joined: dict[int, Item] = {}
        for first in lines:
            if id(first) in taken:
                continue
            chain = [first]
            while (after := self._wrap_of(chain[-1], lines, taken, chain[0])) is not None:
                chain.append(after)
                taken.add(id(after))
            if len(chain) > 1:
                taken.add(id(first))
                joined[id(first)] = _paragraph_item(chain)
        return [joined.get(id(i), i) for i in items if id(i) not in taken or id(i) in joined]

    def _wrap_of(
        self, above: Item, lines: list[Item], taken: set[int], head: Item | None = None
    ) -> Item | None:
        """The line box that continues ``above``'s line: right under it (no paragraph's space
        between), at its left edge, in its font, and with no drawn bullet of its own."""
        top, height = above.top or 0.0, above.height or 1.0
        level, _, _ = _line_of(above) or (0, "", None)
        for below in lines:
            if id(below) in taken or below is above or below.top is None:
                continue
            gap = below.top - (top + height)
            if not -0.3 * height <= gap <= 0.25 * height:
                continue
            line = _line_of(below)
            if (
                line is None
                or line[2]  # a bullet of its own: the next item
                or _LABELLED_LINE.match(line[1])  # "Goal: ...": a labelled item of its own
                # (under an item with a drawn bullet, a line with none carries it on however
                # it opens: "... to Holme Lane in H2" over "FY29, so the oldest ...")
                or not (
                    _runs_on(_line_of(above) or (0, "", None), line)
                    or head is not None
                    and self._marked(head)
                )
                or abs((below.left or 0.0) - (above.left or 0.0)) > self.slide_height * 0.012
                or getattr(below.emit, "font_size", 0) != getattr(above.emit, "font_size", 0)
                or not 0.7 * height <= below.height <= 1.4 * height
                or self._marked(below)
            ):
                continue
            return below
        return None

    def _marked(self, item: Item) -> bool:
        """A drawn bullet (a dot or a small square) at the line's height, just left of it."""
        top, left = item.top or 0.0, item.left or 0.0
        return any(
            top - m[2] <= m[0] <= top + item.height
            and left - self.slide_height * 0.08 <= m[1] < left
            for m in self.marks
        )

    def _drawn_table(self, items: list[Item]) -> list[Item]:
        """Three or more rows of three or more line boxes whose left edges line up in columns,
        with drawn rules between most rows: one table, read row by row."""
        tolerance = self.slide_height * 0.008
        cells = _line_boxes(items)
        if cells is None:
            return items
        rows: list[list[Item]] = []
        for cell in cells:
            if rows and abs((cell.top or 0.0) - (rows[-1][0].top or 0.0)) <= tolerance:
                rows[-1].append(cell)
            else:
                rows.append([cell])
        rows = [r for r in rows if len(r) >= 3]
        if len(rows) < 3:
            return items
        columns = sorted({c.left or 0.0 for c in rows[0]})

        def column(cell: Item) -> int | None:
            near = [
                k for k, x in enumerate(columns) if abs((cell.left or 0.0) - x) <= tolerance * 2
            ]
            return near[0] if near else None

        grid = [r for r in rows if all(column(c) is not None for c in r)]
        if len(grid) < 3 or len(grid) != len(rows):
            return items
        left = min(c.left or 0.0 for r in grid for c in r)
        right = max((c.left or 0.0) + c.width for r in grid for c in r)
        ruled = sum(
            any(
                (a[0].top or 0.0) < y < (b[0].top or 0.0)
                and x0 <= left + tolerance
                and x1 >= columns[-1]  # under every column
                for y, x0, x1 in self.rules
            )
            for a, b in zip(grid, grid[1:], strict=False)
        )
        if 2 * ruled < len(grid) - 1:
            return items
        table = [[""] * len(columns) for _ in grid]
        members: set[int] = set()
        for r, row in enumerate(grid):
            for cell in sorted(row, key=lambda c: c.left or 0.0):
                k = column(cell)
                line = _line_of(cell)
                if k is not None and line is not None:
                    table[r][k] = " ".join(x for x in (table[r][k], line[1]) if x)
                    members.add(id(cell))
        top = min(c.top or 0.0 for r in grid for c in r)
        bottom = max((c.top or 0.0) + c.height for r in grid for c in r)
        drawn = Item(
            top,
            left,
            bottom - top,
            right - left,
            emit=lambda unit: unit.add(BlockKind.table, rows_text(table), rows=table),
        )
        out = [i for i in items if id(i) not in members]
        return [*out, drawn]

    def _ordered(self, items: list[Item]) -> Iterator[Item]:
        for item in xy_cut(items, self.row_tolerance):
            if item.children:
                yield from self._ordered(item.children)
            else:
                yield item

    # -- shapes --------------------------------------------------------------------------

    def _items(self, tree: etree._Element, transform: Transform, part: Part) -> list[Item]:
        items: list[Item] = []
        for elm in _shape_elements(tree):
            try:
                item = self._item(elm, transform, part)
            except Exception as exc:  # an odd shape is skipped, the slide survives
                cnvpr = _cnvpr(elm)
                name = cnvpr.get("name", "?") if cnvpr is not None else "?"
                add_warning(
                    self.warnings,
                    f"slide {self.number}: skipped shape {name!r} ({short_reason(exc)})",
                )
                continue
            if item is not None:
                items.append(item)
        return items

    def _item(self, elm: etree._Element, transform: Transform, part: Part) -> Item | None:
        tag = elm.tag
        if tag == P + "grpSp":
            xfrm = elm.find(f"{P}grpSpPr/{A}xfrm")
            inner = _group_transform(xfrm, transform)
            children = self._items(elm, inner, part)
            if not children:
                return None
            box = _box(xfrm, transform)
            item = Item(*box, children=children) if box else _enclosing(children)
            return item
        cnvpr = _cnvpr(elm)
        if tag == P + "sp":
            return self._text_shape(elm, transform, cnvpr)
        if tag == P + "graphicFrame":
            return self._graphic_frame(elm, transform, part, cnvpr)
        if tag == P + "pic":
            return self._alt_text_item(elm, transform, cnvpr, elm.find(f"{P}spPr/{A}xfrm"))
        if tag == P + "cxnSp":
            self._bar(elm, transform, connector=True)  # a connector drawn as a table's rule
        return None  # connectors, ink: no text

    def _position(
        self, elm: etree._Element, xfrm: etree._Element | None, transform: Transform
    ) -> tuple[float | None, float | None, float, float]:
        box = _box(xfrm, transform)
        if box is None:
            ph = _placeholder(elm)
            if ph is not None:
                inherited = self._inherited_xfrm(ph)
                box = _box(inherited, transform)
        return box or (None, None, 0.0, 0.0)

    def _bar(self, elm: etree._Element, transform: Transform, *, connector: bool = False) -> None:
        """Keep a filled, wider-than-tall shape without text: a Gantt bar, dated by its place.
        A small square or dot is a drawn bullet, a long flat line a table's rule (a connector
        is only ever a rule: a roadmap's arrow is no bar)."""
        sppr = elm.find(f"{P}spPr")
        box = _box(sppr.find(f"{A}xfrm"), transform) if sppr is not None else None
        if box is None or len(self.bars) >= MAX_BARS:
            return
        top, left, height, width = box
        small = self.slide_height * 0.02
        if 0 < width <= small and 0 < height <= small and len(self.marks) < MAX_BARS:
            self.marks.append(box)
        flat = height <= self.slide_height * 0.004 and width >= self.slide_height * 0.3
        if flat and len(self.rules) < MAX_BARS:
            self.rules.append((top + height / 2, left, left + width))
        if connector or sppr is None or sppr.find(f"{A}noFill") is not None:
            return
        if 0 < height <= self.slide_height * 0.1 and width > height:
            self.bars.append((int(left), int(top), int(width), int(height)))

    def _text_shape(
        self, elm: etree._Element, transform: Transform, cnvpr: etree._Element | None
    ) -> Item | None:
        ph = _placeholder(elm)
        ph_type = ph.get("type") if ph is not None else None
        # Slide-number and date placeholders: their fields are chrome, typed text is kept.
        fields = ph_type not in FIELD_PLACEHOLDERS
        paragraphs = list(_paragraphs(elm.find(P + "txBody"), fields=fields))
        alt = _alt_text(cnvpr)
        if not paragraphs and not alt:
            self._bar(elm, transform)
            return None
        top, left, height, width = self._position(elm, elm.find(f"{P}spPr/{A}xfrm"), transform)
        is_title = ph_type in TITLE_TYPES and bool(paragraphs)
        in_body_placeholder = ph is not None and ph_type in BODY_PLACEHOLDERS
        # Where a one-line shape sits: on a drawn Gantt chart, its place dates the bar.
        frame = (
            (int(left), int(top), int(width or 0), int(height or 0))
            if left is not None and top is not None
            else None
        )
        box = frame if len(paragraphs) == 1 else None

        def emit(unit: UnitBuilder) -> None:
            if is_title:
                text = " ".join(t for _, t, _ in paragraphs)
                if not self.title_emitted:
                    self.title = text
                    self.title_emitted = True
                    unit.add(BlockKind.title, text)
                else:  # a second title placeholder reads as body
                    unit.add(BlockKind.body, text)
            else:
                for level, text, bullet in paragraphs:
                    unit.add(
                        BlockKind.body,
                        text,
                        level=level,
                        bullet=bullet if bullet is not None else in_body_placeholder,
                        box=box,
                        frame=frame,
                    )
            if alt:
                unit.add(BlockKind.image_alt, alt)

        emit.is_title = is_title  # type: ignore[attr-defined]
        emit.first_text = paragraphs[0][1] if paragraphs else None  # type: ignore[attr-defined]
        emit.font_size = _max_font_size(elm)  # type: ignore[attr-defined]
        # a free text box of one line: a web tool's export draws every line so
        emit.line = (  # type: ignore[attr-defined]
            paragraphs[0] if ph is None and len(paragraphs) == 1 and not alt else None
        )
        return Item(
            top,
            left,
            height,
            width,
            emit=emit,
            title_candidate=bool(paragraphs) and not is_title,
        )

    def _alt_text_item(
        self,
        elm: etree._Element,
        transform: Transform,
        cnvpr: etree._Element | None,
        xfrm: etree._Element | None,
    ) -> Item | None:
        alt = _alt_text(cnvpr)
        if not alt:
            return None
        top, left, height, width = self._position(elm, xfrm, transform)
        return Item(top, left, height, width, emit=lambda unit: unit.add(BlockKind.image_alt, alt))

    def _graphic_frame(
        self, elm: etree._Element, transform: Transform, part: Part, cnvpr: etree._Element | None
    ) -> Item | None:
        xfrm = elm.find(P + "xfrm")
        data = elm.find(f"{A}graphic/{A}graphicData")
        uri = data.get("uri") if data is not None else None
        emitters: list[Emit] = []
        if uri == URI_TABLE:
            table = data.find(A + "tbl")
            rows = _table_rows(table) if table is not None else []
            if any(any(c for c in row) for row in rows):
                emitters.append(lambda unit: unit.add(BlockKind.table, rows_text(rows), rows=rows))
        elif uri == URI_CHART:
            chart = data.find(C + "chart")
            rid = chart.get(R + "id") if chart is not None else None
            if rid:
                text, rows = read_chart(part.related_part(rid))
                if text or rows:
                    emitters.append(lambda unit: unit.add(BlockKind.chart, text, rows=rows or None))
        elif uri == URI_DIAGRAM:
            rel_ids = data.find(DGM + "relIds")
            rid = rel_ids.get(R + "dm") if rel_ids is not None else None
            if rid:
                nodes = read_smartart(part.related_part(rid).blob)
                if nodes:

                    def emit_nodes(unit: UnitBuilder) -> None:
                        for level, text in nodes:
                            unit.add(BlockKind.body, text, level=level, bullet=True)

                    emitters.append(emit_nodes)
        elif uri == URI_OLE:
            emitters.extend(self._embedded(data, part))
        alt = _alt_text(cnvpr)
        if alt:
            emitters.append(lambda unit: unit.add(BlockKind.image_alt, alt))
        if not emitters:
            return None
        top, left, height, width = self._position(elm, xfrm, transform)

        def emit(unit: UnitBuilder) -> None:
            for e in emitters:
                e(unit)

        return Item(top, left, height, width, emit=emit)

    def _embedded(self, data: etree._Element, part: Part) -> list[Emit]:
        """A worksheet pasted as an object: its shown rows as the slide's table (a title row
        over it, one cell across a wider table, as a line of text). PowerPoint may wrap the
        object in ``mc:AlternateContent``; the first ``p:oleObj`` with a package is read."""
        embedded = next(
            (
                found
                for ole in data.iter(P + "oleObj")
                if (found := _related(part, ole.get(R + "id") or "")) is not None
            ),
            None,
        )
        if embedded is None or embedded.content_type not in _WORKBOOK_TYPES:
            return []  # an embedded document or a legacy binary object: only its picture
        try:
            rows = embedded_sheet(embedded.blob, str(embedded.partname))
        except Exception as exc:  # a damaged workbook never fails the slide
            add_warning(
                self.warnings,
                f"slide {self.number}: an embedded worksheet was not read ({short_reason(exc)})",
            )
            return []
        width = max((sum(1 for c in r if c) for r in rows), default=0)
        titles: list[str] = []
        while rows and width > 1 and sum(1 for c in rows[0] if c) == 1:
            titles.append(next(c for c in rows.pop(0) if c))

        def emit(unit: UnitBuilder) -> None:
            for title in titles:
                unit.add(BlockKind.body, title)
            if rows:
                unit.add(BlockKind.table, rows_text(rows), rows=rows)

        return [emit]

    # -- placeholders inherit their position from the layout, then the master ----------

    def _inherited_xfrm(self, ph: etree._Element) -> etree._Element | None:
        ph_type = ph.get("type") or "body"
        ph_type = "title" if ph_type == "ctrTitle" else ph_type
        idx = ph.get("idx") or "0"
        part: Part | None = self.part
        for reltype in (RT.SLIDE_LAYOUT, RT.SLIDE_MASTER):
            try:
                part = part.part_related_by(reltype) if part is not None else None
            except KeyError:
                return None
            if part is None:
                return None
            index = self._placeholder_index(part)
            found = index.get(("idx", idx)) if idx != "0" else None
            found = found if found is not None else index.get(("type", ph_type))
            if found is not None:
                xfrm = found.find(f"{P}spPr/{A}xfrm")
                if xfrm is not None:
                    return xfrm
        return None

    def _placeholder_index(self, part: Part) -> dict[tuple[str, str], etree._Element]:
        key = id(part)
        if key not in self._layout_cache:
            index: dict[tuple[str, str], etree._Element] = {}
            tree = _xml(part).find(f"{P}cSld/{P}spTree")
            for sp in tree.iter(P + "sp") if tree is not None else ():
                ph = _placeholder(sp)
                if ph is None:
                    continue
                ph_type = ph.get("type") or "body"
                ph_type = "title" if ph_type == "ctrTitle" else ph_type
                index.setdefault(("idx", ph.get("idx") or "0"), sp)
                index.setdefault(("type", ph_type), sp)
            self._layout_cache[key] = index
        return self._layout_cache[key]

    # -- notes ---------------------------------------------------------------------------

    def _notes(self, slide_part: Part, unit: UnitBuilder) -> None:
        notes_part = None
        for rel in slide_part.rels.values():
            if rel.reltype == RT.NOTES_SLIDE and not rel.is_external:
                notes_part = rel.target_part
                break
        element = getattr(notes_part, "_element", None)
        if element is None:
            return
        tree = element.find(f"{P}cSld/{P}spTree")
        if tree is None:
            return
        for sp in tree.iter(P + "sp"):
            ph = _placeholder(sp)
            if ph is None or ph.get("type") != "body":
                continue
            for level, text, _ in _paragraphs(sp.find(P + "txBody")):
                unit.add(BlockKind.notes, text, level=level)


# -- XML helpers ---------------------------------------------------------------------------


_LABELLED_LINE = re.compile(r"^[A-Z][\w'’ -]{0,24}:\s")


# A line cut where a phrase cannot end ("... one ID across", "... to the", "... shifts at")
_OPEN_END = re.compile(
    r"(?:[,;–—-]|\b(?:the|a|an|and|or|but|of|to|in|on|at|by|for|from|with|across|into|onto|"
    r"over|under|per|than|as|so|that|which|who|our|their|its|every|each|all|both|no|not|nor))$",
    re.I,
)


def _runs_on(above: tuple[int, str, bool | None], below: tuple[int, str, bool | None]) -> bool:
    """``below`` carries on ``above``'s sentence: it opens in lower case or with a figure, or
    ``above`` stops where a phrase cannot. A column of capitalised items stacked close ("Crews
    see tagging as extra work" over "Residents complain about tags") is a list, not a wrap."""
    first = below[1].lstrip("“\"'‘(")[:1]
    return first.islower() or first.isdigit() or bool(_OPEN_END.search(above[1].rstrip()))


def _line_boxes(items: list[Item]) -> list[Item] | None:
    """The one-line free text boxes among ``items``, top down; None past MAX_LINE_BOXES (a
    slide of thousands of boxes is no slide of lines: left as drawn)."""
    lines = sorted(
        (i for i in items if _line_of(i) is not None and i.top is not None),
        key=lambda i: (i.top, i.left),
    )
    return lines if len(lines) <= MAX_LINE_BOXES else None


def _line_of(item: Item) -> tuple[int, str, bool | None] | None:
    """(level, text, bullet) of a free text box of one line, else None."""
    return getattr(item.emit, "line", None) if item.emit is not None else None


def _paragraph_item(chain: list[Item]) -> Item:
    """Line boxes one under another as one paragraph's box, emitting it once."""
    level, _, bullet = _line_of(chain[0]) or (0, "", None)
    text = " ".join((_line_of(i) or (0, "", None))[1] for i in chain)
    top = chain[0].top or 0.0
    left = min(i.left or 0.0 for i in chain)
    bottom = max((i.top or 0.0) + i.height for i in chain)
    right = max((i.left or 0.0) + i.width for i in chain)
    frame = (int(left), int(top), int(right - left), int(bottom - top))

    def emit(unit: UnitBuilder) -> None:
        unit.add(BlockKind.body, text, level=level, bullet=bullet, frame=frame)

    first = chain[0].emit
    emit.is_title = False  # type: ignore[attr-defined]
    emit.first_text = text  # type: ignore[attr-defined]
    emit.font_size = getattr(first, "font_size", 0)  # type: ignore[attr-defined]
    emit.line = (level, text, bullet)  # type: ignore[attr-defined]
    return Item(
        top, left, bottom - top, right - left, emit=emit, title_candidate=chain[0].title_candidate
    )


def _related(part: Part, rid: str) -> Part | None:
    try:
        return part.related_part(rid) if rid else None
    except (KeyError, ValueError):  # a relationship the package does not hold, or a link out
        return None


def _shape_elements(tree: etree._Element) -> Iterator[etree._Element]:
    """Shape children in z-order, unwrapping mc:AlternateContent (Choice first, else Fallback)."""
    for child in tree:
        tag = child.tag
        if tag in SHAPE_TAGS:
            yield child
        elif tag == MC + "AlternateContent":
            for branch in child:
                shapes = [c for c in branch if c.tag in SHAPE_TAGS]
                if shapes:
                    yield from shapes
                    break


def _cnvpr(elm: etree._Element) -> etree._Element | None:
    found = _xpath_cnvpr(elm)
    return found[0] if found else None


def _placeholder(elm: etree._Element) -> etree._Element | None:
    found = _xpath_ph(elm)
    return found[0] if found else None


def _alt_text(cnvpr: etree._Element | None) -> str:
    if cnvpr is None:
        return ""
    return clean_inline(cnvpr.get("descr") or "")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _xy(elm: etree._Element | None, a: str, b: str) -> tuple[int, int] | None:
    if elm is None:
        return None
    x, y = _int(elm.get(a)), _int(elm.get(b))
    return (x, y) if x is not None and y is not None else None


def _box(
    xfrm: etree._Element | None, transform: Transform
) -> tuple[float, float, float, float] | None:
    """(top, left, height, width) in slide coordinates, or None without an offset."""
    if xfrm is None:
        return None
    off = _xy(xfrm.find(A + "off"), "x", "y")
    if off is None:
        return None
    ext = _xy(xfrm.find(A + "ext"), "cx", "cy") or (0, 0)
    left, top = transform.point(*off)
    width, height = transform.size(*ext)
    return top, left, abs(height), abs(width)


def _group_transform(xfrm: etree._Element | None, outer: Transform) -> Transform:
    if xfrm is None:
        return outer
    off = _xy(xfrm.find(A + "off"), "x", "y") or (0, 0)
    ext = _xy(xfrm.find(A + "ext"), "cx", "cy")
    ch_off = _xy(xfrm.find(A + "chOff"), "x", "y") or (0, 0)
    ch_ext = _xy(xfrm.find(A + "chExt"), "cx", "cy")
    sx = ext[0] / ch_ext[0] if ext and ch_ext and ch_ext[0] else 1.0
    sy = ext[1] / ch_ext[1] if ext and ch_ext and ch_ext[1] else 1.0
    # child -> group's parent space: off + (c - chOff) * s ; then the outer transform.
    inner_tx = off[0] - ch_off[0] * sx
    inner_ty = off[1] - ch_off[1] * sy
    return Transform(
        sx=outer.sx * sx,
        sy=outer.sy * sy,
        tx=outer.sx * inner_tx + outer.tx,
        ty=outer.sy * inner_ty + outer.ty,
    )


def _enclosing(children: list[Item]) -> Item:
    placed = [c for c in children if c.top is not None and c.left is not None]
    if not placed:
        return Item(None, None, children=children)
    top = min(c.top or 0.0 for c in placed)
    left = min(c.left or 0.0 for c in placed)
    bottom = max((c.top or 0.0) + c.height for c in placed)
    right = max((c.left or 0.0) + c.width for c in placed)
    return Item(top, left, bottom - top, right - left, children=children)


def _max_font_size(elm: etree._Element) -> int:
    sizes = [_int(r.get("sz")) or 0 for r in elm.iter(A + "rPr")]
    return max(sizes, default=0)


def _paragraph_text(p: etree._Element, *, fields: bool = True) -> str:
    parts: list[str] = []
    for child in p:
        tag = child.tag
        if tag == A + "r" or (fields and tag == A + "fld"):
            t = child.find(A + "t")
            if t is not None and t.text:
                # set in capitals ("our ambition · fy31" in a run with cap="all"): read as shown
                props = child.find(A + "rPr")
                shown = props is not None and props.get("cap") in ("all", "small")
                parts.append(t.text.upper() if shown else t.text)
        elif tag == A + "br":
            parts.append(" ")
    return clean_inline("".join(parts))


def _paragraphs(
    tx_body: etree._Element | None, *, fields: bool = True
) -> Iterator[tuple[int, str, bool | None]]:
    """(level, text, bullet) for each non-empty paragraph; bullet None when inherited.
    ``fields=False`` drops field text (slide numbers, dates)."""
    if tx_body is None:
        return
    for p in tx_body.iterchildren(A + "p"):
        text = _paragraph_text(p, fields=fields)
        if not text:
            continue
        ppr = p.find(A + "pPr")
        level = 0
        bullet: bool | None = None
        if ppr is not None:
            level = _int(ppr.get("lvl")) or 0
            if ppr.find(A + "buNone") is not None:
                bullet = False
            elif ppr.find(A + "buChar") is not None or ppr.find(A + "buAutoNum") is not None:
                bullet = True
        typed = BULLET.match(text)
        if typed:  # "• Phase A ..." in a plain text box: a list item all the same
            text, bullet = text[typed.end() :], True
        yield min(max(level, 0), 8), text, bullet


def _cell_text(tc: etree._Element) -> str:
    tx_body = tc.find(A + "txBody")
    return " ".join(text for _, text, _ in _paragraphs(tx_body))


def _table_rows(tbl: etree._Element) -> list[list[str]]:
    rows: list[list[str]] = []
    for tr in tbl.iterchildren(A + "tr"):
        row = []
        for tc in tr.iterchildren(A + "tc"):
            merged = tc.get("hMerge") in ("1", "true") or tc.get("vMerge") in ("1", "true")
            row.append("" if merged else _cell_text(tc))
        rows.append(row)
    return rows


def _chart_strings(elm: etree._Element | None) -> list[str]:
    """Point values of a c:strRef/c:numRef/c:multiLvlStrRef cache (or literal), in index order."""
    if elm is None:
        return []
    points: dict[int, str] = {}
    for pt in elm.iter(C + "pt"):
        v = pt.find(C + "v")
        idx = _int(pt.get("idx"))
        if idx is not None and v is not None and v.text is not None and idx not in points:
            points[idx] = clean_inline(v.text)
    if not points:
        v = elm.find(C + "v")
        return [clean_inline(v.text)] if v is not None and v.text else []
    size = max(points) + 1
    return [points.get(i, "") for i in range(min(size, 10_000))]


def _rich_text(elm: etree._Element | None) -> str:
    if elm is None:
        return ""
    texts = [_paragraph_text(p) for p in elm.iter(A + "p")]
    text = " ".join(t for t in texts if t)
    if text:
        return text
    return " ".join(_chart_strings(elm.find(f"{C}tx/{C}strRef")))


def read_chart(chart_part: Part) -> tuple[str, list[list[str]]]:
    """A chart's title, axis titles and series as text, plus its data as rows
    (header: category label then series names; one row per category)."""
    space = _xml(chart_part)
    chart = space.find(C + "chart")
    if chart is None:
        return "", []
    title = _rich_text(chart.find(C + "title"))
    axis_titles = [
        t
        for axis in chart.iter(C + "catAx", C + "valAx", C + "dateAx", C + "serAx")
        if (t := _rich_text(axis.find(C + "title")))
    ]
    series_names: list[str] = []
    columns: list[list[str]] = []
    categories: list[str] = []
    for ser in chart.iter(C + "ser"):
        tx = ser.find(C + "tx")
        name = " ".join(_chart_strings(tx)) if tx is not None else ""
        series_names.append(name or f"Series {len(series_names) + 1}")
        cat = ser.find(C + "cat")
        if cat is None:
            cat = ser.find(C + "xVal")
        if not categories:
            categories = _chart_strings(cat)
        val = ser.find(C + "val")
        if val is None:
            val = ser.find(C + "yVal")
        columns.append(_chart_strings(val))
    rows: list[list[str]] = []
    if series_names:
        rows.append(["", *series_names])
        count = max([len(categories), *(len(c) for c in columns)])
        for i in range(count):
            label = categories[i] if i < len(categories) else str(i + 1)
            rows.append([label, *(col[i] if i < len(col) else "" for col in columns)])
    lines = [t for t in (title, *axis_titles) if t]
    if rows:
        lines.append(rows_text(rows))
    return "\n".join(lines), rows


def read_smartart(blob: bytes) -> list[tuple[int, str]]:
    """SmartArt node texts as (level, text) in the diagram's own hierarchy order."""
    root = etree.fromstring(blob, XML_PARSER)
    texts: dict[str, str] = {}
    order: list[str] = []
    doc_id = None
    for pt in root.iter(DGM + "pt"):
        model_id = pt.get("modelId")
        kind = pt.get("type") or "node"
        if kind == "doc":
            doc_id = model_id
        if kind not in ("node", "asst") or model_id is None:
            continue
        t = pt.find(DGM + "t")
        text = (
            " ".join(x for x in (_paragraph_text(p) for p in t.iter(A + "p")) if x)
            if t is not None
            else ""
        )
        order.append(model_id)
        texts[model_id] = text
    children: dict[str, list[tuple[int, str]]] = {}
    for cxn in root.iter(DGM + "cxn"):
        if (cxn.get("type") or "parOf") != "parOf":
            continue
        src, dest = cxn.get("srcId"), cxn.get("destId")
        if src and dest:
            children.setdefault(src, []).append((_int(cxn.get("srcOrd")) or 0, dest))
    result: list[tuple[int, str]] = []
    seen: set[str] = set()

    def walk(node: str, depth: int) -> None:
        for _, child in sorted(children.get(node, [])):
            if child in seen or child not in texts:
                continue
            seen.add(child)
            if texts[child]:
                result.append((depth, texts[child]))
            walk(child, depth + 1)

    if doc_id is not None:
        walk(doc_id, 0)
    for model_id in order:  # nodes the hierarchy did not reach keep document order
        if model_id not in seen and texts[model_id]:
            result.append((0, texts[model_id]))
    return result


# -- reading order -------------------------------------------------------------------------


def xy_cut(items: list[Item], tolerance: float) -> list[Item]:
    """Order boxes by recursive XY-cut: bands top to bottom, then columns left to right."""
    placed = [i for i in items if i.top is not None and i.left is not None]
    unplaced = [i for i in items if i.top is None or i.left is None]
    return unplaced + _cut(placed, tolerance, depth=0)


def _cut(items: list[Item], tolerance: float, depth: int) -> list[Item]:
    if len(items) <= 1 or depth > 400:
        return items
    bands, band_gap = _split(items, lambda i: i.top or 0.0, lambda i: i.height)
    columns, column_gap = _split(items, lambda i: i.left or 0.0, lambda i: i.width)
    # The wider empty gutter is the stronger boundary: columns with their own headings are
    # read column by column, a full-width title above columns is read first.
    if len(columns) > 1 and (len(bands) == 1 or column_gap > band_gap):
        return [x for col in columns for x in _cut(col, tolerance, depth + 1)]
    if len(bands) > 1:
        return [x for band in bands for x in _cut(band, tolerance, depth + 1)]
    return _row_sort(items, tolerance)


def _split(
    items: list[Item], start: Callable[[Item], float], extent: Callable[[Item], float]
) -> tuple[list[list[Item]], float]:
    """Cut in two at the widest gap no box spans along one axis (the first, on ties);
    returns the parts and that gap. One part means no cut exists."""
    ordered = sorted(items, key=start)
    reach = start(ordered[0]) + extent(ordered[0])
    cut, widest = 0, -1.0
    for index, item in enumerate(ordered[1:], start=1):
        if start(item) >= reach and start(item) - reach > widest:
            cut, widest = index, start(item) - reach
        reach = max(reach, start(item) + extent(item))
    if cut == 0:
        return [ordered], 0.0
    return [ordered[:cut], ordered[cut:]], widest


def _row_sort(items: list[Item], tolerance: float) -> list[Item]:
    """Overlapping boxes: top then left, boxes whose tops differ by less than a row are one row."""
    ordered = sorted(items, key=lambda i: (i.top, i.left))
    rows: list[list[Item]] = []
    for item in ordered:
        if rows and item.top - rows[-1][0].top <= tolerance:  # type: ignore[operator]
            rows[-1].append(item)
        else:
            rows.append([item])
    return [item for row in rows for item in sorted(row, key=lambda i: (i.left, i.top))]
