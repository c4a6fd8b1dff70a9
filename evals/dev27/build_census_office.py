"""Build the dev27 case ``census-office``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf and python-docx.
reportlab is not in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/dev27/build_census_office.py [out-folder]

Writes, under ``evals/dev27/census-office/`` (or ``<out-folder>/census-office/``), every file of
the case but ``gold.json``:

- ``Census 2031 - Online First - Statistics Council June 2029.pdf``: a national statistics
  office's census programme for its Statistics Council, drawn the way Google Slides exports a
  16:9 presentation to PDF (pages of 720 x 405 pt, the presentation's name as Title, Producer
  "Skia/PDF m171 Google Docs Renderer", no Creator, no dates), imitated with reportlab's canvas
  in invariant mode: titles drawn as larger text at the top of each slide (no tags, no
  placeholders), every line its own text object, a KPI table drawn as ruled lines and cell
  texts on shared baselines, the roadmap a horizontal band chart of rectangles and text labels
  on a clock of months relative to Census Day (C-18 to C+12, with a "Later" column), a risks
  table, page numbers bottom right. reportlab's comments are overwritten in place at their own
  length (so no offset moves), and its font subsets are named as Skia names Arial's.
- ``org/``: the roster as an intranet HTML page (``people/who-does-what.html``: one table Post /
  Division / Reports to / Responsible for), the Statistics Council's terms of reference (DOCX),
  the Census Programme Board's terms, the output and disclosure policy, the systems and data
  inventory, the census measures (CSV), the lessons of Census 2021, the Holmvik municipality
  profile, the Staff Council agreement extract and a saved email from the Data Protection
  Inspectorate's liaison.

Re-running it rewrites every file byte for byte: reportlab's invariant mode and a fixed Info
dictionary for the PDF, fixed core properties and ZIP times (entries in name order) for the
DOCX, and the text files as literal strings. It never touches ``gold.json``.

The organization, people and places are fictional. The GDPR and Regulation (EC) No 763/2008 on
population and housing censuses are real and named only as context.

This is a DEVELOPMENT case (split "dev27").
"""

from __future__ import annotations

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
CASE = "census-office"
DECK = "Census 2031 - Online First - Statistics Council June 2029.pdf"
TITLE = "Census 2031 - Online First - Statistics Council June 2029"
PRODUCER = "Skia/PDF m171 Google Docs Renderer"

LIB = Path("/usr/share/fonts/truetype/liberation")
REG, BOLD = "ArialMT", "Arial-BoldMT"
FONTS = {REG: LIB / "LiberationSans-Regular.ttf", BOLD: LIB / "LiberationSans-Bold.ttf"}
SUBSET_PREFIX = {REG: b"AAAAAA", BOLD: b"AAAAAB"}

W, H = 720.0, 405.0  # Google Slides' 16:9, 10 x 5.625 in
LEFT, RIGHT = 36.0, 684.0

Color = tuple[float, float, float]
INK: Color = (0.13, 0.13, 0.13)
BLUE: Color = (0.1, 0.3, 0.55)
TEAL: Color = (0.0, 0.5, 0.5)
GREY: Color = (0.4, 0.42, 0.45)
PALE: Color = (0.91, 0.94, 0.97)
RULE: Color = (0.75, 0.77, 0.8)
WHITE: Color = (1.0, 1.0, 1.0)
PHASE_COLORS: list[Color] = [
    (0.25, 0.45, 0.7),
    (0.0, 0.5, 0.5),
    (0.75, 0.45, 0.1),
    (0.45, 0.35, 0.6),
]
BAR: Color = (0.78, 0.86, 0.93)

TOR_STAMP = Stamp((2027, 11, 14, 10, 20, 0), "2027-11-14T10:20:00Z")
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(file))
            font.face.name = name.encode("ascii")
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """Document information as Google Slides' export writes it: Title and Producer only."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__()
        self.fields = fields

    def format(self, document):
        d = {k: pdfdoc.PDFString(v) for k, v in self.fields.items()}
        return pdfdoc.PDFDictionary(d).format(document)


def _skia_bytes(path: Path) -> None:
    """reportlab's marks rewritten in place at their own length: the header's comment as a
    binary comment, the trailer's comment blanked, each font subset's prefix its own."""
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


# =========================================================================== the deck's canvas


class Deck:
    """A reportlab canvas with the few ways the Google Slides export writes a slide. ``top``
    is a baseline's distance from the top of the slide."""

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

    def text(
        self,
        x: float,
        top: float,
        s: str,
        size: float = 12,
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
        size: float = 12,
        font: str = REG,
        color: Color = INK,
        width: float | None = None,
        leading: float | None = None,
    ) -> float:
        w = width if width is not None else RIGHT - x
        step = leading if leading is not None else size * 1.3
        for line in wrap(s, font, size, w):
            self.text(x, top, line, size, font, color, w)
            top += step
        return top

    def bullets(
        self,
        x: float,
        top: float,
        items: list[str],
        size: float = 11.5,
        gap: float = 5,
        width: float | None = None,
        glyph: str = "•",
    ) -> float:
        """Bulleted items, wrapped to ``width``; the glyph is its own text object."""
        w = width if width is not None else RIGHT - x
        for item in items:
            self.text(x - 11, top, glyph, size, REG, TEAL)
            top = self.para(x, top, item, size, REG, INK, w, size * 1.25) + gap
        return top

    def numbered(self, x: float, top: float, items: list[str], size: float = 12.5) -> float:
        for n, item in enumerate(items, start=1):
            self.text(x - 16, top, f"{n}.", size, BOLD, BLUE)
            top = self.para(x, top, item, size, REG, INK, RIGHT - x, size * 1.25) + 7
        return top

    def rect(self, x: float, top: float, w: float, h: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.rect(x, H - top - h, w, h, fill=1, stroke=0)

    def hline(self, x1: float, x2: float, top: float, color: Color = RULE, width=0.75) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, H - top, x2, H - top)

    def vline(self, x: float, top1: float, top2: float, color: Color = RULE, width=0.75) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, H - top1, x, H - top2)

    def heading(self, eyebrow: str, title: str) -> float:
        """An eyebrow in small capitals' colour and the title as larger text; returns the
        baseline where the body starts."""
        self.text(LEFT, 30, eyebrow.upper(), 8.5, BOLD, TEAL)
        self.text(LEFT, 56, title, 21, BOLD, BLUE, RIGHT - LEFT)
        return 88

    def table(
        self,
        x: float,
        top: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 10,
        row_h: float = 19,
    ) -> float:
        """A ruled table: the header row bold on a pale band, each row's cells on one
        baseline; returns the top under the last rule."""
        total = sum(widths)
        self.rect(x, top, total, row_h, PALE)
        for r, row in enumerate(rows):
            base = top + row_h * r + row_h * 0.68
            cx = x
            for cell, w in zip(row, widths, strict=True):
                font = BOLD if r == 0 else REG
                self.text(cx + 4, base, cell, size, font, INK, w - 8)
                cx += w
            self.hline(x, x + total, top + row_h * (r + 1))
        return top + row_h * len(rows)

    def finish(self) -> None:
        if self.page > 1:
            self.text(
                LEFT,
                392,
                "Statistics Aldermark · Census 2031: Online First · Statistics Council, June 2029",
                7,
                REG,
                GREY,
            )
            self.text(RIGHT, 392, str(self.page), 8, BOLD, GREY, align="right")
        self.c.showPage()

    def save(self) -> None:
        if OVERFLOW:
            raise SystemExit("lines overflow their boxes:\n" + "\n".join(OVERFLOW))
        self.c.save()
        _skia_bytes(self.path)


