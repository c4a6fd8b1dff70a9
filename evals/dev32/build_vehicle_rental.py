"""Build the dev32 case ``vehicle-rental``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, openpyxl, python-docx and
python-pptx (the project's venv lacks reportlab; ``/tmp/rl`` is such a venv):

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev32/build_vehicle_rental.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold, embedded from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``).

Writes, under ``evals/dev32/vehicle-rental/`` (or ``<out-folder>/vehicle-rental/``), every file
of the case but ``gold.json``:

- ``Keys to the Kerb FY28-30 - Board 25 Feb 2027.pdf``: a UK car and van rental company's
  three-year operations plan for its Board, as PowerPoint prints a 16:9 deck to the Windows
  "Microsoft Print to PDF" printer, imitated with reportlab's canvas: a ``%PDF-1.7`` header with
  a binary comment; a document information dictionary of Title ("Microsoft PowerPoint - ..."),
  Author, Producer "Microsoft: Print To PDF" and one fixed CreationDate and ModDate, and no
  Creator; pages of 960 x 540 pt (13.33 x 7.5 in, the slide size); every page drawn top-down (a
  ``1 0 0 -1 0 540 cm`` flip, text matrices with a negative y scale, as a GDI print driver
  writes them); text as positioned runs: one text object per text box, every word its own
  run placed with its own text matrix and no space glyph between words (the gap is left
  empty), bullet glyphs as runs of their own; KPI tiles as rectangles with the big number and
  its label in separate text boxes; the KPI and risk tables as ruled lines with one text box
  per cell; the roadmap as coloured bars on a grid of twelve undated quarters under three
  year headings, with diamonds for the gates.
- ``org/``: the roster as an Excel workbook (``people/head-office-structure.xlsx``: sheet
  "Posts" with Job title, Function, Reports to, Accountabilities; sheet "Vacancies"), the fleet
  policy (Markdown), the programme board's terms of reference and the Branch Managers'
  Council's terms (Markdown), an extract of the Unite recognition agreement (DOCX), the systems
  and data register (Markdown), the metric dictionary (CSV) and the network and car-club
  notes (text).

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
with a fixed information dictionary for the PDF, its header and reportlab's comments replaced
in place (every byte offset kept), fixed core properties and ZIP times for the XLSX and the
DOCX (through ``evals/dev16/_build.py``), and the text files as literal strings. It never
touches ``gold.json``.

This is a DEVELOPMENT case (split "dev32").
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "vehicle-rental"
DECK = "Keys to the Kerb FY28-30 - Board 25 Feb 2027.pdf"
ROSTER = "org/people/head-office-structure.xlsx"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

W, H = 960.0, 540.0  # PowerPoint's 16:9 slide, 13.333 x 7.5 in
LEFT = 48.0
RIGHT = W - 48.0

Color = tuple[float, float, float]
INK: Color = (0.12, 0.14, 0.17)
GREEN: Color = (0.04, 0.32, 0.26)
GREEN_LIGHT: Color = (0.88, 0.94, 0.92)
AMBER: Color = (0.86, 0.52, 0.06)
AMBER_LIGHT: Color = (1.0, 0.95, 0.86)
GREY: Color = (0.42, 0.45, 0.5)
GREY_LIGHT: Color = (0.94, 0.95, 0.96)
RULE: Color = (0.74, 0.77, 0.8)
WHITE: Color = (1.0, 1.0, 1.0)
BARS: list[Color] = [(0.3, 0.5, 0.68), (0.04, 0.32, 0.26), (0.55, 0.38, 0.6)]

STAMP = Stamp((2027, 2, 18, 16, 34, 12), "2027-02-18T16:34:12Z")
CREATED = "D:20270218163412+00'00'"
PDF_TITLE = "Microsoft PowerPoint - Keys to the Kerb FY28-30 Board v7.pptx"
PDF_AUTHOR = "Priya Castellan"
FOOTER = "Greythorn Vehicle Rental · Keys to the Kerb · Board, 25 February 2027 · Commercial in confidence"
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them

Seg = tuple[str, str]  # (font, text)
Run = tuple[float, float, list[Seg]]  # x, baseline y (from the top), the line's segments


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


class PrintInfo(PDFInfo):
    """The document information the Microsoft Print to PDF driver writes for a PowerPoint
    print: the window title, the user, the driver as producer and the print time twice; no
    Creator, Subject, Keywords or Trapped."""

    def format(self, document):  # type: ignore[no-untyped-def]
        info = {
            "Title": PDFString(PDF_TITLE),
            "Author": PDFString(PDF_AUTHOR),
            "Producer": PDFString("Microsoft: Print To PDF"),
            "CreationDate": PDFString(CREATED),
            "ModDate": PDFString(CREATED),
        }
        return PDFDictionary(info).format(document)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``s`` into lines no wider than ``width``."""
    lines: list[str] = []
    cur = ""
    for word in s.split(" "):
        trial = f"{cur} {word}" if cur else word
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


# =========================================================================== drawing helpers


