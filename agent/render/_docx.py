"""report.docx: the report as a Word document, for people who edit it before sharing.

The same content as report.md and report.html: headings Word lists in its navigation
pane, real tables (roadmap, RACI) with a repeating header row, the RACI matrix on a
landscape page, and a section per role. Every text passes through ``docx_text`` (XML
cannot carry control characters); Word never evaluates run text, so that is all the
escaping it needs.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape as xml_escape

from docx import Document as new_document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.table import Table as DocxTable

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
    Span,
    Table,
    plain_text,
)
from ._text import docx_text

MATRIX_ANCHOR = "raci-matrix"
LETTER_FILLS = {"A": "1F3864", "R": "2E75B6", "C": "9DC3E6", "I": "DEEBF7"}
WARNING = RGBColor(0x8A, 0x4B, 0x00)


_STYLES: dict[tuple[int, str], object] = {}


def _style(doc: object, name: str) -> object:
    """A style object by name, looked up once per document."""
    key = (id(doc), name)
    if key not in _STYLES:
        _STYLES[key] = doc.styles[name]  # type: ignore[attr-defined]
    return _STYLES[key]


def _add_p(doc: object, inner: str, style: str | None = None, props: str = "") -> None:
    """A paragraph (its ``inner`` runs XML, in ``style``, with more ``props``) at the end
    of the body, as python-docx would write it. python-docx finds the body's closing
    section properties by scanning every paragraph before it, for each paragraph it adds:
    most of the time of a long report."""
    style_xml = f'<w:pStyle w:val="{_style(doc, style).style_id}"/>' if style else ""  # type: ignore[attr-defined]
    ppr = f"<w:pPr>{style_xml}{props}</w:pPr>" if style_xml or props else ""
    (par,) = parse_xml(f"<w:body {nsdecls('w')}><w:p>{ppr}{inner}</w:p></w:body>")
    body = doc.element.body  # type: ignore[attr-defined]
    if len(body) and body[-1].tag == qn("w:sectPr"):
        body[-1].addprevious(par)
    else:
        body.append(par)


def _run_text(span: Span) -> str:
    """The run's text: one line, with the edge spaces that separate it from its
    neighbours kept."""
    text = docx_text(span.text)
    if span.text[:1].isspace():
        text = " " + text
    if span.text[-1:].isspace() and text.strip():
        text += " "
    return text


def _runs_xml(runs: Inline) -> str:
    return "".join(
        _run_xml(text, bold=span.bold, italic=span.italic, code=span.code)
        for span in runs
        if (text := _run_text(span))
    )


def _shade(cell: object, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def _repeat_header(table: DocxTable) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _run_xml(
    text: str,
    *,
    size: int | None = None,
    bold: bool = False,
    italic: bool = False,
    code: bool = False,
    white: bool = False,
) -> str:
    """One ``<w:r>`` as python-docx writes it (rPr children in schema order; an empty rPr
    where it sets no property)."""
    props = (
        ('<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/>' if code else "")
        + ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + ('<w:color w:val="FFFFFF"/>' if white else "")
        + (f'<w:sz w:val="{size}"/>' if size is not None else "")
    )
    return f"<w:r><w:rPr>{props}</w:rPr>{_t(text)}</w:r>"


def _t(text: str) -> str:
    """A run's ``<w:t>``, its edge spaces kept as python-docx keeps them."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:t{space}>{xml_escape(text)}</w:t>"


def _cell_xml(runs: Inline, *, width: str, size: int, matrix_cell: bool) -> str:
    fill = ""
    body = ""
    if matrix_cell:
        text = plain_text(runs).strip()
        if text in LETTER_FILLS:
            body = _run_xml(text, size=size, bold=True, white=text in ("A", "R"))
            fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{LETTER_FILLS[text]}"/>'
        body = '<w:pPr><w:jc w:val="center"/></w:pPr>' + body
    else:
        for span in runs:
            text = _run_text(span)
            if text:
                body += _run_xml(
                    text, size=size, bold=span.bold, italic=span.italic, code=span.code
                )
    return f"<w:tc><w:tcPr>{width}{fill}</w:tcPr><w:p>{body}</w:p></w:tc>"


