"""Build the blind16 case ``petfood-subscription``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf and python-docx (reportlab
is not in the project's lock; ``/tmp/rl`` is such a venv):

    /tmp/rl/bin/python evals/blind16/build_petfood_subscription.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold, embedded as subsets from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``); they stand in for the
brand typeface the design used in Canva.

Writes, under ``evals/blind16/petfood-subscription/`` (or ``<out-folder>/petfood-subscription/``),
every file of the case but ``gold.json``:

- ``pack-to-250-board-deck-dec-2027.pdf``: a direct-to-consumer pet food brand's growth plan for
  its Board, as Canva downloads a 1920 x 1080 px presentation as "PDF Standard": 19 pages of
  1440 x 810 points, Producer and Creator "Canva", the design's id in the keywords, fonts
  embedded as subsets. Titles are large text, KPI tiles are rounded cards with a big number, a
  label and a "from ... · by ..." line, the roadmap is coloured bars with labels on a 4-5-4 retail
  calendar (quarters of FY28 and FY29 and a greyed "FY30+" column), with hatched peak-freeze bands
  and diamond gates, followed by a ruled grid of workstreams by quarter with marked cells.
- ``org/``: the roster as a semicolon-delimited CSV with a UTF-8 byte-order mark and CRLF line
  ends (``people/roles.csv``: Role;Team;Reports to;Owns), notes on who owns what, the employee
  forum, the Growth Board's terms of reference, the vet advisory panel's terms, the systems and
  data inventory, the metric book, the trading calendar, the fulfilment network (DOCX) and the
  customer-data policy (PDF).

Re-running it rewrites every file byte for byte: reportlab's invariant mode with fixed dates,
fixed core properties and ZIP times for the DOCX (through ``evals/dev16/_build.py``), and the
text files as literal strings. It never touches ``gold.json``.

This is a BLIND case (split "blind16").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "petfood-subscription"
DECK = "pack-to-250-board-deck-dec-2027.pdf"
POLICY = "org/policies/customer-data-policy.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

W, H = 1440.0, 810.0  # 1920 x 1080 px at 0.75 pt per px, as Canva exports a presentation
LEFT = 72.0
RIGHT = W - 72.0
PAGES = 19
DECK_DATE = "D:20271201093000+00'00'"
POLICY_DATE = "D:20270914110000+01'00'"

Color = tuple[float, float, float]
INK: Color = (0.13, 0.16, 0.2)
OAT: Color = (0.98, 0.96, 0.92)
FOREST: Color = (0.12, 0.33, 0.27)
FOREST_LIGHT: Color = (0.85, 0.92, 0.88)
TOMATO: Color = (0.87, 0.36, 0.25)
TOMATO_LIGHT: Color = (0.99, 0.89, 0.85)
HONEY: Color = (0.95, 0.72, 0.27)
HONEY_LIGHT: Color = (0.99, 0.94, 0.82)
SKY: Color = (0.27, 0.52, 0.75)
SKY_LIGHT: Color = (0.87, 0.92, 0.97)
PLUM: Color = (0.5, 0.33, 0.55)
GREY: Color = (0.45, 0.47, 0.5)
MIST: Color = (0.88, 0.88, 0.87)
WHITE: Color = (1.0, 1.0, 1.0)

STAMP = Stamp((2027, 11, 3, 10, 15, 0), "2027-11-03T10:15:00Z")
OVERFLOW: list[str] = []

Run = tuple[str, str]  # (font, text)


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def wrap(runs: list[Run], size: float, width: float) -> list[list[Run]]:
    """Canva's text box wrap: words filled greedily into lines of ``width``; runs keep their font
    word by word and are joined again where neighbours share a font."""
    tokens = [(font, tok) for font, s in runs for tok in re.findall(r"\S+\s*", s)]
    lines: list[list[Run]] = []
    line: list[Run] = []
    used = 0.0
    for font, tok in tokens:
        need = stringWidth(tok.rstrip(), font, size)
        if line and used + need > width:
            lines.append(line)
            line, used = [], 0.0
        line.append((font, tok))
        used += stringWidth(tok, font, size)
    if line:
        lines.append(line)
    out: list[list[Run]] = []
    for words in lines:
        merged: list[Run] = []
        for font, tok in words:
            if merged and merged[-1][0] == font:
                merged[-1] = (font, merged[-1][1] + tok)
            else:
                merged.append((font, tok))
        merged[-1] = (merged[-1][0], merged[-1][1].rstrip())
        out.append(merged)
    return out


# =========================================================================== drawing


class Canvas:
    """A reportlab canvas with the few primitives a Canva page needs; y is measured from the top."""

    def __init__(self, path: Path, size: tuple[float, float], date: str) -> None:
        _fonts()
        self.c = rl_canvas.Canvas(
            str(path), pagesize=size, invariant=1, pageCompression=1, initialFontName=SANS
        )
        self.c.setDateFormatter(lambda *_: date)
        self.h = size[1]
        self.page = 0

    def lines(
        self,
        x: float,
        top: float,
        lines: list[list[Run]],
        size: float,
        color: Color = INK,
        leading: float | None = None,
        width: float | None = None,
        align: str = "left",
    ) -> float:
        """One text box: one text object, each line placed on its own. ``top`` is the first
        baseline from the top of the page; returns the baseline after the last line."""
        lead = leading if leading is not None else size * 1.22
        t = self.c.beginText()
        t.setFillColorRGB(*color)
        y = top
        for line in lines:
            total = sum(stringWidth(s, f, size) for f, s in line)
            if width is not None and total > width + 0.01:
                text = "".join(s for _, s in line)
                OVERFLOW.append(f"page {self.page}: {total:.0f} > {width:.0f}: {text}")
            lx = x
            if align == "center" and width is not None:
                lx = x + (width - total) / 2
            elif align == "right" and width is not None:
                lx = x + width - total
            t.setTextOrigin(lx, self.h - y)
            for font, s in line:
                t.setFont(font, size)
                t.textOut(s)
            y += lead
        self.c.drawText(t)
        return y

    def text(
        self,
        x: float,
        top: float,
        s: str,
        size: float,
        font: str = SANS,
        color: Color = INK,
        width: float | None = None,
        align: str = "left",
    ) -> float:
        return self.lines(x, top, [[(font, s)]], size, color, None, width, align)

    def para(
        self,
        x: float,
        top: float,
        runs: list[Run] | str,
        size: float,
        width: float,
        color: Color = INK,
        leading: float | None = None,
        font: str = SANS,
    ) -> float:
        parts = [(font, runs)] if isinstance(runs, str) else runs
        return self.lines(x, top, wrap(parts, size, width), size, color, leading, width)

    def rect(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        fill: Color | None,
        radius: float = 0,
        stroke: Color | None = None,
        line: float = 1.5,
    ) -> None:
        if fill is not None:
            self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(line)
        y = self.h - top - h
        f, s = (1 if fill is not None else 0), (1 if stroke is not None else 0)
        if radius:
            self.c.roundRect(x, y, w, h, radius, fill=f, stroke=s)
        else:
            self.c.rect(x, y, w, h, fill=f, stroke=s)

    def hline(
        self, x1: float, x2: float, top: float, color: Color = MIST, width: float = 1
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - top, x2, self.h - top)

    def vline(self, x: float, top: float, bottom: float, color: Color = MIST, dash: bool = False):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(1)
        if dash:
            self.c.setDash(4, 4)
        self.c.line(x, self.h - top, x, self.h - bottom)
        self.c.setDash()

    def diamond(self, cx: float, cy: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        p = self.c.beginPath()
        y = self.h - cy
        p.moveTo(cx, y + r)
        p.lineTo(cx + r, y)
        p.lineTo(cx, y - r)
        p.lineTo(cx - r, y)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    def hatch(self, x: float, top: float, w: float, h: float, color: Color) -> None:
        """A band of diagonal hatching, clipped to its rectangle."""
        self.c.saveState()
        p = self.c.beginPath()
        p.rect(x, self.h - top - h, w, h)
        self.c.clipPath(p, stroke=0, fill=0)
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(1)
        k = -h
        while k < w:
            self.c.line(x + k, self.h - top - h, x + k + h, self.h - top)
            k += 9
        self.c.restoreState()


class Deck(Canvas):
    """The board deck as Canva exports it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, (W, H), DECK_DATE)
        self.c.setCreator("Canva")
        self.c.setProducer("Canva")
        self.c.setTitle("Pack to 250 - Board deck - Dec 2027")
        self.c.setAuthor("Priya Calloway")
        self.c.setKeywords("DAGx4Qm7R2c,BAFz1Lk9W3s")
        self.c.setSubject("")

    def frame(self, fill: Color = OAT) -> None:
        self.page += 1
        self.rect(0, 0, W, H, fill)

    def done(self) -> None:
        self.c.showPage()

    def eyebrow(self, s: str, color: Color = TOMATO) -> None:
        self.text(LEFT, 62, s.upper(), 13, BOLD, color)

    def title(self, s: str, size: float = 44, top: float = 118, width: float = RIGHT - LEFT):
        return self.para(LEFT, top, [(BOLD, s)], size, width, FOREST, size * 1.1)

    def footer(self) -> None:
        self.text(LEFT, 784, "Larder & Paw · Pack to 250 · Board, 7 December 2027", 11, SANS, GREY)
        self.text(RIGHT - 60, 784, f"{self.page}", 11, BOLD, GREY, 60, "right")

    def bullets(
        self,
        x: float,
        top: float,
        items: list[tuple[str, str]],
        size: float,
        width: float,
        gap: float = 10,
        dot: Color = TOMATO,
    ) -> float:
        """A list: each item a small round dot and a text box with a bold lead-in."""
        for lead_in, rest in items:
            self.rect(x, top - size * 0.45, size * 0.4, size * 0.4, dot, radius=size * 0.2)
            runs: list[Run] = [(BOLD, lead_in + " ")] if lead_in else []
            runs.append((SANS, rest))
            top = self.para(x + size * 1.0, top, runs, size, width - size * 1.0, INK, size * 1.3)
            top += gap
        return top

    def save(self) -> None:
        if OVERFLOW:
            raise SystemExit("text wider than its box:\n" + "\n".join(OVERFLOW))
        if self.page != PAGES:
            raise SystemExit(f"{self.page} pages drawn, {PAGES} expected")
        self.c.save()


