"""Build the dev25 case ``coatings-plant``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx (``evals/dev16/_build.py`` imports python-pptx). reportlab is not in the project's
lock, so use the separate venv:

    /tmp/rl/bin/python evals/dev25/build_coatings_plant.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold (LibreOffice's default sans),
embedded from ``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``).

Writes, under ``evals/dev25/coatings-plant/`` (or ``<out-folder>/coatings-plant/``), every
file of the case but ``gold.json``:

- ``right-first-batch-2031-board-2029-03-21.pdf``: a US resin and coatings plant's
  30-month operating plan for its company's board, drawn the way LibreOffice Impress exports a
  16:9 deck to PDF (18 pages of 28 x 15.75 cm, 793.7 x 446.5 pt; Creator "Impress", Producer
  "LibreOffice 7.5", PDF 1.6), imitated with reportlab's canvas. Every line of text is its own
  text object; a bold lead-in and the rest of its line are two text objects on one baseline;
  bullet glyphs are their own small text objects; tables (the KPI table, the risks, the
  benchmark appendix) are text grids: ruled lines with each cell's lines as text objects;
  KPI-like figures that are not goals (2028 results, past gains, an industry average, OSHA's
  threshold, a peer plant, a demand forecast, a survey, funding, benchmarks, a "what we will not
  do" box); a roadmap of bars on ten calendar quarters, Q2 2029 to Q3 2031, with three gates.
  reportlab's header comments are blanked at the same length and the version line says 1.6.
- ``org/``: the roster as a CSV saved by Excel ("CSV UTF-8": a byte-order mark, CRLF line ends,
  quotes only where a cell holds a comma; ``people/plant-roster.csv``: Role, Department, Shift,
  Reports to, Remit), a role profile, the PSM committee's charter, the steering group's terms,
  an extract of the union agreement (DOCX), the systems inventory (a status column), the metric
  dictionary, the site profile, the 2028 PSM compliance audit's findings, operations
  leadership minutes, a risk register exported as TSV and a saved email.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
and a fixed document date for the PDF, fixed core properties and ZIP times for the DOCX
(through ``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev25").
"""

from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "coatings-plant"
DECK = "right-first-batch-2031-board-2029-03-21.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

CM = 72 / 2.54
W, H = 28 * CM, 15.75 * CM  # Impress's 16:9 page, 793.7 x 446.5 pt
LEFT = 1.3 * CM
RIGHT = W - 1.3 * CM

Color = tuple[float, float, float]
INK: Color = (0.12, 0.14, 0.18)
NAVY: Color = (0.08, 0.2, 0.36)
NAVY_LIGHT: Color = (0.87, 0.91, 0.96)
ORANGE: Color = (0.88, 0.42, 0.08)
ORANGE_LIGHT: Color = (0.99, 0.92, 0.84)
GREY: Color = (0.42, 0.45, 0.5)
RULE: Color = (0.66, 0.69, 0.74)
WHITE: Color = (1.0, 1.0, 1.0)
PHASE_COLORS: list[Color] = [(0.25, 0.45, 0.68), (0.08, 0.2, 0.36), (0.2, 0.5, 0.36)]
STREAM: Color = (0.78, 0.84, 0.92)

STAMP = Stamp((2029, 3, 12, 9, 30, 0), "2029-03-12T09:30:00Z")
PDF_DATE = "D:20290312093000-05'00'"
PAGES = 18
FOOTER = "Tamsett Coatings · Right First Batch 2031 · Board of Directors, March 21, 2029"
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


class _Info(pdfdoc.PDFInfo):
    """Document information with only the given keys, in order, and the fixed date written as
    LibreOffice writes it (local time with its offset)."""

    def __init__(self, fields: dict[str, str], date: str) -> None:
        super().__init__()
        self.fields = fields
        self.date = date

    def format(self, document: Any) -> bytes:
        d = {k: pdfdoc.PDFString(v) for k, v in self.fields.items()}
        d["CreationDate"] = pdfdoc.PDFString(self.date)
        return pdfdoc.PDFDictionary(d).format(document)


def _libreoffice_bytes(path: Path) -> None:
    """reportlab's header as LibreOffice's: version 1.6, its comments blanked at the same length
    (the header's binary comment and the trailer's), so that no offset moves."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head == b"%PDF-1.3" and b"ReportLab" in comment, (head, comment)
    blank = b"%\xc3\xa4\xc3\xbc\xc3\xb6\xc3\x9f" + b" " * (len(comment) - 9)
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    path.write_bytes(b"%PDF-1.6\n" + blank + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Words of ``s`` in lines no wider than ``width`` (a single long word stays whole)."""
    lines: list[str] = []
    line = ""
    for word in s.split(" "):
        trial = f"{line} {word}" if line else word
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


# =========================================================================== drawing helpers


