"""Build the dev16 case ``kittiwake-aero``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, openpyxl, pypdf, python-docx
and python-pptx. reportlab is not in the project's lock, so make a separate venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev16/build_kittiwake_aero.py [out-folder]

Writes, under ``evals/dev16/kittiwake-aero/`` (or ``<out-folder>/kittiwake-aero/``), every file
of the case but ``gold.json``:

- ``release-on-time-a3-pack-2029-2031.pdf``: an aircraft maintenance, repair and overhaul
  (MRO) business's improvement plan as an "A3 pack": 15 pages of A3 landscape (1190.55 x
  841.89 pt) drawn with reportlab's canvas in core Helvetica. Each pillar is one Toyota-style
  A3 report: a title bar with its owner, a left column of bordered boxes "1. Background",
  "2. Current condition" (figures), "3. Target condition" and a right column "4. Root
  causes", "5. Countermeasures", "6. Implementation plan" (a drawn What / Who / When table,
  When in plan quarters) and "7. Follow-up". Text is wrapped inside the boxes. Every page's
  text is written to the PDF in reading order by position from the top of the page down
  (left to right along each baseline), the way a generator that lays a page out line by
  line writes it, so the two columns interleave in the PDF's own text order. Besides the
  five pillar A3s: a cover, an overview A3 (the north star and the A3 list), a page of 2028
  figures, the pilot's A3 (the Bay 3 ATR 72 C-check line at Ardmillan), a KPI table, a
  roadmap drawn as a grid of plan quarters "PQ1" ... "PQ10" with bars and gates (the clock is
  stated once, in the roadmap's footnote: "PQ1 = April-June 2029"), risks, the first 90
  days, governance and the ask, and a glossary.
- ``org/``: the roster as an XLSX RACI matrix (``people/raci-matrix.xlsx``: sheet "RACI" with
  programme activities in rows and the roles as column headers, cells R / A / C / I; sheet
  "Roles" with Role / Department / Programme involvement (Core / Extended / Consult only) /
  Remit), the Steering Board's terms of reference, a systems and records register, measure
  definitions, a summary of the CAA's 2028 audit, a Bay 3 fact sheet and an email from the
  Unite convenor.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, fixed ZIP entry times and document dates in the XLSX, and the text
files as literal strings (both through ``evals/dev16/_build.py``). It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev16").
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "kittiwake-aero"
DECK = "release-on-time-a3-pack-2029-2031.pdf"

PAGE_W, PAGE_H = landscape(A3)  # 1190.55 x 841.89 pt
MARGIN = 28.0
TITLE_H = 46.0
FOOT_H = 20.0
GUTTER = 14.0
COL_W = (PAGE_W - 2 * MARGIN - GUTTER) / 2
BODY_TOP = PAGE_H - MARGIN - TITLE_H - 10.0
BODY_BOTTOM = MARGIN + FOOT_H
PAGES = 15

FOOTER = "Kittiwake Aero Engineering \u00b7 Release on Time \u00b7 A3 pack \u00b7 Issue 2.1 \u00b7 Commercial in confidence"

NAVY = colors.Color(16 / 255, 42 / 255, 74 / 255)
TEAL = colors.Color(0 / 255, 110 / 255, 120 / 255)
INK = colors.Color(28 / 255, 28 / 255, 28 / 255)
GREY = colors.Color(95 / 255, 95 / 255, 95 / 255)
RULE = colors.Color(120 / 255, 120 / 255, 120 / 255)
HEAD_FILL = colors.Color(220 / 255, 230 / 255, 238 / 255)
PALE = colors.Color(242 / 255, 246 / 255, 249 / 255)
AMBER = colors.Color(232 / 255, 160 / 255, 40 / 255)
BAR = colors.Color(170 / 255, 205 / 255, 220 / 255)
PHASE = colors.Color(16 / 255, 42 / 255, 74 / 255)
WHITE = colors.white

STAMP = Stamp((2029, 3, 12, 9, 0, 0), "2029-03-12T09:00:00Z")  # the XLSX's time

# =========================================================================== drawing kit


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by the font's own widths."""
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for word in words:
            trial = word if not line else f"{line} {word}"
            if stringWidth(trial, font, size) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


class Sheet:
    """One PDF page: graphics go straight to the canvas, text is kept and written at the end
    in order of position (top to bottom, then left to right), as a line-by-line layout
    engine writes it."""

    def __init__(self, c: rl_canvas.Canvas, number: int) -> None:
        self.c = c
        self.number = number
        self.texts: list[tuple[float, float, str, str, float, colors.Color]] = []

    def put(
        self,
        x: float,
        y: float,
        text: str,
        font: str = "Helvetica",
        size: float = 9.0,
        color: colors.Color = INK,
        align: str = "left",
    ) -> None:
        if not text:
            return
        w = stringWidth(text, font, size)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        self.texts.append((round(y, 2), round(x, 2), text, font, size, color))

    def rect(self, x, y, w, h, fill=None, stroke=RULE, width=0.8) -> None:
        c = self.c
        c.saveState()
        c.setLineWidth(width)
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.restoreState()

    def line(self, x1, y1, x2, y2, color=RULE, width=0.6) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColor(color)
        c.setLineWidth(width)
        c.line(x1, y1, x2, y2)
        c.restoreState()

    def dot(self, cx, cy, r, fill=TEAL) -> None:
        c = self.c
        c.saveState()
        c.setFillColor(fill)
        c.circle(cx, cy, r, stroke=0, fill=1)
        c.restoreState()

    def diamond(self, cx, cy, r, fill=AMBER) -> None:
        c = self.c
        c.saveState()
        c.setFillColor(fill)
        c.setStrokeColor(NAVY)
        p = c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.restoreState()

    def finish(self) -> None:
        c = self.c
        for y, x, text, font, size, color in sorted(self.texts, key=lambda t: (-t[0], t[1])):
            c.setFont(font, size)
            c.setFillColor(color)
            c.drawString(x, y, text)
        c.showPage()


# ----------------------------------------------------------------- box contents


class Item:
    def height(self, w: float) -> float:  # pragma: no cover - interface
        raise NotImplementedError

    def draw(self, s: Sheet, x: float, y: float, w: float) -> float:  # pragma: no cover
        raise NotImplementedError


@dataclass
class P(Item):
    """A paragraph, bulleted unless told otherwise."""

    text: str
    bullet: bool = True
    bold: bool = False
    size: float = 9.0
    color: colors.Color = INK
    after: float = 3.0

    @property
    def font(self) -> str:
        return "Helvetica-Bold" if self.bold else "Helvetica"

    @property
    def lead(self) -> float:
        return self.size * 1.28

    def _lines(self, w: float) -> list[str]:
        indent = 10.0 if self.bullet else 0.0
        return wrap(self.text, self.font, self.size, w - indent)

    def height(self, w: float) -> float:
        return len(self._lines(w)) * self.lead + self.after

    def draw(self, s: Sheet, x: float, y: float, w: float) -> float:
        indent = 10.0 if self.bullet else 0.0
        for i, line in enumerate(self._lines(w)):
            base = y - self.size
            if i == 0 and self.bullet:
                s.dot(x + 2.5, base + self.size * 0.32, 1.6)
            s.put(x + indent, base, line, self.font, self.size, self.color)
            y -= self.lead
        return y - self.after


@dataclass
class Sub(Item):
    """A small bold label inside a box."""

    text: str
    color: colors.Color = TEAL

    def height(self, w: float) -> float:
        return 13.0

    def draw(self, s: Sheet, x: float, y: float, w: float) -> float:
        s.put(x, y - 9.0, self.text, "Helvetica-Bold", 9.0, self.color)
        return y - 13.0


@dataclass
class Fig(Item):
    """A figure: a big number and its label beside it."""

    number: str
    label: str
    num_w: float = 78.0

    def _lines(self, w: float) -> list[str]:
        return wrap(self.label, "Helvetica", 9.0, w - self.num_w)

    def height(self, w: float) -> float:
        return max(19.0, len(self._lines(w)) * 11.5) + 4.0

    def draw(self, s: Sheet, x: float, y: float, w: float) -> float:
        s.put(x, y - 14.0, self.number, "Helvetica-Bold", 15.0, TEAL)
        yy = y - 10.0
        for line in self._lines(w):
            s.put(x + self.num_w, yy, line, "Helvetica", 9.0, INK)
            yy -= 11.5
        return y - self.height(w)


@dataclass
class Table(Item):
    """A drawn table: header row filled, every cell wrapped, borders on every cell."""

    headers: list[str]
    rows: list[list[str]]
    fracs: list[float]
    size: float = 8.6
    head_size: float = 8.6
    bold_first: bool = False

    def _cells(self, row: list[str], w: float, font: str, size: float) -> list[list[str]]:
        return [
            wrap(text, font, size, f * w - 8.0) for text, f in zip(row, self.fracs, strict=True)
        ]

    def _row_h(self, cells: list[list[str]], size: float) -> float:
        return max(len(c) for c in cells) * size * 1.25 + 6.0

    def height(self, w: float) -> float:
        h = self._row_h(
            self._cells(self.headers, w, "Helvetica-Bold", self.head_size), self.head_size
        )
        for row in self.rows:
            h += self._row_h(self._cells(row, w, "Helvetica", self.size), self.size)
        return h + 4.0

    def draw(self, s: Sheet, x: float, y: float, w: float) -> float:
        def one(row: list[str], font: str, size: float, fill) -> None:
            nonlocal y
            cells = self._cells(row, w, font, size)
            h = self._row_h(cells, size)
            cx = x
            for i, (lines, f) in enumerate(zip(cells, self.fracs, strict=True)):
                s.rect(cx, y - h, f * w, h, fill=fill, stroke=RULE, width=0.6)
                ty = y - 3.0 - size
                cell_font = font
                if self.bold_first and i == 0 and font == "Helvetica":
                    cell_font = "Helvetica-Bold"
                for line in lines:
                    s.put(cx + 4.0, ty, line, cell_font, size, INK)
                    ty -= size * 1.25
                cx += f * w
            y -= h

        one(self.headers, "Helvetica-Bold", self.head_size, HEAD_FILL)
        for row in self.rows:
            one(row, "Helvetica", self.size, None)
        return y - 4.0


@dataclass
class Box:
    label: str
    items: list[Item] = field(default_factory=list)
    fill: colors.Color | None = None

    HEAD = 17.0
    PAD = 6.0

    def natural(self, w: float) -> float:
        inner = w - 2 * self.PAD
        return self.HEAD + self.PAD + sum(i.height(inner) for i in self.items) + self.PAD

    def draw(self, s: Sheet, x: float, top: float, w: float, h: float) -> None:
        s.rect(x, top - h, w, h, fill=self.fill, stroke=NAVY, width=1.0)
        s.rect(x, top - self.HEAD, w, self.HEAD, fill=HEAD_FILL, stroke=NAVY, width=1.0)
        s.put(x + self.PAD, top - 12.0, self.label, "Helvetica-Bold", 10.0, NAVY)
        y = top - self.HEAD - self.PAD
        for item in self.items:
            y = item.draw(s, x + self.PAD, y, w - 2 * self.PAD)
        if y < top - h - 0.5:
            raise ValueError(f"box {self.label!r} overflows on page {s.number}")


def column(s: Sheet, x: float, top: float, bottom: float, w: float, boxes: list[Box]) -> None:
    """Stack boxes down a column, sharing out the spare height among them."""
    gap = 8.0
    natural = [b.natural(w) for b in boxes]
    spare = (top - bottom) - sum(natural) - gap * (len(boxes) - 1)
    if spare < 0:
        raise ValueError(f"column overflows by {-spare:.0f} pt on page {s.number}")
    extra = spare / len(boxes)
    y = top
    for b, h in zip(boxes, natural, strict=True):
        b.draw(s, x, y, w, h + extra)
        y -= h + extra + gap


