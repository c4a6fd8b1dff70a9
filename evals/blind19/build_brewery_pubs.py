"""Build the blind19 case ``brewery-pubs``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, python-docx and python-pptx
(``evals/dev16/_build.py`` imports python-pptx; the checker also needs pypdf). reportlab is not
in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/blind19/build_brewery_pubs.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold (LibreOffice's default sans),
embedded from ``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``).

Writes, under ``evals/blind19/brewery-pubs/`` (or ``<out-folder>/brewery-pubs/``), every file of
the case but ``gold.json``:

- ``OB-28-61 Well Kept 2028-30 - Operating Board 14 September 2028.pdf``: a regional brewer's
  two-year operating plan for its managed pubs, kitchens, cellars and free trade, drawn the way
  LibreOffice Impress 7.5 exports a 16:9 deck to PDF (pages of 28 x 15.75 cm; Creator
  "Impress", Producer "LibreOffice 7.5", one fixed CreationDate and no other date; a PDF 1.6
  header), imitated with reportlab's canvas placing every line of text as its own text object
  at coordinates. The KPI figures and the risks are tables of thin ruled lines; the roadmap is
  a table of thin ruled lines whose rows are workstreams and whose columns are groups of
  trading periods under two-line heads ("P1-P2" over "FY29"), cells shaded and merged across
  the periods a piece of work spans with a short label inside, and a last column "Later" over
  "FY31 on" outside the plan.
- ``org/``: the roster as a LibreOffice Calc spreadsheet written by hand
  (``people/operating-structure.ods``: Role, Department, Reports to, Remit, under a merged
  title row), notes on remits kept beside it (Markdown), the licensing and safeguarding policy
  (Markdown), the programme board's terms of reference (Markdown), the Staff Council
  constitution extract (DOCX), the Licensees' Forum terms (plain text), the systems and data
  inventory (Markdown), the measure definitions (CSV) and the estate and trading notes (plain
  text).

Re-running it rewrites every file byte for byte: a fixed document information dictionary and
reportlab's invariant mode (fixed document ID) for the PDF, fixed ZIP entry times and meta
dates for the ODS, fixed core properties and ZIP times for the DOCX (through
``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a BLIND case (split "blind19").
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "brewery-pubs"
DECK = "OB-28-61 Well Kept 2028-30 - Operating Board 14 September 2028.pdf"
ROSTER = "org/people/operating-structure.ods"
ODS_TYPE = b"application/vnd.oasis.opendocument.spreadsheet"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

CM = 72 / 2.54
W, H = 28 * CM, 15.75 * CM  # Impress's 16:9 page, 793.7 x 446.5 pt
LEFT = 1.3 * CM
RIGHT = W - 1.3 * CM

Color = tuple[float, float, float]
INK: Color = (0.13, 0.12, 0.11)
MALT: Color = (0.42, 0.2, 0.08)  # the brewery's dark brown
MALT_LIGHT: Color = (0.96, 0.91, 0.84)
GOLD: Color = (0.8, 0.55, 0.1)
GOLD_LIGHT: Color = (0.99, 0.94, 0.8)
GREY: Color = (0.42, 0.42, 0.44)
GREY_LIGHT: Color = (0.92, 0.92, 0.92)
RULE: Color = (0.55, 0.55, 0.57)
WHITE: Color = (1.0, 1.0, 1.0)
SHADES: dict[str, Color] = {
    "phase": (0.42, 0.2, 0.08),
    "work": (0.96, 0.91, 0.84),
    "first": (0.99, 0.94, 0.8),
    "freeze": (0.85, 0.85, 0.86),
    "gate": (0.8, 0.55, 0.1),
    "later": (0.95, 0.95, 0.95),
}

CREATED = "D:20280912161840+01'00'"  # the one date Impress writes into the export
STAMP = Stamp((2028, 9, 12, 16, 18, 40), "2028-09-12T15:18:40Z")
FOOTER = "Harrowgill Brewery & Inns · Well Kept 2028-30 · Operating Board, 14 September 2028"
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


class ImpressInfo(PDFInfo):
    """The document information Impress writes: title, author, creator, producer and the
    creation date, nothing else."""

    def format(self, document):  # type: ignore[no-untyped-def]
        info = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Creator": PDFString("Impress"),
            "Producer": PDFString("LibreOffice 7.5"),
            "CreationDate": PDFString(CREATED),
        }
        return PDFDictionary(info).format(document)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap at ``width`` points."""
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


# =========================================================================== drawing helpers


class Deck:
    """A reportlab canvas with the few ways Impress writes a slide into its PDF export."""

    def __init__(self, path: Path) -> None:
        self.c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1, pageCompression=1)
        self.c._doc.info = ImpressInfo()
        self.c.setTitle("Well Kept 2028-30")
        self.c.setAuthor("Harrowgill Brewery & Inns")
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

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 12,
        font: str = SANS,
        color: Color = INK,
        leading: float | None = None,
    ) -> float:
        """A wrapped paragraph, each line its own text object; returns the y under it."""
        step = leading if leading is not None else size * 1.3
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, limit=width)
            y -= step
        return y

    def glyph(self, x: float, y: float, size: float, glyph: str = "●") -> None:
        """A bullet glyph as its own small text object left of its line."""
        self.text(x - size * 1.1, y + size * 0.1, glyph, size * 0.6, SANS, GOLD)

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        width: float,
        size: float = 12,
        gap: float = 5,
        color: Color = INK,
        glyph: str = "●",
    ) -> float:
        for item in items:
            self.glyph(x, y, size, glyph)
            y = self.para(x, y, item, width, size, SANS, color) - gap
        return y

    def lead_item(
        self,
        x: float,
        y: float,
        lead: str,
        rest: str,
        width: float,
        size: float = 12,
        glyph: str = "●",
    ) -> float:
        """A bulleted item with a bold lead-in: the lead-in and the first line's rest are two
        text objects on one baseline; the rest wraps under it at the same indent."""
        self.glyph(x, y, size, glyph)
        lead_w = self.text(x, y, lead, size, BOLD, INK)
        first_w = width - lead_w
        words = rest.split(" ")
        first = ""
        while words and stringWidth(f"{first} {words[0]}".strip(), SANS, size) <= first_w:
            first = f"{first} {words.pop(0)}".strip()
        self.text(x + lead_w, y, first, size, SANS, INK, limit=first_w)
        y -= size * 1.3
        if words:
            y = self.para(x, y, " ".join(words), width, size)
        return y - 4

    def rect(
        self, x: float, y: float, w: float, h: float, fill: Color, stroke: Color | None = None
    ) -> None:
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.5)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: Color = RULE, width: float = 0.5
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, y1, x2, y2)

    def start(self, eyebrow: str, title: str, subtitle: str | None = None) -> None:
        self.page += 1
        self.rect(0, H - 0.3 * CM, W, 0.3 * CM, MALT)
        self.text(LEFT, H - 1.2 * CM, eyebrow, 9, BOLD, GOLD)
        self.text(LEFT, H - 2.1 * CM, title, 24, BOLD, MALT, limit=RIGHT - LEFT)
        if subtitle:
            self.text(LEFT, H - 2.85 * CM, subtitle, 12, SANS, GREY, limit=RIGHT - LEFT)

    def finish(self) -> None:
        if self.page > 1:
            self.line(LEFT, 1.0 * CM, RIGHT, 1.0 * CM, GREY_LIGHT, 0.5)
            self.text(LEFT, 0.5 * CM, FOOTER, 8, SANS, GREY)
            number = str(self.page)
            self.text(RIGHT - stringWidth(number, SANS, 9), 0.5 * CM, number, 9, SANS, GREY)
        self.c.showPage()

    def table(
        self,
        x: float,
        top: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 10,
        pad: float = 5,
    ) -> float:
        """A table as Impress exports one: thin ruled lines, each cell's text lines in row
        order, the head row bold on a fill. Returns the y under the table."""
        lead = size * 1.25
        y = top
        total = sum(widths)
        self.line(x, y, x + total, y)
        for r, row in enumerate(rows):
            font = BOLD if r == 0 else SANS
            wrapped = [
                wrap(cell, font, size, w - 2 * pad) for cell, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in wrapped) * lead + 2 * pad - 2
            if r == 0:
                self.rect(x, y - height, total, height, MALT)
            cx = x
            for lines, w in zip(wrapped, widths, strict=True):
                ty = y - pad - size * 0.85
                for line in lines:
                    self.text(
                        cx + pad, ty, line, size, font, WHITE if r == 0 else INK, limit=w - 2 * pad
                    )
                    ty -= lead
                cx += w
            y -= height
            self.line(x, y, x + total, y)
        cx = x
        for w in [0.0, *widths]:
            cx += w
            self.line(cx, top, cx, y)
        return y

    def save(self) -> None:
        self.c.save()


# =========================================================================== the pages


def cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, MALT)
    d.rect(0, 0, W, 0.5 * CM, GOLD)
    d.text(2.2 * CM, H - 2.5 * CM, "HARROWGILL BREWERY & INNS", 12, BOLD, GOLD)
    d.text(2.2 * CM, H - 5.4 * CM, "Well Kept 2028-30", 46, BOLD, WHITE)
    d.text(
        2.2 * CM,
        H - 6.9 * CM,
        "Modernising how we run our pubs, kitchens, cellars and trade orders",
        20,
        SANS,
        WHITE,
    )
    d.text(2.2 * CM, H - 7.9 * CM, "Our operating plan for FY29 and FY30", 16, SANS, MALT_LIGHT)
    d.text(
        2.2 * CM,
        3.6 * CM,
        "Operating Board, 14 September 2028 · Paper OB/28/61 · For decision",
        11,
        SANS,
        MALT_LIGHT,
    )
    d.text(
        2.2 * CM, 2.8 * CM, "Presented by Ruth Pennock, Operations Director", 11, SANS, MALT_LIGHT
    )
    d.text(2.2 * CM, 2.0 * CM, "Commercial in confidence", 9, SANS, MALT_LIGHT)
    d.finish()


def tile(d: Deck, x: float, y: float, w: float, h: float, big: str, label: str, small: str) -> None:
    d.rect(x, y, w, h, MALT_LIGHT)
    d.rect(x, y + h - 3, w, 3, MALT)
    d.text(x + 10, y + h - 34, big, 24, BOLD, MALT, limit=w - 20)
    d.text(x + 10, y + h - 52, label, 10, BOLD, INK, limit=w - 20)
    d.text(x + 10, y + h - 66, small, 8, SANS, GREY, limit=w - 20)


def why_now(d: Deck) -> None:
    d.start(
        "1 · WHY NOW",
        "Why now",
        "FY28 figures, the 12 periods to 3 September 2028, unless stated",
    )
    tiles = [
        (
            "92",
            "managed pubs, 61 of them serving food",
            "plus 34 tenanted pubs and 640 trade accounts",
        ),
        (
            "£2.7m",
            "of food bought and never sold",
            "our estimate: waste and unexplained stock loss",
        ),
        ("4.1%", "of beer lost between cellar and glass", "pints delivered against pints rung up"),
        ("1 in 3", "Friday food orders wait over 15 minutes", "mystery guest visits to 40 pubs"),
        ("38 hours", "of admin for a general manager a period", "rotas, stock sheets, paper logs"),
        ("27%", "of new pub starters gone inside 90 days", "against 19% at the brewery"),
    ]
    tw, th, gap = 7.6 * CM, 2.55 * CM, 0.3 * CM
    for k, (big, label, small) in enumerate(tiles):
        col, row = k % 2, k // 2
        x = LEFT + col * (tw + gap)
        y = H - 5.95 * CM - row * (th + gap)
        tile(d, x, y, tw, th, big, label, small)
    bx = LEFT + 2 * (tw + gap) + 0.3 * CM
    bw = RIGHT - bx
    d.rect(bx, H - 11.55 * CM, bw, 8.15 * CM, GOLD_LIGHT)
    d.text(bx + 0.4 * CM, H - 4.2 * CM, "Worth knowing (none of these is a target)", 12, BOLD, MALT)
    d.bullets(
        bx + 0.9 * CM,
        H - 5.0 * CM,
        [
            "In 1999 we ran 128 pubs; we sold 58 in 2009-12 and bought 22 from Brindle Inns in 2025.",
            "Fellside Taverns says 70% of its food orders now come through its app.",
            "The Mill Wynd brewery lease runs to March 2034; its renewal is a separate paper.",
        ],
        bw - 1.3 * CM,
        10,
    )
    d.para(
        LEFT,
        2.55 * CM,
        "Turnover was £148m over the 12 periods; food is 41% of managed-pub sales and rising, "
        "beer volume is flat, and the free trade takes 38% of what Mill Wynd brews.",
        RIGHT - LEFT,
        11,
        SANS,
        GREY,
    )
    d.finish()


def ambition(d: Deck) -> None:
    d.start("2 · AMBITION", "What we are aiming for")
    d.rect(LEFT, H - 5.0 * CM, RIGHT - LEFT, 1.9 * CM, MALT)
    d.text(
        LEFT + 0.6 * CM,
        H - 4.25 * CM,
        "Every pint well kept, every plate on time, every shift fairly planned.",
        18,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 1.2 * CM,
    )
    d.text(LEFT, H - 6.0 * CM, "By the end of FY30 we will:", 14, BOLD, INK)
    goals = [
        "Take 40% of food orders at the table, and halve the wait for a first order at weekends",
        "Lift beer yield from 95.9% to 97.5%, with every managed pub Cask Marque accredited",
        "Cut food waste to 4% of food purchases, and lift food gross margin to 66%",
        "Publish 90% of rotas 14 days ahead, and cut 90-day leavers from 27% to 18%",
        "Take 60% of free-trade orders through Trade Direct",
    ]
    y = H - 7.0 * CM
    for k, goal in enumerate(goals, start=1):
        d.rect(LEFT + 0.2 * CM, y - 5, 18, 18, GOLD)
        d.centred(LEFT + 0.2 * CM + 9, y, str(k), 11, BOLD, WHITE, 16)
        d.text(LEFT + 1.3 * CM, y, goal, 14, SANS, INK, limit=RIGHT - LEFT - 1.3 * CM)
        y -= 0.95 * CM
    d.text(
        LEFT,
        y - 0.3 * CM,
        "And we will be the brewer our free-trade customers find easiest to deal with.",
        13,
        SANS,
        MALT,
        limit=RIGHT - LEFT,
    )
    d.finish()


PILLARS = [
    ("1  Order at the table", "New tills and ordering at the table in our food pubs"),
    ("2  Cellars we can see", "Sensors in every managed cellar, alarms that reach someone"),
    ("3  Nothing wasted", "Kitchen stock, recipes and waste counted in one system"),
    ("4  Rotas that work", "Rotas planned two weeks ahead, hours shared fairly"),
    ("5  Trade orders direct", "Free-trade customers order online, straight to the brewery"),
]


def plan_on_a_page(d: Deck) -> None:
    d.start("2 · AMBITION", "The plan on a page", "Five pillars, three phases")
    cw, gap = 4.9 * CM, 0.225 * CM
    top = H - 3.6 * CM
    for k, (name, line) in enumerate(PILLARS):
        x = LEFT + k * (cw + gap)
        d.rect(x, top - 4.6 * CM, cw, 4.6 * CM, MALT_LIGHT)
        d.rect(x, top - 1.1 * CM, cw, 1.1 * CM, MALT)
        d.text(x + 0.3 * CM, top - 0.7 * CM, name, 11, BOLD, WHITE, limit=cw - 0.6 * CM)
        d.para(x + 0.3 * CM, top - 1.8 * CM, line, cw - 0.6 * CM, 10.5, SANS, INK)
    phases = [
        ("Set-up", "contracts, build, one house first, consultation"),
        ("Roll-out", "pub by pub, wave by wave, every trade account"),
        ("Bed in", "new habits, honest figures, handover to the line"),
    ]
    pw = (RIGHT - LEFT - 2 * 0.3 * CM) / 3
    py = 2.0 * CM
    d.text(LEFT, py + 2.55 * CM, "Three phases, in this order", 11, BOLD, MALT)
    for k, (name, line) in enumerate(phases):
        x = LEFT + k * (pw + 0.3 * CM)
        d.rect(x, py, pw, 2.0 * CM, GOLD_LIGHT)
        d.text(x + 0.35 * CM, py + 1.25 * CM, name, 13, BOLD, MALT, limit=pw - 0.7 * CM)
        d.text(x + 0.35 * CM, py + 0.5 * CM, line, 10, SANS, INK, limit=pw - 0.7 * CM)
    d.finish()


def scope(d: Deck) -> None:
    d.start("2 · AMBITION", "Where we start, and what we leave alone")
    width = (RIGHT - LEFT) * 0.64
    d.text(LEFT, H - 3.9 * CM, "Where the plan bites: four everyday scenes", 13, BOLD, MALT)
    y = d.bullets(
        LEFT + 0.6 * CM,
        H - 4.8 * CM,
        [
            "Friday night in a food pub: ordering and paying at the table",
            "Monday morning in a managed cellar: line cleaning, temperature and yield",
            "A free-trade customer ordering next week's beer",
            "A pub team getting its rota two weeks ahead",
        ],
        width - 0.6 * CM,
        12,
        gap=8,
    )
    y -= 0.3 * CM
    for line in (
        "Table ordering starts in one house: the Wheatsheaf at Askerby and its kitchen.",
        "Every other pub follows in waves once it has passed.",
    ):
        d.text(LEFT, y, line, 12, BOLD, INK, limit=width)
        y -= 16
    bx = LEFT + width + 0.8 * CM
    bw = RIGHT - bx
    d.rect(bx, 2.2 * CM, bw, H - 5.6 * CM, GREY_LIGHT)
    d.text(bx + 0.4 * CM, H - 4.2 * CM, "Out of scope for Well Kept", 13, BOLD, MALT)
    d.bullets(
        bx + 0.9 * CM,
        H - 5.1 * CM,
        [
            "Rooms at our nine inns with rooms",
            "Our 34 tenanted pubs",
            "The canning line at Mill Wynd",
            "The brewery shop and visitor tours",
            "Beer festivals and outside bars",
        ],
        bw - 1.3 * CM,
        11,
        gap=6,
    )
    d.finish()