def _table(doc: object, block: Table) -> None:
    """A table with a shaded, repeating header row. The body rows are written as one XML
    fragment: python-docx's per-cell objects cost most of a second per report, for the
    same elements."""
    matrix = block.kind == "matrix"
    size = Pt(7.5) if matrix else Pt(9)
    table = doc.add_table(rows=1, cols=len(block.header))  # type: ignore[attr-defined]
    table.style = _style(doc, "Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, name in zip(table.rows[0].cells, block.header, strict=True):
        run = cell.paragraphs[0].add_run(docx_text(name))
        run.bold = True
        run.font.size = size
        _shade(cell, "F2F2F2")
    _repeat_header(table)
    widths = [col.w for col in table._tbl.tblGrid.gridCol_lst]
    cells_w = [
        f'<w:tcW w:type="dxa" w:w="{round(w / 635)}"/>' if w is not None else "" for w in widths
    ]
    half_points = round(size.pt * 2)
    rows = "".join(
        "<w:tr>"
        + "".join(
            _cell_xml(runs, width=cells_w[n], size=half_points, matrix_cell=matrix and n >= 2)
            for n, runs in enumerate(_checked(row, len(block.header)))
        )
        + "</w:tr>"
        for row in block.rows
    )
    if rows:
        fragment = parse_xml(f"<w:tbl {nsdecls('w')}>{rows}</w:tbl>")
        table._tbl.extend(list(fragment))


def _checked(row: list[Inline], width: int) -> list[Inline]:
    if len(row) != width:
        raise ValueError(f"table row has {len(row)} cells for {width} columns")
    return row


def _landscape(doc: object, on: bool) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
    width, height = section.page_width, section.page_height
    if on != (width > height):
        section.orientation = WD_ORIENT.LANDSCAPE if on else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = height, width


def _schedule(doc: object, chart: Chart) -> None:
    """The roadmap chart as a table Word users can edit: one row per task."""
    phases = {p.name: p for p in chart.phases}
    rows = []
    for row in chart.rows:
        gate = phases[row.phase].gate if row.phase in phases else None
        phase = (row.phase or "") + (f" (gate: {gate})" if gate else "")
        rows.append(
            [
                [_span(row.label + (" (pilot)" if row.pilot else ""))],
                [_span(row.owner)],
                [_span(phase)],
                [_span(row.when)],
            ]
        )
    _table(doc, Table(["Task", "Owner", "Phase", "When"], rows))


def _span(text: str) -> Span:
    return Span(text)


def docx_block(doc: object, block: Block, state: dict[str, bool]) -> None:
    if isinstance(block, PageBreak):
        state["break"] = True  # taken by the next block: a page break or a new section
        return
    pending, state["break"] = state.get("break", False), False
    if isinstance(block, Heading) and block.anchor == MATRIX_ANCHOR:
        _landscape(doc, True)  # the wide RACI matrix gets a landscape page of its own
        state["landscape"] = True
    elif isinstance(block, Heading) and state.get("landscape") and block.level <= 2:
        _landscape(doc, False)
        state["landscape"] = False
    elif pending:
        doc.add_page_break()  # type: ignore[attr-defined]
    if isinstance(block, Heading):
        level = min(max(block.level - 1, 1), 9)
        _add_p(doc, _runs_xml(block.text), f"Heading {level}")
        return
    if isinstance(block, Para):
        _add_p(doc, _runs_xml(block.text))
        return
    if isinstance(block, Quote):
        _add_p(doc, _runs_xml(block.text), "Quote")
        return
    if isinstance(block, Callout):
        warning = block.level == "warning"
        colour = f'<w:color w:val="{WARNING}"/>' if warning else ""
        title = f"<w:r><w:rPr><w:b/>{colour}</w:rPr>{_t(docx_text(block.title) + ' ')}</w:r>"
        shade = '<w:shd w:val="clear" w:color="auto" w:fill="FFF4E5"/>' if warning else ""
        _add_p(doc, title + _runs_xml(block.text), "Intense Quote", shade)
        return
    if isinstance(block, ListBlock):
        for n, item in enumerate(block.items, start=1):
            if block.ordered:
                number = f"<w:r>{_t(f'{n}. ')}</w:r>"
                _add_p(doc, number + _runs_xml(item.text), "List Paragraph")
            else:
                _add_p(doc, _runs_xml(item.text), "List Bullet")
            for child in item.children:
                _add_p(doc, _runs_xml(child), "List Bullet 2")
        return
    if isinstance(block, Table):
        _table(doc, block)
        _add_p(doc, "")
        return
    if isinstance(block, Chart):
        _schedule(doc, block)
        _add_p(doc, "")
        return
    raise TypeError(f"no Word rendering for {type(block).__name__}")


def docx_bytes(report: Document) -> bytes:
    """The whole report as .docx bytes."""
    doc = new_document()
    styles = doc.styles
    styles["Normal"].font.size = Pt(10.5)  # type: ignore[union-attr]
    props = doc.core_properties
    props.title = docx_text(report.title)[:255]
    props.author = "groundwork"
    props.comments = (
        "Operational plan generated from a strategy deck and the organization's context."
    )
    doc.add_heading(docx_text(report.title), level=0)
    _add_p(doc, _runs_xml(report.subtitle))
    state: dict[str, bool] = {}
    for block in report.for_target("docx"):
        docx_block(doc, block, state)
    buf = io.BytesIO()
    doc.save(buf)
    for key in [k for k in _STYLES if k[0] == id(doc)]:
        del _STYLES[key]
    return buf.getvalue()
