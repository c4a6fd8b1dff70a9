"""Build the domain eval decks and the binary org files, deterministically.

Run from the repository root:  .venv/bin/python evals/domain/build_domain_cases.py

Five cases outside marketing personalization (issue 11), each in ``evals/domain/<name>/``:
the deck (PPTX written here with python-pptx), an ``org/`` folder and ``gold.json``. The
org folders' text files (Markdown, CSV, YAML, plain text) and the gold are written by
hand; the binary org files (XLSX rosters, DOCX and PDF org charts) are written here from
the data below so they can be reviewed in this file and rebuilt byte for byte.

The decks imitate the real strategy decks in ``../shared/corpus/strategy``: every title is
a text box (no placeholders), an eyebrow with the section number and a page counter sit
next to it, KPI tiles are a big number over a label, roadmaps are bars on a quarter or
month grid with gates, the first-90-days list is laid out in two columns, risks sit in a
table or in cards, charts are native charts with their data. The layouts differ from
deck to deck.

PDF twins: ``--twins`` also exports the decks named in ``TWINS`` to PDF with LibreOffice
(``soffice --headless --convert-to pdf``, Debian package ``libreoffice-impress``), the way
the corpus twins were made. Only the twins need soffice; LibreOffice stamps its own
creation date and document ID, so a regenerated twin differs in those bytes only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt as DocxPt
from fpdf import FPDF
from openpyxl import Workbook
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 11, 2, 9, 0, 0)
FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)
_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")

BLANK = 6  # the default template's blank layout: every text on these slides is a text box

Color = tuple[int, int, int]
Line = str | tuple[str, float, bool]  # text, or (text, size in pt, bold)


# --------------------------------------------------------------------------- bytes


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML ZIP with fixed timestamps, fixed core-property dates and the
    embedded chart workbooks normalized too, so the bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith(".xlsx"):
                body = normalize_zip(body)
            elif info.filename == "docProps/core.xml":
                stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                body = _CORE_DATE.sub(rb"\g<1>" + stamp + rb"\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


# --------------------------------------------------------------------------- PPTX


class Board:
    """A deck in the corpus style: blank slides, text boxes, shapes, tables, charts.

    ``theme`` is (dark, accent, light) colours; ``footer`` runs along every content slide.
    Coordinates are inches on a 13.333 x 7.5 slide.
    """

    def __init__(
        self,
        title: str,
        author: str,
        footer: str,
        theme: tuple[Color, Color, Color],
        total: int,
        page_style: str = "{n:02d} / {total}",
    ) -> None:
        self.prs = Presentation()
        self.prs.slide_width = Inches(13.333)
        self.prs.slide_height = Inches(7.5)
        props = self.prs.core_properties
        props.title = title
        props.author = author
        props.last_modified_by = author
        props.created = FIXED_TIME
        props.modified = FIXED_TIME
        props.revision = 3
        self.footer = footer
        self.dark, self.accent, self.light = (RGBColor(*c) for c in theme)
        self.total = total
        self.page_style = page_style

    # -- primitives ----------------------------------------------------------------------

    def box(
        self,
        container: Any,
        x: float,
        y: float,
        w: float,
        h: float,
        lines: Sequence[Line] | str,
        size: float = 14,
        bold: bool = False,
        color: RGBColor | None = None,
        align: PP_ALIGN | None = None,
        fill: RGBColor | None = None,
        shape: MSO_SHAPE | None = None,
    ) -> Any:
        """A text box (or an autoshape with text when ``shape`` or ``fill`` is given)."""
        if shape is not None or fill is not None:
            sp = container.add_shape(
                shape or MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h)
            )
            if fill is not None:
                sp.fill.solid()
                sp.fill.fore_color.rgb = fill
            sp.line.fill.background()
        else:
            sp = container.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = sp.text_frame
        tf.word_wrap = True
        items = [lines] if isinstance(lines, str) else list(lines)
        for i, item in enumerate(items):
            text, sz, bd = (item, size, bold) if isinstance(item, str) else item
            para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            run = para.add_run()
            run.text = text
            run.font.size = Pt(sz)
            run.font.bold = bd
            if color is not None:
                run.font.color.rgb = color
            if align is not None:
                para.alignment = align
        return sp

    def slide(
        self,
        section: str | None,
        title: str,
        subtitle: str | None = None,
        notes: str | None = None,
        number: bool = True,
    ) -> Any:
        """A content slide: eyebrow, title and subtitle text boxes, page counter, footer."""
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[BLANK])
        n = len(self.prs.slides)
        if section:
            self.box(slide.shapes, 0.6, 0.25, 6.0, 0.35, section, 11, True, self.accent)
        self.box(slide.shapes, 0.6, 0.55, 10.6, 0.7, title, 26, True, self.dark)
        if subtitle:
            self.box(slide.shapes, 0.6, 1.2, 11.5, 0.45, subtitle, 14, False, self.dark)
        if number:
            page = self.page_style.format(n=n, total=self.total)
            self.box(slide.shapes, 11.7, 0.25, 1.1, 0.35, page, 10, False, self.accent)
        if self.footer:
            self.box(slide.shapes, 0.6, 7.05, 12.0, 0.3, self.footer, 9, False, self.dark)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
        return slide

    def table(
        self,
        slide: Any,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        x: float = 0.6,
        y: float = 1.8,
        w: float = 12.1,
        row_h: float = 0.42,
        size: float = 12,
        widths: Sequence[float] | None = None,
    ) -> None:
        shape = slide.shapes.add_table(
            len(rows) + 1, len(header), Inches(x), Inches(y), Inches(w), Inches(row_h)
        )
        grid = shape.table
        if widths:
            for c, width in enumerate(widths):
                grid.columns[c].width = Emu(int(Inches(w) * width / sum(widths)))
        for c, text in enumerate(header):
            grid.cell(0, c).text = text
            if text:
                grid.cell(0, c).text_frame.paragraphs[0].runs[0].font.size = Pt(size)
                grid.cell(0, c).text_frame.paragraphs[0].runs[0].font.bold = True
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
                if text:
                    grid.cell(r, c).text_frame.paragraphs[0].runs[0].font.size = Pt(size)

    def chart(
        self,
        slide: Any,
        kind: XL_CHART_TYPE,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        x: float,
        y: float,
        w: float,
        h: float,
        title: str | None = None,
    ) -> None:
        data = CategoryChartData()
        data.categories = list(categories)
        for name, values in series:
            data.add_series(name, list(values))
        frame = slide.shapes.add_chart(kind, Inches(x), Inches(y), Inches(w), Inches(h), data)
        chart = frame.chart
        chart.has_legend = len(series) > 1
        if chart.has_legend:
            chart.legend.position = XL_LEGEND_POSITION.BOTTOM
            chart.legend.include_in_layout = False
        if title:
            chart.has_title = True
            chart.chart_title.text_frame.text = title

    # -- composite layouts --------------------------------------------------------------

    def tiles(
        self,
        slide: Any,
        tiles: Sequence[tuple[str, str, str | None]],
        x: float = 0.6,
        y: float = 1.9,
        w: float = 12.1,
        h: float = 1.9,
        cols: int | None = None,
        grouped: bool = False,
        eyebrows: Sequence[str] | None = None,
        big: float = 36,
    ) -> None:
        """KPI tiles: a big number, its label, an optional small line (baseline, source)."""
        cols = cols or len(tiles)
        rows = (len(tiles) + cols - 1) // cols
        tw, th = w / cols, h / rows
        container = slide.shapes.add_group_shape().shapes if grouped else slide.shapes
        for i, (figure, label, small) in enumerate(tiles):
            r, c = divmod(i, cols)
            left, top = x + c * tw, y + r * th
            container.add_shape(
                MSO_SHAPE.RECTANGLE,
                Inches(left + 0.05),
                Inches(top + 0.05),
                Inches(tw - 0.1),
                Inches(th - 0.1),
            ).fill.background()
            offset = 0.1
            if eyebrows:
                self.box(container, left + 0.15, top + 0.08, tw - 0.3, 0.3, eyebrows[i], 9, True)
                offset = 0.35
            self.box(
                container, left + 0.15, top + offset, tw - 0.3, 0.7, figure, big, True, self.accent
            )
            lines: list[Line] = [(label, 13, True)]
            if small:
                lines.append((small, 10, False))
            self.box(
                container, left + 0.15, top + offset + 0.72, tw - 0.3, th - offset - 0.8, lines
            )

    def cards(
        self,
        slide: Any,
        cards: Sequence[tuple[str, str, str]],
        x: float = 0.6,
        y: float = 1.9,
        w: float = 12.1,
        h: float = 4.4,
        cols: int | None = None,
        fill: bool = True,
    ) -> None:
        """Cards: a small number or tag, a heading, a body (pillars, risks, principles)."""
        cols = cols or len(cards)
        rows = (len(cards) + cols - 1) // cols
        cw, ch = w / cols, h / rows
        for i, (tag, head, body) in enumerate(cards):
            r, c = divmod(i, cols)
            left, top = x + c * cw, y + r * ch
            if fill:
                self.box(
                    slide.shapes,
                    left + 0.05,
                    top + 0.05,
                    cw - 0.1,
                    ch - 0.1,
                    " ",
                    8,
                    fill=self.light,
                )
            lines: list[Line] = []
            if tag:
                lines.append((tag, 12, True))
            lines.append((head, 16, True))
            lines.append((body, 12, False))
            self.box(slide.shapes, left + 0.15, top + 0.15, cw - 0.3, ch - 0.3, lines)

    def gantt(
        self,
        slide: Any,
        columns: Sequence[str],
        bars: Sequence[tuple[str, int, int]],
        x: float = 0.6,
        y: float = 1.8,
        w: float = 12.1,
        label_w: float = 0.0,
        row_h: float = 0.42,
        gates: Sequence[tuple[int, str]] = (),
    ) -> float:
        """Bars on a time grid. ``bars``: (label, first column, last column), the label written
        inside the bar (``label_w`` 0) or in a left column. ``gates``: (after column, label).
        Returns the y under the chart."""
        grid_x = x + label_w
        cw = (w - label_w) / len(columns)
        for i, col in enumerate(columns):
            self.box(slide.shapes, grid_x + i * cw, y, cw, 0.35, col, 11, True, self.dark)
        top = y + 0.45
        for r, (label, first, last) in enumerate(bars):
            by = top + r * row_h
            bx = grid_x + first * cw
            bw = (last - first + 1) * cw
            if label_w:
                self.box(slide.shapes, x, by, label_w - 0.1, row_h, label, 11)
                self.box(slide.shapes, bx, by + 0.06, bw, row_h - 0.12, " ", 6, fill=self.light)
            else:
                self.box(slide.shapes, bx, by + 0.04, bw, row_h - 0.08, label, 11, fill=self.light)
        bottom = top + len(bars) * row_h
        for after, label in gates:
            gx = grid_x + (after + 1) * cw - 0.05
            slide.shapes.add_shape(
                MSO_SHAPE.DIAMOND,
                Inches(gx - 0.12),
                Inches(bottom + 0.05),
                Inches(0.24),
                Inches(0.24),
            )
            self.box(slide.shapes, gx - 0.6, bottom + 0.3, 1.2, 0.35, label, 10, True, self.accent)
        return bottom + (0.7 if gates else 0.1)

    def chevrons(
        self, slide: Any, steps: Sequence[str], x: float = 0.6, y: float = 2.0, w: float = 12.1
    ) -> None:
        sw = w / len(steps)
        group = slide.shapes.add_group_shape()
        for i, text in enumerate(steps):
            lines = text.split("\n")
            self.box(
                group.shapes,
                x + i * sw,
                y,
                sw - 0.05,
                1.6,
                [(lines[0], 14, True)] + [(line, 11, False) for line in lines[1:]],
                fill=self.light,
                shape=MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON,
            )

    def callout(self, slide: Any, head: str, text: str, y: float = 5.8, h: float = 1.1) -> None:
        self.box(
            slide.shapes,
            0.6,
            y,
            12.1,
            h,
            [(head, 13, True), (text, 12, False)],
            fill=self.light,
        )

    def save(self, path: Path) -> None:
        count = len(self.prs.slides)
        if count != self.total:
            raise SystemExit(f"{path.name}: {count} slides built, {self.total} announced")
        buffer = io.BytesIO()
        self.prs.save(buffer)
        path.write_bytes(normalize_zip(buffer.getvalue()))


def cover(
    d: Board,
    eyebrow: str,
    company: str,
    title: str,
    lines: Sequence[str],
    notes: str | None = None,
    tagline: str | None = None,
) -> None:
    slide = d.prs.slides.add_slide(d.prs.slide_layouts[BLANK])
    d.box(slide.shapes, 0.8, 0.6, 11.5, 0.4, eyebrow, 12, True, d.accent)
    d.box(slide.shapes, 0.8, 1.6, 11.5, 0.6, company, 20, True, d.dark)
    d.box(slide.shapes, 0.8, 2.3, 11.5, 1.3, title, 40, True, d.dark)
    y = 3.7
    if tagline:
        d.box(slide.shapes, 0.8, y, 11.5, 0.6, tagline, 20, False, d.accent)
        y += 0.8
    d.box(slide.shapes, 0.8, y, 11.5, 2.2, [(t, 13, False) for t in lines])
    if notes:
        slide.notes_slide.notes_text_frame.text = notes


def agenda(d: Board, heading: str, items: Sequence[tuple[str, str, str, str]]) -> None:
    """Contents: number, section, what is in it, page range, each in its own text box."""
    slide = d.slide(None, heading, None)
    for i, (num, name, desc, pages) in enumerate(items):
        y = 1.5 + i * 1.0
        d.box(slide.shapes, 0.8, y, 0.9, 0.8, num, 28, True, d.accent)
        d.box(slide.shapes, 1.8, y, 7.5, 0.4, name, 18, True, d.dark)
        d.box(slide.shapes, 1.8, y + 0.4, 7.5, 0.4, desc, 12)
        d.box(slide.shapes, 10.4, y + 0.1, 1.8, 0.4, pages, 12, False, d.accent)


def bullets(
    d: Board,
    slide: Any,
    items: Sequence[tuple[int, str]],
    x: float = 0.6,
    y: float = 1.8,
    w: float = 12.1,
    h: float = 4.5,
    size: float = 15,
) -> None:
    """Bulleted text in a text box (a dash and an indent per level, as typed by hand)."""
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, (level, text) in enumerate(items):
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        para.level = level
        run = para.add_run()
        run.text = ("\u2022 " if level == 0 else "\u2013 ") + text
        run.font.size = Pt(size - 2 * level)


def weeks(
    d: Board,
    slide: Any,
    items: Sequence[tuple[str, str, str]],
    columns: int = 2,
    y: float = 1.8,
    row_h: float = 1.15,
) -> None:
    """A first-90-days list: week label, heading, detail, filled column by column (so the
    reading order across the slide is W1-2, W7-9, W3-4 ... as in the corpus decks)."""
    per_col = (len(items) + columns - 1) // columns
    cw = 12.1 / columns
    for i, (when, head, detail) in enumerate(items):
        c, r = divmod(i, per_col)
        x = 0.6 + c * cw
        top = y + r * row_h
        d.box(slide.shapes, x, top, 1.1, 0.45, when, 14, True, d.accent)
        d.box(
            slide.shapes,
            x + 1.2,
            top,
            cw - 1.4,
            row_h - 0.1,
            [(head, 14, True), (detail, 11, False)],
        )


# --------------------------------------------------------------------------- binary org files


def write_xlsx(
    path: Path, sheet: str, header: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.properties.creator = "groundwork eval builder"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    wb.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buffer.getvalue()))


DocBlock = tuple[str, Any]  # ("h1"|"h2"|"p"|"bullet", text) or ("table", (header, rows))


def write_docx(path: Path, blocks: Sequence[DocBlock], author: str) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    for kind, content in blocks:
        if kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "bullet":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            header, rows = content
            table = doc.add_table(rows=len(rows) + 1, cols=len(header))
            table.style = "Table Grid"
            for c, text in enumerate(header):
                table.cell(0, c).text = text
            for r, row in enumerate(rows, start=1):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    for run in table.cell(r, c).paragraphs[0].runs:
                        run.font.size = DocxPt(9)
        else:
            raise ValueError(kind)
    buffer = io.BytesIO()
    doc.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buffer.getvalue()))


class OrgPdf(FPDF):
    """A portrait A4 document exported from a word processor (core fonts: Latin-1 text)."""

    def __init__(self, title: str, author: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, 18)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("groundwork eval builder")
        self.set_producer("groundwork eval builder")
        self.set_creation_date(FIXED_TIME)
        self.add_page()

    def heading(self, text: str, size: float = 15) -> None:
        self.set_font("Helvetica", "B", size)
        self.multi_cell(0, size * 0.5, text)
        self.ln(2)

    def para(self, text: str) -> None:
        self.set_font("Helvetica", "", 10.5)
        self.multi_cell(0, 5.2, text)
        self.ln(2)

    def grid(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
    ) -> None:
        self.set_font("Helvetica", "", 9)
        with self.table(col_widths=tuple(widths), line_height=5, text_align="LEFT") as table:
            head = table.row()
            for text in header:
                head.cell(text)
            for row in rows:
                line = table.row()
                for text in row:
                    line.cell(text)
        self.ln(3)


# --------------------------------------------------------------------------- twins


def export_twin(deck: Path, twin: Path) -> None:
    """PDF export with LibreOffice, as the corpus twins were made."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-impress")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(deck),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copyfile(Path(tmp) / (deck.stem + ".pdf"), twin)


# --------------------------------------------------------------------------- case 1