def pillar_page(
    d: Deck, title: str, lead: str, items: list[tuple[str, str]], note: str | None = None
) -> None:
    d.start("3 · PILLARS", title, lead)
    y = H - 4.1 * CM
    for head, rest in items:
        y = d.lead_item(LEFT + 0.6 * CM, y, head, rest, RIGHT - LEFT - 0.6 * CM, 13) - 3
    if note:
        d.text(LEFT, 1.5 * CM, note, 10, SANS, GREY, limit=RIGHT - LEFT)
    d.finish()


def pillar_table(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 1: Order at the table",
        "Lead: Head of Pub Operations · with the Head of Technology and the Head of Food and Beverage",
        [
            ("New tills: ", "replace Corvex and Tillmate tills with Tapwell EPOS in all 92 pubs"),
            (
                "At the table: ",
                "QR ordering and paying at the table in the 61 food pubs, wave by wave",
            ),
            (
                "One menu file: ",
                "each brand's menu and prices built once, with allergens for every dish",
            ),
            (
                "Alcohol at the table: ",
                "revise the licensing and safeguarding policy so that drinks can be ordered at "
                "the table, with a Challenge 25 check before they are served",
            ),
            ("Fibre first: ", "move the 19 pubs on copper broadband to fibre before their wave"),
            (
                "Kitchen screens: ",
                "table orders go straight to kitchen screens, not printed tickets",
            ),
        ],
    )


def pillar_cellars(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 2: Cellars we can see",
        "Lead: Head of Brewery Operations · with the Cellar Services Manager",
        [
            (
                "Sensors: ",
                "fit Cellarwise sensors to every managed cellar: temperature, line cleans, flow",
            ),
            ("Alarms: ", "a warm cellar or an overdue line clean alerts the duty manager's phone"),
            (
                "Yield by pub: ",
                "report beer yield for every pub each period from sensor and till data",
            ),
            (
                "Cellar champions: ",
                "train two cellar champions in every pub to the Cask Marque standard",
            ),
            (
                "Paper logs go: ",
                "retire the paper cellar log once a pub's sensors have run for a period",
            ),
        ],
        "Cask Marque is the industry's independent accreditation for beer quality in the cellar and the glass.",
    )


def pillar_kitchens(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 3: Nothing wasted",
        "Lead: Head of Food and Beverage",
        [
            (
                "Stockpot in every kitchen: ",
                "stock counts and deliveries recorded in Stockpot, not on spreadsheets",
            ),
            ("Weigh the waste: ", "every kitchen records waste by dish and reason, every shift"),
            (
                "Recipes costed: ",
                "every dish on the menu costed in Stockpot against its specification",
            ),
            (
                "Order to par: ",
                "suggested orders from Stockpot in place of the head chef's best guess",
            ),
            ("In the pack: ", "food waste and margin by pub in the period performance pack"),
        ],
    )


def pillar_rotas(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 4: Rotas that work",
        "Lead: Head of People · with the People Systems Manager",
        [
            (
                "Rotaline: ",
                "plan every pub and brewery rota in Rotaline, against Tapwell sales forecasts",
            ),
            ("Two weeks ahead: ", "publish each rota 14 days ahead on team members' phones"),
            ("Our team first: ", "offer spare shifts to our own people before agency staff"),
            ("Clocking in: ", "clock in on Rotaline and send hours to StaffLedger for payroll"),
            (
                "Staff Council first: ",
                "consult the Staff Council on the rota rules before any pub goes live",
            ),
        ],
    )


def pillar_trade(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 5: Trade orders direct",
        "Lead: Head of Free Trade · with the Trade Desk Manager",
        [
            (
                "Trade Direct: ",
                "an online ordering portal for free-trade customers, open at all hours",
            ),
            (
                "Into Malthouse: ",
                "orders flow straight into Malthouse, with no re-keying at the trade desk",
            ),
            ("Their own terms: ", "each account sees its own prices and discounts"),
            ("Drays: ", "delivery runs planned from portal orders placed by 2pm the day before"),
            (
                "Reps' time: ",
                "business development managers spend the time saved on visits, not order-taking",
            ),
        ],
    )


KPI_ROWS = [
    ["Food orders placed at the table", "0%", "40%", "FY30 P13"],
    ["Minutes from seat to first order, Friday and Saturday evenings", "14", "7", "FY30 P6"],
    ["Beer yield (pints sold / pints delivered)", "95.9%", "97.5%", "FY30 P13"],
    ["Managed pubs with Cask Marque accreditation", "58 of 92", "92 of 92", "FY30 P13"],
    ["Food waste as a share of food purchases", "6.8%*", "4.0%", "FY30 P13"],
    ["Food gross margin", "63.1%", "66.0%", "FY30 P13"],
    ["Rotas published 14 days ahead", "22%", "90%", "FY30 P13"],
    ["New starters leaving within 90 days", "27%", "18%", "FY30 P13"],
    ["Free-trade orders placed on Trade Direct", "0%", "60%", "FY30 P13"],
    ["Team members who would recommend us as an employer", "54%", "Higher", "To be agreed"],
]


