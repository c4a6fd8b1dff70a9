"""Build the dev20 case ``ardley-met``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx. reportlab is not in the project's lock, so use (or make) a separate venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev20/build_ardley_met.py [out-folder]

The deck's fonts are DejaVu Sans, Sans Bold and Sans Oblique, embedded from
``/usr/share/fonts/truetype/dejavu/`` (Debian's ``fonts-dejavu-core``).

Writes, under ``evals/dev20/ardley-met/`` (or ``<out-folder>/ardley-met/``), every file of the
case but ``gold.json``:

- ``ahead-of-the-weather-board-8mar2028.pdf``: a national meteorological and hydrological
  service's modernisation plan as a LaTeX Beamer PDF would come out of pdflatex, imitated
  with reportlab's canvas (pdflatex is not installed): 4:3 pages of 128 x 96 mm, a Madrid /
  Berlin look. Every frame carries a HEADLINE naming all five sections of the talk (the
  current one white, the others grey) with a row of mini-frame circles under each (the
  current frame's circle filled), a FOOTLINE of three boxes (short author, short title, date
  and "frame / total"), and navigation symbols drawn as small grey shapes at the bottom right.
  Frame titles sit in a coloured bar with a subtitle; itemize bullets are drawn balls (a
  smaller ball at the second level), enumerate numbers are white digits in filled balls;
  Beamer blocks (block, alertblock, exampleblock) have a coloured title bar over a tinted
  body; one frame has two columns; the KPI table is typeset as booktabs (three rules, no
  vertical lines); the roadmap is a TikZ-looking timeline of lines, circles and labels on
  the financial-year clock. There is a title page, a section page per section (the name
  alone in a rounded box), a "Questions?" frame and an appendix frame. One frame is built
  with \\pause: it is printed twice in a row as two PDF pages, the first with two of its
  four items, and both pages carry the same frame number in the footline (Beamer counts
  frames, not pages), so 20 pages carry frame numbers 1 to 19.

  Text is written as pdfTeX writes it: one text object per line, words in TJ arrays with the
  space between them a negative displacement (no space glyph is drawn), a few kerning pairs
  as small positive displacements, long words hyphenated at the end of a line, en dashes
  from "--". The Creator and Producer are pdfTeX's; sections are PDF bookmarks.
- ``org/``: the roster as a vCard 3.0 file exported from the programme office's address book
  (``people/programme-contacts.vcf``: CRLF line ends, NOTE lines folded at 75 octets with a
  CRLF and one space, commas and semicolons escaped), the Modernisation Board's terms of
  reference, an extract of the trade union recognition agreement (DOCX), the observing
  network inventory, the forecasting, computing and data systems note, the measure
  definitions, the 2027 peer review summary, the flood forecasting memorandum, the aviation
  contract summary, the WMO obligations note, the Users' Advisory Panel's terms, the Caddon
  catchment profile and an email from the National Park Authority about the Ben Tarsk mast.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, fixed core properties and ZIP times for the DOCX (through
``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev20").
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "ardley-met"
DECK = "ahead-of-the-weather-board-8mar2028.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBL = "DejaVuSans-Oblique"

MM = 72 / 25.4
W, H = 128 * MM, 96 * MM  # Beamer's default 4:3 paper, 362.83 x 272.13 pt
MARGIN = 1 * MM * 10  # Beamer's 1 cm side margins
TEXT_W = W - 2 * MARGIN

Color = tuple[float, float, float]

STRUCT: Color = (0.2, 0.2, 0.7)  # Beamer's structure colour
DARK: Color = (0.1, 0.1, 0.35)
MID: Color = (0.15, 0.15, 0.525)
LIGHT: Color = (0.8, 0.8, 0.93)
BODY_BG: Color = (0.92, 0.92, 0.97)
ALERT: Color = (0.8, 0.0, 0.0)
ALERT_BG: Color = (0.98, 0.9, 0.9)
EXAMPLE: Color = (0.0, 0.5, 0.0)
EXAMPLE_BG: Color = (0.9, 0.95, 0.9)
INK: Color = (0.0, 0.0, 0.0)
GREY: Color = (0.55, 0.55, 0.7)
WHITE: Color = (1.0, 1.0, 1.0)
NAV: Color = (0.72, 0.72, 0.86)

SECTIONS = ["Context", "Ambition", "Programme", "Roadmap", "Delivery"]
SHORT_AUTHOR = "I. Halloran (DG)"
SHORT_TITLE = "Ahead of the Weather"
SHORT_DATE = "Board, 8 March 2028"

# LaTeX's hyphenation points for the words this deck may break at a line end
HYPHENS = {
    "modernisation": ["modern", "isation"],
    "polarisation": ["polar", "isation"],
    "supercomputer": ["super", "computer"],
    "telemetered": ["tele", "metered"],
    "observations": ["obser", "vations"],
    "consultation": ["consul", "tation"],
    "Meteorological": ["Meteoro", "logical"],
    "catchments": ["catch", "ments"],
    "forecasters": ["fore", "casters"],
    "Environment": ["Envi", "ronment"],
    "petaflops": ["peta", "flops"],
    "threshold": ["thresh", "old"],
    "reporting": ["re", "porting"],
}

# pdfTeX keeps the font's kerning: a few pairs, in thousandths of an em (positive: closer)
KERNS = {"Te": 70, "To": 70, "Ta": 60, "Wa": 50, "Ye": 60, "Av": 40, "ry": 20, "y.": 40,
         "P.": 60, "r.": 40, "r,": 40, "LT": 60, "AT": 50}  # fmt: skip


def register_fonts() -> None:
    for name, file in [(SANS, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (OBL, "DejaVuSans-Oblique.ttf")]:  # fmt: skip
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


# =========================================================================== text as pdfTeX writes it


@dataclass
class Run:
    """A piece of one line in one font, size and colour."""

    text: str
    font: str = SANS
    size: float = 8.5
    color: Color = INK


def run_width(runs: list[Run]) -> float:
    return sum(stringWidth(r.text, r.font, r.size) for r in runs)


def _escape(data: bytes) -> str:
    out = []
    for b in data:
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return "".join(out)


class TeX:
    """Writes text into the page's content stream as pdfTeX does: TJ arrays, no space glyphs."""

    def __init__(self, c: rl_canvas.Canvas) -> None:
        self.c = c

    def _word_ops(self, word: str, font_name: str, size: float, state: dict) -> list[str]:
        font = pdfmetrics.getFont(font_name)
        ops: list[str] = []
        # split into kerning chunks
        chunks: list[tuple[str, int]] = []
        start = 0
        for i in range(len(word) - 1):
            k = KERNS.get(word[i : i + 2])
            if k:
                chunks.append((word[start : i + 1], k))
                start = i + 1
        chunks.append((word[start:], 0))
        for text, kern in chunks:
            for subset, data in font.splitString(text, self.c._doc):
                name = font.getSubsetInternalName(subset, self.c._doc)
                if state.get("tf") != (name, size):
                    if state["arr"]:
                        ops.append("[" + " ".join(state["arr"]) + "] TJ")
                        state["arr"] = []
                    ops.append(f"{name} {size:g} Tf")
                    state["tf"] = (name, size)
                state["arr"].append("(" + _escape(data) + ")")
            if kern:
                state["arr"].append(str(kern))
        return ops

    def lines(self, pieces: list[tuple[float, float, list[Run]]]) -> None:
        """Lines of runs at absolute positions, all in one text object (BT ... ET). A straight
        apostrophe is set as TeX sets it, the right single quote (U+2019)."""
        code = ["BT"]
        state: dict = {"arr": [], "tf": None, "rg": None}
        lx = ly = 0.0
        for x, y, runs in pieces:
            if state["arr"]:
                code.append("[" + " ".join(state["arr"]) + "] TJ")
                state["arr"] = []
            code.append(f"{x - lx:.3f} {y - ly:.3f} Td")
            lx, ly = x, y
            started = False
            for r in runs:
                if state["rg"] != r.color:
                    if state["arr"]:
                        code.append("[" + " ".join(state["arr"]) + "] TJ")
                        state["arr"] = []
                    code.append("{:.3f} {:.3f} {:.3f} rg".format(*r.color))
                    state["rg"] = r.color
                space = round(stringWidth(" ", r.font, 1000))
                lead_space = r.text.startswith(" ")
                for i, word in enumerate(w for w in r.text.split(" ") if w):
                    if started and (i > 0 or lead_space):
                        state["arr"].append(str(-space))
                    code.extend(self._word_ops(word.replace("'", "\u2019"), r.font, r.size, state))
                    started = True
        if state["arr"]:
            code.append("[" + " ".join(state["arr"]) + "] TJ")
        code.append("ET")
        self.c._code.append(" ".join(code))

    def line(self, x: float, y: float, runs: list[Run], align: str = "left") -> None:
        w = run_width(runs)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        self.lines([(x, y, runs)])


# =========================================================================== drawing elements


def fill(c, color: Color) -> None:
    c.setFillColorRGB(*color)


def stroke(c, color: Color) -> None:
    c.setStrokeColorRGB(*color)


def ball(c, x: float, y: float, r: float, color: Color = STRUCT) -> None:
    """Beamer's rounded-theme ball: a shaded sphere, drawn as a disc and a highlight."""
    fill(c, color)
    c.circle(x, y, r, stroke=0, fill=1)
    hl = tuple(min(1.0, v + 0.35) for v in color)
    fill(c, hl)  # type: ignore[arg-type]
    c.circle(x - r * 0.32, y + r * 0.32, r * 0.38, stroke=0, fill=1)


class Element:
    visible = True

    def height(self, width: float) -> float:
        raise NotImplementedError

    def draw(self, c, tex: TeX, x: float, top: float, width: float) -> None:
        raise NotImplementedError


@dataclass
class Space(Element):
    h: float

    def height(self, width: float) -> float:
        return self.h

    def draw(self, c, tex, x, top, width) -> None:
        pass


