"""Build the dev31 case ``diy-retailer``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, python-docx and python-pptx
(``evals/dev16/_build.py`` imports python-pptx; the checker also needs pypdf). reportlab is not
in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/dev31/build_diy_retailer.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold (LibreOffice's default sans),
embedded from ``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``).

Writes, under ``evals/dev31/diy-retailer/`` (or ``<out-folder>/diy-retailer/``), every file of
the case but ``gold.json``:

- ``EC-28-04 Ready Every Hour - store operations plan 2028-30.pdf``: a DIY and garden
  retailer's two-year store operations plan for its Executive Committee and Board, drawn the
  way LibreOffice Impress exports a 16:9 deck to PDF (pages of 28 x 15.75 cm; Creator
  "Impress", Producer "LibreOffice 7.6", one fixed CreationDate and no other date), imitated
  with reportlab's canvas placing every line of text as its own text object at coordinates.
  The KPI figures are a table of thin ruled lines; the roadmap is a table of thin ruled lines
  whose rows are workstreams and whose columns are fiscal quarters with two-line heads ("Q1"
  over "FY28"), cells shaded and merged across the quarters a piece of work spans, its short
  label inside, and a last column "Beyond" over "FY29" outside the plan.
- ``org/``: the roster as a LibreOffice Calc spreadsheet written by hand
  (``people/support-centre-posts.ods``: Post, Function, Reports to, Accountable for), the
  loss-prevention policy (Markdown), the programme board's terms of reference (DOCX), the
  store systems and data inventory (Markdown), the measures dictionary (CSV), the trade
  credit policy (Markdown) and the estate and trading calendar notes (plain text).

Re-running it rewrites every file byte for byte: a fixed document information dictionary and
reportlab's invariant mode (fixed document ID) for the PDF, fixed ZIP entry times and meta
dates for the ODS, fixed core properties and ZIP times for the DOCX (through
``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev31").
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
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
CASE = "diy-retailer"
DECK = "EC-28-04 Ready Every Hour - store operations plan 2028-30.pdf"
ROSTER = "org/people/support-centre-posts.ods"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

CM = 72 / 2.54
W, H = 28 * CM, 15.75 * CM  # Impress's 16:9 page, 793.7 x 446.5 pt
LEFT = 1.3 * CM
RIGHT = W - 1.3 * CM

Color = tuple[float, float, float]
INK: Color = (0.12, 0.14, 0.16)
GREEN: Color = (0.06, 0.33, 0.22)
GREEN_LIGHT: Color = (0.87, 0.94, 0.89)
ORANGE: Color = (0.92, 0.45, 0.08)
ORANGE_LIGHT: Color = (0.99, 0.91, 0.82)
GREY: Color = (0.42, 0.44, 0.47)
GREY_LIGHT: Color = (0.93, 0.93, 0.93)
RULE: Color = (0.55, 0.57, 0.6)
WHITE: Color = (1.0, 1.0, 1.0)
SHADES: dict[str, Color] = {
    "phase": (0.06, 0.33, 0.22),
    "work": (0.87, 0.94, 0.89),
    "first": (0.99, 0.91, 0.82),
    "freeze": (0.9, 0.9, 0.9),
    "gate": (0.99, 0.91, 0.82),
    "beyond": (0.96, 0.96, 0.96),
}

CREATED = "D:20280110164212Z"  # the one date Impress writes into the export
STAMP = Stamp((2028, 1, 10, 16, 42, 12), "2028-01-10T16:42:12Z")
FOOTER = "Tillbrook Home & Garden · Ready Every Hour 2028-30 · Executive Committee, 11 January 2028"
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


class ImpressInfo(PDFInfo):
    """The document information Impress writes: title, author, creator, producer and the
    creation date, nothing else (no ModDate, Subject, Keywords or Trapped)."""

    def format(self, document):  # type: ignore[no-untyped-def]
        info = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Creator": PDFString("Impress"),
            "Producer": PDFString("LibreOffice 7.6"),
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
        self.c.setTitle("Ready Every Hour - store operations plan 2028-30")
        self.c.setAuthor("Tillbrook Home & Garden")
        self.page = 0

    # ---------------------------------------------------------------- text
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

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        width: float,
        size: float = 12,
        glyph: str = "●",
        gap: float = 5,
        color: Color = INK,
    ) -> float:
        """Bulleted items: the glyph its own small text object left of the first line."""
        for item in items:
            self.text(x - size * 1.1, y + size * 0.1, glyph, size * 0.6, SANS, ORANGE)
            y = self.para(x, y, item, width, size, SANS, color) - gap
        return y

    def lead_item(
        self, x: float, y: float, lead: str, rest: str, width: float, size: float = 12
    ) -> float:
        """A bulleted item with a bold lead-in: the lead-in and the first line's rest are two
        text objects on one baseline; the rest wraps under it at the same indent."""
        self.text(x - size * 1.1, y + size * 0.1, "●", size * 0.6, SANS, ORANGE)
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
        return y - 5

    # ---------------------------------------------------------------- shapes
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

    # ---------------------------------------------------------------- page furniture
    def start(self, eyebrow: str, title: str, subtitle: str | None = None) -> None:
        self.page += 1
        self.rect(0, H - 0.3 * CM, W, 0.3 * CM, GREEN)
        self.text(LEFT, H - 1.2 * CM, eyebrow, 9, BOLD, ORANGE)
        self.text(LEFT, H - 2.1 * CM, title, 24, BOLD, GREEN, limit=RIGHT - LEFT)
        if subtitle:
            self.text(LEFT, H - 2.85 * CM, subtitle, 12, SANS, GREY, limit=RIGHT - LEFT)

    def finish(self) -> None:
        if self.page > 1:
            self.line(LEFT, 1.0 * CM, RIGHT, 1.0 * CM, GREY_LIGHT, 0.5)
            self.text(LEFT, 0.5 * CM, FOOTER, 8, SANS, GREY)
            number = str(self.page)
            self.text(RIGHT - stringWidth(number, SANS, 9), 0.5 * CM, number, 9, SANS, GREY)
        self.c.showPage()

    # ---------------------------------------------------------------- tables
    def table(
        self,
        x: float,
        top: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 10,
        pad: float = 5,
        head_fill: Color = GREEN,
    ) -> float:
        """A table as Impress exports one: thin ruled lines, each cell's text lines in row
        order, the head row bold on a fill. Cells wrap inside their column. Returns the y
        under the table."""
        lead = size * 1.25
        y = top
        total = sum(widths)
        self.line(x, y, x + total, y)
        for r, row in enumerate(rows):
            wrapped = [
                wrap(cell, BOLD if r == 0 else SANS, size, w - 2 * pad)
                for cell, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in wrapped) * lead + 2 * pad - 2
            if r == 0:
                self.rect(x, y - height, total, height, head_fill)
            cx = x
            for lines, w in zip(wrapped, widths, strict=True):
                ty = y - pad - size * 0.85
                for line in lines:
                    self.text(
                        cx + pad,
                        ty,
                        line,
                        size,
                        BOLD if r == 0 else SANS,
                        WHITE if r == 0 else INK,
                        limit=w - 2 * pad,
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
    d.rect(0, 0, W, H, GREEN)
    d.rect(0, 0, W, 0.5 * CM, ORANGE)
    d.text(2.2 * CM, H - 2.5 * CM, "TILLBROOK HOME & GARDEN  ·  TILLBROOK TRADE", 12, BOLD, ORANGE)
    d.text(2.2 * CM, H - 5.4 * CM, "Ready Every Hour", 46, BOLD, WHITE)
    d.text(2.2 * CM, H - 6.9 * CM, "Store operations plan 2028-30", 22, SANS, WHITE)
    d.text(
        2.2 * CM,
        H - 8.0 * CM,
        "Lockers, shelf-edge labels, scheduling, trade credit and shrink",
        16,
        SANS,
        GREEN_LIGHT,
    )
    d.text(
        2.2 * CM,
        3.6 * CM,
        "Executive Committee, 11 January 2028 · to the Board, 25 January 2028 · Paper EC/28/04",
        11,
        SANS,
        GREEN_LIGHT,
    )
    d.text(
        2.2 * CM,
        2.8 * CM,
        "Presented by Alison Marr, Chief Operating Officer",
        11,
        SANS,
        GREEN_LIGHT,
    )
    d.text(2.2 * CM, 2.0 * CM, "Commercially confidential", 9, SANS, GREEN_LIGHT)
    d.finish()


def tile(d: Deck, x: float, y: float, w: float, h: float, big: str, label: str, small: str) -> None:
    d.rect(x, y, w, h, GREEN_LIGHT)
    d.rect(x, y + h - 3, w, 3, GREEN)
    d.text(x + 10, y + h - 34, big, 24, BOLD, GREEN, limit=w - 20)
    d.text(x + 10, y + h - 52, label, 10, BOLD, INK, limit=w - 20)
    d.text(x + 10, y + h - 66, small, 8, SANS, GREY, limit=w - 20)


def why_now(d: Deck) -> None:
    d.start(
        "1 · WHY NOW",
        "Where the shop floor is today",
        "FY27 to Period 11 (the 48 weeks to 7 January 2028) unless stated",
    )
    tiles = [
        (
            "£38.7m",
            "of stock we could not account for",
            "known and unknown loss, rolling 13 periods",
        ),
        (
            "1 in 3",
            "Saturday collectors still waiting at 5 min",
            "stopwatch sample, 40 Saturdays, six stores",
        ),
        (
            "41,000",
            "paper price tickets hung every week",
            "printed in store from PriceBook each Tuesday",
        ),
        (
            "97 of 141",
            "stores plan their rotas in a spreadsheet",
            "the other 44 use the 2019 rota template",
        ),
        ("6 days", "for a trade customer to hear about credit", "median, application to answer"),
        ("11,840", "colleagues in stores and trade counters", "about 8,100 full-time equivalents"),
    ]
    tw, th, gap = 7.6 * CM, 2.55 * CM, 0.3 * CM
    for k, (big, label, small) in enumerate(tiles):
        col, row = k % 2, k // 2
        x = LEFT + col * (tw + gap)
        y = H - 5.95 * CM - row * (th + gap)
        tile(d, x, y, tw, th, big, label, small)
    bx = LEFT + 2 * (tw + gap) + 0.3 * CM
    bw = RIGHT - bx
    d.rect(bx, H - 11.55 * CM, bw, 8.15 * CM, ORANGE_LIGHT)
    d.text(bx + 0.4 * CM, H - 4.2 * CM, "For context, not targets", 12, BOLD, ORANGE)
    y = d.bullets(
        bx + 0.9 * CM,
        H - 5.0 * CM,
        [
            "In FY19 we ran shrink at 1.2% of sales, before self-checkouts reached every store.",
            "Brandwood Trade Supplies says 8 in 10 of its account decisions take under an hour.",
            "The Aireby distribution centre lease runs to 2036.",
        ],
        bw - 1.3 * CM,
        10,
    )
    d.para(
        LEFT,
        2.55 * CM,
        "Sales were £2.04bn in the 13 periods to Period 11; 2.9 million orders were collected "
        "in store, 61% of them on Friday evenings and Saturdays.",
        RIGHT - LEFT,
        11,
        SANS,
        GREY,
    )
    d.finish()


def ambition(d: Deck) -> None:
    d.start("2 · OUR AMBITION", "What we are aiming for")
    d.rect(LEFT, H - 5.0 * CM, RIGHT - LEFT, 1.9 * CM, GREEN)
    d.text(
        LEFT + 0.6 * CM,
        H - 3.95 * CM,
        "A store that is ready for the customer every hour it is open,",
        17,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 1.2 * CM,
    )
    d.text(
        LEFT + 0.6 * CM,
        H - 4.65 * CM,
        "and the first call for the trade in every town we serve.",
        17,
        BOLD,
        ORANGE_LIGHT,
        limit=RIGHT - LEFT - 1.2 * CM,
    )
    d.text(LEFT, H - 6.1 * CM, "By the end of FY29 we will:", 14, BOLD, INK)
    goals = [
        "hand over 85% of click-and-collect orders within 2 minutes of the customer arriving",
        "show the till price on 99.5% of the shelf edges we check, with no paper tickets",
        "publish 95% of rotas three weeks ahead, built from the forecast",
        "decide 80% of trade credit applications within one hour",
        "take shrink from 1.9% to 1.4% of sales",
    ]
    y = H - 7.1 * CM
    for k, goal in enumerate(goals, start=1):
        d.rect(LEFT + 0.2 * CM, y - 5, 18, 18, ORANGE)
        d.centred(LEFT + 0.2 * CM + 9, y, str(k), 11, BOLD, WHITE, 18)
        d.text(LEFT + 1.3 * CM, y, goal, 14, SANS, INK, limit=RIGHT - LEFT - 1.3 * CM)
        y -= 0.9 * CM
    d.text(
        LEFT,
        y - 0.2 * CM,
        "Each goal is a measure on slide 11, with its FY27 baseline and the period it is due by.",
        11,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


PILLARS = [
    ("1", "Collect in a minute", "Click-and-collect lockers", "Exec lead: Chief Operating Officer"),
    (
        "2",
        "Right price, first time",
        "Electronic shelf-edge labels",
        "Exec lead: Commercial Director",
    ),
    (
        "3",
        "Right people, right hour",
        "ShiftPoint workforce scheduling",
        "Exec lead: People Director",
    ),
    (
        "4",
        "Credit while you wait",
        "Trade-account credit decided online",
        "Exec lead: Chief Financial Officer",
    ),
    ("5", "Stop the stock walking", "Shrink", "Exec lead: Chief Operating Officer"),
]


def plan_on_a_page(d: Deck) -> None:
    d.start("2 · OUR AMBITION", "Five pillars, three phases", "The whole plan on one page")
    cw, gap = 4.9 * CM, 0.225 * CM
    top = H - 3.6 * CM
    descr = [
        "Lockers at 60 stores and 24-hour trade lockers",
        "Labels in all 141 stores, no paper tickets",
        "Rotas from the forecast, three weeks ahead",
        "Credit decided online, at home or at the counter",
        "Tags, weekly counts and loss at the till",
    ]
    for k, (num, name, what, lead) in enumerate(PILLARS):
        x = LEFT + k * (cw + gap)
        d.rect(x, top - 5.6 * CM, cw, 5.6 * CM, GREEN_LIGHT)
        d.rect(x, top - 1.2 * CM, cw, 1.2 * CM, GREEN)
        d.text(x + 0.3 * CM, top - 0.5 * CM, f"PILLAR {num}", 8, BOLD, ORANGE_LIGHT)
        d.text(x + 0.3 * CM, top - 0.98 * CM, name, 10, BOLD, WHITE, limit=cw - 0.6 * CM)
        y = d.para(x + 0.3 * CM, top - 1.9 * CM, what, cw - 0.6 * CM, 11, BOLD, INK)
        d.para(x + 0.3 * CM, y - 4, descr[k], cw - 0.6 * CM, 10, SANS, INK)
        d.para(x + 0.3 * CM, top - 4.9 * CM, lead, cw - 0.6 * CM, 9, SANS, GREY)
    # the phases, named without dates
    py = 3.3 * CM
    d.text(LEFT, py + 1.0 * CM, "Three phases, one gate", 12, BOLD, GREEN)
    names = ["Foundations", "Roll-out", "Optimise"]
    pw = (RIGHT - LEFT - 2 * 0.9 * CM) / 3
    for k, name in enumerate(names):
        x = LEFT + k * (pw + 0.9 * CM)
        d.rect(x, py - 0.45 * CM, pw, 0.9 * CM, ORANGE_LIGHT)
        d.centred(x + pw / 2, py - 0.1 * CM, name, 12, BOLD, INK, pw)
        if k < 2:
            d.centred(x + pw + 0.45 * CM, py - 0.1 * CM, "›", 16, BOLD, ORANGE, 0.9 * CM)
    d.text(
        LEFT,
        py - 1.2 * CM,
        "The gate sits between Foundations and Roll-out; slide 12 dates each phase.",
        10,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def focus(d: Deck) -> None:
    d.start("3 · FOCUS", "Four moments we are fixing", "Where customers and colleagues feel it")
    moments = [
        (
            "Saturday click-and-collect at the service desk",
            "A queue behind the desk while a colleague walks to the back for the order.",
        ),
        (
            "Trade customers opening an account at the counter",
            "A plasterer who wants to buy today hears back in six days.",
        ),
        (
            "Tuesday price changes on the shop floor",
            "Two colleagues a store, most of the morning, with a printer and a trolley.",
        ),
        (
            "Rotas for the spring garden peak (Periods 2 to 5)",
            "Hours guessed from last year, too few on sunny weekends.",
        ),
    ]
    half = (RIGHT - LEFT) * 0.6
    y = H - 4.0 * CM
    for k, (name, line) in enumerate(moments, start=1):
        d.text(LEFT, y, f"{k}.", 13, BOLD, ORANGE)
        d.text(LEFT + 0.7 * CM, y, name, 13, BOLD, INK, limit=half)
        y = d.para(LEFT + 0.7 * CM, y - 16, line, half, 11, SANS, GREY) - 8
    bx = LEFT + half + 1.2 * CM
    bw = RIGHT - bx
    d.rect(bx, H - 9.6 * CM, bw, 6.0 * CM, GREY_LIGHT)
    d.text(bx + 0.4 * CM, H - 4.2 * CM, "Not in this plan", 13, BOLD, GREEN)
    d.bullets(
        bx + 0.9 * CM,
        H - 5.1 * CM,
        [
            "Marketing, the website's look and the Tillbrook Club loyalty scheme",
            "Kitchen and bathroom design appointments",
            "Home delivery from the Aireby distribution centre",
            "Concessions (garden buildings, hot tubs) run by their own operators",
        ],
        bw - 1.3 * CM,
        10.5,
    )
    d.finish()


def pillar_page(
    d: Deck, k: int, subtitle: str, initiatives: list[tuple[str, str]], goals: list[str]
) -> None:
    num, name, _, lead = PILLARS[k]
    d.start(f"4 · PILLAR {num} OF 5", name, subtitle)
    width = (RIGHT - LEFT) * 0.62
    y = H - 4.0 * CM
    d.text(LEFT, y, "What we will do", 12, BOLD, GREEN)
    y -= 0.75 * CM
    for head, rest in initiatives:
        y = d.lead_item(LEFT + 0.6 * CM, y, head, rest, width - 0.6 * CM, 12.5) - 3
    bx = LEFT + width + 0.8 * CM
    bw = RIGHT - bx
    d.rect(bx, H - 9.6 * CM, bw, 5.9 * CM, GREEN_LIGHT)
    d.text(bx + 0.4 * CM, H - 4.4 * CM, "Goals", 12, BOLD, GREEN)
    gy = H - 5.2 * CM
    for g in goals:
        gy = d.para(bx + 0.4 * CM, gy, g, bw - 0.8 * CM, 11, SANS, INK) - 6
    d.text(bx + 0.4 * CM, H - 9.2 * CM, lead, 9, SANS, GREY, limit=bw - 0.8 * CM)
    d.finish()


def pillar_lockers(d: Deck) -> None:
    pillar_page(
        d,
        0,
        "Click-and-collect lockers: the order waits for the customer, not the other way round",
        [
            (
                "Install 24-bay collection lockers ",
                "in the lobby of the 60 stores with the most collections, starting with the busiest.",
            ),
            (
                "Send the locker PIN by text ",
                "the moment an order is picked, with a reminder after 24 hours.",
            ),
            (
                "Pick every locker order ",
                "within two hours between 07:00 and 18:00, from the store's own stock.",
            ),
            (
                "Open a 24-hour trade locker bank ",
                "in the yard of each trade counter for account customers' orders placed by 20:00.",
            ),
        ],
        [
            "85% of click-and-collect orders handed over within 2 minutes by the end of FY29",
            "Lockers in 60 stores by the end of FY29 Q2",
        ],
    )


def pillar_labels(d: Deck) -> None:
    pillar_page(
        d,
        1,
        "Electronic shelf-edge labels: one price, set once, right on the shelf and at the till",
        [
            ("Fit electronic shelf-edge labels ", "in all 141 stores, garden centres last."),
            (
                "Link PriceBook to the label server ",
                "so that price changes reach the shelf overnight, before the store opens.",
            ),
            (
                "Certify two colleagues per store to work at height ",
                "before labels go on the top shelves of the racking.",
            ),
            (
                "Check 200 shelf edges a week in every store ",
                "against the till price, on the handheld.",
            ),
        ],
        [
            "Shelf edges showing the till price: 99.5% by FY29 Q3",
            "Price-change hours cut from 15 to 3 a store a week",
            "Labels in all 141 stores by the end of FY29 Q3",
        ],
    )


def pillar_rotas(d: Deck) -> None:
    pillar_page(
        d,
        2,
        "ShiftPoint scheduling: hours where the customers are, rotas colleagues can plan around",
        [
            (
                "Move every store's rota ",
                "from spreadsheets to ShiftPoint, 40 stores in the first wave.",
            ),
            (
                "Build the footfall and till forecast ",
                "that sets each store's hours, week by week and hour by hour.",
            ),
            (
                "Publish rotas three weeks ahead ",
                "and let colleagues swap shifts in the ShiftPoint app.",
            ),
            (
                "Train every store manager and duty manager on ShiftPoint ",
                "before their store goes live.",
            ),
        ],
        [
            "Rotas published three weeks ahead: 95% by FY29 Q3",
            "Scheduled hours within 5% of the labour model: 90% by the end of FY29",
        ],
    )


def pillar_credit(d: Deck) -> None:
    pillar_page(
        d,
        3,
        "Trade-account credit decided online: a builder can buy on account the day they apply",
        [
            (
                "Decide trade-account credit online ",
                "with a credit reference agency's score, up to a £5,000 limit.",
            ),
            (
                "Let trade customers apply on a tablet at the counter ",
                "as well as on the Tillbrook Trade website.",
            ),
            (
                "Clean the 11,400 open trade account records ",
                "before they move to the new decision service.",
            ),
            (
                "Send every regulated sole-trader application ",
                "to a credit controller for its affordability check.",
            ),
        ],
        [
            "Trade credit decisions within one hour: 80% by FY29 Q2",
            "Bad debt no higher than FY27's 0.6% of trade sales",
        ],
    )


def pillar_shrink(d: Deck) -> None:
    pillar_page(
        d,
        4,
        "Shrink: fewer losses, and knowing where the ones we have come from",
        [
            (
                "Security-tag the 400 highest-loss lines ",
                "(power tools, batteries, copper fittings, smart locks).",
            ),
            (
                "Count the 400 highest-loss lines every week ",
                "on the handhelds, not once a period.",
            ),
            (
                "Record known loss at the till ",
                "with a reason code, so damaged stock leaves the books the day it is found.",
            ),
            (
                "Keep high-value power tools behind the trade counter ",
                "and in locked cases on the shop floor.",
            ),
        ],
        [
            "Shrink as a share of sales: from 1.9% to 1.4% for FY29",
            "Every store's loss by line, every period, from FY29 Q1",
        ],
    )


def measures(d: Deck) -> None:
    d.start(
        "5 · MEASURES",
        "How we will know",
        "Eight measures, FY27 baselines, targets in our fiscal calendar (slide 12)",
    )
    rows = [
        ["Measure", "FY27 baseline", "Target", "By when"],
        ["Click-and-collect orders handed over within 2 minutes", "41%*", "85%", "End of FY29"],
        ["Shelf edges showing the till price", "96.2%", "99.5%", "FY29 Q3"],
        ["Store hours spent on price changes, per store per week", "15 h", "3 h", "End of FY29"],
        ["Rotas published three weeks ahead", "18%", "95%", "FY29 Q3"],
        ["Scheduled hours within 5% of the labour model", "58%", "90%", "End of FY29"],
        ["Trade credit decisions within one hour", "3%", "80%", "FY29 Q2"],
        ["Shrink as a share of sales", "1.9%", "1.4%", "FY29 (full year)"],
        ["Colleague engagement (Colleague Voice survey)", "62%", "Higher", "To be agreed"],
    ]
    widths = [11.6 * CM, 3.8 * CM, 3.4 * CM, 4.2 * CM]
    y = d.table(LEFT, H - 3.6 * CM, widths, rows, 11, 5)
    d.text(
        LEFT,
        y - 0.6 * CM,
        "* Stopwatch sample of 40 Saturdays at six stores; no system records handover time yet.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.text(
        LEFT,
        y - 1.1 * CM,
        "Each measure has one owner in the measures dictionary; the programme board sees all eight every period.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def calendar(d: Deck) -> None:
    d.start(
        "6 · ROADMAP", "How we count the time", "Our fiscal calendar, and the three phases on it"
    )
    y = H - 4.0 * CM
    width = RIGHT - LEFT - 0.6 * CM
    y = d.bullets(
        LEFT + 0.6 * CM,
        y,
        [
            "Our financial year starts on the Sunday nearest 1 February; each quarter is 13 weeks "
            "in a 4-4-5 pattern (periods of four, four and five weeks).",
            "This plan covers FY28 and FY29: February 2028 to January 2030.",
            "FY28 starts on Sunday 30 January 2028 and has 53 weeks, the extra week in Period 12; "
            "FY29 runs from Sunday 4 February 2029 to Saturday 2 February 2030.",
        ],
        width,
        11.5,
    )
    y -= 0.2 * CM
    phases = [
        (
            "Foundations (FY28 Q1-Q2)",
            "Kelham Bridge goes first; contracts signed, data cleaned, rota rules agreed.",
        ),
        (
            "Roll-out (FY28 Q3 - FY29 Q2)",
            "Lockers, labels and ShiftPoint store by store in waves; credit decided online.",
        ),
        (
            "Optimise (FY29 H2)",
            "Garden centres, forecast tuning, the last paper processes closed, handover to stores.",
        ),
    ]
    for name, what in phases:
        d.rect(LEFT + 0.6 * CM, y - 0.25 * CM, 6.9 * CM, 0.75 * CM, ORANGE_LIGHT)
        d.text(LEFT + 0.8 * CM, y, name, 11.5, BOLD, INK, limit=6.6 * CM)
        d.text(LEFT + 7.9 * CM, y, what, 11, SANS, INK, limit=RIGHT - LEFT - 7.9 * CM)
        y -= 0.95 * CM
    y -= 0.1 * CM
    d.bullets(
        LEFT + 0.6 * CM,
        y,
        [
            "One gate, at the Period 6 close, between Foundations and Roll-out (slide 15).",
            "Peak trading freeze: no go-lives from Period 10 to Period 12, which in calendar terms "
            "is November to January, in both years.",
            "Lockers for the first 20 stores are fitted in Period 6, before the gate; none of them "
            "goes live until the gate is passed.",
        ],
        width,
        11.5,
    )
    d.finish()


QUARTERS = [
    ("Q1", "FY28"),
    ("Q2", "FY28"),
    ("Q3", "FY28"),
    ("Q4", "FY28"),
    ("Q1", "FY29"),
    ("Q2", "FY29"),
    ("Q3", "FY29"),
    ("Q4", "FY29"),
    ("Beyond", "FY29"),
]

# (row label, [(first column, last column, label, shade)]), columns 0-7 the quarters, 8 Beyond
ROADMAP: list[tuple[str, list[tuple[int, int, str, str]]]] = [
    (
        "Phase",
        [
            (0, 1, "Foundations", "phase"),
            (2, 5, "Roll-out", "phase"),
            (6, 7, "Optimise", "phase"),
            (8, 8, "Stores run it", "beyond"),
        ],
    ),
    (
        "Lockers",
        [
            (0, 1, "Kelham Bridge", "first"),
            (2, 2, "20 stores", "work"),
            (4, 5, "39 stores", "work"),
            (6, 6, "Tune", "work"),
            (8, 8, "81 smaller stores", "beyond"),
        ],
    ),
    (
        "Shelf-edge labels",
        [
            (1, 1, "3 trial stores", "first"),
            (2, 2, "20 stores", "work"),
            (4, 5, "118 stores", "work"),
            (6, 6, "Garden centres", "work"),
            (8, 8, "Trade yards", "beyond"),
        ],
    ),
    (
        "ShiftPoint",
        [
            (0, 1, "Rota rules, forecast", "work"),
            (2, 2, "40 stores", "work"),
            (4, 5, "101 stores", "work"),
            (6, 7, "Forecast tuning", "work"),
        ],
    ),
    (
        "Trade credit",
        [
            (0, 1, "Agency, data clean", "work"),
            (2, 2, "Online", "work"),
            (4, 4, "Counter tablets", "work"),
            (6, 7, "Limits review", "work"),
        ],
    ),
    (
        "Shrink",
        [
            (0, 1, "Tag top 400 lines", "work"),
            (2, 3, "Weekly counts", "work"),
            (4, 5, "Loss at the till", "work"),
            (8, 8, "CCTV renewal", "beyond"),
        ],
    ),
    (
        "Gate and freeze",
        [
            (1, 1, "Gate 1", "gate"),
            (3, 3, "Freeze P10-P12", "freeze"),
            (7, 7, "Freeze P10-P12", "freeze"),
        ],
    ),
]


def roadmap(d: Deck) -> None:
    d.start(
        "6 · ROADMAP", "Roadmap FY28-FY29", "Rows are workstreams; columns are our fiscal quarters"
    )
    x0 = LEFT
    first = 3.4 * CM
    qw = 2.35 * CM
    beyond = 2.6 * CM
    widths = [first] + [qw] * 8 + [beyond]
    edges = [x0]
    for w in widths:
        edges.append(edges[-1] + w)
    top = H - 3.5 * CM
    head_h = 1.05 * CM
    row_h = 0.95 * CM
    # head row: a fill, then each cell's two lines, cell by cell
    d.rect(x0, top - head_h, edges[-1] - x0, head_h, GREEN)
    d.rect(edges[9], top - head_h, beyond, head_h, GREY)
    d.text(x0 + 5, top - 0.62 * CM, "Workstream", 10, BOLD, WHITE)
    for j, (q, fy) in enumerate(QUARTERS):
        cx = (edges[j + 1] + edges[j + 2]) / 2
        w = widths[j + 1]
        d.centred(cx, top - 0.45 * CM, q, 10, BOLD, WHITE, w - 6)
        d.centred(cx, top - 0.85 * CM, fy, 9, SANS, WHITE, w - 6)
    y = top - head_h
    bottoms = []
    for label, spans in ROADMAP:
        yb = y - row_h
        d.text(x0 + 5, yb + 0.36 * CM, label, 9.5, BOLD, INK, limit=first - 10)
        for a, b, text, shade in spans:
            xa, xb = edges[a + 1], edges[b + 2]
            d.rect(xa + 1.5, yb + 1.5, xb - xa - 3, row_h - 3, SHADES[shade])
            color = WHITE if shade == "phase" else INK
            font = BOLD if shade in {"phase", "gate"} else SANS
            d.centred((xa + xb) / 2, yb + 0.36 * CM, text, 8, font, color, xb - xa - 6)
        bottoms.append((yb, spans))
        y = yb
    # thin ruled lines: every row line, and column lines except inside a merged cell
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
        y - 0.55 * CM,
        "Beyond FY29 is shown for context only: it is not part of this plan and is not funded.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.text(
        LEFT,
        y - 0.95 * CM,
        "No store goes live in a freeze column; waves resume in Period 1 of FY29.",
        9,
        SANS,
        GREY,
        limit=RIGHT - LEFT,
    )
    d.finish()


def first_store(d: Deck) -> None:
    d.start(
        "7 · ONE TOWN FIRST",
        "Proving it in one town before 140 others",
        "Lockers, FY28 Periods 2 to 6",
    )
    width = (RIGHT - LEFT) * 0.62
    y = H - 4.0 * CM
    for line in (
        "Lockers go in first at the Kelham Bridge store and its trade counter:",
        "24 bays in the store lobby and 12 in the trade yard.",
    ):
        d.text(LEFT, y, line, 13, BOLD, GREEN, limit=width)
        y -= 17
    y -= 0.2 * CM
    y = d.para(
        LEFT,
        y,
        "Why this store: 31,000 collections a year, our third-busiest Saturday desk, a trade "
        "counter with its own yard, and a manager who ran the 2019 self-checkout trial.",
        width,
        11,
        SANS,
        INK,
    )
    y -= 0.3 * CM
    d.text(
        LEFT,
        y,
        "Go-live (L) is Sunday 30 April 2028, the first day of Period 4",
        11,
        BOLD,
        INK,
        limit=width,
    )
    y -= 0.7 * CM
    steps = [
        ("L-8 weeks: ", "survey the lobby and the trade yard; order power and data points"),
        ("L-4 weeks: ", "run 50 test orders through OrderHub into the lockers"),
        ("L-2 weeks: ", "brief every colleague on the service desk and the counter"),
        ("L+2 weeks: ", "time every Saturday handover by hand, desk and lockers"),
        ("L+8 weeks: ", "first results to the programme board"),
    ]
    for lead, rest in steps:
        y = d.lead_item(LEFT + 0.6 * CM, y, lead, rest, width - 0.6 * CM, 11)
    bx = LEFT + width + 0.8 * CM
    bw = RIGHT - bx
    d.rect(bx, 2.2 * CM, bw, H - 5.8 * CM, ORANGE_LIGHT)
    d.text(bx + 0.4 * CM, H - 4.3 * CM, "What we learn there", 12, BOLD, ORANGE)
    d.bullets(
        bx + 0.9 * CM,
        H - 5.1 * CM,
        [
            "Whether customers use a PIN, or still come to the desk",
            "How many bays a store of this size needs on a Saturday",
            "Whether trade customers collect from the yard after 20:00",
            "What breaks when an order is split across two lockers",
        ],
        bw - 1.3 * CM,
        10.5,
    )
    d.finish()


def gate(d: Deck) -> None:
    d.start(
        "8 · GATE 1",
        "What good looks like at the Period 6 close",
        "Gate 1 decides whether Roll-out starts in Period 7",
    )
    width = RIGHT - LEFT - 0.6 * CM
    y = H - 4.0 * CM
    y = d.para(
        LEFT,
        y,
        "Measured on the five weeks of Period 6, to Saturday 29 July 2028, and read at the "
        "programme board on Thursday 10 August 2028.",
        RIGHT - LEFT,
        11.5,
        BOLD,
        GREEN,
    )
    y -= 0.25 * CM
    y = d.bullets(
        LEFT + 0.6 * CM,
        y,
        [
            "80% of Kelham Bridge collections handed over within 2 minutes, Saturdays included",
            "No locker order lost or handed to the wrong customer in Periods 4 to 6",
            "ShiftPoint rota rules agreed with the Usdaw Store Forum and loaded for the first 40 stores",
            "Open trade account records cleaned and matched to the agency's file for 95% of accounts",
            "Price accuracy of 99.5% or better at the three trial label stores for four weeks running",
            "Tags on the first 100 high-loss lines in every store",
        ],
        width,
        11.5,
    )
    y -= 0.2 * CM
    d.para(
        LEFT,
        y,
        "If Gate 1 is not passed, Roll-out waits for the next period close; the lockers already "
        "fitted stay switched off.",
        RIGHT - LEFT,
        11,
        SANS,
        GREY,
    )
    d.finish()


def risks(d: Deck) -> None:
    d.start("9 · RISKS", "What could trip us up", "The five risks the programme board will watch")
    rows = [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            "Store Wi-Fi does not reach the garden centres or the trade yards",
            "High",
            "Medium",
            "Survey the 22 biggest garden centres and add access points before labels go outside",
        ],
        [
            "OrderHub cannot text the locker PIN to the customer",
            "High",
            "High",
            "Link a text-message gateway to OrderHub before Kelham Bridge goes live",
        ],
        [
            "Colleagues read ShiftPoint as a way to cut their hours",
            "Medium",
            "High",
            "Keep contracted hours unchanged in FY28; rota rules go to the Usdaw Store Forum first",
        ],
        [
            "Faster decisions let more bad debt through",
            "Medium",
            "High",
            "Cap online limits at £5,000 for the first two periods; review every default weekly",
        ],
        [
            "Tags are cut off in the aisles",
            "Medium",
            "Medium",
            "Spider wraps on power tools; review CCTV within 31 days of any loss over £250",
        ],
    ]
    widths = [8.0 * CM, 2.6 * CM, 2.3 * CM, 12.5 * CM]
    d.table(LEFT, H - 3.6 * CM, widths, rows, 10.5, 5)
    d.finish()


def first_90_days(d: Deck) -> None:
    d.start(
        "10 · FIRST 90 DAYS",
        "Clearing the runway: our first 90 days",
        "Periods 1 to 3 of FY28 (February to April 2028) · owner in brackets",
    )
    width = RIGHT - LEFT - 0.6 * CM
    d.bullets(
        LEFT + 0.6 * CM,
        H - 3.95 * CM,
        [
            "Sign the locker, label and ShiftPoint contracts (CFO)",
            "Survey the Kelham Bridge lobby and trade yard for lockers (Facilities Manager)",
            "Agree locker opening hours at stores with a trade counter (the Head of Store Operations and the Head of Trade Operations)",
            "Load PriceBook's 46,000 lines into the label server for the three trial stores (IT Director)",
            "Write the ShiftPoint rota rules and take them to the Usdaw Store Forum (Workforce Planning Lead)",
            "Clean the open trade account records, starting with the 2,300 sole traders (Head of Credit)",
            "Tag the first 100 of the 400 highest-loss lines (Head of LP)",
            "Book work-at-height certificates for two colleagues in each of the first 23 label stores (Head of H&S)",
            "Set up the programme board and its RAID log (Programme Director)",
        ],
        width,
        12.5,
        gap=4,
    )
    d.finish()


def monday(d: Deck) -> None:
    d.start(
        "11 · IN THE STORE",
        "What changes on Monday",
        "For each store, from the Monday after it goes live",
    )
    width = RIGHT - LEFT - 0.6 * CM
    y = H - 4.0 * CM
    items = [
        (
            "Collections: ",
            "the order is in a locker and the customer has a PIN; nobody fetches it from the back.",
        ),
        (
            "Prices: ",
            "no Tuesday ticket run; report a label that disagrees with the till on the handheld the same day.",
        ),
        (
            "Rotas: ",
            "built in ShiftPoint from the forecast and published three weeks ahead; swaps in the app.",
        ),
        (
            "Known loss: ",
            "scan damaged stock at the till with a reason code; the paper damages sheet goes.",
        ),
        (
            "Trade: ",
            "a customer can apply on the counter tablet and hear the answer before they load the van.",
        ),
    ]
    for lead, rest in items:
        y = d.lead_item(LEFT + 0.6 * CM, y, lead, rest, width, 12) - 4
    d.finish()


def governance(d: Deck) -> None:
    d.start(
        "12 · GOVERNANCE", "How we will run it", "One sponsor, one board, two bodies we consult"
    )
    width = RIGHT - LEFT - 0.6 * CM
    y = H - 4.0 * CM
    items = [
        (
            "Sponsor: ",
            "Alison Marr, Chief Operating Officer, who chairs the Ready Every Hour programme board.",
        ),
        (
            "Programme board: ",
            "meets on the second Thursday after each period close; members are the CFO, the IT Director, the People Director, the Head of Store Operations, the Head of Trade Operations, the Head of Trade Credit and the Programme Director.",
        ),
        (
            "Shrink lead: ",
            "the Head of Loss Prevention and Health & Safety, who also signs off every work-at-height plan for label installs.",
        ),
        (
            "Consulted, never owners of work: ",
            "the Usdaw Store Forum (rota rules, notice of shifts, searches) and the Colleague Voice Panel (what changes on Monday).",
        ),
        (
            "Reporting: ",
            "a one-page report to the Executive Committee every period; the Board sees Gate 1's result in September 2028.",
        ),
    ]
    for lead, rest in items:
        y = d.lead_item(LEFT + 0.6 * CM, y, lead, rest, width, 12) - 4
    d.finish()


def asks(d: Deck) -> None:
    d.start(
        "13 · DECISIONS",
        "What we ask of the Board",
        "Capital for FY28 and FY29: £28.7m; running costs £2.2m a year from FY29",
    )
    rows = [
        ["", "FY28", "FY29"],
        ["Lockers (60 stores, 38 trade yards)", "£1.4m", "£1.9m"],
        ["Shelf-edge labels (141 stores)", "£4.1m", "£16.2m"],
        ["ShiftPoint (licences, set-up, devices)", "£1.6m", "£0.9m"],
        ["Trade credit (decision service, tablets)", "£0.7m", "£0.2m"],
        ["Shrink (tags, cases, deactivators)", "£1.1m", "£0.6m"],
    ]
    widths = [8.6 * CM, 2.6 * CM, 2.6 * CM]
    y = d.table(LEFT, H - 3.7 * CM, widths, rows, 10.5, 4)
    del y
    bx = LEFT + 14.6 * CM
    bw = RIGHT - bx
    d.text(bx, H - 4.1 * CM, "We ask the Board to:", 13, BOLD, GREEN)
    d.bullets(
        bx + 0.6 * CM,
        H - 5.0 * CM,
        [
            "approve Ready Every Hour, FY28-FY29, and its five pillars",
            "release £4.3m now for Foundations; the rest of FY28's £8.9m and FY29's £19.8m only once Gate 1 is passed",
            "approve a three-year contract with a credit reference agency for trade accounts",
            "let Kelham Bridge go first, live in Period 4 of FY28",
        ],
        bw - 0.6 * CM,
        11,
    )
    d.para(
        LEFT,
        2.1 * CM,
        "We will report every measure on slide 11 to the Board at the end of FY29, in February 2030.",
        RIGHT - LEFT,
        11,
        BOLD,
        INK,
    )
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for page in (
        cover,
        why_now,
        ambition,
        plan_on_a_page,
        focus,
        pillar_lockers,
        pillar_labels,
        pillar_rotas,
        pillar_credit,
        pillar_shrink,
        measures,
        calendar,
        roadmap,
        first_store,
        gate,
        risks,
        first_90_days,
        monday,
        governance,
        asks,
    ):
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
    comment = b"%\xe4\xf0\xed\xf8"
    head = b"%PDF-1.6\n" + comment + b" " * (second - first - 1 - len(comment))
    data = head + data[second:]
    tail = b"% ReportLab generated PDF document -- digest (opensource)"
    if data.count(tail) != 1:
        raise SystemExit("unexpected reportlab trailer")
    data = data.replace(tail, b" " * len(tail))
    path.write_bytes(data)


# =========================================================================== the roster (ODS)

Cell = str | list[str]

# Post, Function, Reports to, Accountable for (one string, or a list of paragraphs)
POSTS: list[tuple[str, str, str, Cell]] = [
    (
        "Chief Executive",
        "Executive",
        "Board",
        "The group's results, its plan and the Executive Committee, which the Chief Executive chairs.",
    ),
    (
        "Chief Operating Officer",
        "Executive",
        "Chief Executive",
        [
            "All 141 stores and 38 trade counters, store property and supply from the Aireby "
            "distribution centre.",
            "\x01Sponsor\x02 of Ready Every Hour and chair of its programme board, who takes the "
            "go/no-go decision at Gate 1.",
        ],
    ),
    (
        "Chief Financial Officer",
        "Executive",
        "Chief Executive",
        "Budgets and capital, including the release of programme money after each gate; supplier "
        "contracts over £250,000; the group's appetite for credit risk.",
    ),
    (
        "Commercial Director",
        "Executive",
        "Chief Executive",
        "Ranges, buying and suppliers of goods for resale; prices through the Head of Pricing and "
        "Promotions.",
    ),
    (
        "People Director",
        "Executive",
        "Chief Executive",
        "Pay, contracts and contracted hours, people policies, employee relations and the "
        "recognition agreement with Usdaw.",
    ),
    (
        "IT Director",
        "Technology",
        "Chief Executive",
        "Every group system and the links between them (PriceBook, OrderHub, TillWorks, StockLine, "
        "Oakledger), the store network contract and IT suppliers.",
    ),
    (
        "Store Systems Manager",
        "Technology",
        "IT Director",
        "Technology inside stores, from fitting to replacement: tills, handhelds, store Wi-Fi and "
        "its access points, printers, and the electronic shelf-edge labels with their base "
        "stations.",
    ),
    (
        "Head of Data and Insight",
        "Technology",
        "IT Director",
        [
            "The Bedrock data warehouse and Bedrock Reports.",
            "Builds reports and dashboards to other teams' definitions; owns no business forecast "
            "and no measure.",
        ],
    ),
    (
        "Head of Store Operations",
        "Operations",
        "Chief Operating Officer",
        "How stores run day to day: the service desk and the handover of click-and-collect "
        "orders, store standards (price accuracy at the shelf edge among them), price-change "
        "routines in store and the twelve regional managers.",
    ),
    (
        "Head of Trade Operations",
        "Operations",
        "Chief Operating Officer",
        "The 38 trade counters and their yards: counter service and opening hours, account "
        "applications taken at the counter, \x03counter tablets, and trade collections.",
    ),
    (
        "Head of Online and Fulfilment",
        "Operations",
        "Chief Operating Officer",
        "Online orders from checkout to collection: OrderHub, the picking rules for "
        "click-and-collect, and every message a customer gets about an order.",
    ),
    (
        "Head of Property and Facilities",
        "Operations",
        "Chief Operating Officer",
        "Store buildings, yards and car parks; anything fixed to a building (lockers, cases, "
        "racking, power and data points); building contractors, landlords and leases.",
    ),
    (
        "Head of Loss Prevention and Health & Safety",
        "Operations",
        "Chief Operating Officer",
        [
            "Shrink and the ways we prevent it; health and safety in stores and yards, including "
            "work-at-height certificates.",
            "See the Loss Prevention Policy for who does what.",
        ],
    ),
    (
        "Stock Control Manager",
        "Operations",
        "Chief Operating Officer",
        "The stock file in StockLine: counts and the count programme, known-loss recording and "
        "its reason codes, and each store's period-end stock result.",
    ),
    (
        "Head of Pricing and Promotions",
        "Commercial",
        "Commercial Director",
        [
            "Every retail and trade price and promotion, and the price file in PriceBook.",
            "Runs nothing on the shop floor.",
        ],
    ),
    (
        "Head of Trade Credit",
        "Finance",
        "Chief Financial Officer",
        "Credit decisions and limits on trade accounts, the trade ledger and the customer records "
        "in it, collection of overdue debt, and the FCA rules for regulated sole-trader accounts.",
    ),
    (
        "Head of Workforce Planning",
        "People",
        "People Director",
        [
            "The labour model, the footfall and till forecast it runs on, store hours budgets and "
            "rota rules.",
            "ShiftPoint, from contract to business as usual.",
        ],
    ),
    (
        "Learning and Development Manager",
        "People",
        "People Director",
        [
            "Training for stores and the support centre: its design, its delivery and the "
            "StoreLearn platform with its training records.",
            "Books external courses when another team asks.",
        ],
    ),
    (
        "Programme Director, Ready Every Hour",
        "Programme",
        "Chief Operating Officer",
        [
            "The plan, the RAID log and the gate papers.",
            "Accountable for none of the workstreams' results.",
        ],
    ),
    (
        "Usdaw Store Forum",
        "Consultative body",
        "Not line-managed",
        [
            "Consulted before changes to shift patterns, rota rules, notice of shifts and "
            "colleague searches.",
            "Owns no programme work.",
        ],
    ),
    (
        "Colleague Voice Panel",
        "Consultative body",
        "Not line-managed",
        [
            "Consulted on anything that changes a colleague's working day.",
            "Owns no programme work.",
        ],
    ),
]
ROSTER_NOTE = (
    "Correct at Period 11 of FY27 (week ending 7 January 2028). The two consultative bodies are "
    "listed so that nobody gives them work."
)
# a comment on one cell, as Calc stores it (the post whose row it is on, author, date, text)
COMMENT = (
    "Stock Control Manager",
    "Mel Pryce",
    "2027-12-14T10:20:00",
    "Loss Prevention uses our figures; the counts stay with Stock Control.",
)
READ_ME = [
    "Support centre posts: one row a post, as agreed with the People Director.",
    "Update this sheet at each period close; do not add store posts here.",
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
    """One text:p: \\x01...\\x02 a bold span, \\x03 a second space (text:s)."""
    body = escape(s)
    body = body.replace("\x01", '<text:span text:style-name="T1">').replace("\x02", "</text:span>")
    body = body.replace(" \x03", " <text:s/>")
    return f"<text:p>{body}</text:p>"


def _ods_cell(value: Cell, style: str = "ce2", comment: tuple[str, str, str] | None = None) -> str:
    paras = [value] if isinstance(value, str) else value
    note = ""
    if comment is not None:
        author, date, words = comment
        note = (
            '<office:annotation svg:width="2.2in" svg:height="0.6in" svg:x="6.1in" svg:y="0in">'
            f"<dc:creator>{escape(author)}</dc:creator><dc:date>{date}</dc:date>"
            f"{_ods_para(words)}</office:annotation>"
        )
    inner = "".join(_ods_para(p) for p in paras)
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string" '
        f'calcext:value-type="string">{note}{inner}</table:table-cell>'
    )


STYLE_XML = (
    "<office:automatic-styles>"
    '<style:style style:name="co1" style:family="table-column">'
    '<style:table-column-properties fo:break-before="auto" style:column-width="2.9in"/>'
    "</style:style>"
    '<style:style style:name="co2" style:family="table-column">'
    '<style:table-column-properties fo:break-before="auto" style:column-width="1.3in"/>'
    "</style:style>"
    '<style:style style:name="co3" style:family="table-column">'
    '<style:table-column-properties fo:break-before="auto" style:column-width="1.7in"/>'
    "</style:style>"
    '<style:style style:name="co4" style:family="table-column">'
    '<style:table-column-properties fo:break-before="auto" style:column-width="5.4in"/>'
    "</style:style>"
    '<style:style style:name="ro1" style:family="table-row">'
    '<style:table-row-properties style:row-height="0.178in" fo:break-before="auto" '
    'style:use-optimal-row-height="true"/></style:style>'
    '<style:style style:name="ro2" style:family="table-row">'
    '<style:table-row-properties style:row-height="0.6in" fo:break-before="auto" '
    'style:use-optimal-row-height="true"/></style:style>'
    '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
    '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
    '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
    '<style:table-cell-properties fo:background-color="#1d5a3c"/>'
    '<style:text-properties fo:color="#ffffff" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">'
    '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'
    "</style:style>"
    '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default">'
    '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Default">'
    '<style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    "</office:automatic-styles>"
)


def ods_content() -> str:
    rows = ['<table:table-row table:style-name="ro1">']
    for head in ("Post", "Function", "Reports to", "Accountable for"):
        rows.append(_ods_cell(head, "ce1"))
    rows.append("</table:table-row>")
    for post, function, reports, accountable in POSTS:
        rows.append('<table:table-row table:style-name="ro2">')
        rows.append(_ods_cell(post, "ce3"))
        rows.append(_ods_cell(function))
        rows.append(_ods_cell(reports))
        comment = COMMENT[1:] if post == COMMENT[0] else None
        rows.append(_ods_cell(accountable, comment=comment))
        rows.append("</table:table-row>")
    rows.append(
        '<table:table-row table:style-name="ro1">'
        '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
    )
    rows.append('<table:table-row table:style-name="ro1">')
    rows.append(_ods_cell(ROSTER_NOTE, "ce4"))
    rows.append('<table:table-cell table:number-columns-repeated="3"/></table:table-row>')
    rows.append(
        '<table:table-row table:style-name="ro1" table:number-rows-repeated="1048551">'
        '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
    )
    read_me = "".join(
        f'<table:table-row table:style-name="ro1">{_ods_cell(line, "Default")}</table:table-row>'
        for line in READ_ME
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {NS_ODF} office:version="1.3">'
        "<office:scripts/>"
        "<office:font-face-decls>"
        '<style:font-face style:name="Liberation Sans" '
        'svg:font-family="&apos;Liberation Sans&apos;" '
        'style:font-family-generic="swiss" style:font-pitch="variable"/>'
        "</office:font-face-decls>" + STYLE_XML + "<office:body><office:spreadsheet>"
        '<table:calculation-settings table:automatic-find-labels="false" '
        'table:use-regular-expressions="false" table:use-wildcards="true"/>'
        '<table:table table:name="Posts" table:style-name="ta1">'
        '<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co2" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co3" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        + "".join(rows)
        + "</table:table>"
        '<table:table table:name="Read me" table:style-name="ta1">'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        + read_me
        + "</table:table>"
        "<table:named-expressions/>"
        "</office:spreadsheet></office:body></office:document-content>"
    )


def ods_bytes() -> bytes:
    """The spreadsheet as LibreOffice Calc 7.6 writes it: the ``mimetype`` entry first and
    stored, then the manifest, content, meta, settings and styles, at one fixed time."""
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {NS_ODF} office:version="1.3"><office:meta>'
        "<meta:creation-date>2026-03-02T09:14:00.000000000</meta:creation-date>"
        "<dc:date>2028-01-07T16:05:00.000000000</dc:date>"
        "<meta:editing-duration>PT3H12M</meta:editing-duration>"
        "<meta:editing-cycles>41</meta:editing-cycles>"
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 "
        "LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
        '<dc:creator>Mel Pryce</dc:creator><meta:document-statistic meta:table-count="2" '
        f'meta:cell-count="{4 * (len(POSTS) + 1) + 1 + len(READ_ME)}" meta:object-count="0"/>'
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
        '<config:config-item config:name="ActiveTable" config:type="string">Posts'
        "</config:config-item>"
        "</config:config-item-set>"
        "</office:settings></office:document-settings>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">\n'
        ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\n'
        ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
        ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
        "</manifest:manifest>\n"
    )
    entries = [
        ("META-INF/manifest.xml", manifest),
        ("content.xml", ods_content()),
        ("meta.xml", meta),
        ("settings.xml", settings),
        ("styles.xml", styles),
    ]
    when = (2028, 1, 7, 16, 5, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        first = zipfile.ZipInfo("mimetype", date_time=when)
        first.compress_type = zipfile.ZIP_STORED
        z.writestr(first, "application/vnd.oasis.opendocument.spreadsheet")
        for name, body in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, body.encode("utf-8"))
    return out.getvalue()


# =========================================================================== the other org files

LOSS_PREVENTION = """
# Loss Prevention Policy

