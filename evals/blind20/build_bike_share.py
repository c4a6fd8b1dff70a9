"""Build the blind20 case ``bike-share``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, openpyxl, python-docx and
python-pptx (``evals/dev16/_build.py`` imports python-pptx; the checker also needs pypdf).
reportlab is not in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/blind20/build_bike_share.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold (metric twins of Arial), embedded
from ``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``).

Writes, under ``evals/blind20/bike-share/`` (or ``<out-folder>/bike-share/``), every file of
the case but ``gold.json``:

- the deck, a city bike-share and e-scooter operator's three-year operations plan for its board
  and investors, drawn the way PowerPoint prints a 16:9 deck through "Microsoft: Print To PDF":
  pages of 960 x 540 pt; ``%PDF-1.7`` with a binary comment; a document information dictionary
  of Title ("Microsoft PowerPoint - <file>.pptx"), Author, Creator and Producer "Microsoft:
  Print To PDF", and one fixed CreationDate and ModDate; every page's drawing set in 96-dpi
  pixels from the top left under one ``0.75 0 0 -0.75 0 540 cm``; text as positioned runs:
  every run its own ``BT ... ET`` with one text matrix that flips the glyphs back (``s 0 0 -s x
  y Tm``), a line split into runs wherever its colour or weight changes (a bold lead-in, a grey
  aside after a goal, a coloured figure), so a run, not a line, is the unit a reader gets;
- ``org/``: the roster as an Excel workbook (``people/org-structure.xlsx``: sheet "Roles" with
  Role, Team, Reports to, Owns; sheet "Open roles" with two unfilled posts), the safety policy
  (Markdown), the steering group's terms of reference (Markdown), the councils' permit liaison
  group's terms of reference (DOCX), the employee forum's constitution (Markdown), the systems
  and data inventory (Markdown), the metric definitions (CSV) and the cities and depots notes
  (plain text).

Re-running it rewrites every file byte for byte: a fixed document information dictionary,
reportlab's invariant mode (fixed document ID) and no reportlab preamble or comment for the PDF,
fixed core properties and ZIP entry times for the XLSX and DOCX (through
``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a BLIND case (split "blind20").
"""

from __future__ import annotations

import csv
import io
import sys
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
CASE = "bike-share"
DECK = "Street Ready 2030 - Board and investors 24 June 2027.pdf"
ROSTER = "org/people/org-structure.xlsx"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

W, H = 1280, 720  # the slide in 96-dpi pixels; the page is 960 x 540 pt
LEFT, RIGHT = 56, 1224

Color = tuple[float, float, float]
INK: Color = (0.11, 0.13, 0.15)
TEAL: Color = (0.0, 0.42, 0.42)
TEAL_LIGHT: Color = (0.85, 0.94, 0.93)
AMBER: Color = (0.96, 0.66, 0.0)
AMBER_LIGHT: Color = (1.0, 0.95, 0.82)
GREY: Color = (0.45, 0.47, 0.5)
GREY_LIGHT: Color = (0.93, 0.93, 0.93)
RULE: Color = (0.7, 0.72, 0.74)
WHITE: Color = (1.0, 1.0, 1.0)

CREATED = "D:20270621171406+01'00'"  # printed on Monday 21 June 2027, 17:14 BST
STAMP = Stamp((2027, 6, 14, 9, 30, 0), "2027-06-14T09:30:00Z")
TITLE = "Microsoft PowerPoint - Street Ready 2030 - Board and investors 24 June 2027.pptx"
FOOTER = "Pennyway Mobility · Street Ready 2030 · Board and investor briefing, 24 June 2027"
OVERFLOW: list[str] = []  # runs wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


class PrintToPdfInfo(PDFInfo):
    """The document information "Microsoft: Print To PDF" writes for a printed deck."""

    def format(self, document):  # type: ignore[no-untyped-def]
        info = {
            "Title": PDFString(TITLE),
            "Author": PDFString("ihartley"),
            "Creator": PDFString("Microsoft: Print To PDF"),
            "Producer": PDFString("Microsoft: Print To PDF"),
            "CreationDate": PDFString(CREATED),
            "ModDate": PDFString(CREATED),
        }
        return PDFDictionary(info).format(document)


