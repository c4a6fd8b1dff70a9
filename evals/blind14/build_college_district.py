"""Build the blind14 case ``college-district``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl, python-docx
and python-pptx (``evals/dev16/_build.py`` imports python-pptx). reportlab is not in the
project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/blind14/build_college_district.py [out-folder]

Writes, under ``evals/blind14/college-district/`` (or ``<out-folder>/college-district/``),
every file of the case but ``gold.json``:

- ``finish-line-2031-student-success-plan-board-study-session-2028-06-13.pdf``: a two-college
  community college district's three-year student success plan for its Board of Trustees,
  drawn the way Google Slides exports a 16:9 deck to PDF (pages of 720 x 405 pt; Producer
  "Skia/PDF m126 Google Docs Renderer", a Title and the two dates in the document information
  and no Creator; version 1.4), imitated with reportlab's canvas. Titles are real text; every
  line of a text box is its own text object; list bullets are their own glyph runs left of
  their line; tables are ruled cells drawn row by row; a footer with the district's name and
  the page number sits on every page, the cover included. Google exports no speaker notes.
  The fonts are subsets named ArialMT, Arial-BoldMT, Arial-ItalicMT and Lato-Bold (Liberation
  Sans embedded under those names, since neither Arial nor Lato is installed here).
  reportlab's header comment and trailer comment are blanked (same length) and the version
  line set to 1.4.
- ``org/``: the HR system's position export (``people/positions-export.xlsx``: Position
  number, Position title, Department code, Reports to, FTE, Status; no remit column), the
  position descriptions (``people/position-descriptions.docx``: one heading per position,
  "Essential duties" bullets), the participatory-governance handbook, the District Student
  Success Council's charter, the systems and data inventory, the metric dictionary, the
  district profile, the Council's April 2028 minutes, an extract of the risk register (CSV),
  a saved email and the dual-enrollment FAQ for high school counselors.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, fixed core properties and ZIP entry times for the XLSX and the DOCX
(through ``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a BLIND case (split "blind14").
"""

from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Font
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "college-district"
DECK = "finish-line-2031-student-success-plan-board-study-session-2028-06-13.pdf"

LIB = Path("/usr/share/fonts/truetype/liberation")
SANS, BOLD, ITALIC, HEAD = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT", "Lato-Bold"
FONTS = {
    SANS: LIB / "LiberationSans-Regular.ttf",
    BOLD: LIB / "LiberationSans-Bold.ttf",
    ITALIC: LIB / "LiberationSans-Italic.ttf",
    HEAD: LIB / "LiberationSans-Bold.ttf",
}

W, H = 720.0, 405.0  # Google Slides "Widescreen 16:9", 10 x 5.625 in
LEFT, RIGHT = 36.0, 684.0
BOTTOM = 34.0  # nothing of a slide's body below this line: the footer's band
FOOTER = "Kestrel Valley Community College District · Finish Line 2031"

Color = tuple[float, float, float]
INK: Color = (0.14, 0.15, 0.17)
TEAL: Color = (0.0, 0.35, 0.39)
DEEP: Color = (0.0, 0.24, 0.27)
GOLD: Color = (0.96, 0.67, 0.18)
MIST: Color = (0.89, 0.95, 0.95)
SAND: Color = (0.99, 0.95, 0.86)
GREY: Color = (0.42, 0.43, 0.46)
RULE: Color = (0.68, 0.71, 0.73)
WHITE: Color = (1.0, 1.0, 1.0)
BARS: list[Color] = [(0.55, 0.78, 0.8), (0.2, 0.55, 0.6), (0.0, 0.35, 0.39), (0.6, 0.62, 0.45)]

STAMP = Stamp((2028, 6, 2, 7, 14, 0), "2028-06-02T07:14:00Z")
DECK_DATE = "D:20280609213307+00'00'"
TROUBLE: list[str] = []  # lines wider than their box or below the body: the build fails


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(file))
            font.face.name = name.encode("ascii")
            pdfmetrics.registerFont(font)


class _GoogleInfo(pdfdoc.PDFInfo):
    """The document information Google's exporter writes: a Title, the Producer and the two
    dates, nothing else (no Creator, no Author)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.doc_title = title

    def format(self, document):
        d = {
            "Title": pdfdoc.PDFString(self.doc_title),
            "Producer": pdfdoc.PDFString("Skia/PDF m126 Google Docs Renderer"),
            "CreationDate": pdfdoc.PDFString(DECK_DATE),
            "ModDate": pdfdoc.PDFString(DECK_DATE),
        }
        return pdfdoc.PDFDictionary(d).format(document)


def _as_skia(path: Path) -> None:
    """Version 1.4 in the header; reportlab's two comments blanked at their own length, so
    that no byte offset moves."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    if head != b"%PDF-1.3" or b"ReportLab" not in comment:
        raise SystemExit(f"unexpected reportlab header: {head!r} {comment!r}")
    mark = b"% ReportLab generated PDF document -- digest (opensource)"
    if rest.count(mark) != 1:
        raise SystemExit("reportlab's trailer comment not found once")
    rest = rest.replace(mark, b"%" + b" " * (len(mark) - 1))
    blank = b"%\xe2\xe3\xcf\xd3" + b" " * (len(comment) - 5)
    path.write_bytes(b"%PDF-1.4\n" + blank + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """``s`` broken at spaces into lines no wider than ``width``."""
    out: list[str] = []
    line = ""
    for word in s.split(" "):
        trial = f"{line} {word}" if line else word
        if line and stringWidth(trial, font, size) > width:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


# =========================================================================== the canvas


class Deck:
    """A reportlab canvas that writes text the way Google Slides' PDF export does."""

    def __init__(self, path: Path, title: str) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=SANS,
            initialFontSize=11,
        )
        self.c._doc.info = _GoogleInfo(title)
        self.page = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 11,
        font: str = SANS,
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        """One line, its own text object. Returns its width."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            TROUBLE.append(f"page {self.page}: too wide ({width:.0f} > {limit:.0f}): {s}")
        if y < BOTTOM - 0.01 and s != str(self.page) and not s.startswith(FOOTER[:20]):
            TROUBLE.append(f"page {self.page}: below the body ({y:.0f}): {s}")
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textOut(s)
        self.c.drawText(t)
        return width

    def right(self, x: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        self.text(x - stringWidth(s, font, size), y, s, size, font, color)

    def centre(self, cx: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        self.text(cx - stringWidth(s, font, size) / 2, y, s, size, font, color)

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 11,
        font: str = SANS,
        color: Color = INK,
        lead: float | None = None,
    ) -> float:
        """A wrapped paragraph, line by line. Returns the baseline after its last line."""
        step = lead if lead is not None else size * 1.22
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, limit=width)
            y -= step
        return y

    def bullet(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 11,
        lead_in: str | None = None,
        after: float = 4,
    ) -> float:
        """A list item: "●" as its own run, then an optional bold lead-in and the item's
        text, wrapped at the indent (the lead-in and the first words share a baseline, as two
        runs). Returns the baseline of the next item."""
        indent = 15.0
        self.text(x + 2, y + 0.5, "●", size * 0.6, SANS, TEAL)
        tx, avail = x + indent, width - indent
        step = size * 1.22
        if lead_in:
            used = self.text(tx, y, lead_in, size, BOLD, DEEP) + stringWidth(" ", SANS, size)
            first = wrap(s, SANS, size, avail - used)[0]
            self.text(tx + used, y, first, size, SANS, INK, limit=avail - used)
            rest = s[len(first) :].strip()
            y -= step
            if rest:
                y = self.para(tx, y, rest, avail, size, SANS, INK, step)
        else:
            y = self.para(tx, y, s, avail, size, SANS, INK, step)
        return y - after

    # ---------------------------------------------------------------- shapes
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None,
        stroke: Color | None = None,
        width: float = 0.6,
        radius: float = 0.0,
    ) -> None:
        if fill is not None:
            self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(width)
        f, s = int(fill is not None), int(stroke is not None)
        if radius:
            self.c.roundRect(x, y, w, h, radius, fill=f, stroke=s)
        else:
            self.c.rect(x, y, w, h, fill=f, stroke=s)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: Color = RULE) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(0.6)
        self.c.line(x1, y1, x2, y2)

    def diamond(self, cx: float, cy: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        p = self.c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    # ---------------------------------------------------------------- page furniture
    def start(self, kicker: str, title: str, subtitle: str | None = None) -> float:
        """A content slide: a thin teal band, the kicker, the title as text and an optional
        subtitle. Returns the baseline where the body starts."""
        self.page += 1
        self.rect(0, H - 6, W, 6, TEAL)
        self.text(LEFT, H - 28, kicker, 8.5, BOLD, TEAL, limit=RIGHT - LEFT)
        self.text(LEFT, H - 54, title, 21, HEAD, INK, limit=RIGHT - LEFT)
        if subtitle is None:
            return H - 84
        self.text(LEFT, H - 72, subtitle, 10.5, SANS, GREY, limit=RIGHT - LEFT)
        return H - 98

    def finish(self, dark: bool = False) -> None:
        """The footer: a rule, the district's name and the page number, on every page."""
        color = MIST if dark else GREY
        if not dark:
            self.line(LEFT, 25, RIGHT, 25, RULE)
        self.text(LEFT, 12, FOOTER, 7.5, SANS, color)
        self.right(RIGHT, 12, str(self.page), 7.5, SANS, color)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()
        _as_skia(self.path)

    # ---------------------------------------------------------------- blocks
    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 9.5,
        pad: float = 4.0,
        bold_first: bool = False,
        shade_last: bool = False,
    ) -> float:
        """A ruled table drawn row by row, left to right: a teal header row in white bold,
        each cell's wrapped lines one after another. Returns its bottom."""
        step = size * 1.2
        wrapped: list[list[list[str]]] = []
        heights: list[float] = []
        for r, row in enumerate(rows):
            cells = []
            for c, (cell, w) in enumerate(zip(row, widths, strict=True)):
                font = BOLD if r == 0 or (bold_first and c == 0) else SANS
                cells.append(wrap(cell, font, size, w - 2 * pad) if cell else [])
            wrapped.append(cells)
            heights.append(max(1, max(len(c) for c in cells)) * step + 2 * pad - 2)
        total = sum(heights)
        self.rect(x, y - heights[0], sum(widths), heights[0], TEAL)
        if shade_last:
            self.rect(x, y - total, sum(widths), heights[-1], MIST)
        top = y
        for r, (cells, h) in enumerate(zip(wrapped, heights, strict=True)):
            cx = x
            for c, (lines, w) in enumerate(zip(cells, widths, strict=True)):
                bold = r == 0 or (bold_first and c == 0) or (shade_last and r == len(rows) - 1)
                font = BOLD if bold else SANS
                ly = top - pad - size * 0.85
                for line in lines:
                    self.text(cx + pad, ly, line, size, font, WHITE if r == 0 else INK, w - 2 * pad)
                    ly -= step
                cx += w
            top -= h
        yy = y
        self.line(x, yy, x + sum(widths), yy)
        for h in heights:
            yy -= h
            self.line(x, yy, x + sum(widths), yy)
        xx = x
        for w in [0.0, *widths]:
            xx += w
            self.line(xx, y, xx, y - total)
        if y - total < BOTTOM:
            TROUBLE.append(f"page {self.page}: table runs into the footer ({y - total:.0f})")
        return y - total

    def tile(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        big: str,
        label: str,
        fill: Color = MIST,
        big_size: float = 22,
        size: float = 9.5,
    ) -> None:
        """A figure tile: a filled box, a big number and its wrapped label."""
        self.rect(x, top - h, w, h, fill, radius=4)
        self.text(x + 9, top - 28, big, big_size, HEAD, TEAL, limit=w - 18)
        y = self.para(x + 9, top - 32 - big_size, label, w - 18, size, SANS, INK, size * 1.2)
        if y < top - h:
            TROUBLE.append(f"page {self.page}: tile label overflows: {label}")


