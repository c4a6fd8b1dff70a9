# mypy: disable-error-code="union-attr,arg-type,assignment"
"""Build the blind7 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/blind7/build_blind7.py

Writes, under ``evals/blind7/<name>/``, each case's deck and its ``org/`` folder:

- ``wenlow-press``: PDF (fpdf2) in the shape of a slide deck exported to PDF: 16:9 pages in a
  newspaper house style (kicker over a serif headline, a folio line), where several pages put
  their content in a grid of cards or in two columns drawn line by line across the columns,
  so that a text reader meets them interleaved;
- ``holmscar-aggregates``: PPTX (python-pptx) whose content sits mostly in native tables used
  for layout (summary tiles, north star, workstreams, KPIs, a roadmap with quarters as columns
  and workstreams as rows, the pilot charter, the first 90 days, risks, governance), with part
  of the content only in speaker notes;
- ``larchmere-hospice``: PPTX of placeholders with action titles (headline sentences), KPI tiles
  of shapes, a "Stop / Start / Continue" slide and a roadmap drawn as a chevron process whose
  dates sit in separate text boxes.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX and XLSX files, a fixed creation date (and so a fixed file ID) in the PDF, and org text
held as literal strings below.

This is a BLIND set (split "blind7"): nothing is ever tuned on it. See evals/blind7/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import textwrap
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 5, 20, 8, 30, 0)
FIXED_W3C = "2027-05-20T08:30:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 6, 9, 17, 40, 0, tzinfo=dt.UTC)
FIXED_XLSX_DATE = dt.datetime(2027, 10, 4, 10, 15, 0)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

TITLE_SLIDE, TITLE_AND_CONTENT, TWO_CONTENT, TITLE_ONLY, BLANK = 0, 1, 3, 5, 6


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


# =========================================================================== PPTX kit


def new_deck() -> PresentationType:
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    return prs


def write_lines(
    frame,
    lines: Sequence[str],
    size: int | None = None,
    bold: bool = False,
    color: RGBColor | None = None,
) -> None:
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        for run in para.runs:
            if size is not None:
                run.font.size = Pt(size)
            run.font.bold = bold
            if color is not None:
                run.font.color.rgb = color


def text_box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: int = 16,
    bold: bool = False,
    color: RGBColor | None = None,
):
    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    write_lines(box.text_frame, lines, size, bold, color)
    return box


def shape(
    shapes,
    kind,
    left: float,
    top: float,
    width: float,
    height: float,
    fill: RGBColor | None,
    lines: Sequence[str] = (),
    size: int = 12,
    bold: bool = False,
    color: RGBColor | None = None,
    outline: RGBColor | None = None,
):
    """A filled autoshape; its own text frame holds ``lines`` (empty for a plain panel)."""
    shp = shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
    if fill is None:
        shp.fill.background()
    else:
        shp.fill.solid()
        shp.fill.fore_color.rgb = fill
    if outline is None:
        shp.line.fill.background()
    else:
        shp.line.color.rgb = outline
        shp.line.width = Pt(1)
    if lines:
        write_lines(shp.text_frame, lines, size, bold, color)
    else:
        shp.text_frame.text = ""
    return shp


def layout_table(
    slide: Slide,
    rows: Sequence[Sequence[str | Sequence[str]]],
    left: float,
    top: float,
    widths: Sequence[float],
    row_h: float = 0.4,
    size: int = 11,
    header: bool = True,
    fills: dict[tuple[int, int], RGBColor] | None = None,
    merges: Sequence[tuple[int, int, int, int]] = (),
    bold_cells: Sequence[tuple[int, int]] = (),
    sizes: dict[tuple[int, int], int] | None = None,
):
    """A native table used for layout. A cell is a string or a list of paragraphs; ``merges``
    are (row, col, last_row, last_col) spans whose text sits in the first cell."""
    gf = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(int(Inches(row_h) * len(rows))),
    )
    table = gf.table
    table.first_row = header
    for c, w in enumerate(widths):
        table.columns[c].width = Inches(w)
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            if cell.is_spanned:
                continue
            paras = [value] if isinstance(value, str) else list(value)
            frame = cell.text_frame
            for i, text in enumerate(paras):
                para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                para.text = text
                for run in para.runs:
                    run.font.size = Pt((sizes or {}).get((r, c), size))
                    run.font.bold = (header and r == 0) or (r, c) in bold_cells
            if fills and (r, c) in fills:
                cell.fill.solid()
                cell.fill.fore_color.rgb = fills[(r, c)]
    return table


def notes(slide: Slide, lines: Sequence[str]) -> None:
    """Speaker notes, one paragraph a line."""
    frame = slide.notes_slide.notes_text_frame
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line


def background(slide: Slide, rgb: RGBColor) -> None:
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = rgb


def save(prs: PresentationType, path: Path, author: str, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.title = title
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# =========================================================================== PDF kit (fpdf2)
# Wenlow Press's deck reaches the Board as a PDF exported from slides: 16:9 pages of
# 960 x 540 pt on a newsprint tint. A navy masthead band runs across the top, a red kicker
# sits over a serif headline, and a folio line runs along the foot. Cards in a grid and text
# in two columns are written line by line ACROSS the cards or columns, as a slide export
# often does, so a text reader meets them interleaved. Core fonts only (Latin-1 text).

PAGE_W, PAGE_H = 960.0, 540.0
MARGIN = 44.0
BODY_W = PAGE_W - 2 * MARGIN
NAVY = (18, 36, 66)
RED = (196, 32, 44)
PAPER = (250, 247, 240)
RULE = (190, 184, 170)
INK = (30, 30, 30)
GREY = (105, 105, 105)
WHITE_RGB = (255, 255, 255)
WENLOW_FOLIO = "WENLOW PRESS GROUP  |  Read On 2029  |  Board of Directors, 16 June 2027"

# a run of text: (text, size, style, font); font "T" is Times, anything else Helvetica
Run = tuple[str, float, str, str]


def r(text: str, size: float = 14, style: str = "", font: str = "H") -> Run:
    return (text, size, style, font)


class NewsroomPDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="pt", format=(PAGE_H, PAGE_W))
        self.set_auto_page_break(False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("macOS Version 14.5 (Build 23F79) Quartz PDFContext")
        self.set_creator("Keynote")
        self.set_author("Wenlow Press Group")

    @staticmethod
    def _family(font: str) -> str:
        return "times" if font == "T" else "helvetica"

    def wrap(self, text: str, width: float, size: float, style: str = "", font: str = "H"):
        self.set_font(self._family(font), style, size)
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if self.get_string_width(trial) <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        return lines

    def put(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        style: str = "",
        color: tuple[int, int, int] = INK,
        font: str = "H",
    ) -> None:
        self.set_font(self._family(font), style, size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.cell(0, size * 1.2, text)

    def para(
        self,
        x: float,
        y: float,
        width: float,
        run: Run,
        color: tuple[int, int, int] = INK,
        leading: float = 1.3,
    ) -> float:
        text, size, style, font = run
        for line in self.wrap(text, width, size, style, font):
            self.put(x, y, line, size, style, color, font)
            y += size * leading
        return y

    def across(
        self,
        blocks: Sequence[Sequence[Run]],
        x: float,
        y: float,
        block_w: float,
        gutter: float,
        colors: Sequence[tuple[int, int, int]] | None = None,
        leading: float = 1.32,
    ) -> float:
        """Blocks side by side (columns, or the cards of one grid row), written line by line
        ACROSS the blocks: the lines at the same height go out together."""
        laid: list[list[tuple[str, float, str, str]]] = []
        for block in blocks:
            lines: list[tuple[str, float, str, str]] = []
            for text, size, style, font in block:
                if not text:
                    lines.append(("", size, style, font))
                    continue
                for line in self.wrap(text, block_w, size, style, font):
                    lines.append((line, size, style, font))
            laid.append(lines)
        depth = max(len(b) for b in laid)
        row_y = y
        for i in range(depth):
            size_here = max((b[i][1] for b in laid if i < len(b)), default=12)
            for c, lines in enumerate(laid):
                if i < len(lines) and lines[i][0]:
                    text, size, style, font = lines[i]
                    color = colors[c] if colors else (NAVY if "B" in style else INK)
                    self.put(x + c * (block_w + gutter), row_y, text, size, style, color, font)
            row_y += size_here * leading
        return row_y

    def cards(
        self,
        rows: Sequence[Sequence[Sequence[Run]]],
        y: float,
        card_h: float,
        gutter: float = 14,
        strip: tuple[int, int, int] = RED,
        fill: tuple[int, int, int] = WHITE_RGB,
    ) -> float:
        """A grid of outlined cards with a coloured strip on top; each grid row's text is
        written across its cards."""
        for row in rows:
            n = len(row)
            w = (BODY_W - gutter * (n - 1)) / n
            for i in range(n):
                cx = MARGIN + i * (w + gutter)
                self.set_fill_color(*fill)
                self.set_draw_color(*RULE)
                self.rect(cx, y, w, card_h, style="FD")
                self.set_fill_color(*strip)
                self.rect(cx, y, w, 4, style="F")
            self.across(row, MARGIN + 12, y + 14, w - 24, gutter + 24)
            y += card_h + gutter
        return y

    def grid_table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        y: float,
        size: float = 12.5,
        pad: float = 6,
    ) -> float:
        """A ruled table; a row's wrapped cells are written line by line across the row."""
        for n, row in enumerate(rows):
            style = "B" if n == 0 else ""
            wrapped = [
                self.wrap(v, w - 2 * pad, size, style) for v, w in zip(row, widths, strict=True)
            ]
            depth = max(len(w) for w in wrapped)
            height = depth * size * 1.25 + 2 * pad
            if n == 0:
                self.set_fill_color(*NAVY)
                self.rect(MARGIN, y, sum(widths), height, style="F")
            else:
                self.set_draw_color(*RULE)
                self.line(MARGIN, y + height, MARGIN + sum(widths), y + height)
            for i in range(depth):
                cx = MARGIN
                for lines, w in zip(wrapped, widths, strict=True):
                    if i < len(lines):
                        color = WHITE_RGB if n == 0 else INK
                        self.put(cx + pad, y + pad + i * size * 1.25, lines[i], size, style, color)
                    cx += w
            y += height
        return y

    # ---------------------------------------------------------------- page furniture
    def sheet(self) -> None:
        self.add_page()
        self.set_fill_color(*PAPER)
        self.rect(0, 0, PAGE_W, PAGE_H, style="F")

    def folio(self) -> None:
        self.set_draw_color(*RULE)
        self.line(MARGIN, PAGE_H - 36, PAGE_W - MARGIN, PAGE_H - 36)
        self.put(MARGIN, PAGE_H - 30, WENLOW_FOLIO, 8.5, "", GREY)
        self.put(PAGE_W - MARGIN - 14, PAGE_H - 30, str(self.page_no()), 8.5, "B", GREY)

    def cover(self, runs: Sequence[Run]) -> None:
        self.add_page()
        self.set_fill_color(*NAVY)
        self.rect(0, 0, PAGE_W, PAGE_H, style="F")
        self.set_fill_color(*RED)
        self.rect(0, 0, 14, PAGE_H, style="F")
        y = 120.0
        for run in runs:
            y = self.para(MARGIN + 20, y, 780, run, WHITE_RGB, 1.2) + 12

    def part(self, label: str, name: str, standfirst: str) -> None:
        self.sheet()
        self.set_fill_color(*NAVY)
        self.rect(0, 0, PAGE_W, 10, style="F")
        self.put(MARGIN, 170, label, 14, "B", RED)
        self.set_draw_color(*NAVY)
        self.line(MARGIN, 196, MARGIN + 120, 196)
        self.put(MARGIN, 210, name, 44, "B", NAVY, "T")
        self.para(MARGIN, 275, 640, r(standfirst, 18, "I", "T"), GREY)
        self.folio()

    def content(self, kicker: str, headline: str) -> float:
        """Masthead band, red kicker, serif headline and a rule; returns the y under them."""
        self.sheet()
        self.set_fill_color(*NAVY)
        self.rect(0, 0, PAGE_W, 10, style="F")
        self.put(MARGIN, 26, kicker, 10, "B", RED)
        y = self.para(MARGIN, 42, BODY_W, r(headline, 25, "B", "T"), NAVY, 1.15)
        self.set_draw_color(*NAVY)
        self.line(MARGIN, y + 4, PAGE_W - MARGIN, y + 4)
        self.folio()
        return y + 16


