"""Build the dev26 case ``sports-streaming``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, python-docx and python-pptx
(``evals/dev16/_build.py`` imports python-pptx). reportlab is not in the project's lock, so use
the separate venv the dev23 to dev25 PDF cases use:

    /tmp/rl/bin/python evals/dev26/build_sports_streaming.py [out-folder]

Writes, under ``evals/dev26/sports-streaming/`` (or ``<out-folder>/sports-streaming/``), every
file of the case but ``gold.json``:

- ``RVB_Pass_Launch_and_Season_1_Board_2028-04-27.pdf``: a Canadian regional sports
  broadcaster's plan to launch a direct-to-consumer streaming app for its hockey and basketball
  rights, for its Board of Directors, drawn the way Apple Keynote exports a 16:9 deck to PDF:
  pages of 1920 x 1080 pt (Keynote's "Wide" slide size in points), a PDF 1.3 header with
  Quartz's binary comment, an Info dictionary of Title (the Keynote document's name), Producer
  "macOS Version 28.4 (Build 27E214) Quartz PDFContext", Creator "Keynote" and the two dates
  written the way Quartz writes them (``D:20280424171206Z00'00'``), and font subsets named
  the way Quartz names them, one six-letter prefix per font in sequence (``AAAAAB+`` ...);
  imitated with reportlab's canvas (invariant mode), the fonts Liberation Sans and Liberation
  Sans Bold from ``/usr/share/fonts/truetype/liberation/`` embedded under the names
  HelveticaNeue and HelveticaNeue-Bold, since Helvetica Neue is not installed here. Every line
  of every text box is its own text object; KPI tiles are rounded rectangles holding a big
  number (the target), a label and a small line (baseline and by-when); the roadmap is a native
  table (rows = workstreams, columns = months and season periods, cells marked with "●")
  under a launch countdown (L-120 to L-0) and a season clock (Season 1, Playoffs) and a
  "Later" column outside the plan; slide numbers bottom right.
- ``org/``: the launch team as a Word table (``people/launch-team.docx``: Name, Title, Team,
  Responsibilities), the decision-rights memo, the Launch Steering Group's terms of reference,
  the Accessibility Advisory Panel's terms of reference, the systems and data inventory, the
  metric definitions (CSV), the summary of the 2027 media rights agreements (DOCX), Fan Care's
  notes and a saved email from Business Affairs on the newsletter list.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document
ID) with a fixed Info dictionary for the PDF, and the header, trailer comment and subset names
rewritten in place at the same length so that no offset moves; fixed core properties and ZIP
times for the DOCX files (through ``evals/dev16/_build.py``), their entries then sorted by
name; the CSV and the text files as literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev26").
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "sports-streaming"
DECK = "RVB_Pass_Launch_and_Season_1_Board_2028-04-27.pdf"

LIB = Path("/usr/share/fonts/truetype/liberation")
REG, BOLD = "HelveticaNeue", "HelveticaNeue-Bold"
FONTS = {REG: LIB / "LiberationSans-Regular.ttf", BOLD: LIB / "LiberationSans-Bold.ttf"}
# Quartz names each embedded subset with its own six-letter prefix, in sequence
SUBSET_PREFIX = {BOLD: b"AAAAAB", REG: b"AAAAAC"}

PRODUCER = "macOS Version 28.4 (Build 27E214) Quartz PDFContext"
CREATOR = "Keynote"
PDF_DATE = "D:20280424171206Z00'00'"

W, H = 1920.0, 1080.0
LEFT, RIGHT = 120.0, 1800.0
WIDTH = RIGHT - LEFT

Color = tuple[float, float, float]
INK: Color = (0.11, 0.12, 0.14)
NAVY: Color = (0.05, 0.16, 0.31)
ICE: Color = (0.0, 0.43, 0.74)
RED: Color = (0.8, 0.15, 0.19)
GREY: Color = (0.45, 0.47, 0.5)
PALE: Color = (0.93, 0.95, 0.97)
ICEPALE: Color = (0.85, 0.92, 0.98)
RULE: Color = (0.78, 0.8, 0.83)
WHITE: Color = (1.0, 1.0, 1.0)

ROSTER_STAMP = Stamp((2028, 4, 20, 16, 41, 0), "2028-04-20T16:41:00Z")
RIGHTS_STAMP = Stamp((2028, 4, 6, 11, 5, 0), "2028-04-06T11:05:00Z")
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(file))
            font.face.name = name.encode("ascii")  # the subset is named as Keynote's font
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """Document information as Quartz writes it: these keys in this order, fixed dates."""

    def __init__(self, fields: dict[str, str], date: str) -> None:
        super().__init__()
        self.fields = fields
        self.date = date

    def format(self, document):
        d = {k: pdfdoc.PDFString(v) for k, v in self.fields.items()}
        d["CreationDate"] = d["ModDate"] = pdfdoc.PDFString(self.date)
        return pdfdoc.PDFDictionary(d).format(document)


def _quartz_bytes(path: Path) -> None:
    """reportlab's marks rewritten in place, each at its own length so that no offset moves:
    the header's comment as Quartz's binary comment, the trailer's comment blanked, and each
    subset's ``AAAAAA+`` prefix as the one Quartz would give that font."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head == b"%PDF-1.3" and b"ReportLab" in comment, (head, comment)
    quartz = b"%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6"
    assert len(comment) >= len(quartz)
    comment = quartz + b" " * (len(comment) - len(quartz))
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    for name, prefix in SUBSET_PREFIX.items():
        pattern = re.compile(rb"/AAAAAA\+" + re.escape(name.encode()) + rb"(?![-\w])")
        rest, n = pattern.subn(b"/" + prefix + b"+" + name.encode(), rest)
        assert n >= 2, (name, n)
    assert b"ReportLab" not in rest and b"AAAAAA+" not in rest
    path.write_bytes(head + b"\n" + comment + b"\n" + rest)


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


# =========================================================================== the deck's canvas


