"""Build the dev19 case ``pellow-pharmacy``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl, python-docx and
python-pptx. reportlab is NOT in the project's lock, so use the separate venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev19/build_pellow_pharmacy.py [out-folder]

Writes, under ``evals/dev19/pellow-pharmacy/`` (or ``<out-folder>/pellow-pharmacy/``), every
file of the case but ``gold.json``:

- ``time-to-care-executive-board-2028-09-handouts.pdf``: a community pharmacy chain's strategy
  as PowerPoint prints it with "Print > Handouts > 3 Slides" to PDF, imitated with reportlab's
  canvas in core Helvetica: 17 slides on 6 A4 portrait pages (595 x 842 pt), THREE SLIDES PER
  PAGE (the last page holds two). Down the left half of each page sit three slide thumbnails,
  each a thin frame of 250 x 140.625 pt (16:9) holding the slide's own text at small size
  (titles 9 pt, body 5-6.5 pt, a big figure at most 10 pt on tiles, the cover's title 16 pt):
  eyebrows, bullets drawn as small squares, KPI tiles, priority tiles, a KPI table and a risk
  table drawn as rules and text (no table object), a roadmap drawn as bars on a grid of years
  and calendar quarters with gate diamonds, and a small slide number in each slide's
  bottom-right corner. To the right of each thumbnail are the ruled lines for handwritten
  notes (drawn lines, no text). Every page carries the handout master's header (the deck's
  short title on the left, the meeting date on the right) and footer (a confidentiality line
  on the left, the page number on the right). Each drawn string is its own text object, so a
  reader gets one line per drawn string: a table row's cells, a tile's figure and its caption
  lines, a wrapped bullet's lines one by one. The Creator and Producer are PowerPoint's.
- ``org/people/ad-export-pharmacy-transformation.csv``: the roster as an Active Directory export
  made with PowerShell's ``Get-ADUser ... | Select-Object ... | Export-Csv`` (Windows PowerShell
  5.1): a ``#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser`` first line, a header of
  quoted names, every field quoted (inner quotes doubled), CRLF line ends, ASCII only. Title is
  the role, Description its remit, extensionAttribute1 the programme involvement ("Core team" /
  "Extended team" / "Consult only", empty for people outside the programme), Enabled
  True/False. Three rows are people outside the programme, one is a disabled leaver whose
  title another row still holds.
- ``org/``: a systems and data inventory, measure definitions, the Programme Board's terms of
  reference, an extract of the Superintendent Pharmacist's standing instructions (DOCX), an
  extract of the recognition agreement with the PRWU, a note on NHS services and commissioning,
  a workforce summary, the Patient Panel's terms, a Tregarrow area profile and an email about
  the second robot line's quote.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, ``evals/dev16/_build.py``'s fixed ZIP times and core dates for the
DOCX, and the text files as literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev19").
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt as DocxPt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "pellow-pharmacy"
DECK = "time-to-care-executive-board-2028-09-handouts.pdf"
ROSTER = "people/ad-export-pharmacy-transformation.csv"
STAMP = Stamp((2028, 9, 2, 9, 30, 0), "2028-09-02T09:30:00Z")

SANS = "Helvetica"
BOLD = "Helvetica-Bold"
OBLIQUE = "Helvetica-Oblique"


def rgb(r: int, g: int, b: int) -> colors.Color:
    return colors.Color(r / 255, g / 255, b / 255)


INK = rgb(35, 38, 43)
GREEN = rgb(0, 110, 84)  # Pellow green
DEEP = rgb(16, 58, 74)
SKY = rgb(226, 240, 236)
SAND = rgb(247, 242, 231)
AMBER = rgb(214, 137, 16)
MUTED = rgb(102, 110, 118)
RULE = rgb(185, 192, 198)
FRAME = rgb(90, 90, 90)
NOTE_LINE = rgb(160, 160, 160)
WHITE = colors.white


def width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Greedy word wrap by the font's own widths."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        trial = word if not line else f"{line} {word}"
        if width(trial, font, size) <= limit or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


# =========================================================================== the handout page

PAGE_W, PAGE_H = A4  # 595.28 x 841.89, portrait
TW, TH = 250.0, 140.625  # a thumbnail, 16:9
TX = 52.0  # the thumbnails' left edge
TOPS = [PAGE_H - 84.0, PAGE_H - 84.0 - 245.0, PAGE_H - 84.0 - 490.0]  # each frame's top edge
LINES_X1, LINES_X2 = 330.0, 548.0  # the ruled note lines, right of the thumbnails
LINE_STEP = 17.5
HEADER = "Time to Care"
MEETING = "19/09/2028"
FOOTER = "Pellow Pharmacy | Executive Board | Commercial in confidence"
SLIDES_PER_PAGE = 3
MAX_SIZE = 16.0  # the cover's title; nothing else above 10 pt


def page_of(slide: int) -> int:
    return (slide - 1) // SLIDES_PER_PAGE + 1


def handout_page(c: rl_canvas.Canvas, page: int) -> None:
    """The handout master: header, date, footer and page number."""
    c.setFillColor(MUTED)
    c.setFont(SANS, 9)
    c.drawString(TX, PAGE_H - 40, HEADER)
    c.drawRightString(LINES_X2, PAGE_H - 40, MEETING)
    c.setFont(SANS, 8)
    c.drawString(TX, 28, FOOTER)
    c.setFont(SANS, 9)
    c.drawRightString(LINES_X2, 28, str(page))


class Thumb:
    """One slide thumbnail on a handout page. Slide coordinates: x from the frame's left edge,
    y down from its top edge, in points of the printed thumbnail."""

    def __init__(self, c: rl_canvas.Canvas, number: int) -> None:
        self.c = c
        self.number = number
        self.top = TOPS[(number - 1) % SLIDES_PER_PAGE]
        c.setFillColor(WHITE)
        c.setStrokeColor(FRAME)
        c.setLineWidth(0.6)
        c.rect(TX, self.top - TH, TW, TH, fill=1, stroke=1)

    def X(self, x: float) -> float:
        return TX + x

    def Y(self, y: float) -> float:
        return self.top - y

    # ------------------------------------------------------------------ text
    def text(self, x, y, s, font=SANS, size=5.5, color=INK, align="left") -> None:
        w = width(s, font, size)
        left = {"left": x, "center": x - w / 2, "right": x - w}[align]
        assert size <= MAX_SIZE, (self.number, s)
        assert left >= 2 and left + w <= TW - 2, f"slide {self.number}: too wide: {s!r}"
        assert size <= y <= TH - 1.5, f"slide {self.number}: outside the frame: {s!r}"
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        c.drawString(self.X(left), self.Y(y), s)

    def lines(self, x, y, text, limit, font=SANS, size=5.5, color=INK, lead=1.25) -> float:
        """A wrapped paragraph from baseline ``y`` down; returns the next baseline."""
        for line in wrap(text, font, size, limit):
            self.text(x, y, line, font, size, color)
            y += size * lead
        return y

    def bullets(self, x, y, items, limit, size=5.5, gap=1.6, mark=GREEN) -> float:
        """Bullets as small filled squares left of the text; wrapped lines keep the indent."""
        for item in items:
            self.square(x + 0.5, y - size * 0.55, size * 0.36, mark)
            y = self.lines(x + 6, y, item, limit - 6, SANS, size)
            y += gap
        return y

    def square(self, x, y, side, fill=GREEN) -> None:
        self.c.setFillColor(fill)
        self.c.rect(self.X(x), self.Y(y + side), side, side, fill=1, stroke=0)

    def eyebrow(self, label: str) -> None:
        self.text(10, 11, label, BOLD, 5, GREEN)

    def title(self, text: str, y: float = 22.0) -> None:
        self.text(10, y, text, BOLD, 9, DEEP)

    def rect(self, x, y, w, h, fill=None, stroke=None, line=0.4) -> None:
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(line)
        c.rect(
            self.X(x),
            self.Y(y + h),
            w,
            h,
            fill=int(fill is not None),
            stroke=int(stroke is not None),
        )

    def rule(self, x1, y1, x2, y2, color=RULE, line=0.4) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(line)
        self.c.line(self.X(x1), self.Y(y1), self.X(x2), self.Y(y2))

    def diamond(self, x, y, r, fill=AMBER) -> None:
        p = self.c.beginPath()
        p.moveTo(self.X(x), self.Y(y - r))
        p.lineTo(self.X(x + r), self.Y(y))
        p.lineTo(self.X(x), self.Y(y + r))
        p.lineTo(self.X(x - r), self.Y(y))
        p.close()
        self.c.setFillColor(fill)
        self.c.drawPath(p, fill=1, stroke=0)

    def goal(self, y: float, lines: list[str], h: float | None = None) -> float:
        """A goal bar: pale green band with one or two bold lines; returns the y under it."""
        h = h or 5 + 6.8 * len(lines)
        self.rect(8, y, TW - 16, h, fill=SKY)
        self.rect(8, y, 2.2, h, fill=GREEN)
        yy = y + 7.2
        for line in lines:
            self.text(14, yy, line, BOLD, 5.5, DEEP)
            yy += 6.8
        return y + h

    def lead(self, text: str) -> None:
        self.text(10, TH - 7, text, OBLIQUE, 5, MUTED)

    def number_corner(self) -> None:
        self.text(TW - 6, TH - 4, str(self.number), SANS, 4.5, MUTED, "right")

    def note_lines(self) -> None:
        """The ruled lines for the audience's notes, right of the thumbnail."""
        c = self.c
        c.setStrokeColor(NOTE_LINE)
        c.setLineWidth(0.5)
        y = self.top - 12
        while y > self.top - TH:
            c.line(LINES_X1, y, LINES_X2, y)
            y -= LINE_STEP