def chrome(s: Sheet, title: str, right: str = "") -> None:
    """Title bar and footer."""
    s.rect(MARGIN, PAGE_H - MARGIN - TITLE_H, PAGE_W - 2 * MARGIN, TITLE_H, fill=NAVY, stroke=None)
    s.put(MARGIN + 12, PAGE_H - MARGIN - 29.0, title, "Helvetica-Bold", 18.0, WHITE)
    if right:
        s.put(PAGE_W - MARGIN - 12, PAGE_H - MARGIN - 27.0, right, "Helvetica", 9.0, WHITE, "right")
    s.line(MARGIN, MARGIN + FOOT_H - 6, PAGE_W - MARGIN, MARGIN + FOOT_H - 6, RULE, 0.5)
    s.put(MARGIN, MARGIN + 2, FOOTER, "Helvetica", 7.5, GREY)
    s.put(
        PAGE_W - MARGIN, MARGIN + 2, f"Page {s.number} of {PAGES}", "Helvetica", 7.5, GREY, "right"
    )


def a3(s: Sheet, title: str, right: str, left: list[Box], rightcol: list[Box]) -> None:
    chrome(s, title, right)
    column(s, MARGIN, BODY_TOP, BODY_BOTTOM, COL_W, left)
    column(s, MARGIN + COL_W + GUTTER, BODY_TOP, BODY_BOTTOM, COL_W, rightcol)


def plan(rows: list[list[str]]) -> Table:
    return Table(["What", "Who", "When"], rows, [0.64, 0.22, 0.14])


# =========================================================================== the deck


def page_cover(s: Sheet) -> None:
    s.rect(0, 0, PAGE_W, PAGE_H, fill=NAVY, stroke=None)
    s.rect(0, 250, PAGE_W, 6, fill=AMBER, stroke=None)
    s.put(80, 700, "KITTIWAKE AERO ENGINEERING", "Helvetica-Bold", 16, AMBER)
    s.put(
        80,
        672,
        "Part-145 approved maintenance organisation UK.145.01377 \u00b7 Ardmillan Airport, Ayrshire",
        "Helvetica",
        11,
        WHITE,
    )
    s.put(80, 520, "Release on Time", "Helvetica-Bold", 64, WHITE)
    s.put(80, 470, "A3 pack \u00b7 Operating improvement plan 2029-2031", "Helvetica", 24, WHITE)
    s.put(
        80,
        420,
        "Every aircraft back with its operator on the day we promised.",
        "Helvetica-Oblique",
        16,
        AMBER,
    )
    s.put(
        80,
        330,
        "Base maintenance \u00b7 Line maintenance \u00b7 Engine and component shops \u00b7 Tooling \u00b7 Technical records",
        "Helvetica",
        12,
        WHITE,
    )
    s.put(80, 200, "For the Executive Board, 19 March 2029", "Helvetica-Bold", 12, WHITE)
    s.put(
        80,
        182,
        "Prepared by the Programme Lead, Release on Time, with the five A3 owners",
        "Helvetica",
        11,
        WHITE,
    )
    s.put(80, 164, "Issue 2.1 \u00b7 Commercial in confidence", "Helvetica", 11, WHITE)
    s.put(PAGE_W - 80, 164, f"Page 1 of {PAGES}", "Helvetica", 9, WHITE, "right")


def page_overview(s: Sheet) -> None:
    a3(
        s,
        "A3-0 \u00b7 Release on Time: the plan on one page",
        "Owner: Accountable Manager \u00b7 Coach: Programme Lead \u00b7 Issue 2.1 \u00b7 19 March 2029",
        [
            Box(
                "1. Background",
                [
                    P(
                        "Kittiwake maintains regional turboprops and narrow-body jets for six operators from two base "
                        "hangars (Ardmillan, three bays; Corsehill, two bays), three line stations, a PW127 engine shop "
                        "and a component workshop."
                    ),
                    P(
                        "Operators choose an MRO on two things: the day the aircraft comes back, and whether the "
                        "paperwork that comes with it is right. Two of our six contracts come up for renewal in 2030."
                    ),
                    P(
                        "This pack sets out one A3 per problem. Each names its owner, its numbers, its root causes and "
                        "the quarters in which the work runs."
                    ),
                ],
            ),
            Box(
                "2. Current condition",
                [
                    Fig(
                        "58%",
                        "of the 146 base checks we finished in 2028 went back to the operator by the contracted date.",
                    ),
                    Fig(
                        "21.4 d",
                        "average ATR 72 C-check, from induction to release, against 16 days in the check plan.",
                    ),
                    Fig(
                        "41%",
                        "of base maintenance task cards are raised and signed electronically; the rest are paper.",
                    ),
                    Fig("1.9", "technical delays per 100 departures at our three line stations."),
                    Fig(
                        "64", "certifying engineers (B1/B2) in post against an establishment of 82."
                    ),
                ],
            ),
            Box(
                "3. Target condition",
                [
                    Sub("North star"),
                    P(
                        "Every aircraft back with its operator on the day we promised, with records that need no chasing.",
                        bullet=False,
                        bold=True,
                        size=10.5,
                        color=NAVY,
                        after=6,
                    ),
                    P(
                        "By PQ10, every certificate of release to service at both hangars and all three line stations "
                        "is signed against an electronic record."
                    ),
                    P("Be the maintenance partner Scotland's regional operators choose first."),
                    P("Ten measures, each with a baseline, a target and a plan quarter (page 10)."),
                ],
            ),
        ],
        [
            Box(
                "4. Root causes (from the five A3s)",
                [
                    P("Parts and tools reach the aircraft after the task card, not before it."),
                    P("Findings are found late in the check and planned later still."),
                    P("Paper records move more slowly than aircraft, and the CAA finds the gaps."),
                    P("Too few certifying engineers where and when the work is."),
                    P("Shops start work before the operator has agreed what the work is."),
                ],
            ),
            Box(
                "5. Countermeasures: five A3s",
                [
                    Table(
                        ["A3", "Problem it solves", "A3 owner"],
                        [
                            [
                                "A3-1",
                                "Hangar turn time: kit every check before it arrives",
                                "Head of Base Maintenance",
                            ],
                            [
                                "A3-2",
                                "Paperless technical records: one work pack, signed in HangarOne",
                                "Technical Records Manager",
                            ],
                            [
                                "A3-3",
                                "Line stations: fix it before the first wave",
                                "Head of Line Maintenance",
                            ],
                            [
                                "A3-4",
                                "Shops and tooling: engines inducted ready, tools in calibration",
                                "Engine and Component Shops Manager",
                            ],
                            [
                                "A3-5",
                                "Certifying staff: more licences, fewer overtime hours",
                                "Head of People",
                            ],
                            [
                                "A3-P",
                                "Pilot: the Bay 3 ATR 72 C-check line at Ardmillan",
                                "Hangar Manager, Ardmillan",
                            ],
                        ],
                        [0.1, 0.58, 0.32],
                        bold_first=True,
                    ),
                ],
            ),
            Box(
                "6. Implementation plan",
                [
                    Table(
                        ["Phase", "What it proves", "When"],
                        [
                            [
                                "Phase 1 \u00b7 Prove it on Bay 3",
                                "Kitting, electronic task cards and shift-change boards on one C-check line; gate G1",
                                "PQ1-PQ2",
                            ],
                            [
                                "Phase 2 \u00b7 Extend to both hangars and the line",
                                "Every bay kitted and paperless; line stations on HangarOne; gate G2",
                                "PQ3-PQ6",
                            ],
                            [
                                "Phase 3 \u00b7 Make it how we work",
                                "Targets met and held; the programme closes at gate G3",
                                "PQ7-PQ10",
                            ],
                        ],
                        [0.36, 0.5, 0.14],
                    ),
                ],
            ),
            Box(
                "7. Follow-up",
                [
                    P(
                        "The Release on Time Steering Board, chaired by the Accountable Manager, meets monthly and reviews "
                        "the ten measures."
                    ),
                    P(
                        "Each A3 owner reports against box 7 of their own A3; a red measure two months running comes to "
                        "the Board with a recovery A3."
                    ),
                ],
            ),
        ],
    )


def page_figures(s: Sheet) -> None:
    chrome(
        s,
        "Where we are: 2028 in figures",
        "Source: HangarOne, StoresMaster, ShopFlow, operators' delay reports, CAA audit Sep 2028",
    )
    tiles = [
        ("6", "operators under contract, 38 aircraft: 24 ATR 72 and 14 A320 family"),
        ("212", "staff across two hangars, three line stations and two shops"),
        ("146", "base checks completed in 2028, 61 of them ATR 72 C-checks"),
        ("58%", "went back to the operator by the contracted date"),
        ("21.4 days", "average ATR 72 C-check from induction to release (plan: 16)"),
        (
            "11%",
            "of booked hours on Bay 3 spent waiting for parts, tools or a signature (work sampling, Nov 2028)",
        ),
        ("38%", "added to routine hours by non-routine findings; half of them raised after day 6"),
        ("9 days", "from a paper work pack's completion to its archive, in working days"),
        ("1.9", "technical delays per 100 departures at Carsebridge, Inverkeld and Dunmore Point"),
        ("23", "deferred defects more than 10 days old at 31 December, 9 of them at Dunmore Point"),
        ("41 days", "average PW127 hot-section shop visit, against 30 quoted to operators"),
        ("6.2%", "of calibrated tools overdue at the December 2028 stock check; two found in use"),
        (
            "7",
            "level-2 findings at the CAA's September 2028 audit, all on records, 3 of them repeats",
        ),
        ("64 of 82", "certifying engineer posts filled; 18% of engineer hours were overtime"),
        ("7 months", "from a new licence to a company authorisation on type, on average"),
        ("\u00a3412k", "liquidated damages paid to operators for late releases in 2028"),
    ]
    cols, rows = 4, 4
    tile_w = (PAGE_W - 2 * MARGIN - (cols - 1) * 10) / cols
    top = BODY_TOP
    tile_h = 118.0
    for i, (num, label) in enumerate(tiles):
        r, c = divmod(i, cols)
        x = MARGIN + c * (tile_w + 10)
        y = top - r * (tile_h + 10)
        s.rect(x, y - tile_h, tile_w, tile_h, fill=PALE, stroke=NAVY, width=0.8)
        s.put(x + 12, y - 40, num, "Helvetica-Bold", 30, TEAL)
        yy = y - 62
        for line in wrap(label, "Helvetica", 10.5, tile_w - 24):
            s.put(x + 12, yy, line, "Helvetica", 10.5, INK)
            yy -= 13.5
    qy = top - rows * (tile_h + 10) - 4
    s.put(
        MARGIN,
        qy - 12,
        "What operators told us at the autumn 2028 reviews",
        "Helvetica-Bold",
        11,
        NAVY,
    )
    quotes = [
        "\u201cWe plan the summer around your release dates. Last year we could not.\u201d \u2013 technical manager, ATR operator",
        "\u201cThe aircraft was ready on the Thursday; the paperwork was ready on the Tuesday after.\u201d \u2013 continuing airworthiness manager, A320 operator",
    ]
    for j, q in enumerate(quotes):
        s.put(MARGIN, qy - 30 - j * 15, q, "Helvetica-Oblique", 10, INK)