@dataclass
class Para(Element):
    """A ragged-right paragraph. ``[[...]]`` in the text is \\alert{...}: red, in the same font."""

    text: str
    size: float = 8.5
    font: str = SANS
    color: Color = INK
    align: str = "left"
    leading: float = 1.22
    visible: bool = True

    def _tokens(self) -> list[tuple[str, Color]]:
        out: list[tuple[str, Color]] = []
        for k, part in enumerate(re.split(r"\[\[|\]\]", self.text)):
            color = ALERT if k % 2 else self.color
            out.extend((w, color) for w in part.split(" ") if w)
        return out

    def _lines(self, width: float) -> list[list[Run]]:
        tokens = self._tokens()
        space = stringWidth(" ", self.font, self.size)
        lines: list[list[tuple[str, Color]]] = []
        line: list[tuple[str, Color]] = []
        used = 0.0
        i = 0
        while i < len(tokens):
            word, color = tokens[i]
            w = stringWidth(word, self.font, self.size)
            need = w if not line else used + space + w
            if need <= width or not line:
                line.append((word, color))
                used = need
                i += 1
                continue
            bare = word.rstrip(",.;:)")
            splits = [
                (word[: k + 1], word[k + 1 :]) for k in range(len(word) - 1) if word[k] == "-"
            ]
            if bare in HYPHENS:
                head, tail = HYPHENS[bare]
                splits.append((head + "-", tail + word[len(bare) :]))
            for head, tail in sorted(splits, key=lambda p: -len(p[0])):
                # TeX breaks after an explicit hyphen, or at a pattern's hyphenation point
                if used + space + stringWidth(head, self.font, self.size) <= width:
                    line.append((head, color))
                    tokens[i] = (tail, color)
                    break
            lines.append(line)
            line, used = [], 0.0
        if line:
            lines.append(line)
        out: list[list[Run]] = []
        for ln in lines:
            runs: list[Run] = []
            for word, color in ln:
                if runs and runs[-1].color == color:
                    runs[-1].text += " " + word
                else:
                    runs.append(Run(word if not runs else " " + word, self.font, self.size, color))
            out.append(runs)
        return out

    def height(self, width: float) -> float:
        return len(self._lines(width)) * self.size * self.leading

    def draw(self, c, tex, x, top, width) -> None:
        if not self.visible:
            return
        step = self.size * self.leading
        pieces = []
        for k, runs in enumerate(self._lines(width)):
            y = top - self.size * 0.95 - k * step
            lx = x
            if self.align == "center":
                lx = x + (width - run_width(runs)) / 2
            pieces.append((lx, y, runs))
        tex.lines(pieces)


@dataclass
class Item(Element):
    """An itemize item (a ball) or an enumerate item (a number in a ball)."""

    text: str
    level: int = 1
    number: int | None = None
    size: float = 8.5
    font: str = SANS
    color: Color = INK
    marker: Color = STRUCT
    visible: bool = True
    after: float = 1.6

    def _indent(self) -> float:
        return 15.0 if self.level == 1 else 28.0

    def _para(self) -> Para:
        return Para(self.text, self.size, self.font, self.color)

    def height(self, width: float) -> float:
        return self._para().height(width - self._indent()) + self.after

    def draw(self, c, tex, x, top, width) -> None:
        if not self.visible:
            return
        ind = self._indent()
        cy = top - self.size * 0.62
        if self.number is not None:
            r = self.size * 0.62
            ball(c, x + ind - 8.0, cy, r, self.marker)
            tex.line(
                x + ind - 8.0,
                cy - self.size * 0.3,
                [Run(str(self.number), BOLD, self.size * 0.8, WHITE)],
                "center",
            )
        elif self.level == 1:
            ball(c, x + ind - 8.5, cy, self.size * 0.33, self.marker)
        else:
            ball(c, x + ind - 7.5, cy, self.size * 0.24, self.marker)
        self._para().draw(c, tex, x + ind, top, width - ind)


@dataclass
class Block(Element):
    """A Beamer block: a title bar over a tinted body holding other elements."""

    title: str
    body: list[Element]
    kind: str = "block"  # block, alert, example
    title_size: float = 8.5
    pad: float = 4.0
    visible: bool = True

    def _colors(self) -> tuple[Color, Color]:
        return {"block": (STRUCT, BODY_BG), "alert": (ALERT, ALERT_BG),
                "example": (EXAMPLE, EXAMPLE_BG)}[self.kind]  # fmt: skip

    def _bar(self) -> float:
        return self.title_size * 1.55

    def height(self, width: float) -> float:
        inner = sum(e.height(width - 2 * self.pad) for e in self.body)
        return self._bar() + inner + 2 * self.pad

    def draw(self, c, tex, x, top, width) -> None:
        if not self.visible:
            return
        head, body = self._colors()
        h = self.height(width)
        bar = self._bar()
        fill(c, body)
        c.roundRect(x, top - h, width, h, 3, stroke=0, fill=1)
        fill(c, head)
        c.roundRect(x, top - bar, width, bar, 3, stroke=0, fill=1)
        c.rect(x, top - bar, width, bar / 2, stroke=0, fill=1)
        tex.line(
            x + self.pad,
            top - bar + self.title_size * 0.45,
            [Run(self.title, SANS, self.title_size, WHITE)],
        )
        y = top - bar - self.pad
        for e in self.body:
            e.draw(c, tex, x + self.pad, y, width - 2 * self.pad)
            y -= e.height(width - 2 * self.pad)


@dataclass
class Columns(Element):
    left: list[Element]
    right: list[Element]
    split: float = 0.5
    gap: float = 8.0

    def _widths(self, width: float) -> tuple[float, float]:
        lw = (width - self.gap) * self.split
        return lw, width - self.gap - lw

    def height(self, width: float) -> float:
        lw, rw = self._widths(width)
        return max(sum(e.height(lw) for e in self.left), sum(e.height(rw) for e in self.right))

    def draw(self, c, tex, x, top, width) -> None:
        lw, rw = self._widths(width)
        y = top
        for e in self.left:
            e.draw(c, tex, x, y, lw)
            y -= e.height(lw)
        y = top
        for e in self.right:
            e.draw(c, tex, x + lw + self.gap, y, rw)
            y -= e.height(rw)


@dataclass
class Booktabs(Element):
    """A tabular with \\toprule, \\midrule and \\bottomrule and no vertical lines."""

    head: list[str]
    rows: list[list[str]]
    widths: list[float]  # fractions of the width
    aligns: list[str]
    size: float = 7.0
    visible: bool = True

    def _row_h(self) -> float:
        return self.size * 1.45

    def height(self, width: float) -> float:
        return self._row_h() * (len(self.rows) + 1) + 6

    def draw(self, c, tex, x, top, width) -> None:
        cols = [f * width for f in self.widths]
        rh = self._row_h()
        stroke(c, INK)
        c.setLineWidth(0.8)
        c.line(x, top, x + width, top)
        y = top - 1.5

        def row(cells: list[str], font: str, ytop: float) -> None:
            base = ytop - rh + self.size * 0.45
            pieces = []
            cx = x
            for cell, cw, al in zip(cells, cols, self.aligns, strict=True):
                runs = [Run(cell, font, self.size, INK)]
                w = run_width(runs)
                px = cx + 3 if al == "l" else (cx + cw - 3 - w if al == "r" else cx + (cw - w) / 2)
                pieces.append((px, base, runs))
                cx += cw
            tex.lines(pieces)

        row(self.head, BOLD, y)
        y -= rh + 1.5
        c.setLineWidth(0.5)
        c.line(x, y + 0.75, x + width, y + 0.75)
        for cells in self.rows:
            row(cells, SANS, y)
            y -= rh
        c.setLineWidth(0.8)
        c.line(x, y - 1.5, x + width, y - 1.5)


@dataclass
class Indent(Element):
    """An element set in from the left, as text under an item's label."""

    inner: Element
    dx: float = 15.0

    def height(self, width: float) -> float:
        return self.inner.height(width - self.dx)

    def draw(self, c, tex, x, top, width) -> None:
        self.inner.draw(c, tex, x + self.dx, top, width - self.dx)


@dataclass
class Custom(Element):
    h: float
    fn: object = None

    def height(self, width: float) -> float:
        return self.h

    def draw(self, c, tex, x, top, width) -> None:
        self.fn(c, tex, x, top, width)  # type: ignore[operator]


# =========================================================================== frame furniture


@dataclass
class Frame:
    number: int  # Beamer's frame number
    section: int | None  # index into SECTIONS, None before the first section
    kind: str = "frame"  # frame, title, section, questions
    title: str = ""
    subtitle: str = ""
    body: list[Element] = field(default_factory=list)
    valign: str = "c"


HEAD_H = 19.0
TITLE_H = 25.0
FOOT_H = 9.0
CONTENT_TOP = H - HEAD_H - TITLE_H - 5
CONTENT_BOTTOM = FOOT_H + 11


def headline(c, tex: TeX, frames_by_section: list[list[int]], section: int | None, frame: int,
             dests: list[str]) -> None:  # fmt: skip
    fill(c, DARK)
    c.rect(0, H - HEAD_H, W, HEAD_H, stroke=0, fill=1)
    x = 6.0
    size = 5.6
    pieces = []
    for k, name in enumerate(SECTIONS):
        color = WHITE if k == section else GREY
        pieces.append((x, H - 7.5, [Run(name, SANS, size, color)]))
        nw = stringWidth(name, SANS, size)
        cx = x + 2.0
        for f in frames_by_section[k]:
            stroke(c, color)
            fill(c, color)
            c.setLineWidth(0.4)
            c.circle(cx, H - 13.0, 1.35, stroke=1, fill=1 if f == frame else 0)
            cx += 4.2
        c.linkAbsolute("", dests[k], (x, H - HEAD_H, x + nw, H), thickness=0)
        x += max(nw, cx - x) + 14.0
    tex.lines(pieces)


def footline(c, tex: TeX, number: int, total: int) -> None:
    third = W / 3
    size = 5.6
    for k, color in enumerate([DARK, MID, LIGHT]):
        fill(c, color)
        c.rect(k * third, 0, third + 0.2, FOOT_H, stroke=0, fill=1)
    y = 3.0
    tex.line(third / 2, y, [Run(SHORT_AUTHOR, SANS, size, WHITE)], "center")
    tex.line(third * 1.5, y, [Run(SHORT_TITLE, SANS, size, WHITE)], "center")
    tex.line(third * 2.45, y, [Run(SHORT_DATE, SANS, size, DARK)], "center")
    tex.line(W - 5, y, [Run(f"{number} / {total}", SANS, size, DARK)], "right")


def nav_symbols(c) -> None:
    """The navigation bar: slide, frame, subsection, section, document, search, as glyphs."""
    fill(c, NAV)
    stroke(c, NAV)
    c.setLineWidth(0.5)
    y = FOOT_H + 4.2
    x = W - 100.0

    def tri(x0: float, left: bool) -> None:
        p = c.beginPath()
        if left:
            p.moveTo(x0 + 2.4, y + 1.6)
            p.lineTo(x0, y)
            p.lineTo(x0 + 2.4, y - 1.6)
        else:
            p.moveTo(x0, y + 1.6)
            p.lineTo(x0 + 2.4, y)
            p.lineTo(x0, y - 1.6)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    for glyph in ("slide", "frame", "subsection", "section", "doc"):
        tri(x, True)
        x += 3.6
        if glyph == "slide":
            c.rect(x, y - 1.6, 2.4, 3.2, stroke=1, fill=0)
            x += 3.4
        elif glyph == "frame":
            c.rect(x, y - 1.8, 3.0, 3.6, stroke=1, fill=0)
            c.rect(x + 0.8, y - 1.0, 3.0, 3.6, stroke=1, fill=0)
            x += 4.8
        elif glyph == "subsection":
            for k in range(3):
                c.line(x, y - 1.4 + k * 1.4, x + 3.2, y - 1.4 + k * 1.4)
            x += 4.2
        elif glyph == "section":
            c.rect(x, y - 1.8, 4.0, 3.6, stroke=1, fill=0)
            c.line(x + 0.8, y, x + 3.2, y)
            x += 5.0
        else:
            c.rect(x, y - 2.0, 3.0, 4.0, stroke=1, fill=0)
            c.line(x + 0.6, y + 0.8, x + 2.4, y + 0.8)
            x += 4.0
        tri(x, False)
        x += 6.5
    # search: a circle arc and an arrow (the "back" and "forward" of Beamer's last symbol)
    c.circle(x + 1.8, y, 1.8, stroke=1, fill=0)
    c.line(x + 5.0, y - 1.2, x + 7.2, y + 1.2)