# =========================================================================== the slides


def s01_cover(s: Thumb) -> None:
    s.rect(0, 0, 6, TH, fill=GREEN)
    s.text(18, 34, "PELLOW PHARMACY", BOLD, 5.5, GREEN)
    s.text(18, 56, "Time to Care", BOLD, 16, DEEP)
    s.text(18, 69, "Our pharmacy strategy, October 2028 to March 2031", SANS, 6.5, INK)
    s.rule(18, 76, 150, 76, GREEN, 0.8)
    s.text(18, 88, "Executive Board  |  19 September 2028  |  For decision", SANS, 5.5, MUTED)
    s.text(18, 96, "Paper EB/28/044  \u00b7  Sponsor: Chief Operating Officer", SANS, 5, MUTED)
    s.text(18, 126, "Cornwall  \u00b7  Devon  \u00b7  Somerset", SANS, 5, MUTED)


def s02_where(s: Thumb) -> None:
    s.eyebrow("WHERE WE ARE, 2027/28")
    s.title("142 pharmacies, one hub, too little time")
    tiles = [
        ("142", "pharmacies in Cornwall, Devon and Somerset"),
        ("1.31m", "items dispensed a month across the chain"),
        ("38%", "of repeat items filled at the Polgrean hub"),
        ("4,900", "minor illness consultations each month"),
        ("22%", "of a pharmacist's day spent with patients"),
        ("11%", "of repeat orders placed on the Pellow app"),
    ]
    col = (TW - 20 + 5) / 3
    for i, (big, caption) in enumerate(tiles):
        x = 10 + (i % 3) * col
        y = 29 + (i // 3) * 43
        s.rect(x, y, col - 5, 39, fill=SKY)
        s.text(x + 5, y + 13, big, BOLD, 10, GREEN)
        s.lines(x + 5, y + 21, caption, col - 14, SANS, 5, INK)
    s.lines(
        10,
        123,
        "Source: CalderRx, HubFlow, ClinicNote and the Pellow app. Pharmacist time: the May 2028 "
        "time study.",
        TW - 30,
        SANS,
        4.8,
        MUTED,
    )


def s03_way(s: Thumb) -> None:
    s.eyebrow("WHERE WE ARE")
    s.title("What gets in the way")
    s.bullets(
        10,
        34,
        [
            "Alone at the counter, a pharmacist turns away 1 in 6 walk-in patients at peak times",
            "Repeat orders take 3 working days through the hub, so many pharmacies still fill "
            "them on the counter",
            "24 pharmacies have no consultation room that meets the service specification",
            "Blood pressure checks fell 12% last year when locum cover ran short",
            "7% of home deliveries fail at the first attempt",
            "19 pharmacist vacancies, 11 of them in West Cornwall",
            "Only 74 of our 196 pharmacists can offer the contraception service",
        ],
        TW - 22,
        size=5.5,
    )


def s04_ambition(s: Thumb) -> None:
    s.eyebrow("OUR AMBITION")
    s.text(10, 26, "The South West's first stop for everyday care", BOLD, 9.5, DEEP)
    s.rule(10, 33, TW - 10, 33, GREEN, 0.8)
    s.text(10, 44, "By March 2031:", BOLD, 6, INK)
    rows = [
        ("50%", "of every pharmacist's working day spent with patients (22% today)"),
        ("70%", "of repeat items dispensed at the Polgrean hub, ready the next working day"),
        ("142", "pharmacies offering all three walk-in services by June 2030"),
        ("40%", "of repeat orders made on the Pellow app (11% today)"),
    ]
    y = 58.0
    for big, line in rows:
        s.text(10, y, big, BOLD, 9, GREEN)
        s.text(38, y - 0.5, line, SANS, 5.5, INK)
        y += 14.5
    s.text(
        10,
        127,
        "Agreed with the Superintendent Pharmacist and the Patient Panel, August 2028",
        OBLIQUE,
        5,
        MUTED,
    )


def s05_priorities(s: Thumb) -> None:
    s.eyebrow("OUR PRIORITIES")
    s.title("Four priorities, one foundation")
    pillars = [
        ("1", "Hub first", "Repeats dispensed at Polgrean, so pharmacists are free for patients"),
        (
            "2",
            "Care on the high street",
            "Walk-in minor illness, blood pressure and contraception everywhere",
        ),
        ("3", "Repeats made easy", "Order on the app; collect, or have it delivered first time"),
        ("4", "People and skills", "Technicians check, pharmacists prescribe and consult"),
    ]
    col = (TW - 20 + 5) / 4
    for i, (num, name, line) in enumerate(pillars):
        x = 10 + i * col
        s.rect(x, 30, col - 5, 72, fill=SKY)
        s.text(x + 5, 43, num, BOLD, 9, GREEN)
        y = s.lines(x + 5, 54, name, col - 13, BOLD, 6, DEEP, lead=1.2)
        s.lines(x + 5, y + 3, line, col - 13, SANS, 5, INK)
    s.rect(10, 108, TW - 20, 16, fill=DEEP)
    s.text(
        16,
        118,
        "Foundation: one patient record, linked from the hub to every counter",
        BOLD,
        5.5,
        WHITE,
    )


def s06_hub(s: Thumb) -> None:
    s.eyebrow("PRIORITY 1 \u00b7 HUB FIRST")
    s.title("Fill repeats at the hub, not on the counter")
    y = s.goal(
        28,
        [
            "Goal: 70% of repeat items dispensed at the hub by March 2031,",
            "ready for the pharmacy the next working day",
        ],
    )
    s.bullets(
        10,
        y + 10,
        [
            "Install a second robot line at Polgrean by June 2029",
            "Run a second hub shift, 14:00 to 22:00, from April 2029",
            "Link CalderRx and HubFlow so orders and labels pass without retyping",
            "Send every pharmacy's repeat prescriptions to the hub by default, wave by wave",
            "Rewrite the hub-and-spoke SOPs with the Superintendent Pharmacist before the pilot",
        ],
        TW - 22,
    )
    s.lead("Lead: Hub Operations Director")


def s07_care(s: Thumb) -> None:
    s.eyebrow("PRIORITY 2 \u00b7 CARE ON THE HIGH STREET")
    s.title("Walk-in care in every pharmacy")
    y = s.goal(
        28,
        [
            "Goal: all three walk-in services in all 142 pharmacies by June 2030,",
            "and 11,000 walk-in consultations a month by March 2031",
        ],
    )
    s.bullets(
        10,
        y + 10,
        [
            "Refit the consultation rooms in 24 pharmacies to the specification by March 2030",
            "Roll ClinicNote out to every pharmacy and retire the paper consultation forms",
            "Put an ambulatory blood pressure monitor in every pharmacy",
            "Train 120 more pharmacists for the contraception service by December 2029",
            "Agree GP referral routes with the three integrated care boards",
        ],
        TW - 22,
    )
    s.lead("Lead: Head of Clinical Services")


def s08_repeats(s: Thumb) -> None:
    s.eyebrow("PRIORITY 3 \u00b7 REPEATS MADE EASY")
    s.title("Order on the app, delivered first time")
    y = s.goal(
        28,
        [
            "Goal: 40% of repeat orders on the Pellow app and 98% of deliveries",
            "made at the first attempt, both by March 2031",
        ],
    )
    s.bullets(
        10,
        y + 10,
        [
            "Let the Pellow app send repeat orders straight to the hub",
            "Text patients when their medicines are ready or out for delivery",
            "Give every driver a delivery app with proof of delivery, replacing paper sheets",
            "Plan every delivery route centrally at Polgrean the night before",
            "Offer a two-hour delivery slot in every area by September 2030",
        ],
        TW - 22,
    )
    s.lead("Leads: Head of Digital and Data; Head of Logistics and Delivery")


def s09_people(s: Thumb) -> None:
    s.eyebrow("PRIORITY 4 \u00b7 PEOPLE AND SKILLS")
    s.title("Technicians check, pharmacists care")
    y = s.goal(28, ["Goal: half of every pharmacist's day with patients by March 2031"])
    s.bullets(
        10,
        y + 10,
        [
            "Train 90 pharmacy technicians as accuracy checkers by December 2030",
            "Fund independent prescribing training for 30 pharmacists a year",
            "Build a Pellow locum bank of 25 pharmacists in Cornwall by April 2029",
            "Put an accuracy checker beside the pharmacist in the 40 busiest pharmacies",
            "Take 16 foundation trainee pharmacists a year from July 2029",
        ],
        TW - 22,
    )
    s.lead("Leads: Head of People; Professional Lead for Pharmacy Technicians")


KPI_ROWS = [
    ("Pharmacist time spent with patients", "22%", "35%", "50%"),
    ("Repeat items dispensed at the hub", "38%", "55%", "70%"),
    ("Hub turnaround, order to pharmacy", "3 working days", "2 working days", "Next working day"),
    ("Walk-in minor illness consultations a month", "4,900", "8,000", "11,000"),
    ("Blood pressure checks a month", "6,200", "9,000", "12,000"),
    ("Contraception consultations a month", "850", "1,800", "3,000"),
    ("Repeat orders made on the Pellow app", "11%", "25%", "40%"),
    ("Deliveries made at the first attempt", "93%", "96%", "98%"),
    ("Dispensing incidents per 100,000 items", "4.1", "4.1 or fewer", "4.1 or fewer"),
    ("Pharmacist vacancies", "19", "-", "Not set*"),
]


def s10_kpis(s: Thumb) -> None:
    s.eyebrow("MEASURES")
    s.title("How we will know it is working")
    cols = [10, 124, 162, 200]
    head = ["Measure", "Baseline", "March 2030", "Target March 2031"]
    for x, h in zip(cols, head, strict=True):
        s.text(x, 34, h, BOLD, 5, DEEP)
    s.rule(8, 36.5, TW - 8, 36.5, DEEP, 0.6)
    y = 43.5
    for i, row in enumerate(KPI_ROWS):
        if i % 2 == 0:
            s.rect(8, y - 5.2, TW - 16, 7.4, fill=SKY)
        for x, cell in zip(cols, row, strict=True):
            s.text(x, y, cell, BOLD if x == cols[-1] else SANS, 5, INK)
        y += 7.4
    s.rule(8, y - 5, TW - 8, y - 5, DEEP, 0.6)
    s.text(
        10,
        y + 2.5,
        "Baselines: April 2027 to March 2028; pharmacist time from the May 2028 time study.",
        SANS,
        4.8,
        MUTED,
    )
    s.text(10, y + 8.5, "* To be set in the 2029 workforce review.", SANS, 4.8, MUTED)


# the roadmap: month 0 = October 2028; 30 months to the end of March 2031
GRID_X0, GRID_X1 = 96.0, 244.0
MONTHS = 30


def mx(month: float) -> float:
    return GRID_X0 + (GRID_X1 - GRID_X0) * month / MONTHS


PHASES = [
    ("Phase 1: Mobilise", "Oct 2028 - Jan 2029", 0, 4),
    ("Phase 2: Tregarrow pilot", "Feb - Jul 2029", 4, 10),
    ("Phase 3: Roll out in four waves", "Aug 2029 - Dec 2030", 10, 27),
    ("Phase 4: Embed and hand over", "Jan - Mar 2031", 27, 30),
]
WAVES = [("W1", 10, 14), ("W2", 14, 19), ("W3", 19, 24), ("W4", 24, 27)]
GATES = [("G1 Jan 2029", 4), ("G2 Jul 2029", 10), ("G3 Dec 2030", 27)]


def s11_roadmap(s: Thumb) -> None:
    s.eyebrow("ROADMAP")
    s.title("30 months, four phases, three gates")
    # years and calendar quarters
    years = [("2028", 0, 3), ("2029", 3, 15), ("2030", 15, 27), ("2031", 27, 30)]
    for label, a, b in years:
        s.text((mx(a) + mx(b)) / 2, 31, label, BOLD, 5, DEEP, "center")
    quarters = ["Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1"]
    for q, label in enumerate(quarters):
        s.text((mx(3 * q) + mx(3 * q + 3)) / 2, 37.5, label, SANS, 4.5, MUTED, "center")
    for q in range(0, MONTHS + 1, 3):
        s.rule(mx(q), 39.5, mx(q), 96, RULE, 0.3)
    y = 41.5
    for name, dates, a, b in PHASES:
        s.text(10, y + 5, name, BOLD, 5, DEEP)
        s.text(10, y + 10.5, dates, SANS, 4.8, MUTED)
        s.rect(mx(a) + 0.4, y + 2, mx(b) - mx(a) - 0.8, 7, fill=GREEN if a != 10 else DEEP)
        if a == 10:
            for label, wa, wb in WAVES:
                s.rule(mx(wa), y + 2, mx(wa), y + 9, WHITE, 0.6)
                s.text((mx(wa) + mx(wb)) / 2, y + 7.2, label, BOLD, 4.5, WHITE, "center")
        y += 13
    for label, m in GATES:
        s.diamond(mx(m), 98, 2.6)
        if m != 10:
            s.text(mx(m) - 3.5, 99.8, label, BOLD, 4.5, AMBER, "right")
        else:
            s.text(mx(m) + 3.5, 99.8, label, BOLD, 4.5, AMBER)
    s.text(
        10,
        110,
        "W1 West Cornwall \u00b7 W2 East Cornwall and Plymouth \u00b7 W3 Devon \u00b7 W4 Somerset",
        SANS,
        5,
        INK,
    )
    s.text(
        10,
        117,
        "Gate 1: ready to pilot \u00b7 Gate 2: go/no-go for roll-out (Executive Board)",
        SANS,
        5,
        INK,
    )
    s.text(10, 124, "Gate 3: all 142 pharmacies live and handed over to operations", SANS, 5, INK)
    s.text(
        10,
        131,
        "Month 0 is October 2028. Quarters are calendar quarters.",
        OBLIQUE,
        4.8,
        MUTED,
    )


def s12_pilot(s: Thumb) -> None:
    s.eyebrow("PILOT")
    s.title("Pilot: Tregarrow's 12 pharmacies")
    s.text(10, 30, "February to July 2029, before any wave goes live", SANS, 5.5, MUTED)
    mid = 108
    s.text(10, 40, "Why Tregarrow", BOLD, 6, GREEN)
    s.bullets(
        10,
        48,
        [
            "12 pharmacies, 41,000 items a month",
            "45 minutes by road from Polgrean",
            "A town centre, two health centres and five villages",
            "Two of the 12 without a compliant consultation room",
            "One area manager, one delivery base",
        ],
        mid - 16,
        size=5,
        gap=1.2,
    )
    s.text(mid, 40, "What we will do", BOLD, 6, GREEN)
    s.bullets(
        mid,
        48,
        [
            "All Tregarrow repeats to the hub from 5 February 2029",
            "ClinicNote and blood pressure monitors in all 12 by March",
            "Pellow app orders routed to the hub from April 2029",
            "Two accuracy checkers on loan to the two busiest pharmacies",
            "Weekly pilot review, chaired by the Programme Director",
        ],
        TW - mid - 8,
        size=5,
        gap=1.2,
    )
    s.rect(8, 106, TW - 16, 22, fill=SAND)
    s.text(
        13,
        114,
        "Gate 2 pass marks: 55% of pilot repeat items at the hub; 95% of hub orders",
        BOLD,
        5,
        DEEP,
    )
    s.text(
        13,
        120.5,
        "next working day; 6,000 walk-in consultations; no rise in dispensing incidents",
        BOLD,
        5,
        DEEP,
    )


RISKS = [
    (
        "R1",
        "The hub cannot absorb the volume before the second line is live",
        "High",
        "Saturday hub shifts; hold Wave 1 until the new line is proven",
    ),
    (
        "R2",
        "Vacancies stop pharmacists being released for patients",
        "High",
        "Locum bank in West Cornwall first; accuracy checkers in the 40 busiest",
    ),
    (
        "R3",
        "The GPhC questions our hub-and-spoke arrangements",
        "Medium",
        "Brief the GPhC inspector for Cornwall before the pilot starts",
    ),
    (
        "R4",
        "Patients stay with paper and phone orders",
        "Medium",
        "Sign patients up to the app at the counter and on delivery",
    ),
    (
        "R5",
        "NHS service fees change during the programme",
        "Medium",
        "Review each service's margin every quarter; pace the waves",
    ),
]


def s13_risks(s: Thumb) -> None:
    s.eyebrow("RISKS")
    s.title("What could stop us, and what we will do")
    cols = [10, 22, 118, 142]
    for x, h in zip(cols, ["", "Risk", "Rating", "Mitigation"], strict=True):
        if h:
            s.text(x, 33, h, BOLD, 5, DEEP)
    s.rule(8, 35.5, TW - 8, 35.5, DEEP, 0.6)
    y = 42.0
    for rid, risk, rating, mitigation in RISKS:
        s.text(cols[0], y, rid, BOLD, 5, GREEN)
        a = s.lines(cols[1], y, risk, cols[2] - cols[1] - 5, SANS, 5)
        s.text(cols[2], y, rating, BOLD, 5, AMBER if rating == "High" else INK)
        b = s.lines(cols[3], y, mitigation, TW - cols[3] - 8, SANS, 5)
        y = max(a, b) + 2.2
        s.rule(8, y - 5.2, TW - 8, y - 5.2, RULE, 0.3)
    s.text(
        10,
        TH - 8,
        "Ratings are after mitigation and are reviewed monthly by the Programme Board.",
        OBLIQUE,
        4.8,
        MUTED,
    )


def s14_first90(s: Thumb) -> None:
    s.eyebrow("FIRST 90 DAYS")
    s.title("October to December 2028")
    months = [
        (
            "October",
            [
                "Hold the first Programme Board",
                "Appoint the Tregarrow pilot lead",
                "Order the second robot line for Polgrean",
            ],
        ),
        (
            "November",
            [
                "Open consultation with the PRWU on the second hub shift",
                "Brief both local pharmaceutical committees",
                "Start the ClinicNote build for the pilot",
            ],
        ),
        (
            "December",
            [
                "Sign the ClinicNote licence for all 142 pharmacies",
                "Start the first accuracy checking course",
                "Run the app-to-hub design sprint with the Patient Panel",
            ],
        ),
    ]
    col = (TW - 20 + 6) / 3
    for i, (month, items) in enumerate(months):
        x = 10 + i * col
        s.rect(x, 29, col - 6, 11, fill=GREEN)
        s.text(x + 4, 36.5, month, BOLD, 6, WHITE)
        s.bullets(x, 50, items, col - 8, size=5.3, gap=3.2)


def s15_money(s: Thumb) -> None:
    s.eyebrow("INVESTMENT")
    s.title("\u00a37.9m over 30 months")
    s.text(10, 35, "Where it goes", BOLD, 6, GREEN)
    rows = [
        ("\u00a33.1m", "second robot line and hub fit-out"),
        ("\u00a31.6m", "consultation room refits"),
        ("\u00a31.3m", "ClinicNote, app-to-hub link, driver app"),
        ("\u00a31.9m", "training, accreditation and backfill"),
    ]
    y = 47.0
    for big, line in rows:
        s.text(10, y, big, BOLD, 6.5, DEEP)
        s.text(36, y, line, SANS, 5.5, INK)
        y += 11
    s.text(136, 35, "What it returns", BOLD, 6, GREEN)
    y = s.lines(
        136,
        47,
        "\u00a35.2m a year from 2031/32 in service fees and lower dispensing cost",
        TW - 146,
        SANS,
        5.5,
    )
    y = s.lines(136, y + 4, "Payback in the third year", TW - 146, SANS, 5.5)
    s.lines(
        136,
        y + 4,
        "Phase 1 and the pilot: \u00a32.3m, released on approval",
        TW - 146,
        SANS,
        5.5,
    )
    s.text(10, 126, "Costs at 2028/29 prices; benefits net of service costs.", OBLIQUE, 4.8, MUTED)


def s16_governance(s: Thumb) -> None:
    s.eyebrow("GOVERNANCE")
    s.title("How we will run Time to Care")
    s.bullets(
        10,
        34,
        [
            "Sponsor: the Chief Operating Officer, who chairs the Time to Care Programme Board",
            "Programme Board: monthly, with the Programme Director, the priority leads and "
            "the Superintendent Pharmacist",
            "Clinical Governance Committee, chaired by the Superintendent Pharmacist, "
            "approves every new or changed SOP",
            "The Programme Board decides Gates 1 and 3; Gate 2 comes to the Executive Board",
            "We consult the PRWU, the Patient Panel and both local pharmaceutical committees "
            "before each wave",
            "Weekly progress on a Time to Care page in Pellow Insight",
        ],
        TW - 22,
        size=5.5,
        gap=2.0,
    )


def s17_ask(s: Thumb) -> None:
    s.eyebrow("DECISIONS")
    s.title("We ask the Executive Board to")
    asks = [
        "Approve Time to Care and its \u00a37.9m budget over 30 months",
        "Release \u00a32.3m now for Phase 1 and the Tregarrow pilot",
        "Confirm the Chief Operating Officer as sponsor and chair of the Programme Board",
        "Agree that the Gate 2 go/no-go comes back to this Board in July 2029",
    ]
    y = 40.0
    for i, ask in enumerate(asks, start=1):
        s.text(10, y, str(i), BOLD, 8, GREEN)
        s.text(22, y - 0.5, ask, SANS, 5.8, INK)
        s.rule(10, y + 5, TW - 10, y + 5, RULE, 0.3)
        y += 16
    s.text(10, 124, "Next: Gate 2 paper to the Executive Board, July 2029", OBLIQUE, 5, MUTED)


SLIDES = [
    s01_cover,
    s02_where,
    s03_way,
    s04_ambition,
    s05_priorities,
    s06_hub,
    s07_care,
    s08_repeats,
    s09_people,
    s10_kpis,
    s11_roadmap,
    s12_pilot,
    s13_risks,
    s14_first90,
    s15_money,
    s16_governance,
    s17_ask,
]


def deck_bytes() -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Time to Care")
    c.setAuthor("Morwenna Hocking")
    c.setSubject("Our pharmacy strategy, October 2028 to March 2031")
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    c._doc.info.producer = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
    pages = page_of(len(SLIDES))
    for page in range(1, pages + 1):
        handout_page(c, page)
        first = (page - 1) * SLIDES_PER_PAGE
        for number in range(first + 1, min(first + SLIDES_PER_PAGE, len(SLIDES)) + 1):
            s = Thumb(c, number)
            SLIDES[number - 1](s)
            s.number_corner()
            s.note_lines()
        c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== the roster (AD export)

DC = "DC=pellow,DC=local"


def dn(name: str, ou: str) -> str:
    """An LDAP distinguished name: staff under OU=<department>,OU=Users; the two special OUs
    (External Partners, Disabled Users) straight under the domain."""
    if ou in ("External Partners", "Disabled Users"):
        return f"CN={name},OU={ou},{DC}"
    return f"CN={name},OU={ou},OU=Users,{DC}"


CEO = dn("Tamsin Pellow", "Executive")
COO = dn("Jory Trevenna", "Executive")
FD = dn("Claire Bolitho", "Finance")
SUPT = dn("Kerenza Polglase", "Professional Standards")
OPS = dn("Daniel Rowe", "Pharmacy Operations")
HUB = dn("Mark Chenoweth", "Hub Operations")
DIGITAL = dn("Tom Angove", "Digital and Data")
PEOPLE = dn("Gemma Rowse", "People")
COSEC = dn("Jenna Roberts", "Legal")

AD_HEAD = [
    "DistinguishedName",
    "Name",
    "Title",
    "Department",
    "Office",
    "Manager",
    "Description",
    "extensionAttribute1",
    "Enabled",
]

# (name, OU, title, department, office, manager DN, description, involvement, enabled)
AD_ROWS: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    (
        "Jory Trevenna",
        "Executive",
        "Chief Operating Officer",
        "Executive",
        "Truro Head Office",
        CEO,
        "Runs pharmacy operations, the Polgrean hub and logistics for the group. Sponsor of "
        '"Time to Care": chairs its Programme Board, decides Gates 1 and 3 under the Executive '
        "Board's delegation, presents Gate 2 to the Executive Board and releases each phase's "
        "budget.",
        "Core team",
        "True",
    ),
    (
        "Claire Bolitho",
        "Finance",
        "Finance Director",
        "Finance",
        "Truro Head Office",
        CEO,
        "Budgets, business cases and benefits tracking for the group; advises the Programme "
        "Board on spend and pays out released funds.",
        "Extended team",
        "True",
    ),
    (
        "Jenna Roberts",
        "Legal",
        "Company Secretary",
        "Legal",
        "Truro Head Office",
        CEO,
        "Board papers, statutory registers and insurance.",
        "",
        "True",
    ),
    (
        "Kerenza Polglase",
        "Professional Standards",
        "Superintendent Pharmacist",
        "Professional Standards",
        "Truro Head Office",
        CEO,
        "Accountable in law for the safe running of every Pellow pharmacy and the hub. Owns the "
        "SOPs, including the hub-and-spoke SOP, chairs the Clinical Governance Committee and is "
        "the company's contact with the GPhC and its inspectors.",
        "Core team",
        "True",
    ),
    (
        "Morwenna Hocking",
        "Transformation",
        "Programme Director, Time to Care",
        "Transformation",
        "Truro Head Office",
        COO,
        "Runs the Time to Care programme day to day: the plan, the risk log, spend against "
        "budget, the pilot reviews and the reports to the Programme Board.",
        "Core team",
        "True",
    ),
    (
        "Daniel Rowe",
        "Pharmacy Operations",
        "Director of Pharmacy Operations",
        "Pharmacy Operations",
        "Truro Head Office",
        COO,
        "Runs the 142 pharmacies through eleven area managers: staffing levels, branch rotas, "
        "opening hours and service standards. Owns the pharmacist time measure.",
        "Core team",
        "True",
    ),
    (
        "Lowenna Jewell",
        "Pharmacy Operations",
        "Area Manager, Tregarrow and Coast",
        "Pharmacy Operations",
        "Tregarrow",
        OPS,
        "Manages the 12 pharmacies in and around Tregarrow and their delivery base. Leads the "
        "Tregarrow pilot on the ground.",
        "Core team",
        "True",
    ),
    (
        "Mark Chenoweth",
        "Hub Operations",
        "Hub Operations Director",
        "Hub Operations",
        "Polgrean Hub",
        COO,
        "Runs the Polgrean dispensing hub: the robot line and picking benches, hub shifts and "
        "staffing, hub volumes and turnaround to the pharmacies, and the robot supplier contract.",
        "Core team",
        "True",
    ),
    (
        "Rachel Opie",
        "Logistics",
        "Head of Logistics and Delivery",
        "Logistics",
        "Polgrean Hub",
        HUB,
        "Runs the 46-van fleet: home deliveries, the overnight tote runs from the hub, drivers, "
        "delivery routes and delivery standards.",
        "Core team",
        "True",
    ),
    (
        "Priya Desai",
        "Clinical Services",
        "Head of Clinical Services",
        "Clinical Services",
        "Truro Head Office",
        SUPT,
        "Owns the walk-in minor illness, blood pressure and contraception services: service "
        "specifications, patient group directions, pharmacist accreditation for services, "
        "service volumes and the clinical use of ClinicNote.",
        "Core team",
        "True",
    ),
    (
        "Paul Williams",
        "Finance",
        "Payroll Manager",
        "Finance",
        "Truro Head Office",
        FD,
        "Monthly payroll, pensions and expenses.",
        "",
        "True",
    ),
    (
        "Sarah Kitto",
        "Commercial",
        "Head of NHS Services and Contracts",
        "Commercial",
        "Truro Head Office",
        COO,
        "Manages the NHS pharmacy contract and locally commissioned services: NHS claims, "
        "relations with the three integrated care boards and with the local pharmaceutical "
        "committees.",
        "Core team",
        "True",
    ),
    (
        "Tom Angove",
        "Digital and Data",
        "Head of Digital and Data",
        "Digital and Data",
        "Truro Head Office",
        FD,
        "Owns the Pellow app, the CalderRx and HubFlow interfaces, the technical set-up of "
        "ClinicNote and Pellow Insight, our data warehouse and reporting.",
        "Core team",
        "True",
    ),
    (
        "Steve Hicks",
        "Digital and Data",
        "IT Service Manager",
        "Digital and Data",
        "Truro Head Office",
        DIGITAL,
        "Service desk, pharmacy PCs, tablets, broadband and networks; installs new devices in "
        "the pharmacies.",
        "Extended team",
        "True",
    ),
    (
        "Gemma Rowse",
        "People",
        "Head of People",
        "People",
        "Truro Head Office",
        CEO,
        "Recruitment, rota policy, locum arrangements, pay and employee relations, including "
        "consultation with the PRWU.",
        "Core team",
        "True",
    ),
    (
        "Nicola Tremayne",
        "People",
        "Pellow Academy Manager",
        "People",
        "Truro Head Office",
        PEOPLE,
        "Runs the Pellow Academy: induction, Academy Online e-learning, accuracy checking "
        "courses, the foundation trainee pharmacist programme and funded prescribing places.",
        "Core team",
        "True",
    ),
    (
        "Becky Nance",
        "Professional Standards",
        "Professional Lead for Pharmacy Technicians",
        "Professional Standards",
        "Truro Head Office",
        SUPT,
        "Professional lead for our 310 pharmacy technicians: accuracy checking standards, what "
        "may be delegated to technicians and how technicians are deployed in the pharmacies.",
        "Core team",
        "True",
    ),
    (
        "Ian Pascoe",
        "Property",
        "Head of Property and Estates",
        "Property",
        "Truro Head Office",
        FD,
        "Leases, fit-outs and maintenance of the pharmacies and the Polgrean hub, including "
        "consultation rooms.",
        "Core team",
        "True",
    ),
    (
        "Chris Lander",
        "Marketing",
        "Marketing Executive",
        "Marketing",
        "Truro Head Office",
        dn("Sophie Trewin", "Marketing"),
        "Seasonal leaflets, window posters and the website news page.",
        "",
        "True",
    ),
    (
        "Anna Curnow",
        "Legal",
        "Data Protection Officer",
        "Legal",
        "Truro Head Office",
        COSEC,
        "Advises on data protection and must be consulted on every data protection impact "
        "assessment, including new uses of patient contact details.",
        "Consult only",
        "True",
    ),
    (
        "Dave Pengelly",
        "Pharmacy Operations",
        "PRWU Area Representative",
        "Pharmacy Operations",
        "Camborne",
        dn("Helen Moyle", "Pharmacy Operations"),
        "Dispenser at Camborne, released two days a week as the Pharmacy and Retail Workers' "
        "Union representative for pharmacy and hub staff; consulted on shifts, rotas and job "
        "roles.",
        "Consult only",
        "True",
    ),
    (
        "Alan Penrose",
        "Disabled Users",
        "Head of Clinical Services",
        "Clinical Services",
        "Truro Head Office",
        SUPT,
        "LEAVER 31/07/2028 - account disabled by the IT service desk (INC0048812).",
        "Core team",
        "False",
    ),
    (
        "Margaret Eddy",
        "External Partners",
        "Patient Panel Chair",
        "External",
        "External",
        "",
        "Chairs the Pellow Patient Panel of 14 patients and carers; external account for the "
        "programme's SharePoint site.",
        "Consult only",
        "True",
    ),
]