def num(v: float) -> str:
    """A number as the content stream writes it: at most two decimals, no trailing zeros."""
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap at ``width`` pixels."""
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


# =========================================================================== drawing


class Deck:
    """A reportlab canvas writing what a GDI print of a slide becomes: a flipped page in pixels,
    and text as runs, each its own text object at its own point."""

    def __init__(self, path: Path) -> None:
        self.c = rl_canvas.Canvas(str(path), pagesize=(960, 540), invariant=1, pageCompression=1)
        self.c._doc.info = PrintToPdfInfo()
        # every page opens with the flip to 96-dpi pixels from the top left, and nothing else:
        # no reportlab default font or identity matrix
        self.c._preamble = "q 0.75 0 0 -0.75 0 540 cm"
        self.page = 0

    # ---------------------------------------------------------------- text
    def run(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 18,
        font: str = SANS,
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        """One run: its own text object, its glyphs set by a text matrix that undoes the page's
        flip, its baseline at ``y`` pixels from the top. Returns its width."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: run too wide ({width:.0f} > {limit:.0f}): {s}")
        f = pdfmetrics.getFont(font)
        shows = []
        for subset, t in f.splitString(s, self.c._doc):
            name = f.getSubsetInternalName(subset, self.c._doc)
            shows.append(f"{name} 1 Tf ({self.c._escape(t)}) Tj")
        r, g, b = color
        self.c._code.append(
            f"BT {num(r)} {num(g)} {num(b)} rg {num(size)} 0 0 {num(-size)} {num(x)} {num(y)} Tm "
            + " ".join(shows)
            + " ET"
        )
        return width

    def runs(
        self, x: float, y: float, parts: list[tuple[str, str, Color]], size: float = 18
    ) -> float:
        """Several runs on one baseline, one after the other (a change of weight or colour
        starts a new run, as a printer driver writes it). Returns the x after the last."""
        for s, font, color in parts:
            x += self.run(x, y, s, size, font, color)
        return x

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 18,
        font: str = SANS,
        color: Color = INK,
        leading: float | None = None,
    ) -> float:
        """A wrapped paragraph, each line one run; returns the baseline after it."""
        step = leading if leading is not None else size * 1.3
        for line in wrap(s, font, size, width):
            self.run(x, y, line, size, font, color, limit=width)
            y += step
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        width: float,
        size: float = 18,
        gap: float = 8,
        glyph: str = "•",
    ) -> float:
        """Bulleted items; the bullet is a run of its own left of the first line."""
        for item in items:
            self.run(x - size * 0.9, y, glyph, size, SANS, TEAL)
            y = self.para(x, y, item, width, size) + gap
        return y

    def lead_item(
        self, x: float, y: float, lead: str, rest: str, width: float, size: float = 18
    ) -> float:
        """A bulleted item with a bold lead-in: two runs on one baseline, the rest wrapping
        under it at the same indent."""
        self.run(x - size * 0.9, y, "•", size, SANS, TEAL)
        lead_w = self.run(x, y, lead + " ", size, BOLD, INK)
        words = rest.split(" ")
        first = ""
        while words and stringWidth(f"{first} {words[0]}".strip(), SANS, size) <= width - lead_w:
            first = f"{first} {words.pop(0)}".strip()
        self.run(x + lead_w, y, first, size, SANS, INK, limit=width - lead_w)
        y += size * 1.3
        if words:
            y = self.para(x, y, " ".join(words), width, size)
        return y + 8

    # ---------------------------------------------------------------- shapes
    def rect(
        self, x: float, y: float, w: float, h: float, fill: Color, stroke: Color | None = None
    ) -> None:
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(1)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: Color = RULE, width: float = 1
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, y1, x2, y2)

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
    def start(self, eyebrow: str, title: str, subtitle: str | None = None) -> None:
        self.page += 1
        self.rect(0, 0, W, 8, TEAL)
        self.run(LEFT, 52, eyebrow, 14, BOLD, AMBER)
        self.run(LEFT, 96, title, 34, BOLD, TEAL, limit=RIGHT - LEFT)
        if subtitle:
            self.run(LEFT, 128, subtitle, 17, SANS, GREY, limit=RIGHT - LEFT)

    def finish(self) -> None:
        if self.page > 1:
            self.line(LEFT, 676, RIGHT, 676, GREY_LIGHT)
            self.run(LEFT, 700, FOOTER, 12, SANS, GREY)
            n = str(self.page)
            self.run(RIGHT - stringWidth(n, SANS, 13), 700, n, 13, SANS, GREY)
        self.c._code.append("Q")
        self.c.showPage()

    def save(self) -> None:
        self.c.save()

    # ---------------------------------------------------------------- composites
    def box(self, x: float, y: float, w: float, h: float, head: str, fill: Color) -> float:
        """A filled panel with a bold heading; returns the first baseline inside it."""
        self.rect(x, y, w, h, fill)
        self.run(x + 16, y + 30, head, 16, BOLD, TEAL)
        return y + 62

    def tile(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        big: str,
        label: list[str],
        fill: Color,
        ink: Color = TEAL,
        size: float = 15,
    ) -> None:
        """A big-number tile: the number, then its label lines, each a run."""
        self.rect(x, y, w, h, fill)
        self.run(x + 14, y + 56, big, 44, BOLD, ink, limit=w - 28)
        ty = y + 88
        for line in label:
            self.run(x + 14, ty, line, size, SANS, INK, limit=w - 28)
            ty += size * 1.3

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 15,
        head_fill: Color = TEAL,
        pad: float = 8,
    ) -> float:
        """A ruled table: a filled header row in white bold, then body rows; each cell's lines
        are runs. Returns the y under the last rule."""
        total = sum(widths)
        for k, row in enumerate(rows):
            cells = [
                wrap(c, BOLD if k == 0 else SANS, size, w - 2 * pad)
                for c, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * size * 1.25 + 2 * pad
            if k == 0:
                self.rect(x, y, total, height, head_fill)
            cx = x
            for lines, w in zip(cells, widths, strict=True):
                ty = y + pad + size
                for line in lines:
                    self.run(
                        cx + pad,
                        ty,
                        line,
                        size,
                        BOLD if k == 0 else SANS,
                        WHITE if k == 0 else INK,
                        limit=w - 2 * pad,
                    )
                    ty += size * 1.25
                cx += w
            y += height
            self.line(x, y, x + total, y)
        return y


# =========================================================================== the slides


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, TEAL)
    d.rect(0, 640, W, 80, AMBER)
    d.run(96, 150, "PENNYWAY MOBILITY", 20, BOLD, AMBER)
    d.run(96, 270, "Street Ready 2030", 84, BOLD, WHITE)
    d.run(96, 330, "Our operations plan for FY28 to FY30", 32, SANS, WHITE)
    d.run(
        96,
        378,
        "Parking, batteries, repairs and rider checks in Carrowby, Ashingford, Dunmere and Marrowgate",
        20,
        SANS,
        TEAL_LIGHT,
        limit=1100,
    )
    d.run(96, 470, "Board and investor briefing · 24 June 2027", 22, BOLD, WHITE)
    d.run(
        96,
        506,
        "Imogen Hartley, Chief Executive · Tomasz Brennan, Chief Operating Officer",
        18,
        SANS,
        WHITE,
    )
    d.run(96, 690, "Commercial in confidence", 16, BOLD, INK)
    d.c._code.append("Q")
    d.c.showPage()