# =========================================================================== the slides


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, DEEP)
    d.rect(0, 118, W, 3, GOLD)
    d.text(LEFT, H - 44, "BOARD OF TRUSTEES · STUDY SESSION · JUNE 13, 2028", 9, BOLD, GOLD)
    d.text(LEFT, 270, "Finish Line 2031", 40, HEAD, WHITE, limit=RIGHT - LEFT)
    d.text(LEFT, 226, "Student Success Plan, AY 2028-29 to AY 2030-31", 18, SANS, WHITE)
    d.text(LEFT, 204, "Arden Falls College · Quarry Hill College", 13, SANS, MIST)
    d.text(LEFT, 92, "Presented by Dr. Adrienne Pollard, Chancellor", 11, SANS, WHITE)
    d.text(
        LEFT,
        74,
        "Draft for discussion. Action item at the June 27, 2028 regular board meeting.",
        10,
        SANS,
        MIST,
    )
    d.finish(dark=True)


def who_we_serve(d: Deck) -> None:
    y = d.start(
        "WHERE WE STAND · 1 OF 3",
        "Who we serve",
        "AY 2026-27 unduplicated headcount; Fall 2027 census where noted",
    )
    tiles = [
        ("19,060", "students took at least one class with us in AY 2026-27"),
        ("12,310", "of them at Arden Falls College, our urban campus"),
        ("6,750", "at Quarry Hill College and its two rural centers"),
        ("3,540", "in non-credit ESL, adult education and workforce classes"),
        ("71%", "of credit students attend part time (Fall 2027)"),
        ("54%", "are the first in their family to go to college"),
        ("63%", "receive a Pell Grant or the state tuition waiver"),
        ("1,840", "high school students in dual-enrollment classes (Fall 2027)"),
    ]
    tw, th, gap = 150.0, 96.0, 16.0
    for k, (big, label) in enumerate(tiles):
        col, row = k % 4, k // 4
        d.tile(LEFT + col * (tw + gap), y + 8 - row * (th + 10), tw, th, big, label)
    y = y + 8 - 2 * (th + 10) - 12
    d.bullet(
        LEFT,
        y,
        "Fall 2027 headcount is up 4% on Fall 2024, the first rise after three years of decline.",
        RIGHT - LEFT,
        10.5,
    )
    d.bullet(
        LEFT,
        y - 17,
        "Credit students: 47% Latino, 31% white, 9% Black, 4% Native American, 9% other or unknown.",
        RIGHT - LEFT,
        10.5,
    )
    d.finish()


def where_students_stall(d: Deck) -> None:
    y = d.start(
        "WHERE WE STAND · 2 OF 3",
        "Where students stall",
        "First-time students; the latest cohort we can report for each figure",
    )
    d.text(LEFT, y, "Of every 100 first-time students who start in the fall:", 10.5, BOLD, DEEP)
    bars = [
        (62, "62 come back the next fall"),
        (41, "41 pass transfer-level English and math in year one"),
        (24, "24 finish a degree or certificate within three years"),
        (17, "17 are at a university four years later"),
    ]
    by = y - 24
    for k, (n, words) in enumerate(bars):
        d.rect(LEFT, by - 4, n * 1.6, 16, BARS[min(k, 3)])
        d.text(LEFT + n * 1.6 + 6, by, words, 9.5, SANS, INK, limit=330 - n * 1.6)
        by -= 26
    d.text(
        LEFT,
        by - 4,
        "Who is left behind (three-year completion, Fall 2023 cohort):",
        10.5,
        BOLD,
        DEEP,
    )
    by -= 22
    for words in [
        "white students 29%, Latino students 20%",
        "Native American students 16%, Black students 15%",
        "Return rate up 4 points since the Fall 2022 cohort (58% to 62%), after corequisite English",
    ]:
        by = d.bullet(LEFT, by, words, 330, 9.5, after=2)
    qx, qw = 392.0, RIGHT - 392.0
    d.rect(qx, 68, qw, y - 58, SAND, radius=4)
    qy = d.para(
        qx + 14,
        y - 14,
        "“I found out I was failing Accounting the week of the final. Nobody said anything "
        "before that.”",
        qw - 28,
        13,
        ITALIC,
        INK,
        17,
    )
    qy = d.para(
        qx + 14,
        qy - 4,
        "Arden Falls student, Business Administration, Spring 2028 focus group",
        qw - 28,
        9,
        SANS,
        GREY,
    )
    d.para(
        qx + 14,
        qy - 18,
        "41% of our 2027 CCSSE respondents said nobody at the college reached out when they "
        "were struggling.",
        qw - 28,
        11,
        BOLD,
        DEEP,
        14,
    )
    d.finish()