class Deck:
    """A reportlab canvas with the few ways Keynote's PDF export writes a slide. Positions
    are given from the top of the slide (``top`` is a baseline's distance from the top)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=REG,
            initialFontSize=24,
        )
        self.c._doc.info = _Info(
            {
                "Title": DECK.removesuffix(".pdf"),
                "Producer": PRODUCER,
                "Creator": CREATOR,
            },
            PDF_DATE,
        )
        self.page = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        top: float,
        s: str,
        size: float = 28,
        font: str = REG,
        color: Color = INK,
        limit: float | None = None,
        align: str = "left",
    ) -> float:
        """One line as its own text object, its baseline ``top`` from the top; returns its
        width. ``limit`` is the width it must fit in (the builder refuses a wider line)."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"slide {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        t = self.c.beginText(x, H - top)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textOut(s)
        self.c.drawText(t)
        return width

    def lines(
        self,
        x: float,
        top: float,
        rows: list[str],
        size: float = 28,
        font: str = REG,
        color: Color = INK,
        leading: float | None = None,
        limit: float | None = None,
    ) -> float:
        """Given lines, one text object each; returns the baseline after the last."""
        step = leading if leading is not None else size * 1.3
        for row in rows:
            self.text(x, top, row, size, font, color, limit if limit is not None else RIGHT - x)
            top += step
        return top

    def para(
        self,
        x: float,
        top: float,
        s: str,
        size: float = 28,
        font: str = REG,
        color: Color = INK,
        width: float | None = None,
        leading: float | None = None,
    ) -> float:
        """A paragraph wrapped to ``width``, each line its own text object."""
        w = width if width is not None else RIGHT - x
        return self.lines(x, top, wrap(s, font, size, w), size, font, color, leading, w)

    def bullets(
        self,
        x: float,
        top: float,
        items: list[list[str]],
        size: float = 28,
        gap: float = 18,
        glyph: str = "•",
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        """Bulleted items, each given as its lines; the bullet glyph its own text object."""
        for item in items:
            self.text(x - size * 0.95, top, glyph, size, REG, ICE)
            top = self.lines(x, top, item, size, REG, color, size * 1.28, limit)
            top += gap
        return top

    def numbered(
        self,
        x: float,
        top: float,
        items: list[list[str]],
        size: float = 28,
        gap: float = 16,
        limit: float | None = None,
    ) -> float:
        """Numbered items "1." ... typed in the text, as Keynote keeps a numbered list."""
        for n, item in enumerate(items, start=1):
            first = [f"{n}. {item[0]}", *item[1:]]
            top = self.lines(x, top, first, size, REG, INK, size * 1.28, limit)
            top += gap
        return top

    # ---------------------------------------------------------------- shapes
    def box(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        fill: Color,
        stroke: Color | None = None,
        radius: float = 14,
    ) -> None:
        """A rounded rectangle whose top edge is ``top`` from the top of the slide."""
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(1.5)
        self.c.roundRect(x, H - top - h, w, h, radius, stroke=1 if stroke else 0, fill=1)

    def rect(self, x: float, top: float, w: float, h: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.rect(x, H - top - h, w, h, fill=1, stroke=0)

    def hline(self, x1: float, x2: float, top: float, color: Color = RULE, width=1.5) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, H - top, x2, H - top)

    def vline(self, x: float, top1: float, top2: float, color: Color = RULE, width=1.5) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, H - top1, x, H - top2)

    def diamond(self, cx: float, ctop: float, r: float, fill: Color) -> None:
        cy = H - ctop
        self.c.setFillColorRGB(*fill)
        p = self.c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    def tile(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        big: str,
        label: list[str],
        small: list[str],
        fill: Color = PALE,
        big_size: float = 84,
    ) -> None:
        """A KPI tile: a big number, its label (one or two lines) and a small line."""
        self.box(x, top, w, h, fill)
        pad = 32
        y = top + pad + big_size * 0.78
        self.text(x + pad, y, big, big_size, BOLD, ICE, limit=w - 2 * pad)
        y += big_size * 0.86  # far enough below the number to be read as its own line
        for line in label:
            self.text(x + pad, y, line, 27, BOLD, INK, limit=w - 2 * pad)
            y += 34
        y += 4
        for line in small:
            self.text(x + pad, y, line, 21, REG, GREY, limit=w - 2 * pad)
            y += 27

    def table(
        self,
        x: float,
        top: float,
        widths: list[float],
        rows: list[list[list[str]]],
        heights: list[float],
        size: float = 22,
        head: int = 1,
        fills: dict[tuple[int, int], Color] | None = None,
        bold_first_col: bool = True,
    ) -> float:
        """A native Keynote table exported: cell fills, then the rules, then every cell's
        lines, row by row, each line its own text object. Returns the table's bottom."""
        fills = fills or {}
        total_w = sum(widths)
        y = top
        for r, h in enumerate(heights):
            cx = x
            for c, w in enumerate(widths):
                fill = fills.get((r, c), NAVY if r < head else None)
                if fill is not None:
                    self.rect(cx, y, w, h, fill)
                cx += w
            y += h
        y = top
        for h in heights:
            self.hline(x, x + total_w, y)
            y += h
        self.hline(x, x + total_w, y)
        bottom = y
        y = top
        for r, (row, h) in enumerate(zip(rows, heights, strict=True)):
            cx = x
            for c, (cell, w) in enumerate(zip(row, widths, strict=True)):
                header = r < head
                font = BOLD if header or (c == 0 and bold_first_col) else REG
                color = WHITE if header or (r, c) in fills and fills[(r, c)] == ICE else INK
                ty = y + 12 + size
                for line in cell:
                    self.text(cx + 12, ty, line, size, font, color, limit=w - 24)
                    ty += size * 1.25
                cx += w
            y += h
        return bottom

    # ---------------------------------------------------------------- page furniture
    def start(self, eyebrow: str, title: str, subtitle: str | None = None) -> float:
        """A new slide: the eyebrow, the title and an optional subtitle; returns the top of
        the body."""
        self.page += 1
        self.rect(0, 0, 18, H, ICE)
        self.text(LEFT, 112, eyebrow, 24, BOLD, RED)
        self.text(LEFT, 186, title, 58, BOLD, NAVY, limit=WIDTH)
        if subtitle:
            self.text(LEFT, 244, subtitle, 28, REG, GREY, limit=WIDTH)
            return 320
        return 280

    def finish(self) -> None:
        """The footer and the slide number, then the next slide."""
        if self.page > 1:
            self.text(LEFT, 1040, "RVB Pass · Board of Directors · 27 April 2028", 18, REG, GREY)
            self.text(RIGHT, 1040, str(self.page), 20, BOLD, GREY, align="right")
        self.c.showPage()

    def save(self) -> None:
        if OVERFLOW:
            raise SystemExit("lines overflow their boxes:\n" + "\n".join(OVERFLOW))
        self.c.save()
        _quartz_bytes(self.path)


# =========================================================================== the slides


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, NAVY)
    d.rect(0, 0, 18, H, ICE)
    d.text(LEFT, 250, "Renwick Valley Broadcasting Inc.", 30, BOLD, ICEPALE)
    d.text(LEFT, 440, "RVB Pass", 150, BOLD, WHITE)
    d.text(LEFT, 575, "Launch and Season 1, 2028–29", 60, REG, WHITE)
    d.hline(LEFT, LEFT + 520, 635, ICE, 5)
    d.text(LEFT, 715, "Board of Directors · 27 April 2028 · For approval", 30, REG, ICEPALE)
    d.text(
        LEFT,
        765,
        "Presented by Raj Bhullar, Chief Operating Officer, and Owen Tremblay, "
        "Vice-President, Digital",
        26,
        REG,
        ICEPALE,
        limit=WIDTH,
    )
    d.text(LEFT, 960, "Confidential · Board use only", 22, REG, ICEPALE)
    d.finish()


def why_now(d: Deck) -> None:
    top = d.start("01 · Why now", "The living room moved. Our rights moved with it.")
    w, gap, h = 390.0, 40.0, 330.0
    tiles = [
        ("412,000", ["homes take RVB Sports", "by cable or satellite"], ["538,000 in 2024"]),
        (
            "38%",
            ["of adults 18 to 34 in our", "region have no TV", "subscription"],
            ["Regional media survey, fall 2027"],
        ),
        ("2.6", ["RVB Sports Go rating in", "the app stores"], ["1,940 reviews, March 2028"]),
        ("71%", ["of our revenue comes", "from carriage fees"], ["2027 financial statements"]),
    ]
    for k, (big, label, small) in enumerate(tiles):
        d.tile(LEFT + k * (w + gap), top, w, h, big, label, small, big_size=84)
    y = top + h + 90
    y = d.lines(
        LEFT,
        y,
        [
            "Our 2027 rights renewal adds direct-to-consumer streaming rights for Lynx and Herons",
            "games from the 2028–29 season. Until now, fans without cable could not watch us at all.",
        ],
        30,
    )
    y += 30
    d.text(
        LEFT,
        y,
        "RVB has carried Lynx hockey since 1994 and Herons basketball since 2011.",
        30,
        BOLD,
        NAVY,
        limit=WIDTH,
    )
    d.text(
        LEFT,
        y + 70,
        "Sources: RVB subscriber returns to the CRTC, 2024 and 2027; Renwick Valley media "
        "survey, October 2027; App Store and Google Play, 31 March 2028.",
        20,
        REG,
        GREY,
        limit=WIDTH,
    )
    d.finish()