# =========================================================================== the slides


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, BLUE)
    d.rect(0, 300, W, 6, TEAL)
    d.text(LEFT, 70, "STATISTICS ALDERMARK", 11, BOLD, PALE)
    d.text(LEFT, 150, "Census 2031: Online First", 38, BOLD, WHITE)
    d.text(LEFT, 185, "The census programme, 2029–2032", 18, REG, WHITE)
    d.text(LEFT, 235, "Statistics Council · 25 June 2029 · For endorsement", 12, REG, PALE)
    d.text(
        LEFT,
        255,
        "Dr Ilse Marken, Director General · Tomas Brenner, Census Programme Director",
        11,
        REG,
        PALE,
    )
    d.finish()


def why_now(d: Deck) -> None:
    d.page += 1
    top = d.heading("Why now", "The 2021 census worked. It will not work twice.")
    tiles = [
        ("€58.3m", ["what Census 2021 cost,", "at 2021 prices"]),
        ("38%", ["of households chose the", "web form in 2021"]),
        ("1,420", ["enumerators knocked on", "doors for nine weeks"]),
        ("1 in 42", ["residents missed, net,", "by the 2021 count"]),
        ("18 months", ["before the first figures", "came out"]),
    ]
    tw, gap = 122.0, 9.5
    for k, (big, label) in enumerate(tiles):
        x = LEFT + k * (tw + gap)
        d.rect(x, top, tw, 92, PALE)
        d.text(x + 10, top + 34, big, 20, BOLD, BLUE, tw - 16)
        for j, line in enumerate(label):
            d.text(x + 8, top + 56 + j * 13, line, 9, REG, INK, tw - 14)
    top += 122
    top = d.para(
        LEFT,
        top,
        "The office's budget falls 2% a year in real terms to 2032, and the population, tax "
        "and building registers now hold most of what the 2021 form asked.",
        11.5,
    )
    top += 14
    d.rect(LEFT, top - 14, RIGHT - LEFT, 62, (0.93, 0.97, 0.97))
    d.text(LEFT + 12, top + 6, "Census Day: Sunday 16 March 2031", 15, BOLD, TEAL)
    d.para(
        LEFT + 12,
        top + 26,
        "Every date from here on counts from Census Day: C-18 is eighteen months before it, "
        "C+12 twelve months after it.",
        11,
        REG,
        INK,
        RIGHT - LEFT - 24,
    )
    d.finish()


def three_numbers(d: Deck) -> None:
    d.page += 1
    top = d.heading("Context", "Three numbers that frame the choice")
    rows = [
        ("History", "In 2011, 9% of households answered online; in 2021, 38%."),
        (
            "A neighbour",
            "Vestrand Statistics took 81% of its 2021 census online, at half our cost per "
            "household.",
        ),
        (
            "The law",
            "The Census Act fixes Census Day on a Sunday in March and obliges every household "
            "to answer.",
        ),
    ]
    for label, line in rows:
        d.rect(LEFT, top - 14, 110, 44, PALE)
        d.text(LEFT + 8, top + 6, label, 12, BOLD, BLUE, 96)
        d.para(LEFT + 124, top, line, 12.5, REG, INK, RIGHT - LEFT - 124)
        top += 62
    d.para(
        LEFT,
        top + 6,
        "So: the web form by default, registers first, and a smaller field force.",
        13,
        BOLD,
        TEAL,
    )
    d.finish()


def north_star(d: Deck) -> None:
    d.page += 1
    top = d.heading("North star", "Our north star")
    top = d.para(
        LEFT,
        top + 4,
        "A census that counts everyone, mostly online, and costs the public less",
        17,
        BOLD,
        TEAL,
    )
    top += 8
    d.text(LEFT, top, "By C+12 we will:", 12, BOLD, INK)
    top = d.bullets(
        LEFT + 14,
        top + 18,
        [
            "take 75% of household responses online",
            "count 96% of persons before imputation",
            "publish first results 12 months after Census Day",
            "cut the cost per household counted from €54 to €36",
        ],
        12,
        3,
    )
    top = d.para(
        LEFT,
        top + 6,
        "And we will make Census 2031 the most trusted count we have run.",
        12,
        REG,
        INK,
    )
    d.rect(LEFT, top + 2, RIGHT - LEFT, 30, PALE)
    d.text(
        LEFT + 10,
        top + 21,
        "How we get there: Build, then Rehearse, then Count, then Process and publish",
        12,
        BOLD,
        BLUE,
        RIGHT - LEFT - 20,
    )
    d.finish()


