"""Build the dev21 case ``corrie-blood``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, Pillow, pypdf and python-docx
(reportlab is not in the project's lock; ``/tmp/rl`` is such a venv):

    /tmp/rl/bin/python evals/dev21/build_corrie_blood.py [out-folder]

Writes, under ``evals/dev21/corrie-blood/`` (or ``<out-folder>/corrie-blood/``), every file of
the case but ``gold.json``:

- ``board-2029-03-14-item-07-steady-supply-2032.pdf``: a SCANNED AND OCR'D board pack extract.
  The board secretary printed the Corrie Blood Service's strategy deck "Steady Supply 2032"
  one slide to an A4 landscape page, inside the board pack's furniture (a header line
  "Corrie Blood Service Board | 14 March 2029 | Item 7" and the pack's own page numbers
  "Page 23 of 61" ... "Page 40 of 61", which are not the slide numbers; each slide's own number
  is small at its bottom right). The printed pages were stamped "RECEIVED 07 MAR 2029 BOARD
  SECRETARIAT" on the first page, annotated by hand on four pages, scanned and OCR'd.
  Every PDF page is one JPEG of the whole page (rendered here with Pillow at 150 dpi in DejaVu
  fonts: slide titles, bullets, tables, tiles, a bar chart, a roadmap of bars on a quarter grid;
  a faint scan look: the paper's grey, a few specks, a tilt of 0.3 to 0.6 degrees on six pages)
  under an INVISIBLE TEXT LAYER as ocrmypdf writes it: text render mode 3, one BT/ET per OCR
  line, every word with its own text matrix (on tilted pages the matrix carries the tilt) and
  a horizontal scale (Tz) that stretches it over the word's width on the image, the gap to the
  next word filled by a scaled space; lines top to bottom, a left column before a right one, a
  table row read across as one line. OCR noise is planted, little and never inside a gold
  label: bullet glyphs read as "e", "»" or "*" (or dropped), en dashes and middle dots as "-",
  and three misreads listed in ``MISREADS`` (README). Handwriting is drawn as strokes; the OCR
  layer reads one margin note as garbage and the others not at all.
- ``org/``: the roster as a diagrams.net org chart (``people/programme-structure.drawio``:
  two pages, each diagram compressed as diagrams.net compresses it: encodeURIComponent, raw
  deflate, base64; the first page is the programme structure, the second an out-of-date chart
  of 2027), the Programme Board's terms of reference, the Clinical Governance Committee's
  remit, the systems and data inventory, the measure definitions, the BTSA inspection report
  extract (DOCX), the Donor Voice Panel's summary, the partnership agreement extract, the
  Ministry's funding letter, the Strathkeel region profile and the hospital blood banks list.

Re-running it rewrites every file byte for byte: reportlab's invariant mode for the PDF,
Pillow's JPEG writer with fixed settings for the page images (all randomness from seeded
``random.Random``), fixed core properties and ZIP times for the DOCX (``evals/dev16/_build.py``),
fixed deflate settings for the drawio. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev21").
"""

from __future__ import annotations

import base64
import io
import math
import random
import sys
import urllib.parse
import zlib
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "corrie-blood"
DECK = "board-2029-03-14-item-07-steady-supply-2032.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

DPI = 150
PW, PH = 1754, 1240  # A4 landscape at 150 dpi
W_PT, H_PT = 841.89, 595.28
PX = 72 / DPI

# the printed slide on the page (16:9)
SX, SY, SW, SH = 90, 140, 1574, 885

RED = (163, 22, 44)
DARK = (28, 33, 58)
INK = (40, 40, 48)
GREY = (112, 112, 122)
LIGHT = (236, 236, 240)
TINT = (250, 234, 236)
BLUE_INK = (32, 52, 150)
STAMP_RED = (196, 40, 48)

HEADER = "Corrie Blood Service Board | 14 March 2029 | Item 7"
PACK_FIRST, PACK_TOTAL = 23, 61

# OCR misreads planted on purpose (page: (drawn text, OCR text)); none is inside a gold label
MISREADS = {
    3: ("a unit takes 40 hours on average from donation to release.",
        "a unit takes 40 hours on average frorn donation to release."),
    9: ("Page 31 of 61", "Page 3l of 61"),
    15: ("Corrie Blood Service · OFFICIAL", "Corrie Blood Service - 0FFICIAL"),
}  # fmt: skip

# pages scanned slightly askew (degrees, counter-clockwise)
TILT = {1: 0.4, 3: -0.35, 6: 0.5, 9: -0.45, 13: 0.3, 16: -0.6}

BULLET_READS = ["e", "»", "*", None]


@cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / f"{name}.ttf"), size)


def R(size: int) -> ImageFont.FreeTypeFont:
    return font("DejaVuSans", size)


def B(size: int) -> ImageFont.FreeTypeFont:
    return font("DejaVuSans-Bold", size)


def CN(size: int) -> ImageFont.FreeTypeFont:
    return font("DejaVuSansCondensed", size)


def CB(size: int) -> ImageFont.FreeTypeFont:
    return font("DejaVuSansCondensed-Bold", size)


def ocr_clean(text: str) -> str:
    for a, b in [("\u2013", "-"), ("\u2014", "-"), ("\u00b7", "-"), ("\u2019", "'"),
                 ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2192", "->"),
                 ("\u2265", ">="), ("\u2264", "<=")]:  # fmt: skip
        text = text.replace(a, b)
    return text


# =========================================================================== a page


class Word:
    __slots__ = ("text", "x", "y", "w", "size", "angle")

    def __init__(self, text: str, x: float, y: float, w: float, size: float, angle: float = 0.0):
        self.text, self.x, self.y, self.w, self.size, self.angle = text, x, y, w, size, angle


class Page:
    def __init__(self, n: int):
        self.n = n
        self.img = Image.new("RGB", (PW, PH), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.lines: list[list[Word]] = []
        self.bullets = 0

    # -- text

    def text(
        self,
        x: float,
        y: float,
        s: str,
        f: ImageFont.FreeTypeFont,
        fill=INK,
        ocr: str | None = None,
        bullet: tuple[float, str] | None = None,
        read: bool = True,
        anchor: str = "ls",
    ) -> float:
        """Draw ``s`` with its baseline at ``y`` (left at ``x``, or right/centre by ``anchor``);
        record its words for the OCR layer (``ocr`` replaces the words read, same count).
        ``bullet`` = (x, glyph) draws a bullet glyph before the line. Returns the width."""
        width = f.getlength(s)
        if anchor == "rs":
            x -= width
        elif anchor == "ms":
            x -= width / 2
        self.d.text((x, y), s, font=f, fill=fill, anchor="ls")
        if not read:
            return width
        drawn = s.split(" ")
        read_words = (ocr if ocr is not None else ocr_clean(s)).split(" ")
        assert len(read_words) == len(drawn), (s, ocr)
        size = f.size
        words: list[Word] = []
        if bullet is not None:
            bx, glyph = bullet
            self.d.text((bx, y), glyph, font=f, fill=fill, anchor="ls")
            seen = BULLET_READS[(self.n + self.bullets) % len(BULLET_READS)]
            self.bullets += 1
            if seen is not None:
                words.append(Word(seen, bx, y, f.getlength(glyph), size))
        pos = 0
        for dw, rw in zip(drawn, read_words, strict=True):
            if dw:
                x0 = x + f.getlength(s[:pos])
                words.append(Word(rw, x0, y, f.getlength(dw), size))
            pos += len(dw) + 1
        if words:
            self.lines.append(words)
        return width

    def para(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        f,
        fill=INK,
        lead: float = 1.32,
        bullet: str | None = None,
        indent: float = 0.0,
    ) -> float:
        """Wrapped text; with ``bullet`` the glyph sits at ``x`` and the text at ``x+indent``.
        Returns the y after the last line."""
        tx = x + indent
        lines = wrap(s, f, width - indent)
        for k, line in enumerate(lines):
            b = (x, bullet) if (bullet and k == 0) else None
            self.text(tx, y, line, f, fill, bullet=b)
            y += f.size * lead
        return y

    # -- shapes

    def rect(self, box, fill=None, outline=None, width=1, radius=0):
        if radius:
            self.d.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)


def wrap(s: str, f, width: float) -> list[str]:
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if f.getlength(trial) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# =========================================================================== furniture


def furniture_top(pg: Page) -> None:
    pg.text(90, 95, HEADER, R(19), GREY)
    pg.d.line([(90, 108), (1664, 108)], fill=(190, 190, 196), width=1)
    # the printed slide's frame
    pg.rect((SX, SY, SX + SW, SY + SH), outline=(200, 200, 206), width=2)
    pg.rect((SX + 2, SY + 2, SX + SW - 2, SY + 10), fill=RED)


def furniture_bottom(pg: Page, slide_footer: bool = True) -> None:
    n = pg.n
    if slide_footer:
        text = "Corrie Blood Service · OFFICIAL"
        ocr = MISREADS[n][1] if n in MISREADS and MISREADS[n][0] == text else None
        pg.text(SX + 40, SY + SH - 22, text, R(16), GREY, ocr=ocr)
        pg.text(SX + SW - 40, SY + SH - 22, str(n), B(17), GREY, anchor="rs")
    pack = f"Page {PACK_FIRST + n - 1} of {PACK_TOTAL}"
    ocr = MISREADS[n][1] if n in MISREADS and MISREADS[n][0] == pack else None
    pg.text(PW / 2, 1150, pack, R(19), GREY, ocr=ocr, anchor="ms")


def title(pg: Page, t: str, sub: str | None = None, kicker: str | None = None) -> float:
    y = SY + 62
    if kicker:
        pg.text(SX + 60, y - 4, kicker, B(17), RED)
        y += 40
    pg.text(SX + 60, y, t, B(40), DARK)
    y += 42
    if sub:
        pg.text(SX + 60, y, sub, R(23), GREY)
        y += 34
    return y + 22


