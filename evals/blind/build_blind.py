"""Build the blind eval set's decks and binary org files, deterministically.

Run from the repository root:  .venv/bin/python evals/blind/build_blind.py

Writes, for each case under ``evals/blind/<name>/``: the deck (three PPTX built with
python-pptx, one PDF exported from python-pptx slides by LibreOffice Impress) and the org files that cannot be written by hand
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
import hashlib
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
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


_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\(D:\d{14}")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-F]{32})>\s*<([0-9A-F]{32})>\s*\]")


def export_pdf(deck: BoardDeck, path: Path) -> None:
    """Save the deck, export it with LibreOffice Impress, and pin the export's date, file ID
    and checksum (same byte lengths, so the cross-reference offsets stay valid)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-impress")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".pptx")
        deck.save(src)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        data = (Path(tmp) / (path.stem + ".pdf")).read_bytes()
        digest = hashlib.md5(src.read_bytes()).hexdigest().upper().encode()
    data = _PDF_DATE.sub(lambda m: b"/" + m.group(1) + b"(D:20260515090000", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest, data)
    data = _PDF_ID.sub(
        lambda m: m.group(0).replace(m.group(1), digest).replace(m.group(2), digest), data
    )
    path.write_bytes(data)


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


# --------------------------------------------------------------------------- case 2
# Elmstead Valley Hospitals: patient flow, bed management and theatres (operations).