Policy owner: Head of Loss Prevention and Health & Safety.
Version 4.2, approved by the Executive Committee on 12 September 2027; next review September 2028.

## 1. What this policy covers

Shrink is the value of stock we paid for and can neither sell nor account for. It has two
parts: known loss (damaged, out-of-date and broken stock, and stock used in store, recorded as
it is found) and unknown loss (the difference a count finds between the stock file and the
shelf). Shrink is reported as a share of sales, for each store and for the group, at every
period close.

The policy applies to all 141 stores, the 38 trade counters and their yards. The Aireby
distribution centre has its own policy.

## 2. Who does what

- **Head of Loss Prevention and Health & Safety**: owns shrink as a measure and everything we
  do to prevent it: security tags and spider wraps, locked cases, guarding, CCTV, colleague and
  bag searches, and the investigation of any single loss over £250.
- **Stock Control Manager**: owns the figures. The count programme (full counts, the weekly
  counts of high-loss lines, recounts), known-loss recording and its reason codes, and each
  store's period-end stock result belong to Stock Control. Loss prevention uses these figures;
  it does not produce them.
- **Head of Trade Operations**: keeps high-value stock at the trade counters behind the counter
  or in the locked yard cage.
- **Store managers**: run the counts and the tagging in their store to the timetable set by
  Stock Control and Loss Prevention.

