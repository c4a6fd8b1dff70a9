"""Build the blind16 case ``airline-mro``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl, python-docx and
python-pptx (the project's venv lacks reportlab; ``/tmp/rl`` has all of them):

    /tmp/rl/bin/python evals/blind16/build_airline_mro.py [out-folder]

The deck's fonts are DejaVu Sans and DejaVu Sans Bold, embedded from
``/usr/share/fonts/truetype/dejavu/`` (Debian's ``fonts-dejavu-core``).

Writes, under ``evals/blind16/airline-mro/`` (or ``<out-folder>/airline-mro/``), every file of
the case but ``gold.json``:

- ``hangar-digital-2027-2029-board-21-june-2027.pdf``: a regional airline's maintenance
  records programme for its Board, drawn the way LibreOffice Impress exports a 16:9 deck to
  PDF (pages of 28 x 15.75 cm; Creator "Impress", Producer "LibreOffice 7.5"), imitated with
  reportlab's canvas: every line of text its own text object, titles as larger bold text
  under an eyebrow, bold lead-ins and the rest of their line as two text objects on one
  baseline, bullet glyphs as their own small text objects, a KPI table of ruled cells, a
  Gantt page drawn as a table of text cells whose active periods are shaded (workstreams by
  programme increment, PI 1 to PI 8, plus a "Backlog beyond PI 8" column), a risk table,
  page numbers bottom right.
- ``org/``: the roster as an XLSX with one sheet and two merged header rows
  (``people/posts.xlsx``), the CAMO's exposition extract (Markdown), the steering group's
  terms of reference, a consultation agreement extract with the certifying staff's union
  (DOCX), the systems and data inventory, the measures file, a note on the MOE amendment and
  a fleet and stations note.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, fixed core properties and ZIP times for the XLSX and the DOCX
(through ``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a BLIND case (split "blind16").
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "airline-mro"
DECK = "hangar-digital-2027-2029-board-21-june-2027.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

CM = 72 / 2.54
W, H = 28 * CM, 15.75 * CM  # Impress's 16:9 page
LEFT = 1.3 * CM
RIGHT = W - 1.3 * CM

Color = tuple[float, float, float]
INK: Color = (0.12, 0.14, 0.2)
NAVY: Color = (0.07, 0.2, 0.38)
NAVY_LIGHT: Color = (0.86, 0.9, 0.95)
SKY: Color = (0.3, 0.58, 0.8)
ORANGE: Color = (0.9, 0.45, 0.1)
ORANGE_LIGHT: Color = (0.99, 0.92, 0.84)
GREY: Color = (0.45, 0.47, 0.52)
RULE: Color = (0.72, 0.74, 0.78)
WHITE: Color = (1.0, 1.0, 1.0)
SHADE: list[Color] = [
    (0.55, 0.7, 0.85),
    (0.3, 0.58, 0.8),
    (0.16, 0.42, 0.66),
    (0.07, 0.2, 0.38),
]

STAMP = Stamp((2027, 6, 14, 8, 30, 0), "2027-06-14T08:30:00Z")
PAGES = 19
FOOTER = "Norrsund Air · Hangar Digital 2027–2029 · Board, 21 June 2027"
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def wrap(s: str, font: str, size: float, width: float, first: float | None = None) -> list[str]:
    """Greedy word wrap; ``first`` is the width left on the first line (after a lead-in)."""
    lines: list[str] = []
    line = ""
    room = width if first is None else first
    for word in s.split(" "):
        trial = f"{line} {word}" if line else word
        if stringWidth(trial, font, size) <= room or not line:
            line = trial
        else:
            lines.append(line)
            line = word
            room = width
    lines.append(line)
    return lines


# =========================================================================== drawing helpers


class Deck:
    """A reportlab canvas with the few ways Impress writes text into its PDF export."""

    def __init__(self, path: Path) -> None:
        self.c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setCreator("Impress")
        self.c.setProducer("LibreOffice 7.5")
        self.c.setTitle("Hangar Digital 2027–2029")
        self.c.setAuthor("Norrsund Air Technical Division")
        self.page = 0

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
        """One line as its own text object; returns its width."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textLine(s)
        self.c.drawText(t)
        return width

    def centred(
        self, cx: float, y: float, s: str, size: float, font: str, color: Color, limit: float
    ) -> None:
        self.text(cx - stringWidth(s, font, size) / 2, y, s, size, font, color, limit)

    def bullet(self, x: float, y: float, glyph: str, size: float, color: Color = ORANGE) -> None:
        self.text(x - size * 1.2, y + size * 0.12, glyph, size * 0.62, SANS, color)

    def para(
        self,
        x: float,
        y: float,
        s: str,
        size: float,
        width: float,
        font: str = SANS,
        color: Color = INK,
        leading: float | None = None,
    ) -> float:
        """A wrapped paragraph, one text object a line; returns the y under it."""
        lead = leading if leading is not None else size * 1.3
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, limit=width)
            y -= lead
        return y

    def item(
        self,
        x: float,
        y: float,
        lead: str,
        rest: str,
        size: float = 12,
        width: float | None = None,
        glyph: str = "●",
        gap: float = 5,
    ) -> float:
        """A bulleted item: a bold lead-in and the rest of its first line as two runs on one
        baseline, the rest wrapped under it at the same indent. Returns the next item's y."""
        room = width if width is not None else RIGHT - x
        self.bullet(x, y, glyph, size)
        used = stringWidth(lead, BOLD, size) if lead else 0.0
        lines = wrap(rest, SANS, size, room, room - used)
        if lead:
            self.text(x, y, lead, size, BOLD, INK)
        self.text(x + used, y, lines[0], size, SANS, INK, limit=room - used)
        for line in lines[1:]:
            y -= size * 1.3
            self.text(x, y, line, size, SANS, INK, limit=room)
        return y - size * 1.3 - gap

    def rect(
        self, x: float, y: float, w: float, h: float, fill: Color, stroke: Color | None = None
    ) -> None:
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.6)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def hline(self, x1: float, x2: float, y: float, color: Color = RULE) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(0.6)
        self.c.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, color: Color = RULE) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(0.6)
        self.c.line(x, y1, x, y2)

    def start(self, eyebrow: str, title: str, subtitle: str | None = None) -> None:
        self.page += 1
        self.rect(0, H - 0.3 * CM, W, 0.3 * CM, NAVY)
        self.text(LEFT, H - 1.2 * CM, eyebrow, 9, BOLD, ORANGE)
        self.text(LEFT, H - 2.1 * CM, title, 26, BOLD, NAVY, limit=RIGHT - LEFT)
        if subtitle:
            self.text(LEFT, H - 2.9 * CM, subtitle, 12, SANS, GREY, limit=RIGHT - LEFT)

    def finish(self) -> None:
        if self.page > 1:
            self.text(LEFT, 0.55 * CM, FOOTER, 8, SANS, GREY)
            number = str(self.page)
            self.text(RIGHT - stringWidth(number, SANS, 9), 0.55 * CM, number, 9, SANS, GREY)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()


