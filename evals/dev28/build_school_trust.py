"""Build the dev28 case ``school-trust``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pillow, pypdf and python-docx.
reportlab is not in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/dev28/build_school_trust.py [out-folder]

Writes, under ``evals/dev28/school-trust/`` (or ``<out-folder>/school-trust/``), every file of
the case but ``gold.json``:

- ``Every Day Counts 2028-2031 - Trust Board 6 July 2028.pdf``: a multi-academy trust's
  attendance and early reading strategy for its Trust Board, drawn the way PowerPoint for
  Windows saves a 16:9 deck as PDF (pages of 960 x 540 pt, PDF 1.7 with the ``%µµµµ`` binary
  comment, Info with Title, Author, Creator and Producer "Microsoft® PowerPoint® for Microsoft
  365" and fixed dates, ``/Lang`` en-GB, Calibri subsets named as PowerPoint names them),
  imitated with reportlab's canvas in invariant mode: titles as larger text under an eyebrow,
  three slides whose heading is the caption under a picture (cover, north star, pilot), KPI
  tiles drawn as text (target, label, baseline and by-when as three text objects), tables
  drawn cell by cell, row by row, as PowerPoint exports a native table, the roadmap a Gantt
  drawn as a native table (rows = workstreams, columns = half-terms HT1-HT6 of three school
  years plus a "2031/32 and after" column, cells marked), page numbers bottom right.
  reportlab's comments are overwritten in place at their own length (no offset moves), and
  its font subsets get PowerPoint's prefixes.
- ``org/``: the central team's staffing structure (DOCX, one table Post / Reports to / Remit /
  Hours/FTE), the school-level posts (Markdown list), the standards committee's terms of
  reference and the family support team charter (Markdown), the joint consultative
  committee's agreement extract and an email from the council's attendance team (text), the
  systems and data inventory and the schools list (Markdown), the measures (TSV).

Re-running it rewrites every file byte for byte: reportlab's invariant mode, a fixed Info
dictionary and pictures drawn with pillow from fixed shapes for the PDF; fixed core properties,
ZIP times and entries in name order for the DOCX; literal strings for the text files. It never
touches ``gold.json``.

The trust, its schools, people, places and systems are fictional. The DfE, Ofsted, the
phonics screening check, EHCPs, the Pupil Premium and the DfE's attendance guidance are real
and named only as context.

This is a DEVELOPMENT case (split "dev28").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "school-trust"
DECK = "Every Day Counts 2028-2031 - Trust Board 6 July 2028.pdf"
POWERPOINT = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
INFO = {
    "Title": "Every Day Counts 2028-2031",
    "Author": "Ruth Ellerby",
    "Creator": POWERPOINT,
    "CreationDate": "D:20280703161209+01'00'",
    "ModDate": "D:20280703161209+01'00'",
    "Producer": POWERPOINT,
}

LIB = Path("/usr/share/fonts/truetype/liberation")
REG, BOLD = "Calibri", "Calibri-Bold"
FONTS = {REG: LIB / "LiberationSans-Regular.ttf", BOLD: LIB / "LiberationSans-Bold.ttf"}
SUBSET_PREFIX = {REG: b"BCDEEE", BOLD: b"BCDFEE"}

W, H = 960.0, 540.0  # PowerPoint's 16:9, 13.333 x 7.5 in
LEFT, RIGHT = 48.0, 912.0

Color = tuple[float, float, float]
INK: Color = (0.15, 0.15, 0.17)
NAVY: Color = (0.11, 0.2, 0.38)
TEAL: Color = (0.0, 0.47, 0.46)
AMBER: Color = (0.85, 0.55, 0.1)
GREY: Color = (0.42, 0.44, 0.47)
PALE: Color = (0.92, 0.95, 0.97)
SAND: Color = (0.98, 0.95, 0.88)
RULE: Color = (0.72, 0.75, 0.79)
WHITE: Color = (1.0, 1.0, 1.0)
MARK: Color = (0.8, 0.9, 0.9)

DOCX_STAMP = Stamp((2028, 6, 20, 9, 30, 0), "2028-06-20T09:30:00Z")
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(file))
            font.face.name = name.encode("ascii")
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """Document information as PowerPoint's PDF export writes it."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__()
        self.fields = fields

    def format(self, document):
        d = {k: pdfdoc.PDFString(v) for k, v in self.fields.items()}
        return pdfdoc.PDFDictionary(d).format(document)