class Deck:
    """A reportlab canvas drawn top-down, with text as a print driver writes it."""

    def __init__(self, path: Path) -> None:
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            bottomup=0,
            initialFontName=SANS,
            initialFontSize=12,
        )
        self.c._doc.info = PrintInfo()
        self.page = 1

    # ---------------------------------------------------------------- text
    def write(self, runs: list[Run], size: float, color: Color = INK) -> None:
        """One text box: one text object, every word a run at its own text matrix."""
        t = self.c.beginText(runs[0][0], runs[0][1])
        t.setFillColorRGB(*color)
        current = ""
        first = True
        for x, y, segs in runs:
            for font, s in segs:
                space = stringWidth(" ", font, size)
                parts = s.split(" ")
                for k, word in enumerate(parts):
                    if word:
                        if font != current:
                            t.setFont(font, size)
                            current = font
                        if not first:
                            t.setTextOrigin(x, y)
                        first = False
                        t.textOut(word)
                        x += stringWidth(word, font, size)
                    if k < len(parts) - 1:
                        x += space
        self.c.drawText(t)

    def lines(
        self,
        x: float,
        y: float,
        lines: Sequence[str | list[Seg]],
        size: float = 12,
        font: str = SANS,
        color: Color = INK,
        leading: float | None = None,
        limit: float | None = None,
        align: str = "left",
    ) -> float:
        """A text box of given lines; returns the baseline after the last line."""
        lead = leading if leading is not None else size * 1.25
        runs: list[Run] = []
        for i, line in enumerate(lines):
            segs = [(font, line)] if isinstance(line, str) else line
            total = sum(stringWidth(s, f, size) for f, s in segs)
            if limit is not None and total > limit + 0.01:
                joined = "".join(s for _, s in segs)
                OVERFLOW.append(f"page {self.page}: too wide ({total:.0f} > {limit:.0f}): {joined}")
            lx = x
            if align == "centre":
                lx = x - total / 2
            elif align == "right":
                lx = x - total
            runs.append((lx, y + i * lead, segs))
        self.write(runs, size, color)
        return y + len(lines) * lead

    def para(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        size: float = 12,
        font: str = SANS,
        color: Color = INK,
        leading: float | None = None,
    ) -> float:
        return self.lines(x, y, wrap(text, font, size, width), size, font, color, leading, width)

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str | tuple[str, str]],
        width: float,
        size: float = 12,
        leading: float | None = None,
        gap: float = 5,
        glyph: str = "•",
        color: Color = INK,
    ) -> float:
        """Bulleted items in one text box: the glyph a run of its own left of the text; an item
        may be (bold lead-in, rest). Returns the baseline after the last item."""
        lead = leading if leading is not None else size * 1.25
        indent = size * 1.1
        runs: list[Run] = []
        for item in items:
            lead_in, rest = item if isinstance(item, tuple) else ("", item)
            first = width - indent - (stringWidth(lead_in + " ", BOLD, size) if lead_in else 0)
            words = wrap(rest, SANS, size, first)
            head = words[0]
            tail = wrap(" ".join(words[1:]), SANS, size, width - indent) if len(words) > 1 else []
            runs.append((x, y, [(SANS, glyph)]))
            segs: list[Seg] = [(BOLD, lead_in + " "), (SANS, head)] if lead_in else [(SANS, head)]
            runs.append((x + indent, y, segs))
            for line in tail:
                y += lead
                runs.append((x + indent, y, [(SANS, line)]))
            y += lead + gap
        self.write(runs, size, color)
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
        p.moveTo(cx, cy - r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy + r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    # ---------------------------------------------------------------- page furniture
    def head(self, eyebrow: str, title: str, key: str | None = None) -> None:
        self.rect(0, 0, W, 6, GREEN)
        self.lines(LEFT, 40, [eyebrow], 10, BOLD, GREEN)
        self.lines(LEFT, 74, [title], 26, BOLD, INK, limit=RIGHT - LEFT)
        if key:
            self.lines(LEFT, 100, [key], 14, SANS, GREY, limit=RIGHT - LEFT)

    def finish(self, number: bool = True) -> None:
        if number:
            self.hline(LEFT, RIGHT, 508, RULE, 0.5)
            self.lines(LEFT, 524, [FOOTER], 8, SANS, GREY)
            self.lines(RIGHT, 524, [str(self.page)], 9, BOLD, GREY, align="right")
        self.c.showPage()
        self.page += 1

    def save(self) -> None:
        self.c.save()


# =========================================================================== the slides


def cover(d: Deck) -> None:
    d.rect(0, 0, W, H, GREEN)
    d.rect(0, 400, W, 140, (0.03, 0.25, 0.2))
    d.lines(72, 120, ["GREYTHORN VEHICLE RENTAL"], 13, BOLD, AMBER)
    d.lines(72, 200, ["Keys to the Kerb"], 54, BOLD, WHITE)
    d.lines(72, 248, ["Our operations plan for FY28 to FY30"], 24, SANS, WHITE)
    d.lines(
        72,
        440,
        [
            "Executive Committee to the Board · 25 February 2027 · Paper B/27/04 · For decision",
            "Presented by Ruth Mallender, Chief Operating Officer, and Tom Adeyemi-Hale, Chief Financial Officer",
        ],
        12,
        SANS,
        WHITE,
        leading=20,
    )
    d.lines(72, 500, ["Commercial in confidence"], 10, BOLD, AMBER)
    d.finish(number=False)


def figure_box(d: Deck, x: float, y: float, w: float, big: str, caption: str) -> None:
    d.rect(x, y, w, 104, GREY_LIGHT)
    d.rect(x, y, 4, 104, GREEN)
    d.lines(x + 16, y + 40, [big], 28, BOLD, GREEN)
    d.para(x + 16, y + 64, caption, w - 28, 11.5, SANS, INK, 15)


def why_now(d: Deck) -> None:
    d.head(
        "01 · WHERE WE STAND", "Why now: a busy fleet that still runs on paper", "What FY27 told us"
    )
    figures = [
        ("6pm", "is when a car handed back at 9am is typically fit to go out again"),
        ("31", "branches with Saturday counter queues of 20 minutes or more"),
        ("41p", "of every £1 spent repairing damage came back from hirers or insurers"),
        ("£6.8m", "spent repairing damage to rental vehicles in FY27"),
        ("1 in 6", "moves between branches arranged by phone on the day"),
        ("26 of 420", "car-club cars that run on electricity today"),
    ]
    for i, (big, caption) in enumerate(figures):
        col, row = i % 3, i // 3
        figure_box(d, LEFT + col * 196, 128 + row * 120, 184, big, caption)
    x = LEFT + 3 * 196 + 12
    d.rect(x, 128, RIGHT - x, 224, AMBER_LIGHT)
    d.lines(x + 16, 154, ["For the record"], 14, BOLD, AMBER)
    d.bullets(
        x + 16,
        182,
        [
            "In 2019 we rented 1.9m vehicles from 140 branches.",
            "Our largest rival says 80% of its rentals are now collected without a counter.",
            "Brackwell's clean air zone charges older diesel vans from April 2028.",
        ],
        RIGHT - x - 32,
        11.5,
        15,
        8,
    )
    d.para(
        LEFT,
        392,
        "FY27 = March 2026 to February 2027. Source: Milepost, our data warehouse, at 31 January 2027.",
        RIGHT - LEFT,
        10,
        SANS,
        GREY,
    )
    d.finish()


def tile(d: Deck, x: float, y: float, w: float, big: str, label: str, today: bool) -> None:
    d.rect(x, y, w, 128, GREY_LIGHT if today else GREEN_LIGHT)
    d.rect(x, y, w, 5, GREY if today else GREEN)
    d.lines(x + w / 2, y + 62, [big], 40, BOLD, GREY if today else GREEN, align="centre")
    d.lines(x + w / 2, y + 96, wrap(label, SANS, 12, w - 24), 12, SANS, INK, 15, align="centre")


def ambition(d: Deck) -> None:
    d.head("02 · WHERE WE ARE GOING", "The ambition")
    d.lines(LEFT, 128, ["NORTH STAR"], 10, BOLD, AMBER)
    d.lines(
        LEFT,
        160,
        [
            "Britain's easiest car and van to pick up and drop off,",
            "from a branch or a street bay.",
        ],
        24,
        BOLD,
        GREEN,
        leading=30,
        limit=RIGHT - LEFT,
    )
    tiles = [
        ("1.4m", "rentals last year (FY27)", True),
        ("70%", "of rentals collected keyless by FY30", False),
        ("3 hrs", "from return to ready-to-rent by FY29 Q4", False),
        ("100%", "electric car-club fleet by February 2030", False),
    ]
    tw = (RIGHT - LEFT - 3 * 16) / 4
    for i, (big, label, today) in enumerate(tiles):
        tile(d, LEFT + i * (tw + 16), 236, tw, big, label, today)
    d.lines(
        LEFT,
        418,
        ["Keys to the Kerb is a three-year plan, FY28 to FY30, costing £11.2m."],
        14,
        SANS,
        INK,
        limit=RIGHT - LEFT,
    )
    d.finish()


def goals(d: Deck) -> None:
    d.head("02 · WHERE WE ARE GOING", "Five goals for the end of FY30")
    d.lines(LEFT, 132, ["By the end of FY30, in February 2030, we will:"], 16, BOLD, INK)
    items = [
        "Have 70% of rentals collected keyless (stretch: 80%)",
        "Cut return to ready-to-rent to 3 hours by FY29 Q4 — down from 9 hours in FY27",
        "Raise damage costs recovered to 75% (definition in the metric dictionary)",
        "Lose under 1% of car-club trips to a flat or missing car by FY29 Q4 — 4.1% in FY27",
        "Have 100% of car-club cars electric (board-approved in December 2026)",
    ]
    y = 178
    for n, text in enumerate(items, start=1):
        d.rect(LEFT, y - 22, 34, 34, GREEN)
        d.lines(LEFT + 17, y, [str(n)], 18, BOLD, WHITE, align="centre")
        d.lines(LEFT + 52, y, [text], 16, SANS, INK, limit=RIGHT - LEFT - 52)
        y += 54
    d.para(
        LEFT,
        462,
        "Each goal's FY27 baseline and owner are in the measures on slide 11.",
        RIGHT - LEFT,
        11,
        SANS,
        GREY,
    )
    d.finish()


def moments(d: Deck) -> None:
    d.head(
        "03 · FOCUS",
        "Three moments we are designing for",
        "Where hirers and members feel the difference first",
    )
    cols = [
        (
            "A trades customer collecting a van before the branch opens",
            "Today: keys left in a drop safe, or a wait until 7:30am.",
            "With Keys to the Kerb: the van unlocks from the app from 6am.",
        ),
        (
            "A car-club member taking a street-bay car for an hour",
            "Today: 1 booking in 25 lost to a flat battery, a missing car or a blocked bay.",
            "With Keys to the Kerb: an electric car, charged in its bay.",
        ),
        (
            "A one-way car hire dropped at another branch",
            "Today: the car waits where it lands until a planner finds it a home by phone.",
            "With Keys to the Kerb: the move list sends it to where the next booking is.",
        ),
    ]
    cw = 200.0
    for i, (head, today, then) in enumerate(cols):
        x = LEFT + i * (cw + 14)
        d.rect(x, 124, cw, 250, GREEN_LIGHT)
        y = d.para(x + 14, 150, head, cw - 28, 14, BOLD, GREEN, 18)
        y = d.para(x + 14, y + 14, today, cw - 28, 11.5, SANS, INK, 15)
        d.para(x + 14, y + 10, then, cw - 28, 11.5, SANS, INK, 15)
    x = LEFT + 3 * (cw + 14)
    d.rect(x, 124, RIGHT - x, 250, GREY_LIGHT)
    d.lines(x + 14, 150, ["Not in this plan"], 14, BOLD, GREY)
    d.bullets(
        x + 14,
        178,
        [
            "Airport and rail-station desks, run under concession",
            "Contract hire for business fleets (Greythorn Fleet Solutions)",
            "Selling ex-fleet vehicles",
            "Insurance replacement cars",
            "Minibuses and trucks over 3.5 tonnes",
        ],
        RIGHT - x - 28,
        11.5,
        15,
        6,
        color=GREY,
    )
    d.finish()


def pillar(
    d: Deck,
    number: int,
    title: str,
    key: str,
    goals: list[str],
    initiatives: list[str],
    side: list[tuple[str, str]] | None = None,
) -> None:
    d.head(f"04 · PILLAR {number} OF 5", title, key)
    width = 520.0 if side else RIGHT - LEFT
    y = 128.0
    for g in goals:
        d.rect(LEFT, y, width, 34, GREEN_LIGHT)
        d.lines(LEFT + 12, y + 22, [[(BOLD, "Goal:"), (SANS, " " + g)]], 14.5, limit=width - 24)
        y += 42
    d.lines(LEFT, y + 22, ["What we will do"], 13, BOLD, GREEN)
    d.bullets(LEFT, y + 48, list(initiatives), width, 13, 17, 7)
    if side:
        x = LEFT + width + 24
        sy = 128.0
        for heading, text in side:
            lines = wrap(text, SANS, 13, RIGHT - x - 28)
            h = 44 + 17 * len(lines)
            d.rect(x, sy, RIGHT - x, h, AMBER_LIGHT)
            d.lines(x + 14, sy + 22, [heading], 11, BOLD, AMBER)
            d.lines(x + 14, sy + 42, lines, 13, SANS, INK, 17, RIGHT - x - 28)
            sy += h + 12
    d.finish()


def pillar_fleet(d: Deck) -> None:
    pillar(
        d,
        1,
        "A fleet that reports in",
        "Telematics in every vehicle, read by the systems we already run",
        ["100% of rental vehicles reporting telematics by FY28 Q4"],
        [
            "Fit a telematics unit to each of the 10,400 cars not yet fitted, branch by branch",
            "Link Fleetwise to RentalCore so mileage and fuel are read at return, not typed in",
            "Flag any vehicle 2 hours overdue to its branch and to the contact centre",
            "Agree a telematics data charter with the Unite works committee before fitting starts",
        ],
        [("Today", "Only our vans report in: 4,800 of 15,200 rental vehicles.")],
    )


def pillar_damage(d: Deck) -> None:
    pillar(
        d,
        2,
        "Damage, settled at the kerb",
        "A photo record of every return, shared with the hirer the same hour",
        ["95% of returns checked by photo within 15 minutes by FY29 Q4"],
        [
            "Put the photo inspection app on 700 branch handsets",
            "Keep every return photo for 3 years with its rental agreement",
            "Send the hirer the return photos within the hour",
            "Bill damage within 5 working days of return, photos attached",
            "Train 640 counter and preparation colleagues in the photo standard",
        ],
        [
            ("Where we are", "Today 31% of returns wait overnight for their damage check."),
            ("This pillar also carries", "Goal 3: damage costs recovered to 75% by FY30."),
        ],
    )


def pillar_keyless(d: Deck) -> None:
    pillar(
        d,
        3,
        "Keys in the app",
        "Collection without a counter, for cars and vans",
        [
            "70% of rentals collected keyless by FY30 (stretch: 80%)",
            "Reach 500,000 app downloads by FY29 Q4",
        ],
        [
            "Issue digital keys from the Greythorn app for every car and van",
            "Check driving licences with the DVLA in the app before arrival",
            "Open keyless van collection from 6am at 40 trade branches",
            "Move counter colleagues into vehicle preparation and hand-back roles",
        ],
    )


def pillar_allocation(d: Deck) -> None:
    pillar(
        d,
        4,
        "Right vehicle, right branch",
        "One national view of where every vehicle is and where it is needed",
        [
            "Time on rent, cars: from 69% to 78% by FY30",
            "Time on rent, vans: from 74% to 78% by FY30",
        ],
        [
            "Build a daily allocation model from RentalCore bookings and Fleetwise locations",
            "Replace the eight regional transfer spreadsheets with one national move list",
            "Send one-way returns overnight to where the next booking is",
            "Hold a shared float of 3% of each region's fleet",
        ],
    )


def pillar_electric(d: Deck) -> None:
    pillar(
        d,
        5,
        "An electric car club",
        "Every CityCar electric, charged where it parks",
        [
            "100% of car-club cars electric by February 2030",
            "Open 60 electric car-club bays with chargers in Brackwell by FY30 Q2",
        ],
        [
            "Agree 60 electric-only bays with Brackwell City Council",
            "Install rapid chargers at 20 branches in and around our car-club cities",
            "Start the electric car-club pilot with the first 60 cars in FY29 Q4",
            "Replace the 394 petrol and hybrid car-club cars with electric cars as their leases end",
        ],
    )


KPI_ROWS = [
    ("Rentals collected keyless", "0%", "70%", "FY30 Q4"),
    ("Return to ready-to-rent (median)", "9 hrs", "3 hrs", "FY29 Q4"),
    ("Returns checked by photo within 15 minutes", "0%", "95%", "FY29 Q4"),
    ("Damage costs recovered", "41%", "75%", "FY30 Q4"),
    ("Rental vehicles reporting telematics", "32%", "100%", "FY28 Q4"),
    ("Time on rent, cars", "69%", "78%", "FY30 Q4"),
    ("Time on rent, vans", "74%", "78%", "FY30 Q4"),
    ("Car-club cars electric", "6%", "100%", "FY30 Q4"),
    ("Car-club trips lost to a flat or missing car", "4.1%", "under 1%", "FY29 Q4"),
    ("Customer score (NPS), branches and car club", "+21", "Higher", "To be agreed"),
]


def table(
    d: Deck,
    x: float,
    y: float,
    widths: list[float],
    head: list[str],
    rows: list[list[str]],
    size: float = 11.5,
    row_h: float = 26,
    lead: float = 14,
) -> float:
    """A ruled table: a shaded header row, then rows whose height follows their longest cell;
    every cell its own text box. Returns the y under the table."""
    total = sum(widths)
    d.rect(x, y, total, row_h, GREEN)
    cx = x
    for w, name in zip(widths, head, strict=True):
        d.lines(cx + 8, y + row_h - 9, [name], size, BOLD, WHITE, limit=w - 12)
        cx += w
    y += row_h
    for row in rows:
        cells = [wrap(c, SANS, size, w - 14) for c, w in zip(row, widths, strict=True)]
        h = max(row_h, 10 + lead * max(len(c) for c in cells))
        cx = x
        for w, cell in zip(widths, cells, strict=True):
            d.lines(cx + 8, y + 17, cell, size, SANS, INK, lead, w - 12)
            cx += w
        y += h
        d.hline(x, x + total, y, RULE, 0.6)
    return y


def measures(d: Deck) -> None:
    d.head(
        "05 · MEASURES",
        "How we will know",
        "Baselines are FY27 (March 2026 to February 2027); each measure has one owner",
    )
    table(
        d,
        LEFT,
        120,
        [420, 150, 150, 144],
        ["Measure", "FY27 baseline", "Target", "By when"],
        [list(r) for r in KPI_ROWS],
        12,
        25,
        14,
    )
    d.para(
        LEFT,
        412,
        "Definitions are in the metric dictionary kept by Data and Pricing. "
        "Time on rent = days on rent ÷ days available.",
        RIGHT - LEFT,
        10,
        SANS,
        GREY,
    )
    d.finish()


PHASES = ["Year 1: Fix the basics", "Year 2: Go keyless", "Year 3: Go electric"]


def roadmap(d: Deck) -> None:
    d.head("06 · ROADMAP", "Three years, three jobs")
    label_w = 132.0
    gx = LEFT + label_w
    qw = (RIGHT - gx) / 12
    top = 118.0
    for i, name in enumerate(PHASES):
        x = gx + i * 4 * qw
        d.rect(x + 2, top, 4 * qw - 4, 28, BARS[i])
        d.lines(x + 2 * qw, top + 19, [name], 13, BOLD, WHITE, align="centre")
        for q in range(4):
            d.lines(x + q * qw + qw / 2, top + 46, [f"Q{q + 1}"], 10, SANS, GREY, align="centre")
    for k in range(13):
        d.vline(gx + k * qw, top + 52, 420, RULE if k % 4 else GREY, 0.5 if k % 4 else 1)
    rows: list[tuple[str, list[tuple[int, int, str, int]]]] = [
        ("Telematics", [(0, 4, "Fit 10,400 cars", 0)]),
        ("Damage by photo", [(1, 5, "Photo checks at every branch", 0)]),
        ("Keyless", [(1, 3, "Saltmarsh Lane", 0), (4, 10, "Roll-out to 112 branches", 1)]),
        ("Allocation", [(2, 8, "Daily model and national move list", 1)]),
        ("Electric car club", [(7, 8, "Pilot", 2), (8, 12, "Replace 394 cars", 2)]),
    ]
    y = top + 64
    for label, bars in rows:
        d.lines(LEFT, y + 17, [label], 12, BOLD, INK, limit=label_w - 8)
        for a, b, text, colour in bars:
            d.rect(gx + a * qw + 2, y + 3, (b - a) * qw - 4, 22, BARS[colour])
            d.lines(gx + a * qw + 8, y + 18, [text], 10.5, BOLD, WHITE, limit=(b - a) * qw - 14)
        y += 36
    gates = [(1, "G1 · pilot ready"), (4, "G2 · keyless go/no-go"), (8, "G3 · electric go/no-go")]
    for q, text in gates:
        gx_q = gx + q * qw
        d.diamond(gx_q, 436, 8, AMBER)
        d.lines(gx_q + 12, 440, [text], 10.5, BOLD, AMBER)
    d.para(
        LEFT,
        478,
        "The years and quarters are dated on the next slide.",
        RIGHT - LEFT,
        10,
        SANS,
        GREY,
    )
    d.finish()


def clock(d: Deck) -> None:
    d.head(
        "06 · ROADMAP",
        "How the years fall",
        "Our financial year starts on 1 March: FY28 = March 2027 to February 2028",
    )
    rows = [
        ("Year 1: Fix the basics", "FY28", "March 2027 to February 2028"),
        ("Year 2: Go keyless", "FY29", "March 2028 to February 2029"),
        ("Year 3: Go electric", "FY30", "March 2029 to February 2030"),
    ]
    y = 132.0
    for i, (name, fy, months) in enumerate(rows):
        d.rect(LEFT, y, 540, 36, BARS[i])
        d.lines(LEFT + 14, y + 23, [f"{name} is {fy}, {months}"], 14, BOLD, WHITE, limit=512)
        y += 44
    d.bullets(
        LEFT,
        y + 22,
        [
            "Quarters: Q1 March to May, Q2 June to August, Q3 September to November, Q4 December to February.",
            "G1 at the end of FY28 Q1 (May 2027); G2 at the end of FY28 (February 2028); G3 at the end of FY29 (February 2029).",
            "The plan ends with FY30, in February 2030.",
        ],
        540,
        12.5,
        16,
        6,
    )
    x = LEFT + 564
    d.rect(x, 132, RIGHT - x, 188, AMBER_LIGHT)
    d.lines(x + 14, 156, ["Where the years overlap"], 13, BOLD, AMBER)
    d.para(
        x + 14,
        180,
        "The electric car-club pilot starts in FY29 Q4 (December 2028), inside Year 2, so the "
        "first 60 electric cars run through a winter before G3. It is Year 3 work started "
        "early; Year 2 still ends at G3 in February 2029.",
        RIGHT - x - 28,
        12,
        SANS,
        INK,
        16,
    )
    d.rect(x, 332, RIGHT - x, 104, GREY_LIGHT)
    d.lines(x + 14, 356, ["Fixed dates around the plan"], 13, BOLD, GREY)
    d.para(
        x + 14,
        380,
        "The fleet leases run to 2033 under our master agreements with Aldwych and Penmore. "
        "RentalCore changes ship in April and October.",
        RIGHT - x - 28,
        12,
        SANS,
        INK,
        16,
    )
    d.finish()


def pilot(d: Deck) -> None:
    d.head(
        "07 · PILOT",
        "Saltmarsh Lane goes first",
        "Keyless collection starts at the Brackwell Saltmarsh Lane branch and its 40 city bays",
    )
    half = 400.0
    d.lines(LEFT, 136, ["Why there"], 13, BOLD, GREEN)
    d.bullets(
        LEFT,
        160,
        [
            "Our busiest van branch in Brackwell: 260 vehicles, 31,000 rentals in FY27",
            "40 CityCar bays within a mile, all under one council order",
            "A trade counter that opens at 7:30am and a 7 kW charge point already on site",
        ],
        half,
        12.5,
        16,
        6,
    )
    d.rect(LEFT, 292, half, 34, AMBER_LIGHT)
    d.lines(LEFT + 12, 314, ["The pilot runs 20 weeks, June to October 2027."], 13, BOLD, AMBER)
    d.lines(LEFT, 356, ["Pass marks for G2"], 13, BOLD, GREEN)
    d.bullets(
        LEFT,
        380,
        [
            "50% of the branch's rentals collected keyless by week 20",
            "No rise in damage disputes against the branch's FY27 rate",
        ],
        half,
        12.5,
        16,
        6,
    )
    x = LEFT + half + 32
    d.lines(x, 136, ["Steps"], 13, BOLD, GREEN)
    steps = [
        "Fit telematics and key-free entry to the branch's 260 vehicles by the end of May 2027",
        "Train the branch's 14 counter colleagues in keyless hand-over and photo checks",
        "Open keyless collection to trade account holders first, then to all hirers from week 6",
        "Measure collection time, queue time and damage disputes weekly against FY27",
        "Report to the programme board at week 10 and week 20",
    ]
    y = 160.0
    for n, text in enumerate(steps, start=1):
        lines = wrap(text, SANS, 12.5, RIGHT - x - 30)
        d.lines(x, y, [str(n)], 12.5, BOLD, AMBER)
        d.lines(x + 22, y, lines, 12.5, SANS, INK, 16, RIGHT - x - 30)
        y += 16 * len(lines) + 12
    d.finish()


def gate(d: Deck) -> None:
    d.head(
        "08 · GATES",
        "What 'ready' looks like at G2",
        "Before keyless goes to all 112 branches, every one of these must be true",
    )
    items = [
        ("G2.1", "Digital keys issued and revoked from RentalCore with no manual step"),
        ("G2.2", "Every Saltmarsh Lane return checked by photo within 15 minutes, 8 weeks running"),
        ("G2.3", "DPIA for hirers' location data signed off by the Data Protection Officer"),
        ("G2.4", "Unite consultation on counter roles closed, with the outcome recorded"),
        ("G2.5", "Branch Managers' Council heard on the roll-out order"),
        ("G2.6", "Contact centre able to unlock a vehicle for a hirer out of hours"),
    ]
    y = 140.0
    for k, (code, text) in enumerate(items):
        d.rect(LEFT, y - 20, RIGHT - LEFT, 32, GREEN_LIGHT if k % 2 else WHITE)
        d.lines(LEFT + 12, y, [[(BOLD, code), (SANS, " " + text)]], 14, limit=RIGHT - LEFT - 24)
        y += 40
    d.para(
        LEFT,
        y + 14,
        "The programme board reads the evidence and recommends; the Board decides G2.",
        RIGHT - LEFT,
        12,
        SANS,
        GREY,
    )
    d.finish()


RISKS = [
    (
        "Telematics units arrive late from one supplier",
        "Medium",
        "High",
        "Keep a second supplier approved for units and fitting",
    ),
    (
        "Hirers dispute damage shown only in photos",
        "Medium",
        "Medium",
        "Show the hirer the time-stamped photos at drop-off, in the app",
    ),
    (
        "Colleagues fear telematics is used to watch them",
        "High",
        "High",
        "Show every colleague what the units record, in their team briefing",
    ),
    (
        "Brackwell council takes longer than nine months on the bay order",
        "Medium",
        "High",
        "Keep 20 electric cars at Saltmarsh Lane until the bays are ready",
    ),
    (
        "Electric range falls in winter",
        "Medium",
        "Medium",
        "Buy the remaining cars only after the winter results at G3",
    ),
]


def risks(d: Deck) -> None:
    d.head(
        "09 · RISKS",
        "What could knock us off the road",
        "The five risks the programme board will watch each month",
    )
    table(
        d,
        LEFT,
        120,
        [300, 100, 90, 374],
        ["Risk", "Likelihood", "Impact", "What we will do"],
        [list(r) for r in RISKS],
        12,
        26,
        15,
    )
    d.finish()


FIRST_90 = [
    ("Order 10,400 telematics units from two suppliers", "Fleet Engineering Manager"),
    ("Open consultation with the Unite works committee on counter roles", "Head of People"),
    (
        "Ask Brackwell City Council to start the bay order for 60 electric bays",
        "Council Partnerships Manager",
    ),
    ("Write the photo inspection standard", "Head of Damage"),
    ("Start the DPIA for hirers' location data", "Data Protection Officer"),
    ("Recruit the Fleet Allocation Manager", "Head of People"),
    ("Build the digital key interface in RentalCore", "Head of IT"),
    ("Fit the first 260 vehicles at Saltmarsh Lane", "Fleet Engineering Manager"),
    ("Train Saltmarsh Lane's counter team", "L&D Manager"),
    ("Brief the Branch Managers' Council on the roll-out order", "Head of Branch Network"),
    ("Set up the programme office and the gate calendar", "Programme Director"),
]


def first_90(d: Deck) -> None:
    d.head("10 · FIRST 90 DAYS", "Off the line: our first 90 days", "March to May 2027, up to G1")
    d.bullets(
        LEFT,
        134,
        [f"{item} ({owner})" for item, owner in FIRST_90],
        RIGHT - LEFT,
        13,
        16,
        9,
    )
    d.finish()


def summary(d: Deck) -> None:
    d.head("11 · SUMMARY", "Keys to the Kerb on a page")
    d.lines(
        LEFT,
        106,
        ["Britain's easiest car and van to pick up and drop off, from a branch or a street bay"],
        14,
        BOLD,
        GREEN,
        limit=RIGHT - LEFT,
    )
    cols = [
        ["Telematics in every car", "Photo checks at every branch", "Keyless at Saltmarsh Lane"],
        ["Keyless at all 112 branches", "Daily allocation model", "Electric car-club pilot"],
        [
            "394 car-club cars replaced",
            "60 electric bays in Brackwell",
            "Rapid chargers at 20 branches",
        ],
    ]
    cw = (RIGHT - LEFT - 2 * 14) / 3
    for i, (name, items) in enumerate(zip(PHASES, cols, strict=True)):
        x = LEFT + i * (cw + 14)
        d.rect(x, 124, cw, 30, BARS[i])
        d.lines(x + 12, 144, [name], 13, BOLD, WHITE)
        d.rect(x, 154, cw, 92, GREY_LIGHT)
        d.bullets(x + 12, 176, list(items), cw - 24, 12, 15, 8)
    d.lines(LEFT, 280, ["What we will have achieved"], 13, BOLD, GREEN)
    left = [
        "Rentals collected keyless: 70% by FY30",
        "Return to ready-to-rent: 3 hours by FY29 Q4",
        "Returns checked by photo within 15 minutes: 95% by FY29 Q4",
    ]
    right = [
        "Damage costs recovered: 75% by FY30",
        "Car-club cars electric: 100% by February 2030",
        "60 electric car-club bays open in Brackwell by FY30 Q2",
    ]
    d.bullets(LEFT, 306, list(left), 420, 12.5, 16, 8)
    d.bullets(LEFT + 440, 306, list(right), RIGHT - LEFT - 440, 12.5, 16, 8)
    d.finish()


def costs(d: Deck) -> None:
    d.head(
        "12 · COST", "What it costs", "£9.0m of capital and £2.2m of running cost over three years"
    )
    d.lines(LEFT, 136, ["A three-year plan, FY28 to FY30, costing £11.2m"], 18, BOLD, GREEN)
    d.bullets(
        LEFT,
        172,
        [
            "£4.6m capital in FY28; £1.1m a year running cost from FY29",
            "£3.0m capital in FY29 and £1.4m in FY30",
            "FY28 capital is inside the budget the Board set in January 2027",
            "FY29 and FY30 money comes back to the Board in each year's budget round",
            "Electric car-club cars are leased, not bought: they sit in the fleet lease budget",
        ],
        470,
        12.5,
        16,
        8,
    )
    x = LEFT + 500
    table(
        d,
        x,
        128,
        [260, RIGHT - x - 260],
        ["By pillar", "FY28-FY30"],
        [
            ["Connected fleet", "£3.4m"],
            ["Damage by photo", "£1.2m"],
            ["Keys in the app", "£2.1m"],
            ["Right vehicle, right branch", "£0.9m"],
            ["Electric car club", "£2.7m"],
            ["Programme office and training", "£0.9m"],
            ["Total", "£11.2m"],
        ],
        12,
        26,
        14,
    )
    d.finish()


def governance(d: Deck) -> None:
    d.head(
        "13 · GOVERNANCE",
        "Who decides",
        "One sponsor, one board, two voices heard before every gate",
    )
    d.bullets(
        LEFT,
        140,
        [
            (
                "Sponsor:",
                "Ruth Mallender, Chief Operating Officer, who chairs the Keys to the Kerb programme board, monthly.",
            ),
            (
                "Members:",
                "Chief Financial Officer, Heads of Branch Network, Car Club, Fleet, Fleet Engineering, Damage and Recoveries, IT and People.",
            ),
            (
                "Secretary:",
                "the Programme Director, who keeps the risk log and writes the gate papers.",
            ),
            (
                "Gates:",
                "the programme board decides G1; for G2 and G3 it recommends and the Board decides.",
            ),
            (
                "Consulted before each gate:",
                "the Branch Managers' Council and the Unite works committee. They advise; they do not decide.",
            ),
            (
                "Reporting:",
                "one page to the Executive Committee each month; Milepost dashboards every Monday.",
            ),
        ],
        RIGHT - LEFT,
        13,
        17,
        10,
    )
    d.finish()


def asks(d: Deck) -> None:
    d.head("14 · DECISIONS", "What we ask of the Board")
    items = [
        "Approve Keys to the Kerb, our operations plan for FY28 to FY30",
        "Release £4.6m of FY28 capital",
        "Agree that keyless collection starts at Saltmarsh Lane in June 2027",
        "Note that FY29 and FY30 money returns in each budget round",
        "Delegate G1 to the programme board; keep G2 and G3 for the Board",
    ]
    y = 150.0
    for n, text in enumerate(items, start=1):
        d.rect(LEFT, y - 22, 34, 34, AMBER)
        d.lines(LEFT + 17, y, [str(n)], 18, BOLD, WHITE, align="centre")
        d.lines(LEFT + 52, y, [text], 16, SANS, INK, limit=RIGHT - LEFT - 52)
        y += 50
    d.lines(
        LEFT,
        430,
        ["Contact: Priya Castellan, Programme Director, Keys to the Kerb"],
        11,
        SANS,
        GREY,
    )
    d.finish()


SLIDES = [
    cover,
    why_now,
    ambition,
    goals,
    moments,
    pillar_fleet,
    pillar_damage,
    pillar_keyless,
    pillar_allocation,
    pillar_electric,
    measures,
    roadmap,
    clock,
    pilot,
    gate,
    risks,
    first_90,
    summary,
    costs,
    governance,
    asks,
]


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for slide in SLIDES:
        slide(d)
    if OVERFLOW:
        raise SystemExit("text overflows its box:\n" + "\n".join(OVERFLOW))
    d.save()
    _print_driver_header(path)


def _print_driver_header(path: Path) -> None:
    """Give the file the header a Windows print driver writes (PDF 1.7 and a binary comment) in
    place of reportlab's, and blank reportlab's comment in the trailer, keeping every byte
    offset where it was."""
    data = path.read_bytes()
    first = data.index(b"\n")
    second = data.index(b"\n", first + 1)
    if data[:first] != b"%PDF-1.3" or b"ReportLab" not in data[first:second]:
        raise SystemExit("unexpected reportlab header")
    comment = b"%\xe2\xe3\xcf\xd3"
    head = b"%PDF-1.7\n" + comment + b" " * (second - first - 1 - len(comment))
    data = head + data[second:]
    tail = b"% ReportLab generated PDF document -- digest (opensource)"
    if data.count(tail) != 1:
        raise SystemExit("unexpected reportlab trailer")
    data = data.replace(tail, b" " * len(tail))
    path.write_bytes(data)


# =========================================================================== the roster (XLSX)

POSTS_HEAD = ["Job title", "Function", "Reports to", "Accountabilities"]
CONSULT_FUNCTION = "Consultative forum"

# Job title, Function, Reports to, Accountabilities
POSTS: list[tuple[str, str, str, str]] = [
    (
        "Chief Executive",
        "Executive",
        "Board",
        "Leads the Executive Committee and the company's relationship with its owners and "
        "lenders. Takes the annual budget to the Board.",
    ),
    (
        "Chief Operating Officer",
        "Operations",
        "Chief Executive",
        "Branches, the car club, the fleet and damage. Executive sponsor of Keys to the Kerb: "
        "chairs its programme board and takes its gate decisions, or takes them to the Board.",
    ),
    (
        "Chief Financial Officer",
        "Finance",
        "Chief Executive",
        "Budgets and capital approvals, the master lease agreements with Aldwych Vehicle "
        "Finance and Penmore Leasing, insurance. Releases capital once the Board has approved it.",
    ),
    (
        "Programme Director, Keys to the Kerb",
        "Operations",
        "Chief Operating Officer",
        "Runs the programme office: the plan, the risk log, gate papers, the benefits tracker "
        "and reports to the programme board. Owns no branch, fleet or system process.",
    ),
    (
        "Head of Branch Network",
        "Operations",
        "Chief Operating Officer",
        "The 112 branches and their eight regional managers: opening hours, counter and "
        "vehicle preparation teams, queue times, preparing vehicles for rent and return to "
        "ready-to-rent. Chairs the Branch Managers' Council.",
    ),
    (
        "Head of Car Club",
        "Operations",
        "Chief Operating Officer",
        "Greythorn CityCar: members, the 420 car-club cars and 360 street bays in Brackwell, "
        "Easterby and Morwick, bookings on BayLink, keeping cars charged, clean and in their "
        "bays. Decides which cars the car club runs.",
    ),
    (
        "Council Partnerships Manager",
        "Operations",
        "Head of Car Club",
        "Agreements with city councils for car-club bays: bay permits, Traffic Regulation "
        "Orders and the councils' consultations on them, and any change to bays on the street.",
    ),
    (
        "Head of Fleet",
        "Fleet",
        "Chief Operating Officer",
        "How many vehicles we run, which models and where: the fleet plan, ordering and "
        "defleeting under the master leases, and time on rent for cars and vans. The eight "
        "regional fleet planners report here. Owns the Fleet Policy.",
    ),
    (
        "Fleet Allocation Manager",
        "Fleet",
        "Head of Fleet",
        "Day-to-day moves of vehicles between branches and regions: the allocation model, the "
        "move list, transfer drivers and bringing one-way returns back into the network.",
    ),
    (
        "Head of Fleet Engineering",
        "Fleet",
        "Chief Operating Officer",
        "Servicing, MOTs and repairs of every vehicle and the bodyshops we use; buying, fitting "
        "and maintaining equipment in vehicles (telematics units, key-free entry modules, dash "
        "cameras) and its suppliers.",
    ),
    (
        "EV Charging Manager",
        "Fleet",
        "Head of Fleet Engineering",
        "Charge points at branches and in car-club bays: sites, installation, energy supply "
        "and charger uptime.",
    ),
    (
        "Head of Damage and Recoveries",
        "Operations",
        "Chief Operating Officer",
        "The damage standard at check-out and return, damage assessment, billing hirers for "
        "damage, insurers' claims and disputes, and damage costs recovered.",
    ),
    (
        "Head of Digital Products",
        "Digital",
        "Chief Operating Officer",
        "The Greythorn app and greythorn.co.uk: booking, payment, the hirer's account and "
        "in-app checks before collection; app releases and store listings; the share of "
        "rentals collected keyless.",
    ),
    (
        "Head of IT",
        "Technology",
        "Chief Financial Officer",
        "RentalCore, BayLink and Fleetwise and every interface between them; branch handsets "
        "and networks; system suppliers and their contracts; IT security.",
    ),
    (
        "Head of Data and Pricing",
        "Commercial",
        "Chief Financial Officer",
        "Prices for rentals and car-club trips, demand forecasts for pricing, the Milepost "
        "data warehouse and its Power BI dashboards, and the metric dictionary.",
    ),
    (
        "Data Protection Officer",
        "Legal",
        "Chief Executive",
        "Data protection impact assessments (DPIAs), privacy notices for hirers, members and "
        "colleagues, the retention schedule and dealings with the ICO.",
    ),
    (
        "Head of People",
        "People",
        "Chief Executive",
        "Recruitment, pay, terms and conditions, employee relations and the recognition "
        "agreement with Unite; runs every consultation with the Unite Works Committee.",
    ),
    (
        "Learning and Development Manager",
        "People",
        "Head of People",
        "Training for branch, car-club and fleet colleagues, the Greythorn Academy learning "
        "platform and training records.",
    ),
    (
        "Customer Contact Centre Manager",
        "Operations",
        "Chief Operating Officer",
        "The contact centre at Castlegate: phone bookings and changes, help for hirers and "
        "members out of hours, complaints, and the NPS survey after rentals and car-club trips.",
    ),
    (
        "Branch Managers' Council",
        CONSULT_FUNCTION,
        "Not line-managed",
        "Eight branch managers, one elected per region. Heard before changes to branch "
        "working practice and before the order of a roll-out is fixed. Advises; does not "
        "decide or own actions.",
    ),
    (
        "Unite Works Committee",
        CONSULT_FUNCTION,
        "Not line-managed",
        "Unite representatives for branch, vehicle preparation and transfer driver colleagues "
        "under the recognition agreement. Consulted on roles, hours and monitoring of "
        "colleagues. Does not decide or own actions.",
    ),
]

VACANCIES_HEAD = ["Post", "Status", "Cover until filled"]
VACANCIES: list[tuple[str, str, str]] = [
    (
        "EV Charging Manager",
        "Vacant since October 2026; interviews in March 2027",
        "Head of Fleet Engineering",
    ),
    (
        "Fleet Allocation Manager",
        "New post approved in December 2026; not yet advertised",
        "Head of Fleet, with the regional fleet planners",
    ),
]


def roster_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Posts"
    ws.append(POSTS_HEAD)
    for row in POSTS:
        ws.append(list(row))
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="0A5243")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCD", (36, 20, 28, 90), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    vac = wb.create_sheet("Vacancies")
    vac.append(VACANCIES_HEAD)
    for vacancy in VACANCIES:
        vac.append(list(vacancy))
    for cell in vac[1]:
        cell.font = bold
        cell.fill = fill
    for col, width in zip("ABC", (30, 56, 44), strict=True):
        vac.column_dimensions[col].width = width
    when = datetime(2027, 2, 18, 16, 34, 12)
    return ooxml_bytes(
        wb,
        STAMP,
        creator="Head of People",
        lastModifiedBy="Head of People",
        title="Head office structure",
        created=when,
        modified=when,
    )


