"""Build the dev25 case ``biosecurity-council``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl, python-docx and
python-pptx. reportlab is not in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/dev25/build_biosecurity_council.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``), embedded as subsets
named the way PowerPoint for Microsoft 365 names its default theme fonts (Aptos, Aptos-Bold,
Aptos-Display) and its bullet font (ArialMT).

Writes, under ``evals/dev25/biosecurity-council/`` (or ``<out-folder>/biosecurity-council/``),
every file of the case but ``gold.json``:

- ``holding-the-line-biosecurity-plan-2029-2032-council-26-june-2029.pdf``: a New Zealand
  regional council's three-year biosecurity programme for its Council meeting, drawn the way
  PowerPoint for Microsoft 365 saves a 16:9 deck as PDF (pages of 13.333 x 7.5 in, 960 x 540
  pt; Creator and Producer "Microsoft® PowerPoint® for Microsoft 365", a dated Info dictionary
  in New Zealand time, ``/Lang (en-NZ)`` in the catalogue, PDF 1.7 header), imitated with
  reportlab's canvas: 19 pages; a table of contents whose entries link to their pages; te reo
  Māori section names with the English beside them in every eyebrow; context pages full of
  figures that are not goals; KPI tiles are not used, the measures are a ruled table (Measure /
  Baseline 2028/29 / Target / By when); the roadmap runs on the council's financial years (July
  to June), 2029/30 to 2031/32 as Long-Term Plan Years 1-3, in quarters (Q1 = July-September),
  with a gate diamond at each June Council meeting; bold lead-ins share their line with the
  rest of it; bullets are ArialMT glyphs drawn apart from their text.
- ``org/``: the roster as an XLSX workbook (``people/biosecurity-team.xlsx``: a title block,
  then the header Role / Team / Reports to / Key accountabilities in row 4, 22 roles, a hidden
  "Lists" sheet feeding the Team column's data validation), the role profiles (DOCX), the
  programme board's terms of reference, the Mana Whenua Partnership Forum's terms of reference
  (DOCX), the Environment Committee's minutes, the systems and data register, the metric
  dictionary, an internal audit's findings, a risk register extract (CSV), a saved email and
  the customer services FAQ on the pest management plan.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document
ID) with a fixed Info dictionary for the PDF, fixed core properties and ZIP times for the XLSX
and DOCX files (through ``evals/dev16/_build.py``), and the text files as literal strings. It
never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev25").
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "biosecurity-council"
DECK = "holding-the-line-biosecurity-plan-2029-2032-council-26-june-2029.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
BODY = "Aptos"
BOLD = "Aptos-Bold"
DISPLAY = "Aptos-Display"
BULLET = "ArialMT"
FONTS = {
    BODY: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    DISPLAY: "LiberationSans-Regular.ttf",
    BULLET: "LiberationSans-Regular.ttf",
}
CREATOR = "Microsoft® PowerPoint® for Microsoft 365"
PDF_DATE = "D:20290619143512+12'00'"

W, H = 960.0, 540.0  # PowerPoint's 16:9 slide, 13.333 x 7.5 in
LEFT = 48.0
RIGHT = W - 48.0

Color = tuple[float, float, float]
INK: Color = (0.12, 0.14, 0.16)
GREEN: Color = (0.05, 0.35, 0.27)
GREEN_LIGHT: Color = (0.87, 0.93, 0.89)
SEA: Color = (0.07, 0.36, 0.52)
SEA_LIGHT: Color = (0.86, 0.92, 0.96)
OCHRE: Color = (0.72, 0.45, 0.1)
OCHRE_LIGHT: Color = (0.98, 0.93, 0.83)
GREY: Color = (0.4, 0.42, 0.45)
RULE: Color = (0.72, 0.74, 0.76)
WHITE: Color = (1.0, 1.0, 1.0)
PHASES: list[Color] = [(0.45, 0.6, 0.55), (0.05, 0.35, 0.27), (0.07, 0.36, 0.52), (0.5, 0.4, 0.2)]

STAMP = Stamp((2029, 6, 19, 14, 35, 12), "2029-06-19T02:35:12Z")
PAGES = 19
FOOTER = "Rangiwhero Regional Council · Holding the Line 2029–2032 · Council, 26 June 2029"
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them

Seg = tuple[str, str]  # (text, font)


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(FONT_DIR / file))
            font.face.name = name.encode("ascii")  # the subset carries PowerPoint's font name
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """The Info dictionary as PowerPoint writes it: its keys in its order, its own dates."""

    def format(self, document):
        d = {
            "Title": pdfdoc.PDFString("Holding the Line – Biosecurity Plan 2029–2032"),
            "Author": pdfdoc.PDFString("Mere Tautahi"),
            "Creator": pdfdoc.PDFString(CREATOR),
            "CreationDate": pdfdoc.PDFString(PDF_DATE),
            "ModDate": pdfdoc.PDFString(PDF_DATE),
            "Producer": pdfdoc.PDFString(CREATOR),
        }
        return pdfdoc.PDFDictionary(d).format(document)


def _powerpoint_header(path: Path) -> None:
    """reportlab's header and trailer comment rewritten at the same length (no offset moves):
    version 1.7 as PowerPoint writes, and no ReportLab comment."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head.startswith(b"%PDF-1.") and len(head) == 8 and b"ReportLab" in comment
    blank = b"%\xb5\xb5\xb5\xb5" + b" " * (len(comment) - 5)
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    path.write_bytes(b"%PDF-1.7\n" + blank + b"\n" + rest)


def _width(segs: Sequence[Seg], size: float) -> float:
    return sum(stringWidth(t, f, size) for t, f in segs)


def wrap(segs: Sequence[Seg], size: float, width: float) -> list[list[Seg]]:
    """Words of the runs in lines no wider than ``width``; a word keeps its run's font."""
    words = [(word, font) for text, font in segs for word in text.split()]
    lines: list[list[Seg]] = []
    line: list[Seg] = []
    for word in words:
        trial = [*line, word]
        if line and _width(_join(trial), size) > width:
            lines.append(_join(line))
            line = [word]
        else:
            line = trial
    if line:
        lines.append(_join(line))
    return lines


def _join(words: Sequence[Seg]) -> list[Seg]:
    """Words back into runs: neighbours in one font joined with spaces."""
    runs: list[Seg] = []
    for word, font in words:
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + " " + word, font)
        elif runs:
            prev, pfont = runs[-1]
            runs[-1] = (prev + " ", pfont)
            runs.append((word, font))
        else:
            runs.append((word, font))
    return runs


def lead(bold: str, rest: str) -> list[Seg]:
    return [(bold + " ", BOLD), (rest, BODY)]


# =========================================================================== the deck's canvas


class Slides:
    """A reportlab canvas with the few ways PowerPoint's PDF export writes text and shapes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=BODY,
            initialFontSize=12,
        )
        self.c._doc.info = _Info()
        self.c.setCatalogEntry("Lang", pdfdoc.PDFString("en-NZ"))
        self.page = 0

    # ---------------------------------------------------------------- text
    def runs(
        self,
        x: float,
        y: float,
        segs: Sequence[Seg],
        size: float = 13,
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        """One line as one text object, switching fonts between runs; returns its width."""
        width = _width(segs, size)
        if limit is not None and width > limit + 0.01:
            line = "".join(t for t, _ in segs)
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {line}")
        t = self.c.beginText(x, y)
        t.setFillColorRGB(*color)
        for text, font in segs:
            t.setFont(font, size)
            t.textOut(text)
        self.c.drawText(t)
        return width

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 13,
        font: str = BODY,
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        return self.runs(x, y, [(s, font)], size, color, limit)

    def right(self, x: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        self.text(x - stringWidth(s, font, size), y, s, size, font, color)

    def centred(self, cx: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        self.text(cx - stringWidth(s, font, size) / 2, y, s, size, font, color)

    def para(
        self,
        x: float,
        y: float,
        segs: Sequence[Seg] | str,
        width: float,
        size: float = 13,
        leading: float | None = None,
        color: Color = INK,
        bullet: str | None = None,
        indent: float = 16,
        bottom: float = 40,
    ) -> float:
        """A wrapped paragraph, one text object a line, a bullet glyph drawn apart in ArialMT;
        returns the baseline of the next paragraph."""
        if isinstance(segs, str):
            segs = [(segs, BODY)]
        leading = leading or size * 1.22
        tx = x + indent if bullet else x
        for i, line in enumerate(wrap(segs, size, width - (tx - x))):
            if i == 0 and bullet:
                self.text(x, y, bullet, size, BULLET, color)
            self.runs(tx, y, line, size, color, width - (tx - x))
            y -= leading
        if y < bottom:
            OVERFLOW.append(f"page {self.page}: text runs below {bottom}: {segs[0][0]}")
        return y - size * 0.35

    # ---------------------------------------------------------------- shapes
    def rect(self, x: float, y: float, w: float, h: float, fill: Color, stroke=None) -> None:
        self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.75)
        self.c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1)

    def rrect(self, x: float, y: float, w: float, h: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.roundRect(x, y, w, h, 6, stroke=0, fill=1)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: Color = RULE, w=0.75):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(w)
        self.c.line(x1, y1, x2, y2)

    def diamond(self, cx: float, cy: float, r: float, fill: Color) -> None:
        p = self.c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.setFillColorRGB(*fill)
        self.c.drawPath(p, stroke=0, fill=1)

    # ---------------------------------------------------------------- page chrome
    def start(self, maori: str, english: str, title: str, key: str | None = None) -> float:
        """A content slide: the eyebrow (te reo · English), the title, a key line; returns the
        body's first baseline."""
        self.page += 1
        self.c.bookmarkPage(f"slide{self.page}")
        if self.page > 2:
            assert (maori, english) == _section(self.page), (self.page, maori, english)
        self.rect(0, H - 8, W, 8, GREEN)
        self.runs(LEFT, 500, [(maori, BOLD), ("  ·  " + english, BODY)], 12, GREEN)
        self.text(LEFT, 466, title, 26, DISPLAY, INK, RIGHT - LEFT)
        if key:
            self.text(LEFT, 440, key, 14, BODY, GREY, RIGHT - LEFT)
            return 405
        return 425

    def finish(self) -> None:
        self.line(LEFT, 36, RIGHT, 36, RULE, 0.5)
        self.text(LEFT, 20, FOOTER, 9, BODY, GREY)
        self.right(RIGHT, 20, str(self.page), 10, BODY, GREY)
        self.c.showPage()

    def save(self) -> None:
        if OVERFLOW:
            raise SystemExit("refusing to save:\n" + "\n".join(OVERFLOW))
        self.c.save()
        _powerpoint_header(self.path)