def brennmoor_foods(out: Path) -> None:
    """Brennmoor Foods Group: five food plants, a three-year operational-excellence roadmap
    in quarters with gates, piloted on two lines at the Ostrand plant."""
    d = Board(
        "Smart Plants 2029",
        "Group Operational Excellence Office, Brennmoor Foods Group",
        "Brennmoor Foods Group \u00b7 Smart Plants 2029 \u00b7 Board decision paper \u00b7 Confidential",
        ((22, 42, 64), (0, 118, 108), (222, 237, 234)),
        total=32,
        page_style="P.{n:02d}",
    )
    cover(
        d,
        "CONFIDENTIAL \u00b7 BOARD DECISION PAPER",
        "BRENNMOOR FOODS GROUP",
        "Smart Plants 2029",
        [
            "Operational Excellence & Digital Manufacturing Roadmap 2027-2029",
            "Prepared for: Executive Board and Supervisory Board",
            "Prepared by: Group Operational Excellence Office with the five plant leadership teams",
            "Version 2.1 \u00b7 October 2026",
        ],
        tagline="Five plants. One way of running a line.",
        notes="Pre-read for the November board. All 2026 figures are January-September actuals, "
        "annualised.",
    )
    agenda(
        d,
        "Contents",
        [
            ("01", "Context", "Market, customers, cost and regulation", "P.03-06"),
            ("02", "Where we stand", "Five plants, line losses, digital maturity", "P.07-11"),
            ("03", "Ambition & pillars", "North star, four pillars, data foundations", "P.12-20"),
            ("04", "Roadmap", "Four phases, three gates, the first 90 days", "P.21-26"),
            ("05", "Investment, risk & governance", "Budget, KPIs, risks, decisions", "P.27-32"),
        ],
    )
    s = d.slide(
        "01 \u00b7 EXECUTIVE SUMMARY",
        "Executive Summary",
        "Three years, four pillars, one pilot: what Smart Plants 2029 commits the group to",
    )
    d.tiles(
        s,
        [
            ("75%", "Group OEE by Q4 2029", "from 61% in 2026"),
            ("-50%", "product giveaway", "2.4% -> 1.2% of pack weight by Q4 2028"),
            ("-45%", "unplanned downtime", "9.5% -> 5.2% of planned production time"),
            ("EUR 14.2M", "annual run-rate savings", "from 2030, payback 2.6 years"),
        ],
        y=1.8,
        h=1.9,
    )
    bullets(
        d,
        s,
        [
            (
                0,
                "Our plants lose a third of their planned time: OEE is 61% against a peer median of 68%.",
            ),
            (
                0,
                "We recommend four pillars: line performance, reliable assets, right-first-time "
                "quality, skilled and safe people, on one set of shop-floor data foundations.",
            ),
            (
                0,
                "Pilot on Lines 1 and 2 at the Ostrand dairy-desserts plant from Q2 2027; scale to "
                "all five plants by Q2 2029; total investment EUR 38.5M.",
            ),
        ],
        y=3.9,
        h=2.6,
        size=14,
    )
    s = d.slide(
        "01 \u00b7 CONTEXT",
        "Market & Cost Pressure",
        "Volumes grow, but energy, labour and retailer service levels squeeze the margin",
    )
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        ["2021", "2022", "2023", "2024", "2025", "2026E"],
        [
            ("Industrial electricity price index (2021=100)", [100, 171, 152, 141, 136, 138]),
            ("Chilled & frozen volume index (2021=100)", [100, 102, 105, 109, 113, 117]),
        ],
        0.6,
        1.8,
        7.2,
        4.6,
    )
    d.tiles(
        s,
        [
            ("+38%", "industrial energy cost vs 2021", "sector average, DE/NL/DK"),
            ("98.5%", "on-time-in-full now demanded", "by our five largest retail customers"),
            ("1 in 6", "operator vacancies unfilled", "after 90 days (sector survey 2026)"),
        ],
        x=8.0,
        y=1.8,
        w=4.7,
        h=4.6,
        cols=1,
        big=28,
    )
    s = d.slide(
        "01 \u00b7 CONTEXT",
        "Customer & Regulatory Shifts",
        "What our customers and regulators will ask of every plant by 2028",
    )
    d.cards(
        s,
        [
            (
                "RETAILERS",
                "Service scorecards",
                "Top-5 retail customers moved to weekly OTIF "
                "scorecards with penalties below 98.5%; two delisting warnings in 2026.",
            ),
            (
                "REGULATION",
                "Packaging & reporting",
                "EU packaging regulation and CSRD scope 1-2 "
                "reporting from FY2026 require energy and waste data per plant, per month.",
            ),
            (
                "FOOD SAFETY",
                "Label accuracy",
                "Allergen-label errors caused 3 product withdrawals "
                "in 2025; retailer audits now test label verification at the line.",
            ),
            (
                "LABOUR",
                "Skills scarcity",
                "Average operator tenure fell from 9.1 to 6.4 years; "
                "34% of technicians retire within ten years.",
            ),
        ],
        cols=2,
    )
    s = d.slide(
        "01 \u00b7 CONTEXT",
        "Peer Benchmark",
        "Brennmoor trails the peer median on every line-performance measure",
    )
    d.table(
        s,
        ["Measure", "Best-in-class", "Peer median", "Brennmoor 2026"],
        [
            ["OEE (packing lines)", "78%", "68%", "61%"],
            ["Unplanned downtime (% of planned time)", "3.5%", "6.0%", "9.5%"],
            ["Average changeover (minutes)", "35", "55", "74"],
            ["Giveaway (% of declared weight)", "0.8%", "1.5%", "2.4%"],
            ["Complaints per million units", "4", "9", "14"],
            ["Energy per tonne (kWh)", "480", "560", "612"],
        ],
        y=1.8,
        widths=[4, 2, 2, 2],
    )
    d.box(
        s.shapes,
        0.6,
        5.3,
        12.1,
        0.8,
        "Sample: 14 European chilled, frozen and ambient food processors, benchmarking "
        "consortium 2026. Brennmoor figures: January-September 2026 annualised.",
        10,
    )
    s = d.slide(
        "02 \u00b7 WHERE WE STAND",
        "Brennmoor at a Glance",
        "Five plants, 31 lines, EUR 1.12B revenue, 2,950 employees",
    )
    d.cards(
        s,
        [
            (
                "KESSEL (HQ)",
                "Chilled ready meals",
                "9 lines \u00b7 610 employees \u00b7 MES since 2021",
            ),
            (
                "OSTRAND",
                "Chilled dairy desserts",
                "6 lines \u00b7 420 employees \u00b7 MES since 2023",
            ),
            (
                "MARSBERG",
                "Frozen vegetables",
                "4 lines \u00b7 380 employees \u00b7 harvest campaign Jul-Oct",
            ),
            ("LINDAU", "Bakery & pastry", "7 lines \u00b7 540 employees \u00b7 3 shifts, 5 days"),
            ("TIEL", "Sauces & dressings", "5 lines \u00b7 300 employees \u00b7 ambient"),
        ],
        cols=5,
        h=2.2,
    )
    d.box(
        s.shapes,
        0.6,
        4.4,
        12.1,
        1.6,
        [
            ("1,100 line operators, 180 maintenance technicians, 120 line leaders.", 14, True),
            (
                "Group functions in Kessel: quality & food safety, engineering, supply planning, "
                "IT/OT, HR. Revenue split: retail private label 58%, own brands 31%, food service 11%.",
                12,
                False,
            ),
        ],
    )
    s = d.slide(
        "02 \u00b7 WHERE WE STAND",
        "OEE by Plant, 2026",
        "A 9-point spread between the best and the worst plant",
    )
    d.chart(
        s,
        XL_CHART_TYPE.BAR_CLUSTERED,
        ["Kessel", "Ostrand", "Marsberg", "Lindau", "Tiel"],
        [("OEE 2026 (%)", [63, 58, 66, 57, 62]), ("Peer median (%)", [68, 68, 68, 68, 68])],
        0.6,
        1.8,
        7.5,
        4.8,
    )
    bullets(
        d,
        s,
        [
            (0, "Ostrand and Lindau run the most changeovers per week (41 and 56)."),
            (
                0,
                "Marsberg's OEE is highest but its harvest campaign hides a 19% unplanned-stop "
                "rate on the spiral freezers.",
            ),
            (0, "Group OEE 61% (volume-weighted)."),
        ],
        x=8.4,
        y=1.9,
        w=4.3,
        h=4.5,
        size=13,
    )
    s = d.slide(
        "02 \u00b7 WHERE WE STAND",
        "Where the Time Goes: Line Loss Tree",
        "Share of planned production time lost, group average 2026",
    )
    d.table(
        s,
        ["Loss", "Share of planned time", "Main root cause"],
        [
            [
                "Changeovers & cleaning",
                "11.2%",
                "No standard changeover method; CIP cycles set by habit",
            ],
            [
                "Unplanned stops",
                "9.5%",
                "Reactive maintenance on freezers, fillers and homogenisers",
            ],
            [
                "Minor stops & reduced speed",
                "8.7%",
                "Stops under 5 minutes are not recorded anywhere",
            ],
            [
                "Quality losses & rework",
                "3.1%",
                "Seal failures and label errors found at end of line",
            ],
            [
                "Giveaway (overfill)",
                "2.4% of pack weight",
                "Fillers set to a safe average; checkweighers not in feedback",
            ],
        ],
        widths=[3, 2, 6],
    )
    d.callout(
        s,
        "Reading the tree",
        "Changeovers and unplanned stops together cost 20.7% of planned time: the two biggest "
        "levers, and the two the pilot must prove.",
        y=4.7,
    )
    s = d.slide(
        "02 \u00b7 WHERE WE STAND",
        "Digital Maturity of the Shop Floor",
        "We measure lines differently at every plant",
    )
    d.table(
        s,
        ["Capability", "Kessel", "Ostrand", "Marsberg", "Lindau", "Tiel"],
        [
            ["Automatic stop capture", "MES", "MES", "paper log", "paper log", "Excel"],
            ["Maintenance work orders", "SAP PM", "paper", "paper", "paper", "SAP PM"],
            ["Checkweigher data collected", "yes", "yes", "no", "no", "yes"],
            ["CCP records (HACCP)", "paper", "paper", "paper", "paper", "paper"],
            ["Line data history", "13 months", "7 days", "none", "none", "30 days"],
        ],
        widths=[3, 1.4, 1.4, 1.4, 1.4, 1.4],
        size=11,
    )
    d.box(
        s.shapes,
        0.6,
        4.6,
        12.1,
        1.3,
        [
            ("Consequence", 13, True),
            (
                "A plant-to-plant OEE comparison today compares different definitions; downtime "
                "reason codes differ at every plant.",
                12,
                False,
            ),
        ],
    )
    s = d.slide(
        "02 \u00b7 WHERE WE STAND",
        "Priority Matrix",
        "Impact on margin x ease of capture",
    )
    d.box(
        s.shapes,
        0.6,
        1.8,
        6.0,
        2.2,
        ["High impact, hard", "Minor stops & speed", "Energy per tonne"],
        13,
        fill=d.light,
    )
    d.box(
        s.shapes,
        6.7,
        1.8,
        6.0,
        2.2,
        ["High impact, capturable now", "Changeovers", "Unplanned stops", "Giveaway"],
        13,
        fill=d.light,
    )
    d.box(
        s.shapes, 0.6, 4.1, 6.0, 1.8, ["Lower impact, hard", "Spare-parts stock"], 13, fill=d.light
    )
    d.box(
        s.shapes,
        6.7,
        4.1,
        6.0,
        1.8,
        ["Lower impact, capturable", "Label errors", "Paper CCP records"],
        13,
        fill=d.light,
    )
    d.box(
        s.shapes,
        0.6,
        6.1,
        12.1,
        0.8,
        "Conclusion: changeovers, unplanned stops and giveaway sit in the top-right quadrant: "
        "they shape the four pillars and the pilot scope.",
        12,
        True,
    )
    s = d.slide(None, "Every line world-class. Every decision on live data.", None, number=False)
    d.box(s.shapes, 0.6, 1.5, 6.0, 0.4, "NORTH STAR", 14, True, d.accent)
    d.tiles(
        s,
        [
            ("75%", "Group OEE", "61% in 2026 -> 75% by Q4 2029"),
            ("0", "product recalls", "every year of the programme"),
            ("EUR 14.2M", "annual savings", "run-rate from 2030"),
        ],
        y=2.6,
        h=2.2,
        grouped=True,
    )
    s = d.slide(
        "03 \u00b7 AMBITION & PILLARS",
        "Four Strategic Pillars",
        "Each pillar attacks one block of the loss tree",
    )
    d.cards(
        s,
        [
            (
                "1",
                "Line Performance",
                "One way of measuring and running a line: automatic stop "
                "capture, daily performance meetings, faster changeovers.\nOEE 61% -> 75%",
            ),
            (
                "2",
                "Reliable Assets",
                "From reactive repair to condition-based maintenance on the "
                "critical assets.\nUnplanned downtime -45%",
            ),
            (
                "3",
                "Right-First-Time Quality",
                "Inline control of weight, seals and labels; digital "
                "HACCP records.\nGiveaway 2.4% -> 1.2%",
            ),
            (
                "4",
                "Skilled & Safe People",
                "Standard work, skills matrix and line-leader academy "
                "for every shift.\n1,100 operators certified",
            ),
        ],
        cols=4,
    )
    s = d.slide(
        "03 \u00b7 PILLAR 1",
        "Pillar 1 \u00b7 Line Performance",
        "Measure every stop, meet on the numbers every shift, halve changeover time",
    )
    bullets(
        d,
        s,
        [
            (0, "Initiatives"),
            (
                1,
                "Roll out MES-based downtime capture on all 31 lines, with one common reason-code "
                "tree for the group",
            ),
            (1, "Tiered daily performance meetings (shift, plant, group) around live OEE boards"),
            (
                1,
                "SMED programme: cut average changeover from 74 to 45 minutes on the 12 lines with "
                "the most changeovers",
            ),
            (1, "Capture minor stops under 5 minutes automatically from line PLCs"),
            (0, "Targets"),
            (1, "OEE 61% -> 75% by Q4 2029 (pilot lines: +8 points by end of 2027)"),
            (1, "Average changeover time 74 -> 45 minutes by Q2 2029"),
        ],
        w=7.6,
        size=15,
    )
    d.tiles(
        s,
        [
            ("31", "lines on automatic stop capture", "today: 15"),
            ("45 min", "average changeover", "today: 74 min"),
        ],
        x=8.5,
        w=4.2,
        h=4.2,
        cols=1,
        big=30,
    )
    s = d.slide(
        "03 \u00b7 PILLAR 2",
        "Pillar 2 \u00b7 Reliable Assets",
        "Condition monitoring on 210 critical assets, work orders that follow the alerts",
    )
    d.table(
        s,
        ["Asset class", "Units", "Main failure mode"],
        [
            ["Homogenisers", "18", "Valve and seal wear"],
            ["Spiral & tunnel freezers", "22", "Fan bearing and defrost failures"],
            ["Form-fill-seal & thermoformers", "64", "Sealing-jaw temperature drift"],
            ["Ovens & fryers", "31", "Burner and conveyor faults"],
            ["Refrigeration compressors", "27", "Oil and vibration faults"],
            ["Mixers & cookers", "48", "Gearbox wear"],
        ],
        x=0.6,
        w=6.4,
        size=11,
        widths=[3, 1, 3],
    )
    bullets(
        d,
        s,
        [
            (0, "Condition monitoring (vibration, temperature, current) on 210 critical assets"),
            (0, "Move every plant from paper job cards to digital work orders in SAP PM"),
            (0, "Alerts raise work orders automatically; technicians close them with the cause"),
            (0, "Unplanned downtime 9.5% -> 5.2% of planned time by Q4 2029"),
            (0, "Maintenance cost per tonne -15% by 2029"),
        ],
        x=7.3,
        w=5.4,
        size=13,
    )
    s = d.slide(
        "03 \u00b7 PILLAR 2",
        "Pillar 2 Architecture: Sensor to Work Order",
        "A closed loop that keeps machine data on the plant network",
    )
    d.chevrons(
        s,
        [
            "Sensors\nvibration / temperature / current",
            "Edge gateway\nper line, on the OT network",
            "Condition monitoring\nthresholds + anomaly models",
            "SAP PM work order\nprioritised by criticality",
            "Technician feedback\ncause code closes the loop",
        ],
    )
    d.callout(
        s,
        "Design principles",
        "Raw vibration data never leaves the OT network; only alerts cross to IT. Every alert "
        "closed as false or true feeds back into the thresholds. No new ticketing tool: SAP PM "
        "stays the system of record.",
        y=4.2,
        h=1.4,
    )
    s = d.slide(
        "03 \u00b7 PILLAR 3",
        "Pillar 3 \u00b7 Right-First-Time Quality",
        "Control weight, seals and labels on the line instead of finding them at the end",
    )
    d.cards(
        s,
        [
            (
                "WEIGHT",
                "Inline checkweighers in feedback",
                "Checkweighers on 14 filling lines "
                "adjust the fillers automatically. Giveaway 2.4% -> 1.2% of pack weight by Q4 2028.",
            ),
            (
                "SEALS & LABELS",
                "Vision inspection",
                "Seal-integrity and allergen-label verification "
                "cameras on all packing lines. Label-related withdrawals 3 -> 0 a year.",
            ),
            (
                "RECORDS",
                "Digital HACCP",
                "CCP monitoring (temperatures, metal detection) recorded "
                "electronically, replacing paper records. Complaints per million units 14 -> 6 by Q4 2029.",
            ),
        ],
        cols=3,
        h=3.8,
    )
    d.box(
        s.shapes,
        0.6,
        5.9,
        12.1,
        0.8,
        "Rule: any change touching a critical control point goes through HACCP change control "
        "and the Group Quality & Food Safety Director's release.",
        12,
        True,
    )
    s = d.slide(
        "03 \u00b7 PILLAR 3",
        "Pillar 3 Expected Benefits: Giveaway by Plant",
        "Overfill falls fastest where checkweighers are not yet in the loop",
    )
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        ["Kessel", "Ostrand", "Marsberg", "Lindau", "Tiel"],
        [
            ("Giveaway 2026 (%)", [2.1, 2.6, 2.9, 2.7, 1.8]),
            ("Giveaway target Q4 2028 (%)", [1.1, 1.2, 1.4, 1.3, 1.0]),
        ],
        0.6,
        1.8,
        8.0,
        4.8,
    )
    d.tiles(
        s,
        [("EUR 5.1M", "a year from giveaway alone", "at 2026 volumes and prices")],
        x=8.9,
        w=3.8,
        h=2.4,
        big=26,
    )
    s = d.slide(
        "03 \u00b7 PILLAR 4",
        "Pillar 4 \u00b7 Skilled & Safe People",
        "Standard work on every line, a skills matrix for every shift",
    )
    bullets(
        d,
        s,
        [
            (0, "Digital standard work and one-point lessons on tablets at every line"),
            (0, "A skills matrix for 1,100 operators and 180 technicians, reviewed every quarter"),
            (0, "Operator-led autonomous maintenance, steps 1-3, on the pilot lines first"),
            (0, "Line-leader academy: 120 line leaders through a 10-day programme by end of 2028"),
            (
                0,
                "Targets: 1,100 operators certified on digital standard work by Q2 2029; lost-time "
                "injury rate 4.1 -> 2.0 per million hours by 2029",
            ),
        ],
        size=15,
    )
    s = d.slide(
        "03 \u00b7 FOUNDATIONS",
        "Shop-Floor Data Foundations",
        "Three layers under the four pillars, each with its own acceptance criterion",
    )
    d.table(
        s,
        ["Layer", "Key tasks", "Timing", "Acceptance criterion"],
        [
            [
                "Capture",
                "Stop capture from PLCs, sensors on critical assets, networked checkweighers",
                "Q1 2027 - Q2 2028",
                "31 of 31 lines capture stops automatically",
            ],
            [
                "Keep",
                "Line-data historian at every plant, retention policy",
                "Q2 2027 - Q4 2027",
                "13 months of line data kept at every plant",
            ],
            [
                "Use",
                "Group operations data model in the OpsHub warehouse, OEE and loss dashboards",
                "Q3 2027 - Q2 2028",
                "One OEE definition, one reason-code tree, reported daily",
            ],
        ],
        widths=[1.3, 4.5, 2.2, 4],
        size=11,
    )
    s = d.slide(
        "04 \u00b7 ROADMAP",
        "Roadmap 2027-2029: Four Phases, Three Gates",
        "Quarterly view; no phase starts before the steering committee passes the gate before it",
    )
    quarters = [f"Q{q} {y}" for y in (2027, 2028, 2029) for q in (1, 2, 3, 4)]
    bottom = d.gantt(
        s,
        quarters,
        [
            ("Phase 1 \u00b7 Mobilise & baseline", 0, 0),
            ("Phase 2 \u00b7 Pilot: Ostrand Lines 1-2", 1, 3),
            ("Phase 3 \u00b7 Scale-out to all five plants", 4, 9),
            ("Phase 4 \u00b7 Embed & sustain", 10, 11),
        ],
        row_h=0.55,
        gates=[(0, "G1 pilot go"), (3, "G2 scale go/no-go"), (9, "G3 handover")],
    )
    d.box(
        s.shapes,
        0.6,
        bottom + 0.2,
        12.1,
        1.0,
        "Gate decisions are taken by the steering committee on the evidence listed on the phase "
        "slides; a failed gate repeats the phase, it does not skip it.",
        12,
    )
    s = d.slide(
        "04 \u00b7 ROADMAP",
        "Phase 1 \u00b7 Mobilise & Baseline (Q1 2027)",
        "Set up the programme, agree the rules with the works council, measure before we change",
    )
    bullets(
        d,
        s,
        [
            (
                0,
                "Steering committee and programme office in place; plant transformation leads named",
            ),
            (
                0,
                "Works council information and consultation on the pilot (no individual performance data)",
            ),
            (0, "Six-week baseline OEE measurement on Ostrand Lines 1 and 2"),
            (0, "Tender and select the condition-monitoring and MES-extension vendors"),
        ],
        h=3.0,
    )
    d.callout(
        s,
        "Gate G1 \u00b7 pilot go (end of Q1 2027)",
        "Baseline OEE measured on Ostrand Lines 1-2 for six weeks; vendor contracts signed; works "
        "agreement on line-level data in place; 13-month data retention configured for the pilot lines.",
        y=5.0,
        h=1.5,
    )
    s = d.slide(
        "04 \u00b7 ROADMAP",
        "Phase 2 \u00b7 Pilot at Ostrand, Lines 1 and 2 (Q2-Q4 2027)",
        "Prove all four pillars on two dessert lines before any other plant changes",
    )
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    bottom = d.gantt(
        s,
        months,
        [
            ("Stop capture & reason-code tree", 0, 1),
            ("Sensors on 48 critical assets", 1, 3),
            ("Checkweigher feedback on both fillers", 2, 4),
            ("SMED on Line 2 changeovers", 3, 6),
            ("Standard work & skills matrix", 2, 7),
            ("Pilot run & evaluation", 6, 8),
        ],
        label_w=3.6,
        row_h=0.45,
        gates=[(8, "G2")],
    )
    d.callout(
        s,
        "Gate G2 \u00b7 scale go/no-go (end of Q4 2027)",
        "OEE on the pilot lines +8 points against the Phase 1 baseline, sustained for 8 weeks; "
        "giveaway below 1.6% on both fillers; zero food-safety incidents attributable to the "
        "changes; 90% of pilot operators certified.",
        y=bottom + 0.1,
        h=1.3,
    )
    s = d.slide(
        "04 \u00b7 ROADMAP",
        "Phase 3 \u00b7 Scale-Out (Q1 2028 - Q2 2029)",
        "Plant by plant, in the order that protects our customers' peaks",
    )
    d.table(
        s,
        ["Wave", "Plant", "Window", "Note"],
        [
            ["3a", "Kessel", "Q1-Q2 2028", "MES already live; largest volume"],
            ["3b", "Tiel", "Q3 2028", "Ambient; SAP PM already in use"],
            [
                "3c",
                "Marsberg",
                "Q4 2028",
                "After the harvest campaign (Jul-Oct); no line changes in campaign",
            ],
            ["3d", "Lindau", "Q1-Q2 2029", "Needs stop capture and networked checkweighers first"],
        ],
        widths=[1, 2, 2, 7],
        size=12,
    )
    d.callout(
        s,
        "Gate G3 \u00b7 handover (end of Q2 2029)",
        "All five plants live on automatic stop capture; condition monitoring on all 210 "
        "critical assets; group OEE at or above 72%; every plant reporting one OEE definition daily.",
        y=4.4,
        h=1.4,
    )
    s = d.slide(
        "04 \u00b7 ROADMAP",
        "Phase 4 \u00b7 Embed & Sustain (Q3-Q4 2029)",
        "The programme office hands over to the plants",
    )
    d.cards(
        s,
        [
            (
                "01",
                "Standards owned by plants",
                "Each plant director owns its OEE and loss targets in the annual operating plan.",
            ),
            (
                "02",
                "Programme office closes",
                "Remaining backlog moves to group operational "
                "excellence; benefits audited by Finance.",
            ),
            (
                "03",
                "Continuous improvement",
                "Quarterly cross-plant reviews of the loss tree replace programme reporting.",
            ),
        ],
        cols=3,
        h=3.2,
    )
    s = d.slide(
        "04 \u00b7 ROADMAP",
        "First 90 Days",
        "A 13-week checklist from board approval to the G1 gate",
    )
    weeks(
        d,
        s,
        [
            (
                "W1-2",
                "Mandate",
                "Board approves the programme; steering committee constituted; programme director appointed",
            ),
            (
                "W3-4",
                "Works council",
                "Information and consultation on the Ostrand pilot begins; design reviews open to employee representatives",
            ),
            (
                "W3-8",
                "Baseline",
                "Baseline OEE measurement on Ostrand Lines 1-2 (MES plus manual stop logs)",
            ),
            (
                "W5-8",
                "Vendor selection",
                "Select condition-monitoring and MES-extension vendors; security review by OT",
            ),
            (
                "W7-10",
                "Critical assets",
                "Criticality ranking of the Ostrand asset register: 48 critical assets confirmed",
            ),
            (
                "W9-12",
                "First sensors",
                "Install sensors on the first 12 critical assets at Ostrand; retention set to 13 months",
            ),
            ("W11-13", "G1 review", "First steering committee gate review: pilot go or no-go"),
        ],
        row_h=1.25,
    )
    s = d.slide(
        "05 \u00b7 INVESTMENT",
        "Investment & Payback",
        "EUR 38.5M over three years, payback in 2.6 years",
    )
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_STACKED,
        ["2027", "2028", "2029"],
        [
            ("Sensors & automation", [3.2, 6.8, 4.1]),
            ("Software & data", [2.4, 3.9, 2.2]),
            ("People & training", [1.1, 2.3, 1.6]),
            ("Programme office", [1.9, 1.8, 1.4]),
        ],
        0.6,
        1.8,
        7.0,
        4.8,
        title="Investment by year (EUR M)",
    )
    d.table(
        s,
        ["Pillar", "EUR M"],
        [
            ["Line performance", "9.6"],
            ["Reliable assets", "12.4"],
            ["Right-first-time quality", "8.1"],
            ["Skilled & safe people", "3.3"],
            ["Programme office & data foundations", "5.1"],
            ["Total", "38.5"],
        ],
        x=7.9,
        w=4.8,
        size=11,
        widths=[3, 1],
    )
    s = d.slide(
        "05 \u00b7 KPIs",
        "KPI Dashboard",
        "Reviewed monthly by the steering committee, quarterly by the Executive Board",
    )
    d.table(
        s,
        ["Metric", "2026 baseline", "Target", "By when"],
        [
            ["Overall equipment effectiveness (OEE), group", "61%", "75%", "Q4 2029"],
            ["Unplanned downtime, % of planned production time", "9.5%", "5.2%", "Q4 2029"],
            ["Giveaway, % of declared pack weight", "2.4%", "1.2%", "Q4 2028"],
            ["Customer complaints per million units", "14", "6", "Q4 2029"],
            ["Average changeover time", "74 min", "45 min", "Q2 2029"],
            ["Energy per tonne produced", "612 kWh", "540 kWh", "Q4 2029"],
            ["First-pass yield", "93.1%", "97.0%", "Q4 2029"],
            ["Lost-time injury rate (per million hours)", "4.1", "2.0", "Q4 2029"],
            ["Operators certified on digital standard work", "0", "1,100", "Q2 2029"],
        ],
        y=1.75,
        row_h=0.4,
        size=11,
        widths=[5.5, 2, 2, 2],
    )
    s = d.slide(
        "05 \u00b7 RISK",
        "Risk Matrix & Mitigations",
        "Five risks with owners, reviewed at every steering committee",
    )
    d.table(
        s,
        ["Risk", "Severity", "What could happen", "Mitigation"],
        [
            [
                "Works council objection to line data",
                "High",
                "Pilot start delayed",
                "Line-level data only, no individual performance tracking; employee representatives in design reviews from week 3",
            ],
            [
                "Inconsistent downtime data",
                "High",
                "OEE compared across different definitions",
                "One reason-code tree signed off by all plant directors before Phase 3",
            ],
            [
                "OT cyber-security",
                "Medium",
                "A connected line is stopped by an attack",
                "Segment the OT network and run an IEC 62443 assessment before any line is connected",
            ],
            [
                "Food-safety validation of new equipment",
                "Medium",
                "Go-live delayed or a CCP weakened",
                "Validate every inline device under HACCP change control before go-live",
            ],
            [
                "Adoption on shifts",
                "Medium",
                "Boards and tablets unused on night shifts",
                "Operator champions on every shift; training in paid working hours",
            ],
        ],
        widths=[2.6, 1.1, 2.6, 5.8],
        size=10,
        row_h=0.5,
    )
    s = d.slide(
        "05 \u00b7 GOVERNANCE",
        "Governance & Cadence",
        "Who decides what, and how often we meet",
    )
    d.cards(
        s,
        [
            (
                "MONTHLY",
                "Smart Plants Steering Committee",
                "Chair: Chief Operating Officer (programme "
                "sponsor). CFO, Group Quality & Food Safety Director, HR Director, plant directors. "
                "Decides phase gates G1-G3 and releases budget by phase.",
            ),
            (
                "BIWEEKLY",
                "Programme Office",
                "Led by the Head of Operational Excellence. Tracks "
                "milestones, benefits and risks; prepares gate evidence.",
            ),
            (
                "WEEKLY",
                "Plant Transformation Teams",
                "Plant director, maintenance, quality, CI "
                "engineer, a shift representative. Run the plant plan.",
            ),
            (
                "QUARTERLY",
                "Executive Board & Works Council",
                "Progress report to the Executive "
                "Board; information of the group works council at each gate.",
            ),
        ],
        cols=2,
    )
    s = d.slide(
        "05 \u00b7 DECISIONS",
        "Decisions Requested Today",
        None,
    )
    bullets(
        d,
        s,
        [
            (
                0,
                "Approve the Smart Plants 2029 programme and an investment envelope of EUR 38.5M, "
                "released phase by phase",
            ),
            (
                0,
                "Confirm the Chief Operating Officer as programme sponsor and chair of the steering committee",
            ),
            (0, "Mandate the Ostrand pilot on Lines 1 and 2 from Q2 2027"),
            (0, "Authorise the tender for condition monitoring and the MES extension"),
        ],
        size=17,
    )
    s = d.slide(
        "APPENDIX",
        "Appendix: Definitions & Assumptions",
        "For reference by the board and the plant teams",
    )
    d.table(
        s,
        ["Term", "Definition"],
        [
            ["OEE", "Availability x performance x quality, against planned production time"],
            ["Giveaway", "Product packed above declared weight, as a share of declared weight"],
            ["SMED", "Single-minute exchange of die: a method to shorten changeovers"],
            ["CCP", "Critical control point in the HACCP food-safety plan"],
        ],
        widths=[2, 9],
        size=11,
    )
    d.box(
        s.shapes,
        0.6,
        4.2,
        12.1,
        1.6,
        "Savings are estimated from the 2026 loss tree at 2026 volumes and prices; the pilot "
        "results will replace these estimates at gate G2.",
        11,
    )
    d.save(out / "smart-plants-2029.pptx")