def page_a3_1(s: Sheet) -> None:
    a3(
        s,
        "A3-1 \u00b7 Hangar turn time: kit every check before it arrives",
        "Owner: Head of Base Maintenance \u00b7 Coach: Programme Lead \u00b7 Issue 2.1 \u00b7 19 March 2029",
        [
            Box(
                "1. Background",
                [
                    P(
                        "Base checks earn two thirds of our revenue. Operators book a slot a year ahead and plan their "
                        "flying around the release date we give them."
                    ),
                    P(
                        "A late release costs the operator a wet-leased aircraft, about \u00a314,000 a day, and costs us "
                        "liquidated damages under four of our six contracts."
                    ),
                ],
            ),
            Box(
                "2. Current condition",
                [
                    Fig(
                        "58%",
                        "of 2028's 146 base checks released by the contracted date; ATR 72 C-checks 49%.",
                    ),
                    Fig(
                        "21.4 d",
                        "average ATR 72 C-check from induction to release; the check plan says 16 days.",
                    ),
                    Fig(
                        "11%",
                        "of booked hours on Bay 3 spent waiting: parts 6%, tools 3%, a certifying signature 2%.",
                    ),
                    Fig(
                        "38%",
                        "added to routine hours by non-routine findings; half of the findings are raised after day 6.",
                    ),
                    P(
                        "Parts are issued at the stores counter one task card at a time. Shift handover is spoken, not "
                        "written; the night shift finds open tasks by walking the aircraft.",
                        after=2,
                    ),
                ],
            ),
            Box(
                "3. Target condition",
                [
                    P(
                        "On-time release of base checks: 90% released on or before the contracted date by PQ8."
                    ),
                    P("ATR 72 C-check turn time down from 21.4 to 16 days by PQ6."),
                    P("Waiting time on Bay 3 below 4% of booked hours by the end of PQ2."),
                    P(
                        "Every check inducted with its routine parts and tooling kitted and checked."
                    ),
                ],
            ),
        ],
        [
            Box(
                "4. Root causes (five whys, Bay 3 workshop, 28 November 2028)",
                [
                    P(
                        "Parts are picked per task card at the stores counter, after the engineer asks for them."
                    ),
                    P(
                        "Rotables and consumables for findings we see on every check are not ordered before induction."
                    ),
                    P(
                        "The zonal and structural inspections that raise most findings are scheduled in the second week."
                    ),
                    P(
                        "Handover between shifts is verbal, so work is found twice and signatures are chased at night."
                    ),
                ],
            ),
            Box(
                "5. Countermeasures",
                [
                    P(
                        "Kit routine parts and tooling for every check ten working days before induction."
                    ),
                    P(
                        "Move the zonal and structural inspections into the first three days of each check."
                    ),
                    P(
                        "Hold a 15-minute stand-up at every shift change in front of a visual check board."
                    ),
                    P(
                        "Walk round every aircraft with the operator's technical representative before induction."
                    ),
                ],
            ),
            Box(
                "6. Implementation plan",
                [
                    plan(
                        [
                            [
                                "Set up a kitting cage in Ardmillan stores, next to Bay 3",
                                "Stores",
                                "PQ1",
                            ],
                            [
                                "Kit Bay 3's ATR 72 C-checks ten working days before induction",
                                "Hangar Mgr Ardmillan",
                                "PQ1-PQ2",
                            ],
                            [
                                "Resequence the ATR 72 C-check work package: inspections first",
                                "Planning",
                                "PQ1",
                            ],
                            [
                                "Pre-induction walk-round with the operator for every base check",
                                "Planning",
                                "PQ2",
                            ],
                            [
                                "Visual check boards and shift-change stand-ups in all five bays",
                                "Base Maintenance",
                                "PQ3-PQ4",
                            ],
                            [
                                "Extend kitting to Corsehill and to the A320 lines",
                                "Stores",
                                "PQ3-PQ6",
                            ],
                            [
                                "Pre-load the 20 most frequent non-routine parts for each check type",
                                "Stores / Planning",
                                "PQ4-PQ5",
                            ],
                        ]
                    ),
                ],
            ),
            Box(
                "7. Follow-up",
                [
                    P("Turn time and on-time release per check, at the weekly hangar meeting."),
                    P(
                        "Work sampling repeated on Bay 3 at the end of PQ2, by the same method as November 2028."
                    ),
                    P(
                        "Kit completeness checked at induction: a missing kit line is logged and counted."
                    ),
                ],
            ),
        ],
    )


def page_a3_2(s: Sheet) -> None:
    a3(
        s,
        "A3-2 \u00b7 Paperless technical records: one work pack, signed in HangarOne",
        "Owner: Technical Records Manager \u00b7 Coach: Programme Lead \u00b7 Issue 2.1 \u00b7 19 March 2029",
        [
            Box(
                "1. Background",
                [
                    P(
                        "Every certificate of release to service rests on a complete work pack. The CAA judges us on our "
                        "records as closely as on our aircraft, and so do the operators' continuing airworthiness teams."
                    ),
                    P(
                        "HangarOne went live in Bays 1 and 2 at Ardmillan in March 2026. Bay 3, Corsehill and the line "
                        "stations still work on paper."
                    ),
                ],
            ),
            Box(
                "2. Current condition",
                [
                    Fig(
                        "41%",
                        "of base maintenance task cards raised and signed in HangarOne, all of them in Bays 1 and 2.",
                    ),
                    Fig(
                        "9 days",
                        "from a paper work pack's completion to its archive; two clerks check every card by hand.",
                    ),
                    Fig(
                        "7",
                        "level-2 findings at the CAA audit of September 2028, all on records; 3 repeat 2027 findings.",
                    ),
                    Fig(
                        "4",
                        "operator queries a week, on average, for a copy of a card or a missing stamp.",
                    ),
                ],
            ),
            Box(
                "3. Target condition",
                [
                    P(
                        "Task cards signed in HangarOne: 100% of base maintenance task cards, at both hangars, by PQ7."
                    ),
                    P("Repeat CAA findings on technical records: none from the PQ10 audit onward."),
                    P("Completed work packs checked and archived within 2 working days by PQ6."),
                    P(
                        "Deferred defects at the line stations held in HangarOne, not on paper sheets, by PQ6."
                    ),
                ],
            ),
        ],
        [
            Box(
                "4. Root causes",
                [
                    P(
                        "Electronic signature of task cards is approved in our exposition for Bays 1 and 2 only."
                    ),
                    P(
                        "Corsehill has no HangarOne licence and no tablets; Bay 3 has its tablets but no network."
                    ),
                    P(
                        "Packs are checked after the aircraft has gone, so a missing stamp is a query, not a fix."
                    ),
                    P(
                        "The line stations' deferred defects live on paper sheets that the next station never sees."
                    ),
                ],
            ),
            Box(
                "5. Countermeasures",
                [
                    P(
                        "Amend the exposition to allow electronic signature at every bay and every station."
                    ),
                    P("Put Bay 3, then Corsehill, on HangarOne with tablets at the aircraft."),
                    P(
                        "Check each task card in HangarOne as it closes, while the aircraft is still in the bay."
                    ),
                    P(
                        "Move the line stations' deferred-defect log into HangarOne's defect module."
                    ),
                ],
            ),
            Box(
                "6. Implementation plan",
                [
                    plan(
                        [
                            [
                                "Submit the MOE amendment for electronic signature at all sites to the CAA",
                                "Quality",
                                "PQ1",
                            ],
                            ["Tablets and HangarOne sign-off on Bay 3", "IT", "PQ1-PQ2"],
                            [
                                "Records check as each task card closes; retire the post-release check",
                                "Tech Records",
                                "PQ2-PQ3",
                            ],
                            ["HangarOne licences and 30 tablets for Corsehill", "IT", "PQ4-PQ5"],
                            [
                                "Back-scan the 2026-2028 ATR 72 paper packs into HangarOne",
                                "Tech Records",
                                "PQ3-PQ7",
                            ],
                            [
                                "Deferred-defect log in HangarOne at the three line stations",
                                "Line Maintenance",
                                "PQ5-PQ6",
                            ],
                        ]
                    ),
                ],
            ),
            Box(
                "7. Follow-up",
                [
                    P("Share of task cards signed in HangarOne, per bay, every month."),
                    P("Quality samples ten closed packs a month against the seven 2028 findings."),
                    P("Pack-to-archive time from HangarOne's close date, reported weekly."),
                ],
            ),
        ],
    )


def page_a3_3(s: Sheet) -> None:
    a3(
        s,
        "A3-3 \u00b7 Line stations: fix it before the first wave",
        "Owner: Head of Line Maintenance \u00b7 Coach: Programme Lead \u00b7 Issue 2.1 \u00b7 19 March 2029",
        [
            Box(
                "1. Background",
                [
                    P(
                        "Our line stations at Carsebridge, Inverkeld and Dunmore Point turn the operators' aircraft round "
                        "overnight and before the first wave. A technical delay at 06:00 runs through the operator's day."
                    ),
                    P(
                        "Dunmore Point is an island station: parts come by road and ferry, and the night shift is two "
                        "engineers."
                    ),
                ],
            ),
            Box(
                "2. Current condition",
                [
                    Fig(
                        "1.9",
                        "technical delays per 100 departures in 2028 (operators' delay codes 41 to 47).",
                    ),
                    Fig(
                        "23",
                        "deferred defects more than 10 days old on 31 December; 9 of them at Dunmore Point.",
                    ),
                    Fig(
                        "9 h",
                        "average time for an AOG part to reach Dunmore Point from Ardmillan stores.",
                    ),
                    P(
                        "At night Dunmore Point has B1 cover only: an avionics defect waits for the day shift or an "
                        "engineer from Ardmillan.",
                        after=2,
                    ),
                ],
            ),
            Box(
                "3. Target condition",
                [
                    P("Technical delays per 100 departures down from 1.9 to 1.1 by PQ8."),
                    P(
                        "Deferred defects older than 10 days: no more than 5 across the three stations by PQ6."
                    ),
                    P("A B2-licensed engineer on every Dunmore Point night shift from PQ6."),
                ],
            ),
        ],
        [
            Box(
                "4. Root causes",
                [
                    P("Spares for the ten most frequent defects are held only at Ardmillan."),
                    P("Night cover at Dunmore Point has no avionics licence on it."),
                    P(
                        "A defect deferred at one station is not seen by the next station the aircraft lands at."
                    ),
                    P("Troubleshooting know-how lives in engineers' own notebooks."),
                ],
            ),
            Box(
                "5. Countermeasures",
                [
                    P("Hold a flyaway kit of the 40 most-used line spares at each station."),
                    P("Train two Dunmore Point B1s to B2 and add a B2 to the night roster."),
                    P(
                        "One daily deferred-defect call across the three stations and the operators' maintenance control."
                    ),
                    P("Troubleshooting cards for the ten most frequent defects on each type."),
                ],
            ),
            Box(
                "6. Implementation plan",
                [
                    plan(
                        [
                            [
                                "Start the daily 07:30 deferred-defect call with operators' maintenance control",
                                "Line Maintenance",
                                "PQ1",
                            ],
                            [
                                "Flyaway kits at Carsebridge, Inverkeld and Dunmore Point",
                                "Stores",
                                "PQ2-PQ3",
                            ],
                            [
                                "B2 courses for two Dunmore Point B1 engineers",
                                "Training",
                                "PQ2-PQ5",
                            ],
                            [
                                "Troubleshooting cards: top ten defects, ATR 72 and A320",
                                "Line Maintenance",
                                "PQ3-PQ4",
                            ],
                            [
                                "B2 night cover on the Dunmore Point roster",
                                "Line Maintenance",
                                "PQ4-PQ6",
                            ],
                        ]
                    ),
                ],
            ),
            Box(
                "7. Follow-up",
                [
                    P(
                        "Delays per 100 departures each month, from the operators' delay reports, by station and by cause."
                    ),
                    P("Age of every open deferred defect, every Monday, by station."),
                    P("Flyaway kit use and refill lead time, monthly, with Stores."),
                ],
            ),
        ],
    )