# =========================================================================== the deck's pages

TOC = [
    ("Horopaki", "Context", 3),
    ("Te Whāinga", "Our ambition", 5),
    ("Ngā Pou", "Four pillars", 6),
    ("Ngā Ine", "Measures", 11),
    ("Te Huarahi", "Roadmap", 12),
    ("Te Whakamātautau", "Pilot", 13),
    ("Ngā Tūraru", "Risks", 14),
    ("Ngā Rā Tuatahi", "First 100 days", 15),
    ("Te Mana Whakahaere", "Governance", 16),
    ("Te Pūtea", "Funding", 17),
    ("Ngā Tono", "Asks of Council", 18),
    ("Āpitihanga", "Appendix", 19),
]
SECTION = {page: (mi, en) for mi, en, page in TOC}


def _section(page: int) -> tuple[str, str]:
    """The TOC section a page belongs to: the last entry starting at or before it."""
    return SECTION[max(p for p in SECTION if p <= page)]


def cover(d: Slides) -> None:
    d.page += 1
    d.c.bookmarkPage(f"slide{d.page}")
    d.rect(0, 0, W, H, GREEN)
    d.rect(0, 0, W, 150, (0.03, 0.27, 0.2))
    d.text(
        LEFT,
        470,
        "Rangiwhero Regional Council  |  Te Kaunihera ā-Rohe o Rangiwhero",
        14,
        BODY,
        WHITE,
    )
    d.text(LEFT, 372, "Te Ārai Kīrearea", 26, BOLD, (0.8, 0.9, 0.84))
    d.text(LEFT, 318, "Holding the Line", 50, DISPLAY, WHITE)
    d.text(LEFT, 256, "Biosecurity Plan 2029–2032 · Long-Term Plan Years 1–3", 20, BODY, WHITE)
    d.text(
        LEFT, 104, "Council meeting, 26 June 2029 · Agenda item 9.2 · For decision", 14, BODY, WHITE
    )
    d.text(
        LEFT,
        82,
        "Presented by Mere Tautahi, Group Manager Catchments and Biosecurity",
        14,
        BODY,
        WHITE,
    )
    d.text(
        LEFT,
        50,
        "Pest animals, pest plants and marine pests under the Regional Pest Management Plan "
        "2022–2032",
        11,
        BODY,
        (0.8, 0.9, 0.84),
    )
    d.c.showPage()


def contents(d: Slides) -> None:
    y = d.start("Rārangi Upoko", "Contents", "What this paper covers")
    y = 410
    for n, (mi, en, page) in enumerate(TOC, start=1):
        d.text(LEFT, y, f"{n:02d}", 13, BOLD, GREEN)
        d.runs(LEFT + 36, y, [(mi, BOLD), (" · " + en, BODY)], 13)
        d.right(RIGHT - 300, y, str(page), 13, BODY, GREY)
        d.line(LEFT + 36, y - 8, RIGHT - 300, y - 8, RULE, 0.4)
        d.c.linkRect("", f"slide{page}", (LEFT, y - 6, RIGHT - 300, y + 14), relative=0)
        y -= 28.5
    x = RIGHT - 270
    d.rrect(x, 290, 270, 120, GREEN_LIGHT)
    d.text(x + 16, 384, "For decision", 14, BOLD, GREEN)
    yy = 360.0
    for s in [
        "Council is asked to approve the programme, release the Year 1 budget and agree the "
        "pilot catchment.",
        "Page 18 sets out the asks in full.",
    ]:
        yy = d.para(x + 16, yy, s, 238, 12, bottom=296)
    d.finish()


def why_now(d: Slides) -> None:
    d.start(
        "Horopaki",
        "Context",
        "Why now: pests are spreading faster than the rules keep up",
        "The cost of standing still is rising, and other councils have shown what is possible",
    )
    tiles = [
        (
            "$3.3b",
            "a year: the estimated cost of pest plants and animals to New Zealand "
            "(national estimate, 2027)",
        ),
        (
            "3.8%",
            "possum residual trap catch reached by Tahora Regional Council over 41,000 ha "
            "in five years",
        ),
        ("48,600", "pests recorded killed by community trappers in 2028/29, up 22% on 2027/28"),
        (
            "+30%",
            "forecast growth in boat visits to Pakaroa Harbour by 2035, once the Town Basin "
            "berths open",
        ),
    ]
    tw, gap = 204.0, 12.0
    for i, (big, label) in enumerate(tiles):
        x = LEFT + i * (tw + gap)
        d.rrect(x, 270, tw, 130, SEA_LIGHT)
        d.text(x + 14, 362, big, 28, BOLD, SEA)
        d.para(x + 14, 338, label, tw - 28, 11, 13.5, bottom=272)
    y = 244.0
    for s in [
        "Exotic caulerpa has reached four northern harbours since 2021; Pakaroa is a day's "
        "sail from the nearest.",
        "Unmanaged wilding conifers spread about 5% a year across open high country.",
        "The Regional Pest Management Plan 2022–2032 is due for review in 2031/32.",
    ]:
        y = d.para(LEFT, y, s, 480, 13, bullet="•")
    x = LEFT + 520
    d.rrect(x, 120, RIGHT - x, 130, OCHRE_LIGHT)
    d.para(
        x + 16,
        222,
        "“I've trapped over 300 rats on my block this year and my neighbour does nothing.”",
        RIGHT - x - 32,
        15,
        19,
        OCHRE,
        bottom=130,
    )
    d.text(x + 16, 140, "– ratepayer, Karewa District, 2028 ratepayer survey", 11, BODY, GREY)
    d.para(
        LEFT,
        62,
        "Sources: national pest cost estimate (2027); Tahora Regional Council annual report "
        "2027/28; TrapTally; Port Rangiwhero visitor forecast (2028); ratepayer survey 2028.",
        RIGHT - LEFT,
        8.5,
        bottom=44,
    )
    d.finish()


def where_we_stand(d: Slides) -> None:
    d.start(
        "Horopaki",
        "Context",
        "Where we stand after seven years of the 2022 plan",
        "Figures for 2028/29 (July 2028 to June 2029) unless stated",
    )
    rows = [
        ("Inspections", "1,380 rural properties had a biosecurity inspection (1,520 in 2027/28)"),
        ("Notices", "126 notices of direction issued; 58% were met by their due date"),
        ("Harbour", "71% of the 912 moored boats dived in Pakaroa were clean at the last survey"),
        (
            "Volunteers",
            "2,150 traps logged a check in TrapTally in May 2029, up from 1,400 in 2026",
        ),
        ("Alligator weed", "sites down from 91 to 78 since 2025; 64% of known sites treated"),
        ("Wilding conifers", "8,200 ha under control, out of an estimated 31,000 ha infested"),
        ("Awareness", "34% of ratepayers could name a pest rule, up 4 points since 2024"),
        ("History", "since 2012, 14 pest plants have moved from eradication to sustained control"),
    ]
    y = 398.0
    for label, text in rows:
        d.text(LEFT, y, label, 13, BOLD, GREEN, 150)
        d.text(LEFT + 150, y, text, 12.5, BODY, INK, 440)
        d.line(LEFT, y - 11, LEFT + 580, y - 11, RULE, 0.4)
        y -= 36
    x = LEFT + 610
    d.rrect(x, 130, RIGHT - x, 280, GREEN_LIGHT)
    d.text(x + 16, 384, "What ratepayers told us", 14, BOLD, GREEN)
    yy = 358.0
    for s in [
        "61% want the council to act on neighbours who let pests spread.",
        "1 in 5 rural ratepayers already trap on their own land.",
        "Boat owners rank hull cleaning costs as their main worry.",
    ]:
        yy = d.para(x + 16, yy, s, RIGHT - x - 32, 12, bullet="•")
    d.text(x + 16, 146, "Ratepayer survey 2028, 1,204 responses", 10, BODY, GREY)
    d.finish()


def ambition(d: Slides) -> None:
    d.start("Te Whāinga", "Our ambition", "Te Ārai Kīrearea: holding the line on pests")
    d.rrect(LEFT, 330, RIGHT - LEFT, 88, GREEN)
    d.text(LEFT + 20, 388, "Our north star", 12, BOLD, (0.8, 0.9, 0.84))
    d.text(
        LEFT + 20,
        356,
        "A Rangiwhero where native forests, wetlands and harbours are free to thrive",
        24,
        DISPLAY,
        WHITE,
        RIGHT - LEFT - 40,
    )
    d.para(
        LEFT,
        306,
        lead(
            "Our ambition:",
            "be the region other councils come to learn community-led pest control from.",
        ),
        RIGHT - LEFT,
        15,
    )
    d.text(LEFT, 268, "By the end of LTP Year 3 (June 2032) we will:", 14, BOLD, INK)
    y = 244.0
    for s in [
        "Cut possums in the Mokoiti catchment to below 5% residual trap catch",
        "Inspect 2,400 properties a year and see 85% of notices of direction met on time",
        "Keep 90% of moored vessels in Pakaroa Harbour clean-hulled",
        "Have 6,000 community traps reporting in TrapTally every month",
        "Sign five pest control agreements led by hapū",
        "Bring 20,000 ha of wilding conifers under control",
    ]:
        y = d.para(LEFT, y, s, 540, 13, bullet="•")
    x = LEFT + 580
    d.rrect(x, 130, RIGHT - x, 130, OCHRE_LIGHT)
    d.text(x + 16, 234, "What we will not do", 14, BOLD, OCHRE)
    d.para(
        x + 16,
        210,
        "Pay for pest control on the 120,000 ha of public conservation land that DOC "
        "manages, or take on pests the RPMP does not list.",
        RIGHT - x - 32,
        12,
        bottom=136,
    )
    d.finish()