# --------------------------------------------------------------------------- case 2


def alcove_hotels(out: Path) -> None:
    """Larkspur Hotel Group: conversion of its hotels to the ALCOVE lifestyle brand, KPI
    tiles (occupancy, ADR, RevPAR, NPS), a pilot hotel in Baltimore and three waves."""
    d = Board(
        "ALCOVE Brand Launch & Operating Plan 2027-2029",
        "Larkspur Hotel Group, Brand Office",
        "ALCOVE by Larkspur \u00b7 Brand Launch & Operating Plan \u00b7 Private & Confidential",
        ((52, 32, 48), (168, 124, 52), (243, 236, 226)),
        total=29,
    )
    cover(
        d,
        "LARKSPUR HOTEL GROUP \u00b7 BOARD OF DIRECTORS \u00b7 NOVEMBER 2026",
        "A L C O V E",
        "Brand Launch & Operating Plan 2027-2029",
        [
            "From fourteen Larkspur hotels to a neighbourhood lifestyle brand",
            "Prepared by the Brand Office with Operations, Revenue and People & Culture",
            "Private & Confidential",
        ],
        tagline="Stay close. Stay curious.",
    )
    agenda(
        d,
        "Agenda",
        [
            ("01", "Why now", "Market, our portfolio, what guests tell us", "03-09"),
            ("02", "The brand", "North star and four brand pillars", "10-16"),
            ("03", "Commercial engine", "Pricing, direct booking, ALCOVE Neighbours", "17-19"),
            (
                "04",
                "Launch roadmap",
                "Three waves, the Baltimore pilot, the first 100 days",
                "20-23",
            ),
            ("05", "Numbers & governance", "KPIs, investment, risks, decisions", "24-29"),
        ],
    )
    s = d.slide(
        "01  WHY NOW", "Executive Summary", "Five numbers that define ALCOVE by the end of 2029"
    )
    d.tiles(
        s,
        [
            ("10", "hotels under the ALCOVE flag", "6 conversions + 4 new contracts"),
            ("78%", "stabilised occupancy", "from 71% in 2026"),
            ("$189", "average daily rate (ADR)", "from $164"),
            ("$147", "RevPAR", "from $116"),
            ("+50", "guest NPS", "from +31"),
        ],
        y=1.8,
        h=2.0,
    )
    d.box(
        s.shapes,
        0.6,
        4.1,
        12.1,
        2.6,
        [
            ("The core thesis", 14, True),
            (
                "Our Larkspur hotels sit in neighbourhoods guests now travel for, but the product "
                "looks like 2014 and a third of our rooms are sold through OTAs. ALCOVE converts the "
                "best six hotels into a lifestyle brand with a neighbourhood caf\u00e9-bar, mobile "
                "arrival and hosts trained to a single standard, starting with Baltimore Harbor in "
                "Q2 2027. Investment: $41.6M over three years.",
                13,
                False,
            ),
        ],
    )
    s = d.slide(
        "01  WHY NOW",
        "The Lifestyle Hotel Market",
        "Lifestyle hotels keep outgrowing the wider US market",
    )
    d.chart(
        s,
        XL_CHART_TYPE.LINE_MARKERS,
        ["2022", "2023", "2024", "2025", "2026E"],
        [
            ("Lifestyle hotels RevPAR growth (%)", [14.2, 7.1, 6.4, 5.9, 6.1]),
            ("Total US market RevPAR growth (%)", [11.8, 4.6, 2.9, 2.2, 3.2]),
        ],
        0.6,
        1.8,
        7.4,
        4.6,
    )
    d.tiles(
        s,
        [
            ("54%", "of leisure travellers under 40", "prefer independent or lifestyle hotels"),
            ("15-18%", "OTA commission", "paid on a third of our room nights"),
            ("2.1x", "lifestyle pipeline vs 2019", "rooms under construction, US"),
        ],
        x=8.3,
        w=4.4,
        h=4.6,
        cols=1,
        big=26,
    )
    s = d.slide(
        "01  WHY NOW", "Our Portfolio Today", "Fourteen Larkspur hotels, 2,380 keys, Mid-Atlantic"
    )
    d.table(
        s,
        ["Measure (2026, portfolio)", "Larkspur", "Competitive set"],
        [
            ["Occupancy", "71%", "74%"],
            ["ADR", "$164", "$171"],
            ["RevPAR", "$116", "$127"],
            ["RevPAR index", "91", "100"],
            ["Guest NPS (post-stay survey)", "+31", "+38"],
            ["Direct booking share (room nights)", "28%", "36%"],
            ["Hourly team member turnover", "64%", "55%"],
        ],
        widths=[5, 2, 2],
    )
    d.box(
        s.shapes,
        0.6,
        5.5,
        12.1,
        0.6,
        "Source: STR comp-set report, Sept 2026 YTD; Medallia; Workday.",
        10,
    )
    s = d.slide("01  WHY NOW", "Who We Are Building For", "Two guests, one brand")
    d.cards(
        s,
        [
            (
                "GUEST PROFILE",
                "The curious weekender",
                "28-45, city couples and friends, 2-night stays, "
                "books 12 days ahead on a phone, chooses the hotel for the neighbourhood, spends on "
                "food and drink. 46% of our leisure room nights.",
            ),
            (
                "GUEST PROFILE",
                "The project traveller",
                "Consultants, crews and visiting teams staying "
                "4-9 nights mid-week; wants a desk, laundry, fast wifi and a good breakfast. 31% of "
                "room nights, mostly through corporate accounts.",
            ),
        ],
        cols=2,
        h=3.2,
    )
    d.box(
        s.shapes,
        0.6,
        5.3,
        12.1,
        1.0,
        "Both tell us the same thing: they pick the place for the street it is on, and they "
        "judge it in the first ten minutes.",
        13,
        True,
    )
    s = d.slide(
        "01  WHY NOW",
        "What Guests Tell Us",
        "38,400 post-stay surveys and 21,000 online reviews, 2025-2026",
    )
    d.tiles(
        s,
        [
            ("11 min", "average arrival time", "queue plus check-in, Friday evenings"),
            ("62%", "of negative reviews", "mention dated rooms"),
            ("+19", "NPS points", "when the guest ate or drank in the hotel"),
            ("8.2", "average review score", "TrustYou, all 14 hotels"),
        ],
        y=1.8,
        h=2.3,
    )
    s = d.slide("01  WHY NOW", "Competitive Set", "Where ALCOVE will sit in its first three cities")
    d.table(
        s,
        ["Hotel type", "Typical ADR", "Occupancy", "Review score", "F&B positioning"],
        [
            ["Global lifestyle brand", "$210-260", "76%", "8.7", "Destination bar, high price"],
            ["Upscale independent", "$190-240", "72%", "8.9", "Chef-led restaurant"],
            ["Select-service chain", "$140-170", "75%", "8.1", "Grab-and-go only"],
            [
                "ALCOVE (target)",
                "$175-205",
                "78%",
                "8.9",
                "Neighbourhood caf\u00e9-bar, local partners",
            ],
        ],
        widths=[3, 2, 1.5, 1.5, 4],
    )
    s = d.slide("01  WHY NOW", "Four Challenges We Must Solve", None)
    d.cards(
        s,
        [
            (
                "01",
                "A tired product",
                "Average last renovation: 2014. Rooms score 7.4 against 8.6 for service.",
            ),
            ("02", "OTA dependence", "33% of room nights through OTAs at 15-18% commission."),
            (
                "03",
                "Team turnover",
                "64% hourly turnover; every new hire learns the job from whoever is on shift.",
            ),
            (
                "04",
                "Two technology estates",
                "Five hotels still run the old on-premise PMS; rates and guest history do not travel between them.",
            ),
        ],
        cols=2,
    )
    s = d.slide(
        "02  THE BRAND", "The neighbourhood hotel people choose on purpose.", None, number=False
    )
    d.box(s.shapes, 0.6, 1.5, 4, 0.4, "NORTH STAR", 14, True, d.accent)
    d.tiles(
        s,
        [
            ("115", "RevPAR index vs competitive set", "by 2029 (91 today)"),
            ("+50", "NPS", "every ALCOVE hotel, every quarter"),
            ("45%", "direct booking share", "from 28%"),
        ],
        y=2.5,
        h=2.3,
        grouped=True,
    )
    s = d.slide("02  THE BRAND", "Four Brand Pillars", "What makes an ALCOVE an ALCOVE")
    d.cards(
        s,
        [
            (
                "I",
                "Rooted in the Neighbourhood",
                "A caf\u00e9-bar run with local partners; the street comes into the lobby.",
            ),
            (
                "II",
                "Effortless Stays",
                "Arrive in 90 seconds, ask for anything by message, leave without a queue.",
            ),
            ("III", "Hosts, Not Staff", "Cross-trained hosts certified to one ALCOVE standard."),
            (
                "IV",
                "Asset-Smart Growth",
                "Convert what we own first, then grow through management contracts.",
            ),
        ],
        cols=4,
    )
    s = d.slide(
        "02  PILLAR I",
        "Rooted in the Neighbourhood",
        "The Corner: a caf\u00e9 by day, a bar by night, in every hotel",
    )
    bullets(
        d,
        s,
        [
            (
                0,
                "Open The Corner caf\u00e9-bar in every ALCOVE hotel, replacing the breakfast room",
            ),
            (
                0,
                "Twelve local partners per hotel (bakery, roaster, brewery, makers) signed before opening",
            ),
            (0, "A monthly neighbourhood guide written by the hosts, not an agency"),
            (0, "Target: F&B revenue per occupied room from $24 to $38 by 2029"),
        ],
        w=7.5,
    )
    d.tiles(
        s, [("$38", "F&B revenue per occupied room", "2029 target")], x=8.4, w=4.3, h=2.4, big=32
    )
    s = d.slide(
        "02  PILLAR II", "Effortless Stays", "Arrival, requests and departure without a queue"
    )
    d.chevrons(
        s,
        [
            "Book\nbest rate on alcove.com",
            "Pre-arrival\nmobile check-in",
            "Arrive\ndigital key, 90 seconds",
            "Stay\nrequests by message, answered in 5 minutes",
            "Leave\nexpress check-out",
        ],
    )
    d.callout(
        s,
        "Commitments",
        "Mobile check-in and digital key live in every ALCOVE hotel by the end of 2028; average "
        "arrival under 90 seconds; in-stay messages answered within 5 minutes, 7am-11pm.",
        y=4.1,
        h=1.3,
    )
    s = d.slide(
        "02  PILLAR III",
        "Hosts, Not Staff",
        "One standard of hospitality, learned before opening day",
    )
    bullets(
        d,
        s,
        [
            (
                0,
                "Every host completes the 5-day ALCOVE Host certification before the hotel reopens",
            ),
            (
                0,
                "Cross-training: front desk, The Corner and housekeeping share one host role where the labour agreement allows it",
            ),
            (0, "Host council in every hotel meets monthly with the general manager"),
            (
                0,
                "Targets: hourly turnover 64% -> 45% by 2029; 40% of supervisor roles filled internally",
            ),
        ],
    )
    s = d.slide("02  PILLAR IV", "Asset-Smart Growth", "Convert first, then contract")
    d.table(
        s,
        ["Lever", "What we commit to"],
        [
            [
                "Conversion playbook",
                "Property improvement plan (PIP) of about $38,000 per key, 16 weeks per hotel",
            ],
            ["Stay open", "Renovate floor by floor; never more than 30% of rooms out of order"],
            ["Season", "Heavy works only between November and March"],
            [
                "Management contracts",
                "Four third-party hotels under ALCOVE management contracts by 2029",
            ],
        ],
        widths=[3, 9],
    )
    s = d.slide("02  THE BRAND", "Brand Standards & Audits", "120 standards, one audit")
    d.cards(
        s,
        [
            (
                "",
                "120 brand standards",
                "Arrival, room, The Corner, digital, hosts; each one observable.",
            ),
            (
                "",
                "Quarterly audit",
                "An independent brand standards audit in every ALCOVE hotel every quarter.",
            ),
            (
                "",
                "Pass mark",
                "A hotel that scores under 90% has 60 days to fix it; two fails in a row go to the steering committee.",
            ),
        ],
        cols=3,
        h=3.0,
    )
    s = d.slide(
        "03  COMMERCIAL",
        "Pricing & Revenue Management",
        "Price the neighbourhood, not the discount",
    )
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        ["Q1", "Q2", "Q3", "Q4"],
        [
            ("ADR 2026 Larkspur ($)", [142, 171, 178, 163]),
            ("ADR 2029 ALCOVE plan ($)", [166, 196, 204, 188]),
        ],
        0.6,
        1.8,
        7.0,
        4.6,
    )
    bullets(
        d,
        s,
        [
            (0, "One rate on every channel; the best rate is always on alcove.com"),
            (0, "No discounting below the Q1 floor; packages instead of price cuts"),
            (0, "OTA share of room nights from 33% to 18% by 2029"),
        ],
        x=7.9,
        w=4.8,
        size=13,
    )
    s = d.slide("03  COMMERCIAL", "Direct Booking", "Own the booking, own the relationship")
    d.tiles(
        s,
        [
            ("28% -> 45%", "direct share of room nights", "by 2029"),
            ("18%", "OTA share of room nights", "from 33%"),
            ("$9.40", "distribution cost per room night", "from $14.10"),
        ],
        y=1.8,
        h=2.2,
        big=28,
    )
    d.box(
        s.shapes,
        0.6,
        4.3,
        12.1,
        1.5,
        "New alcove.com booking engine on the SynXis CRS, launched with the Baltimore pilot; corporate accounts moved to direct negotiated rates.",
        13,
    )
    s = d.slide("03  COMMERCIAL", "ALCOVE Neighbours", "Larkspur Rewards becomes ALCOVE Neighbours")
    d.table(
        s,
        ["Tier", "How you get there", "What you get"],
        [
            ["Local", "First stay", "Member rate, a drink at The Corner"],
            ["Regular", "5 nights a year", "Late check-out, room choice"],
            ["Insider", "15 nights a year", "Upgrades, partner experiences"],
        ],
        widths=[2, 4, 6],
    )
    d.box(
        s.shapes,
        0.6,
        3.9,
        12.1,
        1.0,
        "Target: 120,000 ALCOVE Neighbours members by the end of 2029 (Larkspur Rewards today: 41,000 active).",
        14,
        True,
    )
    s = d.slide(
        "04  LAUNCH ROADMAP",
        "Launch Roadmap 2027-2029: Three Waves",
        "Each wave opens only when the wave before it proves the model",
    )
    halves = ["H1 2027", "H2 2027", "H1 2028", "H2 2028", "H1 2029", "H2 2029"]
    bottom = d.gantt(
        s,
        halves,
        [
            ("Wave 1: Baltimore Harbor (pilot)", 0, 0),
            ("Wave 1: Richmond, Philadelphia Old City", 1, 1),
            ("Wave 2: Annapolis, Wilmington, Norfolk conversions", 2, 3),
            ("Wave 3: four management contracts", 4, 5),
            ("ALCOVE Neighbours & direct booking", 0, 5),
        ],
        label_w=4.6,
        row_h=0.5,
        gates=[(1, "Gate: Wave 2 go"), (3, "Gate: Wave 3 go")],
    )
    d.callout(
        s,
        "Cadence discipline",
        "Wave 2 starts only when Baltimore Harbor sustains a RevPAR index of 105 or more and an "
        "NPS of +45 or more for two consecutive quarters, and scores at least 90% in the brand "
        "standards audit. The same test, on all Wave 1 hotels, opens Wave 3.",
        y=bottom + 0.1,
        h=1.3,
    )
    s = d.slide(
        "04  PILOT",
        "Pilot Hotel: ALCOVE Baltimore Harbor",
        "212 keys, Inner Harbor; converted January-June 2027 while it stays open",
    )
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    bottom = d.gantt(
        s,
        months,
        [
            ("PIP design sign-off", 0, 0),
            ("Rooms, floors 2-6 (floor by floor)", 0, 3),
            ("The Corner build-out", 1, 3),
            ("Opera Cloud migration & digital key", 1, 2),
            ("Host certification (84 hosts)", 2, 4),
            ("Soft launch", 4, 4),
            ("Brand launch event", 5, 5),
        ],
        label_w=4.2,
        row_h=0.42,
    )
    d.callout(
        s,
        "Acceptance criteria before public launch",
        "Brand standards audit at 90% or more; 100% of hosts certified; mobile check-in and digital "
        "key live; Opera Cloud migration complete with no open P1 defects.",
        y=bottom + 0.1,
        h=1.2,
    )
    s = d.slide("04  LAUNCH ROADMAP", "First 100 Days", "From board approval to the Wave 1 gate")
    d.table(
        s,
        ["Days", "Action", "Done when"],
        [
            [
                "0-15",
                "Appoint the brand launch director and the opening task force",
                "Task force meets weekly",
            ],
            [
                "15-30",
                "Brand identity and brand standards manual v1",
                "Manual approved by the steering committee",
            ],
            ["30-45", "Baltimore PIP approved and general contractor signed", "Contract signed"],
            ["30-60", "Opera Cloud migration plan for Baltimore", "Cut-over date agreed with IT"],
            [
                "45-75",
                "Agree the host role and housekeeping standards with the union (Local 7)",
                "Side letter signed",
            ],
            [
                "60-90",
                "Host certification curriculum and first trainers",
                "Curriculum piloted with 12 hosts",
            ],
            ["100", "Steering committee Wave 1 review", "Go / no-go recorded"],
        ],
        widths=[1, 6.5, 4.5],
        size=11,
        row_h=0.4,
    )
    s = d.slide("04  LAUNCH ROADMAP", "Launch Marketing", "Earned before paid")
    d.cards(
        s,
        [
            (
                "",
                "Neighbourhood first",
                "Opening weeks with local partners, pop-ups at The Corner, a neighbours' night before the public opening.",
            ),
            (
                "",
                "Press & creators",
                "Travel press stays in the soft-launch weeks; creators stay two nights or more, never a one-hour visit.",
            ),
            (
                "",
                "No launch discount",
                "We do not open with a discount; launch packages add value instead.",
            ),
        ],
        cols=3,
        h=3.0,
    )
    s = d.slide(
        "05  NUMBERS",
        "KPI Dashboard",
        "12 measures reviewed monthly by the Brand Steering Committee (2029 targets)",
    )
    d.tiles(
        s,
        [
            ("78%", "Occupancy", None),
            ("$189", "ADR", None),
            ("$147", "RevPAR", None),
            ("+50", "Guest NPS", None),
            ("8.9", "Review score", None),
            ("45%", "Direct booking share", None),
            ("$38", "F&B revenue per occupied room", None),
            ("\u226590%", "Brand standards audit", None),
            ("\u226445%", "Hourly host turnover", None),
            ("100%", "Hosts certified before opening", None),
            ("120,000", "ALCOVE Neighbours members", None),
            ("38%", "GOP margin", None),
        ],
        y=1.75,
        h=5.1,
        cols=4,
        eyebrows=[
            "ROOMS",
            "ROOMS",
            "ROOMS",
            "GUEST",
            "GUEST",
            "COMMERCIAL",
            "COMMERCIAL",
            "BRAND",
            "PEOPLE",
            "PEOPLE",
            "COMMERCIAL",
            "FINANCE",
        ],
        big=26,
    )
    s = d.slide("05  NUMBERS", "Investment & Returns", "$41.6M over three years")
    d.chart(
        s,
        XL_CHART_TYPE.PIE,
        ["Conversion PIPs", "Brand & marketing", "Technology", "People & training"],
        [("Investment ($M)", [27.4, 5.9, 4.8, 3.5])],
        0.6,
        1.8,
        6.0,
        4.8,
    )
    d.table(
        s,
        ["Year", "ALCOVE hotels", "Rooms revenue ($M)", "GOP margin"],
        [
            ["2027", "3", "38.2", "31%"],
            ["2028", "6", "81.5", "35%"],
            ["2029", "10", "132.0", "38%"],
        ],
        x=6.9,
        w=5.8,
        size=12,
    )
    s = d.slide("05  RISK", "Risks & Mitigations", None)
    d.cards(
        s,
        [
            (
                "RISK",
                "Guests disturbed during conversion",
                "Mitigation: floor-by-floor works, never more than 30% of rooms out of order, heavy works November-March only.",
            ),
            (
                "RISK",
                "Labour agreement",
                "Mitigation: start talks with Local 7 in the first 45 days; no change to room quotas before the side letter is signed.",
            ),
            (
                "RISK",
                "Technology cut-over",
                "Mitigation: Baltimore migrates to Opera Cloud first; no other hotel migrates during its conversion.",
            ),
            (
                "RISK",
                "Softer leisure demand",
                "Mitigation: corporate negotiated rates for project travellers; packages, not discounts.",
            ),
        ],
        cols=2,
    )
    s = d.slide(
        "05  GOVERNANCE", "Governance", "One steering committee, one launch office, every hotel"
    )
    d.table(
        s,
        ["Body", "Chair / lead", "Cadence", "Decides"],
        [
            [
                "Brand Steering Committee",
                "Chief Executive Officer",
                "Monthly",
                "Wave go/no-go, PIP budgets, brand standards",
            ],
            [
                "Brand Launch Office",
                "Brand Launch Director",
                "Weekly",
                "Opening plans, risks, readiness",
            ],
            [
                "Hotel opening team",
                "General Manager",
                "Daily in the last 8 weeks",
                "Hotel readiness",
            ],
            ["Board of Directors", "Chair of the Board", "Quarterly", "Investment envelope"],
        ],
        widths=[3, 3, 2, 4],
    )
    s = d.slide("05  DECISIONS", "Decisions Requested", None)
    bullets(
        d,
        s,
        [
            (0, "Approve the ALCOVE brand and a $41.6M investment envelope, released wave by wave"),
            (0, "Approve the Baltimore Harbor conversion budget of $8.1M"),
            (0, "Confirm the Chief Executive Officer as chair of the Brand Steering Committee"),
        ],
        size=17,
    )
    s = d.slide("APPENDIX", "Appendix: Definitions & Sources", None)
    d.table(
        s,
        ["Term", "Meaning"],
        [
            ["ADR", "Rooms revenue divided by rooms sold"],
            ["RevPAR", "Rooms revenue divided by rooms available"],
            ["RevPAR index", "Our RevPAR divided by the competitive set's, x100 (STR)"],
            ["NPS", "Post-stay survey, promoters minus detractors (Medallia)"],
            ["PIP", "Property improvement plan: the works a hotel needs to meet brand standards"],
        ],
        widths=[2, 9],
        size=12,
    )
    d.save(out / "alcove-brand-launch.pptx")


