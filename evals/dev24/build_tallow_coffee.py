"""Build the dev24 case ``tallow-coffee``: its deck and its org folder, deterministically.

Run from the repository root with any Python 3.11+ (it imports the standard library only; the
project's venv is what the checker uses):

    .venv/bin/python evals/dev24/build_tallow_coffee.py [out]

Writes, under ``evals/dev24/tallow-coffee/`` (or ``<out>/tallow-coffee/``):

- ``fuller-cup-2031-board-deck-feb-2029.pptx``: a regional specialty-coffee roaster's growth
  plan for Spring 2029 to Summer 2031, a deck designed in CANVA and downloaded as PowerPoint,
  with what such a download carries: ``docProps/app.xml`` naming Canva as the application, a
  slide of 1920 x 1080 px written in EMU (18288000 x 10287000), ONE slide layout ("Blank",
  with nothing on it) under one empty master, used by every slide; no placeholder anywhere;
  every piece of text its own text box (``p:sp`` with ``txBox`` and a ``txBody``, zero insets,
  ``spAutoFit``), headings split into two or three text boxes (one per line), eyebrows and
  labels in capitals through ``cap="all"`` with letter spacing ``spc`` (the text itself is
  typed in mixed case), decorative PNG pictures (generated here) placed behind the text,
  cards and KPI tiles as groups (``p:grpSp``), the shapes of a slide written in the order
  they were stacked in Canva (not reading order), fonts named in ``a:latin`` (Montserrat,
  Montserrat Bold, Open Sans), KPI tiles of a big number, a label and a small baseline line,
  a roadmap of rounded bars and circles on an axis of the company's trading seasons, and no
  speaker notes.
- ``org/``: the company's own files: the intranet "Who's who" page saved with a browser's "Save
  page as, complete" (``people/whos-who.html`` and ``people/whos-who_files/`` with its style
  sheet and script), and Markdown and text files: the systems and data notes, the measures
  and baselines, the Growth Board's terms of reference, the Staff Voice's terms, the café
  estate, the roastery and wholesale notes, the people facts, a board minute and an email.

The package is written entry by entry with fixed times and sorted entry names; the PNGs are
written byte by byte (no image library). Re-running it rewrites every file byte for byte. It
never touches ``gold.json``. This is a DEVELOPMENT case (split "dev24").
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CASE = "tallow-coffee"
DECK = "fuller-cup-2031-board-deck-feb-2029.pptx"
ZIP_TIME = (2029, 2, 16, 17, 40, 12)
CREATED = "2029-01-09T10:22:31Z"
MODIFIED = "2029-02-16T17:40:12Z"

PX = 9525  # EMU per pixel: Canva's 1920 x 1080 px page is 18288000 x 10287000 EMU
W, H = 1920, 1080

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

HEAD_B = "Montserrat Bold"
HEAD = "Montserrat"
BODY = "Open Sans"

ESPRESSO = "3B2A20"
CREAM = "F6EFE6"
TERRA = "C4653A"
SAGE = "7D8C6A"
LATTE = "E8D9C4"
WHITE = "FFFFFF"
INK = "2E2622"
MUTED = "75685E"


def emu(v: float) -> int:
    return int(round(v * PX))


# =========================================================================== PNG pictures


def _png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int, int]]) -> bytes:
    """An RGBA PNG written by hand: signature, IHDR, one IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def _beans(x: int, y: int) -> tuple[int, int, int, int]:
    """Coffee beans on a transparent ground: three tilted ellipses with a crease."""
    for cx, cy, a, b in ((30, 34, 20, 13), (86, 58, 18, 12), (44, 96, 17, 11)):
        dx, dy = x - cx, y - cy
        u, v = 0.8 * dx + 0.6 * dy, -0.6 * dx + 0.8 * dy
        if (u / a) ** 2 + (v / b) ** 2 <= 1:
            if abs(v - 3 * (u / a) ** 2) < 1.6:
                return (0x24, 0x18, 0x12, 255)
            return (0x6B, 0x45, 0x2E, 235)
    return (0, 0, 0, 0)


def _blob(x: int, y: int) -> tuple[int, int, int, int]:
    """A soft terracotta disc fading to transparent at its edge."""
    d = ((x - 63.5) ** 2 + (y - 63.5) ** 2) ** 0.5 / 64
    alpha = 0 if d >= 1 else int(200 * (1 - d * d))
    return (0xC4, 0x65, 0x3A, alpha)


def _grain(x: int, y: int) -> tuple[int, int, int, int]:
    """Paper grain: a fixed arithmetic speckle, no randomness."""
    k = (x * 7919 + y * 104729 + x * y * 31) % 97
    return (0x3B, 0x2A, 0x20, 40 if k < 9 else 0)


def _steam(x: int, y: int) -> tuple[int, int, int, int]:
    """Two wavy lines of steam."""
    import math

    for off in (14, 34):
        wave = off + 6 * math.sin(y / 9.0)
        if abs(x - wave) < 2.2:
            return (0x7D, 0x8C, 0x6A, 220)
    return (0, 0, 0, 0)


IMAGES = {
    "image1.png": (128, 128, _beans),
    "image2.png": (128, 128, _blob),
    "image3.png": (64, 64, _grain),
    "image4.png": (48, 96, _steam),
}


# =========================================================================== Canva-style XML


class Slide:
    """One slide: shape ids counted from 2 and the pictures it uses (``rId2`` onwards)."""

    def __init__(self) -> None:
        self.n = 1
        self.images: list[str] = []

    def nid(self) -> int:
        self.n += 1
        return self.n

    def rid(self, image: str) -> str:
        if image not in self.images:
            self.images.append(image)
        return f"rId{self.images.index(image) + 2}"


def r(
    text: str,
    size: float,
    *,
    font: str = BODY,
    color: str = INK,
    bold: bool = False,
    cap: bool = False,
    spc: int = 0,
) -> str:
    """One run: size in points, ``cap="all"`` and letter spacing as Canva writes them."""
    attrs = f'lang="en-GB" sz="{round(size * 100)}"'
    if bold:
        attrs += ' b="true"'
    if spc:
        attrs += f' spc="{spc}"'
    if cap:
        attrs += ' cap="all"'
    return (
        f'<a:r><a:rPr {attrs} dirty="0"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{font}"/><a:ea typeface="{font}"/><a:cs typeface="{font}"/>'
        f'<a:sym typeface="{font}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
    )


def p(*runs: str, algn: str = "l", line: int = 120, bullet: bool = False) -> str:
    """One paragraph with Canva's explicit line spacing; a ``buChar`` bullet when asked."""
    spacing = f'<a:lnSpc><a:spcPct val="{line * 1000}"/></a:lnSpc>'
    if bullet:
        ppr = (
            f'<a:pPr algn="{algn}" marL="342900" indent="-342900">{spacing}'
            f'<a:buFont typeface="Arial"/><a:buChar char="\u2022"/></a:pPr>'
        )
    else:
        ppr = f'<a:pPr algn="{algn}" marL="0" indent="0">{spacing}<a:buNone/></a:pPr>'
    return f"<a:p>{ppr}{''.join(runs)}</a:p>"


def tb(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str],
    *,
    anchor: str = "t",
) -> str:
    """A text box as Canva writes it: ``txBox``, zero insets, autofit to the text."""
    i = s.nid()
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="TextBox {i}"/><p:cNvSpPr txBox="true"/>'
        f'<p:nvPr/></p:nvSpPr><p:spPr><a:xfrm rot="0"><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom></p:spPr><p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" '
        f'rtlCol="false" anchor="{anchor}"><a:spAutoFit/></a:bodyPr><a:lstStyle/>'
        f"{''.join(paras)}</p:txBody></p:sp>"
    )


def shp(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    geom: str,
    fill: str,
    *,
    line: str | None = None,
    adj: int | None = None,
    alpha: int | None = None,
) -> str:
    """A drawn shape with no text (rectangle, rounded bar, circle, line)."""
    i = s.nid()
    guide = f'<a:gd name="adj" fmla="val {adj}"/>' if adj is not None else ""
    a = f'<a:alpha val="{alpha}"/>' if alpha is not None else ""
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}">{a}</a:srgbClr></a:solidFill>'
    ln = (
        f'<a:ln w="{emu(3)}"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="AutoShape {i}"/><p:cNvSpPr/><p:nvPr/>'
        f'</p:nvSpPr><p:spPr><a:xfrm rot="0"><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst>'
        f"{guide}</a:avLst></a:prstGeom>{fill_xml}{ln}</p:spPr></p:sp>"
    )


def pic(s: Slide, x: float, y: float, w: float, h: float, image: str, amt: int = 100000) -> str:
    """A decorative picture, stretched to its frame, with Canva's transparency."""
    i = s.nid()
    fix = f'<a:alphaModFix amt="{amt}"/>' if amt < 100000 else ""
    return (
        f'<p:pic><p:nvPicPr><p:cNvPr id="{i}" name="Picture {i}" descr=""/><p:cNvPicPr>'
        f'<a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill>'
        f'<a:blip r:embed="{s.rid(image)}">{fix}</a:blip><a:srcRect/><a:stretch><a:fillRect/>'
        f'</a:stretch></p:blipFill><p:spPr><a:xfrm rot="0"><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f"</a:prstGeom></p:spPr></p:pic>"
    )


def grp(s: Slide, x: float, y: float, w: float, h: float, kids: Sequence[str]) -> str:
    """A group (a card or a tile): its children keep slide coordinates (chOff = off)."""
    i = s.nid()
    box = f'<a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/>'
    child = f'<a:chOff x="{emu(x)}" y="{emu(y)}"/><a:chExt cx="{emu(w)}" cy="{emu(h)}"/>'
    return (
        f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{i}" name="Group {i}"/><p:cNvGrpSpPr/><p:nvPr/>'
        f"</p:nvGrpSpPr><p:grpSpPr><a:xfrm>{box}{child}</a:xfrm></p:grpSpPr>"
        f"{''.join(kids)}</p:grpSp>"
    )


# --------------------------------------------------------------------------- building blocks


def eyebrow(s: Slide, section: str, page: int) -> list[str]:
    """The small capitals at the top of a content slide: deck name, section, page."""
    return [
        tb(
            s,
            96,
            58,
            520,
            30,
            [p(r("Fuller Cup 2031", 17, font=HEAD_B, color=TERRA, bold=True, cap=True, spc=400))],
        ),
        tb(
            s,
            640,
            58,
            900,
            30,
            [p(r(section, 17, font=HEAD, color=MUTED, cap=True, spc=400))],
        ),
        tb(
            s,
            1720,
            58,
            104,
            30,
            [p(r(f"{page:02d}", 17, font=HEAD_B, color=MUTED, bold=True, spc=200), algn="r")],
        ),
    ]