def bullets(
    pg: Page, x: float, y: float, width: float, items, f=None, gap: float = 12, glyph: str = "•"
) -> float:
    f = f or R(24)
    for item in items:
        if isinstance(item, tuple):  # ("sub", text)
            y = pg.para(x + 34, y, width - 34, item[1], R(21), GREY, bullet="–", indent=26)
        else:
            y = pg.para(x, y, width, item, f, INK, bullet=glyph, indent=30)
        y += gap
    return y


def box_label(
    pg: Page, x, y, w, h, head: str, lines: list[str], fill=TINT, headc=RED, f=None
) -> None:
    f = f or R(21)
    pg.rect((x, y, x + w, y + h), fill=fill, radius=10)
    pg.text(x + 20, y + 36, head, B(22), headc)
    yy = y + 70
    for s in lines:
        yy = pg.para(x + 20, yy, w - 40, s, f, INK) + 4


# =========================================================================== handwriting


def hand_text(
    pg: Page,
    x: float,
    y: float,
    s: str,
    seed: int,
    size: int = 30,
    angle: float = -3.0,
    ocr: str | None = None,
) -> None:
    """A margin note drawn in pen: each letter its own slant, size and height, the line
    drifting. ``ocr``: what the OCR layer reads of it (garbage), else nothing."""
    rnd = random.Random(seed)
    cx = x
    slope = math.tan(math.radians(-angle))
    start = x
    for ch in s:
        sz = size + rnd.randint(-3, 3)
        f = font("DejaVuSansCondensed-Oblique", sz)
        if ch == " ":
            cx += sz * 0.45
            continue
        tile = Image.new("L", (sz * 2, sz * 2), 0)
        td = ImageDraw.Draw(tile)
        td.text((sz // 2, sz // 2), ch, font=f, fill=255)
        td.text((sz // 2 + 1, sz // 2), ch, font=f, fill=255)
        tile = tile.rotate(rnd.uniform(-12, 12), resample=Image.Resampling.BICUBIC)
        jy = rnd.uniform(-3, 3) + (cx - start) * slope
        ink = Image.new("RGB", tile.size, BLUE_INK)
        pg.img.paste(ink, (int(cx - sz // 2), int(y - sz - sz // 2 + jy)), tile)
        cx += f.getlength(ch) * rnd.uniform(0.92, 1.08) + 1
    if ocr:
        words = ocr.split(" ")
        total = cx - x
        step = total / len(words)
        pg.lines.append(
            [Word(w, x + k * step, y - 4, step * 0.8, size, angle) for k, w in enumerate(words)]
        )


def hand_circle(pg: Page, cx: float, cy: float, rx: float, ry: float, seed: int) -> None:
    rnd = random.Random(seed)
    pts = []
    turns = 1.12
    a0 = rnd.uniform(0, 2 * math.pi)
    steps = 90
    for k in range(steps + 1):
        t = a0 + turns * 2 * math.pi * k / steps
        wob = 1 + 0.05 * math.sin(3 * t + a0) + rnd.uniform(-0.012, 0.012)
        pts.append((cx + rx * wob * math.cos(t), cy + ry * wob * math.sin(t) + k * 0.08))
    pg.d.line(pts, fill=BLUE_INK, width=3, joint="curve")


def hand_arrow(pg: Page, x0, y0, x1, y1, seed: int) -> None:
    rnd = random.Random(seed)
    pts = []
    for k in range(31):
        t = k / 30
        bend = math.sin(math.pi * t) * 28
        nx, ny = -(y1 - y0), (x1 - x0)
        norm = math.hypot(nx, ny) or 1
        pts.append(
            (
                x0 + (x1 - x0) * t + nx / norm * bend + rnd.uniform(-0.8, 0.8),
                y0 + (y1 - y0) * t + ny / norm * bend + rnd.uniform(-0.8, 0.8),
            )
        )
    pg.d.line(pts, fill=BLUE_INK, width=3, joint="curve")
    ang = math.atan2(y1 - pts[-4][1], x1 - pts[-4][0])
    for da in (2.6, -2.6):
        pg.d.line(
            [(x1, y1), (x1 + 22 * math.cos(ang + da), y1 + 22 * math.sin(ang + da))],
            fill=BLUE_INK,
            width=3,
        )


def hand_tick(pg: Page, x: float, y: float) -> None:
    pg.d.line([(x, y), (x + 14, y + 18), (x + 44, y - 26)], fill=BLUE_INK, width=4, joint="curve")


# =========================================================================== the stamp


def rubber_stamp(pg: Page, cx: float, cy: float, angle: float) -> None:
    lines = [("RECEIVED", B(34)), ("07 MAR 2029", B(30)), ("BOARD SECRETARIAT", B(22))]
    w, h = 360, 170
    layer = Image.new("L", (w, h), 0)
    ld = ImageDraw.Draw(layer)
    ld.rounded_rectangle((4, 4, w - 5, h - 5), radius=12, outline=210, width=5)
    ld.rounded_rectangle((13, 13, w - 14, h - 14), radius=8, outline=170, width=2)
    local: list[list[tuple[str, float, float, float, float]]] = []
    ys = [62, 110, 146]
    for (s, f), yy in zip(lines, ys, strict=True):
        x0 = (w - f.getlength(s)) / 2
        ld.text((x0, yy), s, font=f, fill=200, anchor="ls")
        row: list[tuple[str, float, float, float, float]] = []
        pos = 0
        for word in s.split(" "):
            wx = x0 + f.getlength(s[:pos])
            row.append((word, wx, yy, f.getlength(word), f.size))
            pos += len(word) + 1
        local.append(row)
    # a worn stamp: knock out a few specks of ink
    rnd = random.Random(7)
    for _ in range(260):
        sx, sy = rnd.randrange(w), rnd.randrange(h)
        ld.point((sx, sy), fill=0)
    rot = layer.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    ink = Image.new("RGB", rot.size, STAMP_RED)
    pg.img.paste(ink, (int(cx - rot.size[0] / 2), int(cy - rot.size[1] / 2)), rot)
    a = math.radians(angle)
    for row in local:
        words = []
        for word, wx, wy, ww, size in row:
            dx, dy = wx - w / 2, wy - h / 2
            px = cx + dx * math.cos(a) + dy * math.sin(a)
            py = cy - dx * math.sin(a) + dy * math.cos(a)
            words.append(Word(word, px, py, ww, size, angle))
        pg.lines.append(words)


# =========================================================================== the slides


def s01(pg: Page) -> None:
    furniture_top(pg)
    pg.rect((SX + 2, SY + 12, SX + 70, SY + SH - 2), fill=RED)
    x = SX + 130
    pg.text(x, SY + 150, "CORRIE BLOOD SERVICE", B(24), RED)
    pg.text(x, SY + 270, "Steady Supply 2032", B(78), DARK)
    pg.text(
        x,
        SY + 340,
        "Corrie Blood Service strategy and delivery plan, April 2029 to March 2032",
        R(29),
        INK,
    )
    pg.d.line([(x, SY + 385), (x + 620, SY + 385)], fill=RED, width=3)
    pg.text(x, SY + 440, "Paper for decision · Board, 14 March 2029 · Item 7", R(24), GREY)
    pg.text(x, SY + 480, "Presented by the Chief Executive and the Programme Director", R(24), GREY)
    pg.text(x, SY + 520, "Board paper CBS/B/29/07", R(24), GREY)
    pg.text(x, SY + 700, "Giving blood. Saving lives. Every day of the year.", R(22), GREY)
    furniture_bottom(pg, slide_footer=False)
    rubber_stamp(pg, 1420, 250, 6.0)


def s02(pg: Page) -> None:
    furniture_top(pg)
    y = title(pg, "Summary", "What this paper asks the Board to approve", kicker="FOR DECISION")
    tiles = [
        ("165,000", ["active donors", "by March 2032"]),
        ("6 days", ["of O negative stock", "by March 2031"]),
        ("24 hours", ["from donation to release", "by March 2031"]),
        ("90%", ["of hospital orders on the", "ordering portal by March 2031"]),
    ]
    tw, gap = 340, 32
    for k, (big, lab) in enumerate(tiles):
        x = SX + 60 + k * (tw + gap)
        pg.rect((x, y, x + tw, y + 200), fill=TINT, radius=12)
        pg.text(x + 24, y + 86, big, B(54), RED)
        yy = y + 130
        for s in lab:
            pg.text(x + 24, yy, s, R(22), INK)
            yy += 30
    y += 250
    bullets(
        pg,
        SX + 60,
        y,
        1440,
        [
            "Demand for red cells is rising and our donor base is shrinking: O negative stock "
            "is too thin, and hospitals cannot see what we hold.",
            "Steady Supply 2032 is a three-year plan in four pillars, run as one programme under "
            "the Chief Executive, with a pilot in the Strathkeel region first.",
            "It needs £19.8m over three financial years, £14.2m of it capital from the Ministry "
            "of Health.",
        ],
    )
    furniture_bottom(pg)


def s03(pg: Page) -> None:
    furniture_top(pg)
    y = title(
        pg,
        "Where we are: 2027/28 in figures",
        "Financial year April 2027 to March 2028",
        kicker="WHERE WE ARE",
    )
    tiles = [
        ("142,000", "active donors, down from 158,000 in 2023/24"),
        ("231,400", "whole blood donations collected"),
        ("218,600", "red cell units issued to 31 hospital blood banks"),
        ("+2.5%", "a year: hospital demand for red cells since 2024/25"),
        ("74%", "of slots filled at mobile sessions"),
        ("38%", "of bookings made online or in the app"),
    ]
    tw, th, gap = 460, 140, 30
    for k, (big, lab) in enumerate(tiles):
        col, row = k % 3, k // 3
        x = SX + 60 + col * (tw + gap)
        yy = y + row * (th + 24)
        pg.rect((x, yy, x + tw, yy + th), fill=LIGHT, radius=10)
        pg.text(x + 22, yy + 62, big, B(46), RED)
        ly = yy + 100
        for s in wrap(lab, R(20), tw - 44):
            pg.text(x + 22, ly, s, R(20), INK)
            ly += 26
    y += 2 * (th + 24) + 30
    drawn, ocr = MISREADS[3]
    items = [
        "Donors: 14 donor centres and 212 mobile session venues; 61% of donations are "
        "given at mobile sessions.",
        "Labs: three processing and testing labs (Dunmarrow, Ellisfield, Strathkeel); " + drawn,
        "Hospitals: 31 hospital blood banks order by phone, email or the ordering portal; "
        "1,430 emergency deliveries in 2027/28.",
    ]
    before = len(pg.lines)
    y = bullets(pg, SX + 60, y, 1450, items, f=R(22), gap=8)
    # plant the "rn" misread inside the line that carries "from donation"
    for line in pg.lines[before:]:
        for wd in line:
            if wd.text == "from" and any(v.text == "donation" for v in line):
                wd.text = "frorn"
    pg.text(
        SX + 60,
        y + 10,
        "Source: CORVUS, StockWatch and the Reservoir warehouse, financial year 2027/28.",
        R(18),
        GREY,
    )
    furniture_bottom(pg)
    assert ocr.endswith("frorn donation to release.")


def s04(pg: Page) -> None:
    furniture_top(pg)
    y = title(
        pg,
        "Where we are: stock is too thin where it matters",
        "Average days of red cell stock by blood group, 2027/28",
        kicker="WHERE WE ARE",
    )
    groups = [("O negative", 3.1), ("O positive", 4.8), ("A negative", 4.2),
              ("A positive", 5.9), ("B negative", 3.6), ("B positive", 5.4),
              ("AB negative", 6.2), ("AB positive", 7.0)]  # fmt: skip
    x0, scale = SX + 250, 82
    yy = y + 20
    pos31 = None
    for name, days in groups:
        pg.text(SX + 60, yy + 26, name, R(21), INK)
        col = RED if days < 4 else (196, 150, 156)
        pg.rect((x0, yy + 4, x0 + days * scale, yy + 34), fill=col)
        label = f"{days:.1f} days"
        pg.text(x0 + days * scale + 12, yy + 27, label, B(20), INK)
        if name == "O negative":
            pos31 = (x0 + days * scale + 12 + B(20).getlength(label) / 2, yy + 20)
        yy += 52
    # the 6-day line
    lx = x0 + 6 * scale
    for k in range(int(y) + 10, int(yy), 14):
        pg.d.line([(lx, k), (lx, k + 7)], fill=GREY, width=2)
    pg.text(lx - 40, yy + 24, "6-day target line", R(18), GREY)
    # right column
    rx = SX + 1000
    pg.text(rx, y + 40, "What goes wrong", B(26), DARK)
    bullets(
        pg,
        rx,
        y + 90,
        520,
        [
            "O negative stock fell below 2 days on 11 days in 2027/28.",
            "We issued 3 amber supply alerts to hospitals.",
            "2.9% of red cell units expired in hospital fridges.",
            "Hospitals hold between 1 and 9 days of stock; we cannot see most of it.",
        ],
        f=R(22),
        gap=14,
    )
    furniture_bottom(pg)
    # pen: the O negative figure circled, a note in the margin (not read by OCR)
    assert pos31 is not None
    hand_circle(pg, pos31[0], pos31[1] - 8, 72, 30, seed=41)
    hand_arrow(pg, pos31[0] + 190, pos31[1] - 62, pos31[0] + 78, pos31[1] - 22, seed=42)
    hand_text(pg, pos31[0] + 200, pos31[1] - 50, "why so low?", seed=43, angle=-4)


def s05(pg: Page) -> None:
    furniture_top(pg)
    y = title(
        pg,
        "What donors, hospitals and staff told us",
        "Donor Voice Panel 2028, hospital blood bank survey 2028, staff sessions",
        kicker="WHERE WE ARE",
    )
    cols = [
        (
            "Donors",
            [
                '"I can\'t book a mobile session online."',
                "52% of lapsed donors said session times did not suit them.",
                "Reminder letters arrive after the session.",
            ],
        ),
        (
            "Hospitals",
            [
                '"We phone three times to chase an order."',
                "We want to see your stock before we order.",
                "Emergency deliveries take 2 hours on average.",
            ],
        ),
        (
            "Staff",
            [
                "Session teams start at 07:00 to set up evening sessions.",
                "Strathkeel still writes results on paper worksheets.",
                "Donor carer vacancies leave sessions short.",
            ],
        ),
    ]
    cw, gap = 455, 40
    for k, (head, items) in enumerate(cols):
        x = SX + 60 + k * (cw + gap)
        pg.rect((x, y, x + cw, y + 470), fill=LIGHT, radius=10)
        pg.text(x + 24, y + 46, head, B(26), RED)
        bullets(pg, x + 24, y + 100, cw - 48, items, f=R(21), gap=18)
    furniture_bottom(pg)


def s06(pg: Page) -> None:
    furniture_top(pg)
    y = title(pg, "Our north star and goals to March 2032", kicker="AMBITION")
    pg.rect((SX + 60, y, SX + SW - 60, y + 120), fill=RED, radius=12)
    pg.text(SX + 90, y + 48, "NORTH STAR", B(18), (255, 220, 224))
    pg.text(
        SX + 90,
        y + 96,
        "Every patient gets the right blood on time, from donors who feel valued",
        B(31),
        (255, 255, 255),
    )
    y += 160
    goals = [
        ("Enough donors", ["165,000 active donors by March 2032, up from 142,000."]),
        ("Enough stock", ["Never below 4 days of O negative stock from April 2031."]),
        ("Faster to hospitals", ["24 hours from donation to release by March 2031."]),
    ]
    for k, (head, lines) in enumerate(goals):
        pg.rect((SX + 60, y, SX + SW - 60, y + 74), fill=TINT, radius=10)
        pg.text(SX + 90, y + 47, f"Goal {k + 1}: {head}", B(24), RED)
        pg.text(SX + 480, y + 47, lines[0], R(25), INK)
        pg.lines[-2:] = [pg.lines[-2] + pg.lines[-1]]  # one OCR line across the band
        y += 92
    y += 30
    pg.text(SX + 60, y, "Not in this plan", B(22), GREY)
    bullets(
        pg,
        SX + 60,
        y + 40,
        1440,
        [
            "New fixed donor centres; plasma for medicines; changes to donor eligibility rules.",
        ],
        f=R(21),
    )
    furniture_bottom(pg)


def s07(pg: Page) -> None:
    furniture_top(pg)
    y = title(
        pg,
        "Four pillars",
        "Each pillar has one lead and reports to the Programme Board",
        kicker="THE PLAN",
    )
    pillars = [
        (
            "1",
            "Easy to give",
            "Book any session in the app, reminders by text, a longer booking line",
        ),
        (
            "2",
            "Sessions where donors are",
            "A timetable built on need, evening sessions, tablets at sessions",
        ),
        ("3", "Faster labs", "Automation at Strathkeel, seven-day testing, no paper worksheets"),
        (
            "4",
            "Right stock, right hospital",
            "Shared stock levels, one ordering portal, tracked vans",
        ),
    ]
    pw, gap = 345, 25
    for k, (num, head, body) in enumerate(pillars):
        x = SX + 60 + k * (pw + gap)
        pg.rect((x, y, x + pw, y + 330), fill=TINT, radius=12)
        pg.text(x + 22, y + 70, num, B(56), RED)
        yy = y + 120
        for s in wrap(head, B(25), pw - 44):
            pg.text(x + 22, yy, s, B(25), DARK)
            yy += 32
        pg.para(x + 22, yy + 12, pw - 44, body, R(20), INK)
    y += 370
    pg.rect((SX + 60, y, SX + SW - 60, y + 80), fill=LIGHT, radius=10)
    pg.text(
        SX + 90,
        y + 50,
        "Foundations: the CORVUS upgrade, the Reservoir warehouse, donor "
        "carers recruited and trained",
        R(22),
        INK,
    )
    furniture_bottom(pg)


def pillar(
    pg: Page,
    num: int,
    name: str,
    lead: str,
    items: list[str],
    side_head: str,
    side: list[str],
    target: str,
) -> None:
    furniture_top(pg)
    y = title(pg, f"Pillar {num}: {name}", f"Lead: {lead}", kicker="THE PLAN")
    pg.text(SX + 60, y + 8, "What we will do", B(24), DARK)
    bullets(pg, SX + 60, y + 52, 900, items, f=R(22), gap=12)
    rx = SX + 1040
    pg.rect((rx, y - 10, SX + SW - 60, y + 380), fill=LIGHT, radius=10)
    pg.text(rx + 22, y + 32, side_head, B(22), DARK)
    bullets(pg, rx + 22, y + 78, 430, side, f=R(20), gap=10)
    pg.rect((SX + 60, SY + SH - 130, SX + SW - 60, SY + SH - 60), fill=RED, radius=10)
    pg.text(SX + 90, SY + SH - 84, target, B(24), (255, 255, 255))
    furniture_bottom(pg)


def s08(pg: Page) -> None:
    pillar(
        pg,
        1,
        "Easy to give",
        "Head of Donor Experience",
        [
            "Open every mobile session for booking in the CorrieGive app and online by March 2030",
            "Send text reminders 48 hours and 2 hours before every appointment",
            "Extend the booking line to 20:00 on weekdays and open it on Saturday mornings",
            "Let donors fill in the health questionnaire in the app the day before they give",
            "Invite lapsed O negative donors back by text and a phone call",
        ],
        "What changes for donors",
        [
            "Today mobile sessions can be booked only by phone.",
            "Today reminders go by letter.",
            "Today the booking line closes at 18:00.",
        ],
        "Target: 70% of appointments booked online or in the app by March 2031",
    )


def s09(pg: Page) -> None:
    pillar(
        pg,
        2,
        "Sessions where donors are",
        "Head of Mobile Sessions",
        [
            "Rebuild the mobile session timetable around where donors live and the blood "
            "groups we need",
            "Replace the planners' spreadsheets with a session planning tool",
            "Run evening sessions until 20:00 in the 10 busiest towns",
            "Record health checks and deferrals on tablets at every mobile session",
            "Recruit and train 38 donor carers to fill vacant posts by December 2029",
        ],
        "Why",
        [
            "One session in four runs below 60% full.",
            "Session times were last reviewed in 2019.",
            "38 donor carer posts are vacant.",
        ],
        "Target: 88% of mobile session appointments filled by March 2031",
    )


def s10(pg: Page) -> None:
    pillar(
        pg,
        3,
        "Faster labs",
        "Director of Laboratory Services",
        [
            "Install automated grouping and antibody screening at the Strathkeel lab",
            "Move the three labs to seven-day testing, agreed with AHCU in the Joint "
            "Partnership Forum",
            "Replace Strathkeel's paper worksheets and close the BTSA major finding by "
            "September 2029",
            "Validate every change and notify the BTSA before it goes live",
            "Move the tissue and cornea bank's donor files from paper into CORVUS",
        ],
        "Why",
        [
            "A unit waits up to 2 days for weekend testing.",
            "Strathkeel groups samples by hand.",
            "The BTSA raised a major finding in November 2028.",
        ],
        "Target: 24 hours from donation to component release by March 2031",
    )


def s11(pg: Page) -> None:
    pillar(
        pg,
        4,
        "Right stock, right hospital",
        "Director of Supply Chain",
        [
            "Share our stock levels with all 31 hospital blood banks every night",
            "Agree a stock holding for each blood group with each hospital",
            "Move every hospital to the ordering portal and stop taking orders by email",
            "Forecast demand by blood group every week from the Reservoir warehouse",
            "Fit telematics and live temperature tracking to all 46 vans",
        ],
        "Why",
        [
            "Only 12 of 31 hospitals order on the portal.",
            "2.9% of red cells expire in hospital fridges.",
            "1,430 emergency deliveries in 2027/28.",
        ],
        "Target: under 1.5% of red cell units expire in hospitals by March 2032",
    )


KPI_ROWS = [
    ("Active donors (gave in the last 12 months)", "142,000", "165,000", "March 2032"),
    ("New donors who give a first donation in the year", "21,500", "30,000", "2031/32"),
    ("Appointments booked online or in the app", "38%", "70%", "March 2031"),
    ("Mobile session appointments filled", "74%", "88%", "March 2031"),
    ("Days of O negative red cell stock (average)", "3.1", "6.0", "March 2031"),
    ("Hours from donation to component release", "40", "24", "March 2031"),
    ("Red cell units expired in hospitals", "2.9%", "under 1.5%", "March 2032"),
    ("Hospital orders placed through the ordering portal", "22%", "90%", "March 2031"),
    ("Emergency deliveries to hospitals a year", "1,430", "under 600", "2031/32"),
    ("Donors satisfied with their last donation", "86%", "Higher", "Each year"),
]


def s12(pg: Page) -> None:
    furniture_top(pg)
    y = title(
        pg,
        "How we will know: ten measures",
        "Reported to the Board every quarter; baselines are for 2027/28",
        kicker="MEASURES",
    )
    cols = [SX + 60, SX + 880, SX + 1070, SX + 1260]
    pg.rect((SX + 60, y, SX + SW - 60, y + 46), fill=DARK)
    before = len(pg.lines)
    for cx, head in zip(cols, ["Measure", "Baseline", "Target", "By when"], strict=True):
        pg.text(cx + 14, y + 32, head, B(21), (255, 255, 255))
    merged = [w for line in pg.lines[before:] for w in line]
    del pg.lines[before:]
    pg.lines.append(merged)
    y += 46
    rows_y = {}
    for k, row in enumerate(KPI_ROWS):
        if k % 2:
            pg.rect((SX + 60, y, SX + SW - 60, y + 48), fill=LIGHT)
        before = len(pg.lines)
        for cx, cell in zip(cols, row, strict=True):
            pg.text(cx + 14, y + 33, cell, R(21), INK)
        # a table row is read across: one OCR line
        merged = [w for line in pg.lines[before:] for w in line]
        del pg.lines[before:]
        pg.lines.append(merged)
        rows_y[k] = y
        y += 48
    pg.d.line([(SX + 60, y), (SX + SW - 60, y)], fill=DARK, width=2)
    pg.text(
        SX + 60,
        y + 40,
        "Sources and definitions: Measures Handbook 2029, held by the Programme Office.",
        R(18),
        GREY,
    )
    furniture_bottom(pg)
    # pen: arrow from the margin to the expiry row, a note OCR reads as garbage
    ry = rows_y[6] + 24
    hand_arrow(pg, SX + SW - 60, ry + 215, SX + 1445, ry + 6, seed=121)
    hand_text(
        pg,
        SX + SW - 360,
        ry + 262,
        "check with Finance?",
        seed=122,
        angle=-3,
        ocr="cbeck wiih Fmance ?",
    )


def s13(pg: Page) -> None:
    furniture_top(pg)
    y = title(
        pg,
        "Roadmap: three financial years, April 2029 to March 2032",
        "Month 0 is 1 April 2029; quarters are the Ministry's financial-year quarters",
        kicker="ROADMAP",
    )
    gx0, gx1 = SX + 330, SX + SW - 60
    qw = (gx1 - gx0) / 12
    years = ["2029/30", "2030/31", "2031/32"]
    pg.rect((gx0, y, gx1, y + 40), fill=DARK)
    before = len(pg.lines)
    for k, yr in enumerate(years):
        pg.text(gx0 + (4 * k + 2) * qw, y + 29, yr, B(21), (255, 255, 255), anchor="ms")
    merged = [w for line in pg.lines[before:] for w in line]
    del pg.lines[before:]
    pg.lines.append(merged)
    before = len(pg.lines)
    y += 40
    pg.rect((gx0, y, gx1, y + 34), fill=LIGHT)
    for q in range(12):
        pg.text(gx0 + (q + 0.5) * qw, y + 25, f"Q{q % 4 + 1}", R(18), GREY, anchor="ms")
        pg.d.line([(gx0 + q * qw, y), (gx0 + q * qw, y + 470)], fill=(215, 215, 222), width=1)
    merged = [w for line in pg.lines[before + 0 :] for w in line]
    del pg.lines[before:]
    pg.lines.append(merged)
    y += 60
    phases = [
        ("Phase 1 · Foundations", "April - September 2029", 0, 6),
        ("Phase 2 · Strathkeel pilot", "October 2029 - September 2030", 6, 18),
        ("Phase 3 · National roll-out", "October 2030 - December 2031", 18, 33),
        ("Phase 4 · Embed and close", "January - March 2032", 33, 36),
    ]
    for name, dates, m0, m1 in phases:
        pg.text(SX + 60, y + 26, name, B(20), DARK)
        pg.text(SX + 60, y + 54, dates, R(18), GREY)
        bx0, bx1 = gx0 + m0 / 3 * qw, gx0 + m1 / 3 * qw
        pg.rect((bx0, y + 4, bx1, y + 44), fill=RED, radius=6)
        y += 78
    y += 10
    gates = [
        (6, "Gate 1 · ready to pilot · September 2029"),
        (18, "Gate 2 · go/no-go for national roll-out · September 2030"),
        (33, "Gate 3 · ready to close · December 2031"),
    ]
    for m, _label in gates:
        gx = gx0 + m / 3 * qw
        pg.d.polygon([(gx, y - 14), (gx + 14, y), (gx, y + 14), (gx - 14, y)], fill=DARK)
    y += 50
    for _m, label in gates:
        pg.text(SX + 60, y, "◆ " + label, R(20), INK, ocr="* " + ocr_clean(label))
        y += 32
    furniture_bottom(pg)


def s14(pg: Page) -> None:
    furniture_top(pg)
    y = title(
        pg,
        "Pilot: the Strathkeel region, October 2029 to September 2030",
        "Donor services, the lab and two hospitals together, before any national roll-out",
        kicker="PILOT",
    )
    lx, lw = SX + 60, 700
    pg.text(lx, y + 10, "What is in the pilot", B(23), DARK)
    yy = bullets(
        pg,
        lx,
        y + 52,
        lw,
        [
            "Strathkeel, Brannock and Pellow donor centres",
            "22 mobile session venues in the region",
            "The Strathkeel lab",
            "Strathkeel General and Brannock Community hospital blood banks",
        ],
        f=R(21),
        gap=8,
    )
    pg.text(lx, yy + 20, "Pilot steps", B(23), DARK)
    bullets(
        pg,
        lx,
        yy + 62,
        lw,
        [
            "Open Strathkeel's mobile sessions for app booking in October 2029",
            "Run the new session timetable in the region from January 2030",
            "Go live with automation at the Strathkeel lab in March 2030",
            "Give both pilot hospitals a nightly view of our stock",
        ],
        f=R(21),
        gap=8,
    )
    rx = SX + 830
    pg.rect((rx, y - 6, SX + SW - 60, y + 330), fill=TINT, radius=10)
    pg.text(rx + 22, y + 36, "Pass marks for Gate 2 (September 2030)", B(22), RED)
    bullets(
        pg,
        rx + 22,
        y + 80,
        620,
        [
            "60% of Strathkeel appointments booked online",
            "85% of session appointments filled",
            "Strathkeel lab releases units within 30 hours",
            "No BTSA major finding open",
        ],
        f=R(21),
        gap=8,
    )
    pg.text(rx, y + 390, "Why Strathkeel: the lowest fill rate (68%)", R(20), GREY)
    pg.text(rx, y + 420, "and the only lab still on paper worksheets.", R(20), GREY)
    furniture_bottom(pg)
    hand_tick(pg, SX + SW - 120, y + 300)
    hand_text(pg, SX + SW - 250, y + 470, "agreed w/ RDSM", seed=141, angle=-5)


def s15(pg: Page) -> None:
    furniture_top(pg)
    y = title(
        pg,
        "Risks and how we will handle them",
        "Top five risks from the programme risk log, February 2029",
        kicker="RISKS",
    )
    risks = [
        (
            "R1 The app cannot book mobile sessions",
            "Likelihood high · impact high",
            "Mitigation: upgrade CORVUS to release 9 before the pilot starts.",
        ),
        (
            "R2 AHCU does not agree seven-day testing",
            "Likelihood medium · impact high",
            "Mitigation: open Joint Partnership Forum talks in April 2029.",
        ),
        (
            "R3 Automation fails BTSA validation",
            "Likelihood low · impact high",
            "Mitigation: run the old and new methods side by side for 8 weeks.",
        ),
        (
            "R4 Hospitals keep ordering by phone",
            "Likelihood medium · impact medium",
            "Mitigation: name a portal champion in every hospital blood bank.",
        ),
        (
            "R5 Capital for 2030/31 is not confirmed",
            "Likelihood medium · impact high",
            "Mitigation: phase lab automation so that Strathkeel goes first.",
        ),
    ]
    cw = 700
    for k, (head, rate, mit) in enumerate(risks):
        col, row = k % 2, k // 2
        x = SX + 60 + col * (cw + 54)
        yy = y + row * 175
        pg.rect((x, yy, x + cw, yy + 155), fill=LIGHT, radius=10)
        pg.text(x + 20, yy + 38, head, B(21), DARK)
        pg.text(x + 20, yy + 72, rate, R(19), RED)
        pg.para(x + 20, yy + 106, cw - 40, mit, R(20), INK)
    # OCR reads the left column of cards before the right one
    order = []
    for col in (0, 1):
        for k in range(len(risks)):
            if k % 2 == col:
                order.append(k)
    first = len(pg.lines) - sum(2 + len(wrap(r[2], R(20), cw - 40)) for r in risks)
    chunks, i = [], first
    for r in risks:
        n = 2 + len(wrap(r[2], R(20), cw - 40))
        chunks.append(pg.lines[i : i + n])
        i += n
    pg.lines[first:] = [line for k in order for line in chunks[k]]
    furniture_bottom(pg)


def s16(pg: Page) -> None:
    furniture_top(pg)
    y = title(pg, "The first 100 days: April to July 2029", kicker="FIRST 100 DAYS")
    left = [
        "1 Hold the first Programme Board on 2 April 2029",
        "2 Open Joint Partnership Forum talks on seven-day testing and evening sessions",
        "3 Order the Strathkeel automation line by May 2029",
        "4 Sign the CORVUS release 9 upgrade with the supplier",
    ]
    right = [
        "5 Advertise the 38 donor carer posts",
        "6 Set up the nightly stock file for the two Strathkeel pilot hospitals",
        "7 Take app booking for mobile sessions to the Donor Voice Panel in May 2029",
        "8 Send the 2030/31 capital bid to the Ministry by 31 July 2029",
    ]
    for k, items in enumerate((left, right)):
        x = SX + 60 + k * 760
        yy = y + 20
        for item in items:
            num, rest = item.split(" ", 1)
            pg.rect((x, yy - 30, x + 40, yy + 10), fill=RED, radius=20)
            pg.text(x + 20, yy - 2, num, B(22), (255, 255, 255), anchor="ms")
            at = len(pg.lines)
            yy = pg.para(x + 60, yy, 640, rest, R(22), INK) + 40
            # OCR reads the number in its disc as the first word of the item's first line
            pg.lines[at - 1 : at + 1] = [pg.lines[at - 1] + pg.lines[at]]
    furniture_bottom(pg)


def s17(pg: Page) -> None:
    furniture_top(pg)
    y = title(pg, "Governance and money", kicker="DELIVERY")
    lx = SX + 60
    pg.text(lx, y + 10, "Governance", B(23), DARK)
    bullets(
        pg,
        lx,
        y + 52,
        680,
        [
            "The Chief Executive is the sponsor and chairs the Programme Board, monthly.",
            "The Programme Board takes Gates 1 to 3 under the Board's delegation.",
            "The Clinical Governance Committee approves every change to how donors are "
            "selected or tested.",
            "The Board sees the ten measures every quarter.",
        ],
        f=R(21),
        gap=10,
    )
    rx = SX + 820
    pg.text(rx, y + 10, "Investment by financial year (£m)", B(23), DARK)
    rows = [
        ("", "2029/30", "2030/31", "2031/32", "Total"),
        ("Capital", "4.6", "7.1", "2.5", "14.2"),
        ("Revenue", "1.8", "2.0", "1.8", "5.6"),
        ("Total", "6.4", "9.1", "4.3", "19.8"),
    ]
    cx = [rx, rx + 170, rx + 300, rx + 430, rx + 560]
    yy = y + 60
    tot_pos = None
    for k, row in enumerate(rows):
        if k == 0:
            pg.rect((rx - 10, yy - 4, rx + 670, yy + 40), fill=DARK)
        before = len(pg.lines)
        for c, cell in zip(cx, row, strict=True):
            if cell:
                f = B(21) if (k in (0, 3)) else R(21)
                pg.text(c + 10, yy + 28, cell, f, (255, 255, 255) if k == 0 else INK)
        merged = [w for line in pg.lines[before:] for w in line]
        del pg.lines[before:]
        pg.lines.append(merged)
        if k == 3:
            tot_pos = (cx[4] + 10 + B(21).getlength("19.8") / 2, yy + 20)
        yy += 46
    pg.text(rx, yy + 20, "Capital from the Ministry of Health; revenue from our own", R(19), GREY)
    pg.text(rx, yy + 46, "reserves. Costs at 2028/29 prices.", R(19), GREY)
    furniture_bottom(pg)
    assert tot_pos is not None
    hand_circle(pg, tot_pos[0], tot_pos[1] - 6, 48, 26, seed=171)
    hand_text(pg, tot_pos[0] - 60, tot_pos[1] + 150, "incl. VAT?", seed=172, angle=-6)


def s18(pg: Page) -> None:
    furniture_top(pg)
    y = title(pg, "Decisions for the Board today", kicker="THE ASK")
    pg.text(SX + 60, y + 10, "We ask the Board to", B(24), DARK)
    yy = bullets(
        pg,
        SX + 60,
        y + 54,
        1400,
        [
            "Approve Steady Supply 2032, its goals and its ten measures",
            "Release £6.4m for Phase 1 and the Strathkeel pilot",
            "Agree the Strathkeel region as the pilot",
            "Delegate the Gate 1 and Gate 2 decisions to the Programme Board",
        ],
        f=R(23),
        gap=10,
    )
    pg.text(SX + 60, yy + 20, "We ask the Ministry of Health to", B(24), DARK)
    yy = bullets(
        pg,
        SX + 60,
        yy + 64,
        1400,
        [
            "Confirm £14.2m of capital over 2029/30 to 2031/32",
            "Allow capital not spent in one financial year to move to the next",
        ],
        f=R(23),
        gap=10,
    )
    pg.text(
        SX + 60,
        yy + 30,
        "If the Board approves, the Programme Board meets on 2 April "
        "2029 and the letter to the Ministry goes the same week.",
        R(20),
        GREY,
    )
    furniture_bottom(pg)


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18]


# =========================================================================== scan and OCR layer


def scan(pg: Page) -> bytes:
    """The page as the scanner gives it: grey paper, the tilt, specks; a JPEG."""
    img = pg.img
    paper = Image.new("RGB", img.size, (243, 242, 238))
    from PIL import ImageChops

    img = ImageChops.multiply(img, paper)
    angle = TILT.get(pg.n, 0.0)
    if angle:
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(243, 242, 238))
    d = ImageDraw.Draw(img)
    rnd = random.Random(1000 + pg.n)
    for _ in range(14 + rnd.randrange(10)):
        x, y = rnd.randrange(20, PW - 20), rnd.randrange(20, PH - 20)
        r = rnd.choice([1, 1, 1, 2, 2, 3])
        g = rnd.randrange(60, 150)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(g, g, g))
    # a faint shadow along the scanner's lid edge
    for k in range(6):
        g = 225 + k * 3
        d.line([(0, k), (PW, k)], fill=(g, g, g - 2))
    buf = io.BytesIO()
    img.save(
        buf, "JPEG", quality=60, optimize=False, progressive=False, subsampling=2, dpi=(DPI, DPI)
    )
    return buf.getvalue()


def ocr_layer(c: rl_canvas.Canvas, pg: Page) -> None:
    """The invisible text, as ocrmypdf lays it: a BT/ET per line, each word with its own
    text matrix and horizontal scale, a scaled space to the next word."""
    theta = math.radians(TILT.get(pg.n, 0.0))
    cx, cy = W_PT / 2, H_PT / 2

    def place(x_px: float, y_px: float) -> tuple[float, float]:
        x, y = x_px * PX, H_PT - y_px * PX
        dx, dy = x - cx, y - cy
        return (
            cx + dx * math.cos(theta) - dy * math.sin(theta),
            cy + dx * math.sin(theta) + dy * math.cos(theta),
        )

    for line in pg.lines:
        t = c.beginText()
        t.setTextRenderMode(3)
        size = round(line[0].size * PX, 2)
        t.setFont("Helvetica", size)
        for k, w in enumerate(line):
            a = theta + math.radians(w.angle)
            x, y = place(w.x, w.y)
            t.setTextTransform(
                round(math.cos(a), 5),
                round(math.sin(a), 5),
                round(-math.sin(a), 5),
                round(math.cos(a), 5),
                round(x, 2),
                round(y, 2),
            )
            natural = stringWidth(w.text, "Helvetica", size)
            t.setHorizScale(round(100 * w.w * PX / natural, 2) if natural else 100)
            t.textOut(w.text)
            if k + 1 < len(line):
                nxt = line[k + 1]
                gap = (
                    math.hypot(nxt.x - (w.x + w.w * math.cos(math.radians(w.angle))), nxt.y - w.y)
                    * PX
                )
                sp = stringWidth(" ", "Helvetica", size)
                t.setHorizScale(round(max(100 * gap / sp, 10), 2))
                t.textOut(" ")
        c.drawText(t)


def build_deck() -> bytes:
    pages = []
    for n, fn in enumerate(SLIDES, start=1):
        pg = Page(n)
        fn(pg)
        pages.append(pg)
    buf = io.BytesIO()
    rl_config.useA85 = 0  # binary streams, as pikepdf writes them
    c = rl_canvas.Canvas(buf, pagesize=(W_PT, H_PT), invariant=1, pageCompression=1)
    c.setCreator("ocrmypdf 16.4.3 / Tesseract OCR-hOCR 5.3.4")
    c.setProducer("pikepdf 9.1.1")
    c.setTitle("Board 14 March 2029 - Item 7")
    c.setAuthor("Board Secretariat")
    for pg in pages:
        jpeg = scan(pg)
        c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, W_PT, H_PT)
        ocr_layer(c, pg)
        c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== the org folder

STAMP = Stamp(zip_time=(2029, 2, 12, 9, 30, 0), w3c="2029-02-12T09:30:00Z")


def _cell_id(k: int) -> str:
    return f"q7Hc2LmZr0eWxT4bNf9A-{k}"


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;", "\n": "&#xa;"})


# (team lane, [(role, directorate, tier, remit)])
PROGRAMME_LANES = [
    ("Programme leadership", [
        ("Chief Executive", "Executive Office", "Core team",
         "sponsor of Steady Supply 2032; chairs the Programme Board; takes the gate decisions "
         "under the Board's delegation; recommends each year's budget to the Board"),
        ("Programme Director, Steady Supply 2032", "Programme Office", "Core team",
         "the programme plan, the risk log, gate reports, the Measures Handbook and the "
         "quarterly report to the Board; runs the first 100 days"),
    ]),
    ("Donor Services", [
        ("Director of Donor Services", "Donor Services", "Core team",
         "the 14 donor centres and all mobile sessions; donor carers and session teams; "
         "recruitment of donors; the donor side of the Strathkeel pilot"),
        ("Head of Donor Experience", "Donor Services", "Core team",
         "the CorrieGive app, the booking line, appointment reminders, donor communications "
         "and recall of lapsed donors"),
        ("Head of Mobile Sessions", "Donor Services", "Core team",
         "the mobile session timetable, venues, the regional planners, evening sessions, "
         "health checks and deferral recording at sessions"),
        ("Regional Donor Services Manager, Strathkeel", "Donor Services", "Core team",
         "Strathkeel, Brannock and Pellow donor centres and the region's 22 mobile venues; "
         "runs the pilot on the ground"),
    ]),
    ("Laboratory Services", [
        ("Director of Laboratory Services", "Laboratory Services", "Core team",
         "the three processing and testing labs and the tissue and cornea bank, lab "
         "automation, testing rotas and the time from donation to component release"),
        ("Strathkeel Laboratory Manager", "Laboratory Services", "Core team",
         "the Strathkeel lab, its worksheets and the actions on the BTSA major finding; the "
         "lab side of the pilot"),
    ]),
    ("Supply Chain", [
        ("Director of Supply Chain", "Supply Chain", "Core team",
         "stock management, hospital ordering, distribution and the van fleet"),
        ("Head of Stock and Hospital Services", "Supply Chain", "Core team",
         "StockWatch, stock holdings by blood group, demand forecasts, the Hospital Ordering "
         "Portal and liaison with hospital blood banks"),
        ("Transport Manager", "Supply Chain", "Core team",
         "the 46 vans, delivery routes, telematics, temperature loggers and emergency "
         "deliveries"),
    ]),
    ("Clinical, Quality, Digital and People", [
        ("Medical Director", "Clinical Services", "Core team",
         "chairs the Clinical Governance Committee; donor selection, the health questionnaire "
         "and the clinical safety of every change"),
        ("Head of Quality and Regulatory Affairs", "Quality", "Core team",
         "QualityTrack, change control, validation, notifications to the BTSA and the "
         "response to inspection findings"),
        ("Head of Digital and Data", "Digital and Data", "Core team",
         "CORVUS and its upgrade, the app platform, links with hospital systems, the "
         "Reservoir warehouse, tablets and devices"),
        ("Director of People", "People", "Core team",
         "recruitment of donor carers and lab staff, the Joint Partnership Forum and "
         "consultation with AHCU, rotas and terms, the Learning Academy"),
    ]),
    ("Finance", [
        ("Director of Finance", "Finance", "Core team",
         "the programme budget, the capital bid to the Ministry of Health and business "
         "cases"),
    ]),
    ("Extended team", [
        ("Head of Communications", "Communications", "Extended team",
         "donor campaigns, the media and messages to hospitals"),
        ("Data Protection Officer", "Governance", "Extended team",
         "advice on donor data and data protection impact assessments"),
    ]),
    ("Consulted", [
        ("AHCU Branch Secretary", "Allied Health and Care Union", "Consult only",
         "speaks for staff in the Joint Partnership Forum; consulted on rotas, shifts and "
         "session times"),
        ("Chair, Donor Voice Panel", "Donor Voice Panel", "Consult only",
         "speaks for donors; consulted on changes to booking, sessions and the app"),
    ]),
]  # fmt: skip

REPORTS = [
    ("Chief Executive", "Programme Director, Steady Supply 2032"),
    ("Chief Executive", "Director of Donor Services"),
    ("Chief Executive", "Director of Laboratory Services"),
    ("Chief Executive", "Director of Supply Chain"),
    ("Chief Executive", "Medical Director"),
    ("Chief Executive", "Director of People"),
    ("Chief Executive", "Director of Finance"),
    ("Director of Donor Services", "Head of Donor Experience"),
    ("Director of Donor Services", "Head of Mobile Sessions"),
    ("Director of Donor Services", "Regional Donor Services Manager, Strathkeel"),
    ("Director of Laboratory Services", "Strathkeel Laboratory Manager"),
    ("Director of Supply Chain", "Head of Stock and Hospital Services"),
    ("Director of Supply Chain", "Transport Manager"),
    ("Medical Director", "Head of Quality and Regulatory Affairs"),
    ("Director of Finance", "Head of Digital and Data"),
]

OLD_LANES = [
    ("Collections", [
        ("Director of Collections", "Collections", "Core",
         "donor centres, mobile teams and donor recruitment"),
        ("Head of Donor Recruitment", "Collections", "Core",
         "campaigns, the donor magazine and the call centre"),
        ("Collections Manager, North", "Collections", "Core",
         "northern donor centres and mobile teams"),
    ]),
    ("Manufacturing and Testing", [
        ("Director of Manufacturing and Testing", "Manufacturing", "Core",
         "processing, testing and the component stores"),
        ("Head of Testing", "Manufacturing", "Core", "grouping and screening at three sites"),
    ]),
    ("Hospital Services", [
        ("Director of Hospital Services", "Hospital Services", "Core",
         "orders, issues and hospital liaison"),
        ("Logistics Manager", "Hospital Services", "Core", "vans and drivers"),
        ("Head of IT", "Corporate", "Extended", "CORVUS, the network and desktops"),
    ]),
]  # fmt: skip


def _label(role: str, team: str, tier: str, remit: str) -> str:
    return f"<b>{role}</b><br>{team}<br><i>{tier}</i><br>Remit: {remit}"


def _model(
    lanes, reports, notes: list[tuple[str, str, tuple[int, int, int, int]]], first: int
) -> str:
    """A diagrams.net mxGraphModel: swimlane containers for teams, role boxes with HTML
    labels inside them, reporting lines as edges, text cells for the notes and the legend."""
    cells = ['<mxCell id="0" />', '<mxCell id="1" parent="0" />']
    ids: dict[str, str] = {}
    k = first
    lane_x = 20
    fills = {"core": ("#f8cecc", "#b85450"), "extended": ("#dae8fc", "#6c8ebf"),
             "consult": ("#fff2cc", "#d6b656")}  # fmt: skip
    for team, roles in lanes:
        lane = _cell_id(k)
        k += 1
        height = 40 + 130 * len(roles)
        cells.append(
            f'<mxCell id="{lane}" value="{_attr(team)}" style="swimlane;whiteSpace=wrap;'
            f'html=1;startSize=30;fillColor=#f5f5f5;strokeColor=#666666;fontStyle=1;" '
            f'vertex="1" parent="1"><mxGeometry x="{lane_x}" y="120" width="250" '
            f'height="{height}" as="geometry" /></mxCell>'
        )
        for j, (role, directorate, tier, remit) in enumerate(roles):
            cid = _cell_id(k)
            k += 1
            ids[role] = cid
            key = tier.split()[0].lower()
            fill, stroke = fills.get(key, fills["core"])
            cells.append(
                f'<mxCell id="{cid}" value="{_attr(_label(role, directorate, tier, remit))}" '
                f'style="rounded=1;whiteSpace=wrap;html=1;fillColor={fill};strokeColor='
                f'{stroke};align=left;verticalAlign=top;spacingLeft=6;fontSize=10;" '
                f'vertex="1" parent="{lane}"><mxGeometry x="10" y="{40 + 130 * j}" '
                f'width="230" height="120" as="geometry" /></mxCell>'
            )
        lane_x += 270
    for boss, report in reports:
        cells.append(
            f'<mxCell id="{_cell_id(k)}" style="edgeStyle=orthogonalEdgeStyle;rounded=0;'
            f'orthogonalLoop=1;jettySize=auto;html=1;endArrow=none;strokeColor=#999999;" '
            f'edge="1" parent="1" source="{ids[boss]}" target="{ids[report]}">'
            f'<mxGeometry relative="1" as="geometry" /></mxCell>'
        )
        k += 1
    for value, style, (x, y, w, h) in notes:
        cells.append(
            f'<mxCell id="{_cell_id(k)}" value="{_attr(value)}" style="{style}" vertex="1" '
            f'parent="1"><mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" '
            f'as="geometry" /></mxCell>'
        )
        k += 1
    return (
        '<mxGraphModel dx="1434" dy="798" grid="1" gridSize="10" guides="1" tooltips="1" '
        'connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="2336" '
        'pageHeight="1654" math="0" shadow="0"><root>' + "".join(cells) + "</root></mxGraphModel>"
    )


def _compress(xml: str) -> str:
    """As diagrams.net compresses a diagram: encodeURIComponent, raw deflate, base64."""
    encoded = urllib.parse.quote(xml, safe="-_.!~*'()")
    co = zlib.compressobj(9, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY)
    raw = co.compress(encoded.encode("ascii")) + co.flush()
    return base64.b64encode(raw).decode("ascii")


def drawio() -> str:
    text_style = "text;html=1;strokeColor=none;fillColor=none;align=left;verticalAlign=top;"
    page1 = _model(
        PROGRAMME_LANES,
        REPORTS,
        [
            (
                "<b>Steady Supply 2032: programme structure</b>",
                text_style + "fontSize=18;",
                (20, 20, 700, 40),
            ),
            ("<i>Draft v3 - for Board</i>", text_style + "fontColor=#b85450;", (20, 60, 300, 30)),
            (
                "<b>Key</b><br>Core team / Extended team / Consult only<br>Lines show who reports "
                "to whom",
                "text;html=1;strokeColor=#666666;fillColor=#ffffff;align=left;"
                "verticalAlign=top;whiteSpace=wrap;spacingLeft=6;",
                (1700, 20, 260, 80),
            ),
        ],
        first=2,
    )
    page2 = _model(
        OLD_LANES,
        [
            ("Director of Collections", "Head of Donor Recruitment"),
            ("Director of Collections", "Collections Manager, North"),
            ("Director of Manufacturing and Testing", "Head of Testing"),
            ("Director of Hospital Services", "Logistics Manager"),
        ],
        [
            (
                "<b>Structure as at April 2027 (superseded)</b>",
                text_style + "fontSize=16;",
                (20, 20, 600, 40),
            ),
        ],
        first=200,
    )
    return (
        '<mxfile host="app.diagrams.net" modified="2029-03-04T10:12:33.418Z" '
        'agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like '
        'Gecko) Chrome/122.0.0.0 Safari/537.36" etag="Vd3Kq9xLmPz0ARt7cW1e" version="24.0.4" '
        'type="device" pages="2">\n'
        f'  <diagram name="Programme structure" id="pS7mQe2vXk9LrT0aBc4D">{_compress(page1)}'
        "</diagram>\n"
        f'  <diagram name="Old structure 2027" id="oL3dZr8yHn5WqF1uJk6E">{_compress(page2)}'
        "</diagram>\n"
        "</mxfile>\n"
    )


ABOUT = """
# About the Corrie Blood Service

The Corrie Blood Service (CBS) is the national blood and transplant service of the Republic of
Corrie (population 5.8 million). It employs about 2,100 staff.

- **Donors and sessions.** 14 donor centres and mobile donation sessions at 212 venues, run
  by four regions (Capital, Western, Southern and Strathkeel). 61% of whole blood donations
  are given at mobile sessions.
- **Laboratories.** Three processing and testing laboratories: Dunmarrow (the largest, with
  the national component store), Ellisfield and Strathkeel.
- **Tissue and cornea bank** at Dunmarrow, serving the country's eye and orthopaedic units.
- **Hospitals.** 31 hospital blood banks are our customers; we deliver to them from our three
  labs with our own van fleet.
- **Funding and oversight.** The Ministry of Health funds the service through an annual
  funding agreement and allocates its capital each year. The Blood and Tissue Safety
  Authority (BTSA) licenses and inspects the service. Staff are represented by the Allied
  Health and Care Union (AHCU). Donors are heard through the Donor Voice Panel.
- **Governance.** The Board of the Corrie Blood Service meets every six weeks. The Clinical
  Governance Committee, chaired by the Medical Director, oversees donor and patient safety.

The programme "Steady Supply 2032" is the Board's response to falling donor numbers, thin
O negative stock and slow release of components.
"""

TERMS = """
# Steady Supply 2032 Programme Board: terms of reference

Approved by the Executive Team, 5 February 2029. To be confirmed by the Board on 14 March 2029.

## Purpose

The Programme Board directs the Steady Supply 2032 programme, holds its plan, budget and
risks, and takes the decisions the Board delegates to it.

## Chair and members

- The Chief Executive is the sponsor (Senior Responsible Owner) and chairs the Programme Board.
- Members: the Programme Director (secretary), the Directors of Donor Services, Laboratory
  Services, Supply Chain, People and Finance, the Medical Director, the Head of Digital and
  Data and the Head of Quality and Regulatory Affairs.
- The Ministry of Health's sponsor team may observe one meeting a quarter.

## Decisions

- The Programme Board takes the gate decisions (Gates 1 to 3) once the Board has delegated
  them; until then, each gate goes to the Board.
- Any single contract above £1m must be approved by the Board itself, not the Programme Board.
- Any IT contract above £500,000 also needs the approval of the Ministry's Digital Assurance
  Board before it is signed.
- A change to how donors are selected or how donations are tested cannot be approved by the
  Programme Board: it goes to the Clinical Governance Committee.

## Cadence

Monthly, on the first Tuesday. The Programme Director reports the ten measures to the Board
every quarter, from the Reservoir warehouse.
"""

CGC = """
# Clinical Governance Committee: remit (extract)

The Clinical Governance Committee is chaired by the Medical Director and reports to the Board.

- Any change to donor selection, the donor health questionnaire or the way donations are
  tested must be approved by the Clinical Governance Committee before it is notified to the
  BTSA.
- The committee meets every two months, so a change can wait up to eight weeks for its
  decision.
- A digital health questionnaire may be used by donors only after the committee and the BTSA
  have both approved it.
- The committee receives the serious adverse event reports, the quarterly deferral audit and
  the Head of Quality and Regulatory Affairs' report on open inspection findings.
"""

SYSTEMS = """
# Systems and data inventory

Owner: Head of Digital and Data. Reviewed February 2029 for the Steady Supply 2032 programme.

## CORVUS (blood establishment computer system)

CORVUS holds every donor's record, every donation, test result and component from collection
to issue, and is the system of record the BTSA inspects. We run release 7.4. Release 7.4
cannot offer mobile session slots to the app; the supplier's release 9 adds a booking
interface for mobile sessions. CORVUS cannot send text messages, so appointment reminders are
printed and posted by the Dunmarrow mail room two weeks before each session. Donor contact
history (calls, letters and reminders) is kept for 24 months and then deleted. Nothing may be
changed in CORVUS between 1 December and 15 January, when winter stock is at its tightest.

## The CorrieGive app and online booking

The CorrieGive app (iOS and Android) and the booking website let donors book appointments at
our 14 donor centres; the app has 61,000 registered users. Mobile sessions can be booked only
by calling the booking line. The donor health questionnaire is filled in on paper at the
session, because the app has no questionnaire.

## The booking line

The booking line has 24 advisers at Dunmarrow and is open 08:00 to 18:00, Monday to Friday.
It is closed at weekends. Call recordings are kept for 90 days only.

## Session planning

The mobile session timetable is built a year ahead by four regional planners in spreadsheets,
one for each region. We have no session planning tool, and the planners' spreadsheets hold
neither donor postcodes nor blood groups. Bookings of the 212 mobile venues are kept in the
same spreadsheets; 41 of the venues have no step-free access.

## Health checks and deferrals at sessions

At mobile sessions, health checks and deferrals are written on paper session records and
keyed into CORVUS at the regional base the next working day. Donor centres record them
straight into CORVUS. The 2028 deferral audit found the deferral reason missing on 7% of paper
session records. Session teams carry no tablets or laptops.

## Laboratories

The Dunmarrow and Ellisfield labs group and screen samples on automated analysers linked to
CORVUS. The Strathkeel lab groups samples by hand on plates and writes the results on paper
worksheets, which two scientists check and key into CORVUS. Testing runs Monday to Friday at
all three labs, with a Saturday morning shift at Dunmarrow only. Samples taken on a Friday
evening or a Saturday at Ellisfield and Strathkeel wait until Monday to be tested. The
Ellisfield building has room for another analyser line only after the component store moves
out in 2030.

## Tissue and cornea bank

The tissue and cornea bank keeps its donor files on paper, with a standalone spreadsheet of
the grafts it issues; it is not connected to CORVUS. Corneas are processed at Dunmarrow only.

## StockWatch (stock management)

StockWatch shows the stock of every component by blood group in the stores of our three labs,
updated every hour from CORVUS, and raises amber and red supply alerts. It cannot see the
stock held in hospital blood banks. Just 9 of the 31 hospital blood banks send us their stock
levels, in a nightly file; the rest tell us by phone when they run short.

## Hospital ordering

The Hospital Ordering Portal takes routine orders from 12 of the 31 hospital blood banks. The
other 19 order by phone or email, and the Hospital Services desk keys those orders into
CORVUS. The laboratory systems of Corran Bay and Aldcroft hospitals cannot send files of any
kind until they are replaced in 2031. Units that expire in hospitals are reported to us on a
monthly paper return, which 6 hospitals do not send.

## Demand forecasting

We have no forecasting tool. Every Monday the Stock team forecasts the week's demand by blood
group in a spreadsheet from the last six weeks' issues. The service employs no data
scientists; two analysts build the reports.

## Reservoir (data warehouse)

Reservoir is our data warehouse. It loads CORVUS, StockWatch and the Hospital Ordering Portal
every night, holds collections, issues and stock since April 2019, and feeds the Board's
quarterly measures. The monthly paper returns from hospitals are typed into a spreadsheet and
never reach Reservoir.

## Vans and deliveries

We run 46 vans from Dunmarrow, Ellisfield and Strathkeel. Telematics is fitted to 18 of the 46
vans. Temperature loggers in the transport boxes are downloaded by hand at the end of each
shift, so a temperature excursion is found after the delivery. The dispatchers plan routes on
printed route sheets. The van lease ends on 31 March 2031.

## What else we have

- QualityTrack, our quality management system: change control, deviations, validation
  records and corrective actions, used at every site.
- The Learning Academy, with training records for every role in LearnPoint and a trainer in
  each region.
- A quarterly donor satisfaction survey (about 3,000 replies a quarter), run by the Donor
  Experience team.
- A 24-hour on-call Hospital Services desk for emergency orders.
"""

MEASURES = """
# Measures Handbook 2029 (extract): the ten Steady Supply 2032 measures

Held by the Programme Office. Baselines are for the financial year 2027/28 (April to March).

| Measure | Definition | Owner | Source | Baseline |
|---|---|---|---|---|
| Active donors | Donors who gave at least once in the last 12 months, counted at 31 March | Director of Donor Services | CORVUS via Reservoir | 142,000 |
| New donors | Donors whose first donation fell in the financial year | Head of Donor Experience | CORVUS via Reservoir | 21,500 |
| Appointments booked online or in the app | Share of appointments booked in the CorrieGive app or on the website | Head of Donor Experience | CORVUS | 38% |
| Mobile session appointments filled | Attended appointments as a share of slots offered at mobile sessions | Head of Mobile Sessions | CORVUS and the planners' spreadsheets | 74% |
| Days of O negative red cell stock | Average daily O negative red cell stock in our stores divided by average daily issues | Head of Stock and Hospital Services | StockWatch via Reservoir | 3.1 |
| Hours from donation to component release | Mean hours from the end of a donation to release of its red cells | Director of Laboratory Services | CORVUS | 40 |
| Red cell units expired in hospitals | Units expired in hospital blood banks as a share of units issued | Head of Stock and Hospital Services | Monthly paper returns from hospitals | 2.9% |
| Hospital orders placed through the ordering portal | Share of routine orders received through the Hospital Ordering Portal | Head of Stock and Hospital Services | Portal and desk log | 22% |
| Emergency deliveries to hospitals | Blue-light and taxi deliveries in the year | Transport Manager | Dispatch logs | 1,430 |
| Donors satisfied with their last donation | Share answering 4 or 5 of 5 in the quarterly survey | Head of Donor Experience | Donor satisfaction survey | 86% |

## Known limits of the figures

- Walk-in donors at mobile sessions are not recorded as walk-ins, so the fill rate counts
  them as booked appointments.
- Days of stock are for our stores alone: hospital stock is left out, because 22 hospitals do
  not report it.
- At Strathkeel the release time is copied from the paper worksheet when it is keyed in, so
  the release figure for that lab is only as good as the keying.
- Six hospitals do not send the monthly expiry return; their expiries are estimated from the
  year before.
- The dispatch log is kept on paper at Strathkeel and counted by hand at the month end.
- No target has ever been set for donor satisfaction.
- The booking line's telephony does not record which calls end in a booking.
"""

PANEL = """
# Donor Voice Panel: summary of 2028

The Donor Voice Panel is 24 donors from all four regions, chosen each year from volunteers.
It meets every quarter, with the Head of Donor Experience as its secretary. This summary was
agreed by the panel's chair in January 2029.

## What the panel asked of us

- The panel asks to be consulted before any change to how donors book, to session times or to
  the CorrieGive app, and to see designs before they are built.
- The panel asked that no town-centre session be closed without a replacement in the same
  town.

## What donors told the panel

- Many older donors said they do not use apps and want to keep booking by phone.
- Donors at rural sessions said text reminders are no use where there is no mobile signal.
- 52% of lapsed donors in the panel's survey said session times did not suit them; most asked
  for evening and Saturday sessions.
- Donors said reminder letters often arrive after the session they were for.
- Donors who had been deferred said nobody explained when they could come back.
"""

PARTNERSHIP = """
CORRIE BLOOD SERVICE AND THE ALLIED HEALTH AND CARE UNION (AHCU)
PARTNERSHIP AGREEMENT 2026 - EXTRACT: CHANGE TO WORKING PATTERNS

4.1 The Joint Partnership Forum (JPF) is where the Service and AHCU agree changes that
affect staff. It meets monthly and is co-chaired by the Director of People and the AHCU
Branch Secretary.

4.2 Any change to shift patterns, rotas, or the start and finish times of sessions must be
consulted on in the JPF for at least 30 days before a decision is made.

4.3 Evening and weekend working is voluntary for staff appointed before 1 April 2021 unless
they agree to a new contract.

4.4 Seven-day working in the laboratories needs a new rota agreement, which must be put to a
ballot of AHCU members in the laboratories.

4.5 New equipment that changes how a job is done (including tablets at sessions and new
analysers) is a change to working practice: staff must be trained on it in paid time before
it is used.

4.6 The Service will not make compulsory redundancies as a result of automation during the
life of this agreement (to 31 March 2031).
"""

MINISTRY = """
MINISTRY OF HEALTH - HEALTH SERVICES FUNDING DIVISION
To: Chief Executive, Corrie Blood Service
Date: 18 January 2029
Subject: Capital for the Steady Supply 2032 programme

Dear Chief Executive,

Thank you for the outline case for Steady Supply 2032. The Ministry confirms £4.6m of capital
for 2029/30. Figures for 2030/31 and 2031/32 are indicative only and will be settled in the
budget rounds for those years.

Please note the following conditions.

1. Capital is allocated each year in the Ministry's budget round, which closes in December.
2. Capital not spent by 31 March is returned to the Ministry; it cannot be carried forward to
the next financial year.
3. Bids for 2030/31 capital must reach the Ministry by 30 September 2029.
4. Any IT contract above £500,000 needs the approval of the Ministry's Digital Assurance
Board before contract signature.
5. The Service reports progress to the Ministry's sponsor team every quarter.

Yours sincerely,
Head of Health Services Funding
"""

STRATHKEEL = """
# Strathkeel region profile (for the pilot)

Prepared by the Regional Donor Services Manager, Strathkeel, February 2029.

- The region serves about 610,000 people in the north of Corrie. It has three donor centres
  (Strathkeel, Brannock and Pellow) and 22 mobile session venues.
- Pellow donor centre is open three days a week only, Tuesday to Thursday.
- 6 of the 22 mobile venues in the region have no mobile signal.
- The region's mobile sessions filled 68% of their appointments in 2027/28, the lowest of the
  four regions.
- The Strathkeel lab has had one biomedical scientist post vacant since June 2028.
- Strathkeel General Hospital already sends us a nightly stock file; Brannock Community
  Hospital does not.
- Brannock Community Hospital's blood bank is staffed 08:00 to 20:00; out of hours its orders
  are phoned through by ward staff.
- The regional base at Strathkeel has a training room used by the Learning Academy.
"""


def btsa_docx() -> bytes:
    doc = Document()
    styles = doc.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)
    doc.add_heading("Blood and Tissue Safety Authority", level=1)
    doc.add_paragraph(
        "Inspection report (extract): Corrie Blood Service. Inspection dates "
        "12 to 15 November 2028. Report issued 9 January 2029."
    )
    doc.add_heading("Findings", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Ref", "Grade", "Finding"
    findings = [
        (
            "M1",
            "Major",
            "The Strathkeel laboratory records grouping results on paper worksheets that are "
            "transcribed into CORVUS by hand. The finding must be closed by 30 September 2029.",
        ),
        (
            "O1",
            "Other",
            "Temperature records for delivery vehicles are downloaded manually, and excursions "
            "are identified only after delivery.",
        ),
        (
            "O2",
            "Other",
            "The tissue and cornea bank's paper donor files are kept in an office without a "
            "fire-rated cabinet.",
        ),
        (
            "O3",
            "Other",
            "Deferral reasons were missing from a sample of paper session records at mobile "
            "sessions.",
        ),
    ]
    for ref, grade, text in findings:
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text = ref, grade, text
    doc.add_heading("Requirements for changes", level=2)
    doc.add_paragraph(
        "Any change to a testing process, including a new analyser, must be validated and "
        "notified to the Authority at least 60 days before it is used to release components."
    )
    doc.add_paragraph("The Authority will re-inspect the Strathkeel laboratory in October 2029.")
    doc.add_paragraph(
        "Good practice noted: the change control and validation records in QualityTrack were "
        "complete for every change sampled."
    )
    return ooxml_bytes(
        doc,
        STAMP,
        author="BTSA Inspectorate",
        title="Inspection report extract: Corrie Blood Service, November 2028",
        last_modified_by="Board Secretariat",
        revision=2,
    )


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/programme-structure.drawio": drawio(),
        "org/governance/programme-board-terms-of-reference.md": TERMS,
        "org/governance/clinical-governance-committee.md": CGC,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/measures-handbook-2029-extract.md": MEASURES,
        "org/context/about-corrie-blood-service.md": ABOUT,
        "org/context/btsa-inspection-report-nov-2028-extract.docx": btsa_docx(),
        "org/context/donor-voice-panel-summary-2028.md": PANEL,
        "org/context/partnership-agreement-ahcu-extract.txt": PARTNERSHIP,
        "org/context/ministry-funding-letter-2029-01.txt": MINISTRY,
        "org/context/strathkeel-region-profile.md": STRATHKEEL,
    }


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    write_files(out / CASE, {DECK: build_deck(), **org_files()})


if __name__ == "__main__" and "--preview" in sys.argv:
    out = Path(sys.argv[-1])
    out.mkdir(parents=True, exist_ok=True)
    for n, fn in enumerate(SLIDES, start=1):
        pg = Page(n)
        fn(pg)
        Image.open(io.BytesIO(scan(pg))).save(out / f"p{n:02d}.png")
    sys.exit(0)


if __name__ == "__main__":
    main()
