"""Build the blind15 case ``rail-signalling``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl and python-docx.
reportlab is not in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/blind15/build_rail_signalling.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``), embedded as subsets
named ArialMT and Arial-BoldMT, the names Windows gives the Arial the slides were set in.

Writes, under ``evals/blind15/rail-signalling/`` (or ``<out-folder>/rail-signalling/``), every
file of the case but ``gold.json``:

- ``DRI_Digital-Core-2032_Supervisory-Board_2028-11-20.pdf``: a national rail infrastructure
  manager's CP7 plan for ETCS Level 2 and traffic management, printed from PowerPoint with
  "Microsoft: Print To PDF", imitated with reportlab's canvas: PDF 1.7 header, an Info
  dictionary with the print job's title ("Microsoft PowerPoint - <file>"), an author, the
  dates and Producer "Microsoft: Print To PDF" (no Creator); no tagged structure, no outline,
  no links. The paper is A4 landscape, as the driver prints; each 16:9 slide (960 x 540 pt) is
  scaled to the paper's width and centred, with the thin frame PowerPoint's "Frame slides"
  draws. Titles are plain text at a larger size, every printed line its own text object,
  bullets drawn apart from their text, tables as ruled grids of text cells, the roadmap's
  Gantt page a table of text cells marked "X", slide numbers bottom right from slide 2, and a
  two-page annex of network statistics. 21 slides.
- ``org/``: the roster as an XLSX workbook with two sheets (``people/organisation.xlsx``:
  "Posts" with Post / Directorate / Line manager and "Remits" with Post / Remit), the
  programme board's terms of reference (DOCX), the note of the safety authority's
  pre-engagement meeting (text), the systems and data inventory, the performance measures,
  the corridors and interlockings profile, the workforce and skills note (Markdown) and the
  train operators' fleet list (TSV).

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
with a fixed Info dictionary and the header comments rewritten at the same length for the PDF,
fixed core properties and ZIP times for the XLSX and DOCX files (through
``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a BLIND case (split "blind15").
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "rail-signalling"
DECK = "DRI_Digital-Core-2032_Supervisory-Board_2028-11-20.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "ArialMT"
BOLD = "Arial-BoldMT"
FONTS = {SANS: "LiberationSans-Regular.ttf", BOLD: "LiberationSans-Bold.ttf"}

# A4 landscape paper; the 16:9 slide (960 x 540 pt) scaled to its width less 15 pt a side
PAPER = (841.89, 595.28)
SW, SH = 960.0, 540.0
SCALE = (PAPER[0] - 30) / SW
X0 = 15.0
Y0 = (PAPER[1] - SH * SCALE) / 2
LEFT, RIGHT = 42.0, 918.0

Color = tuple[float, float, float]
INK: Color = (0.12, 0.14, 0.18)
NAVY: Color = (0.04, 0.19, 0.38)
GREEN: Color = (0.0, 0.45, 0.33)
GREEN_LIGHT: Color = (0.86, 0.94, 0.9)
SAND: Color = (0.97, 0.94, 0.86)
GREY: Color = (0.42, 0.44, 0.48)
RULE: Color = (0.7, 0.72, 0.75)
HEAD: Color = (0.89, 0.91, 0.94)
WHITE: Color = (1.0, 1.0, 1.0)

STAMP = Stamp((2028, 11, 18, 9, 45, 12), "2028-11-18T08:45:12Z")
PDF_DATE = "D:20281118094512+01'00'"
JOB = "Microsoft PowerPoint - DRI_Digital-Core-2032_Supervisory-Board_v7.pptx"
FOOTER = "Dravia Rail Infrastructure · Digital Core 2032 · Supervisory Board, 20 November 2028"
SLIDES = 21
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(FONT_DIR / file))
            font.face.name = name.encode("ascii")  # the subset carries Windows' font name
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """The Info dictionary as the Print To PDF driver writes it: the job's title, the user,
    the driver as Producer, the dates; no Creator."""

    def format(self, document: Any) -> bytes:
        d = {
            "Title": pdfdoc.PDFString(JOB),
            "Author": pdfdoc.PDFString("t.reiner"),
            "Producer": pdfdoc.PDFString("Microsoft: Print To PDF"),
            "CreationDate": pdfdoc.PDFString(PDF_DATE),
            "ModDate": pdfdoc.PDFString(PDF_DATE),
        }
        return pdfdoc.PDFDictionary(d).format(document)


def _driver_header(path: Path) -> None:
    """reportlab's header and its two comments rewritten at the same length (no offset moves):
    version 1.7 and no ReportLab comment."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head == b"%PDF-1.3" and b"ReportLab" in comment, (head, comment)
    blank = b"%\xe2\xe3\xcf\xd3" + b" " * (len(comment) - 5)
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    path.write_bytes(b"%PDF-1.7\n" + blank + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Words of ``s`` in lines no wider than ``width``; ``\\n`` forces a break."""
    lines: list[str] = []
    for part in s.split("\n"):
        line = ""
        for word in part.split(" "):
            trial = f"{line} {word}" if line else word
            if line and stringWidth(trial, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


# =========================================================================== drawing helpers


class Slides:
    """A reportlab canvas that prints 16:9 slides on A4 landscape paper, one a page."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=PAPER,
            invariant=1,
            pageCompression=1,
            initialFontName=SANS,
            initialFontSize=12,
        )
        self.c._doc.info = _Info()
        self.page = 0

    # ---------------------------------------------------------------- page
    def start(self, title: str | None = None, subtitle: str | None = None) -> None:
        """A new page: the slide's area scaled onto the paper, its frame, its title."""
        self.page += 1
        self.c.saveState()
        self.c.translate(X0, Y0)
        self.c.scale(SCALE, SCALE)
        self.c.setStrokeColorRGB(0.55, 0.55, 0.55)
        self.c.setLineWidth(0.6)
        self.c.rect(0, 0, SW, SH, fill=0, stroke=1)
        if title is not None:
            self.rect(LEFT, SH - 30, 60, 4, GREEN)
            self.text(LEFT, SH - 62, title, 26, BOLD, NAVY, RIGHT - LEFT)
        if subtitle is not None:
            self.text(LEFT, SH - 86, subtitle, 14, SANS, GREY, RIGHT - LEFT)

    def finish(self) -> None:
        if self.page > 1:
            self.text(LEFT, 16, FOOTER, 8, SANS, GREY)
            number = str(self.page)
            self.text(RIGHT - stringWidth(number, SANS, 10), 16, number, 10, SANS, GREY)
        self.c.restoreState()
        self.c.showPage()

    def save(self) -> None:
        self.c.save()
        _driver_header(self.path)

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 14,
        font: str = SANS,
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        """One printed line as its own text object; returns its width."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"slide {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textLine(s)
        self.c.drawText(t)
        return width

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 14,
        font: str = SANS,
        color: Color = INK,
        leading: float | None = None,
    ) -> float:
        """A wrapped paragraph, each line its own text object; returns the next line's y."""
        step = leading if leading is not None else size * 1.22
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, width)
            y -= step
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: Sequence[str],
        width: float,
        size: float = 14,
        gap: float = 6,
        glyph: str = "•",
        color: Color = INK,
    ) -> float:
        """A bulleted list: the glyph drawn apart, left of its item's wrapped lines."""
        for item in items:
            mark = glyph if glyph != "1." else f"{items.index(item) + 1}."
            self.text(x - 16 if glyph == "•" else x - 20, y, mark, size, SANS, GREEN)
            y = self.para(x, y, item, width, size, SANS, color)
            y -= gap
        return y

    # ---------------------------------------------------------------- shapes
    def rect(
        self, x: float, y: float, w: float, h: float, fill: Color, stroke: Color | None = None
    ) -> None:
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.75)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def hline(self, x1: float, x2: float, y: float, color: Color = RULE, w: float = 0.75) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(w)
        self.c.line(x1, y, x2, y)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        size: float = 11,
        pad: float = 5,
        bold_first: bool = True,
        centre: Sequence[int] = (),
        fills: dict[tuple[int, int], Color] | None = None,
    ) -> float:
        """A ruled table of text cells, row by row, each cell's wrapped lines text objects of
        their own; the first row is the header. Returns the y under the last rule."""
        step = size * 1.2
        self.hline(x, x + sum(widths), y, NAVY, 1.0)
        for r, row in enumerate(rows):
            font_row = BOLD if r == 0 else SANS
            cells = []
            for col, cell in enumerate(row):
                font = BOLD if (r > 0 and col == 0 and bold_first) else font_row
                cells.append((wrap(cell, font, size, widths[col] - 2 * pad), font))
            height = max(len(lines) for lines, _ in cells) * step + 2 * pad - 2
            if r == 0:
                self.rect(x, y - height, sum(widths), height, HEAD)
            cx = x
            for col, (lines, font) in enumerate(cells):
                if fills and (r, col) in fills:
                    self.rect(cx + 1, y - height + 1, widths[col] - 2, height - 2, fills[(r, col)])
                ty = y - pad - size * 0.85
                for line in lines:
                    if not line:
                        continue
                    if col in centre:
                        lx = cx + (widths[col] - stringWidth(line, font, size)) / 2
                    else:
                        lx = cx + pad
                    self.text(lx, ty, line, size, font, INK, widths[col] - 2 * pad)
                    ty -= step
                cx += widths[col]
            y -= height
            self.hline(x, x + sum(widths), y, NAVY if r == 0 else RULE, 0.9 if r == 0 else 0.6)
        return y