# --------------------------------------------------------------------------- case 3


def fenwick_markets(out: Path) -> None:
    """Fenwick Fresh Markets: a regional supermarket chain's three-year growth plan (fresh,
    small-format stores, private label, pickup), piloted in the Charlotte metro."""
    d = Board(
        "Fresh. Near. Value. Growth Plan FY2027-FY2029",
        "Fenwick Fresh Markets, Strategy & Transformation",
        "Fenwick Fresh Markets \u00b7 Growth Plan FY2027-FY2029 \u00b7 Board confidential",
        ((24, 64, 40), (204, 98, 28), (236, 244, 230)),
        total=28,
        page_style="{n}",
    )
    cover(
        d,
        "BOARD OF DIRECTORS \u00b7 STRATEGY SESSION \u00b7 DECEMBER 2026",
        "FENWICK FRESH MARKETS",
        "Fresh. Near. Value.",
        [
            "Growth Plan FY2027-FY2029",
            "Prepared by Strategy & Transformation with Merchandising, Store Operations and Supply Chain",
            "Fiscal years run February to January; FY2027 starts 1 February 2027",
        ],
    )
    s = d.slide(None, "Agenda", None)
    bullets(
        d,
        s,
        [
            (0, "The market and our place in it"),
            (0, "Where we win and where we lose"),
            (0, "Our ambition and four pillars"),
            (0, "Roadmap and the Charlotte pilot"),
            (0, "Investment, measures, risks and governance"),
            (0, "Decisions for the board"),
        ],
        size=18,
    )
    s = d.slide(
        "EXECUTIVE SUMMARY", "Three Years to a Faster-Growing, More Profitable Fenwick", None
    )
    d.tiles(
        s,
        [
            ("+3.5%", "comparable store sales growth", "FY2029, from +1.2% in FY2026"),
            ("5.3%", "adjusted EBITDA margin", "FY2029, from 4.1%"),
            ("24", "new Fenwick Neighborhood stores", "by the end of FY2029"),
            ("27%", "private-label penetration", "from 19%"),
        ],
        y=1.6,
        h=2.0,
    )
    bullets(
        d,
        s,
        [
            (
                0,
                "Discounters and club stores took 2.8 share points in our markets since 2022; our "
                "fresh offer and convenience are what shoppers still come to us for.",
            ),
            (
                0,
                "Four pillars: Fresh, Near, Value, Easy. Prove them in the Charlotte metro in FY2027, "
                "scale across the Carolinas in FY2028, expand in Georgia and Tennessee in FY2029.",
            ),
            (0, "Capital: $312M over three years, inside our current leverage covenant."),
        ],
        y=3.9,
        h=2.9,
        size=14,
    )
    s = d.slide(
        "THE MARKET",
        "Grocery Is Growing; Our Kind of Store Is Not",
        "Channel share of US grocery sales, %",
    )
    d.chart(
        s,
        XL_CHART_TYPE.LINE_MARKERS,
        ["2022", "2023", "2024", "2025", "2026E"],
        [
            ("Traditional supermarkets", [48.1, 47.0, 46.2, 45.5, 44.9]),
            ("Discounters", [8.2, 8.9, 9.6, 10.2, 10.8]),
            ("Club & supercenters", [29.5, 29.9, 30.1, 30.4, 30.6]),
            ("Online", [9.8, 10.9, 11.8, 12.6, 13.1]),
        ],
        0.6,
        1.8,
        7.6,
        4.8,
    )
    d.tiles(
        s,
        [
            ("72%", "of shoppers compare prices weekly", "national shopper panel 2026"),
            ("210", "discounter stores opened", "in our four states since 2022"),
        ],
        x=8.5,
        w=4.2,
        h=4.6,
        cols=1,
        big=30,
    )
    s = d.slide(
        "THE MARKET", "Our Region Keeps Growing", "Population growth in our core metros, 2020-2026"
    )
    d.table(
        s,
        ["Metro", "Population growth a year", "Fenwick stores", "Fenwick share of grocery"],
        [
            ["Charlotte, NC", "+1.9%", "31", "14%"],
            ["Raleigh-Durham, NC", "+2.1%", "22", "9%"],
            ["Greenville-Spartanburg, SC", "+1.6%", "18", "12%"],
            ["Atlanta north suburbs, GA", "+1.4%", "27", "6%"],
            ["Chattanooga & Knoxville, TN", "+1.2%", "30", "11%"],
        ],
        widths=[3.5, 2.5, 2, 2.5],
    )
    s = d.slide("WHERE WE STAND", "Fenwick Today", "128 stores, $4.6B sales, 14,200 associates")
    d.cards(
        s,
        [
            (
                "STORES",
                "128 supermarkets",
                "Average 42,000 sq ft; average age of last remodel 11 years.",
            ),
            (
                "SUPPLY",
                "Two distribution centers",
                "Gastonia, NC and Macon, GA, plus a fresh-cut commissary in Gastonia.",
            ),
            (
                "ONLINE",
                "Pickup at 38 stores",
                "About 9,000 orders a week; delivery through partners only.",
            ),
            (
                "PEOPLE",
                "14,200 associates",
                "Hourly turnover 78% in FY2026; 1,050 department managers.",
            ),
        ],
        cols=4,
        h=3.0,
    )
    s = d.slide(
        "WHERE WE STAND",
        "Where We Win and Where We Lose",
        "FY2026 against the regional supermarket peer group",
    )
    d.table(
        s,
        ["Measure", "Fenwick FY2026", "Peer median", "Gap"],
        [
            ["Fresh share of sales", "31%", "36%", "-5 pts"],
            ["Total shrink, % of sales", "3.2%", "2.5%", "+0.7 pts"],
            ["Fresh shrink, % of fresh sales", "5.8%", "4.3%", "+1.5 pts"],
            ["Out-of-stocks at shelf (audit)", "7.5%", "5.0%", "+2.5 pts"],
            ["Private-label penetration", "19%", "26%", "-7 pts"],
            ["Sales per sq ft a year", "$548", "$610", "-10%"],
        ],
        widths=[4, 2, 2, 2],
    )
    s = d.slide(
        "WHERE WE STAND",
        "Store Performance by Vintage",
        "Stores remodelled since 2018 outperform by 22%",
    )
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        ["Remodelled 2018+", "2012-2017", "Before 2012"],
        [
            ("Sales per sq ft ($)", [642, 551, 497]),
            ("Comparable sales growth FY2026 (%)", [3.4, 1.1, -0.6]),
        ],
        0.6,
        1.8,
        8.0,
        4.8,
    )
    s = d.slide(
        "WHERE WE STAND",
        "Why Shoppers Leave Us",
        "Exit survey of 4,800 lapsed Fenwick shoppers, 2026",
    )
    d.tiles(
        s,
        [
            ("41%", "could not find what they came for", "out of stock"),
            ("33%", "fresh quality not consistent", "produce and bakery"),
            ("29%", "found it cheaper elsewhere", "mostly staples"),
            ("18%", "checkout lines too long", "evenings and weekends"),
        ],
        y=1.8,
        h=2.4,
    )
    s = d.slide(
        None,
        "The neighborhood grocer that is always fresh, always full and always fair.",
        None,
        number=False,
    )
    d.box(s.shapes, 0.6, 1.5, 5, 0.4, "OUR AMBITION FOR FY2029", 13, True, d.accent)
    d.box(
        s.shapes,
        0.6,
        2.5,
        12.1,
        2.0,
        "Be the first choice for the weekly shop and the top-up shop within ten minutes of home "
        "in every metro we serve.",
        22,
        False,
        d.dark,
    )
    s = d.slide("OUR PLAN", "Four Pillars", None)
    d.cards(
        s,
        [
            (
                "FRESH",
                "Win on fresh",
                "Reset produce, bakery and deli; order fresh by the numbers.\nFresh share 31% -> 38%",
            ),
            (
                "NEAR",
                "Be closer",
                "A small Fenwick Neighborhood format and remodels of older stores.\n24 new stores",
            ),
            (
                "VALUE",
                "Be fair on price",
                "Relaunch Fenwick Kitchen private label; everyday low prices on staples.\nPrivate label 19% -> 27%",
            ),
            (
                "EASY",
                "Make it quick",
                "Pickup at 100 stores, self-checkout, shorter lines.\nPickup 9,000 -> 40,000 orders a week",
            ),
        ],
        cols=4,
    )
    s = d.slide(
        "PILLAR: FRESH",
        "Win on Fresh",
        "Fresh is why shoppers choose a supermarket over a discounter",
    )
    bullets(
        d,
        s,
        [
            (
                0,
                "Fresh reset in 60 stores by FY2029: produce at the entrance, bakery baked in store, deli with ready meals",
            ),
            (
                0,
                "Carolina Grown: 40 local farms under contract by FY2028, with weekly delivery to stores",
            ),
            (
                0,
                "Computer-assisted ordering for produce, bakery and deli, replacing manual order guides",
            ),
            (0, "Markdown and donation rules for fresh at every store, run from the handhelds"),
            (
                0,
                "Targets: fresh share of sales 31% -> 38% by FY2029; fresh shrink 5.8% -> 4.0% of fresh sales by FY2029",
            ),
        ],
        size=15,
    )
    s = d.slide(
        "PILLAR: NEAR",
        "Be Closer",
        "Smaller stores where people now live, better stores where we already are",
    )
    d.table(
        s,
        ["Initiative", "FY2027", "FY2028", "FY2029", "Total"],
        [
            ["Fenwick Neighborhood stores opened", "3", "9", "12", "24"],
            ["Full remodels of pre-2012 stores", "8", "14", "18", "40"],
            ["Closures or relocations", "2", "3", "1", "6"],
        ],
        widths=[5, 1.5, 1.5, 1.5, 1.5],
    )
    d.box(
        s.shapes,
        0.6,
        3.9,
        12.1,
        1.6,
        [
            ("Site selection", 14, True),
            (
                "Build a site-selection model from our own store sales, drive times and growth data, "
                "and use it for every new site from FY2028.",
                13,
                False,
            ),
        ],
    )
    s = d.slide(
        "PILLAR: NEAR",
        "The Fenwick Neighborhood Format",
        "12,000 sq ft, 6,500 items, ten minutes from home",
    )
    d.cards(
        s,
        [
            (
                "",
                "Range",
                "6,500 items: full fresh, a tight grocery range, Fenwick Kitchen ready meals.",
            ),
            ("", "Service", "Pickup lockers, self-checkout, a coffee and hot-food counter."),
            (
                "",
                "Economics",
                "Capex $4.1M a store; target weekly sales $155,000; four-wall EBITDA 6% or more by week 26.",
            ),
            ("", "Staffing", "38 associates, cross-trained across fresh and front end."),
        ],
        cols=2,
    )
    s = d.slide("PILLAR: VALUE", "Be Fair on Price", "Fenwick Kitchen and everyday low prices")
    bullets(
        d,
        s,
        [
            (
                0,
                "Relaunch Fenwick Kitchen: 400 new private-label items and new packaging by FY2028",
            ),
            (
                0,
                "Everyday low price on 1,000 staples, matched weekly to the two nearest discounters",
            ),
            (
                0,
                "Cut promotional depth: fewer, bigger promotions chosen by category managers with supplier funding",
            ),
            (
                0,
                "Targets: private-label penetration 19% -> 27% by FY2029; price perception index 94 -> 100 by FY2028",
            ),
        ],
    )
    s = d.slide("PILLAR: EASY", "Make It Quick", "Pickup, checkout and fewer empty shelves")
    d.tiles(
        s,
        [
            ("100", "stores offering pickup", "from 38, by FY2029"),
            ("40,000", "pickup orders a week", "from 9,000"),
            ("99%", "pickup order accuracy", "items picked as ordered"),
            ("4 min", "longest checkout wait", "at the evening peak"),
        ],
        y=1.8,
        h=2.3,
        big=30,
    )
    bullets(
        d,
        s,
        [
            (0, "Self-checkout in 80 stores by FY2028"),
            (
                0,
                "Out-of-stocks at shelf from 7.5% to 4.0% by FY2029 through daily gap scans on handhelds",
            ),
        ],
        y=4.4,
        h=1.8,
    )
    s = d.slide(
        "ENABLERS",
        "Supply Chain & Technology Enablers",
        "What the four pillars need underneath them",
    )
    d.table(
        s,
        ["Enabler", "What", "When", "Done when"],
        [
            [
                "Gastonia DC expansion",
                "180,000 sq ft added, fresh and frozen",
                "Q1 FY2027 - Q3 FY2028",
                "Capacity utilisation under 85%",
            ],
            [
                "Fresh replenishment",
                "Computer-assisted ordering extended to fresh",
                "Q2 FY2027 - Q4 FY2028",
                "All 128 stores order fresh in the system",
            ],
            [
                "Store handhelds",
                "Gap scans, markdowns, pickup picking",
                "Q1 FY2027 - Q2 FY2028",
                "Every store on the new handheld app",
            ],
            [
                "Pickup platform",
                "Slot capacity and store picking",
                "Q3 FY2027 - Q2 FY2028",
                "60 slots an hour per store possible",
            ],
        ],
        widths=[2.6, 3.6, 2.6, 3.3],
        size=11,
    )
    s = d.slide("ENABLERS", "People", "Store teams make every pillar real")
    bullets(
        d,
        s,
        [
            (0, "Store Manager Academy: every store manager through a 6-week programme by FY2028"),
            (
                0,
                "Fresh department managers trained on computer-assisted ordering before their store goes live",
            ),
            (0, "Scheduling to demand: shifts built from sales forecasts in every store"),
            (0, "Target: hourly turnover 78% -> 60% by FY2029"),
        ],
    )
    s = d.slide(
        "ROADMAP",
        "Roadmap FY2027-FY2029: Prove, Scale, Expand",
        "Fiscal quarters; each stage opens at a board gate",
    )
    quarters = [f"Q{q} FY{y}" for y in (27, 28, 29) for q in (1, 2, 3, 4)]
    bottom = d.gantt(
        s,
        quarters,
        [
            ("Prove: Charlotte pilot", 0, 3),
            ("Scale: Carolinas", 4, 7),
            ("Expand: Georgia & Tennessee", 8, 11),
            ("Gastonia DC expansion", 0, 6),
            ("Fenwick Kitchen relaunch", 1, 6),
            ("Pickup to 100 stores", 2, 11),
        ],
        label_w=3.4,
        row_h=0.45,
        gates=[(3, "Gate 1"), (7, "Gate 2")],
    )
    d.box(
        s.shapes,
        0.6,
        bottom + 0.1,
        12.1,
        0.9,
        "Gate 1 (end of FY2027): the Charlotte pilot meets its success criteria. Gate 2 (end of "
        "FY2028): Carolinas stores on plan and the Gastonia expansion live.",
        12,
    )
    s = d.slide(
        "ROADMAP",
        "The Charlotte Pilot (FY2027)",
        "Three Neighborhood stores and a fresh reset in twelve Charlotte stores",
    )
    d.cards(
        s,
        [
            ("PLAZA MIDWOOD", "Neighborhood store #1", "Opens Q2 FY2027"),
            ("NODA", "Neighborhood store #2", "Opens Q3 FY2027"),
            ("SOUTH END", "Neighborhood store #3", "Opens Q3 FY2027"),
            ("12 STORES", "Fresh reset", "Charlotte supermarkets, Q2-Q4 FY2027"),
        ],
        cols=4,
        h=2.2,
    )
    d.callout(
        s,
        "Pilot success criteria (Gate 1)",
        "Neighborhood stores at $155,000 weekly sales and 6% four-wall EBITDA by week 26; fresh "
        "shrink at or below 4.5% in the reset stores; fresh share up 4 points in the reset stores; "
        "computer-assisted ordering used for 90% of fresh orders in the pilot stores.",
        y=4.3,
        h=1.6,
    )
    s = d.slide("ROADMAP", "Scale and Expand", "FY2028 and FY2029 in numbers")
    d.table(
        s,
        ["", "FY2028 Scale: Carolinas", "FY2029 Expand: Georgia & Tennessee"],
        [
            ["Neighborhood stores", "9", "12"],
            ["Fresh resets", "24", "24"],
            ["Pickup stores (cumulative)", "70", "100"],
            ["Remodels", "14", "18"],
        ],
        widths=[4, 4, 4],
    )
    s = d.slide("ROADMAP", "First 90 Days", "What starts the week after approval")
    d.table(
        s,
        ["Weeks", "Action", "Lead"],
        [
            [
                "1-2",
                "Set up the Growth Plan office and a monthly Growth Council",
                "SVP Strategy & Transformation",
            ],
            [
                "1-4",
                "Sign leases for the Plaza Midwood, NoDa and South End sites",
                "VP Real Estate & Construction",
            ],
            [
                "3-6",
                "Choose the 12 Charlotte stores for the fresh reset and measure their baseline",
                "Director, Fresh Merchandising",
            ],
            [
                "3-8",
                "Design the Gastonia DC expansion and file the permit",
                "VP Supply Chain & Logistics",
            ],
            [
                "5-10",
                "Configure computer-assisted ordering for produce in two test stores",
                "Director, Replenishment Systems",
            ],
            [
                "6-12",
                "Fenwick Kitchen range review: first 120 items briefed to suppliers",
                "Director, Private Brands",
            ],
            [
                "10-13",
                "First Growth Council review of the pilot plan",
                "SVP Strategy & Transformation",
            ],
        ],
        widths=[1, 7, 4],
        size=11,
        row_h=0.4,
    )
    s = d.slide("INVESTMENT", "Capital Plan", "$312M over three years")
    d.chart(
        s,
        XL_CHART_TYPE.BAR_STACKED,
        ["FY2027", "FY2028", "FY2029"],
        [
            ("New stores", [14, 46, 108]),
            ("Remodels", [15, 26, 33]),
            ("Supply chain", [18, 16, 4]),
            ("Technology", [7, 8, 5]),
            ("Other", [3, 4, 5]),
        ],
        0.6,
        1.8,
        8.0,
        4.8,
        title="Capex by year ($M)",
    )
    s = d.slide("MEASURES", "How We Will Measure Progress", "Reported to the board every quarter")
    d.table(
        s,
        ["Measure", "FY2026 baseline", "Target", "By"],
        [
            ["Comparable store sales growth", "+1.2%", "+3.5%", "FY2029"],
            ["Adjusted EBITDA margin", "4.1%", "5.3%", "FY2029"],
            ["Fresh share of sales", "31%", "38%", "FY2029"],
            ["Fresh shrink, % of fresh sales", "5.8%", "4.0%", "FY2029"],
            ["Out-of-stocks at shelf", "7.5%", "4.0%", "FY2029"],
            ["Private-label penetration", "19%", "27%", "FY2029"],
            ["Pickup orders a week", "9,000", "40,000", "FY2029"],
            ["Hourly associate turnover", "78%", "60%", "FY2029"],
        ],
        widths=[5, 2, 2, 2],
        size=12,
        row_h=0.4,
    )
    s = d.slide("RISKS", "Risks and Mitigations", None)
    d.table(
        s,
        ["Risk", "Likelihood", "Mitigation"],
        [
            [
                "Neighborhood stores miss sales targets",
                "Medium",
                "Open three before committing to more; Gate 1 decides the FY2028 pipeline",
            ],
            [
                "Fresh ordering change raises shrink at first",
                "High",
                "Two test stores first; department managers trained before go-live; daily shrink review in the first 8 weeks",
            ],
            [
                "Gastonia DC runs out of capacity before the expansion",
                "High",
                "Overflow cold storage contract for FY2027 peaks",
            ],
            [
                "Discounter price war on staples",
                "Medium",
                "Everyday low price on 1,000 staples funded by fewer promotions",
            ],
            [
                "Construction cost inflation",
                "Medium",
                "Fixed-price contracts; standard Neighborhood design",
            ],
        ],
        widths=[4, 1.5, 6.5],
        size=11,
        row_h=0.5,
    )
    s = d.slide("GOVERNANCE", "Governance", "How the Growth Plan is run")
    d.cards(
        s,
        [
            (
                "MONTHLY",
                "Growth Council",
                "Chaired by the executive sponsor (to be named by the board). "
                "SVP Strategy & Transformation convenes it. Decides gates, the store pipeline and capital release.",
            ),
            (
                "WEEKLY",
                "Growth Plan office",
                "Tracks the four pillars, the pilot and the capital plan.",
            ),
            (
                "QUARTERLY",
                "Board of Directors",
                "Progress against the measures; approves each gate.",
            ),
        ],
        cols=3,
        h=3.4,
    )
    s = d.slide("DECISIONS", "Decisions for the Board", None)
    bullets(
        d,
        s,
        [
            (0, "Approve the Growth Plan and the $312M capital envelope, released at each gate"),
            (0, "Approve the Charlotte pilot: three Neighborhood stores and twelve fresh resets"),
            (0, "Name an executive sponsor for the Growth Plan"),
            (0, "Approve the Gastonia DC expansion design"),
        ],
        size=17,
    )
    s = d.slide("APPENDIX", "Appendix: Definitions", None)
    d.table(
        s,
        ["Term", "Definition"],
        [
            [
                "Comparable store sales",
                "Sales of stores open 13 months or more, against the same weeks last year",
            ],
            [
                "Shrink",
                "Inventory lost to spoilage, damage and theft, at retail value, as a share of sales",
            ],
            [
                "Four-wall EBITDA",
                "Store earnings before head-office costs, interest, tax, depreciation",
            ],
            ["Private-label penetration", "Fenwick Kitchen sales as a share of grocery sales"],
        ],
        widths=[3, 9],
        size=12,
    )
    d.save(out / "growth-plan-fy27-fy29.pptx")