def frame_title(c, tex: TeX, title: str, subtitle: str) -> None:
    top = H - HEAD_H
    fill(c, (0.78, 0.78, 0.84))
    c.rect(0, top - TITLE_H - 1.2, W, 1.2, stroke=0, fill=1)  # Warsaw's shadow
    fill(c, STRUCT)
    c.rect(0, top - TITLE_H, W, TITLE_H, stroke=0, fill=1)
    if subtitle:
        tex.lines([(MARGIN * 0.6, top - 11.5, [Run(title, BOLD, 10.5, WHITE)]),
                   (MARGIN * 0.6, top - 20.5, [Run(subtitle, SANS, 7.0, (0.85, 0.85, 0.95))])])  # fmt: skip
    else:
        tex.line(MARGIN * 0.6, top - 15.5, [Run(title, BOLD, 10.5, WHITE)])


def draw_body(c, tex: TeX, body: list[Element], valign: str, top: float = CONTENT_TOP,
              bottom: float = CONTENT_BOTTOM) -> None:  # fmt: skip
    total = sum(e.height(TEXT_W) for e in body)
    if total > top - bottom + 0.5:
        raise ValueError(f"frame body too tall: {total:.1f} > {top - bottom:.1f}")
    y = top if valign == "t" else top - (top - bottom - total) / 2
    for e in body:
        e.draw(c, tex, MARGIN, y, TEXT_W)
        y -= e.height(TEXT_W)


def title_page(c, tex: TeX) -> None:
    box_w, box_h = W - 2 * MARGIN - 20, 44.0
    bx, by = (W - box_w) / 2, 160.0
    fill(c, (0.7, 0.7, 0.8))
    c.roundRect(bx + 1.5, by - 1.5, box_w, box_h, 4, stroke=0, fill=1)
    fill(c, STRUCT)
    c.roundRect(bx, by, box_w, box_h, 4, stroke=0, fill=1)
    tex.lines(
        [
            (
                W / 2 - stringWidth(SHORT_TITLE, BOLD, 15) / 2,
                by + 25,
                [Run(SHORT_TITLE, BOLD, 15, WHITE)],
            ),
        ]
    )
    sub = "Modernising Ardley's observations, forecasts and warnings, 2028–2032"
    tex.line(W / 2, by + 10, [Run(sub, SANS, 7.4, (0.9, 0.9, 1.0))], "center")
    tex.line(W / 2, 132, [Run("Dr Ines Halloran, Director General", SANS, 8.5, INK)], "center")
    tex.line(
        W / 2,
        114,
        [Run("Ardley Meteorological and Hydrological Service (Ardley Met)", SANS, 6.8, INK)],
        "center",
    )
    tex.line(
        W / 2, 98, [Run("Executive Board · 8 March 2028 · for decision", SANS, 7.5, INK)], "center"
    )
    tex.line(W / 2, 70, [Run("Paper EB/2028/07 · Official", OBL, 6.0, GREY)], "center")


def section_page(c, tex: TeX, name: str) -> None:
    size = 11.0
    w = stringWidth(name, SANS, size) + 40
    bx, by = (W - w) / 2, H / 2 - 22
    fill(c, STRUCT)
    c.roundRect(bx, by, w, 24, 4, stroke=0, fill=1)
    tex.line(W / 2, by + 8.5, [Run(name, SANS, size, WHITE)], "center")


def questions_page(c, tex: TeX) -> None:
    tex.line(W / 2, H / 2 + 4, [Run("Questions?", BOLD, 16, STRUCT)], "center")
    tex.line(
        W / 2,
        H / 2 - 18,
        [Run("ines.halloran@ardleymet.gov.ay · +388 1 640 2200", SANS, 7.0, INK)],
        "center",
    )


# =========================================================================== the roadmap (a TikZ picture)

FY = ["2028/29", "2029/30", "2030/31", "2031/32"]


def roadmap(c, tex: TeX, x: float, top: float, width: float) -> None:
    left, right = x + 4, x + width - 4
    span = right - left

    def mx(month: float) -> float:
        return left + span * month / 48

    axis_y = top - 92
    c.setLineWidth(0.4)
    stroke(c, INK)
    # financial-year bands with their labels above
    pieces = []
    for k, fy in enumerate(FY):
        x0, x1 = mx(12 * k), mx(12 * k + 12)
        fill(c, (0.95, 0.95, 0.98) if k % 2 == 0 else (0.9, 0.9, 0.96))
        c.rect(x0, axis_y - 66, x1 - x0, 66 + 70, stroke=0, fill=1)
        pieces.append(
            (
                (x0 + x1) / 2 - stringWidth(fy, BOLD, 6.2) / 2,
                axis_y + 73,
                [Run(fy, BOLD, 6.2, STRUCT)],
            )
        )
    tex.lines(pieces)
    # the axis, an arrow, quarter ticks
    c.line(left - 2, axis_y, right + 4, axis_y)
    p = c.beginPath()
    p.moveTo(right + 6, axis_y)
    p.lineTo(right + 2.5, axis_y + 1.6)
    p.lineTo(right + 2.5, axis_y - 1.6)
    p.close()
    fill(c, INK)
    c.drawPath(p, stroke=0, fill=1)
    ticks = []
    for q in range(17):
        h = 3.0 if q % 4 == 0 else 1.6
        c.line(mx(3 * q), axis_y - h, mx(3 * q), axis_y + h)
        if q < 16:
            ticks.append(
                (mx(3 * q + 1.5) - 2.5, axis_y - 7.5, [Run(f"Q{q % 4 + 1}", SANS, 3.8, GREY)])
            )
    tex.lines(ticks)
    # phases: thick bars above the axis, labels staggered
    phases = [
        (0, 9, "Phase 1 · Foundations", "Apr–Dec 2028", (0.55, 0.55, 0.85), 0),
        (9, 24, "Phase 2 · Prove it in the Caddon", "Jan 2029–Mar 2030", (0.35, 0.35, 0.78), 1),
        (24, 42, "Phase 3 · National roll-out", "Apr 2030–Sep 2031", (0.2, 0.2, 0.7), 0),
        (42, 48, "Phase 4 · Embed", "Oct 2031–Mar 2032", (0.12, 0.12, 0.45), 1),
    ]
    labels = []
    for a, b, name, when, color, row in phases:
        y0 = axis_y + 6 + (row * 0)
        fill(c, color)
        c.roundRect(mx(a) + 0.6, y0, mx(b) - mx(a) - 1.2, 7, 2, stroke=0, fill=1)
        ly = axis_y + 24 + row * 20
        stroke(c, color)
        c.setLineWidth(0.3)
        c.line(mx(a) + 3, y0 + 7, mx(a) + 3, ly - 7)
        lx = mx(a) + 1 if b < 48 else mx(b) - stringWidth(name, BOLD, 5.4) - 1
        labels.append((lx, ly, [Run(name, BOLD, 5.4, INK)]))
        lx2 = mx(a) + 1 if b < 48 else mx(b) - stringWidth(when, SANS, 5.0) - 1
        labels.append((lx2, ly - 6.2, [Run(when, SANS, 5.0, INK)]))
    tex.lines(labels)
    # gates: circles on the axis, their names under it
    gates = [
        (9, "G1", "pilot ready", "Dec 2028"),
        (24, "G2", "go/no-go for national roll-out", "Mar 2030"),
        (42, "G3", "hand-over to operations", "Sep 2031"),
    ]
    stroke(c, INK)
    c.setLineWidth(0.4)
    glabels = []
    for m, g, _what, _when in gates:
        fill(c, WHITE)
        c.circle(mx(m), axis_y, 4.2, stroke=1, fill=1)
        glabels.append(
            (mx(m) - stringWidth(g, BOLD, 4.6) / 2, axis_y - 1.6, [Run(g, BOLD, 4.6, INK)])
        )
    tex.lines(glabels)
    under = []
    for k, (m, g, what, when) in enumerate(gates):
        ly = axis_y - 15 - (k % 2) * 7
        text = f"{g} {when}: {what}"
        w = stringWidth(text, SANS, 5.0)
        lx = min(max(mx(m) - w / 2, left), right - w)
        under.append((lx, ly, [Run(text, SANS, 5.0, ALERT)]))
    tex.lines(under)
    # milestones: small filled circles below, on a second line
    miles: list[tuple[float, str, int]] = [
        (11, "Mar 2029: contract for Aster's successor", 0),
        (23.5, "Mar 2030: new supercomputer live", 1),
        (30, "Oct 2030: Corran Hill radar live", 2),
        (33, "Winter 2030/31: impact-based warnings nationwide", 3),
        (36, "Apr 2031: hourly 1 km model", 4),
    ]
    mlabels = []
    for month, text, row in miles:
        my = axis_y - 31 - row * 7
        fill(c, STRUCT)
        c.circle(mx(month), axis_y - 3.2, 1.3, stroke=0, fill=1)
        stroke(c, GREY)
        c.setLineWidth(0.25)
        c.line(mx(month), axis_y - 4.5, mx(month), my + 2.5)
        w = stringWidth(text, SANS, 5.0)
        lx = mx(month) + 2 if mx(month) + 2 + w < right else mx(month) - 2 - w
        mlabels.append((lx, my, [Run(text, SANS, 5.0, INK)]))
    tex.lines(mlabels)
    tex.line(
        x,
        axis_y - 68,
        [Run("Month 0 = April 2028. Financial years run April to March.", OBL, 5.6, INK)],
    )


# =========================================================================== the deck's frames


def S(text: str, **kw) -> Para:  # noqa: N802
    return Para(text, **kw)


def B(text: str, **kw) -> Item:  # noqa: N802
    return Item(text, **kw)