# =========================================================================== the slides


def cover(d: Slides) -> None:
    d.start()
    d.rect(0, 0, SW, SH, NAVY)
    d.rect(0, 0, SW, 14, GREEN)
    d.text(60, 440, "DRAVIA RAIL INFRASTRUCTURE · BOARD OF MANAGEMENT", 14, BOLD, GREEN_LIGHT)
    d.text(60, 360, "Digital Core 2032", 54, BOLD, WHITE)
    d.text(60, 318, "ETCS Level 2 and traffic management on the core network", 24, SANS, WHITE)
    d.text(60, 286, "CP7 (2029-2033) delivery plan · 2029 to mid-2032", 20, SANS, GREEN_LIGHT)
    d.text(60, 160, "Supervisory Board · 20 November 2028 · For decision", 14, SANS, WHITE)
    d.text(
        60,
        138,
        "Presented by Dr Lena Varnik, Member of the Board of Management for Infrastructure,",
        14,
        SANS,
        WHITE,
    )
    d.text(60, 120, "and Tomas Reiner, ETCS Programme Director", 14, SANS, WHITE)
    d.text(
        60,
        60,
        "English translation for the Supervisory Board's external members; "
        "the original language version prevails.",
        10,
        SANS,
        GREEN_LIGHT,
    )
    d.finish()