# =========================================================================== the union agreement (DOCX)

UNITE_PARAGRAPHS = [
    ("Title", "Recognition and consultation agreement: extract"),
    (
        "Normal",
        "Between Greythorn Vehicle Rental Ltd and Unite the Union. Signed 3 March 2021, "
        "clauses 7 to 9 as amended on 1 September 2025. Extract kept by the Head of People.",
    ),
    ("Heading 2", "7. Consultation"),
    (
        "Normal",
        "7.1 The Company recognises Unite for branch, vehicle preparation and transfer driver "
        "colleagues.",
    ),
    (
        "Normal",
        "7.2 Unite representatives from each region form the Unite Works Committee, which "
        "meets the Head of People every month.",
    ),
    (
        "Normal",
        "7.3 The Unite Works Committee must be consulted before any change to counter roles, "
        "shift start times or the monitoring of colleagues, and has 30 days to respond in "
        "writing.",
    ),
    (
        "Normal",
        "7.4 Consultation is with a view to agreement; the Company decides once the 30 days "
        "have passed.",
    ),
    ("Heading 2", "8. Vehicle data"),
    (
        "Normal",
        "8.1 Data from vehicle telematics may not be used to assess a colleague's conduct or "
        "performance unless a data charter has been agreed with the Unite Works Committee.",
    ),
    (
        "Normal",
        "8.2 Colleagues are told in writing what any new in-vehicle equipment records before "
        "it is fitted.",
    ),
    ("Heading 2", "9. Trials"),
    (
        "Normal",
        "9.1 A new working pattern may be tried at up to three branches for up to 26 weeks "
        "while consultation on wider use continues.",
    ),
]