def four_pillars(d: Deck) -> None:
    d.page += 1
    top = d.heading("The plan on a page", "Four pillars, one count")
    pillars = [
        ("1  Online first", "The web form is the front door for every household."),
        ("2  Registers first", "Ask only what the registers cannot tell us."),
        ("3  Follow up", "A smaller field force, sent where answers are missing."),
        ("4  Protect and publish", "Nobody identifiable; first results six months sooner."),
    ]
    cw, gap = 153.0, 12.0
    for k, (head, body) in enumerate(pillars):
        x = LEFT + k * (cw + gap)
        d.rect(x, top, cw, 150, PALE)
        d.rect(x, top, cw, 6, PHASE_COLORS[k])
        d.text(x + 10, top + 30, head, 12.5, BOLD, BLUE, cw - 20)
        d.para(x + 10, top + 54, body, 11, REG, INK, cw - 20, 14)
    d.para(
        LEFT,
        top + 186,
        "Each pillar has one lead, named on the governance slide, and reports monthly to the "
        "Census Programme Board.",
        11,
        REG,
        GREY,
    )
    d.finish()


def pillar(d: Deck, eyebrow: str, title: str, items: list[str], goal: str) -> None:
    d.page += 1
    top = d.heading(eyebrow, title)
    top = d.bullets(LEFT + 12, top, items, 11.5, 6)
    d.rect(LEFT, top + 2, RIGHT - LEFT, 26, (0.93, 0.97, 0.97))
    d.text(LEFT + 10, top + 19, goal, 11.5, BOLD, TEAL, RIGHT - LEFT - 20)
    d.finish()


def pillar_one(d: Deck) -> None:
    pillar(
        d,
        "Pillar 1 · Online first",
        "The front door is a web form",
        [
            "Post an access-code letter to every address in the Statistical Address Register "
            "(SAR) in the week of C-1",
            "Open the online questionnaire on CollectHub two weeks before Census Day and keep "
            "it open to C+3",
            "Load-test CollectHub at 40,000 concurrent users before C-12",
            "Send paper questionnaires only on request, through the helpline",
            "Open the helpline 8:00 to 20:00, seven days a week, from C-1 to C+3, with 140 "
            "temporary agents",
            "Run the publicity campaign with all 64 municipalities from C-2",
        ],
        "Goal: 75% of household responses online by C+1",
    )


def pillar_two(d: Deck) -> None:
    pillar(
        d,
        "Pillar 2 · Registers first",
        "Let the registers do the heavy lifting",
        [
            "Confirm every SAR address as a dwelling, or not, with the municipalities by C-1",
            "Flag care homes, student halls and prisons in the SAR as communal establishments",
            "Sign data supply agreements with the Tax Agency and the Land and Buildings "
            "Register by C-12",
            "Take 14 of 22 census variables from registers instead of asking for them",
            "Link register records to census responses only once the inspectorate has replied "
            "on the DPIA",
        ],
        "Goal: 14 of 22 census variables taken from registers by C+9",
    )


def pillar_three(d: Deck) -> None:
    pillar(
        d,
        "Pillar 3 · Follow up",
        "Knock only where the answer is missing",
        [
            "Recruit 650 enumerators through the municipalities, down from 1,420 in 2021",
            "Train and certify all 650 enumerators before C-1",
            "Give every enumerator a tablet with a daily list of addresses that have not answered",
            "Start non-response follow-up at C+2 weeks and close it at C+3",
            "Build a daily return-rate dashboard by municipality, so visits go where returns "
            "are lowest",
            "Use the 120 standing survey interviewers as field supervisors",
        ],
        "Goal: 96% of persons counted by C+3, with net under-coverage under 1.5% by C+9",
    )


def pillar_four(d: Deck) -> None:
    pillar(
        d,
        "Pillar 4 · Protect and publish",
        "Nobody identifiable, first results six months sooner",
        [
            "Apply targeted record swapping and the cell key method to every census table",
            "Run the Census Coverage Survey in 420 sample areas, starting at C+2",
            "Process responses and register records in the census processing system (CPS) from C+2",
            "Publish first results, population by municipality, age and sex, at C+12",
        ],
        "Goal: first results 12 months after Census Day, against 18 in 2021",
    )


KPI_ROWS = [
    ["Measure", "Census 2021", "Target", "By when"],
    ["Households responding online", "38%", "75%", "C+1"],
    ["Persons counted before imputation", "94.1%", "96%", "C+3"],
    ["Net under-coverage of usual residents", "2.4%", "under 1.5%", "C+9"],
    ["SAR addresses confirmed as dwelling or not", "88%", "99%", "C-1"],
    ["Helpline calls answered within 3 minutes", "61%", "85%", "C-1 to C+3"],
    ["Census variables taken from registers", "4 of 22", "14 of 22", "C+9"],
    ["Cost per household counted", "€54", "€36", "C+12"],
    ["Months from Census Day to first results", "18", "12", "C+12"],
    ["Public trust in census statistics", "71% (2028)", "higher", "to be set"],
]


def kpis(d: Deck) -> None:
    d.page += 1
    top = d.heading("Measures", "What good looks like at C+12")
    top = d.table(LEFT, top - 8, [290, 110, 110, 138], KPI_ROWS, 10.5, 22)
    d.para(
        LEFT,
        top + 16,
        "C+1 means one month after Census Day. Trust: adults who say they trust census "
        "figures, from the office's trust survey; the target will be set after the 2030 survey.",
        9,
        REG,
        GREY,
    )
    d.finish()


