"""Build the blind18 case ``science-museum``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab (not in the project's lock),
pypdf and python-docx, e.g. the ``/tmp/rl`` venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/blind18/build_science_museum.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold, embedded from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``).

Writes, under ``evals/blind18/science-museum/`` (or ``<out-folder>/science-museum/``), every
file of the case but ``gold.json``:

- ``Open Stores Open Doors 2028-31 (Trustees 19 Sept 2028).pdf``: a national museum's
  collections and visitors strategy for its Board of Trustees, as Keynote exports a 16:9
  presentation to PDF with "print each stage of builds" on, imitated with reportlab's canvas:
  pages of 1920 x 1080 pt (the slide size), Creator "Keynote", Producer "macOS Version ...
  Quartz PDFContext", one fixed CreationDate and ModDate, version 1.3 and Quartz's binary
  comment in place of reportlab's (blanked at the same length, so no offset moves). 19 slides
  on 25 pages: three slides are built in stages and each stage is its own page (a list shown
  with two items, then four, then complete); the slide number printed bottom right is the
  slide's, so it repeats on a slide's build pages and runs behind the page number after the
  first build. Every title is the largest text of its page, at the top.
- ``org/``: the roster as a Markdown table exported from the staff wiki
  (``people/who-does-what.md``: Post | Department | Reports to | Looks after, ``<br>`` in some
  cells), an extract of the collections policy, the programme board's terms of reference, an
  extract of the union recognition agreement (DOCX), the systems and data inventory, the
  measure definitions, the sites and collection notes (text) and the DCMS funding notes.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document
ID) with the document information written here, the DOCX with fixed core properties and ZIP
times (through ``evals/dev16/_build.py``), and the text files as literal strings. It never
touches ``gold.json``.

This is a BLIND case (split "blind18").
"""

from __future__ import annotations

import sys
from datetime import datetime
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
CASE = "science-museum"
DECK = "Open Stores Open Doors 2028-31 (Trustees 19 Sept 2028).pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

W, H = 1920.0, 1080.0  # Keynote's 16:9 slide, exported at its own size in points
LEFT = 120.0
RIGHT = W - 120.0
PAGES = 25
CREATED = "D:20280912141806Z00'00'"
PRODUCER = "macOS Version 14.6.1 (Build 23G93) Quartz PDFContext"
QUARTZ_COMMENT = b"%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6"
STAMP = Stamp((2028, 9, 5, 10, 0, 0), "2028-09-05T10:00:00Z")

Color = tuple[float, float, float]
NAVY: Color = (0.08, 0.14, 0.26)
BRASS: Color = (0.78, 0.55, 0.16)
BRASS_PALE: Color = (0.98, 0.94, 0.86)
TEAL: Color = (0.05, 0.42, 0.45)
TEAL_PALE: Color = (0.88, 0.95, 0.95)
INK: Color = (0.12, 0.13, 0.16)
MUTED: Color = (0.4, 0.42, 0.47)
RULE: Color = (0.78, 0.8, 0.83)
GREY_PALE: Color = (0.95, 0.95, 0.96)
WHITE: Color = (1.0, 1.0, 1.0)
PHASE_COLOURS: list[Color] = [
    (0.35, 0.5, 0.68),
    (0.78, 0.55, 0.16),
    (0.05, 0.42, 0.45),
    (0.42, 0.35, 0.6),
]

OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


class _Info(pdfdoc.PDFInfo):
    """Document information as Keynote's export through Quartz writes it."""

    def format(self, document):  # noqa: A003 (reportlab's name)
        fields = {
            "Title": "Open Stores Open Doors 2028-31 (Trustees 19 Sept 2028)",
            "Producer": PRODUCER,
            "Creator": "Keynote",
        }
        d = {k: pdfdoc.PDFString(v) for k, v in fields.items()}
        d["CreationDate"] = d["ModDate"] = pdfdoc.PDFString(CREATED)
        return pdfdoc.PDFDictionary(d).format(document)


def _quartz_bytes(path: Path) -> None:
    """reportlab's header and trailer comments replaced at the same length: version 1.3 and
    Quartz's binary comment, no ReportLab name left in the file."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head in (b"%PDF-1.3", b"%PDF-1.4") and b"ReportLab" in comment, (head, comment)
    blank = QUARTZ_COMMENT + b" " * (len(comment) - len(QUARTZ_COMMENT))
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    assert b"ReportLab" not in rest
    path.write_bytes(b"%PDF-1.3\n" + blank + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by the font's own widths (a single long word stays whole)."""
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


# =========================================================================== the canvas


class Deck:
    """A reportlab canvas with the few ways Keynote's PDF export draws a slide."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path), pagesize=(W, H), invariant=1, pageCompression=1, initialFontName=SANS
        )
        self.c._doc.info = _Info()
        self.page = 0
        self.slide = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 30,
        font: str = SANS,
        color: Color = INK,
        limit: float | None = None,
        align: str = "left",
    ) -> float:
        """One visual line as its own text object; returns its width. ``limit`` is the width of
        its box (the builder refuses a line that overflows)."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textOut(s)
        self.c.drawText(t)
        return width

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 30,
        font: str = SANS,
        color: Color = INK,
        leading: float = 1.3,
    ) -> float:
        """A wrapped paragraph from baseline ``y`` down, a line per text object; returns the
        baseline after it."""
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, limit=width)
            y -= size * leading
        return y

    def lines(
        self,
        x: float,
        y: float,
        rows: list[str],
        width: float,
        size: float = 30,
        font: str = SANS,
        color: Color = INK,
        leading: float = 1.3,
    ) -> float:
        """Lines broken by hand (as a writer breaks them in Keynote), each its own object."""
        for line in rows:
            self.text(x, y, line, size, font, color, limit=width)
            y -= size * leading
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        width: float,
        size: float = 30,
        glyph: str = "\u2022",
        gap: float = 14.0,
        indent: float = 36.0,
        color: Color = INK,
        glyph_color: Color = BRASS,
    ) -> float:
        """A list: the glyph its own text object on the item's first baseline, every line of
        the item its own text object at the indent."""
        for item in items:
            self.text(x, y, glyph, size, BOLD, glyph_color)
            for line in wrap(item, SANS, size, width - indent):
                self.text(x + indent, y, line, size, SANS, color, limit=width - indent)
                y -= size * 1.3
            y -= gap
        return y

    # ---------------------------------------------------------------- shapes
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None = None,
        stroke: Color | None = None,
        radius: float = 0.0,
        line: float = 2.0,
    ) -> None:
        c = self.c
        c.saveState()
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(line)
        f, s = int(fill is not None), int(stroke is not None)
        if radius:
            c.roundRect(x, y, w, h, radius, fill=f, stroke=s)
        else:
            c.rect(x, y, w, h, fill=f, stroke=s)
        c.restoreState()

    def rule(self, x1: float, x2: float, y: float, color: Color = RULE, line: float = 1.5) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(line)
        self.c.line(x1, y, x2, y)

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
    def start(self, slide: int, title: str, key: str | None = None) -> float:
        """A content page of slide ``slide``: the title first, largest and at the top, then the
        key line under it; returns the baseline where the body starts."""
        self.page += 1
        self.slide = slide
        self.rect(0, 0, W, H, WHITE)
        self.rect(LEFT, 1010, 90, 8, BRASS)
        self.text(LEFT, 920, title, 72, BOLD, NAVY, limit=RIGHT - LEFT)
        y = 920 - 72 * 0.6
        if key:
            y -= 40
            self.text(LEFT, y, key, 36, SANS, MUTED, limit=RIGHT - LEFT)
        return y - 80

    def finish(self) -> None:
        """The slide number bottom right (the slide's, not the page's), drawn last."""
        if self.slide > 1:
            self.text(RIGHT, 48, str(self.slide), 20, SANS, MUTED, align="right")
        self.c.showPage()

    def save(self) -> None:
        self.c.save()
        _quartz_bytes(self.path)