def page_a3_4(s: Sheet) -> None:
    a3(
        s,
        "A3-4 \u00b7 Shops and tooling: engines inducted ready, tools in calibration",
        "Owner: Engine and Component Shops Manager \u00b7 Tooling: Tooling and Calibration Supervisor \u00b7 Issue 2.1",
        [
            Box(
                "1. Background",
                [
                    P(
                        "The engine shop carries out PW127 hot-section inspections and module changes for our ATR "
                        "operators; the component workshop overhauls wheels, brakes, batteries and safety equipment."
                    ),
                    P(
                        "Both shops feed the hangars, and both rely on tools from the two tool stores. A tool past its "
                        "calibration date makes every task it touched suspect."
                    ),
                ],
            ),
            Box(
                "2. Current condition",
                [
                    Fig(
                        "41 d",
                        "average PW127 hot-section shop visit in 2028, against 30 days quoted to operators.",
                    ),
                    Fig(
                        "6.5 d",
                        "wheel and brake turn in the component workshop; 1 in 5 hangar requests met from exchange stock.",
                    ),
                    Fig(
                        "6.2%",
                        "of calibrated tools overdue at the December 2028 stock check; two were found in use.",
                    ),
                    P(
                        "The Ardmillan tool store is barcoded on ToolTrak. Corsehill signs tools out in a book.",
                        after=2,
                    ),
                ],
            ),
            Box(
                "3. Target condition",
                [
                    P("PW127 hot-section shop visit turn time: 30 days by PQ9."),
                    P("Calibrated tools overdue: below 1% at every monthly audit by PQ4."),
                    P(
                        "No tool found in use past its calibration date, at either tool store, from PQ3."
                    ),
                ],
            ),
        ],
        [
            Box(
                "4. Root causes",
                [
                    P(
                        "Engines are inducted before the operator has approved the workscope and the parts quote."
                    ),
                    P(
                        "ShopFlow, the engine shop's job system, does not pass parts requests to StoresMaster."
                    ),
                    P("Calibration due dates sit in a spreadsheet with no automatic recall."),
                    P(
                        "Tools at Corsehill are not tracked, so an overdue tool is found only at stock check."
                    ),
                ],
            ),
            Box(
                "5. Countermeasures",
                [
                    P("Induct an engine only with an approved workscope and parts quote."),
                    P(
                        "Recall every tool for calibration 30 days before it falls due, from ToolTrak."
                    ),
                    P("Barcode the Corsehill tool store and run it on ToolTrak like Ardmillan."),
                    P("A locked quarantine cage at each tool store for tools past due."),
                ],
            ),
            Box(
                "6. Implementation plan",
                [
                    plan(
                        [
                            [
                                "Move calibration due dates into ToolTrak and recall every overdue tool",
                                "Tool Store",
                                "PQ1-PQ2",
                            ],
                            [
                                "Induction rule: approved workscope and parts quote before an engine enters the shop",
                                "Shops / Planning",
                                "PQ2",
                            ],
                            [
                                "Wheel and brake exchange stock for the ATR 72 fleet",
                                "Stores",
                                "PQ3",
                            ],
                            [
                                "Barcode the Corsehill tool store and bring it onto ToolTrak",
                                "Tool Store",
                                "PQ3-PQ4",
                            ],
                            ["ShopFlow to StoresMaster parts-request link", "IT", "PQ5-PQ7"],
                        ]
                    ),
                ],
            ),
            Box(
                "7. Follow-up",
                [
                    P("Shop visit turn time per engine serial number, monthly."),
                    P("Calibration overdue at each monthly tool store audit, reported by Quality."),
                ],
            ),
        ],
    )


def page_a3_5(s: Sheet) -> None:
    a3(
        s,
        "A3-5 \u00b7 Certifying staff: more licences, fewer overtime hours",
        "Owner: Head of People \u00b7 Coach: Programme Lead \u00b7 Issue 2.1 \u00b7 19 March 2029",
        [
            Box(
                "1. Background",
                [
                    P(
                        "Only a licensed engineer holding our company authorisation can sign a release. Where and when "
                        "none is on shift, finished work waits for a signature."
                    ),
                    P(
                        "Contract rates for B1 engineers rose 22% in two years; we lost nine certifying engineers in 2028, "
                        "six of them to contract work."
                    ),
                ],
            ),
            Box(
                "2. Current condition",
                [
                    Fig(
                        "64", "certifying engineers (B1/B2) in post against an establishment of 82."
                    ),
                    Fig("18%", "of engineer hours in 2028 were overtime, 31% on Friday nights."),
                    Fig("7 mo", "average from a new licence to a company authorisation on type."),
                    Fig("11", "apprentices in training; the first four finish in 2030."),
                ],
            ),
            Box(
                "3. Target condition",
                [
                    P("Certifying engineers in post: 78 by PQ8."),
                    P("Company authorisation within 3 months of a licence or type course by PQ5."),
                    P(
                        "Overtime share of engineer hours below 10%, on a date to be set once the shift-pattern "
                        "consultation with Unite has ended."
                    ),
                ],
            ),
        ],
        [
            Box(
                "4. Root causes",
                [
                    P(
                        "Agencies and airlines pay more for B1s on contract, and we ask nothing back for the licences we fund."
                    ),
                    P(
                        "Type courses are booked only when a vacancy opens, so a new engineer waits for the next course."
                    ),
                    P("Authorisation assessments wait for one of two Quality auditors."),
                    P("The four-on four-off pattern leaves Friday nights short at both hangars."),
                ],
            ),
            Box(
                "5. Countermeasures",
                [
                    P(
                        "A licence-upgrade path from B1 to B1 and B2, paid by Kittiwake, with a two-year retention bond."
                    ),
                    P("Book ATR 72 and A320 type courses a year ahead."),
                    P("Train two senior B1s per hangar as authorisation assessors."),
                    P("Propose a shift pattern with a Friday night overlap."),
                ],
            ),
            Box(
                "6. Implementation plan",
                [
                    plan(
                        [
                            [
                                "Consult Unite on the Friday night overlap shift pattern",
                                "People",
                                "PQ1-PQ2",
                            ],
                            [
                                "Agree the licence-upgrade path and retention bond",
                                "People",
                                "PQ1-PQ2",
                            ],
                            ["Annual type-course plan for ATR 72 and A320", "Training", "PQ2"],
                            ["Train four authorisation assessors", "Quality", "PQ2-PQ3"],
                            ["Recruit 14 certifying engineers", "People", "PQ2-PQ8"],
                        ]
                    ),
                ],
            ),
            Box(
                "7. Follow-up",
                [
                    P("Certifying headcount and overtime share, monthly, per hangar and station."),
                    P("Days from licence to authorisation, per engineer, in SkillLog."),
                ],
            ),
        ],
    )


def page_pilot(s: Sheet) -> None:
    a3(
        s,
        "A3-P \u00b7 Pilot: the Bay 3 ATR 72 C-check line, Ardmillan",
        "Owner: Hangar Manager, Ardmillan \u00b7 Runs PQ1-PQ2 \u00b7 Decided at gate G1",
        [
            Box(
                "1. Background: why Bay 3",
                [
                    P(
                        "Bay 3 runs ATR 72 C-checks back to back for three operators: Skerry Air, Solway Regional and "
                        "Clyde Link. It is our most repeatable check and our latest: if kitting works anywhere, it works here."
                    ),
                    P(
                        "26 engineers on two shifts, 11 of them certifying. Bay 3 still signs task cards on paper."
                    ),
                ],
            ),
            Box(
                "2. Current condition",
                [
                    Fig("22.1 d", "Bay 3 average C-check in 2028, the longest of our five bays."),
                    Fig("9 of 19", "Bay 3 C-checks released by the contracted date in 2028."),
                    Fig("11%", "of booked hours spent waiting (work sampling, November 2028)."),
                ],
            ),
            Box(
                "3. Target condition: the G1 pass marks",
                [
                    P("Four Bay 3 C-checks in a row released on or before the contracted date."),
                    P(
                        "Average Bay 3 C-check turn time at or below 18 days over those four checks."
                    ),
                    P(
                        "Every Bay 3 task card raised and signed in HangarOne from the second pilot check."
                    ),
                    P("Waiting time below 4% of booked hours at the PQ2 work sampling."),
                ],
            ),
        ],
        [
            Box(
                "4. What stands in the way on Bay 3",
                [
                    P("No kitting area near the bay; the stores counter is 140 metres away."),
                    P(
                        "The hangar network does not reach Bay 3, so its tablets cannot be used there yet."
                    ),
                    P(
                        "Electronic signature needs the CAA to accept our exposition amendment first."
                    ),
                ],
            ),
            Box(
                "5. What the pilot changes",
                [
                    P("A3-1: kitted checks, inspections first, shift-change boards."),
                    P("A3-2: tablets and HangarOne sign-off, records checked as each card closes."),
                    P("A3-4: a Bay 3 tool board on ToolTrak, with its calibration dates."),
                ],
            ),
            Box(
                "6. Implementation plan",
                [
                    plan(
                        [
                            [
                                "Fit two wireless access points in Bay 3 and test coverage at every aircraft position",
                                "IT",
                                "PQ1 wk 3-6",
                            ],
                            [
                                "Brief both Bay 3 shifts on kitting and the check board",
                                "Hangar Mgr Ardmillan",
                                "PQ1 wk 8",
                            ],
                            [
                                "Induct the first kitted C-check: Skerry Air ATR 72 G-SKRA",
                                "Hangar Mgr Ardmillan",
                                "PQ1 wk 10",
                            ],
                            [
                                "Four kitted C-checks, measured against the pass marks",
                                "Hangar Mgr Ardmillan",
                                "PQ1-PQ2",
                            ],
                            ["Repeat the work sampling on Bay 3", "Programme Lead", "PQ2 wk 10"],
                        ]
                    ),
                ],
            ),
            Box(
                "7. Follow-up: gate G1",
                [
                    P(
                        "At the end of PQ2 the Steering Board decides go, change or stop on the pass marks in box 3."
                    ),
                    P("Go releases Phase 2: kitting and HangarOne for every bay."),
                ],
            ),
        ],
    )