def table(
    d: Deck,
    top: float,
    cols: list[float],
    heads: list[str],
    rows: list[list[str]],
    size: float = 10,
    row_h: float = 0.72 * CM,
    bold_col: int | None = None,
) -> float:
    """A ruled table: a navy header row, then one text object a line in each cell, cells
    wrapped to their column; rows grow to their tallest cell. Returns the y under it."""
    head_h = 0.7 * CM
    d.rect(cols[0], top - head_h, cols[-1] - cols[0], head_h, NAVY)
    for k, head in enumerate(heads):
        d.text(cols[k] + 5, top - head_h + 6.5, head, size, BOLD, WHITE)
    y = top - head_h
    for row in rows:
        wrapped = [
            wrap(cell, BOLD if k == bold_col else SANS, size, cols[k + 1] - cols[k] - 10)
            for k, cell in enumerate(row)
        ]
        h = max(row_h, max(len(w) for w in wrapped) * size * 1.25 + 8)
        for k, lines in enumerate(wrapped):
            ty = y - size - 5
            for line in lines:
                font = BOLD if k == bold_col else SANS
                d.text(cols[k] + 5, ty, line, size, font, INK, limit=cols[k + 1] - cols[k] - 10)
                ty -= size * 1.25
        y -= h
        d.hline(cols[0], cols[-1], y)
    for x in cols:
        d.vline(x, y, top)
    return y


# =========================================================================== the pages


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, NAVY)
    d.rect(0, 0, W, 0.5 * CM, ORANGE)
    d.text(2.2 * CM, H - 2.5 * CM, "NORRSUND AIR · NORRSUND TECHNICS", 12, BOLD, ORANGE_LIGHT)
    d.text(2.2 * CM, H - 5.4 * CM, "Hangar Digital 2027–2029", 42, BOLD, WHITE)
    d.text(
        2.2 * CM,
        H - 6.8 * CM,
        "From paper task cards to one digital maintenance record",
        18,
        SANS,
        WHITE,
    )
    d.text(
        2.2 * CM,
        H - 7.8 * CM,
        "Programme increments PI 1 to PI 8: September 2027 to July 2029",
        14,
        SANS,
        NAVY_LIGHT,
    )
    d.text(
        2.2 * CM,
        3.4 * CM,
        "Board of Directors · 21 June 2027 · Paper BD-2027-19 · For decision",
        11,
        SANS,
        NAVY_LIGHT,
    )
    d.text(
        2.2 * CM,
        2.6 * CM,
        "Presented by Ingrid Solberg, Chief Technical Officer",
        11,
        SANS,
        NAVY_LIGHT,
    )
    d.text(
        2.2 * CM,
        1.8 * CM,
        "Internal · not for distribution outside Norrsund Air",
        9,
        SANS,
        NAVY_LIGHT,
    )
    d.finish()


def tile(d: Deck, x: float, y: float, w: float, h: float, big: str, lines: list[str]) -> None:
    d.rect(x, y, w, h, NAVY_LIGHT)
    d.rect(x, y + h - 4, w, 4, SKY)
    d.text(x + 12, y + h - 38, big, 22, BOLD, NAVY, limit=w - 24)
    ty = y + h - 57
    for k, line in enumerate(lines):
        d.text(x + 12, ty, line, 9.5 if k == 0 else 8.5, BOLD if k == 0 else SANS, INK, w - 20)
        ty -= 13
    return None


def why_now(d: Deck) -> None:
    d.start(
        "1 · WHY NOW",
        "Why now: the paper is slowing the aircraft",
        "Norrsund Technics in 2026; calendar-year figures unless stated",
    )
    tiles = [
        ("45 aircraft", ["27 ATR 72-600 and 18 Embraer E190", "maintained by our own Part-145"]),
        ("41,800", ["paper task cards signed in 2026", "about 600 per A-check, 5,200 per C-check"]),
        ("11 days", ["for a C-check's paperwork to reach", "the archive after the aircraft flew"]),
        ("1,150 hours", ["that aircraft stood waiting for a part", "both fleets, 2026"]),
        ("3 findings", ["at level 2, on records, in the", "authority's 2026 Part-145 audit"]),
        (
            "31 March 2029",
            ["the day vendor support for MX/400", "ends; we have used it since 2004"],
        ),
    ]
    tw, th, gap = 7.9 * CM, 3.0 * CM, 0.55 * CM
    for k, (big, lines) in enumerate(tiles):
        col, row = k % 3, k // 3
        x = LEFT + col * (tw + gap)
        y = H - 6.5 * CM - row * (th + gap)
        tile(d, x, y, tw, th, big, lines)
    d.item(
        LEFT + 0.5 * CM,
        2.0 * CM,
        "Reliability today: ",
        "one engineer trends removals and defects once a month, by hand",
        11,
    )
    d.finish()


def paper_trail(d: Deck) -> None:
    d.start(
        "1 · WHY NOW",
        "The paper trail",
        "What certifying staff, the CAMO and the authority told us in spring 2027",
    )
    y = H - 4.2 * CM
    width = RIGHT - LEFT - 9.6 * CM
    for lead, rest in [
        (
            "Certifying staff: ",
            "a C-check closes with 14 binders, and one missing stamp holds the release",
        ),
        ("CAMO: ", "airworthiness reviews raise 7 records queries per aircraft on average"),
        ("Stores: ", "one rotable in three has a gap in its history before 2015"),
        ("Line stations: ", "night-stop work is written on paper and keyed in a day later"),
        ("Transportstyrelsen: ", "three level-2 findings on records, closed with paper fixes"),
    ]:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 12, width, gap=7)
    bx, bw = RIGHT - 8.6 * CM, 8.6 * CM
    d.rect(bx, 2.0 * CM, bw, 8.9 * CM, ORANGE_LIGHT)
    d.text(bx + 0.5 * CM, 10.0 * CM, "For the record", 13, BOLD, ORANGE)
    y = 9.1 * CM
    for s in [
        "In 2014 a new hangar layout cut our C-check downtime from 21 days to 16.",
        "A Nordic competitor says it has closed work packs within 24 hours of release since "
        "it went paperless in 2025.",
        "No system goes live between 15 June and 15 August: that is our summer peak.",
    ]:
        y = d.para(bx + 0.5 * CM, y, s, 10.5, bw - 1.0 * CM, leading=14) - 8
    d.finish()


