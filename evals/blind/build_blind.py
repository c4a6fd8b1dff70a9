"""Build the blind eval set's decks and binary org files, deterministically.

Run from the repository root:  .venv/bin/python evals/blind/build_blind.py

Writes, for each case under ``evals/blind/<name>/``: the deck (three PPTX built with
python-pptx, one PDF drawn with fpdf2) and the org files that cannot be written by hand
(an XLSX roster, a DOCX roster). Every other org file (Markdown, CSV, text) and every
``gold.json`` is written by hand. The generated files are committed; re-running this
script rewrites them byte for byte (fixed ZIP entry times, fixed document dates).

The decks are laid out the way consulting and board decks are: titles in free text boxes
(not placeholders) on most slides, section markers and page counters, KPI tiles (a big
number over its label), tables, charts, pillar columns, chevron roadmaps, Gantt bars,
week-by-week action grids, risk tables and governance tiers.

This set is blind: see evals/blind/README.md. Never tune anything on it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 11, 16, 9, 0, 0)
FIXED_ZIP_TIME = (2026, 11, 16, 9, 0, 0)
FIXED_W3C = "2026-11-16T09:00:00Z"
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

BLANK, TITLE_ONLY = 6, 5
Bullets = Sequence[tuple[int, str]]


# --------------------------------------------------------------------------- zip hygiene


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times, fixed document dates and sorted-as-
    written entries, recursing into embedded workbooks (chart data), so bytes are stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith(".xlsx"):
                body = normalize_zip(body)
            elif info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


# --------------------------------------------------------------------------- PPTX kit


def _bullet(para: Any, level: int) -> None:
    """A real bullet (a:buChar with a hanging indent), as PowerPoint writes one."""
    ppr = para._p.get_or_add_pPr()
    ppr.set("marL", str(int(Inches(0.25 + 0.3 * level))))
    ppr.set("indent", str(-int(Inches(0.22))))
    char = ppr.makeelement(qn("a:buChar"), {"char": "\u2022" if level == 0 else "\u2013"})
    ppr.append(char)


@dataclass(frozen=True)
class Theme:
    font: str
    accent: RGBColor
    dark: RGBColor
    muted: RGBColor
    light: RGBColor
    footer: str
    # "of" -> "12 / 30" page counters at the top right; "plain" -> "12" bottom right
    counter: str = "of"


Section = tuple[str, str] | None  # ("02", "WHERE WE ARE GOING")


class BoardDeck:
    """python-pptx with the furniture of a consulting deck; titles are text boxes."""

    W = Inches(13.333)
    H = Inches(7.5)

    def __init__(self, title: str, author: str, theme: Theme) -> None:
        self.prs = Presentation()
        self.prs.slide_width = self.W
        self.prs.slide_height = self.H
        props = self.prs.core_properties
        props.title = title
        props.author = author
        props.last_modified_by = author
        props.created = FIXED_TIME
        props.modified = FIXED_TIME
        props.revision = 3
        self.t = theme
        self._counters: list[Any] = []

    # -- primitives ---------------------------------------------------------------------

    def _new(self, notes: str | None = None, placeholder_title: str | None = None) -> Any:
        layout = TITLE_ONLY if placeholder_title is not None else BLANK
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[layout])
        if placeholder_title is not None:
            slide.shapes.title.text = placeholder_title
            para = slide.shapes.title.text_frame.paragraphs[0]
            para.alignment = PP_ALIGN.LEFT
            for run in para.runs:
                run.font.size = Pt(28)
                run.font.bold = True
                run.font.name = self.t.font
                run.font.color.rgb = self.t.dark
            slide.shapes.title.left, slide.shapes.title.top = Inches(0.5), Inches(0.35)
            slide.shapes.title.width, slide.shapes.title.height = Inches(11.8), Inches(0.9)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
        return slide

    def text(
        self,
        container: Any,
        x: float,
        y: float,
        w: float,
        h: float,
        lines: str | Sequence[str],
        size: float = 14,
        bold: bool = False,
        color: RGBColor | None = None,
        align: PP_ALIGN | None = None,
        bullets: bool = False,
    ) -> Any:
        box = container.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        frame = box.text_frame
        frame.word_wrap = True
        items = [lines] if isinstance(lines, str) else list(lines)
        for i, line in enumerate(items):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
            if bullets:
                _bullet(para, 0)
            if align is not None:
                para.alignment = align
            for run in para.runs:
                run.font.size = Pt(size)
                run.font.bold = bold
                run.font.name = self.t.font
                run.font.color.rgb = color or self.t.dark
        return box

    def shape(
        self,
        container: Any,
        kind: MSO_SHAPE,
        x: float,
        y: float,
        w: float,
        h: float,
        lines: Sequence[str] = (),
        fill: RGBColor | None = None,
        size: float = 12,
        color: RGBColor | None = None,
        bold_first: bool = True,
    ) -> Any:
        shp = container.add_shape(kind, Inches(x), Inches(y), Inches(w), Inches(h))
        shp.fill.solid()
        shp.fill.fore_color.rgb = fill or self.t.light
        shp.line.fill.background()
        frame = shp.text_frame
        frame.word_wrap = True
        for i, line in enumerate(lines):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
            for run in para.runs:
                run.font.size = Pt(size + (2 if i == 0 and bold_first else 0))
                run.font.bold = bold_first and i == 0
                run.font.name = self.t.font
                run.font.color.rgb = color or self.t.dark
        return shp

    def _chrome(
        self, slide: Any, section: Section, title: str | None, subtitle: str | None
    ) -> None:
        if section:
            self.text(slide.shapes, 0.5, 0.18, 0.6, 0.4, section[0], 12, True, self.t.accent)
            self.text(slide.shapes, 1.0, 0.18, 6.0, 0.4, section[1], 10, False, self.t.muted)
        if title:
            self.text(slide.shapes, 0.5, 0.5, 12.0, 0.8, title, 28, True, self.t.dark)
        if subtitle:
            self.text(slide.shapes, 0.5, 1.22, 12.0, 0.5, subtitle, 15, False, self.t.muted)
        line = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(6.95), self.W - Inches(1.0), Emu(9144)
        )
        line.fill.solid()
        line.fill.fore_color.rgb = self.t.light
        line.line.fill.background()
        self.text(slide.shapes, 0.5, 7.0, 10.0, 0.35, self.t.footer, 9, False, self.t.muted)
        if self.t.counter == "of":
            box = self.text(slide.shapes, 11.6, 0.18, 1.3, 0.4, "", 10, False, self.t.muted)
        else:
            box = self.text(slide.shapes, 12.1, 7.0, 0.8, 0.35, "", 9, False, self.t.muted)
        self._counters.append(box)

    def _body(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        notes: str | None,
        placeholder: bool = False,
    ) -> Any:
        slide = self._new(notes, title if placeholder else None)
        self._chrome(slide, section, None if placeholder else title, subtitle)
        return slide

    # -- slide types --------------------------------------------------------------------

    def cover(
        self,
        kicker: str,
        name: str,
        lines: Sequence[str],
        small: Sequence[str],
        notes: str | None = None,
    ) -> None:
        slide = self._new(notes)
        band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Inches(4.2), self.H)
        band.fill.solid()
        band.fill.fore_color.rgb = self.t.accent
        band.line.fill.background()
        self.text(slide.shapes, 4.8, 0.7, 8.0, 0.4, kicker, 11, True, self.t.muted)
        self.text(slide.shapes, 4.8, 1.6, 8.0, 1.2, name, 44, True, self.t.dark)
        self.text(slide.shapes, 4.8, 2.9, 8.0, 1.8, lines, 20, False, self.t.dark)
        self.text(slide.shapes, 4.8, 5.3, 8.0, 1.4, small, 11, False, self.t.muted)
        self._counters.append(None)

    def agenda(
        self,
        title: str,
        items: Sequence[tuple[str, str, str, str]],
        subtitle: str | None = None,
        notes: str | None = None,
    ) -> None:
        slide = self._body(None, title, subtitle, notes)
        for i, (no, name, detail, pages) in enumerate(items):
            y = 1.9 + i * 0.95
            self.text(slide.shapes, 0.9, y, 0.9, 0.7, no, 30, True, self.t.accent)
            self.text(slide.shapes, 1.9, y, 7.5, 0.45, name, 18, True)
            self.text(slide.shapes, 1.9, y + 0.42, 7.5, 0.4, detail, 12, False, self.t.muted)
            self.text(slide.shapes, 10.6, y + 0.1, 1.6, 0.4, pages, 12, False, self.t.muted)

    def tiles(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        tiles: Sequence[tuple[str, str, str]],
        body_head: str | None = None,
        body: Sequence[str] = (),
        notes: str | None = None,
        grouped: bool = False,
    ) -> None:
        slide = self._body(section, title, subtitle, notes)
        container = slide.shapes.add_group_shape().shapes if grouped else slide.shapes
        width = 12.0 / len(tiles)
        for i, (big, label, sub) in enumerate(tiles):
            x = 0.5 + i * width
            self.shape(
                container, MSO_SHAPE.RECTANGLE, x + 0.05, 1.95, width - 0.2, 2.1, (), self.t.light
            )
            self.text(container, x + 0.2, 2.05, width - 0.5, 0.9, big, 36, True, self.t.accent)
            self.text(container, x + 0.2, 2.95, width - 0.5, 0.5, label, 13, True)
            if sub:
                self.text(container, x + 0.2, 3.45, width - 0.5, 0.5, sub, 11, False, self.t.muted)
        if body_head:
            self.text(slide.shapes, 0.5, 4.35, 12.0, 0.4, body_head, 14, True, self.t.accent)
        if body:
            self.text(slide.shapes, 0.5, 4.8, 12.0, 2.0, body, 13, bullets=len(body) > 1)

    def table(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        note: str | None = None,
        widths: Sequence[float] | None = None,
        notes: str | None = None,
        placeholder: bool = False,
        size: float = 12,
    ) -> None:
        slide = self._body(section, title, subtitle, notes, placeholder)
        top = 1.85
        height = min(0.42 * (len(rows) + 1), 6.6 - top - (0.6 if note else 0))
        frame = slide.shapes.add_table(
            len(rows) + 1, len(header), Inches(0.5), Inches(top), Inches(12.3), Inches(height)
        )
        grid = frame.table
        if widths:
            for c, w in enumerate(widths):
                grid.columns[c].width = Inches(w)
        for c, text in enumerate(header):
            grid.cell(0, c).text = text
            for run in grid.cell(0, c).text_frame.paragraphs[0].runs:
                run.font.size = Pt(size)
                run.font.bold = True
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
                for run in grid.cell(r, c).text_frame.paragraphs[0].runs:
                    run.font.size = Pt(size - 1)
        if note:
            self.text(slide.shapes, 0.5, 6.25, 12.3, 0.6, note, 11, False, self.t.muted)

    def chart(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        side_head: str | None = None,
        side: Sequence[str] = (),
        kind: XL_CHART_TYPE = XL_CHART_TYPE.COLUMN_CLUSTERED,
        source: str | None = None,
        notes: str | None = None,
    ) -> None:
        slide = self._body(section, title, subtitle, notes)
        data = CategoryChartData()
        data.categories = list(categories)
        for name, values in series:
            data.add_series(name, list(values))
        width = 7.6 if side else 12.3
        frame = slide.shapes.add_chart(
            kind, Inches(0.5), Inches(1.9), Inches(width), Inches(4.5), data
        )
        chart = frame.chart
        chart.has_legend = len(series) > 1
        if chart.has_legend:
            chart.legend.position = XL_LEGEND_POSITION.BOTTOM
            chart.legend.include_in_layout = False
        if side_head:
            self.text(slide.shapes, 8.5, 1.95, 4.3, 0.4, side_head, 14, True, self.t.accent)
        if side:
            self.text(slide.shapes, 8.5, 2.45, 4.3, 3.9, side, 12, bullets=True)
        if source:
            self.text(slide.shapes, 0.5, 6.45, 12.0, 0.4, source, 9, False, self.t.muted)

    def columns(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        cols: Sequence[Sequence[str]],
        footer_note: str | None = None,
        kind: MSO_SHAPE = MSO_SHAPE.ROUNDED_RECTANGLE,
        notes: str | None = None,
        top: float = 1.95,
        height: float = 4.1,
        size: float = 12,
        grouped: bool = False,
    ) -> None:
        """Side-by-side boxes (pillars, workstreams, governance tiers): first line bold."""
        slide = self._body(section, title, subtitle, notes)
        container = slide.shapes.add_group_shape().shapes if grouped else slide.shapes
        width = 12.3 / len(cols)
        for i, lines in enumerate(cols):
            self.shape(
                container, kind, 0.5 + i * width, top, width - 0.15, height, lines, size=size
            )
        if footer_note:
            self.text(
                slide.shapes,
                0.5,
                top + height + 0.2,
                12.3,
                0.7,
                footer_note,
                12,
                True,
                self.t.accent,
            )

    def grid(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        cells: Sequence[tuple[str, str, str]],
        per_row: int = 3,
        notes: str | None = None,
        size: float = 12,
    ) -> None:
        """Blocks of (tag, heading, text), e.g. a first-90-days plan by week."""
        slide = self._body(section, title, subtitle, notes)
        rows = (len(cells) + per_row - 1) // per_row
        width = 12.3 / per_row
        height = min(4.7 / rows, 2.3)
        for i, (tag, head, body) in enumerate(cells):
            r, c = divmod(i, per_row)
            x, y = 0.5 + c * width, 1.9 + r * (height + 0.1)
            self.shape(
                slide.shapes, MSO_SHAPE.RECTANGLE, x, y, width - 0.15, height, (), self.t.light
            )
            self.text(
                slide.shapes, x + 0.1, y + 0.05, width - 0.35, 0.35, tag, 11, True, self.t.accent
            )
            self.text(slide.shapes, x + 0.1, y + 0.4, width - 0.35, 0.4, head, size + 1, True)
            self.text(slide.shapes, x + 0.1, y + 0.8, width - 0.35, height - 0.85, body, size)

    def chevrons(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        phases: Sequence[tuple[str, str, str]],
        gates: Sequence[str] = (),
        gate_head: str | None = None,
        notes: str | None = None,
    ) -> None:
        """A chevron roadmap (name, span) with a description under each and gates below."""
        slide = self._body(section, title, subtitle, notes)
        group = slide.shapes.add_group_shape()
        width = 12.3 / len(phases)
        for i, (name, span, desc) in enumerate(phases):
            x = 0.5 + i * width
            self.shape(
                group.shapes,
                MSO_SHAPE.CHEVRON,
                x,
                1.95,
                width + 0.05,
                0.95,
                [name, span],
                self.t.accent,
                12,
                RGBColor(0xFF, 0xFF, 0xFF),
            )
            self.text(slide.shapes, x + 0.2, 3.05, width - 0.35, 2.0, desc, 11)
        if gate_head:
            self.text(slide.shapes, 0.5, 5.15, 12.3, 0.35, gate_head, 13, True, self.t.accent)
        if gates:
            self.text(slide.shapes, 0.5, 5.5, 12.3, 1.4, gates, 11, bullets=True)

    def gantt(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        periods: Sequence[str],
        bars: Sequence[tuple[str, int, int]],
        milestones: Sequence[tuple[str, int]] = (),
        criteria_head: str | None = None,
        criteria: str | None = None,
        notes: str | None = None,
    ) -> None:
        """Bars over period columns; ``(label, first, last)`` are 0-based column indexes."""
        slide = self._body(section, title, subtitle, notes)
        left, label_w, top = 0.5, 3.4, 1.85
        col_w = (12.3 - label_w) / len(periods)
        for c, period in enumerate(periods):
            self.text(
                slide.shapes,
                left + label_w + c * col_w,
                top,
                col_w,
                0.3,
                period,
                10,
                True,
                self.t.muted,
                PP_ALIGN.CENTER,
            )
        row_h = min(0.36, 3.0 / max(len(bars), 1))
        for r, (label, first, last) in enumerate(bars):
            y = top + 0.4 + r * row_h
            self.text(slide.shapes, left, y, label_w, row_h, label, 11)
            bar = slide.shapes.add_shape(
                MSO_SHAPE.RECTANGLE,
                Inches(left + label_w + first * col_w),
                Inches(y + 0.06),
                Inches((last - first + 1) * col_w - 0.05),
                Inches(row_h - 0.12),
            )
            bar.fill.solid()
            bar.fill.fore_color.rgb = self.t.accent
            bar.line.fill.background()
        y = top + 0.45 + len(bars) * row_h
        for label, col in milestones:
            self.shape(
                slide.shapes,
                MSO_SHAPE.DIAMOND,
                left + label_w + col * col_w + col_w / 2 - 0.12,
                y,
                0.24,
                0.24,
                (),
                self.t.dark,
            )
            self.text(
                slide.shapes,
                left + label_w + col * col_w - 0.2,
                y + 0.26,
                col_w + 0.4,
                0.3,
                label,
                10,
                True,
                align=PP_ALIGN.CENTER,
            )
        if criteria_head:
            self.text(slide.shapes, 0.5, 5.55, 12.3, 0.35, criteria_head, 13, True, self.t.accent)
        if criteria:
            self.text(slide.shapes, 0.5, 5.9, 12.3, 1.0, criteria, 11)

    def statement(
        self,
        kicker: str,
        lines: Sequence[str],
        under: Sequence[str] = (),
        tiles: Sequence[tuple[str, str]] = (),
        notes: str | None = None,
    ) -> None:
        slide = self._new(notes)
        self.text(slide.shapes, 0.8, 0.9, 11.5, 0.4, kicker, 13, True, self.t.accent)
        self.text(slide.shapes, 0.8, 1.4, 11.5, 1.8, lines, 34, True, self.t.dark)
        if under:
            self.text(slide.shapes, 0.8, 3.3, 11.5, 1.0, under, 15, False, self.t.muted)
        width = 11.5 / max(len(tiles), 1)
        for i, (big, label) in enumerate(tiles):
            self.text(
                slide.shapes, 0.8 + i * width, 4.7, width - 0.2, 0.8, big, 32, True, self.t.accent
            )
            self.text(
                slide.shapes, 0.8 + i * width, 5.5, width - 0.2, 0.8, label, 12, False, self.t.dark
            )
        self.text(slide.shapes, 0.5, 7.0, 10.0, 0.35, self.t.footer, 9, False, self.t.muted)
        self._counters.append(None)

    def bullets(
        self,
        section: Section,
        title: str,
        subtitle: str | None,
        head: str | None,
        items: Bullets,
        side_head: str | None = None,
        side: Sequence[str] = (),
        notes: str | None = None,
        placeholder: bool = False,
    ) -> None:
        """Bullets in a text box (levels as indented paragraphs), optional side panel."""
        slide = self._body(section, title, subtitle, notes, placeholder)
        width = 7.8 if side else 12.3
        if head:
            self.text(slide.shapes, 0.5, 1.85, width, 0.4, head, 15, True, self.t.accent)
        box = slide.shapes.add_textbox(
            Inches(0.5), Inches(2.3 if head else 1.9), Inches(width), Inches(4.4)
        )
        frame = box.text_frame
        frame.word_wrap = True
        for i, (level, line) in enumerate(items):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
            para.level = level
            _bullet(para, level)
            for run in para.runs:
                run.font.size = Pt(14 - 2 * level)
                run.font.name = self.t.font
                run.font.color.rgb = self.t.dark
        if side_head or side:
            self.shape(slide.shapes, MSO_SHAPE.RECTANGLE, 8.6, 1.85, 4.2, 4.8, (), self.t.light)
        if side_head:
            self.text(slide.shapes, 8.75, 1.95, 3.9, 0.4, side_head, 13, True, self.t.accent)
        if side:
            self.text(slide.shapes, 8.75, 2.4, 3.9, 4.2, side, 12)

    def save(self, path: Path) -> None:
        total = len(self.prs.slides)
        for number, box in enumerate(self._counters, start=1):
            if box is None:
                continue
            label = f"{number:02d} / {total}" if self.t.counter == "of" else str(number)
            para = box.text_frame.paragraphs[0]
            para.text = label
            para.alignment = PP_ALIGN.RIGHT
            for run in para.runs:
                run.font.size = Pt(10)
                run.font.name = self.t.font
                run.font.color.rgb = self.t.muted
        buffer = io.BytesIO()
        self.prs.save(buffer)
        path.write_bytes(normalize_zip(buffer.getvalue()))


# --------------------------------------------------------------------------- PDF kit


class PdfBoardDeck(FPDF):
    """16:9 landscape pages drawn like a deck exported to PDF (core fonts: ASCII text)."""

    ACCENT = (0, 94, 120)
    MUTED = (110, 110, 110)
    LIGHT = (228, 238, 241)

    def __init__(self, title: str, author: str, footer_text: str) -> None:
        super().__init__(orientation="L", unit="mm", format=(190.5, 338.7))
        self.footer_text = footer_text
        self.set_auto_page_break(False)
        self.set_margins(16, 14, 16)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("Microsoft PowerPoint")
        self.set_producer("groundwork blind eval builder")
        self.set_creation_date(FIXED_TIME)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_draw_color(*self.LIGHT)
        self.line(16, 176, 322, 176)
        self.set_xy(16, 178)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*self.MUTED)
        self.cell(250, 5, self.footer_text)
        self.set_xy(290, 178)
        self.cell(32, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    # -- primitives ---------------------------------------------------------------------

    def _page(self, section: str | None, title: str, subtitle: str | None) -> None:
        self.add_page()
        if section:
            self.set_xy(16, 9)
            self.set_font("Helvetica", "B", 9)
            self.set_text_color(*self.ACCENT)
            self.cell(200, 5, section)
        self.set_xy(16, 16)
        self.set_font("Helvetica", "B", 24)
        self.set_text_color(20, 20, 20)
        self.multi_cell(306, 11, title)
        if subtitle:
            self.set_x(16)
            self.set_font("Helvetica", "", 13)
            self.set_text_color(*self.MUTED)
            self.multi_cell(306, 7, subtitle)
        self.set_text_color(0, 0, 0)

    def _para(
        self,
        x: float,
        y: float,
        w: float,
        text: str,
        size: float = 12,
        style: str = "",
        color: tuple[int, int, int] = (0, 0, 0),
        line: float | None = None,
    ) -> float:
        self.set_xy(x, y)
        self.set_font("Helvetica", style, size)
        self.set_text_color(*color)
        self.multi_cell(w, line or size * 0.5, text)
        self.set_text_color(0, 0, 0)
        return self.get_y()

    def _bullets(self, x: float, y: float, w: float, items: Bullets, size: float = 12) -> float:
        self.set_y(y)
        for level, text in items:
            indent = x + 7 * level
            line = size * 0.52
            top = self.get_y()
            if level:
                self.line(indent, top + line / 2, indent + 2.2, top + line / 2)
            else:
                self.set_fill_color(*self.ACCENT)
                self.ellipse(indent, top + line / 2 - 0.8, 1.6, 1.6, style="F")
            self._para(indent + 4.5, top, w - 7 * level - 4.5, text, size - 1.5 * level, line=line)
            self.ln(1.2)
        return self.get_y()

    # -- page types ---------------------------------------------------------------------

    def cover(self, kicker: str, name: str, lines: Sequence[str], small: Sequence[str]) -> None:
        self.add_page()
        self.set_fill_color(*self.ACCENT)
        self.rect(0, 0, 338.7, 18, style="F")
        self._para(24, 40, 290, kicker, 11, "B", self.MUTED)
        self._para(24, 52, 290, name, 38, "B", (20, 20, 20), 17)
        y = self._para(24, self.get_y() + 4, 290, "\n".join(lines), 18, "", (20, 20, 20), 9)
        self._para(24, max(y + 18, 140), 290, "\n".join(small), 10, "", self.MUTED, 5.5)

    def agenda(self, title: str, items: Sequence[tuple[str, str, str]]) -> None:
        self._page(None, title, None)
        y = 44.0
        for no, name, detail in items:
            self._para(24, y, 20, no, 24, "B", self.ACCENT, 11)
            self._para(48, y, 220, name, 16, "B", line=8)
            self._para(48, y + 8, 260, detail, 11, "", self.MUTED, 6)
            y += 24

    def tiles(
        self,
        section: str | None,
        title: str,
        subtitle: str | None,
        tiles: Sequence[tuple[str, str, str]],
        body: Sequence[str] = (),
    ) -> None:
        self._page(section, title, subtitle)
        per_row = min(len(tiles), 4)
        width = 306 / per_row
        for i, (big, label, sub) in enumerate(tiles):
            r, c = divmod(i, per_row)
            x, y = 16 + c * width, 48 + r * 50
            self.set_fill_color(*self.LIGHT)
            self.rect(x, y, width - 5, 44, style="F")
            self._para(x + 4, y + 4, width - 13, big, 28, "B", self.ACCENT, 12)
            self._para(x + 4, y + 19, width - 13, label, 11, "B", line=5.5)
            if sub:
                self._para(x + 4, self.get_y() + 1, width - 13, sub, 9.5, "", self.MUTED, 5)
        if body:
            rows = (len(tiles) + per_row - 1) // per_row
            self._bullets(16, 52 + rows * 50, 306, [(0, b) for b in body], 12)

    def table(
        self,
        section: str | None,
        title: str,
        subtitle: str | None,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        note: str | None = None,
        size: float = 10,
    ) -> None:
        self._page(section, title, subtitle)
        self.set_y(self.get_y() + 5)
        self.set_font("Helvetica", "", size)
        self.set_draw_color(200, 200, 200)
        with self.table(  # type: ignore[operator]
            col_widths=tuple(widths),
            width=sum(widths),
            align="LEFT",
            line_height=size * 0.5,
            headings_style=None,
            first_row_as_headings=True,
        ) as grid:
            head = grid.row()
            self.set_font("Helvetica", "B", size)
            for text in header:
                head.cell(text)
            self.set_font("Helvetica", "", size)
            for row in rows:
                line = grid.row()
                for text in row:
                    line.cell(text)
        if note:
            self._para(16, self.get_y() + 4, 306, note, 10, "I", self.MUTED, 5)

    def columns(
        self,
        section: str | None,
        title: str,
        subtitle: str | None,
        cols: Sequence[Sequence[str]],
        footer_note: str | None = None,
        size: float = 10.5,
    ) -> None:
        self._page(section, title, subtitle)
        width = 306 / len(cols)
        top = 48.0
        for i, lines in enumerate(cols):
            x = 16 + i * width
            self.set_fill_color(*self.LIGHT)
            self.rect(x, top, width - 4, 112, style="F")
            self._para(x + 3, top + 3, width - 10, lines[0], size + 2, "B", self.ACCENT, 6)
            for line in lines[1:]:
                self._para(x + 3, self.get_y() + 2, width - 10, line, size, line=5.2)
        if footer_note:
            self._para(16, 164, 306, footer_note, 11, "B", self.ACCENT, 5.5)

    def chevrons(
        self,
        section: str | None,
        title: str,
        subtitle: str | None,
        phases: Sequence[tuple[str, str, str]],
        gates: Sequence[str] = (),
        gate_head: str | None = None,
    ) -> None:
        self._page(section, title, subtitle)
        width = 306 / len(phases)
        top = 50.0
        for i, (name, span, desc) in enumerate(phases):
            x = 16 + i * width
            tip = 7.0
            points = [
                (x, top),
                (x + width - tip, top),
                (x + width, top + 11),
                (x + width - tip, top + 22),
                (x, top + 22),
                (x + tip, top + 11),
            ]
            self.set_fill_color(*self.ACCENT)
            self.polygon(points, style="F")
            self._para(x + 9, top + 3, width - 18, name, 11, "B", (255, 255, 255), 5.5)
            self._para(x + 9, top + 11.5, width - 18, span, 9.5, "", (255, 255, 255), 5)
            self._para(x + 3, top + 27, width - 8, desc, 10, line=5.2)
        if gate_head:
            self._para(16, 128, 306, gate_head, 12, "B", self.ACCENT, 6)
        if gates:
            self._bullets(16, 135, 306, [(0, g) for g in gates], 10.5)

    def bullets(
        self,
        section: str | None,
        title: str,
        subtitle: str | None,
        head: str | None,
        items: Bullets,
        side_head: str | None = None,
        side: Sequence[str] = (),
    ) -> None:
        self._page(section, title, subtitle)
        width = 190 if side or side_head else 306
        y = self.get_y() + 6
        if head:
            y = self._para(16, y, width, head, 13, "B", self.ACCENT, 7) + 2
        self._bullets(16, y, width, items, 12)
        if side or side_head:
            self.set_fill_color(*self.LIGHT)
            self.rect(214, 46, 108, 118, style="F")
            y = 50.0
            if side_head:
                y = self._para(218, y, 100, side_head, 12, "B", self.ACCENT, 6) + 2
            for line in side:
                y = self._para(218, y, 100, line, 10.5, line=5.2) + 2

    def statement(self, kicker: str, text: str, under: str | None = None) -> None:
        self.add_page()
        self._para(30, 40, 280, kicker, 12, "B", self.ACCENT, 6)
        y = self._para(30, 54, 280, text, 26, "B", (20, 20, 20), 12)
        if under:
            self._para(30, y + 8, 280, under, 13, "", self.MUTED, 7)

    def save(self, path: Path) -> None:
        path.write_bytes(bytes(self.output()))


# --------------------------------------------------------------------------- org files


def write_xlsx(
    path: Path,
    sheet: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    title_rows: Sequence[str] = (),
) -> None:
    """A spreadsheet as people keep one: a title line or two above the table."""
    book = Workbook()
    book.properties.creator = "HR Systems"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for line in title_rows:
        ws.append([line])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append(list(header))
    for c in range(1, len(header) + 1):
        ws.cell(ws.max_row, c).font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buffer.getvalue()))


def write_docx(path: Path, blocks: Sequence[tuple[str, Any]]) -> None:
    """``blocks``: ("h1"|"h2", text), ("p", text), ("bullets", [text]) or
    ("table", (header, rows))."""
    doc = Document()
    props = doc.core_properties
    props.author = "Trust Secretary's Office"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 4
    for kind, value in blocks:
        if kind == "h1":
            doc.add_heading(value, level=1)
        elif kind == "h2":
            doc.add_heading(value, level=2)
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "bullets":
            for item in value:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            header, rows = value
            grid = doc.add_table(rows=1, cols=len(header))
            grid.style = "Table Grid"
            for c, text in enumerate(header):
                grid.rows[0].cells[c].text = text
            for row in rows:
                cells = grid.add_row().cells
                for c, text in enumerate(row):
                    cells[c].text = text
    buffer = io.BytesIO()
    doc.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# --------------------------------------------------------------------------- case 1
# Ostara Logistics: contract logistics network, operations strategy, pilot at Corby DC.


def ostara_network(out: Path) -> None:
    theme = Theme(
        font="Arial",
        accent=RGBColor(0xD9, 0x5F, 0x0E),
        dark=RGBColor(0x1F, 0x2A, 0x36),
        muted=RGBColor(0x6B, 0x74, 0x80),
        light=RGBColor(0xF2, 0xEE, 0xE9),
        footer="Ostara Logistics \u00b7 Network 2029 \u00b7 Board paper \u00b7 Strictly confidential",
    )
    d = BoardDeck("Network 2029", "Network Transformation Office", theme)
    s1 = ("01", "WHERE WE ARE TODAY")
    s2 = ("02", "WHERE WE ARE GOING")
    s3 = ("03", "HOW WE WILL GET THERE")
    s4 = ("04", "MONEY, RISK AND GOVERNANCE")

    # 1
    d.cover(
        "OSTARA LOGISTICS \u00b7 BOARD PAPER \u00b7 STRICTLY CONFIDENTIAL",
        "NETWORK 2029",
        [
            "One network. Every order right.",
            "Operations strategy and transformation roadmap, April 2027 \u2013 September 2029",
        ],
        [
            "Prepared for: the Board of Ostara Logistics Ltd",
            "Prepared by: Network Transformation Office, with external operations advisors",
            "Version 2.1 \u00b7 February 2027",
        ],
    )
    # 2
    d.agenda(
        "Contents",
        [
            (
                "01",
                "Where we are today",
                "Market, our network, service and cost performance, safety",
                "p. 3\u20138",
            ),
            (
                "02",
                "Where we are going",
                "Our ambition, what we stand for, our commitments for FY29",
                "p. 9\u201312",
            ),
            (
                "03",
                "How we will get there",
                "Four programmes, the Corby pilot, phases and gates, first 100 days",
                "p. 13\u201322",
            ),
            (
                "04",
                "Money, risk and governance",
                "Investment, benefits, risks, decision rights, scorecard",
                "p. 23\u201330",
            ),
        ],
    )
    # 3
    d.tiles(
        None,
        "The short version",
        "A network that grew site by site now has to run as one",
        [
            ("98.5%", "OTIF to clients by FY29", "from 94.1% in FY26"),
            ("\u221221%", "lower cost per order line", "\u00a30.62 \u2192 \u00a30.49"),
            ("165", "lines per labour hour", "from 118 today"),
            ("\u00a346m", "capital over 30 months", "payback in 2.6 years"),
        ],
        "Our recommendation",
        [
            "Volumes have grown 38% since FY22 on a network designed in 2015; two of seven DCs meet the contractual OTIF of 97%.",
            "Four programmes (Smart Floor, Planned Labour, Connected Transport, One Data Spine), delivered in three phases after a three-month mobilisation, with Board gates between them.",
            "Prove it first at Corby DC over summer 2027, then scale to the other six DCs in two waves in 2028.",
        ],
        notes="Open with the OTIF gap: clients are paying for 97% and getting 94%.",
    )
    # 4
    d.chart(
        s1,
        "The market we compete in",
        "UK contract logistics keeps growing, and clients are consolidating onto fewer providers",
        ["2021", "2022", "2023", "2024", "2025", "2026E", "2027E", "2028E"],
        [
            (
                "UK contract logistics market (\u00a3bn)",
                [11.2, 11.9, 12.6, 13.1, 13.8, 14.5, 15.1, 15.8],
            )
        ],
        "What this means for Ostara",
        [
            "Grocery online share has settled at 12.4%, pushing each-picking into our ambient DCs",
            "Warehouse wages have risen 7.1% a year since 2022",
            "Agency labour costs a 28% premium over permanent hours",
            "Three of our five largest clients re-tender in 2028",
        ],
        source="Source: industry market reports, Ostara commercial analysis. 2026\u20132028 are estimates.",
    )
    # 5
    d.table(
        s1,
        "Our network today",
        "Seven distribution centres, two cross-docks, 310 tractor units and 4,900 colleagues",
        ["Site", "Type", "Size (sq ft)", "Main clients", "WMS release"],
        [
            ["Corby DC", "Ambient + chilled grocery", "620,000", "Two grocery retailers", "2023"],
            ["Wakefield DC", "Ambient, each-pick", "540,000", "Health & beauty", "2023"],
            ["Thurrock DC", "Ambient, each-pick", "480,000", "General merchandise", "2019"],
            ["Daventry DC", "Ambient", "510,000", "Grocery", "2019"],
            ["Bristol Avonmouth DC", "Chilled", "300,000", "Grocery", "2019"],
            ["Doncaster DC", "Ambient", "450,000", "General merchandise", "2019"],
            ["Livingston DC", "Ambient + chilled", "280,000", "Grocery (Scotland)", "2019"],
            ["Crick and Warrington", "Cross-dock hubs", "160,000", "All clients", "n/a"],
        ],
        note="1.9 million order lines a week at peak; 2,160 store deliveries a day.",
        widths=[2.6, 2.6, 1.8, 3.1, 2.2],
    )
    # 6
    d.chart(
        s1,
        "Service: we are missing the promise at five of seven sites",
        "OTIF by distribution centre, FY26 (contract standard 97%)",
        ["Corby", "Wakefield", "Thurrock", "Daventry", "Avonmouth", "Doncaster", "Livingston"],
        [("OTIF FY26 (%)", [97.4, 97.1, 92.6, 93.8, 92.9, 93.1, 94.0])],
        "Why it matters",
        [
            "Service credits paid to clients in FY26: \u00a33.8m",
            "Late loads cluster on Mondays and after bank holidays",
            "Short picks are the largest single cause of failure (41%)",
        ],
    )
    # 7
    d.table(
        s1,
        "What is holding us back",
        "Four root causes explain most of the service and cost gap",
        ["Issue", "What we see", "Root cause"],
        [
            [
                "Walking, not picking",
                "Travel is 61% of pick time in ambient aisles",
                "Static slotting, last reviewed in 2022; fast movers at the back of the aisles",
            ],
            [
                "Labour planned by feel",
                "Agency workers are 31% of warehouse hours",
                "Shift plans built in spreadsheets a week ahead; no engineered standards at five sites",
            ],
            [
                "Trucks planned by hand",
                "27% of own-fleet kilometres run empty",
                "Route planning by spreadsheet at four sites; no central backhaul desk",
            ],
            [
                "Three versions of the truth",
                "Stock record accuracy 97.2%",
                "Two WMS releases in use; product dimensions missing for 18% of SKUs",
            ],
        ],
        widths=[2.6, 4.2, 5.5],
    )
    # 8
    d.tiles(
        s1,
        "Safety and people",
        "We are behind the sector on injuries and staff turnover",
        [
            ("2.4", "lost-time injuries per 100,000 hours", "sector median 1.6"),
            ("34%", "warehouse colleague turnover", "FY26, permanent staff"),
            ("312", "MHE incidents reported", "FY26, all sites"),
        ],
        "What colleagues tell us",
        [
            "\u201cThe plan changes three times a shift.\u201d (team leader, Daventry)",
            "\u201cWe walk miles for the lines that sell most.\u201d (picker, Thurrock)",
        ],
    )
    # 9
    d.statement(
        "02 \u00b7 WHERE WE ARE GOING",
        ["One network.", "Every order right, first time."],
        [
            "By the end of FY29 every Ostara site runs on the same processes, the same systems and the same numbers."
        ],
        notes="This is the line we want every colleague to be able to repeat.",
    )
    # 10
    d.columns(
        s2,
        "What we stand for",
        "Four principles that decide the trade-offs when the plan is under pressure",
        [
            [
                "Nobody goes home hurt",
                "Safety comes before speed in every design decision and every go-live.",
            ],
            [
                "The client promise",
                "We measure ourselves the way our clients measure us: on time, in full.",
            ],
            [
                "Standard work",
                "One way of working per process, written down, trained and improved by the people who do it.",
            ],
            [
                "Decisions on data",
                "One set of numbers, owned and trusted, reviewed at the same cadence at every site.",
            ],
        ],
    )
    # 11
    d.table(
        s2,
        "Our commitments for FY29",
        "Nine measures the Board will hold us to, against a baseline signed off by Finance",
        ["Measure", "FY26 baseline", "Target", "By"],
        [
            ["Orders delivered on time and in full (OTIF)", "94.1%", "98.5%", "March 2029"],
            ["Cost per order line, fully loaded", "\u00a30.62", "\u00a30.49", "March 2029"],
            ["Pick productivity, lines per labour hour", "118", "165", "September 2029"],
            ["Stock record accuracy (cycle count)", "97.2%", "99.5%", "March 2028"],
            ["Dock-to-stock time, inbound pallets", "19 hours", "8 hours", "March 2029"],
            ["Empty running, own fleet (share of km)", "27%", "18%", "September 2029"],
            ["Lost-time injury frequency rate (per 100,000 hours)", "2.4", "1.2", "March 2029"],
            ["Agency share of warehouse hours", "31%", "18%", "September 2029"],
            ["CO2e per pallet delivered", "14.8 kg", "11.0 kg", "September 2029"],
        ],
        widths=[6.3, 2.0, 2.0, 2.0],
    )
    # 12
    d.columns(
        s2,
        "Four programmes, one network",
        "Each programme attacks one root cause; together they carry the nine commitments",
        [
            [
                "1 \u00b7 Smart Floor",
                "Dynamic slotting, pick-path design and goods-to-person automation where each-picking is heaviest.",
                "Pick productivity +40%",
            ],
            [
                "2 \u00b7 Planned Labour",
                "Engineered standards, a labour management system and a 13-week labour forecast for every site.",
                "Agency hours 31% \u2192 18%",
            ],
            [
                "3 \u00b7 Connected Transport",
                "One transport planning system, yard management with dock booking, and a backhaul desk.",
                "Empty running 27% \u2192 18%",
            ],
            [
                "4 \u00b7 One Data Spine",
                "One WMS release, clean product master data, and a network control tower.",
                "Stock accuracy to 99.5%",
            ],
        ],
        grouped=True,
    )
    # 13
    d.bullets(
        s3,
        "Programme 1 \u00b7 Smart Floor",
        "Put the fast movers where the pickers are, then let the goods come to the picker",
        "What we will do",
        [
            (
                0,
                "Re-slot the fastest-moving 2,000 SKUs every week from WMS velocity data, starting at Corby",
            ),
            (0, "Redesign pick paths and introduce voice picking at all ambient DCs"),
            (
                0,
                "Goods-to-person automation with autonomous mobile robots (AMRs) for each-picking at Wakefield and Thurrock",
            ),
            (1, "Site acceptance test passed before manual pick capacity is released"),
            (
                0,
                "Replace 140 reach trucks at end of lease with models fitted with pedestrian detection",
            ),
        ],
        "Target",
        [
            "Pick productivity from 118 to 165 lines per labour hour",
            "Travel from 61% to under 35% of pick time",
            "Lead: Network Operations Director",
        ],
    )
    # 14
    d.bullets(
        s3,
        "Programme 2 \u00b7 Planned Labour",
        "Know the work content, plan the people, and grow our own team instead of renting it",
        "What we will do",
        [
            (
                0,
                "Engineered labour standards for every pick, put-away and load activity at all seven DCs",
            ),
            (
                0,
                "A labour management system (LMS) fed by WMS task data, showing team performance against standard",
            ),
            (1, "No individual disciplinary use of LMS data in the first year"),
            (0, "A rolling 13-week labour forecast by site and shift, reviewed every Thursday"),
            (0, "Offer annualised-hours permanent contracts to long-serving agency workers"),
            (0, "Team-leader coaching and MHE licences through Ostara Academy before each go-live"),
        ],
        "Target",
        [
            "Agency hours down from 31% to 18% of the total",
            "Turnover below 25% by FY29",
            "Lead: People Director with the Head of Continuous Improvement",
        ],
    )
    # 15
    d.bullets(
        s3,
        "Programme 3 \u00b7 Connected Transport",
        "Plan every truck centrally, stop trailers queuing at the gate, and sell our empty legs",
        "What we will do",
        [
            (
                0,
                "Roll out network TMS route optimisation to the four sites still planning routes by spreadsheet",
            ),
            (0, "Yard management with supplier dock booking at all seven DCs"),
            (
                0,
                "A central backhaul desk that sells empty return legs to suppliers and other shippers",
            ),
            (0, "Telematics required in every subcontracted haulier contract from April 2028"),
            (
                0,
                "HVO fuel across the fleet and 40 electric tractor units on the Corby\u2013London trunk",
            ),
        ],
        "Target",
        [
            "Empty running from 27% to 18% of kilometres",
            "CO2e per pallet from 14.8 kg to 11.0 kg",
            "Lead: Transport Director",
        ],
    )
    # 16
    d.bullets(
        s3,
        "Programme 4 \u00b7 One Data Spine",
        "One system release, one product master, one live picture of the network",
        "What we will do",
        [
            (0, "Upgrade the five sites still on WMS 2019 to the 2023 release"),
            (
                0,
                "Fix product dimensions (cube data) for the top 5,000 SKUs before slotting goes live",
            ),
            (
                0,
                "Name a product master data owner per client and publish a weekly data quality scorecard",
            ),
            (
                0,
                "Keep pick-event data for 36 months so standards and slotting can learn from a full year",
            ),
            (0, "Build a network control tower: one live view of orders, stock, labour and trucks"),
        ],
        "Target",
        [
            "Stock record accuracy from 97.2% to 99.5%",
            "Dock-to-stock from 19 to 8 hours",
            "Lead: Head of Data & Analytics with the WMS Product Owner",
        ],
    )
    # 17
    d.bullets(
        s3,
        "Why Corby first",
        "The pilot: dynamic slotting, labour standards with the LMS, and yard management at Corby DC",
        "Pilot scope, July \u2013 September 2027 (13 weeks, before the peak freeze)",
        [
            (
                0,
                "Dynamic slotting in ambient aisles 1\u201340; aisles 41\u201380 kept as they are, as the comparison",
            ),
            (0, "Engineered standards and the LMS on all picking and put-away shifts"),
            (0, "Yard management and supplier dock booking at the Corby gatehouse"),
            (0, "Exit criteria (Gate B):"),
            (
                1,
                "Lines per labour hour up at least 20% in pilot aisles, sustained for eight consecutive weeks",
            ),
            (1, "Stock record accuracy of 99.0% or better in pilot zones"),
            (1, "Average trailer wait at the gate under 30 minutes"),
            (1, "No increase in lost-time injuries at the site"),
        ],
        "Why Corby",
        [
            "Already on WMS 2023",
            "Largest site: 620,000 sq ft, ambient and chilled",
            "Site leadership volunteered",
            "Two grocery clients have agreed to take part",
        ],
    )
    # 18
    d.chevrons(
        s3,
        "The road ahead",
        "A 30-month programme: mobilise, prove, scale, embed",
        [
            (
                "Phase 0 \u00b7 Mobilise",
                "Months 0\u20133 \u00b7 Apr\u2013Jun 2027",
                "Stand up the Network Transformation Office, sign off baselines, select vendors, agree the Corby pilot charter.",
            ),
            (
                "Phase 1 \u00b7 Prove at Corby",
                "Months 3\u20139 \u00b7 Jul\u2013Dec 2027",
                "Run the Corby pilot through the summer; hold changes through peak; review results in January.",
            ),
            (
                "Phase 2 \u00b7 Scale",
                "Months 9\u201321 \u00b7 Jan\u2013Dec 2028",
                "Roll out to the other six DCs in two waves; WMS upgrades; network TMS; goods-to-person at Wakefield and Thurrock.",
            ),
            (
                "Phase 3 \u00b7 Embed",
                "Months 21\u201330 \u00b7 Jan\u2013Sep 2029",
                "Network control tower, transfer to business as usual, continuous improvement owned by the sites.",
            ),
        ],
        [
            "Gate A (end of June 2027): Board releases pilot capital of \u00a36.5m on a signed pilot charter and baselines",
            "Gate B (January 2028): Corby exit criteria met; Network Transformation Board approves the roll-out",
            "Gate C (September 2029): programme closure review against the nine FY29 commitments",
        ],
        "Gates",
    )
    # 19
    d.gantt(
        s3,
        "Phase 1 in detail: prove it at Corby",
        "July 2027 \u2013 January 2028",
        ["Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan"],
        [
            ("Slotting engine configured, aisles 1\u201340", 0, 0),
            ("Engineered standards agreed with site committee", 0, 1),
            ("LMS live on picking and put-away", 1, 2),
            ("Yard management and dock booking live", 0, 2),
            ("Pilot run and weekly readouts", 1, 2),
            ("Peak: no system changes", 3, 5),
            ("Pilot evaluation and Gate B pack", 6, 6),
        ],
        [("Gate B", 6)],
        "Note",
        "Every go-live in Phase 1 happens before 1 October; results are read out weekly to the Corby site steering group and monthly to the Network Transformation Board.",
    )
    # 20
    d.table(
        s3,
        "Phase 2: scale in two waves",
        "January \u2013 December 2028",
        ["Wave", "Sites", "Window", "What goes live"],
        [
            [
                "Wave 1",
                "Wakefield, Thurrock, Daventry",
                "Feb \u2013 Jun 2028",
                "Slotting, LMS, yard management; goods-to-person at Wakefield and Thurrock; WMS 2023 at Thurrock and Daventry",
            ],
            [
                "Wave 2",
                "Bristol Avonmouth, Doncaster, Livingston",
                "Jun \u2013 Sep 2028",
                "Slotting, LMS, yard management; WMS 2023 at all three",
            ],
            [
                "Network",
                "All sites and the fleet",
                "Mar \u2013 Sep 2028",
                "Network TMS at the four spreadsheet sites; backhaul desk; telematics clause in haulier contracts",
            ],
        ],
        note="Phase 2 acceptance: all seven DCs on WMS 2023 and live on the LMS; network OTIF at or above 97% for three consecutive months.",
        widths=[1.4, 3.2, 2.0, 5.7],
    )
    # 21
    d.bullets(
        s3,
        "Phase 3: make it how we work",
        "January \u2013 September 2029",
        None,
        [
            (0, "Network control tower live, used in the daily 09:00 network call"),
            (0, "Continuous improvement teams at every site own standards and slotting rules"),
            (0, "Hand over the LMS, yard and TMS to business-as-usual owners with service levels"),
            (
                0,
                "Gate C: close the programme against the nine commitments, or the Board approves a recovery plan",
            ),
        ],
    )
    # 22
    d.grid(
        s3,
        "The first 100 days",
        "What happens between Board approval and the Corby pilot",
        [
            (
                "Days 1\u201315",
                "Mandate",
                "Board approves Network 2029 and Phase 0 funding; Network Transformation Office stood up with a full-time programme director.",
            ),
            (
                "Days 15\u201330",
                "Baselines",
                "Baseline the nine commitments for every site, signed off by Finance.",
            ),
            (
                "Days 15\u201345",
                "Consultation opens",
                "Open consultation with the Corby site consultative committee on engineered labour standards and the LMS.",
            ),
            (
                "Days 30\u201360",
                "Vendors",
                "Select slotting, LMS and yard management vendors through competitive tender.",
            ),
            (
                "Days 45\u201375",
                "Pilot charter",
                "Corby pilot charter agreed: scope, comparison aisles, exit criteria, named site team.",
            ),
            (
                "Days 60\u2013100",
                "Data and review",
                "Extend pick-event data retention to 36 months; first Network Transformation Board review locks the Phase 1 plan.",
            ),
        ],
    )
    # 23
    d.chart(
        s4,
        "What it costs",
        "\u00a346m of capital over 30 months, front-loaded into 2028",
        ["FY27 (Apr\u2013Mar)", "FY28", "FY29", "FY30 (Apr\u2013Sep)"],
        [("Capital (\u00a3m)", [7.8, 24.6, 11.1, 2.5])],
        "Breakdown",
        [
            "Automation (AMRs, Wakefield and Thurrock): \u00a319.4m",
            "Systems (LMS, yard, TMS, WMS upgrade): \u00a311.2m",
            "Fleet (electric units and chargers): \u00a39.1m",
            "People and change: \u00a33.8m",
            "Contingency: \u00a32.5m",
        ],
    )
    # 24
    d.tiles(
        s4,
        "What it returns",
        "Benefits counted only against the Finance-signed FY26 baseline",
        [
            (
                "\u00a317.9m",
                "annual run-rate saving by FY30",
                "labour 58%, transport 27%, service credits 15%",
            ),
            ("2.6 yrs", "payback on capital", ""),
            ("\u00a331m", "NPV at 8% over seven years", ""),
        ],
        None,
        ["Upside not in the case: client retention at the three 2028 re-tenders."],
    )
    # 25
    d.table(
        s4,
        "What could go wrong",
        "Five risks we will manage from day one",
        ["Risk", "Rating", "What we will do about it", "Owner"],
        [
            [
                "Colleagues see engineered standards and the LMS as surveillance",
                "High",
                "Consult site committees at least 45 days before go-live; co-design standards with team leaders; no individual discipline from LMS data in year one",
                "People Director",
            ],
            [
                "A client objects to changes in its operation",
                "Medium",
                "A client change-approval pack for every pick-process change; client operations directors on the pilot steering group",
                "Commercial Director",
            ],
            [
                "Automation vendor slips",
                "Medium",
                "Staged acceptance with payment milestones; keep manual pick capacity until the site acceptance test is passed",
                "Head of Engineering & Automation",
            ],
            [
                "A go-live collides with peak",
                "High",
                "No go-lives from 1 October to 15 January; waves planned February to September",
                "Network Operations Director",
            ],
            [
                "Product data not good enough for slotting",
                "High",
                "Measure and fix cube data for the top 5,000 SKUs before slotting goes live",
                "Head of Data & Analytics",
            ],
        ],
        widths=[3.3, 1.0, 5.6, 2.4],
        size=11,
    )
    # 26
    d.columns(
        s4,
        "Who decides what",
        "Decision rights and cadence",
        [
            ["Ostara Board", "Quarterly", "Approves Gates A and C and any spend above \u00a35m"],
            [
                "Network Transformation Board",
                "Monthly \u00b7 chaired by the Chief Operating Officer",
                "Go/no-go at Gate B and at the start of each wave; owns the benefits case",
            ],
            [
                "Design Authority",
                "Fortnightly \u00b7 chaired by the Head of Continuous Improvement",
                "Approves process and system designs, standards and slotting rules",
            ],
            [
                "Site steering groups",
                "Weekly \u00b7 chaired by the site General Manager",
                "Readiness, go-live decisions within the wave plan, issues and risks",
            ],
        ],
        kind=MSO_SHAPE.RECTANGLE,
    )
    # 27
    d.bullets(
        s4,
        "How we will know",
        "One scorecard, the same at every level",
        None,
        [
            (
                0,
                "Weekly site scorecard: OTIF, lines per labour hour, stock record accuracy, lost-time injuries",
            ),
            (
                0,
                "Monthly network scorecard of the nine commitments to the Network Transformation Board",
            ),
            (0, "Quarterly benefits realisation review with Finance"),
            (
                0,
                "At Corby, pilot aisles are compared with the untouched aisles 41\u201380 over the same weeks",
            ),
            (0, "Each measure has one owner and one written definition (appendix)"),
        ],
    )
    # 28
    d.bullets(
        s4,
        "Bringing our people with us",
        "The change is done with colleagues, not to them",
        None,
        [
            (
                0,
                "Train 1,100 pickers and team leaders on new pick paths and standards through Ostara Academy before each go-live",
            ),
            (0, "A super-user on every shift at every site during go-live weeks"),
            (0, "Monthly \u2018network huddle\u2019 video from the COO during Phases 1 and 2"),
            (0, "Recognition scheme for site improvement ideas adopted network-wide"),
        ],
    )
    # 29
    d.bullets(
        s4,
        "What we ask of the Board today",
        None,
        None,
        [
            (0, "Approve the Network 2029 strategy and its 30-month roadmap"),
            (0, "Release \u00a31.3m for Phase 0 now and \u00a36.5m for the Corby pilot at Gate A"),
            (0, "Confirm the Chief Operating Officer as the accountable executive"),
        ],
    )
    # 30
    d.table(
        s4,
        "Appendix: measure definitions",
        None,
        ["Measure", "Definition"],
        [
            [
                "OTIF",
                "Store orders delivered within the booked slot with every line and case as ordered, over all store orders",
            ],
            [
                "Cost per order line",
                "All warehouse and transport operating cost, including overheads, over order lines shipped",
            ],
            [
                "Lines per labour hour",
                "Order lines picked over direct and indirect warehouse labour hours",
            ],
            [
                "Stock record accuracy",
                "Locations whose counted quantity matches the WMS record, over locations counted",
            ],
            [
                "Empty running",
                "Own-fleet kilometres run without a load, over all own-fleet kilometres",
            ],
        ],
        widths=[3.0, 9.3],
    )
    d.save(out / "network-2029-board-paper.pptx")
    write_xlsx(
        out / "org" / "people" / "operations-leadership-roles-jan-2027.xlsx",
        "Roles",
        ["Job title", "Function", "Reports to", "Programme tier", "Accountabilities"],
        [
            [
                "Chief Executive Officer",
                "Executive",
                "Board",
                "Extended",
                "Group strategy; client relationships at Board level; chairs the executive committee",
            ],
            [
                "Chief Operating Officer",
                "Operations",
                "Chief Executive Officer",
                "Core",
                "Executive sponsor of Network 2029; chairs the Network Transformation Board; accountable for network service, cost and safety",
            ],
            [
                "Network Operations Director",
                "Operations",
                "Chief Operating Officer",
                "Core",
                "Runs the seven DCs and two cross-docks through the site General Managers; owns OTIF, stock accuracy, dock-to-stock and peak planning",
            ],
            [
                "General Manager, Corby DC",
                "Operations (Corby)",
                "Network Operations Director",
                "Core",
                "Runs Corby DC; chairs the Corby site steering group; presents changes to the site consultative committee",
            ],
            [
                "Transport Director",
                "Transport",
                "Chief Operating Officer",
                "Core",
                "Own fleet, subcontracted hauliers, trunking and route planning; owns empty running, fleet fuel and trailer turnaround",
            ],
            [
                "Head of Continuous Improvement",
                "Operations Excellence",
                "Chief Operating Officer",
                "Core",
                "Engineered labour standards, process design and lean; chairs the Design Authority; owns lines per labour hour",
            ],
            [
                "Head of Engineering & Automation",
                "Engineering",
                "Network Operations Director",
                "Core",
                "MHE fleet, conveyors, sortation and automation projects; manages integrator and maintenance contracts",
            ],
            [
                "Head of IT",
                "IT",
                "Chief Financial Officer",
                "Core",
                "IT infrastructure, applications, vendor management and cyber security",
            ],
            [
                "WMS Product Owner",
                "IT",
                "Head of IT",
                "Core",
                "Warehouse management system configuration, releases and upgrades at every site",
            ],
            [
                "Head of Data & Analytics",
                "IT",
                "Head of IT",
                "Core",
                "Snowflake data warehouse, Power BI reporting, KPI definitions and product master data standards",
            ],
            [
                "People Director",
                "People",
                "Chief Executive Officer",
                "Core",
                "HR, workforce planning, agency contracts, reward and employee relations policy; owns agency share of hours",
            ],
            [
                "Employee Relations Manager",
                "People",
                "People Director",
                "Extended",
                "Runs consultation with site consultative committees and the recognised union; keeps the consultation record",
            ],
            [
                "Head of Learning & Development",
                "People",
                "People Director",
                "Extended",
                "Ostara Academy: MHE licences, WMS super-users, team leader programme; owns training plans for every go-live",
            ],
            [
                "Health, Safety & Environment Director",
                "HSE",
                "Chief Operating Officer",
                "Core",
                "Safety management system, incident investigation, LTIFR reporting, environmental compliance",
            ],
            [
                "Sustainability Manager",
                "HSE",
                "Health, Safety & Environment Director",
                "Extended",
                "Carbon reporting including CO2e per pallet; fleet decarbonisation cases",
            ],
            [
                "Commercial Director",
                "Commercial",
                "Chief Executive Officer",
                "Extended",
                "Client contracts and service levels; obtains client approval for process changes; re-tenders",
            ],
            [
                "Chief Financial Officer",
                "Finance",
                "Chief Executive Officer",
                "Extended",
                "Capital approvals and investment cases",
            ],
            [
                "Finance Business Partner, Operations",
                "Finance",
                "Chief Financial Officer",
                "Core",
                "Cost per order line, site P&Ls, capital tracking; signs off baselines and benefits",
            ],
            [
                "Procurement Manager",
                "Finance",
                "Chief Financial Officer",
                "Extended",
                "Tenders and contracts for equipment, systems and haulage",
            ],
            [
                "Programme Director, Network Transformation",
                "Network Transformation Office",
                "Chief Operating Officer",
                "Core",
                "Vacant since January 2027 (recruiting); Head of Continuous Improvement covers in the interim. Runs the programme office, plan, risks and gate packs",
            ],
        ],
    )


def main() -> None:
    cases = {"ostara-network": ostara_network}
    for name, build in cases.items():
        folder = HERE / name
        folder.mkdir(parents=True, exist_ok=True)
        build(folder)
        print(f"built {name}")


if __name__ == "__main__":
    main()