def where_we_stand(d: Slides) -> None:
    d.start("Where the core network stands", "The network we take into CP7, 2027 figures")
    tiles = [
        ("486 route-km", "of core network on three corridors,\nout of 1,412 route-km in all"),
        ("38 of 65", "core-network interlockings are relay\nor mechanical; the oldest from 1962"),
        (
            "31,400 minutes",
            "of train delay caused by signalling\nfaults, 22% of all delay we caused",
        ),
        ("212 of 388", "cabs that run on the North and\nEast–West corridors carry no ETCS"),
        ("41%", "of our 430 signalling staff\nare 55 or over"),
        ("31 Dec 2034", "supplier support ends for LZS-80,\nour Class B train protection"),
    ]
    w, h = 272.0, 140.0
    for i, (big, label) in enumerate(tiles):
        x = LEFT + (i % 3) * (w + 30)
        y = 272 - (i // 3) * (h + 22)
        d.rect(x, y, w, h, GREEN_LIGHT)
        d.text(x + 16, y + h - 44, big, 24, BOLD, GREEN, w - 32)
        d.para(x + 16, y + h - 78, label, w - 32, 13, SANS, INK)
    d.text(
        LEFT,
        44,
        "Sources: SIGMA asset register (31 Dec 2027); NetData delay attribution 2027; "
        "operators' fleet returns (Dec 2027).",
        10,
        SANS,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


def why_now(d: Slides) -> None:
    d.start("Why now, and what CP5 and CP6 taught us")
    col = 420.0
    d.text(LEFT, 420, "Why now", 18, BOLD, GREEN)
    d.bullets(
        LEFT + 18,
        392,
        [
            "The TEN-T Regulation (EU) 2024/1679 sets dates for ERTMS on core-network "
            "lines; the Ministry's national implementation plan puts the North and "
            "East–West corridors first.",
            "Our CP7 performance and financing agreement with the Ministry is signed for "
            "2029-2033.",
            "The 2029 network statement allows at most 26 weekend possessions a year "
            "on each core corridor.",
            "LZS-80 spares are bought from stock that its supplier no longer makes.",
        ],
        col - 18,
        16,
        12,
    )
    x2 = LEFT + col + 36
    d.text(x2, 420, "What we learned", 18, BOLD, GREEN)
    d.bullets(
        x2 + 18,
        392,
        [
            "CP5 (2019-2023): ETCS Level 1 on 96 km of the South corridor, "
            "14 months later than planned.",
            "In CP5, fitted track waited 11 months for fitted trains.",
            "A neighbouring infrastructure manager brought 212 km into ETCS Level 2 "
            "service in 30 months (2021-2024).",
            "The safety authority wants to see the safety case early and in parts, not at the end.",
        ],
        RIGHT - x2 - 18,
        16,
        12,
    )
    d.finish()


def ambition(d: Slides) -> None:
    d.start("Our ambition for CP7")
    d.rect(LEFT, 346, RIGHT - LEFT, 104, NAVY)
    d.text(LEFT + 20, 424, "NORTH STAR", 12, BOLD, GREEN_LIGHT)
    d.text(LEFT + 20, 394, "A core network signalled for the next fifty years:", 24, BOLD, WHITE)
    d.text(LEFT + 20, 364, "safer, more reliable and ready for more trains.", 24, BOLD, WHITE)
    d.para(
        LEFT,
        316,
        "By 30 June 2032, all trains on the North and East–West corridors\n"
        "run under ETCS Level 2, with the lineside signals removed.",
        RIGHT - LEFT,
        18,
        BOLD,
        NAVY,
    )
    d.text(LEFT, 250, "How we get there: three waves, one corridor at a time", 16, BOLD, GREEN)
    d.text(
        LEFT,
        226,
        "Mobilise  →  Wave A: North corridor  →  Wave B: East–West corridor",
        15,
        SANS,
        INK,
    )
    d.text(LEFT, 206, "Wave C: South corridor follows in the rest of CP7.", 15, SANS, INK)
    d.text(LEFT, 168, "Four pillars", 16, BOLD, GREEN)
    d.text(LEFT, 146, "Trackside · Trains · Traffic management · People", 15, SANS, INK)
    x2 = 566.0
    d.text(x2, 250, "Where it bites first", 16, BOLD, GREEN)
    d.bullets(
        x2 + 18,
        226,
        [
            "Freight locomotives on the North corridor\nto and from Brenica port",
            "Regional passenger trains on the East–West\ncorridor's relay-signalled sections",
            "Signallers moving from three control rooms\nto one national operations centre",
        ],
        RIGHT - x2 - 18,
        15,
    )
    d.finish()


def pillar(
    d: Slides,
    title: str,
    goals: Sequence[str],
    initiatives: Sequence[str],
    budget: str,
    note: str | None = None,
) -> None:
    d.start(title)
    y = 440.0
    for goal in goals:
        top = y
        y = d.para(LEFT + 14, y, goal, RIGHT - LEFT - 14, 19, BOLD, NAVY)
        bottom = y + 19 * 1.22 - 5
        d.rect(LEFT, bottom, 4, top + 15 - bottom, GREEN)
        y -= 8
    y -= 14
    d.text(LEFT, y, "Initiatives", 17, BOLD, GREEN)
    y = d.bullets(LEFT + 18, y - 30, initiatives, RIGHT - LEFT - 18, 16, 10)
    if note is not None:
        d.para(LEFT, y - 8, note, RIGHT - LEFT, 13, SANS, GREY)
    d.text(LEFT, 44, budget, 12, BOLD, GREY)
    d.finish()


def trackside(d: Slides) -> None:
    pillar(
        d,
        "Pillar 1 · Trackside: ETCS Level 2 on 382 route-km",
        [
            "Goal: 382 route-km in ETCS Level 2 commercial service by June 2032\n"
            "(the North corridor's 168 km by June 2031)",
            "Goal: halve train delay minutes from signalling faults on the\n"
            "two corridors by June 2032",
        ],
        [
            "Commission the North corridor radio block centre at Varenta and its 1,140 "
            "balise groups\nunder the CP6 framework contract with Hallberg Signal",
            "Replace the 9 oldest relay interlockings on the East–West corridor with "
            "electronic ones;\ngive the other 8 relay interlockings ETCS interfaces",
            "Digitise the wiring diagrams of all 31 East–West interlockings before design freeze",
            "Submit the East–West trackside design to ERA for approval before the call for "
            "tender\n(Article 19, Directive (EU) 2016/797)",
            "Switch the East–West corridor to ETCS Level 2 in three stages:\n"
            "Zavel–Varenta, Varenta–Selka, Selka–Solvany",
        ],
        "Pillar budget: EUR 431m over 42 months",
    )


def trains(d: Slides) -> None:
    pillar(
        d,
        "Pillar 2 · Trains: no fitted track waits for unfitted cabs",
        [
            "Goal: all 388 cabs that run on the two corridors fitted with\n"
            "ETCS Baseline 3 by December 2031 (176 fitted at the end of 2027)",
        ],
        [
            "Sign a fitment agreement with each of the 12 train operators, with a cab-by-cab "
            "fitment plan",
            "Pay the national on-board grant (EUR 41m, CEF co-funded) per fitted cab, on the "
            "Ministry's behalf",
            "Open an ETCS test track at the Brenica freight yard for first-of-class vehicle tests",
            "Keep one fitment register for all 12 operators, updated every month",
        ],
        "Pillar budget: EUR 41m on-board grant, paid through us",
        "Operators stay responsible for their vehicle authorisations and their drivers' "
        "training; we give them test slots, route data and simulator time.",
    )


def traffic(d: Slides) -> None:
    pillar(
        d,
        "Pillar 3 · Traffic management: one view of every train",
        [
            "Goal: all train paths on the two corridors in the traffic management system "
            "by H1 2032",
            "Goal: 92% of North corridor trains arriving within 5 minutes in 2031\n(87.4% in 2027)",
            "And: a step change in punctuality for passengers and freight across the network",
        ],
        [
            "Build the national operations centre at Varenta-Hollmar",
            "Move the three regional control rooms into it, one corridor at a time",
            "Connect the Tempora traffic management system to the radio block centres "
            "and interlockings",
            "Give train operators a live view of every train on the two corridors",
        ],
        "Pillar budget: EUR 118m, of which EUR 64m for the operations centre building",
    )


def people(d: Slides) -> None:
    pillar(
        d,
        "Pillar 4 · People: the skills for a digital railway",
        [
            "Goal: 160 technicians with ETCS Level 2 maintenance competence\n"
            "by December 2030 (18 at the end of 2027)",
        ],
        [
            "Buy an ETCS Level 2 simulator for the Brenica training centre",
            "Put 160 technicians through ETCS Level 2 courses in cohorts of 20",
            "Take on 45 signalling apprentices a year from September 2029",
            "Agree shift patterns for the national operations centre with the works council "
            "before\nany signaller moves",
            "Ask Hallberg Signal to maintain the Wave A equipment for its first 24 months",
        ],
        "Pillar budget: EUR 27m over 42 months",
    )


def measures(d: Slides) -> None:
    d.start(
        "How we will measure it",
        "Baselines are calendar 2027; CP7 year 1 is 2029",
    )
    rows = [
        ["Measure", "Baseline 2027", "Target", "By when"],
        ["Route-km in ETCS Level 2 commercial service", "0", "382", "June 2032"],
        [
            "Cabs on the two corridors fitted with ETCS Baseline 3",
            "176 of 388",
            "388 of 388",
            "December 2031",
        ],
        [
            "Train delay minutes from signalling faults, North and East–West corridors",
            "18,900",
            "under 9,500 a year",
            "12 months to June 2032",
        ],
        ["Possessions handed back late, ETCS works", "6.1%", "under 2%", "from CP7 year 2"],
        ["Technicians with ETCS Level 2 maintenance competence", "18", "160", "December 2030"],
        ["Train paths in the traffic management system, two corridors", "0%", "100%", "H1 2032"],
        ["North corridor trains arriving within 5 minutes", "87.4%", "92.0%", "CP7 year 3"],
        [
            "Train operators' confidence in our works planning (annual survey)",
            "2.9 of 5",
            "higher",
            "to be agreed with the operators",
        ],
    ]
    d.table(LEFT, 436, [430, 130, 150, 166], rows, 14, 8)
    d.finish()


def roadmap(d: Slides) -> None:
    d.start(
        "Three waves on the CP7 clock",
        "CP7 runs 2029-2033. This plan covers January 2029 to June 2032: 42 months.",
    )
    y = 424.0
    phases = [
        (
            "Mobilise · January to June 2029",
            "programme board, NRSA pre-engagement, possession plan, fitment agreements",
        ),
        (
            "Wave A: North corridor · July 2029 until Gate 3",
            "test, authorise and run the North corridor under ETCS Level 2, the pilot section "
            "first",
        ),
        (
            "Wave B: East–West corridor · January 2031 to June 2032",
            "trackside works, test running, authorisation and switch-over in three stages",
        ),
    ]
    for head, body in phases:
        d.text(LEFT, y, head, 15, BOLD, NAVY)
        d.text(LEFT + 18, y - 18, body, 13, SANS, INK, RIGHT - LEFT - 18)
        y -= 42
    y = d.para(
        LEFT,
        y + 2,
        "Wave A and Wave B overlap from January to June 2031: cab fitment and authorisation "
        "on the North corridor\nrun in parallel with trackside works on the East–West corridor.",
        RIGHT - LEFT,
        12,
        SANS,
        GREEN,
    )
    rows = [
        ["Gate (NRSA authorisation milestone)", "Milestone", "Acceptance criteria"],
        [
            "Gate 1 · June 2029",
            "NRSA pre-engagement concluded",
            "Evidence list for Wave A agreed with the NRSA; independent assessment body appointed",
        ],
        [
            "Gate 2 · March 2030",
            "Authorisation for placing in service: Kelmar",
            "Final authorisation file accepted; 3 months of test running without a "
            "wrong-side failure",
        ],
        [
            "Gate 3",
            "North corridor authorisation for placing in service",
            "NRSA authorisation letter dated no later than 30 June 2031;\n"
            "at least 95% of cabs on the corridor fitted",
        ],
        [
            "Gate 4 · June 2032",
            "Authorisation for placing in service: East–West corridor",
            "All three stages switched over; lineside signals on the North corridor removed",
        ],
    ]
    y = d.table(LEFT, y - 4, [230, 250, 396], rows, 12, 5)
    d.text(
        LEFT,
        y - 20,
        "Later, outside this plan: Wave C: South corridor, from July 2032 to the end of CP7 in "
        "2033.",
        12,
        SANS,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


def gantt(d: Slides) -> None:
    d.start("Workstreams by half-year, 2029 to mid-2032")
    halves = ["2029 H1", "2029 H2", "2030 H1", "2030 H2", "2031 H1", "2031 H2", "2032 H1"]
    head = ["Workstream", *halves, "Later: H2 2032\nto 2033 (outside\nthis plan)"]
    marks = [
        ("Mobilise", [0]),
        ("Wave A: North corridor trackside and tests", [1, 2, 3]),
        ("Kelmar pilot section", [1, 2]),
        ("Wave A: NRSA authorisation", [3, 4]),
        ("Cab fitment with train operators", [1, 2, 3, 4, 5]),
        ("Wave B: East–West corridor trackside", [4, 5]),
        ("Wave B: NRSA authorisation and switch-over", [6]),
        ("Traffic management and operations centre", [2, 3, 4, 5, 6]),
        ("Technician training", [1, 2, 3, 4]),
        ("Wave C: South corridor (design only in this plan)", [5, 6, 7]),
    ]
    rows = [head]
    fills: dict[tuple[int, int], Color] = {}
    for r, (name, cols) in enumerate(marks, start=1):
        rows.append([name] + ["X" if c in cols else "" for c in range(8)])
        for c in cols:
            fills[(r, c + 1)] = SAND if c == 7 else GREEN_LIGHT
    widths = [300.0] + [64.0] * 7 + [128.0]
    y = d.table(LEFT, 452, widths, rows, 12, 6, True, range(1, 9), fills)
    d.para(
        LEFT,
        y - 18,
        "X = work in that half-year. H1 = January to June, H2 = July to December. "
        "In 2031 H1 the North corridor's fitment and authorisation run in parallel with the "
        "East–West corridor's trackside works.",
        RIGHT - LEFT,
        12,
        SANS,
        GREY,
    )
    d.finish()


def pilot(d: Slides) -> None:
    d.start("Proving it on 38 km before we go corridor-wide")
    y = d.para(
        LEFT,
        444,
        "ETCS Level 2 goes into commercial service first on the 38 km section between Lutovar "
        "and Kelmar on the North corridor: 2 interlockings, 11 level crossings, 96 trains a "
        "weekday, regional passenger and freight.",
        RIGHT - LEFT,
        17,
        SANS,
        INK,
    )
    d.para(
        LEFT,
        y - 4,
        "Why here: trackside equipment installed in CP6, GSM-R in place, 2 of the 3 operators "
        "on it already run fitted trains.",
        RIGHT - LEFT,
        13,
        SANS,
        GREY,
    )
    d.text(LEFT, y - 40, "Counting from K-day", 16, BOLD, GREEN)
    d.text(
        LEFT,
        y - 62,
        "K-day = the first commercial train under ETCS Level 2 on the section, planned for "
        "14 April 2030",
        13,
        BOLD,
        NAVY,
    )
    rows = [
        ["When", "Step"],
        ["K - 180 days", "Start test running at night, with the lineside signals still in use"],
        [
            "K - 90 days",
            "Route knowledge and simulator sessions for every driver who works the section",
        ],
        ["K - 30 days", "Submit the final authorisation file to the NRSA (Gate 2)"],
        ["K-day to K + 6 months", "ETCS Level 2 in service, lineside signals kept as fallback"],
        [
            "K + 6 months",
            "Remove the lineside signals between Lutovar and Kelmar; lessons to the programme "
            "board",
        ],
    ]
    y = d.table(LEFT, y - 78, [190, 686], rows, 14, 7)
    d.text(
        LEFT,
        y - 26,
        "Pass marks for the Wave A go-ahead: no wrong-side failure; under 2 ETCS-caused "
        "delays over 5 minutes per 1,000 trains.",
        13,
        BOLD,
        NAVY,
        RIGHT - LEFT,
    )
    d.finish()


def runway(d: Slides) -> None:
    d.start(
        "Clearing the runway",
        "What must be true before the first train runs under ETCS Level 2",
    )
    d.bullets(
        LEFT + 18,
        410,
        [
            "Book all Wave A and Wave B possessions in the 2030 and 2031 network statements "
            "by June 2029",
            "Freeze the national operating rules for ETCS Level 2 with the NRSA before test "
            "running at Kelmar",
            "Appoint an independent assessment body for Wave A and Wave B\n"
            "(common safety method for risk assessment, Regulation (EU) No 402/2013)",
            "Put balise, radio block centre and interlocking data under one configuration "
            "control in SIGMA",
        ],
        RIGHT - LEFT - 18,
        16,
        12,
    )
    d.rect(LEFT, 150, RIGHT - LEFT, 70, GREEN_LIGHT)
    d.text(
        LEFT + 16,
        192,
        "Goal: fewer than 2% of possessions handed back late from 2030",
        17,
        BOLD,
        NAVY,
    )
    d.text(
        LEFT + 16,
        168,
        "Each weekend possession we hand back late stops freight to Brenica port for hours.",
        13,
        SANS,
        INK,
    )
    d.finish()


def risks(d: Slides) -> None:
    d.start("What could stop us")
    rows = [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            "Operators fit cabs late; fitted track waits for trains",
            "High",
            "High",
            "Tie grant payments to fitment dates; publish fitment per operator every month",
        ],
        [
            "NRSA review takes longer than planned",
            "Medium",
            "High",
            "Monthly NRSA progress meetings from Gate 1; submit the safety case in three parts",
        ],
        [
            "Possessions overrun and stop freight",
            "Medium",
            "Medium",
            "Possession go/no-go 72 hours before each weekend; a rehearsed hand-back plan",
        ],
        [
            "Too few ETCS-competent technicians",
            "High",
            "High",
            "Start simulator courses in 2029 H2; supplier maintains Wave A for 24 months",
        ],
        [
            "Paper wiring diagrams hide faults in East–West interlockings",
            "Medium",
            "High",
            "Survey and digitise before design freeze; site-test every interlocking",
        ],
        [
            "Radio gaps on the East–West corridor",
            "Medium",
            "High",
            "Build 14 new GSM-R sites before Wave B test running",
        ],
    ]
    d.table(LEFT, 446, [300, 92, 80, 404], rows, 14, 9, False, (1, 2))
    d.finish()


def first_100_days(d: Slides) -> None:
    d.start("The first 100 days", "1 January to 10 April 2029")
    d.bullets(
        LEFT + 22,
        410,
        [
            "Hold the first programme board and publish its terms of reference\n"
            "(Member of the Board of Management for Infrastructure)",
            "Open the NRSA pre-engagement and agree the Wave A evidence list "
            "(Safety Assurance Manager)",
            "Sign fitment agreements with the first 5 train operators (Fleet Integration Manager)",
            "Present the training plan and shift patterns to the works council "
            "(Head of Human Resources)",
            "Start the survey of the 31 East–West interlockings (Head of Signalling Engineering)",
            "Publish the 2030 possession plan for the North corridor (Head of Possession Planning)",
            "Order the ETCS Level 2 simulator (Procurement Manager, Signalling Contracts)",
            "Set the Kelmar test-running timetable with the operators (Head of Capacity Planning)",
        ],
        RIGHT - LEFT - 22,
        16,
        11,
        "1.",
    )
    d.finish()


def monday(d: Slides) -> None:
    d.start(
        "What changes on Monday",
        "For everyone who works on the North and East–West corridors, from 8 January 2029",
    )
    d.bullets(
        LEFT + 18,
        410,
        [
            "Every possession request on the two corridors goes through RailPlan, not e-mail",
            "Technicians log every ETCS fault in FaultLog with its balise or radio block "
            "centre number",
            "The Selka drawing office scans the wiring diagrams of one interlocking a week",
            "Controllers in the Kelmar control room record every ETCS test run in the train "
            "register",
        ],
        RIGHT - LEFT - 18,
        16,
        14,
    )
    d.text(
        LEFT,
        120,
        "Programme news every Friday on the intranet; questions to the programme office.",
        13,
        SANS,
        GREY,
    )
    d.finish()


def governance(d: Slides) -> None:
    d.start("Who decides")
    items = [
        ("Sponsor", "Dr Lena Varnik, Member of the Board of Management for Infrastructure"),
        (
            "Programme board",
            "chaired by the sponsor; meets monthly; takes each gate go/no-go and releases the "
            "budget wave by wave",
        ),
        (
            "Members",
            "ETCS Programme Director; Member of the Board of Management for Finance; Heads of "
            "Signalling Engineering, Traffic Management and Possession Planning; Safety "
            "Assurance Manager; Fleet Integration Manager",
        ),
        (
            "Consulted, never deciding",
            "the NRSA's liaison officer (observer at the board) and the works council "
            "(shift patterns, training, place of work)",
        ),
        (
            "Reporting",
            "monthly to the board of management; quarterly to the Supervisory Board and the "
            "Ministry",
        ),
        (
            "Programme office",
            "Programme Controls Manager: schedule, cost, risk register and CEF claims",
        ),
    ]
    y = 440.0
    for head, body in items:
        d.text(LEFT, y, head, 14, BOLD, GREEN)
        y = d.para(LEFT + 230, y, body, RIGHT - LEFT - 230, 14, SANS, INK) - 12
    d.finish()


def not_in_plan(d: Slides) -> None:
    d.start("Not in this plan", "So that nobody plans for it by mistake")
    d.bullets(
        LEFT + 18,
        410,
        [
            "Regional and branch lines: LZS-80 stays in service there until the CP8 plan",
            "Wave C works on the South corridor (design only before mid-2032)",
            "FRMCS, the successor to GSM-R: planned for CP8",
            "Station accessibility and passenger information screens",
            "Freight terminals, sidings and private connections",
            "Buying rolling stock, and the operators' own driver training",
        ],
        RIGHT - LEFT - 18,
        16,
        12,
    )
    d.finish()


def asks(d: Slides) -> None:
    d.start("Funding and asks of the Supervisory Board")
    d.text(LEFT, 440, "Cost of this plan: EUR 684m over 42 months", 18, BOLD, NAVY)
    d.para(
        LEFT,
        414,
        "Trackside EUR 431m · Traffic management and operations centre EUR 118m · "
        "On-board grant EUR 41m · People and skills EUR 27m · Programme and contingency "
        "EUR 67m",
        RIGHT - LEFT,
        13,
        SANS,
        INK,
    )
    d.para(
        LEFT,
        374,
        "Funding: EUR 512m from the State budget under the CP7 agreement; EUR 172m from CEF "
        "Transport\n(applications in the 2029 and 2030 calls)",
        RIGHT - LEFT,
        13,
        SANS,
        INK,
    )
    d.text(LEFT, 318, "We ask the Supervisory Board to", 16, BOLD, GREEN)
    d.bullets(
        LEFT + 22,
        292,
        [
            "Approve Digital Core 2032 and its 42-month roadmap",
            "Release EUR 96m for Mobilise and the first year of Wave A",
            "Authorise the board of management to sign fitment agreements with the 12 train "
            "operators",
            "Approve the CEF Transport application for the East–West corridor in the 2029 call",
        ],
        RIGHT - LEFT - 22,
        15,
        8,
        "1.",
    )
    d.rect(LEFT, 72, RIGHT - LEFT, 44, NAVY)
    d.text(
        LEFT + 16,
        88,
        "By 30 June 2032: the North and East–West corridors run under ETCS Level 2, and "
        "Wave C is ready to start.",
        14,
        BOLD,
        WHITE,
        RIGHT - LEFT - 32,
    )
    d.finish()


def annex_corridors(d: Slides) -> None:
    d.start("Annex A1 · Network statistics: corridors and interlockings")
    rows = [
        [
            "Corridor",
            "Route-km",
            "Interlockings (of which relay or mechanical)",
            "Level crossings",
            "Trains per weekday",
            "Line speed",
        ],
        [
            "North corridor: Varenta–Lutovar–Kelmar–Brenica Port",
            "168",
            "14 (3)",
            "42",
            "212",
            "160 km/h",
        ],
        [
            "East–West corridor: Zavel–Varenta–Selka–Solvany",
            "214",
            "31 (17)",
            "49",
            "268",
            "160 km/h",
        ],
        ["South corridor: Varenta–Pernitz–Morvaan", "104", "20 (18)", "27", "126", "120 km/h"],
        ["Core network", "486", "65 (38)", "118", "606", "-"],
        ["Rest of the national network", "926", "112 (97)", "604", "431", "up to 120 km/h"],
    ]
    y = d.table(LEFT, 444, [326, 90, 170, 100, 100, 90], rows, 12, 6, True, (1, 2, 3, 4, 5))
    d.text(
        LEFT,
        y - 24,
        "Source: SIGMA asset register, 31 December 2027. Trains: weekday average, 2027 "
        "working timetable.",
        11,
        SANS,
        GREY,
    )
    d.finish()


def annex_fleets(d: Slides) -> None:
    d.start("Annex A2 · Network statistics: fleets and delay")
    rows = [
        ["Operator", "Traffic", "Cabs on the two corridors", "Fitted, ETCS Baseline 3"],
        ["Dravia Rail Passenger", "Passenger", "204", "132"],
        ["Kestrand Freight", "Freight", "88", "20"],
        ["PortLink Rail Cargo", "Freight", "41", "12"],
        ["Nine other operators", "Freight and charter", "55", "12"],
        ["All operators", "", "388", "176"],
    ]
    y = d.table(LEFT, 452, [300, 200, 188, 188], rows, 12, 5, True, (2, 3))
    rows = [
        ["Train delay from signalling faults, minutes", "2026", "2027"],
        ["North corridor", "7,300", "7,900"],
        ["East–West corridor", "10,400", "11,000"],
        ["South corridor", "6,900", "7,100"],
        ["Rest of the network", "5,100", "5,400"],
        ["Whole network", "29,700", "31,400"],
    ]
    y = d.table(LEFT, y - 30, [476, 200, 200], rows, 12, 5, True, (1, 2))
    d.text(
        LEFT,
        y - 22,
        "Sources: operators' fleet returns, December 2027; NetData delay attribution.",
        11,
        SANS,
        GREY,
    )
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    d = Slides(path)
    for slide in [
        cover,
        where_we_stand,
        why_now,
        ambition,
        trackside,
        trains,
        traffic,
        people,
        measures,
        roadmap,
        gantt,
        pilot,
        runway,
        risks,
        first_100_days,
        monday,
        governance,
        not_in_plan,
        asks,
        annex_corridors,
        annex_fleets,
    ]:
        slide(d)
    assert d.page == SLIDES, d.page
    if OVERFLOW:
        raise SystemExit("\n".join(OVERFLOW))
    d.save()


# =========================================================================== the org folder

POSTS = [
    ("Chair of the Board of Management", "Board of Management", "Supervisory Board"),
    (
        "Member of the Board of Management for Infrastructure",
        "Board of Management",
        "Chair of the Board of Management",
    ),
    (
        "Member of the Board of Management for Finance",
        "Board of Management",
        "Chair of the Board of Management",
    ),
    (
        "ETCS Programme Director",
        "Digital Core Programme",
        "Member of the Board of Management for Infrastructure",
    ),
    ("Programme Controls Manager", "Digital Core Programme", "ETCS Programme Director"),
    ("Wave Delivery Manager, North Corridor", "Digital Core Programme", "ETCS Programme Director"),
    (
        "Wave Delivery Manager, East-West Corridor",
        "Digital Core Programme",
        "ETCS Programme Director",
    ),
    ("Fleet Integration Manager", "Digital Core Programme", "ETCS Programme Director"),
    (
        "Safety Assurance Manager",
        "Safety and Quality",
        "Member of the Board of Management for Infrastructure",
    ),
    (
        "Head of Signalling Engineering",
        "Signalling and Telecoms",
        "Member of the Board of Management for Infrastructure",
    ),
    (
        "Head of Signalling Maintenance",
        "Signalling and Telecoms",
        "Member of the Board of Management for Infrastructure",
    ),
    (
        "Head of Telecoms",
        "Signalling and Telecoms",
        "Member of the Board of Management for Infrastructure",
    ),
    (
        "Head of Traffic Management",
        "Network Operations",
        "Member of the Board of Management for Infrastructure",
    ),
    (
        "Head of Possession Planning",
        "Network Operations",
        "Member of the Board of Management for Infrastructure",
    ),
    (
        "Head of Capacity Planning",
        "Network Operations",
        "Member of the Board of Management for Infrastructure",
    ),
    (
        "Head of Digital and Data",
        "Digital and Data",
        "Member of the Board of Management for Finance",
    ),
    ("Traffic Management System Lead", "Digital and Data", "Head of Digital and Data"),
    ("Head of Human Resources", "People", "Chair of the Board of Management"),
    ("Head of Technical Training", "People", "Head of Human Resources"),
    (
        "Procurement Manager, Signalling Contracts",
        "Finance and Procurement",
        "Member of the Board of Management for Finance",
    ),
    ("Chair of the Works Council", "Works Council (consulted)", "Elected by the employees"),
    (
        "NRSA Liaison Officer",
        "National Railway Safety Authority (external, consulted)",
        "NRSA Head of Infrastructure Authorisation",
    ),
]

REMITS = [
    (
        "Chair of the Board of Management",
        "Leads the board of management. Signs the CP7 performance and financing agreement "
        "with the Ministry and puts CP7 plans to the Supervisory Board.",
    ),
    (
        "Member of the Board of Management for Infrastructure",
        "Sponsor of the Digital Core programme and chair of its programme board. Answers to "
        "the board of management for signalling, telecoms, network operations, possession "
        "planning and safety assurance.",
    ),
    (
        "Member of the Board of Management for Finance",
        "Budget and financial reporting under the CP7 agreement; co-signs every release of "
        "programme funds above EUR 25m; procurement; digital and data.",
    ),
    (
        "ETCS Programme Director",
        "Runs the Digital Core programme day to day: the integrated plan, the waves, the "
        "interfaces between trackside, trains, traffic management and people; reports to the "
        "programme board. Owns route-km in ETCS Level 2 commercial service.",
    ),
    ("Programme Controls Manager", "See the programme board's terms of reference, 4.2."),
    (
        "Wave Delivery Manager, North Corridor",
        "Delivers Wave A on the North corridor: Hallberg Signal's works, the radio block centre "
        "at Varenta, test running, the Lutovar-Kelmar section, switch-over and removal of "
        "lineside signals.",
    ),
    (
        "Wave Delivery Manager, East-West Corridor",
        "Delivers Wave B on the East-West corridor: interlocking replacement, works in "
        "possessions, test running and the three-stage switch-over from Zavel to Solvany.",
    ),
    ("Fleet Integration Manager", "See the programme board's terms of reference, 4.4."),
    ("Safety Assurance Manager", "See the programme board's terms of reference, 4.3."),
    (
        "Head of Signalling Engineering",
        "Design authority for signalling: ETCS trackside design, interlocking design and "
        "engineering data, surveys of existing interlockings, submissions to ERA for trackside "
        "approval, the SIGMA asset register and configuration control of signalling data.",
    ),
    (
        "Head of Signalling Maintenance",
        "Keeps signalling in service: fault response, FaultLog, delay minutes attributed to "
        "signalling faults, maintenance contracts in service, technicians' rosters and their "
        "competence to maintain what is installed.",
    ),
    (
        "Head of Telecoms",
        "The GSM-R network, its radio sites and the transmission links to radio block centres "
        "and interlockings.",
    ),
    (
        "Head of Traffic Management",
        "Runs train traffic: the regional control rooms and the national operations centre "
        "they move into, signallers and controllers, regulation of trains and punctuality.",
    ),
    (
        "Head of Possession Planning",
        "Plans engineering access: the possession programme, RailPlan, possession requests, "
        "hand-back of possessions and overruns, the go/no-go before each weekend possession.",
    ),
    (
        "Head of Capacity Planning",
        "Capacity allocation and the working timetable: train paths, paths for test running, "
        "the capacity sections of the network statement, operators' path requests.",
    ),
    (
        "Head of Digital and Data",
        "Company IT and data: the NetData data warehouse and its Power BI reports, interfaces "
        "between company systems, cyber security.",
    ),
    (
        "Traffic Management System Lead",
        "See the systems and data inventory, under Tempora.",
    ),
    (
        "Head of Human Resources",
        "Employment terms, shift patterns and roster policy, recruitment and apprentices; "
        "leads consultation with the works council.",
    ),
    (
        "Head of Technical Training",
        "Runs the Brenica training centre: courses and competence assessment for technicians, "
        "signallers and controllers, and the ETCS training plan.",
    ),
    (
        "Procurement Manager, Signalling Contracts",
        "Signalling and telecoms contracts, among them the CP6 framework contract FC-2026/17 "
        "with Hallberg Signal; tenders and orders for programme equipment.",
    ),
    (
        "Chair of the Works Council",
        "Elected chair of the works council. Consulted on shift patterns, rosters, training "
        "and place of work; takes on no programme tasks.",
    ),
    (
        "NRSA Liaison Officer",
        "Officer of the National Railway Safety Authority assigned to the company. Observer at "
        "the programme board; consulted on operating rules and authorisation files; takes no "
        "decisions and no work for the company.",
    ),
]


def roster_xlsx() -> bytes:
    wb = Workbook()
    head_font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="0A3061")
    body_font = Font(name="Arial", size=10)
    posts = wb.active
    assert posts is not None
    posts.title = "Posts"
    posts.append(["Post", "Directorate", "Line manager"])
    for post in POSTS:
        posts.append(list(post))
    remits = wb.create_sheet("Remits")
    remits.append(["Post", "Remit"])
    for remit in REMITS:
        remits.append(list(remit))
    sheets: list[tuple[Any, list[int]]] = [(posts, [52, 48, 52]), (remits, [52, 110])]
    for ws, widths in sheets:
        for i, width in enumerate(widths):
            ws.column_dimensions["ABC"[i]].width = width
        for cell in ws[1]:
            cell.font = head_font
            cell.fill = head_fill
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.font = body_font
                cell.alignment = Alignment(vertical="top", wrap_text=True)
        ws.freeze_panes = "A2"
    return ooxml_bytes(
        wb,
        STAMP,
        creator="Personalabteilung",
        title="Organisation: posts and remits",
        lastModifiedBy="HR Systems",
    )


def terms_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"  # type: ignore[attr-defined]
    style.font.size = Pt(10)  # type: ignore[attr-defined]
    doc.add_heading("Digital Core Programme Board: terms of reference", level=1)
    doc.add_paragraph(
        "Version 2.0, approved by the board of management on 10 October 2028. English "
        "translation; the original language version prevails."
    )
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "The programme board steers the Digital Core programme: ETCS Level 2 and traffic "
        "management on the North and East-West corridors in the seventh control period "
        "(CP7, 2029-2033)."
    )
    doc.add_heading("2. Sponsor and chair", level=2)
    doc.add_paragraph(
        "The Member of the Board of Management for Infrastructure is the programme sponsor "
        "and chairs the board. When she is absent the ETCS Programme Director chairs the "
        "meeting, and decisions wait for the sponsor's written approval."
    )
    doc.add_heading("3. Decision rights", level=2)
    doc.add_paragraph(
        "The board takes the go/no-go decision at each gate of the programme. It releases "
        "budget wave by wave within the envelope approved by the Supervisory Board; a release "
        "above EUR 25m is co-signed by the Member of the Board of Management for Finance. It "
        "approves changes to scope, the waves and the gate dates before they go to the board "
        "of management."
    )
    doc.add_heading("4. Remits of programme posts", level=2)
    doc.add_paragraph(
        "4.1 ETCS Programme Director: the integrated programme plan, the waves and their "
        "interfaces, and the programme's report to this board."
    )
    doc.add_paragraph(
        "4.2 Programme Controls Manager: schedule, cost and risk reporting, the programme's "
        "risk register, CEF Transport applications and claims, and the monthly report to the "
        "board of management."
    )
    doc.add_paragraph(
        "4.3 Safety Assurance Manager: the safety management system as it applies to the "
        "programme, the safety cases, the authorisation files for placing in service, the "
        "national operating rules and changes to them, and the appointment and oversight of "
        "the independent assessment body. The Safety Assurance Manager is the company's "
        "single point of contact with the NRSA."
    )
    doc.add_paragraph(
        "4.4 Fleet Integration Manager: fitment agreements with the train operators, the cab "
        "fitment plan and the fitment register, payments of the national on-board grant, "
        "compatibility tests of fitted vehicles and the Brenica test track."
    )
    doc.add_heading("5. Members", level=2)
    members = [
        ("Post", "On the board"),
        ("Member of the Board of Management for Infrastructure", "Chair, sponsor"),
        ("ETCS Programme Director", "Member, secretary"),
        ("Member of the Board of Management for Finance", "Member"),
        ("Head of Signalling Engineering", "Member"),
        ("Head of Traffic Management", "Member"),
        ("Head of Possession Planning", "Member"),
        ("Safety Assurance Manager", "Member"),
        ("Fleet Integration Manager", "Member"),
        ("NRSA Liaison Officer", "Observer, consulted"),
    ]
    table = doc.add_table(rows=len(members), cols=2)
    table.style = "Table Grid"
    for row, (post, role) in zip(table.rows, members, strict=True):
        row.cells[0].text = post
        row.cells[1].text = role
    doc.add_heading("6. Consultation", level=2)
    doc.add_paragraph(
        "The NRSA Liaison Officer attends as an observer and is consulted on operating rules, "
        "the safety cases and the authorisation files. The liaison officer takes no decision "
        "of the board and holds none of its actions."
    )
    doc.add_paragraph(
        "Under the company agreement of 2019 (clause 7) the works council must be consulted "
        "before any change to shift patterns, rosters or the place of work of signallers and "
        "technicians."
    )
    doc.add_paragraph(
        "The Head of Human Resources leads that consultation; the Chair of the Works Council "
        "is invited to the board whenever it discusses them."
    )
    doc.add_heading("7. Meetings and reporting", level=2)
    doc.add_paragraph(
        "The board meets monthly. The Programme Controls Manager circulates the papers five "
        "working days before each meeting, with figures drawn from NetData. The board reports "
        "quarterly to the Supervisory Board and to the Ministry."
    )
    return ooxml_bytes(
        doc,
        STAMP,
        author="Tomas Reiner",
        title="Digital Core Programme Board: terms of reference",
        last_modified_by="Tomas Reiner",
        revision=4,
    )