def region_and_peers(d: Deck) -> None:
    y = d.start(
        "WHERE WE STAND · 3 OF 3",
        "Our region, our peers, our means",
        "Context for the plan: none of these figures is a Finish Line 2031 target",
    )
    col = (RIGHT - LEFT - 24) / 2
    blocks = [
        (
            LEFT,
            "The region",
            [
                "Tri-County Workforce Board forecast: 2,350 job openings a year to 2032 in "
                "healthcare, advanced manufacturing and logistics",
                "High school graduates in our service area are projected to fall 9% by 2032 "
                "(WICHE)",
                "Pinecrest Online University enrolled about 1,100 adults from Kestrel County "
                "in 2027",
            ],
        ),
        (
            LEFT + col + 24,
            "Our peers",
            [
                "Harlan Mesa CCD, our closest peer, finishes 33% of first-time students "
                "within three years",
                "State average: 29% three-year completion and 20% transfer within four years",
            ],
        ),
    ]
    bottom = y
    for x, head, items in blocks:
        by = d.para(x, y, head, col, 12, BOLD, TEAL)
        for item in items:
            by = d.bullet(x, by - 2, item, col, 10)
        bottom = min(bottom, by)
    by = min(bottom, 206.0) - 6
    d.para(LEFT, by, "Our means and our limits", col, 12, BOLD, TEAL)
    by -= 18
    for item in [
        "$3.1 million Title V grant over five years, awarded October 2027, for pathways and "
        "advising",
        "Federal rule: Title IV aid is lost after three straight years with a student loan "
        "default rate of 30% or more; ours is 11.8%",
        "Our 2019 plan aimed for 30% three-year completion by 2024; we reached 24%",
    ]:
        by = d.bullet(LEFT, by, item, RIGHT - LEFT, 10)
    d.text(
        LEFT,
        BOTTOM + 4,
        "Sources: Tri-County Workforce Board 2027 outlook; WICHE Knocking at the College Door; "
        "state system data mart; U.S. Department of Education.",
        7.5,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def north_star(d: Deck) -> None:
    y = d.start("FINISH LINE 2031", "Our north star and five goals")
    d.rect(LEFT, y - 44, RIGHT - LEFT, 56, DEEP, radius=4)
    d.para(
        LEFT + 16,
        y - 8,
        "Every student who starts with us finishes what they came for: a degree, a transfer "
        "or a job that pays a living wage.",
        RIGHT - LEFT - 32,
        14,
        HEAD,
        WHITE,
        18,
    )
    y -= 70
    d.text(LEFT, y, "Five goals for June 2031", 12, BOLD, TEAL)
    goals = [
        ("32%", "three-year completion, up from 24%"),
        ("22%", "transfer within four years, up from 17%"),
        (
            "4 pts",
            "completion gap for Black, Latino and Native American students, down from 10 points",
        ),
        ("70%", "fall-to-fall return, up from 62%"),
        ("750", "short workforce certificates a year, up from 410"),
    ]
    gy = y - 28
    for big, label in goals:
        d.rect(LEFT, gy - 8, RIGHT - LEFT, 24, SAND, radius=3)
        d.text(LEFT + 10, gy, big, 16, HEAD, TEAL)
        d.text(LEFT + 78, gy, label, 11, SANS, INK, limit=RIGHT - LEFT - 88)
        gy -= 28
    d.text(
        LEFT,
        gy - 6,
        "And we will deepen our partnerships with the region's employers and school districts.",
        11.5,
        BOLD,
        DEEP,
        limit=RIGHT - LEFT,
    )
    d.finish()


def pillars(d: Deck) -> None:
    y = d.start("FINISH LINE 2031", "Four pillars, one plan")
    cards = [
        (
            "1",
            "Clear paths",
            "A program map and a full education plan for every student in the first term",
        ),
        (
            "2",
            "Early help",
            "An early-alert system and a named adviser, so nobody struggles alone until finals",
        ),
        (
            "3",
            "A head start",
            "Dual enrollment at all nine partner high schools, with a path into our programs",
        ),
        (
            "4",
            "Skills that pay",
            "Short workforce certificates that lead to jobs, and bridges from non-credit to credit",
        ),
    ]
    cw, gap = 150.0, 16.0
    for k, (n, head, words) in enumerate(cards):
        x = LEFT + k * (cw + gap)
        d.rect(x, y - 136, cw, 146, MIST, radius=4)
        d.text(x + 10, y - 16, n, 22, HEAD, GOLD)
        d.text(x + 10, y - 38, head, 13, BOLD, TEAL, limit=cw - 20)
        d.para(x + 10, y - 56, words, cw - 20, 10, SANS, INK, 12.5)
    by = d.para(
        LEFT,
        y - 160,
        "Equity runs through all four: every measure is reported by race and ethnicity, Pell "
        "status and age, and every pillar names the gap it closes.",
        RIGHT - LEFT,
        10.5,
        SANS,
        INK,
    )
    d.para(
        LEFT,
        by - 6,
        "What we will not do: cap enrollment in any program, drop open admission, or lift "
        "completion by steering students away from transfer.",
        RIGHT - LEFT,
        10.5,
        BOLD,
        DEEP,
    )
    d.finish()


def _pillar(
    d: Deck, kicker: str, title: str, items: list[tuple[str, str]], notes: list[str]
) -> None:
    """A pillar: its initiatives on the left, a card on the right with how it is measured
    and the figures behind it."""
    top = d.start(kicker, title)
    y = top
    for lead, words in items:
        y = d.bullet(LEFT, y, words, 424, 11, lead_in=lead, after=7)
    cx, cw = 478.0, RIGHT - 478.0
    fonts = [BOLD if n.startswith("Measured by") else SANS for n in notes]
    tall = sum(len(wrap(n, f, 10, cw - 24)) * 12.5 + 10 for n, f in zip(notes, fonts, strict=True))
    d.rect(cx, top - tall - 14, cw, tall + 26, MIST, radius=4)
    ny = top - 12
    for note in notes:
        measured = note.startswith("Measured by")
        ny = d.para(
            cx + 12,
            ny,
            note,
            cw - 24,
            10,
            BOLD if measured else SANS,
            DEEP if measured else INK,
            12.5,
        )
        ny -= 10
    if ny < BOTTOM + 10:
        TROUBLE.append(f"page {d.page}: the pillar card overflows")
    d.finish()


def pillar_paths(d: Deck) -> None:
    _pillar(
        d,
        "PILLAR 1 · CLEAR PATHS",
        "A map and a plan for every student",
        [
            (
                "Maps:",
                "Publish program maps for all 74 degree and certificate programs by Spring 2029.",
            ),
            (
                "Communities:",
                "Group programs into six academic and career communities at both colleges from Fall 2029.",
            ),
            (
                "Planning tool:",
                "Extend MapWise education planning to Quarry Hill College by Fall 2029.",
            ),
            (
                "Plans:",
                "Require a full education plan before a student's second-term registration, from Fall 2029.",
            ),
            (
                "Placement:",
                "Place students in transfer-level English and math using high school grades, with corequisite support, from Fall 2028.",
            ),
            (
                "Advisers:",
                "Train all 48 counselors and 120 faculty advisers on the new maps in June and July 2029.",
            ),
        ],
        [
            "Measured by: education plan by end of first term (38% to 85%, Fall 2029); "
            "transfer-level English and math in year one (41% to 60%, Spring 2030).",
            "Gap it closes: Black and Native American students are the least likely to have a "
            "plan after one term (27% and 24% in Fall 2027).",
        ],
    )


def pillar_help(d: Deck) -> None:
    _pillar(
        d,
        "PILLAR 2 · EARLY HELP",
        "Reach students in week 4, not at finals",
        [
            (
                "Early alert:",
                "Launch an early-alert system linked to Quillpath and Pinnacle at both colleges by Fall 2029.",
            ),
            (
                "Progress checks:",
                "Ask every instructor for a week-4 and a week-9 progress check in every credit section.",
            ),
            (
                "Follow-up:",
                "Contact every flagged student within 3 business days, by phone or text, and log the outcome.",
            ),
            (
                "Case-load advising:",
                "Assign every first-year student a named adviser, with no more than 350 students per adviser.",
            ),
            (
                "Advisers:",
                "Hire 8 student success advisers funded by the Title V grant, 4 at each college.",
            ),
            ("Tutoring:", "Embed tutors in the 20 gateway sections with the highest D/F/W rates."),
        ],
        [
            "Measured by: flagged students contacted within 3 business days (90%, Spring 2030); "
            "fall-to-fall return (62% to 70%, Fall 2030).",
            "Gap it closes: Black students are placed on academic probation after one term at "
            "twice the district rate (22% against 11%).",
        ],
    )


def pillar_head_start(d: Deck) -> None:
    _pillar(
        d,
        "PILLAR 3 · A HEAD START",
        "College starts in high school",
        [
            (
                "Agreements:",
                "Sign partnership agreements with all nine partner high schools by Spring 2029.",
            ),
            (
                "Pathway blocks:",
                "Offer a 12-credit first-year pathway block at each partner high school from Fall 2029.",
            ),
            (
                "Paperwork:",
                "Move dual-enrollment applications and parent consent online in Pinnacle by Fall 2029.",
            ),
            (
                "Teachers:",
                "Credential 25 high school teachers to teach dual-enrollment sections by Fall 2030.",
            ),
            (
                "Follow-through:",
                "Send each high school a report on its dual-enrollment students' results every June.",
            ),
        ],
        [
            "Measured by: dual-enrollment headcount (1,840 to 3,000, Fall 2030).",
            "Where we come from: dual enrollment grew from 1,120 students in Fall 2023 to 1,840 "
            "in Fall 2027.",
            "State rule: a high school student may take no more than 11 credits a term with us.",
        ],
    )


def pillar_skills(d: Deck) -> None:
    _pillar(
        d,
        "PILLAR 4 · SKILLS THAT PAY",
        "Short certificates that lead to jobs",
        [
            (
                "New certificates:",
                "Launch 12 short certificates of 16 weeks or less in healthcare, manufacturing and logistics by Fall 2029.",
            ),
            (
                "Employers:",
                "Give every short certificate an employer advisory committee that meets twice a year.",
            ),
            (
                "Prior learning:",
                "Award credit for prior learning to graduates of three regional apprenticeship programs from Fall 2029.",
            ),
            (
                "One record:",
                "Move non-credit enrollment into Pinnacle and the Riverstone warehouse by Spring 2030.",
            ),
            (
                "Job placement:",
                "Follow up every short-certificate completer at 90 days and six months, and connect them to openings.",
            ),
        ],
        [
            "Measured by: short workforce certificates awarded (410 to 750 a year, AY 2030-31); "
            "completers working in their field within six months (58% to 70%, AY 2030-31).",
            "Today: a short-certificate completer earns a median $19.40 an hour one year on "
            "(2026 completers).",
        ],
    )


KPI_ROWS = [
    ["Measure", "Baseline AY 2026-27", "Target", "By"],
    ["Three-year completion rate, first-time students", "24%", "32%", "Spring 2031"],
    ["Transfer to a university within four years", "17%", "22%", "Spring 2031"],
    [
        "Completion gap, Black, Latino and Native American students",
        "10 points",
        "4 points",
        "Spring 2031",
    ],
    ["Fall-to-fall persistence, first-time students", "62%", "70%", "Fall 2030"],
    ["Transfer-level English and math completed in year one", "41%", "60%", "Spring 2030"],
    ["Education plan on file by end of first term", "38%", "85%", "Fall 2029"],
    ["Flagged students contacted within 3 business days", "Not measured", "90%", "Spring 2030"],
    ["Dual-enrollment headcount, fall census", "1,840", "3,000", "Fall 2030"],
    ["Short workforce certificates awarded a year", "410", "750", "AY 2030-31"],
    [
        "Short-certificate completers working in their field within six months",
        "58%",
        "70%",
        "AY 2030-31",
    ],
    ["Students who say they belong here (CCSSE, 1 to 5)", "3.1", "Higher", "Not set"],
]


def measures(d: Deck) -> None:
    y = d.start(
        "FINISH LINE 2031 · MEASURES",
        "How we will know",
        "Three-year completion uses the Fall 2023 cohort; every measure is reported by race "
        "and ethnicity, Pell status and age",
    )
    bottom = d.table(LEFT, y + 10, [330.0, 112.0, 92.0, 114.0], KPI_ROWS, 9.2, 3.6)
    d.text(
        LEFT,
        bottom - 12,
        "Definitions, sources and owners: District Metric Dictionary, May 2028.",
        8,
        SANS,
        GREY,
    )
    d.finish()


def roadmap(d: Deck) -> None:
    y = d.start(
        "FINISH LINE 2031 · ROADMAP",
        "Three academic years, a board gate every June",
    )
    lab, cw = 112.0, 88.0
    x0 = LEFT + lab
    years = ["AY 2028-29", "AY 2029-30", "AY 2030-31"]
    terms = ["Fall 2028", "Spring 2029", "Fall 2029", "Spring 2030", "Fall 2030", "Spring 2031"]
    top = y + 14
    for k, year in enumerate(years):
        d.rect(x0 + k * 2 * cw, top - 16, 2 * cw, 16, TEAL)
        d.centre(x0 + k * 2 * cw + cw, top - 11.5, year, 9, BOLD, WHITE)
    for k, term in enumerate(terms):
        d.rect(x0 + k * cw, top - 31, cw, 15, MIST)
        d.centre(x0 + k * cw + cw / 2, top - 26, term, 8.5, BOLD, DEEP)
    for k in range(7):
        d.line(x0 + k * cw, top - 31, x0 + k * cw, top - 38 - 5 * 34 - 22)
    rows: list[tuple[str, list[tuple[int, int, str, str]]]] = [
        (
            "Phases",
            [
                (0, 1, "Phase 1", "Get ready"),
                (1, 2, "Phase 2", "Pilot at Arden Falls"),
                (2, 4, "Phase 3", "Scale to both colleges"),
                (4, 6, "Phase 4", "Sustain and report"),
            ],
        ),
        (
            "Clear paths",
            [
                (0, 2, "Program maps", "all 74 programs"),
                (2, 3, "MapWise at", "Quarry Hill"),
                (3, 6, "Plans required", "before the second term"),
            ],
        ),
        (
            "Early help",
            [
                (0, 1, "Buy and", "connect"),
                (1, 2, "Business", "Administration pilot"),
                (2, 6, "Early alert and case-load", "advising at both colleges"),
            ],
        ),
        (
            "A head start",
            [
                (0, 2, "Nine partnership", "agreements signed"),
                (2, 6, "Pathway blocks", "at partner high schools"),
            ],
        ),
        (
            "Skills that pay",
            [
                (0, 2, "12 certificates", "approved"),
                (2, 6, "Launch, place and", "follow up completers"),
            ],
        ),
    ]
    ry = top - 38
    for r, (name, bars) in enumerate(rows):
        d.text(LEFT, ry - 17, name, 9.5, BOLD, DEEP, limit=lab - 6)
        for a, b, one, two in bars:
            fill = BARS[(r + a) % 4] if r else DEEP
            ink = WHITE if fill in (BARS[1], BARS[2], DEEP) else INK
            d.rect(x0 + a * cw + 2, ry - 30, (b - a) * cw - 4, 28, fill, radius=3)
            d.text(x0 + a * cw + 7, ry - 13, one, 8, BOLD, ink, limit=(b - a) * cw - 12)
            d.text(x0 + a * cw + 7, ry - 24, two, 8, SANS, ink, limit=(b - a) * cw - 12)
        ry -= 34
    gates = [
        (2, "Gate 1 · June 2029", "scale early alert?"),
        (4, "Gate 2 · June 2030", "on track for 2031?"),
        (6, "Gate 3 · June 2031", "results, next plan"),
    ]
    for k, one, two in gates:
        gx = x0 + k * cw
        d.diamond(gx, ry - 8, 6, GOLD)
        d.right(gx - 9, ry - 6, one, 8, BOLD, INK)
        d.right(gx - 9, ry - 16, two, 8, SANS, INK)
    d.para(
        LEFT,
        52,
        "Month 0 = July 1, 2028. Fiscal and academic year July 1 to June 30: Fall = July to "
        "December (classes from mid-August), Spring = January to June (classes end late May). "
        "Gates at the Board of Trustees' regular June meeting.",
        RIGHT - LEFT,
        7.5,
        SANS,
        GREY,
        9.5,
    )
    d.finish()


def pilot(d: Deck) -> None:
    y = d.start(
        "PHASE 2 · THE PILOT",
        "Pilot: early alert in Business Administration at Arden Falls",
        "Spring 2029 (January to June 2029), before anything scales",
    )
    col = (RIGHT - LEFT - 24) / 2
    ly = d.para(LEFT, y, "Scope", col, 12, BOLD, TEAL)
    for item in [
        "About 1,150 students in the 46 sections of the Business Administration pathway at "
        "Arden Falls College, with their gateway English and math sections",
        "31 Business faculty and 6 counselors, and the Early Alert Coordinator once hired",
    ]:
        ly = d.bullet(LEFT, ly - 2, item, col, 10)
    ly = d.para(LEFT, ly - 6, "Why here", col, 12, BOLD, TEAL)
    ly = d.bullet(
        LEFT,
        ly - 2,
        "ACCT 101 has a D/F/W rate of 39%, the highest of any gateway course; its faculty "
        "asked to go first.",
        col,
        10,
    )
    rx = LEFT + col + 24
    ry = d.para(rx, y, "Steps", col, 12, BOLD, TEAL)
    for item in [
        "Connect Kite Alerts to Quillpath gradebooks and Pinnacle rosters by December 2028",
        "Train the 31 Business faculty and 6 counselors in January 2029",
        "Run week-4 and week-9 progress checks in every pilot section",
        "Compare results with Fall 2028 Business Administration students (a comparison, not a "
        "randomized trial)",
    ]:
        ry = d.bullet(rx, ry - 2, item, col, 10)
    by = min(ly, ry) - 8
    d.rect(LEFT, by - 62, RIGHT - LEFT, 70, SAND, radius=4)
    d.text(LEFT + 12, by - 8, "Gate 1 pass marks (June 2029 board)", 11, BOLD, DEEP)
    marks = [
        "At least 75% of pilot sections submit the week-4 check",
        "90% of flagged students contacted within 3 business days",
        "ACCT 101 D/F/W rate down 5 points on Spring 2028",
    ]
    my = by - 26
    for item in marks:
        my = d.bullet(LEFT + 10, my, item, RIGHT - LEFT - 20, 10, after=1)
    d.finish()


RISK_ROWS = [
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    [
        "Faculty see progress checks as unpaid extra work",
        "High",
        "High",
        "Agree a side letter with the Faculty Association before the pilot starts; progress "
        "checks count toward flex hours",
    ],
    [
        "Grades reach the early-alert system a day late",
        "Medium",
        "High",
        "Run the pilot on the nightly grade file; retest the Quillpath connection before Gate 1",
    ],
    [
        "The hiring freeze delays the advisers",
        "Medium",
        "High",
        "Ask the board to exempt the 8 grant-funded adviser posts (ask 4)",
    ],
    [
        "Partner high schools do not sign",
        "Medium",
        "Medium",
        "The Chancellor and the presidents visit each principal and superintendent in Fall 2028",
    ],
    [
        "The Pinnacle upgrade lands in the middle of the scale-up",
        "Medium",
        "High",
        "No Pinnacle changes in the August and January registration peaks; plan the upgrade "
        "for June and July 2030",
    ],
]


def risks(d: Deck) -> None:
    y = d.start("FINISH LINE 2031 · RISKS", "What could stop us, and what we will do")
    d.table(LEFT, y + 8, [212.0, 66.0, 54.0, 316.0], RISK_ROWS, 9.5, 4.5)
    d.finish()


def first_100_days(d: Deck) -> None:
    y = d.start(
        "JULY 1 TO OCTOBER 8, 2028",
        "Our first 100 days",
        "Every item has a named lead in the program office's plan",
    )
    items = [
        ("July", "Sign the Kite Alerts contract, with a FERPA data-sharing addendum"),
        ("July", "Hold the first Student Success Council meeting under its new charter"),
        ("August", "Post the 8 Title V student success adviser positions"),
        (
            "August",
            "Renew the National Student Clearinghouse subscription and rerun the transfer match",
        ),
        ("August", "Open negotiations with the Faculty Association on progress checks"),
        ("September", "Consult the District Academic Senate on the program-map process"),
        (
            "September",
            "Publish the baseline scorecard in Lookout by race and ethnicity, Pell status and age",
        ),
        ("October", "Visit the seven partner high schools that have not signed the new agreement"),
    ]
    for when, what in items:
        d.text(LEFT, y, when, 12, BOLD, TEAL)
        y = d.para(LEFT + 84, y, what, RIGHT - LEFT - 84, 12, SANS, INK) - 10
    d.finish()


def governance(d: Deck) -> None:
    y = d.start("FINISH LINE 2031 · GOVERNANCE", "Who decides, who advises, how often")
    items = [
        (
            "Executive sponsor:",
            "Dr. Adrienne Pollard, Chancellor; recommends each gate decision to the board.",
        ),
        (
            "Student Success Council:",
            "chaired by the Vice Chancellor, Educational Services; meets monthly and runs the plan between gates.",
        ),
        (
            "Board of Trustees:",
            "gate decisions at the June regular meeting; a progress report every December.",
        ),
        (
            "District Academic Senate:",
            "consulted on program maps, placement, curriculum and every academic and professional matter.",
        ),
        ("Faculty Association:", "any change to faculty duties is negotiated before it starts."),
        (
            "Students:",
            "two student members sit on the Council; the Associated Students are briefed each term.",
        ),
        ("Scorecard:", "Institutional Research publishes it in Lookout every quarter."),
    ]
    for lead, words in items:
        y = d.bullet(LEFT, y, words, RIGHT - LEFT, 11.5, lead_in=lead, after=10)
    d.finish()


MONEY_ROWS = [
    ["Source", "AY 2028-29", "AY 2029-30", "AY 2030-31", "Total"],
    ["Title V grant (awarded October 2027)", "$620,000", "$620,000", "$620,000", "$1.86M"],
    ["State student equity funds", "$700,000", "$760,000", "$740,000", "$2.20M"],
    ["Perkins V (career education)", "$300,000", "$300,000", "$300,000", "$0.90M"],
    ["District general fund", "$410,000", "$780,000", "$740,000", "$1.93M"],
    ["Kestrel Valley College Foundation", "$70,000", "$240,000", "$190,000", "$0.50M"],
    ["Total", "$2.10M", "$2.70M", "$2.59M", "$7.39M"],
]


def money(d: Deck) -> None:
    y = d.start(
        "FINISH LINE 2031 · RESOURCES",
        "What it costs and who pays",
        "$7.4 million over three years, most of it from funds we already hold",
    )
    bottom = d.table(
        LEFT, y + 8, [232.0, 104.0, 104.0, 104.0, 104.0], MONEY_ROWS, 9.5, 4.5, True, True
    )
    by = bottom - 18
    for item in [
        "People are the largest cost: 8 advisers and an Early Alert Coordinator, $4.1 million "
        "over three years.",
        "Board policy keeps an unrestricted general fund reserve of at least 15%; this plan "
        "does not draw on it.",
    ]:
        by = d.bullet(LEFT, by, item, RIGHT - LEFT, 10)
    d.finish()


def asks(d: Deck) -> None:
    y = d.start("FOR BOARD ACTION, JUNE 27, 2028", "What we ask of the Board of Trustees")
    items = [
        "Adopt Finish Line 2031 as the district's student success plan for AY 2028-29 to AY 2030-31.",
        "Approve $2.1 million for AY 2028-29 in the final budget.",
        "Approve the Kite Alerts contract: $186,000 over three years.",
        "Exempt the 8 grant-funded adviser positions from the classified hiring freeze.",
        "Endorse the Business Administration pilot at Arden Falls College and its Gate 1 pass marks.",
        "Set a gate decision at each June regular meeting: 2029, 2030 and 2031.",
    ]
    for k, item in enumerate(items, start=1):
        d.text(LEFT, y, f"{k}.", 11, BOLD, TEAL)
        y = d.para(LEFT + 20, y, item, RIGHT - LEFT - 20, 11, SANS, INK) - 8
    d.text(
        LEFT,
        BOTTOM + 6,
        "Questions: Dr. Tomás Ibarra, Vice Chancellor, Educational Services",
        9,
        SANS,
        GREY,
    )
    d.finish()


BENCH_A = [
    ["Measure", "Kestrel Valley", "Harlan Mesa CCD", "Lindell CCD", "State", "National"],
    ["Three-year completion, first-time students", "24%", "33%", "27%", "29%", "31%"],
    ["Transfer within four years", "17%", "21%", "18%", "20%", "16%"],
    ["Fall-to-fall return, first-time students", "62%", "66%", "60%", "64%", "61%"],
    ["Transfer-level English and math in year one", "41%", "52%", "38%", "47%", "n/a"],
    ["Dual enrollment as a share of headcount", "10%", "14%", "9%", "12%", "n/a"],
]
BENCH_B = [
    ["Measure", "Kestrel Valley", "Harlan Mesa CCD", "Lindell CCD", "State"],
    ["Completion gap to white students, Black students (points)", "14", "8", "11", "9"],
    ["Completion gap to white students, Latino students (points)", "9", "5", "7", "6"],
    ["Completion gap to white students, Native American students (points)", "13", "10", "12", "11"],
    ["Short certificates awarded per 1,000 students", "22", "35", "19", "27"],
    ["Median hourly wage a year after a short certificate", "$19.40", "$21.10", "$18.60", "$20.25"],
]


def appendix_a(d: Deck) -> None:
    y = d.start(
        "APPENDIX A · BENCHMARK DATA · 1 OF 2",
        "How we compare: completion and transfer",
        "AY 2026-27 or latest cohort; peers chosen for size and rural share",
    )
    bottom = d.table(LEFT, y + 8, [228.0, 84.0, 96.0, 80.0, 80.0, 80.0], BENCH_A, 9.5, 4.5, True)
    d.text(
        LEFT,
        bottom - 14,
        "Sources: state system data mart, AY 2026-27; IPEDS, 2023-24 collection.",
        8,
        SANS,
        GREY,
    )
    d.finish()


def appendix_b(d: Deck) -> None:
    y = d.start(
        "APPENDIX B · BENCHMARK DATA · 2 OF 2",
        "How we compare: equity gaps and jobs",
        "Fall 2023 cohort for completion gaps; 2026 completers for wages",
    )
    bottom = d.table(LEFT, y + 8, [300.0, 87.0, 96.0, 82.0, 83.0], BENCH_B, 9.5, 4.5, True)
    d.text(
        LEFT,
        bottom - 16,
        "Top of the state: Cobalt River College finishes 41% of first-time students within "
        "three years.",
        9.5,
        SANS,
        INK,
    )
    d.text(
        LEFT,
        bottom - 30,
        "Sources: state system data mart; state wage records match.",
        8,
        SANS,
        GREY,
    )
    d.finish()


SLIDES = [
    cover,
    who_we_serve,
    where_students_stall,
    region_and_peers,
    north_star,
    pillars,
    pillar_paths,
    pillar_help,
    pillar_head_start,
    pillar_skills,
    measures,
    roadmap,
    pilot,
    risks,
    first_100_days,
    governance,
    money,
    asks,
    appendix_a,
    appendix_b,
]


def build_deck(path: Path) -> None:
    _fonts()
    TROUBLE.clear()
    d = Deck(path, "Finish Line 2031 – Student Success Plan – Board of Trustees Study Session")
    for slide in SLIDES:
        slide(d)
    if TROUBLE:
        raise SystemExit("layout problems:\n" + "\n".join(TROUBLE))
    d.save()


# =========================================================================== the roster

POSITIONS: list[tuple[str, str, str, str, float, str]] = [
    ("1001", "Chancellor", "CHAN", "", 1.0, "Filled"),
    ("1002", "Vice Chancellor, Educational Services", "EDSV", "1001", 1.0, "Filled"),
    ("1003", "Vice Chancellor, Business Services", "BUSV", "1001", 1.0, "Filled"),
    ("1004", "Vice Chancellor, Human Resources", "HRES", "1001", 1.0, "Filled"),
    ("1010", "President, Arden Falls College", "AFPR", "1001", 1.0, "Filled"),
    ("1020", "President, Quarry Hill College", "QHPR", "1001", 1.0, "Filled"),
    ("2101", "Director of Institutional Research", "IRES", "1002", 1.0, "Filled"),
    ("2102", "Director of Institutional Effectiveness", "IEFF", "1002", 1.0, "Filled"),
    ("2103", "Guided Pathways Director", "GPTH", "1002", 1.0, "Filled"),
    ("2104", "Dean of Career Education", "CTED", "1002", 1.0, "Filled"),
    ("2105", "Director of Career Services", "CRSV", "1002", 1.0, "Filled"),
    ("2106", "Director of Outreach and Dual Enrollment", "OUTR", "1002", 1.0, "Filled"),
    ("2107", "Director of Admissions and Records", "ADRC", "1002", 1.0, "Filled"),
    ("2108", "Director of Educational Technology", "EDTC", "1002", 1.0, "Filled"),
    ("3101", "Director of Enterprise Systems", "ENTS", "1003", 1.0, "Filled"),
    ("4101", "Director of Professional Learning", "PROF", "1004", 1.0, "Filled"),
    ("5101", "Dean of Student Success, Arden Falls College", "AFSS", "1010", 1.0, "Filled"),
    ("5102", "Dean of Counseling, Arden Falls College", "AFCN", "1010", 1.0, "Filled"),
    ("5103", "Early Alert Coordinator", "AFSS", "5101", 1.0, "Vacant"),
    ("6101", "Dean of Student Services, Quarry Hill College", "QHSS", "1020", 1.0, "Filled"),
    ("8101", "Academic Senate President", "ASEN", "1002", 0.6, "Filled"),
    ("8102", "Faculty Association President", "KVFA", "1004", 0.4, "Filled"),
]
ROSTER_HEAD = [
    "Position number",
    "Position title",
    "Department code",
    "Reports to",
    "FTE",
    "Status",
]


def positions_xlsx() -> bytes:
    """The HR system's position export: one sheet, the header row and one row a position."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Position Export"
    sheet.append(ROSTER_HEAD)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, title, dept, boss, fte, status in POSITIONS:
        sheet.append([number, title, dept, boss or None, fte, status])
    for row in sheet.iter_rows(min_row=2, min_col=5, max_col=5):
        for cell in row:
            cell.number_format = "0.00"
    for col, width in zip("ABCDEF", [16, 46, 16, 12, 7, 9], strict=True):
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:F{len(POSITIONS) + 1}"
    book.properties.creator = "PeopleDesk HR 11.4"
    book.properties.lastModifiedBy = "PeopleDesk HR 11.4"
    book.properties.created = datetime(2028, 6, 2, 7, 14, 0)
    book.properties.modified = datetime(2028, 6, 2, 7, 14, 0)
    return ooxml_bytes(book, STAMP, title="Position Export 2028-06-02")


# Each position: its number, department and reporting line as the export has them, then its
# essential duties, in the words of the district's position descriptions.
DUTIES: dict[str, list[str]] = {
    "Chancellor": [
        "Serves as chief executive officer of the district and secretary to the Board of Trustees.",
        "Acts as executive sponsor of the district's strategic plan and of Finish Line 2031, and recommends every gate decision to the Board.",
        "Leads relations with the superintendents of the partner school districts, the Tri-County Workforce Board and state officials.",
        "Supervises the three vice chancellors and the two college presidents.",
    ],
    "Vice Chancellor, Educational Services": [
        "Leads instruction and student services districtwide, and writes the Student Equity Plan and its annual report to the state.",
        "Chairs the District Student Success Council and runs the Finish Line 2031 program office.",
        "Owns district curriculum and placement policy, which it develops in consultation with the District Academic Senate.",
        "Accountable for the district's three-year completion rate and for closing completion gaps between student groups.",
        "Supervises the district directors of research, effectiveness, guided pathways, career education, career services, outreach, admissions and educational technology.",
    ],
    "Vice Chancellor, Business Services": [
        "Serves as chief business officer: budget development, the general fund, grant accounting and the annual audit.",
        "Signs and manages district contracts and purchasing, including software subscriptions.",
        "Manages the district's share of the Title V grant budget and its drawdowns.",
        "Oversees Enterprise Systems, facilities and risk management.",
    ],
    "Vice Chancellor, Human Resources": [
        "Leads recruitment, classification and hiring for every district position, and keeps position control.",
        "Negotiates and administers the collective bargaining agreements, including the agreement with the Kestrel Valley Faculty Association.",
        "Administers any hiring freeze the Board adopts and brings exemptions to the Board.",
        "Supervises the Director of Professional Learning.",
    ],
    "President, Arden Falls College": [
        "Serves as chief executive of Arden Falls College: its instruction, student services and budget.",
        "Hosts the Finish Line 2031 pilot and signs off the college's pilot plan.",
        "Supervises the college's deans, among them the Dean of Student Success and the Dean of Counseling.",
    ],
    "President, Quarry Hill College": [
        "Serves as chief executive of Quarry Hill College and its Brandt Crossing and Sable Creek centers.",
        "Responsible for the college's instruction, student services, non-credit continuing education and budget.",
        "Supervises the Dean of Student Services and the continuing education office.",
    ],
    "Director of Institutional Research": [
        "Owns the district's student data for reporting: cohort definitions, the student tables of the Riverstone warehouse and every Lookout dashboard.",
        "Produces the Finish Line 2031 scorecard and every KPI figure, broken down by race and ethnicity, Pell status and age.",
        "Runs the National Student Clearinghouse transfer match, the state wage match and the CCSSE survey.",
        "Designs the comparison groups for pilots and evaluates their results.",
        "Submits IPEDS and state data returns.",
    ],
    "Director of Institutional Effectiveness": [
        "Serves as Accreditation Liaison Officer for both colleges and writes the reports to the ACCJC.",
        "Runs program review and sets the institution-set standards with the college councils.",
        "Prepares the December progress report on district goals for the Board of Trustees, using figures from Institutional Research.",
        "Keeps the district's strategic plan documents; student data and dashboards belong to Institutional Research.",
    ],
    "Guided Pathways Director": [
        "Leads guided pathways districtwide: program maps, the academic and career communities and the program web pages.",
        "Works with discipline faculty and the curriculum committees to write the maps and to place students in transfer-level English and math with corequisite support.",
        "Owns the measure of transfer-level English and math completed in the first year.",
    ],
    "Dean of Career Education": [
        "Leads career and technical education districtwide, credit and non-credit, including short certificates and apprenticeship partnerships.",
        "Convenes the employer advisory committees and writes the Perkins V local plan.",
        "Leads credit for prior learning for industry credentials and apprenticeships, with discipline faculty.",
        "Owns the count of short workforce certificates awarded each year.",
    ],
    "Director of Career Services": [
        "Runs the career centers at both colleges: job search help, internships and the JobsBridge job board.",
        "Follows up completers of career programs at 90 days and six months and reports who is working in their field.",
        "Keeps the employer contact list used for job placement; the employer advisory committees belong to Career Education.",
    ],
    "Director of Outreach and Dual Enrollment": [
        "Leads outreach to high schools and the community, and the dual-enrollment program at both colleges.",
        "Negotiates partnership agreements with the partner high schools and their school districts, and schedules dual-enrollment sections with them.",
        "Coordinates the credentialing of high school teachers who teach college sections, with the deans.",
        "Reports each high school's dual-enrollment results to it every June.",
        "Owns the dual-enrollment headcount measure.",
    ],
    "Director of Admissions and Records": [
        "Serves as district registrar: applications, registration, enrollment records, transcripts and FERPA compliance for student records.",
        "Processes dual-enrollment applications and parent consent forms.",
        "Reviews the FERPA addendum of every contract that shares student records.",
    ],
    "Director of Educational Technology": [
        "Runs Quillpath, the learning management system, and supports faculty in teaching with it.",
        "Owns gradebook settings and the connections between Quillpath and other teaching tools.",
        "Leads the review of online course quality with the faculty.",
    ],
    "Director of Enterprise Systems": [
        "Runs Pinnacle, the student information system, and its connections to other systems, including KV Login single sign-on.",
        "Runs the Riverstone warehouse's servers and nightly loads; its content and definitions belong to Institutional Research.",
        "Manages the Pinnacle upgrade and the vendor's support.",
        "Builds online forms and workflows in Pinnacle, among them admissions and dual-enrollment applications.",
    ],
    "Director of Professional Learning": [
        "Plans and runs training for faculty and staff: flex days, the Teaching and Learning Academy and training on new systems, with the department that owns each system.",
        "Keeps training records for every employee.",
        "Runs onboarding for new advisers and counselors.",
    ],
    "Dean of Student Success, Arden Falls College": [
        "Leads tutoring, the Learning Commons and retention outreach at Arden Falls College.",
        "Business owner of the early-alert system for the district and lead for the Finish Line 2031 pilot in Business Administration.",
        "Supervises the Early Alert Coordinator and the student success advisers at Arden Falls.",
        "District lead for fall-to-fall persistence.",
    ],
    "Dean of Counseling, Arden Falls College": [
        "Leads counseling at Arden Falls College: academic counseling, education plans and follow-up of students on probation.",
        "Business owner of MapWise for the district; sets education-plan standards with Quarry Hill.",
        "Runs the district Transfer Center, which serves students of both colleges, and owns transfer agreements with universities and the transfer rate measure.",
        "Designs case-load advising with the Dean of Student Success.",
    ],
    "Early Alert Coordinator": [
        "Runs the early-alert system day to day: faculty progress checks, routing of flags and the follow-up log.",
        "Trains and supports faculty and advisers in the early-alert system, with Professional Learning.",
        "Reports each week on flags raised and students contacted.",
    ],
    "Dean of Student Services, Quarry Hill College": [
        "Leads every student service at Quarry Hill College: admissions, financial aid, counseling, tutoring and early alert at the college.",
        "Supervises Quarry Hill's counselors and, from Fall 2029, its student success advisers.",
        "Leads the move of MapWise and the early-alert system to Quarry Hill when they scale.",
    ],
    "Academic Senate President": [
        "Chairs the District Academic Senate and represents the faculty of both colleges on academic and professional matters.",
        "Appoints faculty to district committees, including the District Student Success Council.",
    ],
    "Faculty Association President": [
        "Leads the Kestrel Valley Faculty Association, the exclusive bargaining agent for full-time and part-time faculty.",
        "Bargains faculty workload, duties, pay and evaluation with the district.",
    ],
}


def descriptions_docx() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    doc.add_heading("Position Descriptions: Management, Confidential and Release-Time Positions", 0)
    doc.add_paragraph(
        "Kestrel Valley Community College District, Human Resources. Extract of the positions "
        "that take part in Finish Line 2031, May 2028. Position numbers match the position "
        "export; the duties below are the essential duties of each description."
    )
    bosses = {number: title for number, title, *_ in POSITIONS}
    for number, title, dept, boss, fte, _status in POSITIONS:
        doc.add_heading(title, 2)
        line = f"Position {number} · Department {dept} · "
        line += f"Reports to: {bosses[boss]}" if boss else "Reports to: Board of Trustees"
        if fte < 1:
            line += f" · Release time {fte:.1f} FTE"
        doc.add_paragraph(line)
        head = doc.add_paragraph()
        head.add_run("Essential duties").bold = True
        for duty in DUTIES[title]:
            doc.add_paragraph(duty, style="List Bullet")
    return ooxml_bytes(
        doc,
        STAMP,
        author="Human Resources",
        title="Position Descriptions (extract for Finish Line 2031)",
        revision=3,
        last_modified_by="Human Resources",
        created=datetime(2028, 5, 12, 9, 0, 0),
        modified=datetime(2028, 5, 30, 16, 20, 0),
    )


# =========================================================================== the org's text files

HANDBOOK = """
# Working Together: Participatory Governance Handbook

Kestrel Valley Community College District. 2027-28 edition, accepted by the Board of Trustees
on September 12, 2027 under Board Policy 2510.

## How decisions are made

The Board of Trustees decides. The Chancellor recommends to the Board, and the district
councils and committees below recommend to the Chancellor. A council may settle matters that
its charter gives it; everything else goes up with a recommendation. Each council publishes
its agenda three working days before it meets and its minutes within ten working days.

## District councils and committees

| Council or committee | Chair | Members | What it does |
|---|---|---|---|
| District Student Success Council | Vice Chancellor, Educational Services | both college presidents, the student services and counseling deans, the Dean of Career Education, the directors of institutional research, guided pathways, outreach and dual enrollment, and enterprise systems, three faculty named by the Academic Senate, one Faculty Association member, two students | runs Finish Line 2031 between board gates; see its charter |
| District Technology Committee | Director of Enterprise Systems | the Director of Educational Technology, a dean from each college, two faculty, two classified staff | ranks technology projects and sets the order of changes to Pinnacle and Quillpath |
| District Budget Committee | Vice Chancellor, Business Services | the vice chancellors, both college presidents, two faculty, two classified staff, one student | reviews the tentative and final budgets before they go to the Board |
| District Curriculum Committee | a faculty chair named by the Academic Senate | curriculum chairs of both colleges, the Guided Pathways Director, the articulation officers | reviews new and changed courses, programs and program maps |
| Professional Learning Committee | Director of Professional Learning, with a faculty co-chair | faculty and classified staff of both colleges | plans flex days and the Teaching and Learning Academy |

## Bodies the district consults

These bodies advise the district. They are consulted, and they never own district work or
carry out the tasks of a district plan.

- District Academic Senate, represented by the Academic Senate President. Under state law and Board Policy 2510, the Board relies primarily on the Senate's advice on academic and professional matters: curriculum, degree and certificate requirements, grading, placement, student preparation and success policies, program review and faculty professional development.
- Kestrel Valley Faculty Association, represented by the Faculty Association President. Faculty workload, duties, pay and evaluation are set through bargaining with the Association.

## Rules every plan must follow

- Program maps, placement rules and any change to degree or certificate requirements must be brought to the District Academic Senate for consultation before they go to the Board.
- The Senate meets on the first and third Thursdays of the fall and spring terms and does not meet in June or July.
- Faculty duties are listed in Article 11 of the agreement with the Faculty Association, and progress reports on students are not among them; any new duty must be negotiated with the Faculty Association before it takes effect.
- Students take part through the Associated Students of each college, which name the student members of district councils.
"""

CHARTER = """
# District Student Success Council: Charter

Adopted by the Chancellor's Cabinet on June 5, 2028, to take effect on July 1, 2028. It
replaces the 2021 charter of the Guided Pathways Steering Team.

## Purpose

The Council runs Finish Line 2031, the district's student success plan for AY 2028-29 to
AY 2030-31, between the Board of Trustees' gate decisions. It also keeps the Student Equity
Plan and the guided pathways work in one place.

## Sponsor and chair

- Executive sponsor: the Chancellor, who takes the Council's recommendation on each gate to the Board of Trustees at its June regular meeting.
- Chair: the Vice Chancellor, Educational Services, who runs the Finish Line 2031 program office.

## Members

The members named in the participatory governance handbook. The Academic Senate's and the
Faculty Association's members take part as advisers.

## What the Council decides

- Approves each college's pilot and scale-up plans, and changes of scope within the plan.
- Releases plan money of up to $50,000 a time from the adopted budget; larger sums go to the Chancellor.
- Recommends each gate decision (June 2029, June 2030, June 2031) to the Chancellor.
- Asks Institutional Research for the analyses it needs, and reviews the scorecard every quarter.

## How it works

The Council meets monthly, on the third Monday, from August to May, and in June before the
Board's gate meeting. Quorum is half the voting members plus one. The program office keeps
the action log and the risk log, and brings each gate report to the Council a month before
the Board meets.
"""

SYSTEMS = """
# Systems and Data Inventory

Kept by Enterprise Systems with Institutional Research. Review of May 2028.

| System | What it does | Owner | Status | Notes |
|---|---|---|---|---|
| Pinnacle 9 | Student information system: admissions, registration, records, financial aid, education-plan attachments | Director of Enterprise Systems | Live at both colleges | The vendor's hosted Pinnacle 9 service is due to be switched off on June 30, 2030. The move to Pinnacle 10 is awaiting funding in the 2029-30 budget. |
| Quillpath | Learning management system: course sites, assignments, gradebooks | Director of Educational Technology | Live at both colleges | Quillpath cannot exchange data with Pinnacle except through a nightly grade file. |
| MapWise | Education planning and degree audit | Dean of Counseling, Arden Falls College | Live at Arden Falls | Runs only at Arden Falls College, where it went live in Fall 2025. |
| Kite Alerts | Early-alert system chosen in May 2028 | Dean of Student Success, Arden Falls College | Contract to the Board on June 27, 2028 | Reads course rosters from Pinnacle and grades from Quillpath. |
| Riverstone | District data warehouse: a nightly copy of Pinnacle for reporting | Director of Institutional Research (content); Director of Enterprise Systems (servers and loads) | Live | Holds credit enrollment, grades, awards and financial aid from Fall 2015. Riverstone only covers credit students; non-credit enrollment is on a spreadsheet kept by the Quarry Hill continuing education office. |
| Lookout | Dashboards and reports on Riverstone | Director of Institutional Research | Live | Fourteen published dashboards, among them completion, persistence and course success by race and ethnicity, Pell status and age. |
| National Student Clearinghouse StudentTracker | Matches former students to universities for transfer rates | Director of Institutional Research | Lapsed | Our subscription lapsed in January 2027; the last match covers students who left by Spring 2026. |
| SignIn Station | Tutoring and Learning Commons visit log | Dean of Student Success, Arden Falls College | Live at both colleges | Visits are loaded into Riverstone every Sunday. |
| JobsBridge | Job board, internships and employer contacts | Director of Career Services | Live | Used by both career centers. |
| Beacon CRM | Contacts with high school students, counselors and parents | Director of Outreach and Dual Enrollment | Live | Holds every dual-enrollment inquiry since 2024. |
| KV Login | Single sign-on for staff and students | Director of Enterprise Systems | Live | Pinnacle, Quillpath, MapWise, JobsBridge and Lookout sign in through it. |
"""

METRICS = """
# District Metric Dictionary: Finish Line 2031 Measures

Maintained by Institutional Research. Edition of May 2028. Baselines are for AY 2026-27
(July 1, 2026 to June 30, 2027) unless stated. Every measure is reported by race and
ethnicity, Pell status and age. The owner answers for the result; Institutional Research
answers for the figure.

## Three-year completion rate, first-time students

- Definition: first-time students who start in a fall term and earn a degree or certificate of 16 or more credits at either college within three years.
- Baseline: 24% (Fall 2023 cohort). Target: 32% by Spring 2031.
- Source: Pinnacle awards, through Riverstone.
- Owner: Vice Chancellor, Educational Services.

## Transfer to a university within four years

- Definition: first-time students who enroll at a four-year university within four years of starting, matched through the National Student Clearinghouse.
- Baseline: 17%. Target: 22% by Spring 2031.
- Owner: Dean of Counseling, Arden Falls College, as head of the district Transfer Center.

## Completion gap, Black, Latino and Native American students

- Definition: the district's three-year completion rate minus the combined rate of Black, Latino and Native American first-time students, in percentage points.
- Baseline: 10 points. Target: 4 points by Spring 2031.
- Owner: Vice Chancellor, Educational Services, through the Student Equity Plan.

## Fall-to-fall persistence, first-time students

- Definition: first-time fall students enrolled at census of the next fall term, or who completed before it.
- Baseline: 62%. Target: 70% by Fall 2030.
- Owner: Dean of Student Success, Arden Falls College, as district lead for persistence; the Dean of Student Services answers for Quarry Hill's share.

## Transfer-level English and math completed in year one

- Definition: first-time students who pass transfer-level English and transfer-level math within their first year.
- Baseline: 41%. Target: 60% by Spring 2030.
- Owner: Guided Pathways Director.

## Education plan on file by end of first term

- Definition: first-time students with a full, counselor-approved education plan by the last day of their first term.
- Baseline: 38%. Target: 85% by Fall 2029.
- Owner: Dean of Counseling, Arden Falls College, as business owner of MapWise; the Dean of Student Services answers for Quarry Hill's share.

## Flagged students contacted within 3 business days

- Definition: students flagged in the early-alert system whom an adviser, counselor or coordinator reaches within three business days of the flag.
- Baseline: first measured in the Spring 2029 pilot. Target: 90% by Spring 2030.
- Owner: Early Alert Coordinator; until the post is filled, the Dean of Student Success, Arden Falls College.

## Dual-enrollment headcount, fall census

- Definition: high school students enrolled in at least one college section at fall census.
- Baseline: 1,840 (Fall 2027). Target: 3,000 by Fall 2030.
- Owner: Director of Outreach and Dual Enrollment.

## Short workforce certificates awarded a year

- Definition: credit and non-credit certificates of 16 weeks or less in career programs, awarded in the academic year.
- Baseline: 410. Target: 750 in AY 2030-31.
- Owner: Dean of Career Education.

## Short-certificate completers working in their field within six months

- Definition: completers of short certificates who report a job in their field at the six-month follow-up, or appear in the state wage match in a matching industry.
- Baseline: 58% (2026 completers). Target: 70% in AY 2030-31.
- Owner: Director of Career Services.

## Students who say they belong here (CCSSE)

- Definition: mean answer, 1 to 5, to "I feel that I belong at this college" in the Community College Survey of Student Engagement, given every other spring.
- Baseline: 3.1 (Spring 2027).
- Target: none set; the Board has not adopted one, and the Council will propose one after the Spring 2029 survey.
- Owner: Director of Institutional Research.
"""

PROFILE = """
# District Profile for Planning Teams

Kestrel Valley Community College District. Updated May 2028 by the Office of Institutional
Effectiveness.

## The district

Kestrel Valley Community College District serves Kestrel County and the eastern half of
Dunmore County from two colleges. Arden Falls College is in the city of Arden Falls. Quarry
Hill College is 43 miles east, with centers in Brandt Crossing and Sable Creek.

In AY 2026-27 the district served 19,060 students: 12,310 at Arden Falls and 6,750 at Quarry
Hill. Of these, 3,540 took non-credit classes in ESL, adult education and workforce
training. Both colleges are federally designated Hispanic-Serving Institutions. The colleges
offer 74 credit degree and certificate programs and 23 non-credit certificate programs.

## Calendar and money

The district's fiscal year and academic year both run from July 1 to June 30. Fall term
classes run from mid-August to mid-December, spring term classes from mid-January to late
May, and summer session in June and July. The Board adopts a tentative budget in June and the
final budget in September.

The Title V grant ($3.1 million) runs from October 1, 2027 to September 30, 2032. The
Kestrel Valley College Foundation has pledged $500,000 to Finish Line 2031.

## Governance

The Board of Trustees has five elected trustees and one student trustee. It meets in regular
session twice a month and holds study sessions as needed; the June regular meeting is the
last of each fiscal year and is where the Board takes Finish Line 2031's gate decisions. The
Chancellor is the executive sponsor of Finish Line 2031.

Both colleges are accredited by the Accrediting Commission for Community and Junior Colleges
(ACCJC). Accreditation was reaffirmed in January 2027, and the midterm reports are due in
October 2030.

## Offices the plan relies on

- Institutional Research: a director and two analysts at the district office; they run Riverstone's student tables and the Lookout dashboards.
- Professional Learning: runs the Teaching and Learning Academy, two flex days each term and training on every new system.
- Transfer Center: run by Arden Falls counseling for students of both colleges, with a transfer counselor at Quarry Hill two days a week.
- Learning Commons and tutoring: at both colleges, open weekdays and two evenings.

## Partner high schools

Nine partner high schools in four school districts: Arden Falls High, Eastgate High and
Millrace High (Arden Falls Unified); Quarry Hill High and Brandt Crossing High (Quarry Hill
Joint Unified); Sable Creek High and Dunmore Valley High (Dunmore Valley Unified); Kestrel
Ridge High and Tamsen Early College High (Kestrel Ridge Unified).
"""

MINUTES = """
# District Student Success Council: Minutes, April 17, 2028

Draft minutes, approved at the May 15, 2028 meeting. District office, Room 210, 2:00 to 4:10 pm.

Present: Vice Chancellor, Educational Services (chair); President, Arden Falls College;
President, Quarry Hill College; Dean of Student Success, Arden Falls College; Dean of
Counseling, Arden Falls College; Dean of Student Services, Quarry Hill College; Dean of Career
Education; Director of Institutional Research; Guided Pathways Director; Director of Outreach
and Dual Enrollment; Director of Enterprise Systems; three Academic Senate members; one
Faculty Association member; two students. Guests: Director of Professional Learning (item 2),
Director of Educational Technology (item 2).

## 1. Finish Line 2031 draft

The chair walked through the draft goals and pillars. Members asked that every measure be
reported by race and ethnicity, Pell status and age. The Academic Senate members asked that
the program-map process come to the Senate before any maps are published.

## 2. Early alert

The selection panel recommended Kite Alerts after demonstrations by three vendors. The Dean of
Student Success reported on staffing. The retention specialist who retired in 2025 was never
replaced, and the Early Alert Coordinator position created in March 2028 is still vacant.
Calls to Arden Falls students on academic probation are made by one counselor whose time is
shared with the Transfer Center. The Director of Professional Learning confirmed that the
Teaching and Learning Academy can train the Business faculty in January 2029.

## 3. Education plans

At Quarry Hill, counselors still write education plans by hand on a fillable PDF and attach
them to the student's record in Pinnacle. The Dean of Counseling will share the MapWise setup
used at Arden Falls.

## 4. Data for the scorecard

Nobody currently runs the National Student Clearinghouse match: the analyst who ran it left
in 2026. The non-credit counts for the scorecard depend on one person, the continuing education
office manager at Quarry Hill, who keeps the spreadsheet. The Director of Institutional
Research showed the draft baseline dashboard in Lookout.

## 5. Dual enrollment

Only two of the nine partner high schools, Arden Falls High and Eastgate High, have signed the
2028 partnership agreement. The Director of Outreach and Dual Enrollment will visit the other
seven with the college presidents.

## Actions

- Director of Institutional Research: price the Clearinghouse renewal for the 2028-29 budget.
- Dean of Student Success, Arden Falls College: draft the pilot plan for Business Administration with the Business faculty.
- Vice Chancellor, Human Resources: advise on the timing of the eight adviser postings.
- Guided Pathways Director: bring the program-map process to the District Curriculum Committee in May.
"""

RISKS: list[list[str]] = [
    ["Risk ID", "Risk", "Owner", "Likelihood", "Impact", "Controls", "Status"],
    [
        "R-03",
        "Enrollment falls as the number of high school graduates in the service area declines.",
        "Vice Chancellor, Educational Services",
        "Medium",
        "High",
        "Dual-enrollment growth; adult outreach through non-credit programs.",
        "Open",
    ],
    [
        "R-07",
        "Classified hiring is frozen until the 2029-30 budget is adopted in June 2029, and the freeze covers grant-funded posts unless the Board exempts them.",
        "Vice Chancellor, Human Resources",
        "High",
        "High",
        "Exemption request for the eight Title V adviser posts prepared for June 27, 2028.",
        "Open",
    ],
    [
        "R-09",
        "Title V milestones are missed and the next year's award is reduced.",
        "Vice Chancellor, Business Services",
        "Low",
        "High",
        "Quarterly grant review with the program office; annual performance report each October.",
        "Open",
    ],
    [
        "R-12",
        "Student records are exposed through an outside system.",
        "Director of Admissions and Records",
        "Low",
        "High",
        "FERPA addendum in every contract that shares student records; access review each spring.",
        "Open",
    ],
    [
        "R-15",
        "A cyber attack takes Pinnacle off line during registration.",
        "Director of Enterprise Systems",
        "Medium",
        "High",
        "Multi-factor sign-in through KV Login for all staff; vendor backups checked each quarter.",
        "Open",
    ],
]


def risks_csv() -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(RISKS)
    return out.getvalue()


EMAIL = """
From: Hannah Lindqvist <hlindqvist@kvccd.edu>
Sent: Monday, May 22, 2028 4:37 PM
To: Marcus Bell <mbell@kvccd.edu>
Cc: Wes Kowalczyk <wkowalczyk@kvccd.edu>
Subject: RE: Kite Alerts - grade feed for the Business pilot

Marcus,

Short answers to your three questions.

1. Kite reads Quillpath grades from the nightly grade file that already feeds Pinnacle, so
faculty see a flag the morning after they enter a grade. That file has not been tested since
Quillpath's 2027 upgrade, so I would not rely on it for the pilot until we have run a full
test in October.

2. Kite signs in through KV Login, so students and faculty use the password they already have.
Wes's team will set up the Pinnacle roster connector, which is in Kite's quote.

3. Kite's quote for both colleges is $186,000 over three years, training included. Kenneth's
office has the contract draft, with the FERPA addendum Carol asked for.

Happy to walk the Business faculty through it at the January flex day.

Hannah

Hannah Lindqvist
Director of Educational Technology
Kestrel Valley Community College District
"""

FAQ = """
# Dual Enrollment FAQ for High School Counselors, 2028-29

Office of Outreach and Dual Enrollment, Kestrel Valley Community College District.

## Who can take a college class?

Students in grades 9 to 12 at a partner high school, with their high school counselor's
approval. Classes at the high school are open to its own students; classes on a college
campus are open to any partner high school student.

## What does it cost?

Nothing. Tuition, fees and textbooks are paid by the district and the high school district
under the partnership agreement.

## How does a student apply?

The student fills in the college application online and the high school counselor signs the
dual-enrollment approval. The parent consent form is kept on paper in each high school's
counseling office and sent to Admissions and Records in a batch each term.

## Which high schools have signed the 2028 agreement?

Arden Falls High and Eastgate High so far. The other seven partner high schools still offer
classes under the 2024 agreement, which expires on June 30, 2029.

## Who teaches the classes?

College faculty, or high school teachers the college has approved to teach the course. A
teacher who wants to teach a college section should contact our office by March for the
following fall.

## Do the credits count?

Yes. The grades go on a college transcript, and the credits count toward our degrees and
certificates and transfer to state universities.

## Whom do I ask?

The Office of Outreach and Dual Enrollment, at either college's welcome center.
"""


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/positions-export.xlsx": positions_xlsx(),
        "org/people/position-descriptions.docx": descriptions_docx(),
        "org/governance/participatory-governance-handbook.md": HANDBOOK,
        "org/governance/student-success-council-charter.md": CHARTER,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/metric-dictionary.md": METRICS,
        "org/context/district-profile.md": PROFILE,
        "org/context/student-success-council-minutes-2028-04-17.md": MINUTES,
        "org/context/risk-register-extract-2028-05.csv": risks_csv(),
        "org/context/saved-email-kite-alerts-grade-feed.txt": EMAIL,
        "org/context/dual-enrollment-faq-2028-29.md": FAQ,
    }


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    case = out / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(case, org_files())


if __name__ == "__main__":
    main()