## 3. Known loss

Known loss is kept on paper damages sheets in each store and keyed into StockLine by the stock
team once a week. A duty manager signs each sheet before the stock goes to the compactor.

## 4. High-loss lines and tagging

The list of high-loss lines is refreshed every quarter from StockLine's count results; in
Period 11 of FY27 it held 400 lines, most of them power tools, batteries, copper fittings and
smart locks. Tags are fitted at goods-in, before the stock reaches the shop floor.

## 5. CCTV

Each store records its CCTV on its own recorders. Footage is not retained beyond 31 days; after
that the recorder writes over it unless a clip has been saved for an investigation.

## 6. Searches

Colleague and bag searches follow the 2024 agreement with Usdaw and are carried out by two
colleagues, one of them a manager.

## 7. Work at height

No colleague may stand above the third step of a ladder, use a podium or work from a mobile
elevating work platform (MEWP) without a current certificate. Certificates (IPAF for MEWPs, and
our own ladder and podium certificate) are issued, tracked and renewed by the Head of Loss
Prevention and Health & Safety, who also signs off the work-at-height plan of any contractor
working in a store. The Learning and Development Manager books course places when asked; the
certificate records are held by Loss Prevention and Health & Safety.
"""

SYSTEMS = """
# Store systems and data inventory