def measures(d: Deck) -> None:
    d.start(
        "4 · MEASURES",
        "How we will know",
        "Baselines for FY28 (12 periods to 3 September 2028); targets by period of our trading year",
    )
    widths = [12.4 * CM, 4.2 * CM, 4.2 * CM, 4.4 * CM]
    y = d.table(
        LEFT, H - 3.4 * CM, widths, [["Measure", "FY28 baseline", "Target", "By when"], *KPI_ROWS]
    )
    d.text(
        LEFT,
        y - 0.5 * CM,
        "* Only the 30 kitchens that weigh their waste today. P13 is the last period of the year.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def clock(d: Deck) -> None:
    d.start("5 · ROADMAP", "Our clock: thirteen periods a year")
    y = H - 3.9 * CM
    for line in (
        "Our year is thirteen four-week periods, starting on the Monday after the first Sunday in October.",
        "A year takes the name of the calendar year it ends in: FY29 runs from Monday 2 October 2028 to Sunday 7 October 2029.",
        "FY29 has 53 weeks; the extra week goes into P13. FY30 runs from Monday 8 October 2029 to Sunday 6 October 2030.",
        "This plan covers FY29 and FY30: October 2028 to September 2030 in round terms.",
    ):
        y = d.para(LEFT, y, line, RIGHT - LEFT, 12, SANS, INK) - 4
    y -= 0.35 * CM
    d.text(LEFT, y, "The three phases in periods and in dates", 13, BOLD, MALT)
    y -= 0.8 * CM
    rows = [
        ("Set-up (FY29 P1-P6)", "Monday 2 October 2028 to Sunday 18 March 2029"),
        ("Roll-out (FY29 P7 - FY30 P6)", "Monday 19 March 2029 to Sunday 24 March 2030"),
        ("Bed in (FY30 P7-P13)", "Monday 25 March 2030 to Sunday 6 October 2030"),
    ]
    for name, dates in rows:
        d.rect(LEFT, y - 0.25 * CM, 0.25 * CM, 0.6 * CM, GOLD)
        d.text(LEFT + 0.6 * CM, y, name, 12, BOLD, INK)
        d.text(LEFT + 8.6 * CM, y, dates, 12, SANS, INK, limit=RIGHT - LEFT - 8.6 * CM)
        y -= 0.85 * CM
    y -= 0.3 * CM
    d.rect(LEFT, y - 1.35 * CM, RIGHT - LEFT, 1.75 * CM, GREY_LIGHT)
    d.text(LEFT + 0.4 * CM, y - 0.15 * CM, "Christmas trading freeze", 12, BOLD, MALT)
    d.text(
        LEFT + 0.4 * CM,
        y - 0.85 * CM,
        "No go-live, till change or install in any pub in P3-P4: from late November or early "
        "December to late January.",
        11,
        SANS,
        INK,
        limit=RIGHT - LEFT - 0.8 * CM,
    )
    d.finish()


PERIOD_COLUMNS = [
    ("P1-P2", "FY29"),
    ("P3-P4", "FY29"),
    ("P5-P6", "FY29"),
    ("P7-P10", "FY29"),
    ("P11-P13", "FY29"),
    ("P1-P2", "FY30"),
    ("P3-P4", "FY30"),
    ("P5-P6", "FY30"),
    ("P7-P10", "FY30"),
    ("P11-P13", "FY30"),
    ("Later", "FY31 on"),
]
# (workstream, [(first column, last column, label, shade)])
ROADMAP: list[tuple[str, list[tuple[int, int, str, str]]]] = [
    (
        "Phase",
        [
            (0, 2, "Set-up", "phase"),
            (3, 7, "Roll-out", "phase"),
            (8, 9, "Bed in", "phase"),
            (10, 10, "Next plan", "later"),
        ],
    ),
    (
        "Tills and table ordering",
        [
            (0, 0, "Build; menus", "work"),
            (1, 1, "Freeze", "freeze"),
            (2, 2, "Wheatsheaf live", "first"),
            (3, 4, "Waves 1-3: 30 pubs", "work"),
            (5, 5, "Wave 4", "work"),
            (6, 6, "Freeze", "freeze"),
            (7, 7, "Waves 5-6", "work"),
            (8, 9, "All 92 pubs; tune", "work"),
            (10, 10, "Rooms booking", "later"),
        ],
    ),
    (
        "Cellars",
        [
            (0, 0, "Cellar standard", "work"),
            (1, 1, "Freeze", "freeze"),
            (2, 2, "Wheatsheaf", "first"),
            (3, 5, "Sensors in all 92 cellars", "work"),
            (6, 6, "Freeze", "freeze"),
            (7, 9, "Paper logs retired; Cask Marque", "work"),
        ],
    ),
    (
        "Kitchens",
        [
            (0, 0, "Recipes costed", "work"),
            (1, 1, "Freeze", "freeze"),
            (2, 2, "Wheatsheaf kitchen", "first"),
            (3, 5, "Stockpot in 61 kitchens", "work"),
            (6, 6, "Freeze", "freeze"),
            (7, 9, "Order to par; waste under 4%", "work"),
        ],
    ),
    (
        "Rotas",
        [
            (0, 2, "Staff Council consultation", "work"),
            (3, 5, "Rotaline, pub by pub", "work"),
            (6, 6, "Freeze", "freeze"),
            (7, 7, "Brewery rotas", "work"),
            (8, 9, "Every rota 14 days ahead", "work"),
        ],
    ),
    (
        "Trade Direct",
        [
            (0, 2, "Build; Malthouse link", "work"),
            (3, 3, "20 accounts", "work"),
            (4, 7, "All 640 trade accounts", "work"),
            (8, 9, "Phone orders by exception", "work"),
            (10, 10, "Lease renewal talks", "later"),
        ],
    ),
    ("Gate", [(2, 2, "Gate: end of P6", "gate")]),
]


def roadmap(d: Deck) -> None:
    d.start(
        "5 · ROADMAP",
        "Roadmap FY29-FY30",
        "One row per workstream, one column per group of trading periods",
    )
    x0 = LEFT
    first = 3.4 * CM
    pw = 1.95 * CM
    later = 2.5 * CM
    widths = [first] + [pw] * 10 + [later]
    edges = [x0]
    for w in widths:
        edges.append(edges[-1] + w)
    top = H - 3.4 * CM
    head_h = 1.05 * CM
    row_h = 1.0 * CM
    d.rect(x0, top - head_h, edges[-1] - x0, head_h, MALT)
    d.rect(edges[11], top - head_h, later, head_h, GREY)
    d.text(x0 + 5, top - 0.62 * CM, "Workstream", 10, BOLD, WHITE)
    for j, (periods, year) in enumerate(PERIOD_COLUMNS):
        cx = (edges[j + 1] + edges[j + 2]) / 2
        w = widths[j + 1]
        d.centred(cx, top - 0.45 * CM, periods, 9.5, BOLD, WHITE, w - 4)
        d.centred(cx, top - 0.85 * CM, year, 8.5, SANS, WHITE, w - 4)
    y = top - head_h
    bottoms = []
    for label, spans in ROADMAP:
        yb = y - row_h
        lines = wrap(label, BOLD, 9, first - 10)
        ly = yb + row_h / 2 + (len(lines) - 1) * 5.5 - 3
        for line in lines:
            d.text(x0 + 5, ly, line, 9, BOLD, INK, limit=first - 10)
            ly -= 11
        for a, b, text, shade in spans:
            xa, xb = edges[a + 1], edges[b + 2]
            d.rect(xa + 1.5, yb + 1.5, xb - xa - 3, row_h - 3, SHADES[shade])
            color = WHITE if shade in {"phase", "gate"} else INK
            font = BOLD if shade in {"phase", "gate"} else SANS
            parts = wrap(text, font, 7.5, xb - xa - 6)
            ty = yb + row_h / 2 + (len(parts) - 1) * 4.5 - 2.5
            for part in parts:
                d.centred((xa + xb) / 2, ty, part, 7.5, font, color, xb - xa - 6)
                ty -= 9
        bottoms.append((yb, spans))
        y = yb
    d.line(x0, top, edges[-1], top)
    d.line(x0, top - head_h, edges[-1], top - head_h)
    for j in range(len(edges)):
        d.line(edges[j], top, edges[j], top - head_h)
    row_top = top - head_h
    for yb, spans in bottoms:
        d.line(x0, yb, edges[-1], yb)
        for j in range(len(edges)):
            inside = any(edges[a + 1] < edges[j] < edges[b + 2] for a, b, _, _ in spans)
            if not inside:
                d.line(edges[j], row_top, edges[j], yb)
        row_top = yb
    d.text(
        LEFT,
        y - 0.5 * CM,
        "The Later column is there for reference: nothing in it is in this plan or its budget.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.text(
        LEFT,
        y - 0.9 * CM,
        "No pub changes tills or goes live in a freeze column; Trade Direct is not in a pub, so it carries on through them.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def first_house(d: Deck) -> None:
    d.start(
        "5 · ROADMAP",
        "Learning in one house first",
        "Tills, table ordering and Stockpot, with sensors in its cellar",
    )
    width = (RIGHT - LEFT) * 0.6
    y = H - 3.9 * CM
    d.text(
        LEFT,
        y,
        "The Wheatsheaf goes live on Monday 22 January 2029 (L), day 1 of P5",
        12,
        BOLD,
        MALT,
        limit=width,
    )
    y -= 0.8 * CM
    steps = [
        ("L-12 weeks: ", "menu, prices and allergens built in Tapwell and Stockpot"),
        ("L-10 weeks: ", "Cellarwise sensors fitted in the cellar, beside the paper log"),
        ("L-8 weeks: ", "kitchen stock counted into Stockpot and par levels set"),
        ("L-3 weeks: ", "team trained off site at the Academy, two sessions per shift pattern"),
        ("L: ", "tills, table ordering and kitchen screens live; old tills kept for a week"),
        ("L+2 weeks: ", "first Stockpot waste report reviewed with the head chef"),
        ("L+4 weeks: ", "paper cellar log retired if the sensors have matched it for four weeks"),
        ("L+8 weeks: ", "results read for the gate at the end of P6"),
    ]
    for lead, rest in steps:
        y = d.lead_item(LEFT + 0.6 * CM, y, lead, rest, width - 0.6 * CM, 11) - 1
    bx = LEFT + width + 0.8 * CM
    bw = RIGHT - bx
    d.rect(bx, 2.2 * CM, bw, H - 5.4 * CM, GOLD_LIGHT)
    d.text(bx + 0.4 * CM, H - 4.0 * CM, "Why the Wheatsheaf", 12, BOLD, MALT)
    d.bullets(
        bx + 0.9 * CM,
        H - 4.8 * CM,
        [
            "1,900 covers a week: our busiest food pub in the Ullerdale patch",
            "Fibre is already in; its Corvex tills are the oldest we have",
            "A general manager who sits on the Licensees' Forum",
            "A cellar that failed two Cask Marque visits in FY28",
        ],
        bw - 1.3 * CM,
        10.5,
    )
    d.finish()


def gate(d: Deck) -> None:
    d.start(
        "5 · ROADMAP",
        "Ready to roll: what the end of P6 must show",
        "The gate for Roll-out: every line must be met at the Wheatsheaf",
    )
    items = [
        "Measured over P5 and P6 FY29, the eight weeks to Sunday 18 March 2029",
        "At least 35% of food orders placed at the table",
        "Seat to first order in 9 minutes or less on Friday and Saturday evenings",
        "Every Tapwell sale in Taproom by 6am the next day, 56 days running",
        "Waste recorded in Stockpot on every shift, and kitchen waste under 5% of purchases",
        "No alcohol served from a table order without a recorded Challenge 25 check",
        "Sensor readings within 1°C of the paper cellar log for four weeks",
        "Read by the Programme Board on Thursday 22 March 2029; no wave starts unless every line is met",
    ]
    d.bullets(LEFT + 0.6 * CM, H - 4.0 * CM, items, RIGHT - LEFT - 0.6 * CM, 13, gap=7, glyph="■")
    d.finish()


RISKS = [
    [
        "Pub Wi-Fi drops at busy times and table orders are lost",
        "High / High",
        "Fibre and a 4G back-up router in every pub before its wave",
    ],
    [
        "Teams read table ordering as fewer shifts",
        "Medium / High",
        "No contracted hours cut in the first two periods after a pub goes live",
    ],
    [
        "Free-trade customers keep phoning the trade desk",
        "Medium / Medium",
        "Reps sign up each account in person; a 2% portal discount for six periods",
    ],
    [
        "A cellar alarm in the small hours reaches nobody",
        "Medium / High",
        "Alarms go to the duty manager and, unanswered after 30 minutes, to the on-call technician",
    ],
    [
        "Malthouse cannot take portal orders in time for the first 20 accounts",
        "Medium / Medium",
        "Keep the trade desk keying orders until the interface passes 200 test orders",
    ],
    [
        "The freeze squeezes the waves in FY30",
        "Low / Medium",
        "Waves 1-4 land before P3 FY30; no wave is planned in P3-P4",
    ],
]


def risks(d: Deck) -> None:
    d.start("6 · DELIVERY", "What could go wrong")
    widths = [10.2 * CM, 3.6 * CM, 11.4 * CM]
    d.table(
        LEFT, H - 3.1 * CM, widths, [["Risk", "Likelihood / impact", "Mitigation"], *RISKS], 10.5
    )
    d.finish()


FIRST_100 = [
    "Sign the Tapwell, Cellarwise and Stockpot contracts (Head of IT)",
    "Order fibre for the 19 pubs still on copper broadband (Head of Technology)",
    "Draft the table-ordering change to the licensing and safeguarding policy (Head of Estates)",
    "Open consultation with the Staff Council on the rota rules (Head of People)",
    "Build the Wheatsheaf menu and allergen file in Tapwell (Head of F&B)",
    "Set the cellar standard the sensors will check against (Cellar Services Lead)",
    "Agree who answers a cellar alarm out of hours (the Head of Pub Operations and the Head of Brewery Operations)",
    "Choose the 20 free-trade accounts that order first on Trade Direct (Head of Free Trade)",
    "Set up the Programme Board and draft the gate paper for P6 (Programme Manager)",
    "Release the FY29 capital of £3.1m in two tranches (FD)",
]


def first_100_days(d: Deck) -> None:
    d.start(
        "6 · DELIVERY",
        "Changing the barrel: our first 100 days",
        "Monday 2 October 2028 to Tuesday 9 January 2029 · leads in brackets",
    )
    y = H - 3.9 * CM
    for k, item in enumerate(FIRST_100, start=1):
        d.text(LEFT, y, f"{k}.", 11.5, BOLD, GOLD)
        d.text(LEFT + 0.8 * CM, y, item, 11.5, SANS, INK, limit=RIGHT - LEFT - 0.8 * CM)
        y -= 0.8 * CM
    d.finish()


def monday(d: Deck) -> None:
    d.start(
        "6 · DELIVERY",
        "What changes on Monday 2 October 2028",
        "The first day of FY29, before anything new is installed",
    )
    d.bullets(
        LEFT + 0.6 * CM,
        H - 4.0 * CM,
        [
            "Every order for a till, sensor, tablet or kitchen system goes through the Well Kept programme office",
            "General managers stop buying their own rota apps and tablets",
            "The Wheatsheaf's head chef starts weighing waste on paper, so Stockpot has a baseline",
            "Area managers add a cellar log check to every pub visit",
            "The trade desk logs the account and the time of every phone order, to size Trade Direct",
        ],
        RIGHT - LEFT - 0.6 * CM,
        13,
        gap=9,
    )
    d.finish()


def governance(d: Deck) -> None:
    d.start("7 · GOVERNANCE", "How we will run it")
    y = H - 3.9 * CM
    for lead, rest in [
        ("Sponsor: ", "Ruth Pennock, Operations Director"),
        (
            "Well Kept Programme Board: ",
            "chaired by the Operations Director; meets on the first Thursday after each period "
            "closes; decides the gate at the end of P6 FY29 and the start of each wave",
        ),
        (
            "Members: ",
            "the Heads of Pub Operations, Food and Beverage, Brewery Operations, Free Trade, "
            "Technology and People, the Head of Estates and Compliance and the Finance Director",
        ),
        (
            "Operating Board: ",
            "chaired by the Managing Director; hears Well Kept on the second Thursday after each "
            "period closes and releases capital after the gate",
        ),
        (
            "Consulted, never owners: ",
            "the Licensees' Forum at each period meeting; the Staff Council on rotas, hours and jobs",
        ),
        (
            "Programme office: ",
            "the Well Kept Programme Manager keeps the plan, the risks and the gate papers",
        ),
    ]:
        y = d.lead_item(LEFT + 0.6 * CM, y, lead, rest, RIGHT - LEFT - 0.6 * CM, 12) - 5
    d.finish()


def asks(d: Deck) -> None:
    d.start(
        "8 · ASKS",
        "What it costs, and what we ask of the Operating Board",
        "£6.4m capital over FY29 and FY30; £0.9m a year to run from FY30",
    )
    blocks = [
        ("£3.0m", "Tills and tables"),
        ("£1.1m", "Cellars"),
        ("£0.6m", "Kitchens"),
        ("£0.4m", "Rotas"),
        ("£0.8m", "Trade Direct"),
        ("£0.5m", "Fibre, programme"),
    ]
    bw, gap = 3.95 * CM, 0.3 * CM
    top = H - 3.5 * CM
    for k, (amount, name) in enumerate(blocks):
        x = LEFT + k * (bw + gap)
        d.rect(x, top - 2.0 * CM, bw, 2.0 * CM, MALT_LIGHT)
        d.text(x + 0.3 * CM, top - 0.95 * CM, amount, 20, BOLD, MALT, limit=bw - 0.6 * CM)
        d.text(x + 0.3 * CM, top - 1.55 * CM, name, 10, SANS, INK, limit=bw - 0.6 * CM)
    y = top - 2.9 * CM
    d.text(LEFT, y, "We ask the Operating Board to:", 13, BOLD, MALT)
    y -= 0.75 * CM
    for k, item in enumerate(
        [
            "Approve Well Kept 2028-30 and its £6.4m of capital",
            "Release £3.1m for FY29 now; the other £3.3m comes back to this Board after the gate at the end of P6 FY29",
            "Agree the Wheatsheaf as the first house, and the gate on page 15",
            "Delegate the start of each wave to the Well Kept Programme Board",
        ],
        start=1,
    ):
        d.text(LEFT + 0.1 * CM, y, f"{k}.", 12, BOLD, GOLD)
        d.text(LEFT + 0.8 * CM, y, item, 12, SANS, INK, limit=RIGHT - LEFT - 0.8 * CM)
        y -= 0.7 * CM
    d.rect(LEFT, 1.35 * CM, RIGHT - LEFT, 1.1 * CM, MALT)
    d.text(
        LEFT + 0.4 * CM,
        1.75 * CM,
        "By the end of FY30 every managed pub runs on Tapwell, Cellarwise, Stockpot and Rotaline, "
        "and Trade Direct takes most free-trade orders.",
        10.5,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 0.8 * CM,
    )
    d.finish()


PAGES = (
    cover,
    why_now,
    ambition,
    plan_on_a_page,
    scope,
    pillar_table,
    pillar_cellars,
    pillar_kitchens,
    pillar_rotas,
    pillar_trade,
    measures,
    clock,
    roadmap,
    first_house,
    gate,
    risks,
    first_100_days,
    monday,
    governance,
    asks,
)


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for page in PAGES:
        page(d)
    if OVERFLOW:
        raise SystemExit("text overflows its box:\n" + "\n".join(OVERFLOW))
    d.save()
    _impress_header(path)


def _impress_header(path: Path) -> None:
    """Give the file Impress's header (PDF 1.6 and a binary comment) in place of reportlab's,
    and blank reportlab's comment in the trailer, keeping every byte offset where it was."""
    data = path.read_bytes()
    first = data.index(b"\n")
    second = data.index(b"\n", first + 1)
    if data[:first] != b"%PDF-1.3" or b"ReportLab" not in data[first:second]:
        raise SystemExit("unexpected reportlab header")
    comment = b"%\xe2\xe3\xcf\xd3"
    head = b"%PDF-1.6\n" + comment + b" " * (second - first - 1 - len(comment))
    data = head + data[second:]
    tail = b"% ReportLab generated PDF document -- digest (opensource)"
    if data.count(tail) != 1:
        raise SystemExit("unexpected reportlab trailer")
    data = data.replace(tail, b" " * len(tail))
    path.write_bytes(data)


# =========================================================================== the roster (ODS)

POSTS: list[tuple[str, str, str, list[str]]] = [
    (
        "Managing Director",
        "Executive",
        "Board of Directors",
        [
            "Runs the company for the Board and chairs the Operating Board.",
            "Approves capital over £250,000 and any purchase or sale of a pub.",
        ],
    ),
    (
        "Finance Director",
        "Finance",
        "Managing Director",
        [
            "Budgets, capital and the period accounts; beer duty returns; purchase ledger and "
            "trade credit control; the Well Kept business case and sign-off of its benefits."
        ],
    ),
    (
        "Operations Director",
        "Operations",
        "Managing Director",
        [
            "The managed pubs, the brewery and logistics.",
            "\x01Senior Responsible Owner\x02 and sponsor of Well Kept; chairs the Well Kept "
            "Programme Board.",
        ],
    ),
    (
        "Well Kept Programme Manager",
        "Programme office",
        "Operations Director",
        [
            "The Well Kept plan, risk and issue log, gate papers and benefits tracking; wave "
            "scheduling with the Head of Pub Operations; secretary to the Programme Board."
        ],
    ),
    (
        "Head of Pub Operations",
        "Pubs",
        "Operations Director",
        [
            "The 92 managed pubs through eight area managers; general managers' performance; "
            "opening hours, service standards and service times; the pub operating manual; "
            "decides when each pub is ready to go live."
        ],
    ),
    (
        "Area Manager",
        "Pubs",
        "Head of Pub Operations",
        [
            "Eight posts, each a patch of 11 or 12 managed pubs: visits, coaching and audits of "
            "general managers; signs each pub's go-live checklist."
        ],
    ),
    (
        "Head of Food and Beverage",
        "Pubs",
        "Operations Director",
        [
            "Menus, recipes and dish specifications; kitchen stock, ordering and food waste; food "
            "gross margin; food safety and allergen information; the drinks range in managed pubs."
        ],
    ),
    (
        "Head of Brewery Operations",
        "Brewery",
        "Operations Director",
        [
            "Brewing, racking and packaging at Mill Wynd; brewery stores; the dray fleet and "
            "delivery runs to managed pubs and free-trade customers; cellar services."
        ],
    ),
    (
        "Head Brewer",
        "Brewery",
        "Head of Brewery Operations",
        [
            "Recipes and quality of our beers at the brewery; the laboratory; release of beer to trade."
        ],
    ),
    (
        "Cellar Services Manager",
        "Brewery",
        "Head of Brewery Operations",
        [
            "The 14 cellar technicians; dispense equipment, cellar cooling and line cleaning in "
            "managed pubs and free-trade outlets; the cellar standard and Cask Marque "
            "accreditation of managed pubs; beer yield by pub."
        ],
    ),
    (
        "Head of Free Trade",
        "Free Trade",
        "Managing Director",
        [
            "The 640 free-trade accounts and the eleven business development managers; trade "
            "prices, discounts, trade loans and account growth."
        ],
    ),
    (
        "Trade Desk Manager",
        "Free Trade",
        "Head of Free Trade",
        [
            "The trade desk: taking orders by phone, email and any online channel and keying "
            "them into Malthouse; delivery days; new account set-up; trade customers' queries."
        ],
    ),
    (
        "Head of Estates and Compliance",
        "Estates",
        "Operations Director",
        [
            "Pub buildings, maintenance and capital works.",
            "\x01Licensing lead:\x02 premises licences and the licensing and safeguarding policy.",
            "Health and safety, fire safety and the compliance audit programme.",
        ],
    ),
    (
        "Head of Technology",
        "Technology",
        "Finance Director",
        [
            "IT systems and their contracts: tills, Malthouse, StaffLedger, networks, pub Wi-Fi "
            "and broadband, and the links between systems; information security; the service "
            "desk."
        ],
    ),
    (
        "Data and Reporting Manager",
        "Technology",
        "Head of Technology",
        [
            "Taproom, our data warehouse, and its Power BI reports; data definitions and data "
            "quality; the period performance pack."
        ],
    ),
    (
        "Head of People",
        "People",
        "Managing Director",
        [
            "HR policy, recruitment and retention, pay, employee relations and the Staff "
            "Council; the Harrowgill Academy."
        ],
    ),
    (
        "People Systems Manager",
        "People",
        "Head of People",
        [
            "StaffLedger (HR and payroll), holiday, time and attendance, the rota rules and the "
            "scheduling system; payroll links."
        ],
    ),
    (
        "Learning and Development Manager",
        "People",
        "Head of People",
        [
            "The Harrowgill Academy: induction, apprenticeships, the e-learning platform, "
            "training on new tills and systems, and every training record."
        ],
    ),
    (
        "Marketing Manager",
        "Marketing",
        "Managing Director",
        [
            "Pub brands, websites and social media; menu design and print; guest feedback "
            "surveys and online reviews."
        ],
    ),
    (
        "Licensees' Forum",
        "Consultative body",
        "Not line-managed",
        [
            "The general managers who hold the premises licence for their pub, one for each "
            "managed pub.  \x03Consulted on changes to the pub operating manual, trading hours "
            "and anything that changes how a pub is run. Owns no project work."
        ],
    ),
    (
        "Staff Council",
        "Consultative body",
        "Not line-managed",
        [
            "Twelve elected representatives of pub, brewery and office teams. Consulted on "
            "rotas, hours, pay and changes to jobs. Owns no project work."
        ],
    ),
]
ROSTER_TITLE = "Harrowgill Brewery & Inns: operating structure, September 2028"
ROSTER_NOTE = (
    "Area Manager is one row for eight posts. Consultative bodies are listed so that their "
    "part is clear; they are not posts and have no line manager."
)
CHANGES = [
    ("Date", "Change"),
    ("3 April 2027", "Cellar Services Lead regraded and retitled Cellar Services Manager."),
    ("12 June 2028", "Head of IT retitled Head of Technology; remit unchanged."),
    ("12 June 2028", "Head of Estates became Head of Estates and Compliance, taking licensing."),
    ("1 August 2028", "Well Kept Programme Manager appointed (fixed term to October 2030)."),
]

NS_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)


def _ods_para(s: str) -> str:
    """One text:p: \\x01...\\x02 a bold span, \\x03 after a space a second space (text:s)."""
    body = escape(s)
    body = body.replace("\x01", '<text:span text:style-name="T1">').replace("\x02", "</text:span>")
    body = body.replace(" \x03", "<text:s/>")
    return f"<text:p>{body}</text:p>"


def _ods_cell(paras: list[str], style: str = "ce2", span: int = 1) -> str:
    spanned = (
        f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span > 1 else ""
    )
    inner = "".join(_ods_para(p) for p in paras)
    return (
        f'<table:table-cell table:style-name="{style}"{spanned} office:value-type="string" '
        f'calcext:value-type="string">{inner}</table:table-cell>'
    )


ODS_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="co1" style:family="table-column">'
    '<style:table-column-properties fo:break-before="auto" style:column-width="2.6in"/>'
    "</style:style>"
    '<style:style style:name="co2" style:family="table-column">'
    '<style:table-column-properties fo:break-before="auto" style:column-width="1.4in"/>'
    "</style:style>"
    '<style:style style:name="co3" style:family="table-column">'
    '<style:table-column-properties fo:break-before="auto" style:column-width="1.9in"/>'
    "</style:style>"
    '<style:style style:name="co4" style:family="table-column">'
    '<style:table-column-properties fo:break-before="auto" style:column-width="5.6in"/>'
    "</style:style>"
    '<style:style style:name="ro1" style:family="table-row">'
    '<style:table-row-properties style:row-height="0.178in" fo:break-before="auto" '
    'style:use-optimal-row-height="true"/></style:style>'
    '<style:style style:name="ro2" style:family="table-row">'
    '<style:table-row-properties style:row-height="0.62in" fo:break-before="auto" '
    'style:use-optimal-row-height="true"/></style:style>'
    '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
    '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
    '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
    '<style:table-cell-properties fo:background-color="#6b3314"/>'
    '<style:text-properties fo:color="#ffffff" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">'
    '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'
    "</style:style>"
    '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default">'
    '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Default">'
    '<style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="ce5" style:family="table-cell" style:parent-style-name="Default">'
    '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    "</office:automatic-styles>"
)