def why_now(d: Deck) -> None:
    d.start(
        "01  WHY NOW",
        "The streets are telling us something",
        "Figures for FY27 so far (July 2026 to May 2027) unless stated",
    )
    tiles = [
        ("6,040", ["vehicles on our streets today:", "3,520 e-bikes and", "2,520 e-scooters"]),
        ("912", ["docks and marked bays", "across our four cities"]),
        ("1 in 5", ["rides finished on a pavement,", "a verge or a doorstep"]),
        ("2,140", ["complaints about parked", "vehicles from the councils"]),
        ("1.9m", ["van miles to bring vehicles", "back to a depot to charge"]),
        ("5.2 days", ["from a rider's fault report to", "the vehicle riding again"]),
    ]
    for k, (big, label) in enumerate(tiles):
        x = LEFT + (k % 3) * 232
        top = 156 + (k // 3) * 196
        d.tile(x, top, 218, 180, big, label, GREY_LIGHT, TEAL, 14)
    x0 = LEFT + 3 * 232 + 16
    y = d.box(x0, 156, RIGHT - x0, 250, "What has changed", TEAL_LIGHT)
    d.bullets(
        x0 + 34,
        y,
        [
            "The councils re-score every operator at the permit review in spring 2029; parking counts for 40% of the score.",
            "New permit conditions from January 2028 require a licence check before a rider's first e-scooter ride.",
            "Van leasing and fuel cost us 23% more in FY27 than in FY26.",
        ],
        RIGHT - x0 - 52,
        15,
        6,
    )
    y = d.box(x0, 422, RIGHT - x0, 234, "For the record, not targets", AMBER_LIGHT)
    d.bullets(
        x0 + 34,
        y,
        [
            "Carrowby was our first city, in 2021; it passed one million trips in 14 months.",
            "A rival operator says 96% of its Dunmere rides end in a bay.",
            "Our four permits together cap the fleet at 6,500 vehicles.",
        ],
        RIGHT - x0 - 52,
        15,
        6,
    )
    d.finish()


def ambition(d: Deck) -> None:
    d.start("02  AMBITION", "Where we are going")
    d.rect(LEFT, 150, RIGHT - LEFT, 92, TEAL)
    d.run(LEFT + 24, 184, "OUR NORTH STAR", 14, BOLD, AMBER)
    d.run(LEFT + 24, 224, "The easiest way to cross a city without a car.", 30, BOLD, WHITE)
    d.run(LEFT, 286, "Our goals", 20, BOLD, TEAL)
    goals: list[tuple[str, str]] = [
        ("95% of trips end in a permitted bay or zone by June 2028", "(stretch: 97%)"),
        (
            "Council clutter reports cut to 1 per 10,000 trips by June 2029",
            "— down from 4.2 in FY27",
        ),
        ("90% of e-bikes ready to ride at 7am by June 2029", "(see appendix B for the definition)"),
        ("90% of e-scooters ready to ride at 7am by June 2029", ""),
        ("85% of faults fixed within 48 hours of a rider's report by December 2028", ""),
        (
            "Every e-scooter rider's licence checked with the DVLA before their first ride, from January 2028",
            "(board-approved March 2027)",
        ),
        ("7.5m trips a year by FY30", "— up from 5.1m last year"),
    ]
    y = 324
    for k, (goal, aside) in enumerate(goals, start=1):
        d.run(LEFT, y, f"{k}.", 18, BOLD, AMBER)
        parts: list[tuple[str, str, Color]] = [(goal, SANS, INK)]
        if aside:
            parts.append((" " + aside, SANS, GREY))
        end = d.runs(LEFT + 30, y, parts, 18)
        if end > RIGHT:
            OVERFLOW.append(f"page {d.page}: goal too wide: {goal}")
        y += 40
    d.run(LEFT, y + 16, "And we will be the operator every council wants to keep.", 20, BOLD, TEAL)
    d.finish()


def numbers(d: Deck) -> None:
    d.start("02  AMBITION", "Street Ready in five numbers")
    tiles: list[tuple[str, list[str], Color, Color]] = [
        ("5.1m", ["trips last year", "calendar 2026, four cities"], GREY_LIGHT, GREY),
        ("95%", ["of trips end in a", "permitted bay or zone", "by June 2028"], TEAL_LIGHT, TEAL),
        ("90%", ["e-bikes ready to ride at 7am", "by June 2029"], TEAL_LIGHT, TEAL),
        ("90%", ["e-scooters ready to ride at 7am", "by June 2029"], TEAL_LIGHT, TEAL),
        ("7.5m", ["trips a year", "by FY30"], TEAL_LIGHT, TEAL),
    ]
    for k, (big, label, fill, ink) in enumerate(tiles):
        d.tile(LEFT + k * 235, 170, 228, 220, big, label, fill, ink, 14)
    d.run(
        LEFT,
        460,
        "Street Ready 2030 is a three-year plan, FY28 to FY30, costing £8.5m.",
        24,
        BOLD,
        TEAL,
    )
    d.para(
        LEFT,
        506,
        "It puts every ride's end in a bay, takes the vans off charging duty, gets broken vehicles back "
        "on the street in two days and checks every e-scooter rider before the first ride.",
        RIGHT - LEFT,
        18,
    )
    d.finish()


def pillars(d: Deck) -> None:
    d.start("03  THE PLAN", "Four pillars, one fleet")
    items = [
        (
            "1",
            "Park it right",
            "Geofenced bays and an end-of-ride photo, so rides finish where the councils want them.",
        ),
        (
            "2",
            "Swap, don't haul",
            "Batteries travel to the vehicles; the vehicles stay on the street.",
        ),
        (
            "3",
            "Fix it fast",
            "One fleet platform and one workshop system, so a fault is fixed in two days, not five.",
        ),
        (
            "4",
            "Right rider",
            "Age and licence checks our permits accept, before anyone rides an e-scooter.",
        ),
    ]
    for k, (n, name, text) in enumerate(items):
        x = LEFT + k * 296
        d.rect(x, 160, 280, 360, TEAL_LIGHT)
        d.run(x + 20, 222, n, 48, BOLD, AMBER)
        d.run(x + 20, 272, name, 24, BOLD, TEAL, limit=240)
        d.para(x + 20, 312, text, 240, 17)
    d.para(
        LEFT,
        570,
        "Underpinned by Halyard Fleet, our new fleet-management platform, and Tidewater, our data warehouse.",
        RIGHT - LEFT,
        18,
        SANS,
        GREY,
    )
    d.finish()


def moments(d: Deck) -> None:
    d.start("03  THE PLAN", "Where it has to work: four moments")
    d.run(LEFT, 170, "The moments we are fixing", 20, BOLD, TEAL)
    y: float = 212
    for lead, rest in [
        (
            "The end of a ride on a busy street:",
            "the app checks the bay and asks for a photo before the ride closes.",
        ),
        (
            "The evening swap round:",
            "a crew on a cargo e-bike swaps flat batteries before the morning peak.",
        ),
        (
            "A fault reported from the street:",
            "the vehicle locks, is collected and is fixed within two days.",
        ),
        (
            "A new rider's first e-scooter ride:",
            "age and licence are checked before the e-scooter unlocks.",
        ),
    ]:
        y = d.lead_item(LEFT + 22, y, lead, rest, 700, 18) + 10
    x0 = 840
    y = d.box(x0, 150, RIGHT - x0, 400, "Not in this plan", AMBER_LIGHT)
    d.bullets(
        x0 + 34,
        y,
        [
            "Bikes for hire to businesses",
            "Any city beyond our four",
            "Car club or moped hire",
            "Advertising on vehicles or docks",
            "Term-time deals for students",
        ],
        RIGHT - x0 - 52,
        17,
        10,
    )
    d.finish()


def pillar(
    d: Deck,
    eyebrow: str,
    title: str,
    start: list[str],
    goal: list[str],
    actions: list[str],
) -> None:
    """A pillar page: where we start (context figures) beside the goal, set as the designer
    broke its lines, and the pillar's initiatives."""
    d.start(eyebrow, title)
    y = d.box(LEFT, 150, 520, 230, "Where we start", GREY_LIGHT)
    for line in start:
        y = d.para(LEFT + 16, y, line, 488, 17) + 8
    y = d.box(LEFT, 396, 520, 250, "Goal", TEAL) + 10
    for line in goal:
        d.run(LEFT + 16, y, line, 24, BOLD, WHITE, limit=488)
        y += 32
    d.run(620, 180, "What we will do", 20, BOLD, TEAL)
    d.bullets(650, 222, actions, RIGHT - 650, 18, 12)
    d.finish()


def pillar_parking(d: Deck) -> None:
    pillar(
        d,
        "04  PILLAR 1 · PARK IT RIGHT",
        "Every ride ends in a bay",
        [
            "Today 78% of trips end in a bay or zone.",
            "2,140 council complaints in FY27, almost half of them in Carrowby.",
        ],
        ["95% of trips end in a", "permitted bay or zone", "by June 2028"],
        [
            "Redraw all 912 bays as geofenced shapes in Halyard Fleet",
            "Add an end-of-ride photo in the app in all four cities",
            "Stop a ride ending outside a bay in the four city centres",
            "Fine a rider £10 after a third badly parked ride in 30 days",
            "Send each council a monthly parking report and a live map of bays",
            "Add 300 bays outside city centres in Year 3, agreed with each council",
        ],
    )


def pillar_batteries(d: Deck) -> None:
    pillar(
        d,
        "04  PILLAR 2 · SWAP, DON'T HAUL",
        "Batteries travel, vehicles stay put",
        [
            "Vans drove 1.9m miles in FY27, most of them to charge vehicles at a depot.",
            "Only 600 of our 2,520 e-scooters take a swappable battery.",
        ],
        ["Van miles per battery charged", "down from 3.6 to 1.2", "by June 2029"],
        [
            "Fit swappable battery cradles to the 1,900 first-generation e-bikes",
            "Replace the 1,920 S2 e-scooters with swappable-battery S3s as their leases end",
            "Open a battery swap hub in each city, charging batteries rather than vehicles",
            "Move swap rounds to cargo e-bikes and keep six vans for heavy moves",
            "Plan evening swap rounds from Halyard Fleet's low-battery list",
            "Train every swap crew member in battery handling before their first round",
        ],
    )


def pillar_repairs(d: Deck) -> None:
    pillar(
        d,
        "04  PILLAR 3 · FIX IT FAST",
        "Reported on Monday, riding again by Wednesday",
        [
            "Today 41% of faults are fixed within 48 hours.",
            "A fault takes 5.2 days on average from report to street.",
        ],
        ["85% of faults fixed within 48 hours", "by December 2028"],
        [
            "Move all four cities from Ridgeback to Halyard Fleet by March 2028",
            "Put every repair on Torque, our new workshop system",
            "Lock a vehicle remotely as soon as a rider reports a fault",
            "Stock the 40 most-used parts in every workshop",
            "Send a mechanic on a cargo e-bike to fix flat tyres and loose bells on the street",
        ],
    )


def pillar_riders(d: Deck) -> None:
    pillar(
        d,
        "04  PILLAR 4 · RIGHT RIDER",
        "Checked before the first ride",
        [
            "Today a rider's licence is checked by eye from a photo they upload.",
            "About 1 in 40 checks is missed at busy times.",
        ],
        [
            "Every e-scooter rider's",
            "licence checked with the DVLA",
            "before their first ride,",
            "from January 2028",
        ],
        [
            "Connect sign-up to the DVLA's driver data service",
            "Check age with photo ID and a selfie match for every new rider, e-bikes included",
            "Re-check every e-scooter rider's licence every 12 months",
            "Block an account within one hour of a failed or expired licence",
            "Run a free first-ride lesson in each city every month",
        ],
    )


def measures(d: Deck) -> None:
    d.start(
        "05  MEASURES",
        "How we will measure it",
        "Baselines for FY27 to the end of May 2027; targets at the end of the month shown",
    )
    rows = [
        ["Measure", "FY27 baseline", "Target", "By when"],
        ["Trips that end in a permitted bay or zone", "78%", "95%", "June 2028"],
        ["Council clutter reports per 10,000 trips", "4.2", "1.0", "June 2029"],
        ["E-bikes ready to ride at 7am", "74%", "90%", "June 2029"],
        ["E-scooters ready to ride at 7am", "69%", "90%", "June 2029"],
        ["Van miles per battery charged", "3.6", "1.2", "June 2029"],
        ["Faults fixed within 48 hours of report", "41%", "85%", "December 2028"],
        ["Licence checked with the DVLA before first ride", "0%*", "100%", "January 2028"],
        ["Bays outside city centres", "140", "440", "June 2030"],
        ["Trips a year", "5.1m (2026)", "7.5m", "FY30"],
        ["Rider satisfaction score (out of 10)", "7.1", "Higher", "To be agreed"],
    ]
    y = d.table(LEFT, 150, [560, 220, 180, 208], rows, 16, TEAL, 7)
    d.run(
        LEFT,
        y + 24,
        "* Licences are checked by eye today; none is checked with the DVLA.",
        14,
        SANS,
        GREY,
    )
    d.run(
        LEFT,
        y + 46,
        "Ready to ride: unlocked, fault-free and above 30% charge at 7am (appendix B).",
        14,
        SANS,
        GREY,
    )
    d.finish()


def wharfside(d: Deck) -> None:
    d.start("06  PILOT", "Wharfside first")
    d.run(
        LEFT,
        170,
        "Geofenced parking starts in Carrowby's Wharfside zone and its 64 bays.",
        24,
        BOLD,
        TEAL,
    )
    d.para(
        LEFT,
        210,
        "Why there: a third of Carrowby's complaints come from it, its pavements are narrow, and the "
        "council wants to try geofenced bays before the permit review.",
        RIGHT - LEFT,
        18,
    )
    d.run(
        LEFT, 282, "The pilot runs 12 weeks, from 6 September to 28 November 2027.", 18, BOLD, INK
    )
    rows = [
        ["When", "Step"],
        [
            "Week 0",
            "Redraw Wharfside's 64 bays as geofenced shapes and walk each one with the highways officer",
        ],
        ["Week 1", "Switch on the end-of-ride photo for every Wharfside ride"],
        ["Week 4", "Stop rides ending outside a Wharfside bay"],
        ["Week 8", "Add 12 bays where riders most often leave vehicles"],
        ["Week 12", "Report compliance, complaints and support calls to the steering group"],
    ]
    y = d.table(LEFT, 306, [120, 820], rows, 16, TEAL, 7)
    x0 = LEFT + 960
    d.rect(x0, 306, RIGHT - x0, y - 306, AMBER_LIGHT)
    d.run(x0 + 14, 336, "Pass mark", 16, BOLD, TEAL)
    d.para(
        x0 + 14,
        366,
        "95% of Wharfside trips end in a bay for four weeks running, with no rise in rider complaints.",
        RIGHT - x0 - 28,
        16,
    )
    d.finish()


def roadmap(d: Deck) -> None:
    d.start("07  ROADMAP", "Three years, three jobs")
    x0 = LEFT + 170
    qw = (RIGHT - x0) / 12
    for k in range(3):
        d.rect(x0 + k * 4 * qw, 150, 4 * qw - 4, 34, TEAL)
        d.run(x0 + k * 4 * qw + 12, 174, f"Year {k + 1}", 18, BOLD, WHITE)
        for q in range(4):
            d.run(x0 + (k * 4 + q) * qw + 10, 206, f"Q{q + 1}", 14, SANS, GREY)
    for i in range(13):
        d.line(x0 + i * qw, 214, x0 + i * qw, 600, GREY_LIGHT)
    phases = ["Year 1: Tidy the streets", "Year 2: Swap not charge", "Year 3: Grow the network"]
    for k, name in enumerate(phases):
        d.rect(x0 + k * 4 * qw, 226, 4 * qw - 6, 40, AMBER)
        d.run(x0 + k * 4 * qw + 10, 252, name, 17, BOLD, INK, limit=4 * qw - 26)
    lanes: list[tuple[str, list[tuple[int, int, str]]]] = [
        ("Parking", [(0, 2, "Wharfside"), (2, 4, "Bays in city centres"), (8, 12, "300 new bays")]),
        (
            "Batteries",
            [(3, 4, "Hub 1"), (4, 8, "Swap hubs and cradles"), (8, 10, "S3 replaces S2")],
        ),
        ("Platform", [(1, 4, "Halyard Fleet, city by city")]),
        ("Repairs", [(1, 4, "Torque in workshops"), (4, 6, "Parts stock")]),
        ("Riders", [(0, 2, "DVLA checks"), (4, 12, "Yearly re-checks and lessons")]),
    ]
    y = 290
    for name, bars in lanes:
        d.run(LEFT, y + 26, name, 16, BOLD, TEAL)
        for a, b, text in bars:
            d.rect(x0 + a * qw + 2, y + 6, (b - a) * qw - 6, 34, TEAL_LIGHT)
            d.run(x0 + a * qw + 10, y + 29, text, 14, SANS, INK, limit=(b - a) * qw - 20)
        y += 60
    for k in range(3):
        cx = x0 + (k + 1) * 4 * qw - 6
        d.diamond(cx, 620, 12, AMBER)
        d.run(cx - 46, 626, f"G{k + 1}", 16, BOLD, INK)
    d.run(LEFT, 660, "The months each year covers are on the next page.", 14, SANS, GREY)
    d.finish()


def clock(d: Deck) -> None:
    d.start("07  ROADMAP", "How our years run")
    d.run(
        LEFT,
        172,
        "Our financial year starts on 1 July: FY28 = July 2027 to June 2028.",
        22,
        BOLD,
        TEAL,
    )
    d.run(
        LEFT, 208, "Street Ready 2030 covers FY28 to FY30, July 2027 to June 2030.", 18, SANS, INK
    )
    rows = [
        ["Plan year", "Financial year", "Months"],
        ["Year 1", "FY28", "July 2027 to June 2028"],
        ["Year 2", "FY29", "July 2028 to June 2029"],
        ["Year 3", "FY30", "July 2029 to June 2030"],
    ]
    y = d.table(LEFT, 236, [180, 200, 340], rows, 17, TEAL, 8)
    d.run(
        LEFT,
        y + 34,
        "Gates: G1 at the end of June 2028, G2 at the end of June 2029, G3 at the end of June 2030.",
        18,
        SANS,
        INK,
    )
    d.run(LEFT, y + 80, "Why Years 1 and 2 overlap", 18, BOLD, TEAL)
    d.para(
        LEFT,
        y + 110,
        "The first swap hub, in Ashingford, is fitted from April 2028, in the last quarter of Year 1, "
        "because the landlord's works window closes in June. Year 2 still starts on 1 July 2028.",
        740,
        17,
    )
    x0 = 840
    yy = d.box(x0, 236, RIGHT - x0, 260, "Dates that are not this plan's", AMBER_LIGHT)
    d.bullets(
        x0 + 34,
        yy,
        [
            "Council permits run to 2032.",
            "The Wharfside pilot runs 12 weeks.",
            "Our van leases end in March 2029.",
        ],
        RIGHT - x0 - 52,
        17,
        10,
    )
    d.finish()


def gates(d: Deck) -> None:
    d.start("08  GATES", "How we'll know we're ready to move on")
    cols = [
        (
            "Gate 1 · June 2028",
            "to start Year 2",
            [
                "Halyard Fleet live in all four cities and Ridgeback switched off",
                "Wharfside at 95% for eight weeks and geofenced bays live in all four city centres",
                "DVLA checks live for every new e-scooter rider",
                "Torque in use in all four workshops",
            ],
        ),
        (
            "Gate 2 · June 2029",
            "to start Year 3",
            [
                "Swap hubs open in all four cities",
                "Van miles per battery charged below 1.5",
                "Sites for the first 150 new bays agreed with the councils",
            ],
        ),
        (
            "Gate 3 · June 2030",
            "to close the plan",
            [
                "Every goal on page 3 reported against its target",
                "Benefits report to the board",
                "Running costs handed to the city budgets",
            ],
        ),
    ]
    for k, (head, sub, items) in enumerate(cols):
        x = LEFT + k * 392
        d.rect(x, 150, 376, 70, TEAL)
        d.run(x + 16, 180, head, 20, BOLD, WHITE)
        d.run(x + 16, 206, sub, 15, SANS, TEAL_LIGHT)
        d.rect(x, 220, 376, 420, TEAL_LIGHT)
        d.bullets(x + 40, 262, items, 318, 16, 12)
    d.finish()


def risks(d: Deck) -> None:
    d.start("09  RISKS", "What could knock us off the bike")
    rows = [
        ["Risk", "Likelihood", "What we will do about it"],
        [
            "Councils slow to approve redrawn bays",
            "High",
            "Walk every bay with the highways officer before redrawing it; agree a standard bay shape with each council",
        ],
        [
            "Battery fire at a swap hub",
            "Low, severe",
            "Hold no more than 150 batteries per hub; agree the fire risk assessment with the fire and rescue service before opening",
        ],
        [
            "Riders give up at the licence check",
            "Medium",
            "Let riders take e-bikes while their e-scooter check completes",
        ],
        [
            "Halyard Fleet migration slips",
            "Medium",
            "Run Ridgeback and Halyard Fleet side by side for four weeks in each city; no switch-over in December",
        ],
        [
            "Crews turn down evening swap shifts",
            "Medium",
            "Consult the employee forum before any rota change; pay an evening allowance",
        ],
    ]
    d.table(LEFT, 150, [330, 150, 688], rows, 16, TEAL, 9)
    d.finish()


def first_90(d: Deck) -> None:
    d.start(
        "10  FIRST 90 DAYS",
        "Out of the blocks: our first 90 days",
        "1 July to 28 September 2027 · leads in brackets",
    )
    items = [
        "Sign the Halyard Fleet implementation plan (CTO)",
        "Map Wharfside's 64 bays as geofenced shapes (Geofence and Mapping Manager)",
        "Apply for access to the DVLA's driver data service (Head of Legal)",
        "Open consultation with the employee forum on evening swap shifts (People Manager)",
        "Choose the order in which the four workshops move to Torque (Workshop Lead)",
        "Order the first 400 battery cradles for first-generation e-bikes (Head of Fleet Engineering)",
        "Draft the fire risk assessment for the Ashingford swap hub (Head of HSE)",
        "Set up the steering group, RAID log and gate calendar (Programme Manager)",
        "Publish each city's parking-compliance baseline (Head of Data)",
        "Brief the councils' permit liaison group on Wharfside (Head of City Partnerships)",
    ]
    y = 178
    for k, item in enumerate(items, start=1):
        d.run(LEFT, y, f"{k:>2}", 18, BOLD, AMBER)
        d.run(LEFT + 40, y, item, 18, SANS, INK, limit=RIGHT - LEFT - 40)
        y += 47
    d.finish()


def governance(d: Deck) -> None:
    d.start("11  GOVERNANCE", "Who decides, who is consulted")
    y: float = 180
    for lead, rest in [
        (
            "Sponsor:",
            "Imogen Hartley, Chief Executive, who chairs the Street Ready steering group.",
        ),
        (
            "Steering group:",
            "meets monthly: the COO, CFO and CTO, and the Heads of Fleet Operations, Fleet Engineering "
            "and City Partnerships; the Programme Manager is its secretary.",
        ),
        (
            "Gates:",
            "the board delegates gate decisions to the steering group and hears each result at its next meeting.",
        ),
        (
            "Consulted, never deciding:",
            "the councils' permit liaison group (quarterly) and the employee forum (monthly).",
        ),
        (
            "Reporting:",
            "a monthly Looker dashboard from Tidewater to the steering group; quarterly to the board and investors.",
        ),
    ]:
        y = d.lead_item(LEFT + 22, y, lead, rest, RIGHT - LEFT - 22, 19) + 16
    d.finish()


def costs(d: Deck) -> None:
    d.start("12  COSTS", "What it costs")
    d.run(LEFT, 172, "Street Ready 2030: £8.5m over three years, FY28 to FY30.", 24, BOLD, TEAL)
    d.run(LEFT, 212, "£3.9m capital in FY28; £0.9m a year running cost after.", 20, SANS, INK)
    rows = [
        ["£m", "FY28", "FY29", "FY30", "Total"],
        ["Capital", "3.9", "2.1", "0.7", "6.7"],
        ["Running cost", "–", "0.9", "0.9", "1.8"],
        ["Total", "3.9", "3.0", "1.6", "8.5"],
    ]
    y = d.table(LEFT, 240, [200, 120, 120, 120, 120], rows, 17, TEAL, 8)
    d.bullets(
        LEFT + 22,
        y + 40,
        [
            "FY28 capital: battery cradles £1.4m, swap hub fit-out £0.8m, cargo e-bikes £0.4m, bays and signs £0.6m, Halyard Fleet and Torque set-up £0.7m.",
            "Running cost: Halyard Fleet and Torque licences, DVLA checks and swap hub rents.",
            "Savings of £1.6m a year from FY30 in van leases, fuel and depot charging.",
            "Funded from the facility agreed with our investors in May 2027; FY29 and FY30 capital comes back to the board at Gates 1 and 2.",
        ],
        RIGHT - LEFT - 22,
        17,
        10,
    )
    d.finish()


def on_a_page(d: Deck) -> None:
    d.start("13  SUMMARY", "Street Ready on a page")
    d.rect(LEFT, 150, 640, 500, TEAL_LIGHT)
    d.run(LEFT + 18, 184, "Our north star", 16, BOLD, AMBER)
    d.run(LEFT + 18, 214, "The easiest way to cross a city without a car.", 20, BOLD, TEAL)
    d.run(LEFT + 18, 256, "Our goals", 16, BOLD, AMBER)
    d.bullets(
        LEFT + 42,
        288,
        [
            "95% of trips end in a permitted bay or zone · June 2028",
            "Council clutter reports down to 1 per 10,000 trips · June 2029",
            "90% of e-bikes ready to ride at 7am · June 2029",
            "90% of e-scooters ready to ride at 7am · June 2029",
            "85% of faults fixed within 48 hours · December 2028",
            "Licence checked with the DVLA before every first e-scooter ride · January 2028",
            "7.5m trips a year · FY30",
        ],
        590,
        16,
        9,
    )
    x0 = LEFT + 660
    d.run(x0, 184, "Four pillars", 16, BOLD, AMBER)
    d.bullets(
        x0 + 24,
        216,
        ["Park it right", "Swap, don't haul", "Fix it fast", "Right rider"],
        460,
        17,
        6,
    )
    d.run(x0, 376, "Three years", 16, BOLD, AMBER)
    d.bullets(
        x0 + 24,
        408,
        ["Year 1: Tidy the streets", "Year 2: Swap not charge", "Year 3: Grow the network"],
        460,
        17,
        6,
    )
    d.run(x0, 536, "First", 16, BOLD, AMBER)
    d.run(x0, 566, "Wharfside, from September 2027", 17, SANS, INK)
    d.finish()


def asks(d: Deck) -> None:
    d.start("14  DECISIONS", "What we ask of the board today")
    items = [
        "Approve Street Ready 2030 as our operations plan for FY28 to FY30.",
        "Release £3.9m of capital for FY28.",
        "Agree Wharfside as the first geofenced parking zone.",
        "Note that FY29 and FY30 capital comes back to the board at Gates 1 and 2.",
        "Delegate gate decisions to the Street Ready steering group, chaired by the Chief Executive.",
    ]
    y = 190
    for k, item in enumerate(items, start=1):
        d.rect(LEFT, y - 30, 44, 44, TEAL)
        d.run(LEFT + 15, y, str(k), 22, BOLD, WHITE)
        d.run(LEFT + 64, y, item, 20, SANS, INK, limit=RIGHT - LEFT - 64)
        y += 70
    d.run(
        LEFT,
        y + 40,
        "Questions before the meeting: Dev Raman, Street Ready Programme Manager",
        16,
        SANS,
        GREY,
    )
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Deck(path)
    for page in (
        cover,
        why_now,
        ambition,
        numbers,
        pillars,
        moments,
        pillar_parking,
        pillar_batteries,
        pillar_repairs,
        pillar_riders,
        measures,
        wharfside,
        roadmap,
        clock,
        gates,
        risks,
        first_90,
        governance,
        costs,
        on_a_page,
        asks,
    ):
        page(d)
    if OVERFLOW:
        raise SystemExit("text overflows its box:\n" + "\n".join(OVERFLOW))
    d.save()
    _print_to_pdf_header(path)


def _print_to_pdf_header(path: Path) -> None:
    """Give the file a PDF 1.7 header with a binary comment in place of reportlab's, and blank
    reportlab's comment in the trailer, keeping every byte offset where it was."""
    data = path.read_bytes()
    first = data.index(b"\n")
    second = data.index(b"\n", first + 1)
    if data[:first] != b"%PDF-1.3" or b"ReportLab" not in data[first:second]:
        raise SystemExit("unexpected reportlab header")
    comment = b"%\xb5\xb5\xb5\xb5"
    head = b"%PDF-1.7\n" + comment + b" " * (second - first - 1 - len(comment))
    data = head + data[second:]
    tail = b"% ReportLab generated PDF document -- digest (opensource)"
    if data.count(tail) != 1:
        raise SystemExit("unexpected reportlab trailer")
    path.write_bytes(data.replace(tail, b" " * len(tail)))


# =========================================================================== the org folder

ROLES_HEAD = ["Role", "Team", "Reports to", "Owns"]
ROLES = [
    [
        "Chief Executive",
        "Executive",
        "Board",
        "Sponsor of Street Ready 2030 and chair of its steering group. Investor and board relations. Takes the gate decisions the board delegates.",
    ],
    [
        "Chief Operating Officer",
        "Executive",
        "Chief Executive",
        "The operations of all four cities: fleet operations, fleet engineering, the workshops, rider support and health and safety. Vice-chair of the steering group. Owns the trips-a-year figure.",
    ],
    [
        "Chief Financial Officer",
        "Finance",
        "Chief Executive",
        "Budgets and the release of capital, investor reporting, leases, insurance, and approval of any purchase over £100,000.",
    ],
    [
        "Chief Technology Officer",
        "Technology",
        "Chief Executive",
        "Ridgeback and its replacement by Halyard Fleet, including the migration city by city; the engineering of the Pennyway app; vehicle data feeds; cyber security.",
    ],
    [
        "Street Ready Programme Manager",
        "Programme office",
        "Chief Executive",
        "The Street Ready plan, its RAID log and gate calendar, gate packs and steering group papers, and benefits tracking.",
    ],
    [
        "Head of Fleet Operations",
        "Operations",
        "Chief Operating Officer",
        "Day-to-day street operations in all four cities: deploying, rebalancing and collecting vehicles, battery swap rounds and swap crews, vans and cargo e-bikes, depots and swap hubs once open, and the evening rota. Owns the ready-to-ride and van-miles figures.",
    ],
    [
        "Head of Fleet Engineering",
        "Operations",
        "Chief Operating Officer",
        "The vehicles and batteries as hardware: specifications, retrofits such as battery cradles, IoT modules, vehicle safety sign-off, manufacturer warranties, and the replacement of S2 e-scooters by S3s.",
    ],
    [
        "Workshop Manager",
        "Operations",
        "Head of Fleet Engineering",
        "The four repairs workshops: fault triage, repair jobs, parts stock, repair records and the workshop system (Torque from FY28). Owns the faults-fixed figure.",
    ],
    [
        "Head of City Partnerships",
        "Partnerships",
        "Chief Executive",
        "Council permits and their conditions, bay locations agreed with each council, the monthly report each permit asks for, and the secretariat of the permit liaison group. Owns the parking and clutter figures.",
    ],
    [
        "Geofence and Mapping Manager",
        "Partnerships",
        "Head of City Partnerships",
        "The maps of bays and zones: drawing bays, no-ride zones and slow zones as geofences and keeping them in step with what each council has approved.",
    ],
    [
        "Head of Product",
        "Technology",
        "Chief Technology Officer",
        "The Pennyway app as riders see it: sign-up, unlocking, the end-of-ride steps and photo, parking guidance in the app, the rules that decide where a ride may end, and the rider satisfaction question.",
    ],
    [
        "Rider Safety Lead",
        "Safety",
        "Head of Health, Safety and Environment",
        "The rules a rider must meet before riding: minimum age, driving licence checks and re-checks, and the first-ride lessons. Investigates rider incidents.",
    ],
    [
        "Rider Support Manager",
        "Customer",
        "Chief Operating Officer",
        "The rider support team and HelpHive: fault reports from riders, refunds, warnings and fines for bad parking, and rider complaints.",
    ],
    [
        "Head of Health, Safety and Environment",
        "Safety",
        "Chief Operating Officer",
        "Staff safety, battery storage and fire safety at depots and swap hubs, fire risk assessments, battery-handling training and sign-off, and RIDDOR reporting.",
    ],
    [
        "People and Training Manager",
        "People",
        "Chief Financial Officer",
        "Recruitment, contracts, shift patterns and allowances, booking and recording training in the Pennyway Academy, and the secretariat of the employee forum.",
    ],
    [
        "Head of Data",
        "Technology",
        "Chief Technology Officer",
        "Tidewater, our data warehouse, and its Looker dashboards; the definitions and baselines of our measures; data feeds to councils.",
    ],
    [
        "Data Protection Officer",
        "Legal",
        "Chief Financial Officer",
        "Advice on personal data, data protection impact assessments, and how long we keep riders' photos and licence details; our contact with the ICO.",
    ],
    [
        "Head of Legal and Compliance",
        "Legal",
        "Chief Financial Officer",
        "Contracts, the legal terms of our permits, insurance claims, regulatory returns, and our data-sharing agreement with the DVLA.",
    ],
    [
        "Procurement Manager",
        "Finance",
        "Chief Financial Officer",
        "Tenders and supplier contracts: vehicles, batteries and cradles, vans, cargo e-bikes, swap hub fit-out and software.",
    ],
    [
        "Council Permit Liaison Group",
        "Consulted: councils",
        "Not line-managed",
        "Officers of the four councils, consulted quarterly on bays, parking rules and permit reports. Decides nothing in our plans and runs none of our work.",
    ],
    [
        "Employee Forum",
        "Consulted: staff",
        "Not line-managed",
        "Elected staff representatives, consulted before changes to shifts, rotas and working practices. Advises; owns no work.",
    ],
]
OPEN_HEAD = ["Role", "Team", "Reports to", "Status"]
OPEN_ROLES = [
    [
        "Battery Logistics Planner",
        "Operations",
        "Head of Fleet Operations",
        "Not yet filled. The advert closes on 13 August 2027; until someone starts, each city's shift leads plan their own swap rounds.",
    ],
    [
        "Geofence Mapping Analyst",
        "Partnerships",
        "Geofence and Mapping Manager",
        "Not yet filled. Approved in the FY28 budget; the earliest start is October 2027.",
    ],
]


def roster_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Roles"
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="006B6B")
    for sheet, head, rows, widths in (
        (ws, ROLES_HEAD, ROLES, (38, 22, 38, 110)),
        (wb.create_sheet("Open roles"), OPEN_HEAD, OPEN_ROLES, (30, 16, 32, 100)),
    ):
        sheet.append(head)
        for cell in sheet[1]:
            cell.font = head_font
            cell.fill = head_fill
        for row in rows:
            sheet.append(row)
        for col, width in zip("ABCD", widths, strict=True):
            sheet.column_dimensions[col].width = width
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:D{len(rows) + 1}"
    return ooxml_bytes(
        wb,
        STAMP,
        creator="Tamsin Okafor",
        title="Pennyway Mobility organisation structure",
        lastModifiedBy="Tamsin Okafor",
    )