def north_star(d: Deck) -> None:
    d.start("2 · AMBITION", "North star")
    d.rect(LEFT, H - 5.0 * CM, RIGHT - LEFT, 1.7 * CM, NAVY)
    d.text(
        LEFT + 0.6 * CM,
        H - 4.3 * CM,
        "A hangar that runs on one live, trusted record: every task, every part, every signature.",
        13.5,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 1.2 * CM,
    )
    d.text(LEFT, H - 6.0 * CM, "By the end of PI 8 (July 2029) we will:", 14, BOLD, INK)
    goals = [
        "Sign 95% of hangar task cards on a tablet, not on paper",
        "Close a check's records within 2 working days of release to service, from PI 6",
        "Trace every rotable in our stores back to birth, from PI 7",
        "Cut repeat defects from 3.1 to 2.0 per 1,000 flight hours",
        "Keep aircraft on the ground for missing parts no more than 600 hours a year",
    ]
    y = H - 7.0 * CM
    for k, goal in enumerate(goals, start=1):
        d.rect(LEFT + 0.2 * CM, y - 5, 18, 18, ORANGE)
        d.centred(LEFT + 0.2 * CM + 9, y, str(k), 11, BOLD, WHITE, 18)
        d.text(LEFT + 1.3 * CM, y, goal, 13.5, SANS, INK, limit=RIGHT - LEFT - 1.3 * CM)
        y -= 0.9 * CM
    d.text(
        LEFT,
        y - 0.3 * CM,
        "And we will be the regional MRO that Nordic authorities point to for digital records.",
        13,
        SANS,
        NAVY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def pillars(d: Deck) -> None:
    d.start(
        "2 · AMBITION",
        "Four pillars, four stages",
        "Each pillar has one lead; the four stages are the same for every pillar",
    )
    cols = [
        (
            "1",
            "Off the clipboard",
            "Digital task cards and electronic sign-off",
            "Base Maintenance Manager",
        ),
        (
            "2",
            "One record",
            "Corvus replaces MX/400 as our maintenance information system",
            "Maintenance Systems Manager",
        ),
        (
            "3",
            "Every part has a past",
            "Barcodes, and Form 1 certificates linked to every part",
            "Materials Manager",
        ),
        (
            "4",
            "Reliability in plain sight",
            "Removals, defects and pilot reports trended every night",
            "Reliability Engineer",
        ),
    ]
    cw, gap = 5.95 * CM, 0.45 * CM
    top = H - 3.6 * CM
    for k, (num, name, what, lead) in enumerate(cols):
        x = LEFT + k * (cw + gap)
        d.rect(x, 5.3 * CM, cw, top - 5.3 * CM, NAVY_LIGHT)
        d.rect(x, top - 1.3 * CM, cw, 1.3 * CM, SHADE[k])
        d.text(x + 0.35 * CM, top - 0.85 * CM, f"{num}  {name}", 10, BOLD, WHITE, cw - 0.5 * CM)
        y = d.para(x + 0.35 * CM, top - 2.1 * CM, what, 11, cw - 0.7 * CM)
        d.text(x + 0.35 * CM, 6.4 * CM, "Lead:", 9, BOLD, GREY)
        d.para(x + 0.35 * CM, 5.9 * CM, lead, 9, cw - 0.7 * CM, color=GREY)
        del y
    d.text(LEFT, 4.2 * CM, "The way there, in four stages:", 12, BOLD, INK)
    stages = ["Ground run", "First hangar", "Fleet roll-out", "Handover"]
    sw = (RIGHT - LEFT) / 4
    for k, stage in enumerate(stages):
        x = LEFT + k * sw
        d.rect(x + 2, 2.4 * CM, sw - 4, 1.1 * CM, SHADE[k])
        d.centred(x + sw / 2, 2.8 * CM, stage, 12, BOLD, WHITE, sw - 10)
    d.text(
        LEFT,
        1.5 * CM,
        "Each stage is a group of programme increments: see the flight plan.",
        9,
        SANS,
        GREY,
    )
    d.finish()


def scope(d: Deck) -> None:
    d.start(
        "2 · AMBITION",
        "Where it applies",
        "Three places where work is signed for, and one flow of parts",
    )
    boxes = [
        ("Hangar Nord · ATR 72-600 base checks", "A-checks and C-checks in four bays at Storhamn"),
        ("Hangar Syd · E190 base checks", "A-checks and C-checks in three bays at Storhamn"),
        ("Line stations · night-stops and turnarounds", "Storhamn, Vindeholm, Eldvik and Kallmora"),
        ("Stores · parts and rotables", "main stores at Storhamn and the line station kits"),
    ]
    bw, bh = 12.4 * CM, 2.2 * CM
    for k, (head, body) in enumerate(boxes):
        col, row = k % 2, k // 2
        x = LEFT + col * (bw + 0.6 * CM)
        y = H - 5.9 * CM - row * (bh + 0.4 * CM)
        d.rect(x, y, bw, bh, NAVY_LIGHT)
        d.text(x + 0.4 * CM, y + bh - 0.8 * CM, head, 12, BOLD, NAVY, bw - 0.8 * CM)
        d.text(x + 0.4 * CM, y + bh - 1.5 * CM, body, 11, SANS, INK, bw - 0.8 * CM)
    d.text(LEFT, 4.6 * CM, "Not in scope", 12, BOLD, ORANGE)
    y = 3.9 * CM
    for s in [
        "Engine shop visits (done for us by our engine MRO under contract)",
        "Electronic flight bags and crew tablets (Flight Operations)",
        "Third-party work on other operators' aircraft",
        "Cabin interior refurbishment",
    ]:
        d.bullet(LEFT + 0.6 * CM, y, "–", 11, GREY)
        d.text(LEFT + 0.6 * CM, y, s, 11, SANS, INK, limit=RIGHT - LEFT)
        y -= 0.6 * CM
    d.finish()


def pillar_page(
    d: Deck, eyebrow: str, title: str, subtitle: str, items: list[tuple[str, str]], note: str
) -> None:
    d.start(eyebrow, title, subtitle)
    y = H - 4.3 * CM
    for lead, rest in items:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 13, RIGHT - LEFT - 0.6 * CM, gap=8)
    d.rect(LEFT, 1.5 * CM, RIGHT - LEFT, 0.9 * CM, ORANGE_LIGHT)
    d.text(LEFT + 0.4 * CM, 1.8 * CM, note, 10, SANS, INK, limit=RIGHT - LEFT - 0.8 * CM)
    d.finish()


def pillar_one(d: Deck) -> None:
    pillar_page(
        d,
        "3 · PILLARS",
        "Off the clipboard",
        "Pillar 1: digital task cards and electronic sign-off · Lead: Base Maintenance Manager",
        [
            ("Task cards: ", "issue every hangar task card from Corvus to a tablet at the bay"),
            (
                "Sign-off: ",
                "sign steps, inspections and the CRS electronically once the MOE amendment is accepted",
            ),
            ("Findings: ", "raise defects found on a check as non-routine cards with photos"),
            (
                "Line stations: ",
                "give each line station rugged tablets with offline sign-off for night-stops",
            ),
            ("Training: ", "train all 310 mechanics on the tablets before their hangar goes live"),
            (
                "Authorisations: ",
                "re-authorise each of our 140 certifying staff for electronic sign-off",
            ),
        ],
        "Measured by: hangar task cards signed digitally; certifying staff hours on paperwork per A-check",
    )


def pillar_two(d: Deck) -> None:
    pillar_page(
        d,
        "3 · PILLARS",
        "One record, not three",
        "Pillar 2: Corvus replaces MX/400, the binders and the spreadsheets · Lead: Maintenance Systems Manager",
        [
            (
                "Programme data: ",
                "load the ATR and E190 maintenance programmes into Corvus as task data",
            ),
            (
                "Migration: ",
                "migrate aircraft records, AD/SB status and life-limited parts from MX/400",
            ),
            ("Planning: ", "build work packages and check slots in Corvus from PI 3"),
            (
                "Procedures: ",
                "amend the CAME's records chapter so the digital record is the record",
            ),
            ("Switch-off: ", "retire MX/400 before its vendor support ends on 31 March 2029"),
        ],
        "Measured by: working days from release to records closed; records queries per airworthiness review",
    )