def _quote(field: str) -> str:
    return '"' + field.replace('"', '""') + '"'


def roster_csv() -> bytes:
    """As Windows PowerShell 5.1's Export-Csv writes it: a #TYPE line, every field quoted, CRLF,
    ASCII."""
    lines = ["#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser"]
    lines.append(",".join(_quote(h) for h in AD_HEAD))
    for name, ou, title, dept, office, manager, desc, involvement, enabled in AD_ROWS:
        fields = [dn(name, ou), name, title, dept, office, manager, desc, involvement, enabled]
        lines.append(",".join(_quote(f) for f in fields))
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


# =========================================================================== the DOCX

STANDING_PARAS: list[tuple[str, str]] = [
    ("h0", "Superintendent Pharmacist's standing instructions (extract)"),
    (
        "p",
        "Issued by the Superintendent Pharmacist under the company's articles. Version 7, "
        "approved by the Clinical Governance Committee on 6 June 2028. Sections 4, 9 and 12 "
        "only.",
    ),
    ("h1", "4. Hub and spoke dispensing"),
    (
        "p",
        "The Polgrean hub assembles medicines for Pellow pharmacies only, under the company's "
        "hub-and-spoke SOP; the pharmacy that receives the prescription remains responsible "
        "for the clinical check and for supply to the patient.",
    ),
    (
        "p",
        "A change to how or where medicines are assembled for a Pellow pharmacy does not go "
        "live until the Superintendent Pharmacist has signed the revised hub-and-spoke SOP and "
        "the Clinical Governance Committee has approved it.",
    ),
    (
        "p",
        "The Clinical Governance Committee meets on the first Tuesday of every second month "
        "(February, April, June, August, October and December).",
    ),
    (
        "p",
        "The GPhC must be told in writing of any change to our hub-and-spoke arrangements before "
        "it is made; its inspector for the area may visit the hub or any spoke pharmacy at any "
        "time.",
    ),
    ("h1", "9. Clinical services"),
    (
        "p",
        "Minor illness and contraception consultations must be given by a pharmacist who has "
        "completed the service training and signed the declaration of competence.",
    ),
    (
        "p",
        "A trained pharmacy technician may take blood pressure readings and fit an ambulatory "
        "monitor, but the consultation and any referral belong to the pharmacist.",
    ),
    (
        "p",
        "Consultations are held in a consultation room that meets the service specification; a "
        "pharmacy whose room does not may not offer the service.",
    ),
    ("h1", "12. Accuracy checking"),
    (
        "p",
        "The final accuracy check of an item that a pharmacist has clinically checked may be made "
        "by an accredited accuracy checking technician working under this section.",
    ),
    (
        "p",
        "A pharmacy technician may act as an accuracy checker only after completing the Pellow "
        "Academy's accuracy checking course and 1,000 logged checks without an error, assessed "
        "by the Professional Lead for Pharmacy Technicians.",
    ),
    (
        "p",
        "Each pharmacy keeps a responsible pharmacist signed in for the whole of its opening "
        "hours.",
    ),
]