def frames() -> list[tuple[Frame, int]]:
    """(frame, overlay) for every PDF page, in order; overlay 0 is a frame's only page."""
    small = 7.6
    f: list[tuple[Frame, int]] = []
    f.append((Frame(1, None, "title"), 0))
    f.append((Frame(2, 0, "section", "Context"), 0))
    f.append(
        (
            Frame(
                3,
                0,
                title="Where we are",
                subtitle="The service at the end of 2027",
                body=[
                    Columns(
                        [
                            Block(
                                "The network today",
                                title_size=7.6,
                                body=[
                                    B(
                                        "212 automatic weather stations; 58 climate stations read by hand",
                                        size=small,
                                    ),
                                    B(
                                        "640 rain gauges: 460 are daily gauges read by volunteers",
                                        size=small,
                                    ),
                                    B(
                                        "140 river level gauges, 44 of them without telemetry",
                                        size=small,
                                    ),
                                    B("5 weather radars, 2 still single-polarisation", size=small),
                                    B(
                                        "3 upper-air stations; Maeve Point launches once a day",
                                        size=small,
                                    ),
                                    B(
                                        "Aster supercomputer (2021), 1.9 petaflops; support ends March 2030",
                                        size=small,
                                    ),
                                ],
                            ),
                        ],
                        [
                            Block(
                                "What the 2027 peer review found",
                                title_size=7.2,
                                body=[
                                    B(
                                        "Warnings are issued by county and weather type, not by impact",
                                        size=small,
                                    ),
                                    B(
                                        "Median lead time of a severe warning: [[11 hours]]",
                                        size=small,
                                    ),
                                    B("Flood forecasts for 9 of 31 main catchments", size=small),
                                    B("24 of the 38 GBON stations report hourly", size=small),
                                ],
                                kind="alert",
                            ),
                        ],
                        split=0.52,
                    ),
                    Space(6),
                    S(
                        "1,410 staff · 1.1 million app users · 4 airports under the AANS contract",
                        size=7.2,
                        font=BOLD,
                        color=STRUCT,
                    ),
                    Space(2),
                    S(
                        "Sources: Network Register, December 2027; North Atlantic Hydromet Peer Review, September 2027.",
                        size=5.4,
                        color=GREY,
                    ),
                ],
            ),
            0,
        )
    )
    f.append((Frame(4, 1, "section", "Ambition"), 0))
    f.append(
        (
            Frame(
                5,
                1,
                title="Our ambition",
                subtitle="What Ahead of the Weather is for",
                body=[
                    Block(
                        "North star",
                        [
                            S(
                                "Nobody in Ardley is caught out by severe weather or flooding.",
                                size=8.2,
                                font=BOLD,
                            ),
                            Space(1),
                            S(
                                "By March 2032, 80% of severe warnings are issued 24 hours or more ahead, and they say what the weather will do where people live.",
                                size=8.0,
                            ),
                        ],
                    ),
                    Space(5),
                    Item(
                        "See more. Meet the WMO's GBON standard at all 38 stations by March 2030, and see rain below 1.5 km over 95% of Ardley by March 2031.",
                        number=1,
                        size=8.0,
                    ),
                    Item(
                        "Forecast sharper. An hourly 1 km forecast for all of Ardley from April 2031, and flood forecasts for all 31 main catchments by March 2032.",
                        number=2,
                        size=8.0,
                    ),
                    Item(
                        "Warn for impact. Every public warning impact-based from winter 2030/31, agreed with the Environment Agency and NEMO.",
                        number=3,
                        size=8.0,
                    ),
                ],
            ),
            0,
        )
    )
    kpis = [
        ["Severe warnings issued 24 h or more ahead", "38%", "80%", "Mar 2032"],
        ["Median lead time of severe warnings", "11 h", "30 h", "Mar 2032"],
        ["Red warnings that were false alarms", "42%", "25%", "Mar 2032"],
        ["Main catchments with flood forecasts", "9 of 31", "31 of 31", "Mar 2032"],
        ["GBON stations reporting hourly", "24 of 38", "38 of 38", "Mar 2030"],
        ["Land seen by radar below 1.5 km", "71%", "95%", "Mar 2031"],
        ["Rain gauges reporting in real time", "180", "520", "Mar 2031"],
        ["Day-1 maximum temperature error (°C)", "1.4", "1.1", "Mar 2032"],
        ["TAFs meeting ICAO accuracy", "86%", "92%", "Mar 2030"],
        ["Stations publishing open data within 10 min", "0", "212", "Sep 2029"],
        ["People who act on a red warning", "54%", "70%", "Mar 2032"],
        ["Public trust in our forecasts", "71%", "higher", "–"],
    ]
    f.append(
        (
            Frame(
                6,
                1,
                title="How we will know",
                subtitle="Measures with their 2027 baseline, target and date",
                body=[
                    Booktabs(
                        ["Measure", "2027", "Target", "By"],
                        kpis,
                        [0.58, 0.13, 0.15, 0.14],
                        ["l", "r", "r", "r"],
                        size=6.9,
                    ),
                    Space(4),
                    S(
                        "Baselines are for calendar 2027. Definitions: backup slide.",
                        size=5.6,
                        font=OBL,
                        color=GREY,
                    ),
                ],
            ),
            0,
        )
    )
    f.append((Frame(7, 2, "section", "Programme"), 0))
    lead = 6.6
    f.append(
        (
            Frame(
                8,
                2,
                title="Four pillars",
                subtitle="€96m of capital over four financial years",
                body=[
                    Item(
                        "See more: every station automated and telemetered, and radar where the hills hide the rain",
                        number=1,
                        size=8.0,
                        after=0.4,
                    ),
                    Indent(
                        S(
                            "Lead: Director of Observations · €31m",
                            size=lead,
                            color=STRUCT,
                            font=OBL,
                        )
                    ),
                    Space(3),
                    Item(
                        "Compute more: Aster's successor in service before Aster's support ends",
                        number=2,
                        size=8.0,
                        after=0.4,
                    ),
                    Indent(
                        S(
                            "Lead: Head of High Performance Computing · €41m",
                            size=lead,
                            color=STRUCT,
                            font=OBL,
                        )
                    ),
                    Space(3),
                    Item(
                        "Forecast sharper: hourly 1 km forecasts, nowcasts, and flood forecasts for every main catchment",
                        number=3,
                        size=8.0,
                        after=0.4,
                    ),
                    Indent(
                        S(
                            "Lead: Head of Numerical Weather Prediction · €14m",
                            size=lead,
                            color=STRUCT,
                            font=OBL,
                        )
                    ),
                    Space(3),
                    Item(
                        "Warn for impact: warnings that say what the weather will do, and reach people's phones",
                        number=4,
                        size=8.0,
                        after=0.4,
                    ),
                    Indent(
                        S(
                            "Lead: Director of Forecasting and Warnings · €10m",
                            size=lead,
                            color=STRUCT,
                            font=OBL,
                        )
                    ),
                    Space(6),
                    S(
                        "Underpinned by: people and skills · data kept and shared · one programme office",
                        size=7.0,
                        font=BOLD,
                    ),
                    Space(2),
                    S(
                        "Running costs rise by €7.5m a year from 2031/32, mostly power and support for the new supercomputer.",
                        size=6.4,
                        color=GREY,
                    ),
                ],
            ),
            0,
        )
    )
    sub = 7.4
    f.append(
        (
            Frame(
                9,
                2,
                title="Pillars 1 and 2",
                subtitle="See more · Compute more",
                body=[
                    B("See more", size=8.2, font=BOLD, color=STRUCT, after=0.8),
                    B(
                        "Automate the 58 hand-read climate stations, 20 a year from 2029/30",
                        level=2,
                        size=sub,
                    ),
                    B("Telemeter 340 daily rain gauges and end the paper cards", level=2, size=sub),
                    B(
                        "New loggers so all 38 GBON stations report hourly by March 2030",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Replace the Corran Hill radar with a dual-polarisation radar by October 2030",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Build an X-band gap-filler radar on Ben Tarsk for the upper Caddon",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Fit an auto-launcher at Maeve Point and go back to two radiosondes a day",
                        level=2,
                        size=sub,
                    ),
                    Space(3),
                    B("Compute more", size=8.2, font=BOLD, color=STRUCT, after=0.8),
                    B("Sign the contract for Aster's successor by March 2029", level=2, size=sub),
                    B(
                        "Run the old and new machines in parallel for three months before switch-over",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Raise the Halvard House data centre's power supply from 1.2 MW to 2 MW",
                        level=2,
                        size=sub,
                    ),
                ],
                valign="t",
            ),
            0,
        )
    )
    f.append(
        (
            Frame(
                10,
                2,
                title="Pillars 3 and 4",
                subtitle="Forecast sharper · Warn for impact",
                body=[
                    B("Forecast sharper", size=8.2, font=BOLD, color=STRUCT, after=0.8),
                    B("Run ARDM at 1 km every hour, with a 24-member ensemble", level=2, size=sub),
                    B(
                        "Build a rain nowcast every 5 minutes, up to 6 hours ahead",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Extend HydroFlow from 9 to all 31 main catchments, with the Environment Agency",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Keep radar volume scans and one-minute station data for 10 years",
                        level=2,
                        size=sub,
                    ),
                    Space(3),
                    B("Warn for impact", size=8.2, font=BOLD, color=STRUCT, after=0.8),
                    B(
                        "Replace WarnDesk with a tool that draws warning areas and impact levels",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Send red warnings to phones through NEMO's emergency alert system",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Verify every amber and red warning within 10 working days",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Publish station observations as free open data within 10 minutes",
                        level=2,
                        size=sub,
                    ),
                    B(
                        "Train all 160 forecasters in impact-based warning before winter 2030/31",
                        level=2,
                        size=sub,
                    ),
                ],
                valign="t",
            ),
            0,
        )
    )
    f.append((Frame(11, 3, "section", "Roadmap"), 0))
    f.append(
        (
            Frame(
                12,
                3,
                title="Roadmap",
                subtitle="Four phases, three gates, on the financial-year clock",
                body=[
                    Custom(176, roadmap),
                ],
            ),
            0,
        )
    )
    f.append(
        (
            Frame(
                13,
                3,
                title="Pilot: the Caddon catchment",
                subtitle="January 2029 to March 2030, in Phase 2",
                body=[
                    Block(
                        "Why the Caddon",
                        [
                            S(
                                "Aldmouth flooded in November 2026 with 5 hours' warning; the upper Caddon is hidden from the Corran Hill radar.",
                                size=7.2,
                            ),
                        ],
                        kind="example",
                    ),
                    Space(4),
                    S("In the pilot we will:", size=7.8, font=BOLD),
                    Space(1),
                    B("Telemeter all 41 rain gauges in the catchment", size=7.6),
                    B("Add 4 river gauges on the upper Caddon and the Glenmore Burn", size=7.6),
                    B("Run HydroFlow for the Caddon every hour from the 1 km model", size=7.6),
                    B(
                        "Issue impact-based warnings for Aldmouth and Merrow Bridge, with Caddon County Council and the Environment Agency",
                        size=7.6,
                    ),
                    Space(4),
                    Block(
                        "Pass marks at Gate 2 (March 2030)",
                        [
                            B(
                                "Median lead time of Caddon flood warnings of 12 hours or more",
                                size=7.2,
                                marker=ALERT,
                            ),
                            B(
                                "No flood in the Caddon without an amber or red warning",
                                size=7.2,
                                marker=ALERT,
                            ),
                            B(
                                "Council and Environment Agency ready to go national",
                                size=7.2,
                                marker=ALERT,
                            ),
                        ],
                        kind="alert",
                    ),
                ],
            ),
            0,
        )
    )
    f.append((Frame(14, 4, "section", "Delivery"), 0))
    rs = 7.3
    f.append(
        (
            Frame(
                15,
                4,
                title="Risks",
                subtitle="and what we will do about them",
                body=[
                    B(
                        "The supercomputer procurement slips past March 2030, when Aster's support ends",
                        size=rs,
                        marker=ALERT,
                        after=0.6,
                    ),
                    B(
                        "Price a 12-month extension of Aster's support now, as a fallback",
                        level=2,
                        size=rs - 0.3,
                    ),
                    B(
                        "The National Park Authority refuses the Ben Tarsk mast",
                        size=rs,
                        marker=ALERT,
                        after=0.6,
                    ),
                    B(
                        "Apply in the first six months; keep Carn Liath as a second site",
                        level=2,
                        size=rs - 0.3,
                    ),
                    B(
                        "Volunteer observers give up before their gauges are telemetered",
                        size=rs,
                        marker=ALERT,
                        after=0.6,
                    ),
                    B(
                        "Keep paying the observers' allowance until each gauge is telemetered",
                        level=2,
                        size=rs - 0.3,
                    ),
                    B(
                        "Capital from 2030/31 is not confirmed until the autumn 2029 spending review",
                        size=rs,
                        marker=ALERT,
                        after=0.6,
                    ),
                    B(
                        "Order nothing for Phase 3 before Gate 2 and the spending review",
                        level=2,
                        size=rs - 0.3,
                    ),
                    B(
                        "Impact-based warnings need a second forecaster on night shifts",
                        size=rs,
                        marker=ALERT,
                        after=0.6,
                    ),
                    B(
                        "Recruit 12 forecasters in 2028/29: training takes 18 months",
                        level=2,
                        size=rs - 0.3,
                    ),
                ],
            ),
            0,
        )
    )
    for overlay in (1, 2):
        late = overlay == 2
        fs = 7.6
        f.append(
            (
                Frame(
                    16,
                    4,
                    title="The first six months",
                    subtitle="April to September 2028",
                    body=[
                        Item("April 2028 · Mobilise", number=1, size=fs, font=BOLD, after=0.8),
                        B(
                            "Appoint the programme director and open the programme office",
                            level=2,
                            size=fs - 0.2,
                        ),
                        B(
                            "Open consultation with PSUA on a 24/7 warning rota",
                            level=2,
                            size=fs - 0.2,
                        ),
                        Space(2),
                        Item(
                            "May–June 2028 · Start the long-lead items",
                            number=2,
                            size=fs,
                            font=BOLD,
                            after=0.8,
                        ),
                        B("Publish the tender for Aster's successor", level=2, size=fs - 0.2),
                        B(
                            "Apply to the National Park Authority for the Ben Tarsk mast",
                            level=2,
                            size=fs - 0.2,
                        ),
                        Space(2),
                        Item(
                            "July–August 2028 · Prepare the Caddon pilot",
                            number=3,
                            size=fs,
                            font=BOLD,
                            after=0.8,
                            visible=late,
                        ),
                        B(
                            "Survey the 41 Caddon rain gauges for telemetry",
                            level=2,
                            size=fs - 0.2,
                            visible=late,
                        ),
                        B(
                            "Sign a data-sharing agreement with the Environment Agency for the Caddon gauges",
                            level=2,
                            size=fs - 0.2,
                            visible=late,
                        ),
                        Space(2),
                        Item(
                            "September 2028 · Agree how we warn",
                            number=4,
                            size=fs,
                            font=BOLD,
                            after=0.8,
                            visible=late,
                        ),
                        B(
                            "Agree the impact matrix with the Environment Agency and NEMO",
                            level=2,
                            size=fs - 0.2,
                            visible=late,
                        ),
                        B(
                            "Take the pilot design to the Users' Advisory Panel",
                            level=2,
                            size=fs - 0.2,
                            visible=late,
                        ),
                    ],
                    valign="t",
                ),
                overlay,
            )
        )
    gs = 7.0
    f.append(
        (
            Frame(
                17,
                4,
                title="Governance and what we ask",
                subtitle="For decision today",
                body=[
                    Block(
                        "How we will govern",
                        [
                            B(
                                "Modernisation Board, chaired by the Director General as Senior Responsible Owner; meets monthly",
                                size=gs,
                            ),
                            B(
                                "The Director General decides each gate on the Board's advice; the Ministry attends as observer",
                                size=gs,
                            ),
                            B(
                                "A quarterly report to the Ministry of Environment and Climate",
                                size=gs,
                            ),
                        ],
                        title_size=7.6,
                        pad=3.0,
                    ),
                    Space(3),
                    Block(
                        "We ask the Executive Board to",
                        [
                            Item(
                                "Approve Ahead of the Weather and its four pillars",
                                number=1,
                                size=gs,
                                marker=ALERT,
                            ),
                            Item(
                                "Release €9.2m for Phase 1 (April–December 2028)",
                                number=2,
                                size=gs,
                                marker=ALERT,
                            ),
                            Item(
                                "Agree the Caddon pilot and its Gate 2 pass marks",
                                number=3,
                                size=gs,
                                marker=ALERT,
                            ),
                        ],
                        kind="alert",
                        title_size=7.6,
                        pad=3.0,
                    ),
                    Space(3),
                    Block(
                        "We ask the Ministry to",
                        [
                            B(
                                "Confirm €96m of capital over 2028/29 to 2031/32 in the spending review",
                                size=gs,
                                marker=EXAMPLE,
                            ),
                            B(
                                "Amend the charging order so that station data can be published free",
                                size=gs,
                                marker=EXAMPLE,
                            ),
                        ],
                        kind="example",
                        title_size=7.6,
                        pad=3.0,
                    ),
                ],
            ),
            0,
        )
    )
    f.append((Frame(18, 4, "questions"), 0))
    bs = 6.7
    f.append(
        (
            Frame(
                19,
                None,
                title="Backup: definitions and options set aside",
                subtitle="Appendix",
                body=[
                    Block(
                        "Definitions",
                        [
                            B(
                                "Lead time: hours from a warning's issue to the first observed impact in the warned area",
                                size=bs,
                            ),
                            B(
                                "GBON: the WMO Global Basic Observing Network; Ardley owes it 38 stations reporting hourly",
                                size=bs,
                            ),
                            B(
                                "Impact-based warning: a warning set by likelihood and impact, not by a weather threshold",
                                size=bs,
                            ),
                            B(
                                "False alarm: a red warning with no red-level impact reported in the warned area",
                                size=bs,
                            ),
                        ],
                        title_size=7.4,
                        pad=3.0,
                    ),
                    Space(4),
                    Block(
                        "Options we set aside",
                        [
                            B(
                                "Buying model output from a larger service instead of running ARDM (sovereignty; cost after 2031)",
                                size=bs,
                                marker=EXAMPLE,
                            ),
                            B(
                                "A sixth S-band radar in the north (€9m; the Ben Tarsk gap-filler covers most of the gap for €3m)",
                                size=bs,
                                marker=EXAMPLE,
                            ),
                            B(
                                "Taking over river flood warnings from the Environment Agency (not our statutory role)",
                                size=bs,
                                marker=EXAMPLE,
                            ),
                        ],
                        kind="example",
                        title_size=7.4,
                        pad=3.0,
                    ),
                ],
            ),
            0,
        )
    )
    return f