def pillar_three(d: Deck) -> None:
    pillar_page(
        d,
        "3 · PILLARS",
        "Every part has a past",
        "Pillar 3: parts traceability · Lead: Materials Manager",
        [
            ("Labels: ", "label every rotable and every stores bin with a 2D barcode"),
            (
                "Certificates: ",
                "scan each EASA Form 1 at goods receipt and link it to the part's record",
            ),
            ("Issue: ", "issue parts against the task card, not against the aircraft"),
            (
                "History: ",
                "rebuild the back-to-birth records of life-limited parts that exist only on paper",
            ),
        ],
        "Measured by: rotables with a traceable back-to-birth history; AOG hours caused by missing parts",
    )


def pillar_four(d: Deck) -> None:
    pillar_page(
        d,
        "3 · PILLARS",
        "Reliability in plain sight",
        "Pillar 4: reliability analytics · Lead: Reliability Engineer",
        [
            (
                "Feed: ",
                "load removals, defects and pilot reports from Corvus into Polaris every night",
            ),
            (
                "Dashboards: ",
                "build the reliability dashboards the Reliability Review Board works from",
            ),
            ("Alerts: ", "set alert levels for every ATA chapter on both fleets"),
            ("Repeats: ", "flag a repeat defect at its third write-up within 10 sectors"),
            ("Review: ", "move the Reliability Review Board from quarterly to monthly meetings"),
        ],
        "Measured by: repeat defects per 1,000 flight hours; technical dispatch reliability",
    )


KPI_ROWS = [
    ["Hangar task cards signed digitally", "0%", "95%", "PI 8"],
    ["Working days from release to records closed", "11", "2", "PI 6"],
    ["Records queries per airworthiness review", "7.4", "under 1", "PI 8"],
    ["Rotables with a traceable back-to-birth history", "68%", "100%", "PI 7"],
    ["AOG hours caused by missing or untraceable parts", "1,150", "600 a year", "PI 8"],
    ["Repeat defects per 1,000 flight hours", "3.1", "2.0", "PI 8"],
    ["Certifying staff hours on paperwork per A-check", "9.5", "4.0", "PI 6"],
    ["Technical dispatch reliability, ATR fleet", "98.7%", "99.3%", "PI 8"],
    ["Mechanics who find the tablet easier than paper", "not measured", "a clear majority", "PI 6"],
]


def kpis(d: Deck) -> None:
    d.start(
        "4 · MEASURES",
        "What good looks like",
        "Baselines are 2026 figures; each target falls due at the end of the increment named",
    )
    cols = [LEFT, LEFT + 12.6 * CM, LEFT + 16.6 * CM, LEFT + 21.2 * CM, RIGHT]
    y = table(
        d,
        H - 3.4 * CM,
        cols,
        ["Measure", "Baseline 2026", "Target", "By"],
        KPI_ROWS,
        10.5,
        0.7 * CM,
        2,
    )
    d.text(
        LEFT,
        y - 0.5 * CM,
        "PI 6 ends 21 January 2029, PI 7 ends 15 April 2029 and PI 8 ends 8 July 2029.",
        9,
        SANS,
        GREY,
    )
    d.finish()


GANTT = [
    (
        "Task cards and sign-off",
        [
            "design",
            "build",
            "Hangar Nord",
            "Nord C-check",
            "Hangar Syd",
            "line",
            "line",
            "paper off",
        ],
        "cabin cards",
    ),
    (
        "Corvus and MX/400",
        [
            "contract",
            "ATR data",
            "ATR live",
            "E190 data",
            "migrate",
            "migrate",
            "MX/400 off",
            "tune",
        ],
        "tech log app",
    ),
    (
        "Parts traceability",
        ["", "labels", "Nord stores", "main stores", "line kits", "line kits", "", ""],
        "supplier labels",
    ),
    (
        "Reliability analytics",
        ["", "", "feed", "ATR views", "E190 views", "alerts", "repeats", "monthly RRB"],
        "predictive removals",
    ),
    (
        "People and authority",
        ["MOE sent", "FTA talks", "training", "training", "training", "training", "", ""],
        "",
    ),
    ("Gates", ["Gate 1", "", "", "Gate 2", "", "", "Gate 3", "close"], ""),
]
STAGES = [
    (0, 1, "Ground run"),
    (1, 4, "First hangar"),
    (4, 7, "Fleet roll-out"),
    (7, 8, "Handover"),
]