# =========================================================================== the slides


def s01_cover(d: Deck) -> None:
    d.page += 1
    d.slide = 1
    d.rect(0, 0, W, H, NAVY)
    d.rect(0, 0, 28, H, BRASS)
    d.text(160, 820, "Open Stores, Open Doors", 112, BOLD, WHITE, limit=1600)
    d.text(160, 730, "Our collections and visitors strategy, 2028\u20132031", 44, SANS, WHITE)
    d.text(160, 560, "Albion Museum of Science and Industry", 34, BOLD, BRASS_PALE)
    d.text(
        160,
        505,
        "Board of Trustees \u00b7 19 September 2028 \u00b7 Paper TB/28/41 \u00b7 For decision",
        30,
        SANS,
        WHITE,
    )
    d.text(
        160,
        455,
        "Presented by Dr Nkechi Arden, Director and Chief Executive",
        30,
        SANS,
        WHITE,
    )
    d.text(160, 140, "OFFICIAL \u2013 for Trustees", 22, BOLD, BRASS_PALE)
    d.finish()


def _figure(d: Deck, x: float, y: float, number: str, label: list[str]) -> None:
    d.text(x, y, number, 60, BOLD, TEAL)
    d.lines(x, y - 62, label, 540, 24, SANS, INK, 1.25)


def s02_why_now(d: Deck) -> None:
    y = d.start(2, "Why now", "A collection we cannot fully see, and front doors that jam")
    cols = [LEFT, LEFT + 560, LEFT + 1120]
    _figure(
        d,
        cols[0],
        y,
        "418,000",
        [
            "objects in our care across Tolbridge, the",
            "Railway Works, Foss Mill and the Ketley store",
        ],
    )
    _figure(
        d,
        cols[1],
        y,
        "1 in 10",
        ["of those objects can be found online today,", "and most of those without a photograph"],
    )
    _figure(
        d,
        cols[2],
        y,
        "1.26m",
        ["visits in 2027/28, nearly half of them", "in school holidays"],
    )
    y2 = y - 200
    _figure(
        d,
        cols[0],
        y2,
        "42 minutes",
        ["to get through the door at the Railway Works", "on August bank holiday Monday, 2028"],
    )
    _figure(
        d,
        cols[1],
        y2,
        "2004",
        [
            "the year we installed Accessio 4, our collections",
            "system; its supplier's support ends in 2030",
        ],
    )
    _figure(
        d,
        cols[2],
        y2,
        "38,000",
        [
            "pupils came to a taught session last year;",
            "their schools still book by phone and email",
        ],
    )
    # the box of lines that look like goals and are not
    bx, by, bw, bh = LEFT, 120, RIGHT - LEFT, 250
    d.rect(bx, by, bw, bh, BRASS_PALE)
    d.text(bx + 30, by + bh - 50, "Worth knowing \u2013 not targets", 28, BOLD, NAVY)
    d.bullets(
        bx + 30,
        by + bh - 100,
        [
            "In 2019 we promised 100,000 records online by 2024. We reached 41,000.",
            "A fellow national museum now puts 80% of its object records online.",
            "Entry to our permanent galleries stays free: our funding agreement with DCMS "
            "requires it.",
        ],
        bw - 60,
        24,
        gap=4,
        indent=30,
    )
    d.text(
        LEFT,
        80,
        "Figures for 2027/28 (April 2027 to March 2028) unless dated. Sources: Accessio, "
        "Gateway, gate counts, the Learning bookings spreadsheet.",
        18,
        SANS,
        MUTED,
    )
    d.finish()


