"""Tables drawn with text boxes: a KPI scorecard or bar layout built from shapes.

Designers draw a scorecard as separate text boxes: the measures down the left, the column
headings ("2026/27", "Dec 2030") over them, and each figure in its own box, in a column under
its heading or at the end of its bar. Read in box order, the figures come after all the labels
and no row survives. Placed by their boxes, the rows come back: a figure belongs to the measure
whose box spans its middle; figures in columns follow the headings left to right, and bars
stacked in a row follow them top to bottom, as a chart's legend does.
"""

from __future__ import annotations

import re

from agent.knowledge.kpis import tile_figure
from agent.knowledge.text import words
from schemas.deck import Block, BlockKind, Unit

Box = tuple[int, int, int, int]


def _middle(box: Box) -> float:
    return box[1] + box[3] / 2


def _figure(text: str) -> bool:
    # ("01", "02" in circles beside the items of a list count the items: no figures)
    return tile_figure(text.strip()) and not re.fullmatch(r"0\d", text.strip())


def _label(text: str) -> bool:
    return 2 <= len(words(text)) <= 14 and not _figure(text) and any(c.isalpha() for c in text)


def drawn_table(unit: Unit) -> tuple[list[list[str]], set[int]] | None:
    """The rows (a header first) of a table drawn with text boxes on the unit, with the ids of
    the blocks it used; None when the slide has no such table."""
    boxed = [
        b
        for b in unit.blocks
        if b.kind is BlockKind.body and b.box is not None and "\n" not in b.text.strip()
    ]
    figures = [b for b in boxed if _figure(b.text)]
    if len(figures) < 4:
        return None
    # The measures: three or more label boxes drawn alike (one left edge, one size).
    lefts: dict[tuple[int, int, int], list[Block]] = {}
    for b in boxed:
        if _label(b.text):
            x, _y, w, h = b.box  # type: ignore[misc]
            lefts.setdefault((round(x / 91440), round(w / 91440), round(h / 91440)), []).append(b)
    column = max(lefts.values(), key=len, default=[])
    if len(column) < 3:
        return None
    column.sort(key=lambda b: b.box[1])  # type: ignore[index]
    top = column[0].box[1]  # type: ignore[index]
    right = max(b.box[0] + b.box[2] for b in column)  # type: ignore[index]
    rows: list[tuple[Block, list[Block]]] = []
    used: set[int] = set()
    for label in column:
        x, y, _w, h = label.box  # type: ignore[misc]
        mine = [
            f
            for f in figures
            if y <= _middle(f.box) <= y + h and f.box[0] >= right - 91440  # type: ignore[arg-type,index]
        ]
        rows.append((label, mine))
    filled = [r for r in rows if r[1]]
    if len(filled) < max(3, -(-2 * len(rows) // 3)):
        return None
    width = max(len(m) for _, m in filled)
    # The headings: short boxes above the first measure, right of the labels.
    heads = sorted(
        (
            b
            for b in boxed
            if b.box[1] + b.box[3] <= top + 45720  # type: ignore[index]
            and b.box[0] >= right - 91440  # type: ignore[index]
            and len(words(b.text)) <= 4
        ),
        key=lambda b: b.box[0],  # type: ignore[index]
    )[-width:]
    if len(heads) != width:
        return None
    table = [["Measure", *(h.text.strip() for h in heads)]]
    for label, mine in rows:
        ys = [f.box[1] for f in mine]  # type: ignore[index]
        level = max(ys) - min(ys) <= min(f.box[3] for f in mine) / 2  # type: ignore[index]
        # side by side on one line: columns, left to right; stacked (bars): top to bottom
        order = (
            sorted(mine, key=lambda f: f.box[0])  # type: ignore[index]
            if level and _columns(mine, heads)
            else sorted(mine, key=lambda f: f.box[1])  # type: ignore[index]
        )
        cells = [f.text.strip() for f in order] + [""] * (width - len(order))
        table.append([label.text.strip(), *cells[:width]])
        used |= {id(label), *(id(f) for f in mine)}
    used |= {id(h) for h in heads}
    return table, used


def _columns(figures: list[Block], heads: list[Block]) -> bool:
    """Each figure sits under its own heading (a table), not at the end of a bar."""
    for f, h in zip(sorted(figures, key=lambda b: b.box[0]), heads, strict=False):  # type: ignore[index]
        fx = f.box[0] + f.box[2] / 2  # type: ignore[index]
        if not h.box[0] - 91440 <= fx <= h.box[0] + h.box[2] + 91440:  # type: ignore[index]
            return False
    return True


def tile_lines(unit: Unit) -> list[str] | None:
    """The lines of "from -> to" tiles drawn as separate boxes, a tile at a time: each label
    over the figures under it (where the measure stands, where it will be) and its date, left
    to right. Tiles set in a grid read row by row, line by line, interleave their parts; a
    figure belongs to the nearest label above it whose box reaches over it. None unless two
    tiles or more each hold two figures."""
    from agent.knowledge.kpis import TILE_VALUE, tile_when

    boxed = [
        (b.text.strip(), b.box)
        for b in unit.blocks
        if b.kind is BlockKind.body and b.box is not None and "\n" not in b.text.strip()
    ]
    labels = [(t, x) for t, x in boxed if _label(t) and not tile_when(t)]
    counter = re.compile(rf"0*{unit.number}\s*(?:/|of)\s*\d+", re.I)  # "10 / 17": the slide's
    parts = [
        (t, x)
        for t, x in boxed
        if (TILE_VALUE.match(t) or tile_when(t)) and not counter.fullmatch(t)
    ]
    owned: dict[int, list[tuple[str, Box]]] = {}
    for text, box in parts:
        centre = box[0] + box[2] / 2
        above = [
            (i, lbox)
            for i, (_, lbox) in enumerate(labels)
            if lbox[1] < box[1] and lbox[0] - lbox[2] * 0.2 <= centre <= lbox[0] + lbox[2] * 1.2
        ]
        if above:
            owner = max(above, key=lambda a: a[1][1])[0]  # the closest above
            owned.setdefault(owner, []).append((text, box))
    tiles = [
        (labels[i], _rows_left_to_right(parts))
        for i, parts in owned.items()
        if sum(bool(TILE_VALUE.match(t)) for t, _ in parts) == 2
    ]
    if len(tiles) < 2:
        return None
    tiles.sort(key=lambda tile: (tile[0][1][1], tile[0][1][0]))
    return [line for (label, _), parts in tiles for line in (label, *(t for t, _ in parts))]


def _rows_left_to_right(parts: list[tuple[str, Box]]) -> list[tuple[str, Box]]:
    """A tile's parts row by row, each row left to right: parts whose middles lie within half
    the smaller one's height of each other share a row (a larger target figure set beside
    its baseline, centred on the same row, still reads after it)."""
    rows: list[list[tuple[str, Box]]] = []
    for part in sorted(parts, key=lambda p: _middle(p[1])):
        last = rows[-1][-1] if rows else None
        if (
            last is not None
            and abs(_middle(part[1]) - _middle(last[1])) <= min(part[1][3], last[1][3]) / 2
        ):
            rows[-1].append(part)
        else:
            rows.append([part])
    return [p for row in rows for p in sorted(row, key=lambda p: p[1][0])]