PILLARS = [
    (
        "Pou 1",
        "Pest animals",
        "Ngā kararehe orotā",
        "Knock possums, rats and stoats down in Mokoiti, then hold them down with landowners.",
    ),
    (
        "Pou 2",
        "Pest plants",
        "Ngā tipu orotā",
        "Stop wilding conifers and alligator weed before they spread further.",
    ),
    (
        "Pou 3",
        "Marine pests",
        "Ngā orotā moana",
        "Keep Pakaroa Harbour's hulls clean and be ready for an incursion.",
    ),
    (
        "Pou 4",
        "People and compliance",
        "Te tangata me te ture",
        "Landowners, volunteers and hapū doing the work with us, and rules that are enforced.",
    ),
]


def pillars(d: Slides) -> None:
    d.start(
        "Ngā Pou",
        "Four pillars",
        "Four pillars carry the programme",
        "Each pillar has a lead, a budget line and its own measures",
    )
    cw, gap = 204.0, 12.0
    fills = [GREEN_LIGHT, GREEN_LIGHT, SEA_LIGHT, OCHRE_LIGHT]
    for i, (pou, en, mi, text) in enumerate(PILLARS):
        x = LEFT + i * (cw + gap)
        d.rrect(x, 130, cw, 268, fills[i])
        d.text(x + 14, 372, pou, 12, BOLD, GREY)
        d.text(x + 14, 346, en, 15, BOLD, INK, cw - 28)
        d.text(x + 14, 326, mi, 12, BODY, GREEN, cw - 28)
        d.para(x + 14, 296, text, cw - 28, 13, bottom=140)
    d.rect(LEFT, 70, RIGHT - LEFT, 40, GREEN)
    d.runs(
        LEFT + 16,
        85,
        lead("Underpinned by:", "one record of every property, trap and inspection in PestTrack"),
        14,
        WHITE,
    )
    d.finish()


def pillar_page(
    d: Slides,
    title: str,
    goal: str,
    items: list[tuple[str, str]],
    side: tuple[str, list[str]] | None = None,
    width: float = 560,
) -> None:
    d.start("Ngā Pou", "Four pillars", title, goal)
    y = 398.0
    for bold, rest in items:
        y = d.para(LEFT, y, lead(bold, rest), width, 14, 18, bullet="•") - 4
    if side:
        head, lines = side
        x = LEFT + width + 30
        d.rrect(x, 230, RIGHT - x, 180, GREEN_LIGHT)
        d.text(x + 16, 384, head, 14, BOLD, GREEN)
        yy = 360.0
        for s in lines:
            yy = d.para(x + 16, yy, s, RIGHT - x - 32, 12, bottom=236)
    d.finish()


def pou1(d: Slides) -> None:
    pillar_page(
        d,
        "Pou 1 – Pest animals (ngā kararehe orotā)",
        "Goal: possum residual trap catch below 5% across the Mokoiti catchment by June 2031",
        [
            (
                "Knock down:",
                "run a ground-based possum and rat knockdown across the 18,400 ha Mokoiti "
                "catchment from March 2030",
            ),
            (
                "Hold:",
                "install 1,800 self-resetting traps on a 200 m grid in Mokoiti and service them "
                "with landowners",
            ),
            (
                "Headwaters:",
                "aerial 1080 over 6,200 ha of the Mokoiti headwaters in winter 2030, with the "
                "Medical Officer of Health's permission",
            ),
            ("Goats:", "resume feral goat control along the Tawhero Forest Park boundary with DOC"),
            ("Motuiti:", "extend predator control into the Motuiti District in LTP Year 3"),
            (
                "Monitor:",
                "measure residual trap catch and bird counts twice a year at 40 Mokoiti stations",
            ),
        ],
        (
            "Why Mokoiti first",
            [
                "Mokoiti is the pilot catchment for the whole programme (page 13).",
                "What works there, with landowners and the hapū, is what we take region-wide "
                "from July 2031.",
            ],
        ),
    )


def pou2(d: Slides) -> None:
    pillar_page(
        d,
        "Pou 2 – Pest plants (ngā tipu orotā)",
        "Goal: 20,000 ha of wilding conifers under control by 2031/32",
        [
            (
                "Survey:",
                "map wilding conifers on the Karewa high country by drone and aerial survey by "
                "March 2030",
            ),
            (
                "Control:",
                "take 11,800 more hectares of wilding conifers under control with landowners "
                "and the national programme",
            ),
            ("Alligator weed:", "control every known alligator weed site each summer from 2030/31"),
            (
                "Chilean needle grass:",
                "inspect every Motuiti property on the containment list before seed set each "
                "December",
            ),
            (
                "Boundaries:",
                "enforce the RPMP's gorse and broom boundary rules when a neighbour complains",
            ),
        ],
        (
            "Where the plants are",
            [
                "Wilding conifers: Karewa high country, above 600 m.",
                "Alligator weed: lower Motuiti drains and the Pakaroa wetlands.",
                "Chilean needle grass: dry Motuiti hill country.",
            ],
        ),
    )


def pou3(d: Slides) -> None:
    d.start(
        "Ngā Pou",
        "Four pillars",
        "Pou 3 – Marine pests (ngā orotā moana)",
        "Goal: 90% of moored vessels in Pakaroa Harbour clean-hulled by 2031/32",
    )
    y = 398.0
    for bold, rest in [
        ("Survey:", "survey the hull of every moored vessel in Pakaroa Harbour each year"),
        ("Licences:", "make a clean hull a condition of every mooring licence from 1 July 2030"),
        ("Wash-down:", "build wash-down pads at the three marinas without one"),
        ("Ready:", "exercise the marine incursion response plan with MPI by June 2030"),
        ("Caulerpa:", "dive-survey the 12 highest-risk anchorages each summer"),
    ]:
        y = d.para(LEFT, y, lead(bold, rest), RIGHT - LEFT, 14, 18, bullet="•") - 4
    d.rrect(LEFT, 150, RIGHT - LEFT, 62, SEA)
    d.text(LEFT + 16, 188, "Goal", 12, BOLD, (0.8, 0.88, 0.95))
    d.text(
        LEFT + 16,
        164,
        "From July 2030, no new exotic caulerpa site in Pakaroa Harbour goes undetected for "
        "more than 30 days",
        15,
        BOLD,
        WHITE,
        RIGHT - LEFT - 32,
    )
    d.para(
        LEFT,
        118,
        lead(
            "The rule we work to:",
            "MPI's Craft Risk Management Standard lets a vessel staying 21 days or more "
            "arrive with no more than a slime layer and goose barnacles.",
        ),
        RIGHT - LEFT,
        12,
        color=GREY,
    )
    d.finish()


def pou4(d: Slides) -> None:
    d.start(
        "Ngā Pou",
        "Four pillars",
        "Pou 4 – People and compliance (te tangata me te ture)",
        "Goal: 85% of notices of direction met by their due date by 2031/32",
    )
    cols = [
        (
            "Landowners and compliance",
            [
                (
                    "Inspections:",
                    "give compliance officers a mobile inspection form in PestTrack by June 2030",
                ),
                (
                    "Notices:",
                    "follow up every notice of direction within 10 working days of its due date",
                ),
                (
                    "Prosecution:",
                    "refer persistent non-compliance to Regulatory Services for prosecution",
                ),
                (
                    "Records:",
                    "move landowner records out of Biosec Access before it is switched off",
                ),
            ],
        ),
        (
            "Volunteers and hapū",
            [
                ("Traps:", "lend 3,000 more traps through the community trap library"),
                ("Data:", "bring TrapTally catch data into PestTrack every night"),
                (
                    "Hapū:",
                    "sign five hapū-led pest control agreements, with kaitiaki rangers paid by "
                    "the programme",
                ),
                (
                    "Awareness:",
                    "run a pest obligations campaign each spring, tested in the ratepayer survey",
                ),
            ],
        ),
    ]
    cw = (RIGHT - LEFT - 30) / 2
    for i, (head, items) in enumerate(cols):
        x = LEFT + i * (cw + 30)
        d.text(x, 400, head, 15, BOLD, GREEN)
        d.line(x, 392, x + cw, 392, GREEN, 1)
        y = 370.0
        for bold, rest in items:
            y = d.para(x, y, lead(bold, rest), cw, 13, 16.5, bullet="•") - 6
    d.finish()


KPIS = [
    ("Possum residual trap catch, Mokoiti catchment", "11.4%", "below 5%", "June 2031"),
    ("Native birds per five-minute count, Mokoiti stations", "6.1", "8.0", "2031/32"),
    ("Properties inspected under RPMP rules each year", "1,380", "2,400", "2030/31"),
    ("Notices of direction complied with by the due date", "58%", "85%", "2031/32"),
    ("Moored vessels clean-hulled at survey, Pakaroa Harbour", "71%", "90%", "2031/32"),
    ("Community traps reporting monthly in TrapTally", "2,150", "6,000", "June 2032"),
    ("Wilding conifer area under control", "8,200 ha", "20,000 ha", "2031/32"),
    ("Known alligator weed sites controlled each summer", "64%", "100%", "2030/31"),
    ("Pest control agreements led by hapū", "1", "5", "June 2031"),
    ("Ratepayers who know their pest obligations", "34%", "Higher", "After the 2030 survey"),
]
KPI_COLS = [LEFT, 520.0, 640.0, 760.0]