# --------------------------------------------------------------------------- case 4


def halden_council(out: Path) -> None:
    """Halden City Council: digital services and legacy modernisation, phased by financial
    year with service-assessment gates, piloted on residents' parking permits in Zone C."""
    d = Board(
        "Digital Halden 2027-2030",
        "Halden City Council, Digital & Data Service",
        "Halden City Council \u00b7 Digital Halden 2027-2030 \u00b7 OFFICIAL",
        ((20, 45, 90), (0, 106, 166), (230, 238, 246)),
        total=27,
        page_style="{n} of {total}",
    )
    cover(
        d,
        "OFFICIAL \u00b7 REPORT TO CABINET \u00b7 14 JANUARY 2027",
        "HALDEN CITY COUNCIL",
        "Digital Halden 2027-2030",
        [
            "Digital services and legacy modernisation strategy",
            "Report of the Strategic Director, Corporate Resources",
            "Cabinet Member: Finance, Digital & Customer Services",
        ],
        notes="Key decision. Forward plan reference KD/2026/118. Equality impact assessment "
        "attached as Appendix C (not included in this deck).",
    )
    agenda(
        d,
        "Contents",
        [
            ("1", "The case for change", "Residents, demand, the legacy estate", "3-8"),
            ("2", "Our ambition", "What we will achieve by March 2030", "9-16"),
            ("3", "How we will deliver", "Phases, gates, the parking-permit pilot", "17-21"),
            ("4", "Cost, measures and control", "Investment, measures, risks, governance", "22-27"),
        ],
    )
    s = d.slide("SUMMARY", "Summary for Cabinet", "What Digital Halden will deliver by March 2030")
    d.tiles(
        s,
        [
            ("75%", "of transactions completed online", "38% in 2025/26"),
            ("20%", "avoidable contact", "from 41% of calls"),
            ("64 -> 20", "business applications", "legacy retired"),
            ("\u00a33.9M", "annual net saving", "from 2030/31"),
        ],
        y=1.8,
        h=2.1,
    )
    bullets(
        d,
        s,
        [
            (
                0,
                "Residents call us because our online services do not let them finish what they started.",
            ),
            (
                0,
                "The council tax and benefits system reaches the end of extended support on 31 March 2029; "
                "the Civic Centre data centre lease ends the same month.",
            ),
            (
                0,
                "We will build one resident account, redesign the 12 services that drive most contact, and "
                "retire the legacy estate, starting with residents' parking permits in the Canal Quarter (Zone C).",
            ),
        ],
        y=4.1,
        h=2.7,
        size=14,
    )
    s = d.slide("1 \u00b7 THE CASE FOR CHANGE", "Halden and Its Residents", None)
    d.tiles(
        s,
        [
            ("318,000", "residents", "ONS mid-year estimate 2025"),
            ("91%", "of households have broadband", "Ofcom 2025"),
            ("14%", "of adults lack basic digital skills", "Lloyds consumer digital index, region"),
            ("1.1M", "calls to the contact centre a year", "2025/26"),
        ],
        y=1.7,
        h=2.3,
    )
    s = d.slide(
        "1 \u00b7 THE CASE FOR CHANGE",
        "Where the Calls Come From",
        "Contact centre calls by service, 2025/26 (thousands)",
    )
    d.chart(
        s,
        XL_CHART_TYPE.BAR_CLUSTERED,
        [
            "Council tax",
            "Waste & recycling",
            "Parking",
            "Housing repairs",
            "Benefits",
            "Planning & building control",
        ],
        [("Calls (thousands)", [318, 241, 152, 187, 129, 73])],
        0.6,
        1.7,
        7.6,
        4.9,
    )
    d.box(
        s.shapes,
        8.5,
        2.0,
        4.2,
        3.8,
        [
            ("41% of calls are avoidable", 16, True),
            (
                '"Where is my permit?", "Did you get my form?", "My bin was missed": progress '
                "chasing and failed online attempts.",
                13,
                False,
            ),
        ],
    )
    s = d.slide(
        "1 \u00b7 THE CASE FOR CHANGE",
        "The Legacy Estate",
        "Six systems carry most of our resident transactions",
    )
    d.table(
        s,
        ["System", "In service since", "Services", "Risk"],
        [
            [
                "RB2000 (IBM iSeries)",
                "1999",
                "Council tax, business rates, housing benefit",
                "Extended support ends 31 March 2029",
            ],
            [
                "PermitMaster 4",
                "2008",
                "Residents' and visitor parking permits",
                "Unsupported; renewals on paper forms",
            ],
            ["Lagan CRM", "2006", "Contact centre case logging", "Unsupported since 2022"],
            ["Idox Uniform", "2011", "Planning, building control, licensing", "On premises"],
            ["Bartec Collective", "2016", "Waste rounds, missed bins, bulky waste", "Supported"],
            [
                "Civic Centre data centre",
                "2004",
                "Hosts 41 of our 64 applications",
                "Lease ends March 2029",
            ],
        ],
        widths=[3, 1.6, 4, 3.5],
        size=11,
    )
    s = d.slide(
        "1 \u00b7 THE CASE FOR CHANGE",
        "The Cost of Standing Still",
        "Run cost of the current estate, \u00a3M a year",
    )
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_STACKED,
        ["2023/24", "2024/25", "2025/26"],
        [
            ("Licences & support", [2.6, 2.8, 3.1]),
            ("Hosting & data centre", [1.5, 1.6, 1.8]),
            ("Manual workarounds (staff time)", [1.7, 1.8, 1.9]),
        ],
        0.6,
        1.7,
        7.0,
        4.9,
    )
    d.tiles(
        s,
        [
            ("62%", "of the IT budget keeps the lights on", "2025/26"),
            ("\u00a36.8M", "run cost of the estate", "2025/26"),
        ],
        x=7.9,
        w=4.8,
        h=4.6,
        cols=1,
        big=30,
    )
    s = d.slide(
        "1 \u00b7 THE CASE FOR CHANGE",
        "What Residents Tell Us",
        "User research with 146 residents, 2026",
    )
    d.cards(
        s,
        [
            (
                "",
                "\u201cI have to give you my address every time.\u201d",
                "Resident, Canal Quarter",
            ),
            (
                "",
                "\u201cThe form timed out and I had to ring anyway.\u201d",
                "Resident, Northfield",
            ),
            ("", "\u201cI never know if you got it.\u201d", "Resident, Old Town"),
        ],
        cols=3,
        h=2.4,
    )
    d.box(
        s.shapes,
        0.6,
        4.6,
        12.1,
        1.2,
        "Satisfaction with online council services: 61% (residents' survey 2026).",
        15,
        True,
    )
    s = d.slide(None, "Digital by default, never digital only.", None, number=False)
    d.box(s.shapes, 0.6, 1.5, 6, 0.4, "2 \u00b7 OUR AMBITION", 13, True, d.accent)
    d.box(
        s.shapes,
        0.6,
        2.5,
        12.1,
        2.2,
        "Every resident can finish any council task in one go, online or with help, and never "
        "has to tell us the same thing twice.",
        24,
        False,
        d.dark,
    )
    s = d.slide("2 \u00b7 OUR AMBITION", "Principles We Design By", None)
    d.cards(
        s,
        [
            (
                "",
                "Service Standard",
                "Every service is assessed against the Local Government Service Standard.",
            ),
            ("", "Accessible", "WCAG 2.2 AA on every new service, tested with disabled residents."),
            ("", "Assisted digital", "Phone and face-to-face help stay for anyone who needs them."),
            (
                "",
                "Secure by design",
                "NCSC Cyber Assessment Framework outcomes for every system we buy or build.",
            ),
            ("", "Open standards", "We own our data and can change supplier."),
            ("", "Tell us once", "A resident's details are reused across services."),
        ],
        cols=3,
    )
    s = d.slide("2 \u00b7 OUR AMBITION", "Five Outcomes", None)
    d.cards(
        s,
        [
            ("1", "One front door", "My Halden: one account for every council service."),
            ("2", "Services redesigned", "The 12 services that drive most contact, end to end."),
            ("3", "Legacy retired", "From 64 business applications to 20; the data centre closed."),
            ("4", "Data we can trust", "One address register, published performance."),
            ("5", "Skills & culture", "Service owners and digital skills across the council."),
        ],
        cols=5,
        h=3.6,
    )
    s = d.slide(
        "OUTCOME 1",
        "One Front Door: My Halden",
        "One account, one address, one place to check progress",
    )
    bullets(
        d,
        s,
        [
            (0, "Launch the My Halden resident account with sign-in through GOV.UK One Login"),
            (0, "Track any request in one place: submitted, in progress, done"),
            (0, "Change of address updates council tax, waste and parking at once"),
            (0, "Target: 120,000 My Halden accounts by March 2030"),
        ],
    )
    s = d.slide(
        "OUTCOME 2",
        "Services Redesigned End to End",
        "The twelve services, and how many transactions we expect online",
    )
    d.table(
        s,
        ["Service", "Online today", "Target March 2030"],
        [
            ["Residents' and visitor parking permits", "20%", "90%"],
            ["Council tax: moving home, direct debit, discounts", "35%", "80%"],
            ["Missed bin reports", "44%", "85%"],
            ["Bulky waste collections", "30%", "85%"],
            ["Housing repairs requests", "18%", "60%"],
            ["Blue badge applications", "25%", "70%"],
            ["Garden waste subscriptions", "71%", "95%"],
            ["Six further services (see Appendix B)", "29%", "70%"],
        ],
        widths=[6, 2, 3],
        size=11,
        row_h=0.38,
    )
    s = d.slide("OUTCOME 3", "Legacy Retired", "Switch off what we replace")
    d.table(
        s,
        ["Milestone", "Date"],
        [
            ["Parking permits move off PermitMaster 4", "September 2028"],
            ["New contact centre case management replaces Lagan CRM", "June 2028"],
            [
                "Council tax and benefits run on the new revenues & benefits service",
                "December 2028",
            ],
            ["RB2000 switched off (read-only archive kept for 6 years)", "March 2029"],
            ["Civic Centre data centre exit", "March 2029"],
            ["Business applications reduced from 64 to 20", "March 2030"],
        ],
        widths=[8, 3],
    )
    s = d.slide("OUTCOME 4", "Data We Can Trust", None)
    bullets(
        d,
        s,
        [
            (
                0,
                "The local land and property gazetteer (LLPG) is the one address source for every new service",
            ),
            (0, "Publish service performance monthly on the council website from April 2028"),
            (0, "A data protection impact assessment for every redesigned service before beta"),
        ],
    )
    s = d.slide("OUTCOME 5", "Skills & Culture", None)
    bullets(
        d,
        s,
        [
            (0, "Name a service owner for each of the 12 services, accountable for its measures"),
            (0, "Digital skills programme for 800 staff by March 2029"),
            (0, "Assisted digital help points in five libraries from April 2028"),
            (
                0,
                "Multidisciplinary service teams: service owner, designer, developer from the framework supplier, analyst",
            ),
        ],
    )
    s = d.slide(
        "3 \u00b7 HOW WE WILL DELIVER",
        "Every Service Goes Through the Same Phases",
        "Each move to the next phase needs a service assessment",
    )
    d.chevrons(
        s,
        [
            "Discovery\nunderstand users and the problem",
            "Alpha\ntry options, prototype",
            "Private beta\nreal users, limited",
            "Public beta\nopen to all, old route kept",
            "Live\nold route closed",
        ],
    )
    d.callout(
        s,
        "Service assessment",
        "A panel from the Design Authority assesses each service against the Local Government "
        "Service Standard before private beta, before public beta and before live.",
        y=4.2,
        h=1.2,
    )
    s = d.slide(
        "3 \u00b7 HOW WE WILL DELIVER",
        "Programme Roadmap, April 2027 to March 2030",
        "Financial-year quarters; gates are decisions of the Digital & Data Board",
    )
    fq = [f"Q{q} {y}" for y in ("27/28", "28/29", "29/30") for q in (1, 2, 3, 4)]
    bottom = d.gantt(
        s,
        fq,
        [
            ("Phase 0: Mobilise", 0, 0),
            ("Phase 1: Foundations & first service", 1, 3),
            ("Phase 2: Migrate", 4, 7),
            ("Phase 3: Retire & improve", 8, 11),
        ],
        label_w=3.6,
        row_h=0.55,
        gates=[(0, "Gate A"), (3, "Gate B"), (7, "Gate C")],
    )
    d.table(
        s,
        ["Gate", "When", "Decision"],
        [
            ["A", "June 2027", "Release of the Phase 1 budget; supplier call-off approved"],
            [
                "B",
                "March 2028",
                "First service (parking permits, Zone C) in public beta; Phase 2 budget released",
            ],
            [
                "C",
                "March 2029",
                "RB2000 switched off and data centre exited; Phase 3 budget released",
            ],
        ],
        y=bottom + 0.05,
        size=10,
        row_h=0.3,
        widths=[1, 2, 9],
    )
    s = d.slide(
        "3 \u00b7 HOW WE WILL DELIVER",
        "Pilot: Residents' Parking Permits in Zone C, Canal Quarter",
        "4,200 households; the first service on My Halden",
    )
    months = ["Jul 27", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 28", "Feb", "Mar"]
    bottom = d.gantt(
        s,
        months,
        [
            ("Discovery", 0, 1),
            ("Alpha", 2, 3),
            ("Private beta (Zone C, invited residents)", 4, 6),
            ("Public beta (all of Zone C)", 7, 8),
        ],
        label_w=4.0,
        row_h=0.45,
    )
    d.callout(
        s,
        "Success criteria before the other 11 zones move (April-September 2028)",
        "85% of Zone C permit renewals completed online; permits issued the same day instead of in "
        "10 working days; user satisfaction of 80% or more; the service passes its public-beta "
        "assessment; no resident without a permit because the online route failed.",
        y=bottom + 0.1,
        h=1.5,
    )
    s = d.slide("3 \u00b7 HOW WE WILL DELIVER", "Phase 2: Migrate (April 2028 - March 2029)", None)
    bullets(
        d,
        s,
        [
            (
                0,
                "Revenues & benefits: move council tax, business rates and housing benefit to the new service; "
                "run both systems in parallel for two billing cycles",
            ),
            (0, "Waste services (missed bins, bulky waste, garden waste) on My Halden"),
            (0, "Replace Lagan CRM with case management for the contact centre"),
            (0, "Move the remaining applications out of the Civic Centre data centre"),
        ],
        h=3.2,
    )
    d.callout(
        s,
        "Acceptance criteria (Gate C)",
        "Parallel run reconciled with no billing differences above the agreed tolerance; RB2000 "
        "read-only by 31 December 2028 and switched off in March 2029; data centre empty by 31 March 2029.",
        y=5.0,
        h=1.4,
    )
    s = d.slide("3 \u00b7 HOW WE WILL DELIVER", "First 90 Days", "April to June 2027")
    d.table(
        s,
        ["#", "Action", "By"],
        [
            [
                "1",
                "Appoint the Digital Programme Director and hold the first Digital & Data Board",
                "Week 2",
            ],
            ["2", "Name service owners for the 12 services", "Week 4"],
            [
                "3",
                "Approve the procurement route for the revenues & benefits replacement",
                "Week 6",
            ],
            ["4", "Start discovery for residents' parking permits in Zone C", "Week 6"],
            ["5", "Equality impact assessment for the move to online services", "Week 8"],
            ["6", "Confirm the RB2000 support extension and the data centre exit plan", "Week 10"],
            [
                "7",
                "Begin consultation with staff and trade unions on contact centre roles",
                "Week 10",
            ],
            ["8", "Publish the baseline for every performance measure", "Week 12"],
        ],
        widths=[0.5, 9, 2],
        size=11,
        row_h=0.38,
    )
    s = d.slide(
        "4 \u00b7 COST, MEASURES AND CONTROL",
        "Investment and Savings",
        "\u00a314.6M capital and \u00a32.1M revenue over three years",
    )
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        ["2027/28", "2028/29", "2029/30", "2030/31"],
        [
            ("Investment (\u00a3M)", [5.2, 7.4, 4.1, 0.0]),
            ("Net saving (\u00a3M)", [0.0, 0.9, 2.6, 3.9]),
        ],
        0.6,
        1.7,
        8.0,
        4.9,
    )
    s = d.slide(
        "4 \u00b7 COST, MEASURES AND CONTROL",
        "Performance Measures",
        "Reported monthly to the Digital & Data Board, quarterly to scrutiny",
    )
    d.table(
        s,
        ["Measure", "Baseline 2025/26", "Target", "By"],
        [
            ["Transactions completed online", "38%", "75%", "March 2030"],
            ["Avoidable contact, share of calls", "41%", "20%", "March 2030"],
            ["User satisfaction with online services", "61%", "80%", "March 2029"],
            ["Business applications in use", "64", "20", "March 2030"],
            ["My Halden accounts", "0", "120,000", "March 2030"],
            ["Parking permits issued the same day", "0%", "95%", "September 2028"],
            ["New services meeting WCAG 2.2 AA", "n/a", "100%", "every release"],
        ],
        widths=[5, 2, 2, 2.5],
        size=12,
    )
    s = d.slide("4 \u00b7 COST, MEASURES AND CONTROL", "Key Risks", None)
    d.table(
        s,
        ["Risk", "Rating", "Mitigation"],
        [
            [
                "Billing errors in the revenues & benefits migration",
                "High",
                "Parallel run for two billing cycles; reconciliation signed off by the Head of Revenues & Benefits",
            ],
            [
                "Residents without digital access left behind",
                "High",
                "Phone and face-to-face routes stay; help points in five libraries; equality impact assessment per service",
            ],
            [
                "RB2000 support ends before migration",
                "High",
                "Negotiate a 12-month contingency extension now",
            ],
            [
                "Supplier capacity on the framework",
                "Medium",
                "Two suppliers called off; knowledge transfer written into the contract",
            ],
            [
                "Cyber attack during migration",
                "Medium",
                "NCSC CAF review and penetration test before each go-live",
            ],
        ],
        widths=[4, 1.3, 6.7],
        size=11,
        row_h=0.5,
    )
    s = d.slide("4 \u00b7 COST, MEASURES AND CONTROL", "Governance", "Who decides")
    d.table(
        s,
        ["Body", "Chair", "Meets", "Role"],
        [
            [
                "Digital & Data Board",
                "Strategic Director, Corporate Resources (Senior Responsible Owner)",
                "Monthly",
                "Gate decisions A-C, budget release, risk",
            ],
            [
                "Design Authority",
                "Head of Digital & Data",
                "Fortnightly",
                "Service assessments, architecture, standards",
            ],
            [
                "Cabinet",
                "Leader of the Council",
                "As needed",
                "Key decisions, including any change to charges",
            ],
            ["Overview & Scrutiny", "Scrutiny chair", "Quarterly", "Reviews progress and measures"],
        ],
        widths=[2.6, 4.6, 1.4, 3.5],
        size=11,
    )
    s = d.slide("4 \u00b7 COST, MEASURES AND CONTROL", "Recommendations to Cabinet", None)
    bullets(
        d,
        s,
        [
            (0, "Approve the Digital Halden 2027-2030 strategy"),
            (
                0,
                "Approve capital of \u00a314.6M and revenue of \u00a32.1M, released at gates A, B and C",
            ),
            (0, "Confirm the Strategic Director, Corporate Resources as Senior Responsible Owner"),
            (
                0,
                "Delegate the revenues & benefits contract award to the Strategic Director in consultation with the Cabinet Member",
            ),
        ],
        size=16,
    )
    s = d.slide("APPENDIX", "Appendix A: Glossary", None)
    d.table(
        s,
        ["Term", "Meaning"],
        [
            [
                "Avoidable contact",
                "A call that would not be needed if the service had worked first time",
            ],
            ["LLPG", "Local land and property gazetteer: the council's address register"],
            [
                "Service assessment",
                "A review of a service against the Local Government Service Standard",
            ],
            [
                "SRO",
                "Senior Responsible Owner: the person accountable for the programme's outcomes",
            ],
        ],
        widths=[3, 9],
        size=12,
    )
    d.save(out / "digital-halden-2027-2030.pptx")