def up_against(d: Deck) -> None:
    top = d.start("01 · Why now", "The game outside our walls")
    d.bullets(
        LEFT + 40,
        top + 20,
        [
            ["A national sports streamer lost 9% of its subscribers a month in its first season."],
            ["Pirate streams of Lynx home games drew about 11,000 viewers a night in 2027–28."],
            ["Fans give a stream about ten seconds to start before they give up on it."],
            [
                "League rule: RVB Pass may stream only to homes inside the Renwick Valley "
                "broadcast region."
            ],
            ["CASL: no promotional email without consent we can prove."],
            [
                "CRTC: we publish an accessibility plan under the Accessible Canada Act, and "
                "RVB Pass falls under it."
            ],
        ],
        32,
        gap=34,
    )
    d.box(LEFT, 800, WIDTH, 120, ICEPALE)
    d.text(
        LEFT + 40,
        875,
        "What it means for us: start fast, respect the rights, and earn every sign-up honestly.",
        32,
        BOLD,
        NAVY,
        limit=WIDTH - 80,
    )
    d.finish()


def north_star(d: Deck) -> None:
    top = d.start("02 · North star", "Our north star, and what it means by June 2029")
    d.box(LEFT, top, WIDTH, 130, NAVY)
    d.text(
        LEFT + 50,
        top + 82,
        "The home of Renwick Valley hockey and basketball, on any screen.",
        44,
        BOLD,
        WHITE,
        limit=WIDTH - 100,
    )
    y = top + 210
    d.text(LEFT, y, "By the last whistle of the 2029 playoffs (June 2029) we will:", 32, BOLD, NAVY)
    y = d.numbered(
        LEFT + 30,
        y + 56,
        [
            ["have 60,000 paid subscriptions to RVB Pass"],
            ["keep monthly churn under 6% from January to June 2029"],
            ["answer 80% of game-night chats within two minutes"],
            ["earn $7.2 million in subscription revenue in Season 1"],
        ],
        30,
        gap=10,
    )
    y += 20
    d.text(LEFT, y, "Along the way: reach 250,000 app downloads by the first puck drop.", 30)
    y += 90
    d.box(LEFT, y - 50, WIDTH, 80, PALE)
    d.text(LEFT + 30, y, "How we get there:  Build  →  Beta  →  Launch  →  Season 1", 30, BOLD, ICE)
    d.finish()


def four_lines(d: Deck) -> None:
    top = d.start(
        "03 · Four lines",
        "Four lines on the ice",
        "Each line has one job; all four share the same scoreboard",
    )
    w, gap, h = 390.0, 40.0, 430.0
    cards = [
        (
            "Line 1",
            "Build the rink",
            ["App and video that", "start fast and respect", "the rights"],
        ),
        ("Line 2", "Sell the seat", ["Simple plans and", "honest billing"]),
        ("Line 3", "Keep them in", ["Fan care on game", "night, and reasons", "to stay"]),
        ("Line 4", "Fill the building", ["Win the fans we", "don't reach today"]),
    ]
    for k, (tag, name, lines) in enumerate(cards):
        x = LEFT + k * (w + gap)
        d.box(x, top, w, h, PALE)
        d.rect(x, top, w, 14, ICE)
        d.text(x + 32, top + 80, tag, 24, BOLD, RED)
        d.text(x + 32, top + 135, name, 36, BOLD, NAVY, limit=w - 64)
        if name == "Keep them in":
            d.text(x + 32, top + 180, "the building", 36, BOLD, NAVY)
        d.lines(x + 32, top + 250, lines, 27, REG, INK, 36, w - 64)
    d.text(
        LEFT,
        top + h + 90,
        "Every line is built for captions, described video and screen readers from day one.",
        28,
        REG,
        GREY,
        limit=WIDTH,
    )
    d.finish()


def line_page(
    d: Deck, eyebrow: str, title: str, subtitle: str, items: list[list[str]], target: str
) -> None:
    top = d.start(eyebrow, title, subtitle)
    d.text(LEFT, top + 20, "What we will do", 26, BOLD, RED)
    d.bullets(LEFT + 40, top + 90, items, 30, gap=26, limit=WIDTH - 40)
    d.box(LEFT, 880, WIDTH, 100, ICEPALE)
    d.text(LEFT + 40, 942, target, 30, BOLD, NAVY, limit=WIDTH - 80)
    d.finish()


def line_one(d: Deck) -> None:
    line_page(
        d,
        "03 · Line 1",
        "Build the rink",
        "App and video that start fast and respect the rights",
        [
            ["Ship RVB Pass on iOS, Android, the web, Apple TV and Google TV by L-0"],
            [
                "Move every Lynx and Herons game feed into Streamhouse, with replays",
                "15 minutes after the final whistle",
            ],
            [
                "Check every viewer's location before each stream, and black out the games",
                "our rights do not cover",
            ],
            [
                "Carry captions and described video on every live game in the app",
                "from the first regular-season game (October 2028)",
            ],
        ],
        "Target: video start failures under 1% of plays from L-0 (3.1% on RVB Sports Go today)",
    )


def line_two(d: Deck) -> None:
    line_page(
        d,
        "03 · Line 2",
        "Sell the seat",
        "Simple plans, honest billing",
        [
            ["Two plans: $19.99 a month or $149 for the season, both with a 7-day free trial"],
            ["Bill in the app stores and on the web through Billwise, with one account everywhere"],
            ["Retry failed card payments three times over 10 days before a subscription lapses"],
            [
                "Let season subscribers pause for the summer instead of cancelling,",
                "from the last playoff game",
            ],
            ["Record express consent for marketing email at sign-up, as CASL requires"],
        ],
        "Target: 45% of free trials turn into paid subscriptions by December 2028",
    )


def line_three(d: Deck) -> None:
    line_page(
        d,
        "03 · Line 3",
        "Keep them in the building",
        "Fan care on game night, and reasons to stay",
        [
            [
                "Open live chat in the app during every game window, from an hour before",
                "puck drop to an hour after the final whistle",
            ],
            ["Hire and train 14 seasonal Fan Care agents for evenings and weekends"],
            ["Write 60 help articles before L-30, starting with sign-in, payment and blackouts"],
            ["Send a win-back offer to every subscriber who cancels, 14 days after they leave"],
            ["Ask every subscriber for a fan score after their third game"],
        ],
        "Target: answer 80% of game-night chats within two minutes, from 1 October 2028",
    )


def line_four(d: Deck) -> None:
    line_page(
        d,
        "03 · Line 4",
        "Fill the building",
        "Win the fans we don't reach today",
        [
            ["Launch campaign on RVB Sports, on radio and in both arenas from L-30"],
            ["Email the 46,000 readers of the RVB Sports newsletter at L-30"],
            ["Sign up fans in the concourse at every Lynx and Herons home game in October"],
            ["Playoff push: a $49 playoffs-only plan from April 2029"],
        ],
        "Target: 60,000 paid subscriptions by 30 June 2029, and $7.2 million in subscription revenue",
    )