def liaison_terms_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    doc.add_heading("Four-Council Permit Liaison Group: Terms of Reference", level=1)
    doc.add_paragraph(
        "Agreed by Carrowby City Council, Ashingford Borough Council, Dunmere City Council, "
        "Marrowgate Council and Pennyway Mobility Ltd on 3 February 2027."
    )
    sections = [
        (
            "1. Purpose",
            [
                "The group brings together the officers who manage the shared bike and e-scooter permits in the four council areas.",
                "It is where Pennyway consults the councils on bays, parking rules and the reports each permit asks for.",
            ],
        ),
        (
            "2. Members",
            [
                "One transport or highways officer from each council, named by that council.",
                "Pennyway's Head of City Partnerships, who acts as secretary and circulates papers five working days before each meeting.",
            ],
        ),
        (
            "3. What the group does",
            [
                "The group gives the councils' views on Pennyway's proposals before they are put into effect.",
                "It reviews the quarterly figures for parking, complaints and fleet size against each permit.",
                "The group does not manage Pennyway's staff or direct its work, and Pennyway's plans do not give it tasks.",
            ],
        ),
        (
            "4. Bays",
            [
                "No bay may be added, moved or removed until the highways officer of the council concerned has approved it in writing.",
                "The group keeps a shared list of proposed bays and the date of each council's decision.",
            ],
        ),
        (
            "5. Meetings",
            [
                "The group meets quarterly, in February, May, August and November, and in between if two councils ask.",
                "The chair rotates among the four councils each year.",
            ],
        ),
        (
            "6. Permits",
            [
                "The current permits started on 1 April 2024 and run to 31 March 2032.",
                "The councils review every operator's performance in spring 2029.",
            ],
        ),
    ]
    for head, paras in sections:
        doc.add_heading(head, level=2)
        for p in paras:
            doc.add_paragraph(p)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Carrowby City Council",
        title="Four-Council Permit Liaison Group: Terms of Reference",
        last_modified_by="Pennyway Mobility",
        revision=3,
    )