# --------------------------------------------------------------------------- case 5


def crumb_kettle(out: Path) -> None:
    """Crumb & Kettle: a bakery-cafe chain's two-year growth plan. Its eval case pairs it
    with a hospital's org folder (the mismatch case), so everything the plan needs about
    owners has to come from the deck itself."""
    d = Board(
        "Crumb & Kettle Growth Plan 2027-2028",
        "Crumb & Kettle Ltd, Leadership Team",
        "Crumb & Kettle \u00b7 Growth Plan 2027-2028 \u00b7 Leadership offsite",
        ((74, 46, 30), (196, 120, 48), (246, 236, 222)),
        total=20,
        page_style="{n}",
    )
    cover(
        d,
        "LEADERSHIP OFFSITE \u00b7 HARROGATE \u00b7 SEPTEMBER 2026",
        "CRUMB & KETTLE",
        "Growth Plan 2027-2028",
        [
            "From 46 bakery caf\u00e9s to 70 across the North of England",
            "Prepared by the Managing Director and the leadership team",
        ],
        tagline="Baked this morning. Poured right now.",
    )
    s = d.slide(None, "What We Will Cover", None)
    bullets(
        d,
        s,
        [
            (0, "The market"),
            (0, "Where we are"),
            (0, "Where we are going"),
            (0, "Four moves"),
            (0, "Roadmap, numbers, risks"),
            (0, "Who leads what"),
        ],
        size=18,
    )
    s = d.slide("SUMMARY", "Growth Plan on a Page", None)
    d.tiles(
        s,
        [
            ("70", "caf\u00e9s by December 2028", "46 today"),
            ("\u00a396M", "revenue in 2028", "\u00a361M in 2025"),
            ("+4%", "like-for-like sales a year", "2027 and 2028"),
            ("2:30", "peak speed of service (min)", "from 4:10"),
        ],
        y=1.7,
        h=2.1,
    )
    d.box(
        s.shapes,
        0.6,
        4.1,
        12.1,
        2.5,
        [
            ("In one sentence", 14, True),
            (
                "Open 24 caf\u00e9s including our first drive-thrus, make the morning rush faster, add "
                "a third shift and a new laminator line at the Leeds bakery, and grow the Kettle Club "
                "app so regulars order ahead.",
                14,
                False,
            ),
        ],
    )
    s = d.slide(
        "THE MARKET",
        "The Bakery-Caf\u00e9 Market",
        "UK bakery-caf\u00e9 and coffee-shop sales, \u00a3bn",
    )
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        ["2022", "2023", "2024", "2025", "2026E"],
        [
            ("Bakery-caf\u00e9s", [3.1, 3.4, 3.6, 3.9, 4.1]),
            ("Coffee shops", [9.8, 10.7, 11.3, 11.9, 12.4]),
        ],
        0.6,
        1.7,
        7.4,
        4.9,
    )
    d.tiles(
        s,
        [
            ("38%", "of visits happen before 11am", "industry panel 2026"),
            ("1 in 4", "new coffee outlets is a drive-thru", "2025 openings"),
        ],
        x=8.3,
        w=4.4,
        h=4.6,
        cols=1,
        big=30,
    )
    s = d.slide(
        "WHERE WE ARE", "Crumb & Kettle Today", "46 caf\u00e9s in Yorkshire and the North East"
    )
    d.table(
        s,
        ["Format", "Caf\u00e9s", "Average weekly sales", "Caf\u00e9 EBITDA"],
        [
            ["High street", "29", "\u00a324,800", "16%"],
            ["Retail park", "9", "\u00a329,500", "19%"],
            ["Travel hub (stations)", "8", "\u00a331,200", "21%"],
        ],
        widths=[4, 2, 3, 2],
    )
    d.box(
        s.shapes,
        0.6,
        3.8,
        12.1,
        1.4,
        "Central bakery in Leeds (two shifts) bakes for every caf\u00e9 overnight; 1,100 team members; Kettle Club app: 80,000 members.",
        14,
    )
    s = d.slide("WHERE WE ARE", "What Holds Us Back", None)
    d.cards(
        s,
        [
            (
                "1",
                "Morning queues",
                "4:10 average wait at the 8am peak; 1 in 9 customers walks out.",
            ),
            (
                "2",
                "Bakery at capacity",
                "The Leeds bakery runs at 93% of capacity; pastry waste is 9%.",
            ),
            ("3", "High-street footfall", "High-street footfall is down 7% since 2023."),
        ],
        cols=3,
        h=3.0,
    )
    s = d.slide(
        None, "Everyone's favourite first stop of the day, across the North.", None, number=False
    )
    d.box(s.shapes, 0.6, 1.5, 5, 0.4, "WHERE WE ARE GOING", 13, True, d.accent)
    s = d.slide("FOUR MOVES", "Four Moves", None)
    d.cards(
        s,
        [
            ("1", "More caf\u00e9s", "24 new caf\u00e9s, including six drive-thrus."),
            ("2", "Faster mornings", "Peak speed of service from 4:10 to 2:30."),
            ("3", "Bake more, waste less", "A third shift and a new laminator line in Leeds."),
            ("4", "Kettle Club", "250,000 app members; order ahead for regulars."),
        ],
        cols=4,
    )
    s = d.slide("MOVE 1", "More Caf\u00e9s", "24 openings in two years")
    d.table(
        s,
        ["Format", "2027", "2028", "Site rules"],
        [
            ["Drive-thru", "2", "4", "A-road frontage, 2,000+ cars a morning"],
            ["Retail park", "4", "4", "Next to a supermarket anchor"],
            ["Travel hub", "2", "2", "Stations with 5M+ passengers a year"],
            ["High street", "3", "3", "Only where footfall grew in 2025"],
        ],
        widths=[2.5, 1, 1, 7],
    )
    s = d.slide(
        "MOVE 1",
        "The Drive-Thru Pilot: Wakefield Westgate",
        "Our first drive-thru opens in March 2027",
    )
    d.cards(
        s,
        [
            ("", "Site", "Wakefield Westgate retail park, A638 frontage, 62 seats inside."),
            ("", "Menu", "A shorter drive-thru menu: 14 drinks, 10 bakes, 4 hot breakfasts."),
            (
                "",
                "Target",
                "\u00a332,000 weekly sales by week 20; window time under 3 minutes at peak.",
            ),
        ],
        cols=3,
        h=2.6,
    )
    d.callout(
        s,
        "Roll-out gate (end of June 2027)",
        "We sign the next five drive-thru sites only if Wakefield reaches \u00a332,000 weekly sales "
        "and a peak window time under 3 minutes.",
        y=4.8,
        h=1.2,
    )
    s = d.slide("MOVE 2", "Faster Mornings", None)
    bullets(
        d,
        s,
        [
            (0, "A second espresso machine and a bake-off oven in the 20 busiest caf\u00e9s"),
            (0, "Order ahead in the Kettle Club app, collected from a pick-up shelf"),
            (
                0,
                "Peak rota: one extra barista 7-10am in every caf\u00e9 above \u00a325,000 weekly sales",
            ),
            (0, "Target: peak speed of service 4:10 -> 2:30 minutes by the end of 2027"),
        ],
    )
    s = d.slide("MOVE 3", "Bake More, Waste Less", "The Leeds bakery")
    bullets(
        d,
        s,
        [
            (0, "Add a third shift at the Leeds bakery from January 2027"),
            (
                0,
                "Install a new laminator line for croissant and pastry by September 2027 (+40% capacity)",
            ),
            (0, "Order bakes from each caf\u00e9's own sales history instead of fixed par levels"),
            (0, "Target: pastry waste 9% -> 5% by the end of 2028"),
        ],
    )
    s = d.slide("MOVE 4", "Kettle Club", None)
    d.tiles(
        s,
        [
            ("250,000", "Kettle Club members", "from 80,000, by end 2028"),
            ("15%", "of morning sales ordered ahead", "from 2%"),
            ("1 in 3", "transactions scanned with the app", "from 1 in 8"),
        ],
        y=1.8,
        h=2.4,
        big=30,
    )
    s = d.slide("PEOPLE", "Our Teams", None)
    bullets(
        d,
        s,
        [
            (0, "Barista Academy: every new team member certified in their first four weeks"),
            (0, "Team turnover from 85% to 60% by 2028"),
            (0, "A caf\u00e9 manager bonus tied to speed of service and waste, not only sales"),
        ],
    )
    s = d.slide("ROADMAP", "Roadmap 2027-2028", "Prove in the first half of 2027, then roll out")
    quarters = [f"Q{q} {y}" for y in (2027, 2028) for q in (1, 2, 3, 4)]
    d.gantt(
        s,
        quarters,
        [
            ("Phase 1: Prove (drive-thru pilot, order-ahead, third shift)", 0, 1),
            ("Phase 2: Roll out (22 more caf\u00e9s)", 2, 7),
            ("Laminator line", 1, 2),
        ],
        row_h=0.6,
        gates=[(1, "Roll-out gate")],
    )
    s = d.slide("ROADMAP", "First 90 Days", None)
    d.table(
        s,
        ["When", "Action"],
        [
            ["October", "Sign the Wakefield Westgate lease and order the drive-thru kit"],
            ["October", "Recruit the bakery's third shift (18 bakers)"],
            ["November", "Order the laminator line"],
            ["November", "Build order-ahead into the Kettle Club app"],
            ["December", "Choose the 20 busiest caf\u00e9s for second espresso machines"],
            ["December", "First growth board review of the 2027 opening list"],
        ],
        widths=[2, 10],
        size=12,
    )
    s = d.slide("NUMBERS", "What We Will Measure", None)
    d.table(
        s,
        ["Measure", "2025", "Target", "By"],
        [
            ["Caf\u00e9s trading", "46", "70", "December 2028"],
            ["Revenue", "\u00a361M", "\u00a396M", "2028"],
            ["Like-for-like sales growth", "+1.8%", "+4%", "2027 and 2028"],
            ["Peak speed of service", "4:10", "2:30", "December 2027"],
            ["Pastry waste", "9%", "5%", "December 2028"],
            ["Kettle Club members", "80,000", "250,000", "December 2028"],
            ["Team turnover", "85%", "60%", "2028"],
        ],
        widths=[5, 2, 2, 3],
        size=12,
    )
    s = d.slide("NUMBERS", "Investment", "\u00a318.4M over two years")
    d.chart(
        s,
        XL_CHART_TYPE.PIE,
        ["New caf\u00e9s", "Bakery", "Existing caf\u00e9s", "App & tills"],
        [("Investment (\u00a3M)", [12.6, 3.1, 1.7, 1.0])],
        0.6,
        1.7,
        6.0,
        4.9,
    )
    s = d.slide("RISKS", "Risks", None)
    d.table(
        s,
        ["Risk", "What we do about it"],
        [
            ["Drive-thru planning permission refused", "Two back-up sites under offer"],
            [
                "Bakery third shift hard to staff",
                "Night-shift premium; start recruiting in October",
            ],
            [
                "Dairy and butter prices rise again",
                "Six-month butter contract; menu prices reviewed twice a year",
            ],
        ],
        widths=[5, 7],
        size=12,
    )
    s = d.slide(
        "WHO LEADS WHAT",
        "Who Leads What",
        "The growth board meets monthly, chaired by the Managing Director",
    )
    d.table(
        s,
        ["Move", "Lead", "Decides"],
        [
            [
                "Growth plan and roll-out gate",
                "Managing Director",
                "Go / no-go on drive-thru roll-out",
            ],
            ["More caf\u00e9s", "Property Director", "Sites and leases"],
            ["Faster mornings", "Operations Director", "Rotas, equipment, caf\u00e9 standards"],
            ["Bake more, waste less", "Head of Bakery", "Bakery shifts and the laminator line"],
            ["Kettle Club", "Head of Digital", "App features"],
            ["Our teams", "People Director", "Barista Academy, pay and bonus"],
        ],
        widths=[4, 3, 5],
        size=12,
    )
    d.save(out / "growth-plan-2027-2028.pptx")


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "brennmoor-foods": (brennmoor_foods, "smart-plants-2029.pptx"),
    "alcove-hotels": (alcove_hotels, "alcove-brand-launch.pptx"),
    "fenwick-markets": (fenwick_markets, "growth-plan-fy27-fy29.pptx"),
    "halden-council": (halden_council, "digital-halden-2027-2030.pptx"),
    "crumb-kettle-mismatch": (crumb_kettle, "growth-plan-2027-2028.pptx"),
}
# The decks exported to PDF twins, as the corpus did for two of its decks.
TWINS = ("brennmoor-foods", "alcove-hotels", "halden-council")