def kpis(d: Deck) -> None:
    top = d.start(
        "04 · Scoreboard",
        "What good looks like",
        "Season 1 targets · baselines from RVB Sports Go (2027–28 season) where one exists",
    )
    w, gxp, h, gyp = 540.0, 30.0, 206.0, 22.0
    tiles = [
        ("60,000", ["Active paid subscriptions"], ["Baseline 0 (new) · by 30 June 2029"]),
        ("< 6%", ["Monthly churn rate"], ["Baseline: new · each month, January to June 2029"]),
        ("45%", ["Free trials converted to paid"], ["Baseline: new · by December 2028"]),
        ("< 1%", ["Video start failures"], ["Baseline 3.1% · from L-0 (1 September 2028)"]),
        ("4.5", ["App store rating, both stores"], ["Baseline 2.6 · by 31 December 2028"]),
        (
            "80%",
            ["Game-night chats answered in 2 min"],
            ["Baseline: email only · from 1 October 2028"],
        ),
        ("$7.2M", ["Subscription revenue, Season 1"], ["Baseline $0 · by 30 June 2029"]),
        ("0", ["Games streamed outside our rights"], ["Baseline: new · every game from L-0"]),
        (
            "Higher",
            ["Fan score (NPS) of subscribers"],
            ["Baseline: first reading in the beta · target to be set"],
        ),
    ]
    for k, (big, label, small) in enumerate(tiles):
        r, c = divmod(k, 3)
        d.tile(LEFT + c * (w + gxp), top + r * (h + gyp), w, h, big, label, small, big_size=72)
    d.finish()


# ------------------------------------------------------------------ roadmap

ROAD_COLS = [
    ["May", "2028"],
    ["Jun"],
    ["Jul"],
    ["Aug"],
    ["Sep"],
    ["Oct–Dec"],
    ["Jan–Mar", "2029"],
    ["Apr–Jun"],
    ["Later"],
]
ROAD_CLOCK = [
    "L-120",
    "L-90",
    "L-60",
    "L-30",
    "L-0",
    "Season 1",
    "Season 1",
    "Playoffs",
    "Season 2",
]


def roadmap(d: Deck) -> None:
    top = d.start(
        "06 · Roadmap",
        "From L-120 to the last whistle",
        "Month 0 = May 2028 · 14 months, to the last playoff game in June 2029 · "
        "L-0 = launch day, 1 September 2028",
    )
    first = 330.0
    widths = [first] + [(WIDTH - first) / 9] * 9
    dot = "●"
    rows = [
        [[""], *ROAD_COLS],
        [["Countdown · season"], *[[c] for c in ROAD_CLOCK]],
        [
            ["Phase"],
            ["Build"],
            ["Build"],
            ["Build + Beta"],
            ["Beta"],
            ["Launch"],
            ["Season 1"],
            ["Season 1"],
            ["Season 1"],
            ["Not in this", "plan"],
        ],
        [
            ["App and video"],
            [f"{dot} Sprint 1"],
            [f"{dot} Sprint 2"],
            [f"{dot} Sprint 3"],
            [f"{dot} Fixes"],
            [dot],
            [dot],
            [dot],
            [dot],
            [""],
        ],
        [
            ["Subscriptions", "and billing"],
            [f"{dot} Billwise"],
            [dot],
            [dot],
            [dot],
            [dot],
            [dot],
            [dot],
            [f"{dot} Pause"],
            [""],
        ],
        [
            ["Rights and", "blackouts"],
            [f"{dot} Calendar"],
            [dot],
            [f"{dot} Tests"],
            [dot],
            [dot],
            [dot],
            [dot],
            [dot],
            ["Rights", "talks"],
        ],
        [
            ["Fan Care"],
            [""],
            [f"{dot} Hire"],
            [f"{dot} Train"],
            [dot],
            [dot],
            [dot],
            [dot],
            [dot],
            [""],
        ],
        [
            ["Marketing"],
            [""],
            [""],
            [""],
            [f"{dot} L-30"],
            [dot],
            [dot],
            [""],
            [f"{dot} Playoffs"],
            [""],
        ],
        [["The beta group"], [""], [""], [dot], [dot], [""], [""], [""], [""], [""]],
    ]
    heights = [68.0, 44.0, 68.0, 46.0, 68.0, 68.0, 46.0, 46.0, 46.0]
    fills: dict[tuple[int, int], Color] = {}
    for c in range(1, 10):
        fills[(1, c)] = ICE if c < 6 else NAVY
    fills[(1, 9)] = GREY
    fills[(0, 9)] = GREY
    for r in range(2, 9):
        fills[(r, 9)] = PALE
    for c in range(1, 9):
        fills[(2, c)] = ICEPALE
    bottom = d.table(LEFT, top - 10, widths, rows, heights, size=20, head=2, fills=fills)
    # the gates under the table, as diamonds on the column they fall in
    gy = bottom + 42
    d.text(LEFT + 12, gy + 8, "Gates", 22, BOLD, INK)
    col = widths[1]
    gates = [
        (3, 0.05, "G1 Beta go"),
        (4, 0.8, "G2 · L-7"),
        (5, 0.98, "G3 · L+30"),
        (8, 0.98, "G4 · Season review"),
    ]
    for c, frac, label in gates:
        cx = LEFT + first + (c - 1 + frac) * col
        d.diamond(cx, gy, 14, RED)
        if c == 8:
            d.text(cx - 22, gy + 8, label, 20, BOLD, RED, align="right")
        else:
            d.text(cx + 20, gy + 8, label, 20, BOLD, RED)
    notes = [
        "The beta runs alongside Sprint 3, the last build sprint, through July.",
        "'Later' is outside this plan: Season 2 (from October 2029) comes back to the board "
        "in June 2029.",
    ]
    d.lines(LEFT, gy + 64, notes, 21, REG, GREY, 30, WIDTH)
    d.finish()


def phases_and_gates(d: Deck) -> None:
    top = d.start("06 · Roadmap", "Four phases, four gates")
    w, gap, h = 397.0, 30.0, 230.0
    phases = [
        (
            "Phase 1 · Build",
            "L-120 to L-31",
            "4 May to 1 August 2028",
            "Three build sprints, one a month",
        ),
        (
            "Phase 2 · Beta",
            "L-60 to L-7",
            "3 July to 25 August 2028",
            "The beta group, while Sprint 3 runs",
        ),
        ("Phase 3 · Launch", "L-0 to L+30", "September 2028", "Open to every home in the region"),
        (
            "Phase 4 · Season 1",
            "Oct 2028 to Jun 2029",
            "Regular season and playoffs",
            "Playoffs April to June 2029",
        ),
    ]
    for k, (name, clock, dates, line) in enumerate(phases):
        x = LEFT + k * (w + gap)
        d.box(x, top - 30, w, h, PALE)
        d.rect(x, top - 30, w, 12, ICE)
        d.text(x + 24, top + 28, name, 30, BOLD, NAVY, limit=w - 48)
        d.text(x + 24, top + 72, clock, 25, BOLD, RED, limit=w - 48)
        d.text(x + 24, top + 108, dates, 21, REG, GREY, limit=w - 48)
        d.text(x + 24, top + 160, line, 20, REG, INK, limit=w - 48)
    gtop = top + h + 10
    widths = [330.0, 330.0, WIDTH - 660.0]
    rows = [
        [["Gate"], ["When"], ["What must be true to pass"]],
        [
            ["G1 · Beta go"],
            ["When all three are true"],
            [
                "Both app stores have approved the beta build",
                "Accessibility audit of the app passed",
                "Every blackout rule tested on 10 archived games; all three by L-60",
            ],
        ],
        [
            ["G2 · Launch go/no-go"],
            ["L-7 · 25 August 2028"],
            [
                "Video start failures under 1% in the beta",
                "Streamhouse load-tested at 40,000 concurrent streams",
                "14 seasonal agents trained; no open severity-1 defect",
            ],
        ],
        [
            ["G3 · Launch review"],
            ["L+30 · end of September 2028"],
            ["Churn, failures and chat times reviewed before the first regular-season game"],
        ],
        [
            ["G4 · Season review"],
            ["30 June 2029"],
            ["Results against every target; the Season 2 recommendation to the board"],
        ],
    ]
    heights = [50.0, 112.0, 112.0, 52.0, 52.0]
    d.table(LEFT, gtop, widths, rows, heights, size=22, head=1)
    d.finish()