def heading(
    s: Slide, x: float, y: float, lines: Sequence[str], size: float = 60, color: str = ESPRESSO
) -> list[str]:
    """A heading split into one text box per line, as Canva keeps a hand-broken title."""
    step = size * 96 / 72 * 1.12
    return [
        tb(s, x, y + k * step, 1500, step, [p(r(t, size, font=HEAD_B, color=color, bold=True))])
        for k, t in enumerate(lines)
    ]


def body(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    texts: Sequence[str],
    size: float = 24,
    *,
    color: str = INK,
    bullet: bool = False,
    bold_first: bool = False,
) -> str:
    paras = [
        p(
            r(
                t,
                size,
                font=HEAD_B if bold_first and k == 0 else BODY,
                color=color,
                bold=bold_first and k == 0,
            ),
            bullet=bullet,
            line=130,
        )
        for k, t in enumerate(texts)
    ]
    return tb(s, x, y, w, h, paras)


def tile(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    big: str,
    label: str,
    small: str,
    *,
    fill: str = WHITE,
    big_color: str = TERRA,
) -> str:
    """A tile: a rounded card, the big figure, its label and a small line, grouped."""
    return grp(
        s,
        x,
        y,
        w,
        h,
        [
            shp(s, x, y, w, h, "roundRect", fill, adj=9000),
            tb(
                s,
                x + 30,
                y + 26,
                w - 60,
                86,
                [p(r(big, 54, font=HEAD_B, color=big_color, bold=True))],
            ),
            tb(
                s,
                x + 30,
                y + 118,
                w - 60,
                96,
                [p(r(label, 20, font=HEAD_B, color=ESPRESSO, bold=True), line=110)],
            ),
            tb(
                s,
                x + 30,
                y + h - 66,
                w - 60,
                46,
                [p(r(small, 15, font=BODY, color=MUTED), line=110)],
            ),
        ],
    )