def rehearsal(d: Deck) -> None:
    d.page += 1
    top = d.heading("Proving it first", "One municipality, one full count, a year early")
    top = d.para(
        LEFT,
        top,
        "First in Holmvik municipality's 9,400 households: a full census rehearsal with its "
        "own Rehearsal Day at C-12, a Sunday. From here on we call it the rehearsal.",
        12.5,
        BOLD,
        BLUE,
    )
    top = d.para(
        LEFT,
        top + 4,
        "Why Holmvik: a town and 14 villages, 1,260 holiday cottages, two care homes and a "
        "student hall, and the lowest online share of 2021 (24%).",
        11,
        REG,
        GREY,
    )
    d.text(LEFT, top + 10, "The steps", 12, BOLD, TEAL)
    d.bullets(
        LEFT + 12,
        top + 30,
        [
            "Post access-code letters to every Holmvik address at C-13",
            "Recruit and certify 24 enumerators who live in the municipality",
            "Test the communal establishment flag on the care homes and the student hall",
            "Compare register-based counts with the rehearsal's own count, variable by variable",
            "Write the evaluation report within 20 weeks of Rehearsal Day",
        ],
        11.5,
        4,
    )
    d.finish()


# the roadmap's clock: month 0 = C-18; x of a month on the chart
CHART_X0, CHART_X1 = 150.0, 620.0
LATER_X0, LATER_X1 = 626.0, RIGHT


def mx(month: float) -> float:
    return CHART_X0 + (CHART_X1 - CHART_X0) * month / 30