def page_kpis(s: Sheet) -> None:
    chrome(
        s,
        "Ten measures, one clock",
        "Baselines are calendar 2028 unless stated \u00b7 By = the plan quarter in which the target is first met, then held",
    )
    t = Table(
        ["#", "Measure", "How it is counted", "Baseline", "Target", "By", "A3", "Measure owner"],
        [
            [
                "1",
                "On-time release of base checks",
                "Share of base checks released on or before the contracted date",
                "58%",
                "90%",
                "PQ8",
                "A3-1",
                "Head of Base Maintenance",
            ],
            [
                "2",
                "ATR 72 C-check turn time",
                "Calendar days from induction to certificate of release to service",
                "21.4 days",
                "16 days",
                "PQ6",
                "A3-1",
                "Head of Base Maintenance",
            ],
            [
                "3",
                "Task cards signed in HangarOne",
                "Share of base maintenance task cards raised and signed electronically, both hangars",
                "41%",
                "100%",
                "PQ7",
                "A3-2",
                "Technical Records Manager",
            ],
            [
                "4",
                "Repeat CAA findings on technical records",
                "Level-2 findings at the annual CAA audit that repeat an earlier finding",
                "3",
                "0",
                "PQ10",
                "A3-2",
                "Quality Manager",
            ],
            [
                "5",
                "Technical delays per 100 departures",
                "Delays coded 41-47 by operators at our three line stations",
                "1.9",
                "1.1",
                "PQ8",
                "A3-3",
                "Head of Line Maintenance",
            ],
            [
                "6",
                "Deferred defects older than 10 days",
                "Open deferred defects at the three line stations, counted each Monday",
                "23",
                "5 or fewer",
                "PQ6",
                "A3-3",
                "Head of Line Maintenance",
            ],
            [
                "7",
                "PW127 hot-section shop visit turn time",
                "Calendar days from engine induction to release",
                "41 days",
                "30 days",
                "PQ9",
                "A3-4",
                "Engine and Component Shops Manager",
            ],
            [
                "8",
                "Calibrated tools overdue",
                "Share of calibrated tools past their due date at the monthly audit",
                "6.2%",
                "below 1%",
                "PQ4",
                "A3-4",
                "Tooling and Calibration Supervisor",
            ],
            [
                "9",
                "Certifying engineers in post",
                "B1 and B2 engineers holding a company authorisation",
                "64",
                "78",
                "PQ8",
                "A3-5",
                "Head of People",
            ],
            [
                "10",
                "Overtime share of engineer hours",
                "Overtime hours over all hours booked by engineers",
                "18%",
                "below 10%",
                "after the Unite consultation",
                "A3-5",
                "Head of People",
            ],
        ],
        [0.03, 0.2, 0.29, 0.07, 0.07, 0.08, 0.05, 0.21],
        size=11.0,
        head_size=11.0,
        bold_first=False,
    )
    x, w = MARGIN, PAGE_W - 2 * MARGIN
    y = t.draw(s, x, BODY_TOP, w)
    notes = [
        "Measures 1, 2 and 7 count calendar days, weekends included, as our contracts do.",
        "Measure 5 uses the operators' own delay codes; a delay shared with another cause counts once.",
        "Measure 10 has no date yet: the shift pattern that sets it is under consultation with Unite (A3-5).",
    ]
    for i, n in enumerate(notes):
        s.put(x, y - 18 - i * 14, n, "Helvetica", 9.5, GREY)


ROAD_LANES: list[tuple[str, list[tuple[int, int, str]]]] = [
    (
        "A3-1 Hangar turn time",
        [
            (1, 2, "Kitting cage; Bay 3 checks kitted"),
            (3, 4, "Check boards in all five bays"),
            (3, 6, "Kitting at Corsehill and the A320 lines"),
        ],
    ),
    (
        "A3-2 Paperless records",
        [
            (1, 2, "MOE amendment to the CAA; Bay 3 tablets"),
            (4, 5, "Corsehill on HangarOne"),
            (3, 7, "Back-scan 2026-2028 ATR 72 packs"),
            (5, 6, "Line defect log in HangarOne"),
        ],
    ),
    (
        "A3-3 Line stations",
        [
            (1, 10, "Daily 07:30 deferred-defect call"),
            (2, 3, "Flyaway kits at three stations"),
            (4, 6, "B2 night cover, Dunmore Point"),
        ],
    ),
    (
        "A3-4 Shops and tooling",
        [
            (1, 2, "Calibration dates into ToolTrak"),
            (3, 4, "Corsehill tool store on ToolTrak"),
            (5, 7, "ShopFlow to StoresMaster link"),
        ],
    ),
    (
        "A3-5 Certifying staff",
        [
            (1, 2, "Unite consultation; upgrade path"),
            (2, 8, "Recruit 14 certifying engineers"),
            (2, 5, "B2 courses, Dunmore Point"),
        ],
    ),
    (
        "A3-P Bay 3 pilot",
        [
            (1, 2, "Four kitted, paperless C-checks"),
        ],
    ),
]


def page_roadmap(s: Sheet) -> None:
    chrome(
        s,
        "Roadmap: ten plan quarters, three phases, three gates",
        "Bars show the quarters in which the work runs",
    )
    label_w = 150.0
    x0 = MARGIN + label_w
    grid_w = PAGE_W - MARGIN - x0
    qw = grid_w / 10
    top = BODY_TOP
    # quarter header
    for q in range(10):
        s.rect(x0 + q * qw, top - 20, qw, 20, fill=HEAD_FILL, stroke=NAVY, width=0.6)
        s.put(x0 + q * qw + qw / 2, top - 14, f"PQ{q + 1}", "Helvetica-Bold", 10, NAVY, "center")
    # phase band
    y = top - 24
    s.put(MARGIN, y - 16, "Phases", "Helvetica-Bold", 10, NAVY)
    for a, b, text in [
        (1, 2, "Phase 1 \u00b7 Prove it on Bay 3"),
        (3, 6, "Phase 2 \u00b7 Extend to both hangars and the line"),
        (7, 10, "Phase 3 \u00b7 Make it how we work"),
    ]:
        bx = x0 + (a - 1) * qw + 1
        bw = (b - a + 1) * qw - 2
        s.rect(bx, y - 24, bw, 24, fill=PHASE, stroke=None)
        s.put(bx + 6, y - 16, text, "Helvetica-Bold", 9.5, WHITE)
    y -= 32
    bar_h = 26.0
    # quarter lines first, under the bars
    end = y - sum(len(bars) * (bar_h + 4) + 8 for _, bars in ROAD_LANES)
    for q in range(11):
        s.line(x0 + q * qw, top - 20, x0 + q * qw, end, RULE, 0.3)
    for lane, bars in ROAD_LANES:
        lane_h = len(bars) * (bar_h + 4) + 8
        s.line(MARGIN, y, PAGE_W - MARGIN, y, RULE, 0.5)
        s.put(MARGIN, y - 16, lane, "Helvetica-Bold", 9.5, NAVY)
        by = y - 6
        for a, b, text in bars:
            bx = x0 + (a - 1) * qw + 2
            bw = (b - a + 1) * qw - 4
            s.rect(bx, by - bar_h, bw, bar_h, fill=BAR, stroke=NAVY, width=0.5)
            lines = wrap(text, "Helvetica", 8.0, bw - 8)
            ty = by - 10 if len(lines) > 1 else by - 16
            for line in lines[:2]:
                s.put(bx + 4, ty, line, "Helvetica", 8.0, INK)
                ty -= 9.5
            by -= bar_h + 4
        y -= lane_h
    # gates
    s.line(MARGIN, y, PAGE_W - MARGIN, y, RULE, 0.5)
    s.put(MARGIN, y - 18, "Gates", "Helvetica-Bold", 10, NAVY)
    for q, label, sub in [
        (2, "G1 \u00b7 Bay 3 go/no-go", "pass marks on the pilot A3"),
        (6, "G2 \u00b7 both hangars paperless and kitted", "line stations on HangarOne"),
        (10, "G3 \u00b7 targets met and held", "close Release on Time"),
    ]:
        gx = x0 + q * qw
        s.diamond(gx - 8, y - 14, 8)
        s.put(gx - 20, y - 17, label, "Helvetica-Bold", 8.5, NAVY, "right")
        s.put(gx - 20, y - 28, sub, "Helvetica", 8.0, INK, "right")
    s.put(
        MARGIN,
        BODY_BOTTOM + 8,
        "PQ1 = April-June 2029. Each PQ is a plan quarter of three months; a gate falls at the end of its quarter.",
        "Helvetica-Oblique",
        8.5,
        GREY,
    )


def page_risks(s: Sheet) -> None:
    chrome(
        s,
        "Risks and what we will do about them",
        "Reviewed monthly by the Steering Board \u00b7 L = likelihood, I = impact (H/M/L)",
    )
    t = Table(
        ["#", "Risk", "L", "I", "Mitigation", "Owner"],
        [
            [
                "R1",
                "The CAA takes longer than 90 days to accept the exposition amendment for electronic signature",
                "M",
                "H",
                "Submit in PQ1 week 2 with the Bay 3 procedures attached; until accepted, Bay 3 raises cards in HangarOne and signs them on paper",
                "Quality Manager",
            ],
            [
                "R2",
                "Unite does not agree the Friday night overlap",
                "M",
                "M",
                "Open the consultation in PQ1 week 2; keep the current pattern at Corsehill until agreement; no change without it",
                "Head of People",
            ],
            [
                "R3",
                "Summer flying in PQ2 draws Bay 3 engineers to the line stations",
                "H",
                "M",
                "Ring-fence Bay 3's 26 engineers until G1; cover the line peak with two contract B1s",
                "Head of Base Maintenance",
            ],
            [
                "R4",
                "Engineers trained on the upgrade path leave for contract work",
                "M",
                "H",
                "Two-year retention bond, repaid pro rata; review contract rates at G2",
                "Head of People",
            ],
            [
                "R5",
                "Operators are late approving engine workscopes, so the induction rule delays shop visits",
                "M",
                "M",
                "Put the approval date in each slot letter; raise late approvals at the Operator Technical Forum",
                "Engine and Component Shops Manager",
            ],
            [
                "R6",
                "Back-scanning the 2026-2028 packs crowds out the records check of live packs",
                "L",
                "M",
                "Scan with a bureau under the records clerks' supervision; live packs always first",
                "Technical Records Manager",
            ],
            [
                "R7",
                "Flyaway kits add stock the balance sheet cannot carry",
                "L",
                "M",
                "Kits drawn from the pooled rotables agreed with two operators; new stock only for the top ten defects",
                "Finance Director",
            ],
        ],
        [0.04, 0.3, 0.03, 0.03, 0.42, 0.18],
        size=10.0,
        head_size=10.0,
    )
    t.draw(s, MARGIN, BODY_TOP, PAGE_W - 2 * MARGIN)


def page_first_90(s: Sheet) -> None:
    chrome(s, "The first 90 days: PQ1, week by week", "Each line has one owner and a test of done")
    t = Table(
        ["Week", "Action", "Owner", "Done when"],
        [
            [
                "1",
                "Stand up the Release on Time Steering Board and publish the ten baselines",
                "Programme Lead",
                "Baselines signed off by each measure owner",
            ],
            [
                "2",
                "Submit the exposition amendment for electronic signature at all sites to the CAA",
                "Quality Manager",
                "CAA acknowledges a complete submission",
            ],
            [
                "2",
                "Give Unite notice and open consultation on the Friday night overlap",
                "Head of People",
                "First consultation meeting held",
            ],
            [
                "3",
                "Survey the Bay 3 wireless coverage and fit two access points",
                "Head of IT",
                "Signal at every aircraft position in Bay 3",
            ],
            [
                "4",
                "Clear and fit out the kitting cage in Ardmillan stores",
                "Materials and Logistics Manager",
                "First kit picked and checked",
            ],
            [
                "5",
                "Repeat the November work sampling on Bay 3 as the pilot baseline",
                "Programme Lead",
                "Baseline report to the Board",
            ],
            [
                "6",
                "Start the daily 07:30 deferred-defect call with the three stations",
                "Head of Line Maintenance",
                "Call held five days running",
            ],
            [
                "8",
                "Move calibration due dates into ToolTrak and recall every overdue tool",
                "Tooling and Calibration Supervisor",
                "No overdue tool outside quarantine",
            ],
            [
                "10",
                "Induct the first kitted C-check on Bay 3",
                "Hangar Manager, Ardmillan",
                "Aircraft inducted with every kit line present",
            ],
            [
                "12",
                "PQ1 review of the ten measures against their baselines at the Steering Board",
                "Programme Lead",
                "Review minuted, red measures named",
            ],
        ],
        [0.05, 0.47, 0.2, 0.28],
        size=10.5,
        head_size=10.5,
    )
    t.draw(s, MARGIN, BODY_TOP, PAGE_W - 2 * MARGIN)