def elmstead_flow(out: Path) -> None:
    theme = Theme(
        font="Calibri",
        accent=RGBColor(0x00, 0x5E, 0xB8),
        dark=RGBColor(0x23, 0x1F, 0x20),
        muted=RGBColor(0x42, 0x55, 0x63),
        light=RGBColor(0xE8, 0xED, 0xEE),
        footer="Elmstead Valley Hospitals NHS Foundation Trust \u00b7 Trust Board (Part 1) \u00b7 Item 9 \u00b7 March 2027",
        counter="plain",
    )
    d = BoardDeck("Flow 2029", "Chief Operating Officer's Office", theme)
    # 1
    d.cover(
        "ELMSTEAD VALLEY HOSPITALS NHS FOUNDATION TRUST",
        "Flow 2029",
        [
            "Right patient, right bed, right day",
            "Patient flow, bed management and theatre productivity plan, April 2027 to March 2029",
        ],
        [
            "Trust Board (Part 1) \u00b7 Item 9 \u00b7 25 March 2027",
            "Executive lead: Chief Operating Officer",
            "Purpose: for approval",
        ],
    )
    # 2
    d.agenda(
        "What this paper covers",
        [
            (
                "1",
                "Why flow, why now",
                "Demand, beds, discharge and theatres in 2025/26",
                "slides 3\u20139",
            ),
            (
                "2",
                "Where we want to be",
                "Our promise and ten measures for March 2029",
                "slides 10\u201311",
            ),
            (
                "3",
                "The five workstreams",
                "Front door, ward flow, transfer of care, theatres, bed intelligence",
                "slides 12\u201318",
            ),
            (
                "4",
                "Delivery plan",
                "Stages, decision points, winter, the first 100 days",
                "slides 19\u201322",
            ),
            (
                "5",
                "Resources, risks and governance",
                "Investment, risks, decision rights, measurement",
                "slides 23\u201328",
            ),
        ],
    )
    # 3
    d.tiles(
        None,
        "Summary for the Board",
        "Our hospitals are full before the day starts; the fix is flow, not more beds",
        [
            ("85%", "four-hour performance in ED, March 2029", "from 78% in 2025/26"),
            ("92%", "adult bed occupancy", "from 97%"),
            ("85%", "of planned theatre time used", "from 73% across both sites"),
            ("\u00a34.1m", "non-recurrent investment over two years", ""),
        ],
        "In short",
        [
            "Patients wait in ED because beds are full; beds are full because discharge happens late in the day and late in the week.",
            "Five workstreams, run as one programme for two years, starting with a 12-week pilot on two acute medical wards.",
            "Theatre time lost to late starts and on-the-day cancellations is the equivalent of three theatres a week.",
        ],
    )
    # 4
    d.tiles(
        ("1", "WHY FLOW, WHY NOW"),
        "2025/26 in numbers",
        None,
        [
            ("168,400", "ED attendances", "up 6.2% on 2024/25"),
            ("61,200", "emergency admissions", "up 4.8%"),
            ("1,940", "hours lost to ambulance handover delays each month", ""),
            ("112", "patients a day with no criteria to reside", "the size of four wards"),
        ],
    )
    # 5
    d.chart(
        ("1", "WHY FLOW, WHY NOW"),
        "Demand is outgrowing our beds",
        "ED attendances and emergency admissions, thousands, 2021/22 to 2025/26",
        ["2021/22", "2022/23", "2023/24", "2024/25", "2025/26"],
        [
            ("ED attendances (000s)", [141.2, 149.8, 155.1, 158.6, 168.4]),
            ("Emergency admissions (000s)", [52.4, 54.9, 56.8, 58.4, 61.2]),
        ],
        "Meanwhile",
        [
            "Adult general and acute beds: 712, unchanged since 2021",
            "Midnight occupancy above 95% on 301 days of the year",
            "Escalation beds open on 188 days",
        ],
        kind=XL_CHART_TYPE.LINE_MARKERS,
    )
    # 6
    d.chevrons(
        ("1", "WHY FLOW, WHY NOW"),
        "An emergency admission today",
        "Median times for an adult admitted through ED, January to December 2026",
        [
            (
                "Arrival",
                "0 h 00",
                "Arrives by ambulance; median handover 38 minutes, one in four over an hour.",
            ),
            (
                "Assessment",
                "1 h 50",
                "Seen by a clinician; tests ordered; waits for results and specialty review.",
            ),
            (
                "Decision to admit",
                "5 h 40",
                "Specialty accepts the patient; bed requested from the site team.",
            ),
            ("Bed", "11 h 55", "A bed is found after the morning board rounds release discharges."),
        ],
        [
            "6 h 15 from decision to admit to a bed; 4.2% of all attendances wait more than 12 hours in ED."
        ],
        "What the patient experiences",
    )
    # 7
    d.tiles(
        ("1", "WHY FLOW, WHY NOW"),
        "Discharge is where flow breaks",
        "Most discharges happen in the afternoon, and few at weekends",
        [
            ("14%", "of discharges before noon", ""),
            ("41%", "of patients have an expected date of discharge written down", ""),
            ("9%", "of discharges go through the discharge lounge", ""),
            ("48%", "weekend discharges as a share of a weekday", ""),
        ],
    )
    # 8
    d.table(
        ("1", "WHY FLOW, WHY NOW"),
        "Theatres: capacity we are not using",
        "Theatre productivity by site, 2025/26",
        ["Measure", "Elmstead General (9 theatres)", "Pennock (6 theatres)", "Trust"],
        [
            ["Capped theatre utilisation", "76%", "71%", "73%"],
            ["On-the-day cancellations, non-clinical", "8.4%", "10.2%", "9.1%"],
            ["Lists starting more than 15 minutes late", "34%", "44%", "38%"],
            ["Day-case rate, BADS procedures", "77%", "82%", "79%"],
            ["Patients waiting over 52 weeks (March 2026)", "\u2013", "\u2013", "1,910"],
        ],
        note="Capped utilisation: minutes of planned session time used for operating, excluding over-runs, as defined by GIRFT.",
        widths=[4.5, 2.8, 2.5, 2.5],
        placeholder=True,
    )
    # 9
    d.bullets(
        ("1", "WHY FLOW, WHY NOW"),
        "What staff and patients told us",
        "Listening events, October\u2013December 2026: 14 sessions, 230 staff, 41 patients and carers",
        None,
        [
            (
                0,
                "\u201cWe know on Monday who will go home on Wednesday, but it isn\u2019t written anywhere.\u201d (ward sister)",
            ),
            (0, "\u201cI waited all day in a chair for my tablets.\u201d (patient, Rowan ward)"),
            (
                0,
                "\u201cMy list was cancelled at 11 because there was no bed on the ward.\u201d (orthopaedic surgeon)",
            ),
            (
                0,
                "\u201cThe bed state on the system is always three hours old.\u201d (site manager)",
            ),
        ],
        placeholder=True,
    )
    # 10
    d.statement(
        "2 \u00b7 OUR PROMISE TO PATIENTS",
        [
            "No one waits on a trolley in a corridor.",
            "Everyone goes home as soon as they are ready.",
        ],
        ["And no operation is cancelled on the day for a reason we could have prevented."],
    )
    # 11
    d.table(
        ("2", "WHERE WE WANT TO BE"),
        "Where we will be by March 2029",
        "Ten measures, reported monthly in the integrated performance report",
        ["Measure", "2025/26", "March 2028", "March 2029"],
        [
            [
                "Patients admitted, transferred or discharged within 4 hours of arrival in ED",
                "78%",
                "81%",
                "85%",
            ],
            ["Patients spending more than 12 hours in ED from arrival", "4.2%", "2.5%", "below 2%"],
            ["Ambulance handovers completed within 45 minutes", "71%", "90%", "100%"],
            ["General and acute bed occupancy (adult, midnight)", "97%", "94%", "92%"],
            ["Average length of stay, adult non-elective", "6.1 days", "5.6 days", "5.3 days"],
            ["Patients with no criteria to reside (daily average)", "112", "85", "70"],
            ["Share of adult discharges made before noon", "14%", "25%", "33%"],
            ["Capped utilisation of booked theatre sessions", "73%", "80%", "85%"],
            ["On-the-day cancellations for non-clinical reasons", "9.1%", "6%", "4%"],
            ["Day-case rate for BADS procedures", "79%", "83%", "85%"],
        ],
        widths=[6.9, 1.8, 1.8, 1.8],
        placeholder=True,
        size=11,
    )
    # 12
    d.columns(
        ("3", "THE FIVE WORKSTREAMS"),
        "Five workstreams, one programme",
        "Each has a senior responsible owner and a clinical lead",
        [
            [
                "1 Front door",
                "ED streaming, same day emergency care, ambulance handover",
                "SRO: Clinical Director, Emergency Medicine",
            ],
            [
                "2 Ward flow",
                "SAFER, board rounds, expected date of discharge, criteria-led discharge",
                "SRO: Deputy Chief Nurse",
            ],
            [
                "3 Transfer of care",
                "Care Transfer Hub, discharge to assess, virtual ward",
                "SRO: Deputy Chief Nurse",
            ],
            [
                "4 Theatres",
                "6-4-2 scheduling, pre-op assessment, day case by default, on-time starts",
                "SRO: Divisional Director of Operations, Surgery",
            ],
            [
                "5 Bed intelligence",
                "Real-time bed state, capacity dashboard, admissions forecast",
                "SRO: Head of Patient Flow",
            ],
        ],
        size=11,
    )
    # 13
    d.bullets(
        ("3", "THE FIVE WORKSTREAMS"),
        "Workstream 1: Front door",
        None,
        "What we will do",
        [
            (
                0,
                "Open same day emergency care (SDEC) from 08:00 to midnight, seven days a week, from October 2027",
            ),
            (0, "Agree direct-access pathways from ambulance crews to SDEC and the frailty unit"),
            (0, "Rapid assessment and treatment in majors, 10:00\u201322:00"),
            (
                0,
                "A \u2018fit to sit\u2019 area so that ambulance patients are handed over within 45 minutes",
            ),
            (0, "Senior-nurse streaming at the front door to the urgent treatment centre"),
        ],
        "Measures",
        [
            "Four-hour performance",
            "12-hour waits from arrival",
            "Ambulance handovers within 45 minutes",
        ],
        placeholder=True,
    )
    # 14
    d.bullets(
        ("3", "THE FIVE WORKSTREAMS"),
        "Workstream 2: Ward flow",
        None,
        "What we will do",
        [
            (0, "The SAFER patient flow bundle on every adult inpatient ward"),
            (0, "Consultant-led board rounds finished by 10:00, seven days a week"),
            (
                0,
                "An expected date of discharge set within 14 hours of admission and recorded in the EPR, not only on the ward whiteboard",
            ),
            (
                0,
                "Criteria-led discharge for five agreed conditions, so nurses can discharge when criteria are met",
            ),
            (
                0,
                "Discharge lounge open 08:00\u201320:00 every day, with medicines to take home prepared the day before",
            ),
        ],
        "Measures",
        ["Discharges before noon", "Length of stay, adult non-elective", "Weekend discharges"],
        placeholder=True,
    )
    # 15
    d.bullets(
        ("3", "THE FIVE WORKSTREAMS"),
        "Workstream 3: Transfer of care",
        None,
        "What we will do, with Kestrel County Council and the ICB",
        [
            (
                0,
                "A Care Transfer Hub: our discharge team, county council social workers and community teams in one office, seven days a week",
            ),
            (
                0,
                "Discharge to assess for pathways 1 to 3, so assessments happen at home, not on the ward",
            ),
            (
                0,
                "Grow the virtual ward (hospital at home) from 25 to 60 beds for frailty and respiratory patients",
            ),
            (
                0,
                "A weekly review of every patient in hospital for 21 days or more, chaired by the Deputy Chief Nurse",
            ),
        ],
        "Measures",
        ["Patients with no criteria to reside", "Length of stay", "Virtual ward occupancy"],
        placeholder=True,
    )
    # 16
    d.bullets(
        ("3", "THE FIVE WORKSTREAMS"),
        "Workstream 4: Theatres",
        None,
        "What we will do",
        [
            (
                0,
                "6-4-2 scheduling for every theatre list at both hospitals: lists drafted six weeks out, confirmed at four, locked at two",
            ),
            (0, "Pre-operative assessment completed at least 14 days before surgery"),
            (
                0,
                "Day case by default for procedures on the British Association of Day Surgery list",
            ),
            (
                0,
                "Start on time: team brief at 08:15, first patient in the anaesthetic room by 08:30",
            ),
            (0, "Ring-fence 28 elective orthopaedic beds at Pennock from medical outliers"),
        ],
        "Measures",
        ["Capped theatre utilisation", "On-the-day cancellations", "Day-case rate", "Late starts"],
        placeholder=True,
    )
    # 17
    d.bullets(
        ("3", "THE FIVE WORKSTREAMS"),
        "Workstream 5: Bed intelligence",
        None,
        "What we will do",
        [
            (
                0,
                "Real-time bed state in the EPR, updated at the bedside, replacing the site team\u2019s whiteboard and spreadsheet",
            ),
            (0, "A capacity and flow dashboard used at all four daily bed meetings"),
            (0, "A seven-day forecast of emergency admissions by specialty"),
            (0, "Rewrite the OPEL escalation triggers and actions with the ICB"),
        ],
        "Measures",
        ["Bed occupancy", "Time from decision to admit to bed"],
        placeholder=True,
    )
    # 18
    d.bullets(
        ("3", "THE FIVE WORKSTREAMS"),
        "Start on two wards: Cedar and Rowan",
        "Pilot: acute medicine, Elmstead General, Cedar and Rowan wards (56 beds), 12 weeks from 7 June 2027",
        "What the pilot wards will do",
        [
            (
                0,
                "SAFER, board rounds finished by 10:00, an expected date of discharge in the EPR for every patient",
            ),
            (
                0,
                "Criteria-led discharge for COPD and cellulitis; a daily pull to the discharge lounge by 11:00",
            ),
            (0, "Willow and Ash wards carry on as now and serve as the comparison"),
            (0, "Exit criteria for the spread decision:"),
            (
                1,
                "Discharges before noon at 25% or more on the pilot wards for six consecutive weeks",
            ),
            (1, "Expected date of discharge recorded in the EPR for at least 90% of patients"),
            (1, "Length of stay at least half a day shorter than on Willow and Ash"),
            (1, "No rise in readmissions within 30 days"),
        ],
        "Pilot team",
        [
            "Clinical lead: Clinical Director, Acute Medicine",
            "Ward managers of Cedar and Rowan",
            "Two quality improvement coaches",
            "Weekly readout to the workstream group",
        ],
    )
    # 19
    d.chevrons(
        ("4", "DELIVERY PLAN"),
        "How the plan unfolds",
        "Three stages over 24 months, with two decision points",
        [
            (
                "Stage 1: Stabilise",
                "April to September 2027 (months 1\u20136)",
                "Cedar and Rowan pilot; SDEC hours extended; 6-4-2 scheduling at Pennock; baselines agreed.",
            ),
            (
                "Stage 2: Spread",
                "October 2027 to September 2028 (months 7\u201318)",
                "SAFER and EDD on every adult ward; Care Transfer Hub seven days; virtual ward to 60 beds; theatre changes at Elmstead.",
            ),
            (
                "Stage 3: Sustain",
                "October 2028 to March 2029 (months 19\u201324)",
                "Real-time bed state; workstreams handed to divisions; measures owned in the integrated performance report.",
            ),
        ],
        [
            "Decision point 1 (September 2027): the Patient Flow & Theatres Board decides whether to spread, on the pilot exit criteria",
            "Decision point 2 (September 2028): Trust Board mid-point review of the ten measures and the investment",
            "Close (March 2029): handover to the divisions, with each measure owned in the integrated performance report",
        ],
        "Decision points",
    )
    # 20
    d.bullets(
        ("4", "DELIVERY PLAN"),
        "Winter 2027/28 comes first",
        "The plan has to survive its first winter",
        None,
        [
            (0, "Escalation beds capped at 24 and closed by 31 March 2028"),
            (0, "Frailty same day emergency care from November 2027"),
            (0, "Staff flu vaccination uptake of at least 80% by December 2027"),
            (
                0,
                "The Pennock elective ring-fence held through OPEL 3; breaking it needs the Chief Operating Officer\u2019s approval",
            ),
        ],
        placeholder=True,
    )
    # 21
    d.grid(
        ("4", "DELIVERY PLAN"),
        "The first 100 days",
        "April to early July 2027",
        [
            (
                "Weeks 1\u20132",
                "Owners",
                "Name the senior responsible owner for each workstream; the Chief Operating Officer confirmed as programme SRO.",
            ),
            (
                "Weeks 1\u20134",
                "Baselines",
                "Agree the baseline for the ten measures with Business Intelligence and publish it in the integrated performance report.",
            ),
            (
                "Weeks 2\u20136",
                "Consultants",
                "Take the seven-day board-round proposal to the Local Negotiating Committee.",
            ),
            (
                "Weeks 3\u20138",
                "Partners",
                "Sign the Care Transfer Hub agreement with Kestrel County Council and the ICB.",
            ),
            (
                "Weeks 4\u201310",
                "EPR",
                "Raise the EPR change request for EDD and real-time bed state with the supplier.",
            ),
            ("Week 6", "Theatres", "Start 6-4-2 scheduling at Pennock."),
            ("Week 10", "Pilot", "Launch the Cedar and Rowan pilot on 7 June."),
            (
                "Day 100",
                "Readout",
                "First readout of pilot results to the Patient Flow & Theatres Board.",
            ),
        ],
        per_row=4,
        size=11,
    )
    # 22
    d.table(
        ("4", "DELIVERY PLAN"),
        "Milestones and decision points",
        None,
        ["Milestone", "When", "Decided by"],
        [
            ["Cedar and Rowan pilot complete", "August 2027", "\u2013"],
            [
                "Decision point 1: spread to all adult wards",
                "September 2027",
                "Patient Flow & Theatres Board",
            ],
            ["SDEC open 08:00 to midnight, seven days", "October 2027", "\u2013"],
            ["Care Transfer Hub working seven days a week", "January 2028", "\u2013"],
            ["Virtual ward at 60 beds", "June 2028", "\u2013"],
            ["Real-time bed state live in the EPR", "September 2028", "\u2013"],
            ["Decision point 2: mid-point review", "September 2028", "Trust Board"],
            ["Handover to divisions", "March 2029", "Patient Flow & Theatres Board"],
        ],
        widths=[6.3, 2.5, 3.5],
        placeholder=True,
    )
    # 23
    d.table(
        ("5", "RESOURCES, RISKS AND GOVERNANCE"),
        "What it costs",
        "Non-recurrent investment, \u00a3m",
        ["Item", "2027/28", "2028/29", "Total"],
        [
            ["SDEC extended hours (staffing)", "0.9", "0.7", "1.6"],
            ["Virtual ward growth to 60 beds", "0.5", "0.7", "1.2"],
            ["EPR bed-state and EDD module", "0.4", "0.1", "0.5"],
            ["Improvement team (6 WTE)", "0.3", "0.3", "0.6"],
            ["Discharge lounge extended hours", "0.1", "0.1", "0.2"],
            ["Total", "2.2", "1.9", "4.1"],
        ],
        note="Return: 46 fewer escalation beds open in winter and \u00a36.3m of recurrent cost avoided from 2029/30.",
        widths=[6.3, 2.0, 2.0, 2.0],
        placeholder=True,
    )
    # 24
    d.table(
        ("5", "RESOURCES, RISKS AND GOVERNANCE"),
        "Risks and how we will handle them",
        None,
        ["Risk", "Rating", "Mitigation", "Lead"],
        [
            [
                "Social care cannot match seven-day discharge",
                "High",
                "Joint plan with Kestrel County Council through the Care Transfer Hub; discharge-to-assess beds; escalate through the ICB system flow group",
                "Deputy Chief Nurse",
            ],
            [
                "Consultant job plans do not change in time for seven-day board rounds",
                "Medium",
                "Early engagement with the Local Negotiating Committee; start in acute medicine; phased rota",
                "Medical Director",
            ],
            [
                "EPR change request delayed by the supplier",
                "Medium",
                "Interim: ward clerks update the bed state hourly; contract service credits",
                "Chief Clinical Information Officer",
            ],
            [
                "Winter demand breaks the elective ring-fence",
                "High",
                "Protected elective beds at Pennock; OPEL 4 actions signed off by the Chief Executive",
                "Divisional Director of Operations, Surgery",
            ],
            [
                "Change fatigue on the wards",
                "Medium",
                "Quality improvement coaches on each ward; pace set ward by ward; results shared weekly",
                "Head of Quality Improvement",
            ],
        ],
        widths=[3.4, 1.0, 5.4, 2.5],
        placeholder=True,
        size=11,
    )
    # 25
    d.columns(
        ("5", "RESOURCES, RISKS AND GOVERNANCE"),
        "Who decides, and how often",
        None,
        [
            [
                "Trust Board",
                "Every two months",
                "Approves the plan and the investment; mid-point review in September 2028",
            ],
            [
                "Patient Flow & Theatres Board",
                "Monthly, chaired by the Chief Operating Officer",
                "Decides the spread at decision point 1; holds SROs to account; owns the ten measures",
            ],
            [
                "Workstream groups",
                "Fortnightly, chaired by each SRO",
                "Delivery, risks and measures for the workstream",
            ],
            [
                "Daily bed meetings",
                "08:30, 12:00, 16:00, 20:00, led by the Head of Patient Flow",
                "Today\u2019s capacity, escalation and discharges",
            ],
        ],
        "The ICB urgent and emergency care board is kept informed monthly.",
        kind=MSO_SHAPE.RECTANGLE,
    )
    # 26
    d.bullets(
        ("5", "RESOURCES, RISKS AND GOVERNANCE"),
        "How we will know it is working",
        None,
        None,
        [
            (
                0,
                "Statistical process control (SPC) charts for every measure, published every Monday",
            ),
            (0, "Pilot wards compared with matched wards (Willow and Ash) over the same weeks"),
            (
                0,
                "Balancing measures: readmissions within 30 days, hospital mortality (SHMI), staff sickness",
            ),
            (0, "Patient voice: Friends and Family Test in ED and on the pilot wards"),
            (0, "Quarterly report to the Trust Board through the integrated performance report"),
        ],
        placeholder=True,
    )
    # 27
    d.bullets(
        None,
        "The Board is asked to",
        None,
        None,
        [
            (0, "Approve Flow 2029 and its two-year plan"),
            (0, "Approve \u00a34.1m of non-recurrent investment across 2027/28 and 2028/29"),
            (
                0,
                "Note the dependency on Kestrel County Council and the ICB for seven-day discharge",
            ),
        ],
        placeholder=True,
    )
    # 28
    d.table(
        None,
        "Appendix: measure definitions",
        None,
        ["Measure", "Definition", "Source"],
        [
            [
                "Four-hour performance",
                "Attendances admitted, transferred or discharged within four hours of arrival, over all ED attendances",
                "EPR (ED module)",
            ],
            [
                "Bed occupancy",
                "Occupied adult general and acute beds at midnight, over open beds",
                "EPR bed management",
            ],
            [
                "No criteria to reside",
                "Inpatients who no longer meet the national criteria to reside, daily snapshot at 09:00",
                "Discharge tracker",
            ],
            [
                "Capped theatre utilisation",
                "Minutes of planned session time used for operating, excluding over-runs",
                "TheatreMan",
            ],
        ],
        widths=[3.0, 7.0, 2.3],
        placeholder=True,
    )
    d.save(out / "flow-2029-trust-board.pptx")
    roles = [
        [
            "Chief Executive",
            "Executive",
            "Extended",
            "Accountable officer; signs off OPEL 4 actions; chairs the executive team",
        ],
        [
            "Chief Operating Officer",
            "Operations",
            "Core",
            "Senior responsible owner for Flow 2029; chairs the Patient Flow & Theatres Board; accountable for ED, bed and theatre performance",
        ],
        [
            "Medical Director",
            "Medical",
            "Core",
            "Medical workforce and consultant job planning; clinical standards; leads consultant engagement with the LNC",
        ],
        [
            "Chief Nurse",
            "Nursing",
            "Extended",
            "Nursing workforce, safe staffing and patient experience",
        ],
        [
            "Deputy Chief Nurse",
            "Nursing",
            "Core",
            "Ward flow and discharge: SAFER, criteria-led discharge, long-stay reviews; leads the transfer of care partnership with the county council",
        ],
        [
            "Clinical Director, Emergency Medicine",
            "Medicine",
            "Core",
            "ED and SDEC clinical model; ambulance handover; four-hour and 12-hour performance",
        ],
        [
            "Clinical Director, Acute Medicine",
            "Medicine",
            "Core",
            "Acute medical unit and medical wards; board rounds; clinical lead for the Cedar and Rowan pilot",
        ],
        [
            "Divisional Director of Operations, Medicine",
            "Medicine",
            "Core",
            "Operational management of ED, acute and general medicine; the medical bed base; the winter plan",
        ],
        [
            "Divisional Director of Operations, Surgery",
            "Surgery",
            "Core",
            "Elective programme, theatres, waiting lists and the Pennock elective ring-fence",
        ],
        [
            "Theatres Manager",
            "Surgery",
            "Core",
            "Theatre scheduling, staffing and utilisation at both hospitals; runs the 6-4-2 meetings",
        ],
        [
            "Head of Patient Flow",
            "Operations",
            "Core",
            "Site team and bed management; daily bed meetings; OPEL escalation; bed occupancy reporting",
        ],
        [
            "Ward Manager, Cedar Ward",
            "Medicine",
            "Core",
            "Runs Cedar ward (28 beds, acute medicine)",
        ],
        [
            "Ward Manager, Rowan Ward",
            "Medicine",
            "Core",
            "Runs Rowan ward (28 beds, acute medicine)",
        ],
        [
            "Chief Clinical Information Officer",
            "Digital",
            "Core",
            "Clinical design and safety of EPR changes; signs off EPR change requests",
        ],
        [
            "EPR Programme Manager",
            "Digital",
            "Core",
            "EPR supplier management and configuration; the Pennock EPR migration",
        ],
        [
            "Associate Director of Business Intelligence",
            "Finance & Performance",
            "Core",
            "Trust data warehouse; integrated performance report; metric baselines and SPC reporting",
        ],
        [
            "Head of Quality Improvement",
            "Medical",
            "Core",
            "QI coaches, improvement method and measurement for improvement",
        ],
        [
            "Head of Clinical Education",
            "Nursing",
            "Extended",
            "Clinical education and training for nurses, therapists and support workers, including training for new ward processes",
        ],
        [
            "Chief Pharmacist",
            "Pharmacy",
            "Extended",
            "Medicines to take home; pharmacy opening hours",
        ],
        [
            "Virtual Ward Clinical Lead",
            "Community & Integrated Care",
            "Core",
            "Virtual ward (hospital at home) capacity, admission criteria and staffing",
        ],
        [
            "Director of People",
            "People",
            "Extended",
            "HR policy; staff-side partnership through the JCNC; medical staffing",
        ],
        [
            "Deputy Director of Finance",
            "Finance",
            "Extended",
            "Investment cases and benefits tracking",
        ],
        [
            "Head of Patient Experience",
            "Nursing",
            "Extended",
            "Friends and Family Test, complaints and the patient voice",
        ],
        [
            "Head of Adult Social Care, Kestrel County Council",
            "Partner organisation",
            "Extended",
            "Social work assessments and care packages for people leaving hospital",
        ],
        [
            "ICB Director of Urgent and Emergency Care",
            "Partner organisation",
            "Extended",
            "Commissions community beds and the virtual ward; system escalation",
        ],
    ]
    write_docx(
        out / "org" / "Trust leadership and programme roles.docx",
        [
            ("h1", "Flow 2029: leadership and programme roles"),
            (
                "p",
                "Trust Secretary's Office, February 2027. Programme team: Core members make decisions in the workstreams; Extended members are consulted and kept informed.",
            ),
            ("table", (["Role", "Directorate", "Programme team", "Remit"], roles)),
            ("h2", "Notes"),
            (
                "bullets",
                [
                    "The Ward Managers of Willow and Ash wards are not part of the programme team; their wards are the comparison for the pilot.",
                    "Partner organisation roles are listed for convenience; they are not Trust employees.",
                ],
            ),
        ],
    )