def pilot(d: Deck) -> None:
    top = d.start(
        "05 · Pilot",
        "Closed beta: the fans who never miss a game",
        "L-60 to L-7 · 3 July to 25 August 2028",
    )
    d.lines(
        LEFT,
        top + 20,
        [
            "First with 1,800 Lynx season-ticket holders in Fort Renwick,",
            "from L-60 to L-7. From here on we call them the beta group.",
        ],
        34,
        BOLD,
        NAVY,
        46,
        1050,
    )
    d.text(LEFT, top + 150, "Steps", 26, BOLD, RED)
    d.numbered(
        LEFT,
        top + 205,
        [
            ["Invite the 1,800 by email at L-75, with a free season code"],
            [
                "Stream the Lynx rookie camp scrimmage (July) and",
                "the Herons summer showcase (August) live",
            ],
            ["Weekly beta readout every Friday: failures, sign-in,", "chats and ratings"],
            ["Exit at Gate 2: 70% of the beta group have streamed", "at least one event"],
        ],
        28,
        gap=14,
        limit=1040,
    )
    x = LEFT + 1130
    d.box(x, top - 10, RIGHT - x, 560, PALE)
    d.text(x + 34, top + 50, "Why Fort Renwick", 28, BOLD, RED)
    d.lines(
        x + 34,
        top + 110,
        [
            "The Lynx sell 9,400 season",
            "tickets, the most in their league.",
            "",
            "The club's fan panel already",
            "meets every month.",
            "",
            "Fort Renwick homes stream",
            "more than any other town in",
            "the region.",
        ],
        26,
        REG,
        INK,
        36,
        RIGHT - x - 68,
    )
    d.finish()


def who_for(d: Deck) -> None:
    top = d.start("07 · Fans", "Who Season 1 is for, and who it is not")
    w, gap, h = 397.0, 30.0, 330.0
    cards = [
        (
            ["Season-ticket", "holders"],
            [
                "The beta group first, then",
                "every Lynx and Herons",
                "season-ticket holder at",
                "launch",
            ],
        ),
        (
            ["Cord-cutters", "aged 18 to 34"],
            ["Signing up on game night,", "on a phone, minutes", "before puck drop"],
        ),
        (
            ["Cable subscribers", "of RVB Sports"],
            ["Moving from RVB Sports Go", "to watch on any screen"],
        ),
        (
            ["Lapsed", "subscribers"],
            ["Won back at playoff time"],
        ),
    ]
    for k, (name, lines) in enumerate(cards):
        x = LEFT + k * (w + gap)
        d.box(x, top - 10, w, h, PALE)
        y = d.lines(x + 28, top + 50, name, 32, BOLD, NAVY, 40, w - 56)
        d.lines(x + 28, y + 24, lines, 24, REG, INK, 32, w - 56)
    y = top + h + 60
    d.text(LEFT, y, "Not in scope for Season 1", 28, BOLD, RED)
    d.bullets(
        LEFT + 40,
        y + 54,
        [
            ["Out-of-market fans (the league does not allow it)"],
            ["A French-language commentary feed (Season 2 at the earliest)"],
            ["Betting odds and betting partners"],
            ["Pay-per-view events, and junior and university games"],
        ],
        26,
        gap=6,
    )
    d.finish()


def risks(d: Deck) -> None:
    top = d.start("08 · Risks", "What could knock us off the puck")
    widths = [560.0, 190.0, 150.0, WIDTH - 900.0]
    rows = [
        [["Risk"], ["Likelihood"], ["Impact"], ["Mitigation"]],
        [
            ["App store review holds up the", "beta build"],
            ["Medium"],
            ["High"],
            ["Submit the beta build to both stores by L-75"],
        ],
        [
            ["A game is shown to homes", "outside our rights"],
            ["Low"],
            ["High"],
            [
                "Rights team signs off each week's blackout list;",
                "Locata checks location before every stream",
            ],
        ],
        [
            ["Streams fail at puck drop on", "opening night"],
            ["Medium"],
            ["High"],
            ["Load-test Streamhouse at 40,000 concurrent", "streams by L-21"],
        ],
        [
            ["Fan Care swamped on launch", "weekend"],
            ["High"],
            ["Medium"],
            ["Help articles first in the app; all 14 seasonal", "agents on shift 1 to 4 September"],
        ],
        [
            ["Too few of the beta group use", "the app"],
            ["Medium"],
            ["Medium"],
            [
                "Add Herons season-ticket holders to the beta group",
                "at L-30 if fewer than 1,000 have streamed",
            ],
        ],
        [
            ["The Lynx miss the playoffs and", "fans leave"],
            ["Medium"],
            ["High"],
            ["Sell the season plan first; build the playoff push", "around both teams"],
        ],
    ]
    heights = [56.0] + [104.0] * 6
    d.table(LEFT, top - 20, widths, rows, heights, size=25, head=1, bold_first_col=False)
    d.finish()


def first_90_days(d: Deck) -> None:
    top = d.start(
        "09 · Next",
        "Clearing the ice: the first 90 days",
        "L-120 to L-30 · 4 May to 2 August 2028 · the lead in brackets",
    )
    d.numbered(
        LEFT,
        top + 20,
        [
            [
                "Sign the Billwise order for app-store and web billing by L-110 (Subscriptions Manager)"
            ],
            [
                "Agree with the Lynx how the beta invitations go out, by L-90 (Manager, Fan Experience)"
            ],
            [
                "Send the blackout rule set to the league for comment by L-80 "
                "(Rights and Scheduling Manager)"
            ],
            [
                "Take the app and caption plan to the Accessibility Advisory Panel on 14 June "
                "(Manager, Accessibility and Standards)"
            ],
            ["Post 14 seasonal Fan Care jobs by L-90 (People and Training Partner)"],
            ["Write the sign-up consent wording by L-90 (Business Affairs Counsel)"],
            ["Stand up the launch dashboard in Scoreboard by L-60 (Data and Insights Lead)"],
            [
                "Book the four gate reviews with the Steering Group by L-110 (Launch Program Manager)"
            ],
        ],
        28,
        gap=22,
        limit=WIDTH,
    )
    d.finish()


def monday(d: Deck) -> None:
    top = d.start("09 · Next", "What changes on Monday", "From Monday 8 May 2028")
    d.bullets(
        LEFT + 40,
        top + 30,
        [
            ["A launch stand-up every Monday and Thursday at 9:00 in the Fort Renwick newsroom"],
            [
                "Fan Care tags every RVB Sports Go complaint by cause, so Season 1 starts",
                "with the top ten known",
            ],
            ["Every game-night run sheet gets a streaming line, checked by the producer on shift"],
            [
                "Rights changes come to one inbox, read by the Rights and Scheduling Manager",
                "each morning",
            ],
            ["No new feature enters Sprint 3 after 3 July"],
        ],
        30,
        gap=30,
        limit=WIDTH - 40,
    )
    d.finish()