UNITE_DATES = [
    ("Month", "Works Committee meets"),
    ("March 2027", "Tuesday 16 March"),
    ("April 2027", "Tuesday 20 April"),
    ("May 2027", "Tuesday 18 May"),
]


def unite_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for kind, text in UNITE_PARAGRAPHS:
        if kind == "Title":
            doc.add_heading(text, level=0)
        elif kind == "Heading 2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    doc.add_heading("Meeting dates", level=2)
    tab = doc.add_table(rows=0, cols=2)
    for a, b in UNITE_DATES:
        cells = tab.add_row().cells
        cells[0].text = a
        cells[1].text = b
    when = datetime(2027, 2, 1, 10, 0, 0)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Head of People",
        last_modified_by="Head of People",
        title="Unite recognition agreement: extract",
        created=when,
        modified=when,
        revision=3,
    )


# =========================================================================== the text files

FLEET_POLICY = """
# Fleet Policy

Version 6, approved by the Executive Committee on 14 October 2026. Owner: Head of Fleet.

## 1. The fleet

1.1 The rental fleet is 15,200 vehicles: 10,400 cars and 4,800 vans of up to 3.5 tonnes.
Greythorn CityCar runs a further 420 cars, 26 of them electric.

1.2 Every rental vehicle is leased under our master agreements with Aldwych Vehicle Finance
and Penmore Leasing, which run to 2033. Each vehicle is held for 24 to 36 months.

1.3 A vehicle leaves the fleet at 36 months or 45,000 miles, whichever comes first.

## 2. Condition at check-out and return

2.1 Condition is recorded at check-out and at return on the two-part check sheet, signed by
the hirer.

2.2 Check sheets are kept on paper at the branch for 12 months and then shredded.

2.3 Colleagues may photograph damage on a branch handset. Photos are not retained beyond 30
days unless a claim is open.

2.4 Damage found after the hirer has left is billed only if the check sheet shows the
vehicle was clean at check-out.

## 3. Moving vehicles

3.1 A vehicle moves between regions only with the Head of Fleet's approval.

3.2 Vehicles move with a transfer driver on trade plates, or on a transporter for moves of
more than 150 miles.

## 4. Electric vehicles

4.1 Car-club cars are replaced with electric cars as their leases end (Board decision,
December 2026).

4.2 An electric vehicle goes out on rent with at least 80% charge.

## 5. Who does what

5.1 The Head of Fleet owns this policy and the fleet plan. The Head of Fleet Engineering
owns servicing, repairs and equipment fitted to vehicles. The Head of Damage and Recoveries
owns the damage standard in section 2. The Fleet Allocation Manager keeps the move list.
"""