def page_ask(s: Sheet) -> None:
    a3(
        s,
        "Governance and the ask",
        "For decision by the Executive Board, 19 March 2029",
        [
            Box(
                "We ask the Executive Board today to",
                [
                    P(
                        "approve Release on Time, its five A3s and its ten measures as the plan of record for PQ1 to PQ10;",
                        size=10.0,
                    ),
                    P(
                        "release \u00a31.9m for Phase 1 and Phase 2 (PQ1-PQ6); the Phase 3 budget to be released at gate G2;",
                        size=10.0,
                    ),
                    P(
                        "confirm the Accountable Manager as sponsor and chair of the Steering Board;",
                        size=10.0,
                    ),
                    P(
                        "adopt the licence-upgrade retention bond as company policy, subject to the Unite consultation.",
                        size=10.0,
                    ),
                ],
                fill=PALE,
            ),
            Box(
                "Investment over the 30 months",
                [
                    Table(
                        ["Item", "\u00a3k"],
                        [
                            ["Tablets, HangarOne licences, Bay 3 and Corsehill wireless", "620"],
                            ["Licence upgrades, type courses and assessors", "1,080"],
                            ["Flyaway kits and wheel and brake exchange stock", "890"],
                            ["Tool store barcoding, quarantine cages, calibration", "210"],
                            ["Back-scanning bureau", "140"],
                            ["Programme team (Programme Lead and one analyst)", "460"],
                            ["Total", "3,400"],
                        ],
                        [0.8, 0.2],
                        size=9.5,
                        head_size=9.5,
                    ),
                ],
            ),
        ],
        [
            Box(
                "How we will run it",
                [
                    P(
                        "Steering Board: monthly; chair, the Accountable Manager; members, the five A3 owners, the "
                        "Programme Lead, the Quality Manager and the Finance Director."
                    ),
                    P(
                        "Gates G1, G2 and G3 at the ends of PQ2, PQ6 and PQ10: the Board decides go, change or stop on "
                        "the measures and the pass marks."
                    ),
                    P(
                        "Nothing that changes the exposition is used before the CAA has accepted it; the Quality Manager "
                        "holds that line."
                    ),
                    P(
                        "The Programme Lead keeps the risk log and the roadmap, and reports the ten measures monthly."
                    ),
                ],
            ),
            Box(
                "Not in Release on Time",
                [
                    P(
                        "Bidding for A320 heavy checks at Corsehill. Corsehill stays a turboprop hangar until the "
                        "programme closes."
                    ),
                    P(
                        "Replacing HangarOne. HangarOne stays our maintenance system; we extend it, we do not replace it."
                    ),
                    P("A third base hangar, or a fourth line station."),
                    P("Outsourcing the component workshop."),
                ],
            ),
        ],
    )


def page_glossary(s: Sheet) -> None:
    a3(
        s,
        "Glossary and definitions",
        "Terms as this pack uses them",
        [
            Box(
                "Maintenance terms",
                [
                    P("A3: one problem on one sheet of A3 paper, from background to follow-up."),
                    P("AOG: aircraft on ground; a part needed before an aircraft can fly again."),
                    P(
                        "B1 / B2: licence categories for certifying engineers, B1 mechanical and B2 avionics."
                    ),
                    P(
                        "C-check: a heavy base maintenance check, on the ATR 72 every 8,000 flight hours or two years."
                    ),
                    P("CRS: the certificate of release to service signed at the end of a check."),
                    P(
                        "Deferred defect: a defect carried forward within the operator's approved limits."
                    ),
                    P(
                        "MOE: the maintenance organisation exposition, our Part-145 manual, accepted by the CAA."
                    ),
                ],
            ),
        ],
        [
            Box(
                "Plan terms",
                [
                    P("PQ: a plan quarter of Release on Time; PQ1 to PQ10."),
                    P("Gate: the point at which the Steering Board decides go, change or stop."),
                    P(
                        "Turn time: calendar days from induction to the certificate of release to service."
                    ),
                    P(
                        "Contracted date: the release date in the operator's slot letter, moved only by written agreement."
                    ),
                    P(
                        "Kitted check: one whose routine parts and tooling are picked and checked before induction."
                    ),
                ],
            ),
        ],
    )


def build_deck(path: Path) -> None:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle("Release on Time - A3 pack 2029-2031")
    c.setAuthor("Kittiwake Aero Engineering")
    c.setSubject("Operating improvement plan 2029-2031")
    c.setCreator("Kittiwake Aero Engineering")
    pages = [
        page_cover,
        page_overview,
        page_figures,
        page_a3_1,
        page_a3_2,
        page_a3_3,
        page_a3_4,
        page_a3_5,
        page_pilot,
        page_kpis,
        page_roadmap,
        page_risks,
        page_first_90,
        page_ask,
        page_glossary,
    ]
    assert len(pages) == PAGES
    for n, fn in enumerate(pages, start=1):
        sheet = Sheet(c, n)
        fn(sheet)
        sheet.finish()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


# =========================================================================== the roster (XLSX RACI)

CORE, EXT, CONSULT = "Core", "Extended", "Consult only"

ROLES: list[tuple[str, str, str, str]] = [
    (
        "Accountable Manager",
        "Executive",
        CORE,
        "Holds the Part-145 approval for Kittiwake and answers to the CAA for it. Sponsor of Release on Time: "
        "chairs the Release on Time Steering Board, decides go, change or stop at each gate and releases each "
        "phase's budget.",
    ),
    (
        "Programme Lead, Release on Time",
        "Continuous Improvement",
        CORE,
        "Runs the programme day to day: the A3s, the plan-quarter roadmap, the risk log, the baselines, the "
        "monthly report on the ten measures and the Steering Board's papers. Coaches each A3 owner and runs the "
        "work sampling.",
    ),
    (
        "Finance Director",
        "Finance",
        CORE,
        "Programme budget, business cases, stock value and capital requests to the board of Kittiwake Holdings; "
        "the cost of liquidated damages.",
    ),
    (
        "Head of Base Maintenance",
        "Base Maintenance",
        CORE,
        "Both base hangars, Ardmillan and Corsehill: check turn time, on-time release, hangar shift patterns, "
        "shift-change boards and the non-routine process. Owner of A3-1.",
    ),
    (
        "Hangar Manager, Ardmillan",
        "Base Maintenance",
        CORE,
        "Bays 1 to 3 at Ardmillan day to day, the Bay 3 ATR 72 C-check line included; leads the Bay 3 pilot "
        "and briefs its shifts.",
    ),
    (
        "Maintenance Planning Manager",
        "Planning",
        CORE,
        "Check work packages and task-card sequence, slot bookings and slot letters, pre-induction walk-rounds "
        "with operators, and the engine workscopes sent to operators for approval.",
    ),
    (
        "Materials and Logistics Manager",
        "Stores",
        CORE,
        "Stores at every site and StoresMaster: parts kitting, rotable and exchange stock, AOG supply to the "
        "line stations and the flyaway kits.",
    ),
    (
        "Technical Records Manager",
        "Technical Records",
        CORE,
        "Work packs and task cards from issue to archive, the records room and its clerks, back-scanning, "
        "records checks, and how records are set up in HangarOne. Owner of A3-2.",
    ),
    (
        "Quality Manager",
        "Quality",
        CORE,
        "The exposition (MOE) and every amendment to it, liaison with the CAA, audits and findings, company "
        "certification authorisations and their assessors, and the tool-control and calibration procedures.",
    ),
    (
        "Head of Line Maintenance",
        "Line Maintenance",
        CORE,
        "The line stations at Carsebridge, Inverkeld and Dunmore Point: technical dispatch, deferred defects, "
        "station rosters and night cover, and troubleshooting guidance. Owner of A3-3.",
    ),
    (
        "Engine and Component Shops Manager",
        "Shops",
        CORE,
        "The PW127 engine shop and the component workshop (wheels, brakes, batteries, safety equipment): shop "
        "visit turn time, engine induction and ShopFlow. Owner of A3-4.",
    ),
    (
        "Tooling and Calibration Supervisor",
        "Shops",
        CORE,
        "The tool stores at Ardmillan and Corsehill, ToolTrak, tool sign-out, quarantine, and calibration recall "
        "with the outside calibration house.",
    ),
    (
        "Head of IT",
        "IT",
        CORE,
        "HangarOne, StoresMaster, ShopFlow, ToolTrak, SkillLog, ClockPoint and the Kittiwake Reporting Hub; "
        "tablets, the hangar wireless networks and the links between systems.",
    ),
    (
        "Training Manager",
        "Training",
        CORE,
        "Type courses, B1 and B2 licence courses, continuation and human factors training, the apprentice scheme "
        "and the training records in SkillLog.",
    ),
    (
        "Head of People",
        "People",
        CORE,
        "Recruitment, pay, the licence-upgrade path and retention bond, shift patterns and the collective "
        "agreement with Unite. Owner of A3-5.",
    ),
    (
        "Hangar Manager, Corsehill",
        "Base Maintenance",
        EXT,
        "Corsehill's two bays day to day; reports to the Head of Base Maintenance and is consulted on every "
        "change that reaches Corsehill.",
    ),
    (
        "Line Station Supervisor, Dunmore Point",
        "Line Maintenance",
        EXT,
        "The Dunmore Point station day to day: its roster, its stores shelf and the Monday count of open "
        "deferred defects. Reports to the Head of Line Maintenance.",
    ),
    (
        "Commercial Director",
        "Commercial",
        EXT,
        "Operator contracts, renewals, slot prices and liquidated damages; kept informed of turn-time and delay "
        "figures.",
    ),
    (
        "Unite Senior Convenor",
        "Employee representative",
        CONSULT,
        "Represents engineers, mechanics and stores staff under the 2024 collective agreement; consulted on "
        "shift patterns, bonds and any change to how work is booked or timed.",
    ),
    (
        "CAA Surveyor (Part-145 oversight)",
        "UK Civil Aviation Authority",
        CONSULT,
        "The regulator's surveyor for our Part-145 approval: reviews exposition amendments before the CAA "
        "accepts them and leads the annual audit.",
    ),
    (
        "Chair, Operator Technical Forum",
        "Operators",
        CONSULT,
        "Chairs the quarterly forum of our six operators' technical managers; consulted on slot letters, "
        "workscope approval and any change the operators will see.",
    ),
]