def governance(d: Deck) -> None:
    top = d.start("10 · Governance", "Who decides")
    rows = [
        (
            "Executive sponsor",
            [
                "Raj Bhullar, Chief Operating Officer. Chairs the Launch Steering Group",
                "and makes the go/no-go call at Gate 2.",
            ],
        ),
        (
            "Launch Steering Group",
            [
                "Weekly from L-120 to L+30, then monthly to June 2029. Vice-President,",
                "Digital; Chief Financial Officer; the Directors of Streaming Product,",
                "Streaming Operations, Broadcast Operations, and Marketing and Brand;",
                "Manager, Fan Care.",
            ],
        ),
        ("Launch Program Manager", ["Runs the plan, the risk log and the gate packs."]),
        (
            "Consulted, never deciding",
            [
                "The League Rights Liaison on blackout rules; the Accessibility Advisory",
                "Panel on captions, described video and the app.",
            ],
        ),
        (
            "Reporting",
            ["One launch dashboard in Scoreboard every Monday; a board update", "after each gate."],
        ),
    ]
    y = top
    for head, lines in rows:
        d.text(LEFT, y, head, 28, BOLD, RED, limit=440)
        end = d.lines(LEFT + 470, y, lines, 28, REG, INK, 38, WIDTH - 470)
        y = end + 30
        d.hline(LEFT, RIGHT, y - 40)
    d.finish()


def asks(d: Deck) -> None:
    top = d.start("11 · Decisions", "What we ask of the board today")
    y = d.numbered(
        LEFT,
        top + 10,
        [
            ["Approve the RVB Pass plan for launch and Season 1, May 2028 to June 2029"],
            ["Approve prices of $19.99 a month and $149 a season, with a 7-day free trial"],
            ["Approve $4.6 million capital and $3.1 million operating spend for 2028–29"],
            ["Release $2.2 million now for Build and Beta"],
            ["Agree the beta group and the Gate 1 criteria"],
            ["Delegate the Gate 2 launch go/no-go to the Chief Operating Officer"],
        ],
        30,
        gap=20,
    )
    d.text(
        LEFT,
        y + 20,
        "For noting: the Season 2 case comes back to the board in June 2029, after the last "
        "playoff game.",
        26,
        REG,
        GREY,
        limit=WIDTH,
    )
    d.box(LEFT, 880, WIDTH, 100, NAVY)
    d.text(
        LEFT + 40,
        942,
        "RVB Pass · launch 1 September 2028 · Season 1 ends with the 2029 playoffs",
        30,
        BOLD,
        WHITE,
        limit=WIDTH - 80,
    )
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    d = Deck(path)
    for slide in (
        cover,
        why_now,
        up_against,
        north_star,
        four_lines,
        line_one,
        line_two,
        line_three,
        line_four,
        kpis,
        pilot,
        roadmap,
        phases_and_gates,
        who_for,
        risks,
        first_90_days,
        monday,
        governance,
        asks,
    ):
        slide(d)
    d.save()


# =========================================================================== the org folder

ROSTER_HEAD = ["Name", "Title", "Team", "Responsibilities"]
ROSTER_ROWS = [
    [
        "Diane Marchetti",
        "President and Chief Executive Officer",
        "Executive",
        "Reports to the Board of Directors. Presents the RVB Pass plan and, in June 2029, the "
        "Season 2 case to the board.",
    ],
    [
        "Raj Bhullar",
        "Chief Operating Officer",
        "Executive",
        "Executive sponsor of RVB Pass. Chairs the Launch Steering Group and decides each launch "
        "gate, including the Gate 2 go/no-go.",
    ],
    [
        "Colette Arsenault",
        "Chief Financial Officer",
        "Finance",
        "Budget and capital approvals; releases funding tranches on the sponsor's request; "
        "revenue recognition for app-store and web sales.",
    ],
    [
        "Owen Tremblay",
        "Vice-President, Digital",
        "Digital",
        "Runs RVB Pass as a business: paid subscriptions and subscription revenue, prices within "
        "the range the board sets, the digital budget.",
    ],
    [
        "Priya Sandhu",
        "Launch Program Manager",
        "Digital",
        "Keeps the launch plan, the risk log and the weekly status; prepares the gate packs; "
        "secretary to the Launch Steering Group.",
    ],
    [
        "Mathieu Gagnon",
        "Director, Streaming Product",
        "Digital",
        "The RVB Pass app on every platform: features, backlog, releases and app store "
        "submissions. Manages the build partner, Kinetic Nine. Owns the app store rating.",
    ],
    [
        "Kwame Asante",
        "Director, Streaming Operations",
        "Technology",
        "Live video delivery: Streamhouse, encoding, the CDN, Locata location checks and "
        "game-night stream monitoring. Owns video start failures and load testing.",
    ],
    [
        "Lorraine MacIsaac",
        "Director, Broadcast Operations",
        "Broadcast",
        "Game production, master control and the feeds handed to Streamhouse; closed captions "
        "and described video for the RVB Sports channel.",
    ],
    [
        "Tom Whitehorse",
        "Rights and Scheduling Manager",
        "Programming",
        "Rights windows and the game schedule; see the rights agreement summary.",
    ],
    [
        "Hélène Cardinal",
        "Business Affairs Counsel",
        "Legal and Business Affairs",
        "Contracts with the leagues and vendors, terms of use, privacy and CASL advice; approves "
        "consent wording.",
    ],
    [
        "Jasmine Wong",
        "Subscriptions Manager",
        "Digital",
        "Plans and billing: Billwise set-up, app-store subscriptions, card payments, "
        "failed-payment retries, refunds and credits.",
    ],
    [
        "Kyle Fedoruk",
        "Subscriber Marketing Manager",
        "Marketing",
        "Campaigns that bring subscribers in and keep them: free-trial conversion, email and "
        "push messages, the Mailroom list, win-back offers.",
    ],
    [
        "Amira Haddad",
        "Director, Marketing and Brand",
        "Marketing",
        "The RVB Sports brand; the launch campaign on air, on radio and in the arenas; media "
        "buying; promotions with the teams.",
    ],
    [
        "Bev Kowalchuk",
        "Manager, Fan Care",
        "Customer Care",
        "Viewer support by email and phone, and chat from launch; HelpHub; help articles; "
        "agents' rotas.",
    ],
    [
        "Sean O'Rourke",
        "Manager, Fan Experience",
        "Partnerships",
        "Season-ticket holders and the teams' fan panels; the beta group; fan surveys and the "
        "fan score.",
    ],
    [
        "Nadia Fortin",
        "Manager, Accessibility and Standards",
        "Broadcast",
        "CRTC and accessibility compliance, caption quality, the accessibility plan under the "
        "Accessible Canada Act, the app's accessibility audit; RVB's contact for the "
        "Accessibility Advisory Panel.",
    ],
    [
        "Ethan Park",
        "Data and Insights Lead",
        "Finance",
        "Reporting; see the systems and data inventory and the metric definitions.",
    ],
    [
        "Grace Okonkwo",
        "People and Training Partner",
        "People",
        "Hiring, onboarding and training for every team, seasonal Fan Care agents included.",
    ],
    [
        "Doug Lafferty",
        "League Rights Liaison",
        "Consult only (leagues)",
        "Speaks for the Lynx's and the Herons' leagues on media rights. Consulted on blackout "
        "rules and highlight use; not a member of the launch team.",
    ],
    [
        "Rosalind Achterberg",
        "Accessibility Advisory Panel Chair",
        "Consult only (advisory panel)",
        "Chairs the panel of viewers with disabilities. Consulted on captions, described video "
        "and the app before launch; not a member of the launch team.",
    ],
]