Kept by the IT Director's office. Last reviewed at the Period 10 close of FY27 (December 2027).

| System | What it does | Business owner | Where it runs |
|---|---|---|---|
| TillWorks | Tills, self-checkouts and trade counter tills | IT Director | all 141 stores and 38 trade counters |
| PriceBook | Retail and trade prices; sends prices to the tills each night and prints shelf tickets in store | Head of Pricing and Promotions | support centre; ticket printers in every store |
| OrderHub | Online orders, click-and-collect picking lists and order emails | Head of Online and Fulfilment | hosted |
| StockLine | The stock file, counts and goods-in, on 420 handhelds | Stock Control Manager | every store |
| Oakledger | Finance and the trade ledger | Chief Financial Officer; the trade ledger is the Head of Trade Credit's | support centre |
| ClockRight | Clocking in and out; feeds payroll | People Director | every store |
| ShiftPoint | Workforce scheduling (contract signed December 2027) | Head of Workforce Planning | not live yet |
| Bedrock | Data warehouse: till, stock, order and hours data from FY22 | Head of Data and Insight | hosted |
| Bedrock Reports | Dashboards on Bedrock, built in Power BI | Head of Data and Insight | hosted |
| StoreLearn | Training platform and training records | Learning and Development Manager | hosted |
| Store CCTV | Recorders in each store | Head of Loss Prevention and Health & Safety | every store |