def ods_content() -> str:
    rows = ['<table:table-row table:style-name="ro1">']
    rows.append(_ods_cell([ROSTER_TITLE], "ce5", span=4))
    rows.append('<table:covered-table-cell table:number-columns-repeated="3"/>')
    rows.append("</table:table-row>")
    rows.append('<table:table-row table:style-name="ro1">')
    for head in ("Role", "Department", "Reports to", "Remit"):
        rows.append(_ods_cell([head], "ce1"))
    rows.append("</table:table-row>")
    for role, department, reports, remit in POSTS:
        rows.append('<table:table-row table:style-name="ro2">')
        rows.append(_ods_cell([role], "ce3"))
        rows.append(_ods_cell([department]))
        rows.append(_ods_cell([reports]))
        rows.append(_ods_cell(remit))
        rows.append("</table:table-row>")
    rows.append(
        '<table:table-row table:style-name="ro1">'
        '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
    )
    rows.append('<table:table-row table:style-name="ro1">')
    rows.append(_ods_cell([ROSTER_NOTE], "ce4"))
    rows.append('<table:table-cell table:number-columns-repeated="3"/></table:table-row>')
    rows.append(
        '<table:table-row table:style-name="ro1" table:number-rows-repeated="1048550">'
        '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
    )
    changes = "".join(
        '<table:table-row table:style-name="ro1">'
        + _ods_cell([date], "ce1" if k == 0 else "ce2")
        + _ods_cell([what], "ce1" if k == 0 else "ce2")
        + "</table:table-row>"
        for k, (date, what) in enumerate(CHANGES)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {NS_ODF} office:version="1.3">'
        "<office:scripts/>"
        "<office:font-face-decls>"
        '<style:font-face style:name="Liberation Sans" '
        'svg:font-family="&apos;Liberation Sans&apos;" '
        'style:font-family-generic="swiss" style:font-pitch="variable"/>'
        "</office:font-face-decls>" + ODS_STYLES + "<office:body><office:spreadsheet>"
        '<table:calculation-settings table:automatic-find-labels="false" '
        'table:use-regular-expressions="false" table:use-wildcards="true"/>'
        '<table:table table:name="Structure" table:style-name="ta1">'
        '<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co2" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co3" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        + "".join(rows)
        + "</table:table>"
        '<table:table table:name="Changes" table:style-name="ta1">'
        '<table:table-column table:style-name="co2" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        + changes
        + "</table:table>"
        "<table:named-expressions/>"
        "</office:spreadsheet></office:body></office:document-content>"
    )