def _sorted_zip(data: bytes) -> bytes:
    """The package rewritten with its entries in name order ("[Content_Types].xml" sorts
    first), each entry's fixed time and attributes kept."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def _roster_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    doc.add_heading("RVB Pass launch team", level=1)
    doc.add_paragraph(
        "Kept by the Launch Program Manager. Updated 20 April 2028. Who decides what is in the "
        "decision-rights memo; metric owners are in the metric definitions."
    )
    table = doc.add_table(rows=1, cols=len(ROSTER_HEAD))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ROSTER_HEAD, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for row in ROSTER_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph(
        "The last two rows are consulted by the launch team and own no work on the plan."
    )
    return _sorted_zip(
        ooxml_bytes(
            doc,
            ROSTER_STAMP,
            author="Priya Sandhu",
            title="RVB Pass launch team",
            comments="",
            last_modified_by="Priya Sandhu",
            revision=7,
        )
    )


RIGHTS_PARAS: list[tuple[str, str]] = [
    ("h1", "Summary of the 2027 media rights agreements"),
    (
        "p",
        "Prepared by Business Affairs for the RVB Pass launch team, 6 April 2028. This is a "
        "summary; the agreements govern.",
    ),
    ("h2", "Parties and term"),
    (
        "p",
        "Fort Renwick Lynx (Great Northern Hockey League) and Harlow Falls Herons (North Country "
        "Basketball Association), each with its league. Term: the 2027-28 to 2031-32 seasons.",
    ),
    ("h2", "What the renewal adds"),
    (
        "p",
        "From the 2028-29 season RVB may stream every regular-season and playoff game it "
        "broadcasts, live and as full replays, to homes inside the Renwick Valley broadcast "
        "region. Highlights of up to three minutes may be posted within 48 hours of a game; "
        "anything longer or later needs the league's written approval.",
    ),
    (
        "p",
        "Games a national partner holds (about nine Lynx games a season) are blacked out on "
        "RVB Pass.",
    ),
    ("h2", "Who does what at RVB"),
    (
        "p",
        "The Rights and Scheduling Manager keeps the rights calendar, sets the blackout rule for "
        "each game and sends each league a digital viewing report after every month.",
    ),
    (
        "p",
        "The League Rights Liaison must be consulted before any blackout rule is set or "
        "changed, with 10 business days' notice.",
    ),
    ("p", "The liaison advises; the rules are RVB's to set under the agreements."),
    ("h2", "Season-ticket holders"),
    (
        "p",
        "RVB holds no season-ticket holder data: the Lynx ticketing office keeps the list and "
        "will only send invitations itself, on its own letterhead.",
    ),
    (
        "p",
        "The Lynx have agreed to send one invitation to the RVB Pass beta and one at launch.",
    ),
    ("h2", "Reporting to the leagues"),
    ("p", "Each league receives monthly subscriber and viewing counts for its team's games."),
]


def _rights_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, text in RIGHTS_PARAS:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    return _sorted_zip(
        ooxml_bytes(
            doc,
            RIGHTS_STAMP,
            author="Hélène Cardinal",
            title="Summary of the 2027 media rights agreements",
            comments="",
            last_modified_by="Hélène Cardinal",
            revision=3,
        )
    )


METRICS_HEAD = ["Metric", "Definition", "Owner", "Baseline", "Source", "Reported"]
METRICS_ROWS = [
    [
        "Active paid subscriptions",
        "Subscriptions paid through Billwise or an app store and not cancelled, counted at month end.",
        "Vice-President, Digital",
        "0 (new service)",
        "Billwise; App Store and Google Play reports loaded into Arena",
        "Scoreboard, weekly",
    ],
    [
        "Monthly churn rate",
        "Paid subscriptions cancelled or lapsed in a month, divided by those active on the "
        "first day of the month.",
        "Subscriber Marketing Manager",
        "New service; first reading from the beta",
        "Billwise and app-store reports in Arena",
        "Scoreboard, monthly",
    ],
    [
        "Free trials converted to paid",
        "Share of 7-day free trials that become a paid subscription.",
        "Subscriber Marketing Manager",
        "New service",
        "Billwise",
        "Scoreboard, weekly",
    ],
    [
        "Video start failures",
        "Share of plays that do not start within 10 seconds.",
        "Director, Streaming Operations",
        "3.1% (RVB Sports Go, 2027-28 season)",
        "Streamhouse play logs, copied into Arena every Monday. The play logs are not retained "
        "beyond 30 days in Streamhouse.",
        "Scoreboard, after each game night",
    ],
    [
        "App store rating",
        "Average rating in the App Store and Google Play over the last 90 days.",
        "Director, Streaming Product",
        "2.6 (RVB Sports Go, 31 March 2028)",
        "Store consoles",
        "Scoreboard, monthly",
    ],
    [
        "Game-night chats answered in 2 min",
        "Share of chats opened in a game window (an hour before puck drop or tip-off to an hour "
        "after the final whistle) that an agent answers within two minutes.",
        "Manager, Fan Care",
        "Email only today: first reply in 31 hours on average (2027-28)",
        "HelpHub",
        "Scoreboard, after each game night",
    ],
    [
        "Subscription revenue",
        "Net revenue from RVB Pass subscriptions after app-store fees, refunds and credits.",
        "Vice-President, Digital",
        "$0 (new service)",
        "Billwise and the general ledger",
        "Monthly finance pack",
    ],
    [
        "Games streamed outside our rights",
        "Games or parts of games shown to a home that the rights agreements do not cover.",
        "Rights and Scheduling Manager",
        "New service",
        "Locata and Streamhouse logs; the leagues' audits",
        "After every game",
    ],
    [
        "Fan score (NPS)",
        "Net Promoter Score from the survey sent after a subscriber's third game.",
        "Manager, Fan Experience",
        "First reading from the beta (August 2028)",
        "Survey in Mailroom",
        "Scoreboard, monthly",
    ],
    [
        "Captioned and described live games",
        "Share of live games in the app carried with closed captions and with described video.",
        "Manager, Accessibility and Standards",
        "Captions on 100% of games on the RVB Sports channel and in RVB Sports Go",
        "Broadcast logs",
        "Quarterly, to the Accessibility Advisory Panel",
    ],
]


def _metrics_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(METRICS_HEAD)
    writer.writerows(METRICS_ROWS)
    return out.getvalue()


ORG_TEXT: dict[str, str] = {
    "governance/decision-rights-memo.md": """
# RVB Pass: who decides what

**Memo** from Raj Bhullar, Chief Operating Officer and executive sponsor of RVB Pass, to the
launch team. 20 April 2028.

This memo settles who decides, who does the work, who must be heard first and who is told,
for the decisions that come up between L-120 and the end of Season 1. Where a row names two
roles, the first decides. If a decision is not listed, it belongs to the role whose
responsibilities in the launch team table cover it, and the Launch Program Manager records
it in the risk log.