## Notes by area

**Rotas.** Rota planning in 97 of our 141 stores relies on a spreadsheet that each store
manager keeps on the store PC; the other 44 use the shared 2019 rota template. Hours worked are
recorded in ClockRight in every store.

**Click-and-collect.** OrderHub cannot send a text message: customers get an email when their
order is ready and a second email after three days.

**Store network.** Store Wi-Fi only covers the shop floor and the back of store; the outdoor
garden centres at 64 stores and the 38 trade yards are outside it.

**Trade credit.** The trade ledger in Oakledger has no link to a credit reference agency: a
credit controller phones the agency, writes the answer on the application form and keys the
limit by hand.

**Reporting.** Bedrock takes a nightly copy from TillWorks, StockLine, OrderHub and ClockRight.
Bedrock Reports has a shrink dashboard by store, refreshed at each period close, and a
click-and-collect dashboard by day.

**Handhelds.** 420 handhelds run StockLine; every store has at least two.
"""

TRADE_CREDIT = """
# Tillbrook Trade credit policy (extract)

Owner: Head of Trade Credit. Approved by the Chief Financial Officer, March 2027.

## Who decides

- The Head of Trade Credit owns every credit decision and limit on a trade account, the trade
  ledger and the customer records in it, and the collection of overdue debt.