# =========================================================================== the deck's pages


def p01_cover(d: Deck) -> None:
    d.frame(FOREST)
    d.rect(1010, 0, 430, H, (0.1, 0.28, 0.23))
    d.rect(1080, 120, 280, 280, HONEY, radius=140)
    d.rect(1150, 470, 210, 210, TOMATO, radius=36)
    d.text(
        LEFT, 150, "LARDER & PAW · BOARD MEETING · 7 DECEMBER 2027 · FOR DECISION", 14, BOLD, HONEY
    )
    d.text(LEFT, 330, "Pack to 250", 110, BOLD, WHITE, 900)
    d.para(
        LEFT,
        410,
        "Our growth plan 2028–2030: more dogs fed the right amount, recommended by more vets, "
        "delivered on their owners' terms",
        28,
        880,
        WHITE,
        36,
    )
    d.para(
        LEFT,
        560,
        "Presented by Nadia Okonjo-Hale, Chief Executive, and Tom Ferriby, Chief Customer Officer",
        18,
        880,
        FOREST_LIGHT,
    )
    d.text(LEFT, 740, "Confidential: Board and Growth Board members only", 13, SANS, FOREST_LIGHT)
    d.done()


def p02_why_now(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Why now")
    d.title("Growing fast, and leaking almost as fast")
    tiles = [
        ("180,400", "subscriptions were live at the end of P10 FY27", FOREST_LIGHT),
        ("1 in 3", "people who join cancel before their twelfth box arrives", TOMATO_LIGHT),
        (
            "41%",
            "of cancellations give 'too much food' or 'wrong portion' as the reason",
            HONEY_LIGHT,
        ),
        ("212,000", "people have let a subscription lapse in the last 24 months", SKY_LIGHT),
    ]
    for i, (big, words, fill) in enumerate(tiles):
        x = LEFT + i * 328
        d.rect(x, 180, 304, 230, fill, radius=18)
        d.text(x + 24, 262, big, 54, BOLD, FOREST, 260)
        d.para(x + 24, 306, words, 18, 256, INK, 23)
    d.para(
        LEFT,
        468,
        "Paid social still brings most new subscribers, at a rising cost: £68 to win one in FY27, "
        "against £41 in FY25. Hollins Cross used 94% of its packing capacity in peak FY27.",
        20,
        1290,
        INK,
        27,
    )
    d.text(LEFT, 560, "WORTH REMEMBERING", 13, BOLD, TOMATO)
    d.bullets(
        LEFT,
        596,
        [
            ("History:", "we passed 100,000 subscriptions in March 2025, two years after launch."),
            ("The category leader", "says it now feeds 400,000 dogs a week."),
            ("A hard limit:", "Hollins Cross cannot dispatch more than 48,000 boxes a week."),
        ],
        18,
        1290,
        8,
    )
    d.done()


def p03_ambition(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("The ambition")
    d.title("Pack to 250")
    d.para(
        LEFT,
        190,
        [
            (BOLD, "By the end of FY29 we will feed 250,000 active subscriptions, "),
            (SANS, "up from 180,400, and keep far more of the people who join us."),
        ],
        28,
        1290,
        INK,
        36,
    )
    d.para(
        LEFT,
        290,
        "And we want to be the fresh food that vets recommend first.",
        24,
        1290,
        TOMATO,
    )
    cards = [
        ("70%", "of new subscribers still with us at week 12", FOREST_LIGHT),
        ("15%", "of new subscribers referred by a partner practice", SKY_LIGHT),
        ("24,000", "lapsed subscribers back and staying", HONEY_LIGHT),
    ]
    for i, (big, words, fill) in enumerate(cards):
        x = LEFT + i * 437
        d.rect(x, 360, 410, 250, fill, radius=18)
        d.text(x + 28, 460, big, 72, BOLD, FOREST, 360)
        d.para(x + 28, 510, words, 20, 350, INK, 26)
    d.text(
        LEFT,
        670,
        "All three by the end of FY29. Definitions and baselines are in the metric book.",
        16,
        SANS,
        GREY,
    )
    d.done()


def p04_pillars(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("The plan on a page")
    d.title("Four pillars, four stages")
    pillars = [
        ("1", "Portion Fit", "Personal portions for every dog, from a formula our vets reviewed"),
        ("2", "Vet Partners", "A referral channel through independent vet practices"),
        ("3", "Your Box, Your Day", "Delivery on the customer's terms, from two fulfilment sites"),
        ("4", "Come Back, Stay", "Win lapsed subscribers back, with CRM and testing behind it"),
    ]
    fills = [FOREST_LIGHT, SKY_LIGHT, HONEY_LIGHT, TOMATO_LIGHT]
    for i, (num, name, words) in enumerate(pillars):
        x = LEFT + i * 328
        d.rect(x, 175, 304, 260, fills[i], radius=18)
        d.text(x + 24, 225, f"Pillar {num}", 16, BOLD, TOMATO)
        d.text(x + 24, 265, name, 26, BOLD, FOREST, 260)
        d.para(x + 24, 310, words, 18, 256, INK, 24)
    d.text(LEFT, 500, "HOW WE WILL GO", 13, BOLD, TOMATO)
    d.para(
        LEFT,
        540,
        "We will go in four stages: Prove, Build, Scale and Embed. Each stage ends at a gate "
        "that the Growth Board must pass before money for the next stage is released.",
        22,
        1290,
        INK,
        29,
    )
    stages = ["Prove", "Build", "Scale", "Embed"]
    for i, s in enumerate(stages):
        x = LEFT + i * 328
        d.rect(x, 620, 304, 56, [FOREST, SKY, HONEY, TOMATO][i], radius=28)
        d.text(x, 655, s, 22, BOLD, WHITE, 304, "center")
    d.done()


def pillar_page(
    d: Deck,
    eyebrow: str,
    title: str,
    lead: str,
    items: list[tuple[str, str]],
    goals: list[str],
    fill: Color,
) -> None:
    d.frame()
    d.footer()
    d.eyebrow(eyebrow)
    d.title(title)
    d.para(LEFT, 182, lead, 20, 1290, GREY, 26)
    d.text(LEFT, 250, "WHAT WE WILL DO", 13, BOLD, TOMATO)
    d.bullets(LEFT, 290, items, 19, 850, 12)
    d.rect(990, 240, 378, 300, fill, radius=18)
    d.text(1016, 284, "WHAT IT DELIVERS", 13, BOLD, FOREST)
    top = 322.0
    for g in goals:
        top = d.para(1016, top, [(BOLD, g)], 20, 326, FOREST, 26) + 16
    d.done()


def p05_portion_fit(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 1 · Portion Fit",
        "The right amount for each dog",
        "Wrong portions are the biggest single reason people leave us. We fix the portion, the "
        "pouch and the weight we hold for each dog.",
        [
            (
                "Formula.",
                "Rebuild the portion formula by breed group, weight, age and activity, and have "
                "the vet advisory panel review it before any owner sees it.",
            ),
            (
                "Weight.",
                "Prompt owners to update their dog's weight in the app every 8 weeks, with a "
                "simple body-shape check.",
            ),
            (
                "Pouches.",
                "Fill pouches in 50 g steps from 150 g to 900 g on a variable-weight filler at "
                "Hollins Cross.",
            ),
            (
                "Profiles.",
                "Clean up breed and weight data on existing pet profiles before the national "
                "roll-out.",
            ),
            (
                "Pack line.",
                "Certify every filler operator in Level 2 food hygiene and the new "
                "check-weigh routine before the filler runs on live orders.",
            ),
        ],
        [
            "Portion complaints down from 6.8 to 2.0 per 1,000 orders by Q4 FY29",
            "Every breed group on Portion Fit by the end of Q2 FY29",
        ],
        FOREST_LIGHT,
    )


def p06_vet_partners(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 2 · Vet Partners",
        "A referral channel we do not have yet",
        "Owners trust their vet on food more than any advert. Today 2% of new subscribers "
        "come through a practice, mostly by chance.",
        [
            (
                "Practices.",
                "Sign 40 independent practices in the first wave, then widen the "
                "programme nationally from Q1 FY29.",
            ),
            (
                "Codes.",
                "Give every partner practice its own referral code and a first-box offer for "
                "its clients.",
            ),
            (
                "Commission.",
                "Pay practices £15 for each referred subscriber still active at week 12, in the "
                "monthly payment run.",
            ),
            (
                "Guides.",
                "Publish feeding guides for practice teams once the vet advisory panel has "
                "reviewed them.",
            ),
            (
                "Sharing.",
                "Agree with the Data Protection Officer what a practice may see about a "
                "referred client's feeding plan.",
            ),
        ],
        [
            "300 partner practices by the end of FY29",
            "15% of new subscribers from partner practices by Q4 FY29",
        ],
        SKY_LIGHT,
    )


def p07_your_day(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 3 · Your Box, Your Day",
        "Delivery on their terms, from two sites",
        "Make Larder & Paw the easiest pet food subscription in Britain to live with, and stop "
        "running the whole country from one building.",
        [
            (
                "In the app.",
                "Let customers move, skip or swap a delivery in the app up to 48 hours "
                "before dispatch.",
            ),
            (
                "Windows.",
                "Show a 2-hour delivery window on the morning of delivery, from the courier's "
                "tracking feed.",
            ),
            (
                "Marlbeck.",
                "Open the Marlbeck fulfilment centre in P3 FY29 to pack for our northern "
                "delivery regions.",
            ),
            (
                "People.",
                "Recruit the first 85 Marlbeck colleagues for a day shift and a night shift.",
            ),
            (
                "Peak.",
                "Run peak FY29 on two sites, with Hollins Cross able to cover for Marlbeck.",
            ),
        ],
        [
            "97% of boxes delivered on the chosen day by Q3 FY29",
            "40% of orders packed at Marlbeck by Q4 FY29",
        ],
        HONEY_LIGHT,
    )


def p08_come_back(d: Deck) -> None:
    pillar_page(
        d,
        "Pillar 4 · Come Back, Stay",
        "Win them back, then keep them",
        "212,000 people have lapsed in two years. Many left over portions or delivery days we "
        "are now fixing; we will tell them so.",
        [
            (
                "Win-back.",
                "Build a win-back programme for people who lapsed in the last 24 months, "
                "led by what they told us when they left.",
            ),
            (
                "Clean lists.",
                "Remove from every win-back list anyone past the 24-month retention limit or "
                "who has unsubscribed.",
            ),
            (
                "Cancelling.",
                "Redesign the cancellation flow so a pause or a smaller portion is offered "
                "before the cancel button.",
            ),
            (
                "Send calendar.",
                "Move every email, SMS and push to one weekly send calendar in Pigeonpost.",
            ),
            (
                "Tests.",
                "Run every change to offers and flows as a test against a 10% holdout group.",
            ),
        ],
        [
            "Reactivate 24,000 lapsed subscribers by Wk 52 FY29",
            "Lift 12-week retention of new subscribers from 62% to 70% by Q4 FY29",
        ],
        TOMATO_LIGHT,
    )


KPI_TILES = [
    ("250,000", "active subscriptions", "from 180,400 at P10 FY27 · by Wk 52 FY29"),
    ("70%", "12-week retention of new subscribers", "from 62% in FY27 · by Q4 FY29"),
    ("3.0%", "monthly cancellation rate", "from 4.2% in FY27 · by P12 FY29"),
    ("24,000", "subscribers won back", "from 6,100 in FY27 · by Wk 52 FY29"),
    ("15%", "vet-referred share of new subscribers", "from 2% in FY27 · by Q4 FY29"),
    ("97%", "boxes delivered on the chosen day", "from 91.5% in FY27 · by Q3 FY29"),
    ("2.0", "portion complaints per 1,000 orders", "from 6.8 in FY27 · by Q4 FY29"),
    ("100k", "app downloads", "from 38k in FY27 · by Q4 FY29"),
]


def p09_kpis(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Measures")
    d.title("How we'll know it's working")
    fills = [FOREST_LIGHT, TOMATO_LIGHT, TOMATO_LIGHT, HONEY_LIGHT]
    fills += [SKY_LIGHT, HONEY_LIGHT, FOREST_LIGHT, MIST]
    for i, (big, label, small) in enumerate(KPI_TILES):
        col, row = i % 4, i // 4
        x = LEFT + col * 328
        top = 175 + row * 270
        d.rect(x, top, 304, 245, fills[i], radius=18)
        d.text(x + 24, top + 84, big, 62, BOLD, FOREST, 260)
        d.para(x + 24, top + 130, [(BOLD, label)], 19, 256, INK, 23)
        d.text(x + 24, top + 218, small, 13, SANS, GREY, 264)
    d.text(
        LEFT,
        735,
        "Baselines are FY27 actuals. Definitions, owners and sources: the metric book.",
        14,
        SANS,
        GREY,
    )
    d.done()


QX0 = 250.0  # left edge of the first quarter column on the roadmap
QW = 120.0  # width of a quarter column
QUARTERS = [f"Q{q}" for q in (1, 2, 3, 4)]


def _qx(q: float) -> float:
    """The x of quarter ``q`` (0 = start of Q1 FY28, 8 = end of Q4 FY29, 9 = end of FY30+)."""
    return QX0 + q * QW


def p10_roadmap(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Roadmap")
    d.title("Two trading years to 250")
    d.text(
        LEFT,
        168,
        "4-5-4 retail calendar · FY28 = 30 January 2028 to 27 January 2029 · "
        "FY29 = 28 January 2029 to 26 January 2030",
        15,
        SANS,
        GREY,
    )
    # the axis: years over quarters, and the column beyond the plan
    d.rect(_qx(8), 190, QW, 520, MIST, radius=0)
    for y, label in enumerate(["FY28", "FY29"]):
        d.rect(_qx(y * 4), 190, QW * 4 - 4, 30, FOREST, radius=6)
        d.text(_qx(y * 4), 211, label, 15, BOLD, WHITE, QW * 4 - 4, "center")
    d.text(_qx(8), 211, "FY30+", 15, BOLD, GREY, QW, "center")
    for q in range(8):
        d.text(_qx(q), 244, QUARTERS[q % 4], 14, BOLD, FOREST, QW, "center")
        d.vline(_qx(q), 226, 700)
    d.vline(_qx(8), 226, 700, GREY)
    d.text(_qx(8), 244, "beyond plan", 12, SANS, GREY, QW, "center")
    # peak freeze: P10-P11 of each year (two thirds of Q4, from its start)
    for y in (0, 1):
        x = _qx(y * 4 + 3)
        d.hatch(x, 256, QW * 2 / 3, 444, (0.8, 0.55, 0.5))
        d.text(x + 2, 694, "P10–P11", 11, BOLD, TOMATO, QW * 2 / 3, "center")
    # stage bars
    stages = [
        ("Stage 1 · Prove", 0, 2, FOREST),
        ("Stage 2 · Build", 2, 4, SKY),
        ("Stage 3 · Scale", 4, 7, HONEY),
        ("Stage 4 · Embed", 7, 8, TOMATO),
    ]
    d.text(LEFT, 282, "Stages", 15, BOLD, FOREST)
    for label, a, b, color in stages:
        d.rect(_qx(a) + 3, 264, (b - a) * QW - 6, 26, color, radius=13)
        d.text(_qx(a) + 3, 282, label, 13, BOLD, WHITE, (b - a) * QW - 6, "center")
    for q in (2, 4, 7):
        d.diamond(_qx(q), 277, 11, INK)
    d.text(_qx(2) - 10, 307, "G1", 11, BOLD, INK)
    d.text(_qx(4) - 10, 307, "G2", 11, BOLD, INK)
    d.text(_qx(7) - 10, 307, "G3", 11, BOLD, INK)
    rows: list[tuple[str, list[tuple[str, float, float]]]] = [
        ("Portion Fit", [("Gundogs first", 0, 2), ("All gundogs", 2, 3), ("All breeds", 4, 6)]),
        ("Vet Partners", [("First 40 practices", 1, 3), ("National wave to 300", 4, 8)]),
        ("Delivery", [("Move, skip, swap in app", 1, 2.66), ("2-hour windows", 4, 5)]),
        ("Marlbeck", [("Fit-out and WMS", 1, 4), ("Go-live P3", 4, 5), ("Ramp to 40%", 5, 7)]),
        ("Come Back, Stay", [("CRM clean-up", 0, 2), ("Win-back waves", 2, 7)]),
        ("Testing", [("Holdout tests", 1, 3), ("Holdout tests", 3.67, 7), ("", 7.67, 8)]),
    ]
    later = {"Portion Fit": "Cats", "Vet Partners": "Vet-only recipes", "Delivery": "Same-day"}
    colors = [FOREST, SKY, HONEY, PLUM, TOMATO, GREY]
    top = 334.0
    for (name, bars), color in zip(rows, colors, strict=True):
        d.text(LEFT, top + 18, name, 15, BOLD, INK, 170)
        for label, q0, q1 in bars:
            d.rect(_qx(q0) + 3, top, (q1 - q0) * QW - 6, 26, color, radius=6)
            if label:
                d.text(_qx(q0) + 9, top + 18, label, 12, BOLD, WHITE, (q1 - q0) * QW - 18)
        if name in later:
            d.text(_qx(8) + 10, top + 18, later[name], 12, BOLD, GREY, QW - 16)
        top += 58
    d.para(
        LEFT,
        735,
        "Hatched: peak freeze, P10–P11, no releases. FY30+ shows direction only and is not part "
        "of this plan or its budget.",
        13,
        1290,
        GREY,
    )
    d.done()


GRID = [
    ("Stage", ["Prove", "Prove", "Build", "Build", "Scale", "Scale", "Scale", "Embed", "–"]),
    ("Portion Fit", ["■", "■", "■", "freeze", "■", "■", "", "freeze", "Cats"]),
    ("Vet Partners", ["", "■", "■", "", "■", "■", "■", "■", "Recipes"]),
    ("Delivery in the app", ["", "■", "■", "freeze", "■", "", "", "freeze", ""]),
    ("Marlbeck", ["", "■", "■", "■", "■ go-live", "■", "■", "■ peak", ""]),
    ("Come Back, Stay", ["■", "■", "■", "■", "■", "■", "■", "", ""]),
    ("Gates", ["", "G1", "", "G2", "", "", "G3", "close", ""]),
]


def p11_grid(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Roadmap, period by period")
    d.title("Who is busy when")
    cols = [f"{q} FY28" for q in QUARTERS] + [f"{q} FY29" for q in QUARTERS] + ["FY30+"]
    x0, cw, rh, top = LEFT + 200, 112.0, 52.0, 190.0
    d.rect(LEFT, top, 200 + cw * 9, rh, FOREST)
    for k, label in enumerate(cols):
        d.text(x0 + k * cw, top + 32, label, 14, BOLD, WHITE, cw, "center")
    for r, (name, cells) in enumerate(GRID):
        y = top + rh * (r + 1)
        if r % 2 == 0:
            d.rect(LEFT, y, 200 + cw * 9, rh, WHITE)
        d.text(LEFT + 12, y + 32, name, 15, BOLD, INK, 186)
        for k, cell in enumerate(cells):
            ink = TOMATO if cell in {"freeze", "G1", "G2", "G3", "close"} else FOREST
            if k == 8:
                ink = GREY
            d.text(x0 + k * cw, y + 32, cell, 15, BOLD, ink, cw, "center")
    bottom = top + rh * (len(GRID) + 1)
    for k in range(10):
        d.vline(x0 + k * cw if k < 9 else x0 + 9 * cw, top, bottom, GREY)
    for r in range(len(GRID) + 2):
        d.hline(LEFT, x0 + 9 * cw, top + rh * r, GREY)
    d.para(
        LEFT,
        bottom + 40,
        "Q1 = P1–P3 (weeks 1–13), Q2 = P4–P6, Q3 = P7–P9, Q4 = P10–P12; periods of 4, 5 and 4 "
        "weeks. ■ = work under way. Freeze = P10–P11, nothing released. The FY30+ column is "
        "outside the plan.",
        15,
        1290,
        GREY,
        20,
    )
    d.done()


def p12_pilot(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Pilot")
    d.title("Gundogs first")
    d.para(
        LEFT,
        182,
        [
            (BOLD, "Portion Fit pilot: gundog breeds in the Harrowdale delivery region. "),
            (
                SANS,
                "About 3,900 active subscriptions for spaniels, retrievers, setters and "
                "pointers with a Harrowdale address, served from Hollins Cross by one courier "
                "depot.",
            ),
        ],
        20,
        800,
        INK,
        27,
    )
    d.text(LEFT, 330, "WHY THIS GROUP", 13, BOLD, TOMATO)
    d.bullets(
        LEFT,
        366,
        [
            ("", "Working and very active dogs have the widest spread of daily need."),
            ("", "52% of gundog owners who cancelled in FY27 named portions as the reason."),
            ("", "One depot, one site: we can see every box."),
        ],
        18,
        800,
        6,
    )
    d.text(LEFT, 520, "THE COMPARISON", 13, BOLD, TOMATO)
    d.para(
        LEFT,
        556,
        "A matched group of gundog owners outside Harrowdale stays on today's portions for the "
        "same 12 weeks.",
        18,
        800,
        INK,
        24,
    )
    d.rect(930, 160, 438, 560, FOREST_LIGHT, radius=18)
    d.text(956, 200, "COUNTDOWN (L = LAUNCH)", 13, BOLD, FOREST)
    steps = [
        ("L–8 weeks", "vet advisory panel reviews the gundog portion formula"),
        ("L–6 weeks", "lease a 12-size semi-automatic filler for Hollins Cross"),
        ("L–4 weeks", "invite eligible owners by email and in the app; weight check-in opens"),
        ("L", "launch in Wk 10 FY28, Sunday 2 April 2028"),
        ("L+6 weeks", "first readout on complaints, cancellations and weight updates"),
        ("L+12 weeks", "full readout to the Growth Board ahead of Gate 1"),
    ]
    top = 240.0
    for when, what in steps:
        d.text(956, top, when, 17, BOLD, TOMATO)
        top = d.para(1076, top, what, 17, 270, INK, 21) + 14
    d.done()


def p13_first_90(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("First 90 days · Q1 FY28, weeks 1–13")
    d.title("Clearing the runway")
    items = [
        "Appoint the Marlbeck fit-out contractor (Marlbeck Site Lead)",
        "Sign the lease for the gundog pilot filler (Ops Director)",
        "Publish the metric book with FY27 baselines (Head of Data)",
        "Write the DPIA for weight and health notes in pet profiles (DPO)",
        "Sign the first 10 partner practices (Head of Vets)",
        "Agree the Marlbeck shift pattern with the employee forum (People Director)",
        "Set the FY28 release calendar around the P10–P11 freeze (CTO)",
        "Launch the gundog pilot in Wk 10 (Head of Product)",
    ]
    for i, item in enumerate(items):
        col, row = i % 2, i // 2
        x = LEFT + col * 652
        top = 200 + row * 128
        d.rect(x, top, 626, 108, WHITE, radius=14)
        d.text(x + 22, top + 48, f"{i + 1:02d}", 30, BOLD, TOMATO)
        d.para(x + 92, top + 42, item, 19, 510, INK, 24)
    d.done()


RISKS = [
    (
        "Marlbeck opens late and peak FY29 runs on one site",
        "Medium",
        "Keep Hollins Cross able to run peak alone until Gate 3",
    ),
    (
        "The new filler misweighs pouches",
        "Medium",
        "Check-weigh every pouch; stop the line above 2% out of tolerance",
    ),
    (
        "Vets see us as a sales channel, not a nutrition partner",
        "High",
        "Put every practice guide through the vet advisory panel first",
    ),
    (
        "Win-back messages reach people we should not contact",
        "Low",
        "Check the suppression list in Pigeonpost before every send",
    ),
    (
        "The freeze squeezes releases into P9 and P12",
        "High",
        "No release in the last two weeks of P9; code freeze review in Wk 35",
    ),
    (
        "Night-shift hiring at Marlbeck is slow",
        "Medium",
        "Start hiring at go-live minus 16 weeks; agency cover for the first peak",
    ),
]


def p14_risks(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Risks")
    d.title("What could knock us off course")
    x_risk, x_like, x_mit = LEFT, LEFT + 560, LEFT + 720
    top = 190.0
    d.rect(LEFT, top, RIGHT - LEFT, 40, FOREST)
    for x, label in ((x_risk, "Risk"), (x_like, "Likelihood"), (x_mit, "Mitigation")):
        d.text(x + 14, top + 26, label, 15, BOLD, WHITE)
    top += 40
    for i, (risk, like, mit) in enumerate(RISKS):
        d.rect(LEFT, top, RIGHT - LEFT, 78, WHITE if i % 2 == 0 else OAT)
        d.para(x_risk + 14, top + 32, risk, 17, 530, INK, 22)
        d.text(x_like + 14, top + 32, like, 17, BOLD, TOMATO if like == "High" else INK)
        d.para(x_mit + 14, top + 32, mit, 17, 560, INK, 22)
        d.hline(LEFT, RIGHT, top + 78, MIST)
        top += 78
    d.done()


def p15_gates(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Gates and acceptance criteria")
    d.title("What good looks like")
    gates = [
        (
            "Gate 1 · end of Prove (Wk 26 FY28)",
            [
                "Gundog pilot: portion complaints below 3 per 1,000 orders for 8 weeks",
                "40 partner practices signed and referring",
                "Win-back test beats its holdout on 8-week reactivation",
            ],
            FOREST_LIGHT,
        ),
        (
            "Gate 2 · end of Build",
            [
                "Marlbeck WMS tested end to end by Wk 52 FY28",
                "Marlbeck food business registration granted by Wk 52 FY28",
                "Variable-weight filler packing all gundog orders at Hollins Cross",
            ],
            SKY_LIGHT,
        ),
        (
            "Gate 3 · ready for peak on two sites",
            [
                "Marlbeck packs 30% of orders for four straight weeks before P10 FY29",
                "Peak rehearsal run at Marlbeck with the night shift",
                "Every breed group on Portion Fit",
            ],
            HONEY_LIGHT,
        ),
    ]
    for i, (head, criteria, fill) in enumerate(gates):
        x = LEFT + i * 437
        d.rect(x, 180, 410, 380, fill, radius=18)
        top = d.para(x + 26, 226, [(BOLD, head)], 21, 358, FOREST, 26) + 18
        for c in criteria:
            d.rect(x + 26, top - 9, 8, 8, TOMATO, radius=4)
            top = d.para(x + 44, top, c, 18, 340, INK, 23) + 18
    d.text(
        LEFT,
        610,
        "The Growth Board passes a gate only when every criterion is met or a fix is agreed.",
        16,
        SANS,
        GREY,
    )
    d.done()


def p16_governance(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Governance")
    d.title("Who decides")
    d.bullets(
        LEFT,
        190,
        [
            (
                "Sponsor:",
                "Nadia Okonjo-Hale, Chief Executive. Chairs the Growth Board and answers to the "
                "Board for Pack to 250.",
            ),
            (
                "Growth Board:",
                "monthly, in the week after each period closes; takes the gate decisions and "
                "releases each stage's budget.",
            ),
            (
                "Workstream leads:",
                "one per pillar, plus Marlbeck; a 30-minute stand-up every Monday.",
            ),
            (
                "Gate reviews:",
                "at the end of each stage, on the acceptance criteria, with the metric book as "
                "the only source of numbers.",
            ),
            (
                "Consulted, never deciding:",
                "the vet advisory panel on feeding guidance and practice materials; the "
                "employee forum on shifts and working patterns.",
            ),
        ],
        21,
        1290,
        18,
    )
    d.done()


def p17_monday(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("From the first Monday")
    d.title("What changes on Monday")
    items = [
        ("Care team:", "every portion complaint is tagged with the dog's breed group."),
        ("CRM:", "nothing leaves Pigeonpost unless it is on the weekly send calendar."),
        ("Product:", "the app asks owners to confirm their dog's weight at each renewal."),
        ("Finance:", "practice commission is paid in the month-end payment run, not by hand."),
        (
            "Everyone:",
            "a change that touches customers ships as a test with a holdout, or not at all.",
        ),
    ]
    d.bullets(LEFT, 200, items, 23, 1290, 22)
    d.done()


def p18_scope_asks(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow("Scope and decisions")
    d.title("What this plan is about, and what we ask")
    d.text(LEFT, 200, "WHO IT IS FOR", 13, BOLD, TOMATO)
    d.bullets(
        LEFT,
        234,
        [
            ("", "New subscribers in their first 12 weeks"),
            ("", "Gundog owners choosing a portion"),
            ("", "People who lapsed in the last 24 months"),
            ("", "Dog owners referred by their vet"),
        ],
        18,
        400,
        6,
    )
    d.text(LEFT, 440, "NOT IN THIS PLAN", 13, BOLD, TOMATO)
    d.bullets(
        LEFT,
        474,
        [
            ("", "Cat-only households' recipe range"),
            ("", "Pet shops and wholesale"),
            ("", "One-off orders without a subscription"),
            ("", "Customers outside Great Britain"),
            ("", "Puppy gift boxes"),
        ],
        18,
        400,
        6,
    )
    d.rect(560, 180, 808, 520, FOREST, radius=18)
    d.text(592, 226, "WE ASK THE BOARD TO", 13, BOLD, HONEY)
    asks = [
        "Approve Pack to 250 and its four stages.",
        "Release £6.8m for FY28, of which £3.9m is Marlbeck capital.",
        "Agree the gundog pilot as the first Portion Fit group.",
        "Delegate Gates 1 and 3 to the Growth Board and keep Gate 2, the Marlbeck go-live "
        "decision, for the Board.",
    ]
    top = 270.0
    for i, a in enumerate(asks):
        d.text(592, top, f"{i + 1}.", 21, BOLD, HONEY)
        top = d.para(630, top, a, 21, 700, WHITE, 27) + 22
    d.done()


def p19_close(d: Deck) -> None:
    d.frame(FOREST)
    d.text(LEFT, 160, "WHERE WE WILL BE", 14, BOLD, HONEY)
    d.para(
        LEFT,
        250,
        [(BOLD, "By the end of FY29 (Wk 52, 26 January 2030):")],
        40,
        1290,
        WHITE,
        48,
    )
    d.para(
        LEFT,
        330,
        "250,000 active subscriptions, two fulfilment centres, 300 partner practices, and "
        "portions that fit every dog.",
        30,
        1100,
        WHITE,
        40,
    )
    d.text(LEFT, 560, "Questions to Tom Ferriby, Chief Customer Officer", 18, SANS, FOREST_LIGHT)
    d.text(LEFT, 784, "Larder & Paw · Pack to 250 · Board, 7 December 2027", 11, SANS, FOREST_LIGHT)
    d.done()


def build_deck(path: Path) -> None:
    d = Deck(path)
    for page in (
        p01_cover,
        p02_why_now,
        p03_ambition,
        p04_pillars,
        p05_portion_fit,
        p06_vet_partners,
        p07_your_day,
        p08_come_back,
        p09_kpis,
        p10_roadmap,
        p11_grid,
        p12_pilot,
        p13_first_90,
        p14_risks,
        p15_gates,
        p16_governance,
        p17_monday,
        p18_scope_asks,
        p19_close,
    ):
        page(d)
    d.save()


# =========================================================================== the roster

ROSTER_HEAD = ["Role", "Team", "Reports to", "Owns"]
ROSTER = [
    [
        "Chief Executive",
        "Executive",
        "Board of Directors",
        "Sponsor of Pack to 250; chairs the Growth Board and takes its gate decisions; answers to "
        "the Board for the growth plan",
    ],
    [
        "Chief Financial Officer",
        "Finance",
        "Chief Executive",
        "Budget, capital plan and cash, including Marlbeck capital; releases each stage's budget "
        "once the Growth Board has passed the gate; discount and pricing rules with the Chief "
        "Customer Officer",
    ],
    [
        "Financial Controller",
        "Finance",
        "Chief Financial Officer",
        "Month-end close and every payment run: suppliers, couriers, landlords and partner "
        "practices, including referral commission and its ledger",
    ],
    [
        "Chief Customer Officer",
        "Customer",
        "Chief Executive",
        "Acquisition, brand, retention, vet channel and customer care; the active subscriptions "
        "number and the new-subscriber plan",
    ],
    [
        "Head of Retention",
        "Customer",
        "Chief Customer Officer",
        "Pause, skip and cancellation flows and the save offers in them; the win-back programme "
        "for lapsed subscribers; 12-week retention, monthly cancellation rate and reactivations",
    ],
    [
        "CRM and Lifecycle Manager",
        "Customer",
        "Head of Retention",
        "Pigeonpost: every email, SMS and push, the send calendar, audience lists and "
        'suppression lists; the "welcome" and "come back" series',
    ],
    [
        "Head of Customer Care",
        "Customer",
        "Chief Customer Officer",
        "The care team (phone, chat, email), complaint handling, contact reasons and tags in the "
        "helpdesk, care scripts",
    ],
    [
        "Head of Vet Partnerships",
        "Customer",
        "Chief Customer Officer",
        "Recruiting and looking after partner practices; practice referral codes, offers and the "
        "practice toolkit; practice terms (payment with Finance)",
    ],
    [
        "Head of Nutrition",
        "Product",
        "Chief Executive",
        "Recipes, feeding guides and the portion formula; nutrition claims on pack and online; "
        "secretary to the vet advisory panel",
    ],
    [
        "Chief Technology Officer",
        "Product and Tech",
        "Chief Executive",
        "Kestrel, app and web engineering, integrations with couriers and warehouse systems; the "
        "release calendar and the peak freeze",
    ],
    [
        "Head of Product (Subscriptions)",
        "Product and Tech",
        "Chief Technology Officer",
        "The app and website a customer uses: sign-up, account, delivery changes, the pet "
        "profile and the quality of its fields; the product backlog",
    ],
    [
        "Head of Data and Insight",
        "Data",
        "Chief Financial Officer",
        "Pantry and the dashboards on it; the metric book; test design, holdout groups and "
        "readouts; subscription forecasts",
    ],
    [
        "Data Protection Officer",
        "Legal",
        "Chief Financial Officer",
        "The customer-data policy and retention schedule; DPIAs; approves new uses of customer "
        "or pet data and any sharing with partner practices",
    ],
    [
        "Chief Operating Officer",
        "Operations",
        "Chief Executive",
        "Kitchens and suppliers, fulfilment, delivery, capacity and the peak plan; operations "
        "leases and equipment, including fillers",
    ],
    [
        "Fulfilment Operations Manager, Hollins Cross",
        "Operations",
        "Chief Operating Officer",
        "Runs Hollins Cross: pick, pack, chilled store, StockPilot and its pick-accuracy and "
        "dispatch data; shift rotas on site",
    ],
    [
        "Fulfilment Programme Lead, Marlbeck",
        "Operations",
        "Chief Operating Officer",
        "Builds and opens Marlbeck: fit-out contractor, WMS install, hiring the first Marlbeck "
        "teams, go-live and handover to operations",
    ],
    [
        "Head of Delivery",
        "Operations",
        "Chief Operating Officer",
        "Courier contracts and performance; delivery days and time windows offered; the courier "
        "tracking feed; on-time and damaged-delivery data",
    ],
    [
        "Quality and Food Safety Manager",
        "Operations",
        "Chief Operating Officer",
        "HACCP and food safety at kitchens and fulfilment sites; the Level 2 food hygiene "
        "certificate for every food handler; check-weigh and label checks; food business "
        "registrations",
    ],
    [
        "People Director",
        "People",
        "Chief Executive",
        "Recruitment, contracts, pay, shift patterns and working time; secretary to the employee "
        "forum",
    ],
    [
        "Learning and Development Partner",
        "People",
        "People Director",
        "Induction, manager training and e-learning on Wagtail, our learning platform; not food "
        "hygiene or forklift certificates",
    ],
    [
        "Employee Forum Chair",
        "Employee Forum",
        "",
        "Consult only: must be consulted on shifts, pay and working patterns; owns no work",
    ],
    [
        "Vet Advisory Panel Chair",
        "Vet Advisory Panel",
        "",
        "Consult only: reviews feeding guidance, the portion formula and practice materials "
        "before release; owns no work",
    ],
]


def _csv_cell(cell: str) -> str:
    """Excel's "CSV UTF-8" in a locale whose list separator is a semicolon: a cell is quoted
    only when it holds the separator, a quote or a line break; quotes inside are doubled."""
    if any(ch in cell for ch in ';"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def roster_csv() -> bytes:
    rows = [ROSTER_HEAD, *ROSTER]
    body = "".join(";".join(_csv_cell(c) for c in row) + "\r\n" for row in rows)
    return b"\xef\xbb\xbf" + body.encode("utf-8")


# =========================================================================== text files

ORG_TEXT: dict[str, str] = {}

ORG_TEXT["people/who-owns-what.md"] = """
# Who owns what: notes behind the roles list

Kept by the People Director. The roles list (roles.csv) is exported from the HR system each
quarter; these notes say what the one-line "Owns" column cannot.

## Customer

- The Head of Retention owns the win-back programme end to end: who is invited back, with
  what offer, and how success is judged. The CRM and Lifecycle Manager builds and sends the
  messages and keeps the suppression lists; taking people off a list because the retention
  schedule says so is their job, not the data team's.
- The Head of Vet Partnerships signs practices and keeps them happy. Paying them is not theirs:
  the Financial Controller pays referral commission in the month-end payment run and keeps the
  commission ledger.
- The Head of Customer Care decides the contact reasons and tags the care team uses in the
  helpdesk, including the portion complaint tag.

## Product, data and tech

- The pet profile (breed, weight, age, activity, health notes) lives in Kestrel. The Head of
  Product (Subscriptions) owns the fields, the screens that collect them and the quality of
  what is held; correcting or cleaning profiles is their team's work. The Head of Data and
  Insight reads the profiles into Pantry for reporting but does not change them.
- The Head of Data and Insight owns the metric book, every dashboard and the design and readout
  of every test. Numbers quoted to the Growth Board come from the metric book only.
- The Chief Technology Officer owns the release calendar, including the peak freeze.
- The Head of Nutrition owns the portion formula and every feeding guide, and sends them to the
  vet advisory panel for review.

## Operations

- The Chief Operating Officer signs operations leases and buys equipment, including pouch
  fillers.
- The Fulfilment Programme Lead, Marlbeck, runs the Marlbeck project until the site is handed
  to operations: contractor, WMS install, the first hires and go-live. The People Director
  runs recruitment campaigns and contracts for them.
- The Fulfilment Operations Manager, Hollins Cross, runs the site we have today and everything
  recorded there.
- The Head of Delivery owns the courier relationship and the courier tracking feed into Kestrel,
  so any delivery time shown to a customer comes from their area.
- The Quality and Food Safety Manager signs off every food handler's Level 2 food hygiene
  certificate and the check-weigh routine on each pack line, and holds the food business
  registrations for our sites.

## Training

- The Learning and Development Partner owns induction, manager training and Wagtail, our
  learning platform, and keeps every colleague's training record there.
"""

ORG_TEXT["people/employee-forum.md"] = """
# The Larder & Paw employee forum

The employee forum is how colleagues have a say in decisions about their work. It has eleven
elected members: four from Hollins Cross, two from the care team, three from head office and,
once the site opens, two from Marlbeck. The chair is elected by the members each year.

## What the forum does

- It is consulted, and it gives its view in writing. It does not decide, approve budgets or
  own any piece of work, and its members take on no project tasks as forum members.
- The employee forum must be consulted at least 30 days before any change to shift patterns,
  including a new night shift at any site.
- It is told about pay reviews, new policies and changes to working time before they are
  announced.

## How it works

- The forum meets in the second week of each period, and the People Director acts as its
  secretary.
- The Learning and Development Partner briefs the forum on the training calendar twice a year.
"""

ORG_TEXT["governance/growth-board-terms-of-reference.md"] = """
# Growth Board: terms of reference

Approved by the Board of Directors, 12 October 2027.

## Purpose

The Growth Board steers Pack to 250, the growth plan for FY28 and FY29. The Chief Executive is
the sponsor of Pack to 250 and chairs the Growth Board.

## Members

- Chief Executive (chair)
- Chief Financial Officer
- Chief Customer Officer
- Chief Operating Officer
- Chief Technology Officer
- Head of Data and Insight
- People Director

The Head of Retention, the Head of Vet Partnerships, the Head of Product (Subscriptions) and
the Fulfilment Programme Lead, Marlbeck attend for their workstreams.

## Decisions

- Gate decisions at the end of each stage, on the acceptance criteria in the plan. The Board
  of Directors delegates Gates 1 and 3 to the Growth Board and keeps Gate 2, the Marlbeck
  go-live decision, for itself, on the Growth Board's recommendation.
- Release of each stage's budget within the envelope the Board of Directors has approved, on
  the Chief Financial Officer's advice.
- Changes to scope, targets or the order of work.

## Consulted

The chair of the vet advisory panel and the chair of the employee forum are invited to give
their view on any item within their remit. They are consulted; they do not vote and are given
no actions.

## Cadence

Monthly, in the week after each period closes; a gate review replaces the monthly meeting
in the period a stage ends. Papers come from the metric book and are circulated three working
days before.
"""

ORG_TEXT["governance/vet-advisory-panel.md"] = """
# Vet advisory panel: terms of reference

## Who sits on it

Five practising vets who are independent of Larder & Paw: two in small-animal general
practice, one veterinary nutritionist, one working-dog specialist and one academic. The panel
elects its chair. The Head of Nutrition is its secretary and brings every item to it.

## What it does

- It reviews the portion formula, every feeding guide and any material we give to partner
  practices, and gives its advice in writing.
- The vet advisory panel meets only four times a year, and no feeding guide or portion formula
  may be published before it has reviewed it.
- Its advice is published to the Growth Board with the Head of Nutrition's response.

## What it does not do

The panel advises. It does not approve budgets, manage partner practices, sell or promote our
food, or take on work in the plan.
"""

ORG_TEXT["systems/systems-and-data.md"] = """
# Systems and data

Kept by the Chief Technology Officer and the Head of Data and Insight; reviewed each quarter.

| System | What it does | Owner |
|---|---|---|
| Kestrel | Our subscription platform, built in house: subscriptions, orders, billing, pet profiles and delivery schedules | Chief Technology Officer |
| Larder & Paw app and website | Sign-up, account, delivery changes and the pet profile, on iOS, Android and web | Head of Product (Subscriptions) |
| Pigeonpost | Our CRM and messaging tool: email, SMS and app push, audience lists and suppression lists | CRM and Lifecycle Manager |
| Pantry | Our data warehouse; loads Kestrel, Pigeonpost, the helpdesk, StockPilot and the courier feed every night | Head of Data and Insight |
| Looker Studio | Dashboards on Pantry, including the weekly Pack to 250 dashboard | Head of Data and Insight |
| Splitbox | Split tests and holdout groups on the website | Head of Data and Insight |
| StockPilot | Warehouse management at Hollins Cross: stock, pick, pack and dispatch | Fulfilment Operations Manager, Hollins Cross |
| Courier feed | Swiftroute's tracking events into Kestrel, with the delivery slot for each parcel | Head of Delivery |
| Helpdesk | The care team's tickets, chat and phone log, with contact reasons and tags | Head of Customer Care |
| Wagtail | Our learning platform and training records | Learning and Development Partner |
| Practice referral tracker | A shared spreadsheet of partner practices, their codes and referrals | Head of Vet Partnerships |

## Known limits

- Splitbox runs only on the website; the app cannot run split tests, so app changes are
  compared week on week.
- Kestrel asks for a dog's weight only at sign-up. Owners cannot update it in the app, and 46%
  of the weights on file are more than a year old.
- Referrals from partner practices rely on a spreadsheet: codes are typed into Kestrel as
  discount codes and matched to practices by hand each month.
- StockPilot runs only at Hollins Cross; nothing is installed at Marlbeck yet.
- Customers cannot move their delivery day in the app; only the care team can change it, by
  phone or chat.

## Data we keep

Pantry holds order history from our launch in 2023 and helpdesk contacts from 2024. Courier events are kept
for 13 months. The customer-data policy sets how long personal data is kept.
"""

ORG_TEXT["metrics/metric-book.md"] = """
# Metric book, FY28 edition

Owned by the Head of Data and Insight. One definition per measure; every number in a Growth
Board paper comes from here. FY27 ran from 31 January 2027 to 29 January 2028; baselines are
FY27 actuals to the end of P10 unless stated.

| Measure | Definition | Owner | FY27 baseline | Source |
|---|---|---|---|---|
| Active subscriptions | Subscriptions with a delivery scheduled in the next 8 weeks, not paused, at the end of the week | Chief Customer Officer | 180,400 (end of P10) | Kestrel via Pantry |
| 12-week retention of new subscribers | Share of subscriptions started in a period still active 12 weeks after the first box | Head of Retention | 62% | Kestrel via Pantry |
| Monthly cancellation rate | Cancellations in a period divided by active subscriptions at its start, scaled to a month | Head of Retention | 4.2% | Kestrel via Pantry |
| Lapsed subscribers reactivated | People who lapsed, restarted and were still active 8 weeks later | Head of Retention | 6,100 in FY27 | Kestrel and Pigeonpost via Pantry |
| New subscribers from partner practices | Share of new subscriptions started with a practice referral code | Head of Vet Partnerships | 2% | Practice referral tracker |
| Boxes delivered on the chosen day | Boxes delivered on the day the customer chose, from courier events | Head of Delivery | 91.5% | Courier feed via Pantry |
| Portion complaints per 1,000 orders | Helpdesk contacts tagged "portion" per 1,000 orders dispatched | Head of Nutrition | 6.8 | Helpdesk via Pantry |
| Orders packed at Marlbeck | Share of orders dispatched from Marlbeck in the week | Chief Operating Officer | none (site not open) | StockPilot and Marlbeck WMS |
| Partner practices signed | Practices with a signed partner agreement and a live code | Head of Vet Partnerships | 11 | Practice referral tracker |
| App downloads | First installs reported by the app stores | Head of Product (Subscriptions) | 38,000 | App store consoles |

Note on app downloads: we report this for the app stores. It says nothing about use, and it is
not a measure of the plan's success.
"""

ORG_TEXT["context/trading-calendar.md"] = """
# Trading calendar and peak

## The calendar

We trade on a 4-5-4 retail calendar. The financial year starts on a Sunday near 1 February:
FY28 runs from Sunday 30 January 2028 to Saturday 27 January 2029, and FY29 from Sunday
28 January 2029 to Saturday 26 January 2030. Each year has 52 weeks in four quarters of 13
weeks; each quarter has three periods of 4, 5 and 4 weeks (P1 to P12). Weeks run Sunday to
Saturday and are numbered Wk 1 to Wk 52.

## Peak

Peak is P10 and P11 (roughly November and December), when orders rise by about a third and
Christmas boxes go out.

No release to Kestrel, the app or the website may go live in P10 or P11. The freeze runs from
the first Sunday of P10 to the last Saturday of P11; fixes for live incidents are the only
exception, and the Chief Technology Officer signs each one.

## Other dates

- Period-end close takes four working days; the Growth Board meets after it.
- Price changes go live only on the first Sunday of a period.
"""

ORG_TEXT["context/about-larder-and-paw.md"] = """
# About Larder & Paw

Larder & Paw sells fresh-cooked food for dogs, and a smaller range for cats, by subscription
across Great Britain. We started in 2023 and had about 180,000 active subscriptions at the end
of P10 FY27. Food is cooked to our recipes by Fenwold Kitchens, our contract kitchen, and
packed and dispatched from our fulfilment centre at Hollins Cross. Swiftroute delivers every
box.

We employ about 410 people: 260 at Hollins Cross, 70 in the care team and 80 at head office in
Castlebrook. A second fulfilment centre at Marlbeck, in the north, is leased and empty; the
fit-out starts in FY28.

Our customers choose a delivery day and a frequency (every 2, 4 or 6 weeks). Most pay by card
through Kestrel; a box costs £28 to £64 depending on the dog and the plan.
"""


# =========================================================================== the DOCX


def fulfilment_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_heading("Fulfilment network: how we pack and ship today", level=1)
    doc.add_paragraph(
        "Prepared by the Chief Operating Officer for the Growth Board, October 2027. Figures are "
        "for FY27 to the end of P8."
    )
    doc.add_heading("Hollins Cross", level=2)
    doc.add_paragraph(
        "Hollins Cross packs and dispatches every box we send. It works a day shift "
        "(06:00 to 14:00) and a late shift (14:00 to 22:00), six days a week, with 260 "
        "colleagues at peak."
    )
    doc.add_paragraph(
        "The Hollins Cross pack line can fill only three pouch sizes (300 g, 500 g and 750 g); "
        "changing size means stopping the line for about 40 minutes."
    )
    doc.add_paragraph(
        "Check-weigh results are kept on paper sheets at the line and are filed for a year; "
        "they are not loaded into Pantry."
    )
    doc.add_paragraph(
        "The site can dispatch up to 48,000 boxes a week. In peak FY27 it reached 45,100 in "
        "the busiest week."
    )
    doc.add_heading("Marlbeck", level=2)
    doc.add_paragraph(
        "We signed a 15-year lease on the Marlbeck unit in September 2027. It has chilled and "
        "frozen space for about 30,000 boxes a week once fitted out. It will need a food "
        "business registration with the district council at least 28 days before it handles "
        "food; the Quality and Food Safety Manager will apply."
    )
    doc.add_heading("Couriers", level=2)
    doc.add_paragraph(
        "Swiftroute collects from Hollins Cross twice a day and will collect from Marlbeck. Its "
        "tracking events reach Kestrel through the courier feed, with a delivery slot for each "
        "parcel on the morning of delivery. Harrowdale is served by a single Swiftroute depot."
    )
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["Site", "Boxes a week (max)", "Shifts"], strict=True
    ):
        cell.text = text
    for row in (
        ("Hollins Cross", "48,000", "Day and late"),
        ("Marlbeck (after fit-out)", "30,000", "Day and night, planned"),
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return ooxml_bytes(
        doc,
        STAMP,
        author="Chief Operating Officer",
        title="Fulfilment network",
        last_modified_by="Chief Operating Officer",
        revision=4,
    )


# =========================================================================== the policy PDF

POLICY_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "1. Purpose.",
        [
            "This policy says what personal data Larder & Paw holds about customers, how long we "
            "keep it and who may use it. It applies to everyone who works for us and to our "
            "suppliers. It follows the UK GDPR and the Privacy and Electronic Communications "
            "Regulations, and the guidance of the Information Commissioner's Office.",
        ],
    ),
    (
        "2. What we hold.",
        [
            "Contact and delivery details, order and payment history (card details are held by "
            "our payment provider, never by us), messages to the care team and the pet profile: "
            "a pet's name, breed, age, weight, activity and any health notes the owner gives us.",
        ],
    ),
    (
        "3. How long we keep it.",
        [
            "Data about active subscribers is kept while the subscription runs.",
            "Personal data about a lapsed subscriber is not retained beyond 24 months after "
            "their last delivery; after that the record is deleted and the person must not be "
            "contacted again.",
            "Order records needed for tax are kept for six years without contact details.",
        ],
    ),
    (
        "4. New uses and sharing.",
        [
            "The Data Protection Officer must approve a data protection impact assessment before "
            "any new use of pet health or weight information, and before any customer data is "
            "shared with a partner practice.",
            "A partner practice sees nothing about a referred client unless the client has asked "
            "us to share it.",
        ],
    ),
    (
        "5. Messages.",
        [
            "We send marketing messages to subscribers and to people who have lapsed only while "
            "they have not unsubscribed. The CRM and Lifecycle Manager applies the suppression "
            "lists in Pigeonpost before every send.",
        ],
    ),
    (
        "6. Responsibilities.",
        [
            "The Data Protection Officer owns this policy and the retention schedule and reports "
            "to the Chief Financial Officer. Every team lead makes sure their team follows it.",
        ],
    ),
]


def build_policy(path: Path) -> None:
    """The customer-data policy, a two-page A4 PDF as a word processor exports it."""
    a4 = (595.28, 841.89)
    doc = Canvas(path, a4, POLICY_DATE)
    doc.c.setCreator("Microsoft Word")
    doc.c.setProducer("Microsoft: Print To PDF")
    doc.c.setTitle("Customer data policy v3.1")
    doc.c.setAuthor("Data Protection Officer")
    doc.c.setSubject("")
    left, width = 64.0, 467.0

    def head() -> float:
        doc.page += 1
        doc.text(left, 60, "Larder & Paw · Customer data policy · version 3.1", 9, SANS, GREY)
        doc.text(left, 800, f"Page {doc.page} of 2", 9, SANS, GREY, width, "right")
        return 100.0

    top = head()
    top = doc.text(left, top, "Customer data policy", 22, BOLD, INK) + 6
    top = doc.para(
        left,
        top,
        "Version 3.1. Approved by the Chief Financial Officer on 14 September 2027. Next review "
        "September 2028.",
        10.5,
        width,
        GREY,
        14,
    )
    top += 14
    for k, (heading, paras) in enumerate(POLICY_SECTIONS):
        if k == 4:
            doc.c.showPage()
            top = head()
        top = doc.text(left, top, heading, 13, BOLD, INK) + 4
        for p in paras:
            top = doc.para(left, top, p, 10.5, width, INK, 14.5) + 8
        top += 8
    doc.c.showPage()
    if OVERFLOW:
        raise SystemExit("policy text wider than its box:\n" + "\n".join(OVERFLOW))
    doc.c.save()


# =========================================================================== the case


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    (case / POLICY).parent.mkdir(parents=True, exist_ok=True)
    build_policy(case / POLICY)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/people/roles.csv"] = roster_csv()
    files["org/operations/fulfilment-network.docx"] = fulfilment_docx()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