def card(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    head: str,
    texts: Sequence[str],
    *,
    fill: str = WHITE,
    number: str | None = None,
    size: float = 21,
) -> str:
    """A card: a rounded panel, an optional number circle, a heading box and a text box."""
    kids = [shp(s, x, y, w, h, "roundRect", fill, adj=7000)]
    top = y + 30
    if number:
        kids.append(shp(s, x + 30, y + 30, 64, 64, "ellipse", TERRA))
        kids.append(
            tb(
                s,
                x + 30,
                y + 44,
                64,
                36,
                [p(r(number, 20, font=HEAD_B, color=WHITE, bold=True), algn="ctr")],
            )
        )
        top = y + 114
    rows = -(-len(head) * 17 // (w - 60))  # lines the heading wraps to, at about 17 px a letter
    kids.append(
        tb(
            s,
            x + 30,
            top,
            w - 60,
            36 * rows,
            [p(r(head, 23, font=HEAD_B, color=ESPRESSO, bold=True), line=110)],
        )
    )
    below = top + 36 * rows + 20
    kids.append(body(s, x + 30, below, w - 60, h - (below - y) - 30, texts, size))
    return grp(s, x, y, w, h, kids)


def background(s: Slide, image: str, x: float, y: float, w: float, h: float, amt: int) -> str:
    return pic(s, x, y, w, h, image, amt)


# =========================================================================== slides


def s01(s: Slide) -> list[str]:
    return [
        shp(s, 0, 0, W, H, "rect", ESPRESSO),
        pic(s, 1180, 90, 820, 820, "image2.png", 55000),
        pic(s, 1290, 180, 560, 560, "image1.png", 90000),
        tb(s, 120, 500, 1400, 215, [p(r("Cup 2031", 132, font=HEAD_B, color=LATTE, bold=True))]),
        tb(s, 120, 285, 1400, 215, [p(r("Fuller", 132, font=HEAD_B, color=WHITE, bold=True))]),
        tb(
            s,
            124,
            210,
            900,
            40,
            [
                p(
                    r(
                        "Tallow Coffee Roasters",
                        22,
                        font=HEAD_B,
                        color=TERRA,
                        bold=True,
                        cap=True,
                        spc=800,
                    )
                )
            ],
        ),
        tb(
            s,
            124,
            740,
            1000,
            60,
            [p(r("Our growth plan, Spring 2029 to Summer 2031", 34, font=BODY, color=WHITE))],
        ),
        tb(
            s,
            124,
            930,
            1200,
            40,
            [
                p(
                    r(
                        "Board meeting \u00b7 19 February 2029 \u00b7 for decision",
                        20,
                        font=HEAD,
                        color=LATTE,
                        cap=True,
                        spc=300,
                    )
                )
            ],
        ),
    ]


def s02(s: Slide) -> list[str]:
    stats = [
        (
            "\u00a314.6m",
            "sold across cafés, wholesale and online in 2028",
            "cafés \u00a310.1m \u00b7 wholesale \u00a33.1m \u00b7 online \u00a31.4m",
        ),
        (
            "+1.8%",
            "rise in sales at cafés open through 2027 and 2028",
            "food and drink prices rose 6.1% that year",
        ),
        ("3,140", "home coffee subscriptions live at 31 December", "2,610 a year earlier"),
        (
            "7.9%",
            "of the food we bought ended up in the bin",
            "worked back from weekly stock counts",
        ),
        ("48%", "of baristas who joined in 2027 stayed a full year", "shift leads: 71%"),
        (
            "94%",
            "of the roaster's hours booked in December",
            "11 wholesale enquiries turned away in 2028",
        ),
        ("4.4", "stars: what our cafés average on Google", "from 3,900 reviews"),
    ]
    spots = [(96, 300), (536, 300), (976, 300), (1416, 300), (96, 620), (536, 620), (976, 620)]
    tiles = [
        tile(s, x, y, 408, 290, big, label, small, fill=WHITE)
        for (x, y), (big, label, small) in zip(spots, stats, strict=True)
    ]
    order = [3, 0, 6, 1, 5, 2, 4]
    return [
        pic(s, 0, 0, W, H, "image3.png", 60000),
        *[tiles[k] for k in order],
        tb(
            s,
            1416,
            640,
            408,
            250,
            [
                p(
                    r(
                        "Since our first café opened on Pell Street, Ambry, in 2011, we have opened "
                        "one or two cafés most years.",
                        19,
                        color=MUTED,
                    ),
                    line=130,
                ),
            ],
        ),
        *heading(s, 96, 110, ["2028,", "in numbers"], size=54),
        tb(s, 980, 150, 840, 40, [p(r("Where we stand before the plan starts", 24, color=MUTED))]),
        *eyebrow(s, "Where we are", 2),
    ]


def s03(s: Slide) -> list[str]:
    cards = [
        (
            "Regulars have more choice",
            [
                "Hearth & Hopper, a national chain, has announced 30 new cafés in the North by "
                "2030, with a free-drink app."
            ],
        ),
        (
            "The roaster is full",
            [
                "Wholesale and online orders outgrew one roaster in 2028: we roasted on nine "
                "Saturdays before Christmas."
            ],
        ),
        (
            "New baristas leave early",
            [
                "Half of new baristas leave within a year, most in their first 90 days; each "
                "leaver costs about \u00a31,900 to replace."
            ],
        ),
        (
            "Coffee costs more",
            [
                "Green coffee costs 38% more than in 2026, and our margin on a flat white has "
                "fallen from 71% to 64%."
            ],
        ),
    ]
    xs = [96, 536, 976, 1416]
    return [
        *eyebrow(s, "Why now", 3),
        *[card(s, x, 330, 408, 470, h, t, fill=WHITE) for x, (h, t) in zip(xs, cards, strict=True)],
        *heading(s, 96, 110, ["Why", "now"], size=60),
        tb(
            s,
            96,
            860,
            1700,
            50,
            [
                p(
                    r(
                        "Each pressure has an answer in the four pillars that follow.",
                        26,
                        font=HEAD_B,
                        color=TERRA,
                        bold=True,
                    )
                )
            ],
        ),
    ]


def s04(s: Slide) -> list[str]:
    lines = [
        "Like-for-like café sales growing 5% a year",
        "One in four café sales scanned on the Tallow Card app",
        "7,500 paid home subscriptions",
        "Food waste halved to 4% of what we buy",
        "Seven in ten new baristas still with us after a year",
        "Two new cafés open, in Saltergate and Dunmere",
        "A roastery that roasts 16 tonnes a month",
    ]
    return [
        shp(s, 0, 0, W, H, "rect", ESPRESSO),
        pic(s, 1560, 620, 300, 420, "image1.png", 45000),
        pic(s, 190, 160, 96, 192, "image4.png", 90000),
        tb(
            s,
            1010,
            250,
            820,
            40,
            [p(r("By Summer 2031", 20, font=HEAD_B, color=TERRA, bold=True, cap=True, spc=500))],
        ),
        tb(
            s,
            1010,
            310,
            820,
            600,
            [p(r(t, 25, font=BODY, color=WHITE), bullet=True, line=150) for t in lines],
        ),
        tb(
            s,
            260,
            250,
            660,
            40,
            [p(r("Our north star", 20, font=HEAD_B, color=TERRA, bold=True, cap=True, spc=500))],
        ),
        tb(
            s,
            260,
            320,
            680,
            420,
            [
                p(
                    r(
                        "The coffee our towns choose every day, made by people who stay.",
                        50,
                        font=HEAD_B,
                        color=WHITE,
                        bold=True,
                    ),
                    line=110,
                )
            ],
        ),
        *eyebrow(s, "Where we are going", 4),
    ]


def s05(s: Slide) -> list[str]:
    pillars = [
        (
            "01",
            "Busier cafés",
            ["More from the cafés we have, two new ones, and less food in the bin."],
        ),
        (
            "02",
            "Closer to our regulars",
            ["The Tallow Card app in every café, and home subscriptions people keep."],
        ),
        (
            "03",
            "Roastery and wholesale",
            ["Room to roast almost twice as much, and an easier way for trade customers to order."],
        ),
        (
            "04",
            "People who stay",
            ["A career path, fair pay and rotas people can plan a life around."],
        ),
    ]
    xs = [96, 536, 976, 1416]
    return [
        *heading(s, 96, 110, ["Four pillars,", "one plan"], size=60),
        *[
            card(s, x, 340, 408, 450, head, texts, number=num, fill=LATTE)
            for x, (num, head, texts) in zip(xs, pillars, strict=True)
        ],
        tb(
            s,
            96,
            860,
            1700,
            40,
            [
                p(
                    r(
                        "Each pillar has one lead on the Growth Board and its own goals, on the "
                        "next four pages.",
                        22,
                        color=MUTED,
                    )
                )
            ],
        ),
        *eyebrow(s, "The plan on a page", 5),
    ]


def pillar(
    s: Slide,
    page: int,
    number: int,
    title: Sequence[str],
    lead: str,
    goals: Sequence[str],
    initiatives: Sequence[tuple[str, str]],
    order: Sequence[int],
) -> list[str]:
    """A pillar page: heading, lead, goals on the left; four initiative cards on the right,
    stacked in the order they were placed (``order``)."""
    spots = [(900, 150), (1370, 150), (900, 590), (1370, 590)]
    cards = [
        card(s, x, y, 440, 400, head, [text], number=f"{k + 1}", size=20)
        for k, ((x, y), (head, text)) in enumerate(zip(spots, initiatives, strict=True))
    ]
    return [
        pic(s, -120, 120, 640, 640, "image2.png", 30000),
        *[cards[k] for k in order],
        tb(
            s,
            96,
            150,
            700,
            36,
            [p(r(f"Pillar {number}", 20, font=HEAD_B, color=TERRA, bold=True, cap=True, spc=500))],
        ),
        *heading(s, 96, 200, title, size=58),
        tb(s, 96, 404, 760, 64, [p(r(lead, 20, font=BODY, color=MUTED), line=110)]),
        tb(
            s,
            96,
            490,
            700,
            36,
            [p(r("Goals", 18, font=HEAD_B, color=SAGE, bold=True, cap=True, spc=500))],
        ),
        tb(
            s,
            96,
            540,
            760,
            440,
            [p(r(g, 24, font=BODY, color=INK), bullet=True, line=135) for g in goals],
        ),
        *eyebrow(s, "The four pillars", page),
    ]


def s06(s: Slide) -> list[str]:
    return pillar(
        s,
        6,
        1,
        ["Busier cafés,", "less in the bin"],
        "Lead: Operations Director, with the Food and Beverage Manager",
        [
            "Like-for-like café sales +5% a year, every year to Summer 2031",
            "Food waste down from 7.9% to 4% of food bought by Summer 2030",
            "Saltergate Station open by the end of Autumn 2029, Dunmere Quay by the end of "
            "Spring 2030",
        ],
        [
            (
                "Faster mornings",
                "Fit a second grinder and a batch brewer in our eight busiest cafés for the 7 to "
                "9am rush",
            ),
            (
                "Order to a forecast",
                "Order bakes and food to a forecast built from last year's till sales, café by "
                "café",
            ),
            (
                "Count what we throw away",
                "Weigh and log food waste at close in every café, on the till",
            ),
            (
                "Two new cafés",
                "Open Saltergate Station and Dunmere Quay on our standard café fit-out",
            ),
        ],
        [2, 0, 3, 1],
    )


def s07(s: Slide) -> list[str]:
    return pillar(
        s,
        7,
        2,
        ["Closer to", "our regulars"],
        "Lead: Head of Digital and E-commerce, with the Marketing Manager",
        [
            "25% of café transactions scanned on the Tallow Card app by Summer 2031",
            "7,500 paid home subscriptions by the end of Winter 2030/31, up from 3,140",
        ],
        [
            (
                "The Tallow Card app",
                "Build the Tallow Card app with Tallypoint and an agency, and pilot it in our four "
                "Fennick cafés",
            ),
            (
                "Goodbye, stamp cards",
                "Replace paper stamp cards with the app in every café once the pilot passes Gate 2",
            ),
            (
                "Subscriptions that bend",
                "Let home subscribers pause, skip and change grind themselves online",
            ),
            (
                "From counter to doorstep",
                "Offer a home subscription with every retail bag sold in our cafés",
            ),
        ],
        [1, 3, 0, 2],
    )


def s08(s: Slide) -> list[str]:
    return pillar(
        s,
        8,
        3,
        ["Roastery", "and wholesale"],
        "Lead: Head of Roastery, with the Wholesale Manager",
        [
            "Roastery capacity from 9 to 16 tonnes a month by the end of Winter 2029/30",
            "Wholesale sales from \u00a33.1m to \u00a34.4m a year by Summer 2031",
            "Be the roaster independent restaurants across the region call first",
        ],
        [
            (
                "A second roaster",
                "Install a second 30 kg roaster with its afterburner at Ambry in January and "
                "February 2030",
            ),
            ("Room for green beans", "Move green-bean storage into the new bay next door"),
            (
                "A trade shop",
                "Open an online trade shop for wholesale orders, in place of email and phone",
            ),
            (
                "Better coffee in their cups",
                "Train wholesale customers' staff at Ambry, free for accounts spending "
                "\u00a31,000 a month or more",
            ),
        ],
        [3, 2, 1, 0],
    )


def s09(s: Slide) -> list[str]:
    return pillar(
        s,
        9,
        4,
        ["People", "who stay"],
        "Lead: People Director, with the Head of Coffee and Training",
        ["70% of new baristas still with us 12 months after starting, by Winter 2030/31"],
        [
            (
                "Tallow Barista Pathway",
                "A paid six-week route from first shift to shift lead, run by the Tallow Academy",
            ),
            (
                "Rotas to plan a life around",
                "Publish every café's rota three weeks ahead, in Rotaly",
            ),
            ("Fair pay", "Pay the Real Living Wage to every hourly role from April 2029"),
            (
                "Listen to leavers",
                "Ask every leaver why they go, and read the answers at each season's Growth Board",
            ),
        ],
        [0, 2, 1, 3],
    )


KPI_TILES = [
    (
        "+5%",
        "Like-for-like café sales growth",
        "Baseline +1.8% (2028) \u00b7 every year to Summer 2031",
    ),
    (
        "25%",
        "Café transactions on the Tallow Card app",
        "Baseline 0; stamp cards about 11% \u00b7 by Summer 2031",
    ),
    ("7,500", "Paid home subscriptions", "Baseline 3,140 \u00b7 by Winter 2030/31"),
    ("4%", "Food waste as a share of food bought", "Baseline 7.9% \u00b7 by Summer 2030"),
    ("70%", "New baristas retained at 12 months", "Baseline 48% \u00b7 by Winter 2030/31"),
    ("16 t", "Roastery capacity per month", "Baseline 9 t \u00b7 by Winter 2029/30"),
    ("\u00a34.4m", "Wholesale sales a year", "Baseline \u00a33.1m \u00b7 by Summer 2031"),
    (
        "4.7",
        "Average Google rating across our cafés",
        "Baseline 4.4 \u00b7 date to be set by the board",
    ),
]


def s10(s: Slide) -> list[str]:
    spots = [(96 + 440 * (k % 4), 300 + 340 * (k // 4)) for k in range(8)]
    tiles = [
        tile(s, x, y, 408, 310, big, label, small, fill=WHITE)
        for (x, y), (big, label, small) in zip(spots, KPI_TILES, strict=True)
    ]
    order = [5, 1, 7, 0, 3, 6, 2, 4]
    return [
        pic(s, 1500, -60, 480, 480, "image2.png", 25000),
        *[tiles[k] for k in order],
        tb(
            s,
            980,
            150,
            840,
            40,
            [p(r("Target in large type; 2028 baseline and by-when underneath", 22, color=MUTED))],
        ),
        *heading(s, 96, 110, ["How we'll", "measure it"], size=54),
        *eyebrow(s, "Measures", 10),
    ]


SEASONS = [
    "Spring 2029",
    "Summer 2029",
    "Autumn 2029",
    "Winter 2029/30",
    "Spring 2030",
    "Summer 2030",
    "Autumn 2030",
    "Winter 2030/31",
    "Spring 2031",
    "Summer 2031",
]
X0, COL = 250, 160


def s11(s: Slide) -> list[str]:
    out = [*heading(s, 96, 100, ["Ten seasons,", "four phases"], size=50)]
    out.append(shp(s, X0, 300, COL * 10, 2, "rect", MUTED))
    for k, name in enumerate(SEASONS):
        out.append(
            tb(
                s,
                X0 + COL * k,
                262,
                COL,
                30,
                [p(r(name, 15, font=HEAD_B, color=ESPRESSO, bold=True), algn="ctr")],
            )
        )
    phases = [
        (0, 1, "Phase 1", "Get ready", TERRA),
        (1, 3, "Phase 2", "Pilot in Fennick", SAGE),
        (3, 8, "Phase 3", "Roll out", ESPRESSO),
        (8, 10, "Phase 4", "Embed and review", MUTED),
    ]
    bars, labels = [], []
    for a, b, name, what, color in phases:
        x, w = X0 + COL * a + 4, COL * (b - a) - 8
        bars.append(shp(s, x, 320, w, 84, "roundRect", color, adj=50000))
        labels.append(
            tb(
                s,
                x + 16,
                330,
                w - 32,
                64,
                [
                    p(r(name, 15, font=HEAD_B, color=WHITE, bold=True, cap=True, spc=200)),
                    p(r(what, 17, font=BODY, color=WHITE)),
                ],
            )
        )
    streams = [
        (1, 8, "Tallow Card app: Fennick pilot, then every café"),
        (1, 3, "Saltergate Station: fit-out and opening"),
        (1, 5, "Dunmere Quay: planning, fit-out, opening"),
        (0, 4, "Second roaster: order, permit, power, install"),
        (0, 10, "Barista Pathway: a new cohort every season"),
    ]
    for k, (a, b, text) in enumerate(streams):
        y = 440 + 74 * k
        bars.append(
            shp(s, X0 + COL * a + 4, y + 34, COL * (b - a) - 8, 26, "roundRect", LATTE, adj=50000)
        )
        labels.append(tb(s, X0 + COL * a + 8, y, 760, 30, [p(r(text, 16, font=BODY, color=INK))]))
    gates = [
        (1, "Gate 1 \u00b7 end of May 2029", "Ready to pilot?", 0),
        (3, "Gate 2 \u00b7 end of November 2029", "Roll the app out?", 0),
        (8, "Gate 3 \u00b7 end of February 2031", "Hand over to the business?", 0),
        (10, "Close \u00b7 end of August 2031", "Final report to the company board", 1),
    ]
    marks = []
    for k, head, question, lower in gates:
        x = X0 + COL * k
        marks.append(shp(s, x - 2, 300, 4, 520, "rect", TERRA, alpha=60000))
        marks.append(shp(s, x - 20, 812, 40, 40, "ellipse", TERRA))
        lx = min(x - 150, 1520)
        labels.append(
            tb(
                s,
                lx,
                866 + 60 * lower,
                300,
                80,
                [
                    p(r(head, 15, font=HEAD_B, color=ESPRESSO, bold=True), algn="ctr"),
                    p(r(question, 15, font=BODY, color=MUTED), algn="ctr"),
                ],
            )
        )
    out += bars + marks + labels
    out.append(
        tb(
            s,
            96,
            1000,
            1730,
            56,
            [
                p(
                    r(
                        "Our trading seasons: Spring = March to May \u00b7 Summer = June to August "
                        "\u00b7 Autumn = September to November \u00b7 Winter = December to February",
                        15,
                        color=MUTED,
                    )
                ),
                p(
                    r(
                        "Month 0 = March 2029 \u00b7 the plan runs 30 months, to the end of "
                        "August 2031",
                        15,
                        color=MUTED,
                    )
                ),
            ],
        )
    )
    out += eyebrow(s, "Roadmap", 11)
    return out


def s12(s: Slide) -> list[str]:
    return [
        pic(s, 1480, 40, 380, 380, "image1.png", 35000),
        card(
            s,
            96,
            470,
            540,
            250,
            "Where",
            ["Our four Fennick cafés: Market Place, Bridge End, Fennick Station and Mill Yard"],
            fill=LATTE,
        ),
        card(
            s, 96, 750, 540, 230, "When", ["Summer and Autumn 2029, June to November"], fill=LATTE
        ),
        card(
            s,
            680,
            470,
            540,
            510,
            "Why Fennick",
            [
                "Our busiest town: 19% of café sales",
                "Fibre broadband in all four cafés",
                "One area manager for the whole town",
            ],
            fill=WHITE,
        ),
        tb(
            s,
            1270,
            470,
            560,
            40,
            [
                p(
                    r(
                        "Pass marks for Gate 2",
                        18,
                        font=HEAD_B,
                        color=SAGE,
                        bold=True,
                        cap=True,
                        spc=400,
                    )
                )
            ],
        ),
        tb(
            s,
            1270,
            520,
            560,
            460,
            [
                p(r(t, 20, color=INK), bullet=True, line=130)
                for t in [
                    "15% of Fennick transactions on the app by the end of October 2029",
                    "App members visit 20% more often than before they joined",
                    "8am queue times no longer than before the app",
                    "No more than one app fault per café per week",
                ]
            ],
        ),
        tb(
            s,
            1020,
            150,
            800,
            40,
            [p(r("What we will do", 18, font=HEAD_B, color=SAGE, bold=True, cap=True, spc=400))],
        ),
        tb(
            s,
            1020,
            200,
            800,
            240,
            [
                p(r(t, 20, color=INK), bullet=True, line=130)
                for t in [
                    "Train every Fennick barista on the app in the week before launch",
                    "Run paper stamp cards alongside the app until Gate 2",
                    "Review the pilot every week with the Area Manager, North",
                ]
            ],
        ),
        *heading(s, 96, 110, ["The pilot:", "Tallow Card", "in Fennick"], size=52),
        *eyebrow(s, "Pilot", 12),
    ]


def s13(s: Slide) -> list[str]:
    cards = [
        (
            "Saltergate Station",
            [
                "Lease signed December 2028",
                "Night-time fit-out in Summer 2029",
                "Open by the end of Autumn 2029",
            ],
        ),
        (
            "Dunmere Quay",
            [
                "Planning decision due June 2029",
                "Fit-out in Winter 2029/30",
                "Open by the end of Spring 2030",
            ],
        ),
        (
            "The second roaster",
            [
                "Order the roaster by the end of May 2029: 26 weeks to deliver",
                "Apply to Ambry Borough Council for the permit variation in Spring 2029",
                "Book the new electricity supply in Spring 2029",
                "Install in January and February 2030, after the Christmas peak",
            ],
        ),
    ]
    xs = [(96, 520), (656, 520), (1216, 608)]
    return [
        *[
            card(s, x, 340, w, 620, head, texts, fill=WHITE, size=21)
            for (x, w), (head, texts) in zip(xs, cards, strict=True)
        ],
        *heading(s, 96, 110, ["Two new cafés", "and a bigger roastery"], size=52),
        *eyebrow(s, "Milestones", 13),
    ]


def s14(s: Slide) -> list[str]:
    risks = [
        (
            "R1",
            "Tallypoint's version 7 is late, so the till cannot take rewards",
            "Start the pilot with scan-to-earn on the receipt; rewards at the till only once "
            "version 7 is live in Fennick",
        ),
        (
            "R2",
            "Scanning the app slows the 8am queue",
            "Add a second till screen for scanning in the four Fennick cafés, and time the queue "
            "every week",
        ),
        (
            "R3",
            "The second roaster is late, or the permit variation is refused",
            "Contract roast 2 tonnes a month with Ridgeback Roasting through Winter 2029/30",
        ),
        (
            "R4",
            "Dunmere Quay is refused planning permission",
            "Keep the option on the Fore Street unit in Dunmere until July 2029",
        ),
        (
            "R5",
            "The Real Living Wage squeezes café margins",
            "Review prices each season and set labour budgets from 15-minute till sales",
        ),
        (
            "R6",
            "Change disrupts Christmas trading",
            "No till, app or roastery change from 1 November to 2 January",
        ),
    ]
    rows = []
    for k, (code, risk, fix) in enumerate(risks):
        y = 320 + 112 * k
        rows.append(
            grp(
                s,
                96,
                y,
                1728,
                104,
                [
                    shp(s, 96, y, 1728, 104, "roundRect", WHITE, adj=12000),
                    shp(s, 116, y + 22, 60, 60, "ellipse", TERRA),
                    tb(
                        s,
                        116,
                        y + 38,
                        60,
                        30,
                        [p(r(code, 17, font=HEAD_B, color=WHITE, bold=True), algn="ctr")],
                    ),
                    tb(
                        s,
                        200,
                        y + 20,
                        700,
                        70,
                        [p(r(risk, 20, font=HEAD_B, color=ESPRESSO, bold=True), line=110)],
                    ),
                    tb(s, 940, y + 20, 860, 70, [p(r(fix, 19, color=INK), line=115)]),
                ],
            )
        )
    return [
        *[rows[k] for k in [4, 0, 2, 5, 1, 3]],
        tb(
            s,
            940,
            274,
            600,
            36,
            [
                p(
                    r(
                        "What we will do about it",
                        17,
                        font=HEAD_B,
                        color=SAGE,
                        bold=True,
                        cap=True,
                        spc=400,
                    )
                )
            ],
        ),
        tb(
            s,
            200,
            274,
            600,
            36,
            [p(r("Risk", 17, font=HEAD_B, color=SAGE, bold=True, cap=True, spc=400))],
        ),
        *heading(s, 96, 104, ["What could", "go wrong"], size=46),
        *eyebrow(s, "Risks", 14),
    ]


def s15(s: Slide) -> list[str]:
    items = [
        "Appoint the New Sites Project Manager",
        "Sign the app build with the agency and get Tallypoint's version 7 date in writing",
        "Order the second roaster and apply for the permit variation",
        "Start weighing food waste at close in all 22 cafés",
        "Start the first Barista Pathway cohort of 12",
        "Pay the Real Living Wage from the April payroll",
        "Baseline every KPI in Brewboard and publish the first monthly scorecard",
        "Consult the Staff Voice on three-week rotas",
    ]
    out = []
    for k, text in enumerate(items):
        x = 96 + 880 * (k // 4)
        y = 330 + 160 * (k % 4)
        out.append(tb(s, x, y, 820, 130, [p(r(f"{k + 1}. {text}", 24, color=INK), line=125)]))
    return [
        pic(s, 1700, 820, 160, 240, "image4.png", 70000),
        *heading(s, 96, 110, ["Our first", "100 days"], size=54),
        tb(s, 980, 150, 840, 40, [p(r("From 1 March to 8 June 2029", 24, color=MUTED))]),
        *out,
        *eyebrow(s, "Getting started", 15),
    ]


def s16(s: Slide) -> list[str]:
    cards = [
        ("Sponsor", ["The Managing Director, who chairs the Fuller Cup Growth Board"]),
        (
            "Growth Board",
            [
                "Meets monthly; takes Gates 1 and 2; Gate 3 goes to the company board",
                "Members: Operations, People, Finance, Roastery and Digital",
            ],
        ),
        (
            "Consulted",
            ["The Staff Voice and our Data Protection Officer are consulted before each gate"],
        ),
        (
            "One set of numbers",
            [
                "One scorecard from Brewboard, every month, to the Growth Board and the company "
                "board"
            ],
        ),
    ]
    xs = [96, 536, 976, 1416]
    return [
        *eyebrow(s, "Governance", 16),
        *heading(s, 96, 110, ["Who", "decides"], size=60),
        *[card(s, x, 360, 408, 520, h, t, fill=LATTE) for x, (h, t) in zip(xs, cards, strict=True)],
    ]


def s17(s: Slide) -> list[str]:
    lines = [
        ("\u00a30.90m", "Second roaster, afterburner and power"),
        ("\u00a30.95m", "Saltergate Station and Dunmere Quay"),
        ("\u00a30.28m", "Tallow Card app and till upgrades"),
        ("\u00a30.12m", "Grinders and batch brewers"),
        ("\u00a30.15m", "Contingency"),
    ]
    out = []
    for k, (amount, what) in enumerate(lines):
        y = 330 + 104 * k
        out.append(
            grp(
                s,
                900,
                y,
                924,
                88,
                [
                    shp(s, 900, y, 924, 88, "roundRect", WHITE, adj=20000),
                    tb(
                        s,
                        930,
                        y + 22,
                        220,
                        44,
                        [p(r(amount, 28, font=HEAD_B, color=TERRA, bold=True))],
                    ),
                    tb(s, 1170, y + 26, 640, 40, [p(r(what, 22, color=INK))]),
                ],
            )
        )
    return [
        *out,
        *heading(s, 96, 250, ["\u00a32.4m", "over 30 months"], size=64),
        tb(
            s,
            96,
            560,
            740,
            200,
            [
                p(
                    r(
                        "Paid for from our own cash and the existing \u00a31.5m bank facility: "
                        "no new borrowing.",
                        24,
                        color=INK,
                    ),
                    line=130,
                ),
                p(
                    r(
                        "The Real Living Wage adds about \u00a3410,000 a year to pay costs, inside "
                        "the operating budget.",
                        24,
                        color=MUTED,
                    ),
                    line=130,
                ),
            ],
        ),
        *eyebrow(s, "Money", 17),
    ]


def s18(s: Slide) -> list[str]:
    asks = [
        "Approve Fuller Cup 2031 and its four pillars",
        "Release \u00a31.3m for Spring and Summer 2029: the roaster order, Saltergate Station "
        "and the app build",
        "Agree the four Fennick cafés as the pilot for the Tallow Card app",
        "Delegate Gates 1 and 2 to the Growth Board, chaired by the Managing Director",
    ]
    out = [shp(s, 0, 0, W, H, "rect", ESPRESSO), pic(s, 1600, 700, 200, 400, "image4.png", 80000)]
    out += heading(s, 96, 110, ["What we ask", "of the board"], size=60, color=WHITE)
    for k, text in enumerate(asks):
        y = 380 + 140 * k
        out.append(shp(s, 96, y, 72, 72, "ellipse", TERRA))
        out.append(
            tb(
                s,
                96,
                y + 18,
                72,
                40,
                [p(r(f"{k + 1}", 24, font=HEAD_B, color=WHITE, bold=True), algn="ctr")],
            )
        )
        out.append(tb(s, 200, y + 10, 1500, 110, [p(r(text, 28, color=WHITE), line=120)]))
    out += eyebrow(s, "For decision", 18)
    return out


def s19(s: Slide) -> list[str]:
    defs = [
        "Like-for-like: cafés open 13 months or more, against the same weeks a year earlier, "
        "sales excluding VAT",
        "Paid home subscription: one with a paid delivery in the last 35 days",
        "Café transactions on the app: transactions where a Tallow Card member's code was scanned",
        "Food waste: the cost of food thrown away over the cost of food bought",
        "Retained at 12 months: baristas who started in a season and are still with us 12 "
        "months later",
        "Roastery capacity: tonnes we can roast in a month on two shifts, five days a week",
    ]
    return [
        *heading(s, 96, 110, ["How we", "count"], size=54),
        tb(s, 96, 360, 1700, 640, [p(r(t, 22, color=INK), line=150) for t in defs]),
        *eyebrow(s, "Appendix", 19),
    ]


SLIDES = [
    s01,
    s02,
    s03,
    s04,
    s05,
    s06,
    s07,
    s08,
    s09,
    s10,
    s11,
    s12,
    s13,
    s14,
    s15,
    s16,
    s17,
    s18,
    s19,
]


# =========================================================================== the package

THEME = (
    XML_HEAD + f'<a:theme xmlns:a="{NS_A}" name="Canva">'
    '<a:themeElements><a:clrScheme name="Canva">'
    '<a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>'
    f'<a:dk2><a:srgbClr val="{ESPRESSO}"/></a:dk2><a:lt2><a:srgbClr val="{CREAM}"/></a:lt2>'
    f'<a:accent1><a:srgbClr val="{TERRA}"/></a:accent1>'
    f'<a:accent2><a:srgbClr val="{SAGE}"/></a:accent2>'
    f'<a:accent3><a:srgbClr val="{LATTE}"/></a:accent3>'
    f'<a:accent4><a:srgbClr val="{MUTED}"/></a:accent4>'
    '<a:accent5><a:srgbClr val="A3B18A"/></a:accent5>'
    '<a:accent6><a:srgbClr val="D4A373"/></a:accent6>'
    '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/>'
    "</a:folHlink></a:clrScheme>"
    '<a:fontScheme name="Canva"><a:majorFont><a:latin typeface="Montserrat"/><a:ea typeface=""/>'
    '<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Open Sans"/>'
    '<a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="Canva"><a:fillStyleLst>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
    '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    "</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>"
    "<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
    "</a:effectStyleLst><a:bgFillStyleLst>"
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>'
    "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
)

EMPTY_TREE = (
    '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
    '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{shapes}</p:spTree>'
)

MASTER = (
    XML_HEAD + f"<p:sldMaster {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill>"
    '<a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
    + EMPTY_TREE.format(shapes="")
    + '</p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
    'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
    'accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst>'
    '<p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst><p:txStyles>'
    '<p:titleStyle><a:lvl1pPr><a:defRPr sz="4400"/></a:lvl1pPr></p:titleStyle>'
    '<p:bodyStyle><a:lvl1pPr><a:defRPr sz="2000"/></a:lvl1pPr></p:bodyStyle>'
    '<p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle>'
    "</p:txStyles></p:sldMaster>"
)

LAYOUT = (
    XML_HEAD
    + f'<p:sldLayout {NSDECL} preserve="1" userDrawn="1"><p:cSld name="Blank">'
    + EMPTY_TREE.format(shapes="")
    + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
)


def _rels(items: Sequence[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in items
    )
    return (
        XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships">{body}</Relationships>'
    )


def slide_xml(shapes: Sequence[str], bg: str = CREAM) -> str:
    return (
        XML_HEAD + f"<p:sld {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill>"
        f'<a:srgbClr val="{bg}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
        + EMPTY_TREE.format(shapes="".join(shapes))
        + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )


def deck_parts() -> dict[str, bytes]:
    """Every part of the PPTX, by name."""
    parts: dict[str, str | bytes] = {}
    n = len(SLIDES)
    ct_slides = "".join(
        f'<Override PartName="/ppt/slides/slide{k}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
        for k in range(1, n + 1)
    )
    parts["[Content_Types].xml"] = (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.presentationml.presentation.main+xml"/>'
        '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
        '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
        '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.theme+xml"/>'
        '<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.presentationml.presProps+xml"/>'
        '<Override PartName="/ppt/viewProps.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.presentationml.viewProps+xml"/>'
        '<Override PartName="/ppt/tableStyles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.presentationml.tableStyles+xml"/>'
        f"{ct_slides}"
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/></Types>'
    )
    parts["_rels/.rels"] = _rels(
        [
            ("rId1", f"{REL}/officeDocument", "ppt/presentation.xml"),
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                "core-properties",
                "docProps/core.xml",
            ),
            ("rId3", f"{REL}/extended-properties", "docProps/app.xml"),
        ]
    )
    parts["docProps/core.xml"] = (
        XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>Fuller Cup 2031 - Board deck</dc:title>"
        "<cp:keywords>DAF4rT9kQwE,BAE2mHx7LpU</cp:keywords>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{CREATED}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{MODIFIED}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    parts["docProps/app.xml"] = (
        XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Application>Canva</Application>'
        f"<PresentationFormat>Custom</PresentationFormat><Slides>{n}</Slides><Notes>0</Notes>"
        "<HiddenSlides>0</HiddenSlides><ScaleCrop>false</ScaleCrop>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    )
    sld_ids = "".join(f'<p:sldId id="{255 + k}" r:id="rId{k + 2}"/>' for k in range(1, n + 1))
    parts["ppt/presentation.xml"] = (
        XML_HEAD + f'<p:presentation {NSDECL} saveSubsetFonts="1"><p:sldMasterIdLst>'
        '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
        f'<p:sldIdLst>{sld_ids}</p:sldIdLst><p:sldSz cx="{W * PX}" cy="{H * PX}"/>'
        '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:lvl1pPr>'
        '<a:defRPr lang="en-GB"/></a:lvl1pPr></p:defaultTextStyle></p:presentation>'
    )
    parts["ppt/_rels/presentation.xml.rels"] = _rels(
        [
            ("rId1", f"{REL}/slideMaster", "slideMasters/slideMaster1.xml"),
            ("rId2", f"{REL}/theme", "theme/theme1.xml"),
            *[(f"rId{k + 2}", f"{REL}/slide", f"slides/slide{k}.xml") for k in range(1, n + 1)],
            (f"rId{n + 3}", f"{REL}/presProps", "presProps.xml"),
            (f"rId{n + 4}", f"{REL}/viewProps", "viewProps.xml"),
            (f"rId{n + 5}", f"{REL}/tableStyles", "tableStyles.xml"),
        ]
    )
    parts["ppt/presProps.xml"] = XML_HEAD + f"<p:presentationPr {NSDECL}/>"
    parts["ppt/viewProps.xml"] = (
        XML_HEAD + f'<p:viewPr {NSDECL}><p:normalViewPr><p:restoredLeft sz="15620"/>'
        '<p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/>'
        "</p:viewPr>"
    )
    parts["ppt/tableStyles.xml"] = (
        XML_HEAD + f'<a:tblStyleLst xmlns:a="{NS_A}" '
        'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'
    )
    parts["ppt/theme/theme1.xml"] = THEME
    parts["ppt/slideMasters/slideMaster1.xml"] = MASTER
    parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = _rels(
        [
            ("rId1", f"{REL}/slideLayout", "../slideLayouts/slideLayout1.xml"),
            ("rId2", f"{REL}/theme", "../theme/theme1.xml"),
        ]
    )
    parts["ppt/slideLayouts/slideLayout1.xml"] = LAYOUT
    parts["ppt/slideLayouts/_rels/slideLayout1.xml.rels"] = _rels(
        [("rId1", f"{REL}/slideMaster", "../slideMasters/slideMaster1.xml")]
    )
    used: set[str] = set()
    for k, make in enumerate(SLIDES, start=1):
        s = Slide()
        shapes = make(s)
        parts[f"ppt/slides/slide{k}.xml"] = slide_xml(shapes)
        rels = [("rId1", f"{REL}/slideLayout", "../slideLayouts/slideLayout1.xml")]
        rels += [
            (f"rId{j + 2}", f"{REL}/image", f"../media/{img}") for j, img in enumerate(s.images)
        ]
        parts[f"ppt/slides/_rels/slide{k}.xml.rels"] = _rels(rels)
        used.update(s.images)
    for name in sorted(used):
        w, h, fn = IMAGES[name]
        parts[f"ppt/media/{name}"] = _png(w, h, fn)
    return {k: v.encode("utf-8") if isinstance(v, str) else v for k, v in parts.items()}


def build_deck() -> bytes:
    """The PPTX: its parts as ZIP entries in sorted name order at one fixed time."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(deck_parts().items()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return out.getvalue()


# =========================================================================== the Who's who page

URL = "https://intranet.tallowcoffee.co.uk/people/whos-who"
SITE = "https://intranet.tallowcoffee.co.uk"

# (team heading, [(name, role, team line, remit, tier, email or None)])
Person = tuple[str, str, str, str, str, str | None]
PEOPLE: list[tuple[str, list[Person]]] = [
    (
        "Leadership",
        [
            (
                "Ruth Okafor",
                "Managing Director",
                "Leadership \u00b7 Ambry office",
                "I am the sponsor of Fuller Cup 2031 and chair the Growth Board. I decide Gates 1 "
                "and 2 on the Growth Board's advice, take Gate 3 to the company board, and answer "
                "to our shareholders for the plan.",
                "Core",
                "ruth.okafor",
            ),
            (
                "Daniel Pryce",
                "Operations Director",
                "Leadership \u00b7 Ambry office",
                "All 22 cafés and the three area managers: like-for-like sales, opening hours, "
                "labour budgets and café standards. I lead pillar 1, and I cover new café "
                "openings until a New Sites Project Manager starts.",
                "Core",
                "daniel.pryce",
            ),
            (
                "Helen Garside",
                "Finance Director",
                "Leadership \u00b7 Ambry office",
                "Budgets, cash, the capital plan and the bank facility. I release each phase's "
                "money once its gate is passed. Ledgerline and supplier payments.",
                "Extended",
                "helen.garside",
            ),
            (
                "Priya Nair",
                "People Director",
                "Leadership \u00b7 Ambry office",
                "Recruitment, pay, retention and leavers; PeopleBook and Rotaly; the rules for "
                "rotas; the tips policy; working with the Staff Voice. I lead pillar 4.",
                "Core",
                "priya.nair",
            ),
        ],
    ),
    (
        "Cafés",
        [
            (
                "Tom Ashworth",
                "Area Manager, North",
                "Cafés \u00b7 Fennick",
                "The eight cafés in Fennick, Castle Wray and Holloway Cross and their café "
                "managers. I run the Tallow Card pilot day to day in our four Fennick cafés.",
                "Core",
                "tom.ashworth",
            ),
            (
                "Grace Liddell",
                "Area Manager, South",
                "Cafés \u00b7 Ambry",
                "The seven cafés in Ambry, Dunmere and Saltergate. Saltergate Station and Dunmere "
                "Quay join my area when they open.",
                "Extended",
                "grace.liddell",
            ),
            (
                "Owen Metcalfe",
                "Area Manager, Dales",
                "Cafés \u00b7 Thorneby",
                "The seven cafés in Kettlewick, Harlsey, Thorneby and Ormsby.",
                "Extended",
                "owen.metcalfe",
            ),
            (
                "Marta Kowalczyk",
                "Food and Beverage Manager",
                "Cafés \u00b7 Ambry office",
                "Menus and the seasonal menu, food and bake suppliers, how cafés order food, stock "
                "counts and food waste.",
                "Core",
                "marta.kowalczyk",
            ),
            (
                "Lewis Brannigan",
                "Facilities and Equipment Manager",
                "Cafés \u00b7 Ambry office",
                "Espresso machines, grinders and brewers in our cafés and on loan to wholesale "
                "accounts; servicing contracts; electrical work; fitting out new and refitted "
                "cafés with our contractors.",
                "Core",
                "lewis.brannigan",
            ),
            (
                "Aisha Rahman",
                "Health, Safety and Food Standards Manager",
                "Cafés \u00b7 Ambry office",
                "Food safety and allergen labelling (Natasha's Law), environmental health visits, "
                "fire and health and safety risk assessments, including for new equipment and new "
                "cafés.",
                "Extended",
                "aisha.rahman",
            ),
            (
                "Chloe Barraclough",
                "Customer Care Lead",
                "Cafés \u00b7 Ambry office",
                "Customer emails, complaints and refunds; Google and social media reviews; the "
                "monthly customer comments report.",
                "Extended",
                "chloe.barraclough",
            ),
            (
                "Vacant",
                "New Sites Project Manager",
                "Cafés \u00b7 Ambry office",
                "Finding, fitting out and opening new cafés: leases, planning, shopfitters and the "
                "opening plan for Saltergate Station and Dunmere Quay.",
                "Core",
                None,
            ),
        ],
    ),
    (
        "Roastery and wholesale",
        [
            (
                "Sam Oduya",
                "Head of Roastery",
                "Roastery and wholesale \u00b7 Ambry roastery",
                "The Ambry roastery: roasting, the production plan, roast quality, the roastery "
                "crew, the green-bean store, the second roaster project and our Part B permit. I "
                "lead pillar 3.",
                "Core",
                "sam.oduya",
            ),
            (
                "Luis Carvalho",
                "Green Coffee Buyer",
                "Roastery and wholesale \u00b7 Ambry roastery",
                "Buying green coffee from importers and farms, contracts and shipping, origin "
                "visits.",
                "Extended",
                "luis.carvalho",
            ),
            (
                "Hannah Whitlock",
                "Head of Coffee and Training",
                "Roastery and wholesale \u00b7 Tallow Academy, Ambry",
                "Coffee quality and recipes in every café; the Tallow Academy: barista induction, "
                "the Barista Pathway and shift lead training; training for wholesale customers' "
                "staff.",
                "Core",
                "hannah.whitlock",
            ),
            (
                "Jamie Kerr",
                "Wholesale Manager",
                "Roastery and wholesale \u00b7 Ambry roastery",
                "Our 146 wholesale accounts: new accounts, prices, orders and deliveries, and the "
                "online trade shop when it comes.",
                "Core",
                "jamie.kerr",
            ),
        ],
    ),
    (
        "Digital and data",
        [
            (
                "Nadia Petrova",
                "Head of Digital and E-commerce",
                "Digital and data \u00b7 Ambry office",
                "The online shop on Kettlecart, home subscriptions on Roundly, and the Tallow Card "
                "app: I own the app, manage the app agency and lead pillar 2.",
                "Core",
                "nadia.petrova",
            ),
            (
                "Ellie Shaw",
                "Marketing Manager",
                "Digital and data \u00b7 Ambry office",
                "The Tallow brand, seasonal campaigns, social media, in-café posters and menus, and "
                "how we launch the app and new cafés to customers.",
                "Core",
                "ellie.shaw",
            ),
            (
                "Kwame Asante",
                "Systems and Data Lead",
                "Digital and data \u00b7 Ambry office",
                "Tallypoint tills and café broadband, the Silo and Brewboard, the links between "
                "our systems (including the app and the tills), and our IT suppliers.",
                "Core",
                "kwame.asante",
            ),
        ],
    ),
    (
        "Consulted on the plan",
        [
            (
                "Becky Lowther",
                "Staff Voice Chair",
                "Staff Voice \u00b7 shift lead, Castle Wray Square",
                "I chair the Staff Voice, our elected staff forum. It must be consulted before "
                "changes to rotas, pay, tips or uniforms are decided. We give views; we do not "
                "decide or run projects.",
                "Consult only",
                "becky.lowther",
            ),
            (
                "Martin Greaves",
                "Data Protection Officer",
                "External \u00b7 Ashdown Compliance",
                "I advise on data protection law. I must be consulted before Tallow collects or "
                "uses customers' or staff's personal data in a new way, the Tallow Card app "
                "included. I do not run projects.",
                "Consult only",
                None,
            ),
        ],
    ),
]

FORMER = [
    (
        "Ben Hartley",
        "Loyalty and CRM Executive",
        "left November 2028",
        "Stamp cards and the customer mailing list now sit with the Head of Digital and "
        "E-commerce.",
    ),
    (
        "Joanne Pike",
        "Openings Project Manager",
        "left September 2028",
        "New café openings are covered by the Operations Director until the New Sites Project "
        "Manager starts.",
    ),
    (
        "Raj Mistry",
        "Roastery Production Planner",
        "left January 2029",
        "The production plan is now kept by the Head of Roastery.",
    ),
]

TAGS = {"Core": "tag-core", "Extended": "tag-extended", "Consult only": "tag-consult"}


def _initials(name: str) -> str:
    return "?" if name == "Vacant" else "".join(w[0] for w in name.split()[:2])


def _card(name: str, role: str, team: str, remit: str, tier: str, mail: str | None) -> str:
    vacant = name == "Vacant"
    cls = "card card--vacant" if vacant else "card"
    slug = role.lower().replace(",", "").replace(" ", "-")
    lines = [
        f'        <article class="{cls}" id="{slug}" data-tier="{TAGS[tier][4:]}">',
        f'          <div class="avatar" aria-hidden="true">{_initials(name)}</div>',
        f"          <h3>{escape(name)}</h3>",
        f'          <p class="role">{escape(role)}</p>',
        f'          <p class="team">{escape(team)}</p>',
        "          <h4>What I look after</h4>",
        f'          <p class="remit">{escape(remit)}</p>',
        f'          <p class="involvement">Involvement: <span class="tag {TAGS[tier]}">'
        f"{escape(tier)}</span></p>",
    ]
    if vacant:
        lines.append(
            '          <p class="note">This post is vacant. The Operations Director covers it '
            "until it is filled; applications close on 8 March 2029.</p>"
        )
    if mail:
        lines.append(
            f'          <p class="contact"><a href="mailto:{mail}@tallowcoffee.co.uk">'
            f"{mail}@tallowcoffee.co.uk</a></p>"
        )
    lines.append("        </article>")
    return "\n".join(lines)


def whos_who() -> str:
    count = sum(len(people) for _, people in PEOPLE)
    groups = []
    for head, people in PEOPLE:
        cards = "\n".join(_card(*person) for person in people)
        gid = head.lower().replace(" ", "-").replace("é", "e")
        groups.append(
            f'      <section class="team-group" id="{gid}">\n'
            f"        <h2>{escape(head)}</h2>\n{cards}\n      </section>"
        )
    former = "\n".join(
        f"          <li><strong>{escape(n)}</strong>, {escape(r_)} ({when}). {escape(note)}</li>"
        for n, r_, when, note in FORMER
    )
    nav = [
        ("", "Home"),
        ("/news", "News"),
        ("/people/whos-who", "Who's who"),
        ("/policies", "Policies"),
        ("/rotas", "Rotas"),
        ("/recipes", "Recipes"),
        ("/fuller-cup-2031", "Fuller Cup 2031"),
        ("/it-help", "IT help"),
    ]
    active = ' class="active"'
    nav_items = "\n".join(
        f"          <li{active if href == '/people/whos-who' else ''}>"
        f'<a href="{SITE}{href}/">{escape(label)}</a></li>'
        for href, label in nav
    )
    blob = (
        '{"site":"The Grounds","page":"people/whos-who","updated":"2029-02-12T08:30:00Z",'
        f'"owner":"People team","cards":{count},"search":{{"endpoint":"/api/people/search",'
        '"minChars":2},"cookies":{"banner":true,"analytics":false},"build":"grounds-4.12.0"}'
    )
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Who's who \u00b7 The Grounds</title>
    <link rel="stylesheet" href="./whos-who_files/site.css">
    <script src="./whos-who_files/directory.js" defer=""></script>
  </head>
  <body class="page-people">
    <div class="cookie-banner" id="cookie-banner" role="dialog" aria-label="Cookies">
      <p>We use cookies to keep you signed in and to remember your settings. We do not use
        advertising cookies.</p>
      <button type="button" data-cookies="all">Accept all</button>
      <button type="button" data-cookies="necessary">Necessary only</button>
      <a href="{SITE}/policies/cookies/">Cookie settings</a>
    </div>
    <header class="site-header">
      <a class="logo" href="{SITE}/">The Grounds</a>
      <span class="tagline">Tallow Coffee Roasters intranet</span>
      <span class="user">Signed in as Priya Nair</span>
    </header>
    <nav class="main-nav" aria-label="Main">
      <ul>
{nav_items}
      </ul>
    </nav>
    <main id="content">
      <h1>Who's who: Fuller Cup 2031</h1>
      <p class="intro">Everyone with a part in Fuller Cup 2031, our growth plan, and what they
        look after. Involvement: Core means you own work in the plan; Extended means we will
        ask for your views and keep you informed; Consult only means you must be consulted
        and do not own work.</p>
      <form class="search" role="search" action="{SITE}/people/search">
        <label for="q">Search people</label>
        <input id="q" name="q" type="search" placeholder="Name, role or team">
        <button type="submit">Search</button>
      </form>
{chr(10).join(groups)}
      <section class="former" id="former-colleagues">
        <h2>Former colleagues</h2>
        <p>People who have left in the last six months, and where their work has gone.</p>
        <ul class="former-list">
{former}
        </ul>
      </section>
    </main>
    <footer class="site-footer">
      <ul class="footer-links">
        <li><a href="{SITE}/policies/privacy/">Privacy notice</a></li>
        <li><a href="{SITE}/accessibility/">Accessibility</a></li>
        <li><a href="{SITE}/it-help/">IT help desk</a></li>
        <li><a href="{SITE}/people/whos-who/report/">Report a problem with this page</a></li>
      </ul>
      <p class="small">Page owner: People team \u00b7 Last updated 12 February 2029 \u00b7
        \u00a9 Tallow Coffee Roasters Ltd</p>
      <script>window.__GROUNDS__ = {blob};</script>
    </footer>
</body></html>
"""


SITE_CSS = """
/* The Grounds intranet - site styles (grounds-4.12.0) */
:root { --espresso: #3b2a20; --cream: #f6efe6; --terra: #c4653a; --sage: #7d8c6a; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Open Sans", Arial, sans-serif; color: #2e2622;
  background: var(--cream); }
.site-header { display: flex; align-items: center; gap: 24px; padding: 14px 32px;
  background: var(--espresso); color: #fff; }
.site-header .logo { font-family: "Montserrat", Arial, sans-serif; font-weight: 700;
  color: #fff; text-decoration: none; letter-spacing: 0.08em; text-transform: uppercase; }
.site-header .user { margin-left: auto; font-size: 13px; opacity: 0.8; }
.main-nav ul { display: flex; gap: 4px; margin: 0; padding: 0 32px; list-style: none;
  background: #fff; border-bottom: 1px solid #e2d6c6; }
.main-nav a { display: block; padding: 12px 14px; color: var(--espresso); text-decoration: none; }
.main-nav .active a { border-bottom: 3px solid var(--terra); font-weight: 600; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; }
.search { display: flex; gap: 8px; margin: 16px 0 28px; }
.search input { flex: 1; padding: 10px 12px; border: 1px solid #cdbfae; border-radius: 6px; }
.team-group { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
  gap: 16px; margin-bottom: 32px; }
.team-group h2 { grid-column: 1 / -1; margin: 0; font-family: "Montserrat", sans-serif; }
.card { position: relative; padding: 18px; background: #fff; border-radius: 12px;
  box-shadow: 0 1px 3px rgba(59, 42, 32, 0.12); }
.card--vacant { border: 2px dashed var(--terra); background: #fffaf5; }
.card .avatar { width: 48px; height: 48px; border-radius: 50%; background: var(--sage);
  color: #fff; display: grid; place-items: center; font-weight: 700; }
.card h3 { margin: 10px 0 2px; font-size: 18px; }
.card .role { margin: 0; font-weight: 600; color: var(--terra); }
.card .team { margin: 2px 0 10px; font-size: 13px; color: #75685e; }
.card h4 { margin: 8px 0 2px; font-size: 12px; text-transform: uppercase;
  letter-spacing: 0.06em; color: #75685e; }
.tag { display: inline-block; padding: 2px 8px; border-radius: 10px; font-size: 12px; }
.tag-core { background: var(--terra); color: #fff; }
.tag-extended { background: #e8d9c4; color: var(--espresso); }
.tag-consult { background: #dfe5d8; color: #3d4a30; }
.former-list { columns: 2; }
.cookie-banner { position: fixed; bottom: 16px; left: 16px; right: 16px; z-index: 10;
  padding: 14px 18px; background: var(--espresso); color: #fff; border-radius: 10px; }
.cookie-banner[hidden] { display: none; }
.site-footer { padding: 24px 32px; background: #efe5d8; font-size: 13px; }
.footer-links { display: flex; gap: 18px; list-style: none; padding: 0; }
@media (max-width: 640px) { .former-list { columns: 1; } .main-nav ul { flex-wrap: wrap; } }
"""

DIRECTORY_JS = """
/* The Grounds intranet - people directory (grounds-4.12.0) */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); }
    else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function setCookieChoice(choice) {
    var year = 60 * 60 * 24 * 365;
    document.cookie = "grounds_cookies=" + choice + "; max-age=" + year + "; path=/; SameSite=Lax";
  }

  ready(function () {
    var banner = document.getElementById("cookie-banner");
    if (banner) {
      if (/(?:^|; )grounds_cookies=/.test(document.cookie)) { banner.hidden = true; }
      banner.querySelectorAll("button[data-cookies]").forEach(function (button) {
        button.addEventListener("click", function () {
          setCookieChoice(button.getAttribute("data-cookies"));
          banner.hidden = true;
        });
      });
    }

    var config = window.__GROUNDS__ || { search: { minChars: 2 } };
    var input = document.querySelector("form.search input[type=search]");
    if (!input) { return; }
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      document.querySelectorAll("article.card").forEach(function (card) {
        var hit = card.textContent.toLowerCase().indexOf(q) !== -1;
        card.hidden = q.length >= config.search.minChars && !hit;
      });
    });
  });
})();
"""


# =========================================================================== the other org files

SYSTEMS = """
# Systems and data at Tallow

Kept by the Systems and Data Lead. Last reviewed 28 January 2029.

## Tills: Tallypoint

Every café sells through Tallypoint tills: one till in 14 cafés and two in our 8 busiest. Sales
are recorded by item, by till and by 15-minute slot, and card and cash takings are reconciled
each night.

Tallypoint's loyalty module only handles stamp-style offers keyed in at the till. It cannot
accept a member code from another company's app until version 7, which Tallypoint now promise
for July 2029.

Five Dales cafés still have the older T200 tills, which version 7 will not run on: Kettlewick
Bridge, Kettlewick Square, Harlsey Market, Thorneby Riverside and Ormsby.

A contactless card payment reaches the till with no name or number attached, so the tills
cannot tell one regular from another.

Three Dales cafés (Kettlewick Bridge, Harlsey Market and Ormsby) have no fixed broadband; their
tills run over 4G routers that drop out on market days. All four Fennick cafés have fibre.

## Loyalty today

Our loyalty scheme is a paper stamp card: the ninth drink is free. The cards stay in customers'
pockets, and we keep no record of who holds one or how often they visit.

From a four-week count of redeemed cards in October 2028, we estimate that stamp cards are used
on about 11% of café transactions.

## Online shop and home subscriptions

The online shop runs on Kettlecart, and home subscriptions run on Roundly, which is linked to
Kettlecart.

Roundly cannot pause or skip a delivery: a subscriber who wants a break has to cancel and sign
up again, and we count that as a lost subscription.

Subscribers can change their grind only by emailing Customer Care, who change it by hand.

Online customers and café customers are kept apart: nothing links a Kettlecart account to a
person who buys in a café.

## Reporting: the Silo and Brewboard

The Silo is our data store, a cloud SQL database fed every night from Tallypoint, Kettlecart,
Roundly, Ledgerline and PeopleBook.

Brewboard is our set of Power BI reports on the Silo: café sales, like-for-like, subscriptions,
labour cost and the monthly scorecard for the board.

Till data is not retained in the Silo beyond 26 months; older sales stay with Tallypoint and can
be had only as a paid export.

Wholesale orders are not in the Silo: they arrive by email and phone and are typed into
Ledgerline by the wholesale team a day or two later.

## Food ordering and stock

Shift leads order bakes and food from our suppliers by phone and WhatsApp each afternoon, from
experience; there is no forecast.

Stock is counted weekly on a spreadsheet for each café.

Food thrown away is written on a paper waste sheet at close, and the sheets are not entered
anywhere.

## People systems

PeopleBook holds every employee's record: start and leave dates, pay, and the courses each
person has completed.

Rotaly is our rota app in all 22 cafés. The roastery plans its shifts on a whiteboard.

Rotaly's labour forecast covers only the coming seven days, so café rotas are published one
week ahead.

Reasons for leaving are not recorded in PeopleBook; area managers keep their own notes of exit
conversations, where they happen.

## Roastery

RoastLog records every batch: the profile, the weight in and out, and any roast defect.

The production plan (what to roast, when, and for which customer) relies on a spreadsheet kept
by the Head of Roastery.

## Accounts

Ledgerline is our accounts system, for the cafés, wholesale invoices and suppliers.

## Skills we buy in

We have no software developers of our own: the Tallow Card app will be built and hosted by an
agency.
"""

MEASURES = """
# Measures and baselines for Fuller Cup 2031

Agreed at the Growth Board's first meeting, 5 February 2029. Each measure has one owner, who
reports it to the Growth Board every month from Brewboard unless stated.

| Measure | How we count it | Owner | Baseline | Source |
|---|---|---|---|---|
| Like-for-like café sales growth | Sales excluding VAT of cafés open 13 months or more, against the same weeks a year earlier | Operations Director | +1.8% (2028) | Tallypoint, via Brewboard |
| Café transactions on the Tallow Card app | Café transactions where a member's app code was scanned, over all café transactions | Head of Digital and E-commerce | 0 (stamp cards about 11%) | Tallypoint version 7 and the app, from the pilot |
| Paid home subscriptions | Subscriptions with a paid delivery in the last 35 days | Head of Digital and E-commerce | 3,140 (31 December 2028) | Roundly |
| Food waste as a share of food bought | Cost of food thrown away over cost of food bought, by café and week | Food and Beverage Manager | 7.9% (2028, estimated) | Stock counts and waste sheets |
| New baristas retained at 12 months | Baristas starting in a season who are still employed 12 months later | People Director | 48% (2027 starters) | PeopleBook |
| Roastery capacity per month | Tonnes the roastery can roast in a month on two shifts, five days a week | Head of Roastery | 9 t (7.6 t roasted a month on average in 2028) | RoastLog |
| Wholesale sales a year | Wholesale sales excluding VAT, last 12 months | Wholesale Manager | £3.1m (2028) | Ledgerline |
| Average Google rating across our cafés | Mean of the 22 cafés' Google ratings on the last day of the month | Customer Care Lead | 4.4 (December 2028) | Google, copied by hand |

The food waste baseline is an estimate: the paper waste sheets are never added up, so the
figure is worked back from the weekly stock counts.

Google ratings are copied into a spreadsheet by hand once a month and are kept outside
Brewboard.

No date has been agreed for the Google rating target; the board will set one after the app's
first year.

Retention is reported only for baristas; shift leads and roastery crew are not yet measured.

The app measure cannot be counted until Tallypoint version 7 is on a café's tills: before that,
members scan a code on the receipt, outside the till.

Like-for-like leaves out Saltergate Station and Dunmere Quay until each has traded 13 months.
"""

TERMS = """
# Fuller Cup Growth Board: terms of reference

Approved by the company board on 13 November 2028.

## Purpose

The Growth Board steers Fuller Cup 2031, our growth plan from March 2029 to August 2031. It
tracks the plan, takes the gate decisions delegated to it, and settles conflicts between the
pillars.

## Sponsor and chair

The Managing Director is the sponsor of Fuller Cup 2031 and chairs the Growth Board.

## Members

- Operations Director (pillar 1: busier cafés)
- Head of Digital and E-commerce (pillar 2: closer to our regulars)
- Head of Roastery (pillar 3: roastery and wholesale)
- People Director (pillar 4: people who stay)
- Finance Director

The Systems and Data Lead attends for items on the tills, the app and Brewboard.

## Consulted, not members

The Staff Voice Chair and our Data Protection Officer attend each gate review as consultees.
They give their views before a decision; they do not vote and they are not given actions.

## Meetings

Monthly, on the first Tuesday. Gate reviews fall at the end of a trading season: May 2029
(Gate 1), November 2029 (Gate 2) and February 2031 (Gate 3).

## Decisions

- Gates 1 and 2: the Growth Board recommends and the Managing Director decides, under the
  company board's delegation.
- Gate 3, and any change to the plan's total budget: the company board.
- Money is released one phase at a time: the Finance Director releases a phase's budget only
  after its gate is passed.
- Any single item over £50,000 that is not in the approved budget must go to the company board.

## Change freeze

No change is made to the tills or the app between 1 November and 2 January, our Christmas
trading.

## Reporting

One scorecard from Brewboard, monthly, to the Growth Board, and a report each season to the
company board.
"""

STAFF_VOICE = """
TALLOW STAFF VOICE: HOW IT WORKS
Agreed March 2027, revised October 2028

What it is

The Staff Voice is our elected staff forum: one representative from each café area (North,
South and the Dales), one from the roastery and one from wholesale and the central teams. The
representatives elect a chair from among themselves.

What it does

The company must consult the Staff Voice at least 28 days before it decides any change to
rotas, the pay structure, tips or uniforms.

The Staff Voice gives its views and can ask for a change to be paused while it hears from
staff. It does not make decisions, does not negotiate pay and does not run projects.

Tips

Under the Employment (Allocation of Tips) Act 2023 we have a written tips policy. Tips paid
through any new app or till must be shared under that policy, and the Staff Voice must be
consulted before the policy is changed.

Meetings

The Staff Voice meets once a season, and not in December.

What it has asked for

In October 2028 the representatives asked that rotas be published at least two weeks ahead,
and that new baristas are not left on their own on a shift in their first month.
"""

ESTATE = """
# Our cafés

Kept by the Operations Director. February 2029.

| Café | Town | Area | Opened | Tills | Notes |
|---|---|---|---|---|---|
| Pell Street | Ambry | South | 2011 | 2 | our first café |
| Canal Wharf | Ambry | South | 2013 | 2 | |
| Market Hall | Ambry | South | 2015 | 2 | |
| Lock Side | Ambry | South | 2019 | 1 | |
| High Street | Dunmere | South | 2016 | 2 | |
| Abbey Green | Dunmere | South | 2021 | 1 | |
| Chapel Street | Saltergate | South | 2022 | 1 | |
| Market Place | Fennick | North | 2012 | 2 | |
| Bridge End | Fennick | North | 2014 | 2 | |
| Fennick Station | Fennick | North | 2017 | 2 | |
| Mill Yard | Fennick | North | 2020 | 1 | a counter inside the Mill Yard bookshop |
| Castle Wray Square | Castle Wray | North | 2016 | 2 | |
| Priory Lane | Castle Wray | North | 2023 | 1 | |
| Holloway Cross Green | Holloway Cross | North | 2018 | 1 | |
| Mill Street | Holloway Cross | North | 2024 | 1 | |
| Kettlewick Bridge | Kettlewick | Dales | 2018 | 1 | tills on 4G |
| Kettlewick Square | Kettlewick | Dales | 2020 | 1 | |
| Harlsey Bridge | Harlsey | Dales | 2019 | 1 | |
| Harlsey Market | Harlsey | Dales | 2022 | 1 | tills on 4G |
| Thorneby Market | Thorneby | Dales | 2017 | 1 | |
| Thorneby Riverside | Thorneby | Dales | 2023 | 1 | |
| Ormsby | Ormsby | Dales | 2024 | 1 | tills on 4G |

## Fennick

Fennick is our busiest town: its four cafés took 19% of café sales in 2028, and one area
manager, the Area Manager, North, looks after all four.

Mill Yard is a counter inside the Mill Yard bookshop, and the bookshop's owner must agree to
any new sign or screen on the counter.

## Equipment in the busiest cafés

Five of the eight busiest cafés (Pell Street, Market Hall, Fennick Station, Castle Wray Square
and High Street, Dunmere) need a new electrical circuit before a second grinder and a batch
brewer can be fitted; each circuit means closing the café for a night.

## Winter hours

The seven Dales cafés close at 3pm from November to February.

## New sites

Saltergate Station: the lease was signed on 14 December 2028. The station's landlord allows
fit-out work only at night, between 23:00 and 05:00, and every contractor must first attend a
railway safety briefing.

Dunmere Quay: planning permission for café use is not yet granted; the council's decision is
expected in June 2029.

A fallback unit on Fore Street, Dunmere, is held on option until 31 July 2029.

We have no standard fit-out drawings: each café so far has been designed on its own by
whichever shopfitter we used.

Any new lease longer than ten years needs the agreement of Brightwater Growth Partners before
it is signed (board minute of 13 November 2028).
"""

ROASTERY = """
# Roastery and wholesale: notes for the Growth Board

Written by the Head of Roastery and the Wholesale Manager, January 2029.

## The roastery today

The Ambry roastery has one 15 kg drum roaster, installed in 2016 and run on two shifts from
Monday to Friday. At most it roasts about 9 tonnes a month.

In 2028 we roasted 91 tonnes, 7.6 tonnes a month on average, and roasted on nine Saturdays in
November and December to keep up.

Only two of the seven roastery crew can run a roast on their own.

## What stands in the way of a second roaster

Our Part B environmental permit from Ambry Borough Council covers one roaster only. A second
roaster cannot be fired until the council grants a variation, which it says takes up to 12
weeks from a complete application.

The building's electricity supply cannot carry a second 30 kg roaster and its afterburner;
Northern Grid quotes 18 weeks from order for a new supply.

The roaster maker quotes 26 weeks from order to delivery.

No change is made to the roasting floor between 1 October and 31 December, when gift
subscriptions and wholesale Christmas orders peak.

The bay next door becomes ours on 1 January 2030 under the lease variation agreed with our
landlord. Until then green beans are kept on the roasting floor, which holds six weeks' stock
at most.

## Wholesale

We supply 146 wholesale accounts: 61 offices, 58 restaurants and cafés, and 27 delis, farm
shops and others. Nine accounts make up 30% of wholesale sales.

Wholesale orders arrive by email and phone; accounts have no way to order online.

84 accounts have an espresso machine on loan from us, serviced by contractors that the
Facilities and Equipment Manager looks after.

The Wholesale Manager and one sales executive look after all 146 accounts, and nobody works on
restaurant accounts alone.

Training for wholesale customers' staff is given at their premises by the Head of Coffee and
Training when time allows; there is no room for it at the roastery in Ambry.

Our one van delivers in Ambry, Fennick and Dunmere; every other account is sent by courier.
"""

PEOPLE_FACTS = """
# People facts, 2028

From the People team, January 2029. Figures at 31 December 2028 unless stated.

| Group | People |
|---|---|
| Baristas | 236 |
| Shift leads | 56 |
| Café managers | 22 |
| Area managers | 3 |
| Roastery crew | 14 |
| Wholesale and delivery | 9 |
| Central teams | 42 |
| Total | 382 |

Of the baristas who started in 2027, 48% were still with us 12 months later; for shift leads
the figure was 71%.

Of the baristas who left in 2028, 62% left within their first 90 days.

Replacing a barista costs about £1,900: advertising, interviews, induction and the shifts
covered while they learn.

## The Tallow Academy

The Tallow Academy is our training team, run by the Head of Coffee and Training with two
trainers. Every new barista does a three-day induction at the Academy, then dial-in and milk
sessions in their first month.

The Academy is in Ambry only, so baristas in the Dales travel up to 90 minutes each way for
induction.

There is no written course for shift leads: they learn on the job from their café manager.

## Pay

Baristas are paid the National Living Wage plus 20p an hour. Moving every hourly role to the
Real Living Wage in April 2029 adds about £410,000 a year to pay costs.

## Rotas

Café rotas are published one week ahead. In October 2028 the Staff Voice asked for at least
two weeks.

## Staff survey

Our first staff survey ran in October 2028, and 61% of staff answered. The lowest score was
for "I know my shifts far enough ahead".

## Leavers

We do not hold exit interviews as a rule, and the reasons people give for leaving are not
collected anywhere.
"""

MINUTES = """
# Company board, 13 November 2028: extract from the minutes

Present: the Chair (independent), the Managing Director, the Finance Director, two family
directors and the director nominated by Brightwater Growth Partners. In attendance: the
Operations Director and the People Director.

## Item 4: the growth plan

4.1 The board named the Managing Director as sponsor of the growth plan, now called Fuller Cup
2031, and approved the Growth Board's terms of reference.

4.2 Capital for the plan is capped at £2.4m over 30 months, paid from our own cash and the
existing £1.5m bank facility. There is to be no new borrowing without the shareholders'
agreement.

4.3 Brightwater Growth Partners, which holds 30% of the shares, must be consulted before any
café lease longer than ten years is signed.

4.4 No third new café will be approved before Gate 3.

4.5 The board asked for a target date for the Google rating once the app has run for a year.

4.6 The full plan comes to the board on 19 February 2029 for decision.
"""

EMAIL = """
From: Kwame Asante <kwame.asante@tallowcoffee.co.uk>
To: Nadia Petrova <nadia.petrova@tallowcoffee.co.uk>
Cc: Tom Ashworth <tom.ashworth@tallowcoffee.co.uk>
Date: Mon, 22 Jan 2029 16:05:41 +0000
Subject: Tallypoint version 7 and the Tallow Card app

Hi Nadia,

I spoke to Tallypoint's account manager this afternoon. The short version:

- Version 7 is now due in July 2029, not May as they first said. Until a café's tills are on
  version 7, the till cannot read a Tallow Card code: members could collect points only by
  scanning the QR code on their receipt, and no reward can be taken off a bill at the till.
- Version 7 goes in café by café. Each café's tills are off for about 45 minutes, and
  Tallypoint will only do installs Monday to Thursday, before 10am.
- Version 7 will not run on the old T200 tills, so the five Dales cafés that still have them
  need new tills before they can take the app.
- The app agency has to pass Tallypoint's certification before its app can talk to the tills,
  and certification slots are booked six weeks ahead.

So for Fennick: if we launch in June, the first weeks would be scan-to-earn on the receipt
only. I would rather we planned for that than promised rewards at the till from day one.

Kwame

Kwame Asante
Systems and Data Lead
Tallow Coffee Roasters, Pell Street, Ambry
"""

ORG_TEXT = {
    "org/people/whos-who_files/site.css": SITE_CSS,
    "org/people/whos-who_files/directory.js": DIRECTORY_JS,
    "org/systems/systems-and-data.md": SYSTEMS,
    "org/measures/measures-and-baselines.md": MEASURES,
    "org/governance/growth-board-terms-of-reference.md": TERMS,
    "org/governance/staff-voice-how-it-works.txt": STAFF_VOICE,
    "org/context/our-cafes.md": ESTATE,
    "org/context/roastery-and-wholesale-notes.md": ROASTERY,
    "org/context/people-facts-2028.md": PEOPLE_FACTS,
    "org/context/board-minutes-2028-11-13-extract.md": MINUTES,
    "org/context/email-2029-01-22-tallypoint-version-7.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), "org/people/whos-who.html": whos_who()}
    files.update(ORG_TEXT)
    for rel, body in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, str):
            path.write_text(body.lstrip("\n"), encoding="utf-8", newline="\n")
        else:
            path.write_bytes(body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