- Trade counter colleagues take applications and check identity; they do not decide credit.
- A limit above £25,000 needs the Chief Financial Officer's signature as well.

## Regulated accounts

Accounts for sole traders, and for partnerships of two or three partners, with a limit of
£25,000 or less are regulated credit under the Consumer Credit Act 1974, and the FCA's
creditworthiness rules (CONC 5.2A) apply to them. A regulated account may only be opened once
a credit controller has recorded an affordability check on the file.

## The ledger

At the Period 11 close of FY27 there were 11,400 open trade accounts, 2,300 of them sole
traders. Bad debt written off in FY27 was 0.6% of trade sales. Application forms are scanned
into Oakledger and kept for six years after an account closes.
"""

CALENDAR_NOTES = """
TILLBROOK HOME & GARDEN: ESTATE AND TRADING CALENDAR NOTES
Store Operations, Period 11 FY27

ESTATE

141 stores in England and Wales, from 2,800 to 9,400 square metres of
selling space; 64 of them have an outdoor garden centre. 38 stores have a
Tillbrook Trade counter with its own yard and entrance. 31 stores are
leasehold.

The support centre and the distribution centre are both at Aireby. The
Aireby distribution centre lease runs to 2036.

Kelham Bridge (store 0417): 6,900 square metres, garden centre, trade
counter open 06:30 to 17:00 on weekdays and 07:00 to 12:00 on Saturdays.