SYSTEMS = """
# Systems and data inventory: Digital Core programme

Maintained by the Head of Digital and Data with the system owners. Status: October 2028.
English translation.

## SIGMA (signalling asset register)

SIGMA holds every interlocking, signal, balise group, axle counter and level crossing on the
national network, with its location, type, age and condition grade. It is updated by the
design authority after every commissioning. Owner: Head of Signalling Engineering.

## FaultLog (signalling faults)

Technicians and controllers record signalling faults in FaultLog, with the asset, the time
reported, the time fixed and the cause found. FaultLog records are not retained beyond 24
months, so fault histories from before November 2026 are gone. Owner: Head of Signalling
Maintenance.

## RailPlan (possession planning)

RailPlan holds the possession programme and every approved possession, with its hand-back time.
RailPlan runs only at the Varenta planning office; the regional planners in Kelmar and Solvany
send their possession requests by e-mail. Owner: Head of Possession Planning.

## NetData (data warehouse) and Power BI

NetData is the company's data warehouse. It loads train running, delay attribution, possessions
and asset condition every night, and Power BI reports built on it go to the board of management
each month and to the Ministry each quarter. Owner: Head of Digital and Data.

## Tempora (traffic management system)

Tempora went live in the Varenta control room in 2027 for timetable planning and conflict
detection. The Traffic Management System Lead runs Tempora: its configuration, its interfaces,
its releases, the supplier contract's change requests and the share of train paths it plans.
Tempora cannot receive train positions from the radio block centres, because that interface is
outside the current supplier contract.

## Control rooms

Traffic is controlled from three regional control rooms, at Varenta, Kelmar and Solvany. The
national operations centre at Varenta-Hollmar is not yet built; its building permit was granted
in June 2028. Owner: Head of Traffic Management.

## GSM-R

GSM-R carries the radio link between trains and the radio block centres. GSM-R only covers 71%
of the East-West corridor's route-km, while the North corridor is covered end to end. Owner:
Head of Telecoms.

## Radio block centres

The North corridor's radio block centre at Varenta is installed and in factory acceptance,
supplied by Hallberg Signal under framework contract FC-2026/17. The East-West corridor's radio
block centres are part of the Wave B tender. Owner: Head of Signalling Engineering.
"""