def gantt(d: Deck) -> None:
    d.start(
        "5 · ROADMAP",
        "Flight plan",
        "Twelve-week programme increments · PI 1 starts 6 September 2027 · PI 1 to PI 8 is 96 weeks",
    )
    x0 = LEFT + 4.6 * CM
    backlog_w = 3.6 * CM
    pw = (RIGHT - backlog_w - x0) / 8
    top = H - 3.4 * CM
    # stage row, drawn over the increments it groups
    sh = 0.6 * CM
    for k, (a, b, name) in enumerate(STAGES):
        d.rect(x0 + a * pw + 1, top - sh, (b - a) * pw - 2, sh, SHADE[k])
        d.centred(x0 + (a + b) / 2 * pw, top - sh + 5, name, 8, BOLD, WHITE, (b - a) * pw - 4)
    # header row: the increments and the backlog column
    hy = top - sh - 0.6 * CM
    d.rect(LEFT, hy, RIGHT - LEFT, 0.6 * CM, NAVY_LIGHT)
    d.text(LEFT + 5, hy + 5, "Workstream", 9, BOLD, NAVY)
    for k in range(8):
        d.centred(x0 + (k + 0.5) * pw, hy + 5, f"PI {k + 1}", 9, BOLD, NAVY, pw - 4)
    bx = RIGHT - backlog_w
    d.text(bx + 5, hy + 5, "Backlog beyond PI 8", 8, BOLD, GREY, limit=backlog_w - 8)
    # body: one row per workstream, active cells shaded with their text
    rh = 1.05 * CM
    y = hy
    for name, cells, later in GANTT:
        y -= rh
        d.text(LEFT + 5, y + rh / 2 - 3, name, 9, BOLD, INK, limit=x0 - LEFT - 8)
        for k, cell in enumerate(cells):
            if not cell:
                continue
            stage = next(i for i, (a, b, _) in enumerate(STAGES) if a <= k < b)
            fill = ORANGE if name == "Gates" else SHADE[stage]
            d.rect(x0 + k * pw + 2, y + 4, pw - 4, rh - 8, fill)
            d.centred(x0 + (k + 0.5) * pw, y + rh / 2 - 3, cell, 8, SANS, WHITE, pw - 6)
        if later:
            d.rect(bx + 2, y + 4, backlog_w - 4, rh - 8, (0.93, 0.93, 0.93))
            d.text(bx + 6, y + rh / 2 - 3, later, 8, SANS, GREY, limit=backlog_w - 10)
        d.hline(LEFT, RIGHT, y)
    for k in range(9):
        d.vline(x0 + k * pw, y, hy + 0.6 * CM)
    d.vline(LEFT, y, hy + 0.6 * CM)
    d.vline(RIGHT, y, hy + 0.6 * CM)
    d.text(
        LEFT,
        y - 0.55 * CM,
        "Stages: Ground run = PI 1 · First hangar = PI 2 to PI 4 · Fleet roll-out = PI 5 to PI 7 · Handover = PI 8",
        9,
        SANS,
        INK,
        limit=RIGHT - LEFT,
    )
    d.text(
        LEFT,
        y - 1.05 * CM,
        "The backlog column is neither funded nor planned in this programme; it is reviewed at the close.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def gates(d: Deck) -> None:
    d.start(
        "5 · ROADMAP",
        "Gates: what must be true",
        "The Steering Group takes Gates 1 and 3; the Board takes Gate 2",
    )
    cols = [
        (
            "Gate 1 · end of PI 1, 26 November 2027",
            [
                "Corvus contract signed and the ATR task data loaded for test",
                "MOE amendment for electronic sign-off with Transportstyrelsen",
                "FTA consultation on electronic sign-off opened",
                "Wi-Fi extended to all four bays of Hangar Nord",
            ],
        ),
        (
            "Gate 2 · go/no-go for the fleet",
            [
                "By 4 August 2028, two ATR A-checks and one C-check in Hangar Nord closed on digital cards alone",
                "Records closed within 3 working days of release",
                "No level-2 finding at the authority's audit of the new procedure",
                "Hangar Nord stores issuing parts against task cards",
            ],
        ),
        (
            "Gate 3 · end of PI 7, 13 April 2029",
            [
                "MX/400 switched off and its data kept read-only",
                "Hangar Syd and all four line stations on digital cards",
                "Reliability dashboards used at two monthly Reliability Review Boards",
            ],
        ),
    ]
    cw, gap = 8.1 * CM, 0.35 * CM
    top = H - 3.5 * CM
    for k, (head, lines) in enumerate(cols):
        x = LEFT + k * (cw + gap)
        d.rect(x, 1.6 * CM, cw, top - 1.6 * CM, NAVY_LIGHT)
        d.rect(x, top - 1.0 * CM, cw, 1.0 * CM, SHADE[k + 1])
        d.text(x + 0.3 * CM, top - 0.65 * CM, head, 9.5, BOLD, WHITE, cw - 0.5 * CM)
        y = top - 1.7 * CM
        for line in lines:
            d.bullet(x + 0.75 * CM, y, "✓", 11, NAVY)
            y = d.para(x + 0.75 * CM, y, line, 10.5, cw - 1.05 * CM, leading=13.5) - 7
    d.finish()


def pilot(d: Deck) -> None:
    d.start(
        "6 · FIRST HANGAR",
        "First aircraft in",
        "Where the paper goes first, and the steps to get there",
    )
    d.rect(LEFT, H - 5.1 * CM, RIGHT - LEFT, 1.5 * CM, NAVY)
    d.text(
        LEFT + 0.5 * CM,
        H - 4.55 * CM,
        "Digital task cards start on the ATR 72-600 A-checks in Hangar Nord at Storhamn.",
        14,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 1 * CM,
    )
    y = d.item(
        LEFT + 0.6 * CM,
        H - 6.1 * CM,
        "Why there: ",
        "the ATR task data is the cleaner set, an A-check lasts two shifts, and bays 1 and 2 already have Wi-Fi",
        11.5,
        RIGHT - LEFT - 0.6 * CM,
        gap=8,
    )
    steps = [
        ("L-60 days: ", "load and check the ATR A-check task cards in Corvus"),
        (
            "L-30 days: ",
            "run two A-checks in parallel, on paper and on tablets, and compare the records",
        ),
        ("L-14 days: ", "test offline sign-off in bays 3 and 4"),
        ("Go-live, start of PI 3: ", "the first A-check signed on tablets alone"),
        ("Go-live + 1 PI: ", "the first C-check on digital cards"),
        ("Go-live + 2 PIs: ", "paper task cards withdrawn from the hangar, ahead of Gate 2"),
    ]
    for lead, rest in steps:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 11.5, RIGHT - LEFT - 0.6 * CM, glyph="▸", gap=4)
    d.text(
        LEFT,
        1.5 * CM,
        "Stop rule: if a card cannot be signed on the tablet, the paper card is used and the case is logged.",
        10,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


RISKS = [
    [
        "Transportstyrelsen does not accept the MOE amendment in time",
        "Medium",
        "High",
        "Submit it in PI 1, after a pre-meeting with the authority's inspector",
    ],
    [
        "Certifying staff will not sign electronically",
        "Medium",
        "High",
        "Consult the FTA 60 days ahead; keep the paper CRS as a back-up for two PIs",
    ],
    [
        "Wi-Fi drops out in the hangar bays",
        "High",
        "Medium",
        "Offline sign-off on every tablet; new access points in bays 3 and 4",
    ],
    [
        "E190 task data is not ready in time",
        "Medium",
        "Medium",
        "Have Corvus's data team convert the E190 documents during PI 2 to PI 4",
    ],
    [
        "MX/400 support ends before migration is done",
        "Low",
        "High",
        "Finish migration in PI 6, one increment before support ends",
    ],
    [
        "The summer peak collides with the roll-out",
        "High",
        "Medium",
        "Hangar Syd goes live after 15 August 2028, not before",
    ],
]


def risks(d: Deck) -> None:
    d.start("7 · RISKS", "What could ground us", "Six risks and what we will do about each")
    cols = [LEFT, LEFT + 9.4 * CM, LEFT + 11.8 * CM, LEFT + 14.2 * CM, RIGHT]
    table(
        d, H - 3.4 * CM, cols, ["Risk", "Likelihood", "Impact", "Mitigation"], RISKS, 10, 0.8 * CM
    )
    d.finish()


def first_90(d: Deck) -> None:
    d.start(
        "8 · FIRST 90 DAYS",
        "Clearing the runway",
        "The first 90 days from 6 September 2027, with the post that leads each item",
    )
    items = [
        "Open the programme office and run the PI 1 planning event (Programme Lead)",
        "Sign the Corvus contract and its hosting schedule (Procurement Manager)",
        "Submit the MOE amendment for electronic sign-off to Transportstyrelsen (Quality Manager)",
        "Open consultation with the FTA on electronic sign-off (Base Maintenance Manager)",
        "Count the paper work packs waiting for the archive (Head of Technical Records)",
        "Survey Wi-Fi in all four bays of Hangar Nord (Head of IT)",
        "Send the E190 programme documents to Corvus for conversion (Maintenance Programme Manager)",
    ]
    y = H - 4.2 * CM
    for k, s in enumerate(items, start=1):
        d.text(LEFT + 0.3 * CM, y, f"{k}.", 12, BOLD, ORANGE)
        y = d.para(LEFT + 1.1 * CM, y, s, 12, RIGHT - LEFT - 1.1 * CM, leading=15) - 8
    d.finish()


def monday(d: Deck) -> None:
    d.start(
        "9 · ON THE HANGAR FLOOR",
        "What changes on Monday",
        "For mechanics and certifying staff in Hangar Nord, from go-live",
    )
    y = H - 4.3 * CM
    for lead, rest in [
        (
            "Cards: ",
            "you collect your task cards on a tablet at the bay, not from the planning office",
        ),
        (
            "Signing: ",
            "you sign each step on the tablet; the paper CRS stays as a back-up for two PIs",
        ),
        ("Parts: ", "the stores hatch issues parts against your task card number"),
        ("Defects: ", "you raise a finding as a non-routine card, with a photo"),
        ("Help: ", "a super-user from the programme is on each shift for the first two PIs"),
    ]:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 13, RIGHT - LEFT - 0.6 * CM, gap=10)
    d.finish()