CALENDAR

Our financial year starts on the Sunday nearest 1 February. Each quarter
is 13 weeks in a 4-4-5 pattern: periods of four, four and five weeks. In a
53-week year the extra week is added to Period 12.

FY27 ran from 31 January 2027 to 29 January 2028. FY28 runs from 30
January 2028 to 3 February 2029 and has 53 weeks. FY29 runs from 4
February 2029 to 2 February 2030.

PEAK TRADING

From the start of Period 10 to the end of Period 12, no store system may
go live and no fixture work may start in a store, so that stores trade
through Black Friday, Christmas and the January sale undisturbed.

The spring garden peak runs from Period 2 to Period 5; about a third of
the year's garden sales are taken in those four periods.
"""

MEASURES = [
    ["Measure", "Definition", "Owner", "FY27 baseline", "Source", "Notes"],
    [
        "Click-and-collect handover within 2 minutes",
        "Share of collections handed to the customer within 2 minutes of arriving at the desk or "
        "the locker",
        "Head of Store Operations",
        "41%",
        "Stopwatch sample, 40 Saturdays at six stores",
        "Handover time is not yet recorded by any system; the lockers will log it from go-live.",
    ],
    [
        "Shelf-edge price accuracy",
        "Share of checked shelf edges showing the price the till charges",
        "Head of Store Operations",
        "96.2%",
        "Regional managers' 50-line checks",
        "PriceBook sets the price; whether the shelf shows it is the store's measure.",
    ],
    [
        "Price-change hours",
        "Colleague hours spent on price changes, per store per week",
        "Head of Store Operations",
        "15 h",
        "ClockRight task codes",
        "",
    ],
    [
        "Rotas three weeks ahead",
        "Share of store rotas published at least 21 days before the week starts",
        "Head of Workforce Planning",
        "18%",
        "Regional managers' returns",
        "From ShiftPoint once a store is live.",
    ],
    [
        "Hours within 5% of the labour model",
        "Share of store weeks whose scheduled hours are within 5% of the hours the labour model "
        "sets",
        "Head of Workforce Planning",
        "58%",
        "Bedrock: ClockRight hours against the labour model",
        "",
    ],
    [
        "Trade credit decision within one hour",
        "Share of trade account applications given a credit decision within one hour of being made",
        "Head of Trade Credit",
        "3%",
        "Oakledger application log",
        "",
    ],
    [
        "Shrink",
        "Known and unknown loss as a share of sales, rolling 13 periods",
        "Head of Loss Prevention and Health & Safety",
        "1.9%",
        "StockLine period-end results, from the Stock Control Manager",
        "",
    ],
    [
        "Colleague engagement",
        "Share of colleagues who agree with the four engagement questions",
        "People Director",
        "62%",
        "Colleague Voice survey, October 2027",
        "A target will be set after the Colleague Voice Panel has been asked.",
    ],
]


def measures_csv() -> str:
    """The measures dictionary as Calc saves a CSV: comma-separated, quoted where needed,
    CRLF line ends."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(MEASURES)
    return out.getvalue()


