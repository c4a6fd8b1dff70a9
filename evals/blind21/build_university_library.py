"""Build the blind21 case ``university-library``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl and
python-pptx (``evals/dev16/_build.py`` imports python-pptx). reportlab is not in the
project's lock, so use a separate venv:

    /tmp/rl/bin/python evals/blind21/build_university_library.py [out-folder]

The deck's fonts are Liberation Sans (regular, bold, italic) from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``), embedded under the
Arial names Google Slides uses.

Writes, under ``evals/blind21/university-library/`` (or ``<out-folder>/university-library/``),
every file of the case but ``gold.json``:

- ``Library 2030 - University Executive Board - 9 June 2027.pdf``: a university library and
  archives service's three-year plan for its executive board, drawn the way Google Slides
  exports a 16:9 presentation to PDF (pages of 720 x 405 pt; an Info dictionary of Title and
  Producer "Skia/PDF m171 Google Docs Renderer" only: no Creator, no dates; PDF 1.4 with a
  binary comment), imitated with reportlab's canvas in invariant mode. Every line of text is
  its own text object; some boxes sit a few points below the line above them, so that a text
  reader puts their label at the end of that line: the gate criteria codes "G2.1" to "G2.4" in
  a margin column, the "WHY HOLLINSIDE" label beside the pilot's "We will" line, and the "AIM"
  tab on the corner of two pillar pages' goal boxes. A page number sits in a box in the
  bottom right corner of every page but the cover.
- ``org/``: the establishment as an XLSX (``people/establishment.xlsx``: one sheet, Post /
  Section / Reports To / Grade / Responsibilities, section headings as merged rows that are not
  posts), the programme board's terms of reference, the systems inventory as CSV, the service
  measures, and four context notes.

Re-running it rewrites every file byte for byte: reportlab's invariant mode and a fixed Info
dictionary for the PDF (reportlab's own marks overwritten in place at their own length), fixed
core properties, ZIP times and sorted entries for the XLSX, and the text files as literal
strings. It never touches ``gold.json``.

This is a BLIND case (split "blind21").
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "university-library"
TITLE = "Library 2030 - University Executive Board - 9 June 2027"
DECK = f"{TITLE}.pdf"
PRODUCER = "Skia/PDF m171 Google Docs Renderer"

LIB = Path("/usr/share/fonts/truetype/liberation")
REG, BOLD, ITAL = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
FONTS = {
    REG: LIB / "LiberationSans-Regular.ttf",
    BOLD: LIB / "LiberationSans-Bold.ttf",
    ITAL: LIB / "LiberationSans-Italic.ttf",
}
SUBSET_PREFIX = {REG: b"AAAAAA", BOLD: b"AAAAAB", ITAL: b"AAAAAC"}

W, H = 720.0, 405.0  # Google Slides' 16:9, 10 x 5.625 in
LEFT, RIGHT = 36.0, 684.0

Color = tuple[float, float, float]
INK: Color = (0.12, 0.13, 0.16)
PLUM: Color = (0.36, 0.16, 0.38)
GOLD: Color = (0.78, 0.55, 0.12)
GREY: Color = (0.42, 0.44, 0.48)
PALE: Color = (0.95, 0.93, 0.96)
GOAL_BG: Color = (0.99, 0.95, 0.86)
RULE: Color = (0.78, 0.78, 0.82)
WHITE: Color = (1.0, 1.0, 1.0)
PHASE_COLORS: list[Color] = [(0.36, 0.16, 0.38), (0.55, 0.3, 0.5), (0.78, 0.55, 0.12)]
BAR: Color = (0.88, 0.84, 0.9)

XLSX_STAMP = Stamp((2027, 5, 4, 11, 30, 0), "2027-05-04T11:30:00Z")
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them
FOOTER = "Thornholme University · Library 2030 · University Executive Board, 9 June 2027"


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(file))
            font.face.name = name.encode("ascii")
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """The document information Google Slides' export writes: Title and Producer only."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__()
        self.fields = fields

    def format(self, document):  # type: ignore[no-untyped-def]
        d = {k: pdfdoc.PDFString(v) for k, v in self.fields.items()}
        return pdfdoc.PDFDictionary(d).format(document)