def governance(d: Deck) -> None:
    d.start("10 · GOVERNANCE", "Who flies it")
    y = H - 3.6 * CM
    for lead, rest in [
        ("Sponsor: ", "Ingrid Solberg, Chief Technical Officer"),
        (
            "Hangar Digital Steering Group: ",
            "chaired by the sponsor; meets in the last week of every PI",
        ),
        (
            "Members: ",
            "the Accountable Manager, the Continuing Airworthiness Manager, the Quality Manager, the Head of IT and the four pillar leads",
        ),
        ("Programme office: ", "the Hangar Digital Programme Lead runs PI planning every 12 weeks"),
        (
            "Consulted, never owners: ",
            "the FTA for certifying staff, and Transportstyrelsen's inspector on the MOE",
        ),
        ("Reported to: ", "the Board at Gate 2 and at the close"),
    ]:
        y = d.item(LEFT + 0.6 * CM, y, lead, rest, 12.5, RIGHT - LEFT - 0.6 * CM, gap=9)
    d.finish()


def asks(d: Deck) -> None:
    d.start("11 · DECISIONS", "What we ask of the Board", "Paper BD-2027-19, for decision")
    y = H - 4.2 * CM
    for k, s in enumerate(
        [
            "Approve Hangar Digital 2027–2029, PI 1 to PI 8",
            "Release SEK 24 million for PI 1 to PI 4",
            "Agree Hangar Nord as the first hangar, and the Gate 2 criteria",
            "Note SEK 19 million for PI 5 to PI 8, to come back to the Board at Gate 2",
            "Delegate Gates 1 and 3 to the Hangar Digital Steering Group",
        ],
        start=1,
    ):
        d.text(LEFT + 0.3 * CM, y, f"{k}.", 13, BOLD, ORANGE)
        d.text(LEFT + 1.1 * CM, y, s, 13, SANS, INK, limit=RIGHT - LEFT - 1.1 * CM)
        y -= 0.95 * CM
    d.rect(LEFT, 2.6 * CM, RIGHT - LEFT, 1.2 * CM, NAVY)
    d.text(
        LEFT + 0.5 * CM,
        3.05 * CM,
        "All four pillars complete by the end of PI 8, in July 2029.",
        14,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 1 * CM,
    )
    d.text(LEFT, 1.6 * CM, "Contact: Jonas Berg, Hangar Digital Programme Lead", 9, SANS, GREY)
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for page in (
        cover,
        why_now,
        paper_trail,
        north_star,
        pillars,
        scope,
        pillar_one,
        pillar_two,
        pillar_three,
        pillar_four,
        kpis,
        gantt,
        gates,
        pilot,
        risks,
        first_90,
        monday,
        governance,
        asks,
    ):
        page(d)
    if d.page != PAGES:
        raise SystemExit(f"{d.page} pages, {PAGES} expected")
    if OVERFLOW:
        raise SystemExit("\n".join(OVERFLOW))
    d.save()


# =========================================================================== the org folder

POSTS = [
    (
        "Chief Executive and Accountable Manager",
        "Executive",
        "Board of Directors",
        "Accountable Manager for the Part-145 and CAMO approvals: makes sure that maintenance and continuing airworthiness can be financed and done to the required standard. Signs the MOE and the CAME. Takes programme budgets to the Board.",
    ),
    (
        "Chief Technical Officer",
        "Technical Division",
        "Chief Executive and Accountable Manager",
        "Heads the Technical Division (Norrsund Technics, Materials and Logistics, Technical Training). Sponsor of Hangar Digital; chairs the Hangar Digital Steering Group and takes its gate decisions. Owns the technical budget.",
    ),
    (
        "Hangar Digital Programme Lead",
        "Technical Division, programme office",
        "Chief Technical Officer",
        "Runs the programme office: PI planning events, the programme plan and backlog, the risk and issue logs, gate papers and progress reports to the Steering Group.",
    ),
    (
        "Base Maintenance Manager",
        "Norrsund Technics (Part-145)",
        "Chief Technical Officer",
        "Nominated person for base maintenance: A-checks and C-checks in Hangar Nord and Hangar Syd, hangar shift patterns, the mechanics and certifying staff who work in the hangars, and how task cards are used on the hangar floor. Leads the employer side in consultation with the FTA.",
    ),
    (
        "Line Maintenance Manager",
        "Norrsund Technics (Part-145)",
        "Chief Technical Officer",
        "Nominated person for line maintenance at Storhamn, Vindeholm, Eldvik and Kallmora: night-stop and turnaround work, technical log entries, deferred defects, line station staffing and the working practices at each station.",
    ),
    (
        "Maintenance Planning Manager",
        "Norrsund Technics (Part-145)",
        "Base Maintenance Manager",
        "Plans check slots and builds work packages; issues task card packs to the hangars; hangar capacity and man-hour planning.",
    ),
    (
        "Maintenance Systems Manager",
        "Norrsund Technics (Part-145)",
        "Chief Technical Officer",
        "Configures and administers the maintenance information system (MX/400 today, Corvus when live): workflows, task card templates, user roles and access, release testing. Leads the move from MX/400 to Corvus and its switch-off.",
    ),
    (
        "Quality Manager",
        "Norrsund Technics (Part-145)",
        "Chief Executive and Accountable Manager",
        "Part-145 compliance monitoring and audits. Owns the MOE and its amendments, and the liaison with Transportstyrelsen about them. Issues, records and withdraws the certification authorisations of certifying staff.",
    ),
    (
        "Continuing Airworthiness Manager",
        "CAMO",
        "Chief Executive and Accountable Manager",
        "Nominated person for the CAMO: approval of the aircraft maintenance programmes, airworthiness directives and airworthiness reviews. Chairs the Reliability Review Board.",
    ),
    (
        "Compliance Monitoring Manager",
        "CAMO",
        "Chief Executive and Accountable Manager",
        "Compliance monitoring of the CAMO. Owns the CAME and its amendments.",
    ),
    (
        "Maintenance Programme Manager",
        "CAMO",
        "Continuing Airworthiness Manager",
        "Content of the ATR 72-600 and E190 aircraft maintenance programmes: task data from the manufacturers' planning documents, revisions, intervals, and the task card wording held in the maintenance information system.",
    ),
    (
        "Reliability Engineer",
        "CAMO",
        "Continuing Airworthiness Manager",
        "Runs the reliability programme: component removals, defects, pilot reports, repeat defects, alert levels and dispatch reliability. Prepares the reliability reports and dashboards for the Reliability Review Board and owns their content.",
    ),
    (
        "Technical Records Manager",
        "CAMO",
        "Continuing Airworthiness Manager",
        "Aircraft technical records: AD and SB status, life-limited parts and their back-to-birth records, the archive of certified task cards and work packages, records retention, and the move of records between systems.",
    ),
    (
        "Materials Manager",
        "Materials and Logistics",
        "Chief Technical Officer",
        "Runs the main stores at Storhamn and the line station kits: goods receipt, EASA Form 1 certificates, rotables and their repair loops, quarantine, parts traceability, and the labelling of parts and bins.",
    ),
    (
        "Technical Training Manager",
        "Technical Training",
        "Chief Technical Officer",
        "Type, recurrent and human factors training for mechanics and certifying staff; training on new tools and procedures; training records.",
    ),
    (
        "Head of IT",
        "IT",
        "Chief Executive and Accountable Manager",
        "IT infrastructure and networks, hangar Wi-Fi included; mobile devices and tablets; information security; hosting; the IT service desk.",
    ),
    (
        "Data and Analytics Lead",
        "IT",
        "Head of IT",
        "Runs the Polaris data warehouse and the Power BI service: data loads from operational systems, data models and access rights. The content of each business report belongs to its business owner.",
    ),
    (
        "Technical Procurement Manager",
        "Procurement",
        "Chief Technical Officer",
        "Contracts, licences and purchase orders for technical systems and services, the Corvus contract and the MX/400 support contract included.",
    ),
    (
        "Finance Business Partner, Technical",
        "Finance",
        "Chief Technical Officer",
        "Budgets, capital spend and benefits tracking for the Technical Division.",
    ),
    (
        "FTA Shop Steward, Certifying Staff",
        "Union: consulted only",
        "Elected by FTA members",
        "Represents certifying staff and mechanics. Must be consulted on any change to how work is signed for. Owns no programme work.",
    ),
    (
        "Transportstyrelsen Principal Inspector (external)",
        "External: consulted only",
        "Transportstyrelsen",
        "The authority's inspector for our Part-145 and CAMO approvals. Consulted on MOE and CAME amendments before they are submitted. Owns no programme work.",
    ),
]