ACTIVITIES: list[tuple[str, str, dict[str, str]]] = [
    (
        "P1",
        "Steering Board, gates G1-G3 and release of each phase's budget",
        {
            "Accountable Manager": "A",
            "Programme Lead, Release on Time": "R",
            "Finance Director": "C",
            "Quality Manager": "C",
            "Head of Base Maintenance": "C",
            "Technical Records Manager": "C",
            "Head of Line Maintenance": "C",
            "Engine and Component Shops Manager": "C",
            "Head of People": "C",
            "Commercial Director": "I",
            "Chair, Operator Technical Forum": "I",
        },
    ),
    (
        "P2",
        "Baselines, the ten measures and the monthly report",
        {
            "Accountable Manager": "I",
            "Programme Lead, Release on Time": "A",
            "Head of IT": "R",
            "Head of Base Maintenance": "C",
            "Technical Records Manager": "C",
            "Head of Line Maintenance": "C",
            "Engine and Component Shops Manager": "C",
            "Head of People": "C",
            "Commercial Director": "I",
        },
    ),
    (
        "A3-1",
        "Check turn time, shift-change boards and the non-routine process",
        {
            "Head of Base Maintenance": "A",
            "Hangar Manager, Ardmillan": "R",
            "Maintenance Planning Manager": "C",
            "Materials and Logistics Manager": "C",
            "Hangar Manager, Corsehill": "C",
            "Unite Senior Convenor": "C",
            "Commercial Director": "I",
            "Programme Lead, Release on Time": "I",
        },
    ),
    (
        "A3-1",
        "Work packages, task-card sequence and pre-induction walk-rounds",
        {
            "Maintenance Planning Manager": "A",
            "Hangar Manager, Ardmillan": "C",
            "Head of Base Maintenance": "C",
            "Chair, Operator Technical Forum": "C",
            "Hangar Manager, Corsehill": "I",
        },
    ),
    (
        "A3-1",
        "Parts kitting, exchange stock and flyaway kits",
        {
            "Materials and Logistics Manager": "A",
            "Head of Base Maintenance": "C",
            "Head of Line Maintenance": "C",
            "Finance Director": "C",
            "Hangar Manager, Ardmillan": "I",
            "Hangar Manager, Corsehill": "I",
            "Line Station Supervisor, Dunmore Point": "I",
        },
    ),
    (
        "A3-2",
        "Exposition amendments and liaison with the CAA",
        {
            "Quality Manager": "A",
            "Technical Records Manager": "R",
            "CAA Surveyor (Part-145 oversight)": "C",
            "Accountable Manager": "I",
            "Head of IT": "I",
        },
    ),
    (
        "A3-2",
        "HangarOne at Bay 3 and Corsehill: tablets and wireless",
        {
            "Head of IT": "A",
            "Technical Records Manager": "R",
            "Quality Manager": "C",
            "Hangar Manager, Ardmillan": "C",
            "Hangar Manager, Corsehill": "C",
            "Unite Senior Convenor": "C",
        },
    ),
    (
        "A3-2",
        "Records checks, back-scanning and the archive",
        {
            "Technical Records Manager": "A",
            "Quality Manager": "C",
            "Head of IT": "C",
            "CAA Surveyor (Part-145 oversight)": "I",
        },
    ),
    (
        "A3-3",
        "Deferred-defect call, night cover and troubleshooting cards",
        {
            "Head of Line Maintenance": "A",
            "Line Station Supervisor, Dunmore Point": "C",
            "Materials and Logistics Manager": "C",
            "Training Manager": "C",
            "Unite Senior Convenor": "C",
            "Chair, Operator Technical Forum": "C",
            "Head of IT": "I",
        },
    ),
    (
        "A3-4",
        "Engine induction rule and shop visit turn time",
        {
            "Engine and Component Shops Manager": "A",
            "Maintenance Planning Manager": "R",
            "Materials and Logistics Manager": "C",
            "Chair, Operator Technical Forum": "C",
            "Commercial Director": "I",
        },
    ),
    (
        "A3-4",
        "Tool stores, ToolTrak and calibration recall",
        {
            "Tooling and Calibration Supervisor": "A",
            "Quality Manager": "C",
            "Head of IT": "C",
            "Hangar Manager, Corsehill": "C",
            "Engine and Component Shops Manager": "I",
        },
    ),
    (
        "A3-4",
        "ShopFlow to StoresMaster parts-request link",
        {
            "Head of IT": "A",
            "Engine and Component Shops Manager": "C",
            "Materials and Logistics Manager": "C",
        },
    ),
    (
        "A3-5",
        "Type courses, B2 courses and continuation training",
        {
            "Training Manager": "A",
            "Head of People": "C",
            "Head of Line Maintenance": "C",
            "Head of Base Maintenance": "C",
        },
    ),
    (
        "A3-5",
        "Company authorisations and authorisation assessors",
        {"Quality Manager": "A", "Training Manager": "R", "CAA Surveyor (Part-145 oversight)": "I"},
    ),
    (
        "A3-5",
        "Recruitment, licence-upgrade path and retention bond",
        {
            "Head of People": "A",
            "Training Manager": "R",
            "Finance Director": "C",
            "Unite Senior Convenor": "C",
            "Accountable Manager": "I",
        },
    ),
    (
        "A3-5",
        "Shift pattern: the Friday night overlap",
        {
            "Head of People": "A",
            "Head of Base Maintenance": "R",
            "Unite Senior Convenor": "C",
            "Hangar Manager, Corsehill": "C",
            "Head of Line Maintenance": "C",
        },
    ),
    (
        "A3-P",
        "Bay 3 pilot: four kitted, paperless C-checks",
        {
            "Head of Base Maintenance": "A",
            "Hangar Manager, Ardmillan": "R",
            "Materials and Logistics Manager": "R",
            "Technical Records Manager": "R",
            "Unite Senior Convenor": "C",
            "Chair, Operator Technical Forum": "C",
            "Accountable Manager": "I",
        },
    ),
    (
        "P3",
        "Capital requests to the board of Kittiwake Holdings",
        {
            "Finance Director": "A",
            "Programme Lead, Release on Time": "R",
            "Accountable Manager": "C",
        },
    ),
]


def raci_xlsx() -> bytes:
    names = [r[0] for r in ROLES]
    for _, _, cells in ACTIVITIES:
        unknown = set(cells) - set(names)
        if unknown:
            raise ValueError(f"RACI names unknown roles: {unknown}")
        if list(cells.values()).count("A") != 1:
            raise ValueError("every activity needs exactly one A")
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DCE6EE")
    a_fill = PatternFill("solid", fgColor="F6D7A7")

    ws = wb.active
    ws.title = "RACI"
    ws["A1"] = "Release on Time \u00b7 programme RACI matrix"
    ws["A1"].font = Font(bold=True, size=14, color="102A4A")
    ws["A2"] = (
        "Issue 1.3 \u00b7 agreed at the Steering Board, 12 March 2029 \u00b7 one A per activity"
    )
    ws["A2"].font = Font(italic=True, size=9)
    header_row = 4
    ws.cell(header_row, 1, "Ref")
    ws.cell(header_row, 2, "Programme activity")
    for j, name in enumerate(names, start=3):
        ws.cell(header_row, j, name)
    for j in range(1, len(names) + 3):
        cell = ws.cell(header_row, j)
        cell.font = Font(bold=True, size=9)
        cell.fill = head_fill
        cell.border = border
        cell.alignment = Alignment(
            text_rotation=90 if j > 2 else 0,
            wrap_text=True,
            vertical="bottom",
            horizontal="center" if j > 2 else "left",
        )
    ws.row_dimensions[header_row].height = 190
    for i, (ref, activity, cells) in enumerate(ACTIVITIES, start=header_row + 1):
        ws.cell(i, 1, ref).border = border
        c2 = ws.cell(i, 2, activity)
        c2.border = border
        c2.alignment = Alignment(wrap_text=True, vertical="top")
        for j, name in enumerate(names, start=3):
            cell = ws.cell(i, j, cells.get(name))
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="top")
            if cells.get(name) == "A":
                cell.fill = a_fill
                cell.font = Font(bold=True)
    legend = header_row + len(ACTIVITIES) + 2
    ws.cell(
        legend,
        1,
        "R = responsible (does the work) \u00b7 A = accountable (signs it off; one per activity) "
        "\u00b7 C = consulted before \u00b7 I = informed after",
    )
    ws.cell(legend, 1).font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 52
    for j in range(3, len(names) + 3):
        ws.column_dimensions[ws.cell(header_row, j).column_letter].width = 5
    ws.freeze_panes = ws.cell(header_row + 1, 3)

    wr = wb.create_sheet("Roles")
    for j, h in enumerate(["Role", "Department", "Programme involvement", "Remit"], start=1):
        cell = wr.cell(1, j, h)
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.border = border
    for i, row in enumerate(ROLES, start=2):
        for j, value in enumerate(row, start=1):
            cell = wr.cell(i, j, value)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", [38, 26, 22, 90], strict=True):
        wr.column_dimensions[letter].width = width
    wr.freeze_panes = "A2"

    return ooxml_bytes(
        wb, STAMP, creator="Programme Lead, Release on Time", title="Release on Time RACI matrix"
    )


# =========================================================================== the org folder (text)

SYSTEMS = """
# Systems and records register

Kept by the Head of IT. Reviewed in January 2029 with the Technical Records Manager and the
Quality Manager. One section per system, in the order an aircraft meets them.

## HangarOne (maintenance information system)

HangarOne is our maintenance information system. It holds the aircraft we maintain, their
maintenance programmes, airworthiness directives and service bulletins, work packages, task
cards, labour bookings and the certificates of release to service. It went live at Ardmillan in
March 2026, and engineers in Bays 1 and 2 raise and sign task cards on 40 tablets.

HangarOne runs at Ardmillan only: Corsehill works from printed task cards that engineers stamp
and sign by hand.

Our exposition (MOE 2.13) approves electronic signature of task cards in Ardmillan Bays 1 and 2;
any other bay or site needs an MOE amendment accepted by the CAA before its engineers may sign
on a tablet.

Check histories from before HangarOne went live in March 2026 were never migrated, and for those
checks the paper packs in the records room are the record.

HangarOne has a defect module for deferred defects. It is licensed for every site and has not
been switched on.

## Technical records room

Completed paper packs from Bay 3, Corsehill and the line stations come to the records room at
Ardmillan, where two records clerks check every card against the work package before the pack is
archived. Corsehill's packs travel to Ardmillan in the Tuesday and Friday van.

Non-routine cards are handwritten and carry no ATA chapter code, so findings cannot be counted by
aircraft system.

## Line stations

Four of our six operators carry paper technical logs on board; the other two use their own
electronic tech log, which our engineers can read and sign but which we cannot report from.

At Carsebridge, Inverkeld and Dunmore Point, deferred defects are written on paper ADD sheets, and
a photo of each sheet is emailed to maintenance control at Ardmillan at the end of every shift.

The line stations each have a StoresMaster terminal and email, and no HangarOne access.

## StoresMaster (stores and inventory)

StoresMaster is our stores and inventory system at every site, the line stations included: stock,
bin locations, purchase orders, repair orders, rotable exchange and shelf-life dates. Component
workshop jobs are booked in StoresMaster as repair orders.

Stores has no kitting area: parts are issued at the counter, task card by task card, when an
engineer asks for them.

## ToolTrak and calibration

ToolTrak is our barcode tool control system. Every tool in the Ardmillan tool store and on the
Bay 1 to Bay 3 shadow boards is signed out and back against the engineer's badge.

The Corsehill tool store signs tools out in a paper book, which the storeman checks at the end of
each shift.

Calibration due dates are kept in a spreadsheet, CalRegister, which the Tooling and Calibration
Supervisor updates by hand after each return from the calibration house.

ToolTrak can hold calibration dates and block the issue of an overdue tool; we have not set that
feature up.

## ShopFlow (engine shop)

ShopFlow is the engine shop's job system: workscopes, shop findings, hours and the engine's
release paperwork.

ShopFlow has no link to StoresMaster; the engine shop emails its parts requests to stores, who key
them in.

## SkillLog (training and authorisations)

SkillLog holds every engineer's licence, type ratings, company authorisations, continuation and
human factors training, with expiry alerts. The Training Manager keeps it up to date, and the
Quality Manager issues company authorisations in it.

## ClockPoint (time and attendance)

Engineers at both hangars clock in and out at ClockPoint terminals, and shift leaders approve
overtime in it before payroll. At the line stations, hours are written on weekly paper timesheets
and keyed into payroll by the People team.

## Kittiwake Reporting Hub

The Reporting Hub is our data warehouse: a SQL Server database loaded each night from HangarOne,
StoresMaster, ShopFlow, SkillLog and ClockPoint, with Power BI reports on it. The monthly
turn-time report, the stores fill-rate report and the overtime report are built on it.

We hold no delay data of our own: operators send their delay reports as PDFs once a month, weeks
after the event.

## Network and devices

The hangar wireless network at Ardmillan reaches Bays 1 and 2; Bay 3, added in 2024, sits beyond
it, so Bay 3 signs its task cards on paper.

Corsehill has wired PCs in the hangar office and no wireless network in the hangar.

Thirty tablets for Bay 3 were delivered in January 2029 and are in the IT store.
"""