def s03_ambition(d: Deck) -> None:
    y = d.start(3, "Our ambition for 2031")
    d.rect(LEFT, y - 150, RIGHT - LEFT, 190, TEAL_PALE)
    d.lines(
        LEFT + 40,
        y - 20,
        [
            "A national collection that anyone can explore from anywhere,",
            "and a museum that is easy to walk into.",
        ],
        RIGHT - LEFT - 80,
        50,
        BOLD,
        TEAL,
        1.3,
    )
    y -= 250
    d.text(LEFT, y, "Four pillars", 36, BOLD, NAVY)
    y -= 62
    pillars = [
        ("1  Every object, findable", "one trusted record for every object we hold"),
        ("2  The stores, online", "our collection searchable, and pictured where rights allow"),
        ("3  No more queues at the gate", "timed entry and an app at all three sites"),
        ("4  Classrooms in the galleries", "more schools, and more of those furthest from us"),
    ]
    for head, rest in pillars:
        w = d.text(LEFT, y, head, 34, BOLD, INK)
        d.text(LEFT + w, y, ": " + rest, 34, SANS, INK, limit=RIGHT - LEFT - w)
        y -= 58
    y -= 30
    d.text(
        LEFT,
        y,
        "Four phases: get ready, then one site first, then open up across all three sites, "
        "then make it normal.",
        34,
        SANS,
        NAVY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def s04_moments(d: Deck) -> None:
    y = d.start(
        4,
        "Four moments this plan is built around",
        "Each pillar is judged by how it changes one of these",
    )
    d.bullets(
        LEFT,
        y,
        [
            "A family arriving at the gate on a school-holiday weekend",
            "A teacher booking a class visit, then arriving with thirty pupils",
            "A researcher searching the collection from home",
            "A curator or technician finding an object in the stores",
        ],
        1020,
        36,
        gap=30,
    )
    bx, bw = 1160, RIGHT - 1160
    d.rect(bx, 200, bw, y - 160, GREY_PALE)
    d.text(bx + 30, y - 10, "Not in this plan", 32, BOLD, NAVY)
    d.bullets(
        bx + 30,
        y - 60,
        [
            "Shops, caf\u00e9s and venue hire",
            "Membership, donations and fundraising",
            "Loans to and from other museums",
            "The Foss Mill roof and other building works",
            "Temporary exhibitions and their programme",
        ],
        bw - 60,
        28,
        gap=12,
        indent=30,
        glyph="\u2013",
        glyph_color=MUTED,
    )
    d.finish()


def _pillar(
    d: Deck, slide: int, title: str, key: str, goal: list[str], items: list[str], note: str
) -> None:
    y = d.start(slide, title, key)
    step = 48.0
    d.rect(
        LEFT, y - 34 - step * (len(goal) - 1), RIGHT - LEFT, 84 + step * (len(goal) - 1), BRASS_PALE
    )
    d.lines(LEFT + 30, y, goal, RIGHT - LEFT - 60, 34, BOLD, NAVY, step / 34)
    y -= 100 + step * (len(goal) - 1)
    d.text(LEFT, y, "What we will do", 32, BOLD, TEAL)
    y -= 64
    d.bullets(LEFT, y, items, RIGHT - LEFT, 34, gap=18, indent=40)
    d.text(LEFT, 80, note, 22, SANS, MUTED, limit=RIGHT - LEFT)
    d.finish()


def s05_pillar1(d: Deck) -> None:
    _pillar(
        d,
        5,
        "Every object, findable",
        "Pillar 1 \u00b7 we cannot show what we cannot find",
        [
            "Goal: by the end of Winter 2029, every object with a checked location",
            "and every record moved to the new system",
        ],
        [
            "Choose a new collections management system that meets Spectrum 5.1, and sign by "
            "Spring 2029",
            "Migrate all 418,000 records from Accessio 4 and switch it off by the end of "
            "Winter 2029",
            "Barcode and locate the 96,000 objects on the Ketley mezzanine, and record each "
            "location",
            "Type up the paper registers and index cards of objects acquired before 1984",
            "Write one documentation manual for all three sites, to Spectrum's primary procedures",
        ],
        "Spectrum is the UK standard for collections management, published by Collections "
        "Trust; Arts Council England's Accreditation scheme expects it.",
    )


def s06_pillar2(d: Deck) -> None:
    _pillar(
        d,
        6,
        "The stores, online",
        "Pillar 2 \u00b7 most of the collection lives in the stores, so bring the stores to people",
        [
            "Goal: three in four of our object records online by the close of Summer 2031,",
            "with a picture wherever the rights allow",
        ],
        [
            "Launch a new online collection search, fed every night from the new system",
            "Photograph 90,000 objects in the Ketley imaging studio, 750 a week",
            "Check the rights status of every image before it goes online",
            "Train and certify 40 volunteers in object handling for open-store days",
        ],
        "Records go online under CC BY; images of objects out of copyright under CC0.",
    )


def s07_pillar3(d: Deck) -> None:
    _pillar(
        d,
        7,
        "No more queues at the gate",
        "Pillar 3 \u00b7 free entry should not mean a long wait outside",
        [
            "Goal: nobody waits more than 10 minutes to get in on a peak day,",
            "at any of our three sites, by Summer 2030",
        ],
        [
            "Extend Gateway timed tickets from Tolbridge to all three sites; tickets stay free",
            "Extend Wi-Fi across the Railway Works sheds and the Foss Mill yard",
            "Launch the Albion visitor app: maps, free timed tickets and object stories",
            "Retrain visitor hosts in timed entry, site by site, before each go-live",
        ],
        "A peak day is a Saturday, Sunday or bank holiday in the school holidays of the "
        "three sites' local authorities.",
    )


def s08_pillar4(d: Deck) -> None:
    _pillar(
        d,
        8,
        "Classrooms in the galleries",
        "Pillar 4 \u00b7 Make Albion the first choice for school trips in the North of England",
        [
            "Goal: 60,000 pupils a year in taught sessions by Summer 2031,",
            "and 45% of them from schools in IMD deciles 1\u20133",
        ],
        [
            "Move school bookings off the spreadsheet and into Gateway",
            "Offer travel grants to schools in IMD deciles 1\u20133, from the Learning Fund",
            "Write new taught sessions on engineering and energy for Key Stages 2 and 3",
            "Open a second learning studio at the Railway Works",
        ],
        "IMD: the English Indices of Multiple Deprivation; deciles 1\u20133 are the 30% most "
        "deprived neighbourhoods.",
    )


KPI_ROWS = [
    ("Object records searchable online", "41,000 (10%)", "75%", "Summer 2031"),
    ("Objects with a checked location", "71%", "98%", "Winter 2029"),
    ("Records moved to the new system", "0%", "100%", "Winter 2029"),
    ("Longest peak-day wait to get in", "42 min (Aug 2028)", "10 min", "Summer 2030"),
    ("Visits booked ahead on a timed ticket", "9%", "60%", "Summer 2031"),
    ("Visitors rating their visit good or very good", "84%", "90%", "Summer 2031"),
    ("Pupils in taught sessions, per year", "38,000", "60,000", "Summer 2031"),
    ("Pupils from schools in IMD deciles 1\u20133", "31%", "45%", "Summer 2031"),
    ("Visitor app downloads", "\u2013", "50,000", "Summer 2030"),
    ("Online searchers who found what they wanted", "not measured", "Higher", "\u2013"),
]


def s09_kpis(d: Deck) -> None:
    y = d.start(
        9,
        "Ten measures the Trustees will see each season",
        "Reported from Lumen at the end of every season",
    )
    xs = [LEFT, LEFT + 820, LEFT + 1160, LEFT + 1400]
    heads = ["Measure", "Baseline 2027/28", "Target", "By (end of season)"]
    for x, h in zip(xs, heads, strict=True):
        d.text(x, y, h, 26, BOLD, TEAL)
    y -= 18
    d.rule(LEFT, RIGHT, y, NAVY, 2.5)
    y -= 42
    for row in KPI_ROWS:
        for k, (x, cell) in enumerate(zip(xs, row, strict=True)):
            limit = (xs[k + 1] - x - 20) if k < 3 else RIGHT - x
            d.text(x, y, cell, 30, BOLD if k == 0 else SANS, INK, limit=limit)
        y -= 17
        d.rule(LEFT, RIGHT, y)
        y -= 42
    d.text(
        LEFT,
        y - 6,
        "Seasons: Spring is February to May, Summer June to September, Winter October to "
        "January. Winter 2029 ends on 31 January 2030.",
        20,
        SANS,
        MUTED,
        limit=RIGHT - LEFT,
    )
    d.finish()


def s10_first_site(d: Deck) -> None:
    y = d.start(
        10,
        "One site first",
        "Timed ticketing goes live first at the Railway Works site in Darrowby",
    )
    d.lines(
        LEFT,
        y,
        [
            "Why Darrowby: the longest queues we have, one entrance for 330,000 visits a year,",
            "and a site team that asked to go first. Go-live (GL) is Saturday 2 June 2029,",
            "the first weekend of the Summer 2029 season.",
        ],
        RIGHT - LEFT,
        32,
        SANS,
        INK,
        1.35,
    )
    y -= 3 * 32 * 1.35 + 40
    steps = [
        ("GL \u2013 90 days", "Open booking of free timed tickets for the Summer 2029 season"),
        ("GL \u2013 60 days", "Take slot sizes and walk-up places to the Audience Advisory Panel"),
        ("GL \u2013 30 days", "Rehearse a bank-holiday Saturday with hosts and volunteers"),
        ("GL", "Timed entry live; the programme office on site all weekend"),
        ("GL + 6 weeks", "Compare waits and visitor ratings with Summer 2028"),
        ("GL + 8 months", "Gate 2: go or no-go for Tolbridge and Foss Mill"),
    ]
    for when, what in steps:
        d.rect(LEFT, y - 14, 300, 54, TEAL_PALE, radius=8)
        d.text(LEFT + 20, y, when, 30, BOLD, TEAL)
        d.text(LEFT + 340, y, what, 34, SANS, INK, limit=RIGHT - LEFT - 340)
        y -= 74
    d.text(
        LEFT,
        y - 10,
        "Gate 2 pass marks: longest peak-day wait under 10 minutes; half of all visits "
        "booked ahead; visitor rating no lower than Summer 2028's 83%.",
        26,
        SANS,
        NAVY,
        limit=RIGHT - LEFT,
    )
    d.finish()


SEASONS = [
    "Winter 2028",
    "Spring 2029",
    "Summer 2029",
    "Winter 2029",
    "Spring 2030",
    "Summer 2030",
    "Winter 2030",
    "Spring 2031",
    "Summer 2031",
]


def s11_clock(d: Deck) -> None:
    y = d.start(11, "How we count: three seasons a year")
    y = d.lines(
        LEFT,
        y,
        [
            "We plan in exhibition seasons: Spring runs February to May, Summer June to September,",
            "Winter October to January. A winter takes the year it starts in: Winter 2028 runs",
            "from October 2028 to January 2029.",
        ],
        RIGHT - LEFT,
        32,
        SANS,
        INK,
        1.35,
    )
    y -= 20
    d.text(
        LEFT,
        y,
        "This plan runs from the Winter 2028 season to the Summer 2031 season: nine seasons, "
        "36 months.",
        32,
        BOLD,
        NAVY,
        limit=RIGHT - LEFT,
    )
    y -= 80
    phases = [
        ("Phase 1 \u00b7 Get ready", "Winter 2028 and Spring 2029"),
        ("Phase 2 \u00b7 One site first", "Summer 2029 and Winter 2029, at Darrowby"),
        ("Phase 3 \u00b7 Open up", "Spring 2030 and Summer 2030, all three sites"),
        ("Phase 4 \u00b7 Make it normal", "Winter 2030 to Summer 2031"),
    ]
    for (name, when), colour in zip(phases, PHASE_COLOURS, strict=True):
        d.rect(LEFT, y - 16, 16, 56, colour)
        d.text(LEFT + 40, y, name, 36, BOLD, INK)
        d.text(LEFT + 640, y, when, 36, SANS, INK)
        y -= 78
    d.rect(LEFT, y - 16, 16, 56, RULE)
    d.text(LEFT + 40, y, "Later (not in this plan)", 36, BOLD, MUTED)
    d.text(LEFT + 640, y, "Winter 2031 onwards", 36, SANS, MUTED)
    y -= 90
    d.text(
        LEFT,
        y,
        "Our financial year still runs April to March: the costs on slide 18 are by "
        "financial year.",
        26,
        SANS,
        MUTED,
        limit=RIGHT - LEFT,
    )
    d.finish()


ROAD_COLS = [*SEASONS, "Later"]
LATER_WIDTH = 1.4  # the Later column is wider than a season's
# each workstream row: (name, [(first column, last column, mark)]) with columns 0-9
ROAD_ROWS: list[tuple[str, list[tuple[int, int, str]]]] = [
    (
        "Phase",
        [
            (0, 1, "Get ready"),
            (2, 3, "One site first"),
            (4, 5, "Open up"),
            (6, 8, "Make it normal"),
            (9, 9, "Not in this plan"),
        ],
    ),
    (
        "Records and CMS",
        [(0, 0, "Tender"), (1, 1, "Sign"), (2, 2, "Migrate"), (3, 3, "Accessio off"),
         (9, 9, "Loans module")],
    ),
    (
        "Online search",
        [(3, 3, "Build"), (4, 4, "Launch"), (5, 5, "60% online"), (8, 8, "75% online"),
         (9, 9, "Open data")],
    ),
    (
        "Timed entry",
        [(1, 1, "Set up"), (2, 3, "Darrowby"), (4, 4, "Tolbridge"), (5, 5, "Foss Mill")],
    ),
    ("Visitor app", [(3, 4, "Build"), (5, 5, "Launch"), (7, 7, "Version 2")]),
    (
        "Schools",
        [(1, 1, "Bookings in Gateway"), (3, 3, "New sessions"), (6, 6, "Second studio"),
         (9, 9, "Foss Mill studio")],
    ),
    ("Gates", [(1, 1, "G1"), (3, 3, "G2"), (5, 5, "G3"), (8, 8, "Close")]),
]  # fmt: skip


def s12_roadmap(d: Deck) -> None:
    y = d.start(12, "Nine seasons at a glance", "Workstreams by season; Later is outside the plan")
    first = 260.0
    x0 = LEFT + first
    col = (RIGHT - x0) / (len(SEASONS) + LATER_WIDTH)
    lefts = [x0 + k * col for k in range(len(ROAD_COLS))]
    widths = [col] * len(SEASONS) + [col * LATER_WIDTH]
    top = y + 10
    d.rect(lefts[9], 110, widths[9], top - 100, GREY_PALE)
    for k, name in enumerate(ROAD_COLS):
        cx = lefts[k] + widths[k] / 2
        d.text(cx, y - 10, name, 20, BOLD, NAVY if k < 9 else MUTED, widths[k] - 4, "center")
    y -= 34
    d.rule(LEFT, RIGHT, y, NAVY, 2.5)
    row_h = 86.0
    for name, cells in ROAD_ROWS:
        base = y - row_h / 2 - 8
        d.text(LEFT, base, name, 26, BOLD, INK, limit=first - 10)
        for a, b, mark in cells:
            x = lefts[a] + 6
            w = lefts[b] + widths[b] - lefts[a] - 12
            if name == "Phase":
                fill = PHASE_COLOURS[min(a // 2, 3)] if a < 9 else RULE
                d.rect(x, base - 20, w, 58, fill, radius=10)
                d.text(x + w / 2, base, mark, 22, BOLD, WHITE if a < 9 else INK, w - 8, "center")
            elif name == "Gates":
                d.diamond(x + w / 2 - 44, base + 9, 16, BRASS)
                d.text(x + w / 2 - 20, base, mark, 26, BOLD, INK, w - 40)
            else:
                fill = BRASS_PALE if a < 9 else GREY_PALE
                parts = wrap(mark, SANS, 21, w - 10)
                d.rect(x, base - 24, w, 64, fill, radius=6)
                top = base + 12 * (len(parts) - 1)
                for k, part in enumerate(parts):
                    d.text(x + w / 2, top - 24 * k, part, 21, SANS, INK, w - 8, "center")
        y -= row_h
        d.rule(LEFT, RIGHT, y)
    d.text(
        LEFT,
        88,
        "G3 falls when 60% of object records are online. Later: Winter 2031 onwards, "
        "for the next plan.",
        22,
        SANS,
        MUTED,
        limit=RIGHT - LEFT,
    )
    d.finish()


def s13_gates(d: Deck) -> None:
    y = d.start(13, "What good looks like at each gate", "The programme board decides each gate")
    gates = [
        (
            "Gate 1 \u00b7 Ready for Darrowby \u00b7 end of Spring 2029 (31 May 2029)",
            [
                "New collections system contract signed",
                "A rule for what makes a record fit to publish, agreed and in the manual",
                "School bookings taken in Gateway for all three sites",
            ],
        ),
        (
            "Gate 2 \u00b7 Darrowby works \u00b7 end of Winter 2029 (31 January 2030)",
            [
                "Peak-day waits at Darrowby under 10 minutes for two seasons",
                "Every record moved and Accessio 4 switched off",
            ],
        ),
        (
            "Gate 3 \u00b7 Open up",
            [
                "60% of object records online, which we expect in Summer 2030",
                "Timed entry live at Tolbridge and Foss Mill, with the app in both app stores",
            ],
        ),
        (
            "Close \u00b7 end of Summer 2031 (30 September 2031)",
            ["All ten measures reported; the plan's work handed to the teams that run it"],
        ),
    ]
    for head, items in gates:
        d.diamond(LEFT + 14, y + 11, 15, BRASS)
        d.text(LEFT + 48, y, head, 34, BOLD, NAVY, limit=RIGHT - LEFT - 48)
        y -= 52
        y = d.bullets(LEFT + 48, y, items, RIGHT - LEFT - 48, 30, glyph="\u2013", gap=4)
        y -= 22
    d.finish()


RISKS = [
    (
        "Migration slips past 31 March 2030, when Accessio 4 loses support",
        "High",
        [
            "Agree a six-month support extension with the",
            "Accessio supplier before the tender closes",
        ],
    ),
    (
        "Visitors who walk up feel turned away",
        "Medium",
        ["Keep 30% of every slot for walk-up visitors,", "and say so at the gate"],
    ),
    (
        "Changes to host rotas are contested",
        "Medium",
        ["Consult the PCS branch 30 days before", "any change to rotas or duties"],
    ),
    (
        "Photography falls behind 750 objects a week",
        "Medium",
        ["Add a second imaging studio at Tolbridge", "from Spring 2030"],
    ),
    (
        "Wi-Fi fails at Darrowby on a peak day",
        "Low",
        ["Fit a 4G fallback to every gate scanner"],
    ),
]


def s14_risks(d: Deck) -> None:
    y = d.start(14, "What could knock us off course")
    xs = [LEFT, LEFT + 800, LEFT + 1020]
    for x, h in zip(xs, ["Risk", "Likelihood", "Mitigation"], strict=True):
        d.text(x, y, h, 28, BOLD, TEAL)
    y -= 18
    d.rule(LEFT, RIGHT, y, NAVY, 2.5)
    y -= 48
    for risk, likely, mitigation in RISKS:
        rows = wrap(risk, SANS, 31, 760)
        n = max(len(rows), len(mitigation))
        d.lines(xs[0], y, rows, 760, 31, SANS, INK, 1.3)
        d.text(xs[1], y, likely, 31, BOLD, BRASS if likely == "High" else INK)
        d.lines(xs[2], y, mitigation, RIGHT - xs[2], 31, SANS, INK, 1.3)
        y -= 31 * 1.3 * n
        y += 12
        d.rule(LEFT, RIGHT, y)
        y -= 48
    d.finish()


FIRST_90 = [
    "Set up the programme board, the risk log and the season report (Programme Manager)",
    "Issue the tender for the new collections system (Head of Collections Data)",
    "Order Gateway's timed-entry module for Darrowby (Ticketing Manager)",
    "Start the Ketley mezzanine barcode survey (Head of Collections Care and Stores)",
    "Time the queues at all three sites over October half-term (Head of Visitor Operations)",
    "Open consultation with the PCS branch on Darrowby host rotas (Head of People and Learning)",
    "Name the Darrowby go-live team (Site Manager, Railway Works)",
]

MONDAY = [
    "No object leaves a store shelf without a scan out and a scan back in",
    "Every new acquisition is recorded in Accessio before it enters a store",
    "Peak-day queue times go from every site to the programme office each Monday",
    "School enquiries are answered within two working days, from one Learning inbox",
    "Every image we make is filed in Pixstore with its rights status",
    "The programme board meets on the first Tuesday of every month",
]

ASKS = [
    "Approve Open Stores, Open Doors, from the Winter 2028 season to the close of the "
    "Summer 2031 season",
    "Release \u00a31.1m for 2028/29 from the DCMS capital grant",
    "Agree that timed entry starts at Darrowby for the Summer 2029 season",
    "Delegate each gate decision to the programme board, chaired by the Director and Chief "
    "Executive",
    "Note that the collections system contract (about \u00a31.3m over seven years) comes to "
    "the Finance and Audit Committee in Spring 2029",
]


def _build_stages(n: int) -> list[int]:
    """Keynote's three build stages of a list of ``n`` items: two, then four, then all."""
    return [2, 4, n]


def s15_first_90(d: Deck, shown: int) -> None:
    y = d.start(
        15,
        "Clearing the runway: our first 90 days",
        "From Monday 2 October to 31 December 2028",
    )
    d.bullets(LEFT, y, FIRST_90[:shown], RIGHT - LEFT, 35, glyph="\u203a", gap=24, indent=40)
    d.finish()


def s16_monday(d: Deck, shown: int) -> None:
    y = d.start(16, "What changes on Monday", "From the first day of the Winter 2028 season")
    d.bullets(LEFT, y, MONDAY[:shown], RIGHT - LEFT, 38, gap=30, indent=44)
    d.finish()


def s17_governance(d: Deck) -> None:
    y = d.start(17, "Who decides, and who is consulted")
    items = [
        ("Senior responsible owner: ", "Dr Nkechi Arden, Director and Chief Executive"),
        (
            "Programme board: ",
            "chaired by the Director and Chief Executive, monthly; decides each gate",
        ),
        (
            "Programme office: ",
            "the Open Stores Programme Manager keeps the plan, the risks and the season report",
        ),
        (
            "Money: ",
            "the board commits up to \u00a3250,000 a contract; above that, the Finance and "
            "Audit Committee",
        ),
        (
            "Consulted, never leading: ",
            "the Trustees' Audience Advisory Panel, on anything visitors will see,",
        ),
        ("", "and the PCS branch, on rotas and duties"),
        ("Trustees: ", "the ten measures at the end of every season"),
    ]
    for lead, rest in items:
        x = LEFT + 60 if not lead else LEFT
        w = d.text(x, y, lead, 34, BOLD, NAVY) if lead else 0.0
        d.text(x + w, y, rest, 34, SANS, INK, limit=RIGHT - x - w)
        y -= 72
    d.finish()


def s18_money(d: Deck) -> None:
    y = d.start(18, "What it costs, and when", "\u00a35.2m over four financial years")
    xs = [LEFT, LEFT + 500]
    rows = [
        ("2028/29", "\u00a31.1m"),
        ("2029/30", "\u00a32.3m"),
        ("2030/31", "\u00a31.4m"),
        ("2031/32 (April to September)", "\u00a30.4m"),
        ("Total", "\u00a35.2m"),
    ]
    for k, (year, money) in enumerate(rows):
        font = BOLD if k == len(rows) - 1 else SANS
        d.text(xs[0], y, year, 34, font, INK)
        d.text(xs[1] + 200, y, money, 34, font, INK, align="right")
        y -= 20
        d.rule(LEFT, LEFT + 740, y)
        y -= 52
    x = LEFT + 900
    yy = 920 - 72 * 0.6 - 40 - 80
    d.text(x, yy, "Paid for by", 34, BOLD, TEAL)
    d.bullets(
        x,
        yy - 60,
        [
            "DCMS capital grant: \u00a32.8m, confirmed",
            "The Albion Development Trust: \u00a31.6m, pledged",
            "Our own reserves: \u00a30.8m",
        ],
        RIGHT - x,
        32,
        gap=16,
    )
    d.finish()


def s19_asks(d: Deck, shown: int) -> None:
    y = d.start(19, "What we ask of the Trustees today")
    items = ASKS[:shown]
    for k, item in enumerate(items, start=1):
        d.text(LEFT, y, f"{k}.", 38, BOLD, BRASS)
        for line in wrap(item, SANS, 38, RIGHT - LEFT - 64):
            d.text(LEFT + 64, y, line, 38, SANS, INK, limit=RIGHT - LEFT - 64)
            y -= 50
        y -= 30
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    s01_cover(d)
    s02_why_now(d)
    s03_ambition(d)
    s04_moments(d)
    s05_pillar1(d)
    s06_pillar2(d)
    s07_pillar3(d)
    s08_pillar4(d)
    s09_kpis(d)
    s10_first_site(d)
    s11_clock(d)
    s12_roadmap(d)
    s13_gates(d)
    s14_risks(d)
    for shown in _build_stages(len(FIRST_90)):
        s15_first_90(d, shown)
    for shown in _build_stages(len(MONDAY)):
        s16_monday(d, shown)
    s17_governance(d)
    s18_money(d)
    for shown in _build_stages(len(ASKS)):
        s19_asks(d, shown)
    if OVERFLOW:
        raise SystemExit("\n".join(OVERFLOW))
    assert d.page == PAGES, d.page
    d.save()


# =========================================================================== the org folder

WHO_DOES_WHAT = """
# Who does what

> Exported from the staff wiki (Albion Intranet › Our organisation › Who does what) on 11 September 2028. Edit the page on the wiki, not this copy.

The table lists the posts that lead work at Albion, whom each reports to and what each looks after. Two consulted bodies are listed at the end: they advise and are consulted, and they never lead or own work.

| Post | Department | Reports to | Looks after |
|---|---|---|---|
| Director and Chief Executive | Directorate | Board of Trustees | Leads the Museum and is Accounting Officer to DCMS.<br>Senior responsible owner of Open Stores, Open Doors; chairs the Executive Board and the Open Stores Programme Board. |
| Director of Finance and Resources | Finance and Resources | Director and Chief Executive | Budgets, grant-in-aid and the capital programme; procurement and contracts, including supplier support agreements.<br>Secretary to the Trustees' Finance and Audit Committee. |
| Director of Collections and Research | Collections and Research | Director and Chief Executive | The curatorial, collections and research teams.<br>Owns the Collections Development and Documentation Policy. |
| Director of Public Programmes | Public Programmes | Director and Chief Executive | Everything visitors and schools meet: the three sites, learning, digital, exhibitions and marketing. |
| Open Stores Programme Manager | Directorate | Director and Chief Executive | The programme office.<br>Remit: see the Open Stores Programme Board terms of reference, section 4. |
| Head of Collections Information | Collections and Research | Director of Collections and Research | Object records and documentation in Accessio.<br>Remit: see the Collections Development and Documentation Policy, section 5. |
| Head of Collections Care and Stores | Collections and Research | Director of Collections and Research | Conservation, the Ketley store and the site stores, and every object move.<br>The location and movement records of every object (Spectrum location and movement control).<br>Object-handling training and certification for staff and volunteers. |
| Collections Digitisation Manager | Collections and Research | Head of Collections Information | The Ketley imaging studio and its photographers.<br>Image files and their metadata in Pixstore, our digital asset management system. |
| Head of Digital Experience | Public Programmes | Director of Public Programmes | The website, online collection search, the visitor app and digital content in the galleries. |
| Head of IT and Digital Infrastructure | Finance and Resources | Director of Finance and Resources | Networks and Wi-Fi at the three sites and Ketley, servers and hosting, cyber security and the IT service desk.<br>The Lumen data warehouse and its Power BI reports. |
| Head of Visitor Operations | Public Programmes | Director of Public Programmes | Front of house at the three sites: opening, admission at the gate, queues and capacity, visitor hosts and their rotas.<br>Gate counts and queue times, reported daily.<br>Training visitor hosts in entry and safety procedures. |
| Visitor Sales and Ticketing Manager | Public Programmes | Head of Visitor Operations | Gateway, our ticketing system: timed tickets, paid exhibitions, online sales and the box office; ticket prices, with the Director of Finance and Resources. |
| Audience Research Manager | Public Programmes | Director of Public Programmes | The annual visitor survey, exit interviews and audience profiles; the visitor ratings reported to the Trustees. |
| Head of Learning | Public Programmes | Director of Public Programmes | The schools programme: taught sessions, teachers' resources and learning facilitators.<br>School bookings, from the first enquiry to the day of the visit; the Learning Fund's travel grants. |
| Head of People and Learning | Finance and Resources | Director of Finance and Resources | Recruitment, pay and employee relations, including the recognition agreement with PCS.<br>Corporate training: induction, management development, statutory courses and the Trellis training records. Site procedures are trained by the teams that own them. |
| Head of Estates and Facilities | Finance and Resources | Director of Finance and Resources | The buildings at Tolbridge, the Railway Works, Foss Mill and Ketley; security, cleaning and building works. |
| Site Manager, Railway Works | Public Programmes | Head of Visitor Operations | Runs the Railway Works in Darrowby day to day: its site team, events and local partners. |
| Site Manager, Foss Mill | Public Programmes | Head of Visitor Operations | Runs Foss Mill in Skelder day to day: its site team, events and the working machinery demonstrations. |
| Trustees' Audience Advisory Panel | Consulted bodies (not posts) | Board of Trustees | Twelve visitors, teachers and local people who advise the Trustees on what visitors meet.<br>Consulted on timed entry and the visitor app before each go-live. Never leads or owns work. |
| PCS Union Branch | Consulted bodies (not posts) | — | The recognised trade union branch for staff below senior management.<br>Consulted under the recognition agreement. Never leads or owns work. |

Vacancies: none of the posts above is vacant at the date of export.
"""

COLLECTIONS_POLICY = """
# Collections Development and Documentation Policy 2026–2031 (extract)

Approved by the Board of Trustees on 17 March 2026. Owner: Director of Collections and Research. Next review: March 2031. This extract holds sections 4 to 6; the full policy is on the staff wiki.

## 4. Documentation standard

4.1 Albion documents its collection to Spectrum 5.1, the UK collections management standard, and follows its nine primary procedures. Accreditation by Arts Council England depends on it.

4.2 Location and movement control is the responsibility of the Head of Collections Care and Stores. No object is moved without its new location being entered the same day.

4.3 Records of objects acquired before 1984 are kept on paper registers and index cards in the Ketley search room; about 58,000 of those objects have a one-line entry in Accessio and nothing more.

## 5. Who is responsible for what

5.1 The Head of Collections Information is responsible for the object record: cataloguing, the documentation manual, the inventory of records, data migration between collections systems, and the decision that a record is fit to publish online.

5.2 The Head of Collections Information also decides rights and reproductions: whether an image of an object may be published, and under which licence.

5.3 The Collections Digitisation Manager makes and files images of objects. An image is published only once its rights status is recorded against it.

5.4 Curators are responsible for the content of descriptions and for research notes; they do not edit location fields.

## 6. Publishing the collection online

6.1 We publish object records under CC BY 4.0 and images of objects out of copyright under CC0.

6.2 We cannot publish an image of an object still in copyright without the rights holder's permission; about 14% of the twentieth-century collection is in that position.

6.3 Personal data in records (donors' addresses, valuations) is withheld from anything published.
"""

PROGRAMME_BOARD_TOR = """
# Open Stores Programme Board: terms of reference

Agreed by the Executive Board on 4 September 2028. To be reviewed at each gate.

## 1. Purpose

The Programme Board steers Open Stores, Open Doors, the Museum's collections and visitors strategy, from its approval by the Board of Trustees to the close of the plan.

## 2. Sponsor and chair

The Director and Chief Executive is the senior responsible owner and chairs the Board. In her absence the Director of Public Programmes chairs.

## 3. Members

The Director of Finance and Resources, the Director of Collections and Research, the Director of Public Programmes, the Head of Collections Information, the Head of Digital Experience, the Head of Visitor Operations and the Head of Learning. The Open Stores Programme Manager is secretary.

## 4. The programme office

The Open Stores Programme Manager is responsible for the programme plan, the risk log, the benefits register, the gate papers and the season report to the Trustees.

## 5. Decisions

5.1 The Board decides each gate: go, go with conditions, or stop.

5.2 The Board cannot approve spend above £250,000 on any one contract; such spend goes to the Trustees' Finance and Audit Committee.

5.3 The Board meets on the first Tuesday of every month and may meet at a week's notice before a gate.

## 6. Consulted bodies

The Trustees' Audience Advisory Panel is consulted on timed entry, the visitor app and anything else visitors will see, before each go-live. The PCS Union Branch is consulted under the recognition agreement (an extract is filed with these terms). Neither body sits on the Board, and neither leads or owns work.

## 7. Reporting

The season report goes to the Board of Trustees at the end of every season, with the ten measures drawn from Lumen.
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Head of IT and Digital Infrastructure. Last reviewed August 2028.

## Collections

- **Accessio 4** (collections management, since 2004; business owner: Head of Collections Information). Holds 418,000 object records, 58,000 of them one-line entries for objects recorded on paper. Accessio 4 is not supported by its supplier after 31 March 2030.
- **Pixstore** (digital asset management, since 2017; business owner: Collections Digitisation Manager). Holds 52,000 object images with their metadata and rights fields.
- **Collections Online** (public web pages). Shows 41,000 records from a one-off export made in 2019.

## Visitors and schools

- **Gateway** (ticketing, since 2021; business owner: Visitor Sales and Ticketing Manager). Gateway runs only at Tolbridge; the Railway Works and Foss Mill sell paid-exhibition tickets on stand-alone tills.
- Gateway's timed-entry module is licensed but switched off.
- School bookings rely on a spreadsheet and a shared mailbox kept by the Learning team.
- **People-counters** at every entrance of the three sites send gate counts to Lumen every 15 minutes.

## Data and reporting

- **Lumen** (data warehouse, since 2023; owner: Head of IT and Digital Infrastructure). Takes Gateway sales, gate counts, survey results and finance data nightly.
- **Power BI** reports on Lumen: the daily visits report, the season report and the DCMS performance indicators.

## People

- **Trellis** (training records and e-learning, since 2022; owner: Head of People and Learning). Holds every member of staff's and every volunteer's courses and certificates.

## Networks

- Tolbridge and Ketley have Wi-Fi throughout.
- Wi-Fi at the Railway Works only covers the entrance hall and the café.
- Foss Mill has Wi-Fi in the mill building and the learning room.
"""

MEASURES = """
# Measure definitions

Kept by the Open Stores Programme Manager with each measure's owner. Baselines are for 2027/28 (April 2027 to March 2028) unless dated. Every measure is drawn from Lumen or from the source named.

| Measure | Definition | Owner | Baseline | Source |
|---|---|---|---|---|
| Object records searchable online | Object records a member of the public can find in online collection search, as a share of all object records | Head of Digital Experience | 41,000 (10%) | Collections Online page count |
| Objects with a checked location | Objects whose location in the collections system was checked on the shelf in the last five years, as a share of all objects | Head of Collections Care and Stores | 71% | Accessio location audit |
| Records moved to the new system | Object records migrated and reconciled, as a share of Accessio's records | Head of Collections Information | 0% | Migration log |
| Longest peak-day wait to get in | Longest time from joining the queue to passing the gate, timed every 30 minutes, at any site | Head of Visitor Operations | 42 minutes, Railway Works, 28 August 2028 | Queue timings |
| Visits booked ahead on a timed ticket | Visits made on a ticket booked before the day, as a share of all visits | Visitor Sales and Ticketing Manager | 9% | Gateway and gate counts |
| Visitors rating their visit good or very good | Share of respondents to the annual visitor survey | Audience Research Manager | 84% | Annual visitor survey |
| Pupils in taught sessions, per year | Pupils in a session led by a learning facilitator, in the twelve months to the end of a Summer season | Head of Learning | 38,000 | Learning bookings spreadsheet |
| Pupils from schools in IMD deciles 1–3 | Share of those pupils whose school's postcode is in deciles 1 to 3 of the English Indices of Multiple Deprivation | Head of Learning | 31% | Learning bookings spreadsheet |
| Visitor app downloads | Installs from the app stores | Head of Digital Experience | none (no app) | App store consoles |

Notes:

- The Learning bookings spreadsheet is not retained beyond the end of each academic year, so pupil numbers before 2027/28 cannot be rebuilt school by school.
- Queue timings are taken by hand by visitor hosts with a stopwatch; the Railway Works figure above is from the August bank holiday.
- "Online searchers who found what they wanted" has no definition yet; the Audience Research Manager will propose one with the Head of Digital Experience.
"""

SITES = """
ALBION MUSEUM OF SCIENCE AND INDUSTRY - SITES AND COLLECTION
Notes for new managers. Kept by the Director of Public Programmes' office. September 2028.

TOLBRIDGE
The founding museum, in the old Corn Exchange and its 1960s extension. 780,000 visits in
2027/28. Eleven galleries. Main entrance on Exchange Square and a schools entrance on
Mill Street. Free entry; paid exhibitions in the West Hall.

THE RAILWAY WORKS, DARROWBY
The former locomotive works, opened as a museum in 1992. 330,000 visits in 2027/28. One
public entrance, through the Erecting Shop. Three engine sheds of locomotives and rolling
stock. Peak days in August regularly fill the yard with queues.

FOSS MILL, SKELDER
A water-powered textile mill with working machinery. 150,000 visits in 2027/28. Tours of
the weaving floor run at fixed times and are limited to 25 people.

THE KETLEY STORE
Our collections store on the Ketley trading estate, eight miles from Tolbridge. Not open
to the public except on open-store days. About 230,000 of our 418,000 objects are here.
96,000 objects on the Ketley mezzanine have no location recorded in Accessio; they were
shelved in the 2011 move from the old Hadfield store.

THE COLLECTION
Engineering, transport, energy, textiles and communications. The scientific instrument
collection went to the university in 1998. Railway vehicles at Darrowby are recorded as
large objects.
"""

DCMS_NOTES = """
# Funding and accountability: notes for the programme

Prepared by the Director of Finance and Resources' office, August 2028.

## Our sponsor department

Albion is a non-departmental public body sponsored by the Department for Culture, Media and Sport (DCMS). Our grant-in-aid and capital grant come from DCMS under a funding agreement, which we report against every quarter.

## Free admission

The funding agreement requires free entry to our permanent galleries. Timed tickets for the permanent galleries must therefore be free; we may charge for temporary exhibitions and events.

## What DCMS asks us to report

- Visits to each site, and visits by children under 16.
- Pupils in facilitated and self-directed school visits.
- Visits to our website.
- Visitor satisfaction from the annual visitor survey.

## Other frameworks

- Arts Council England's Accreditation scheme: Albion was re-accredited in 2025; the next return is due in 2029.
- Spectrum 5.1, published by Collections Trust, is the documentation standard the Accreditation scheme expects.
- The Government Indemnity Scheme covers objects we borrow; loans are outside Open Stores, Open Doors.

## The capital grant for 2028/29 to 2031/32

DCMS confirmed a capital grant of £2.8m for collections and digital work in July 2028, to be spent by 30 September 2031.
"""


def pcs_agreement_docx() -> bytes:
    """The extract of the recognition agreement, as a Word document."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    doc.add_heading("Recognition and Facilities Agreement (extract)", level=1)
    doc.add_paragraph(
        "Between Albion Museum of Science and Industry and the Public and Commercial Services "
        "Union (PCS). Signed 2 May 2024. This extract holds clauses 6 and 7."
    )
    doc.add_heading("6. Scope", level=2)
    doc.add_paragraph(
        "6.1 The Museum recognises PCS for collective bargaining and consultation for all staff "
        "below senior management, including visitor hosts, learning facilitators and "
        "collections technicians."
    )
    doc.add_paragraph(
        "6.2 The Museum's side of consultation is led by the Head of People and Learning."
    )
    doc.add_heading("7. Consultation on change", level=2)
    doc.add_paragraph(
        "7.1 The PCS branch must be consulted at least 30 days before any change to the rotas, "
        "shift patterns or duties of visitor hosts."
    )
    doc.add_paragraph(
        "7.2 Consultation starts with a written proposal to the branch secretary. The branch "
        "may ask for a meeting within ten working days."
    )
    doc.add_paragraph(
        "7.3 Nothing in this clause gives the branch a part in managing the work; decisions "
        "remain with management after consultation."
    )
    table = doc.add_table(rows=3, cols=2)
    cells = [
        ("Branch meetings with management", "Monthly, second Wednesday"),
        ("Facility time", "Two days a month for the branch secretary"),
        ("Disputes", "Through the procedure in clause 9"),
    ]
    for row, (a, b) in zip(table.rows, cells, strict=True):
        row.cells[0].text = a
        row.cells[1].text = b
    return ooxml_bytes(
        doc,
        STAMP,
        author="People team",
        title="PCS recognition agreement (extract)",
        created=datetime(2028, 9, 5, 10, 0, 0),
        modified=datetime(2028, 9, 5, 10, 0, 0),
        last_modified_by="People team",
        revision=1,
    )


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(
        case / "org",
        {
            "people/who-does-what.md": WHO_DOES_WHAT,
            "policies/collections-development-and-documentation-policy-extract.md": (
                COLLECTIONS_POLICY
            ),
            "governance/open-stores-programme-board-terms-of-reference.md": PROGRAMME_BOARD_TOR,
            "governance/pcs-recognition-agreement-extract.docx": pcs_agreement_docx(),
            "systems/systems-and-data-inventory.md": SYSTEMS,
            "measures/measure-definitions.md": MEASURES,
            "context/sites-and-collection.txt": SITES,
            "context/funding-and-accountability.md": DCMS_NOTES,
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