def posts_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Posts"
    head = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="12335F")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A1"] = "Post"
    ws["B1"] = "Where the post sits"
    ws["D1"] = "Accountabilities"
    ws["B2"] = "Department"
    ws["C2"] = "Reports to"
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:C1")
    ws.merge_cells("D1:D2")
    for ref in ("A1", "B1", "C1", "D1", "A2", "B2", "C2", "D2"):
        ws[ref].font = head
        ws[ref].fill = fill
        ws[ref].alignment = centre
    for row in POSTS:
        ws.append(list(row))
    n = len(POSTS) + 2
    ws.cell(row=n + 2, column=1, value="Posts marked consulted only own no work in Hangar Digital.")
    ws.cell(
        row=n + 3,
        column=1,
        value="Extract from the HR system, 1 June 2027, edited by the programme office.",
    )
    for col, width in zip("ABCD", (44, 34, 40, 110), strict=True):
        ws.column_dimensions[col].width = width
    for r in range(3, n + 1):
        ws.cell(row=r, column=4).alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    return ooxml_bytes(
        wb,
        STAMP,
        creator="Hangar Digital programme office",
        lastModifiedBy="Hangar Digital programme office",
        title="Posts and accountabilities",
        created=datetime(2027, 6, 1, 9, 0, 0),
        modified=datetime(2027, 6, 1, 9, 0, 0),
    )


ORG_TEXT: dict[str, str] = {}

ORG_TEXT["governance/came-extract-part-0-and-1.md"] = """
# Continuing Airworthiness Management Exposition (CAME): extract

Norrsund Air AB, CAMO approval SE.CAMO.0117. Issue 9, revision 2, March 2027. Extract of
Part 0 (management) and Part 1 (procedures) prepared for Hangar Digital by the Compliance
Monitoring Manager. The full CAME is held by the Compliance Monitoring Manager.

## 0.3 Duties of the management personnel

### 0.3.1 Continuing Airworthiness Manager

The Continuing Airworthiness Manager answers to the Accountable Manager for all continuing
airworthiness activity of the CAMO. He or she approves revisions of the aircraft maintenance
programmes before they go to Transportstyrelsen, decides on the compliance method for each
airworthiness directive, signs airworthiness review certificates and chairs the Reliability
Review Board.

### 0.3.2 Compliance Monitoring Manager

The Compliance Monitoring Manager runs the CAMO's audit plan and owns this exposition: every
amendment of the CAME, including a change to a records procedure, is drafted and submitted by
the Compliance Monitoring Manager.

### 0.3.3 Maintenance Programme Manager

The Maintenance Programme Manager keeps the ATR 72-600 and E190 aircraft maintenance
programmes current with the manufacturers' planning documents, and is responsible for the task
data, intervals and task card wording that the maintenance information system holds for them.

### 0.3.4 Reliability Engineer

The Reliability Engineer runs the reliability programme described in 1.7 and owns its data and
its reports: what is trended, the alert levels, and how results are shown to the Reliability
Review Board.

### 0.3.5 Technical Records Manager

The Technical Records Manager keeps the aircraft technical records described in 1.4, answers
records queries at airworthiness reviews, and is responsible for any transfer of records from
one system to another.

## 1.4 Technical records

The CAMO keeps, for each aircraft: the status of airworthiness directives and service
bulletins, the history of life-limited parts back to birth, modifications and repairs, and
the certified task cards and work packages of every check.

- Certified task cards and work packages are kept on paper in the technical records archive at Storhamn, in binders by aircraft and check.
- For life-limited parts fitted before 2015, the back-to-birth records exist on paper only.
- Records are kept for at least three years after the work, and life-limited part records for the life of the part.

## 1.7 Reliability programme

The reliability programme covers both fleets. It trends component removals, defects from the
technical log, pilot reports and technical delays by ATA chapter. The Reliability Review Board
meets each quarter and decides on changes to the maintenance programmes that the results call
for.

## 1.9 Electronic records

Records may be kept in electronic form only under a procedure accepted by Transportstyrelsen.
Section 1.9 will be written when that procedure is agreed.
"""

ORG_TEXT["governance/hangar-digital-steering-group-terms-of-reference.md"] = """
# Hangar Digital Steering Group: terms of reference

Approved by the Chief Executive and Accountable Manager, 1 June 2027.

## Purpose

To direct the Hangar Digital programme (September 2027 to July 2029) and to take its gate
decisions within the budget the Board releases.

## Sponsor and chair

The Chief Technical Officer is the programme's sponsor and chairs the Steering Group. In the
chair's absence the Continuing Airworthiness Manager chairs.

## Members

- Chief Technical Officer (chair)
- Chief Executive and Accountable Manager
- Continuing Airworthiness Manager
- Quality Manager
- Head of IT
- Base Maintenance Manager, Maintenance Systems Manager, Materials Manager and Reliability Engineer (pillar leads)
- Hangar Digital Programme Lead (secretary)
- Finance Business Partner, Technical

## Decisions

- Gates 1 and 3, once the Board delegates them; Gate 2 is recommended to the Board, which decides it.
- Release of funds within the amount the Board has approved.
- Changes to scope, and the priorities of each PI's backlog.

## Consulted

The FTA shop steward for certifying staff and Transportstyrelsen's principal inspector attend
by invitation. They are consulted; they do not vote and take no actions.

## Meetings

The Steering Group meets in the last week of each programme increment, and at any other time
the chair calls. Papers go out five working days before.
"""