MEASURES = """
# Performance measures: Digital Core programme

Definitions agreed by the programme board on 17 October 2028. Baselines are calendar 2027.
Every measure is reported monthly from NetData unless its entry says otherwise.

| Measure | Definition | Owner | Baseline 2027 |
|---|---|---|---|
| ETCS Level 2 route-km | Route-km on which trains run in commercial service under ETCS Level 2 | ETCS Programme Director | 0 |
| Cab fitment | Cabs that run on the North and East-West corridors fitted with ETCS Baseline 3, of all cabs that run there | Fleet Integration Manager | 176 of 388 |
| Signalling delay | Train delay minutes attributed to signalling faults on the North and East-West corridors, rolling 12 months | Head of Signalling Maintenance | 18,900 |
| Late hand-back | Share of possessions for ETCS works handed back after their planned time | Head of Possession Planning | 6.1% of 1,204 possessions |
| ETCS maintenance competence | Technicians assessed competent to maintain ETCS Level 2 trackside equipment | Head of Signalling Maintenance | 18 |
| Paths in Tempora | Share of train paths on the two corridors planned and regulated in Tempora | Traffic Management System Lead | 0% |
| North corridor punctuality | Trains arriving at their final stop on the North corridor within 5 minutes of the timetable | Head of Traffic Management | 87.4% |
| Operator confidence | Score out of 5 in the annual survey of the 12 train operators on works planning | Head of Possession Planning | 2.9 |

## Notes on sources

The cab fitment register relies on a spreadsheet kept by the Fleet Integration Manager, and the
operators update it once a quarter.

Delay attribution is agreed with each operator within 14 days and loaded into NetData the night
after agreement.

Competence records come from the Brenica training centre's assessment records, checked by the
Head of Signalling Maintenance before they count.
"""