# --------------------------------------------------------------------------- case 3
# Tamarack Regional Transit Authority: public-sector strategic plan, exported to PDF.


def tamarack_transit(out: Path) -> None:
    """Built as slides, published as the PDF LibreOffice Impress exports (as the corpus's
    derived PDFs were); only the PDF is committed, as an agency posts only the PDF."""
    theme = Theme(
        font="Segoe UI",
        accent=RGBColor(0x00, 0x6B, 0x5F),
        dark=RGBColor(0x1A, 0x1A, 0x1A),
        muted=RGBColor(0x5E, 0x5E, 0x5E),
        light=RGBColor(0xE3, 0xF0, 0xEE),
        footer="Tamarack Regional Transit Authority | Strategic Plan FY2027-FY2030 | Board work session draft",
        counter="plain",
    )
    d = BoardDeck(
        "Moving Tamarack Forward: Strategic Plan FY2027-FY2030", "TRTA Office of Strategy", theme
    )
    s1 = ("1", "WHERE WE STAND")
    s2 = ("2", "WHERE WE ARE GOING")
    s3 = ("3", "HOW WE WILL GET THERE")
    s4 = ("4", "WHAT IT COSTS")
    s5 = ("5", "HOW WE WILL GOVERN AND REPORT")
    # 1
    d.cover(
        "TAMARACK REGIONAL TRANSIT AUTHORITY",
        "Moving Tamarack Forward",
        ["Strategic Plan FY2027-FY2030", "Reliable. Easy to use. Open to everyone."],
        [
            "Board of Directors work session, May 2026",
            "Presented by the General Manager & CEO and the Office of Strategy",
            "Draft for discussion; adoption requested June 2026",
        ],
    )
    # 2
    d.agenda(
        "Today's discussion",
        [
            ("1", "Where we stand", "Ridership, reliability, riders' views, peers", "pp. 4-8"),
            ("2", "Where we are going", "Vision, five goals and our FY2030 targets", "pp. 9-11"),
            (
                "3",
                "How we will get there",
                "Initiatives by goal, the Riverside Corridor, phasing, first 100 days",
                "pp. 12-20",
            ),
            ("4", "What it costs", "Capital program and operating impact", "pp. 21-22"),
            (
                "5",
                "How we will govern and report",
                "Risks, decision-making, public scorecard, decisions requested",
                "pp. 23-27",
            ),
        ],
    )
    # 3
    d.tiles(
        None,
        "The plan on one page",
        "Four years to win back riders with service they can count on",
        [
            ("85%", "buses on time by June 2030", "from 71% in FY2025"),
            ("45M", "annual boardings in FY2030", "from 38.6M"),
            ("140", "battery-electric buses in service", "from 12 today"),
            ("$412M", "four-year capital program", "54% federal funding assumed"),
        ],
        "In brief",
        [
            "Reliability first: riders tell us that late and missed buses are the main reason they ride less.",
            "Five goals, three phases over FY2027-FY2030, and a first corridor (Riverside) where the changes are proven before they go system-wide.",
        ],
    )
    # 4
    d.tiles(
        s1,
        "TRTA at a glance",
        "Fiscal year 2025 (July 2024 - June 2025)",
        [
            ("62", "bus routes", "418 buses"),
            ("2", "light-rail lines", "Blue and Green, 38 stations"),
            ("38.6M", "annual boardings", "82% of FY2019"),
            ("610K", "paratransit trips", "TRTA Access"),
            ("2,140", "employees", "1,260 operators"),
        ],
        None,
        ["Operating budget $318M; farebox recovery 14%."],
    )
    # 5
    d.chart(
        s1,
        "Ridership is recovering, but slowly",
        "Annual boardings, millions",
        ["FY2019", "FY2021", "FY2023", "FY2024", "FY2025"],
        [("Bus", [33.1, 15.8, 24.6, 26.4, 27.5]), ("Light rail", [13.4, 5.2, 9.0, 9.9, 10.5])],
        "Where riders came back",
        [
            "Weekday peak ridership is at 74% of FY2019",
            "Weekend ridership is at 96% of FY2019",
            "Paratransit trips are at 87% of FY2019",
        ],
        kind=XL_CHART_TYPE.COLUMN_STACKED,
        source="Source: National Transit Database reports.",
    )
    # 6
    d.tiles(
        s1,
        "What riders tell us",
        "2025 rider survey, 4,812 responses, weighted",
        [
            ("58%", "say reliability is the top thing to fix", ""),
            ("41%", "of riders have no car available", ""),
            ("23%", "pay their fare in cash", ""),
            ("64%", "are satisfied overall", "down from 71% in 2019"),
        ],
    )
    # 7
    d.bullets(
        s1,
        "Reliability: where we lose time",
        None,
        "Why buses run late or not at all",
        [
            (0, "Bus on-time performance was 71% in FY2025, with the worst routes below 60%"),
            (
                0,
                "3.8% of scheduled trips were not operated, mostly because of operator vacancies (13.5%)",
            ),
            (
                0,
                "Buses spend 19% of their running time stopped at traffic signals on the eight busiest corridors",
            ),
            (0, "Real-time arrival predictions are within two minutes only 74% of the time"),
        ],
        "Light rail",
        ["Blue Line on-time: 88%", "Green Line on-time: 91%", "7 of 38 stations are not step-free"],
    )
    # 8
    d.table(
        s1,
        "How we compare with peers",
        "FY2024 National Transit Database, agencies of similar size",
        ["Agency", "Bus on-time", "Cost per boarding", "Farebox recovery", "Zero-emission buses"],
        [
            ["TRTA", "71%", "$8.40", "14%", "3%"],
            ["Peer A", "79%", "$7.10", "17%", "11%"],
            ["Peer B", "83%", "$7.90", "19%", "22%"],
            ["Peer C", "76%", "$9.20", "12%", "6%"],
            ["Peer median", "78%", "$7.90", "17%", "9%"],
        ],
    )
    # 9
    d.statement(
        "2 | WHERE WE ARE GOING",
        [
            "A transit system people choose because it is frequent, reliable and easy to use, whoever they are and wherever they start."
        ],
        [
            "Our mission: connect the people of the Tamarack region to jobs, school, care and each other, safely and affordably."
        ],
    )
    # 10
    d.columns(
        s2,
        "Five goals",
        "Each goal has a lead executive",
        [
            [
                "1. Reliable service",
                "Buses and trains that come when we say they will.",
                "Lead: Deputy General Manager, Operations",
            ],
            [
                "2. Easy to pay",
                "Tap a bank card or phone and never pay more than a pass.",
                "Lead: Chief Financial Officer",
            ],
            [
                "3. Open to everyone",
                "Step-free stations and a paratransit service that is on time.",
                "Lead: Director of Accessible Services",
            ],
            [
                "4. Clean fleet",
                "A zero-emission bus fleet, depot by depot.",
                "Lead: Director of Capital Projects & Fleet Engineering",
            ],
            [
                "5. A great place to work",
                "Enough operators, trained well and safe at work.",
                "Lead: Director of Human Resources & Labor Relations",
            ],
        ],
        size=11,
    )
    # 11
    d.table(
        s2,
        "Our commitments for FY2030",
        "Ten targets the Board will see every quarter",
        ["Target", "FY2025", "Target value", "By"],
        [
            ["Bus on-time performance (0-5 minutes late)", "71%", "85%", "June 2030"],
            ["Scheduled bus trips not operated", "3.8%", "below 1%", "June 2028"],
            ["Annual boardings, all modes", "38.6M", "45M", "FY2030"],
            ["Fares paid by contactless card, phone or account", "0%", "60%", "FY2030"],
            ["Paratransit pickups within the 30-minute window", "84%", "93%", "FY2029"],
            ["Light-rail stations that are step-free", "31 of 38", "38 of 38", "December 2029"],
            ["Battery-electric buses in the fleet", "12", "140", "June 2030"],
            ["Bus operator vacancy rate", "13.5%", "5%", "December 2027"],
            ["Assaults on operators per million boardings", "2.9", "1.5", "FY2030"],
            ["Arrival predictions accurate to within two minutes", "74%", "90%", "FY2028"],
        ],
        widths=[6.3, 1.8, 2.0, 2.2],
        size=11,
    )
    # 12
    d.bullets(
        s3,
        "Goal 1: Reliable service",
        None,
        "Initiatives",
        [
            (
                0,
                "Launch the redesigned bus network at the September 2027 service change, after public hearings",
            ),
            (
                0,
                "Transit signal priority on the eight busiest corridors, with the City of Tamarack",
            ),
            (0, "Bus lanes on Grand Avenue and 5th Street"),
            (0, "Hire 320 new bus operators by December 2027"),
            (0, "Headway-based dispatching on the ten frequent routes"),
        ],
        "Measures",
        ["Bus on-time performance", "Trips not operated", "Annual boardings"],
    )
    # 13
    d.bullets(
        s3,
        "Goal 2: Easy to pay",
        None,
        "Initiatives",
        [
            (
                0,
                "An account-based fare system with open payments (contactless bank cards and phone wallets) on every bus and train",
            ),
            (0, "Daily and monthly fare capping, so no rider pays more than the price of a pass"),
            (0, "A retail network of 200 stores where riders can load cash onto a card"),
            (0, "A reduced fare for low-income riders, verified through county benefit enrollment"),
            (0, "Retire the magnetic-stripe fareboxes once the new system is stable"),
        ],
        "Measures",
        ["Share of fares paid by contactless, phone or account", "Fare system availability"],
    )
    # 14
    d.bullets(
        s3,
        "Goal 3: Open to everyone",
        None,
        "Initiatives",
        [
            (0, "Elevators and ramps at the seven light-rail stations that are not yet step-free"),
            (0, "Online and app booking for TRTA Access paratransit, alongside the phone line"),
            (0, "Upgrade 600 bus stops with level boarding pads and shelters"),
            (0, "Same-day paratransit trips on a trial basis in the urban core"),
        ],
        "Measures",
        ["Paratransit on-time pickups", "Step-free stations", "Accessible bus stops"],
    )
    # 15
    d.bullets(
        s3,
        "Goal 4: Clean fleet",
        None,
        "Initiatives",
        [
            (0, "Buy 128 battery-electric buses by June 2030 as diesel buses reach retirement age"),
            (0, "Depot charging at Hollins Road first, then Eastgate, with Tamarack Power"),
            (
                0,
                "Adopt a Zero-Emission Fleet Transition Plan, required for federal Low-No grant applications",
            ),
            (0, "Train maintenance technicians on high-voltage systems before each delivery"),
        ],
        "Measures",
        ["Battery-electric buses in service", "Fleet availability at peak"],
    )
    # 16
    d.bullets(
        s3,
        "Goal 5: A great place to work",
        None,
        "Initiatives",
        [
            (0, "Double the Operator Training Academy's capacity, from 180 to 360 trainees a year"),
            (0, "Operator protection barriers on every bus by June 2028"),
            (0, "Forty transit ambassadors on the Blue Line and at major transfer points"),
            (0, "Restroom access for operators at every route end"),
        ],
        "Measures",
        ["Operator vacancy rate", "Assaults on operators", "Operator retention in the first year"],
    )
    # 17
    d.bullets(
        s3,
        "The Riverside Corridor: proving it first",
        "Route 7 and the Blue Line between Union Station and Riverside Park, January to September 2027",
        "What the corridor gets first",
        [
            (0, "Open payments and fare capping on Route 7 buses and Blue Line stations"),
            (0, "Transit signal priority at 22 intersections on Riverside Drive"),
            (0, "Real-time arrival displays at the 14 busiest stops"),
            (0, "Success criteria for the Board checkpoint:"),
            (
                1,
                "30% of corridor fares paid by contactless card or phone within six months of launch",
            ),
            (1, "Route 7 on-time performance of 82% or better"),
            (1, "Fare system available 99.5% of service hours"),
            (1, "No increase in the average fare paid by riders who pay cash"),
        ],
        "Comparison and safeguards",
        [
            "Route 12 (Eastside) keeps today's fares and signals over the same months and serves as the comparison corridor.",
            "A fare equity analysis under Title VI is completed before launch.",
        ],
    )
    # 18
    d.chevrons(
        s3,
        "Roadmap FY2027-FY2030",
        "Three phases, in fiscal quarters (the fiscal year starts July 1)",
        [
            (
                "Phase 1: Foundations",
                "Q1 FY2027 - Q2 FY2028",
                "Riverside Corridor; fare system contract; operator hiring; network redesign adopted and launched; first 40 electric buses ordered.",
            ),
            (
                "Phase 2: Go system-wide",
                "Q3 FY2028 - Q4 FY2029",
                "Open payments on all routes; signal priority on eight corridors; Hollins Road charging; elevators at the seven stations; paratransit online booking.",
            ),
            (
                "Phase 3: Complete",
                "Q1 - Q4 FY2030",
                "Eastgate charging and the last electric buses; magnetic fareboxes retired; targets reviewed for the next plan.",
            ),
        ],
        [
            "Checkpoint A (December 2027): the Board decides on the system-wide fare launch, on the Riverside results",
            "Checkpoint B (June 2029): fleet and accessibility review before the final phase",
        ],
        "Board checkpoints",
    )
    # 19
    d.table(
        s3,
        "Phase 1 in more detail",
        "Fiscal year 2027 and the first half of FY2028",
        ["Workstream", "Q1 FY27", "Q2 FY27", "Q3 FY27", "Q4 FY27", "Q1-Q2 FY28"],
        [
            [
                "Fares",
                "RFP issued",
                "Integrator selected",
                "Riverside launch",
                "Riverside results",
                "System-wide design",
            ],
            [
                "Network",
                "Draft for comment",
                "Public hearings",
                "Board adoption",
                "Operator pick",
                "Launch (Sept 2027)",
            ],
            [
                "Workforce",
                "Academy second class",
                "Hiring drive",
                "Barriers ordered",
                "",
                "Vacancies at 5%",
            ],
            [
                "Fleet",
                "Transition plan",
                "Low-No application",
                "40 buses ordered",
                "Hollins Road design",
                "",
            ],
        ],
        size=11,
    )
    # 20
    d.bullets(
        s3,
        "The first 100 days after adoption",
        "July to mid-October 2026",
        None,
        [
            (
                0,
                "Stand up the Strategic Plan Delivery Office under the Deputy General Manager, Operations",
            ),
            (0, "Issue the request for proposals for an account-based fare system integrator"),
            (
                0,
                "Start the Title VI fare equity analysis for fare capping and the new fare products",
            ),
            (0, "Launch the operator recruitment drive and add a second academy class"),
            (
                0,
                "Publish the draft bus network redesign for public comment, with three public hearings",
            ),
            (
                0,
                "Sign an interlocal agreement with the City for bus lanes and signal priority on Grand Avenue",
            ),
            (
                0,
                "Baseline all ten targets with Planning & Performance and publish them on the public dashboard",
            ),
            (0, "Bring the paratransit booking changes to the Accessibility Advisory Committee"),
        ],
    )
    # 21
    d.table(
        s4,
        "Capital program FY2027-FY2030",
        "$ millions, year of expenditure",
        ["Program", "FY27", "FY28", "FY29", "FY30", "Total"],
        [
            ["Fare system", "6", "18", "10", "4", "38"],
            ["Battery-electric buses and charging", "22", "61", "78", "67", "228"],
            ["Station accessibility", "9", "21", "22", "9", "61"],
            ["Network redesign, signal priority, bus lanes", "8", "12", "9", "5", "34"],
            ["Facilities", "10", "14", "15", "12", "51"],
            ["Total", "55", "126", "134", "97", "412"],
        ],
        note="Funding assumed: federal 54%, state 18%, local sales tax 28%.",
        widths=[5.3, 1.4, 1.4, 1.4, 1.4, 1.4],
    )
    # 22
    d.tiles(
        s4,
        "Operating budget impact",
        "Change against the FY2026 budget, by FY2030",
        [
            ("+$21M", "a year for more operators and service hours", ""),
            ("-$6M", "a year in cash handling and farebox maintenance", ""),
            ("+$4M", "a year in electricity, net of diesel savings", ""),
        ],
        None,
        [
            "The net increase of $19M a year is funded within the sales tax forecast adopted in March 2026."
        ],
    )
    # 23
    d.table(
        s5,
        "Risks we are managing",
        None,
        ["Risk", "Likelihood", "Response"],
        [
            [
                "Fare system integrator delivers late",
                "Medium",
                "Keep magnetic-stripe fareboxes until 90 days after stable go-live; liquidated damages in the contract",
            ],
            [
                "Tamarack Power cannot deliver charging capacity at Eastgate before late 2028",
                "High",
                "Sequence Hollins Road first; interim depot charging agreement with the utility",
            ],
            [
                "Operator hiring falls short",
                "Medium",
                "Signing bonus; double academy capacity; part-time operator pilot subject to agreement with the union",
            ],
            [
                "The equity analysis finds a disparate impact",
                "Low",
                "Low-income fare and the retail network in place before launch",
            ],
            [
                "Federal grants are not awarded",
                "Medium",
                "Phase bus purchases; reapply in each grant cycle",
            ],
        ],
        widths=[4.2, 1.4, 6.7],
        size=11,
    )
    # 24
    d.columns(
        s5,
        "Who decides",
        "Decision-making for the Strategic Plan",
        [
            [
                "Board of Directors",
                "Monthly",
                "Adopts the plan, budgets, fares and service changes after public hearings; decides at Checkpoints A and B",
            ],
            [
                "Planning & Operations Committee",
                "Monthly (Board committee)",
                "Reviews progress and the quarterly scorecard before it goes to the Board",
            ],
            [
                "Executive Steering Committee",
                "Every two weeks, chaired by the General Manager & CEO",
                "Owns the plan; resolves cross-department issues; recommends checkpoint decisions",
            ],
            [
                "Strategic Plan Delivery Office",
                "Weekly",
                "Schedules, risks, reporting; run by the Deputy General Manager, Operations",
            ],
        ],
        kind=MSO_SHAPE.RECTANGLE,
    )
    # 25
    d.bullets(
        s5,
        "How we will know, and how you will know",
        None,
        None,
        [
            (0, "A public quarterly scorecard of the ten targets on the TRTA website"),
            (0, "Riverside Corridor results compared with Route 12 over the same months"),
            (0, "An annual rider survey using the 2025 questions, so results can be compared"),
            (0, "Each target has one accountable executive and a written definition"),
        ],
    )
    # 26
    d.bullets(
        s5,
        "Decisions requested",
        "June 2026 Board meeting",
        None,
        [
            (0, "Adopt the Strategic Plan FY2027-FY2030"),
            (0, "Authorize the General Manager to issue the fare system request for proposals"),
            (0, "Direct staff to begin the Title VI fare equity analysis"),
        ],
    )
    # 27
    d.table(
        None,
        "Appendix: target definitions",
        None,
        ["Target", "Definition"],
        [
            [
                "Bus on-time performance",
                "Timepoint departures from 1 minute early to 5 minutes late, over all timepoint departures recorded by CAD/AVL",
            ],
            ["Trips not operated", "Scheduled trips with no revenue service, over scheduled trips"],
            [
                "Paratransit on-time pickups",
                "Pickups within the 30-minute window promised at booking",
            ],
            [
                "Arrival prediction accuracy",
                "Predictions made 5 minutes ahead that are within 2 minutes of the actual arrival",
            ],
        ],
        widths=[3.3, 9.0],
    )
    export_pdf(d, out / "trta-strategic-plan-fy2027-fy2030.pdf")