# --------------------------------------------------------------------------- binary org files


BRENNMOOR_ROSTER = [
    (
        "Chief Operating Officer",
        "Executive Board",
        "Kessel",
        "Core",
        "Sponsor of Smart Plants 2029; chairs the steering committee; decides phase gates and releases budget by phase",
        "Chief Executive Officer",
    ),
    (
        "Head of Operational Excellence",
        "Group Operations",
        "Kessel",
        "Core",
        "Leads the programme office; group OEE standard, loss tree and reason-code tree; SMED and daily performance management method",
        "Chief Operating Officer",
    ),
    (
        "Group Quality & Food Safety Director",
        "Quality",
        "Kessel",
        "Core",
        "HACCP and food safety, product release, customer complaints, label and allergen verification, giveaway and weights & measures compliance; veto on changes to critical control points",
        "Chief Operating Officer",
    ),
    (
        "Group Engineering & Maintenance Manager",
        "Engineering",
        "Kessel",
        "Core",
        "Maintenance strategy, critical-asset register, SAP PM work orders, condition monitoring, spare parts, technician skill standards",
        "Chief Operating Officer",
    ),
    (
        "Head of Supply Planning & Scheduling",
        "Supply Chain",
        "Kessel",
        "Core",
        "Production scheduling for all plants, S&OP, campaign planning, changeover sequencing",
        "Chief Operating Officer",
    ),
    (
        "Head of OT & Manufacturing Systems",
        "IT",
        "Kessel",
        "Core",
        "MES, SCADA, line historians, PLC data collection, OT networks and OT security, line-data retention",
        "Chief Information Officer",
    ),
    (
        "Data & Analytics Lead",
        "IT",
        "Kessel",
        "Core",
        "OpsHub data warehouse (Snowflake) models, Power BI dashboards, KPI data quality",
        "Chief Information Officer",
    ),
    (
        "Ostrand Plant Director",
        "Plant Ostrand",
        "Ostrand",
        "Core",
        "Pilot plant: P&L, people, line changes and plant targets at Ostrand",
        "Chief Operating Officer",
    ),
    (
        "Ostrand Maintenance Lead",
        "Plant Ostrand",
        "Ostrand",
        "Core",
        "Maintenance crews, work orders and preventive maintenance at Ostrand",
        "Ostrand Plant Director",
    ),
    (
        "Ostrand Continuous Improvement Engineer",
        "Plant Ostrand",
        "Ostrand",
        "Core",
        "SMED, standard work, OEE boards and daily performance meetings at Ostrand",
        "Ostrand Plant Director",
    ),
    (
        "Learning & Skills Manager",
        "HR",
        "Kessel",
        "Core",
        "Operator and technician training, skills matrix, certification records, line-leader academy",
        "HR Director",
    ),
    (
        "Sustainability & Energy Manager",
        "Group Operations",
        "Kessel",
        "Core",
        "Utilities metering, energy per tonne, CSRD scope 1-2 reporting",
        "Chief Operating Officer",
    ),
    (
        "Chief Financial Officer",
        "Executive Board",
        "Kessel",
        "Extended",
        "Capex approval; benefits sign-off",
        "Chief Executive Officer",
    ),
    (
        "Chief Information Officer",
        "IT",
        "Kessel",
        "Extended",
        "IT strategy, SAP S/4HANA, data platforms, IT vendor contracts",
        "Chief Executive Officer",
    ),
    (
        "HR Director",
        "HR",
        "Kessel",
        "Extended",
        "Employee relations, works council liaison, shift patterns, job evaluation",
        "Chief Executive Officer",
    ),
    (
        "Works Council Chair",
        "Group Works Council",
        None,
        "Extended",
        "Elected employee representative; co-determination on shift patterns, working time and technical systems that can monitor employees",
        None,
    ),
    (
        "EHS Manager",
        "EHS",
        "Kessel",
        "Extended",
        "Safety, lost-time injury reporting, machine-safety review of new equipment",
        "Chief Operating Officer",
    ),
    (
        "Procurement Manager, Capex & Indirect",
        "Procurement",
        "Kessel",
        "Extended",
        "Tenders, vendor selection and contracts for equipment and services",
        "Chief Financial Officer",
    ),
    (
        "Finance Business Partner, Operations",
        "Finance",
        "Kessel",
        "Extended",
        "Business cases, benefits tracking, capex reporting",
        "Chief Financial Officer",
    ),
    (
        "Kessel Plant Director",
        "Plant Kessel",
        "Kessel",
        "Extended",
        "Kessel plant P&L and people; joins the core team for wave 3a",
        "Chief Operating Officer",
    ),
    (
        "Tiel Plant Director",
        "Plant Tiel",
        "Tiel",
        "Extended",
        "Tiel plant P&L and people; wave 3b",
        "Chief Operating Officer",
    ),
    (
        "Marsberg Plant Director",
        "Plant Marsberg",
        "Marsberg",
        "Extended",
        "Marsberg plant P&L and people; harvest campaign; wave 3c",
        "Chief Operating Officer",
    ),
    (
        "Lindau Plant Director",
        "Plant Lindau",
        "Lindau",
        "Extended",
        "Lindau plant P&L and people; wave 3d",
        "Chief Operating Officer",
    ),
]