def roadmap(d: Deck) -> None:
    d.page += 1
    top = d.heading("Roadmap", "The road to first results: C-18 to C+12")
    axis = ["C-18", "C-15", "C-12", "C-9", "C-6", "C-3", "C0", "C+3", "C+6", "C+9", "C+12"]
    for k, label in enumerate(axis):
        d.text(mx(3 * k), top - 6, label, 8, BOLD, GREY, align="centre")
    d.text((LATER_X0 + LATER_X1) / 2, top - 6, "Later", 8, BOLD, GREY, align="centre")
    for k in range(len(axis)):
        d.vline(mx(3 * k), top, top + 212, RULE, 0.4)
    d.rect(LATER_X0, top, LATER_X1 - LATER_X0, 212, (0.95, 0.95, 0.95))
    row_h = 26.0
    rows: list[tuple[str, list[tuple[float, float, str]], Color]] = [
        (
            "Phases",
            [(0, 6, "Build"), (6, 12, "Rehearse"), (12, 21, "Count")],
            WHITE,
        ),
        ("", [(20, 30, "Process and publish")], WHITE),
        (
            "Web form, helpline",
            [(0, 6, "Build, load-test"), (6, 9, "Rehearsal"), (17, 21, "Live to C+3")],
            INK,
        ),
        (
            "Registers",
            [(0, 6, "Agreements, DPIA"), (6, 17, "Confirm SAR addresses"), (18, 27, "Link")],
            INK,
        ),
        (
            "Field force",
            [(9, 17, "Recruit, certify 650"), (18, 21, "Follow-up")],
            INK,
        ),
        (
            "Process, protect",
            [(20, 27, "Process, impute, swap"), (27, 30, "Check")],
            INK,
        ),
        ("Outputs", [(24, 30, "First results C+12")], INK),
    ]
    y = top + 6
    for k, (label, bars, ink) in enumerate(rows):
        d.text(LEFT, y + 16, label, 9, BOLD, BLUE, CHART_X0 - LEFT - 6)
        for start, end, text in bars:
            x0, x1 = mx(start) + 1, mx(end) - 1
            fill = PHASE_COLORS[[0.0, 6.0, 12.0, 20.0].index(start)] if k < 2 else BAR
            d.rect(x0, y + 3, x1 - x0, row_h - 6, fill)
            d.text(x0 + 3, y + 16.5, text, 7.5, BOLD, ink, x1 - x0 - 6)
        y += row_h + (4 if k == 1 else 0)
    d.text(LATER_X0 + 4, top + 72, "Detailed", 8, REG, GREY, LATER_X1 - LATER_X0 - 8)
    d.text(LATER_X0 + 4, top + 82, "tables,", 8, REG, GREY, LATER_X1 - LATER_X0 - 8)
    d.text(LATER_X0 + 4, top + 92, "quality", 8, REG, GREY, LATER_X1 - LATER_X0 - 8)
    d.text(LATER_X0 + 4, top + 102, "report", 8, REG, GREY, LATER_X1 - LATER_X0 - 8)
    gates = [(6, "G1"), (12, "G2"), (17, "G3"), (21, "G4")]
    gy = top + 200
    d.text(LEFT, gy + 4, "Gates", 9, BOLD, BLUE)
    for month, _ in gates:
        d.rect(mx(month) - 5, gy - 5, 10, 10, (0.8, 0.2, 0.2))
    for month, label in gates:
        d.text(mx(month) + 8, gy + 4, label, 8, BOLD, INK)
    d.text(
        LEFT,
        top + 234,
        "Month 0 = C-18 (September 2029) · 30 months to first results at C+12 (March 2032) · "
        "Later = after C+12, not in this plan",
        8.5,
        REG,
        GREY,
        RIGHT - LEFT,
    )
    d.text(
        LEFT,
        top + 248,
        "Processing starts at C+2 while follow-up visits run to C+3: "
        "Count and Process and publish overlap for one month.",
        8.5,
        BOLD,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


def phases_and_gates(d: Deck) -> None:
    d.page += 1
    top = d.heading("Phases and gates", "Four phases, four gates")
    phases = [
        "Phase 1 · Build · C-18 to C-12",
        "Phase 2 · Rehearse · C-12 to C-6",
        "Phase 3 · Count · C-6 to C+3",
        "Phase 4 · Process and publish · C+2 to C+12",
    ]
    y = top
    for k, line in enumerate(phases):
        d.rect(LEFT, y - 12, 236, 40, PALE)
        d.rect(LEFT, y - 12, 5, 40, PHASE_COLORS[k])
        d.text(LEFT + 12, y + 4, line, 10, BOLD, BLUE, 218)
        y += 50
    gx = LEFT + 252
    gw = RIGHT - gx
    gates = [
        (
            "Gate 1 · Ready to rehearse · C-12",
            [
                "CollectHub load-tested at 40,000 concurrent users",
                "Tax Agency data supply agreement signed",
            ],
        ),
        (
            "Gate 2 · Rehearsal passed · when all four are true:",
            [
                "70% of Holmvik households answered online",
                "register counts within 1% of the rehearsal count in every village",
                "no disclosure breach in the rehearsal tables",
                "evaluation report accepted by the Census Programme Board, all by C-6",
            ],
        ),
        (
            "Gate 3 · Go for Census Day · C-1",
            [
                "650 enumerators certified; 99% of SAR addresses confirmed",
                "Sunday helpline rota agreed with the Staff Council",
            ],
        ),
        (
            "Gate 4 · Collection closed · C+3",
            ["96% of persons counted; coverage survey fieldwork complete"],
        ),
    ]
    y = top
    for head, criteria in gates:
        d.text(gx, y, head, 10.5, BOLD, TEAL, gw)
        y = d.bullets(gx + 12, y + 13, criteria, 9.5, 0, gw - 12, "–") + 4
    d.finish()


def three_moments(d: Deck) -> None:
    d.page += 1
    top = d.heading("Scope", "Three moments this plan is about")
    moments = [
        "Households answering online in the first two weeks, from the access-code letter to submit",
        "Households that have not answered by C+2, when follow-up visits begin",
        "People in care homes, student halls and prisons on Census Day",
    ]
    top = d.numbered(LEFT + 18, top + 2, moments, 12.5)
    d.rect(LEFT, top + 2, RIGHT - LEFT, 118, (0.96, 0.96, 0.96))
    d.text(LEFT + 10, top + 22, "Not in this plan", 12, BOLD, GREY)
    d.bullets(
        LEFT + 22,
        top + 42,
        [
            "The agricultural census and the business register",
            "Aldermark citizens living abroad",
            "The Labour Force Survey's own fieldwork",
            "The design of the 2041 census",
        ],
        11,
        2,
    )
    d.finish()


RISK_ROWS = [
    ["Risk", "Likelihood", "Mitigation"],
    [
        "CollectHub slows at the Census Day evening peak",
        "Medium",
        "Load-test at 40,000 users; add a queue page",
    ],
    [
        "The inspectorate has not replied on linkage",
        "Medium",
        "Submit the DPIA by C-15; link nothing before the reply",
    ],
    [
        "Too few enumerators apply",
        "High",
        "Recruit through municipalities; pay a bonus per case closed",
    ],
    [
        "The helpline cannot staff Census Day, a Sunday",
        "Medium",
        "Agree a Sunday rota with the Staff Council by C-9",
    ],
    [
        "Small areas reveal a person",
        "Low",
        "Test swapping and cell key on the rehearsal tables",
    ],
    [
        "Holmvik cottages missing from the SAR",
        "High",
        "Key in the town hall's cottage list before C-13",
    ],
]


def risks(d: Deck) -> None:
    d.page += 1
    top = d.heading("Risks", "What could knock the count off course")
    d.table(LEFT, top - 8, [250, 70, 328], RISK_ROWS, 10, 24)
    d.finish()


def first_90_days(d: Deck) -> None:
    d.page += 1
    top = d.heading("First 90 days", "Clearing the runway: the first 90 days (C-18 to C-15)")
    d.bullets(
        LEFT + 12,
        top,
        [
            "Sign the Tax Agency data supply agreement (Head of Data Acquisition)",
            "Submit the register-linkage DPIA to the inspectorate (Data Protection Officer)",
            "Start confirming the 131,000 unconfirmed SAR addresses (Address Registers Manager)",
            "Agree the rehearsal dates with Holmvik's mayor (Census Programme Director)",
            "Book the CollectHub load test (Chief Information Officer)",
            "Open talks on a Sunday helpline rota with the Staff Council (Contact Centre Lead)",
            "Fill the Field Force Manager post (Head of People and Learning)",
            "Draft the census questions for the Council's opinion (Census Content Manager)",
        ],
        11.5,
        5,
    )
    d.finish()


def monday(d: Deck) -> None:
    d.page += 1
    top = d.heading("From next week", "What changes on Monday")
    d.bullets(
        LEFT + 12,
        top,
        [
            "Every survey letter we send offers the web form first and paper second.",
            "Register deliveries land in Linden with a census flag from the first week.",
            "Every new address a municipality reports goes into the SAR within five working days.",
            "Interviewers record every refusal reason in FieldPad.",
            "The Census Programme Board meets every month, chaired by the Director General.",
        ],
        12,
        7,
    )
    d.finish()


def governance(d: Deck) -> None:
    d.page += 1
    top = d.heading("Governance", "Who decides")
    rows = [
        (
            "Director General",
            "Senior responsible owner; chairs the Census Programme Board; takes every gate "
            "decision.",
        ),
        (
            "Census Programme Board",
            "Meets monthly; advises on the gates; changes within the approved budget.",
        ),
        (
            "Census Programme Director",
            "Programme office: the plan, the risk register and the gate reports.",
        ),
        (
            "Statistics Council",
            "Endorses the programme and gives its opinion on the census questions.",
        ),
        (
            "Consulted, never owners",
            "The Staff Council (rotas, working time) and the Data Protection Inspectorate's "
            "liaison (DPIA, linkage).",
        ),
    ]
    for head, body in rows:
        d.text(LEFT, top, head, 11.5, BOLD, BLUE, 170)
        top = d.para(LEFT + 180, top, body, 11, REG, INK, RIGHT - LEFT - 180, 14) + 12
    d.finish()


def asks(d: Deck) -> None:
    d.page += 1
    top = d.heading("Decisions", "What we ask of the Statistics Council")
    top = d.numbered(
        LEFT + 18,
        top,
        [
            "Endorse Census 2031: Online First.",
            "Agree Holmvik as the rehearsal and the four Gate 2 criteria.",
            "Give its opinion on the census questions at its meeting at C-15.",
            "Note the €39.4m requested from the Ministry of Finance for 2029–2032.",
            "Note that gate decisions rest with the Director General, advised by the Census "
            "Programme Board.",
        ],
        12.5,
    )
    d.para(
        LEFT,
        top + 12,
        "Thirty months, C-18 to C+12: first results in March 2032.",
        13,
        BOLD,
        TEAL,
    )
    d.finish()


SLIDES = (
    cover,
    why_now,
    three_numbers,
    north_star,
    four_pillars,
    pillar_one,
    pillar_two,
    pillar_three,
    pillar_four,
    kpis,
    rehearsal,
    roadmap,
    phases_and_gates,
    three_moments,
    risks,
    first_90_days,
    monday,
    governance,
    asks,
)


def build_deck(path: Path) -> None:
    _fonts()
    d = Deck(path)
    for slide in SLIDES:
        slide(d)
    d.save()


# =========================================================================== the org folder


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CONSULTED = "Consulted only"
ROSTER: list[tuple[str, str, str, str]] = [
    (
        "Director General",
        "Office of the Director General",
        "Minister of Finance (administratively)",
        "Leads Statistics Aldermark. Senior responsible owner of Census 2031; chairs the Census "
        "Programme Board; takes the census gate decisions and submits the census budget request "
        "to the Ministry of Finance.",
    ),
    (
        "Census Programme Director",
        "Office of the Director General",
        "Director General",
        "Runs the Census 2031 programme office: the integrated plan, the risk register, the "
        "gate reports to the Census Programme Board, and the rehearsal plan, its arrangements "
        "with the rehearsal municipality and its evaluation report.",
    ),
    (
        "Data Protection Officer",
        "Office of the Director General",
        "Director General",
        "Data protection impact assessments (DPIAs), the record of processing, and all of the "
        "office's correspondence with the Data Protection Inspectorate.",
    ),
    (
        "Head of Communications",
        "Office of the Director General",
        "Director General",
        "The census publicity campaign, press and media, the public pages of the census "
        "website, work with municipalities' information offices, and the trust survey.",
    ),
    (
        "Director of Social Statistics",
        "Social Statistics",
        "Director General",
        "Population, housing and household statistics. Line manager of the census content, "
        "processing and outputs managers.",
    ),
    (
        "Census Content Manager",
        "Social Statistics",
        "Director of Social Statistics",
        "The census questions and their testing; which census variables are asked and which "
        "are taken from registers; the Statistics Council's consultation on content.",
    ),
    (
        "Census Processing Manager",
        "Social Statistics",
        "Director of Social Statistics",
        "See the systems and data inventory (census processing).",
    ),
    (
        "Census Outputs Manager",
        "Social Statistics",
        "Director of Social Statistics",
        "Census output tables, the first-results release and its date in the release "
        "calendar, and the census tables in StatBank.",
    ),
    (
        "Head of Methodology",
        "Methods and Quality",
        "Director General",
        "Sample design, estimation and imputation methods, the Census Coverage Survey and the "
        "coverage estimates, and quality reports.",
    ),
    (
        "Statistical Disclosure Control Lead",
        "Methods and Quality",
        "Head of Methodology",
        "See the census output and disclosure policy.",
    ),
    (
        "Head of Data Collection",
        "Data Collection",
        "Director General",
        "Collection for every survey and the census: CollectHub, the online questionnaire "
        "platform, as its system owner; printing and posting of letters and forms; return "
        "rates and the daily management information of collection.",
    ),
    (
        "Contact Centre Manager",
        "Data Collection",
        "Head of Data Collection",
        "The respondent contact centre (telephone, email, chat) for all surveys and the census "
        "helpline: agents, rotas, call scripts, and paper questionnaires sent on request.",
    ),
    (
        "Field Interviewing Manager",
        "Data Collection",
        "Head of Data Collection",
        "The standing network of 120 survey interviewers (Labour Force Survey and other "
        "household surveys), and the Certified Field Interviewer course: who may interview "
        "or enumerate for the office, and how they are trained and certified.",
    ),
    (
        "Field Force Manager",
        "Data Collection",
        "Head of Data Collection",
        "The temporary census field force: recruiting, contracting, deploying and paying "
        "enumerators, and the non-response follow-up visits.",
    ),
    (
        "Head of Data Acquisition",
        "Registers and Data Acquisition",
        "Director General",
        "Administrative data from other public bodies: data supply agreements with the "
        "Population Registration Office, the Tax Agency, the Land and Buildings Register and "
        "the municipalities, and the receipt and quality of every delivery.",
    ),
    (
        "Address Register Manager",
        "Registers and Data Acquisition",
        "Head of Data Acquisition",
        "The Statistical Address Register (SAR): every address and dwelling, address "
        "confirmation with the municipalities, and the address file that every census letter "
        "and enumerator list is drawn from.",
    ),
    (
        "Chief Information Officer",
        "IT and Data",
        "Director General",
        "IT infrastructure, hosting, information security and load testing; the Linden data "
        "warehouse; FieldPad and the tablets it runs on.",
    ),
    (
        "Head of People and Learning",
        "Corporate Services",
        "Director General",
        "Employment contracts and pay for all staff, temporary census staff included; filling "
        "vacant posts; the Kompass learning platform, induction and management training for "
        "office staff.",
    ),
    (
        "Head of Finance and Procurement",
        "Corporate Services",
        "Director General",
        "The budget and its monitoring, the figures of the census budget request, cost per "
        "output, procurement and supplier contracts (printing, post, helpline overflow).",
    ),
    (
        "Staff Council Chair",
        CONSULTED,
        "Not in line management",
        "Speaks for the staff. Must be consulted on working time, rotas and any new monitoring "
        "of staff; owns no census work.",
    ),
    (
        "Data Protection Inspectorate Liaison",
        CONSULTED,
        "Not in line management",
        "The inspectorate's named contact for Statistics Aldermark; gives the inspectorate's "
        "view on DPIAs and register linkage; owns no census work.",
    ),
]


def _roster_html() -> str:
    rows = []
    for post, division, reports, remit in ROSTER:
        cells = "".join(f"<td>{_esc(c)}</td>" for c in (post, division, reports, remit))
        rows.append(f"      <tr>{cells}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Who does what &ndash; Statistics Aldermark intranet</title>
  <link rel="stylesheet" href="/intranet/static/site.css">
</head>
<body>
  <nav class="crumbs"><a href="/intranet/">Intranet</a> &rsaquo; <a href="/intranet/people/">People</a> &rsaquo; Who does what</nav>
  <main>
    <h1>Who does what</h1>
    <p>This page lists the posts that lead work in Statistics Aldermark and the census programme, with their line manager and what each post is responsible for. Where a post's responsibilities are set out in another document, the table points to it.</p>
    <table class="roster">
      <thead>
      <tr><th>Post</th><th>Division</th><th>Reports to</th><th>Responsible for</th></tr>
      </thead>
      <tbody>
{body}
      </tbody>
    </table>
    <p class="note">Posts marked &ldquo;{CONSULTED}&rdquo; are not in line management: they are consulted and never lead census work.</p>
    <p class="note">The Field Force Manager post is not yet filled: the competition closes on 30 September 2029, and the Head of Data Collection covers the post until then.</p>
  </main>
  <footer>Page owner: Head of People and Learning &middot; Last reviewed 4 June 2029</footer>
</body>
</html>
"""


def _tor_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_heading("Statistics Council: terms of reference", level=1)
    doc.add_paragraph(
        "Adopted by the Council on 13 November 2027 under section 9 of the Statistics Act."
    )
    sections = [
        (
            "1. Purpose",
            [
                "The Statistics Council oversees the national statistical programme on behalf "
                "of the public. It endorses the programme of each census and gives its opinion "
                "on the census questions before they are laid before Parliament.",
                "The Council does not manage the office. The Director General is accountable "
                "for the census and is its senior responsible owner.",
            ],
        ),
        (
            "2. Membership",
            [
                "Nine members appointed by the Minister of Finance for four years: an "
                "independent chair, two academic statisticians, two members for the "
                "municipalities, one for employers, one for employees, one for the research "
                "community and one for users of official statistics.",
                "The Director General attends every meeting and does not vote.",
            ],
        ),
        (
            "3. Meetings",
            [
                "The Council meets only four times a year, in March, June, September and December.",
                "Papers reach members three weeks before a meeting; a paper that arrives later "
                "waits for the next meeting.",
            ],
        ),
        (
            "4. The census",
            [
                "The Council gives its opinion on the census questions once the Census Content "
                "Manager has tested them, and is told of each gate decision at its next "
                "meeting.",
                "The Council may ask the Director General for an independent review of any "
                "census method.",
            ],
        ),
    ]
    for head, paras in sections:
        doc.add_heading(head, level=2)
        for p in paras:
            doc.add_paragraph(p)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Meeting"
    table.rows[0].cells[1].text = "Standing business"
    for meeting, business in [
        ("March", "Annual report of the office; census progress"),
        ("June", "Statistical programme for the next year; census progress"),
        ("September", "Quality reports; census progress"),
        ("December", "Budget of the office; census questions when due"),
    ]:
        cells = table.add_row().cells
        cells[0].text = meeting
        cells[1].text = business
    data = ooxml_bytes(
        doc,
        TOR_STAMP,
        author="Statistics Council Secretariat",
        title="Statistics Council: terms of reference",
        revision=3,
    )
    return _sorted_zip(data)


def _sorted_zip(data: bytes) -> bytes:
    """The package with its entries in name order (times and attributes kept)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            dst.writestr(info, src.read(info.filename))
    return out.getvalue()


MEASURES_CSV = """Measure,Definition,Owner,Census 2021 baseline,Source,Notes
Households responding online,Households whose questionnaire was submitted on CollectHub as a share of households that responded,Head of Data Collection,38%,CollectHub and the census response file,"Daily return rates by municipality rely on a spreadsheet that the collection team fills from CollectHub exports each morning."
Persons counted before imputation,Usual residents with a returned questionnaire as a share of the census population estimate,Head of Data Collection,94.1%,Census response file,Counted at the close of collection
Net under-coverage of usual residents,Population estimate minus persons counted as a share of the estimate,Head of Methodology,2.4%,Census Coverage Survey,Published with the first results
SAR addresses confirmed as dwelling or not,Addresses in the SAR that a municipality has confirmed as a dwelling or as no dwelling,Address Register Manager,88%,Statistical Address Register,Counted on the first working day of each month
Helpline calls answered within 3 minutes,Calls to the census helpline answered by an agent within 180 seconds,Contact Centre Manager,61%,Contact centre telephony reports,Counted over the helpline's opening period
Census variables taken from registers,Census variables derived from administrative registers rather than asked,Head of Data Acquisition,4 of 22,Census content plan,The Census Content Manager keeps the list of 22 variables
Cost per household counted,Programme cost at 2021 prices divided by households in the census,Head of Finance and Procurement,€54,Finance ledger,"€58.3m in 2021, for 1.08 million households"
Months from Census Day to first results,"Months between Census Day and the release of population by municipality, age and sex",Census Outputs Manager,18,Release calendar,Set in the release calendar a year ahead
Public trust in census statistics,Adults who say they trust census figures,Head of Communications,71% (2028),Trust survey,Asked every two years; the next survey is in 2030
"""


ORG_TEXT: dict[str, str] = {
    "governance/census-programme-board-terms.md": """
# Census Programme Board: terms of reference

Agreed by the Director General, 3 May 2029.

## Purpose

The Census Programme Board steers Census 2031. The Director General is the senior responsible
owner of the census and chairs the Board; she takes every gate decision on the Board's advice
and submits the census budget request to the Ministry of Finance.

## Members

- Director General (chair)
- Census Programme Director (secretary; runs the programme office)
- Director of Social Statistics
- Head of Methodology
- Head of Data Collection
- Head of Data Acquisition
- Chief Information Officer
- Head of Finance and Procurement

The Staff Council Chair and the Data Protection Inspectorate Liaison attend for the items that
concern them. They are consulted and are never given actions.

## Decisions

| Decision | Who decides | Prepared by | Consulted |
|---|---|---|---|
| Gates 1 to 4 | Director General | Census Programme Director | Census Programme Board |
| Changes within the approved budget, up to €500,000 | Census Programme Board | Census Programme Director | Head of Finance and Procurement |
| Sunday and evening rotas | Contact Centre Manager | Contact Centre Manager | Staff Council Chair |
| Any linkage of register records to census responses | Director General | Data Protection Officer | Data Protection Inspectorate Liaison |

## Meetings

Monthly, on the first Tuesday. The programme office sends the gate report a week before a
gate meeting.
""",
    "governance/census-output-and-disclosure-policy.md": """
# Census output and disclosure policy

Approved by the Director General, 20 March 2029. Owner: Statistical Disclosure Control Lead.

## Who does what

The Statistical Disclosure Control Lead is responsible for the disclosure control of every
census output: the choice and the settings of the methods, targeted record swapping on the
census file, the cell key method on every table, and the checks that a table is safe before
it is released. The Census Outputs Manager designs the tables and releases them; the Head of
Methodology signs off the estimates.

## Methods

- Targeted record swapping: households that stand out in a small area are swapped with a
  similar household in a nearby area before any table is made.
- The cell key method: every cell of every table gets a small, repeatable perturbation.
- No table is released for an area with fewer than 100 residents.

These are the methods the European Statistical System recommends for the 2021 and 2031
census rounds, which we used in 2021 with the Veil disclosure tool.
""",
    "systems/systems-and-data-inventory.md": """
# Systems and data inventory: Census 2031

Kept by the Chief Information Officer; last updated 28 May 2029.

| System | What it does | Owner | Notes |
|---|---|---|---|
| CollectHub | Online questionnaire platform for all surveys and the census | Head of Data Collection | Hosted in the office's data centre |
| Statistical Address Register (SAR) | Every address and dwelling in Aldermark, from municipal and cadastral sources | Address Register Manager | 1.1 million addresses |
| Linden | The office's statistical data warehouse; receives every register delivery | Chief Information Officer | Census dashboards in CensusView (Power BI) read from it |
| FieldPad | Interviewer app for household surveys | Field Interviewing Manager | Tablets managed by IT |
| CPS | Census processing system: coding, edit and imputation, linkage to registers | Census Processing Manager | Rebuilt in 2019 for Census 2021 |
| Veil | Disclosure control tool | Statistical Disclosure Control Lead | Record swapping and cell key method |
| Kompass | Learning platform for office staff | Head of People and Learning | E-learning and course records |
| Helpline telephony | Call routing and reports for the contact centre | Contact Centre Manager | 60 agent seats |

## Census processing

The Census Processing Manager is responsible for CPS and for census processing: coding,
editing and imputing responses, linking responses to register records, and the register-based
counts that are compared with what households tell us.

## What we know about the systems

CollectHub has not yet been tested above 2,000 concurrent users, the peak it carried in 2021.

The SAR cannot tell a communal establishment from a private dwelling: care homes, student
halls and prisons are held as ordinary addresses.

FieldPad runs only on the 120 tablets of the interviewer network, and none is spare.

Linden receives the Population Registration Office's file every night and the Tax Agency's
income file once a year, in June.
""",
    "context/census-2021-lessons.md": """
# Census 2021: what we learned

A note from the Census Programme Director for the Census Programme Board, April 2029.

## What went well

- 38% of households answered online, against 9% in 2011.
- The helpline handled 412,000 calls in ten weeks.
- The coverage survey estimated net under-coverage at 2.4%, within the plan's limit.

## What did not

- The web form opened only on Census Day, so most households had already put the paper form
  aside.
- 1,420 enumerators visited every address, including the 38% that had already answered online.
- Care homes and student halls were counted late because the SAR did not mark them.
- The office has no scanning capacity of its own: the 2021 paper forms were scanned by a
  contractor whose contract ended in 2023.
- First results took 18 months, mostly waiting for paper forms and for the coverage
  estimates.

## What we will keep

The Certified Field Interviewer course trained every 2021 enumerator in two days, and the
Field Interviewing Manager will run it again for Census 2031.
""",
    "context/holmvik-municipality-profile.txt": """
HOLMVIK MUNICIPALITY: PROFILE FOR THE CENSUS REHEARSAL
Prepared by the Census Programme Director, May 2029

Holmvik lies on the west coast, two hours from the capital. It has one town, Holmvik, and
14 villages. 9,400 private households, 21,700 usual residents (population register, 1 January
2029).

Communal establishments: two care homes (Strandlia and Vesterhaug) and one student hall of
the Coastal College of Nursing.

Holiday cottages: 1,260. Holmvik's register of holiday cottages is kept on paper at the town
hall, and most cottages are not yet in the SAR.

Online response in 2021: 24%, the lowest of the 64 municipalities.

Mayor: Per Aasgaard. The municipal council agreed on 22 April 2029 to host the rehearsal if
the Statistics Council endorses it.
""",
    "context/staff-council-agreement-extract.txt": """
AGREEMENT BETWEEN STATISTICS ALDERMARK AND THE STAFF COUNCIL (EXTRACT)
Signed 1 February 2026

Section 4. Working time

4.1 The normal working week is 37.5 hours, Monday to Friday, between 7:00 and 19:00.

4.2 Contact centre staff cannot be rostered on a Sunday or a public holiday without the Staff
Council's agreement, given case by case.

4.3 The Staff Council must be consulted at least six weeks before a new rota comes into use.

Section 5. Monitoring

5.1 No new system that records staff's work in detail is introduced before the Staff Council
has been consulted.
""",
    "context/email-2029-05-dpi-linkage.txt": """
From: Henrik Solberg, Data Protection Inspectorate
To: Data Protection Officer, Statistics Aldermark
Date: 16 May 2029
Subject: Census 2031 and the linkage of tax records

Dear colleague,

Thank you for the outline of Census 2031. As you know, the Statistics Act lets the office use
register data for the census, and the GDPR applies to all of it.

The inspectorate must be consulted before any Tax Agency record is linked to a census
response, on a completed DPIA. We reply within eight weeks of receiving it.

I would be glad to meet your team when the DPIA is drafted.

Kind regards,
Henrik Solberg
Liaison for Statistics Aldermark
Data Protection Inspectorate
""",
}


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/people/who-does-what.html"] = _roster_html()
    files["org/governance/statistics-council-terms-of-reference.docx"] = _tor_docx()
    files["org/measures/census-measures.csv"] = MEASURES_CSV
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