def measures(d: Slides) -> None:
    d.start(
        "Ngā Ine",
        "Measures",
        "Ten measures, with baselines and dates",
        "Council will see each measure in the quarterly report to the Environment Committee",
    )
    heads = ["Measure", "Baseline 2028/29", "Target", "By when"]
    d.rect(LEFT, 384, RIGHT - LEFT, 26, GREEN)
    for x, h in zip(KPI_COLS, heads, strict=True):
        d.text(x + 8, 393, h, 12, BOLD, WHITE)
    y = 362.0
    for row in KPIS:
        for i, (x, cell) in enumerate(zip(KPI_COLS, row, strict=True)):
            limit = (KPI_COLS[i + 1] if i + 1 < len(KPI_COLS) else RIGHT) - x - 12
            d.text(x + 8, y, cell, 12, BOLD if i == 2 else BODY, INK, limit)
        d.line(LEFT, y - 9, RIGHT, y - 9, RULE, 0.5)
        y -= 27
    d.para(
        LEFT,
        78,
        "Baselines are for 2028/29 (July 2028 to June 2029). A target dated by financial year is "
        "met when that year's figure reaches it; financial years run July to June.",
        RIGHT - LEFT,
        10,
        color=GREY,
        bottom=44,
    )
    d.finish()


YEARS = ["2029/30 · LTP Year 1", "2030/31 · LTP Year 2", "2031/32 · LTP Year 3"]
GX0, GX1 = 210.0, RIGHT
QW = (GX1 - GX0) / 12


def _bar(d: Slides, y: float, q0: int, q1: int, label: str, fill: Color, ink: Color) -> None:
    """A bar over quarters q0..q1 (0 = Q1 2029/30), its label inside."""
    x = GX0 + q0 * QW + 2
    w = (q1 - q0 + 1) * QW - 4
    d.rrect(x, y - 6, w, 20, fill)
    d.text(x + 6, y, label, 9.5, BOLD, ink, w - 12)


def roadmap(d: Slides) -> None:
    d.start(
        "Te Huarahi",
        "Roadmap",
        "Three years on the council's financial year",
        "Long-Term Plan Years 1–3, in quarters · a gate at each June Council meeting",
    )
    for i, year in enumerate(YEARS):
        x = GX0 + i * 4 * QW
        d.rect(x + 1, 396, 4 * QW - 2, 20, GREEN_LIGHT)
        d.centred(x + 2 * QW, 402, year, 11, BOLD, GREEN)
        for q in range(4):
            d.centred(x + (q + 0.5) * QW, 382, f"Q{q + 1}", 9, BODY, GREY)
        if i:
            d.line(x, 180, x, 416, RULE, 0.6)
    rows: list[tuple[str, list[tuple[int, int, str, Color, Color]]]] = [
        (
            "Phases",
            [
                (0, 1, "Phase 1", PHASES[0], WHITE),
                (2, 7, "Phase 2", PHASES[1], WHITE),
                (8, 10, "Phase 3", PHASES[2], WHITE),
                (11, 11, "Phase 4", PHASES[3], WHITE),
            ],
        ),
        (
            "Pou 1 · Pest animals",
            [
                (2, 7, "Mokoiti knockdown and trap grid", GREEN_LIGHT, GREEN),
                (8, 11, "Motuiti extension, if funded", GREEN_LIGHT, GREEN),
            ],
        ),
        (
            "Pou 2 · Pest plants",
            [
                (0, 2, "Karewa drone survey", GREEN_LIGHT, GREEN),
                (3, 11, "Wilding conifer control with landowners", GREEN_LIGHT, GREEN),
            ],
        ),
        (
            "Pou 3 · Marine pests",
            [
                (1, 3, "Incursion exercise", SEA_LIGHT, SEA),
                (4, 7, "Licence condition; wash-down pads", SEA_LIGHT, SEA),
                (8, 11, "Yearly hull surveys", SEA_LIGHT, SEA),
            ],
        ),
        (
            "Pou 4 · People",
            [
                (0, 3, "Mobile form; Biosec Access records", OCHRE_LIGHT, OCHRE),
                (4, 7, "Five hapū-led agreements", OCHRE_LIGHT, OCHRE),
                (8, 11, "Region-wide inspections", OCHRE_LIGHT, OCHRE),
            ],
        ),
    ]
    y = 356.0
    for label, bars in rows:
        d.text(LEFT, y, label, 10.5, BOLD, INK, GX0 - LEFT - 8)
        for q0, q1, text, fill, ink in bars:
            _bar(d, y, q0, q1, text, fill, ink)
        y -= 32
    gates = [
        (3, "Gate 1 · Council, 25 June 2030", "pilot on track; release Year 2"),
        (7, "Gate 2 · Council, 24 June 2031", "go/no-go for region-wide roll-out"),
        (11, "Gate 3 · Council, 22 June 2032", "close; feed the RPMP review"),
    ]
    for q, label, what in gates:
        gx = GX0 + (q + 1) * QW
        d.diamond(gx, 190, 8, OCHRE)
        if q == 11:
            d.right(gx, 168, label, 9.5, BOLD, INK)
            d.right(gx, 156, what, 9, BODY, GREY)
        else:
            d.centred(gx, 168, label, 9.5, BOLD, INK)
            d.centred(gx, 156, what, 9, BODY, GREY)
    d.text(LEFT, 190, "Gates", 10.5, BOLD, INK)
    legend = [
        "Phase 1 · Whakarite | Set up: Q1–Q2 2029/30 (July–December 2029)",
        "Phase 2 · Whakamātau | Prove it in Mokoiti: Q3 2029/30 – Q4 2030/31 (January 2030 – June 2031)",
        "Phase 3 · Whakawhānui | Go region-wide: Q1–Q3 2031/32 (July 2031 – March 2032)",
        "Phase 4 · Whakaū | Embed and hand over: Q4 2031/32 (April–June 2032)",
    ]
    y = 132.0
    for s in legend:
        d.text(LEFT, y, s, 10, BODY, INK, RIGHT - LEFT)
        y -= 15
    d.text(
        LEFT,
        58,
        "Financial years run July to June · Q1 = July–September, Q2 = October–December, "
        "Q3 = January–March, Q4 = April–June · month 0 = July 2029",
        9,
        BODY,
        GREY,
        RIGHT - LEFT,
    )
    d.finish()


def pilot(d: Slides) -> None:
    d.start(
        "Te Whakamātautau",
        "Pilot",
        "The pilot: the Mokoiti catchment",
        "18,400 ha, 212 rural properties and the largest bush remnants in the Karewa District",
    )
    cw = 270.0
    d.text(LEFT, 400, "Why Mokoiti", 15, BOLD, GREEN)
    y = 376.0
    for s in [
        "Landowners asked for it: 140 signed the 2028 Mokoiti petition.",
        "A hapū already traps around Te Rau marae.",
        "The bush remnants hold kererū and tūī close to farmland.",
        "One catchment boundary makes reinvasion easy to measure.",
    ]:
        y = d.para(LEFT, y, s, cw, 13, bullet="•")
    x = LEFT + cw + 24
    d.text(x, 400, "Steps", 15, BOLD, GREEN)
    y = 376.0
    for bold, rest in [
        ("July–December 2029:", "agree the trap grid with landowners and the hapū"),
        ("March 2030:", "the ground knockdown starts"),
        ("Winter 2030:", "aerial 1080 over the headwaters, after the Forum's advice"),
        ("From July 2030:", "landowners and volunteers service 1,800 traps"),
        ("June 2031:", "Gate 2 decides on region-wide roll-out"),
    ]:
        y = d.para(x, y, lead(bold, rest), 300, 13, bullet="•")
    bx = x + 324
    d.rrect(bx, 250, RIGHT - bx, 162, OCHRE_LIGHT)
    d.text(bx + 14, 386, "Gate 2 pass marks (June 2031)", 13, BOLD, OCHRE)
    yy = 362.0
    for s in [
        "possum residual trap catch at or below 5%",
        "80% of Mokoiti landowners servicing traps",
        "no lost-time injury to staff or volunteers",
    ]:
        yy = d.para(bx + 14, yy, s, RIGHT - bx - 28, 12, bullet="•", bottom=256)
    d.text(
        LEFT, 110, "Pilot lead: appointed from the pest animal team by August 2029", 12, BODY, GREY
    )
    d.finish()


def risks(d: Slides) -> None:
    d.start(
        "Ngā Tūraru",
        "Risks",
        "What could stop us, and what we will do",
        "The six risks the programme board will watch first",
    )
    cols = [LEFT, 330.0, 430.0]
    heads = ["Risk", "Likelihood", "Mitigation"]
    d.rect(LEFT, 388, RIGHT - LEFT, 24, GREEN)
    for x, h in zip(cols, heads, strict=True):
        d.text(x + 8, 396, h, 12, BOLD, WHITE)
    rows = [
        (
            "Landowners refuse access in Mokoiti",
            "Medium",
            "Agree access with each landowner before the grid goes in; notices of direction "
            "only as a last resort",
        ),
        (
            "Notice follow-up rests on one officer",
            "High",
            "Train a second officer to run notice follow-ups by December 2029",
        ),
        (
            "Caulerpa arrives before we are ready",
            "Medium",
            "Exercise the marine incursion response plan with MPI by June 2030",
        ),
        (
            "Volunteers drift away after the first year",
            "Medium",
            "Hold quarterly trap catch-ups and name a volunteer lead for each valley",
        ),
        (
            "Year 2 and 3 budgets are cut",
            "Medium",
            "Bring each year's budget to the June Council meeting with the gate report",
        ),
        (
            "Opposition to the aerial operation",
            "Medium",
            "Seek the Mana Whenua Partnership Forum's advice before the operation is planned, "
            "and hold two public meetings in Mokoiti",
        ),
    ]
    y = 366.0
    for risk, likely, mitigation in rows:
        y1 = d.para(cols[0] + 8, y, risk, cols[1] - cols[0] - 16, 12, 15, bottom=44)
        d.text(cols[1] + 8, y, likely, 12, BOLD if likely == "High" else BODY, INK)
        y2 = d.para(cols[2] + 8, y, mitigation, RIGHT - cols[2] - 16, 12, 15, bottom=44)
        y = min(y1, y2) - 6
        d.line(LEFT, y + 12, RIGHT, y + 12, RULE, 0.5)
    d.finish()