STEERING = """
# Release on Time Steering Board: terms of reference

Agreed by the Executive Board on 12 March 2029. Reviewed at each gate.

## Purpose

The Steering Board directs Release on Time, our operating improvement programme for 2029 to 2031.
It owns the five A3s, the pilot A3, the ten measures and the roadmap, and it decides go, change
or stop at each gate.

## Chair and members

- Chair: the Accountable Manager, who is the sponsor of Release on Time.
- Deputy chair: the Head of Base Maintenance.
- Members: the five A3 owners (Head of Base Maintenance, Technical Records Manager, Head of Line
  Maintenance, Engine and Component Shops Manager, Head of People), the Quality Manager and the
  Finance Director.
- Secretary: the Programme Lead, Release on Time, who writes the papers and keeps the risk log,
  the roadmap and the measures.
- In attendance for their business: the Head of IT; the Unite Senior Convenor for shift
  patterns, bonds and how work is booked; the Chair of the Operator Technical Forum for changes
  the operators will see.

## Cadence

Monthly, on the second Tuesday, at Ardmillan. Quorum: the Chair or the deputy chair and three
members. Gate meetings are held in the last fortnight of the gate's quarter.

## Decisions

| Decision | Who decides | How |
|---|---|---|
| Go, change or stop at gates G1, G2 and G3 | the Chair | on the Board's advice, against the measures and pass marks |
| Release of each phase's budget | the Chair | within the total the Executive Board approved |
| A change to a measure's definition or target | the Board | minuted, with the measure owner's agreement |
| A change to the exposition | the Quality Manager, then the CAA | nothing is used before the CAA accepts it |
| A capital item | the Finance Director, then the holding board | see the rules below |

## Rules we work by

- The Quality Manager may stop any change that touches the exposition until the CAA has accepted
  the amendment.
- Kittiwake Holdings' board must approve any capital item over £250,000, and it meets only in
  March, June, September and December.
- A change the operators will see (slot letters, workscope approval, the deferred-defect call) is
  taken to the Operator Technical Forum before it starts. The Forum meets in January, April, July
  and October.
- A measure that is red two months running comes to the Board with a recovery A3 from its owner.
"""

MEASURES = """
# Measure definitions: Release on Time

Kept by the Programme Lead, Release on Time. Each measure has one owner, who signs off its
baseline. Baselines are for calendar 2028 unless stated.

| # | Measure | Definition | Source | Owner | Baseline |
|---|---|---|---|---|---|
| 1 | On-time release of base checks | Base checks whose certificate of release to service is signed on or before the contracted date, over all base checks released | HangarOne; Bay 3 and Corsehill from the paper packs | Head of Base Maintenance | 58% |
| 2 | ATR 72 C-check turn time | Calendar days from induction to the certificate of release to service, averaged over the quarter | HangarOne; Bay 3 and Corsehill from the paper packs | Head of Base Maintenance | 21.4 days |
| 3 | Task cards signed in HangarOne | Base maintenance task cards raised and signed in HangarOne, over all task cards closed at both hangars | HangarOne and the records room count | Technical Records Manager | 41% |
| 4 | Repeat CAA findings on technical records | Level-2 findings at the annual CAA audit that repeat a finding of an earlier audit | CAA audit report | Quality Manager | 3 |
| 5 | Technical delays per 100 departures | Delays coded 41 to 47 by the operators at our line stations, per 100 departures handled | Operators' monthly delay reports | Head of Line Maintenance | 1.9 |
| 6 | Deferred defects older than 10 days | Open deferred defects more than 10 days old at the three line stations, counted each Monday | Paper ADD sheets, counted by the station supervisors | Head of Line Maintenance | 23 |
| 7 | PW127 hot-section shop visit turn time | Calendar days from engine induction to release from the engine shop | ShopFlow | Engine and Component Shops Manager | 41 days |
| 8 | Calibrated tools overdue | Calibrated tools past their due date at the monthly tool store audit, over all calibrated tools | CalRegister and the audit sheet | Tooling and Calibration Supervisor | 6.2% |
| 9 | Certifying engineers in post | B1 and B2 engineers holding a current company authorisation | SkillLog | Head of People | 64 |
| 10 | Overtime share of engineer hours | Overtime hours over all hours booked by engineers at the hangars and line stations | ClockPoint and the line stations' timesheets | Head of People | 18% |

## Notes

- The CAA audits us every September, so measure 4 is read once a year, after each audit.
- Until Bay 3 and Corsehill sign in HangarOne, their induction and release dates are copied from
  the paper packs by the records clerks, a week or more after release.
- The delay figures in measure 5 are keyed from the operators' PDF reports into a spreadsheet by
  the line maintenance administrator.
- Measure 10 has a baseline and no target date; the date follows the shift-pattern consultation.
- The work sampling on Bay 3 (11% of booked hours spent waiting, November 2028) is a pilot
  measure, not one of the ten: 400 observations over two weeks by the Programme Lead.
"""

CAA_AUDIT = """
# CAA audit, September 2028: summary and actions

Prepared by the Quality Manager for the Executive Board, 14 October 2028.

The CAA's annual audit of our Part-145 approval ran from 16 to 19 September 2028 at Ardmillan,
Corsehill and Inverkeld. It raised seven level-2 findings and no level-1 finding. All seven
concern records, and three repeat findings of the 2027 audit.

| # | Finding | Where | Repeat of 2027 |
|---|---|---|---|
| 1 | Task cards in closed packs with a missing stamp or an unsigned stage | Corsehill | yes |
| 2 | Non-routine cards without a reference to approved maintenance data | Ardmillan Bay 3 | yes |
| 3 | A duplicate inspection recorded but not certified before the pack was archived | Ardmillan Bay 3 | yes |
| 4 | A torque wrench past its calibration date in use on a C-check | Corsehill | no |
| 5 | An authorisation record without evidence of type training | Ardmillan | no |
| 6 | A deferred defect carried past its limit without the operator's extension on file | Dunmore Point | no |
| 7 | A shelf-life item issued past its expiry date | Component workshop | no |

## What the surveyor told us at the closing meeting

The CAA Surveyor said that an exposition amendment for electronic signature at further bays and
sites takes about 90 days from a complete submission, and that each new bay or site must be shown
working under the new procedure before it is accepted. The surveyor also asked that our corrective
actions for findings 1 to 3 go further than retraining, as they did not work in 2027.

## Corrective actions

Corrective actions for all seven findings were accepted by the CAA on 30 October 2028. Findings 1
to 3 are closed by the Technical Records Manager with a second check of every Corsehill and Bay 3
pack; findings 4 and 7 by the Tooling and Calibration Supervisor and the Engine and Component
Shops Manager; finding 5 by the Quality Manager in SkillLog; finding 6 by the Head of Line
Maintenance.
"""

BAY3 = """
# Bay 3, Ardmillan: fact sheet

Prepared by the Hangar Manager, Ardmillan, for the Release on Time pilot. February 2029.

- Built: 2024, as an extension to the east end of the Ardmillan hangar. One ATR 72 at a time.
- Work: ATR 72 C-checks, back to back, for Skerry Air, Solway Regional and Clyde Link. 19
  C-checks in 2028, 9 of them released by the contracted date.
- People: 26 engineers and mechanics on two shifts (06:00 to 18:00 and 18:00 to 06:00, four on,
  four off); 11 of them certifying, 8 with B1 and 3 with B2 licences.
- Stores: the main stores counter is 140 metres from the Bay 3 door; the night shift draws parts
  from the same counter, which one storeman covers after 22:00.
- Tools: the Bay 3 shadow board is on ToolTrak and served by the Ardmillan tool store.
- Records: task cards are printed, signed on paper and taken to the records room when the pack
  closes. The thirty tablets ordered for Bay 3 are waiting in the IT store for the network.
- Next four C-checks: Skerry Air G-SKRA (induction 9 June 2029), Solway Regional G-SLWB (14 July),
  Clyde Link G-CLKC (18 August), Skerry Air G-SKRD (22 September).
- Work sampling, November 2028: 11% of booked hours spent waiting (parts 6%, tools 3%, a
  certifying signature 2%).
"""

LINE_STATIONS = """
# Line stations at a glance

From the Head of Line Maintenance, for the Release on Time A3-3 workshop. January 2029.

| Station | Hours | Engineers | Operators handled | Departures 2028 |
|---|---|---|---|---|
| Carsebridge | 04:30 to 23:30 | 14 (9 certifying) | Skerry Air, Caledon Airways, Orca Charter | 11,200 |
| Inverkeld | 05:00 to 22:00 | 10 (6 certifying) | Solway Regional, Clyde Link | 7,900 |
| Dunmore Point | 24 hours | 9 (5 certifying) | Skerry Air, Clyde Link, North Isles Air | 5,300 |

There is no B2 on the Dunmore Point night shift; avionics defects found after 22:00 wait for the
day shift or for an engineer flown in from Ardmillan.

Dunmore Point is supplied by the daily road and ferry run from Ardmillan stores. The last ferry
that takes freight leaves the mainland at 18:40, so a part ordered after 15:00 arrives the next
day.

Each station holds a small stock of consumables and wheels in StoresMaster. Rotables and the parts
for most repeat defects are held at Ardmillan.

The operators' maintenance control rooms call each station when a defect is reported; there is no
regular call between our stations and the operators.
"""

UNITE_EMAIL = """
From: Unite Senior Convenor, Kittiwake Aero Engineering branch
To: Head of People
Cc: Programme Lead, Release on Time
Date: 21 February 2029
Subject: Friday night overlap and the retention bond

Thanks for sharing the draft A3-5 ahead of the Steering Board.

Two points before anything goes further.

First, the shift pattern. Under the 2024 collective agreement, any change to the shift pattern of
licensed engineers must be put to Unite with 60 days' notice and consulted on before it starts.
The earliest we can put a new pattern to members is the branch meeting on 3 June. Corsehill
members have already said they want their pattern looked at on its own.

Second, the bond. Members will want it to be voluntary, repaid pro rata, and not applied to any
course already booked. If it is written into new contracts only, we can live with that.

On the tablets: members in Bays 1 and 2 are content with signing on tablets, but we expect to be
consulted before tablet sign-off times are used in any conversation about someone's performance.

Regards,
Unite Senior Convenor
"""

TEXT_FILES: dict[str, str] = {
    "org/systems/systems-and-records-register.md": SYSTEMS,
    "org/governance/steering-board-terms-of-reference.md": STEERING,
    "org/measures/measure-definitions.md": MEASURES,
    "org/context/caa-audit-september-2028-summary.md": CAA_AUDIT,
    "org/context/bay-3-fact-sheet.md": BAY3,
    "org/context/line-stations-at-a-glance.md": LINE_STATIONS,
    "org/context/email-2029-02-21-unite-convenor.txt": UNITE_EMAIL,
}


def main(root: Path = HERE) -> None:
    case = root / CASE
    build_deck(case / DECK)
    write_files(case, {"org/people/raci-matrix.xlsx": raci_xlsx(), **TEXT_FILES})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