def standing_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = DocxPt(10.5)
    for kind, text in STANDING_PARAS:
        if kind == "h0":
            doc.add_heading(text, level=0)
        elif kind == "h1":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Kerenza Polglase",
        last_modified_by="Kerenza Polglase",
        title="Superintendent Pharmacist's standing instructions (extract)",
        revision=7,
    )


# =========================================================================== the org folder (text)

SYSTEMS = """
# Systems and data inventory

Kept by the Head of Digital and Data. Reviewed August 2028 for the Time to Care business case.

## Dispensing and patient records

CalderRx is our patient medication record (PMR) system. It runs in all 142 pharmacies and holds
each patient's dispensing history, owings, interventions and nominated pharmacy.

Every pharmacy receives prescriptions through the NHS Electronic Prescription Service (EPS),
which feeds CalderRx directly; about 96% of our items arrive by EPS and the rest on paper.

CalderRx cannot send text messages; pharmacies phone patients when an owing item arrives or a
prescription is ready to collect.

## The Polgrean hub

HubFlow is the hub's workflow system. It takes orders from the pharmacies, drives the robot line
and the manual picking benches, and prints the dispensing labels.

The hub's one robot line runs a single shift, 06:00 to 14:00, and fills at most 540,000 items a
month.

CalderRx and HubFlow do not talk to each other. Each pharmacy exports its hub orders from
CalderRx as a file at 11:00 and 16:00, and the hub's labels are keyed again at the pharmacy when
the tote arrives.

HubFlow keeps order timestamps for 90 days; after that only monthly totals survive, so
turnaround cannot be traced back beyond the last quarter.

Totes go from the hub to the pharmacies overnight on our own vans.

## Clinical services

ClinicNote records consultations for the walk-in minor illness, blood pressure and
contraception services and prepares the monthly NHS claims.

ClinicNote runs in 61 of our 142 pharmacies; the other 81 write consultations on the paper forms
(CS1 to CS3) and post them to the Clinical Services team at the end of each month.

Two clerks in the Clinical Services team type the paper forms into the NHS claims portal, which
closes on the fifth working day of the following month.

ClinicNote runs in a web browser and needs the pharmacy's broadband line to be up.

Every pharmacy has a validated clinic blood pressure monitor.

Ambulatory blood pressure monitors, which the hypertension case-finding service needs for a
24-hour reading, are held at 38 pharmacies.

## Ordering, delivery and the Pellow app

The Pellow app lets patients order repeat prescriptions, see their pharmacy's opening hours and
book a blood pressure check; 29,000 patients used it in 2027/28.

The Pellow app drops every repeat order into the patient's own pharmacy's CalderRx queue, with
no route to the hub.

Once an order is placed, the Pellow app shows it as "received" until the patient collects it.

All 46 vans carry a Fleetwise tracker that reports position and mileage to the logistics office.

Drivers carry printed delivery sheets and patients sign on paper; a failed delivery is noted on
the sheet and reaches head office only when the sheets are scanned at month end.

Each pharmacy's driver plans the day's route by hand from the delivery sheet.

Our vans are not refrigerated: fridge lines travel in validated cool boxes, which hold
temperature for four hours.

## Reporting and records

Pellow Insight is our data warehouse, with Power BI dashboards refreshed every night from
CalderRx, HubFlow, SafeLog and payroll.

Pellow Insight has no feed from ClinicNote; consultation counts are added each month from a
spreadsheet the Clinical Services team keeps.

We do not record how a pharmacist's day is spent; the 22% figure comes from a two-week time and
motion study in 18 pharmacies in May 2028.

SafeLog is our incident reporting system: every pharmacy and the hub report dispensing
incidents and near misses in it, and the Superintendent Pharmacist's team reviews them weekly.

The patient survey runs every March in every pharmacy, with at least 50 responses a pharmacy.

Academy Online, the Pellow Academy's e-learning platform, holds every colleague's training and
accreditation records.
"""