PROGRAMME_BOARD = """
# Keys to the Kerb programme board: terms of reference

Agreed by the Executive Committee on 4 February 2027.

## Purpose

The programme board steers Keys to the Kerb, our operations plan for FY28 to FY30, and takes
or recommends its gate decisions.

## Chair and sponsor

The Chief Operating Officer is the executive sponsor of Keys to the Kerb and chairs the board.
When she is away the Chief Financial Officer chairs.

## Members

- Chief Operating Officer (chair)
- Chief Financial Officer
- Head of Branch Network
- Head of Car Club
- Head of Fleet
- Head of Fleet Engineering
- Head of Damage and Recoveries
- Head of IT
- Head of People
- Programme Director, Keys to the Kerb (secretary, no vote)

## Attending without a vote

The chair of the Branch Managers' Council and the convenor of the Unite Works Committee attend
for items on working practice. They are consulted; they do not vote and hold no actions.

## Decisions

- Gate 1 (pilot ready): decided by the programme board.
- Gate 2 (keyless roll-out) and Gate 3 (electric car club): the programme board recommends and
  the Board decides.
- A change of more than £250,000 to a pillar's budget goes to the Chief Financial Officer
  before it comes to the board.

## Cadence

Monthly, on the second Tuesday, with papers five working days before. The Programme Director
keeps the risk log and the benefits tracker and writes the gate papers.
"""