def _skia_bytes(path: Path) -> None:
    """reportlab's marks rewritten in place at their own length: a PDF 1.4 header and a binary
    comment, the trailer's comment blanked, each font subset with a prefix of its own."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head.startswith(b"%PDF-1.") and b"ReportLab" in comment, (head, comment)
    binary = b"%\xe2\xe3\xcf\xd3"
    comment = binary + b" " * (len(comment) - len(binary))
    head = b"%PDF-1.4" + b" " * (len(head) - len(b"%PDF-1.4"))
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    for name, prefix in SUBSET_PREFIX.items():
        pattern = re.compile(rb"/AAAAAA\+" + re.escape(name.encode()) + rb"(?![-\w])")
        rest, n = pattern.subn(b"/" + prefix + b"+" + name.encode(), rest)
        assert n >= 2, (name, n)
    assert b"ReportLab" not in rest
    path.write_bytes(head + b"\n" + comment + b"\n" + rest)


# =========================================================================== the deck's canvas


class Deck:
    """A reportlab canvas with the few ways the Google Slides export writes a slide. ``top`` is
    a baseline's distance from the top of the slide."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=REG,
            initialFontSize=12,
        )
        self.c._doc.info = _Info({"Title": TITLE, "Producer": PRODUCER})
        self.page = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        top: float,
        s: str,
        size: float = 11,
        font: str = REG,
        color: Color = INK,
        limit: float | None = None,
        align: str = "left",
    ) -> float:
        """One line as its own text object; returns its width. ``limit`` is the width of its
        box (the builder refuses a line that would overflow it)."""
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
        size: float = 11,
        font: str = REG,
        color: Color = INK,
        leading: float | None = None,
        limit: float | None = None,
    ) -> float:
        """Lines of one text box, as written (no reflow); returns the next baseline."""
        step = leading if leading is not None else size * 1.3
        for row in rows:
            self.text(x, top, row, size, font, color, limit)
            top += step
        return top

    def bullets(
        self,
        x: float,
        top: float,
        items: list[list[str]],
        size: float = 10.5,
        gap: float = 5,
        limit: float | None = None,
        glyph: str = "•",
        color: Color = PLUM,
    ) -> float:
        """Bulleted items, each given as its lines; the glyph is its own text object."""
        for item in items:
            self.text(x - 11, top, glyph, size, REG, color)
            top = self.lines(x, top, item, size, REG, INK, size * 1.3, limit) + gap
        return top

    # ---------------------------------------------------------------- shapes
    def rect(self, x: float, top: float, w: float, h: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.rect(x, H - top - h, w, h, fill=1, stroke=0)

    def circle(self, cx: float, ctop: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.circle(cx, H - ctop, r, fill=1, stroke=0)

    def hline(self, x1: float, x2: float, top: float, color: Color = RULE, width=0.75) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, H - top, x2, H - top)

    def vline(
        self, x: float, top1: float, top2: float, color: Color = RULE, width=0.75, dash=False
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        if dash:
            self.c.setDash(3, 2)
        self.c.line(x, H - top1, x, H - top2)
        if dash:
            self.c.setDash()

    def diamond(self, cx: float, ctop: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        p = self.c.beginPath()
        cy = H - ctop
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    # ---------------------------------------------------------------- page furniture
    def heading(self, eyebrow: str, title: str) -> None:
        """A new slide: the eyebrow in small capitals' colour and the title as larger text."""
        self.page += 1
        self.rect(0, 0, W, 5, PLUM)
        self.text(LEFT, 30, eyebrow, 8.5, BOLD, GOLD)
        self.text(LEFT, 56, title, 21, BOLD, PLUM, RIGHT - LEFT)

    def label(self, x: float, top: float, s: str, color: Color = GOLD) -> None:
        """A labelled part's small capital label."""
        self.text(x, top, s, 8.5, BOLD, color)

    def finish(self) -> None:
        """The footer line and the page number in its corner box, then the next slide."""
        if self.page > 1:
            self.text(LEFT, 394, FOOTER, 7, REG, GREY)
            self.rect(W - 34, H - 24, 34, 24, PLUM)
            self.text(W - 17, 397, str(self.page), 9, BOLD, WHITE, align="centre")
        self.c.showPage()

    def save(self) -> None:
        if OVERFLOW:
            raise SystemExit("lines overflow their boxes:\n" + "\n".join(OVERFLOW))
        self.c.save()
        _skia_bytes(self.path)


# =========================================================================== the slides


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, PLUM)
    d.rect(0, 0, 12, H, GOLD)
    d.text(54, 70, "THORNHOLME UNIVERSITY · LIBRARY AND ARCHIVES", 10, BOLD, GOLD)
    d.text(54, 150, "Library 2030", 46, BOLD, WHITE)
    d.text(54, 186, "One library, open when you need it", 20, REG, WHITE)
    d.text(54, 212, "Our plan for 2027/28 to 2029/30", 14, REG, WHITE)
    d.text(
        54,
        318,
        "University Executive Board · 9 June 2027 · Paper UEB/27/58 · For approval",
        10,
        REG,
        PALE,
    )
    d.text(
        54,
        334,
        "Presented by Dr Miriam Castell, University Librarian, and",
        10,
        REG,
        PALE,
    )
    d.text(54, 348, "Professor Owen Ashdown, Pro-Vice-Chancellor (Education)", 10, REG, PALE)
    d.finish()


def _tile(d: Deck, x: float, top: float, w: float, h: float, big: str, caption: list[str]) -> None:
    """A big-number tile: a pale box, a rule, the number and its caption lines."""
    d.rect(x, top, w, h, PALE)
    d.rect(x, top, 4, h, GOLD)
    d.text(x + 14, top + 32, big, 24, BOLD, PLUM, w - 24)
    d.lines(x + 14, top + 50, caption, 9.5, REG, INK, 12.5, w - 24)


def executive_summary(d: Deck) -> None:
    d.heading("01 · WHY NOW", "Executive summary")
    d.lines(
        LEFT,
        80,
        [
            "Library 2030 gives Thornholme one library service across three campuses and an"
            " archive,",
            "in three academic years. By the end of 2029/30 we will deliver:",
        ],
        10.5,
        REG,
        GREY,
        limit=RIGHT - LEFT,
    )
    tw, th, gap = 208.0, 82.0, 12.0
    tiles = [
        (
            "1",
            ["library platform and one search for all", "three libraries, live from 1 August 2028"],
        ),
        (
            "24/7",
            ["opening by campus card at all three", "libraries in term time, from September 2029"],
        ),
        ("60%", ["of archive requests answered with", "images online by July 2030"]),
        ("90%", ["of taught modules with an online reading", "list by week 1 of 2029/30"]),
        ("75%", ["of funded research projects depositing", "their data with us by July 2030"]),
    ]
    for k, (big, caption) in enumerate(tiles):
        col, row = k % 3, k // 3
        _tile(d, LEFT + col * (tw + gap), 112 + row * (th + gap), tw, th, big, caption)
    x, top = LEFT + 2 * (tw + gap), 112 + th + gap
    d.rect(x, top, tw, th, PLUM)
    d.lines(
        x + 14,
        top + 24,
        ["Cost: £4.52m over three years,", "£1.42m of it in 2027/28.", "Decision today: approve"],
        10,
        BOLD,
        WHITE,
        14,
        tw - 24,
    )
    d.text(x + 14, top + 66, "the plan and its first year.", 10, BOLD, WHITE, tw - 24)
    d.finish()


def why_now(d: Deck) -> None:
    d.heading("01 · WHY NOW", "Readers work around the clock. Our services do not.")
    tw, th, gap = 208.0, 92.0, 12.0
    tiles = [
        ("2", ["catalogues to search in 2026/27:", "Athenaeum, and ShelfMark at Tanner St"]),
        ("1,130", ["readers still inside when Abbeygate", "closed at midnight, 15 May 2027"]),
        ("4,812", ["archive requests in 2025/26, 71% of", "them for twelve collections"]),
        ("38%", ["of Lectern module pages had readings", "attached as autumn 2026 teaching began"]),
        ("212", ["datasets by our researchers lodged in", "outside repositories in 2025/26"]),
        ("£58k", ["paid by readers for archive scans", "in 2025/26, at £2.90 a page"]),
    ]
    for k, (big, caption) in enumerate(tiles):
        col, row = k % 3, k // 3
        _tile(d, LEFT + col * (tw + gap), 82 + row * (th + gap), tw, th, big, caption)
    d.text(
        LEFT,
        300,
        "Sources: library and archive records for 2025/26 and 2026/27; Abbeygate gate count,"
        " 15 May 2027.",
        8,
        ITAL,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


def ambition(d: Deck) -> None:
    d.heading("02 · AMBITION", "One library, open when you need it")
    d.rect(LEFT, 74, RIGHT - LEFT, 62, PLUM)
    d.lines(
        LEFT + 16,
        100,
        [
            "A library and archive that every Thornholme student and researcher",
            "can use whenever, and wherever, they work.",
        ],
        15,
        BOLD,
        WHITE,
        20,
        RIGHT - LEFT - 32,
    )
    d.label(LEFT, 160, "FOUR PILLARS")
    pillars = [
        ("1", "One search, one list", "one platform for three libraries; reading lists online"),
        ("2", "Open around the clock", "24/7 study by campus card, Hollinside first"),
        ("3", "The archive, online", "the most-requested collections digitised and free to view"),
        ("4", "Research data, kept and shared", "deposits with DOIs for every school"),
    ]
    top = 180
    for num, name, what in pillars:
        d.circle(LEFT + 9, top - 4, 9, GOLD)
        d.text(LEFT + 9, top, num, 10, BOLD, WHITE, align="centre")
        d.text(LEFT + 26, top, name, 11.5, BOLD, INK, 300)
        d.text(LEFT + 26, top + 14, what, 9.5, REG, GREY, 300)
        top += 38
    x, w = 384.0, RIGHT - 384.0
    d.rect(x, 150, w, 180, PALE)
    d.label(x + 14, 170, "WORTH KNOWING", PLUM)
    d.lines(
        x + 14,
        190,
        [
            "2019: the last library plan promised Abbeygate open all",
            "night by 2021; the building closed in March 2020 and",
            "the plan lapsed.",
        ],
        9.5,
        REG,
        INK,
        12.5,
        w - 28,
    )
    d.lines(
        x + 14,
        238,
        [
            "Northmere University says 81% of its archive requests",
            "were answered online in 2026.",
        ],
        9.5,
        REG,
        INK,
        12.5,
        w - 28,
    )
    d.lines(
        x + 14,
        273,
        [
            "The Holroyd deed of gift (1964) requires the archive",
            "reading room to open at least 30 hours a week.",
        ],
        9.5,
        REG,
        INK,
        12.5,
        w - 28,
    )
    d.finish()


def pillar(
    d: Deck,
    number: int,
    title: str,
    today: list[str],
    goal: list[str],
    aim_label: str,
    aim: list[str],
    work: list[list[str]],
    lead: str,
    aim_tab: bool,
) -> None:
    """A pillar page in labelled parts: TODAY, GOAL, AIM (or AMBITION) on the left, WHAT WE
    WILL DO on the right, the lead at the foot. With ``aim_tab`` the aim's label is a tab on
    the goal box's lower right corner, five points under the goal's last line."""
    d.heading(f"PILLAR {number}", title)
    lx, lw = LEFT, 318.0
    d.rect(lx, 76, lw, 76, PALE)
    d.label(lx + 12, 92, "TODAY", GREY)
    d.lines(lx + 12, 108, today, 10, REG, GREY, 13, lw - 24)
    d.rect(lx, 162, lw, 64, GOAL_BG)
    d.label(lx + 12, 178, "GOAL")
    d.lines(lx + 12, 196, goal, 12, BOLD, INK, 16, lw - 24)
    goal_last = 196 + 16 * (len(goal) - 1)
    if aim_tab:
        tab_w = stringWidth(aim_label, BOLD, 8.5) + 12
        d.rect(lx + lw - tab_w, goal_last - 4, tab_w, 14, GOLD)
        d.text(lx + lw - tab_w + 6, goal_last + 5, aim_label, 8.5, BOLD, WHITE)
        d.lines(lx + 12, 250, aim, 10.5, ITAL, INK, 14, lw - 24)
    else:
        d.label(lx + 12, 246, aim_label)
        d.lines(lx + 12, 262, aim, 10.5, ITAL, INK, 14, lw - 24)
    rx, rw = 384.0, RIGHT - 384.0
    d.label(rx, 92, "WHAT WE WILL DO")
    d.bullets(rx + 12, 112, work, 10.5, 6, rw - 12)
    d.hline(LEFT, RIGHT, 330)
    d.text(LEFT, 350, f"Lead: {lead}", 10.5, BOLD, PLUM, RIGHT - LEFT)
    d.finish()


def pillar_one(d: Deck) -> None:
    pillar(
        d,
        1,
        "One search, one list",
        [
            "Two catalogues since the 2012 merger: Athenaeum for",
            "Abbeygate and Hollinside, ShelfMark for Tanner Street.",
            "Reading lists are Word files on Lectern.",
        ],
        ["One library services platform for all three", "libraries, live from 1 August 2028"],
        "AIM",
        ["Make the library as easy to use online as it is", "on the shelf."],
        [
            ["Choose one library services platform through a", "national framework by March 2028"],
            ["Merge the duplicate records of the two catalogues", "before we migrate"],
            ["Load borrowers every night from the student record", "and CampusCard"],
            ["Launch online reading lists in Lectern for 2028/29"],
            ["Buy or license every essential list item within", "10 working days"],
        ],
        "Director of Collections and Discovery",
        aim_tab=False,
    )


def pillar_two(d: Deck) -> None:
    pillar(
        d,
        2,
        "Open around the clock",
        [
            "Hollinside closes at 22:00, Abbeygate at midnight and",
            "Tanner Street at 21:00. Only Hollinside has card",
            "readers on its doors.",
        ],
        ["All three libraries open 24/7 by campus card", "in term time from September 2029"],
        "AIM",
        ["Be the place students choose to study, at any hour."],
        [
            ["Fit campus-card readers at Abbeygate and Tanner Street"],
            ["Staff every night with an overnight team of two"],
            ["Show live free seats for each library on the web"],
            ["Open Abbeygate 24/7 from September 2028, Tanner", "Street from September 2029"],
        ],
        "Director of Library Services",
        aim_tab=True,
    )


def pillar_three(d: Deck) -> None:
    pillar(
        d,
        3,
        "The archive, online",
        [
            "Requests come by email and are fetched on paper",
            "slips. Scans cost £2.90 a page and take up to",
            "15 working days.",
        ],
        ["60% of archive requests answered with images", "online by July 2030"],
        "AMBITION",
        ["Make Denholm House's collections known well", "beyond Thornholme."],
        [
            ["Digitise the twelve most-requested collections:", "400,000 pages"],
            ["Clear rights, and publish orphan works under a", "takedown policy"],
            ["Put the archive catalogue and images online", "in one viewer"],
            ["Keep a preservation copy of every image off site"],
            ["Take reading-room requests online instead of on", "paper slips"],
        ],
        "Director of Heritage Collections",
        aim_tab=True,
    )


def pillar_four(d: Deck) -> None:
    pillar(
        d,
        4,
        "Research data, kept and shared",
        [
            "ThornScholar takes papers and theses only. Datasets",
            "go to outside repositories or stay on laptops.",
        ],
        ["75% of funded research projects depositing", "their data with us by July 2030"],
        "AIM",
        ["Be a university whose research data others can", "find and reuse."],
        [
            ["Open a data repository that takes datasets of any", "size and mints DOIs"],
            ["Check the data plan in every funded bid before it", "is submitted"],
            ["Train a data champion in each of our 14 schools"],
            ["Keep deposited data for at least ten years"],
        ],
        "Director of Research Services",
        aim_tab=False,
    )


def moments(d: Deck) -> None:
    d.heading("02 · AMBITION", "Four moments we plan around")
    cases = [
        (
            ["A second-year revising at 1am in the May exam", "weeks"],
            ["Today: Abbeygate closes at midnight; she walks", "home with her notes."],
            [
                "With Library 2030: she taps her campus card at",
                "Hollinside, and from September 2028 at Abbeygate.",
            ],
        ),
        (
            ["A nursing student on placement who needs a set", "text tonight"],
            ["Today: the list is a Word file; the book is in", "ShelfMark only."],
            ["With Library 2030: her list in Lectern links to the", "e-book or the shelf."],
        ),
        (
            ["A historian in Toronto who wants a Holroyd Mill", "wages book"],
            ["Today: an emailed request, then a paid scan in up to", "15 working days."],
            ["With Library 2030: the pages are in the archive", "viewer, free to view."],
        ),
        (
            ["A PhD student whose funder wants her data shared"],
            ["Today: a 40 GB dataset on a laptop, and an outside", "repository."],
            ["With Library 2030: she deposits with us and gets a", "DOI the same week."],
        ),
    ]
    qw, qh = 318.0, 140.0
    for k, (moment, today, with_plan) in enumerate(cases):
        col, row = k % 2, k // 2
        x, top = LEFT + col * (qw + 12), 74 + row * (qh + 10)
        d.rect(x, top, qw, qh, PALE)
        d.text(x + 12, top + 20, f"0{k + 1}", 9, BOLD, GOLD)
        t = d.lines(x + 12, top + 36, moment, 11.5, BOLD, PLUM, 15, qw - 24)
        t = d.lines(x + 12, t + 4, today, 9.5, REG, INK, 12.5, qw - 24)
        d.lines(x + 12, t + 4, with_plan, 9.5, REG, INK, 12.5, qw - 24)
    d.finish()


def kpis(d: Deck) -> None:
    d.heading("04 · MEASURES", "How we will know")
    d.text(
        LEFT,
        76,
        "Baselines for 2026/27, the academic year to 31 July 2027, unless stated.",
        9.5,
        REG,
        GREY,
        RIGHT - LEFT,
    )
    widths = [318.0, 110.0, 90.0, 130.0]
    rows = [
        ["Measure", "Baseline", "Target", "By when"],
        ["Catalogues a reader searches to find a book", "2", "1", "August 2028"],
        ["Libraries open 24/7 in term time", "0 of 3", "3 of 3", "September 2029"],
        ["Archive requests answered with online images", "4%", "60%", "July 2030"],
        [
            "Pages online from the twelve most-requested collections",
            "31,000",
            "400,000",
            "July 2030",
        ],
        ["Taught modules with an online reading list by week 1", "38%*", "90%", "2029/30"],
        ["Essential list items available on the day teaching starts", "71%", "95%", "2029/30"],
        ["Funded projects depositing their data with us", "9% (2025/26)", "75%", "July 2030"],
        ["Students satisfied with library resources (NSS)", "79%", "86%", "NSS 2030"],
        ["Researchers' confidence in managing their data", "not measured", "Higher", "–"],
    ]
    top, row_h = 90.0, 24.0
    total = sum(widths)
    d.rect(LEFT, top, total, row_h, PLUM)
    for r, row in enumerate(rows):
        base = top + row_h * r + 16
        cx = LEFT
        for cell, w in zip(row, widths, strict=True):
            font, color = (BOLD, WHITE) if r == 0 else (REG, INK)
            d.text(cx + 6, base, cell, 10, font, color, w - 12)
            cx += w
        d.hline(LEFT, LEFT + total, top + row_h * (r + 1))
    d.text(
        LEFT,
        top + row_h * len(rows) + 16,
        "* 2026/27 counts any readings file attached in Lectern; from 2028/29 only lists in the"
        " reading-list service count.",
        8,
        ITAL,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


GRID_X0, GRID_X1 = 150.0, RIGHT


def mx(month: float) -> float:
    """The x of a month on the roadmap (month 0 = August 2027, 36 = the end of July 2030)."""
    return GRID_X0 + (GRID_X1 - GRID_X0) * month / 36


def roadmap(d: Deck) -> None:
    d.heading("04 · ROADMAP", "Three academic years, three gates")
    d.text(
        LEFT,
        76,
        "Academic years run 1 August to 31 July · month 0 = August 2027 · the plan ends on"
        " 31 July 2030",
        9,
        REG,
        GREY,
        RIGHT - LEFT,
    )
    for k, year in enumerate(["2027/28", "2028/29", "2029/30"]):
        x0, x1 = mx(12 * k), mx(12 * k + 12)
        d.rect(x0 + 1, 86, x1 - x0 - 2, 18, PALE)
        d.text((x0 + x1) / 2, 99, year, 10, BOLD, PLUM, align="centre")
        for month, term in ((0, "Autumn"), (5, "Spring"), (8, "Summer")):
            d.text(mx(12 * k + month) + 3, 115, term, 7, REG, GREY)
    phases = [
        (0, 12, "Phase 1 · Build and prove"),
        (12, 24, "Phase 2 · Switch over and open up"),
        (24, 36, "Phase 3 · Extend and hand over"),
    ]
    for k, (a, b, name) in enumerate(phases):
        d.rect(mx(a) + 1, 122, mx(b) - mx(a) - 2, 18, PHASE_COLORS[k])
        d.text(mx(a) + 7, 134.5, name, 8.5, BOLD, WHITE, mx(b) - mx(a) - 14)
    lanes = [
        (
            "One search, one list",
            [
                (0, 8, "Tender and choose"),
                (8, 12, "Migrate"),
                (12, 24, "Platform live · lists in Lectern"),
                (24, 36, "90% of modules by week 1"),
            ],
        ),
        (
            "Open around the clock",
            [
                (0, 5, "Readers, rotas"),
                (5, 11, "Hollinside 24/7"),
                (13, 24, "Abbeygate 24/7 from September 2028"),
                (25, 36, "Tanner Street 24/7 from September 2029"),
            ],
        ),
        (
            "The archive online",
            [
                (0, 6, "Rank and clear rights"),
                (6, 24, "Digitise 150,000 pages · viewer live"),
                (24, 36, "Digitise 250,000 more pages"),
            ],
        ),
        (
            "Research data",
            [
                (0, 8, "Policy and repository"),
                (8, 24, "Deposits with DOIs, then all schools"),
                (24, 36, "Data champions in 14 schools"),
            ],
        ),
    ]
    top = 152.0
    for name, bars in lanes:
        d.text(LEFT, top + 15, name, 9, BOLD, INK, GRID_X0 - LEFT - 6)
        for a, b, words in bars:
            d.rect(mx(a) + 1, top + 2, mx(b) - mx(a) - 2, 20, BAR)
            d.text(mx(a) + 5, top + 15, words, 7.5, REG, INK, mx(b) - mx(a) - 10)
        d.hline(LEFT, RIGHT, top + 28)
        top += 34
    for k, at in enumerate((10.5, 22.5, 34.5), start=1):
        x = mx(at)
        d.vline(x, 118, 296, GOLD, 1.2, dash=True)
        d.diamond(x, 302, 6, GOLD)
        names = {1: "June 2028", 2: "June 2029", 3: "June 2030"}
        d.text(x, 322, f"Gate {k} · {names[k]} board", 8, BOLD, PLUM, align="centre")
    d.text(
        LEFT,
        352,
        "Gates fall at the Executive Board's June meeting, before the next academic year"
        " starts on 1 August.",
        8.5,
        ITAL,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


def pilot(d: Deck) -> None:
    d.heading("05 · PILOT", "Hollinside first, through the night")
    lw = 400.0
    d.lines(
        LEFT,
        84,
        [
            "We will open Hollinside Library 24/7 to card holders",
            "from 8 January to 26 June 2028.",
        ],
        12.5,
        BOLD,
        INK,
        17,
        lw,
    )
    # the WHY box on the right starts five points under the "We will" line's last baseline
    rx, rw = 456.0, RIGHT - 456.0
    d.rect(rx, 92, rw, 150, PALE)
    d.label(rx + 12, 106, "WHY HOLLINSIDE", PLUM)
    d.bullets(
        rx + 22,
        124,
        [
            ["Its doors already have card readers"],
            ["Its 420 seats are full by 20:00 in", "exam weeks"],
            ["The campus security lodge next door", "is staffed all night"],
            ["It is our smallest library, so two", "staff can cover it"],
        ],
        9.5,
        4,
        rw - 34,
    )
    d.label(LEFT, 132, "STEPS")
    steps = [
        "1. Train the overnight team of two in first aid and incident response",
        "2. Set the door readers to admit current students and staff 22:00 to 08:00",
        "3. Compare night use, incidents and cost week by week",
        "4. Report to the Executive Board at Gate 1",
    ]
    d.lines(LEFT, 150, steps, 10, REG, INK, 19, lw)
    d.rect(LEFT, 258, RIGHT - LEFT, 86, GOAL_BG)
    d.label(LEFT + 12, 276, "WHAT GOOD LOOKS LIKE")
    d.bullets(
        LEFT + 24,
        296,
        [
            ["150 or more entries a night in exam weeks"],
            ["Overnight cost at or under £900 a night"],
        ],
        10,
        8,
        280,
    )
    d.bullets(
        360,
        296,
        [
            ["No serious incident, and every incident logged that night"],
            ["70% of night users satisfied in the exit survey"],
        ],
        10,
        8,
        310,
    )
    d.finish()


def gates(d: Deck) -> None:
    d.heading("06 · GATES", "What 'ready' means")
    d.text(
        LEFT,
        78,
        "The Programme Board recommends; the University Executive Board decides at its June"
        " meeting.",
        9.5,
        REG,
        GREY,
        RIGHT - LEFT,
    )
    blocks = [
        (
            LEFT,
            "Gate 1 · June 2028 · Ready to switch over",
            [
                ["Hollinside pass marks met, or changes agreed"],
                [
                    "Every record migrated and checked; Athenaeum",
                    "and ShelfMark read-only from 1 July 2028",
                ],
                ["Listed building consent for the Abbeygate doors"],
            ],
        ),
        (
            372.0,
            "Gate 3 · June 2030 · Hand over",
            [
                ["Each target met, or a dated plan to close it agreed"],
                ["Running costs moved into the library budget", "for 2030/31"],
            ],
        ),
    ]
    for x, head, items in blocks:
        d.text(x, 104, head, 11, BOLD, PLUM, 312)
        d.bullets(x + 12, 122, items, 9.5, 4, 300)
    # Gate 2: criteria coded in a margin column; each code's box sits between two rows, its
    # baseline five points under the line above, which is where a text reader puts it
    top = 224.0
    d.hline(LEFT, RIGHT, top - 20)
    d.text(LEFT, top, "Gate 2 · June 2029 · Ready for the final year", 11, BOLD, PLUM, 420)
    criteria = [
        "Abbeygate open 24/7 through 2028/29 with no serious incident",
        "150,000 archive pages online in the viewer",
        "70% of taught modules with an online reading list in 2028/29",
        "Data deposits with DOIs open to every school",
    ]
    code_x = 620.0
    prev = top
    for k, line in enumerate(criteria, start=1):
        base = top + 22 * k
        d.rect(code_x - 4, prev + 5 - 9, 40, 12, PALE)
        d.text(code_x, prev + 5, f"G2.{k}", 8, BOLD, GOLD)
        d.text(LEFT + 12, base, line, 10, REG, INK, code_x - LEFT - 24)
        prev = base
    d.finish()


def risks(d: Deck) -> None:
    d.heading("07 · DELIVERY", "What could go wrong, and what we will do")
    widths = [230.0, 66.0, 56.0, 296.0]
    head = ["Risk", "Likelihood", "Impact", "Mitigation"]
    rows = [
        (
            ["Migration runs past Athenaeum's support end"],
            "Medium",
            "High",
            ["Freeze catalogue changes from 1 May 2028;", "rehearse the migration twice"],
        ),
        (
            ["A serious incident overnight"],
            "Low",
            "High",
            ["Two staff every night, a direct line to", "Security, and a night-closure plan"],
        ),
        (
            ["Listed building consent for Abbeygate is", "slow or refused"],
            "Medium",
            "Medium",
            ["Apply in the first 90 days; fall back to the", "Abbot's Walk side door"],
        ),
        (
            ["Rights cannot be traced for parts of the", "Holroyd Mill Records"],
            "High",
            "Medium",
            ["Diligent search, then publish under a", "takedown policy"],
        ),
        (
            ["Module leaders miss the week-1 list deadline"],
            "Medium",
            "Medium",
            [
                "Faculty deadlines set by the PVC; the team",
                "builds lists from the files staff send",
            ],
        ),
        (
            ["Researchers keep using outside repositories"],
            "Medium",
            "Low",
            ["Record deposits held elsewhere, and count", "them"],
        ),
    ]
    top, row_h = 76.0, 40.0
    d.rect(LEFT, top, sum(widths), 20, PLUM)
    cx = LEFT
    for cell, w in zip(head, widths, strict=True):
        d.text(cx + 6, top + 14, cell, 9.5, BOLD, WHITE, w - 12)
        cx += w
    top += 20
    for risk, likely, impact, mitigation in rows:
        cx = LEFT
        d.lines(cx + 6, top + 15, risk, 9.5, REG, INK, 12.5, widths[0] - 12)
        cx += widths[0]
        d.text(cx + 6, top + 15, likely, 9.5, REG, INK, widths[1] - 12)
        cx += widths[1]
        d.text(cx + 6, top + 15, impact, 9.5, REG, INK, widths[2] - 12)
        cx += widths[2]
        d.lines(cx + 6, top + 15, mitigation, 9.5, REG, INK, 12.5, widths[3] - 12)
        top += row_h
        d.hline(LEFT, RIGHT, top)
    d.finish()


def first_90_days(d: Deck) -> None:
    d.heading("07 · DELIVERY", "The first 90 days: August to October 2027")
    items = [
        ("Hold the first Programme Board; set up the risk log", "(Programme Manager)"),
        ("Issue the platform tender through a national framework", "(Library Systems Manager)"),
        (
            "Apply for listed building consent for the Abbeygate doors",
            "(Access and Building Manager)",
        ),
        ("Open consultation with ULSA on overnight rotas", "(Head of Campus Libraries)"),
        ("Start merging duplicate catalogue records", "(Head of Collections)"),
        ("Rank archive collections by requests since 2022", "(Head of Special Collections)"),
        ("Draft the research data deposit policy", "(Research Data Manager)"),
        ("Agree week-1 reading-list deadlines with the faculties", "(Reading Lists Coordinator)"),
    ]
    for k, (what, lead) in enumerate(items):
        col, row = k // 4, k % 4
        x, top = LEFT + col * 330, 92 + row * 64
        d.circle(x + 14, top - 4, 14, PLUM if col == 0 else GOLD)
        d.text(x + 14, top - 1, f"{k + 1:02d}", 10, BOLD, WHITE, align="centre")
        d.text(x + 38, top - 4, what, 10.5, REG, INK, 288)
        d.text(x + 38, top + 10, lead, 9, ITAL, GREY, 288)
    d.finish()


def governance(d: Deck) -> None:
    d.heading("07 · DELIVERY", "Who decides, who leads")
    rows = [
        (
            "Sponsor: ",
            "Professor Owen Ashdown, Pro-Vice-Chancellor (Education), chairs the",
            "Library 2030 Programme Board",
        ),
        ("Senior responsible owner: ", "Dr Miriam Castell, University Librarian", ""),
        (
            "Programme Board: ",
            "monthly; the four pillar leads, the Library 2030 Programme Manager",
            "and the Library Business Manager",
        ),
        (
            "Gate decisions: ",
            "the University Executive Board at its June meetings, on the",
            "Programme Board's recommendation",
        ),
        (
            "Consulted: ",
            "the Students' Union Academic Officer and the ULSA branch, before",
            "any change to opening hours, lending rules or rotas",
        ),
        (
            "Reporting: ",
            "a monthly dashboard from Wayfinder; a report to Senate each term",
            "",
        ),
    ]
    top = 92.0
    for lead, first, second in rows:
        width = d.text(LEFT, top, lead, 11, BOLD, PLUM)
        d.text(LEFT + width, top, first, 11, REG, INK, RIGHT - LEFT - width)
        if second:
            d.text(LEFT + width, top + 15, second, 11, REG, INK, RIGHT - LEFT - width)
            top += 15
        top += 29
    d.finish()


def asks(d: Deck) -> None:
    d.heading("08 · DECISIONS", "What we ask of the Executive Board today")
    asks_ = [
        "Approve Library 2030 and its three gates",
        "Release £1.42m for 2027/28 (Phase 1)",
        "Agree Hollinside as the first library open 24/7, from 8 January 2028",
        "Make the Digitisation Unit's two fixed-term photographer posts permanent",
        "Note that £3.10m for 2028/29 and 2029/30 comes to the board in each spring budget round",
    ]
    top = 100.0
    for k, ask in enumerate(asks_, start=1):
        d.circle(LEFT + 12, top - 5, 12, GOLD)
        d.text(LEFT + 12, top - 1, str(k), 11, BOLD, WHITE, align="centre")
        d.text(LEFT + 34, top, ask, 13, REG, INK, RIGHT - LEFT - 34)
        top += 44
    d.finish()


def appendix(d: Deck) -> None:
    d.heading("APPENDIX", "How we measure")
    rows = [
        (
            "Catalogues to search: ",
            "separate catalogues a reader must search to find a printed book we hold.",
        ),
        (
            "Libraries open 24/7: ",
            "libraries that admit card holders at every hour of the teaching terms and exam weeks.",
        ),
        (
            "Requests answered online: ",
            "archive requests closed with a link to images in the viewer, as a share of all.",
        ),
        ("Pages online: ", "archive pages with an image in the viewer, each counted once."),
        (
            "Modules with a list: ",
            "taught modules whose list is published in the reading-list service by week 1.",
        ),
        (
            "Essential items available: ",
            "essential list items held in print or online on the first day of teaching.",
        ),
        (
            "Projects depositing data: ",
            "funded projects ending in the year that deposit a dataset with us or record one.",
        ),
        (
            "Satisfaction with resources: ",
            "students agreeing with the NSS question on library resources.",
        ),
    ]
    top = 90.0
    for lead, what in rows:
        width = d.text(LEFT, top, lead, 10, BOLD, PLUM)
        d.text(LEFT + width, top, what, 10, REG, INK, RIGHT - LEFT - width)
        top += 28
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for slide in (
        cover,
        executive_summary,
        why_now,
        ambition,
        pillar_one,
        pillar_two,
        pillar_three,
        pillar_four,
        moments,
        kpis,
        roadmap,
        pilot,
        gates,
        risks,
        first_90_days,
        governance,
        asks,
        appendix,
    ):
        slide(d)
    d.save()


# =========================================================================== the org folder

SECTION_HEADS = {
    "UNIVERSITY EXECUTIVE",
    "OFFICE OF THE UNIVERSITY LIBRARIAN",
    "LIBRARY SERVICES",
    "COLLECTIONS AND DISCOVERY",
    "HERITAGE COLLECTIONS",
    "RESEARCH SERVICES",
    "CONSULTED BODIES (NOT UNIVERSITY POSTS)",
}

ESTABLISHMENT: list[tuple[str, ...]] = [
    ("UNIVERSITY EXECUTIVE",),
    (
        "Pro-Vice-Chancellor (Education)",
        "University Executive",
        "Vice-Chancellor",
        "Professorial",
        "Sponsor of Library 2030 and chair of the Library 2030 Programme Board. Speaks for the"
        " programme at the University Executive Board, which takes the gate decisions and releases"
        " each year's budget. Sets the faculties' deadlines for teaching materials.",
    ),
    ("OFFICE OF THE UNIVERSITY LIBRARIAN",),
    (
        "University Librarian",
        "Office of the University Librarian",
        "Pro-Vice-Chancellor (Education)",
        "Grade 10",
        "Head of the Library and Archives Service and senior responsible owner of Library 2030."
        " Line manages the four directors, the programme manager, the business manager and the"
        " staff development manager. Signs off the service's policies.",
    ),
    (
        "Library 2030 Programme Manager",
        "Office of the University Librarian",
        "University Librarian",
        "Grade 8",
        "Runs the programme office: the plan, the risk log, the benefits register, gate reports"
        " and the monthly dashboard. Secretary to the Programme Board. Coordinates the pillar"
        " leads and owns no pillar's delivery.",
    ),
    (
        "Library Business Manager",
        "Office of the University Librarian",
        "University Librarian",
        "Grade 8",
        "The service's budget, forecasts and annual budget round; purchase orders and tenders with"
        " University Procurement; the staffing establishment and recruitment paperwork.",
    ),
    (
        "Staff Development Manager",
        "Office of the University Librarian",
        "University Librarian",
        "Grade 7",
        "Plans and delivers training for all library and archives staff: induction, customer"
        " service, first aid, lone-working and incident response, and training on new systems."
        " Keeps the training records and the annual training plan.",
    ),
    ("LIBRARY SERVICES",),
    (
        "Director of Library Services",
        "Library Services",
        "University Librarian",
        "Grade 9",
        "Leads the three campus libraries: study spaces, opening hours, lending and front-of-house"
        " services. Owns the service's student feedback, including the NSS library results.",
    ),
    (
        "Head of Campus Libraries",
        "Library Services",
        "Director of Library Services",
        "Grade 8",
        "Runs Abbeygate, Hollinside and Tanner Street libraries day to day: opening hours, staff"
        " rotas, evening, weekend and overnight cover, and the lending desks.",
    ),
    (
        "Hollinside Library Manager",
        "Library Services",
        "Head of Campus Libraries",
        "Grade 6",
        "Runs Hollinside Library: its rota, desks, seats, gate counts and exit surveys. Site lead"
        " for any trial or change at Hollinside.",
    ),
    (
        "Access and Building Services Manager",
        "Library Services",
        "Director of Library Services",
        "Grade 7",
        "The library buildings and entry to them: door readers and entry gates (with Estates), the"
        " link to CampusCard, people counters and seat counts, CCTV inside the libraries and the"
        " security contract for the library buildings. Applies for the building consents the"
        " libraries need.",
    ),
    ("COLLECTIONS AND DISCOVERY",),
    (
        "Director of Collections and Discovery",
        "Collections and Discovery",
        "University Librarian",
        "Grade 9",
        "Leads the general collections, the library's systems, discovery and reading lists.",
    ),
    (
        "Head of Collections",
        "Collections and Discovery",
        "Director of Collections and Discovery",
        "Grade 8",
        "Buys and licenses books, e-books and journals within the collections budget, including"
        " copies for reading lists. Cataloguing and metadata for the general collections: record"
        " quality and duplicate records. The archive and rare books are Special Collections'.",
    ),
    (
        "Reading Lists Coordinator",
        "Collections and Discovery",
        "Head of Collections",
        "Grade 6",
        "Runs the reading-list service: chases lists from module leaders, builds lists from the"
        " files staff send, checks them against stock and passes purchase requests to the Head of"
        " Collections.",
    ),
    (
        "Library Systems Manager",
        "Collections and Discovery",
        "Director of Collections and Discovery",
        "Grade 7",
        "Looks after the library's systems: Athenaeum, ShelfMark, the discovery search and the"
        " feeds from the student record and CampusCard. Leads system procurement, configuration"
        " and data migration.",
    ),
    ("HERITAGE COLLECTIONS",),
    (
        "Director of Heritage Collections",
        "Heritage Collections",
        "University Librarian",
        "Grade 9",
        "Leads the Special Collections and University Archive at Denholm House and the"
        " Digitisation Unit.",
    ),
    (
        "Head of Special Collections",
        "Heritage Collections",
        "Director of Heritage Collections",
        "Grade 8",
        "The archive and rare books at Denholm House: the reading room, enquiries and requests,"
        " collecting, copyright and permissions for archive items, and the choice of what is"
        " digitised.",
    ),
    (
        "Digitisation Manager",
        "Heritage Collections",
        "Head of Special Collections",
        "Grade 7",
        "Runs the Digitisation Unit (four staff): image capture, the scanners, image quality and"
        " the digitisation schedule, and paid scans for readers.",
    ),
    (
        "Digital Archivist",
        "Heritage Collections",
        "Head of Special Collections",
        "Grade 7",
        "The archive catalogue (ArchiveDesk), born-digital records, digital preservation and the"
        " storage of master images, and the online archive viewer.",
    ),
    ("RESEARCH SERVICES",),
    (
        "Director of Research Services",
        "Research Services",
        "University Librarian",
        "Grade 9",
        "Leads the library's services for researchers: open access, the repository and research"
        " data.",
    ),
    (
        "Research Data Manager",
        "Research Services",
        "Director of Research Services",
        "Grade 7",
        "The research data service: advice on data management plans, guidance and courses for"
        " researchers, checking and curating deposited data, and the University's research data"
        " policy.",
    ),
    (
        "Scholarly Communications Manager",
        "Research Services",
        "Director of Research Services",
        "Grade 7",
        "ThornScholar, the University's repository: its software, supplier, DOIs and licences;"
        " open access for papers and theses; open-access reporting for the REF.",
    ),
    ("CONSULTED BODIES (NOT UNIVERSITY POSTS)",),
    (
        "Students' Union Academic Officer",
        "Students' Union",
        "Consulted only",
        "Elected officer",
        "Speaks for students on opening hours, loan rules and study space. Must be consulted"
        " before changes to opening hours or lending rules; owns no programme work.",
    ),
    (
        "ULSA Branch Secretary",
        "University and Library Staff Association",
        "Consulted only",
        "Union officer",
        "The recognised union for library and archives staff. Must be consulted before any change"
        " to rotas, shift patterns or working hours; owns no programme work.",
    ),
]


def _sorted_zip(data: bytes) -> bytes:
    """The package's entries in name order ([Content_Types].xml first), times and flags kept."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def _establishment_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Establishment 2027-28"
    head = ["Post", "Section", "Reports To", "Grade", "Responsibilities"]
    ws.append(head)
    bold = Font(name="Calibri", size=11, bold=True)
    head_fill = PatternFill("solid", fgColor="5C2961")
    section_fill = PatternFill("solid", fgColor="EDE7EF")
    for cell in ws[1]:
        cell.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
        cell.fill = head_fill
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ESTABLISHMENT:
        ws.append(list(row))
        r = ws.max_row
        if len(row) == 1:
            assert row[0] in SECTION_HEADS
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1).font = bold
            ws.cell(r, 1).fill = section_fill
        else:
            for c in range(1, 6):
                ws.cell(r, c).alignment = wrap
    for col, width in zip("ABCDE", (38, 30, 36, 14, 90), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    data = ooxml_bytes(
        wb,
        XLSX_STAMP,
        creator="Library Business Office",
        lastModifiedBy="Library Business Office",
        title="Library and Archives Service establishment 2027-28",
    )
    return _sorted_zip(data)


SYSTEMS_HEAD = ["System", "Used for", "Owner", "Where it runs", "Data held", "Notes"]
SYSTEMS: list[list[str]] = [
    [
        "Athenaeum",
        "Catalogue, lending and acquisitions for Abbeygate and Hollinside",
        "Library Systems Manager",
        "University data centre",
        "1.42 million catalogue records; 26,800 active borrowers",
        "In use since 2009. The supplier's support contract ends on 31 July 2028 and will not be"
        " renewed.",
    ],
    [
        "ShelfMark",
        "Catalogue and lending at Tanner Street",
        "Library Systems Manager",
        "One server at Tanner Street",
        "0.48 million catalogue records; 3,900 active borrowers",
        "Inherited from Tanner Street College in 2012. Borrowers are not fed from the student"
        " record: the team relies on a spreadsheet exported each term and loaded by hand.",
    ],
    [
        "Quire",
        "Student record",
        "Academic Registry",
        "Hosted by the supplier",
        "Students, programmes and modules",
        "Feeds Athenaeum every night with students, their card numbers and their courses.",
    ],
    [
        "CampusCard",
        "Student and staff ID cards, printing and door access credentials",
        "Estates card office",
        "Hosted by the card supplier",
        "Card numbers for about 31,000 students and staff",
        "The same card opens every University building that has a door reader.",
    ],
    [
        "EntraLock",
        "Door readers and entry gates",
        "Access and Building Services Manager",
        "Estates security network",
        "Entry events with card number and time",
        "Only covers Hollinside Library and Denholm House; Abbeygate and Tanner Street libraries"
        " have no card readers on their doors.",
    ],
    [
        "SeatSense",
        "People counters and seats in use",
        "Access and Building Services Manager",
        "Hosted by the supplier",
        "Entries per hour and seats in use, by library",
        "Counts at all three libraries since September 2025.",
    ],
    [
        "Lectern",
        "Virtual learning environment: module pages and teaching materials",
        "Digital Education, IT Services",
        "Hosted by the supplier",
        "Pages for 2,310 taught modules",
        "Module leaders upload reading lists as Word or PDF files, which have no link to library"
        " stock.",
    ],
    [
        "ArchiveDesk",
        "Archive catalogue for Denholm House",
        "Digital Archivist",
        "A desktop database on two PCs in Denholm House",
        "86,000 catalogue entries",
        "The catalogue is not online: readers ask for items by email and staff keep the requests"
        " on paper slips.",
    ],
    [
        "Digitisation store",
        "Master TIFF images from the Digitisation Unit",
        "Digital Archivist",
        "Shared network drive, University data centre",
        "31,000 pages, 9.4 TB",
        "There is no copy off site, and backups are not retained beyond 90 days.",
    ],
    [
        "ThornScholar",
        "Repository for papers and theses",
        "Scholarly Communications Manager",
        "Hosted by the repository supplier",
        "14,200 papers and 2,100 theses",
        "Cannot accept a file larger than 2 GB and cannot mint DOIs for datasets.",
    ],
    [
        "Wayfinder",
        "The University's data warehouse, with dashboards for every department",
        "Planning Office",
        "University data centre",
        "Nightly loads from Quire, Athenaeum, SeatSense and the finance system",
        "Library dashboards for loans, visits and spend have run on it since 2024.",
    ],
]


def _systems_csv() -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(SYSTEMS_HEAD)
    writer.writerows(SYSTEMS)
    return buf.getvalue().encode("utf-8")


BOARD_TERMS = """
# Library 2030 Programme Board: terms of reference

Approved by the University Executive Board on 12 May 2027. Reviewed at each gate.

## Purpose

The Board steers Library 2030, the Library and Archives Service's plan for the academic years
2027/28 to 2029/30. It agrees the programme plan, watches risks and spend, and recommends each
gate decision to the University Executive Board.

## Chair and sponsor

The Pro-Vice-Chancellor (Education) is the programme's sponsor and chairs the Board. The
University Librarian is the senior responsible owner and deputises for the chair.

## Members

- Pro-Vice-Chancellor (Education), chair
- University Librarian, senior responsible owner
- Director of Collections and Discovery, lead for pillar 1
- Director of Library Services, lead for pillar 2
- Director of Heritage Collections, lead for pillar 3
- Director of Research Services, lead for pillar 4
- Library Business Manager
- Library 2030 Programme Manager, secretary
- Staff Development Manager, for items on staff training

## Consulted, in attendance

The Students' Union Academic Officer and the ULSA Branch Secretary attend for items that
affect students or staff. They are consulted, and may ask for their view to be minuted; they do
not take actions or own work.

The recognition agreement with ULSA requires 90 days' consultation before a change to shift
patterns takes effect.

## Decisions

The Board recommends; the University Executive Board decides at each gate, at its June meeting,
and releases each year's budget. Between gates the Board may move up to £50,000 between pillars.

## Meetings and reports

The Board meets monthly, on the second Tuesday. The programme manager circulates papers five
working days before. Each meeting sees the monthly dashboard, which the Planning Office builds
in Wayfinder from the programme's own figures, and the risk log.
"""

MEASURES = """
# Library and Archives Service: measures

Kept by the Library 2030 Programme Manager. Baselines are for the academic year 2026/27
(1 August 2026 to 31 July 2027) unless stated.

| Measure | What it counts | Owner | Baseline | Source |
|---|---|---|---|---|
| Catalogues a reader searches | Separate catalogues to search to find a printed book we hold | Library Systems Manager | 2 | Athenaeum and ShelfMark |
| Libraries open 24/7 in term time | Libraries that admit card holders at every hour of term and exam weeks | Head of Campus Libraries | 0 of 3 | Published opening hours |
| Archive requests answered online | Requests closed with a link to images, as a share of all requests | Head of Special Collections | 4% | Request slips, counted monthly |
| Pages online | Archive pages with an image in the viewer | Digitisation Manager | 31,000 | Digitisation store |
| Modules with a reading list by week 1 | Taught modules with a list on the Monday of week 1 | Reading Lists Coordinator | 38% (any readings file in Lectern) | Lectern |
| Essential items available | Essential list items held in print or online on the first day of teaching | Head of Collections | 71% | Athenaeum and ShelfMark |
| Funded projects depositing data | Funded projects ending in the year that deposit or record a dataset with us | Research Data Manager | 9% (2025/26) | Research Office grants list |
| Satisfaction with library resources | NSS library resources question, share agreeing | Director of Library Services | 79% (NSS 2027) | Office for Students |
| Night entries at Hollinside | Card entries between 22:00 and 08:00 | Hollinside Library Manager | none (closed) | EntraLock |

There is no survey of researchers' confidence in managing their data yet.

Figures are loaded into Wayfinder each month and shown on the programme's dashboard.
"""

SITES = """
# Our libraries and archive

Thornholme University has about 24,600 students on three campuses. The Library and Archives
Service runs a library on each campus, the Special Collections and University Archive at Denholm
House, and the Digitisation Unit.

## Abbeygate Library (city campus)

The main library, with 1,450 seats, open 08:00 to midnight in term. The building dates from
1894. It is Grade II listed, and listed building consent from the city council is needed before
any change to its front doors or facade. The side door on Abbot's Walk was added in 1978.

## Hollinside Library (science and engineering campus)

Built in 2004, with 420 seats, open 08:00 to 22:00 in term. Its doors have EntraLock readers.
The campus security lodge is next door and is staffed 24 hours a day.

## Tanner Street Library (health campus)

Came to the University with Tanner Street College in 2012. It has 380 seats and opens 08:00 to
21:00 in term. Most of its readers are nursing, midwifery and allied health students, many of
them on placement for part of the year.

## Denholm House

Holds the Special Collections and University Archive and the Digitisation Unit. The reading room
opens 32 hours a week, Monday to Friday.
"""

STAFFING = """
# Staffing and policies that bear on Library 2030

## Staff

The Library and Archives Service has 214 staff (178 full-time equivalent). Library and archives
staff are represented by ULSA, the University and Library Staff Association.

## Working at night

The University's lone-working policy says no member of staff may work alone in a library
building after 22:00. Any overnight opening therefore needs at least two staff on site.

## Staff training

The Staff Development Manager keeps an annual training plan for all library and archives staff.
First aid and incident response courses run every term, and every new system comes with a
course before it goes live.

## Security

Estates' security team patrols every campus through the night. The Hollinside lodge has a direct
line to the duty security manager.
"""

COLLECTIONS = """
# Special Collections: requests and digitisation

## The most-requested collections

In 2025/26 Denholm House handled 4,812 requests. Twelve collections drew 71% of them, led by
the Holroyd Mill Records (1,104 requests), the Ashworth Papers (588) and the Tanner Street
College archive (410).

## The Digitisation Unit

Four staff, two of them photographers on fixed-term contracts to July 2028. The Unit has one
overhead scanner and a book cradle, and has captured 31,000 pages since 2018. Readers pay
£2.90 a page for scans; in 2025/26 that came to £58,000.

## How requests are answered

A request is answered by producing the item in the reading room, by a paid scan, or, for the
4% of requests whose pages are already captured, with a link to the images.
"""

RESEARCH_DATA = """
# Research data at Thornholme

## Policy

The University's research data policy (2019) asks researchers to keep the data behind their
published findings and to share it where they can. UK Research and Innovation and most of our
other funders expect the same, and ask for a data management plan in every bid.

## Where our data goes now

In 2025/26, 212 datasets by Thornholme researchers were lodged in outside repositories, found
through Wayfinder's research outputs feed. Of the funded projects that ended that year, 9% sent
their data to the library.

## Who helps

The Research Data Manager advises on data management plans and runs courses for researchers.
The Research Office sends the library a list of funded bids each month.
"""


def build(root: Path) -> None:
    case = root / CASE
    (case / "org").mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(
        case / "org",
        {
            "people/establishment.xlsx": _establishment_xlsx(),
            "governance/library-2030-programme-board-terms.md": BOARD_TERMS,
            "systems/systems-inventory.csv": _systems_csv(),
            "measures/library-measures.md": MEASURES,
            "context/libraries-and-sites.md": SITES,
            "context/staffing-and-policies.md": STAFFING,
            "context/special-collections-and-digitisation.md": COLLECTIONS,
            "context/research-data.md": RESEARCH_DATA,
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