def first_100_days(d: Slides) -> None:
    d.start(
        "Ngā Rā Tuatahi",
        "First 100 days",
        "The first 100 days: 1 July to 8 October 2029",
        "What the programme board will have done by its October meeting",
    )
    items = [
        "Set up the programme board and its risk log",
        "Appoint the Mokoiti pilot lead from the pest animal team",
        "Write to all 212 Mokoiti landowners about the trap grid",
        "Sign a data-sharing agreement with the Rangiwhero Predator Free Trust for TrapTally",
        "Ask the Mana Whenua Partnership Forum for its advice on the headwaters operation",
        "Order 1,800 self-resetting traps",
        "Start the drone survey of the Karewa high country",
        "Draft the clean-hull mooring licence condition with Marine Services",
        "Book the marine incursion exercise with MPI",
        "Train a second officer on notice follow-ups",
    ]
    cw = (RIGHT - LEFT - 40) / 2
    for col in range(2):
        x = LEFT + col * (cw + 40)
        y = 398.0
        for n in range(5):
            k = col * 5 + n
            d.text(x, y, f"{k + 1}.", 14, BOLD, GREEN)
            y = d.para(x + 26, y, items[k], cw - 26, 14, 18) - 14
    d.finish()


def governance(d: Slides) -> None:
    d.start(
        "Te Mana Whakahaere",
        "Governance",
        "Who decides, and how Council stays informed",
    )
    y = 410.0
    for bold, rest in [
        (
            "Sponsor:",
            "Mere Tautahi, Group Manager Catchments and Biosecurity, chairs the programme board",
        ),
        (
            "Programme board:",
            "meets monthly; the Biosecurity Manager, the Biosecurity Programme Manager, the "
            "Finance Business Partner and the team leaders",
        ),
        ("Gates:", "the Group Manager recommends; Council decides at its June meeting each year"),
        (
            "Reporting:",
            "a quarterly report to the Environment Committee and a yearly report card to Council",
        ),
        (
            "Consulted:",
            "the Mana Whenua Partnership Forum and the Ratepayers' Reference Group advise; staff "
            "deliver the work",
        ),
        (
            "Law:",
            "Biosecurity Act 1993, National Policy Direction for Pest Management 2015, RPMP "
            "2022–2032",
        ),
    ]:
        y = d.para(LEFT, y, lead(bold, rest), RIGHT - LEFT, 14, 18, bullet="•") - 4
    d.rrect(LEFT, 70, RIGHT - LEFT, 56, OCHRE_LIGHT)
    d.runs(
        LEFT + 16,
        92,
        lead(
            "A limit we work within:",
            "the targeted biosecurity rate may rise by no more than 3% a year under the "
            "financial strategy",
        ),
        13,
        INK,
        RIGHT - LEFT - 32,
    )
    d.finish()


def funding(d: Slides) -> None:
    d.start(
        "Te Pūtea",
        "Funding",
        "$9.6 million over three years",
        "Operating budget for the programme, on top of the RPMP's base budget",
    )
    bars = [("Year 1 · 2029/30", 3.4), ("Year 2 · 2030/31", 3.2), ("Year 3 · 2031/32", 3.0)]
    base, scale = 110.0, 70.0
    for i, (label, value) in enumerate(bars):
        x = LEFT + 20 + i * 130
        d.rect(x, base, 80, value * scale, GREEN)
        d.centred(x + 40, base + value * scale + 8, f"${value:.1f}m", 13, BOLD, GREEN)
        d.centred(x + 40, base - 18, label, 10, BODY, INK)
    d.line(LEFT, base, LEFT + 400, base, INK, 0.8)
    x = LEFT + 440
    y = 396.0
    for s in [
        "$3.4m for Year 1 is in the Long-Term Plan 2029–2039 before Council today",
        "$2.1m of the total is sought from Predator Free 2050 Ltd for Mokoiti and Motuiti",
        "Targeted biosecurity rate: about $38 a year for a median rural property in 2029/30",
        "Years 2 and 3 come back to Council with each June gate report",
    ]:
        y = d.para(x, y, s, RIGHT - x, 14, 18, bullet="•") - 8
    d.finish()


def asks(d: Slides) -> None:
    d.start("Ngā Tono", "Asks of Council", "We ask Council to:")
    y = 400.0
    for n, s in enumerate(
        [
            "Approve Holding the Line 2029–2032 as the biosecurity programme for Long-Term Plan "
            "Years 1–3",
            "Release the Year 1 budget of $3.4m",
            "Agree the Mokoiti catchment as the pilot, with the Gate 2 pass marks on page 13",
            "Delegate programme decisions between gates to the Group Manager Catchments and "
            "Biosecurity",
            "Note that the Year 2 and Year 3 budgets return to the June 2030 and June 2031 "
            "meetings",
        ],
        start=1,
    ):
        d.text(LEFT, y, f"{n}.", 16, BOLD, GREEN)
        y = d.para(LEFT + 30, y, s, RIGHT - LEFT - 30, 16, 20) - 12
    d.text(LEFT, 80, "Contact: Priya Nair, Biosecurity Programme Manager", 12, BODY, GREY)
    d.finish()


def appendix(d: Slides) -> None:
    d.start(
        "Āpitihanga",
        "Appendix",
        "Benchmarks from other councils",
        "For context only: these are other councils' results, not our targets",
    )
    cols = [LEFT, 330.0, 700.0]
    d.rect(LEFT, 388, RIGHT - LEFT, 24, GREEN)
    for x, h in zip(cols, ["Council", "Measure", "Result"], strict=True):
        d.text(x + 8, 396, h, 12, BOLD, WHITE)
    rows = [
        ("Tahora Regional Council", "Possum residual trap catch over 41,000 ha", "3.8% (2027/28)"),
        ("Tahora Regional Council", "Notices of direction met by the due date", "79% (2027/28)"),
        ("Waimarie Regional Council", "Properties inspected in a year", "3,100 (2027/28)"),
        ("Waimarie Regional Council", "Moored vessels clean at dive survey", "84% (2028)"),
        ("National median, regional councils", "Community traps per 1,000 residents", "24 (2028)"),
        ("Rangiwhero today", "Community traps per 1,000 residents", "13 (2028/29)"),
    ]
    y = 366.0
    for row in rows:
        for i, (x, cell) in enumerate(zip(cols, row, strict=True)):
            limit = (cols[i + 1] if i + 1 < len(cols) else RIGHT) - x - 12
            d.text(x + 8, y, cell, 12, BODY, INK, limit)
        d.line(LEFT, y - 9, RIGHT, y - 9, RULE, 0.5)
        y -= 28
    d.text(
        LEFT,
        160,
        "Sources: councils' annual reports and operational plan reports, 2027/28 and 2028.",
        10,
        BODY,
        GREY,
    )
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    d = Slides(path)
    for page in [
        cover,
        contents,
        why_now,
        where_we_stand,
        ambition,
        pillars,
        pou1,
        pou2,
        pou3,
        pou4,
        measures,
        roadmap,
        pilot,
        risks,
        first_100_days,
        governance,
        funding,
        asks,
        appendix,
    ]:
        page(d)
    assert d.page == PAGES, d.page
    d.save()


# =========================================================================== the roster (XLSX)