ORG_TEXT["governance/moe-amendment-note.md"] = """
# Electronic sign-off and the MOE: what the authority needs

Note from the Quality Manager to the Hangar Digital Steering Group, May 2027.

Our Maintenance Organisation Exposition (MOE, Part-145 approval SE.145.0231) describes a
paper process: task cards, inspection stamps and the certificate of release to service (CRS)
are signed by hand.

- Electronic signatures cannot be used on task cards or for the CRS until Transportstyrelsen has approved an amendment of the MOE chapters on technical records and on release to service.
- Our last three MOE amendments took between 70 and 110 days from submission to approval.
- The amendment must be talked through with our principal inspector at Transportstyrelsen before we submit it.
- Each certifying staff member's authorisation must state the means of signing; the Quality Manager reissues the authorisations when the means change.

The amendment is drafted by the Quality Manager and signed by the Accountable Manager.
"""

ORG_TEXT["systems/systems-and-data.md"] = """
# Technical systems and data: inventory

Kept by the Maintenance Systems Manager with the Head of IT. As at May 2027.

## MX/400 (maintenance information system)

MX/400 has been our maintenance information system since 2004. It holds the maintenance
programmes, the planning of checks, aircraft hours and cycles, AD status, component history
and the stores module.

- MX/400 runs only at Storhamn: the line stations at Vindeholm, Eldvik and Kallmora have no connection to it, and their paper tech log pages are keyed in at Storhamn the next working day.
- Component removal history in MX/400 is not retained beyond 36 months; older removals survive only in the paper archive.
- The stores module cannot read barcodes, so part numbers and serial numbers are typed in by hand at goods receipt and at issue.
- Vendor support for MX/400 ends on 31 March 2029.

## Corvus (new maintenance information system)

Corvus Aviation Software's MRO suite, chosen in April 2027 after a tender, with its task card
module for tablets. The contract is ready for signature.

- The E190 maintenance programme is not yet in a form Corvus can load: we hold it only as the manufacturer's PDF documents.

## Polaris (data warehouse) and Power BI

Polaris is the company's data warehouse, run by the Data and Analytics Lead in IT. It is loaded
nightly from the flight operations, crew and finance systems, and Power BI dashboards sit on
it for every division. It takes nothing from MX/400 today.

- The reliability programme relies on a spreadsheet that the Reliability Engineer updates by hand each month from MX/400 exports.

## Tablets and the hangar network

The Technical Division has 24 tablets from a 2026 trial, managed by IT.

- Wi-Fi in Hangar Nord covers only bays 1 and 2; bays 3 and 4 have no coverage.
- Hangar Syd has full Wi-Fi coverage, installed in 2025.
"""

ORG_TEXT["measures/technical-measures.md"] = """
# Technical measures: definitions, owners and baselines

Baselines are for calendar year 2026 unless stated. Measures are reported to the Steering Group
at the end of each programme increment.

| Measure | Definition | Owner | Baseline 2026 | Source |
|---|---|---|---|---|
| Task cards signed digitally | Hangar task cards whose every step and the CRS are signed electronically, as a share of all hangar task cards | Base Maintenance Manager | 0% | MX/400 (Corvus from go-live) |
| Release to records closed | Working days from an aircraft's release to service after a check until its records are closed in the archive | Technical Records Manager | 11 | Archive log |
| Records queries | Records queries raised per airworthiness review | Continuing Airworthiness Manager | 7.4 | Airworthiness review reports |
| Traceable rotables | Rotables in stock with an unbroken history back to birth | Materials Manager | 68% | Stores count, March 2027 |
| AOG hours for parts | Hours aircraft stood on the ground because a part was missing or could not be traced | Materials Manager | 1,150 | Maintenance control log |
| Repeat defects | Defects written up a third time on one aircraft within 10 sectors, per 1,000 flight hours | Reliability Engineer | 3.1 | Reliability spreadsheet |
| Paperwork hours | Certifying staff hours spent on records per A-check | Base Maintenance Manager | 9.5 | Time study, November 2026 |
| Dispatch reliability | Departures without a technical delay over 15 minutes or cancellation, ATR fleet | Reliability Engineer | 98.7% | Delay codes |
| Tablet preference | Mechanics who say the tablet is easier than paper | Hangar Digital Programme Lead | none | none |

Notes:

- Tablet preference has never been surveyed; the programme will write the question before PI 3.
"""

ORG_TEXT["context/fleet-and-stations.txt"] = """
FLEET, BASES AND STAFF: NORRSUND AIR, JUNE 2027

Norrsund Air is a regional airline flying 45 aircraft on domestic and Nordic routes: 27 ATR
72-600 turboprops and 18 Embraer E190 jets. Our own maintenance organisation, Norrsund
Technics, holds a Part-145 approval, and our CAMO holds a Part-CAMO approval, both from
Transportstyrelsen.

Storhamn is our main base. Hangar Nord (four bays) takes the ATR 72-600 A-checks and C-checks;
Hangar Syd (three bays) takes the E190 checks. The main stores are next to Hangar Nord.

Our line stations are Storhamn, Vindeholm, Eldvik and Kallmora. Night-stop and turnaround
work is done there by our own line mechanics.

Norrsund Technics has about 310 mechanics, 140 of them certifying staff with B1 or B2
licences. Certifying staff are members of the FTA, the aircraft technicians' union.

Technical Training runs type, recurrent and human factors courses in our training rooms at
Storhamn, led by the Technical Training Manager.
"""

FTA_PARAGRAPHS = [
    ("Title", "Consultation agreement: Norrsund Technics and the FTA (extract)"),
    (
        "Normal",
        "Agreement between Norrsund Technics and the FTA, the aircraft technicians' union, signed 3 March 2024. Extract prepared for Hangar Digital by the Base Maintenance Manager.",
    ),
    ("Heading 2", "Consultation"),
    (
        "Normal",
        "Any change to how certifying staff sign for work, the certificate of release to service included, must be consulted on with the FTA at least 60 days before it takes effect.",
    ),
    (
        "Normal",
        "The FTA is consulted on changes to shift patterns in the hangars and at the line stations.",
    ),
    ("Heading 2", "Devices"),
    ("Normal", "Tablets and other devices used at work are provided by the company."),
    ("Heading 2", "Disputes"),
    (
        "Normal",
        "A disagreement goes first to the joint technical committee, which meets each month at Storhamn.",
    ),
]


def fta_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, text in FTA_PARAGRAPHS:
        if kind == "Title":
            doc.add_heading(text, level=0)
        elif kind == "Heading 2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Base Maintenance Manager",
        last_modified_by="Base Maintenance Manager",
        title="FTA consultation agreement: extract",
        created=datetime(2027, 5, 24, 10, 0, 0),
        modified=datetime(2027, 5, 24, 10, 0, 0),
        revision=1,
    )


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/people/posts.xlsx"] = posts_xlsx()
    files["org/governance/fta-consultation-agreement-extract.docx"] = fta_docx()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