COUNCIL = """
# Branch Managers' Council

The Branch Managers' Council is eight branch managers, one elected by the branch managers of
each region for two years. The Head of Branch Network chairs it and it meets every six weeks.

## What the council does

- It is heard before any change to branch working practice, and before the order of a
  roll-out across branches is fixed.
- It gives its view in writing within 10 working days of being asked.
- It advises. It does not decide, hold a budget or own actions in any programme.

## Members, 2026 to 2028

- North East and Brackwell: the Saltmarsh Lane branch manager
- Yorkshire and the Humber: the Easterby Road branch manager
- North West: the Morwick Quay branch manager
- Midlands: the Carrow Street branch manager
- Wales and the West: the Penrhos branch manager
- London and the South East: the Bellhaven branch manager
- South and South West: the Tanfield branch manager
- Scotland: the Kirkmuir branch manager
"""

SYSTEMS = """
# Systems and data register

Kept by the Head of IT and reviewed on 19 January 2027. One section per system: what it holds,
who looks after it and what it will not do.

## RentalCore (rental management)

RentalCore holds every booking, rental agreement, hirer record and rental vehicle for the 112
branches. It has run since 2014 on our own servers at Castlegate, supported by its supplier,
Orvane Systems, under a contract renewed to March 2030. RentalCore cannot issue or revoke a
digital key: every rental is handed over with a physical key and an agreement printed at the
counter. Orvane ships two releases a year, in April and October; a change that misses April
waits for October.

## The Greythorn app and greythorn.co.uk

The Greythorn app (iOS and Android, 180,000 downloads) and the website take bookings and
payments for branch rentals and show the hirer's agreement. The Head of Digital Products runs
both, with Fenwright Digital as the build agency. The app has no connection to any vehicle
today.

## Fleetwise (telematics)

Fleetwise is Tracklane's telematics service: location, mileage, fuel, battery health and fault
codes, sent every two minutes while the ignition is on. Fleetwise runs only in our 4,800 vans;
none of the 10,400 rental cars carries a unit. Fleetwise data is kept for 13 months.

## BayLink (car club)

BayLink runs Greythorn CityCar: member sign-up, bookings and the in-car units that unlock a
car-club car with a member card or the CityCar app. BayLink only covers the car club: it shares
no hirer, booking or damage records with RentalCore.

## Fleet allocation

Inter-branch allocation relies on a spreadsheet kept by each of the eight regional fleet
planners, who agree moves by phone each afternoon. Transfer drivers are booked from Relay
Drivers Ltd at a day rate.

## Milepost and Power BI

Milepost is our data warehouse (SQL Server, loaded nightly from RentalCore, BayLink, Fleetwise
and the finance ledger). Data and Pricing publish the Power BI dashboards built on Milepost
every Monday, the weekly operations pack among them.

## Greythorn Academy

Greythorn Academy is our learning platform: e-learning, course bookings and every colleague's
training record. The Learning and Development Manager owns it.

## Branch handsets

Each branch has four to eight Android handsets, managed by IT, used for RentalCore look-ups
and for photographs of damage.
"""