def build_deck() -> bytes:
    import io

    register_fonts()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(
        buffer, pagesize=(W, H), invariant=1, pageCompression=1, initialFontName=SANS
    )
    c.setTitle("Ahead of the Weather")
    c.setAuthor("Ines Halloran")
    c.setSubject("Modernising Ardley's observations, forecasts and warnings, 2028–2032")
    c.setCreator("LaTeX with Beamer class")
    c.setProducer("pdfTeX-1.40.25")
    c.setKeywords("")
    pages = frames()
    total = max(fr.number for fr, _ in pages)
    frames_by_section: list[list[int]] = [[] for _ in SECTIONS]
    for fr, _ in pages:
        if fr.section is not None and fr.number not in frames_by_section[fr.section]:
            frames_by_section[fr.section].append(fr.number)
    section_dest = {}
    for fr, _ in pages:
        if fr.kind == "section":
            assert fr.section is not None
            section_dest[fr.section] = f"section.{fr.section + 1}"
    dests = [section_dest[k] for k in range(len(SECTIONS))]
    for n, (fr, _overlay) in enumerate(pages, start=1):
        tex = TeX(c)
        c.bookmarkPage(f"page.{n}")
        if fr.kind == "section":
            assert fr.section is not None
            c.bookmarkPage(dests[fr.section])
            c.addOutlineEntry(SECTIONS[fr.section], dests[fr.section], level=0)
        if fr.number == 19:
            c.bookmarkPage("appendix")
            c.addOutlineEntry("Appendix", "appendix", level=0)
        fill(c, WHITE)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        headline(c, tex, frames_by_section, fr.section, fr.number, dests)
        if fr.kind == "title":
            title_page(c, tex)
        elif fr.kind == "section":
            section_page(c, tex, fr.title)
        elif fr.kind == "questions":
            questions_page(c, tex)
        else:
            frame_title(c, tex, fr.title, fr.subtitle)
            draw_body(c, tex, fr.body, fr.valign)
        footline(c, tex, fr.number, total)
        nav_symbols(c)
        c.showPage()
    c.save()
    return buffer.getvalue()


# =========================================================================== the roster (vCard 3.0)

STAMP = Stamp(zip_time=(2028, 2, 20, 11, 42, 0), w3c="2028-02-20T11:42:00Z")
REV = "2028-02-26T16:40:12Z"
DOMAIN = "ardleymet.gov.ay"


@dataclass(frozen=True)
class Contact:
    family: str
    given: str
    prefix: str
    org: tuple[str, str]
    title: str | None
    role: str | None
    email: str
    tel: str
    note: str
    uid: str
    company: bool = False


ARDLEY = "Ardley Met Service"