MEASURES = """
# Time to Care: measure definitions

Kept by the Programme Director, Time to Care. Baselines are for April 2027 to March 2028 unless
stated. Figures are reported to the Programme Board monthly from Pellow Insight.

| Measure | Definition | Source | Owner | Baseline |
|---|---|---|---|---|
| Pharmacist time spent with patients | Share of a pharmacist's paid hours spent in consultations, checks and advice with a patient | Time and motion study (May 2028); repeated each May | Director of Pharmacy Operations | 22% |
| Repeat items dispensed at the hub | Repeat items assembled at Polgrean as a share of all repeat items dispensed by the chain | HubFlow and CalderRx | Hub Operations Director | 38% |
| Hub turnaround, order to pharmacy | Working days from a pharmacy's hub order to the tote's arrival at the pharmacy | HubFlow | Hub Operations Director | 3 working days |
| Walk-in minor illness consultations a month | Consultations given under the walk-in minor illness service | ClinicNote and the paper forms | Head of Clinical Services | 4,900 |
| Blood pressure checks a month | Clinic readings under the hypertension case-finding service | ClinicNote and the paper forms | Head of Clinical Services | 6,200 |
| Contraception consultations a month | Consultations under the contraception service, initiation and repeat | ClinicNote and the paper forms | Head of Clinical Services | 850 |
| Repeat orders made on the Pellow app | Share of repeat orders that arrive through the app | CalderRx order source field | Head of Digital and Data | 11% |
| Deliveries made at the first attempt | Home deliveries handed over on the first visit | Scanned delivery sheets | Head of Logistics and Delivery | 93% |
| Dispensing incidents per 100,000 items | Incidents that reached a patient, per 100,000 items dispensed | SafeLog | Superintendent Pharmacist | 4.1 |
| Pharmacist vacancies | Funded pharmacist posts with no permanent holder at the month end | Payroll and establishment | Head of People | 19 |

The pharmacist vacancy target is not set: it waits for the 2029 workforce review.

Deliveries made at the first attempt are known for a month only when its delivery sheets have
been scanned, in the middle of the next month.
"""