| Decision | Decides | Prepares or does the work | Must be consulted | Told |
|---|---|---|---|---|
| Gate 1, beta go (L-60) | Chief Operating Officer | Launch Program Manager | Director, Streaming Product; Manager, Accessibility and Standards | Launch Steering Group |
| Gate 2, launch go/no-go (L-7) | Chief Operating Officer | Launch Program Manager | Director, Streaming Operations; Manager, Fan Care; Rights and Scheduling Manager | Board of Directors |
| Gate 3, launch review (L+30) | Chief Operating Officer | Launch Program Manager | Vice-President, Digital | Board of Directors |
| Gate 4, season review and the Season 2 case (June 2029) | Chief Operating Officer, for the board | Vice-President, Digital | Chief Financial Officer | President and Chief Executive Officer |
| Prices and plans | Board of Directors; changes of up to 10% by the Vice-President, Digital | Subscriptions Manager | Chief Financial Officer | Manager, Fan Care |
| Blackout rule for each game | Rights and Scheduling Manager | Director, Streaming Operations | League Rights Liaison | Manager, Fan Care |
| Consent wording and terms of use | Business Affairs Counsel | Subscriber Marketing Manager | Vice-President, Digital | Manager, Fan Care |
| Caption and described video standard in the app | Manager, Accessibility and Standards | Director, Broadcast Operations; Director, Streaming Product | Accessibility Advisory Panel Chair | Launch Steering Group |
| Release of a funding tranche | Chief Financial Officer, on the sponsor's request | Launch Program Manager | Vice-President, Digital | Board of Directors |
| Fan Care hours and staffing | Manager, Fan Care | People and Training Partner | Chief Financial Officer | Launch Steering Group |
| The beta group: who is invited and when | Manager, Fan Experience | Subscriber Marketing Manager | Business Affairs Counsel | Launch Steering Group |

Two roles in the table are consulted and never decide or do the work: the League Rights
Liaison speaks for the leagues, and the Accessibility Advisory Panel Chair for the panel.
Their advice is recorded in the gate packs with our answer to it.

Raj
""",
    "governance/launch-steering-group-terms.md": """
# Launch Steering Group: terms of reference

Approved by the Chief Operating Officer, 20 April 2028.

## Purpose

To steer RVB Pass from L-120 (4 May 2028) to the end of Season 1 (30 June 2029), take the
four launch gates and keep the plan, its budget and its risks in one place.

## Members

- Chief Operating Officer (chair and executive sponsor)
- Vice-President, Digital
- Chief Financial Officer
- Director, Streaming Product
- Director, Streaming Operations
- Director, Broadcast Operations
- Director, Marketing and Brand
- Manager, Fan Care

The Launch Program Manager is secretary: keeps the plan and the risk log, writes the gate
packs and sends papers two business days before each meeting.

## How it works

- Meets weekly from L-120 to L+30, then monthly until the season review in June 2029.
- Quorum is the chair and four members.
- The group may move up to $250,000 between workstreams; anything more goes to the Chief
  Financial Officer, and anything above the approved budget to the board.
- A risk rated high for both likelihood and impact goes to the chair the same day.
- The Data and Insights Lead presents the launch dashboard at every meeting.
""",
    "governance/accessibility-advisory-panel-terms.md": """
# Accessibility Advisory Panel: terms of reference

The panel is eight viewers who are Deaf, hard of hearing, blind or partially sighted, or who
use switch access, chaired by Rosalind Achterberg. It was set up in 2023 when RVB published
its first accessibility plan under the Accessible Canada Act.

## Role

The panel advises RVB on captions, described video, the accessibility of our apps and the
accessibility plan. It is consulted; it does not approve or own work.

## Meetings

The panel meets only quarterly; its next meeting is on 14 June 2028, and it must be
consulted before the app is opened to the public.

Papers go to members in accessible formats ten business days before a meeting.

## At RVB

The Manager, Accessibility and Standards is the panel's contact, brings RVB's plans to it and
answers its advice in writing within 30 days.
""",
    "systems/systems-and-data.md": """
# RVB Pass: systems and data inventory

Kept by the Director, Streaming Operations, with the Data and Insights Lead for data.
Updated 18 April 2028.

| System | What it does | Business owner | Status |
|---|---|---|---|
| Streamhouse | Video platform for RVB Pass and RVB Sports Go: live ingest, encoding, the CDN, replays | Director, Streaming Operations | In service for RVB Sports Go since 2021; contract renewed to 2031 |
| Locata | Location check by IP address and device GPS before each stream: in region or out of region | Director, Streaming Operations | In service for RVB Sports Go |
| Billwise | Subscription billing and card payments on the web; reconciles App Store and Google Play subscriptions | Subscriptions Manager | Signed for RVB Pass; set-up in Sprint 1 |
| HelpHub | Fan Care's ticketing system: email tickets, macros and the help centre | Manager, Fan Care | In service since 2019 |
| Mailroom | Email and push sending; holds the newsletter list, consent records and surveys | Subscriber Marketing Manager | In service |
| Arena | RVB's data warehouse: Billwise, HelpHub, Streamhouse and store data, loaded nightly | Data and Insights Lead | In service |
| Scoreboard | Dashboards on Arena for every team | Data and Insights Lead | In service |
| RVB Sports Go | TV Everywhere app for cable and satellite subscribers, who sign in through their TV provider | Director, Streaming Product | Stays in service through Season 1 |
| Rights calendar | Every game, its windows and its blackout areas | Rights and Scheduling Manager | See the limits below |

Closed captions from the RVB Sports channel are carried in the Streamhouse feed for every
game today.

Kinetic Nine builds the RVB Pass apps under a statement of work that runs to L-0, with
support and fixes to 30 June 2029.

The Data and Insights Lead runs Arena and Scoreboard, builds the launch dashboard and the
monthly churn report, and keeps the metric definitions.

## Limits we know about

- Billwise cannot pause a subscription: a subscriber who wants to stop over the summer has
  to cancel and sign up again.
- The rights calendar relies on a spreadsheet kept by the Rights and Scheduling Manager;
  Streamhouse does not read it, so blackouts are set by hand for each game.
- Our HelpHub licence only covers email tickets; the chat module is not part of it.
- Described video is produced for the linear channel only and is not yet carried in the
  Streamhouse feed.
""",
    "context/fan-care-today.txt": """
FAN CARE TODAY - notes for the RVB Pass launch team
Bev Kowalchuk, Manager, Fan Care - 12 April 2028

Who we are: six full-time agents answering viewers of RVB Sports and RVB Sports Go by
email and phone, in HelpHub.

Volume: about 1,900 contacts a month in 2027-28, 60% of them about signing in through a
TV provider.

Fan Care works weekdays from 9 to 5 only, and there is no evening or weekend cover, while
nearly every game is played on an evening or a weekend.

First reply to an email takes 31 hours on average.

Training: new agents get three days of training from the People and Training Partner, who
keeps the course and the records. The seasonal agents for RVB Pass will take the same course,
with a fourth day on billing and blackouts.

The help centre has 22 articles, all written for RVB Sports Go.

What I need from the launch team: the price list, the blackout rules in plain words and the
refund policy by L-45, so the articles and macros are ready for the beta.
""",
    "context/newsletter-list-casl.txt": """
From: Hélène Cardinal, Business Affairs Counsel
To: Kyle Fedoruk, Subscriber Marketing Manager
Cc: Owen Tremblay, Vice-President, Digital
Date: 9 April 2028
Subject: RVB Pass launch email and the newsletter list

Kyle,

You asked whether we can email the RVB Sports newsletter list about RVB Pass at L-30.

The list has 46,000 addresses, gathered from contests and the website since 2019.

We have no record of express consent for the 46,000 newsletter addresses, so under CASL we
cannot send them a promotional email about RVB Pass.

What we can do: ask for consent on air and on the website and record it in Mailroom; from
launch, every sign-up gets an express-consent box whose wording I will write with you.
Receipts and password resets are transactional messages, which CASL allows without asking.

Hélène
""",
}


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/people/launch-team.docx"] = _roster_docx()
    files["org/context/rights-agreement-summary.docx"] = _rights_docx()
    files["org/measures/metric-definitions.csv"] = _metrics_csv()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