class Deck:
    """A reportlab canvas with the few ways Impress writes text into its PDF export."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=SANS,
            initialFontSize=18,
        )
        self.c._doc.info = _Info(
            {
                "Title": "Right First Batch 2031",
                "Author": "Renata Hollis",
                "Creator": "Impress",
                "Producer": "LibreOffice 7.5",
            },
            PDF_DATE,
        )
        self.page = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 12,
        font: str = SANS,
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        """One line as its own text object; returns its width. ``limit`` is the width it must
        fit in (the builder refuses a line that would overflow its box)."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textLine(s)
        self.c.drawText(t)
        return width

    def centred(self, cx: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        self.text(cx - stringWidth(s, font, size) / 2, y, s, size, font, color)

    def lines(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: float = 12,
        font: str = SANS,
        color: Color = INK,
        leading: float | None = None,
        limit: float | None = None,
    ) -> float:
        """Lines one under another, each its own text object; returns the y under the last."""
        step = leading if leading is not None else size * 1.3
        for line in lines:
            self.text(x, y, line, size, font, color, limit)
            y -= step
        return y

    def bullet(self, x: float, y: float, glyph: str, size: float, color: Color = ORANGE) -> None:
        """A bullet glyph as its own small text object, left of its line."""
        self.text(x - size * 1.1, y + size * 0.1, glyph, size * 0.7, SANS, color)

    def item(
        self,
        x: float,
        y: float,
        lead: str,
        rest: str | list[str],
        size: float = 12,
        width: float | None = None,
        glyph: str = "●",
        leading: float | None = None,
        after: float | None = None,
    ) -> float:
        """A bulleted item: a bold lead-in and the rest of its first line as two text objects
        on one baseline, then the rest's further lines under it: ``rest`` as given lines, or
        wrapped at ``width``. Returns the next item's y (``after`` the space between items)."""
        width = width if width is not None else RIGHT - x
        step = leading if leading is not None else size * 1.3
        space = after if after is not None else size * 0.35
        if glyph:
            self.bullet(x, y, glyph, size)
        lead_w = stringWidth(lead, BOLD, size) if lead else 0.0
        if isinstance(rest, list):
            first, more = rest[0], rest[1:]
        else:
            words = rest.split(" ")
            first = ""
            while words:
                trial = f"{first} {words[0]}" if first else words[0]
                if stringWidth(trial, SANS, size) > width - lead_w:
                    break
                first = trial
                words.pop(0)
            more = wrap(" ".join(words), SANS, size, width) if words else []
        if lead:
            self.text(x, y, lead, size, BOLD, INK)
        if first:
            self.text(x + lead_w, y, first, size, SANS, INK, limit=width - lead_w)
        for line in more:
            y -= step
            self.text(x, y, line, size, SANS, INK, limit=width)
        return y - step - space

    # ---------------------------------------------------------------- shapes
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color,
        stroke: Color | None = None,
        radius: float = 0,
    ) -> None:
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.75)
        if radius:
            self.c.roundRect(x, y, w, h, radius, fill=1, stroke=1 if stroke is not None else 0)
        else:
            self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def hline(
        self, x1: float, x2: float, y: float, color: Color = RULE, width: float = 0.75
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def vline(
        self, x: float, y1: float, y2: float, color: Color = RULE, width: float = 0.75
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, y1, x, y2)

    def diamond(self, cx: float, cy: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        p = self.c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    # ---------------------------------------------------------------- a text grid
    def grid(
        self,
        top: float,
        cols: list[float],
        head: list[str],
        rows: list[list[str]],
        size: float = 10,
        bold_col: int | None = None,
        min_h: float = 0.0,
    ) -> float:
        """A table as LibreOffice exports one: ruled lines, a filled header row and each
        cell's wrapped lines as text objects, row by row and cell by cell. Returns its foot."""
        lead = size * 1.22
        pad = 5.0
        head_h = size + 2 * pad + 2
        self.rect(cols[0], top - head_h, cols[-1] - cols[0], head_h, NAVY)
        for k, cell in enumerate(head):
            self.text(cols[k] + pad, top - head_h + pad + 1.5, cell, size, BOLD, WHITE)
        y = top - head_h
        for row in rows:
            wrapped = [
                wrap(cell, BOLD if k == bold_col else SANS, size, cols[k + 1] - cols[k] - 2 * pad)
                for k, cell in enumerate(row)
            ]
            n = max(len(w) for w in wrapped)
            row_h = max(n * lead + 2 * pad - (lead - size) + 2, min_h)
            for k, cell_lines in enumerate(wrapped):
                yy = y - pad - size + 1
                for line in cell_lines:
                    self.text(
                        cols[k] + pad,
                        yy,
                        line,
                        size,
                        BOLD if k == bold_col else SANS,
                        INK,
                        limit=cols[k + 1] - cols[k] - 2 * pad,
                    )
                    yy -= lead
            y -= row_h
            self.hline(cols[0], cols[-1], y)
        for x in cols:
            self.vline(x, y, top)
        return y

    # ---------------------------------------------------------------- page furniture
    def start(self, eyebrow: str, title: str, subtitle: str | None = None) -> None:
        """A new page: the band, the eyebrow, the title at its fixed position and a subtitle."""
        self.page += 1
        self.rect(0, H - 0.3 * CM, W, 0.3 * CM, NAVY)
        self.rect(0, H - 0.3 * CM, 3.2 * CM, 0.3 * CM, ORANGE)
        self.text(LEFT, H - 1.2 * CM, eyebrow, 9, BOLD, ORANGE)
        self.text(LEFT, H - 2.1 * CM, title, 24, BOLD, NAVY, limit=RIGHT - LEFT)
        if subtitle:
            self.text(LEFT, H - 2.85 * CM, subtitle, 12, SANS, GREY, limit=RIGHT - LEFT)

    def finish(self) -> None:
        """The footer and the page number, bottom right, then the next page."""
        if self.page > 1:
            self.hline(LEFT, RIGHT, 1.0 * CM, RULE, 0.5)
            self.text(LEFT, 0.5 * CM, FOOTER, 8, SANS, GREY)
            number = str(self.page)
            self.text(RIGHT - stringWidth(number, SANS, 9), 0.5 * CM, number, 9, SANS, GREY)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()
        _libreoffice_bytes(self.path)


# =========================================================================== the pages


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, NAVY)
    d.rect(0, 0, W, 0.8 * CM, ORANGE)
    d.text(2.2 * CM, H - 2.5 * CM, "TAMSETT COATINGS · WEXCOMBE PLANT", 12, BOLD, ORANGE_LIGHT)
    d.text(2.2 * CM, H - 5.6 * CM, "Right First Batch 2031", 44, BOLD, WHITE)
    d.text(
        2.2 * CM,
        H - 7.0 * CM,
        "Wexcombe plant operating plan, Q2 2029 to Q3 2031",
        20,
        SANS,
        WHITE,
    )
    d.text(
        2.2 * CM, 4.4 * CM, "Board of Directors · March 21, 2029 · For decision", 12, SANS, WHITE
    )
    d.text(
        2.2 * CM,
        3.6 * CM,
        "Presented by Renata Hollis, Plant Manager, and Graham Tull, Chief Operating Officer",
        12,
        SANS,
        NAVY_LIGHT,
    )
    d.text(2.2 * CM, 2.8 * CM, "Confidential · Tamsett Coatings, Inc.", 9, SANS, NAVY_LIGHT)
    d.finish()


def tile(d: Deck, x: float, y: float, w: float, h: float, big: str, label: str, small: str) -> None:
    """A figure tile: a rectangle with a big number, a label line and a small second line."""
    d.rect(x, y, w, h, NAVY_LIGHT)
    d.rect(x, y + h - 4, w, 4, NAVY)
    d.text(x + 12, y + h - 38, big, 26, BOLD, NAVY, limit=w - 24)
    d.text(x + 12, y + h - 57, label, 11, BOLD, INK, limit=w - 24)
    d.text(x + 12, y + h - 72, small, 9, SANS, GREY, limit=w - 24)


def plant_in_2028(d: Deck) -> None:
    d.start("1 · WHERE WE STAND", "The Wexcombe plant in 2028", "Calendar year 2028 unless stated")
    tiles = [
        (
            "1,912",
            "resin and coatings batches made",
            "on three reactor trains and the coatings hall",
        ),
        ("64,300 t", "shipped to 410 customers", "alkyd, acrylic and polyester resins; coatings"),
        ("350", "people, 214 of them hourly", "four crews on 12-hour rotating shifts"),
        ("5", "loss-of-containment events", "one of them Tier 1 under API RP 754"),
        ("2.1", "recordable injury rate", "down from 3.4 in 2024"),
        ("$6.8M", "spent on natural gas and power", "22% more than in 2026"),
    ]
    tw, th, gap = 7.9 * CM, 2.85 * CM, 0.55 * CM
    for k, (big, label, small) in enumerate(tiles):
        col, row = k % 3, k // 3
        x = LEFT + col * (tw + gap)
        y = H - 6.3 * CM - row * (th + gap)
        tile(d, x, y, tw, th, big, label, small)
    y = 3.0 * CM
    y = d.item(
        LEFT + 0.5 * CM, y, "Right first time: ", "78% of batches, up 4 points since 2026", 11
    )
    d.item(
        LEFT + 0.5 * CM,
        y + 0.1 * CM,
        "MOC backlog: ",
        "142 open changes at the 2027 peak, 38 on December 31, 2028",
        11,
    )
    d.finish()


def outside_view(d: Deck) -> None:
    d.start(
        "1 · WHERE WE STAND",
        "What the outside world tells us",
        "Benchmarks, rules, and what our customers and crews say",
    )
    width = RIGHT - LEFT - 8.6 * CM
    y = H - 4.0 * CM
    items = [
        (
            "Industry: ",
            "2.6 recordable cases per 100 full-time workers in paint and coatings "
            "manufacturing (BLS, 2027)",
        ),
        (
            "OSHA PSM: ",
            "applies to any process holding 10,000 lb or more of a flammable liquid; "
            "all three trains and the tank farm are covered",
        ),
        (
            "EPA RMP: ",
            "vinyl acetate storage puts the tank farm in Program 3; two reportable "
            "releases in our five-year history (2024, 2027)",
        ),
        (
            "Peer plant: ",
            "Norcastle Polymers runs alkyd batches in 22 hours at Lakeport since it "
            "automated charging",
        ),
        ("Demand: ", "customers forecast 30% more waterborne resin volume by 2031"),
        ("Energy prices: ", "HG&E raises industrial gas tariffs 9% from January 2030"),
    ]
    for lead, rest in items:
        y = d.item(LEFT + 0.5 * CM, y, lead, rest, 12, width=width - 0.5 * CM)
    qx, qw = RIGHT - 7.6 * CM, 7.6 * CM
    d.rect(qx, 1.6 * CM, qw, 9.6 * CM, ORANGE_LIGHT)
    qy = 10.1 * CM
    for line in [
        "“Two hours a shift go",
        "on filling in logsheets",
        "and walking them to",
        "the control room.”",
    ]:
        d.text(qx + 0.5 * CM, qy, line, 14, BOLD, ORANGE, limit=qw - 1 * CM)
        qy -= 20
    d.text(qx + 0.5 * CM, qy - 6, "– board operator, C crew", 10, SANS, INK, limit=qw - 1 * CM)
    qy -= 1.6 * CM
    for line in [
        "Operator survey, January 2029:",
        "68% say paper logs slow them",
        "down; 41% have re-keyed a",
        "reading in the last month",
    ]:
        d.text(qx + 0.5 * CM, qy, line, 11, SANS, INK, limit=qw - 1 * CM)
        qy -= 15
    d.finish()


def ambition(d: Deck) -> None:
    d.start("2 · AMBITION", "Our ambition for Q3 2031")
    d.rect(LEFT, H - 4.9 * CM, RIGHT - LEFT, 1.7 * CM, NAVY)
    d.text(
        LEFT + 0.6 * CM,
        H - 4.2 * CM,
        "Every batch safe, on time and right the first time.",
        18,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 1.2 * CM,
    )
    d.text(LEFT, H - 5.95 * CM, "By Q3 2031 we will:", 14, BOLD, INK)
    goals = [
        "Have no Tier 1 process safety event, and no more than one Tier 2 a year",
        "Cut the average resin batch cycle from 31.4 to 26 hours",
        "Make 92% of batches right the first time, with no adds or rework",
        "Use 15% less energy per tonne of resin than in 2028",
        "Run every resin batch on electronic logsheets, with paper retired by Q2 2031",
    ]
    y = H - 6.95 * CM
    for k, goal in enumerate(goals, start=1):
        d.rect(LEFT + 0.2 * CM, y - 5, 18, 18, ORANGE, radius=3)
        d.centred(LEFT + 0.2 * CM + 9, y, str(k), 11, BOLD, WHITE)
        d.text(LEFT + 1.3 * CM, y, goal, 14, SANS, INK, limit=RIGHT - LEFT - 1.3 * CM)
        y -= 0.88 * CM
    d.text(
        LEFT,
        y - 0.25 * CM,
        "And we will build a process safety culture that every crew owns.",
        13,
        BOLD,
        NAVY,
        limit=RIGHT - LEFT,
    )
    d.finish()


PILLARS = [
    (
        "1  Safe by design",
        ["Every change reviewed,", "every safeguard proven"],
        ["Lead: Process Safety", "Manager"],
    ),
    (
        "2  Faster, leaner batches",
        ["Shorter cycles and less", "energy on every train"],
        ["Lead: Process Engineering", "Manager"],
    ),
    (
        "3  Right first time",
        ["Quality built into the", "batch, not tested in after"],
        ["Lead: Quality Manager"],
    ),
    (
        "4  Paperless shift",
        ["Rounds, readings and batch", "records on tablets"],
        ["Lead: Digital Manufacturing", "Lead"],
    ),
]


def pillars(d: Deck) -> None:
    d.start("2 · AMBITION", "Four pillars", "What we will change, and who leads each pillar")
    cw, gap = 5.95 * CM, 0.45 * CM
    top = H - 3.5 * CM
    for k, (name, line, lead) in enumerate(PILLARS):
        x = LEFT + k * (cw + gap)
        d.rect(x, top - 5.6 * CM, cw, 5.6 * CM, NAVY_LIGHT)
        d.rect(x, top - 1.2 * CM, cw, 1.2 * CM, NAVY)
        d.text(x + 0.35 * CM, top - 0.78 * CM, name, 12, BOLD, WHITE, limit=cw - 0.7 * CM)
        d.lines(x + 0.35 * CM, top - 2.0 * CM, line, 11, SANS, INK, 15, limit=cw - 0.7 * CM)
        d.lines(x + 0.35 * CM, top - 4.3 * CM, lead, 10, BOLD, NAVY, 13, limit=cw - 0.7 * CM)
    bx, by, bw, bh = LEFT, 1.45 * CM, RIGHT - LEFT, 2.35 * CM
    d.rect(bx, by, bw, bh, ORANGE_LIGHT)
    d.rect(bx, by, 0.25 * CM, bh, ORANGE)
    d.text(bx + 0.6 * CM, by + bh - 0.75 * CM, "What we will not do", 12, BOLD, ORANGE)
    d.lines(
        bx + 0.6 * CM,
        by + bh - 1.4 * CM,
        [
            "We will not add reactor capacity, cut crew sizes or change the 12-hour rotating",
            "shift pattern before Q3 2031.",
        ],
        12,
        SANS,
        INK,
        15,
        limit=bw - 1.2 * CM,
    )
    d.finish()


def pillar_page(
    d: Deck,
    title: str,
    subtitle: str,
    items: list[tuple[str, list[str]]],
    measures: list[str],
    budget: str,
) -> None:
    """A pillar: its initiatives on the left (a bold lead-in each), its measures and budget in a
    panel on the right."""
    d.start("3 · PILLARS", title, subtitle)
    panel = 8.8 * CM
    y = H - 4.1 * CM
    for lead, rest in items:
        y = d.item(
            LEFT + 0.6 * CM, y, lead, rest, 12.5, width=RIGHT - LEFT - panel - 1.2 * CM, after=7
        )
    px = RIGHT - panel
    wrapped = [wrap(m, SANS, 10.5, panel - 1.3 * CM) for m in measures]
    height = 1.9 * CM + sum(len(w) * 13.5 + 6 for w in wrapped) + 1.3 * CM
    top = 11.5 * CM
    d.rect(px, top - height, panel, height, NAVY_LIGHT)
    d.rect(px, top - 4, panel, 4, ORANGE)
    d.text(px + 0.45 * CM, top - 0.9 * CM, "Measured by", 13, BOLD, NAVY)
    yy = top - 1.8 * CM
    for lines in wrapped:
        d.bullet(px + 0.85 * CM, yy, "■", 10, NAVY)
        yy = d.lines(px + 0.85 * CM, yy, lines, 10.5, SANS, INK, 13.5) - 6
    d.text(px + 0.45 * CM, top - height + 0.6 * CM, budget, 10, BOLD, GREY)
    d.finish()


def pillar_one(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 1 · Safe by design",
        "Lead: Process Safety Manager, with the PSM committee",
        [
            (
                "MOC: ",
                [
                    "run every change through the SafeTrack MOC",
                    "workflow and retire the Access tracker",
                ],
            ),
            (
                "Closure: ",
                [
                    "close every MOC within 30 days of startup,",
                    "with drawings and procedures updated",
                ],
            ),
            (
                "Mechanical integrity: ",
                ["load every ITPM interval for PSM", "equipment into WorkLedger"],
            ),
            (
                "Safeguards: ",
                ["proof-test all 46 safety instrumented", "functions on Trains 1-3 by Q2 2030"],
            ),
            (
                "Hazard reviews: ",
                ["revalidate the Train 2 and tank farm", "PHAs, with a LOPA, in 2030"],
            ),
            ("Alarms: ", ["cut Train 2 alarms to under 6 per operator hour"]),
        ],
        [
            "Tier 1 and Tier 2 process safety events",
            "MOCs closed within 30 days of startup",
            "ITPM tasks on PSM equipment done on time",
            "Process safety culture survey score",
        ],
        "Pillar budget: $3.1M over 30 months",
    )


def pillar_two(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 2 · Faster, leaner batches",
        "Lead: Process Engineering Manager; energy with the Energy and Utilities Engineer",
        [
            ("Automation: ", ["extend BatchPro sequencing from Train 1", "to Train 2 in 2030"]),
            ("Train 3: ", ["bring BatchPro to R-310 and R-320 in 2031"]),
            ("Charging: ", ["stage pre-weighed raw-material kits before", "each batch starts"]),
            ("Campaigns: ", ["schedule resins in family campaigns to cut", "cleanouts by a third"]),
            ("Metering: ", ["meter steam and hot oil on each reactor train"]),
            ("Heat recovery: ", ["recover thermal oxidizer heat to preheat", "boiler feedwater"]),
            ("Steam traps: ", ["survey all 640 steam traps twice a year"]),
        ],
        [
            "Average resin batch cycle time",
            "Energy per tonne of resin",
        ],
        "Pillar budget: $4.4M over 30 months",
    )


def pillar_three(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 3 · Right first time",
        "Lead: Quality Manager; lab work with the QC Laboratory Supervisor",
        [
            (
                "Raw materials: ",
                ["test every incoming monomer and solvent", "lot before it is charged"],
            ),
            ("In-line checks: ", ["fit in-line viscosity analyzers on R-210", "and R-220"]),
            (
                "Recipes: ",
                ["one locked master recipe per product in", "BatchPro, with adds approved by QC"],
            ),
            (
                "Lab turnaround: ",
                [
                    "staff the QC lab on nights so that",
                    "in-process samples are read within 45 minutes",
                ],
            ),
            ("LIMS: ", ["replace LabTrack 4 before its vendor support", "ends in June 2030"]),
            ("SPC: ", ["put control charts on the 20 products that", "make 70% of our volume"]),
        ],
        [
            "Batches right first time",
            "QC turnaround, in-process samples",
        ],
        "Pillar budget: $1.6M over 30 months",
    )


def pillar_four(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 4 · Paperless shift",
        "Lead: Digital Manufacturing Lead; network with the IT Site Manager",
        [
            (
                "Rounds: ",
                ["replace paper logsheets with RoundsPad", "electronic rounds on rugged tablets"],
            ),
            (
                "Batch record: ",
                ["an electronic batch record for every resin", "batch, kept for 10 years"],
            ),
            (
                "Wireless: ",
                [
                    "install Class I, Division 2 rated Wi-Fi in",
                    "the Train 2 building and the tank farm",
                ],
            ),
            (
                "Lab link: ",
                ["send LabTrack results to PlantView and", "the batch record automatically"],
            ),
            ("People: ", ["train every operator on RoundsPad before", "their crew goes live"]),
            (
                "Handover: ",
                ["shift handover screens in the control room,", "from PlantView and DataHub"],
            ),
        ],
        [
            "Resin batches on electronic logsheets",
        ],
        "Pillar budget: $2.1M over 30 months",
    )


KPI_ROWS = [
    [
        "Tier 1 and Tier 2 process safety events",
        "5 (1 Tier 1)",
        "0 Tier 1, ≤1 Tier 2",
        "12 months to Q3 2031",
    ],
    ["MOCs closed within 30 days of startup", "58%", "95%", "Q2 2030"],
    ["ITPM tasks on PSM equipment done on time", "74%", "98%", "Q4 2030"],
    ["Average resin batch cycle time (charge to drum-off)", "31.4 h", "26.0 h", "Q3 2031"],
    ["Batches right first time (no adds, no rework)", "78%", "92%", "Q3 2031"],
    ["QC turnaround, in-process samples", "96 min", "45 min", "Q4 2030"],
    ["Energy per tonne of resin (gas and power)", "1.38 MWh/t", "1.17 MWh/t", "Q3 2031"],
    ["Resin batches on electronic logsheets", "0%", "100%", "Q2 2031"],
    ["Process safety culture survey score", "First survey Q3 2029", "Improve", "–"],
]


def kpi_table(d: Deck) -> None:
    d.start(
        "4 · MEASURES",
        "How we will measure it",
        "Baselines for calendar 2028; targets by calendar quarter",
    )
    cols = [LEFT, LEFT + 11.6 * CM, LEFT + 15.6 * CM, LEFT + 20.0 * CM, RIGHT]
    foot = d.grid(
        H - 3.35 * CM,
        cols,
        ["Measure", "Baseline 2028", "Target", "By"],
        KPI_ROWS,
        10.5,
        bold_col=2,
        min_h=0.68 * CM,
    )
    d.text(
        LEFT,
        foot - 0.5 * CM,
        "Tier 1 and Tier 2 as API RP 754 defines them. TRIR stays in the monthly safety "
        "report; it is not a plan measure.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


QUARTERS = [
    "Q2 2029",
    "Q3 2029",
    "Q4 2029",
    "Q1 2030",
    "Q2 2030",
    "Q3 2030",
    "Q4 2030",
    "Q1 2031",
    "Q2 2031",
    "Q3 2031",
]

# (row label, [(first quarter, last quarter, line 1, line 2)])
STREAMS: list[tuple[str, list[tuple[int, int, str, str]]]] = [
    (
        "Process safety",
        [
            (0, 2, "MOC workflow in SafeTrack", "ITPM intervals in WorkLedger"),
            (3, 4, "46 SIFs proof-tested", "by Q2 2030"),
            (5, 6, "PHA revalidations", "Train 2, tank farm"),
            (7, 9, "Alarm work on", "Trains 1 and 3"),
        ],
    ),
    (
        "Batches and energy",
        [
            (1, 2, "Train 2 meters", "and kitting"),
            (3, 6, "BatchPro on Train 2", "family campaigns"),
            (7, 9, "BatchPro on Train 3*", "heat recovery*"),
        ],
    ),
    (
        "Quality",
        [
            (1, 4, "LabTrack 4 replaced", "QC night shift from Q1 2030"),
            (5, 6, "In-line viscosity", "on R-210, R-220"),
            (7, 9, "SPC on the top", "20 products"),
        ],
    ),
    (
        "Paperless shift",
        [
            (1, 2, "Wi-Fi in Train 2", "and the tank farm"),
            (3, 6, "RoundsPad on Train 2", "all four crews"),
            (7, 9, "Trains 1 and 3,", "tank farm, lab"),
        ],
    ),
]

PHASES = [
    (0, 2, "Phase 1 · Secure the basics", "Q2 2029 – Q4 2029"),
    (3, 6, "Phase 2 · Prove it on Train 2", "Q1 2030 – Q4 2030"),
    (7, 9, "Phase 3 · Scale across the plant", "Q1 2031 – Q3 2031"),
]

GATES = [
    (2, "Gate 1 · Dec 2029"),
    (6, "Gate 2 · Dec 2030 · go/no-go"),
    (9, "Gate 3 · Sep 2031 · close"),
]


def roadmap(d: Deck) -> None:
    d.start("5 · ROADMAP", "Roadmap: three phases, ten quarters")
    d.text(LEFT, H - 2.85 * CM, "Calendar quarters · month 0 = April 2029", 12, SANS, GREY)
    x0 = LEFT + 3.6 * CM
    qw = (RIGHT - x0) / len(QUARTERS)
    top = H - 3.4 * CM
    # header: the quarters
    d.rect(x0, top - 0.7 * CM, RIGHT - x0, 0.7 * CM, NAVY)
    for k, q in enumerate(QUARTERS):
        d.centred(x0 + (k + 0.5) * qw, top - 0.5 * CM, q, 9, BOLD, WHITE)
        if k:
            d.vline(x0 + k * qw, 2.0 * CM, top - 0.7 * CM, RULE, 0.4)
    # phases
    y = top - 0.85 * CM
    row_h = 1.15 * CM
    d.text(LEFT, y - 0.7 * CM, "Phases", 10, BOLD, INK)
    for k, (a, b, name, dates) in enumerate(PHASES):
        bx, bw = x0 + a * qw + 2, (b - a + 1) * qw - 4
        d.rect(bx, y - row_h + 3, bw, row_h - 6, PHASE_COLORS[k], radius=4)
        d.text(bx + 6, y - 0.5 * CM, name, 10, BOLD, WHITE, limit=bw - 12)
        d.text(bx + 6, y - 0.92 * CM, dates, 8.5, SANS, WHITE, limit=bw - 12)
    y -= row_h
    # work streams
    for label, bars in STREAMS:
        d.hline(LEFT, RIGHT, y, RULE, 0.4)
        d.text(LEFT, y - 0.7 * CM, label, 10, BOLD, INK)
        for a, b, l1, l2 in bars:
            bx, bw = x0 + a * qw + 2, (b - a + 1) * qw - 4
            d.rect(bx, y - row_h + 3, bw, row_h - 6, STREAM, radius=4)
            d.text(bx + 5, y - 0.5 * CM, l1, 8.5, BOLD, INK, limit=bw - 10)
            d.text(bx + 5, y - 0.92 * CM, l2, 8.5, SANS, INK, limit=bw - 10)
        y -= row_h
    # gates
    d.hline(LEFT, RIGHT, y, RULE, 0.4)
    d.text(LEFT, y - 0.55 * CM, "Gates", 10, BOLD, INK)
    for end, gate in GATES:
        gx = x0 + (end + 1) * qw
        d.diamond(gx - 6, y - 0.45 * CM, 6, ORANGE)
        w = stringWidth(gate, BOLD, 8.5)
        d.text(min(gx - 6 - w / 2, RIGHT - w), y - 1.05 * CM, gate, 8.5, BOLD, ORANGE)
    d.text(
        LEFT,
        1.35 * CM,
        "* Train 3 automation and heat recovery depend on capital not yet approved; "
        "gates decided by the Chief Operating Officer.",
        8.5,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def pilot(d: Deck) -> None:
    d.start(
        "5 · ROADMAP",
        "Pilot: Reactor Train 2",
        "R-210, R-220 and thin-down tank T-230 · acrylic solution resins · Q1 to Q4 2030",
    )
    lx, lw = LEFT, 9.6 * CM
    d.rect(lx, 1.6 * CM, lw, 10.0 * CM, NAVY_LIGHT)
    d.text(lx + 0.5 * CM, 10.8 * CM, "Why Train 2", 13, BOLD, NAVY)
    y = 9.9 * CM
    for line in [
        ["38% of our batches and our longest", "cycle: 34.8 hours on average in 2028"],
        ["All four crews run it, so every", "crew learns the new way of working"],
        ["Its PHA revalidation falls due", "in 2030 anyway"],
    ]:
        d.bullet(lx + 0.9 * CM, y, "●", 11)
        y = d.lines(lx + 0.9 * CM, y, line, 11, SANS, INK, 14, limit=lw - 1.3 * CM) - 6
    rx = LEFT + 10.2 * CM
    rw = RIGHT - rx
    d.text(rx, 10.8 * CM, "What we will do on Train 2", 13, BOLD, NAVY)
    y = 9.9 * CM
    for rest in [
        "BatchPro recipes for the 12 Train 2 products that make 80% of its volume",
        "proof-test the R-210 high-pressure interlock before the pilot starts",
        "an in-line viscosity analyzer on R-220 from Q1 2030",
        "RoundsPad tablets for board and field operators on all four crews",
        "steam and hot-oil meters on R-210 and R-220 by the end of 2029",
    ]:
        y = d.item(rx + 0.5 * CM, y, "", rest, 11, width=rw - 0.5 * CM, leading=14)
    y -= 0.15 * CM
    d.text(rx, y, "Gate 2 pass marks (December 2030)", 12, BOLD, ORANGE)
    y -= 0.6 * CM
    for rest in [
        "Train 2 cycle time under 29 hours for three months running",
        "88% of Train 2 batches right first time",
        "eight weeks with no paper logsheet on Train 2",
    ]:
        y = d.item(rx + 0.5 * CM, y, "", rest, 11, width=rw - 0.5 * CM, glyph="–", leading=14)
    d.finish()


def money(d: Deck) -> None:
    d.start("6 · MONEY", "What it costs", "$11.2M over 30 months, Q2 2029 to Q3 2031")
    blocks = [
        ("$3.1M", "Safe by design", ["SafeTrack MOC, proof tests,", "PHA revalidations"]),
        ("$4.4M", "Faster, leaner batches", ["BatchPro on Trains 2 and 3,", "meters, kitting"]),
        ("$1.6M", "Right first time", ["LabTrack replacement,", "analyzers, night shift"]),
        ("$2.1M", "Paperless shift", ["Wi-Fi, tablets, RoundsPad,", "batch record"]),
    ]
    bw, gap = 5.95 * CM, 0.45 * CM
    for k, (amount, name, lines) in enumerate(blocks):
        x = LEFT + k * (bw + gap)
        top = H - 3.6 * CM
        d.rect(x, top - 4.0 * CM, bw, 4.0 * CM, NAVY_LIGHT)
        d.text(x + 0.35 * CM, top - 1.2 * CM, amount, 26, BOLD, NAVY)
        d.text(x + 0.35 * CM, top - 1.95 * CM, name, 11, BOLD, INK, limit=bw - 0.7 * CM)
        d.lines(x + 0.35 * CM, top - 2.65 * CM, lines, 9.5, SANS, GREY, 13, limit=bw - 0.7 * CM)
    y = 5.4 * CM
    for line in [
        "$3.9M is in the 2029 capital plan the board approved in December 2028.",
        "$2.6M for Phase 2 is in the draft 2030 capital plan.",
        "$4.7M for Phase 3 comes to the board at Gate 2, December 2030.",
        "HG&E's efficiency program would rebate up to $410,000 of the heat recovery project.",
        "Expected savings of $1.9M a year from 2031, in energy, rework and overtime.",
    ]:
        d.bullet(LEFT + 0.6 * CM, y, "–", 12, NAVY)
        d.text(LEFT + 0.6 * CM, y, line, 12, SANS, INK, limit=RIGHT - LEFT - 0.6 * CM)
        y -= 0.72 * CM
    d.finish()


RISK_ROWS = [
    [
        "Crews keep paper logs “just in case”",
        "Medium",
        "High",
        "Two operators from each crew design the screens; paper and tablets run side by side "
        "for two weeks only",
    ],
    [
        "No proof-test contractor free for the turnaround",
        "Medium",
        "High",
        "Book the Q4 2029 turnaround crew now, with a second contractor on standby",
    ],
    [
        "Train 3 capital is not released in 2031",
        "High",
        "Medium",
        "Move Train 3 to tablets first; its automation waits for the capital round",
    ],
    [
        "Faster batches wait on the lab",
        "Medium",
        "Medium",
        "QC night shift from Q1 2030, before BatchPro goes live on Train 2",
    ],
    [
        "Concerns about rounds and crew sizes",
        "Low",
        "High",
        "Consult Local 418’s safety committee before any change; no crew cuts",
    ],
]


def risks(d: Deck) -> None:
    d.start("7 · RISKS", "Risks and how we will handle them")
    cols = [LEFT, LEFT + 7.6 * CM, LEFT + 10.0 * CM, LEFT + 12.4 * CM, RIGHT]
    d.grid(
        H - 3.0 * CM,
        cols,
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        RISK_ROWS,
        11,
        min_h=1.25 * CM,
    )
    d.finish()


def first_90_days(d: Deck) -> None:
    d.start("8 · FIRST 90 DAYS", "The first 90 days", "April to June 2029")
    items = [
        ("Week 2: ", "appoint the four pillar leads and open the program office"),
        ("April: ", "give Local 418’s safety committee 30 days’ notice of electronic rounds"),
        ("April: ", "book the proof-test contractor for the Q4 2029 turnaround"),
        ("May: ", "choose the electronic logsheet supplier after a two-crew trial"),
        ("May: ", "load the PSM equipment ITPM intervals into WorkLedger"),
        ("June: ", "baseline cycle time on every Train 2 batch for eight weeks"),
        ("June: ", "apply to HG&E for the heat recovery rebate"),
    ]
    y = H - 4.0 * CM
    for k, (lead, rest) in enumerate(items, start=1):
        d.text(LEFT + 0.3 * CM, y, f"{k}.", 13, BOLD, ORANGE)
        y = d.item(LEFT + 1.1 * CM, y, lead, rest, 13, glyph="", after=10)
    d.finish()


def governance(d: Deck) -> None:
    d.start("9 · GOVERNANCE", "Who decides, and how often")
    items = [
        (
            "Sponsor: ",
            "Graham Tull, Chief Operating Officer, chairs the Right First Batch steering group",
        ),
        (
            "Steering group: ",
            "meets monthly: Plant Manager, the four pillar leads, Plant Controller",
        ),
        (
            "Program office: ",
            "the Operations Excellence Lead keeps the plan, risk log, benefits and gate reports",
        ),
        ("PSM committee: ", "reviews every process safety deliverable before it goes live"),
        ("Gates: ", "the Chief Operating Officer decides each gate on the steering group’s advice"),
        (
            "Consulted: ",
            "Local 418’s safety committee on rounds, crews and PPE; the Halloran County LEPC "
            "on emergency plans",
        ),
        ("Reporting: ", "a one-page KPI report to the board each quarter, from DataHub"),
    ]
    y = H - 3.9 * CM
    for lead, rest in items:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 13, after=10)
    d.finish()


def asks(d: Deck) -> None:
    d.start("10 · DECISIONS", "What we ask of the board today")
    asks_ = [
        "Approve Right First Batch 2031 and its 30-month roadmap",
        "Release the $3.9M in the 2029 capital plan for Phase 1",
        "Endorse Reactor Train 2 as the pilot, and the Gate 2 pass marks",
        "Note that $4.7M for Phase 3 will be requested at Gate 2",
        "Delegate the gate decisions to the Chief Operating Officer",
    ]
    y = H - 4.0 * CM
    for k, ask in enumerate(asks_, start=1):
        d.rect(LEFT + 0.2 * CM, y - 6, 20, 20, NAVY, radius=3)
        d.centred(LEFT + 0.2 * CM + 10, y, str(k), 12, BOLD, WHITE)
        d.text(LEFT + 1.4 * CM, y, ask, 15, SANS, INK, limit=RIGHT - LEFT - 1.4 * CM)
        y -= 1.05 * CM
    d.text(
        LEFT,
        2.0 * CM,
        "Contact: Priya Mendez, Operations Excellence Lead",
        10,
        SANS,
        GREY,
    )
    d.finish()


BENCH_ROWS = [
    ["Alkyd batch cycle time", "22 h", "29 h", "Resin Producers Benchmark Club, 2027"],
    ["Right-first-time rate", "94%", "85%", "Resin Producers Benchmark Club, 2027"],
    ["Energy use per tonne", "1.05 MWh/t", "1.31 MWh/t", "Club members, 2027"],
    ["MOCs closed in 30 days", "97%", "81%", "Club members, 2027"],
    ["Recordable injury rate", "0.9", "2.6", "Club members; BLS, 2027"],
]


def appendix(d: Deck) -> None:
    d.start(
        "APPENDIX",
        "Benchmarks we looked at",
        "Other plants’ results, for comparison only",
    )
    cols = [LEFT, LEFT + 9.0 * CM, LEFT + 13.0 * CM, LEFT + 17.0 * CM, RIGHT]
    d.grid(
        H - 3.6 * CM,
        cols,
        ["Measure", "Top quartile", "Median", "Source"],
        BENCH_ROWS,
        11,
        min_h=0.8 * CM,
    )
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for page in (
        cover,
        plant_in_2028,
        outside_view,
        ambition,
        pillars,
        pillar_one,
        pillar_two,
        pillar_three,
        pillar_four,
        kpi_table,
        roadmap,
        pilot,
        money,
        risks,
        first_90_days,
        governance,
        asks,
        appendix,
    ):
        page(d)
    assert d.page == PAGES, d.page
    if OVERFLOW:
        raise SystemExit("lines overflow their boxes:\n" + "\n".join(OVERFLOW))
    d.save()


# =========================================================================== the org folder

ROSTER_HEAD = ["Role", "Department", "Shift", "Reports to", "Remit"]
ROSTER_ROWS = [
    [
        "Chief Operating Officer",
        "Executive",
        "Days",
        "Chief Executive Officer",
        "Exec sponsor, Right First Batch 2031",
    ],
    [
        "Plant Manager",
        "Plant leadership",
        "Days",
        "Chief Operating Officer",
        "Site results, permits, labor relations; chairs PSM committee",
    ],
    [
        "Operations Manager",
        "Operations",
        "Days",
        "Plant Manager",
        "Reactor trains, tank farm, coatings hall, four crews",
    ],
    [
        "Operations Excellence Lead",
        "Operations",
        "Days",
        "Plant Manager",
        "See steering group terms",
    ],
    [
        "Production Scheduler",
        "Operations",
        "Days",
        "Operations Manager",
        "Batch schedule, campaigns, reactor loading",
    ],
    [
        "Process Safety Manager",
        "EHS",
        "Days",
        "Plant Manager",
        "See PSM committee charter",
    ],
    [
        "EHS Manager",
        "EHS",
        "Days",
        "Plant Manager",
        "Injuries, industrial hygiene, ERT, emergency plan",
    ],
    [
        "Environmental Compliance Specialist",
        "EHS",
        "Days",
        "EHS Manager",
        "Air permit, thermal oxidizer compliance, Tier II, TRI",
    ],
    [
        "Process Engineering Manager",
        "Technical",
        "Days",
        "Plant Manager",
        "Recipes, yields, process changes",
    ],
    [
        "Process Control Engineer",
        "Technical",
        "Days, on call",
        "Process Engineering Manager",
        "Corvane DCS, BatchPro; see PSM committee charter",
    ],
    [
        "Energy and Utilities Engineer",
        "Technical",
        "Days",
        "Process Engineering Manager",
        "Boilers, hot oil, cooling water, compressed air",
    ],
    [
        "Quality Manager",
        "Quality",
        "Days",
        "Plant Manager",
        "Specs, complaints, ISO 9001, certificates",
    ],
    [
        "QC Laboratory Supervisor",
        "Quality",
        "Days; evening tech to 11 pm",
        "Quality Manager",
        "Lab testing, sample turnaround, LabTrack",
    ],
    [
        "Maintenance Manager",
        "Maintenance",
        "Days, on call",
        "Plant Manager",
        "Crews, work orders, turnarounds, WorkLedger",
    ],
    [
        "Reliability and MI Engineer",
        "Maintenance",
        "Days",
        "Maintenance Manager",
        "See PSM committee charter",
    ],
    [
        "Digital Manufacturing Lead",
        "Technical",
        "Days",
        "Plant Manager",
        "See role profile",
    ],
    [
        "IT Site Manager",
        "Corporate IT",
        "Days",
        "Director of IT (corporate)",
        "Network, servers, accounts, OT firewall",
    ],
    [
        "Training Coordinator",
        "Human Resources",
        "Days",
        "Plant Manager",
        "Operator qualification, QualifyPro records",
    ],
    [
        "Plant Controller",
        "Finance",
        "Days",
        "Plant Manager",
        "Budget, capital requests, utility rebates",
    ],
    [
        "Union Safety Committee Co-Chair (Local 418)",
        "Consulted only",
        "A crew",
        "Local 418 members",
        "Consulted on rounds, crews, PPE; owns no actions",
    ],
    [
        "LEPC Chair, Halloran County",
        "Consulted only",
        "n/a",
        "Halloran County Commission",
        "Consulted on the emergency response plan",
    ],
]


def roster_csv() -> bytes:
    """The roster as Excel's "CSV UTF-8" writes it: a byte-order mark, CRLF, minimal quotes."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(ROSTER_HEAD)
    writer.writerows(ROSTER_ROWS)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


ROLE_PROFILE = """
# Role profile: Digital Manufacturing Lead

Tamsett Coatings, Wexcombe plant · Grade M3 · Reports to the Plant Manager · New post, filled
January 2029

## Purpose

Leads the plant's move from paper to electronic operations, so that readings, batch records and
lab results are captured once and can be trusted.

## Accountabilities

- Owns the electronic logsheet program (RoundsPad) and the electronic batch record, from the
  choice of supplier to go-live on each reactor train and in the tank farm.
- Owns the PlantView historian and the links between LabTrack, PlantView, BatchPro and DataHub.
- Owns the measure "resin batches on electronic logsheets" in the metric dictionary.
- Plans the roll-out crew by crew with the Operations Manager, and the RoundsPad training with
  the Training Coordinator.

## Working with others

- The IT Site Manager owns the plant network, including wireless access points, the servers,
  user accounts and the OT firewall; this post asks for network work, it does not do it.
- The Process Control Engineer owns the Corvane DCS and BatchPro recipes.
- The QC Laboratory Supervisor owns LabTrack and the lab's data.

## Experience

Five years in batch chemical or food manufacturing; MES or electronic batch record projects;
working knowledge of ISA-88 batch control.
"""

PSM_CHARTER = """
# Process Safety Management Committee: charter

Wexcombe plant · Revision 6, January 2029 · Owner: Plant Manager

## Purpose

The committee oversees the plant's process safety management program under OSHA's PSM
standard (29 CFR 1910.119) and the prevention program of EPA's Risk Management Program
(40 CFR Part 68). It reviews every process safety deliverable of Right First Batch 2031 before
it goes live.

## Members and what each owns

| Member | Owns |
|---|---|
| Plant Manager (chair) | The PSM program as a whole, the annual PSM review and the process safety culture survey |
| Process Safety Manager (secretary) | Management of change (procedure WEX-PSM-07), process hazard analyses and their five-year revalidation, incident investigation, the RMP, and the measures "Tier 1 and Tier 2 process safety events" and "MOCs closed within 30 days of startup" |
| Reliability and MI Engineer | The mechanical integrity program: ITPM intervals for vessels, piping, relief devices and rotating equipment, inspection records, deficiency closure, and the measure "ITPM tasks on PSM equipment done on time" |
| Maintenance Manager | Carries out ITPM work orders through WorkLedger with the maintenance crews; sets no inspection intervals |
| Process Control Engineer | Safety instrumented functions (proof-test procedures, intervals and records), the DCS alarm system and alarm rationalization |
| Process Engineering Manager | Process safety information for recipes and the technical review of process MOCs |
| Operations Manager | Operating procedures, operator rounds and the pre-startup safety review (signs every PSSR) |
| EHS Manager | The emergency response plan and team, contractor safety and OSHA recordkeeping |
| Training Coordinator | PSM training and operator qualification records in QualifyPro |
| Union Safety Committee Co-Chair (Local 418) | Consulted member for employee participation; owns no actions |

## Consulted outside the committee

The Halloran County LEPC is consulted on any change to the emergency response plan and takes
part in the annual drill; it owns no plant actions.

## Meetings

Monthly, second Thursday. Minutes and actions are kept in SafeTrack.
"""

STEERING_TERMS = """
# Right First Batch 2031: steering group terms of reference

Approved by the Chief Operating Officer, March 2, 2029.

## Purpose

To steer Right First Batch 2031 from April 2029 to September 2031: keep the plan, money and
risks in view, take the gate decisions and report to the board.

## Sponsor and chair

The Chief Operating Officer is the executive sponsor of Right First Batch 2031 and chairs the
steering group.

## Members

- Plant Manager, program owner
- Process Safety Manager, lead of pillar 1 (Safe by design)
- Process Engineering Manager, lead of pillar 2 (Faster, leaner batches)
- Quality Manager, lead of pillar 3 (Right first time)
- Digital Manufacturing Lead, lead of pillar 4 (Paperless shift)
- Plant Controller, for budget and capital requests
- Operations Excellence Lead, secretary

## Program office

The Operations Excellence Lead runs the program office: the integrated plan, the risk log,
benefits tracking and the gate reports. The program office owns none of the plant measures;
their owners are named in the metric dictionary.

## Decisions

- The Chief Operating Officer decides each gate (go, go with conditions, or stop) on the
  steering group's advice.
- Spending inside an approved budget: the Plant Manager up to $250,000 a commitment, the Chief
  Operating Officer above that. New capital above $2M goes to the board.

## Consulted

The co-chair of the Local 418 Union Safety Committee attends for items that touch rounds, crews
or PPE, and is consulted. The Halloran County LEPC is consulted through the EHS Manager on
changes to the emergency response plan. Neither owns program work.

## Cadence

Monthly, first Tuesday. A one-page KPI report goes to the board each quarter, drawn from
DataHub.
"""

SYSTEMS = """
# Wexcombe plant: systems and data

Kept by the Digital Manufacturing Lead with the IT Site Manager. Status as of March 1, 2029.

| System | What it does | Looked after by | Status | Notes |
|---|---|---|---|---|
| Corvane DCS | Basic control of all six reactors, the hot-oil system and the tank farm | Process Control Engineer | In service | Installed 2017; operator screens in the central control room. |
| BatchPro (Corvane batch module) | Recipe sequencing and charging | Process Control Engineer | In service on Train 1 | The BatchPro batch module runs only on Train 1; Trains 2 and 3 are charged and sequenced from paper batch tickets, with setpoints entered by hand. |
| PlantView historian | Every DCS tag at one-second resolution | Digital Manufacturing Lead | In service | Data from 2019 onwards; feeds DataHub. |
| Operator logsheets and batch tickets | Rounds readings, shift log, batch records | Operations Manager | Paper | Logsheets and batch tickets are kept on paper and scanned to the shared drive each week; the scans are not retained beyond three years. |
| LabTrack 4 (LIMS) | Samples, results, certificates of analysis | QC Laboratory Supervisor | Retiring | LabTrack 4 cannot exchange data with PlantView or BatchPro, so lab results are copied onto the batch ticket. LabTrack 4 is due to be switched off by its vendor on June 30, 2030. |
| WorkLedger (CMMS) | Work orders, spares, preventive maintenance | Maintenance Manager | In service | Work order history from 2015. |
| SafeTrack | Incidents, near misses, audit actions, MOC workflow module | Process Safety Manager | In service | MOC workflow module licensed in 2028, ready to configure. |
| QualifyPro | Training records and the operator qualification matrix | Training Coordinator | In service | Every operator's qualifications and PSM refreshers. |
| DataHub | Tamsett's data warehouse, with Power BI dashboards | IT Site Manager | In service | Monthly plant reports since 2022. |
| Orrin ERP | Orders, inventory, costing | Plant Controller | In service | Costs energy by month from the utility bills. |
| RoundsPad | Electronic operator rounds on tablets | Digital Manufacturing Lead | Selected for trial | Two-crew trial planned for May 2029. |
"""

METRICS = """
# Metric dictionary: Right First Batch 2031

Owner: Operations Excellence Lead (keeps this file). Each measure has one owner, who reports it
to the steering group. Baselines are for calendar 2028.

## Tier 1 and Tier 2 process safety events
- Definition: loss-of-primary-containment events as API RP 754 classifies them, counted over the
  last 12 months.
- Owner: Process Safety Manager
- Baseline: 5 (one Tier 1)
- Source: SafeTrack

## MOCs closed within 30 days of startup
- Definition: share of MOCs started up in the month whose drawings, procedures and training were
  complete within 30 days.
- Owner: Process Safety Manager
- Baseline: 58%
- Source: the MOC tracker

## ITPM tasks on PSM equipment done on time
- Definition: inspection, testing and preventive maintenance tasks on PSM-covered equipment done
  by their due date.
- Owner: Reliability and MI Engineer
- Baseline: 74%
- Source: WorkLedger work orders against the ITPM schedule

## Average resin batch cycle time
- Definition: hours from the first raw-material charge to drum-off or transfer, averaged over
  all resin batches.
- Owner: Process Engineering Manager
- Baseline: 31.4 hours (Train 1 27.9, Train 2 34.8, Train 3 31.2)
- Source: BatchPro on Train 1, batch tickets on Trains 2 and 3

## Batches right first time
- Definition: share of batches released with no adds, rework or reblending.
- Owner: Quality Manager
- Baseline: 78%
- Source: LabTrack

## QC turnaround, in-process samples
- Definition: minutes from a sample's arrival at the lab to its result on the batch ticket.
- Owner: QC Laboratory Supervisor
- Baseline: 96 minutes
- Source: LabTrack time stamps

## Energy per tonne of resin
- Definition: natural gas and electricity used by the plant, in MWh, divided by tonnes of resin
  made.
- Owner: Energy and Utilities Engineer
- Baseline: 1.38 MWh per tonne
- Source: utility bills in Orrin ERP; production tonnes from Orrin ERP

## Resin batches on electronic logsheets
- Definition: share of resin batches whose rounds, readings and batch record are captured
  electronically, with no paper logsheet.
- Owner: Digital Manufacturing Lead
- Baseline: 0%
- Source: RoundsPad

## Process safety culture survey score
- Definition: mean score of the annual process safety culture survey, all four crews and day
  staff.
- Owner: Plant Manager
- Baseline: the first survey runs in Q3 2029
- Target: to be set by the steering group after the first survey

## Recordable injury rate (plant measure, outside the plan)
- Definition: OSHA recordable cases per 200,000 hours worked.
- Owner: EHS Manager
- Baseline: 2.1
"""

SITE_PROFILE = """
# Wexcombe plant: site profile

Prepared by the Plant Manager's office for new managers and visitors. January 2029.

## What we make

The Wexcombe plant, in Halloran County, makes alkyd, acrylic and polyester solution resins and
the industrial coatings made from them (coil, protective and general industrial). In 2028 it
made 1,912 batches and shipped 64,300 tonnes to 410 customers.

## Where we make it

- Train 1 (alkyds): reactors R-110 and R-120, thin-down tank T-130; automated with BatchPro in
  2023.
- Train 2 (acrylic solution resins): reactors R-210 and R-220, thin-down tank T-230; 38% of the
  2028 batches.
- Train 3 (polyesters): reactors R-310 and R-320, thin-down tank T-330.
- Tank farm: 42 tanks of solvents and monomers, with rail and truck unloading.
- Coatings hall: 14 dispersers and let-down tanks, and three filling lines.
- QC lab: in-process and release testing for every batch.
- Utilities: two natural-gas boilers, a hot-oil system serving all six reactors, cooling towers,
  compressed air, and the regenerative thermal oxidizer that treats the reactor vents.

## People and shifts

About 350 people work at Wexcombe, 214 of them hourly and represented by Local 418 of the
Process Trades Union. Operations run four crews (A, B, C and D) on 12-hour rotating shifts; each
crew has a shift supervisor, board operators and field operators.

The Training Coordinator keeps every operator's qualification matrix and training records in
QualifyPro and runs the annual PSM refresher for all four crews.

A 24-member site emergency response team, six on each crew, covers fire, spill and rescue. The
EHS Manager owns the emergency response plan and its annual drill with the Halloran County LEPC.

## Hazardous areas and the network

The tank farm and the Train 2 and Train 3 buildings are Class I, Division 2 areas. The control
room and the Train 1 building have had rated wireless access points since 2023. There is no
Wi-Fi in the tank farm or in the Train 2 and Train 3 buildings, and any tablet used there must
be rated for Class I, Division 2.

## Regulation

- OSHA PSM: all three reactor trains and the tank farm are covered processes.
- EPA RMP: Program 3, for the vinyl acetate storage in the tank farm; the last five-year update
  was filed in June 2024.
- Title V air permit for the thermal oxidizer and the reactor vents.
- EPCRA Tier II report each March to the state, the LEPC and the Wexcombe fire department.
"""

AUDIT = """
# 2028 PSM compliance audit: findings and status

Audit under 29 CFR 1910.119(o), carried out November 6 to 10, 2028 by Harrow Bend Process Safety
LLC; report dated December 12, 2028. Status as of March 1, 2029, kept by the Process Safety
Manager for the PSM committee.

| Ref | Element | Finding | Owner | Status |
|---|---|---|---|---|
| F-01 | Mechanical integrity | The ITPM schedule for PSM equipment relies on a spreadsheet kept by the Reliability and MI Engineer; WorkLedger holds the work orders but not the inspection intervals. | Reliability and MI Engineer | Open |
| F-02 | Management of change | The MOC log depends on one person: only the process safety technician can run the Access tracker's queries. | Process Safety Manager | Open |
| F-03 | Safety instrumented systems | The R-210 high-pressure interlock has not been proof-tested since March 2025; its interval is 24 months. | Process Control Engineer | Open |
| F-04 | Operating procedures | The annual certification of Train 3 procedures was signed six weeks late in 2028. | Operations Manager | Closed, January 2029 |
| F-05 | Employee participation | The written plan now names the Local 418 Union Safety Committee. | Plant Manager | Closed, December 2028 |
| F-06 | Emergency planning | Drill with the Halloran County LEPC held in October 2028; lessons recorded in SafeTrack. | EHS Manager | Closed, November 2028 |

Observation (no finding): PSM refresher training records are complete in QualifyPro for all
operators.
"""

MINUTES = """
# Operations leadership meeting: minutes

February 14, 2029, conference room B. Chair: Plant Manager. Present: Operations Manager, Process
Safety Manager, Process Engineering Manager, Quality Manager, Maintenance Manager, Energy and
Utilities Engineer, Digital Manufacturing Lead, Training Coordinator, Plant Controller,
Operations Excellence Lead (notes).

## 1. Energy baseline

The Energy and Utilities Engineer presented the 2028 figure of 1.38 MWh per tonne of resin.
Nobody currently meters steam or hot oil by reactor train; gas and power are metered only at the
site boundary, so energy per batch is estimated from run hours.
Action: Energy and Utilities Engineer to price meters for Train 2 by March 31.

## 2. Cycle time

The Process Engineering Manager showed 2028 cycle times: Train 1 27.9 hours, Train 2 34.8 hours,
Train 3 31.2 hours. Heat-up and waiting for lab results account for most of the gap between
Train 1 and the others.

## 3. Train 2 crews

The Training Coordinator reported that only two of the four crews (A and C) have a board
operator qualified on the Train 2 DCS screens; B and D crews borrow one from Train 1 when needed.
Action: Training Coordinator to qualify a Train 2 board operator on B and D crews by September
2029.

## 4. RoundsPad trial

The Digital Manufacturing Lead will run a two-crew trial of RoundsPad in May. The Plant Manager
will give the Local 418 Union Safety Committee the notice the agreement requires before the
trial starts.

## 5. Steering group

The Chief Operating Officer will chair the Right First Batch steering group from April.

Next meeting: March 14, 2029.
"""

RISK_REGISTER_ROWS = [
    ["ID", "Risk", "Cause", "Owner", "Likelihood", "Impact", "Response", "Status"],
    [
        "R-03",
        "Loss of containment at tank farm unloading",
        "Hose or coupling failure during rail unloading",
        "EHS Manager",
        "Low",
        "High",
        "Unloading procedure, dry-break couplings, ERT drills twice a year.",
        "Open",
    ],
    [
        "R-07",
        "Train 3 automation slips past 2031",
        "Capital",
        "Plant Controller",
        "High",
        "Medium",
        "Train 3 automation is frozen until the 2031 capital round. Train 3 moves to tablets "
        "first.",
        "Open",
    ],
    [
        "R-11",
        "Operators do not take to tablets",
        "Screens designed without the crews",
        "Digital Manufacturing Lead",
        "Medium",
        "High",
        "Two operators from each crew in the design group; two weeks of side-by-side running.",
        "Open",
    ],
    [
        "R-12",
        "Gas price rise",
        "HG&E tariff up 9% from January 2030",
        "Plant Controller",
        "High",
        "Medium",
        "Energy work in pillar 2; hedge half of 2030 gas with the corporate buyer.",
        "Open",
    ],
    [
        "R-14",
        "Proof-test contractor not available",
        "Two regional contractors, both busy in Q4",
        "Process Control Engineer",
        "Medium",
        "High",
        "Book the Q4 2029 turnaround crew in April 2029.",
        "Open",
    ],
]


def risk_register_tsv() -> str:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter="\t", lineterminator="\n").writerows(RISK_REGISTER_ROWS)
    return out.getvalue()


EMAIL = """
From: Alan Petrakis, Plant Controller
Sent: Thursday, February 22, 2029 4:12 PM
To: Keisha Doyle, Energy and Utilities Engineer
Cc: Renata Hollis, Plant Manager
Subject: RE: TO heat recovery - rebate and capital

Keisha,

Thanks for the numbers. Where we stand: the thermal oxidizer heat recovery project ($2.05M) is
awaiting funding, and HG&E's rebate would cover at most $410,000 of it if we apply by June 30,
2029. I have put it on the list for the 2030 capital round.

For the rebate HG&E wants a measurement plan for the savings, so the steam meters on Train 2
will help us.

Alan

-----Original Message-----
From: Keisha Doyle, Energy and Utilities Engineer
Sent: Wednesday, February 21, 2029 9:03 AM
To: Alan Petrakis, Plant Controller
Subject: TO heat recovery - rebate and capital

Alan, the vendor quote for recovering thermal oxidizer heat into boiler feedwater came in at
$2.05M, with savings of about $520,000 a year at today's gas price. Can we talk about funding?

Keisha
"""

UNION_PARAGRAPHS = [
    ("Title", "Article 14: Safety and health (extract)"),
    (
        "Normal",
        "Agreement between Tamsett Coatings, Inc. (Wexcombe plant) and Local 418 of the Process "
        "Trades Union, in force from June 1, 2026 to May 31, 2031. Extract prepared by the Plant "
        "Manager's office for Right First Batch 2031.",
    ),
    ("Heading 2", "14.2 Union Safety Committee"),
    (
        "Normal",
        "The Union Safety Committee has four members and a co-chair elected by the members. The "
        "co-chair sits on the plant's PSM committee as a consulted member.",
    ),
    ("Heading 2", "14.4 Changes to work"),
    (
        "Normal",
        "The Union Safety Committee must be consulted before any change to operator rounds, crew "
        "size or the rotating shift pattern, with 30 days' written notice from the Plant Manager.",
    ),
    ("Heading 2", "14.5 Inspections"),
    (
        "Normal",
        "The committee may walk any area of the plant with the EHS Manager once a month.",
    ),
    ("Heading 2", "14.6 Process hazard analyses"),
    (
        "Normal",
        "At least one hourly operator from the unit sits on every process hazard analysis team.",
    ),
    ("Heading 2", "14.8 Role of the committee"),
    (
        "Normal",
        "The Union Safety Committee and its co-chair are consulted; they do not own or manage "
        "company work.",
    ),
]


def union_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    for kind, text in UNION_PARAGRAPHS:
        if kind == "Title":
            doc.add_heading(text, level=0)
        elif kind == "Heading 2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Plant Manager's office",
        last_modified_by="Plant Manager's office",
        title="Local 418 agreement, Article 14 (extract)",
        created=datetime(2029, 2, 5, 10, 0, 0),
        modified=datetime(2029, 2, 5, 10, 0, 0),
        revision=1,
    )


ORG_TEXT = {
    "people/role-profile-digital-manufacturing-lead.md": ROLE_PROFILE,
    "governance/psm-committee-charter.md": PSM_CHARTER,
    "governance/right-first-batch-steering-group-terms.md": STEERING_TERMS,
    "systems/systems-and-data.md": SYSTEMS,
    "measures/metric-dictionary.md": METRICS,
    "context/wexcombe-site-profile.md": SITE_PROFILE,
    "context/psm-compliance-audit-2028-findings.md": AUDIT,
    "context/ops-leadership-minutes-2029-02-14.md": MINUTES,
    "context/email-re-to-heat-recovery-rebate.txt": EMAIL,
}


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/people/plant-roster.csv"] = roster_csv()
    files["org/context/plant-risk-register-export.tsv"] = risk_register_tsv()
    files["org/governance/local-418-agreement-article-14-extract.docx"] = union_docx()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