# in the order the address book exports them (by family name; the shared mailbox by its name)
CONTACTS = [
    Contact(
        "Abernethy",
        "Ruth",
        "Prof.",
        (ARDLEY, "Users' Advisory Panel"),
        "Users' Advisory Panel Chair",
        "Consulted: public warning service",
        "ruth.abernethy@uap-ardley.org",
        "+388 41 550 118",
        "Programme: consult only. Remit: chairs the Users' Advisory Panel (14 members: "
        "emergency services, county councils, farming, shipping, broadcasters and disability "
        "groups); the Panel is consulted before any change to the public warning service and "
        "meets quarterly. Independent chair; not an Ardley Met employee.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E01",
    ),
    Contact(
        "Asante-Roe",
        "Kwame",
        "",
        (ARDLEY, "Technology and Data Directorate"),
        "Data Services Manager",
        "Workstream lead: data kept and shared",
        f"kwame.asante-roe@{DOMAIN}",
        "+388 1 640 2316",
        "Programme: core. Remit: the ArClim climate database and the data archive, how long "
        "ObsHub and the radar system keep their data, data requests and the charging policy, "
        "open data, data-sharing agreements with the Environment Agency and other bodies.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E02",
    ),
    Contact(
        "Brannock",
        "Eilidh",
        "",
        (ARDLEY, "Observations Directorate"),
        "Hydrometry Manager",
        "Workstream lead: rain and river gauges",
        f"eilidh.brannock@{DOMAIN}",
        "+388 1 640 2241",
        "Programme: core. Remit: the rain gauge network and the volunteer observers "
        "(allowances, cards, visits), Ardley Met's 140 river level gauges and their "
        "telemetry, river flow measurement; leads the gauge work of the Caddon pilot.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E03",
    ),
    Contact(
        "Colgan",
        "Niamh",
        "",
        (ARDLEY, "Technology and Data Directorate"),
        "Head of High Performance Computing",
        "Pillar lead: Compute more",
        f"niamh.colgan@{DOMAIN}",
        "+388 1 640 2350",
        "Programme: core. Remit: the Aster supercomputer and its successor (procurement, "
        "installation, parallel running, switch-over), the Halvard House data centre, its "
        "power and cooling; manages the support contract with Corvane Systems.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E04",
    ),
    Contact(
        "Doyle",
        "Fergal",
        "",
        (ARDLEY, "Trade Union Side"),
        "PSUA Branch Secretary",
        "Consulted: staff side",
        "fergal.doyle@psua.ay",
        "+388 1 640 2099",
        "Programme: consult only. Remit: represents members of the Public Services Union of "
        "Ardley at Ardley Met (forecasters, observers, technicians); consulted on shift "
        "patterns, rotas, redeployment and training; attends the Modernisation Board for "
        "items that affect staff. Facility time: two days a week.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E05",
    ),
    Contact(
        "Garvan",
        "Aoife",
        "Dr",
        (ARDLEY, "Forecasting and Warnings Directorate"),
        "Head of Hydrological Forecasting",
        "Workstream lead: flood forecasting; pilot lead",
        f"aoife.garvan@{DOMAIN}",
        "+388 1 640 2277",
        "Programme: core. Remit: Ardley Met's side of the Joint Flood Forecasting Service, "
        "the HydroFlow models and which catchments they cover, flood guidance for the "
        "Environment Agency; leads the Caddon pilot; co-chairs the JFFS steering group.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E06",
    ),
    Contact(
        "Halloran",
        "Ines",
        "Dr",
        (ARDLEY, "Office of the Director General"),
        "Director General",
        "Senior Responsible Owner",
        f"ines.halloran@{DOMAIN}",
        "+388 1 640 2200",
        "Programme: core. Remit: Senior Responsible Owner of Ahead of the Weather; chairs "
        "the Executive Board and the Modernisation Board; decides each gate and releases "
        "each phase's budget within the sum the Executive Board approves; Permanent "
        "Representative of Ardley with the WMO; answers to the Minister for Environment "
        "and Climate.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E07",
    ),
    Contact(
        "Kavanagh",
        "Sinéad",
        "",
        (ARDLEY, "Joint Flood Forecasting Service"),
        "Environment Agency Flood Forecasting Liaison",
        "Consulted: Environment Agency",
        "sinead.kavanagh@environment.gov.ay",
        "+388 1 640 2281",
        "Programme: consult only. Remit: seconded from the Ardley Environment Agency to "
        "the Joint Flood Forecasting Service; speaks for the Agency on flood warning "
        "formats, river gauge data and which catchments come first. The Agency, not Ardley "
        "Met, issues river flood warnings.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E08",
    ),
    Contact(
        "Kinsella",
        "Maura",
        "Dr",
        (ARDLEY, "Observations Directorate"),
        "Director of Observations",
        "Pillar lead: See more",
        f"maura.kinsella@{DOMAIN}",
        "+388 1 640 2230",
        "Programme: core. Remit: the whole observing system: surface stations, rain and "
        "river gauges, radars, upper air and calibration; the field service and its "
        "contracts; Ardley's compliance with GBON.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E09",
    ),
    Contact(
        "Madigan",
        "Owen",
        "",
        (ARDLEY, "People and Capability"),
        "Head of People and Capability",
        "Workstream lead: people and skills",
        f"owen.madigan@{DOMAIN}",
        "+388 1 640 2140",
        "Programme: core. Remit: recruitment, the Forecaster Training Unit and all other "
        "training, workforce planning, shift patterns and rotas (with the Director of "
        "Forecasting and Warnings), consultation with PSUA, redeployment of observers.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E10",
    ),
    Contact(
        "Marchetti",
        "Hélène",
        "Dr",
        (ARDLEY, "Office of the Director General"),
        "Head of International Affairs",
        "Adviser: WMO obligations",
        f"helene.marchetti@{DOMAIN}",
        "+388 1 640 2207",
        "Programme: extended. Remit: the WMO Permanent Representative's office; keeps the "
        "register of international obligations (GBON, WIS 2.0, ICAO for aviation); writes "
        "the annual compliance return to the WMO; arranges peer reviews.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E11",
    ),
    Contact(
        "Ní Bhriain",
        "Siobhán",
        "",
        (ARDLEY, "Forecasting and Warnings Directorate"),
        "Head of Public Weather Service",
        "Workstream lead: Warn for impact",
        f"siobhan.nibhriain@{DOMAIN}",
        "+388 1 640 2265",
        "Programme: core. Remit: the public warning service (WarnDesk and what replaces "
        "it, warning criteria and impact matrices, verification of warnings), the website "
        "and the Ardley Weather app, broadcasters, the link with NEMO; secretary to the "
        "Users' Advisory Panel.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E12",
    ),
    Contact(
        "Ó Ceallaigh",
        "Tomás",
        "",
        (ARDLEY, "Observations Directorate"),
        "Head of Observing Networks",
        "Workstream lead: stations",
        f"tomas.oceallaigh@{DOMAIN}",
        "+388 1 640 2234",
        "Programme: core. Remit: the automatic weather station network and the climate "
        "stations, station automation and loggers, the field maintenance contract with "
        "Tervo Field Services and the Kessock technicians, the calibration laboratory; "
        "hourly reporting of the GBON stations.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E13",
    ),
    Contact(
        "Ortega Lund",
        "Rafael",
        "Dr",
        (ARDLEY, "Science Directorate"),
        "Head of Numerical Weather Prediction",
        "Pillar lead: Forecast sharper",
        f"rafael.ortegalund@{DOMAIN}",
        "+388 1 640 2410",
        "Programme: core. Remit: the ARDM model, its ensemble and data assimilation, "
        "nowcasting, model upgrades and the move to 1 km; forecast verification (ObsVer); "
        "Ardley Met's seat in the NORCAP consortium.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E14",
    ),
    Contact(
        "",
        "",
        "",
        (ARDLEY, "Ahead of the Weather Programme Office"),
        None,
        None,
        f"aheadoftheweather@{DOMAIN}",
        "+388 1 640 2390",
        "Shared mailbox for Board papers, gate reports, the risk log and diary requests; "
        "read by the programme office on weekdays.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E15",
        company=True,
    ),
    Contact(
        "Raghunathan",
        "Priya",
        "",
        (ARDLEY, "Observations Directorate"),
        "Radar and Upper Air Manager",
        "Workstream lead: radar and upper air",
        f"priya.raghunathan@{DOMAIN}",
        "+388 1 640 2252",
        "Programme: core. Remit: the five weather radars and the planned gap-filler (sites, "
        "planning consents, replacement, maintenance), the upper-air stations, "
        "radiosondes and auto-launchers; the lightning data licence.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E16",
    ),
    Contact(
        "Ruane",
        "Declan",
        "",
        (ARDLEY, "Ahead of the Weather Programme Office"),
        "Programme Director, Ahead of the Weather",
        "Programme director; Board secretary",
        f"declan.ruane@{DOMAIN}",
        "+388 1 640 2391",
        "Programme: core. Remit: runs the programme office; keeps the plan, the risk log "
        "and the benefits register; writes the gate reports; secretary to the "
        "Modernisation Board; the quarterly report to the Ministry. Interim from 1 "
        "February 2028 until the post is filled; the competition closes in May 2028.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E17",
    ),
    Contact(
        "Tierney",
        "Mark",
        "",
        (ARDLEY, "Forecasting and Warnings Directorate"),
        "Head of Aviation Services",
        "Workstream lead: aviation",
        f"mark.tierney@{DOMAIN}",
        "+388 1 640 2290",
        "Programme: core. Remit: the aviation forecasting contract with Ardley Air "
        "Navigation Services (TAFs, METARs and aerodrome warnings at four airports); the "
        "aviation quality system (ISO 9001); notifications to the Civil Aviation "
        "Authority of Ardley.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E18",
    ),
    Contact(
        "Vos",
        "Pieter",
        "",
        ("Corvane Systems B.V.", "Public Sector Accounts"),
        "Account Manager",
        None,
        "pieter.vos@corvane-systems.eu",
        "+31 20 555 0143",
        "Corvane's account manager for the Aster support contract (ref. AMS-HPC-2021-04); "
        "bid contact for the successor tender. Not a member of the programme.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E19",
    ),
    Contact(
        "Whelehan",
        "Gráinne",
        "",
        (ARDLEY, "Finance and Commercial"),
        "Director of Finance and Commercial",
        "Board member: finance",
        f"grainne.whelehan@{DOMAIN}",
        "+388 1 640 2120",
        "Programme: core. Remit: the programme budget and its capital profile, the "
        "spending review bid to the Ministry, procurement and contracts (the supercomputer "
        "tender, radar purchases, maintenance contracts), income under the charging "
        "policy.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E20",
    ),
    Contact(
        "Whitty",
        "Conall",
        "",
        (ARDLEY, "Forecasting and Warnings Directorate"),
        "Director of Forecasting and Warnings",
        "Pillar lead: Warn for impact",
        f"conall.whitty@{DOMAIN}",
        "+388 1 640 2260",
        "Programme: core. Remit: the Operations Centre and its 24/7 forecasting rota, the "
        "Chief Forecasters, public warnings, aviation and marine forecasts, Ardley Met's "
        "side of the Joint Flood Forecasting Service.",
        "5E1C0A2B-0F4D-4C1A-9E11-2A7B6C3D8E21",
    ),
]


def vcard_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold(line: str) -> list[bytes]:
    """A content line folded at 75 octets: CRLF and one space, never inside a UTF-8 character."""
    data = line.encode("utf-8")
    out: list[bytes] = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        out.append(data[:cut])
        data = data[cut:]
        limit = 74  # the leading space counts
    out.append(data)
    return [out[0]] + [b" " + x for x in out[1:]]


def vcard_bytes() -> bytes:
    lines: list[str] = []
    for p in CONTACTS:
        fn = " ".join(x for x in (p.prefix, p.given, p.family) if x) or p.org[1].replace(
            "Ahead of the Weather ", ""
        )
        lines += ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 14.5//EN"]
        lines.append(
            f"N:{vcard_escape(p.family)};{vcard_escape(p.given)};;{vcard_escape(p.prefix)};"
        )
        lines.append(f"FN:{vcard_escape(fn)}")
        lines.append(f"ORG:{vcard_escape(p.org[0])};{vcard_escape(p.org[1])}")
        if p.title:
            lines.append(f"TITLE:{vcard_escape(p.title)}")
        if p.role:
            lines.append(f"ROLE:{vcard_escape(p.role)}")
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{p.email}")
        lines.append(f"TEL;TYPE=WORK,VOICE:{p.tel}")
        if p.email.endswith(DOMAIN):
            lines.append("ADR;TYPE=WORK:;;Halvard House\\, Glasmoor Road;Dunrath;;D07 4RA;Ardley")
        lines.append(f"NOTE:{vcard_escape(p.note)}")
        if p.company:
            lines.append("X-ABShowAs:COMPANY")
        lines.append("CATEGORIES:Ahead of the Weather")
        lines.append(f"REV:{REV}")
        lines.append(f"UID:{p.uid}")
        lines.append("END:VCARD")
    return b"".join(part + b"\r\n" for line in lines for part in fold(line))