def metrics_csv() -> str:
    rows = [
        ["Measure", "Definition", "Owner", "FY27 baseline", "Source", "Reported"],
        [
            "Trips that end in a permitted bay or zone",
            "Share of completed rides whose lock position falls inside a permitted bay or parking zone.",
            "Head of City Partnerships",
            "78%",
            "Tidewater, from Ridgeback ride ends",
            "Monthly, to each council",
        ],
        [
            "Council clutter reports per 10,000 trips",
            "Complaints about parked vehicles that the councils pass to us, per 10,000 completed trips.",
            "Head of City Partnerships",
            "4.2",
            "Council emails logged in HelpHive",
            "Monthly",
        ],
        [
            "E-bikes ready to ride at 7am",
            "Share of the e-bike fleet that is unlocked, fault-free and above 30% charge at 07:00.",
            "Head of Fleet Operations",
            "74%",
            "Tidewater, 07:00 snapshot",
            "Daily",
        ],
        [
            "E-scooters ready to ride at 7am",
            "Share of the e-scooter fleet that is unlocked, fault-free and above 30% charge at 07:00.",
            "Head of Fleet Operations",
            "69%",
            "Tidewater, 07:00 snapshot",
            "Daily",
        ],
        [
            "Van miles per battery charged",
            "Van miles from the vans' telematics divided by the number of batteries charged.",
            "Head of Fleet Operations",
            "3.6",
            "Fleetwatch telematics and Ridgeback",
            "Monthly",
        ],
        [
            "Faults fixed within 48 hours of report",
            "Share of rider fault reports where the vehicle is back on the street within 48 hours.",
            "Workshop Manager",
            "41%",
            "Workshop records, loaded into Tidewater weekly",
            "Weekly",
        ],
        [
            "Licence checked with the DVLA before first ride",
            "Share of new e-scooter riders whose driving licence is checked with the DVLA before their first unlock.",
            "Rider Safety Lead",
            "0%",
            "Pennyway app",
            "Monthly",
        ],
        [
            "Bays outside city centres",
            "Number of council-approved bays outside the four city-centre zones.",
            "Head of City Partnerships",
            "140",
            "Bay register",
            "Quarterly",
        ],
        [
            "Trips a year",
            "Completed trips of one minute or longer in the financial year.",
            "Chief Operating Officer",
            "5.1m (calendar 2026)",
            "Tidewater",
            "Monthly",
        ],
        [
            "Rider satisfaction score",
            "Mean answer, out of 10, to the in-app question shown after every 20th ride.",
            "Head of Product",
            "7.1",
            "Pennyway app",
            "Monthly",
        ],
    ]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