TERMS = """
# Time to Care Programme Board: terms of reference

Version 1.0, for approval by the Executive Board with the strategy. Kept by the Programme
Director, Time to Care.

## Purpose

The Programme Board steers Time to Care, Pellow Pharmacy's strategy for October 2028 to March
2031, on behalf of the Executive Board.

## Sponsor and chair

The Chief Operating Officer is the sponsor and chairs the Board.

Under the Executive Board's delegation the sponsor takes the decisions at Gates 1 and 3 on the
Board's advice, and releases each phase's budget once its gate is passed.

Gate 2, the go/no-go for roll-out after the Tregarrow pilot, is decided by the Executive Board on
the Programme Board's recommendation, presented by the sponsor.

## Members

- Chief Operating Officer (chair)
- Programme Director, Time to Care (secretary)
- Superintendent Pharmacist
- Director of Pharmacy Operations
- Hub Operations Director
- Head of Clinical Services
- Head of Digital and Data
- Head of People
- Finance Director (advises on spend; no vote on scope)

Other heads attend for their items.

## Cadence

The Board meets monthly, on the third Wednesday. Papers are due seven working days before the
meeting.

## Limits

The Board may not approve a change to a clinical SOP; that belongs to the Clinical Governance
Committee.

Spend above the released phase budget goes back to the Executive Board.
"""