# =========================================================================== the union agreement (DOCX)


def union_agreement() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_heading("Recognition and Procedures Agreement: extract", level=1)
    doc.add_paragraph(
        "Between Ardley Met Service and the Public Services Union of Ardley (PSUA). Signed on "
        "14 June 2024; it runs to 31 March 2031. Extract made by People and Capability for "
        "the Ahead of the Weather programme office, February 2028."
    )
    doc.add_heading("3. Changes to working arrangements", level=2)
    for text in [
        "3.1 Management will tell the Branch Secretary of any proposal that changes duties, "
        "hours or place of work as soon as it is formed.",
        "3.2 Any change to the forecasters' 24/7 shift pattern must be consulted on with PSUA "
        "for at least 60 days before it is made.",
        "3.3 Changes to other rotas are consulted on for 30 days.",
        "3.4 Where automation removes a staff observer's duties, PSUA must be given 90 days' "
        "notice and the observer must be offered redeployment.",
        "3.5 There will be no compulsory redundancies while this agreement runs.",
        "3.6 No forecaster may be rostered for more than four consecutive night shifts.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("4. Training", level=2)
    doc.add_paragraph(
        "4.1 Training that a new duty needs is given in working time and paid at the normal rate."
    )
    doc.add_heading("5. Facilities", level=2)
    doc.add_paragraph(
        "5.1 The Branch Secretary has two days a week of facility time and attends the "
        "Modernisation Board for items that affect staff."
    )
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["Matter", "Notice or consultation", "Where"], strict=True
    ):
        cell.text = text
    for row in [
        ("Forecasters' 24/7 shift pattern", "60 days", "Joint Negotiating Committee"),
        ("Other rotas", "30 days", "Local consultation"),
        ("Automation of a staffed station", "90 days' notice", "Joint Negotiating Committee"),
        ("New training requirement", "30 days", "Learning Forum"),
    ]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return ooxml_bytes(
        doc,
        STAMP,
        author="People and Capability",
        title="PSUA recognition agreement: extract",
        created=datetime(2028, 2, 20, 11, 0, 0),
        modified=datetime(2028, 2, 20, 11, 40, 0),
        last_modified_by="Owen Madigan",
        revision=2,
    )


# =========================================================================== org text files

ORG_TEXT: dict[str, str] = {}

ORG_TEXT["org/systems/observing-network-inventory.md"] = """
# Observing network inventory

Kept by the Head of Observing Networks with the Hydrometry Manager and the Radar and Upper Air
Manager. Position at 31 December 2027.

## Surface stations

We run 270 surface stations: 212 automatic weather stations and 58 climate stations.

The automatic stations report to ObsHub every minute over the mobile network, or by satellite
link at 19 remote sites.

58 climate stations are still read by hand: an observer reads the instruments at 09:00 each day
and posts a paper register to Halvard House at the end of each month.

Of those 58, nine are read by Ardley Met staff observers and 49 by part-time observers on
contract.

Two clerks key the registers into ArClim, so a climate station's readings reach the database
four to six weeks late.

Of the 38 stations Ardley owes to the WMO's Global Basic Observing Network (GBON), 24 report
every hour; the other 14 report every three hours because their loggers cannot send more often.

Station maintenance in the south and east is contracted to Tervo Field Services, which fixes a
fault within two working days.

In the north-west, stations are maintained by our own four technicians based at Kessock, who
take on average six days to reach a failed station.

## Calibration

The calibration laboratory at Halvard House is accredited for temperature, humidity and
pressure.

It is not accredited for rainfall intensity, so tipping-bucket gauges are calibrated at the
factory only and never checked again in service.

## Rain gauges

We have 640 rain gauges: 180 tipping-bucket gauges that report every 15 minutes, and 460 daily
storage gauges.

The daily gauges are read at 09:00 by about 430 volunteer observers, who write each reading on
a paper card and post the cards to us monthly.

Volunteer observers are paid an allowance of €240 a year.

38 gauges were lost in 2027 when their observers stopped, and a third of our volunteer
observers are over 75.

## River gauges

Ardley Met runs 140 river level gauges; the Environment Agency runs another 210, whose data we
receive through the Joint Flood Forecasting Service.

96 of our gauges send a level every 15 minutes.

44 of our river gauges have no telemetry: their loggers are downloaded on site every quarter,
so their data arrive up to three months late.

## Weather radars

| Radar | Built | Type | Note |
|---|---|---|---|
| Dunrath | 2019 | C-band, dual-polarisation | |
| Sallow Head | 2016 | C-band, dual-polarisation | |
| Maeve Point | 2022 | C-band, dual-polarisation | |
| Knockaran | 2009 | C-band, single-polarisation | upgrade planned for 2033 |
| Corran Hill | 2004 | C-band, single-polarisation | see below |

The Corran Hill radar, built in 2004, is single-polarisation, and its manufacturer stops
supplying spare parts in December 2029.

Below 1.5 km, radar does not see the upper Caddon or the Kessock glens, because the beam from
Corran Hill is blocked by Ben Tarsk.

The radars see 71% of the land area below 1.5 km (coverage study, 2027).

The five radars feed a national rainfall composite every 5 minutes.

Lightning data come from the Nordlys Lightning Network under a licence renewed each January.

## Upper air

Dunrath launches two radiosondes a day from an auto-launcher installed in 2020.

Since the 2025 budget settlement, Maeve Point launches one radiosonde a day instead of two.

At Inish Varra the launches are manual, and they stop when the wind is above 20 m/s.
"""

ORG_TEXT["org/systems/forecasting-computing-and-data.md"] = """
# Forecasting, computing and data systems

Kept by the Head of High Performance Computing and the Data Services Manager, with the Head of
Numerical Weather Prediction and the Head of Public Weather Service. Last reviewed January 2028.

## Supercomputer and data centre

Aster, our supercomputer, was installed by Corvane Systems in 2021: 1.9 petaflops in two halves,
in separate halls of the Halvard House data centre, so that one half runs the operational suite
while the other is maintained or used for research.

Aster's support contract with Corvane Systems ends on 31 March 2030; it can be extended once, by
up to twelve months, at a price not yet agreed.

The Halvard House data centre has 1.2 MW of power, and Corvane's estimate for a successor of the
size we need is 1.6 MW.

An upgrade of the grid connection takes 18 months from order, according to the distribution
network operator.

The data centre's generators carry the full load for 72 hours.

## Models

ARDM, the Ardley Regional Model, runs at 2.2 km four times a day (00, 06, 12 and 18 UTC); there
is no hourly update cycle.

The ARDM ensemble has 18 members at 2.5 km and runs twice a day.

ARDM's code is shared with the NORCAP consortium of five services, and a run at a new resolution
needs the consortium's physics package for that grid, which NORCAP releases each spring.

We have no nowcasting system: the duty forecaster extrapolates the radar by eye for the next few
hours.

ObsVer verifies model and forecaster forecasts of temperature, wind and rain against 120
stations every day and reports each month.

## Forecast production and warnings

Forecasters work in Tempo, the forecast production system, which edits the model's grids and
writes the public, marine and aviation products.

WarnDesk, in use since 2012, issues yellow, amber and red warnings by county and by weather
type; it cannot draw a warning area or hold an impact level.

WarnDesk publishes every warning as a CAP feed (Common Alerting Protocol) to broadcasters, our
website, the Ardley Weather app and EuroWarn.

The Ardley Weather app has 1.1 million users and notifies users who opt to receive amber and red
warnings.

We have no connection to the national emergency alert system; a phone alert goes out only when
the Chief Forecaster rings NEMO's duty officer and NEMO agrees to send it.

Warnings are not verified routinely: after a big event a forecaster compares the warning with
reports by hand, and no record of hits and false alarms was kept before 2024.

## Flood forecasting

HydroFlow, the flood forecasting model of the Joint Flood Forecasting Service, runs for 9 of the
31 main river catchments.

The other 22 catchments have no flood forecasting model, and the Environment Agency warns on
them from observed river levels alone.

HydroFlow takes rainfall from ARDM and the radar composite every three hours.

## Observations data and the archive

ObsHub takes in every observation, checks it and passes it to Tempo, to ArClim and to the WMO
Information System through our WIS 2.0 node.

ArClim, our climate database, holds daily records from 1881 and hourly records from 1957.

One-minute station data are not archived: ObsHub keeps them for 7 days, and ArClim stores
hourly values only.

Radar volume scans are kept for 30 days and then overwritten; only the 5-minute rainfall
composite is archived.

There is no open data service: observations are released on request by the Data Services team,
by email, under the 2019 charging policy.

The Meteorological Services Act 2011 requires Ardley Met to recover the cost of data supplied to
commercial users, so publishing data free needs an amendment to the charging order, signed by
the Minister.

River level data from the Environment Agency may be used for flood forecasting but may not be
published by Ardley Met.
"""

ORG_TEXT["org/measures/ahead-of-the-weather-measures.md"] = """
# Ahead of the Weather: measures, owners and baselines

Kept by the programme office with each measure's owner. Baselines are for calendar 2027 unless
stated.

| Measure | Definition | Owner | Source | Baseline |
|---|---|---|---|---|
| Severe warnings issued 24 h or more ahead | Amber and red warnings issued at least 24 hours before the first observed impact in the warned area, as a share of amber and red warnings | Head of Public Weather Service | WarnDesk log and impact reports | 38% |
| Median lead time of severe warnings | Median hours from issue to first observed impact, amber and red warnings | Head of Public Weather Service | WarnDesk log and impact reports | 11 hours |
| Red warnings that were false alarms | Red warnings with no red-level impact reported in the warned area, as a share of red warnings, three years rolling | Head of Public Weather Service | Post-event reviews | 42% (8 of 19, 2025-2027) |
| Main catchments with flood forecasts | Main river catchments (of 31) with a HydroFlow model in operation | Head of Hydrological Forecasting | Joint Flood Forecasting Service | 9 |
| GBON stations reporting hourly | Stations owed to GBON (38) that report every hour | Head of Observing Networks | WMO data quality monitoring | 24 |
| Land seen by radar below 1.5 km | Share of the land area where a radar beam is below 1.5 km | Radar and Upper Air Manager | Coverage study | 71% |
| Rain gauges reporting in real time | Rain gauges reporting at least every 15 minutes | Hydrometry Manager | ObsHub | 180 |
| Day-1 maximum temperature error | Mean absolute error of next-day maximum temperature forecasts at 120 stations | Head of Numerical Weather Prediction | ObsVer | 1.4 °C |
| TAFs meeting ICAO accuracy | Aerodrome forecasts meeting the ICAO Annex 3 accuracy criteria | Head of Aviation Services | Aviation quality system | 86% |
| Stations publishing open data within 10 min | Automatic stations whose observations are published free within 10 minutes | Data Services Manager | ObsHub | 0 |
| People who act on a red warning | Adults in a red-warned area who say they took an action because of the warning | Head of Public Weather Service | Warnings survey | 54% (2026) |
| Public trust in our forecasts | Adults who trust Ardley Met's forecasts "a lot" or "a fair amount" | Head of Public Weather Service | Weather and You survey | 71% |

## Notes on the measures

The lead-time and false-alarm baselines are counted by hand from post-event reviews, because
WarnDesk holds no record of whether a warning verified.

The warnings survey has run only once, in November 2026, with 1,050 respondents.

No target has been set for public trust; the Executive Board has asked for one before Gate 1.

The Weather and You survey runs every September with about 2,000 respondents.
"""