SAFETY_POLICY = """
# Safety Policy

Pennyway Mobility Ltd. Version 4, approved by the Chief Executive on 12 April 2027.
Policy owner: Head of Health, Safety and Environment. Next review: April 2028.

## 1. Purpose

This policy sets out how we keep our staff, our riders and the public safe on the street, in
our depots and workshops, and wherever we store or charge batteries.

## 2. Who is responsible

- The Chief Executive answers to the board for safety.
- The Chief Operating Officer makes sure every operations team works to this policy.
- The Head of Health, Safety and Environment writes and keeps this policy, carries out fire
  risk assessments, reports incidents under RIDDOR and owns battery-handling training: what it
  teaches, who passes it and whose sign-off is withdrawn.
- The People and Training Manager books training sessions and keeps every training record in
  the Pennyway Academy.
- The Rider Safety Lead owns the rules a rider meets before riding: age, driving licence and
  the first-ride lesson.
- The Head of Fleet Engineering signs off each vehicle and battery type as safe before it goes
  on the street.

## 3. Batteries

3.1 Batteries are charged in the charging rooms of our four depots, each of which has a fire
risk assessment reviewed every year.

3.2 No more than 150 batteries may be stored at any one site, and the local fire and rescue
service must be consulted before any new battery store or swap hub opens.

3.3 A damaged or swollen battery goes into a fire-proof bin at once and is collected by our
recycling contractor within 48 hours.

3.4 Battery-handling sign-off lasts 12 months and is renewed by a half-day refresher.

## 4. Vehicles on the street

4.1 Every vehicle coming back from a repair gets a safety check of brakes, lights, bell and
tyres, recorded with the repair.

4.2 E-scooters are limited to 15.5 mph, and to 8 mph in slow zones.

## 5. Riders

5.1 E-scooter riders must be 18 or over and hold a full or provisional driving licence that
covers e-scooters; e-bike riders must be 16 or over.

5.2 Helmets are recommended on both and free in the app's shop for new riders.

## 6. Incidents

6.1 Any collision or injury involving one of our vehicles is reported to the Head of Health,
Safety and Environment within 24 hours, and rider incidents also to the Rider Safety Lead.
"""