CONSULT_TEAM = "Advisory bodies (consult only)"
ROSTER_HEAD = ["Role", "Team", "Reports to", "Key accountabilities"]
ROSTER: list[tuple[str, str, str, str]] = [
    (
        "Group Manager Catchments and Biosecurity",
        "Catchments and Biosecurity Group",
        "Chief Executive",
        "Member of the Executive Leadership Team responsible for land management, catchment "
        "restoration and biosecurity. Sponsor of the Holding the Line programme and chair of its "
        "programme board. Accountable for the gate recommendations made to Council each June and "
        "for releasing programme funds within the budget Council approves. Signs biosecurity "
        "warrants and delegations on the Chief Executive's behalf.",
    ),
    (
        "Biosecurity Manager",
        "Biosecurity",
        "Group Manager Catchments and Biosecurity",
        "Leads the biosecurity team of 31 staff and holds its operating budget. Writes the yearly "
        "operational plan for the Regional Pest Management Plan and reports on it to the "
        "Environment Committee each November. Line manager of the team leaders, the Marine "
        "Biosecurity Lead, the Biosecurity Compliance Lead, the Biosecurity Science Advisor, the "
        "Community Biosecurity Coordinator, the Kaitiaki Partnerships Advisor and the Biosecurity "
        "Programme Manager. Makes the case for external funding bids with the Finance Business "
        "Partner.",
    ),
    (
        "Biosecurity Programme Manager",
        "Biosecurity – Programme Office",
        "Biosecurity Manager",
        "Runs the Holding the Line programme office, as set out in the programme board's terms "
        "of reference.",
    ),
    (
        "Pest Animal Team Leader",
        "Biosecurity – Pest Animals",
        "Biosecurity Manager",
        "Leads six pest animal officers and the pest control contractors. Plans and delivers "
        "possum, rat, stoat, feral goat and rabbit control, ground and aerial, and obtains the "
        "permissions each operation needs from the Medical Officer of Health and landowners. "
        "Owns the results of pest animal control in the field, including the Mokoiti trap grid "
        "and the knockdown.",
    ),
    (
        "Pest Plant Team Leader",
        "Biosecurity – Pest Plants",
        "Biosecurity Manager",
        "Leads five pest plant officers. Plans and delivers control of the plan's eradication and "
        "progressive containment plants, among them alligator weed, Chilean needle grass and "
        "wilding conifers, with landowners and the national wilding conifer programme. Runs the "
        "summer control round and the drone and aerial surveys of pest plant infestations.",
    ),
    (
        "Marine Biosecurity Lead",
        "Biosecurity – Marine",
        "Biosecurity Manager",
        "Biosecurity lead for the coastal marine area; remit in the biosecurity role profiles "
        "(May 2029).",
    ),
    (
        "Marine Services Manager",
        "Harbours and Marine Services",
        "Group Manager Regulatory Services",
        "Harbourmaster for Pakaroa Harbour and the coast; remit in the biosecurity role profiles "
        "(May 2029).",
    ),
    (
        "Biosecurity Compliance Lead",
        "Biosecurity – Compliance",
        "Biosecurity Manager",
        "Leads three compliance officers. Plans and carries out property inspections under the "
        "Regional Pest Management Plan rules, issues notices of direction and follows them up to "
        "their due dates, and answers landowner complaints about neighbours' pests. Owns the "
        "inspection and notice measures. Refers cases that need prosecution to the Compliance and "
        "Enforcement Manager.",
    ),
    (
        "Compliance and Enforcement Manager",
        "Regulatory Services",
        "Group Manager Regulatory Services",
        "Leads enforcement for the whole council once a case has been referred: investigations, "
        "infringement notices, enforcement orders and prosecutions under the Resource Management "
        "Act 1991 and the Biosecurity Act 1993, working with the council's solicitors. "
        "Inspections and notices of direction under the pest management plan stay with the "
        "Biosecurity Compliance Lead.",
    ),
    (
        "Community Biosecurity Coordinator",
        "Biosecurity – Community",
        "Biosecurity Manager",
        "Supports community trapping groups, schools and landowners who trap. Runs the community "
        "trap library, the volunteer field safety induction and TrapTally onboarding, and is the "
        "council's day-to-day contact for the Rangiwhero Predator Free Trust. Owns the count of "
        "community traps reporting in TrapTally.",
    ),
    (
        "Community Engagement Advisor",
        "Communications and Engagement",
        "Communications Manager",
        "Plans the council's campaigns, website content and social media, and runs the ratepayer "
        "survey every two years with the research contractor. Writes the spring biosecurity "
        "campaign with the biosecurity team and reports the survey results to the Environment "
        "Committee.",
    ),
    (
        "Kaitiaki Partnerships Advisor",
        "Biosecurity – Community",
        "Biosecurity Manager",
        "Works alongside hapū on pest control; remit in the biosecurity role profiles (May 2029).",
    ),
    (
        "Māori Partnerships Manager",
        "Te Pae Hononga – Māori Partnerships",
        "Chief Executive",
        "Leads the council's Tiriti relationships with the four iwi of the region and holds the "
        "relationship agreement, Te Kawenata (2026). Runs the secretariat of the Mana Whenua "
        "Partnership Forum, arranges hui, and advises councillors and staff on engaging with mana "
        "whenua. Programme delivery with hapū sits in the biosecurity team.",
    ),
    (
        "Biosecurity Science Advisor",
        "Biosecurity – Science",
        "Biosecurity Manager",
        "Designs pest monitoring and surveillance: residual trap catch and chew-card lines, "
        "marine dive survey design and the early detection plan for new pests. Audits monitoring "
        "carried out by contractors and signs off results before they are reported.",
    ),
    (
        "Environmental Science Manager",
        "Science and Monitoring",
        "Group Manager Catchments and Biosecurity",
        "Leads state of the environment monitoring for water, land and biodiversity, and "
        "publishes the state of the environment report every five years.",
    ),
    (
        "Biosecurity Information Lead",
        "Biosecurity – Programme Office",
        "Biosecurity Programme Manager",
        "Biosecurity systems and records; remit in the biosecurity role profiles (May 2029).",
    ),
    (
        "Information Services Manager",
        "Information Services",
        "Group Manager Corporate Services",
        "Runs the council's information technology: networks, laptops and mobile devices, the "
        "Pātaka data warehouse and its Power BI reports, integrations between systems, and IT "
        "security. Hosts PestTrack and approves any new system or data feed.",
    ),
    (
        "Biosecurity Policy Advisor",
        "Strategy and Policy",
        "Strategy and Policy Manager",
        "Leads the review of the Regional Pest Management Plan 2022–2032 and drafts its rules, "
        "including good neighbour rules, through the process the Biosecurity Act 1993 sets. "
        "Writes the cost-benefit analyses the plan needs and advises on the National Policy "
        "Direction for Pest Management 2015.",
    ),
    (
        "Finance Business Partner",
        "Finance",
        "Chief Financial Officer",
        "Finance partner to the Catchments and Biosecurity Group. Prepares the biosecurity "
        "budgets for the Long-Term Plan and each Annual Plan, models the targeted biosecurity "
        "rate, reports programme spend against budget each month and manages external funding "
        "agreements, including those with Predator Free 2050 Ltd.",
    ),
    (
        "Capability and Training Advisor",
        "People and Capability",
        "People and Capability Manager",
        "Owns the training plan for field staff: Controlled Substance Licences, firearms "
        "licences, first aid, quad bike and boat handling, and dive certificates. Keeps every "
        "officer's training record in Ako, the council's learning system, and books the courses.",
    ),
    (
        "Mana Whenua Partnership Forum",
        CONSULT_TEAM,
        "Council",
        "Representatives of the four iwi of the region and four councillors, with two co-chairs. "
        "Advises Council on matters that affect mana whenua, including pest control on or near "
        "sites of significance and the use of toxins. Its terms of reference say when it is "
        "consulted. It advises; council staff carry out the work.",
    ),
    (
        "Ratepayers' Reference Group",
        CONSULT_TEAM,
        "Environment Committee",
        "Twelve ratepayers, rural and urban, who review rates-funded programmes. Consulted on the "
        "targeted biosecurity rate, the compliance approach and levels of service before they go "
        "to committee. Advisory only.",
    ),
]


def roster_xlsx() -> bytes:
    """The team's roster as its keeper saves it in Excel: a title block, the header in row 4,
    one row a role, wrapped prose, frozen panes, a filter, and a hidden "Lists" sheet whose
    team names feed the Team column's drop-down."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Team"
    ws["A1"] = (
        "Rangiwhero Regional Council – Biosecurity team and partners: roles and accountabilities"
    )
    ws["A1"].font = Font(name="Aptos", size=14, bold=True)
    ws["A2"] = (
        "Kept by the Biosecurity Programme Manager. Last reviewed 28 May 2029. Names are in the "
        "staff directory."
    )
    ws["A2"].font = Font(name="Aptos", size=10, italic=True)
    head_fill = PatternFill("solid", fgColor="0D5A45")
    for col, name in enumerate(ROSTER_HEAD, start=1):
        cell = ws.cell(row=4, column=col, value=name)
        cell.font = Font(name="Aptos", size=11, bold=True, color="FFFFFF")
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center")
    for r, row in enumerate(ROSTER, start=5):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.font = Font(name="Aptos", size=10)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", [38, 32, 36, 110], strict=True):
        ws.column_dimensions[letter].width = width
    last = 4 + len(ROSTER)
    ws.freeze_panes = "B5"
    ws.auto_filter.ref = f"A4:D{last}"
    lists = wb.create_sheet("Lists")
    teams = sorted({row[1] for row in ROSTER})
    lists["A1"] = "Teams"
    for i, team in enumerate(teams, start=2):
        lists.cell(row=i, column=1, value=team)
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1=f"=Lists!$A$2:$A${len(teams) + 1}")
    dv.add(f"B5:B{last}")
    ws.add_data_validation(dv)
    return ooxml_bytes(
        wb,
        STAMP,
        creator="Priya Nair",
        lastModifiedBy="Priya Nair",
        title="Biosecurity team roles and accountabilities",
    )


# =========================================================================== DOCX org files

PROFILES: list[tuple[str, str, list[str], str]] = [
    (
        "Marine Biosecurity Lead",
        "Keeps marine pests out of Pakaroa Harbour and the coastal marine area.",
        [
            "Plans and runs the yearly hull survey of moored vessels with contract divers, and "
            "keeps the hull survey results.",
            "Owns the clean-hull measure for Pakaroa Harbour.",
            "Runs dive surveys for exotic caulerpa and Mediterranean fanworm at the high-risk "
            "anchorages.",
            "Leads the council's part in a marine incursion response with Biosecurity New "
            "Zealand (MPI), including the response plan and its exercises.",
            "Works with marina operators on wash-down facilities and the marine pathway rules of "
            "the pest management plan.",
        ],
        "The Marine Services Manager, who issues mooring licences; the Biosecurity Science "
        "Advisor, on survey design.",
    ),
    (
        "Marine Services Manager",
        "The council's Harbourmaster: safe navigation in Pakaroa Harbour and coastal waters.",
        [
            "Administers the navigation safety bylaw and the mooring areas.",
            "Issues and renews mooring licences and sets the conditions attached to them.",
            "Runs the harbour patrol and the regional marine oil spill response.",
            "Hull surveys and marine pest responses sit with the Marine Biosecurity Lead.",
        ],
        "The Marine Biosecurity Lead; marina operators.",
    ),
    (
        "Kaitiaki Partnerships Advisor",
        "Supports hapū to lead pest control on their whenua and in their rohe.",
        [
            "Negotiates and manages hapū-led pest control agreements, and owns the measure of "
            "those agreements.",
            "Manages the kaitiaki ranger contracts paid from the biosecurity budget.",
            "Arranges cultural monitoring alongside the science monitoring in pilot areas.",
            "Brings hapū views into operational planning, including the Mokoiti pilot.",
        ],
        "The Māori Partnerships Manager, who holds the council's relationships with iwi and "
        "with the Mana Whenua Partnership Forum.",
    ),
    (
        "Biosecurity Information Lead",
        "Owns biosecurity data and the systems that hold it.",
        [
            "System owner of PestTrack: its forms, configuration, user access and data quality.",
            "Keeps the inspection, notice and pest site records.",
            "Leads the move of records out of Biosec Access.",
            "Holds the TrapTally data-sharing agreement with the Rangiwhero Predator Free Trust "
            "and brings community trap data into council systems.",
            "Sends the monthly biosecurity figures to Pātaka for committee reports.",
        ],
        "The Information Services Manager, who hosts PestTrack and builds integrations.",
    ),
]


def _docx_base() -> DocxDocument:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Aptos"
    style.font.size = Pt(11)
    return doc


def role_profiles_docx() -> bytes:
    doc = _docx_base()
    doc.add_heading("Biosecurity role profiles", level=1)
    doc.add_paragraph(
        "May 2029. These profiles hold the full remit of the posts whose entry in the team "
        "roster points here."
    )
    for role, purpose, duties, partners in PROFILES:
        doc.add_heading(role, level=2)
        p = doc.add_paragraph()
        p.add_run("Purpose: ").bold = True
        p.add_run(purpose)
        doc.add_paragraph().add_run("Key accountabilities").bold = True
        for duty in duties:
            doc.add_paragraph(duty, style="List Bullet")
        p = doc.add_paragraph()
        p.add_run("Works with: ").bold = True
        p.add_run(partners)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Priya Nair",
        last_modified_by="Priya Nair",
        title="Biosecurity role profiles",
        revision=4,
    )


def forum_terms_docx() -> bytes:
    doc = _docx_base()
    doc.add_heading("Mana Whenua Partnership Forum – Terms of Reference", level=1)
    doc.add_paragraph("Te Rōpū Hononga Mana Whenua · adopted by Council on 12 March 2027")
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph(
        "The Forum gives effect to Te Kawenata, the relationship agreement signed in 2026 "
        "between the council and the four iwi of the region, on matters of environmental "
        "management."
    )
    doc.add_heading("Membership", level=2)
    doc.add_paragraph(
        "One representative of each of the four iwi and four councillors appointed by Council. "
        "The Forum elects an iwi co-chair and a council co-chair."
    )
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Seat"
    table.rows[0].cells[1].text = "Appointed by"
    for seat, by in [
        ("Iwi representatives (4)", "Each iwi, through its post-settlement governance entity"),
        ("Councillors (4)", "Council, at the start of each triennium"),
        ("Co-chairs (2)", "The Forum, one from each side"),
    ]:
        cells = table.add_row().cells
        cells[0].text = seat
        cells[1].text = by
    doc.add_heading("Role", level=2)
    doc.add_paragraph(
        "The Forum is advisory: it gives advice to Council and its committees, and staff "
        "consult it on the matters below. Delivery stays with council staff."
    )
    doc.add_heading("When the Forum is consulted", level=2)
    doc.add_paragraph(
        "The Forum must be consulted before any aerial toxin operation in the region and before "
        "the review of the Regional Pest Management Plan is notified.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Staff also seek its advice on pest control on or next to the sites of significance "
        "listed in the Regional Policy Statement.",
        style="List Bullet",
    )
    doc.add_heading("Meetings", level=2)
    doc.add_paragraph(
        "Every two months, at a marae or in the council chambers in turn. The Māori "
        "Partnerships Manager provides the secretariat."
    )
    doc.add_heading("Relationship agreement", level=2)
    doc.add_paragraph(
        "Te Kawenata (2026) sets out how the council and the four iwi work together, and is "
        "reviewed every three years."
    )
    return ooxml_bytes(
        doc,
        STAMP,
        author="Māori Partnerships",
        last_modified_by="Māori Partnerships",
        title="Mana Whenua Partnership Forum Terms of Reference",
        revision=2,
    )


# =========================================================================== text org files

TERMS = """
# Holding the Line programme board: terms of reference