ORG_TEXT["org/governance/modernisation-board-terms-of-reference.md"] = """
# Modernisation Board: terms of reference

Approved by the Executive Board on 9 February 2028, subject to its approval of Ahead of the
Weather on 8 March 2028.

## Purpose

The Modernisation Board steers Ahead of the Weather, Ardley Met's plan for April 2028 to March
2032, and makes sure each phase delivers what the Executive Board approved.

## Chair and members

- Chair: the Director General, Senior Responsible Owner of the programme.
- Members: the Director of Observations, the Director of Forecasting and Warnings, the Director
  of Finance and Commercial, the Head of High Performance Computing, the Head of Numerical
  Weather Prediction and the Head of People and Capability.
- Secretary: the Programme Director, Ahead of the Weather, who keeps the plan, the risk log and
  the benefits register and writes the gate reports.
- In attendance: the Ministry of Environment and Climate's Head of Sponsorship, as observer; the
  PSUA Branch Secretary for items that affect staff; the Environment Agency Flood Forecasting
  Liaison for flood items; the Users' Advisory Panel Chair twice a year.

## Meetings

The Board meets on the second Tuesday of each month. Papers go out five working days before.

## Decisions

The Director General takes each gate decision (Gates 1 to 3) on the Board's advice, after
reading the gate report. Each decision is reported to the next Executive Board and to the
Ministry.

The Director General releases each phase's budget at its gate, within the sum the Executive
Board has approved. A change of more than €1m to a phase's budget goes to the Executive Board.

Any single contract above €10m, the supercomputer included, needs the Department of Finance's
sanction, which takes about ten weeks.

## Consultation

PSUA is consulted as the recognition agreement sets out. The Users' Advisory Panel and the
Environment Agency are consulted as their terms and the flood forecasting memorandum set out.
None of them takes decisions for the programme.
"""

ORG_TEXT["org/context/peer-review-2027-summary.md"] = """
# North Atlantic Hydromet Peer Review of Ardley Met, 2027: summary

The Council of North Atlantic Meteorological Services sent a team of five from three member
services to Ardley Met from 6 to 17 September 2027. Their report went to the Director General
on 30 September 2027. This summary was made by the Head of International Affairs.

## What the team found strong

- A calibration laboratory run to a high standard, with accreditation for temperature,
  humidity and pressure.
- A CAP feed that every broadcaster in Ardley uses, and a well-used app.
- Daily verification of forecasts in ObsVer, reported each month.
- A joint flood forecasting service with the Environment Agency under one roof.

## What the team found weak

- Warnings are issued by county and by weather type, not by impact, so a red warning can cover
  a whole county when only its uplands are at risk.
- The median lead time of a severe warning was 11 hours over 2025-2027.
- Flood forecasts exist for 9 of the 31 main catchments.
- 24 of the 38 GBON stations report hourly.
- There is no written procedure for handing a warning from Ardley Met to the Environment Agency
  at weekends.

## Recommendations

1. Move to impact-based warnings, agreed with the Environment Agency and civil protection.
2. Close the low-level radar gap over the Kessock glens.
3. Plan the supercomputer's replacement now; its support ends in 2030.
4. Keep the raw data that a modern service needs for research and verification.
5. Publish observations as open data, as most member services do.
"""

ORG_TEXT["org/context/joint-flood-forecasting-mou-extract.md"] = """
# Joint Flood Forecasting Service: memorandum of understanding (extract)

Between Ardley Met Service and the Ardley Environment Agency. First signed in 2016; renewed on
1 April 2024 for five years.

## Roles

River flood warnings are issued by the Environment Agency, not by Ardley Met.

Ardley Met issues warnings of heavy rain and gives the Agency flood guidance from HydroFlow
and the radar composite.

The Joint Flood Forecasting Service works from Halvard House, with forecasters from both bodies
on one rota.

## Changes

Any change to the format or thresholds of flood guidance must be agreed by the Joint Flood
Forecasting Service steering group, which meets each quarter.

A new HydroFlow catchment model goes live only after the Agency's area team has tested it
through one winter.

## Data

Each party keeps its own gauges and shares their data in real time through the Service.

The Agency's river level data may be used by Ardley Met for forecasting only.
"""

ORG_TEXT["org/context/aviation-services-contract-summary.txt"] = """
AVIATION FORECASTING SERVICES CONTRACT: SUMMARY
Prepared by the Head of Aviation Services, January 2028

Customer: Ardley Air Navigation Services (AANS)
Term: 1 April 2026 to 31 March 2031
Value: EUR 11.8m a year, cost recovery under the ICAO charging principles

Services: TAFs and METARs for Dunrath, Sallowmere, Kessock and Inish Varra airports;
aerodrome warnings; the briefing service for pilots; SIGMETs for the Ardley flight
information region.

Dunrath's TAF is issued every three hours and the other airports' every six hours.

Aerodrome observations at Kessock and Inish Varra are made by AANS staff, not by Ardley Met,
and are not sent to ObsHub.

The aviation quality system is certified to ISO 9001; the certificate was renewed in November
2027.

Any change to how aviation forecasts are produced must be notified to the Civil Aviation
Authority of Ardley 60 days before it takes effect.

A change of model, of supercomputer or of forecast production system counts as a change to
how forecasts are produced.
"""

ORG_TEXT["org/context/wmo-obligations-note.md"] = """
# International obligations: note for the programme

From the Head of International Affairs, 15 January 2028.

Ardley owes the WMO's Global Basic Observing Network 38 surface stations reporting every hour,
and two upper-air stations launching twice a day (Dunrath and Maeve Point).

Maeve Point's single daily launch since 2025 leaves Ardley short of its upper-air obligation.

Our WIS 2.0 node at Halvard House has published Ardley's observations to the WMO Information
System since 2025.

The annual compliance return goes to the WMO by 31 January; the 2027 return reported 24 of the
38 stations hourly.

The WMO's data quality monitoring flags every GBON station that misses an hourly report.
"""

ORG_TEXT["org/context/users-advisory-panel-terms.md"] = """
# Users' Advisory Panel: terms

The Panel brings the people who use our warnings and forecasts to Ardley Met: fire and rescue,
police, ambulance, the county councils, farming, shipping, broadcasters and disability groups.

It has 14 members and an independent chair, appointed by the Director General for three years.

It meets each quarter. The Head of Public Weather Service is its secretary.

The Users' Advisory Panel must be consulted before any change to the public warning service is
made, with at least one quarterly meeting between the proposal and the change.

The Panel advises; it does not decide.
"""

ORG_TEXT["org/context/caddon-catchment-profile.txt"] = """
CADDON CATCHMENT: PROFILE FOR THE PILOT
Joint Flood Forecasting Service, February 2028

The River Caddon rises on the eastern slopes of Ben Tarsk in the Kessock Highlands and runs
62 km through Merrow Bridge to the sea at Aldmouth. The Glenmore Burn joins it above Merrow
Bridge. The catchment is 1,240 square kilometres, with about 86,000 people; Aldmouth has
31,000 and Merrow Bridge 9,500.

Recent floods: January 2019 (3 hours' warning) and November 2026 (5 hours' warning; 420
properties flooded in Aldmouth).

Gauges in the catchment: 41 rain gauges, of which 6 report in real time and 35 are daily
gauges read by volunteers; 7 river gauges, 3 of them ours and 4 the Environment Agency's.

On the Caddon there is no river gauge above Merrow Bridge, on the main river or on the
Glenmore Burn.

There is no mobile signal at 9 of the 35 daily gauge sites in the upper catchment, so
telemetry there needs a satellite link.

The Caddon is not one of the nine HydroFlow catchments.

Caddon County Council has no emergency planning officer on call at weekends; its duty
manager is reached through the fire service control room.
"""

ORG_TEXT["org/context/email-2028-02-09-ben-tarsk-mast.txt"] = """
From: Colm Deasy <colm.deasy@kessocknationalpark.ay>
To: Priya Raghunathan <priya.raghunathan@ardleymet.gov.ay>
Date: Fri, 9 Feb 2028 14:22:05 +0000
Subject: RE: Pre-application advice: weather radar mast, Ben Tarsk

Dear Priya,

Thank you for coming to see us on Tuesday. To confirm our advice:

A radar mast on Ben Tarsk is inside the Kessock National Park and needs the consent of the
National Park Authority; our decision period for an application with an environmental
statement is nine months, and it can be longer.

We would expect the application to include a bird survey covering at least one nesting
season.

No construction work can take place on the summit between 1 April and 31 July, the golden
eagle nesting season.

A site at Carn Liath, outside the core area, would still need consent but is likely to be
simpler.

Kind regards,
Colm Deasy
Senior Planning Officer, Kessock National Park Authority
"""

ORG_TEXT["org/context/ministry-capital-letter-2028-01.txt"] = """
MINISTRY OF ENVIRONMENT AND CLIMATE
Head of Sponsorship, Public Bodies Unit

To: Dr Ines Halloran, Director General, Ardley Met
Date: 24 January 2028
Re: Capital for the observations and forecasting modernisation

Dear Ines,

Further to our meeting, I can confirm capital of EUR 38m for Ardley Met for 2028/29 and
2029/30 together.

Capital for 2030/31 and later years is not yet confirmed; the spending review reports in
October 2029, and the Minister will consider Ardley Met's bid then.

Running costs of the new supercomputer are to be met from Ardley Met's own budget from
2031/32.

The Minister would welcome a proposal on open data, recognising that the charging order would
need to be amended.

Yours sincerely,
Aine Forde
Head of Sponsorship
"""

ORG_TEXT["org/context/workforce-summary-2027.md"] = """
# Workforce summary, December 2027

From the Head of People and Capability.

Ardley Met employs 1,410 people: 160 forecaster posts, 312 in the observations field service
and stations, 188 scientists, 146 in technology and data, and the rest in corporate services,
aviation, hydrology and the regional offices.

We have 160 forecaster posts and 11 of them are vacant.

A new forecaster takes 18 months of training before working a shift alone.

The Forecaster Training Unit trains one class of up to 12 a year, starting each September.

Impact-based warning is not yet part of the forecaster course; the Training Unit has asked for
the impact matrix before it writes the module.

The Operations Centre runs one Chief Forecaster and four forecasters on each night shift.
"""


def org_files() -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = dict(ORG_TEXT)
    files["org/people/programme-contacts.vcf"] = vcard_bytes()
    files["org/governance/psua-recognition-agreement-extract.docx"] = union_agreement()
    return files


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    write_files(out / CASE, {DECK: build_deck(), **org_files()})


if __name__ == "__main__":
    main()