NOTES = """
GREYTHORN: NETWORK AND CAR CLUB NOTES
Prepared by the Programme Director for the programme board, February 2027.

BRANCHES
We run 112 branches in eight regions across England, Wales and Scotland. Forty of them have a
trade counter for van hire and open at 7:30am; the rest open at 8am. Head office and the
contact centre are at Castlegate.

CAR CLUB
Greythorn CityCar runs 420 cars from 360 street bays in Brackwell, Easterby and Morwick, for
38,000 members. The bays sit on council roads under each council's Traffic Regulation Order.
Brackwell City Council has no electric-only bays in its car-club Traffic Regulation Order, and
a new order takes the council about nine months, with a public consultation.
Easterby and Morwick councils have said they will follow Brackwell's lead.

CHARGING
Rapid charging is not yet installed at any branch; 9 of our 112 branches have a single 7 kW
post. The 26 electric car-club cars charge at two council hubs in Brackwell.

SALTMARSH LANE
Saltmarsh Lane is our busiest van branch in Brackwell: 260 vehicles, 14 counter colleagues,
31,000 rentals in FY27 and 40 CityCar bays within a mile. Its manager sits on the Branch
Managers' Council.
"""

METRICS_HEAD = ["Metric", "Definition", "Owner", "FY27 baseline", "Source"]
METRICS: list[tuple[str, str, str, str, str]] = [
    (
        "Rentals collected keyless",
        "Share of branch rentals collected with a digital key and no visit to the counter",
        "Head of Digital Products",
        "0%",
        "RentalCore",
    ),
    (
        "Return to ready-to-rent",
        "Median hours from a vehicle's return to its status showing Ready in RentalCore",
        "Head of Branch Network",
        "9.0 hours",
        "RentalCore",
    ),
    (
        "Returns checked by photo within 15 minutes",
        "Share of returns with a full photo set taken within 15 minutes of drop-off",
        "Head of Damage and Recoveries",
        "0%",
        "To be built",
    ),
    (
        "Damage costs recovered",
        "Damage repair costs recovered from hirers and insurers in the year, divided by "
        "damage repair costs in the year",
        "Head of Damage and Recoveries",
        "41%",
        "Finance ledger, Milepost",
    ),
    (
        "Rental vehicles reporting telematics",
        "Share of rental vehicles that sent Fleetwise data in the last 7 days",
        "Head of Fleet Engineering",
        "32%",
        "Fleetwise",
    ),
    (
        "Time on rent, cars",
        "Days on rent divided by days available, rental cars",
        "Head of Fleet",
        "69%",
        "Milepost",
    ),
    (
        "Time on rent, vans",
        "Days on rent divided by days available, rental vans",
        "Head of Fleet",
        "74%",
        "Milepost",
    ),
    (
        "Car-club cars electric",
        "Electric cars divided by all car-club cars at the month end",
        "Head of Car Club",
        "6%",
        "BayLink",
    ),
    (
        "Car-club trips lost to a flat or missing car",
        "Booked trips cancelled because the car would not start or was not in its bay",
        "Head of Car Club",
        "4.1%",
        "BayLink",
    ),
    (
        "Customer score (NPS)",
        "Net promoter score from the survey sent after every rental and every tenth car-club trip",
        "Customer Contact Centre Manager",
        "+21",
        "Survey tool, Milepost",
    ),
    (
        "App downloads",
        "Installs of the Greythorn app since launch",
        "Head of Digital Products",
        "180,000",
        "App stores",
    ),
]


def metrics_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(METRICS_HEAD)
    writer.writerows(METRICS)
    return out.getvalue()


# =========================================================================== the case


def build(out: Path) -> None:
    case = out / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(
        case,
        {
            ROSTER: roster_xlsx(),
            "org/policies/fleet-policy.md": FLEET_POLICY,
            "org/governance/programme-board-terms-of-reference.md": PROGRAMME_BOARD,
            "org/governance/branch-managers-council.md": COUNCIL,
            "org/governance/unite-recognition-agreement-extract.docx": unite_docx(),
            "org/systems/systems-and-data-register.md": SYSTEMS,
            "org/measures/metric-dictionary.csv": metrics_csv(),
            "org/context/network-and-car-club-notes.txt": NOTES,
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