CORRIDORS = """
# The core network: corridors and interlockings

English translation of the network profile in the CP7 business plan, updated October 2028.

## North corridor (Varenta-Lutovar-Kelmar-Brenica Port)

168 route-km, double track, 160 km/h. 14 interlockings, 3 of them relay, the rest electronic
interlockings commissioned in CP6. Trackside ETCS Level 2 equipment is installed between Lutovar
and Kelmar, and the rest of the corridor is being fitted under framework contract FC-2026/17.
Freight to and from Brenica Port makes up 41% of its trains. The regional control room at Kelmar
controls the corridor north of Lutovar.

## East-West corridor (Zavel-Varenta-Selka-Solvany)

214 route-km, double track, 160 km/h. 31 interlockings: 14 electronic and 17 relay, the nine
oldest of them from 1962 to 1971. The wiring diagrams of the 17 relay interlockings are kept on
paper at the Selka drawing office. Regional passenger trains make up 72% of its trains.

## South corridor (Varenta-Pernitz-Morvaan)

104 route-km, single and double track, 120 km/h. 20 interlockings, 18 of them relay or
mechanical. ETCS Level 1 over LZS-80 on 96 km since 2022. Wave C, in the rest of CP7.
"""

WORKFORCE = """
# Workforce and skills for ETCS

Note by the Head of Human Resources and the Head of Technical Training for the programme board,
September 2028.

## Signalling staff

The company employs 430 signalling staff: 352 technicians, 48 team leaders and 30 engineers.
41% of them are 55 or over, and 96 will reach retirement age in CP7. Rosters follow the company
agreement of 2019.

## Training

The Head of Technical Training owns training for technicians, signallers and controllers, and
runs the Brenica training centre with 14 instructors. The training centre assesses competence
and sends the records to the line managers concerned.

The Brenica training centre has no ETCS Level 2 simulator; the 18 technicians assessed
competent in 2027 trained on Hallberg Signal's simulator at the supplier's plant.

Signallers and controllers for the national operations centre will be trained at Brenica on
Tempora, in groups of eight.

## Apprentices

The company takes on 25 signalling apprentices a year in a three-year programme with the
Varenta technical college.
"""