def brennmoor_org(org: Path) -> None:
    write_xlsx(
        org / "people" / "smart-plants-roster.xlsx",
        "Programme roster",
        ["Role", "Department", "Site", "Tier", "Responsibilities", "Reports to"],
        BRENNMOOR_ROSTER,
    )
    write_docx(
        org / "works-council" / "works-agreement-summary.docx",
        [
            ("h1", "Works agreements that apply to Smart Plants 2029"),
            (
                "p",
                "Summary for the programme office by the HR Director, October 2026. The full texts "
                "are kept by HR.",
            ),
            ("h2", "Group works agreement on technical systems (2019)"),
            (
                "p",
                "The group works council must be consulted, and a works agreement signed, before any "
                "change to shift patterns and before any technical system that can monitor the "
                "performance or behaviour of employees goes live. This includes line terminals, "
                "tablets, cameras and any data that can be traced to a shift or a person. Allow 8 to "
                "12 weeks from the first information to a signed agreement.",
            ),
            (
                "p",
                "Line-level and machine-level data (OEE, stops, sensor readings) may be collected. Data "
                "about the performance of an individual operator may not be collected or reported.",
            ),
            ("h2", "Working time"),
            (
                "bullet",
                "Shift patterns at each plant are set in plant agreements; Lindau's 3-shift, 5-day "
                "pattern runs until December 2028.",
            ),
            ("bullet", "Time spent in programme workshops and courses counts as working time."),
            ("h2", "Contacts"),
            ("bullet", "Works Council Chair (group works council)"),
            ("bullet", "HR Director (employer side)"),
        ],
        "HR Director, Brennmoor Foods Group",
    )


HALDEN_CORE = [
    (
        "Strategic Director, Corporate Resources",
        "Senior Responsible Owner for Digital Halden; chairs the Digital & Data Board; gate decisions and budget release",
    ),
    (
        "Programme Manager, Digital Halden",
        "Programme office: plan, RAID log, gate papers, supplier call-offs, benefits tracking",
    ),
    (
        "Head of Digital & Data",
        "Chairs the Design Authority; service design, service assessments, digital architecture and standards, the framework supplier",
    ),
    (
        "Head of Customer Services",
        "Contact centre (78 advisers) and customer desk; avoidable contact; assisted digital; phone route of every service",
    ),
    (
        "Head of Revenues & Benefits",
        "Council tax, business rates, housing benefit; RB2000 business owner; billing accuracy; migration reconciliation sign-off",
    ),
    (
        "Parking Services Manager",
        "Controlled parking zones, residents' and visitor permits, PermitMaster 4 business owner",
    ),
    (
        "Head of Waste & Street Services",
        "Waste rounds, missed bins, bulky and garden waste; Bartec business owner",
    ),
    (
        "Lead Service Designer",
        "User research, prototypes, accessibility testing with disabled residents",
    ),
    (
        "Enterprise Architect",
        "Integration platform (MuleSoft), My Halden account design, GOV.UK One Login integration, application retirement plan",
    ),
    (
        "IT Infrastructure Manager",
        "Civic Centre data centre, iSeries, hosting, networks, data centre exit",
    ),
    (
        "Data & Insight Manager",
        "Halden Insight data warehouse (Azure Synapse), Power BI, performance measures, open data",
    ),
    (
        "Learning & Organisational Development Manager",
        "Staff training and the digital skills programme, e-learning, induction",
    ),
]
HALDEN_EXTENDED = [
    (
        "Cabinet Member for Finance, Digital & Customer Services",
        "Political lead; briefed monthly; takes key decisions to Cabinet",
    ),
    (
        "Chief Finance Officer (Section 151 Officer)",
        "Capital programme, savings tracking, contract approvals",
    ),
    (
        "Data Protection Officer",
        "Data protection impact assessments, data sharing, records retention",
    ),
    ("Information Security Manager", "NCSC Cyber Assessment Framework, penetration tests"),
    ("Head of Procurement", "Framework call-offs, contract awards"),
    ("Equalities Officer", "Equality impact assessments"),
    ("GIS & Address Officer", "Custodian of the LLPG (part-time)"),
    ("Head of Planning", "Planning and building control; Idox Uniform business owner"),
    ("Head of Libraries", "Library network and assisted digital help points"),
    ("UNISON Branch Secretary", "Trade union side of staff consultation"),
]


def halden_org(org: Path) -> None:
    pdf = OrgPdf("Digital Halden programme structure", "Programme Manager, Digital Halden")
    pdf.heading("Digital Halden 2027-2030: programme structure and team", 16)
    pdf.para(
        "Version 0.4, November 2026. Core team members own work in the programme; extended "
        "team members are consulted on their areas and informed of decisions."
    )
    for heading, team in (("Core team", HALDEN_CORE), ("Extended team", HALDEN_EXTENDED)):
        pdf.heading(heading, 13)
        pdf.set_font("Helvetica", "", 10.5)
        for role, remit in team:
            pdf.multi_cell(0, 5.2, f"- {role} -- {remit}")
            pdf.ln(3)
    pdf.heading("Boards", 13)
    pdf.para(
        "Digital & Data Board: monthly, chaired by the Senior Responsible Owner. Design "
        "Authority: fortnightly, chaired by the Head of Digital & Data."
    )
    out = org / "programme-structure-org-chart.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))


YUNSHU_ORG_CHART = [
    (
        "Chief Operating Officer",
        "Executive Office",
        "Xuzhou HQ",
        "Core",
        "Sponsor of the AI Transformation Roadmap for the Board; chairs the AI Transformation Steering Committee; signs off each phase and the rollout decisions",
        "Chairman",
    ),
    (
        "Head of Strategic Transformation Office",
        "Strategic Transformation Office",
        "Xuzhou HQ",
        "Core",
        "Owner of the roadmap and the business case; Board reporting; change management plan",
        "Chief Operating Officer",
    ),
    (
        "PMO Director",
        "AI Transformation Office (PMO)",
        "Xuzhou HQ",
        "Core",
        "Runs the PMO once stood up: milestones, budget tracking, cross-functional coordination, biweekly PMO sync, monthly progress brief",
        "Head of Strategic Transformation Office",
    ),
    (
        "Chief Information Officer",
        "IT",
        "Xuzhou HQ",
        "Core",
        "ERP, data platform build, IT infrastructure, IT security, data and algorithm hiring plan with HR",
        "Chief Operating Officer",
    ),
    (
        "Data Platform Manager",
        "IT",
        "Xuzhou HQ",
        "Core",
        "Yunshu Data Warehouse, master data standards, data quality rules, metadata, historical data cleansing",
        "Chief Information Officer",
    ),
    (
        "OT & Automation Manager",
        "Equipment Management Dept.",
        "Xuzhou HQ",
        "Core",
        "PLC/SCADA, equipment connectivity retrofit, edge gateways, sensor installation, OT network security",
        "Maintenance Manager",
    ),
    (
        "Maintenance Manager",
        "Equipment Management Dept.",
        "Xuzhou HQ",
        "Core",
        "Maintenance of key equipment at all five bases, Maximo, failure records, spare parts, maintenance crews, unplanned downtime",
        "Chief Operating Officer",
    ),
    (
        "Quality Director",
        "Quality Dept.",
        "Xuzhou HQ",
        "Core",
        "Inspection and QC at all five bases, defect standards, QC miss rate, inspection staffing, quality records",
        "Chief Operating Officer",
    ),
    (
        "Production Planning Manager",
        "Production Planning Dept.",
        "Xuzhou HQ",
        "Core",
        "Production scheduling for all bases, rush and change orders, order delivery cycle, WIP",
        "Chief Operating Officer",
    ),
    (
        "Head of Process Engineering",
        "Process Engineering",
        "Xuzhou HQ",
        "Core",
        "Process parameters and process documents, engineers' issue resolution, capture of senior engineers' know-how",
        "Chief Technology Officer",
    ),
    (
        "HR Training & Development Manager",
        "Human Resources",
        "Xuzhou HQ",
        "Core",
        "Training and onboarding for engineers and frontline staff, AI literacy courses, reskilling of business partners, training records",
        "HR Director",
    ),
    (
        "Xuzhou Plant Director",
        "Xuzhou Base",
        "Xuzhou",
        "Core",
        "Pilot plant: production, the 62 CNC machining centers, pilot site survey and access",
        "Chief Operating Officer",
    ),
    (
        "Chief Financial Officer",
        "Finance",
        "Xuzhou HQ",
        "Extended",
        "Investment approval, ROI model, benefit tracking",
        "Chairman",
    ),
    (
        "Chief Technology Officer",
        "R&D",
        "Xuzhou HQ",
        "Extended",
        "Product R&D, Teamcenter, engineering standards",
        "Chairman",
    ),
    (
        "HR Director",
        "Human Resources",
        "Xuzhou HQ",
        "Extended",
        "Hiring of data and algorithm roles, incentives, relations with the trade union committees",
        "Chief Operating Officer",
    ),
    (
        "Procurement Director",
        "Procurement",
        "Xuzhou HQ",
        "Extended",
        "Bidding and vendor selection for sensors, edge gateways, cameras and algorithm platforms",
        "Chief Financial Officer",
    ),
    (
        "Information Security Manager",
        "IT",
        "Xuzhou HQ",
        "Extended",
        "Security assessments, penetration testing, data compliance reviews",
        "Chief Information Officer",
    ),
    (
        "Legal & Compliance Director",
        "Legal",
        "Xuzhou HQ",
        "Extended",
        "Data compliance, vendor contracts",
        "Chairman",
    ),
    (
        "Trade Union Committee Chair",
        "Trade Union",
        "Xuzhou HQ",
        "Extended",
        "Employee representation; consulted on shift patterns, job content and headcount changes",
        "",
    ),
    (
        "Changzhou Plant Director",
        "Changzhou Base",
        "Changzhou",
        "Extended",
        "Transmission components base",
        "Chief Operating Officer",
    ),
    (
        "Qingdao Plant Director",
        "Qingdao Base",
        "Qingdao",
        "Extended",
        "Automation equipment base",
        "Chief Operating Officer",
    ),
    (
        "Changsha Plant Director",
        "Changsha Base",
        "Changsha",
        "Extended",
        "Second heavy-equipment base",
        "Chief Operating Officer",
    ),
    (
        "Chengdu Plant Director",
        "Chengdu Base",
        "Chengdu",
        "Extended",
        "South-west support base",
        "Chief Operating Officer",
    ),
]


def yunshu_org(org: Path) -> None:
    write_docx(
        org / "org-chart-ai-transformation.docx",
        [
            ("h1", "AI Transformation Roadmap 2027-2029: organization chart"),
            (
                "p",
                "Yunshu Heavy Industries, Strategic Transformation Office, July 2026. Core members "
                "own work on the roadmap; extended members are consulted on their areas.",
            ),
            (
                "table",
                (["Role", "Department", "Base", "Tier", "Remit", "Reports to"], YUNSHU_ORG_CHART),
            ),
        ],
        "Strategic Transformation Office, Yunshu Heavy Industries",
    )


# Binary org files of the corpus cases (evals/corpus/<name>/org); the decks stay in the corpus.
CORPUS_ORG_BUILDERS: dict[str, Callable[[Path], None]] = {"yunshu": yunshu_org}

ORG_BUILDERS: dict[str, Callable[[Path], None]] = {
    "brennmoor-foods": brennmoor_org,
    "halden-council": halden_org,
}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twins", action="store_true", help="also export the PDF twins (soffice)")
    parser.add_argument("--out", type=Path, default=HERE, help="write the cases under this folder")
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    args = parser.parse_args(argv)
    for name in args.cases or list(CASES):
        build, deck = CASES[name]
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        build(folder)
        if name in ORG_BUILDERS:
            ORG_BUILDERS[name](folder / "org")
        if args.twins and name in TWINS:
            export_twin(folder / deck, folder / (Path(deck).stem + ".pdf"))
        print(f"built {name}")
    if not args.cases:
        corpus = HERE.parent / "corpus" if args.out == HERE else args.out / "corpus"
        for name, build_org in CORPUS_ORG_BUILDERS.items():
            build_org(corpus / name / "org")
            print(f"built corpus/{name} org files")


if __name__ == "__main__":
    main()