PRWU = """
RECOGNITION AND PROCEDURE AGREEMENT
between Pellow Pharmacy Ltd and the Pharmacy and Retail Workers' Union (PRWU)
Extract: clauses 7 to 9. Signed 14 March 2026. Copy held by the Head of People.

7. Consultation on change

7.1 Any change to shift patterns, rotas or job roles needs 45 days' consultation with the PRWU
before it takes effect.

7.2 The company will give the PRWU Area Representative written proposals at the start of the
consultation and meet within ten working days.

8. Hub working

8.1 The standard hub shift is 06:00 to 14:00, Monday to Friday.

8.2 Saturday working at the hub is voluntary and paid at time and a half; no colleague may be
rostered for it without agreement.

8.3 A new shift pattern at the hub is a change under clause 7.

9. Job evaluation

9.1 New or changed duties, including accuracy checking, are graded by the joint job evaluation
panel, which sits quarterly, in January, April, July and October.

9.2 A colleague does not take on the new duties until the panel has graded them.
"""

NHS_NOTE = """
# NHS services and commissioning: note for the Time to Care business case

Written by the Head of NHS Services and Contracts, August 2028.

## The three services

The walk-in minor illness service, the hypertension case-finding service (blood pressure checks)
and the contraception service are national advanced services, paid per consultation under the
NHS pharmacy contract.

A pharmacy may offer them only with a consultation room that meets the service specification and
an accredited pharmacist on duty.

24 pharmacies have a consultation room too small or not private enough for the service
specification, and four of those have none at all.

Only 74 of our 196 pharmacists have completed the contraception service training and declaration
of competence.

Service fees are set nationally each April and can change in year.

## Commissioners and committees

Our pharmacies sit in three integrated care boards: Cornwall, Devon and Somerset.

A new GP referral route has to be agreed with each of the three integrated care boards, whose
primary care commissioning committees meet every other month.

GP practices in Devon already refer minor illness patients to us through the national referral
system; practices in Cornwall and Somerset do not.

We have agreed with both local pharmaceutical committees, Peninsula West LPC and Somerset and
East Devon LPC, that they are briefed at least six weeks before any change to how our pharmacies
serve a locality.

## Claims

NHS claims for the three services are made monthly through the NHS claims portal, from ClinicNote
where it runs and from the paper forms elsewhere.
"""