def terms_of_reference() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    doc.add_heading("Ready Every Hour Programme Board: Terms of Reference", level=1)
    doc.add_paragraph("Version 1.0, approved by the Executive Committee on 11 January 2028.")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "The programme board steers Ready Every Hour, the store operations plan for FY28 and "
        "FY29, advises on Gate 1 and releases work to stores wave by wave."
    )
    doc.add_heading("2. Chair and sponsor", level=2)
    doc.add_paragraph(
        "The Chief Operating Officer is the programme's sponsor and chairs the board. The sponsor "
        "takes the go/no-go decision at Gate 1 on the board's advice and may not delegate it. "
        "Programme money is released after a gate by the Chief Financial Officer and the sponsor "
        "together."
    )
    doc.add_heading("3. Members", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Member"
    table.rows[0].cells[1].text = "Why they sit on the board"
    for member, why in [
        ("Chief Operating Officer", "Sponsor and chair."),
        ("Chief Financial Officer", "Capital, and the release of programme money after each gate."),
        ("IT Director", "Systems and the links between them."),
        ("People Director", "Contracts, hours and the relationship with Usdaw."),
        ("Head of Store Operations", "Stores' readiness and the handover to business as usual."),
        ("Head of Trade Operations", "Trade counters and their yards."),
        ("Head of Trade Credit", "Credit decided online."),
        (
            "Programme Director, Ready Every Hour",
            "Secretary: the plan, the RAID log and the gate papers; no vote.",
        ),
    ]:
        cells = table.add_row().cells
        cells[0].text = member
        cells[1].text = why
    doc.add_paragraph(
        "Workstream owners attend for their item: the Head of Property and Facilities (locker "
        "installation), the Head of Online and Fulfilment (locker orders and customer messages), "
        "the Store Systems Manager (labels), the Head of Workforce Planning (ShiftPoint and the "
        "forecast), the Head of Loss Prevention and Health & Safety (shrink) and the Stock Control "
        "Manager (counts and known loss)."
    )
    doc.add_heading("4. Meetings", level=2)
    doc.add_paragraph(
        "The board meets on the second Thursday after each period close. The chair, the Chief "
        "Financial Officer and two other members make a quorum."
    )
    doc.add_heading("5. Consultation", level=2)
    doc.add_paragraph(
        "The Usdaw Store Forum must be consulted before any change to shift patterns, rota rules "
        "or the notice colleagues get of their shifts, and has 28 days to reply."
    )
    doc.add_paragraph(
        "The Colleague Voice Panel is asked, before each wave, what changes in a colleague's "
        "working day. Neither body owns work in the programme or sits on the board."
    )
    doc.add_heading("6. Reporting", level=2)
    doc.add_paragraph(
        "A one-page report goes to the Executive Committee after every board meeting; the Board "
        "of Tillbrook Home & Garden Ltd hears the result of Gate 1 at its September 2028 meeting."
    )
    return ooxml_bytes(
        doc,
        STAMP,
        author="Programme Office",
        title="Ready Every Hour Programme Board: Terms of Reference",
        revision=3,
    )


# =========================================================================== build


def build(out: Path) -> None:
    case = out / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(
        case,
        {
            ROSTER: ods_bytes(),
            "org/policies/loss-prevention-policy.md": LOSS_PREVENTION,
            "org/policies/trade-credit-policy.md": TRADE_CREDIT,
            "org/systems/store-systems-and-data-inventory.md": SYSTEMS,
            "org/measures/measures-dictionary.csv": measures_csv(),
            "org/context/estate-and-trading-calendar.txt": CALENDAR_NOTES,
            "org/governance/programme-board-terms-of-reference.docx": terms_of_reference(),
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