# --------------------------------------------------------------------------- case 4
# Mismatch: a field-service software company's operating plan. Its org folder (written by
# hand) belongs to a harbour authority, an unrelated organization.


def fieldloop_mismatch(out: Path) -> None:
    theme = Theme(
        font="Inter",
        accent=RGBColor(0x5B, 0x3F, 0xD9),
        dark=RGBColor(0x11, 0x14, 0x2B),
        muted=RGBColor(0x6E, 0x70, 0x85),
        light=RGBColor(0xF1, 0xEE, 0xFC),
        footer="Fieldloop, Inc. \u00b7 FY27\u2013FY28 Operating Plan \u00b7 Board of Directors \u00b7 Confidential",
    )
    d = BoardDeck("Built to Scale", "Fieldloop Strategy & Operations", theme)
    s1 = ("01", "FY26 IN REVIEW")
    s2 = ("02", "WHERE WE ARE GOING")
    s3 = ("03", "FOUR BETS")
    s4 = ("04", "PLAN, MONEY AND RISK")
    s5 = ("05", "OPERATING CADENCE")
    # 1
    d.cover(
        "FIELDLOOP, INC. \u00b7 BOARD OF DIRECTORS \u00b7 CONFIDENTIAL",
        "Built to Scale",
        ["FY27\u2013FY28 Operating Plan", "February 2027 to January 2029"],
        [
            "Board meeting, 21 January 2027",
            "Presented by the CEO and the executive team",
            "Fiscal year starts 1 February",
        ],
        notes="Speaker: CEO. Ten minutes on context, then each executive owner presents their bet.",
    )
    # 2
    d.agenda(
        "Agenda",
        [
            (
                "01",
                "FY26 in review",
                "Results, market, where we win and lose, what holds us back",
                "3\u20136",
            ),
            (
                "02",
                "Where we are going",
                "Ambition and ten key results for FY27\u2013FY28",
                "7\u20138",
            ),
            (
                "03",
                "Four bets",
                "Reliability, time to value, enterprise readiness, efficient growth",
                "9\u201314",
            ),
            ("04", "Plan, money and risk", "Roadmap, first 90 days, budget, risks", "15\u201320"),
            ("05", "Operating cadence", "Decisions, owners, measurement, asks", "21\u201324"),
        ],
    )
    # 3
    d.tiles(
        s1,
        "FY26 in review",
        "A strong year for growth; a weak year for reliability",
        [
            ("$41.2M", "ARR, up 34% on FY25", ""),
            ("1,180", "customers", "38 with 500+ technicians"),
            ("104%", "NRR", "trailing twelve months"),
            ("11%", "gross revenue churn", "FY26"),
            ("212", "employees", "Austin and Lisbon"),
        ],
    )
    # 4
    d.chart(
        s1,
        "The market keeps growing",
        "Field service management software, worldwide, $ billions",
        ["2024", "2025", "2026E", "2027E", "2028E", "2029E", "2030E"],
        [("Market size ($B)", [3.6, 4.1, 4.8, 5.6, 6.5, 7.2, 7.9])],
        "What we see",
        [
            "18% annual growth to 2030",
            "Mid-size service firms (50\u2013500 technicians) are the fastest-growing buyers",
            "Three competitors raised more than $100M each in 2026",
        ],
        source="Source: analyst estimates; Fieldloop analysis.",
    )
    # 5
    d.table(
        s1,
        "Where we win and where we lose",
        "FY26 new-business results by customer size",
        ["Customer size", "Win rate", "Average first-year ARR", "Sales cycle"],
        [
            ["Small (under 50 technicians)", "31%", "$9K", "24 days"],
            ["Mid-size (50\u2013500 technicians)", "24%", "$48K", "67 days"],
            ["Enterprise (500+ technicians)", "9%", "$210K", "164 days"],
        ],
        note="Top reasons for lost enterprise deals: security review failed or stalled (38%), no EU hosting (21%), price (17%).",
        widths=[4.8, 2.2, 3.0, 2.3],
    )
    # 6
    d.columns(
        s1,
        "What is holding us back",
        "Four problems our customers and our pipeline tell us about",
        [
            [
                "Reliability",
                "Three Sev-1 outages in FY26; 99.71% availability against a 99.9% contract promise.",
            ],
            [
                "Slow time to value",
                "Median 94 days from signature to a customer's first scheduled job.",
            ],
            ["Not enterprise-ready", "No SOC 2 Type II report and no EU data hosting."],
            [
                "Support under strain",
                "Median first response 9.5 hours; a backlog of 1,400 tickets.",
            ],
        ],
    )
    # 7
    d.statement(
        "02 \u00b7 WHERE WE ARE GOING",
        ["Every technician\u2019s day runs on Fieldloop,", "and never stops because of us."],
        ["By the end of FY28, 2,000 service companies run their field operations on Fieldloop."],
    )
    # 8
    d.table(
        s2,
        "What we will achieve in FY27\u2013FY28",
        "Four objectives, ten key results",
        ["Objective", "Key result", "From", "To", "By"],
        [
            [
                "Never the reason a job is missed",
                "Platform availability, monthly",
                "99.71%",
                "99.95%",
                "every month from Q3 FY27",
            ],
            ["", "Sev-1 incidents per year", "3", "1 or fewer", "FY28"],
            [
                "Value in weeks, not quarters",
                "Median days from signature to first scheduled job",
                "94",
                "45",
                "Q4 FY27",
            ],
            ["", "Net revenue retention (trailing 12 months)", "104%", "115%", "Q4 FY28"],
            [
                "Ready for the enterprise",
                "SOC 2 Type II report issued",
                "\u2013",
                "Issued",
                "Q3 FY27",
            ],
            ["", "ISO 27001 certification", "\u2013", "Certified", "Q2 FY28"],
            ["", "EU data region generally available", "\u2013", "Live", "Q4 FY27"],
            ["Grow efficiently", "Annual recurring revenue (ARR)", "$41.2M", "$70M", "Q4 FY28"],
            ["", "Gross revenue churn, annual", "11%", "7%", "Q4 FY28"],
            ["", "Burn multiple", "1.6", "below 1.0", "Q4 FY28"],
        ],
        widths=[3.0, 4.3, 1.4, 1.5, 2.1],
        size=11,
    )
    # 9
    d.columns(
        s3,
        "Four bets",
        "Each bet has one executive owner",
        [
            [
                "Reliability",
                "Architecture, SLOs, on-call and incident discipline.",
                "Owner: Chief Technology Officer",
            ],
            [
                "Time to value",
                "Playbooks, self-serve import, success pods, admin certification.",
                "Owner: Chief Customer Officer",
            ],
            [
                "Enterprise readiness",
                "SOC 2, ISO 27001, SSO and SCIM, EU data region.",
                "Owner: Chief Information Security Officer",
            ],
            [
                "Efficient growth",
                "Partner channel, usage pricing, enterprise sales capacity, discount discipline.",
                "Owner: Chief Revenue Officer",
            ],
        ],
        grouped=True,
    )
    # 10
    d.bullets(
        s3,
        "Bet 1 \u00b7 Reliability",
        "Stop being the reason a customer's technician is idle",
        "What we will do",
        [
            (
                0,
                "Move the scheduling database to a multi-zone Postgres cluster with automated failover by the end of Q2 FY27",
            ),
            (
                0,
                "Service level objectives and error budgets for the five critical workflows: scheduling, dispatch, mobile sync, invoicing and the public API",
            ),
            (0, "24/7 follow-the-sun on-call across Austin and Lisbon"),
            (0, "Quarterly game days that rehearse the loss of a cloud region"),
            (0, "A written incident review within five business days of every Sev-1 and Sev-2"),
        ],
        "Owner",
        ["Chief Technology Officer", "Supported by the VP Engineering and the SRE lead"],
    )
    # 11
    d.bullets(
        s3,
        "Bet 2 \u00b7 Time to value",
        "From signature to the first scheduled job in weeks, not quarters",
        "What we will do",
        [
            (
                0,
                "Implementation playbooks for our three largest verticals: HVAC, elevator service and medical equipment",
            ),
            (
                0,
                "Self-serve import of jobs, assets and technicians from spreadsheets and the five most common legacy tools",
            ),
            (
                0,
                "Customer success pods: one customer success manager and one implementation engineer per 40 accounts",
            ),
            (0, "Fieldloop Academy admin certification, required before go-live"),
            (0, "An account health score, reviewed weekly by each pod"),
        ],
        "Owner",
        ["Chief Customer Officer"],
    )
    # 12
    d.bullets(
        s3,
        "Bet 3 \u00b7 Enterprise readiness",
        "Pass the security review the first time",
        "What we will do",
        [
            (0, "SOC 2 Type II observation window from February to July 2027"),
            (0, "Single sign-on and SCIM user provisioning on every plan above Growth"),
            (0, "An EU data region in Frankfurt, with data residency commitments in the contract"),
            (0, "A public trust center with our sub-processor list and data processing agreement"),
            (0, "ISO 27001 readiness assessment in Q4 FY27"),
        ],
        "Owner",
        ["Chief Information Security Officer", "EU region build: VP Engineering"],
    )
    # 13
    d.bullets(
        s3,
        "Bet 4 \u00b7 Efficient growth",
        "Grow ARR faster than we grow cost",
        "What we will do",
        [
            (0, "A partner channel with three ERP resellers"),
            (0, "A usage-based pricing tier for fleets above 500 technicians"),
            (0, "Eight enterprise account executives, hired by the end of Q2 FY27"),
            (0, "Deal desk approval for any discount above 20%"),
        ],
        "Owner",
        ["Chief Revenue Officer", "Pricing: Chief Financial Officer"],
    )
    # 14
    d.bullets(
        s3,
        "Benelux design partners: prove the EU region first",
        "Six customers in the Netherlands and Belgium, live on the EU region in Q2 FY27 (May to July 2027)",
        "Success criteria for the EU go/no-go",
        [
            (0, "All six live on the EU region within 60 days of signature"),
            (0, "Zero cross-region data transfers in the audit logs"),
            (0, "p95 API latency under 300 ms from Amsterdam"),
            (0, "Four of the six sign two-year renewals"),
        ],
        "Why Benelux",
        [
            "14 open enterprise opportunities",
            "Two deals lost in FY26 for lack of EU hosting",
            "Lisbon team covers the time zone",
        ],
    )
    # 15
    d.chevrons(
        s4,
        "The road ahead",
        "Three stages over 24 months",
        [
            (
                "Harden",
                "H1 FY27 \u00b7 months 0\u20136",
                "Reliability sprint, SOC 2 observation window, Benelux design partners, SRE hiring.",
            ),
            (
                "Scale",
                "H2 FY27 to H1 FY28 \u00b7 months 6\u201318",
                "EU region generally available, success pods, partner channel, ISO 27001 readiness.",
            ),
            (
                "Expand",
                "H2 FY28 \u00b7 months 18\u201324",
                "Enterprise expansion in Europe, usage-based pricing, renewals of the first EU cohort.",
            ),
        ],
        [
            "Gate 1 (end of Q3 FY27): the Operating Committee decides on EU general availability, on the design-partner results",
            "Gate 2 (start of H2 FY28): enterprise expansion only with ISO 27001 in hand and net revenue retention at 110% or more",
        ],
        "Gates",
    )
    # 16
    d.table(
        s4,
        "Quarter by quarter",
        None,
        ["Quarter", "Engineering", "Customer", "Go-to-market"],
        [
            [
                "Q1 FY27",
                "Reliability sprint; failover design",
                "Baseline time to first job",
                "Enterprise AE hiring",
            ],
            [
                "Q2 FY27",
                "Multi-zone database live",
                "Success pods in North America",
                "Design partners live",
            ],
            [
                "Q3 FY27",
                "SLOs and error budgets",
                "Playbooks for three verticals",
                "Gate 1: EU decision",
            ],
            ["Q4 FY27", "EU region GA", "Admin certification required", "Partner channel launch"],
            ["H1 FY28", "ISO 27001 audit", "Health score in every pod", "Usage-based pricing"],
            [
                "H2 FY28",
                "Second EU availability zone",
                "EU success pod",
                "Enterprise expansion in Europe",
            ],
        ],
        widths=[1.6, 3.6, 3.5, 3.6],
    )
    # 17
    d.grid(
        s4,
        "The first 90 days",
        "February to April 2027",
        [
            (
                "Weeks 1\u20132",
                "Owners",
                "Name one directly responsible individual for each of the ten key results.",
            ),
            (
                "Weeks 1\u20136",
                "Reliability sprint",
                "Non-critical feature work paused for six weeks.",
            ),
            (
                "Weeks 2\u20134",
                "SOC 2",
                "Auditor engaged; the observation window opens on 1 February.",
            ),
            ("Weeks 3\u20138", "Design partners", "Sign the six Benelux design partners."),
            ("Weeks 4\u201310", "SRE hiring", "Hire four site reliability engineers."),
            (
                "Weeks 6\u201310",
                "Transparency",
                "Publish a public status page and an SLA credit policy.",
            ),
            (
                "Weeks 8\u201312",
                "Baseline",
                "Baseline time to first scheduled job for the last 200 implementations.",
            ),
            ("Week 12", "Error budgets", "The Operating Committee adopts the error budget policy."),
        ],
        per_row=4,
        size=11,
    )
    # 18
    d.tiles(
        s4,
        "Where the money goes",
        "FY27 operating plan",
        [
            ("$40.1M", "operating expense", "R&D $14.2M, sales and marketing $19.8M, G&A $6.1M"),
            ("268", "people by end of FY27", "from 212"),
            ("31 months", "cash runway", "at plan"),
        ],
        None,
        ["EU data region: $1.8M in FY27, of which $1.1M is infrastructure."],
    )
    # 19
    d.chart(
        s4,
        "Unit economics today",
        "Months to recover customer acquisition cost, FY26 by quarter",
        ["Q1 FY26", "Q2 FY26", "Q3 FY26", "Q4 FY26"],
        [("CAC payback (months)", [24, 23, 22, 22])],
        "Also in FY26",
        [
            "Gross margin 74%",
            "Sales efficiency (magic number) 0.7",
            "Support cost per account up 12%",
        ],
    )
    # 20
    d.table(
        s4,
        "Risks we are taking",
        None,
        ["Risk", "What we will do", "Owner"],
        [
            [
                "The SOC 2 observation finds control exceptions",
                "Readiness assessment in month one; close gaps before the window opens",
                "Chief Information Security Officer",
            ],
            [
                "The reliability sprint delays roadmap promises to enterprise prospects",
                "Product council agrees the cut list; tell the top 20 accounts directly",
                "Chief Product Officer",
            ],
            [
                "The EU region doubles infrastructure cost",
                "Reserved capacity after the design-partner stage; price the EU tier accordingly",
                "Chief Financial Officer",
            ],
            [
                "Key-person risk in a three-person SRE team",
                "Hire four SREs by Q2 FY27; runbooks for every critical workflow",
                "Chief Technology Officer",
            ],
        ],
        widths=[4.2, 5.4, 2.7],
    )
    # 21
    d.columns(
        s5,
        "How we run the company",
        "Operating cadence",
        [
            [
                "Board of Directors",
                "Quarterly",
                "Budget, gates that change the plan, CEO performance",
            ],
            [
                "Operating Committee",
                "Weekly \u00b7 chaired by the CEO",
                "Decides Gates 1 and 2; trades off across the four bets",
            ],
            [
                "Reliability review",
                "Weekly \u00b7 Chief Technology Officer",
                "Incidents, error budgets, SLO breaches",
            ],
            [
                "Customer council",
                "Monthly \u00b7 Chief Customer Officer",
                "Health scores, churn risks, implementation times",
            ],
            [
                "Key result review",
                "Monthly \u00b7 all owners",
                "Status of the ten key results; recovery plans",
            ],
        ],
        kind=MSO_SHAPE.RECTANGLE,
        size=11,
    )
    # 22
    d.table(
        s5,
        "Who owns what",
        None,
        ["Key result", "Executive owner"],
        [
            ["Availability; Sev-1 incidents", "Chief Technology Officer"],
            ["Time to first scheduled job; net revenue retention; churn", "Chief Customer Officer"],
            ["SOC 2 Type II; ISO 27001", "Chief Information Security Officer"],
            ["EU data region", "VP Engineering"],
            ["ARR", "Chief Revenue Officer"],
            ["Burn", "Chief Financial Officer"],
        ],
        widths=[7.3, 5.0],
    )
    # 23
    d.bullets(
        s5,
        "How we will know",
        None,
        None,
        [
            (
                0,
                "A key result dashboard in Looker, refreshed daily, one written definition per result",
            ),
            (0, "Design partners compared with EU prospects that are not in the programme"),
            (
                0,
                "Monthly key result review: a result that is red needs a recovery plan within two weeks",
            ),
            (0, "Customer health and NPS reviewed at the monthly customer council"),
        ],
    )
    # 24
    d.bullets(
        None,
        "Asks of the Board",
        None,
        None,
        [
            (0, "Approve the FY27 operating budget of $40.1M"),
            (0, "Approve $1.8M for the EU data region"),
            (0, "Note the hiring plan to 268 people by the end of FY27"),
        ],
    )
    d.save(out / "fieldloop-fy27-fy28-operating-plan.pptx")


def main() -> None:
    cases = {
        "ostara-network": ostara_network,
        "elmstead-flow": elmstead_flow,
        "tamarack-transit": tamarack_transit,
        "fieldloop-mismatch": fieldloop_mismatch,
    }
    for name, build in cases.items():
        folder = HERE / name
        folder.mkdir(parents=True, exist_ok=True)
        build(folder)
        print(f"built {name}")


if __name__ == "__main__":
    main()