NRSA_NOTE = """
NOTE OF MEETING
Pre-engagement, Digital Core programme, Wave A
National Railway Safety Authority (NRSA) and Dravia Rail Infrastructure
Varenta, 26 September 2028
English translation

Present: NRSA Head of Infrastructure Authorisation; NRSA Liaison Officer; Safety Assurance
Manager; ETCS Programme Director; Head of Signalling Engineering.

1. The NRSA will assess the North corridor as one trackside subsystem for authorisation for
placing in service, with the Lutovar-Kelmar section as an earlier, separate authorisation.

2. The NRSA asks for the safety case in three parts (design, installation and test, operation),
each with the independent assessment body's report.

3. Changes to the national operating rules must be notified to the NRSA at least three months
before they are used in test running or in service.

4. The NRSA Liaison Officer will attend the programme board as an observer. Questions to the
NRSA go through the Safety Assurance Manager.

5. Next meeting: January 2029, to agree the evidence list for Wave A.

Recorded by the Safety Assurance Manager.
"""

OPERATORS = """Operator\tTraffic\tCabs on North and East-West corridors\tFitted with ETCS Baseline 3 (December 2027)\tFitment agreement
Dravia Rail Passenger\tPassenger\t204\t132\tTo be signed in Q1 2029
Kestrand Freight\tFreight\t88\t20\tTo be signed in Q1 2029
PortLink Rail Cargo\tFreight\t41\t12\tTo be signed in Q1 2029
Nordhaven Shuttle\tFreight\t14\t4\tTo be signed in Q1 2029
Selka Valley Railway\tPassenger (charter)\t9\t2\tTo be signed in Q2 2029
Brenica Port Rail\tFreight\t8\t0\tTo be signed in Q2 2029
Varenta Steel Logistics\tFreight\t7\t3\tTo be signed in Q2 2029
Ostgleis Cargo\tFreight\t6\t0\tTo be signed in Q2 2029
Morvaan Aggregates Rail\tFreight\t5\t0\tTo be signed in Q2 2029
Zavel Heritage Trains\tPassenger (charter)\t3\t0\tTo be signed in Q3 2029
Transalpine Intermodal\tFreight\t2\t2\tTo be signed in Q3 2029
Solvany Border Link\tPassenger\t1\t1\tTo be signed in Q3 2029
"""


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/organisation.xlsx": roster_xlsx(),
        "org/governance/programme-board-terms-of-reference.docx": terms_docx(),
        "org/governance/nrsa-pre-engagement-note-2028-09-26.txt": NRSA_NOTE,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/performance-measures.md": MEASURES,
        "org/context/corridors-and-interlockings.md": CORRIDORS,
        "org/context/workforce-and-skills.md": WORKFORCE,
        "org/context/train-operators.tsv": OPERATORS,
    }


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    case = out / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(case, org_files())


if __name__ == "__main__":
    main()