Approved by the Executive Leadership Team on 4 June 2029. Next review: June 2030.

## Purpose

The board directs the Holding the Line biosecurity programme (2029/30 to 2031/32) between
Council's June gate meetings.

## Sponsor and chair

The Group Manager Catchments and Biosecurity is the programme's sponsor and chairs the board.
The sponsor is accountable for each gate recommendation to Council and for releasing programme
funds within the budget Council approves.

## Members

- Group Manager Catchments and Biosecurity (chair)
- Biosecurity Manager (deputy chair)
- Biosecurity Programme Manager (secretary)
- Finance Business Partner
- Pest Animal Team Leader, Pest Plant Team Leader, Marine Biosecurity Lead and Biosecurity
  Compliance Lead
- Information Services Manager, for items on systems and data

The Māori Partnerships Manager attends every meeting.

## Decisions

- The board agrees changes of scope, timing and spend within the approved budget.
- Moving more than $150,000 between pillars goes to Council.
- Gate recommendations are prepared by the Biosecurity Programme Manager, agreed by the board
  at its May meeting and taken to Council by the sponsor in June.

## The Biosecurity Programme Manager

The Biosecurity Programme Manager runs the programme office. The post:

- keeps the programme schedule, the risk log and the issues log;
- writes the monthly highlight report and the gate reports;
- writes the Mokoiti pilot plan with the Pest Animal Team Leader and tracks the pilot against
  its pass marks;
- tracks the ten programme measures with their owners, as the metric dictionary names them;
- is secretary to the board.

## Consultation

The Mana Whenua Partnership Forum and the Ratepayers' Reference Group are consulted as their
own terms set out. Board papers record their advice and how the board responded.

## Meetings

Monthly, on the second Tuesday. Papers go out three working days before each meeting. A gate
review meeting is held in May each year.
"""

MINUTES = """
# Environment Committee: minutes

Tuesday 15 May 2029, 9.30am, Council Chambers, Port Rangiwhero

Present: Cr Aroha Henare (Chair), Cr Liam Morgan, Cr Paula Donnelly, Cr Sam Whitu, Cr Jo Kirk.

In attendance: Group Manager Catchments and Biosecurity, Biosecurity Manager, Biosecurity
Programme Manager, Marine Biosecurity Lead, Community Engagement Advisor.

## 1. Apologies

Cr Tama Rei.

## 2. Biosecurity quarterly report, January to March 2029

The Biosecurity Manager presented the report. The committee noted the third-quarter figures
and the results of the 2028 ratepayer survey.

Resolved: that the report be received. Henare/Morgan, carried.

## 3. Holding the Line: draft biosecurity plan 2029–2032

The Group Manager presented the draft. Members asked about the Mokoiti pilot, the aerial
operation and the cost to ratepayers. The Group Manager said the Mana Whenua Partnership Forum
and the Ratepayers' Reference Group would be consulted before the plan went to Council.

Resolved: that the committee recommends the plan to Council for its meeting of 26 June 2029.
Kirk/Whitu, carried.

## 4. Marine biosecurity staffing

The Marine Biosecurity Lead reported on the summer hull survey. Recruitment to the second
Marine Biosecurity Officer post is frozen until the 2030/31 Annual Plan is adopted. Members
asked that the hull survey programme be reported quarterly.

Resolved: that the update be received. Donnelly/Kirk, carried.

## 5. Ratepayers' Reference Group

The committee confirmed the group's terms: twelve members, consulted on the targeted
biosecurity rate, the compliance approach and levels of service, meeting quarterly.

Resolved: that the terms be confirmed. Morgan/Henare, carried.

The meeting closed at 11.52am.
"""

SYSTEMS = """
# Biosecurity systems and data register

Kept by the Biosecurity Information Lead. Reviewed May 2029. Status is one of Live, Third
party or Retiring.

| System | What it holds | System owner | Status | Notes |
|---|---|---|---|---|
| PestTrack 4.2 | Pest sites, property inspections, notices of direction, control work, monitoring results | Biosecurity Information Lead (hosted by Information Services) | Live | Desktop application on the office network. Officers still write inspection results on paper forms in the field and key them into PestTrack by hand back at the office. |
| TrapTally | Community trap locations, checks and catches | Community Biosecurity Coordinator (app run by the Rangiwhero Predator Free Trust) | Third party | TrapTally cannot exchange data with PestTrack; each month the Community Biosecurity Coordinator downloads a CSV file and matches trap lines to properties. |
| Hull survey register | Results of the yearly dive survey of moored vessels in Pakaroa Harbour | Marine Biosecurity Lead | Live | Hull survey results are on a spreadsheet kept by the Marine Biosecurity Lead. |
| Biosec Access | Landowner agreements and pest-free certificates, 2009 to 2021 | Biosecurity Information Lead | Retiring | Biosec Access is due to be switched off on 30 June 2030, when Microsoft Access is removed from council laptops. |
| RegionMap | The council's GIS and web maps: pest sites, trap lines, catchment boundaries, marine survey areas | Information Services Manager | Live | Layers refresh from PestTrack each night. |
| Pātaka | The council's data warehouse: nightly loads from PestTrack, rating and consents, with Power BI reports for committees | Information Services Manager | Live | The biosecurity report pack for the Environment Committee is built here. |
| RateFlow | Rating database: property owners and postal addresses | Finance | Live | Used for letters to landowners. |
| Tono | Customer requests, including pest complaints from the public | Customer Services | Live | Requests pass to PestTrack as jobs. |
| Ako | Training records and course bookings | Capability and Training Advisor | Live | Holds Controlled Substance Licence and firearms licence expiry dates. |
| EcoBase | Science monitoring: five-minute bird counts and vegetation plots | Environmental Science Manager | Live | Bird counts for the Mokoiti stations are held here. |
"""

METRICS = """
# Holding the Line: metric dictionary

Kept by the Biosecurity Programme Manager. Version 1.0, June 2029.

Each measure has one owner, who answers for the result and reports it. Baselines are for
2028/29 (July 2028 to June 2029).

## M1 Possum residual trap catch, Mokoiti catchment

- Definition: possums caught per 100 trap-nights on 40 monitoring lines, to the National Pest
  Control Agencies' protocol.