WORKFORCE = """
# Workforce summary, August 2028

Prepared by the Head of People for the Time to Care business case.

We employ 196 pharmacists, 310 pharmacy technicians and 540 dispensers and counter assistants
across the 142 pharmacies, and 64 colleagues at the Polgrean hub.

19 pharmacist posts are vacant, 11 of them in West Cornwall.

We have no locum bank of our own; each area manager books agency locums, at an average of 58
pounds an hour.

22 of our 310 technicians are accredited accuracy checkers.

The Pellow Academy can run two accuracy checking courses a year, of 15 technicians each, and a
course takes nine months from enrolment to accreditation.

The Pellow Academy runs induction for every new colleague, the foundation trainee pharmacist
programme (eight trainees in 2028/29) and all mandatory training through Academy Online.

Independent prescribing courses last a year, and each pharmacist on one needs a designated
prescribing practitioner to supervise them; we have six in house.

No pharmacist may be rostered for more than 48 hours a week averaged over 17 weeks unless they
have opted out in writing.
"""

PANEL = """
# Pellow Patient Panel: terms

Agreed with the Panel, January 2027.

The Patient Panel has 14 members: patients and carers from each of our areas, chosen by open
invitation.

The Panel advises Pellow on anything that changes how patients order, collect, receive or are
seen; it does not approve or block decisions.

The Panel meets quarterly, in January, April, July and October.

Papers go to members three weeks before a meeting, and the Panel comments only on proposals it
has seen in writing.

The Chair may call an extra meeting with four weeks' notice.
"""

TREGARROW = """
TREGARROW AREA PROFILE
Prepared by the Area Manager, Tregarrow and Coast, August 2028

Pharmacies: 12. Tregarrow town centre (Fore Street, Market Place, Polkerris Road), Tregarrow
Health Centre, Bodriggan Health Centre, St Ewe Road, and six village pharmacies in Porthgwidden,
Lanreath Cross, Penhallow, Carnmarth, Trewoon and Polwithen.

Items: about 41,000 a month, 74% of them repeats.

Tregarrow Health Centre pharmacy opens 100 hours a week, 07:00 to 22:00 Monday to Saturday and
10:00 to 16:00 on Sunday.

Two of the 12, Fore Street and Polkerris Road, have no consultation room that meets the service
specification.

ClinicNote runs at 4 of the 12; the other 8 use the paper forms.

The broadband line at St Ewe Road drops several times a week.

Deliveries: one delivery base at Tregarrow Health Centre, two vans, about 1,900 deliveries a
month.

Mobile coverage is poor across the village rounds; a driver's handset loses signal for much of
the Penhallow and Carnmarth runs.

The hub is 45 minutes by road; totes arrive by 07:30.
"""

EMAIL = """
From: Mark Chenoweth <mark.chenoweth@pellow.co.uk>
To: Morwenna Hocking <morwenna.hocking@pellow.co.uk>
Cc: Claire Bolitho <claire.bolitho@pellow.co.uk>
Date: Wed, 29 Aug 2028 16:42:10 +0100
Subject: Second robot line - Arlo's quote

Morwenna,

Arlo Automation have come back on the second line. Their lead time is nine months from a signed
order to a line that is validated and live.

They cannot install while we are dispensing, so the fit needs the hub closed for two weekends,
and we would run both weekends' orders through the benches on the Friday.

Price is within the 3.1m in the business case, including the fit-out.

The line adds about 380,000 items a month on one shift.

Mark

Mark Chenoweth
Hub Operations Director, Pellow Pharmacy
Polgrean Hub, Polgrean Business Park
"""

TEXT_FILES: dict[str, str] = {
    "systems/systems-and-data-inventory.md": SYSTEMS,
    "measures/time-to-care-measure-definitions.md": MEASURES,
    "governance/time-to-care-programme-board-terms-of-reference.md": TERMS,
    "governance/prwu-recognition-agreement-extract.txt": PRWU,
    "context/nhs-services-and-commissioning-note.md": NHS_NOTE,
    "context/workforce-summary-2028-08.md": WORKFORCE,
    "context/patient-panel-terms.md": PANEL,
    "context/tregarrow-area-profile.txt": TREGARROW,
    "context/email-2028-08-29-second-robot-line.txt": EMAIL,
}


def main(root: Path = HERE) -> None:
    case = root / CASE
    write_files(case, {DECK: deck_bytes()})
    write_files(
        case / "org",
        {
            ROSTER: roster_csv(),
            "governance/superintendent-standing-instructions-extract.docx": standing_docx(),
            **TEXT_FILES,
        },
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