def ods_bytes() -> bytes:
    """The spreadsheet as LibreOffice Calc 7.5 writes it: the ``mimetype`` entry first and
    stored, then the manifest, content, meta, settings and styles, at one fixed time."""
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {NS_ODF} office:version="1.3"><office:meta>'
        "<meta:creation-date>2025-11-17T10:02:00.000000000</meta:creation-date>"
        "<dc:date>2028-09-04T11:47:00.000000000</dc:date>"
        "<meta:editing-duration>PT2H41M</meta:editing-duration>"
        "<meta:editing-cycles>27</meta:editing-cycles>"
        "<meta:generator>LibreOffice/7.5.9.2$Linux_X86_64 "
        "LibreOffice_project/cdeefe45c17511d326101eed8008ac4092f278a9</meta:generator>"
        '<dc:creator>Jo Threlfall</dc:creator><meta:document-statistic meta:table-count="2" '
        f'meta:cell-count="{1 + 4 * (len(POSTS) + 1) + 1 + 2 * len(CHANGES)}" '
        'meta:object-count="0"/>'
        "</office:meta></office:document-meta>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {NS_ODF} office:version="1.3">'
        "<office:styles>"
        '<style:default-style style:family="table-cell">'
        '<style:paragraph-properties style:tab-stop-distance="0.5in"/>'
        '<style:text-properties style:font-name="Liberation Sans" fo:language="en" '
        'fo:country="GB"/></style:default-style>'
        '<style:style style:name="Default" style:family="table-cell"/>'
        "</office:styles>"
        "<office:automatic-styles>"
        '<style:page-layout style:name="Mpm1"><style:page-layout-properties '
        'style:print-orientation="landscape"/></style:page-layout>'
        "</office:automatic-styles>"
        '<office:master-styles><style:master-page style:name="Default" '
        'style:page-layout-name="Mpm1"/></office:master-styles>'
        "</office:document-styles>"
    )
    settings = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3">'
        "<office:settings>"
        '<config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item config:name="ActiveTable" config:type="string">Structure'
        "</config:config-item>"
        '<config:config-item config:name="VerticalSplitPosition" config:type="int">2'
        "</config:config-item>"
        "</config:config-item-set>"
        "</office:settings></office:document-settings>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    parts = [
        ("META-INF/manifest.xml", manifest.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", ods_content().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", settings.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    # ODF wants the mimetype entry first and stored; the other entries are in sorted order
    parts.insert(0, ("mimetype", ODS_TYPE, zipfile.ZIP_STORED))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body, method in parts:
            info = zipfile.ZipInfo(name, date_time=(2028, 9, 4, 11, 47, 0))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, body)
    return out.getvalue()