- Owner: Pest Animal Team Leader. The Biosecurity Science Advisor designs the lines and signs
  off each result.
- Baseline: 11.4% (autumn 2029).
- Source and frequency: monitoring sheets entered in PestTrack; autumn and spring.

## M2 Native birds per five-minute count, Mokoiti stations

- Definition: mean number of native birds per five-minute count at 40 stations, November
  counts.
- Owner: Environmental Science Manager.
- Baseline: 6.1 (November 2028).
- Source and frequency: EcoBase; yearly.

## M3 Properties inspected under RPMP rules

- Definition: properties with a completed inspection record in the financial year.
- Owner: Biosecurity Compliance Lead.
- Baseline: 1,380.
- Source and frequency: PestTrack; quarterly.

## M4 Notices of direction complied with by the due date

- Definition: notices whose required work was done by the due date, as a share of notices
  falling due in the year.
- Owner: Biosecurity Compliance Lead. Prosecutions that follow are reported by the Compliance
  and Enforcement Manager.
- Baseline: 58% of 126 notices.
- Source and frequency: PestTrack; quarterly.

## M5 Moored vessels clean-hulled at survey, Pakaroa Harbour

- Definition: share of moored vessels surveyed with a slime layer and goose barnacles at most.
- Owner: Marine Biosecurity Lead.
- Baseline: 71% of 912 vessels surveyed.
- Source and frequency: hull survey register; yearly, after the summer survey.

## M6 Community traps reporting monthly in TrapTally

- Definition: traps with a check recorded in the month.
- Owner: Community Biosecurity Coordinator.
- Baseline: 2,150 (May 2029).
- Source and frequency: TrapTally monthly file; monthly.

## M7 Wilding conifer area under control

- Definition: hectares inside control polygons treated in the last three years.
- Owner: Pest Plant Team Leader.
- Baseline: 8,200 ha.
- Source and frequency: RegionMap control polygons; yearly.

## M8 Known alligator weed sites controlled each summer

- Definition: known sites treated between November and April, as a share of known sites.
- Owner: Pest Plant Team Leader.
- Baseline: 64% of 78 known sites.
- Source and frequency: PestTrack; yearly, in May.

## M9 Pest control agreements led by hapū

- Definition: signed agreements under which a hapū leads pest control on its whenua with
  council funding.
- Owner: Kaitiaki Partnerships Advisor.
- Baseline: 1 (Te Rau marae, 2027).
- Source and frequency: agreements register; quarterly.

## M10 Ratepayers who know their pest obligations

- Definition: share of survey respondents who can name a pest rule that applies to their
  property.
- Owner: Community Engagement Advisor.
- Baseline: 34% (2028 survey, 1,204 responses).
- Target: to be set by the Environment Committee after the 2030 survey.
- Source and frequency: ratepayer survey; every two years.
"""

AUDIT = """
# Internal audit: biosecurity compliance and marine pathways

Report to the Audit and Risk Committee, 20 November 2028. Prepared by the council's internal
auditors, Kahu Assurance. Management responses agreed with the Biosecurity Manager.

## Findings

| No. | Finding | Rating | Management response | Owner | Due |
|---|---|---|---|---|---|
| 1 | Inspection planning follows the RPMP's risk ranking and is well documented. | Satisfactory | Keep as is. | Biosecurity Compliance Lead | – |
| 2 | Follow-up of notices of direction depends on one person: the due dates are kept in the Biosecurity Compliance Lead's own calendar. | High | A second officer will be trained, and due dates moved into PestTrack. | Biosecurity Compliance Lead | December 2029 |
| 3 | Only two of the five marinas in Pakaroa Harbour, Town Basin and Rewa Point, have a wash-down pad for boats hauled out. | Medium | Pads at Matai Bay, Kotare Quay and Pipi Creek to be costed for the Long-Term Plan. | Marine Biosecurity Lead | June 2029 |
| 4 | Training records for Controlled Substance Licences and firearms licences are complete and current in Ako. | Satisfactory | Keep as is. | Capability and Training Advisor | – |
| 5 | The sponsor's monthly report to the Executive Leadership Team covers every biosecurity budget line. | Satisfactory | Keep as is. | Group Manager Catchments and Biosecurity | – |

## Scope

The audit covered property inspections, notices of direction, the hull survey and the marine
pathway rules between July 2027 and September 2028.
"""

RISKS: list[list[str]] = [
    ["Risk ID", "Risk", "Current position", "Rating", "Risk owner", "Treatment"],
    [
        "BIO-03",
        "Marine pest incursion in Pakaroa Harbour",
        "The marine pest incursion response plan has not been tested since the 2025 desktop "
        "exercise.",
        "High",
        "Marine Biosecurity Lead",
        "Exercise the plan with Biosecurity New Zealand in 2029/30.",
    ],
    [
        "BIO-07",
        "Feral goats spread from Tawhero Forest Park onto farmland",
        "The feral goat control agreement with the Department of Conservation for Tawhero "
        "Forest Park lapsed in 2028.",
        "Medium",
        "Pest Animal Team Leader",
        "Renegotiate the agreement, then resume boundary hunting.",
    ],
    [
        "BIO-09",
        "Harm to volunteers handling traps",
        "Every volunteer completes the field safety induction run by the Community Biosecurity "
        "Coordinator before handling traps.",
        "Low",
        "Community Biosecurity Coordinator",
        "Refresh the induction each year.",
    ],
    [
        "BIO-11",
        "Community opposition to a toxin operation",
        "Public meetings and the Forum's advice are part of every operation plan.",
        "Medium",
        "Pest Animal Team Leader",
        "Plan engagement early, with the Kaitiaki Partnerships Advisor.",
    ],
    [
        "BIO-12",
        "Programme funding after Year 1",
        "Each year's budget is set in the Annual Plan or the Long-Term Plan.",
        "Medium",
        "Finance Business Partner",
        "Report the gate results with each year's budget.",
    ],
]


def risks_csv() -> bytes:
    """The register extract as Excel saves "CSV UTF-8": a byte-order mark, CRLF, quoted cells."""
    out = []
    for row in RISKS:
        cells = [f'"{c}"' if ("," in c or '"' in c) else c for c in row]
        out.append(",".join(cells))
    return ("\ufeff" + "\r\n".join(out) + "\r\n").encode("utf-8")


EMAIL = """
From: Hana Kereama <hana.kereama@rangiwhero.govt.nz>
Sent: Thursday, 7 June 2029 4:12 pm
To: Daniel Fraser <daniel.fraser@rangiwhero.govt.nz>
Cc: Hemi Walker <hemi.walker@rangiwhero.govt.nz>; Priya Nair <priya.nair@rangiwhero.govt.nz>
Subject: RE: Motuiti predator control - Predator Free 2050 bid

Kia ora Daniel,

Quick update before the Council paper goes out. The Mokoiti part of the bid ($1.2m) was
confirmed in their letter of 30 May. Predator control in the Motuiti District is awaiting
funding from Predator Free 2050 Ltd; their board decides this round in March 2030, so the
Motuiti line in Year 3 stays a bid for now.

I've set up the programme cost report in Pātaka, so the board will see spend against each
pillar every month from July.

Ngā mihi,
Hana

Hana Kereama | Finance Business Partner | Rangiwhero Regional Council

-----Original Message-----
From: Daniel Fraser <daniel.fraser@rangiwhero.govt.nz>
Sent: Wednesday, 6 June 2029 9:03 am
To: Hana Kereama <hana.kereama@rangiwhero.govt.nz>
Subject: Motuiti predator control - Predator Free 2050 bid

Hana, where are we with Predator Free 2050 for Motuiti? The draft plan shows it in Year 3.

Daniel Fraser | Biosecurity Manager
"""

FAQ = """
# Pest management plan: FAQ for customer services

For the customer services team answering calls about pests. Updated April 2029 by the
Biosecurity Compliance Lead.

**A caller says their neighbour's gorse is spreading onto their farm. What do I do?**

Log a request in Tono. The good neighbour rules in the Regional Pest Management Plan 2022–2032
apply to gorse and broom within 10 metres of a boundary, and a compliance officer will contact
the caller within ten working days.

**Where can I see whether a property has known pest sites?**

RegionMap shows pest sites, trap lines and catchment boundaries for every property in the
region.

**Someone wants to borrow a possum trap.**

Pass them to the Community Biosecurity Coordinator, who runs the community trap library and
will sign them up to TrapTally.

**A boat owner asks whether their hull must be clean to renew a mooring licence.**

The pest management plan requires a clean hull for vessels on moorings in Pakaroa Harbour.
Nobody currently checks the clean-hull condition when a mooring licence is renewed; Marine
Services renews licences on payment.

**Who speaks to the media about a pest operation?**

The Group Manager Catchments and Biosecurity or the Biosecurity Manager, through the
communications team.

**Does the council control pests on conservation land?**

The Department of Conservation manages pests on public conservation land; refer callers to
DOC's local office.
"""


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/biosecurity-team.xlsx": roster_xlsx(),
        "org/people/biosecurity-role-profiles.docx": role_profiles_docx(),
        "org/governance/holding-the-line-programme-board-terms-of-reference.md": TERMS,
        "org/governance/mana-whenua-partnership-forum-terms-of-reference.docx": forum_terms_docx(),
        "org/governance/environment-committee-minutes-2029-05-15.md": MINUTES,
        "org/systems/systems-and-data-register.md": SYSTEMS,
        "org/measures/metric-dictionary.md": METRICS,
        "org/context/internal-audit-biosecurity-compliance-2028.md": AUDIT,
        "org/context/biosecurity-risk-register-extract.csv": risks_csv(),
        "org/context/email-re-motuiti-predator-free-2050-bid.txt": EMAIL,
        "org/context/pest-management-plan-faq-for-customer-services.md": FAQ,
    }


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    case = out / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(case, org_files())


if __name__ == "__main__":
    main()