def save_pdf(pdf: NewsroomPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Wenlow Press


def two_cols(pdf: NewsroomPDF, left: Sequence[Run], right: Sequence[Run], y: float) -> float:
    col_w = (BODY_W - 40) / 2
    pdf.set_draw_color(*RULE)
    pdf.line(MARGIN + col_w + 20, y, MARGIN + col_w + 20, PAGE_H - 60)
    return pdf.across([left, right], MARGIN, y, col_w, 40)


def build_wenlow() -> NewsroomPDF:
    pdf = NewsroomPDF()
    # 1 cover
    pdf.cover(
        [
            r("WENLOW PRESS GROUP", 14, "B"),
            r("Read On 2029", 58, "B", "T"),
            r("Our digital subscription and newsroom plan, July 2027 to December 2029", 20),
            r("Board of Directors  |  16 June 2027  |  Paper WPB/27/22", 13),
            r("Presented by the Managing Director and the Editor-in-Chief", 13, "I"),
        ]
    )
    # 2 executive summary: tiles, then two columns
    y = pdf.content(
        "EXECUTIVE SUMMARY",
        "Read On 2029 turns casual readers into paying ones and frees the newsroom from the "
        "print clock",
    )
    y = pdf.cards(
        [
            [
                [
                    r("30,000", 30, "B", "T"),
                    r("digital subscribers by December 2029", 12),
                    r("from 11,400 in December 2026", 10, "I"),
                ],
                [
                    r("80,000", 30, "B", "T"),
                    r("readers signed in each month by December 2029", 12),
                    r("from 21,000", 10, "I"),
                ],
                [
                    r("2.5%", 30, "B", "T"),
                    r("of subscribers cancelling each month", 12),
                    r("by December 2029, from 4.8%", 10, "I"),
                ],
                [
                    r("\u00a34.8m", 30, "B", "T"),
                    r("digital reader revenue in 2029", 12),
                    r("from \u00a31.5m in 2026", 10, "I"),
                ],
            ]
        ],
        y,
        112,
    )
    two_cols(
        pdf,
        [
            r("What we will do", 15, "B"),
            r(
                "Four beats: readers first; sign in, then subscribe; keep the readers who pay; "
                "know every reader.",
                13,
            ),
            r(
                "Project Kingfisher tests the model at the Sallowby Echo from January to June 2028.",
                13,
            ),
            r("Three editions from July 2027 to December 2029, each opened at a gate.", 13),
        ],
        [
            r("What we ask of the Board", 15, "B"),
            r("Approve Read On 2029 and its six measures.", 13),
            r("Release \u00a31.2m for the First and Second Editions.", 13),
            r("Note the Kingfisher go/no-go at Gate 2 in July 2028.", 13),
        ],
        y + 4,
    )
    # 3 part one
    pdf.part(
        "PART ONE",
        "The story so far",
        "Where our titles stand, what is changing around them, and what readers and "
        "colleagues told us",
    )
    # 4 where we stand: a 2 x 3 grid of cards
    y = pdf.content(
        "PART ONE  |  WHERE WE STAND",
        "More people read us than ever, but few of them pay, and print still sets the working day",
    )
    pdf.cards(
        [
            [
                [
                    r("11,400", 26, "B", "T"),
                    r("people pay to read us online; we sell 38,200 print copies a week", 12),
                ],
                [
                    r("-11%", 26, "B", "T"),
                    r("a year: the fall in print copies sold since 2023", 12),
                ],
                [
                    r("\u00a321.6m", 26, "B", "T"),
                    r("revenue in 2026, of which 19% came from digital", 12),
                ],
            ],
            [
                [
                    r("94", 26, "B", "T"),
                    r("journalists in three newsrooms: Wenlow, Sallowby and Fellside", 12),
                ],
                [
                    r("46%", 26, "B", "T"),
                    r("of newsroom hours go on laying out print pages", 12),
                ],
                [
                    r("4.8", 26, "B", "T"),
                    r("in every 100 online payers cancel each month", 12),
                ],
            ],
        ],
        y + 4,
        150,
        strip=NAVY,
    )
    # 5 context: two columns
    y = pdf.content(
        "PART ONE  |  AROUND US",
        "Search traffic is falling, rivals are free, and our readers are younger online than "
        "in print",
    )
    two_cols(
        pdf,
        [
            r("The market", 16, "B"),
            r(
                "Visits from search and social to local news sites fell by a third in two years.",
                14,
            ),
            r("", 6),
            r("Print advertising revenue fell 14% in 2026.", 14),
            r("", 6),
            r("Two free community websites launched in the Sallow valley in 2026.", 14),
            r("", 6),
            r("Wenlowshire County Council moved its public notices online in April 2026.", 14),
        ],
        [
            r("Our readers", 16, "B"),
            r("1.3 million people visited our three websites in May 2027.", 14),
            r("", 6),
            r("62% of them live or work in Wenlowshire.", 14),
            r("", 6),
            r("People under 45 make up 58% of web visits and 9% of print buyers.", 14),
            r("", 6),
            r("Our morning newsletter reaches 14,000 inboxes.", 14),
        ],
        y + 8,
    )
    # 6 voices: 2 x 2 cards
    y = pdf.content("PART ONE  |  VOICES", "What readers, reporters and advertisers told us")
    pdf.cards(
        [
            [
                [
                    r(
                        '"I read the Courier every day on my phone. Nobody has ever asked me '
                        'to pay for it."',
                        15,
                        "I",
                        "T",
                    ),
                    r("Reader, Hollins Cross", 11, "B"),
                ],
                [
                    r(
                        '"I file for the web at four, then spend three hours fitting the same '
                        'story onto a page."',
                        15,
                        "I",
                        "T",
                    ),
                    r("Reporter, Fellside Mercury", 11, "B"),
                ],
            ],
            [
                [
                    r(
                        '"I cancelled because I could not find how to pause it while I was away."',
                        15,
                        "I",
                        "T",
                    ),
                    r("Former subscriber, Sallowby", 11, "B"),
                ],
                [
                    r(
                        '"Give me a newsletter for my town and I will sponsor it tomorrow."',
                        15,
                        "I",
                        "T",
                    ),
                    r("Estate agent, Wenlow", 11, "B"),
                ],
            ],
        ],
        y + 6,
        120,
    )
    # 7 part two
    pdf.part(
        "PART TWO",
        "Where we are going",
        "Our north star, four beats and the six measures the Board will see",
    )
    # 8 north star
    y = pdf.content("PART TWO  |  NORTH STAR", "Our north star")
    y = pdf.para(
        MARGIN,
        y + 16,
        BODY_W,
        r("The first place Wenlowshire turns to for news it can trust.", 32, "BI", "T"),
        NAVY,
        1.2,
    )
    pdf.set_fill_color(*WHITE_RGB)
    pdf.set_draw_color(*RULE)
    pdf.rect(MARGIN, y + 26, BODY_W, 150, style="FD")
    pdf.set_fill_color(*RED)
    pdf.rect(MARGIN, y + 26, 6, 150, style="F")
    pdf.put(MARGIN + 24, y + 42, "BY DECEMBER 2029", 11, "B", RED)
    yy = pdf.para(
        MARGIN + 24,
        y + 64,
        BODY_W - 48,
        r("Digital readers will pay for half of the newsroom's cost.", 24, "B"),
        INK,
    )
    pdf.para(
        MARGIN + 24,
        yy + 8,
        BODY_W - 48,
        r("In 2026 they paid for 17% of it: \u00a31.5m of a \u00a38.8m newsroom.", 14),
        GREY,
    )
    # 9 four beats: one row of four cards
    y = pdf.content("PART TWO  |  FOUR BEATS", "Four beats carry the plan")
    pdf.cards(
        [
            [
                [
                    r("BEAT 1", 10, "B"),
                    r("Readers first", 19, "B", "T"),
                    r("Print production down to a quarter of newsroom hours", 12, "I"),
                    r("", 6),
                    r("A digital-first rota", 12),
                    r("An audience team", 12),
                    r("Template pages from one hub", 12),
                    r("A readership report for every reporter", 12),
                ],
                [
                    r("BEAT 2", 10, "B"),
                    r("Sign in, then subscribe", 19, "B", "T"),
                    r("80,000 readers signed in each month", 12, "I"),
                    r("", 6),
                    r("Registration after three free articles", 12),
                    r("Six district newsletters", 12),
                    r("A dynamic meter", 12),
                    r("A \u00a31 first month", 12),
                ],
                [
                    r("BEAT 3", 10, "B"),
                    r("Keep the readers who pay", 19, "B", "T"),
                    r("Cancellations down to 2.5% a month", 12, "I"),
                    r("", 6),
                    r("Annual plans at ten months' price", 12),
                    r("A save team", 12),
                    r("Digital access for print subscribers", 12),
                    r("Reasons recorded on a fixed list", 12),
                ],
                [
                    r("BEAT 4", 10, "B"),
                    r("Know every reader", 19, "B", "T"),
                    r("One record for each reader", 12, "I"),
                    r("", 6),
                    r("Nightly loads into Presshouse", 12),
                    r("One reader ID", 12),
                    r("A live dashboard in every newsroom", 12),
                    r("One tag list for three titles", 12),
                ],
            ]
        ],
        y + 6,
        330,
    )
    # 10 beats 1 and 2: two columns
    y = pdf.content(
        "PART TWO  |  BEATS 1 AND 2",
        "Readers first, and a reason to sign in before we ask anyone to pay",
    )
    two_cols(
        pdf,
        [
            r("Beat 1: Readers first", 16, "B"),
            r(
                "1.1  Move every desk to a digital-first rota, with stories online before the "
                "print deadline.",
                13,
            ),
            r("Lead: Managing Editor  |  Second Edition", 10, "I"),
            r("1.2  Set up a five-person audience team on the Courier news desk.", 13),
            r("Lead: Head of Audience  |  First Edition", 10, "I"),
            r("1.3  Build print pages from templates at one production hub in Wenlow.", 13),
            r("Lead: Print Production Manager  |  Late Final", 10, "I"),
            r("1.4  Send every reporter a weekly readership report for their own stories.", 13),
            r("Lead: Data and Insight Manager  |  First Edition", 10, "I"),
        ],
        [
            r("Beat 2: Sign in, then subscribe", 16, "B"),
            r("2.1  Switch on registration after three free articles a month.", 13),
            r("Lead: Head of Digital Product  |  First and Second Editions", 10, "I"),
            r("2.2  Launch six district newsletters, one for each district.", 13),
            r("Lead: Head of Audience  |  Second Edition", 10, "I"),
            r("2.3  Move the paywall from a fixed meter to a dynamic meter in PayGate.", 13),
            r("Lead: Head of Reader Revenue  |  Late Final", 10, "I"),
            r("2.4  Offer a \u00a31 first month to readers who have signed in.", 13),
            r("Lead: Head of Reader Revenue  |  Second Edition", 10, "I"),
        ],
        y + 8,
    )
    # 11 beats 3 and 4: two columns
    y = pdf.content(
        "PART TWO  |  BEATS 3 AND 4",
        "Keep the readers who pay, and know each of them as one person",
    )
    two_cols(
        pdf,
        [
            r("Beat 3: Keep the readers who pay", 16, "B"),
            r("3.1  Offer annual plans at the price of ten months.", 13),
            r("Lead: Head of Reader Revenue  |  Second Edition", 10, "I"),
            r(
                "3.2  Set up a save team in Reader Services that calls every cancelling "
                "subscriber within 48 hours.",
                13,
            ),
            r("Lead: Reader Services Manager  |  Second Edition", 10, "I"),
            r("3.3  Give every print subscriber full digital access at no extra cost.", 13),
            r("Lead: Head of Reader Revenue  |  First Edition", 10, "I"),
            r("3.4  Record every cancellation reason against a fixed list of eight.", 13),
            r("Lead: Head of Reader Revenue  |  First Edition", 10, "I"),
        ],
        [
            r("Beat 4: Know every reader", 16, "B"),
            r(
                "4.1  Load PayGate, Mailfern and Tallyo data into the Presshouse warehouse every "
                "night.",
                13,
            ),
            r("Lead: Data and Insight Manager  |  First Edition", 10, "I"),
            r("4.2  Match newsletter and subscriber records to one reader ID.", 13),
            r("Lead: Head of Digital Product  |  Second Edition", 10, "I"),
            r("4.3  Put a live audience dashboard on a screen in every newsroom.", 13),
            r("Lead: Data and Insight Manager  |  Second Edition", 10, "I"),
            r("4.4  Agree one story tag list for all three titles.", 13),
            r("Lead: Managing Editor  |  First Edition", 10, "I"),
        ],
        y + 8,
    )
    # 12 measures table
    y = pdf.content("PART TWO  |  MEASURES", "Six measures tell the Board whether it is working")
    y = pdf.grid_table(
        [
            ["Measure", "Dec 2026", "Target", "By", "Owner"],
            [
                "Digital subscribers",
                "11,400",
                "30,000",
                "Dec 2029",
                "Head of Reader Revenue",
            ],
            [
                "Registered readers signed in each month",
                "21,000",
                "80,000",
                "Dec 2029",
                "Head of Audience",
            ],
            [
                "Monthly cancellation rate of digital subscribers",
                "4.8%",
                "2.5%",
                "Dec 2029",
                "Head of Reader Revenue",
            ],
            [
                "Digital reader revenue in the year",
                "\u00a31.5m",
                "\u00a34.8m",
                "2029",
                "Head of Reader Revenue",
            ],
            [
                "Weekly newsletter readers",
                "14,000",
                "45,000",
                "Jun 2029",
                "Head of Audience",
            ],
            [
                "Share of newsroom hours spent on print page production",
                "46%",
                "25%",
                "Dec 2028",
                "Managing Editor",
            ],
        ],
        [380, 100, 100, 100, 192],
        y + 4,
        size=13,
    )
    pdf.para(
        MARGIN,
        y + 12,
        BODY_W,
        r(
            "Baselines are for December 2026 or for calendar 2026. Definitions are in the metric "
            "register kept by the Data and Insight Manager.",
            10,
            "I",
        ),
        GREY,
    )
    # 13 part three
    pdf.part(
        "PART THREE",
        "How we get there",
        "Three editions and their gates, Project Kingfisher, the first 100 days, the money, "
        "the risks and who decides",
    )
    # 14 roadmap: three edition cards, then a strip of gates
    y = pdf.content(
        "PART THREE  |  ROADMAP",
        "Three editions, each opened at a gate, take us to December 2029",
    )
    y = pdf.cards(
        [
            [
                [
                    r("FIRST EDITION", 12, "B"),
                    r("July to December 2027", 12, "I"),
                    r("Clear the desk", 18, "B", "T"),
                    r("", 6),
                    r("Programme office and baselines", 12),
                    r("Audience team hired", 12),
                    r("Print subscribers get digital access", 12),
                    r("Registration tested; Kingfisher set up", 12),
                ],
                [
                    r("SECOND EDITION", 12, "B"),
                    r("January to December 2028", 12, "I"),
                    r("Prove it, then spread it", 18, "B", "T"),
                    r("", 6),
                    r("Kingfisher at the Sallowby Echo, January to June", 12),
                    r("Digital-first rota in all three newsrooms from September", 12),
                    r("Six district newsletters", 12),
                    r("Save team and annual plans", 12),
                ],
                [
                    r("LATE FINAL", 12, "B"),
                    r("January to December 2029", 12, "I"),
                    r("Make it pay", 18, "B", "T"),
                    r("", 6),
                    r("Dynamic meter", 12),
                    r("One production hub for print pages", 12),
                    r("Live dashboards in every newsroom", 12),
                    r("New print contract from April 2029", 12),
                ],
            ]
        ],
        y + 4,
        220,
        strip=NAVY,
    )
    pdf.cards(
        [
            [
                [r("Gate 1, December 2027: Kingfisher may start", 12, "B")],
                [r("Gate 2, July 2028: Kingfisher go/no-go", 12, "B")],
                [r("Gate 3, December 2028: Late Final opens", 12, "B")],
            ]
        ],
        y - 4,
        44,
        fill=PAPER,
    )
    # 15 Kingfisher: two columns and a decision line
    y = pdf.content(
        "PART THREE  |  PILOT",
        "Project Kingfisher proves the model at one weekly title before we spread it",
    )
    yy = two_cols(
        pdf,
        [
            r("Project Kingfisher", 17, "B"),
            r("Where: the Sallowby Echo and its district, 41,000 adults.", 13),
            r("When: January to June 2028.", 13),
            r(
                "What: registration after three free articles, the Sallowby newsletter, a "
                "digital-first rota with a second web producer, and print pages from templates.",
                13,
            ),
        ],
        [
            r("Success criteria by June 2028", 17, "B"),
            r("6,000 readers in Sallowby signed in, from 1,900", 13),
            r("600 new digital subscribers from the Sallowby district", 13),
            r("4,000 people a week reading the Sallowby newsletter", 13),
            r("Print page hours at the Echo down by a third", 13),
            r("Echo print sales falling no faster than 11% a year", 13),
        ],
        y + 8,
    )
    pdf.set_fill_color(*NAVY)
    pdf.rect(MARGIN, yy + 18, BODY_W, 58, style="F")
    pdf.para(
        MARGIN + 16,
        yy + 28,
        BODY_W - 32,
        r(
            "Go/no-go at Gate 2 in July 2028: the Managing Director decides on the Steering "
            "Group's advice. A go takes the model to the Courier and the Mercury from September "
            "2028.",
            13,
            "B",
        ),
        WHITE_RGB,
    )
    # 16 first 100 days: two numbered columns
    y = pdf.content(
        "PART THREE  |  FIRST 100 DAYS",
        "The first 100 days, 1 July to 8 October 2027",
    )
    two_cols(
        pdf,
        [
            r("1  Appoint the Read On programme manager and open the programme office.", 14),
            r("", 6),
            r("2  Agree the baseline for each measure with the Finance Director.", 14),
            r("", 6),
            r("3  Open consultation with the NUJ chapel on the digital-first rota.", 14),
            r("", 6),
            r("4  Move Mailfern to a plan that covers 150,000 contacts.", 14),
        ],
        [
            r("5  Turn on the PayGate registration module on a test site.", 14),
            r("", 6),
            r("6  Recruit the five posts of the audience team.", 14),
            r("", 6),
            r("7  Recruit a second web producer for the Sallowby Echo.", 14),
            r("", 6),
            r("8  Write the Kingfisher pilot plan with the Editor of the Sallowby Echo.", 14),
        ],
        y + 10,
    )
    # 17 investment: four cards and a note
    y = pdf.content(
        "PART THREE  |  INVESTMENT",
        "\u00a32.3m over 30 months, paid back by digital reader revenue within 2029",
    )
    y = pdf.cards(
        [
            [
                [r("\u00a30.4m", 28, "B", "T"), r("First Edition", 13)],
                [r("\u00a30.8m", 28, "B", "T"), r("Second Edition", 13)],
                [r("\u00a31.1m", 28, "B", "T"), r("Late Final", 13)],
                [r("\u00a32.3m", 28, "B", "T"), r("in all, July 2027 to December 2029", 13)],
            ]
        ],
        y + 6,
        96,
    )
    pdf.para(
        MARGIN,
        y + 6,
        BODY_W,
        r(
            "Seven new posts (the audience team, a web producer and a save team lead); the "
            "PayGate registration and meter modules; a larger Mailfern plan; nightly loads into "
            "Presshouse. \u00a31.2m is requested now for the First and Second Editions.",
            14,
        ),
    )
    # 18 risks table
    y = pdf.content("PART THREE  |  RISKS", "Five risks, and what we will do about each")
    pdf.grid_table(
        [
            ["Risk", "What we will do", "Owner"],
            [
                "Print sales fall faster once stories go online first",
                "Keep Thursday print exclusives and track print sales each week",
                "Managing Editor",
            ],
            [
                "Readers leave for free rivals when asked to sign in",
                "Start at three free articles and test the number in Kingfisher",
                "Head of Audience",
            ],
            [
                "The NUJ chapel opposes the new rota",
                "Consult from week one and keep contracted hours as they are",
                "Head of People",
            ],
            [
                "Reader data is lost or misused",
                "Complete a data protection impact assessment before registration goes live",
                "Head of Digital Product",
            ],
            [
                "Price rises push cancellations up",
                "Give 30 days' notice and offer annual plans first",
                "Head of Reader Revenue",
            ],
        ],
        [300, 404, 168],
        y + 4,
        size=13,
    )
    # 19 governance: two columns
    y = pdf.content(
        "PART THREE  |  GOVERNANCE",
        "One sponsor, one steering group, and editorial independence kept apart",
    )
    two_cols(
        pdf,
        [
            r("Who decides", 16, "B"),
            r(
                "The Managing Director sponsors Read On 2029 and chairs the Read On Steering "
                "Group, which meets monthly.",
                13,
            ),
            r(
                "The Steering Group takes each gate and the Kingfisher go/no-go, and releases "
                "funds within the budget the Board approves.",
                13,
            ),
            r(
                "The Editor-in-Chief decides every editorial question; Read On changes how we "
                "publish, never what we report.",
                13,
            ),
        ],
        [
            r("How we will know", 16, "B"),
            r("The programme office reports each week against the plan and the risk log.", 13),
            r("The Board sees the six measures every quarter.", 13),
            r(
                "The NUJ chapel and the Readers' Editor are consulted before any change that "
                "touches their remit.",
                13,
            ),
        ],
        y + 8,
    )
    # 20 decisions
    y = pdf.content("DECISIONS", "Three decisions for the Board today")
    for n, text in enumerate(
        [
            "Approve Read On 2029 and its six measures.",
            "Release \u00a31.2m for the First and Second Editions.",
            "Note that the Managing Director will take the Kingfisher go/no-go at Gate 2 in "
            "July 2028.",
        ],
        start=1,
    ):
        pdf.put(MARGIN, y + 14, str(n), 30, "B", RED, "T")
        y = pdf.para(MARGIN + 44, y + 20, BODY_W - 44, r(text, 18)) + 16
    return pdf


# =========================================================================== Holmscar Aggregates
# An operations team's deck: nearly everything sits in native tables used for layout (the
# title block, summary tiles, the north star, workstreams, KPIs, the roadmap grid of quarters
# by workstreams, the pilot charter, the 90 days, money, risks, governance and the asks).
# Titles are free text boxes over a hi-vis tag; the speaker notes carry part of the content.

SLATE = RGBColor(0x2F, 0x3B, 0x45)
HIVIS = RGBColor(0xF2, 0x8C, 0x1B)
STONE_RGB = RGBColor(0xEC, 0xE8, 0xE1)
PALE = RGBColor(0xF7, 0xF5, 0xF1)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
HOLMSCAR_FOOTER = "Holmscar Aggregates Ltd  |  Bedrock 2029  |  Board, 10 November 2027"


def quarry_slide(prs: PresentationType, tag: str, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    shape(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 0.12, HIVIS)
    text_box(slide.shapes, 0.5, 0.25, 9.0, 0.3, [tag], 10, True, HIVIS)
    text_box(slide.shapes, 0.5, 0.5, 12.3, 0.8, [title], 24, True, SLATE)
    n = len(prs.slides)
    text_box(slide.shapes, 0.5, 7.05, 10.0, 0.3, [HOLMSCAR_FOOTER], 9, False, SLATE)
    text_box(slide.shapes, 12.3, 7.05, 0.6, 0.3, [str(n)], 9, True, SLATE)
    return slide


def header_fills(n_cols: int, rgb: RGBColor = SLATE) -> dict[tuple[int, int], RGBColor]:
    return {(0, c): rgb for c in range(n_cols)}


def build_holmscar() -> PresentationType:
    prs = new_deck()
    # 1 title block as a table
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    background(s, SLATE)
    shape(s.shapes, MSO_SHAPE.RECTANGLE, 0, 6.9, 13.333, 0.6, HIVIS)
    layout_table(
        s,
        [
            ["HOLMSCAR AGGREGATES LTD"],
            ["Bedrock 2029"],
            ["Safety, fleet and plant programme, January 2028 to December 2029"],
            ["Board meeting, 10 November 2027  |  Paper B/27/61"],
            ["Presented by the Operations Director"],
        ],
        0.8,
        1.6,
        [10.5],
        row_h=0.8,
        size=18,
        header=False,
        fills={(i, 0): SLATE for i in range(5)},
        bold_cells=[(0, 0), (1, 0)],
        sizes={(1, 0): 48, (0, 0): 16},
    )
    # 2 executive summary: tiles in a table, then programme / ask
    s = quarry_slide(
        prs, "EXECUTIVE SUMMARY", "Bedrock 2029: safer quarries, a younger fleet, reliable plant"
    )
    layout_table(
        s,
        [
            ["0", "0.8", "90%", "7.5 years"],
            [
                "lost-time injuries in 2029",
                "LTIFR by December 2029",
                "crushing and screening plant availability",
                "average age of the mobile fleet",
            ],
            [
                "from 9 in 2026",
                "from 2.1 in 2026",
                "by December 2029, from 81%",
                "by December 2029, from 11.2 years",
            ],
        ],
        0.5,
        1.5,
        [3.05, 3.05, 3.05, 3.05],
        row_h=0.75,
        size=13,
        header=False,
        fills={(i, c): STONE_RGB for i in range(3) for c in range(4)},
        bold_cells=[(0, c) for c in range(4)],
        sizes={(0, c): 36 for c in range(4)},
    )
    layout_table(
        s,
        [
            [
                "The programme",
                "Four workstreams and 15 initiatives over 24 months, costing \u00a37.4m, with "
                "Project Flint at Raddle Edge Quarry from April 2028.",
            ],
            [
                "The ask",
                "Approve the programme and release \u00a33.1m for Horizon 1 and the first fleet "
                "tranche.",
            ],
        ],
        0.5,
        4.2,
        [2.4, 9.8],
        row_h=0.7,
        size=14,
        header=False,
        fills={(0, 0): HIVIS, (1, 0): HIVIS},
        bold_cells=[(0, 0), (1, 0)],
    )
    notes(
        s,
        [
            "The tiles are the headline targets; all seven KPIs are on slide 11.",
            "Bedrock replaces the separate safety, fleet and engineering plans the Board saw in "
            "2026.",
        ],
    )
    # 3 our quarries today
    s = quarry_slide(
        prs,
        "WHERE WE ARE",
        "Seven sites, 5.6 million tonnes a year and 64 machines working among our people",
    )
    layout_table(
        s,
        [
            [
                "Site",
                "Rock",
                "Tonnes sold 2026 (000)",
                "Employees",
                "Mobile plant",
                "Crushing and screening plants",
            ],
            ["Holmscar", "Limestone", "1,650", "118", "15", "3"],
            ["Raddle Edge", "Gritstone", "980", "58", "9", "2"],
            ["Coldwell Pike", "Limestone", "1,120", "71", "12", "2"],
            ["Thornsett Bank", "Sandstone", "610", "44", "8", "1"],
            ["Mire Gill", "Sand and gravel", "540", "38", "7", "1"],
            ["Ulverby", "Sand and gravel", "480", "33", "7", "1"],
            ["Hesketh Moor", "Limestone", "220", "20", "6", "1"],
            ["All sites", "", "5,600", "382", "64", "11"],
        ],
        0.5,
        1.5,
        [2.4, 2.2, 2.2, 1.7, 1.7, 2.1],
        row_h=0.5,
        size=13,
        fills=header_fills(6),
        bold_cells=[(8, c) for c in range(6)],
    )
    notes(
        s,
        [
            "Head office at Holmscar adds 30 staff, making 412 employees; 186 contractors "
            "worked on our sites in 2026.",
            "Our crushing and screening plant ran 81% of the hours it was scheduled to run in "
            "2026.",
            "The mobile fleet averages 11.2 years old, and we burn 1.32 litres of diesel for "
            "every tonne we sell.",
        ],
    )
    # 4 safety record
    s = quarry_slide(
        prs,
        "WHERE WE ARE",
        "Injuries are falling, but too slowly, and both serious incidents of 2026 involved plant",
    )
    layout_table(
        s,
        [
            [
                "Year",
                "Lost-time injuries",
                "Rate per 100,000 hours",
                "Serious incidents",
                "Near misses reported",
            ],
            ["2024", "11", "2.6", "1", "141"],
            ["2025", "10", "2.4", "2", "150"],
            ["2026", "9", "2.1", "2", "157"],
        ],
        0.5,
        1.5,
        [2.0, 2.6, 2.6, 2.4, 2.6],
        row_h=0.5,
        size=14,
        fills=header_fills(5),
    )
    layout_table(
        s,
        [
            [
                "2026",
                [
                    "A dumper overturned on a haul road at Coldwell Pike in March.",
                    "A fitter fell from a conveyor walkway at Raddle Edge in August.",
                ],
            ]
        ],
        0.5,
        4.3,
        [2.0, 10.2],
        row_h=1.0,
        size=14,
        header=False,
        fills={(0, 0): HIVIS, (0, 1): STONE_RGB},
        bold_cells=[(0, 0)],
    )
    # 5 what is changing
    s = quarry_slide(
        prs,
        "CONTEXT",
        "Inspectors, customers and costs are all pushing in the same direction",
    )
    layout_table(
        s,
        [
            ["What is changing", "What it means for us"],
            [
                "The HSE's 2027 quarries campaign targets the separation of vehicles and "
                "pedestrians",
                "Inspectors will visit all seven sites by 2029",
            ],
            [
                "Road and rail works in the county lift demand for aggregates by 8% a year to 2030",
                "Our plant has to run more of its scheduled hours",
            ],
            [
                "Plant lease rates rose 9% in 2027",
                "Fewer models and longer leases bring the cost down",
            ],
            ["Diesel costs 24% more than it did in 2023", "Every litre saved on a tonne counts"],
        ],
        0.5,
        1.5,
        [6.6, 5.6],
        row_h=0.7,
        size=14,
        fills=header_fills(2),
    )
    # 6 voices
    s = quarry_slide(prs, "VOICES", "What people on our sites told us")
    layout_table(
        s,
        [
            [
                [
                    "\"From the cab of a 40-tonne dumper I can't see someone standing by the "
                    'back wheel."',
                    "Dump truck driver, Coldwell Pike",
                ],
                [
                    '"We fix the crusher when it stops. We never get to fix it before it does."',
                    "Fitter, Raddle Edge",
                ],
            ],
            [
                [
                    '"Every loader we own takes different filters. The stores shelf is a museum."',
                    "Storekeeper, Holmscar",
                ],
                [
                    '"Hauliers queue at the weighbridge whenever the primary goes down on a '
                    'Monday."',
                    "Weighbridge operator, Thornsett Bank",
                ],
            ],
        ],
        0.5,
        1.6,
        [6.1, 6.1],
        row_h=2.4,
        size=16,
        header=False,
        fills={(i, c): PALE for i in range(2) for c in range(2)},
    )
    # 7 north star
    s = quarry_slide(prs, "NORTH STAR", "Where Bedrock 2029 takes us")
    layout_table(
        s,
        [
            ["Our ambition", "Everyone who works at our quarries goes home unharmed, every shift."],
            [
                "Our commitment",
                "Zero lost-time injuries across all seven sites in calendar year 2029.",
            ],
            ["Where we start", "Nine lost-time injuries in 2026, two of them at Raddle Edge."],
        ],
        0.5,
        1.8,
        [3.0, 9.2],
        row_h=1.2,
        size=20,
        header=False,
        fills={(0, 0): HIVIS, (1, 0): HIVIS, (2, 0): STONE_RGB},
        bold_cells=[(0, 0), (1, 0), (2, 0), (1, 1)],
    )
    # 8 workstreams
    s = quarry_slide(prs, "WORKSTREAMS", "Four workstreams carry the programme")
    layout_table(
        s,
        [
            ["Workstream", "Aim", "Lead", "Initiatives"],
            [
                "Safe Ground",
                "Every machine fitted with collision awareness by December 2028",
                "Head of Health, Safety and Environment",
                "5",
            ],
            [
                "Fleet Renewal",
                "Mobile fleet average age down to 7.5 years",
                "Fleet Manager",
                "4",
            ],
            [
                "Reliable Plant",
                "Crushing and screening plants available 90% of scheduled hours",
                "Engineering Manager",
                "3",
            ],
            [
                "Plant Data",
                "One daily view of every machine, plant and weighbridge",
                "IT and Systems Manager",
                "3",
            ],
        ],
        0.5,
        1.6,
        [2.4, 5.4, 3.2, 1.2],
        row_h=0.8,
        size=15,
        fills=header_fills(4),
        bold_cells=[(i, 0) for i in range(1, 5)],
    )
    # 9 and 10 initiatives
    initiative_widths = [0.9, 6.3, 2.9, 1.05, 1.05]
    s = quarry_slide(prs, "WORKSTREAMS", "Safe Ground and Fleet Renewal: nine initiatives")
    layout_table(
        s,
        [
            ["Ref", "Initiative", "Lead", "Start", "Finish"],
            [
                "SG1",
                "Fit collision awareness systems to all 64 mobile plant items",
                "Fleet Manager",
                "Q2 2028",
                "Q4 2028",
            ],
            [
                "SG2",
                "Segregate pedestrian routes at every weighbridge, workshop and plant yard",
                "Head of Health, Safety and Environment",
                "Q1 2028",
                "Q2 2029",
            ],
            [
                "SG3",
                "Replace paper near-miss forms with the SafeSite app at all seven sites",
                "Head of Health, Safety and Environment",
                "Q2 2028",
                "Q4 2028",
            ],
            [
                "SG4",
                "Rewrite the isolation and lock-out procedure for crushers and conveyors",
                "Head of Health, Safety and Environment",
                "Q1 2028",
                "Q2 2028",
            ],
            [
                "SG5",
                "Put every supervisor through the Safe Supervisor course",
                "Training and Competence Manager",
                "Q2 2028",
                "Q1 2029",
            ],
            [
                "FR1",
                "Replace 26 dump trucks and loaders on five-year leases",
                "Fleet Manager",
                "Q3 2028",
                "Q3 2029",
            ],
            [
                "FR2",
                "Standardise the loader fleet on two models",
                "Fleet Manager",
                "Q3 2028",
                "Q4 2029",
            ],
            [
                "FR3",
                "Fit telematics to every mobile plant item",
                "Fleet Manager",
                "Q2 2028",
                "Q4 2028",
            ],
            ["FR4", "Fit tagged fuel pumps at every site", "Fleet Manager", "Q4 2028", "Q2 2029"],
        ],
        0.5,
        1.45,
        initiative_widths,
        row_h=0.52,
        size=12,
        fills=header_fills(5),
    )
    s = quarry_slide(prs, "WORKSTREAMS", "Reliable Plant and Plant Data: six initiatives")
    layout_table(
        s,
        [
            ["Ref", "Initiative", "Lead", "Start", "Finish"],
            [
                "RP1",
                "Move crusher and screen maintenance to planned schedules in Fixwell at all "
                "seven sites",
                "Engineering Manager",
                "Q2 2028",
                "Q2 2029",
            ],
            [
                "RP2",
                "Fit vibration monitoring to the primary crushers at Holmscar and Raddle Edge",
                "Engineering Manager",
                "Q3 2028",
                "Q4 2028",
            ],
            [
                "RP3",
                "Hold critical crusher spares in one central store at Holmscar",
                "Engineering Manager",
                "Q4 2028",
                "Q2 2029",
            ],
            [
                "PD1",
                "Feed telematics, Fixwell and TonneTrack data into QuarryView every day",
                "IT and Systems Manager",
                "Q2 2028",
                "Q1 2029",
            ],
            [
                "PD2",
                "Extend site Wi-Fi to the plant areas and lower benches at Raddle Edge",
                "IT and Systems Manager",
                "Q1 2028",
                "Q2 2028",
            ],
            [
                "PD3",
                "Publish a weekly plant and safety dashboard for every quarry manager",
                "IT and Systems Manager",
                "Q3 2028",
                "Q1 2029",
            ],
        ],
        0.5,
        1.45,
        initiative_widths,
        row_h=0.6,
        size=13,
        fills=header_fills(5),
    )
    # 11 KPIs
    s = quarry_slide(prs, "KPIs", "Seven KPIs, each with one owner")
    layout_table(
        s,
        [
            ["KPI", "2026 baseline", "Target", "By", "Owner"],
            [
                "Lost-time injury frequency rate (per 100,000 hours)",
                "2.1",
                "0.8",
                "Dec 2029",
                "Head of Health, Safety and Environment",
            ],
            [
                "Near-miss and hazard reports per 100 employees a year",
                "38",
                "150",
                "Dec 2028",
                "Head of Health, Safety and Environment",
            ],
            [
                "Mobile plant fitted with collision awareness",
                "0 of 64",
                "64 of 64",
                "Dec 2028",
                "Fleet Manager",
            ],
            [
                "Crushing and screening plant availability",
                "81%",
                "90%",
                "Dec 2029",
                "Engineering Manager",
            ],
            [
                "Planned share of maintenance hours",
                "38%",
                "70%",
                "Jun 2029",
                "Engineering Manager",
            ],
            [
                "Average age of mobile plant",
                "11.2 years",
                "7.5 years",
                "Dec 2029",
                "Fleet Manager",
            ],
            [
                "Diesel per tonne produced",
                "1.32 litres",
                "1.05 litres",
                "Dec 2029",
                "Fleet Manager",
            ],
        ],
        0.5,
        1.45,
        [5.0, 1.6, 1.6, 1.2, 2.8],
        row_h=0.58,
        size=13,
        fills=header_fills(5),
    )
    notes(
        s,
        [
            "Definitions and data sources are in the KPI definitions sheet kept by the Bedrock "
            "programme office.",
        ],
    )
    # 12 roadmap: quarters as columns, workstreams as rows
    s = quarry_slide(
        prs,
        "ROADMAP",
        "Three horizons over eight quarters, with a gate before each big commitment",
    )
    quarters = ["Q1 2028", "Q2 2028", "Q3 2028", "Q4 2028", "Q1 2029", "Q2 2029"]
    quarters += ["Q3 2029", "Q4 2029"]
    layout_table(
        s,
        [
            ["", *quarters],
            [
                "Horizon",
                "Horizon 1: Make safe",
                "",
                "Horizon 2: Prove and renew",
                "",
                "",
                "",
                "Horizon 3: Run lean",
                "",
            ],
            [
                "Safe Ground",
                "Isolation procedure rewritten",
                "SafeSite app live; supervisor course starts",
                "Collision awareness at Raddle Edge",
                "Collision awareness on all 64 machines",
                "",
                "Pedestrian routes done at all sites",
                "",
                "",
            ],
            [
                "Fleet Renewal",
                "Lease terms agreed",
                "Telematics fitted",
                "First fleet tranche: 14 machines",
                "",
                "Tagged fuel pumps",
                "",
                "Second fleet tranche: 12 machines",
                "Two loader models",
            ],
            [
                "Reliable Plant",
                "Raddle Edge assets in Fixwell",
                "Planned maintenance at Raddle Edge",
                "Vibration monitoring on two primary crushers",
                "Planned maintenance at three more sites",
                "Central spares store",
                "Planned maintenance at all seven sites",
                "",
                "",
            ],
            [
                "Plant Data",
                "Wi-Fi survey at Raddle Edge",
                "Wi-Fi on the lower benches",
                "Daily loads into QuarryView",
                "Weekly dashboards",
                "",
                "",
                "",
                "",
            ],
            [
                "Project Flint",
                "",
                "Flint at Raddle Edge, April to September 2028",
                "",
                "Roll-out to the other six sites",
                "",
                "",
                "",
                "",
            ],
            [
                "Gates",
                "Gate 1 (March 2028): Flint may start",
                "",
                "",
                "Gate 2 (October 2028): Flint go/no-go",
                "",
                "Gate 3 (June 2029): second fleet tranche",
                "",
                "Close-out review (December 2029)",
            ],
        ],
        0.35,
        1.4,
        [1.5] + [1.38] * 8,
        row_h=0.64,
        size=10,
        fills={**header_fills(9), **{(1, c): HIVIS for c in range(1, 9)}},
        merges=[(1, 1, 1, 2), (1, 3, 1, 6), (1, 7, 1, 8), (6, 2, 6, 3), (6, 4, 6, 6)],
        bold_cells=[(i, 0) for i in range(1, 8)] + [(1, 1), (1, 3), (1, 7)],
    )
    notes(
        s,
        [
            "Gate 1 checks that consultation is complete and the Flint kit is fitted before "
            "the trial starts.",
            "Gate 3 releases the second fleet tranche once the first tranche's machines have "
            "run six months.",
        ],
    )
    # 13 Project Flint charter
    s = quarry_slide(prs, "PILOT", "Project Flint: prove it at Raddle Edge first")
    layout_table(
        s,
        [
            ["Codename", "Project Flint"],
            [
                "Where",
                "Raddle Edge Quarry: 9 mobile plant items, two crushing and screening plants, "
                "58 people",
            ],
            ["When", "April to September 2028"],
            [
                "What we test",
                "Collision awareness on every machine; telematics; planned maintenance in "
                "Fixwell on tablets; near-miss reporting in the SafeSite app",
            ],
            [
                "Success criteria",
                [
                    "No contact between plant and people",
                    "Fewer than one false collision alert per machine per shift",
                    "Planned work at 60% of maintenance hours",
                    "Crushing plant availability of 87% or better",
                    "70% of operators rate the system as helpful",
                ],
            ],
            ["Decision", "Go/no-go at Gate 2 in October 2028"],
        ],
        0.5,
        1.4,
        [2.6, 9.6],
        row_h=0.55,
        size=14,
        header=False,
        fills={(i, 0): STONE_RGB for i in range(6)},
        bold_cells=[(i, 0) for i in range(6)] + [(0, 1)],
    )
    notes(
        s,
        [
            "The Operations Director takes the Flint go/no-go at Gate 2, on the Steering "
            "Group's recommendation.",
            "A go releases collision awareness and planned maintenance to the other six sites "
            "from November 2028.",
            "Raddle Edge was chosen because two of the nine lost-time injuries of 2026 happened "
            "there and its plant ran the fewest of its scheduled hours, 76%.",
        ],
    )
    # 14 first 90 days
    s = quarry_slide(prs, "FIRST 90 DAYS", "The first 90 days: January to March 2028")
    layout_table(
        s,
        [
            ["Weeks", "Action", "Owner"],
            [
                "1-2",
                "Appoint the Bedrock programme manager and hold the first Steering Group",
                "Operations Director",
            ],
            [
                "1-4",
                "Open consultation with the GMB on collision awareness and telematics",
                "Head of People",
            ],
            ["2-6", "Choose the collision awareness supplier for Flint", "Fleet Manager"],
            [
                "3-8",
                "Survey Raddle Edge for Wi-Fi on the lower benches and in the plant areas",
                "IT and Systems Manager",
            ],
            [
                "4-10",
                "Load the Raddle Edge crushing plant asset register into Fixwell",
                "Engineering Manager",
            ],
            [
                "6-12",
                "Agree the baseline for each of the seven KPIs",
                "Bedrock Programme Manager",
            ],
        ],
        0.5,
        1.45,
        [1.3, 7.6, 3.3],
        row_h=0.62,
        size=14,
        fills=header_fills(3),
    )
    notes(
        s,
        [
            "Two items were added after the table was drawn and belong to the same 90 days.",
            "Renew the 23 operator competence cards that expire before June 2028 (Training and "
            "Competence Manager).",
            "Open talks with Northdale Plant Finance on extending the lease framework to "
            "December 2029 (Procurement Manager).",
        ],
    )
    # 15 investment
    s = quarry_slide(prs, "INVESTMENT", "\u00a37.4m over two years, \u00a33.0m of it as leases")
    layout_table(
        s,
        [
            ["Item", "2028", "2029", "Total"],
            ["Collision awareness and telematics", "\u00a31.1m", "\u00a30.2m", "\u00a31.3m"],
            ["Fleet leases: 26 machines", "\u00a30.9m", "\u00a32.1m", "\u00a33.0m"],
            [
                "Fixed plant: monitoring, spares store, contract fitters",
                "\u00a30.8m",
                "\u00a30.5m",
                "\u00a31.3m",
            ],
            ["Data and Wi-Fi", "\u00a30.3m", "\u00a30.2m", "\u00a30.5m"],
            ["Programme office and training", "\u00a30.7m", "\u00a30.6m", "\u00a31.3m"],
            ["Total", "\u00a33.8m", "\u00a33.6m", "\u00a37.4m"],
        ],
        0.5,
        1.5,
        [6.2, 2.0, 2.0, 2.0],
        row_h=0.55,
        size=14,
        fills=header_fills(4),
        bold_cells=[(6, c) for c in range(4)],
    )
    notes(
        s,
        [
            "The fuel saving of 0.27 litres a tonne is worth about \u00a31.4m a year at today's "
            "prices.",
            "\u00a33.1m is requested now; the rest follows at Gate 3.",
        ],
    )
    # 16 risks
    s = quarry_slide(prs, "RISKS", "Five risks we can see, and what we will do about them")
    layout_table(
        s,
        [
            ["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
            [
                "Operators switch off or ignore collision alerts",
                "High",
                "High",
                "Tune alert zones with operators during Flint and agree alert rules with the "
                "safety representatives",
                "Head of Health, Safety and Environment",
            ],
            [
                "Consultation on tracking takes longer than planned",
                "Medium",
                "High",
                "Open consultation in week 1 and set out in writing how operator data will be used",
                "Head of People",
            ],
            [
                "The lease framework ends before the second fleet tranche",
                "High",
                "Medium",
                "Negotiate an extension of the framework to December 2029 by June 2028",
                "Procurement Manager",
            ],
            [
                "Fitters are too stretched to move to planned maintenance",
                "Medium",
                "High",
                "Hire two contract fitters at Raddle Edge for six months",
                "Engineering Manager",
            ],
            [
                "Permitted working hours leave little time for shutdowns",
                "Medium",
                "Medium",
                "Schedule major crusher work for Saturday afternoons and the Christmas shutdown",
                "Engineering Manager",
            ],
        ],
        0.5,
        1.45,
        [3.0, 1.2, 1.1, 4.6, 2.3],
        row_h=0.8,
        size=12,
        fills=header_fills(5),
    )
    notes(
        s,
        [
            "A sixth risk was raised at the Executive meeting: supply of collision awareness "
            "kits. Mitigation: order the Flint kits in January and reserve the remaining 55 "
            "kits with the supplier.",
        ],
    )
    # 17 governance
    s = quarry_slide(prs, "GOVERNANCE", "Who decides what")
    layout_table(
        s,
        [
            ["Forum", "Chair", "Meets", "Decides or advises"],
            [
                "Bedrock Steering Group",
                "Operations Director (sponsor)",
                "Monthly",
                "Gates 1 to 3, the Flint go/no-go, release of funds within the Board's approval, "
                "changes of scope",
            ],
            [
                "Programme office",
                "Bedrock Programme Manager",
                "Weekly",
                "Plan, tracker, risk log and benefits",
            ],
            [
                "Board",
                "Chair of the Board",
                "Quarterly",
                "Approves the programme, and leases outside the framework",
            ],
            [
                "Joint Consultative Committee",
                "Head of People",
                "Every two months",
                "Consulted on shift patterns, tracking equipment and working practices",
            ],
            [
                "Site safety committees",
                "Quarry managers",
                "Monthly",
                "Consulted on routes, alert rules and procedures",
            ],
        ],
        0.5,
        1.45,
        [3.0, 3.0, 1.8, 4.4],
        row_h=0.75,
        size=13,
        fills=header_fills(4),
    )
    # 18 asks
    s = quarry_slide(prs, "DECISIONS", "We ask the Board to take three decisions today")
    layout_table(
        s,
        [
            ["1", "Approve Bedrock 2029 and its seven KPIs."],
            ["2", "Release \u00a33.1m for Horizon 1 and the first fleet tranche."],
            [
                "3",
                "Authorise the Operations Director to sign leases within the Northdale framework.",
            ],
        ],
        0.5,
        1.8,
        [0.8, 11.4],
        row_h=1.0,
        size=20,
        header=False,
        fills={(i, 0): HIVIS for i in range(3)},
        bold_cells=[(i, 0) for i in range(3)],
    )
    return prs


# =========================================================================== Larchmere Hospice
# A strategy team's deck built on the template's placeholders: every content slide carries an
# action title (a headline sentence) in the title placeholder and its body in the content
# placeholders; KPI tiles are rounded shapes, "Stop / Start / Continue" is three columns of
# shapes, and the roadmap is a chevron process whose dates sit in separate text boxes.

TEAL = RGBColor(0x1F, 0x5F, 0x5B)
SAND = RGBColor(0xF4, 0xEE, 0xE4)
CORAL = RGBColor(0xD9, 0x6C, 0x4F)
MOSS = RGBColor(0x7A, 0x9A, 0x6A)
INK_RGB = RGBColor(0x26, 0x26, 0x26)
LARCHMERE_FOOTER = (
    "Larchmere Hospice  |  Every Doorstep 2031  |  Council of Trustees, 6 December 2027"
)


def _place(ph, left: float, top: float, width: float, height: float) -> None:
    ph.left, ph.top, ph.width, ph.height = Inches(left), Inches(top), Inches(width), Inches(height)


def _fill_placeholder(ph, items: Sequence[str | tuple[str, int]], size: int) -> None:
    """Paragraphs into a body placeholder; an item (text, level) is indented."""
    frame = ph.text_frame
    frame.word_wrap = True
    for i, item in enumerate(items):
        text, level = (item, 0) if isinstance(item, str) else item
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = text
        para.level = level
        for run in para.runs:
            run.font.size = Pt(size - 2 * level)
            run.font.color.rgb = INK_RGB


def hospice_slide(
    prs: PresentationType,
    layout: int,
    action_title: str,
    body: Sequence[str | tuple[str, int]] = (),
    right: Sequence[str | tuple[str, int]] = (),
    size: int = 18,
    body_top: float = 1.75,
) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    title = slide.shapes.title
    _place(title, 0.55, 0.3, 12.2, 1.2)
    title.text = action_title
    for para in title.text_frame.paragraphs:
        para.alignment = 1
        for run in para.runs:
            run.font.size = Pt(26)
            run.font.bold = True
            run.font.color.rgb = TEAL
    bodies = [ph for ph in slide.placeholders if ph.placeholder_format.idx != 0]
    if layout == TITLE_AND_CONTENT:
        _place(bodies[0], 0.55, body_top, 12.2, 6.9 - body_top)
        _fill_placeholder(bodies[0], body, size)
    elif layout == TWO_CONTENT:
        _place(bodies[0], 0.55, body_top, 5.95, 6.9 - body_top)
        _place(bodies[1], 6.8, body_top, 5.95, 6.9 - body_top)
        _fill_placeholder(bodies[0], body, size)
        _fill_placeholder(bodies[1], right, size)
    shape(slide.shapes, MSO_SHAPE.RECTANGLE, 0.55, 1.52, 1.2, 0.06, CORAL)
    n = len(prs.slides)
    text_box(slide.shapes, 0.55, 7.0, 10.0, 0.3, [LARCHMERE_FOOTER], 9, False, TEAL)
    text_box(slide.shapes, 12.3, 7.0, 0.6, 0.3, [str(n)], 9, True, TEAL)
    return slide


def kpi_tile(slide: Slide, left: float, top: float, width: float, lines: Sequence[str]) -> None:
    tile = shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, left, top, width, 2.3, SAND)
    frame = tile.text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        for run in para.runs:
            run.font.size = Pt(34 if i == 0 else 13 if i == 1 else 11)
            run.font.bold = i in (0, 1)
            run.font.color.rgb = TEAL if i == 0 else INK_RGB


def build_larchmere() -> PresentationType:
    prs = new_deck()
    # 1 title slide (placeholders)
    s = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    background(s, TEAL)
    _place(s.shapes.title, 0.8, 2.0, 11.7, 1.4)
    s.shapes.title.text = "Every Doorstep 2031"
    for run in s.shapes.title.text_frame.paragraphs[0].runs:
        run.font.size = Pt(54)
        run.font.bold = True
        run.font.color.rgb = WHITE
    sub = s.placeholders[1]
    _place(sub, 0.8, 3.6, 11.7, 2.2)
    write_lines(
        sub.text_frame,
        [
            "Larchmere Hospice",
            "Our community care plan, April 2028 to March 2031",
            "Council of Trustees, 6 December 2027",
        ],
        20,
        False,
        WHITE,
    )
    # 2 executive summary: KPI tiles over the body placeholder
    s = hospice_slide(
        prs,
        TITLE_AND_CONTENT,
        "Every Doorstep 2031 takes specialist hospice care into 2,400 homes a year by March 2031",
        [
            "Four promises: be there day and night; reach people we have missed; care for the "
            "carers; plan early, share widely.",
            "Project Lantern tests round-the-clock care in Ashby Vale from October 2028 to June "
            "2029.",
            "Three stages, Listen, Build and Reach, each opened at a Trustee checkpoint.",
            "We ask the Trustees to approve the plan and release \u00a31.3m for Listen and Build.",
        ],
        size=16,
        body_top=4.35,
    )
    for i, lines in enumerate(
        [
            ["85%", "of people die where they chose", "by March 2031"],
            ["90%", "of urgent referrals seen within four hours", "by March 2030"],
            ["24/7", "a specialist nurse on the phone", "from September 2029"],
            ["2,400", "people cared for at home each year", "by March 2031"],
        ]
    ):
        kpi_tile(s, 0.55 + i * 3.1, 1.8, 2.9, lines)
    # 3 current state
    hospice_slide(
        prs,
        TITLE_AND_CONTENT,
        "We cared for 1,640 people last year, but most of our community care still stops at 8pm",
        [
            "1,640 people and their families used our services in 2026/27; 1,150 of them were "
            "cared for at home.",
            "Our 14-bed inpatient unit was 88% full.",
            "The community team of 22 nurses and 16 healthcare assistants covers 640 square miles.",
            "71% of the people who died in our care died where they had said they wanted to.",
            "Half of all urgent referrals waited more than four hours for a visit.",
            "29% of the people referred to us had an illness other than cancer.",
        ],
    )
    # 4 context
    hospice_slide(
        prs,
        TWO_CONTENT,
        "Need will grow by a quarter by 2035 as our valleys age, while our income grows slower "
        "than our costs",
        [
            "Around us",
            ("People over 85 in North Halden will rise by 38% by 2035.", 1),
            ("Deaths in our area will rise from 3,900 to 4,700 a year by 2035.", 1),
            ("Halden General ran above 95% full for 41 weeks of 2026/27.", 1),
        ],
        [
            "Our money",
            ("The NHS pays 31% of our costs; fundraising, 19 shops and legacies pay the rest.", 1),
            ("Legacy income fell 12% in 2026/27.", 1),
            ("Our costs rose 7% in 2026/27, mostly pay.", 1),
        ],
    )
    # 5 voices
    hospice_slide(
        prs,
        TWO_CONTENT,
        "Families, nurses and care homes told us that nights and weekends are where care breaks "
        "down",
        [
            '"At two in the morning we rang three numbers before anyone could come."',
            ("Son of a man cared for at home, Ashby Vale", 1),
            '"I carry my notes in a folder and type them up when I get back to the office."',
            ("Community nurse specialist", 1),
        ],
        [
            '"Nobody asked how I was coping until after he died."',
            ("Carer, Larchmere", 1),
            '"Our residents die in hospital because we can\'t get advice at night."',
            ("Care home manager, North Halden", 1),
        ],
        size=20,
    )
    # 6 north star
    hospice_slide(
        prs,
        TITLE_AND_CONTENT,
        "Our north star: everyone in our valleys can die well, in the place they choose",
        [
            "By March 2031 we will care for 2,400 people a year in their own homes, up from "
            "1,150 in 2026/27.",
            "That means a specialist nurse on the phone at any hour, a visit within four hours "
            "when it is urgent, and support for the people who care for them.",
        ],
        size=22,
        body_top=2.2,
    )
    # 7 four promises
    s = hospice_slide(prs, TITLE_ONLY, "Four promises carry the plan")
    for i, lines in enumerate(
        [
            ["1", "Be there day and night", "A specialist nurse answers every call, day and night"],
            [
                "2",
                "Reach people we have missed",
                "45% of referrals for illnesses other than cancer",
            ],
            ["3", "Care for the carers", "Six in ten carers with a support plan"],
            [
                "4",
                "Plan early, share widely",
                "Three in four people with an advance care plan their GP can see",
            ],
        ]
    ):
        tile = shape(s.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, 0.55 + i * 3.1, 2.0, 2.9, 4.2, SAND)
        frame = tile.text_frame
        frame.word_wrap = True
        for j, line in enumerate(lines):
            para = frame.paragraphs[0] if j == 0 else frame.add_paragraph()
            para.text = line
            for run in para.runs:
                run.font.size = Pt([40, 20, 14][j])
                run.font.bold = j < 2
                run.font.color.rgb = [CORAL, TEAL, INK_RGB][j]
    # 8 promises 1 and 2
    hospice_slide(
        prs,
        TWO_CONTENT,
        "A specialist nurse answers every call, day and night, by September 2029, and we reach "
        "the people we have missed",
        [
            "Promise 1: Be there day and night",
            ("Open a 24/7 single point of access for referrals and advice", 1),
            ("Staff the advice line with specialist nurses around the clock", 1),
            ("Set up a rapid response team that visits within four hours, seven days a week", 1),
            ("Give every community nurse CarePoint on a tablet", 1),
        ],
        [
            "Promise 2: Reach people we have missed",
            ("Link a named nurse to each of the 31 care homes in our area", 1),
            ("Run joint clinics with the heart failure and respiratory teams at Halden General", 1),
            ("Open a community hub at Brindle Street in Ashby Vale", 1),
            ("Accept referrals from anyone, families included", 1),
        ],
        size=18,
    )
    # 9 promises 3 and 4
    hospice_slide(
        prs,
        TWO_CONTENT,
        "By March 2030 six in ten carers will have a support plan, and three in four people an "
        "advance care plan their GP can see",
        [
            "Promise 3: Care for the carers",
            ("Agree a support plan with each carer at the first visit", 1),
            ("Train 120 Doorstep Companions to visit carers at home", 1),
            ("Cut the wait for bereavement support to four weeks", 1),
        ],
        [
            "Promise 4: Plan early, share widely",
            ("Offer an advance care plan conversation within the first three visits", 1),
            (
                "Share advance care plans with GPs and the ambulance service through the Halden "
                "Care Record",
                1,
            ),
            ("Record the preferred place of death for every person on our caseload", 1),
        ],
        size=18,
    )
    # 10 stop / start / continue
    s = hospice_slide(
        prs,
        TITLE_ONLY,
        "To keep these promises we will stop three things, start three and keep three",
    )
    for i, (head, fill, items) in enumerate(
        [
            (
                "STOP",
                CORAL,
                [
                    "Running separate phone lines for referrals and advice",
                    "Holding new referrals for the Wednesday meeting before the first visit",
                    "Writing visit notes on paper and typing them up later",
                ],
            ),
            (
                "START",
                TEAL,
                [
                    "Triage every referral on the day it arrives",
                    "Visit urgent referrals within four hours, seven days a week",
                    "Ask every carer what support they need at the first visit",
                ],
            ),
            (
                "CONTINUE",
                MOSS,
                [
                    "Our 14-bed inpatient unit for people whose needs are too complex for home",
                    "The Day Hospice and its wellbeing programme",
                    "Bereavement support for every family we care for",
                ],
            ),
        ]
    ):
        left = 0.55 + i * 4.15
        shape(s.shapes, MSO_SHAPE.RECTANGLE, left, 1.9, 3.9, 0.6, fill, [head], 20, True, WHITE)
        shape(s.shapes, MSO_SHAPE.RECTANGLE, left, 2.5, 3.9, 4.2, SAND, items, 15, False, INK_RGB)
    # 11 KPI tiles
    s = hospice_slide(
        prs, TITLE_ONLY, "Seven measures will tell the Trustees whether it is working"
    )
    tiles = [
        [
            "85%",
            "People who die in their preferred place",
            "from 71% in 2026/27, by March 2031",
            "Owner: Medical Director",
        ],
        [
            "90%",
            "Urgent referrals seen within four hours",
            "from 52%, by March 2030",
            "Owner: Head of Community Services",
        ],
        [
            "95%",
            "Out-of-hours calls answered by a specialist nurse",
            "from 64%, by September 2029",
            "Owner: Head of Community Services",
        ],
        [
            "45%",
            "Referrals for people with a diagnosis other than cancer",
            "from 29%, by March 2031",
            "Owner: Medical Director",
        ],
        [
            "60%",
            "Carers with a support plan",
            "from 18%, by March 2030",
            "Owner: Head of Family Support",
        ],
        [
            "75%",
            "People with an advance care plan shared with their GP",
            "from 34%, by March 2030",
            "Owner: Medical Director",
        ],
        [
            "1.0",
            "Emergency hospital admissions in the last 90 days of life, per person",
            "from 1.4, by March 2031",
            "Owner: Director of Care",
        ],
    ]
    for i, lines in enumerate(tiles):
        row, col = divmod(i, 4)
        kpi_tile(s, 0.55 + col * 3.1 + row * 1.55, 1.8 + row * 2.5, 2.9, lines)
    text_box(
        s.shapes,
        0.55,
        6.65,
        12.0,
        0.3,
        [
            "Baselines are for 2026/27 (April to March). Each measure is defined in the measures "
            "handbook."
        ],
        10,
        False,
        INK_RGB,
    )
    # 12 chevron roadmap with dates in their own text boxes
    s = hospice_slide(
        prs,
        TITLE_ONLY,
        "Three stages take us from listening to reaching every doorstep by March 2031",
    )
    stages = [
        (
            "Listen",
            "April to September 2028",
            [
                "Programme team and baselines",
                "Consultation on 24/7 rotas",
                "Tablets and CarePoint mobile",
                "Lantern set up in Ashby Vale",
            ],
        ),
        (
            "Build",
            "October 2028 to September 2029",
            [
                "Project Lantern, October 2028 to June 2029",
                "Named nurses for care homes",
                "Carer support plans",
                "Doorstep Companions trained",
            ],
        ),
        (
            "Reach",
            "October 2029 to March 2031",
            [
                "24/7 single point of access for the whole area",
                "Rapid response in every locality",
                "Advance care plans on the Halden Care Record",
                "Joint clinics at Halden General",
            ],
        ),
    ]
    for i, (name, dates, items) in enumerate(stages):
        left = 0.55 + i * 4.1
        kind = MSO_SHAPE.PENTAGON if i == 0 else MSO_SHAPE.CHEVRON
        shape(s.shapes, kind, left, 1.9, 4.1, 0.9, [TEAL, CORAL, MOSS][i], [name], 22, True, WHITE)
        text_box(s.shapes, left + 0.2, 2.9, 3.7, 0.4, [dates], 13, True, TEAL)
        text_box(s.shapes, left + 0.2, 3.35, 3.7, 1.9, items, 13, False, INK_RGB)
    for x, label in [
        (4.45, "Checkpoint 1, September 2028: Lantern may start"),
        (7.6, "Checkpoint 2, July 2029: Lantern go/no-go"),
        (12.2, "Checkpoint 3, March 2031: close and hand over"),
    ]:
        shape(s.shapes, MSO_SHAPE.DIAMOND, x, 5.45, 0.35, 0.35, CORAL)
        text_box(
            s.shapes, x - 1.2 if x < 12 else x - 2.6, 5.85, 2.9, 0.7, [label], 11, True, INK_RGB
        )
    # 13 Lantern
    hospice_slide(
        prs,
        TITLE_AND_CONTENT,
        "Project Lantern will test round-the-clock community care in Ashby Vale for nine months "
        "before we spread it",
        [
            "Where: the Ashby Vale community team, working from the Brindle Street hub",
            "When: October 2028 to June 2029",
            "What: the 24/7 single point of access, the rapid response team and CarePoint on "
            "tablets",
            "Success criteria by June 2029:",
            ("85% of urgent referrals in Ashby Vale seen within four hours", 1),
            ("90% of out-of-hours calls answered by a specialist nurse", 1),
            ("80% of people die in the place they chose", 1),
            ("Sickness absence in the team below 5%", 1),
            ("Families rate the service 9 out of 10 or better", 1),
            "Go/no-go: the Director of Care decides at Checkpoint 2 in July 2029, on the "
            "Programme Board's advice",
        ],
        size=17,
    )
    # 14 first 100 days
    hospice_slide(
        prs,
        TITLE_AND_CONTENT,
        "The first 100 days, April to July 2028, put people, phones and tablets in place",
        [
            "1.  Appoint the Every Doorstep programme manager",
            "2.  Open consultation with the Staff Partnership Forum on 24/7 rotas",
            "3.  Agree a change of use for clinical work with the Brindle Street landlord",
            "4.  Buy 40 tablets and extend the CarePoint mobile licence to every community nurse",
            "5.  Start DBS checks for the first 30 Doorstep Companions",
            "6.  Agree the baseline for each measure with the ICB",
            "7.  Write the Lantern pilot plan with the Ashby Vale team",
            "8.  Advertise six specialist nurse posts for nights",
        ],
        size=17,
    )
    # 15 investment
    hospice_slide(
        prs,
        TITLE_AND_CONTENT,
        "\u00a33.4m over three years, 61% of it from new fundraising",
        [
            "Listen: \u00a30.3m",
            "Build: \u00a31.0m",
            "Reach: \u00a32.1m",
            "Paid for by new fundraising (\u00a32.1m, including a \u00a31.2m Doorstep appeal), "
            "the ICB (\u00a30.6m) and reserves (\u00a30.7m).",
            "We ask for \u00a31.3m now, for Listen and Build.",
        ],
        size=20,
    )
    # 16 risks: a native table under an action title
    s = hospice_slide(prs, TITLE_ONLY, "Four risks could stop us; each has an owner and a response")
    layout_table(
        s,
        [
            ["Risk", "Response", "Owner"],
            [
                "We cannot recruit specialist nurses for nights",
                "Grow our own through a night nurse development post for newly qualified nurses",
                "Head of People",
            ],
            [
                "The ICB contract ends in March 2029",
                "Open talks on a new contract in September 2028, with Lantern's first results",
                "Finance and Resources Director",
            ],
            [
                "Staff burn out on call",
                "Cap on-call at one night in seven and review sickness monthly",
                "Head of Community Services",
            ],
            [
                "Fundraising falls short",
                "Launch a \u00a31.2m Doorstep appeal in spring 2028 and pace the Reach stage "
                "to income",
                "Director of Income Generation",
            ],
        ],
        0.55,
        1.9,
        [3.9, 5.6, 2.7],
        row_h=0.9,
        size=14,
        fills=header_fills(3, TEAL),
    )
    # 17 governance
    hospice_slide(
        prs,
        TITLE_AND_CONTENT,
        "The Director of Care sponsors the plan and chairs the Programme Board, which decides "
        "each checkpoint",
        [
            "The Every Doorstep Programme Board meets monthly, chaired by the Director of Care.",
            "It decides the checkpoints and the Lantern go/no-go, and releases funds within the "
            "budget the Trustees approve.",
            "The Clinical Governance Committee, chaired by the Medical Director, approves every "
            "new clinical protocol.",
            "The Council of Trustees sees the seven measures each quarter.",
            "The Staff Partnership Forum and the People's Voice Group are consulted before any "
            "change to rotas or services.",
        ],
        size=18,
    )
    # 18 asks
    hospice_slide(
        prs,
        TITLE_AND_CONTENT,
        "We ask the Trustees for three decisions today",
        [
            "1.  Approve Every Doorstep 2031 and its seven measures.",
            "2.  Release \u00a31.3m for the Listen and Build stages.",
            "3.  Back the launch of the \u00a31.2m Doorstep appeal in spring 2028.",
        ],
        size=22,
    )
    return prs


# =========================================================================== org folders
# Each case's org/ folder as the organization would keep it. Text is stored verbatim.


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# --------------------------------------------------------------------------- Wenlow org
# The roster is a YAML file the programme office keeps (``roles:`` with role, team, tier,
# responsibilities and two extra keys).

WENLOW_ROLES_YAML = doc(
    """
    # Wenlow Press Group: roles for Read On 2029
    # Taken from PeopleHub (HR) on 2 June 2027 and kept by the Read On programme office.
    # tier: core = sits on the Read On Steering Group or leads a beat;
    #       extended = contributes, advises or is consulted.
    roles:
      - role: Managing Director
        team: Executive
        tier: core
        reports_to: Group Chief Executive, Fellgate Media Holdings
        base: Printworks House, Wenlow
        responsibilities: "Executive sponsor of Read On 2029. Chairs the Read On Steering Group, takes its gates and the Kingfisher go/no-go, and releases programme funds within the budget the Board approves. Runs the commercial, production and reader services teams and answers to the Board of Directors."
      - role: Editor-in-Chief
        team: Editorial
        tier: core
        reports_to: Managing Director
        base: Printworks House, Wenlow
        responsibilities: "Editor of the Wenlow Courier and editorial head of all three titles. Decides what we publish and sets the editorial standards every title follows; agrees newsroom structures and rotas with the Managing Editor; sits on the Steering Group."
      - role: Managing Editor
        team: Editorial
        tier: core
        reports_to: Editor-in-Chief
        base: Printworks House, Wenlow
        responsibilities: "Runs the three newsrooms day to day: desks, rotas, deadlines, web and print publishing schedules and the story tag lists. Owns the newsroom hours measure and leads Beat 1."
      - role: Editor, Sallowby Echo
        team: Editorial
        tier: core
        reports_to: Managing Editor
        base: Market Street, Sallowby
        responsibilities: "Edits the Sallowby Echo and runs its newsroom of 14 journalists; leads Project Kingfisher inside the Echo with the Read On Programme Manager."
      - role: Head of Audience
        team: Audience
        tier: core
        reports_to: Editor-in-Chief
        base: Printworks House, Wenlow
        responsibilities: "Leads search, social media, newsletters and reader registration; will lead the new audience team on the Courier news desk. Owns the registered readers and newsletter readers measures and leads Beat 2."
      - role: Head of Reader Revenue
        team: Commercial
        tier: core
        reports_to: Managing Director
        base: Printworks House, Wenlow
        responsibilities: "Owns digital subscriptions: pricing, offers, the paywall meter rules in PayGate, annual plans, retention and cancellations. Owns the subscriber, cancellation and digital reader revenue measures and leads Beat 3."
      - role: Head of Digital Product
        team: Digital
        tier: core
        reports_to: Managing Director
        base: Printworks House, Wenlow
        responsibilities: "Owns the websites, the app, reader sign-in and the set-up of Quill and PayGate; plans product releases; writes the data protection impact assessment for each new use of reader data, with the group's Data Protection Officer."
      - role: Data and Insight Manager
        team: Audience
        tier: core
        reports_to: Head of Audience
        base: Printworks House, Wenlow
        responsibilities: "Runs the Presshouse data warehouse, its Lumen dashboards and the metric register; produces the readership reports and the weekly advertising report. Leads Beat 4 with the Head of Digital Product."
      - role: Finance Director
        team: Finance
        tier: core
        reports_to: Managing Director
        base: Printworks House, Wenlow
        responsibilities: "Budgets, the business case and benefits; agrees the baseline of each measure with the programme; approves spending within a released budget with the Managing Director."
      - role: Head of People
        team: People
        tier: core
        reports_to: Managing Director
        base: Printworks House, Wenlow
        responsibilities: "Recruitment, contracts, rota policy and the house agreement with the NUJ; leads consultation with the NUJ chapel."
      - role: Newsroom Training Editor
        team: Editorial
        tier: extended
        reports_to: Editor-in-Chief
        base: Printworks House, Wenlow
        responsibilities: "Runs the Wenlow Newsroom Academy, the company's training function for journalists: induction, media law, the audience data course and the digital-first desk course; keeps the training records."
      - role: Print Production Manager
        team: Production
        tier: extended
        reports_to: Managing Director
        base: Printworks House, Wenlow
        responsibilities: "Runs print page production and the contract with Tynmoor Print; manages the page designers and subs who lay out pages in PageForge; leads the move to one production hub."
      - role: Head of Advertising
        team: Commercial
        tier: extended
        reports_to: Managing Director
        base: Printworks House, Wenlow
        responsibilities: "Sells print and digital advertising and newsletter sponsorship; owns the advertising forecast."
      - role: Reader Services Manager
        team: Commercial
        tier: extended
        reports_to: Head of Reader Revenue
        base: Printworks House, Wenlow
        responsibilities: "Runs the Reader Services team of eight: calls, emails, subscription changes, complaints and cancellations; will run the save team."
      - role: Read On Programme Manager
        team: Programme Office
        tier: core
        reports_to: Managing Director
        base: Printworks House, Wenlow
        responsibilities: "Runs the Read On plan, its editions and gates, the risk log and benefits tracking; secretary to the Steering Group; owns the Kingfisher pilot plan with the Editor, Sallowby Echo."
      - role: NUJ Chapel Chair
        team: NUJ chapel
        tier: extended
        reports_to: NUJ chapel members
        base: Fellside Mercury, Fellside
        responsibilities: "Elected chair of the National Union of Journalists chapel, which the company consults on changes to journalists' duties, rotas and working hours. Consulted on the programme; takes no part in running it."
      - role: Readers' Editor
        team: Editorial standards
        tier: extended
        reports_to: Board of Directors
        base: Printworks House, Wenlow
        responsibilities: "Independent of the newsrooms: handles readers' complaints and corrections and advises on access to public-interest journalism. Consulted on changes to the paywall and to registration; owns no programme work."
    """
)

WENLOW_ORG = {
    "people/roles.yaml": WENLOW_ROLES_YAML,
    "governance/read-on-steering-group-terms.md": doc(
        """
        # Read On Steering Group: terms of reference

        Approved by the Board of Directors on 16 June 2027 with paper WPB/27/22.

        ## Purpose

        The Steering Group directs Read On 2029, the company's digital subscription and
        newsroom plan for July 2027 to December 2029, across the Wenlow Courier, the Sallowby
        Echo and the Fellside Mercury.

        ## Sponsor and chair

        The Managing Director is the executive sponsor of Read On 2029 and chairs the Steering
        Group. The Read On Programme Manager is its secretary.

        ## Members

        - Managing Director (chair)
        - Editor-in-Chief
        - Managing Editor
        - Head of Audience
        - Head of Reader Revenue
        - Head of Digital Product
        - Data and Insight Manager
        - Finance Director
        - Head of People
        - Read On Programme Manager (secretary)

        ## Decision rights

        - Opens each edition at its gate: Gate 1 in December 2027, Gate 2 in July 2028 and
          Gate 3 in December 2028.
        - Takes the Project Kingfisher go/no-go at Gate 2; the Managing Director decides on the
          members' advice.
        - Releases funds within the budget the Board approves, one edition at a time.
        - Agrees changes of scope, measures and targets, and reports them to the Board.
        - Editorial questions belong to the Editor-in-Chief: the Steering Group decides how we
          publish, and the Editor-in-Chief decides what we publish.

        ## Spending limits

        - The Managing Director and the Finance Director approve spending within a released
          budget.
        - Spending above £150,000 on any single contract goes to the Fellgate Media Holdings
          Group Board, which meets in February, June and October.

        ## Consultation

        - The NUJ chapel is consulted through its chair before any change to journalists'
          rotas, duties or hours.
        - The Readers' Editor is consulted before changes to the paywall, to registration or to
          what readers can see for free.
        - Both advise the Steering Group; neither votes or owns programme work.

        ## Meetings

        Monthly, on the second Tuesday. The programme office circulates the tracker, the risk
        log and the measures three working days before each meeting. The Board receives a
        report each quarter.
        """
    ),
    "systems/systems-inventory.md": doc(
        """
        # Systems inventory

        Kept by the Head of Digital Product. Last reviewed in May 2027.

        ## Quill (content management)

        - All three newsrooms write, edit and publish stories in Quill, to the websites and the
          app.
        - Hosted by Quill Media Systems under a contract that runs to 2030.
        - Reporters choose story tags from their own title's tag list.

        ## PayGate (subscriptions, paywall and payments)

        - Holds 11,400 digital subscribers and 6,900 print subscribers, with their plans,
          payments and cancellations.
        - The paywall is a fixed meter of five free articles a month.
        - PayGate sends subscriber records to Presshouse once a week, on Sunday night.
        - PayGate's registration module is licensed but switched off; today readers sign in to
          pay.
        - The dynamic meter is a PayGate module we can add for a yearly fee.

        ## Mailfern (newsletters)

        - Sends the morning newsletter and breaking news alerts for all three titles.
        - Our Mailfern plan covers up to 20,000 contacts across all lists.
        - A reader who signs up to a newsletter and later subscribes is held twice, once in
          Mailfern and once in PayGate, each record with its own email preferences.

        ## Tallyo (web analytics)

        - Measures visits to the three websites and the app.
        - Our Tallyo plan reports page views and users; engaged time and scroll depth are a
          paid add-on.

        ## Presshouse (data warehouse)

        - The company's data warehouse, built in 2025 on a cloud database and run by the Data
          and Insight Manager.
        - Loads Tallyo traffic, advertising revenue and print sales every day.
        - The Lumen dashboards, the circulation report and the weekly advertising report all
          read from Presshouse.

        ## Wenlow Courier app

        - The Wenlow Courier app runs on iOS; the Android version was withdrawn in 2025.

        ## PageForge (print page layout)

        - The subs and page designers of each title lay out print pages in PageForge.

        ## Switchline (telephony)

        - Carries Reader Services calls and records call volumes by hour.
        """
    ),
    "newsroom/newsroom-operations.md": doc(
        """
        # How our newsrooms work

        Written by the Managing Editor, April 2027.

        ## Three newsrooms

        - Wenlow: the Wenlow Courier, published daily. 58 journalists, including the news desk,
          sport, features and the subs.
        - Sallowby: the Sallowby Echo, published on Thursdays. 14 journalists.
        - Fellside: the Fellside Mercury, published on Fridays. 22 journalists.

        ## The working day

        The Courier's day runs back from its print deadline. Conference is at 10am, pages are
        planned at noon, and the subs build pages through the afternoon and evening. Stories
        reach the websites when the reporter or the web desk has a moment between print tasks.

        ## What shapes our work today

        - The Sallowby Echo has a single web producer, who works weekdays from 9am to 5pm.
        - Each title's subs lay out its own print pages, page by page, in PageForge.
        - Story tags follow three different lists, one for each title.
        - Eleven of our 94 journalists have completed the audience data course.

        ## Training

        The Wenlow Newsroom Academy, run by the Newsroom Training Editor, is our training
        function for journalists. It runs induction, media law refreshers, the audience data
        course (two days) and, from autumn 2027, a digital-first desk course for every desk.
        Training records are kept by the Academy.
        """
    ),
    "reader-revenue/subscriptions-and-reader-services.md": doc(
        """
        # Subscriptions and Reader Services today

        Kept by the Head of Reader Revenue, May 2027.

        ## Plans and prices

        - Digital monthly: £7.99 a month.
        - Print home delivery: from £19.50 a month, with digital access for £3 a month more.
        - Annual plans are offered at renewal by phone.

        ## How Reader Services works

        - Reader Services answers calls and emails from 9am to 5pm on weekdays; cancellations
          made at other times arrive through a web form and are handled on the next working day.
        - Cancellation reasons are typed as free text in PayGate by the adviser who takes the
          call.
        - Subscribers receive 30 days' written notice of any price change, under our terms of
          sale.

        ## Retention

        In 2026 an average of 4.8% of digital subscribers cancelled each month. A third of
        cancellations come in the first three months of a subscription.
        """
    ),
    "people/house-agreement-summary.md": doc(
        """
        # House agreement with the NUJ chapel: summary

        Prepared by the Head of People for managers. The full agreement is held by People.

        - The National Union of Journalists is recognised for all journalists below the rank
          of editor.
        - Changes to journalists' rotas, duties or contracted hours go to the NUJ chapel, with
          30 days' consultation under the house agreement.
        - Early shifts starting before 6am carry an allowance of £18 a shift.
        - The current agreement runs to December 2028, with a pay review each April.
        """
    ),
    "production/print-contract-summary.md": doc(
        """
        # Print contract with Tynmoor Print: summary

        Kept by the Print Production Manager.

        - Tynmoor Print prints all three titles at its Ashcroft plant and delivers to our
          wholesaler.
        - The contract runs to March 2029 and fixes a 9.30pm page deadline for the Courier and
          the page counts of all three titles.
        - Late pages cost £420 for each 15 minutes after the deadline.
        - Renegotiation opens twelve months before the end of the term.
        """
    ),
    "audience/metric-register.md": doc(
        """
        # Metric register

        Kept by the Data and Insight Manager. Baselines agreed with the Finance Director in
        January 2027.

        | Metric | Definition | Source | Owner | Baseline |
        |---|---|---|---|---|
        | Digital subscribers | Paying digital and bundle accounts at month end | PayGate, via Presshouse | Head of Reader Revenue | 11,400 (December 2026) |
        | Registered readers signed in each month | Distinct signed-in accounts with at least one visit in the month | PayGate and Tallyo | Head of Audience | 21,000 (December 2026), all of them subscribers |
        | Monthly cancellation rate | Cancellations in the month over subscribers at its start | PayGate | Head of Reader Revenue | 4.8% (2026 average) |
        | Digital reader revenue | Digital subscription income in the calendar year | Finance ledger | Head of Reader Revenue | £1.5m (2026) |
        | Weekly newsletter readers | Distinct contacts opening at least one newsletter in the week | Mailfern | Head of Audience | 14,000 (December 2026) |
        | Newsroom hours on print page production | Share of journalists' hours coded to print production | Timesheet sample | Managing Editor | 46% (2026) |

        ## Notes

        - The data and insight function is one person, the Data and Insight Manager, who also
          produces the weekly advertising report.
        - Newsroom hours come from a two-week timesheet sample taken each spring.
        """
    ),
}


# --------------------------------------------------------------------------- Holmscar org
# The roster is an XLSX workbook kept by People: a "Posts" sheet (Post No, Role, Team, Site,
# Grade, Tier, Reports to, Responsibilities, Bedrock involvement) and a "Key" sheet.

HOLMSCAR_POSTS_HEADER = [
    "Post No",
    "Role",
    "Team",
    "Site",
    "Grade",
    "Tier",
    "Reports to",
    "Responsibilities",
    "Bedrock involvement",
]

HOLMSCAR_POSTS = [
    (
        "HA-01",
        "Managing Director",
        "Executive",
        "Holmscar",
        "D1",
        "extended",
        "Board",
        "Leads Holmscar Aggregates and answers to the Board; kept informed of Bedrock through the Executive meeting.",
        "Informed",
    ),
    (
        "HA-02",
        "Operations Director",
        "Executive",
        "Holmscar",
        "D2",
        "core",
        "HA-01",
        "Executive sponsor of Bedrock 2029. Chairs the Bedrock Steering Group; takes Gates 1 to 3 and the Project Flint go/no-go; releases programme funds within the Board's approval; runs the seven quarries through the quarry managers.",
        "Sponsor; chair of the Steering Group",
    ),
    (
        "HA-03",
        "Bedrock Programme Manager",
        "Programme Office",
        "Holmscar",
        "M3",
        "core",
        "HA-02",
        "Runs the Bedrock plan, the weekly tracker, the risk log and benefits; secretary to the Steering Group; owns the Project Flint pilot plan with the Quarry Manager, Raddle Edge; keeps the KPI definitions.",
        "Programme manager",
    ),
    (
        "HA-10",
        "Quarry Manager, Raddle Edge",
        "Operations",
        "Raddle Edge",
        "M2",
        "core",
        "HA-02",
        "Manager of Raddle Edge Quarry under the quarries regulations: production, people, plant, traffic routes and site safety; chairs the site safety committee; leads Project Flint on site.",
        "Flint site lead",
    ),
    (
        "HA-11",
        "Quarry Manager, Holmscar",
        "Operations",
        "Holmscar",
        "M2",
        "extended",
        "HA-02",
        "Manager of the Holmscar and Hesketh Moor quarries; hosts the central spares store and the vibration monitoring of the Holmscar primary crusher.",
        "Contributes",
    ),
    (
        "HA-12",
        "Sand and Gravel Manager",
        "Operations",
        "Mire Gill",
        "M2",
        "extended",
        "HA-02",
        "Manages the Mire Gill and Ulverby pits; plans their roll-out of collision awareness and planned maintenance after Flint.",
        "Contributes",
    ),
    (
        "HA-20",
        "Head of Health, Safety and Environment",
        "SHE",
        "Holmscar",
        "M3",
        "core",
        "HA-02",
        "Owns the safety management system and SafeSite, incident and near-miss reporting, safe systems of work including isolation and lock-out, traffic management standards and environmental permits; owns the injury and near-miss KPIs; leads Safe Ground.",
        "Workstream lead, Safe Ground",
    ),
    (
        "HA-30",
        "Fleet Manager",
        "Fleet",
        "Holmscar",
        "M3",
        "core",
        "HA-02",
        "Owns the 64 items of mobile plant: buying and leasing, servicing, telematics, collision awareness, tyres and fuel; owns the fleet age, diesel and collision awareness KPIs; leads Fleet Renewal.",
        "Workstream lead, Fleet Renewal",
    ),
    (
        "HA-40",
        "Engineering Manager",
        "Engineering",
        "Holmscar",
        "M3",
        "core",
        "HA-02",
        "Owns the 11 crushing and screening plants and the fitters: maintenance planning in Fixwell, breakdowns, condition monitoring, spares and shutdowns; owns the plant availability and planned maintenance KPIs; leads Reliable Plant.",
        "Workstream lead, Reliable Plant",
    ),
    (
        "HA-50",
        "IT and Systems Manager",
        "IT",
        "Holmscar",
        "M2",
        "core",
        "HA-60",
        "Runs the company's systems and networks: Fixwell, TonneTrack, SafeSite, the QuarryView data warehouse and its dashboards, site Wi-Fi and the telematics feeds; leads Plant Data.",
        "Workstream lead, Plant Data",
    ),
    (
        "HA-60",
        "Finance Director",
        "Finance",
        "Holmscar",
        "D2",
        "core",
        "HA-01",
        "Budgets, the business case, leases and capital requests; agrees KPI baselines with the programme; reports benefits to the Board.",
        "Steering Group member",
    ),
    (
        "HA-61",
        "Procurement Manager",
        "Finance",
        "Holmscar",
        "M2",
        "extended",
        "HA-60",
        "Buys plant, parts, fuel and services; manages the Northdale Plant Finance lease framework and the supplier contracts for collision awareness and telematics.",
        "Contributes",
    ),
    (
        "HA-70",
        "Head of People",
        "People",
        "Holmscar",
        "M3",
        "core",
        "HA-01",
        "Recruitment, terms and conditions, shift patterns and employee relations; leads consultation with the GMB through the Joint Consultative Committee.",
        "Steering Group member",
    ),
    (
        "HA-71",
        "Training and Competence Manager",
        "People",
        "Holmscar",
        "M2",
        "core",
        "HA-70",
        "Runs the Holmscar Skills Centre, the company's training function: operator competence cards, supervisor training including the Safe Supervisor course, plant familiarisation and refresher training; keeps the competence matrix.",
        "Contributes",
    ),
    (
        "HA-80",
        "Sales and Logistics Manager",
        "Commercial",
        "Holmscar",
        "M2",
        "extended",
        "HA-01",
        "Customer orders, the weighbridges and TonneTrack, haulier traffic on site and deliveries.",
        "Consulted",
    ),
    (
        "HA-81",
        "Estates and Planning Manager",
        "Estates",
        "Holmscar",
        "M2",
        "extended",
        "HA-01",
        "Mineral planning permissions and their conditions on working hours, noise and dust; restoration of worked land; the link with the county planning authority.",
        "Consulted",
    ),
    (
        "HA-90",
        "GMB Senior Steward",
        "Trade union",
        "Coldwell Pike",
        "Elected",
        "extended",
        "GMB",
        "Elected senior steward of the GMB, the recognised union for operators, drivers and fitters; consulted through the Joint Consultative Committee on shift patterns, working practices and any equipment that records individual operators. Consulted on Bedrock; owns no programme work.",
        "Consulted",
    ),
    (
        "HA-91",
        "Lead Safety Representative",
        "Workforce",
        "Raddle Edge",
        "Elected",
        "extended",
        "Site safety committees",
        "Elected lead of the workforce safety representatives across the seven sites; consulted on traffic routes, alert rules, procedures and safety equipment before they change. Consulted; owns no programme work.",
        "Consulted",
    ),
]


def holmscar_posts_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Posts"
    ws.append(HOLMSCAR_POSTS_HEADER)
    for row in HOLMSCAR_POSTS:
        ws.append(list(row))
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F3B45")
    for col, width in zip("ABCDEFGHI", [9, 34, 16, 14, 8, 9, 20, 90, 30], strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        row[7].alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "C2"
    key = wb.create_sheet("Key")
    key.append(["Column", "Meaning"])
    key.append(
        [
            "Tier",
            "core = sits on the Bedrock Steering Group or leads a workstream; extended = "
            "contributes, advises or is consulted",
        ]
    )
    key.append(["Reports to", "Post No of the line manager, or the body the post answers to"])
    key.append(["Source", "HR system extract of 4 October 2027, kept by the Head of People"])
    wb.properties.creator = "Holmscar Aggregates People Team"
    wb.properties.lastModifiedBy = "Holmscar Aggregates People Team"
    wb.properties.created = FIXED_XLSX_DATE
    wb.properties.modified = FIXED_XLSX_DATE
    buffer = io.BytesIO()
    wb.save(buffer)
    return normalize_zip(buffer.getvalue())


HOLMSCAR_ORG: dict[str, str | bytes] = {
    "people/holmscar-posts.xlsx": b"",  # filled in by main(), as bytes
    "governance/bedrock-steering-group-terms.md": doc(
        """
        # Bedrock Steering Group: terms of reference

        Agreed by the Executive meeting on 26 October 2027, for the Board of 10 November 2027.

        ## Sponsor and chair

        The Operations Director is the sponsor of Bedrock 2029 and chairs the Steering Group.
        The Bedrock Programme Manager is its secretary.

        ## Members

        - Operations Director (chair)
        - Head of Health, Safety and Environment
        - Fleet Manager
        - Engineering Manager
        - IT and Systems Manager
        - Finance Director
        - Head of People
        - Quarry Manager, Raddle Edge (while Project Flint runs)
        - Bedrock Programme Manager (secretary)

        ## What the Steering Group decides

        - Gates 1, 2 and 3 and the close-out review in December 2029.
        - The Project Flint go/no-go at Gate 2, which the Operations Director takes on the
          members' recommendation.
        - Release of programme funds within the sum the Board approves.
        - Changes of scope, KPIs or targets, which it reports to the Board.

        ## Limits on its authority

        - Capital items above £250,000 go to the Group Investment Committee of Dunmarsh
          Materials, our parent company, which sits in January, May and September.
        - Leases outside the Northdale Plant Finance framework go to the Board.

        ## Bodies it consults

        - The Joint Consultative Committee, through the GMB Senior Steward, on shift patterns,
          working practices and recording equipment.
        - The site safety committees, through the Lead Safety Representative, on traffic routes,
          alert rules and procedures.
        - Both are consulted before decisions are taken; neither owns programme work.

        ## Meetings

        Monthly, on the first Wednesday, at Holmscar. Papers go out three working days before.
        """
    ),
    "systems/systems-register.md": doc(
        """
        # Systems register

        Kept by the IT and Systems Manager. Reviewed in September 2027.

        ## Fixwell (maintenance management)

        - Holds asset registers, planned maintenance schedules and work orders for fixed plant.
        - Fixwell is installed at Holmscar, Raddle Edge and Coldwell Pike; the four other sites
          keep maintenance records in spreadsheets.
        - 25 named user licences; the Fixwell tablet app is included.

        ## TonneTrack (weighbridge and sales)

        - Issues weighbridge tickets and invoices for every load sold.
        - Weighbridge tickets are held on a local server at each site and copied to head office
          each night.

        ## TrakPlant (telematics)

        - Reports engine hours, location, idling and fuel burn for each machine fitted.
        - Telematics is fitted to 19 of the 64 mobile plant items, all of them machines leased
          since 2024.

        ## SafeSite (safety management)

        - Holds incidents, investigations, risk assessments, safe systems of work and audits.
        - The SHE team enters incidents in SafeSite from head office PCs.
        - The SafeSite mobile app is part of our licence and is used at head office today.

        ## QuarryView (data warehouse)

        - Our data warehouse, built in 2026 on a cloud database, with the QuarryView dashboards
          the Board sees each month.
        - Loads TonneTrack sales every night and the finance ledger every month.

        ## Networks

        - Every site office and weighbridge has broadband and Wi-Fi.
        - At Raddle Edge, mobile data coverage ends at the weighbridge, and the lower benches
          and the crushing plant are out of signal.
        """
    ),
    "engineering/fixed-plant-maintenance.md": doc(
        """
        # Fixed plant maintenance: how it runs today

        Written by the Engineering Manager, August 2027.

        ## The plant and the team

        - 11 crushing and screening plants on seven sites: primary jaw crushers, secondary
          cone crushers, screens and 4.2 km of conveyors.
        - 31 fitters and two electricians, based at the sites, with a workshop at Holmscar.
        - Planned work made up 38% of maintenance hours in 2026; the rest was breakdown work.

        ## How the work is done

        - Maintenance jobs at the crushing plants are written on paper job cards and typed into
          Fixwell by the site clerk at the end of each week.
        - Critical spares for the primary crushers are held at each site, and stock is counted
          twice a year.
        - Vibration readings on the Holmscar primary crusher are taken by a visiting contractor
          every eight weeks.
        - Out of hours, breakdowns at all seven sites are attended by one on-call fitter.

        ## When we can work on the plant

        - At Raddle Edge, the planning permission limits processing to 07:00 to 19:00 on
          weekdays and 07:00 to 13:00 on Saturdays.
        - Every site shuts for ten days over Christmas, when major work is done.
        """
    ),
    "fleet/mobile-plant-and-fuel.md": doc(
        """
        # Mobile plant and fuel

        Kept by the Fleet Manager, September 2027.

        ## The fleet

        - 64 mobile plant items: 22 dump trucks, 19 wheel loaders, 14 excavators and nine
          others (dozers, graders and water bowsers).
        - Average age 11.2 years; 19 machines are leased, the rest owned.
        - The loader fleet is made up of five makes and eleven models.

        ## Fuel

        - We used 7.4 million litres of diesel in 2026.
        - Diesel is drawn from one bulk tank at each site, and each issue is written on a
          clipboard sheet at the pump.

        ## Leasing

        - Leases are arranged through the Northdale Plant Finance framework, which ends on 31
          August 2028.
        - Servicing of leased machines is included in the lease; owned machines are serviced in
          the Holmscar workshop.
        """
    ),
    "safety/safety-management.md": doc(
        """
        # Safety management: summary for the Bedrock programme

        Prepared by the Head of Health, Safety and Environment, September 2027.

        ## Our system

        - The safety management system is certified to ISO 45001 and held in SafeSite.
        - Each site has a safety committee that meets monthly, with elected safety
          representatives.
        - Toolbox talks are held every Monday morning at every site.

        ## Reporting

        - Near misses are reported on a paper form kept in the canteen at each site and
          collected by the SHE adviser each Friday.
        - 157 near misses were reported in 2026, 38 for every 100 employees.

        ## Competence

        - Operator competence cards for 23 of the 148 plant operators expire before June 2028.
        - Supervisors attend a safety refresher every three years at the Holmscar Skills
          Centre.
        """
    ),
    "people/employee-relations.md": doc(
        """
        # Employee relations

        Kept by the Head of People.

        - The GMB is recognised for operators, drivers, fitters and weighbridge staff; 71% of
          them are members.
        - Any change to shift patterns or working practices goes to the Joint Consultative
          Committee with the GMB, which meets every two months.
        - Under the 2024 Technology Agreement, equipment that records the location or actions of
          individual operators needs 60 days' consultation before it is switched on.
        - The pay agreement runs from January to December each year.
        """
    ),
    "performance/kpi-definitions.md": doc(
        """
        # Bedrock KPI definitions

        Kept by the Bedrock programme office. Baselines are for calendar 2026 and were agreed
        with the Finance Director in October 2027.

        | KPI | Definition | Source | Owner | 2026 baseline |
        |---|---|---|---|---|
        | Lost-time injury frequency rate | Lost-time injuries per 100,000 hours worked, employees and contractors | SafeSite and payroll hours | Head of Health, Safety and Environment | 2.1 |
        | Near-miss and hazard reports | Reports per 100 employees a year | SafeSite | Head of Health, Safety and Environment | 38 |
        | Mobile plant fitted with collision awareness | Machines with a working system at month end | Fleet register | Fleet Manager | 0 of 64 |
        | Crushing and screening plant availability | Hours available over hours scheduled | Shift logs | Engineering Manager | 81% |
        | Planned share of maintenance hours | Planned hours over all maintenance hours | Fixwell and site spreadsheets | Engineering Manager | 38% |
        | Average age of mobile plant | Mean age in years at year end | Fleet register | Fleet Manager | 11.2 years |
        | Diesel per tonne produced | Litres issued over tonnes sold | Fuel sheets and TonneTrack | Fleet Manager | 1.32 litres |

        ## Notes

        - Plant availability is worked out from shift log sheets that fitters complete at the
          end of each shift.
        """
    ),
}


# --------------------------------------------------------------------------- Larchmere org
# The roster is a tab-separated establishment list from the HR system (Post, Role, Team, Tier,
# Contract, Responsibilities).

LARCHMERE_POSTS = [
    (
        "LH-001",
        "Chief Executive",
        "Executive",
        "extended",
        "Full time",
        "Leads the hospice and answers to the Council of Trustees; kept informed of Every Doorstep through the Senior Leadership Team.",
    ),
    (
        "LH-002",
        "Director of Care",
        "Executive",
        "core",
        "Full time",
        "Executive sponsor of Every Doorstep 2031. Chairs the Every Doorstep Programme Board; decides the checkpoints and the Project Lantern go/no-go; releases programme funds within the budget the Trustees approve; leads all care services, in the community and on the inpatient unit; owns the emergency admissions measure.",
    ),
    (
        "LH-003",
        "Medical Director",
        "Clinical",
        "core",
        "Full time",
        "Consultant in palliative medicine. Leads medical care and prescribing; chairs the Clinical Governance Committee, which approves clinical protocols; clinical lead for advance care planning, care homes and joint clinics with Halden General; owns the preferred place of death, diagnosis and advance care plan measures.",
    ),
    (
        "LH-004",
        "Director of Income Generation",
        "Income Generation",
        "extended",
        "Full time",
        "Fundraising, legacies, the 19 shops and the hospice lottery; leads the Doorstep appeal.",
    ),
    (
        "LH-005",
        "Finance and Resources Director",
        "Finance",
        "core",
        "Full time",
        "Budgets, the business case, contracts with the ICB, estates and leases; agrees the baseline of each measure with the programme; reports the money to the Trustees.",
    ),
    (
        "LH-010",
        "Every Doorstep Programme Manager",
        "Programme",
        "core",
        "Fixed term to March 2031",
        "Runs the Every Doorstep plan, its stages and checkpoints, the risk log and benefits; secretary to the Programme Board; owns the Project Lantern pilot plan with the Community Team Leader, Ashby Vale.",
    ),
    (
        "LH-020",
        "Head of Community Services",
        "Community",
        "core",
        "Full time",
        "Runs Hospice at Home, the community nurse specialists, the advice line, the Referrals Office and the community night service: rotas, caseloads, triage and visits; owns the urgent referral and out-of-hours call measures; leads Promise 1.",
    ),
    (
        "LH-021",
        "Community Team Leader, Ashby Vale",
        "Community",
        "core",
        "Full time",
        "Leads the Ashby Vale community team of nine nurses and healthcare assistants; leads Project Lantern day to day.",
    ),
    (
        "LH-030",
        "Inpatient Unit Manager",
        "Inpatient Unit",
        "extended",
        "Full time",
        "Runs the 14-bed inpatient unit and its night staff, whose nurse in charge covers the advice line overnight.",
    ),
    (
        "LH-040",
        "Head of Family Support",
        "Family Support",
        "core",
        "Full time",
        "Social work, carers' support, bereavement, chaplaincy and the children's service; owns the carer support measure; leads Promise 3.",
    ),
    (
        "LH-041",
        "Volunteer Services Manager",
        "Volunteering",
        "extended",
        "Full time",
        "Recruits, checks, trains and supports 640 volunteers; runs the Doorstep Companions scheme.",
    ),
    (
        "LH-050",
        "Clinical Systems and Data Lead",
        "Information",
        "core",
        "Full time",
        "Runs CarePoint, the hospice's electronic patient record, and Beacon, its reporting database and dashboards; manages the link to the Halden Care Record; produces the measures and the ICB returns.",
    ),
    (
        "LH-051",
        "Head of IT and Facilities",
        "Resources",
        "extended",
        "Full time",
        "IT infrastructure, phones, mobile devices, buildings and vehicles; fits out new premises.",
    ),
    (
        "LH-060",
        "Education and Practice Development Lead",
        "Education",
        "core",
        "Full time",
        "Runs Larchmere Learning, the hospice's education and training service: induction, clinical skills, advance care planning training, the night nurse development post and courses for care home staff; keeps training records.",
    ),
    (
        "LH-070",
        "Head of People",
        "People",
        "core",
        "Full time",
        "Recruitment, contracts, rota policy, sickness absence and wellbeing; leads consultation with the Staff Partnership Forum.",
    ),
    (
        "LH-080",
        "Quality and Governance Lead",
        "Quality",
        "extended",
        "Part time (0.8)",
        "CQC registration, clinical audit, incidents, complaints and policies; supports the Clinical Governance Committee.",
    ),
    (
        "LH-090",
        "Staff Partnership Forum Chair",
        "Staff Partnership Forum",
        "extended",
        "Elected",
        "Elected chair of the Staff Partnership Forum, which the hospice consults on rotas, on-call, night working and changes to jobs; the forum includes the RCN and Unison representatives. Consulted on the programme; owns no programme work.",
    ),
    (
        "LH-091",
        "Chair, People's Voice Group",
        "People's Voice Group",
        "extended",
        "Volunteer",
        "Chairs the group of patients, carers and bereaved relatives the hospice consults on changes to services, referral routes and information for families. Consulted; owns no programme work.",
    ),
]


def tsv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in [header, *rows])


LARCHMERE_ORG: dict[str, str | bytes] = {
    "people/establishment.tsv": tsv_text(
        ["Post", "Role", "Team", "Tier", "Contract", "Responsibilities"], LARCHMERE_POSTS
    ),
    "governance/programme-board-terms.md": doc(
        """
        # Every Doorstep Programme Board: terms of reference

        Agreed by the Senior Leadership Team on 15 November 2027, for the Council of Trustees
        of 6 December 2027.

        ## Sponsor and chair

        The Director of Care is the executive sponsor of Every Doorstep 2031 and chairs the
        Programme Board. The Every Doorstep Programme Manager is its secretary.

        ## Members

        - Director of Care (chair)
        - Medical Director
        - Finance and Resources Director
        - Head of Community Services
        - Head of Family Support
        - Clinical Systems and Data Lead
        - Education and Practice Development Lead
        - Head of People
        - Every Doorstep Programme Manager (secretary)

        ## Decisions

        - Checkpoints 1 to 3, which open and close the stages Listen, Build and Reach.
        - The Project Lantern go/no-go at Checkpoint 2, which the Director of Care takes on the
          Board's advice.
        - Release of programme funds within the budget the Trustees approve.
        - Changes of scope, measures or targets, reported to the Trustees.

        ## Limits

        - Clinical protocols are approved by the Clinical Governance Committee, chaired by the
          Medical Director.
        - Spending decisions above £100,000 go to the Council of Trustees, which meets
          quarterly, in March, June, September and December.

        ## Consultation

        - The Staff Partnership Forum is consulted, through its chair, before changes to rotas,
          on-call or night working.
        - The People's Voice Group is consulted, through its chair, before changes to services
          or referral routes.
        - Both advise; neither owns programme work.

        ## Meetings

        Monthly, on the third Thursday. The programme office circulates the tracker, the risk
        log and the measures a week before.
        """
    ),
    "clinical/community-services-handbook.md": doc(
        """
        # Community services handbook (extract)

        Kept by the Head of Community Services. Version 6, September 2027.

        ## Who we are

        - Hospice at Home and the community nurse specialists: 22 nurses and 16 healthcare
          assistants in three locality teams, Larchmere, North Halden and Ashby Vale.
        - We cover 640 square miles and about 310,000 people.

        ## How people reach us

        - The advice line is staffed by a registered nurse from 8am to 8pm; from 8pm to 8am
          calls go to the Inpatient Unit, where the nurse in charge answers them between other
          duties.
        - Referrals arrive by email, phone and the ICB referral form at the Referrals Office,
          which is staffed Monday to Friday, 9am to 5pm.
        - New referrals wait for the weekly multidisciplinary meeting on Wednesday before a
          first visit is booked.

        ## How we are staffed

        - The community night service has two healthcare assistants and one registered nurse
          for the whole area.
        - The Ashby Vale team is based at the Larchmere site, a 45-minute drive from the
          furthest villages it serves.
        - Three of the 22 community nurses hold a prescribing qualification.

        ## Visits

        - Urgent visits are made the same day where a nurse is free; planned visits are booked
          a week ahead.
        """
    ),
    "systems/information-systems.md": doc(
        """
        # Information systems

        Kept by the Clinical Systems and Data Lead, October 2027.

        ## CarePoint (electronic patient record)

        - Our electronic patient record since 2019, used on the inpatient unit, in the Day
          Hospice and by the Referrals Office.
        - Community visit notes are written on paper and entered into CarePoint by
          administrators on the next working day.
        - The CarePoint mobile app is licensed for 12 devices.

        ## Beacon (reporting database)

        - Beacon is our reporting database and dashboard tool, loaded from CarePoint every
          night; the ICB returns and the measures are produced from it.

        ## Sharing records

        - GP practices see our records through the Halden Care Record, which shows diagnoses
          and medicines; advance care plans stay in CarePoint.
        - Discharge notices from the Halden General discharge hub reach us by email on
          weekdays.

        ## Devices and phones

        - Community staff carry hospice mobile phones; 14 laptops are shared between the three
          teams.
        """
    ),
    "performance/measures-handbook.md": doc(
        """
        # Measures handbook

        Kept by the Clinical Systems and Data Lead. Baselines are for April 2026 to March 2027
        and were agreed with the Finance and Resources Director.

        | Measure | Definition | Source | Owner | 2026/27 |
        |---|---|---|---|---|
        | People who die in their preferred place | Deaths in the recorded preferred place over deaths with a preference recorded | CarePoint via Beacon | Medical Director | 71% |
        | Urgent referrals seen within four hours | Urgent referrals with a face-to-face visit within four hours of receipt | CarePoint | Head of Community Services | 52% |
        | Out-of-hours calls answered by a specialist nurse | Calls from 8pm to 8am answered by a community nurse specialist | Phone system | Head of Community Services | 64% |
        | Referrals with a diagnosis other than cancer | Share of new referrals | CarePoint | Medical Director | 29% |
        | Carers with a support plan | Main carers with a written support plan | CarePoint | Head of Family Support | 18% |
        | Advance care plan shared with the GP | People on the caseload with a plan on the Halden Care Record | CarePoint | Medical Director | 34% |
        | Emergency admissions in the last 90 days of life | Admissions per person who died in our care | ICB data | Director of Care | 1.4 |

        ## Notes

        - Preferred place of death is recorded for 58% of the people who die in our care.
        - The ICB sends admissions data each quarter, three months in arrears.
        """
    ),
    "family-support/family-support-services.md": doc(
        """
        # Family support services

        Kept by the Head of Family Support.

        - Social workers, a carers' support worker, bereavement counsellors, two chaplains and
          the children's service.
        - People referred for bereavement support wait 14 weeks for a first session.
        - Volunteers visit homes once their DBS check has cleared, which takes about eight
          weeks.
        - Carers are offered a conversation about their own needs when a family social worker
          is involved.
        """
    ),
    "contracts/contracts-and-leases.md": doc(
        """
        # Contracts and leases

        Kept by the Finance and Resources Director.

        - The ICB contract for Hospice at Home runs to 31 March 2029 and pays for 6,200 visit
          hours a year.
        - The ICB contract for inpatient beds runs to March 2030.
        - The lease of the Brindle Street unit in Ashby Vale allows office use; clinical use
          needs the landlord's written agreement.
        - The 19 shops are held on leases of three to ten years.
        """
    ),
    "people/staff-partnership-agreement.md": doc(
        """
        # Staff partnership agreement: summary

        Kept by the Head of People.

        - The Staff Partnership Forum brings together managers and elected staff
          representatives, including the RCN and Unison.
        - Changes to rotas or on-call go to the Staff Partnership Forum, which meets every six
          weeks; changes to night working need 45 days' consultation.
        - Sickness absence across the hospice was 6.1% in 2026/27.
        """
    ),
}


ORGS: dict[str, Mapping[str, str | bytes]] = {
    "wenlow-press": WENLOW_ORG,
    "holmscar-aggregates": HOLMSCAR_ORG,
    "larchmere-hospice": LARCHMERE_ORG,
}


def write_org(case_dir: Path, files: dict[str, str | bytes]) -> None:
    for rel, body in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the blind7 folder by default)."""
    save_pdf(build_wenlow(), root / "wenlow-press" / "read-on-2029-board.pdf", "Read On 2029")
    save(
        build_holmscar(),
        root / "holmscar-aggregates" / "bedrock-2029-board-paper.pptx",
        "Holmscar Aggregates Ltd",
        "Bedrock 2029",
    )
    save(
        build_larchmere(),
        root / "larchmere-hospice" / "every-doorstep-2031-trustees.pptx",
        "Larchmere Hospice",
        "Every Doorstep 2031",
    )
    HOLMSCAR_ORG["people/holmscar-posts.xlsx"] = holmscar_posts_xlsx()
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