# =========================================================================== the other org files

REMIT_NOTES = """
# Who owns what: notes to the operating structure

Kept by the Well Kept programme office with the People team. The operating structure
spreadsheet gives each post's remit in one cell; these notes settle the questions that come up
most often. Last reviewed 4 September 2028.

## Beer yield and cellar data

Beer yield by pub is a cellar measure. The Cellar Services Manager builds it each period from
the pints delivered (Malthouse) and the pints rung through the tills, follows up every pub whose
yield falls, and will own the Cellarwise readings and alarms once sensors are fitted. The Data
and Reporting Manager carries the estate figure in the period performance pack but does not own
the measure.

There is no out-of-hours cover for cellar faults: cellar technicians work 7am to 5pm, Monday to
Friday.

## Courses and certificates

The Harrowgill Academy hosts every course and keeps every training record. The function that
owns a certificate writes the course and signs people off:

- Cask Marque and other cellar courses: the Cellar Services Manager.
- Licensing courses (Challenge 25, refusals, personal licence refreshers): the Head of Estates
  and Compliance.
- Food hygiene and allergen courses: the Head of Food and Beverage.

The Learning and Development Manager owns induction, apprenticeships and training on new tills
and systems.

## Rotas

General managers write their own pub's rota. The People Systems Manager owns the rota rules and
the scheduling system (Rotaline); the Head of People leads consultation with the Staff Council.

## Free-trade orders

The Trade Desk Manager owns order taking on every channel, so the day-to-day running of Trade
Direct sits with the trade desk once it is live; the Head of Technology builds and supports it.
The Head of Free Trade decides what each account pays and which accounts move first.

## Deliveries

The Head of Brewery Operations plans dray runs and delivery days for managed pubs and the free
trade.

## Going live in a pub

An area manager signs each pub's go-live checklist. The Head of Pub Operations decides that a
pub is ready and sets the order of the waves with the Well Kept Programme Manager.

## Spending

A budget holder may commit up to £25,000 within an approved budget, the Finance Director up to
£250,000 and the Managing Director above that.
"""

LICENSING_POLICY = """
# Licensing and Safeguarding Policy

Harrowgill Brewery & Inns, managed pubs. Version 6, approved by the Operating Board on
8 February 2028. Policy owner: the Head of Estates and Compliance (licensing lead).

## 1. Why we have this policy

Every managed pub holds a premises licence under the Licensing Act 2003. This policy sets how we
meet the four licensing objectives: preventing crime and disorder, public safety, preventing
public nuisance and protecting children from harm. It applies to every team member who sells or
serves alcohol.

## 2. Who is responsible

- The licensing lead (the Head of Estates and Compliance) owns this policy, the premises
  licences and our dealings with licensing authorities.
- The general manager of each pub is its designated premises supervisor and holds a personal
  licence.
- Area managers check compliance with this policy on every pub visit.

## 3. Challenge 25

Anyone who looks under 25 is asked for photo identification before they are sold alcohol. A
refusal is recorded on the till at the time. Team members complete the Challenge 25 course
before their first shift behind the bar and every 12 months after that.

## 4. Alcohol ordered away from the bar

Alcohol ordered at a table is not yet covered by this policy: until it is revised, a team member
must check the customer's age face to face before any alcohol is taken to a table. Any change
to this section is approved by the Operating Board, and the Licensees' Forum sees the draft
first.

## 5. Vulnerable customers

Every pub takes part in Ask for Angela and keeps drink-spiking test kits behind the bar.
Incidents are logged on the day in the incident book and reported to the area manager.

## 6. Training and records

The licensing lead writes the licensing courses; the Harrowgill Academy runs them and keeps the
records. A general manager may not put a team member on the bar alone until their Challenge 25
course is recorded.

## 7. Review

This policy is reviewed every year in P10 and whenever the way we sell alcohol changes.
"""

BOARD_TERMS = """
# Well Kept Programme Board: terms of reference

Approved by the Operating Board, 10 August 2028.

## Purpose

The Programme Board directs Well Kept, our operating plan for FY29 and FY30, within the budget
and the phases the Operating Board approves.

## Chair and sponsor

The Operations Director chairs the Board and is the Senior Responsible Owner of Well Kept. In
the chair's absence the Finance Director chairs.

## Members

Head of Pub Operations; Head of Food and Beverage; Head of Brewery Operations; Head of Free Trade;
Head of Technology; Head of People; Head of Estates and Compliance; Finance Director. The Well
Kept Programme Manager is secretary. A quorum is the chair and four members.

## Decisions

- The gate at the end of Set-up, and the start of each roll-out wave.
- Moving money between pillars up to £100,000 within the approved capital.
- Anything larger, or any change to the phases, goes to the Operating Board.

## Meetings

The Board meets on the first Thursday after each period closes. The Operating Board meets on
the second Thursday after each period closes and hears a Well Kept report every time.

## Consultation

The Licensees' Forum and the Staff Council are consulted on the work that touches them. Neither
owns programme work, and neither is a member of the Board.
"""