STEERING_TERMS = """
# Street Ready steering group: terms of reference

Approved by the board on 20 May 2027.

## Purpose

The steering group runs Street Ready 2030 between board meetings: it tracks progress against
the plan, takes the gate decisions the board delegates to it and releases money within the
sums the board has approved.

## Sponsor and chair

The Chief Executive is the sponsor of Street Ready 2030 and chairs the steering group. The
Chief Operating Officer is vice-chair and chairs in the Chief Executive's absence.

## Members

- Chief Executive (chair)
- Chief Operating Officer (vice-chair)
- Chief Financial Officer
- Chief Technology Officer
- Head of Fleet Operations
- Head of Fleet Engineering
- Head of City Partnerships

The Street Ready Programme Manager is secretary, keeps the RAID log and writes the gate packs.
Other heads attend for their items.

## Decisions

- Gate decisions at G1, G2 and G3, delegated by the board; the board hears each result.
- Release of capital within the annual sum the board has approved, with the Chief Financial
  Officer's agreement.
- Changes to the order of work between cities.

## Consultees

A representative of the Council Permit Liaison Group and a representative of the Employee
Forum may attend for items that affect them. They are consulted; they do not vote and take no
actions from the group.

## Meetings

Monthly, on the second Tuesday. Quorum: the chair or vice-chair and three other members.
Papers go out three working days before.
"""