def _powerpoint_bytes(path: Path) -> None:
    """reportlab's marks rewritten in place at their own length: the header as PDF 1.7 with
    PowerPoint's binary comment, the trailer's comment blanked, the font subsets' prefixes."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head.startswith(b"%PDF-1.") and b"ReportLab" in comment, (head, comment)
    binary = b"%\xb5\xb5\xb5\xb5"
    comment = binary + b" " * (len(comment) - len(binary))
    head = b"%PDF-1.7" + b" " * (len(head) - len(b"%PDF-1.7"))
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    for name, prefix in SUBSET_PREFIX.items():
        pattern = re.compile(rb"/AAAAAA\+" + re.escape(name.encode()) + rb"(?![-\w])")
        rest, n = pattern.subn(b"/" + prefix + b"+" + name.encode(), rest)
        assert n >= 2, (name, n)
    assert b"ReportLab" not in rest
    path.write_bytes(head + b"\n" + comment + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
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


# =========================================================================== pictures


def _picture(kind: str) -> Image.Image:
    """A flat illustration drawn from fixed shapes (the same pixels on every run)."""
    img = Image.new("RGB", (640, 400), (222, 236, 240))
    d = ImageDraw.Draw(img)
    if kind == "school":
        d.rectangle((0, 300, 640, 400), fill=(120, 170, 110))
        d.ellipse((470, 40, 570, 140), fill=(246, 196, 70))
        d.rectangle((150, 170, 490, 320), fill=(176, 92, 66))
        d.polygon([(130, 175), (320, 80), (510, 175)], fill=(80, 60, 70))
        for x in (185, 255, 355, 425):
            d.rectangle((x, 205, x + 40, 245), fill=(236, 240, 244))
        d.rectangle((295, 250, 345, 320), fill=(40, 70, 110))
        d.rectangle((300, 120, 340, 150), fill=(236, 240, 244))
    elif kind == "book":
        d.rectangle((0, 320, 640, 400), fill=(200, 214, 224))
        d.polygon([(120, 300), (320, 260), (320, 110), (120, 150)], fill=(250, 250, 246))
        d.polygon([(520, 300), (320, 260), (320, 110), (520, 150)], fill=(244, 244, 238))
        d.line([(320, 110), (320, 260)], fill=(150, 150, 150), width=4)
        for k in range(5):
            y = 165 + k * 22
            d.line([(145, y), (300, y - 30)], fill=(120, 140, 170), width=5)
            d.line([(340, y - 30), (495, y)], fill=(120, 140, 170), width=5)
        d.polygon(
            [
                (300, 40),
                (312, 72),
                (346, 72),
                (318, 92),
                (329, 124),
                (300, 104),
                (271, 124),
                (282, 92),
                (254, 72),
                (288, 72),
            ],
            fill=(246, 196, 70),
        )
    else:  # a door and a clock: the first morning
        d.rectangle((0, 330, 640, 400), fill=(170, 170, 160))
        d.rectangle((90, 80, 330, 330), fill=(196, 120, 84))
        d.rectangle((150, 120, 270, 330), fill=(30, 90, 110))
        d.ellipse((245, 220, 260, 235), fill=(246, 196, 70))
        d.ellipse((400, 90, 560, 250), fill=(250, 250, 246), outline=(60, 60, 70), width=8)
        d.line([(480, 170), (480, 112)], fill=(60, 60, 70), width=8)
        d.line([(480, 170), (520, 190)], fill=(60, 60, 70), width=8)
    return img


# =========================================================================== the deck's canvas


class Deck:
    """A reportlab canvas with the few ways PowerPoint's PDF export writes a slide. ``top`` is
    a baseline's distance from the top of the slide."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=REG,
            initialFontSize=18,
        )
        self.c._doc.info = _Info(INFO)
        self.c.setCatalogEntry("Lang", pdfdoc.PDFString("en-GB"))
        self.page = 0

    def text(
        self,
        x: float,
        top: float,
        s: str,
        size: float = 16,
        font: str = REG,
        color: Color = INK,
        limit: float | None = None,
        align: str = "left",
    ) -> float:
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

    def para(
        self,
        x: float,
        top: float,
        s: str,
        size: float = 16,
        font: str = REG,
        color: Color = INK,
        width: float | None = None,
        leading: float | None = None,
    ) -> float:
        w = width if width is not None else RIGHT - x
        step = leading if leading is not None else size * 1.2
        for line in wrap(s, font, size, w):
            self.text(x, top, line, size, font, color, w)
            top += step
        return top

    def bullets(
        self,
        x: float,
        top: float,
        items: list[str],
        size: float = 16,
        gap: float = 8,
        width: float | None = None,
        glyph: str = "\u25aa",
        color: Color = TEAL,
    ) -> float:
        """Bulleted items, wrapped to ``width``; the glyph is its own text object, as
        PowerPoint's export draws a paragraph's bullet."""
        w = width if width is not None else RIGHT - x
        for item in items:
            self.text(x - 16, top, glyph, size, REG, color)
            top = self.para(x, top, item, size, REG, INK, w, size * 1.2) + gap
        return top

    def rect(self, x: float, top: float, w: float, h: float, fill: Color, stroke=None) -> None:
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.75)
        self.c.rect(x, H - top - h, w, h, fill=1, stroke=0 if stroke is None else 1)

    def round_rect(self, x: float, top: float, w: float, h: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.roundRect(x, H - top - h, w, h, 8, fill=1, stroke=0)

    def hline(self, x1: float, x2: float, top: float, color: Color = RULE, width=0.75) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, H - top, x2, H - top)

    def vline(self, x: float, top1: float, top2: float, color: Color = RULE, width=0.75) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, H - top1, x, H - top2)

    def picture(self, kind: str, x: float, top: float, w: float, h: float) -> None:
        self.c.drawImage(ImageReader(_picture(kind)), x, H - top - h, w, h)

    def heading(self, eyebrow: str, title: str) -> float:
        """An eyebrow in the accent colour and the title as larger text; returns the baseline
        where the body starts."""
        self.page += 1
        self.text(LEFT, 34, eyebrow.upper(), 11, BOLD, TEAL)
        self.text(LEFT, 70, title, 30, BOLD, NAVY, RIGHT - LEFT)
        return 112

    def caption_heading(
        self, eyebrow: str, kind: str, box: tuple[float, float], title: str, size: float = 28
    ) -> float:
        """A picture with its caption as the slide's heading: the eyebrow, the picture (left,
        at ``box`` = width and height), the caption under it in heading type."""
        self.page += 1
        w, h = box
        self.text(LEFT, 34, eyebrow.upper(), 11, BOLD, TEAL)
        self.picture(kind, LEFT, 52, w, h)
        self.text(LEFT, 52 + h + 36, title, size, BOLD, NAVY, w + 40)
        return 52 + h + 36

    def table(
        self,
        x: float,
        top: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 13,
        pad: float = 6,
        head_fill: Color = NAVY,
    ) -> float:
        """A native table as PowerPoint exports it: cell by cell, row by row, each cell's
        lines wrapped to its width, the first lines of a row on one baseline; the header row
        white on ``head_fill``. Returns the top under the last row."""
        step = size * 1.2
        for r, row in enumerate(rows):
            font = BOLD if r == 0 else REG
            cells = [
                wrap(cell, font, size, w - 2 * pad) for cell, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * step + 2 * pad
            if r == 0:
                self.rect(x, top, sum(widths), height, head_fill)
            elif r % 2 == 0:
                self.rect(x, top, sum(widths), height, PALE)
            cx = x
            for lines, w in zip(cells, widths, strict=True):
                for k, line in enumerate(lines):
                    color = WHITE if r == 0 else INK
                    self.text(cx + pad, top + pad + size + k * step - 2, line, size, font, color)
                cx += w
            top += height
            self.hline(x, x + sum(widths), top)
        return top

    def finish(self) -> None:
        if self.page > 1:
            self.text(
                LEFT,
                524,
                "Harrowdale Learning Trust \u00b7 Every Day Counts \u00b7 Trust Board, 6 July 2028",
                9,
                REG,
                GREY,
            )
            self.text(RIGHT, 524, str(self.page), 10, BOLD, GREY, align="right")
        self.c.showPage()

    def save(self) -> None:
        if OVERFLOW:
            raise SystemExit("lines overflow their boxes:\n" + "\n".join(OVERFLOW))
        self.c.save()
        _powerpoint_bytes(self.path)


# =========================================================================== the slides


def cover(d: Deck) -> None:
    top = d.caption_heading("Harrowdale Learning Trust", "school", (520, 325), "Every Day Counts")
    d.text(LEFT, top + 34, "Attendance and early reading strategy, 2028\u20132031", 22, REG, NAVY)
    x = 620
    d.text(x, 120, "Trust Board", 20, BOLD, NAVY)
    d.text(x, 148, "Thursday 6 July 2028", 16, REG, INK)
    d.text(x, 172, "Paper TB/28/41 \u00b7 For decision", 16, REG, INK)
    d.hline(x, RIGHT, 200, TEAL, 1.5)
    d.text(x, 230, "Dr Ruth Ellerby", 15, BOLD, INK)
    d.text(x, 250, "Chief Executive Officer", 14, REG, GREY)
    d.text(x, 280, "Samir Castell", 15, BOLD, INK)
    d.text(x, 300, "Director of Education", 14, REG, GREY)
    d.text(x, 350, "14 primary and 4 secondary academies", 14, REG, INK)
    d.text(x, 370, "Harrowdale, Thornsby, Kirkmoor, Wendholme", 14, REG, INK)
    d.finish()


def why_now(d: Deck) -> None:
    top = d.heading("Why now", "Where we start: the 2027/28 school year")
    tiles = [
        ("1 in 4", ["secondary pupils missed", "a tenth of their sessions", "or more in 2027/28"]),
        ("31 days", ["lost on average by each", "persistently absent", "secondary pupil"]),
        ("29 in 100", ["Year 1 children missed", "the phonics check", "standard in June 2028"]),
        ("412", ["families referred for", "early help; 140 waited", "over a month"]),
        ("18", ["separate pupil databases,", "one in each school, joined", "up only overnight"]),
    ]
    tw, gap = 162.0, 13.5
    for k, (big, label) in enumerate(tiles):
        x = LEFT + k * (tw + gap)
        d.round_rect(x, top, tw, 130, PALE)
        d.text(x + 14, top + 44, big, 30, BOLD, TEAL, tw - 20)
        for j, line in enumerate(label):
            d.text(x + 14, top + 72 + j * 17, line, 12, REG, INK, tw - 20)
    top += 160
    d.text(
        LEFT,
        top,
        "Sources: DfE school census returns and our own registers, 2027/28. "
        "These are where we start, not where we aim.",
        12,
        REG,
        GREY,
        RIGHT - LEFT,
    )
    top += 26
    d.rect(LEFT, top, RIGHT - LEFT, 150, SAND)
    d.text(LEFT + 16, top + 28, "For context, not targets", 16, BOLD, AMBER)
    lines = [
        "History: in 2018/19 the trust's attendance was 95.1%, when it had eleven schools.",
        "A neighbour: Calverley Schools Partnership reports 13.8% persistent absence across "
        "its nine schools.",
        "A constraint: the DfE attendance hub grant of \u00a396,000 a year ends on 31 March 2030.",
    ]
    y = top + 58
    for line in lines:
        d.text(LEFT + 16, y, line, 15, REG, INK, RIGHT - LEFT - 32)
        y += 30
    d.finish()


def north_star(d: Deck) -> None:
    top = d.caption_heading(
        "Our north star", "book", (480, 300), "Every child in school, every child a reader", 26
    )
    x, w = 580.0, RIGHT - 580.0
    d.text(x, 90, "What we want to be known for", 16, BOLD, TEAL)
    y = d.para(
        x,
        120,
        "Children who are here, on time, and reading well by the end of Year 2.",
        16,
        REG,
        INK,
        w,
    )
    y = d.para(x, y + 10, "Schools that are the place families turn to first.", 16, REG, INK, w)
    d.text(x, y + 26, "Four pillars", 16, BOLD, TEAL)
    y = d.bullets(
        x + 16,
        y + 54,
        ["Attendance", "Early reading", "Family support", "People and systems"],
        15,
        4,
        w - 16,
    )
    d.text(
        LEFT,
        top + 44,
        "How we get there: get ready, prove it, every school, make it stick.",
        18,
        BOLD,
        NAVY,
        RIGHT - LEFT,
    )
    d.finish()


def scope(d: Deck) -> None:
    top = d.heading("Who this plan is for", "Four moments this plan is about")
    moments = [
        ("Year 7 pupils in their first term at secondary school", "where absence starts to stick"),
        ("Reception and Year 1 children learning to read with phonics", "where reading is won"),
        ("Pupil Premium pupils on the first morning of an absence", "where the gap opens"),
        ("Pupils with an EHCP whose attendance falls below 90%", "where help must be joined up"),
    ]
    y = top + 8
    for n, (moment, why) in enumerate(moments, start=1):
        d.text(LEFT, y, f"{n}", 26, BOLD, TEAL)
        d.text(LEFT + 34, y - 6, moment, 17, BOLD, INK, 520)
        d.text(LEFT + 34, y + 14, why, 14, REG, GREY, 520)
        y += 72
    x = 640.0
    d.rect(x, top - 14, RIGHT - x, 300, SAND)
    d.text(x + 16, top + 14, "Not in this plan", 16, BOLD, AMBER)
    d.bullets(
        x + 32,
        top + 46,
        [
            "Sixth-form attendance and post-16 study",
            "Exclusions and the behaviour policy",
            "Admissions and school place planning",
            "Nursery classes in four primaries",
            "Alternative provision the council commissions",
        ],
        13,
        10,
        RIGHT - x - 44,
        color=AMBER,
    )
    d.finish()


def pillar(d: Deck, eyebrow: str, title: str, items: list[str], goal: str) -> None:
    top = d.heading(eyebrow, title)
    y = d.bullets(LEFT + 18, top + 10, items, 17, 12, RIGHT - LEFT - 18)
    y = max(y + 10, 400.0)
    d.rect(LEFT, y - 8, RIGHT - LEFT, 52, PALE)
    d.text(LEFT + 16, y + 24, goal, 16, BOLD, NAVY, RIGHT - LEFT - 32)
    d.finish()


def pillar_attendance(d: Deck) -> None:
    pillar(
        d,
        "Pillar 1 \u00b7 Attendance",
        "Noticed on the first morning",
        [
            "Adopt one trust attendance policy and one set of register codes in all 18 schools",
            "Text and then call home by 9:30 on the first morning of every unexplained absence",
            "Hold a weekly attendance review in every school, led by a member of the senior team",
            "Put a full-time attendance officer in each of the four secondaries",
            "Agree legal intervention steps with Thornshire County Council's attendance team",
        ],
        "Goal: persistent absence in our secondaries down from 24.1% to 16% by Summer 2 2030/31",
    )


def pillar_reading(d: Deck) -> None:
    pillar(
        d,
        "Pillar 2 \u00b7 Early reading",
        "Phonics first, in every primary",
        [
            "Teach one DfE-validated phonics programme, Sound Steps, in all 14 primaries",
            "A daily phonics lesson for every Reception, Year 1 and Year 2 class",
            "Keep-up sessions the same day for any child who falls behind",
            "Move phonics tracking from 14 school spreadsheets into one trust tracker",
            "Screen every Year 7 pupil's reading age in Autumn 1 and teach catch-up groups",
        ],
        "Goal: 85% of Year 1 pupils meet the phonics check standard in June 2030",
    )


def pillar_families(d: Deck) -> None:
    pillar(
        d,
        "Pillar 3 \u00b7 Family support",
        "A knock on the door, not another letter",
        [
            "Recruit six family support workers, each working with three schools",
            "A home visit on the third day of any unexplained absence",
            "Keep every family support case record in Orbis, not on paper",
            "Join the EHCP review of any pupil whose attendance is below 90%",
            "Ask the Parents' Forum to test every attendance letter before it is used",
        ],
        "Goal: 90% of families referred are seen within 10 school days by Spring 2 2029/30",
    )


def pillar_systems(d: Deck) -> None:
    top = d.heading("Pillar 4 \u00b7 People and systems", "One register, one set of numbers")
    half = (RIGHT - LEFT - 40) / 2
    d.text(LEFT, top + 6, "Systems", 18, BOLD, TEAL)
    d.bullets(
        LEFT + 18,
        top + 40,
        [
            "Move all 18 schools from ClassLedger to Orbis in three waves",
            "A weekly attendance dashboard for every headteacher from Lumen",
            "Sign a data sharing agreement with Thornshire County Council",
        ],
        16,
        12,
        half - 18,
    )
    x = LEFT + half + 40
    d.text(x, top + 6, "People", 18, BOLD, TEAL)
    d.bullets(
        x + 18,
        top + 40,
        [
            "Train every phonics teacher to the programme's accredited standard",
            "Train attendance officers in the legal intervention process",
            "Termly training for governors on reading attendance data",
            "One INSET day a year on attendance and reading for all staff",
        ],
        16,
        12,
        half - 18,
    )
    y = 400.0
    d.rect(LEFT, y - 8, RIGHT - LEFT, 52, PALE)
    d.text(
        LEFT + 16,
        y + 24,
        "Goal: all 18 schools taking registers in Orbis by the end of Autumn 2 2029/30",
        16,
        BOLD,
        NAVY,
        RIGHT - LEFT - 32,
    )
    d.finish()


KPI_TILES = [
    ("16%", "Persistent absence, secondary", "from 24.1% \u00b7 by Summer 2 2030/31"),
    ("10%", "Persistent absence, primary", "from 14.6% \u00b7 by Summer 2 2030/31"),
    ("94.5%", "Overall attendance, all 18 schools", "from 92.2% \u00b7 by Summer 2 2030/31"),
    ("85%", "Year 1 phonics check, expected standard", "from 71% \u00b7 the June 2030 check"),
    ("75%", "Year 7 reading at chronological age", "from 58% \u00b7 by Summer 2 2030/31"),
    ("5 pts", "Pupil Premium persistent absence gap", "from 11.3 pts \u00b7 by Summer 2 2030/31"),
    ("90%", "Families seen within 10 school days", "not recorded today \u00b7 by Spring 2 2029/30"),
    (
        "Higher",
        "Parents who say we help with attendance",
        "from 54% \u00b7 target to agree with the Parents' Forum",
    ),
]


def kpis(d: Deck) -> None:
    top = d.heading("Measures", "How we will know")
    d.text(
        LEFT,
        top,
        "Eight measures the Trust Board sees every half-term \u00b7 baselines are 2027/28",
        15,
        REG,
        GREY,
    )
    tw, th, gap = (RIGHT - LEFT - 16) / 2, 88.0, 8.0
    for k, (big, label, small) in enumerate(KPI_TILES):
        x = LEFT + (k % 2) * (tw + 16)
        y = top + 16 + (k // 2) * (th + gap)
        d.round_rect(x, y, tw, th, PALE)
        d.text(x + 16, y + 50, big, 28, BOLD, TEAL, 96)
        d.text(x + 116, y + 28, label, 14, BOLD, NAVY, tw - 126)
        d.text(x + 116, y + 72, small, 12, REG, INK, tw - 126)
    d.finish()


PHASES = [
    (
        "Phase 1",
        "Get ready",
        "Autumn 1 to Autumn 2 2028/29",
        "policy, people, the first Orbis wave",
    ),
    ("Phase 2", "Prove it", "Spring 1 to Summer 2 2028/29", "the pilot, then the Gate 2 decision"),
    ("Phase 3", "Every school", "Autumn 1 to Summer 2 2029/30", "all 18 schools, all four pillars"),
    ("Phase 4", "Make it stick", "Autumn 1 to Summer 2 2030/31", "handover to school plans"),
]


def clock(d: Deck) -> None:
    top = d.heading("How this plan keeps time", "Three school years, eighteen half-terms")
    d.text(
        LEFT,
        top,
        "Our year runs in six half-terms; Autumn 1 of 2028/29 starts on Monday 4 September 2028.",
        17,
        BOLD,
        NAVY,
        RIGHT - LEFT,
    )
    names = ["Autumn 1", "Autumn 2", "Spring 1", "Spring 2", "Summer 1", "Summer 2"]
    bw = (RIGHT - LEFT) / 6
    for k, name in enumerate(names):
        x = LEFT + k * bw
        d.rect(x + 2, top + 16, bw - 4, 34, PALE)
        d.text(x + bw / 2, top + 38, f"HT{k + 1} {name}", 14, BOLD, TEAL, bw - 8, "centre")
    d.text(
        LEFT,
        top + 80,
        "This plan runs from Autumn 1 2028/29 to Summer 2 2030/31: three school years, 36 months.",
        15,
        REG,
        INK,
        RIGHT - LEFT,
    )
    d.text(
        LEFT,
        top + 104,
        "The summer holidays are a no-change window: nothing goes live and nothing is "
        "switched off.",
        15,
        REG,
        INK,
        RIGHT - LEFT,
    )
    y = d.table(
        LEFT,
        top + 122,
        [110, 170, 290, 294],
        [["Phase", "Name", "Half-terms", "What it is for"]] + [list(p) for p in PHASES],
        14,
    )
    d.text(
        LEFT,
        y + 26,
        "2031/32 and after: each school's own improvement plan carries the work; it is not "
        "part of this plan.",
        13,
        REG,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


def pilot(d: Deck) -> None:
    d.caption_heading("The pilot", "door", (400, 250), "One year group first")
    x, w = 500.0, RIGHT - 500.0
    d.text(x, 76, "First: Year 7 at Marlstone Academy, Thornsby", 17, BOLD, NAVY, w)
    y = d.para(
        x,
        102,
        "The new attendance model starts there in Spring 1 2028/29: 214 pupils in eight "
        "tutor groups.",
        15,
        BOLD,
        NAVY,
        w,
    )
    y = d.para(
        x,
        y + 6,
        "Why Marlstone: the trust's highest Year 7 persistent absence (27.9%), a head who "
        "asked for it, and on Orbis from Autumn 2.",
        14,
        REG,
        INK,
        w,
    )
    steps = [
        ("Autumn 2", "Marlstone's registers move to Orbis; its eight Year 7 tutors are trained"),
        ("Spring 1", "first-morning texts and calls and the weekly review go live for Year 7"),
        ("Spring 2", "a family support worker joins the Year 7 team two days a week"),
        ("Summer 1", "compare Year 7 with Year 8 and report to the programme board"),
        ("Summer 2", "extend to Years 8 and 9 at Marlstone if Gate 2 is passed"),
    ]
    y += 14
    for when, what in steps:
        d.text(x, y, when, 13, BOLD, TEAL)
        y = d.para(x + 76, y, what, 13, REG, INK, w - 76) + 8
    d.text(
        LEFT,
        420,
        "Measured against Marlstone's Year 8, who keep today's routine until Summer 2.",
        14,
        REG,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


YEARS = ["2028/29", "2029/30", "2030/31"]
LATER = "2031/32 and after"
# the Gantt's body: a row's marks by column (year index * 6 + half-term index), and its
# "2031/32 and after" cell
GANTT: list[tuple[str, dict[int, str], str]] = [
    (
        "Attendance model",
        {c: "\u25cf" for c in list(range(2, 6)) + list(range(6, 18))},
        "school plans",
    ),
    ("Early reading", {c: "\u25cf" for c in range(18)}, "school plans"),
    ("Family support team", {c: "\u25cf" for c in range(18)}, "core budget"),
    ("Orbis MIS", {1: "W1", 3: "W2", 7: "W3"}, ""),
    ("Staff training", {0: "\u25cf", 1: "\u25cf", 2: "\u25cf", 6: "\u25cf", 12: "\u25cf"}, ""),
    ("Gates", {1: "G1", 4: "G2", 11: "G3", 17: "Close"}, ""),
]
GANTT_PHASES = [
    ("Get ready", 0, 2),
    ("Prove it: the first school", 2, 6),
    ("Every school", 6, 12),
    ("Make it stick", 12, 18),
]


def gantt(d: Deck) -> None:
    top = d.heading("Roadmap \u00b7 half-terms HT1\u2013HT6", "The plan on a page")
    lw, later_w = 150.0, 84.0
    cw = (RIGHT - LEFT - lw - later_w) / 18
    xs = [LEFT + lw + k * cw for k in range(18)]
    later_x = LEFT + lw + 18 * cw
    rh = 24.0
    y = top - 10
    # header row 1: school years merged over six half-terms, the later column merged down
    d.rect(LEFT, y, RIGHT - LEFT, 2 * rh, NAVY)
    for k, year in enumerate(YEARS):
        d.text(xs[k * 6] + 3 * cw, y + 17, year, 12, BOLD, WHITE, 6 * cw, "centre")
    d.text(later_x + later_w / 2, y + 17, "2031/32", 11, BOLD, WHITE, later_w - 6, "centre")
    y += rh
    # header row 2: the half-terms
    d.text(LEFT + 6, y + 17, "Workstream", 12, BOLD, WHITE, lw - 8)
    for k in range(18):
        d.text(xs[k] + cw / 2, y + 17, f"HT{k % 6 + 1}", 10, BOLD, WHITE, cw - 4, "centre")
    d.text(later_x + later_w / 2, y + 17, "and after", 11, BOLD, WHITE, later_w - 6, "centre")
    y += rh
    # the phase row: merged cells
    d.rect(LEFT, y, RIGHT - LEFT, rh, PALE)
    d.text(LEFT + 6, y + 17, "Phase", 12, BOLD, NAVY, lw - 8)
    for name, a, b in GANTT_PHASES:
        d.rect(xs[a] + 1, y + 2, (b - a) * cw - 2, rh - 4, MARK)
        d.text(xs[a] + (b - a) * cw / 2, y + 17, name, 10, BOLD, NAVY, (b - a) * cw - 4, "centre")
    d.text(later_x + later_w / 2, y + 17, "not in this plan", 9, REG, GREY, later_w - 4, "centre")
    y += rh
    for label, marks, later in GANTT:
        d.text(LEFT + 6, y + 17, label, 12, BOLD, INK, lw - 8)
        for col in sorted(marks):
            d.rect(xs[col] + 1, y + 2, cw - 2, rh - 4, MARK)
            d.text(xs[col] + cw / 2, y + 17, marks[col], 10, BOLD, TEAL, cw - 2, "centre")
        if later:
            d.text(later_x + later_w / 2, y + 17, later, 10, REG, GREY, later_w - 4, "centre")
        y += rh
        d.hline(LEFT, RIGHT, y)
    for k in range(19):
        x = LEFT + lw + k * cw
        d.vline(x, top - 10 + rh, y, WHITE if k % 6 else NAVY, 2.0 if k % 6 == 0 else 0.5)
    notes = [
        "\u25cf work in that half-term \u00b7 W1\u2013W3 Orbis waves \u00b7 G1\u2013G3 gates",
        "Summer holidays (after each HT6): a no-change window, nothing goes live",
        "2031/32 and after is shown for handover only; it is outside this plan",
    ]
    y += 26
    for note in notes:
        d.text(LEFT, y, note, 12, REG, GREY, RIGHT - LEFT)
        y += 18
    d.finish()


GATES = [
    (
        "Gate 1 \u00b7 end of Autumn 2 2028/29 \u00b7 Ready to prove it",
        [
            "Orbis live in the first five schools, registers checked daily",
            "Sound Steps taught daily in all 14 primaries",
            "an early reading leader named in every primary",
            "four family support workers in post",
        ],
    ),
    (
        "Gate 2 \u00b7 Go for every school",
        [
            "Year 7 persistent absence at Marlstone 5 points below Year 8's",
            "first-morning contact for 95% of unexplained absences",
            "the attendance policy adopted by all 18 local governing bodies",
            "all met by the end of Summer 1 2028/29",
        ],
    ),
    (
        "Gate 3 \u00b7 end of Summer 2 2029/30 \u00b7 Ready to make it stick",
        [
            "all 18 schools taking registers in Orbis",
            "persistent absence, primary at 12% or lower",
            "every attendance officer trained in legal intervention",
        ],
    ),
    (
        "Close \u00b7 end of Summer 2 2030/31 \u00b7 Hand over",
        [
            "every measure reported to the Trust Board for three years",
            "attendance and reading written into each school's 2031/32 improvement plan",
        ],
    ),
]


def gates(d: Deck) -> None:
    top = d.heading("Gates", "What good looks like at each gate")
    bw = (RIGHT - LEFT - 20) / 2
    for k, (head, items) in enumerate(GATES):
        x = LEFT + (k % 2) * (bw + 20)
        y = top + (k // 2) * 196
        d.rect(x, y - 8, bw, 184, PALE)
        d.text(x + 14, y + 18, head, 14, BOLD, NAVY, bw - 24)
        d.bullets(x + 32, y + 46, items, 13, 6, bw - 46)
    d.finish()


RISKS = [
    ["Risk", "Likelihood", "Mitigation"],
    [
        "Attendance history lost in the move to Orbis",
        "Medium",
        "Run ClassLedger and Orbis side by side for two weeks in every wave",
    ],
    [
        "Family support posts hard to fill",
        "High",
        "Advertise 52-week posts and ask the council to second two early help workers",
    ],
    [
        "Phonics teaching drifts back to old habits",
        "Medium",
        "Termly phonics audit of every primary, with written feedback within a week",
    ],
    [
        "Office staff see first-morning calls as extra work",
        "Medium",
        "Consult the JCC first and pay for the extra 30 minutes a day from the hub grant",
    ],
    [
        "A harder attendance line pushes out pupils with EHCPs",
        "Low",
        "Agree an attendance plan with the family and the SENCO before any legal step",
    ],
]


def risks(d: Deck) -> None:
    top = d.heading("Risks", "What could keep children at home")
    d.table(LEFT, top - 8, [330, 110, 424], RISKS, 14, 8)
    d.finish()


FIRST_90 = [
    "Publish the trust attendance policy and register codes to all 18 schools "
    "(Trust Attendance Lead)",
    "Start Sound Steps training for every Reception and Year 1 teacher (Phonics Lead)",
    "Advertise six family support worker posts on 52-week contracts (Head of Family Support)",
    "Move Marlstone and its four partner primaries to Orbis after October half-term (Head of Data)",
    "Sign the data sharing agreement with Thornshire County Council (Data Protection Officer)",
    "Consult the JCC on first-morning calls in office staff duties (Head of People)",
    "Brief every local governing body on the plan at its autumn meeting (Head of Governance)",
    "Set up the programme board, its risk log and the Gate 1 paper (Programme Manager)",
]


def first_90_days(d: Deck) -> None:
    top = d.heading("First 90 days", "Clearing the runway: the first 90 days")
    d.text(LEFT, top, "Monday 4 September to Friday 1 December 2028", 15, REG, GREY)
    y = top + 34
    for n, item in enumerate(FIRST_90, start=1):
        d.text(LEFT, y, f"{n}.", 15, BOLD, TEAL)
        d.text(LEFT + 26, y, item, 15, REG, INK, RIGHT - LEFT - 26)
        y += 36
    d.finish()


def monday(d: Deck) -> None:
    top = d.heading("In every school", "What changes on Monday 4 September")
    d.bullets(
        LEFT + 18,
        top + 12,
        [
            "Morning registers close at 9:10 in every school",
            "Headteachers get last week's attendance every Monday morning",
            "Absence letters go out in the trust's new wording only",
            "Each school names a senior leader as its attendance champion",
            "Phonics lessons move to the first session of the day in every primary",
        ],
        19,
        18,
    )
    d.finish()


def governance(d: Deck) -> None:
    top = d.heading("Governance", "Who decides, who is asked")
    rows = [
        ["Body", "Role in Every Day Counts", "Meets"],
        [
            "Trust Board",
            "Owns the strategy, decides Gate 2, receives the measures",
            "Six times a year",
        ],
        [
            "Standards committee",
            "Scrutinises attendance and reading; takes Gates 1 and 3 if delegated",
            "Every half-term",
        ],
        [
            "Programme board",
            "Chaired by the Chief Executive Officer; the Director of Education is deputy chair",
            "Every half-term",
        ],
        [
            "Local governing bodies",
            "See their school's figures and challenge the headteacher",
            "Every term",
        ],
    ]
    y = d.table(LEFT, top - 8, [230, 480, 154], rows, 14, 8)
    d.text(
        LEFT,
        y + 34,
        "Consulted, never leading: the Joint Trade Unions' Consultative Committee "
        "and the Parents' Forum.",
        15,
        BOLD,
        AMBER,
        RIGHT - LEFT,
    )
    d.finish()


def asks(d: Deck) -> None:
    top = d.heading("Decisions", "What we ask of the Trust Board today")
    items = [
        "Approve Every Day Counts, its four pillars and its eight measures",
        "Release \u00a31.46m over three years: \u00a30.62m in 2028/29 and \u00a30.42m in each "
        "later year",
        "Delegate Gates 1 and 3 to the standards committee and keep Gate 2 for the full board",
        "Agree that the first school is Marlstone and that it starts with Year 7",
    ]
    y = top + 10
    for n, item in enumerate(items, start=1):
        d.text(LEFT, y, f"{n}.", 18, BOLD, TEAL)
        d.text(LEFT + 30, y, item, 18, REG, INK, RIGHT - LEFT - 30)
        y += 44
    d.rect(LEFT, y + 10, RIGHT - LEFT, 50, PALE)
    d.text(
        LEFT + 16,
        y + 41,
        "Every Day Counts ends with the 2030/31 school year, in August 2031; what comes after "
        "belongs to each school's own plan.",
        14,
        BOLD,
        NAVY,
        RIGHT - LEFT - 32,
    )
    d.finish()


SLIDES = [
    cover,
    why_now,
    north_star,
    scope,
    pillar_attendance,
    pillar_reading,
    pillar_families,
    pillar_systems,
    kpis,
    clock,
    pilot,
    gantt,
    gates,
    risks,
    first_90_days,
    monday,
    governance,
    asks,
]


def build_deck(path: Path) -> None:
    _fonts()
    d = Deck(path)
    for slide in SLIDES:
        slide(d)
    d.save()


# =========================================================================== the org folder

NOT_LINE = "Not in line management"
HEAD = ["Post", "Reports to", "Remit", "Hours/FTE"]
CONSULTED = "Consulted body, not a post"
# Post, Reports to, Remit, Hours/FTE: the central team's staffing structure from 1 September 2028
STRUCTURE: list[tuple[str, str, str, str]] = [
    (
        "Chief Executive Officer",
        "Trust Board",
        "Accountable officer of the trust. Sponsor of Every Day Counts; chairs its programme "
        "board and takes its gate decisions to the Trust Board.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Director of Education",
        "Chief Executive Officer",
        "School improvement and the quality of education in all 18 schools; line manages the "
        "headteachers; leads the curriculum, including the early reading strategy, and each "
        "school's improvement plan; reports standards to the standards committee.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Deputy Director of Education (Inclusion)",
        "Director of Education",
        "Attendance, SEND, Pupil Premium and inclusion strategy across the trust, including the "
        "gap between disadvantaged pupils and their peers; line manages the Trust Attendance "
        "Lead, the Head of Family Support and the SEND and EHCP Coordinator.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Chief Finance and Operations Officer",
        "Chief Executive Officer",
        "Budgets, grants, procurement and contracts (the Orbis contract included), estates and "
        "central services; line manages the Head of People, the Head of Data and Information, "
        "the Head of IT, the Head of Finance and the Data Protection Officer.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Head of Finance",
        "Chief Finance and Operations Officer",
        "Budget monitoring for every school and the centre, grant claims (the DfE attendance hub "
        "grant included) and the year-end accounts.",
        "0.8 FTE, 52 weeks",
    ),
    (
        "Head of People",
        "Chief Finance and Operations Officer",
        "HR policy, contracts and terms of employment, recruitment and pre-employment checks "
        "for every post, and consultation with the recognised unions through the Joint Trade "
        "Unions' Consultative Committee.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Head of Professional Development",
        "Director of Education",
        "The trust's CPD calendar and INSET days, the early career framework, NPQs and the "
        "training record of every member of staff. Programme-specific accreditation is not "
        "part of this post: phonics accreditation sits with the Reading and Phonics Lead.",
        "0.8 FTE, term time plus 10 days",
    ),
    (
        "Head of Data and Information",
        "Chief Finance and Operations Officer",
        "The management information systems (ClassLedger now, Orbis from 2028/29) and the "
        "Orbis roll-out, the Lumen data warehouse and its dashboards, and the DfE school census "
        "returns.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Data Protection Officer",
        "Chief Finance and Operations Officer",
        "See the data protection section of the systems and data inventory.",
        "0.4 FTE, 52 weeks",
    ),
    (
        "Head of IT",
        "Chief Finance and Operations Officer",
        "Network, devices, Microsoft 365 accounts and the single sign-on that staff use to reach "
        "Orbis; the IT service desk. The MIS itself and its data are not part of this post.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Trust Attendance Lead",
        "Deputy Director of Education (Inclusion)",
        "The trust attendance policy, the register codes and the accuracy of attendance marks in "
        "every school, first-day absence response, the weekly attendance review, the practice "
        "of the schools' attendance officers and their training in legal intervention, and "
        "joint work with Thornshire County Council's attendance support team.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Head of Family Support",
        "Deputy Director of Education (Inclusion)",
        "See the family support team charter.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Family Support Worker",
        "Head of Family Support",
        "Casework with the families of pupils at risk of persistent absence, home visits and "
        "early help plans, for a cluster of three schools.",
        "6.0 FTE (six posts, new in 2028/29), 52 weeks",
    ),
    (
        "Reading and Phonics Lead",
        "Director of Education",
        "Early reading in the 14 primaries: the Sound Steps programme and its licence, the "
        "training and accreditation of everyone who teaches phonics, the phonics tracker and "
        "the analysis of phonics screening check results; supports each primary's early "
        "reading leader.",
        "1.0 FTE, term time plus 10 days",
    ),
    (
        "Secondary Reading Lead",
        "Director of Education",
        "Reading in the four secondaries: Year 7 reading-age screening, reading catch-up groups "
        "and the school libraries. Phonics in the primaries is not part of this post.",
        "0.6 FTE, term time",
    ),
    (
        "SEND and EHCP Coordinator",
        "Deputy Director of Education (Inclusion)",
        "EHCP requests and annual reviews with Thornshire County Council, the SENCO network, "
        "and support for schools with pupils who have an EHCP.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Head of Governance",
        "Chief Executive Officer",
        "Clerking of the Trust Board, its committees and the 18 local governing bodies; the "
        "scheme of delegation; governor recruitment, induction and training.",
        "0.8 FTE, 52 weeks",
    ),
    (
        "Communications and Engagement Manager",
        "Chief Executive Officer",
        "Communication with parents and carers: letters, the website, the annual parent survey "
        "and the secretariat of the Parents' Forum.",
        "0.8 FTE, 52 weeks",
    ),
    (
        "Every Day Counts Programme Manager",
        "Chief Executive Officer",
        "The Every Day Counts plan, risk log, gate papers and benefits tracking; secretariat of "
        "the programme board. Fixed term to 31 August 2031.",
        "1.0 FTE, 52 weeks",
    ),
    (
        "Joint Trade Unions' Consultative Committee",
        NOT_LINE,
        "Must be consulted on any change to staff duties, hours or contracts. It is consulted "
        "and never leads or owns work.",
        CONSULTED,
    ),
    (
        "Parents' Forum",
        NOT_LINE,
        "Two parents or carers from each school, asked about letters, home visits and the "
        "attendance policy. It is consulted and never leads or owns work.",
        CONSULTED,
    ),
]


def _sorted_zip(data: bytes) -> bytes:
    """The package with its entries in name order (times and attributes kept)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def _structure_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(1.8)
    doc.add_heading("Harrowdale Learning Trust: central team structure", level=1)
    doc.add_paragraph(
        "Effective from 1 September 2028. Approved by the Chief Executive Officer on 19 June "
        "2028 after consultation with the Joint Trade Unions' Consultative Committee."
    )
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, HEAD, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in STRUCTURE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for row in table.rows:
        for cell, width in zip(row.cells, [Cm(4.2), Cm(3.6), Cm(7.6), Cm(2.8)], strict=True):
            cell.width = width
    doc.add_paragraph(
        "School-level posts (headteachers, attendance officers, early reading leaders, SENCOs "
        "and office staff) are listed separately in school-level-posts.md."
    )
    doc.add_paragraph(
        "The trust has no education welfare officer of its own; penalty notices and "
        "prosecutions for non-attendance are the council's."
    )
    doc.add_paragraph(
        "Sponsor: the Chief Executive Officer is the sponsor of Every Day Counts and answers "
        "for it to the Trust Board."
    )
    data = ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="Head of People",
        title="Central team structure 2028/29",
        last_modified_by="Head of People",
        revision=3,
    )
    return _sorted_zip(data)


ORG_TEXT: dict[str, str] = {
    "people/school-level-posts.md": """
# School-level posts

The posts in each school that Every Day Counts relies on. They are employed by the trust and
line managed in their school; the central team structure (central-team-structure.docx) lists
the trust-wide posts.

- Headteacher (18, one per school) -- leads the school and its improvement plan; reports to the
  Director of Education.
- Attendance Officer (one in each secondary; the primaries share four) -- takes and checks the
  registers each day and makes first-day contact with families; works to the practice set by the
  Trust Attendance Lead.
- Early Reading Leader (one in each of the 14 primaries) -- leads phonics teaching in the school
  and keeps the school's phonics records; trained by the Reading and Phonics Lead.
- SENCO (14; two pairs of small primaries share one) -- special educational needs in the school
  and the school's part in EHCP reviews.
- Designated Safeguarding Lead (18) -- safeguarding in the school; told of every home visit.
- School Office Manager (18) -- registers administration, absence calls and letters; in the
  secondaries also sends text messages to parents.
- Pupil Premium Lead (18, usually a deputy head) -- the school's Pupil Premium strategy
  statement.
""",
    "governance/standards-committee-terms-of-reference.md": """
# Standards Committee of the Trust Board: terms of reference

Approved by the Trust Board on 22 March 2028. Reviewed every year in the summer term.

## Purpose

The standards committee scrutinises the quality of education, attendance and outcomes in the
trust's 18 schools on behalf of the Trust Board, and holds the Chief Executive Officer and the
Director of Education to account for them.

## Membership

- Three trustees, one of whom chairs the committee.
- In attendance: the Chief Executive Officer, the Director of Education and the Deputy Director
  of Education (Inclusion).
- Clerk: the Head of Governance.
- Quorum: two trustees.

## Meetings

The committee meets every half-term, six times a year, usually in the fourth week of the
half-term. Papers are sent seven days before each meeting.

## Duties

1. Scrutinise attendance, persistent absence, reading and phonics results, and the gap between
   disadvantaged pupils and their peers, every half-term.
2. Receive the Every Day Counts measures and the programme board's report at each meeting.
3. Take the gate decisions of Every Day Counts that the Trust Board delegates to it, and report
   each decision to the next Trust Board.
4. Review Ofsted reports and each school's response to them.
5. Agree the questions local governing bodies ask about standards each term.

## Limits

The committee cannot release or commit money: spending decisions over £25,000 go to the
finance, audit and risk committee. The Chief Executive Officer is the sponsor of Every Day
Counts and attends every meeting.
""",
    "governance/family-support-team-charter.md": """
# Family support team charter

Agreed by the Deputy Director of Education (Inclusion), June 2028. The team starts on
1 September 2028.

## Who leads it

The Head of Family Support is responsible for the family support team: recruiting and leading
the six family support workers, allocating referrals, home visits and early help plans, the
family support case records, and the team's response-time measure.

## How the team works

- Referrals come from headteachers, attendance officers, SENCOs and designated safeguarding
  leads, using one referral form.
- Each family support worker covers a cluster of three schools and holds no more than 18
  families at a time.
- A first home visit is offered within 10 school days of a referral, and on the third day of
  any unexplained absence for a pupil already known to the team.
- Workers attend the EHCP review of any pupil on their caseload.
- The Designated Safeguarding Lead of the school is told before every home visit.

## What the team does not do

The team does not issue penalty notices and does not take part in prosecutions.
""",
    "governance/jcc-consultation-agreement-extract.txt": """
HARROWDALE LEARNING TRUST
Recognition and consultation agreement with the recognised trade unions (extract)
Agreed 14 November 2025; clauses 6 to 9

6. The Joint Trade Unions' Consultative Committee (JCC) is the trust's forum for consultation
with the recognised teaching and support staff unions. It meets once every half-term.

7. The JCC must be consulted before any change to the duties, hours or place of work of
support staff, at least 30 days before the change is made.

8. Office staff in schools are on term-time-only contracts and cannot be required to work in
the school holidays.

9. Members of the JCC take part in consultation; they do not lead, manage or own trust
projects.
""",
    "context/email-2028-06-14-council-attendance-team.txt": """
From: Attendance Support Team Manager, Thornshire County Council
To: Trust Attendance Lead, Harrowdale Learning Trust
Date: Wednesday 14 June 2028
Subject: Every Day Counts and what we can offer

Thank you for sharing the draft of Every Day Counts.

Our attendance support team only covers statutory work (penalty notices, prosecutions and
children missing education) and will not make first-day calls for academies.

We would welcome a shared protocol for legal intervention in your 18 schools, and a named
contact for each school.

Before we can take a daily attendance feed from your schools we need the data sharing
agreement signed by both sides.

Kind regards
Attendance Support Team Manager
""",
    "systems/systems-and-data-inventory.md": """
# Systems and data inventory

Kept by the Head of Data and Information. Last reviewed 9 June 2028.

## Pupil records and registers

- **ClassLedger** (the current MIS): one on-premise database in each of the 18 schools; Lumen
  joins them up every night. ClassLedger's attendance marks are not retained beyond two school
  years, so Orbis will start with 2026/27 and 2027/28 only.
- **Orbis** (the new MIS): a cloud MIS, contract signed on 2 May 2028 for all 18 schools. The
  licence includes the attendance module and the casework module. Roll-out in three waves from
  Autumn 2 2028/29.
- **SchoolPing**: the SchoolPing text messaging service runs only at the four secondaries;
  primary offices ring parents from a desk phone.

## Reporting

- **Lumen**, the trust's data warehouse, loads ClassLedger every night and will load Orbis from
  the first wave. Its dashboards show attendance by school, year group and pupil group; the
  weekly attendance dashboard for headteachers will be built in Lumen.
- DfE school census returns (October, January and May) are made from ClassLedger by each school
  and checked centrally.

## Reading

- Phonics assessment relies on a spreadsheet that each primary keeps in its own format.
- Year 7 reading ages come from ReadScale, a standardised reading test the four secondaries
  use in Autumn 1.

## Family support

- Family support case notes are kept on paper in a locked cabinet at each school.

## Staff training records

- The Head of Professional Development keeps every member of staff's training record in
  TrainTrack, including INSET attendance and NPQs.

## Data protection

The Data Protection Officer is responsible for the trust's data protection policy, data
protection impact assessments, data sharing agreements with the council and other bodies,
and subject access requests. A data protection impact assessment for Orbis was approved on
20 April 2028.
""",
    "context/schools-and-pupils.md": """
# Our schools and pupils (January 2028 census)

Harrowdale Learning Trust: 14 primary and 4 secondary academies in four towns, 8,340 pupils.

| School | Town | Phase | Pupils | Pupil Premium | Persistent absence 2027/28 | Orbis wave |
|---|---|---|---|---|---|---|
| Marlstone Academy | Thornsby | Secondary 11-16 | 1,080 | 38% | 26.3% | 1 |
| Harrowdale High School | Harrowdale | Secondary 11-18 | 1,240 | 27% | 22.8% | 2 |
| Kirkmoor Academy | Kirkmoor | Secondary 11-16 | 960 | 33% | 25.1% | 3 |
| Wendholme School | Wendholme | Secondary 11-18 | 1,110 | 21% | 22.0% | 2 |
| Thornsby Park Primary | Thornsby | Primary | 410 | 41% | 17.9% | 1 |
| Beck Lane Primary | Thornsby | Primary | 305 | 36% | 16.2% | 1 |
| Longcroft Primary | Thornsby | Primary | 280 | 29% | 14.8% | 1 |
| Sowerby Row Primary | Thornsby | Primary | 215 | 44% | 18.6% | 1 |
| Millrace Primary | Harrowdale | Primary | 420 | 24% | 12.1% | 2 |
| Tenter Hill Primary | Harrowdale | Primary | 330 | 22% | 11.4% | 2 |
| Ravelstone Primary | Harrowdale | Primary | 290 | 26% | 13.0% | 2 |
| Fellside Primary | Harrowdale | Primary | 205 | 31% | 14.2% | 3 |
| Copley Brook Primary | Kirkmoor | Primary | 320 | 35% | 15.5% | 3 |
| Oakenrigg Primary | Kirkmoor | Primary | 240 | 30% | 14.9% | 3 |
| Brindle Moor Primary | Kirkmoor | Primary | 180 | 39% | 16.8% | 3 |
| Ashgill Primary | Wendholme | Primary | 310 | 18% | 10.9% | 3 |
| Netherby Fold Primary | Wendholme | Primary | 250 | 20% | 11.8% | 3 |
| Scarrow Primary | Wendholme | Primary | 195 | 23% | 12.6% | 2 |

Marlstone Academy's Year 7 (214 pupils in eight tutor groups) had the highest Year 7 persistent
absence in the trust in 2027/28, at 27.9%. Its four partner primaries are Thornsby Park, Beck
Lane, Longcroft and Sowerby Row.

Sixth forms at Harrowdale High School and Wendholme School, and nursery classes at four
primaries, are run under the same policies but are outside Every Day Counts.
""",
    "measures/every-day-counts-measures.tsv": (
        "Measure\tDefinition\tSource\tOwner\tBaseline 2027/28\tTarget and by when\n"
        "Persistent absence, secondary\tShare of pupils in Years 7 to 11 who miss 10% or more "
        "of their possible sessions (DfE definition)\tClassLedger, then Orbis, through Lumen\t"
        "Trust Attendance Lead\t24.1%\t16% by Summer 2 2030/31\n"
        "Persistent absence, primary\tShare of pupils in Years 1 to 6 who miss 10% or more of "
        "their possible sessions\tClassLedger, then Orbis, through Lumen\tTrust Attendance Lead"
        "\t14.6%\t10% by Summer 2 2030/31\n"
        "Overall attendance\tSessions attended as a share of possible sessions, all 18 schools"
        "\tClassLedger, then Orbis, through Lumen\tTrust Attendance Lead\t92.2%\t94.5% by "
        "Summer 2 2030/31\n"
        "Year 1 phonics screening check\tShare of Year 1 pupils meeting the expected standard "
        "in the June check\tSchool phonics records and the DfE results\tReading and Phonics "
        "Lead\t71% (June 2028)\t85% in the June 2030 check\n"
        "Year 7 reading age\tShare of Year 7 pupils whose standardised reading age is at or "
        "above their chronological age in the Autumn 1 test\tReadScale\tSecondary Reading Lead"
        "\t58%\t75% by Summer 2 2030/31\n"
        "Pupil Premium persistent absence gap\tPercentage points between the persistent "
        "absence of Pupil Premium pupils and of their peers\tLumen\tDeputy Director of "
        "Education (Inclusion)\t11.3 points\t5 points by Summer 2 2030/31\n"
        "Families seen within 10 school days\tShare of families referred to the family support "
        "team who have a first home visit within 10 school days of referral\tReferral forms\t"
        "Head of Family Support\tNot recorded\tResponse time is not yet recorded anywhere. Target 90% "
        "by Spring 2 2029/30\n"
        "Parents who say school helps with attendance\tShare of parents answering agree or "
        "strongly agree in the annual parent survey\tParent survey (June)\tCommunications and "
        "Engagement Manager\t54% (June 2028)\tTo be agreed with the Parents' Forum\n"
    ),
}


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/people/central-team-structure.docx"] = _structure_docx()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