FORUM_TERMS = """
HARROWGILL BREWERY & INNS
LICENSEES' FORUM - TERMS

Agreed at the Forum, 14 March 2027.

WHO SITS ON IT
The general manager of each managed pub, as the licensee and designated premises supervisor.
Three members are chosen each year to sit with the Head of Pub Operations between meetings.

WHAT IT IS FOR
The Forum gives general managers a voice on anything that changes how a pub is run: the pub
operating manual, trading hours, service standards, new equipment behind the bar and in the
cellar, and the order in which pubs take on new ways of working.

HOW IT WORKS
The Forum meets once a period at Mill Wynd, on the Tuesday after the period closes. A change to
the pub operating manual is issued only after the Forum has discussed it at one of its meetings.
The Forum gives its views in writing to the Head of Pub Operations.

WHAT IT DOES NOT DO
The Forum is consulted; it does not own, run or sign off project work, and it holds no budget.
"""

SYSTEMS = """
# Systems and data inventory

Owner: Head of Technology. Reviewed for Well Kept, August 2028.

| System | What it does | Where it runs | Business owner | Notes |
|---|---|---|---|---|
| Corvex 5 | tills | 70 managed pubs | Head of Pub Operations | a server in each pub; supplier support ends June 2030 |
| Tillmate | tills | 22 former Brindle Inns pubs | Head of Pub Operations | came with the pubs in 2025 |
| Tapwell EPOS and Tapwell Table | tills, ordering and paying at the table by QR code, kitchen screens | not live | Head of Pub Operations | contract agreed August 2028, to be signed |
| Malthouse | brewery system: brewing, stock, duty, orders, invoices, delivery notes | Mill Wynd and the trade desk | Head of Brewery Operations | |
| Taproom | data warehouse on SQL Server, loaded every night, with Power BI reports | head office | Data and Reporting Manager | feeds the period performance pack |
| StaffLedger | HR and payroll | head office | People Systems Manager | hours keyed from Corvex clock-in reports |
| Rotaline | staff scheduling | not live | People Systems Manager | contract signed July 2028 |
| Cellarwise | cellar sensors and alarms | not live | Cellar Services Manager | preferred supplier |
| Stockpot | kitchen stock, recipes and waste | not live | Head of Food and Beverage | preferred supplier |
| Academy Online | e-learning and training records | every site | Learning and Development Manager | |

## Known limits

Corvex runs only at 70 of our 92 pubs; the 22 former Brindle Inns pubs still use Tillmate
tills, which send nothing to Taproom.

Item-level till sales are not retained beyond 13 periods in Corvex; for earlier years Taproom
holds period totals only.

Cellar temperatures and line cleans are kept on paper cellar logs in each pub; head office sees
them only when an area manager visits.

Kitchen stock relies on a spreadsheet each head chef fills in on Sunday night, and 31 of our 61
kitchens do not record waste at all.

Malthouse has no interface for orders from outside: the trade desk keys every free-trade order
by hand, about 1,400 a week.

## What we have

Taproom is the company's data warehouse and Power BI its reporting tool; every new system in
Well Kept is to load into Taproom. Academy Online holds every team member's training record.
"""

ESTATE_NOTES = """
HARROWGILL BREWERY & INNS - ESTATE AND TRADING NOTES
Kept by the Well Kept Programme Manager. Updated 1 September 2028.

THE ESTATE
92 managed pubs in eight area patches, 61 of them with a kitchen serving food. Nine of the
managed pubs are inns with rooms; the rooms are outside Well Kept. 34 tenanted pubs are let on
leases and run by their tenants. 640 free-trade accounts (free houses, clubs, restaurants) buy
our beer. The brewery is at Mill Wynd, Harrowgill, on a lease that runs to March 2034.

CONNECTIONS
73 pubs have fibre broadband. Nineteen rural pubs are on copper broadband that cannot carry
table ordering at busy times; a fibre order takes up to nine months.

THE TRADING YEAR
Thirteen four-week periods, from the Monday after the first Sunday in October; FY29 has 53
weeks. Each period closes on a Sunday. Christmas trading freeze: no till change, install or
go-live in any pub in P3 or P4.

THE WHEATSHEAF, ASKERBY
Our busiest food pub in the Ullerdale patch: 1,900 covers a week, fibre installed in 2026,
Corvex tills from 2015. Its general manager sits on the Licensees' Forum.
"""

STAFF_COUNCIL: list[tuple[str, str]] = [
    ("Title", "Staff Council constitution (extract)"),
    ("Normal", "Harrowgill Brewery & Inns. Agreed with the Staff Council, 2 May 2026."),
    ("Heading 2", "1. Membership"),
    (
        "Normal",
        "The Staff Council has twelve elected representatives: eight from managed pubs, three "
        "from the brewery and one from head office. Members serve two years.",
    ),
    ("Heading 2", "2. What the company consults the Council on"),
    (
        "Normal",
        "Rotas, working hours, holiday, pay, new ways of recording time, and changes to jobs.",
    ),
    (
        "Normal",
        "The Staff Council must be consulted before any change to how rotas are drawn up or "
        "published, and the consultation runs for at least 30 days.",
    ),
    (
        "Normal",
        "The company gives the Council its proposal in writing and answers the Council's "
        "response in writing before it decides.",
    ),
    ("Heading 2", "3. What the Council does not do"),
    (
        "Normal",
        "The Council is consulted. It does not manage staff, own project work or approve budgets.",
    ),
    ("Heading 2", "4. Meetings"),
    (
        "Normal",
        "The Council meets once a period with the Head of People. Either side may call an extra "
        "meeting at seven days' notice.",
    ),
]

MEASURES = [
    ["Measure", "Definition", "Owner", "FY28 baseline", "Source", "Note"],
    [
        "Food orders placed at the table",
        "Food orders placed through table ordering as a share of all food orders, by count.",
        "Head of Pub Operations",
        "0%",
        "Tapwell, from each pub's go-live",
        "",
    ],
    [
        "Minutes from seat to first order",
        "Minutes from a party sitting down to its first food order, Friday and Saturday evenings.",
        "Head of Pub Operations",
        "14",
        "Mystery guest visits, 40 pubs a period",
        "Tapwell will time every table order once live.",
    ],
    [
        "Beer yield",
        "Pints rung through the tills as a share of pints delivered, cask and keg, by pub.",
        "Cellar Services Manager",
        "95.9%",
        "Malthouse deliveries and Corvex sales",
        "",
    ],
    [
        "Managed pubs with Cask Marque accreditation",
        "Managed pubs holding a current Cask Marque award.",
        "Cellar Services Manager",
        "58 of 92",
        "Cask Marque assessor reports",
        "",
    ],
    [
        "Food waste as a share of food purchases",
        "Food waste at cost as a share of food purchases at cost.",
        "Head of Food and Beverage",
        "6.8%",
        "Kitchen waste sheets",
        "The baseline only covers the 30 kitchens that weigh their waste.",
    ],
    [
        "Food gross margin",
        "Food sales less food cost, as a share of food sales, net of VAT.",
        "Head of Food and Beverage",
        "63.1%",
        "Corvex sales and the purchase ledger",
        "",
    ],
    [
        "Rotas published 14 days ahead",
        "Pub rotas published to the team at least 14 days before the week they cover.",
        "People Systems Manager",
        "22%",
        "General managers' returns",
        "",
    ],
    [
        "New starters leaving within 90 days",
        "Starters who leave within 90 days of their start date, as a share of all starters.",
        "Head of People",
        "27%",
        "StaffLedger",
        "",
    ],
    [
        "Free-trade orders placed on Trade Direct",
        "Free-trade orders placed on Trade Direct as a share of all free-trade orders.",
        "Trade Desk Manager",
        "0%",
        "Malthouse order source",
        "",
    ],
    [
        "Team members who would recommend us as an employer",
        "Share of survey respondents who would recommend us as a place to work.",
        "Head of People",
        "54%",
        "Annual team survey, May 2028",
        "The Staff Council asked that a target wait for the 2029 survey.",
    ],
]


def measures_csv() -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(MEASURES)
    return out.getvalue()


def staff_council_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, text in STAFF_COUNCIL:
        if kind == "Title":
            doc.add_heading(text, level=0)
        elif kind == "Heading 2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Head of People",
        last_modified_by="Head of People",
        title="Staff Council constitution (extract)",
        created=datetime(2026, 5, 2, 9, 0, 0),
        modified=datetime(2028, 8, 30, 14, 10, 0),
        revision=3,
    )


def build(out: Path) -> None:
    case = out / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(
        case,
        {
            ROSTER: ods_bytes(),
            "org/people/who-owns-what.md": REMIT_NOTES,
            "org/policies/licensing-and-safeguarding-policy.md": LICENSING_POLICY,
            "org/governance/well-kept-programme-board-terms-of-reference.md": BOARD_TERMS,
            "org/governance/staff-council-constitution-extract.docx": staff_council_docx(),
            "org/governance/licensees-forum-terms.txt": FORUM_TERMS,
            "org/systems/systems-and-data-inventory.md": SYSTEMS,
            "org/measures/measure-definitions.csv": measures_csv(),
            "org/context/estate-and-trading-notes.txt": ESTATE_NOTES,
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