FORUM = """
# Employee Forum: constitution

Adopted 9 September 2025, amended 2 March 2027.

## What the forum is

The Employee Forum is the elected voice of Pennyway's staff. It has eleven representatives:
two from each city's street crews, one from each workshop, and three from rider support and
head office. Representatives serve two years.

## What it does

- Management consults the forum before any change to shift patterns, rotas or working
  hours, and gives it 30 days to respond before the change is made.
- The forum is consulted on new equipment for crews, such as cargo e-bikes and battery
  trolleys, and on changes to health and safety rules.
- The forum gives views; it does not manage staff or take on work in any plan.

## Meetings

The forum meets monthly. The People and Training Manager is its secretary and keeps its
minutes on the staff intranet. The Chief Operating Officer attends every other meeting.
"""

SYSTEMS = """
# Systems and data inventory

Owner: Chief Technology Officer. Last reviewed 2 June 2027.

## Fleet

- **Ridgeback**: our in-house fleet system, built in 2019. It holds every vehicle, its status,
  last position and battery level, and draws up the rebalancing and collection lists.
- Bays are held in Ridgeback as single map points rather than shapes, so it cannot tell
  whether a parked vehicle is inside a bay.
- **Halyard Fleet**: the fleet-management platform from Halyard Systems, signed in April 2027
  for five years. Go-live is planned city by city from November 2027, Carrowby first.
- **IoT modules**: the Gen 2 e-bikes and all e-scooters report their position every 30
  seconds to within 3 metres.
- The 1,900 first-generation e-bikes carry older modules that report only every 15 minutes
  once parked, and they cannot place a parked bike closer than about 25 metres.
- **Fleetwatch**: telematics on our 38 vans.

## Rider app

- **The Pennyway app** (iOS and Android): sign-up, unlocking, ending a ride, fault reports and
  payments.
- The end-of-ride photo step runs only in Ashingford, where the council asked for it in 2025.
- **ClearAge**: photo ID and selfie match at sign-up, used for e-scooter riders.
- Riders upload a photo of their licence and the rider support team checks it by eye; we have
  no link to the DVLA, so a licence that is later revoked or expires goes unnoticed.

## Repairs

- **Torque**: the workshop system we bought in May 2027. Set-up starts in July 2027.
- How each workshop records its repairs today is in `context/cities-and-depots.txt`.

## Rider support

- **HelpHive**: our support desk.
- Fault reports reach HelpHive as free text and are not linked to the vehicle record in
  Ridgeback, so an agent looks the vehicle up by its number and locks it by hand.

## Data and reporting

- **Tidewater**: our data warehouse, loaded nightly from Ridgeback, the app, HelpHive and
  Fleetwatch, with Looker dashboards for each city, the steering group and the board. The Head
  of Data runs it.

## Training

- **Pennyway Academy**: our learning system, run by the People and Training Manager, holds every
  training record, including battery-handling sign-offs.
"""

CITIES = """
PENNYWAY MOBILITY - CITIES AND DEPOTS
Notes kept by the Chief Operating Officer's office. Updated 4 June 2027.

Carrowby (first city, since 2021)
  Vehicles: 1,980 (1,140 e-bikes, 840 e-scooters). Bays: 310, 64 of them in the Wharfside zone.
  Depot and workshop at Tannery Lane.

Ashingford (since 2022)
  Vehicles: 1,560 (880 e-bikes, 680 e-scooters). Bays: 236.
  Depot and workshop at Mill Road. The landlord's works window for the depot yard closes at
  the end of June 2028.

Dunmere (since 2023)
  Vehicles: 1,420 (820 e-bikes, 600 e-scooters). Bays: 218.
  Depot and workshop at Quarry Street.

Marrowgate (since 2024)
  Vehicles: 1,080 (680 e-bikes, 400 e-scooters). Bays: 148, all of them docks.
  Depot and workshop at Canal Wharf.

Repairs
  Dunmere and Marrowgate keep repair jobs on paper job cards, typed into Tidewater once a week.
  Carrowby and Ashingford each rely on a shared spreadsheet for repair jobs.

Vans and crews
  38 vans, leased to March 2029. Swap crews work days and a late shift until 22:00.
"""


def org_files() -> dict[str, str | bytes]:
    return {
        ROSTER: roster_xlsx(),
        "org/policies/safety-policy.md": SAFETY_POLICY,
        "org/governance/street-ready-steering-group-terms.md": STEERING_TERMS,
        "org/governance/permit-liaison-group-terms.docx": liaison_terms_docx(),
        "org/governance/employee-forum-constitution.md": FORUM,
        "org/systems/systems-and-data.md": SYSTEMS,
        "org/measures/metric-definitions.csv": metrics_csv(),
        "org/context/cities-and-depots.txt": CITIES,
    }


def build(out: Path) -> None:
    case = out / CASE
    build_deck(case / DECK)
    write_files(case, org_files())


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
